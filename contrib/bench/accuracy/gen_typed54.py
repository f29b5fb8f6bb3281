#!/usr/bin/env python3
"""gen_typed54.py: people, streets and phones in phone-typed chat, third round (tune set; branch
typed54, written and committed before any detector or rewrite rule was read for it and before
hush was run on it), from the public brief of the twenty-fourth blind set's typed family (phone
chat in lower case without diacritics, shorthand, emoji, names and streets glued) and typed53's
notes ("Left"), in chat kinds neither typed52/53, spoken51-53 nor that set lists: church and
food-bank volunteer rotas by SMS, tradesman quotes over WhatsApp (plumber, electrician, window
cleaner, piano tuner), flatmate-finder DMs, lost-pet groups, swimming-club lift rotas, plant-swap
and book-club chats, bike-repair collections, furniture-assembly gigs, childminder pick-ups.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks the model to summarise, reply to or file
a chat pasted below it. Weighted toward what typed53 left:
- streets typed in lower case without the big cue words, with their number or glued to it
  (`solvej 38`, `husova 32`, `petofi utca 9`, `inonu cad 67`, `kerkstraat52`, `12 baker st`),
  after a chat cue: a move (`moved to`), a pick-up, a delivery, `addr`, `at`, `its`;
- phones with odd grouping (`07700 900 123`, `+44 7700 900123`, `0770 0900 123`), glued to words
  (`call me 07700900123pls`), spaced single digits, a letter o typed for a zero (`o7700 900123`);
- names before their verb (`marco sono`, `anna vagyok`, `lars her`), after it (`soy ana`), and
  handles and glued names (`anna_keller`, `@anna.k`, `annakeller`);
- senders `name:` / `[12:03] name:` on several lines; the other person again by given name.
Look-alikes as NEG_ spans in the same shapes: chat words, pets, shops, places, bus, flat and
room numbers beside numbers (`bus 42`, `flat 3b`, `platform 4`), prices, times, order,
tracking and quote numbers, dates.
Languages: en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in Latin letters); half the
names invented, a fifth of global origin. Writes JSON (the names_tune3.json format) to stdout;
deterministic; stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, invent_syllables, record, write_json  # noqa: E402
from gen_bodies import MARK, place_text  # noqa: E402
from gen_typed_common import C, L, SYL, END, EMOJI, PETS, FIRMS  # noqa: E402

rng = random.Random(20261206 + 54)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]


def plain(s):
    """s without diacritics, as a phone keyboard without the language's layout types it."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("æ", "ae"), ("ł", "l"), ("ı", "i"), ("å", "a")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# Names of this round (others than typed52's and typed53's tables).
NAMES = {
    "en": ("isla harriet jamie connor freya ollie maisie lewis ruby kieran",
           "wainwright ashby gallagher sutcliffe redfern mcallister hebden"),
    "de": ("henrik svenja malte greta jannis merle bastian insa",
           "hinrichs petersen rademacher brinkmann albers timm"),
    "fr": ("romain manon gaspard ines lucien apolline maxence",
           "dubois roussel blanchard garnier picard leclerc"),
    "nl": ("milan lieke sem tess gijs roos luuk",
           "kuipers van den berg bosman postma koster"),
    "es": ("marcos laura ivan noelia raul paula jorge",
           "campos vega prieto cano nunez reyes"),
    "it": ("marco anna luca giorgia simone beatrice pietro",
           "ferri rinaldi caruso sartori villa testa"),
    "pt": ("ana bruno rita nuno sara vasco ines",
           "moreira teixeira correia mendes nunes vieira"),
    "pl": ("ola kuba magda szymon basia wojtek",
           "jablonski majewski olszewski stepien malinowski"),
    "sv": ("lars stina viktor tove hampus moa",
           "holmberg bergqvist lindberg nystrom akesson"),
    "da": ("kasper line nikolaj sofie jeppe nanna",
           "kristensen lund bach vestergaard holm"),
    "no": ("lars tuva even hedda sondre vilde",
           "dahl lie aas ruud haugland"),
    "fi": ("juho elina teemu milla aleksi noora",
           "kallio ojala rantanen karjalainen laitinen"),
    "cs": ("tomas adela filip eliska matej zuzana",
           "horak nemec pospisil hajek jelinek"),
    "hu": ("anna peter kinga daniel lilla mate",
           "simon lakatos meszaros olah fekete"),
    "tr": ("ali esra onur irem yusuf buse",
           "aksoy polat erdem kilic cetin"),
    "ro": ("ana mihnea oana tudor bianca cosmin",
           "dobre barbu tudose nistor lungu"),
    "el": ("vasilis anna christos despina petros ioanna",
           "antoniou pappas dimitriou alexiou makris"),
}
NAMES = {k: (g.split(), s.split()) for k, (g, s) in NAMES.items()}
NAMES["nl"] = (NAMES["nl"][0], ["kuipers", "van den berg", "bosman", "postma", "koster"])
GLOBAL = ("adaeze sanjay li yasmin kojo nkechi haruto divya musa tamar rashid ayodele".split(),
          "eze menon liu rahman boateng obi sato pillai bello cohen qureshi".split())
SYL = dict(SYL, el=["ka", "stra", "mi", "lo", "the", "ni", "par"])
END = dict(END, el=["os", "idis", "akis"])


def person(lg):
    r = rng.random()
    if r < 0.2:
        g, s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    elif r < 0.5:
        g, s = rng.choice(NAMES[lg][0]), rng.choice(NAMES[lg][1])
    else:
        g = invent_syllables(rng, SYL[lg], END[lg], False).lower()
        s = invent_syllables(rng, SYL[lg], END[lg], True).lower()
    return plain(g), plain(s)


# ---- streets in lower case, the street word of each language, and the chat cue before them ----
STREETS = {
    "en": ["baker st", "station rd", "willow close", "mill lane", "oak ave", "church st", "high st", "park view"],
    "de": ["lindenstr", "kirchweg", "am bach", "hauptstrasse", "waldweg", "muhlenstr", "rosengasse"],
    "fr": ["rue des roses", "av foch", "bd carnot", "rue de la gare", "allee des pins", "chemin du lac"],
    "nl": ["kerkstraat", "dorpsstraat", "eikenlaan", "vijverweg", "kanaalkade", "beukenhof"],
    "es": ["calle mayor", "c/ sol", "avda america", "calle de la rosa", "plaza mayor", "cl luna"],
    "it": ["via roma", "via dei mille", "corso vittorio", "viale europa", "piazza garibaldi", "via manzoni"],
    "pt": ["rua da paz", "av da republica", "rua do sol", "travessa nova", "largo da se"],
    "pl": ["ul lipowa", "ul. ogrodowa", "lesna", "ul polna", "al. wolnosci", "szkolna"],
    "sv": ["storgatan", "bjorkvagen", "kungsgatan", "angsvagen", "sjovagen"],
    "da": ["solvej", "norregade", "byvej", "lindevej", "strandgade", "bakkevej"],
    "no": ["storgata", "kirkeveien", "bekkeveien", "skogveien", "havnegata"],
    "fi": ["mannerheimintie", "koulukatu", "kirkkotie", "puistokatu", "rantatie", "myllytie"],
    "cs": ["husova", "nerudova", "skolni", "jiraskova", "komenskeho", "lipova"],
    "hu": ["petofi utca", "kossuth u", "fo ut", "rakoczi ut", "bem utca", "jokai u."],
    "tr": ["inonu cad", "ataturk cad", "lale sk", "cinar sokak", "gazi bulvari", "zafer cd"],
    "ro": ["str florilor", "bd unirii", "calea dorobanti", "str. garii", "aleea teilor", "str morii"],
    "el": ["odos ermou", "leof. kifisias", "stadiou", "panepistimiou", "odos athinas"],
}


def street(lg):
    b = rng.choice(STREETS[lg])
    n = str(rng.randint(1, 160))
    r = rng.random()
    if lg == "en":
        return rng.choice([n + " " + b, n + " " + b, n + b if r < 0.3 else n + " " + b])
    if lg == "fr":
        return n + " " + b if r < 0.7 else n + ", " + b
    if " " not in b and "." not in b and r < 0.45:
        return b + n  # glued: kerkstraat52, solvej38, husova32
    if lg == "hu" and r < 0.7:
        return b + " " + n + "."
    if lg == "tr" and r < 0.7:
        return b + " no " + n if r < 0.5 else b + " " + n
    if lg == "pl" and r < 0.7:
        return b + " " + n + "/" + str(rng.randint(1, 30))
    if lg == "es" and r < 0.7:
        return b + " " + n + ", " + rng.choice(["2b", "3o izq", "1a"])
    return b + " " + n


ADDR = {
    "en": ["moved to {st} last wk", "pick up from {st} pls", "can u deliver to {st}", "addr {st}", "im at {st}",
           "its {st}, blue door", "drop it at {st}", "we're at {st} now"],
    "de": ["sind umgezogen nach {st}", "abholen bei {st}", "liefern an {st} bitte", "adr {st}", "bin bei {st}",
           "is {st}, 2. stock", "bringst du's zur {st}?"],
    "fr": ["on a demenage au {st}", "recup au {st}", "livraison {st} stp", "adr {st}", "chez moi c {st}",
           "c au {st}, 3e etage"],
    "nl": ["verhuisd naar {st}", "ophalen bij {st}", "bezorgen op {st} aub", "adr {st}", "ik zit op {st}",
           "is {st}, bel 2x"],
    "es": ["nos mudamos a {st}", "recoger en {st}", "entrega en {st} porfa", "dir {st}", "estoy en {st}",
           "es {st}, el portal azul"],
    "it": ["ci siamo trasferiti in {st}", "ritiro in {st}", "consegna in {st} pls", "ind {st}", "sono in {st}",
           "e {st}, citofono rossi"],
    "pt": ["mudamos pra {st}", "buscar na {st}", "entregar na {st} pf", "end {st}", "to na {st}",
           "e {st}, 2o esq"],
    "pl": ["przeprowadzilismy sie na {st}", "odbior {st}", "dostawa na {st} pls", "adr {st}", "jestem na {st}",
           "to {st}, klatka b"],
    "sv": ["har flyttat till {st}", "hamta pa {st}", "leverans till {st} tack", "adr {st}", "ar pa {st}",
           "det e {st}, port 2"],
    "da": ["er flyttet til {st}", "afhent pa {st}", "lever til {st} tak", "adr {st}", "er pa {st}",
           "det er {st}, 1. th"],
    "no": ["har flytta til {st}", "hent pa {st}", "lever til {st} takk", "adr {st}", "er i {st}",
           "det e {st}, 2 etg"],
    "fi": ["muutettiin {st}", "nouto {st}", "toimitus {st} kiitos", "os {st}", "oon {st}",
           "se on {st} b 4"],
    "cs": ["prestehovali jsme se na {st}", "vyzvednuti {st}", "doruceni na {st} pls", "adr {st}", "jsem na {st}",
           "je to {st}, 2 patro"],
    "hu": ["atkoltoztunk ide: {st}", "atvetel {st}", "szallitas {st} pls", "cim {st}", "itt vagyok {st}",
           "az {st}, kapucsengo 4"],
    "tr": ["tasindik {st}", "teslim alma {st}", "teslimat {st} lutfen", "adr {st}", "{st} bekliyorum",
           "{st}, kat 3"],
    "ro": ["ne-am mutat pe {st}", "ridicare de pe {st}", "livrare pe {st} pls", "adr {st}", "sunt pe {st}",
           "e pe {st}, ap 5"],
    "el": ["metakomisame {st}", "paralavi apo {st}", "paradosi {st} pls", "dieuth {st}", "eimai {st}",
           "einai {st}, 2os"],
}


# ---- phones as typed: odd grouping, glued to words, spaced singles, an o for a zero -------------
CC = {"en": "44", "de": "49", "fr": "33", "nl": "31", "es": "34", "it": "39", "pt": "351", "pl": "48",
      "sv": "46", "da": "45", "no": "47", "fi": "358", "cs": "420", "hu": "36", "tr": "90", "ro": "40", "el": "30"}
NAT = {"en": "07", "de": "015", "fr": "06", "nl": "06", "es": "6", "it": "3", "pt": "9", "pl": "5",
       "sv": "07", "da": "2", "no": "9", "fi": "04", "cs": "7", "hu": "06", "tr": "05", "ro": "07", "el": "69"}
LEN = {"en": 11, "de": 11, "fr": 10, "nl": 10, "es": 9, "it": 10, "pt": 9, "pl": 9, "sv": 10, "da": 8,
       "no": 8, "fi": 10, "cs": 9, "hu": 11, "tr": 11, "ro": 10, "el": 10}


def groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def phone(lg):
    """(value, glued tail or ''): the phone as typed; a tail glued after it is no part of it."""
    nat = NAT[lg]
    s = nat + "".join(str(rng.randint(0, 9)) for _ in range(LEN[lg] - len(nat)))
    intl = "+" + CC[lg] + s.lstrip("0")
    r = rng.random()
    if r < 0.15:
        return " ".join(groups(s, [5, 3, 3] if len(s) == 11 else [4, 3, 3])), ""
    if r < 0.3:
        i = intl[len(CC[lg]) + 1:]
        return "+" + CC[lg] + " " + " ".join(groups(i, [4, 6] if len(i) == 10 else [3, 3, 3])), ""
    if r < 0.42:
        return " ".join(groups(s, [4, 4, 3] if len(s) == 11 else [3, 4, 3])), ""
    if r < 0.57:  # glued to the word after it
        return (s if rng.random() < 0.7 else intl), rng.choice(["pls", "thx", "ok", "asap", "x", "!!", "ty"])
    if r < 0.67:  # spaced single digits
        return " ".join(s), ""
    if r < 0.75 and s.startswith("0"):  # a letter o typed for the leading zero
        t = "o" + s[1:]
        return (t[:5] + " " + t[5:] if len(t) > 9 else t), ""
    if r < 0.87:
        return "-".join(groups(s, [3, 3, 3, 2] if len(s) >= 10 else [3, 3, 3])), ""
    return intl, ""


TEL = {
    "en": ["call me {p}", "my mob is {p}", "txt me on {p}", "ring {p} if lost", "num: {p}"],
    "de": ["ruf mich an {p}", "meine nr {p}", "schreib mir {p}", "handy {p}"],
    "fr": ["appelle moi {p}", "mon num c {p}", "sms au {p}", "tel {p}"],
    "nl": ["bel me {p}", "mijn nr is {p}", "app me op {p}", "mob {p}"],
    "es": ["llamame {p}", "mi num es {p}", "whatsapp {p}", "tlf {p}"],
    "it": ["chiamami {p}", "il mio num e {p}", "scrivimi al {p}", "cell {p}"],
    "pt": ["liga-me {p}", "o meu num e {p}", "manda msg {p}", "tlm {p}"],
    "pl": ["dzwon {p}", "moj nr to {p}", "pisz na {p}", "tel {p}"],
    "sv": ["ring mig {p}", "mitt nr ar {p}", "sms:a {p}", "mob {p}"],
    "da": ["ring til mig {p}", "mit nr er {p}", "sms {p}", "mobil {p}"],
    "no": ["ring meg {p}", "nr mitt er {p}", "send sms {p}", "mob {p}"],
    "fi": ["soita mulle {p}", "mun numero on {p}", "tekstaa {p}", "puh {p}"],
    "cs": ["zavolej mi {p}", "moje cislo je {p}", "napis na {p}", "mob {p}"],
    "hu": ["hivj {p}", "a szamom {p}", "irj sms-t {p}", "tel {p}"],
    "tr": ["ara beni {p}", "numaram {p}", "whatsapp {p}", "cep {p}"],
    "ro": ["suna-ma {p}", "nr meu e {p}", "scrie-mi pe {p}", "tel {p}"],
    "el": ["pare me {p}", "to kinito mou {p}", "steile sto {p}", "kin {p}"],
}

# ---- names before and after their verb, the other person again, handles ---------------------
INTRO = {
    "en": ["{g} here", "{gs} here, re the {grp}", "its {g} lol", "{g} speaking"],
    "de": ["{g} hier", "hier ist {g}", "{g} hier wegen {grp}", "bin {g}"],
    "fr": ["{g} ici", "c'est {g}", "moi c {g}", "{gs} ici pour {grp}"],
    "nl": ["{g} hier", "met {g}", "ik ben {g}", "{gs} hier ivm {grp}"],
    "es": ["soy {g}", "{g} aqui", "{g} al habla", "aqui {gs}"],
    "it": ["{g} sono", "sono {g}", "{g} qui", "{gs} qui per {grp}"],
    "pt": ["{g} aqui", "sou a {g}", "fala {g}", "{gs} aqui"],
    "pl": ["{g} z tej strony", "tu {g}", "{g} tu", "z tej strony {gs}"],
    "sv": ["{g} har", "det e {g}", "{gs} har ang {grp}"],
    "da": ["{g} her", "det er {g}", "{gs} her ang {grp}"],
    "no": ["{g} her", "det e {g}", "dette er {gs}"],
    "fi": ["{g} tassa", "taa on {g}", "{g} taalla", "{gs} tassa"],
    "cs": ["{g} tady", "tady {g}", "jsem {g}", "{gs} ohledne {grp}"],
    "hu": ["{g} vagyok", "{g} vagyok a {grp} miatt", "itt {g}", "{gs} vagyok"],
    "tr": ["ben {g}", "{g} ben", "{gs} ben, {grp} icin"],
    "ro": ["sunt {g}", "{g} sunt", "{g} aici", "eu sunt {gs}"],
    "el": ["eimai o {g}", "{g} edo", "i {g} eimai", "{gs} edo"],
}
VERB = {  # the other person's name before a verb in the middle of a message
    "en": ["{o} says shes late", "{o} can do sat", "{o} will bring the keys", "{o} cant make it"],
    "de": ["{o} kommt spater", "{o} kann am sa", "{o} bringt den schlussel"],
    "fr": ["{o} arrive plus tard", "{o} peut samedi", "{o} a les cles"],
    "nl": ["{o} komt later", "{o} kan za", "{o} heeft de sleutel"],
    "es": ["{o} llega tarde", "{o} puede el sabado", "{o} tiene las llaves"],
    "it": ["{o} arriva dopo", "{o} puo sabato", "{o} ha le chiavi"],
    "pt": ["{o} chega mais tarde", "{o} pode sabado", "{o} tem as chaves"],
    "pl": ["{o} bedzie pozniej", "{o} moze w sobote", "{o} ma klucze"],
    "sv": ["{o} kommer senare", "{o} kan pa lordag", "{o} har nycklarna"],
    "da": ["{o} kommer senere", "{o} kan lordag", "{o} har noglerne"],
    "no": ["{o} kommer senere", "{o} kan lordag", "{o} har nokkelen"],
    "fi": ["{o} tulee myohemmin", "{o} paasee lauantaina", "{o} on avaimet"],
    "cs": ["{o} prijde pozdeji", "{o} muze v sobotu", "{o} ma klice"],
    "hu": ["{o} kesobb jon", "{o} szombaton raer", "{o} hozza a kulcsot"],
    "tr": ["{o} gec gelecek", "{o} cumartesi musait", "{o} anahtari getirir"],
    "ro": ["{o} vine mai tarziu", "{o} poate sambata", "{o} are cheile"],
    "el": ["o {o} tha argisei", "o {o} mporei savvato", "o {o} exei ta kleidia"],
}
HANDLE_CUE = ["insta ", "ig: ", "tiktok ", "snap: ", "paypal me ", "revolut @", "vinted: ", "fb: ", "tg @"]


def handle(g, s):
    """The person as a glued or broken handle: (prefix, gold)."""
    s = s.replace(" ", "")
    r = rng.random()
    if r < 0.3:
        return "", g + s
    if r < 0.5:
        return "", g + "_" + s
    if r < 0.65:
        return "", g + "." + s
    if r < 0.85:
        return "@", g + "." + s[0]
    return "@", g + "_" + s[:1]


# ---- look-alikes ------------------------------------------------------------------------------
NUMWORD = {"en": ["bus", "flat", "room", "platform", "gate", "unit", "table", "pew"],
           "de": ["bus", "whg", "zimmer", "gleis", "raum", "linie"], "fr": ["bus", "appt", "salle", "quai", "ligne"],
           "nl": ["bus", "kamer", "spoor", "lijn"], "es": ["bus", "piso", "sala", "anden", "linea"],
           "it": ["bus", "int", "sala", "binario", "linea"], "pt": ["autocarro", "sala", "linha", "cais"],
           "pl": ["autobus", "pokoj", "peron", "linia"], "sv": ["buss", "rum", "spar", "linje"],
           "da": ["bus", "lokale", "spor", "linje"], "no": ["buss", "rom", "spor", "linje"],
           "fi": ["bussi", "huone", "raide", "linja"], "cs": ["bus", "pokoj", "nastupiste", "linka"],
           "hu": ["busz", "terem", "vagany", "villamos"], "tr": ["otobus", "oda", "peron", "hat"],
           "ro": ["autobuz", "sala", "peron", "linia"], "el": ["leoforeio", "aithousa", "platforma", "grammi"]}
SHOPS = ["lidl", "aldi", "tesco", "rewe", "carrefour", "albert heijn", "mercadona", "coop", "netto", "rimi",
         "biedronka", "migros", "kaufland", "ikea", "decathlon", "jumbo", "prisma", "tesco express"]
PLACES = ["the park", "the church hall", "the pool", "the station", "town square", "the library", "the market"]
PRICE = ["£{a}", "{a} eur", "{a}€", "{a} kr", "{a} zl", "{a} ron", "{a} tl", "{a} huf", "{a} czk", "€{a}"]
NUM_NEG = ["order #{n}", "tracking {n}", "ref {n}", "quote {n}", "parcel {n}", "ticket {n}", "invoice {n}"]
OK = ["ok see u then", "np 👍", "ta", "brill", "on my way", "running 5 min late", "sorted", "lol yes",
      "can do", "perfect x"]


GRP = ["rota", "quote", "flat", "lift", "swap", "repair", "sun", "keys"]


def sender(c, who, stamp):
    if stamp:
        c.t("[%02d:%02d] " % (rng.randint(7, 22), rng.randint(0, 59)))
    c.s("PERSON", who[0])
    c.t(": ")


def chat(lg):
    c = C()
    P = L.get(lg, L["en"])
    people = [person(lg)]
    while len(people) < rng.choice([2, 2, 3]):
        p = person(lg)
        if all(p[0] != q[0] for q in people):
            people.append(p)
    third = person(lg)
    mode = rng.random()  # senders with stamps, bare senders, or one person's messages without senders
    stamp, bare = mode < 0.35, mode < 0.75
    kinds = ["intro"] + [rng.choice(["addr", "addr", "addr", "tel", "tel", "tel", "ok", "neg", "neg", "neg",
                                     "verb", "verb", "handle", "handle", "again"])
                         for _ in range(rng.randint(4, 8))]
    for n, kind in enumerate(kinds):
        who = people[n % len(people)] if bare else people[0]
        if n:
            c.t("\n")
        if bare:
            sender(c, who, stamp)
        others = [p for p in people if p is not who] or [third]
        message(c, lg, P, kind, who, rng.choice(others))
        if rng.random() < 0.3:
            c.t(" " + rng.choice(EMOJI))
    return c.text, c.spans


def message(c, lg, P, kind, who, other):
    g, s = who
    if kind == "intro":
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(P["hi"]))
            c.t(rng.choice([" ", "! ", " " + rng.choice(EMOJI) + " "]))
        c.fmt(rng.choice(INTRO[lg]), {"g": ("PERSON", g), "gs": ("PERSON", g + " " + s), "grp": ("", rng.choice(GRP))})
    elif kind == "verb":
        c.fmt(rng.choice(VERB[lg]), {"o": ("PERSON", other[0])})
    elif kind == "again":
        c.s("NEG_WORD", rng.choice(P["thx"]))
        c.t(" ")
        c.s("PERSON", other[0])
        c.t(rng.choice([" ", " " + rng.choice(EMOJI), "!!"]))
    elif kind == "handle":
        pre, gold = handle(g, s)
        cue = rng.choice(HANDLE_CUE)
        c.t(cue)
        c.t(pre if not cue.endswith("@") else "")
        c.s("PERSON", gold)
        c.t(" " + rng.choice(EMOJI))
    elif kind == "addr":
        c.fmt(rng.choice(ADDR[lg]), {"st": ("STREET_ADDRESS", street(lg))})
        if rng.random() < 0.3:
            c.t(" ")
            c.s("NEG_WORD", rng.choice(P["thx"] + P["short"]))
    elif kind == "tel":
        v, tail = phone(lg)
        tpl = rng.choice(TEL[lg])
        i = tpl.index("{p}")
        c.t(tpl[:i])
        c.s("PHONE_NUMBER", v)
        c.t(tail + tpl[i + 3:])
    elif kind == "ok":
        c.t(rng.choice(OK))
    else:
        neg(c, lg)


def neg(c, lg):
    r = rng.random()
    if r < 0.2:
        c.s("NEG_NUMBER", rng.choice(NUMWORD[lg]) + " " + str(rng.randint(1, 120)) + rng.choice(["", "", "b", "a"]))
        c.t(rng.choice([" at 6", " pls", " ok?", ""]))
    elif r < 0.32:
        c.t(rng.choice(["its ", "only ", "price ", "= "]))
        c.s("NEG_NUMBER", rng.choice(PRICE).format(a=rng.randint(5, 900)))
    elif r < 0.44:
        c.t(rng.choice(["at ", "by ", "till ", "from "]))
        c.s("NEG_DATE", rng.choice(["%d:%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45])),
                                    "%d %02d" % (rng.randint(6, 22), rng.choice([15, 30, 45])),
                                    "%dpm" % rng.randint(1, 11), "%d.%02d" % (rng.randint(6, 22), rng.choice([0, 30]))]))
    elif r < 0.56:
        n = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 12)))
        tpl = rng.choice(NUM_NEG)
        i = tpl.index("{n}")
        c.t(tpl[:i])
        c.s("NEG_NUMBER", n)
    elif r < 0.68:
        c.t(rng.choice(["meet at ", "outside ", "by ", "pick up at "]))
        c.s("NEG_ORG", rng.choice(SHOPS))
        c.t(rng.choice(["", " 12", " at 5"]))
    elif r < 0.78:
        c.t(rng.choice(["meet at ", "outside ", "at "]))
        c.s("NEG_PLACE", rng.choice(PLACES))
    elif r < 0.88:
        c.s("NEG_PET", rng.choice(PETS))
        c.t(rng.choice([" got out again 🐾", " is at the vet", " loved the walk"]))
    else:
        c.t(rng.choice(["found it on ", "via ", "its on "]))
        c.s("NEG_ORG", rng.choice(FIRMS))


DOMAINS = ["church volunteer rota by SMS", "food-bank volunteer rota", "tradesman quote over WhatsApp",
           "flatmate-finder DM", "lost-pet group", "swimming-club lift rota", "plant-swap chat", "book-club chat",
           "bike-repair collection", "furniture-assembly gig", "childminder pick-up chat", "window-cleaner round"]
ASK = {
    "en": ["Summarise this {d} for me:", "Draft a reply to this {d}:", "File the contact details from this {d}:",
           "can u summarise this {d} pls"],
    "de": ["Fasse diesen Chat ({d}) zusammen:", "Schreib eine Antwort auf diesen Chat ({d}):"],
    "fr": ["Résume cette conversation ({d}) :", "Rédige une réponse à ce chat ({d}) :"],
    "nl": ["Vat dit gesprek ({d}) samen:", "Schrijf een antwoord op deze chat ({d}):"],
    "es": ["Resume este chat ({d}):", "Redacta una respuesta a este chat ({d}):"],
    "it": ["Riassumi questa chat ({d}):", "Scrivi una risposta a questa chat ({d}):"],
    "pt": ["Resume esta conversa ({d}):", "Escreve uma resposta a este chat ({d}):"],
    "pl": ["Streść ten czat ({d}):", "Napisz odpowiedź na ten czat ({d}):"],
    "sv": ["Sammanfatta chatten ({d}):", "Skriv ett svar på chatten ({d}):"],
    "da": ["Opsummer denne chat ({d}):", "Skriv et svar på denne chat ({d}):"],
    "no": ["Oppsummer denne chatten ({d}):", "Skriv et svar på chatten ({d}):"],
    "fi": ["Tiivistä tämä keskustelu ({d}):", "Kirjoita vastaus tähän viestiketjuun ({d}):"],
    "cs": ["Shrň tento chat ({d}):", "Napiš odpověď na tento chat ({d}):"],
    "hu": ["Foglald össze ezt a csevegést ({d}):", "Írj választ erre a csevegésre ({d}):"],
    "tr": ["Bu sohbeti özetle ({d}):", "Bu sohbete bir yanıt yaz ({d}):"],
    "ro": ["Rezumă această conversație ({d}):", "Scrie un răspuns la acest chat ({d}):"],
}


def wrap(api, lg, idx, text, spans, ascii_):
    ask = rng.choice(ASK.get(lg, ASK["en"])).format(d=DOMAINS[idx % len(DOMAINS)])
    if api == "chat":
        body = {"model": "gpt-4o", "messages": [{"role": "system", "content": "You help with messages."},
                                                {"role": "user", "content": MARK % 0}]}
    elif api == "responses":
        body = {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": MARK % 0}]}]}
    elif api == "anthropic":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
                "messages": [{"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]}
    else:
        body = {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}
    dumped = json.dumps(body, ensure_ascii=ascii_, separators=(",", ":") if idx % 2 else None)
    return place_text(dumped, MARK % 0, text, spans, lead=ask + "\n\n", ascii_=ascii_)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(500):
        lg = LANGS[i % len(LANGS)]
        text, spans = chat(lg)
        ascii_ = i % 3 == 0
        t, sp = wrap(apis[(i // 3) % 4], lg, i, text, spans, ascii_)
        json.loads(t)
        check_spans(t, sp)
        meta = {"locale": lg, "class": "typed", "api": apis[(i // 3) % 4], "ascii": ascii_,
                "domain": DOMAINS[i % len(DOMAINS)]}
        records.append(record(t, sp, len(records) % 100, meta))
    write_json(records)


if __name__ == "__main__":
    main()
