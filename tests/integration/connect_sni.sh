# A CONNECT to an IP address (or a name not on the list) whose TLS ClientHello names an
# intercepted host is intercepted like a CONNECT to that name, so an IP is no way around
# scanning; connectSni "refuse" closes it instead. Other ClientHellos, and clients that send
# nothing (the server speaks first), are tunnelled as before. Loopback only: the mock upstream
# stands in for api.openai.com on its own port, which is made a mitmPorts port.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
# A server that speaks first (SMTP-like), on a port that is also a mitmPorts port.
node -e "
const net=require('net'); const fs=require('fs');
const s=net.createServer((c)=>{c.end('220 banner from the server\r\n');});
s.listen(0,'127.0.0.1',()=>fs.writeFileSync('$T/banner.port', String(s.address().port)));" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/banner.port" ] && break; sleep 0.05; done
BANNER=$(cat "$T/banner.port")
common=(HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem"
    HUSH_CONNECT_PORTS=1-65535 HUSH_MITM_PORTS="443,$MOCK,$BANNER" HUSH_TIMEOUT_HEAD=2
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:$MOCK=127.0.0.1:$MOCK")
start_hush sni "${common[@]}"
BODY='{"model":"gpt-4o","messages":[{"role":"user","content":"Write to jane.doe@example.com please."}]}'
REQ="POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\nContent-Length: ${#BODY}\r\nConnection: close\r\n\r\n$BODY"
# through TARGET SNI: send the request over TLS after CONNECT TARGET, with SNI; print what came back
through() {
    (printf "$REQ"; sleep 3) | timeout 8 openssl s_client -quiet -proxy "127.0.0.1:$HUSH_PORT" \
        -connect "$1" -servername "$2" 2>"$T/sclient.err" || true
}
issuer() {
    echo | timeout 5 openssl s_client -proxy "127.0.0.1:$HUSH_PORT" -connect "$1" -servername "$2" \
        2>/dev/null | openssl x509 -noout -issuer 2>/dev/null || true
}

for target in "127.0.0.1:$MOCK" "localhost:$MOCK"; do
    mock_clear
    out=$(through "$target" api.openai.com)
    check "CONNECT $target with SNI api.openai.com: answered, with the email restored" \
        grep -q 'jane.doe@example.com' <<<"$out"
    up=$(mock_get /__requests)
    check "... the upstream saw a token, not the email" \
        bash -c "grep -q 'EMAIL_1' <<<'$up' && ! grep -q 'jane.doe@example.com' <<<'$up'"
    expect_match "... under hush's certificate" "hush CA .* DO NOT TRUST" "$(issuer "$target" api.openai.com)"
done
check "the interception is logged with the SNI" \
    logged "event=conn .*target=127.0.0.1:$MOCK sni=api.openai.com decision=intercept" "$HUSH_LOG"

# Canaries: another SNI, and no SNI, are tunnelled to the address as before.
expect_match "CONNECT to the IP with SNI localhost: tunnelled (the server's own certificate)" \
    "hush TEST upstream CA" "$(issuer "127.0.0.1:$MOCK" localhost)"
reply=$(raw_request "$HUSH_PORT" "CONNECT 127.0.0.1:$BANNER HTTP/1.1\r\n\r\n" 6)
expect_match "a client that sends nothing is tunnelled after the wait (server speaks first)" \
    "220 banner from the server" "$reply"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

start_hush refuse "${common[@]}" HUSH_CONNECT_SNI=refuse
mock_clear
out=$(through "127.0.0.1:$MOCK" api.openai.com)
check "connectSni refuse: no answer" bash -c "! grep -q 'jane.doe' <<<'$out'"
expect_eq "... and nothing reached the upstream" "[]" "$(mock_get /__requests)"
check "... logged as refused" logged "sni=api.openai.com decision=blocked .*outcome=refused_sni" "$HUSH_LOG"
finish
