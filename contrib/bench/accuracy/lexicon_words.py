"""lexicon_words.py: every word of hush's NAMES lexicon (anonymize/names_lexicon.c), read from the
generated C table, for the corpus generators that invent names no lexicon holds
(gen_names_tune2.py, gen_names_tune3.py).
Words of flag 32 (ANON_NL_GLOBAL: added with faker's lists of global origin, after those corpora
were written) are left out, so that the generators still write the corpora they wrote;
with_global=True keeps them (gen_names_tune6.py, written after them).
Words of flag 64 (the Dutch, Portuguese and other lists gen_lexicon.py added after every
generator here was written) are always left out, so that no committed corpus changes."""
import os
import re

LEXICON_C = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "anonymize",
                         "names_lexicon.c")


def lexicon_words(with_global=False):
    src = open(LEXICON_C, encoding="utf-8").read()
    body = src[src.index("anon_names_blob["):]
    body = body[body.index("=") + 1:body.index(";\n")]
    raw = bytearray()
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
        i = 0
        while i < len(lit):
            c = lit[i]
            if c == "\\":
                m = re.match(r"[0-7]{1,3}", lit[i + 1:])
                if m:
                    raw.append(int(m.group(0), 8))
                    i += 1 + len(m.group(0))
                    continue
                raw.append({"n": 10, "t": 9, "\\": 92, '"': 34, "'": 39, "?": 63}[lit[i + 1]])
                i += 2
                continue
            raw += c.encode("utf-8")
            i += 1
    words, i = set(), 0
    while i + 2 <= len(raw):
        n = raw[i + 1]
        if (with_global or not raw[i] & 32) and not raw[i] & 64:
            words.add(bytes(raw[i + 2:i + 2 + n]).decode("utf-8", "replace"))
        i += 2 + n
    return words

