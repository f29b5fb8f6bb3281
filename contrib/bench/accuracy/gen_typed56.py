#!/usr/bin/env python3
"""gen_typed56.py: false names first, then names before their verb and handles in phone-typed
chat, fifth round (tune set; branch typed56, written and committed before any detector rule was
read for it and before hush was run on it), from the public brief of the twenty-fourth blind set's
typed family (phone chat in lower case without diacritics, shorthand, emoji, names and streets
glued) and typed52-55's notes, in chat kinds none of typed52-55 nor that set lists: board-game
cafe groups, bouldering-partner chats, surf-school booking DMs, bakery pre-order DMs, ceramics-
class groups, scout-troop parents' chats, quiz-night team chats, tattoo-studio booking DMs,
knitting-circle groups, vintage-car club chats, baby-swim class parents, hospital shift-swap
chats, chess-club chats.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks the model to summarise, reply to or file
a chat pasted below it. Weighted toward look-alikes (NEG_ spans), in the places where a name
stands in chat (line start after a sender, after a greeting or thanks, before a verb):
- lower-case words that are also given names or surnames somewhere (`will do`, `mark me down`,
  `rose gold`, `may b late`, `bill is 40 each`, `sunny tmrw`, `hope ur ok`, `3 jan`, `van 8 tot 5`,
  `de nada`, `le ali di pollo`, `eva mats`, `ende mai`, `joyeux noel`, `hace sol`);
- words of address after greetings and thanks (`hey hun`, `ciao bella`, `hola guapa`, `szia
  dragam`, `merhaba canim`, `hej skat`), greetings of 17 languages (`hej`, `ciao`, `merhaba`,
  `szia`, `ahoj`) on their own, shorthand (`omw`, `ty`, `brb`, `thx`, `pls`, `np`, `lmk`);
- shops, brands, football teams, districts, pets, street names without a number, usernames that
  name no one, weekday and month names, typos and stretched words (`tommorow`, `thnks`, `sooo`);
Beside them, real names in lower case: before and after their verb (`marco sono`, `anna vagyok`,
`ask jan abt it`, `will is driving`: name-words that are names here), after a greeting, senders
(`name:`, `[12:03] name:`), handles and glued names.
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
from gen_typed_common import C, L, SYL, END, EMOJI  # noqa: E402

rng = random.Random(20261207 + 56)

# Shared with gen_typed55.py (identical there); its functions draw from this generator's rng.
import gen_typed55  # noqa: E402
from gen_typed55 import (  # noqa: E402
    handle)
gen_typed55.rng = rng

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]


def plain(s):
    """s without diacritics, as a phone keyboard without the language's layout types it."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("æ", "ae"), ("ł", "l"), ("ı", "i"), ("å", "a")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# Names of this round (others than typed52-55's tables).
NAMES = {
    "en": ("freya alfie ruby jack daisy reuben isla ollie maisie",
           "haworth clegg sutcliffe barraclough ormerod whittaker"),
    "de": ("mats greta jannik pia henrik merle nils lotta",
           "petersen bruns kramer reinholz steffens wendt"),
    "fr": ("gaspard louise maxence agathe romain capucine",
           "leclerc barbier faure mercier roche dumas"),
    "nl": ("sem tess luuk roos gijs fenna",
           "kuipers van leeuwen bos meijer vermeulen"),
    "es": ("marcos irene pablo elena ivan noelia",
           "cano prieto vidal ramos gil"),
    "it": ("marco anna pietro sara luca irene",
           "conti moretti barbieri villa testa"),
    "pt": ("rodrigo ines martim francisca diogo rita",
           "teixeira martins correia mendes nunes"),
    "pl": ("szymon zuzanna filip maja igor hanna",
           "kaczmarek michalski krol wieczorek jablonski"),
    "sv": ("viktor ebba linus tilda gustav saga",
           "lundgren bjork engstrom falk nordin"),
    "da": ("frederik laura oliver sofie viggo karla",
           "rasmussen lund holm vestergaard schmidt"),
    "no": ("sander thea mathias nora henrik live",
           "lie aas halvorsen dahl berge"),
    "fi": ("joonas emilia aleksi aada roope ella",
           "jarvinen kallio ojala rantanen laitinen"),
    "cs": ("matej eliska tomas natalie david adela",
           "zeman kolar hajek pokorny marek"),
    "hu": ("adam zsofia mate luca bendeguz petra",
           "molnar nemeth kiss lakatos simon"),
    "tr": ("yusuf zehra mert irem can esra",
           "polat yildiz aksoy erdem sen"),
    "ro": ("tudor bianca stefan oana cosmin raluca",
           "marin tudose lazar moldovan barbu"),
    "el": ("kostas maria yannis dimitra panos christina",
           "papadakis antoniou ioannou markou pappas"),
}
NAMES = {k: (g.split(), s.split()) for k, (g, s) in NAMES.items()}
NAMES["nl"] = (NAMES["nl"][0], ["kuipers", "van leeuwen", "bos", "meijer", "vermeulen"])
GLOBAL = ("emeka kavya jun aaliyah yaw adaeze kenji divya hamza ayo leila rashid".split(),
          "eze pillai wang qureshi boateng okoro sato menon malik oyelaran".split())
SYL = dict(SYL, el=["ka", "stra", "mi", "lo", "the", "ni", "par"])
END = dict(END, el=["os", "idis", "akis"])
# Given names that are also lower-case words somewhere: as names here (PERSON), as words below.
WORDNAMES = ["will", "mark", "rose", "may", "bill", "sunny", "hope", "ali", "jan", "eva", "noel", "sol", "mai",
             "jade", "ruby", "iris", "amber", "penny", "ray", "jack", "frank", "luz", "deniz", "umut"]


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


# ---- names before and after their verb, after a greeting, handles ---------------------------
INTRO = {
    "en": ["{g} here", "{g} again lol", "its {g}", "{gs} here from {grp}", "{g} speaking 😅"],
    "de": ["{g} hier", "hier ist {g}", "{g} nochmal", "{gs} hier vom {grp}"],
    "fr": ["{g} ici", "c'est {g}", "c {g} encore", "{gs} du {grp}"],
    "nl": ["{g} hier", "met {g}", "ik ben {g}", "{g} weer", "{gs} van {grp}"],
    "es": ["soy {g}", "{g} aqui", "{g} otra vez", "soy {gs} del {grp}"],
    "it": ["{g} sono", "sono {g}", "{g} qui", "{gs} sono, del {grp}"],
    "pt": ["{g} aqui", "sou a {g}", "e o {g}", "{gs} aqui do {grp}"],
    "pl": ["{g} z tej strony", "tu {g}", "{g} tu", "z tej strony {gs}"],
    "sv": ["{g} har", "det e {g}", "{gs} har", "{g} igen"],
    "da": ["{g} her", "det er {g}", "{gs} her", "{g} igen"],
    "no": ["{g} her", "det e {g}", "{gs} her", "{g} igjen"],
    "fi": ["{g} tassa", "taa on {g}", "{g} taalla", "{gs} tassa moi"],
    "cs": ["{g} tady", "tady {g}", "jsem {g}", "{gs} tady"],
    "hu": ["{g} vagyok", "{g} vagyok, a {grp}bol", "itt {g}", "{gs} vagyok"],
    "tr": ["ben {g}", "{g} ben", "{gs} ben", "{g} burda"],
    "ro": ["sunt {g}", "{g} sunt", "{g} aici", "{gs} aici"],
    "el": ["eimai o {g}", "{g} edo", "eimai i {g}", "{gs} edo"],
}
VERB = {  # the other person's name before (or after) a verb in the middle of a message
    "en": ["{o} says hi", "{o} is driving", "{o} has the keys", "ask {o} abt it", "{o} cant make it",
           "tell {o} pls", "{o} is bringing snacks", "w {o} later"],
    "de": ["{o} kommt auch", "{o} hat den schlussel", "{o} sagt hallo", "frag mal {o}", "sag {o} bescheid"],
    "fr": ["{o} vient aussi", "{o} a les cles", "{o} dit coucou", "demande a {o}", "dis a {o} stp"],
    "nl": ["{o} komt ook", "{o} heeft de sleutel", "{o} zegt hoi", "vraag {o} ff", "zeg {o} ff"],
    "es": ["{o} viene tb", "{o} tiene las llaves", "{o} dice hola", "preguntale a {o}", "dile a {o}"],
    "it": ["{o} viene anche", "{o} ha le chiavi", "{o} ti saluta", "chiedi a {o}", "di a {o}"],
    "pt": ["{o} vem tb", "{o} tem as chaves", "{o} manda bjs", "pergunta a {o}", "diz a {o}"],
    "pl": ["{o} tez bedzie", "{o} ma klucze", "{o} pozdrawia", "zapytaj {o}", "powiedz {o}"],
    "sv": ["{o} kommer ocksa", "{o} har nycklarna", "{o} halsar", "fraga {o}", "saga till {o}"],
    "da": ["{o} kommer ogsa", "{o} har noglerne", "{o} siger hej", "sporg {o}", "sig det til {o}"],
    "no": ["{o} kommer ogsa", "{o} har noklene", "{o} sier hei", "spor {o}", "si det til {o}"],
    "fi": ["{o} tulee myos", "{o} on avaimet", "{o} sanoo moi", "kysy {o}", "kerro {o}"],
    "cs": ["{o} prijde taky", "{o} ma klice", "{o} pozdravuje", "zeptej se {o}", "rekni {o}"],
    "hu": ["{o} is jon", "{o} hozza a kulcsot", "{o} udvozol", "kerdezd meg {o}", "szolj {o}"],
    "tr": ["{o} da geliyor", "{o} anahtarlari aldi", "{o} selam soyluyor", "{o} ya sor", "{o} ya soyle"],
    "ro": ["vine si {o}", "{o} are cheile", "{o} te saluta", "intreaba pe {o}", "spune-i lui {o}"],
    "el": ["o {o} erxetai", "i {o} exei ta kleidia", "o {o} leei geia", "rota ton {o}", "pes tis {o}"],
}
GREET = {"en": "hey hiya hi yo", "de": "moin servus hallo hey", "fr": "salut coucou slt bjr",
         "nl": "hoi hey hallo hee", "es": "hola buenas holaa ey", "it": "ciao ehi ciaoo salve",
         "pt": "ola oi boas ei", "pl": "czesc siema hej witam", "sv": "hej tja hejsan halla",
         "da": "hej hejsa hey halloj", "no": "hei halla heisann hallo", "fi": "moi moikka hei terve",
         "cs": "ahoj cau nazdar cus", "hu": "szia hali szevasz csa", "tr": "merhaba selam mrb slm",
         "ro": "buna salut hey servus", "el": "geia yassou kalimera geia sou"}
GREET = {k: v.split() for k, v in GREET.items()}
GREET["el"] = ["geia", "yassou", "kalimera", "geia sou"]
# Words of address after a greeting or thanks: no one's name.
ADDRESS = {"en": "hun babe mate guys all love lads hon", "de": "leute ihr alle schatz mausi",
           "fr": "ma belle les gars tout le monde ma puce", "nl": "allemaal schat jongens lieverd",
           "es": "guapa chicos tia majo cari", "it": "bella ragazzi tesoro raga bello",
           "pt": "amor gente querida pessoal", "pl": "kochanie wszystkim ludzie skarbie",
           "sv": "alla gumman sotis", "da": "skat alle jer", "no": "alle kjaere gutta",
           "fi": "kaikki kulta porukka", "cs": "vsichni zlato lidi", "hu": "mindenki dragam csajok",
           "tr": "canim arkadaslar hocam kanka", "ro": "draga fetelor dragilor", "el": "paidia agapi koukla"}
ADDRESS = {k: v.split() for k, v in ADDRESS.items()}
for _k, _m in (("fr", ["ma belle", "les gars", "tout le monde", "ma puce"]),):
    ADDRESS[_k] = _m
THX = {"en": "thx ty thanks cheers tysm", "de": "danke thx merci dankeschon", "fr": "merci mrc thx",
       "nl": "dank thx bedankt dankjewel", "es": "gracias grax thx", "it": "grazie grz thx",
       "pt": "obrigado obg valeu", "pl": "dzieki dzk dziekuje", "sv": "tack tackar thx",
       "da": "tak tusind thx", "no": "takk tusen thx", "fi": "kiitos kiitti thx", "cs": "diky dik dekuju",
       "hu": "koszi koszonom kosz", "tr": "sagol tesekkurler tsk eyw", "ro": "mersi multumesc ms",
       "el": "efxaristo eyxaristw thx"}
THX = {k: v.split() for k, v in THX.items()}
HANDLE_CUE = ["insta ", "ig: ", "tiktok ", "snap ", "paypal.me/", "revolut @", "venmo @", "fb: ", "tg @",
              "add me ", "discord ", "my @ is ", "follow ", "dm "]


# ---- look-alikes -------------------------------------------------------------------------------
# A word that is also a name somewhere, in the message that uses it as a word: (word, message).
NAMEWORDS = {
    "en": [("will", "{w} do 👍"), ("will", "{w} b there at 6"), ("mark", "{w} me down for sat"),
           ("rose", "{w} gold one pls"), ("may", "{w} b late sry"), ("bill", "{w} is 40 each"),
           ("sunny", "{w} tmrw so outside?"), ("hope", "{w} ur ok x"), ("jack", "{w} it up first"),
           ("penny", "not a {w} more lol"), ("amber", "{w} light on the dash"), ("ray", "x-{w} was fine"),
           ("frank", "to be {w} im done"), ("iris", "{w} scan at the gate"), ("ruby", "{w} red or navy?"),
           ("van", "{w} is full already"), ("grace", "5 min {w} period"), ("dawn", "up at {w} again")],
    "de": [("will", "sie {w} um 5 kommen"), ("mark", "kostet 20 euro nicht {w}"), ("mai", "bis ende {w}"),
           ("ernst", "im {w}?"), ("rose", "die {w} im garten"), ("frank", "{w} und frei"),
           ("hoffmann", None)],
    "fr": [("noel", "joyeux {w} 🎄"), ("rose", "le pull {w}"), ("mai", "fin {w}"), ("claire", "c {w}, merci"),
           ("pierre", "mur en {w}"), ("sol", "au {w} stp")],
    "nl": [("van", "{w} 8 tot 5"), ("de", "{w} sleutel ligt onder de mat"), ("mei", "eind {w}"),
           ("hoop", "{w} dat het lukt"), ("roos", "de {w} in de tuin")],
    "es": [("de", "{w} nada"), ("sol", "hace {w} hoy"), ("luz", "no hay {w}"), ("rosa", "la {w} o la azul?"),
           ("paz", "dejame en {w} jaja"), ("mayo", "hasta {w}")],
    "it": [("ali", "le {w} di pollo"), ("sole", "c'e il {w}"), ("rosa", "la maglia {w}"),
           ("franco", "{w} di spese"), ("marco", None)],
    "pt": [("luz", "sem {w}"), ("sol", "esta {w}"), ("gloria", "que {w} kkk"), ("rosa", "a {w} ou a azul?")],
    "pl": [("maj", "koniec {w} a"), ("roza", "czerwona {w}"), ("nadzieja", "mam {w}")],
    "sv": [("maj", "i {w}"), ("sol", "det ar {w}"), ("hopp", "jag har {w}"), ("rosa", "den {w} jackan")],
    "da": [("maj", "i {w}"), ("sol", "der er {w}"), ("rosa", "den {w} jakke")],
    "no": [("mai", "i {w}"), ("sol", "det er {w}"), ("rosa", "den {w} jakka")],
    "fi": [("toivo", "{w} on hyva"), ("onni", "mika {w}"), ("ilma", "{w} on kylma")],
    "cs": [("jaro", "na {w}"), ("kveta", "{w} na zahrade"), ("nadeje", "mam {w}")],
    "hu": [("rozsa", "a {w} a kertben"), ("remeny", "van {w}"), ("majus", "jon a {w}")],
    "tr": [("umut", "{w} var"), ("deniz", "{w} kenarinda"), ("gul", "{w} bahcede"), ("bahar", "bu {w} guzel"),
           ("ali", None)],
    "ro": [("mai", "pana in {w}"), ("doina", "o {w} frumoasa"), ("speranta", "am {w}")],
    "el": [("elpida", "exo {w}"), ("irini", "{w} kai agapi"), ("chara", "me {w}")],
}
NAMEWORDS = {k: [p for p in v if p[1]] for k, v in NAMEWORDS.items()}
SHORT = {"en": "omw ty brb thx pls np idk tbh lmk hmu ngl ikr rn wbu gg",
         "de": "lg vg hdl kp sry omw thx", "fr": "jsp tkt mdr bcp stp dsl", "nl": "ff mss idd hvj sws",
         "es": "xq tqm porfa finde jaja", "it": "cmq nn tvb grz raga", "pt": "vc tb blz kkk pq",
         "pl": "nwm spoko pzdr sorki jj", "sv": "iaf typ asså mvh", "da": "mvh vh kh osv",
         "no": "mvh iallfall forresten", "fi": "moro sori joo okei", "cs": "jj nvm dik mrkni",
         "hu": "koszi pls bocsi asszem", "tr": "tmm tsk eyw aynen", "ro": "nush ms pa dc", "el": "tpt entaxei ok re"}
SHORT = {k: v.split() for k, v in SHORT.items()}
SHORT_LINE = ["{w}", "{w} 👍", "{w}!!", "ok {w}", "{w} x", "{w} lol", "{w} 🙏"]
TYPOS = ["tommorow", "thnks", "wich", "becuase", "definately", "alrite", "gona", "recieve", "sooo", "yesss",
         "nooo", "thanx", "tnx", "mornin", "pleeease", "sorryyy", "lateee", "helo", "realy", "wierd",
         "dankee", "grazieee", "graciasss", "merciii", "koszii", "dziekii", "tesekkurler", "kiitoos", "tackk"]
TYPO_LINE = ["{w} 😂", "{w} see u", "ok {w}", "{w}!", "{w} for today", "{w} again"]
WEEK = {"en": "monday tuesday wednesday thursday friday saturday sunday mon tues wed thurs fri sat sun",
        "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag", "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "es": "lunes martes miercoles jueves viernes sabado domingo",
        "it": "lunedi martedi mercoledi giovedi venerdi sabato domenica", "pt": "segunda terca quarta quinta sexta sabado domingo",
        "pl": "poniedzialek wtorek sroda czwartek piatek sobota niedziela", "sv": "mandag tisdag onsdag torsdag fredag lordag sondag",
        "da": "mandag tirsdag onsdag torsdag fredag lordag sondag", "no": "mandag tirsdag onsdag torsdag fredag lordag sondag",
        "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
        "cs": "pondeli utery streda ctvrtek patek sobota nedele", "hu": "hetfo kedd szerda csutortok pentek szombat vasarnap",
        "tr": "pazartesi sali carsamba persembe cuma cumartesi pazar", "ro": "luni marti miercuri joi vineri sambata duminica",
        "el": "deftera triti tetarti pempti paraskevi savvato kyriaki"}
WEEK = {k: v.split() for k, v in WEEK.items()}
MONTHS = {"en": "jan feb march april may june july aug sept oct nov dec", "de": "januar marz mai juni juli august",
          "fr": "janvier mars avril mai juin juillet", "nl": "januari maart mei juni juli augustus",
          "es": "enero marzo abril mayo junio julio", "it": "gennaio marzo aprile maggio giugno luglio",
          "pt": "janeiro marco abril maio junho julho", "pl": "styczen marzec kwiecien maj czerwiec",
          "sv": "januari mars april maj juni juli", "da": "januar marts april maj juni juli",
          "no": "januar mars april mai juni juli", "fi": "tammikuu maaliskuu toukokuu kesakuu heinakuu",
          "cs": "leden brezen duben kveten cerven", "hu": "januar marcius aprilis majus junius",
          "tr": "ocak mart nisan mayis haziran temmuz", "ro": "ianuarie martie aprilie mai iunie iulie",
          "el": "ianouarios martios aprilios maios iounios"}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
DAY_LINE = {"en": ["see u {w}", "{w} works", "{w} ok?", "is {w} better"], "de": ["bis {w}", "{w} passt", "geht {w}?"],
            "fr": ["a {w}", "{w} ca va", "dispo {w}?"], "nl": ["tot {w}", "{w} is goed", "kan {w}?"],
            "es": ["hasta el {w}", "el {w} va bien", "{w} puedes?"], "it": ["a {w}", "{w} va bene", "ci sei {w}?"],
            "pt": ["ate {w}", "{w} da", "{w} podes?"], "pl": ["do {w}", "{w} pasuje", "{w} mozesz?"],
            "sv": ["ses {w}", "{w} funkar", "kan du {w}?"], "da": ["ses {w}", "{w} passer", "kan du {w}?"],
            "no": ["ses {w}", "{w} passer", "kan du {w}?"], "fi": ["nahdaan {w}", "{w} kay", "paaseeko {w}?"],
            "cs": ["v {w}", "{w} jo", "muzes {w}?"], "hu": ["{w} jo", "{w} raersz?", "{w} talalkozunk"],
            "tr": ["{w} gorusuruz", "{w} olur", "{w} musait misin?"], "ro": ["pe {w}", "{w} e ok", "poti {w}?"],
            "el": ["tin {w}", "{w} ok", "mporeis {w}?"]}
SHOPS = ["lidl", "aldi", "zara", "primark", "hema", "action", "rossmann", "mango", "ikea", "decathlon", "jysk",
         "pepco", "bim", "a101", "migros", "kaufland", "greggs", "nandos", "biedronka", "albert", "spar", "carrefour"]
TEAMS = ["arsenal", "spurs", "ajax", "psv", "barca", "juve", "inter", "benfica", "porto", "legia", "galatasaray",
         "fener", "besiktas", "sparta", "slavia", "ferencvaros", "steaua", "olympiakos", "rosenborg", "brondby", "hjk"]
DISTRICTS = ["brixton", "kreuzberg", "montmartre", "jordaan", "malasana", "trastevere", "alfama", "kazimierz",
             "sodermalm", "norrebro", "grunerlokka", "kallio", "zizkov", "kadikoy", "floreasca", "plaka", "lavapies"]
STREETNAMES = ["high st", "kalverstraat", "gran via", "via roma", "istiklal", "ermou", "strandvejen", "vaci utca",
               "karl johan", "nowy swiat", "kurfurstendamm", "rue de rivoli", "drottninggatan", "wenceslas sq"]
PETS = ["bella", "max", "luna", "charlie", "milo", "coco", "nala", "teddy", "biscuit", "pepper", "simba", "loki",
        "mia", "rex", "bruno", "kira"]
PET_LINE = ["{w} ate my sock again 🐶", "{w} is at the groomers", "{w} needs a walk", "taking {w} to the vet",
            "{w} says hi 🐾", "{w} slept all day"]
NONAME_HANDLES = ["bluefox_22", "pizza.lover", "gamerdude99", "sunny_days", "coolcat88", "the.real.deal",
                  "nightowl_7", "skatekid", "green.thumb", "boardgame_cafe", "surf.school", "inkstudio",
                  "knit.happens", "chessclub_01", "quiznight", "clay.works", "bakery.dm", "swim.babies"]
PLACE_CUE = ["meet at ", "outside ", "near ", "by ", "at ", "going to "]


GRP = ["quiz", "swim", "troop", "club", "studio", "cafe", "circle", "class", "shift"]


def sender(c, who, stamp):
    if stamp:
        c.t("[%02d:%02d] " % (rng.randint(7, 22), rng.randint(0, 59)))
    c.s("PERSON", who[0])
    c.t(": ")


def chat(lg):
    c = C()
    people = [person(lg)]
    while len(people) < rng.choice([2, 2, 3]):
        p = person(lg)
        if all(p[0] != q[0] for q in people):
            people.append(p)
    third = person(lg) if rng.random() < 0.7 else (rng.choice(WORDNAMES), "")
    mode = rng.random()  # senders with stamps, bare senders, or one person's messages without senders
    stamp, bare = mode < 0.3, mode < 0.7
    kinds = ["intro"] + [rng.choice(["nameword", "nameword", "nameword", "address", "address", "short", "short",
                                     "greet", "typo", "day", "shop", "pet", "user", "neg_misc",
                                     "verb", "verb", "verb", "handle", "handle", "again"])
                         for _ in range(rng.randint(5, 9))]
    for n, kind in enumerate(kinds):
        who = people[n % len(people)] if bare else people[0]
        if n:
            c.t("\n")
        if bare:
            sender(c, who, stamp)
        others = [p for p in people if p is not who] or [third]
        other = third if rng.random() < 0.3 else rng.choice(others)
        message(c, lg, kind, who, other)
        if rng.random() < 0.25:
            c.t(" " + rng.choice(EMOJI))
    return c.text, c.spans


def message(c, lg, kind, who, other):
    g, s = who
    if kind == "intro":
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(GREET[lg]))
            c.t(rng.choice([" ", "! ", " " + rng.choice(EMOJI) + " "]))
        c.fmt(rng.choice(INTRO[lg]), {"g": ("PERSON", g), "gs": ("PERSON", g + " " + s), "grp": ("", rng.choice(GRP))})
    elif kind == "verb":
        c.fmt(rng.choice(VERB[lg]), {"o": ("PERSON", other[0])})
    elif kind == "again":
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(THX[lg]))
        else:
            c.s("NEG_WORD", rng.choice(GREET[lg]))
        c.t(" ")
        c.s("PERSON", other[0])
        c.t(rng.choice([" ", " " + rng.choice(EMOJI), "!!", " 👋"]))
    elif kind == "handle":
        pre, gold = handle(g, s or "x")
        cue = rng.choice(HANDLE_CUE)
        c.t(cue)
        c.t(pre if not cue.endswith("@") and not cue.endswith("/") else "")
        c.s("PERSON", gold)
        c.t(" " + rng.choice(EMOJI))
    elif kind == "nameword":
        w, tpl = rng.choice(NAMEWORDS[lg] + (NAMEWORDS["en"] if rng.random() < 0.3 else []))
        c.fmt(tpl, {"w": ("NEG_WORD", w)})
    elif kind == "address":
        c.s("NEG_WORD", rng.choice(GREET[lg] + THX[lg]))
        c.t(rng.choice([" ", ", "]))
        c.s("NEG_WORD", rng.choice(ADDRESS[lg]))
        c.t(rng.choice(["", "!", " " + rng.choice(EMOJI), " " + rng.choice(SHORT["en"])]))
    elif kind == "short":
        w = rng.choice(SHORT[lg] + SHORT["en"])
        c.fmt(rng.choice(SHORT_LINE), {"w": ("NEG_WORD", w)})
    elif kind == "greet":
        c.s("NEG_WORD", rng.choice(GREET[rng.choice(LANGS)]))
        c.t(rng.choice(["", "!", " 👋", " all"]))
    elif kind == "typo":
        c.fmt(rng.choice(TYPO_LINE), {"w": ("NEG_WORD", rng.choice(TYPOS))})
    elif kind == "day":
        w = rng.choice(WEEK[lg] + MONTHS[lg])
        c.fmt(rng.choice(DAY_LINE[lg]), {"w": ("NEG_DATE", w)})
    elif kind == "shop":
        r = rng.random()
        c.t(rng.choice(PLACE_CUE))
        if r < 0.35:
            c.s("NEG_ORG", rng.choice(SHOPS))
        elif r < 0.55:
            c.s("NEG_PLACE", rng.choice(DISTRICTS))
        elif r < 0.75:
            c.s("NEG_PLACE", rng.choice(STREETNAMES))
        else:
            c.t("")
            c.s("NEG_ORG", rng.choice(TEAMS))
            c.t(rng.choice([" game", " match", " won", " lost again"]))
        c.t(rng.choice(["", " at 5", " pls", " ok?"]))
    elif kind == "pet":
        c.fmt(rng.choice(PET_LINE), {"w": ("NEG_PET", rng.choice(PETS))})
    elif kind == "user":
        c.t(rng.choice(HANDLE_CUE))
        c.s("NEG_HANDLE", rng.choice(NONAME_HANDLES))
    else:
        r = rng.random()
        if r < 0.5:
            c.t(rng.choice(["order #", "ref ", "table ", "locker "]))
            c.s("NEG_NUMBER", str(rng.randint(2, 99999)))
        else:
            c.t(rng.choice(["at ", "by ", "till "]))
            c.s("NEG_DATE", "%d:%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45])))


DOMAINS = ["board-game cafe group", "bouldering-partner chat", "surf-school booking DM", "bakery pre-order DM",
           "ceramics-class group", "scout-troop parents chat", "quiz-night team chat", "tattoo-studio booking DM",
           "knitting-circle group", "vintage-car club chat", "baby-swim class parents chat",
           "hospital shift-swap chat", "chess-club chat"]
ASK = {
    "en": ["Summarise this {d} for me:", "Draft a reply to this {d}:", "Who said what in this {d}?",
           "pls summarise this {d}"],
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
    "el": ["Σύνοψη αυτής της συνομιλίας ({d}):", "Summarise this {d} (Greek, Latin letters):"],
}


def wrap(api, lg, idx, text, spans, ascii_):
    ask = rng.choice(ASK[lg]).format(d=DOMAINS[idx % len(DOMAINS)])
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


main()
