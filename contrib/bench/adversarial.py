#!/usr/bin/env python3
"""Crafted bodies that try to make detection super-linear, and their timing.

    adversarial.py OUTDIR                       # write OUTDIR/SHAPE-SIZE.txt (64k, 256k, 1m)
    adversarial.py OUTDIR --hush build-perf/hush [--only SHAPE,...] [--sizes 64k,1m]

With --hush it also runs `hush scan` on each body (best of 3 for bodies under 1 MiB, one run
at 1 MiB) and prints the CPU seconds per MiB at each size; a shape whose figure grows with the
size is super-linear (the CPU time of an empty body, the engine's start, is subtracted; "ratio" is the 1 MiB figure over the 64 KiB one; ~1 is linear).
Deterministic: the same bytes on every run (fixed seed, stdlib only). Invented names only.
"""
import os
import random
import resource
import subprocess
import sys

SIZES = {"64k": 64 << 10, "256k": 256 << 10, "1m": 1 << 20}

GIVEN = ["Anna", "Lukas", "Marie", "Jonas", "Sofia", "Pierre", "Lotte", "Mateo", "Giulia", "Joao",
         "Emma", "Oliver", "Chiara", "Bram", "Lucia", "Henrik", "Clara", "Tomas", "Ines", "Felix"]
SURN = ["Brandt", "Moreau", "de Vries", "Garcia", "Rossi", "Silva", "Keller", "Janssen", "Dubois",
        "Fischer", "Romano", "Costa", "Visser", "Lopez", "Bianchi", "Weber"]
CITY = ["Berlin", "Lyon", "Utrecht", "Sevilla", "Torino", "Porto", "Hamburg", "Gent", "Bilbao"]
SYL = ["ka", "lo", "mer", "vin", "dra", "sel", "tor", "bi", "nu", "ga", "ren", "os", "li", "pha"]


def invented(rng, cap=True):
    w = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
    return w.capitalize() if cap else w


def person(rng):
    if rng.random() < 0.5:
        return rng.choice(GIVEN), rng.choice(SURN)
    return invented(rng), invented(rng)


def date(rng, sep="."):
    return "%02d%s%02d%s%04d" % (rng.randint(1, 28), sep, rng.randint(1, 12), sep,
                                 rng.randint(1940, 2005))


def lines(fn):
    """A shape made of lines: fn(rng, i) -> one line (no newline)."""
    def make(rng, size):
        out, n, i = [], 0, 0
        while n < size:
            s = fn(rng, i) + "\n"
            out.append(s)
            n += len(s)
            i += 1
        return "".join(out)
    return make


def joined(fn, sep):
    """Items joined by sep on one line."""
    def make(rng, size):
        out, n, i = [], 0, 0
        while n < size:
            s = fn(rng, i)
            out.append(s)
            n += len(s) + len(sep)
            i += 1
        return sep.join(out) + "\n"
    return make


def birth_row(rng, i):
    g, s = person(rng)
    return "%s;%s;%s;%s" % (g, s, date(rng), rng.choice(CITY))


def deep_json(rng, size):
    depth = size // 16
    return '{"a":' * depth + '"Anna Brandt 14.03.1987"' + "}" * depth + "\n"


def deep_array(rng, size):
    depth = size // 2
    return "[" * depth + "]" * depth + "\n"


def json_messages(rng, size):
    """a chat body that stays valid JSON: messages are added while the whole fits in size"""
    head, tail = '{"model":"m","messages":[', "]}\n"
    out, n = [], len(head) + len(tail)
    while True:
        g, s = person(rng)
        m = '{"role":"user","content":"Name: %s %s, born %s, mail %s.%s@example.org"}' % (
            g, s, date(rng), g.lower(), s.lower().replace(" ", ""))
        if n + len(m.encode()) + 1 > size:
            break
        out.append(m)
        n += len(m.encode()) + 1
    return head + ",".join(out) + tail


def long_line_words(rng, size):
    out, n = [], 0
    while n < size:
        w = invented(rng, rng.random() < 0.5)
        out.append(w)
        n += len(w) + 1
    return " ".join(out)  # no newline at all


def huge_string(rng, size):
    return '{"content":"' + "x" * (size - 16) + '"}\n'


def one_char(c):
    def make(rng, size):
        return c * size
    return make


def repeat(unit):
    def make(rng, size):
        return (unit * (size // len(unit) + 1))[:size]
    return make


SHAPES = {
    "birth-rows": lines(birth_row),
    "birth-rows-comma": lines(lambda r, i: ",".join(birth_row(r, i).split(";"))),
    "birth-rows-tab": lines(lambda r, i: "\t".join(birth_row(r, i).split(";"))),
    "birth-rows-header": lambda r, n: "Vorname;Nachname;Geburtsdatum;Ort\n" + lines(birth_row)(r, n),
    "birth-prose": lines(lambda r, i: "%s %s was born on %s in %s." % (
        *person(r), date(r, "/"), r.choice(CITY))),
    "name-lines": lines(lambda r, i: "%s %s" % person(r)),
    "name-comma-list": joined(lambda r, i: "%s %s" % person(r), ", "),
    "name-semicolon-csv": lines(lambda r, i: "%s;%s" % person(r)),
    "surname-first": lines(lambda r, i: "%s, %s" % tuple(reversed(person(r)))),
    "same-name-lines": repeat("Anna Brandt\n"),
    "labels": lines(lambda r, i: "Name: %s %s" % person(r)),
    "labels-mixed": lines(lambda r, i: r.choice(["Name", "Patient", "Kunde", "Nom", "Naam"]) +
                          ": %s %s" % person(r)),
    "dates": lines(lambda r, i: date(r, r.choice("./-"))),
    "dates-one-line": joined(lambda r, i: date(r), " "),
    "phone-digits": lines(lambda r, i: "+49 %03d %07d" % (r.randint(100, 999), r.randint(0, 9999999))),
    "digit-runs": joined(lambda r, i: str(r.randint(10 ** 8, 10 ** 12)), " "),
    "emails": lines(lambda r, i: "%s.%s@example.org" % tuple(x.lower().replace(" ", "") for x in person(r))),
    "emails-one-line": joined(lambda r, i: "%s@mail.test" % invented(r, False), " "),
    "caps-words": joined(lambda r, i: invented(r), " "),
    "caps-words-lines": lines(lambda r, i: " ".join(invented(r) for _ in range(8))),
    "long-line-words": long_line_words,
    "deep-json": deep_json,
    "deep-array": deep_array,
    "json-messages": json_messages,
    "huge-string": huge_string,
    "many-at": one_char("@"),
    "many-colon": one_char(":"),
    "many-newlines": one_char("\n"),
    "many-spaces": one_char(" "),
    "many-digits": one_char("7"),
    "many-caps": one_char("A"),
    "many-dots": one_char("."),
    "colon-words": repeat("Name: "),
    "at-words": repeat("Anna @Brandt "),
    "born-words": repeat("born "),
    "addresses": lines(lambda r, i: "%s %d, %05d %s" % (
        r.choice(["Hauptstrasse", "Rue de la Paix", "Kerkstraat", "Calle Mayor", "Via Roma"]),
        r.randint(1, 200), r.randint(1000, 99999), r.choice(CITY))),
    "table-rows": lines(lambda r, i: "| %s | %s | %s |" % (*person(r), date(r))),
}


def make(shape, size):
    rng = random.Random("%s/%d" % (shape, size))
    body = SHAPES[shape](rng, size)
    return body.encode()[:size]


def cpu_run(hush, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "rb") as f:
        p = subprocess.run([hush, "scan"], stdin=f, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        return None
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out, hush, only, sizes = argv[1], None, list(SHAPES), list(SIZES)
    i = 2
    while i < len(argv):
        if argv[i] == "--hush":
            hush = argv[i + 1]
        elif argv[i] == "--only":
            only = argv[i + 1].split(",")
        elif argv[i] == "--sizes":
            sizes = argv[i + 1].split(",")
        else:
            sys.exit("unknown argument " + argv[i])
        i += 2
    os.makedirs(out, exist_ok=True)
    base = 0.0
    if hush:
        empty = os.path.join(out, "empty.txt")
        open(empty, "wb").close()
        base = min(cpu_run(hush, empty) for _ in range(5))
        print("startup (empty body, subtracted): %.3f s" % base)
        print("| shape | " + " | ".join("s/MiB @%s" % z for z in sizes) + " | ratio |")
        print("|---|" + "---:|" * (len(sizes) + 1))
    for shape in only:
        row = []
        for z in sizes:
            path = os.path.join(out, "%s-%s.txt" % (shape, z))
            body = make(shape, SIZES[z])
            with open(path, "wb") as f:
                f.write(body)
            if hush:
                runs = 1 if SIZES[z] >= (1 << 20) else 3
                ts = [cpu_run(hush, path) for _ in range(runs)]
                t = None if None in ts else min(ts)
                row.append(None if t is None else max(t - base, 0.001) / (len(body) / (1 << 20)))
        if hush:
            cells = ["refused" if v is None else "%.3f" % v for v in row]
            ok = row and row[0] and row[-1]
            ratio = "%.1f" % (row[-1] / row[0]) if ok else "-"
            print("| %s | %s | %s |" % (shape, " | ".join(cells), ratio), flush=True)


if __name__ == "__main__":
    main(sys.argv)
