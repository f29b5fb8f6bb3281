# Policy actions end to end: block refuses naming the types (never the values) and nothing is
# sent; audit forwards the value unchanged but records it; per-host overrides; mode audit
# changes and blocks nothing.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
COMMON=(HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem"
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK,api.anthropic.com:443=127.0.0.1:$MOCK")
EMAIL=policy.person@example.com
CARD='4111 1111 1111 1111'
IP=10.20.30.77 # not 203.0.113.0/24: documentation addresses are not PII (issue 14)
send() { # send HOST PATH TEXT -> response body
    curl -s --cacert "$CA" -x "http://127.0.0.1:$HUSH_PORT" -H 'content-type: application/json' \
        -d "{\"model\":\"m\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"$3\"}]}" \
        "https://$1$2"
}

start_hush enforce "${COMMON[@]}" HUSH_POLICY='CREDIT_CARD=block,IPV4=audit' \
    HUSH_HOST_POLICY='api.anthropic.com=EMAIL=audit' HUSH_AUDIT_LOG="$T/audit.jsonl"
CA=$T/data-enforce/ca-cert.pem

mock_clear
out=$(send api.openai.com /v1/chat/completions "pay with $CARD")
expect_match "block: refused in the OpenAI shape, naming the type" '"code":"hush_blocked_pii".*|CREDIT_CARD' "$out"
check "block: the message names CREDIT_CARD" grep -q CREDIT_CARD <<<"$out"
check "block: the refusal does not quote the value" bash -c "! grep -q '4111' <<<'$out'"
expect_eq "block: nothing reached the upstream" "[]" "$(mock_get /__requests)"

mock_clear
out=$(send api.openai.com /v1/chat/completions "server $IP mail $EMAIL")
up=$(mock_get /__requests)
check "audit: the IPv4 address reached the upstream unchanged" grep -q "$IP" <<<"$up"
check "mask (default): the email did not" bash -c "! grep -q '$EMAIL' <<<'$up'"
check "the client got both back" bash -c "grep -q '$IP' <<<'$out' && grep -q '$EMAIL' <<<'$out'"

mock_clear
send api.anthropic.com /v1/messages "mail $EMAIL" >/dev/null
check "host override: the email goes to api.anthropic.com unchanged" grep -q "$EMAIL" <<<"$(mock_get /__requests)"
out=$(send api.anthropic.com /v1/messages "pay with $CARD")
expect_match "host override keeps the default block, in the Anthropic shape" '"type":"error"' "$out"

actions=$(node -e "for (const l of require('fs').readFileSync('$T/audit.jsonl','utf8').trim().split('\n')) { const r = JSON.parse(l); console.log(r.action + ':' + Object.keys(r.pii).join('+')) }" | tr '\n' ' ')
expect_eq "audit records: blocked, masked with the audited IP counted, audited, blocked" \
    "blocked:CREDIT_CARD masked:EMAIL+IPV4 audited:EMAIL blocked:CREDIT_CARD " "$actions"
m=$(curl -s "http://127.0.0.1:$HUSH_PORT/metrics")
expect_match "metrics count the blocked requests" 'hush_requests_blocked_total 2' "$m"

start_hush auditmode "${COMMON[@]}" HUSH_MODE=audit HUSH_POLICY='CREDIT_CARD=block'
CA=$T/data-auditmode/ca-cert.pem
mock_clear
out=$(send api.openai.com /v1/chat/completions "pay with $CARD, mail $EMAIL")
up=$(mock_get /__requests)
check "mode audit: nothing is blocked" grep -q 'chat.completion' <<<"$out"
check "mode audit: values reach the upstream unchanged" bash -c "grep -q '$EMAIL' <<<'$up' && grep -q '4111 1111' <<<'$up'"
check "mode audit is announced at start" logged 'event=policy mode=audit' "$HUSH_LOG"
check "mode audit still logs the findings" logged 'pii_found=2' "$HUSH_LOG"

out=$(HUSH_POLICY='NOT_A_TYPE=block' "$HUSH_BIN" check-config 2>&1) && rc=0 || rc=$?
expect_eq "an unknown type in policy refuses to start" 2 "$rc"
finish
