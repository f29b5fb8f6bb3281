# One client (client.c): every front-end path writes exactly one `event=conn` line per connection
# (CONNECT tunnel, MITM, a MITM whose TLS handshake fails, forward, control, the admin port), the
# per-client cap counts an IPv4 client the same on an IPv4 listener and on a dual-stack [::] one
# (where it shows as ::ffff:127.0.0.1), and every path gives its slots back: after N closed
# connections of each kind, a cap of N still admits N. The transparent listener's lines are
# checked in transparent.sh (it needs its own namespace). Loopback only.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
start_mock
N=3
start_hush one HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK" \
    HUSH_MAX_CONNECTIONS_PER_CLIENT=$N HUSH_MAX_CONNECTIONS=$((N + 1)) HUSH_ADMIN_LISTEN='[::]:0'
ADMIN=$(sed -n 's/.*event=admin_listening addr=[^ ]* port=\([0-9]*\).*/\1/p' "$HUSH_LOG" | head -1)
CA=$T/data-one/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
BODY='{"model":"gpt-4o","messages":[{"role":"user","content":"hello"}]}'

# Each path is one curl connection whose local port names it in the log (client=127.0.0.1:PORT).
tunnel() { curl -s -o /dev/null -w '%{local_port}' --cacert "$PKI/ca.pem" -x "$P" \
    "https://localhost:$ORIGIN_HTTPS/hello" || true; }
mitm() { curl -s -o /dev/null -w '%{local_port}' --cacert "$CA" -x "$P" \
    -H 'content-type: application/json' -d "$BODY" https://api.openai.com/v1/chat/completions || true; }
handshake_fails() { curl -s -o /dev/null -w '%{local_port}' --cacert "$PKI/ca.pem" -x "$P" \
    https://api.openai.com/v1/models || true; } # hush's CA is not trusted: the client aborts
forward() { curl -s -o /dev/null -w '%{local_port}' -x "$P" "http://127.0.0.1:$ORIGIN_HTTP/hello" || true; }
control() { curl -s -o /dev/null -w '%{local_port}' "$P/healthz" || true; }
admin() { curl -s -o /dev/null -w '%{local_port}' "http://127.0.0.1:$ADMIN/healthz" || true; }
# The line each path ends with (the last one written for its connection).
declare -A FINAL=(
    [tunnel]="decision=tunnel status=200 .*outcome=[a-z_]*"
    [mitm]="decision=intercept status=200 .*outcome=intercepted"
    [handshake_fails]="decision=intercept .*outcome=tls_handshake_failed reason="
    [forward]="decision=forward status=200"
    [control]="target=hush:0 decision=control status=200"
    [admin]="target=hush:0 decision=control status=200"
)
lines_for() { grep -c "event=conn client=127.0.0.1:$1 " "$HUSH_LOG" || true; }

for path in tunnel mitm handshake_fails forward control admin; do
    for i in $(seq 1 $N); do
        port=$(${path})
        if [ "$i" = 1 ]; then
            check "$path: its connection is logged (client=127.0.0.1:$port)" \
                logged "event=conn client=127.0.0.1:$port .*${FINAL[$path]}" "$HUSH_LOG"
            expect_eq "$path: ... exactly once" 1 "$(lines_for "$port")"
        fi
    done
done
check "the admin port's dual-stack client is logged as IPv4, not ::ffff:" \
    bash -c "! grep -q 'client=\[::ffff:' '$HUSH_LOG'"

# Slots come back: every connection above is closed, so only the scrape itself is open.
open_conns() { curl -s "http://127.0.0.1:$ADMIN/metrics" | awk '$1 == "hush_connections_open" {print $2}'; }
only_scrape() { [ "$(open_conns)" = 1 ]; }
check "after $((6 * N)) closed connections no maxConnections slot is held" wait_for only_scrape

# ... and the per-client slots: N-1 held connections plus one request make N, all admitted.
exec 5<>"/dev/tcp/127.0.0.1/$HUSH_PORT" 6<>"/dev/tcp/127.0.0.1/$HUSH_PORT"
held() { [ "$(open_conns)" = 3 ]; } # the two held and the scrape
check "two idle connections are held" wait_for held
expect_eq "a cap of $N still admits $N from this client" 200 \
    "$(curl -s -o /dev/null -w '%{http_code}' "$P/healthz")"

# One client, two listeners: an IPv4 peer on the proxy port and a ::ffff:127.0.0.1 peer on the
# dual-stack admin port take from one per-client count, so with N held the next is refused.
exec 7<>"/dev/tcp/127.0.0.1/$ADMIN"
refused() { [[ $(raw_request "$HUSH_PORT" "GET /healthz HTTP/1.1\r\n\r\n") =~ ^HTTP/1.1\ 429 ]]; }
check "2 connections on the IPv4 port and 1 on the dual-stack port fill a cap of $N" wait_for refused
exec 7>&-
served() { [[ $(curl -s "$P/healthz") =~ \"status\":\"ok\" ]]; }
check "closing the dual-stack one frees the same client's slot" wait_for served
exec 5>&- 6>&-
finish
