#!/usr/bin/env bash
# build_ab.sh: two hush builds and the direct path, in alternating runs of one profile.sh scenario
# (direct, A, B, direct, B, A, ...), so all three see the same machine load; prints each run's
# figures and, per target, the medians of p50, hush CPU ms per request and RSS growth over the
# fresh process, and each build's p50 as added ms over direct's median. Loopback only.
#
#   contrib/bench/build_ab.sh BUILD_A BUILD_B [RUNS (3)] [SCENARIO (g_json)] [profile.sh args...]
#   AGENT_BYTES=4194304 contrib/bench/build_ab.sh /tmp/base-perf build-perf 3 g_json --scan-threads 1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
A=$1 B=$2
RUNS=${3:-3}
SC=${4:-g_json}
shift $(($# < 4 ? $# : 4))
out=$(mktemp /tmp/hush-build-ab.XXXXXX)
one() { # label, profile.sh args...
    local tag=$1
    shift
    local line
    line=$("$here/profile.sh" "$SC" "$@" 2>/dev/null | tr '\n' ' ')
    echo "target=$tag $line" | tee -a "$out"
}
for ((i = 0; i < RUNS; i++)); do
    one direct --build "$A" --target direct "$@"
    if ((i % 2 == 0)); then
        one A --build "$A" "$@"
        one B --build "$B" "$@"
    else
        one B --build "$B" "$@"
        one A --build "$A" "$@"
    fi
done
uptime
python3 - "$out" "${AGENT_BYTES:-1048576}" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    kv = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line))
    t = kv.get('target')
    if not t or 'p50_us' not in kv:
        continue
    r = runs.setdefault(t, {})
    r.setdefault('p50_ms', []).append(float(kv['p50_us']) / 1000)
    m = re.search(r'hush=([0-9.]+)', line)
    if m and t != 'direct':
        r.setdefault('cpu_ms_per_req', []).append(float(m.group(1)) * 1000 / max(float(kv['reqs']), 1))
        r.setdefault('rss_growth_mb', []).append((float(kv['rss_max_kb']) - float(kv['rss_start_kb'])) / 1000)
mib = int(sys.argv[2]) / 1048576
d = statistics.median(runs['direct']['p50_ms']) if 'direct' in runs else None
for t in ('direct', 'A', 'B'):
    if t not in runs:
        continue
    med = {k: statistics.median(v) for k, v in runs[t].items()}
    s = " ".join(f"{k}={v:.2f}" for k, v in med.items())
    if d is not None and t != 'direct':
        s += f" added_ms_per_MiB={(med['p50_ms'] - d) / mib:.2f} ratio_to_direct={med['p50_ms'] / d:.2f}"
        s += f" rss_growth_x_body={med['rss_growth_mb'] * 1e6 / (mib * 1048576):.2f}"
    print(f"{t}: {s} (runs={len(runs[t]['p50_ms'])})")
PY
rm -f "$out"
