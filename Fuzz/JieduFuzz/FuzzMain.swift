import CFuzzDriver
import Foundation

// The entry point: SwiftPM links an executable's `main` to `<target>_main`. Not in main.swift (which
// would make the compiler generate its own `JieduFuzz_main` for top-level code).
@_cdecl("JieduFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  FuzzTarget.pipeline = FuzzTarget.load()
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  let status = jiedu_run_fuzzer(&count, &arguments) { data, size in
    FuzzTarget.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
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
