import Foundation
import JieduCore

/// The JSON exchanged with an external stage.
enum ExternalProtocol {
  /// What a program writes on stdout.
  struct Reply: Decodable {
    var annotations: [Annotation]
    var diagnostics: [Diagnostic]

    enum CodingKeys: String, CodingKey { case annotations, diagnostics }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      annotations = try c.decodeIfPresent([Annotation].self, forKey: .annotations) ?? []
      diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }
  }

  /// The document JSON with the protocol version added.
  static func request(for document: Document) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    var data = try encoder.encode(document)
    // Insert the protocol field as the first key of the top-level object.
    let field = Data("{\"protocol\":\"\(externalStageProtocol)\",".utf8)
    if data.first == UInt8(ascii: "{") { data.replaceSubrange(0..<1, with: field) }
    return data
  }

  /// Interprets the program's exit and output.
  static func parseReply(_ result: ProcessRunner.Result, program: String) throws -> Reply {
    let lastStderr = result.stderrTail.isEmpty ? "" : ": \(result.stderrTail)"
    if result.timedOut {
      throw JieduError(
        "timed out after \(result.timeout.formatted()) s and was stopped\(lastStderr)")
    }
    if result.outputOverflow {
      throw JieduError(
        "wrote more than \(result.maxOutput) bytes on stdout (raise options.max-output if this is intended)"
      )
    }
    if let signal = result.signal {
      throw JieduError("crashed (signal \(signal))\(lastStderr)")
    }
    if result.exitStatus != 0 {
      throw JieduError("exited with status \(result.exitStatus)\(lastStderr)")
    }
    let trimmed = result.stdout.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    if trimmed.isEmpty { return try JSONDecoder().decode(Reply.self, from: Data("{}".utf8)) }
    guard (try? JSONSerialization.jsonObject(with: Data(trimmed))) is [String: Any] else {
      let head = String(decoding: trimmed.prefix(60), as: UTF8.self)
        .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
      throw JieduError(
        "wrote something that is not a JSON object on stdout (starts with '\(head)')")
    }
    do {
      return try JSONDecoder().decode(Reply.self, from: Data(trimmed))
    } catch let error as DecodingError {
      throw JieduError(
        "wrote JSON that does not follow the stage protocol: \(DecodingErrorText.describe(error))")
    }
  }
}

/// Short text for decoding errors.
enum DecodingErrorText {
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .keyNotFound(let key, let ctx):
      return "\(path(ctx.codingPath)): missing '\(key.stringValue)'"
    case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
      return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
    @unknown default: return "\(error)"
    }
  }
}
