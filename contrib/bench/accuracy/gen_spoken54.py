#!/usr/bin/env python3
"""gen_spoken54.py: phones and births in words in speech-to-text, fourth round (tune set; branch
spoken54, written and committed before any detector rule was read for it and before hush was run
on it), from the public brief of the twenty-fourth blind set's spoken family and spoken51-53's
notes, in other domains than spoken51-53 and the brief: voicemail to a GP practice, radio call-in
shows, insurance claim calls, lost-and-found desk calls, taxi account bookings, utility meter
reading lines, helpline callbacks, boatyard and marina calls, pet-insurance claims, parcel
redelivery lines, hotel wake-up and concierge calls, council bulky-waste bookings.

Weighted toward phones read out in words in every language:
- digit by digit (`oh`, `zero`, `nul`, `null`, `zwo`), English `double`/`triple`, German
  `zweimal`, Italian `doppio`, Dutch `dubbel`, Spanish `doble`;
- pairs and hundreds (`zéro six douze trente-quatre`, `null eins siebzig`, `seven hundred`);
- digits and words mixed (`07 seven 3 double 4 ...`);
- corrections and fillers inside (`oh seven seven er sorry seven double oh ...`, `um`, `äh`):
  gold over the whole run from the first digit word to the last;
- country codes in words (`plus four four`, `plus vier neun`, `più tre nove`, `artı doksan`);
- short runs (fewer than 9 words, by pairs or hundreds).
Births in words (shared with spoken52/53, plus Greek births without a cue word and Norwegian `en`).
Look-alikes as NEG_ spans in the same shapes: meter readings, taxi account numbers, claim and
item references, amounts and times read in words (also with `double`), and pets, products and
boats after relation words and possessives (`my dog {PET}`, `vår hund {PET} var jätteduktig`,
`our boat {BOAT}`, `my baby {PET} the labrador`, `mein neuer {PRODUCT}`). 17 languages (en de fr
nl es it pt pl sv da no fi cs hu tr ro el in Latin letters), half the names invented, a fifth of
global origin. Every record one request body (chat completions, Responses, Anthropic, Gemini; a
third with \\uXXXX escapes, half compact); three in four with an ask line. Writes JSON
(names_tune3.json's format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL12, END12, check_spans, invent_syllables, record, write_json  # noqa: E402,E501
from gen_bodies import MARK, place_text  # noqa: E402
from gen_typed_common import C  # noqa: E402

rng = random.Random(20261206 + 54)

# Shared with gen_spoken53.py (identical there); its functions draw from this generator's rng.
import gen_spoken53  # noqa: E402
from gen_spoken53 import (  # noqa: E402
    LANGS, REAL, GLOBAL, NO_W, SPELLCUE, full)
gen_spoken53.rng = rng


SYL = dict(SYL12)
SYL.update({"da": ["sø", "bjør", "hol", "ren", "kjel", "lund", "dal", "tof"],
            "no": ["bjør", "sol", "hau", "vik", "tor", "lien", "stad", "gard"],
            "fi": ["kos", "mä", "vir", "hei", "lah", "ti", "jär", "kan"],
            "ro": ["bu", "cu", "ma", "ne", "dra", "ti", "lo", "vo"],
            "el": ["pa", "ni", "ko", "the", "dro", "sta", "li", "ma"]})
END = dict(END12)
END.update({"da": ["sen", "gaard", "strup"], "no": ["sen", "rud", "heim"], "fi": ["nen", "la", "o"],
            "ro": ["escu", "eanu", "aru"], "el": ["opoulos", "idis", "akis"]})


def plain(s):
    """s without diacritics (muller, francois), as a recogniser drops them."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def person(lg):
    r = rng.random()
    if r < 0.2:
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    if r < 0.55:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, SYL[lg], END[lg], False).lower(),
            invent_syllables(rng, SYL[lg], END[lg], True).lower())


# ---- number words, births and phones in words (gen_spoken_words.py, shared with spoken52/53) ------
import gen_spoken_words as _sw  # noqa: E402
_sw.rng = rng
from gen_spoken_words import (  # noqa: E402
    DIG, card, year_words, month, dob_words, phone_digits, ndate)

CC = {"en": "44", "de": "49", "fr": "33", "nl": "31", "es": "34", "it": "39", "pt": "351", "pl": "48",
      "sv": "46", "da": "45", "no": "47", "fi": "358", "cs": "420", "hu": "36", "tr": "90", "ro": "40",
      "el": "30"}
PLUS = {"it": "più", "es": "más", "pt": "mais", "tr": "artı", "hu": "plusz", "el": "syn"}
TWICE = {"en": ("double {d}", "triple {d}"), "de": ("zweimal die {d}", "dreimal die {d}"),
         "it": ("doppio {d}", "triplo {d}"), "nl": ("dubbel {d}", "drie keer {d}"),
         "es": ("doble {d}", "triple {d}"), "fr": ("deux fois {d}", "trois fois {d}")}
HUNDRED = {"en": "{d} hundred", "de": "{d}hundert", "nl": "{d}honderd"}
FILLER = {"en": ["um", "er", "uh"], "de": ["äh", "ähm"], "fr": ["euh"], "nl": ["eh", "ehm"],
          "es": ["eh", "este"], "it": ["ehm", "eh"], "pt": ["hum", "é"], "pl": ["yyy", "eee"],
          "sv": ["eh", "öh"], "da": ["øh"], "no": ["eh"], "fi": ["öö"], "cs": ["ehm"], "hu": ["öö"],
          "tr": ["ııı", "şey"], "ro": ["ăă"], "el": ["ee"]}
SORRY = {"en": ["sorry", "no sorry", "no wait"], "de": ["nein", "nee sorry", "falsch"],
         "fr": ["non pardon", "pardon"], "nl": ["nee sorry", "nee wacht"], "es": ["no perdón", "perdón"],
         "it": ["no scusi", "scusi"], "pt": ["não desculpe", "desculpe"], "pl": ["nie przepraszam"],
         "sv": ["nej förlåt", "förlåt"], "da": ["nej undskyld"], "no": ["nei unnskyld"],
         "fi": ["ei anteeksi"], "cs": ["ne pardon"], "hu": ["nem bocsánat"], "tr": ["pardon"],
         "ro": ["nu scuze"], "el": ["ochi signomi"]}


def dw(lg, c):
    return ("oh" if rng.random() < 0.6 else "zero") if (lg == "en" and c == "0") else \
        ("zwo" if lg == "de" and c == "2" and rng.random() < 0.4 else DIG[lg][int(c)])


def digit_words(lg, ds, twice=True):
    """ds digit by digit, with double/triple where the language says it."""
    out, k = [], 0
    while k < len(ds):
        c, n = ds[k], 1
        while k + n < len(ds) and ds[k + n] == c and n < 3:
            n += 1
        if twice and n >= 2 and lg in TWICE and rng.random() < 0.75:
            out.append(TWICE[lg][n - 2].format(d=dw(lg, c)))
            k += n
            continue
        out.append(dw(lg, c))
        k += 1
    return out


def group_words(lg, ds):
    """ds in groups: leading zeros digit by digit, then pairs (or an English hundred)."""
    out, k = [], 0
    while k < len(ds) and ds[k] == "0":
        out.append(dw(lg, "0"))
        k += 1
    while k < len(ds):
        rest = len(ds) - k
        if lg in HUNDRED and rest >= 3 and ds[k] != "0" and ds[k + 1:k + 3] == "00":
            out.append(HUNDRED[lg].format(d=DIG[lg][int(ds[k])]))
            k += 3
        elif rest >= 2 and ds[k] != "0":
            out.append(card(lg, int(ds[k:k + 2])))
            k += 2
        else:
            out.append(dw(lg, ds[k]))
            k += 1
    return out


def phone54(lg):
    """A phone read out in words, in one of the shapes spoken51-53 left; never plain digits."""
    ds = phone_digits(lg)
    shape = rng.choice(["digits", "digits", "twice", "pairs", "mixed", "correct", "filler", "cc", "cc"])
    if shape == "pairs" and lg == "en" and rng.random() < 0.5:
        ds = ds[:-3] + rng.choice("123456789") + "00"  # `six hundred`
    if shape == "cc":
        nat = ds[1:] if ds[0] == "0" else ds
        plus = PLUS.get(lg, "plus")
        cc = digit_words(lg, CC[lg], False) if rng.random() < 0.6 or len(CC[lg]) == 3 else [card(lg, int(CC[lg]))]
        body = digit_words(lg, nat) if rng.random() < 0.6 else group_words(lg, nat)
        return " ".join([plus] + cc + body)
    if shape == "pairs":
        return " ".join(group_words(lg, ds))
    if shape == "mixed":
        out = []
        for c in ds:
            out.append(c if rng.random() < 0.4 else dw(lg, c))
        if all(o.isdigit() for o in out):
            out[-1] = dw(lg, ds[-1])
        return " ".join(out)
    words = digit_words(lg, ds, shape != "digits" or rng.random() < 0.5)
    if shape == "correct":  # a wrong digit said, then taken back, inside the run
        k = rng.randint(2, max(2, len(words) - 3))
        wrong = DIG[lg][(DIG[lg].index(words[k - 1]) + 1) % 10] if words[k - 1] in DIG[lg] else DIG[lg][5]
        words = words[:k - 1] + [wrong, rng.choice(FILLER[lg]), rng.choice(SORRY[lg])] + words[k - 1:]
    elif shape == "filler":
        for _ in range(rng.randint(1, 2)):
            k = rng.randint(2, len(words) - 2)
            words.insert(k, rng.choice(FILLER[lg]))
    return " ".join(words)


def num54(lg):
    """A number read in words that is no phone: a meter reading, an account or item reference."""
    r = rng.random()
    n = rng.randint(4, 8)
    ds = str(rng.randint(10 ** (n - 1), 10 ** n - 1))
    if r < 0.6:
        return " ".join(digit_words(lg, ds))
    if r < 0.85:
        return " ".join(group_words(lg, ds))
    return card(lg, rng.randint(11, 99))


def time_words(lg):
    return card(lg, rng.randint(1, 12)) if rng.random() < 0.7 else "%d %02d" % (rng.randint(7, 18), rng.choice([0, 15, 30, 45]))


EL_DOB_BARE = ["{DOB}", "ime apo {DOB}", "{DOB} gennimeni"]


def dob54(lg):
    y = rng.choice([y for y in range(1938, 2014) if y % 100])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28) if lg in ("tr", "en", "fr", "es", "it", "pt", "ro", "el", "nl") else rng.randint(1, 20)
    if lg in ("es", "pt") and rng.random() < 0.3:
        dd = card(lg, d) if d != 1 else ("primero" if lg == "es" else "um")
        return dd + " de " + month(lg, m) + " de " + str(y)
    if lg in ("tr", "nl", "fr", "it", "ro", "el") or (lg in ("es", "pt") and d > 20) or (lg == "en" and d > 20):
        if lg == "en":
            return month(lg, m) + " " + card(lg, d) + " " + year_words(lg, y)
        dd = card(lg, d)
        if lg == "fr" and d == 1:
            dd = "premier"
        if lg == "ro" and d == 1:
            dd = "întâi"
        if lg == "el":
            dd = {1: "proti", 3: "tris", 4: "tesseris"}.get(d, dd)
        sep = " de " if lg in ("es", "pt") else " "
        return dd + sep + month(lg, m) + sep + (year_words(lg, y) if rng.random() < 0.85 else str(y))
    s = dob_words(lg, min(y, 2013), m, min(d, 20))
    if lg == "pl" and not s[-1].isdigit() and rng.random() < 0.5:
        s += " roku"
    return s


# ---- the sentences ------------------------------------------------------------------------------------
# {P} the caller, {G} another person's full name, {GG} a given name alone, {PH} a phone in words,
# {DOB} a birth, {ST} not used here; look-alikes {NUM} a meter reading or reference in words,
# {NDATE} an appointment date, {TIME} a time, {ORG} a firm, {PLACE} a place, {PET} a pet's name,
# {PROD} a product, {BOAT} a boat's name, {W:word} a word that is not a name.
INTRO = {
    "en": ["hi this is {P}", "it's {P} calling", "{P} here", "hello my name is {P}", "yeah hi {P} speaking"],
    "de": ["hallo hier ist {P}", "{P} hier", "mein name ist {P}", "guten tag hier spricht {P}"],
    "fr": ["bonjour c'est {P}", "ici {P}", "je m'appelle {P}", "oui bonjour {P} à l'appareil"],
    "nl": ["hallo met {P}", "je spreekt met {P}", "goedendag u spreekt met {P}"],
    "es": ["hola soy {P}", "le llama {P}", "buenos días me llamo {P}"],
    "it": ["buongiorno sono {P}", "pronto parla {P}", "mi chiamo {P}"],
    "pt": ["bom dia fala {P}", "olá é a {P}", "chamo-me {P}"],
    "pl": ["dzień dobry z tej strony {P}", "mówi {P}", "nazywam się {P}"],
    "sv": ["hej det är {P}", "hej jag heter {P}", "ja hej {P} här"],
    "da": ["hej det er {P}", "jeg hedder {P}", "goddag det er {P}"],
    "no": ["hei det er {P}", "jeg heter {P}", "hallo {P} her"],
    "fi": ["hei täällä {P}", "minun nimeni on {P}", "moi olen {P}"],
    "cs": ["dobrý den tady {P}", "jmenuju se {P}", "volá {P}"],
    "hu": ["jó napot {P} vagyok", "a nevem {P}", "szia {P} vagyok"],
    "tr": ["merhaba ben {P}", "adım {P}", "iyi günler ben {P}"],
    "ro": ["bună ziua sunt {P}", "mă numesc {P}", "aici e {P}"],
    "el": ["geia sas eimai o {P}", "legomai {P}", "kalimera edo {P}"],
}
PHONE_S = {
    "en": ["you can ring me back on {PH}", "my number is {PH}", "mobile's {PH}", "call me on {PH} any time",
           "the best number to get me is {PH}", "on {PH}", "landline {PH}"],
    "de": ["meine nummer ist {PH}", "rufen sie mich zurück unter {PH}", "handy {PH}", "erreichbar unter {PH}"],
    "fr": ["mon numéro c'est le {PH}", "rappelez-moi au {PH}", "portable {PH}", "joignable au {PH}"],
    "nl": ["mijn nummer is {PH}", "bel me terug op {PH}", "mobiel {PH}", "bereikbaar op {PH}"],
    "es": ["mi número es el {PH}", "llámeme al {PH}", "móvil {PH}", "me puede localizar en el {PH}"],
    "it": ["il mio numero è {PH}", "mi richiami al {PH}", "cellulare {PH}", "mi trova al {PH}"],
    "pt": ["o meu número é {PH}", "ligue-me para o {PH}", "telemóvel {PH}", "pode ligar para {PH}"],
    "pl": ["mój numer to {PH}", "proszę oddzwonić pod {PH}", "komórka {PH}", "numer telefonu {PH}"],
    "sv": ["mitt nummer är {PH}", "ring mig på {PH}", "mobil {PH}", "nås på {PH}"],
    "da": ["mit nummer er {PH}", "ring tilbage på {PH}", "mobil {PH}", "telefon {PH}"],
    "no": ["nummeret mitt er {PH}", "ring meg på {PH}", "mobil {PH}", "telefonnummer {PH}"],
    "fi": ["numeroni on {PH}", "soittakaa numeroon {PH}", "puhelin {PH}", "kännykkä {PH}"],
    "cs": ["moje číslo je {PH}", "zavolejte mi na {PH}", "mobil {PH}", "telefon {PH}"],
    "hu": ["a számom {PH}", "hívjon vissza a {PH} számon", "mobil {PH}", "telefonszámom {PH}"],
    "tr": ["numaram {PH}", "beni {PH} numaradan arayın", "cep {PH}", "telefon numaram {PH}"],
    "ro": ["numărul meu e {PH}", "sunați-mă la {PH}", "mobil {PH}", "telefonul meu {PH}"],
    "el": ["to noumero mou einai {PH}", "pareti me sto {PH}", "kinito {PH}", "tilefono {PH}"],
}
DOB_S = {
    "en": ["date of birth {DOB}", "i was born {DOB}", "he's born on {DOB}", "dob {DOB}"],
    "de": ["geburtsdatum {DOB}", "ich bin am {DOB} geboren", "geboren {DOB}"],
    "fr": ["né le {DOB}", "date de naissance {DOB}", "je suis née le {DOB}"],
    "nl": ["geboortedatum {DOB}", "geboren op {DOB}"], "es": ["nací el {DOB}", "fecha de nacimiento {DOB}"],
    "it": ["sono nato il {DOB}", "data di nascita {DOB}"], "pt": ["nasci a {DOB}", "data de nascimento {DOB}"],
    "pl": ["urodziłam się {DOB}", "data urodzenia {DOB}"], "sv": ["född {DOB}", "jag är född den {DOB}"],
    "da": ["født den {DOB}", "fødselsdato {DOB}"], "no": ["født {DOB}", "fødselsdato {DOB}"],
    "fi": ["synnyin {DOB}", "syntymäaika {DOB}"], "cs": ["narozena {DOB}", "datum narození {DOB}"],
    "hu": ["születtem {DOB}", "születési dátum {DOB}"], "tr": ["doğum tarihim {DOB}", "{DOB} doğumluyum"],
    "ro": ["m-am născut pe {DOB}", "data nașterii {DOB}"],
    "el": ["gennithika stis {DOB}", "imerominia gennisis {DOB}", "{DOB}", "eimai apo {DOB}"],
}
OTHER = {  # another person named after a relation word
    "en": ["my husband {G}", "my daughter {GG}", "the patient is my mum {G}", "my neighbour {GG}"],
    "de": ["mein mann {G}", "meine tochter {GG}", "meine mutter {G}"],
    "fr": ["mon mari {G}", "ma fille {GG}", "ma mère {G}"], "nl": ["mijn man {G}", "mijn dochter {GG}"],
    "es": ["mi marido {G}", "mi hija {GG}"], "it": ["mio marito {G}", "mia figlia {GG}"],
    "pt": ["o meu marido {G}", "a minha filha {GG}"], "pl": ["mój mąż {G}", "moja córka {GG}"],
    "sv": ["min man {G}", "min dotter {GG}"], "da": ["min mand {G}", "min datter {GG}"],
    "no": ["mannen min {G}", "dattera mi {GG}"], "fi": ["mieheni {G}", "tyttäreni {GG}"],
    "cs": ["můj manžel {G}", "moje dcera {GG}"], "hu": ["a férjem {G}", "a lányom {GG}"],
    "tr": ["eşim {G}", "kızım {GG}"], "ro": ["soțul meu {G}", "fiica mea {GG}"],
    "el": ["o andras mou {G}", "i kori mou {GG}"],
}
PETNEG = {  # pets, products and boats after relation words and possessives: no people
    "en": ["my dog {PET} ran off", "our cat {PET} is poorly", "my baby {PET} the labrador needs a claim",
           "my boy {PET} he's a spaniel", "our boat {BOAT} is on the pontoon", "my new {PROD} broke",
           "the wife's {PROD} stopped working", "my girl {PET} the tabby went missing"],
    "de": ["unser hund {PET} ist weggelaufen", "meine katze {PET} ist krank", "mein kleiner {PET} ist ein dackel",
           "unser boot {BOAT} liegt im hafen", "mein neuer {PROD} ist kaputt"],
    "fr": ["mon chien {PET} s'est sauvé", "notre chat {PET} est malade", "mon bébé {PET} c'est un caniche",
           "notre bateau {BOAT} est au port", "mon nouveau {PROD} est cassé"],
    "nl": ["onze hond {PET} is weggelopen", "mijn kat {PET} is ziek", "ons bootje {BOAT} ligt in de haven",
           "mijn nieuwe {PROD} doet het niet"],
    "es": ["mi perro {PET} se escapó", "nuestra gata {PET} está mala", "nuestro barco {BOAT} está en el puerto",
           "mi nuevo {PROD} no va"],
    "it": ["il mio cane {PET} è scappato", "la nostra gatta {PET} sta male", "la nostra barca {BOAT} è al porto",
           "il mio nuovo {PROD} non funziona"],
    "pt": ["o meu cão {PET} fugiu", "a nossa gata {PET} está doente", "o nosso barco {BOAT} está na marina",
           "o meu novo {PROD} avariou"],
    "pl": ["mój pies {PET} uciekł", "nasz kot {PET} był grzeczny", "nasza łódka {BOAT} stoi w porcie",
           "mój nowy {PROD} nie działa", "nasz piesek {PET} był grzeczny"],
    "sv": ["vår hund {PET} var jätteduktig", "min katt {PET} är sjuk", "vår båt {BOAT} ligger i hamnen",
           "min nya {PROD} funkar inte"],
    "da": ["vores hund {PET} er løbet væk", "min kat {PET} er syg", "vores båd {BOAT} ligger i havnen"],
    "no": ["hunden vår {PET} har stukket av", "katten min {PET} er syk", "båten vår {BOAT} ligger i havna"],
    "fi": ["koiramme {PET} karkasi", "kissani {PET} on sairas", "veneemme {BOAT} on satamassa"],
    "cs": ["náš pes {PET} utekl", "moje kočka {PET} je nemocná", "naše loď {BOAT} kotví v přístavu",
           "náš kocour {PET} byl hodný"],
    "hu": ["a kutyám {PET} elszökött", "a macskánk {PET} beteg", "a hajónk {BOAT} a kikötőben van"],
    "tr": ["köpeğim {PET} kaçtı", "kedimiz {PET} hasta", "teknemiz {BOAT} limanda"],
    "ro": ["câinele meu {PET} a fugit", "pisica noastră {PET} e bolnavă", "barca noastră {BOAT} e în port"],
    "el": ["o skylos mou o {PET} efyge", "i gata mas i {PET} einai arrosti", "to skafos mas {BOAT} einai sto limani"],
}
NEG_S = {
    "en": ["meter reading {NUM}", "taxi account number {NUM}", "claim reference {NUM}", "item number {NUM}",
           "that's {NUM} pounds", "pick up at {TIME}", "the appointment is {NDATE}"],
    "de": ["zählerstand {NUM}", "kundennummer {NUM}", "schadennummer {NUM}", "das kostet {NUM} euro", "um {TIME} uhr"],
    "fr": ["relevé du compteur {NUM}", "numéro de compte {NUM}", "numéro de sinistre {NUM}", "à {TIME} heures"],
    "nl": ["meterstand {NUM}", "klantnummer {NUM}", "schadenummer {NUM}", "om {TIME} uur"],
    "es": ["lectura del contador {NUM}", "número de cliente {NUM}", "número de siniestro {NUM}", "a las {TIME}"],
    "it": ["lettura del contatore {NUM}", "codice cliente {NUM}", "numero sinistro {NUM}", "alle {TIME}"],
    "pt": ["leitura do contador {NUM}", "número de cliente {NUM}", "número do sinistro {NUM}", "às {TIME}"],
    "pl": ["stan licznika {NUM}", "numer klienta {NUM}", "numer szkody {NUM}", "o {TIME}"],
    "sv": ["mätarställning {NUM}", "kundnummer {NUM}", "skadenummer {NUM}", "klockan {TIME}"],
    "da": ["målerstand {NUM}", "kundenummer {NUM}", "skadenummer {NUM}", "klokken {TIME}"],
    "no": ["målerstand {NUM}", "kundenummer {NUM}", "skadenummer {NUM}", "klokka {TIME}"],
    "fi": ["mittarilukema {NUM}", "asiakasnumero {NUM}", "vahinkonumero {NUM}", "kello {TIME}"],
    "cs": ["stav měřidla {NUM}", "zákaznické číslo {NUM}", "číslo škody {NUM}", "v {TIME} hodin"],
    "hu": ["mérőóra állás {NUM}", "ügyfélszám {NUM}", "kárszám {NUM}", "{TIME} órakor"],
    "tr": ["sayaç {NUM}", "müşteri numarası {NUM}", "hasar numarası {NUM}", "saat {TIME}"],
    "ro": ["indexul contorului {NUM}", "cod client {NUM}", "numărul daunei {NUM}", "la ora {TIME}"],
    "el": ["endeixi metriti {NUM}", "arithmos pelati {NUM}", "arithmos zimias {NUM}", "stis {TIME}"],
}
ORGS = ["uber", "addison lee", "british gas", "eon", "vattenfall", "enel", "edp", "pge", "fortum",
        "allianz", "axa", "generali", "mapfre", "dhl", "postnord", "turkcell", "digi", "cosmote"]
PLACES = ["leeds", "kassel", "nantes", "delft", "málaga", "parma", "braga", "łódź", "uppsala", "odense",
          "bergen", "tampere", "ostrava", "pécs", "bursa", "cluj", "patra"]
PETS = ["milo", "max", "luna", "bella", "rocky", "oscar", "nala", "teddy", "coco", "felix", "bruno", "lola"]
PRODS = ["iphone", "kindle", "thermomix", "roomba", "galaxy", "dyson", "fitbit", "nespresso"]
BOATS = ["sea breeze", "marianne", "lady grace", "freya", "bonnie jean", "aurora", "santa maria"]
DOMAINS = ["voicemail to a gp practice", "radio call-in show", "insurance claim call", "lost and found desk call",
           "taxi account booking", "utility meter reading line", "helpline callback", "marina office call",
           "pet insurance claim call", "parcel redelivery line", "hotel concierge call", "bulky waste booking"]
ROLES = ["operator", "caller", "host", "agent", "desk", "driver", "advisor", "spk_0", "spk_1"]
ASK = {
    "en": "Write up this {d} transcript for the ticket", "de": "Schreib das Transkript für das Ticket zusammen",
    "fr": "Fais un compte rendu de cette transcription", "nl": "Maak een verslag van dit transcript",
    "es": "Resume esta transcripción para el ticket", "it": "Riassumi questa trascrizione per il ticket",
    "pt": "Resume esta transcrição para o pedido", "pl": "Streść tę transkrypcję do zgłoszenia",
    "sv": "Sammanfatta transkriptionen till ärendet", "da": "Sammenfat transskriptionen til sagen",
    "no": "Oppsummer transkripsjonen til saken", "fi": "Tiivistä tämä litterointi tikettiin",
    "cs": "Shrň tento přepis do tiketu", "hu": "Foglald össze ezt az átiratot a jegyhez",
    "tr": "Bu dökümü bilet için özetle", "ro": "Rezumă această transcriere pentru tichet",
    "el": "Grapse mia perilipsi aftis tis apomagnitofonisis",
}


def spell(lg, s):
    """The surname spelled letter by letter (spelling alphabets were spoken53's)."""
    w = s.replace(" ", "")
    if lg == "de":
        w = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    w = "".join(c for c in plain(w) if "a" <= c <= "z")
    return rng.choice([" ", " ", "-"]).join(w)


T = C  # the span writer: gen_typed_common.C


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
            tr.s("PHONE_NUMBER", phone54(lg))
        elif key == "DOB":
            tr.s("DATE_OF_BIRTH", dob54(lg))
        elif key == "NDATE":
            tr.s("NEG_DATE", ndate(lg))
        elif key == "NUM":
            tr.s("NEG_NUMBER", num54(lg))
        elif key == "TIME":
            tr.s("NEG_TIME", time_words(lg))
        elif key == "ORG":
            tr.s("NEG_ORG", rng.choice(ORGS))
        elif key == "PLACE":
            tr.s("NEG_PLACE", rng.choice(PLACES))
        elif key == "PET":
            tr.s("NEG_PET", rng.choice(PETS))
        elif key == "PROD":
            tr.s("NEG_PRODUCT", rng.choice(PRODS))
        elif key == "BOAT":
            tr.s("NEG_BOAT", rng.choice(BOATS))
        else:
            raise ValueError(key)


def transcript(lg, idx, one_turn):
    tr = T()
    g, s = person(lg)
    nmode = rng.choice(["plain", "plain", "plain", "correct", "spell", "given"])
    dom = DOMAINS[idx % len(DOMAINS)]
    style = "plain" if one_turn else rng.choice(["plain", "turns", "stamps"])
    mixed = lg != "en" and rng.random() < 0.2  # an English agent, a caller in lg
    if one_turn:
        kinds = ["intro", "phone"] + rng.sample(["dob", "petneg", "neg", "phone"], rng.randint(1, 2))
    else:
        kinds = ["intro"] + rng.sample(["phone", "phone", "dob", "dob", "other", "petneg", "petneg", "neg",
                                        "neg"], rng.randint(3, 5))
        if "phone" not in kinds:
            kinds.append("phone")
        if rng.random() < 0.1:
            kinds = ["neg", "petneg", "neg"]
    clock = rng.randint(0, 600)
    for n, kind in enumerate(kinds):
        if style == "turns":
            tr.t(rng.choice(ROLES) + ": ")
        elif style == "stamps":
            tr.t("[%02d:%02d] %s: " % (clock // 60 % 60, clock % 60, rng.choice(ROLES)))
        elif n:
            tr.t(" ")
        clock += rng.randint(3, 40)
        l2 = "en" if mixed and kind == "neg" else lg
        if rng.random() < 0.3:
            tr.t(rng.choice(FILLER[l2]) + " ")
        tpl = rng.choice({"intro": INTRO, "other": OTHER, "phone": PHONE_S, "dob": DOB_S,
                          "neg": NEG_S, "petneg": PETNEG}[kind][l2])
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
    for i in range(451):
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


main()
