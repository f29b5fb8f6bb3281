# Hostile and broken clients against the intercepting paths, each bounded in time: slowloris heads
# and bodies inside an intercepted HTTP/1.1 connection (408, nothing forwarded), broken chunked
# bodies (400, nothing forwarded), HTTP/2 rapid reset and SETTINGS/PING floods (GOAWAY or close,
# hush healthy after), half-open TLS handshakes (closed after timeouts.handshake, fds back to the
# baseline), the maxConnections cap, and an upstream that dies mid-response (clean client error,
# request logged as failed). Loopback only; the client side is tests/helpers/hostile-client.mjs.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
start_origin

# A TLS upstream that answers with a declared length (or an SSE stream) and dies halfway.
node -e '
const https = require("https"), fs = require("fs");
const srv = https.createServer({ cert: fs.readFileSync(process.argv[1]), key: fs.readFileSync(process.argv[2]) },
  (req, res) => {
    if (req.url.startsWith("/sse")) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: {\"i\":1}\n\n");
      setTimeout(() => { res.write("data: {\"i\":2}\n\ndata: {\"i\""); setTimeout(() => req.socket.destroy(), 50); }, 50);
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": "100000" });
    res.write(Buffer.alloc(50000, 97));
    setTimeout(() => req.socket.destroy(), 50);
  });
srv.listen(0, "127.0.0.1", () => fs.writeFileSync(process.argv[3], String(srv.address().port)));
' "$PKI/server.pem" "$PKI/server.key" "$T/broken.port" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/broken.port" ] && break; sleep 0.05; done
BROKEN=$(cat "$T/broken.port")

start_hush hostile HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK,api.anthropic.com:443=127.0.0.1:$BROKEN" \
    HUSH_TIMEOUT_HEAD=1.5 HUSH_TIMEOUT_IDLE=3 HUSH_TIMEOUT_HANDSHAKE=1
MAIN_PID=$HUSH_PID MAIN_PORT=$HUSH_PORT MAIN_LOG=$HUSH_LOG
CA=$T/data-hostile/ca-cert.pem
hc() { node "$HUSH_TESTS/helpers/hostile-client.mjs" "$@" --proxy "$MAIN_PORT" --ca "$CA"; }
field() { node -e 'const o = JSON.parse(process.argv[1]); console.log(o[process.argv[2]] ?? "")' "$1" "$2"; }
upstream_count() { mock_get /__requests | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).length))'; }
healthy() { # an ordinary intercepted request (h1 or h2) still works
    curl -s -m 10 "$1" --cacert "$CA" -x "http://127.0.0.1:$MAIN_PORT" -o /dev/null -w '%{http_code}' \
        https://api.openai.com/download?bytes=1000
}
fds() { ls "/proc/$MAIN_PID/fd" | wc -l; }

# ---- 1. slowloris inside an intercepted HTTP/1.1 connection (three clients at once) -------------
POST='POST /echo HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: text/plain\r\nContent-Length: 30\r\n\r\n'
mock_clear
hc trickle --data "$POST" --step 1 --interval-ms 300 --max-ms 30000 >"$T/slow-head" &
w1=$!
hc trickle --first "$POST" --data 012345678901234567890123456789 --step 1 --interval-ms 500 \
    --max-ms 30000 >"$T/slow-body" &
w2=$!
hc trickle --first "${POST}0123" --max-ms 30000 >"$T/stalled-body" &
w3=$!
wait $w1 $w2 $w3
r=$(cat "$T/slow-head")
expect_eq "a head trickled byte by byte gets 408" "HTTP/1.1 408 Request Timeout" "$(field "$r" status)"
ms=$(field "$r" closedMs)
# The 408 says hush closed it (the client alone would give up without a status after 30 s); the
# lower bounds say which timer did, the upper bounds are only a safety net (a trickle left alone
# would have taken 9-15 s to finish).
check "... timeouts.head (1.5 s) after its first byte, not per byte (${ms} ms)" test "${ms:-99999}" -ge 1400 -a "${ms:-99999}" -lt 25000
r=$(cat "$T/slow-body")
expect_eq "a body trickled one byte per 0.5 s gets 408" "HTTP/1.1 408 Request Timeout" "$(field "$r" status)"
ms=$(field "$r" closedMs)
check "... once the body has taken timeouts.idle (3 s) in all (${ms} ms, $(field "$r" sent) of 30 bytes)" \
    test "${ms:-99999}" -ge 2900 -a "${ms:-99999}" -lt 25000
r=$(cat "$T/stalled-body")
expect_eq "a body that stalls gets 408" "HTTP/1.1 408 Request Timeout" "$(field "$r" status)"
ms=$(field "$r" closedMs)
check "... after a pause of timeouts.head (${ms} ms)" test "${ms:-99999}" -ge 1400 -a "${ms:-99999}" -lt 25000
expect_eq "none of the slow requests reached the upstream" 0 "$(upstream_count)"

# ---- 2. broken chunked encoding -----------------------------------------------------------------
CH='POST /echo HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n'
for body in 'zz\r\nhello\r\n0\r\n\r\n' '5\r\nhelloXX0\r\n\r\n' 'fffffffffffffffffff\r\nhello\r\n0\r\n\r\n' \
    '5;ext=\x01\r\nhello\r\n0\r\n\r\n' '-5\r\nhello\r\n0\r\n\r\n'; do
    r=$(hc raw --data "$CH\r\n$body" --max-ms 30000)
    expect_eq "intercepted chunked body '${body:0:12}...' is 400" "HTTP/1.1 400 Bad Request" "$(field "$r" status)"
    expect_eq "... and the connection is closed" true "$(field "$r" closed)"
done
r=$(hc raw --data "${CH}Transfer-Encoding: identity\r\n\r\n5\r\nhello\r\n0\r\n\r\n" --max-ms 30000)
expect_eq "intercepted: two Transfer-Encoding headers are 400" "HTTP/1.1 400 Bad Request" "$(field "$r" status)"
expect_eq "no broken chunked request reached the upstream" 0 "$(upstream_count)"
fwd=$(raw_request "$MAIN_PORT" "POST http://127.0.0.1:$ORIGIN_HTTP/sha256 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\nhello\r\n0\r\n\r\n" 5 | head -1 | tr -d '\r')
expect_eq "plain forward: a bad chunk size is 400" "HTTP/1.1 400 Bad Request" "$fwd"
fwd=$(raw_request "$MAIN_PORT" "POST http://127.0.0.1:$ORIGIN_HTTP/sha256 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n" 5 | head -1 | tr -d '\r')
expect_eq "plain forward: a well-formed chunked body still goes through" "HTTP/1.1 200 OK" "$fwd"

# ---- 3. HTTP/2 rapid reset, SETTINGS flood, PING flood ------------------------------------------
mock_clear
r=$(hc h2flood --kind reset --count 20000 --max-ms 10000)
expect_eq "rapid reset (HEADERS+RST_STREAM pairs) is answered with GOAWAY ENHANCE_YOUR_CALM" 11 "$(field "$r" goaway)"
expect_eq "... and the connection is closed" true "$(field "$r" closed)"
check "... long before the 20000 pairs were all processed ($(grep -o 'streams=[0-9]*' <<<"$(grep reset_flood "$MAIN_LOG")"))" \
    grep -qE 'alpn=h2 streams=1[0-9]{3} .*outcome=reset_flood' "$MAIN_LOG"
n=$(upstream_count)
check "the upstream received a bounded number of the reset requests ($n <= 1128)" test "$n" -le 1128
# The SETTINGS and PING floods come from a client that never reads while it floods and has a tiny
# receive buffer (h2-flood.py), so hush's ACKs back up at once however fast or slow either side
# runs. Each must end as a flood, logged as such (the line is written before the socket closes),
# never on the idle timeout. How soon is CPU time spent parsing: ~1 s on the normal build, up to
# ~5 s under sanitizers on a busy 2-core machine; the client gives up after 10 s.
floods() { grep -c 'alpn=h2 .*outcome=flood' "$MAIN_LOG" || true; }
flood_logged() { # flood_logged N: N flood lines within 12 s
    local i
    for i in $(seq 120); do [ "$(floods)" -ge "$1" ] && return 0; sleep 0.1; done
    return 1
}
for kind in settings ping; do
    before=$(floods)
    rm -f "$T/flood-seen"
    python3 "$HUSH_TESTS/helpers/h2-flood.py" --proxy "$MAIN_PORT" --ca "$CA" --kind $kind \
        --count 300000 --max-ms 10000 --stop-file "$T/flood-seen" >"$T/flood.json" &
    fp=$!
    check "a $kind flood from a client that reads nothing is logged as a flood" flood_logged $((before + 1))
    touch "$T/flood-seen"
    wait $fp
    r=$(cat "$T/flood.json")
    check "... and hush closed the connection ($r)" test "$(field "$r" closed)" = true
done
check "no flood ended on the idle timeout instead" bash -c "! grep -q 'alpn=h2 .*outcome=idle_timeout' '$MAIN_LOG'"
expect_eq "after the floods an HTTP/2 request still succeeds" 200 "$(healthy --http2)"
expect_eq "... and an HTTP/1.1 one" 200 "$(healthy --http1.1)"

# ---- 4. half-open handshakes and the connection cap ---------------------------------------------
sleep 0.5
base=$(fds)
for partial in "" --partial; do
    rm -f "$T/ready"
    hc halfopen --count 300 $partial --ready-file "$T/ready" --max-ms 30000 >"$T/halfopen" &
    hp=$!
    # The most hush held while they were being opened: sampled up to the moment all are in, as
    # under load the first may already have reached timeouts.handshake by the time one look after
    # "ready" is taken.
    during=0
    for _ in $(seq 1 200); do
        n=$(fds)
        [ "$n" -gt "$during" ] && during=$n
        [ -s "$T/ready" ] && break
        sleep 0.05
    done
    n=$(fds)
    [ "$n" -gt "$during" ] && during=$n
    wait $hp
    r=$(cat "$T/halfopen")
    fds_back() { [ "$(fds)" -le $((base + 2)) ]; }
    wait_for -t 15 fds_back || true
    after=$(fds)
    label=${partial:+ with a partial ClientHello}
    check "300 half-open handshakes$label were all accepted (hush fds $base -> $during)" \
        test "$(node -p "($r).byStatus['200'] || 0")" -eq 300 -a "$during" -ge $((base + 300))
    ms=$(field "$r" maxCloseAfterReadyMs)
    check "... and all closed by hush after timeouts.handshake (1 s; last at ${ms} ms)" \
        test "$(field "$r" stillOpen)" -eq 0 -a "${ms:-99999}" -lt 25000
    check "... hush's open fds back to the baseline ($base -> $after)" test "$after" -le $((base + 2))
done
check "the handshake timeouts are logged" logged 'outcome=tls_handshake_failed.*handshake timed out' "$MAIN_LOG"

start_hush capped HUSH_MAX_CONNECTIONS=50 HUSH_TIMEOUT_HANDSHAKE=1
r=$(node "$HUSH_TESTS/helpers/hostile-client.mjs" halfopen --proxy "$HUSH_PORT" --count 120 --max-ms 8000)
est=$(node -p "($r).byStatus['200'] || 0")
busy=$(node -p "($r).byStatus['503'] || 0")
check "maxConnections=50: at most 50 of 120 concurrent handshakes get in ($est)" test "$est" -le 50 -a "$est" -ge 40
expect_eq "... every other one is answered 503 or closed at once" 120 "$(node -p "($r).count - ($r).stillOpen")"
check "... with 503 ($busy)" test "$busy" -ge 60
check "... logged as refused" logged 'event=refused reason=max_connections' "$HUSH_LOG"
code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/healthz")
expect_eq "once they timed out, the capped hush serves again" 200 "$code"

# ---- 6. an upstream that dies mid-response ------------------------------------------------------
# HTTP/1.1 clients learn it from the connection closing before the declared length (curl exit
# 18), HTTP/2 clients from RST_STREAM (curl exit 92).
for v in --http1.1 --http2; do
    want=18
    [ "$v" = --http2 ] && want=92
    rc=0
    out=$(curl -s -m 10 $v --cacert "$CA" -x "http://127.0.0.1:$MAIN_PORT" -o "$T/partial" \
        -w '%{http_code} %{size_download}' https://api.anthropic.com/download 2>&1) || rc=$?
    expect_eq "curl $v: a body cut off by the upstream is a transfer error for the client ($out)" "$want" "$rc"
    check "... not a complete download" test "$(stat -c %s "$T/partial")" -lt 100000
    rc=0
    out=$(curl -s -N -m 10 $v --cacert "$CA" -x "http://127.0.0.1:$MAIN_PORT" \
        https://api.anthropic.com/sse 2>&1) || rc=$?
    expect_eq "curl $v: an SSE stream cut off by the upstream is a transfer error" "$want" "$rc"
    expect_match "... after the events that did arrive" 'data: \{"i":1\}' "$out"
done
expect_eq "the four cut-off requests are logged as failed" 4 \
    "$(grep -cE 'event=request .*host=api.anthropic.com .*outcome=failed' "$MAIN_LOG")"
check "... with the reason" grep -q 'event=request_failed .*reason="upstream closed the connection mid-response"' "$MAIN_LOG"
expect_eq "hush still serves h2 after the upstream failures" 200 "$(healthy --http2)"
expect_eq "... and h1" 200 "$(healthy --http1.1)"
# HTTP/2: a request body trickled one byte every 0.4 s is cut off like on HTTP/1.1.
start_hush h2slow HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK" HUSH_TIMEOUT_HEAD=1 HUSH_TIMEOUT_IDLE=3
mock_clear
out=$(node "$HUSH_TESTS/helpers/h2-trickle.mjs" --proxy "$HUSH_PORT" --ca "$T/data-h2slow/ca-cert.pem")
expect_match "h2: a trickled request body gets 408" '"status":408' "$out"
ms=$(node -p "JSON.parse(process.argv[1]).ms" "$out")
check "... after the body time limit, not at its end (${ms} ms)" test "$ms" -ge 2500 -a "$ms" -lt 25000
expect_eq "... and nothing reached the upstream" "[]" "$(mock_get /__requests)"
# A large body arriving steadily but slower than hush's wake-up mark (SO_RCVLOWAT, set while the
# rest of a body is awaited) is progress, not a stall: 120 kB at ~40 kB/s with timeouts.head 2 s
# takes longer than 2 s to fill the mark, and must still be forwarded (not 408).
start_hush slowbig HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK" HUSH_TIMEOUT_HEAD=2 HUSH_TIMEOUT_IDLE=30
mock_clear
BIG=$(head -c 120000 /dev/zero | tr '\0' a)
r=$(node "$HUSH_TESTS/helpers/hostile-client.mjs" trickle --proxy "$HUSH_PORT" --ca "$T/data-slowbig/ca-cert.pem" \
    --first 'POST /echo HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 120000\r\n\r\n' \
    --data "$BIG" --step 2000 --interval-ms 50 --max-ms 25000)
expect_eq "a 120 kB body trickled at ~40 kB/s is forwarded" "HTTP/1.1 200 OK" "$(field "$r" status)"
expect_eq "... and reached the upstream" 1 "$(upstream_count)"
finish
