#!/usr/bin/env python3
"""Readings and senses in context (issue 13), measured through the jiedu binary.

1. Polyphones in prose: Tests/GlossTests/Fixtures/polyphones-in-context.tsv (sentence with the character
   marked U+2581 either side, numbered reading), all sentences through one `jiedu pinyin --style numbers`.
2. Senses: Tests/GlossTests/Fixtures/senses-in-context.tsv (sentence with the word marked, acceptable
   senses separated by |); all sentences as paragraphs of one document through `jiedu annotate --format
   json`; a case is right when the marked token's glosses[0] contains one acceptable sense (case-insensitive,
   on word boundaries).
3. Bare words: multi-character Han tokens without glosses over the PKU and MSR raw test text
   (../shared/corpora/icwb2/*_test.utf8; read in place; the gold files are never read).

Writes docs/bench-context.md unless --no-write. Exit status 1 when a floor is missed (--check).
Usage: python3 scripts/bench_context.py [--jiedu PATH] [--no-write] [--check]
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "GlossTests", "Fixtures")
MARK = "\u2581"
FLOORS = {"polyphones": 0.97, "senses": 0.90, "bare": 0.02}


def is_han(ch):
    c = ord(ch)
    return (0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF or 0x20000 <= c <= 0x2A6DF
            or 0x2A700 <= c <= 0x2EBEF or 0x30000 <= c <= 0x3134F or 0xF900 <= c <= 0xFAFF or c == 0x3007)


def rows(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            marked, answer = line.split("\t")
            before, target, _ = marked.split(MARK)
            yield marked.replace(MARK, ""), before, target, answer


def normalise(syllable):
    s = syllable.strip().lower().replace("ü", "u:").replace("v", "u:")
    if s and not s[-1].isdigit():
        s += "5"
    return s


def polyphones(jiedu):
    items = list(rows("polyphones-in-context.tsv"))
    text = "\n".join(plain for plain, _, _, _ in items) + "\n"
    out = subprocess.run([jiedu, "pinyin", "--style", "numbers"], input=text.encode(), capture_output=True,
                         check=True, cwd=ROOT).stdout.decode().split("\n")
    wrong = []
    per_char = {}
    for (plain, before, target, gold), line in zip(items, out):
        syllables = [re.sub(r"[^a-zü:1-5]", "", piece.lower()) for piece in line.split()]
        syllables = [s for s in syllables if s]
        position = sum(1 for ch in before if is_han(ch))
        got = normalise(syllables[position]) if position < len(syllables) else "?"
        ok = got == normalise(gold)
        total, right = per_char.get(target, (0, 0))
        per_char[target] = (total + 1, right + (1 if ok else 0))
        if not ok:
            wrong.append(f"{before}[{target}]{plain[len(before) + len(target):]} want {gold} got {got}")
    right = len(items) - len(wrong)
    return right, len(items), wrong, per_char


def annotate(jiedu, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        done = subprocess.run([jiedu, "annotate", path, "--format", "json"], capture_output=True, check=True,
                              cwd=ROOT)
    finally:
        os.unlink(path)
    return json.loads(done.stdout.decode())


def accepts(gloss, answers):
    gloss = gloss.lower()
    for answer in answers.split("|"):
        a = answer.strip().lower()
        if re.search(r"(?<![a-z])" + re.escape(a) + r"(?![a-z])", gloss):
            return True
    return False


def senses(jiedu):
    items = list(rows("senses-in-context.tsv"))
    document = annotate(jiedu, "\n\n".join(plain for plain, _, _, _ in items) + "\n")
    blocks = {}
    for block in document["blocks"]:
        blocks.setdefault(block["text"], []).append(block)
    wrong = []
    for plain, before, word, answers in items:
        block = blocks.get(plain, [None])[0]
        start = len(before)
        token = None
        end = start + len(word)
        if block:
            for sentence in block["sentences"]:
                for t in sentence["tokens"]:
                    # The token the reader sees: the word itself, or the word the segmenter made around it.
                    if t["start"] <= start and t["end"] >= end:
                        token = t
        first = (token.get("glosses") or ["(none)"])[0] if token else "(split by the segmenter)"
        if not accepts(first, answers):
            shown = f" in {token['text']}" if token and token["text"] != word else ""
            wrong.append(f"{before}[{word}]{shown}… want {answers} got {first!r}")
    return len(items) - len(wrong), len(items), wrong


def bare(jiedu, corpus):
    counts = {}
    examples = {}
    for name in ("pku_test.utf8", "msr_test.utf8"):
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            text = "\n\n".join(line.strip() for line in f if line.strip())
        document = annotate(jiedu, text + "\n")
        total = missing = 0
        for block in document["blocks"]:
            for sentence in block["sentences"]:
                for t in sentence["tokens"]:
                    han = sum(1 for ch in t["text"] if is_han(ch))
                    if han < 2 or han != len(t["text"]):
                        continue
                    total += 1
                    if not t.get("glosses"):
                        missing += 1
                        examples[t["text"]] = examples.get(t["text"], 0) + 1
        counts[name] = (missing, total)
    return counts, sorted(examples.items(), key=lambda kv: -kv[1])[:30]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jiedu", default=os.path.join(ROOT, ".build", "release", "jiedu"))
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpora", "icwb2"))
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    p_right, p_total, p_wrong, per_char = polyphones(args.jiedu)
    s_right, s_total, s_wrong = senses(args.jiedu)
    counts, examples = bare(args.jiedu, args.corpus)
    missing = sum(m for m, _ in counts.values())
    tokens = sum(t for _, t in counts.values())
    figures = {"polyphones": p_right / p_total, "senses": s_right / s_total, "bare": missing / max(tokens, 1)}
    lines = [
        "# Readings and senses in context (issue 13)\n",
        "Written by `scripts/bench_context.py` (`make bench`); do not edit by hand.\n",
        f"- Date: {datetime.datetime.now():%Y-%m-%d %H:%M}",
        f"- Command: `python3 scripts/bench_context.py --jiedu {os.path.relpath(args.jiedu, ROOT)}`",
        f"- Machine: {platform.system()} {platform.release()} {platform.machine()}, {os.cpu_count()} cores",
        "- Polyphones: hand-written sentences (Tests/GlossTests/Fixtures/polyphones-in-context.tsv) through "
        "`jiedu pinyin --style numbers`; senses: Tests/GlossTests/Fixtures/senses-in-context.tsv through "
        "`jiedu annotate --format json` (one document), glosses[0] scored; bare words: multi-character Han "
        "tokens without glosses in `jiedu annotate` of the PKU and MSR raw test text (gold never read).\n",
        "| measure | cases | figure | floor |",
        "| --- | ---: | ---: | ---: |",
        f"| polyphones in context (accuracy) | {p_total} | {figures['polyphones']:.4f} | ≥ 0.97 |",
        f"| first gloss fits the sentence | {s_total} | {figures['senses']:.4f} | ≥ 0.90 |",
    ]
    for name, (m, t) in counts.items():
        lines.append(f"| bare multi-character Han tokens, {name} | {t} | {m / max(t, 1):.4f} | |")
    lines.append(f"| bare multi-character Han tokens, PKU + MSR | {tokens} | {figures['bare']:.4f} | ≤ 0.02 |")
    lines.append("")
    chars = ", ".join(f"{c} {r}/{t}" for c, (t, r) in sorted(per_char.items(), key=lambda kv: kv[0]))
    lines.append(f"Polyphones by character: {chars}.\n")
    report = "\n".join(lines)
    print(report)
    shown = None if args.verbose else 40
    print("polyphone misses:", *p_wrong[:shown], sep="\n  ")
    print("sense misses:", *s_wrong[:shown], sep="\n  ")
    print("commonest bare words:", ", ".join(f"{w} {n}" for w, n in examples))
    if not args.no_write:
        with open(os.path.join(ROOT, "docs", "bench-context.md"), "w", encoding="utf-8") as f:
            f.write(report)
    if args.check:
        ok = (figures["polyphones"] >= FLOORS["polyphones"] and figures["senses"] >= FLOORS["senses"]
              and figures["bare"] <= FLOORS["bare"])
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
