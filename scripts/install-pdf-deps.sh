#!/usr/bin/env bash
# Installs what `jiedu annotate --format pdf` and the PDF tests need, from Debian's archive:
#   chromium        headless browser engine that prints the HTML handout to PDF
#   fonts-noto-cjk  a CJK font for Chinese text and pinyin (embedded in the PDF)
#   poppler-utils   pdftotext, pdffonts and pdfinfo, used by the tests to check a real PDF
#   chromium-driver chromedriver, through which the Selenium test clicks the interactive page
# Idempotent (installs only what is missing), quiet and non-interactive; runs as root (as in CI)
# or through sudo when available.
# Usage: scripts/install-pdf-deps.sh
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "ok installed" || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-pdf-deps: need root to install: ${missing[*]} (run: apt-get install ${missing[*]})" >&2
  exit 1
fi

echo "install-pdf-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >/dev/null
# debconf's "delaying package configuration" notice is noise in CI logs; real errors still show.
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  2> >(grep -v '^debconf: ' >&2)
