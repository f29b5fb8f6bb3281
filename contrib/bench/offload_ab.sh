#!/usr/bin/env bash
# offload_ab.sh: scanThreads 0 (every body scanned on its worker's loop) against the pool, in
# alternating runs of one profile.sh scenario, so both see the same machine load; prints each
# run's RESULT lines and, per setting, the medians of the small requests' p50/p99, the agent
# bodies' p50 and hush's CPU ms per agent body. Loopback only (profile.sh's namespace).
#
#   contrib/bench/offload_ab.sh [RUNS (3)] [SCENARIO (mixed)] [profile.sh args...]
#   AGENT_BYTES=4194304 SMALL_RATE=200 contrib/bench/offload_ab.sh 3 mixed --workers 1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-3}
SC=${2:-mixed}
shift $(($# < 2 ? $# : 2))
out=$(mktemp /tmp/hush-offload-ab.XXXXXX)
for ((i = 0; i < RUNS; i++)); do
    for s in 0 auto; do
        "$here/profile.sh" "$SC" --scan-threads "$s" "$@" 2>/dev/null |
            sed "s/^/scan=$s /" | tee -a "$out"
    done
done
python3 - "$out" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    s = line.split()[0]
    r = runs.setdefault(s, {})
    kv = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line))
    if 'CPU' in line:
        m = re.search(r'hush=([0-9.]+)', line)
        r.setdefault('hush_cpu', []).append(float(m.group(1)))
        continue
    lab = 'small' if kv.get('label') == 'small' else 'agent'
    for k in ('reqs', 'p50_us', 'p99_us'):
        r.setdefault(f'{lab}_{k}', []).append(float(kv[k]))
for s, r in runs.items():
    med = {k: statistics.median(v) for k, v in r.items()}
    agent_cpu = [c / max(n, 1) * 1000 for c, n in zip(r['hush_cpu'], r['agent_reqs'])]
    print(f"scanThreads={s}: " + " ".join(f"{k}={v:.0f}" if 'us' not in k else f"{k}={v/1000:.1f}ms"
          for k, v in sorted(med.items()) if k != 'hush_cpu'),
          f"hush_cpu_ms_per_agent_body~{statistics.median(agent_cpu):.1f} (all of hush's CPU / agent bodies)")
PY
rm -f "$out"
