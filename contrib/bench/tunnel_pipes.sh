#!/usr/bin/env bash
# tunnel_pipes.sh [BUILD (build-perf)] [NIDLE (300)]: hush as an unprivileged user (65534), as in
# its container, with NIDLE open tunnels that each moved 64 KiB both ways, then one more tunnel
# downloading 256 MiB with hush under strace -c: its splice calls, hush's CPU ticks and descriptors.
# Shows what the pipe-user-pages-soft limit does to a tunnel's pipes (PROFILE.md "(e) tunnels,
# round three"). Runs as root in a private network namespace (loopback only).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
B=$(cd "${1:-$root/build-perf}" && pwd) NIDLE=${2:-300}
if [[ -z ${HUSH_PIPES_INNER:-} ]]; then export HUSH_PIPES_INNER=1; exec unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"; fi
tmp=$(mktemp -d /tmp/hush-pipes.XXXXXX); chmod 755 "$tmp"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
bash "$root/tests/helpers/gen-test-pki.sh" "$tmp/pki" >/dev/null 2>&1
"$B/contrib/bench/bench_upstream" --cert "$tmp/pki/server.pem" --key "$tmp/pki/server.key" --port-file "$tmp/up.port" --max-seconds 300 >/dev/null &
pids+=($!)
for _ in $(seq 50); do [[ -s $tmp/up.port ]] && break; sleep 0.1; done
read -r _ BULK <"$tmp/up.port"
mkdir -p "$tmp/hush"; chown 65534:65534 "$tmp/hush"
HP=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
setpriv --reuid=65534 --regid=65534 --clear-groups env HUSH_LISTEN=127.0.0.1:$HP HUSH_DATA_DIR=$tmp/hush \
  HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1024-65535 HUSH_MAX_CONNECTIONS_PER_CLIENT=20000 \
  HUSH_LOG_LEVEL=warn bash -c "ulimit -n 8192; exec timeout 300 $B/hush" 2>"$tmp/hush.log" &
pids+=($!)
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$HP) 2>/dev/null && break; sleep 0.1; done
HPID=$(pgrep -f "^$B/hush" | head -1)
# NIDLE tunnels to the bulk port: CONNECT, then an 'E' header and 64 KiB echoed back
python3 - "$HP" "$BULK" "$NIDLE" "$tmp/idle.ready" <<'PY' &
import socket, sys, time
hp, bulk, n, ready = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
socks = []
for i in range(n):
    s = socket.create_connection(("127.0.0.1", hp))
    s.sendall(b"CONNECT 127.0.0.1:%d HTTP/1.1\r\nHost: x\r\n\r\n" % bulk)
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += s.recv(4096)
    s.sendall(b"E" + (65536).to_bytes(8, "big") + b"x" * 65536)
    got = 0
    while got < 65536:
        got += len(s.recv(65536))
    socks.append(s)
open(ready, "w").write("ok")
time.sleep(120)
PY
pids+=($!)
for _ in $(seq 600); do [[ -s $tmp/idle.ready ]] && break; sleep 0.1; done
echo "idle tunnels open: $NIDLE, hush fds: $(ls /proc/$HPID/fd | wc -l)"
c0=$(awk "{print \$14+\$15}" /proc/$HPID/stat)
strace -c -f -p "$HPID" -o "$tmp/st.txt" 2>/dev/null & SP=$!
sleep 1
"$B/contrib/bench/bench_loadgen" --mode tunnel --proxy 127.0.0.1:$HP --authority 127.0.0.1:$BULK --bytes 268435456 --dir D --duration 120 2>/dev/null | grep -o 'tunnel_mb_s=[0-9.]*'
kill -INT $SP; wait $SP 2>/dev/null || true
echo "hush cpu ticks during: $(( $(awk "{print \$14+\$15}" /proc/$HPID/stat) - c0 )) fds: $(ls /proc/$HPID/fd | wc -l)"
awk '$NF=="splice"||$NF=="epoll_wait"||$NF=="readv"||$NF=="writev"||$NF=="total"{print}' "$tmp/st.txt"
