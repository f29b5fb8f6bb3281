# Who may use the proxy: Basic proxy authentication against hashed passwords (407 without or with
# wrong credentials, never logging the password), allowedClients, and the per-client cap.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
HASH=$(printf 'correct horse battery\n' | "$HUSH_BIN" hash-password)
expect_match "hash-password prints a PBKDF2 hash" '^pbkdf2-sha256\$200000\$' "$HASH"
start_hush auth HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_USERS="alice=$HASH" HUSH_MAX_CONNECTIONS_PER_CLIENT=3
P=127.0.0.1:$HUSH_PORT
O="http://127.0.0.1:$ORIGIN_HTTP/hello"

curl -s -o /dev/null -D "$T/h407" -x "http://$P" "$O"
check "no credentials: 407" grep -q '^HTTP/1.1 407' "$T/h407"
check "... with Proxy-Authenticate: Basic" grep -qi '^proxy-authenticate: basic realm="hush"' "$T/h407"
code=$(curl -s -o /dev/null -w '%{http_code}' -x "http://alice:wrong-password@$P" "$O")
expect_eq "a wrong password: 407" 407 "$code"
code=$(curl -s -o /dev/null -w '%{http_code}' -x "http://mallory:correct%20horse%20battery@$P" "$O")
expect_eq "an unknown user: 407" 407 "$code"
expect_eq "the right credentials: forwarded" hello \
    "$(curl -s -x "http://alice:correct%20horse%20battery@$P" "$O")"
out=$(curl -s --cacert "$PKI/ca.pem" -x "http://alice:correct%20horse%20battery@$P" \
    "https://localhost:$ORIGIN_HTTPS/hello")
expect_eq "the right credentials: CONNECT tunnel" hello "$out"
reply=$(raw_request "$HUSH_PORT" "CONNECT localhost:$ORIGIN_ECHO HTTP/1.1\r\n\r\n")
expect_match "CONNECT without credentials: 407" "^HTTP/1.1 407" "$reply"
expect_match "control endpoints need no credentials" '"status":"ok"' "$(curl -s "http://$P/healthz")"
check "a failed attempt is logged with the user" logged 'event=auth_failed .*user=alice' "$HUSH_LOG"
check "no password ever reaches the log" bash -c "! grep -q -e 'wrong-password' -e 'horse' '$HUSH_LOG'"

# Per-client cap (3): three idle connections are held, the fourth is refused with 429.
# hush accepts the three held connections asynchronously: the fourth is asked until it is refused
# (bounded), and after two close, until it is served again.
exec 5<>"/dev/tcp/127.0.0.1/$HUSH_PORT" 6<>"/dev/tcp/127.0.0.1/$HUSH_PORT" 7<>"/dev/tcp/127.0.0.1/$HUSH_PORT"
fourth_refused() { [[ $(raw_request "$HUSH_PORT" "GET /healthz HTTP/1.1\r\n\r\n") =~ ^HTTP/1.1\ 429 ]]; }
check "over maxConnectionsPerClient: 429" wait_for fourth_refused
exec 5>&- 6>&-
served() { [[ $(curl -s "http://$P/healthz") =~ \"status\":\"ok\" ]]; }
check "closing connections frees the client's slots" wait_for served
exec 7>&-

start_hush outsider HUSH_ALLOWED_CLIENTS=10.0.0.0/8
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/healthz")
expect_eq "a client outside allowedClients is refused" 403 "$code"
start_hush insider HUSH_ALLOWED_CLIENTS=127.0.0.0/8,10.0.0.0/8
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/healthz")
expect_eq "a client inside allowedClients is served" 200 "$code"

out=$(HUSH_USERS='bob=plaintext-password' "$HUSH_BIN" check-config 2>&1) && rc=0 || rc=$?
expect_eq "a plaintext password in users refuses to start" 2 "$rc"
expect_match "... saying how to make a hash" "hush hash-password" "$out"
check "... without echoing the password" bash -c "! grep -q plaintext-password <<<'$out'"
finish
