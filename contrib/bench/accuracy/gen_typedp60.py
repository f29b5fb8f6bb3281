#!/usr/bin/env python3
"""gen_typedp60.py: names in phone-typed chat, precision first (tune set; branch typedp60, written
and committed before hush was run on it), from the twenty-fourth blind set's public brief (its
typed family: lower case without diacritics, shorthand, emoji between words, names glued,
WhatsApp and SMS stamps) and my own idea of such chats, not from hush's rules.

Domains (metadata "domain"): boiler and plumber call-outs, landlord-tenant threads, youth-football
parents, school-run lifts, wedding-photographer DMs, skip-hire SMS, parking-permit chats, allotment
groups, bake-sale committees, dog-walking swaps. Exports of WhatsApp (iOS `[d/m/yy, h:m:s] x: `,
Android `d.m.yy, h:m - x: `), Telegram (`x, [d.m.yy h:m]` over the message), Messenger (the
sender on its own line), SMS (`h:m` stamps) and bare typed messages; senders mostly roles (`me`,
`landlord`, `coach`, `skip man`), a person's name in a fifth of the threads.

Values: PERSON as typed, once or twice a record: a given name, given and surname, glued
(`annakeller`), after hi / thx / ask / with, before said / is coming; a tenth drawn from the
name-words below used as a person's name (`ask rose if she can drive`). A few streets, phones and
births from gen_typed_common's draws. Look-alikes at least three times the names, NEG_WORD: name-
words used as words in each of 17 languages (`will do`, `the gas bill`, `ik ben er`, `eind jan`,
`e vera`, `can sikici`, `deniz kenari`, `tuuli`, `elpida`), greetings and fillers (`hola`, `moin`,
`doei`, `jaja`, `xd`, `kkk`), emoji names (`:joy:`), pets (NEG_PET), shops and products
(NEG_ORG / NEG_PRODUCT), places (NEG_PLACE). Lower case, no diacritics, emoji between words, a
twelfth of words with a typo or a voice-typing slip outside the spans. Request bodies of the four
APIs, a third \\uXXXX-escaped, half compact. Deterministic; stdlib only.
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import invent_syllables  # noqa: E402
from gen_bodies import P  # noqa: E402
from gen_typed_common import NAMES, GLOBAL, SYL, END, EMOJI, street, phone, birth, write_typed_bodies  # noqa: E402

rng = random.Random(20261207 + 6000)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]
NAMES = dict(NAMES, el=("kostas vasiliki thanasis despina stavros ioanna christos angeliki".split(),
                        "papadakis alexiou karamanlis stathopoulou markou dimou".split()))
SYL = dict(SYL, el=["ka", "ste", "lio", "po", "da", "mi"])
END = dict(END, el=["akis", "opoulos", "idou"])


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)) \
        .translate(str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ș": "s"}))


# ---- look-alike messages: [[w]] is a NEG_WORD, [[w|LABEL]] another NEG_ label ----------------------
NEG = {
    "en": ["[[will]] do, [[cheers]]", "the gas [[bill]] came 😬 £212", "prices [[rose]] again smh",
           "[[mark]] it on the calendar pls", "[[hope]] ur ok x", "i [[may]] be late [[lol]]",
           "its [[sunny]] finally ☀️", "did u get the [[grant]] form?", "see u in [[summer]] then",
           "[[art]] club is cancelled tmrw", "he wants [[jordan]]s for his bday 🙄",
           "the [[mercedes]] van is blocking the drive", "back from [[paris]] on sun",
           "[[florence]] trip was amazing", "can u [[pat]] [[rex|NEG_PET]] for me 🐶", "ok [[hahaha]]",
           "the [[skip]] is full already", "[[ok]] sure np", "[[grace]] period ends fri",
           "[[jack]] for the car is in the boot", "[[penny]] for ur thoughts [[xd]]",
           "at [[tesco|NEG_ORG]] now need anything?", "[[dawn]] start tmrw ugh", "[[robin]] in the garden again 🐦"],
    "de": ["[[moin]] 👋 passt alles", "[[ok]] mach ich", "die heizung ist [[rosa]] markiert lol",
           "bestell es bei [[otto|NEG_ORG]]", "treffen am [[kai]] um 5?", "[[frank]] und frei gesagt nein",
           "[[haha]] jo", "der [[wolf|NEG_PET]] bellt die ganze nacht 🐕", "im [[mai]] wieder",
           "[[servus]] bin da", "war beim [[bauhaus|NEG_ORG]]", "[[heide]] spaziergang am so?",
           "[[ole]] karre springt nicht an 😅", "[[lg]] und bis dann", "[[xd]] sorry",
           "der [[mercedes]] parkt schon wieder vor der einfahrt"],
    "fr": ["[[coucou]] 😊", "le mur est [[rose]] maintenant", "bleu [[marine]] ou noir?",
           "huile d'[[olive]] stp", "[[mdr]] ok", "on va a [[paris]] samedi",
           "la [[prune]] du jardin est tombee", "il fait [[soleil]] enfin", "[[ok]] ca marche",
           "chez [[leclerc|NEG_ORG]] la", "[[capucine|NEG_PET]] a mange le canape 🐱", "[[mercedes]] garee devant",
           "[[bisous]]", "[[claire]]ment pas ce soir", "[[florence]] en mai c top"],
    "nl": ["ik [[ben]] er zo 🙏", "eind [[jan]] pas", "[[doei]]!!", "[[hoi]] hoi", "[[ok]] top",
           "[[roos]] in de tuin staat mooi", "[[haha]] ja", "ik [[ben]] bij de [[jumbo|NEG_ORG]]",
           "begin [[jan]] komt de monteur", "[[mag]] ik morgen langskomen?", "[[wil]] je koffie",
           "zo [[fijn]] dank", "de [[mercedes]] bus staat er al", "[[xd]] sorry", "[[joep|NEG_PET]] heeft weer geblaft 🐶"],
    "es": ["[[hola]] 👋", "[[jaja]] vale", "la pared [[rosa]] o la blanca?", "hace [[sol]] hoy",
           "con [[dolores]] de cabeza todo el dia 😩", "dejame en [[paz]] [[jajaja]]",
           "se fue la [[luz]] otra vez", "[[ok]] perfe", "el [[pilar]] del garaje esta roto",
           "hay [[nieves]] en la sierra", "compra en [[mercadona|NEG_ORG]]", "el [[mercedes]] esta en el taller",
           "la [[cruz]] roja viene a las 5", "una [[paloma]] en el balcon 😂", "[[porfa]]"],
    "it": ["[[ciao]] 😊", "e [[vera]] sta cosa?", "la macchina [[bianca]] e la mia", "c'e il [[sole]]",
           "[[mira]] bene la foto", "che [[gioia]] 😍", "[[ok]] va bene", "acqua [[chiara]] al lago",
           "[[serena]] giornata a tutti", "vado a [[roma]] lunedi", "sono [[felice]] per te",
           "una [[stella]] cadente ieri", "la [[viola]] sul balcone e morta", "[[ahah]] si",
           "alla [[coop|NEG_ORG]] ora", "[[marina]] di pisa domenica?"],
    "pt": ["[[ola]] tudo bem?", "[[kkk]] sim", "e de [[graca]] 😂", "tenho [[dores]] nas costas",
           "[[socorro]] o cano rebentou", "[[rosa]] ou azul?", "falta [[luz]] no predio", "[[ok]] combinado",
           "uma [[flor]] linda", "fui ao [[rio]] ontem", "[[gloria]] a deus acabou", "[[paz]] e amor",
           "ta no [[pingo doce|NEG_ORG]]", "[[vitoria]] do benfica 🔥", "[[blz]]"],
    "pl": ["[[siema]]", "[[xd]]", "w [[maj]]u wracamy", "[[spoko]]", "ta [[roza]] przy plocie",
           "[[lew]] w zoo spal 😂", "[[ok]] to jutro", "[[dobra]] to jade", "[[ola]] boga znowu",
           "z [[biedronka|NEG_ORG]] cos?", "[[hej]] jestes?", "[[nara]]", "[[kuba|NEG_PET]] zjadl kapcia 🐶"],
    "sv": ["[[hej]] 👋", "vi [[klara]] det", "det var en [[saga]] 😂", "[[sol]] hela dagen",
           "[[bo]] kvar i huset?", "i [[maj]] kanske", "[[ok]] toppen", "[[haha]] ja",
           "[[linnea]]blommor vid staketet", "pa [[ica|NEG_ORG]] nu", "[[tja]]", "[[mvh]]"],
    "da": ["[[hej]] 😊", "[[tak]] skal du have", "det er [[sommer]] nu", "[[sol]] hele dagen",
           "i [[maj]] maske", "[[ok]] fedt", "[[haha]] ja", "pa [[netto|NEG_ORG]] nu",
           "de skal [[bo]] der til jul", "den [[rose]] vin var god", "[[mvh]]", "[[karl|NEG_PET]] har spist sokken 🐶"],
    "no": ["[[hei]] 👋", "[[takk]]", "hele [[livet]] mitt 😅", "en [[stein]] i veien", "[[storm]] i natt",
           "[[sol]] hele helga", "i [[mai]] kanskje", "[[ok]] supert", "skal [[bo]] her til sommeren",
           "pa [[rema|NEG_ORG]] na", "[[haha]] ja", "[[liv]] og rore i gata"],
    "fi": ["[[moi]]", "[[tuuli]] kaatoi aidan", "[[sade]] koko paivan ☔", "[[lumi]] tulee huomenna",
           "huomenna [[aamu]]lla", "ihan [[satu]]a 😂", "[[onni]]a matkaan", "[[ok]] sopii",
           "[[kiitos]]", "[[toivo]]ttavasti toimii", "[[hah]] joo", "[[k-market|NEG_ORG]] kautta"],
    "cs": ["[[ahoj]]", "[[jo]] jasne", "kuchyn na [[miru]]", "[[mira]] vlhkosti je vysoka",
           "ztratil jsem [[viru]] 😂", "je tu [[nadeje]]", "[[ruze]] kvete", "[[ok]] tak zitra",
           "[[cau]]", "v [[albert|NEG_ORG]] ted", "jedu do [[milan]]a", "[[diky]]"],
    "hu": ["[[szia]]", "[[koszi]]", "[[hajnal]]ban indulunk", "a [[rozsa]] mar viragzik",
           "[[ibolya]] szinu a fal", "[[viola]] is kell", "[[ok]] rendben", "[[puszi]]",
           "az [[aldi|NEG_ORG]]ban vagyok", "[[remeny]] van", "[[haha]] igen", "[[csa]]"],
    "tr": ["[[slm]]", "[[can]] sikici ya", "[[deniz]] kenarinda bulusalim", "[[nur]] topu gibi 😍",
           "[[ay]] sonunda", "[[gunes]] cok sicak", "[[bahar]] geldi", "[[umut]] var", "[[tamam]]",
           "[[kar]] yagiyor", "[[su]] kesildi yine", "[[eyw]]", "[[bim|NEG_ORG]]den aldim", "[[hadi]] gel"],
    "ro": ["[[buna]]", "[[mersi]]", "o [[doina]] la radio", "[[victoria]] e a noastra 🔥",
           "[[speranta]] moare ultima", "o [[floare]] frumoasa", "[[ok]] pe maine", "[[pa]] pa",
           "la [[kaufland|NEG_ORG]] acum", "[[nush]]", "[[sal]]", "[[florin]]i de la bunica 💰"],
    "el": ["[[geia]] sou", "[[ela]] re 😂", "[[elpida]] na ftiaxtei", "[[irini]] kai agapi",
           "[[agapi]] mou", "[[nefeli]] ston ourano", "[[nai]] ok", "[[efxaristo]]", "[[oxi]] simera",
           "[[sofia]] mas apo tin filosofia", "sto [[lidl|NEG_ORG]]", "[[kalimera]]"],
}
SHARED_NEG = ["[[xd]]", "[[lol]]", "[[ok]] 👍", "[[hahaha]]", "[[:joy:]]", "[[omg]]", "[[:pray:]]", "[[brb]]",
              "[[thx]]", "[[np]]"]

# ---- name messages: {N} the person (gold) ------------------------------------------------------------
NAME = {
    "en": ["hi {N} 👋", "thx {N}!!", "ask {N} if she can drive sat", "{N} said the boiler's fine now",
           "{N} is picking up the kids", "going with {N} 🙏", "cheers {N}"],
    "de": ["hallo {N}", "danke {N} 🙏", "frag mal {N} ob sie faehrt", "{N} hat gesagt passt",
           "{N} holt die kids ab", "bin mit {N} da"],
    "fr": ["coucou {N}", "merci {N} 😊", "demande a {N} stp", "{N} a dit ok", "{N} recupere les enfants"],
    "nl": ["hoi {N}", "dank je {N}", "vraag {N} even", "{N} zei dat het goed is", "{N} haalt de kids op"],
    "es": ["hola {N}", "gracias {N} 😘", "preguntale a {N}", "{N} dice q vale", "{N} recoge a los ninos"],
    "it": ["ciao {N}", "grazie {N}", "chiedi a {N}", "{N} ha detto ok", "{N} prende i bimbi"],
    "pt": ["oi {N}", "obrigado {N}", "pergunta ao {N}", "{N} disse q sim", "{N} vai buscar os miudos"],
    "pl": ["czesc {N}", "dzieki {N}", "zapytaj {N}", "{N} mowi ze ok", "{N} odbierze dzieci"],
    "sv": ["hej {N}", "tack {N}", "fraga {N}", "{N} sa att det funkar", "{N} hamtar barnen"],
    "da": ["hej {N}", "tak {N}", "sporg {N}", "{N} sagde det er fint", "{N} henter ungerne"],
    "no": ["hei {N}", "takk {N}", "spor {N}", "{N} sa det gar fint", "{N} henter ungene"],
    "fi": ["moi {N}", "kiitti {N}", "kysy {N}lta", "{N} sanoi et ok", "{N} hakee lapset"],
    "cs": ["ahoj {N}", "diky {N}", "zeptej se {N}", "{N} rikala ze jo", "{N} vyzvedne deti"],
    "hu": ["szia {N}", "koszi {N}", "kerdezd meg {N}t", "{N} mondta hogy ok", "{N} hozza a gyerekeket"],
    "tr": ["selam {N}", "sagol {N}", "{N}a sor", "{N} tamam dedi", "{N} cocuklari alacak"],
    "ro": ["buna {N}", "mersi {N}", "intreaba pe {N}", "{N} a zis ca e ok", "{N} ia copiii"],
    "el": ["geia sou {N}", "efxaristo {N}", "rota ton {N}", "o {N} eipe ok", "i {N} tha parei ta paidia"],
}
# name-words that are also given names, drawn as the person now and then
WORDNAMES = ["rose", "mark", "will", "grace", "hope", "bill", "vera", "mira", "sara", "deniz", "can", "ida"]
VALUE = {"en": ["addr {S}", "my nr {T}", "dob {B}"], "de": ["adresse {S}", "handy {T}", "geb {B}"],
         "fr": ["adresse {S}", "tel {T}", "ne le {B}"], "es": ["direccion {S}", "movil {T}"],
         "it": ["indirizzo {S}", "cell {T}"], "nl": ["adres {S}", "tel {T}"]}
ROLES = ["me", "you", "landlord", "tenant", "coach", "mum", "dad", "skip man", "plumber", "photographer",
         "boiler guy", "parking office", "+ neighbour"]
ASK = ["summarise this chat pls", "who needs what?", "translate to english", "write a polite reply",
       "", "", "what did we agree?", "make a todo list from this"]
DOMAINS = ["boiler call-out", "landlord-tenant", "youth football parents", "school-run lift", "wedding photographer",
           "skip hire", "parking permit", "allotment group", "bake sale", "dog-walking swap"]


def person(lg):
    if rng.random() < 0.1:
        return rng.choice(WORDNAMES)
    real = rng.random() < 0.5
    if real:
        pool = NAMES[lg] if rng.random() < 0.8 else GLOBAL
        g, s = rng.choice(pool[0]), rng.choice(pool[1])
    else:
        g = invent_syllables(rng, SYL[lg], END[lg], False)
        s = invent_syllables(rng, SYL[lg], END[lg], True)
    g, s = plain(g).lower(), plain(s).lower()
    r = rng.random()
    if r < 0.55:
        return g
    if r < 0.8:
        return g + " " + s
    return (g + s).replace(" ", "")  # annakeller


def slip(word):
    """A typo or a voice-typing slip: a letter dropped, doubled or swapped."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.randrange(3)
    if k == 0:
        return word[:i] + word[i + 1:]
    if k == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def text_part(c, s):
    """Plain text with a twelfth of its words slipped and an emoji now and then between words."""
    out = []
    for w in s.split(" "):
        out.append(slip(w) if rng.random() < 0.08 else w)
        if w and rng.random() < 0.04:
            out.append(rng.choice(EMOJI))
    c.t(" ".join(out))


def fill(c, lg, tpl, counts):
    """Appends one message: [[w]] / [[w|L]] look-alikes, {N} person, {S}/{T}/{B} street, phone, birth."""
    i = 0
    while i < len(tpl):
        j = min([k for k in (tpl.find("[[", i), tpl.find("{", i)) if k >= 0], default=len(tpl))
        text_part(c, tpl[i:j])
        if j == len(tpl):
            break
        if tpl.startswith("[[", j):
            e = tpl.index("]]", j)
            w, _, lab = tpl[j + 2:e].partition("|")
            c.s(lab or "NEG_WORD", w)
            counts["n"] += 1
            i = e + 2
        else:
            key = tpl[j + 1]
            if key == "N":
                c.s("PERSON", person(lg))
                counts["v"] += 1
            elif key == "S":
                c.s("STREET_ADDRESS", plain(street(rng, lg)).lower())
            elif key == "T":
                c.s("PHONE_NUMBER", phone(rng, lg))
            elif key == "B":
                c.s("DATE_OF_BIRTH", birth(rng, lg))
            i = j + 3


def stamp(c, style, who, counts, lg):
    """The line opening of a message in the export style; the sender a role or a person."""
    d, m, H, M = rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 23), rng.randint(0, 59)
    if style == "wa_ios":
        c.t("[").s("NEG_DATE", "%d/%d/%d, %02d:%02d:%02d" % (d, m, rng.choice([24, 25]), H, M, rng.randint(0, 59)))
        c.t("] ")
    elif style == "wa_android":
        c.s("NEG_DATE", "%02d.%02d.%d, %02d:%02d" % (d, m, rng.choice([24, 25]), H, M)).t(" - ")
    elif style == "sms":
        c.s("NEG_DATE", "%02d:%02d" % (H, M)).t(" ")
    if style in ("none", "sms") and rng.random() < 0.5:
        return
    if who is None:
        c.t(rng.choice(ROLES))
    else:
        c.s("PERSON", who)
        counts["v"] += 1
    if style == "telegram":
        c.t(", [").s("NEG_DATE", "%02d.%02d.%d %02d:%02d" % (d, m, 25, H, M)).t("]\n")
    elif style == "messenger":
        c.t("\n")
    else:
        c.t(": ")


def thread(lg):
    style = rng.choice(["wa_ios", "wa_android", "telegram", "messenger", "sms", "none", "none"])
    sender = person(lg) if rng.random() < 0.2 else None
    counts = {"v": 0, "n": 0, "s": 0}
    c = P()
    n_names = rng.choice([1, 1, 1, 2, 2, 0])
    msgs = ["N"] * n_names + ["W"] * rng.randint(3, 6)
    if rng.random() < 0.25 and lg in VALUE:
        msgs.append("V")
    rng.shuffle(msgs)
    first = True
    k = 0
    while k < len(msgs) or counts["n"] < 3 * counts["v"]:
        kind = msgs[k] if k < len(msgs) else "W"
        k += 1
        if not first:
            c.t("\n")
        first = False
        named = sender is not None and counts["s"] < 2 and rng.random() < 0.5
        counts["s"] += named
        stamp(c, style, sender if named else None, counts, lg)
        if kind == "N":
            tpl = rng.choice(NAME[lg])
        elif kind == "V":
            tpl = rng.choice(VALUE[lg])
        else:
            tpl = rng.choice(NEG[lg] + NEG[lg] + SHARED_NEG)
        fill(c, lg, tpl, counts)
        if rng.random() < 0.15:
            c.t(" " + rng.choice(EMOJI))
    return c


def main():
    write_typed_bodies(510, thread, LANGS, ASK, DOMAINS, rng)


main()
