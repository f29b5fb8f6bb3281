#!/usr/bin/env python3
"""gen_chars57.py: e-mails, phones and cards in other characters, third round (stop 57).

Written from the twenty-fifth blind set's public brief (its `chars` family: Unicode spaces,
invisible characters inside, fullwidth, Arabic-Indic and Devanagari digits, dashes, dots,
slashes, no separator, entities, percent and quoted-printable, [at] and (dot), wrapped at 76
columns, box-drawn tables, mixed case) and from the forms people paste, not from hush's rules.
Each value takes one transform or a combination of two (full-width digits and no-break groups,
entities and mixed case, quoted-printable and a 76-column wrap, ZWSP and dashes...). E-mails are
also written the ways people hide them (`name [at] host [dot] com`, `name(at)host.com`,
`name＠host．com`, `name @ host . com`, the at and dot words of 16 languages). Phones keep their
national grouping (19 numbering plans), cards their issuer's grouping (4-4-4-4, Amex 4-6-5),
with a share of IBANs and US SSNs. Frames: mail signatures, HTML snippets, PDF copy (a line-end
hyphen or soft hyphen inside a value), spreadsheet rows, terminal box tables, JSON pasted as text,
key=value logs, quoted-printable mail, prose with no label; labels in 16 languages.

Look-alikes (NEG_ spans), one per value and in the same transform: versions, order ids, EAN-13,
UUIDs, hashes, amounts, dates, coordinates, documented addresses (example.com/.org/.net, npm
`name@1.2.3`), 555-01xx phones, 16-digit ids that fail Luhn. Request bodies of four APIs, a third
`\\uXXXX`-escaped. metadata.class is "<frame>/<type>", metadata.shape the value's transforms.
Deterministic: python3 gen_chars57.py > data/chars57.json
"""
import random
import re
import unicodedata
from functools import partial

from gen_bodies import P, ask_body, append_body
from gen_common import write_json
import gen_chars_common as cc

R = random.Random(5757)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs", "hu", "tr",
         "ro", "el"]
luhn_complete = partial(cc.luhn_complete, R)
iban_groups = partial(cc.iban_groups, R, {"DE": 18, "NL": 14, "FR": 23, "ES": 20, "IT": 23,
                                          "BE": 12, "AT": 16, "PL": 24, "PT": 21, "CH": 17})
ssn_groups = partial(cc.ssn_groups, R)


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def d(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


# ---- values as groups ------------------------------------------------------------------------------
# A phone as its national groups: (international groups, national groups).
def phone_plan():
    k = R.randrange(19)
    if k == 0:
        a, s = "30", d(8, "345678")
        return ["+49", a, s[:4], s[4:]], ["0" + a, s]
    if k == 1:
        m = "15" + d(1, "12789")
        s = d(8, "123456789")
        return ["+49", m, s[:4], s[4:]], ["0" + m, s[:4], s[4:]]
    if k == 2:
        g = [R.choice("67")] + ["%02d" % R.randint(10, 99) for _ in range(4)]
        return ["+33"] + g, ["0" + g[0] + g[1]] + g[2:]
    if k == 3:
        s = d(8, "123456789")
        return ["+31", "6", s[:4], s[4:]], ["06", s]
    if k == 4:
        s = d(6, "123456789")
        return ["+44", "7" + d(3, "1234589"), s], ["07" + d(3, "1234589"), s]
    if k == 5:
        g = [d(3, "67"), d(2), d(2), d(2)]
        return ["+34"] + g, g
    if k == 6:
        g = ["3" + d(2, "2345689"), d(3), d(4)]
        return ["+39"] + g, g
    if k == 7:
        g = [d(3, "5678"), d(3), d(3)]
        return ["+48"] + g, g
    if k == 8:
        g = ["7" + R.choice("02369"), d(3), d(2), d(2)]
        return ["+46"] + g, ["0" + g[0] + "-" + g[1]] + g[2:]
    if k == 9:
        g = ["7" + R.choice("5689"), d(3), d(2), d(2)]
        return ["+41"] + g, ["0" + g[0]] + g[1:]
    if k == 10:
        g = ["6" + R.choice(["64", "60", "76", "99"]), d(7, "123456789")]
        return ["+43"] + g, ["0" + g[0], g[1]]
    if k == 11:
        g = ["4" + R.choice("789") + d(1), d(2), d(2), d(2)]
        return ["+32"] + g, ["0" + g[0]] + g[1:]
    if k == 12:
        a, b, c = d(3, "2345678"), d(3, "2346789"), d(4)
        return ["+1", a, b, c], ["(" + a + ")", b + "-" + c]
    if k == 13:
        g = ["9" + R.choice("1236"), d(1), d(3), d(3)]
        return ["+351", g[0] + g[1], g[2], g[3]], [g[0] + g[1], g[2], g[3]]
    if k == 14:
        g = [d(3, "67"), d(3), d(3)]
        return ["+420"] + g, g
    if k == 15:
        g = [R.choice(["20", "30", "70"]), d(3, "123456789"), d(4)]
        return ["+36"] + g, ["06", g[0], g[1], g[2]]
    if k == 16:
        g = ["5" + d(2, "034"), d(3), d(2), d(2)]
        return ["+90"] + g, ["0" + g[0]] + g[1:]
    if k == 17:
        g = ["69" + d(1, "0345789"), d(3), d(4)]
        return ["+30"] + g, [g[0] + g[1] + g[2]]
    g = [d(2, "4"), d(3), d(2), d(2)]
    return ["+358"] + g, ["0" + g[0]] + g[1:]


def phone_groups():
    intl, nat = phone_plan()
    return intl if R.random() < 0.5 else nat


def card_groups():
    k = R.randrange(6)
    if k == 5:  # Amex 4-6-5
        s = luhn_complete(R.choice(["34", "37"]), 15)
        return [s[:4], s[4:10], s[10:]]
    pre = ["4", "51", "53", "2221", "6011", "3528"][k]
    s = luhn_complete(pre, 16)
    return [s[i:i + 4] for i in range(0, 16, 4)]


GIVEN = ["anouk", "bartosz", "cecilia", "dimitris", "elif", "fabrice", "greta", "hannu",
         "ilona", "jiri", "katarzyna", "lorenzo", "mihai", "nuno", "oskar", "pernille", "rhys",
         "soraya", "tereza", "ulla", "valentina", "wiebke", "xavier", "zoltan"]
FAMILY = ["aaltonen", "bergqvist", "costa", "dvorak", "eriksen", "fontaine", "gruber",
          "horvath", "iliescu", "jansen", "kowalczyk", "lombardi", "marquez", "novak",
          "oezdemir", "papadopoulos", "quist", "rasmussen", "szabo", "tavares", "vermeulen",
          "wojcik", "yilmaz", "zeller"]
HOSTS = ["gmx.de", "web.de", "orange.fr", "laposte.net", "ziggo.nl", "telefonica.es",
         "libero.it", "sapo.pt", "wp.pl", "telia.se", "tdcadsl.dk", "elisanet.fi", "seznam.cz",
         "freemail.hu", "ttmail.com.tr", "rdslink.ro", "otenet.gr", "outlook.com", "gmail.com",
         "posteo.de", "skynet.be", "bluewin.ch", "icloud.com", "mailbox.org"]


def email_parts():
    local = R.choice(GIVEN) + R.choice([".", "_", "-", "", "."]) + R.choice(FAMILY)
    if R.random() < 0.25:
        local += str(R.randint(1, 99))
    return local, R.choice(HOSTS)


# ---- character transforms --------------------------------------------------------------------------
SPACES = {"nbsp": "\u00a0", "nnbsp": "\u202f", "thin": "\u2009", "figure": "\u2007",
          "ideo": "\u3000", "en": "\u2002", "mmsp": "\u205f", "hair": "\u200a"}
DASHES = {"hyphen": "\u2010", "nbhyphen": "\u2011", "figdash": "\u2012", "endash": "\u2013",
          "emdash": "\u2014", "minus": "\u2212", "smallminus": "\ufe63", "fwminus": "\uff0d"}
DOTS = {"dot": ".", "middot": "\u00b7", "onedot": "\u2024", "bullet": "\u2219"}
SLASHES = {"slash": "/", "divslash": "\u2215", "fwslash": "\uff0f"}
INVIS = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "bom": "\ufeff",
         "shy": "\u00ad"}
DIGITS = {"fullwidth": 0xFF10, "arabic": 0x0660, "devanagari": 0x0966, "persian": 0x06F0,
          "thai": 0x0E50, "bengali": 0x09E6}
ENTITY_SEPS = ["&nbsp;", "&#160;", "&#xA0;", "&#8209;", "&#x2011;", "&#45;", "&#32;", "&thinsp;",
               "&#8239;", "&ndash;"]


def digits_in(s, script):
    z = DIGITS[script]
    out = "".join(chr(z + ord(c) - 48) if "0" <= c <= "9" else c for c in s)
    if script == "fullwidth":
        out = out.replace("+", "\uff0b").replace("(", "\uff08").replace(")", "\uff09")
    return out


def fullwidth_all(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def in_entity(s, i):
    """Is s[i] inside an entity ("&#52;", "&nbsp;": between its '&' and its ';')?"""
    a = s.rfind("&", 0, i)
    return a >= 0 and ";" not in s[a:i] and re.match(r"&#?\w+;", s[a:]) is not None


def insert_invisible(s, ch, n=1):
    for _ in range(n):
        ok = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
        if not ok:
            break
        i = R.choice(ok)
        if in_entity(s, i):  # never inside an entity: before its '&'
            i = s.rfind("&", 0, i)
        s = s[:i] + ch + s[i:]
    return s


def mixed_case(s):
    return "".join(c.upper() if c.isalpha() and R.random() < 0.5 else c for c in s)


def entity_digits(s):
    """Some digits written as numeric entities (&#52; for 4), as some mail composers do."""
    return "".join("&#%d;" % ord(c) if c.isdigit() and R.random() < 0.3 else c for c in s)


# Group-joining transforms (the separator between a value's groups) and character transforms
# applied after joining. A shape is one of each, or two character transforms.
def sep_choice():
    k = R.randrange(8)
    if k == 0:
        n = R.choice(list(SPACES))
        return n, SPACES[n]
    if k == 1:
        n = R.choice(list(DASHES))
        return n, DASHES[n]
    if k == 2:
        n = R.choice(list(DOTS))
        return n, DOTS[n]
    if k == 3:
        n = R.choice(list(SLASHES))
        return n, SLASHES[n]
    if k == 4:
        return "nosep", ""
    if k == 5:
        e = R.choice(ENTITY_SEPS)
        return "ent" + e.strip("&#;").lower(), e
    if k == 6:
        return "space", " "
    return "dash", "-"


def char_choice(kind):
    """(name, function on the joined value) of a character transform."""
    k = R.randrange(6)
    if k <= 1:
        sc = R.choice(list(DIGITS))
        return sc, lambda s: digits_in(s, sc)
    if k == 2:
        n = R.choice(list(INVIS))
        return n, lambda s: insert_invisible(s, INVIS[n], R.choice([1, 1, 2]))
    if k == 3 and kind in ("card", "phone", "ssn"):
        return "entdigits", entity_digits
    if k == 4 and kind == "iban":
        return "mixedcase", mixed_case
    return "plainchars", lambda s: s


GROUPS = {"card": card_groups, "phone": phone_groups, "iban": iban_groups, "ssn": ssn_groups}


def grouped_value(kind, forced=None):
    """(value, shape) of a card, phone, IBAN or SSN: its groups joined and a character
    transform, or two. forced: (name, separator) instead of a drawn one."""
    groups = GROUPS[kind]()
    sname, sep = forced or sep_choice()
    if kind == "iban" and sname.startswith(("dot", "middot", "onedot", "bullet", "slash",
                                            "divslash", "fwslash")):
        sname, sep = "space", " "
    if kind == "phone" and sname in ("dot", "slash") and groups[0].startswith("+"):
        groups = [groups[0] + " " + groups[1]] + groups[2:]
    fns = []
    cname, fn = char_choice(kind)
    fns.append(fn)
    shape = [sname, cname]
    if R.random() < 0.3:  # a second character transform
        c2, fn2 = char_choice(kind)
        if c2 != cname and not (c2 in DIGITS and cname in DIGITS) and \
                not ("ent" in c2 and cname in DIGITS) and not (c2 in DIGITS and "ent" in cname):
            fns.append(fn2)
            shape.append(c2)
    v = apply_around(groups, sep, fns)
    return v, "+".join(x for x in shape if x != "plainchars")


def apply_around(groups, sep, fns):
    """groups joined by sep, each fn applied: to the groups alone when sep is an entity or a
    box bar (an entity keeps its own ASCII digits), else to the joined value."""
    if sep.startswith("&") or sep.strip() in ("│", "|", "┃", "║", "┆"):
        for fn in fns:
            groups = [fn(g) for g in groups]
        return sep.join(groups)
    v = sep.join(groups)
    for fn in fns:
        v = fn(v)
    return v


# E-mails: the at and dot words of 16 languages, as people write them to hide an address.
AT_WORDS = {"en": ("at", "dot"), "de": ("ät", "punkt"), "fr": ("arobase", "point"),
            "nl": ("apenstaartje", "punt"), "es": ("arroba", "punto"),
            "it": ("chiocciola", "punto"), "pt": ("arroba", "ponto"), "pl": ("małpa", "kropka"),
            "sv": ("snabel-a", "punkt"), "da": ("snabel-a", "punktum"), "fi": ("ät", "piste"),
            "cs": ("zavináč", "tečka"), "hu": ("kukac", "pont"), "tr": ("et", "nokta"),
            "ro": ("arond", "punct"), "el": ("papaki", "teleia")}
BRACKETS = [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">"), (" ", " ")]


def email_value(lg):
    local, host = email_parts()
    k = R.randrange(16)
    if k == 0:
        o, c = R.choice(BRACKETS)
        at = "%sat%s" % (o, c) if o != " " else " at "
        dot = "%sdot%s" % (o, c) if o != " " else " dot "
        if R.random() < 0.5:
            at, dot = at.upper(), dot.upper()
        return local + at + host.replace(".", dot), "atdot_" + ("space" if o == " " else o)
    if k == 1:
        o, c = R.choice(BRACKETS[:3])
        return local + o + "at" + c + host, "at_only_" + o
    if k == 2:
        w_at, w_dot = AT_WORDS[lg]
        if R.random() < 0.5:
            return local + " " + w_at + " " + host.replace(".", " " + w_dot + " "), "words_" + lg
        o, c = R.choice(BRACKETS[:2])
        return local + " " + o + w_at + c + " " + host.replace(".", " " + o + w_dot + c + " "), \
            "wordsbr_" + lg
    if k == 3:
        return local + " @ " + host.replace(".", " . "), "spaced"
    if k == 4:
        return local + "\uff20" + host.replace(".", "\uff0e"), "fw_at_dot"
    if k == 5:
        return fullwidth_all(local + "@" + host), "fullwidth"
    if k == 6:
        n = R.choice(list(INVIS))
        return insert_invisible(local + "@" + host, INVIS[n], R.choice([1, 2])), n
    if k == 7:
        e = R.choice(["&#64;", "&#x40;", "&commat;"])
        v = local + e + host
        if R.random() < 0.4:
            v = v.replace(".", "&#46;")
        if R.random() < 0.5:
            return mixed_case(v), "entity+mixedcase"
        return v, "entity"
    if k == 8:
        e = R.choice(["%40", "%2540"])
        v = local + e + host
        if R.random() < 0.4:
            return mixed_case(v), ("pct" if e == "%40" else "pct2") + "+mixedcase"
        return v, "pct" if e == "%40" else "pct2"
    if k == 9:
        return local + "=40" + host, "qp"
    if k == 10:
        return mixed_case(local + "@" + host), "mixedcase"
    if k == 11:
        n = R.choice(["zwsp", "shy", "zwj"])
        v = insert_invisible(local, INVIS[n]) + "\uff20" + host
        return v, "fw_at+" + n
    if k == 12:
        return local + R.choice(["[@]", "(@)", "{@}"]) + host.replace(".", R.choice(
            ["[.]", "(.)"])), "defang"
    if k == 13:
        return (local + "@" + host).upper(), "upper"
    if k == 14:
        return local + "@" + host.replace(".", R.choice([" . ", "[dot]", "(dot)", " dot "])), \
            "dot_only"
    return local + "@" + host, "plain"


# ---- look-alikes -----------------------------------------------------------------------------------
def ean13():
    while True:
        dd = [int(c) for c in R.choice(["40", "87", "50", "76", "54", "80", "84"])] + \
             [R.randint(0, 9) for _ in range(10)]
        t = sum(n * (3 if i % 2 else 1) for i, n in enumerate(dd))
        s = "".join(map(str, dd)) + str((10 - t % 10) % 10)
        if not luhn_ok(s):
            return s


def bad_luhn16():
    while True:
        s = d(16, "123456789")
        if not luhn_ok(s):
            return s


def neg_groups(kind):
    """(label, groups) of a look-alike in a value's shape."""
    k = R.randrange(9)
    if k == 0:
        return "NEG_VERSION", [str(R.randint(1, 24)), str(R.randint(0, 40)), str(R.randint(0, 99))]
    if k == 1:
        return "NEG_ORDER", [R.choice(["ORD", "PO", "SO", "INV", "RMA"]), str(R.randint(2019, 2026)),
                             d(6)]
    if k == 2:
        e = ean13()
        return "NEG_EAN", [e[0], e[1:7], e[7:]]
    if k == 3:
        s = bad_luhn16()
        return "NEG_ID", [s[i:i + 4] for i in range(0, 16, 4)]
    if k == 4:
        return "NEG_DATE", R.choice([["20%02d" % R.randint(18, 26), "%02d" % R.randint(1, 12),
                                      "%02d" % R.randint(1, 28)],
                                     ["%02d" % R.randint(1, 28), "%02d" % R.randint(1, 12),
                                      "20%02d" % R.randint(18, 26)]])
    if k == 5:
        return "NEG_AMOUNT", [str(R.randint(1, 99)), d(3), d(3) + "," + d(2)]
    if k == 6:
        return "NEG_PHONE555", ["+1", d(3, "2345678"), "555", "01" + d(2)]
    if k == 7:
        return "NEG_TRACKING", [d(4), d(4), d(4)]
    return "NEG_ACCOUNT", [d(3), d(3), d(3)]


def neg_value(kind, shape):
    """A look-alike written with a value's transform."""
    if kind == "email":
        k = R.randrange(6)
        who = R.choice(["user", "jane.doe", "john", "alice", "support", "name"])
        dom = R.choice(["example.com", "example.org", "example.net", "mail.example.com"])
        if k == 0:
            return "NEG_EXAMPLE", who + "@" + dom
        if k == 1:
            return "NEG_EXAMPLE", who + " [at] " + dom.replace(".", " [dot] ")
        if k == 2:
            return "NEG_EXAMPLE", fullwidth_all(who + "@" + dom)
        if k == 3:
            return "NEG_PKG", R.choice(["lodash", "react", "typescript", "@types/node",
                                        "eslint", "vite"]) + "@" + "%d.%d.%d" % (
                R.randint(1, 20), R.randint(0, 30), R.randint(0, 20))
        if k == 4:
            u = "%08x-%04x-%04x-%04x-%012x" % tuple(R.randint(0, 16 ** n - 1)
                                                   for n in (8, 4, 4, 4, 12))
            return "NEG_UUID", mixed_case(u) if "mixed" in shape else u
        h = "".join(R.choice("0123456789abcdef") for _ in range(40))
        return "NEG_HASH", h.upper() if "upper" in shape else h
    lab, g = neg_groups(kind)
    sep = " "
    for n, tab in (("space", {"space": " "}), ("dash", {"dash": "-"}), ("", SPACES), ("", DASHES),
                   ("", DOTS), ("", SLASHES)):
        for nm, ch in tab.items():
            if shape.split("+")[0] == nm:
                sep = ch
    if shape.startswith("nosep"):
        sep = ""
    if shape.startswith("ent"):
        sep = R.choice(ENTITY_SEPS[:3])
    fns = []
    for part in shape.split("+"):
        if part in DIGITS:
            fns.append(partial(digits_in, script=part))
        elif part in INVIS:
            fns.append(partial(insert_invisible, ch=INVIS[part]))
    v = apply_around(g, sep, fns)
    if R.random() < 0.25:
        v = R.choice(["%.6f, %.6f" % (R.uniform(35, 60), R.uniform(-9, 30)),
                      "%08x-%04x-%04x-%04x-%012x" % tuple(R.randint(0, 16 ** n - 1)
                                                          for n in (8, 4, 4, 4, 12))])
        lab = "NEG_COORD" if "," in v else "NEG_UUID"
    return lab, v


# ---- labels and frames -----------------------------------------------------------------------------
LABEL = {  # en de fr nl es it pt pl sv da fi cs hu tr ro el
    "email": ["Email", "E-Mail", "Courriel", "E-mailadres", "Correo", "Email", "E-mail",
              "E-mail", "E-post", "E-mail", "Sähköposti", "E-mail", "E-mail cím", "E-posta",
              "E-mail", "Ηλ. ταχυδρομείο"],
    "phone": ["Phone", "Telefon", "Téléphone", "Telefoon", "Teléfono", "Telefono", "Telefone",
              "Telefon", "Telefon", "Telefon", "Puhelin", "Telefon", "Telefonszám", "Telefon",
              "Telefon", "Τηλέφωνο"],
    "card": ["Card number", "Kartennummer", "Numéro de carte", "Kaartnummer",
             "Número de tarjeta", "Numero carta", "Número do cartão", "Numer karty",
             "Kortnummer", "Kortnummer", "Kortin numero", "Číslo karty", "Kártyaszám",
             "Kart numarası", "Număr card", "Αριθμός κάρτας"],
    "iban": ["IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN",
             "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN"],
    "ssn": ["SSN", "US-SSN", "N° sécu (US)", "SSN (VS)", "Nº Seguro Social (EE. UU.)",
            "SSN (USA)", "SSN (EUA)", "SSN (USA)", "SSN (USA)", "SSN (USA)", "SSN (USA)",
            "SSN (USA)", "SSN (USA)", "SSN (ABD)", "SSN (SUA)", "SSN (ΗΠΑ)"],
}
NEG_LABEL = {"NEG_VERSION": "Version", "NEG_ORDER": "Order", "NEG_EAN": "EAN",
             "NEG_ID": "Ref", "NEG_DATE": "Date", "NEG_AMOUNT": "Total",
             "NEG_PHONE555": "Demo line", "NEG_TRACKING": "Tracking", "NEG_ACCOUNT": "Customer no.",
             "NEG_COORD": "GPS", "NEG_UUID": "Request id", "NEG_EXAMPLE": "Example",
             "NEG_PKG": "Dependency", "NEG_HASH": "Commit"}
ENT = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "card": "CREDIT_CARD",
       "iban": "IBAN_CODE", "ssn": "US_SSN"}
ASK = {"en": "Please clean up this contact data:", "de": "Bitte diese Kontaktdaten bereinigen:",
       "fr": "Peux-tu remettre ces données en forme ?", "nl": "Kun je deze gegevens opschonen?",
       "es": "¿Puedes ordenar estos datos?", "it": "Puoi sistemare questi dati?",
       "pt": "Podes organizar estes dados?", "pl": "Uporządkuj proszę te dane:",
       "sv": "Kan du städa upp de här uppgifterna?", "da": "Kan du rydde op i disse data?",
       "fi": "Voitko siistiä nämä tiedot?", "cs": "Můžeš upravit tato data?",
       "hu": "Rendbe tennéd ezeket az adatokat?", "tr": "Bu verileri düzenler misin?",
       "ro": "Poți aranja aceste date?", "el": "Mporeis na taksinomiseis auta ta stoixeia?"}
PROSE = {"en": ("you can reach me on", "or"), "de": ("erreichbar unter", "oder"),
         "fr": ("joignable au", "ou"), "nl": ("bereikbaar via", "of"),
         "es": ("me puedes escribir a", "o"), "it": ("mi trovi a", "oppure"),
         "pt": ("podes contactar-me em", "ou"), "pl": ("pisz na", "albo"),
         "sv": ("nå mig på", "eller"), "da": ("skriv til", "eller"),
         "fi": ("tavoitat minut", "tai"), "cs": ("pište na", "nebo"),
         "hu": ("elérhető itt:", "vagy"), "tr": ("bana ulaşın:", "veya"),
         "ro": ("mă găsiți la", "sau"), "el": ("epikoinonia sto", "i")}


def value_of(kind, lg):
    if kind == "email":
        return email_value(lg)
    return grouped_value(kind)


def items_for(lg, kinds):
    """[(kind, label, value, shape, neg_label, neg_value)] for each kind."""
    out = []
    for kind in kinds:
        v, shape = value_of(kind, lg)
        nl, nv = neg_value(kind, shape)
        out.append((kind, LABEL[kind][LANGS.index(lg)], v, shape, nl, nv))
    return out


def f_sig(doc, lg, items):
    doc.t("--\n").s("PERSON", R.choice(["Anouk", "Bartosz", "Cecilia", "Dimitris", "Elif",
                                        "Fabrice"]))
    doc.t(" | " + R.choice(["Sales", "Support", "Einkauf", "Achats", "Ventas", "Logistica"]) + "\n")
    for kind, lab, v, _, nl, nv in items:
        short = {"email": R.choice(["E:", "✉", "Mail:", lab + ":"]),
                 "phone": R.choice(["T:", "M:", "☎", "Tel.", lab + ":"])}.get(kind, lab + ":")
        doc.t(short + " ").s(ENT[kind], v).t("\n")
        doc.t(NEG_LABEL[nl] + ": ").s(nl, nv).t("\n")


def f_html(doc, lg, items):
    doc.t("<table class=\"contact\">\n")
    for kind, lab, v, _, nl, nv in items:
        if kind == "email" and R.random() < 0.5:
            doc.t("<tr><td>%s</td><td><a href=\"mailto:" % lab).s(ENT[kind], v).t("\">").s(
                ENT[kind], v).t("</a></td></tr>\n")
        else:
            doc.t("<tr><td>%s</td><td>" % lab).s(ENT[kind], v).t("</td></tr>\n")
        doc.t("<tr><td>%s</td><td>" % NEG_LABEL[nl]).s(nl, nv).t("</td></tr>\n")
    doc.t("</table>\n")


def pdf_break(v):
    """A value cut at a PDF line end: a hyphen or a soft hyphen, then the line break."""
    ok = [i for i in range(2, len(v) - 2) if v[i - 1].isalnum() and v[i].isalnum()]
    if not ok:
        return v, ""
    i = R.choice(ok)
    if in_entity(v, i):  # never inside an entity: before its '&'
        i = v.rfind("&", 0, i)
    mark = R.choice(["-\n", "\u00ad\n", "\n"])
    return v[:i] + mark + v[i:], {"-\n": "+pdfhyphen", "\u00ad\n": "+pdfshy", "\n": "+pdfbreak"}[
        mark]


def f_pdf(doc, lg, items):
    doc.t("[copied from PDF]\n")
    out = []
    for kind, lab, v, shape, nl, nv in items:
        if R.random() < 0.5:
            v, extra = pdf_break(v)
            shape += extra
        out.append(shape)
        doc.t(lab + " ").s(ENT[kind], v).t("\n" + NEG_LABEL[nl] + " ").s(nl, nv).t("\n")
    return out


def f_sheet(doc, lg, items):
    sep = R.choice([";", ",", "\t"])
    doc.t(sep.join([x[1] for x in items] + [NEG_LABEL[x[4]] for x in items]) + "\n")
    row = P()
    first = True
    for part in [(ENT[x[0]], x[2]) for x in items] + [(x[4], x[5]) for x in items]:
        if not first:
            row.t(sep)
        first = False
        row.s(part[0], part[1])
    doc.add(row).t("\n")


def f_box(doc, lg, items):
    w = max(len(x[1]) for x in items + [("", NEG_LABEL[x[4]]) for x in items]) + 2
    bars = R.choice([("┌", "┬", "┐", "│", "└", "┴", "┘", "─"), ("╔", "╦", "╗", "║", "╚", "╩", "╝",
                                                            "═"), ("+", "+", "+", "|", "+", "+",
                                                                   "+", "-")])
    doc.t(bars[0] + bars[7] * w + bars[1] + bars[7] * 32 + bars[2] + "\n")
    for kind, lab, v, _, nl, nv in items:
        doc.t(bars[3] + " " + lab.ljust(w - 1) + bars[3] + " ").s(ENT[kind], v).t(
            " " * max(1, 31 - len(v)) + bars[3] + "\n")
        doc.t(bars[3] + " " + NEG_LABEL[nl].ljust(w - 1) + bars[3] + " ").s(nl, nv).t(
            " " * max(1, 31 - len(nv)) + bars[3] + "\n")
    doc.t(bars[4] + bars[7] * w + bars[5] + bars[7] * 32 + bars[6] + "\n")


def f_boxgroups(doc, lg, items):
    """A card, phone or IBAN typed into a form's boxes, copied as one row of cells."""
    bar = R.choice(["│", "|", "┃", "║", "┆"])
    pad = R.random() < 0.5
    j = (" %s " % bar) if pad else bar
    out = []
    for kind, lab, v, shape, nl, nv in items:
        if kind in ("card", "phone", "iban"):
            v, shape = grouped_value(kind, ("box" + ("pad" if pad else ""), j))
        out.append(shape)
        doc.t(lab + ": " + bar + (" " if pad else "")).s(ENT[kind], v).t(
            (" " if pad else "") + bar + "\n")
        doc.t(NEG_LABEL[nl] + ": ").s(nl, nv).t("\n")
    return out


def f_json(doc, lg, items):
    keys = {"email": "email", "phone": "phone", "card": "card_number", "iban": "iban",
            "ssn": "ssn"}
    doc.t("{")
    for i, (kind, lab, v, _, nl, nv) in enumerate(items):
        doc.t(", " if i else "").t("\"%s\": \"" % keys[kind]).s(ENT[kind], v).t("\"")
        doc.t(", \"%s\": \"" % NEG_LABEL[nl].lower().replace(" ", "_").replace(".", "")).s(
            nl, nv).t("\"")
    doc.t("}\n")


def f_kv(doc, lg, items):
    doc.t("2026-03-%02dT%02d:%02d:11Z level=info msg=\"profile updated\"" % (
        R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)))
    keys = {"email": "user_email", "phone": "phone", "card": "pan", "iban": "iban", "ssn": "ssn"}
    for kind, lab, v, _, nl, nv in items:
        q = "\"" if " " in v else ""
        doc.t(" %s=%s" % (keys[kind], q)).s(ENT[kind], v).t(q)
        q = "\"" if " " in nv else ""
        doc.t(" %s=%s" % (NEG_LABEL[nl].lower().replace(" ", "_").replace(".", ""), q)).s(
            nl, nv).t(q)
    doc.t("\n")


def f_prose(doc, lg, items):
    intro, orr = PROSE[lg]
    first = True
    for kind, lab, v, _, nl, nv in items:
        doc.t(("" if first else " " + orr + " ") + (intro + " " if first else "")).s(ENT[kind], v)
        first = False
    doc.t(".\n")
    doc.t("(")
    for i, (kind, lab, v, _, nl, nv) in enumerate(items):
        doc.t("; " if i else "").t(NEG_LABEL[nl].lower() + " ").s(nl, nv)
    doc.t(")\n")


def fold(text, spans, width, brk):
    """text with every line longer than width cut at width (brk inserted: "\\n" for a hard
    wrap, "=\\n" for quoted-printable); spans that hold a cut keep it inside."""
    cuts = []
    col = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            col = 0
            continue
        if col == width - len(brk) + 1:
            # quoted-printable never cuts an =XX escape: the cut moves before its '='
            back = next((b for b in (1, 2) if brk != "\n" and text[i - b] == "="), 0)
            amp = text.rfind("&", i - 9, i)  # nor does a wrap cut an entity: before its '&'
            if amp >= 0 and re.match(r"&#?\w+;", text[amp:]) and ";" not in text[amp:i]:
                back = i - amp
            cuts.append(i - back)
            col = back
        col += 1
    out, pos = [], 0
    for c in cuts:
        out.append(text[pos:c])
        out.append(brk)
        pos = c
    out.append(text[pos:])

    def moved(p, is_end):
        n = sum(1 for c in cuts if c < p or (c == p and not is_end))
        return p + n * len(brk)
    new = [dict(s, start_position=moved(s["start_position"], False),
                end_position=moved(s["end_position"], True)) for s in spans]
    t = "".join(out)
    for s in new:
        s["entity_value"] = t[s["start_position"]:s["end_position"]]
    return t, new


def f_wrap(doc, lg, items, qp):
    """A mail body folded at 76 columns: each value's line padded so the cut falls inside it."""
    body = P()
    if qp:
        body.t("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
               "quoted-printable\n\n")
    filler = ["Hallo zusammen, hier die neuen Daten", "Bonjour, voici les coordonnées",
              "Hi all, the updated details are below", "Hola, aquí van los datos nuevos",
              "Ciao, ecco i dati aggiornati del cliente"]
    for kind, lab, v, _, nl, nv in items:
        for lab_, val, ent in ((lab, v, ENT[kind]), (NEG_LABEL[nl], nv, nl)):
            head = R.choice(filler) + " - " + lab_ + ": "
            cut = R.randint(2, max(2, len(val) - 2))
            want = 76 - (3 if qp else 1) - cut + 1
            while len(head) < want:
                head = "-" + head if R.random() < 0.5 else head.replace(" - ", " -- ", 1)
            head = head[len(head) - want:] if len(head) > want else head
            body.t(head).s(ent, val).t("\n")
    t, sp = fold(body.text, body.spans, 76, "=\n" if qp else "\n")
    base = len(doc.text)
    doc.text += t
    for s in sp:
        doc.spans.append(dict(s, start_position=s["start_position"] + base,
                              end_position=s["end_position"] + base))


def qp_value(kind, v):
    """v as quoted-printable writes it: '=' and every non-ASCII character's UTF-8 bytes as =XX
    ('@' as =40, '+' as =2B, which encoders that escape them write)."""
    out = []
    for ch in v:
        if ch == "@" or (ch == "+" and R.random() < 0.6) or ord(ch) > 126 or ch == "=":
            out.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def qp_item(lg, item):
    kind, lab, v, shape, nl, nv = item
    if any(ord(c) > 126 for c in v):
        if kind == "email":
            local, host = email_parts()
            v, shape = local + "@" + host, "plain"
        else:
            sep = R.choice([" ", "-"])
            v, shape = sep.join(GROUPS[kind]()), "space" if sep == " " else "dash"
    nv = "".join(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else
                 (c if ord(c) < 127 or c in "＠" else " ") for c in nv)
    return kind, lab, qp_value(kind, v), shape + "+qp", nl, qp_value(kind, nv)


FRAMES = [("sig", f_sig), ("html", f_html), ("pdf", f_pdf), ("sheet", f_sheet), ("box", f_box),
          ("boxcells", f_boxgroups), ("json", f_json), ("kv", f_kv), ("prose", f_prose),
          ("wrap76", partial(f_wrap, qp=False)), ("qp76", partial(f_wrap, qp=True))]
KIND_MIX = ["email"] * 7 + ["phone"] * 6 + ["card"] * 5 + ["iban"] * 2 + ["ssn"]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for fname, fn in FRAMES:
        for k in range(44):
            lg = LANGS[(n + n // len(LANGS)) % len(LANGS)]
            kinds = []
            for _ in range(R.choice([1, 2, 2, 3])):
                kind = R.choice(KIND_MIX)
                if kind not in kinds and not (fname == "prose" and kind in ("iban", "ssn")):
                    kinds.append(kind)
            if not kinds:
                kinds = ["phone"]
            items = items_for(lg, kinds)
            if fname == "qp76":  # ASCII values, '@' and '+' as the encoder writes them
                items = [qp_item(lg, it) for it in items]
            doc = P()
            shapes = fn(doc, lg, items) or [x[3] for x in items]
            ascii_ = n % 3 == 0
            api = apis[n % 4]
            body, spans = ask_body(api, ASK[lg], doc.text, doc.spans, ascii_, n % 2 == 1)
            meta = {"locale": lg, "class": fname + "/" + "+".join(kinds), "api": api,
                    "ascii": ascii_, "shapes": [k + ":" + (s or "plain")
                                                for k, s in zip(kinds, shapes)]}
            append_body(records, body, spans, meta)
            n += 1
    write_json(records)


main()
