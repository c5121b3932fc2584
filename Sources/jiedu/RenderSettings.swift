import Foundation
import JieduCore
import JieduDictionary
import JieduRender

/// Turns the config's `output:` section into renderer options.
enum RenderSettings {
  /// Renderer options; a missing known-words or template file is a one-line error.
  static func options(from output: JieduConfig.OutputSection, context: StageContext) throws
    -> RenderOptions
  {
    var options = RenderOptions()
    options.pinyinOver = output.pinyinOver
    options.maxVocabulary = output.maxVocabulary
    options.titleEnglish = output.titleEnglish
    options.readerLevel = output.readerLevel.flatMap(ReaderLevelName.parse)
    options.layout = output.layout
    options.toneScheme = output.toneColours == "none" ? nil : output.toneColours
    options.toneCustom = output.toneCustom
    options.exercises = output.exercises
    // Loaded on first use only (a long token in a handout), from the run's shared store.
    options.isDictionaryWord = { word in
      (try? context.shared(ChineseDictionary.self))?.contains(word) ?? false
    }
    if output.exercises, let dictionary = try? context.shared(ChineseDictionary.self) {
      options.characterReadings = { character in
        CharacterReadings(
          readings: PolyphonicCharacters.readings(of: character, in: dictionary),
          isCommon: PolyphonicCharacters.common.contains(character))
      }
    }
    if let known = output.knownWords {
      options.knownWords = try KnownWords.load(
        context.resolve(known), column: output.knownWordsColumn)
    }
    if let template = output.template {
      let url = context.resolve(template)
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw JieduError("output.template: no such file '\(url.path)'")
      }
      options.templateURL = url
    }
    return options
  }
}
