# tend — build, run and test. Every target installs what is missing first.
SWIFT ?= swift
VAULT ?= sample-vault
BIN := .build/release/tend
# Extra flags for release builds (the static Swift runtime where the toolchain has it; see the script).
RELEASE_FLAGS = $(shell SWIFT=$(SWIFT) bash scripts/release-flags.sh)
DEBUG_BIN := .build/debug/tend
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Where make install puts tend (bin/, share/man/, share/*completion*/); DESTDIR stages it elsewhere.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: deps build release run test fuzz bench clean manual install uninstall deb check-install

# libcmark and PCRE2 come from the system (Debian: libcmark-dev, libpcre2-dev); install each when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark || { \
	  echo "Installing libcmark-dev (the CommonMark parser tend reads Markdown with)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; }
	@# PCRE2 (Debian: libpcre2-dev) matches `tend grep --regex` with its JIT.
	@pkg-config --exists libpcre2-8 || { \
	  echo "Installing libpcre2-dev (the regular expression engine tend grep --regex uses)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpcre2-dev pkg-config; }
	@# mimalloc makes tend faster; without it tend still builds, with the system allocator.
	@ls /usr/lib/*/libmimalloc.so /usr/lib/libmimalloc.so /usr/local/lib/libmimalloc.so 2>/dev/null | grep -q . || { \
	  echo "Installing libmimalloc-dev (a faster memory allocator for tend)…"; \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libmimalloc-dev; } \
	    || echo "Could not install libmimalloc-dev; tend will use the system allocator."; }
	@# make check-install renders every man page with man -l.
	@command -v man >/dev/null && command -v groff >/dev/null || { \
	  echo "Installing man-db and groff-base (to check tend's man pages)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq man-db groff-base; }

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
	@$(MAKE) --no-print-directory check-install

# Installs the debug build into a temporary DESTDIR and checks it (see the script); part of make test.
check-install: build
	SWIFT=$(SWIFT) TEND_BIN=$(DEBUG_BIN) bash scripts/check-install.sh

# tend's man pages, from its commands' definitions (swift-argument-parser's generate-manual plugin).
manual: deps
	SWIFT=$(SWIFT) bash scripts/manual.sh

# The release binary, its man pages and completions under $(DESTDIR)$(PREFIX); the list of what
# was installed is kept in $(PREFIX)/share/tend/installed-files for make uninstall.
install: release manual
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" TEND_BIN=$(BIN) bash scripts/install.sh install

uninstall:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" bash scripts/install.sh uninstall

# A Debian package of the release build in .build/deb/ (install it with: sudo dpkg -i .build/deb/tend_*.deb).
deb: release manual
	TEND_BIN=$(BIN) bash scripts/deb.sh

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
