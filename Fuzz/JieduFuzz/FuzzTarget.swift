import CFuzzDriver
import Foundation
import JieduBuiltins
import JieduCore
import JieduPipeline
import JieduRender

/// The libFuzzer target: bytes → ingestion (decoding, normalisation, blocks, sentences) → the
/// default pipeline → every renderer but PDF (Chromium is too slow to fuzz; it prints the HTML
/// renderer's output, which is fuzzed). Build and run with `make fuzz FUZZ_SECONDS=600`.
///
/// Without libFuzzer linked in (an ordinary `swift build`) it runs each file given on the command
/// line once: the way a crash found earlier is replayed.
enum FuzzTarget {
  /// The pipeline, loaded once on first use (the dictionaries take a few hundred milliseconds).
  static let pipeline: Pipeline = load()

  /// Every format except PDF.
  static let formats: [OutputFormat] = OutputFormat.allCases.filter { $0 != .pdf }

  /// Loads the default pipeline from the data folder (`$JIEDU_DATA`, else ./data).
  static func load() -> Pipeline {
    let data = ProcessInfo.processInfo.environment["JIEDU_DATA"] ?? "data"
    let settings = PipelineSettings(
      configPath: nil, dataPath: data, defaultConfig: BuiltinStages.defaultConfig)
    return blocking {
      do {
        return try await Pipeline(settings, registry: BuiltinStages.registry)
      } catch {
        FileHandle.standardError.write(
          Data("jiedu-fuzz: cannot load the pipeline: \(error)\n".utf8))
        exit(2)
      }
    }
  }

  /// One input through everything. Errors (binary input, a stage's refusal) are fine; crashes,
  /// traps and sanitizer reports are what the fuzzer looks for.
  static func run(_ bytes: [UInt8]) {
    let pipeline = FuzzTarget.pipeline
    let document: Document? = blocking { try? await pipeline.run(bytes: bytes, name: "fuzz.txt") }
    guard let document else { return }
    for format in formats {
      _ = try? DocumentRendering.render(document, as: format, options: RenderOptions())
    }
    var compact = RenderOptions()
    compact.tokens = .compact
    _ = try? DocumentRendering.render(document, as: .json, options: compact)
  }

  /// Runs async work to completion from a synchronous caller (libFuzzer's thread, not a task).
  static func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      box.value = await work()
      done.signal()
    }
    done.wait()
    return box.value!
  }
}

/// A value handed from a task to the waiting thread.
final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}
