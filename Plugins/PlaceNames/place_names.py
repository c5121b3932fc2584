#!/usr/bin/env python3
"""Example external Jiedu stage: marks place names from a list.

Protocol (jiedu-stage/1): the document JSON arrives on stdin; write
{"annotations": [...], "diagnostics": [...]} on stdout. Offsets count Unicode
code points inside a block's text, end exclusive -- the same as Python str indices.

Usage in config.yaml:
  - id: external
    options:
      command: [python3, Plugins/PlaceNames/place_names.py, Plugins/PlaceNames/places.tsv]
"""
import json
import sys

SUPPORTED = "jiedu-stage/1"


def load_places(path):
    places = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                print(f"{path}:{number}: expected 'name<TAB>English'", file=sys.stderr)
                continue
            places[parts[0]] = parts[1]
    return places


def find(text, places):
    """Longest-leftmost matches of place names in text."""
    longest = max((len(p) for p in places), default=0)
    i = 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 0, -1):
            name = text[i:i + length]
            if name in places:
                yield i, i + length, name
                i += length
                break
        else:
            i += 1


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/places.tsv"
    places = load_places(path)
    document = json.load(sys.stdin)
    version = document.get("protocol")
    if version != SUPPORTED:
        print(f"protocol {version!r} is not {SUPPORTED!r}", file=sys.stderr)
        sys.exit(2)
    annotations = []
    for block in document["blocks"]:
        for start, end, name in find(block["text"], places):
            annotations.append({
                "type": "place", "block": block["id"], "start": start, "end": end,
                "text": name, "rendering": places[name],
            })
    diagnostics = []
    if not annotations:
        diagnostics.append({"level": "info", "stage": "place-names", "message": "no place names found"})
    print(f"marked {len(annotations)} place names", file=sys.stderr)
    json.dump({"annotations": annotations, "diagnostics": diagnostics}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
