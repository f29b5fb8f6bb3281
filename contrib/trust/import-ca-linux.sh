#!/usr/bin/env bash
# import-ca-linux.sh: add the hush CA certificate to the system trust store of this Linux machine
# (Debian/Ubuntu, RHEL/Fedora, Arch, SUSE are detected). Installed as hush-ca.crt; undo with
# remove-ca-linux.sh. Uses sudo when not root.
#
# usage: import-ca-linux.sh [--dry-run] CA_CERT_FILE
set -euo pipefail
# shellcheck source=contrib/trust/common.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"

if [ "${1:-}" = --dry-run ]; then
    DRY_RUN=1
    shift
fi
[ $# -eq 1 ] || die "usage: ${0##*/} [--dry-run] CA_CERT_FILE"
src=$1
check_certificate "$src"

# Pick the anchor directory and the refresh command of this distribution.
anchors=
refresh=()
if [ -d /usr/local/share/ca-certificates ] && command -v update-ca-certificates >/dev/null 2>&1; then
    anchors=/usr/local/share/ca-certificates # Debian, Ubuntu
    refresh=(update-ca-certificates)
elif [ -d /etc/pki/ca-trust/source/anchors ] && command -v update-ca-trust >/dev/null 2>&1; then
    anchors=/etc/pki/ca-trust/source/anchors # RHEL, Fedora, CentOS, Rocky, Alma
    refresh=(update-ca-trust extract)
elif [ -d /etc/ca-certificates/trust-source/anchors ]; then
    anchors=/etc/ca-certificates/trust-source/anchors # Arch, Manjaro
    if command -v trust >/dev/null 2>&1; then
        refresh=(trust extract-compat)
    elif command -v update-ca-trust >/dev/null 2>&1; then
        refresh=(update-ca-trust)
    fi
elif [ -d /etc/pki/trust/anchors ] && command -v update-ca-certificates >/dev/null 2>&1; then
    anchors=/etc/pki/trust/anchors # openSUSE, SLES
    refresh=(update-ca-certificates)
fi
if [ -z "$anchors" ] || [ ${#refresh[@]} -eq 0 ]; then
    die "unknown trust store layout; see contrib/trust/TRUST.md to add $src by hand"
fi

need_root
dest=$anchors/$HUSH_CA_NAME
run "${SUDO[@]}" install -m 0644 -- "$src" "$dest"
run "${SUDO[@]}" "${refresh[@]}"
info "installed $src as $dest and refreshed the system trust store"
info "Node, Python (requests) and curl may use their own bundles: see contrib/trust/TRUST.md"
