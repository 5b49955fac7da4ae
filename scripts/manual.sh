#!/usr/bin/env bash
# Writes tend's man pages (tend.1 and one per subcommand, tend.review.1, …) into .build/manual,
# with swift-argument-parser's generate-manual plugin: it builds tend (debug: the pages come
# from the commands' definitions, which are the same in every build) and reads them from
# `tend --experimental-dump-help`. Used by make install, make deb and make check-install.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
out=.build/manual

# The date on the pages is the last commit's, so the same sources give the same pages.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$SWIFT" package plugin generate-manual --configuration debug --multi-page --date "$date" >"$log" 2>&1; then
    cat "$log" >&2
    echo "manual: error: swift package plugin generate-manual failed" >&2
    exit 2
fi
# The plugin says where it wrote them: "Generated manual in '…/outputs/tend'".
written=$(sed -n "s/^Generated manual in '\(.*\)'\$/\1/p" "$log" | grep '/tend/\?$' | tail -n 1)
written=${written#file://}
if [[ -z "$written" ]] || ! ls "$written"/tend.1 >/dev/null 2>&1; then
    cat "$log" >&2
    echo "manual: error: the generate-manual plugin wrote no tend.1" >&2
    exit 2
fi
rm -rf "$out"
mkdir -p "$out"
cp "$written"/*.1 "$out"/
echo "manual: $(ls "$out" | wc -l | tr -d ' ') man pages in $out"
