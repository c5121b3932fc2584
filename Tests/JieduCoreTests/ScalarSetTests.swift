import JieduCore
import Testing

/// `ScalarSet` answers as `Set<Unicode.Scalar>` does for every scalar, in the BMP and past it.
@Suite struct ScalarSetTests {
  static let members: [[Unicode.Scalar]] = [
    [],
    Array("。！？；!?;\n".unicodeScalars),
    Array("〇○零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars),
    ["\u{0}", "\u{FFFF}", "\u{10000}", "\u{20000}", "\u{2A6DF}", "\u{10FFFF}", "\u{20000}"],
  ]

  @Test(arguments: members.indices)
  func membershipIsTheSetsForEveryScalar(_ index: Int) {
    let scalars = Self.members[index]
    let set = Set(scalars)
    let fast = ScalarSet(scalars)
    var value: UInt32 = 0
    while value <= 0x10FFFF {
      if let scalar = Unicode.Scalar(value) {
        #expect(fast.contains(scalar) == set.contains(scalar), "U+\(String(value, radix: 16))")
      }
      // Every BMP scalar, then the astral planes in steps (and each member).
      value += value < 0x1_0000 ? 1 : 0x3F1
    }
    for scalar in scalars { #expect(fast.contains(scalar)) }
  }

  @Test func anArrayLiteralIsASet() {
    let set: ScalarSet = ["年", "月", "-"]
    #expect(set.contains("年") && set.contains("-") && !set.contains("日"))
  }
}
