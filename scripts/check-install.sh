#!/usr/bin/env bash
# make check-install (part of make test) — installs tend into a temporary DESTDIR the way
# make install does, but with the debug build (a release build would take minutes), and
# checks what a person would use:
#   - the installed binary's --version (this tree's version, libcmark's and SQLite's), the
#     version an archive of this tree would build with (VERSION's), and
#     `review` on a copy of sample-vault, which must print what the build tree's tend prints;
#   - a man page for tend and for each subcommand, each rendered by `man -l` without a warning
#     (groff's warnings on);
#   - the completions: bash -n accepts the bash one, and it offers the subcommands;
#     zsh and fish check theirs when they are installed (fish: it completes a subcommand);
#   - uninstall leaves the temporary tree empty, and in a tree with another program in
#     /usr/local/bin, after installing twice, leaves just that;
#   - the Debian package (skipped, saying so, when dpkg-deb is missing): its files and Depends.
set -euo pipefail
cd "$(dirname "$0")/.."
TEND_BIN=${TEND_BIN:-.build/debug/tend}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
pass() { printf 'check-install: ok   %s\n' "$*"; passes=$((passes + 1)); }
fail() { printf 'check-install: FAIL %s\n' "$*" >&2; failures=$((failures + 1)); }

bash scripts/manual.sh >/dev/null
root=$tmp/root
mkdir "$root"
DESTDIR=$root PREFIX=/usr/local TEND_BIN=$TEND_BIN bash scripts/install.sh install >/dev/null
tend=$root/usr/local/bin/tend
man1=$root/usr/local/share/man/man1

# --version: the version this tree builds, then the libraries tend runs with (as pkg-config
# knows them; any 3.x SQLite where pkg-config has no sqlite3).
version=$("$tend" --version)
expected="tend $(bash scripts/version.sh)
libcmark $(pkg-config --modversion libcmark)
SQLite $(pkg-config --modversion sqlite3 2>/dev/null || sed -n 's/^SQLite \(3\.[0-9.]*\)$/\1/p' <<<"$version")"
if [[ "$version" == "$expected" ]]; then
    pass "--version: $(paste -sd' ' <<<"$version" | sed 's/ libcmark/, libcmark/; s/ SQLite/, SQLite/')"
else
    fail "--version printed '$version'; expected '$expected'"
fi

# Built from an archive (no .git), the version is the VERSION file's.
git archive --format=tar HEAD scripts/version.sh VERSION | tar -x -C "$tmp"
if [[ "$(sh "$tmp/scripts/version.sh")" == "$(tr -d ' \n' <VERSION)" ]]; then
    pass "from an archive, the version is VERSION's ($(cat VERSION))"
else
    fail "from an archive, scripts/version.sh said '$(sh "$tmp/scripts/version.sh")', not VERSION's $(cat VERSION)"
fi
rm -rf "$tmp/scripts" "$tmp/VERSION"

# review: the installed binary needs nothing from the build tree (its templates and lexicon are built in).
cp -R sample-vault "$tmp/vault"
rm -rf "$tmp/vault/.tend/index.sqlite"*
if installed=$(cd / && "$tend" review --vault "$tmp/vault" --week latest 2>&1) \
    && built=$("$TEND_BIN" review --vault "$tmp/vault" --week latest 2>&1) \
    && [[ -n "$installed" && "$installed" == "$built" ]]; then
    pass "review --week latest on sample-vault: $(wc -l <<<"$installed" | tr -d ' ') lines, as the build tree's tend prints"
else
    fail "the installed tend's review differs from the build tree's, or failed: $(head -n 3 <<<"$installed")"
fi

# Man pages: tend.1 and tend.SUBCOMMAND.1 for every subcommand `tend --help` lists.
subcommands=$("$tend" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p')
before=$failures
[[ -n "$subcommands" ]] || fail "tend --help lists no SUBCOMMANDS, so no subcommand's man page was checked"
for name in tend $(sed 's/^/tend./' <<<"$subcommands"); do
    page=$man1/$name.1
    if [[ ! -f "$page" ]]; then fail "no man page $name.1"; continue; fi
    rendered=$(MANWIDTH=80 man --warnings -l "$page" 2>"$tmp/man.err") || true
    if [[ -s "$tmp/man.err" ]] || ! grep -q '^NAME' <<<"$rendered"; then
        fail "man -l $name.1: $(head -n 3 "$tmp/man.err")"
    fi
done
(( failures > before )) || pass "man -l renders $(ls "$man1" | wc -l | tr -d ' ') pages (tend and $(wc -w <<<"$subcommands" | tr -d ' ') subcommands)"

# Completions.
bash_completion=$root/usr/local/share/bash-completion/completions/tend
if bash -n "$bash_completion"; then pass "bash -n accepts the bash completion"; else fail "bash -n rejects $bash_completion"; fi
offered=$(bash -c 'source "$1"; COMP_WORDS=(tend "") COMP_CWORD=1 COMP_LINE="tend " COMP_POINT=5; _tend >/dev/null 2>&1; printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion")
if grep -qx review <<<"$offered" && grep -qx grep <<<"$offered"; then
    pass "bash completes 'tend <TAB>' with the subcommands ($(grep -c . <<<"$offered") words)"
else
    fail "bash completion of 'tend <TAB>' offered: $(paste -sd' ' <<<"$offered")"
fi
if command -v zsh >/dev/null; then
    zsh -n "$root/usr/local/share/zsh/site-functions/_tend" && pass "zsh -n accepts _tend" || fail "zsh -n rejects _tend"
fi
if command -v fish >/dev/null; then
    fish_completion=$root/usr/local/share/fish/vendor_completions.d/tend.fish
    offered=$(HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data fish -c 'source $argv[1]; complete -C "tend re"' "$fish_completion" 2>&1 | cut -f1)
    if HOME=$tmp fish -n "$fish_completion" && grep -qx review <<<"$offered"; then
        pass "fish -n accepts tend.fish, and it completes 'tend re<TAB>' with review"
    else
        fail "fish completion of 'tend re<TAB>' offered: $(paste -sd' ' <<<"$offered")"
    fi
fi

# Uninstall removes every file and folder install made: the tree is empty again.
DESTDIR=$root PREFIX=/usr/local bash scripts/install.sh uninstall >/dev/null
left=$(cd "$root" && find . -mindepth 1)
if [[ -z "$left" ]]; then pass "uninstall leaves the tree empty"; else fail "uninstall left: $(paste -sd' ' <<<"$left")"; fi

# Into a tree that already has /usr/local/bin with another program: installing twice replaces
# the first install, and uninstalling leaves that folder and its program as they were.
mkdir -p "$root/usr/local/bin"
touch "$root/usr/local/bin/other-tool"
for _ in 1 2; do DESTDIR=$root PREFIX=/usr/local TEND_BIN=$TEND_BIN bash scripts/install.sh install >/dev/null 2>&1; done
DESTDIR=$root PREFIX=/usr/local bash scripts/install.sh uninstall >/dev/null
left=$(cd "$root" && find . -mindepth 1 | sort | paste -sd' ')
if [[ "$left" == "./usr ./usr/local ./usr/local/bin ./usr/local/bin/other-tool" ]]; then
    pass "installed twice over another program's folder, uninstall leaves only that folder and program"
else
    fail "installed twice over another program's folder, uninstall left: $left"
fi

# The Debian package (from the debug build: its Swift runtime is not a Debian package, so
# ALLOW_UNPACKAGED; make deb packages the release build, which carries that runtime inside).
if ! command -v dpkg-deb >/dev/null; then
    echo "check-install: skipping the Debian package check: dpkg-deb is missing (it comes with dpkg)"
else
    deb=$(DEB_DIR=$tmp/deb DEB_COMPRESSION=none ALLOW_UNPACKAGED=1 TEND_BIN=$TEND_BIN bash scripts/deb.sh 2>"$tmp/deb.err") \
        || fail "scripts/deb.sh failed: $(cat "$tmp/deb.err")"
    if [[ -f "$deb" ]]; then
        contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
        missing=()
        for path in ./usr/bin/tend ./usr/share/man/man1/tend.1.gz ./usr/share/man/man1/tend.review.1.gz \
            ./usr/share/bash-completion/completions/tend ./usr/share/zsh/site-functions/_tend \
            ./usr/share/fish/vendor_completions.d/tend.fish; do
            grep -qx -- "$path" <<<"$contents" || missing+=("$path")
        done
        depends=$(dpkg-deb -f "$deb" Depends)
        if (( ${#missing[@]} )); then
            fail "the package lacks ${missing[*]}"
        elif ! grep -q 'libcmark' <<<"$depends"; then
            fail "the package's Depends has no libcmark: $depends"
        else
            pass "dpkg-deb -c $(basename "$deb"): $(grep -c . <<<"$contents") entries; Depends: $depends"
        fi
    fi
fi

# The plain closing line a CI reads: checks passed and failed.
echo "check-install: $passes passed, $failures failed"
if (( failures )); then
    exit 1
fi
