#!/usr/bin/env python3
"""gen_chars52.py: identifiers written with other characters, one shape at a time (stop 52).

From the twenty-fifth blind set's public brief (its `chars` family: Unicode spaces, invisible
characters inside, fullwidth, Arabic-Indic and Devanagari digits, dashes, dots, slashes, no
separator, entities, percent and quoted-printable, [at] and (dot), wrapped at 76 columns,
box-drawn tables, mixed case), written by the lead before running hush on it: every identifier
type (card, phone, IBAN, US SSN, e-mail, IPv4, IPv6, API key) crossed with every character shape,
each value alone in a line of a request body, half with a label in one of eight languages and half
bare (a list of values), a third of the bodies `\\u`-escaped. metadata.class is "<type>/<shape>",
so bench_accuracy's class table reads as a matrix of what leaves.

Look-alikes in the same shapes (NEG_ spans): versions, order ids, EAN-13, CIDR-free build numbers,
UUIDs, dates that are not births.
Deterministic: python3 gen_chars52.py > data/chars52.json
"""
import json
import random
from functools import partial

from gen_bodies import P, place_text
from gen_common import B62, write_json
import gen_chars_common as cc

R = random.Random(5252)
luhn_complete = partial(cc.luhn_complete, R)
card_groups = partial(cc.card_groups, R, ["4", "51", "52", "55", "2221", "6011", "35"])


def ean13(prefix):
    """An EAN-13 with its GS1 check digit (weights 1 and 3), not a Luhn one."""
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(12 - len(prefix))]
    t = sum(n * (3 if i % 2 else 1) for i, n in enumerate(d))
    return "".join(map(str, d)) + str((10 - t % 10) % 10)


IBAN_SPEC = {"DE": 18, "NL": 14, "FR": 23, "ES": 20, "IT": 23, "AT": 16, "BE": 12, "PL": 24}


iban_groups = partial(cc.iban_groups, R, IBAN_SPEC)
ssn_groups = partial(cc.ssn_groups, R)
phone_groups = partial(cc.phone_groups, R)
ipv4_groups = partial(cc.ipv4_groups, R, [31, 46, 62, 77, 81, 89, 93, 109, 145, 176, 185, 212, 217])
ipv6_groups = partial(cc.ipv6_groups, R)


GIVEN = ["anna", "jonas", "marie", "pieter", "lucia", "tomasz", "ingrid", "kemal", "oana", "eleni",
         "dario", "sanne", "wiktor", "helka", "bram", "noor"]
FAMILY = ["keller", "dubois", "visser", "rossi", "nowak", "lindqvist", "yilmaz", "popescu",
          "papadaki", "moreau", "vos", "ferreira", "horvath", "novak", "berg", "garcia"]
DOMAINS = ["posteo.de", "gmx.net", "orange.fr", "ziggo.nl", "libero.it", "wp.pl", "telia.se",
           "outlook.com", "seznam.cz", "mail.ru"]


def email_parts():
    return [R.choice(GIVEN) + R.choice([".", "_", ""]) + R.choice(FAMILY), "@",
            R.choice(DOMAINS).split(".")[0], ".", R.choice(DOMAINS).split(".")[1]]


def secret_value():
    k = R.randint(0, 3)
    if k == 0:
        return "sk-proj-" + "".join(R.choice(B62) for _ in range(48))
    if k == 1:
        return "ghp_" + "".join(R.choice(B62) for _ in range(36))
    if k == 2:
        return "AKIA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    return "sk_live_" + "".join(R.choice(B62) for _ in range(24))


LABEL = {
    "card": ["card number", "Kartennummer", "numéro de carte", "kaartnummer", "número de tarjeta",
             "numero carta", "numer karty", "kortnummer"],
    "phone": ["phone", "Telefon", "téléphone", "telefoon", "teléfono", "telefono", "telefon",
              "puhelin"],
    "iban": ["IBAN"] * 8,
    "ssn": ["SSN", "social security no.", "Social Security number", "SSN#", "ssn", "SS#", "SSN",
            "social"],
    "email": ["email", "E-Mail", "courriel", "e-mail", "correo", "posta elettronica", "e-post",
              "sähköposti"],
    "ipv4": ["client ip", "IP-Adresse", "adresse IP", "IP-adres", "IP del cliente", "indirizzo IP",
             "adres IP", "IP-adress"],
    "ipv6": ["client ip", "IPv6-Adresse", "adresse IPv6", "IPv6-adres", "IPv6", "IPv6", "IPv6",
             "IPv6"],
    "secret": ["api key", "API-Schlüssel", "clé API", "API-sleutel", "clave API", "chiave API",
               "klucz API", "API-nyckel"],
}
ENT = {"card": "CREDIT_CARD", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE", "ssn": "US_SSN",
       "email": "EMAIL_ADDRESS", "ipv4": "IP_ADDRESS", "ipv6": "IP_ADDRESS", "secret": "SECRET"}
ASKS = ["Which of these entries are duplicates?", "Clean up this export, keep the order.",
        "Bitte prüfe diese Liste auf Tippfehler.", "Peux-tu mettre ce tableau au propre ?",
        "Kun je dit overzicht samenvatten?", "¿Puedes ordenar estos datos?",
        "Riassumi queste righe per favore.", "Sprawdź proszę ten wykaz."]


def groups_of(kind):
    return {"card": card_groups, "phone": phone_groups, "iban": iban_groups, "ssn": ssn_groups,
            "ipv4": ipv4_groups, "ipv6": ipv6_groups}[kind]()


def grouped_sep(kind):
    return {"ipv4": ".", "ipv6": ":"}.get(kind, " ")


DIGITS = {"fullwidth": 0xFF10, "arabic": 0x0660, "devanagari": 0x0966}


def to_digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if c.isdigit() else c for c in s)


def shaped(kind, shape):
    """The value of kind written in shape, or None when the shape does not apply."""
    if kind == "secret":
        v = secret_value()
        if shape in ("zwsp", "shy", "wj"):
            ch = {"zwsp": "\u200b", "shy": "\u00ad", "wj": "\u2060"}[shape]
            i = R.randint(4, len(v) - 2)
            return v[:i] + ch + v[i:]
        if shape == "wrap":
            i = R.randint(6, len(v) - 4)
            return v[:i] + "\n" + v[i:]
        if shape == "plain":
            return v
        return None
    if kind == "email":
        p = email_parts()
        if shape == "plain":
            return "".join(p)
        if shape == "fullwidth":
            return p[0] + "\uff20" + p[2] + "\uff0e" + p[4]
        if shape == "entity":
            at = R.choice(["&#64;", "&commat;", "&#x40;"])
            return p[0] + at + p[2] + R.choice([".", "&#46;", "&period;"]) + p[4]
        if shape == "percent":
            return p[0] + "%40" + p[2] + "." + p[4]
        if shape == "qp":
            return p[0] + "=40" + p[2] + "." + p[4]
        if shape == "atdot":
            at = R.choice(["[at]", "(at)", "{at}", " [at] ", " (at) ", " at "])
            dot = R.choice(["[dot]", "(dot)", ".", " dot ", " [dot] "])
            return p[0] + at + p[2] + dot + p[4]
        if shape in ("zwsp", "shy", "wj"):
            ch = {"zwsp": "\u200b", "shy": "\u00ad", "wj": "\u2060"}[shape]
            s = "".join(p)
            i = R.randint(2, len(s) - 2)
            return s[:i] + ch + s[i:]
        if shape == "mixed":
            s = "".join(p)
            return "".join(c.upper() if R.random() < 0.4 else c for c in s)
        if shape == "wrap":
            s = "".join(p)
            i = R.randint(3, len(s) - 3)
            return s[:i] + "=\n" + s[i:]
        return None
    g = groups_of(kind)
    sep = grouped_sep(kind)
    if kind == "iban" and shape == "mixed":
        s = " ".join(g)
        return "".join(c.lower() if c.isalpha() and R.random() < 0.5 else c for c in s)
    if shape == "plain":
        return sep.join(g)
    if shape in ("nbsp", "nnbsp", "thin", "figure", "ideo") and sep == " ":
        ch = {"nbsp": "\u00a0", "nnbsp": "\u202f", "thin": "\u2009", "figure": "\u2007",
              "ideo": "\u3000"}[shape]
        return ch.join(g)
    if shape in ("hyph", "nbhyph", "endash", "emdash", "minus") and kind != "ipv6":
        ch = {"hyph": "\u2010", "nbhyph": "\u2011", "endash": "\u2013", "emdash": "\u2014",
              "minus": "\u2212"}[shape]
        if kind == "ipv4":
            return None
        return ch.join(g)
    if shape == "dots" and kind not in ("ipv4", "ipv6"):
        return ".".join(g)
    if shape == "slash" and kind in ("card", "phone", "ssn"):
        return "/".join(g)
    if shape == "none" and kind not in ("ipv4", "ipv6"):
        return "".join(g)
    if shape in DIGITS and kind != "ipv6":
        return to_digits(sep.join(g), DIGITS[shape])
    if shape in ("zwsp", "shy", "wj"):
        ch = {"zwsp": "\u200b", "shy": "\u00ad", "wj": "\u2060"}[shape]
        s = sep.join(g)
        i = R.randint(2, len(s) - 2)
        while not s[i - 1].isalnum() or not s[i].isalnum():
            i = R.randint(2, len(s) - 2)
        return s[:i] + ch + s[i:]
    if shape == "entity" and kind in ("phone", "ipv4"):
        s = sep.join(g)
        return s.replace("+", "&#x2B;").replace(" ", "&#160;").replace(".", "&#46;")
    if shape == "percent" and kind in ("phone", "card", "iban"):
        return sep.join(g).replace("+", "%2B").replace(" ", "%20")
    if shape == "qp" and kind == "phone":
        return sep.join(g).replace("+", "=2B")
    if shape == "qp" and kind in ("card", "iban", "ssn"):  # a soft line break inside the value
        s = sep.join(g)
        i = R.randint(3, len(s) - 3)
        return s[:i] + "=\n" + s[i:]
    if shape == "wrap" and kind in ("card", "iban", "phone", "ipv6"):
        s = sep.join(g)
        i = R.randint(3, len(s) - 3)
        while not s[i - 1].isalnum():
            i += 1
        return s[:i] + "\n" + s[i:]
    return None


SHAPES = ["plain", "nbsp", "nnbsp", "thin", "figure", "ideo", "hyph", "nbhyph", "endash", "emdash",
          "minus", "dots", "slash", "none", "fullwidth", "arabic", "devanagari", "zwsp", "shy",
          "wj", "entity", "percent", "qp", "atdot", "wrap", "mixed", "box"]
KINDS = ["card", "phone", "iban", "ssn", "email", "ipv4", "ipv6", "secret"]


def neg_value():
    k = R.randint(0, 5)
    if k == 0:
        return "NEG_VERSION", "v%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99))
    if k == 1:
        return "NEG_ID", "ORD-%d" % R.randint(10 ** 7, 10 ** 8)
    if k == 2:
        return "NEG_EAN", ean13("40")
    if k == 3:
        return "NEG_ID", "%08x-%04x-%04x-%04x-%012x" % tuple(
            R.randint(0, 16 ** n - 1) for n in (8, 4, 4, 4, 12))
    if k == 4:
        return "NEG_DATE", "%02d.%02d.20%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(10, 29))
    return "NEG_ID", "build %d" % R.randint(1000, 99999)


def body(doc, ascii_, api):
    if api == "chat":
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": "@@DOC@@"}]}
    elif api == "anthropic":
        b = {"model": "claude-sonnet-4", "max_tokens": 512,
             "messages": [{"role": "user", "content": [{"type": "text", "text": "@@DOC@@"}]}]}
    else:
        b = {"contents": [{"role": "user", "parts": [{"text": "@@DOC@@"}]}]}
    text = json.dumps(b, ensure_ascii=ascii_)
    return place_text(text, "@@DOC@@", doc.text, doc.spans, ascii_=ascii_)


records = []
for kind in KINDS:
    for shape in SHAPES:
        for n in range(6):
            vals = []
            inner = shape if shape != "box" else "plain"
            for _ in range(3):
                v = shaped(kind, inner)
                if v is None:
                    break
                vals.append(v)
            if len(vals) < 3:
                break
            labelled = n % 2 == 0
            lg = R.randrange(8)
            doc = P(ASKS[R.randrange(len(ASKS))] + "\n\n")
            if shape == "box":
                doc.t("┌──────────────┬────────────────────────────────┐\n")
            for i, v in enumerate(vals):
                if shape == "box":
                    doc.t("│ %-12s │ " % (LABEL[kind][lg][:12] if labelled else "row %d" % (i + 1)))
                    doc.s(ENT[kind], v)
                    doc.t(" │\n")
                    continue
                if labelled:
                    doc.t(LABEL[kind][lg] + R.choice([": ", " = ", "\t", " - "]))
                else:
                    doc.t(R.choice(["- ", "* ", "%d. " % (i + 1), ""]))
                doc.s(ENT[kind], v)
                doc.t("\n")
                if R.random() < 0.5:
                    lab, nv = neg_value()
                    doc.t(R.choice(["ref ", "- ", "note: ", ""]))
                    doc.s(lab, nv)
                    doc.t("\n")
            if shape == "box":
                doc.t("└──────────────┴────────────────────────────────┘\n")
            ascii_ = n % 3 == 1
            text, spans = body(doc, ascii_, ["chat", "anthropic", "gemini"][n % 3])
            assert json.loads(text)
            records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                            "metadata": {"class": "%s/%s" % (kind, shape), "api": "chat",
                                         "ascii": ascii_, "labelled": labelled}})

if __name__ == "__main__":
    write_json(records)
