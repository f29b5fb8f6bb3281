# With the default config, every CONNECT or absolute-form request to a non-public destination is
# refused with 403 and a reason, whatever the spelling of the address; a canary listening on
# loopback proves hush never connected. Runs in its own network namespace (only lo exists), so a
# broken guard still cannot reach a real network.
source "$HUSH_TESTS/helpers/lib.sh"
hush_isolate "$@"

# Canary on 127.0.0.1:443 and [::1]:443: counts connections it receives.
start_canary "$T/canary" 127.0.0.1 ::1

start_hush ssrf HUSH_TIMEOUT_CONNECT=3

for target in 127.0.0.1 127.0.0.2 localhost 2130706433 0x7f.1 0177.0.0.1 127.1 0x7f000001 \
    0.0.0.0 10.0.0.1 100.64.0.1 169.254.169.254 172.16.0.1 192.168.1.1 198.18.0.1 224.0.0.1 \
    255.255.255.255 '[::1]' '[::]' '[::ffff:127.0.0.1]' '[::ffff:7f00:1]' '[64:ff9b::7f00:1]' \
    '[2002:7f00:1::]' '[fd00::1]' '[fe80::1]' '[ff02::1]'; do
    reply=$(raw_request "$HUSH_PORT" "CONNECT $target:443 HTTP/1.1\r\nHost: $target:443\r\n\r\n")
    expect_match "CONNECT $target:443 is refused with 403 and a reason" \
        "^HTTP/1.1 403 Forbidden.*hush: [a-z]" "$(echo "$reply" | tr -d '\r' | tr '\n' ' ')"
done

for url in http://127.0.0.1:443/ http://localhost:443/ http://0x7f.1:443/ 'http://[::1]:443/' \
    http://169.254.169.254/latest/meta-data/; do
    code=$(curl -s -o "$T/body" -w '%{http_code}' -x "http://127.0.0.1:$HUSH_PORT" "$url")
    expect_eq "GET $url through the proxy is refused" 403 "$code"
done

# The reason names the kind of address, never just "forbidden".
reply=$(raw_request "$HUSH_PORT" "CONNECT 169.254.169.254:443 HTTP/1.1\r\n\r\n")
expect_match "the refusal says why" "link-local address" "$reply"

# A port outside connectPorts is refused before any lookup.
reply=$(raw_request "$HUSH_PORT" "CONNECT example.com:25 HTTP/1.1\r\n\r\n")
expect_match "CONNECT to a port outside connectPorts is 403" "^HTTP/1.1 403.*connectPorts" \
    "$(echo "$reply" | tr -d '\r' | tr '\n' ' ')"

check "the loopback canary was never connected to" canary_untouched
check "every refusal was logged as blocked" logged "decision=blocked" "$HUSH_LOG"
finish
