#!/usr/bin/env python3
"""Counts of the shipped knowledge base: entries by file and by status, and the share of official
and established entries that give a source (the schema requires 100 %).

Reads the flat YAML shape of the glossary and formula files line by line (no YAML library needed):
a top-level list of `- term:` mappings with one-line scalar values.

Usage: scripts/knowledge_counts.py [ROOT]   (ROOT: a checkout; default: this one)
"""
import os
import sys

STATUSES = ["official", "established", "descriptive", "(none)"]


def entries(path):
    """The entries of a file as dicts of raw scalar strings."""
    result = []
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.rstrip("\n")
            if not stripped.strip() or stripped.lstrip().startswith("#"):
                continue
            if stripped.startswith("- "):
                current = {}
                result.append(current)
                stripped = "  " + stripped[2:]
            if current is None or not stripped.startswith("  ") or ":" not in stripped:
                continue
            key, _, value = stripped.strip().partition(":")
            value = value.strip()
            if value.startswith('"') and value.endswith('"') and len(value) >= 2:
                value = value[1:-1]
            current[key] = value
    return result


def files(root):
    glossary = os.path.join(root, "Plugins/Glossary/Resources/glossary")
    for folder, _, names in sorted(os.walk(glossary)):
        for name in sorted(names):
            if name.endswith(".yaml"):
                path = os.path.join(folder, name)
                yield "glossary/" + os.path.relpath(path, glossary), path
    formulas = os.path.join(root, "Plugins/Abbreviations/Resources")
    for name in sorted(os.listdir(formulas)):
        if name.startswith("formulas") and name.endswith(".yaml"):
            yield name, os.path.join(formulas, name)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    totals = {s: 0 for s in STATUSES}
    sourced = needing = 0
    print(f"{'file':40} {'entries':>7} " + " ".join(f"{s:>11}" for s in STATUSES))
    for name, path in files(root):
        counts = {s: 0 for s in STATUSES}
        rows = entries(path)
        for e in rows:
            status = e.get("status", "") or "(none)"
            counts[status if status in counts else "(none)"] += 1
            if status in ("official", "established"):
                needing += 1
                if e.get("source", "").strip():
                    sourced += 1
        for s in STATUSES:
            totals[s] += counts[s]
        print(f"{name:40} {len(rows):>7} " + " ".join(f"{counts[s]:>11}" for s in STATUSES))
    total = sum(totals.values())
    print(f"{'total':40} {total:>7} " + " ".join(f"{totals[s]:>11}" for s in STATUSES))
    share = 100.0 * sourced / needing if needing else 100.0
    print(f"official/established with a source: {sourced}/{needing} ({share:.1f} %)")


if __name__ == "__main__":
    main()
