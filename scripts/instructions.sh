#!/usr/bin/env bash
# scripts/instructions.sh — how many instructions `tend check` spends per entry, counted by
# valgrind's callgrind. Wall time on a shared machine drifts by a third from minute to minute;
# an instruction count does not, so two builds compare exactly.
#
#   bash scripts/instructions.sh BINARY...      e.g. .build/release/tend /tmp/previous-round/tend
#
# Each binary reads 100 and then 1,000 entries of the bench vault (.bench/vault-10000, which
# `make bench` generates); the difference over the 900 entries between is the cost per entry,
# with start-up (settings, lexicon, runtime) left out. Debug information is stripped from a
# copy first: valgrind cannot read the static Swift runtime's. Needs valgrind.
set -euo pipefail

die() { echo "instructions: error: $*" >&2; exit 2; }
(( $# > 0 )) || die "name at least one tend binary (see the top of this script)"
command -v valgrind >/dev/null || die "valgrind is not installed (Debian: apt-get install valgrind)"
source_vault=.bench/vault-10000
[[ -d "$source_vault" ]] || die "$source_vault is missing; make bench generates it"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# every 10th file for 1,000 entries, every 100th for 100 (the same kinds of entries, spread over the years)
pick() {
    local every=$1 into=$2
    mkdir -p "$into/.tend"
    (cd "$source_vault" && find . -name '*.md' -not -path './.tend/*' | sort | awk -v n="$every" 'NR % n == 0') |
        while IFS= read -r f; do mkdir -p "$into/$(dirname "$f")"; cp "$source_vault/$f" "$into/$f"; done
}
pick 10 "$work/v1000"
pick 100 "$work/v100"

count() {   # count BINARY VAULT — instructions of one `tend check`
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" check --vault "$2" 2>&1 >/dev/null |
        awk '/Collected/ {print $4}'
}

printf '%-40s %14s %14s %12s\n' binary "100 entries" "1,000 entries" "per entry"
first=""
for binary in "$@"; do
    [[ -x "$binary" ]] || die "$binary is not an executable"
    copy="$work/tend-$(basename "$(dirname "$binary")")-$RANDOM"
    strip --strip-debug -o "$copy" "$binary"
    small=$(count "$copy" "$work/v100")
    large=$(count "$copy" "$work/v1000")
    per=$(( (large - small) / 900 ))
    [[ -n "$first" ]] || first=$per
    printf '%-40s %14d %14d %12d   %s\n' "$binary" "$small" "$large" "$per" \
        "$(awk -v a="$per" -v b="$first" 'BEGIN {printf "%.3f× the first", a / b}')"
done
