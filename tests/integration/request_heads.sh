# What hush answers to broken, oversized, slow or unexpected requests on the proxy port, the
# control endpoint, and a graceful drain on SIGTERM.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
start_hush heads HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_TIMEOUT_HEAD=1 HUSH_MAX_HEADER_BYTES=4096 HUSH_TIMEOUT_DRAIN=5

status() { raw_request "$HUSH_PORT" "$1" "${2:-5}" | head -1 | tr -d '\r'; }

expect_eq "an unknown method is 501" "HTTP/1.1 501 Not Implemented" "$(status 'GARBAGE\r\n\r\n')"
expect_eq "a malformed request line is 400" "HTTP/1.1 400 Bad Request" \
    "$(status 'GET http://x/ HTTP/1.1 trailing\r\n\r\n')"
expect_eq "a header with a space in its name is 400" "HTTP/1.1 400 Bad Request" \
    "$(status 'GET http://x/ HTTP/1.1\r\nBad Name: 1\r\n\r\n')"
expect_eq "Content-Length with Transfer-Encoding is 400" "HTTP/1.1 400 Bad Request" \
    "$(status 'POST http://x/ HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n')"
expect_eq "duplicate Content-Length is 400" "HTTP/1.1 400 Bad Request" \
    "$(status 'POST http://x/ HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n')"
big=$(head -c 6000 /dev/zero | tr '\0' a)
expect_eq "an oversize head is 431" "HTTP/1.1 431 Request Header Fields Too Large" \
    "$(status "GET http://x/ HTTP/1.1\r\nX-Big: $big\r\n\r\n")"
expect_eq "CONNECT without a port is 400" "HTTP/1.1 400 Bad Request" \
    "$(status 'CONNECT example.com HTTP/1.1\r\n\r\n')"
expect_eq "an https:// absolute URL is 400 (use CONNECT)" "HTTP/1.1 400 Bad Request" \
    "$(status 'GET https://example.com/ HTTP/1.1\r\n\r\n')"

start=$(date +%s%N)
reply=$(status '' 5)
ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_eq "a client that sends nothing gets 408" "HTTP/1.1 408 Request Timeout" "$reply"
check "... after the head timeout, not before (${ms} ms)" test "$ms" -ge 900 -a "$ms" -lt 4000
reply=$(raw_request "$HUSH_PORT" 'GET http://x/ HTTP/1.1\r\nX-Slow: ' 5 | head -1 | tr -d '\r')
expect_eq "a head that stalls halfway (slowloris) gets 408" "HTTP/1.1 408 Request Timeout" "$reply"

body=$(curl -s "http://127.0.0.1:$HUSH_PORT/healthz")
expect_match "GET /healthz answers JSON" '^\{"status":"ok"' "$body"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/nope")
expect_eq "an unknown control path is 404" 404 "$code"

# Drain: an open tunnel keeps working after SIGTERM; new connections are refused; hush exits 0.
exec 5<>"/dev/tcp/127.0.0.1/$HUSH_PORT"
printf 'CONNECT 127.0.0.1:%s HTTP/1.1\r\n\r\n' "$ORIGIN_ECHO" >&5
read -r -t 15 line <&5
read -r -t 15 _ <&5
expect_match "tunnel open before the drain" "^HTTP/1.1 200" "$line"
kill -TERM "$HUSH_PID"
check "the drain has begun" logged 'event=draining'
printf 'still-alive\n' >&5
read -r -t 15 echoed <&5
expect_eq "an open tunnel keeps working during the drain" still-alive "$echoed"
# Each worker closes its listener on its own loop: asked until refused (bounded).
refused() { [ "$(curl -s -o /dev/null -w '%{http_code}' -m 5 "http://127.0.0.1:$HUSH_PORT/healthz")" = 000 ]; }
check "new connections are refused while draining" wait_for -t 15 refused
exec 5>&-
wait "$HUSH_PID"
rc=$?
expect_eq "hush exits 0 once the last connection closed" 0 "$rc"
check "the drain is logged" logged "event=draining" "$HUSH_LOG"
check "the stop is logged" logged "event=stopped" "$HUSH_LOG"
finish
