#!/usr/bin/env bash
# gen-test-pki.sh DIR: the TEST certificates the mock upstream and the origin serve. Never for production.
#
#   DIR/ca.pem, ca.key              test upstream CA (P-256)
#   DIR/server.pem, server.key      leaf signed by it, SANs: api.openai.com, api.anthropic.com, bedrock-runtime.us-east-1.amazonaws.com,
#                                   generativelanguage.googleapis.com, localhost, 127.0.0.1, ::1
#   DIR/other-ca.pem, other-ca.key  a second, unrelated CA
#   DIR/other.pem, other.key        a leaf with the same SANs signed by the unrelated CA (so a
#                                   client trusting only ca.pem must refuse it: the "502" test)
#
# Idempotent: if every file is present, the leaves verify against their CAs and stay valid for at
# least a day, nothing is regenerated. Otherwise everything is made afresh in a temporary directory
# and moved into place file by file, so a reader never sees a half-written file.
set -euo pipefail

dir=${1:?usage: gen-test-pki.sh DIR}
mkdir -p "$dir"
files=(ca.pem ca.key server.pem server.key other-ca.pem other-ca.key other.pem other.key)

is_current() {
    local f
    for f in "${files[@]}"; do [[ -s $dir/$f ]] || return 1; done
    openssl verify -CAfile "$dir/ca.pem" "$dir/server.pem" >/dev/null 2>&1 || return 1
    openssl verify -CAfile "$dir/other-ca.pem" "$dir/other.pem" >/dev/null 2>&1 || return 1
    openssl x509 -checkend 86400 -noout -in "$dir/server.pem" >/dev/null 2>&1 || return 1
    openssl x509 -checkend 86400 -noout -in "$dir/other.pem" >/dev/null 2>&1 || return 1
}
if is_current; then
    exit 0
fi

tmp=$(mktemp -d "$dir/.pki.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
umask 077

san="DNS:api.openai.com,DNS:api.anthropic.com,DNS:generativelanguage.googleapis.com"
san+=",DNS:localhost,IP:127.0.0.1,IP:::1"
san+=",DNS:bedrock-runtime.us-east-1.amazonaws.com"

# make_ca NAME CN
make_ca() {
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
        -days 30 -subj "/O=hush tests/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -addext "subjectKeyIdentifier=hash" \
        -keyout "$tmp/$1.key" -out "$tmp/$1.pem" 2>/dev/null
}

# make_leaf NAME CA
make_leaf() {
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
        -subj "/O=hush tests/CN=api.openai.com" \
        -keyout "$tmp/$1.key" -out "$tmp/$1.csr" 2>/dev/null
    cat >"$tmp/$1.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
subjectAltName=$san
EOF
    openssl x509 -req -sha256 -days 29 -in "$tmp/$1.csr" -CA "$tmp/$2.pem" -CAkey "$tmp/$2.key" \
        -set_serial "0x$(openssl rand -hex 16)" -extfile "$tmp/$1.ext" -out "$tmp/$1.pem" 2>/dev/null
    rm -f "$tmp/$1.csr" "$tmp/$1.ext"
}

make_ca ca "hush TEST upstream CA"
make_leaf server ca
make_ca other-ca "hush TEST unrelated CA"
make_leaf other other-ca

chmod 600 "$tmp"/*.key
chmod 644 "$tmp"/*.pem
for f in "${files[@]}"; do mv -f "$tmp/$f" "$dir/$f"; done
