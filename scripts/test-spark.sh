#!/usr/bin/env bash
# make test-spark: the PKU test text split into documents (one per line) annotated three ways — one
# jiedu process, a real PySpark job in local mode (RDD.pipe over the JSONL contract) and GNU
# parallel — and checked: every id comes back exactly once and each document equals the
# single-process one. Wall times go to docs/bench-spark.txt.
# Usage: scripts/test-spark.sh BIN [CORPUS_FILE]
set -euo pipefail
bin=${1:-.build/release/jiedu}
corpus=${2:-../shared/corpora/icwb2/pku_test.utf8}
[ -f "$corpus" ] || corpus=/work/shared/corpora/icwb2/pku_test.utf8
data=$(cd "${JIEDU_DATA:-data}" && pwd)
py=$(scripts/install-spark.sh)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$corpus" "$tmp/docs.jsonl" <<'PY'
import json, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, line in enumerate(lines):
        out.write(json.dumps({"id": f"pku-{i:05d}", "text": line}, ensure_ascii=False) + "\n")
print(f"test-spark: {len(lines)} documents from {sys.argv[1]}", file=sys.stderr)
PY
now() { date +%s.%N; }
a=$(now)
JIEDU_DATA=$data "$bin" annotate - --input jsonl --format jsonl --jobs 2 <"$tmp/docs.jsonl" >"$tmp/single.jsonl" 2>/dev/null
b=$(now)
"$py" scripts/spark_annotate.py --jiedu "$bin" --data "$data" --input "$tmp/docs.jsonl" \
  --output "$tmp/spark.jsonl" --master 'local[2]' --partitions 4 >"$tmp/spark.out" 2>"$tmp/spark.err" \
  || { echo "test-spark: the Spark job failed: $(tail -n 5 "$tmp/spark.err")"; exit 1; }
c=$(now)
JIEDU_DATA=$data parallel --pipe --keep-order -N 500 -j 2 \
  "$bin" annotate - --input jsonl --format jsonl --jobs 1 <"$tmp/docs.jsonl" >"$tmp/parallel.jsonl" 2>/dev/null
d=$(now)
python3 - "$tmp/docs.jsonl" "$tmp/single.jsonl" "$tmp/spark.jsonl" "$tmp/parallel.jsonl" <<'PY'
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1], encoding="utf-8")]
def load(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by_id = {}
    for r in rows:
        assert "error" not in r, f"{path}: {r.get('id')}: {r['error']}"
        assert r["id"] not in by_id, f"{path}: {r['id']} came back twice"
        by_id[r["id"]] = r
    assert sorted(by_id) == sorted(ids), f"{path}: {len(set(ids) - set(by_id))} ids missing"
    return by_id
single = load(sys.argv[2])
for name, path in (("spark", sys.argv[3]), ("parallel", sys.argv[4])):
    other = load(path)
    different = [i for i in ids if other[i] != single[i]]
    assert not different, f"{name}: {len(different)} documents differ from the single process, first {different[0]}"
    print(f"test-spark: {name}: {len(other)} documents, every id once, equal to the single-process output")
PY
single=$(python3 -c "print(round($b-$a,1))"); spark=$(python3 -c "print(round($c-$b,1))"); par=$(python3 -c "print(round($d-$c,1))")
chars=$(python3 -c "import sys; print(sum(len(l.strip()) for l in open(sys.argv[1], encoding='utf-8')))" "$corpus")
{
  echo "PKU test text as $(wc -l <"$tmp/docs.jsonl") JSONL documents ($chars characters), default pipeline, $(nproc) cores, $(date -u +%F)"
  echo "one process (--jobs 2):                    ${single} s"
  echo "PySpark $("$py" -c 'import pyspark; print(pyspark.__version__)') local[2], 4 partitions, RDD.pipe: ${spark} s (JVM start included)"
  echo "GNU parallel --pipe -N 500 -j 2:           ${par} s"
} | tee docs/bench-spark.txt
