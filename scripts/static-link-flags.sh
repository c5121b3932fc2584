#!/usr/bin/env bash
# Prints the swift build flags that link Swift's runtime and Foundation into the release binary
# (--static-swift-stdlib), or nothing when this machine cannot link them (the build is then dynamic,
# as before, and slower: BENCH.md, session 16).
#
# Static FoundationNetworking asks the linker for -lcurl, a name only libcurl's development package
# provides. The runtime library every Swift toolchain on Linux already loads (libcurl.so.4, the one
# the dynamic Foundation links) is the same library, so without the development package a folder of
# the build's own holds a libcurl.so that points at it.
#
# Usage: scripts/static-link-flags.sh SCRATCH_DIR
set -u
scratch=${1:?usage: static-link-flags.sh SCRATCH_DIR}
swift_bin=$(command -v swift) || exit 0
toolchain=$(cd "$(dirname "$(readlink -f "$swift_bin")")/.." && pwd)
[ -d "$toolchain/lib/swift_static/linux" ] || exit 0

triple=$(gcc -dumpmachine 2>/dev/null || echo "$(uname -m)-linux-gnu")
for dir in "/usr/lib/$triple" "/lib/$triple" /usr/lib64 /usr/lib /lib; do
  if [ -e "$dir/libcurl.so" ]; then
    echo "--static-swift-stdlib"
    exit 0
  fi
done
runtime=""
for dir in "/usr/lib/$triple" "/lib/$triple" /usr/lib64 /usr/lib /lib; do
  if [ -e "$dir/libcurl.so.4" ]; then runtime="$dir/libcurl.so.4"; break; fi
done
if [ -z "$runtime" ]; then
  runtime=$( (ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null) |
    awk '$1 == "libcurl.so.4" { print $NF; exit }')
fi
[ -n "$runtime" ] && [ -e "$runtime" ] || exit 0

link_dir="$(mkdir -p "$scratch" && cd "$scratch" && pwd)/static-link"
mkdir -p "$link_dir"
ln -sfn "$runtime" "$link_dir/libcurl.so"
echo "--static-swift-stdlib -Xlinker -L$link_dir"
