# PII through every path hush has, at the most verbose log level, in JSON log format: masked h1
# and h2, streamed, refused, blocked, audited, sign-in passthrough, values in the query string and
# in headers, a plain forward and an opaque tunnel. No raw value may appear in the log, the audit
# records or /metrics; every log line is valid JSON.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
start_mock
start_hush leaks HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK,api.anthropic.com:443=127.0.0.1:$MOCK" \
    HUSH_CONNECT_PORTS=1-65535 HUSH_LOG_LEVEL=debug HUSH_LOG_FORMAT=json \
    HUSH_AUDIT_LOG="$T/audit.jsonl" HUSH_POLICY='US_SSN=block,IPV4=audit'
CA=$T/data-leaks/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
EMAIL=leak.check@example.com
CARD='4111 1111 1111 1111'
SSN=536-22-8744
IP=172.16.5.23 # not 198.51.100.0/24: documentation addresses are not PII (issue 14)
KEY=sk-proj-Zq3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb
ALL="mail $EMAIL card $CARD ssn $SSN ip $IP key $KEY"
chat() { echo "{\"model\":\"m\",\"max_tokens\":5,\"stream\":$1,\"messages\":[{\"role\":\"user\",\"content\":\"$2\"}]}"; }

for v in --http1.1 --http2; do
    curl -s $v --cacert "$CA" -x "$P" -H 'content-type: application/json' -H "x-user: $EMAIL" \
        -d "$(chat false "mail $EMAIL card $CARD ip $IP key $KEY")" \
        "https://api.openai.com/v1/chat/completions?user=$EMAIL" -o /dev/null
    curl -sN $v --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -d "$(chat true "mail $EMAIL card $CARD")" https://api.anthropic.com/v1/messages -o /dev/null
done
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "{\"x\": \"$ALL\"" \
    https://api.openai.com/v1/chat/completions -o /dev/null                     # refused: invalid JSON
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "$(chat false "$ALL")" \
    https://api.openai.com/v1/chat/completions -o /dev/null                     # blocked: US_SSN
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "{\"user\":\"$EMAIL\"}" \
    https://api.openai.com/oauth/token -o /dev/null                             # passthrough
for v in --http1.1 --http2; do                                                  # PII in the path
    curl -s $v --cacert "$CA" -x "$P" "https://api.openai.com/v1/users/$EMAIL/files" -o /dev/null
done
curl -s -x "$P" -H "x-user: $EMAIL" "http://127.0.0.1:$ORIGIN_HTTP/hello?email=$EMAIL" -o /dev/null
curl -s --cacert "$PKI/ca.pem" -x "$P" "https://localhost:$ORIGIN_HTTPS/hello?email=$EMAIL" -o /dev/null
curl -s "$P/metrics" -o "$T/metrics.txt"

check "PII went through every path (requests were logged)" \
    wait_for bash -c "test \"\$(grep -c '\"event\":\"request\"' '$HUSH_LOG')\" -ge 6"
check "every intercepted request has its audit record (9)" wait_for lines_at_least 9 "$T/audit.jsonl"
for v in "$EMAIL" "$CARD" "${CARD// /}" "$SSN" "$IP" "$KEY"; do
    check "not in the log: ${v:0:6}..." bash -c "! grep -qF -- '$v' '$HUSH_LOG'"
    check "not in the audit records: ${v:0:6}..." bash -c "! grep -qF -- '$v' '$T/audit.jsonl'"
    check "not in the metrics: ${v:0:6}..." bash -c "! grep -qF -- '$v' '$T/metrics.txt'"
done
check "every log line is a JSON object" node -e "
for (const l of require('fs').readFileSync('$HUSH_LOG','utf8').trim().split('\n')) JSON.parse(l)"
check "the audit records say what was found" grep -q '"US_SSN":1' "$T/audit.jsonl"
check "a path segment holding PII is logged redacted" grep -q '"path":"/v1/users/\[EMAIL\]/files"' "$T/audit.jsonl"
finish
