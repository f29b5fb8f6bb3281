#!/usr/bin/env bash
# remove-ca-linux.sh: take the hush CA (hush-ca.crt) out of the system trust store again. Looks in
# every known anchor directory, so it works whichever distribution installed it; running it when
# nothing is installed is not an error.
#
# usage: remove-ca-linux.sh [--dry-run]
set -euo pipefail
# shellcheck source=contrib/trust/common.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"

if [ "${1:-}" = --dry-run ]; then
    DRY_RUN=1
    shift
fi
[ $# -eq 0 ] || die "usage: ${0##*/} [--dry-run]"

removed=0
# Each entry: anchor directory, then the refresh command, separated by '|'.
for entry in \
    "/usr/local/share/ca-certificates|update-ca-certificates" \
    "/etc/pki/ca-trust/source/anchors|update-ca-trust extract" \
    "/etc/ca-certificates/trust-source/anchors|trust extract-compat" \
    "/etc/pki/trust/anchors|update-ca-certificates"; do
    anchors=${entry%%|*}
    read -r -a refresh <<<"${entry#*|}"
    dest=$anchors/$HUSH_CA_NAME
    [ -e "$dest" ] || continue
    need_root
    run "${SUDO[@]}" rm -f -- "$dest"
    if [ "${refresh[0]}" = trust ] && ! command -v trust >/dev/null 2>&1; then
        refresh=(update-ca-trust)
    fi
    if command -v "${refresh[0]}" >/dev/null 2>&1 || [ "$DRY_RUN" = 1 ]; then
        run "${SUDO[@]}" "${refresh[@]}"
    else
        info "warning: ${refresh[0]} not found; refresh the trust store by hand"
    fi
    info "removed $dest"
    removed=1
done
[ "$removed" = 1 ] || info "hush CA is not installed; nothing to do"
