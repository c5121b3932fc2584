#!/usr/bin/env bash
# A cached Python virtualenv with the tools the end-to-end tests drive, from PyPI:
#   anki      26.9.3   Anki's own library: the test imports the --format apkg deck with it
#   selenium  4.51.0   drives Debian's chromedriver (scripts/install-pdf-deps.sh) on the HTML page
# Prints the venv's python. Idempotent; the venv lives in ${XDG_CACHE_HOME:-~/.cache}/jiedu/pyvenv.
# Usage: scripts/install-py-tools.sh
set -euo pipefail
venv="${XDG_CACHE_HOME:-$HOME/.cache}/jiedu/pyvenv"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import anki, selenium' 2>/dev/null; then
  echo "install-py-tools: installing anki and selenium into $venv" >&2
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q "anki==26.9.3" "selenium==4.51.0" >&2
fi
echo "$venv/bin/python"
