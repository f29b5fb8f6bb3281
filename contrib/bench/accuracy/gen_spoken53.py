#!/usr/bin/env python3
"""gen_spoken53.py: people, streets and births in speech-to-text, third round (tune set; branch
spoken53, written and committed before any detector rule was read for it and before hush was run
on it), from the public brief of the twenty-fourth blind set's spoken family and spoken52's notes,
in other domains than spoken51, spoken52 and the brief: estate-agent viewing calls, insurance
first-notice-of-loss calls, lost-property desks, funeral arrangement calls, school admissions
phone lines, GP receptionist triage, bank fraud-line transcripts, podcast interviews with guests
introduced, court-reporter dictation, voice notes to an accountant, vet reception calls,
removal-firm quotes, job-interview phone screens, registry-office appointment lines.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact); three in four carry an ask line above the transcript, the rest are
the transcript alone (one-turn voice notes among them). What spoken52 left, in new wordings:
- names after relation words in 17 languages (`my executor is`, `my late wife`, `mein sohn`,
  `a férjem`, `mia moglie`, `min fru`, `kona mi`, `vaimoni`, `soția mea`, `i gynaika mou`...),
  given name alone or given name and surname;
- weak introductions in one-turn texts (`det er`, `aici`, `edo`, `ben`, `X vagyok`, `moi c'est`);
- surnames spelled with a spelling alphabet in en/de/fr/nl/it/es (`k for kilo`, `a wie anton`,
  `a comme anatole`, `d van dirk`, `m come milano`, `m di milano`, `b de barcelona`, `b como
  barcelona`) or letter by letter: gold over the spelled run;
- house numbers in words: French compounds before `boulevard`/`avenue` (`quatre-vingt-douze
  boulevard voltaire`), Czech `číslo`/`číslo popisné`, Romanian `numărul`/`nr`, Danish `og`
  compounds (`enogtyve`), and the other languages;
- births in words: Turkish teens (`on sekiz mart ...`), Polish `... roku` (gold includes `roku`),
  Spanish/Portuguese digit years after `de` (`tres de mayo de 1984`), and the rest.
Look-alikes as NEG_ spans in the same shapes: relation words before non-people (`my bank`, `the
witness box`, `mein sohn wohnt`, `mia moglie lavora`), spelled codes that are not names (booking
references and postcodes spelled with the same alphabets), numbers in words that are amounts,
times and appointment dates, firms and places. Languages: en de fr nl es it pt pl sv da no fi cs hu
tr ro el (Greek in Latin letters); half the names invented, a fifth of global origin. Writes JSON
(names_tune3.json's format) to stdout; deterministic; stdlib only; number words, births, phones and names' syllables shared with
gen_spoken52.py through gen_spoken_words.py.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, record, write_json  # noqa: E402
from gen_bodies import MARK, place_text  # noqa: E402
from gen_typed_common import C  # noqa: E402
from gen_chat_common import draw_person, plain  # noqa: E402

rng = random.Random(20261206 + 53)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

REAL = {
    "en": (["rhiannon", "declan", "harriet", "owen", "philippa", "rory", "tamsin", "gavin"],
           ["ashworth", "brennan", "fairclough", "kowalczyk", "lindqvist", "mcallister", "prentice"]),
    "de": (["annika", "matthias", "sabine", "tobias", "ute", "benedikt", "carola", "jannik"],
           ["brandt", "vogel", "schreiber", "lehmann", "krüger", "seidel", "ostermann"]),
    "fr": (["camille", "baptiste", "solène", "mathieu", "agathe", "clément", "maëlle"],
           ["rousseau", "fournier", "girard", "faure", "roux", "blanchard", "marchand"]),
    "nl": (["sanne", "bram", "lotte", "thijs", "esther", "koen", "mirjam"],
           ["bakker", "visser", "smit", "meijer", "de graaf", "mulder", "van dijk"]),
    "es": (["lucía", "sergio", "ainhoa", "javier", "montse", "rubén", "elena"],
           ["castillo", "ortega", "delgado", "navarro", "romero", "gil", "iglesias"]),
    "it": (["chiara", "matteo", "giulia", "lorenzo", "francesca", "davide", "elisa"],
           ["colombo", "ricci", "ferrari", "rinaldi", "caruso", "lombardi", "esposito"]),
    "pt": (["beatriz", "rui", "inês", "tiago", "mariana", "pedro", "joana"],
           ["ferreira", "pereira", "costa", "rodrigues", "almeida", "carvalho", "ribeiro"]),
    "pl": (["agnieszka", "paweł", "katarzyna", "tomasz", "dorota", "marcin"],
           ["nowak", "wiśniewski", "lewandowska", "kamiński", "wójcik", "mazur"]),
    "sv": (["linnea", "erik", "astrid", "johan", "klara", "nils"],
           ["andersson", "nilsson", "berglund", "sjöberg", "holm", "lindberg"]),
    "da": (["mette", "rasmus", "louise", "søren", "trine", "mads"],
           ["nielsen", "jensen", "christensen", "madsen", "thomsen", "kjær"]),
    "no": (["marit", "ole", "astrid", "knut", "hilde", "sindre", "ragnhild"],
           ["olsen", "berg", "dahl", "lie", "eide", "nygård", "lunde"]),
    "fi": (["satu", "jukka", "minna", "timo", "hanna", "antti", "laura"],
           ["lehtonen", "laine", "salminen", "hämäläinen", "rantanen", "lahtinen", "jokinen"]),
    "cs": (["lucie", "jakub", "kateřina", "ondřej", "barbora", "jiří"],
           ["novák", "procházková", "kučera", "veselý", "krejčí", "benešová"]),
    "hu": (["anna", "péter", "judit", "zoltán", "noémi", "ádám", "ildikó"],
           ["kiss", "farkas", "balogh", "papp", "lakatos", "takács", "juhász"]),
    "tr": (["ayşe", "emre", "zeynep", "burak", "elif", "cem"],
           ["yılmaz", "demir", "şahin", "çelik", "yıldız", "aydın", "öztürk"]),
    "ro": (["alina", "vlad", "roxana", "cătălin", "diana", "sorin", "irina"],
           ["stan", "dinu", "marin", "tudor", "niculescu", "preda", "barbu"]),
    "el": (["anna", "christos", "despina", "vasilis", "ioanna", "panagiotis", "georgia"],
           ["alexiou", "makris", "pappas", "antoniou", "dimitriou", "ioannou", "kyriakou"]),
}
GLOBAL = (["oluwaseun", "priya", "hiroshi", "fatima", "kwame", "anjali", "tuan", "nadia",
           "emeka", "yuki", "rohan", "aisha", "thabo", "mei", "arjun", "farah"],
          ["adeyemi", "krishnan", "nakamura", "el amrani", "mensah", "chatterjee", "nguyen",
           "said", "okonkwo", "tanaka", "iyer", "diallo", "ndlovu", "chen"])
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
    "en": [("{n} {s} lane", ["mill", "chapel", "orchard"]), ("{n} {s} avenue", ["clarence", "windsor"]),
           ("{n} {s} close", ["beech", "hawthorn"])],
    "de": [("{s}straße {n}", ["schiller", "bahnhof", "eichen"]), ("{s}allee {n}", ["kastanien", "park"]),
           ("{s}ring {n}", ["wall", "ost"])],
    "fr": [("{n} boulevard {s}", ["voltaire", "saint-michel", "haussmann", "de la liberté"]),
           ("{n} avenue {s}", ["jean jaurès", "foch", "de la république"]),
           ("{n} rue {s}", ["des lilas", "du moulin"])],
    "nl": [("{s}weg {n}", ["dorps", "kanaal", "zuider"]), ("{s}plein {n}", ["markt", "stations"]),
           ("{s}straat nummer {n}", ["molen", "school"])],
    "es": [("calle {s} número {n}", ["del carmen", "de cervantes", "san juan"]),
           ("paseo {s} {n}", ["de gracia", "del prado"]), ("plaza {s} número {n}", ["mayor", "de españa"])],
    "it": [("via {s} {n}", ["mazzini", "matteotti", "dei mille"]), ("corso {s} numero {n}", ["vittorio emanuele", "italia"]),
           ("viale {s} {n}", ["dei pini", "europa"])],
    "pt": [("rua {s} número {n}", ["do carmo", "augusta", "de cedofeita"]), ("travessa {s} {n}", ["do sol", "das flores"])],
    "pl": [("ulica {s} numer {n}", ["polna", "leśna", "słowackiego"]), ("ulica {s} {n}", ["długa", "krótka", "kościuszki"])],
    "sv": [("{s}gatan {n}", ["stor", "kyrko", "hamn"]), ("{s}vägen nummer {n}", ["ek", "lind"])],
    "da": [("{s}gade {n}", ["algade", "kirke", "havne"]), ("{s}vej nummer {n}", ["skov", "mølle", "ege"])],
    "no": [("{s}gata {n}", ["kongens", "dronning", "torg"]), ("{s}veien {n}", ["skog", "lia"])],
    "fi": [("{s}katu {n}", ["puisto", "tori", "satama"]), ("{s}tie {n}", ["kuusi", "järvi"])],
    "cs": [("{s} číslo {n}", ["národní", "komenského", "jiráskova"]),
           ("ulice {s} číslo popisné {n}", ["školní", "lipová"]), ("{s} {n}", ["vinohradská", "žižkova"])],
    "hu": [("{s} utca {n}", ["arany jános", "dózsa györgy", "béke"]), ("{s} tér {n}", ["széchenyi", "deák"])],
    "tr": [("{s} sokak numara {n}", ["çınar", "papatya"]), ("{s} caddesi numara {n}", ["istiklal", "bağdat"])],
    "ro": [("strada {s} numărul {n}", ["victoriei", "avram iancu", "republicii"]),
           ("str {s} nr {n}", ["mărășești", "tudor vladimirescu"]), ("calea {s} numărul {n}", ["dorobanților", "moșilor"])],
    "el": [("odos {s} arithmos {n}", ["stadiou", "egnatias", "panepistimiou"]), ("plateia {s} {n}", ["syntagmatos", "aristotelous"])],
}


def street(lg):
    tpl, names = rng.choice(STREETS[lg])
    if lg in ("fr", "da") and rng.random() < 0.7:
        n = rng.randint(21, 99)  # the compounds spoken52 left
    else:
        n = rng.randint(1, 89)
    w = card(lg, n) if rng.random() < 0.88 else str(n)
    return tpl.format(n=w, s=rng.choice(names))


# ---- spelling ---------------------------------------------------------------------------------------
ALPHA_WORDS = {
    "en": "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar "
          "papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu",
    "de": "anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha "
          "nordpol otto paula quelle richard samuel theodor ulrich viktor wilhelm xanthippe ypsilon "
          "zacharias",
    "fr": "anatole berthe célestin désiré eugène françois gaston henri irma joseph kléber louis marcel "
          "nicolas oscar pierre quintal raoul suzanne thérèse ursule victor william xavier yvonne zoé",
    "nl": "anna bernard cornelis dirk eduard ferdinand gerard hendrik izaak johannes karel lodewijk maria "
          "nico otto pieter quirinus rudolf simon teunis utrecht victor willem xantippe ypsilon zaandam",
    "it": "ancona bologna como domodossola empoli firenze genova hotel imola jolly kursaal livorno "
          "milano napoli otranto padova quarto roma savona torino udine venezia washington xeres yacht "
          "zara",
    "es": "antonio barcelona carmen dolores enrique francia gerona historia inés josé kilo lorenzo "
          "madrid navarra oviedo parís querido ramón sábado tarragona ulises valencia washington "
          "xilófono yegua zaragoza",
}
ALPHA_FORMS = {"en": ["{l} for {w}", "{l} as in {w}", "{l} {w}"], "de": ["{l} wie {w}"],
               "fr": ["{l} comme {w}"], "nl": ["{l} van {w}", "{l} voor {w}"],
               "it": ["{l} come {w}", "{l} di {w}"], "es": ["{l} de {w}", "{l} como {w}"]}


def alpha_spell(lg, letters):
    form = rng.choice(ALPHA_FORMS[lg])
    words = ALPHA_WORDS[lg].split()
    return " ".join(form.format(l=c, w=words[ord(c) - 97]) if "a" <= c <= "z" else DIG[lg][int(c)]
                    for c in letters)


def spell(lg, s):
    """The surname spelled: with an alphabet (six languages) or letter by letter."""
    w = s.replace(" ", "")
    if lg == "de":
        w = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    w = "".join(c for c in plain(w) if "a" <= c <= "z")
    if lg in ALPHA_FORMS and rng.random() < 0.7:
        return alpha_spell(lg, w)
    return rng.choice([" ", " ", "-"]).join(w)


def code_spelled(lg):
    """A booking reference or postcode spelled with the same alphabet: not a person."""
    k = rng.randint(4, 6)
    letters = "".join(rng.choice("abcdefghjkmnprstuvwxyz" if i % 2 == 0 else "0123456789abcdefgh")
                      for i in range(k))
    if lg in ALPHA_FORMS:
        return alpha_spell(lg, letters)
    return " ".join(c if c.isalpha() else DIG[lg][int(c)] for c in letters)


# ---- the sentences ------------------------------------------------------------------------------------
# {P} the caller (plain, corrected, spelled), {G} a relation's full name, {GG} a relation's given
# name alone, {PH} a phone, {DOB} a birth, {ST} a street; look-alikes {NDATE} an appointment date,
# {NUM} an amount or reference, {TIME} a time, {ORG} a firm, {PLACE} a place, {CODE} a spelled
# reference, {W:word} a word that is not a name.
INTRO = {
    "en": ["name's {P}", "you're speaking to {P}", "my guest today is {P}", "hiya its {P}",
           "{P} here", "right so it's {P} again", "the claimant is {P}"],
    "de": ["{P} hier", "mein name wäre {P}", "guten tag {P} am apparat", "hallo hier ist {P}",
           "also {P} mein name"],
    "fr": ["moi c'est {P}", "bonjour {P} à l'appareil", "je me présente {P}", "ici c'est {P}",
           "oui bonjour c'est {P}"],
    "nl": ["goedemiddag met {P}", "je spreekt met {P}", "hallo dit is {P}", "met {P} goedemorgen"],
    "es": ["hola soy {P}", "aquí {P}", "habla {P}", "buenas tardes soy {P}"],
    "it": ["pronto sono {P}", "qui è {P}", "mi presento {P}", "salve sono {P}"],
    "pt": ["olá fala o {P}", "aqui é a {P}", "bom dia é o {P}", "sou o {P}"],
    "pl": ["dzień dobry tu {P}", "mówi {P}", "z tej strony {P}", "ja jestem {P}"],
    "sv": ["det är {P}", "hej {P} här", "ja hej det är {P}"],
    "da": ["det er {P}", "hej det er {P}", "goddag det er {P}"],
    "no": ["det er {P}", "dette er {P}", "hei det er {P}"],
    "fi": ["täällä on {P}", "hei olen {P}", "moi {P} täällä"],
    "cs": ["dobrý den tady {P}", "volá {P}", "jsem {P}", "tady {P}"],
    "hu": ["{P} vagyok", "szia {P} vagyok", "{P} beszél", "jó napot kívánok {P} vagyok"],
    "tr": ["ben {P}", "merhaba ben {P}", "iyi günler ben {P}"],
    "ro": ["aici {P}", "bună ziua aici e {P}", "sunt {P}", "alo aici {P}"],
    "el": ["edo {P}", "legomai {P}", "geia sas edo {P}", "eimai i {P}"],
}
OTHER = {  # relation words before a second person
    "en": ["my executor is {G}", "my late wife {GG}", "my son {GG}", "my mum {G}", "our solicitor {G}",
           "my partner {GG}", "the deceased's brother {G}", "my landlord {G}", "the witness {G}"],
    "de": ["mein sohn {GG}", "meine frau {G}", "mein mann {GG}", "meine tochter {G}", "mein vater {G}",
           "meine schwester {GG}", "unser nachbar {G}"],
    "fr": ["mon mari {GG}", "ma femme {G}", "mon fils {GG}", "ma fille {G}", "mon père {G}", "ma mère {GG}"],
    "nl": ["mijn man {GG}", "mijn vrouw {G}", "mijn zoon {GG}", "mijn moeder {G}", "mijn vader {G}"],
    "es": ["mi marido {GG}", "mi mujer {G}", "mi hijo {GG}", "mi hija {G}", "mi padre {G}"],
    "it": ["mia moglie {GG}", "mio marito {G}", "mio figlio {GG}", "mia figlia {G}", "mio padre {G}"],
    "pt": ["o meu marido {GG}", "a minha mulher {G}", "o meu filho {GG}", "a minha filha {G}"],
    "pl": ["mój mąż {GG}", "moja żona {G}", "mój syn {GG}", "moja córka {G}", "mój ojciec {G}"],
    "sv": ["min fru {GG}", "min man {G}", "min son {GG}", "min dotter {G}", "min pappa {G}"],
    "da": ["min kone {GG}", "min mand {G}", "min søn {GG}", "min datter {G}", "min far {G}"],
    "no": ["kona mi {GG}", "mannen min {G}", "min sønn {GG}", "dattera mi {G}", "min far {G}"],
    "fi": ["vaimoni {GG}", "mieheni {G}", "poikani {GG}", "tyttäreni {G}", "isäni {G}"],
    "cs": ["moje žena {GG}", "můj manžel {G}", "můj syn {GG}", "moje dcera {G}", "můj otec {G}"],
    "hu": ["a férjem {GG}", "a feleségem {G}", "a fiam {GG}", "a lányom {G}", "az apám {G}"],
    "tr": ["eşim {GG}", "oğlum {G}", "kızım {GG}", "babam {G}", "annem {G}"],
    "ro": ["soția mea {GG}", "soțul meu {G}", "fiul meu {GG}", "fiica mea {G}", "tatăl meu {G}"],
    "el": ["i gynaika mou {GG}", "o andras mou {G}", "o gios mou {GG}", "i kori mou {G}", "o pateras mou {G}"],
}
REL_NEG = {  # the same relation words before a word, a firm or a place
    "en": ["my bank {ORG} rang", "she was in the witness {W:box}", "my son {W:lives} in {PLACE}",
           "my executor {W:has} the keys", "our solicitor {W:said} wait"],
    "de": ["meine bank {ORG} hat angerufen", "mein sohn {W:wohnt} in {PLACE}", "meine frau {W:arbeitet} bei {ORG}"],
    "fr": ["ma banque {ORG} a appelé", "mon fils {W:habite} à {PLACE}", "mon mari {W:travaille} chez {ORG}"],
    "nl": ["mijn bank {ORG} belde", "mijn zoon {W:woont} in {PLACE}", "mijn vrouw {W:werkt} bij {ORG}"],
    "es": ["mi banco {ORG} llamó", "mi hijo {W:vive} en {PLACE}", "mi mujer {W:trabaja} en {ORG}"],
    "it": ["la mia banca {ORG} ha chiamato", "mio figlio {W:abita} a {PLACE}", "mia moglie {W:lavora} da {ORG}"],
    "pt": ["o meu banco {ORG} ligou", "o meu filho {W:mora} em {PLACE}", "a minha mulher {W:trabalha} na {ORG}"],
    "pl": ["mój bank {ORG} dzwonił", "mój syn {W:mieszka} w {PLACE}", "moja żona {W:pracuje} w {ORG}"],
    "sv": ["min bank {ORG} ringde", "min son {W:bor} i {PLACE}", "min fru {W:jobbar} på {ORG}"],
    "da": ["min bank {ORG} ringede", "min søn {W:bor} i {PLACE}", "min kone {W:arbejder} hos {ORG}"],
    "no": ["banken min {ORG} ringte", "min sønn {W:bor} i {PLACE}", "kona mi {W:jobber} i {ORG}"],
    "fi": ["pankkini {ORG} soitti", "poikani {W:asuu} {PLACE}", "vaimoni {W:työskentelee} {ORG}"],
    "cs": ["moje banka {ORG} volala", "můj syn {W:bydlí} v {PLACE}", "moje žena {W:pracuje} v {ORG}"],
    "hu": ["a bankom {ORG} hívott", "a fiam {W:lakik} {PLACE}", "a feleségem {W:dolgozik} {ORG}"],
    "tr": ["bankam {ORG} aradı", "oğlum {W:oturuyor} {PLACE}", "eşim {W:çalışıyor} {ORG}"],
    "ro": ["banca mea {ORG} a sunat", "fiul meu {W:locuiește} în {PLACE}", "soția mea {W:lucrează} la {ORG}"],
    "el": ["i trapeza mou {ORG} tilefonise", "o gios mou {W:menei} stin {PLACE}", "i gynaika mou {W:doulevei} stin {ORG}"],
}
PHONE_S = {
    "en": ["best number is {PH}", "reach me on {PH}"], "de": ["rückruf unter {PH}", "meine handynummer {PH}"],
    "fr": ["vous pouvez me joindre au {PH}", "mon portable {PH}"], "nl": ["je kunt me bereiken op {PH}", "mijn mobiel {PH}"],
    "es": ["mi móvil es el {PH}", "me puede llamar al {PH}"], "it": ["mi richiami al {PH}", "il cellulare è {PH}"],
    "pt": ["pode ligar para o {PH}", "o telemóvel é {PH}"], "pl": ["proszę dzwonić pod {PH}", "komórka {PH}"],
    "sv": ["du når mig på {PH}", "mobilnummer {PH}"], "da": ["du kan ringe på {PH}", "mobil {PH}"],
    "no": ["du når meg på {PH}", "telefon {PH}"], "fi": ["minut tavoittaa numerosta {PH}", "kännykkä {PH}"],
    "cs": ["můj mobil je {PH}", "volejte na {PH}"], "hu": ["a mobilom {PH}", "elérhető vagyok a {PH} számon"],
    "tr": ["telefonum {PH}", "beni {PH} numaradan arayın"], "ro": ["mă găsiți la {PH}", "mobilul meu e {PH}"],
    "el": ["to kinito mou {PH}", "tilefono {PH}"],
}
DOB_S = {
    "en": ["dob is {DOB}", "she was born {DOB}", "birthday {DOB}", "he was born on {DOB}"],
    "de": ["geboren am {DOB}", "er ist am {DOB} geboren", "geburtstag {DOB}"],
    "fr": ["née le {DOB}", "il est né le {DOB}", "date de naissance {DOB}"],
    "nl": ["geboren {DOB}", "hij is geboren op {DOB}"], "es": ["nació el {DOB}", "nacida el {DOB}", "fecha de nacimiento {DOB}"],
    "it": ["nata il {DOB}", "è nato il {DOB}"], "pt": ["nasceu a {DOB}", "nascida a {DOB}"],
    "pl": ["urodzona {DOB}", "urodził się {DOB}", "data urodzenia {DOB}"],
    "sv": ["född den {DOB}", "hon är född {DOB}"], "da": ["født {DOB}", "hun er født den {DOB}"],
    "no": ["født {DOB}", "han er født {DOB}"], "fi": ["syntynyt {DOB}", "syntymäpäivä {DOB}"],
    "cs": ["narozen {DOB}", "narodila se {DOB}"], "hu": ["született {DOB}", "születési ideje {DOB}"],
    "tr": ["doğum tarihi {DOB}", "{DOB} doğumlu", "doğum günü {DOB}"],
    "ro": ["născută pe {DOB}", "data nașterii {DOB}"], "el": ["gennithike stis {DOB}", "imerominia gennisis {DOB}"],
}
STREET_S = {
    "en": ["the viewing is at {ST}", "we're at {ST}", "it was handed in at {ST}", "send it to {ST}"],
    "de": ["die wohnung ist in der {ST}", "wir wohnen in der {ST}", "schicken sie es an {ST}"],
    "fr": ["j'habite au {ST}", "l'appartement est au {ST}", "envoyez-le au {ST}"],
    "nl": ["we wonen aan de {ST}", "het huis is op {ST}"], "es": ["vivimos en {ST}", "el piso está en {ST}"],
    "it": ["abitiamo in {ST}", "l'appartamento è in {ST}"], "pt": ["moramos na {ST}", "a casa fica na {ST}"],
    "pl": ["mieszkamy na {ST}", "mieszkanie jest na {ST}"], "sv": ["vi bor på {ST}", "lägenheten ligger på {ST}"],
    "da": ["vi bor på {ST}", "huset ligger på {ST}"], "no": ["vi bor i {ST}", "leiligheten er i {ST}"],
    "fi": ["asumme osoitteessa {ST}", "asunto on {ST}"], "cs": ["bydlíme na adrese {ST}", "byt je v ulici {ST}"],
    "hu": ["a lakás a {ST}", "lakcímem {ST}"], "tr": ["adres {ST}", "evimiz {ST}"],
    "ro": ["locuim pe {ST}", "apartamentul e pe {ST}"], "el": ["menoume stin {ST}", "to spiti einai stin {ST}"],
}
NEG_S = {
    "en": ["the viewing is on {NDATE}", "booking reference {CODE}", "the postcode is {CODE}",
           "that's {NUM} pounds", "see you at {TIME}", "we moved from {PLACE}", "claim number {NUM}"],
    "de": ["die besichtigung ist am {NDATE}", "buchungsnummer {CODE}", "das macht {NUM} euro",
           "um {TIME} uhr", "wir kommen aus {PLACE}"],
    "fr": ["la visite est le {NDATE}", "référence de dossier {CODE}", "ça coûte {NUM} euros",
           "rendez-vous à {TIME} heures", "on vient de {PLACE}"],
    "nl": ["de bezichtiging is op {NDATE}", "boekingscode {CODE}", "dat kost {NUM} euro", "om {TIME} uur"],
    "es": ["la visita es el {NDATE}", "localizador {CODE}", "son {NUM} euros", "a las {TIME}"],
    "it": ["la visita è il {NDATE}", "codice prenotazione {CODE}", "costa {NUM} euro", "alle {TIME}"],
    "pt": ["a visita é a {NDATE}", "referência {NUM}", "custa {NUM} euros", "às {TIME}"],
    "pl": ["oglądanie jest {NDATE}", "numer zgłoszenia {NUM}", "kosztuje {NUM} złotych", "o {TIME}"],
    "sv": ["visningen är den {NDATE}", "ärendenummer {NUM}", "det kostar {NUM} kronor", "klockan {TIME}"],
    "da": ["fremvisningen er den {NDATE}", "sagsnummer {NUM}", "det koster {NUM} kroner", "klokken {TIME}"],
    "no": ["visningen er {NDATE}", "saksnummer {NUM}", "det koster {NUM} kroner", "klokka {TIME}"],
    "fi": ["näyttö on {NDATE}", "viitenumero {NUM}", "se maksaa {NUM} euroa", "kello {TIME}"],
    "cs": ["prohlídka je {NDATE}", "číslo případu {NUM}", "stojí to {NUM} korun", "v {TIME} hodin"],
    "hu": ["a megtekintés {NDATE} lesz", "ügyszám {NUM}", "{NUM} forint", "{TIME} órakor"],
    "tr": ["randevu {NDATE}", "dosya numarası {NUM}", "{NUM} lira", "saat {TIME}"],
    "ro": ["vizionarea e pe {NDATE}", "numărul dosarului {NUM}", "costă {NUM} lei", "la ora {TIME}"],
    "el": ["i episkepsi einai stis {NDATE}", "arithmos fakelou {NUM}", "kostizei {NUM} evro", "stis {TIME}"],
}
NO_W = {"en": "sorry no", "de": "nee moment", "fr": "non attendez", "nl": "nee wacht", "es": "no espere",
        "it": "no aspetti", "pt": "não espere", "pl": "nie czekaj", "sv": "nej vänta", "da": "nej vent",
        "no": "nei vent", "fi": "ei hetkinen", "cs": "ne počkejte", "hu": "nem várjon", "tr": "hayır dur",
        "ro": "nu stați", "el": "ochi perimene"}
SPELLCUE = {"en": "spelled", "de": "buchstabiert", "fr": "je vous épelle", "nl": "ik spel het even",
            "es": "le deletreo", "it": "le faccio lo spelling", "pt": "soletrando", "pl": "przeliteruję",
            "sv": "jag bokstaverar", "da": "jeg staver det", "no": "jeg staver", "fi": "tavaan",
            "cs": "hláskuju", "hu": "betűzöm", "tr": "kodluyorum", "ro": "pe litere", "el": "sullavizo"}
FILL = {"en": ["um", "uh", "like", "sort of"], "de": ["äh", "halt"], "fr": ["euh", "bah"],
        "nl": ["eh", "nou"], "es": ["eh", "bueno"], "it": ["ehm", "cioè"], "pt": ["hum", "tipo"],
        "pl": ["yyy", "no więc"], "sv": ["eh", "typ"], "da": ["øh", "sådan"], "no": ["eh", "liksom"],
        "fi": ["öö", "tota"], "cs": ["ehm", "jako"], "hu": ["öö", "szóval"], "tr": ["şey", "hani"],
        "ro": ["ăă", "păi"], "el": ["ee", "loipon"]}
ORGS = ["lloyds", "hsbc", "commerzbank", "bnp paribas", "rabobank", "bbva", "unicredit", "millennium bcp",
        "pko bp", "swedbank", "jyske bank", "dnb", "nordea", "erste", "k&h", "garanti", "brd", "piraeus"]
PLACES = ["leeds", "kassel", "rennes", "utrecht", "sevilla", "bergamo", "coimbra", "poznań", "malmö",
          "aarhus", "trondheim", "oulu", "brno", "szeged", "izmir", "iași", "larisa"]


def num(lg):
    return said_number(lg, 0.45, 0.9)



def dob53(lg):
    """A birth in words, with the shapes spoken52 left pushed: Turkish teens, Polish `roku`,
    Spanish/Portuguese digit years after `de`."""
    y = rng.choice([y for y in range(1938, 2014) if y % 100])
    m = rng.randint(1, 12)
    d = rng.randint(10, 28) if lg == "tr" else rng.randint(1, 20)
    if lg in ("es", "pt") and rng.random() < 0.5:
        dw = card(lg, d) if d != 1 else ("primero" if lg == "es" else "um")
        return dw + " de " + month(lg, m) + " de " + str(y)
    if lg == "tr":
        return card(lg, d) + " " + month(lg, m) + " " + (year_words(lg, y) if rng.random() < 0.8 else str(y))
    s = dob_words(lg, y, m, d)
    if lg == "pl" and not s[-1].isdigit() and rng.random() < 0.7:
        s += " roku"
    return s


T = C  # the span writer: gen_typed_common.C


def full(lg, g, s):
    return s + " " + g if lg == "hu" else g + " " + s


def name_slot(tr, lg, g, s, mode):
    if rng.random() < 0.25:
        g, s = plain(g), plain(s)
    if mode == "correct":  # "anna sorry no hanna becker"
        g0 = rng.choice(REAL[lg][0])
        if g0 == g:
            g0 = g[:-1] + ("a" if g.endswith("e") else "e")
        tr.s("PERSON", g0 if lg != "hu" else s)
        tr.t(" " + NO_W[lg] + " ")
        tr.s("PERSON", full(lg, g, s))
    elif mode == "spell":
        tr.s("PERSON", full(lg, g, s))
        tr.t(" " + SPELLCUE[lg] + " " if rng.random() < 0.6 else " ")
        tr.s("PERSON", spell(lg, s))
    elif mode == "given":
        tr.s("PERSON", g if lg != "hu" else full(lg, g, s))
    else:
        tr.s("PERSON", full(lg, g, s))


def fill(tr, lg, tpl, g, s, nmode):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            tr.t(tpl[i:])
            break
        tr.t(tpl[i:j])
        k = tpl.index("}", j)
        key = tpl[j + 1:k]
        i = k + 1
        if key == "P":
            name_slot(tr, lg, g, s, nmode)
        elif key == "G":
            g2, s2 = person(lg)
            tr.s("PERSON", full(lg, g2, s2))
        elif key == "GG":
            tr.s("PERSON", person(lg)[0])
        elif key == "PH":
            tr.s("PHONE_NUMBER", phone(lg))
        elif key == "DOB":
            tr.s("DATE_OF_BIRTH", dob53(lg))
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
        elif key == "CODE":
            tr.s("NEG_CODE", code_spelled(lg))
        elif key.startswith("W:"):
            tr.s("NEG_WORD", key[2:])
        else:
            raise ValueError(key)


DOMAINS = ["estate agent viewing call", "insurance first notice of loss call", "lost property desk call",
           "funeral arrangement call", "school admissions phone line", "gp receptionist triage call",
           "bank fraud line recording", "podcast interview", "court reporter dictation",
           "voice note to my accountant", "vet reception call", "removal firm quote call",
           "job interview phone screen", "registry office appointment line"]
ROLES = {"estate": ("agent", "applicant"), "insurance": ("handler", "policyholder"), "lost": ("desk", "caller"),
         "funeral": ("arranger", "family"), "school": ("admissions", "parent"), "gp": ("receptionist", "patient"),
         "bank": ("fraud team", "customer"), "podcast": ("host", "guest"), "court": ("reporter", "reporter"),
         "voice": ("me", "me"), "vet": ("reception", "owner"), "removal": ("estimator", "customer"),
         "job": ("recruiter", "candidate"), "registry": ("registrar", "caller")}
ASK = {
    "en": "Summarise this {d} for the file", "de": "Fasse dieses Gesprächsprotokoll kurz zusammen",
    "fr": "Résume cet enregistrement pour le dossier", "nl": "Vat deze opname samen voor het dossier",
    "es": "Resume esta grabación para el expediente", "it": "Riassumi questa registrazione per la pratica",
    "pt": "Resume esta gravação para o processo", "pl": "Podsumuj to nagranie do akt",
    "sv": "Sammanfatta inspelningen till ärendet", "da": "Opsummer optagelsen til sagen",
    "no": "Oppsummer opptaket til saken", "fi": "Tiivistä tämä äänite asiakirjaan",
    "cs": "Shrň tento záznam do spisu", "hu": "Foglald össze ezt a felvételt az aktához",
    "tr": "Bu kaydı dosya için özetle", "ro": "Rezumă această înregistrare pentru dosar",
    "el": "Kane perilipsi aftis tis ichografisis gia to fakelo",
}


def transcript(lg, idx, one_turn):
    tr = T()
    g, s = person(lg)
    nmode = rng.choice(["plain", "plain", "correct", "spell", "spell", "spell", "given"])
    dom = DOMAINS[idx % len(DOMAINS)]
    roles = ROLES[dom.split()[0]]
    style = "plain" if one_turn else rng.choice(["plain", "turns", "stamps"])
    mixed = lg != "en" and rng.random() < 0.2  # an English agent, a caller in lg
    if one_turn:
        kinds = ["intro"] + rng.sample(["other", "dob", "street", "phone", "neg", "relneg"], rng.randint(1, 2))
    else:
        kinds = ["intro"] + rng.sample(["phone", "dob", "dob", "street", "street", "other", "other", "neg",
                                        "neg", "relneg"], rng.randint(3, 5))
        if rng.random() < 0.1:
            kinds = ["neg", "relneg", "neg"]
    clock = rng.randint(0, 600)
    for n, kind in enumerate(kinds):
        who = roles[1] if kind not in ("neg",) or rng.random() < 0.5 else roles[0]
        if style == "turns":
            tr.t(who + ": ")
        elif style == "stamps":
            tr.t("[%02d:%02d] %s " % (clock // 60 % 60, clock % 60,
                                      "spk_%d:" % (n % 2) if rng.random() < 0.5 else who + ":"))
        elif n:
            tr.t(" ")
        clock += rng.randint(3, 40)
        l2 = "en" if mixed and kind == "neg" else lg
        if rng.random() < 0.35:
            tr.t(rng.choice(FILL[l2]) + " ")
        tpl = rng.choice({"intro": INTRO, "other": OTHER, "phone": PHONE_S, "dob": DOB_S,
                          "street": STREET_S, "neg": NEG_S, "relneg": REL_NEG}[kind][l2])
        fill(tr, l2, tpl, g, s, nmode)
        if style != "plain":
            tr.t("\n")
    text = tr.text.rstrip("\n")
    return text, tr.spans, dom


def wrap(api, lg, idx, text, spans, ascii_, dom, ask):
    lead = ASK[lg].format(d=dom) + (" (%s):" % dom if lg != "en" else ":") + "\n\n" if ask else ""
    if api == "chat":
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": MARK % 0}]}
    elif api == "responses":
        body = {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": MARK % 0}]}]}
    elif api == "anthropic":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 800,
                "messages": [{"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]}
    else:
        body = {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}
    dumped = json.dumps(body, ensure_ascii=ascii_, separators=(",", ":") if idx % 2 else None)
    return place_text(dumped, MARK % 0, text, spans, lead=lead, ascii_=ascii_)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(459):
        lg = LANGS[i % len(LANGS)]
        one_turn = i % 5 == 1
        ask = i % 4 != 3
        text, spans, dom = transcript(lg, i // len(LANGS), one_turn)
        ascii_ = i % 3 == 0
        api = apis[(i // 5) % 4]
        t, sp = wrap(api, lg, i, text, spans, ascii_, dom, ask)
        json.loads(t)
        check_spans(t, sp)
        records.append(record(t, sp, len(records) % 100, {"locale": lg, "class": "spoken", "api": api,
                                                          "ascii": ascii_, "domain": dom,
                                                          "one_turn": one_turn, "ask": ask}))
    write_json(records)


if __name__ == "__main__":
    main()
