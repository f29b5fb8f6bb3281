#!/usr/bin/env python3
"""gen_names_holdout.py: the HELD-OUT names / street addresses / dates of birth corpus (issue 15).

Written before any tuning of the NAMES signals on it and frozen with its output
(data/names_holdout.json): the NAMES pack is tuned on gen_names.py's corpus and on the even
records of presidio-research, and graded here. Everything differs from gen_names.py on purpose:

- names are invented by another method: letter patterns (C/V strings such as CVCCV) filled from
  each locale's letter inventory, compounded surnames (root + root), double-barrelled and O'/Mc
  surnames, accents; every name word is checked against every word of hush's own lexicon
  (anonymize/names_lexicon.c: given names, surnames and the ordinary words), so none is known;
- locales are regional variants gen_names.py does not use: en_AU, en_IE, en_CA, de_AT, de_CH,
  fr_BE, fr_CA, nl_BE, es_MX, es_AR, it_CH, each with its own address format (unit/suite/flat
  parts, "bus 3", "bte 2", "piso 5, depto. B", "12/3/14") and postcode;
- the texts are what real tickets, CRM exports, e-mail threads, patient notes and chat look
  like: helpdesk headers (Requester:, Assignee:, CC:), quoted replies ("On ... <x> wrote:"),
  "Surname, Given" order, ALL-CAPS patient lists, lower-case names in chat, names as JSON keys
  and values, names next to numbers (`#4471 Given Surname`), no-break spaces inside a name,
  signatures after a dash line or a role line;
- dates of birth in formats and labels gen_names.py does not write (`D.O.B.`, `b.`, `Birthdate`,
  `4th March 1987`, `Mar 4 1987`, two-digit years, `04-03-1987`, `Geb.-Datum`, `date de naiss.`,
  `fecha nac.`, `nato a X il`, JSON `dob` keys).

Not PII, labelled NEG_*: other dates and timestamps, product and company names, places as
topics, team names in salutations ("Hi team", "Dear Customer"), class names.

Deterministic (fixed seed); needs only the lexicon source file:
  python3 gen_names_holdout.py > data/names_holdout.json
"""
import json
import os
import random
import re
import sys

R = random.Random(20261202)
HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON_C = os.path.join(HERE, "..", "..", "..", "anonymize", "names_lexicon.c")


def lexicon_words():
    """Every word of hush's lexicon (its blob: [flags][length][bytes] entries)."""
    src = open(LEXICON_C, encoding="latin-1").read()
    body = src[src.index("anon_names_blob["):src.index("anon_names_slots[")]
    raw = bytearray()
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
        i = 0
        while i < len(lit):
            c = lit[i]
            if c != "\\":
                raw += c.encode("latin-1")
                i += 1
                continue
            m = re.match(r"[0-7]{1,3}", lit[i + 1:])
            if m:
                raw.append(int(m.group(0), 8))
                i += 1 + len(m.group(0))
            else:
                raw += {"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"', "'": b"'",
                        "?": b"?"}[lit[i + 1]]
                i += 2
    words, i = set(), 0
    while i + 2 <= len(raw):
        n = raw[i + 1]
        words.add(raw[i + 2:i + 2 + n].decode("utf-8", "replace"))
        i += 2 + n
    return words


KNOWN = lexicon_words()
assert len(KNOWN) > 100000, "could not read the lexicon"

LOCALES = ["en_AU", "en_IE", "en_CA", "de_AT", "de_CH", "fr_BE", "fr_CA", "nl_BE", "es_MX",
           "es_AR", "it_CH"]


def lang(loc):
    return loc[:2]


# ---- invented names: letter patterns -----------------------------------------------------------
LETTERS = {  # consonants, consonant clusters, vowels
    "en": ("bdfgklmnprstvwz", ["ck", "rn", "sh", "th", "wl", "nd", "rd"], ["a", "e", "i", "o", "y", "ee", "oa"]),
    "de": ("bdfghklmnprstwz", ["ch", "tz", "ng", "rk", "ld", "nk", "sch"], ["a", "e", "i", "o", "u", "ä", "ö", "ü", "ie", "au"]),
    "fr": ("bcdfglmnprstv", ["ch", "gn", "ll", "rr", "qu"], ["a", "e", "i", "o", "u", "é", "è", "ou", "eau", "ai"]),
    "nl": ("bdfghklmnprstvwz", ["ij", "ch", "sch", "nk", "rt"], ["a", "e", "i", "o", "u", "aa", "oe", "ui", "ee"]),
    "es": ("bcdfglmnprstvz", ["ll", "ñ", "rr", "ch", "nd"], ["a", "e", "i", "o", "u", "á", "é", "ó", "ia", "ue"]),
    "it": ("bcdfglmnprstvz", ["ll", "tt", "cc", "gn", "zz", "nn"], ["a", "e", "i", "o", "u", "ia", "io"]),
}
GIVEN_PATTERNS = ["CVCV", "CVCVC", "VCVC", "CVCVCV", "VCVCV"]
ROOT_PATTERNS = ["CVC", "CVCV", "VCV", "CVCVC"]
USED = set()


def fill_pattern(pat, lg):
    """A C/V pattern filled with the locale's letters; clusters only between two vowels."""
    cons, clusters, vowels = LETTERS[lg]
    out = []
    for k, ch in enumerate(pat):
        if ch == "C":
            inner = 0 < k < len(pat) - 1 and pat[k - 1] == "V" and pat[k + 1] == "V"
            out.append(R.choice(clusters) if inner and R.random() < 0.3 else R.choice(cons))
        else:
            out.append(R.choice(vowels))
    return "".join(out)


def fresh(make):
    for _ in range(5000):
        s = make()
        if len(s) < 4 or len(s) > 13 or s in USED:
            continue
        words = re.split(r"[-' ]", s)
        if any(w in KNOWN or w.lower() in KNOWN or len(w) < 2 for w in words):
            continue
        if any(b in s for b in ("fuck", "shit", "nazi", "sex", "cunt", "nig")):
            continue
        USED.add(s)
        return s
    raise RuntimeError("name space exhausted")


def cap(w):
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def given(loc):
    lg = lang(loc)
    return cap(fresh(lambda: fill_pattern(R.choice(GIVEN_PATTERNS), lg)))


def surname(loc):
    lg = lang(loc)
    r = R.random()
    if r < 0.5:  # a compound: two roots
        return cap(fresh(lambda: fill_pattern(R.choice(ROOT_PATTERNS), lg) +
                         fill_pattern(R.choice(ROOT_PATTERNS), lg).lower()))
    if r < 0.6 and lg == "en":
        pre = R.choice(["O'", "Mc"])
        root = fresh(lambda: fill_pattern(R.choice(ROOT_PATTERNS), lg))
        return pre + root[:1].upper() + root[1:]
    if r < 0.7:  # double-barrelled
        return cap(fresh(lambda: fill_pattern(R.choice(ROOT_PATTERNS), lg) + "-" +
                         fill_pattern(R.choice(ROOT_PATTERNS), lg)))
    return cap(fresh(lambda: fill_pattern(R.choice(GIVEN_PATTERNS + ROOT_PATTERNS), lg) +
                     R.choice({"en": ["an", "ey", "ott"], "de": ["er", "el", "ling"],
                               "fr": ["on", "et", "ais"], "nl": ["en", "el", "aert"],
                               "es": ["ez", "al", "eno"], "it": ["oni", "ati", "usi"]}[lg])))


class Person:
    def __init__(self, loc):
        self.given = given(loc)
        self.surname = surname(loc)
        if lang(loc) == "nl" and R.random() < 0.35:
            self.surname = R.choice(["Van", "De", "Vanden", "Van de", "Van der"]) + " " + self.surname
        if loc == "es_MX" and R.random() < 0.5:
            self.surname += " " + surname(loc)
        self.full = self.given + " " + self.surname
        base = re.sub(r"[^a-z]", "", self.surname.split(" ")[-1].lower().encode("ascii", "ignore").decode())
        g = re.sub(r"[^a-z]", "", self.given.lower().encode("ascii", "ignore").decode())
        self.email = R.choice(["%s.%s", "%s%s", "%s_%s"]) % (g, base)
        self.email += "@" + R.choice(["example.com.au", "example.ie", "example.ca", "example.at",
                                      "example.ch", "example.be", "example.mx", "example.com.ar"])


# ---- street addresses --------------------------------------------------------------------------
def street_word(loc):
    return cap(fresh(lambda: fill_pattern(R.choice(["CVCV", "CVCCVC", "CVCVC"]), lang(loc))))


def address(loc):
    n = R.randint(1, 380)
    w = street_word(loc)
    if loc == "en_AU":
        unit = R.choice(["", "Unit %d, " % R.randint(1, 40), "%d/" % R.randint(1, 20)])
        return "%s%d %s %s, %s %s %04d" % (unit, n, w, R.choice(["Crescent", "Parade", "Street", "Road", "Avenue", "Close"]),
                                           street_word(loc), R.choice(["VIC", "NSW", "QLD", "WA"]), R.randint(2000, 7999))
    if loc == "en_IE":
        unit = R.choice(["", "Apt %d, " % R.randint(1, 40), "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s %s, %s, Co. %s %s%02d %s" % (unit, n, w, R.choice(["Terrace", "Road", "Park", "Lane", "Grove"]),
                                                     street_word(loc), R.choice(["Dublin", "Cork", "Galway", "Kerry"]),
                                                     R.choice("ADFHKNPRTVWXY"), R.randint(10, 99),
                                                     "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
    if loc == "en_CA":
        unit = R.choice(["", "%d-" % R.randint(100, 2400)])
        suite = R.choice(["", ", Suite %d" % R.randint(100, 900), ", Apt. %d" % R.randint(1, 60)])
        return "%s%d %s %s%s, %s, %s %s%d%s %d%s%d" % (unit, n, w, R.choice(["Drive", "Street", "Avenue", "Boulevard", "Crescent"]),
                                                       suite, street_word(loc), R.choice(["ON", "BC", "AB", "NS"]),
                                                       R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9), R.choice("ABCEGHJKLMNPRSTVWXYZ"),
                                                       R.randint(0, 9), R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9))
    if loc == "de_AT":
        return "%s%s %d/%d/%d, %d %s" % (w, R.choice(["gasse", "straße", "weg", "platz"]), n, R.randint(1, 9),
                                         R.randint(1, 30), R.choice([1010, 1060, 1120, 4020, 5020, 8010]), street_word(loc))
    if loc == "de_CH":
        return "%s%s %d, CH-%d %s" % (w, R.choice(["strasse", "gasse", "weg"]), n, R.randint(1000, 9658), street_word(loc))
    if loc == "fr_BE":
        return "%s %s %d%s, %d %s" % (R.choice(["Rue", "Avenue", "Chaussée de", "Boulevard"]), w, n,
                                      R.choice(["", " bte %d" % R.randint(1, 20), "/%d" % R.randint(1, 9)]),
                                      R.randint(1000, 7999), street_word(loc))
    if loc == "fr_CA":
        return "%d, %s %s%s, %s (Québec) H%d%s %d%s%d" % (R.randint(100, 9999), R.choice(["rue", "boulevard", "avenue", "chemin"]),
                                                          w, R.choice(["", ", app. %d" % R.randint(1, 40), ", bureau %d" % R.randint(100, 800)]),
                                                          street_word(loc), R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"),
                                                          R.randint(0, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9))
    if loc == "nl_BE":
        return "%s%s %d%s, %d %s" % (w, R.choice(["straat", "laan", "steenweg", "plein", "dreef"]), n,
                                     R.choice(["", " bus %d" % R.randint(1, 30)]), R.randint(1000, 9999), street_word(loc))
    if loc == "es_MX":
        return "%s %s %d%s, Col. %s, %05d %s" % (R.choice(["Av.", "Calle", "Calz.", "Blvd."]), w, n,
                                                 R.choice(["", " Int. %d" % R.randint(1, 30), " Depto. %d" % R.randint(101, 804)]),
                                                 street_word(loc), R.randint(1000, 99999), street_word(loc))
    if loc == "es_AR":
        return "%s %s %d%s, C%d%s CABA" % (R.choice(["Av.", "Calle", "Pasaje"]), w, R.randint(100, 5999),
                                           R.choice(["", ", piso %d, depto. %s" % (R.randint(1, 20), R.choice("ABCDEF"))]),
                                           R.randint(1000, 1499), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)))
    if loc == "it_CH":
        return "%s %s %d, %d %s" % (R.choice(["Via", "Viale", "Piazza", "Vicolo"]), w, n, R.randint(6500, 6999), street_word(loc))
    raise ValueError(loc)


# ---- dates of birth ----------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
}


def ordinal(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def date(loc, lo=1931, hi=2007):
    y, m, d = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
    lg = lang(loc)
    mon = MONTHS[lg][m - 1]
    styles = {
        "en": ["%04d-%02d-%02d" % (y, m, d), "%02d/%02d/%04d" % (d, m, y), "%s %s %d" % (ordinal(d), mon, y),
               "%s %d %d" % (mon[:3], d, y), "%d %s %d" % (d, mon[:3], y), "%02d/%02d/%02d" % (d, m, y % 100),
               "%d-%s-%d" % (d, mon[:3], y)],
        "de": ["%d.%d.%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100), "%d. %s %d" % (d, mon, y),
               "%04d-%02d-%02d" % (y, m, d)],
        "fr": ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d-%02d-%04d" % (d, m, y),
               "%s %s %d" % ("1er" if d == 1 else d, mon, y)],
        "nl": ["%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d/%02d/%04d" % (d, m, y)],
        "es": ["%02d/%02d/%04d" % (d, m, y), "%d de %s de %d" % (d, mon, y), "%02d-%02d-%04d" % (d, m, y),
               "%d/%s/%d" % (d, mon[:3], y)],
        "it": ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d.%02d.%04d" % (d, m, y)],
    }
    return R.choice(styles[lg])


# ---- not PII -----------------------------------------------------------------------------------
PRODUCTS = ["Zendesk", "Salesforce", "HubSpot", "Jira Service Management", "Microsoft Teams", "Google Meet",
            "Stripe Checkout", "Shopify Plus", "PostgreSQL", "Grafana Loki", "Apache Airflow", "Docker Desktop",
            "Visual Studio", "Azure DevOps", "Amazon Redshift", "Power BI", "Adobe Acrobat", "Oracle Cloud"]
PLACES = ["Melbourne", "Galway", "Toronto", "Innsbruck", "Lausanne", "Liège", "Québec", "Antwerpen",
          "Guadalajara", "Rosario", "Lugano", "Tasmania"]
TEAMS = ["team", "all", "everyone", "Support Team", "Customer", "Sir or Madam", "folks", "Billing"]
CODE = ["CustomerRepository", "InvoiceService", "PatientRecordMapper", "AddressValidator",
        "BirthDateParser", "TicketQueueWorker"]

# ---- contexts ----------------------------------------------------------------------------------
# Slots: {F} full name, {G} given, {S} surname, {FL} full name lower case, {GL} given lower case,
# {FU} FULL NAME, {SU} SURNAME, {GU} GIVEN, {FN} full name with a no-break space, {SG} "Surname,
# Given"; a digit after the slot (F2, G3) is another person. {E} e-mail, {A} address,
# {AL} address in lower case, {D} date of birth, {N} number, {TS} timestamp (NEG_DATE),
# {PRODUCT} {PLACE} {TEAM} {CODE} (NEG_*).
CTX = {
    "en": [
        ("ticket", "Requester: {F} ({E})\nAssignee: {F2}\nPriority: High\nCreated: {TS}\n\nHey, my parcel from {PRODUCT} is still not here."),
        ("ticket", "#{N} {F} - refund pending, escalated by {G2} on {TS}"),
        ("ticket", "CC: {F}; {F2}\nCustomer {F3} reports the {PRODUCT} sync fails."),
        ("email", "On {TS}, {F} <{E}> wrote:\n> Could you resend the invoice?\n\nHi {G}, attached again. Cheers, {G2}"),
        ("email", "Hi {TEAM},\n\n{F} from accounts asked me to chase this up.\n\nThanks,\n{G2}\n--\n{F2} | Customer Success"),
        ("email", "To: \"{SG}\" <{E}>\nSubject: your appointment\n\nDear {G}, see you on {TS}."),
        ("crm", "Contact Name\tCompany\tDeals\n{F}\tBrightwave Pty Ltd\t{N}\n{F2}\tNorthgate Logistics\t{N}"),
        ("crm", "owner,account,stage\n{F},Harbour Analytics,Closed Won\n{F2},Kestrel Foods,Negotiation"),
        ("clinical", "Pt {F}, {N}yo, presents with chest pain. DOB {D}. Referred by Dr {S2}."),
        ("clinical", "MRN {N} | {SG} | D.O.B. {D} | {A}"),
        ("clinical", "PATIENT LIST\n1. {SU}, {GU} - bed 4\n2. {FU} - bed 7"),
        ("chat", "[{TS}] {GL}: can u check order {N}?\n[{TS}] support: sure {GL}, one sec"),
        ("chat", "hi, this is {FL}, my account is locked again"),
        ("chat", "thanks {G}!! also pls tell {G2} the {PRODUCT} link is broken"),
        ("json", '{"customer": {"name": "{F}", "email": "{E}"}, "shipping": {"line1": "{A}"}, "dob": "{D}"}'),
        ("json", '{"assignees": {"{F}": "owner", "{F2}": "reviewer"}, "service": "{CODE}"}'),
        ("json", '[{"id": {N}, "display_name": "{F}"}, {"id": {N}, "display_name": "{F2}"}]'),
        ("nbsp", "Please call {FN} back about ticket {N}."),
        ("nbsp", "Approved by {FN} on {TS}."),
        ("prose", "According to {F}, the outage started at {TS}. Ask {G} for the logs."),
        ("prose", "{G} from billing says the card on file expired; {F2} will follow up."),
        ("prose", "Per {F}'s request the account moves to {A}."),
        ("prose", "We met {F} in {PLACE} at the {PRODUCT} summit."),
    ],
    "de": [
        ("ticket", "Anfragender: {F}\nBearbeiter: {F2}\nErstellt: {TS}\n\nDas Paket von {PRODUCT} ist nicht angekommen."),
        ("email", "Am {TS} schrieb {F} <{E}>:\n> Bitte Rechnung nochmals senden.\n\nLieber {G}, anbei. LG {G2}"),
        ("email", "Sehr geehrter Herr Dr. {S},\n\nvielen Dank.\n\nFreundliche Grüße\ni.A. {F2}"),
        ("email", "Grüezi {G}\n\nIch melde mich wegen {PRODUCT}.\n\nBeste Grüsse\n{F2}"),
        ("crm", "Ansprechpartner;Firma;Deals\n{F};Alpenblick GmbH;{N}\n{F2};Seetal AG;{N}"),
        ("clinical", "Pat. {F}, geb. {D}, wohnhaft {A}, stationär seit {TS}."),
        ("clinical", "PATIENTIN: {SU}, {GU}\nGeb.-Datum: {D}"),
        ("chat", "hallo, hier ist {FL}, mein Konto ist gesperrt"),
        ("json", '{"kunde": {"name": "{F}", "geburtsdatum": "{D}"}, "adresse": "{A}"}'),
        ("nbsp", "Bitte {FN} zurückrufen (Ticket {N})."),
        ("prose", "Laut {F} begann der Ausfall um {TS}. Frag {G} nach den Logs."),
    ],
    "fr": [
        ("ticket", "Demandeur : {F}\nAssigné : {F2}\nCréé : {TS}\n\nLe colis {PRODUCT} n'est pas arrivé."),
        ("email", "Le {TS}, {F} <{E}> a écrit :\n> Merci de renvoyer la facture.\n\nChère {G}, la voici. Bien à vous, {G2}"),
        ("email", "Madame, Monsieur,\n\nveuillez contacter Mme {F}.\n\nBien cordialement,\n{F2}"),
        ("crm", "Contact;Société;Affaires\n{F};Brasserie du Parc SPRL;{N}\n{F2};Érable Conseil inc.;{N}"),
        ("clinical", "Patiente {F}, date de naiss. {D}, domiciliée {A}."),
        ("clinical", "NOM : {SU}\nPRÉNOM : {GU}\nNé(e) le : {D}"),
        ("chat", "bonjour, c'est {FL}, mon compte est bloqué"),
        ("json", '{"client": {"nom": "{F}", "dateNaissance": "{D}"}, "adresse": "{A}"}'),
        ("nbsp", "Merci de rappeler {FN} (ticket {N})."),
        ("prose", "Selon {F}, la panne a commencé à {TS}. Demande à {G} les journaux."),
    ],
    "nl": [
        ("ticket", "Aanvrager: {F}\nBehandelaar: {F2}\nAangemaakt: {TS}\n\nHet pakket van {PRODUCT} is niet aangekomen."),
        ("email", "Op {TS} schreef {F} <{E}>:\n> Kunnen jullie de factuur opnieuw sturen?\n\nHoi {G}, bij deze. Groetjes, {G2}"),
        ("email", "Geachte mw. {F},\n\nbedankt voor uw bericht.\n\nMet vriendelijke groeten\n{F2}"),
        ("crm", "Contactpersoon;Bedrijf;Deals\n{F};Schelde Logistiek BV;{N}\n{F2};Leie Bouw NV;{N}"),
        ("clinical", "Pt. {F}, geb. {D}, wonende te {A}."),
        ("chat", "hallo, met {FL}, mijn account is geblokkeerd"),
        ("json", '{"klant": {"naam": "{F}", "geboortedatum": "{D}"}, "adres": "{A}"}'),
        ("nbsp", "Graag {FN} terugbellen (ticket {N})."),
        ("prose", "Volgens {F} begon de storing om {TS}. Vraag {G} om de logs."),
    ],
    "es": [
        ("ticket", "Solicitante: {F}\nAsignado: {F2}\nCreado: {TS}\n\nEl paquete de {PRODUCT} no llegó."),
        ("email", "El {TS}, {F} <{E}> escribió:\n> ¿Pueden reenviar la factura?\n\nHola {G}, aquí está. Saludos, {G2}"),
        ("email", "Estimado don {G}:\n\ngracias por su paciencia.\n\nSaludos cordiales,\n{F2}"),
        ("crm", "Contacto;Empresa;Ventas\n{F};Cafetalera del Sur SA;{N}\n{F2};Pampa Digital SRL;{N}"),
        ("clinical", "Paciente {F}, fecha nac.: {D}, domicilio {A}."),
        ("chat", "hola, soy {FL}, mi cuenta está bloqueada"),
        ("json", '{"cliente": {"nombre": "{F}", "fechaNacimiento": "{D}"}, "direccion": "{A}"}'),
        ("nbsp", "Por favor llamar a {FN} (ticket {N})."),
        ("prose", "Según {F}, la caída empezó a las {TS}. Pregúntale a {G} por los logs."),
    ],
    "it": [
        ("ticket", "Richiedente: {F}\nAssegnatario: {F2}\nCreato: {TS}\n\nIl pacco di {PRODUCT} non è arrivato."),
        ("email", "Il {TS}, {F} <{E}> ha scritto:\n> Potete rinviare la fattura?\n\nCiao {G}, eccola. Un saluto, {G2}"),
        ("email", "Egregio avv. {S},\n\nla ringrazio.\n\nCordialmente,\n{F2}"),
        ("crm", "Referente;Azienda;Ordini\n{F};Ticino Dati SA;{N}\n{F2};Lago Blu Sagl;{N}"),
        ("clinical", "Paziente {F}, nato a {PLACE} il {D}, residente in {A}."),
        ("chat", "ciao, sono {FL}, il mio account è bloccato"),
        ("json", '{"cliente": {"nome": "{F}", "dataNascita": "{D}"}, "indirizzo": "{A}"}'),
        ("nbsp", "Richiamare {FN} per il ticket {N}."),
        ("prose", "Secondo {F}, il guasto è iniziato alle {TS}. Chiedi a {G} i log."),
    ],
}
ADDRESS_CTX = {
    "en": ["Bill to:\n{F}\n{A}", "Ship to {A} (leave at the back door)", "new postal address - {A}",
           "ship to {AL} asap"],
    "de": ["Rechnungsadresse:\n{F}\n{A}", "Neue Anschrift ab {TS}: {A}"],
    "fr": ["Facturer à :\n{F}\n{A}", "Nouvelle adresse depuis le {TS} : {A}"],
    "nl": ["Factuuradres:\n{F}\n{A}", "Nieuw adres vanaf {TS}: {A}"],
    "es": ["Facturar a:\n{F}\n{A}", "Nueva dirección desde el {TS}: {A}"],
    "it": ["Fatturare a:\n{F}\n{A}", "Nuovo indirizzo dal {TS}: {A}"],
}
DOB_CTX = {
    "en": ["D.O.B.: {D}", "b. {D}", "Birthdate: {D}", "DOB {D} (verified by phone)", '"date_of_birth": "{D}"',
           "Born {D} in {PLACE}.", "birthday: {D}"],
    "de": ["Geb.-Datum: {D}", "geb. am {D}", "Geburtstag: {D}", "* {D} in {PLACE}"],
    "fr": ["date de naiss. : {D}", "Né le {D} à {PLACE}", "DDN : {D}"],
    "nl": ["geb. {D}", "Geboren: {D}", "geboren te {PLACE} op {D}"],
    "es": ["fecha nac.: {D}", "F. de nacimiento: {D}", "nació el {D} en {PLACE}"],
    "it": ["nato a {PLACE} il {D}", "data di nascita: {D}", "nata il {D}"],
}
NEG_CTX = {
    "en": ["Hi {TEAM}, the {PRODUCT} migration is done; see {CODE} for the retry logic.",
           "Dear {TEAM}, your invoice dated {TS} is attached.",
           "Write a short poem about {PLACE} in spring.", "The {PRODUCT} licence renews on {TS}."],
    "de": ["Hallo {TEAM}, die {PRODUCT}-Migration ist fertig.", "Die Rechnung vom {TS} liegt bei."],
    "fr": ["Bonjour à tous, la migration {PRODUCT} est terminée.", "La facture du {TS} est jointe."],
    "nl": ["Hoi allemaal, de {PRODUCT}-migratie is klaar.", "De factuur van {TS} zit in de bijlage."],
    "es": ["Hola a todos, la migración de {PRODUCT} terminó.", "Adjunto la factura del {TS}."],
    "it": ["Ciao a tutti, la migrazione di {PRODUCT} è finita.", "In allegato la fattura del {TS}."],
}
LABEL = {"F": "PERSON", "G": "PERSON", "S": "PERSON", "FL": "PERSON", "GL": "PERSON", "FU": "PERSON",
         "SU": "PERSON", "GU": "PERSON", "FN": "PERSON", "SG": "PERSON", "E": "EMAIL_ADDRESS",
         "A": "STREET_ADDRESS", "AL": "STREET_ADDRESS", "D": "DATE_OF_BIRTH", "TS": "NEG_DATE",
         "PRODUCT": "NEG_PRODUCT", "PLACE": "NEG_PLACE", "TEAM": "NEG_TEAM", "CODE": "NEG_CODE"}

records = []


def timestamp(loc):
    y, m, d = R.randint(2021, 2026), R.randint(1, 12), R.randint(1, 28)
    return R.choice(["%04d-%02d-%02d %02d:%02d" % (y, m, d, R.randint(0, 23), R.randint(0, 59)),
                     "%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS[lang(loc)][m - 1], y)])


def fill(loc, template, cls):
    people, dobs, parts = {}, {}, []
    for n, piece in enumerate(re.split(r"\{([A-Z]+[0-9]?)\}", template)):
        if n % 2 == 0:
            parts.append(piece)
            continue
        base = piece.rstrip("0123456789")
        idx = piece[len(base):] or "1"
        if base in ("F", "G", "S", "FL", "GL", "FU", "SU", "GU", "FN", "SG", "E"):
            p = people.setdefault(idx, Person(loc))
            v = {"F": p.full, "G": p.given, "S": p.surname, "FL": p.full.lower(), "GL": p.given.lower(),
                 "FU": p.full.upper(), "SU": p.surname.upper(), "GU": p.given.upper(),
                 "FN": p.given + "\u00a0" + p.surname, "SG": p.surname + ", " + p.given, "E": p.email}[base]
        elif base == "A":
            v = address(loc)
        elif base == "AL":
            v = address(loc).lower()
        elif base == "D":
            v = dobs.setdefault(idx, date(loc))
        elif base == "N":
            v = str(R.randint(10, 99999))
        elif base == "TS":
            v = timestamp(loc)
        elif base == "PRODUCT":
            v = R.choice(PRODUCTS)
        elif base == "PLACE":
            v = R.choice(PLACES)
        elif base == "TEAM":
            v = R.choice(TEAMS)
        elif base == "CODE":
            v = R.choice(CODE)
        else:
            raise ValueError(piece)
        if base == "SG":  # "Surname, Given": one person, two spans
            parts.append(("PERSON", p.surname))
            parts.append(", ")
            parts.append(("PERSON", p.given))
            continue
        parts.append((LABEL[base], v) if base != "N" else v)
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"entity_type": p[0], "entity_value": p[1], "start_position": len(text),
                          "end_position": len(text) + len(p[1])})
            text += p[1]
        else:
            text += p
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
    records.append({"full_text": text, "spans": spans,
                    "metadata": {"locale": loc, "class": cls, "corpus": "names_holdout"}})


for loc in LOCALES:
    lg = lang(loc)
    for rep in range(4 if lg == "en" else 3):
        for cls, t in CTX[lg]:
            fill(loc, t, cls)
    for _ in range(12):
        fill(loc, R.choice(ADDRESS_CTX[lg]), "address")
    for _ in range(14):
        fill(loc, R.choice(DOB_CTX[lg]), "dob")
    for _ in range(4):
        for t in NEG_CTX[lg]:
            fill(loc, t, "negative")

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
