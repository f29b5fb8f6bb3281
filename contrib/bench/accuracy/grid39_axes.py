#!/usr/bin/env python3
"""grid39_axes.py: PERSON recall and false persons per grid axis of data/grid39.json.

Runs `bench_accuracy --context` on the corpus, reads which record each missed PERSON and each
false one belongs to, and prints one table per axis (signal, lang, kind, case, container, cue)
and the signal x language and signal x case grids of recall. Prints no text of any record.
Usage: grid39_axes.py BENCH_ACCURACY data/grid39.json [AXIS...]
"""
import collections
import json
import re
import subprocess
import sys

TYPE = "PERSON"


def main():
    bench, path = sys.argv[1], sys.argv[2]
    axes = sys.argv[3:] or ["signal", "lang", "kind", "case", "container", "cue"]
    recs = json.load(open(path, encoding="utf-8"))
    out = subprocess.run([bench, "--context", path], capture_output=True, text=True,
                         errors="replace").stdout
    fn = collections.Counter()
    fp = collections.Counter()
    pend = []
    for line in out.splitlines():
        m = re.match(r"\s+#(\d+): ", line)
        if m:
            idx = int(m.group(1))
            for kind in pend:
                (fn if kind == "FN" else fp)[idx] += 1
            pend = []
        elif line.startswith("FN " + TYPE):
            pend.append("FN")
        elif line.startswith("FP " + TYPE):
            pend.append("FP")
        elif line.startswith(("FN ", "FP ")):
            pend = []
    gold = [sum(1 for s in r["spans"] if s["entity_type"] == TYPE) for r in recs]

    def rc(g, m):
        return "%.3f" % ((g - m) / g) if g else "-"

    for ax in axes:
        g, m, f, n = (collections.Counter() for _ in range(4))
        for i, r in enumerate(recs):
            v = str(r["metadata"].get(ax, "-"))
            g[v] += gold[i]
            m[v] += fn[i]
            f[v] += fp[i]
            n[v] += 1
        print("\n## %s\n| %s | records | persons | found | recall | false persons |" % (ax, ax))
        print("|---|---:|---:|---:|---:|---:|")
        for v in sorted(g, key=lambda k: ((g[k] - m[k]) / g[k] if g[k] else 2, k)):
            print("| %s | %d | %d | %d | %s | %d |" % (v, n[v], g[v], g[v] - m[v], rc(g[v], m[v]),
                                                      f[v]))
    for ax2 in ("lang", "case", "kind"):
        cols = sorted({str(r["metadata"].get(ax2, "-")) for r in recs})
        g, m = collections.Counter(), collections.Counter()
        for i, r in enumerate(recs):
            k = (r["metadata"]["signal"], str(r["metadata"].get(ax2, "-")))
            g[k] += gold[i]
            m[k] += fn[i]
        sigs = sorted({k[0] for k in g if g[k]})
        print("\n## recall, signal x %s\n| signal | %s |" % (ax2, " | ".join(cols)))
        print("|---|" + "---:|" * len(cols))
        for s in sigs:
            print("| %s | %s |" % (s, " | ".join(rc(g[(s, c)], m[(s, c)]) for c in cols)))
    tg = sum(gold)
    print("\nall: %d persons, %d missed, recall %.3f; %d false persons" %
          (tg, sum(fn.values()), (tg - sum(fn.values())) / tg, sum(fp.values())))


main()
