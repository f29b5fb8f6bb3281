#!/usr/bin/env python3
"""capital_keys.py: how often a body repeats its capitalised words, and with how much context.

    capital_keys.py [BODY.json ...]

The names scan judges every capitalised word (visit_capital() in anonymize/names.c), in the
prescan and again in each string scan. A memo of those judgements within one request can only
share what repeats within the request: this counts, per body, the capitalised word starts in
its JSON strings (a regex approximation of the scan's stops: an ASCII capital after a byte that
is no letter or digit) and how many distinct keys they make when a key is the word alone, the
word with 8, 16 or 48 characters either side, or the word's whole line with its offset. Without
arguments it reads bench_rewrite's bodies of 64 KiB and 1 MiB (their eight sentences, as
make_body() in bench_rewrite.c cycles them: kept in step by hand). No values are printed, only
counts."""
import json
import re
import sys

PROSE = [
    "Could you help me refactor this function so that it handles the empty case? ",
    "The build fails on the CI runner with a linker error about a missing symbol. ",
    "Here is the stack trace from version 2.4.1 of the service, order 884213 failed. ",
    "Summarise the meeting notes below in three bullet points for the team. ",
    "Wie kann ich die Konfiguration \u00e4ndern, damit der Cache gr\u00f6\u00dfer wird? ",
    "The deployment at 2024-05-01T10:22:33Z used commit 9f8e7d6c5b4a and took 42 seconds. ",
    "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n ",
    'UUID 123e4567-e89b-12d3-a456-426614174000 maps to the tenant "acme". ',
]
WORD = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]*")


def rewrite_contents(target):
    """bench_rewrite's make_body(): messages of ~1,500 bytes cycling the sentences."""
    out, k, size = [], 0, 60
    while size < target:
        c = ""
        while len(c.encode()) < 1500 and size + len(c.encode()) < target:
            c += PROSE[k % len(PROSE)]
            k += 1
        out.append(c)
        size += len(c.encode()) + 40
    return out


def strings(o, out):
    if isinstance(o, str):
        out.append(o)
    elif isinstance(o, list):
        for x in o:
            strings(x, out)
    elif isinstance(o, dict):
        for x in o.values():
            strings(x, out)
    return out


def report(name, texts):
    starts, keys = 0, {"word": set(), "8": set(), "16": set(), "48": set(), "line": set()}
    for t in texts:
        for m in WORD.finditer(t):
            starts += 1
            a, b = m.start(), m.end()
            keys["word"].add(m.group())
            for n in (8, 16, 48):
                keys[str(n)].add(t[max(0, a - n) : b + n])
            ls = t.rfind("\n", 0, a) + 1
            le = t.find("\n", b)
            keys["line"].add((t[ls : le if le >= 0 else len(t)], a - ls))
    print(
        f"{name}: {starts} capital starts a scan; distinct keys: word {len(keys['word'])}, "
        f"+-8 {len(keys['8'])}, +-16 {len(keys['16'])}, +-48 {len(keys['48'])}, "
        f"line {len(keys['line'])}"
    )


if len(sys.argv) == 1:
    report("bench_rewrite 64 KiB", rewrite_contents(1 << 16))
    report("bench_rewrite 1 MiB", rewrite_contents(1 << 20))
for f in sys.argv[1:]:
    with open(f, encoding="utf-8") as fh:
        report(f, strings(json.load(fh), []))
