# Audit records: one JSON line per intercepted request with the agreed fields, counts per PII
# type but never a value, the action taken; the file is reopened on SIGHUP (logrotate).
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
AUDIT=$T/audit.jsonl
start_hush audit HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK" HUSH_AUDIT_LOG="$AUDIT" \
    HUSH_LOG_LEVEL=debug
CA=$T/data-audit/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
EMAIL=audit.person@example.com
CARD='5555 5555 5555 4444'

curl -s --http2 --cacert "$CA" -x "$P" -H 'content-type: application/json' \
    -d "{\"messages\":[{\"role\":\"user\",\"content\":\"$EMAIL $CARD $EMAIL\"}]}" \
    "https://api.openai.com/v1/chat/completions?api-version=secret-query" -o /dev/null
curl -s --http1.1 --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "{\"x\": $EMAIL" \
    https://api.openai.com/v1/chat/completions -o /dev/null
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "{\"user\":\"$EMAIL\"}" \
    https://api.openai.com/oauth/token -o /dev/null
wait_for lines_at_least 3 "$AUDIT"

field() { # field LINE EXPR: evaluate a JS expression on record number LINE (1-based)
    node -e "const r = require('fs').readFileSync('$AUDIT','utf8').trim().split('\n').map(JSON.parse)[$1-1]; console.log(JSON.stringify($2))"
}
expect_eq "one record per request" 3 "$(wc -l <"$AUDIT")"
expect_eq "record fields, in order" \
    '["time","id","client","host","method","path","status","alpn_client","alpn_upstream","bytes_up","bytes_down","duration_ms","pii","action","refusal","outcome"]' \
    "$(field 1 'Object.keys(r)')"
expect_eq "masked request: counts per type" '{"EMAIL":2,"CREDIT_CARD":1}' "$(field 1 r.pii)"
expect_eq "masked request: action, status, host, method" '["masked",200,"api.openai.com","POST"]' \
    "$(field 1 '[r.action, r.status, r.host, r.method]')"
expect_eq "masked request: the path has no query string" '"/v1/chat/completions"' "$(field 1 r.path)"
expect_eq "masked request: ALPN both sides" '["h2","h2"]' "$(field 1 '[r.alpn_client, r.alpn_upstream]')"
check "masked request: byte counts and duration" test "$(field 1 'r.bytes_up > 0 && r.bytes_down > 0 && r.duration_ms > 0')" = true
expect_eq "refused request: action, refusal code, status, ALPN" '["refused","hush_invalid_json",400,"http/1.1"]' \
    "$(field 2 '[r.action, r.refusal, r.status, r.alpn_client]')"
expect_eq "sign-in request: passthrough" '"passthrough"' "$(field 3 r.action)"
check "no PII value and no query string in the audit file" bash -c \
    "! grep -q -e '$EMAIL' -e '$CARD' -e 'secret-query' '$AUDIT'"
check "no PII value in the debug-level log either" bash -c "! grep -q -e '$EMAIL' -e '$CARD' '$HUSH_LOG'"

mv "$AUDIT" "$AUDIT.1"
kill -HUP "$HUSH_PID"
check "the reload that reopens the audit file is logged" logged 'event=reload outcome=ok'
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d '{"messages":[]}' \
    https://api.openai.com/v1/chat/completions -o /dev/null
wait_for lines_at_least 1 "$AUDIT"
expect_eq "after SIGHUP the new file gets the next record" 1 "$(wc -l <"$AUDIT" 2>/dev/null || echo 0)"
expect_eq "a request without PII is recorded as action none" '"none"' "$(field 1 r.action)"
expect_eq "the rotated file kept its records" 3 "$(wc -l <"$AUDIT.1")"
finish
