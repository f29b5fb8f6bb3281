#!/usr/bin/env bash
# profile.sh: one benchmark scenario against hush, optionally with hush run under a profiler.
# Used for the profile notes in PROFILE.md: instruction counts (callgrind) and syscall counts
# (strace -c) are repeatable on a shared machine where wall-clock figures are not.
#
#   contrib/bench/profile.sh SCENARIO [--build DIR (build-perf)] [--wrap "CMD ARGS"] [--target direct]
#                            [--duration S (5)] [--bytes N (tunnels)] [--workers N] [loadgen args...]
#   SCENARIO: a1 | a8 | a64 | a64_half RATE | b | c | d | e_down | e_up | f (IDLE=N idle connections)
#             | g_json | g_sse (agent-sized body of AGENT_BYTES, default 1 MiB, one connection)
#             | mixed (2 KiB requests at SMALL_RATE/s (400) on SMALL_CONNS (8) connections while one
#               more connection sends AGENT_BYTES bodies back to back: the small ones' p50/p99)
#   --scan-threads N|auto   hush's scanThreads (0: every body scanned on its worker's loop)
#   --wrap "valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out"   (hush runs under it)
#   --wrap "strace -c -f -o /tmp/strace.txt"
#   --target direct   runs the scenario straight against the upstream instead (the ceiling)
#   --perf-stat EVENTS   perf stat -e EVENTS attached to hush (the upstream under direct) for the
#                        load client's run, e.g. "raw_syscalls:sys_enter,syscalls:sys_enter_epoll_wait"
#                        (syscalls per request at the load's own timing, which strace would slow;
#                        the counts and the context switches include the warm-up: pass --warmup 0
#                        to divide them by the RESULT's reqs)
#   LG_WRAP="..."     runs the load client under a profiler instead
# Prints the load client's RESULT line (with cpu_s_per_10k of hush, or of the upstream under
# --target direct), the CPU seconds of the upstream, hush and the client, and the context switches
# of hush's threads (of the upstream's under direct) over the run: a voluntary one is a wake-up.
# Runs in a private network namespace (loopback only), every process bounded in time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
SC=${1:?scenario}
shift
BUILD=$root/build-perf WRAP="" TARGET=hush RATE="" DUR=5 BYTES=$((256 * 1024 * 1024)) WORKERS=auto
SCAN=auto PSTAT=""
extra=()
[[ $SC == a64_half ]] && { RATE=$1; shift; }
while (($#)); do
    case $1 in
    --build) BUILD=$2; shift 2 ;;
    --wrap) WRAP=$2; shift 2 ;;
    --target) TARGET=$2; shift 2 ;;
    --duration) DUR=$2; shift 2 ;;
    --bytes) BYTES=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --scan-threads) SCAN=$2; shift 2 ;;
    --perf-stat) PSTAT=$2; shift 2 ;;
    *) extra+=("$1"); shift ;;
    esac
done
if [[ -z ${HUSH_PROFILE_INNER:-} ]]; then
    export HUSH_PROFILE_INNER=1
    exec unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$SC" ${RATE:+"$RATE"} \
        --build "$BUILD" --wrap "$WRAP" --target "$TARGET" --duration "$DUR" --bytes "$BYTES" \
        --workers "$WORKERS" --scan-threads "$SCAN" --perf-stat "$PSTAT" "${extra[@]}"
fi
tmp=$(mktemp -d /tmp/hush-prof.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [[ ${KEEP_TMP:-} == 1 ]] || rm -rf "$tmp"
}
trap cleanup EXIT
# LG_WRAP: a profiler for the load client, e.g. LG_WRAP="valgrind --tool=callgrind"
lg() { /usr/bin/time -f "CPU loadgen user=%U sys=%S" ${LG_WRAP:-} "$BUILD/contrib/bench/bench_loadgen" "$@"; }
freeport() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
waitport() { for _ in $(seq 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }
bash "$root/tests/helpers/gen-test-pki.sh" "$tmp/pki" >/dev/null 2>&1
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
msgs = [{"role": "system", "content": "You are a helpful assistant for the support desk. Answer briefly."}]
user = ("Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132. "
        "Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. "
        "My colleague jane.doe@corp.example.org (555-867-5309) will follow up. ")
txt = ""
body = {}
while len(json.dumps(body, separators=(',', ':'))) < 2048 - len(user):
    txt += user
    body = {"model": "gpt-4o-mini", "messages": msgs + [{"role": "user", "content": txt}]}
open(d + "/chat.json", "w").write(json.dumps(body, separators=(',', ':')))
body["stream"] = True
open(d + "/sse.json", "w").write(json.dumps(body, separators=(',', ':')))
PY
python3 "$root/contrib/bench/agent_body.py" "${AGENT_BYTES:-1048576}" "$tmp/agent.json"
python3 "$root/contrib/bench/agent_body.py" "${AGENT_BYTES:-1048576}" "$tmp/agent_sse.json" --stream
"$BUILD/contrib/bench/bench_upstream" --cert "$tmp/pki/server.pem" --key "$tmp/pki/server.key" \
    --port-file "$tmp/up.port" --max-seconds 900 >/dev/null &
pids+=($!)
for _ in $(seq 50); do [[ -s $tmp/up.port ]] && break; sleep 0.1; done
read -r UP BULK <"$tmp/up.port"
if [[ $TARGET == hush ]]; then
    HP=$(freeport)
    mkdir -p "$tmp/hush"
    # shellcheck disable=SC2086
    # (the scan cache off unless asked: one body sent again and again would be answered from it)
    HUSH_LISTEN=127.0.0.1:$HP HUSH_DATA_DIR=$tmp/hush HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 \
        HUSH_UPSTREAM_CA_FILE=$tmp/pki/ca.pem HUSH_UPSTREAM_OVERRIDES=api.openai.com:443=127.0.0.1:$UP \
        HUSH_CONNECT_PORTS=443,8443,1024-65535 HUSH_MAX_CONNECTIONS_PER_CLIENT=20000 \
        HUSH_WORKERS=$WORKERS HUSH_SCAN_THREADS=$SCAN HUSH_SCAN_CACHE_BYTES=${HUSH_SCAN_CACHE_BYTES:-0} \
        HUSH_LOG_LEVEL=warn timeout -s INT 900 $WRAP "$BUILD/hush" 2>"$tmp/hush.log" &
    HPID=$!
    pids+=("$HPID")
    waitport "$HP"
    sleep 0.5
    extra+=(--watch-pid "$(pgrep -P "$HPID" | head -1)")
    tls=(--proxy "127.0.0.1:$HP" --authority api.openai.com:443 --cafile "$tmp/hush/ca-cert.pem")
    tun=(--proxy "127.0.0.1:$HP" --authority "127.0.0.1:$BULK")
else
    tls=(--connect "127.0.0.1:$UP" --host api.openai.com --cafile "$tmp/pki/ca.pem")
    tun=(--connect "127.0.0.1:$BULK")
    extra+=(--watch-pid "${pids[0]}") # the upstream's CPU: direct's figure to compare with
fi
d=(--duration "$DUR" --warmup 1 --max-reqs 5000000)
# CPU seconds (utime + stime) of a process so far
cpu_of() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat" 2>/dev/null || echo 0; }
UPPID=${pids[0]}
HUSHPID=$([[ $TARGET == hush ]] && pgrep -P "$HPID" | head -1 || true)
up0=$(cpu_of "$UPPID") hu0=$([[ -n $HUSHPID ]] && cpu_of "$HUSHPID" || echo 0)
# context switches of every thread of a process so far: "voluntary involuntary" (a voluntary one
# is a sleep, mostly in epoll_wait: the wake-ups)
ctxsw_of() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt/{v+=$2} /^nonvoluntary_ctxt/{n+=$2} END{print v+0, n+0}'; }
WATCHPID=${HUSHPID:-$UPPID}
read -r cv0 cn0 <<<"$(ctxsw_of "$WATCHPID")"
if [[ -n $PSTAT ]]; then
    perf stat -x, -e "$PSTAT" -p "$WATCHPID" -o "$tmp/perf.txt" &
    PERFPID=$!
    pids+=("$PERFPID")
    sleep 0.5
fi
case $SC in
a1) lg --mode h1 "${tls[@]}" --body "$tmp/chat.json" --conns 1 "${d[@]}" "${extra[@]}" ;;
a8) lg --mode h1 "${tls[@]}" --body "$tmp/chat.json" --conns 8 "${d[@]}" "${extra[@]}" ;;
a64) lg --mode h1 "${tls[@]}" --body "$tmp/chat.json" --conns 64 "${d[@]}" "${extra[@]}" ;;
a64_half) lg --mode h1 "${tls[@]}" --body "$tmp/chat.json" --conns 64 --rate "$RATE" "${d[@]}" "${extra[@]}" ;;
b) lg --mode h2 "${tls[@]}" --body "$tmp/chat.json" --conns 4 --streams 16 "${d[@]}" "${extra[@]}" ;;
c) lg --mode newconn "${tls[@]}" --body "$tmp/chat.json" --conns 16 "${d[@]}" "${extra[@]}" ;;
d) lg --mode sse "${tls[@]}" --body "$tmp/sse.json" --conns 1 "${d[@]}" "${extra[@]}" ;;
g_json) lg --mode h1 "${tls[@]}" --body "$tmp/agent.json" --conns 1 "${d[@]}" "${extra[@]}" ;;
g_sse) lg --mode sse "${tls[@]}" --body "$tmp/agent_sse.json" --conns 1 "${d[@]}" "${extra[@]}" ;;
mixed)
    lg --mode h1 "${tls[@]}" --body "$tmp/agent.json" --conns 1 --label agent "${d[@]}" \
        >"$tmp/agent.out" 2>/dev/null &
    agent=$!
    lg --mode h1 "${tls[@]}" --body "$tmp/chat.json" --conns "${SMALL_CONNS:-8}" \
        --rate "${SMALL_RATE:-400}" --label small "${d[@]}" "${extra[@]}"
    wait "$agent"
    cat "$tmp/agent.out" ;;
e_down) lg --mode tunnel "${tun[@]}" --bytes "$BYTES" --dir D --duration 120 "${extra[@]}" ;;
f) lg --mode idle "${tls[@]}" --conns "${IDLE:-5000}" --hold 3 --duration 90 --inflight 128 "${extra[@]}" ;;
e_up) lg --mode tunnel "${tun[@]}" --bytes "$BYTES" --dir U --duration 120 "${extra[@]}" ;;
*) echo "unknown scenario $SC" >&2; exit 2 ;;
esac 2>"$tmp/lg.err" | grep '^RESULT'
echo "CPU seconds over the run: upstream=$(awk -v a="$up0" -v b="$(cpu_of "$UPPID")" 'BEGIN{print b-a}')" \
    "hush=$([[ -n $HUSHPID ]] && awk -v a="$hu0" -v b="$(cpu_of "$HUSHPID")" 'BEGIN{print b-a}' || echo -)" \
    "$(grep '^CPU loadgen' "$tmp/lg.err" || true)"
read -r cv1 cn1 <<<"$(ctxsw_of "$WATCHPID")"
if [[ -n $PSTAT ]]; then
    kill -INT "$PERFPID" 2>/dev/null || true
    wait "$PERFPID" 2>/dev/null || true
    awk -F, '/^[0-9]/{printf "perf %s=%s\n", $3, $1}' "$tmp/perf.txt"
fi
echo "context switches over the run ($([[ -n $HUSHPID ]] && echo hush || echo upstream)): voluntary=$((cv1 - cv0)) involuntary=$((cn1 - cn0))"
if [[ $TARGET == hush ]]; then
    kill -INT "$HPID" 2>/dev/null || true
    wait "$HPID" 2>/dev/null || true
    grep "level=\|error" "$tmp/hush.log" | tail -5 >&2 || true
fi
