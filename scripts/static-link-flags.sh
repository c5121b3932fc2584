#!/usr/bin/env bash
# Prints the swift build flags that link Swift's runtime and Foundation into the release binary
# (--static-swift-stdlib), or nothing when this machine cannot link them (the build is then dynamic,
# as before, and slower: BENCH.md, session 16).
#
# Static Foundation asks the linker for -lcurl (FoundationNetworking) and -lxml2 (FoundationXML),
# names only the libraries' development packages provide. The runtime libraries (libcurl.so.4,
# libxml2.so.2: the ones the dynamic Foundation loads, so every Swift toolchain on Linux has them)
# are the same libraries, so where a development name is missing a folder of the build's own holds
# one that points at the runtime library. Without a runtime library the build stays dynamic.
#
# Usage: scripts/static-link-flags.sh SCRATCH_DIR
set -u
scratch=${1:?usage: static-link-flags.sh SCRATCH_DIR}
swift_bin=$(command -v swift) || exit 0
toolchain=$(cd "$(dirname "$(readlink -f "$swift_bin")")/.." && pwd)
[ -d "$toolchain/lib/swift_static/linux" ] || exit 0

triple=$(gcc -dumpmachine 2>/dev/null || echo "$(uname -m)-linux-gnu")
dirs=("/usr/lib/$triple" "/lib/$triple" /usr/lib64 /usr/lib /lib)

# The path of a library file `name` in the system's folders (or ldconfig's cache), or nothing.
find_library() {
  local name=$1 dir
  for dir in "${dirs[@]}"; do
    if [ -e "$dir/$name" ]; then echo "$dir/$name"; return; fi
  done
  (ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null) | awk -v n="$name" '$1 == n { print $NF; exit }'
}

link_dir=""
for pair in curl:libcurl.so.4 xml2:libxml2.so.2; do
  lib=${pair%%:*}
  runtime_name=${pair#*:}
  [ -n "$(find_library "lib$lib.so")" ] && continue
  runtime=$(find_library "$runtime_name")
  [ -n "$runtime" ] && [ -e "$runtime" ] || exit 0
  if [ -z "$link_dir" ]; then
    link_dir="$(mkdir -p "$scratch" && cd "$scratch" && pwd)/static-link"
    mkdir -p "$link_dir"
  fi
  ln -sfn "$runtime" "$link_dir/lib$lib.so"
done
if [ -n "$link_dir" ]; then
  echo "--static-swift-stdlib -Xlinker -L$link_dir"
else
  echo "--static-swift-stdlib"
fi
