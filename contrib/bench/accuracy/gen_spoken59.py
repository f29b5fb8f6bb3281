#!/usr/bin/env python3
"""gen_spoken59.py: people, streets, births and phones in speech-to-text transcripts, fifth round
(tune set; branch spoken59, written and committed before hush was run on it), from the public brief
of the twenty-fourth blind set's spoken family, spoken51-54's and dob58's notes ("Left": dates in
words, 0 of 42 found) and my own idea of call-centre, voicemail, dictation and meeting transcripts
as Whisper (no speakers, lower case), Google STT (`Speaker 1:`), Teams (`[00:01:23] Name:` and VTT
`<v Name>`) and role-labelled (`agent:`) output; a third truecased (names and turn starts in
capitals).

Values (gold):
- births in words under a birth cue with days above twenty and the shapes people say: `the
  twenty fourth of march nineteen eighty seven`, `march the fourth eighty seven`, `vierter märz
  neunzehnhundertsiebenundachtzig`, `am vierundzwanzigsten dritten ...`, `le quatre mars mil neuf
  cent quatre-vingt-sept`, `cuatro de marzo de mil novecientos ochenta y siete`, `il ventiquattro
  marzo millenovecentottantasette`, `vierentwintig maart negentienhonderd...`, `vinte e quatro de
  março de mil novecentos e oitenta e sete`; births as digits said one by one (`oh four oh three
  one nine eight seven`, `null vier null drei neunzehn siebenundachtzig`); a filler or a repeated
  word inside; other languages through gen_spoken_words.dob_words;
- names after many intro phrases per language, self-corrected (`my name is X no Y Z`), surnames
  spelled (`k e l l e r`, `k as in kilo e l l e r`, `K-E-L-L-E-R`, national alphabets): each
  spelling its own PERSON span; Teams speakers' names;
- streets with house numbers in words in both orders (`twelve baker street`, `hauptstraße zwölf`);
- phones in words in each language, fillers and repeats inside (gen_spoken_words.phone plus pairs).
Look-alikes (NEG_, as many as the values): appointment, delivery and due dates in the same words
(with a year after this one or none), order, meter and parcel numbers read digit by digit, amounts,
ages and counts in words, times, postcodes, reg plates and reference codes spelled letter by
letter, and words that are names elsewhere (`will`, `mark`, `rose`, `pierre`, `mai`). 17
languages (en de fr nl es it pt pl sv da no fi cs hu tr ro el in Latin letters), languages mixed
in a call. Every record one request body (four APIs, a third with \\uXXXX escapes, half compact).
Writes JSON (names_tune3.json's format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, record, write_json  # noqa: E402
from gen_bodies import MARK, place_text  # noqa: E402
from gen_typed_common import C  # noqa: E402

rng = random.Random(20261207 + 59)
import gen_spoken53  # noqa: E402
gen_spoken53.rng = rng
import gen_spoken_words as sw  # noqa: E402
sw.rng = rng
from gen_spoken53 import LANGS, ALPHA_WORDS, ALPHA_FORMS, plain, person, FILL  # noqa: E402
from gen_spoken_words import DIG, ORD, card, year_words, month, dob_words, phone  # noqa: E402

TRUE = False  # the current record is truecased


def cap(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" ")) if TRUE else s


# ---- births -------------------------------------------------------------------------------------
EN_ORD_TENS = {20: "twentieth", 30: "thirtieth"}


def en_ord(d):
    if d <= 20:
        return ORD["en"][d - 1]
    t, u = divmod(d, 10)
    return EN_ORD_TENS[t * 10] if u == 0 else ("twenty " if t == 2 else "thirty ") + ORD["en"][u - 1]


DE_ORD_NOM = "erster zweiter dritter vierter fünfter sechster siebter achter neunter zehnter elfter zwölfter".split()


def de_ord(d, nom):
    if d <= 19:
        w = ORD["de"][d - 1]
    else:
        w = card("de", d) + "sten"
    return w[:-1] + "r" if nom and w.endswith("en") else w


def short_year(lg, y):
    return card(lg, y % 100) if y % 100 >= 10 else str(y)


def said_digits(lg, s):
    return " ".join(("oh" if rng.random() < 0.6 else "zero") if lg == "en" and c == "0" else DIG[lg][int(c)]
                    for c in s)


def dob59(lg):
    y = rng.choice([y for y in range(1941, 2012) if y % 100 >= 10])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mo = month(lg, m)
    r = rng.random()
    if r < 0.15 and lg in ("en", "de", "fr", "es", "it", "nl", "pt"):  # digits one by one
        ds = "%02d%02d%d" % ((m, d, y) if lg == "en" and rng.random() < 0.5 else (d, m, y))
        return said_digits(lg, ds)
    ys = year_words(lg, y) if rng.random() < 0.75 else (str(y) if rng.random() < 0.5 else short_year(lg, y))
    if lg == "en":
        return rng.choice(["the " + en_ord(d) + " of " + mo + " " + ys, en_ord(d) + " of " + mo + " " + ys,
                           mo + " the " + en_ord(d) + " " + ys, mo + " " + en_ord(d) + " " + ys,
                           mo + " " + card("en", d) + " " + ys])
    if lg == "de":
        if rng.random() < 0.25:
            return "am " + de_ord(d, False) + " " + de_ord(m, False) + " " + ys
        return de_ord(d, rng.random() < 0.5) + " " + mo + " " + ys
    dw = card(lg, d) if d > 1 else {"fr": "premier", "es": "uno", "it": "primo", "pt": "um"}.get(lg, card(lg, d))
    if lg == "fr":
        return dw + " " + mo + " " + ys
    if lg in ("es", "pt"):
        return dw + " de " + mo + " de " + ys
    if lg == "it":
        return dw + " " + mo + " " + ys
    if lg == "nl":
        return dw + " " + mo + " " + ys
    return dob_words(lg, y, m, min(d, 20))


def ndate59(lg):
    """An appointment, delivery or due date in the same words: this year's or later, or none."""
    y = rng.choice([2026, 2027, 2028])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mo = month(lg, m)
    yw = "" if rng.random() < 0.5 else " " + (year_words(lg, y) if lg not in ("en",) else "twenty " + card("en", y % 100))
    if lg == "en":
        return rng.choice(["the " + en_ord(d) + " of " + mo, mo + " the " + en_ord(d)]) + yw
    if lg == "de":
        return de_ord(d, False) + " " + mo + yw
    if lg in ("fr", "es", "it", "nl", "pt"):
        dw = card(lg, d) if d > 1 else "premier" if lg == "fr" else card(lg, d)
        return dw + (" de " if lg in ("es", "pt") else " ") + mo + yw
    return sw.ndate(lg)


DOB_CUE = {
    "en": ["date of birth is {DOB}", "i was born on {DOB}", "dob {DOB}", "born {DOB}", "and my birthday is {DOB}"],
    "de": ["geburtsdatum {DOB}", "ich bin am {DOB} geboren", "geboren {DOB}", "mein geburtstag ist der {DOB}"],
    "fr": ["date de naissance {DOB}", "je suis née le {DOB}", "né le {DOB}", "ma date de naissance c'est le {DOB}"],
    "es": ["fecha de nacimiento {DOB}", "nací el {DOB}", "nacido el {DOB}"],
    "it": ["data di nascita {DOB}", "sono nata il {DOB}", "nato il {DOB}", "sono del {DOB}"],
    "nl": ["geboortedatum {DOB}", "ik ben geboren op {DOB}", "geboren op {DOB}"],
    "pt": ["data de nascimento {DOB}", "nasci a {DOB}", "nascido em {DOB}"],
    "pl": ["data urodzenia {DOB}", "urodziłam się {DOB}"], "sv": ["födelsedatum {DOB}", "jag är född {DOB}"],
    "da": ["fødselsdato {DOB}", "jeg er født {DOB}"], "no": ["fødselsdato {DOB}", "jeg er født {DOB}"],
    "fi": ["syntymäaika {DOB}", "olen syntynyt {DOB}"], "cs": ["datum narození {DOB}", "narodila jsem se {DOB}"],
    "hu": ["születési dátum {DOB}", "születtem {DOB}"], "tr": ["doğum tarihim {DOB}", "{DOB} doğumluyum"],
    "ro": ["data nașterii {DOB}", "m-am născut pe {DOB}"], "el": ["imerominia gennisis {DOB}", "gennithika stis {DOB}"],
}
NDATE_S = {
    "en": ["the appointment is on {NDATE}", "delivery {NDATE}", "can we do {NDATE}", "due {NDATE}",
           "renewal on {NDATE}"],
    "de": ["der termin ist am {NDATE}", "lieferung am {NDATE}", "fällig am {NDATE}"],
    "fr": ["le rendez-vous est le {NDATE}", "livraison le {NDATE}", "échéance le {NDATE}"],
    "es": ["la cita es el {NDATE}", "entrega el {NDATE}", "vence el {NDATE}"],
    "it": ["l'appuntamento è il {NDATE}", "consegna il {NDATE}", "scade il {NDATE}"],
    "nl": ["de afspraak is op {NDATE}", "levering op {NDATE}"], "pt": ["a consulta é a {NDATE}", "entrega a {NDATE}"],
    "pl": ["wizyta jest {NDATE}", "dostawa {NDATE}"], "sv": ["tiden är den {NDATE}", "leverans {NDATE}"],
    "da": ["tiden er den {NDATE}", "levering {NDATE}"], "no": ["timen er {NDATE}", "levering {NDATE}"],
    "fi": ["aika on {NDATE}", "toimitus {NDATE}"], "cs": ["termín je {NDATE}", "dodání {NDATE}"],
    "hu": ["az időpont {NDATE}", "szállítás {NDATE}"], "tr": ["randevu {NDATE}", "teslimat {NDATE}"],
    "ro": ["programarea e pe {NDATE}", "livrarea pe {NDATE}"], "el": ["to rantevou einai stis {NDATE}"],
}

# ---- names ----------------------------------------------------------------------------------------
INTRO = {
    "en": ["my name is {P}", "hi this is {P} calling", "yeah it's {P}", "you've reached {P}", "{P} speaking",
           "the account holder is {P}", "this is a message for {G} from {P}", "morning {P} here"],
    "de": ["mein name ist {P}", "ja hallo {P} hier", "hier spricht {P}", "ich heiße {P}", "sie sprechen mit {P}"],
    "fr": ["je m'appelle {P}", "bonjour c'est {P}", "ici {P}", "mon nom est {P}", "c'est de la part de {P}"],
    "nl": ["mijn naam is {P}", "u spreekt met {P}", "ik ben {P}", "hoi met {P}"],
    "es": ["me llamo {P}", "mi nombre es {P}", "le habla {P}", "soy {P}"],
    "it": ["mi chiamo {P}", "il mio nome è {P}", "sono {P}", "parla {P}"],
    "pt": ["o meu nome é {P}", "chamo-me {P}", "fala a {P}", "meu nome é {P}"],
    "pl": ["nazywam się {P}", "mam na imię {P}", "tu {P}"], "sv": ["jag heter {P}", "mitt namn är {P}"],
    "da": ["jeg hedder {P}", "mit navn er {P}"], "no": ["jeg heter {P}", "navnet mitt er {P}"],
    "fi": ["nimeni on {P}", "minä olen {P}"], "cs": ["jmenuji se {P}", "moje jméno je {P}"],
    "hu": ["a nevem {P}", "{P} vagyok"], "tr": ["adım {P}", "benim adım {P}", "ben {P}"],
    "ro": ["mă numesc {P}", "numele meu este {P}"], "el": ["me lene {P}", "to onoma mou einai {P}"],
}
SPELL_CUE = {"en": ["that's", "spelled", "surname"], "de": ["das ist", "buchstabiert"], "fr": ["ça s'écrit", "j'épelle"],
             "nl": ["gespeld"], "es": ["se escribe"], "it": ["si scrive"], "pt": ["escreve-se"], "pl": ["literuję"],
             "sv": ["stavas"], "da": ["staves"], "no": ["stavet"], "fi": ["kirjoitetaan"], "cs": ["píše se"],
             "hu": ["betűzve"], "tr": ["harfleri"], "ro": ["se scrie"], "el": ["grafete"]}
CORR = {"en": ["no sorry", "no wait", "i mean"], "de": ["nein", "nee moment", "ich meine"], "fr": ["non pardon", "enfin"],
        "nl": ["nee sorry"], "es": ["no perdón", "digo"], "it": ["no scusi", "cioè"], "pt": ["não desculpe"],
        "pl": ["nie przepraszam"], "sv": ["nej förlåt"], "da": ["nej undskyld"], "no": ["nei unnskyld"],
        "fi": ["ei anteeksi"], "cs": ["ne pardon"], "hu": ["nem bocsánat"], "tr": ["yok pardon"],
        "ro": ["nu scuze"], "el": ["ochi signomi"]}
NATO = ALPHA_WORDS["en"].split()


def spelled(lg, s, code=False):
    w = "".join(c for c in plain(s.replace(" ", "")).lower() if "a" <= c <= "z" or c.isdigit())
    r = rng.random()
    if r < 0.2:
        return "-".join(w.upper())
    if r < 0.45 and not code:  # only the first letter with a word
        return w[0] + rng.choice([" as in ", " for ", " like "]) + NATO[ord(w[0]) - 97] + " " + " ".join(w[1:])
    if r < 0.7 and lg in ALPHA_FORMS:
        form = rng.choice(ALPHA_FORMS[lg])
        al = ALPHA_WORDS[lg].split()
        return " ".join(form.format(l=c, w=al[ord(c) - 97]) if c.isalpha() else DIG[lg][int(c)] for c in w)
    if r < 0.8:
        return " ".join(c if c.isalpha() else DIG[lg][int(c)] for c in w) if code else ". ".join(w) + "."
    return " ".join(c if c.isalpha() else DIG[lg][int(c)] for c in w)


def name_value(tr, lg, g, s, mode):
    full = cap(s + " " + g if lg == "hu" else g + " " + s)
    if mode == "correct":
        g2, s2 = person(lg)
        tr.s("PERSON", cap(g2 + " " + s2) if rng.random() < 0.5 else cap(g2))
        tr.t(" " + rng.choice(CORR[lg]) + " ")
        tr.s("PERSON", full)
    elif mode == "repeat":
        w0 = full.split(" ")[0]
        tr.s("PERSON", w0)
        tr.t(" " + rng.choice(FILL[lg]) + " ")
        tr.s("PERSON", full)
    elif mode == "spell":
        tr.s("PERSON", full)
        tr.t(" " + rng.choice(SPELL_CUE[lg]) + " " if rng.random() < 0.7 else " ")
        tr.s("PERSON", spelled(lg, s))
    else:
        tr.s("PERSON", full)


# ---- streets -----------------------------------------------------------------------------------
STREET = {
    "en": ["{n} {s} street", "{n} {s} road", "number {n} {s} close", "flat {n2} {n} {s} avenue"],
    "de": ["{s}straße {n}", "{s}weg {n}", "{s}gasse {n}"], "fr": ["{n} rue {s}", "{n} avenue {s}"],
    "nl": ["{s}straat {n}", "{s}laan {n}"], "es": ["calle {s} {n}", "avenida {s} número {n}"],
    "it": ["via {s} {n}", "via {s} numero {n}"], "pt": ["rua {s} {n}", "avenida {s} número {n}"],
    "pl": ["ulica {s} {n}"], "sv": ["{s}gatan {n}"], "da": ["{s}vej {n}"], "no": ["{s}veien {n}"],
    "fi": ["{s}katu {n}"], "cs": ["ulice {s} {n}"], "hu": ["{s} utca {n}"], "tr": ["{s} sokak numara {n}"],
    "ro": ["strada {s} numărul {n}"], "el": ["odos {s} {n}"]}
SNAME = {"en": ["baker", "station", "kingsley", "mill", "albion"], "de": ["haupt", "linden", "garten", "mühlen"],
         "fr": ["des acacias", "de la gare", "victor hugo"], "nl": ["kerk", "beuken", "linden"],
         "es": ["mayor", "de alcalá", "del sol"], "it": ["roma", "garibaldi", "dei mille"], "pt": ["da paz", "da liberdade"],
         "pl": ["ogrodowa", "lipowa"], "sv": ["kungs", "skol"], "da": ["bøge", "skole"], "no": ["kirke", "bjørke"],
         "fi": ["koulu", "kirkko"], "cs": ["husova", "palackého"], "hu": ["petőfi", "kossuth"], "tr": ["lale", "gül"],
         "ro": ["florilor", "unirii"], "el": ["ermou", "athinas"]}
STREET_S = {"en": ["i live at {ST}", "the address is {ST}", "we're at {ST}", "send it to {ST}"],
            "de": ["ich wohne in der {ST}", "adresse ist {ST}", "wir wohnen {ST}"],
            "fr": ["j'habite au {ST}", "l'adresse c'est {ST}"], "nl": ["ik woon op de {ST}", "adres is {ST}"],
            "es": ["vivo en la {ST}", "la dirección es {ST}"], "it": ["abito in {ST}", "l'indirizzo è {ST}"],
            "pt": ["moro na {ST}", "a morada é {ST}"], "pl": ["mieszkam na {ST}"], "sv": ["jag bor på {ST}"],
            "da": ["jeg bor på {ST}"], "no": ["jeg bor i {ST}"], "fi": ["asun osoitteessa {ST}"],
            "cs": ["bydlím v {ST}"], "hu": ["a címem {ST}"], "tr": ["adresim {ST}"], "ro": ["locuiesc pe {ST}"],
            "el": ["meno stin {ST}"]}


def street59(lg):
    n = rng.randint(2, 89)
    nw = card(lg, n) if rng.random() < 0.85 else " ".join(DIG[lg][int(c)] for c in str(n))
    return rng.choice(STREET[lg]).format(n=nw, n2=card(lg, rng.randint(1, 9)), s=rng.choice(SNAME[lg]))


# ---- phones -------------------------------------------------------------------------------------
PHONE_S = {"en": ["you can call me back on {PH}", "my mobile is {PH}", "number is {PH}"],
           "de": ["meine nummer ist {PH}", "erreichbar unter {PH}", "handy {PH}"],
           "fr": ["mon numéro c'est le {PH}", "rappelez-moi au {PH}"], "nl": ["mijn nummer is {PH}", "bel me op {PH}"],
           "es": ["mi teléfono es el {PH}", "llámeme al {PH}"], "it": ["il mio numero è {PH}", "mi chiami al {PH}"],
           "pt": ["o meu número é {PH}", "ligue para {PH}"], "pl": ["mój numer to {PH}"], "sv": ["mitt nummer är {PH}"],
           "da": ["mit nummer er {PH}"], "no": ["nummeret mitt er {PH}"], "fi": ["numeroni on {PH}"],
           "cs": ["moje číslo je {PH}"], "hu": ["a számom {PH}"], "tr": ["numaram {PH}"],
           "ro": ["numărul meu e {PH}"], "el": ["o arithmos mou einai {PH}"]}


def phone59(lg):
    p = phone(lg)
    if " " in p and not p[0].isdigit() and rng.random() < 0.3:  # a filler or a repeated digit inside
        ws = p.split(" ")
        k = rng.randint(2, len(ws) - 2)
        ins = rng.choice(FILL[lg]) if rng.random() < 0.6 else ws[k - 1]
        p = " ".join(ws[:k] + [ins] + ws[k:])
    return p


# ---- look-alikes --------------------------------------------------------------------------------
NEG_S = {
    "en": ["order number {DIGS}", "meter reading {DIGS}", "the parcel is {CODE}", "postcode {CODE}", "reg {CODE}",
           "it came to {AMT} pounds", "she's {AMT}", "about {TIME} o'clock", "ask {W:will} about it", "{W:mark} it as done"],
    "de": ["bestellnummer {DIGS}", "zählerstand {DIGS}", "kennzeichen {CODE}", "das waren {AMT} euro",
           "sie ist {AMT} jahre alt", "um {TIME} uhr", "vorgangsnummer {CODE}", "im {W:mai}"],
    "fr": ["numéro de commande {DIGS}", "relevé du compteur {DIGS}", "référence {CODE}", "ça fait {AMT} euros",
           "il a {AMT} ans", "à {TIME} heures", "la {W:pierre} du mur"],
    "es": ["número de pedido {DIGS}", "lectura del contador {DIGS}", "matrícula {CODE}", "son {AMT} euros",
           "tiene {AMT} años", "a las {TIME}", "la {W:rosa} del jardín"],
    "it": ["numero d'ordine {DIGS}", "lettura del contatore {DIGS}", "targa {CODE}", "sono {AMT} euro",
           "ha {AMT} anni", "alle {TIME}", "la {W:rosa} rossa"],
    "nl": ["bestelnummer {DIGS}", "meterstand {DIGS}", "kenteken {CODE}", "dat is {AMT} euro", "om {TIME} uur"],
    "pt": ["número da encomenda {DIGS}", "leitura do contador {DIGS}", "matrícula {CODE}", "são {AMT} euros"],
    "pl": ["numer zamówienia {DIGS}", "stan licznika {DIGS}", "to {AMT} złotych"],
    "sv": ["ordernummer {DIGS}", "mätarställning {DIGS}", "det blir {AMT} kronor"],
    "da": ["ordrenummer {DIGS}", "målerstand {DIGS}", "det bliver {AMT} kroner"],
    "no": ["ordrenummer {DIGS}", "målerstand {DIGS}", "det blir {AMT} kroner"],
    "fi": ["tilausnumero {DIGS}", "mittarilukema {DIGS}", "se on {AMT} euroa"],
    "cs": ["číslo objednávky {DIGS}", "stav měřiče {DIGS}", "to je {AMT} korun"],
    "hu": ["rendelésszám {DIGS}", "mérőállás {DIGS}", "{AMT} forint"],
    "tr": ["sipariş numarası {DIGS}", "sayaç {DIGS}", "{AMT} lira"],
    "ro": ["numărul comenzii {DIGS}", "indexul contorului {DIGS}", "face {AMT} lei"],
    "el": ["arithmos paraggelias {DIGS}", "endeixi metriti {DIGS}", "kanei {AMT} evro"],
}


def code59(lg):
    k = rng.randint(5, 7)
    s = "".join(rng.choice("abcdefghjklmnprstuvwxyz") if i % 3 != 2 else rng.choice("0123456789") for i in range(k))
    return spelled(lg, s, code=True)


# ---- transcripts ----------------------------------------------------------------------------------
T = C  # the span writer: gen_typed_common.C


def fill(tr, lg, tpl, g, s, nmode):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            tr.t(tpl[i:])
            return
        tr.t(tpl[i:j])
        k = tpl.index("}", j)
        key, i = tpl[j + 1:k], k + 1
        if key == "P":
            name_value(tr, lg, g, s, nmode)
        elif key == "G":
            g2, s2 = person(lg)
            tr.s("PERSON", cap(g2 + " " + s2))
        elif key == "DOB":
            v = dob59(lg)
            if rng.random() < 0.15 and " " in v:  # a filler inside
                a, b = v.split(" ", 1)
                v = a + " " + rng.choice(FILL[lg]) + " " + b
            tr.s("DATE_OF_BIRTH", v)
        elif key == "NDATE":
            tr.s("NEG_DATE", ndate59(lg))
        elif key == "PH":
            tr.s("PHONE_NUMBER", phone59(lg))
        elif key == "ST":
            tr.s("STREET_ADDRESS", street59(lg))
        elif key == "DIGS":
            tr.s("NEG_NUMBER", " ".join(DIG[lg][int(c)] for c in str(rng.randint(10 ** 5, 10 ** 8))))
        elif key == "AMT":
            tr.s("NEG_NUMBER", card(lg, rng.randint(11, 99)))
        elif key == "TIME":
            tr.s("NEG_TIME", card(lg, rng.randint(1, 12)))
        elif key == "CODE":
            tr.s("NEG_CODE", code59(lg))
        elif key.startswith("W:"):
            tr.s("NEG_WORD", key[2:])
        else:
            raise ValueError(key)


DOMAINS = ["bank fraud line", "gp surgery voicemail", "dictated referral letter", "team meeting", "broadband support",
           "pharmacy repeat prescription", "car hire desk", "school office voicemail", "pension helpline",
           "vet appointment line", "gym membership call", "council tax line"]
ROLES = ["agent", "caller", "operator", "customer", "advisor", "patient", "receptionist"]
ASK = {"en": "Summarise this {d} transcript", "de": "Fasse dieses Transkript zusammen", "fr": "Résume cette transcription",
       "nl": "Vat dit transcript samen", "es": "Resume esta transcripción", "it": "Riassumi questa trascrizione",
       "pt": "Resume esta transcrição", "pl": "Streść tę transkrypcję", "sv": "Sammanfatta transkriptet",
       "da": "Opsummer udskriften", "no": "Oppsummer transkripsjonen", "fi": "Tiivistä litterointi",
       "cs": "Shrň přepis", "hu": "Foglald össze az átiratot", "tr": "Dökümü özetle", "ro": "Rezumă transcrierea",
       "el": "Sinopsi tis apomagnitofonisis"}
KIND = {"intro": INTRO, "dob": DOB_CUE, "ndate": NDATE_S, "phone": PHONE_S, "street": STREET_S, "neg": NEG_S}


def transcript(lg, idx):
    tr = T()
    g, s = person(lg)
    nmode = rng.choice(["plain", "plain", "correct", "repeat", "spell", "spell"])
    style = rng.choice(["whisper", "google", "teams", "vtt", "roles", "numbered"])
    vals = ["intro"] + rng.sample(["dob", "dob", "phone", "street", "dob"], rng.randint(2, 3))
    negs = ["ndate"] + rng.sample(["neg", "neg", "ndate", "neg", "neg"], len(vals))
    kinds = vals + negs
    rng.shuffle(kinds)
    kinds.remove("intro")
    kinds.insert(rng.randint(0, 1), "intro")
    agent = person(lg)
    clock = rng.randint(0, 300)
    for n, kind in enumerate(kinds):
        l2 = "en" if lg != "en" and kind in ("neg", "ndate") and rng.random() < 0.15 else lg
        spk_me = kind != "ndate" or rng.random() < 0.5
        if style == "google":
            tr.t("Speaker %d: " % (1 if spk_me else 2))
        elif style == "roles":
            tr.t(rng.choice(ROLES[1::2] if spk_me else ROLES[::2]) + ": ")
        elif style == "numbered":
            tr.t("%d. " % (n + 1))
        elif style in ("teams", "vtt"):
            who = cap(agent[0] + " " + agent[1]) if not spk_me else None
            if style == "teams":
                tr.t("[%02d:%02d:%02d] " % (clock // 3600, clock // 60 % 60, clock % 60))
            else:
                tr.t("%02d:%02d.000 --> %02d:%02d.500\n<v " % (clock // 60, clock % 60, (clock + 4) // 60, (clock + 4) % 60))
            if who:
                tr.s("PERSON", who)
            else:
                tr.t("Speaker 1" if style == "teams" else "Caller")
            tr.t(": " if style == "teams" else ">")
        elif n:
            tr.t(" ")
        clock += rng.randint(4, 30)
        if rng.random() < 0.35:
            tr.t(rng.choice(FILL[l2]) + " ")
        start = len(tr.text)
        fill(tr, l2, rng.choice(KIND[kind][l2]), g, s, nmode)
        if TRUE and len(tr.text) > start:
            tr.text = tr.text[:start] + tr.text[start].upper() + tr.text[start + 1:]
            for sp in tr.spans:
                if sp["start_position"] == start:
                    sp["entity_value"] = tr.text[start:sp["end_position"]]
        if style in ("vtt",):
            tr.t("</v>\n\n")
        elif style != "whisper":
            tr.t("\n")
    return tr.text.rstrip("\n"), tr.spans, style


def wrap(api, lg, idx, text, spans, ascii_, dom, ask):
    lead = (ASK[lg].format(d=dom) + ":\n\n") if ask else ""
    body = {"chat": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": MARK % 0}]},
            "responses": {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text",
                                                                                      "text": MARK % 0}]}]},
            "anthropic": {"model": "claude-sonnet-4-5", "max_tokens": 800,
                          "messages": [{"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]},
            "gemini": {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}}[api]
    dumped = json.dumps(body, ensure_ascii=ascii_, separators=(",", ":") if idx % 2 else None)
    return place_text(dumped, MARK % 0, text, spans, lead=lead, ascii_=ascii_)


def main():
    global TRUE
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(476):
        lg = LANGS[i % len(LANGS)]
        if lg in ("en", "de", "fr", "es") and i % 2:  # more of the birth languages
            lg = ["it", "nl", "pt", "en", "de"][i % 5]
        TRUE = i % 3 == 2
        dom = DOMAINS[i % len(DOMAINS)]
        text, spans, style = transcript(lg, i)
        ascii_ = i % 3 == 0
        api = apis[(i // 3) % 4]
        t, sp = wrap(api, lg, i, text, spans, ascii_, dom, i % 4 != 3)
        json.loads(t)
        check_spans(t, sp)
        records.append(record(t, sp, len(records) % 100, {"locale": lg, "class": "spoken", "api": api,
                                                          "ascii": ascii_, "domain": dom, "style": style,
                                                          "truecased": TRUE}))
    write_json(records)


if __name__ == "__main__":
    main()
