# SIGHUP reloads domains, detectors and policy without dropping live connections: requests keep
# succeeding through several reloads, a stream in flight finishes, new rules apply to new
# requests, a bad config is refused and the old rules stay, and restart-only keys are flagged.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
CFG=$T/config.json
echo '{"policy": {"CREDIT_CARD": "mask"}}' >"$CFG"
start_hush reload HUSH_CONFIG="$CFG" HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 \
    HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK"
CA=$T/data-reload/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
card_status() {
    curl -s -o /dev/null -w '%{http_code}' --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -d '{"messages":[{"role":"user","content":"card 4111 1111 1111 1111"}]}' \
        https://api.openai.com/v1/chat/completions
}
expect_eq "before the reload a card is masked and sent" 200 "$(card_status)"

# A stream in flight across the reload, and a loop of requests across several reloads.
curl -sN --http2 --cacert "$CA" -x "$P" "https://api.openai.com/slow?events=10&interval_ms=150" \
    >"$T/stream.sse" 2>/dev/null &
STREAM=$!
( for i in $(seq 1 40); do
    curl -s -o /dev/null -w '%{http_code}\n' --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -d '{"messages":[{"role":"user","content":"hello"}]}' https://api.openai.com/v1/chat/completions
  done ) >"$T/loop.codes" &
LOOP=$!
echo '{"policy": {"CREDIT_CARD": "block"}, "aiDomains": ["reload-test.example"]}' >"$CFG"
reloads() { [ "$(grep -c 'event=reload outcome=ok' "$HUSH_LOG")" -ge "$1" ]; }
for i in 1 2 3 4 5; do kill -HUP "$HUSH_PID"; wait_for reloads "$i"; done
wait "$LOOP"; wait "$STREAM" || true
expect_eq "40 requests across 5 reloads all succeeded" "40" "$(grep -c '^200$' "$T/loop.codes")"
expect_eq "the stream in flight finished with all its events" 10 "$(grep -c '"i":' "$T/stream.sse")"
check "each reload is logged" test "$(grep -c 'event=reload outcome=ok' "$HUSH_LOG")" -ge 5
expect_eq "after the reload the policy blocks the card" 403 "$(card_status)"
leaf_issuer=$(echo | timeout 5 openssl s_client -proxy "127.0.0.1:$HUSH_PORT" \
    -connect reload-test.example:443 -servername reload-test.example 2>/dev/null |
    openssl x509 -noout -issuer 2>/dev/null || true)
expect_match "a domain added by the reload is intercepted" "hush" "$leaf_issuer"

echo '{"policy": {"CREDIT_CARD": "shred"}' >"$CFG"
kill -HUP "$HUSH_PID"
check "a bad config is refused and logged" logged 'event=reload outcome=refused' "$HUSH_LOG"
expect_eq "... and the old rules stay" 403 "$(card_status)"

echo '{"policy": {"CREDIT_CARD": "block"}, "timeouts": {"idle": 42}}' >"$CFG"
kill -HUP "$HUSH_PID"
check "a restart-only key change is flagged" logged 'event=reload restart_required=timeouts.idle' "$HUSH_LOG"
finish
