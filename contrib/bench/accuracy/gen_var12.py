#!/usr/bin/env python3
"""gen_var12.py: split structured values and their look-alikes (stop 34, branch var12).

var11's mutation corpus left these shapes leaking on main: a card, IBAN, phone or SSN whose
groups are joined by '/', '_' or '.' (an SSN also by a dash and a space mixed), the same value
split over a JSON array's elements (`"card": [4713, 3951, 3289, 6642]`,
`"phone": ["+49", "151", "1234", "5678"]`), an address written `maria=40example.com` (an '@'
quoted-printable-encoded) and phone-shaped digit groups after `ISBN` or `build`. This corpus
holds new values in those shapes, in a sentence of each pack locale (en de fr nl es it pt), and
look-alikes of the same shapes that must stay (NEG_*): dates and versions with slashes or
underscores, paths, non-Luhn ids in 4-4-4-4, coordinate, port, resolution and matrix arrays,
3-2-4 arrays under a key that is no SSN, `look at example.com`, `limit=40` queries, CSS `=40px`,
ISBNs and build numbers with spaces or no-break spaces.

A record's metadata class is `TYPE:shape` (`neg:shape` for look-alikes).

    python3 gen_var12.py > data/var12.json            # the corpus (find path: anon_find)
    python3 gen_var12.py --bodies > /tmp/var12.jsonl   # each record as a chat request body
    bench_chatcheck /tmp/var12.jsonl > /tmp/var12.out
    python3 gen_var12.py --grade /tmp/var12.out        # leaks per (type, shape), as gen_var11.py

Deterministic (fixed seed); Python stdlib only.
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402

R = random.Random(20261204 + 12)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
LABEL = {"card": "CREDIT_CARD", "iban": "IBAN_CODE", "phone": "PHONE_NUMBER", "ssn": "US_SSN",
         "email": "EMAIL_ADDRESS"}


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card():
    k = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if k == "visa":
        d = luhn_complete("4" + digits(14))
    elif k == "mc":
        d = luhn_complete(str(R.randint(51, 55)) + digits(13))
    elif k == "mc2":
        d = luhn_complete(str(R.randint(2221, 2720)) + digits(11))
    elif k == "disc":
        d = luhn_complete("6011" + digits(11))
    else:
        d = luhn_complete(R.choice(["34", "37"]) + digits(12))
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, 16, 4)]


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "NL": "4a10n", "ES": "4n4n2n10n", "IT": "1a5n5n12c",
             "GB": "4a6n8n", "PT": "4n4n11n2n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12c",
             "PL": "8n16n"}


def iban():
    cc = R.choice(sorted(IBAN_SPEC))
    bban = ""
    for n, kind in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789")
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    v = cc + "%02d" % (98 - int(num) % 97) + bban
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def phone(lg):
    if lg == "en":
        return ["+1", str(R.randint(201, 989)), str(R.randint(202, 554)), digits(4)]
    if lg == "de":
        return ["+49", R.choice(["151", "157", "162", "171", "177"]), digits(3), digits(4)]
    if lg == "fr":
        return ["+33", R.choice("67"), digits(2), digits(2), digits(2), digits(2)]
    if lg == "nl":
        return ["+31", "6", digits(4), digits(4)]
    if lg == "es":
        return ["+34", "6" + digits(2), digits(3), digits(3)]
    if lg == "it":
        return ["+39", "3" + digits(2), digits(3), digits(4)]
    return ["+351", "9" + R.choice("1236") + digits(1), digits(3), digits(3)]


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return ["%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)]


GIVEN = ["maria", "jonas", "lucie", "pieter", "javier", "giulia", "joao", "brenwick", "taluvo",
         "serinda", "quillon", "merovan", "astrid", "kwame"]
SUR = ["keller", "dupont", "bakker", "romero", "bianchi", "silva", "lindqvist", "tessaro",
       "okonjo", "haverland", "vandermeer", "ostrava"]
DOMAINS = ["posteo.de", "mailbox.org", "outlook.com", "orange.fr", "ziggo.nl", "telefonica.es",
           "libero.it", "sapo.pt", "gmx.at", "proton.me", "web.de", "kpn.nl"]

NOUN = {
    "card": {"en": "the card is", "de": "die Karte ist", "fr": "la carte est", "nl": "de kaart is",
             "es": "la tarjeta es", "it": "la carta è", "pt": "o cartão é"},
    "iban": {"en": "my IBAN is", "de": "meine IBAN lautet", "fr": "mon IBAN est", "nl": "mijn IBAN is",
             "es": "mi IBAN es", "it": "il mio IBAN è", "pt": "o meu IBAN é"},
    "phone": {"en": "you can reach me at", "de": "erreichbar unter", "fr": "joignable au",
              "nl": "bereikbaar op", "es": "contacto", "it": "contattami al", "pt": "contacto"},
    "ssn": {"en": "her SSN is", "de": "ihre SSN ist", "fr": "son SSN est", "nl": "haar SSN is",
            "es": "su SSN es", "it": "il suo SSN è", "pt": "o seu SSN é"},
    "email": {"en": "contact", "de": "Kontakt", "fr": "contact", "nl": "contact", "es": "contacto",
              "it": "contatto", "pt": "contacto"},
}
TAIL = {"en": " - thanks!", "de": " - danke!", "fr": " - merci !", "nl": " - bedankt!",
        "es": " - ¡gracias!", "it": " - grazie!", "pt": " - obrigada!"}
NEG_PRE = {"en": "Note:", "de": "Hinweis:", "fr": "Remarque :", "nl": "Let op:", "es": "Nota:",
           "it": "Nota:", "pt": "Nota:"}

records = []


def rec(text, spans, cls, lg):
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"], (text, s)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls}})


def put(lg, pre, value, post, label, cls):
    rec(pre + value + post, [{"entity_type": label, "entity_value": value,
                              "start_position": len(pre), "end_position": len(pre) + len(value)}],
        cls, lg)


def plain(kind, lg, value, shape):
    cap = NOUN[kind][lg]
    put(lg, cap[0].upper() + cap[1:] + " ", value, TAIL[lg], LABEL[kind], kind + ":" + shape)


def grouped(kind, lg):
    return {"card": card, "iban": iban, "ssn": ssn}[kind]() if kind != "phone" else phone(lg)


def array(kind, lg, key):
    """{"key": [g1, g2, ...]}: numbers bare unless one starts with 0 (JSON has no such number);
    IBAN and phone groups as strings. The value runs from the first group to the last."""
    g = grouped(kind, lg)
    quote = '"' if kind in ("iban", "phone") or any(x.startswith("0") for x in g) else ""
    sep = R.choice([", ", ","]) if not quote else quote + R.choice([", ", ","]) + quote
    v = sep.join(g)
    pre = '{"' + key + '": [' + quote
    put(lg, R.choice(["", "payload: ", "Body: "]) + pre, v, quote + R.choice(["]}", "], \"ok\": true}"]),
        LABEL[kind], kind + ":json_array")


# ---- values ---------------------------------------------------------------------------------

for kind in ["card", "iban", "phone", "ssn"]:
    seps = {"card": ["/", "_"], "iban": ["/", "_", "."], "phone": ["/", "_"],
            "ssn": ["/", "_", "."]}[kind]
    for sep in seps:
        name = {"/": "slash", "_": "underscore", ".": "dot"}[sep]
        for lg in LANGS:
            plain(kind, lg, sep.join(grouped(kind, lg)), "sep_" + name)
    keys = {"card": ["card", "pan", "cardNumber"], "iban": ["iban", "account_iban", "IBAN"],
            "phone": ["phone", "mobile", "tel"], "ssn": ["ssn", "SSN", "ssn"]}[kind]
    for lg in LANGS:
        array(kind, lg, R.choice(keys))
for lg in LANGS:  # a dash and a space mixed
    g = ssn()
    plain("ssn", lg, g[0] + "-" + g[1] + " " + g[2] if R.random() < 0.5 else
          g[0] + " " + g[1] + "-" + g[2], "sep_mixed")
for lg in LANGS:  # quoted-printable '@'
    lo = R.choice(GIVEN) + R.choice([".", "_", ""]) + R.choice(SUR)
    if R.random() < 0.3:
        lo += str(R.randint(2, 99))
    plain("email", lg, lo + "=40" + R.choice(DOMAINS), "qp")

# ---- look-alikes ------------------------------------------------------------------------------


def neg(lg, label, value, shape, pre=None, post=None):
    pre = pre if pre is not None else NEG_PRE[lg] + " "
    post = post if post is not None else TAIL[lg]
    put(lg, pre, value, post, label, "neg:" + shape)


def not_luhn16():
    while True:
        d = str(R.randint(1, 9)) + digits(15)
        if not luhn_ok(d):
            return d


def isbn13():
    d = "978" + str(R.randint(0, 1)) + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - s % 10) % 10)
    return [d[:3], d[3], d[4:8], d[8:12], d[12]]


for lg in LANGS:
    y, m, d = R.randint(1990, 2030), R.randint(1, 12), R.randint(1, 28)
    neg(lg, "NEG_DATE", "%d/%02d/%02d" % (y, m, d), "date_slash")
    neg(lg, "NEG_DATE", "%02d/%02d/%d" % (d, m, y), "date_slash_dmy")
    neg(lg, "NEG_DATE", "backup_%d_%02d_%02d.tar.gz" % (y, m, d), "date_underscore")
    neg(lg, "NEG_VERSION", "v%d_%d_%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)),
        "version_underscore")
    neg(lg, "NEG_VERSION", "release/%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)),
        "version_slash")
    neg(lg, "NEG_PATH", "/srv/data/%d/%02d/%04d/%04d" % (y, m, R.randint(1, 9999), R.randint(1, 9999)),
        "path_digits")
    o = not_luhn16()
    neg(lg, "NEG_ORDER", "order " + R.choice("/_").join(o[i:i + 4] for i in range(0, 16, 4)),
        "order_sep")
    o = not_luhn16()
    neg(lg, "NEG_ORDER", ", ".join(o[i:i + 4] for i in range(0, 16, 4)), "order_array",
        pre='{"ids": [', post="]}")
    neg(lg, "NEG_COORD", "[%.4f, %.4f]" % (R.uniform(35, 60), R.uniform(-9, 25)), "coord_array",
        pre='{"loc": ', post="}")
    neg(lg, "NEG_PORTS", ", ".join(str(R.choice([22, 80, 443, 5432, 6379, 8080, 9090, 9200, 27017, 5672]))
                                   for _ in range(4)), "ports_array", pre='{"ports": [', post="]}")
    neg(lg, "NEG_MATRIX", "[[%d, %d, %d], [%d, %d, %d]]" % tuple(R.randint(0, 999) for _ in range(6)),
        "matrix_array", pre="m = np.array(", post=")")
    neg(lg, "NEG_SIZE", "%d, %d, %d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)),
        "dims_array_324", pre='{"dims": [', post="]}")
    neg(lg, "NEG_SIZE", "%d, %d, %d, %d" % (R.randint(1000, 4000), R.randint(1000, 4000),
                                           R.randint(1000, 4000), R.randint(1000, 4000)),
        "bbox_array", pre='{"bbox": [', post="]}")
    neg(lg, "NEG_TZ", '"+%02d", "%02d"' % (R.randint(1, 12), R.choice([0, 30, 45])), "tz_array",
        pre='{"offset": [', post="]}")
    neg(lg, "NEG_EMAILISH", R.choice(["look", "meet", "see", "find it", "have a look"]) + " at " +
        R.choice(["example.com", "docs.python.org", "noon.", "github.com", "the office."]),
        "at_realdot")
    neg(lg, "NEG_QUERY", "?limit=40&offset=" + str(R.randint(0, 400)), "query_eq40",
        pre="GET /api/v2/items", post=" HTTP/1.1")
    neg(lg, "NEG_CSS", "width=40px", "css_eq40", pre='<img src="a.png" ', post=">")
    neg(lg, "NEG_ISBN", "ISBN " + R.choice([" ", "\u00a0", "\u202f", "\u2009"]).join(isbn13()),
        "isbn_space")
    neg(lg, "NEG_BUILD", "build " + R.choice([" ", "\u00a0"]).join([digits(3), digits(3), digits(4)]),
        "build_space")
    neg(lg, "NEG_SCORE", "%d/%d/%d" % (R.randint(100, 999), R.randint(10, 99), R.randint(1000, 9999)),
        "ratio_324", pre="ratio ", post=" (train/val/test)")
    p = R.randint(100, 999)
    neg(lg, "NEG_TEXT", "%d items\n%d shipped" % (p, R.randint(10, 99)), "wrapped_prose",
        pre="We had ", post=" this week.")

# ---- modes ------------------------------------------------------------------------------------


def grade(path):
    import gen_var11 as V
    V.records[:] = records
    V.grade(path)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--bodies":
        import gen_var11 as V
        for r in records:
            sys.stdout.write(V.body(r) + "\n")
    elif len(sys.argv) > 2 and sys.argv[1] == "--grade":
        grade(sys.argv[2])
    else:
        write_json(records)
