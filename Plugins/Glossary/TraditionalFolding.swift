import Foundation

/// Builds a traditional-to-simplified character table from CC-CEDICT, restricted to the characters a
/// glossary uses, so that `黨建` in a traditional text is found as `党建`.
///
/// Only characters that a simplified glossary term never uses itself are folded, so simplified text
/// always matches as written.
public enum TraditionalFolding {
  /// The folding table for the given glossary characters, from a CC-CEDICT file
  /// (`Traditional Simplified [pin1 yin1] /gloss/` per line). Pairs are taken from headwords whose
  /// two forms have the same length; an unreadable file gives an empty table.
  public static func table(
    cedict url: URL, for glossary: Set<Unicode.Scalar>
  ) -> [Unicode.Scalar: Unicode.Scalar] {
    var bitmap = ScalarBitmap()
    for scalar in glossary { bitmap.insert(scalar.value) }
    return table(cedict: url, for: bitmap)
  }

  /// The folding table for the glossary characters in a bitmap.
  static func table(cedict url: URL, for glossary: ScalarBitmap) -> [Unicode.Scalar: Unicode.Scalar]
  {
    guard let data = try? Data(contentsOf: url) else { return [:] }
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      let n = bytes.count
      var i = 0
      while i < n {
        var lineEnd = i
        while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        if bytes[i] != 0x23 {
          var space1 = i
          while space1 < lineEnd, bytes[space1] != 0x20 { space1 += 1 }
          var space2 = space1 + 1
          while space2 < lineEnd, bytes[space2] != 0x20 { space2 += 1 }
          if space2 < lineEnd, space1 - i == space2 - space1 - 1,
            !memoryEqual(bytes, i, space1 + 1, space1 - i)
          {
            let traditional = String(
              decoding: UnsafeBufferPointer(rebasing: bytes[i..<space1]), as: UTF8.self)
            let simplified = String(
              decoding: UnsafeBufferPointer(rebasing: bytes[(space1 + 1)..<space2]), as: UTF8.self)
            pair(traditional, simplified, glossary, &table)
          }
        }
        i = lineEnd + 1
      }
    }
    return table
  }

  /// Whether two byte runs of the same length are equal.
  private static func memoryEqual(
    _ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int
  ) -> Bool {
    for k in 0..<count where bytes[a + k] != bytes[b + k] { return false }
    return true
  }

  private static func pair(
    _ traditional: String, _ simplified: String, _ glossary: ScalarBitmap,
    _ table: inout [Unicode.Scalar: Unicode.Scalar]
  ) {
    let t = Array(traditional.unicodeScalars)
    let s = Array(simplified.unicodeScalars)
    guard t.count == s.count else { return }
    for (a, b) in zip(t, s)
    where a != b && glossary.contains(b.value) && !glossary.contains(a.value) {
      if table[a] == nil { table[a] = b }
    }
  }
}
