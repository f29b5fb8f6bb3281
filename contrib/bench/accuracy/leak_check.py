#!/usr/bin/env python3
"""leak_check.py BUILD CORPUS.json: for each gold span, is its text still in hush scan's rewritten
body? Strings are decoded (and strings holding JSON decoded again), a value counts as left when it
stands whole (not inside a longer word). No alignment: a cross-check of bench_accuracy's body
grading (body_grade.c). Prints totals per label only, so it may run on a blind set."""
import json, subprocess, sys, collections, re
B, C = sys.argv[1], sys.argv[2]
def strings(o, acc):
    if isinstance(o, str):
        acc.append(o)
        s = o.strip()
        if s[:1] in '{[':
            try: strings(json.loads(s), acc)
            except Exception: pass
    elif isinstance(o, dict):
        for k, v in o.items(): acc.append(k); strings(v, acc)
    elif isinstance(o, list):
        for v in o: strings(v, acc)
    else:
        acc.append(json.dumps(o))
    return acc
gold = collections.Counter(); leak = collections.Counter(); skip = collections.Counter()
for x in json.load(open(C)):
    t = x['full_text']
    out = subprocess.run([B + '/hush', 'scan', '-'], input=t.encode(), capture_output=True).stdout
    try: text = '\n'.join(strings(json.loads(out), []))
    except Exception: skip['record'] += 1; continue
    for s in x['spans']:
        ty = s['entity_type']
        if ty.startswith('NEG_'): continue
        raw = t[s['start_position']:s['end_position']]
        try: v = json.loads('"' + raw + '"')
        except Exception:
            try: v = json.loads('"' + json.loads('"' + raw + '"') + '"')
            except Exception: skip[ty] += 1; continue
        if '\\' in v:
            try: v = json.loads('"' + v + '"')
            except Exception: pass
        gold[ty] += 1
        if re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', text):
            leak[ty] += 1
for ty in sorted(gold):
    print('%-16s gold %5d still in the output %5d  masked %.3f' % (ty, gold[ty], leak[ty], 1 - leak[ty] / gold[ty]))
print('skipped', dict(skip))
