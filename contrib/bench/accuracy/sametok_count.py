#!/usr/bin/env python3
"""sametok_count.py: per person, the tokens its mentions got (branch sametok63). For each record
of a corpus whose metadata lists each person's PERSON spans (`persons`) and the mentions that may
be either of two people (`ambiguous`), runs `hush scan --json` (the findings' byte offsets) and
`hush scan` (the body out) and reads the token that replaced each span. Prints: persons, persons
whose masked mentions got more than one token, ambiguous mentions that took a person's token,
and mentions left unmasked.

usage: sametok_count.py HUSH data/sametok63.json [-v]
"""
import json
import re
import subprocess
import sys
import tempfile

TOKEN = re.compile(rb"\[[A-Z_]+_\d+\]")


def tokens_at(hush, body):
    """[(start, end, token)] in the body's bytes."""
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        f.write(body)
        f.flush()
        found = json.loads(subprocess.run([hush, "scan", "--json", f.name], capture_output=True,
                                          check=True).stdout)
        out = subprocess.run([hush, "scan", f.name], capture_output=True, check=True).stdout
    res, delta = [], 0
    for fd in sorted(found, key=lambda x: x["start"]):
        m = TOKEN.match(out, fd["start"] + delta)
        if not m:
            continue  # a value cut in pieces: read no token
        res.append((fd["start"], fd["end"], m.group().decode()))
        delta += len(m.group()) - (fd["end"] - fd["start"])
    return res


def main():
    hush, path, verbose = sys.argv[1], sys.argv[2], "-v" in sys.argv
    recs = json.load(open(path))
    persons = split = amb_shared = missed = 0
    for r in recs:
        text = r["full_text"]
        toks = tokens_at(hush, text.encode())

        def tok(i):
            s = r["spans"][i]
            a = len(text[:s["start_position"]].encode())
            b = len(text[:s["end_position"]].encode())
            hit = [t for (x, y, t) in toks if x < b and y > a]
            return hit[0] if hit else None

        got = []
        for per in r["metadata"]["persons"]:
            ts = [tok(i) for i in per]
            missed += sum(1 for t in ts if t is None)
            have = {t for t in ts if t}
            persons += 1
            split += len(have) > 1
            got.append(have)
            if verbose and len(have) > 1:
                print("split:", [(r["spans"][i]["entity_value"], tok(i)) for i in per])
        for i in r["metadata"].get("ambiguous", []):
            t = tok(i)
            missed += t is None
            if t and any(t in h for h in got):
                amb_shared += 1
                if verbose:
                    print("ambiguous took a person's token:", r["spans"][i]["entity_value"], t)
    print(f"persons {persons}; with >1 token {split}; ambiguous mentions with a person's token "
          f"{amb_shared}; mentions left unmasked {missed}")


if __name__ == "__main__":
    main()
