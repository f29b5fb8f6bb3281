# hush never dials itself: with allowPrivateNetworks covering loopback, a client could otherwise
# CONNECT or forward to hush's own proxy or admin port and reach the loopback-only /metrics and
# /api/* as a local client. Checked on the resolved address; a 0.0.0.0 listener means every local
# address with its port. Runs in its own network namespace (only lo exists there).
source "$HUSH_TESTS/helpers/lib.sh"
hush_isolate
start_origin
TOKEN=0123456789abcdef-test-token
start_hush self HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8,::1/128 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_ADMIN_LISTEN=127.0.0.1:0 HUSH_MANAGEMENT_TOKEN="$TOKEN"
ADMIN=$(sed -n 's/.*event=admin_listening addr=[^ ]* port=\([0-9]*\).*/\1/p' "$HUSH_LOG" | head -1)
P=$HUSH_PORT

# Canaries: the same paths reach an ordinary local destination.
expect_match "canary: CONNECT to a local origin is tunnelled" "^HTTP/1.1 200" \
    "$(raw_request "$P" "CONNECT 127.0.0.1:$ORIGIN_ECHO HTTP/1.1\r\n\r\n" 2)"
expect_eq "canary: a forward to a local origin is served" hello \
    "$(curl -s -x "http://127.0.0.1:$P" "http://127.0.0.1:$ORIGIN_HTTP/hello")"

for target in "127.0.0.1:$P" "localhost:$P" "[::ffff:127.0.0.1]:$P" "0.0.0.0:$P" "127.0.0.1:$ADMIN"; do
    reply=$(raw_request "$P" "CONNECT $target HTTP/1.1\r\n\r\n" 2)
    expect_match "CONNECT $target (hush itself): 403" "^HTTP/1.1 403" "$reply"
done
code=$(curl -s -o "$T/m" -w '%{http_code}' -x "http://127.0.0.1:$P" "http://127.0.0.1:$P/metrics")
expect_eq "a forward to hush's own /metrics: 403" 403 "$code"
check "... without the metrics" bash -c "! grep -q hush_ '$T/m'"
code=$(curl -s -o "$T/a" -w '%{http_code}' -x "http://127.0.0.1:$P" -H "Authorization: Bearer $TOKEN" \
    "http://localhost:$ADMIN/api/domains")
expect_eq "a forward to the admin listener's /api: 403" 403 "$code"
check "the refusal is logged with its reason" logged 'reason="the destination is hush itself"' "$HUSH_LOG"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

# A wildcard listener: every local address with its port is hush.
ip addr add 127.0.0.9/8 dev lo 2>/dev/null || true
start_hush any HUSH_LISTEN=0.0.0.0:0 HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535
P=$HUSH_PORT
for target in "127.0.0.1:$P" "127.0.0.9:$P" "127.1.2.3:$P"; do
    reply=$(raw_request "$P" "CONNECT $target HTTP/1.1\r\n\r\n" 2)
    expect_match "0.0.0.0 listener: CONNECT $target: 403" "^HTTP/1.1 403" "$reply"
done
expect_match "canary: CONNECT to a local origin is still tunnelled" "^HTTP/1.1 200" \
    "$(raw_request "$P" "CONNECT 127.0.0.1:$ORIGIN_ECHO HTTP/1.1\r\n\r\n" 2)"
finish
