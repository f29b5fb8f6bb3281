#!/usr/bin/env python3
"""gen_dob49.py: dates of birth in the forms earlier rounds left open (stop 49's brief), written
before any detector rule was read or hush was run on it (branch dob49; a tune set).

Kinds of text (metadata.class), in 18 languages (en de fr nl es it pt pl sv da no fi cs sk hu el
ro tr lt lv):
- nordic: Swedish, Danish, Norwegian and Finnish day/month forms after a birth cue (`född 17/1
  1950`, `f. 17/1-50`, `født 17/1-1950`), compact dates beside a birth cue (Swedish `820616` and
  `19820616`, Danish/Norwegian `160682`); look-alikes in the same shapes: deliveries, meetings,
  expiry dates (`levereras 17/1 2025`, `Utgår 17/1-27`), order and invoice numbers (`Ordernr
  820616`, `Order 820616-1234`, `Fakturanr 19820616`), bookings;
- cased: months in a grammatical case after a birth label or verb: Polish `16 czerwca 1982`,
  Czech `16. června 1982`, Slovak `16. júna 1982`, Finnish `16. kesäkuuta 1982`, Hungarian
  `1982. június 16.`, Greek `16 Ιουνίου 1982`, Romanian `16 iunie 1982`, Turkish `16 Haziran
  1982`, Lithuanian `1982 m. birželio 16`, Latvian `1982. gada 16. jūnijā`; look-alikes in the
  same case after appointment, expiry, invoice and payment words;
- plural: plural birth verbs and subjects (`the twins were born on`, `beide sind am ...
  geboren`, `ils sont nés le`, `nacieron el`, `sono nati il`, `föddes båda den`), and a birth
  said after the person in a relative clause (`my aunt X, who was born on D, ...`, `X, die am D
  geboren wurde`, `X, que nació el D`); look-alikes with other plural verbs (`were vaccinated
  on`, `sind am ... umgezogen`, `sont arrivés le`), relative clauses about hiring and moving,
  and pets born (NEG_PET);
- register: parish registers and certificates where a baptism, burial, confirmation or wedding
  is printed under the very date of the birth (`28 December 1952: Harriet X, born 28 December
  1952`; `geboren am 3. März 1901, getauft am 3. März 1901`): the birth is DATE_OF_BIRTH; the
  other event's copy of the same bytes is DATE_OF_BIRTH too since stop 51 (hush masks it with the
  birth since cf88af32: left, it prints the birth date); another event's different date under the
  heading stays NEG_DATE (the look-alike).

Labelling conventions (dob44-dob48's): the gold span is the date from its first to its last
character, without the article or preposition before it, a Polish `r.`, a Lithuanian `d.`, a
Turkish suffix or a Hungarian case ending after it; a Hungarian date keeps its closing dot; a
personal number is not used as a birth here (dob42's convention), an order number that looks
like a date is NEG_ID.
Half the records reach the API inside a request body (metadata.wrap: an OpenAI chat message, an
Anthropic text block, a Gemini part; half escape every non-ASCII character as `\\uXXXX`).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_common  # noqa: E402
from gen_common import MONTH_WORDS, check_spans, write_json  # noqa: E402
from gen_bodies import place_text  # noqa: E402

rng = random.Random(20261206 + 49)
records = []

GIV = {"en": ["Harriet", "Declan", "Priya", "Graham"], "de": ["Ursula", "Jonas", "Katrin", "Wolfgang"],
       "fr": ["Odile", "Rémi", "Élodie", "Bastien"], "nl": ["Femke", "Joost", "Sanne", "Bram"],
       "es": ["Lucía", "Andrés", "Pilar", "Iñigo"], "it": ["Chiara", "Matteo", "Ilaria", "Davide"],
       "pt": ["Inês", "Tiago", "Beatriz", "Rodrigo"], "pl": ["Agnieszka", "Tomasz", "Zofia", "Krzysztof"],
       "sv": ["Astrid", "Oskar", "Linnea", "Nils"], "da": ["Mette", "Rasmus", "Freja", "Søren"],
       "no": ["Ingrid", "Håkon", "Solveig", "Eirik"], "fi": ["Aino", "Juhani", "Riikka", "Eero"],
       "cs": ["Markéta", "Vojtěch", "Tereza", "Ondřej"], "sk": ["Zuzana", "Marek", "Ľubica", "Peter"],
       "hu": ["Réka", "Botond", "Enikő", "Zoltán"], "el": ["Ελένη", "Γιώργος", "Κατερίνα", "Νίκος"],
       "ro": ["Ioana", "Mihai", "Andreea", "Radu"], "tr": ["Elif", "Mehmet", "Zeynep", "Kaan"],
       "lt": ["Rūta", "Tomas", "Aušra", "Darius"], "lv": ["Ilze", "Jānis", "Dace", "Andris"]}
SUR = {"en": ["Thornbury", "Galloway", "Fairweather"], "de": ["Brandstetter", "Hölzl", "Lechner"],
       "fr": ["Vasseur", "Poulain", "Guérin"], "nl": ["Brouwer", "Hendriks", "Dekker"],
       "es": ["Navarro", "Quintana", "Salcedo"], "it": ["Greco", "Fontana", "Marchetti"],
       "pt": ["Fonseca", "Sequeira", "Rebelo"], "pl": ["Wróbel", "Kaczmarek", "Sikora"],
       "sv": ["Lindqvist", "Nyberg", "Engström"], "da": ["Mortensen", "Juhl", "Skov"],
       "no": ["Haugen", "Solberg", "Nygård"], "fi": ["Virtanen", "Mäkinen", "Laine"],
       "cs": ["Dvořák", "Procházka", "Němec"], "sk": ["Kováč", "Horváth", "Baláž"],
       "hu": ["Kovács", "Szabó", "Horváth"], "el": ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου"],
       "ro": ["Popescu", "Ionescu", "Dumitru"], "tr": ["Yılmaz", "Demir", "Öztürk"],
       "lt": ["Kazlauskas", "Petraitis", "Jankauskas"], "lv": ["Bērziņš", "Kalniņš", "Ozols"]}
SYL = ["ra", "vos", "mil", "te", "kor", "ban", "li", "sef", "dor", "mu", "zal", "pe", "tri", "gan"]
END = ["ska", "ová", "ić", "escu", "oğlu", "nen", "gren", "sen", "eira", "ler", "ász", "ton",
       "aitis", "iņš"]


def person(lg):
    """A real-looking or (half the time) an invented given name and surname."""
    if rng.random() < 0.5:
        return rng.choice(GIV[lg]) + " " + rng.choice(SUR[lg])
    g = "".join(rng.choice(SYL) for _ in range(2)).capitalize()
    s = ("".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)).capitalize()
    return g + " " + s


def birth():
    return rng.randint(1931, 2015), rng.randint(1, 12), rng.randint(1, 28)


def other():
    return rng.randint(2019, 2031), rng.randint(1, 12), rng.randint(1, 28)


class Doc(gen_common.Doc):
    """gen_common's Doc with this corpus's shorthands; the record is written by the caller."""

    def __init__(self):
        super().__init__(None, None)

    def pos(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)

    def p(self, lg):
        return self.span("PERSON", person(lg))


# ---- nordic ------------------------------------------------------------------------------------
def nordic_date(lg, ymd):
    """(span) a Nordic day/month form or a compact date of the language."""
    y, m, d = ymd
    if lg == "sv":
        return rng.choice(["%d/%d %d" % (d, m, y), "%d/%d-%02d" % (d, m, y % 100),
                           "%02d%02d%02d" % (y % 100, m, d), "%d%02d%02d" % ymd,
                           "%d/%d-%d" % (d, m, y)])
    if lg in ("da", "no"):
        return rng.choice(["%d/%d %d" % (d, m, y), "%d/%d-%02d" % (d, m, y % 100),
                           "%d/%d-%d" % (d, m, y), "%02d%02d%02d" % (d, m, y % 100)])
    return rng.choice(["%d/%d %d" % (d, m, y), "%d/%d-%02d" % (d, m, y % 100)])


NORDIC_POS = {
    "sv": ["{P} är född {D}.", "Namn: {P}\nFödd: {D}\n", "{P} (f. {D}) har sökt tjänsten.",
           "Födelsedatum: {D}\nNamn: {P}\n", "Min mamma {P} föddes den {D} i Umeå."],
    "da": ["{P} er født {D}.", "Navn: {P}\nFødt: {D}\n", "{P} (f. {D}) er indlagt på afdeling B.",
           "Fødselsdato: {D}\nNavn: {P}\n", "Min far {P} blev født den {D} i Vejle."],
    "no": ["{P} er født {D}.", "Navn: {P}\nFødt: {D}\n", "{P} (f. {D}) søker stillingen.",
           "Fødselsdato: {D}\nNavn: {P}\n", "Bestemor {P} ble født den {D} i Bodø."],
    "fi": ["{P} on syntynyt {D}.", "Nimi: {P}\nSyntymäaika: {D}\n", "{P} (s. {D}) hakee paikkaa.",
           "Syntynyt: {D}\nNimi: {P}\n"],
}
NORDIC_NEG = {
    "sv": ["Paketet levereras {N}.", "Möte med {P} {N} kl. 10.", "Kortet utgår {N}.",
           "Ordernr {O}", "Fakturanr: {O}", "Bokning {O} bekräftad.", "Leveransdatum: {N}\n"],
    "da": ["Pakken leveres {N}.", "Møde med {P} {N} kl. 10.", "Kortet udløber {N}.",
           "Ordrenr. {O}", "Fakturanr.: {O}", "Booking {O} er bekræftet.", "Leveringsdato: {N}\n"],
    "no": ["Pakken leveres {N}.", "Møte med {P} {N} kl. 10.", "Kortet utløper {N}.",
           "Ordrenr. {O}", "Fakturanr.: {O}", "Bestilling {O} er bekreftet.", "Leveringsdato: {N}\n"],
    "fi": ["Paketti toimitetaan {N}.", "Tapaaminen {P}:n kanssa {N} klo 10.", "Kortti vanhenee {N}.",
           "Tilausnro {O}", "Laskun numero: {O}", "Varaus {O} vahvistettu."],
}


def order_like(lg, ymd):
    y, m, d = ymd
    if lg == "sv":
        return rng.choice(["%02d%02d%02d" % (y % 100, m, d), "%d%02d%02d" % ymd,
                           "%02d%02d%02d-%04d" % (y % 100, m, d, rng.randint(1000, 9999))])
    return rng.choice(["%02d%02d%02d" % (d, m, y % 100), "%02d%02d%02d-%04d" % (
        d, m, y % 100, rng.randint(1000, 9999))])


def fill(doc, lg, tpl, kw):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            doc.t(tpl[i:])
            break
        doc.t(tpl[i:j])
        k = tpl.index("}", j)
        key = tpl[j + 1:k]
        if key == "P":
            doc.p(lg)
        else:
            v = kw[key]
            before, val, after = v if isinstance(v, tuple) else ("", v, "")
            doc.t(before).span({"D": "DATE_OF_BIRTH", "D2": "DATE_OF_BIRTH", "N": "NEG_DATE",
                                "N2": "NEG_DATE", "O": "NEG_ID", "X": "NEG_PET"}[key], val).t(after)
        i = k + 1


def k_nordic(lg, pos):
    lg = ["sv", "sv", "da", "no", "fi"][rng.randrange(5)] if lg not in NORDIC_POS else lg
    d = Doc()
    b = birth()
    n = other()
    if pos:
        fill(d, lg, rng.choice(NORDIC_POS[lg]), {"D": nordic_date(lg, b)})
        d.t("" if d.text.endswith("\n") else " ")
    # a look-alike in the same shape, sometimes the same digits as an order number
    o = b if rng.random() < 0.3 else (rng.randint(1960, 2024), rng.randint(1, 12), rng.randint(1, 28))
    fill(d, lg, rng.choice(NORDIC_NEG[lg]), {"N": nordic_date(lg, n), "O": order_like(lg, o)})
    if not pos:
        d.t("" if d.text.endswith("\n") else " ")
        fill(d, lg, rng.choice(NORDIC_NEG[lg]), {"N": nordic_date(lg, other()),
                                                  "O": order_like(lg, birth())})
    return lg, d


# ---- months in a case --------------------------------------------------------------------------
CM = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
}
CM = {k: v.split() for k, v in CM.items()}


def cased(lg, ymd):
    """(before, span, after) of a date with its month in the case the language uses."""
    y, m, d = ymd
    mn = CM[lg][m - 1]
    if lg == "pl":
        return "", "%d %s %d" % (d, mn, y), rng.choice(["", " r."])
    if lg in ("cs", "sk", "fi"):
        return "", "%d. %s %d" % (d, mn, y), ""
    if lg == "hu":
        return "", "%d. %s %d." % (y, mn, d), ""
    if lg == "lt":
        return "", "%d m. %s %d" % (y, mn, d), " d."
    if lg == "lv":
        return "", "%d. gada %d. %s" % (y, d, mn), ""
    return "", "%d %s %d" % (d, mn, y), ""


CASED_POS = {
    "pl": ["Data urodzenia: {D}\nImię i nazwisko: {P}\n", "{P} urodziła się {D} w Lublinie.",
           "Pan {P}, ur. {D}, zamieszkały w Toruniu."],
    "cs": ["Datum narození: {D}\nJméno: {P}\n", "{P} se narodila {D} v Brně.",
           "Pan {P}, nar. {D}, bytem Plzeň."],
    "sk": ["Dátum narodenia: {D}\nMeno: {P}\n", "{P} sa narodila {D} v Košiciach.",
           "Pán {P}, nar. {D}, bytom Žilina."],
    "fi": ["Syntymäaika: {D}\nNimi: {P}\n", "{P} syntyi {D} Oulussa.",
           "Hakija {P} on syntynyt {D}."],
    "hu": ["Születési idő: {D}\nNév: {P}\n", "{P} Debrecenben született, {D}",
           "Név: {P}, szül. {D}"],
    "el": ["Ημερομηνία γέννησης: {D}\nΟνοματεπώνυμο: {P}\n", "Η {P} γεννήθηκε στις {D} στην Πάτρα.",
           "Ο {P}, γεννημένος στις {D}, κάτοικος Λάρισας."],
    "ro": ["Data nașterii: {D}\nNume: {P}\n", "{P} s-a născut pe {D} la Cluj.",
           "Doamna {P}, născută la {D}, domiciliată în Iași."],
    "tr": ["Doğum tarihi: {D}\nAdı soyadı: {P}\n", "{P} {D} tarihinde İzmir'de doğdu.",
           "Sayın {P}, doğum tarihi {D}, Bursa'da ikamet etmektedir."],
    "lt": ["Gimimo data: {D}\nVardas, pavardė: {P}\n", "{P} gimė {D} Kaune.",
           "Pilietė {P}, gimusi {D}, gyvenanti Vilniuje."],
    "lv": ["Dzimšanas datums: {D}\nVārds, uzvārds: {P}\n", "{P} dzimusi {D} Rīgā.",
           "Pilsonis {P}, dzimis {D}, dzīvo Liepājā."],
}
CASED_NEG = {
    "pl": ["Termin wizyty: {N}\n", "Faktura z dnia {N} jest do zapłaty.", "Dowód ważny do {N}.",
           "Spotkanie z {P} odbędzie się {N}."],
    "cs": ["Datum splatnosti: {N}\n", "Faktura ze dne {N} je po splatnosti.", "Platnost do {N}.",
           "Schůzka s {P} proběhne {N}."],
    "sk": ["Dátum splatnosti: {N}\n", "Faktúra zo dňa {N} je po splatnosti.", "Platnosť do {N}.",
           "Stretnutie s {P} bude {N}."],
    "fi": ["Eräpäivä: {N}\n", "Lasku päivätty {N}.", "Passi voimassa {N} asti.",
           "Tapaaminen on {N} klo 9."],
    "hu": ["Fizetési határidő: {N}\n", "A számla kelte: {N}", "Érvényes: {N}",
           "Az időpont: {N} 10 óra."],
    "el": ["Ημερομηνία λήξης: {N}\n", "Τιμολόγιο της {N}.", "Το ραντεβού είναι στις {N}.",
           "Η συνάντηση με τον {P} έγινε στις {N}."],
    "ro": ["Data expirării: {N}\n", "Factura din {N} este scadentă.", "Programare pe {N}.",
           "Întâlnirea cu {P} a avut loc pe {N}."],
    "tr": ["Son ödeme tarihi: {N}\n", "Fatura tarihi: {N}", "Randevunuz {N} tarihinde.",
           "{P} ile toplantı {N} günü yapılacak."],
    "lt": ["Galioja iki {N}", "Sąskaitos data: {N}\n", "Vizitas {N}",
           "Susitikimas su {P} įvyko {N}"],
    "lv": ["Derīgs līdz {N}.", "Rēķins izrakstīts {N}.", "Vizīte {N}.",
           "Tikšanās ar {P} notika {N}."],
}


def k_cased(lg, pos):
    lg = lg if lg in CASED_POS else rng.choice(sorted(CASED_POS))
    d = Doc()
    if pos:
        fill(d, lg, rng.choice(CASED_POS[lg]), {"D": cased(lg, birth())})
        d.t("\n" if not d.text.endswith("\n") else "")
    fill(d, lg, rng.choice(CASED_NEG[lg]), {"N": cased(lg, other())})
    if not pos:
        d.t(" " if not d.text.endswith("\n") else "")
        fill(d, lg, rng.choice(CASED_NEG[lg]), {"N": cased(lg, other())})
    return lg, d


# ---- plural verbs and relative clauses ---------------------------------------------------------
MON = {k: MONTH_WORDS[k] for k in "en de fr nl es it pt pl sv da".split()}


def plain_date(lg, ymd):
    y, m, d = ymd
    mn = MON[lg][m - 1]
    k = rng.randrange(3)
    if k == 0:
        if lg == "en":
            return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)])
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        if lg in ("de", "da"):
            return "%d. %s %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if lg == "en":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg in ("fr", "es", "it", "pt"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "sv":
        return "%04d-%02d-%02d" % ymd
    return "%02d.%02d.%04d" % (d, m, y)


PLURAL_POS = {
    "en": ["The twins were born on {D}.", "{P} and her brother were both born on {D}.",
           "My aunt {P}, who was born on {D}, still lives in Leeds.",
           "Both children were born in Leeds, {P} on {D} and her sister on {D2}."],
    "de": ["Die Zwillinge sind am {D} geboren.", "{P} und ihr Bruder sind beide am {D} geboren.",
           "Meine Tante {P}, die am {D} geboren wurde, wohnt noch in Passau.",
           "Beide sind am {D} in Graz geboren."],
    "fr": ["Les jumeaux sont nés le {D}.", "{P} et sa sœur sont nées le {D} à Nancy.",
           "Ma tante {P}, qui est née le {D}, habite à Angers.",
           "Ils sont tous les deux nés le {D}."],
    "nl": ["De tweeling is op {D} geboren.", "{P} en haar broer zijn allebei geboren op {D}.",
           "Mijn tante {P}, die op {D} geboren werd, woont in Zwolle."],
    "es": ["Los gemelos nacieron el {D}.", "{P} y su hermana nacieron el {D} en Burgos.",
           "Mi tía {P}, que nació el {D}, vive en Cádiz."],
    "it": ["I gemelli sono nati il {D}.", "{P} e sua sorella sono nate il {D} a Lecce.",
           "Mia zia {P}, che è nata il {D}, abita a Trento."],
    "pt": ["Os gémeos nasceram em {D}.", "{P} e a irmã nasceram a {D} em Braga.",
           "A minha tia {P}, que nasceu a {D}, vive em Coimbra."],
    "pl": ["Bliźnięta urodziły się {D} r.", "{P} i jej brat urodzili się {D} w Opolu.",
           "Moja ciocia {P}, która urodziła się {D}, mieszka w Lublinie."],
    "sv": ["Tvillingarna föddes den {D}.", "{P} och hennes bror föddes båda den {D}.",
           "Min moster {P}, som föddes den {D}, bor i Lund."],
    "da": ["Tvillingerne blev født den {D}.", "{P} og hendes bror er begge født den {D}.",
           "Min moster {P}, der blev født den {D}, bor i Odense."],
}
PLURAL_NEG = {
    "en": ["The twins were vaccinated on {N}.", "{P} and her brother both moved on {N}.",
           "My aunt {P}, who was hired on {N}, works in Leeds.", "Our puppies were born on {N}."],
    "de": ["Die Zwillinge sind am {N} umgezogen.", "{P} und ihr Bruder sind beide am {N} angekommen.",
           "Meine Tante {P}, die am {N} eingestellt wurde, arbeitet in Passau.",
           "Unsere Kätzchen sind am {N} geboren."],
    "fr": ["Les jumeaux sont arrivés le {N}.", "{P} et sa sœur sont parties le {N}.",
           "Ma tante {P}, qui est arrivée le {N}, travaille à Angers.",
           "Nos chatons sont nés le {N}."],
    "nl": ["De tweeling is op {N} verhuisd.", "{P} en haar broer zijn allebei vertrokken op {N}.",
           "Mijn tante {P}, die op {N} aangenomen werd, werkt in Zwolle."],
    "es": ["Los gemelos llegaron el {N}.", "{P} y su hermana se mudaron el {N}.",
           "Mi tía {P}, que empezó el {N}, trabaja en Cádiz.", "Nuestros cachorros nacieron el {N}."],
    "it": ["I gemelli sono partiti il {N}.", "{P} e sua sorella sono arrivate il {N}.",
           "Mia zia {P}, che è stata assunta il {N}, lavora a Trento."],
    "pt": ["Os gémeos chegaram em {N}.", "{P} e a irmã mudaram-se a {N}.",
           "A minha tia {P}, que começou a {N}, trabalha em Coimbra."],
    "pl": ["Bliźnięta przyjechały {N} r.", "{P} i jej brat przeprowadzili się {N}.",
           "Moja ciocia {P}, która zaczęła pracę {N}, mieszka w Lublinie."],
    "sv": ["Tvillingarna flyttade den {N}.", "{P} och hennes bror reste båda den {N}.",
           "Min moster {P}, som anställdes den {N}, bor i Lund.", "Valparna föddes den {N}."],
    "da": ["Tvillingerne flyttede den {N}.", "{P} og hendes bror rejste begge den {N}.",
           "Min moster {P}, der blev ansat den {N}, bor i Odense."],
}


def k_plural(lg, pos):
    lg = lg if lg in PLURAL_POS else rng.choice(sorted(PLURAL_POS))
    d = Doc()
    if pos:
        fill(d, lg, rng.choice(PLURAL_POS[lg]), {"D": plain_date(lg, birth()),
                                                 "D2": plain_date(lg, birth())})
        d.t(" ")
    fill(d, lg, rng.choice(PLURAL_NEG[lg]), {"N": plain_date(lg, other())})
    if not pos:
        d.t(" ")
        fill(d, lg, rng.choice(PLURAL_NEG[lg]), {"N": plain_date(lg, other())})
    return lg, d


# ---- registers: another event printed under the birth's date -----------------------------------
REG = {  # heading, birth word, other-event word inline, other headings
    "en": ("Baptisms", "born", "baptised", ["Burials", "Confirmations"], "buried"),
    "de": ("Taufen", "geboren am", "getauft am", ["Beerdigungen", "Konfirmationen"], "beerdigt am"),
    "fr": ("Baptêmes", "né le", "baptisé le", ["Sépultures", "Confirmations"], "inhumé le"),
    "nl": ("Dopen", "geboren op", "gedoopt op", ["Begrafenissen", "Vormsels"], "begraven op"),
    "es": ("Bautismos", "nacido el", "bautizado el", ["Defunciones", "Confirmaciones"], "sepultado el"),
    "it": ("Battesimi", "nato il", "battezzato il", ["Sepolture", "Cresime"], "sepolto il"),
    "pt": ("Batismos", "nascido a", "batizado a", ["Óbitos", "Crismas"], "sepultado a"),
    "pl": ("Chrzty", "urodzony", "ochrzczony", ["Pogrzeby", "Bierzmowania"], "pochowany"),
    "sv": ("Dop", "född", "döpt", ["Begravningar", "Konfirmationer"], "begravd"),
    "da": ("Dåb", "født", "døbt", ["Begravelser", "Konfirmationer"], "begravet"),
}


def k_register(lg, pos):
    """Always a birth: the look-alike is the other event's copy of its date."""
    lg = lg if lg in REG else rng.choice(sorted(REG))
    head, bw, ow, others, bur = REG[lg]
    d = Doc()
    if rng.random() < 0.5:
        d.t(rng.choice([head, head] + others) + "\n")
        for _ in range(rng.randint(1, 3)):
            b = birth()
            same = rng.random() < 0.6
            ev = b if same else (b[0], b[1], min(b[2] + rng.randint(1, 9), 28))
            v = plain_date(lg, ev)
            (d.pos(v) if same else d.neg(v)).t(": ").p(lg).t(", " + bw + " ")
            d.pos(v if same else plain_date(lg, b)).t(".\n")
        return lg, d
    v = plain_date(lg, birth())
    d.p(lg).t(", " + bw + " ").pos(v)
    d.t(", " + rng.choice([ow, ow, bur]) + " ").pos(v).t(".")
    return lg, d


# ---- plain text and request bodies -------------------------------------------------------------
REQ = {"en": "Please check this text:", "de": "Bitte prüfe diesen Text:",
       "fr": "Peux-tu relire ce texte ?", "nl": "Kun je dit nakijken?",
       "es": "¿Puedes revisar este texto?", "it": "Puoi controllare questo testo?",
       "pt": "Podes rever este texto?", "pl": "Sprawdź proszę ten tekst:",
       "sv": "Kan du kontrollera texten?", "da": "Kan du tjekke teksten?",
       "no": "Kan du sjekke teksten?", "fi": "Voitko tarkistaa tekstin?",
       "cs": "Zkontroluj prosím tento text:", "sk": "Skontroluj prosím tento text:",
       "hu": "Kérlek, nézd át ezt a szöveget:", "el": "Μπορείς να ελέγξεις το κείμενο;",
       "ro": "Poți verifica textul?", "tr": "Bu metni kontrol eder misin?",
       "lt": "Ar gali patikrinti tekstą?", "lv": "Vai vari pārbaudīt tekstu?"}


def body(kind, lg, d, ascii_):
    mark = "@@T@@"
    if kind == "openai":
        obj = {"model": "gpt-4o", "messages": [{"role": "user", "content": mark}]}
    elif kind == "anthropic":
        obj = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
               "messages": [{"role": "user", "content": [{"type": "text", "text": mark}]}]}
    else:
        obj = {"contents": [{"role": "user", "parts": [{"text": mark}]}]}
    return place_text(json.dumps(obj, ensure_ascii=ascii_), mark, d.text, d.spans,
                      lead=REQ[lg] + "\n\n", ascii_=ascii_)


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "sk", "hu",
         "el", "ro", "tr", "lt", "lv"]
KINDS = [("nordic", k_nordic, 100), ("cased", k_cased, 130), ("plural", k_plural, 100),
         ("register", k_register, 70)]
WRAPS = ["openai", "anthropic", "gemini"]
order = [(cls, fn) for cls, fn, n in KINDS for _ in range(n)]
rng.shuffle(order)
for i, (cls, fn) in enumerate(order):
    pos = rng.random() < 0.7
    lg, d = fn(LANGS[i % len(LANGS)], pos)
    check_spans(d.text, d.spans)
    wrapped = i % 2 == 1
    meta = {"locale": lg, "class": cls, "wrap": "plain"}
    if wrapped:
        ascii_ = (i // 2) % 2 == 0
        meta["wrap"] = WRAPS[(i // 2) % 3]
        meta["ascii"] = ascii_
        text, spans = body(meta["wrap"], lg, d, ascii_)
        json.loads(text)
    else:
        text, spans = d.text, d.spans
    check_spans(text, spans)
    spans.sort(key=lambda s: s["start_position"])
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": meta})

write_json(records)
