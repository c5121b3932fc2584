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
}
