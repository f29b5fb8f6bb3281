#!/usr/bin/env bash
# soak: hush under moderate mixed load (tunnels, intercepted h1 and h2, SSE) for SOAK_SECONDS,
# with its RSS and open fds sampled every SOAK_SAMPLE seconds into a CSV. Passes when no request
# failed, RSS and fds are flat after warm-up (the last third's mean within SOAK_TOLERANCE percent
# of the second third's), and hush exits without a sanitizer or LeakSanitizer report (meaningful
# with an ASan build: HUSH_BIN=build-asan/hush). Loopback only; see contrib/soak/README.md.
#
#   HUSH_BIN=build-asan/hush contrib/soak/soak.sh        # 10 minutes
#   SOAK_SECONDS=180 HUSH_BIN=build/hush contrib/soak/soak.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export HUSH_TESTS=${HUSH_TESTS:-$root/tests}
export HUSH_BIN=${HUSH_BIN:-$root/build/hush}
[ -x "$HUSH_BIN" ] || { echo "soak: HUSH_BIN=$HUSH_BIN is not an executable" >&2; exit 2; }
SECONDS_TOTAL=${SOAK_SECONDS:-600}
SAMPLE=${SOAK_SAMPLE:-5}
TOLERANCE=${SOAK_TOLERANCE:-10}
LANES=${SOAK_LANES:-2}
PAUSE_MS=${SOAK_PAUSE_MS:-250}
export KEEP_TMP=1
source "$HUSH_TESTS/helpers/lib.sh"
trap 'echo "soak: stopped at line $LINENO: $BASH_COMMAND" >&2' ERR

start_mock --max-recorded 100
start_hush soak HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK" \
    HUSH_WORKERS=2 ${SOAK_HUSH_ENV:-}
CA=$T/data-soak/ca-cert.pem
CSV=$T/soak.csv
echo "# soak: hush pid $HUSH_PID, ${SECONDS_TOTAL}s, samples every ${SAMPLE}s -> $CSV"

node "$here/soak-load.mjs" --proxy "$HUSH_PORT" --ca "$CA" --seconds "$SECONDS_TOTAL" \
    --lanes "$LANES" --pause-ms "$PAUSE_MS" --progress-file "$T/progress.json" >"$T/load.json" 2>"$T/load.err" &
LOAD=$!
PIDS+=($LOAD)

echo "t_s,rss_kb,fds" >"$CSV"
t0=$(date +%s)
while kill -0 "$LOAD" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$HUSH_PID/status" 2>/dev/null || echo 0)
    fd=$(ls "/proc/$HUSH_PID/fd" 2>/dev/null | wc -l)
    echo "$(($(date +%s) - t0)),$rss,$fd" >>"$CSV"
    sleep "$SAMPLE"
done
load_rc=0
wait "$LOAD" || load_rc=$?

# Stop hush (SIGTERM drains; an ASan build prints LeakSanitizer reports at exit).
kill -TERM "$HUSH_PID"
hush_rc=0
wait "$HUSH_PID" || hush_rc=$?

summary=$(cat "$T/load.json" 2>/dev/null || echo '{}')
rc=0
node - "$CSV" "$TOLERANCE" "$summary" "$load_rc" "$hush_rc" "$HUSH_LOG" <<'EOF' || rc=$?
const fs = require('fs');
const [csv, tol, summaryText, loadRc, hushRc, logPath] = process.argv.slice(2);
const rows = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
const summary = JSON.parse(summaryText || '{}');
const third = Math.floor(rows.length / 3);
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const col = (i, from, to) => rows.slice(from, to).map((r) => r[i]);
const verdicts = [];
const report = { samples: rows.length, requests_ok: summary.ok ?? 0, requests_failed: summary.failed ?? null,
    byKind: summary.byKind, firstErrors: summary.firstErrors };
for (const [name, i] of [['rss_kb', 1], ['fds', 2]]) {
    const second = mean(col(i, third, 2 * third));
    const last = mean(col(i, 2 * third));
    const growth = second ? ((last - second) / second) * 100 : 0;
    report[name] = { first: rows[0]?.[i], max: Math.max(...rows.map((r) => r[i])), second_third_mean: Math.round(second),
        last_third_mean: Math.round(last), growth_pct: Number(growth.toFixed(2)) };
    verdicts.push([`${name} flat after warm-up (growth ${growth.toFixed(2)}% <= ${tol}%)`, third >= 1 && growth <= Number(tol)]);
}
const log = fs.readFileSync(logPath, 'utf8');
const leak = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.exec(log);
report.hush_exit = Number(hushRc);
report.sanitizer_report = leak ? log.slice(leak.index, leak.index + 1500) : null;
verdicts.push([`no failed requests (${summary.failed ?? 'unknown'} of ${(summary.ok ?? 0) + (summary.failed ?? 0)})`,
    summary.failed === 0 && Number(loadRc) === 0]);
verdicts.push(['hush exited 0 and with no sanitizer/leak report', !leak && Number(hushRc) === 0]);
console.log(JSON.stringify(report, null, 2));
let bad = 0;
for (const [what, ok] of verdicts) {
    console.log(`${ok ? 'ok' : 'not ok'} - ${what}`);
    if (!ok) bad++;
}
process.exit(bad ? 1 : 0);
EOF

echo "# artifacts (CSV, hush log, load summary) in $T"
exit $rc
