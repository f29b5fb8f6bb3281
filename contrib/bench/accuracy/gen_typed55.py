#!/usr/bin/env python3
"""gen_typed55.py: glued street numbers, weak-cue streets, names before their verb and handles in
phone-typed chat, fourth round (tune set; branch typed55, written and committed before any
detector or rewrite rule was read for it and before hush was run on it), from the public brief of
the twenty-fourth blind set's typed family (phone chat in lower case without diacritics,
shorthand, emoji, names and streets glued) and typed54's notes ("Left"), in chat kinds neither
typed52-54 nor that set lists: ride-hailing support chats, festival crew groups, repair-cafe
sign-ups, community-fridge volunteers, amateur-theatre cast chats, kayak-club trips, tool-library
loans, holiday-let host DMs, farmers'-market stall chats, running-club meet-ups, escape-room
bookings, choir-tour room lists.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks the model to summarise, reply to or file
a chat pasted below it. Weighted toward what typed54 left:
- street numbers glued to the street word in 17 languages (`kerkstraat52`, `husova32b`,
  `calle mayor3`, `ul.lipowa4`, `jokai u.12`, `odos ermou13`), after a chat cue;
- streets behind weak cues (`eimai stadiou 147`, `its husova 32`, `itt vagyok jokai u. 128.`),
  the es flat part after the number (`calle luna 3, 3o izq`);
- names before their verb (`marco sono`, `anna vagyok`, `lars her`) and after it (`soy ana`),
  handles and glued names (`anna_keller`, `@anna.k`, `annakeller`, `anna.keller88`);
- senders `name:` / `[12:03] name:` on several lines; the other person again by given name.
Look-alikes as NEG_ spans glued the same way: `room12`, `bus42`, `gate7`, `flat3b`, `iphone15`,
`covid19`, `stand14`, usernames that are no names (`bluefox_22`, `pizza.lover`), product codes
(`kx500`, `tx-200`), prices, times, order numbers, shops, pets, places.
Languages: en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in Latin letters); half the
names invented, a fifth of global origin. No phones (another round's). Writes JSON (the
names_tune3.json format) to stdout; deterministic; stdlib only.
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

rng = random.Random(20261207 + 55)

# Shared with gen_typed54.py (identical there); its functions draw from this generator's rng.
import gen_typed54  # noqa: E402
from gen_typed54 import (  # noqa: E402
    LANGS, plain, SYL, END, SHOPS, PRICE, NUM_NEG, OK, sender, ASK)
gen_typed54.rng = rng


# Names of this round (others than typed52-54's tables).
NAMES = {
    "en": ("poppy finn harvey elsie archie millie toby nell jasper",
           "openshaw blackwood mottram kershaw rowbotham pennington"),
    "de": ("jule fiete hanna ole wiebke lasse frauke till",
           "feddersen janssen ostendorf meinke harms tiedemann"),
    "fr": ("clemence baptiste elodie quentin margaux theo solene",
           "perrin lemaire chevalier gauthier mallet renaud"),
    "nl": ("jesse noor stijn mila ruben isa",
           "hendriks de graaf brouwer willems peeters"),
    "es": ("adrian alba hugo celia dario lidia",
           "molina herrera pascual rubio soler"),
    "it": ("tommaso alice riccardo ginevra edoardo marta",
           "gallo fabbri marino lombardi bruno"),
    "pt": ("duarte matilde afonso leonor tomas carolina",
           "lopes sousa pinto fonseca machado"),
    "pl": ("kacper julia bartek natalia michal ewa",
           "sikora baran pawlak glowacki zielinski"),
    "sv": ("oskar elsa hugo alva axel wilma",
           "sandberg forsberg sundqvist hedlund wallin"),
    "da": ("magnus clara emil asta anton ida",
           "poulsen madsen thomsen frandsen bertelsen"),
    "no": ("magnus ingeborg jonas sigrid tobias ane",
           "moen eide nilsen sandvik brekke"),
    "fi": ("eetu venla lauri iida onni sanni",
           "heikkinen koskinen salminen tuominen lehtonen"),
    "cs": ("vojtech klara adam barbora lukas anna",
           "kral ruzicka benes fiala sedlacek"),
    "hu": ("balazs reka marton dora levente anna",
           "farkas balogh papp takacs juhasz"),
    "tr": ("kerem defne emir ecem baris selin",
           "ozdemir arslan dogan koc kurt"),
    "ro": ("vlad irina radu alina sorin diana",
           "stoica matei rusu ene ciobanu"),
    "el": ("giorgos eleni nikos katerina dimitris sofia",
           "georgiou nikolaou karalis vlachos stavrou"),
}
NAMES = {k: (g.split(), s.split()) for k, (g, s) in NAMES.items()}
NAMES["nl"] = (NAMES["nl"][0], ["hendriks", "de graaf", "brouwer", "willems", "peeters"])
GLOBAL = ("chidi anjali ming zainab kwesi folake ryo meera idris noa tunde samira".split(),
          "okafor iyer chen hussain asante adebayo kato nair ibrahim levi bakr".split())


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


# ---- streets in lower case: the street word of each language, glued to its number or not --------
# (one-word streets glue as `kerkstraat52`; several-word streets glue the number to the last word,
# `calle mayor3`, `ul.lipowa4`.)
STREETS = {
    "en": ["mill rd", "queens st", "elm grove", "chapel lane", "victoria rd", "albert st", "canal walk"],
    "de": ["bahnhofstr", "schillerstrasse", "gartenweg", "bergstr", "muhlweg", "goethestr", "am markt"],
    "fr": ["rue pasteur", "av jean jaures", "bd voltaire", "rue du moulin", "impasse des lilas", "rue victor hugo"],
    "nl": ["molenstraat", "schoolstraat", "lindelaan", "stationsweg", "julianastraat", "havenkade", "kerkstraat"],
    "es": ["calle mayor", "calle real", "c/ alcala", "avda libertad", "calle luna", "paseo del prado"],
    "it": ["via garibaldi", "via verdi", "corso italia", "viale dante", "via mazzini", "via cavour"],
    "pt": ["rua augusta", "rua das flores", "av liberdade", "rua direita", "travessa do carmo"],
    "pl": ["ul.lipowa", "ul. kwiatowa", "ul sloneczna", "lakowa", "ul.mickiewicza", "ogrodowa"],
    "sv": ["drottninggatan", "skolgatan", "tallvagen", "parkvagen", "backgatan", "ringvagen"],
    "da": ["vestergade", "skolevej", "kirkevej", "ostergade", "engvej", "birkevej"],
    "no": ["kongens gate", "skolegata", "parkveien", "bjerkeveien", "fjordgata", "granveien"],
    "fi": ["hameenkatu", "aleksanterinkatu", "koivutie", "kauppakatu", "kuusitie", "satamakatu"],
    "cs": ["husova", "palackeho", "masarykova", "zahradni", "nadrazni", "smetanova"],
    "hu": ["jokai u.", "petofi u", "ady endre utca", "szechenyi ut", "arany janos u.", "kossuth utca"],
    "tr": ["cumhuriyet cad", "istiklal cad", "gul sk", "menekse sokak", "barbaros bulvari", "okul cd"],
    "ro": ["str. mihai viteazu", "str victoriei", "bd eroilor", "calea victoriei", "aleea rozelor", "str.avram iancu"],
    "el": ["odos ermou", "stadiou", "akadimias", "odos patision", "leof. syngrou", "solonos"],
}


def street(lg):
    """(street as typed, glued?): the number glued to the street word in about 55 of 100."""
    b = rng.choice(STREETS[lg])
    n = str(rng.randint(1, 180)) + rng.choice(["", "", "", "", "a", "b"])
    r = rng.random()
    if lg in ("en", "fr") and r < 0.35:
        return n + (" " if lg == "fr" else "") + b, True  # 12mill rd is rare; 12 rue pasteur
    if r < 0.55:
        v = b + n  # glued: kerkstraat52, husova32b, calle mayor3, ul.lipowa4, jokai u.12
        if lg == "es" and rng.random() < 0.3:
            v += ", " + rng.choice(["2b", "3o izq", "1a", "4o dcha", "bajo"])
        return v, True
    if lg == "hu" and r < 0.8:
        return b + " " + n.rstrip("ab") + ".", False
    if lg == "es" and r < 0.85:
        return b + " " + n + ", " + rng.choice(["2b", "3o izq", "1a", "4o dcha", "bajo"]), False
    if lg == "pl" and r < 0.8:
        return b + " " + n.rstrip("ab") + "/" + str(rng.randint(1, 30)), False
    return b + " " + n, False


ADDR = {
    "en": ["moved to {st} last wk", "pick me up at {st} pls", "drop off {st}", "addr {st}", "im at {st}",
           "its {st}, green door", "we're {st}", "at {st} now", "{st} pls"],
    "de": ["sind jetzt in der {st}", "hol mich ab {st}", "bring es zur {st}", "adr {st}", "bin {st}",
           "is {st}, 3. og", "wohne {st}", "{st} bitte"],
    "fr": ["on est au {st}", "recup au {st}", "depose moi {st} stp", "adr {st}", "chez moi {st}",
           "c {st}, 2e etage", "{st} merci"],
    "nl": ["we zitten nu op {st}", "haal me op {st}", "breng naar {st} aub", "adr {st}", "ik zit {st}",
           "is {st}, bel 3x", "{st} graag"],
    "es": ["estamos en {st}", "recogeme en {st}", "dejalo en {st} porfa", "dir {st}", "toy en {st}",
           "es {st}", "vivo {st}", "{st} porfa"],
    "it": ["siamo in {st}", "prendimi in {st}", "lascialo in {st} pls", "ind {st}", "sto {st}",
           "e {st}, citofono 4", "{st} grazie"],
    "pt": ["estamos na {st}", "apanha-me na {st}", "deixa na {st} pf", "end {st}", "to {st}",
           "e {st}, 1o dto", "{st} obg"],
    "pl": ["jestesmy na {st}", "odbierz mnie z {st}", "zostaw na {st} pls", "adr {st}", "jestem {st}",
           "to {st}, klatka c", "{st} dzieki"],
    "sv": ["vi ar pa {st}", "hamta mig pa {st}", "lamna pa {st} tack", "adr {st}", "ar {st}",
           "det e {st}, port 1", "{st} tack"],
    "da": ["vi er pa {st}", "hent mig pa {st}", "aflever pa {st} tak", "adr {st}", "er {st}",
           "det er {st}, 2. tv", "{st} tak"],
    "no": ["vi er i {st}", "hent meg i {st}", "lever i {st} takk", "adr {st}", "er {st}",
           "det e {st}, 3 etg", "{st} takk"],
    "fi": ["ollaan {st}", "hae mut {st}", "jata {st} kiitos", "os {st}", "oon {st}",
           "se on {st} a 2", "{st} kiitti"],
    "cs": ["jsme na {st}", "vyzvedni me na {st}", "nech to na {st} pls", "adr {st}", "jsem {st}",
           "je to {st}, 3 patro", "its {st}"],
    "hu": ["itt vagyunk {st}", "vegyel fel {st}", "hagyd itt {st} pls", "cim {st}", "itt vagyok {st}",
           "az {st}, kapucsengo 7", "{st} koszi"],
    "tr": ["buradayiz {st}", "beni al {st}", "birak {st} lutfen", "adr {st}", "{st} bekliyorum",
           "{st}, kat 2", "evim {st}"],
    "ro": ["suntem pe {st}", "ia-ma de pe {st}", "lasa pe {st} pls", "adr {st}", "sunt {st}",
           "e pe {st}, ap 12", "{st} mersi"],
    "el": ["eimaste {st}", "pare me apo {st}", "afise to {st} pls", "dieuth {st}", "eimai {st}",
           "einai {st}, 3os", "{st} efxaristo"],
}


# ---- names before and after their verb, the other person again, handles ---------------------
INTRO = {
    "en": ["{g} here", "{gs} here re the {grp}", "{g} lol its me", "hey {g} here"],
    "de": ["{g} hier", "bin's {g}", "{g} hier wg {grp}", "{gs} hier"],
    "fr": ["{g} ici", "c {g}", "moi c'est {g}", "{gs} ici pour la {grp}"],
    "nl": ["{g} hier", "met {g}", "ik ben {g}", "{gs} hier ivm {grp}"],
    "es": ["soy {g}", "{g} aqui", "soy {gs}", "aqui {g}"],
    "it": ["{g} sono", "sono {g}", "{g} qui", "{gs} sono"],
    "pt": ["{g} aqui", "sou a {g}", "sou o {g}", "{gs} aqui"],
    "pl": ["{g} z tej strony", "tu {g}", "{g} tu", "jestem {g}"],
    "sv": ["{g} har", "det e {g}", "{gs} har", "jag e {g}"],
    "da": ["{g} her", "det er {g}", "{gs} her", "jeg er {g}"],
    "no": ["{g} her", "det e {g}", "{gs} her", "eg er {g}"],
    "fi": ["{g} tassa", "taa on {g}", "{g} taalla", "{gs} tassa"],
    "cs": ["{g} tady", "tady {g}", "jsem {g}", "{gs} tady"],
    "hu": ["{g} vagyok", "{g} vagyok a {grp} miatt", "itt {g}", "{gs} vagyok"],
    "tr": ["ben {g}", "{g} ben", "{gs} ben"],
    "ro": ["sunt {g}", "{g} sunt", "{g} aici", "{gs} aici"],
    "el": ["eimai o {g}", "{g} edo", "eimai i {g}", "{gs} edo"],
}
VERB = {  # the other person's name before (or after) a verb in the middle of a message
    "en": ["{o} says ok", "{o} is driving", "{o} has the van", "ask {o} maybe", "{o} cant come"],
    "de": ["{o} fahrt", "{o} hat den bus", "{o} sagt ok", "frag {o} mal"],
    "fr": ["{o} conduit", "{o} a le camion", "{o} dit ok", "demande a {o}"],
    "nl": ["{o} rijdt", "{o} heeft het busje", "{o} zegt ok", "vraag {o} ff"],
    "es": ["{o} conduce", "{o} tiene la furgo", "{o} dice q si", "preguntale a {o}"],
    "it": ["{o} guida", "{o} ha il furgone", "{o} dice ok", "chiedi a {o}"],
    "pt": ["{o} conduz", "{o} tem a carrinha", "{o} diz q sim", "pergunta a {o}"],
    "pl": ["{o} prowadzi", "{o} ma busa", "{o} mowi ok", "zapytaj {o}"],
    "sv": ["{o} kor", "{o} har bussen", "{o} sager ok", "fraga {o}"],
    "da": ["{o} korer", "{o} har bilen", "{o} siger ok", "sporg {o}"],
    "no": ["{o} kjorer", "{o} har bilen", "{o} sier ok", "spor {o}"],
    "fi": ["{o} ajaa", "{o} on pakun kanssa", "{o} sanoo ok", "kysy vaikka {o}"],
    "cs": ["{o} ridi", "{o} ma dodavku", "{o} rika ok", "zeptej se {o}"],
    "hu": ["{o} vezet", "{o} hozza a kocsit", "{o} azt mondja ok", "kerdezd meg {o}"],
    "tr": ["{o} suruyor", "{o} minibusu getirir", "{o} tamam diyor", "{o} ya sor"],
    "ro": ["{o} conduce", "{o} are duba", "{o} zice ok", "intreaba pe {o}"],
    "el": ["o {o} odigei", "i {o} exei to van", "o {o} leei ok", "rota ton {o}"],
}
HANDLE_CUE = ["insta ", "ig: ", "tiktok ", "snap: ", "paypal me ", "revolut @", "vinted: ", "fb: ", "tg @",
              "add me ", "discord ", "my @ is "]


def handle(g, s):
    """The person as a glued or broken handle: (prefix, gold)."""
    s = s.replace(" ", "")
    r = rng.random()
    if r < 0.3:
        return "", g + s
    if r < 0.45:
        return "", g + "_" + s
    if r < 0.6:
        return "", g + "." + s
    if r < 0.75:
        return "@", g + "." + s[0]
    if r < 0.88:
        return "@", g + "_" + s[:1]
    return "", g + "." + s + str(rng.randint(80, 99))


# usernames that name no one, in the same places
NONAME_HANDLES = ["bluefox_22", "pizza.lover", "gamerdude99", "sunny_days", "coolcat88", "the.real.deal",
                  "nightowl_7", "skatekid", "green.thumb", "bikefixer", "festival_crew", "tooltime"]


# ---- look-alikes -------------------------------------------------------------------------------
NUMWORD = {"en": ["bus", "flat", "room", "platform", "gate", "unit", "stand", "pitch"],
           "de": ["bus", "whg", "zimmer", "gleis", "raum", "linie"], "fr": ["bus", "appt", "salle", "quai", "ligne"],
           "nl": ["bus", "kamer", "spoor", "lijn"], "es": ["bus", "piso", "sala", "anden", "linea"],
           "it": ["bus", "int", "sala", "binario", "linea"], "pt": ["autocarro", "sala", "linha", "cais"],
           "pl": ["autobus", "pokoj", "peron", "linia"], "sv": ["buss", "rum", "spar", "linje"],
           "da": ["bus", "lokale", "spor", "linje"], "no": ["buss", "rom", "spor", "linje"],
           "fi": ["bussi", "huone", "raide", "linja"], "cs": ["bus", "pokoj", "nastupiste", "linka"],
           "hu": ["busz", "terem", "vagany", "villamos"], "tr": ["otobus", "oda", "peron", "hat"],
           "ro": ["autobuz", "sala", "peron", "linia"], "el": ["leoforeio", "aithousa", "platforma", "grammi"]}
GLUED_NEG = ["room12", "bus42", "gate7", "flat3b", "iphone15", "covid19", "stand14", "pitch3", "tent22", "locker9",
             "kx500", "tx-200", "ps5", "a4", "b12", "zone3", "hall2", "camp5", "row11", "seat23b", "ln42",
             "ticket88", "wifi5g", "model3", "gen2", "mk4", "level2", "tram9", "line4", "deck3"]
PLACES = ["the park", "the main stage", "the pool", "the station", "town square", "the library", "the market", "the boathouse"]


GRP = ["crew", "ride", "repair", "fridge", "show", "trip", "loan", "stall", "run", "tour"]


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
    kinds = ["intro"] + [rng.choice(["addr", "addr", "addr", "addr", "ok", "neg", "neg", "neg", "glued", "glued",
                                     "verb", "verb", "handle", "handle", "handle", "again"])
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
        v, _ = street(lg)
        c.fmt(rng.choice(ADDR[lg]), {"st": ("STREET_ADDRESS", v)})
        if rng.random() < 0.3:
            c.t(" ")
            c.s("NEG_WORD", rng.choice(P["thx"] + P["short"]))
    elif kind == "ok":
        c.t(rng.choice(OK))
    elif kind == "glued":
        glued_neg(c, lg)
    else:
        neg(c, lg)


def glued_neg(c, lg):
    """A look-alike glued like a street number: room12, iphone15, a username that is no name."""
    r = rng.random()
    if r < 0.6:
        c.t(rng.choice(["its ", "at ", "meet at ", "in ", "its in ", "got the ", "im at "]))
        c.s("NEG_NUMBER", rng.choice(GLUED_NEG))
        c.t(rng.choice(["", " pls", " ok?", " now", " lol"]))
    elif r < 0.85:
        c.t(rng.choice(HANDLE_CUE))
        c.s("NEG_HANDLE", rng.choice(NONAME_HANDLES))
    else:
        w = rng.choice(NUMWORD[lg])
        c.t(rng.choice(["at ", "its ", ""]))
        c.s("NEG_NUMBER", w + str(rng.randint(1, 60)))


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
                                    "%dpm" % rng.randint(1, 11), "%d.%02d" % (rng.randint(6, 22), rng.choice([0, 30]))]))
    elif r < 0.56:
        n = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(6, 9)))
        tpl = rng.choice(NUM_NEG)
        i = tpl.index("{n}")
        c.t(tpl[:i])
        c.s("NEG_NUMBER", n)
    elif r < 0.68:
        c.t(rng.choice(["meet at ", "outside ", "by ", "pick up at "]))
        c.s("NEG_ORG", rng.choice(SHOPS))
        c.t(rng.choice(["", " at 5"]))
    elif r < 0.78:
        c.t(rng.choice(["meet at ", "outside ", "at "]))
        c.s("NEG_PLACE", rng.choice(PLACES))
    elif r < 0.88:
        c.s("NEG_PET", rng.choice(PETS))
        c.t(rng.choice([" got out again 🐾", " is at the vet", " loved the walk"]))
    else:
        c.t(rng.choice(["found it on ", "via ", "its on "]))
        c.s("NEG_ORG", rng.choice(FIRMS))


DOMAINS = ["ride-hailing support chat", "festival crew group", "repair-cafe sign-up chat",
           "community-fridge volunteer group", "amateur-theatre cast chat", "kayak-club trip chat",
           "tool-library loan chat", "holiday-let host DM", "farmers-market stall chat", "running-club meet-up chat",
           "escape-room booking chat", "choir-tour room list chat"]


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
