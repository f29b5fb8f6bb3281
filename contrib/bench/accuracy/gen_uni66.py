#!/usr/bin/env python3
"""gen_uni66.py: values with Unicode spaces and marks inside, and values in JSON shapes (tune set;
branch uni66, written and committed before hush was run on it), from the thirty-first blind set's
public brief (its unicode family: the README row and run.sh title only) and the author's own idea
of such payloads, not from hush's rules.

Three frames, each a paste in a request body: `copy` (a booking, a ticket or a contact copied from
an app or a PDF: no-break, narrow no-break, thin, figure and ideographic spaces between a phone's
groups, U+2011/U+2013/U+2012 as its dashes, U+200E/U+200F/U+2066..2069 around it, a soft hyphen,
zero-width space, joiner or word joiner inside a name, an e-mail or a phone, `O’Brien`, NFD accents,
a street with no-break spaces), `wide` (card-scanner and form exports in full-width digits, `＠`,
letters and `－`, ideographic spaces) and `api` (app API responses pasted as JSON: a phone or card
as a JSON number, a name as an array of two strings, a card over four array strings and a phone
over three, a birth as `[1970, 3, 5]` under a birth key, an e-mail and a full name as object keys,
names and phones with marks inside JSON strings, some `\\u`-escaped in the paste itself).

Gold: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD (Luhn), STREET_ADDRESS (house number,
street, postcode and town), DATE_OF_BIRTH (beside a birth label or key); a span covers the value as
written, marks included; a value over array elements is one span per element (pieces under three
characters unlabelled). Look-alikes (NEG_) at least as many as values in each record, in the same
shapes and characters: order, tracking and member numbers as JSON numbers and over arrays (NEG_ID),
version arrays and versions with marks (NEG_VERSION), non-birth dates as arrays (NEG_DATE), product
names as arrays (NEG_PRODUCT), ids and SKUs as keys (NEG_ID), amounts with no-break and thin spaces
(NEG_AMOUNT), full-width order codes (NEG_ID).

Request bodies of the four APIs, a third \\uXXXX-escaped, half compact; en, de, fr, nl, es, it;
half the people invented from syllables. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json, SYL12, END12, invent_syllables, fold  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261208 + 66)
LANGS = ["en", "de", "fr", "nl", "es", "it"]
REAL = {
    "en": (["Olivia", "James", "Amelia", "Thomas", "Grace", "Oliver"],
           ["O’Brien", "Walsh", "Thornton", "Hughes", "Fletcher", "Doyle"]),
    "de": (["Jürgen", "Käthe", "Lukas", "Sophie", "Matthias", "Jörg"],
           ["Müller", "Schäfer", "Keller", "Bräuer", "Größmann", "Wagner"]),
    "fr": (["Hélène", "Stéphane", "Chloé", "Jérôme", "Anaïs", "Benoît"],
           ["Lefèvre", "Dubois", "Gérard", "Mercier", "Étienne", "Faure"]),
    "nl": (["Sanne", "Joëlle", "Daan", "Ruben", "Fleur", "Niels"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit"]),
    "es": (["María", "José", "Lucía", "Andrés", "Inés", "Raúl"],
           ["Muñoz", "Fernández", "Peña", "Ibáñez", "Gómez", "Ortega"]),
    "it": (["Niccolò", "Chiara", "Luca", "Giulia", "Matteo", "Francesca"],
           ["Ricci", "Esposito", "Colombo", "De Luca", "Galli", "Bianchi"]),
}
STREETS = {
    "en": ("{n} Elm Grove", "{n} Station Road", "{n} Kingsley Avenue", "{p} Leeds", "{p} Bristol"),
    "de": ("Lindenstraße {n}", "Am Mühlbach {n}", "Goethestraße {n}", "{p} Köln", "{p} Leipzig"),
    "fr": ("{n} rue des Écoles", "{n} avenue Foch", "{n} rue Pasteur", "{p} Lyon", "{p} Nantes"),
    "nl": ("Kerkstraat {n}", "Prinsengracht {n}", "Dorpsweg {n}", "{p} Utrecht", "{p} Leiden"),
    "es": ("Calle Mayor {n}", "Avenida del Puerto {n}", "Calle Real {n}", "{p} Valencia", "{p} Sevilla"),
    "it": ("Via Roma {n}", "Corso Garibaldi {n}", "Via dei Mille {n}", "{p} Bologna", "{p} Torino"),
}
PHONES = {  # (country code, national groups as lengths, trunk prefix)
    "en": ("44", (4, 3, 3), "0"), "de": ("49", (2, 4, 4), "0"), "fr": ("33", (1, 2, 2, 2, 2), "0"),
    "nl": ("31", (2, 3, 4), "0"), "es": ("34", (3, 3, 3), ""), "it": ("39", (3, 3, 4), ""),
}
LABEL = {
    "en": ("Name", "Phone", "E-mail", "Address", "Date of birth", "Card"),
    "de": ("Name", "Telefon", "E-Mail", "Adresse", "Geburtsdatum", "Karte"),
    "fr": ("Nom", "Téléphone", "Courriel", "Adresse", "Date de naissance", "Carte"),
    "nl": ("Naam", "Telefoon", "E-mail", "Adres", "Geboortedatum", "Kaart"),
    "es": ("Nombre", "Teléfono", "Correo", "Dirección", "Fecha de nacimiento", "Tarjeta"),
    "it": ("Nome", "Telefono", "E-mail", "Indirizzo", "Data di nascita", "Carta"),
}
ASK = ["Can you turn this into a clean contact card?", "Please check these details for typos.",
       "Summarise this booking in two lines.", "Convert this to CSV with one row per person.",
       "What is missing from this record?", "Translate the labels to English and keep the values."]
SPACES = ["\u00a0", "\u202f", "\u2009", "\u2007", "\u3000"]
DASHES = ["\u2011", "\u2013", "\u2012"]
INVIS = ["\u00ad", "\u200b", "\u200d", "\u2060"]
BIDI = [("\u200e", "\u200e"), ("\u200f", "\u200f"), ("\u2066", "\u2069"), ("\u2068", "\u2069")]
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789@+-.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
PIECES = []  # the indices of the record's spans that are pieces of a value cut over array strings
DOMAINS = ["gmail.com", "web.de", "orange.fr", "ziggo.nl", "telefonica.net", "libero.it", "outlook.com"]


def wide(s):
    return "".join(FW.get(c, "\u3000" if c == " " else c) for c in s)


def luhn(prefix, n):
    d = prefix + "".join(str(rng.randrange(10)) for _ in range(n - len(prefix) - 1))
    tot = 0
    for k, c in enumerate(reversed(d)):
        v = int(c) * (1 if k % 2 else 2)
        tot += v - 9 if v > 9 else v
    return d + str((10 - tot % 10) % 10)


def person(lg):
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, SYL12[lg], END12[lg], False),
            invent_syllables(rng, SYL12[lg], END12[lg], True))


def marked(w):
    """A name word with a soft hyphen, zero-width space/joiner or word joiner inside, or NFD."""
    k = rng.randrange(3)
    if k == 0 and unicodedata.normalize("NFD", w) != w:
        return unicodedata.normalize("NFD", w)
    if len(w) < 4:
        return w
    i = rng.randrange(2, len(w) - 1)
    if w[i - 1] == " " or w[i] == " ":
        return w
    return w[:i] + rng.choice(INVIS) + w[i:]


def phone_groups(lg):
    cc, lens, trunk = PHONES[lg]
    first = str(rng.randrange(6, 8)) if lg in ("fr", "es") else str(rng.randrange(1, 10))
    gs = [first + "".join(str(rng.randrange(10)) for _ in range(lens[0] - 1))]
    gs += ["".join(str(rng.randrange(10)) for _ in range(n)) for n in lens[1:]]
    return cc, gs, trunk


def phone_text(lg):
    cc, gs, trunk = phone_groups(lg)
    intl = rng.random() < 0.6
    sep = rng.choice(SPACES + DASHES)
    body = sep.join(gs)
    v = ("+" + cc + sep + body) if intl else (trunk + body)
    if rng.random() < 0.25:
        a, b = rng.choice(BIDI)
        v = a + v + b
    elif rng.random() < 0.2:
        i = rng.randrange(3, len(v) - 2)
        v = v[:i] + rng.choice(INVIS) + v[i:]
    return v


def email(g, s, mark=True):
    loc = fold(g).lower().replace(" ", "") + rng.choice([".", "_", ""]) + fold(s).lower().replace(" ", "")
    v = loc + "@" + rng.choice(DOMAINS)
    if mark and rng.random() < 0.5:
        i = rng.randrange(1, len(loc))
        v = v[:i] + rng.choice(["\u200b", "\u00ad", "\u2060"]) + v[i:]
    return v


def street(lg):
    a, _, c, pt, _ = STREETS[lg]
    s = rng.choice((a, c)).format(n=rng.randrange(2, 180))
    town = rng.choice(STREETS[lg][3:]).format(p=str(rng.randrange(10000, 99000)))
    sp = rng.choice(["\u00a0", " ", "\u202f"])
    return s.replace(" ", sp) + ", " + town.replace(" ", sp)


def birth_dmy():
    y, m, d = rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    return y, m, d


class Neg:
    """Look-alikes in the same shapes, drawn in turn."""

    def __init__(self):
        self.k = rng.randrange(12)

    def add(self, p, lead):
        self.k += 1
        k = self.k % 12
        p.t(lead)
        if k == 0:
            p.t('"order_id": ').s("NEG_ID", str(rng.randrange(10 ** 9, 10 ** 10))).t(",\n")
        elif k == 1:
            p.t('"tracking": ').s("NEG_ID", str(rng.randrange(10 ** 11, 10 ** 12))).t(",\n")
        elif k == 2:
            p.t('"app_version": [').s("NEG_VERSION", str(rng.randrange(1, 30))).t(", ")
            p.t(str(rng.randrange(0, 12)) + ", " + str(rng.randrange(0, 40)) + "],\n")
        elif k == 3:
            p.t('"created": [').s("NEG_DATE", str(rng.randrange(2019, 2027))).t(
                ", %d, %d],\n" % (rng.randrange(1, 13), rng.randrange(1, 29)))
        elif k == 4:
            p.t('"product": ["').s("NEG_PRODUCT", rng.choice(["Galaxy", "Pixel", "Fairphone", "Kindle"]))
            p.t('", "').s("NEG_PRODUCT", rng.choice(["Ultra", "Paperwhite", "Pro Max", "Lite"])).t('"],\n')
        elif k == 5:
            p.t('"').s("NEG_ID", "SKU-" + str(rng.randrange(100000, 999999))).t('": {"qty": 2},\n')
        elif k == 6:
            sp = rng.choice(["\u00a0", "\u202f", "\u2009"])
            p.t('"total": "').s("NEG_AMOUNT", "%d%s%03d,%02d\u00a0€" % (
                rng.randrange(1, 99), sp, rng.randrange(1000), rng.randrange(100))).t('",\n')
        elif k == 7:
            p.t('"member_no": ').s("NEG_ID", str(rng.randrange(10 ** 7, 10 ** 8))).t(",\n")
        elif k == 8:
            parts = [str(rng.randrange(1000, 9999)) for _ in range(4)]
            p.t('"voucher": [')
            for j, x in enumerate(parts):
                p.t(", " if j else "").t('"').s("NEG_ID", x).t('"')
            p.t("],\n")
        elif k == 9:
            p.t('"build": "').s("NEG_VERSION", "%d\u2011%d\u2011%d" % (
                rng.randrange(1, 9), rng.randrange(0, 20), rng.randrange(100, 999))).t('",\n')
        elif k == 10:
            p.t('"ref": "').s("NEG_ID", wide("A" + str(rng.randrange(10 ** 6, 10 ** 7)))).t('",\n')
        else:
            p.t('"last_login": [').s("NEG_DATE", str(rng.randrange(2020, 2027))).t(
                ", %d, %d, %d, %d],\n" % (rng.randrange(1, 13), rng.randrange(1, 29),
                                         rng.randrange(0, 24), rng.randrange(0, 60)))


def frame_api(lg, p, neg):
    g, s = person(lg)
    y, m, d = birth_dmy()
    cc, gs, trunk = phone_groups(lg)
    p.t("```json\n{\n")
    nv = 0
    k = rng.randrange(4)
    if k == 0:
        p.t('"').s("EMAIL_ADDRESS", email(g, s, mark=False)).t('": {\n  "name": ["').s("PERSON", g)
        p.t('", "').s("PERSON", s).t('"],\n')
    elif k == 1:
        p.t('"').s("PERSON", g + " " + s).t('": {\n  "email": "').s("EMAIL_ADDRESS", email(g, s)).t('",\n')
    else:
        p.t('"user": {\n  "name": ["').s("PERSON", g).t('", "').s("PERSON", s).t('"],\n')
    nv += 2
    if rng.random() < 0.5:
        p.t('  "phone": ').s("PHONE_NUMBER", cc + "".join(gs)).t(",\n")
    else:
        p.t('  "phone": [')
        pieces = ["+" + cc] + gs if rng.random() < 0.5 else [trunk + gs[0]] + gs[1:]
        for j, x in enumerate(pieces):
            if len(x) >= 3:
                PIECES.append(len(p.spans))
            p.t(", " if j else "").t('"').s("PHONE_NUMBER" if len(x) >= 3 else None, x).t('"')
        p.t("],\n")
    nv += 1
    p.t('  "%s": [' % rng.choice(["birth_date", "dob", "date_of_birth", "birthday", "geburtsdatum"]))
    p.s("DATE_OF_BIRTH", str(y)).t(", %d, %d],\n" % (m, d))
    nv += 1
    if rng.random() < 0.6:
        card = luhn(rng.choice(["4", "51", "55", "2221"]), 16)
        if rng.random() < 0.5:
            p.t('  "card_number": ').s("CREDIT_CARD", card).t(",\n")
        else:
            p.t('  "card": [')
            for j in range(4):
                PIECES.append(len(p.spans))
                p.t(", " if j else "").t('"').s("CREDIT_CARD", card[4 * j:4 * j + 4]).t('"')
            p.t("],\n")
        nv += 1
    p.t('  "address": "').s("STREET_ADDRESS", street(lg)).t('",\n')
    nv += 1
    for _ in range(nv):
        neg.add(p, "  ")
    p.t('  "status": "active"\n}\n}\n```\n')


def frame_copy(lg, p, neg):
    L = LABEL[lg]
    g, s = person(lg)
    y, m, d = birth_dmy()
    p.t("%s: " % L[0]).s("PERSON", marked(g) + rng.choice([" ", "\u00a0"]) + marked(s)).t("\n")
    p.t("%s: " % L[1]).s("PHONE_NUMBER", phone_text(lg)).t("\n")
    p.t("%s: " % L[2]).s("EMAIL_ADDRESS", email(g, s)).t("\n")
    p.t("%s: " % L[3]).s("STREET_ADDRESS", street(lg)).t("\n")
    sep = rng.choice([".", "/", "\u2011", "\u2013"])
    p.t("%s: " % L[4]).s("DATE_OF_BIRTH", "%02d%s%02d%s%d" % (d, sep, m, sep, y)).t("\n")
    g2, s2 = person(lg)
    p.t("\n").s("PERSON", marked(g2)).t(" %s " % {"en": "will join", "de": "kommt mit", "fr": "vient aussi",
                                                 "nl": "komt mee", "es": "viene también",
                                                 "it": "viene anche"}[lg]).t("\n\n")
    p.t("<copied metadata>\n{\n")
    for _ in range(6):
        neg.add(p, "")
    p.t("}\n")


def frame_wide(lg, p, neg):
    L = LABEL[lg]
    g, s = person(lg)
    cc, gs, trunk = phone_groups(lg)
    card = luhn(rng.choice(["4", "53", "2221"]), 16)
    p.t("%s：" % L[0]).s("PERSON", wide(fold(g)) + "\u3000" + wide(fold(s))).t("\n")
    p.t("%s：" % L[1]).s("PHONE_NUMBER", wide("+" + cc + "-" + "-".join(gs))).t("\n")
    p.t("%s：" % L[2]).s("EMAIL_ADDRESS", wide(email(g, s, mark=False))).t("\n")
    p.t("%s：" % L[5]).s("CREDIT_CARD", "\u3000".join(wide(card[4 * j:4 * j + 4]) for j in range(4))).t("\n")
    p.t("\n{\n")
    for _ in range(4):
        neg.add(p, "")
    p.t("}\n")


FRAMES = [("api", frame_api), ("copy", frame_copy), ("wide", frame_wide)]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(12):
        for lg in LANGS:
            for fname, fn in FRAMES:
                p = P()
                del PIECES[:]
                neg = Neg()
                fn(lg, p, neg)
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": lg, "class": fname, "family": fname,
                                                   "api": api, "ascii": ascii_,
                                                   "pieces": list(PIECES)})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
