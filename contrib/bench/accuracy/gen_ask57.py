#!/usr/bin/env python3
"""gen_ask57.py: false names in phone-typed chat pasted WITHOUT a capitalised ask first (tune set;
branch ask57, written and committed before hush was run on it), from the twenty-fourth blind set's
public brief (its typed family: phone chat in lower case without diacritics, shorthand, emoji,
names and streets glued) and typed52-56's notes ("lead-less variants ... worth a tune set"): every
tune corpus of typed52-56 opens its user message with "Summarise this chat:"; here most bodies do
not. Chat kinds none of typed52-56 lists: allotment swaps, roommate bills, band rehearsals,
wedding-guest groups, airport pick-ups, cricket club, hostel front desk, pet adoption, moving day,
language exchange, ski carpools, food co-ops, pub-quiz leagues.

Body shapes (record metadata "shape"): "none" (the user message is the chat alone), "after" (the
ask follows the chat), "lower" (a lower-case ask first), "foreign" (a lower-case ask in another
language than the chat's), "turns" (each chat line its own user message or content part, no ask),
"array" (the chat as a JSON array of {from, text} objects inside the user message), "single" (one
chat message only), "caps" (a capitalised ask first, the typed rounds' shape, 12% as a control).

Weighted to look-alikes: about two NEG_ spans per PERSON span, in the places a name stands (line
start, after a sender, a greeting or thanks, before a verb): lower-case words that are also names
(bill, will, mark, rose, may, hope, jan, van, eva, mai, sol, max, pat, drew, grant, malina, lykke,
tuuli, niki, zoi, dor ...), greetings and words of address of 17 languages (`oi bestie`, `na digga`,
`salut mec`, `hola crack`, `ciao fra`, `siema mordo`, `selam kanka`, `geia re file`), shorthand,
shops, pets, teams, districts, usernames, weekdays and months, typos. Beside them real names in
lower case: senders (`name:`, `[18:02] name:`, `12/03/24, 18:22 - name:`), intros, before their
verb, after greetings, full names on guest lists and bills, handles, names glued to emoji or `!!`.
Languages: en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in Latin letters); half the
names invented, a fifth of global origin. Request bodies of the four APIs, a third \\uXXXX, half
compact. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import fold, invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, P, append_body, dumps, escaper, place_each  # noqa: E402
from gen_typed_common import SYL, END, EMOJI  # noqa: E402

rng = random.Random(20261207 + 57)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]


def table(d):
    return {k: v.split() for k, v in d.items()}


# Names of this round (others than typed52-56's tables), lower case as typed.
GIVEN = table({"en": "harvey poppy toby elsie finn martha stanley nell", "de": "lasse frieda bastian ronja till wiebke",
               "fr": "aurele margaux titouan clemence basile ombeline", "nl": "stijn noor jelle isa wout lieke",
               "es": "hugo alba dario candela ruben ainhoa", "it": "tommaso ginevra edoardo bianca filippo noemi",
               "pt": "afonso leonor duarte matilde salvador carolina", "pl": "kacper oliwia bartek wiktoria kuba lena",
               "sv": "elias selma hugo wilma melker alva", "da": "magnus ellen valdemar agnes storm esther",
               "no": "isak ingvild eskil synne jonas ragnhild", "fi": "eetu venla onni iida niilo lilja",
               "cs": "vojtech barbora stepan krystof julie vendula", "hu": "levente boglarka marcell reka barnabas dora",
               "tr": "kerem defne alp ecrin baran ela", "ro": "vlad ilinca radu sanziana matei irina",
               "el": "stavros eleni thanasis katerina giorgos despina"})
SURNAME = table({"en": "pemberton hargreaves lofthouse crabtree maddox", "de": "lorenzen ebeling hartwig siebert",
                 "fr": "lemaire guillot perrin carpentier", "nl": "brouwer hendriks dijkstra postma", "es": "pastor soler crespo herrero",
                 "it": "galli fabbri marchetti sartori", "pt": "moreira sousa lopes pinto", "pl": "pawlak sikora baran dudek",
                 "sv": "hedlund sandberg wikstrom ek", "da": "bach kjeldsen thomsen moller", "no": "lunde moe sveen ruud",
                 "fi": "heikkinen koskinen lehtonen salo", "cs": "benes fiala sedlacek ruzicka", "hu": "farkas balogh papp juhasz",
                 "tr": "kurt ozdemir arslan dogan", "ro": "dobre enache ungureanu stoica", "el": "georgiou nikolaou vlachos karras"})
GLOBAL = ("chidi ananya tomoko babajide zainab olu mei-ling farhan nkechi sunil".split(),
          "nwosu iyer yamada adebayo rahman kaur okafor chen".split())
SYL = dict(SYL, el=["sta", "ma", "ri", "no", "the", "le", "ko"])
END = dict(END, el=["opoulos", "akis", "idou"])
# Given names that are also lower-case words: as names (PERSON) only where a verb or cue says so.
WORDNAMES = ["bill", "will", "mark", "rose", "may", "hope", "jan", "eva", "max", "pat", "drew", "grant"]


def person(lg):
    r = rng.random()
    if r < 0.2:
        g, s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    elif r < 0.5:
        g, s = rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    else:
        g = invent_syllables(rng, SYL[lg], END[lg], False)
        s = invent_syllables(rng, SYL[lg], END[lg], True)
    return fold(g).lower(), fold(s).lower()


# ---- where a name stands ----------------------------------------------------------------------
INTRO = {"en": ["{g} here", "hiya its {g}", "this is {gs} from the {grp}", "{g} again sorry"],
         "de": ["{g} hier", "hier is {g}", "{gs} hier vom {grp}"], "fr": ["c'est {g}", "{g} ici", "moi c {gs}"],
         "nl": ["{g} hier", "met {gs}", "ik ben {g}"], "es": ["soy {g}", "{g} por aqui", "soy {gs} del {grp}"],
         "it": ["sono {g}", "{g} qui", "sono {gs}"], "pt": ["e a {g}", "{g} aqui", "sou o {gs}"],
         "pl": ["tu {g}", "{g} z tej strony", "z tej strony {gs}"], "sv": ["{g} har", "det ar {gs}"],
         "da": ["{g} her", "det er {gs}"], "no": ["{g} her", "det er {gs}"], "fi": ["{g} tassa", "taalla {gs}"],
         "cs": ["tady {g}", "jsem {gs}"], "hu": ["{g} vagyok", "itt {gs}"], "tr": ["ben {g}", "{gs} ben"],
         "ro": ["sunt {g}", "{gs} aici"], "el": ["eimai o {g}", "edo {gs}"]}
VERB = {"en": ["{o} paid already", "{o} has the van", "ask {o} for the key", "{o} is picking us up", "{o} owes 12"],
        "de": ["{o} hat schon bezahlt", "{o} holt uns ab", "frag {o} wegen schlussel"],
        "fr": ["{o} a deja paye", "{o} vient nous chercher", "demande a {o}"],
        "nl": ["{o} heeft al betaald", "{o} haalt ons op", "vraag {o} even"],
        "es": ["{o} ya pago", "{o} nos recoge", "preguntale a {o}"], "it": ["{o} ha gia pagato", "{o} ci viene a prendere"],
        "pt": ["{o} ja pagou", "{o} vem buscar-nos"], "pl": ["{o} juz zaplacil", "{o} nas odbierze"],
        "sv": ["{o} har redan betalat", "{o} hamtar oss"], "da": ["{o} har betalt", "{o} henter os"],
        "no": ["{o} har betalt", "{o} henter oss"], "fi": ["{o} maksoi jo", "{o} hakee meidat"],
        "cs": ["{o} uz zaplatil", "{o} nas vyzvedne"], "hu": ["{o} mar fizetett", "{o} jon ertunk"],
        "tr": ["{o} odedi bile", "{o} bizi alacak"], "ro": ["{o} a platit deja", "{o} ne ia de la aeroport"],
        "el": ["o {o} plirose", "i {o} tha mas parei"]}
LIST = {"en": "guest list", "de": "gasteliste", "fr": "invites", "nl": "gastenlijst", "es": "invitados",
        "it": "invitati", "pt": "convidados", "pl": "goscie", "sv": "gastlista", "da": "gasteliste",
        "no": "gjesteliste", "fi": "vieraat", "cs": "hoste", "hu": "vendegek", "tr": "davetliler", "ro": "invitati",
        "el": "kalesmenoi"}
GREET = table({"en": "hey hiya oi yo morning", "de": "moin hey na servus", "fr": "salut coucou wesh", "nl": "hoi hee yo",
               "es": "hola ey buenas", "it": "ciao ue ehi", "pt": "oi ola epa", "pl": "siema hej czesc",
               "sv": "tjena hej halla", "da": "hej hejsa yo", "no": "hei heisann halla", "fi": "moro moi hei",
               "cs": "cau ahoj cus", "hu": "szia hali csa", "tr": "selam slm mrb", "ro": "salut buna hey",
               "el": "geia re yassou"})
THX = table({"en": "thx ta cheers", "de": "danke merci thx", "fr": "merci mrc", "nl": "dank thx", "es": "gracias grax",
             "it": "grazie grz", "pt": "obg valeu", "pl": "dzieki dzk", "sv": "tack tackar", "da": "tak tak tak",
             "no": "takk takker", "fi": "kiitos kiitti", "cs": "diky dik", "hu": "koszi kosz", "tr": "sagol tsk",
             "ro": "mersi ms", "el": "efxaristo thx"})
# Words of address after a greeting or thanks: no one's name.
ADDRESS = table({"en": "bestie sis fam boss bud pal dude chief", "de": "digga alter ihr meine bro",
                 "fr": "mec frerot toi poto", "nl": "maat makker toppers lieverd", "es": "crack tio nena cielo chaval",
                 "it": "fra zio amo belli", "pt": "mano fofa malta parceiro", "pl": "mordo stary kochani slonko",
                 "sv": "grabbar tjejer brorsan hjartat", "da": "makker venner gutter", "no": "kompis vennen jenter",
                 "fi": "jengi muru kaveri", "cs": "kamo brasko holky", "hu": "haver teso skacok cicam",
                 "tr": "kanka abi abla kardesim", "ro": "frate iubi baieti", "el": "file koukla mana"})
ADDRESS["el"] = ["re file", "koukla", "mana", "paidia"]
HANDLE_CUE = ["insta ", "ig ", "its @", "find me on insta @", "tiktok @", "snap: ", "my tg is ", "add me on discord "]


def handle(g, s):
    r = rng.random()
    if r < 0.35:
        return g + s
    if r < 0.6:
        return g + "_" + s
    if r < 0.8:
        return g + "." + s
    return g + s[0] + str(rng.randint(1, 99))


# ---- look-alikes ------------------------------------------------------------------------------
NAMEWORDS = {
    "en": [("bill", "{w} came in, 212 for the quarter"), ("bill", "pls pay ur half of the {w}"), ("will", "{w} do"),
           ("mark", "{w} it on the calendar"), ("rose", "the {w} bed needs water"), ("may", "{w} be late"),
           ("hope", "{w} the flight is ok"), ("jan", "since {w} we pay 40"), ("van", "the {w} is booked for 9"),
           ("eva", "bring the {w} mat"), ("max", "{w} 6 ppl per room"), ("pat", "dont {w} him hes shy"),
           ("drew", "{w} the short straw lol"), ("grant", "the club {w} came thru"), ("sunny", "{w} spell finally")],
    "de": [("mark", "kostet ne {w} fuffzig lol"), ("will", "er {w} nicht mitkommen"), ("mai", "ab {w} gießen"),
           ("otto", "paket von {w} kam")],
    "fr": [("pierre", "le mur en {w}"), ("rose", "le {w} pale"), ("mai", "depuis {w}"), ("sol", "au {w} stp")],
    "nl": [("van", "{w} 9 tot 12"), ("roos", "de {w} bloeit"), ("mei", "half {w}"), ("hoop", "{w} het lukt")],
    "es": [("dolores", "tengo {w} de cabeza"), ("sol", "hace {w}"), ("cruz", "la {w} roja"), ("luz", "se fue la {w}")],
    "it": [("bianca", "la camicia {w}"), ("stella", "una {w} fresca"), ("felice", "sono {w}"), ("sole", "c'e il {w}")],
    "pt": [("graca", "e de {w}"), ("dores", "{w} nas costas"), ("vitoria", "{w} do benfica"), ("sol", "esta {w}")],
    "pl": [("malina", "{w} i jagoda"), ("jagoda", "dzem z {w}"), ("kalina", "krzak {w} przyciety"), ("maj", "do {w}")],
    "sv": [("stig", "ta {w}en vid ladan"), ("sten", "{w} och sand"), ("maj", "i {w}"), ("sol", "{w} idag")],
    "da": [("lykke", "held og {w}"), ("sten", "{w} i skoen"), ("maj", "i {w}"), ("bo", "vi skal {w} der")],
    "no": [("dag", "god {w}"), ("stein", "{w} i skoen"), ("mai", "i {w}"), ("sol", "{w} i dag")],
    "fi": [("tuuli", "kova {w}"), ("lumi", "{w} sulaa"), ("aamu", "huomenna {w}lla"), ("toivo", "{w} on hyva")],
    "cs": [("mila", "je {w}"), ("vera", "{w} v lepsi casy"), ("jaro", "na {w}")],
    "hu": [("viola", "a {w} kinyilt"), ("rozsa", "a {w} a kertben"), ("remeny", "van {w}")],
    "tr": [("ay", "bu {w} kira artti"), ("gunes", "{w} var"), ("yildiz", "{w} gibi"), ("umut", "{w} var")],
    "ro": [("dor", "mi-e {w} de voi"), ("mai", "din {w}"), ("doina", "o {w} frumoasa")],
    "el": [("niki", "{w} tou olympiakou"), ("zoi", "ti {w} mas"), ("agapi", "me {w}"), ("elpida", "exo {w}")],
}
SHORT = table({"en": "omw ty brb np idk tbh lmk hmu ngl rn wbu fr", "de": "lg hdl kp sry vllt", "fr": "jsp tkt mdr bcp stp",
               "nl": "ff mss idd sws", "es": "xq tqm porfa finde", "it": "cmq nn tvb raga", "pt": "vc tb blz pq",
               "pl": "nwm spoko pzdr jj", "sv": "iaf typ mvh", "da": "mvh osv vh", "no": "mvh btw", "fi": "sori joo okei",
               "cs": "jj nvm mrkni", "hu": "bocsi asszem pls", "tr": "tmm eyw aynen", "ro": "nush pa dc", "el": "tpt entaxei re"})
TYPOS = ["tmrw", "tomoz", "thnx", "definatly", "alrighty", "gonna", "wanna", "reciept", "yesss", "nopee", "pleasee",
         "sryyy", "heyyy", "okk", "ofc", "luv", "cya", "gn8", "m8", "l8r", "dankeee", "graciass", "merciii", "tackkk"]
WEEK = table({"en": "mon tues wed thurs fri sat sun monday friday", "de": "montag freitag samstag", "fr": "lundi vendredi samedi",
              "nl": "maandag vrijdag zaterdag", "es": "lunes viernes sabado", "it": "lunedi venerdi sabato",
              "pt": "segunda sexta sabado", "pl": "poniedzialek piatek sobota", "sv": "mandag fredag lordag",
              "da": "mandag fredag lordag", "no": "mandag fredag lordag", "fi": "maanantai perjantai lauantai",
              "cs": "pondeli patek sobota", "hu": "hetfo pentek szombat", "tr": "pazartesi cuma cumartesi",
              "ro": "luni vineri sambata", "el": "deftera paraskevi savvato"})
MONTHS = table({"en": "jan feb march april june july aug", "de": "januar marz juni juli", "fr": "janvier juin juillet",
                "nl": "januari juni juli", "es": "enero junio julio", "it": "gennaio giugno luglio", "pt": "janeiro junho julho",
                "pl": "styczen czerwiec lipiec", "sv": "januari juni juli", "da": "januar juni juli", "no": "januar juni juli",
                "fi": "tammikuu kesakuu heinakuu", "cs": "leden cerven cervenec", "hu": "januar junius julius",
                "tr": "ocak haziran temmuz", "ro": "ianuarie iunie iulie", "el": "ianouarios iounios ioulios"})
SHOPS = ["tesco", "sainsburys", "lidl", "aldi", "obi", "bauhaus", "leroy merlin", "gamma", "praxis", "mercadona",
         "esselunga", "continente", "zabka", "ica", "netto", "rema", "kmart", "prisma", "tesco express", "penny", "bim"]
TEAMS = ["yorkshire ccc", "surrey", "lancashire", "dortmund", "lyon", "feyenoord", "sevilla", "napoli", "sporting",
         "lech", "aik", "fck", "molde", "hifk", "banik", "ujpest", "trabzon", "rapid", "paok"]
DISTRICTS = ["headingley", "ehrenfeld", "belleville", "de pijp", "gracia", "navigli", "bairro alto", "praga", "majorna",
             "vesterbro", "majorstuen", "toolo", "vinohrady", "ujlipotvaros", "besiktas", "cotroceni", "exarchia"]
PETS = ["biscuit", "pickle", "waffles", "nugget", "pumpkin", "mochi", "ziggy", "pippa", "bobo", "fluffy", "oreo", "toffee"]
NONAME = ["allotment_swap", "flat3b", "band.practice", "wedding2026", "airport.taxi", "cricketclub_1st", "hostel.desk",
          "adoptme.pets", "movingday", "veggie.plot", "guitar_hero99", "rooftop.bar"]
DOMAINS = ["allotment swap group", "roommate bills chat", "band rehearsal group", "wedding guest group",
           "airport pick-up chat", "cricket club chat", "hostel front desk chat", "pet adoption chat", "moving day group",
           "language exchange chat", "ski carpool group", "food co-op chat", "pub-quiz league chat"]
# Senders named by a role or "me" in exports: no one's name.
ROLE = table({"en": "me mum landlord desk driver coach", "de": "ich mama vermieter", "fr": "moi maman proprio",
              "nl": "ik mama huisbaas", "es": "yo mama casero", "it": "io mamma padrone", "pt": "eu mae senhorio",
              "pl": "ja mama wlasciciel", "sv": "jag mamma hyresvard", "da": "mig mor udlejer", "no": "meg mamma utleier",
              "fi": "mina aiti vuokranantaja", "cs": "ja mamka pronajimatel", "hu": "en anya recepcio",
              "tr": "ben annem patron", "ro": "eu mama proprietar", "el": "ego mama idioktitis"})
GRP = ["allotment", "band", "club", "hostel", "coop", "flat", "quiz"]


def neg(c, lg):
    """One look-alike message; returns how many NEG_ spans it wrote."""
    k = rng.random()
    if k < 0.3:
        w, tpl = rng.choice(NAMEWORDS[lg] + (NAMEWORDS["en"] if rng.random() < 0.3 else []))
        a, b = tpl.split("{w}")
        c.t(a).s("NEG_WORD", w).t(b)
    elif k < 0.5:
        c.s("NEG_WORD", rng.choice(GREET[lg] + THX[lg])).t(rng.choice([" ", ", ", " "]))
        c.s("NEG_WORD", rng.choice(ADDRESS[lg])).t(rng.choice(["", "!!", " " + rng.choice(EMOJI), " u ok?"]))
        return 2
    elif k < 0.6:
        c.s("NEG_WORD", rng.choice(SHORT[lg] + SHORT["en"])).t(rng.choice(["", " 👍", " ok", " lol", "!"]))
    elif k < 0.67:
        c.t(rng.choice(["ok ", "", "sry "])).s("NEG_WORD", rng.choice(TYPOS)).t(rng.choice(["", " x", " 😂"]))
    elif k < 0.75:
        c.t(rng.choice(["", "ok ", "so "])).s("NEG_DATE", rng.choice(WEEK[lg] + MONTHS[lg])).t(rng.choice(["?", " then", " ok", ""]))
    elif k < 0.83:
        c.t(rng.choice(["at ", "from ", "near ", ""]))
        r = rng.random()
        c.s("NEG_ORG", rng.choice(SHOPS)) if r < 0.4 else (
            c.s("NEG_ORG", rng.choice(TEAMS)) if r < 0.65 else c.s("NEG_PLACE", rng.choice(DISTRICTS)))
        c.t(rng.choice([" at 5", " later", "", " tho"]))
    elif k < 0.91:
        c.s("NEG_PET", rng.choice(PETS)).t(rng.choice([" is so good with kids", " had his jabs", " chewed the sofa", " 🐾"]))
    else:
        c.t(rng.choice(HANDLE_CUE)).s("NEG_HANDLE", rng.choice(NONAME))
    return 1


def real(c, lg, who, other):
    """One message naming a person; returns how many PERSON spans it wrote."""
    g, s = who
    k = rng.random()
    if k < 0.25:
        tpl = rng.choice(INTRO[lg])
        slots = {"g": g, "gs": g + " " + s}
        n = 0
        for part in tpl.replace("{grp}", rng.choice(GRP)).split("{"):
            if "}" in part:
                key, rest = part.split("}", 1)
                c.s("PERSON", slots[key]).t(rest)
                n += 1
            else:
                c.t(part)
        return n
    if k < 0.5:
        a, b = rng.choice(VERB[lg]).split("{o}")
        c.t(a).s("PERSON", other[0]).t(b)
    elif k < 0.68:
        c.s("NEG_WORD", rng.choice(GREET[lg] + THX[lg])).t(" ").s("PERSON", other[0])
        c.t(rng.choice(["!!", " " + rng.choice(EMOJI), "", "😂"]))
    elif k < 0.8:
        c.t(LIST[lg] + ": ").s("PERSON", g + " " + s).t(", ").s("PERSON", other[0] + " " + other[1])
        return 2
    elif k < 0.9:
        c.t(rng.choice(HANDLE_CUE)).s("PERSON", handle(g, s)).t(" " + rng.choice(EMOJI))
    else:
        c.s("PERSON", other[0]).t(rng.choice(["!!", "??", " " + rng.choice(EMOJI)]))
        c.t(rng.choice([" u there", " call me", " where r u", ""]))
    return 1


def chat(lg):
    """The chat as a list of lines (pieces), each one sender's message."""
    people = [person(lg)]
    while len(people) < rng.choice([2, 3, 3]):
        p = person(lg)
        if all(p[0] != q[0] for q in people):
            people.append(p)
    style = rng.choice(["plain", "colon", "colon", "stamp", "export"])
    role = rng.choice(ROLE[lg]) if rng.random() < 0.4 else None
    lines, npers, nneg = [], 0, 0
    for n in range(rng.randint(4, 9)):
        who = people[n % len(people)]
        other = rng.choice([p for p in people if p is not who])
        c = P()
        if style == "stamp":
            c.t("[%02d:%02d] " % (rng.randint(7, 23), rng.randint(0, 59)))
        elif style == "export":
            c.t("%02d/%02d/2%d, %02d:%02d - " % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(4, 6),
                                                rng.randint(7, 23), rng.randint(0, 59)))
        if style != "plain" and role and who is people[0]:
            c.s("NEG_WORD", role).t(": ")
            nneg += 1
        elif style != "plain":
            c.s("PERSON", who[0]).t(": ")
            npers += 1
        if nneg < 2 * npers or rng.random() < 0.35:
            nneg += neg(c, lg)
            if nneg < 2 * npers and rng.random() < 0.8:
                c.t(rng.choice([" ", ", ", " ... "]))
                nneg += neg(c, lg)
        else:
            npers += real(c, lg, who, other)
        if rng.random() < 0.2:
            c.t(" " + rng.choice(EMOJI))
        lines.append((who[0], c))
    return lines, style


ASK = {"en": ["summarise this pls", "what do they want from me", "help me reply", "who owes what here?"],
       "de": ["fass das mal zusammen", "was wollen die von mir"], "fr": ["resume stp", "aide moi a repondre"],
       "nl": ["vat samen aub", "wat moet ik antwoorden"], "es": ["resume esto porfa", "que les contesto"],
       "it": ["riassumi pls", "cosa rispondo"], "pt": ["resume isto", "o que respondo"], "pl": ["streszcz to", "co mam odpisac"],
       "sv": ["sammanfatta", "vad svarar jag"], "da": ["opsummer", "hvad svarer jeg"], "no": ["oppsummer", "hva svarer jeg"],
       "fi": ["tiivista", "mita vastaan"], "cs": ["shrn to", "co mam odpovedet"], "hu": ["foglald ossze", "mit valaszoljak"],
       "tr": ["ozetle", "ne cevap vereyim"], "ro": ["rezuma", "ce le raspund"], "el": ["kane perilipsi", "ti na apantiso"]}
CAPS = ["Summarise this {d}:", "Draft a reply to this {d}:", "Who said what in this {d}?"]


def joined(lines):
    out = P()
    for k, (_, c) in enumerate(lines):
        if k:
            out.t("\n")
        out.add(c)
    return out


def as_array(lines, style):
    """The chat as a JSON array of {from, text} objects (a piece whose text is that JSON)."""
    out = P("[")
    for k, (who, c) in enumerate(lines):
        cut = 0 if style == "plain" else c.text.index(": ") + 2
        text = c.text[cut:]
        out.t(", " if k else "").t('{"from": "').s("PERSON", who).t('", "text": ')
        body = P(text)
        body.spans = [dict(s, start_position=s["start_position"] - cut, end_position=s["end_position"] - cut)
                      for s in c.spans if s["start_position"] >= cut]
        out.t('"')
        conv = escaper(1, False)
        base = len(out.text)
        out.text += conv(body.text)
        for s in body.spans:
            pre = conv(body.text[:s["start_position"]])
            out.spans.append(dict(s, start_position=base + len(pre), end_position=base + len(pre) + len(s["entity_value"])))
        out.t('"}')
    return out.t("]")


def body_of(api, parts):
    """A request body whose user turn holds MARK % k for each part k (several messages or parts
    when more than one)."""
    ms = [MARK % k for k in range(parts)]
    if api == "chat":
        return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": m} for m in ms]}
    if api == "responses":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": m}]} for m in ms]}
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 800,
                "messages": [{"role": "user", "content": [{"type": "text", "text": m} for m in ms]}]}
    return {"contents": [{"role": "user", "parts": [{"text": m} for m in ms]}]}


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    shapes = ["none"] * 6 + ["after"] * 3 + ["lower"] * 3 + ["foreign"] * 2 + ["turns"] * 3 + ["array"] * 2 + \
        ["single"] + ["caps"] * 3
    for i in range(500):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        ascii_, compact = i % 3 == 0, i % 2 == 1
        shape = shapes[rng.randrange(len(shapes))]
        lines, style = chat(lg)
        d = DOMAINS[i % len(DOMAINS)]
        if shape == "single":
            pieces = [lines[0][1]]
        elif shape == "turns":
            pieces = [c for _, c in lines]
        elif shape == "array":
            pieces = [as_array(lines, style)]
        else:
            pieces = [joined(lines)]
        ask = None
        if shape == "after":
            ask = rng.choice(ASK[lg] + CAPS[:1]).format(d=d)
            pieces[0].t("\n\n" + ask)
        elif shape in ("lower", "foreign"):
            alg = lg if shape == "lower" else rng.choice([x for x in LANGS if x != lg])
            ask = rng.choice(ASK[alg])
        elif shape == "caps":
            ask = rng.choice(CAPS).format(d=d)
        if ask and shape != "after":
            p = P(ask + rng.choice(["\n\n", "\n", ": "]))
            p.add(pieces[0])
            pieces[0] = p
        body = dumps(body_of(api, len(pieces)), ascii_, compact)
        text, spans = place_each(body, [(MARK % k, escaper(1, ascii_), p) for k, p in enumerate(pieces)])
        spans.sort(key=lambda s: s["start_position"])
        append_body(records, text, spans, {"locale": lg, "class": "typed", "api": api, "ascii": ascii_,
                                           "shape": shape, "senders": style, "domain": d})
    write_json(records)


main()
