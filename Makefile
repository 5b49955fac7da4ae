# tend — build, run and test. Every target installs what is missing first.
SWIFT ?= swift
VAULT ?= sample-vault
BIN := .build/release/tend
# Extra flags for release builds (the static Swift runtime where the toolchain has it; see the script).
RELEASE_FLAGS = $(shell SWIFT=$(SWIFT) bash scripts/release-flags.sh)
DEBUG_BIN := .build/debug/tend
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release run test fuzz bench clean

# libcmark comes from the system (Debian: libcmark-dev); install it when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark || { \
	  echo "Installing libcmark-dev (the CommonMark parser tend reads Markdown with)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; }
	@# mimalloc makes tend faster; without it tend still builds, with the system allocator.
	@ls /usr/lib/*/libmimalloc.so /usr/lib/libmimalloc.so /usr/local/lib/libmimalloc.so 2>/dev/null | grep -q . || { \
	  echo "Installing libmimalloc-dev (a faster memory allocator for tend)…"; \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libmimalloc-dev; } \
	    || echo "Could not install libmimalloc-dev; tend will use the system allocator."; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product tend $(RELEASE_FLAGS)

# The main job on the sample vault: the weekly integration review of its latest week.
run: release
	@$(BIN) review --vault $(VAULT) --week latest

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The fuzz test of `make test`, run longer and with a new seed: FUZZ_SECONDS (default 600) and
# FUZZ_SEED (default random). It prints its seed first, so any failure can be replayed.
fuzz: deps
	$(SWIFT) build --build-tests
	FUZZ_SECONDS=$${FUZZ_SECONDS:-600} FUZZ_SEED=$${FUZZ_SEED:-$$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')} \
	  $(SWIFT) test --skip-build --filter FuzzTests

bench: deps
	bash scripts/bench.sh

clean:
	rm -rf .build .bench
