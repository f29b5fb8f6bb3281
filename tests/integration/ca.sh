# The CA as a user meets it: first start generates a P-256, 10-year CA with a 0600 key; /ca.crt
# serves the file as it is on disk (rotation is picked up); MITM off answers 503; unsafe or
# incomplete CA files refuse to start with the reason.
source "$HUSH_TESTS/helpers/lib.sh"
D=$T/data
mkdir -p "$D"
start_hush ca HUSH_DATA_DIR="$D"

check "first start wrote ca-cert.pem" test -s "$D/ca-cert.pem"
expect_eq "the generated key is mode 0600" 600 "$(stat -c %a "$D/ca-key.pem")"
text=$(openssl x509 -in "$D/ca-cert.pem" -noout -text)
expect_match "the CA key is P-256" "ASN1 OID: prime256v1" "$text"
expect_match "the CA is marked critical CA:TRUE, pathlen:0" "Basic Constraints: critical[[:space:]]+CA:TRUE, pathlen:0" "$text"
expect_match "the subject warns against public trust" "DO NOT TRUST ON PUBLIC INTERNET" "$text"
days=$(( ($(date -d "$(openssl x509 -in "$D/ca-cert.pem" -noout -enddate | cut -d= -f2)" +%s) - $(date +%s)) / 86400 ))
check "the CA is valid for about 10 years ($days days)" test "$days" -ge 3640 -a "$days" -le 3660
check "the log says where the CA is and how to trust it" logged "event=ca mitm=on" "$HUSH_LOG"
check "trust instructions were printed" logged "import-ca-linux" "$HUSH_LOG"

curl -s -D "$T/h" -A "ca-test/1.0" "http://127.0.0.1:$HUSH_PORT/ca.crt" -o "$T/dl.pem"
check "GET /ca.crt returns the CA file byte for byte" cmp -s "$T/dl.pem" "$D/ca-cert.pem"
check "... as application/x-pem-file" grep -qi '^content-type: application/x-pem-file' "$T/h"
check "... with Cache-Control: no-store" grep -qi '^cache-control: no-store' "$T/h"
check "each download is logged with client and user agent" \
    logged 'event=ca_download client=127.0.0.1:[0-9]* user_agent=ca-test/1.0' "$HUSH_LOG"
# A hostile User-Agent (bytes outside ASCII, a tab, 4 KB) is bounded and escaped.
ua=$(printf 'evil\xff\xfe\t%04000d' 0)
curl -s -A "$ua" "http://127.0.0.1:$HUSH_PORT/ca.crt" -o /dev/null
check "a hostile user agent is logged" logged 'event=ca_download .*user_agent="evil' "$HUSH_LOG"
line=$(grep -a 'user_agent="evil' "$HUSH_LOG" | head -1)
check "... as printable ASCII only" bash -c "! LC_ALL=C grep -aq '[^ -~]' <<<'$line'"
check "... bounded (${#line} bytes)" test "${#line}" -lt 600

# Rotation on disk is what the next download serves.
bash -c "cd '$T' && '$HUSH_BIN' gen-ca --out-dir '$T/new' >/dev/null"
cp "$T/new/ca-cert.pem" "$D/ca-cert.pem"
curl -s "http://127.0.0.1:$HUSH_PORT/ca.crt" -o "$T/dl2.pem"
check "a CA file replaced on disk is served at once" cmp -s "$T/dl2.pem" "$T/new/ca-cert.pem"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

# A second start loads the files it generated instead of generating again.
cp "$T/new/ca-cert.pem" "$T/new/ca-key.pem" "$D/"
before=$(sha256sum <"$D/ca-key.pem")
start_hush ca2 HUSH_DATA_DIR="$D"
expect_eq "a second start keeps the existing CA" "$before" "$(sha256sum <"$D/ca-key.pem")"
check "... and says it loaded it" logged "generated=false" "$HUSH_LOG"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

# MITM off: both paths empty.
start_hush off CA_CERT_FILE= CA_KEY_FILE= HUSH_DATA_DIR="$T/empty"
code=$(curl -s -o "$T/off.txt" -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/ca.crt")
expect_eq "/ca.crt is 503 when MITM is off" 503 "$code"
check "... with a hint" grep -q "MITM is off" "$T/off.txt"
check "MITM off generates nothing" test ! -e "$T/empty/ca-key.pem"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

refuses() { # refuses "description" "expected reason regex" env...
    local d=$1 want=$2; shift 2
    local out rc
    out=$(env HUSH_LISTEN=127.0.0.1:0 "$@" timeout 5 "$HUSH_BIN" 2>&1) && rc=0 || rc=$?
    expect_eq "$d: exit 2" 2 "$rc"
    expect_match "$d: says why" "$want" "$out"
}
chmod 644 "$D/ca-key.pem"
refuses "a group/world-readable key" "0600|chmod" HUSH_DATA_DIR="$D"
chmod 600 "$D/ca-key.pem"
mkdir -p "$T/half"
cp "$D/ca-cert.pem" "$T/half/"
refuses "a CA certificate without its key" "ca-key.pem" HUSH_DATA_DIR="$T/half"
refuses "a key that does not match the certificate" "match" \
    CA_CERT_FILE="$T/dl.pem" CA_KEY_FILE="$D/ca-key.pem"
bash "$HUSH_TESTS/helpers/gen-test-pki.sh" "$T/pki" >/dev/null
refuses "a certificate that is not a CA" "not a CA|CA:TRUE" \
    CA_CERT_FILE="$T/pki/server.pem" CA_KEY_FILE="$T/pki/server.key"
finish
