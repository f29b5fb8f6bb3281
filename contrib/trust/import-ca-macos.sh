#!/usr/bin/env bash
# import-ca-macos.sh: trust the hush CA certificate system-wide on macOS (System keychain, trusted
# as a root for all users). Needs an administrator password. Remove it again with:
#   sudo security delete-certificate -c "<the CA's common name>" /Library/Keychains/System.keychain
#
# usage: import-ca-macos.sh [--dry-run] CA_CERT_FILE
set -euo pipefail
# shellcheck source=contrib/trust/common.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"

if [ "${1:-}" = --dry-run ]; then
    DRY_RUN=1
    shift
fi
[ $# -eq 1 ] || die "usage: ${0##*/} [--dry-run] CA_CERT_FILE"
src=$1
if [ "$(uname -s)" != Darwin ] && [ "$DRY_RUN" != 1 ]; then
    die "this is for macOS; on Linux use import-ca-linux.sh"
fi
check_certificate "$src"
need_root
run "${SUDO[@]}" security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "$src"
info "trusted $src in the System keychain"
info "Node, Python (requests) and curl may use their own bundles: see contrib/trust/TRUST.md"
