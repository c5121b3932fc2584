/// Maps the traditional characters that occur in numerals and formulas to their simplified forms,
/// one scalar for one scalar, so offsets in folded text are offsets in the original.
///
/// A small table of the project's own, not a full converter: enough that 三會一課, 兩個維護 and
/// 「三進入」 are found in the simplified list.
enum TraditionalFolding {
  /// Pairs of traditional and simplified characters, written as one string: 會会課课…
  private static let pairs: String =
    "會会課课學学習习嚴严實实個个識识護护維维蓋盖進进聯联動动設设務务黨党類类項项條条張张單单兩两雙双萬万"
    + "體体責责崗岗帶带國国確确堅坚為为爲为導导紀纪規规標标準准傳传統统論论謀谋發发應应對对開开創创協协"
    + "綠绿調调觀观歷历義义頭头腦脑區区鎮镇業业歸归與与從从關关係系時时間间經经濟济環环當当權权擔担決决"
    + "勝胜戰战線线強强讓让書书記记員员據据將将屬属陽阳講讲話话幹干專专題题組组織织議议風风潔洁語语層层"
    + "級级網网絡络擴扩適适齊齐飛飞輪轮驅驱衛卫態态產产興兴鄉乡農农邊边變变優优勢势資资質质價价這这們们"
    + "來来氣气廠厂廣广遠远選选舉举懲惩監监審审計计報报險险貧贫脫脱獨独轉转換换階阶縣县團团隊队紅红數数"
    + "軍军號号門门問问錢钱費费節节約约陣阵營营勞劳辦办處处樣样樹树總总綜综鬥斗爭争寶宝貫贯徹彻穩稳輸输"
    + "復复築筑鐵铁車车電电雲云後后裡里裏里範范圍围參参貳贰億亿幫帮構构機机製制區区鏈链園园數数線线離离"
    + "藝艺術术職职責责權权視视圖图灣湾漢汉產产聖圣礎础縮缩減减穩稳驗验檢检測测綱纲領领愛爱險险創创"

  /// Traditional → simplified.
  static let table: [Unicode.Scalar: Unicode.Scalar] = {
    let scalars = Array(pairs.unicodeScalars)
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    var i = 0
    while i + 1 < scalars.count {
      if scalars[i] != scalars[i + 1] { table[scalars[i]] = scalars[i + 1] }
      i += 2
    }
    return table
  }()

  /// The scalar in simplified form (unchanged when it is not in the table).
  @inline(__always)
  static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { table[s] ?? s }

  /// Every scalar folded; the result has the same length.
  static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] { scalars.map { fold($0) } }

  /// A string folded.
  static func fold(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.lazy.map { fold($0) })
    return String(view)
  }
}
