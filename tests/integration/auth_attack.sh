# Proxy authentication under attack: the key derivation runs off the event loops, so a storm of
# wrong passwords does not hold up a client whose login is remembered; failures per client
# address are braked (429 with Retry-After, nothing hashed, counted); an unknown user costs the
# same hash as a known one; a password rotated by a reload stops working at once.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
O="http://127.0.0.1:$ORIGIN_HTTP/hello"
metric() { curl -s "http://127.0.0.1:$HUSH_PORT/metrics" | sed -n "s/^$1 //p"; }
# metric_reaches NAME MIN: the counter reaches MIN within 10 s (results land as the pool finishes).
metric_reaches() {
    local i
    for i in $(seq 100); do
        [ "$(metric "$1")" -ge "$2" ] 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}
# A deliberately slow hash (1,000,000 iterations) so every wrong guess costs real time.
slow_hash() {
    node -e "const c=require('crypto'); const s=c.randomBytes(16);
      const h=c.pbkdf2Sync(process.argv[1], s, 1000000, 32, 'sha256');
      console.log('pbkdf2-sha256\$1000000\$'+s.toString('base64')+'\$'+h.toString('base64'))" "$1"
}
SLOW=$(slow_hash 'right-one')

# One worker, so a hash on its loop would stall everything behind it.
start_hush storm HUSH_WORKERS=1 HUSH_USERS="alice=$SLOW" HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 \
    HUSH_AUTH_FAILURE_BURST=1000
expect_eq "the authorised client logs in (remembered from now on)" hello \
    "$(curl -s -x "http://alice:right-one@127.0.0.1:$HUSH_PORT" "$O")"
out=$(node "$HUSH_TESTS/helpers/auth-storm.mjs" "$HUSH_PORT" "$O" alice right-one 6)
echo "# $out"
expect_match "during a wrong-password storm the authorised client is served" \
    '"status":"HTTP/1.1 200 OK"' "$out"
expect_match "... while the storm is still being answered (not after it)" \
    '"stormAnsweredBefore":[0-5],' "$out"
check "the storm's failures are counted" metric_reaches hush_auth_failures_total 6
h0=$(metric hush_auth_hashes_total)
code=$(curl -s -o /dev/null -w '%{http_code}' -x "http://mallory:whatever@127.0.0.1:$HUSH_PORT" "$O")
expect_eq "an unknown user: 407" 407 "$code"
check "... after the same key derivation as a known user" test "$(metric hush_auth_hashes_total)" -gt "$h0"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

# The brake: 3 failures, then 429 with Retry-After and no hashing.
HASH=$(printf 'correct horse\n' | "$HUSH_BIN" hash-password)
start_hush brake HUSH_USERS="alice=$HASH" HUSH_AUTH_FAILURE_BURST=3 HUSH_AUTH_FAILURES_PER_MINUTE=1 \
    HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8
for i in 1 2 3; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -x "http://alice:wrong-$i@127.0.0.1:$HUSH_PORT" "$O")
    expect_eq "wrong password $i of 3: 407" 407 "$code"
done
h0=$(metric hush_auth_hashes_total)
curl -s -o /dev/null -D "$T/h429" -x "http://alice:wrong-4@127.0.0.1:$HUSH_PORT" "$O"
check "the 4th failure in a row: 429" grep -q '^HTTP/1.1 429' "$T/h429"
check "... with Retry-After" grep -qiE '^retry-after: [0-9]+' "$T/h429"
expect_eq "... and nothing hashed" "$h0" "$(metric hush_auth_hashes_total)"
check "... counted in the metrics" test "$(metric hush_auth_rate_limited_total)" -ge 1
check "... and logged" logged 'event=auth_rate_limited client=127.0.0.1:[0-9]* user=alice' "$HUSH_LOG"
kill "$HUSH_PID"; wait "$HUSH_PID" 2>/dev/null || true

# Rotation: a reload that changes users forgets remembered logins.
OLD=$(printf 'old password\n' | "$HUSH_BIN" hash-password)
NEW=$(printf 'new password\n' | "$HUSH_BIN" hash-password)
CFG=$T/config.json
printf '{"users": {"alice": "%s"}}\n' "$OLD" >"$CFG"
start_hush rotate HUSH_CONFIG="$CFG" HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8
expect_eq "the old password works (and is remembered)" hello \
    "$(curl -s -x "http://alice:old%20password@127.0.0.1:$HUSH_PORT" "$O")"
expect_eq "... twice" hello "$(curl -s -x "http://alice:old%20password@127.0.0.1:$HUSH_PORT" "$O")"
printf '{"users": {"alice": "%s"}}\n' "$NEW" >"$CFG"
kill -HUP "$HUSH_PID"
check "the reload is done" logged 'event=reload outcome=ok' "$HUSH_LOG"
code=$(curl -s -o /dev/null -w '%{http_code}' -x "http://alice:old%20password@127.0.0.1:$HUSH_PORT" "$O")
expect_eq "right after the reload the old password is refused" 407 "$code"
expect_eq "... and the new one works" hello \
    "$(curl -s -x "http://alice:new%20password@127.0.0.1:$HUSH_PORT" "$O")"
finish
