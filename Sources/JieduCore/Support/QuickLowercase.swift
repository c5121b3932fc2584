extension String {
  /// `lowercased()`, the same text, built faster for text that mixes ASCII with other letters
  /// (CC-CEDICT's senses with characters in them: "variant of 為|为[wei4]"): the standard library
  /// maps every scalar of such a text through its Unicode tables, a string per scalar; here ASCII
  /// letters are folded on their bytes and only the other scalars take their Unicode lower-case
  /// mapping. All-ASCII text is left to `lowercased()`, which folds it on its bytes already.
  package var lowercasedQuickly: String {
    var copy = self
    let isASCII = copy.withUTF8 { !$0.contains(where: { $0 >= 0x80 }) }
    if isASCII { return lowercased() }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 4)
    for scalar in unicodeScalars {
      if scalar.isASCII {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
      } else {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
