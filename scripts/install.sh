#!/usr/bin/env bash
# make install / make uninstall — tend, its man pages and its shell completions.
#
#   scripts/install.sh install     copies them under $DESTDIR$PREFIX and lists every file and
#                                  folder it made in $PREFIX/share/tend/installed-files
#   scripts/install.sh uninstall   removes exactly what that list names, then the list
#
# Environment: PREFIX (default /usr/local), DESTDIR (default empty: the real system),
# TEND_BIN (the binary to install, default .build/release/tend), MAN_DIR (the man pages
# to install, default .build/manual: scripts/manual.sh writes them), MANIFEST=no (make deb:
# dpkg keeps its own list).
set -euo pipefail
cd "$(dirname "$0")/.."

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
TEND_BIN=${TEND_BIN:-.build/release/tend}
MAN_DIR=${MAN_DIR:-.build/manual}
LIST=$PREFIX/share/tend/installed-files
[[ "$PREFIX" == /* ]] || { echo "install: error: PREFIX should be a full path like /usr/local or \$HOME/.local, not '$PREFIX'" >&2; exit 2; }

die() { printf 'install: error: %s\n' "$*" >&2; exit 2; }

# Every file and folder (folders end in /) this install made, as the installed system sees them.
made=()
# folder DIR — creates DIR (under DESTDIR) and each missing parent, recording the ones it made.
folder() {
    local dir=$1 missing=()
    while [[ ! -d "$DESTDIR$dir" ]]; do missing=("$dir" "${missing[@]+"${missing[@]}"}"); dir=$(dirname "$dir"); done
    for dir in "${missing[@]+"${missing[@]}"}"; do
        mkdir -m 0755 "$DESTDIR$dir"
        made+=("$dir/")
    done
}
# put MODE SOURCE TARGET — installs one file.
put() {
    folder "$(dirname "$3")"
    install -m "$1" "$2" "$DESTDIR$3"
    made+=("$3")
}

install_all() {
    [[ -x "$TEND_BIN" ]] || die "$TEND_BIN is missing; build it first (make release)"
    ls "$MAN_DIR"/*.1 >/dev/null 2>&1 || die "no man pages in $MAN_DIR; write them first (bash scripts/manual.sh)"
    if [[ -e "$DESTDIR$LIST" ]]; then
        echo "install: tend is already installed under $DESTDIR$PREFIX; replacing it" >&2
        uninstall_all
    fi
    completions=$(mktemp -d)
    trap 'rm -rf "$completions"' EXIT
    "$TEND_BIN" --generate-completion-script bash >"$completions/tend"
    "$TEND_BIN" --generate-completion-script zsh >"$completions/_tend"
    "$TEND_BIN" --generate-completion-script fish >"$completions/tend.fish"

    put 0755 "$TEND_BIN" "$PREFIX/bin/tend"
    # The debugging information is of no use to someone running tend (96 MB -> 80 MB for a
    # release build); the symbols stay, so a crash report still names its functions.
    if command -v strip >/dev/null; then strip --strip-debug "$DESTDIR$PREFIX/bin/tend"; fi
    local page
    for page in "$MAN_DIR"/*.1; do put 0644 "$page" "$PREFIX/share/man/man1/$(basename "$page")"; done
    put 0644 "$completions/tend" "$PREFIX/share/bash-completion/completions/tend"
    put 0644 "$completions/_tend" "$PREFIX/share/zsh/site-functions/_tend"
    put 0644 "$completions/tend.fish" "$PREFIX/share/fish/vendor_completions.d/tend.fish"

    if [[ "${MANIFEST:-yes}" != no ]]; then
        folder "$(dirname "$LIST")"
        made+=("$LIST")
        printf '%s\n' "${made[@]}" >"$DESTDIR$LIST"
        chmod 0644 "$DESTDIR$LIST"
    fi
    echo "Installed tend under $DESTDIR$PREFIX (${#made[@]} files and folders; make uninstall removes them)."
    if [[ -z "$DESTDIR" && ! -f /usr/share/bash-completion/bash_completion ]]; then
        echo "For tab completion in bash, install the bash-completion package (sudo apt-get install bash-completion)," \
             "or add 'source $PREFIX/share/bash-completion/completions/tend' to ~/.bashrc."
    fi
}

uninstall_all() {
    [[ -f "$DESTDIR$LIST" ]] || die "found no $DESTDIR$LIST, so nothing to remove (was tend installed with this PREFIX and DESTDIR?)"
    local entries=() entry i
    mapfile -t entries <"$DESTDIR$LIST"
    # Files first, then folders deepest first, each folder only if nothing else is in it.
    for entry in "${entries[@]}"; do
        [[ "$entry" == /* ]] || die "$LIST has a line that is not a full path: $entry"
        [[ "$entry" == */ ]] || rm -f -- "$DESTDIR$entry"
    done
    for ((i = ${#entries[@]} - 1; i >= 0; i--)); do
        entry=${entries[i]}
        [[ "$entry" == */ ]] && { rmdir -- "$DESTDIR${entry%/}" 2>/dev/null || true; }
    done
    echo "Removed tend from $DESTDIR$PREFIX."
}

case "${1:-}" in
    install) install_all ;;
    uninstall) uninstall_all ;;
    *) die "usage: scripts/install.sh install|uninstall" ;;
esac
