#!/usr/bin/env python3
"""gen_variants.py: the labelled variants corpus for bench_accuracy (issue 14).

Every shape in which people actually write structured PII, in seven locales (en_US, en_GB, de, fr,
nl, es, it): values next to other numbers (list numbering, order/suite/apartment numbers, path
segments, several values in a row), Unicode look-alikes (no-break and other Unicode spaces,
Unicode hyphens, full-width and other Nd digits, full-width punctuation, invisible characters
inside the value), other separators and groupings (dots, mixed space/dash, IBAN with dashes or odd
grouping, a card or IBAN broken by one newline), labelled values without punctuation
(`SSN: 536228451`, `Phone: 14155550132`), every IBAN country of the SWIFT registry, cards of every
major issuer (IIN) range, RFC 5322 atext and quoted e-mail local parts, and secrets named by their
key in env, INI, YAML, JSON, TOML and connection strings (with placeholders labelled NEG_PLACEHOLDER,
which are not secrets).

Written from the issue text and from real-world formats, not from hush's detectors. Output is
presidio-research's JSON shape: records {full_text, spans[{entity_type, entity_value,
start_position, end_position}], template_id, metadata{locale, class}}; offsets are code-point
offsets, end exclusive, and each span covers the whole value including any invisible character
inside it. Deterministic (fixed seed): python3 gen_variants.py > data/variants.json
"""
import random

from gen_common import B62, assemble, check_spans, write_json

R = random.Random(1414)

LOCALES = ["en_US", "en_GB", "de", "fr", "nl", "es", "it"]

# ---- locale prose -----------------------------------------------------------------------------
L = {
    "en_US": dict(
        card=["Please charge my card {v} for the renewal.", "The card {v} was declined twice.",
              "Card number: {v}", "I paid with {v} yesterday, can you check?"],
        phone=["Call me at {v} after 5pm.", "My number is {v}.", "Phone: {v}",
               "You can reach the office on {v}."],
        iban=["Please wire the refund to {v}.", "IBAN: {v}", "Our account is {v}, reference 2291."],
        ssn=["My SSN is {v}.", "SSN: {v}", "The social security number {v} is on the W-2."],
        email=["Send it to {v} please.", "Contact: {v}", "cc {v} on the thread"],
        phone_labels=["Phone:", "Tel:", "Mobile:", "phone", "Tel.", "Cell:", "mobile number"],
        ssn_labels=["SSN:", "SSN", "Social Security Number:", "social security no.", "SSN#"],
        order="order", suite="Suite", apt="Apt", blocked="is blocked", refunded="refunded",
        phones="phones", cards="cards", qty="Qty", invoice="invoice", row="customer"),
    "en_GB": dict(
        card=["Please take the payment from my card {v}.", "The card {v} has been stopped.",
              "Card no: {v}", "I used {v} for the booking."],
        phone=["Ring me on {v} this afternoon.", "My mobile is {v}.", "Tel: {v}",
               "The surgery's number is {v}."],
        iban=["Please send the refund to {v}.", "IBAN: {v}", "Pay into {v}, reference INV 2291."],
        ssn=["My US social security number is {v}.", "SSN: {v}", "SSN {v} (from my US job)."],
        email=["Email me at {v}.", "Contact: {v}", "Please reply to {v}."],
        phone_labels=["Phone:", "Tel:", "Mobile:", "mobile", "Tel no.", "telephone"],
        ssn_labels=["SSN:", "Social Security number:", "US SSN"],
        order="order", suite="Unit", apt="Flat", blocked="is blocked", refunded="refunded",
        phones="numbers", cards="cards", qty="Qty", invoice="invoice", row="customer"),
    "de": dict(
        card=["Bitte belasten Sie meine Karte {v}.", "Die Karte {v} wurde gesperrt.",
              "Kartennummer: {v}", "Ich habe gestern mit {v} bezahlt."],
        phone=["Rufen Sie mich unter {v} an.", "Telefon: {v}", "Meine Nummer ist {v}.",
               "Erreichbar unter {v}."],
        iban=["Bitte überweisen Sie an {v}.", "IBAN: {v}", "Kontoverbindung: {v}"],
        ssn=["Meine US-Sozialversicherungsnummer (SSN) ist {v}.", "SSN: {v}"],
        email=["Schicken Sie es an {v}.", "E-Mail: {v}", "Bitte {v} in CC setzen."],
        phone_labels=["Telefon:", "Tel.:", "Handy:", "Mobil:", "Telefonnummer", "Tel"],
        ssn_labels=["SSN:", "Sozialversicherungsnummer:", "US-SSN", "Social Security Number:"],
        order="Bestellung", suite="Büro", apt="Whg.", blocked="ist gesperrt",
        refunded="erstattet", phones="Nummern", cards="Karten", qty="Menge", invoice="Rechnung",
        row="Kunde"),
    "fr": dict(
        card=["Merci de débiter ma carte {v}.", "La carte {v} a été bloquée.",
              "Numéro de carte : {v}", "J'ai payé avec {v} hier."],
        phone=["Appelez-moi au {v}.", "Téléphone : {v}", "Mon numéro est le {v}.",
               "Joignable au {v}."],
        iban=["Merci de virer le remboursement sur {v}.", "IBAN : {v}", "RIB/IBAN : {v}"],
        ssn=["Mon numéro de sécurité sociale américain (SSN) est {v}.", "SSN : {v}"],
        email=["Envoyez-le à {v}.", "Courriel : {v}", "Mettez {v} en copie."],
        phone_labels=["Tél. :", "Téléphone :", "Portable :", "tél", "Tel :", "mobile"],
        ssn_labels=["SSN :", "numéro de sécurité sociale :", "Social Security Number :"],
        order="commande", suite="Bureau", apt="Appt", blocked="est bloquée",
        refunded="remboursée", phones="numéros", cards="cartes", qty="Qté", invoice="facture",
        row="client"),
    "nl": dict(
        card=["Graag mijn kaart {v} belasten.", "De kaart {v} is geblokkeerd.",
              "Kaartnummer: {v}", "Ik heb gisteren met {v} betaald."],
        phone=["Bel me op {v}.", "Telefoon: {v}", "Mijn nummer is {v}.", "Bereikbaar op {v}."],
        iban=["Maak het bedrag over naar {v}.", "IBAN: {v}", "Rekeningnummer: {v}"],
        ssn=["Mijn Amerikaanse social security number (SSN) is {v}.", "SSN: {v}"],
        email=["Stuur het naar {v}.", "E-mail: {v}", "Zet {v} in de cc."],
        phone_labels=["Telefoon:", "Tel.:", "Mobiel:", "telefoonnummer", "tel"],
        ssn_labels=["SSN:", "Social Security Number:", "US-SSN"],
        order="bestelling", suite="Kantoor", apt="App.", blocked="is geblokkeerd",
        refunded="terugbetaald", phones="nummers", cards="kaarten", qty="Aantal",
        invoice="factuur", row="klant"),
    "es": dict(
        card=["Cobren en mi tarjeta {v}, por favor.", "La tarjeta {v} está bloqueada.",
              "Número de tarjeta: {v}", "Pagué con {v} ayer."],
        phone=["Llámame al {v}.", "Teléfono: {v}", "Mi número es el {v}.", "Contacto en el {v}."],
        iban=["Transfieran el reembolso a {v}.", "IBAN: {v}", "Cuenta: {v}"],
        ssn=["Mi número de seguro social (SSN) es {v}.", "SSN: {v}"],
        email=["Envíalo a {v}.", "Correo: {v}", "Pon a {v} en copia."],
        phone_labels=["Teléfono:", "Tel.:", "Móvil:", "teléfono", "tlf."],
        ssn_labels=["SSN:", "número de seguro social:", "Social Security Number:"],
        order="pedido", suite="Oficina", apt="Piso", blocked="está bloqueada",
        refunded="reembolsado", phones="teléfonos", cards="tarjetas", qty="Cant.",
        invoice="factura", row="cliente"),
    "it": dict(
        card=["Addebitate sulla mia carta {v}.", "La carta {v} è stata bloccata.",
              "Numero carta: {v}", "Ho pagato con {v} ieri."],
        phone=["Chiamami al {v}.", "Telefono: {v}", "Il mio numero è {v}.", "Reperibile al {v}."],
        iban=["Bonificate il rimborso su {v}.", "IBAN: {v}", "Conto: {v}"],
        ssn=["Il mio numero di previdenza sociale USA (SSN) è {v}.", "SSN: {v}"],
        email=["Invialo a {v}.", "Email: {v}", "Metti {v} in copia."],
        phone_labels=["Telefono:", "Tel.:", "Cellulare:", "cell.", "tel"],
        ssn_labels=["SSN:", "numero di previdenza sociale:", "Social Security Number:"],
        order="ordine", suite="Ufficio", apt="Int.", blocked="è bloccata",
        refunded="rimborsato", phones="numeri", cards="carte", qty="Qtà", invoice="fattura",
        row="cliente"),
}

# ---- values -------------------------------------------------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def rng_prefix(lo, hi):
    return str(R.randint(lo, hi))


# Issuer ranges (IIN) and lengths of the major card schemes.
CARD_BRANDS = [
    ("visa", lambda: "4", [16, 16, 16, 13, 19]),
    ("mastercard", lambda: rng_prefix(51, 55), [16]),
    ("mastercard-2series", lambda: rng_prefix(2221, 2720), [16]),
    ("amex", lambda: R.choice(["34", "37"]), [15]),
    ("discover", lambda: R.choice(["6011", rng_prefix(644, 649), "65"]), [16, 16, 19]),
    ("discover-unionpay", lambda: rng_prefix(622126, 622925), [16]),
    ("diners", lambda: R.choice(["36", rng_prefix(300, 305)]), [14]),
    ("diners-38", lambda: R.choice(["38", "39"]), [16]),
    ("jcb", lambda: rng_prefix(3528, 3589), [16]),
    ("unionpay", lambda: rng_prefix(620, 629), [16, 17, 18, 19]),
    ("maestro", lambda: R.choice(["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762",
                                  "6763"]), [16, 18, 19]),
    ("mir", lambda: rng_prefix(2200, 2204), [16]),
    ("rupay", lambda: R.choice(["60", "65", "81", "82", "508"]), [16]),
    ("verve", lambda: R.choice([rng_prefix(506099, 506198), rng_prefix(650002, 650027)]), [16, 19]),
    ("troy", lambda: "9792", [16]),
    ("dankort", lambda: "5019", [16]),
]


def card(brand=None):
    b = brand or R.choice(CARD_BRANDS)
    length = R.choice(b[2])
    return b[0], luhn_complete(b[1](), length)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def card_groups(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    return [4] * (n // 4)


def fmt_card(d, style):
    g = card_groups(d)
    if style == "compact":
        return d
    if style == "space":
        return group(d, g, " ")
    if style == "dash":
        return group(d, g, "-")
    if style == "dot":
        return group(d, g, ".")
    if style == "mixed":  # 4539 8997-2074 3225
        parts = group(d, g, " ").split(" ")
        seps = [R.choice([" ", "-"]) for _ in parts[1:]]
        if len(set(seps)) == 1 and len(seps) > 1:
            seps[R.randrange(len(seps))] = "-" if seps[0] == " " else " "
        return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:]))
    raise ValueError(style)


# SWIFT IBAN registry: country, length, BBAN structure (n digits, a upper letters, c alphanumeric).
IBAN_REGISTRY = [
    ("AD", "4n4n12c"), ("AE", "3n16n"), ("AL", "8n16c"), ("AT", "5n11n"), ("AZ", "4a20c"),
    ("BA", "3n3n8n2n"), ("BE", "3n7n2n"), ("BG", "4a4n2n8c"), ("BH", "4a14c"), ("BI", "5n5n11n2n"),
    ("BR", "8n5n10n1a1c"), ("BY", "4c4n16c"), ("CH", "5n12c"), ("CR", "4n14n"), ("CY", "3n5n16c"),
    ("CZ", "4n6n10n"), ("DE", "8n10n"), ("DJ", "5n5n11n2n"), ("DK", "4n9n1n"), ("DO", "4c20n"),
    ("EE", "2n2n11n1n"), ("EG", "4n4n17n"), ("ES", "4n4n1n1n10n"), ("FI", "3n11n"), ("FK", "2a12n"),
    ("FO", "4n9n1n"), ("FR", "5n5n11c2n"), ("GB", "4a6n8n"), ("GE", "2a16n"), ("GI", "4a15c"),
    ("GL", "4n9n1n"), ("GR", "3n4n16c"), ("GT", "4c20c"), ("HN", "4a20n"), ("HR", "7n10n"),
    ("HU", "3n4n1n15n1n"), ("IE", "4a6n8n"), ("IL", "3n3n13n"), ("IQ", "4a3n12n"),
    ("IS", "4n2n6n10n"), ("IT", "1a5n5n12c"), ("JO", "4a4n18c"), ("KW", "4a22c"), ("KZ", "3n13c"),
    ("LB", "4n20c"), ("LC", "4a24c"), ("LI", "5n12c"), ("LT", "5n11n"), ("LU", "3n13c"),
    ("LV", "4a13c"), ("LY", "3n3n15n"), ("MC", "5n5n11c2n"), ("MD", "2c18c"), ("ME", "3n13n2n"),
    ("MK", "3n10c2n"), ("MN", "4n12n"), ("MR", "5n5n11n2n"), ("MT", "4a5n18c"),
    ("MU", "4a2n2n12n3n3a"), ("NI", "4a20n"), ("NL", "4a10n"), ("NO", "4n6n1n"), ("OM", "3n16c"),
    ("PK", "4a16c"), ("PL", "8n16n"), ("PS", "4a21c"), ("PT", "4n4n11n2n"), ("QA", "4a21c"),
    ("RO", "4a16c"), ("RS", "3n13n2n"), ("RU", "9n5n15c"), ("SA", "2n18c"), ("SC", "4a2n2n16n3a"),
    ("SD", "2n12n"), ("SE", "3n16n1n"), ("SI", "5n8n2n"), ("SK", "4n6n10n"), ("SM", "1a5n5n12c"),
    ("SO", "4n3n12n"), ("ST", "4n4n11n2n"), ("SV", "4a20n"), ("TL", "3n14n2n"), ("TN", "2n3n13n2n"),
    ("TR", "5n1n16c"), ("UA", "6n19c"), ("VA", "3n15n"), ("VG", "4a16n"), ("XK", "4n10n2n"),
    ("YE", "4a4n18c"),
]
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"


def bban(spec):
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        pool = DIG if ch == "n" else UP if ch == "a" else UP + DIG
        n = int(num)
        # alphanumeric parts of real BBANs are mostly digits: keep it that way
        if ch == "c":
            out.append("".join(R.choice(DIG) if R.random() < 0.8 else R.choice(UP) for _ in range(n)))
        else:
            out.append("".join(R.choice(pool) for _ in range(n)))
        num = ""
    return "".join(out)


def iban(country=None):
    cc, spec = next(x for x in IBAN_REGISTRY if x[0] == country) if country else R.choice(IBAN_REGISTRY)
    b = bban(spec)
    rearr = b + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    check = 98 - num % 97
    return cc + "%02d" % check + b


def fmt_iban(v, style):
    if style == "compact":
        return v
    if style == "space":
        return group(v, [4] * 9, " ")
    if style == "dash":
        return group(v, [4] * 9, "-")
    if style == "odd":  # DE 89 3704 0044 0532 0130 00 / DE89 37040044 0532013000
        if R.random() < 0.5:
            return v[:2] + " " + v[2:4] + " " + group(v[4:], [4] * 8, " ")
        rest = v[4:]
        cut = R.randint(3, max(3, len(rest) - 3))
        return v[:4] + " " + rest[:cut] + " " + rest[cut:]
    raise ValueError(style)


def nanp():
    while True:
        a = "%d%d%d" % (R.randint(2, 9), R.randint(0, 8), R.randint(0, 9))
        e = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if a[1:] != "11" and e[1:] != "11":
            return a, e, "%04d" % R.randint(0, 9999)


def digits(n):
    """n digits of a subscriber number: the first is never 0 or 1 (those are trunk and service
    prefixes in every numbering plan here)."""
    return R.choice("23456789") + "".join(R.choice(DIG) for _ in range(n - 1))


def phone_nanp(style=None):
    a, e, n = nanp()
    styles = ["+1 {a} {e} {n}", "({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "+1-{a}-{e}-{n}",
              "1-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "+1 {a}-{e}-{n}"]
    return (style or R.choice(styles)).format(a=a, e=e, n=n)


def phone_national(loc):
    """A number in the national and international styles of the locale."""
    if loc == "en_US":
        return phone_nanp()
    if loc == "en_GB":
        return R.choice([
            lambda: "+44 20 %s %s" % (digits(4), digits(4)),
            lambda: "020 %s %s" % (digits(4), digits(4)),
            lambda: "07%d%s %s" % (R.randint(4, 9), digits(2), digits(6)),
            lambda: "+44 7%d%s %s" % (R.randint(4, 9), digits(2), digits(6)),
            lambda: "0161 %s %s" % (digits(3), digits(4)),
            lambda: "+44 (0)113 %s %s" % (digits(3), digits(4)),
        ])()
    if loc == "de":
        return R.choice([
            lambda: "+49 30 %s" % digits(8),
            lambda: "030 %s" % digits(8),
            lambda: "030/%s" % digits(7),
            lambda: "015%d %s" % (R.randint(1, 9), digits(8)),
            lambda: "+49 15%d %s" % (R.randint(1, 9), digits(8)),
            lambda: "+49 (0)89 %s" % digits(7),
            lambda: "089 %s %s" % (digits(3), digits(4)),
            lambda: "0221-%s" % digits(7),
        ])()
    if loc == "fr":
        return R.choice([
            lambda: "+33 %d %s" % (R.randint(1, 7), " ".join(digits(2) for _ in range(4))),
            lambda: "0%d %s" % (R.randint(1, 7), " ".join(digits(2) for _ in range(4))),
            lambda: "0%d.%s" % (R.choice([6, 7]), ".".join(digits(2) for _ in range(4))),
            lambda: "+33 (0)%d %s" % (R.randint(1, 5), " ".join(digits(2) for _ in range(4))),
        ])()
    if loc == "nl":
        return R.choice([
            lambda: "+31 20 %s %s" % (digits(3), digits(4)),
            lambda: "020-%s %s" % (digits(3), digits(4)),
            lambda: "06-%s" % digits(8),
            lambda: "06 %s %s" % (digits(4), digits(4)),
            lambda: "+31 6 %s" % digits(8),
            lambda: "010 %s %s" % (digits(3), digits(4)),
        ])()
    if loc == "es":
        return R.choice([
            lambda: "+34 91%s %s %s" % (digits(1), digits(3), digits(3)),
            lambda: "91%s %s %s %s" % (digits(1), digits(2), digits(2), digits(2)),
            lambda: "6%s %s %s" % (digits(2), digits(3), digits(3)),
            lambda: "+34 6%s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
        ])()
    if loc == "it":
        return R.choice([
            lambda: "+39 06 %s %s" % (digits(4), digits(4)),
            lambda: "06 %s %s" % (digits(4), digits(4)),
            lambda: "3%s %s %s" % (digits(2), digits(3), digits(4)),
            lambda: "+39 3%s %s" % (digits(2), digits(7)),
            lambda: "02 %s" % digits(8),
        ])()
    raise ValueError(loc)


def phone(loc):
    return phone_nanp() if R.random() < 0.3 else phone_national(loc)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


def fmt_ssn(style=None):
    a, g, s = ssn()
    return (style or R.choice(["{a}-{g}-{s}", "{a}-{g}-{s}", "{a} {g} {s}"])).format(a=a, g=g, s=s)


FIRST = ["maria", "jan", "sophie", "lukas", "emma", "noah", "lea", "pierre", "giulia", "javier",
         "anna", "tom", "chloe", "pablo", "marco", "eva", "liam", "ines", "sara", "finn"]
LAST = ["keller", "smith", "dubois", "jansen", "garcia", "rossi", "muller", "bakker", "lopez",
        "bianchi", "martin", "brown", "schmidt", "visser", "moreau", "ferrari"]
DOMAINS = {
    "en_US": ["example.com", "gmail.com", "outlook.com", "acme-corp.com", "yahoo.com"],
    "en_GB": ["example.co.uk", "btinternet.com", "gmail.com", "nhs.net", "acme.co.uk"],
    "de": ["example.de", "gmx.de", "web.de", "t-online.de", "firma.de"],
    "fr": ["example.fr", "orange.fr", "free.fr", "laposte.net", "societe.fr"],
    "nl": ["example.nl", "ziggo.nl", "kpnmail.nl", "bedrijf.nl", "gmail.com"],
    "es": ["example.es", "telefonica.net", "gmail.com", "empresa.es", "hotmail.es"],
    "it": ["example.it", "libero.it", "virgilio.it", "azienda.it", "gmail.com"],
}


def email(loc, local=None):
    f, l = R.choice(FIRST), R.choice(LAST)
    if local is None:
        local = R.choice(["{f}.{l}", "{f}{l}", "{f}_{l}", "{f0}{l}", "{f}.{l}{n}", "{f}-{l}"]).format(
            f=f, l=l, f0=f[0], n=R.randint(1, 99))
    return local + "@" + R.choice(DOMAINS[loc])


# RFC 5322 atext beyond the usual letters, digits, dot, underscore, hyphen and plus.
ATEXT_SPECIAL = "!#$%&'*/=?^`{|}~"


def email_atext(loc):
    f, l = R.choice(FIRST), R.choice(LAST)
    c = R.choice(ATEXT_SPECIAL)
    local = R.choice([
        f + c + l, f.capitalize() + c + "ops", c + f, f + "." + l + c, "{" + f + "}" if c in "{}" else f + c + c + l,
        l + c + "billing", f + "+" + l + c + "x",
    ])
    return email(loc, local)


def email_quoted(loc):
    f, l = R.choice(FIRST), R.choice(LAST)
    inner = R.choice(["%s %s" % (f, l), "%s..%s" % (f, l), "%s@%s" % (f, l), "%s, %s" % (l, f),
                      "%s(%s)" % (f, l), "%s \\\"%s\\\"" % (f, l)])
    return email(loc, '"' + inner + '"')


# ---- Unicode look-alikes ------------------------------------------------------------------------
USPACES = ["\u00a0", "\u202f"] + [chr(c) for c in range(0x2000, 0x200B)]
UHYPHENS = ["\u2011", "\u2010", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d"]
INVISIBLE = ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200c", "\u200d"]
ND_SCRIPTS = {  # zero of each decimal-digit (Nd) block
    "fullwidth": 0xFF10, "arabic-indic": 0x0660, "ext-arabic-indic": 0x06F0, "devanagari": 0x0966,
    "bengali": 0x09E6, "thai": 0x0E50, "math-bold": 0x1D7CE,
}
FULLWIDTH_PUNCT = {"@": "\uff20", ".": "\uff0e", "+": "\uff0b", "(": "\uff08", ")": "\uff09"}


def to_script(s, zero):
    return "".join(chr(zero + ord(c) - 48) if c.isdigit() else c for c in s)


def insert_invisible(s, ch):
    i = R.randint(1, len(s) - 1)
    return s[:i] + ch + s[i:]


# ---- records ------------------------------------------------------------------------------------
ENTITY = {"card": "CREDIT_CARD", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE", "ssn": "US_SSN",
          "email": "EMAIL_ADDRESS", "secret": "SECRET"}
records = []
CLASS_IDS = {}


def emit(loc, cls, parts):
    """parts: strings and (label, value) pairs."""
    text, spans = assemble(parts)
    check_spans(text, spans)
    cid = CLASS_IDS.setdefault(cls, len(CLASS_IDS) + 1)
    records.append({"full_text": text, "spans": spans, "template_id": cid,
                    "metadata": {"locale": loc, "class": cls}})


def frame(loc, kind, v):
    """A locale sentence around one labelled value."""
    t = R.choice(L[loc][kind])
    a, b = t.split("{v}")
    return [a, (ENTITY[kind], v), b]


def value_of(kind, loc, style=None):
    if kind == "card":
        return fmt_card(card()[1], style or R.choice(["compact", "space", "dash"]))
    if kind == "phone":
        return phone(loc)
    if kind == "iban":
        return fmt_iban(iban(), style or R.choice(["compact", "space"]))
    if kind == "ssn":
        return fmt_ssn()
    if kind == "email":
        return email(loc)
    raise ValueError(kind)


def per_locale(n):
    for loc in LOCALES:
        for _ in range(n):
            yield loc


# 1. context: a value next to other numbers
for loc in per_locale(12):
    w = L[loc]
    c = fmt_card(card()[1], R.choice(["space", "compact", "dash"]))
    k = R.randint(1, 9)
    emit(loc, "ctx_list_number", R.choice([
        ["Card #%d " % k, ("CREDIT_CARD", c), " %s" % w["blocked"]],
        ["%d. " % k, ("CREDIT_CARD", c), "\n%d. " % (k + 1), ("CREDIT_CARD", fmt_card(card()[1], "space"))],
        ["%d) " % k, ("PHONE_NUMBER", phone(loc)), "\n%d) " % (k + 1), ("PHONE_NUMBER", phone(loc))],
        ["%s: 1 " % w["phones"], ("PHONE_NUMBER", phone_nanp("+1 {a} {e} {n}")), ", 2 ",
         ("PHONE_NUMBER", phone_nanp("+1 {a} {e} {n}"))],
        ["#%d " % k, ("PHONE_NUMBER", phone(loc))],
    ]))
for loc in per_locale(12):
    w = L[loc]
    o = str(R.randint(1000, 999999))
    emit(loc, "ctx_order_number", R.choice([
        ["%s %s " % (w["order"], o), ("CREDIT_CARD", card()[1]), " %s" % w["refunded"]],
        [("CREDIT_CARD", fmt_card(card()[1], "space")), " %s %s" % (w["order"], o)],
        ["%s %s " % (w["invoice"], o), ("IBAN_CODE", fmt_iban(iban(), "space")), " %s" % w["refunded"]],
        ["%s %s, " % (w["order"], o), ("PHONE_NUMBER", phone(loc))],
        [("PHONE_NUMBER", phone(loc)), " %s %s" % (w["order"], o)],
        ["%s 2 " % w["qty"], ("CREDIT_CARD", card()[1])],
    ]))
for loc in per_locale(12):
    w = L[loc]
    n = str(R.randint(1, 999))
    emit(loc, "ctx_suite_apt", R.choice([
        ["%s %s " % (w["suite"], n), ("PHONE_NUMBER", phone_nanp("+1 {a} {e} {n}"))],
        ["%s %s " % (w["apt"], n), ("PHONE_NUMBER", phone_nanp("({a}) {e}-{n}"))],
        ["%s %s, " % (w["suite"], n), ("PHONE_NUMBER", phone(loc))],
        ["%s %s " % (w["apt"], n), ("PHONE_NUMBER", phone_national(loc))],
    ]))
for loc in per_locale(12):
    emit(loc, "ctx_path", R.choice([
        ["GET /v1/cards/", ("CREDIT_CARD", card()[1]), " returned 404"],
        ["curl https://api.example.com/v2/customers/", ("CREDIT_CARD", card()[1]), "/refunds"],
        ["POST /users/", ("PHONE_NUMBER", "+1" + "".join(nanp())), "/calls HTTP/1.1"],
        ["GET /accounts/", ("IBAN_CODE", iban()), "/balance"],
        ["https://crm.example.com/contacts/", ("EMAIL_ADDRESS", email(loc)), "/edit"],
        ["s3://exports/2024/", ("CREDIT_CARD", card()[1]), ".csv"],
        ["/home/app/data/", ("US_SSN", fmt_ssn("{a}-{g}-{s}")), "/w2.pdf"],
    ]))
for loc in per_locale(12):
    w = L[loc]
    kind = R.choice(["card", "phone", "iban", "mix"])
    if kind == "card":
        vals = [("CREDIT_CARD", card()[1]) for _ in range(R.randint(2, 4))]
        sep = R.choice([", ", "; ", " ", "\t", " | "])
    elif kind == "phone":
        vals = [("PHONE_NUMBER", phone(loc)) for _ in range(R.randint(2, 4))]
        sep = R.choice([", ", "; ", " / ", "\t", " | "])
    elif kind == "iban":
        vals = [("IBAN_CODE", iban()) for _ in range(R.randint(2, 3))]
        sep = R.choice([", ", "; ", " ", "\t"])
    else:
        vals = [("EMAIL_ADDRESS", email(loc)), ("PHONE_NUMBER", phone(loc)),
                ("CREDIT_CARD", fmt_card(card()[1], "space")), ("IBAN_CODE", iban())]
        R.shuffle(vals)
        sep = R.choice([",", ";", "\t", " | "])
    parts = ["%s %d%s" % (w["row"], R.randint(1, 500), sep)]
    for i, v in enumerate(vals):
        if i:
            parts.append(sep)
        parts.append(v)
    parts.append("%s%d.%02d" % (sep, R.randint(1, 900), R.randint(0, 99)))
    emit(loc, "ctx_row", parts)

# 2. Unicode look-alikes
def spaced_value(kind, loc):
    if kind == "card":
        return fmt_card(card()[1], "space")
    if kind == "phone":
        while True:
            v = phone(loc)
            if " " in v:
                return v
    if kind == "iban":
        return fmt_iban(iban(), "space")
    return fmt_ssn("{a} {g} {s}")


for loc in per_locale(16):
    kind = R.choice(["card", "phone", "iban", "ssn"])
    sp = R.choice(USPACES)
    v = spaced_value(kind, loc).replace(" ", sp)
    emit(loc, "uni_space", frame(loc, kind, v))
for loc in per_locale(12):
    kind = R.choice(["card", "phone", "ssn", "iban"])
    h = R.choice(UHYPHENS)
    if kind == "card":
        v = fmt_card(card()[1], "dash")
    elif kind == "phone":
        v = R.choice([phone_nanp("{a}-{e}-{n}"), phone_nanp("+1-{a}-{e}-{n}"), phone_nanp("({a}) {e}-{n}")])
    elif kind == "iban":
        v = fmt_iban(iban(), "dash")
    else:
        v = fmt_ssn("{a}-{g}-{s}")
    emit(loc, "uni_hyphen", frame(loc, kind, v.replace("-", h)))
for loc in per_locale(12):
    kind = R.choice(["card", "phone", "iban", "ssn", "email"])
    if kind == "email":
        v = email(loc).replace("@", "\uff20")
        if R.random() < 0.5:
            v = v.replace(".", "\uff0e")
        emit(loc, "uni_fullwidth", frame(loc, kind, v))
        continue
    v = to_script(value_of(kind, loc), ND_SCRIPTS["fullwidth"])
    if kind == "phone":
        v = "".join(FULLWIDTH_PUNCT.get(c, c) for c in v)
    emit(loc, "uni_fullwidth", frame(loc, kind, v))
for loc in per_locale(12):
    kind = R.choice(["card", "phone", "iban", "ssn"])
    script = R.choice([s for s in ND_SCRIPTS if s != "fullwidth"])
    v = to_script(value_of(kind, loc), ND_SCRIPTS[script])
    emit(loc, "uni_digits_nd", frame(loc, kind, v))
for loc in per_locale(20):
    kind = R.choice(["card", "phone", "iban", "ssn", "email", "email"])
    v = value_of(kind, loc)
    v = insert_invisible(v, R.choice(INVISIBLE))
    if R.random() < 0.25:
        v = insert_invisible(v, R.choice(INVISIBLE))
    emit(loc, "uni_invisible", frame(loc, kind, v))

# 3. other separators and groupings
for loc in per_locale(10):
    d = card()[1]
    emit(loc, "sep_card_dots", frame(loc, "card", fmt_card(d, "dot")))
for loc in per_locale(10):
    while True:
        d = card()[1]
        if len(d) >= 16:
            break
    emit(loc, "sep_card_mixed", frame(loc, "card", fmt_card(d, "mixed")))
for loc in per_locale(6):
    emit(loc, "sep_phone_dots", frame(loc, "phone", R.choice([
        phone_nanp("{a}.{e}.{n}"), phone_nanp("+1.{a}.{e}.{n}"),
        "0%d.%s" % (R.randint(1, 7), ".".join(digits(2) for _ in range(4))),
        "+49.30.%s" % digits(8), "06.%s.%s" % (digits(4), digits(4))])))
for loc in per_locale(10):
    emit(loc, "sep_iban_dash", frame(loc, "iban", fmt_iban(iban(), "dash")))
for loc in per_locale(10):
    emit(loc, "sep_iban_odd", frame(loc, "iban", fmt_iban(iban(), "odd")))
for loc in per_locale(12):
    if R.random() < 0.5:
        g = fmt_card(card()[1], R.choice(["space", "compact"]))
        kind = "card"
    else:
        g = fmt_iban(iban(), R.choice(["space", "compact"]))
        kind = "iban"
    if " " in g:
        idx = [i for i, ch in enumerate(g) if ch == " "]
        i = R.choice(idx)
        v = g[:i] + R.choice(["\n", "\r\n"]) + g[i + 1:]
    else:
        i = R.randint(6, len(g) - 4)
        v = g[:i] + "\n" + g[i:]
    emit(loc, "sep_newline", frame(loc, kind, v))

# 4. labelled values without punctuation
for loc in per_locale(12):
    lab = R.choice(L[loc]["ssn_labels"])
    emit(loc, "lab_ssn_bare", [lab + " ", ("US_SSN", fmt_ssn("{a}{g}{s}")), R.choice(["", ".", ", thanks", "\n"])])
for loc in per_locale(12):
    lab = R.choice(L[loc]["phone_labels"])
    a, e, n = nanp()
    v = R.choice(["1" + a + e + n, a + e + n, "+1" + a + e + n])
    emit(loc, "lab_phone_bare", [lab + " ", ("PHONE_NUMBER", v), R.choice(["", ".", " (US)", "\n"])])

# 5. every IBAN country of the registry, every major card range
for cc, _ in IBAN_REGISTRY:
    for style in ["compact", "space"]:
        loc = R.choice(LOCALES)
        emit(loc, "iban_registry", frame(loc, "iban", fmt_iban(iban(cc), style)))
for loc in LOCALES:  # Iran: IBANs in use, not in the SWIFT registry (issue 14 names IR and PT)
    b = "0" + "".join(R.choice(DIG) for _ in range(21))
    rearr = b + "IR00"
    v = "IR%02d" % (98 - int("".join(str(int(ch, 36)) for ch in rearr)) % 97) + b
    emit(loc, "iban_ir", frame(loc, "iban", fmt_iban(v, R.choice(["compact", "space"]))))
for b in CARD_BRANDS:
    for style in ["compact", "space", "dash"]:
        for _ in range(2):
            loc = R.choice(LOCALES)
            d = luhn_complete(b[1](), R.choice(b[2]))
            emit(loc, "card_iin", frame(loc, "card", fmt_card(d, style)))

# 6. e-mail local parts
for loc in per_locale(10):
    emit(loc, "email_atext", frame(loc, "email", email_atext(loc)))
for loc in per_locale(6):
    emit(loc, "email_quoted", frame(loc, "email", email_quoted(loc)))

# 7. secrets named by their key


def secret_value():
    k = R.randint(0, 5)
    if k == 0:
        return "".join(R.choice(B62) for _ in range(R.randint(16, 40)))
    if k == 1:
        return "".join(R.choice("0123456789abcdef") for _ in range(R.choice([32, 40, 64])))
    if k == 2:  # AWS-style secret access key
        return "".join(R.choice(B62 + "/+") for _ in range(40))
    if k == 3:
        w = ["Summer", "Tr0ub4dor", "Kaffee", "Soleil", "Gracht", "Paella", "Gelato", "Winter"]
        return R.choice(w) + R.choice(["!", "#", "&", "$", "_"]) + str(R.randint(1, 9999)) + R.choice(["", "x", "Q"])
    if k == 4:
        return "-".join(R.choice(["correct", "horse", "battery", "staple", "orbit", "lemon", "quartz",
                                  "violet"]) for _ in range(4))
    return "".join(R.choice(B62 + "!@#%^*_-") for _ in range(R.randint(12, 24)))


SECRET_KEYS = ["password", "passwd", "pwd", "db_password", "secret", "secret_key", "client_secret",
               "api_key", "apikey", "auth_token", "access_token", "token", "aws_secret_access_key",
               "jwt_secret", "smtp_password", "encryption_key", "webhook_secret", "consumer_secret",
               "app_secret", "private_key_passphrase", "redis_password", "admin_password"]
ENV_KEYS = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "SECRET_KEY", "API_KEY",
            "AWS_SECRET_ACCESS_KEY", "JWT_SECRET", "CLIENT_SECRET", "AUTH_TOKEN", "SMTP_PASSWORD",
            "REDIS_PASSWORD", "STRIPE_SECRET", "GITHUB_CLIENT_SECRET", "SESSION_SECRET",
            "DJANGO_SECRET_KEY", "APP_KEY", "ACCESS_TOKEN", "RABBITMQ_DEFAULT_PASS"]
PLACEHOLDERS = ["${DB_PASSWORD}", "<your-api-key>", "changeme", "YOUR_API_KEY", "xxxxxxxx",
                "***", "${{ secrets.API_KEY }}", "{{ .Values.password }}", "%(DB_PASS)s"]
INTRO = {
    "en_US": "Why does this config fail to connect?", "en_GB": "Can you spot what's wrong here?",
    "de": "Warum schlägt die Verbindung mit dieser Konfiguration fehl?",
    "fr": "Pourquoi cette configuration ne se connecte pas ?",
    "nl": "Waarom werkt deze configuratie niet?", "es": "¿Por qué falla esta configuración?",
    "it": "Perché questa configurazione non funziona?",
}


def neg_or_secret(placeholder_p=0.15):
    if R.random() < placeholder_p:
        return ("NEG_PLACEHOLDER", R.choice(PLACEHOLDERS))
    return ("SECRET", secret_value())


for loc in per_locale(10):  # env / .env / shell export
    k = R.choice(ENV_KEYS)
    q = R.choice(["", '"', "'"])
    lines = [INTRO[loc] + "\n```\n", "DB_HOST=db.internal\nDB_PORT=5432\n",
             R.choice(["", "export "]) + k + "=" + q, neg_or_secret(), q + "\nLOG_LEVEL=info\n```"]
    emit(loc, "secret_env", lines)
for loc in per_locale(10):  # INI
    if R.random() < 0.4:
        lines = [INTRO[loc] + "\n[default]\nregion = eu-west-1\naws_access_key_id = ",
                 ("SECRET", "AKIA" + "".join(R.choice(UP + "234567") for _ in range(16))),
                 "\naws_secret_access_key = ", ("SECRET", "".join(R.choice(B62 + "/+") for _ in range(40))), "\n"]
    else:
        k = R.choice(SECRET_KEYS)
        lines = [INTRO[loc] + "\n[database]\nhost = db.internal\nport = 5432\nuser = app\n" + k + " = ",
                 neg_or_secret(), "\npool_size = 10\n"]
    emit(loc, "secret_ini", lines)
for loc in per_locale(10):  # YAML
    k = R.choice(SECRET_KEYS)
    q = R.choice(["", '"', "'"])
    lines = [INTRO[loc] + "\n```yaml\ndatabase:\n  host: db.internal\n  user: app\n  " + k + ": " + q,
             neg_or_secret(), q + "\n  timeout: 30\n```"]
    emit(loc, "secret_yaml", lines)
for loc in per_locale(10):  # JSON pasted as text
    k = R.choice(SECRET_KEYS + ["apiKey", "clientSecret", "accessToken", "password"])
    lines = [INTRO[loc] + '\n{"service": "billing", "endpoint": "https://api.example.com", "' + k + '": "',
             neg_or_secret(), '", "retries": 3}']
    emit(loc, "secret_json", lines)
for loc in per_locale(10):  # TOML
    k = R.choice(SECRET_KEYS)
    q = R.choice(['"', "'"])
    lines = [INTRO[loc] + "\n[server]\nport = 8080\n\n[database]\nurl_host = \"db.internal\"\n" + k + " = " + q,
             neg_or_secret(), q + "\nmax_connections = 20\n"]
    emit(loc, "secret_toml", lines)
for loc in per_locale(10):  # connection strings
    s = "".join(ch for ch in secret_value() if ch not in ";@/#?:%&+")
    kind = R.randint(0, 6)
    if kind == 0:
        parts = ["Server=tcp:db.example.net,1433;Database=app;User ID=app;Password=", ("SECRET", s), ";Encrypt=true;"]
    elif kind == 1:
        parts = ["postgresql://app:", ("SECRET", s), "@db.internal:5432/app"]
    elif kind == 2:
        parts = ["mongodb+srv://svc:", ("SECRET", s), "@cluster0.example.net/app?retryWrites=true"]
    elif kind == 3:
        parts = ["jdbc:mysql://db:3306/app?user=app&password=", ("SECRET", s), "&useSSL=true"]
    elif kind == 4:
        parts = ["redis://:", ("SECRET", s), "@cache:6379/0"]
    elif kind == 5:
        parts = ["Host=db;Port=5432;Username=app;Password=", ("SECRET", s), ";Database=app"]
    else:
        parts = ["amqp://guest:", ("SECRET", s), "@mq:5672/"]
    emit(loc, "secret_connstr", [INTRO[loc] + "\n"] + parts)

write_json(records)
