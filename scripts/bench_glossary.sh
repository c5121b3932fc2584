#!/usr/bin/env bash
# Glossary benchmarks on the real binary:
#   1. wall time of `jiedu annotate` on the seed with a generated 100,000-entry user glossary
#      (YAML and TSV), next to the same run without it;
#   2. coverage of the built-in glossary: expected terms annotated / expected, for the seed and the
#      economy article (lists in Tests/GlossaryTests/Fixtures/*-expected-terms.txt);
#   3. the knowledge base: entries by file and by status, share of official/established with a source.
# Usage: scripts/bench_glossary.sh [path/to/jiedu]   (default: builds .build/release/jiedu)
# Env:   SCRATCH=.build-x to build into another scratch path; RUNS=3 repetitions (best is reported).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
jiedu="${1:-}"
if [[ -z "$jiedu" ]]; then
  make -s build SCRATCH="$scratch" >&2
  jiedu="$scratch/release/jiedu"
fi
runs="${RUNS:-3}"
seed=seeds/000_cadf6caf5feb9c49.txt
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import random, sys
out = sys.argv[1]
random.seed(42)
cats = ["party", "formulation", "government", "economy", "place"]
with open(f"{out}/big.yaml", "w") as y, open(f"{out}/big.tsv", "w") as t:
    y.write("# 100,000 generated entries\n")
    t.write("term\ten\tnote\tcategory\n")
    for i in range(100_000):
        term = "".join(chr(random.randint(0x4E00, 0x9FA5)) for _ in range(random.randint(2, 6)))
        y.write(f"- term: {term}\n  en: generated {i}\n  note: \"note {i}\"\n  category: {cats[i % 5]}\n")
        t.write(f"{term}\tgenerated {i}\tnote {i}\t{cats[i % 5]}\n")
PY

best_time() {  # best wall time in ms over $runs runs of the given command
  local best=""
  for _ in $(seq "$runs"); do
    local start end ms
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [[ -z "$best" || "$ms" -lt "$best" ]]; then best=$ms; fi
  done
  echo "$best"
}

echo "== jiedu annotate $seed --format json (best of $runs, wall ms)"
echo "built-in glossary only:        $(best_time "$jiedu" annotate "$seed" --format json) ms"
echo "+ 100k-entry YAML --glossary:  $(best_time "$jiedu" annotate "$seed" --format json --glossary "$tmp/big.yaml") ms"
echo "+ 100k-entry TSV --glossary:   $(best_time "$jiedu" annotate "$seed" --format json --glossary "$tmp/big.tsv") ms"

echo "== where the time goes with the 100k YAML glossary (jiedu -v, one run)"
"$jiedu" annotate "$seed" --format json --glossary "$tmp/big.yaml" -v 2>&1 >/dev/null \
  | grep -E "set up stage 'glossary'|stage 'glossary':|segmenter ready" | sed 's/^jiedu: /  /'

echo "== built-in glossary coverage (expected terms annotated)"
for pair in "$seed:Tests/GlossaryTests/Fixtures/seed-expected-terms.txt" \
  "Tests/GlossaryTests/Fixtures/economy-article.txt:Tests/GlossaryTests/Fixtures/economy-expected-terms.txt"; do
  article="${pair%%:*}"
  expected="${pair##*:}"
  "$jiedu" annotate "$article" --format json >"$tmp/doc.json"
  python3 - "$tmp/doc.json" "$expected" "$article" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
texts = {a["text"] for a in doc["annotations"] if a.get("type") == "term"}
expected = [l.strip() for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")]
missing = [t for t in expected if t not in texts and not any(t in x for x in texts)]
found = len(expected) - len(missing)
print(f"{sys.argv[3]}: {found}/{len(expected)} ({100 * found / max(1, len(expected)):.1f}%)"
      + (f"; missing: {', '.join(missing)}" if missing else ""))
PY
done

echo "== knowledge base: entries by file and by status (scripts/knowledge_counts.py)"
python3 scripts/knowledge_counts.py .
