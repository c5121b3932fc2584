#!/usr/bin/env bash
# Abbreviations stage on long blocks without punctuation: its own time (jiedu -v) for one block of
# 0.3, 3 and 30 MB made from the SIGHAN PKU raw test text with every punctuation mark and line break
# removed (read in place from ../shared/corpora/icwb2, never copied into the project). Linear time
# means ~10x per step; before the fix it was quadratic (400 KB 2.6 s, 800 KB 8.8 s, 1.6 MB 34 s).
# Usage: scripts/bench_abbreviations.sh [path/to/jiedu]   (default: builds .build/release/jiedu)
# Env:   SIZES="0.3 3 30" (MB), CORPORA=../shared/corpora/icwb2
set -euo pipefail
cd "$(dirname "$0")/.."
jiedu="${1:-}"
if [[ -z "$jiedu" ]]; then
  make -s build >&2
  jiedu=.build/release/jiedu
fi
corpora="${CORPORA:-../shared/corpora/icwb2}"
sizes="${SIZES:-0.3 3 30}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/config.yaml" <<'YAML'
stages:
  - id: abbreviations
output:
  format: json
YAML
echo "== abbreviations stage on one unpunctuated block ($jiedu, $(nproc) cores)"
for mb in $sizes; do
  python3 - "$corpora/pku_test.utf8" "$mb" "$tmp/block.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"[\s，。、；：！？“”‘’（）《》—…·,.;:!?()\"'「」『』]", "", text)
want = int(float(sys.argv[2]) * 1_000_000)
data = text.encode()
out = (data * (want // len(data) + 1))[:want].decode("utf-8", "ignore")
open(sys.argv[3], "w", encoding="utf-8").write(out + "\n")
PY
  start=$(date +%s%N)
  line=$("$jiedu" annotate "$tmp/block.txt" --config "$tmp/config.yaml" -o /dev/null -v 2>&1 \
    | grep "stage 'abbreviations':" || true)
  end=$(date +%s%N)
  echo "$mb MB: ${line#jiedu: } (whole run $(( (end - start) / 1000000 )) ms)"
done
