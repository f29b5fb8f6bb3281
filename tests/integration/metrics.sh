# /metrics after known traffic: every counter moves by exactly what was sent, the output is valid
# Prometheus text, and no PII value appears in it. /readyz and /healthz answer.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
start_hush metrics HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK"
CA=$T/data-metrics/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
EMAIL=metrics.person@example.com

curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' \
    -d "{\"messages\":[{\"role\":\"user\",\"content\":\"mail $EMAIL and $EMAIL, card 4111 1111 1111 1111\"}]}" \
    https://api.openai.com/v1/chat/completions -o /dev/null
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d '{"broken":' \
    https://api.openai.com/v1/chat/completions -o /dev/null
curl -s --cacert "$CA" -x "$P" -H 'content-encoding: x-rot13' -H 'content-type: application/json' \
    -d '{}' https://api.openai.com/v1/chat/completions -o /dev/null
raw_request "$HUSH_PORT" "CONNECT 10.0.0.1:443 HTTP/1.1\r\n\r\n" >/dev/null

curl -s "$P/metrics" -o "$T/m.txt" -D "$T/m.h"
metric() { awk -v k="$1" '$1 == k {print $2}' "$T/m.txt"; }
check "metrics are text/plain version 0.0.4" grep -qi 'content-type: text/plain; version=0.0.4' "$T/m.h"
check "every line is a comment or 'name{labels} value'" bash -c \
    "! grep -vE '^(# (HELP|TYPE) [a-z_]+ .+|[a-z_]+(\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*\})? [0-9.e+-]+)$' '$T/m.txt'"
expect_eq "the same email twice counts as 2 EMAIL replacements" 2 "$(metric 'hush_pii_found_total{type="EMAIL"}')"
expect_eq "one CREDIT_CARD" 1 "$(metric 'hush_pii_found_total{type="CREDIT_CARD"}')"
expect_eq "one invalid-JSON refusal" 1 "$(metric 'hush_fail_closed_total{reason="invalid_json"}')"
expect_eq "one unknown-encoding refusal" 1 "$(metric 'hush_fail_closed_total{reason="unknown_encoding"}')"
expect_eq "one 2xx request for the host" 1 "$(metric 'hush_requests_total{host="api.openai.com",class="2xx"}')"
expect_eq "two 4xx requests for the host" 2 "$(metric 'hush_requests_total{host="api.openai.com",class="4xx"}')"
expect_eq "three requests in the latency histogram" 3 "$(metric 'hush_request_duration_seconds_count')"
expect_eq "three intercepted connections" 3 "$(metric 'hush_decisions_total{decision="intercept"}')"
expect_eq "one blocked CONNECT" 1 "$(metric 'hush_decisions_total{decision="blocked"}')"
expect_eq "one leaf minted for the one host" 1 "$(metric 'hush_leaf_cache_misses_total')"
expect_eq "the other two handshakes hit the leaf cache" 2 "$(metric 'hush_leaf_cache_hits_total')"
expect_eq "MITM is reported on" 1 "$(metric 'hush_mitm_enabled')"
expect_eq "upstream verification is reported on" 0 "$(metric 'hush_upstream_verification_disabled')"
check "no PII value appears in the metrics" bash -c "! grep -q '$EMAIL\|4111' '$T/m.txt'"
expect_match "/readyz says ready with MITM on" '"ready":true,"mitm":"on"' "$(curl -s "$P/readyz")"
expect_match "/healthz answers" '"status":"ok"' "$(curl -s "$P/healthz")"
finish
