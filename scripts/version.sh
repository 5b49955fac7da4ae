#!/bin/sh
# Prints tend's version; with a file name, writes it there as Swift instead (the TendVersion
# build plugin does this before every build, for `tend --version`).
#
# In a git checkout the version is the latest tag, as `git describe` gives it: v0.2.0 -> 0.2.0,
# and 0.2.0-3-gabc1234 three commits later. Before the first tag it is the VERSION file's
# version and the same count and commit (0.1.0-312-gf28bc42). Built from an archive, with no
# git history, it is the VERSION file alone.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
base=$(tr -d ' \n' < "$root/VERSION" 2>/dev/null || echo unknown)
if [ ! -e "$root/.git" ]; then
    version=$base   # an archive (a folder inside another repository must not take its tags)
elif described=$(git -C "$root" describe --tags --match 'v[0-9]*' 2>/dev/null); then
    version=${described#v}
elif commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null); then
    version="$base-$(git -C "$root" rev-list --count HEAD)-g$commit"
else
    version=$base
fi

if [ $# -eq 0 ]; then
    echo "$version"
    exit 0
fi
swift="// Written by scripts/version.sh before each build; not kept in git.
/// tend's version when it was built: the latest git tag, or the VERSION file's.
let buildVersion = \"$version\""
# Rewritten only when it changes, so an unchanged version does not rebuild TendCLI.
if [ "$(cat "$1" 2>/dev/null)" != "$swift" ]; then
    mkdir -p "$(dirname "$1")"
    printf '%s\n' "$swift" > "$1"
fi
