#!/usr/bin/env bash
# Rows for `make bench`: tend review and tend plan on a 10,000-entry vault (target ≤ 200 ms each).
# Prints wall time (best of 3) and, from TEND_TIMING=1, how long loading the journal, building
# the view model and rendering took, so that the review's own cost is visible apart from the
# journal store underneath it (the index).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/tend}
GEN=${GEN:-.build/release/tend-vaultgen}
VAULT=${BENCH_VAULT:-.bench/vault-10k}
[ -x "$BIN" ] || swift build -c release --product tend >/dev/null
[ -x "$GEN" ] || swift build -c release --product tend-vaultgen >/dev/null
[ -d "$VAULT" ] || "$GEN" "$VAULT" --entries 10000 >/dev/null

row() {
  local name=$1; shift
  local best="" timing=""
  for _ in 1 2 3; do
    local start end ms
    start=$(date +%s%N)
    timing=$(TEND_TIMING=1 "$BIN" "$@" 2>&1 >/dev/null | grep '^tend: timing:' || true)
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  printf '%-28s %6s ms   (%s)\n' "$name" "$best" "${timing#tend: timing: }"
}

echo "── review and plan on $VAULT (best of 3; target ≤ 200 ms) ──"
row "tend review --week latest" review --vault "$VAULT" --week latest
row "tend review --format json" review --vault "$VAULT" --week latest --format json
row "tend plan" plan --vault "$VAULT"
