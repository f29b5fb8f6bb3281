#!/usr/bin/env python3
"""dob14_axes.py: DATE_OF_BIRTH recall and false births per grid axis of data/dob14.json.

Runs `bench_accuracy --context` on the corpus, reads which record each missed date of birth and
each false one belongs to, and prints one table per axis (container, gap, fmt, kind, lang, cue):
the births labelled, found, recall, and the look-alike dates (NEG_DATE) taken for a birth.
Prints no text of any record. Usage: dob14_axes.py BENCH_ACCURACY data/dob14.json [AXIS...]
"""
import collections
import json
import re
import subprocess
import sys


def main():
    bench, path = sys.argv[1], sys.argv[2]
    axes = sys.argv[3:] or ["container", "gap", "fmt", "kind", "lang", "cue"]
    recs = json.load(open(path, encoding="utf-8"))
    out = subprocess.run([bench, "--context", path], capture_output=True, text=True,
                         errors="replace").stdout
    fn = collections.Counter()  # idx -> missed births
    fp = collections.Counter()  # idx -> births found on a look-alike or on nothing labelled
    pend = []
    for line in out.splitlines():
        m = re.match(r"\s+#(\d+): ", line)
        if m:
            idx = int(m.group(1))
            for kind in pend:
                (fn if kind == "FN" else fp)[idx] += 1
            pend = []
        elif line.startswith("FN DATE_OF_BIRTH"):
            pend.append("FN")
        elif line.startswith("FP DATE_OF_BIRTH"):
            pend.append("FP")
        elif line.startswith(("FN ", "FP ")):
            pend = []
    for ax in axes:
        gold, miss, negs, hits = (collections.Counter() for _ in range(4))
        for i, r in enumerate(recs):
            v = str(r["metadata"].get(ax, "-"))
            g = sum(1 for s in r["spans"] if s["entity_type"] == "DATE_OF_BIRTH")
            n = sum(1 for s in r["spans"] if s["entity_type"].startswith("NEG_"))
            gold[v] += g
            miss[v] += fn[i]
            negs[v] += n
            hits[v] += fp[i]
        print("\n## %s\n| %s | births | found | recall | look-alikes | taken |" % (ax, ax))
        print("|---|---:|---:|---:|---:|---:|")
        for v in sorted(gold, key=lambda k: ((gold[k] - miss[k]) / gold[k] if gold[k] else 2, k)):
            rc = "%.3f" % ((gold[v] - miss[v]) / gold[v]) if gold[v] else "-"
            print("| %s | %d | %d | %s | %d | %d |" % (v, gold[v], gold[v] - miss[v], rc, negs[v],
                                                       hits[v]))
    tg = sum(1 for r in recs for s in r["spans"] if s["entity_type"] == "DATE_OF_BIRTH")
    print("\nall: %d births, %d missed, recall %.3f; %d false births" %
          (tg, sum(fn.values()), (tg - sum(fn.values())) / tg, sum(fp.values())))


main()
