#!/usr/bin/env bash
# run.sh: the gateway benchmark in one command. Builds Release, starts (on 127.0.0.1 only, every
# process bounded in time) bench_upstream, hush, mitmdump and sslsplit, drives each with
# bench_loadgen, and writes contrib/bench/RESULTS.md (figures and ratios) plus the raw RESULT lines.
#
#   contrib/bench/run.sh [--duration SEC] [--tunnel-bytes N] [--idle N] [--hold SEC]
#                        [--only direct,hush,mitmproxy,sslsplit] [--out FILE] [--quick]
#
# The one thing a reader must know: after installing missing peers (apt-get, outside), the script
# re-runs itself in a private network namespace (unshare -n) where only lo exists, so no
# process it starts can reach any other network even if misconfigured. Without a namespace it still
# binds and dials 127.0.0.1 only (bench_loadgen refuses anything else).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
DUR=10
TUNNEL_BYTES=1073741824
IDLE=10000
HOLD=5
ONLY=direct,hush,mitmproxy,sslsplit
OUT=$here/RESULTS.md
ORIG_ARGS=("$@")
while [[ $# -gt 0 ]]; do
    case $1 in
    --duration) DUR=$2; shift 2 ;;
    --tunnel-bytes) TUNNEL_BYTES=$2; shift 2 ;;
    --idle) IDLE=$2; shift 2 ;;
    --hold) HOLD=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --quick) DUR=2; TUNNEL_BYTES=$((128 << 20)); IDLE=1000; HOLD=1; shift ;;
    *) echo "usage: $0 [--duration S] [--tunnel-bytes N] [--idle N] [--hold S] [--only LIST] [--out F] [--quick]" >&2; exit 2 ;;
    esac
done
BUILD=${BUILD_DIR:-$root/build-bench}
want() { [[ ,$ONLY, == *,$1,* ]]; }

# ---- outside the namespace: peers and build -------------------------------------------------
if [[ -z ${HUSH_BENCH_INNER:-} ]]; then
    for pair in mitmproxy:mitmdump sslsplit:sslsplit; do
        pkg=${pair%%:*} bin=${pair##*:}
        want "$pkg" || continue
        command -v "$bin" >/dev/null && continue
        apt-cache policy "$pkg" | sed -n 1,3p
        if [[ $(id -u) == 0 ]]; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$pkg"
        else
            echo "run.sh: $bin missing; run: sudo apt-get install -y $pkg" >&2
            exit 1
        fi
    done
    # BENCH_CFLAGS: extra compiler flags, e.g. -Wno-error=restrict while a Release-only warning
    # in someone's tree blocks the build (named in RESULTS.md when used)
    cmake -S "$root" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS="${BENCH_CFLAGS:-}" >/dev/null
    cmake --build "$BUILD" -j2 --target hush bench_loadgen bench_upstream bench_turns
    export HUSH_BENCH_INNER=1 HUSH_BENCH_CMD="contrib/bench/run.sh ${ORIG_ARGS[*]}"
    # lo only; plus a veth pair whose both ends stay inside the namespace, holding a TEST-NET
    # address: sslsplit resolves 127.0.0.1 with AI_ADDRCONFIG, which fails without any
    # non-loopback address. Nothing is routed anywhere.
    netns_setup='ip link set lo up && { ip link add bench0 type veth peer name bench1 &&
        ip addr add 192.0.2.1/32 dev bench0 && ip link set bench0 up && ip link set bench1 up ||
        echo "run.sh: no veth in the namespace; sslsplit may not start" >&2; } && exec "$0" "$@"'
    if unshare -n true 2>/dev/null; then
        exec unshare -n bash -c "$netns_setup" "$0" "${ORIG_ARGS[@]}"
    elif unshare -rn true 2>/dev/null; then
        exec unshare -rn bash -c "$netns_setup" "$0" "${ORIG_ARGS[@]}"
    fi
    echo "run.sh: no network namespace available; running on the host's loopback" >&2
    HUSH_BENCH_NETNS=no
fi

# ---- inside: everything on 127.0.0.1 --------------------------------------------------------
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" # 10k idle: proxy holds 2 fds each
tmp=$(mktemp -d /tmp/hush-bench.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [[ ${KEEP_TMP:-} == 1 ]] || rm -rf "$tmp"
}
trap cleanup EXIT
LG=$BUILD/contrib/bench/bench_loadgen
UPB=$BUILD/contrib/bench/bench_upstream
RAW=$tmp/results.txt
: >"$RAW"
freeport() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
waitport() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }
MAXS=$((DUR * 60 + 900)) # every server exits by itself after this many seconds

bash "$root/tests/helpers/gen-test-pki.sh" "$tmp/pki"
python3 - "$tmp" <<'EOF'
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
EOF
# (g) agent-sized requests: the whole conversation of a coding agent, PII every ~2 KiB
for sz in 256k:262144 1m:1048576 4m:4194304; do
    python3 "$here/agent_body.py" "${sz#*:}" "$tmp/agent_${sz%%:*}.json"
    python3 "$here/agent_body.py" "${sz#*:}" "$tmp/agent_${sz%%:*}_sse.json" --stream
done

"$UPB" --cert "$tmp/pki/server.pem" --key "$tmp/pki/server.key" --port-file "$tmp/up.port" \
    --max-seconds "$MAXS" >/dev/null &
UPPID=$!
pids+=("$UPPID")
for _ in $(seq 50); do [[ -s $tmp/up.port ]] && break; sleep 0.1; done
read -r UP BULK <"$tmp/up.port"

# start_hush: hush on a free port (HP; TPID its timeout wrapper, HPID hush). HUSH_PIN="taskset -c 1"
# starts it on CPU 1 alone, as taskset or a cpuset would, so workers=auto sizes itself to that CPU.
# The scan cache is off: the (g) rows send one body again and again, which it would answer from
# memory; a growing conversation's figure is bench_turns' (the "turns" lines below the table).
start_hush() {
    HP=$(freeport)
    mkdir -p "$tmp/hush"
    HUSH_LISTEN=127.0.0.1:$HP HUSH_DATA_DIR=$tmp/hush HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 \
        HUSH_UPSTREAM_CA_FILE=$tmp/pki/ca.pem HUSH_UPSTREAM_OVERRIDES=api.openai.com:443=127.0.0.1:$UP \
        HUSH_CONNECT_PORTS=443,8443,1024-65535 HUSH_MAX_CONNECTIONS_PER_CLIENT=20000 \
        HUSH_SCAN_CACHE_BYTES=0 HUSH_LOG_LEVEL=warn timeout "$MAXS" ${HUSH_PIN:-} "$BUILD/hush" \
        2>>"$tmp/hush.log" &
    TPID=$!
    pids+=("$TPID")
    waitport "$HP"
    sleep 0.5
    HPID=$(pgrep -P "$TPID" | head -1)
}
start_mitm() {
    MP=$(freeport)
    mkdir -p "$tmp/mitm"
    timeout "$MAXS" mitmdump -q --listen-host 127.0.0.1 --listen-port "$MP" --set confdir="$tmp/mitm" \
        --set ssl_verify_upstream_trusted_ca="$tmp/pki/ca.pem" \
        --ignore-hosts "^127\\.0\\.0\\.1:$BULK\$" >"$tmp/mitm.log" 2>&1 &
    TPID=$!
    pids+=("$TPID")
    waitport "$MP"
    MPID=$(pgrep -P "$TPID" | head -1)
    sleep 1
}
start_sslsplit() {
    SP=$(freeport) TP=$(freeport)
    timeout "$MAXS" sslsplit -k "$tmp/pki/other-ca.key" -c "$tmp/pki/other-ca.pem" \
        ssl 127.0.0.1 "$SP" 127.0.0.1 "$UP" tcp 127.0.0.1 "$TP" 127.0.0.1 "$BULK" >"$tmp/sslsplit.log" 2>&1 &
    TPID=$!
    pids+=("$TPID")
    waitport "$SP"
    sleep 0.5
    local parent
    parent=$(pgrep -P "$TPID" | head -1)
    SPIDS="$parent $(pgrep -P "$parent" | tr '\n' ' ')"
}

# lg TARGET LABEL args...: one bench_loadgen run, its RESULT line kept with the target's name
lg() {
    local target=$1 label=$2
    shift 2
    local line
    line=$(timeout $((DUR * 8 + 120)) ${LG_PIN:-} "$LG" --label "$label" "$@" | grep '^RESULT' || echo "RESULT label=$label failed=1")
    echo "target=$target $line" | tee -a "$RAW"
}

# run_target NAME: all scenarios against one target. The dial arguments differ per target:
#   direct    : --connect upstream; TLS to the upstream (test CA)
#   hush      : --proxy hush, CONNECT api.openai.com:443 (overridden to the upstream), hush's CA
#   mitmproxy : --proxy mitmdump, CONNECT 127.0.0.1:UP with SNI api.openai.com, mitmproxy's CA
#   sslsplit  : --connect sslsplit's static "ssl" listener (no CONNECT: sslsplit is transparent)
run_target() {
    local t=$1 tls_args tun_args watch=()
    case $t in
    direct)
        tls_args=(--connect "127.0.0.1:$UP" --host api.openai.com --cafile "$tmp/pki/ca.pem")
        tun_args=(--connect "127.0.0.1:$BULK")
        watch=(--watch-pid "$UPPID") ;;
    hush)
        start_hush
        tls_args=(--proxy "127.0.0.1:$HP" --authority api.openai.com:443 --cafile "$tmp/hush/ca-cert.pem")
        tun_args=(--proxy "127.0.0.1:$HP" --authority "127.0.0.1:$BULK")
        watch=(--watch-pid "$HPID") ;;
    mitmproxy)
        start_mitm
        tls_args=(--proxy "127.0.0.1:$MP" --authority "127.0.0.1:$UP" --host api.openai.com
            --cafile "$tmp/mitm/mitmproxy-ca-cert.pem")
        tun_args=(--proxy "127.0.0.1:$MP" --authority "127.0.0.1:$BULK")
        watch=(--watch-pid "$MPID") ;;
    sslsplit)
        start_sslsplit
        tls_args=(--connect "127.0.0.1:$SP" --host api.openai.com --cafile "$tmp/pki/other-ca.pem")
        tun_args=(--connect "127.0.0.1:$TP")
        for p in $SPIDS; do watch+=(--watch-pid "$p"); done ;;
    esac
    local d=(--duration "$DUR" --warmup 1 --max-reqs 5000000)
    lg "$t" idle_rss --mode idle "${tls_args[@]}" --conns 1 --hold 1 --duration 10 "${watch[@]}"
    # (g) first, on a fresh process, so its RSS growth is the agent bodies' own
    if [[ $t != sslsplit ]]; then
        local sz
        for sz in 256k 1m 4m; do
            lg "$t" "g${sz}_json" --mode h1 "${tls_args[@]}" --body "$tmp/agent_$sz.json" --conns 1 "${d[@]}" "${watch[@]}"
            lg "$t" "g${sz}_sse" --mode sse "${tls_args[@]}" --body "$tmp/agent_${sz}_sse.json" --conns 1 "${d[@]}" "${watch[@]}"
        done
    fi
    lg "$t" a1 --mode h1 "${tls_args[@]}" --body "$tmp/chat.json" --conns 1 "${d[@]}" "${watch[@]}"
    lg "$t" a64 --mode h1 "${tls_args[@]}" --body "$tmp/chat.json" --conns 64 "${d[@]}" "${watch[@]}"
    lg "$t" a8 --mode h1 "${tls_args[@]}" --body "$tmp/chat.json" --conns 8 "${d[@]}" "${watch[@]}"
    if [[ $t == hush || $t == direct ]]; then
        # p99 at 50% of hush's peak (the same absolute rate for hush and direct)
        local peak
        peak=$(awk '/target=hush .*label=a64 /{for(i=1;i<=NF;i++) if($i~/^rps=/){sub("rps=","",$i); print $i}}' "$RAW" | tail -1)
        if [[ -n $peak ]]; then
            lg "$t" a64_half --mode h1 "${tls_args[@]}" --body "$tmp/chat.json" --conns 64 \
                --rate "$(awk -v p="$peak" 'BEGIN{printf "%.0f", p/2}')" "${d[@]}" "${watch[@]}"
            # With the scheduler out of the way: the load client and the upstream pinned on CPU 0,
            # the process measured (hush, or the upstream for direct) alone on CPU 1. Pinned, hush
            # has one core, so the rate is half of hush's own pinned peak (measured first), the
            # same absolute rate for direct. What remains of the p99 is the measured process's own.
            # hush is started pinned (a second instance, stopped after these two rows), not pinned
            # while running: workers=auto counts the CPUs it may use when it starts.
            if command -v taskset >/dev/null && (($(nproc) >= 2)); then
                local ppeak ptls=("${tls_args[@]}") pwatch=("${watch[@]}") keep=("$HP" "$TPID" "$HPID")
                taskset -a -pc 0 "$UPPID" >/dev/null
                if [[ $t == hush ]]; then
                    HUSH_PIN="taskset -c 1" start_hush
                    ptls[1]=127.0.0.1:$HP
                    pwatch=(--watch-pid "$HPID")
                    echo "run.sh: pinned hush runs $(ls "/proc/$HPID/task" | wc -l) threads" >&2
                    LG_PIN="taskset -c 0" lg "$t" a64_pinned --mode h1 "${ptls[@]}" --body "$tmp/chat.json" --conns 64 \
                        "${d[@]}" "${pwatch[@]}"
                else
                    taskset -a -pc 1 "$UPPID" >/dev/null
                fi
                ppeak=$(awk '/target=hush .*label=a64_pinned /{for(i=1;i<=NF;i++) if($i~/^rps=/){sub("rps=","",$i); print $i}}' "$RAW" | tail -1)
                [[ -n $ppeak ]] && LG_PIN="taskset -c 0" lg "$t" a64_half_pinned --mode h1 "${ptls[@]}" --body "$tmp/chat.json" --conns 64 \
                    --rate "$(awk -v p="$ppeak" 'BEGIN{printf "%.0f", p/2}')" "${d[@]}" "${pwatch[@]}"
                if [[ $t == hush ]]; then
                    kill "$TPID" 2>/dev/null || true
                    wait "$TPID" 2>/dev/null || true
                    HP=${keep[0]} TPID=${keep[1]} HPID=${keep[2]}
                fi
                taskset -a -pc 0-$(($(nproc) - 1)) "$UPPID" >/dev/null
            fi
        fi
    fi
    if [[ $t != sslsplit ]]; then
        lg "$t" b --mode h2 "${tls_args[@]}" --body "$tmp/chat.json" --conns 4 --streams 16 "${d[@]}" "${watch[@]}"
    fi
    lg "$t" c --mode newconn "${tls_args[@]}" --body "$tmp/chat.json" --conns 16 "${d[@]}" "${watch[@]}"
    # the same with session resumption, as SDKs do (tickets / session ids), beside the full handshakes
    lg "$t" c_resumed --mode newconn --resume "${tls_args[@]}" --body "$tmp/chat.json" --conns 16 "${d[@]}" "${watch[@]}"
    lg "$t" d --mode sse "${tls_args[@]}" --body "$tmp/sse.json" --conns 1 "${d[@]}" "${watch[@]}"
    lg "$t" e_down --mode tunnel "${tun_args[@]}" --bytes "$TUNNEL_BYTES" --dir D --duration 120 "${watch[@]}"
    lg "$t" e_up --mode tunnel "${tun_args[@]}" --bytes "$TUNNEL_BYTES" --dir U --duration 120 "${watch[@]}"
    # (f) on a freshly started process, so the RSS it grows by is the idle connections' alone
    if [[ $t != direct ]]; then
        kill "$TPID" 2>/dev/null || true
        wait "$TPID" 2>/dev/null || true
        "start_${t/mitmproxy/mitm}"
        case $t in
        hush) tls_args[1]=127.0.0.1:$HP; watch=(--watch-pid "$HPID") ;;
        mitmproxy) tls_args[1]=127.0.0.1:$MP; watch=(--watch-pid "$MPID") ;;
        sslsplit) tls_args[1]=127.0.0.1:$SP; watch=(); for p in $SPIDS; do watch+=(--watch-pid "$p"); done ;;
        esac
    fi
    # mitmproxy and sslsplit hold an upstream connection per idle client (2 fds each) and
    # sslsplit exits on EMFILE ("Error 24 on listener"): keep them under the fd limit.
    local idle=$IDLE nofile
    nofile=$(ulimit -n)
    if [[ $t == mitmproxy || $t == sslsplit ]] && ((idle > (nofile - 1000) / 2)); then
        idle=$(((nofile - 1000) / 2))
        echo "run.sh: $t holds 2 fds per idle connection; (f) uses $idle connections (ulimit -n $nofile)" >&2
    fi
    lg "$t" f --mode idle "${tls_args[@]}" --conns "$idle" --hold "$HOLD" --duration 90 --inflight 128 "${watch[@]}"
    # stop the peer so it does not compete with the next one
    if [[ $t != direct ]]; then
        kill "$TPID" 2>/dev/null || true
        wait "$TPID" 2>/dev/null || true
    fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# hush first so that direct's half-rate run knows hush's peak
for t in hush direct mitmproxy sslsplit; do
    want "$t" || continue
    echo "== $t" >&2
    run_target "$t"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# (g) a growing conversation (agent_turns.py: 40 turns, 5 KB to 300 KB, each the one before with
# three messages more), in-process through one engine: scanned whole every turn, and through the
# scan cache (scanCacheBytes) that answers the strings sent before
turns=""
if [[ ,$ONLY, == *,hush,* ]]; then
    python3 "$here/agent_turns.py" 40 "$tmp/turns.jsonl"
    tc=$("$BUILD/bench_turns" "$tmp/turns.jsonl" cold | tail -1)
    tw=$("$BUILD/bench_turns" "$tmp/turns.jsonl" warm | tail -1)
    turns="anonymizer per MiB over 40 turns of one agent conversation: cache off $(echo "$tc" | sed -n 's/.* \([0-9.]*\) ms\/MiB.*/\1/p') ms, cache on $(echo "$tw" | sed -n 's/.* \([0-9.]*\) ms\/MiB.*/\1/p') ms ($(echo "$tw" | sed -n 's/.*\(hits [0-9]* of [0-9]*\).*/\1/p') strings)"
fi

versions() {
    echo "hush=$("$BUILD/hush" --version 2>&1 | head -1 | awk '{print $2}') ($(git -C "$root" rev-parse --short HEAD))"
    echo "mitmproxy=$(mitmdump --version 2>/dev/null | awk '/^Mitmproxy:/{print $2}')"
    echo "sslsplit=$(sslsplit -V 2>&1 | awk 'NR==1{print $2}')"
    echo "kernel=$(uname -r)"
    echo "nproc=$(nproc)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "load_before=$load_before"
    echo "load_after=$load_after"
    echo "netns=${HUSH_BENCH_NETNS:-yes}"
    echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
    echo "cmd=${HUSH_BENCH_CMD:-contrib/bench/run.sh}"
    echo "cflags=${BENCH_CFLAGS:-(none)}"
    echo "turns=$turns"
    echo "params=$DUR s per scenario (+1 s warm-up), tunnel $TUNNEL_BYTES bytes each way, $IDLE idle connections held $HOLD s"
}
versions >"$tmp/meta.txt"
python3 "$here/results.py" "$RAW" "$tmp/meta.txt" >"$OUT"
cp "$RAW" "${OUT%.md}.raw.txt"
echo "wrote $OUT" >&2
