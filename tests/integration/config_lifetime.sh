# Config by lifetime (issue 17): a reload applies every reloadable key to what starts after it,
# and SIGHUP and the management API reload the same way. managementToken changed by SIGHUP: the
# old token is refused at once and the new one accepted; maxBodyBytes changed by a reload applies to the next request (HTTP/1.1 and HTTP/2); a
# reload through the management API logs restart_required for a restart-only key, exactly like
# SIGHUP, and applies logLevel; /api/config shows what is in effect; an API change whose reload
# is refused answers 400 and leaves the runtime list as it was.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
CFG=$T/config.json
OLD=old-token-0123456789abcdef
NEW=new-token-0123456789abcdef
# watchConfig off: every reload here is the one the test triggers.
write_cfg() { # token maxBodyBytes [extra JSON members]
    echo "{\"watchConfig\": false, \"managementToken\": \"$1\", \"maxBodyBytes\": $2${3:+, $3}}" >"$CFG"
}
write_cfg "$OLD" 100000
start_hush lifetime HUSH_CONFIG="$CFG" HUSH_ADMIN_LISTEN=127.0.0.1:0 \
    HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK"
ADMIN=$(sed -n 's/.*event=admin_listening addr=[^ ]* port=\([0-9]*\).*/\1/p' "$HUSH_LOG" | head -1)
A="http://127.0.0.1:$ADMIN"
CA=$T/data-lifetime/ca-cert.pem
P="http://127.0.0.1:$HUSH_PORT"
reloads() { [ "$(grep -c "event=reload outcome=ok.*trigger=$1" "$HUSH_LOG")" -ge "$2" ]; }
status_with() { # token path
    curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" "$A$2"
}
# A chat request whose body is about n bytes.
BODY=$T/body.json
node -e 'process.stdout.write(JSON.stringify({messages: [{role: "user", content: "x".repeat(+process.argv[1])}]}))' 5000 >"$BODY"
chat() { # extra curl options
    curl -s -o /dev/null -w '%{http_code}' "$@" --cacert "$CA" -x "$P" \
        -H 'content-type: application/json' --data-binary "@$BODY" \
        https://api.openai.com/v1/chat/completions
}

# managementToken: reloadable, so a SIGHUP that rotates it takes the old one away.
expect_eq "the configured token opens the management API" 200 "$(status_with "$OLD" /api/counters)"
expect_eq "... another token does not" 401 "$(status_with "$NEW" /api/counters)"
expect_eq "a 5000-byte body under maxBodyBytes 100000 is forwarded (HTTP/1.1)" 200 "$(chat --http1.1)"
expect_eq "... and over HTTP/2" 200 "$(chat --http2)"

write_cfg "$NEW" 1000
kill -HUP "$HUSH_PID"
check "the SIGHUP reload succeeded" wait_for reloads sighup 1
check "... and flagged no restart-only key" bash -c "! grep -q 'restart_required' '$HUSH_LOG'"
expect_eq "after the reload the old token is refused" 401 "$(status_with "$OLD" /api/counters)"
expect_eq "... and the new token is accepted" 200 "$(status_with "$NEW" /api/counters)"

# maxBodyBytes: reloadable, the next request gets the new limit.
expect_eq "after maxBodyBytes went down to 1000, the same body is refused (HTTP/1.1)" 413 "$(chat --http1.1)"
expect_eq "... and over HTTP/2" 413 "$(chat --http2)"

# The management API reloads like SIGHUP: restart warnings, log level.
write_cfg "$NEW" 1000 '"timeouts": {"idle": 42}, "logLevel": "debug"'
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $NEW" -X POST \
    "$A/api/domains?pattern=lifetime.example")
expect_eq "a domain added through the management API: 201" 201 "$code"
check "the API's reload is logged as such" wait_for reloads api 1
check "... with the restart-only key it cannot apply, as SIGHUP does" \
    logged 'event=reload restart_required=timeouts.idle trigger=api'
curl -s -o /dev/null --cacert "$CA" -x "$P" https://api.openai.com/v1/models
check "... and the log level it can (debug lines now)" logged 'level=debug.*event=tls_handshake'
kill -HUP "$HUSH_PID"
check "SIGHUP with the same file flags the same key" \
    logged 'event=reload restart_required=timeouts.idle trigger=sighup'
cfg=$(curl -s -H "Authorization: Bearer $NEW" "$A/api/config")
expect_match "/api/config shows the restart-only key as started" '"idle": 300' "$cfg"
expect_match "... and the reloaded keys as reloaded" '"logLevel": "debug"' "$cfg"

# A change whose reload is refused answers with the reason and leaves nothing behind.
echo "{\"watchConfig\": false, \"managementToken\": \"$NEW\", \"policy\": {\"EMAIL\": \"shred\"}}" >"$CFG"
code=$(curl -s -o "$T/refused.json" -w '%{http_code}' -H "Authorization: Bearer $NEW" -X POST \
    "$A/api/domains?pattern=refused.example")
expect_eq "a change whose reload is refused: 400" 400 "$code"
expect_match "... naming the key" 'policy' "$(cat "$T/refused.json")"
check "... logged as the API's refused reload" logged 'event=reload outcome=refused.*trigger=api'
check "... and the runtime list is as it was" bash -c \
    "grep -q lifetime.example '$T/data-lifetime/domains.json' && ! grep -q refused.example '$T/data-lifetime/domains.json'"
finish
