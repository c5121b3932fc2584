import Foundation

/// Lexicon sources and options for `LexiconSegmenter`.
public struct SegmenterConfiguration: Sendable {
  /// jieba's `dict.txt` ("word frequency part-of-speech" per line), e.g. `data/jieba-dict.txt`.
  public var jiebaDictionary: URL?
  /// CC-CEDICT (`data/cedict_1_0_ts_utf-8_mdbg.txt`); only the headwords are read.
  public var cedict: URL?
  /// jieba's out-of-vocabulary HMM tables as JSON (`data/jieba-hmm.json`).
  public var hmm: URL?
  /// User lexicons from `segmentation.lexicons`: a word per line, an optional frequency after it.
  public var userLexicons: [URL]
  /// Where a compiled lexicon may be cached (nil: compile in memory every time).
  public var cacheDirectory: URL?

  /// Creates a configuration.
  public init(
    jiebaDictionary: URL?, cedict: URL?, hmm: URL?, userLexicons: [URL] = [],
    cacheDirectory: URL? = nil
  ) {
    self.jiebaDictionary = jiebaDictionary
    self.cedict = cedict
    self.hmm = hmm
    self.userLexicons = userLexicons
    self.cacheDirectory = cacheDirectory
  }

  /// The files the compiled lexicon is made from, in a fixed order.
  var sourceFiles: [(role: String, url: URL)] {
    var files: [(String, URL)] = []
    if let jiebaDictionary { files.append(("jieba", jiebaDictionary)) }
    if let cedict { files.append(("cedict", cedict)) }
    if let hmm { files.append(("hmm", hmm)) }
    for url in userLexicons { files.append(("user", url)) }
    return files
  }
}
