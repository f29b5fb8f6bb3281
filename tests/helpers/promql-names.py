"""Check a Grafana dashboard's PromQL against a real /metrics page.

Usage: promql-names.py [--coverage] DASHBOARD.json METRICS.txt
Prints one line per problem ("unknown metric NAME in: EXPR", "unknown label ...") and exits 1 if
any; prints "checked N expressions, M metric names" otherwise. With --coverage it checks the other
way: every metric family the page declares (# TYPE) is queried by some expression (a histogram
through its _bucket, _sum or _count series), printing "not on the dashboard: NAME" for each one
that is not.

Metric names are what is left of an expression once strings, ranges, label matchers, groupings,
function calls, keywords and numbers are taken out; matcher and grouping labels must exist on one
of the expression's metrics (or be one Prometheus adds when it scrapes: instance, job).
"""
import json
import re
import sys

KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or",
            "unless", "offset", "inf", "nan"}
SCRAPE_LABELS = {"instance", "job"}


def metrics_page(path):
    labels = {}
    for line in open(path):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r'([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([^}]*)\})?\s', line)
        if not m:
            continue
        names = set(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="', m.group(3) or ""))
        labels.setdefault(m.group(1), set()).update(names)
    return labels


def exprs(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "expr" and isinstance(v, str):
                out.append(v)
            elif k == "definition" and isinstance(v, str):
                out.append(v)
            else:
                exprs(v, out)
    elif isinstance(node, list):
        for v in node:
            exprs(v, out)
    return out


def names_in(expr):
    """(metric names, label names) an expression uses."""
    e = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    labels = set()
    m = re.fullmatch(r'\s*label_values\(\s*(.*?)\s*,\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)\s*', e)
    if m:  # a Grafana variable query: label_values(selector, label)
        e, labels = m.group(1), {m.group(2)}
    e = re.sub(r'\[[^\]]*\]', ' ', e)  # ranges and subqueries: [5m], [$__rate_interval]
    for g in re.findall(r'\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)', e):
        labels.update(x.strip() for x in g.split(",") if x.strip())
    e = re.sub(r'\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)', ' ', e)
    for mt in re.findall(r'\{([^}]*)\}', e):
        labels.update(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)', mt))
    e = re.sub(r'\{[^}]*\}', ' ', e)
    e = re.sub(r'\$[a-zA-Z_][a-zA-Z0-9_]*', ' ', e)  # dashboard variables outside strings
    metrics = set()
    for m in re.finditer(r'(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?', e):
        word, call = m.group(1), m.group(2)
        if call or word.lower() in KEYWORDS:
            continue
        metrics.add(word)
    return metrics, labels


def coverage(dash, path):
    """Metric families declared on the page that no expression of the dashboard queries."""
    used = set()
    for expr in exprs(dash, []):
        used |= names_in(expr)[0]
    families = [line.split()[2] for line in open(path) if line.startswith("# TYPE ")]
    missing = [f for f in families
               if not ({f} | {f + s for s in ("_bucket", "_sum", "_count")}) & used]
    for f in missing:
        print(f"not on the dashboard: {f}")
    if not missing:
        print(f"all {len(families)} metrics on the dashboard")
    return 1 if missing else 0


def main():
    if sys.argv[1] == "--coverage":
        return coverage(json.load(open(sys.argv[2])), sys.argv[3])
    dash = json.load(open(sys.argv[1]))
    page = metrics_page(sys.argv[2])
    problems, seen = [], set()
    all_exprs = exprs(dash, [])
    for expr in all_exprs:
        metrics, labels = names_in(expr)
        if not metrics:
            problems.append(f"no metric name in: {expr}")
        known = set(SCRAPE_LABELS)
        for name in sorted(metrics):
            seen.add(name)
            if name not in page:
                problems.append(f"unknown metric {name} in: {expr}")
            else:
                known |= page[name]
        for label in sorted(labels - known):
            problems.append(f"unknown label {label} in: {expr}")
    for p in problems:
        print(p)
    if not problems:
        print(f"checked {len(all_exprs)} expressions, {len(seen)} metric names")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
