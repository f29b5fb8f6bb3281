#!/usr/bin/env python3
"""gen_spoken51.py: people, streets, births, phones and e-mail addresses in speech-to-text and
phone typing (tune set; branch spoken51, written and committed before any detector or rewrite rule
was read and before hush was run on it), from the public brief of the twenty-third blind set's
noisy family (dictation and voice-assistant transcripts without punctuation or casing, SMS
shorthand and typos), in other domains than that set's: call-centre recordings, voicemail-to-text,
in-car voice assistants, meeting dictation, doctor's dictation, reception phone notes, delivery
drivers' voice notes, group chats, SMS to a landlord, a school or a garage.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks the model to clean up, summarise or file a
transcript or a message. The transcript:
- no punctuation and no casing (or sentence case only), fillers (`um`, `äh`, `euh`, `şey`) and
  repeated words, diarised turns (`speaker 1:`, `[00:01:12] caller:`, `agent:`);
- names in lower case, self-corrections (`my name is anna no hanna becker`: both names gold),
  names spelled letter by letter (`b e c k e r`, `b-e-c-k-e-r`: gold over the letters), names
  without diacritics (`muller`, `francois`), glued (`annabecker`);
- phones read digit by digit in the language (`oh seven seven double four ...`, `null eins
  sieben sechs ...`, `zéro six douze trente-quatre ...` in pairs), or typed as digits in an SMS;
- dates of birth spoken (`born on the third of may nineteen eighty one`, `geboren am zwölften
  märz neunzehnhundertachtzig`, `dob 3 5 81`): the span covers the date's words;
- house numbers in words (`twelve baker street`, `lindenstraße vierzehn`);
- e-mail addresses spoken (`anna dot becker at gmail dot com`) or typed;
- SMS shorthand and typos (pls, thx, tmrw, bday, dob, addr, u, ur).
Look-alikes as NEG_ spans in the same shapes: lower-case words that are also names used as words
(will, mark, rose, may, bill, art, faith, bob as a verb), firms, products, pets, places, dates
that are not births (appointments, deliveries), numbers in words that are not phones (amounts,
times, order and case numbers, meter readings, mileage).
Languages: en, de, fr, nl, es, it, pt, pl, sv, tr, da, cs; half the names invented, a fifth of
global origin. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL12, END12, MONTH_WORDS, write_json  # noqa: E402
from gen_bodies import append_body, ask_body  # noqa: E402
from gen_chat_common import Chat, draw_person, plain, sentence_case  # noqa: E402

rng = random.Random(20261206 + 51)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "tr", "da", "cs"]

REAL = {
    "en": (["oliver", "hannah", "rebecca", "declan", "grace", "martin", "chloe", "george"],
           ["ashworth", "fletcher", "brennan", "harding", "pritchard", "whitfield", "baxter"]),
    "de": (["anna", "hanna", "jonas", "ulrike", "matthias", "sabine", "tobias", "katrin"],
           ["becker", "müller", "weber", "vogel", "lindner", "krause", "schäfer", "brandt"]),
    "fr": (["camille", "mathieu", "claire", "françois", "aurélie", "benoît", "hélène"],
           ["dupont", "lefèvre", "moreau", "girard", "marchand", "rousseau", "fontaine"]),
    "nl": (["sanne", "daan", "lotte", "bram", "fleur", "thijs", "anouk"],
           ["de vries", "jansen", "bakker", "visser", "smit", "van dijk", "mulder"]),
    "es": (["ana", "javier", "lucía", "josé", "sergio", "carmen", "rodrigo", "inés"],
           ["ruiz", "garcía", "navarro", "romero", "castillo", "ortega", "iglesias"]),
    "it": (["giulia", "matteo", "chiara", "davide", "lorenzo", "francesca", "elisa"],
           ["rossi", "bianchi", "colombo", "esposito", "ricci", "ferraro", "greco"]),
    "pt": (["joão", "beatriz", "inês", "tiago", "mariana", "rui", "joana"],
           ["silva", "ferreira", "costa", "carvalho", "rodrigues", "pereira", "almeida"]),
    "pl": (["katarzyna", "piotr", "agnieszka", "tomasz", "małgorzata", "paweł"],
           ["kowalczyk", "wójcik", "nowak", "mazur", "krawczyk", "lewandowski"]),
    "sv": (["sven", "ingrid", "karin", "anders", "linnea", "erik"],
           ["lindqvist", "andersson", "bergström", "holm", "nyberg", "sjöberg"]),
    "tr": (["ayşe", "mehmet", "zeynep", "emre", "elif", "burak"],
           ["yılmaz", "kaya", "demir", "şahin", "çelik", "aydın", "öztürk"]),
    "da": (["mette", "søren", "freja", "mads", "ida", "rasmus"],
           ["jørgensen", "nielsen", "christensen", "mikkelsen", "kjær", "dalgaard"]),
    "cs": (["jana", "jakub", "lucie", "ondřej", "kateřina", "jiří"],
           ["dvořáková", "novák", "černá", "procházka", "kučerová", "veselý"]),
}
GLOBAL = (["oluwaseun", "priya", "wei", "tariq", "kwame", "aiko", "rahul", "fatima", "thanh",
           "nadia", "kofi", "amara", "hiroshi", "ngozi", "arjun", "layla"],
          ["adeyemi", "raghunathan", "zhang", "haddad", "mensah", "tanaka", "chatterjee",
           "benali", "quispe", "nguyen", "okonkwo", "farouk", "mwangi", "suleiman"])
SYL = dict(SYL12)
SYL["da"] = ["sø", "bjør", "hol", "ren", "kjel", "lund", "dal", "tof"]
END = dict(END12)
END["da"] = ["sen", "gaard", "strup"]


def person(lg):
    return draw_person(rng, GLOBAL, REAL[lg], SYL[lg], END[lg], 0.6)


# ---- number words ---------------------------------------------------------------------------------
DIG = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "da": "nul en to tre fire fem seks syv otte ni".split(),
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět".split(),
}
TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście "
          "osiemnaście dziewiętnaście",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    "tr": "on on_bir on_iki on_üç on_dört on_beş on_altı on_yedi on_sekiz on_dokuz",
    "cs": "deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct",
}
TEENS = {k: [w.replace("_", " ") for w in v.split()] for k, v in TEENS.items()}
TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
          "osiemdziesiąt dziewięćdziesiąt",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
    "tr": "yirmi otuz kırk elli altmış yetmiş seksen doksan",
    "cs": "dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát",
}
TENS = {k: v.split() for k, v in TENS.items()}


def card(lg, n):
    """n (0..99) as the language says it, or None where this generator has no words for it."""
    if lg == "da" or lg not in TENS:
        return None
    if n < 10:
        return DIG[lg][n] if not (lg == "de" and n == 1) else "eins"
    if n < 20:
        return TEENS[lg][n - 10]
    t, u = divmod(n, 10)
    tw = TENS[lg][t - 2]
    if u == 0:
        return tw if not (lg == "fr" and t == 8) else "quatre-vingts"
    d = DIG[lg][u]
    if lg == "en":
        return tw + " " + d
    if lg == "de":
        return ("ein" if u == 1 else d) + "und" + tw
    if lg == "nl":
        return d + ("ën" if d.endswith("e") else "en") + tw
    if lg == "fr":
        if t in (7, 9):
            base = TENS["fr"][t - 3]
            return base + ("-et-" if t == 7 and u == 1 else "-") + TEENS["fr"][u]
        return tw + ("-et-un" if u == 1 and t != 8 else "-" + d)
    if lg == "es":
        if t == 2:
            return {2: "veintidós", 3: "veintitrés", 6: "veintiséis"}.get(u, "veinti" + d)
        return tw + " y " + d
    if lg == "it":
        if u in (1, 8):
            tw = tw[:-1]
        return tw + ("tré" if u == 3 else d)
    if lg == "pt":
        return tw + " e " + d
    if lg == "sv":
        return tw + d
    return tw + " " + d  # pl, tr, cs


def year_words(lg, y):
    """A year of birth in words, or None."""
    hi, lo = divmod(y, 100)
    if lg == "en":
        if hi == 20:
            return "two thousand" + (" and " + card("en", lo) if lo else "")
        return "nineteen " + (card("en", lo) if lo >= 10 else ("oh " + DIG["en"][lo] if lo else "hundred"))
    if lg == "de":
        return "neunzehnhundert" + (card("de", lo) if lo else "") if hi == 19 else \
            "zweitausend" + (card("de", lo) if lo else "")
    if lg == "nl":
        return ("negentien" + ("honderd" if lo < 10 else " ") + (card("nl", lo) if lo else "")) if hi == 19 \
            else "tweeduizend" + (card("nl", lo) if lo else "")
    if lg == "fr":
        return ("mille neuf cent " + card("fr", lo)) if hi == 19 and lo else \
            ("deux mille " + card("fr", lo) if lo else "deux mille")
    if lg == "es":
        return ("mil novecientos " + card("es", lo)) if hi == 19 and lo else "dos mil " + card("es", lo)
    if lg == "it":
        return ("millenovecento" + card("it", lo)) if hi == 19 and lo else "duemila" + card("it", lo)
    if lg == "pt":
        return ("mil novecentos e " + card("pt", lo)) if hi == 19 and lo else "dois mil e " + card("pt", lo)
    if lg == "tr":
        return ("bin dokuz yüz " + card("tr", lo)) if hi == 19 and lo else "iki bin " + card("tr", lo)
    if lg == "sv":
        return ("nittonhundra" + card("sv", lo)) if hi == 19 and lo else "tjugohundra" + card("sv", lo)
    return None


EN_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
          "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def en_ord(d):
    if d <= 20:
        return EN_ORD[d - 1]
    t, u = divmod(d, 10)
    return (TENS["en"][t - 2][:-1] + "ieth") if u == 0 else TENS["en"][t - 2] + " " + EN_ORD[u - 1]


def de_ord(d):
    w = card("de", d)
    w = {"eins": "ers", "drei": "drit", "sieben": "sieb", "acht": "ach"}.get(w, w)
    return w + ("sten" if d >= 20 else "ten")


def sv_ord(d):
    o = ("första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte "
         "trettonde fjortonde femtonde sextonde sjuttonde artonde nittonde tjugonde").split()
    return o[d - 1] if d <= 20 else str(d)


def month(lg, m):
    return MONTH_WORDS[lg][m - 1].lower()


def dob_words(lg, y, m, d):
    """A date of birth as a recogniser or a dictating person writes it (no punctuation)."""
    yw = year_words(lg, y) if rng.random() < 0.7 else None
    ys = yw or (str(y) if rng.random() < 0.75 else str(y)[2:])
    if lg == "en":
        return rng.choice([
            en_ord(d) + " of " + month(lg, m) + " " + ys,
            month(lg, m) + " " + en_ord(d) + " " + ys,
            month(lg, m) + " " + card("en", d) + " " + ys,
            " ".join("oh" if c == "0" else DIG["en"][int(c)] for c in "%02d%02d" % (d, m)) + " " + ys,
        ])
    if lg == "de":
        return rng.choice([de_ord(d) + " " + month(lg, m) + " " + ys,
                           de_ord(d) + " " + de_ord(m) + " " + ys,
                           str(d) + " " + month(lg, m) + " " + ys])
    if lg == "sv":
        return rng.choice([sv_ord(d) + " " + month(lg, m) + " " + ys, str(d) + " " + month(lg, m) + " " + ys])
    dw = card(lg, d) if lg in ("fr", "nl", "es", "it", "pt", "tr") and rng.random() < 0.7 else str(d)
    if lg == "fr" and d == 1:
        dw = "premier"
    if lg in ("es", "pt"):
        return dw + " de " + month(lg, m) + " de " + ys
    return dw + " " + month(lg, m) + " " + ys


def phone_digits(lg):
    """A national number as digits (the country's shape)."""
    nz = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {"en": "07" + rng.choice("1234579") + nz(8), "de": "01" + rng.choice("567") + nz(8),
            "fr": "0" + rng.choice("67") + nz(8), "nl": "06" + nz(8), "es": rng.choice("67") + nz(8),
            "it": "3" + rng.choice("234") + nz(8), "pt": "9" + rng.choice("1236") + nz(7),
            "pl": rng.choice("5678") + nz(8), "sv": "07" + rng.choice("0236") + nz(7),
            "tr": "05" + rng.choice("345") + nz(8), "da": rng.choice("2345") + nz(7),
            "cs": rng.choice("67") + nz(8)}[lg]


def phone_words(lg, ds):
    """ds read out: digit by digit, English with `double`/`triple` and `oh`, French in pairs."""
    if lg == "fr" and rng.random() < 0.6:
        out = ["zéro " + DIG["fr"][int(ds[1])]]
        for k in range(2, len(ds) - 1, 2):
            n = int(ds[k:k + 2])
            out.append(("zéro " + DIG["fr"][n]) if ds[k] == "0" else card("fr", n))
        return " ".join(out)
    words, k = [], 0
    while k < len(ds):
        c = ds[k]
        w = ("oh" if rng.random() < 0.7 else "zero") if (lg == "en" and c == "0") else DIG[lg][int(c)]
        if lg == "de" and c == "2" and rng.random() < 0.4:
            w = "zwo"
        run = 1
        while k + run < len(ds) and ds[k + run] == c and run < 3:
            run += 1
        if lg == "en" and run >= 2 and rng.random() < 0.8:
            words.append(("double " if run == 2 else "triple ") + w)
            k += run
            continue
        words.append(w)
        k += 1
    return " ".join(words)


def phone(lg):
    ds = phone_digits(lg)
    r = rng.random()
    if r < 0.7:
        return phone_words(lg, ds)
    if r < 0.85:
        return ds
    return " ".join(ds[i:i + 3] for i in range(0, len(ds), 3))


STREETS = {
    "en": [("{n} {s} street", ["baker", "church", "mill", "station", "high"]),
           ("{n} {s} road", ["elm", "victoria", "park", "london"]),
           ("{n} {s} lane", ["rose", "cherry", "mill"])],
    "de": [("{s}straße {n}", ["linden", "haupt", "bahnhof", "schiller", "goethe"]),
           ("{s}weg {n}", ["birken", "am see", "eichen"])],
    "fr": [("{n} rue {s}", ["des lilas", "victor hugo", "de la paix", "pasteur"]),
           ("{n} avenue {s}", ["jean jaurès", "foch"])],
    "nl": [("{s}straat {n}", ["kerk", "molen", "dorps", "school"]), ("{s}weg {n}", ["rijks", "kanaal"])],
    "es": [("calle {s} {n}", ["mayor", "del olmo", "real", "alcalá"]), ("avenida {s} {n}", ["de la paz", "del puerto"])],
    "it": [("via {s} {n}", ["roma", "garibaldi", "dei mille", "mazzini"]), ("corso {s} {n}", ["italia", "vittorio emanuele"])],
    "pt": [("rua {s} {n}", ["das flores", "augusta", "do carmo"]), ("avenida {s} {n}", ["da liberdade", "central"])],
    "pl": [("ulica {s} {n}", ["długa", "polna", "lipowa", "kwiatowa"]), ("ul {s} {n}", ["leśna", "słoneczna"])],
    "sv": [("{s}gatan {n}", ["stor", "kyrko", "skol", "drottning"]), ("{s}vägen {n}", ["björk", "ek"])],
    "tr": [("{s} sokak no {n}", ["gül", "lale", "çınar"]), ("{s} caddesi {n}", ["atatürk", "istiklal"])],
    "da": [("{s}gade {n}", ["skole", "kirke", "nørre"]), ("{s}vej {n}", ["birke", "strand"])],
    "cs": [("ulice {s} {n}", ["dlouhá", "školní", "nádražní"]), ("{s} {n}", ["husova", "masarykova"])],
}


def street(lg):
    tpl, names = rng.choice(STREETS[lg])
    n = rng.randint(1, 89)
    w = card(lg, n) if rng.random() < 0.6 else None
    if w is None:
        w = str(n)
    return tpl.format(n=w, s=rng.choice(names))


DOMAINS = {"en": ["gmail", "outlook", "yahoo", "hotmail"], "de": ["web", "gmx", "t-online"],
           "fr": ["orange", "free", "laposte"], "nl": ["ziggo", "kpnmail", "gmail"],
           "es": ["gmail", "telefonica"], "it": ["libero", "tiscali", "gmail"], "pt": ["sapo", "gmail"],
           "pl": ["wp", "onet", "interia"], "sv": ["telia", "gmail"], "tr": ["gmail", "yandex"],
           "da": ["mail", "gmail"], "cs": ["seznam", "centrum"]}
TLD = {"en": "co uk", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt",
       "pl": "pl", "sv": "se", "tr": "com", "da": "dk", "cs": "cz"}
DOT = {"en": "dot", "de": "punkt", "fr": "point", "nl": "punt", "es": "punto", "it": "punto",
       "pt": "ponto", "pl": "kropka", "sv": "punkt", "tr": "nokta", "da": "punktum", "cs": "tečka"}
AT = {"en": "at", "de": "at", "fr": "arobase", "nl": "apenstaartje", "es": "arroba", "it": "chiocciola",
      "pt": "arroba", "pl": "małpa", "sv": "snabel-a", "tr": "et", "da": "snabel-a", "cs": "zavináč"}


def email(lg, g, s):
    g, s = plain(g).replace(" ", ""), plain(s).replace(" ", "")
    dom = rng.choice(DOMAINS[lg] if rng.random() < 0.7 else ["gmail", "outlook"])
    tld = TLD[lg] if dom not in ("gmail", "outlook", "yahoo", "hotmail") else "com"
    if rng.random() < 0.6:
        d = " " + DOT[lg] + " "
        return g + d + s + " " + AT[lg] + " " + dom + d + tld.replace(" ", d)
    return g + "." + s + "@" + dom + "." + tld.replace(" ", ".")


def spell(w):
    w = plain(w).replace(" ", "")
    return rng.choice([" ", " ", "-"]).join(w)


# ---- the transcript's sentences ---------------------------------------------------------------------
# {P} a person (whole, corrected, spelled or glued), {G} a given name alone, {PH} a phone, {DOB} a
# date of birth, {ST} a street, {EM} an e-mail address; look-alikes: {W} a name-word used as a
# word (a sentence of its own, from WORDS), {ORG} a firm, {PROD} a product, {PET} a pet, {PLACE}
# a place, {NDATE} an appointment or delivery date, {NUM} a number in words that is not a phone.
S = {
    "en": {
        "name": ["hi this is {P}", "my name is {P}", "yeah hi its {P} calling", "patient {P}",
                 "this message is for {G} from {P}", "the caller was {P}", "{P} here"],
        "phone": ["call me back on {PH}", "my number is {PH}", "you can reach me on {PH}",
                  "mobile {PH}", "ring me on {PH} thanks", "new no is {PH}"],
        "dob": ["born on the {DOB}", "date of birth {DOB}", "dob {DOB}", "she was born {DOB}",
                "his birthday is the {DOB}", "bday {DOB}"],
        "street": ["i live at {ST}", "the address is {ST}", "deliver to {ST} pls", "addr {ST}",
                   "were at {ST} now", "moved to {ST}"],
        "email": ["my email is {EM}", "email me at {EM}", "send it to {EM} thx"],
        "neg": ["the appointment is on {NDATE}", "parcel comes {NDATE}", "the total was {NUM}",
                "order number {NUM}", "meter reading {NUM}", "it costs {NUM} pounds",
                "i rang {ORG} about it", "the {PROD} keeps beeping", "our dog {PET} is at the vet",
                "we drove to {PLACE}", "case reference {NUM}", "call back at {NUM}"],
    },
    "de": {
        "name": ["hallo hier ist {P}", "mein name ist {P}", "ja guten tag {P} am apparat",
                 "patientin {P}", "nachricht für {G} von {P}", "anrufer war {P}"],
        "phone": ["rufen sie mich zurück unter {PH}", "meine nummer ist {PH}", "handy {PH}",
                  "erreichbar unter {PH}", "neue nr {PH}"],
        "dob": ["geboren am {DOB}", "geburtsdatum {DOB}", "geb {DOB}", "sie ist am {DOB} geboren"],
        "street": ["ich wohne in der {ST}", "adresse ist {ST}", "bitte liefern an {ST}", "wir sind jetzt in der {ST}"],
        "email": ["meine email ist {EM}", "schick es an {EM} danke"],
        "neg": ["termin ist am {NDATE}", "paket kommt am {NDATE}", "der betrag war {NUM} euro",
                "bestellnummer {NUM}", "zählerstand {NUM}", "ich hab bei {ORG} angerufen",
                "der {PROD} piept dauernd", "unser hund {PET} ist beim tierarzt", "wir fahren nach {PLACE}",
                "aktenzeichen {NUM}"],
    },
    "fr": {
        "name": ["bonjour c'est {P}", "je m'appelle {P}", "oui bonjour {P} à l'appareil", "patiente {P}",
                 "message pour {G} de la part de {P}"],
        "phone": ["rappelez moi au {PH}", "mon numéro c'est le {PH}", "portable {PH}", "joignable au {PH}"],
        "dob": ["né le {DOB}", "née le {DOB}", "date de naissance le {DOB}", "ddn {DOB}"],
        "street": ["j'habite au {ST}", "l'adresse c'est {ST}", "livrer au {ST} svp"],
        "email": ["mon mail c'est {EM}", "envoyez le à {EM} merci"],
        "neg": ["le rendez-vous est le {NDATE}", "livraison prévue le {NDATE}", "le montant était de {NUM} euros",
                "numéro de commande {NUM}", "relevé du compteur {NUM}", "j'ai appelé {ORG}",
                "le {PROD} ne marche plus", "notre chat {PET} est malade", "on part à {PLACE}"],
    },
    "nl": {
        "name": ["hoi met {P}", "mijn naam is {P}", "ja goedemiddag u spreekt met {P}", "patiënt {P}",
                 "bericht voor {G} van {P}"],
        "phone": ["bel me terug op {PH}", "mijn nummer is {PH}", "mobiel {PH}", "nieuw nr {PH}"],
        "dob": ["geboren op {DOB}", "geboortedatum {DOB}", "geb {DOB}"],
        "street": ["ik woon op de {ST}", "het adres is {ST}", "graag bezorgen op {ST}"],
        "email": ["mijn mail is {EM}", "stuur het naar {EM} bedankt"],
        "neg": ["de afspraak is op {NDATE}", "pakket komt {NDATE}", "het bedrag was {NUM} euro",
                "ordernummer {NUM}", "meterstand {NUM}", "ik heb {ORG} gebeld", "de {PROD} doet het niet",
                "onze kat {PET} is ziek", "we rijden naar {PLACE}"],
    },
    "es": {
        "name": ["hola soy {P}", "me llamo {P}", "sí buenas le habla {P}", "paciente {P}",
                 "mensaje para {G} de parte de {P}"],
        "phone": ["llámeme al {PH}", "mi número es el {PH}", "móvil {PH}", "mi tlf {PH}"],
        "dob": ["nací el {DOB}", "fecha de nacimiento {DOB}", "nacida el {DOB}", "f nac {DOB}"],
        "street": ["vivo en la {ST}", "la dirección es {ST}", "entregar en {ST} porfa"],
        "email": ["mi correo es {EM}", "mándalo a {EM} gracias"],
        "neg": ["la cita es el {NDATE}", "el paquete llega el {NDATE}", "el importe fue {NUM} euros",
                "número de pedido {NUM}", "lectura del contador {NUM}", "llamé a {ORG}",
                "el {PROD} no funciona", "nuestro perro {PET} está enfermo", "vamos a {PLACE}"],
    },
    "it": {
        "name": ["ciao sono {P}", "mi chiamo {P}", "sì buongiorno sono {P}", "paziente {P}",
                 "messaggio per {G} da parte di {P}"],
        "phone": ["mi richiami al {PH}", "il mio numero è {PH}", "cellulare {PH}", "cell {PH}"],
        "dob": ["nato il {DOB}", "nata il {DOB}", "data di nascita {DOB}"],
        "street": ["abito in {ST}", "l'indirizzo è {ST}", "consegnare in {ST} grazie"],
        "email": ["la mia mail è {EM}", "mandalo a {EM} grazie"],
        "neg": ["l'appuntamento è il {NDATE}", "il pacco arriva il {NDATE}", "l'importo era {NUM} euro",
                "numero ordine {NUM}", "lettura del contatore {NUM}", "ho chiamato {ORG}",
                "il {PROD} non funziona", "il nostro cane {PET} sta male", "andiamo a {PLACE}"],
    },
    "pt": {
        "name": ["olá é {P}", "o meu nome é {P}", "sim bom dia fala {P}", "paciente {P}",
                 "recado para {G} da parte de {P}"],
        "phone": ["ligue-me para o {PH}", "o meu número é {PH}", "telemóvel {PH}", "tlm {PH}"],
        "dob": ["nasci a {DOB}", "data de nascimento {DOB}", "nascida em {DOB}"],
        "street": ["moro na {ST}", "a morada é {ST}", "entregar na {ST} pf"],
        "email": ["o meu email é {EM}", "manda para {EM} obg"],
        "neg": ["a consulta é a {NDATE}", "a encomenda chega a {NDATE}", "o valor foi {NUM} euros",
                "número da encomenda {NUM}", "leitura do contador {NUM}", "liguei para a {ORG}",
                "o {PROD} não funciona", "o nosso cão {PET} está doente", "vamos para {PLACE}"],
    },
    "pl": {
        "name": ["dzień dobry tu {P}", "nazywam się {P}", "tak dzień dobry mówi {P}", "pacjentka {P}",
                 "wiadomość dla {G} od {P}"],
        "phone": ["proszę oddzwonić na {PH}", "mój numer to {PH}", "komórka {PH}", "tel {PH}"],
        "dob": ["urodzona {DOB}", "data urodzenia {DOB}", "ur {DOB}"],
        "street": ["mieszkam na {ST}", "adres to {ST}", "proszę dostarczyć na {ST}"],
        "email": ["mój mail to {EM}", "wyślij na {EM} dzięki"],
        "neg": ["wizyta jest {NDATE}", "paczka przyjdzie {NDATE}", "kwota to {NUM} złotych",
                "numer zamówienia {NUM}", "stan licznika {NUM}", "dzwoniłam do {ORG}",
                "{PROD} nie działa", "nasz pies {PET} jest chory", "jedziemy do {PLACE}"],
    },
    "sv": {
        "name": ["hej det är {P}", "jag heter {P}", "ja hej det är {P} som ringer", "patient {P}",
                 "meddelande till {G} från {P}"],
        "phone": ["ring mig på {PH}", "mitt nummer är {PH}", "mobil {PH}", "nytt nr {PH}"],
        "dob": ["född den {DOB}", "födelsedatum {DOB}", "född {DOB}"],
        "street": ["jag bor på {ST}", "adressen är {ST}", "leverera till {ST} tack"],
        "email": ["min mejl är {EM}", "skicka till {EM} tack"],
        "neg": ["tiden är den {NDATE}", "paketet kommer {NDATE}", "summan var {NUM} kronor",
                "ordernummer {NUM}", "mätarställning {NUM}", "jag ringde {ORG}", "{PROD} piper hela tiden",
                "vår hund {PET} är sjuk", "vi åker till {PLACE}"],
    },
    "tr": {
        "name": ["merhaba ben {P}", "adım {P}", "evet iyi günler ben {P}", "hasta {P}",
                 "{G} için mesaj {P} aradı"],
        "phone": ["beni {PH} numarasından arayın", "numaram {PH}", "cep {PH}", "tel {PH}"],
        "dob": ["doğum tarihi {DOB}", "{DOB} doğumluyum", "dt {DOB}"],
        "street": ["adresim {ST}", "{ST} adresine teslim edin", "{ST} oturuyorum"],
        "email": ["mailim {EM}", "{EM} adresine gönder sağol"],
        "neg": ["randevu {NDATE}", "kargo {NDATE} gelecek", "tutar {NUM} lira", "sipariş numarası {NUM}",
                "sayaç {NUM}", "{ORG} aradım", "{PROD} çalışmıyor", "köpeğimiz {PET} hasta", "{PLACE} gidiyoruz"],
    },
    "da": {
        "name": ["hej det er {P}", "jeg hedder {P}", "ja goddag det er {P}", "patient {P}",
                 "besked til {G} fra {P}"],
        "phone": ["ring til mig på {PH}", "mit nummer er {PH}", "mobil {PH}"],
        "dob": ["født den {DOB}", "fødselsdato {DOB}", "f {DOB}"],
        "street": ["jeg bor på {ST}", "adressen er {ST}", "lever til {ST} tak"],
        "email": ["min mail er {EM}", "send til {EM} tak"],
        "neg": ["tiden er den {NDATE}", "pakken kommer {NDATE}", "beløbet var {NUM} kroner", "ordrenummer {NUM}",
                "målerstand {NUM}", "jeg ringede til {ORG}", "{PROD} virker ikke", "vores hund {PET} er syg",
                "vi kører til {PLACE}"],
    },
    "cs": {
        "name": ["dobrý den tady {P}", "jmenuju se {P}", "ano dobrý den volá {P}", "pacientka {P}",
                 "vzkaz pro {G} od {P}"],
        "phone": ["zavolejte mi na {PH}", "moje číslo je {PH}", "mobil {PH}", "tel {PH}"],
        "dob": ["narozena {DOB}", "datum narození {DOB}", "nar {DOB}"],
        "street": ["bydlím v ulici {ST}", "adresa je {ST}", "doručte na {ST} díky"],
        "email": ["můj mail je {EM}", "pošlete to na {EM} díky"],
        "neg": ["termín je {NDATE}", "balík přijde {NDATE}", "částka byla {NUM} korun", "číslo objednávky {NUM}",
                "stav elektroměru {NUM}", "volala jsem do {ORG}", "{PROD} nefunguje", "náš pes {PET} je nemocný",
                "jedeme do {PLACE}"],
    },
}
# Correction words: "my name is anna no hanna becker".
NO = {"en": "no sorry", "de": "nein", "fr": "non pardon", "nl": "nee sorry", "es": "no perdón",
      "it": "no scusi", "pt": "não desculpe", "pl": "nie przepraszam", "sv": "nej förlåt",
      "tr": "yok pardon", "da": "nej undskyld", "cs": "ne pardon"}
SPELLCUE = {"en": "thats spelled", "de": "buchstabiert", "fr": "ça s'écrit", "nl": "gespeld",
            "es": "se escribe", "it": "si scrive", "pt": "escreve-se", "pl": "literuję",
            "sv": "det stavas", "tr": "harf harf", "da": "det staves", "cs": "hláskuju"}
FILL = {"en": ["um", "uh", "er", "like", "you know"], "de": ["äh", "ähm", "also", "halt"],
        "fr": ["euh", "ben", "donc"], "nl": ["eh", "uh", "dus"], "es": ["eh", "este", "pues"],
        "it": ["ehm", "cioè", "allora"], "pt": ["hum", "tipo", "pronto"], "pl": ["yyy", "no", "znaczy"],
        "sv": ["eh", "alltså", "liksom"], "tr": ["şey", "ıı", "yani"], "da": ["øh", "altså"],
        "cs": ["ehm", "no", "jako"]}
# Look-alikes: a name-word used as a word, in a sentence of its own.
WORDS = {
    "en": ["i {will} call again", "can you {mark} it as urgent", "the {rose} bush needs cutting",
           "{may} i ask about the {bill}", "its a work of {art}", "have {faith} it works out",
           "the kids {bob} for apples", "the {bill} was wrong", "{will} you {sue} them"],
    "de": ["ich {will} nur fragen", "die {rose} im garten", "das {mark} ist weg", "ich {kann} morgen"],
    "fr": ["la {rose} est fanée", "il faut {marie} la sauce", "c'est {claire} comme de l'eau"],
    "nl": ["ik {wil} even vragen", "de {roos} bloeit", "het is {mark} zwaar"],
    "es": ["la {rosa} del jardín", "con {fe} todo sale", "la {luz} no funciona"],
    "it": ["la {rosa} è sbocciata", "ci vuole {fede}", "un {angelo} di bambino"],
    "pt": ["a {rosa} murchou", "tenho {fé}", "a {luz} apagou"],
    "pl": ["{róża} zwiędła", "mam {nadzieję}"],
    "sv": ["jag {vill} bara fråga", "{rosa} blommor"],
    "tr": ["{gül} bahçede", "{umut} var"],
    "da": ["jeg {vil} bare spørge", "en {rose} i haven"],
    "cs": ["{růže} uvadla", "mám {naději}"],
}
ORGS = ["vodafone", "tesco", "ikea", "dhl", "deutsche bahn", "ing", "santander", "edf", "telia",
        "turkcell", "orlen", "vattenfall", "o2", "allianz", "mercedes"]
PRODS = ["alexa", "fitbit", "thermomix", "nest thermostat", "roomba", "kindle", "dyson", "tesla app"]
PETS = ["biscuit", "luna", "max", "pepper", "bella", "oskar", "minou", "rocky"]
PLACES = ["leeds", "köln", "lyon", "utrecht", "sevilla", "bologna", "porto", "kraków", "malmö",
          "izmir", "aarhus", "brno", "heathrow", "ikea wembley"]


def ndate(lg):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if lg == "en":
        return rng.choice(["the " + en_ord(d) + " of " + month(lg, m), month(lg, m) + " " + en_ord(d),
                           "tmrw at " + card("en", rng.randint(1, 11))])
    if lg == "de":
        return de_ord(d) + " " + month(lg, m)
    if lg == "sv":
        return sv_ord(d) + " " + month(lg, m)
    dw = card(lg, d) if card(lg, d) and rng.random() < 0.6 else str(d)
    return dw + (" de " if lg in ("es", "pt") else " ") + month(lg, m)


def num(lg):
    """A number in words that is not a phone: an amount, an order or case number, a reading."""
    r = rng.random()
    if r < 0.5:
        n = rng.randint(4, 8)
        return " ".join(DIG[lg][int(c)] for c in str(rng.randint(10 ** (n - 1), 10 ** n - 1)))
    if r < 0.8 and card(lg, 1):
        return card(lg, rng.randint(2, 99))
    return str(rng.randint(100, 99999))


def name_slot(tr, lg, g, s, mode):
    if rng.random() < 0.3:
        g, s = plain(g), plain(s)
    if mode == "correct":
        g0 = rng.choice(REAL[lg][0] + GLOBAL[0][:4])
        if g0 == g:
            g0 = g[:-1] + "e" if not g.endswith("e") else g[:-1] + "a"
        tr.s("PERSON", g0)
        tr.t(" " + NO[lg] + " ")
        tr.s("PERSON", g + " " + s)
    elif mode == "spell":
        tr.s("PERSON", g + " " + s)
        tr.t(" " + SPELLCUE[lg] + " ")
        tr.s("PERSON", spell(s))
    elif mode == "glued":
        tr.s("PERSON", g + s.replace(" ", ""))
    elif mode == "repeat":
        tr.s("PERSON", g)
        tr.t(" " + rng.choice(FILL[lg]) + " ")
        tr.s("PERSON", g + " " + s)
    elif mode == "sentence":
        tr.s("PERSON", g.capitalize() + " " + " ".join(w.capitalize() for w in s.split()))
    else:
        tr.s("PERSON", g + " " + s)


def fill(tr, lg, tpl, g, s, nmode):
    tr.walk(tpl, lambda key: slot(tr, lg, key, g, s, nmode))


def slot(tr, lg, key, g, s, nmode):
    if key == "P":
        name_slot(tr, lg, g, s, nmode)
    elif key == "G":
        g2, _ = person(lg)
        tr.s("PERSON", g2)
    elif key == "PH":
        tr.s("PHONE_NUMBER", phone(lg))
    elif key == "DOB":
        y, m, d = rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.25:
            v = rng.choice(["%d %d %s", "%02d%02d%s", "%d/%d/%s"]) % (d, m, rng.choice([str(y), str(y)[2:]]))
        else:
            v = dob_words(lg, y, m, d)
        tr.s("DATE_OF_BIRTH", v)
    elif key == "ST":
        tr.s("STREET_ADDRESS", street(lg))
    elif key == "EM":
        tr.s("EMAIL_ADDRESS", email(lg, g, s))
    elif key == "NDATE":
        tr.s("NEG_DATE", ndate(lg))
    elif key == "NUM":
        tr.s("NEG_NUMBER", num(lg))
    elif key == "ORG":
        tr.s("NEG_ORG", rng.choice(ORGS))
    elif key == "PROD":
        tr.s("NEG_PRODUCT", rng.choice(PRODS))
    elif key == "PET":
        tr.s("NEG_PET", rng.choice(PETS))
    elif key == "PLACE":
        tr.s("NEG_PLACE", rng.choice(PLACES))
    else:
        raise ValueError(key)


SPEAKERS = {"en": ("caller", "agent"), "de": ("anrufer", "mitarbeiter"), "fr": ("appelant", "agent"),
            "nl": ("beller", "medewerker"), "es": ("cliente", "agente"), "it": ("cliente", "operatore"),
            "pt": ("cliente", "operador"), "pl": ("klient", "konsultant"), "sv": ("kund", "handläggare"),
            "tr": ("arayan", "temsilci"), "da": ("kunde", "medarbejder"), "cs": ("volající", "operátor")}
DOMAIN_NAMES = ["call-centre recording", "voicemail", "in-car assistant", "meeting dictation",
                "doctor's dictation", "reception phone note", "delivery driver's voice note", "group chat",
                "sms to landlord", "sms to school", "sms to garage"]
ASK = {
    "en": ["Clean up this {d} transcript and summarise it:", "Please file this {d} in the CRM:",
           "can u tidy this up pls its from a {d}", "Summarise the {d} below in two lines."],
    "de": ["Bitte bereinige dieses Transkript ({d}) und fasse es zusammen:", "Leg das bitte im CRM ab ({d}):"],
    "fr": ["Nettoie cette transcription ({d}) et résume-la :", "Classe ce message ({d}) dans le dossier :"],
    "nl": ["Maak dit transcript ({d}) netjes en vat het samen:", "Zet dit bericht ({d}) in het dossier:"],
    "es": ["Limpia esta transcripción ({d}) y resúmela:", "Archiva este mensaje ({d}):"],
    "it": ["Sistema questa trascrizione ({d}) e riassumila:", "Archivia questo messaggio ({d}):"],
    "pt": ["Limpa esta transcrição ({d}) e resume-a:", "Arquiva esta mensagem ({d}):"],
    "pl": ["Popraw tę transkrypcję ({d}) i streść ją:", "Zapisz tę wiadomość ({d}) w systemie:"],
    "sv": ["Städa upp den här transkriberingen ({d}) och sammanfatta:", "Arkivera meddelandet ({d}):"],
    "tr": ["Bu transkripti ({d}) düzelt ve özetle:", "Bu mesajı ({d}) sisteme kaydet:"],
    "da": ["Ryd op i denne transskription ({d}) og opsummer:", "Arkivér beskeden ({d}):"],
    "cs": ["Uprav tento přepis ({d}) a shrň ho:", "Založ tuto zprávu ({d}) do systému:"],
}


def transcript(lg, idx):
    tr = Chat()
    g, s = person(lg)
    nmode = rng.choice(["plain", "plain", "plain", "correct", "spell", "glued", "repeat", "sentence"])
    diar = rng.random() < 0.4
    kinds = ["name"] + rng.sample(["phone", "dob", "street", "email", "neg", "neg", "words"], rng.randint(2, 4))
    if rng.random() < 0.15:
        kinds = ["neg", "words", "neg"]  # a record of look-alikes only
    sep = rng.choice([" ", " ", "\n"])
    for n, kind in enumerate(kinds):
        if diar:
            who = SPEAKERS[lg][0] if kind != "neg" or rng.random() < 0.5 else SPEAKERS[lg][1]
            if rng.random() < 0.5:
                tr.t("[00:%02d:%02d] %s: " % (n, rng.randint(0, 59), who))
            else:
                tr.t("speaker %d: " % (1 + n % 2))
        elif n:
            tr.t(sep)
        if rng.random() < 0.35:
            f = rng.choice(FILL[lg])
            tr.t(f + " " + (f + " " if rng.random() < 0.3 else ""))
        if kind == "words":
            tr.words(rng.choice(WORDS[lg]))
        else:
            tpl = rng.choice(S[lg][kind])
            if rng.random() < 0.15:  # a repeated opening word
                w = tpl.split(" ")[0]
                if "{" not in w:
                    tr.t(w + " ")
            fill(tr, lg, tpl, g, s, nmode)
        if diar:
            tr.t("\n")
    text = tr.text.rstrip("\n")
    if rng.random() < 0.25:  # sentence case only
        text = sentence_case(text, tr.spans)
    return text, tr.spans


def wrap(api, lg, idx, text, spans, ascii_):
    ask = rng.choice(ASK[lg]).format(d=DOMAIN_NAMES[idx % len(DOMAIN_NAMES)])
    return ask_body(api, ask, text, spans, ascii_, idx % 2 == 1, system="You tidy transcripts.")


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(504):
        lg = LANGS[i % len(LANGS)]
        text, spans = transcript(lg, i)
        ascii_ = i % 3 == 0
        t, sp = wrap(apis[(i // 3) % 4], lg, i, text, spans, ascii_)
        append_body(records, t, sp, {"locale": lg, "class": "spoken", "api": apis[(i // 3) % 4],
                                     "ascii": ascii_, "domain": DOMAIN_NAMES[i % len(DOMAIN_NAMES)]})
    write_json(records)


main()
