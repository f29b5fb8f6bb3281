#!/usr/bin/env python3
"""gen_typed59.py: streets, people and phones as people type them on a phone (tune set; branch
typed59, written and committed before hush was run on it), from the twenty-fourth blind set's
public brief (its typed family: lower case without diacritics, shorthand, emoji between words,
names glued, streets abbreviated and glued, WhatsApp and SMS stamps) and typed52-56's notes.

Domains (record metadata "domain"): window-fitter quotes, removal-van bookings, gardener rounds,
piano-lesson parents, bin-cleaning subscriptions, vet house calls, scaffolders, a flat's
handover, a kids' birthday party, a choir's car share, a lost-parcel chat with a neighbour.

Values: STREET_ADDRESS as typed in 17 languages (en de fr nl es it pt pl sv da no fi cs hu tr ro
and Greek in Latin letters): lower case without diacritics, the type word written out, cut
(`str`, `st`, `rd`, `cd`, `sok`, `g.`, `u.`, `v.`, `c/`, `odos`) or glued to the name and the
number (`goethestr72`, `bakerst12`, `12bakerst`), the number first or last, a flat, floor or
door bit (`flat 2`, `whg 3`, `3.og`, `apt 4b`, `2izq`, `lgh 1102`, `2. th`, `d:3`, `ap 14`,
`m 3`, `/3`), the postcode and town after it, glued, or missing; inside a message with or
without a cue word. PHONE_NUMBER: international and national forms with and without groups,
`00` prefixes, `tel`/`ring me on`/`mob` cues and none, one digit dropped in a twentieth (the
writer's own typo: still the person's number). PERSON: lower case given names, given and
surname, glued (`annakeller`), handles and senders. DATE_OF_BIRTH: a few after bday/dob.

Look-alikes, as many as values: times (`at 5`, `5pm`, `17.30`), prices, quantities with words
(`2 skips`, `3 bags`, `12 kids`), match scores, bus routes and tram lines, flat and room counts,
ticket, order and permit numbers, platforms and gates, `st` as a saint or a street without a
number (NEG_PLACE), message stamps (NEG_DATE). Request bodies of the four APIs, a third
\\uXXXX, half compact. Writes JSON (the names_tune3.json format) to stdout; deterministic;
stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_bodies import P  # noqa: E402
from gen_typed_common import NAMES, GLOBAL, EMOJI, write_typed_bodies  # noqa: E402

rng = random.Random(20261207 + 59)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]
NAMES = dict(NAMES, el=("giorgos eleni nikos katerina dimitris sofia yannis maria".split(),
                        "papadopoulos georgiou nikolaidis karagianni oikonomou vlachos".split()))


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))\
        .translate(str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"}))


# ---- streets: (bases, type words glued after the base, type words before, unit bits, towns) ----
# {b} base, {t} type word, {n} number, {u} unit. A form is picked, then cased and glued.
ST = {
    "en": ("baker church mill station victoria albert kings oak elm ashgrove chapel".split(),
           ["st", "street", "rd", "road", "ln", "lane", "ave", "close", "cres", "way", "dr"],
           ["{n} {b} {t}", "{b} {t} {n}", "{n}{b}{t}", "{b}{t}{n}", "flat {u}, {n} {b} {t}", "{n} {b} {t} flat {u}",
            "apt {u} {n} {b} {t}", "{n}a {b} {t}"],
           ["2", "4b", "3", "1a"], ["ls6 2ab leeds", "m14 5ty", "bristol", "bs3 4qr", "leicester le2 1ab"]),
    "de": ("goethe schiller haupt bahnhof linden berliner kirch garten ahorn eichen rosen mozart".split(),
           ["str", "str.", "strasse", "weg", "allee", "gasse", "ring", "platz"],
           ["{b}{t} {n}", "{b}{t}{n}", "{b}{t} {n}, whg {u}", "{b}{t} {n} {u}.og", "{b}{t} {n}a", "{b}{t}. {n} 2. og links"],
           ["3", "2", "4", "1"], ["80331 muenchen", "10115berlin", "50667 koeln", "hamburg", "04109 leipzig"]),
    "fr": (["de la paix", "victor hugo", "jean jaures", "des lilas", "voltaire", "pasteur", "de la republique"],
           ["rue", "r.", "av", "av.", "bd", "imp", "chemin", "allee"],
           ["{n} {t} {b}", "{n}bis {t} {b}", "{n} {t} {b} apt {u}", "{t} {b} {n}", "{n},{t} {b}", "{n} {t} {b} bat b"],
           ["3", "12", "4b"], ["75011 paris", "69003 lyon", "13001marseille", "nantes", "31000 toulouse"]),
    "nl": ("kerk dorps molen school linde prinsen beuken wilhelmina".split(),
           ["str.", "straat", "weg", "laan", "plein", "gracht", "singel"],
           ["{b}{t} {n}", "{b}{t}{n}", "{b}{t} {n}a", "{b}{t} {n}-{u}", "{b}{t} {n} bis", "{b}{t} {n} hs"],
           ["2", "3", "1"], ["1012ab amsterdam", "3511 lk utrecht", "rotterdam", "9711ac groningen"]),
    "es": (["mayor", "del sol", "alcala", "de la paz", "real", "san bernardo", "america", "toledo"],
           ["c/", "c/ ", "calle ", "avda ", "av. ", "pza ", "paseo "],
           ["{t}{b} {n} {u}", "{t}{b} {n}, {u}", "{t}{b} {n}", "{t}{b}, {n}", "{t}{b} n {n} {u}", "{t}{b}{n}"],
           ["2izq", "3b", "1o dcha", "bajo a", "4 1a", "2 izq"], ["28013 madrid", "sevilla", "08001 bcn", "46001 valencia"]),
    "it": (["roma", "garibaldi", "dante", "mazzini", "verdi", "cavour", "italia", "manzoni"],
           ["via ", "v. ", "v.", "viale ", "vle ", "c.so ", "corso ", "p.zza ", "piazza "],
           ["{t}{b} {n}", "{t}{b}, {n}", "{t}{b} {n} int {u}", "{t}{b}{n}", "{t}{b} {n}/{u}", "{t}{b} n {n}"],
           ["4", "2", "12", "a"], ["20121 milano", "00184 roma", "torino", "40126 bologna", "50123firenze"]),
    "pt": (["da liberdade", "augusta", "do carmo", "direita", "das flores", "de santa catarina", "do ouro"],
           ["av ", "av. ", "avenida ", "rua ", "r. ", "tv ", "travessa ", "largo "],
           ["{t}{b} {n}", "{t}{b} {n} {u}", "{t}{b}, {n} {u}", "{t}{b} n {n}", "{t}{b}{n}", "{t}{b} {n}-{u}"],
           ["3 esq", "2o dto", "1 dt", "r/c", "4"], ["1100-048 lisboa", "4000-123 porto", "braga", "1250 lisboa"]),
    "pl": (["dluga", "polna", "lipowa", "mickiewicza", "kwiatowa", "jerozolimskie", "slowackiego", "zielona"],
           ["ul. ", "ul ", "", "al. ", "os. ", "pl. "],
           ["{t}{b} {n}", "{t}{b} {n}/{u}", "{t}{b} {n} m {u}", "{t}{b} {n} m. {u}", "{t}{b}{n}", "{t}{b} {n}{u}"],
           ["3", "12", "4", "a"], ["00-950 warszawa", "30-001 krakow", "gdansk", "50-001wroclaw"]),
    "sv": (["stor", "kyrk", "drottning", "skol", "bjork", "malm", "sjo", "ang"],
           ["gatan", "g.", "vagen", "v.", "gatan", "backen", "stigen"],
           ["{b}{t} {n}", "{b}{t}{n}", "{b}{t} {n} lgh {u}", "{b}{t} {n}b", "{b}{t} {n} {u} tr"],
           ["1102", "1201", "2", "3"], ["114 55 stockholm", "41101 goteborg", "malmo", "753 20 uppsala"]),
    "da": (["norre", "vester", "sol", "al", "skov", "kirke", "strand", "mølle"],
           ["gade", "vej", "alle", "gade", "vej"],
           ["{b}{t} {n}", "{b}{t}{n}", "{b}{t} {n}, {u}", "{b}{t} {n} {u}", "{b}{t} {n}b"],
           ["2. th", "st tv", "1.tv", "3 mf"], ["8000 aarhus c", "2100 kbh o", "odense", "9000 aalborg"]),
    "no": (["stor", "kirke", "bjerke", "skole", "park", "dronning", "sjø", "berg"],
           ["gata", "gt", "gt.", "veien", "vn", "v.", "gate"],
           ["{b}{t} {n}", "{b}{t}{n}", "{b}{t} {n}b", "{b}{t} {n} {u}", "{b}{t} {n}, {u}"],
           ["h0201", "leil 3", "2 etg"], ["0150 oslo", "5003 bergen", "trondheim", "4006stavanger"]),
    "fi": (["mannerheimin", "koulu", "ranta", "kirkko", "puisto", "hameen", "aleksanterin", "kauppa"],
           ["tie", "katu", "k.", "kuja", "polku", "tie"],
           ["{b}{t} {n}", "{b}{t}{n}", "{b}{t} {n} {u}", "{b}{t} {n} as {u}", "{b}{t} {n}{u}"],
           ["b 5", "a 4", "c 12", "as 3"], ["00100 helsinki", "33100 tampere", "turku", "90100 oulu"]),
    "cs": (["husova", "namesti miru", "na prikope", "palackeho", "masarykova", "vinohradska", "dlouha", "korunni"],
           ["", "ul. ", "tr. "],
           ["{t}{b} {n}", "{t}{b} {n}/{u}", "{t}{b}{n}", "{t}{b} c. {n}", "{t}{b} {n}, byt {u}"],
           ["12", "1234", "3", "5"], ["110 00 praha", "602 00 brno", "praha 2", "ostrava"]),
    "hu": (["vaci", "kossuth", "petofi", "rakoczi", "ady endre", "andrassy", "bajcsy-zsilinszky", "fo"],
           [" utca", " u.", " u", " ut", " krt", " ter", " utca"],
           ["{b}{t} {n}", "{b}{t} {n}.", "{b}{t} {n} {u}", "{b}{t}{n}", "{b}{t} {n}. {u}"],
           ["2/4", "3. em 5", "fsz 1", "4/12"], ["1052 budapest", "budapest", "4025 debrecen", "6720 szeged"]),
    "tr": (["ataturk", "cumhuriyet", "inonu", "gul", "istiklal", "bagdat", "lale", "cinar"],
           [" cd", " cad.", " cad", " sok", " sk.", " sokak", " bulvari"],
           ["{b}{t} no {n}", "{b}{t} no:{n}", "{b}{t} no {n} d {u}", "{b}{t} no:{n} d:{u}", "{b}{t} {n}", "{b}{t}{n}"],
           ["3", "5", "12", "7"], ["34000 istanbul", "kadikoy istanbul", "06100 ankara", "izmir"]),
    "ro": (["victoriei", "florilor", "unirii", "mihai eminescu", "lalelelor", "magheru", "dorobantilor", "libertatii"],
           ["calea ", "str. ", "str ", "strada ", "bd ", "bdul ", "sos. "],
           ["{t}{b} {n}", "{t}{b} nr {n}", "{t}{b} nr. {n}", "{t}{b} {n} bl a1 sc 2 ap {u}", "{t}{b} nr {n} ap {u}",
            "{t}{b}{n}"],
           ["14", "3", "22", "7"], ["010063 bucuresti", "cluj", "sector 1 bucuresti", "iasi 700001"]),
    "el": (["ermou", "aiolou", "syggrou", "patision", "akadimias", "tsimiski", "egnatias", "athinas"],
           ["odos ", "od. ", "", "leof. ", "leoforos "],
           ["{t}{b} {n}", "{t}{b}{n}", "{t}{b} {n}, {u}", "{t}{b} ar. {n}", "{t}{b} {n} {u}"],
           ["3os orofos", "2os", "diam 4"], ["10563 athina", "thessaloniki", "54624 thessaloniki", "athina"]),
}
TYPE_AFTER = {"en", "de", "nl", "sv", "da", "no", "fi", "hu", "tr"}  # {t} follows {b}


def street(lg):
    bases, types, forms, units, towns = ST[lg]
    b, t, f = rng.choice(bases), rng.choice(types), rng.choice(forms)
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(31, 240)]))
    s = f.format(b=b, t=t, n=n, u=rng.choice(units))
    s = plain(s)
    r = rng.random()
    if r < 0.2:
        s += " " + plain(rng.choice(towns))
    elif r < 0.3:
        s += ", " + plain(rng.choice(towns))
    return " ".join(s.split()) if "  " in s else s


# ---- phones as typed ----------------------------------------------------------------------------
CC = {"en": "44", "de": "49", "fr": "33", "nl": "31", "es": "34", "it": "39", "pt": "351", "pl": "48", "sv": "46",
      "da": "45", "no": "47", "fi": "358", "cs": "420", "hu": "36", "tr": "90", "ro": "40", "el": "30"}
NAT = {"en": ("07", 9), "de": ("01", 9), "fr": ("06", 8), "nl": ("06", 8), "es": ("6", 8), "it": ("3", 9),
       "pt": ("9", 8), "pl": ("5", 8), "sv": ("07", 8), "da": ("2", 7), "no": ("9", 7), "fi": ("04", 8),
       "cs": ("7", 8), "hu": ("06", 8), "tr": ("05", 9), "ro": ("07", 8), "el": ("69", 8)}


def phone(lg):
    pre, k = NAT[lg]
    body = "".join(str(rng.randint(0, 9)) for _ in range(k))
    if rng.random() < 0.05:
        body = body[:-1]  # the writer dropped a digit
    nat = pre + body
    intl = CC[lg] + pre.lstrip("0") + body
    r = rng.random()
    if r < 0.2:
        return "+" + intl
    if r < 0.35:
        x = pre.lstrip("0") + body
        return "+" + CC[lg] + " " + x[:3] + " " + x[3:]
    if r < 0.45:
        return "00" + CC[lg] + " " + pre.lstrip("0") + body[:2] + " " + body[2:]
    if r < 0.7:
        return nat
    if r < 0.85:
        return nat[:4] + " " + nat[4:]
    return " ".join(nat[i:i + 2] for i in range(0, len(nat), 2)) if rng.random() < 0.5 else \
        nat[:3] + " " + nat[3:6] + " " + nat[6:]


# ---- messages: {S} street, {P} phone, {N} person; per language a few, English beside each ----
MSG = {
    "en": ["pick u up at {S} at {T}", "addr {S} pls", "its {S}", "{S} 👍", "skip goes on the drive at {S}",
           "boiler's at {S}, ring the bell", "im @ {S} now", "can u come to {S} tmrw", "new place is {S} btw",
           "ring me on {P}", "my no {P}", "{P} thats my mob", "tel {P}", "text {N} on {P}", "its {N} here",
           "{N} said ok", "ask {N} pls", "thx {N} x", "drop it with {N} at {S}", "{S}, {P}"],
    "de": ["hol dich in der {S} ab um {T}", "adr {S}", "bin in {S}", "{S} pls", "container kommt in die {S}",
           "klingeln bei {N} {S}", "meine nr {P}", "ruf an {P}", "handy {P}", "{N} hier", "frag {N}", "{S} {P}"],
    "fr": ["je passe te prendre au {S} a {T}", "adresse {S}", "c au {S}", "{S} stp", "la benne au {S}",
           "mon num {P}", "appelle {P}", "c {N}", "demande a {N}", "chez {N} {S}"],
    "nl": ["haal je op bij {S} om {T}", "adres {S}", "zit op {S}", "{S} graag", "container op {S}",
           "mijn nr {P}", "bel {P}", "met {N}", "vraag {N} ff", "bij {N} {S}"],
    "es": ["te recojo en {S} a las {T}", "dir {S}", "estoy en {S}", "{S} porfa", "el contenedor en {S}",
           "mi num {P}", "llama al {P}", "soy {N}", "pregunta a {N}", "en casa de {N} {S}"],
    "it": ["ti prendo in {S} alle {T}", "indirizzo {S}", "sono in {S}", "{S} grz", "cassone in {S}",
           "il mio num {P}", "chiama {P}", "sono {N}", "chiedi a {N}", "da {N} {S}"],
    "pt": ["apanho-te na {S} as {T}", "morada {S}", "estou na {S}", "{S} pf", "contentor na {S}",
           "meu num {P}", "liga {P}", "sou a {N}", "pergunta ao {N}", "casa do {N} {S}"],
    "pl": ["odbiore cie z {S} o {T}", "adres {S}", "jestem na {S}", "{S} pls", "kontener na {S}",
           "moj nr {P}", "dzwon {P}", "tu {N}", "zapytaj {N}", "u {N} {S}"],
    "sv": ["hamtar dig pa {S} kl {T}", "adr {S}", "ar pa {S}", "{S} tack", "containern pa {S}",
           "mitt nr {P}", "ring {P}", "det ar {N}", "fraga {N}", "hos {N} {S}"],
    "da": ["henter dig pa {S} kl {T}", "adr {S}", "er pa {S}", "{S} tak", "containeren pa {S}",
           "mit nr {P}", "ring {P}", "det er {N}", "spørg {N}", "hos {N} {S}"],
    "no": ["henter deg i {S} kl {T}", "adr {S}", "er i {S}", "{S} takk", "containeren i {S}",
           "mitt nr {P}", "ring {P}", "det er {N}", "spør {N}", "hos {N} {S}"],
    "fi": ["haen sut {S} klo {T}", "osoite {S}", "oon {S}", "{S} kiitos", "lava {S}",
           "mun nro {P}", "soita {P}", "moi {N} tas", "kysy {N}", "{N} {S}"],
    "cs": ["vyzvednu te na {S} v {T}", "adresa {S}", "jsem na {S}", "{S} dik", "kontejner na {S}",
           "moje cislo {P}", "volej {P}", "tady {N}", "zeptej se {N}", "u {N} {S}"],
    "hu": ["erted megyek {S} {T}kor", "cim {S}", "itt vagyok {S}", "{S} koszi", "konteiner {S}",
           "szamom {P}", "hivj {P}", "{N} vagyok", "kerdezd {N}", "{N} {S}"],
    "tr": ["seni {S} alirim saat {T}", "adres {S}", "{S} deyim", "{S} lutfen", "konteyner {S}",
           "numaram {P}", "ara {P}", "ben {N}", "{N} sor", "{N} {S}"],
    "ro": ["te iau de la {S} la {T}", "adresa {S}", "sunt pe {S}", "{S} mersi", "containerul pe {S}",
           "nr meu {P}", "suna {P}", "sunt {N}", "intreaba {N}", "la {N} {S}"],
    "el": ["se pairno apo {S} stis {T}", "dieuthinsi {S}", "eimai {S}", "{S} efxaristo", "to kontainer {S}",
           "to kinito mou {P}", "pare {P}", "eimai o {N}", "rota {N}", "sto {N} {S}"],
}
# look-alikes: {Q} is the span (label, value) drawn by neg(); the rest plain text.
NEGS = {
    "en": ["see u {Q}", "thats {Q} all in", "need {Q}", "we won {Q} 🙌", "get the {Q}", "{Q} left", "ur ref is {Q}",
           "its {Q}", "meet at {Q}", "past {Q}", "{Q} at the cafe"],
}
NEGS_LOC = {"de": "bis {Q}|sind {Q}|brauche {Q}|gewonnen {Q}|nimm die {Q}|ref {Q}",
            "fr": "a {Q}|ca fait {Q}|il faut {Q}|gagne {Q}|prends le {Q}|ref {Q}",
            "nl": "tot {Q}|is {Q}|nodig {Q}|gewonnen {Q}|pak {Q}|ref {Q}",
            "es": "a las {Q}|son {Q}|hacen falta {Q}|ganamos {Q}|coge el {Q}|ref {Q}",
            "it": "alle {Q}|sono {Q}|servono {Q}|vinto {Q}|prendi il {Q}|rif {Q}",
            "pt": "as {Q}|sao {Q}|preciso {Q}|ganhamos {Q}|apanha o {Q}|ref {Q}",
            "pl": "o {Q}|to {Q}|potrzeba {Q}|wygralismy {Q}|wez {Q}|nr {Q}",
            "sv": "kl {Q}|blir {Q}|behover {Q}|vann {Q}|ta {Q}|ref {Q}",
            "da": "kl {Q}|bliver {Q}|skal bruge {Q}|vandt {Q}|tag {Q}|ref {Q}",
            "no": "kl {Q}|blir {Q}|trenger {Q}|vant {Q}|ta {Q}|ref {Q}",
            "fi": "klo {Q}|tulee {Q}|tarvii {Q}|voitettiin {Q}|ota {Q}|viite {Q}",
            "cs": "v {Q}|je to {Q}|potrebuju {Q}|vyhrali {Q}|vem {Q}|c. {Q}",
            "hu": "{Q}kor|{Q} lesz|kell {Q}|nyertunk {Q}|a {Q}|szam {Q}",
            "tr": "saat {Q}|{Q} tutar|{Q} lazim|kazandik {Q}|{Q} bin|no {Q}",
            "ro": "la {Q}|face {Q}|trebuie {Q}|am castigat {Q}|ia {Q}|nr {Q}",
            "el": "stis {Q}|kanei {Q}|thelo {Q}|kerdisame {Q}|pare to {Q}|ar {Q}"}
NEGS.update({k: v.split("|") for k, v in NEGS_LOC.items()})
SAINTS = ["st johns church", "st marys school", "st pauli", "st albans", "st james park", "st patricks day",
          "st ives", "st helens"]
NOSTREET = {"en": "baker st|church rd|the high st|mill lane", "de": "hauptstr|goethestrasse|am markt",
            "fr": "rue de la paix|bd voltaire", "nl": "kerkstraat|de dorpsstraat", "es": "c/ mayor|la gran via",
            "it": "via roma|corso italia", "pt": "rua augusta|av da liberdade", "pl": "ul. dluga|na polnej",
            "sv": "storgatan|drottninggatan", "da": "strøget|vestergade", "no": "karl johan|storgata",
            "fi": "mannerheimintie|aleksi", "cs": "vaclavske namesti|na prikope", "hu": "vaci utca|andrassy ut",
            "tr": "istiklal cd|bagdat caddesi", "ro": "calea victoriei|bd magheru", "el": "ermou|odos athinas"}


def neg(lg):
    """(label, value): one look-alike in a typed number shape."""
    r = rng.randrange(11)
    n = rng.randint(2, 40)
    if r == 0:
        return "NEG_TIME", rng.choice(["5", "5pm", "17.30", "17:30", "half 6", "7ish", "10.15", "8am", "6:45pm"])
    if r == 1:
        return "NEG_NUMBER", rng.choice(["45 quid", "€120", "120e", "£85", "350 kr", "40 lei", "1200 tl", "25 eur",
                                         "80zl", "15000 ft"])
    if r == 2:
        return "NEG_NUMBER", "%d %s" % (n, rng.choice(["skips", "bags", "kids", "boxes", "chairs", "trees", "flats",
                                                        "rooms", "panels", "tonnes", "sacks", "bins"]))
    if r == 3:
        return "NEG_NUMBER", rng.choice(["3-1", "4 2", "2:0", "1-1", "5-3", "0 3"])
    if r == 4:
        return "NEG_NUMBER", rng.choice(["bus %d" % rng.randint(2, 299), "the %d" % rng.randint(2, 199),
                                         "n%d" % rng.randint(2, 99), "tram %d" % rng.randint(1, 19),
                                         "line %d" % rng.randint(1, 12)])
    if r == 5:
        return "NEG_NUMBER", rng.choice(["order %d" % rng.randint(10000, 999999), "#%d" % rng.randint(1000, 99999),
                                         "permit %d" % rng.randint(1000, 99999),
                                         "ticket %d" % rng.randint(100000, 9999999),
                                         "job %d" % rng.randint(100, 9999)])
    if r == 6:
        return "NEG_NUMBER", rng.choice(["platform %d" % n, "plat %d" % (n % 12 + 1), "gate %d" % n,
                                         "gleis %d" % (n % 12 + 1), "room %d" % n, "pitch %d" % (n % 6 + 1)])
    if r == 7:
        return "NEG_PLACE", rng.choice(SAINTS)
    if r == 8:
        return "NEG_PLACE", rng.choice(NOSTREET[lg].split("|"))
    if r == 9:
        return "NEG_NUMBER", "%d %s" % (rng.randint(2, 6), rng.choice(["bed flat", "flats", "floors", "weeks",
                                                                      "mins", "days", "hrs"]))
    return "NEG_NUMBER", "%d%s" % (rng.randint(2, 12), rng.choice(["x", "kg", "m", "l", "km"]))


def person(lg):
    g = plain(rng.choice(NAMES[lg][0] if rng.random() < 0.8 else GLOBAL[0]))
    s = plain(rng.choice(NAMES[lg][1] if rng.random() < 0.8 else GLOBAL[1]))
    r = rng.random()
    if r < 0.35:
        return g
    if r < 0.6:
        return g + " " + s
    if r < 0.85:
        return (g + s).replace(" ", "")  # annakeller
    return g + "." + s[0] if rng.random() < 0.5 else g + s[0]


DOB = {"en": "bday", "de": "geb", "fr": "ddn", "nl": "geb", "es": "f nac", "it": "nato il", "pt": "nasc",
       "pl": "ur.", "sv": "fodd", "da": "fodt", "no": "fodt", "fi": "synt", "cs": "nar.", "hu": "szul",
       "tr": "dogum", "ro": "nascut", "el": "genethlia"}
ROLES = ["me", "landlord", "plumber", "skip man", "coach", "mum", "dad", "photographer", "driver", "gardener"]
ASK = ["summarise this chat pls", "who said what?", "can u tidy this up", "what do i need to do?",
       "write a reply to the last msg", "", "", "Extract the jobs from this thread"]
DOMAINS = ["window fitter quote", "removal van", "gardener round", "piano lessons", "bin cleaning", "vet house call",
           "scaffolding", "flat handover", "kids party", "choir car share", "lost parcel"]


def fill(lg, tpl, counts):
    """One message from tpl: each {S}/{P}/{N}/{T} drawn; counts holds the values placed."""
    c = P()
    parts = tpl.replace("{", "\0{").replace("}", "}\0").split("\0")
    for part in parts:
        if part == "{S}":
            c.s("STREET_ADDRESS", street(lg))
            counts["v"] += 1
        elif part == "{P}":
            c.s("PHONE_NUMBER", phone(lg))
            counts["v"] += 1
        elif part == "{N}":
            c.s("PERSON", person(lg))
            counts["v"] += 1
        elif part == "{T}":
            c.s("NEG_TIME", rng.choice(["5", "5pm", "17.30", "half 8", "8:15", "7"]))
            counts["n"] += 1
        elif part == "{Q}":
            c.s(*neg(lg))
            counts["n"] += 1
        else:
            c.t(part)
    return c


def stamp(style):
    """(date, after): a message stamp of the style (NEG_DATE) and what follows it."""
    d, m, H, M = rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 22), rng.randint(0, 59)
    if style == "wa_ios":
        return "%02d/%02d/%02d, %02d:%02d:%02d" % (d, m, rng.choice([24, 25]), H, M, rng.randint(0, 59)), "] "
    if style == "wa_android":
        return "%02d.%02d.%02d, %02d:%02d" % (d, m, rng.choice([24, 25]), H, M), " - "
    return "%02d:%02d" % (H, M), " "


def thread(lg):
    style = rng.choice(["wa_ios", "wa_android", "sms", "none", "none"])
    people = [person(lg) for _ in range(2)]
    counts = {"v": 0, "n": 0}
    c = P()
    for i in range(rng.randint(4, 8)):
        if i:
            c.t("\n")
        if style != "none":
            date, after = stamp(style)
            c.t("[" if style == "wa_ios" else "").s("NEG_DATE", date).t(after)
        if style != "none" or rng.random() < 0.4:
            who = rng.randrange(3)
            if who < 2 and rng.random() < 0.6:
                c.s("PERSON", people[who])
                counts["v"] += 1
            else:
                c.t(rng.choice(ROLES))
            c.t(": ")
        # values and look-alikes in turn, as many of each
        if counts["n"] < counts["v"]:
            tpl = rng.choice(NEGS[lg] + NEGS["en"][:3])
        else:
            pool = MSG[lg] + MSG["en"][:4]
            if rng.random() < 0.25:
                pool = [t for t in MSG[lg] + MSG["en"] if "{P}" in t]
            tpl = rng.choice(pool)
        c.add(fill(lg, tpl, counts))
        if rng.random() < 0.08 and i == 2:
            c.t(" " + DOB[lg] + " ")
            y, m, d = rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28)
            c.s("DATE_OF_BIRTH", rng.choice(["%d/%d/%02d" % (d, m, y % 100), "%d.%d.%d" % (d, m, y),
                                             "%02d%02d%02d" % (d, m, y % 100)]))
        if rng.random() < 0.3:
            c.t(" " + rng.choice(EMOJI))
    return c


def main():
    write_typed_bodies(510, thread, LANGS, ASK, DOMAINS, rng)


main()
