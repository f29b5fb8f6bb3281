#!/usr/bin/env bash
# split_ab.sh: one large body's scan on one thread against the same scan split over the pool's
# idle threads (anon_rewrite_par), beside the direct figure, in alternating runs of profile.sh's
# g_json scenario so all three see the same machine load. One build: scanThreads 1 leaves one
# thread, so nothing is split (the scan as before psplit); scanThreads auto (one per CPU) splits.
# Prints each run's RESULT lines, then per setting and body size the medians of p50 and of hush's
# CPU ms per request, and the time added over direct per MiB of body.
#
#   contrib/bench/split_ab.sh [RUNS (3)] [SIZES (1048576 4194304)] [profile.sh args...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-3}
SIZES=${2:-"1048576 4194304"}
shift $(($# < 2 ? $# : 2))
out=$(mktemp /tmp/hush-split-ab.XXXXXX)
for ((i = 0; i < RUNS; i++)); do
    for sz in $SIZES; do
        for s in direct 1 auto; do
            if [[ $s == direct ]]; then
                AGENT_BYTES=$sz "$here/profile.sh" g_json --target direct --duration 4 "$@" 2>/dev/null
            else
                AGENT_BYTES=$sz "$here/profile.sh" g_json --scan-threads "$s" --duration 4 "$@" 2>/dev/null
            fi | sed "s/^/size=$sz scan=$s /" | tee -a "$out"
        done
    done
done
python3 - "$out" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    kv = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line))
    key = (int(kv['size']), kv['scan'])
    r = runs.setdefault(key, {'p50': [], 'cpu': [], 'reqs': []})
    if 'CPU' in line:
        m = re.search(r'hush=([0-9.]+)', line)
        r['cpu'].append(float(m.group(1)) if m else float('nan'))
    else:
        r['p50'].append(float(kv['p50_us']) / 1000)
        r['reqs'].append(float(kv['reqs']))
for size in sorted({k[0] for k in runs}):
    d = statistics.median(runs[(size, 'direct')]['p50'])
    mib = size / 1048576
    print(f"{mib:g} MiB: direct p50 {d:.2f} ms")
    for s in ('1', 'auto'):
        r = runs.get((size, s))
        if not r:
            continue
        p = statistics.median(r['p50'])
        cpu = statistics.median(c / max(n, 1) * 1000 for c, n in zip(r['cpu'], r['reqs']))
        print(f"  scanThreads={s}: p50 {p:.2f} ms ({p / d:.2f}x direct), "
              f"added {(p - d) / mib:.2f} ms per MiB, hush CPU ~{cpu:.1f} ms per request")
PY
rm -f "$out"
