#!/usr/bin/env python3
"""gen_typed63.py: phone-typed chat in the smaller languages, two look-alikes a name (tune set;
branch typed63, written and committed before hush was run on it), from the twenty-fourth blind
set's public brief (its typed family: landlord-tenant threads, youth-football parents, school-run
lifts, wedding photographer DMs, skip hire, parking permits; lower case without diacritics,
shorthand, emoji) and my own idea of such chats in tr, hu, fi, pl, cs, ro, el (Latin letters), da,
no, sv, nl and de, not from hush's rules.

Each record is one chat: lines after a role, a WhatsApp stamp or a person as the sender, or bare.
People are named after the cues of the chat's language (`@`, `merhaba`, `szia`, `moi`, `czesc`,
`ahoj`, `salut`, `hej`, `yia sou`, `hoi`, thanks, `ask X`, `X said`) by given name, nickname,
surname after a title (`pan`, `pani`, `bay`, `herra`, `kyria`, `dl`), or given name and surname
(a tenth glued), now and then a given name that is also a word of some language (`deniz`,
`bahar`, `tuuli`, `liv`, `saga`, `roos`). Beside them, at least twice as many look-alikes:
ordinary words of the chat's language that are given names or surnames somewhere (`deniz
kenarinda`, `mar itt vagyok`, `tuuli kaatoi`, `pola za miastem`, `na miru`, `luna asta`, `ola
kala`, `hans bil`, `bo kvar`, `ik wil`, `im ernst`: NEG_WORD), words after the same cues
(`szia mindenki`, `moi kaikki`, `hej alle`: NEG_WORD), weekdays and months (NEG_DATE), places
(NEG_PLACE) and shops (NEG_ORG). Request bodies of the four APIs, a third \\uXXXX-escaped, half
compact. Deterministic; stdlib only.
"""
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_bodies import P  # noqa: E402
from gen_typed_common import NAMES, EMOJI, append_typed_body  # noqa: E402

rng = random.Random(20261207 + 6300)
FOLD = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "ș": "s", "ț": "t"})


def fold(s):
    s = s.lower().translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# Per language: hi greetings, thx thanks, roles as senders, title before a surname, extra given
# names and nicknames (beside gen_typed_common's), word-names drawn as people now and then, per:
# lines naming a person ({N} any form, {G} a given name or nickname, {S} title and surname),
# neg: lines with look-alikes ([[w]] NEG_WORD, [[w|LABEL]] another NEG_ label).
L = {
    "tr": dict(
        hi="merhaba selam slm mrb", thx="tesekkurler sagol eyvallah tsk", title="bay hanim",
        roles="ev sahibi|ben|anne|kapici|antrenor", given="ayse mustafa gokhan selin murat",
        nick="memo ayse apo gokh", wordnames="deniz bahar umut",
        per=["@{N} kira yatti mi", "{hi} {G} yarin mac kacta", "{thx} {G} 🙏", "{N} dedi ki kombi bozuk",
             "{G} abi aksam gelir misin", "{S} aradi", "{G} servise binmedi bugun", "{N} ile konustum tamam"],
        neg=["yarin [[deniz]] kenarinda bulusalim", "[[bahar]] gelince boyariz duvari", "[[umut]] ediyorum zamaninda gelir",
             "[[su]] kesildi yine 😡", "{hi} [[arkadaslar]] mac 10da", "[[ayin]] 5inde kira", "[[gunes]] cok vuruyor balkona",
             "[[cuma|NEG_DATE]] aksam cekim var", "[[kadikoy|NEG_PLACE]] tarafinda park yok", "[[migros|NEG_ORG]] onunde bekliyorum",
             "[[can]] sikici ama konteyner gec gelecek", "[[baris]] yapalim artik komsuyla", "[[nur]] topu gibi bebek 😍",
             "[[irmak]] kenarindaki sahada", "{hi} [[hocam]] izin belgesi hazir mi", "[[onur]] duydum gercekten"]),
    "hu": dict(
        hi="szia sziasztok hello helo", thx="koszi koszonom kosz pusz", title="dr",
        roles="berlo|en|anya|edzo|fotos", given="reka tamas dora peter anna",
        nick="zsofi bence kati gabi", wordnames="hajnal virag csilla",
        per=["@{N} atutaltam a berleti dijat", "{hi} {G} holnap hanykor", "{thx} {G} ❤️", "{N} mondta hogy jo lesz",
             "{G} hozza a gyereket", "{S} hivott a kontener miatt", "{N} is jon szombaton", "kerdezd meg {G}t"],
        neg=["[[mar]] itt vagyok a kapunal", "[[hajnal]] 5kor indulunk", "[[virag]] van az erkelyen mindenhol",
             "nincs [[remeny]] hogy ma jon", "{hi} [[mindenki]] edzes elmarad", "[[csillag]] matrica a kocsin",
             "[[pentek|NEG_DATE]] delutan fotozas", "[[ujpest|NEG_PLACE]] fele nincs hely", "[[tesco|NEG_ORG]] parkolojaban",
             "[[mar]] fizettem", "[[kedd|NEG_DATE]] reggel viszem", "{hi} [[fonok]] megvan a matrica",
             "[[gyongy]] fulbevalo elveszett", "[[kis]] kocsival jovok"]),
    "fi": dict(
        hi="moi moikka hei terve", thx="kiitos kiitti kiitoksia", title="herra rouva",
        roles="vuokranantaja|mina|aiti|valmentaja|kuvaaja", given="sanna juha heikki laura",
        nick="jussi pekka tiina hanna", wordnames="tuuli aino lumi",
        per=["@{N} vuokra maksettu", "{hi} {G} huomenna treenit klo 18", "{thx} {G} 👍", "{N} sano etta sopii",
             "kysy {G}lta", "{S} soitti lavasta", "{G} hakee lapset", "{N} tulee lauantaina"],
        neg=["[[tuuli]] kaatoi aidan yolla", "[[lumi]] tulee huomenna", "[[sade]] alkaa klo 15", "[[onni]] oli matkassa",
             "{hi} [[kaikki]] treenit peruttu", "[[ainoa]] mita tarvitaan on lupa", "[[meri]] on viela kylma",
             "[[perjantai|NEG_DATE]] kuvaus 14", "[[kallio|NEG_PLACE]] parkkipaikka taynna", "[[prisma|NEG_ORG]] pihassa odotan",
             "[[toivottavasti]] lava tulee", "[[rauha]] ja hiljaisuus vihdoin", "{hi} [[naapuri]] onko teilla avain",
             "[[pilvista]] tanaan"]),
    "pl": dict(
        hi="czesc hej siema cze", thx="dzieki dziekuje dzieks", title="pan pani",
        roles="wlasciciel|ja|mama|trener|fotograf", given="kasia marcin ania grzegorz",
        nick="kuba gosia tomek ola", wordnames="roza jagoda kalina",
        per=["@{N} czynsz przelany", "{hi} {G} jutro trening o 17", "{thx} {G} 😊", "{N} mowi ze ok",
             "zapytaj {G}", "{S} dzwonil w sprawie kontenera", "{G} odbierze dzieci", "{N} przyjdzie w sobote"],
        neg=["[[pola]] za miastem zalane", "[[roza]] w ogrodzie zakwitla", "nie ma [[wiary]] ze zdazy",
             "{hi} [[wszystkim]] mecz o 10", "[[jagody]] z dzialki dla was", "[[lato]] sie konczy",
             "[[piatek|NEG_DATE]] sesja o 16", "[[mokotow|NEG_PLACE]] nie ma miejsc", "[[biedronka|NEG_ORG]] parking czekam",
             "[[kalina]] przy plocie do wyciecia", "[[zima]] idzie kaloryfer nie grzeje", "{hi} [[sasiedzie]] masz klucz",
             "[[malina]] sok dla dzieci", "[[nadzieja]] ze przyjedzie"]),
    "cs": dict(
        hi="ahoj cau nazdar zdravim", thx="diky dekuju dik", title="pan pani",
        roles="pronajimatel|ja|mama|trener|fotograf", given="petr jana martin pavla",
        nick="jirka pepa misa verca", wordnames="mila ruzena jarka",
        per=["@{N} najem zaplacen", "{hi} {G} zitra trenink v 5", "{thx} {G} 👍", "{N} rikal ze to jde",
             "zeptej se {G}", "{S} volal kvuli kontejneru", "{G} vyzvedne deti", "{N} prijde v sobotu"],
        neg=["saty [[na miru]] hotove", "[[mila]] pani z uradu volala", "[[les]] za domem je zavreny",
             "{hi} [[vsichni]] trenink odpada", "[[ruze]] na svatbu objednany", "[[jaro]] uz je tady",
             "[[patek|NEG_DATE]] foceni ve 2", "[[zizkov|NEG_PLACE]] neni misto", "[[albert|NEG_ORG]] parkoviste cekam",
             "[[nadeje]] ze to stihne", "[[leto]] bude horky", "{hi} [[sousede]] mate klic", "[[dobra]] prace"]),
    "ro": dict(
        hi="salut buna hey servus", thx="mersi multumesc ms", title="dl dna",
        roles="proprietar|eu|mama|antrenor|fotograf", given="cristina alexandru raluca vlad",
        nick="nicu dani ana bogdi", wordnames="doina sorina floarea",
        per=["@{N} chiria e platita", "{hi} {G} maine antrenament la 5", "{thx} {G} 🙏", "{N} a zis ca e ok",
             "intreaba-l pe {G}", "{S} a sunat pt container", "{G} ia copiii", "{N} vine sambata"],
        neg=["[[luna]] asta platesc mai tarziu", "[[floare]] la butoniera pt nunta", "mi-e [[dor]] de voi",
             "{hi} [[tuturor]] meciul la 10", "[[speranta]] ca vine azi", "[[mare]] problema cu parcarea",
             "[[vineri|NEG_DATE]] sedinta foto", "[[militari|NEG_PLACE]] nu e loc", "[[kaufland|NEG_ORG]] parcare astept",
             "[[nora]] mea vine cu copiii", "[[sora]] mea ia masina", "{hi} [[vecine]] ai cheia", "[[soare]] toata ziua"]),
    "el": dict(
        hi="geia kalimera ela", thx="efxaristo eyxaristw thanks", title="kyrios kyria",
        roles="idioktitis|ego|mama|proponitis|fotografos", given="giorgos maria kostas eleni dimitris",
        nick="takis nikos katerina vaso", wordnames="elpida agapi irini",
        per=["@{N} to enoikio to estila", "{hi} {G} ti ora avrio", "{thx} {G} 🙏", "o {G} eipe oti ok",
             "rota ton {G}", "{S} tilefonise gia to container", "i {G} tha parei ta paidia", "{N} erxetai savvato"],
        neg=["[[ola]] kala edo", "[[ela]] re mia stigmi", "me [[agapi]] 😘", "[[elpida]] na ftasei egkaira",
             "{hi} [[paidia]] proponisi stis 10", "i [[zoi]] einai dyskoli", "[[niki]] tou olympiakou xthes",
             "[[paraskevi|NEG_DATE]] fotografisi", "[[kifisia|NEG_PLACE]] den exei parking", "[[lidl|NEG_ORG]] parking perimeno",
             "[[xara]] mou", "[[irini]] kai isyxia", "{hi} [[geitona]] exeis to kleidi"]),
    "da": dict(
        hi="hej hejsa hey hallo", thx="tak takker tak", title="hr fru",
        roles="udlejer|mig|mor|traener|fotograf", given="lars anne jesper louise",
        nick="mads freja kasper ditte", wordnames="sol dag liva",
        per=["@{N} huslejen er betalt", "{hi} {G} traening i morgen kl 17", "{thx} {G} 😊", "{N} sagde det er fint",
             "sporg {G}", "{S} ringede om containeren", "{G} henter bornene", "{N} kommer lordag"],
        neg=["vi skal [[bo]] her til maj", "[[hans]] bil holder i vejen", "100 kr [[per]] time", "[[sol]] i dag endelig",
             "{hi} [[alle]] kampen er kl 10", "god [[dag]] til jer", "[[maj|NEG_DATE]] er fint til bryllup",
             "[[fredag|NEG_DATE]] fotografering", "[[norrebro|NEG_PLACE]] ingen pladser", "[[netto|NEG_ORG]] parkering venter",
             "[[rask]] igen efter influenza", "{hi} [[nabo]] har du noglen", "[[storm]] i nat"]),
    "no": dict(
        hi="hei heisann hallo hoi", thx="takk takker tusentakk", title="herr fru",
        roles="utleier|meg|mamma|trener|fotograf", given="kristian marit ole-martin silje",
        nick="jonas ingvild sondre kaja", wordnames="liv ask storm",
        per=["@{N} husleia er betalt", "{hi} {G} trening i morgen kl 17", "{thx} {G} 👍", "{N} sa det gaar fint",
             "spor {G}", "{S} ringte om containeren", "{G} henter ungene", "{N} kommer lordag"],
        neg=["hele [[livet]] har jeg bodd her", "[[hans]] bil staar i veien", "[[storm]] i natt tok taket",
             "{hi} [[alle]] kampen er kl 10", "vi vil [[bo]] her til [[mai|NEG_DATE]]", "[[sol]] hele dagen",
             "[[fredag|NEG_DATE]] fotografering", "[[grunerlokka|NEG_PLACE]] ingen plasser", "[[rema|NEG_ORG]] parkering venter",
             "[[stein]] i hagen maa fjernes", "150 kr [[per]] time", "{hi} [[nabo]] har du nokkelen"]),
    "sv": dict(
        hi="hej hejsan tja halla", thx="tack tackar tusentack", title="herr fru",
        roles="hyresvard|jag|mamma|tranare|fotograf", given="johan emma fredrik sara",
        nick="nicke lisa kalle mia", wordnames="saga linnea liv",
        per=["@{N} hyran ar betald", "{hi} {G} traning imorgon kl 17", "{thx} {G} 🙏", "{N} sa att det funkar",
             "fraga {G}", "{S} ringde om containern", "{G} hamtar barnen", "{N} kommer pa lordag"],
        neg=["vi vill [[bo]] kvar", "[[lova]] att du kommer", "[[sagan]] om parkeringen fortsatter", "[[livet]] ar kort",
             "{hi} [[alla]] matchen ar kl 10", "[[hans]] bil star i vagen", "[[fredag|NEG_DATE]] fotografering",
             "[[sodermalm|NEG_PLACE]] inga platser", "[[ica|NEG_ORG]] parkering vantar", "[[sol]] hela dagen",
             "[[sten]] i tradgarden", "{hi} [[granne]] har du nyckeln", "200 kr [[per]] timme"]),
    "nl": dict(
        hi="hoi hey hallo hai", thx="thx merci bedankt dankjewel", title="meneer mevrouw",
        roles="verhuurder|ik|mama|trainer|fotograaf", given="eva luuk sophie ruben",
        nick="sanne tim bas noor", wordnames="roos lot fleur",
        per=["@{N} huur is betaald", "{hi} {G} morgen training om 17", "{thx} {G} 😊", "{N} zei dat het goed is",
             "vraag {G}", "{S} belde over de container", "{G} haalt de kids", "{N} komt zaterdag"],
        neg=["ik [[ben]] er om 8", "eind [[jan]] betaal ik", "ik [[wil]] het weten", "[[roos]] op de taart",
             "{hi} [[allemaal]] wedstrijd om 10", "het [[lot]] van de parkeerplek", "[[vrijdag|NEG_DATE]] fotoshoot",
             "[[jordaan|NEG_PLACE]] geen plek", "[[jumbo|NEG_ORG]] parkeerplaats wacht", "[[mei|NEG_DATE]] is prima",
             "[[bas]] gitaar mee", "{hi} [[buurman]] heb je de sleutel", "[[fleurig]] boeketje voor de bruid"]),
    "de": dict(
        hi="hi hey moin hallo servus", thx="danke dankeschon thx merci", title="herr frau",
        roles="vermieter|ich|mama|trainer|fotograf", given="jonas lisa stefan miriam",
        nick="basti steffi flo caro", wordnames="heide rosa kai",
        per=["@{N} miete ist raus", "{hi} {G} morgen training um 17", "{thx} {G} 👍", "{N} meinte passt",
             "frag {G}", "{S} hat wegen dem container angerufen", "{G} holt die kids", "{N} kommt samstag"],
        neg=["im [[jan]] wieder", "im [[ernst]] jetzt", "[[rosa]] torte fuer die hochzeit", "ich [[will]] das wissen",
             "{hi} [[zusammen]] spiel um 10", "die [[ole]] karre springt nich an", "[[heide]] hinterm haus",
             "[[freitag|NEG_DATE]] shooting", "[[kreuzberg|NEG_PLACE]] kein parkplatz", "[[rewe|NEG_ORG]] parkplatz warte",
             "[[frank]] und frei gesagt", "{hi} [[nachbar]] hast du den schluessel", "[[wolf]] gesichtet am feld"]),
}
for _lg in L:
    _d = L[_lg]
    for _k in ("hi", "roles"):
        _d[_k] = _d[_k].split("|") if "|" in _d[_k] else _d[_k].split()
    for _k in ("thx", "title", "given", "nick", "wordnames"):
        _d[_k] = _d[_k].split()
    _d["hi"] = ["yia sou", "geia sou"] + _d["hi"] if _lg == "el" else _d["hi"]
    _d["thx"] = ["tusind tak", "mange tak"] + _d["thx"] if _lg == "da" else _d["thx"]
EL_NAMES = ("giorgos maria kostas eleni dimitris sofia".split(),
            "papadopoulos georgiou nikolaou karagiannis vlachos dimitriou".split())


def surnames(lg):
    return EL_NAMES[1] if lg == "el" else [fold(s) for s in NAMES[lg][1]]


def given(lg, d):
    r = rng.random()
    if r < 0.12:
        return rng.choice(d["wordnames"])
    if r < 0.35:
        return rng.choice(d["nick"])
    pool = d["given"] + ([] if lg == "el" else [fold(g) for g in NAMES.get(lg, NAMES["en"])[0]])
    return rng.choice(pool)


def person(lg, d):
    g = given(lg, d)
    if rng.random() < 0.6:
        return g
    s = rng.choice(surnames(lg))
    return g + s.replace(" ", "") if rng.random() < 0.1 else g + " " + s


def fill(c, tpl, lg, d, counts):
    """tpl written into c: {hi} {thx} as text, {N} {G} {S} as PERSON, [[w]] / [[w|LABEL]] as NEG_."""
    i = 0
    while i < len(tpl):
        j = min([k for k in (tpl.find("[[", i), tpl.find("{", i)) if k >= 0], default=len(tpl))
        c.t(tpl[i:j])
        if j == len(tpl):
            return
        if tpl.startswith("[[", j):
            e = tpl.index("]]", j)
            w, _, lab = tpl[j + 2:e].partition("|")
            c.s(lab or "NEG_WORD", w)
            counts[1] += 1
            i = e + 2
            continue
        e = tpl.index("}", j)
        key = tpl[j + 1:e]
        if key in ("hi", "thx"):
            c.t(rng.choice(d[key]))
        elif key == "S":
            c.t(rng.choice(d["title"]) + " ")
            c.s("PERSON", rng.choice(surnames(lg)))
            counts[0] += 1
        else:
            c.s("PERSON", given(lg, d) if key == "G" else person(lg, d))
            counts[0] += 1
        i = e + 1


def chat(lg):
    d, c, counts = L[lg], P(), [0, 0]
    style, used = rng.choice(["roles", "stamps", "bare", "people"]), set()
    while sum(counts) < 7 or counts[1] < 2 * counts[0] or counts[0] == 0:
        want_person = counts[1] >= 2 * counts[0] + 1 or counts[0] == 0
        pool = d["per"] if want_person else d["neg"]
        tpl = rng.choice([t for t in pool if t not in used] or pool)
        used.add(tpl)
        if c.text:
            c.t("\n")
        if style == "stamps":
            c.t("[%02d.%02d.24, %02d:%02d] " % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 23), rng.randint(0, 59)))
        if style in ("roles", "stamps") or (style == "people" and rng.random() < 0.5):
            c.t(rng.choice(d["roles"]) + ": ")
        elif style == "people" and want_person:
            c.s("PERSON", given(lg, d))
            counts[0] += 1
            c.t(": ")
        fill(c, tpl, lg, d, counts)
        if rng.random() < 0.25:
            c.t(" " + rng.choice(EMOJI))
    return c


def main():
    from gen_common import write_json
    records = []
    asks = ["", "", "", "summarise this chat", "reply for me pls", "translate to english", "who do i need to pay?"]
    langs = list(L)
    for i in range(480):
        lg = langs[i % len(langs)]
        meta = append_typed_body(records, i, chat(lg), rng.choice(asks), lg)
        meta["source"] = "own"
    write_json(records)


main()
