#!/usr/bin/env bash
# make deb — a Debian package of tend (dpkg-deb, no network): the binary in /usr/bin, its man
# pages and its bash, zsh and fish completions, through the same scripts/install.sh as make install.
#
# Depends: is read off the binary: every shared library `ldd` finds it linked to, and the
# Debian package that owns each (`dpkg -S`). A library no package owns (the Swift runtime of
# a debug build, in /opt/swift) is an error, since the package would not run elsewhere;
# ALLOW_UNPACKAGED=1 (make check-install, which packages the debug build) leaves it out.
#
# Environment: TEND_BIN (default .build/release/tend), MAN_DIR (default .build/manual),
# DEB_DIR (where the .deb goes, default .build/deb), DEB_MAINTAINER (the Maintainer: field),
# DEB_COMPRESSION (dpkg-deb -Z: xz by default; make check-install uses none, which is quicker).
# Prints the package's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
TEND_BIN=${TEND_BIN:-.build/release/tend}
DEB_DIR=${DEB_DIR:-.build/deb}
die() { printf 'deb: error: %s\n' "$*" >&2; exit 2; }

command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (it comes with dpkg, on Debian and Ubuntu)"
[[ -x "$TEND_BIN" ]] || die "$TEND_BIN is missing; build it first (make release)"

# Debian versions sort '+' after the version it follows: 0.1.0-138-gf28bc42 -> 0.1.0+138+gf28bc42.
version=$(bash scripts/version.sh)
version=${version//-/+}
arch=$(dpkg --print-architecture)

# owner FILE — the Debian package that owns FILE (dpkg knows it as /lib/… or /usr/lib/…).
owner() {
    local path candidates=("$1") found
    path=$(readlink -f "$1")
    candidates+=("$path" "${path#/usr}" "/usr${path}")
    for path in "${candidates[@]}"; do
        if found=$(dpkg -S "$path" 2>/dev/null); then
            printf '%s\n' "${found%%:*}"   # "libcmark0.30.2:amd64: /usr/lib/…" -> "libcmark0.30.2"
            return 0
        fi
    done
    return 1
}
depends=()
while read -r lib; do
    if pkg=$(owner "$lib"); then
        depends+=("$pkg")
    elif [[ "${ALLOW_UNPACKAGED:-0}" == 1 ]]; then
        echo "deb: warning: no Debian package owns $lib; leaving it out of Depends" >&2
    else
        die "$TEND_BIN links $lib, which no Debian package owns; package a release build (make deb builds one with the Swift runtime linked in)"
    fi
done < <(ldd "$TEND_BIN" | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) (.*/\1/p')
depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')

stage=$DEB_DIR/tend_${version}_${arch}
rm -rf "$stage"
mkdir -p "$stage/DEBIAN"
DESTDIR=$stage PREFIX=/usr MANIFEST=no TEND_BIN=$TEND_BIN bash scripts/install.sh install >/dev/null
gzip -9n "$stage"/usr/share/man/man1/*.1   # Debian keeps man pages compressed
size=$(du -sk "$stage/usr" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: tend
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-tend <tend@localhost>}
Installed-Size: $size
Depends: $depends_line
Section: utils
Priority: optional
Description: companion for a Markdown integration journal
 tend reads a folder of Markdown journal entries (a vault) kept during
 ketamine-assisted or other psychedelic-assisted therapy, never changes
 them, and gives back a weekly integration review, searches across
 sessions, emotion and theme trends, open action items and an
 integration plan.
CONTROL
deb=$DEB_DIR/tend_${version}_${arch}.deb
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$stage" "$deb" >/dev/null
rm -rf "$stage"
echo "deb: built $deb (Depends: $depends_line)" >&2
printf '%s\n' "$deb"
