import Foundation
import JieduCore

/// User dictionaries: CC-CEDICT-format text, or YAML mapping each word to its reading.
///
/// YAML form (pinyin with tone marks or numbers):
/// ```yaml
/// 党建:
///   pinyin: dǎng jiàn
///   glosses: [Party building]
///   traditional: 黨建        # optional
///   classifiers: [项[xiang4]] # optional
/// 科创: kē chuàng            # a bare string is the pinyin alone
/// ```
public enum UserDictionary {
  /// The entries of a user dictionary; `.yaml`/`.yml` files are YAML, others CC-CEDICT format.
  public static func load(_ url: URL) throws -> [CedictEntry] {
    let ext = url.pathExtension.lowercased()
    if ext == "yaml" || ext == "yml" { return try loadYAML(url) }
    let bytes = try CedictParser.readBytes(url)
    let (entries, problems) = CedictParser.parse(bytes)
    if let first = problems.first {
      throw JieduError("\(url.path): \(first)")
    }
    return entries
  }

  /// One word of a YAML user dictionary.
  struct YAMLWord: Decodable {
    var pinyin: String
    var glosses: [String]?
    var traditional: String?
    var classifiers: [String]?

    init(from decoder: any Decoder) throws {
      if let single = try? decoder.singleValueContainer().decode(String.self) {
        pinyin = single
        return
      }
      let c = try decoder.container(keyedBy: Key.self)
      pinyin = try c.decode(String.self, forKey: .pinyin)
      glosses = try c.decodeIfPresent([String].self, forKey: .glosses)
      traditional = try c.decodeIfPresent(String.self, forKey: .traditional)
      classifiers = try c.decodeIfPresent([String].self, forKey: .classifiers)
    }

    enum Key: String, CodingKey { case pinyin, glosses, traditional, classifiers }
  }

  static func loadYAML(_ url: URL) throws -> [CedictEntry] {
    let source = try ConfigSource(contentsOf: url)
    guard let root = source.root else { return [] }
    let words = try source.decode([String: YAMLWord].self, from: root, path: "")
    return words.keys.sorted().compactMap { word in
      guard let value = words[word] else { return nil }
      let senses =
        (value.glosses ?? [])
        + (value.classifiers.map { ["CL:" + $0.joined(separator: ",")] } ?? [])
      return CedictEntry(
        traditional: value.traditional ?? word, simplified: word,
        pinyinNumbered: PinyinFormat.numbered(fromMarks: value.pinyin), senses: senses)
    }
  }
}
