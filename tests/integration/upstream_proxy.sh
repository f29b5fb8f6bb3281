# hush's own outbound traffic through a corporate proxy (here: a second hush that requires
# credentials): tunnels and intercepted upstream connections go through it with CONNECT; wrong
# credentials give 502; upstreamNoProxy destinations go direct; IP literals are still guarded.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
start_mock
HASH=$(printf 'corp-password\n' | "$HUSH_BIN" hash-password)
start_hush corp CA_CERT_FILE= CA_KEY_FILE= HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 \
    HUSH_CONNECT_PORTS=1-65535 HUSH_USERS="corp=$HASH" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK"
CORP=$HUSH_PORT
CORP_LOG=$HUSH_LOG
corp_tunnels() { curl -s "http://127.0.0.1:$CORP/metrics" | awk '$1 == "hush_decisions_total{decision=\"tunnel\"}" {print $2}'; }

start_hush edge HUSH_UPSTREAM_PROXY="http://corp:corp-password@127.0.0.1:$CORP" \
    HUSH_CONNECT_PORTS=1-65535 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem"
P="http://127.0.0.1:$HUSH_PORT"
out=$(curl -s --cacert "$PKI/ca.pem" -x "$P" "https://localhost:$ORIGIN_HTTPS/hello")
expect_eq "a tunnel goes through the corporate proxy" hello "$out"
expect_eq "... which opened one tunnel for it" 1 "$(corp_tunnels)"
out=$(curl -s --cacert "$T/data-edge/ca-cert.pem" -x "$P" -H 'content-type: application/json' \
    -d '{"messages":[{"role":"user","content":"mail proxied.person@example.com"}]}' \
    https://api.openai.com/v1/chat/completions)
check "an intercepted request reaches the API through the corporate proxy" \
    grep -q 'proxied.person@example.com' <<<"$out"
expect_eq "... the corporate proxy tunnelled it" 2 "$(corp_tunnels)"
check "the proxy password never reaches either log" bash -c "! grep -q corp-password '$HUSH_LOG' '$CORP_LOG'"
reply=$(raw_request "$HUSH_PORT" "CONNECT 127.0.0.1:$ORIGIN_ECHO HTTP/1.1\r\n\r\n")
expect_match "an IP-literal destination is still guarded" "^HTTP/1.1 403" "$reply"
check "... and never reaches the corporate proxy" bash -c "! grep -q 'target=127.0.0.1:$ORIGIN_ECHO' '$CORP_LOG'"

start_hush badcreds HUSH_UPSTREAM_PROXY="http://corp:wrong@127.0.0.1:$CORP" HUSH_CONNECT_PORTS=1-65535
reply=$(raw_request "$HUSH_PORT" "CONNECT localhost:$ORIGIN_HTTPS HTTP/1.1\r\n\r\n")
expect_match "wrong proxy credentials: 502" "^HTTP/1.1 502.*upstream proxy refused" "$(tr -d '\r' <<<"$reply" | tr '\n' ' ')"

before=$(corp_tunnels)
start_hush direct HUSH_UPSTREAM_PROXY="http://corp:corp-password@127.0.0.1:$CORP" \
    HUSH_UPSTREAM_NO_PROXY=".example.org,localhost" HUSH_CONNECT_PORTS=1-65535 \
    HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8
out=$(curl -s --cacert "$PKI/ca.pem" -x "http://127.0.0.1:$HUSH_PORT" "https://localhost:$ORIGIN_HTTPS/hello")
expect_eq "an upstreamNoProxy destination is reached directly" hello "$out"
expect_eq "... without the corporate proxy" "$before" "$(corp_tunnels)"
finish
