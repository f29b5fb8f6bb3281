# The MITM engine with curl and openssl as clients, against the mock AI upstream: HTTP/1.1 and
# HTTP/2 keep-alive, the leaf hush presents, SNI mismatch, streaming without buffering, big
# bodies, and a client that leaves mid-stream. Loopback only.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
start_hush mitm HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK,api.anthropic.com:443=127.0.0.1:$MOCK" \
    HUSH_MAX_BODY_BYTES=65536
CA=$T/data-mitm/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
BODY='{"model":"gpt-4o","messages":[{"role":"user","content":"Write to jane.doe@example.com or call +1 415 555 0132."}]}'

for v in --http1.1 --http2; do
    mock_clear
    curl -s $v --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -d "$BODY" https://api.openai.com/v1/chat/completions -o "$T/r1.json" \
        --next $v --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -d "$BODY" https://api.openai.com/v1/chat/completions -o "$T/r2.json" 2>"$T/curl.err" -v
    check "curl $v: the answer has the original email back" grep -q 'jane.doe@example.com' "$T/r2.json"
    check "curl $v: two requests on one connection" grep -q 'Re-using existing connection' "$T/curl.err"
    up=$(mock_get /__requests)
    check "curl $v: the upstream saw tokens, not the email" bash -c "! grep -q 'jane.doe@example.com' <<<'$up' && grep -q 'EMAIL_1' <<<'$up'"
done

# Shapes the detectors were not first built around (contrib/bench/accuracy/SHAPES.md): a phone
# list after a plural label, a percent-encoded e-mail in a pasted access-log line, a JSON member
# named "mobile".
mock_clear
SHAPES='{"model":"gpt-4o","metadata":{"mobile":"4155550134"},"messages":[{"role":"user","content":"phones: [4155550132, 4155550133] and GET /api/users?email=maria%40example.com"}]}'
curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "$SHAPES" \
    https://api.openai.com/v1/chat/completions -o "$T/shapes.json"
up=$(mock_get /__requests)
for v in 4155550132 4155550133 4155550134 'maria%40example.com'; do
    check "shapes: the upstream did not see ${v:0:6}..." bash -c "! grep -qF -- '$v' <<<'$up'"
done
check "shapes: ... it saw their tokens" bash -c "grep -q 'PHONE_3' <<<'$up' && grep -q 'EMAIL_1' <<<'$up'"

# A sign-in passthrough prefix with dot segments is not a way around scanning: a path whose
# written and normalised forms are decided differently is refused before anything goes upstream.
for path in /v1/oauth/../chat/completions /oauth/../v1/chat/completions /auth/%2e%2e/v1/chat/completions \
    '/oauth/..;/v1/chat/completions' //oauth/token; do
    mock_clear
    code=$(curl -s --path-as-is -o "$T/amb.json" -w '%{http_code}' --cacert "$CA" -x "$P" \
        -H 'content-type: application/json' -d "$BODY" "https://api.openai.com$path")
    expect_eq "passthrough prefix with dot segments ($path): 400" 400 "$code"
    expect_eq "... and nothing reached the upstream" "[]" "$(mock_get /__requests)"
done
check "... with the reason in the answer" grep -q hush_ambiguous_path "$T/amb.json"

# Compressed bodies: a gzip request is decoded, scanned and sent on as identity; a compressed
# response is decoded so its tokens can be restored.
mock_clear
printf '%s' "$BODY" | gzip -c >"$T/body.gz"
out=$(curl -s --cacert "$CA" -x "$P" -H 'content-type: application/json' -H 'content-encoding: gzip' \
    --data-binary @"$T/body.gz" https://api.openai.com/v1/chat/completions)
check "a gzip request body is scanned: the answer has the original back" grep -q 'jane.doe@example.com' <<<"$out"
up=$(mock_get /__requests)
check "... and the upstream got it decoded, without the email" bash -c \
    "grep -q 'EMAIL_1' <<<'$up' && ! grep -q 'jane.doe@example.com' <<<'$up' && ! grep -qi '\"content-encoding\"' <<<'$up'"
for enc in gzip br; do
    out=$(curl -s --compressed --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -H "x-mock-content-encoding: $enc" -d "$BODY" https://api.openai.com/v1/chat/completions)
    check "a $enc response is decoded and restored" grep -q 'jane.doe@example.com' <<<"$out"
done

# HTTP/1.1 details: Expect: 100-continue is answered at once; pipelined requests are answered in
# order on one connection.
# curl waits up to --expect100-timeout for "100 Continue" and sends the body anyway after it: with
# a long one, only hush's own interim answer shows in the trace.
out=$(curl -s -v --http1.1 --expect100-timeout 60 --cacert "$CA" -x "$P" -H 'Expect: 100-continue' \
    -H 'content-type: application/json' -d "$BODY" https://api.openai.com/v1/chat/completions 2>"$T/expect.trace")
check "Expect: 100-continue is answered with 100 Continue" grep -q '^< HTTP/1.1 100' "$T/expect.trace"
expect_match "... and the request goes through" "jane.doe@example.com" "$out"
req='POST /echo HTTP/1.1\r\nHost: api.openai.com\r\ncontent-type: text/plain\r\ncontent-length: 5\r\n\r\nfirst'
req2='POST /echo HTTP/1.1\r\nHost: api.openai.com\r\ncontent-type: text/plain\r\ncontent-length: 6\r\nconnection: close\r\n\r\nsecond'
# s_client ends when its input does: keep it open until the second answer has arrived (bounded).
(printf "$req$req2"; wait_for -t 20 grep -q '"body":"second"' "$T/pipelined") | timeout 25 openssl s_client -quiet -proxy "127.0.0.1:$HUSH_PORT" \
    -connect api.openai.com:443 -servername api.openai.com -alpn http/1.1 -CAfile "$CA" \
    >"$T/pipelined" 2>/dev/null || true
order=$(grep -o '"body":"[a-z]*"' "$T/pipelined" | tr '\n' ' ')
expect_eq "two pipelined requests are answered in order" '"body":"first" "body":"second" ' "$order"

# A response head larger than the 2 KiB hush assembles an HTTP/1.1 head in on the stack (it
# spills into a buffer): every byte of it arrives, and the body after it.
curl -s -D "$T/big.head" -o "$T/big.body" --http1.1 --cacert "$CA" -x "$P" -H 'x-mock-big-header: 5000' \
    -H 'content-type: text/plain' -d 'big head' https://api.openai.com/echo || true
check "a 5,000-byte response header reaches an HTTP/1.1 client whole" \
    grep -qE "^x-big: b{5000}"$'\r'"?\$" "$T/big.head"
check "... and the body after it" grep -q '"body":"big head"' "$T/big.body"

mock_clear
req='POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\ntransfer-encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'
(printf "$req"; wait_for -t 20 grep -q '^HTTP/1.1' "$T/te-reply") | timeout 25 openssl s_client -quiet \
    -proxy "127.0.0.1:$HUSH_PORT" -connect api.openai.com:443 -servername api.openai.com -alpn http/1.1 \
    -CAfile "$CA" >"$T/te-reply" 2>/dev/null || true
reply=$(cat "$T/te-reply")
expect_match "a transfer coding other than chunked is 501" "^HTTP/1.1 501" "$reply"
expect_eq "... and nothing is sent upstream" "[]" "$(mock_get /__requests)"

# 100 concurrent HTTP/2 streams on one connection, each checked against its own echo.
if node "$HUSH_TESTS/helpers/h2-streams.mjs" --proxy "127.0.0.1:$HUSH_PORT" --ca "$CA" \
    --streams 100 --mode mixed >"$T/h2.txt" 2>&1; then
    ok "100 concurrent h2 streams on one connection all complete correctly"
else
    not_ok "100 concurrent h2 streams: $(cat "$T/h2.txt")"
fi

# An intercepted connection serves only the host it was opened for.
for v in --http1.1 --http2; do
    code=$(curl -s -o /dev/null -w '%{http_code}' $v --cacert "$CA" -x "$P" \
        -H 'Host: other.example' https://api.openai.com/v1/models)
    expect_eq "curl $v: a Host other than the CONNECT host is 421" 421 "$code"
done

# The leaf hush presents: for the CONNECT host, signed by the CA that /ca.crt serves, valid for a
# TLS server.
curl -s "http://127.0.0.1:$HUSH_PORT/ca.crt" -o "$T/downloaded-ca.pem"
echo | openssl s_client -proxy "127.0.0.1:$HUSH_PORT" -connect api.openai.com:443 \
    -servername api.openai.com -showcerts 2>/dev/null |
    awk '/BEGIN CERT/{n++} n==1{print} /END CERT/{if(n==1) exit}' >"$T/leaf.pem"
check "the leaf verifies against the downloaded CA as a TLS server for the host" \
    openssl verify -CAfile "$T/downloaded-ca.pem" -purpose sslserver -verify_hostname api.openai.com "$T/leaf.pem"
check "the leaf lasts 7 days" bash -c "openssl x509 -in '$T/leaf.pem' -noout -checkend $((6*86400)) && ! openssl x509 -in '$T/leaf.pem' -noout -checkend $((8*86400))"

# Clients are offered AEAD suites only: CBC and SHA-1 suites fail the handshake.
hello12() { echo | timeout 5 openssl s_client -proxy "127.0.0.1:$HUSH_PORT" -connect api.openai.com:443 \
    -servername api.openai.com -tls1_2 -cipher "$1:@SECLEVEL=0" 2>&1 || true; }
for c in ECDHE-ECDSA-AES128-SHA ECDHE-ECDSA-AES256-SHA ECDHE-ECDSA-AES128-SHA256; do
    check "TLS 1.2 with only $c: no handshake" bash -c "! grep -q 'BEGIN CERTIFICATE' <<<'$(hello12 $c)'"
done
for c in ECDHE-ECDSA-AES128-GCM-SHA256 ECDHE-ECDSA-CHACHA20-POLY1305; do
    check "TLS 1.2 with $c: handshake" grep -q 'BEGIN CERTIFICATE' <<<"$(hello12 $c)"
done

out=$(echo | timeout 5 openssl s_client -proxy "127.0.0.1:$HUSH_PORT" -connect api.openai.com:443 \
    -servername evil.example 2>&1 || true)
check "a ClientHello naming another host gets no certificate" bash -c "! grep -q 'BEGIN CERTIFICATE' <<<'$out'"
check "the SNI mismatch is logged" logged 'reason=sni_mismatch' "$HUSH_LOG"

# Streaming: the first event reaches the client while the upstream still holds the rest of the
# stream back (the mock's gate), so hush cannot be buffering the response.
curl -sN --cacert "$CA" -x "$P" "https://api.openai.com/slow?events=5&interval_ms=10&gate=1" \
    >"$T/gated.sse" 2>/dev/null &
GATED=$!
check "an SSE event reaches the client before the stream ends" wait_for -t 20 grep -q '"i":0' "$T/gated.sse"
check "... while the rest is still held upstream" bash -c "! grep -q '\"i\":1' '$T/gated.sse'"
mock_release
wait "$GATED" || true
expect_eq "... and the rest follows once released" 5 "$(grep -c '"i":' "$T/gated.sse")"

sum=$(curl -s --http2 --cacert "$CA" -x "$P" "https://api.openai.com/download?bytes=5000000&seed=9" | sha256sum | cut -d' ' -f1)
want=$(node --input-type=module -e "import {patternSha256} from '$HUSH_TESTS/helpers/pattern.mjs'; console.log(patternSha256(9, 5000000))")
expect_eq "a 5 MB response through the MITM is intact" "$want" "$sum"

# A client that leaves mid-stream cancels its upstream request.
mock_clear
curl -sN --cacert "$CA" -x "$P" "https://api.openai.com/slow?events=20&interval_ms=10&gate=1" \
    >"$T/left.sse" 2>/dev/null &
LEFT=$!
wait_for -t 20 grep -q '"i":0' "$T/left.sse"
kill "$LEFT"; wait "$LEFT" 2>/dev/null || true
aborted() { grep -q '"aborted":true' <<<"$(mock_get /__requests)"; }
check "the upstream request of a client that left is aborted" wait_for -t 15 aborted
mock_release

# A body over maxBodyBytes is refused and never sent, on both protocols.
head -c 70000 /dev/zero | tr '\0' a >"$T/big"
for v in --http1.1 --http2; do
    mock_clear
    code=$(curl -s -o /dev/null -w '%{http_code}' $v --cacert "$CA" -x "$P" --data-binary @"$T/big" \
        -H 'content-type: text/plain' https://api.openai.com/v1/chat/completions || echo " curl-exit-$?")
    expect_eq "curl $v: a body over maxBodyBytes is 413" 413 "$code"
    expect_eq "curl $v: ... and nothing reached the upstream" "[]" "$(mock_get /__requests)"
done
# Drain: an SSE stream in flight on an intercepted h2 connection completes after SIGTERM, new
# connections are refused, and hush exits 0 once it is done.
curl -sN --http2 --cacert "$CA" -x "$P" "https://api.openai.com/slow?events=8&interval_ms=10&gate=1" \
    >"$T/drain.sse" 2>/dev/null &
CURL=$!
wait_for -t 20 grep -q '"i":0' "$T/drain.sse"
kill -TERM "$HUSH_PID"
check "the drain has begun" logged 'event=draining'
# Each worker closes its listener on its own loop: asked until refused (bounded).
refused() { [ "$(curl -s -o /dev/null -w '%{http_code}' -m 5 "http://127.0.0.1:$HUSH_PORT/healthz")" = 000 ]; }
check "while draining, new connections are refused" wait_for -t 15 refused
mock_release
wait "$CURL" || true
expect_eq "the in-flight h2 stream got all its events" 8 "$(grep -c '"i":' "$T/drain.sse")"
wait "$HUSH_PID"; rc=$?
expect_eq "hush exits 0 after the drain" 0 "$rc"
finish
