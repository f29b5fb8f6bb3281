# An HTTP/2 client in front of an upstream that speaks only HTTP/1.1: hush translates both ways
# (pseudo-headers to Host, chunked responses to DATA frames), anonymizes and restores as usual,
# and streams SSE without holding it back.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock --h1-only
start_hush translate HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK"
CA=$T/data-translate/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
BODY='{"model":"m","messages":[{"role":"user","content":"call +1 415 555 0132 or mail h2.to.h1@example.com"}]}'

out=$(curl -s --http2 --cacert "$CA" -x "$P" -H 'content-type: application/json' -d "$BODY" \
    -w '\n%{http_version}' https://api.openai.com/v1/chat/completions)
expect_eq "the client spoke HTTP/2" 2 "$(tail -1 <<<"$out")"
check "the answer has the original values back" grep -q 'h2.to.h1@example.com' <<<"$out"
up=$(mock_get /__requests)
expect_match "the upstream was spoken to in HTTP/1.1" '"httpVersion":"1.1"' "$up"
check "with the right Host and no PII" bash -c "grep -q '\"host\":\"api.openai.com\"' <<<'$up' && ! grep -q 'h2.to.h1@' <<<'$up'"
stream=$(curl -sN --http2 --cacert "$CA" -x "$P" -H 'content-type: application/json' \
    -d "${BODY/\"m\",/\"m\",\"stream\":true,}" https://api.openai.com/v1/chat/completions)
text=$(node -e "let t='';for (const l of process.argv[1].split('\n')) if (l.startsWith('data: {')) t += JSON.parse(l.slice(6)).choices[0]?.delta?.content ?? ''; console.log(t)" "$stream")
expect_match "a streamed answer from a chunked HTTP/1.1 upstream is restored" "h2.to.h1@example.com" "$text"
check "... and ends with [DONE]" grep -q 'data: \[DONE\]' <<<"$stream"
# TLS resumption toward the upstream: connections opened after the first handshake resume it.
for n in 2 6; do
    curls=()
    for _ in $(seq 1 $n); do
        curl -s -o /dev/null --cacert "$CA" -x "$P" "https://api.openai.com/slow?events=3&interval_ms=100" &
        curls+=($!)
    done
    wait "${curls[@]}"
done
kill -TERM "$HUSH_PID"; wait "$HUSH_PID" || true
check "later upstream connections resume the TLS session" logged 'event=upstream_conn .*resumed=true' "$HUSH_LOG"
finish
