#!/usr/bin/env python3
"""gen_spoken52.py: people, streets and births in speech-to-text, second round (tune set; branch
spoken52, written and committed before any detector rule was read and before hush was run on it),
from the public brief of the twenty-fourth blind set's spoken family and spoken51's notes, in
other domains than both: podcast and radio phone-ins, court and tribunal hearing recordings,
police interview transcripts, insurance claim calls, bank call-centre recordings, telehealth
consultations, voice notes to an accountant, dictated wills and powers of attorney, church and
funeral-home phone calls, hotel reservation calls, Zoom auto-captions of a parents' evening.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks for the transcript to be tidied, summarised
or filed. The transcript has no punctuation, no casing or sentence case only, fillers, speaker
turns and timestamps (Zoom captions as `00:03:14.200 --> 00:03:17.900` cues), and:
- introductions in every language (`this is`, `ich bin`, `hier spricht`, `je m'appelle`, `mi
  chiamo`, `me llamo`, `nazywam się`, `to mówi`, `jmenuji se`, `adım`, `numele meu e`, `nimeni
  on`, `a nevem`, `me lene`...), names in lower case; self-corrections (`my name is anna no hanna
  becker`: both gold); surnames spelled letter by letter (`m u e double l e r`) or with a spelling
  alphabet (`k as in kilo`, `k wie kaufmann`, `b comme berthe`, `b come bologna`, `b de
  barcelona`, `b van bernard`): gold over the spelled run, first letter to last word;
- house numbers in words (`twelve baker street`, `zwölf hauptstraße`, `rue victor hugo numéro
  quatorze`, `hämeenkatu kaksitoista`, `strada florilor numărul șapte`);
- dates of birth in words in every language (`born on the third of may nineteen eighty one`,
  `nacido el tres de mayo de mil novecientos ochenta y uno`, `urodzony trzeciego maja tysiąc
  dziewięćset osiemdziesiątego pierwszego`, `doğum tarihim üç mayıs seksen bir`, `ezerkilencszáz
  nyolcvanegy május harmadikán`): gold over the date's words;
- phones read digit by digit in the languages spoken51 left (no, fi, hu, ro, el, da, nl, cs) and
  the others; a fifth of the calls mix two languages (an English agent, a caller in another).
Look-alikes as NEG_ spans in the same shapes: name-words used as words, firms, products, places,
hearing and appointment dates in words, amounts, case and policy numbers in words, times.
Languages: en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in Latin letters); half the
names invented, a fifth of global origin. Writes JSON (names_tune3.json's format) to stdout;
deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import append_body, ask_body  # noqa: E402
from gen_chat_common import Chat, draw_person, plain, sentence_case  # noqa: E402

rng = random.Random(20261206 + 52)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

REAL = {
    "en": (["siobhan", "marcus", "eleanor", "gareth", "imogen", "callum", "bethany", "stuart"],
           ["thornton", "okafor", "whitaker", "pemberton", "hollis", "gallagher", "marsden"]),
    "de": (["hanna", "jürgen", "birgit", "florian", "heike", "dominik", "renate", "lukas"],
           ["müller", "hoffmann", "kaufmann", "wagner", "zimmermann", "kessler", "hartmann"]),
    "fr": (["élodie", "julien", "margaux", "thierry", "sandrine", "romain", "océane"],
           ["lambert", "bonnet", "mercier", "chevalier", "gauthier", "perrin", "leclerc"]),
    "nl": (["femke", "joost", "marloes", "ruud", "ilse", "wouter", "noor"],
           ["van den berg", "dekker", "hendriks", "de boer", "brouwer", "kuipers", "vermeulen"]),
    "es": (["marta", "álvaro", "nuria", "íñigo", "pilar", "gonzalo", "rocío"],
           ["fernández", "moreno", "jiménez", "herrera", "medina", "vidal", "serrano"]),
    "it": (["federica", "alessandro", "silvia", "gianluca", "valentina", "stefano", "ilaria"],
           ["marino", "gallo", "conti", "bruno", "barbieri", "fontana", "moretti"]),
    "pt": (["catarina", "gonçalo", "leonor", "duarte", "filipa", "nuno", "sofia"],
           ["santos", "oliveira", "sousa", "gonçalves", "marques", "lopes", "teixeira"]),
    "pl": (["magdalena", "krzysztof", "joanna", "michał", "ewa", "grzegorz"],
           ["zieliński", "szymańska", "woźniak", "dąbrowski", "kaczmarek", "jankowska"]),
    "sv": (["maja", "gustav", "elsa", "oskar", "frida", "henrik"],
           ["johansson", "karlsson", "lundgren", "eklund", "forsberg", "wallin"]),
    "da": (["line", "jesper", "camilla", "anders", "signe", "nikolaj"],
           ["hansen", "pedersen", "larsen", "sørensen", "rasmussen", "østergaard"]),
    "no": (["ingrid", "kari", "lars", "sigrid", "håkon", "solveig", "eirik", "tone"],
           ["haugen", "johansen", "solberg", "strand", "bakke", "moen", "halvorsen"]),
    "fi": (["aino", "juha", "pekka", "sari", "mikko", "tuula", "elina", "ville"],
           ["virtanen", "korhonen", "mäkinen", "nieminen", "heikkinen", "koskinen", "järvinen"]),
    "cs": (["petra", "tomáš", "veronika", "lukáš", "zuzana", "martin"],
           ["svobodová", "dvořák", "horák", "němcová", "marek", "pokorný"]),
    "hu": (["zsófia", "bence", "eszter", "gábor", "réka", "tamás", "katalin", "dávid"],
           ["kovács", "nagy", "szabó", "tóth", "horváth", "varga", "molnár"]),
    "tr": (["selin", "murat", "deniz", "oğuz", "ebru", "kerem"],
           ["arslan", "koç", "kurt", "özdemir", "erdoğan", "aksoy", "polat"]),
    "ro": (["andreea", "mihai", "ioana", "alexandru", "elena", "bogdan", "cristina", "radu"],
           ["popescu", "ionescu", "dumitrescu", "munteanu", "constantin", "georgescu", "stoica"]),
    "el": (["eleni", "giorgos", "maria", "dimitris", "katerina", "nikos", "sofia", "kostas"],
           ["papadopoulos", "nikolaou", "georgiou", "karagiannis", "vlachou", "oikonomou",
            "christodoulou"]),
}
GLOBAL = (["adebayo", "meera", "jun", "yusuf", "akosua", "kenji", "sanjay", "amina", "minh",
           "leila", "chidi", "zara", "takumi", "nkechi", "vikram", "samira"],
          ["balogun", "venkatesan", "liu", "khalil", "asante", "yamamoto", "banerjee", "haddad",
           "mamani", "tran", "eze", "osei", "kariuki", "rahman"])
from gen_spoken_words import END17, SYL17  # noqa: E402
SYL = dict(SYL17)
END = dict(END17)


def person(lg):
    return draw_person(rng, GLOBAL, REAL[lg], SYL[lg], END[lg], 0.55)


# ---- number words, births and phones in words (gen_spoken_words.py, shared with spoken52/53) ------
import gen_spoken_words as _sw  # noqa: E402
_sw.rng = rng
from gen_spoken_words import ndate  # noqa: E402,F401
from gen_spoken_words import (  # noqa: E402,F401
    _w, DIG, TEENS, TENS, card, year_words, PL_ORD, PL_ORD_TENS, pl_ord_year, ORD, month,
    dob_words, phone_digits, phone, said_number, time_words)


# ---- streets with the house number in words ---------------------------------------------------------
STREETS = {
    "en": [("{n} {s} street", ["baker", "church", "market", "queen"]), ("{n} {s} road", ["albert", "manor", "station"]),
           ("flat {n} {s} court", ["kingsley", "orchard"])],
    "de": [("{s}straße {n}", ["haupt", "linden", "goethe", "garten"]), ("{s}weg {n}", ["birken", "mühlen"]),
           ("{s}platz {n}", ["markt", "kirch"])],
    "fr": [("{n} rue {s}", ["victor hugo", "des écoles", "pasteur", "de la gare"]),
           ("rue {s} numéro {n}", ["victor hugo", "jean moulin", "des tilleuls"]),
           ("{n} boulevard {s}", ["voltaire", "gambetta"])],
    "nl": [("{s}straat {n}", ["kerk", "molen", "hoofd", "stations"]), ("{s}laan {n}", ["beuken", "eiken"]),
           ("{s}gracht {n}", ["heren", "keizers"])],
    "es": [("calle {s} número {n}", ["mayor", "de la luna", "san pedro"]), ("calle {s} {n}", ["real", "alcalá", "toledo"]),
           ("avenida {s} {n}", ["de américa", "del mar"])],
    "it": [("via {s} {n}", ["roma", "garibaldi", "verdi", "cavour"]), ("via {s} numero {n}", ["manzoni", "dante"]),
           ("piazza {s} {n}", ["della repubblica", "duomo"])],
    "pt": [("rua {s} número {n}", ["das flores", "da alegria", "de santa catarina"]), ("avenida {s} {n}", ["da república", "dos aliados"])],
    "pl": [("ulica {s} {n}", ["kwiatowa", "ogrodowa", "mickiewicza", "szkolna"]), ("aleja {s} {n}", ["róż", "lipowa"])],
    "sv": [("{s}gatan {n}", ["kunga", "drottning", "skol", "stor"]), ("{s}vägen {n}", ["björk", "sjö"])],
    "da": [("{s}gade {n}", ["vester", "nørre", "skole"]), ("{s}vej {n}", ["strand", "bøge"])],
    "no": [("{s}gata {n}", ["stor", "kirke", "skole"]), ("{s}veien {n}", ["bjørke", "fjord", "sjø"])],
    "fi": [("{s}katu {n}", ["hämeen", "koulu", "kirkko", "rauhan"]), ("{s}tie {n}", ["mannerheimin", "koivu"])],
    "cs": [("ulice {s} {n}", ["dlouhá", "nádražní", "husova"]), ("{s} číslo {n}", ["masarykova", "palackého"])],
    "hu": [("{s} utca {n}", ["kossuth", "petőfi", "fő", "rákóczi"]), ("{s} út {n}", ["váci", "üllői"])],
    "tr": [("{s} sokak numara {n}", ["gül", "lale", "menekşe"]), ("{s} caddesi no {n}", ["atatürk", "cumhuriyet"])],
    "ro": [("strada {s} numărul {n}", ["florilor", "mihai eminescu", "unirii", "libertății"]),
           ("bulevardul {s} {n}", ["independenței", "carol"])],
    "el": [("odos {s} {n}", ["ermou", "patision", "tsimiski", "athinas"]), ("leoforos {s} {n}", ["kifisias", "syngrou"])],
}


def street(lg):
    tpl, names = rng.choice(STREETS[lg])
    n = rng.randint(1, 89)
    w = card(lg, n) if rng.random() < 0.85 else str(n)
    return tpl.format(n=w, s=rng.choice(names))


# ---- spelling ---------------------------------------------------------------------------------------
ALPHA = {
    "en": ("{l} as in {w}", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
                            "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"),
    "de": ("{l} wie {w}", "anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann ludwig "
                          "martha nordpol otto paula quelle richard samuel theodor ulrich viktor wilhelm "
                          "xanthippe ypsilon zacharias"),
    "fr": ("{l} comme {w}", "anatole berthe célestin désiré eugène françois gaston henri irma joseph kléber "
                            "louis marcel nicolas oscar pierre quintal raoul suzanne thérèse ursule victor "
                            "william xavier yvonne zoé"),
    "nl": ("{l} van {w}", "anna bernard cornelis dirk eduard ferdinand gerard hendrik izaak johannes karel "
                          "lodewijk maria nico otto pieter quirinus rudolf simon teunis utrecht victor willem "
                          "xantippe ypsilon zaandam"),
    "it": ("{l} come {w}", "ancona bologna como domodossola empoli firenze genova hotel imola jolly kursaal "
                           "livorno milano napoli otranto padova quarto roma savona torino udine venezia "
                           "washington xeres yacht zara"),
    "es": ("{l} de {w}", "antonio barcelona carmen dolores enrique francia gerona historia inés josé kilo "
                         "lorenzo madrid navarra oviedo parís querido ramón sábado tarragona ulises valencia "
                         "washington xilófono yegua zaragoza"),
}


def spell(lg, s):
    """The surname spelled: letter by letter (`m u e double l e r`) or with an alphabet."""
    w = s.replace(" ", "")
    if lg == "de":
        w = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    w = plain(w)
    if lg in ALPHA and rng.random() < 0.45:
        form, words = ALPHA[lg]
        words = words.split()
        return " ".join(form.format(l=c, w=words[ord(c) - 97]) for c in w if "a" <= c <= "z")
    out, k = [], 0
    sep = rng.choice([" ", " ", "-"])
    while k < len(w):
        if lg in ("en", "de") and k + 1 < len(w) and w[k + 1] == w[k] and rng.random() < 0.7:
            out.append(("double " if lg == "en" else "doppel ") + w[k])
            k += 2
            continue
        out.append(w[k])
        k += 1
    return sep.join(out)


# ---- the sentences ------------------------------------------------------------------------------------
# {P} a person (plain, corrected, spelled), {G} another person's given name and surname, {PH} a
# phone, {DOB} a birth, {ST} a street; look-alikes {NDATE} a hearing or appointment date in words,
# {NUM} a case or policy number or amount in words, {TIME} a time, {ORG} a firm, {PLACE} a place.
INTRO = {
    "en": ["this is {P}", "my name is {P}", "its {P} here", "hi {P} speaking", "i'm {P}",
           "the deceased was {P}", "interview with {P}", "for the record my name is {P}", "yeah hi it's {P} calling"],
    "de": ["ich bin {P}", "hier spricht {P}", "mein name ist {P}", "hier ist {P}", "ja {P} am apparat",
           "vernehmung von {P}", "also ich heiße {P}"],
    "fr": ["je m'appelle {P}", "ici {P}", "c'est {P} à l'appareil", "je suis {P}", "mon nom c'est {P}",
           "audition de {P}"],
    "nl": ["met {P}", "ik ben {P}", "mijn naam is {P}", "u spreekt met {P}", "ik heet {P}"],
    "es": ["me llamo {P}", "soy {P}", "le habla {P}", "mi nombre es {P}", "declaración de {P}"],
    "it": ["mi chiamo {P}", "sono {P}", "parla {P}", "il mio nome è {P}", "buongiorno sono {P}"],
    "pt": ["chamo-me {P}", "o meu nome é {P}", "fala {P}", "daqui fala {P}", "sou a {P}"],
    "pl": ["nazywam się {P}", "to mówi {P}", "tu {P}", "jestem {P}", "z tej strony {P}"],
    "sv": ["jag heter {P}", "det är {P}", "hej det är {P} som ringer", "mitt namn är {P}"],
    "da": ["jeg hedder {P}", "det er {P}", "mit navn er {P}", "hej det er {P} der ringer"],
    "no": ["jeg heter {P}", "det er {P} som ringer", "mitt navn er {P}", "hei dette er {P}"],
    "fi": ["nimeni on {P}", "täällä {P}", "minä olen {P}", "hei {P} tässä", "minun nimi on {P}"],
    "cs": ["jmenuji se {P}", "jmenuju se {P}", "u telefonu {P}", "tady je {P}", "já jsem {P}"],
    "hu": ["a nevem {P}", "{P} vagyok", "itt {P} beszél", "jó napot {P} vagyok", "az én nevem {P}"],
    "tr": ["adım {P}", "benim adım {P}", "ben {P}", "ismim {P}", "merhaba ben {P}"],
    "ro": ["numele meu e {P}", "mă numesc {P}", "sunt {P}", "aici {P}", "bună ziua sunt {P}"],
    "el": ["me lene {P}", "to onoma mou einai {P}", "eimai o {P}", "edo {P}", "kalimera eimai i {P}"],
}
OTHER = {  # a second person named in the call
    "en": ["my late husband {G}", "the witness {G}", "my executor is {G}", "ask for {G}"],
    "de": ["mein sohn {G}", "der zeuge {G}", "frau {G} vom amt"],
    "fr": ["mon frère {G}", "le témoin {G}", "madame {G}"],
    "nl": ["mijn dochter {G}", "de getuige {G}", "meneer {G}"],
    "es": ["mi hermano {G}", "el testigo {G}", "la señora {G}"],
    "it": ["mio marito {G}", "il testimone {G}", "la signora {G}"],
    "pt": ["a minha mãe {G}", "a testemunha {G}", "o senhor {G}"],
    "pl": ["mój syn {G}", "świadek {G}", "pani {G}"],
    "sv": ["min man {G}", "vittnet {G}"], "da": ["min søster {G}", "vidnet {G}"],
    "no": ["min bror {G}", "vitnet {G}"], "fi": ["mieheni {G}", "todistaja {G}"],
    "cs": ["můj manžel {G}", "svědek {G}", "paní {G}"], "hu": ["a férjem {G}", "a tanú {G}"],
    "tr": ["eşim {G}", "tanık {G}"], "ro": ["soțul meu {G}", "martorul {G}", "doamna {G}"],
    "el": ["o syzygos mou {G}", "o martyras {G}"],
}
PHONE_S = {
    "en": ["call me back on {PH}", "my number is {PH}", "mobile {PH}"],
    "de": ["meine nummer ist {PH}", "erreichbar unter {PH}", "handy {PH}"],
    "fr": ["mon numéro c'est le {PH}", "rappelez moi au {PH}"],
    "nl": ["mijn nummer is {PH}", "bel me terug op {PH}", "mobiel {PH}"],
    "es": ["mi número es el {PH}", "llámeme al {PH}"], "it": ["il mio numero è {PH}", "cellulare {PH}"],
    "pt": ["o meu número é {PH}", "telemóvel {PH}"], "pl": ["mój numer to {PH}", "telefon {PH}"],
    "sv": ["mitt nummer är {PH}", "ring mig på {PH}"], "da": ["mit nummer er {PH}", "ring til mig på {PH}"],
    "no": ["nummeret mitt er {PH}", "ring meg på {PH}", "mobil {PH}"],
    "fi": ["numeroni on {PH}", "soita numeroon {PH}", "puhelin {PH}"],
    "cs": ["moje číslo je {PH}", "zavolejte mi na {PH}"],
    "hu": ["a telefonszámom {PH}", "hívjon a {PH} számon", "mobil {PH}"],
    "tr": ["numaram {PH}", "cep {PH}"], "ro": ["numărul meu e {PH}", "sunați-mă la {PH}", "telefon {PH}"],
    "el": ["to tilefono mou einai {PH}", "kinito {PH}", "pareste me sto {PH}"],
}
DOB_S = {
    "en": ["born on {DOB}", "date of birth {DOB}", "i was born {DOB}", "she was born on {DOB}"],
    "de": ["geboren am {DOB}", "geburtsdatum {DOB}", "ich bin am {DOB} geboren"],
    "fr": ["né le {DOB}", "née le {DOB}", "date de naissance le {DOB}"],
    "nl": ["geboren op {DOB}", "geboortedatum {DOB}"],
    "es": ["nacido el {DOB}", "nací el {DOB}", "fecha de nacimiento {DOB}"],
    "it": ["nato il {DOB}", "sono nata il {DOB}", "data di nascita {DOB}"],
    "pt": ["nascido a {DOB}", "nasci a {DOB}", "data de nascimento {DOB}"],
    "pl": ["urodzony {DOB}", "urodziłam się {DOB}", "data urodzenia {DOB}"],
    "sv": ["född {DOB}", "född den {DOB}", "födelsedatum {DOB}"],
    "da": ["født den {DOB}", "fødselsdato {DOB}"], "no": ["født {DOB}", "født den {DOB}", "fødselsdato {DOB}"],
    "fi": ["syntynyt {DOB}", "syntymäaika {DOB}", "olen syntynyt {DOB}"],
    "cs": ["narozena {DOB}", "narodil jsem se {DOB}", "datum narození {DOB}"],
    "hu": ["születtem {DOB}", "született {DOB}", "születési dátum {DOB}"],
    "tr": ["doğum tarihim {DOB}", "doğum tarihi {DOB}", "{DOB} doğumluyum"],
    "ro": ["născut pe {DOB}", "m-am născut pe {DOB}", "data nașterii {DOB}"],
    "el": ["gennithika stis {DOB}", "imerominia gennisis {DOB}"],
}
STREET_S = {
    "en": ["i live at {ST}", "the address is {ST}", "the property at {ST}"],
    "de": ["ich wohne in der {ST}", "die adresse ist {ST}", "wir wohnen {ST}"],
    "fr": ["j'habite au {ST}", "l'adresse c'est {ST}", "on habite {ST}"],
    "nl": ["ik woon op de {ST}", "het adres is {ST}"], "es": ["vivo en la {ST}", "la dirección es {ST}"],
    "it": ["abito in {ST}", "l'indirizzo è {ST}"], "pt": ["moro na {ST}", "a morada é {ST}"],
    "pl": ["mieszkam na {ST}", "adres to {ST}"], "sv": ["jag bor på {ST}", "adressen är {ST}"],
    "da": ["jeg bor på {ST}", "adressen er {ST}"], "no": ["jeg bor i {ST}", "adressen er {ST}"],
    "fi": ["asun osoitteessa {ST}", "osoite on {ST}"], "cs": ["bydlím v ulici {ST}", "adresa je {ST}"],
    "hu": ["a címem {ST}", "lakcím {ST}"], "tr": ["adresim {ST}", "{ST} oturuyorum"],
    "ro": ["locuiesc pe {ST}", "adresa e {ST}"], "el": ["meno stin {ST}", "i dieuthinsi einai {ST}"],
}
NEG_S = {
    "en": ["the hearing is on {NDATE}", "policy number {NUM}", "case number {NUM}", "it came to {NUM} pounds",
           "ill ring {ORG} at {TIME}", "we were in {PLACE}", "the booking is for {NDATE}"],
    "de": ["die verhandlung ist am {NDATE}", "versicherungsnummer {NUM}", "aktenzeichen {NUM}",
           "das waren {NUM} euro", "ich rufe {ORG} um {TIME} an", "wir waren in {PLACE}"],
    "fr": ["l'audience est le {NDATE}", "numéro de police {NUM}", "ça fait {NUM} euros",
           "j'appelle {ORG} à {TIME}", "on était à {PLACE}"],
    "nl": ["de zitting is op {NDATE}", "polisnummer {NUM}", "dat was {NUM} euro", "ik bel {ORG} om {TIME}",
           "we waren in {PLACE}"],
    "es": ["la vista es el {NDATE}", "número de póliza {NUM}", "fueron {NUM} euros", "llamo a {ORG} a las {TIME}",
           "estábamos en {PLACE}"],
    "it": ["l'udienza è il {NDATE}", "numero di polizza {NUM}", "sono {NUM} euro", "chiamo {ORG} alle {TIME}",
           "eravamo a {PLACE}"],
    "pt": ["a audiência é a {NDATE}", "número da apólice {NUM}", "foram {NUM} euros", "ligo à {ORG} às {TIME}",
           "estávamos em {PLACE}"],
    "pl": ["rozprawa jest {NDATE}", "numer polisy {NUM}", "to było {NUM} złotych", "dzwonię do {ORG} o {TIME}",
           "byliśmy w {PLACE}"],
    "sv": ["förhandlingen är den {NDATE}", "försäkringsnummer {NUM}", "det blev {NUM} kronor",
           "jag ringer {ORG} klockan {TIME}", "vi var i {PLACE}"],
    "da": ["retsmødet er den {NDATE}", "policenummer {NUM}", "det blev {NUM} kroner", "jeg ringer til {ORG} klokken {TIME}",
           "vi var i {PLACE}"],
    "no": ["rettsmøtet er {NDATE}", "polisenummer {NUM}", "det ble {NUM} kroner", "jeg ringer {ORG} klokka {TIME}",
           "vi var i {PLACE}"],
    "fi": ["istunto on {NDATE}", "vakuutusnumero {NUM}", "se maksoi {NUM} euroa", "soitan {ORG} kello {TIME}",
           "olimme {PLACE}"],
    "cs": ["jednání je {NDATE}", "číslo pojistky {NUM}", "bylo to {NUM} korun", "zavolám do {ORG} v {TIME}",
           "byli jsme v {PLACE}"],
    "hu": ["a tárgyalás {NDATE} lesz", "kötvényszám {NUM}", "{NUM} forint volt", "felhívom a {ORG} {TIME} órakor",
           "{PLACE} voltunk"],
    "tr": ["duruşma {NDATE}", "poliçe numarası {NUM}", "{NUM} lira tuttu", "{ORG} saat {TIME} arayacağım",
           "{PLACE} idik"],
    "ro": ["ședința e pe {NDATE}", "numărul poliței {NUM}", "a costat {NUM} lei", "sun la {ORG} la ora {TIME}",
           "eram în {PLACE}"],
    "el": ["i dikasimos einai stis {NDATE}", "arithmos symvolaiou {NUM}", "kostise {NUM} evro",
           "tha paro tin {ORG} stis {TIME}", "imastan stin {PLACE}"],
}
# Name-words used as words, in a sentence of their own.
WORDS = {
    "en": ["i {will} sign it", "please {mark} that down", "the {rose} window in the church", "{may} i ask",
           "the {bill} from the hotel", "you have to have {faith}", "the {grace} period"],
    "de": ["ich {will} nur fragen", "die {rose} am grab", "das {wort} hat der richter"],
    "fr": ["une {rose} blanche", "c'est {claire} maintenant", "la {victoire} du club"],
    "nl": ["ik {wil} even weten", "het {roos} raam", "de {bloem} op de kist"],
    "es": ["la {rosa} blanca", "con {fe}", "sin {luz}", "la {paz} del alma"],
    "it": ["una {rosa} bianca", "ci vuole {fede}", "la {pace} eterna"],
    "pt": ["uma {rosa} branca", "tenho {fé}", "a {luz} apagou"],
    "pl": ["{róża} na grobie", "mam {nadzieję}"], "sv": ["jag {vill} bara veta", "en {ros} på kistan"],
    "da": ["jeg {vil} bare vide", "en {rose} på kisten"], "no": ["jeg {vil} bare vite", "en {rose} på kista"],
    "fi": ["meillä on {toivo}", "hyvää {onni}a"], "cs": ["{růže} na hrobě", "mám {naději}"],
    "hu": ["egy {rózsa} a sírra", "van {remény}"], "tr": ["{gül} bahçede", "{umut} var"],
    "ro": ["o {floare} albă", "{speranța} moare ultima"], "el": ["echoume {elpida}", "i {irini} einai simantiki"],
}
NO_W = {"en": "no sorry", "de": "nein", "fr": "non pardon", "nl": "nee sorry", "es": "no perdón",
        "it": "no scusi", "pt": "não desculpe", "pl": "nie przepraszam", "sv": "nej förlåt",
        "da": "nej undskyld", "no": "nei unnskyld", "fi": "ei anteeksi", "cs": "ne pardon",
        "hu": "nem bocsánat", "tr": "yok pardon", "ro": "nu scuze", "el": "ochi signomi"}
SPELLCUE = {"en": "that's", "de": "das schreibt man", "fr": "ça s'écrit", "nl": "dat is", "es": "se escribe",
            "it": "si scrive", "pt": "escreve-se", "pl": "literuję", "sv": "det stavas", "da": "det staves",
            "no": "det staves", "fi": "tavattuna", "cs": "hláskuji", "hu": "betűzve", "tr": "harf harf",
            "ro": "se scrie", "el": "grafetai"}
FILL = {"en": ["um", "uh", "er", "you know"], "de": ["äh", "ähm", "also"], "fr": ["euh", "ben"],
        "nl": ["eh", "uhm"], "es": ["eh", "pues"], "it": ["ehm", "allora"], "pt": ["hum", "pronto"],
        "pl": ["yyy", "no"], "sv": ["eh", "alltså"], "da": ["øh", "altså"], "no": ["eh", "altså"],
        "fi": ["öö", "niinku"], "cs": ["ehm", "no"], "hu": ["öö", "hát"], "tr": ["şey", "yani"],
        "ro": ["ăă", "deci"], "el": ["ee", "diladi"]}
ORGS = ["allianz", "aviva", "barclays", "ing", "santander", "axa", "generali", "nordea", "danske bank",
        "op pohjola", "otp", "ziraat", "bcr", "eurobank", "zoom", "hilton"]
PLACES = ["brighton", "freiburg", "nantes", "groningen", "valencia", "verona", "braga", "gdańsk",
          "uppsala", "odense", "bergen", "tampere", "ostrava", "debrecen", "antalya", "cluj", "patra"]


def num(lg):
    return said_number(lg, 0.55, 0.85)



def full(lg, g, s):
    return s + " " + g if lg == "hu" else g + " " + s


def name_slot(tr, lg, g, s, mode):
    if rng.random() < 0.25:
        g, s = plain(g), plain(s)
    if mode == "correct":  # "anna no hanna becker"
        g0 = rng.choice(REAL[lg][0])
        if g0 == g:
            g0 = g[:-1] + ("a" if g.endswith("e") else "e")
        tr.s("PERSON", g0 if lg != "hu" else s)
        tr.t(" " + NO_W[lg] + " ")
        tr.s("PERSON", full(lg, g, s))
    elif mode == "surname":  # "its becker no beckmann"
        tr.s("PERSON", full(lg, g, s))
        tr.t(" " + NO_W[lg] + " ")
        tr.s("PERSON", s + ("mann" if lg == "de" else "s" if lg in ("en", "nl") else "a"))
    elif mode == "spell":
        tr.s("PERSON", full(lg, g, s))
        tr.t(" " + SPELLCUE[lg] + " " if rng.random() < 0.7 else " ")
        tr.s("PERSON", spell(lg, s))
    elif mode == "sentence":
        tr.s("PERSON", " ".join(w.capitalize() for w in full(lg, g, s).split()))
    else:
        tr.s("PERSON", full(lg, g, s))


def fill(tr, lg, tpl, g, s, nmode):
    tr.walk(tpl, lambda key: slot(tr, lg, key, g, s, nmode))


def slot(tr, lg, key, g, s, nmode):
    if key == "P":
        name_slot(tr, lg, g, s, nmode)
    elif key == "G":
        g2, s2 = person(lg)
        tr.s("PERSON", full(lg, g2, s2))
    elif key == "PH":
        tr.s("PHONE_NUMBER", phone(lg))
    elif key == "DOB":
        y = rng.choice([y for y in range(1938, 2014) if y % 100])
        tr.s("DATE_OF_BIRTH", dob_words(lg, y, rng.randint(1, 12), rng.randint(1, 20)))
    elif key == "ST":
        tr.s("STREET_ADDRESS", street(lg))
    elif key == "NDATE":
        tr.s("NEG_DATE", ndate(lg))
    elif key == "NUM":
        tr.s("NEG_NUMBER", num(lg))
    elif key == "TIME":
        tr.s("NEG_TIME", time_words(lg))
    elif key == "ORG":
        tr.s("NEG_ORG", rng.choice(ORGS))
    elif key == "PLACE":
        tr.s("NEG_PLACE", rng.choice(PLACES))
    else:
        raise ValueError(key)


DOMAINS = ["podcast phone-in", "radio phone-in", "tribunal hearing recording", "court hearing recording",
           "police interview", "insurance claim call", "bank call-centre recording", "telehealth consultation",
           "voice note to my accountant", "dictated will", "power of attorney dictation",
           "funeral home phone call", "church office phone call", "hotel reservation call",
           "zoom parents' evening captions"]
ROLES = {"podcast": ("host", "caller"), "radio": ("presenter", "caller"), "tribunal": ("judge", "claimant"),
         "court": ("clerk", "witness"), "police": ("officer", "interviewee"), "insurance": ("handler", "claimant"),
         "bank": ("agent", "customer"), "telehealth": ("dr", "patient"), "voice": ("me", "me"),
         "dictated": ("testator", "solicitor"), "power": ("donor", "notary"), "funeral": ("director", "caller"),
         "church": ("office", "caller"), "hotel": ("reception", "guest"), "zoom": ("teacher", "parent")}
ASK = {
    "en": "Tidy up this {d} transcript and summarise it", "de": "Bitte dieses Transkript bereinigen und zusammenfassen",
    "fr": "Nettoie cette transcription et résume-la", "nl": "Maak dit transcript netjes en vat het samen",
    "es": "Limpia esta transcripción y resúmela", "it": "Sistema questa trascrizione e riassumila",
    "pt": "Limpa esta transcrição e resume-a", "pl": "Popraw tę transkrypcję i streść ją",
    "sv": "Städa upp transkriberingen och sammanfatta", "da": "Ryd op i transskriptionen og opsummer",
    "no": "Rydd opp i transkripsjonen og oppsummer", "fi": "Siisti tämä litterointi ja tiivistä se",
    "cs": "Uprav tento přepis a shrň ho", "hu": "Javítsd ki ezt az átiratot és foglald össze",
    "tr": "Bu transkripti düzelt ve özetle", "ro": "Corectează această transcriere și rezum-o",
    "el": "Diorthose afti ti metagrafi kai kane mia perilipsi",
}


def transcript(lg, idx):
    tr = Chat()
    g, s = person(lg)
    nmode = rng.choice(["plain", "plain", "correct", "surname", "spell", "spell", "sentence"])
    dom = DOMAINS[idx % len(DOMAINS)]
    roles = ROLES[dom.split()[0].split("'")[0]]
    style = rng.choice(["plain", "turns", "stamps", "zoom"] if dom.startswith("zoom") else ["plain", "turns", "stamps"])
    mixed = lg != "en" and rng.random() < 0.2  # an English agent, a caller in lg
    kinds = ["intro"] + rng.sample(["phone", "dob", "dob", "street", "street", "other", "neg", "neg", "words"],
                                   rng.randint(3, 5))
    if rng.random() < 0.12:
        kinds = ["neg", "words", "neg"]
    clock = rng.randint(0, 600)
    for n, kind in enumerate(kinds):
        who = roles[1] if kind not in ("neg",) or rng.random() < 0.5 else roles[0]
        if style == "turns":
            tr.t(who + ": ")
        elif style == "stamps":
            tr.t("[%02d:%02d:%02d] %s " % (clock // 3600, clock // 60 % 60, clock % 60,
                                          "speaker %d:" % (1 + n % 2) if rng.random() < 0.5 else who + ":"))
        elif style == "zoom":
            tr.t("%02d:%02d:%02d.%03d --> %02d:%02d:%02d.%03d\n" % (
                0, clock // 60 % 60, clock % 60, rng.randint(0, 999), 0, (clock + 4) // 60 % 60, (clock + 4) % 60,
                rng.randint(0, 999)))
        elif n:
            tr.t(" ")
        clock += rng.randint(3, 40)
        l2 = lg
        if mixed and kind == "neg":
            l2 = "en"
        if rng.random() < 0.35:
            tr.t(rng.choice(FILL[l2]) + " ")
        if kind == "words":
            tr.words(rng.choice(WORDS[l2]))
        else:
            tpl = rng.choice({"intro": INTRO, "other": OTHER, "phone": PHONE_S, "dob": DOB_S,
                              "street": STREET_S, "neg": NEG_S}[kind][l2])
            fill(tr, l2, tpl, g, s, nmode)
        if style != "plain":
            tr.t("\n" if style != "zoom" else "\n\n")
    text = tr.text.rstrip("\n")
    if rng.random() < 0.25:  # sentence case
        text = sentence_case(text, tr.spans)
    return text, tr.spans, dom


def wrap(api, lg, idx, text, spans, ascii_, dom):
    ask = ASK[lg].format(d=dom) + (" (%s):" % dom if lg != "en" else ":")
    return ask_body(api, ask, text, spans, ascii_, idx % 2 == 1, system="You tidy transcripts.")


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(510):
        lg = LANGS[i % len(LANGS)]
        text, spans, dom = transcript(lg, i // len(LANGS))
        ascii_ = i % 3 == 0
        api = apis[(i // 5) % 4]
        t, sp = wrap(api, lg, i, text, spans, ascii_, dom)
        append_body(records, t, sp, {"locale": lg, "class": "spoken", "api": api, "ascii": ascii_,
                                     "domain": dom})
    write_json(records)


main()
