#!/usr/bin/env bash
# `make deb`: builds hush_<version>_<arch>.deb with the Debian tools (dpkg-buildpackage, debhelper)
# from a copy of this tree, then runs lintian on it (any error or warning fails).
#
# The copy lives in OUT/hush-<version> (default build-deb/) and is kept between runs, with the
# package's CMake build directory (obj-hush) inside it: rsync updates only changed files and keeps
# their times, and dpkg-buildpackage -nc does not clean first, so a rebuild compiles only what
# changed. The package lands in OUT.
# Usage: contrib/make-deb.sh [OUT]
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$SRC/build-deb}" && cd "${1:-$SRC/build-deb}" && pwd)

version=$(sed -n 's/^project(hush VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
clversion=$(dpkg-parsechangelog -l "$SRC/debian/changelog" -S Version)
if [ "$version" != "$clversion" ]; then
    echo "make deb: CMakeLists.txt says version $version but debian/changelog says $clversion;" \
        "add a changelog entry first: dch -v $version" >&2
    exit 1
fi
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
stage=$OUT/hush-$version

mkdir -p "$stage"
# Everything else in the copy is replaced, debhelper's stamps and outputs included, so each run
# goes through every step; the excludes keep a build in the source tree out of the copy.
rsync -a --delete --delete-excluded --filter='P /obj-hush/' \
    --exclude=/.git --exclude=/build --exclude='/build-*' --exclude=node_modules \
    --exclude='/tests/fuzz/corpus-*' --exclude=/contrib/bench/out --exclude='/*.pem' \
    --exclude=/debian/hush/ --exclude=/debian/.debhelper/ \
    "$SRC/" "$stage/"

(cd "$stage" && dpkg-buildpackage -b -nc -us -uc --jobs="${JOBS:-2}")

deb=$OUT/hush_${version}_${arch}.deb
test -f "$deb"
lintian --fail-on error,warning --tag-display-limit 0 "$OUT/hush_${version}_${arch}.changes"
echo "make deb: $deb"
