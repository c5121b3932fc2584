import Foundation

/// The prompts sent to an OpenAI-compatible backend. `version` is part of every cache key: change
/// it whenever a prompt changes, so answers to the old prompt are not reused.
enum TranslationPrompt {
  /// Goes into the cache key.
  static let version = "jiedu-prompt/2"

  /// The chat system message.
  static let system = """
    You translate Chinese political, policy and news prose into fluent, idiomatic English for \
    readers of an English-language newspaper. Keep names, numbers and dates exact. Where a sentence \
    lists required renderings, use exactly those English words for those Chinese terms. Never add \
    comments, explanations or the Chinese text.
    """

  /// A chat request for a batch: the sentences as JSON, the answer asked for as a JSON object that
  /// maps each id to its English.
  static func batch(_ jobs: [TranslationJob], strict: Bool) -> String {
    var lines: [String] = []
    if let context = jobs.first?.context, !context.isEmpty {
      lines.append("Context (already translated; do not translate it again):")
      lines += context.map { "  \($0)" }
      lines.append("")
    }
    lines.append("Translate each sentence into English.")
    if strict {
      lines.append(
        "RULE: each sentence's English MUST contain every required rendering exactly as written.")
    }
    lines.append(
      "Reply with one JSON object and nothing else, mapping each id to its English, "
        + "for example {\"s1\": \"…\", \"s2\": \"…\"}.")
    lines.append("")
    var sentences: [[String: Any]] = []
    for job in jobs {
      var item: [String: Any] = ["id": job.id, "zh": job.source]
      if !job.required.isEmpty {
        item["required"] = job.required.map { ["zh": $0.chinese, "en": $0.english] }
      }
      sentences.append(item)
    }
    let data =
      (try? JSONSerialization.data(withJSONObject: sentences, options: [.sortedKeys])) ?? Data()
    lines.append(String(decoding: data, as: UTF8.self))
    return lines.joined(separator: "\n")
  }

  /// A chat request for one sentence, answered with the English alone.
  static func single(_ job: TranslationJob, strict: Bool) -> String {
    var lines: [String] = []
    if !job.context.isEmpty {
      lines.append("Context (do not translate): " + job.context.joined(separator: " "))
    }
    lines.append("Translate this sentence into English. Reply with the English translation only.")
    if !job.required.isEmpty {
      let list = job.required.map { "\($0.chinese) = \($0.english)" }.joined(separator: "; ")
      lines.append(
        strict
          ? "RULE: the English MUST contain these renderings exactly as written: \(list)."
          : "Required renderings: \(list).")
    }
    lines.append("")
    lines.append(job.source)
    return lines.joined(separator: "\n")
  }

  /// Worked examples for the few-shot prompt of a base model.
  private static let examples: [(zh: String, en: String, terms: String?)] = [
    ("我们今天下午开会。", "We have a meeting this afternoon.", nil),
    ("要加强党建工作。", "We must strengthen Party building.", "党建 = Party building"),
    (
      "全面从严治党永远在路上。",
      "Exercising full and rigorous Party self-governance is a never-ending journey.",
      "全面从严治党 = full and rigorous Party self-governance"
    ),
    ("这座城市有一千多万人口。", "The city has a population of more than ten million.", nil),
  ]

  /// A few-shot completion prompt for one sentence (`api: completions`), ending at `English:`.
  static func fewShot(_ job: TranslationJob, strict: Bool) -> String {
    var text = "Chinese sentences and their English translations.\n\n"
    if strict {
      text =
        "Chinese sentences and their English translations. The English never repeats the "
        + "Chinese and always uses the English given under Terms.\n\n"
    }
    for example in examples {
      if let terms = example.terms { text += "Terms: \(terms)\n" }
      text += "Chinese: \(example.zh)\nEnglish: \(example.en)\n\n"
    }
    if !job.required.isEmpty {
      text +=
        "Terms: " + job.required.map { "\($0.chinese) = \($0.english)" }.joined(separator: "; ")
      text += "\n"
    }
    text += "Chinese: \(job.source)\nEnglish:"
    return text
  }
}
