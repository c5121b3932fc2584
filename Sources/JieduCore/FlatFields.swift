/// A model type's extra fields (`Token.extra`, `Sentence.extra`, `Annotation.extra`): kept as JSON
/// and written flat into the type's own JSON object beside its typed fields.
enum FlatFields {
  /// Every key of the object that is not one of the type's own, with its value.
  static func decode(
    _ container: KeyedDecodingContainer<AnyKey>, except known: Set<String>
  ) throws -> [String: JSONValue] {
    var fields: [String: JSONValue] = [:]
    for key in container.allKeys where !known.contains(key.stringValue) {
      fields[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
    }
    return fields
  }

  /// Writes the fields into the object, in key order, skipping any that would shadow an own key.
  static func encode(
    _ fields: [String: JSONValue]?, into container: inout KeyedEncodingContainer<AnyKey>,
    except known: Set<String>
  ) throws {
    guard let fields else { return }
    for (key, value) in fields.sorted(by: { $0.key < $1.key }) where !known.contains(key) {
      try container.encode(value, forKey: AnyKey(key))
    }
  }
}
