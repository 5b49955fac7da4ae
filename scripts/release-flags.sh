#!/usr/bin/env bash
# Prints the extra `swift build` flags for tend's release builds (`make release`, `make run`,
# `make bench`); nothing when there are none.
#
# --static-swift-stdlib links the Swift runtime and Foundation into the binary, when the
# toolchain ships them as static libraries (swift.org's Linux toolchains do). tend then calls
# its runtime directly, not through the dynamic linker's tables: it makes millions of such
# calls (reference counts, allocations), and measured on this project's machine `tend check`
# ran about a sixth faster and every command started in about 12 ms instead of 20. The binary
# is larger (it carries Foundation's Unicode data). Elsewhere (macOS, a toolchain without
# the static libraries) tend builds as before.
set -euo pipefail
swift=${SWIFT:-swift}
resources=$("$swift" -print-target-info 2>/dev/null | sed -n 's/.*"runtimeResourcePath": *"\(.*\)".*/\1/p')
if [[ -n "$resources" && -f "${resources}_static/linux/libswiftCore.a" ]]; then
    echo --static-swift-stdlib
fi
