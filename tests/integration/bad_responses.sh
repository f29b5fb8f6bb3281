# Responses hush cannot restore, from an upstream that sends broken ones (bad-upstream.mjs), for
# requests that carried PII: each ends its own exchange (502 in the provider's error shape, or a
# reset / close once the head was sent), never the process, which goes on serving the next
# request. Then the limits on responses: maxResponseBytes, the decoded/encoded ratio, and the
# process-wide budget for buffered bodies. Loopback only.
source "$HUSH_TESTS/helpers/lib.sh"
PKI=$T/pki
bash "$HUSH_TESTS/helpers/gen-test-pki.sh" "$PKI" >/dev/null
node "$HUSH_TESTS/helpers/bad-upstream.mjs" --cert "$PKI/server.pem" --key "$PKI/server.key" \
    --port-file "$T/bad.port" >/dev/null 2>"$T/bad.log" &
PIDS+=($!)
for _ in $(seq 1 400); do
    [ -s "$T/bad.port" ] && break
    sleep 0.05
done
BAD=$(cat "$T/bad.port")
start_mock # an h2 upstream (same test PKI) for corrupt bodies over HTTP/2
COMMON=(HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem"
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$BAD,api.anthropic.com:443=127.0.0.1:$MOCK")
BODY='{"model":"gpt-4o","messages":[{"role":"user","content":"Write to jane.doe@example.com please."}]}'

# req NAME VERSION PATH: one request with PII; writes $T/NAME.out, prints "http_code exit".
req() {
    local rc=0 code
    code=$(curl -s -o "$T/$1.out" -w '%{http_code}' --max-time 60 $2 --cacert "$CA" -x "$P" \
        -H 'content-type: application/json' -d "$BODY" "https://api.openai.com$3") || rc=$?
    echo "$code $rc"
}
alive_and_serving() { # alive_and_serving LABEL VERSION
    local r
    check "$1: hush is still running" kill -0 "$HUSH_PID"
    r=$(req next "$2" /v1/ok)
    expect_eq "$1: the next request is served" "200 0" "$r"
    check "$1: ... with its value restored" grep -q 'jane.doe@example.com' "$T/next.out"
}

start_hush bad "${COMMON[@]}"
CA=$T/data-bad/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"

for v in --http1.1 --http2; do
    r=$(req ok "$v" /v1/ok)
    expect_eq "curl $v: a good response is restored" "200 0" "$r"
    check "curl $v: ... with the original value" grep -q 'jane.doe@example.com' "$T/ok.out"
    # Broken in the first piece the upstream sends: hush answers 502 in the provider's shape.
    for path in gzip-invalid gzip-crc br-invalid; do
        r=$(req "$path" "$v" "/v1/$path")
        expect_eq "curl $v: /$path is answered 502" "502 0" "$r"
        check "curl $v: /$path: the 502 is in the provider's error shape" \
            grep -q '"error":{"message":"hush: .*"code":"hush_bad_response"' "$T/$path.out"
        alive_and_serving "curl $v: /$path" "$v"
    done
    # A status outside 100..599 is an upstream failure like any other (hush's own 502).
    for path in status-099 status-600; do
        r=$(req "$path" "$v" "/v1/$path")
        expect_eq "curl $v: /$path is answered 502" "502 0" "$r"
        check "curl $v: /$path: ... naming the invalid status" \
            grep -q 'hush: upstream sent an invalid status' "$T/$path.out"
        alive_and_serving "curl $v: /$path" "$v"
    done
    # Broken after the head went out: the response is cut (h2 RST_STREAM, h1 close).
    for path in gzip-midstream sse-big; do
        r=$(req "$path" "$v" "/v1/$path")
        check "curl $v: /$path does not end as a complete response ($r)" test "${r#* }" != 0
        alive_and_serving "curl $v: /$path" "$v"
    done
done
# The same over an HTTP/2 upstream (the mock): a corrupt gzip or brotli body, whole or streamed.
ABODY='{"model":"claude-x","max_tokens":50,"messages":[{"role":"user","content":"Write to jane.doe@example.com please."}]}'
SBODY='{"model":"claude-x","max_tokens":50,"stream":true,"messages":[{"role":"user","content":"Write to jane.doe@example.com please."}]}'
for v in --http1.1 --http2; do
    for enc in gzip br; do
        rc=0
        code=$(curl -s -o "$T/h2up.out" -w '%{http_code}' --max-time 60 $v --cacert "$CA" -x "$P" \
            -H 'content-type: application/json' -H "x-mock-content-encoding: $enc" -H 'x-mock-corrupt: 1' \
            -d "$ABODY" https://api.anthropic.com/v1/messages) || rc=$?
        check "curl $v: a corrupt $enc body from an h2 upstream is not delivered as complete ($code $rc)" \
            test "$code $rc" = "502 0" -o "$rc" != 0
        rc=0
        code=$(curl -s -o "$T/h2up.out" -w '%{http_code}' --max-time 60 $v --cacert "$CA" -x "$P" \
            -H 'content-type: application/json' -H "x-mock-content-encoding: $enc" -H 'x-mock-corrupt: 1' \
            -d "$SBODY" https://api.anthropic.com/v1/messages) || rc=$?
        check "curl $v: a corrupt $enc stream from an h2 upstream is not delivered as complete ($code $rc)" \
            test "$code $rc" = "502 0" -o "$rc" != 0
        alive_and_serving "curl $v: corrupt $enc over h2" "$v"
    done
    r=$(curl -s -o "$T/h2ok.out" -w '%{http_code}' $v --cacert "$CA" -x "$P" -H 'content-type: application/json' \
        -H 'x-mock-content-encoding: gzip' -d "$SBODY" https://api.anthropic.com/v1/messages)
    expect_eq "curl $v: an intact gzip stream from the h2 upstream still works" 200 "$r"
    check "curl $v: ... restored" grep -q 'jane.doe@example.com' "$T/h2ok.out"
done
check "the log names why a response was refused, without values" \
    logged 'event=response_refused .*reason='
check "... and no PII value is in the log" bash -c "! grep -q 'jane.doe@example.com' '$HUSH_LOG'"

metric() { curl -s "$P/metrics" | awk -v k="$1" '$1 == k {print $2}'; }
# wait_metric NAME CMP VALUE: the metric satisfies the test within 10 s.
wait_metric() {
    local i v
    for i in $(seq 100); do
        v=$(metric "$1")
        [ -n "$v" ] && [ "${v%.*}" "$2" "$3" ] && return 0
        sleep 0.1
    done
    return 1
}

# maxResponseBytes: a response over it is refused, before its head when its length says so.
start_hush caps "${COMMON[@]}" HUSH_MAX_RESPONSE_BYTES=1048576
CA=$T/data-caps/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
for v in --http1.1 --http2; do
    r=$(req big "$v" "/v1/big?bytes=2000000")
    expect_eq "curl $v: a 2 MB response over maxResponseBytes (1 MiB) is 502" "502 0" "$r"
    check "curl $v: ... saying so in the provider's shape" grep -q '"code":"hush_response_too_large"' "$T/big.out"
    r=$(req big "$v" "/v1/big?bytes=900000")
    expect_eq "curl $v: a 900 kB response under it is delivered" "200 0" "$r"
    check "curl $v: ... restored" grep -q 'jane.doe@example.com' "$T/big.out"
    r=$(req bigc "$v" "/v1/big-chunked?bytes=2000000")
    check "curl $v: a chunked response that passes the cap is cut ($r)" test "${r#* }" != 0
    alive_and_serving "curl $v: over maxResponseBytes" "$v"
done
check "the cut is logged with its reason" logged 'event=response_refused .*code=hush_response_too_large head_sent=true'
expect_eq "hush_responses_refused_total counts them" 4 "$(metric 'hush_responses_refused_total{reason="too_large"}')"

# maxResponseRatio: a gzip-of-gzip bomb (128 MiB of zeros in ~1 kB) and a 1000:1 gzip body are
# refused after about a MiB, and memory does not follow the bomb.
start_hush bomb "${COMMON[@]}"
CA=$T/data-bomb/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
r=$(req warm --http1.1 /v1/ok)
hwm0=$(awk '/VmHWM/ {print $2}' "/proc/$HUSH_PID/status")
for v in --http1.1 --http2; do
    for path in bomb ratio; do
        r=$(req "$path" "$v" "/v1/$path")
        expect_eq "curl $v: /$path is 502" "502 0" "$r"
        check "curl $v: /$path: ... for its ratio" grep -q '"code":"hush_response_ratio"' "$T/$path.out"
    done
    alive_and_serving "curl $v: bombs" "$v"
done
hwm1=$(awk '/VmHWM/ {print $2}' "/proc/$HUSH_PID/status")
check "peak memory grew by less than 64 MiB over the bombs ($hwm0 kB -> $hwm1 kB)" \
    test $((hwm1 - hwm0)) -lt 65536
expect_eq "hush_responses_refused_total counts them" 4 "$(metric 'hush_responses_refused_total{reason="ratio"}')"

# maxBufferedBytes: while one client holds 1,040,000 bytes of a request body, a 10 kB body passes
# the 1 MiB budget and is answered 503 with Retry-After; once the first lets go it goes through.
start_hush budget "${COMMON[@]}" HUSH_MAX_BUFFERED_BYTES=1048576
CA=$T/data-budget/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
(echo "$BASHPID" >"$T/feeder.pid"
    printf 'POST /v1/ok HTTP/1.1\r\nHost: api.openai.com\r\ncontent-type: application/json\r\ncontent-length: 1100000\r\n\r\n'
    head -c 1040000 /dev/zero | tr '\0' a; exec sleep 60) |
    openssl s_client -quiet -proxy "127.0.0.1:$HUSH_PORT" -connect api.openai.com:443 \
        -servername api.openai.com -alpn http/1.1 -CAfile "$CA" >/dev/null 2>&1 &
HOLDER=$!
check "the held body is counted in hush_buffered_bytes" wait_metric hush_buffered_bytes -ge 1040000
printf '{"messages":[{"role":"user","content":"jane.doe@example.com %s"}]}' "$(head -c 10000 /dev/zero | tr '\0' b)" >"$T/10k.json"
# The body fits one h2 DATA frame, so hush has the whole request when it answers and need not stop
# an upload with RST_STREAM NO_ERROR (RFC 9113 8.1), which curl 7.88 sometimes takes for an error
# before it shows the head.
for v in --http1.1 --http2; do
    curl -s -o "$T/busy.out" -D "$T/busy.h" $v --cacert "$CA" -x "$P" \
        -H 'content-type: application/json' --data-binary @"$T/10k.json" https://api.openai.com/v1/ok || true
    check "curl $v: a body over the budget is 503" grep -qE '^HTTP/(1.1|2) 503' "$T/busy.h"
    check "curl $v: ... with Retry-After" grep -qi '^retry-after: 1' "$T/busy.h"
done
expect_eq "hush_buffer_budget_refusals_total counts both" 2 \
    "$(metric 'hush_buffer_budget_refusals_total{direction="request"}')"
kill "$HOLDER" "$(cat "$T/feeder.pid")" 2>/dev/null || true
check "the budget is given back when the holder goes" wait_metric hush_buffered_bytes -eq 0
for v in --http1.1 --http2; do
    code=$(curl -s -o "$T/fine.out" -w '%{http_code}' $v --cacert "$CA" -x "$P" \
        -H 'content-type: application/json' --data-binary @"$T/10k.json" https://api.openai.com/v1/ok || true)
    expect_eq "curl $v: the same body under the budget goes through" 200 "$code"
    check "curl $v: ... restored" grep -q 'jane.doe@example.com' "$T/fine.out"
done
check "the refusal is logged" logged 'event=buffer_budget_full .*direction=request'
# The restorers' held bytes count too: an SSE event that grows past the budget cuts its response.
r=$(req sse --http2 /v1/sse-big)
check "a response holding more than the budget is cut ($r)" test "${r#* }" != 0
check "... and counted as a response-side budget refusal" \
    wait_metric 'hush_buffer_budget_refusals_total{direction="response"}' -ge 1
check "... with its code in the log" logged 'event=response_refused .*code=hush_busy'
check "the budget is all given back" wait_metric hush_buffered_bytes -eq 0
alive_and_serving "after the budget" --http2
finish
