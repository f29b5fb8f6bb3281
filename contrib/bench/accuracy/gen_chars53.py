#!/usr/bin/env python3
"""gen_chars53.py: identifiers in other characters, in the frames they travel in (stop 53).

chars52 crossed every identifier type with every character shape, one value to a line. This corpus
is written from the same public brief (the twenty-fifth blind set's `chars` family) but with
shapes and frames chars52 does not have: a mail body in quoted-printable wrapped at 76 columns
(soft breaks `=` newline inside values, `=40`, `=2B`, `=3D`) and in format=flowed; HTML with
`&nbsp;`, numeric entities and `<wbr>` inside values; PDF-to-text with a soft hyphen or a hyphen
at a line end inside a value and ligatures (U+FB01/FB02) in names; RTL text with U+200F, U+061C
and isolates around values and Persian digits (U+06F0..); spreadsheet exports with U+00A0 and
U+202F between groups and in amounts; terminal output with box-drawing characters between groups;
full-width values with ideographic spaces; Thai, Bengali and Persian digits; U+200D, U+200C,
U+FEFF and U+00AD inside; U+2012, U+2212, U+2011 and U+FF0D as group separators; mixed-case hex
keys; percent-encoding inside URLs and form bodies (`+` for a space); `[at]`, `(at)`, ` at `,
U+FF20 and `[dot]`. Request bodies of four APIs (chat, anthropic, gemini, responses), a third
`\\u`-escaped. metadata.class is "<frame>/<type>".

Look-alikes (NEG_ spans) in the same characters: versions, order ids, EAN-13, UUIDs, hashes,
amounts with U+00A0/U+202F thousands, dates, coordinates, build numbers.
Deterministic: python3 gen_chars53.py > data/chars53.json
"""
import json
import random
from functools import partial

from gen_bodies import P, place_text
from gen_common import B62, write_json
import gen_chars_common as cc

R = random.Random(5353)
luhn_complete = partial(cc.luhn_complete, R)
card_groups = partial(cc.card_groups, R, ["4", "51", "53", "55", "2720", "6011", "3528", "4000"])


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def ean13(prefix):
    while True:
        d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(12 - len(prefix))]
        t = sum(n * (3 if i % 2 else 1) for i, n in enumerate(d))
        s = "".join(map(str, d)) + str((10 - t % 10) % 10)
        if not luhn_ok(s):
            return s


IBAN_SPEC = {"DE": 18, "NL": 14, "FR": 23, "ES": 20, "AT": 16, "BE": 12, "PL": 24, "SE": 20,
             "CH": 17, "PT": 21}


iban_groups = partial(cc.iban_groups, R, IBAN_SPEC)
ssn_groups = partial(cc.ssn_groups, R)
phone_groups = partial(cc.phone_groups, R, nl=True)
ipv4_groups = partial(cc.ipv4_groups, R, [31, 46, 62, 78, 82, 91, 94, 109, 151, 178, 188, 213, 217])
ipv6_groups = partial(cc.ipv6_groups, R)


GIVEN = ["fiona", "filip", "florian", "rafael", "agnieszka", "mehmet", "leila", "siddharth",
         "chloe", "joost", "benedikt", "maren", "arash", "yasmin", "olufemi", "krisztina"]
FAMILY = ["aldana", "brandt", "van.der.berg", "ciobanu", "ekstrom", "fischer", "guerin", "haddad",
          "ivanova", "jovanovic", "karimi", "lacroix", "mazur", "nieminen", "ortega", "pereira"]
DOMAINS = ["web.de", "t-online.de", "free.fr", "kpnmail.nl", "tiscali.it", "onet.pl", "bluewin.ch",
           "sapo.pt", "yahoo.es", "icloud.com", "proton.me", "hotmail.co.uk"]


def email_parts():
    d = R.choice(DOMAINS)
    host, tld = d.split(".", 1)
    return R.choice(GIVEN) + R.choice([".", "_", "-", ""]) + R.choice(FAMILY), host, tld


def hex_key(n):
    return "".join(R.choice("0123456789abcdefABCDEF") for _ in range(n))


def secret_value():
    k = R.randint(0, 4)
    if k == 0:
        return "sk-ant-api03-" + "".join(R.choice(B62 + "-_") for _ in range(60))
    if k == 1:
        return "github_pat_" + "".join(R.choice(B62) for _ in range(22)) + "_" + "".join(
            R.choice(B62) for _ in range(40))
    if k == 2:
        return "xoxb-%d-%d-" % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 11, 10 ** 12)) + \
            "".join(R.choice(B62) for _ in range(24))
    if k == 3:
        return "AIza" + "".join(R.choice(B62 + "-_") for _ in range(35))
    return "sk-" + "".join(R.choice(B62) for _ in range(48))


ENT = {"card": "CREDIT_CARD", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE", "ssn": "US_SSN",
       "email": "EMAIL_ADDRESS", "ipv4": "IP_ADDRESS", "ipv6": "IP_ADDRESS", "secret": "SECRET",
       "hexkey": "SECRET"}
GROUPS = {"card": card_groups, "phone": phone_groups, "iban": iban_groups, "ssn": ssn_groups,
          "ipv4": ipv4_groups, "ipv6": ipv6_groups}
LABEL = {  # per language: en de fr nl es it pl sv
    "card": ["Card number", "Kartennummer", "N° de carte", "Kaartnummer", "Tarjeta", "Carta",
             "Karta", "Kortnummer"],
    "phone": ["Mobile", "Mobil", "Portable", "Mobiel", "Móvil", "Cellulare", "Komórka", "Mobil"],
    "iban": ["IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN"],
    "ssn": ["SSN", "Social Security No.", "SSN (US)", "US-SSN", "Nº Seguro Social (EE.UU.)",
            "SSN", "SSN", "SSN"],
    "email": ["Email", "E-Mail", "Courriel", "E-mail", "Correo", "Email", "E-mail", "E-post"],
    "ipv4": ["Source IP", "Quell-IP", "IP source", "Bron-IP", "IP origen", "IP sorgente",
             "IP źródłowe", "Käll-IP"],
    "ipv6": ["Source IPv6", "Quell-IPv6", "IPv6 source", "Bron-IPv6", "IPv6 origen",
             "IPv6 sorgente", "IPv6 źródłowe", "Käll-IPv6"],
    "secret": ["API key", "API-Schlüssel", "Clé API", "API-sleutel", "Clave API", "Chiave API",
               "Klucz API", "API-nyckel"],
    "hexkey": ["api_secret", "client_secret", "secret_key", "api_token", "access_key",
               "webhook_secret", "signing_secret", "auth_token"],
}

DIG = {"fullwidth": 0xFF10, "thai": 0x0E50, "bengali": 0x09E6, "persian": 0x06F0,
       "arabic": 0x0660}


def digits_in(s, script):
    z = DIG[script]
    return "".join(chr(z + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in s)


def base_sep(kind):
    return {"ipv4": ".", "ipv6": ":"}.get(kind, " ")


def plain(kind):
    if kind == "email":
        a, h, t = email_parts()
        return a + "@" + h + "." + t
    if kind == "secret":
        return secret_value()
    if kind == "hexkey":
        return hex_key(R.choice([32, 40, 64]))
    g = GROUPS[kind]()
    return base_sep(kind).join(g)


def joined(kind, sep):
    """kind's groups joined by sep (IP addresses keep their dots and colons)."""
    return sep.join(GROUPS[kind]())


def insert_inside(s, ch):
    ok = [i for i in range(2, len(s) - 1) if s[i - 1].isalnum() and s[i].isalnum()]
    i = R.choice(ok or list(range(1, len(s))))
    return s[:i] + ch + s[i:]


# ---- look-alikes ---------------------------------------------------------------------------------
def neg_value(style):
    """A look-alike, written in the frame's characters."""
    k = R.randint(0, 9)
    if k == 0:
        v = "v%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99))
        lab = "NEG_VERSION"
    elif k == 1:
        v = "ORD\u2011%d\u2011%06d" % (R.randint(2019, 2026), R.randint(0, 999999))
        lab = "NEG_ID"
    elif k == 2:
        e = ean13(R.choice(["40", "87", "50", "76"]))
        v = R.choice([e, e[0] + "\u00a0" + e[1:7] + "\u00a0" + e[7:]])
        lab = "NEG_EAN"
    elif k == 3:
        u = "%08x-%04x-%04x-%04x-%012x" % tuple(R.randint(0, 16 ** n - 1) for n in (8, 4, 4, 4, 12))
        v = "".join(c.upper() if R.random() < 0.5 else c for c in u)
        lab = "NEG_ID"
    elif k == 4:
        v = "sha256:" + hex_key(64).lower() if R.random() < 0.5 else hex_key(40)
        lab = "NEG_HASH"
    elif k == 5:
        sep = R.choice(["\u00a0", "\u202f", " "])
        v = "%d%s%03d%s%03d,%02d\u00a0€" % (R.randint(1, 9), sep, R.randint(0, 999), sep,
                                          R.randint(0, 999), R.randint(0, 99))
        lab = "NEG_AMOUNT"
    elif k == 6:
        v = "%02d\u2012%02d\u2012%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2015, 2026))
        lab = "NEG_DATE"
    elif k == 7:
        v = "%.6f, %.6f" % (R.uniform(35, 60), R.uniform(-9, 30))
        lab = "NEG_COORD"
    elif k == 8:
        v = "build %d.%d" % (R.randint(20200101, 20261231), R.randint(1, 40))
        lab = "NEG_ID"
    else:
        v = "INV %04d %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 9999))
        while luhn_ok(v.replace(" ", "")[4:] if False else "".join(c for c in v if c.isdigit())):
            v = "INV %04d %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999),
                                        R.randint(0, 9999))
        lab = "NEG_ID"
    if style in DIG and lab in ("NEG_VERSION", "NEG_DATE", "NEG_AMOUNT", "NEG_ID") \
            and R.random() < 0.6:
        v = digits_in(v, style)
    if style == "fullwidth" and R.random() < 0.6:
        v = fullwidth(v)
    return lab, v


NEG_LEAD = {"NEG_VERSION": "client ", "NEG_ID": "ref ", "NEG_EAN": "EAN ", "NEG_HASH": "commit ",
            "NEG_AMOUNT": "total ", "NEG_DATE": "date ", "NEG_COORD": "location "}


def add_neg(doc, style, lead=""):
    lab, v = neg_value(style)
    doc.t(lead + NEG_LEAD[lab])
    doc.s(lab, v)


# ---- frames --------------------------------------------------------------------------------------
def qp_encode_char(c):
    if c == "\n" or (" " <= c <= "~" and c != "="):
        return c
    return "".join("=%02X" % b for b in c.encode("utf-8"))


def qp_doc(segments):
    """segments: (label or None, decoded text, ascii chars to escape). The whole quoted-printable
    body, wrapped at 76 columns with soft breaks, spans on the encoded value (breaks inside)."""
    enc = []  # (label, encoded text)
    for lab, text, escape in segments:
        out = "" if escape is not None else text
        for c in text if escape is not None else "":
            out += "=%02X" % ord(c) if c in escape else qp_encode_char(c)
        enc.append((lab, out))
    doc = P()
    col = 0
    for lab, text in enc:
        piece = ""
        i = 0
        while i < len(text):
            tok = text[i:i + 3] if text[i] == "=" else text[i]
            if tok == "\n":
                piece += "\n"
                col = 0
                i += 1
                continue
            if col + len(tok) > 75:
                piece += "=\n"
                col = 0
            piece += tok
            col += len(tok)
            i += len(tok)
        doc.s(lab, piece) if lab else doc.t(piece)
    return doc


MAIL_TEXT = [
    ("Hello, please update the customer record with the following details, which the client "
     "sent by post last week and confirmed again on the phone this morning: "),
    ("Guten Tag, bitte tragen Sie die folgenden Angaben in das Kundenkonto ein, die uns der "
     "Kunde heute Vormittag noch einmal schriftlich bestätigt hat: "),
    ("Bonjour, merci de mettre à jour la fiche client avec les coordonnées suivantes, "
     "confirmées par écrit ce matin par le titulaire du contrat : "),
    ("Hallo, wil je het klantdossier bijwerken met de volgende gegevens, die de klant vanochtend "
     "nog eens schriftelijk heeft bevestigd: "),
]


def frame_mail(kinds, lg, qp):
    segs = [(None, "Content-Type: text/plain; charset=utf-8" +
             ("\nContent-Transfer-Encoding: quoted-printable\n\n" if qp else
              "; format=flowed\n\n"), None),
            (None, MAIL_TEXT[lg % 4], "")]
    for j, kind in enumerate(kinds):
        v = plain(kind)
        esc = ""
        if kind == "email" and R.random() < 0.6:
            esc = "@"
        if kind == "phone" and R.random() < 0.7:
            esc = "+"
        segs.append((None, ("" if j == 0 else R.choice([", ", "; and ", " - "])) +
                     LABEL[kind][lg] + R.choice([": ", " "]), ""))
        segs.append((ENT[kind], v, esc))
        if R.random() < 0.4:
            lab, nv = neg_value("plain")
            segs.append((None, R.choice([" (", ", "]) + NEG_LEAD[lab], ""))
            segs.append((lab, nv, ""))
            segs.append((None, ")" if R.random() < 0.5 else "", ""))
    segs.append((None, ". Thank you, regards from the office team.\n", ""))
    if qp:
        return qp_doc(segs)
    doc = P()  # format=flowed: a soft break is a space before the newline
    col = 0
    for lab, text, _ in segs:
        piece = ""
        for ch in text:
            if ch == "\n":
                col = 0
            elif col >= 72 and ch == " ":
                piece += " \n"
                col = 0
                continue
            col += 1
            piece += ch
        doc.s(lab, piece) if lab else doc.t(piece)
    return doc


def html_value(kind):
    g = None
    if kind in ("card", "iban", "ssn", "phone"):
        g = GROUPS[kind]()
        sep = R.choice(["&nbsp;", "&#160;", "&#xA0;", "&#8209;", "<wbr>", "&#8239;"])
        v = sep.join(g)
        return v.replace("+", R.choice(["&#43;", "&#x2B;", "&plus;", "+"]))
    if kind == "email":
        a, h, t = email_parts()
        at = R.choice(["&#64;", "&#x40;", "&commat;", "<wbr>@"])
        dot = R.choice([".", "&#46;", "&period;"])
        return a.replace(".", dot) + at + h + dot + t
    if kind == "ipv4":
        return "&#46;".join(GROUPS[kind]()) if R.random() < 0.5 else "<wbr>.".join(GROUPS[kind]())
    if kind == "ipv6":
        return "&#58;".join(GROUPS[kind]()) if R.random() < 0.5 else ":<wbr>".join(GROUPS[kind]())
    v = plain(kind)
    return insert_inside(v, R.choice(["&shy;", "<wbr>", "&#8203;"]))


def frame_html(kinds, lg):
    doc = P("<table class=\"crm\">\n<tr><th>Field</th><th>Value</th></tr>\n")
    for kind in kinds:
        doc.t("<tr><td>%s</td><td>" % LABEL[kind][lg])
        doc.s(ENT[kind], html_value(kind))
        doc.t("</td></tr>\n")
        if R.random() < 0.5:
            lab, v = neg_value("plain")
            doc.t("<tr><td>%s</td><td>" % NEG_LEAD[lab].strip())
            doc.s(lab, v.replace("\u00a0", "&nbsp;"))
            doc.t("</td></tr>\n")
    return doc.t("</table>\n")


PDF_LEAD = ["Conﬁrmation of your direct debit mandate. The amount will be collected from the "
            "account given below on the ﬁrst working day of each month.",
            "Ofﬁcial notiﬁcation: the beneﬁciary's details as registered in our ﬁles are "
            "listed below; please verify them before signing.",
            "Reisebestätigung — Flugbuchung. Die folgenden Angaben wurden für die Buchung des "
            "Fluges übermittelt und sind zu prüfen."]


def ligate(s):
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


def pdf_value(kind):
    if kind == "email":
        a, h, t = email_parts()
        v = ligate(a) + "@" + h + "." + t
        if R.random() < 0.4:
            i = R.randint(2, len(v) - 2)
            v = v[:i] + "\u00ad\n" + v[i:]
        return v
    v = plain(kind)
    ok = [i for i in range(3, len(v) - 2) if v[i - 1].isalnum() and v[i].isalnum()]
    i = R.choice(ok)
    return v[:i] + R.choice(["\u00ad\n", "-\n", "\u00ad"]) + v[i:]


def frame_pdf(kinds, lg):
    doc = P(PDF_LEAD[lg % 3] + "\n\n")
    for kind in kinds:
        doc.t(ligate(LABEL[kind][lg]) + R.choice([": ", " "]))
        doc.s(ENT[kind], pdf_value(kind))
        doc.t("\n")
        if R.random() < 0.4:
            add_neg(doc, "plain")
            doc.t("\n")
    return doc.t("Page 1 of 2\n")


RTL_LABEL = {"card": ["رقم البطاقة", "شماره کارت", "מספר כרטיס"],
             "phone": ["الهاتف", "تلفن همراه", "טלפון"],
             "iban": ["IBAN", "شماره شبا IBAN", "IBAN"],
             "ssn": ["رقم الضمان الاجتماعي SSN", "SSN", "מספר ביטוח לאומי SSN"],
             "email": ["البريد الإلكتروني", "ایمیل", "דוא\"ל"],
             "ipv4": ["عنوان IP", "آدرس IP", "כתובת IP"],
             "ipv6": ["عنوان IPv6", "آدرس IPv6", "כתובת IPv6"],
             "secret": ["مفتاح API", "کلید API", "מפתח API"],
             "hexkey": ["client_secret", "api_secret", "auth_token"]}
MARKS = [("\u200f", "\u200f"), ("\u061c", "\u061c"), ("\u2066", "\u2069"), ("\u2068", "\u2069"),
         ("\u200e", "\u200e"), ("\u202a", "\u202c")]


def frame_rtl(kinds, lg):
    sc = lg % 3
    doc = P(["يرجى تحديث بيانات العميل التالية:", "لطفاً اطلاعات مشتری را به‌روز کنید:",
             "נא לעדכן את פרטי הלקוח הבאים:"][sc] + "\n")
    for kind in kinds:
        v = plain(kind)
        if sc == 1 and kind in ("card", "phone", "ssn") and R.random() < 0.6:
            v = digits_in(v, "persian")
        elif sc == 0 and kind in ("card", "phone") and R.random() < 0.4:
            v = digits_in(v, "arabic")
        if kind in ("card", "iban", "phone") and R.random() < 0.4:
            v = v.replace(" ", R.choice(["\u200e \u200e", "\u00a0", " \u200f"]))
        a, b = R.choice(MARKS)
        doc.t("\u200f" + RTL_LABEL[kind][sc] + ": " + a)
        doc.s(ENT[kind], v)
        doc.t(b + "\n")
        if R.random() < 0.4:
            doc.t("\u200f")
            add_neg(doc, "persian" if sc == 1 else "plain")
            doc.t("\n")
    return doc


def frame_sheet(kinds, lg):
    sep = R.choice([";", "\t", ","])
    cols = [LABEL[k][lg] for k in kinds] + ["Betrag" if lg == 1 else "Amount"]
    doc = P(sep.join(cols) + "\n")
    for row in range(2):
        for j, kind in enumerate(kinds):
            if kind in ("card", "iban", "ssn", "phone"):
                v = joined(kind, R.choice(["\u00a0", "\u202f"]))
            else:
                v = plain(kind)
            if sep == "," and "," in v:
                v = '"' + v + '"'
            doc.s(ENT[kind], v)
            doc.t(sep)
        lab, nv = "NEG_AMOUNT", "%d%s%03d,%02d" % (R.randint(1, 99), R.choice(["\u00a0", "\u202f"]),
                                                   R.randint(0, 999), R.randint(0, 99))
        if sep == ",":
            doc.t('"')
        doc.s(lab, nv)
        doc.t('"\n' if sep == "," else "\n")
    return doc


BOX = ["│", "┃", "║", "┆", "╎"]


def frame_term(kinds, lg):
    b = R.choice(BOX)
    tight = R.random() < 0.5
    doc = P("$ crm-cli show --customer %d\n" % R.randint(1000, 99999))
    doc.t("╔" + "═" * 16 + "╦" + "═" * 40 + "╗\n")
    for kind in kinds:
        doc.t("║ %-14s ║ " % LABEL[kind][lg][:14])
        if kind in ("card", "iban", "ssn", "phone"):
            v = joined(kind, b if tight else " " + b + " ")
        elif kind in ("ipv4", "ipv6"):
            v = plain(kind)
        else:
            v = plain(kind)
        doc.s(ENT[kind], v)
        doc.t(" ║\n")
        if R.random() < 0.4:
            lab, nv = neg_value("plain")
            doc.t("║ %-14s ║ " % NEG_LEAD[lab].strip())
            doc.s(lab, nv)
            doc.t(" ║\n")
    return doc.t("╚" + "═" * 16 + "╩" + "═" * 40 + "╝\n")


def fw_value(kind):
    if kind == "email":
        a, h, t = email_parts()
        return fullwidth(a) + R.choice(["＠", "@"]) + fullwidth(h + "." + t)
    if kind in ("card", "ssn", "phone"):
        return fullwidth(joined(kind, R.choice([" ", "-"]))).replace("－", R.choice(["－", "ー"]))\
            if kind != "phone" else fullwidth(joined(kind, " "))
    if kind == "iban":
        g = GROUPS["iban"]()
        return g[0] + "\u3000" + "\u3000".join(digits_in(x, "fullwidth") for x in g[1:])
    if kind == "ipv4":
        return fullwidth(plain(kind))
    return plain(kind)


def frame_fullwidth(kinds, lg):
    doc = P("以下の顧客情報を確認してください。\n")
    jl = {"card": "カード番号", "phone": "電話番号", "iban": "IBAN", "ssn": "米国社会保障番号",
          "email": "メールアドレス", "ipv4": "IPアドレス", "ipv6": "IPv6アドレス",
          "secret": "APIキー", "hexkey": "シークレット"}
    for kind in kinds:
        doc.t(jl[kind] + R.choice(["：", "：　", "　"]))
        doc.s(ENT[kind], fw_value(kind))
        doc.t("\n")
        if R.random() < 0.5:
            add_neg(doc, "fullwidth")
            doc.t("\n")
    return doc


SCRIPT_TEXT = {"thai": ("กรุณาตรวจสอบข้อมูลลูกค้า:", {"card": "หมายเลขบัตร", "phone": "โทรศัพท์",
                                                      "ssn": "SSN", "ipv4": "ที่อยู่ IP", "iban": "IBAN"}),
               "bengali": ("গ্রাহকের তথ্য যাচাই করুন:", {"card": "কার্ড নম্বর", "phone": "ফোন",
                                                        "ssn": "SSN", "ipv4": "IP ঠিকানা", "iban": "IBAN"}),
               "persian": ("اطلاعات مشتری را بررسی کنید:", {"card": "شماره کارت", "phone": "تلفن",
                                                          "ssn": "SSN", "ipv4": "آدرس IP", "iban": "IBAN"})}


def frame_digits(kinds, lg):
    script = ["thai", "bengali", "persian"][lg % 3]
    head, labels = SCRIPT_TEXT[script]
    doc = P(head + "\n")
    for kind in kinds:
        if kind not in labels:
            kind = R.choice(["card", "phone", "ssn", "ipv4"])
        v = plain(kind)
        if kind == "iban":
            v = v[:4] + digits_in(v[4:], script)
        else:
            v = digits_in(v, script)
        if kind in ("card", "ssn") and R.random() < 0.5:
            v = v.replace(" ", "-")
        doc.t(labels[kind] + ": ")
        doc.s(ENT[kind], v)
        doc.t("\n")
        if R.random() < 0.5:
            add_neg(doc, script)
            doc.t("\n")
    return doc


INVIS = ["\u200d", "\u200c", "\ufeff", "\u00ad", "\u2063"]


def frame_invisible(kinds, lg):
    doc = P(["Copied from the portal:", "Aus dem Portal kopiert:", "Copié depuis le portail :",
             "Gekopieerd uit het portaal:"][lg % 4] + "\n")
    for kind in kinds:
        v = plain(kind)
        for _ in range(R.randint(1, 3)):
            v = insert_inside(v, R.choice(INVIS))
        doc.t(LABEL[kind][lg] + ": ")
        doc.s(ENT[kind], v)
        doc.t("\n")
        if R.random() < 0.4:
            add_neg(doc, "plain")
            doc.t("\n")
    return doc


DASHES = ["\u2012", "\u2212", "\u2011", "\uff0d", "\u2015", "\ufe63"]


def frame_dashes(kinds, lg):
    doc = P(["Record export", "Datensatz-Export", "Export de fiche", "Recordexport"][lg % 4] +
            "\n")
    for kind in kinds:
        if kind in ("card", "iban", "ssn", "phone"):
            d = R.choice(DASHES)
            g = GROUPS[kind]()
            v = d.join(g)
        else:
            v = plain(kind)
        doc.t(LABEL[kind][lg] + " — ")
        doc.s(ENT[kind], v)
        doc.t("\n")
        if R.random() < 0.5:
            add_neg(doc, "plain")
            doc.t("\n")
    return doc


def frame_hex(kinds, lg):
    doc = P("# .env.production (do not commit)\n")
    for kind in kinds:
        if kind in ("secret", "hexkey"):
            key = R.choice(LABEL["hexkey"]).upper()
            doc.t(key + R.choice(["=", " = ", ": "]))
            doc.s("SECRET", hex_key(R.choice([32, 40, 64])))
        elif kind == "ipv6":
            doc.t("BIND_ADDR=")
            doc.s("IP_ADDRESS", "".join(c.upper() if R.random() < 0.5 else c
                                        for c in plain("ipv6")))
        elif kind == "iban":
            doc.t("PAYOUT_IBAN=")
            doc.s("IBAN_CODE", "".join(c.lower() if c.isalpha() and R.random() < 0.6 else c
                                       for c in plain("iban").replace(" ", "")))
        elif kind == "email":
            doc.t("ADMIN_EMAIL=")
            doc.s("EMAIL_ADDRESS", "".join(c.upper() if R.random() < 0.5 else c
                                           for c in plain("email")))
        else:
            doc.t(LABEL[kind][0].upper().replace(" ", "_") + "=")
            doc.s(ENT[kind], plain(kind))
        doc.t("\n")
        r = R.random()
        if r < 0.35:
            doc.t(R.choice(["GIT_SHA=", "BUILD_HASH=", "ETAG="]))
            doc.s("NEG_HASH", hex_key(40) if R.random() < 0.5 else hex_key(32).lower())
            doc.t("\n")
        elif r < 0.6:
            doc.t("REQUEST_ID=")
            doc.s("NEG_ID", "".join(c.upper() if R.random() < 0.5 else c for c in
                                    "%08x-%04x-%04x-%04x-%012x" % tuple(
                                        R.randint(0, 16 ** n - 1) for n in (8, 4, 4, 4, 12))))
            doc.t("\n")
    return doc


def pct(s, plus):
    out = ""
    for c in s:
        if c.isalnum() and ord(c) < 128 or c in "-_.~":
            out += c
        elif c == " " and plus:
            out += "+"
        else:
            out += "".join("%%%02X" % b for b in c.encode("utf-8"))
    return out


def frame_url(kinds, lg):
    form = R.random() < 0.5
    keys = {"card": "card_number", "phone": "tel", "iban": "iban", "ssn": "ssn", "email": "email",
            "ipv4": "client_ip", "ipv6": "client_ip", "secret": "api_key", "hexkey": "token"}
    doc = P(["This request fails, can you see why?", "Warum schlägt dieser Aufruf fehl?",
             "Pourquoi cette requête échoue-t-elle ?", "Waarom faalt dit verzoek?"][lg % 4] +
            "\n\n")
    if form:
        doc.t("POST /api/v2/customers HTTP/1.1\nContent-Type: application/x-www-form-urlencoded"
              "\n\n")
    else:
        doc.t("GET https://crm.example.org/search?")
    first = True
    for kind in kinds:
        v = plain(kind)
        if kind == "ssn" and R.random() < 0.5:
            v = v.replace(" ", "-")
        ev = pct(v, form)
        if kind == "email" and R.random() < 0.3:
            ev = ev.replace("%40", "%2540")  # encoded twice
        doc.t(("" if first else "&") + keys[kind] + "=")
        first = False
        doc.s(ENT[kind], ev)
        if R.random() < 0.4:
            lab, nv = neg_value("plain")
            doc.t("&ref=")
            doc.s(lab, pct(nv, form))
    return doc.t(" HTTP/1.1\n" if not form else "\n")


def frame_obfusc(kinds, lg):
    doc = P(["Contacts from the forum thread:", "Kontakte aus dem Forum:",
             "Contacts du fil du forum :", "Contacten uit het forum:"][lg % 4] + "\n")
    for kind in kinds:
        if kind == "email":
            a, h, t = email_parts()
            at = R.choice(["[at]", "(at)", " at ", "＠", " [at] ", " (AT) ", "[ät]", " at the "])
            dot = R.choice(["[dot]", " [dot] ", "(dot)", " dot ", "．", "[.]"])
            v = a + at + h + dot + t.replace(".", dot)
        else:
            v = plain(kind)
            if kind == "ipv4":
                v = v.replace(".", R.choice(["[.]", "(.)", "[dot]"]))
            elif kind == "ipv6":
                v = v.replace(":", "[:]") if R.random() < 0.3 else v
        doc.t(R.choice(["- ", "* ", "> "]) + LABEL[kind][lg] + ": ")
        doc.s(ENT[kind], v)
        doc.t("\n")
        if R.random() < 0.4:
            add_neg(doc, "plain", "- ")
            doc.t("\n")
    return doc


FRAMES = [("mailqp", lambda k, lg: frame_mail(k, lg, True)),
          ("flowed", lambda k, lg: frame_mail(k, lg, False)),
          ("html", frame_html), ("pdf", frame_pdf), ("rtl", frame_rtl), ("sheet", frame_sheet),
          ("term", frame_term), ("fullwidth", frame_fullwidth), ("digits", frame_digits),
          ("invisible", frame_invisible), ("dashes", frame_dashes), ("hex", frame_hex),
          ("url", frame_url), ("obfusc", frame_obfusc)]
KIND_SETS = {"mailqp": ["card", "phone", "iban", "email", "ssn", "ipv6", "secret"],
             "flowed": ["card", "phone", "iban", "email", "ssn", "secret"],
             "html": ["card", "phone", "iban", "email", "ssn", "ipv4", "ipv6", "secret"],
             "pdf": ["card", "iban", "email", "phone", "secret", "ipv6"],
             "rtl": ["card", "phone", "iban", "email", "ipv4", "ssn"],
             "sheet": ["card", "iban", "ssn", "phone", "email"],
             "term": ["card", "iban", "ssn", "phone", "email", "ipv4", "ipv6"],
             "fullwidth": ["card", "phone", "ssn", "email", "ipv4", "iban"],
             "digits": ["card", "phone", "ssn", "ipv4", "iban"],
             "invisible": ["card", "phone", "iban", "ssn", "email", "ipv4", "ipv6", "secret"],
             "dashes": ["card", "phone", "iban", "ssn"],
             "hex": ["hexkey", "secret", "ipv6", "iban", "email"],
             "url": ["email", "phone", "card", "iban", "ssn", "ipv6", "secret"],
             "obfusc": ["email", "email", "ipv4", "phone", "ipv6"]}
ASKS = ["Please tidy this up.", "Bitte bereinigen.", "Merci de nettoyer ceci.", "Graag opschonen.",
        "Por favor, límpialo.", "Per favore, sistemalo.", "Proszę uporządkować.", "Städa gärna."]


def body(text, spans, ascii_, api):
    if api == "chat":
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": "@@DOC@@"}]}
    elif api == "anthropic":
        b = {"model": "claude-sonnet-4", "max_tokens": 512,
             "messages": [{"role": "user", "content": [{"type": "text", "text": "@@DOC@@"}]}]}
    elif api == "gemini":
        b = {"contents": [{"role": "user", "parts": [{"text": "@@DOC@@"}]}]}
    else:
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": "@@DOC@@"}]}]}
    out = json.dumps(b, ensure_ascii=ascii_)
    return place_text(out, "@@DOC@@", text, spans, ascii_=ascii_)


records = []
APIS = ["chat", "anthropic", "gemini", "responses"]
for fname, fn in FRAMES:
    for n in range(36):
        lg = R.randrange(8)
        ks = KIND_SETS[fname]
        kinds = R.sample(ks, min(len(ks), R.randint(2, 3)))
        doc = fn(kinds, lg)
        if R.random() < 0.5:
            doc = P(ASKS[lg] + "\n\n").add(doc)
        ascii_ = n % 3 == 1
        text, spans = body(doc.text, doc.spans, ascii_, APIS[n % 4])
        assert json.loads(text)
        records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                        "metadata": {"class": fname, "kinds": sorted(set(kinds)),
                                     "family": fname, "api": APIS[n % 4], "ascii": ascii_}})

if __name__ == "__main__":
    write_json(records)
