#!/usr/bin/env python3
"""gen_lexicon.py: builds anonymize/names_lexicon.c, the NAMES pack's table of name words.

Sources (both MIT, fetched with `npm pack` into a temporary directory):
  - gender-detection-from-name 1.11.5: given names for de, en, es, fr, it;
  - @cspell/dict-people-names 1.1.16: ~39,000 given names and surnames from many cultures.
Debian word lists (wamerican, wngerman, wfrench, wdutch, wspanish, witalian; only read, nothing
of them is copied) mark names that are also ordinary words ("Will", "Rose", "Page"), which the
scanner trusts less.

Usage: contrib/names/gen_lexicon.py > anonymize/names_lexicon.c   (needs npm and the word lists)
       contrib/names/gen_lexicon.py --rehash anonymize/names_lexicon.c > new.c
       (the same words and flags, read back from a generated file: a new table, no npm)
The lookup key is the word lower-cased the way names.c lower-cases (ASCII and Latin-1 only), the
table open addressing with linear probing. The hash (lex_hash(), names_words.c's nw_lex_hash()
must compute the same) takes the key 8 bytes at a time as little-endian words, the last padded
with zeros: h = len, h = (h ^ chunk) * K per chunk, then h = (h ^ h >> 32) * K, and the slot is
bits 32.. of h; a word or two of multiplies instead of a byte-serial FNV. The blob ends in 8 zero
bytes so that the reader may load a slot's word 8 bytes at a time.
"""
import os, re, subprocess, sys, tarfile, tempfile

PKGS = ["gender-detection-from-name@1.11.5", "@cspell/dict-people-names@1.1.16"]
F_GIVEN, F_ATTESTED, F_NAME, F_COMMON_EN, F_COMMON = 1, 2, 4, 8, 16


def lower(w):
    out = []
    for ch in w:
        c = ord(ch)
        if 0x41 <= c <= 0x5A or (0xC0 <= c <= 0xDE and c != 0xD7):
            c += 0x20
        out.append(chr(c))
    return "".join(out)


K = 0x9E3779B97F4A7C15
M64 = (1 << 64) - 1


def lex_hash(b):
    h = len(b)
    for i in range(0, len(b), 8):
        h = ((h ^ int.from_bytes(b[i:i + 8].ljust(8, b"\0"), "little")) * K) & M64
    h = ((h ^ (h >> 32)) * K) & M64
    return h >> 32


def read_generated(path):
    """The words and flags of a names_lexicon.c this script wrote, from its blob."""
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
    return words, int(re.search(r"^ \* (\d+) words", src, re.M).group(1))


WORD = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*$")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--rehash":
        words, nkeys = read_generated(sys.argv[2])
        write(words, nkeys)
        return
    words = fetch_words()
    write(words, len(words))


def fetch_words():
    tmp = tempfile.mkdtemp()
    for p in PKGS:
        subprocess.run(["npm", "pack", "--silent", p], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
    words = {}
    for f in os.listdir(tmp):
        with tarfile.open(os.path.join(tmp, f)) as t:
            for m in t.getmembers():
                data = t.extractfile(m).read().decode("utf-8") if m.isfile() else ""
                if re.search(r"names/(de|en|es|fr|it)\.js$", m.name):
                    for w in re.findall(r"\['([^']+)'", data):
                        if WORD.match(w) and len(w) >= 2:
                            words[lower(w)] = words.get(lower(w), 0) | F_GIVEN
                elif m.name.endswith("dict/people-names.txt"):
                    for w in data.splitlines():
                        w = w.strip()
                        if w and not w.startswith("#") and WORD.match(w) and len(w) >= 2:
                            words[lower(w)] = words.get(lower(w), 0) | F_NAME
    for w, f in words.items():
        if (f & F_GIVEN) and (f & F_NAME):
            words[w] = f | F_ATTESTED
    dicts = {"american-english": F_COMMON_EN, "ngerman": F_COMMON, "french": F_COMMON,
             "dutch": F_COMMON, "spanish": F_COMMON, "italian": F_COMMON}
    for d, flag in dicts.items():
        path = "/usr/share/dict/" + d
        if not os.path.exists(path):
            sys.exit("missing word list " + path)
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                w = line.strip()
                if not w or w != w.lower() or "'" in w:
                    continue  # ordinary (lower-case) words only
                if w in words:
                    words[w] |= flag
                elif flag == F_COMMON_EN and WORD.match(w) and len(w) >= 3:
                    words[w] = F_COMMON_EN  # "Studio", "Transform": known not to be names
    return words


def write(words, nkeys):
    """nkeys: the words counted in the header (a word over 40 bytes is counted, not stored)"""
    keys = sorted(words)
    n = nkeys
    cap = 1
    while cap < n * 5 // 4:
        cap *= 2
    blob = bytearray()
    slots = [0] * cap
    for w in keys:
        b = w.encode("utf-8")
        if len(b) > 40:
            continue
        off = len(blob)
        blob += bytes([words[w], len(b)]) + b
        k = lex_hash(b) & (cap - 1)
        while slots[k]:
            k = (k + 1) & (cap - 1)
        slots[k] = off + 1
    out = sys.stdout
    out.write("/* names_lexicon.c: GENERATED by contrib/names/gen_lexicon.py, do not edit.\n"
              " *\n * %d words: given names from gender-detection-from-name 1.11.5 (MIT), given\n"
              " * names and surnames from @cspell/dict-people-names 1.1.16 (MIT), and ordinary\n"
              " * lower-case English words (flag 8 alone) so that the scanner knows a word is no\n"
              " * name. Each is [flags][length][lower-cased UTF-8 bytes] in the blob; slots hold\n"
              " * blob offset + 1 (gen_lexicon.py's lex_hash(), linear probing); the blob ends\n"
              " * in 8 zero bytes.\n"
              " */\n" % nkeys)
    out.write('#include "anonymize/names.h"\n\n')
    out.write("const uint32_t anon_names_nslots = %d;\n" % cap)
    blob += bytes(8)  # the reader loads 8 bytes at a time
    out.write("const uint8_t anon_names_blob[%d] =\n" % (len(blob) + 1))
    for i in range(0, len(blob), 64):
        out.write('    "' + "".join(chr(x) if 0x61 <= x <= 0x7A else "\\%03o" % x
                                    for x in blob[i:i + 64]) + '"\n')
    out.write("    ;\n")
    out.write("const uint32_t anon_names_slots[%d] = {\n" % cap)
    for i in range(0, cap, 12):
        out.write("    " + ",".join(str(x) for x in slots[i:i + 12]) + ",\n")
    out.write("};\n")


main()
