#!/usr/bin/env python3
"""gen_names_holdout21.py: the twenty-first blind held-out set of the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH, with PHONE_NUMBER and EMAIL_ADDRESS beside them).

Written blind in stop 48 (branch holdout21): its author read no detector code, test, note,
NAMES.md, SHAPES.md, no generator but gen_common.py and gen_forms42.py (for the record format and
the label names) and no other blind set, and ran no hush binary (hush was not built). The README
table and run.sh titles were read only to stay away from every earlier set's kinds of text, and
body_grade.c's `body_is_request()` only to learn which JSON is graded as a request body. Never
tuned on.

Kinds of text (metadata.class), 25, none in an earlier set's list: hot-air balloon flight
manifests, swim-school course registrations, Model UN and debate-tournament delegate
registrations, racing-pigeon ring registrations and race results, carnival and parade float
entries, student-finance applications, telemedicine video-consultation notes, campsite and caravan
pitch bookings, tennis-club court bookings and ladders, home-monitoring (glucose, blood-pressure)
app exports, resale-ticket name transfers, football season-ticket holders and transfers,
babysitting and pet-sitting platform bookings, domestic cleaning and gardening rosters with key
holders, piano-tuning visit logs, hospital ward bed boards, home-education notifications,
children's birthday-party venue bookings, phone and laptop repair intake tickets, adult-education
course enrolments, zoo animal-adoption certificates, mystery-shopper reports, sailing and rowing
regatta entries, sleep-clinic referrals, coroners' inquest listings.

Every record is a whole API request body (metadata.api: OpenAI chat completions, OpenAI
Responses, Anthropic messages, Gemini generateContent), half of them with every non-ASCII
character written as \\uXXXX (metadata.ascii), spans on the text as it stands in the body (a
value inside a JSON string inside a JSON string, as tool-call arguments, tool results and an MCP
result's text and structuredContent travel, is escaped twice). metadata.family and
metadata.wrap say how the document travels:
- agent (a third): a system prompt carrying the user's saved profile and memories; retrieved
  passages (RAG chunks) with their source metadata; several tool calls and their results in one
  request (arguments and results as JSON strings); an MCP tool result (CallToolResult JSON with
  text and structuredContent inside a tool_result); a function call whose arguments were filled
  from a form the user pasted;
- dev (a third): a failing pytest fixture with its assertion output, a log excerpt around an
  exception (Python repr with datetime.date, a Java toString), a SQL INSERT or a COPY ... FROM
  stdin block, a YAML or TOML seed file, a Python dict or JS object literal (date(...), new
  Date(...) with its zero-based month), a GraphQL response, a diff of a data file with -/+ rows,
  a CSV attachment whose header stands several rows above the row asked about;
- plain (the rest): a user asking to translate, summarise, check, reformat or draft a reply to a
  form, letter or notice, the request in one language and the document often in another, some
  as a second turn after an assistant's answer.

Languages (metadata.locale, the document's): en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs,
hu, tr, ro, el (Latin transliteration). A fifth of the people are of global origin (Arabic, South
Asian, East Asian, African, Slavic in Latin script); half of all names are invented from
syllables of their language, each checked against this file's lists of real names (INVENTED_NOT).
Names as real text has them: Given Surname, Surname, Given, SURNAME Given, Hungarian surname
first, initials, particles (van den, de, da, dos, von, Di, El-, Al-), double-barrelled surnames,
lower case in chat, titles outside the span, U+00A0 between the parts, U+2011 in hyphens, NFD
letters. Births in every shape records print them (numeric in each country's order, ISO, two-digit
years, compact, spelled months in 17 languages, Hungarian year first, datetime.date(...), new
Date(...), SQL literals, ISO with a time). Street addresses in each country's form, one line or
several.

Labelling: what a careful human would mask as that person's PII. A full name is one span (titles
outside), a name split over fields is one span per field, a given name alone is a span; a street
address with its postcode and town is one span (street and "postcode town" are two spans where a
record puts them in two fields); a birth date is the date as written (the arguments only of
date(...) and new Date(...)). Look-alikes as NEG_ spans: firms, clubs, schools, zoos, venues and
pools named after people (NEG_ORG), streets named after people with no number (NEG_STREET),
stadiums, wards and release points (NEG_PLACE), pets, pigeons and zoo animals (NEG_PET), boats
(NEG_SHIP), famous people as a topic (NEG_FAMOUS), eponyms, methods, classes and conditions
(NEG_TERM), devices, pianos and medicines (NEG_PRODUCT), rooms, courts, pitches, beds
(NEG_ROOM), non-birth dates (NEG_DATE), references, rings, serials, IMEIs, plates and versions
(NEG_CODE), column names (NEG_FIELD).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json, MONTHS  # noqa: E402

rng = random.Random(20261206 + 21)
records = []
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]

# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Oliver", "Charlotte", "George", "Amelia", "Harry", "Isla", "Jack", "Freya", "Thomas", "Ruth", "Connor", "Siobhan"],
           ["Thompson", "Hughes", "Walsh", "Clarke", "Robinson", "Murphy", "Bennett", "Ellis", "Gallagher", "Hargreaves", "O'Connor", "Pritchard"]),
    "de": (["Lukas", "Hannah", "Felix", "Leonie", "Jannik", "Mia", "Bernd", "Ursula", "Kerstin", "Dieter", "Jürgen", "Anneliese"],
           ["Müller", "Schneider", "Fischer", "Wagner", "Becker", "Schulz", "Hoffmann", "Zimmermann", "Krüger", "Böhm", "von Arnim", "Schmitz"]),
    "fr": (["Chloé", "Hugo", "Léa", "Antoine", "Manon", "Théo", "Sylvie", "Yannick", "Océane", "Régis", "Jean-Baptiste", "Anaïs"],
           ["Martin", "Bernard", "Lefebvre", "Fontaine", "Chevalier", "Gauthier", "Mercier", "Faure", "Lemoine", "Roux", "de La Salle", "N'Diaye"]),
    "nl": (["Daan", "Sanne", "Bram", "Fleur", "Joost", "Lieke", "Wouter", "Marloes", "Sem", "Ineke"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Mulder"]),
    "es": (["Alejandro", "Lucía", "Pablo", "Marta", "Álvaro", "Nerea", "Iñigo", "Rocío", "Jorge", "Ainhoa"],
           ["García Ruiz", "Fernández", "López Díaz", "Martínez", "Sánchez", "Pérez Moreno", "Gómez", "Ruiz", "Díaz", "Moreno"]),
    "it": (["Alessandro", "Sofia", "Lorenzo", "Giulia", "Matteo", "Aurora", "Gianluca", "Federica", "Riccardo", "Ilaria"],
           ["Russo", "Romano", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi"]),
    "pt": (["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor", "Duarte", "Catarina"],
           ["Silva", "dos Santos", "Ferreira", "Pereira", "Oliveira", "da Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves"]),
    "pl": (["Jakub", "Zofia", "Szymon", "Julia", "Bartosz", "Maja", "Krzysztof", "Ewa", "Wojciech", "Magdalena"],
           ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Woźniak", "Kozłowski", "Jankowska"]),
    "sv": (["Elsa", "Oskar", "Maja", "Hugo", "Astrid", "Nils", "Ebba", "Gustav", "Frida", "Olof"],
           ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Lindberg"]),
    "da": (["Emma", "Frederik", "Ida", "Magnus", "Clara", "Oliver", "Laura", "Søren", "Karen", "Anders"],
           ["Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Rasmussen", "Poulsen", "Møller", "Mikkelsen"]),
    "no": (["Nora", "Jakob", "Ingrid", "Emil", "Sigrid", "Henrik", "Astrid", "Ole", "Tuva", "Eirik"],
           ["Hansen", "Olsen", "Berg", "Haugen", "Halvorsen", "Bakken", "Lie", "Strand", "Moen", "Eide"]),
    "fi": (["Eetu", "Aino", "Onni", "Helmi", "Lauri", "Siiri", "Matti", "Päivi", "Janne", "Riikka"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Koskinen", "Lehtonen", "Järvinen", "Heikkinen", "Salminen"]),
    "cs": (["Jan", "Tereza", "Tomáš", "Eliška", "Petr", "Veronika", "Ondřej", "Kateřina", "Lukáš", "Zuzana"],
           ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec", "Marková"]),
    "hu": (["Bence", "Zsófia", "Máté", "Réka", "Gergő", "Eszter", "László", "Katalin", "Dániel", "Anna"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"]),
    "tr": (["Yusuf", "Elif", "Mustafa", "Zehra", "Ahmet", "Defne", "Can", "Büşra", "Hakan", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir"]),
    "ro": (["Andrei", "Maria", "Alexandru", "Ioana", "Ștefan", "Ana", "Vlad", "Raluca", "Gabriel", "Bianca"],
           ["Popa", "Popescu", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Rusu"]),
    "el": (["Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Maria", "Kostas", "Sofia", "Yannis", "Despina"],
           ["Papadopoulos", "Papadopoulou", "Georgiou", "Nikolaidis", "Konstantinou", "Dimitriou", "Vlachos", "Antoniou", "Oikonomou", "Karagianni"]),
    "ar": (["Mohammed", "Fatima", "Omar", "Layla", "Youssef", "Amira", "Khalid", "Nour", "Tariq", "Samira"],
           ["Al-Hassan", "El-Amrani", "Haddad", "Benali", "Mansour", "Khoury", "Nasser", "Bouazza", "Saleh", "Abdelrahman"]),
    "sa": (["Aarav", "Priya", "Rohan", "Ananya", "Imran", "Sana", "Vikram", "Deepika", "Arjun", "Lakshmi"],
           ["Sharma", "Patel", "Iyer", "Chaudhry", "Reddy", "Khan", "Banerjee", "Nair", "Gupta", "Siddiqui"]),
    "ea": (["Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Thanh", "Linh", "Haruto", "Xiaoling"],
           ["Wang", "Zhang", "Tanaka", "Sato", "Kim", "Park", "Nguyễn", "Trần", "Chen", "Liu"]),
    "af": (["Chinedu", "Amara", "Kwame", "Abena", "Oluwaseun", "Ngozi", "Tendai", "Wanjiru", "Kofi", "Adaeze"],
           ["Okonkwo", "Mensah", "Adeyemi", "Osei", "Mwangi", "Abubakar", "Diallo", "Nkosi", "Boateng", "Eze"]),
    "sl": (["Oleksandr", "Nataliya", "Dragan", "Milica", "Ivan", "Olena", "Stanislav", "Jelena", "Bogdan", "Yaroslava"],
           ["Kovalenko", "Petrović", "Shevchenko", "Jovanović", "Horvat", "Ivanova", "Bondarenko", "Marković", "Kuznetsov", "Tkachenko"]),
}
GLOBAL = ["ar", "sa", "ea", "af", "sl"]
SYL = {
    "en": (["bran", "tal", "wick", "mer", "ost", "hal", "fen", "dry"], ["ridge", "thorpe", "well", "combe"]),
    "de": (["wol", "ber", "tru", "hel", "gund", "ra", "dorn", "ke"], ["hauser", "bichler", "inger", "wald"]),
    "fr": (["bel", "ri", "gou", "lan", "mé", "vau", "cor", "sé"], ["ard", "ignac", "eaux", "ennec"]),
    "nl": (["hui", "ter", "bol", "wa", "sme", "gel", "ro", "ven"], ["kamp", "huis", "stra", "beek"]),
    "es": (["zu", "ber", "ca", "lle", "ron", "ti", "mar", "go"], ["aga", "illo", "ondo", "ares"]),
    "it": (["ser", "ba", "lu", "cri", "mo", "ta", "ven", "gi"], ["acchi", "uzzi", "olla", "ardo"]),
    "pt": (["bri", "ta", "quei", "ro", "lo", "ga", "mou", "ve"], ["inho", "elas", "eiro", "ada"]),
    "pl": (["brze", "ko", "szy", "mi", "dro", "wa", "gra", "cze"], ["owicz", "alski", "ecki", "uk"]),
    "sv": (["al", "vi", "strö", "run", "bo", "ek", "tol", "ma"], ["mark", "lund", "gren", "stedt"]),
    "da": (["tof", "hel", "bir", "kas", "lun", "sme", "gor", "ve"], ["holm", "skov", "bæk", "gaard"]),
    "no": (["sol", "hau", "fjel", "ru", "tor", "vei", "brå", "li"], ["stad", "nes", "haug", "rud"]),
    "fi": (["vir", "ta", "kos", "ki", "mä", "lah", "pe", "nur"], ["nen", "lainen", "niemi", "vaara"]),
    "cs": (["dvo", "hra", "ku", "ple", "zá", "mi", "vo", "ter"], ["ička", "ánek", "ovský", "ec"]),
    "hu": (["bá", "zol", "ke", "mé", "rö", "sza", "tor", "gye"], ["falvi", "házi", "kai", "si"]),
    "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "soy", "can"]),
    "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru", "ache"]),
    "el": (["the", "ka", "ly", "mi", "sta", "ro", "pa", "chri"], ["akis", "opoulos", "idis", "atos"]),
    "ar": (["ka", "ri", "sal", "mun", "ha", "dir", "za", "bas"], ["ani", "awi", "ari", "oun"]),
    "sa": (["ra", "vin", "shi", "ka", "deep", "su", "nan", "ma"], ["wala", "ndran", "kar", "esh"]),
    "ea": (["ha", "shin", "ko", "ryu", "mi", "to", "yo", "se"], ["mura", "hashi", "zawa", "moto"]),
    "af": (["ba", "tun", "ke", "olu", "nya", "ade", "mo", "ka"], ["wale", "nde", "mbe", "ji"]),
    "sl": (["bor", "ja", "vla", "mi", "sta", "dra", "go", "ra"], ["enko", "ović", "uk", "ski"]),
}
# Real names and common words an invented one must not be (the pools above and more).
INVENTED_NOT = {w.lower() for g, s in REAL.values() for w in g + s} | {
    "maria", "anna", "peter", "paul", "mark", "martin", "laura", "sara", "sarah", "karin", "ella", "mila",
    "lina", "nina", "tina", "mara", "marta", "rosa", "luna", "alma", "ida", "eva", "tim", "tom", "ben", "max",
    "bella", "leon", "noah", "luca", "mira", "dora", "vera", "rita", "lisa", "lara", "kira", "nora", "tara",
    "mario", "carlo", "bruno", "hugo", "otto", "igor", "boris", "goran", "zoran", "milan", "roman", "stefan",
    "talwell", "brandry", "osthal", "hala", "kaka", "mimi", "kiki", "lulu", "gigi", "toto", "baba", "dada",
    "kaya", "derya", "sunay", "gül", "ayla", "ayten", "tarik", "salim", "karim", "hamid", "basma", "rima",
    "kamala", "sunil", "mani", "ravi", "ramesh", "suresh", "shinto", "kotomi", "hayato", "yoko", "ryu",
    "ade", "kemi", "tunde", "olu", "bayo", "bora", "mira", "stan", "vlad", "raja", "rana", "nanda",
}
GIVEN_SYL = {"en": ["a", "ie", "el"], "de": ["a", "o", "e"], "fr": ["ine", "el", "e"], "nl": ["je", "e", "o"],
             "es": ["a", "o", "io"], "it": ["a", "o", "ina"], "pt": ["a", "o", "e"], "pl": ["a", "ek", "uś"],
             "sv": ["a", "e", "er"], "da": ["e", "a", "er"], "no": ["e", "a", "ar"], "fi": ["a", "o", "i"],
             "cs": ["a", "ek", "ina"], "hu": ["a", "ó", "ke"], "tr": ["an", "ay", "e"], "ro": ["a", "u", "ina"],
             "el": ["a", "is", "os"], "ar": ["a", "im", "id"], "sa": ["a", "ini", "esh"], "ea": ["ko", "ki", "o"],
             "af": ["a", "e", "ola"], "sl": ["a", "o", "iya"]}


def invent(og, surname):
    syl, end = SYL[og]
    while True:
        w = "".join(rng.choice(syl) for _ in range(rng.choice((1, 2, 2))))
        w += rng.choice(end) if surname else rng.choice(GIVEN_SYL[og])
        w = w[0].upper() + w[1:]
        if w.lower() not in INVENTED_NOT and 4 <= len(w) <= 11:
            return w


class Person:
    def __init__(self, lg, female=None):
        self.og = lg if rng.random() < 0.8 else rng.choice(GLOBAL)
        self.invented = rng.random() < 0.5
        if self.invented:
            self.g, self.s = invent(self.og, False), invent(self.og, True)
            if rng.random() < 0.08:
                self.s += "-" + invent(self.og, True)
        else:
            g, s = REAL[self.og]
            self.g, self.s = rng.choice(g), rng.choice(s)
            if rng.random() < 0.06 and " " not in self.s:
                self.s += "-" + rng.choice(s)
        self.hu = lg == "hu" and self.og == "hu"
        # odd Unicode as real exports have it: a no-break space, a no-break hyphen, NFD letters
        r = rng.random()
        self.sep = "\u00a0" if r < 0.06 else " "
        if "-" in self.s and rng.random() < 0.3:
            self.s = self.s.replace("-", "\u2011")
        if rng.random() < 0.06:
            self.g, self.s = unicodedata.normalize("NFD", self.g), unicodedata.normalize("NFD", self.s)

    def full(self):
        return (self.s + self.sep + self.g) if self.hu else (self.g + self.sep + self.s)

    def styled(self, style):
        if style == "full":
            return self.full()
        if style == "rev":
            return self.s + ", " + self.g
        if style == "caps":
            return self.s.upper() + " " + self.g
        if style == "init":
            return self.g[0] + ". " + self.s
        if style == "lower":
            return (self.g + " " + self.s).lower()
        if style == "given":
            return self.g
        return self.full()

    def email(self):
        base = unicodedata.normalize("NFD", (self.g + "." + self.s).lower())
        base = "".join(c for c in base if c.isascii() and (c.isalnum() or c in ".-"))
        base = base.replace("-", "")
        if rng.random() < 0.3 and base.split(".")[0]:
            base = base.split(".")[0][0] + "." + base.split(".", 1)[1]
        return base + rng.choice(["@gmail.com", "@web.de", "@outlook.com", "@posteo.net", "@yahoo.fr", "@libero.it",
                                  "@seznam.cz", "@freemail.hu", "@wp.pl", "@gmx.at", "@hotmail.co.uk", "@proton.me"])


def styles_for(lg):
    return ["full"] * 6 + ["rev", "caps", "init"]


# ---- dates -------------------------------------------------------------------------------------
MONTHS_X = dict(MONTHS)
MONTHS_X.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "el": ["Ianouariou", "Fevrouariou", "Martiou", "Apriliou", "Maiou", "Iouniou", "Iouliou", "Avgoustou",
           "Septemvriou", "Oktovriou", "Noemvriou", "Dekemvriou"],
})
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    if lg in ("sv", "lt"):
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "hu":
        return "%04d.%02d.%02d." % (y, m, d)
    if lg in ("nl", "da"):
        return "%02d-%02d-%04d" % (d, m, y)
    if lg in ("fr", "es", "it", "pt", "en", "el", "ro") and lg != "ro":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg in ("fi", "cs"):
        return "%d.%d.%04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def dlong(lg, y, m, d):
    mo = MONTHS_X[lg if lg in MONTHS_X else "en"][m - 1]
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    if lg in ("fi", "cs", "da", "no"):
        return "%d. %s %d" % (d, mo, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mo, d)
    return "%d %s %d" % (d, mo, y)


def dob_text(lg, ymd_, kind=None):
    y, m, d = ymd_
    k = kind or rng.choice(["num", "num", "num", "long", "long", "iso", "two", "abbr", "us", "compact"])
    if k == "num":
        return dnum(lg, y, m, d)
    if k == "long":
        return dlong(lg, y, m, d)
    if k == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if k == "two":
        return "%02d.%02d.%02d" % (d, m, y % 100) if lg not in ("en", "fr", "es", "it", "pt") else "%02d/%02d/%02d" % (d, m, y % 100)
    if k == "abbr":
        return "%02d-%s-%04d" % (d, MON3[m - 1], y)
    if k == "us":
        return "%d/%d/%04d" % (m, d, y) if lg == "en" else dnum(lg, y, m, d)
    if k == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if k == "isotime":
        return "%04d-%02d-%02dT00:00:00Z" % (y, m, d)
    return dnum(lg, y, m, d)


def other_date(lg):
    return dnum(lg, *ymd(2024, 2026))


# ---- addresses ---------------------------------------------------------------------------------
def n(lo=1, hi=160):
    return str(rng.randint(lo, hi))


ADDR = {
    "en": (["Albert Road", "Mill Lane", "Church Street", "Priory Close", "Station Road", "Beech Grove"],
           ["Leeds LS6 2AB", "Bristol BS7 8QT", "Norwich NR3 1HJ", "Cardiff CF24 4XN", "York YO31 7PD"]),
    "de": (["Lindenstraße", "Am Mühlbach", "Gartenweg", "Bergstr.", "Ringstraße", "Im Winkel"],
           ["50823 Köln", "04229 Leipzig", "79098 Freiburg", "90402 Nürnberg", "24103 Kiel"]),
    "fr": (["rue des Tilleuls", "avenue de la Gare", "impasse du Moulin", "chemin des Vignes", "boulevard de la Liberté"],
           ["31000 Toulouse", "44000 Nantes", "67000 Strasbourg", "34000 Montpellier", "59000 Lille"]),
    "nl": (["Kerkstraat", "Dorpsweg", "Lindelaan", "Prinsengracht", "Molenweg"],
           ["3512 JK Utrecht", "2011 AB Haarlem", "9712 CP Groningen", "5611 EM Eindhoven"]),
    "es": (["Calle del Olmo", "Avenida de América", "Calle Real", "Paseo del Prado", "Calle Alcalá"],
           ["28014 Madrid", "41003 Sevilla", "48001 Bilbao", "50004 Zaragoza"]),
    "it": (["Via dei Mille", "Via Roma", "Viale Europa", "Corso Italia", "Via del Borgo"],
           ["40126 Bologna", "10123 Torino", "35121 Padova", "80133 Napoli"]),
    "pt": (["Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua do Sol", "Largo do Rato"],
           ["1250-096 Lisboa", "4050-262 Porto", "3000-150 Coimbra", "8000-079 Faro"]),
    "pl": (["ul. Kwiatowa", "ul. Polna", "al. Niepodległości", "ul. Słoneczna", "ul. Leśna"],
           ["02-511 Warszawa", "30-059 Kraków", "60-101 Poznań", "80-180 Gdańsk"]),
    "sv": (["Storgatan", "Björkvägen", "Kyrkogatan", "Sjövägen", "Ängsvägen"],
           ["113 46 Stockholm", "413 04 Göteborg", "222 21 Lund", "753 20 Uppsala"]),
    "da": (["Vestergade", "Skovvej", "Strandvejen", "Kirkevej", "Bøgevej"],
           ["8000 Aarhus C", "5000 Odense C", "2300 København S", "9000 Aalborg"]),
    "no": (["Storgata", "Kirkeveien", "Skogveien", "Fjordgata", "Bjørkeveien"],
           ["0182 Oslo", "5015 Bergen", "7010 Trondheim", "4006 Stavanger"]),
    "fi": (["Koivukuja", "Rantatie", "Puistokatu", "Kuusitie", "Myllytie"],
           ["00530 Helsinki", "33200 Tampere", "20500 Turku", "90120 Oulu"]),
    "cs": (["Vinohradská", "Nádražní", "Husova", "Lipová", "Zahradní"],
           ["120 00 Praha 2", "602 00 Brno", "779 00 Olomouc", "370 01 České Budějovice"]),
    "hu": (["Váci út", "Rózsa utca", "Petőfi tér", "Kossuth Lajos utca", "Fő utca"],
           ["1132 Budapest", "6720 Szeged", "4024 Debrecen", "7621 Pécs"]),
    "tr": (["Gül Sokak", "Atatürk Caddesi", "Lale Sokak", "Cumhuriyet Caddesi"],
           ["34710 Kadıköy/İstanbul", "06690 Çankaya/Ankara", "35210 Konak/İzmir"]),
    "ro": (["Str. Florilor", "Bd. Unirii", "Str. Libertății", "Calea Dorobanților"],
           ["400114 Cluj-Napoca", "700028 Iași", "300222 Timișoara", "010011 București"]),
    "el": (["Odos Ermou", "Leoforos Kifisias", "Odos Aiolou", "Odos Tsimiski"],
           ["105 63 Athina", "115 26 Athina", "546 23 Thessaloniki", "262 21 Patra"]),
}


def address(lg, sep=", "):
    sts, towns = ADDR[lg]
    st, town = rng.choice(sts), rng.choice(towns)
    if lg == "en":
        line = n(1, 240) + " " + st
        if rng.random() < 0.2:
            line = "Flat " + n(1, 12) + ", " + line
    elif lg in ("fr",):
        line = n(1, 90) + rng.choice(["", "", " bis"]) + " " + st
    elif lg == "nl":
        line = st + " " + n() + rng.choice(["", "", "-2", " A", " hs"])
    elif lg == "es":
        line = st + ", " + n() + rng.choice(["", ", 3.º B", ", 1.º izq.", ", bajo"])
    elif lg == "it":
        line = st + " " + n() + rng.choice(["", "", "/B", ", int. 4"])
    elif lg == "pt":
        line = st + ", " + n() + rng.choice(["", ", 2.º Esq.", ", r/c Dto."])
    elif lg == "pl":
        line = st + " " + n() + rng.choice(["", "/" + n(1, 60), " m. " + n(1, 40)])
    elif lg == "cs":
        line = st + " " + n(100, 2900) + "/" + n(1, 80)
    elif lg == "hu":
        line = st + " " + n() + "." + rng.choice(["", " II/4.", " fsz. 2."])
    elif lg == "tr":
        line = rng.choice(["Moda Mah. ", "Bahçelievler Mah. ", "Kızılay Mah. "]) + st + " No: " + n(1, 80) + rng.choice(["", " D: " + n(1, 20)])
    elif lg == "ro":
        line = st + " nr. " + n(1, 120) + rng.choice(["", ", bl. B" + n(1, 9) + ", ap. " + n(1, 60)])
    elif lg == "fi":
        line = st + " " + n(1, 60) + rng.choice(["", " A " + n(1, 30), " as " + n(1, 12)])
    elif lg == "sv":
        line = st + " " + n(1, 80) + rng.choice(["", ", lgh " + n(1101, 1404)])
    elif lg == "da":
        line = st + " " + n(1, 200) + rng.choice(["", ", 2. tv.", ", st. th."])
    else:
        line = st + " " + n(1, 120)
    return (line, town) if sep is None else line + sep + town


PHONE = {"en": lambda: "07" + n(700, 999) + " " + n(100000, 999999), "de": lambda: "+49 1" + n(51, 79) + " " + n(1000000, 9999999),
         "fr": lambda: "06 " + " ".join(n(10, 99) for _ in range(4)), "nl": lambda: "06-" + n(10000000, 99999999),
         "es": lambda: "+34 6" + n(10, 99) + " " + n(100, 999) + " " + n(100, 999), "it": lambda: "+39 3" + n(20, 49) + " " + n(100, 999) + " " + n(1000, 9999),
         "pt": lambda: "+351 91" + n(1, 9) + " " + n(100, 999) + " " + n(100, 999), "pl": lambda: "+48 " + n(500, 799) + " " + n(100, 999) + " " + n(100, 999),
         "sv": lambda: "070-" + n(100, 999) + " " + n(10, 99) + " " + n(10, 99), "da": lambda: "+45 " + " ".join(n(10, 99) for _ in range(4)),
         "no": lambda: "+47 4" + n(10, 99) + " " + n(10, 99) + " " + n(100, 999), "fi": lambda: "040 " + n(100, 999) + " " + n(1000, 9999),
         "cs": lambda: "+420 6" + n(1, 9) + n(0, 9) + " " + n(100, 999) + " " + n(100, 999), "hu": lambda: "+36 30 " + n(100, 999) + " " + n(1000, 9999),
         "tr": lambda: "0 (5" + n(30, 59) + ") " + n(100, 999) + " " + n(10, 99) + " " + n(10, 99), "ro": lambda: "07" + n(20, 49) + " " + n(100, 999) + " " + n(100, 999),
         "el": lambda: "+30 69" + n(10, 99) + " " + n(100, 999) + " " + n(100, 999)}

# ---- labels ------------------------------------------------------------------------------------
#        name, given, surname, dob, address, phone, email, ref, date
LBL = {"en": ("Name", "First name", "Last name", "Date of birth", "Address", "Phone", "Email", "Reference", "Date"),
       "de": ("Name", "Vorname", "Nachname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Aktenzeichen", "Datum"),
       "fr": ("Nom complet", "Prénom", "Nom", "Date de naissance", "Adresse", "Téléphone", "Courriel", "Référence", "Date"),
       "nl": ("Naam", "Voornaam", "Achternaam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Kenmerk", "Datum"),
       "es": ("Nombre y apellidos", "Nombre", "Apellidos", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico", "Referencia", "Fecha"),
       "it": ("Nome e cognome", "Nome", "Cognome", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Riferimento", "Data"),
       "pt": ("Nome completo", "Nome próprio", "Apelido", "Data de nascimento", "Morada", "Telefone", "E-mail", "Referência", "Data"),
       "pl": ("Imię i nazwisko", "Imię", "Nazwisko", "Data urodzenia", "Adres", "Telefon", "E-mail", "Sygnatura", "Data"),
       "sv": ("Namn", "Förnamn", "Efternamn", "Födelsedatum", "Adress", "Telefon", "E-post", "Referens", "Datum"),
       "da": ("Navn", "Fornavn", "Efternavn", "Fødselsdato", "Adresse", "Telefon", "E-mail", "Reference", "Dato"),
       "no": ("Navn", "Fornavn", "Etternavn", "Fødselsdato", "Adresse", "Telefon", "E-post", "Referanse", "Dato"),
       "fi": ("Nimi", "Etunimi", "Sukunimi", "Syntymäaika", "Osoite", "Puhelin", "Sähköposti", "Viite", "Päivämäärä"),
       "cs": ("Jméno a příjmení", "Jméno", "Příjmení", "Datum narození", "Adresa", "Telefon", "E-mail", "Číslo jednací", "Datum"),
       "hu": ("Név", "Utónév", "Családi név", "Születési idő", "Lakcím", "Telefon", "E-mail", "Hivatkozási szám", "Dátum"),
       "tr": ("Adı Soyadı", "Adı", "Soyadı", "Doğum tarihi", "Adres", "Telefon", "E-posta", "Referans", "Tarih"),
       "ro": ("Nume și prenume", "Prenume", "Nume", "Data nașterii", "Adresa", "Telefon", "E-mail", "Referință", "Data"),
       "el": ("Onomateponymo", "Onoma", "Eponymo", "Imerominia gennisis", "Dieythynsi", "Tilefono", "Email", "Arithmos protokollou", "Imerominia")}
#        participant, parent, contact, staff, applicant, holder, customer
ROLE = {"en": ("Participant", "Parent/guardian", "Contact person", "Staff", "Applicant", "Holder", "Customer"),
        "de": ("Teilnehmer/in", "Erziehungsberechtigte/r", "Ansprechpartner", "Mitarbeiter/in", "Antragsteller/in", "Inhaber/in", "Kunde/Kundin"),
        "fr": ("Participant(e)", "Responsable légal", "Personne à contacter", "Intervenant(e)", "Demandeur", "Titulaire", "Client(e)"),
        "nl": ("Deelnemer", "Ouder/verzorger", "Contactpersoon", "Medewerker", "Aanvrager", "Houder", "Klant"),
        "es": ("Participante", "Padre/madre o tutor", "Persona de contacto", "Personal", "Solicitante", "Titular", "Cliente"),
        "it": ("Partecipante", "Genitore/tutore", "Referente", "Operatore", "Richiedente", "Titolare", "Cliente"),
        "pt": ("Participante", "Encarregado de educação", "Pessoa de contacto", "Técnico", "Requerente", "Titular", "Cliente"),
        "pl": ("Uczestnik", "Rodzic/opiekun", "Osoba kontaktowa", "Pracownik", "Wnioskodawca", "Posiadacz", "Klient"),
        "sv": ("Deltagare", "Vårdnadshavare", "Kontaktperson", "Personal", "Sökande", "Innehavare", "Kund"),
        "da": ("Deltager", "Forælder/værge", "Kontaktperson", "Medarbejder", "Ansøger", "Indehaver", "Kunde"),
        "no": ("Deltaker", "Foresatt", "Kontaktperson", "Ansatt", "Søker", "Innehaver", "Kunde"),
        "fi": ("Osallistuja", "Huoltaja", "Yhteyshenkilö", "Työntekijä", "Hakija", "Haltija", "Asiakas"),
        "cs": ("Účastník", "Zákonný zástupce", "Kontaktní osoba", "Pracovník", "Žadatel", "Držitel", "Zákazník"),
        "hu": ("Résztvevő", "Szülő/gondviselő", "Kapcsolattartó", "Munkatárs", "Kérelmező", "Tulajdonos", "Ügyfél"),
        "tr": ("Katılımcı", "Veli", "İrtibat kişisi", "Personel", "Başvuru sahibi", "Sahibi", "Müşteri"),
        "ro": ("Participant", "Părinte/tutore", "Persoană de contact", "Personal", "Solicitant", "Titular", "Client"),
        "el": ("Symmetechon", "Kidemonas", "Prosopo epikoinonias", "Prosopiko", "Aiton", "Katochos", "Pelatis")}
GEN = {"participant": 0, "parent": 1, "contact": 2, "staff": 3, "applicant": 4, "holder": 5, "customer": 6}
TITLES = {"en": ["Mr", "Ms", "Dr", "Mrs"], "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme", "Dr"], "nl": ["dhr.", "mevr.", "dr."],
          "es": ["Sr.", "Sra.", "Dra."], "it": ["Sig.", "Sig.ra", "Dott."], "pt": ["Sr.", "Sra.", "Dr."], "pl": ["Pan", "Pani", "dr"],
          "cs": ["pan", "paní", "MUDr."], "hu": ["dr."], "tr": ["Sayın"], "ro": ["Dl.", "Dna."], "el": ["k."],
          "sv": [""], "da": [""], "no": [""], "fi": [""]}

# ---- domains -----------------------------------------------------------------------------------
# title; roles (english role, generic role, min, max, p_dob, p_address, p_phone, p_email); look-alikes
DOMAINS = {
    "balloon": ("Balloon flight manifest",
                [("Pilot in command", "staff", 1, 1, 0, 0, .2, 0), ("Passenger", "participant", 2, 3, .6, .2, .1, .1)],
                [("NEG_ORG", ["Ballonfahrten Wagner GmbH", "Montgolfières Chevalier", "Ballonvaart Van Dijk", "Mongolfiere Rossi & Figli"]),
                 ("NEG_CODE", ["D-OBKM", "G-CDRX", "F-HBAL", "PH-WLD", "OE-ZUL"]),
                 ("NEG_PLACE", ["Wasserkuppe", "Château-d'Œx", "Leopoldsburg airfield", "Mondovì"])]),
    "swim": ("Swim course registration",
             [("Swimmer", "participant", 1, 1, .9, 0, 0, 0), ("Parent/guardian", "parent", 1, 1, 0, .7, .5, .4), ("Instructor", "staff", 0, 1, 0, 0, 0, 0)],
             [("NEG_ORG", ["Hallenbad Heinrich Heine", "Piscine Georges-Vallerey", "Zwembad Jan van Galen", "Piscina Bernat Picornell", "Stadtbad Gustav Hertz"]),
              ("NEG_TERM", ["Seepferdchen", "Stage 4 badge", "Diploma A", "Frühschwimmer"]),
              ("NEG_ROOM", ["Lane 3", "Bahn 2", "Ligne 4", "Learner pool B"])]),
    "mun": ("Model UN delegate registration",
            [("Delegate", "participant", 1, 2, .7, 0, 0, .2), ("Faculty advisor", "staff", 1, 1, 0, 0, .3, .3)],
            [("NEG_ORG", ["Lycée Victor-Hugo", "Goethe-Gymnasium", "Colegio Miguel de Cervantes", "Liceo Galileo Galilei", "Erasmus College"]),
             ("NEG_PLACE", ["Kingdom of Norway", "Republic of Chile", "United Republic of Tanzania", "Kingdom of Bhutan"]),
             ("NEG_TERM", ["Dag Hammarskjöld Award", "Nansen Prize for Diplomacy", "Oxford-style motion"])]),
    "pigeon": ("Racing pigeon ring registration",
               [("Fancier", "holder", 1, 2, 0, .8, .5, .2)],
               [("NEG_PET", ["Blue Lady", "Kleine Rudi", "Olympic Harry", "Super Kees", "Bolt", "Dona Rosa"]),
                ("NEG_CODE", ["DV-06543-23-1187", "NL-2024-1234567", "B-24-3112458", "GB24N12345", "PL-0125-24-4417"]),
                ("NEG_PLACE", ["Orléans release point", "Bourges", "Châteauroux", "Barcelona (international)"])]),
    "carnival": ("Carnival float entry",
                 [("Group leader", "contact", 1, 1, 0, .8, .8, .4), ("Tractor driver", "staff", 1, 1, .8, 0, 0, 0)],
                 [("NEG_FAMOUS", ["Karl Lagerfeld", "Greta Thunberg", "Elvis Presley", "Freddie Mercury", "Marie Antoinette"]),
                  ("NEG_STREET", ["Konrad-Adenauer-Ufer", "Rue Victor Hugo", "Via Giuseppe Verdi", "Avenida Simón Bolívar", "Karl-Marx-Allee"]),
                  ("NEG_ORG", ["KG Sonnenstrahlen Ehrenfeld", "Prinzengarde Köln", "Carnavalsvereniging De Knillis"])]),
    "finance": ("Student finance application",
                [("Applicant", "applicant", 1, 1, 1, .9, .4, .4), ("Parent", "parent", 1, 1, .5, .4, 0, 0)],
                [("NEG_ORG", ["Ludwig-Maximilians-Universität München", "Université Jean Moulin Lyon 3", "Universidad Carlos III de Madrid",
                              "Humboldt-Universität zu Berlin", "Erasmus Universiteit Rotterdam", "Uniwersytet Adama Mickiewicza"]),
                 ("NEG_CODE", ["2025/26", "BAföG-Nr. 113/448209", "SFE ref 1142-88731"])]),
    "telemed": ("Telemedicine consultation note",
                [("Patient", "participant", 1, 1, 1, .5, .4, .2), ("Clinician", "staff", 0, 1, 0, 0, 0, 0)],
                [("NEG_TERM", ["Hashimoto's thyroiditis", "Crohn's disease", "Raynaud's phenomenon", "Morbus Bechterew", "Graves' disease"]),
                 ("NEG_PRODUCT", ["Euthyrox 75", "Ramipril 5 mg", "Pantoprazol 40", "Humira 40 mg pen"]),
                 ("NEG_ORG", ["Farmacia San Giovanni", "Pharmacie Pasteur", "Apotheke Dr. Heinrich", "Boots Pharmacy"])]),
    "campsite": ("Campsite pitch booking",
                 [("Lead guest", "customer", 1, 1, .7, .9, .5, .4), ("Co-traveller", "participant", 0, 2, .7, 0, 0, 0)],
                 [("NEG_ORG", ["Camping Les Mimosas", "Camping Don Antonio", "Campingplatz Zum Jakob", "Camping Bella Italia"]),
                  ("NEG_ROOM", ["Pitch 42", "Stellplatz 117", "Emplacement C12", "Piazzola 88"]),
                  ("NEG_CODE", ["B-KL 4821", "AB-123-CD", "GX71 PNR", "WX 48211"])]),
    "tennis": ("Tennis club court booking",
               [("Member", "holder", 1, 3, .2, 0, .2, .1)],
               [("NEG_ROOM", ["Court 3", "Platz 5", "Court central", "Campo 2"]),
                ("NEG_TERM", ["Davis Cup", "Billie Jean King Cup", "Hopman Cup"]),
                ("NEG_FAMOUS", ["Roger Federer", "Serena Williams", "Rafael Nadal", "Steffi Graf"])]),
    "homemon": ("Home monitoring export",
                [("Patient", "participant", 1, 1, 1, .3, .2, .3), ("GP", "staff", 0, 1, 0, 0, 0, 0)],
                [("NEG_PRODUCT", ["FreeStyle Libre 3", "Dexcom G7", "Omron M7 Intelli IT", "Withings BPM Connect", "Accu-Chek Guide"]),
                 ("NEG_CODE", ["fw 2.4.1", "v3.12.0", "SN 4471-88A2"])]),
    "resale": ("Resale ticket name transfer",
               [("Original holder", "holder", 1, 1, 0, 0, 0, .5), ("New holder", "customer", 1, 1, .8, .3, .3, .5)],
               [("NEG_FAMOUS", ["Taylor Swift", "Ed Sheeran", "Beyoncé", "Bruce Springsteen", "Rammstein"]),
                ("NEG_PLACE", ["Olympiastadion Berlin", "Stade de France", "Johan Cruijff ArenA", "Ernst-Happel-Stadion"]),
                ("NEG_CODE", ["ORD-2025-884213", "TKT 55-1208-33"])]),
    "season": ("Season ticket holder record",
               [("Season ticket holder", "holder", 1, 2, .8, .7, .3, .3)],
               [("NEG_ORG", ["Borussia Dortmund", "AFC Ajax", "Olympique Lyonnais", "Sparta Praha", "Legia Warszawa"]),
                ("NEG_PLACE", ["Stadio Giuseppe Meazza", "Estadio Santiago Bernabéu", "Stadion Miejski im. Henryka Reymana", "Fritz-Walter-Stadion"]),
                ("NEG_ROOM", ["Block 12, Reihe 8, Platz 14", "Tribuna Ovest, fila K, posto 3", "Sector 114, row 20"])]),
    "sitting": ("Sitter booking",
                [("Owner", "customer", 1, 1, 0, .9, .6, .3), ("Sitter", "staff", 1, 1, 0, 0, .3, 0), ("Child", "participant", 0, 1, .7, 0, 0, 0)],
                [("NEG_PET", ["Oscar", "Bella", "Minou", "Luna", "Frida", "Bruno"]),
                 ("NEG_ORG", ["Pawshake", "Rover", "Care.com", "Betreut.de"])]),
    "cleaning": ("Cleaning and garden rota",
                 [("Client", "customer", 1, 2, 0, 1, .4, .2), ("Cleaner", "staff", 1, 1, 0, 0, .2, 0), ("Key holder", "contact", 0, 1, 0, 0, .8, 0)],
                 [("NEG_ORG", ["Putzteufel Schmitz", "Helpling", "Jardinerie Dubois & Fils", "Tuinservice Jansen", "Limpiezas Hermanos Ortega"]),
                  ("NEG_CODE", ["key safe 4471", "Schlüssel Nr. 12", "alarm 1904#"])]),
    "piano": ("Piano tuning visit log",
              [("Customer", "customer", 1, 1, 0, 1, .6, .2), ("Tuner", "staff", 1, 1, 0, 0, 0, 0)],
              [("NEG_PRODUCT", ["Steinway Model O", "Bechstein A 190", "Petrof P 125", "Yamaha U3", "Blüthner Model 6", "Schimmel K 132"]),
               ("NEG_CODE", ["a1 = 443 Hz", "serial 118 442", "a' = 440 Hz"])]),
    "ward": ("Ward bed board",
             [("Patient", "participant", 1, 2, .9, 0, 0, 0), ("Nurse in charge", "staff", 1, 1, 0, 0, 0, 0), ("Consultant", "staff", 0, 1, 0, 0, 0, 0)],
             [("NEG_PLACE", ["Florence Nightingale Ward", "Station Virchow", "Salle Pasteur", "Reparto Golgi", "Afdeling Boerhaave"]),
              ("NEG_ROOM", ["Bed 4", "Bett 12", "Lit 7", "Bay B bed 2"]),
              ("NEG_TERM", ["Waterlow score", "Braden scale", "Glasgow Coma Scale"])]),
    "homeed": ("Home education notification",
               [("Child", "participant", 1, 1, 1, 0, 0, 0), ("Parent", "parent", 1, 1, 0, .8, .4, .4)],
               [("NEG_ORG", ["Schulamt Düsseldorf", "Inspection académique du Rhône", "Elective Home Education team, Kent County Council"]),
                ("NEG_TERM", ["Montessori", "Waldorf (Steiner)", "Charlotte Mason method", "Dalton plan"])]),
    "party": ("Birthday party booking",
              [("Birthday child", "participant", 1, 1, .9, 0, 0, 0), ("Booker", "parent", 1, 1, 0, .3, .8, .6), ("Guest", "participant", 0, 2, 0, 0, 0, 0)],
              [("NEG_ORG", ["Jumpers Trampolinpark", "Kinderparadies Max & Moritz", "Bowling Kevin's Lanes", "Parc Mickey Loisirs"]),
               ("NEG_FAMOUS", ["Peppa Pig", "Elsa from Frozen", "Harry Potter", "Pippi Longstocking", "Spider-Man"]),
               ("NEG_ROOM", ["Party room 2", "Raum Pirateninsel", "Salle Jungle"])]),
    "repair": ("Repair intake ticket",
               [("Customer", "customer", 1, 1, 0, .3, .8, .5), ("Technician", "staff", 0, 1, 0, 0, 0, 0)],
               [("NEG_PRODUCT", ["iPhone 13 Pro", "Samsung Galaxy A54", "ThinkPad T14 Gen 3", "MacBook Air M2", "Fairphone 5"]),
                ("NEG_CODE", ["iOS 17.4.1", "Windows 11 23H2", "IMEI 356938035643809", "S/N C02XK1ZJJGH5", "Android 14"])]),
    "adulted": ("Adult education course enrolment",
                [("Participant", "participant", 1, 2, .6, .5, .2, .3), ("Course tutor", "staff", 0, 1, 0, 0, 0, 0)],
                [("NEG_TERM", ["Pilates", "Feldenkrais method", "Alexander technique", "Kneipp therapy", "Cambridge B2 First"]),
                 ("NEG_ORG", ["VHS Köln", "Volkshochschule Ottakring", "Folkuniversitetet", "Université populaire de Lyon"]),
                 ("NEG_ROOM", ["Raum 2.14", "Salle B", "Room 104", "Aula Magna"])]),
    "zoo": ("Animal adoption certificate",
            [("Adopter", "customer", 1, 1, 0, .6, 0, .6), ("Gift recipient", "participant", 0, 1, .3, 0, 0, 0)],
            [("NEG_PET", ["Kiko the red panda", "Lotte the giraffe", "Bruno the brown bear", "Hugo the sea lion", "Fatou the gorilla"]),
             ("NEG_ORG", ["Zoo Leipzig", "Tiergarten Schönbrunn", "ZooParc de Beauval", "Artis", "Bioparco di Roma"])]),
    "mystery": ("Mystery shopper report",
                [("Shopper", "staff", 1, 1, 0, 0, 0, .3), ("Staff member observed", "participant", 1, 2, 0, 0, 0, 0)],
                [("NEG_ORG", ["Café Emma", "Bäckerei Heinrich", "Boulangerie Paul", "Albert Heijn", "Ristorante Da Giovanni"]),
                 ("NEG_CODE", ["store 0412", "visit V-2291", "checklist v4.2"])]),
    "regatta": ("Regatta entry",
                [("Helm", "participant", 1, 1, .6, .3, .3, .3), ("Crew", "participant", 0, 2, .5, 0, 0, 0)],
                [("NEG_SHIP", ["Anna Karin", "Wilhelmina", "Sophie II", "Lady Grace", "Maria Teresa"]),
                 ("NEG_CODE", ["GER 1234", "FRA 45821", "NED 77", "ITA 209"]),
                 ("NEG_TERM", ["Laser", "Optimist", "Finn", "Star class", "Flying Dutchman"])]),
    "sleep": ("Sleep clinic referral",
              [("Patient", "participant", 1, 1, 1, .8, .6, .2), ("Referring GP", "staff", 1, 1, 0, 0, 0, 0)],
              [("NEG_PRODUCT", ["ResMed AirSense 11", "Philips DreamStation 2", "Löwenstein prisma SMART"]),
               ("NEG_TERM", ["Epworth Sleepiness Scale", "Cheyne-Stokes respiration", "Pickwickian syndrome", "Mallampati class III"])]),
    "inquest": ("Inquest listing",
                [("Deceased", "participant", 1, 1, 1, .6, 0, 0), ("Next of kin", "contact", 1, 1, 0, 0, .3, 0), ("Coroner", "staff", 0, 1, 0, 0, 0, 0)],
                [("NEG_ORG", ["HM Coroner's Court Westminster", "Manchester City Coroner's Court", "Coroner's Court of Avon"]),
                 ("NEG_CODE", ["Case 2025-0441", "Inq. 118/25"])]),
}
DOMAIN_LIST = list(DOMAINS)
DOB_RANGE = {"swim": (2012, 2020), "party": (2014, 2021), "homeed": (2009, 2019), "mun": (2005, 2010),
             "ward": (1930, 1990), "inquest": (1935, 1995), "finance": (2002, 2007)}


class Entity:
    """One person in a record with what the record holds about them."""

    def __init__(self, lg, role, gen, pd, pa, pp, pe, dom):
        self.p = Person(lg)
        self.role, self.gen = role, gen
        lo, hi = DOB_RANGE.get(dom, (1945, 2004))
        if role in ("Child", "Sitter") and dom == "sitting":
            lo, hi = (2012, 2022) if role == "Child" else (1995, 2006)
        self.dob = ymd(lo, hi) if rng.random() < pd * 0.8 else None
        self.addr = address(lg, None) if rng.random() < pa * 0.95 else None
        self.phone = PHONE[lg]() if rng.random() < pp * 0.42 else None
        self.email = self.p.email() if rng.random() < pe * 0.33 else None


def make_record(dom, lg):
    title, roles, negs = DOMAINS[dom]
    ents = []
    for role, gen, lo, hi, pd, pa, pp, pe in roles:
        for _ in range(rng.randint(lo, hi)):
            ents.append(Entity(lg, role, gen, pd, pa, pp, pe, dom))
    picked = rng.sample(negs, k=min(len(negs), rng.choice((1, 2, 2, 3))))
    ng = [(lab, rng.choice(vals)) for lab, vals in picked]
    ref = rng.choice(["", "REF-", "#", "BK", "ID "]) + str(rng.randint(10000, 999999))
    return {"dom": dom, "lg": lg, "title": title, "ents": ents, "negs": ng, "ref": ref, "date": other_date(lg),
            "rl": "NEG_CODE" if rng.random() < 0.25 else None, "dl": "NEG_DATE" if rng.random() < 0.3 else None}


# ---- parts: text with labelled spans -----------------------------------------------------------
class S:
    """A string holding labelled spans: a list of plain strings and (label, value) pairs."""

    def __init__(self, parts=None):
        self.parts = list(parts or [])

    def t(self, s):
        self.parts.append(s)
        return self

    def sp(self, label, v):
        self.parts.append((label, v) if label else v)
        return self

    def add(self, other):
        self.parts.extend(other.parts if isinstance(other, S) else other)
        return self


class V:
    """A labelled scalar in a JSON-like structure."""

    def __init__(self, label, v):
        self.label, self.v = label, v


def esc_str(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def esc(parts, ascii_):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append((p[0], esc_str(p[1], ascii_)))
        else:
            out.append(esc_str(p, ascii_))
    return out


def ser(obj, ascii_, indent=None, level=0, sep=(", ", ": ")):
    """JSON text of obj as parts; V values and S strings keep their spans."""
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(sep[0].rstrip() if indent is not None else sep[0])
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            out.append(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            out.extend(ser(v, ascii_, indent, level + 1, sep))
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("}")
        return out
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0].rstrip() if indent is not None else sep[0])
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            out.extend(ser(v, ascii_, indent, level + 1, sep))
        if indent is not None and obj:
            out.append("\n" + " " * (indent * level))
        out.append("]")
        return out
    if isinstance(obj, V) and obj.label is None:
        return [json.dumps(obj.v, ensure_ascii=ascii_)]
    if isinstance(obj, V):
        return ['"', (obj.label, esc_str(obj.v, ascii_)), '"']
    if isinstance(obj, S):
        return ['"'] + esc(obj.parts, ascii_) + ['"']
    return [json.dumps(obj, ensure_ascii=ascii_)]


def finish(parts, meta):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            if p[1]:
                spans.append({"entity_type": p[0], "entity_value": p[1], "start_position": len(text),
                              "end_position": len(text) + len(p[1])})
            text += p[1]
        else:
            text += p
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
    json.loads(text)  # a whole request body
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100, "metadata": meta})


# ---- renderers: a record as a document ---------------------------------------------------------
def role_label(rec, e):
    lg = rec["lg"]
    if lg == "en":
        return e.role
    r = ROLE[lg][GEN[e.gen]]
    return r + (" (" + e.role.lower() + ")" if rng.random() < 0.25 else "")


# Streets named after people, with no number: places, not addresses and not people.
STREETS_P = {"en": ["Nelson Street", "Victoria Road", "Churchill Way", "Gladstone Terrace"],
             "de": ["Konrad-Adenauer-Straße", "Goethestraße", "Willy-Brandt-Platz", "Sophie-Scholl-Weg"],
             "fr": ["avenue Victor Hugo", "rue Émile Zola", "boulevard Jean Jaurès", "place Charles de Gaulle"],
             "nl": ["Johan Cruijff Boulevard", "Willem de Zwijgerlaan", "Anne Frankstraat"],
             "es": ["Calle de Alfonso XII", "Avenida de Blasco Ibáñez", "Calle Cervantes"],
             "it": ["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Piazza Cavour"],
             "pt": ["Avenida Almirante Reis", "Rua Luís de Camões", "Praça Marquês de Pombal"],
             "pl": ["ul. Jana Pawła II", "al. Adama Mickiewicza", "ul. Marii Skłodowskiej-Curie"],
             "sv": ["Birger Jarlsgatan", "Karlavägen", "Drottning Kristinas väg"],
             "da": ["H.C. Andersens Boulevard", "Niels Juels Gade", "Frederiksberg Allé"],
             "no": ["Karl Johans gate", "Henrik Ibsens gate", "Thorvald Meyers gate"],
             "fi": ["Mannerheimintie", "Runeberginkatu", "Aleksis Kiven katu"],
             "cs": ["Masarykova", "Husova", "náměstí Jiřího z Poděbrad"],
             "hu": ["Kossuth Lajos utca", "Petőfi Sándor utca", "Andrássy út"],
             "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Fevzi Çakmak Sokak"],
             "ro": ["Bd. Nicolae Bălcescu", "Str. Mihai Eminescu", "Calea Mihai Bravu"],
             "el": ["Leoforos Vasilissis Sofias", "Odos Eleftheriou Venizelou", "Odos Ippokratous"]}
PARK = {"en": "Parking on ", "de": "Parken in der ", "fr": "Stationnement ", "nl": "Parkeren aan de ",
        "es": "Aparcamiento en ", "it": "Parcheggio in ", "pt": "Estacionamento na ", "pl": "Parking: ",
        "sv": "Parkering: ", "da": "Parkering: ", "no": "Parkering: ", "fi": "Pysäköinti: "}


def neg_lines(rec, d, lg):
    keys = {"NEG_ORG": "Venue/organiser", "NEG_CODE": "Ref.", "NEG_PLACE": "Location", "NEG_PET": "Animal",
            "NEG_TERM": "Programme", "NEG_PRODUCT": "Device/item", "NEG_ROOM": "Room/slot", "NEG_FAMOUS": "Theme",
            "NEG_STREET": "Route via", "NEG_SHIP": "Boat"}
    for lab, v in rec["negs"]:
        d.t(keys[lab] + ": ").sp(lab, v).t("\n")
    if rng.random() < 0.3:
        d.t(PARK.get(lg, "Parking: ")).sp("NEG_STREET", rng.choice(STREETS_P[lg])).t(rng.choice([".", " (no. on request)", "", " – free after 18:00."]) + "\n")


def form_doc(rec, split=None):
    """Label: value lines, one block per person."""
    lg = rec["lg"]
    L = LBL[lg]
    d = S()
    d.t(rec["title"] + "\n")
    d.t(L[7] + ": ").sp(rec["rl"], rec["ref"]).t("   " + L[8] + ": ").sp(rec["dl"], rec["date"]).t("\n\n")
    for e in rec["ents"]:
        rl = role_label(rec, e)
        sp_ = split if split is not None else rng.random() < 0.2
        if sp_:
            d.t(rl + "\n  " + L[2] + ": ").sp("PERSON", e.p.s.upper() if rng.random() < 0.4 else e.p.s)
            d.t("\n  " + L[1] + ": ").sp("PERSON", e.p.g).t("\n")
        else:
            st = rng.choice(styles_for(lg))
            tt = rng.choice(TITLES[lg]) if e.gen == "staff" and rng.random() < 0.4 else ""
            d.t(rl + ": " + (tt + " " if tt else "")).sp("PERSON", e.p.styled(st)).t("\n")
        if e.dob:
            d.t("  " + L[3] + ": ").sp("DATE_OF_BIRTH", dob_text(lg, e.dob)).t("\n")
        if e.addr:
            if rng.random() < 0.7:
                d.t("  " + L[4] + ": ").sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1]).t("\n")
            else:
                d.t("  " + L[4] + ":\n").sp("STREET_ADDRESS", e.addr[0] + "\n" + e.addr[1]).t("\n")
        if e.phone:
            d.t("  " + L[5] + ": ").sp("PHONE_NUMBER", e.phone).t("\n")
        if e.email:
            d.t("  " + L[6] + ": ").sp("EMAIL_ADDRESS", e.email).t("\n")
    d.t("\n")
    neg_lines(rec, d, lg)
    return d


PROSE = {
    "en": ["{R} {N}, born {D}, of {A}.", "{N} ({R}) was born on {D} and lives at {A}.", "{R}: {N}, DOB {D}, address {A}."],
    "de": ["{R}: {N}, geboren am {D}, wohnhaft {A}.", "{N} ({R}), geb. {D}, {A}."],
    "fr": ["{R} : {N}, né(e) le {D}, domicilié(e) {A}.", "{N} ({R}), né(e) le {D}, demeurant {A}."],
    "nl": ["{R}: {N}, geboren op {D}, wonende te {A}.", "{N} ({R}), geb. {D}, {A}."],
    "es": ["{R}: {N}, nacido/a el {D}, con domicilio en {A}.", "{N} ({R}), nacido/a el {D}, vive en {A}."],
    "it": ["{R}: {N}, nato/a il {D}, residente in {A}.", "{N} ({R}), nato/a il {D}, residente in {A}."],
    "pt": ["{R}: {N}, nascido/a em {D}, residente na {A}.", "{N} ({R}), nascido/a a {D}, morada {A}."],
    "pl": ["{R}: {N}, ur. {D}, zam. {A}.", "{N} ({R}), urodzony/a {D}, zamieszkały/a {A}."],
    "sv": ["{R}: {N}, född {D}, bosatt på {A}."], "da": ["{R}: {N}, født {D}, bosat {A}."],
    "no": ["{R}: {N}, født {D}, bosatt i {A}."], "fi": ["{R}: {N}, syntynyt {D}, osoite {A}."],
    "cs": ["{R}: {N}, nar. {D}, bytem {A}."], "hu": ["{R}: {N} (szül. {D}), lakcím: {A}."],
    "tr": ["{R}: {N}, doğum tarihi {D}, adres {A}."], "ro": ["{R}: {N}, născut/ă la {D}, domiciliat/ă în {A}."],
    "el": ["{R}: {N}, gennithike {D}, katoikos {A}."],
}
PROSE_ND = {"en": "{R} {N}.", "de": "{R}: {N}.", "fr": "{R} : {N}.", "hu": "{R}: {N}."}


def prose_doc(rec):
    lg = rec["lg"]
    d = S()
    d.t(rec["title"] + " – " + LBL[lg][7] + " ").sp(rec["rl"], rec["ref"]).t(", ").sp(rec["dl"], rec["date"]).t(".\n")
    for e in rec["ents"]:
        rl = role_label(rec, e)
        if e.dob and e.addr:
            tpl = rng.choice(PROSE[lg])
        else:
            tpl = PROSE_ND.get(lg, "{R}: {N}.")
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                d.t(tpl[i:])
                break
            d.t(tpl[i:j])
            k = tpl[j + 1]
            if k == "R":
                d.t(rl)
            elif k == "N":
                d.sp("PERSON", e.p.styled(rng.choice(["full", "full", "full", "caps", "rev"])))
            elif k == "D":
                d.sp("DATE_OF_BIRTH", dob_text(lg, e.dob, rng.choice(["num", "long", "long", "two"])))
            elif k == "A":
                d.sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1])
            i = j + 3
        if e.dob and not e.addr:
            d.t(" " + LBL[lg][3] + ": ").sp("DATE_OF_BIRTH", dob_text(lg, e.dob))
        if e.addr and not e.dob:
            d.t(" " + LBL[lg][4] + ": ").sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1])
        if e.phone:
            d.t(" " + LBL[lg][5] + " ").sp("PHONE_NUMBER", e.phone)
        if e.email:
            d.t(", ").sp("EMAIL_ADDRESS", e.email)
        d.t("\n")
    neg_lines(rec, d, lg)
    return d


KEYS = {"en": ("first_name", "last_name", "date_of_birth", "address", "phone", "email", "role"),
        "de": ("vorname", "nachname", "geburtsdatum", "anschrift", "telefon", "email", "rolle"),
        "fr": ("prenom", "nom", "date_naissance", "adresse", "telephone", "courriel", "role"),
        "nl": ("voornaam", "achternaam", "geboortedatum", "adres", "telefoon", "email", "rol"),
        "es": ("nombre", "apellidos", "fecha_nacimiento", "domicilio", "telefono", "email", "rol"),
        "it": ("nome", "cognome", "data_nascita", "indirizzo", "telefono", "email", "ruolo"),
        "pt": ("nome", "apelido", "data_nascimento", "morada", "telefone", "email", "funcao"),
        "pl": ("imie", "nazwisko", "data_urodzenia", "adres", "telefon", "email", "rola"),
        "camel": ("firstName", "lastName", "birthDate", "address", "phone", "email", "role")}


def rows_of(rec, dob_kind="iso", camel=False, full_name=None):
    """Each person as an ordered list of (key, label or None, value)."""
    lg = rec["lg"]
    ks = KEYS["camel"] if camel else KEYS.get(lg, KEYS["en"])
    fn = rng.random() < 0.55 if full_name is None else full_name
    rows = []
    for e in rec["ents"]:
        r = [(ks[6], None, e.role.lower().replace(" ", "_"))]
        if fn:
            r.append(("fullName" if camel else "name", "PERSON", e.p.full()))
        else:
            r.append((ks[0], "PERSON", e.p.g))
            r.append((ks[1], "PERSON", e.p.s))
        if e.dob:
            r.append((ks[2], "DATE_OF_BIRTH", dob_text(lg, e.dob, dob_kind) if dob_kind != "py" else ("PY",) + e.dob))
        else:
            r.append((ks[2], None, None))
        if e.addr:
            if rng.random() < 0.25:
                r.append(("street", "STREET_ADDRESS", e.addr[0]))
                r.append(("city", "STREET_ADDRESS", e.addr[1]))
            else:
                r.append((ks[3], "STREET_ADDRESS", e.addr[0] + ", " + e.addr[1]))
        if e.phone:
            r.append((ks[4], "PHONE_NUMBER", e.phone))
        if e.email:
            r.append((ks[5], "EMAIL_ADDRESS", e.email))
        rows.append(r)
    return rows


def obj_of(rec, camel=None):
    """The record as a JSON-like object with V leaves."""
    camel = rng.random() < 0.4 if camel is None else camel
    people = []
    for r in rows_of(rec, rng.choice(["iso", "iso", "num", "isotime"]), camel):
        o = {}
        for k, lab, v in r:
            o[k] = None if v is None else (V(lab, v) if lab else v)
        people.append(o)
    o = {"ref": V(rec["rl"], rec["ref"]), "type": rec["dom"], "date": V(rec["dl"], rec["date"]), "people": people}
    for lab, v in rec["negs"]:
        o[lab[4:].lower()] = V(lab, v)
    return o


def py_val(d, lab, v, lang):
    if v is None:
        d.t("None" if lang == "py" else "null")
    elif isinstance(v, tuple):
        y, m, dd = v[1:]
        if lang == "py":
            d.t("date(").sp(lab, "%d, %d, %d" % (y, m, dd)).t(")")
        else:
            d.t("new Date(").sp(lab, "%d, %d, %d" % (y, m - 1, dd)).t(")")
    else:
        q = "'" if lang in ("py", "js") else '"'
        vv = v.replace("'", "\\'") if q == "'" else v
        d.t(q).sp(lab, vv).t(q) if lab else d.t(q + vv + q)


def code_doc(rec, lang):
    """A Python dict or JS object literal, a YAML or TOML seed, SQL INSERT or COPY."""
    d = S()
    tbl = rec["dom"] + "_people"
    dk = "py" if lang in ("py", "js") and rng.random() < 0.6 else rng.choice(["iso", "iso", "num"])
    rows = rows_of(rec, dk)
    if lang in ("py", "js"):
        d.t(("PEOPLE = [\n" if lang == "py" else "export const people = [\n"))
        for r in rows:
            d.t("    {")
            first = True
            for k, lab, v in r:
                if not first:
                    d.t(", ")
                first = False
                d.t(("'%s': " % k) if lang == "py" else (k + ": "))
                py_val(d, lab, v, lang)
            d.t("},\n")
        d.t("]\n")
    elif lang == "yaml":
        d.t("# seeds/" + rec["dom"] + ".yml\n" + rec["dom"] + ":\n  ref: ").sp(rec["rl"], rec["ref"]).t("\n  people:\n")
        for r in rows:
            first = True
            for k, lab, v in r:
                if isinstance(v, tuple):
                    v = "%04d-%02d-%02d" % v[1:]
                lead = "    - " if first else "      "
                first = False
                if v is None:
                    d.t(lead + k + ": ~\n")
                elif lab:
                    q = '"' if rng.random() < 0.4 or ": " in v else ""
                    d.t(lead + k + ": " + q).sp(lab, v).t(q + "\n")
                else:
                    d.t(lead + k + ": " + v + "\n")
    elif lang == "toml":
        d.t("# fixtures/" + rec["dom"] + ".toml\n[meta]\nref = \"").sp(rec["rl"], rec["ref"]).t("\"\n")
        for r in rows:
            d.t("\n[[people]]\n")
            for k, lab, v in r:
                if v is None:
                    continue
                if isinstance(v, tuple):
                    d.t(k + " = ").sp(lab, "%04d-%02d-%02d" % v[1:]).t("\n")
                elif lab:
                    d.t(k + ' = "').sp(lab, v.replace("\n", "\\n")).t('"\n')
                else:
                    d.t(k + ' = "' + v + '"\n')
    elif lang in ("insert", "copy"):
        cols = []
        for r in rows:
            for k, _, _ in r:
                if k not in cols:
                    cols.append(k)
        namecols = [c for c in cols if c in KEYS[rec["lg"] if rec["lg"] in KEYS else "en"][:2] or c == "name"]
        d.t("INSERT INTO " + tbl + " (" if lang == "insert" else "COPY public." + tbl + " (")
        for i, c in enumerate(cols):
            if i:
                d.t(", ")
            d.sp("NEG_FIELD" if c in namecols and rng.random() < 0.4 else None, c)
        d.t(") VALUES\n" if lang == "insert" else ") FROM stdin;\n")
        for ri, r in enumerate(rows):
            vals = {k: (lab, v) for k, lab, v in r}
            if lang == "insert":
                d.t("  (")
            for i, c in enumerate(cols):
                lab, v = vals.get(c, (None, None))
                if isinstance(v, tuple):
                    v = "%04d-%02d-%02d" % v[1:]
                if i:
                    d.t(", " if lang == "insert" else "\t")
                if v is None:
                    d.t("NULL" if lang == "insert" else "\\N")
                    continue
                if lang == "insert":
                    vv = v.replace("'", "''").replace("\n", "\\n")
                    d.t("'").sp(lab, vv).t("'") if lab else d.t("'" + vv + "'")
                else:
                    vv = v.replace("\n", "\\n")
                    d.sp(lab, vv) if lab else d.t(vv)
            if lang == "insert":
                d.t(")" + ("," if ri < len(rows) - 1 else ";") + "\n")
            else:
                d.t("\n")
        if lang == "copy":
            d.t("\\.\n")
    return d


def csv_far(rec):
    """A CSV attachment: the header, many rows of other people, then the row asked about."""
    lg = rec["lg"]
    L = LBL[lg]
    sepc = ";" if lg != "en" else ","
    d = S()
    for i, h in enumerate([L[2], L[1], L[3], L[4], L[8]]):
        d.t(sepc if i else "").sp("NEG_FIELD" if i < 2 and rng.random() < 0.3 else None, h)
    d.t("\n")
    k = rng.randint(3, 6)
    for i in range(k):
        p = Person(lg)
        d.sp("PERSON", p.s).t(sepc).sp("PERSON", p.g).t(sepc)
        if rng.random() < 0.6:
            d.sp("DATE_OF_BIRTH", dob_text(lg, ymd(1940, 2015), rng.choice(["num", "iso"])))
        d.t(sepc)
        if rng.random() < 0.3:
            a = address(lg)
            d.t('"').sp("STREET_ADDRESS", a).t('"')
        d.t(sepc).sp("NEG_DATE", other_date(lg)).t("\n")
    e = rec["ents"][0]
    d.sp("PERSON", e.p.s).t(sepc).sp("PERSON", e.p.g).t(sepc)
    if e.dob:
        d.sp("DATE_OF_BIRTH", dob_text(lg, e.dob, "num"))
    d.t(sepc)
    if e.addr:
        d.t('"').sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1]).t('"')
    d.t(sepc).sp(rec["dl"], rec["date"]).t("\n")
    return d, e, k + 2


def diff_doc(rec):
    lg = rec["lg"]
    d = S()
    f = "data/" + rec["dom"] + "/people.csv"
    d.t("diff --git a/" + f + " b/" + f + "\n--- a/" + f + "\n+++ b/" + f + "\n@@ -" + n(3, 90) + ",4 +" + n(3, 90) + ",4 @@\n")
    for e in rec["ents"]:
        def row(pre, dob, addr, name=None):
            d.t(pre).sp("PERSON", name or e.p.full()).t(",")
            if dob:
                d.sp("DATE_OF_BIRTH", dob_text(lg, dob, "iso"))
            d.t(",")
            if addr:
                d.t('"').sp("STREET_ADDRESS", addr).t('"')
            d.t("," + e.role.lower() + "\n")
        a = e.addr[0] + ", " + e.addr[1] if e.addr else None
        if rng.random() < 0.5 and (e.dob or e.addr):
            nd = ymd(e.dob[0] - 1, e.dob[0] + 1) if e.dob else None
            na = address(lg) if e.addr else None
            row("-", e.dob, a)
            row("+", nd, na)
        elif rng.random() < 0.5:
            row("-", e.dob, a, e.p.full().upper())
            row("+", e.dob, a)
        else:
            row(" ", e.dob, a)
    return d


def graphql_doc(rec, ascii_):
    nodes = []
    for r in rows_of(rec, "iso", camel=True):
        o = {"__typename": "Person"}
        for k, lab, v in r:
            o[k] = None if v is None else (V(lab, v) if lab else v)
        nodes.append({"node": o})
    obj = {"data": {rec["dom"] + "Booking": {"id": V(rec["rl"], rec["ref"]), "people": {"edges": nodes}}}}
    return S(ser(obj, False, indent=2))


def fixture_doc(rec):
    d = S()
    e = rec["ents"][0]
    d.t("```python\n@pytest.fixture\ndef " + rec["dom"] + "_payload():\n    return {\n")
    d.t('        "ref": "').sp(rec["rl"], rec["ref"]).t('",\n        "name": "').sp("PERSON", e.p.full()).t('",\n')
    if e.dob:
        d.t('        "dob": "').sp("DATE_OF_BIRTH", dob_text(rec["lg"], e.dob, "iso")).t('",\n')
    if e.addr:
        d.t('        "address": "').sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1]).t('",\n')
    d.t("    }\n\n\ndef test_normalise(" + rec["dom"] + "_payload):\n        out = normalise(" + rec["dom"] + "_payload)\n")
    d.t(">       assert out[\"display_name\"] == \"").sp("PERSON", e.p.styled("caps")).t("\"\nE       AssertionError: assert '")
    d.sp("PERSON", e.p.s.upper() + ", " + e.p.g).t("' == '").sp("PERSON", e.p.styled("caps")).t("'\n")
    if e.dob:
        d.t("E       (age computed from ").sp("DATE_OF_BIRTH", dob_text(rec["lg"], e.dob, "iso")).t(")\n")
    d.t("```\n")
    return d


def log_doc(rec):
    d = S()
    e = rec["ents"][0]
    ts = "2025-%02d-%02d %02d:%02d:%02d,%03d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                 rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
    if rng.random() < 0.5:
        d.t(ts + " INFO  [" + rec["dom"] + "] loading booking ").sp(rec["rl"], rec["ref"]).t("\n")
        d.t(ts + " ERROR [" + rec["dom"] + "] save failed for Entry(id=" + n(100, 9999) + ", name='").sp("PERSON", e.p.full()).t("'")
        if e.dob:
            d.t(", dob=datetime.date(").sp("DATE_OF_BIRTH", "%d, %d, %d" % e.dob).t(")")
        d.t(", role='" + e.role.lower() + "')\nTraceback (most recent call last):\n  File \"/srv/app/" + rec["dom"] + "/store.py\", line ")
        d.t(n(40, 300) + ", in save\n    self._validate(entry)\n  File \"/srv/app/" + rec["dom"] + "/store.py\", line " + n(40, 300) + ", in _validate\n")
        if e.addr:
            d.t("    raise ValueError(f\"postcode not in range: {entry.address!r}\")\nValueError: postcode not in range: '")
            d.sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1]).t("'\n")
        else:
            d.t("    raise KeyError(\"missing address\")\nKeyError: 'missing address'\n")
    else:
        d.t(ts + " WARN  c.a." + rec["dom"] + ".Importer - row " + n(2, 400) + " rejected\n")
        d.t("com.acme." + rec["dom"] + ".ValidationException: Member{name='").sp("PERSON", e.p.full()).t("', birthDate=")
        if e.dob:
            d.sp("DATE_OF_BIRTH", "%04d-%02d-%02d" % e.dob)
        else:
            d.t("null")
        d.t(", phone=")
        if e.phone:
            d.t("'").sp("PHONE_NUMBER", e.phone).t("'")
        else:
            d.t("null")
        d.t("}\n\tat com.acme." + rec["dom"] + ".Importer.validate(Importer.java:" + n(50, 400) + ")\n\tat com.acme.batch.Step.run(Step.java:" + n(20, 90) + ")\n")
    return d


def memory_doc(rec):
    lg = rec["lg"]
    d = S()
    d.t("## Saved memory\n")
    e0 = rec["ents"][0]
    for i, e in enumerate(rec["ents"]):
        if i == 0:
            d.t("- User's name: ").sp("PERSON", e.p.full()).t(" (" + e.role.lower() + ", " + rec["title"].lower() + ")\n")
        else:
            d.t("- " + rng.choice(["Remember that ", "Also involved: ", "", "User mentioned "]))
            d.sp("PERSON", e.p.styled(rng.choice(["full", "full", "given"]))).t(" is the " + e.role.lower())
            d.t(rng.choice([".", "", " (" + ROLE[lg][GEN[e.gen]] + ")."]) + "\n")
        if e.dob:
            if i:
                d.t("- ").sp("PERSON", e.p.g).t("'s birthday: ")
            else:
                d.t("- Birthday: ")
            d.sp("DATE_OF_BIRTH", dob_text(lg, e.dob, rng.choice(["long", "iso", "num"]))).t("\n")
        if e.addr:
            d.t("- Home address: ").sp("STREET_ADDRESS", e.addr[0] + ", " + e.addr[1]).t("\n")
        if e.phone:
            d.t("- Mobile: ").sp("PHONE_NUMBER", e.phone).t("\n")
        if e.email:
            d.t("- Prefers e-mail: ").sp("EMAIL_ADDRESS", e.email).t("\n")
    for lab, v in rec["negs"]:
        d.t("- Mentioned ").sp(lab, v).t(" in an earlier chat.\n")
    d.t("- Preferred language: " + lg + "\n")
    return d, e0


# ---- request bodies ----------------------------------------------------------------------------
MODELS = {"openai": ["gpt-4o", "gpt-4.1-mini", "gpt-4o-mini"], "responses": ["gpt-4.1", "o4-mini", "gpt-5-mini"],
          "anthropic": ["claude-sonnet-4-5", "claude-3-5-haiku-latest", "claude-opus-4-1"],
          "gemini": [None]}


def body(api, system, turns, ascii_, tools=None):
    """A request body object. turns: list of (role, content) where content is an S, a str, or a
    list of provider-shaped items already built (tool calls and results)."""
    o = {}
    if api == "openai":
        o["model"] = rng.choice(MODELS[api])
        msgs = []
        if system is not None:
            msgs.append({"role": "system", "content": system})
        for role, c in turns:
            if isinstance(c, list):
                msgs.extend(c)
            elif rng.random() < 0.3:
                msgs.append({"role": role, "content": [{"type": "text", "text": c}]})
            else:
                msgs.append({"role": role, "content": c})
        o["messages"] = msgs
        o["temperature"] = 0.2
    elif api == "responses":
        o["model"] = rng.choice(MODELS[api])
        if system is not None:
            o["instructions"] = system
        items = []
        for role, c in turns:
            if isinstance(c, list):
                items.extend(c)
            else:
                items.append({"role": role, "content": [{"type": "input_text" if role == "user" else "output_text", "text": c}]})
        o["input"] = items
    elif api == "anthropic":
        o["model"] = rng.choice(MODELS[api])
        o["max_tokens"] = rng.choice([1024, 2048, 4096])
        if system is not None:
            o["system"] = system
        msgs = []
        for role, c in turns:
            if isinstance(c, list):
                msgs.extend(c)
            else:
                msgs.append({"role": role, "content": [{"type": "text", "text": c}] if rng.random() < 0.6 else c})
        o["messages"] = msgs
    else:
        if system is not None:
            o["systemInstruction"] = {"parts": [{"text": system}]}
        cs = []
        for role, c in turns:
            if isinstance(c, list):
                cs.extend(c)
            else:
                cs.append({"role": "model" if role == "assistant" else "user", "parts": [{"text": c}]})
        o["contents"] = cs
        o["generationConfig"] = {"temperature": 0.3}
    return o


def emit(o, meta, ascii_):
    sep = rng.choice([(", ", ": "), (",", ":")])
    finish(ser(o, ascii_, None, 0, sep), meta)


REQ = {
    "en": ["Can you translate this into {L}?", "Summarise this in three bullet points, please.", "Check this form for mistakes before I send it.",
           "Reformat this as a Markdown table.", "Draft a short, polite reply to this."],
    "de": ["Kannst du das bitte ins Englische übersetzen?", "Fass das bitte in drei Stichpunkten zusammen.", "Prüf bitte das Formular auf Fehler, bevor ich es abschicke.",
           "Formatier das bitte als Tabelle.", "Entwirf bitte eine kurze, höfliche Antwort darauf."],
    "fr": ["Tu peux traduire ça en anglais ?", "Résume-moi ça en trois points.", "Vérifie ce formulaire avant que je l'envoie.",
           "Mets ça sous forme de tableau.", "Rédige une réponse courte et polie."],
    "es": ["¿Puedes traducir esto al inglés?", "Resúmelo en tres puntos.", "Revisa este formulario antes de enviarlo.",
           "Ponlo en formato de tabla.", "Redacta una respuesta breve y educada."],
    "it": ["Puoi tradurlo in inglese?", "Riassumilo in tre punti.", "Controlla questo modulo prima che lo invii.",
           "Formattalo come tabella.", "Scrivi una risposta breve e cortese."],
    "nl": ["Kun je dit naar het Engels vertalen?", "Vat dit samen in drie punten.", "Controleer dit formulier voordat ik het verstuur.",
           "Zet dit in een tabel.", "Schrijf een kort, beleefd antwoord."],
    "pt": ["Podes traduzir isto para inglês?", "Resume isto em três pontos.", "Verifica este formulário antes de eu o enviar.",
           "Formata isto como tabela.", "Escreve uma resposta curta e educada."],
    "pl": ["Przetłumacz to proszę na angielski.", "Streść to w trzech punktach.", "Sprawdź ten formularz, zanim go wyślę.",
           "Przerób to na tabelę.", "Napisz krótką, uprzejmą odpowiedź."],
    "sv": ["Kan du översätta det här till engelska?", "Sammanfatta det här i tre punkter.", "Kolla formuläret innan jag skickar det.",
           "Gör om det till en tabell.", "Skriv ett kort, artigt svar."],
}
LNAME = {"de": "German", "fr": "French", "nl": "Dutch", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "pl": "Polish",
         "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "hu": "Hungarian", "tr": "Turkish",
         "ro": "Romanian", "el": "Greek", "en": "English"}
TOOLNAMES = {"lookup": ["lookup_booking", "get_member", "find_registration", "crm_search"],
             "save": ["create_entry", "submit_form", "upsert_person", "register_participant"]}


CHAT = {
    "en": ["hi all, {g} here. the form wants my date of birth, it's {D}", "can you send the papers to {A}? thx", "i put {g2} down too, hope that's ok",
           "is {X} fine for everyone?", "{g2} says yes 👍".replace("👍", ":+1:")],
    "de": ["hallo, hier {g}. im formular steht geburtsdatum, ist der {D}", "schick die unterlagen bitte an {A}", "hab {g2} auch eingetragen",
           "passt {X} für alle?", "{g2} sagt ja"],
    "fr": ["coucou, c'est {g}. ils demandent ma date de naissance : {D}", "tu peux envoyer ça au {A} ?", "j'ai inscrit {g2} aussi",
           "{X} ça vous va ?", "{g2} dit oui"],
    "es": ["hola, soy {g}. me piden la fecha de nacimiento: {D}", "mándalo a {A} porfa", "he apuntado a {g2} también",
           "¿os va bien {X}?", "{g2} dice que sí"],
    "it": ["ciao, sono {g}. vogliono la data di nascita: {D}", "mandalo a {A} per favore", "ho segnato anche {g2}",
           "{X} va bene a tutti?", "{g2} dice di sì"],
    "nl": ["hoi, met {g}. ze vragen mijn geboortedatum, is {D}", "stuur het naar {A} aub", "ik heb {g2} ook opgegeven",
           "is {X} goed voor iedereen?", "{g2} zegt ja"],
    "pt": ["olá, é a {g}. pedem a data de nascimento: {D}", "manda para {A} por favor", "inscrevi também o {g2}",
           "{X} dá para todos?", "{g2} diz que sim"],
}


def chat_doc(rec):
    """A messenger export pasted as text: speakers as the phone saved them, lower-case names inside."""
    lg = rec["lg"]
    tpl = CHAT.get(lg, CHAT["en"])
    ents = rec["ents"]
    a = ents[0]
    b = ents[1] if len(ents) > 1 else Entity(lg, "Friend", "contact", 0, 0, 0, 0, rec["dom"])
    d = S()
    day = "%02d.%02d.25" % (rng.randint(1, 28), rng.randint(1, 12))
    lines = [(a, 0), (b, 2), (a, 1), (b, 3), (a, 4)]
    h, mi = rng.randint(8, 20), rng.randint(0, 20)
    for j, (who, ti) in enumerate(lines):
        t = tpl[ti]
        if ("{D}" in t and not a.dob) or ("{A}" in t and not a.addr) or ("{X}" in t and not rec["negs"]):
            continue
        mi += rng.randint(0, 7)
        d.t("[" + day + ", %02d:%02d:%02d] " % (h, mi, rng.randint(0, 59)))
        d.sp("PERSON", who.p.full() if rng.random() < 0.7 else who.p.g).t(": ")
        i = 0
        while i < len(t):
            k = t.find("{", i)
            if k < 0:
                d.t(t[i:])
                break
            d.t(t[i:k])
            key = t[k + 1:t.index("}", k)]
            if key == "g":
                d.sp("PERSON", who.p.g.lower())
            elif key == "g2":
                o = b if who is a else a
                d.sp("PERSON", o.p.g.lower() if rng.random() < 0.7 else o.p.g)
            elif key == "D":
                d.sp("DATE_OF_BIRTH", dob_text(lg, a.dob, rng.choice(["num", "two", "long"])))
            elif key == "A":
                d.sp("STREET_ADDRESS", (a.addr[0] + ", " + a.addr[1]).lower() if rng.random() < 0.4 else a.addr[0] + ", " + a.addr[1])
            elif key == "X":
                lab, v = rec["negs"][0]
                d.sp(lab, v)
            i = t.index("}", k) + 1
        d.t("\n")
    return d


def doc_for(rec):
    k = rng.random()
    return form_doc(rec) if k < 0.5 else prose_doc(rec) if k < 0.8 else chat_doc(rec)


def fam_plain(rec, api, ascii_, i):
    lg = rec["lg"]
    rq = rng.choice(list(REQ)) if rng.random() < 0.6 else (lg if lg in REQ else "en")
    req = rng.choice(REQ[rq]).replace("{L}", LNAME[lg if lg != "en" else rng.choice(["de", "fr", "es"])])
    doc = doc_for(rec)
    u = S().t(req + "\n\n").add(doc)
    wrap = "plain_request"
    turns = [("user", u)]
    if rng.random() < 0.2:
        # a second turn: the assistant answered, the user asks for a change naming someone again
        e = rng.choice(rec["ents"])
        a = S().t("Done. One thing: the entry for ")
        a.sp("PERSON", e.p.full()).t(" looks " + rng.choice(["complete", "incomplete", "fine"]) + ".")
        pre, post = rng.choice([("Thanks. Please also spell ", " in full."), ("Ok, and write ", " exactly like that."),
                                ("Danke, schreib ", " bitte genau so."), ("Merci, écris ", " comme ça."), ("Gracias, escribe ", " así.")])
        u2 = S().t(pre).sp("PERSON", e.p.styled("caps")).t(post)
        turns += [("assistant", a), ("user", u2)]
        wrap = "plain_second_turn"
    o = body(api, None if rng.random() < 0.7 else "You are a careful assistant for office paperwork.", turns, ascii_)
    return o, wrap


def fam_dev(rec, api, ascii_, i):
    lg = rec["lg"]
    k = i % 11
    if k == 0:
        doc, wrap, q = fixture_doc(rec), "dev_pytest_fixture", "This test started failing after the refactor, why?\n\n"
    elif k == 1:
        doc, wrap, q = log_doc(rec), "dev_log_exception", "Seeing this in prod logs, what's wrong with the record?\n\n```\n"
    elif k == 2:
        doc, wrap, q = code_doc(rec, "insert"), "dev_sql_insert", "Postgres rejects this insert, can you spot the problem?\n\n```sql\n"
    elif k == 3:
        doc, wrap, q = code_doc(rec, "copy"), "dev_sql_copy", "psql says `invalid input syntax for type date` on this COPY block:\n\n"
    elif k == 4:
        doc, wrap, q = code_doc(rec, "yaml"), "dev_yaml_seed", "Convert this seed file to JSON fixtures:\n\n```yaml\n"
    elif k == 5:
        doc, wrap, q = code_doc(rec, "toml"), "dev_toml_seed", "Why does tomllib fail to parse this?\n\n"
    elif k == 6:
        doc, wrap, q = code_doc(rec, "py"), "dev_python_dict", "Turn this into a pandas DataFrame with proper dtypes:\n\n```python\nfrom datetime import date\n\n"
    elif k == 7:
        doc, wrap, q = code_doc(rec, "js"), "dev_js_object", "The ages come out one month off in this seed, why?\n\n```js\n"
    elif k == 8:
        doc, wrap, q = graphql_doc(rec, ascii_), "dev_graphql_response", "Our GraphQL API returns this; write a TypeScript type for it:\n\n"
    elif k == 9:
        doc, wrap, q = diff_doc(rec), "dev_data_diff", "Review this change to the data file, is anything off?\n\n```diff\n"
    else:
        cd, e, row = csv_far(rec)
        doc, wrap = cd, "dev_csv_far_header"
        q = "Attached " + rec["dom"] + "_export.csv. Row " + str(row) + " fails validation, which column is wrong?\n\n"
    closer = "```\n" if "```" in q and not q.endswith("```\n\n") else ""
    u = S().t(q).add(doc).t(closer)
    sysm = None
    if rng.random() < 0.4:
        sysm = rng.choice(["You are a senior backend engineer. Answer concisely.", "You are a coding assistant inside an IDE."])
    o = body(api, sysm, [("user", u)], ascii_)
    return o, wrap


def tool_pair(api, name, args_obj, result, ascii_, cid):
    """One tool call and its result in the provider's shape; args and results travel as strings
    where the API says so (escaped twice), as objects where it takes objects."""
    if api == "openai":
        return [{"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
            "name": name, "arguments": S(ser(args_obj, ascii_))}}]},
            {"role": "tool", "tool_call_id": cid, "content": result if isinstance(result, S) else S(ser(result, ascii_))}]
    if api == "responses":
        return [{"type": "function_call", "call_id": cid, "name": name, "arguments": S(ser(args_obj, ascii_))},
                {"type": "function_call_output", "call_id": cid, "output": result if isinstance(result, S) else S(ser(result, ascii_))}]
    if api == "anthropic":
        res = result if isinstance(result, S) else S(ser(result, ascii_))
        content = res if rng.random() < 0.5 else [{"type": "text", "text": res}]
        return [{"role": "assistant", "content": [{"type": "tool_use", "id": cid, "name": name, "input": args_obj}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": cid, "content": content}]}]
    resp = {"result": result} if isinstance(result, S) else result
    return [{"role": "model", "parts": [{"functionCall": {"name": name, "args": args_obj}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": name, "response": resp}}]}]


def fam_agent(rec, api, ascii_, i):
    lg = rec["lg"]
    k = i % 5
    cid = ("call_" if api in ("openai", "responses") else "toolu_") + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(12))
    if k == 0:
        mem, e0 = memory_doc(rec)
        sysm = S().t("You are a helpful personal assistant. Use the saved memory when relevant; never invent details.\n\n").add(mem)
        q = rng.choice(["Can you remind me what I still need to bring for the " + rec["title"].lower() + "?",
                        "Write a short message confirming the booking.", "What's on my list for next week?"])
        return body(api, sysm, [("user", q)], ascii_), "agent_memory"
    if k == 1:
        ctx = S()
        for j in range(rng.randint(1, 2)):
            src = rng.choice(["sharepoint://Office/", "gdrive://Shared/", "confluence://OPS/", "s3://docs-bucket/", "notion://"]) + rec["dom"] + "/" + str(rng.randint(100, 999)) + ".pdf"
            ctx.t("<chunk id=\"" + str(j + 1) + "\" source=\"" + src + "\" page=\"" + str(rng.randint(1, 9)) + "\" score=\"0." + str(rng.randint(61, 97)) + "\">\n")
            ctx.add(doc_for(rec) if j == 0 else prose_doc(rec))
            ctx.t("</chunk>\n")
        u = S().t("Answer using only the retrieved context.\n\n<context>\n").add(ctx).t("</context>\n\nQuestion: who is listed and what is missing?")
        sysm = "You answer questions about internal documents. Cite chunk ids." if rng.random() < 0.6 else None
        return body(api, sysm, [("user", u)], ascii_), "agent_rag_chunks"
    if k == 2:
        items = []
        e = rec["ents"][0]
        args1 = {"query": V("PERSON", e.p.full()), "type": rec["dom"]}
        if e.dob:
            args1["dob"] = V("DATE_OF_BIRTH", dob_text(lg, e.dob, "iso"))
        res1 = {"matches": [obj_of(rec)], "count": 1}
        items += tool_pair(api, rng.choice(TOOLNAMES["lookup"]), args1, res1, ascii_, cid)
        e2 = rec["ents"][-1]
        args2 = {"person": V("PERSON", e2.p.full()), "note": S().t("confirmed by phone with ").sp("PERSON", e2.p.g)}
        items += tool_pair(api, "add_note", args2, {"ok": True, "id": V(rec["rl"], rec["ref"])}, ascii_, cid[:-2] + "x2")
        q = S().t("Look up the " + rec["title"].lower() + " for ").sp("PERSON", e.p.full()).t(" and add a note.")
        return body(api, None, [("user", q), ("tool", items)], ascii_), "agent_tool_calls"
    if k == 3:
        doc = doc_for(rec)
        mcp = {"content": [{"type": "text", "text": doc}], "isError": False}
        if rng.random() < 0.4:
            mcp["structuredContent"] = obj_of(rec)
        res = S(ser(mcp, ascii_))
        q = S().t("Use the " + rng.choice(["records", "crm", "bookings", "registry"]) + " MCP server to fetch " + rec["ref"] + ".")
        items = tool_pair(api, rng.choice(["mcp__records__get", "mcp__crm__fetch_record", "mcp__bookings__read"]), {"id": rec["ref"]}, res, ascii_, cid)
        return body(api, None, [("user", q), ("tool", items)], ascii_), "agent_mcp_result"
    # a function call whose arguments were filled from a form the user pasted
    doc = form_doc(rec, split=False)
    u = S().t(rng.choice(["Register this from the paper form:\n\n", "Please file this, form text below.\n\n", "Enter this into the system:\n\n"])).add(doc)
    e = rec["ents"][0]
    args = {}
    ks = KEYS["en"]
    args[ks[0]] = V("PERSON", e.p.g)
    args[ks[1]] = V("PERSON", e.p.s)
    if e.dob:
        args[ks[2]] = V("DATE_OF_BIRTH", "%04d-%02d-%02d" % e.dob)
    if e.addr:
        args["street"] = V("STREET_ADDRESS", e.addr[0])
        args["postcode_city"] = V("STREET_ADDRESS", e.addr[1])
    if e.phone:
        args[ks[4]] = V("PHONE_NUMBER", e.phone)
    if e.email:
        args[ks[5]] = V("EMAIL_ADDRESS", e.email)
    others = [{"name": V("PERSON", x.p.full()), "role": x.role.lower()} for x in rec["ents"][1:]]
    if others:
        args["others"] = others
    args["booking_ref"] = V(rec["rl"], rec["ref"])
    items = tool_pair(api, rng.choice(TOOLNAMES["save"]), args, {"status": "created"}, ascii_, cid)
    return body(api, None, [("user", u), ("tool", items)], ascii_), "agent_form_function_call"


def main():
    apis = ["openai", "responses", "anthropic", "gemini"]
    total = 714
    for i in range(total):
        dom = DOMAIN_LIST[i % len(DOMAIN_LIST)]
        lg = LANGS[(i // len(DOMAIN_LIST) + i) % len(LANGS)]
        rec = make_record(dom, lg)
        api = apis[(i // 3) % 4]
        ascii_ = (i // 2) % 2 == 0
        fam = ["agent", "dev", "plain"][i % 3]
        if fam == "agent":
            o, wrap = fam_agent(rec, api, ascii_, i // 3)
        elif fam == "dev":
            o, wrap = fam_dev(rec, api, ascii_, i // 3)
        else:
            o, wrap = fam_plain(rec, api, ascii_, i)
        emit(o, {"locale": lg, "class": dom, "family": fam, "wrap": wrap, "api": api, "ascii": ascii_}, ascii_)
    write_json(records)


main()
