# Shared helpers for the bash integration tests: a temp dir, process cleanup, starting hush and
# the local origin, and assertions. Every address used is loopback; tests that name other
# addresses re-run themselves in a fresh network namespace (hush_isolate) where only lo exists.
set -euo pipefail

: "${HUSH_BIN:?HUSH_BIN must point at the hush binary (ctest sets it)}"
: "${HUSH_TESTS:?HUSH_TESTS must point at tests/ (ctest sets it)}"

T=$(mktemp -d /tmp/hush-test.XXXXXX)
PIDS=()
FAILS=0
PASSES=0

cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${KEEP_TMP:-}" = 1 ] || [ "$FAILS" -gt 0 ]; then
        echo "# artifacts kept in $T"
    else
        rm -rf "$T"
    fi
}
trap cleanup EXIT
# A command that fails outside a check stops the script: say which one, so CI logs are readable.
trap 'echo "not ok - script stopped at line $LINENO: $BASH_COMMAND (exit $?)" >&2' ERR

# Re-run the calling script inside a new network namespace with only loopback, so that even a
# broken hush cannot reach any real network. Root uses unshare -n; others try a user namespace.
hush_isolate() {
    if [ "${HUSH_ISOLATED:-}" = 1 ]; then
        ip link set lo up
        return 0
    fi
    local u=(unshare -n)
    [ "$(id -u)" -eq 0 ] || u=(unshare -rn)
    if ! "${u[@]}" true 2>/dev/null; then
        echo "SKIP: cannot create a network namespace (need root or user namespaces)" >&2
        exit 77
    fi
    exec "${u[@]}" env HUSH_ISOLATED=1 bash "$0" "$@"
}

ok() { PASSES=$((PASSES + 1)); echo "ok - $*"; }
not_ok() { FAILS=$((FAILS + 1)); echo "not ok - $*"; }
check() { # check "description" command...
    local d=$1; shift
    if "$@"; then ok "$d"; else not_ok "$d"; fi
}
expect_eq() { # expect_eq "description" expected actual
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (expected '$2', got '$3')"; fi
}
# logged PATTERN [FILE]: a line matching PATTERN (grep basic regex) appears in hush's log within
# 15 s (a safety net for a busy machine; a present line returns at once). Connection lines are
# written when the connection ends, which may be just after the client that ended it has returned.
logged() {
    wait_for -t 15 grep -q -- "$1" "${2:-$HUSH_LOG}"
}
# lines_at_least N FILE: FILE has at least N lines.
lines_at_least() {
    [ "$(wc -l <"$2" 2>/dev/null || echo 0)" -ge "$1" ]
}
# wait_for [-t SECONDS] COMMAND...: run COMMAND until it succeeds, at most SECONDS (default 10).
# A safety net, not an assertion of speed: use it for the event a check asserts on (a record
# written, a log line, a file filled), then assert on what was seen.
wait_for() {
    local t=10 i
    if [ "$1" = -t ]; then t=$2; shift 2; fi
    for i in $(seq $((t * 20))); do
        "$@" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}
# start_canary FILE HOST...: a TCP server on HOST:443 for each HOST that counts the connections it
# receives into FILE. A "never connected to" check counts only once the canary provably counts:
# this connects to each HOST once itself (retrying until it is listening) and waits until FILE
# says so, so the count hush must leave unchanged is the number of HOSTs (canary_untouched).
start_canary() {
    local file=$1 h; shift
    CANARY_FILE=$file CANARY_BASE=$#
    node -e '
const net = require("net"); const fs = require("fs"); let n = 0;
for (const h of process.argv.slice(2))
  net.createServer(s => { n++; fs.writeFileSync(process.argv[1], String(n)); s.destroy(); }).listen(443, h);
setInterval(() => {}, 1000);' "$file" "$@" &
    PIDS+=($!)
    for h in "$@"; do
        wait_for -t 5 timeout 2 bash -c "exec 3<>/dev/tcp/$h/443" || { echo "canary $h:443 never listened" >&2; return 1; }
    done
    wait_for bash -c "test \"\$(cat '$file' 2>/dev/null || echo 0)\" -ge $CANARY_BASE" ||
        { echo "canary $file did not count its own probes" >&2; return 1; }
}
canary_untouched() { [ "$(cat "$CANARY_FILE")" -eq "$CANARY_BASE" ]; }
expect_match() { # expect_match "description" regex text
    if [[ $3 =~ $2 ]]; then ok "$1"; else not_ok "$1 (no match for /$2/ in '$3')"; fi
}
# Stop every process (hush drains and exits on SIGTERM), then fail on any sanitizer report in a
# hush log: under `make test-asan` leaks and undefined behaviour surface only there.
finish() {
    for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    PIDS=()
    local reports
    reports=$(grep -l -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$T"/*.log 2>/dev/null || true)
    if [ -n "$reports" ]; then
        not_ok "sanitizer reports in: $reports"
        grep -h -A20 -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' $reports | head -60
    fi
    echo "$PASSES passed, $FAILS failed"
    [ "$FAILS" -eq 0 ]
}

# start_hush NAME [VAR=value ...]: hush on an ephemeral loopback port; sets HUSH_PORT and
# HUSH_LOG (its stderr). Extra environment configures it.
start_hush() {
    local name=$1; shift
    HUSH_LOG=$T/$name.log
    mkdir -p "$T/data-$name"
    env HUSH_LISTEN=127.0.0.1:0 HUSH_WORKERS=2 HUSH_DATA_DIR="$T/data-$name" "$@" "$HUSH_BIN" 2>"$HUSH_LOG" &
    PIDS+=($!)
    HUSH_PID=$!
    for _ in $(seq 1 100); do
        if grep -qE 'event=listening|"event":"listening"' "$HUSH_LOG" 2>/dev/null; then
            HUSH_PORT=$(sed -n -e 's/.*event=listening addr=[^ ]*:\([0-9]*\) .*/\1/p' \
                -e 's/.*"event":"listening","addr":"[^"]*:\([0-9]*\)".*/\1/p' "$HUSH_LOG" | head -1)
            return 0
        fi
        if ! kill -0 "$HUSH_PID" 2>/dev/null; then
            echo "hush exited during start-up:" >&2
            cat "$HUSH_LOG" >&2
            return 1
        fi
        sleep 0.05
    done
    echo "hush did not start listening" >&2
    cat "$HUSH_LOG" >&2
    return 1
}

# start_origin: the local origin (http, https, echo) with test certificates; sets ORIGIN_HTTP,
# ORIGIN_HTTPS, ORIGIN_ECHO and PKI (directory with the test CA and server cert).
start_origin() {
    PKI=$T/pki
    bash "$HUSH_TESTS/helpers/gen-test-pki.sh" "$PKI" >/dev/null
    node "$HUSH_TESTS/helpers/origin.mjs" --http-port 0 --https-port 0 --echo-port 0 \
        --cert "$PKI/server.pem" --key "$PKI/server.key" --port-file "$T/origin.json" \
        >"$T/origin.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        [ -s "$T/origin.json" ] && break
        sleep 0.05
    done
    ORIGIN_HTTP=$(node -p "require('$T/origin.json').http")
    ORIGIN_HTTPS=$(node -p "require('$T/origin.json').https")
    ORIGIN_ECHO=$(node -p "require('$T/origin.json').echo")
}

# start_mock [ARGS]: the mock AI upstream (TLS; h2 and http/1.1; ARGS go to mock-upstream.mjs)
# with the test PKI; sets PKI and MOCK.
# mock_get PATH and mock_clear read and clear what it recorded (GET/DELETE /__requests).
start_mock() {
    PKI=$T/pki
    bash "$HUSH_TESTS/helpers/gen-test-pki.sh" "$PKI" >/dev/null
    node "$HUSH_TESTS/helpers/mock-upstream.mjs" --cert "$PKI/server.pem" --key "$PKI/server.key" \
        --port 0 --port-file "$T/mock.port" "$@" >/dev/null 2>"$T/mock.log" &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        [ -s "$T/mock.port" ] && break
        sleep 0.05
    done
    MOCK=$(cat "$T/mock.port")
}
mock_get() { curl -s --cacert "$PKI/ca.pem" "https://127.0.0.1:$MOCK$1"; }
mock_clear() { curl -s -X DELETE --cacert "$PKI/ca.pem" "https://127.0.0.1:$MOCK/__requests" >/dev/null; }
mock_release() { curl -s -X POST --cacert "$PKI/ca.pem" "https://127.0.0.1:$MOCK/__release" >/dev/null; }

# raw_request PORT DATA [TIMEOUT]: send bytes on a fresh TCP connection, print the reply.
raw_request() {
    local port=$1 data=$2 t=${3:-5}
    timeout "$t" bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$port"'; printf "%b" "$1" >&3; cat <&3' _ "$data" || true
}
