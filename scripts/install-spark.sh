#!/usr/bin/env bash
# Installs what `make test-spark` and docs/corpus.md need: Java 17 (Debian's openjdk-17-jre-headless,
# when no `java` is found), GNU parallel (Debian's `parallel`) and PySpark from PyPI in a virtualenv
# cached under ~/.cache/jiedu/spark-venv (the wheel is about 300 MB: downloaded once).
# Prints the virtualenv's python. Idempotent and quiet.
# Usage: scripts/install-spark.sh
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/jiedu"
venv="$cache/spark-venv"
PYSPARK_VERSION="${PYSPARK_VERSION:-4.3.0}"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v parallel >/dev/null 2>&1 || missing+=(parallel)
if [[ ${#missing[@]} -gt 0 ]]; then
  SUDO=()
  [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  echo "install-spark: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || { "${SUDO[@]}" apt-get update -qq >/dev/null 2>&1 && "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
  mkdir -p "$cache"
  python3 -m venv "$venv" >/dev/null
  echo "install-spark: installing pyspark $PYSPARK_VERSION into $venv (about 300 MB, once)" >&2
  "$venv/bin/pip" install -q "pyspark==$PYSPARK_VERSION" >&2
fi
echo "$venv/bin/python"
