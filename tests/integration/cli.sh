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
err=$(HUSH_AI_DOMAINS='llm.corp.example=openai' "$HUSH_BIN" check-config 2>&1 >/dev/null)
expect_match "check-config lists the effective intercepted hosts" "api.anthropic.com +anthropic" "$err"
expect_match "... including configured ones with their profile" "llm.corp.example +openai" "$err"
out=$(HUSH_AI_DOMAINS='bad host' "$HUSH_BIN" check-config 2>&1) && rc=0 || rc=$?
expect_eq "an invalid aiDomains entry refuses (exit 2)" 2 "$rc"

out=$(echo '{"messages":[{"role":"user","content":"mail jane.doe@example.com"}]}' | "$HUSH_BIN" scan 2>"$T/scan.err")
expect_match "hush scan prints the body as it would leave" '"content":"mail \[EMAIL_1\]"' "$out"
check "hush scan counts per type on stderr" grep -q "EMAIL *1" "$T/scan.err"
out=$(printf 'call +1 415 555 0132' | "$HUSH_BIN" scan --json)
expect_match "hush scan --json lists findings with offsets" '"type": "PHONE", "start": 5, "end": 20' "$out"
# the findings are the request's: a person named in a signature is found again in capitals
out=$(printf 'Regards,\nMaria Keller\n\nKELLER, MARIA owes 40 EUR' | "$HUSH_BIN" scan --json)
expect_match "hush scan --json finds a named person again in another form" '"type": "PERSON", "start": 23, "end": 36' "$out"

missing=$("$HUSH_BIN" --help | awk '/^  [a-zA-Z.]+ +[A-Z_]+ +default:/ {print $1, $2, $NF}' |
    while read -r key env life; do
        life=${life#[}
        life=${life%]}
        grep -qF "| \`$key\` | \`$env\` | $life |" "$HUSH_SRC/README.md" || echo "$key"
    done)
nkeys=$("$HUSH_BIN" --help | grep -cE '^  [a-zA-Z.]+ +[A-Z_]+ +default:')
check "--help lists the keys ($nkeys)" test "$nkeys" -ge 40
expect_eq "the README's configuration reference lists every key with its variable and lifetime" "" "$missing"
nlife=$("$HUSH_BIN" --help | grep -cE '^  [a-zA-Z.]+ +[A-Z_]+ +default: .*\[(restart|reload)\]$')
expect_eq "--help gives every key a lifetime (restart or reload)" "$nkeys" "$nlife"

out=$("$HUSH_BIN" --bogus 2>&1) && rc=0 || rc=$?
expect_eq "unknown arguments exit 2" 2 "$rc"
finish
