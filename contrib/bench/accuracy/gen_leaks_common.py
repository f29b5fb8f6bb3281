"""gen_leaks_common.py: what gen_leaks52.py and gen_leaks53.py share: their 16 languages, the
countries' calling codes and trunk prefixes, people half invented from a generator's own
syllables, ASCII folding (an address's local part), EAN-13 check digits and PDF string escapes.
Functions that draw take the generator's random.Random, so each corpus regenerates
byte-identical."""
import unicodedata

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "hu", "tr", "ro", "el"]
CC = {"en": "44", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "351",
      "pl": "48", "sv": "46", "da": "45", "fi": "358", "cs": "420", "hu": "36", "tr": "90",
      "ro": "40", "el": "30"}
TRUNK = {"en": "0", "de": "0", "fr": "0", "nl": "0", "sv": "0", "fi": "0", "tr": "0", "ro": "0",
         "hu": "06"}


def invent(rng, syl, end, surname=False):
    """A capitalised name of two or three syllables; a surname takes an ending."""
    s = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        s += rng.choice(end)
    return s.capitalize()


def person(rng, given, sur, syl, end):
    """Half the time a given name and a surname of the language's lists, else both invented."""
    if rng.random() < 0.5:
        return rng.choice(given) + " " + rng.choice(sur)
    return invent(rng, syl, end) + " " + invent(rng, syl, end, True)


def ascii_fold(s):
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


def ean_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def pdfesc(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    s = "".join(c if ord(c) < 256 else unicodedata.normalize("NFKD", c)[0] for c in s)
    return "".join(c if ord(c) < 128 else "\\%03o" % ord(c) for c in s)


def emit_json(out, nj, obj, lg, cls, i, styles, inline_max, wraps, call_base):
    """obj written by the JSON writer nj in one of three styles (by i), as a plain text one time in
    eight, else inside one of the wraps' request bodies (gen_bodies.Bodies.json_body)."""
    j = nj(styles[i % 3], inline_max=inline_max)
    j.write(obj)
    if i % 8 == 7:
        out.emit(j.p.text, j.p.spans, lg, cls, "plain")
        return
    wrap = wraps[(i // 8 + i) % len(wraps)]
    t, sp = out.json_body(wrap, lg, i, j.p, call_base=call_base)
    out.emit(t, sp, lg, cls, wrap)
