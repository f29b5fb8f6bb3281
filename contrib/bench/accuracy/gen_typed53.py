#!/usr/bin/env python3
"""gen_typed53.py: people, streets and births in phone-typed chat, second round (tune set; branch
typed53, written and committed before any detector or rewrite rule was read for it and before
hush was run on it), from the public brief of the twenty-fourth blind set's typed family (phone
chat in lower case without diacritics, shorthand, emoji, names and streets glued) and typed52's
notes, in chat kinds neither typed52, spoken51 nor that set lists: sports-team parents' polls,
allotment and community-garden groups, moving-company quotes over SMS, vet reminder replies,
landlord repair tickets typed on a phone, student house groups, festival ticket resale DMs,
language-exchange partners, delivery-driver chats.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks the model to summarise, reply to or file
a chat export pasted below it. The chat (mostly without time stamps):
- senders in many shapes, each sender on several lines: `anna:`, `- anna:`, `anna k:`,
  `anna keller:`, `~anna:`, `anna (mum):`, `<anna>`, `@anna:`, `anna >`; gold over the name;
- names before their verb in intros (`marco sono`, `anna vagyok`, `lars her`, `ana aqui`,
  `jonas hier`), the name after it (`soy ana`, `det e lars`, `c'est lea`), the other person
  again by given name in the middle of a message; handles and glued names (`anna_keller`,
  `@anna.k`, `annakeller`, `anna.keller`, `annak88`): gold over the name's characters;
- streets outside the big languages' cue words and glued numbers (`solvej 38`, `husova 32`,
  `petofi utca 9`, `inonu cad 67`, `kerkstraat52`, `mannerheimintie23`, `ul lipowa 4`);
- births: fi/cs/ro/hu/pl/tr month words without diacritics (`13 kesakuuta 1977`, `9 zari 1947`,
  `3 martie 1988`), `dd.mm.yy` after `geb` / `dn` / `s.` / `nar.` / `ur.`, `bday 12/3/88`.
Look-alikes as NEG_ spans in the same shapes: bots and roles as senders (`bot:`, `system:`,
`admin:`, `dpd:`, `vetbot:`, `info:`), line-start `word:` labels that are no senders (`ps:`,
`edit:`, `update:`, `total:`, `note:`), chat words and name-words used as words, pets (also
pets' lines), shop and firm names, places, plots and rooms (`plot 14`, `room 3`), appointment,
match and delivery dates, order, ticket and quote numbers.
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

rng = random.Random(20261206 + 53)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]


def plain(s):
    """s without diacritics, as a phone keyboard without the language's layout types it."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("æ", "ae"), ("ł", "l"), ("ı", "i"), ("å", "a")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


from gen_typed_common import C, NAMES, GLOBAL, SYL, END  # noqa: E402,F401


def person(lg):
    r = rng.random()
    if r < 0.2:
        g, s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    elif r < 0.55:
        g, s = rng.choice(NAMES[lg][0]), rng.choice(NAMES[lg][1])
    else:
        g = invent_syllables(rng, SYL[lg], END[lg], False).lower()
        s = invent_syllables(rng, SYL[lg], END[lg], True).lower()
    return plain(g), plain(s)


# ---- the chat tables and value shapes shared with gen_typed52/53 (gen_typed_common.py) ----------
import gen_typed_common as _tc  # noqa: E402
from gen_typed_common import (L, STREETS, MON, en_ord, GROUPS, NAMEWORDS, PETS, PET_LINE,  # noqa: E402,F401
                              FIRMS, PRODUCTS, PLACES, DATE_NEG, NUM_NEG, EMOJI, EMOJI_NAMES)


def street(lg):
    return _tc.street(rng, lg)


def birth(lg):
    return _tc.birth(rng, lg)


def phone(lg):
    return _tc.phone(rng, lg)


# ---- stop 53: other names, Greek in Latin letters, streets outside the big cue words ----------
NAMES = {
    "en": ("amelia harvey poppy finley lydia ewan martha toby nadine reece",
           "cartwright pemberton hargreaves dawson kirkland mercer bradshaw whitlock"),
    "de": ("jannik frauke sven heike lukas wiebke moritz anke till birte",
           "schmitz hartmann kruger seidel wolff ziegler bauer kuhn"),
    "fr": ("margaux theo elodie quentin solene bastien clemence yannick",
           "lambert faure mercier chevalier perrin gauthier renard"),
    "nl": ("ruben iris wouter maaike stijn noor jasper esmee",
           "de boer meijer van leeuwen hendriks brouwer vos peters"),
    "es": ("alba hugo marina pablo irene diego celia adrian",
           "serrano molina delgado morales vidal herrera cabrera"),
    "it": ("martina riccardo sofia tommaso alessia federico ilaria",
           "marino conti gallo fontana barbieri lombardi moretti"),
    "pt": ("leonor duarte matilde afonso carolina henrique raquel",
           "sousa martins lopes gomes marques ribeiro pinto"),
    "pl": ("kacper natalia bartosz weronika michal julia krzysztof",
           "wisniewski kaminski zielinski szymanski dabrowski pawlak"),
    "sv": ("oskar elin gustav frida axel ebba johan",
           "lundgren sandberg forsberg wallin engstrom hedlund"),
    "da": ("frederik emma mikkel astrid jonas cecilie anton",
           "pedersen larsen sorensen thomsen poulsen madsen"),
    "no": ("magnus ingeborg torbjorn sigrid henrik marit vegard",
           "pedersen nilsen kristiansen larsen eriksen moen"),
    "fi": ("eero hanna lauri satu olli johanna tuomas",
           "heikkinen koskinen jarvinen lehtonen salonen tuominen"),
    "cs": ("vojtech barbora marek klara lukas petra",
           "svoboda pokorny marek kral benes fiala"),
    "hu": ("balazs reka tamas dora adam zsofia",
           "farkas molnar balogh papp takacs juhasz"),
    "tr": ("can selin murat ayse kerem defne",
           "arslan dogan koc kurt ozdemir yildiz"),
    "ro": ("vlad irina radu cristina sorin alina",
           "georgescu stoica rusu marin matei ene"),
    "el": ("giorgos eleni kostas maria nikos katerina dimitris sofia yannis",
           "papadopoulos georgiou nikolaidis konstantinou papadakis vlachos karagiannis"),
}
NAMES = {k: (g.split(), s.split()) for k, (g, s) in NAMES.items()}
NAMES["nl"] = (NAMES["nl"][0], ["de boer", "meijer", "van leeuwen", "hendriks", "brouwer", "vos", "peters"])
GLOBAL = ("chiamaka deepika yusuf mei ifeoma kenji anjali omar thu sipho lakshmi babajide "
          "ravi amina hamza".split(),
          "okafor iyer abdullahi chen balogun nakamura krishnan mahmoud tran ndlovu venkatesh "
          "adebayo hussain".split())
SYL["el"] = ["ka", "stra", "mi", "lo", "the", "ni", "par"]
END["el"] = ["os", "idis", "akis"]
L["el"] = dict(hi="geia gia yo ela kalimera".split(), thx="efxaristo efharisto thx filakia ntaxi".split(),
               intro=[], addr=["dieuthinsi: {st}", "meno {st}", "paralavi {st}", "nea dieuthinsi {st}"],
               dob=["gennithike {d}", "im. gennisis {d}", "genethlia {d}", "gen. {d}"],
               tel=["to kinito mou {p}", "pare me {p}", "til {p}", "kin {p}"],
               ok=["ok ta leme avrio", "argo 10 lepta sorry", "ntaxi", "xaxa nai", "eisai eleftheros savvato?",
                   "steile mou otan ftaseis", "teleia 👍", "kanena provlima"],
               short="re ntaxi thx pls xaxa kala".split())
INTRO = {
    "en": ["{g} here", "{g} here from {grp}", "{gs} here 👋", "its {g} lol", "{g} speaking, {grp}",
           "hi all {g} here"],
    "de": ["{g} hier", "hier {g}", "{g} hier vom {grp}", "ich bins, {g}", "{gs} hier wegen {grp}"],
    "fr": ["{g} ici", "c'est {g}", "moi c'est {g}", "{g} de {grp} ici", "c {gs}"],
    "nl": ["{g} hier", "met {g}", "{g} van {grp} hier", "ik ben {g}", "{gs} hier"],
    "es": ["soy {g}", "{g} aqui", "{g} del {grp} aqui", "aqui {gs}", "q soy {g}"],
    "it": ["{g} sono", "sono {g}", "{g} qui", "sn {g} del {grp}", "{gs} qui"],
    "pt": ["{g} aqui", "sou {g}", "aqui e {g}", "{g} do {grp} aqui", "{gs} aqui"],
    "pl": ["{g} z tej strony", "tu {g}", "{g} tu", "z tej strony {gs}", "{g} z {grp}"],
    "sv": ["{g} har", "det e {g}", "{g} fran {grp} har", "de e {gs}"],
    "da": ["{g} her", "det er {g}", "{g} fra {grp} her", "{gs} her"],
    "no": ["{g} her", "det e {g}", "{g} fra {grp}", "dette er {gs}"],
    "fi": ["{g} tassa", "taa on {g}", "{g} taalla", "moi oon {g}", "{gs} tassa"],
    "cs": ["{g} tady", "tady {g}", "jsem {g}", "{gs} z {grp}"],
    "hu": ["{g} vagyok", "{g} vagyok a {grp}bol", "itt {g}", "{gs} vagyok"],
    "tr": ["ben {g}", "{g} ben", "{g} bu arada", "{gs} ben, {grp}dan"],
    "ro": ["sunt {g}", "{g} sunt", "{g} aici", "eu sunt {gs}"],
    "el": ["eimai o {g}", "{g} edo", "eimai i {g}", "o {g} eimai", "{gs} edo"],
}
SAID = {"en": "{o} said its fine", "de": "{o} meinte passt", "fr": "{o} a dit ok", "nl": "{o} zei prima",
        "es": "{o} dice que vale", "it": "{o} ha detto ok", "pt": "{o} disse que sim", "pl": "{o} mowi ze ok",
        "sv": "{o} sa att det funkar", "da": "{o} sagde ok", "no": "{o} sa det gikk fint", "fi": "{o} sano et ok",
        "cs": "{o} rikal ze jo", "hu": "{o} mondta hogy ok", "tr": "{o} dedi ki tamam", "ro": "{o} a zis ca e ok",
        "el": "o {o} eipe ok"}
ROLES = {"en": ["mum", "dad", "coach", "tenant", "driver", "landlord"], "de": ["mama", "papa", "trainer", "vermieter"],
         "fr": ["maman", "papa", "coach", "proprio"], "nl": ["mama", "papa", "trainer", "huisbaas"],
         "es": ["mama", "papa", "entrenador", "casero"], "it": ["mamma", "papa", "mister", "padrone"],
         "pt": ["mae", "pai", "treinador", "senhorio"], "pl": ["mama", "tata", "trener"], "sv": ["mamma", "pappa", "tranare"],
         "da": ["mor", "far", "traener"], "no": ["mamma", "pappa", "trener"], "fi": ["aiti", "isa", "valmentaja"],
         "cs": ["mama", "tata", "trener"], "hu": ["anya", "apa", "edzo"], "tr": ["anne", "baba", "hoca"],
         "ro": ["mama", "tata", "antrenor"], "el": ["mama", "babas", "proponitis"]}
GROUPS = {"en": ["the u10s", "plot 14", "house 6", "the allotment", "removals"], "de": ["kleingarten", "verein", "wg"],
          "fr": ["la coloc", "jardin partage", "club"], "nl": ["volkstuin", "het team", "studentenhuis"],
          "es": ["huerto", "equipo", "piso"], "it": ["orto", "squadra", "la casa"], "pt": ["horta", "equipa", "casa"],
          "pl": ["dzialki", "druzyny", "akademika"], "sv": ["koloni", "laget", "korridoren"],
          "da": ["haveforeningen", "holdet", "kollegiet"], "no": ["parsellhagen", "laget", "kollektivet"],
          "fi": ["siirtolapuutarha", "joukkue"], "cs": ["zahradkari", "tymu"], "hu": ["kertbol", "csapat"],
          "tr": ["bahce", "takim"], "ro": ["gradina", "echipa"], "el": ["omada", "kipos"]}
STREETS = {
    "en": ["ashgrove close", "mill crescent", "orchard mews", "rose terrace", "elm grove", "kings walk", "hill view"],
    "de": ["lindenweg", "am anger", "eichendorffstr", "rosenstrasse", "birkenallee", "im winkel", "gartenweg"],
    "fr": ["allee des tilleuls", "impasse du moulin", "rue pasteur", "place carnot", "quai voltaire"],
    "nl": ["beukenlaan", "molensingel", "havenkade", "kerkstraat", "eikenhof", "dorpsweg"],
    "es": ["c/ olivo", "cl real", "avda constitucion", "calle luna", "paseo del prado", "ronda sur"],
    "it": ["via verdi", "vicolo stretto", "v. manzoni", "strada nuova", "largo argentina", "borgo pinti"],
    "pt": ["r. das flores", "rua nova", "largo do rato", "trav. da rosa", "estrada velha", "beco do sol"],
    "pl": ["ul lipowa", "ul. sloneczna", "os. zielone", "al. roz", "lipowa", "ul. brzozowa"],
    "sv": ["ekvagen", "solgatan", "strandvagen", "parkgatan", "backvagen", "tallstigen"],
    "da": ["solvej", "egevej", "havnegade", "bogade", "kirkestraede", "strandvejen"],
    "no": ["bjorkveien", "sjogata", "kirkegata", "fjellveien", "bakkegata", "granlia"],
    "fi": ["mannerheimintie", "rantakatu", "koivukuja", "kuusitie", "myllypolku", "hameenkatu"],
    "cs": ["husova", "nadrazni", "u potoka", "na vysluni", "skolni", "zahradni"],
    "hu": ["petofi utca", "fo u.", "arany janos u", "dozsa gy. ut", "kossuth ter", "szechenyi sor"],
    "tr": ["inonu cad", "ataturk bulvari", "lale sk", "gul sokak", "bagdat cd", "menekse sk."],
    "ro": ["str. teilor", "bd. independentei", "aleea rozelor", "sos. giurgiului", "str libertatii", "splaiul unirii"],
    "el": ["odos ermou", "leoforos kifisias", "patision", "akadimias", "odos aiolou", "tsimiski"],
}


def street(lg):
    b = rng.choice(STREETS[lg])
    n = str(rng.randint(1, 140))
    r = rng.random()
    if lg == "en" or (lg == "fr" and r < 0.6):
        return n + " " + b
    if lg in ("de", "nl", "sv", "da", "no", "fi", "cs", "el") and r < 0.4 and " " not in b and "." not in b:
        return b + n  # glued: lindenweg7, solvej38, mannerheimintie23
    if lg == "hu" and r < 0.3:
        return b + " " + n + "."
    if lg == "tr" and r < 0.4:
        return b + " no:" + n
    if lg == "pl" and r < 0.3:
        return b + " " + n + "/" + str(rng.randint(1, 40))
    if lg == "el" and r < 0.7:
        return b + " " + n
    return b + " " + n


MON["el"] = ("ianouariou fevrouariou martiou apriliou maiou iouniou iouliou avgoustou septemvriou oktovriou "
             "noemvriou dekemvriou").split()
MON["ro"] = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
MON["hu"] = "januar februar marcius aprilis majus junius julius augusztus szeptember oktober november december".split()
_birth52 = birth


def birth(lg):
    y = rng.randint(1931, 2016)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    r = rng.random()
    if r < 0.3:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if r < 0.6 and lg in ("fi", "cs", "ro", "hu", "pl", "tr", "el"):
        if lg == "hu":
            return rng.choice(["%d. %s %d." % (y, MON["hu"][m - 1], d), "%d %s %d" % (y, MON["hu"][m - 1], d)])
        return "%d %s %d" % (d, MON[lg][m - 1], y)
    return _birth52(lg)


_phone52 = phone


def phone(lg):
    if lg != "el":
        return _phone52(lg)
    body = "69" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice(["+30" + body, body, body[:3] + " " + body[3:6] + " " + body[6:]])


NAMEWORDS["el"] = [("elpida", "exo {w} oti tha ginei"), ("irini", "thelo {w} kai isixia"), ("nikos", "")]
NAMEWORDS["el"] = NAMEWORDS["el"][:2]
PET_LINE["el"] = "o {w} itan poli kalos simera 🐶"
DATE_NEG["el"] = "rantevou {d}"
NUM_NEG["el"] = ["paraggelia {n}"]
# Senders that are no people: bots, roles and shops that write into a chat or send an SMS.
BOTS = ["bot", "system", "admin", "vetbot", "dpd", "info", "reminder", "teamapp", "noreply", "moderator"]
BOT_LINE = ["reminder: appt tmrw 10:00 reply y to confirm", "poll closed", "pls keep this chat on topic",
            "your parcel {n} is out for delivery", "quote {n} valid 14 days", "this chat is end-to-end encrypted"]
LABELS = ["ps", "edit", "update", "total", "note", "pss", "fyi", "q", "eta", "re"]

def handle(g, s):
    """The person as a glued or broken handle; returns (prefix, gold)."""
    s = s.replace(" ", "")
    r = rng.random()
    if r < 0.25:
        return "", g + s
    if r < 0.45:
        return "", g + "_" + s
    if r < 0.6:
        return "", g + "." + s
    if r < 0.8:
        return "@", g + "." + s[0]
    return "@", g + s[:1] + str(rng.randint(1, 99))


SHAPES = ["colon", "colon", "dash", "gk", "gs", "tilde", "role", "angle", "at", "time"]


def sender(c, lg, shape, who, role):
    g, s = who
    if shape == "colon":
        c.s("PERSON", g)
        c.t(": ")
    elif shape == "dash":
        c.t("- ")
        c.s("PERSON", g)
        c.t(": ")
    elif shape == "gk":
        c.s("PERSON", g + " " + s.replace(" ", "")[0])
        c.t(": ")
    elif shape == "gs":
        c.s("PERSON", g + " " + s)
        c.t(": ")
    elif shape == "tilde":
        c.t("~")
        c.s("PERSON", g)
        c.t(": ")
    elif shape == "role":
        c.s("PERSON", g)
        c.t(" (" + role + "): ")
    elif shape == "angle":
        c.t("<")
        c.s("PERSON", g)
        c.t("> ")
    elif shape == "at":
        c.t("@")
        c.s("PERSON", g)
        c.t(": ")
    else:
        c.t("[%02d:%02d] " % (rng.randint(7, 22), rng.randint(0, 59)))
        c.s("PERSON", g)
        c.t(": ")


def chat(lg, idx):
    c = C()
    P = L[lg]
    people = [person(lg)]
    while len(people) < rng.choice([2, 2, 3]):
        p = person(lg)
        if all(p[0] != q[0] for q in people):
            people.append(p)
    third = person(lg)
    roles = {p: rng.choice(ROLES[lg]) for p in people}
    shape = rng.choice(SHAPES)
    anon = rng.random() < 0.1  # look-alikes only: senders are me/you and bots
    kinds = ["intro"] + [rng.choice(["addr", "dob", "tel", "ok", "ok", "neg", "neg", "neg", "again", "handle",
                                     "said", "bot", "label"]) for _ in range(rng.randint(5, 9))]
    if anon:
        kinds = ["neg", "ok", "bot", "neg", "label", "ok", "neg"]
    order = [people[n % len(people)] for n in range(len(kinds))]
    for n, kind in enumerate(kinds):
        who = order[n]
        if n:
            c.t("\n")
        if kind == "bot":
            c.s("NEG_BOT", rng.choice(BOTS))
            c.t(": ")
            line = rng.choice(BOT_LINE)
            if "{n}" in line:
                i = line.index("{n}")
                c.t(line[:i])
                c.s("NEG_NUMBER", "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 11))))
                c.t(line[i + 3:])
            else:
                c.t(line)
            continue
        if kind == "label":  # a line-start word and colon that names no sender
            c.s("NEG_WORD", rng.choice(LABELS))
            c.t(": ")
            c.t(rng.choice(P["ok"]))
            continue
        if anon:
            c.t(rng.choice(["me: ", "you: ", "> ", "them: "]))
        else:
            sender(c, lg, shape, who, roles[who])
        others = [p for p in people if p is not who]
        message(c, lg, P, kind, who, rng.choice(others) if others else third, third)
        if rng.random() < 0.3:
            c.t(" " + rng.choice(EMOJI))
    return c.text, c.spans


def message(c, lg, P, kind, who, other, third):
    g, s = who
    if kind == "intro":
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(P["hi"]))
            c.t(rng.choice([" ", "! ", " " + rng.choice(EMOJI) + " "]))
        tpl = rng.choice(INTRO[lg])
        c.fmt(tpl, {"g": ("PERSON", g), "gs": ("PERSON", g + " " + s), "grp": ("", rng.choice(GROUPS[lg]))})
    elif kind == "said":
        c.fmt(SAID[lg], {"o": ("PERSON", other[0] if rng.random() < 0.6 else third[0])})
    elif kind == "again":  # the other person by given name, a greeting or thanks beside it
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(P["thx"]))
            c.t(" ")
            c.s("PERSON", other[0])
            c.t(rng.choice([" ", " " + rng.choice(EMOJI) + " ", "!! "]))
            c.s("NEG_WORD", rng.choice(P["short"]))
        else:
            c.t(rng.choice(P["ok"]) + " ")
            c.s("PERSON", other[0])
            c.t(rng.choice(["?", " 🙏", "!!", ""]))
    elif kind == "handle":
        pre, gold = handle(g, s)
        c.t(rng.choice(["insta ", "ig: ", "tiktok ", "snap: ", "paypal ", "revolut ", "vinted: "]))
        c.t(pre)
        c.s("PERSON", gold)
        c.t(" " + rng.choice(EMOJI))
    elif kind in ("addr", "dob", "tel"):
        tpl = rng.choice(P[kind])
        lab = {"addr": "STREET_ADDRESS", "dob": "DATE_OF_BIRTH", "tel": "PHONE_NUMBER"}[kind]
        val = {"addr": street, "dob": birth, "tel": phone}[kind](lg)
        if kind == "dob" and rng.random() < 0.5:  # whose birth: a child or a pet's owner, named
            c.s("PERSON", third[0] if rng.random() < 0.5 else third[0] + " " + third[1])
            c.t(" " + rng.choice(["", "-", ":"]) + " ")
        key = {"addr": "st", "dob": "d", "tel": "p"}[kind]
        c.fmt(tpl, {key: (lab, val)})
        if rng.random() < 0.4:
            c.t(" ")
            c.s("NEG_WORD", rng.choice(P["thx"] + P["short"]))
    elif kind == "ok":
        c.t(rng.choice(P["ok"]))
    else:
        neg(c, lg, P)

def neg(c, lg, P):
    r = rng.random()
    if r < 0.3:
        w, tpl = rng.choice(NAMEWORDS[lg] if rng.random() < 0.7 or lg == "en" else NAMEWORDS["en"])
        i = tpl.find("{w}")
        if i < 0:
            c.t(tpl)
            return
        c.t(tpl[:i])
        c.s("NEG_WORD", w)
        c.t(tpl[i + 3:])
    elif r < 0.42:
        c.fmt(PET_LINE[lg], {"w": ("NEG_PET", rng.choice(PETS))})
    elif r < 0.54:
        c.t(rng.choice(["saw it on ", "via ", "from ", "its on "]))
        c.s("NEG_ORG", rng.choice(FIRMS))
        c.t(" " + rng.choice(EMOJI))
    elif r < 0.62:
        c.t(rng.choice(["still selling the ", "is the ", "got a "]))
        c.s("NEG_PRODUCT", rng.choice(PRODUCTS))
        c.t("?")
    elif r < 0.7:
        c.t(rng.choice(["meet at ", "outside ", "by "]))
        c.s("NEG_PLACE", rng.choice(PLACES))
    elif r < 0.8:
        d = "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12)) if rng.random() < 0.5 else \
            "%d/%d" % (rng.randint(1, 28), rng.randint(1, 12))
        c.fmt(DATE_NEG[lg], {"d": ("NEG_DATE", d)})
    elif r < 0.88:
        n = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 12)))
        c.fmt(rng.choice(NUM_NEG[lg]), {"n": ("NEG_NUMBER", n)})
    else:  # chat words in a row, each repeated across the thread
        for k in range(rng.randint(2, 3)):
            if k:
                c.t(" ")
            c.s("NEG_WORD", rng.choice(P["short"] + P["thx"]))
        c.t(" " + rng.choice(EMOJI))


DOMAINS = ["sports-team parents' poll", "allotment group", "community-garden group", "moving-company quote by SMS",
           "vet reminder replies", "landlord repair ticket", "student house group", "festival ticket resale DM",
           "language-exchange chat", "delivery-driver chat"]
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
    for i in range(510):
        lg = LANGS[i % len(LANGS)]
        text, spans = chat(lg, i)
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
