#!/usr/bin/env python3
"""gen_var13.py: structured values that still left the masked body (stop 35, branch var13).

var11 and var12 measured what leaves a rewritten chat body; these shapes were left:
a card, IBAN, phone or SSN split over a JSON array's elements when the message content is JSON
itself (the rewriter walks such content as JSON, one element at a time), an address whose '@' is
a word and whose host keeps its real dots (`maria.keller at posteo.de`, the word in the locales
that write one: `at`, `arobase`, `arroba`, `chiocciola`), and values wrapped across a line after a
trailing space, under e-mail quoting (`> `) or in a Markdown list item. This corpus holds new
values in those shapes and in variants: arrays of numbers and of strings, arrays pretty-printed
across lines, arrays nested deeper in the object, arrays inside a JSON string that is itself
inside the content (tool-call arguments), Amex 4-6-5 groups, top-level arrays. Look-alikes
(NEG_*) in the same containers: ports, versions, RGB colours, coordinates, dimensions (also
under a phone-like key: a "mobile" screen size), dates as `[2024, 1, 15]`, non-Luhn ids, a
bounding box whose four numbers happen to pass Luhn, time-zone offsets `["+05", "30"]`, matrices,
`meet at example.com's office`, `look at docs.python.org`, prose wrapped after a number.

A record's metadata class is `TYPE:shape` (`neg:shape` for look-alikes).

    python3 gen_var13.py > data/var13.json            # the corpus (find path: anon_find)
    python3 gen_var13.py --bodies > /tmp/var13.jsonl   # each record as a chat request body
    bench_chatcheck /tmp/var13.jsonl > /tmp/var13.out
    python3 gen_var13.py --grade /tmp/var13.out        # leaks per (type, shape), as gen_var11.py

Deterministic (fixed seed); Python stdlib only.
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402

R = random.Random(20261204 + 13)
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


def card(amex=None):
    k = "amex" if amex else R.choice(["visa", "visa", "mc", "mc2", "disc"])
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
    assert luhn_ok(d)
    return [d[i:i + 4] for i in range(0, 16, 4)]


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "NL": "4a10n", "ES": "4n4n2n10n", "IT": "1a5n5n12c",
             "GB": "4a6n8n", "PT": "4n4n11n2n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12c"}
IBAN_OF = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT"}


def iban(cc):
    bban = ""
    for n, kind in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789")
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    v = cc + "%02d" % (98 - int(num) % 97) + bban
    assert int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def phone(lg):
    if lg == "en":
        return ["+1", str(R.randint(201, 989)), str(R.randint(202, 554)), digits(4)]
    if lg == "de":
        return ["+49", R.choice(["151", "160", "170", "176"]), digits(3), digits(4)]
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


GIVEN = ["maria", "jonas", "lucie", "pieter", "javier", "giulia", "joao", "orlena", "tavik",
         "mirelle", "quentaro", "selvana", "henrik", "amara"]
SUR = ["keller", "moreau", "dekker", "navarro", "rinaldi", "ferreira", "brandt", "velasko",
       "okafor", "thornwell", "vanlier", "castellan"]
DOMAINS = {"en": ["gmail.com", "outlook.com", "fastmail.co.uk"], "de": ["posteo.de", "web.de", "gmx.net"],
           "fr": ["orange.fr", "laposte.net", "free.fr"], "nl": ["ziggo.nl", "kpn.nl", "hetnet.nl"],
           "es": ["telefonica.es", "gmail.com", "yahoo.es"], "it": ["libero.it", "alice.it", "tiscali.it"],
           "pt": ["sapo.pt", "gmail.com", "clix.pt"]}
AT_WORD = {"en": ["at", "AT"], "de": ["at"], "fr": ["arobase", "at"], "nl": ["at"],
           "es": ["arroba"], "it": ["chiocciola", "at"], "pt": ["arroba"]}
MAIL_PRE = {"en": "write to", "de": "schreib an", "fr": "écrivez à", "nl": "mail naar",
            "es": "escribe a", "it": "scrivi a", "pt": "escreve para"}
NOUN = {
    "card": {"en": "the card is", "de": "die Karte ist", "fr": "la carte est", "nl": "de kaart is",
             "es": "la tarjeta es", "it": "la carta è", "pt": "o cartão é"},
    "iban": {"en": "IBAN:", "de": "IBAN:", "fr": "IBAN :", "nl": "IBAN:", "es": "IBAN:", "it": "IBAN:",
             "pt": "IBAN:"},
    "phone": {"en": "call me on", "de": "ruf mich an unter", "fr": "appelez-moi au", "nl": "bel me op",
              "es": "llámame al", "it": "chiamami al", "pt": "liga-me para"},
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


def elems(groups, as_str):
    """JSON texts of the groups: strings, or numbers where JSON can write them (no leading 0)."""
    return ['"%s"' % g if as_str or g.startswith("0") or not g.isdigit() else g for g in groups]


def array_doc(lg, cls, label, groups, key, as_str, layout, wrap=None):
    """A JSON document holding {key: [groups]} (wrap: the path of objects around it); the value
    runs from the first group's first character to the last group's last."""
    el = elems(groups, as_str)
    if layout == "lines":
        inner = ",\n    ".join(el)
        arr = "[\n    " + inner + "\n  ]"
    else:
        inner = R.choice([", ", ","]).join(el)
        arr = "[" + inner + "]"
    q0 = 1 if el[0].startswith('"') else 0
    q1 = 1 if el[-1].startswith('"') else 0
    value = inner[q0:len(inner) - q1]
    pre_arr = '"' + key + '": '
    extra = R.choice(["", ', "currency": "EUR"', ', "verified": true', ', "note": "ok"'])
    doc_pre = "{" + pre_arr
    doc_post = extra + "}"
    for w in reversed(wrap or []):
        doc_pre = '{"' + w + '": ' + doc_pre
        doc_post = doc_post + "}"
    text_pre = doc_pre + arr[:arr.index(el[0]) + q0]
    text_post = arr[arr.index(el[0]) + q0 + len(value):] + doc_post
    put(lg, text_pre, value, text_post, label, cls)


def nested_doc(lg, cls, label, groups, key, as_str):
    """Tool-call arguments: the content is JSON whose "arguments" string is JSON text again."""
    el = elems(groups, as_str)
    inner = ", ".join(el)
    args = '{"' + key + '": [' + inner + "]}"
    enc = json.dumps(args, ensure_ascii=False)  # the string, quotes escaped
    value_enc = json.dumps(inner, ensure_ascii=False)[1:-1]
    q0 = 2 if el[0].startswith('"') else 0  # \" before the first group
    q1 = 2 if el[-1].startswith('"') else 0
    value = value_enc[q0:len(value_enc) - q1]
    pre = '{"name": "' + R.choice(["charge_card", "update_contact", "save_payment", "lookup"]) + \
          '", "arguments": '
    k = enc.index(value_enc) + q0
    put(lg, pre + enc[:k], value, enc[k + len(value):] + "}", label, cls)


# ---- values: arrays in JSON content ---------------------------------------------------------

CARD_KEYS = ["pan", "card", "cardNumber", "card_number", "creditCard", "payment_card"]
IBAN_KEYS = ["iban", "IBAN", "account_iban", "ibanParts", "bank_iban"]
PHONE_KEYS = ["phone", "mobile", "tel", "phoneNumber", "telefon", "msisdn"]
SSN_KEYS = ["ssn", "SSN", "ssn_parts", "socialSecurity", "taxId"]
WRAPS = [["customer"], ["order", "payment"], ["data"], ["user", "profile"]]

for lg in LANGS:
    array_doc(lg, "card:arr_num", "CREDIT_CARD", card(), R.choice(CARD_KEYS), False, "flat")
for lg in LANGS:
    array_doc(lg, "card:arr_str", "CREDIT_CARD", card(), R.choice(CARD_KEYS), True, "flat")
for lg in LANGS:
    array_doc(lg, "card:arr_lines", "CREDIT_CARD", card(), R.choice(CARD_KEYS), R.random() < 0.5,
              "lines")
for lg in LANGS:
    array_doc(lg, "card:arr_deep", "CREDIT_CARD", card(), R.choice(CARD_KEYS), R.random() < 0.5,
              "flat", wrap=R.choice(WRAPS))
for lg in LANGS:
    array_doc(lg, "card:arr_amex", "CREDIT_CARD", card(amex=True), R.choice(CARD_KEYS), False, "flat")
for lg in LANGS:
    nested_doc(lg, "card:arr_nested", "CREDIT_CARD", card(), R.choice(CARD_KEYS), R.random() < 0.5)
for lg in LANGS:
    array_doc(lg, "iban:arr_str", "IBAN_CODE", iban(IBAN_OF[lg]), R.choice(IBAN_KEYS), True, "flat")
for lg in LANGS:
    array_doc(lg, "iban:arr_lines", "IBAN_CODE", iban(IBAN_OF[lg]), R.choice(IBAN_KEYS), True, "lines",
              wrap=R.choice([None, ["payout"]]))
for lg in LANGS:
    array_doc(lg, "phone:arr_str", "PHONE_NUMBER", phone(lg), R.choice(PHONE_KEYS), True, "flat")
for lg in LANGS:
    nested_doc(lg, "phone:arr_nested", "PHONE_NUMBER", phone(lg), R.choice(PHONE_KEYS), True)
for lg in LANGS:
    array_doc(lg, "ssn:arr_num", "US_SSN", ssn(), R.choice(SSN_KEYS), False, "flat")
for lg in LANGS:
    array_doc(lg, "ssn:arr_str", "US_SSN", ssn(), R.choice(SSN_KEYS), True,
              R.choice(["flat", "lines"]), wrap=R.choice([None, ["applicant"]]))

# ---- values: '@' as a word, real dots ---------------------------------------------------------

for rnd in range(2):
    for lg in LANGS:
        lo = R.choice(GIVEN) + R.choice([".", "_", ""]) + R.choice(SUR)
        if R.random() < 0.3:
            lo += str(R.randint(2, 99))
        v = lo + " " + R.choice(AT_WORD[lg]) + " " + R.choice(DOMAINS[lg])
        cap = MAIL_PRE[lg]
        put(lg, cap[0].upper() + cap[1:] + " ", v, R.choice([TAIL[lg], ".", " (privat)"]),
            "EMAIL_ADDRESS", "email:at_word_realdot")

# ---- values: wrapped across a line ------------------------------------------------------------

for lg in LANGS:  # after a trailing space: the line ends "4912 7615 " and goes on "9823 7895"
    g = card()
    k = len(g) // 2
    v = " ".join(g[:k]) + " \n" + " ".join(g[k:])
    put(lg, NOUN["card"][lg].capitalize() + " ", v, TAIL[lg], "CREDIT_CARD", "card:wrap_space")
for lg in LANGS:  # e-mail quoting: the continuation line starts with "> "
    g = card()
    v = " ".join(g[:2]) + "\n> " + " ".join(g[2:])
    put(lg, "> " + NOUN["card"][lg].capitalize() + " ", v, "\n> " + TAIL[lg][3:] + "\n\nOk.",
        "CREDIT_CARD", "card:wrap_quote")
for lg in LANGS:  # a Markdown list item wrapped with its indent
    g = iban(IBAN_OF[lg])
    k = R.randint(2, len(g) - 2)
    v = " ".join(g[:k]) + "\n  " + " ".join(g[k:])
    put(lg, "- **" + NOUN["iban"][lg].rstrip(" :") + "**: ", v, "\n- BIC: " + "".join(
        R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6)) + "XX\n", "IBAN_CODE", "iban:wrap_md")
for lg in LANGS:  # a phone wrapped after a trailing space
    g = phone(lg)
    k = len(g) // 2
    v = " ".join(g[:k]) + " \n" + " ".join(g[k:])
    put(lg, NOUN["phone"][lg].capitalize() + " ", v, TAIL[lg], "PHONE_NUMBER", "phone:wrap_space")

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


def luhn_bbox():
    """Four 4-digit numbers (a bounding box) that happen to join to a Luhn-valid Visa-like run."""
    while True:
        b = [str(R.randint(4000, 4999))] + [str(R.randint(1000, 4999)) for _ in range(3)]
        if luhn_ok("".join(b)):
            return b


def jarr(key, vals):
    return '{"' + key + '": [', ", ".join(vals), "]}"


for lg in LANGS:
    pre, v, post = jarr("ports", [str(R.choice([22, 80, 443, 5432, 6379, 8080, 9090, 9200, 27017]))
                                  for _ in range(4)])
    neg(lg, "NEG_PORTS", v, "arr_ports", pre, post)
    pre, v, post = jarr(R.choice(["version", "schema_version", "api"]),
                        [str(R.randint(1, 9)), str(R.randint(0, 30)), str(R.randint(0, 99))])
    neg(lg, "NEG_VERSION", v, "arr_version", pre, post)
    pre, v, post = jarr(R.choice(["color", "rgb", "background"]), [str(R.randint(0, 255)) for _ in range(3)])
    neg(lg, "NEG_RGB", v, "arr_rgb", pre, post)
    pre, v, post = jarr(R.choice(["coordinates", "loc", "position"]),
                        ["%.4f" % R.uniform(35, 60), "%.4f" % R.uniform(-9, 25)])
    neg(lg, "NEG_COORD", v, "arr_coord", pre, post)
    pre, v, post = jarr(R.choice(["size", "resolution", "dims"]),
                        [str(R.choice([1280, 1920, 2560, 3840])), str(R.choice([720, 1080, 1440, 2160]))])
    neg(lg, "NEG_SIZE", v, "arr_dims", pre, post)
    pre, v, post = jarr("mobile", [str(R.choice([360, 390, 412, 430])), str(R.choice([780, 844, 915, 932]))])
    neg(lg, "NEG_SIZE", v, "arr_mobile_viewport", pre, post)
    pre, v, post = jarr(R.choice(["date", "created", "due"]),
                        [str(R.randint(1990, 2030)), str(R.randint(1, 12)), str(R.randint(1, 28))])
    neg(lg, "NEG_DATE", v, "arr_date", pre, post)
    o = not_luhn16()
    pre, v, post = jarr(R.choice(["ids", "order_id", "ticket"]), [o[i:i + 4] for i in range(0, 16, 4)])
    neg(lg, "NEG_ORDER", v, "arr_ids_nonluhn", pre, post)
    pre, v, post = jarr(R.choice(["bbox", "box", "crop"]), luhn_bbox())
    neg(lg, "NEG_SIZE", v, "arr_bbox_luhn", pre, post)
    pre, v, post = jarr("offset", ['"+%02d"' % R.randint(1, 12), '"%02d"' % R.choice([0, 30, 45])])
    neg(lg, "NEG_TZ", v[1:-1], "arr_tz", pre + '"', '"' + post)
    pre, v, post = jarr("kernel", ["[%d, %d, %d]" % tuple(R.randint(0, 9) for _ in range(3))
                                   for _ in range(3)])
    neg(lg, "NEG_MATRIX", v, "arr_matrix", pre, post)
    pre, v, post = jarr(R.choice(["shape", "input_shape"]), [str(R.choice([1, 8, 32])), "3", "224", "224"])
    neg(lg, "NEG_SIZE", v, "arr_tensor_shape", pre, post)
    neg(lg, "NEG_EMAILISH", R.choice(["meet", "see you", "let's meet"]) + " at " +
        R.choice(["example.com", "acme.io", "contoso.com"]) + "'s office", "at_office")
    neg(lg, "NEG_EMAILISH", R.choice(["look", "have a look", "take a look"]) + " at " +
        R.choice(["docs.python.org", "developer.mozilla.org", "en.wikipedia.org"]), "at_docs")
    neg(lg, "NEG_EMAILISH", "server " + R.choice(["runs", "is hosted"]) + " at " +
        R.choice(["build.internal", "ci.example.net"]), "at_host")
    n = R.randint(1000, 9999)
    neg(lg, "NEG_TEXT", "%d %d \n%d units" % (R.randint(10, 99), n, R.randint(100, 999)), "wrap_prose",
        pre="We counted ", post=" in stock.")
    neg(lg, "NEG_TEXT", "%d\n> %d" % (R.randint(1000, 9999), R.randint(1000, 9999)), "wrap_quote_counts",
        pre="> totals: ", post=" (last week)\n")

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
