# An upstream that speaks only TLS 1.1 is refused (hush requires TLS 1.2+) and the log names the
# real reason, the protocol version, not a certificate verification error. Loopback only.
source "$HUSH_TESTS/helpers/lib.sh"
PKI=$T/pki
bash "$HUSH_TESTS/helpers/gen-test-pki.sh" "$PKI" >/dev/null
node --input-type=module -e "
import tls from 'node:tls'; import fs from 'node:fs';
const s = tls.createServer({cert: fs.readFileSync('$PKI/server.pem'), key: fs.readFileSync('$PKI/server.key'),
  minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0'}, (c) => c.end());
s.on('tlsClientError', () => {});
s.listen(0, '127.0.0.1', () => fs.writeFileSync('$T/old.port', String(s.address().port)));
" 2>"$T/old.log" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/old.port" ] && break; sleep 0.05; done
OLD=$(cat "$T/old.port")
start_hush tls HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$OLD"
CA=$T/data-tls/ca-cert.pem
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$CA" -x "http://127.0.0.1:$HUSH_PORT" \
    -H 'content-type: application/json' -d '{"model":"m","messages":[]}' \
    https://api.openai.com/v1/chat/completions)
expect_eq "a TLS 1.1-only upstream: 502" 502 "$code"
check "the log names the protocol version" logged 'upstream TLS failed: handshake failed: protocol version: .*TLS 1.2' "$HUSH_LOG"
check "... not a certificate verification error" bash -c "! grep -q 'verification context' '$HUSH_LOG'"
finish
