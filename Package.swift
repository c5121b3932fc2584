// swift-tools-version: 6.1
// Jiedu (解读): Chinese articles into annotated, bilingual study handouts.
//
// Note on layout: `Plugins/` here holds ordinary library targets, one per annotation stage,
// not SwiftPM *package plugins* (which SwiftPM would otherwise look for in `Plugins/`).
import PackageDescription

let package = Package(
  name: "jiedu",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "jiedu", targets: ["jiedu"]),
    .library(name: "JieduCore", targets: ["JieduCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Core: document model, stage protocol, pipeline host, config, ingestion, diagnostics.
    .target(
      name: "JieduCore",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // The annotation vocabulary: kinds and typed fields the stages write and the renderers read.
    .target(name: "JieduVocabulary", dependencies: ["JieduCore"]),
    // CC-CEDICT parsing and pinyin formatting, shared by the segmenter, the gloss stage and the CLI.
    .target(name: "JieduDictionary", dependencies: ["JieduCore"]),
    // Lexicon and word segmentation.
    .target(name: "JieduSegmenter", dependencies: ["JieduCore", "JieduDictionary"]),
    // JSON, HTML, Markdown, TSV and PDF renderers.
    .target(
      name: "JieduRender",
      dependencies: [
        "JieduCore", "JieduVocabulary", .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Templates")]
    ),
    // The knowledge base: one entry type for glossary terms and formulas, one Aho–Corasick matcher.
    .target(name: "JieduKnowledge"),
    // Stages: one target per folder in Plugins/.
    .target(
      name: "GlossaryStage",
      dependencies: ["JieduCore", "JieduVocabulary", "JieduDictionary", "JieduKnowledge"],
      path: "Plugins/Glossary", exclude: ["README.md"], resources: [.copy("Resources/glossary")]),
    .target(
      name: "AbbreviationsStage",
      dependencies: ["JieduCore", "JieduVocabulary", "JieduDictionary", "JieduKnowledge"],
      path: "Plugins/Abbreviations", exclude: ["README.md"],
      resources: [.process("Resources")]),
    .target(
      name: "GlossStage", dependencies: ["JieduCore", "JieduDictionary", "JieduVocabulary"], path: "Plugins/Gloss",
      exclude: ["README.md"], resources: [.copy("Resources/senses.tsv")]),
    .target(
      name: "ExternalStage", dependencies: ["JieduCore"], path: "Plugins/External",
      exclude: ["README.md"]),
    .target(
      name: "TranslationStage",
      dependencies: ["JieduCore", "JieduVocabulary", .product(name: "GRDB", package: "GRDB.swift")],
      path: "Plugins/Translation", exclude: ["README.md"]),
    .target(
      name: "LevelsStage", dependencies: ["JieduCore", "JieduVocabulary"], path: "Plugins/Levels",
      exclude: ["README.md"]),
    // The one pipeline entry point: config → ready pipeline → run(bytes:name:) → Document.
    .target(
      name: "JieduPipeline",
      dependencies: [
        "JieduCore", "JieduSegmenter", "JieduDictionary",
        .product(name: "Logging", package: "swift-log"),
      ]),
    // The one list of built-in stages (a new stage is one line here).
    .target(
      name: "JieduBuiltins",
      dependencies: [
        "JieduCore", "GlossaryStage", "AbbreviationsStage", "GlossStage", "ExternalStage",
        "TranslationStage",
        "LevelsStage",
      ]),
    // Run a stage through the real host on marked text (抓⟦党建⟧工作): the stage test kit.
    .target(name: "JieduStageTesting", dependencies: ["JieduCore", "JieduPipeline"]),
    // The CLI.
    .executableTarget(
      name: "jiedu",
      dependencies: [
        "JieduCore", "JieduDictionary", "JieduSegmenter", "JieduRender", "JieduPipeline",
        "JieduBuiltins", "GlossaryStage", "AbbreviationsStage", "TranslationStage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The libFuzzer target over ingestion, the default pipeline and every renderer (`make fuzz`).
    .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
    .executableTarget(
      name: "JieduFuzz",
      dependencies: ["CFuzzDriver", "JieduCore", "JieduPipeline", "JieduBuiltins", "JieduRender"],
      path: "Fuzz/JieduFuzz"),
    .testTarget(name: "JieduCoreTests", dependencies: ["JieduCore"], resources: [.copy("Fixtures")]),
    .testTarget(name: "JieduSegmenterTests", dependencies: ["JieduSegmenter", "JieduDictionary"]),
    .testTarget(name: "JieduDictionaryTests", dependencies: ["JieduDictionary"]),
    .testTarget(name: "JieduRenderTests", dependencies: ["JieduRender", "JieduVocabulary"]),
    .testTarget(name: "JieduKnowledgeTests", dependencies: ["JieduKnowledge"]),
    .testTarget(
      name: "GlossaryTests", dependencies: ["GlossaryStage", "JieduStageTesting", "JieduDictionary"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "AbbreviationsTests",
      dependencies: ["AbbreviationsStage", "JieduStageTesting", "JieduDictionary", "JieduVocabulary"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GlossTests",
      dependencies: ["GlossStage", "JieduDictionary", "JieduStageTesting", "JieduVocabulary", "JieduPipeline"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "TranslationTests",
      dependencies: ["TranslationStage", "JieduStageTesting", "JieduVocabulary", .product(name: "Yams", package: "Yams")],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ExternalStageTests", dependencies: ["ExternalStage", "JieduStageTesting"], resources: [.copy("Fixtures")]),
    .testTarget(name: "JieduCLITests", dependencies: [], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LevelsTests", dependencies: ["LevelsStage", "JieduStageTesting", "JieduVocabulary"],
      resources: [.copy("Fixtures")]),
    // Every built-in stage's examples, through the real host.
    .testTarget(name: "StageExampleTests", dependencies: ["JieduBuiltins", "JieduStageTesting"]),
  ]
)
