import JieduCore

/// Where a sentence's English comes from (`translation.origin` in JSON).
public enum TranslationOrigin: String, Sendable, CaseIterable, Codable {
  /// An exact match in a translation memory (after normalising width, spaces and punctuation).
  case memory
  /// A fuzzy match in a translation memory at or above `accept-fuzzy`.
  case fuzzy
  /// The stage's cache of earlier backend answers.
  case cache
  /// A machine-translation backend, in this run.
  case backend
}

/// A fuzzy memory match shown beside a sentence (below `accept-fuzzy`, so not used as its English).
public struct MemorySuggestion: Sendable, Equatable {
  /// The memory's English.
  public var text: String
  /// Character similarity of the memory's Chinese to the sentence, 0…1 (OmegaT-style).
  public var score: Double
  /// The memory's Chinese sentence.
  public var source: String

  /// Creates a suggestion.
  public init(text: String, score: Double, source: String) {
    self.text = text
    self.score = score
    self.source = source
  }
}

/// A sentence's English (`translation` on a sentence in JSON).
///
/// `required` lists the renderings of the glossary terms and formulas inside the sentence that the
/// English must contain; `missingTerms` those it does not.
public struct SentenceTranslation: Sendable, Equatable {
  /// The English, empty when no source had one (`missing: true` then).
  public var text: String
  /// Where it comes from; nil when the sentence has none.
  public var origin: TranslationOrigin?
  /// For `fuzzy`, the match score (0…1).
  public var score: Double?
  /// For `fuzzy`, the memory's Chinese.
  public var memorySource: String?
  /// The backend's model, for `backend` and `cache`.
  public var model: String?
  /// Official renderings the English must contain (from `term` and `abbreviation` annotations).
  public var required: [String]
  /// Required renderings not found in the English.
  public var missingTerms: [String]
  /// A fuzzy match below `accept-fuzzy`, shown as a suggestion.
  public var suggestion: MemorySuggestion?
  /// Why the sentence has no English, when it has none.
  public var problem: String?

  /// Creates a translation.
  public init(
    text: String, origin: TranslationOrigin?, score: Double? = nil, memorySource: String? = nil,
    model: String? = nil, required: [String] = [], missingTerms: [String] = [],
    suggestion: MemorySuggestion? = nil, problem: String? = nil
  ) {
    self.text = text
    self.origin = origin
    self.score = score
    self.memorySource = memorySource
    self.model = model
    self.required = required
    self.missingTerms = missingTerms
    self.suggestion = suggestion
    self.problem = problem
  }

  /// Whether the sentence has English.
  public var isTranslated: Bool { origin != nil && !text.isEmpty }

  /// The JSON object written on the sentence.
  public var json: JSONValue {
    var o: [String: JSONValue] = ["text": .string(text)]
    if let origin { o["origin"] = .string(origin.rawValue) } else { o["missing"] = .bool(true) }
    if let score { o["score"] = .number((score * 1000).rounded() / 1000) }
    if let memorySource { o["memory-source"] = .string(memorySource) }
    if let model { o["model"] = .string(model) }
    if !required.isEmpty { o["required-terms"] = .array(required.map(JSONValue.string)) }
    if !missingTerms.isEmpty { o["missing-terms"] = .array(missingTerms.map(JSONValue.string)) }
    if let suggestion {
      o["suggestion"] = .object([
        "text": .string(suggestion.text),
        "score": .number((suggestion.score * 1000).rounded() / 1000),
        "source": .string(suggestion.source),
      ])
    }
    if let problem { o["problem"] = .string(problem) }
    return .object(o)
  }

  /// Reads the JSON object written on a sentence; nil when it is not one.
  public init?(json: JSONValue) {
    guard case .object(let o) = json, let text = o["text"]?.stringValue else { return nil }
    self.text = text
    origin = o["origin"]?.stringValue.flatMap(TranslationOrigin.init(rawValue:))
    score = o["score"]?.doubleValue
    memorySource = o["memory-source"]?.stringValue
    model = o["model"]?.stringValue
    required = o["required-terms"]?.strings ?? []
    missingTerms = o["missing-terms"]?.strings ?? []
    problem = o["problem"]?.stringValue
    if case .object(let s)? = o["suggestion"], let t = s["text"]?.stringValue,
      let score = s["score"]?.doubleValue, let source = s["source"]?.stringValue
    {
      suggestion = MemorySuggestion(text: t, score: score, source: source)
    }
  }
}

/// The translation stage's sentence field, stored flat in `Sentence.extra` under `translation`.
extension Sentence {
  /// The sentence's English and where it comes from (`translation`).
  public var translation: SentenceTranslation? {
    get { extra?["translation"].flatMap(SentenceTranslation.init(json:)) }
    set {
      if let newValue {
        if extra == nil { extra = [:] }
        extra?["translation"] = newValue.json
      } else {
        extra?["translation"] = nil
        if extra?.isEmpty == true { extra = nil }
      }
    }
  }
}
