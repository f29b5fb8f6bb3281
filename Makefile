# Thin wrapper around CMake. The two commands that matter: `make run` and `make test`.
# Both install missing Debian packages first (contrib/deps.sh).
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
ARGS       ?=
DEB_DIR    ?= build-deb
CMAKE_ARGS ?=

.PHONY: all build run test check test-asan fuzz fuzz-smoke deps deps-test deb node-deps gen-ca import-ca-linux \
	remove-ca-linux import-ca-macos fmt fmt-check clean train train-check train-build

all: build

deps:
	@bash contrib/deps.sh build

deps-test:
	@bash contrib/deps.sh test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/hush $(ARGS)

# Node packages for the integration tests (real SDK clients, the mock AI upstream), pinned by the lock.
node-deps:
	@if [ -f tests/package.json ]; then \
	  if [ ! -f tests/node_modules/.package-lock.json ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then \
	    npm ci --prefix tests --no-audit --no-fund --loglevel=error; \
	  fi; \
	fi

# `make test` is what CI runs (.ci/run): the suite on the normal build, the same suite under
# ASan + UBSan + LeakSanitizer, then a short libFuzzer pass over every target. `make check` is the
# first step alone, for a quick loop while developing.
test: check
	@$(MAKE) --no-print-directory test-asan
	@$(MAKE) --no-print-directory fuzz-smoke

check: deps-test build node-deps
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps-test node-deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DHUSH_SANITIZE=ON $(CMAKE_ARGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

# The learnt PERSON model (anonymize/names_learn.c). Its features depend on which runs the rules
# turn down, so a change to the rules changes what it learns: `make train` retrains
# anonymize/data/person_model.txt on the Release build (then build again to compile it in);
# `make train-check` retrains into a scratch file and fails unless it is the committed one, byte
# for byte. About two minutes on two cores.
TRAIN_BUILD ?= build-perf
train-build:
	cmake -S . -B $(TRAIN_BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS) >/dev/null
	cmake --build $(TRAIN_BUILD) -j $(JOBS) --target bench_train_person

train: train-build
	contrib/bench/accuracy/train_person.sh $(TRAIN_BUILD)

train-check: train-build
	OUT=$(TRAIN_BUILD)/person_model.check.txt contrib/bench/accuracy/train_person.sh $(TRAIN_BUILD)
	cmp $(TRAIN_BUILD)/person_model.check.txt anonymize/data/person_model.txt

# libFuzzer targets (clang): each runs FUZZ_SECONDS (default 300); findings fail the run.
FUZZ_SECONDS ?= 300
fuzz: deps-test
	bash tests/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke: deps-test
	bash tests/fuzz/run.sh --smoke

# The Debian package hush_<version>_<arch>.deb in $(DEB_DIR), built with dpkg-buildpackage from
# debian/ and checked with lintian (contrib/make-deb.sh; rebuilds are incremental).
deb:
	@bash contrib/deps.sh deb
	JOBS=$(JOBS) bash contrib/make-deb.sh $(DEB_DIR)

gen-ca: build
	./$(BUILD)/hush gen-ca $(ARGS)

import-ca-linux:
	@bash contrib/trust/import-ca-linux.sh $(or $(CA),ca-cert.pem)

remove-ca-linux:
	@bash contrib/trust/remove-ca-linux.sh

import-ca-macos:
	@bash contrib/trust/import-ca-macos.sh $(or $(CA),ca-cert.pem)

# Generated tables (anonymize/names_lexicon.c) are left as their generator writes them.
FMT_FILES = $$(git ls-files '*.c' '*.h' ':!anonymize/names_lexicon.c' ':!anonymize/names_script2_ru.c')

fmt:
	clang-format -i $(FMT_FILES)

fmt-check:
	clang-format --dry-run --Werror $(FMT_FILES)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz $(DEB_DIR)
