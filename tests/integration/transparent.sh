# Transparent mode end to end, in a network namespace this test creates (only lo, with test
# addresses on it): `hush transparent apply` installs the rules, a client that knows nothing of
# any proxy connects to "remote" addresses, and its connections land on hush's transparent
# listener. An SNI naming an AI host is intercepted and anonymized; any other SNI, or none, is
# tunnelled to the original destination, which must pass the SSRF guard. The rules come and go
# exactly (revert restores iptables-save and ip rule output byte for byte), apply is idempotent,
# a failing step takes back what the run added, and missing CAP_NET_ADMIN is said plainly.
# Addresses: 10.77.0.2 and fd77::2 (mock AI upstreams, allowed), 192.168.77.2 (a canary the guard
# refuses). Nothing leaves the namespace.
source "$HUSH_TESTS/helpers/lib.sh"
command -v iptables >/dev/null && command -v ip6tables >/dev/null || {
    echo "SKIP: iptables/ip6tables not installed (Debian package iptables)" >&2
    exit 77
}
hush_isolate "$@"

ip addr add 10.77.0.2/32 dev lo
ip addr add 192.168.77.2/32 dev lo
ip addr add fd77::2/128 dev lo nodad
# The canary the guard must keep hush from, probed once directly before any diversion exists.
start_canary "$T/canary" 192.168.77.2
snapshot() { # everything apply may touch
    { iptables-save; ip6tables-save; ip -4 rule; ip -6 rule; ip -4 route show table all
      ip -6 route show table all; } 2>&1 | grep -v '^#' | sed 's/\[[0-9]*:[0-9]*\]//'
}
# A rule of someone else's in the mangle table: it must survive apply and revert, and it makes
# the table exist before apply (the nft backend never deletes a table iptables created).
iptables -w -t mangle -A OUTPUT -p udp --dport 9 -j RETURN
ip6tables -w -t mangle -A OUTPUT -p udp --dport 9 -j RETURN

TP_PORT=15001
export HUSH_TRANSPARENT_LISTEN="[::]:$TP_PORT"
before=$(snapshot)

# ---- the rules ----------------------------------------------------------------------------
dry=$("$HUSH_BIN" transparent apply --dry-run)
expect_eq "--dry-run changes nothing" "$before" "$(snapshot)"
expect_match "--dry-run prints the TPROXY rule" \
    "iptables -w -t mangle -A HUSH_TPROXY -p tcp -m mark --mark 0x1 -j TPROXY --on-ip 127.0.0.1 --on-port $TP_PORT --tproxy-mark 0x1" "$dry"
expect_match "--dry-run covers IPv6 for a [::] listener" "ip6tables -w -t mangle -N HUSH_MARK" "$dry"

out=$("$HUSH_BIN" transparent apply 2>&1) && rc=0 || rc=$?
if [ $rc -ne 0 ] && [[ $out == *TPROXY* ]] && ! grep -qw xt_TPROXY /proc/modules 2>/dev/null &&
    ! { zcat /proc/config.gz 2>/dev/null || cat "/boot/config-$(uname -r)" 2>/dev/null; } |
    grep -q '^CONFIG_NETFILTER_XT_TARGET_TPROXY=[ym]'; then
    echo "SKIP: the kernel has no TPROXY support (xt_TPROXY): $out" >&2
    exit 77
fi
if [ $rc -ne 0 ] && [[ $out == *CAP_NET_ADMIN* ]] && [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: no CAP_NET_ADMIN in this user namespace: $out" >&2
    exit 77
fi
expect_eq "transparent apply succeeds" 0 "$rc"
applied=$(snapshot)
check "the bypass mark returns first in HUSH_MARK" grep -q -- "-A HUSH_MARK -m mark --mark 0x2 -j RETURN" <<<"$applied"
check "someone else's mangle rule is still there" grep -q -- "-A OUTPUT -p udp -m udp --dport 9 -j RETURN" <<<"$applied"
out2=$("$HUSH_BIN" transparent apply 2>&1)
expect_eq "a second apply changes nothing" "$applied" "$(snapshot)"
expect_eq "a second apply finds every step present" 0 "$(grep -c '^added' <<<"$out2" || true)"

# ---- hush and the servers ------------------------------------------------------------------
start_mock --host 10.77.0.2 --port 443
node "$HUSH_TESTS/helpers/mock-upstream.mjs" --cert "$PKI/server.pem" --key "$PKI/server.key" \
    --host fd77::2 --port 443 >/dev/null 2>"$T/mock6.log" &
PIDS+=($!)
# Metadata mode rules for two test names only: one on the SNI, one on the mock's certificate.
FP=$(openssl x509 -in "$PKI/server.pem" -noout -fingerprint -sha256 | sed 's/.*=//')
start_hush tp HUSH_ALLOW_PRIVATE_NETWORKS=10.77.0.0/24,fd77::/64 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=10.77.0.2:443" HUSH_TIMEOUT_HEAD=2 \
    HUSH_TUNNEL_RULES="deny sni=denied.example.test,deny sni=pinned.example.test fingerprint=$FP"
HCA=$T/data-tp/ca-cert.pem
check "hush logs its transparent listener" logged "event=transparent_listening addr=\[::\]:$TP_PORT" "$HUSH_LOG"
# The mock's record, read through hush itself: SNI localhost is not an AI host, so it is a tunnel.
mock_get() { curl -s --max-time 10 --cacert "$PKI/ca.pem" --resolve "localhost:443:10.77.0.2" "https://localhost$1"; }
mock_clear() { curl -s --max-time 10 -X DELETE --cacert "$PKI/ca.pem" --resolve "localhost:443:10.77.0.2" https://localhost/__requests >/dev/null; }
issuer() { # issuer CN of what a client reaching ADDR:443 with SNI (or none) sees
    local sni=(-servername "$2"); [ -n "$2" ] || sni=(-noservername)
    timeout 10 openssl s_client -connect "$1:443" "${sni[@]}" </dev/null 2>/dev/null |
        openssl x509 -noout -issuer 2>/dev/null | sed -n 's/.*CN *= *//p'
}

# ---- an AI host: intercepted, anonymized, restored -------------------------------------------
body='{"model":"gpt-4o","messages":[{"role":"user","content":"Mail jane.doe@example.com about it"}]}'
resp=$(curl -s --max-time 15 --cacert "$HCA" --resolve api.openai.com:443:10.77.0.2 \
    -H 'content-type: application/json' -d "$body" https://api.openai.com/v1/chat/completions)
expect_match "the client gets its e-mail address back in the answer" "jane.doe@example.com" "$resp"
seen=$(mock_get /__requests)
expect_match "the upstream saw a token" '\[EMAIL_1\]' "$seen"
if grep -q "jane.doe@example.com" <<<"$seen"; then not_ok "the upstream never saw the address"; else ok "the upstream never saw the address"; fi
check "the interception is logged with its SNI" logged "mode=transparent .*sni=api.openai.com decision=intercept" "$HUSH_LOG"
# One line per connection (client.c), written when it ends, the client as IPv4 on the [::]
# listener: an interception, and one whose TLS handshake fails (hush's CA is not trusted).
tp_lines() { grep -c "event=conn mode=transparent client=[0-9.]*:$1 " "$HUSH_LOG" || true; }
lp=$(curl -s -o /dev/null -w '%{local_port}' --max-time 15 --cacert "$HCA" --resolve api.openai.com:443:10.77.0.2 \
    -H 'content-type: application/json' -d "$body" https://api.openai.com/v1/chat/completions || true)
check "an interception is logged when it ends" \
    logged "event=conn mode=transparent client=[0-9.]*:$lp .*sni=api.openai.com decision=intercept .*outcome=intercepted" "$HUSH_LOG"
expect_eq "... once" 1 "$(tp_lines "$lp")"
lp=$(curl -s -o /dev/null -w '%{local_port}' --max-time 15 --cacert "$PKI/ca.pem" \
    --resolve api.openai.com:443:10.77.0.2 https://api.openai.com/v1/models || true)
check "an interception whose handshake fails is logged as such" \
    logged "event=conn mode=transparent client=[0-9.]*:$lp .*sni=api.openai.com decision=intercept .*outcome=tls_handshake_failed reason=" "$HUSH_LOG"
expect_eq "... once" 1 "$(tp_lines "$lp")"
expect_match "a client reaching an AI host gets hush's certificate" "^hush CA" "$(issuer 10.77.0.2 api.openai.com)"

# Over IPv6 too (the [::] listener and the ip6tables rules).
mock_clear
resp=$(curl -s --max-time 15 --cacert "$HCA" --resolve 'api.openai.com:443:[fd77::2]' \
    -H 'content-type: application/json' -d "$body" https://api.openai.com/v1/chat/completions)
expect_match "IPv6: the client gets its e-mail address back" "jane.doe@example.com" "$resp"
expect_match "IPv6: the upstream saw a token" '\[EMAIL_1\]' "$(mock_get /__requests)"

# ---- anything else: an opaque tunnel to the original destination -----------------------------
expect_match "another SNI reaches the destination's own certificate" "^hush TEST upstream CA" "$(issuer 10.77.0.2 localhost)"
expect_match "no SNI reaches the destination's own certificate" "^hush TEST upstream CA" "$(issuer 10.77.0.2 '')"
check "an SNI tunnel is logged" logged "mode=transparent .*target=10.77.0.2:443 sni=localhost decision=tunnel" "$HUSH_LOG"
check "a no-SNI tunnel is logged" logged "mode=transparent .*target=10.77.0.2:443 sni=none decision=tunnel" "$HUSH_LOG"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 --cacert "$PKI/ca.pem" \
    --resolve 'localhost:443:[fd77::2]' https://localhost/__requests)
expect_eq "IPv6: a tunnel reaches the destination" 200 "$code"
# Not TLS at all: bytes pass unchanged (the mock answers a plain-HTTP request on a TLS port
# with an alert or a close, but the tunnel must be logged as one).
timeout 5 bash -c 'exec 3<>/dev/tcp/10.77.0.2/443; printf "GET / HTTP/1.0\r\n\r\n" >&3; cat <&3 >/dev/null' || true
check "plain bytes are tunnelled" logged "target=10.77.0.2:443 sni=none decision=tunnel bytes_up=18" "$HUSH_LOG"

# ---- metadata mode on transparent tunnels ------------------------------------------------------
expect_eq "an SNI rule closes the tunnel before the server answers" "" "$(issuer 10.77.0.2 denied.example.test)"
check "... logged with the rule" logged "mode=transparent .*target=10.77.0.2:443 sni=denied.example.test decision=blocked .*outcome=denied_by_tunnel_policy .*rule=\"deny sni=denied.example.test\""
s12=$(timeout 10 openssl s_client -tls1_2 -connect 10.77.0.2:443 -servername pinned.example.test </dev/null 2>/dev/null |
    openssl x509 -noout -issuer 2>/dev/null || true)
expect_eq "a fingerprint rule closes a TLS 1.2 tunnel on the server's certificate" "" "$s12"
check "... logged with the rule" logged "mode=transparent .*sni=pinned.example.test decision=blocked .*rule=\"deny sni=pinned.example.test fingerprint="
s13=$(timeout 10 openssl s_client -tls1_3 -connect 10.77.0.2:443 -servername pinned.example.test </dev/null 2>/dev/null |
    openssl x509 -noout -issuer 2>/dev/null | sed -n 's/.*CN *= *//p' || true)
expect_match "TLS 1.3 hides the certificate: tunnelled (tunnelUninspectable audit)" "^hush TEST upstream CA" "$s13"
check "... and logged as audited" logged "mode=transparent .*sni=pinned.example.test decision=tunnel .*tunnel_policy=audit"

# ---- the SSRF guard on the original destination -----------------------------------------------
curl -s -o /dev/null --max-time 10 --cacert "$PKI/ca.pem" --resolve example.org:443:192.168.77.2 https://example.org/ || true
timeout 5 openssl s_client -connect 192.168.77.2:443 -noservername </dev/null >/dev/null 2>&1 || true
check "a refused original destination is logged as blocked" \
    logged "mode=transparent .*target=192.168.77.2:443 sni=.* decision=blocked .*private"
# A forged SNI cannot steer hush to the connection's address: an AI host is dialled by name.
curl -s -o /dev/null --max-time 10 --cacert "$HCA" --resolve api.openai.com:443:192.168.77.2 \
    -H 'content-type: application/json' -d "$body" https://api.openai.com/v1/chat/completions || true
check "the guarded canary was never connected to" canary_untouched

# ---- the ClientHello wait is bounded (timeouts.head = 2 s here) ------------------------------------
# The client waits for hush to close the connection (bounded by the safety net, not the assertion).
timeout 15 bash -c 'exec 3<>/dev/tcp/10.77.0.2/443; printf "\x16\x03\x01\x02\x00\x01" >&3; cat <&3 >/dev/null' || true
check "a ClientHello that never completes is closed after timeouts.head" \
    logged 'target=10.77.0.2:443 sni=none decision=none .*outcome=client_timeout reason="timed out reading the TLS ClientHello"'
# Silent for three times timeouts.head, so the tunnel is made however busy the machine is.
timeout 6 bash -c 'exec 3<>/dev/tcp/10.77.0.2/443; sleep 10' || true
check "a client that sends nothing is tunnelled after timeouts.head (server-first protocols)" \
    logged 'target=10.77.0.2:443 sni=none decision=tunnel bytes_up=0 '

# ---- a direct connection to the listener is not a diversion ------------------------------------
timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$TP_PORT; cat <&3" >/dev/null 2>&1 || true
check "a direct connection to the listener is refused" logged "original destination port not in transparentPorts"

for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

# ---- revert ---------------------------------------------------------------------------------
"$HUSH_BIN" transparent revert >/dev/null 2>&1
expect_eq "revert restores iptables-save and ip rule/route output exactly" "$before" "$(snapshot)"
"$HUSH_BIN" transparent revert >/dev/null 2>&1 && rc=0 || rc=$?
expect_eq "a second revert succeeds and changes nothing" "0 yes" "$rc $([ "$before" = "$(snapshot)" ] && echo yes)"

# ---- a failing step takes back what the run added -------------------------------------------------
mkdir -p "$T/bin"
printf '#!/bin/sh\necho "ip6tables: simulated failure" >&2\nexit 1\n' >"$T/bin/ip6tables"
chmod +x "$T/bin/ip6tables"
out=$(PATH="$T/bin:$PATH" "$HUSH_BIN" transparent apply 2>&1) && rc=0 || rc=$?
expect_eq "apply with a failing step exits 1" 1 "$rc"
expect_match "the failure names the command and its output" 'ip6tables -w -t mangle -N HUSH_MARK.*simulated failure' "$out"
check "the IPv4 steps were added and then removed again" grep -q "removed: iptables -w -t mangle -D OUTPUT -p tcp -j HUSH_MARK" <<<"$out"
expect_eq "after the failed apply everything is as before" "$before" "$(snapshot)"

# ---- validation and capabilities ---------------------------------------------------------------
out=$(HUSH_TRANSPARENT_PORTS=443,0 "$HUSH_BIN" transparent apply 2>&1) && rc=0 || rc=$?
expect_eq "port 0 is refused before anything runs (exit 2)" 2 "$rc"
expect_match "the refusal names the key" "transparentPorts" "$out"
out=$(HUSH_TRANSPARENT_BYPASS_MARK=1 "$HUSH_BIN" transparent apply 2>&1) && rc=0 || rc=$?
expect_match "a bypass mark equal to the mark is refused" "^2 .*transparentBypassMark: must differ" "$rc $out"
out=$(HUSH_TRANSPARENT_MARK=0 "$HUSH_BIN" transparent apply 2>&1) && rc=0 || rc=$?
expect_match "mark 0 is refused" "^2 .*transparentMark: must be a positive" "$rc $out"
if command -v capsh >/dev/null && [ "$(id -u)" -eq 0 ]; then
    out=$(capsh --drop=cap_net_admin -- -c "'$HUSH_BIN' transparent apply" 2>&1) && rc=0 || rc=$?
    expect_match "without CAP_NET_ADMIN apply says what it needs" "^1 .*needs CAP_NET_ADMIN" "$rc $out"
    expect_eq "and changes nothing" "$before" "$(snapshot)"
    out=$(capsh --drop=cap_net_admin,cap_net_raw -- -c \
        "HUSH_LISTEN=127.0.0.1:0 HUSH_DATA_DIR='$T/data-tp' timeout 5 '$HUSH_BIN'" 2>&1) && rc=0 || rc=$?
    expect_match "without the capability hush refuses to start transparent mode and says why" \
        "^1 .*_TRANSPARENT: Operation not permitted.*CAP_NET_ADMIN" "$rc $out"
else
    echo "# capsh unavailable or not root: capability checks not run"
fi
finish
