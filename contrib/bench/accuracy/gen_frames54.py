#!/usr/bin/env python3
"""gen_frames54.py: identifiers in the frames a person pastes them in, crossed with character
variants and their combinations (stop 54).

chars52/chars53 wrote the twenty-fifth blind set's chars shapes one value to a line; this corpus
puts them in six frames: an e-mail message (From:/Reply-To:/To: headers with display names, a
signature, a quoted reply, mailto:), one value per line after a label in many languages, the value
alone on a line under its label, terminal boxes, Markdown (tables, bold labels, backticks) and
key=value log lines. Every value takes one or two character variants: brackets or parens around it
or its area code, slashes, dots, spaces, dashes or nothing between groups, defanged (`hxxp`, `[.]`,
`(.)`, `{.}`, `[@]`, `at`/`dot`), full-width with U+3000, HTML entities with `&nbsp;`, mixed case.
Bare US SSNs (3-2-4 with spaces, dots, NBSP, nothing) under SSN labels in several languages and as
a table column. Look-alikes (NEG_ spans) in the same frames and characters: versions, order ids,
tracking numbers, EAN-13, dates, amounts, coordinates, hashes, CIDRs, private and documented IPs,
documented example e-mails and phones, 9-digit ids under other labels, ZIP+4.
Request bodies of four APIs, a third `\\u`-escaped. metadata.class is "<frame>/<type>/<variants>".
Deterministic: python3 gen_frames54.py > data/frames54.json
"""
import json
import random

from gen_bodies import P, place_text
from gen_common import B62, write_json

R = random.Random(5454)


def luhn_complete(prefix, length):
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    t = 0
    for i, n in enumerate(reversed(d)):
        n = n * 2 if i % 2 == 0 else n
        t += n - 9 if n > 9 else n
    return "".join(map(str, d)) + str((10 - t % 10) % 10)


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def card_groups():
    d = luhn_complete(R.choice(["4", "51", "53", "55", "2720", "6011", "3528", "49"]), 16)
    return [d[0:4], d[4:8], d[8:12], d[12:16]]


IBAN_SPEC = {"DE": 18, "NL": 14, "FR": 23, "ES": 20, "AT": 16, "BE": 12, "PL": 24, "CZ": 20,
             "IT": 23, "PT": 21}


def iban_groups():
    cc = R.choice(list(IBAN_SPEC))
    n = IBAN_SPEC[cc]
    if cc == "NL":
        bban = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(
            R.choice("0123456789") for _ in range(10))
    elif cc == "IT":
        bban = R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
            R.choice("0123456789") for _ in range(22))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    s = cc + "%02d" % (98 - int(num) % 97) + bban
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def ssn_groups():
    a = R.choice([x for x in range(1, 899) if x != 666])
    return ["%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)]


def phone_parts():
    """(country code, area or trunk group, rest groups)."""
    k = R.randint(0, 5)
    if k == 0:
        return "+1", "%03d" % R.randint(201, 989), ["%03d" % R.randint(200, 999),
                                                     "%04d" % R.randint(0, 9999)]
    if k == 1:
        return "+49", "1%02d" % R.randint(50, 79), ["%04d" % R.randint(1000, 9999),
                                                     "%03d" % R.randint(100, 999)]
    if k == 2:
        return "+33", str(R.randint(6, 7)), ["%02d" % R.randint(10, 99) for _ in range(4)]
    if k == 3:
        return "+44", "7%03d" % R.randint(100, 999), ["%03d" % R.randint(100, 999),
                                                       "%03d" % R.randint(100, 999)]
    if k == 4:
        return "+34", "6%02d" % R.randint(10, 99), ["%03d" % R.randint(100, 999),
                                                     "%03d" % R.randint(100, 999)]
    return "+420", "%03d" % R.randint(601, 799), ["%03d" % R.randint(100, 999),
                                                   "%03d" % R.randint(100, 999)]


def ipv4_groups():
    first = R.choice([31, 46, 62, 78, 82, 91, 94, 109, 151, 178, 188, 213, 217, 85, 37])
    return [str(first), str(R.randint(0, 255)), str(R.randint(0, 255)), str(R.randint(1, 254))]


def ipv6_groups():
    return ["2a0%d" % R.randint(1, 9), "%x" % R.randint(0x1000, 0xffff)] + [
        "%x" % R.randint(0, 0xffff) for _ in range(6)]


GIVEN = ["jana", "tomasz", "ines", "lukas", "maelle", "bram", "giulia", "oskar", "zeynep", "rui",
         "dorota", "anouk", "kerem", "sofie", "vilja", "teodor", "brisa", "quillon", "marvek",
         "ottilde"]
FAMILY = ["novakova", "wisniewski", "ferreira", "hoffmann", "lefebvre", "de.vries", "romano",
          "lindqvist", "yilmaz", "carvalho", "zielinska", "jansen", "aksoy", "nielsen", "korhonen",
          "dragan", "velmora", "tarquist", "brennock", "osswald"]
DOMAINS = ["seznam.cz", "wp.pl", "gmx.de", "laposte.net", "ziggo.nl", "libero.it", "telia.se",
           "gmail.com", "outlook.com", "mail.ru", "yandex.com", "posteo.de", "orange.fr",
           "firma-kowalski.pl", "bakkerij-jansen.nl"]


def email_parts():
    g, f = R.randrange(len(GIVEN)), R.randrange(len(FAMILY))
    d = R.choice(DOMAINS)
    host, tld = d.rsplit(".", 1)
    return GIVEN[g] + R.choice([".", "_", ""]) + FAMILY[f], host, tld, (g, f)


def person_name(gf):
    g, f = gf
    fam = " ".join(w.capitalize() for w in FAMILY[f].split("."))
    return GIVEN[g].capitalize() + " " + fam


def secret_value():
    k = R.randint(0, 7)
    rs = lambda n, al=B62: "".join(R.choice(al) for _ in range(n))  # noqa: E731
    if k == 0:
        return "sk-ant-api03-" + rs(60, B62 + "-_")
    if k == 1:
        return "ghp_" + rs(36)
    if k == 2:
        return "xoxb-%d-%d-" % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 11, 10 ** 12)) + rs(24)
    if k == 3:
        return "AIza" + rs(35, B62 + "-_")
    if k == 4:
        return "sk-proj-" + rs(48, B62 + "-_")
    if k == 5:
        return "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if k == 6:
        return "glpat-" + rs(20, B62 + "-_")
    return "sk_live_" + rs(24)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in s)


def mixcase(s):
    return "".join((c.upper() if R.random() < 0.5 else c.lower()) if c.isalpha() else c for c in s)


# ---- values in their variants ------------------------------------------------------------------
VARIANTS = {
    "card": ["space", "dash", "slash", "dots", "nosep", "brackets", "parens", "fullwidth", "entity",
             "brackets+space", "parens+dash", "fullwidth+space", "entity+space", "dots+brackets"],
    "ssn": ["space", "dots", "nosep", "slash", "dash", "brackets", "parens", "fullwidth", "entity",
            "space+nbsp", "fullwidth+space", "entity+space", "parens+space"],
    "phone": ["parens", "slash", "dots", "nosep", "space", "dash", "brackets", "fullwidth",
              "entity", "parens+dash", "parens+dots", "brackets+nosep", "fullwidth+space",
              "entity+space", "slash+space"],
    "iban": ["space", "nosep", "mixedcase", "mixedcase+nosep", "dash", "dots", "brackets", "parens",
             "fullwidth", "entity+space", "slash"],
    "email": ["mixedcase", "brackets", "parens", "defang", "space", "fullwidth", "entity",
              "brackets+defang", "brackets+space", "mixedcase+defang", "dots", "entity+brackets"],
    "ipv4": ["defang", "brackets", "parens", "space", "fullwidth", "entity", "defang+brackets",
             "slash", "dots"],
    "ipv6": ["mixedcase", "brackets", "defang", "fullwidth", "entity", "mixedcase+brackets"],
    "secret": ["brackets", "parens", "fullwidth", "entity", "mixedcase", "space", "dash"],
}
DASHES = ["-", "-", "\u2011", "\u2013", "\u2012", "\u2212"]


def group_value(groups, var):
    v = set(var.split("+"))
    if "nosep" in v:
        sep = ""
    elif "slash" in v:
        sep = R.choice(["/", " / "])
    elif "dots" in v:
        sep = "."
    elif "dash" in v:
        sep = R.choice(DASHES)
    elif "nbsp" in v or ("entity" in v and "space" in v):
        sep = "\u00a0"
    else:
        sep = R.choice([" ", " ", "  ", "\u00a0", "\u202f"]) if "space" in v else " "
    s = sep.join(groups)
    if "mixedcase" in v:
        s = mixcase(s)
    if "fullwidth" in v:
        s = fullwidth(s)
    if "entity" in v:
        s = s.replace("\u00a0", R.choice(["&nbsp;", "&#160;", "&#xa0;"])).replace(" ", "&#32;")
    if "brackets" in v:
        s = "[" + s + "]"
    elif "parens" in v:
        s = "(" + s + ")"
    return s


def phone_value(var):
    cc, area, rest = phone_parts()
    v = set(var.split("+"))
    trunk = R.random() < 0.3 and cc != "+1"
    if "parens" in v:
        a = ("(0)" + area) if trunk else "(" + area + ")"
        sep = "-" if "dash" in v else "." if "dots" in v else " "
        s = cc + " " + a + " " + sep.join(rest)
        if cc == "+1" and R.random() < 0.5:
            s = "(" + area + ") " + sep.join(rest)
    elif "slash" in v:
        s = cc + " " + area + "/" + (" " if "space" in v else "").join(rest)
    elif "dots" in v:
        s = cc + "." + area + "." + ".".join(rest)
    elif "nosep" in v:
        s = cc + area + "".join(rest)
    elif "dash" in v:
        s = cc + R.choice(["-", " "]) + "-".join([area] + rest)
    else:
        s = cc + " " + area + " " + " ".join(rest)
        if "entity" in v and "space" in v:
            s = s.replace(" ", "\u00a0")
    if "fullwidth" in v:
        s = fullwidth(s)
    if "entity" in v:
        s = s.replace("+", R.choice(["&#43;", "&#x2B;", "&plus;"]), 1)
        s = s.replace("\u00a0", R.choice(["&nbsp;", "&#160;"]))
    if "brackets" in v:
        s = "[" + s + "]"
    return s


def email_value(var):
    a, h, t, gf = email_parts()
    v = set(var.split("+"))
    at, dot = "@", "."
    if "defang" in v:
        at = R.choice(["[@]", "(at)", "[at]", "{at}", "@"])
        dot = R.choice(["[.]", "(.)", "{.}", "[dot]", "(dot)"])
    if "space" in v:
        at = R.choice([" @ ", " at ", " [at] "])
        dot = R.choice([" . ", " dot ", " [dot] "])
    if "dots" in v:
        a = a.replace("_", ".")
        dot = "."
    s = a + at + h + dot + t
    if "mixedcase" in v:
        s = mixcase(s) if R.random() < 0.5 else s[0].upper() + s[1:].replace(
            "." + t, "." + t.upper())
    if "fullwidth" in v:
        s = fullwidth(s) if R.random() < 0.5 else fullwidth(a) + "＠" + h + "．" + t
    if "entity" in v:
        s = s.replace("@", R.choice(["&#64;", "&#x40;", "&commat;"])).replace(
            "." + t, R.choice(["&#46;", "."]) + t)
    if "brackets" in v:
        s = R.choice(["<%s>", "[%s]"]) % s
    elif "parens" in v:
        s = "(" + s + ")"
    return s, gf


def ipv4_value(var):
    g = ipv4_groups()
    v = set(var.split("+"))
    if "defang" in v:
        s = R.choice(["[.]", "(.)", "{.}", "[dot]"]).join(g)
        if R.random() < 0.3:
            s = R.choice(["hxxp://", "hXXps://"]) + s + "/login"
    elif "space" in v:
        s = " . ".join(g)
    elif "slash" in v:
        s = ".".join(g) + "/32"
    else:
        s = ".".join(g)
    if "dots" in v:
        s = s + ":" + str(R.choice([22, 443, 8080, 3389]))
    if "fullwidth" in v:
        s = fullwidth(s)
    if "entity" in v:
        s = s.replace(".", "&#46;", R.randint(1, 3))
    if "brackets" in v:
        s = "[" + s + "]"
    elif "parens" in v:
        s = "(" + s + ")"
    return s


def ipv6_value(var):
    g = ipv6_groups()
    v = set(var.split("+"))
    s = ":".join(g)
    if R.random() < 0.3:
        s = ":".join(g[:3]) + "::" + ":".join(g[6:])
    if "mixedcase" in v:
        s = mixcase(s) if R.random() < 0.5 else s.upper()
    if "defang" in v:
        s = s.replace(":", "[:]")
    if "fullwidth" in v:
        s = fullwidth(s)
    if "entity" in v:
        s = s.replace(":", "&#58;")
    if "brackets" in v:
        s = "[" + s + "]"
    return s


def secret_text(var):
    s = secret_value()
    v = set(var.split("+"))
    if "fullwidth" in v:
        s = fullwidth(s)
    if "entity" in v:
        s = s.replace("_", "&#95;").replace("-", "&#45;", 1)
    if "space" in v:
        s = R.choice(["Bearer ", "token "]) + s
    if "dash" in v:
        s = "--api-key=" + s
    if "brackets" in v:
        s = "[" + s + "]"
    elif "parens" in v:
        s = "(" + s + ")"
    return s


ENT = {"card": "CREDIT_CARD", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE", "ssn": "US_SSN",
       "email": "EMAIL_ADDRESS", "ipv4": "IP_ADDRESS", "ipv6": "IP_ADDRESS", "secret": "SECRET"}


def value(kind, var):
    """(text, span text offset inside the text, span length, name parts or None)."""
    if kind == "email":
        s, gf = email_value(var)
        return s, gf
    if kind == "phone":
        return phone_value(var), None
    if kind == "ipv4":
        return ipv4_value(var), None
    if kind == "ipv6":
        return ipv6_value(var), None
    if kind == "secret":
        return secret_text(var), None
    g = {"card": card_groups, "iban": iban_groups, "ssn": ssn_groups}[kind]()
    return group_value(g, var), None


def span_of(kind, s):
    """The gold part of a written value: a wrapping bracket, a Bearer/--api-key= lead, the hxxp://
    and /login of a defanged URL, a /32 or a port stay outside."""
    a, b = 0, len(s)
    if s[:1] in "[(<" and s[-1:] in "])>" and kind != "ipv6" or (
            kind == "ipv6" and s[:1] == "[" and s[-1:] == "]"):
        a, b = 1, len(s) - 1
    for lead in ("Bearer ", "token ", "--api-key=", "hxxp://", "hXXps://"):
        if s[a:b].startswith(lead):
            a += len(lead)
    for tail in ("/login", "/32", ":22", ":443", ":8080", ":3389"):
        if kind == "ipv4" and s[a:b].endswith(tail):
            b -= len(tail)
    if kind == "ipv4" and s[a:b].endswith("／３２"):
        b -= 3
    for tail in ("：２２", "：４４３", "：８０８０", "：３３８９"):
        if kind == "ipv4" and s[a:b].endswith(tail):
            b -= len(tail)
    return a, b


LABELS = {  # en de fr nl es it pl cs pt sv tr
    "card": ["Card no.", "Kartennr.", "N° de carte", "Kaartnummer", "Tarjeta", "Carta n.",
             "Karta", "Číslo karty", "Cartão", "Kort", "Kart no"],
    "phone": ["Tel.:", "Tel.:", "Tél. :", "Tel.:", "Tfno.:", "Tel.:", "Tel.:", "Tel.:",
              "Telemóvel:", "Tfn:", "Tel:"],
    "iban": ["IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN",
             "IBAN"],
    "ssn": ["SSN", "US-Sozialversicherungsnr.", "N° de sécurité sociale (US)", "SSN (VS)",
            "Nº Seguro Social (EE. UU.)", "SSN (USA)", "SSN (USA)", "SSN (USA)",
            "Nº Segurança Social (EUA)", "Soc. Sec. No.", "SSN (ABD)"],
    "email": ["E-mail", "E-Mail", "Courriel", "E-mail", "Correo", "E-mail", "E-mail", "E-mail",
              "E-mail", "E-post", "E-posta"],
    "ipv4": ["IP", "IP-Adresse", "Adresse IP", "IP-adres", "IP", "Indirizzo IP", "Adres IP",
             "IP adresa", "IP", "IP-adress", "IP adresi"],
    "ipv6": ["IPv6", "IPv6-Adresse", "Adresse IPv6", "IPv6-adres", "IPv6", "IPv6", "Adres IPv6",
             "IPv6", "IPv6", "IPv6", "IPv6"],
    "secret": ["token", "API-Token", "Jeton API", "API-token", "token", "Token API", "Token",
               "API token", "Token", "API-nyckel", "API anahtarı"],
}
SSN_LABELS = ["SSN", "Soc. Sec. No.", "Social Security Number", "Social Security No.", "SS#",
              "TIN (SSN)", "US-Sozialversicherungsnummer", "N.º Seguro Social (EE. UU.)",
              "Numéro de sécurité sociale américain", "SSN (USA)", "Sociaal-zekerheidsnr. (VS)"]
KINDS = ["card", "phone", "iban", "ssn", "email", "ipv4", "ipv6", "secret"]


def pick(kind):
    var = R.choice(VARIANTS[kind])
    s, gf = value(kind, var)
    return var, s, gf


def put(doc, kind, s, meta):
    a, b = span_of(kind, s)
    doc.t(s[:a]).s(ENT[kind], s[a:b]).t(s[b:])
    meta.append(kind)


# ---- look-alikes -------------------------------------------------------------------------------
def ean13():
    while True:
        d = [int(c) for c in R.choice(["40", "87", "50", "76", "59"])] + [
            R.randint(0, 9) for _ in range(10)]
        t = sum(n * (3 if i % 2 else 1) for i, n in enumerate(d))
        s = "".join(map(str, d)) + str((10 - t % 10) % 10)
        if not luhn_ok(s):
            return s


def neg():
    """(label text, NEG_ label, value)."""
    k = R.randint(0, 17)
    n9 = lambda: "%03d %02d %04d" % (R.randint(100, 999), R.randint(10, 99),  # noqa: E731
                                     R.randint(1000, 9999))
    if k == 0:
        return "Version", "NEG_VERSION", "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20),
                                                          R.randint(0, 99), R.randint(0, 999))
    if k == 1:
        return R.choice(["Order", "Bestellnr.", "Commande", "Pedido", "Zamówienie"]), "NEG_ID", \
            R.choice(["ORD-%d-%06d", "A%d/%06d"]) % (R.randint(2019, 2026), R.randint(0, 999999))
    if k == 2:
        return R.choice(["Tracking", "Sendungsnr.", "Suivi"]), "NEG_TRACKING", R.choice([
            "1Z %03d AA1 %02d %04d %03d" % (R.randint(100, 999), R.randint(10, 99),
                                            R.randint(1000, 9999), R.randint(100, 999)),
            "JJD%016d" % R.randint(0, 10 ** 16 - 1),
            "9400 1%03d %04d %04d %04d %02d" % tuple(R.randint(0, 10 ** n - 1)
                                                     for n in (3, 4, 4, 4, 2))])
    if k == 3:
        e = ean13()
        return "EAN", "NEG_EAN", R.choice([e, e[0] + " " + e[1:7] + " " + e[7:]])
    if k == 4:
        return R.choice(["Date", "Datum", "Fecha"]), "NEG_DATE", R.choice([
            "%d-%02d-%02d", "%d/%02d/%02d", "%d.%02d.%02d"]) % (R.randint(2019, 2026),
                                                                R.randint(1, 12), R.randint(1, 28))
    if k == 5:
        return R.choice(["Total", "Betrag", "Montant"]), "NEG_AMOUNT", R.choice([
            "%d\u00a0%03d,%02d €", "$%d,%03d.%02d", "%d.%03d,%02d EUR"]) % (
            R.randint(1, 99), R.randint(0, 999), R.randint(0, 99))
    if k == 6:
        return R.choice(["GPS", "Koordinaten", "Location"]), "NEG_COORD", "%.6f, %.6f" % (
            R.uniform(35, 60), R.uniform(-9, 30))
    if k == 7:
        return R.choice(["commit", "SHA-256", "checksum"]), "NEG_HASH", "".join(
            R.choice("0123456789abcdef") for _ in range(R.choice([40, 64])))
    if k == 8:
        return R.choice(["Subnet", "CIDR", "allow"]), "NEG_CIDR", R.choice([
            "10.%d.0.0/16" % R.randint(0, 255), "192.168.%d.0/24" % R.randint(0, 255),
            "172.%d.0.0/12" % R.randint(16, 31), "2001:db8:%x::/48" % R.randint(0, 0xffff)])
    if k == 9:
        return R.choice(["Gateway", "LAN IP", "router"]), "NEG_PRIVATE_IP", R.choice([
            "192.168.%d.%d", "10.0.%d.%d"]) % (R.randint(0, 255), R.randint(1, 254))
    if k == 10:
        return R.choice(["Example", "e.g.", "Beispiel"]), "NEG_EXAMPLE", R.choice([
            "user@example.com", "192.0.2.%d" % R.randint(1, 254),
            "198.51.100.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xfff),
            "jane.doe@example.org", "203.0.113.%d" % R.randint(1, 254)])
    if k == 11:
        return R.choice(["Kundennr.", "Customer no.", "Member ID", "Policy no.", "N° client",
                         "Routing no.", "Ticket"]), "NEG_ID", R.choice([
                             n9(), n9().replace(" ", ""), n9().replace(" ", "."),
                             n9().replace(" ", "-")])
    if k == 12:
        return R.choice(["ZIP", "ZIP+4"]), "NEG_ZIP", "%05d-%04d" % (R.randint(10000, 99999),
                                                                     R.randint(0, 9999))
    if k == 13:
        return R.choice(["Build", "Bundle"]), "NEG_VERSION", R.choice([
            "build %d.%d" % (R.randint(20200101, 20261231), R.randint(1, 40)),
            "v%d.%d.%d-rc.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99),
                                 R.randint(1, 9))])
    if k == 14:
        return "MAC", "NEG_MAC", ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    if k == 15:
        return R.choice(["Invoice", "Rechnung", "Factura"]), "NEG_ID", "%04d/%04d/%04d/%04d" % (
            R.randint(2019, 2026), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999))
    if k == 16:
        return R.choice(["Order", "Auftrag"]), "NEG_ID", "#%d-%d-%d" % (
            R.randint(100, 999), R.randint(10, 99), R.randint(1000, 9999))
    return R.choice(["Phone (example)", "Tel. (fictional)"]), "NEG_EXAMPLE", \
        "+1 (%03d) 555-01%02d" % (R.randint(201, 989), R.randint(0, 99))


def neg_chars(v):
    """A look-alike in the frame's characters now and then."""
    r = R.random()
    if r < 0.12:
        return fullwidth(v)
    if r < 0.2:
        return "[" + v + "]"
    if r < 0.26:
        return v.replace(" ", "\u00a0")
    return v


# ---- frames ------------------------------------------------------------------------------------
GREET = ["Hi,", "Hallo,", "Bonjour,", "Hoi,", "Hola:", "Ciao,", "Dzień dobry,", "Dobrý den,",
         "Olá,", "Hej,", "Merhaba,"]
BODY = ["please update the record with the details below.",
        "bitte die Angaben unten im Kundenkonto aktualisieren.",
        "merci de mettre à jour la fiche avec les éléments ci-dessous.",
        "kun je het dossier bijwerken met de gegevens hieronder?",
        "por favor actualiza la ficha con los datos de abajo.",
        "per favore aggiorna la scheda con i dati qui sotto.",
        "proszę zaktualizować dane poniżej.", "prosím aktualizujte údaje níže.",
        "por favor atualize a ficha com os dados abaixo.", "uppdatera gärna uppgifterna nedan.",
        "lütfen aşağıdaki bilgileri güncelleyin."]


def frame_mail(kinds, lg, meta):
    doc = P()
    s, gf = email_value(R.choice(VARIANTS["email"]) if R.random() < 0.6 else "plain")
    doc.t("From: ")
    if R.random() < 0.7:
        nm = person_name(gf)
        q = '"' if R.random() < 0.5 else ""
        doc.t(q).s("PERSON", nm).t(q + " ")
        s = s if s[:1] in "<[(" else "<" + s + ">"
    put(doc, "email", s, meta)
    doc.t("\n")
    if R.random() < 0.5:
        doc.t("Reply-To: ")
        s, _ = email_value(R.choice(VARIANTS["email"]))
        put(doc, "email", s, meta)
        doc.t("\n")
    doc.t("To: Support <").s("EMAIL_ADDRESS", "support@" + R.choice(
        ["acme-billing.com", "kowalski-serwis.pl", "hausverwaltung-berg.de"]))
    doc.t(">\nSubject: %s\nDate: Tue, %d Mar 2026 09:%02d:11 +0100\n\n" % (
        R.choice(["Re: update", "AW: Änderung", "RE: mise à jour", "Fwd: datos"]),
        R.randint(1, 28), R.randint(0, 59)))
    doc.t(GREET[lg] + "\n" + BODY[lg] + "\n\n")
    quoted = R.random() < 0.4
    for kind in kinds:
        var, s, _ = pick(kind)
        meta.append(var)
        doc.t(("> " if quoted else "") + LABELS[kind][lg] + " ")
        put(doc, kind, s, meta)
        doc.t("\n")
        if R.random() < 0.35:
            lab, nl, v = neg()
            doc.t(("> " if quoted else "") + lab + ": ").s(nl, neg_chars(v)).t("\n")
    doc.t("\n--\n")
    if R.random() < 0.6:
        var = R.choice(VARIANTS["phone"])
        doc.t(R.choice(["Mob. ", "Tel. ", "M: ", "T "]))
        put(doc, "phone", phone_value(var), meta)
        meta.append(var)
        doc.t(" | ")
    doc.t("mailto:")
    a, h, t, _ = email_parts()
    put(doc, "email", a + "@" + h + "." + t, meta)
    doc.t("\n")
    return doc


def frame_line(kinds, lg, meta):
    doc = P(GREET[lg] + " " + BODY[lg] + "\n\n")
    for kind in kinds:
        var, s, _ = pick(kind)
        meta.append(var)
        lab = LABELS[kind][lg] if kind != "ssn" else R.choice(SSN_LABELS)
        if kind == "secret" and "mixedcase" in var:
            lab = R.choice(["Api_Key", "API_KEY", "Token", "X-Api-Key", "apiKey"])
        doc.t(lab + ("" if lab.endswith(":") else R.choice([": ", " ", " - ", ":\t"])))
        put(doc, kind, s, meta)
        doc.t("\n")
        if R.random() < 0.45:
            lab, nl, v = neg()
            doc.t(lab + ": ").s(nl, neg_chars(v)).t("\n")
    return doc


def frame_under(kinds, lg, meta):
    doc = P(BODY[lg].capitalize() + "\n\n")
    for kind in kinds:
        var, s, _ = pick(kind)
        meta.append(var)
        lab = LABELS[kind][lg] if kind != "ssn" else R.choice(SSN_LABELS)
        doc.t(R.choice(["", "", "## "]) + lab.rstrip(":") +
              R.choice([":", "", ":"]) + "\n" + R.choice(["", "  ", "\t"]))
        put(doc, kind, s, meta)
        doc.t("\n\n")
        if R.random() < 0.45:
            lab, nl, v = neg()
            doc.t(lab + ":\n").s(nl, neg_chars(v)).t("\n\n")
    return doc


def frame_box(kinds, lg, meta):
    heavy = R.random() < 0.5
    v_, h_ = ("║", "═") if heavy else ("│", "─")
    c = ("╔╦╗╠╬╣╚╩╝" if heavy else "┌┬┐├┼┤└┴┘")
    doc = P("$ crm show %d\n" % R.randint(1000, 99999))
    doc.t(c[0] + h_ * 24 + c[1] + h_ * 44 + c[2] + "\n")
    for i, kind in enumerate(kinds):
        var, s, _ = pick(kind)
        meta.append(var)
        lab = LABELS[kind][lg] if kind != "ssn" else R.choice(SSN_LABELS)
        doc.t("%s %-22s %s " % (v_, lab.rstrip(":")[:22], v_))
        put(doc, kind, s, meta)
        doc.t(" " * max(1, 42 - len(s)) + " " + v_ + "\n")
        if R.random() < 0.4:
            lab, nl, v = neg()
            doc.t("%s %-22s %s " % (v_, lab[:22], v_)).s(nl, v).t(
                " " * max(1, 42 - len(v)) + " " + v_ + "\n")
        if i + 1 < len(kinds):
            doc.t(c[3] + h_ * 24 + c[4] + h_ * 44 + c[5] + "\n")
    return doc.t(c[6] + h_ * 24 + c[7] + h_ * 44 + c[8] + "\n")


def frame_ssn_column(lg, meta):
    """A table with an SSN column of bare values (box, Markdown or CSV)."""
    style = R.choice(["box", "md", "csv", "tsv"])
    col = R.choice(SSN_LABELS)
    other = R.choice(["Kundennr.", "Customer no.", "Member ID", "Policy no.", "Account"])
    var = R.choice(["space", "dots", "nosep", "space+nbsp", "fullwidth+space", "dash", "space"])
    meta.append(var)
    doc = P(R.choice(["Payroll export:", "Export Lohnbuchhaltung:", "Export de la paie :",
                      "Nómina exportada:"]) + "\n")
    if style == "box":
        doc.t("│ Name            │ %-12s │ %-12s │\n├%s┼%s┼%s┤\n" % (
            col[:12], other[:12], "─" * 17, "─" * 14, "─" * 14))
    elif style == "md":
        doc.t("| Name | %s | %s |\n|---|---|---|\n" % (col, other))
    else:
        sep = "," if style == "csv" else "\t"
        doc.t(sep.join(["name", col, other]) + "\n")
    for _ in range(R.randint(2, 4)):
        a, h, t, gf = email_parts()
        nm = person_name(gf)
        ssn = group_value(ssn_groups(), var)
        idv = "%03d %02d %04d" % (R.randint(100, 999), R.randint(10, 99), R.randint(1000, 9999))
        if var == "nosep":
            idv = idv.replace(" ", "")
        elif var == "dots":
            idv = idv.replace(" ", ".")
        if style == "box":
            doc.t("│ ").s("PERSON", nm).t(" " * max(1, 16 - len(nm)) + "│ ")
            doc.s("US_SSN", ssn).t(" " * max(1, 13 - len(ssn)) + "│ ")
            doc.s("NEG_ID", idv).t(" " * max(1, 13 - len(idv)) + "│\n")
        elif style == "md":
            doc.t("| ").s("PERSON", nm).t(" | ").s("US_SSN", ssn).t(" | ").s("NEG_ID", idv)
            doc.t(" |\n")
        else:
            sep = "," if style == "csv" else "\t"
            doc.s("PERSON", nm).t(sep).s("US_SSN", ssn).t(sep).s("NEG_ID", idv).t("\n")
        meta.append("ssn")
    return doc


def frame_md(kinds, lg, meta):
    doc = P("## " + R.choice(["Customer", "Kunde", "Client", "Klant", "Cliente"]) + "\n\n")
    table = R.random() < 0.5
    if table:
        doc.t("| Field | Value |\n|---|---|\n")
    for kind in kinds:
        var, s, _ = pick(kind)
        meta.append(var)
        lab = LABELS[kind][lg] if kind != "ssn" else R.choice(SSN_LABELS)
        lab = lab.rstrip(":")
        tick = R.random() < 0.3
        if table:
            doc.t("| %s | %s" % (lab, "`" if tick else ""))
        else:
            doc.t("- **%s:** %s" % (lab, "`" if tick else ""))
        put(doc, kind, s, meta)
        doc.t(("`" if tick else "") + (" |\n" if table else "\n"))
        if R.random() < 0.45:
            lab, nl, v = neg()
            doc.t(("| %s | " if table else "- **%s:** ") % lab).s(nl, neg_chars(v)).t(
                " |\n" if table else "\n")
    return doc


KV = {"card": ["card", "pan", "card_number", "cc"], "phone": ["phone", "tel", "msisdn"],
      "iban": ["iban", "payout_iban"], "ssn": ["ssn", "us_ssn", "tax_id_ssn"],
      "email": ["email", "user", "from", "reply_to"], "ipv4": ["ip", "src_ip", "client_ip"],
      "ipv6": ["ip6", "src", "remote_addr"], "secret": ["token", "api_key", "auth"]}


def frame_kvlog(kinds, lg, meta):
    doc = P(R.choice(["Why does this fail?", "Was ist hier los?", "Une idée ?",
                      "¿Qué pasa aquí?"]) + "\n\n")
    for line in range(2):
        doc.t("2026-03-%02dT%02d:%02d:%02dZ level=%s svc=%s" % (
            R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
            R.choice(["info", "warn", "error"]), R.choice(["billing", "auth", "crm"])))
        for kind in (kinds if line == 0 else kinds[:1]):
            var, s, _ = pick(kind)
            meta.append(var)
            key = R.choice(KV[kind])
            if kind == "secret" and "mixedcase" in var:
                key = mixcase(key)
            q = '"' if (" " in s or R.random() < 0.3) else ""
            doc.t(" %s=%s" % (key, q))
            put(doc, kind, s, meta)
            doc.t(q)
        if R.random() < 0.6:
            lab, nl, v = neg()
            key = "".join(c for c in lab.lower().replace(" ", "_") if c.isalnum() or c == "_")
            q = '"' if " " in v else ""
            doc.t(" %s=%s" % (key, q)).s(nl, v).t(q)
        doc.t(" msg=%s\n" % R.choice(["\"update failed\"", "retry", "\"validation error\""]))
    return doc


FRAMES = [("mail", frame_mail), ("line", frame_line), ("under", frame_under), ("box", frame_box),
          ("md", frame_md), ("kvlog", frame_kvlog)]
ASKS = ["Please anonymise and summarise.", "Bitte zusammenfassen.", "Merci de résumer.",
        "Graag samenvatten.", "Resume, por favor.", "Riassumi, per favore.", "Podsumuj proszę.",
        "Shrňte to prosím.", "Resuma, por favor.", "Sammanfatta gärna.", "Özetler misin?"]


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
n = 0
for fname, fn in FRAMES:
    for i in range(84):
        lg = R.randrange(len(GREET))
        meta = []
        if fname in ("line", "under", "box", "md") and i % 6 == 5:
            doc = frame_ssn_column(lg, meta)
            kinds = ["ssn"]
        else:
            kinds = R.sample(KINDS, R.randint(2, 4))
            if i % 4 == 0 and "ssn" not in kinds:
                kinds[0] = "ssn"
            doc = fn(kinds, lg, meta)
        if R.random() < 0.5:
            doc = P(ASKS[lg] + "\n\n").add(doc)
        ascii_ = n % 3 == 1
        api = APIS[n % 4]
        text, spans = body(doc.text, doc.spans, ascii_, api)
        assert json.loads(text)
        variants = sorted(set(m for m in meta if m not in KINDS))
        records.append({"full_text": text, "spans": spans, "template_id": n % 100,
                        "metadata": {"class": fname, "kinds": sorted(set(kinds)),
                                     "variants": variants, "family": fname, "api": api,
                                     "ascii": ascii_}})
        n += 1

if __name__ == "__main__":
    write_json(records)
