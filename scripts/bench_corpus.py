#!/usr/bin/env python3
"""Corpus throughput, memory and JSON size, side by side with jieba 0.42.1 in the same run (issue 16),
and linear time of every stage and renderer on 0.3, 3 and 30 MB (issue 17, item 8).

Writes docs/bench-corpus.md (assembled into BENCH.md). The text is the PKU+MSR raw test text twice,
as /work/shared/checks/performance builds it; jieba cuts the same lines in-process.

Usage: bench_corpus.py --jiedu .build/release/jiedu [--sizes 0.3,3,30] [--long-line MB]
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(ROOT, "..", "shared", "corpora", "icwb2")
if not os.path.isdir(CORPORA):
    CORPORA = "/work/shared/corpora/icwb2"


def venv_python():
    out = subprocess.run([os.path.join(ROOT, "..", "shared", "checks", "lib", "pyenv.sh")],
                         capture_output=True, text=True)
    path = out.stdout.strip()
    if out.returncode == 0 and os.path.exists(path):
        return path
    v = os.path.expanduser("~/.cache/jiedu/bench-jieba")
    if not os.path.exists(os.path.join(v, "bin", "python")):
        subprocess.run([sys.executable, "-m", "venv", v], check=True)
        subprocess.run([os.path.join(v, "bin", "pip"), "install", "-q", "jieba==0.42.1"], check=True)
    return os.path.join(v, "bin", "python")


def timed(cmd, stdin=None, env=None):
    """Wall seconds and peak RSS (MB) of a command, through /usr/bin/time."""
    rss_file = tempfile.mktemp()
    start = time.time()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
        r = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, stdin=inp,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.time() - start
    rss = int(open(rss_file).read().split()[-1]) / 1024
    os.unlink(rss_file)
    return wall, rss, r


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jiedu", required=True)
    p.add_argument("--sizes", default="0.3,3,30")
    p.add_argument("--long-line", type=float, default=30.0, help="MB of one line without punctuation (0: skip)")
    a = p.parse_args()
    jiedu = os.path.abspath(a.jiedu)
    py = venv_python()
    tmp = tempfile.mkdtemp()
    text = ""
    for _ in range(2):
        for name in ("pku_test.utf8", "msr_test.utf8"):
            text += "".join(l.replace("\r", "") + "\n" for l in open(os.path.join(CORPORA, name), encoding="utf-8").read().split("\n"))
    big = os.path.join(tmp, "big.txt")
    open(big, "w", encoding="utf-8").write(text)
    chars = len(text)
    lines = text.split("\n")
    files = os.path.join(tmp, "files")
    os.makedirs(files)
    k = (len(lines) + 399) // 400
    for i in range(400):
        open(os.path.join(files, f"f{i:03d}.txt"), "w", encoding="utf-8").write("\n".join(lines[i * k:(i + 1) * k]) + "\n")
    load = os.getloadavg()[0]
    rows = []

    jt = float(subprocess.run([py, "-c", (
        "import sys, time, jieba\njieba.setLogLevel(60); jieba.initialize()\n"
        "lines = open(sys.argv[1], encoding='utf-8').read().splitlines()\n"
        "t = time.time(); [jieba.lcut(l) for l in lines]; print(time.time() - t)"), big],
        capture_output=True, text=True).stdout.strip())
    rows.append(("jieba 0.42.1 `lcut`, in-process, every line", jt, None, None))

    out = os.path.join(tmp, "big.json")
    wall, rss, _ = timed([jiedu, "annotate", big, "--format", "json", "-o", out])
    json_bytes = os.path.getsize(out)
    rows.append(("jiedu, one process, default pipeline → JSON", wall, rss, json_bytes))
    compact = os.path.join(tmp, "compact.json")
    cwall, crss, _ = timed([jiedu, "annotate", big, "--format", "json", "--tokens", "compact", "-o", compact])
    rows.append(("… with `--tokens compact`", cwall, crss, os.path.getsize(compact)))
    outs = os.path.join(tmp, "outs")
    bwall, brss, _ = timed([jiedu, "annotate", files, "--out", outs, "--format", "json", "--jobs", "2"])
    rows.append(("jiedu, the same text as 400 files, `--jobs 2`", bwall, brss, None))

    seed = sorted(f for f in os.listdir(os.path.join(ROOT, "seeds")) if f.endswith(".txt"))[0]
    seed = os.path.join(ROOT, "seeds", seed)
    ours = min(timed([jiedu, "annotate", seed, "--format", "json", "-o", os.path.join(tmp, "s.json")])[0] for _ in range(3))
    theirs = min(timed([py, os.path.join(ROOT, "..", "shared", "checks", "lib", "jieba_cold.py"), seed])[0] for _ in range(3))

    md = [
        "# Corpus scale",
        "",
        f"Measured {datetime.date.today()} with `scripts/bench_corpus.py --jiedu {a.jiedu}` (`make bench`), "
        f"{os.cpu_count()} cores, load average {load:.1f} at the start (the machine is shared: figures carry noise; "
        "jieba and jiedu run back to back in the same run). Text: the PKU+MSR raw test text twice "
        f"({chars:,} characters, as `/work/shared/checks/performance` builds it).",
        "",
        "| run | wall s | characters/s | vs jieba's segmentation | peak RSS MB | JSON bytes/char |",
        "|---|---|---|---|---|---|",
    ]
    for name, secs, mem, size in rows:
        md.append(f"| {name} | {secs:.2f} | {chars / secs / 1e6:.2f}M | {jt / secs:.2f}× | "
                  f"{'' if mem is None else f'{mem:.0f}'} | {'' if size is None else f'{size / chars:.1f}'} |")
    md += ["", f"400 files with `--jobs 2`: {400 / bwall:.1f} files/s. Cold start on the seed "
           f"(`annotate seed --format json`, best of 3): jiedu {ours:.2f} s, jieba loading and cutting it "
           f"{theirs:.2f} s ({theirs / ours:.1f}×).", ""]

    # Linear time: per-stage and per-renderer timings on growing text (punctuated: the corpus text repeated).
    md += ["## Linear time (issue 17, item 8)", "",
           "Stage times from `annotate -v`; renderer time is the wall time of `--format X` minus the JSON run's "
           "pipeline part is not separable, so each renderer's whole run is shown. Exponent: log(t₂/t₁)/log(n₂/n₁) "
           "between the two largest sizes (1.0 is linear).", "",
           "| MB | ingest+segment ms | glossary ms | abbreviations ms | gloss ms | json s | html s | md s | tsv s |",
           "|---|---|---|---|---|---|---|---|---|"]
    sizes = [float(s) for s in a.sizes.split(",") if s]
    series = []
    raw = text.encode("utf-8")
    for mb in sizes:
        n = int(mb * 1e6)
        data = (raw * (n // len(raw) + 1))[:n]
        data = data[:data.rfind(b"\n") + 1] if b"\n" in data else data
        path = os.path.join(tmp, f"lin-{mb}.txt")
        open(path, "wb").write(data)
        stage = {}
        r = subprocess.run([jiedu, "annotate", path, "--format", "json", "-o", os.path.join(tmp, "lin.json"), "-v"],
                           capture_output=True, text=True, timeout=3600)
        for line in r.stderr.splitlines():
            m = re.search(r"ingested .* in (\d+) ms", line)
            if m: stage["ingest"] = int(m.group(1))
            m = re.search(r"stage '(\w+)': .* in (\d+) ms", line)
            if m: stage[m.group(1)] = int(m.group(2))
        walls = {}
        for fmt in ("json", "html", "md", "tsv"):
            walls[fmt] = timed([jiedu, "annotate", path, "--format", fmt, "-o", os.path.join(tmp, "lin." + fmt)])[0]
        series.append((mb, stage, walls))
        md.append(f"| {mb} | {stage.get('ingest', '')} | {stage.get('glossary', '')} | {stage.get('abbreviations', '')} | "
                  f"{stage.get('gloss', '')} | {walls['json']:.1f} | {walls['html']:.1f} | {walls['md']:.1f} | {walls['tsv']:.1f} |")
    if len(series) >= 2:
        import math
        (m1, s1, w1), (m2, s2, w2) = series[-2], series[-1]
        exps = []
        for key in ("ingest", "glossary", "abbreviations", "gloss"):
            if s1.get(key) and s2.get(key):
                exps.append(f"{key} {math.log(s2[key] / s1[key]) / math.log(m2 / m1):.2f}")
        for fmt in ("json", "html", "md", "tsv"):
            exps.append(f"{fmt} {math.log(w2[fmt] / w1[fmt]) / math.log(m2 / m1):.2f}")
        md += ["", f"Exponents {m1} → {m2} MB: " + ", ".join(exps) + ".", ""]
    if a.long_line > 0:
        han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
        n = int(a.long_line * 1e6 / 3)
        line = (han * (n // len(han) + 1))[:n]
        path = os.path.join(tmp, "line.txt")
        open(path, "w", encoding="utf-8").write(line + "\n")
        try:
            wall, rss, r = timed(["timeout", "600", jiedu, "annotate", path, "--format", "json", "-o", os.path.join(tmp, "line.json")])
            md += [f"One line of {a.long_line:.0f} MB without punctuation, default config, JSON: {wall:.1f} s, "
                   f"peak RSS {rss:.0f} MB (exit {r.returncode}).", ""]
        except Exception as e:  # noqa
            md += [f"One line of {a.long_line:.0f} MB: failed ({e}).", ""]
    open(os.path.join(ROOT, "docs", "bench-corpus.md"), "w", encoding="utf-8").write("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
