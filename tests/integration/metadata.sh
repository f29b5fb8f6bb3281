# Metadata mode: policy on tunnels hush does not decrypt (no CA at all here), decided on what the
# handshake shows. Real TLS servers (Node tls.createServer forced to TLS 1.2 or TLS 1.3) present
# certificates made here with openssl; hush reaches them by name through upstreamOverrides. Proven:
# rules on the SNI, the certificate's SAN, issuer and SHA-256 fingerprint (TLS 1.2), the
# uninspectable setting on TLS 1.3, mode audit, domain fronting (SNI != CONNECT host) denied, the
# shadow AI list counted by service (and denied at CONNECT with 403), and a SIGHUP reload of the
# rules. Runs in its own network namespace: only lo exists.
source "$HUSH_TESTS/helpers/lib.sh"
hush_isolate

# ---- a bad rule: refused by check-config and at start, naming the key -------------------------
out=$(HUSH_TUNNEL_RULES="block sni=x.test" "$HUSH_BIN" check-config 2>&1 >/dev/null) && rc=0 || rc=$?
expect_eq "check-config refuses a bad tunnel rule" 2 "$rc"
expect_match "... naming tunnelRules and the rule" 'tunnelRules: "block sni=x.test": must start with allow, deny or audit' "$out"
out=$(HUSH_LISTEN=127.0.0.1:0 HUSH_DATA_DIR="$T" HUSH_TUNNEL_RULES="deny fingerprint=12:34" timeout 10 "$HUSH_BIN" 2>&1) && rc=0 || rc=$?
check "hush refuses to start on a bad tunnel rule" test "$rc" -ne 0
expect_match "... naming tunnelRules" 'tunnelRules: .*deny fingerprint=12:34.*: fingerprint= takes a SHA-256' "$out"

# ---- certificates ------------------------------------------------------------------------------
PKI=$T/pki
mkdir -p "$PKI"
make_ca() { # NAME CN
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days 2 \
        -subj "/O=hush tests/CN=$2" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$PKI/$1.key" -out "$PKI/$1.pem" 2>/dev/null
}
make_leaf() { # NAME CA SAN...
    local name=$1 ca=$2; shift 2
    local san
    san=$(printf 'DNS:%s,' "$@")
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 \
        -subj "/O=hush tests/CN=$1" -keyout "$PKI/$name.key" -out "$PKI/$name.csr" 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' \
        "${san%,}" >"$PKI/$name.ext"
    openssl x509 -req -sha256 -days 1 -in "$PKI/$name.csr" -CA "$PKI/$ca.pem" -CAkey "$PKI/$ca.key" \
        -set_serial "0x$(openssl rand -hex 16)" -extfile "$PKI/$name.ext" -out "$PKI/$name.pem" 2>/dev/null
}
make_ca ca "hush META test CA"
make_ca evilca "hush META Evil CA"
make_leaf good ca allowed.example.test blocked.example.test other.example.test
make_leaf evil ca evil.example.test
make_leaf issued evilca issuer.example.test
make_leaf pinned ca pinned.example.test
FP=$(openssl x509 -in "$PKI/pinned.pem" -noout -fingerprint -sha256 | sed 's/.*=//')

# ---- servers: NAME CERT VERSION, each answering one HTTP/1.1 response with its name ------------
node -e '
const tls = require("tls"), fs = require("fs");
const [pki, out, ...specs] = process.argv.slice(1);
const ports = {};
let left = specs.length;
for (const spec of specs) {
  const [name, cert, ver] = spec.split(":");
  const s = tls.createServer({
    key: fs.readFileSync(`${pki}/${cert}.key`), cert: fs.readFileSync(`${pki}/${cert}.pem`),
    minVersion: ver, maxVersion: ver,
  }, (sock) => {
    sock.once("data", () => sock.end(`HTTP/1.1 200 OK\r\nContent-Length: ${name.length + 1}\r\nConnection: close\r\n\r\n${name}\n`));
    sock.on("error", () => {});
  });
  s.on("tlsClientError", () => {});
  s.listen(0, "127.0.0.1", () => {
    ports[name] = s.address().port;
    if (--left === 0) fs.writeFileSync(out, JSON.stringify(ports));
  });
}' "$PKI" "$T/ports.json" good12:good:TLSv1.2 evil12:evil:TLSv1.2 issued12:issued:TLSv1.2 \
    pinned12:pinned:TLSv1.2 evil13:evil:TLSv1.3 &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/ports.json" ] && break; sleep 0.05; done
port() { node -p "require('$T/ports.json')['$1']"; }
G12=$(port good12) E12=$(port evil12) I12=$(port issued12) P12=$(port pinned12) E13=$(port evil13)

# Every test name reaches its server through an override (hush still guards the address).
ov=""
for n in allowed.example.test:$G12 blocked.example.test:$G12 other.example.test:$G12 \
    innocent.example.test:$E12 issuer.example.test:$I12 pinned.example.test:$P12 \
    tls13.example.test:$E13 chat.deepseek.com:$G12 api.openai.com:$G12; do
    ov+="${ov:+,}$n=127.0.0.1:${n##*:}"
done
CFG=$T/config.json
cat >"$CFG" <<EOF
{"tunnelRules": ["deny sni=blocked.example.test", "deny san=evil.example.test",
                 "deny issuer=\"CN=hush META Evil CA,O=hush tests\"", "deny fingerprint=$FP"]}
EOF
AUDIT=$T/audit.jsonl
# SIGHUP is the only reload trigger here (no file watch): the watch's late reload of the previous
# write would count as the next reload and its checks run on the old rules
common=(HUSH_CONFIG="$CFG" HUSH_WATCH_CONFIG=false CA_CERT_FILE= CA_KEY_FILE= HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8
    HUSH_CONNECT_PORTS=1-65535 HUSH_MITM_PORTS="$G12,$E12,$I12,$P12,$E13"
    HUSH_UPSTREAM_OVERRIDES="$ov" HUSH_AUDIT_LOG="$AUDIT" HUSH_TIMEOUT_HEAD=5)
start_hush meta "${common[@]}"
check "MITM is off: hush runs without a CA" bash -c "! test -e '$T/data-meta/ca-cert.pem'"

# get URL [curl args]: the body, or "FAILED(exit)" when the request failed.
get() {
    local u=$1; shift
    curl -sk --max-time 10 -x "http://127.0.0.1:$HUSH_PORT" "$@" "$u" 2>/dev/null || echo "FAILED($?)"
}
# front CONNECT SNI: a TLS client that CONNECTs to one name and names another in its ClientHello.
front() {
    (printf 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'; sleep 2) |
        timeout 8 openssl s_client -quiet -proxy "127.0.0.1:$HUSH_PORT" -connect "$1" \
            -servername "$2" 2>/dev/null || true
}
audited() { # audited JQ-LIKE-REGEX: an audit line matching, within 5 s
    logged "$1" "$AUDIT"
}

# ---- TLS 1.2: SNI, SAN, issuer and fingerprint rules ----------------------------------------------
expect_eq "canary: an allowed host on TLS 1.2 is tunnelled" good12 "$(get "https://allowed.example.test:$G12/")"
expect_match "SNI rule: the same server under a denied SNI is closed" "FAILED" \
    "$(get "https://blocked.example.test:$G12/")"
check "... logged as blocked with the rule that fired" \
    logged "target=blocked.example.test:$G12 sni=blocked.example.test decision=blocked .*outcome=denied_by_tunnel_policy.* rule=\"deny sni=blocked.example.test\""
check "... and audited at the ClientHello stage" \
    audited '"host":"blocked.example.test".*"stage":"client_hello","action":"deny".*"rule":"deny sni=blocked.example.test"'

expect_match "SAN rule: a server whose certificate names evil.example.test is closed (client SNI innocent)" \
    "FAILED" "$(get "https://innocent.example.test:$E12/")"
check "... decided on the server's certificate, with its SAN in the audit record" \
    audited '"host":"innocent.example.test".*"stage":"server_hello","action":"deny".*"rule":"deny san=evil.example.test".*"tls_version":"tls1.2".*"san":\["evil.example.test"\]'

expect_match "issuer rule: a certificate from the Evil CA is closed" "FAILED" \
    "$(get "https://issuer.example.test:$I12/")"
check "... with the issuer in the audit record" \
    audited '"host":"issuer.example.test".*"action":"deny".*"issuer":"CN=hush META Evil CA,O=hush tests"'

expect_match "fingerprint rule: the pinned certificate is closed" "FAILED" \
    "$(get "https://pinned.example.test:$P12/")"
fp_lower=$(tr -d ':' <<<"$FP" | tr 'A-F' 'a-f')
check "... with its fingerprint in the audit record" \
    audited "\"host\":\"pinned.example.test\".*\"action\":\"deny\".*\"fingerprint\":\"$fp_lower\""

# ---- TLS 1.3: the certificate is encrypted ------------------------------------------------------
expect_eq "TLS 1.3 with tunnelUninspectable audit (default): the evil certificate cannot be seen, tunnelled" \
    evil13 "$(get "https://tls13.example.test:$E13/")"
check "... audited as uninspectable" \
    audited '"host":"tls13.example.test".*"action":"audit".*"uninspectable":true,"tls_version":"tls1.3"'

# ---- domain fronting and shadow AI -------------------------------------------------------------
out=$(front "allowed.example.test:$G12" other.example.test)
expect_match "canary: an SNI naming another non-AI host is tunnelled" good12 "$out"
out=$(front "allowed.example.test:$G12" chat.deepseek.com)
check "fronting: CONNECT to an allowed host with the SNI of an AI service is closed" \
    bash -c "! grep -q good12 <<<'$out'"
check "... logged with tunnelSniMismatch" \
    logged "target=allowed.example.test:$G12 sni=chat.deepseek.com decision=blocked .*rule=tunnelSniMismatch"
out=$(front "allowed.example.test:$G12" api.openai.com)
check "fronting with the SNI of an intercepted AI host (MITM off) is closed too" \
    bash -c "! grep -q good12 <<<'$out'"

expect_eq "shadow AI: chat.deepseek.com is tunnelled (shadowAi audit)" good12 \
    "$(get "https://chat.deepseek.com:$G12/")"
check "... audited by service" audited '"host":"chat.deepseek.com".*"action":"audit".*"rule":"shadowAi".*"service":"deepseek"'
curl -s "http://127.0.0.1:$HUSH_PORT/metrics" >"$T/metrics.txt"
check "... counted in hush_shadow_ai_total by service" \
    grep -q '^hush_shadow_ai_total{service="deepseek",action="audit"} 1$' "$T/metrics.txt"
check "... other listed services are shown at zero" \
    grep -q '^hush_shadow_ai_total{service="claude",action="audit"} 0$' "$T/metrics.txt"
check "the tunnel policy counts its denials by stage" \
    grep -q '^hush_tunnel_policy_total{stage="server_hello",action="deny"} 3$' "$T/metrics.txt"
check "no metric names a client's host" bash -c "! grep -q 'example.test' '$T/metrics.txt'"

# ---- SIGHUP: mode audit, then tunnelUninspectable deny and shadowAi deny -----------------------------
reloads() { grep -c 'event=reload outcome=ok' "$HUSH_LOG" || true; }
reload_with() { # JSON
    local before
    before=$(reloads)
    echo "$1" >"$CFG"
    kill -HUP "$HUSH_PID"
    for _ in $(seq 1 100); do [ "$(reloads)" -gt "$before" ] && return 0; sleep 0.05; done
    return 1
}
check "reload to mode audit" reload_with "{\"mode\": \"audit\", \"tunnelRules\": [\"deny sni=blocked.example.test\", \"deny fingerprint=$FP\"]}"
expect_eq "mode audit: the denied SNI is tunnelled" good12 "$(get "https://blocked.example.test:$G12/")"
check "... and audited as would_deny" \
    audited '"host":"blocked.example.test".*"action":"audit","would_deny":true,"rule":"deny sni=blocked.example.test"'
expect_eq "mode audit: the pinned certificate is tunnelled" pinned12 "$(get "https://pinned.example.test:$P12/")"

check "reload to tunnelUninspectable deny and shadowAi deny" reload_with \
    '{"tunnelRules": ["deny san=evil.example.test"], "tunnelUninspectable": "deny", "shadowAi": "deny"}'
expect_match "TLS 1.3 with tunnelUninspectable deny: closed" "FAILED" "$(get "https://tls13.example.test:$E13/")"
check "... logged with the rule that needed the certificate" \
    logged "target=tls13.example.test:$E13 sni=tls13.example.test decision=blocked .*reason=\"tunnelUninspectable: TLS 1.3 encrypts the certificate"
expect_eq "canary: TLS 1.2 with a visible, non-matching certificate is still tunnelled" good12 \
    "$(get "https://allowed.example.test:$G12/")"
reply=$(raw_request "$HUSH_PORT" "CONNECT chat.deepseek.com:$G12 HTTP/1.1\r\nHost: chat.deepseek.com\r\n\r\n" 3)
expect_match "shadowAi deny: the CONNECT is answered 403 with the reason" \
    "^HTTP/1.1 403.*shadowAi: deepseek is a shadow AI service" "$(tr -d '\r' <<<"$reply" | tr '\n' ' ')"

check "a bad rule is refused on reload and the old rules keep serving" bash -c "
    echo '{\"tunnelRules\": [\"block sni=x\"]}' >'$CFG'; kill -HUP $HUSH_PID
    for _ in \$(seq 1 100); do grep -q 'event=reload outcome=refused reason=\"tunnelRules: ' '$HUSH_LOG' && exit 0; sleep 0.05; done; exit 1"
expect_match "... (TLS 1.3 still denied)" "FAILED" "$(get "https://tls13.example.test:$E13/")"
finish
