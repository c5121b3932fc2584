import Foundation
import JieduCore
import JieduSegmenter

/// Small hand-written lexicons in a temporary folder, and helpers to segment with them.
struct SegmenterFixtures {
  /// A jieba-format dictionary written for these tests (frequencies are made up, not jieba's).
  static let dictionary = """
    结婚 900 v
    的 300000 uj
    和 50000 c
    和尚 800 n
    尚未 1200 d
    未 3000 d
    研究 8000 vn
    研究生 700 n
    生命 3000 n
    命 500 n
    起源 600 n
    乒乓球 300 n
    乒乓球拍 20 n
    球拍 40 n
    拍卖 900 v
    卖 2000 v
    完 4000 v
    了 200000 ul
    三会 5 n
    一课 5 n
    同频 5 n
    共振 400 v
    科创 30 n
    强区 10 n
    分钟 5000 m
    增长 6000 v
    马克思 900 nr
    恩格斯 500 nr
    我们 30000 r
    坚持 5000 v
    """

  /// The temporary folder; removed when the test ends.
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jiedu-seg-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try write("dict.txt", Self.dictionary)
  }

  /// Writes a file into the folder and returns its URL.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// The test dictionary's URL.
  var dictionaryURL: URL { directory.appendingPathComponent("dict.txt") }

  /// A segmenter over the test dictionary (and optionally user lexicons, HMM tables, a cache).
  func segmenter(userLexicons: [URL] = [], hmm: URL? = nil, cache: URL? = nil) throws
    -> LexiconSegmenter
  {
    try LexiconSegmenter(
      configuration: SegmenterConfiguration(
        jiebaDictionary: dictionaryURL, cedict: nil, hmm: hmm, userLexicons: userLexicons,
        cacheDirectory: cache))
  }

  /// Removes the folder.
  func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// The words a segmenter makes of a text, through the `WordSegmenter` seam.
func words(_ segmenter: any WordSegmenter, _ text: String) -> [String] {
  let scalars = Array(text.unicodeScalars)
  return segmenter.segment(scalars[...]).map { range in
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }
}

/// Scalars a segmenter may leave out: JieduCore's spaces, line ends, other ASCII spaces and the BOM.
func isSkippable(_ scalar: Unicode.Scalar) -> Bool {
  scalar.isSpaceLike || ["\r", "\n", "\u{B}", "\u{C}", "\u{FEFF}"].contains(scalar)
}

/// Whether ranges are increasing, non-overlapping, inside `bounds`, and cover every non-space scalar.
func coversExactly(_ ranges: [Range<Int>], _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
  var position = scalars.startIndex
  for range in ranges {
    guard range.lowerBound >= position, range.upperBound <= scalars.endIndex, !range.isEmpty else {
      return false
    }
    while position < range.lowerBound {
      guard isSkippable(scalars[position]) else { return false }
      position += 1
    }
    position = range.upperBound
  }
  while position < scalars.endIndex {
    guard isSkippable(scalars[position]) else { return false }
    position += 1
  }
  return true
}
