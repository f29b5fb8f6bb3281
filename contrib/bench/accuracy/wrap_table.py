"""wrap_table.py: wrap46.json graded one wrap at a time, the same records in every column.

Usage: python3 contrib/bench/accuracy/wrap_table.py [BUILD_DIR] [--corpus NAME] [bench_accuracy
options]
Splits data/wrap46.json (or data/NAME.json, e.g. lines47; blocks47's columns are family:wrap) by
metadata.wrap, runs bench_accuracy --session on each part (a plain
record is read as one request's text, a body through anon_rewrite: both the gateway's path) and
prints recall / precision (TP, FN, FP) per label and wrap. With --raw-bodies the bodies are
graded on their raw bytes (the harness before stop 46).
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.normpath(os.path.join(here, "..", "..", ".."))
args = sys.argv[1:]
build = os.path.join(src, "build")
if args and not args[0].startswith("--"):
    build = args.pop(0)
corpus = "wrap46"
if "--corpus" in args:
    k = args.index("--corpus")
    corpus = args[k + 1]
    del args[k:k + 2]
binary = os.path.join(build, "contrib", "bench", "bench_accuracy")
recs = json.load(open(os.path.join(here, "data", corpus + ".json"), encoding="utf-8"))


def column(r):
    m = r["metadata"]
    return m["family"] + ":" + m["wrap"] if "family" in m else m["wrap"]


wraps = []
for r in recs:
    if column(r) not in wraps:
        wraps.append(column(r))
LABELS = ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"]
res = {}
with tempfile.TemporaryDirectory() as d:
    for w in wraps:
        p = os.path.join(d, w.replace(":", "_") + ".json")
        json.dump([r for r in recs if column(r) == w], open(p, "w"),
                  ensure_ascii=False)
        out = subprocess.run([binary, "--session"] + args + [p], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) == 8 and cells[0].split(" ")[0] in LABELS:
                tp, fn, fp = int(cells[2]), int(cells[3]), int(cells[4])
                res[(w, cells[0].split(" ")[0])] = (tp, fn, fp)
print("| label | " + " | ".join(wraps) + " |")
print("|---|" + "---:|" * len(wraps))
for lab in LABELS:
    if not any((w, lab) in res for w in wraps):
        continue
    row = []
    for w in wraps:
        tp, fn, fp = res.get((w, lab), (0, 0, 0))
        r = tp / (tp + fn) if tp + fn else 1.0
        p = tp / (tp + fp) if tp + fp else 1.0
        row.append("%.3f / %.3f (%d, %d, %d)" % (r, p, tp, fn, fp))
    print("| %s recall / precision (TP, FN, FP) | %s |" % (lab, " | ".join(row)))
