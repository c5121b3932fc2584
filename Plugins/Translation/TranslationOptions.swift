import JieduCore

/// Options of the `translation` stage. Nothing leaves the machine unless `backend` is set.
public struct TranslationOptions: StageOptions {
  /// Translation memories, searched in order.
  @StageOption(
    "memory", type: "[path]",
    help: "translation memories: TSV (zh<TAB>en per line) or TMX 1.4b; the first exact match wins")
  public var memory: [String] = []
  /// The lowest similarity at which a fuzzy memory match is shown.
  @StageOption(
    "fuzzy-threshold",
    help: "lowest character similarity (0–1) at which a fuzzy memory match is shown",
    validate: TranslationOptions.fraction)
  public var fuzzyThreshold = 0.75
  /// The similarity at or above which a fuzzy match is used as the translation.
  @StageOption(
    "accept-fuzzy",
    help: "similarity at or above which a fuzzy match is used as the English (1 = never)",
    validate: TranslationOptions.fraction)
  public var acceptFuzzy = 1.0
  /// The machine-translation backend, if any.
  @StageOption(
    "backend", type: "{kind: openai|libretranslate, url, model, …}", default: "none",
    help: "a machine-translation backend (see Plugins/Translation/README.md); none: memories only")
  public var backend: BackendSettings? = nil
  /// Where backend answers are cached.
  @StageOption(
    "cache", type: "path", default: "<data>/cache/translation/translations.sqlite",
    help: "SQLite cache of backend answers; a second run sends nothing")
  public var cache: String? = nil
  /// Whether a sentence left without English stops the run.
  @StageOption("required", help: "fail the run when a sentence is left without English")
  public var required = false
  /// Whether the required renderings go into the prompt (and a miss is retried once).
  @StageOption(
    "enforce-terms",
    help: "tell the backend the official renderings each sentence must use, and retry a miss once")
  public var enforceTerms = true

  /// All defaults: no memory, no backend.
  public init() {}

  @Sendable static func fraction(_ value: Double) -> String? {
    (0...1).contains(value) ? nil : "must be between 0 and 1 (got \(value))"
  }
}
