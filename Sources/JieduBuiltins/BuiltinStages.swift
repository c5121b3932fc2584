import AbbreviationsStage
import ExternalStage
import GlossStage
import GlossaryStage
import JieduCore
import LevelsStage
import TranslationStage

/// The one list of built-in stages. A folder in Plugins/ holding a stage that is not listed here
/// fails the registration test.
public enum BuiltinStages {
  /// Every built-in stage, in the order `jiedu stages` lists them.
  public static let registry = StageRegistry([
    .of(GlossaryStage.self),
    .of(AbbreviationsStage.self),
    .of(GlossStage.self),
    .of(ExternalCommandStage.self),
    .of(TranslationStage.self),
    .of(LevelsStage.self),
  ])

  /// The pipeline used when no config.yaml is found: the same as the repository's config.yaml.
  public static let defaultConfig = """
    stages:
      - id: glossary
      - id: abbreviations
      - id: gloss
      - id: levels
    """
}
