#!/usr/bin/env bash
# The index's own figures on a generated 10,000-entry vault (release build): full rebuild
# against the cmark CLI, no-change and one-changed-file syncs, grep against ripgrep, peak
# memory. main's scripts/bench.sh (make bench) has rows for rebuild, no change and grep; the
# one-changed-file row is the one to add there:
#   bench_row "index (one file changed)" "$TEND index --vault $V" "" 150ms   # with a --prepare that appends a line
# Run: bash scripts/bench-index.sh   (ENTRIES=1000 for a quick look)
# Needs hyperfine, cmark, rg and GNU time; prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${ENTRIES:-10000}
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-.bench/vault-$ENTRIES}
swift build -c release --product tend >/dev/null
swift build -c release --product tend-vaultgen >/dev/null
TEND=$PWD/.build/release/tend
[ -d "$DIR" ] || .build/release/tend-vaultgen "$DIR" --entries "$ENTRIES" >/dev/null
export TEND_INDEX=$PWD/.bench/index-$ENTRIES.sqlite
WORD=${WORD:-lanternfish}
ONE=$(find "$DIR" -name '*.md' | sort | sed -n 1p)

mean() { # hyperfine mean in ms of a command (R runs, W warm-up runs; defaults RUNS and 1)
  local json; json=$(mktemp)
  hyperfine -N --style none --runs "${R:-$RUNS}" --warmup "${W:-1}" "$@" --export-json "$json" >/dev/null 2>&1
  python3 -c "import json,sys; print('%.0f' % (json.load(open(sys.argv[1]))['results'][0]['mean']*1000))" "$json"
  rm -f "$json"
}

cmark_ms=$(R=3 mean "bash -c \"find '$DIR' -name '*.md' -print0 | xargs -0 cmark >/dev/null\"")
# A full rebuild is long: one run gives both its time and its peak memory.
stats=$(mktemp)
/usr/bin/time -f '%e %M' -o "$stats" "$TEND" index --rebuild --vault "$DIR" >/dev/null 2>&1
rebuild_ms=$(awk '{printf "%.0f", $1 * 1000}' "$stats")
rss_kb=$(awk '{print $2}' "$stats")
rm -f "$stats"
nochange_ms=$(mean "$TEND index --vault $DIR")
# One changed file: the prepare step appends a line (outside the timing); the index reads only it.
cp "$ONE" "$ONE.bench-orig"
onechange_ms=$(mean --prepare "bash -c \"echo 'bench line' >> '$ONE'\"" "$TEND index --vault $DIR")
mv "$ONE.bench-orig" "$ONE"
$TEND index --vault "$DIR" >/dev/null 2>&1
rg_ms=$(mean "rg -n $WORD $DIR")
grep_ms=$(mean "$TEND grep $WORD --vault $DIR")
ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1])/float(sys.argv[2])))" "$1" "$2"; }
echo
echo "| $ENTRIES entries (release, mean of $RUNS) | measured | target | |"
echo "|---|---|---|---|"
echo "| cmark CLI over the same files | ${cmark_ms} ms | | |"
echo "| tend index --rebuild | ${rebuild_ms} ms | ≤ 2× cmark | $(ratio "$rebuild_ms" "$cmark_ms")× |"
echo "| tend index, nothing changed | ${nochange_ms} ms | ≤ 100 ms | |"
echo "| tend index, one file changed | ${onechange_ms} ms | ≤ 150 ms | |"
echo "| rg -n $WORD | ${rg_ms} ms | | |"
echo "| tend grep $WORD | ${grep_ms} ms | ≤ 1.0× rg | $(ratio "$grep_ms" "$rg_ms")× |"
echo "| peak memory, tend index --rebuild | $((rss_kb / 1024)) MB | ≤ 150 MB | |"
