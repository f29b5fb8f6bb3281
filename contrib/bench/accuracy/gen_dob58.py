#!/usr/bin/env python3
"""gen_dob58.py: dates of birth as people type and say them (tune set; branch dob58, written and
committed before hush was run on it), from the twenty-fourth blind set's public brief (typed:
"phone chat in lower case without diacritics, shorthand, emoji, names and streets glued";
spoken: "phones, house numbers and births in words") and my own idea of such text: chats,
forms filled on a phone, voice-note transcripts and jotted notes.

A record is a capitalised one-line ask over three to seven lines of one of four kinds (chat, form,
voice, note). Births (DATE_OF_BIRTH) of the writer or of someone else (a child, a parent, a
partner) in the shapes people type: no separator (`040387`, `4387`), two-digit years, spaced and
dotted digits (`04 03 87`, `4.3.87`), month words in lower case, abbreviated or misspelt
(`march 4th 87`, `4 maerz 1987`, `4 de marco de 1987`), dates in words (`fourth of march nineteen
eighty seven`, `vierter märz siebenundachtzig`, `cuatro de marzo del ochenta y siete`, `quatre mars
dix-neuf cent quatre-vingt-sept`), digits said one by one (`oh four oh three eight seven`); after
the birth words and their shorthand of 17 languages (`bday`, `b-day`, `dob`, `d.o.b`, `geb.`,
`né le`, `nac.`, `cumple`, `nato il`, `ur.`, `f.`, `s.`, `nar.`, `doğ.`, `szül.`, `genn.` ...),
after an emoji (🎂 🎈), with the birth word after the date (`4/3/87 is my bday`) or two lines up
(a question, a filler line, the date alone).

Look-alikes as many as the values (NEG_ spans), mostly beside the same words or in the same
shapes: birthday parties, due dates, appointments, anniversaries, expiry and issue dates,
deadlines (NEG_DATE), ages (`turning 40 on` a date: NEG_DATE), years alone (`born in 87`, a
car's build year: NEG_YEAR), times (NEG_TIME), amounts (NEG_AMOUNT), order and parcel numbers
of six to eight digits without a birth word (NEG_ORDER), `born` in other senses (`born and raised
in` a place: NEG_PLACE).

Languages en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in Latin letters). Every
record one request body of the four APIs (a third with \\uXXXX escapes). metadata.class is the
kind. Deterministic; stdlib only: python3 gen_dob58.py > data/dob58.json
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_bodies import append_body, ask_body  # noqa: E402
from gen_common import MONTH_WORDS, Spans, fold, ordinal_en, write_json  # noqa: E402

R = random.Random(20261207 + 58)
LOCS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]
KINDS = ["chat", "form", "voice", "note"]
# Months as typed: misspelt or abbreviated forms beside the plain ones (a draw picks either).
TYPOS = {"en": {1: "jan", 2: "febuary", 3: "mar", 8: "aug", 9: "septmber", 10: "oct", 12: "decemeber"},
         "de": {1: "jan", 2: "febuar", 3: "maerz", 10: "okt", 12: "dez"}, "fr": {2: "fevrier", 8: "aout", 12: "decembre"},
         "es": {9: "setiembre", 1: "ene"}, "pt": {3: "marco"}, "it": {1: "genn"}, "nl": {3: "mrt", 10: "okt"},
         "pl": {9: "wrzesnia", 10: "pazdziernika"}, "cs": {4: "dubna", 5: "kvetna"}, "tr": {2: "subat", 5: "mayis"}}


# ---- numbers in words (en, de, es, fr) ----------------------------------------------------------------
EN = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
     "seventeen eighteen nineteen".split()
EN10 = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
DE = "null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn " \
     "siebzehn achtzehn neunzehn".split()
DE10 = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
DE_ORD = {1: "erste", 3: "dritte", 7: "siebte", 8: "achte"}
ES = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
      "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis "
      "veintisiete veintiocho veintinueve").split()
ES10 = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
FR = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
FR10 = "_ _ vingt trente quarante cinquante soixante".split()


def en2(n):
    return EN[n] if n < 20 else EN10[n // 10] + (R.choice([" ", "-"]) + EN[n % 10] if n % 10 else "")


def en_ord(n):
    if n < 20:
        return EN_ORD.get(n, EN[n] + "th")
    if n % 10 == 0:
        return EN10[n // 10][:-1] + "ieth"
    return EN10[n // 10] + R.choice([" ", "-"]) + EN_ORD.get(n % 10, EN[n % 10] + "th")


def de2(n):
    if n < 20:
        return DE[n]
    return (DE[n % 10] + "und" if n % 10 else "") + DE10[n // 10]


def es2(n):
    return ES[n] if n < 30 else ES10[n // 10] + (" y " + ES[n % 10] if n % 10 else "")


def fr2(n):
    if n <= 16:
        return FR[n]
    if n < 20:
        return "dix-" + FR[n - 10]
    if n < 70:
        return FR10[n // 10] + ("-et-un" if n % 10 == 1 else "-" + FR[n % 10] if n % 10 else "")
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else fr2(n - 60))
    return "quatre-vingt" + ("-" + fr2(n - 80) if n > 80 else "s")


def in_words(lg, y, m, d):
    """The date said in words; None where the language has no table here."""
    mon = MONTH_WORDS[lg][m - 1].lower() if lg in MONTH_WORDS else None
    yy = y % 100
    if lg == "en":
        yr = R.choice([en2(y // 100) + " " + en2(yy), en2(yy)]) if y < 2000 else "two thousand and " + en2(yy)
        return R.choice(["the %s of %s %s" % (en_ord(d), mon, yr), "%s of %s %s" % (en_ord(d), mon, yr),
                         "%s the %s %s" % (mon, en_ord(d), yr)])
    if lg == "de":
        o = DE_ORD.get(d, de2(d) + ("te" if d < 20 else "ste"))
        yr = R.choice(["neunzehnhundert" + de2(yy), de2(yy)]) if y < 2000 else "zweitausend" + de2(yy)
        return R.choice(["%sr %s %s" % (o, mon, yr), "%sn %s %s" % (o, mon, yr)])
    if lg == "es":
        yr = R.choice(["mil novecientos " + es2(yy), "del " + es2(yy)]) if y < 2000 else "dos mil " + es2(yy)
        return "%s de %s %s" % ("primero" if d == 1 else es2(d), mon, yr if yr.startswith("del") else "de " + yr)
    if lg == "fr":
        yr = R.choice(["mille neuf cent " + fr2(yy), "dix-neuf cent " + fr2(yy)]) if y < 2000 else "deux mille " + fr2(yy)
        return "%s %s %s" % ("premier" if d == 1 else fr2(d), fold(mon), yr)
    return None


def digits_said(lg, s):
    """Digits said one by one (a voice transcript of 040387)."""
    words = {"en": "oh one two three four five six seven eight nine", "de": "null eins zwei drei vier fünf sechs sieben acht neun",
             "es": "cero uno dos tres cuatro cinco seis siete ocho nueve", "fr": "zéro un deux trois quatre cinq six sept huit neuf"}
    w = words[lg].split()
    return " ".join(w[int(c)] for c in s)


def month_typed(lg, m):
    mon = MONTH_WORDS[lg][m - 1]
    if R.random() < 0.4 and m in TYPOS.get(lg, {}):
        return TYPOS[lg][m]
    return fold(mon).lower() if R.random() < 0.7 else mon.lower()


def shape(lg, y, m, d, kind):
    """One date in a shape people type or say (birth and look-alike draw from the same shapes)."""
    us = lg == "en" and R.random() < 0.5
    a, b = (m, d) if us else (d, m)
    yy = y % 100
    r = R.random()
    if kind == "voice" and r < 0.5 and lg in ("en", "de", "es", "fr"):
        if R.random() < 0.7:
            return in_words(lg, y, m, d)
        return digits_said(lg, "%02d%02d%02d" % (a, b, yy))
    if r < 0.13:
        return "%02d%02d%02d" % (a, b, yy)
    if r < 0.2:
        return "%02d%02d%d" % (a, b, y)
    if r < 0.27 and a < 10 and b < 10:
        return "%d%d%02d" % (a, b, yy)
    if r < 0.37:
        return R.choice(["%02d %02d %02d", "%d %d %02d", "%d %d %d"]) % (a, b, yy if R.random() < 0.6 else y)
    if r < 0.5:
        return "%d.%d.%02d" % (a, b, yy)
    if r < 0.6:
        return R.choice(["%d/%d/%02d", "%02d/%02d/%02d", "%d-%d-%02d"]) % (a, b, yy)
    if r < 0.85:
        mon = month_typed(lg, m)
        yr = R.choice([str(y), str(y), "%02d" % yy, "'%02d" % yy])
        if lg == "en":
            return R.choice(["%s %s %s" % (mon, ordinal_en(d), yr), "%s %d %s" % (mon, d, yr), "%d %s %s" % (d, mon, yr),
                             "%s of %s %s" % (ordinal_en(d), mon, yr)])
        if lg == "hu":
            return "%d %s %d" % (y, mon, d)
        if lg in ("es", "pt"):
            return R.choice(["%d de %s de %d" % (d, mon, y), "%d %s %s" % (d, mon, yr)])
        return "%d%s %s %s" % (d, R.choice([".", ""]) if lg in ("de", "da", "no", "fi", "cs") else "", mon, yr)
    w = in_words(lg, y, m, d) if R.random() < 0.5 else None
    return w or "%02d.%02d.%d" % (d, m, y)


# Per language: birth words (bw), phrases after a date (aft), kin (kin: "{k} {bw} {D}"), a question
# two lines up (q), fillers (fl), and the look-alikes' words: party, due, appointment, anniversary,
# expiry, issue, deadline, order, age ("{N}" the age), born in a year, born in another sense.
T = {
    "en": dict(bw="bday|b-day|dob|d.o.b|DOB|d.o.b.|birthday|born|date of birth", aft="is my bday|= dob|is her b-day|is when he was born|(dob)",
               kin="my son's|my daughters|mums|dad's|the baby's|my wife's|grandmas", q="whats ur dob?|need ur bday for the form|dob pls?|what's his d.o.b",
               fl="sec|one mo|hang on|lemme check|ok", party="bday party on|b-day drinks", due="due date|baby due", appt="appt|dentist on",
               anniv="our anniv is|wedding anniv", exp="card exp|exp", iss="passport issued|issued", dl="deadline|pls pay by",
               order="order no|tracking", age="turning {N} on|she turns {N} on", yr="born in|born in '|class of", other="born and raised in|born ready, meet at"),
    "de": dict(bw="geb.|geb|gebdat|geb.datum|geburtstag|geboren am|bday", aft="is mein geburtstag|geb.|hab ich geburtstag|bin ich geboren",
               kin="sohn|tochter|mama|papa|oma|der kleine", q="wann hast du geburtstag?|brauch dein geb.datum fürs formular|geb.dat?",
               fl="moment|sek|warte|ok", party="geburtstagsparty am|feier am", due="ET|entbindungstermin", appt="termin|zahnarzt am",
               anniv="jahrestag|hochzeitstag", exp="gültig bis|ablaufdatum", iss="ausgestellt am|perso ausgestellt", dl="abgabe bis|zahlen bis",
               order="bestellnr|sendungsnr", age="werd {N} am|er wird {N} am", yr="bin|jahrgang auto|bj", other="geboren und aufgewachsen in|wie geboren für den job, treffpunkt"),
    "fr": dict(bw="né le|née le|ddn|date de naiss|anniv|date de naissance|nee le", aft="c ma date de naissance|c mon anniv|jour de ma naissance",
               kin="mon fils|ma fille|maman|papa|le bebe|mamie", q="c koi ta ddn?|jai besoin de ta date de naissance|ddn stp?",
               fl="attends|2 sec|je regarde|ok", party="soiree anniv le|fete le", due="terme prevu|accouchement prevu", appt="rdv|dentiste le",
               anniv="anniv de mariage|nos 10 ans le", exp="expire le|valable jusqu'au", iss="delivre le|passeport delivre le", dl="a rendre avant le|payer avant le",
               order="commande n|colis n", age="je vais avoir {N} ans le|il aura {N} ans le", yr="ne en|annee", other="ne et grandi a|ne pour ca, rdv a"),
    "nl": dict(bw="geb.|geb|geboren|geb.datum|verjaardag|jarig", aft="is mn verjaardag|ben ik geboren|geb.", kin="zoon|dochter|mama|papa|oma|de kleine",
               q="wat is je geb datum?|heb je geboortedatum nodig|geb.datum?", fl="ff kijken|sec|wacht|ok", party="feestje op|borrel op",
               due="uitgerekend op|uitgerekende datum", appt="afspraak|tandarts op", anniv="trouwdag|jubileum", exp="geldig tot|verloopt",
               iss="afgegeven op|uitgegeven", dl="inleveren voor|betalen voor", order="bestelnr|pakket nr", age="word {N} op|ze wordt {N} op",
               yr="geboren in|bouwjaar", other="geboren en getogen in|geboren winnaar, verzamelen bij"),
    "es": dict(bw="nac.|f. nac.|cumple|nacido el|nacida el|fecha de nac|fnac", aft="es mi cumple|naci ese dia|es mi fecha de nac",
               kin="mi hijo|mi hija|mi madre|mi padre|el bebe|la abuela", q="cual es tu fecha de nac?|necesito tu fecha de nacimiento|cumple?",
               fl="espera|un seg|miro|vale", party="fiesta de cumple el|cena el", due="sale de cuentas el|fecha prevista de parto", appt="cita|dentista el",
               anniv="aniversario|nuestro aniversario", exp="caduca|vence el", iss="expedido el|dni expedido", dl="entregar antes del|pagar antes del",
               order="pedido n|envio n", age="cumplo {N} el|cumple {N} el", yr="naci en el|modelo del", other="nacido y criado en|nacido para esto, quedamos en"),
    "it": dict(bw="nato il|nata il|compleanno|d.n.|data di nascita|dn|compl", aft="è il mio compleanno|sono nato quel giorno|data nascita",
               kin="mio figlio|mia figlia|mamma|papà|il bimbo|la nonna", q="qual è la tua data di nascita?|mi serve la data di nascita|dn?",
               fl="aspetta|un sec|guardo|ok", party="festa il|cena il", due="termine previsto|parto previsto il", appt="appuntamento|dentista il",
               anniv="anniversario|il nostro anniversario", exp="scade il|valida fino al", iss="rilasciata il|carta rilasciata il",
               dl="consegna entro il|pagare entro il", order="ordine n|spedizione n", age="compio {N} anni il|compie {N} anni il",
               yr="sono del|immatricolata", other="nato e cresciuto a|nato per vincere, ritrovo a"),
    "pt": dict(bw="nasc.|dn|data nasc|nascido em|nascida a|aniver|niver", aft="e o meu aniver|nasci nesse dia|e a minha data de nasc",
               kin="meu filho|minha filha|minha mae|meu pai|o bebe|a avo", q="qual e a tua data de nasc?|preciso da data de nascimento|dn?",
               fl="espera|so um seg|vou ver|ok", party="festa dia|jantar dia", due="data prevista do parto|parto previsto", appt="consulta|dentista dia",
               anniv="aniversario de casamento|bodas", exp="validade|expira a", iss="emitido em|cc emitido a", dl="entregar ate|pagar ate",
               order="encomenda n|pedido n", age="faco {N} anos dia|faz {N} anos dia", yr="nasci em|ano do carro", other="nascido e criado em|nasceu para isto, encontro em"),
    "pl": dict(bw="ur.|urodz.|data ur|urodzony|urodzona|urodziny|dur", aft="to moje urodziny|data urodzenia|sie urodzilam",
               kin="syn|corka|mama|tata|maly|babcia", q="jaka data ur?|potrzebuje daty urodzenia|data ur.?", fl="sek|chwila|sprawdze|ok",
               party="impreza|kolacja", due="termin porodu|tp", appt="wizyta|dentysta", anniv="rocznica|rocznica slubu", exp="wazny do|wazna do",
               iss="wydany|dowod wydany", dl="termin do|zaplacic do", order="zamowienie nr|przesylka nr", age="koncze {N} lat|konczy {N} lat",
               yr="jestem z|rocznik auta", other="urodzony i wychowany w|urodzony zwyciezca, zbiorka"),
    "sv": dict(bw="f.|född|fdd|födelsedag|bday|fyller år", aft="är min födelsedag|föddes jag|fyller jag år", kin="sonen|dottern|mamma|pappa|lillen|mormor",
               q="vad e ditt personnr/födelsedatum?|behöver ditt födelsedatum|född när?", fl="sek|vänta|kollar|ok", party="kalas|fest",
               due="BF|beräknat förlossning", appt="tid hos|tandläkare", anniv="bröllopsdag|årsdag", exp="giltigt till|går ut", iss="utfärdat|pass utfärdat",
               dl="senast|betala senast", order="order nr|kolli nr", age="fyller {N} den|hon fyller {N} den", yr="född på|årsmodell",
               other="född och uppvuxen i|född vinnare, samling vid"),
    "da": dict(bw="f.|født|fødselsdag|fdsdag|fødselsdato|bday", aft="er min fødselsdag|blev jeg født|har jeg fødselsdag", kin="sønnen|datteren|mor|far|lillebror|mormor",
               q="hvornår er du født?|skal bruge din fødselsdato|fødselsdato?", fl="sek|vent|tjekker|ok", party="fest|middag", due="termin|terminsdato",
               appt="tid hos|tandlæge", anniv="bryllupsdag|årsdag", exp="udløber|gyldig til", iss="udstedt|pas udstedt", dl="senest|betal senest",
               order="ordre nr|pakke nr", age="fylder {N} den|hun fylder {N} den", yr="født i|årgang bil", other="født og opvokset i|født vinder, mødes ved"),
    "no": dict(bw="f.|født|bursdag|f.dato|fødselsdato|bday", aft="er bursdagen min|ble jeg født|har jeg bursdag", kin="sønnen|datteren|mamma|pappa|lillebror|bestemor",
               q="når er du født?|trenger fødselsdato din|f.dato?", fl="sek|vent|sjekker|ok", party="fest|middag", due="termin|termindato",
               appt="time hos|tannlege", anniv="bryllupsdag|jubileum", exp="utløper|gyldig til", iss="utstedt|pass utstedt", dl="frist|betal innen",
               order="ordre nr|pakke nr", age="fyller {N} den|hun fyller {N} den", yr="født i|årsmodell", other="født og oppvokst i|født vinner, møtes ved"),
    "fi": dict(bw="s.|synt.|syntynyt|syntymäpäivä|synttärit|syntymäaika", aft="on mun synttärit|oon syntynyt|synt.", kin="poika|tytär|äiti|isä|vauva|mummo",
               q="mikä sun syntymäaika?|tarvin syntymäajan|synt.aika?", fl="hetki|sek|katon|ok", party="bileet|juhlat", due="laskettu aika|la",
               appt="aika|hammaslääkäri", anniv="hääpäivä|vuosipäivä", exp="voimassa|vanhenee", iss="myönnetty|passi myönnetty", dl="viimeistään|eräpäivä",
               order="tilaus nro|paketti nro", age="täytän {N} |täyttää {N} ", yr="oon syntynyt|vuosimalli", other="syntynyt ja kasvanut|syntynyt voittaja, kokoontuminen"),
    "cs": dict(bw="nar.|narozen|narozena|dat. nar.|narozky|datum nar", aft="mam narozky|jsem se narodila|nar.", kin="syn|dcera|mama|tata|maly|babicka",
               q="jaky mas datum narozeni?|potrebuju datum narozeni|dat. nar.?", fl="moment|sek|mrknu|ok", party="oslava|vecere", due="termin porodu|tp",
               appt="termin|zubar", anniv="vyroci|vyroci svatby", exp="platnost do|plati do", iss="vydano|op vydan", dl="do|zaplatit do",
               order="objednavka c|zasilka c", age="bude mi {N} |bude mu {N} ", yr="jsem rocnik|rok vyroby", other="narozen a vyrostl v|narozeny vitez, sraz u"),
    "hu": dict(bw="szül.|szul|szül:|szülinap|szuletett|szul.dat", aft="a szulinapom|szulettem|szül.", kin="fiam|lanyom|anyu|apu|kicsi|mama",
               q="mikor szulettel?|kell a szuletesi datumod|szul. datum?", fl="sec|varj|megnezem|ok", party="buli|vacsora", due="kiirt idopont|szules varhato",
               appt="idopont|fogorvos", anniv="evfordulo|hazassagi evfordulo", exp="ervenyes|lejar", iss="kiallitva|kiallitas", dl="hatarido|fizetesi hatarido",
               order="rendeles sz|csomag sz", age="{N} eves leszek|{N} eves lesz", yr="szulettem|evjarat", other="itt szulettem es nottem fel|nyeresre szuletett, gyulekezo"),
    "tr": dict(bw="doğ.|dog.|d.t.|dogum tarihi|dg|dogum gunu|dtarihi", aft="dogum gunum|dogdum|dogum tarihim", kin="oglum|kizim|annem|babam|bebek|babaannem",
               q="dogum tarihin ne?|dogum tarihin lazim|d.t.?", fl="bi sn|dur|bakiyorum|tamam", party="parti|yemek", due="dogum tarihi tahmini|tahmini dogum",
               appt="randevu|dis doktoru", anniv="yildonumu|evlilik yildonumu", exp="son kullanma|gecerlilik", iss="verilis|ehliyet verilis", dl="son gun|son odeme",
               order="siparis no|kargo no", age="{N} yasina giriyorum|{N} yasina giriyor", yr="dogumluyum|model yili", other="dogma buyume|kazanmak icin dogmus, bulusma"),
    "ro": dict(bw="n.|nascut|nascuta|data n.|data nasterii|ziua mea|zi de nastere", aft="e ziua mea|m-am nascut|data nasterii", kin="fiul meu|fiica mea|mama|tata|bebe|bunica",
               q="care e data ta de nastere?|am nevoie de data nasterii|data n.?", fl="stai|o sec|ma uit|ok", party="petrecere|cina", due="termen nastere|data probabila",
               appt="programare|dentist", anniv="aniversare|aniversare nunta", exp="expira|valabil pana", iss="emis|buletin emis", dl="termen|plata pana",
               order="comanda nr|colet nr", age="fac {N} ani|face {N} ani", yr="sunt din|an fabricatie", other="nascut si crescut in|nascut castigator, intalnire la"),
    "el": dict(bw="genn.|gennithike|im. gen.|genethlia|gen.|imerominia gennisis", aft="einai ta genethlia mou|gennithika|genn.", kin="o gios mou|i kori mou|i mama|o babas|to moro|i giagia",
               q="poia einai i im. gennisis sou?|thelo tin imerominia gennisis|genn.?", fl="perimene|sec|koitao|ok", party="parti|dinner", due="pithani imerominia toketou|toketos",
               appt="rantevou|odontiatros", anniv="epeteios|epeteios gamou", exp="ligi|isxyei eos", iss="ekdosi|taftotita ekdothike", dl="prothesmia|plirimi eos",
               order="paraggelia ar|dema ar", age="kleino ta {N}|kleinei ta {N}", yr="eimai tou|etos montelou", other="gennimenos kai megalomenos sto|gennimenos nikitis, synantisi sto"),
}
PLACES = ["leeds", "hamburg", "lyon", "utrecht", "sevilla", "bari", "porto", "gdansk", "malmo", "aarhus", "bergen", "tampere", "brno",
          "szeged", "izmir", "cluj", "patra"]
ASK = {"en": "Can you fill in the form from these {k} lines?", "de": "Kannst du aus diesen Zeilen ({k}) das Formular ausfüllen?",
       "fr": "Tu peux remplir le formulaire avec ces lignes ({k}) ?", "nl": "Kun je het formulier invullen met deze regels ({k})?",
       "es": "¿Puedes rellenar el formulario con estas líneas ({k})?", "it": "Puoi compilare il modulo da queste righe ({k})?",
       "pt": "Podes preencher o formulário com estas linhas ({k})?", "pl": "Możesz wypełnić formularz z tych linijek ({k})?",
       "sv": "Kan du fylla i formuläret från de här raderna ({k})?", "da": "Kan du udfylde formularen ud fra disse linjer ({k})?",
       "no": "Kan du fylle ut skjemaet fra disse linjene ({k})?", "fi": "Voitko täyttää lomakkeen näistä riveistä ({k})?",
       "cs": "Můžeš vyplnit formulář z těchto řádků ({k})?", "hu": "Ki tudod tölteni az űrlapot ezekből a sorokból ({k})?",
       "tr": "Bu satırlardan ({k}) formu doldurabilir misin?", "ro": "Poți completa formularul din aceste rânduri ({k})?",
       "el": "Mporeis na symplirosis ti forma apo aftes tis grammes ({k})?"}


def w(lg, key):
    return R.choice(T[lg][key].split("|"))


def birth():
    return R.randint(1938, 2019), R.randint(1, 12), R.randint(1, 28)


def past():
    return R.randint(2008, 2025), R.randint(1, 12), R.randint(1, 28)


def later():
    return R.choice([2026, 2026, 2027]), R.randint(1, 12), R.randint(1, 28)


def lead(doc, kind):
    """How a line opens in each kind: a clock stamp or sender in chat, a dash in notes."""
    r = R.random()
    if kind == "chat" and r < 0.4:
        doc.t(R.choice(["%d:%02d " % (R.randint(7, 22), R.randint(0, 59)), "me: ", "> "]))
    elif kind == "note" and r < 0.5:
        doc.t(R.choice(["- ", "* ", "• "]))
    elif kind == "voice" and r < 0.3:
        doc.t(R.choice(["um ", "uh ", "so ", "ok "]))


def emoji(doc, party=True):
    if R.random() < 0.25:
        doc.t(" " + R.choice(["🎂", "🎈", "🎂🎈", "🥳", "👍", "🙏", ":)", "xx"] if party else ["👍", "🙏", ":)", "xx", "!!"]))


def pos_line(doc, lg, kind):
    """One birth (sometimes over three lines: a question, a filler, the date)."""
    date = shape(lg, *birth(), kind)
    r = R.random()
    lead(doc, kind)
    if r < 0.35:
        doc.t(w(lg, "bw") + R.choice([" ", " ", ": ", " - "])).span("DATE_OF_BIRTH", date)
    elif r < 0.5:
        doc.t(R.choice(["🎂 ", "🎈 ", "🎂 " + w(lg, "bw") + " ", "🎈🎂 "])).span("DATE_OF_BIRTH", date)
    elif r < 0.65:
        doc.span("DATE_OF_BIRTH", date).t(" " + w(lg, "aft"))
    elif r < 0.82:
        doc.t(w(lg, "kin") + " " + w(lg, "bw") + R.choice([" ", ": "])).span("DATE_OF_BIRTH", date)
    else:
        doc.t(w(lg, "q") + "\n")
        if R.random() < 0.6:
            lead(doc, kind)
            doc.t(w(lg, "fl") + "\n")
        lead(doc, kind)
        doc.span("DATE_OF_BIRTH", date)
    emoji(doc)


def neg_line(doc, lg, kind):
    """One look-alike in the same shapes or beside the same words."""
    lead(doc, kind)
    r, key = R.random(), ""
    if r < 0.45:
        key = R.choice(["party", "due", "appt", "anniv", "exp", "iss", "dl"])
        ymd = past() if key in ("anniv", "iss") and R.random() < 0.5 else later()
        if key == "exp" and R.random() < 0.5:
            doc.t(w(lg, key) + " ").span("NEG_DATE", "%02d/%02d" % (ymd[1], ymd[0] % 100))
        else:
            doc.t(w(lg, key) + " ").span("NEG_DATE", shape(lg, *ymd, kind))
    elif r < 0.55:
        a = w(lg, "age").split("{N}")
        doc.t(a[0] + str(R.choice([18, 30, 40, 50, 60, 65])) + a[1].rstrip() + " ").span("NEG_DATE", shape(lg, *later(), kind))
    elif r < 0.65:
        y = R.randint(1950, 2012)
        lab = w(lg, "yr")
        doc.t(lab + ("" if lab.endswith("'") else " ")).span("NEG_YEAR", "%02d" % (y % 100) if R.random() < 0.6 or lab.endswith("'") else str(y))
    elif r < 0.75:
        doc.t(w(lg, "order") + R.choice([" ", ": ", " #"])).span("NEG_ORDER", "%06d" % R.randint(10000, 999999) if R.random() < 0.6
                                                                 else "%08d" % R.randint(1000000, 99999999))
    elif r < 0.85:
        doc.span("NEG_TIME", R.choice(["%d:%02d", "%d.%02d", "%02d%02d"]) % (R.randint(7, 21), R.choice([0, 15, 30, 45])))
        doc.t(" " + w(lg, "appt").split()[0])
    elif r < 0.93:
        doc.t(R.choice(["€", "$", "£", ""]))
        doc.span("NEG_AMOUNT", R.choice(["%d.%02d", "%d,%02d"]) % (R.randint(4, 4999), R.randint(0, 99)))
        doc.t(" " + w(lg, "dl").split()[0])
    else:
        doc.t(w(lg, "other") + " ").span("NEG_PLACE", R.choice(PLACES))
    emoji(doc, r < 0.45 and key == "party")


def record(lg, kind):
    doc, vals, negs, first = Spans(), 0, 0, R.random() < 0.5
    for k in range(R.randint(3, 6)):
        if k:
            doc.t("\n")
        if vals < negs or (vals == negs and first):
            pos_line(doc, lg, kind)
            vals += 1
        else:
            neg_line(doc, lg, kind)
            negs += 1
    return doc


def main():
    records, apis = [], ["chat", "responses", "anthropic", "gemini"]
    for i in range(510):
        lg = LOCS[i % len(LOCS)]
        kind = KINDS[(i // len(LOCS)) % len(KINDS)]
        doc = record(lg, kind)
        ascii_ = i % 3 == 0
        api = apis[(i // 3) % 4]
        body, spans = ask_body(api, ASK[lg].replace(" ({k})", "").replace(" {k}", ""), doc.text, doc.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": kind, "api": api, "ascii": ascii_})
    write_json(records)


if __name__ == "__main__":
    main()
