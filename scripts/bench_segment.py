#!/usr/bin/env python3
"""Segmentation benchmark: jiedu vs jieba 0.42.1 on the SIGHAN 2005 (icwb2) PKU and MSR test sets.

Measures, for both tools in the same run:
  * F1 (bakeoff style: word spans over the whole file, so line breaks do not matter),
  * throughput in characters per second over the same text,
  * cold start (process start to the first output line for a one-line input, median of several runs).

Builds nothing: it runs an existing `jiedu` binary (default .build/release/jiedu; `make bench` builds it).
jieba==0.42.1 is installed into a private folder (.build/bench-python) on first use.
The corpora are only read from their shared location; nothing is copied and no word list is loaded.

Usage: scripts/bench_segment.py [--jiedu PATH] [--corpora DIR] [--runs N] [--no-write]
"""

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = ["pku", "msr"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jiedu", default=os.path.join(ROOT, ".build", "release", "jiedu"),
                        help="the jiedu binary (default: .build/release/jiedu)")
    parser.add_argument("--corpora", default=os.path.join(os.path.dirname(ROOT), "shared", "corpora", "icwb2"),
                        help="folder with pku_test.utf8, pku_test_gold.utf8, msr_test.utf8, msr_test_gold.utf8")
    parser.add_argument("--python-target", default=os.path.join(ROOT, ".build", "bench-python"),
                        help="where jieba==0.42.1 is installed (pip --target)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool and corpus (the best is reported: the machine may be shared)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="throughput is timed over the test file repeated this many times")
    parser.add_argument("--cold-runs", type=int, default=7, help="cold-start runs (median is reported)")
    parser.add_argument("--long-line-mb", type=int, default=30,
                        help="size of the one-line stress input in MB (0 to skip)")
    parser.add_argument("--no-write", action="store_true", help="print the table only; do not write the doc")
    parser.add_argument("--output", default=os.path.join(ROOT, "docs", "bench-segmentation.md"))
    return parser.parse_args()


# ---------------------------------------------------------------- scoring

def word_spans(lines):
    """Word spans (start, end) over the concatenated non-space text of segmented lines, and that text."""
    spans = set()
    text = []
    offset = 0
    for line in lines:
        for word in line.split():
            spans.add((offset, offset + len(word)))
            offset += len(word)
            text.append(word)
    return spans, "".join(text)


def score(gold_lines, test_lines):
    """Precision, recall and F1 of word spans; raises if the two texts differ."""
    gold, gold_text = word_spans(gold_lines)
    test, test_text = word_spans(test_lines)
    if gold_text != test_text:
        at = next((i for i, (a, b) in enumerate(zip(gold_text, test_text)) if a != b),
                  min(len(gold_text), len(test_text)))
        raise SystemExit(f"segmented text differs from the gold text at character {at}: "
                         f"gold {gold_text[at:at + 20]!r}, output {test_text[at:at + 20]!r}")
    correct = len(gold & test)
    precision = correct / len(test) if test else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read().splitlines()


# ---------------------------------------------------------------- jieba

JIEBA_RUNNER = r"""
import sys, time, json
import jieba
jieba.setLogLevel(60)
jieba.initialize()
path, runs, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, encoding="utf-8", newline="") as f:
    lines = f.read().splitlines()
out = [" ".join(w for w in jieba.cut(line) if not w.isspace()) for line in lines]
times = []
for _ in range(runs):
    start = time.perf_counter()
    for line in lines * repeat:
        for word in jieba.cut(line):
            pass
    times.append(time.perf_counter() - start)
sys.stdout.write("\n".join(out) + "\n")
sys.stderr.write(json.dumps(times) + "\n")
"""

JIEBA_COLD = r"""
import sys
import jieba
jieba.setLogLevel(60)
print(" ".join(jieba.cut("一")), flush=True)
"""


def ensure_jieba(target):
    env = dict(os.environ, PYTHONPATH=target)
    probe = subprocess.run([sys.executable, "-c", "import jieba; print(jieba.__version__)"],
                           env=env, capture_output=True, text=True)
    if probe.returncode == 0 and probe.stdout.strip() == "0.42.1":
        return env
    print(f"installing jieba==0.42.1 into {target}", file=sys.stderr)
    local = os.path.join(ROOT, "data", "downloads", "jieba-0.42.1.tar.gz")
    source = local if os.path.exists(local) else "jieba==0.42.1"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", target, source], check=True)
    return env


def run_jieba(env, path, runs, repeat):
    """jieba's output for the file and the best time of `runs` to cut the file `repeat` times."""
    result = subprocess.run([sys.executable, "-c", JIEBA_RUNNER, path, str(runs), str(repeat)], env=env,
                            capture_output=True, text=True, check=True)
    times = [float(t) for t in result.stderr.strip().splitlines()[-1].strip("[]").split(",")]
    return result.stdout.splitlines(), min(times)


# ---------------------------------------------------------------- jiedu

def run_jiedu(binary, path, runs, repeat):
    """jiedu's output for the file and the best wall time of `runs` of `jiedu segment` over the file repeated."""
    with open(path, "rb") as handle:
        data = handle.read()

    def segment(payload):
        result = subprocess.run([binary, "segment"], input=payload, capture_output=True, cwd=ROOT)
        if result.returncode != 0:
            raise SystemExit(f"jiedu segment failed: {result.stderr.decode(errors='replace').strip()}")
        return result.stdout

    output = segment(data)
    repeated = data if data.endswith(b"\n") else data + b"\n"
    repeated *= repeat
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        segment(repeated)
        times.append(time.perf_counter() - start)
    return output.decode("utf-8").splitlines(), min(times)


def cold_start(command, runs, env=None):
    """Median seconds from process start to the first output line for a one-line input."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        process.stdin.write("一\n".encode("utf-8"))
        process.stdin.close()
        process.stdout.readline()
        times.append(time.perf_counter() - start)
        process.stdout.read()
        process.wait()
    return statistics.median(times)


LONG_LINE_RUNNER = r"""
import resource, subprocess, sys, time, json
binary, path, cwd = sys.argv[1], sys.argv[2], sys.argv[3]
with open(path, "rb") as f:
    start = time.perf_counter()
    result = subprocess.run([binary, "segment"], stdin=f, capture_output=True, cwd=cwd)
    seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
out = result.stdout.decode("utf-8")
print(json.dumps({"rc": result.returncode, "seconds": seconds, "peak_kb": peak,
                  "lines": out.count("\n"), "chars": len(out.replace(" ", "").replace("\n", "")),
                  "words": len(out.split())}))
"""


def long_line(binary, corpus, megabytes):
    """Segments one line of `megabytes` MB of Han text without punctuation (from the corpus, repeated)."""
    import json
    import tempfile
    with open(corpus, encoding="utf-8") as handle:
        han = "".join(ch for ch in handle.read() if "\u4e00" <= ch <= "\u9fff")
    unit = han.encode("utf-8")
    count = megabytes * 1_000_000 // len(unit) + 1
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as handle:
        for _ in range(count):
            handle.write(unit)
        handle.write(b"\n")
        path = handle.name
    try:
        chars = len(han) * count
        result = subprocess.run([sys.executable, "-c", LONG_LINE_RUNNER, binary, path, ROOT],
                                capture_output=True, text=True, check=True)
        stats = json.loads(result.stdout)
    finally:
        os.unlink(path)
    ok = stats["rc"] == 0 and stats["lines"] == 1 and stats["chars"] == chars
    return (f"One line of {len(unit) * count / 1e6:.0f} MB ({chars / 1e6:.1f}M Han characters, no punctuation): "
            f"{stats['seconds']:.1f} s, {chars / stats['seconds'] / 1e6:.2f}M chars/s, peak RSS "
            f"{stats['peak_kb'] / 1024:.0f} MB, {stats['words']} words, output "
            f"{'one line covering the input' if ok else 'WRONG (line count or characters differ)'}.")


# ---------------------------------------------------------------- report

def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor() or model
    load = ", load average {:.1f} at the start".format(os.getloadavg()[0]) if hasattr(os, "getloadavg") else ""
    return f"{os.cpu_count()} cores (nproc), {model}, {platform.system()} {platform.release()}{load}"


def main():
    args = parse_args()
    started_on = machine()
    if not os.path.exists(args.jiedu):
        raise SystemExit(f"no jiedu binary at {args.jiedu}: build it first (swift build -c release)")
    env = ensure_jieba(args.python_target)
    rows = []
    for name in CORPORA:
        raw = os.path.join(args.corpora, f"{name}_test.utf8")
        gold = read_lines(os.path.join(args.corpora, f"{name}_test_gold.utf8"))
        chars = sum(len("".join(line.split())) for line in read_lines(raw))
        jieba_lines, jieba_seconds = run_jieba(env, raw, args.runs, args.repeat)
        jiedu_lines, jiedu_seconds = run_jiedu(args.jiedu, raw, args.runs, args.repeat)
        if len(jiedu_lines) != len(read_lines(raw)):
            raise SystemExit(f"jiedu wrote {len(jiedu_lines)} lines for {len(read_lines(raw))} input lines")
        rows.append((name, chars * args.repeat, score(gold, jieba_lines), jieba_seconds, score(gold, jiedu_lines), jiedu_seconds))
        print(f"{name}: done", file=sys.stderr)
    jiedu_cold = cold_start([args.jiedu, "segment"], args.cold_runs)
    long_line_report = ""
    if args.long_line_mb > 0:
        long_line_report = long_line(args.jiedu, os.path.join(args.corpora, "pku_test.utf8"), args.long_line_mb)
    jieba_cold = cold_start([sys.executable, "-c", JIEBA_COLD], max(3, args.cold_runs // 2), env)

    lines = ["| corpus | tool | P | R | F1 | chars/s | speed vs jieba |", "|---|---|---|---|---|---|---|"]
    for name, chars, jieba_score, jieba_seconds, jiedu_score, jiedu_seconds in rows:
        jieba_speed = chars / jieba_seconds
        warm = max(jiedu_seconds - jiedu_cold, 1e-9)
        jiedu_speed = chars / warm
        lines.append(f"| {name.upper()} | jieba 0.42.1 | {jieba_score[0]:.4f} | {jieba_score[1]:.4f} | "
                     f"{jieba_score[2]:.4f} | {jieba_speed / 1e6:.2f}M | 1× |")
        lines.append(f"| {name.upper()} | jiedu | {jiedu_score[0]:.4f} | {jiedu_score[1]:.4f} | "
                     f"{jiedu_score[2]:.4f} | {jiedu_speed / 1e6:.2f}M ({chars / jiedu_seconds / 1e6:.2f}M with start-up) | "
                     f"{jiedu_speed / jieba_speed:.1f}× |")
        lines.append(f"| {name.upper()} | Δ F1 | | | {jiedu_score[2] - jieba_score[2]:+.4f} | | |")
    lines.append("")
    lines.append(f"Cold start (process start to first output line, one-line input, median): "
                 f"jiedu {jiedu_cold * 1000:.0f} ms, jieba {jieba_cold * 1000:.0f} ms.")
    if long_line_report:
        lines.append("")
        lines.append(long_line_report)
    table = "\n".join(lines)
    print(table)
    if args.no_write:
        return
    command = " ".join(["scripts/bench_segment.py"] + sys.argv[1:])
    document = f"""# Segmentation benchmark

Measured {datetime.date.today().isoformat()} with `{command}` (the script `make bench` runs after
`swift build -c release`) on {started_on}.

Corpora: SIGHAN 2005 (icwb2) PKU and MSR test sets, scored against their gold standards as word spans over
the whole file (bakeoff style); read from `{os.path.relpath(args.corpora, ROOT)}`, never copied, no word list
loaded. jieba 0.42.1 runs in default mode (HMM on) in the same run; its chars/s is in-process time of `cut`
over every line. jiedu's chars/s is the wall time of `jiedu segment < file` minus its cold start (the figure
with start-up included is in brackets). Throughput is timed over the test file repeated {args.repeat} times,
the best of {args.runs} runs per tool (the same for both; the machine is shared, so the
least disturbed run is the fairest figure); cold start is the median of {args.cold_runs} runs.

{table}

## What the segmenter does

- Lexicon: jieba 0.42.1's dict.txt (frequencies as given), CC-CEDICT headwords (simplified and traditional;
  a headword jieba lacks counts as frequency 3, jieba's rarest), user lexicons, and the whole words stages
  offer (cut out first, leftmost-longest). Compiled into a breadth-first trie (16-byte nodes, a direct table
  for the first character, a hash for two-character prefixes) and cached on disk (`data/cache`), keyed by
  each source's path, size and date (and content hash for files under 512 KB); the cache file is mapped
  and used in place, so start-up reads only the pages it touches.
- Path: jieba's maximum-probability path over the word DAG, in windows of 4096 characters (linear time,
  bounded working memory for any line).
- Rules: runs of digits/Latin letters (half- or full-width) with . : / + between digit groups, a following
  % or date unit (年 月 日 号) or count unit (时 分 秒 岁 条 版 届 期, unless it starts a longer word such as
  分钟), Chinese numeral runs (二○○○年, 三十一日), ordinals (第十二), repeated dashes (——, ……).
- Unknown runs: jieba's HMM over runs of single characters, but a word it proposes is kept only when one
  of its characters is unknown or rare as a word of its own (rarer than 1000 in jieba's counts); frequent
  single-character words (的, 在, 了 …) are never glued to neighbours.

Development note: the design choices were made on principle, not by searching parameters on these test
sets; two ablations were looked at once on them (jieba's unrestricted HMM: F1 about 0.015 lower on both;
without CC-CEDICT: about 0.002 higher, kept anyway because the issue asks for CC-CEDICT headwords: they
bring traditional-script forms and vocabulary jieba lacks). No training word list is read.
"""
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(document)
    print(f"wrote {os.path.relpath(args.output, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
