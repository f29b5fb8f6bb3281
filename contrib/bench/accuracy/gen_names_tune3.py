#!/usr/bin/env python3
"""gen_names_tune3.py: the third TUNE corpus for the NAMES pack (issue 15), data/names_tune3.json.

Written from a fresh brief, not from the held-out file (never opened) nor from the other tune
sets' templates: what the pack has not been tuned on yet.

- names invented by a method hush has not seen: syllable concatenation (onset + vowel + coda
  tables per region) finished with real-world surname morphology (-escu, -ović, -sson, -ez,
  -ini, -mann, -ski, -enko, -opoulos, -ian, -oğlu, -eau, -ens, -ach); compound given names
  (Marie-Claude, Jan-Hendrik), double-barrelled surnames (Keller-Ostrowski), particles
  (van, de, da, von, del, di, ter, van der, de la, Ó, Mac, Ní);
- regional locales: Swiss (de/fr/it), Austrian, Belgian (fr/nl), Québécois, Latin-American
  (Mexico, Argentina, Colombia, Chile), Irish;
- forms: ALL-CAPS, all lower case, `SURNAME Given`, names as JSON keys and as values of
  unlabelled keys (`"a"`, `"x1"`, `"val"`), U+00A0 and U+202F between the words, lists and
  tables without headers (one name a row, `name | team | city`), names in running prose with
  no context word at all (sentence subjects, objects of ordinary verbs);
- look-alikes labelled NEG_*: product and brand names, places (regional: Winterthur, Linz,
  Namur, Trois-Rivières, Rosario, Cork), capitalised terms, companies.

Every invented word is checked against every word of hush's lexicon (anonymize/names_lexicon.c),
so none is known: the context and the shape of the name are measured, not the dictionary.

Deterministic (fixed seed), needs only the lexicon source file:
  python3 gen_names_tune3.py > data/names_tune3.json
"""
import random
import re

from gen_common import span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(3031)

KNOWN = lexicon_words()
assert len(KNOWN) > 100000, len(KNOWN)

# Syllables per region: onsets, vowels, codas; and the endings real surnames of the region have.
REGIONS = {
    "ch_de": ("b br d g gr h k kl l m n r s sch st t w z", "a e i o u ä ü", "n r l ch ng nz", ["li", "egger", "mann", "ach", "ler", "iger"]),
    "at": ("b d f g h k l m p r s st t w", "a e i o u ö", "n r l st", ["bauer", "huber", "eder", "mayr", "ler", "inger"]),
    "ch_fr": ("b ch d f g j l m n p r s t v", "a e i o ou eu", "n r l", ["eau", "ier", "oz", "az", "and", "ey"]),
    "be_fr": ("b d f g l m n p r s t v", "a e i o ou", "n r l s", ["ens", "ot", "art", "ier", "eau"]),
    "be_nl": ("b d g h k l m n r s t v w", "a e i o u oe ie", "n r l s k", ["aert", "ens", "ckx", "mans", "eel"]),
    "qc": ("b c ch d g l m n p r s t v", "a e i o ou", "n r l", ["eault", "ette", "ier", "ois", "ard"]),
    "mx": ("b c ch d g l m n p r s t v", "a e i o u", "n r l s", ["ez", "ado", "ero", "illa", "ino"]),
    "ar": ("b c d g l m n p r s t v", "a e i o u", "n r l s", ["ez", "etti", "ini", "ardi", "one"]),
    "co": ("b c d g l m n p r s t v", "a e i o u", "n r l s", ["ez", "iz", "aza", "eros"]),
    "ie": ("b c d f g k l m n r s t", "a e i o u ea ai", "n r l gh", ["an", "ey", "ihan", "agh", "erty"]),
    "ch_it": ("b c d f g l m n p r s t v", "a e i o u", "n r l", ["ini", "etti", "oni", "elli", "ardi"]),
    "ro": ("b c d f g l m n p r s t v", "a e i o u ă", "n r l s", ["escu", "eanu", "aru"]),
    "balk": ("b d g k l m n p r s t v z", "a e i o u", "n r l", ["ović", "ević", "ić", "ak"]),
    "nord": ("b d f g h k l m n r s t v", "a e i o u å ø", "n r l", ["sson", "sen", "lund", "strand"]),
    "pl": ("b d g k l m n p r s t w z", "a e i o u y", "n r l", ["ski", "ska", "wicz", "czyk"]),
    "ua": ("b d h k l m n p r s t v z", "a e i o u", "n r l", ["enko", "chuk", "iuk"]),
    "gr": ("d g k l m n p r s t v", "a e i o", "n r s", ["opoulos", "akis", "idis"]),
    "tr": ("b d g k l m n r s t y z", "a e i o u ı", "n r l", ["oğlu", "can", "er"]),
    "am": ("d g k l m n p r s t v", "a e i o u", "n r", ["ian", "yan"]),
}
GIVEN_END = {
    "ch_de": ["a", "i", "o", "el", "in"], "at": ["a", "i", "el", "o"], "ch_fr": ["e", "ine", "ien", "ette"],
    "be_fr": ["e", "ine", "ien", "ane"], "be_nl": ["a", "e", "o", "en"], "qc": ["e", "ine", "ien", "elle"],
    "mx": ["a", "o", "ia", "ino"], "ar": ["a", "o", "ia", "ela"], "co": ["a", "o", "ia", "son"],
    "ie": ["a", "in", "an", "e"], "ch_it": ["a", "o", "ia", "io"], "ro": ["a", "u", "ina", "el"],
    "balk": ["a", "o", "ana", "ko"], "nord": ["a", "e", "id", "vin"], "pl": ["a", "ek", "osz", "ina"],
    "ua": ["a", "o", "iy", "ana"], "gr": ["a", "os", "is", "ia"], "tr": ["a", "e", "an", "ur"],
    "am": ["a", "ine", "ik", "an"],
}
PARTICLES = {
    "be_nl": ["van", "van der", "de", "ter", "van den"], "ch_de": ["von"], "at": ["von"],
    "be_fr": ["de", "du"], "qc": ["de"], "ch_fr": ["de"], "mx": ["del", "de la"],
    "ar": ["di", "de"], "co": ["de la", "del"], "ch_it": ["di", "da", "del"],
    "ie": ["Ó", "Mac", "Ní"],
}
REGION_LANG = {"ch_de": "de", "at": "de", "ch_fr": "fr", "be_fr": "fr", "qc": "fr", "be_nl": "nl",
               "mx": "es", "ar": "es", "co": "es", "ie": "en", "ch_it": "it", "ro": "en",
               "balk": "en", "nord": "en", "pl": "en", "ua": "en", "gr": "en", "tr": "en",
               "am": "en"}
USED = set()


def known(w):
    return any(p.lower() in KNOWN for p in re.split(r"[-' ]", w) if p)


def syllables(region, n):
    on, vo, co = (x.split() for x in REGIONS[region][:3])
    s = ""
    for k in range(n):
        s += R.choice(on) + R.choice(vo)
        if R.random() < 0.3:
            s += R.choice(co)
    return s


def invent(region, kind):
    for _ in range(10000):
        if kind == "given":
            w = syllables(region, R.choice((1, 2, 2))) + R.choice(GIVEN_END[region])
        else:
            w = syllables(region, R.choice((1, 2))) + R.choice(REGIONS[region][3])
        w = w[0].upper() + w[1:]
        if 4 <= len(w) <= 13 and not known(w) and w.lower() not in USED:
            USED.add(w.lower())
            return w
    raise RuntimeError("no name")


def person(region):
    """(given, surname) with the region's compound forms and particles."""
    g = invent(region, "given")
    if R.random() < 0.15:
        g += "-" + invent(region, "given")
    s = invent(region, "surname")
    r = R.random()
    if r < 0.12:
        s += "-" + invent(region, "surname")
    elif r < 0.35 and region in PARTICLES:
        p = R.choice(PARTICLES[region])
        s = p + (" " if p not in ("Ó", "Ní") else " ") + s
    return g, s


PRODUCTS = ["Notion", "Figma", "Grafana Cloud", "Tableau", "Jira Service Management", "Miro",
            "Zoho Desk", "Freshdesk", "Monday.com", "Airtable", "Asana", "Basecamp", "Loom",
            "Calendly", "Pipedrive", "Hubspot CRM", "Mailchimp", "Twilio Flex", "Vercel",
            "Netlify", "Supabase", "Cloudflare Workers", "Obsidian", "Todoist", "Evernote"]
PLACES = ["Winterthur", "Linz", "Namur", "Trois-Rivières", "Rosario", "Cork", "Lugano",
          "Graz", "Liège", "Sherbrooke", "Medellín", "Valparaíso", "Galway", "Gent",
          "Innsbruck", "Mendoza", "Guadalajara", "Fribourg", "Bellinzona", "Limerick"]
TERMS = ["Gaussian Blur", "Bayesian Inference", "Markov Chain", "Kanban Board",
         "Agile Manifesto", "Turing Test", "Occam's Razor", "Pareto Principle",
         "Monte Carlo Simulation", "Kalman Filter", "Euler Angles", "Hamming Distance"]
COMPANIES = ["Raiffeisen", "Swisscom", "Proximus", "Desjardins", "Bancolombia", "Mercado Libre",
             "Ryanair", "Migros", "Telenet", "Hydro-Québec", "Falabella", "Glanbia"]

# Templates: {P} full name, {G} given, {S} surname, {PU} FULL NAME IN CAPITALS, {PL} full name in
# lower case, {SG} SURNAME Given, {PK} a name as a JSON key, {PROD} {PLACE} {TERM} {CO}
# look-alikes. Each template is used with several regions.
TEMPLATES = {
    "en": [
        ("prose", "{P} flagged the duplicate invoice this morning."),
        ("prose", "I spoke to {P} yesterday and {G} agreed to send the contract."),
        ("prose", "Can you loop in {P} on the {PROD} migration?"),
        ("prose", "The onboarding for {P} starts Monday in {PLACE}."),
        ("prose", "{G} from the Dublin office will cover for {P} next week."),
        ("prose", "We moved {P}'s laptop to the {PROD} fleet."),
        ("prose", "Our visitor {P} asked about the {TERM} talk."),
        ("prose", "The shipment for {P} left {PLACE} on Friday."),
        ("list", "Shortlist:\n- {P}\n- {P}\n- {P}"),
        ("list", "{P}, {P} and {P} will review the {TERM} chapter."),
        ("table", "{P} | Finance | {PLACE}\n{P} | Legal | {PLACE}"),
        ("table", "{P}\t{PLACE}\t2\n{P}\t{PLACE}\t5"),
        ("caps", "PASSENGER {PU} SEAT 14C"),
        ("caps", "ATTN {PU}, {CO} ACCOUNTS"),
        ("sg", "{SG} - room 204"),
        ("sg", "Participants: {SG}; {SG}"),
        ("lower", "can you ask {PL} whether the {PROD} invite went out"),
        ("lower", "i think {PL} and {PL} are both off on friday"),
        ("json", '{{"{PK}": {{"seat": "4B", "team": "ops"}}}}'),
        ("json", '{{"a": "{P}", "b": "{PLACE}", "c": 3}}'),
        ("json", '[["{P}", "{PROD}"], ["{P}", "{PROD}"]]'),
        ("neg", "The {TERM} talk by the {CO} team is in {PLACE}."),
        ("neg", "We compared {PROD} and {PROD} for the {PLACE} office."),
    ],
    "de": [
        ("prose", "{P} hat die Rechnung gestern storniert."),
        ("prose", "Könntest du {P} bitte wegen {PROD} zurückrufen?"),
        ("prose", "Die Unterlagen von {P} liegen in {PLACE}."),
        ("list", "Anwesend: {P}, {P}, {P}"),
        ("table", "{P};Buchhaltung;{PLACE}\n{P};Einkauf;{PLACE}"),
        ("caps", "EMPFÄNGER {PU}"),
        ("sg", "{SG}, Abteilung Vertrieb"),
        ("lower", "hab grad mit {PL} telefoniert, passt alles"),
        ("json", '{{"{PK}": ["Montag", "Dienstag"]}}'),
        ("neg", "Das {TERM}-Seminar von {CO} findet in {PLACE} statt."),
    ],
    "fr": [
        ("prose", "{P} a confirmé la réservation pour jeudi."),
        ("prose", "Peux-tu transférer le dossier à {P} avant midi ?"),
        ("prose", "Le colis de {P} est resté bloqué à {PLACE}."),
        ("list", "Présents : {P}, {P} et {P}"),
        ("table", "{P} | Comptabilité | {PLACE}\n{P} | RH | {PLACE}"),
        ("caps", "DESTINATAIRE {PU}"),
        ("sg", "{SG} (bureau 12)"),
        ("lower", "j'ai vu {PL} ce matin, elle passe demain"),
        ("json", '{{"x1": "{P}", "x2": "{PROD}"}}'),
        ("neg", "La formation {PROD} de {CO} aura lieu à {PLACE}."),
    ],
    "nl": [
        ("prose", "{P} heeft de offerte gisteren ondertekend."),
        ("prose", "Kun je {P} even bellen over {PROD}?"),
        ("list", "Aanwezig: {P}, {P} en {P}"),
        ("table", "{P};Verkoop;{PLACE}\n{P};Inkoop;{PLACE}"),
        ("caps", "T.A.V. {PU}"),
        ("lower", "heb {PL} net gesproken, komt goed"),
        ("json", '{{"{PK}": {{"rol": "beheerder"}}}}'),
        ("neg", "De {TERM}-workshop van {CO} is in {PLACE}."),
    ],
    "es": [
        ("prose", "{P} canceló la suscripción ayer por la tarde."),
        ("prose", "¿Puedes avisar a {P} sobre la reunión de {PROD}?"),
        ("prose", "El pedido de {P} salió de {PLACE} el lunes."),
        ("list", "Asistentes: {P}, {P} y {P}"),
        ("table", "{P} | Ventas | {PLACE}\n{P} | Soporte | {PLACE}"),
        ("caps", "TITULAR {PU}"),
        ("sg", "{SG}, oficina 3"),
        ("lower", "oye, {PL} dice que el pago ya salió"),
        ("json", '{{"val": "{P}", "ciudad": "{PLACE}"}}'),
        ("neg", "El curso de {TERM} de {CO} es en {PLACE}."),
    ],
    "it": [
        ("prose", "{P} ha firmato il contratto stamattina."),
        ("prose", "Puoi girare la pratica a {P} entro oggi?"),
        ("list", "Presenti: {P}, {P} e {P}"),
        ("table", "{P};Contabilità;{PLACE}\n{P};Acquisti;{PLACE}"),
        ("caps", "DESTINATARIO {PU}"),
        ("lower", "ho sentito {PL} ieri, tutto ok"),
        ("json", '{{"{PK}": {{"ufficio": "B2"}}}}'),
        ("neg", "Il corso {PROD} di {CO} si tiene a {PLACE}."),
    ],
}
LANG_REGIONS = {}
for reg, lang in REGION_LANG.items():
    LANG_REGIONS.setdefault(lang, []).append(reg)

records = []


def space():
    r = R.random()
    return "\u00a0" if r < 0.1 else "\u202f" if r < 0.15 else " "


def fill(lang, template, cls):
    region = R.choice(LANG_REGIONS[lang])
    text, spans = "", []
    parts = re.split(r"(\{[A-Z]+\})", template.replace("{{", "\x01").replace("}}", "\x02"))
    for piece in parts:
        piece = piece.replace("\x01", "{").replace("\x02", "}")
        if not (piece.startswith("{") and piece.endswith("}") and piece[1:-1].isupper()):
            text += piece
            continue
        base = piece[1:-1]
        if base in ("P", "G", "S", "PU", "PL", "SG", "PK"):
            g, s = person(region)
            if base == "G":
                v = g
            elif base == "S":
                v = s
            elif base == "PU":
                v = (g + " " + s).upper()
            elif base == "PL":
                v = (g + " " + s).lower()
            elif base == "SG":
                v = s.upper() + " " + g
            else:
                v = g + space() + s.replace(" ", space())
            spans.append(span_at(text, "PERSON", v))
            text += v
            continue
        kind, pool = {"PROD": ("NEG_PRODUCT", PRODUCTS), "PLACE": ("NEG_PLACE", PLACES),
                      "TERM": ("NEG_TERM", TERMS), "CO": ("NEG_COMPANY", COMPANIES)}[base]
        v = R.choice(pool)
        spans.append(span_at(text, kind, v))
        text += v
    for sp in spans:
        assert text[sp["start_position"]:sp["end_position"]] == sp["entity_value"]
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": region, "class": cls, "corpus": "names_tune3"}})


for lang, templates in TEMPLATES.items():
    reps = 6 if lang == "en" else 5
    for _ in range(reps):
        for cls, t in templates:
            fill(lang, t, cls)

write_json(records)
