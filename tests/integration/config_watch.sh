# watchConfig: hush reloads its config file when it changes, with SIGHUP's validation. A
# Kubernetes-style ConfigMap directory (the file is a symlink through a "..data" symlink that is
# swapped atomically) and an in-place edit of a plain file both reach new requests; a bad file is
# refused, logged, and the old rules keep serving. managementApi "readOnly" (itself reloaded)
# turns the management API's changes off, and a change it does make says it is replica-local.
source "$HUSH_TESTS/helpers/lib.sh"
start_mock
TOKEN=watch-test-token-0123456789
base_env=(HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem"
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK")

card_status() { # card_status NAME PORT: what hush answers to a request with a card number
    curl -s -o /dev/null -w '%{http_code}' --cacert "$T/data-$1/ca-cert.pem" \
        -x "http://127.0.0.1:$2" -H 'content-type: application/json' \
        -d '{"messages":[{"role":"user","content":"card 4111 1111 1111 1111"}]}' \
        https://api.openai.com/v1/chat/completions
}
# count_at_least N PATTERN FILE: at least N lines of FILE match PATTERN.
count_at_least() { [ "$(grep -c -- "$2" "$3" 2>/dev/null || echo 0)" -ge "$1" ]; }

# ---- ConfigMap style: proxy-config.json -> ..data/proxy-config.json, ..data -> ..<timestamp> ---
CM=$T/configmap
mkdir -p "$CM/..2026_01"
echo '{"policy": {"CREDIT_CARD": "mask"}}' >"$CM/..2026_01/proxy-config.json"
ln -s ..2026_01 "$CM/..data"
ln -s ..data/proxy-config.json "$CM/proxy-config.json"
# swap DIR: what kubelet does, in its order: new directory, new symlink renamed over ..data, old
# directory removed.
swap() {
    local old
    old=$(readlink "$CM/..data")
    ln -s "$1" "$CM/..data_tmp"
    mv -T "$CM/..data_tmp" "$CM/..data"
    rm -rf "${CM:?}/$old"
}
start_hush cm HUSH_CONFIG="$CM/proxy-config.json" HUSH_LOG_LEVEL=debug "${base_env[@]}"
CM_PORT=$HUSH_PORT CM_LOG=$HUSH_LOG
check "the watch is on" logged 'event=config_watch outcome=on' "$CM_LOG"
expect_eq "before any change a card is masked and sent" 200 "$(card_status cm "$CM_PORT")"

mkdir "$CM/..2026_02"
echo '{"policy": {"CREDIT_CARD": "block"}}' >"$CM/..2026_02/proxy-config.json"
swap ..2026_02
check "a ConfigMap symlink swap is reloaded" \
    wait_for -t 15 count_at_least 1 'event=reload outcome=ok .*trigger=file' "$CM_LOG"
expect_eq "... and the new policy blocks the card" 403 "$(card_status cm "$CM_PORT")"

mkdir "$CM/..2026_03"
echo '{"policy": {"CREDIT_CARD": "shred"}}' >"$CM/..2026_03/proxy-config.json"
swap ..2026_03
check "a bad file swapped in is refused and logged" \
    logged 'event=reload outcome=refused reason="policy.*trigger=file' "$CM_LOG"
expect_eq "... and the old policy still blocks the card" 403 "$(card_status cm "$CM_PORT")"
check "... and hush still runs" kill -0 "$HUSH_PID"

# In place, through the symlinks: the file the chain resolves to is rewritten.
echo '{"policy": {"CREDIT_CARD": "mask"}}' >"$CM/..2026_03/proxy-config.json"
check "a good file after the bad one is reloaded" \
    wait_for -t 15 count_at_least 2 'event=reload outcome=ok .*trigger=file' "$CM_LOG"
expect_eq "... and the card is masked and sent again" 200 "$(card_status cm "$CM_PORT")"
touch "$CM/notes.txt" "$CM/..2026_03/other-key"
echo '{"policy": {"CREDIT_CARD": "mask"}}' >"$CM/..2026_03/proxy-config.json"
check "the same bytes written again are checked" \
    logged 'event=config_watch outcome=unchanged' "$CM_LOG"
expect_eq "... and not reloaded" 3 "$(grep -c 'event=reload' "$CM_LOG")"

# ---- a plain file edited in place; managementApi readWrite, then readOnly by an edit ----------
ED=$T/edit
mkdir -p "$ED"
printf '{"managementToken": "%s"}\n' "$TOKEN" >"$ED/hush.json"
start_hush ed HUSH_CONFIG="$ED/hush.json" "${base_env[@]}"
ED_PORT=$HUSH_PORT ED_LOG=$HUSH_LOG
API="http://127.0.0.1:$ED_PORT/api/domains"
curl -s -D "$T/add.h" -o "$T/add.json" -X POST -H "Authorization: Bearer $TOKEN" \
    "$API?pattern=llm-one.example"
expect_match "a management change answers 201" '^HTTP/1.1 201' "$(head -1 "$T/add.h")"
expect_match "... with the Hush-Scope: replica-local header" 'Hush-Scope: replica-local' \
    "$(cat "$T/add.h")"
expect_eq "... and scope replica-local in the body" replica-local \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["scope"])' "$T/add.json")"
expect_match "... whose note says it is lost when the replica is replaced" 'lost when' \
    "$(cat "$T/add.json")"
expect_eq "before the edit a card is masked and sent" 200 "$(card_status ed "$ED_PORT")"

printf '{"managementToken": "%s", "managementApi": "readOnly", "policy": {"CREDIT_CARD": "block"}}\n' \
    "$TOKEN" >"$ED/hush.json"
check "an in-place edit is reloaded" logged 'event=reload outcome=ok .*trigger=file' "$ED_LOG"
expect_eq "... and the new policy blocks the card" 403 "$(card_status ed "$ED_PORT")"
code=$(curl -s -o "$T/ro.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    "$API?pattern=llm-two.example")
expect_eq "managementApi readOnly refuses a change with 403" 403 "$code"
expect_match "... and says why" 'read-only .*managementApi' "$(cat "$T/ro.json")"
code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "Authorization: Bearer $TOKEN" \
    "$API?pattern=llm-one.example")
expect_eq "... also a DELETE" 403 "$code"
code=$(curl -s -o "$T/get.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API")
expect_eq "... while GET still answers" 200 "$code"
expect_match "... and lists what the replica had" 'llm-one.example' "$(cat "$T/get.json")"

# SIGHUP still reloads, and says so.
kill -HUP "$HUSH_PID"
check "SIGHUP still reloads" logged 'event=reload outcome=ok .*trigger=sighup' "$ED_LOG"

# watchConfig false: no watch; an edit changes nothing until SIGHUP.
NW=$T/nowatch
mkdir -p "$NW"
echo '{"watchConfig": false, "policy": {"CREDIT_CARD": "mask"}}' >"$NW/hush.json"
start_hush nw HUSH_CONFIG="$NW/hush.json" "${base_env[@]}"
check "watchConfig false: no watch" bash -c "! grep -q 'event=config_watch' '$HUSH_LOG'"
echo '{"watchConfig": false, "policy": {"CREDIT_CARD": "block"}}' >"$NW/hush.json"
kill -HUP "$HUSH_PID"
check "... SIGHUP reloads" logged 'event=reload outcome=ok .*trigger=sighup' "$HUSH_LOG"
expect_eq "... and only one reload happened" 1 "$(grep -c 'event=reload' "$HUSH_LOG")"
finish
