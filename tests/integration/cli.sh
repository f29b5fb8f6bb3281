# The command line: --version, --help, check-config on good and bad configs; a bad config
# refuses to start naming the key and the reason.
source "$HUSH_TESTS/helpers/lib.sh"

expect_match "--version prints the version" '^hush [0-9]+\.[0-9]+\.[0-9]+$' "$("$HUSH_BIN" --version)"
expect_match "--help lists config keys with env vars" 'HUSH_LISTEN' "$("$HUSH_BIN" --help)"
check "the shipped proxy-config.json is valid" "$HUSH_BIN" check-config "$HUSH_SRC/proxy-config.json"

echo '{"listen": "127.0.0.1:8080", "maxBodyBytes": -1}' >"$T/bad.json"
out=$("$HUSH_BIN" --config "$T/bad.json" 2>&1) && rc=0 || rc=$?
expect_eq "a bad config refuses to start (exit 2)" 2 "$rc"
expect_match "... naming the key and the reason" "maxBodyBytes: must be a positive" "$out"

out=$(HUSH_TIMEOUT_IDLE=soon "$HUSH_BIN" check-config 2>&1) && rc=0 || rc=$?
expect_eq "a bad environment value refuses (exit 2)" 2 "$rc"
expect_match "... naming the variable" "HUSH_TIMEOUT_IDLE" "$out"

echo '{"listen": "127.0.0.1:0", "connectPorts": [443]}' >"$T/good.json"
out=$(HUSH_CONFIG="$T/good.json" "$HUSH_BIN" check-config 2>/dev/null)
expect_match "HUSH_CONFIG names the file" '"listen": "127.0.0.1:0"' "$out"
out=$("$HUSH_BIN" --bogus 2>&1) && rc=0 || rc=$?
expect_eq "unknown arguments exit 2" 2 "$rc"
finish
