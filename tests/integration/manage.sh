# The admin listener and the management API: bearer token, intercepted domains listed, added
# (persisted across restarts, effective at once) and removed, the effective config with secrets
# masked, the counters; /metrics moves to the admin listener; the admin port is not a proxy.
source "$HUSH_TESTS/helpers/lib.sh"
TOKEN=0123456789abcdef-test-token
D=$T/data
mkdir -p "$D"
start_admin_hush() {
    start_hush "$1" HUSH_DATA_DIR="$D" HUSH_ADMIN_LISTEN=127.0.0.1:0 HUSH_MANAGEMENT_TOKEN="$TOKEN"
    ADMIN=$(sed -n 's/.*event=admin_listening addr=[^ ]* port=\([0-9]*\).*/\1/p' "$HUSH_LOG" | head -1)
    A="http://127.0.0.1:$ADMIN"
}
start_admin_hush admin1
api() { curl -s -H "Authorization: Bearer $TOKEN" "$@"; }
issuer() { echo | timeout 5 openssl s_client -proxy "127.0.0.1:$HUSH_PORT" -connect "$1:443" \
    -servername "$1" 2>/dev/null | openssl x509 -noout -issuer 2>/dev/null || true; }

code=$(curl -s -o /dev/null -w '%{http_code}' "$A/api/domains")
expect_eq "no token: 401" 401 "$code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer wrong-token-wrong-token' "$A/api/domains")
expect_eq "a wrong token: 401" 401 "$code"
check "the domain list includes the defaults" bash -c \
    "grep -q '\"pattern\": \"api.openai.com\"' <<<'$(api "$A/api/domains")'"
expect_eq "before it is added, a host is tunnelled (no hush leaf)" "" "$(issuer llm.corp.example)"

code=$(api -o "$T/add.json" -w '%{http_code}' -X POST "$A/api/domains?pattern=llm.corp.example&profile=openai")
expect_eq "adding a domain: 201" 201 "$code"
expect_match "an added domain is intercepted at once" "hush" "$(issuer llm.corp.example)"
list=$(api "$A/api/domains")
check "... listed as runtime-added with its profile" bash -c \
    "node -e 'const d=JSON.parse(process.argv[1]).domains.find(x=>x.pattern===\"llm.corp.example\"); process.exit(d && d.source===\"runtime\" && d.profile===\"openai\" ? 0 : 1)' '$list'"
check "... and persisted in the data directory" grep -q 'llm.corp.example=openai' "$D/domains.json"
code=$(api -o /dev/null -w '%{http_code}' -X POST "$A/api/domains?pattern=bad%20host")
expect_eq "an invalid pattern: 400" 400 "$code"
for bad in 'a.example%00b' 'a.example%0ab' 'a.example%zz' 'a.example%7f'; do
    code=$(api -o /dev/null -w '%{http_code}' -X POST "$A/api/domains?pattern=$bad")
    expect_eq "a control character or bad escape in pattern ($bad): 400" 400 "$code"
done
check "... and nothing of it was stored" bash -c "! grep -q 'a.example' '$D/domains.json'"

kill -TERM "$HUSH_PID"; wait "$HUSH_PID" || true
start_admin_hush admin2
expect_match "after a restart the added domain is still intercepted" "hush" "$(issuer llm.corp.example)"
code=$(api -o /dev/null -w '%{http_code}' -X DELETE "$A/api/domains?pattern=llm.corp.example")
expect_eq "removing it: 200" 200 "$code"
expect_eq "a removed domain is tunnelled again" "" "$(issuer llm.corp.example)"
code=$(api -o /dev/null -w '%{http_code}' -X DELETE "$A/api/domains?pattern=llm.corp.example")
expect_eq "removing it twice: 404" 404 "$code"

cfg=$(api "$A/api/config")
expect_match "the effective config masks the token" '"managementToken": "\*\*\*"' "$cfg"
check "... and never shows it" bash -c "! grep -q '$TOKEN' <<<'$cfg'"
expect_match "the counters" '"connections_total": [0-9]+' "$(api "$A/api/counters")"
expect_match "/metrics on the admin listener" 'hush_connections_total' "$(curl -s "$A/metrics")"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/metrics")
expect_eq "/metrics is not on the proxy port when there is an admin listener" 403 "$code"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HUSH_PORT/api/domains")
expect_eq "nor is the management API" 403 "$code"
expect_match "the admin port is not a proxy" "^HTTP/1.1 400" \
    "$(raw_request "$ADMIN" "CONNECT api.openai.com:443 HTTP/1.1\r\n\r\n")"
check "management changes are logged" logged 'event=management action=domain_remove pattern=llm.corp.example' "$HUSH_LOG"
finish
