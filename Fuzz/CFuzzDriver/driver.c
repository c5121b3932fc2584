#include "CFuzzDriver.h"

// Weak: resolved when the build links libFuzzer (-sanitize=fuzzer), null in an ordinary build, so
// `swift build` of the whole package still links.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t))
    __attribute__((weak));

int jiedu_run_fuzzer(int *argc, char ***argv, JieduFuzzCallback callback) {
  if (!LLVMFuzzerRunDriver) return -1;
  return LLVMFuzzerRunDriver(argc, argv, callback);
}
