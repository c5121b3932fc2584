#ifndef JIEDU_CFUZZDRIVER_H
#define JIEDU_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// The function libFuzzer calls with each input.
typedef int (*JieduFuzzCallback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver with the command line; returns -1 when the program was built without
/// `-sanitize=fuzzer` (libFuzzer is not linked in).
int jiedu_run_fuzzer(int *argc, char ***argv, JieduFuzzCallback callback);

#endif
