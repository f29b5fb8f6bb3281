# contrib/grafana/hush.json queries only what hush exports: every metric name in every PromQL
# expression of the dashboard (panels and variables) has samples in a real hush's /metrics after
# one intercepted request, and every label it matches or groups by exists on those metrics; and
# the other way, every metric hush exports is queried by some panel, so a new metric needs one.
# The checker itself must catch a misspelt metric and label, and a metric no panel shows.
source "$HUSH_TESTS/helpers/lib.sh"
SRC=${HUSH_SRC:-$(cd "$HUSH_TESTS/.." && pwd)}
DASH=$SRC/contrib/grafana/hush.json
CHECK=$HUSH_TESTS/helpers/promql-names.py

check "the dashboard is JSON with panels" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["title"] and d["uid"] and len([p for p in d["panels"] if p["type"] != "row"]) >= 10' "$DASH"

start_mock
start_hush grafana HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_UPSTREAM_CA_FILE="$PKI/ca.pem" \
    HUSH_UPSTREAM_OVERRIDES="api.openai.com:443=127.0.0.1:$MOCK"
curl -s -o /dev/null --cacert "$T/data-grafana/ca-cert.pem" -x "http://127.0.0.1:$HUSH_PORT" \
    -H 'content-type: application/json' -d '{"messages":[{"role":"user","content":"hi a@b.example"}]}' \
    https://api.openai.com/v1/chat/completions
curl -s "http://127.0.0.1:$HUSH_PORT/metrics" -o "$T/metrics.txt"
check "/metrics answered" grep -q '^hush_requests_total{' "$T/metrics.txt"

python3 "$CHECK" "$DASH" "$T/metrics.txt" >"$T/check.out" 2>&1 && rc=0 || rc=$?
cat "$T/check.out"
expect_eq "every metric and label the dashboard queries exists in /metrics" 0 "$rc"
expect_match "... and the check saw the dashboard's queries" 'checked [0-9]+ expressions, [0-9]+ metric names' \
    "$(cat "$T/check.out")"

# The checker can fail: a misspelt metric and a label hush does not export.
sed -e '0,/(hush_pii_found_total{/s/(hush_pii_found_total{/(hush_pii_founds_total{/' \
    -e '0,/by (reason)/s/by (reason)/by (cause)/' \
    "$DASH" >"$T/bad.json"
out=$(python3 "$CHECK" "$T/bad.json" "$T/metrics.txt" 2>&1 || true)
expect_match "a misspelt metric is reported" 'unknown metric hush_pii_founds_total' "$out"
expect_match "a label hush does not export is reported" 'unknown label cause' "$out"

python3 "$CHECK" --coverage "$DASH" "$T/metrics.txt" >"$T/coverage.out" 2>&1 && rc=0 || rc=$?
cat "$T/coverage.out"
expect_eq "every metric hush exports is on the dashboard" 0 "$rc"
expect_match "... and the check counted them" 'all [0-9]+ metrics on the dashboard' "$(cat "$T/coverage.out")"
{ cat "$T/metrics.txt"; printf '# TYPE hush_made_up_total counter\nhush_made_up_total 0\n'; } >"$T/more.txt"
out=$(python3 "$CHECK" --coverage "$DASH" "$T/more.txt" 2>&1 || true)
expect_match "a metric no panel queries is reported" 'not on the dashboard: hush_made_up_total' "$out"
finish
