#!/usr/bin/env python3
"""cache_bodies.py: the accuracy corpora's request bodies, length-prefixed, for bench_turns' check.

    cache_bodies.py OUT.bin [CORPUS.json ...]

With no corpus named: every contrib/bench/accuracy/data/*.json but the names_holdout* ones (blind:
never opened). Each record's full_text is written as "N\\n", its N bytes (UTF-8) and a newline;
`bench_turns OUT.bin check` then rewrites every body without the scan cache, through it, and
through it again, and fails on the first body whose bytes differ (anonymize/scan_cache.c)."""
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
paths = sys.argv[2:] or sorted(
    p for p in glob.glob(os.path.join(here, "accuracy", "data", "*.json"))
    if not os.path.basename(p).startswith("names_holdout"))
n = 0
with open(sys.argv[1], "wb") as out:
    for p in paths:
        if os.path.basename(p).startswith("names_holdout"):
            continue  # blind
        data = json.load(open(p, encoding="utf-8"))
        for r in data if isinstance(data, list) else data.get("records", []):
            t = r.get("full_text") if isinstance(r, dict) else None
            if not t:
                continue
            b = t.encode("utf-8")
            out.write(b"%d\n" % len(b) + b + b"\n")
            n += 1
print(f"{n} bodies from {len(paths)} corpora", file=sys.stderr)
