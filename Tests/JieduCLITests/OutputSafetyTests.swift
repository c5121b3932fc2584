import Foundation
import Testing

/// `-o` never loses a byte (issue 17, items 1 and 2): not the input, not a device, not a link.
@Suite("Output safety, end to end")
struct OutputSafetyTests {
  func article() throws -> (folder: URL, file: URL) {
    let folder = try CLIRunner.temporaryDirectory()
    let file = folder.appendingPathComponent("article.txt")
    try Data(contentsOf: CLIRunner.seed).write(to: file)
    return (folder, file)
  }

  @Test(arguments: ["same", "link", "hardlink", "stdin"])
  func theInputIsNeverTheOutput(_ how: String) throws {
    let (folder, file) = try article()
    let before = try Data(contentsOf: file)
    var arguments = ["annotate", file.path, "-o", file.path]
    var stdin: Data?
    switch how {
    case "link":
      let link = folder.appendingPathComponent("link.txt")
      try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
      arguments = ["annotate", link.path, "-o", file.path]
    case "hardlink":
      let other = folder.appendingPathComponent("other.txt")
      try FileManager.default.linkItem(at: file, to: other)
      arguments = ["annotate", file.path, "-o", other.path]
    case "stdin":
      arguments = [
        "/bin/sh", "-c", "\"$0\" annotate - -o \"$1\" < \"$1\"", CLIRunner.binary.path, file.path,
      ]
      stdin = nil
    default: break
    }
    let run: CLIRunner.Run
    if how == "stdin" {
      run = try CLIRunner.runProgram(arguments)
    } else {
      run = try CLIRunner.run(arguments, stdin: stdin, in: folder)
    }
    #expect(run.status == 1)
    #expect(run.stderr.contains("it is the input file"), "\(run.stderr)")
    #expect(try Data(contentsOf: file) == before)
  }

  @Test func aSymlinkGetsItsTargetWrittenAndTheModeIsKept() throws {
    let (folder, file) = try article()
    let target = folder.appendingPathComponent("handout.html")
    try Data("old".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    let link = folder.appendingPathComponent("latest.html")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let run = try CLIRunner.run(["annotate", file.path, "-o", link.path], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func aDeviceIsWrittenNotReplaced() throws {
    let (folder, file) = try article()
    let run = try CLIRunner.run(
      ["annotate", file.path, "--format", "json", "-o", "/dev/null"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let type =
      try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
    #expect(type == .typeCharacterSpecial)
  }
  /// `-o /dev/stdout` (or `/dev/fd/1`, `/proc/self/fd/1`, a link to `/dev/stdout`) writes into the
  /// descriptor the shell set up: `>> log` appends, what came before and after stays — the file it
  /// points at is not replaced by a new one.
  @Test(arguments: ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "stdout-link"])
  func standardOutputByNameIsTheDescriptor(_ path: String) throws {
    let (folder, file) = try article()
    if path == "stdout-link" {
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent(path).path, withDestinationPath: "/dev/stdout")
    }
    let out = folder.appendingPathComponent("out.md")
    try Data("PRIOR\n".utf8).write(to: out)
    let before =
      try FileManager.default.attributesOfItem(atPath: out.path)[.systemFileNumber] as? Int
    let run = try Safety.shell(
      """
      "$JIEDU" annotate \(Safety.quoted(file.path)) --format md -o \(path) >> out.md || exit 9
      echo AFTER >> out.md
      ( echo FIRST; "$JIEDU" annotate \(Safety.quoted(file.path)) --format md -o \(path); echo LAST ) > sub.md
      """, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.hasPrefix("PRIOR\n"), "\(text.prefix(40))")
    #expect(text.hasSuffix("\nAFTER\n"))
    #expect(text.contains("\nSource: "))
    #expect(
      try FileManager.default.attributesOfItem(atPath: out.path)[.systemFileNumber] as? Int
        == before)
    let sub = try String(contentsOf: folder.appendingPathComponent("sub.md"), encoding: .utf8)
    #expect(sub.hasPrefix("FIRST\n") && sub.hasSuffix("\nLAST\n") && sub.contains("\nSource: "))
  }

  /// `-o /dev/stdout` when standard output is the input file is refused like any other way of
  /// naming it.
  @Test func standardOutputThatIsTheInputIsRefused() throws {
    let (folder, file) = try article()
    let before = try Data(contentsOf: file)
    let run = try Safety.shell(
      "exec \"$JIEDU\" annotate \(Safety.quoted(file.path)) --format md -o /dev/stdout 1<>\(Safety.quoted(file.path))",
      in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("it is the input file"), "\(run.stderr)")
    #expect(try Data(contentsOf: file) == before)
  }
}
