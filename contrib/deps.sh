#!/usr/bin/env bash
# Installs the Debian packages hush needs to build and test, and only those that are missing.
# As root it runs apt-get; otherwise it prints the exact command to run and fails.
# Usage: contrib/deps.sh [build|test|deb]
set -euo pipefail

build_pkgs=(build-essential cmake pkg-config android-libboringssl-dev libevent-dev libnghttp2-dev
    node-llhttp libpcre2-dev libjansson-dev zlib1g-dev libbrotli-dev libzstd-dev)
test_pkgs=(libcmocka-dev curl openssl nghttp2-client nodejs npm iproute2 util-linux python3
    python3-yaml yamllint ca-certificates clang libclang-rt-14-dev iptables chromium)
# `make deb` and the test that builds, installs and purges the package (tests/integration/deb.sh).
deb_pkgs=(dpkg-dev debhelper fakeroot lintian rsync adduser)

want=("${build_pkgs[@]}")
case "${1:-build}" in
test) want+=("${test_pkgs[@]}" "${deb_pkgs[@]}") ;;
deb) want+=("${deb_pkgs[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
    # Node may come from outside Debian on a developer machine; a working node/npm is enough.
    case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
    esac
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "deps: missing Debian packages: ${missing[*]}" >&2
    echo "deps: run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
