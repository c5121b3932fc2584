#!/usr/bin/env bash
# make fuzz: runs the libFuzzer target (Fuzz/JieduFuzz) for FUZZ_SECONDS over a seed corpus made
# from the test fixtures and the seed articles (cut into pieces of at most 4 KB). New inputs the
# fuzzer finds are kept in .build/fuzz-corpus; a crash is written to .build/fuzz-artifacts/ and
# makes this script fail — turn it into a regression test (Tests/JieduCLITests/FuzzRegressionTests).
# Usage: scripts/fuzz.sh BIN SECONDS
set -euo pipefail
bin=$1; seconds=${2:-600}
corpus=.build/fuzz-corpus; seeds=.build/fuzz-seeds; artifacts=.build/fuzz-artifacts
mkdir -p "$corpus" "$seeds" "$artifacts"
find Tests -path '*/Fixtures/*' -type f \( -name '*.txt' -o -name '*.bin' -o -name '*.md' \) -size -64k \
  -exec cp {} "$seeds/" \;
python3 - "$seeds" seeds/*.txt <<'PY'
import os, sys
out = sys.argv[1]
for path in sys.argv[2:]:
    data = open(path, 'rb').read()
    for i in range(0, min(len(data), 64 * 1024), 4096):
        open(os.path.join(out, f"{os.path.basename(path)}.{i // 4096}"), 'wb').write(data[i:i + 4096])
PY
echo "fuzz: $(ls "$seeds" | wc -l) seeds, $seconds s" >&2
# Leaks: libFuzzer's check after every input that allocated more than it freed is off by default —
# the pipeline's run-long memos (readings, parsed entries) grow on purpose, so it ran LeakSanitizer
# over a 500 MB heap after nearly every input (exec/s fell to 0). FUZZ_LEAKS=1 turns it on; the
# third-party leaks in Fuzz/lsan-suppressions.txt are then ignored.
leaks=${FUZZ_LEAKS:-0}
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
SWIFT_BACKTRACE=enable=no JIEDU_DATA=${JIEDU_DATA:-data} "$bin" \
  -max_total_time="$seconds" -detect_leaks="$leaks" -max_len=8192 -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$corpus" "$seeds"
