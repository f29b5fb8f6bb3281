# The inspector's access and limits, over the wire: its data needs loopback or the management
# token (a client on a non-loopback address gets 401 or 403), the page's own files hold no data
# and load for any admin-listener client, nothing of it is on the proxy port, at most 8 streams
# run at once, a stream whose reader stops reading is dropped while the proxy keeps serving, and
# an open stream never holds up a shutdown.
# Runs in its own network namespace: lo with 127.0.0.1 and a test address 10.88.0.1.
source "$HUSH_TESTS/helpers/lib.sh"
hush_isolate "$@"
ip addr add 10.88.0.1/32 dev lo
TOKEN=inspector-sh-token-0123456789

start_hush ins HUSH_ADMIN_LISTEN=0.0.0.0:0 HUSH_MANAGEMENT_TOKEN="$TOKEN"
ADMIN=$(sed -n 's/.*event=admin_listening addr=[^ ]* port=\([0-9]*\).*/\1/p' "$HUSH_LOG" | head -1)
L="http://127.0.0.1:$ADMIN"     # a loopback client
R="http://10.88.0.1:$ADMIN"     # a client from 10.88.0.1: not loopback
code() { curl -s -o /dev/null -w '%{http_code}' --interface 10.88.0.1 "$@"; }

expect_eq "loopback clients read the data without a token" 200 \
    "$(curl -s -o /dev/null -w '%{http_code}' "$L/inspector/api/recent")"
expect_eq "other clients need the token: 401 without" 401 "$(code "$R/inspector/api/recent")"
expect_eq "... 401 with a wrong one" 401 \
    "$(code -H 'Authorization: Bearer wrong-token-wrong-token-0' "$R/inspector/api/stats")"
expect_eq "... 200 with it" 200 "$(code -H "Authorization: Bearer $TOKEN" "$R/inspector/api/stats")"
expect_eq "... for the stream too" 401 "$(code -m 5 "$R/inspector/api/stream")"
expect_eq "the page itself (no data) loads for any admin client" 200 "$(code "$R/inspector/")"
expect_eq "... and its script" 200 "$(code "$R/inspector/app.js")"
expect_eq "an unknown file: 404" 404 "$(code --path-as-is "$R/inspector/../etc/passwd")"
expect_eq "... or a name that is not one of its files" 404 "$(code "$R/inspector/nope.js")"
expect_eq "only GET and HEAD" 405 "$(code -X POST "$L/inspector/api/recent")"
expect_eq "nothing of it on the proxy port" 404 \
    "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/inspector/api/recent")"

curl -s -o /dev/null -m 10 -x "http://127.0.0.1:$HUSH_PORT" https://api.openai.com/v1/models || true
check "a client that does not trust hush's CA shows as a failed handshake" wait_for -t 15 bash -c \
    "curl -s '$L/inspector/api/recent' | grep -q '\"refusal\":\"hush_tls_handshake_failed\"'"

# Without a token, a non-loopback client is told why, never shown the data.
kill -TERM "$HUSH_PID"; wait "$HUSH_PID" || true
start_hush notoken HUSH_ADMIN_LISTEN=0.0.0.0:0
ADMIN=$(sed -n 's/.*event=admin_listening addr=[^ ]* port=\([0-9]*\).*/\1/p' "$HUSH_LOG" | head -1)
L="http://127.0.0.1:$ADMIN"
R="http://10.88.0.1:$ADMIN"
expect_eq "no managementToken: other clients get 403" 403 "$(code "$R/inspector/api/recent")"

# Eight streams at once; the ninth is refused with 503 and a Retry-After.
for i in $(seq 8); do
    curl -s -N "$L/inspector/api/stream" >"$T/stream$i.out" 2>/dev/null &
    PIDS+=($!)
done
check "eight streams are open" wait_for -t 15 bash -c \
    "[ \$(grep -c 'event=inspector_stream_start' '$HUSH_LOG') -ge 8 ]"
hdrs=$(curl -s -m 5 -D - -o /dev/null "$L/inspector/api/stream")
expect_match "the ninth: 503" "^HTTP/1.1 503" "$hdrs"
expect_match "... with Retry-After" "Retry-After: 5" "$hdrs"
raw_request "$HUSH_PORT" "CONNECT example.com:25 HTTP/1.1\r\n\r\n" >/dev/null
check "a refusal reaches every open stream" wait_for -t 15 bash -c \
    "for i in \$(seq 8); do grep -q hush_blocked_destination '$T/stream'\$i.out || exit 1; done"
for p in "${PIDS[@]: -8}"; do kill "$p" 2>/dev/null || true; done
check "closed streams are let go" wait_for -t 15 bash -c \
    "[ \$(grep -c 'event=inspector_stream_end reason=client_closed' '$HUSH_LOG') -ge 8 ]"

# A reader that stops reading: a tiny receive window, then 1 MB+ of records (refused CONNECTs,
# which are cheap) piles up in hush; the stream is dropped and the proxy keeps answering. How
# many CONNECTs that takes depends on the kernel's send buffer and on how many records the
# 512-record ring lets a fast client overwrite between two broadcasts, so the client goes on
# until the drop is logged (bounded by time, not by a count a faster hush could outrun).
python3 - "$ADMIN" "$HUSH_PORT" "$HUSH_LOG" >"$T/slow.out" 2>&1 <<'EOF' &
import socket, struct, sys, time
admin, proxy = int(sys.argv[1]), int(sys.argv[2])
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
s.connect(("127.0.0.1", admin))
s.sendall(b"GET /inspector/api/stream HTTP/1.1\r\nHost: x\r\n\r\n")
print("stream open", flush=True)
deadline, i = time.time() + 110, 0
while time.time() < deadline:
    i += 1
    c = socket.create_connection(("127.0.0.1", proxy))
    c.sendall(b"CONNECT example.com:25 HTTP/1.1\r\nHost: example.com:25\r\n\r\n")
    c.recv(4096)
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    c.close()  # a reset, no TIME_WAIT: however many it takes, local ports do not run out
    if i % 500 == 0:
        try:
            if "inspector_stream_dropped" in open(sys.argv[3]).read():
                break
        except OSError:
            pass
print("sent", i, flush=True)
time.sleep(30)
EOF
PIDS+=($!)
check "a stream that is not read is dropped" wait_for -t 120 grep -q \
    'event=inspector_stream_dropped reason=slow_reader' "$HUSH_LOG"
expect_eq "the proxy kept serving meanwhile" 200 \
    "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/healthz")"
expect_eq "and the inspector too" 200 \
    "$(curl -s -o /dev/null -w '%{http_code}' "$L/inspector/api/stats")"

# A stream never holds up a shutdown: on SIGTERM hush closes it itself and exits.
n=$(grep -c 'event=inspector_stream_start' "$HUSH_LOG") # counted before the stream can start
curl -s -N "$L/inspector/api/stream" >/dev/null 2>&1 &
PIDS+=($!)
check "a stream is open before the shutdown" wait_for -t 15 bash -c \
    "[ \$(grep -c 'event=inspector_stream_start' '$HUSH_LOG') -gt $n ]"
kill -TERM "$HUSH_PID"
check "draining closes it" logged 'event=inspector_stream_end reason=draining'
check "and hush exits" wait_for -t 30 bash -c "! kill -0 $HUSH_PID"
finish
