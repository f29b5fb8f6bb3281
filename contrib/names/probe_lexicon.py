#!/usr/bin/env python3
"""probe_lexicon.py: which words of a probe list (accented_probe.txt: "locale word" a line) the
NAMES lexicon holds, with their flags, the word as written (NFC, as the table's keys are) and in
NFD (combining marks: never a key; the scanner does not compose them). Reads the generated table
(anonymize/names_lexicon.c) and folds as names_words.c's nw_fold() does (ASCII and Latin-1).

Usage: contrib/names/probe_lexicon.py [names_lexicon.c] [probe list] [-v]"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def table(path):
    src = open(path, encoding="ascii").read()
    body = src[src.index("anon_names_blob["):src.index("const uint32_t anon_names_slots")]
    raw = bytearray()
    for lit in re.findall(r'"((?:[^"\\]|\\[0-7]{3})*)"', body):
        i = 0
        while i < len(lit):
            if lit[i] == "\\":
                raw.append(int(lit[i + 1:i + 4], 8))
                i += 4
            else:
                raw.append(ord(lit[i]))
                i += 1
    words, i = {}, 0
    while i + 2 <= len(raw) and raw[i + 1]:
        words[raw[i + 2:i + 2 + raw[i + 1]].decode("utf-8")] = raw[i]
        i += 2 + raw[i + 1]
    return words


def fold(w):
    """nw_fold(): ASCII and Latin-1 capitals lowered, nothing else"""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" or ("\xc0" <= c <= "\xde" and c != "\xd7")
                   else c for c in w)


def strip(w):
    return "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    lex = table(args[0] if args else os.path.join(HERE, "..", "..", "anonymize", "names_lexicon.c"))
    probe = args[1] if len(args) > 1 else os.path.join(HERE, "accented_probe.txt")
    per, miss, nfd = {}, [], 0
    for line in open(probe, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        loc, w = line.split()
        f = lex.get(fold(unicodedata.normalize("NFC", w)))
        nfd += fold(unicodedata.normalize("NFD", w)) in lex and unicodedata.normalize("NFD", w) != w
        bare = lex.get(fold(strip(w)))
        p = per.setdefault(loc, [0, 0])
        p[0] += 1
        p[1] += f is not None
        if f is None:
            miss.append((loc, w, bare))
        if "-v" in sys.argv:
            print("%-7s %-16s %-4s bare=%s" % (loc, w, f, bare))
    total = sum(p[0] for p in per.values())
    found = sum(p[1] for p in per.values())
    print("found %d of %d (NFD forms found: %d)" % (found, total, nfd))
    for loc, (n, k) in per.items():
        print("  %-7s %3d/%3d" % (loc, k, n))
    print("missing:", " ".join("%s%s" % (w, "" if b is None else "(bare %d)" % b)
                               for _, w, b in miss))


main()
