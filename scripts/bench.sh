#!/usr/bin/env bash
# make bench — tend against command-line baselines on generated vaults.
#
# Builds release binaries, generates deterministic vaults under .bench/ (1,000 and 10,000
# entries; 100,000 too with BENCH_LARGE=1), then times each tend command and its baseline
# side by side in one hyperfine run, and prints the medians, the ratio, the target, the
# peak memory of the tend command, and how every figure grows with the vault.
#
# Environment (all optional):
#   BENCH_LARGE=1        also run on 100,000 entries (about 400 MB)
#   BENCH_SIZES="1000"   the vault sizes to run, instead of 1000 10000 (quick checks)
#   BENCH_RUNS=5         timed runs per command (after one warm-up run)
#   BENCH_PAIRS=5        tend and its baseline run one after the other this many times more;
#                        the median ratio of these pairs is the verdict (0: hyperfine's ratio)
#   BENCH_SEED=42        seed for tend-vaultgen
#   BENCH_WORD=zephyrine word for the grep row (planted in about 1 % of the entries)
#   BENCH_SKIP_BUILD=1   use the binaries already in .build/release
#   BENCH_ONLY=REGEX     run only the rows whose name matches this (grep -E), e.g. 'grep|export'
#   TEND_BIN=path        time this tend binary instead of .build/release/tend
#   VAULTGEN_BIN=path    generate with this tend-vaultgen instead of .build/release/tend-vaultgen
#
# It only ever writes under .bench/ and never touches sample-vault/.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=.bench
LOG_DIR=$BENCH_DIR/logs
TEND=${TEND_BIN:-.build/release/tend}
GEN=${VAULTGEN_BIN:-.build/release/tend-vaultgen}
SEED=${BENCH_SEED:-42}
RUNS=${BENCH_RUNS:-5}
PAIRS=${BENCH_PAIRS:-5}
WORD=${BENCH_WORD:-zephyrine}
SIZES=(1000 10000)
if [[ "${BENCH_LARGE:-0}" == 1 ]]; then SIZES+=(100000); fi
if [[ -n "${BENCH_SIZES:-}" ]]; then read -r -a SIZES <<<"$BENCH_SIZES"; fi
for n in "${SIZES[@]}"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench: error: bad size '$n' in BENCH_SIZES" >&2; exit 2; }; done
[[ "$PAIRS" =~ ^[0-9]+$ ]] || { echo "bench: error: BENCH_PAIRS should be a count like 5, not '$PAIRS'" >&2; exit 2; }

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 2; }

# ── tools ────────────────────────────────────────────────────────────────────────────────
SUDO=""
if [[ "$(id -u)" != 0 ]]; then SUDO="sudo -n"; fi   # -n: fail instead of asking for a password
APT_UPDATED=0

# need CHECK PACKAGE — CHECK is a command name or an absolute path.
need() {
    local check=$1 pkg=$2
    if [[ "$check" == /* ]]; then [[ -x "$check" ]] && return 0
    else command -v "$check" >/dev/null 2>&1 && return 0; fi
    command -v apt-get >/dev/null 2>&1 || die "$check is missing and there is no apt-get; install '$pkg' and run again"
    say "installing $pkg (for $check)…"
    if [[ $APT_UPDATED == 0 ]]; then
        $SUDO apt-get update -qq || die "apt-get update failed"
        APT_UPDATED=1
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null \
        || die "could not install $pkg"
    if [[ "$check" == /* ]]; then [[ -x "$check" ]]; else command -v "$check" >/dev/null 2>&1; fi \
        || die "installing $pkg did not provide $check"
}

need cmark cmark
need rg ripgrep
need sqlite3 sqlite3
need hyperfine hyperfine
need /usr/bin/time time

# ── build ────────────────────────────────────────────────────────────────────────────────
# One product per call: `swift build --product a --product b` silently builds only b.
# Both with the same flags as `make release`, so that neither build undoes the other's.
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    read -r -a release_flags <<< "$(bash "$(dirname "$0")/release-flags.sh")"
    say "building tend-vaultgen (release)…"
    swift build -c release --product tend-vaultgen "${release_flags[@]}" >&2 || die "swift build --product tend-vaultgen failed"
    say "building tend (release)…"
    swift build -c release --product tend "${release_flags[@]}" >&2 || die "swift build --product tend failed"
fi
[[ -x "$GEN" ]] || die "$GEN is missing (build it with: swift build -c release --product tend-vaultgen \$(bash scripts/release-flags.sh))"
[[ -x "$TEND" ]] || die "$TEND is missing (build it with: make release)"
# Package.swift links mimalloc when it is installed, but SwiftPM may keep an evaluation of the
# manifest made before it was: then every figure is the system allocator's. Say so.
# (No `grep -q` in these pipes: it stops reading early, and under pipefail the writer's SIGPIPE
# fails the test.)
mimalloc_installed=0
for lib in /usr/lib/*/libmimalloc.so /usr/lib/libmimalloc.so /usr/local/lib/libmimalloc.so; do
    if [[ -e "$lib" ]]; then mimalloc_installed=1; fi
done
if [[ $mimalloc_installed == 1 ]] && command -v readelf >/dev/null && ! readelf -d "$TEND" | grep -c mimalloc >/dev/null; then
    say "warning: $TEND is not linked with mimalloc, though it is installed (SwiftPM kept an older reading of Package.swift?); rm -rf ~/.cache/org.swift.swiftpm/manifests and build again"
fi

mkdir -p "$LOG_DIR"

# ── vaults ───────────────────────────────────────────────────────────────────────────────
count_md() { find "$1" -name '*.md' -not -path '*/.tend/*' | wc -l | tr -d ' '; }
size_mb() { find "$1" -name '*.md' -not -path '*/.tend/*' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1048576}'; }

# vault N — prints the path of an N-entry vault, generating it unless one with N files exists.
vault() {
    local n=$1 v="$BENCH_DIR/vault-$1"
    if [[ -d "$v" && "$(count_md "$v")" == "$n" ]]; then
        say "reusing $v ($n files; delete it to regenerate)"
        # A vault generated before tend-vaultgen made .tend/ is still a vault (its index lasts).
        mkdir -p -m 700 "$v/.tend"
    else
        case "$v" in .bench/vault-*) rm -rf -- "$v" ;; *) die "refusing to delete $v" ;; esac
        say "generating $v ($n entries, seed $SEED)…"
        "$GEN" "$v" --entries "$n" --seed "$SEED" >&2 || die "tend-vaultgen failed for $n entries"
    fi
    # A vault keeps its index in .tend/; a plain folder of notes would get a new one at every run.
    mkdir -p -m 700 "$v/.tend"
    printf '%s\n' "$v"
}

# ── measuring ────────────────────────────────────────────────────────────────────────────
# medians_ms JSON — one median in ms per command of a hyperfine export, in command order.
medians_ms() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%.1f" % (1000 * (r.get("median") or r["mean"])))' "$1"
    elif command -v jq >/dev/null 2>&1; then
        jq -r '.results[] | (.median // .mean) * 1000' "$1" | awk '{printf "%.1f\n", $1}'
    else
        grep -o '"median": *[0-9.eE+-]*' "$1" | awk -F: '{printf "%.1f\n", $2 * 1000}'
    fi
}

declare -A SUPPORTED=()
# supports SUBCOMMAND — does this tend binary know the subcommand yet?
# The exit code cannot tell: ArgumentParser answers `tend help NOPE` and `tend NOPE --help`
# with the root help and exit 0. A known subcommand's help has "USAGE: tend SUBCOMMAND ...".
supports() {
    if [[ -z "${SUPPORTED[$1]:-}" ]]; then
        local help
        help=$({ "$TEND" help "$1" 2>&1 || true; "$TEND" "$1" --help 2>&1 || true; })
        if grep -Eiq "usage:[[:space:]]+([^[:space:]]*/)?tend[[:space:]]+$1([[:space:]]|\$)" <<<"$help"; then
            SUPPORTED[$1]=yes
        else
            SUPPORTED[$1]=no
        fi
    fi
    [[ "${SUPPORTED[$1]}" == yes ]]
}

declare -A RES=()   # "N|row|tend" "N|row|base" "N|row|rss" "N|row|note" "N|row|target"
ROWS=()             # row names, in order of first appearance
N=0 V=""            # the current vault size and path, set by the main loop

# bench_row NAME TEND_CMD BASELINE_CMD TARGET [PREPARE]
#   TEND_CMD starts with "$TEND SUBCOMMAND"; the row is skipped when tend lacks SUBCOMMAND.
#   (A reference row runs another tool in tend's place, with TARGET "-"; its RSS is that tool's.)
#   BASELINE_CMD may be "" (tend alone). TARGET: the highest acceptable ratio tend/baseline
#   (e.g. 2.0) when there is a baseline, else a time such as 500ms, or "-" for none.
#   The tend command runs once first under /usr/bin/time for its peak memory (and exit code),
#   then both run in one hyperfine call (--warmup 1 --runs $RUNS). PREPARE, when given, runs
#   before every timed run (hyperfine --prepare), e.g. to change one file.
bench_row() {
    local name=$1 tend_cmd=$2 base_cmd=$3 target=$4 prepare=${5:-}
    local prep=()
    if [[ -n "$prepare" ]]; then prep=(--prepare "$prepare"); fi
    local key="$N|$name" slug sub rc rss ignore=() names=()
    if [[ -n "${BENCH_ONLY:-}" ]] && ! grep -Eq -- "$BENCH_ONLY" <<<"$name"; then return 0; fi
    local seen=0 r
    for r in "${ROWS[@]+"${ROWS[@]}"}"; do [[ "$r" == "$name" ]] && seen=1; done
    [[ $seen == 1 ]] || ROWS+=("$name")
    RES[$key|target]=$target
    slug=$(printf '%s' "$N-$name" | tr -c 'A-Za-z0-9._-' '_')
    read -r _ sub _ <<<"$tend_cmd"

    # A reference row times another tool in tend's place (its target is "-").
    if [[ "$tend_cmd" == "$TEND "* ]] && ! supports "$sub"; then
        RES[$key|note]="skipped: tend has no '$sub' subcommand yet"
        say "$N entries · $name: ${RES[$key|note]}"
        return 0
    fi

    say "$N entries · $name…"
    rc=0
    /usr/bin/time -f %M -o "$LOG_DIR/$slug.rss" bash -c "exec $tend_cmd" >/dev/null 2>"$LOG_DIR/$slug.err" || rc=$?
    rss=$(tail -n 1 "$LOG_DIR/$slug.rss" 2>/dev/null || true)
    if [[ "$rss" =~ ^[0-9]+$ ]]; then RES[$key|rss]=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}'); fi
    if (( rc >= 126 )); then
        unset "RES[$key|rss]"
        RES[$key|note]="FAILED: '$tend_cmd' exited $rc (see $LOG_DIR/$slug.err)"
        say "${RES[$key|note]}"
        return 0
    elif (( rc != 0 )); then
        RES[$key|note]="tend exits $rc here (see $LOG_DIR/$slug.err)"
        ignore=(--ignore-failure)
    fi

    names=(-n tend "$tend_cmd")
    if [[ -n "$base_cmd" ]]; then names+=(-n baseline "$base_cmd"); fi
    if ! hyperfine --warmup 1 --runs "$RUNS" --style basic "${ignore[@]+"${ignore[@]}"}" "${prep[@]+"${prep[@]}"}" \
            --export-json "$LOG_DIR/$slug.json" "${names[@]}" >"$LOG_DIR/$slug.hyperfine" 2>&1; then
        RES[$key|note]="FAILED: hyperfine failed (see $LOG_DIR/$slug.hyperfine)"
        say "${RES[$key|note]}"
        return 0
    fi
    local ms
    mapfile -t ms < <(medians_ms "$LOG_DIR/$slug.json")
    RES[$key|tend]=${ms[0]:-}
    if [[ -n "$base_cmd" ]]; then
        RES[$key|base]=${ms[1]:-}
        if (( PAIRS > 0 )); then RES[$key|paired]=$(paired_ratio "$tend_cmd" "$base_cmd" "$prepare"); fi
    fi
    return 0
}

# paired_ratio TEND_CMD BASELINE_CMD PREPARE — the median of PAIRS ratios, each of one tend run
# and the baseline run right after it. hyperfine times all of tend's runs and then all of
# the baseline's; on a shared machine whose speed drifts within seconds, that moves the
# ratio by a fifth either way, while a pair sees the same machine.
paired_ratio() {
    local tend_cmd=$1 base_cmd=$2 prepare=$3 i t0 t1 t1b t2
    for ((i = 0; i < PAIRS; i++)); do
        if [[ -n "$prepare" ]]; then bash -c "$prepare" >/dev/null 2>&1; fi
        t0=$(date +%s%N); bash -c "$tend_cmd" >/dev/null 2>&1; t1=$(date +%s%N)
        if [[ -n "$prepare" ]]; then bash -c "$prepare" >/dev/null 2>&1; fi
        t1b=$(date +%s%N); bash -c "$base_cmd" >/dev/null 2>&1; t2=$(date +%s%N)
        echo "$(( t1 - t0 )) $(( t2 - t1b ))"
    done | awk '$2 > 0 {print $1 / $2}' | sort -g \
        | awk '{a[NR] = $1} END {if (NR == 0) exit; printf "%.2f\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# ── the rows ─────────────────────────────────────────────────────────────────────────────
# Add a row here; the tables pick it up. $TEND, $V, $N and $WORD are set for each vault.
run_rows() {
    # Targets are the issues' own: parse and index ≤ 2× cmark on 2 cores; a sync with no change
    # ≤ 100 ms and with one changed file ≤ 150 ms; grep ≤ 1.0× rg; review, plan and the session
    # views ≤ 200 ms.
    local one
    one=$(find "$V" -name '*.md' | sort | sed -n 1p)
    # The baseline of the parse, index and FTS5 rows: libcmark's own CLI over every file, on 2 cores.
    local cmark_all="find $V -name '*.md' -print0 | xargs -0 -n 200 -P 2 cmark > /dev/null"
    # a. the parser and the extraction over every file, against libcmark's own CLI on 2 cores
    bench_row "parse + extract (check)" \
        "$TEND check --vault $V" \
        "$cmark_all" \
        2.0
    # the index: a full rebuild (its peak memory is the RSS column; target ≤ 150 MB)
    bench_row "index --rebuild" \
        "$TEND index --rebuild --vault $V" \
        "$cmark_all" \
        2.0
    # For reference, not a target: the floor under any full index with FTS5. The sqlite3 tool
    # reads the same files into an FTS5 table with tend's tokenizer and journal settings, in
    # one statement: no Markdown parsed, no other table, no other index.
    local floor=$BENCH_DIR/fts5-floor.sqlite
    local fts5_load="sqlite3 $floor \"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2'); INSERT INTO t(body) SELECT CAST(data AS TEXT) FROM fsdir('$V') WHERE name LIKE '%.md';\" > /dev/null"
    rm -f "$floor" "$floor-wal" "$floor-shm"
    bench_row "ref: FTS5 load alone" \
        "$fts5_load" \
        "$cmark_all" \
        - \
        "rm -f $floor $floor-wal $floor-shm"
    # Issue 17's target for the rebuild: ≤ 1.25× that FTS5 load, tend and sqlite3 side by side
    # (the load reads whole files, 41.7 MB on 10,000 entries; tend's full-text index holds the
    # bodies without front matter, 40.4 MB, in the entry table the load's own content table matches).
    bench_row "index --rebuild vs FTS5" \
        "$TEND index --rebuild --vault $V" \
        "$fts5_load" \
        1.25 \
        "rm -f $floor $floor-wal $floor-shm"
    rm -f "$floor" "$floor-wal" "$floor-shm"
    # A rebuild leaves a few hundred MB for the kernel to write out; let that finish, or it
    # slows the short rows after it.
    sync; sleep 3
    bench_row "index (no change)" "$TEND index --vault $V" "" 100ms
    bench_row "index (one file changed)" "$TEND index --vault $V" "" 150ms \
        "printf '\\nOne more line, #bench.\\n' >> '$one'"
    # full-text search across sessions (the word is in about 1 % of the entries), freshness check included
    bench_row "grep $WORD" \
        "$TEND grep $WORD --vault $V" \
        "rg -n $WORD $V" \
        1.0
    # the same for a word in over 1,000 lines (anger: about 16,000 lines on 10,000 entries), a
    # phrase with accents (planted in about 5 % of the entries) and a regular expression
    bench_row "grep anger" "$TEND grep anger --vault $V" "rg -n anger $V" 1.0
    bench_row "grep \"déjà vu\"" "$TEND grep '\"déjà vu\"' --vault $V" "rg -n 'déjà vu' $V" 1.0
    bench_row "grep --regex gri.f" "$TEND grep --regex 'gri.f' --vault $V" "rg -n 'gri.f' $V" 1.0
    # for reference, not a target: a word in most lines (the: about 210,000 lines), against rg
    # looking for the same whole word in any case, as tend's word search does
    bench_row "grep the" "$TEND grep the --vault $V" "rg -n -i -w the $V" -
    # the export: every entry parsed and written as JSON lines, against the same cmark baseline
    bench_row "export --format jsonl" "$TEND export --format jsonl --vault $V" "$cmark_all" 1.5
    # the reports, read from an up-to-date index
    bench_row "review --week latest" "$TEND review --week latest --vault $V" "" 200ms
    bench_row "plan" "$TEND plan --vault $V" "" 200ms
    # the session views, read from the same index
    bench_row "review --session latest" "$TEND review --session latest --vault $V" "" 200ms
    bench_row "sessions" "$TEND sessions --vault $V" "" 200ms
    bench_row "share --session latest" "$TEND share --session latest --format html --vault $V" "" 200ms
}

# ── tables ───────────────────────────────────────────────────────────────────────────────
# verdict TEND BASE TARGET [PAIRED] — prints "ratio status"; the paired ratio, when there is
# one, decides the status.
verdict() {
    awk -v t="$1" -v b="$2" -v g="$3" -v p="${4:-}" 'BEGIN {
        ratio = "-"; status = "-"
        if (b != "" && b > 0) {
            ratio = sprintf("%.2f", t / b); r = (p != "") ? p : t / b
            if (g != "-") status = (r <= g + 0) ? "ok" : "OVER"
        }
        else if (g ~ /ms$/) { lim = g; sub(/ms$/, "", lim); status = (t <= lim + 0) ? "ok" : "OVER" }
        print ratio, status }'
}

print_size_table() {
    local n=$1 v=$2 name key t b tg rss note ratio status paired
    printf '\n── %s entries · %s · %s MB in %s files ──\n' "$n" "$v" "$(size_mb "$v")" "$(count_md "$v")"
    printf '%-26s %10s %12s %7s %7s %8s %6s %10s\n' "" "tend ms" "baseline ms" "ratio" "paired" "target" "" "tend RSS"
    for name in "${ROWS[@]}"; do
        key="$n|$name"
        note=${RES[$key|note]:-}
        t=${RES[$key|tend]:-}
        if [[ -z "$t" ]]; then
            printf '%-26s %s\n' "$name" "${note:-no result}"
            if [[ "$note" == skipped* ]]; then SKIPPED=$((SKIPPED + 1)); else FAILED=$((FAILED + 1)); fi
            continue
        fi
        b=${RES[$key|base]:-}
        tg=${RES[$key|target]}
        paired=${RES[$key|paired]:-}
        read -r ratio status < <(verdict "$t" "$b" "$tg" "$paired")
        rss=${RES[$key|rss]:-}
        if [[ "$tg" != "-" ]]; then tg="<= $tg"; fi
        printf '%-26s %10s %12s %7s %7s %8s %6s %10s\n' "$name" "$t" "${b:--}" "$ratio" "${paired:--}" "$tg" "$status" "${rss:+$rss MB}"
        case $status in ok) OK=$((OK + 1)) ;; OVER) OVER=$((OVER + 1)) ;; esac
        [[ -z "$note" ]] || printf '%-26s   (%s)\n' "" "$note"
    done
    return 0
}

short() { if (( $1 % 1000 == 0 )); then printf '%sk' $(( $1 / 1000 )); else printf '%s' "$1"; fi; }

# Each figure at every size, and the factor from one size to the next (10× more entries:
# a factor near 10 is linear; well above it, something grows faster than the vault).
print_growth_table() {
    local name fig i n val prev f line
    printf '\n── growth with the vault size ──\n'
    line=$(printf '%-36s' "")
    for n in "${SIZES[@]}"; do line+=$(printf ' %10s' "$n"); done
    for ((i = 1; i < ${#SIZES[@]}; i++)); do line+=$(printf ' %9s' "$(short "${SIZES[i-1]}")→$(short "${SIZES[i]}")"); done
    printf '%s\n' "$line"
    for name in "${ROWS[@]}"; do
        for fig in "tend|ms" "base|baseline ms" "rss|tend RSS MB"; do
            local field=${fig%%|*} label="$name: ${fig#*|}" any=0
            line=$(printf '%-36s' "${label:0:36}")
            for n in "${SIZES[@]}"; do
                val=${RES[$n|$name|$field]:-}
                [[ -z "$val" ]] || any=1
                line+=$(printf ' %10s' "${val:--}")
            done
            [[ $any == 1 ]] || continue
            for ((i = 1; i < ${#SIZES[@]}; i++)); do
                prev=${RES[${SIZES[i-1]}|$name|$field]:-}
                val=${RES[${SIZES[i]}|$name|$field]:-}
                if [[ -n "$prev" && -n "$val" ]]; then
                    f=$(awk -v a="$prev" -v b="$val" -v s=$(( SIZES[i] / SIZES[i-1] )) 'BEGIN {
                        if (a <= 0) { print "-"; exit }
                        r = b / a; printf "%.1f×%s", r, (r > 1.3 * s ? " !" : "") }')
                else
                    f="-"
                fi
                line+=$(printf ' %9s' "$f")
            done
            printf '%s\n' "$line"
        done
    done
    printf '(! = grows more than 1.3× faster than the number of entries)\n'
}

# warn_if_busy WHEN — timings are only comparable on an otherwise idle machine.
warn_if_busy() {
    local load cores
    load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo 0)
    cores=$(nproc 2>/dev/null || echo 1)
    if awk -v l="$load" -v c="$cores" 'BEGIN {exit !(l > c)}'; then
        say "warning: load average $load on $cores cores $1; other work is running and the figures will be noisy"
        BUSY=1
    fi
    return 0
}

# ── main ─────────────────────────────────────────────────────────────────────────────────
BUSY=0
say "tend: $TEND · runs: $RUNS after 1 warm-up · sizes: ${SIZES[*]} · logs: $LOG_DIR/"
declare -A VAULTS=()
for N in "${SIZES[@]}"; do VAULTS[$N]=$(vault "$N"); done
warn_if_busy "before measuring"
for N in "${SIZES[@]}"; do
    V=${VAULTS[$N]}
    run_rows
done
warn_if_busy "after measuring"

OK=0 OVER=0 SKIPPED=0 FAILED=0
for N in "${SIZES[@]}"; do print_size_table "$N" "${VAULTS[$N]}"; done
print_growth_table
if [[ $BUSY == 1 ]]; then printf '\n(the machine was busy while measuring: compare ratios, not absolute times)\n'; fi
printf '\ntargets: %d met, %d missed; %d rows skipped, %d failed (logs in %s/)\n' "$OK" "$OVER" "$SKIPPED" "$FAILED" "$LOG_DIR"
if (( FAILED > 0 )); then exit 1; fi
