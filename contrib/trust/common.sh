# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are used by the scripts that source this file
# common.sh: shared by the trust scripts (sourced, not run). Every command is run from an argument
# array, never from a string, so a file name can never become shell syntax.

HUSH_CA_NAME=hush-ca.crt
DRY_RUN=${HUSH_TRUST_DRY_RUN:-0}
SUDO=()

die() {
    printf '%s: %s\n' "${0##*/}" "$*" >&2
    exit 1
}

info() {
    printf '%s\n' "$*"
}

# Run a command (array form), or only print it when HUSH_TRUST_DRY_RUN=1 / --dry-run.
run() {
    if [ "$DRY_RUN" = 1 ]; then
        printf '+'
        printf ' %q' "$@"
        printf '\n'
    else
        "$@"
    fi
}

# Use sudo for the privileged steps unless we are root already.
need_root() {
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    elif [ "$DRY_RUN" = 1 ]; then
        SUDO=(sudo)
    else
        die "must run as root (sudo not found)"
    fi
}

# The file must be a PEM certificate, and must not carry a private key.
check_certificate() {
    local file=$1
    [ -f "$file" ] || die "$file: no such file (generate it with: make gen-ca)"
    [ -r "$file" ] || die "$file: not readable"
    if grep -q -- 'PRIVATE KEY-----' "$file"; then
        die "$file contains a private key; pass the CA certificate (ca-cert.pem), never the key"
    fi
    if command -v openssl >/dev/null 2>&1; then
        openssl x509 -in "$file" -noout 2>/dev/null || die "$file is not a PEM certificate"
    else
        grep -q -- '-----BEGIN CERTIFICATE-----' "$file" || die "$file is not a PEM certificate"
    fi
}
