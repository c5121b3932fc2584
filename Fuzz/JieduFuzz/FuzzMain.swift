import CFuzzDriver
import Foundation

// The entry point: SwiftPM links an executable's `main` to `<target>_main`. Not in main.swift (which
// would make the compiler generate its own `JieduFuzz_main` for top-level code).
@_cdecl("JieduFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  _ = FuzzTarget.pipeline
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  let status = jiedu_run_fuzzer(&count, &arguments) { data, size in
    fuzzOne(data, size)
  }
  if status != -1 { return status }
  // Built without libFuzzer: replay the files given.
  for index in 1..<Int(argc) {
    let path = String(cString: argv[index]!)
    guard !path.hasPrefix("-"), let data = FileManager.default.contents(atPath: path) else {
      continue
    }
    FuzzTarget.run([UInt8](data))
    print("jiedu-fuzz: ran \(path)")
  }
  return 0
}

/// libFuzzer's callback (its own `main` calls it when that is the one linked in).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else {
    FuzzTarget.run([])
    return 0
  }
  FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
