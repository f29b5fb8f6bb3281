# TLS session resumption toward clients: a session (TLS 1.2 session ID or TLS 1.3 ticket) resumes
# on a later CONNECT to the same host, and never on a CONNECT to another intercepted host: a resumed
# handshake sends no certificate, so the client would take the first host's leaf for the second's.
# Loopback only: the mock upstream stands in for both hosts.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
start_hush resume HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK,api.anthropic.com:443=127.0.0.1:$MOCK"
CA=$T/data-resume/ca-cert.pem

# hello VERSION HOST SESSION-ARGS...: a handshake through hush to HOST; prints s_client's summary
# ("New," or "Reused,") and the leaf's subject
hello() {
    local v=$1 host=$2
    shift 2
    echo | timeout 8 openssl s_client "$v" -proxy "127.0.0.1:$HUSH_PORT" -connect "$host:443" \
        -servername "$host" -CAfile "$CA" "$@" 2>/dev/null | grep -E '^(New|Reused),|^subject=' || true
}

for v in -tls1_2 -tls1_3; do
    sess=$T/session$v.pem
    # A TLS 1.3 ticket comes after the handshake, with hush's first answer: send a request and
    # wait for the answer's end (Connection: close) before s_client writes the session out.
    printf 'GET /v1/models HTTP/1.1\r\nHost: api.openai.com\r\nConnection: close\r\n\r\n' |
        timeout 8 openssl s_client "$v" -quiet -ign_eof -proxy "127.0.0.1:$HUSH_PORT" \
            -connect api.openai.com:443 -servername api.openai.com -CAfile "$CA" \
            -sess_out "$sess" >"$T/first$v.out" 2>/dev/null || true
    check "$v: the first connection got an answer and a session" \
        bash -c "grep -q '^HTTP/1.1 ' '$T/first$v.out' && [ -s '$sess' ]"
    if [ "$v" = -tls1_3 ]; then
        # one ticket per connection (net/tls_ctx.c): each one costs hush a seal and a derivation
        printf 'GET /v1/models HTTP/1.1\r\nHost: api.openai.com\r\nConnection: close\r\n\r\n' |
            timeout 8 openssl s_client -tls1_3 -msg -ign_eof -proxy "127.0.0.1:$HUSH_PORT" \
                -connect api.openai.com:443 -servername api.openai.com -CAfile "$CA" \
                >"$T/msg.out" 2>&1 || true
        check "$v: the answer came" grep -q '^HTTP/1.1 ' "$T/msg.out"
        expect_eq "$v: one NewSessionTicket per connection" 1 "$(grep -c 'NewSessionTicket' "$T/msg.out")"
    fi
    expect_match "$v: the same host again resumes it (the canary: sessions are offered and taken)" \
        "Reused, TLS" "$(hello "$v" api.openai.com -sess_in "$sess")"
    out=$(hello "$v" api.anthropic.com -sess_in "$sess")
    expect_match "$v: another intercepted host does not resume it: a full handshake" "New, TLS" "$out"
    expect_match "$v: ... under that host's own leaf" "subject=.*CN ?= ?api\.anthropic\.com" "$out"
done
finish
