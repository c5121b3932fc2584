#!/usr/bin/env python3
"""Assembles BENCH.md from the figures the benchmark scripts wrote into docs/bench-*."""
import datetime
import os
import platform

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def read(name):
    path = os.path.join(ROOT, "docs", name)
    if not os.path.exists(path):
        return f"_not measured yet: run `make bench` (missing docs/{name})_\n"
    text = open(path, encoding="utf-8").read()
    return text


parts = [
    "# Benchmarks\n",
    f"Assembled {datetime.datetime.now():%Y-%m-%d %H:%M} by `make bench` (`scripts/assemble_bench.py`) on "
    f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu_model()}. "
    "Each section below names its own command; the machine is shared with other work, so timings carry noise.\n",
    "## Word segmentation (issue 3)\n",
    read("bench-segmentation.md").split("\n", 1)[1],
    "## Polyphone accuracy (issue 4)\n",
    read("bench-polyphone.md").split("\n", 1)[1],
    "## Readings and senses in context (issue 13)\n",
    read("bench-context.md").split("\n", 1)[1],
    "Before issue 13's changes (main at afbd701, the same fixtures and scorer, measured 2026-12-01): "
    "polyphones in context 0.8929, first gloss fits 0.7054, bare multi-character Han tokens 0.1739 "
    "(PKU 0.1713, MSR 0.1764). The fixtures are hand-written (sentences composed for the project and a "
    "few from the seed); the CPP split and the SIGHAN gold were never used to write rules or tables.\n",
    "## Glossary: coverage and a 100,000-entry glossary (issue 5)\n",
    "Command: `scripts/bench_glossary.sh .build/release/jiedu` (best of 3 runs, wall time).\n\n```\n"
    + read("bench-glossary.txt") + "```\n",
    "## Translation (issue 12)\n",
    read("bench-translation.md").split("\n", 1)[1],
    "## Corpus scale (issue 16)\n",
    read("bench-corpus.md").split("\n", 1)[1],
    "## Beyond one machine: Spark and GNU parallel (issue 16)\n",
    "Command: `make test-spark` (`scripts/test-spark.sh .build/release/jiedu`).\n\n```\n"
    + read("bench-spark.txt") + "```\n",
]
with open(os.path.join(ROOT, "BENCH.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(parts))
print("wrote BENCH.md")
