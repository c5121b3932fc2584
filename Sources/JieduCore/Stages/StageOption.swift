import Foundation

/// One option of a stage, declared once: its YAML key, its default (the property's initial value),
/// the type a user reads, and one line of help — like SwiftLint's `@ConfigurationElement`.
///
/// ```swift
/// struct Options: StageOptions {
///   @StageOption("max-glosses", help: "most English senses kept per token") var maxGlosses = 5
///   init() {}
/// }
/// ```
///
/// Options types get `init(from:)` and `specs` for free from these declarations: a key absent from
/// the YAML keeps its default; `validate` turns a decoded value into a positioned config error.
@propertyWrapper
public struct StageOption<Value: Decodable & Sendable>: Sendable {
  private var box: Box
  /// The YAML key.
  let key: String
  /// One line on what the option does.
  let help: String
  /// The type as `jiedu stages` shows it (`bool`, `[path]`, `marks|numbers|none`).
  let typeName: String
  /// The default as `jiedu stages` shows it.
  let defaultText: String
  private let check: (@Sendable (Value) -> String?)?

  /// Declares an option; `type` and `defaultText` override what is derived from the value.
  public init(
    wrappedValue: Value, _ key: String, type: String? = nil, default defaultText: String? = nil,
    help: String, validate: (@Sendable (Value) -> String?)? = nil
  ) {
    box = Box(wrappedValue)
    self.key = key
    self.help = help
    typeName = type ?? OptionDisplay.typeName(of: Value.self)
    self.defaultText = defaultText ?? OptionDisplay.yaml(wrappedValue)
    check = validate
  }

  /// The value in force.
  public var wrappedValue: Value {
    get { box.value }
    set { box = Box(newValue) }
  }

  /// Holds the value so the generic decoder can set it on a fresh instance through `Mirror`; every
  /// setter makes a new box, so copies of an options value never share a change.
  final class Box: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }
}

/// What the generic options decoder needs of a `StageOption`, whatever its value type.
protocol AnyStageOption {
  var spec: OptionSpec { get }
  func decode(from container: KeyedDecodingContainer<AnyKey>) throws
}

extension StageOption: AnyStageOption {
  var spec: OptionSpec { OptionSpec(key, type: typeName, default: defaultText, help) }

  func decode(from container: KeyedDecodingContainer<AnyKey>) throws {
    let codingKey = AnyKey(key)
    guard container.contains(codingKey) else { return }
    if try container.decodeNil(forKey: codingKey), !(Value.self is any ExpressibleByNilLiteral.Type)
    {
      return
    }
    let value = try container.decode(Value.self, forKey: codingKey)
    if let problem = check?(value) {
      throw DecodingError.dataCorruptedError(
        forKey: codingKey, in: container, debugDescription: problem)
    }
    box.value = value
  }
}

/// Decoding and listing of options types made of `@StageOption` properties.
enum StageOptionReflection {
  /// The declared options of a value, in declaration order.
  static func options(of value: Any) -> [any AnyStageOption] {
    Mirror(reflecting: value).children.compactMap { $0.value as? any AnyStageOption }
  }
}

/// How option types and defaults are shown to a user.
enum OptionDisplay {
  static func typeName(of type: Any.Type) -> String {
    switch type {
    case is Bool.Type: return "bool"
    case is Int.Type: return "int"
    case is Double.Type: return "number"
    case is String.Type, is String?.Type: return "string"
    case is [String].Type, is [String]?.Type: return "[string]"
    case is [String: String].Type: return "{name: value}"
    default:
      if let choices = type as? any OptionChoices.Type { return choices.choiceList }
      return "\(type)"
    }
  }

  static func yaml(_ value: Any) -> String {
    switch value {
    case let v as Bool: return v ? "true" : "false"
    case let v as Int: return "\(v)"
    case let v as Double: return v == v.rounded() ? "\(Int(v))" : "\(v)"
    case let v as String: return v
    case let v as [String]: return "[" + v.joined(separator: ", ") + "]"
    case let v as [String: String]:
      return "{" + v.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(
        separator: ", ") + "}"
    case let v as any RawRepresentable:
      return "\(v.rawValue)"
    default:
      let mirror = Mirror(reflecting: value)
      if mirror.displayStyle == .optional { return mirror.children.first.map { yaml($0.value) } ?? "none" }
      return "\(value)"
    }
  }
}

/// An option value that is one of a fixed set of words (`marks|numbers|none`): decodes with a
/// message naming the valid words and a did-you-mean.
public protocol OptionChoices: RawRepresentable<String>, CaseIterable, Decodable, Sendable {
  /// What one value is called in messages (`format`: "unknown format 'htm'").
  static var choiceNoun: String { get }
}

extension OptionChoices {
  /// By default a value is a "value".
  public static var choiceNoun: String { "value" }

  /// `a|b|c`.
  static var choiceList: String { allCases.map(\.rawValue).joined(separator: "|") }

  /// Decodes one of the words, or fails naming them all.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let word = try c.decode(String.self)
    guard let value = Self(rawValue: word) else {
      let valid = Self.allCases.map(\.rawValue)
      throw DecodingError.dataCorruptedError(
        in: c,
        debugDescription:
          "unknown \(Self.choiceNoun) '\(word)'\(NameSuggestion.didYouMean(word, in: valid)); valid: \(valid.joined(separator: ", "))"
      )
    }
    self = value
  }
}
