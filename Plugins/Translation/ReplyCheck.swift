import Foundation
import JieduCore

/// What is wrong with a backend's English for one sentence, if anything: the Chinese echoed back,
/// reasoning text, or commentary instead of a translation.
enum ReplyCheck {
  /// Phrases that open an assistant's remark rather than a translation.
  private static let commentary = [
    "i am not sure", "i'm not sure", "i am sorry", "i'm sorry", "sorry,", "as an ai", "i cannot",
    "i can't", "here is", "here's", "sure,", "sure!", "certainly", "i am unable", "i'm unable",
    "please provide", "could you", "what do you mean", "the translation is", "translation:",
    "note:", "i don't understand", "i do not understand",
  ]

  /// The English cleaned of labels and quotes, or the reason it is rejected; with `strict` off
  /// (an MT engine) only an empty answer is rejected.
  static func clean(_ reply: String, strict: Bool = true) -> Result<
    String, Rejection
  > {
    var text = reply.trimmingCharacters(in: .whitespacesAndNewlines)
    guard strict else { return text.isEmpty ? .failure(.empty) : .success(text) }
    if text.lowercased().contains("<think>") || text.lowercased().contains("</think>") {
      return .failure(.reasoning)
    }
    for label in ["English:", "English translation:", "Translation:"]
    where text.lowercased().hasPrefix(label.lowercased()) {
      text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
    }
    if text.count >= 2, let first = text.first, let last = text.last,
      (first == "\"" && last == "\"") || (first == "“" && last == "”")
    {
      text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }
    guard !text.isEmpty else { return .failure(.empty) }
    let lower = text.lowercased()
    if commentary.contains(where: {
      lower.hasPrefix($0) || lower.contains("not sure what you mean")
    }) {
      return .failure(.commentary(String(text.prefix(60))))
    }
    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
    let han = letters.filter { $0.isHan }.count
    if !letters.isEmpty, Double(han) / Double(letters.count) > 0.3 {
      return .failure(.echoed)
    }
    return .success(text)
  }

  /// Why a reply is not used.
  enum Rejection: Error, Equatable, CustomStringConvertible {
    case empty
    case reasoning
    case echoed
    case commentary(String)
    case missingID
    case duplicatedID
    case malformed(String)

    var description: String {
      switch self {
      case .empty: return "an empty reply"
      case .reasoning: return "reasoning text (<think>) instead of a translation"
      case .echoed: return "the Chinese echoed back"
      case .commentary(let text): return "a remark instead of a translation (\"\(text)\")"
      case .missingID: return "no answer for the sentence in a batch reply"
      case .duplicatedID: return "the sentence answered twice in a batch reply"
      case .malformed(let what): return "a reply that is not the JSON asked for (\(what))"
      }
    }
  }
}
