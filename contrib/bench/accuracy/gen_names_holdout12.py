#!/usr/bin/env python3
"""gen_names_holdout12.py: the twelfth blind set of the NAMES pack (PERSON, STREET_ADDRESS,
DATE_OF_BIRTH), written in stop 37 by an author who read no detector code, no other corpus or
blind generator and ran no hush binary on it.

Kinds of text away from the earlier sets': forwarded and quoted e-mail chains, CVs pasted from
PDF with broken columns, cover letters, LinkedIn-style profiles and recommendations, paper front
matter (authors, affiliations, footnotes), grant applications, patent front pages, procurement
tenders, Notion/Confluence/Trello exports, Otter and Teams transcripts, call-centre QA sheets,
bank statements and till receipts, hotel folios, registration cards and itineraries,
prescriptions and dental charts, DICOM/EXIF/PDF metadata dumps, app-store and marketplace
reviews, school reports and yearbooks, sports-club registrations, stack traces and shell
prompts with user names in home paths, code comments and author tags, spreadsheets pasted as
TSV with merged header rows, pandas/R printouts, trilingual Swiss municipal forms, credit
reports and pension statements, vehicle registration and service records. Text in en (GB, IE,
US, AU, IN, NG), de (DE, AT, CH), fr (FR, BE, CH), nl (NL, BE), es (ES, MX, AR), it (IT, CH),
pt (PT, BR); names of global origin in Latin script (Arabic, Chinese, Indian, Nigerian,
Turkish, Polish, Vietnamese), particles, hyphens, nicknames, initials, capitals, lower case,
diacritics stripped or transliterated; about half the names invented from syllables.

Labels as the other corpora: PERSON is the name without its title; STREET_ADDRESS the house
number, street and unit with postcode and town (one span, across the line break of a block);
DATE_OF_BIRTH only a birth date. Look-alikes are NEG_* spans: firms, institutions, brands and
products named after people, places and streets named after people without a number, eponyms,
famous people as topics, other dates beside birth words (death, admission, issue, expiry,
arrival, statement, filing dates), ages, versions, codes.

Usage: python3 gen_names_holdout12.py > data/names_holdout12.json (deterministic, stdlib only).
"""
import json
import random
import sys
import unicodedata

rng = random.Random(37_2026_1204)
records = []


# ---- people ---------------------------------------------------------------------------------
# origin: (real given names, real surnames, invented-given syllables, invented-surname syllables)
ORIGINS = {
    "en": (["Oliver", "Charlotte", "Siobhan", "Declan", "Harriet", "Nathaniel", "Imogen", "Rhys",
            "Bethany", "Callum", "Megan", "Gareth", "Aoife", "Lachlan", "Tamsin", "Rory"],
           ["Whitfield", "Ashcroft", "Pemberton", "O'Connell", "McAllister", "Hargreaves",
            "Thornton", "Blackwood", "Fairbairn", "Llewellyn", "Kavanagh", "Doherty", "Ní Bhriain",
            "Featherstone", "Quigley", "MacLeod"],
           (["Bre", "Cal", "Jor", "Tam", "Wyn", "Ros", "Kel", "Mar", "Dar", "Lin"],
            ["anna", "ric", "sey", "den", "wyn", "ette", "ley", "tie"]),
           (["Brack", "Hol", "Pem", "Thack", "Wid", "Lang", "Crom", "Fel", "Gur", "Skel"],
            ["ney", "worth", "ridge", "combe", "ling", "stow", "sby", "den"])),
    "de": (["Jürgen", "Ulrike", "Matthias", "Hannelore", "Sebastian", "Friederike", "Lukas",
            "Margarethe", "Johannes", "Annika", "Dietmar", "Wiebke", "Reto", "Nadja"],
           ["Schäfer", "Brandstätter", "Hoffmann", "Zimmermann", "von Arx", "Großkopf", "Lüthi",
            "Kästner", "Wagenknecht", "Oberhuber", "Meier-Gräfe", "Nüssli", "Köhler", "Eggenberger"],
           (["Ul", "Jo", "Hel", "Wal", "Lu", "Gre", "Fri", "Ber", "Ol", "Ri"],
            ["ke", "rike", "tje", "trud", "ko", "dina", "win", "mar"]),
           (["Brunn", "Kessel", "Hart", "Wend", "Stein", "Mauer", "Rotz", "Lich", "Zell", "Grub"],
            ["eder", "huber", "inger", "mayr", "ecker", "waldt", "moser", "ling"])),
    "fr": (["Élodie", "Mathieu", "Bénédicte", "Grégoire", "Solène", "Thibault", "Maëlle", "Loïc",
            "Clémence", "Aurélien", "Ghislaine", "Yannick"],
           ["Lefèvre", "Dubois-Clément", "Marchetti", "de la Tour", "Rousseau", "Giraud", "Vasseur",
            "Delacroix", "Lemaire", "Fournier", "Chevallier", "Brasseur"],
           (["Ma", "Gé", "Clé", "Lo", "Ber", "Sol", "Ami", "Ju", "Aur", "Fa"],
            ["thilde", "rance", "ïc", "nadette", "ène", "ric", "liette", "bine"]),
           (["Bou", "Cha", "Du", "Le", "Mar", "Ro", "Ver", "Pel", "Gra", "Fon"],
            ["vier", "teau", "rand", "quet", "chard", "lard", "taine", "gnac"])),
    "nl": (["Sanne", "Joost", "Marloes", "Pieter-Jan", "Femke", "Wouter", "Lieke", "Bram",
            "Anouk", "Thijs", "Griet", "Koen"],
           ["van der Meulen", "de Vries", "Bakker", "Verhoeven", "van den Broek", "Claes",
            "Wuyts", "ter Horst", "Janssens", "Mertens", "van 't Hek", "Peeters"],
           (["Lie", "Jo", "Fem", "Wou", "Maar", "Siem", "Ber", "Dau", "Tij", "Roe"],
            ["ke", "stien", "mer", "tje", "nout", "rik", "lijn", "ske"]),
           (["Ver", "Van", "Hui", "Kroon", "Bos", "Stee", "Wit", "Mol", "Dijk", "Gel"],
            ["hoeven", "kamp", "ink", "stra", "man", "sema", "hout", "huizen"])),
    "es": (["Alejandro", "Lucía", "Guillermo", "Inmaculada", "Rodrigo", "Ximena", "Iñaki",
            "Macarena", "Santiago", "Florencia", "Nicolás", "Itziar"],
           ["García-Moreno", "de la Fuente", "Etxeberria", "Ibáñez", "Castañeda", "Villalobos",
            "Ruiz de Azúa", "Echeverría", "Quiroga", "Olmedo", "Sepúlveda", "Arriaga"],
           (["Ma", "Xi", "Lu", "Ro", "Ai", "Ne", "Ber", "Ca", "Ja", "Ta"],
            ["riela", "mena", "ciano", "sendo", "tana", "lio", "nara", "viera"]),
           (["Zar", "Mon", "Qui", "Llo", "Bar", "Cue", "Val", "Dal", "Ur", "Ga"],
            ["ena", "rado", "ondo", "uzco", "ieta", "abal", "ejo", "ares"])),
    "it": (["Giulia", "Matteo", "Federica", "Gianluca", "Benedetta", "Tommaso", "Ludovica",
            "Giuseppe", "Caterina", "Lorenzo", "Ilaria", "Pierpaolo"],
           ["Esposito", "Dall'Aglio", "Ferrante", "Di Stefano", "Lo Bianco", "Sartori", "Pellegrini",
            "Cattaneo", "D'Amico", "Zanetti", "Fumagalli", "Barbieri"],
           (["Gia", "Lu", "Ste", "Fio", "Ma", "Ber", "Cle", "Ot", "Ro", "Vi"],
            ["nella", "rino", "fania", "renza", "lvio", "nedo", "tilde", "ciano"]),
           (["Bru", "Sca", "Ghi", "Lon", "Vel", "Maz", "Cor", "Dan", "Tor", "Pa"],
            ["ini", "etti", "one", "ardi", "ucci", "ese", "otti", "aglia"])),
    "pt": (["João", "Inês", "Gonçalo", "Beatriz", "Thiago", "Conceição", "Rafaela", "Vinícius",
            "Leonor", "Sebastião", "Mariana", "Anderson"],
           ["Gonçalves", "dos Santos", "Magalhães", "Carvalho", "Brandão", "Assunção", "Figueiredo",
            "Nogueira", "da Silva", "Albuquerque", "Sampaio", "Quaresma"],
           (["Ju", "Ra", "Tai", "Cle", "Lu", "Ge", "Ma", "Ro", "Da", "Ia"],
            ["ciana", "miro", "nara", "lson", "celo", "rlete", "vânia", "dite"]),
           (["Cou", "Tin", "Bra", "Gue", "Lha", "Mar", "Dei", "Vas", "Fon", "Ri"],
            ["eira", "ães", "ado", "anha", "edo", "elo", "ouro", "alho"])),
    "ar": (["Layla", "Omar", "Yousef", "Fatima", "Abdulrahman", "Rania", "Khalid", "Noor",
            "Tariq", "Samira"],
           ["Haddad", "El-Sayed", "Al-Mansouri", "Khoury", "Abu Zeid", "Benali", "Al Harthy",
            "Nasser", "Bouazza", "Saleh"],
           (["Ya", "Ha", "Za", "Ra", "Mu", "Su", "Na", "Ba", "Ja", "Ka"],
            ["sira", "mdan", "yaan", "fiq", "lwa", "dira", "hil", "rim"]),
           (["Al-", "El-", "Ben ", "Abu ", "Bou", ""],
            ["Qadiri", "Zahrani", "Tamimi", "Hashemi", "Farsi", "Khatib", "Ouali", "Jaziri"])),
    "zh": (["Xiuying", "Wei", "Jing", "Haoran", "Mei", "Zhiwei", "Yuxuan", "Li", "Jun", "Xinyi"],
           ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"],
           (["Xiao", "Yu", "Hao", "Zi", "Ming", "Qing", "Jia", "Ruo", "Shu", "Lan"],
            ["ting", "han", "lan", "xuan", "rui", "yan", "qiao", "feng"]),
           (["Q", "X", "Zh", "Y", "G", "L"], ["iao", "ue", "ong", "an", "ui", "eng"])),
    "in": (["Priya", "Arjun", "Venkatesh", "Lakshmi", "Rohan", "Ananya", "Siddharth", "Kavya",
            "Harpreet", "Deepika"],
           ["Raghunathan", "Mehta", "Subramanian", "Iyer", "Chatterjee", "Reddy", "Kulkarni",
            "Bhattacharya", "Gill", "Narayanan"],
           (["Sh", "Vi", "Ra", "Ka", "An", "Ma", "Di", "Pra", "Hi", "Su"],
            ["ruti", "kram", "dhika", "vin", "anya", "nish", "lipa", "mesh"]),
           (["Venka", "Chakra", "Ragha", "Pad", "Sri", "Gopa", "Bala", "Subra"],
            ["varthy", "malingam", "nandan", "kumar", "purkar", "swamy", "laraj", "dhar"])),
    "ng": (["Chukwuemeka", "Oluwaseun", "Ngozi", "Aisha", "Babatunde", "Chiamaka", "Ifeoma",
            "Emeka", "Folasade", "Musa"],
           ["Okafor", "Adeyemi", "Eze", "Bello", "Balogun", "Nwachukwu", "Okonkwo", "Abubakar",
            "Ogunleye", "Adebayo"],
           (["Chi", "Olu", "Ade", "Nne", "Ife", "Ebu", "Tobi", "Kele", "Obi", "Yemi"],
            ["dinma", "wole", "kemi", "buike", "oma", "sola", "nna", "tayo"]),
           (["Okon", "Ade", "Nwa", "Oba", "Eze", "Ako", "Olu", "Ogun"],
            ["kwo", "yemi", "chukwu", "nkwo", "lade", "bode", "jide", "yinka"])),
    "tr": (["Ayşe", "Mehmet", "Emre", "Zeynep", "Burak", "Elif", "Oğuzhan", "Gülşen", "Kerem",
            "Şule"],
           ["Yılmaz", "Öztürk", "Çelik", "Aydın", "Kılıç", "Şahin", "Doğan", "Erdoğdu", "Karaca",
            "Güneş"],
           (["Ay", "Gül", "Er", "Dil", "Bar", "Ce", "Nil", "Tu", "Se", "Ha"],
            ["sel", "bahar", "kan", "şen", "tuğ", "lin", "han", "nur"]),
           (["Kara", "Ak", "Tok", "Yal", "Öz", "Gök", "Bal", "Sarı"],
            ["oğlu", "taş", "çın", "kaya", "demir", "soy", "er", "türk"])),
    "pl": (["Katarzyna", "Grzegorz", "Małgorzata", "Paweł", "Agnieszka", "Wojciech", "Zofia",
            "Łukasz", "Jadwiga", "Krzysztof"],
           ["Wiśniewska", "Kowalczyk", "Zając", "Szymański", "Wróbel", "Dąbrowska", "Krawczyk",
            "Pietrzak", "Jabłoński", "Sobczak"],
           (["Ja", "Bo", "Mi", "Wie", "Ra", "Zbi", "Sta", "Do", "Lu", "Cze"],
            ["rosław", "gna", "lena", "sława", "dzia", "mir", "sia", "cek"]),
           (["Przy", "Szcze", "Grab", "Kos", "Wło", "Brze", "Pta", "Mro"],
            ["bylski", "pańska", "owiecki", "ciuk", "darczyk", "zińska", "szek", "czak"])),
    "vi": (["Mai", "Thanh", "Hoa", "Minh", "Lan", "Tuấn", "Hương", "Dũng", "Linh", "Quang"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"],
           (["Thu", "Ngọc", "Bảo", "Khánh", "Gia", "Phương"], ["", " An", " Vy", " Nhi"]),
           (["Tr", "Ngh", "Kh", "Ph", "Đ", "L"], ["ương", "iêm", "ổng", "ạch", "oàn", "ý"])),
}
VI_MID = ["Thị", "Văn", "Đức", "Ngọc", "Minh", "Hữu"]
NICK = {"Katarzyna": "Kasia", "Małgorzata": "Gosia", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun",
        "Abdulrahman": "Abdul", "Venkatesh": "Venky", "Nathaniel": "Nat", "Johannes": "Hannes",
        "Margarethe": "Grete", "Guillermo": "Memo", "Giuseppe": "Beppe", "Alejandro": "Álex",
        "Folasade": "Sade", "Babatunde": "Tunde", "Friederike": "Rike", "Ludovica": "Ludo",
        "Sebastião": "Tião", "Inmaculada": "Inma", "Ghislaine": "Gigi", "Krzysztof": "Krzyś",
        "Chiamaka": "Amaka", "Siddharth": "Sid", "Harriet": "Hattie", "Benedetta": "Betta"}
# the origins that each text language draws from (local first, then global)
LOCAL = {"en": "en", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt"}
GLOBAL = ["ar", "zh", "in", "ng", "tr", "pl", "vi"]


class P:
    """One person: given name(s), surname, origin; the forms the texts write."""

    def __init__(self, given, sur, origin):
        self.given, self.sur, self.origin = given, sur, origin

    def full(self):
        if self.origin == "vi":
            return self.sur + " " + self.given
        return self.given + " " + self.sur

    def rev(self, sep=", "):
        return self.sur + sep + self.given

    def init(self):
        return self.given[0] + ". " + self.sur

    def nick(self):
        return NICK.get(self.given.split()[0], self.given.split()[-1])


def invent(syl):
    onsets, codas = syl
    return rng.choice(onsets) + rng.choice(codas)


def person(lang=None, origin=None, real=None):
    if origin is None:
        local = LOCAL.get(lang, rng.choice(list(LOCAL.values())))
        origin = local if rng.random() < 0.62 else rng.choice(GLOBAL)
    gr, sr, gs, ss = ORIGINS[origin]
    if real is None:
        real = rng.random() < 0.5
    if real:
        g, s = rng.choice(gr), rng.choice(sr)
    else:
        g, s = invent(gs), invent(ss)
        if origin == "vi":  # Vietnamese family names are few: the given name is the invented part
            g, s = g.strip(), rng.choice(sr)
        if origin == "zh":  # a rarer real family name under an invented given name
            s = rng.choice(["Qiao", "Xue", "Zhong", "Yan", "Gui", "Leng", "Fang", "Shen", "Cao",
                            "Ruan", "Jiang", "Tang"])
    if origin == "vi":
        g = rng.choice(VI_MID) + " " + g
    elif origin in ("en", "de", "fr", "es", "pt") and rng.random() < 0.07 and "-" not in s and " " not in s:
        s = s + "-" + rng.choice(sr)  # double-barrelled
    return P(g, s, origin)


def strip_marks(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = s.replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def translit_de(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"),
                 ("ß", "SS")):
        s = s.replace(a, b)
    return strip_marks(s)


# ---- dates ----------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ymd(lo=1941, hi=2011):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fmt(d, lang, style=None):
    y, m, dd = d
    if style is None:
        style = rng.choice({"en": ["dmy/", "long", "mdy/", "iso"], "de": ["dmy.", "dmy.", "long"],
                            "fr": ["dmy/", "long"], "nl": ["dmy-", "long", "dmy/"],
                            "es": ["dmy/", "long"], "it": ["dmy/", "long", "dmy."],
                            "pt": ["dmy/", "long", "dmy."]}.get(lang, ["iso"]))
    if style == "dmy/":
        return "%02d/%02d/%d" % (dd, m, y)
    if style == "mdy/":
        return "%02d/%02d/%d" % (m, dd, y)
    if style == "dmy.":
        return "%02d.%02d.%d" % (dd, m, y)
    if style == "dmy-":
        return "%02d-%02d-%d" % (dd, m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    if style == "mon3":
        return "%02d-%s-%d" % (dd, MON3[m - 1], y)
    if style == "compact":
        return "%d%02d%02d" % (y, m, dd)
    if style == "usl":
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y)
    mo = MONTHS[lang if lang in MONTHS else "en"][m - 1]
    if lang == "en":
        return rng.choice(["%d %s %d" % (dd, mo, y), "%s %d, %d" % (mo, dd, y)])
    if lang == "de":
        return "%d. %s %d" % (dd, mo, y)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (dd, mo, y)
    return "%d %s %d" % (dd, mo, y)


# ---- addresses ------------------------------------------------------------------------------
def _num():
    return str(rng.choice([rng.randint(1, 30), rng.randint(1, 160), rng.randint(2, 9)]))


def _inv(a, b):
    return rng.choice(a) + rng.choice(b)


def address(cc):
    """(street line, postcode-and-town line) of a country; the street half invented at times."""
    n = _num()
    if cc == "GB":
        st = rng.choice(["Harrow Road", "Cavendish Street", "Mill Lane", "Station Road",
                         _inv(["Bram", "Holt", "Ash", "Wick", "Stan"], ["ley", "ford", "well"]) +
                         rng.choice([" Road", " Close", " Gardens", " Avenue"])])
        town, pc = rng.choice([("London", "W9 3RG"), ("Leeds", "LS6 2AB"), ("Bristol", "BS7 8QT"),
                               ("Norwich", "NR2 4HJ"), ("Cardiff", "CF24 3DL"),
                               ("Glasgow", "G12 8QQ")])
        unit = rng.choice(["", "", "Flat 3, ", "Flat 2B, "])
        return unit + n + " " + st, town + " " + pc
    if cc == "IE":
        st = rng.choice(["Castle Street", "Ballymun Road", "Strand Road", "Clonliffe Avenue"])
        return n + " " + st, rng.choice(["Dublin 9, D09 X2F4", "Galway, H91 E2K3", "Cork T12 R8P6"])
    if cc == "US":
        st = rng.choice(["Maple Ridge Dr", "W 87th St", "Lakeview Ave", "Sycamore Ln",
                         _inv(["Brook", "Hollow", "Cedar", "Quail"], ["haven", "crest", "wood"]) +
                         " Ct"])
        unit = rng.choice(["", "", ", Apt 4B", ", Unit 12"])
        return (str(rng.randint(100, 9999)) + " " + st + unit,
                rng.choice(["Columbus, OH 43215", "Austin, TX 78704", "Portland, OR 97214",
                            "Raleigh, NC 27605", "Madison, WI 53703"]))
    if cc == "AU":
        return (rng.choice(["Unit 4/", ""]) + n + " " + rng.choice(["Beach Rd", "Glebe Point Rd",
                                                                  "Wattle St"]),
                rng.choice(["Glebe NSW 2037", "Fitzroy VIC 3065", "Paddington QLD 4064"]))
    if cc == "IN":
        return ("Flat " + str(rng.randint(101, 904)) + ", " +
                rng.choice(["Sai Residency, 14th Cross, Indiranagar",
                            "Lotus Apartments, 3rd Main Road, Jayanagar",
                            "B-Wing, Shanti Niketan, Andheri East"]),
                rng.choice(["Bengaluru 560038", "Bengaluru 560011", "Mumbai 400069"]))
    if cc == "NG":
        return (n + " " + rng.choice(["Adeola Odeku Street, Victoria Island",
                                      "Awolowo Road, Ikoyi", "Ogunlana Drive, Surulere"]),
                "Lagos")
    if cc in ("DE", "AT"):
        st = rng.choice(["Lindenstraße", "Hauptstraße", "Schillerweg", "Am Mühlbach",
                         _inv(["Hollerbach", "Brunnwiesen", "Erlen", "Kuckucks", "Weiden"],
                              ["straße", "weg", "gasse", "ring"])])
        if cc == "AT":
            return (st + " " + n + rng.choice(["", "/3", "/2/14"]),
                    rng.choice(["1040 Wien", "8010 Graz", "5020 Salzburg", "6020 Innsbruck"]))
        return (st + " " + n + rng.choice(["", "", "a"]),
                rng.choice(["04109 Leipzig", "50667 Köln", "80331 München", "28195 Bremen",
                            "70173 Stuttgart", "24103 Kiel"]))
    if cc == "CH":
        return rng.choice([
            ("Bahnhofstrasse " + n, rng.choice(["8001 Zürich", "3011 Bern", "6003 Luzern"])),
            ("Rue du Marché " + n, rng.choice(["1204 Genève", "2000 Neuchâtel"])),
            ("Chemin des " + rng.choice(["Vignes", "Pâquerettes", "Roches"]) + " " + n,
             rng.choice(["1007 Lausanne", "1950 Sion", "1700 Fribourg"])),
            ("Via " + rng.choice(["Nassa", "Cantonale", "Sorengo"]) + " " + n,
             rng.choice(["6900 Lugano", "6500 Bellinzona", "6600 Locarno"])),
            (_inv(["Sonnen", "Brugg", "Rüti", "Matten"], ["strasse", "weg", "rain"]) + " " + n,
             rng.choice(["4051 Basel", "9000 St. Gallen", "8400 Winterthur"]))])
    if cc == "FR":
        return (n + rng.choice(["", " bis", ""]) + " " +
                rng.choice(["rue des Lilas", "avenue Jean Jaurès", "impasse des Tanneurs",
                            "boulevard de la Liberté",
                            "rue " + _inv(["du Pré", "des Ha", "de la Gran"], ["lon", "ges", "ville"])]),
                rng.choice(["69003 Lyon", "31000 Toulouse", "44000 Nantes", "13006 Marseille",
                            "67000 Strasbourg"]))
    if cc == "BE":
        return rng.choice([
            ("Rue de la " + rng.choice(["Station", "Loi", "Croix"]) + " " + n +
             rng.choice(["", " bte 2"]), rng.choice(["1040 Bruxelles", "4000 Liège", "5000 Namur"])),
            (rng.choice(["Kerkstraat", "Molenweg", "Veldstraat"]) + " " + n +
             rng.choice(["", " bus 3"]), rng.choice(["2000 Antwerpen", "9000 Gent", "3000 Leuven"]))])
    if cc == "NL":
        return (rng.choice(["Prinsengracht", "Oudegracht", "Kastanjelaan", "Julianastraat",
                            _inv(["Wilg", "Meeu", "Boter", "Riet"], ["enhof", "wenlaan", "dijk"])]) +
                " " + n + rng.choice(["", "-1", " A", "-III"]),
                rng.choice(["1016 GV Amsterdam", "3512 JE Utrecht", "2611 HW Delft",
                            "9711 LM Groningen"]))
    if cc in ("ES", "MX", "AR"):
        if cc == "MX":
            return ("Av. " + rng.choice(["Insurgentes Sur", "Revolución", "Reforma"]) + " " +
                    str(rng.randint(100, 2400)) + ", Col. " + rng.choice(["Roma Norte", "Del Valle"]),
                    rng.choice(["06700 Ciudad de México, CDMX", "03100 Ciudad de México, CDMX"]))
        if cc == "AR":
            return ("Av. " + rng.choice(["Corrientes", "Santa Fe", "Rivadavia"]) + " " +
                    str(rng.randint(100, 5400)) + ", " + rng.choice(["3º B", "piso 7 depto. A"]),
                    rng.choice(["C1043 CABA", "C1425 CABA"]))
        return (rng.choice(["Calle Mayor", "C/ de Sants", "Calle del Pez", "Avda. de la Constitución",
                            "Calle " + _inv(["Almen", "Cerez", "Robl"], ["dros", "os", "edal"])]) +
                " " + n + rng.choice(["", ", 2º B", ", 4º izq."]),
                rng.choice(["28013 Madrid", "08014 Barcelona", "46002 Valencia", "41003 Sevilla",
                            "48001 Bilbao"]))
    if cc == "IT":
        return (rng.choice(["Via Roma", "Via dei Mille", "Corso Como", "Viale Monza",
                            "Via " + _inv(["delle Ros", "dei Gels", "del Cas"], ["e", "i", "tello"])]) +
                " " + n + rng.choice(["", "/B", ", int. 5"]),
                rng.choice(["20121 Milano", "10123 Torino", "40126 Bologna", "00184 Roma",
                            "80134 Napoli"]))
    if cc == "PT":
        return (rng.choice(["Rua Augusta", "Rua do Almada", "Avenida da Boavista", "Travessa do Carmo",
                            "Rua " + _inv(["das Oli", "dos Cas", "da Fon"], ["veiras", "tanheiros", "tinha"])]) +
                " " + n + rng.choice(["", ", 2.º Esq.", ", r/c Dto."]),
                rng.choice(["1100-053 Lisboa", "4050-033 Porto", "3000-150 Coimbra"]))
    if cc == "BR":
        return ("Rua " + rng.choice(["das Flores", "Oscar Freire", "Voluntários da Pátria",
                                     "dos Ipês"]) + ", " + str(rng.randint(10, 2500)) +
                rng.choice(["", ", apto 31", ", casa 2"]),
                rng.choice(["01310-100 São Paulo - SP", "22270-010 Rio de Janeiro - RJ",
                            "30140-071 Belo Horizonte - MG"]))
    if cc == "PL":
        return ("ul. " + rng.choice(["Długa", "Piotrkowska", "Mickiewicza", "Kwiatowa"]) + " " + n +
                rng.choice(["", "/3", " m. 12"]),
                rng.choice(["80-827 Gdańsk", "90-001 Łódź", "31-042 Kraków", "00-950 Warszawa"]))
    if cc == "TR":
        return (rng.choice(["Bağdat Cad.", "Halaskargazi Cad.", "Moda Cad."]) + " No: " + n +
                " D: " + str(rng.randint(1, 20)),
                rng.choice(["34710 Kadıköy/İstanbul", "34371 Şişli/İstanbul"]))
    if cc == "VN":
        return (n + " " + rng.choice(["Lê Lợi", "Hai Bà Trưng", "Nguyễn Huệ"]) + ", Phường " +
                str(rng.randint(1, 14)), rng.choice(["Quận 1, TP. Hồ Chí Minh", "Quận 3, TP. Hồ Chí Minh"]))
    raise ValueError(cc)


LANG_CC = {"en": ["GB", "GB", "IE", "US", "US", "AU", "IN", "NG"], "de": ["DE", "DE", "AT", "CH"],
           "fr": ["FR", "FR", "BE", "CH"], "nl": ["NL", "NL", "BE"], "es": ["ES", "ES", "MX", "AR"],
           "it": ["IT", "IT", "CH"], "pt": ["PT", "BR", "BR"]}


def L7(lang, *words):
    """The word of the text's language: words in the order en, de, fr, nl, es, it, pt."""
    return words[["en", "de", "fr", "nl", "es", "it", "pt"].index(lang) if lang in LOCAL else 0]


def addr(lang, sep=", ", cc=None):
    a, b = address(cc or rng.choice(LANG_CC[lang]))
    return a + sep + b


# ---- records --------------------------------------------------------------------------------
class R:
    """A record written left to right: t() text, p() a labelled value (PERSON by default)."""

    def __init__(self, lang, kind):
        self.lang, self.kind, self.text, self.spans = lang, kind, "", []

    def t(self, s):
        self.text += s
        return self

    def p(self, v, label="PERSON"):
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def a(self, v):
        return self.p(v, "STREET_ADDRESS")

    def b(self, v):
        return self.p(v, "DATE_OF_BIRTH")

    def n(self, label, v):
        return self.p(v, "NEG_" + label)

    def done(self):
        for s in self.spans:
            assert self.text[s["start_position"]:s["end_position"]] == s["entity_value"], s
            assert s["entity_value"] == s["entity_value"].strip(), s
        records.append({"full_text": self.text, "spans": self.spans,
                        "template_id": len(records) % 100,
                        "metadata": {"locale": self.lang, "class": self.kind}})


def mail(p, dom=None):
    local = strip_marks(p.given.split()[-1].lower().replace(" ", "")) + "." + \
        strip_marks(p.sur.lower().replace(" ", "").replace("'", ""))
    return local + "@" + (dom or rng.choice(["gmail.com", "outlook.com", "posteo.de", "web.de",
                                             "orange.fr", "hotmail.com", "proton.me"]))


TITLE = {"en": ["Mr ", "Ms ", "Dr ", "Mrs "], "de": ["Herr ", "Frau ", "Dr. "],
         "fr": ["M. ", "Mme ", "Me "], "nl": ["dhr. ", "mevr. ", "Dr. "],
         "es": ["Sr. ", "Sra. ", "Dña. "], "it": ["Sig. ", "Sig.ra ", "dott.ssa "],
         "pt": ["Sr. ", "Sra. ", "Dra. "]}
WDAY = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri"], "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr."],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven."], "nl": ["ma", "di", "wo", "do", "vr"],
        "es": ["lun", "mar", "mié", "jue", "vie"], "it": ["lun", "mar", "mer", "gio", "ven"],
        "pt": ["seg.", "ter.", "qua.", "qui.", "sex."]}
FIRMS_PERSON = ["Ernst & Young", "Boston Consulting Group", "Siemens Healthineers", "Philips",
                "Ferrero", "Dassault Systèmes", "Porsche Consulting", "Bosch Rexroth",
                "Johnson Controls", "Roche Diagnostics", "Hugo Boss", "Louis Dreyfus Company",
                "Michelin", "Heineken", "Deloitte", "McKinsey & Company", "Thyssenkrupp",
                "Benetton Group", "Randstad", "Sodexo", "Ricola", "Van Oord", "Barilla",
                "Jerónimo Martins", "El Corte Inglés", "Chanel", "Fielmann", "Kühne + Nagel"]


def quote(block, depth=1):
    pre = ">" * depth + " "
    return "\n".join(pre + ln if ln else ">" * depth for ln in block.split("\n"))


WROTE = {"en": "On {W}, {D} at {T}, {N} <{E}> wrote:", "de": "Am {W}, {D} um {T} schrieb {N} <{E}>:",
         "fr": "Le {W} {D} à {T}, {N} <{E}> a écrit :", "nl": "Op {W} {D} om {T} schreef {N} <{E}>:",
         "es": "El {W}, {D} a las {T}, {N} (<{E}>) escribió:",
         "it": "Il giorno {W} {D} alle ore {T} {N} <{E}> ha scritto:",
         "pt": "Em {W}., {D} às {T}, {N} <{E}> escreveu:"}
FWD = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
       "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
       "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
       "nl": ("---------- Doorgestuurd bericht ---------", "Van", "Datum", "Onderwerp", "Aan"),
       "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
       "it": ("---------- Messaggio inoltrato ---------", "Da", "Data", "Oggetto", "A"),
       "pt": ("---------- Mensagem encaminhada ---------", "De", "Data", "Assunto", "Para")}
CLOSE = {"en": ["Kind regards,", "Best,", "Cheers,", "Thanks,"], "de": ["Viele Grüße", "Beste Grüße,", "LG"],
         "fr": ["Bien cordialement,", "Bonne journée,", "Cdlt,"], "nl": ["Met vriendelijke groet,", "Groetjes,"],
         "es": ["Un saludo,", "Saludos cordiales,"], "it": ["Cordiali saluti,", "Grazie,"],
         "pt": ["Cumprimentos,", "Abraço,", "Atenciosamente,"]}
BODY1 = {"en": ["Looping in {A}, who handles the lease on our side.",
                "{A} can you confirm the figures below before Friday?",
                "Forwarding this from {A} - not sure who owns it now."],
         "de": ["ich nehme {A} mit in den Verteiler, sie kümmert sich um den Vertrag.",
                "{A}, kannst du die Zahlen unten bis Freitag bestätigen?"],
         "fr": ["je mets {A} en copie, c'est lui qui suit le dossier.",
                "{A}, peux-tu confirmer les montants ci-dessous avant vendredi ?"],
         "nl": ["ik zet {A} in de cc, zij regelt het contract.",
                "{A}, kun jij de bedragen hieronder voor vrijdag bevestigen?"],
         "es": ["pongo en copia a {A}, que lleva el expediente.",
                "{A}, ¿puedes confirmar las cifras de abajo antes del viernes?"],
         "it": ["metto in copia {A}, che segue la pratica.",
                "{A}, puoi confermare gli importi qui sotto entro venerdì?"],
         "pt": ["coloco o {A} em cópia, é ele que acompanha o processo.",
                "{A}, consegues confirmar os valores abaixo até sexta?"]}
BODY2 = {"en": ["The invoice from {F} still shows the old address. Can we get it corrected?",
                "We left the office on {P} in March; {F} keeps writing to it.",
                "Quick one: {F} needs the signed copy back by the 14th."],
         "de": ["Auf der Rechnung von {F} steht noch die alte Anschrift. Könnt ihr das korrigieren?",
                "Wir sind seit März nicht mehr in der {P}; {F} schickt trotzdem alles dorthin."],
         "fr": ["La facture de {F} porte encore l'ancienne adresse. Vous pouvez corriger ?",
                "Nous avons quitté les bureaux de la {P} en mars ; {F} continue d'y écrire."],
         "nl": ["Op de factuur van {F} staat nog het oude adres. Kan dat aangepast worden?",
                "We zitten sinds maart niet meer aan het {P}; {F} stuurt alles nog daarheen."],
         "es": ["La factura de {F} todavía lleva la dirección antigua. ¿Se puede corregir?",
                "Dejamos la oficina de la {P} en marzo y {F} sigue escribiendo allí."],
         "it": ["La fattura di {F} riporta ancora il vecchio indirizzo. Si può correggere?",
                "Abbiamo lasciato l'ufficio di {P} a marzo; {F} continua a scrivere lì."],
         "pt": ["A fatura da {F} ainda tem a morada antiga. Dá para corrigir?",
                "Saímos do escritório da {P} em março e a {F} continua a escrever para lá."]}
STREET_PEOPLE = {"en": ["Churchill Way", "Victoria Street", "Nelson Mandela Place"],
                 "de": ["Karl-Marx-Allee", "Konrad-Adenauer-Straße", "Willy-Brandt-Platz"],
                 "fr": ["avenue Victor Hugo", "rue Émile Zola", "place Charles de Gaulle"],
                 "nl": ["Rembrandtplein", "Johan Cruijff Boulevard", "Thorbeckeplein"],
                 "es": ["calle de Cervantes", "avenida Gaudí", "plaza de Colón"],
                 "it": ["via Giuseppe Verdi", "piazza Garibaldi", "corso Vittorio Emanuele II"],
                 "pt": ["Avenida Almirante Reis", "Rua Garrett", "Praça Marquês de Pombal"]}


def fill(r, tmpl, **kw):
    """Appends tmpl with {KEY} replaced: kw[KEY] is (label, value) or plain text."""
    i = 0
    while True:
        j = tmpl.find("{", i)
        if j < 0:
            r.t(tmpl[i:])
            return r
        r.t(tmpl[i:j])
        k = tmpl.index("}", j)
        v = kw[tmpl[j + 1:k]]
        if isinstance(v, tuple):
            r.p(v[1], v[0])
        else:
            r.t(v)
        i = k + 1


def sig_block(r, lang, p, with_addr, quoted_depth=0):
    pre = (">" * quoted_depth + " ") if quoted_depth else ""
    r.t(pre + rng.choice(CLOSE[lang]) + "\n" + pre)
    if p.given in NICK and rng.random() < 0.5:  # signs with the short name, full name below
        r.p(NICK[p.given]).t("\n" + pre + "--\n" + pre)
    r.p(p.full())
    r.t("\n" + pre + rng.choice(["Office Manager", "Head of Finance", "Paralegal",
                                 "Account Executive", "Project Lead"]) + " | ")
    r.n("ORG", rng.choice(FIRMS_PERSON))
    if with_addr:
        a, b = address(rng.choice(LANG_CC[lang]))
        r.t("\n" + pre).a(a + ", " + b)
    r.t("\n")


def email_chain(lang):
    r = R(lang, "email_chain")
    a, b, c = person(lang), person(lang), person(lang)
    fw = FWD[lang]
    d = ymd(2024, 2026)
    date = fmt(d, lang, "long")
    if rng.random() < 0.45:
        r.t(fw[0] + "\n" + fw[1] + ": ").p(b.full()).t(" <").p(mail(b), "EMAIL_ADDRESS")
        r.t(">\n" + fw[2] + ": " + date + "\n" + fw[3] + ": Re: " +
            L7(lang, "lease renewal", "Mietvertrag", "facture 2291", "offerte", "presupuesto",
               "contratto", "orçamento") + "\n" + fw[4] + ": ").p(a.full()).t("\n\n")
    else:
        r.t(L7(lang, "Hi all,", "Hallo zusammen,", "Bonjour,", "Hoi,", "Hola,", "Ciao,", "Olá,") + "\n\n")
        fill(r, rng.choice(BODY1[lang]), A=("PERSON", c.given if rng.random() < 0.5 else c.full()))
        r.t("\n\n")
        sig_block(r, lang, a, rng.random() < 0.5)
        r.t("\n")
    w = WROTE[lang]
    fill(r, w, W=rng.choice(WDAY[lang]), D=date, T="%02d:%02d" % (rng.randint(7, 19), rng.randint(0, 59)),
         N=("PERSON", b.full()), E=("EMAIL_ADDRESS", mail(b)))
    r.t("\n")
    # quoted body of b, and a deeper quote from c
    r.t("> ")
    fill(r, rng.choice(BODY2[lang]), F=("NEG_ORG", rng.choice(FIRMS_PERSON)),
         P=("NEG_PLACE", rng.choice(STREET_PEOPLE[lang])))
    r.t("\n>\n")
    sig_block(r, lang, b, rng.random() < 0.6, 1)
    r.t(">\n")
    r.t("> " + w.split("{N}")[0].replace("{W}", rng.choice(WDAY[lang])).replace(
        "{D}", fmt(ymd(2024, 2026), lang, "long")).replace("{T}", "09:1%d" % rng.randint(0, 9)))
    r.p(c.full()).t(w.split("{N}")[1].replace(" <{E}>", "").replace(" (<{E}>)", "") + "\n")
    r.t(">> " + L7(lang, "new address for the invoices is", "neue Rechnungsadresse:",
                   "nouvelle adresse de facturation :", "nieuw factuuradres:",
                   "nueva dirección de facturación:", "nuovo indirizzo di fatturazione:",
                   "nova morada de faturação:") + "\n>> ")
    a1, b1 = address(rng.choice(LANG_CC[lang]))
    r.a(a1 + ", " + b1)
    r.t("\n>> " + L7(lang, "att. ", "z. Hd. ", "à l'att. de ", "t.a.v. ", "a la atención de ",
                      "alla c.a. di ", "ao cuidado de ")).p(c.full())
    r.t("\n>>\n>> -- \n>> ").p(c.init() if rng.random() < 0.5 else c.full()).t("\n")
    if rng.random() < 0.4:
        r.t(">> " + rng.choice(["Sent from my iPhone", "Von meinem iPad gesendet",
                                "Envoyé de mon smartphone"]) + "\n")
    r.done()


# ---- CVs pasted from PDF ----------------------------------------------------------------------
CV_L = {"en": ("CURRICULUM VITAE", "Date of birth", "Nationality", "EXPERIENCE", "EDUCATION",
               "REFERENCES", "Address", "available on request"),
        "de": ("LEBENSLAUF", "Geburtsdatum", "Staatsangehörigkeit", "BERUFSERFAHRUNG", "AUSBILDUNG",
               "REFERENZEN", "Anschrift", "auf Anfrage"),
        "fr": ("CURRICULUM VITAE", "Date de naissance", "Nationalité", "EXPÉRIENCE", "FORMATION",
               "RÉFÉRENCES", "Adresse", "sur demande"),
        "nl": ("CURRICULUM VITAE", "Geboortedatum", "Nationaliteit", "WERKERVARING", "OPLEIDING",
               "REFERENTIES", "Adres", "op aanvraag"),
        "es": ("CURRÍCULUM VITAE", "Fecha de nacimiento", "Nacionalidad", "EXPERIENCIA",
               "FORMACIÓN", "REFERENCIAS", "Dirección", "a petición"),
        "it": ("CURRICULUM VITAE", "Data di nascita", "Nazionalità", "ESPERIENZA", "ISTRUZIONE",
               "REFERENZE", "Indirizzo", "su richiesta"),
        "pt": ("CURRICULUM VITAE", "Data de nascimento", "Nacionalidade", "EXPERIÊNCIA",
               "FORMAÇÃO", "REFERÊNCIAS", "Morada", "a pedido")}
UNIS = ["Ludwig-Maximilians-Universität München", "Université Paris Cité", "KU Leuven",
        "Universidad Carlos III de Madrid", "Politecnico di Milano", "Universidade do Porto",
        "Humboldt-Universität zu Berlin", "Erasmus Universiteit Rotterdam", "Johns Hopkins University",
        "Trinity College Dublin", "Università Bocconi", "Universidade Federal de Minas Gerais",
        "Karolinska Institutet", "Sorbonne Université", "Goethe-Universität Frankfurt"]
ROLES = ["Senior Analyst", "Product Owner", "Data Engineer", "Key Account Manager", "Controller",
         "UX Researcher", "Site Reliability Engineer", "Buyer", "Lab Technician"]


def pad(s, w):
    return s + " " * max(2, w - len(s))


def cv(lang):
    r = R(lang, "cv_pdf")
    L = CV_L[lang]
    p = person(lang)
    caps = rng.random() < 0.5
    r.t(L[0] + "\n\n").p(p.full().upper() if caps else p.full()).t("\n")
    r.t(rng.choice(ROLES) + "\n\n")
    a, b = address(rng.choice(LANG_CC[lang]))
    broken = rng.random() < 0.6
    y1 = rng.randint(2012, 2019)
    f1, f2 = rng.choice(FIRMS_PERSON), rng.choice(FIRMS_PERSON)
    if broken:  # the left column (contact) and the right column (experience) read line by line
        r.t(pad(L[6], 30) + L[3] + "\n")
        r.a(a + ", " + b)
        r.t("  %d – %d  " % (y1, y1 + 3) + rng.choice(ROLES) + ", ").n("ORG", f1).t("\n")
        r.t(pad(L[1], 30) + "  %d – %d  " % (y1 - 4, y1) + rng.choice(ROLES) + ", ")
        r.n("ORG", f2).t("\n")
        dob = fmt(ymd(1962, 2001), lang)
        r.b(dob).t(" " * max(2, 30 - len(dob)) + "Reporting to ").p(person(lang).full()).t("\n")
        r.t(pad(L[2], 30) + "\n" + rng.choice(["deutsch", "française", "Nederlandse", "British",
                                              "italiana", "portuguesa", "española", "Nigerian"]) + "\n\n")
    else:
        r.t(L[6] + ": ").a(a + ", " + b).t("\n" + L[1] + ": ").b(fmt(ymd(1962, 2001), lang))
        r.t("\n" + L[2] + ": " + rng.choice(["German", "Irish", "Turkish", "Polish", "Brazilian",
                                               "Vietnamese", "Indian"]) + "\n\n")
        r.t(L[3] + "\n%d–%d  " % (y1, y1 + 4) + rng.choice(ROLES) + ", ").n("ORG", f1)
        r.t("\n  managed a team of 6; reported to ").p(person(lang).full()).t("\n")
    r.t("\n" + L[4] + "\n")
    r.t("%d  MSc, " % (y1 - 2)).n("ORG", rng.choice(UNIS))
    r.t(rng.choice(["  (thesis on ", "  (Masterarbeit: ", "  (mémoire : ", "  (tesi: "]))
    r.n("TERM", rng.choice(["Markov chain Monte Carlo", "Kalman filters", "Nash equilibria",
                            "Bayesian networks", "Fourier analysis", "Voronoi diagrams"]))
    r.t(")\n\n" + L[5] + "\n")
    if rng.random() < 0.35:
        r.t(L[7] + "\n")
    else:
        for _ in range(rng.randint(1, 2)):
            q = person(lang)
            r.t(rng.choice(["Prof. ", "Dr. ", ""])).p(q.full()).t(", ")
            r.n("ORG", rng.choice(UNIS + FIRMS_PERSON)).t(" – ")
            r.p(mail(q), "EMAIL_ADDRESS").t("\n")
    r.done()


COVER = {"en": ("Dear {T}{S},", "I am writing to apply for the {R} role advertised on your website. "
                "{M}, my manager at {F}, suggested I get in touch.", "Yours sincerely,"),
         "de": ("Sehr geehrte{X} {T}{S},", "hiermit bewerbe ich mich als {R}. {M}, meine "
                "Vorgesetzte bei {F}, hat mir Ihr Team empfohlen.", "Mit freundlichen Grüßen"),
         "fr": ("{T}{S},", "Je vous adresse ma candidature au poste de {R}. {M}, mon responsable "
                "chez {F}, m'a conseillé de vous écrire.", "Veuillez agréer mes salutations distinguées,"),
         "nl": ("Geachte {T}{S},", "Hierbij solliciteer ik naar de functie van {R}. {M}, mijn "
                "leidinggevende bij {F}, raadde mij aan te reageren.", "Met vriendelijke groet,"),
         "es": ("Estimada {T}{S}:", "Le escribo para presentar mi candidatura al puesto de {R}. "
                "{M}, mi responsable en {F}, me animó a contactarle.", "Atentamente,"),
         "it": ("Gentile {T}{S},", "Le scrivo per candidarmi alla posizione di {R}. {M}, la mia "
                "responsabile in {F}, mi ha suggerito di contattarLa.", "Distinti saluti,"),
         "pt": ("Exma. {T}{S},", "Venho candidatar-me à vaga de {R}. {M}, a minha chefe na {F}, "
                "sugeriu que entrasse em contacto.", "Com os melhores cumprimentos,")}


def cover(lang):
    r = R(lang, "cover_letter")
    me, them, mgr = person(lang), person(lang), person(lang)
    r.p(me.full()).t("\n")
    a, b = address(rng.choice(LANG_CC[lang]))
    r.a(a + "\n" + b).t("\n")
    if lang == "de" and rng.random() < 0.5:
        r.t("geb. am ").b(fmt(ymd(1970, 2002), lang, "dmy.")).t("\n")
    r.t("\n")
    f = rng.choice(FIRMS_PERSON)
    r.t(rng.choice(TITLE[lang])).p(them.full()).t("\n").n("ORG", rng.choice(FIRMS_PERSON)).t("\n")
    a2, b2 = address(rng.choice(LANG_CC[lang]))
    r.a(a2 + "\n" + b2).t("\n\n" + fmt(ymd(2025, 2026), lang, "long") + "\n\n")
    C = COVER[lang]
    tt = rng.choice(TITLE[lang])
    fill(r, C[0], T=tt, S=("PERSON", them.sur), X="r" if tt == "Herr " else "")
    r.t("\n\n")
    fill(r, C[1], R=rng.choice(ROLES), M=("PERSON", mgr.full()), F=("NEG_ORG", f))
    r.t("\n\n" + C[2] + "\n\n").p(me.full()).t("\n")
    r.done()


# ---- profiles and recommendations -------------------------------------------------------------
REC_TXT = {"en": ["I managed {N} directly for two years at {F}. {G} rebuilt our reporting from scratch.",
                  "{G} and I worked side by side on the {F} rollout; I'd hire {G} again tomorrow.",
                  "Had the pleasure of mentoring {N} during the graduate scheme."],
           "de": ["Ich war zwei Jahre lang direkte Vorgesetzte von {N} bei {F}. {G} hat unser Reporting neu aufgebaut.",
                  "{G} und ich haben gemeinsam das Projekt bei {F} gestemmt – jederzeit wieder."],
           "fr": ["J'ai encadré {N} pendant deux ans chez {F}. {G} a refondu tout notre reporting.",
                  "{G} et moi avons piloté ensemble le déploiement chez {F} ; je recommande sans hésiter."],
           "nl": ["Ik was twee jaar de directe leidinggevende van {N} bij {F}. {G} heeft onze rapportage opnieuw opgezet."],
           "es": ["Fui responsable directa de {N} durante dos años en {F}. {G} rehízo todo nuestro reporting."],
           "it": ["Ho guidato {N} per due anni in {F}. {G} ha ricostruito da zero la nostra reportistica."],
           "pt": ["Fui gestora direta do {N} durante dois anos na {F}. O {G} refez todo o nosso reporting."]}
SKILLS = ["Python", "SQL", "Kanban", "Gantt charts", "Six Sigma", "Salesforce", "Power BI",
          "Tableau", "Figma", "Kubernetes", "Bloomberg Terminal", "SAP S/4HANA"]


def linkedin(lang):
    r = R(lang, "profile")
    p = person(lang)
    r.p(p.full()).t(rng.choice([" · 2nd", " · 3rd+", " (He/Him) · 1st", " · 1st"]) + "\n")
    f = rng.choice(FIRMS_PERSON)
    r.t(rng.choice(ROLES) + " at ").n("ORG", f).t(" | ex-").n("ORG", rng.choice(FIRMS_PERSON))
    r.t("\n" + rng.choice(["Greater Munich Metropolitan Area", "Lyon, Auvergne-Rhône-Alpes, France",
                           "Lagos State, Nigeria", "Utrecht, Netherlands", "Dublin, Ireland",
                           "Porto, Portugal", "Milan, Lombardy, Italy"]) + " · 500+ connections\n\n")
    r.t("Recommendations\nReceived  Given\n\n")
    for _ in range(rng.randint(1, 2)):
        q = person(lang)
        r.p(q.full()).t(" · " + rng.choice(["1st", "2nd", "3rd"]) + "\n" + rng.choice(ROLES) +
                        " at ").n("ORG", rng.choice(FIRMS_PERSON)).t("\n")
        r.t(fmt(ymd(2019, 2025), "en", "usl") + ", ")
        r.p(q.given).t(rng.choice([" managed ", " worked with ", " was senior to "]))
        r.p(p.given).t(rng.choice([" directly", " but on different teams", " on the same team"]))
        r.t("\n")
        fill(r, rng.choice(REC_TXT[lang]), N=("PERSON", p.full()), G=("PERSON", p.given),
             F=("NEG_ORG", rng.choice(FIRMS_PERSON)))
        r.t("\n\n")
    r.t("Skills\n")
    k = rng.choice(SKILLS)
    r.n("TERM", k) if k in ("Gantt charts", "Bloomberg Terminal") else r.t(k)
    r.t("\nEndorsed by ").p(person(lang).full()).t(" and %d others\n" % rng.randint(2, 40))
    if rng.random() < 0.4:
        r.t("Licenses & certifications\nPRINCE2 Practitioner – Issued ")
        r.n("DATE", "%s %d" % (MONTHS["en"][rng.randint(0, 11)][:3], rng.randint(2016, 2024)))
        r.t(" · Expires ").n("DATE", "%s %d" % (MONTHS["en"][rng.randint(0, 11)][:3], rng.randint(2026, 2029)))
        r.t("\n")
    r.done()


# ---- paper front matter, grants, patents, tenders ---------------------------------------------
INST = [("Karolinska Institutet", "SE"), ("Max Planck Institute for Intelligent Systems", "DE"),
        ("Institut Pasteur", "FR"), ("Erasmus MC", "NL"), ("Sapienza Università di Roma", "IT"),
        ("Instituto Gulbenkian de Ciência", "PT"), ("Johns Hopkins Bloomberg School of Public Health", "US"),
        ("Fondazione Bruno Kessler", "IT"), ("Helmholtz-Zentrum Dresden-Rossendorf", "DE"),
        ("Trinity College Dublin", "IE"), ("Instituto de Salud Carlos III", "ES"),
        ("University of Lagos", "NG"), ("Indian Institute of Science", "IN"),
        ("Vrije Universiteit Brussel", "BE"), ("Fraunhofer-Institut für Solare Energiesysteme", "DE")]
EPONYM = ["Kaplan–Meier", "Cox proportional hazards", "Bonferroni correction", "Wilcoxon signed-rank test",
          "Gaussian process", "Monte Carlo dropout", "Pearson correlation", "Fisher's exact test",
          "Hodgkin lymphoma", "Alzheimer's disease", "Parkinson's disease", "Crohn's disease",
          "Navier–Stokes equations", "Schrödinger equation", "Bayesian optimisation", "Markov decision process"]


def paper(lang):
    r = R("en", "paper")
    title = rng.choice(["Long-term outcomes of ", "A multicentre cohort study of ",
                        "Scaling laws for ", "Uncertainty in "])
    r.t(title).n("TERM", rng.choice(EPONYM)).t(rng.choice([" in adults over 65", " under distribution shift",
                                                           ": a registry analysis", ""]) + "\n\n")
    n = rng.randint(3, 5)
    people = [person(rng.choice(list(LOCAL))) for _ in range(n)]
    insts = rng.sample(INST, rng.randint(2, 4))
    style = rng.randrange(3)
    for i, q in enumerate(people):
        nm = q.full() if rng.random() < 0.8 else q.given[0] + ". " + q.sur
        r.p(nm)
        sup = ",".join(str(rng.randint(1, len(insts))) for _ in range(rng.choice((1, 1, 2))))
        if style == 0:
            r.t(sup)  # superscripts flattened by the PDF extractor
        elif style == 1:
            r.t("^" + sup)
        else:
            r.t(" (" + sup + ")")
        if i == 0:
            r.t("*")
        if i == 1 and rng.random() < 0.5:
            r.t("†")
        r.t(", " if i < n - 2 else (" and " if i == n - 2 else "\n\n"))
    for i, (inst, cc) in enumerate(insts):
        r.t(str(i + 1) + " " + rng.choice(["Department of Epidemiology, ", "Division of Machine Learning, ",
                                           "Laboratory of Cell Biology, ", ""])).n("ORG", inst)
        r.t(", " + {"SE": "Stockholm, Sweden", "DE": "Germany", "FR": "Paris, France",
                    "NL": "Rotterdam, the Netherlands", "IT": "Italy", "PT": "Oeiras, Portugal",
                    "US": "Baltimore, MD, USA", "IE": "Dublin, Ireland", "ES": "Madrid, Spain",
                    "NG": "Lagos, Nigeria", "IN": "Bengaluru, India", "BE": "Brussels, Belgium"}[cc] + "\n")
    r.t("\n* Corresponding author: ").p(people[0].full()).t(", ")
    if rng.random() < 0.6:
        a, b = address(rng.choice(["DE", "FR", "NL", "IT", "ES", "PT", "GB", "BE", "CH"]))
        r.a(a + ", " + b).t(". ")
    r.t("E-mail: ").p(mail(people[0], "uni-example.org"), "EMAIL_ADDRESS").t("\n")
    if "†" in r.text:
        r.t("† These authors contributed equally.\n")
    r.t("Received ").n("DATE", fmt(ymd(2024, 2025), "en", "long")).t("; accepted ")
    r.n("DATE", fmt(ymd(2025, 2026), "en", "long")).t("\n\n")
    if rng.random() < 0.7:
        r.t("Acknowledgements. We thank ").p(person(rng.choice(list(LOCAL))).full()).t(" and ")
        r.p(person(rng.choice(list(LOCAL))).full()).t(" for comments on an earlier draft, and the ")
        r.n("ORG", rng.choice(["Wellcome Trust", "Bill & Melinda Gates Foundation",
                               "Alexander von Humboldt Foundation", "Carlsberg Foundation",
                               "Fundação Calouste Gulbenkian", "Fondation Louis-Jeantet"]))
        r.t(" for funding. The ").n("TERM", rng.choice(EPONYM)).t(" analysis was run by ")
        r.p(people[-1].init()).t(".\n")
    r.done()


GRANT = {"en": ("Principal Investigator", "Date of birth", "PhD awarded", "Host institution",
                "Team members", "Name", "Role", "Person-months"),
         "de": ("Projektleitung", "Geburtsdatum", "Promotion am", "Gastinstitution",
                "Projektteam", "Name", "Funktion", "Personenmonate"),
         "fr": ("Porteuse du projet", "Date de naissance", "Doctorat obtenu le", "Établissement d'accueil",
                "Équipe", "Nom", "Rôle", "Personnes-mois"),
         "it": ("Responsabile scientifico", "Data di nascita", "Dottorato conseguito il",
                "Ente ospitante", "Gruppo di ricerca", "Nome", "Ruolo", "Mesi-persona"),
         "es": ("Investigadora principal", "Fecha de nacimiento", "Doctorado obtenido el",
                "Institución de acogida", "Equipo", "Nombre", "Función", "Meses-persona"),
         "nl": ("Hoofdaanvrager", "Geboortedatum", "Promotie op", "Gastinstelling", "Team", "Naam",
                "Rol", "Persoonsmaanden"),
         "pt": ("Investigadora responsável", "Data de nascimento", "Doutoramento concluído em",
                "Instituição de acolhimento", "Equipa", "Nome", "Função", "Pessoas-mês")}


def grant(lang):
    r = R(lang, "grant")
    G = GRANT[lang]
    pi = person(lang)
    r.t(rng.choice(["ERC Starting Grant 2026 – Part B1", "SNSF Project funding – Section 2",
                    "DFG Sachbeihilfe – Antrag", "ANR AAPG 2026 – Document scientifique",
                    "NWO Vidi – Aanvraagformulier", "PRIN 2026 – Modello B", "FCT Projetos IC&DT"]))
    r.t("\nAcronym: " + rng.choice(["LUMEN", "TIDEWATCH", "MYCOSENSE", "POLYGLOT", "FERRUM"]) + "\n\n")
    r.t(G[0] + ": " + rng.choice(["Dr. ", "Prof. ", ""])).p(pi.full()).t("\n")
    if rng.random() < 0.75:
        y = rng.randint(1978, 1992)
        r.t(G[1] + ": ").b(fmt((y, rng.randint(1, 12), rng.randint(1, 28)), lang)).t("\n")
        r.t(G[2] + ": ").n("DATE", fmt((y + rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28)), lang))
        r.t("\n")
    inst = rng.choice(INST)[0]
    r.t(G[3] + ": ").n("ORG", inst).t("\n\n" + G[4] + "\n")
    r.t(pad(G[5], 28) + pad(G[6], 16) + G[7] + "\n")
    for role in ["PI", "Postdoc", "PhD student", "Technician"][:rng.randint(2, 4)]:
        q = pi if role == "PI" else person(lang)
        nm = q.rev() if rng.random() < 0.4 else q.full()
        r.p(nm).t(" " * max(2, 28 - len(nm)) + pad(role, 16) + str(rng.choice([6, 12, 18, 24, 36])) + "\n")
    r.t("\nThe project builds on the ").n("TERM", rng.choice(EPONYM)).t(" framework and on ")
    r.n("FAMOUS", rng.choice(["Marie Curie", "Alan Turing", "Rosalind Franklin", "Ada Lovelace",
                              "Santiago Ramón y Cajal", "Enrico Fermi"]))
    r.t("'s early work. Letters of support from ").p(person(lang).full()).t(" (")
    r.n("ORG", rng.choice(FIRMS_PERSON)).t(") are attached.\n")
    r.done()


def patent(lang):
    r = R(lang, "patent")
    r.t("(12) " + rng.choice(["EUROPEAN PATENT APPLICATION", "INTERNATIONAL APPLICATION PUBLISHED "
                              "UNDER THE PATENT COOPERATION TREATY (PCT)"]) + "\n")
    r.t("(21) Application number: %d%06d.%d\n" % (rng.randint(20, 25), rng.randint(0, 999999), rng.randint(0, 9)))
    r.t("(22) Date of filing: ").n("DATE", fmt(ymd(2022, 2025), "en", "dmy.")).t("\n")
    r.t("(71) Applicant: ").n("ORG", rng.choice(["Robert Bosch GmbH", "Carl Zeiss Meditec AG",
                                                  "Koninklijke Philips N.V.", "Dassault Aviation SA",
                                                  "Ferrari S.p.A.", "Siemens Energy Global GmbH & Co. KG"]))
    r.t("\n(72) Inventors:\n")
    for _ in range(rng.randint(2, 4)):
        q = person(rng.choice(["de", "fr", "nl", "it", "en", "es"]))
        nm = q.sur.upper() + ", " + q.given if rng.random() < 0.6 else q.full()
        r.t("    • ").p(nm).t("\n      " + rng.choice(["70469 Stuttgart (DE)", "07745 Jena (DE)",
                                                       "5656 AE Eindhoven (NL)", "92210 Saint-Cloud (FR)",
                                                       "41053 Maranello (IT)"]) + "\n")
    rep = person(rng.choice(["de", "fr", "nl", "en"]))
    r.t("(74) Representative: ").p(rep.sur + ", " + rep.given).t("\n      ")
    r.n("ORG", rep.sur + rng.choice([" & Partner Patentanwälte mbB", " IP Law Firm", " Conseils"]))
    a, b = address(rng.choice(["DE", "NL", "FR", "GB"]))
    r.t("\n      ").a(a + ", " + b).t("\n\n(54) ")
    r.t(rng.choice(["MEASURING DEVICE WITH A ", "METHOD FOR CALIBRATING A ", "COOLING ARRANGEMENT COMPRISING A "]))
    r.n("TERM", rng.choice(["WHEATSTONE BRIDGE", "PELTIER ELEMENT", "VENTURI NOZZLE", "HALL SENSOR",
                            "FRESNEL LENS", "STIRLING ENGINE"])).t("\n")
    r.done()


TENDER = {"en": ("Contracting authority", "Contact person", "Evaluation committee", "Tenders received",
                 "Time limit for receipt of tenders"),
          "de": ("Öffentlicher Auftraggeber", "Ansprechpartnerin", "Bewertungsgremium",
                 "Eingegangene Angebote", "Schlusstermin für den Eingang der Angebote"),
          "fr": ("Pouvoir adjudicateur", "Personne de contact", "Commission d'évaluation",
                 "Offres reçues", "Date limite de réception des offres"),
          "nl": ("Aanbestedende dienst", "Contactpersoon", "Beoordelingscommissie",
                 "Ontvangen inschrijvingen", "Uiterste datum ontvangst inschrijvingen"),
          "es": ("Poder adjudicador", "Persona de contacto", "Mesa de contratación",
                 "Ofertas recibidas", "Plazo de presentación de ofertas"),
          "it": ("Amministrazione aggiudicatrice", "Responsabile del procedimento", "Commissione giudicatrice",
                 "Offerte pervenute", "Termine per il ricevimento delle offerte"),
          "pt": ("Entidade adjudicante", "Pessoa de contacto", "Júri do procedimento",
                 "Propostas recebidas", "Prazo para apresentação de propostas")}
AUTH = {"en": "Leeds City Council", "de": "Stadtwerke Augsburg", "fr": "Métropole de Lyon",
        "nl": "Gemeente Utrecht", "es": "Ayuntamiento de Valencia", "it": "Comune di Bologna",
        "pt": "Câmara Municipal do Porto"}
BIDDERS = ["Van Oord Marine Contractors B.V.", "Heijmans N.V.", "Strabag SE", "Bouygues Construction",
           "Ferrovial S.A.", "Webuild S.p.A.", "Mota-Engil SGPS", "Kier Group plc", "Max Bögl",
           "Züblin AG", "Eiffage Génie Civil", "Sacyr S.A.", "Colas Rail", "Balfour Beatty"]


def tender(lang):
    r = R(lang, "tender")
    T = TENDER[lang]
    r.t(rng.choice(["Contract notice – ", "Award notice – ", ""]) + "Ref. %s-%d/%04d\n\n" %
        (rng.choice(["TED", "OJ S", "BOE", "GURI"]), rng.randint(2025, 2026), rng.randint(1, 9999)))
    r.t("I.1) " + T[0] + ": ").n("ORG", AUTH[lang]).t("\n")
    cc = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT"}[lang]
    a, b = address(cc)
    r.t("Postal address: ").a(a + ", " + b).t("\n")
    if rng.random() < 0.5:
        r.t("Place of performance: works on ").n("PLACE", rng.choice(STREET_PEOPLE[lang])).t(" (whole length)\n")
    r.t(T[1] + ": ")
    c = person(lang)
    r.t(rng.choice(TITLE[lang])).p(c.full()).t(", tel. ")
    r.p("+%d %d %07d" % (rng.choice([44, 49, 33, 31, 34, 39, 351]), rng.randint(20, 89),
                         rng.randint(0, 9999999)), "PHONE_NUMBER").t("\n")
    r.t("IV.2.2) " + T[4] + ": ").n("DATE", fmt(ymd(2026, 2027), lang)).t(" 12:00\n\n")
    if rng.random() < 0.7:
        r.t(T[3] + ":\n")
        for i, bd in enumerate(rng.sample(BIDDERS, rng.randint(2, 4))):
            r.t("  %d. " % (i + 1)).n("ORG", bd).t(" – EUR %d.%03d,00\n" % (rng.randint(100, 990), rng.randint(0, 999)))
    r.t(T[2] + ": ")
    for i in range(rng.randint(2, 3)):
        q = person(lang)
        if i:
            r.t("; ")
        r.p(q.full() if rng.random() < 0.7 else q.sur.upper() + " " + q.given).t(
            " (" + rng.choice(["chair", "finance", "technical", "legal", "secretary"]) + ")")
    r.t("\n")
    r.done()


# ---- workspace exports and transcripts --------------------------------------------------------
def notion(lang):
    r = R(lang, "workspace_export")
    k = rng.randrange(3)
    ppl = [person(lang) for _ in range(4)]
    if k == 0:  # Notion page exported to Markdown
        r.t("# " + L7(lang, "Q3 offsite planning", "Umzug Büro Nord", "Refonte du site", "Verhuizing magazijn",
                      "Migración CRM", "Trasloco archivio", "Renovação do armazém") + "\n\n")
        r.t("Owner: ").p(ppl[0].full()).t("\nStatus: In progress\nTags: ").n("TERM", "Kanban").t(", ops\n")
        r.t("Created: ").n("DATE", fmt(ymd(2025, 2026), "en", "usl") + " 9:14 AM").t("\n\n")
        r.t("## Action items\n\n- [ ] @").p(ppl[1].full()).t(" to book the venue\n- [x] @")
        r.p(ppl[2].given).t(" sends the budget to ").p(ppl[3].full()).t("\n- [ ] ask ")
        r.n("PRODUCT", "Notion AI").t(" for a summary\n")
        if rng.random() < 0.5:
            r.t("\n> 💡 Venue contact: ").p(person(lang).full()).t(", ")
            a, b = address(rng.choice(LANG_CC[lang]))
            r.a(a + ", " + b).t("\n")
    elif k == 1:  # Trello card JSON
        r.t('{"id":"65f%021x","name":"%s","desc":"' % (rng.getrandbits(84), rng.choice(
            ["Onboard new hire", "Visa paperwork", "Laptop return", "Update payroll address"])))
        r.t("New starter: ").p(ppl[0].full()).t(", DOB ").b(fmt(ymd(1975, 2003), "en", "iso"))
        r.t(', home address ')
        a, b = address(rng.choice(LANG_CC[lang]))
        r.a(a + ", " + b).t('","due":"').n("DATE", "%d-%02d-%02dT09:00:00.000Z" % ymd(2026, 2026))
        r.t('","members":[')
        for i, q in enumerate(ppl[1:3]):
            r.t(("," if i else "") + '{"id":"5a%022x","fullName":"' % rng.getrandbits(88)).p(q.full())
            r.t('","initials":"' + strip_marks(q.given[0] + q.sur[0]).upper() + '"}')
        r.t('],"labels":[{"name":"HR"}]}')
    else:  # Confluence page as pasted text
        r.t(rng.choice(["Runbook", "Onboarding", "Post-incident review"]) + ": " +
            rng.choice(["payments-gateway", "Lagerverwaltung", "facturation"]) + "\n")
        r.t("Created by ").p(ppl[0].full()).t(", last updated by ").p(ppl[1].full())
        r.t(" on ").n("DATE", fmt(ymd(2025, 2026), "en", "usl")).t(" • 4 min read\n\n")
        r.t("Owners\n").p(ppl[2].full()).t(" (primary), ").p(ppl[3].full()).t(" (backup)\n\n")
        r.t("Escalation: page the on-call via ").n("PRODUCT", "Opsgenie").t(", then ")
        r.n("ORG", "Team Hopper").t(".\nApproved by ").p(person(lang).init()).t("\n")
    r.done()


def otter(lang):
    r = R(lang, "transcript")
    ppl = [person(lang) for _ in range(3)]
    k = rng.randrange(3)
    t0 = rng.randint(0, 30)
    lines = {"en": ["Okay, I think we're all here.", "Can you share the deck?", "I spoke to {X} yesterday about the tenancy.",
                    "Let's park that until {X} joins.", "So the contractor is {F}, right?"],
             "de": ["Okay, ich glaube wir sind vollständig.", "Ich habe gestern mit {X} telefoniert.",
                    "Das klären wir, wenn {X} dazukommt.", "Der Auftragnehmer ist doch {F}, oder?"],
             "fr": ["Bon, je crois qu'on est tous là.", "J'ai eu {X} au téléphone hier.",
                    "On verra ça quand {X} nous rejoint.", "Le prestataire, c'est bien {F} ?"],
             "nl": ["Oké, volgens mij is iedereen er.", "Ik heb {X} gisteren gesproken.",
                    "Dat bespreken we als {X} erbij is.", "De aannemer is toch {F}?"],
             "es": ["Vale, creo que estamos todos.", "Ayer hablé con {X}.", "Lo vemos cuando entre {X}.",
                    "El proveedor es {F}, ¿no?"],
             "it": ["Ok, mi sa che ci siamo tutti.", "Ieri ho sentito {X}.", "Ne parliamo quando arriva {X}.",
                    "Il fornitore è {F}, giusto?"],
             "pt": ["Ok, acho que estamos todos.", "Ontem falei com a {X}.", "Vemos isso quando a {X} entrar.",
                    "O fornecedor é a {F}, certo?"]}[lang]
    if k == 2:
        r.t("WEBVTT\n\n")
    ts = t0
    for i, said in enumerate(rng.sample(lines, rng.randint(3, 4))):
        sp = ppl[i % 3] if rng.random() < 0.85 else None
        ts += rng.randint(5, 40)
        if k == 0:  # Otter: speaker and time on one line, text under it
            if sp:
                r.p(sp.full() if i < 3 else sp.given)
            else:
                r.t("Unknown Speaker")
            r.t("  %d:%02d\n" % (ts // 60, ts % 60))
        elif k == 1:  # Teams transcript download
            te = ts + rng.randint(3, 9)
            r.t("0:%02d:%02d.120 --> 0:%02d:%02d.080\n" % (ts // 60, ts % 60, te // 60, te % 60))
            if sp:
                r.p(sp.full())
            else:
                r.t("Speaker 2")
            r.t("\n")
        else:  # WebVTT voice tags
            r.t("00:%02d:%02d.000 --> 00:%02d:%02d.500\n<v " % (ts // 60, ts % 60, ts // 60, ts % 60))
            if sp:
                r.p(sp.full())
            else:
                r.t("Speaker 2")
            r.t(">")
        fill(r, said, X=("PERSON", person(lang).full() if rng.random() < 0.5 else person(lang).given),
             F=("NEG_ORG", rng.choice(FIRMS_PERSON)))
        r.t("</v>\n\n" if k == 2 else "\n\n")
    if k == 0 and rng.random() < 0.5:
        r.t("Speakers: ").p(ppl[0].full()).t(", ").p(ppl[1].full()).t(", Unknown Speaker\n")
        r.t("Keywords: " + rng.choice(["tenancy, deposit, inventory", "Angebot, Frist, Lieferung",
                                       "devis, planning, chantier"]) + "\n\n")
    if k == 0 and rng.random() < 0.6:
        r.t("Action Items\n□ ").p(ppl[0].given).t(" to send the draft to ").p(ppl[2].full())
        r.t("\n□ Check the ").n("TERM", "Gantt chart").t(" with ").n("ORG", rng.choice(FIRMS_PERSON))
        r.t("\n\nTranscribed by ").n("PRODUCT", "Otter.ai").t("\n")
    r.done()


# ---- call-centre QA sheets ------------------------------------------------------------------------
QA = {"en": ("Call Quality Evaluation", "Agent", "Team leader", "Evaluator", "Customer", "ID&V",
             "DOB confirmed", "First line of address confirmed", "Call date", "Score"),
      "de": ("Gesprächsbewertung", "Agent", "Teamleitung", "Bewertet von", "Kunde", "Legitimation",
             "Geburtsdatum bestätigt", "Anschrift bestätigt", "Gesprächsdatum", "Punkte"),
      "fr": ("Grille d'évaluation qualité", "Conseiller", "Superviseur", "Évaluatrice", "Client",
             "Vérification d'identité", "Date de naissance vérifiée", "Adresse vérifiée", "Date d'appel", "Note"),
      "nl": ("Kwaliteitsbeoordeling gesprek", "Medewerker", "Teamleider", "Beoordelaar", "Klant",
             "Identificatie", "Geboortedatum gecontroleerd", "Adres gecontroleerd", "Gespreksdatum", "Score"),
      "es": ("Monitorización de calidad", "Agente", "Coordinadora", "Evaluador", "Cliente",
             "Verificación", "Fecha de nacimiento validada", "Dirección validada", "Fecha de la llamada", "Nota"),
      "it": ("Scheda di monitoraggio qualità", "Operatore", "Team leader", "Valutatrice", "Cliente",
             "Identificazione", "Data di nascita verificata", "Indirizzo verificato", "Data chiamata", "Punteggio"),
      "pt": ("Avaliação de qualidade", "Assistente", "Supervisora", "Avaliador", "Cliente",
             "Validação", "Data de nascimento confirmada", "Morada confirmada", "Data da chamada", "Pontuação")}


def qa_sheet(lang):
    r = R(lang, "qa_sheet")
    Q = QA[lang]
    ag, tl, ev, cu = person(lang), person(lang), person(lang), person(lang)
    tab = rng.random() < 0.5
    sep = "\t" if tab else " | "
    r.t(Q[0] + " – " + rng.choice(["Retentions", "Billing", "Tier 2"]) + "\n")
    r.t(Q[1] + ": ").p(ag.full() if rng.random() < 0.6 else ag.given + " " + ag.sur[0] + ".")
    r.t(sep + Q[2] + ": ").p(tl.full()).t(sep + Q[3] + ": ").p(ev.full()).t("\n")
    r.t(Q[8] + ": ").n("DATE", fmt(ymd(2026, 2026), lang)).t(sep + "Call ID %d\n" % rng.randint(10 ** 7, 10 ** 8))
    r.t(Q[4] + ": ")
    if rng.random() < 0.7:
        r.p(cu.full())
    else:
        r.t(rng.choice(TITLE[lang])).p(cu.sur)
    r.t("\n\n" + Q[5] + "\n")
    r.t("  " + Q[6] + " ✓ (").b(fmt(ymd(1940, 2004), lang)).t(")\n")
    a, b = address(rng.choice(LANG_CC[lang]))
    r.t("  " + Q[7] + " ✓ (").a(a if rng.random() < 0.4 else a + ", " + b).t(")\n")
    r.t("  " + L7(lang, "Age on file: ", "Alter laut System: ", "Âge : ", "Leeftijd: ", "Edad: ", "Età: ", "Idade: "))
    r.n("AGE", str(rng.randint(22, 85))).t("\n\n")
    r.t(rng.choice(["Opening", "Empathy", "Resolution", "Compliance"]) + sep + "4/5\n")
    r.t(L7(lang, "Comments: ", "Kommentar: ", "Commentaire : ", "Opmerking: ", "Comentario: ", "Note: ", "Comentário: "))
    r.p(ag.given).t(rng.choice([" offered the loyalty discount too early; ", " forgot the recording notice; ",
                                " handled the complaint well; "]))
    r.t(rng.choice(["customer asked for ", "caller wanted ", "transfer to "])).p(person(lang).full())
    r.t(rng.choice([" (previous adviser).", " in the complaints team.", "."]) + "\n")
    r.t(Q[9] + ": %d%%\n" % rng.randint(60, 99))
    r.done()


# ---- bank statements and receipts ----------------------------------------------------------------
MERCH = ["McDonald's", "Sainsbury's", "Marks & Spencer", "Tesco Express", "Albert Heijn", "Lidl",
         "Carrefour Market", "El Corte Inglés", "Esselunga", "Pingo Doce", "Dr. Oetker Shop",
         "Ben & Jerry's", "Tim Hortons", "Wendy's", "Dunkin'", "Rossmann", "dm-drogerie markt",
         "Jumbo", "Colruyt", "Aldi Süd"]
TXN = {"en": ("FASTER PAYMENT TO", "FASTER PAYMENT FROM", "DIRECT DEBIT", "CARD PAYMENT", "STANDING ORDER TO"),
       "de": ("SEPA-ÜBERWEISUNG AN", "GUTSCHRIFT VON", "LASTSCHRIFT", "KARTENZAHLUNG", "DAUERAUFTRAG AN"),
       "fr": ("VIR SEPA EMIS VERS", "VIR SEPA RECU DE", "PRLV SEPA", "CB", "VIR PERMANENT VERS"),
       "nl": ("OVERBOEKING NAAR", "BIJSCHRIJVING VAN", "INCASSO", "BETAALAUTOMAAT", "PERIODIEKE OVERB."),
       "es": ("TRANSFERENCIA A", "TRANSFERENCIA DE", "RECIBO", "COMPRA TARJ.", "TRASPASO A"),
       "it": ("BONIFICO A FAVORE DI", "BONIFICO DA", "ADDEBITO SDD", "PAGAMENTO POS", "BONIFICO PERIODICO A"),
       "pt": ("TRF P/", "TRF DE", "DD", "COMPRA", "TRF PERM P/")}


def bank_name(q, lang):
    """A counterparty as banks print it: capitals, marks stripped or transliterated, initials."""
    k = rng.randrange(4)
    if k == 0:
        return (translit_de if lang == "de" else strip_marks)(q.full()).upper()
    if k == 1:
        return (translit_de if lang == "de" else strip_marks)(q.sur + " " + q.given).upper()
    if k == 2:
        return strip_marks(q.given[0] + " " + q.sur).upper()
    return strip_marks(q.sur + " " + q.given[0]).upper()


def bank(lang):
    r = R(lang, "bank_statement")
    T = TXN[lang]
    holder = person(lang)
    if rng.random() < 0.25:  # a receipt
        m = rng.choice(MERCH)
        r.n("ORG", m).t("\n")
        a, b = address(rng.choice(LANG_CC[lang]))
        if rng.random() < 0.5:
            r.a(a + ", " + b).t("\n")
        r.t(L7(lang, "Store 0412", "Filiale 2291", "Magasin 88", "Filiaal 3107", "Tienda 051", "Punto vendita 77",
               "Loja 214") + "\n")
        r.t(L7(lang, "Served by: ", "Es bediente Sie: ", "Vous avez été servi par : ", "Kassa: ", "Le atendió: ",
               "Operatore: ", "Atendido por: "))
        c = person(lang)
        r.p(c.given if rng.random() < 0.6 else c.given + " " + c.sur[0] + ".").t("\n")
        for _ in range(rng.randint(2, 4)):
            r.t(pad(rng.choice(["Oat milk 1L", "Bananas", "Brot 500g", "Baguette", "Café moulu",
                                "Pasta 500g"]), 24) + "%d.%02d\n" % (rng.randint(0, 9), rng.randint(0, 99)))
        r.t("TOTAL  %d.%02d\n" % (rng.randint(5, 60), rng.randint(0, 99)))
        if rng.random() < 0.6:
            r.t(L7(lang, "Clubcard holder: ", "Payback-Kunde: ", "Carte fidélité : ", "Bonuskaart: ",
                   "Tarjeta cliente: ", "Carta fedeltà: ", "Cartão cliente: "))
            r.p(holder.init().upper() if rng.random() < 0.5 else holder.full()).t("\n")
        r.t("Thank you for shopping at ").n("ORG", m).t("!\n")
        r.done()
        return
    r.t(L7(lang, "Statement of account", "Kontoauszug Nr. %d" % rng.randint(1, 12), "Relevé de compte",
           "Rekeningoverzicht", "Extracto de cuenta", "Estratto conto", "Extrato de conta") + "\n")
    nm = holder.full().upper() if rng.random() < 0.5 else rng.choice(TITLE[lang]) + holder.full()
    if nm.startswith(tuple(TITLE[lang])):
        t = nm[:nm.index(holder.full())]
        r.t(t).p(holder.full())
    else:
        r.p(nm)
    a, b = address(rng.choice(LANG_CC[lang]))
    upper = nm.isupper()
    r.t("\n").a((a + "\n" + b).upper() if upper else a + "\n" + b)
    r.t("\n\n" + L7(lang, "Period", "Zeitraum", "Période", "Periode", "Periodo", "Periodo", "Período") + ": ")
    y, m = rng.randint(2025, 2026), rng.randint(1, 11)
    r.n("DATE", "01.%02d.%d" % (m, y)).t(" – ").n("DATE", "28.%02d.%d" % (m, y)).t("\n\n")
    for _ in range(rng.randint(3, 5)):
        d = "%02d.%02d." % (rng.randint(1, 28), m)
        k = rng.randrange(5)
        if k in (0, 1, 4):
            q = person(lang)
            r.t(d + "  " + T[k] + " " + (rng.choice(["MR ", "MRS ", "MS ", "HR ", "FR ", "MME "]) if rng.random() < 0.3 else ""))
            r.p(bank_name(q, lang))
            r.t(rng.choice([" REF MIETE", " REF RENT JAN", " LOYER", " HUUR", " ALQUILER", "", " REF BIRTHDAY"]))
        elif k == 2:
            r.t(d + "  " + T[2] + " ").n("ORG", rng.choice(["VODAFONE GMBH", "EDF", "ENECO", "IBERDROLA",
                                                           "ENEL ENERGIA", "EDP COMERCIAL", "BRITISH GAS"]))
        else:
            r.t(d + "  " + T[3] + " ").n("ORG", rng.choice(MERCH).upper())
        r.t("  %s%d,%02d\n" % (rng.choice(["-", "+", "-"]), rng.randint(3, 1400), rng.randint(0, 99)))
    r.done()


# ---- hotels and travel ----------------------------------------------------------------------------
HOTELS = ["Hotel Sacher Wien", "Hotel Adlon Kempinski", "The Ritz London", "Hilton Garden Inn",
          "Hôtel Le Bristol", "Hotel Wilhelm Tell", "Pestana Palace", "NH Collection Eurobuilding",
          "Grand Hotel Villa Medici", "Conservatorium Hotel", "Marriott Marquis", "Hotel Gellért",
          "Steigenberger Frankfurter Hof", "Hotel Krasnapolsky"]
REG = {"de": ("Meldeschein", "Familienname", "Vorname", "Geburtsdatum", "Staatsangehörigkeit",
              "Anschrift", "Ankunft", "Abreise", "Reisepass gültig bis", "Mitreisende"),
       "fr": ("Fiche individuelle de police", "Nom", "Prénom", "Date de naissance", "Nationalité",
              "Domicile", "Arrivée", "Départ", "Passeport valable jusqu'au", "Accompagnants"),
       "it": ("Scheda di notifica", "Cognome", "Nome", "Data di nascita", "Cittadinanza",
              "Residenza", "Arrivo", "Partenza", "Documento valido fino al", "Accompagnatori"),
       "es": ("Parte de entrada de viajeros", "Apellidos", "Nombre", "Fecha de nacimiento",
              "Nacionalidad", "Domicilio", "Entrada", "Salida", "Fecha de caducidad del pasaporte",
              "Acompañantes"),
       "pt": ("Boletim de alojamento", "Apelido", "Nome", "Data de nascimento", "Nacionalidade",
              "Morada", "Chegada", "Partida", "Validade do passaporte", "Acompanhantes"),
       "nl": ("Nachtregister", "Achternaam", "Voornaam", "Geboortedatum", "Nationaliteit", "Adres",
              "Aankomst", "Vertrek", "Paspoort geldig tot", "Medereizigers"),
       "en": ("Guest registration card", "Surname", "First name", "Date of birth", "Nationality",
              "Home address", "Arrival", "Departure", "Passport expiry", "Accompanying guests")}


def hotel(lang):
    r = R(lang, "hotel")
    g = person(lang)
    k = rng.randrange(3)
    arr = ymd(2026, 2026)
    dep = (arr[0], arr[1], min(arr[2] + rng.randint(1, 6), 28))
    if k == 0:  # registration card
        G = REG[lang]
        r.n("ORG", rng.choice(HOTELS)).t(" – " + G[0] + "\n")
        r.t(G[1] + ": ").p(g.sur.upper() if rng.random() < 0.5 else g.sur).t("\n")
        r.t(G[2] + ": ").p(g.given).t("\n" + G[3] + ": ").b(fmt(ymd(1945, 2005), lang)).t("\n")
        r.t(G[4] + ": " + rng.choice(["DEU", "FRA", "NGA", "TUR", "POL", "VNM", "IND", "CHN", "BRA"]) + "\n")
        a, b = address(rng.choice(LANG_CC[lang]))
        r.t(G[5] + ": ").a(a + ", " + b).t("\n")
        r.t(G[6] + ": ").n("DATE", fmt(arr, lang, "dmy.")).t("   " + G[7] + ": ").n("DATE", fmt(dep, lang, "dmy."))
        r.t("\n" + G[8] + ": ").n("DATE", fmt(ymd(2027, 2035), lang, "dmy.")).t("\n")
        if rng.random() < 0.6:
            r.t(G[9] + ": ")
            c = person(origin=g.origin)
            r.p(c.given + " " + g.sur).t(" (").b(fmt(ymd(1950, 2005), lang, "dmy.")).t(")")
            if rng.random() < 0.5:
                r.t(", ").p(rng.choice(ORIGINS[g.origin][0])).t(" (").b(fmt(ymd(2012, 2024), lang, "dmy.")).t(")")
            r.t("\n")
        r.t(L7(lang, "Signature", "Unterschrift", "Signature", "Handtekening", "Firma", "Firma", "Assinatura") + ": ")
        r.p(g.init()).t("\n")
    elif k == 1:  # folio
        h = rng.choice(HOTELS)
        r.n("ORG", h).t("\nINFORMATION INVOICE / FOLIO %d\n\n" % rng.randint(100000, 999999))
        r.t(rng.choice(TITLE["en"])).p(g.full()).t("\n")
        a, b = address(rng.choice(LANG_CC[lang]))
        r.a(a + "\n" + b).t("\n\nRoom %d    Arrival " % rng.randint(101, 912))
        r.n("DATE", fmt(arr, "en", "dmy.")).t("    Departure ").n("DATE", fmt(dep, "en", "dmy."))
        r.t("\nCashier: ").p(person(lang).given.upper()).t("    Guests: 2\n\n")
        for item in rng.sample(["Accommodation", "Breakfast", "City tax", "Minibar", "Spa – ",
                                "Restaurant ", "Parking"], 4):
            r.t(pad(fmt(arr, "en", "dmy."), 14) + item)
            if item == "Spa – ":
                r.t("massage with ").p(person(lang).given)
            elif item == "Restaurant ":
                r.n("ORG", rng.choice(["Brasserie Colette", "Trattoria da Mario", "Café Einstein", "Bar Hemingway"]))
            r.t("   %d.%02d\n" % (rng.randint(4, 420), rng.randint(0, 99)))
        r.t("\nThank you for staying with us. Your host, ").p(person(lang).full()).t(", Front Office Manager\n")
    else:  # itinerary
        r.t("ITINERARY – prepared for ").p(g.full().upper() if rng.random() < 0.4 else g.full())
        r.t("\nTravel consultant: ").p(person(lang).full()).t(", ").n("ORG", rng.choice(
            ["Thomas Cook", "Kuoni", "Carlson Wagonlit Travel", "Hays Travel", "Viajes El Corte Inglés"]))
        r.t("\n\n" + fmt(arr, "en", "long") + "\n  Flight LH%d  FRA–LIS  dep 07:05\n" % rng.randint(1000, 1999))
        r.t("  Hotel: ").n("ORG", rng.choice(HOTELS)).t(", check-in from 15:00\n")
        r.t("  Transfer: driver ").p(person(lang).given).t(" will wait at arrivals with a sign\n")
        r.t(fmt(dep, "en", "long") + "\n  Guided tour of ").n("PLACE", rng.choice(
            ["Praça Marquês de Pombal", "Rembrandtplein", "Place Charles de Gaulle", "Piazza Garibaldi",
             "Plaza de Colón", "Karl-Marx-Allee", "Avenida Presidente Vargas"]))
        r.t(" with ").p(person(lang).full()).t("\n\nTravellers: ").p(g.full()).t(", ")
        r.p(person(lang).full()).t(" (DOB ").b(fmt(ymd(1950, 2010), "en", "dmy/")).t(")\n")
    r.done()


# ---- prescriptions and dental charts ------------------------------------------------------------
RX = {"en": ("PRESCRIPTION", "Patient", "DOB", "Address", "Prescriber", "Date issued", "Valid until"),
      "de": ("REZEPT", "Name, Vorname des Versicherten", "geb. am", "Anschrift", "Arzt", "Ausstellungsdatum",
             "gültig bis"),
      "fr": ("ORDONNANCE", "Patient(e)", "Né(e) le", "Adresse", "Prescripteur", "Date", "Valable jusqu'au"),
      "nl": ("RECEPT", "Patiënt", "Geb.datum", "Adres", "Voorschrijver", "Datum", "Geldig tot"),
      "es": ("RECETA MÉDICA", "Paciente", "F. nac.", "Domicilio", "Médico prescriptor", "Fecha de emisión",
             "Válida hasta"),
      "it": ("RICETTA", "Assistito", "Nato il", "Indirizzo", "Medico prescrittore", "Data", "Valida fino al"),
      "pt": ("RECEITA MÉDICA", "Utente", "Data de nasc.", "Morada", "Médico prescritor", "Data de emissão",
             "Válida até")}
DRUGS = ["Amoxicillin 500 mg", "Ibuprofen 400 mg", "Metformin 850 mg", "Ramipril 5 mg", "Sertraline 50 mg",
         "Levothyroxine 75 µg", "Salbutamol 100 µg inhaler", "Pantoprazol 40 mg", "Paracetamol 1 g"]
COND = ["Bell's palsy", "Hashimoto's thyroiditis", "Raynaud's phenomenon", "Graves' disease",
        "Sjögren's syndrome", "Ménière's disease", "Osgood–Schlatter disease", "Tourette syndrome"]
TOOTH = {"en": ["MOD composite", "extraction", "root canal, 3 canals", "crown prep", "scale and polish"],
         "de": ["MOD-Füllung Komposit", "Extraktion", "Wurzelbehandlung", "Kronenpräparation", "PZR"],
         "fr": ["composite MOD", "extraction", "traitement canalaire", "préparation couronne", "détartrage"],
         "nl": ["MOD-composiet", "extractie", "wortelkanaalbehandeling", "kroonpreparatie", "gebitsreiniging"],
         "es": ["composite MOD", "exodoncia", "endodoncia", "tallado corona", "tartrectomía"],
         "it": ["otturazione MOD", "estrazione", "devitalizzazione", "preparazione corona", "ablazione tartaro"],
         "pt": ["restauração MOD", "extração", "desvitalização", "preparação coroa", "destartarização"]}


def rx(lang):
    r = R(lang, "rx_dental")
    X = RX[lang]
    pt = person(lang)
    doc = person(lang)
    if rng.random() < 0.55:
        r.t(X[0] + "\n" + X[1] + ": ")
        r.p(pt.rev() if lang == "de" else pt.full()).t("    " + X[2] + ": ").b(fmt(ymd(1938, 2020), lang)).t("\n")
        a, b = address(rng.choice(LANG_CC[lang]))
        r.t(X[3] + ": ").a(a + ", " + b).t("\n\nRp.\n")
        for _ in range(rng.randint(1, 3)):
            r.t("  ").n("PRODUCT", rng.choice(DRUGS)).t(rng.choice(["  1-0-1", "  1 tab bd x 7/7", "  PRN",
                                                                     "  0-0-1"]) + "\n")
        r.t("Dx: ").n("TERM", rng.choice(COND)).t("\n")
        r.t(X[4] + ": " + rng.choice(["Dr ", "Dr. med. ", "Dr. ", "dott. ", "Dra. "])).p(doc.full())
        r.t("\n" + X[5] + ": ").n("DATE", fmt(ymd(2026, 2026), lang)).t("    " + X[6] + ": ")
        r.n("DATE", fmt(ymd(2026, 2027), lang)).t("\n")
    else:
        r.t(L7(lang, "Dental chart", "Zahnbefund", "Schéma dentaire", "Tandkaart", "Odontograma",
               "Cartella odontoiatrica", "Odontograma") + " – ")
        r.p(pt.full()).t(" (").b(fmt(ymd(1950, 2019), lang)).t(")\n")
        r.t(L7(lang, "Dentist: ", "Behandler: ", "Praticien : ", "Tandarts: ", "Odontóloga: ",
               "Odontoiatra: ", "Médica dentista: ")).p(doc.full())
        h = person(lang)
        r.t("   " + L7(lang, "Hygienist: ", "Prophylaxe: ", "Assistante : ", "Mondhygiënist: ", "Higienista: ",
                       "Igienista: ", "Higienista: ")).p(h.given).t("\n\n")
        for _ in range(rng.randint(2, 4)):
            r.t(pad(str(rng.choice([16, 17, 26, 36, 37, 46, 47, 11, 21])), 5) + pad(rng.choice(TOOTH[lang]), 28))
            r.n("DATE", fmt(ymd(2024, 2026), lang, "dmy.")).t("  ")
            r.p(doc.init() if rng.random() < 0.6 else doc.sur.upper()).t("\n")
        r.t("Notes: ")
        r.t(rng.choice(["bruxism, night guard advised; ", "patient anxious, ", "Parodontitis Stadium II, "]))
        r.n("TERM", rng.choice(["Hutchinson's teeth", "Ramfjord index 3", "Angle Class II", "Black class II cavity",
                                "Miller class I recession"]))
        r.t(". Recall in 6 months, ").p(h.given).t(" to call.\n")
    r.done()


# ---- metadata dumps -------------------------------------------------------------------------------
def dicom_name(q):
    return "^".join([strip_marks(q.sur).upper(), strip_marks(q.given).upper().replace(" ", "^")])


def metadump(lang):
    r = R(lang, "metadata_dump")
    k = rng.randrange(3)
    q = person(lang)
    if k == 0:
        r.t("# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n(0002,0013) SH [OFFIS_DCMTK_368]"
            "                       #  16, 1 ImplementationVersionName\n\n# Dicom-Data-Set\n")
        r.t("(0008,0020) DA [").n("DATE", "%d%02d%02d" % ymd(2025, 2026)).t("]  #   8, 1 StudyDate\n")
        r.t("(0008,0080) LO [").n("ORG", rng.choice(["Charité Universitätsmedizin Berlin",
                                                      "Hôpital Necker-Enfants Malades", "Ospedale San Raffaele",
                                                      "Hospital Universitario Gregorio Marañón",
                                                      "Antoni van Leeuwenhoek", "Hospital de Santa Maria",
                                                      "John Radcliffe Hospital"])).t("]  # 30, 1 InstitutionName\n")
        ref = person(lang)
        r.t("(0008,0090) PN [").p(dicom_name(ref)).t("]  #  18, 1 ReferringPhysicianName\n")
        r.t("(0008,1070) PN [").p(dicom_name(person(lang))).t("]  #  14, 1 OperatorsName\n")
        r.t("(0010,0010) PN [").p(dicom_name(q)).t("]  #  16, 1 PatientName\n")
        r.t("(0010,0020) LO [%s%07d]  #  10, 1 PatientID\n" % (rng.choice(["PID", "MRN", ""]), rng.randint(0, 9999999)))
        r.t("(0010,0030) DA [").b(fmt(ymd(1935, 2020), "en", "compact")).t("]  #   8, 1 PatientBirthDate\n")
        r.t("(0010,0040) CS [" + rng.choice("MF") + "]  #   2, 1 PatientSex\n")
        r.t("(0010,1010) AS [").n("AGE", "%03dY" % rng.randint(5, 90)).t("]  #   4, 1 PatientAge\n")
        if rng.random() < 0.5:
            a, b = address(rng.choice(LANG_CC[lang]))
            r.t("(0010,1040) LO [").a(strip_marks(a + " " + b).upper() if rng.random() < 0.5 else a + " " + b)
            r.t("]  # 40, 1 PatientAddress\n")
        r.t("(0018,0015) CS [" + rng.choice(["CHEST", "KNEE", "HEAD"]) + "]  #   6, 1 BodyPartExamined\n")
    elif k == 1:
        r.t("$ exiftool IMG_%04d.JPG\n" % rng.randint(1, 9999))
        rows = [("ExifTool Version Number", "12.76", None), ("File Name", "IMG_%04d.JPG" % rng.randint(1, 9999), None),
                ("Make", rng.choice(["Canon", "FUJIFILM", "NIKON CORPORATION", "SONY"]), "PRODUCT"),
                ("Camera Model Name", rng.choice(["Canon EOS R6", "X-T5", "NIKON Z 6_2", "ILCE-7M4"]), "PRODUCT"),
                ("Artist", q.full(), "PERSON"),
                ("Copyright", None, "COPY"),
                ("Owner Name", q.full() if rng.random() < 0.5 else None, "PERSON"),
                ("Date/Time Original", "%d:%02d:%02d 14:%02d:%02d" % (ymd(2019, 2026) + (rng.randint(0, 59), rng.randint(0, 59))), "DATE"),
                ("Lens Model", rng.choice(["RF24-105mm F4 L IS USM", "XF35mmF1.4 R", "Zeiss Batis 2/40 CF"]), "PRODUCT"),
                ("Image Description", None, "DESC")]
        for key, v, lab in rows:
            if lab in ("PERSON",) and v is None:
                continue
            r.t(pad(key, 32) + ": ")
            if lab == "PERSON":
                r.p(v)
            elif lab == "COPY":
                r.t("© %d " % rng.randint(2018, 2026)).p(q.full()).t(", all rights reserved")
            elif lab == "DESC":
                r.t(rng.choice(["Wedding of ", "Portrait of ", "Graduation – "])).p(person(lang).full())
                r.t(" and ").p(person(lang).full())
            elif lab:
                r.n(lab, v)
            else:
                r.t(v)
            r.t("\n")
    else:
        r.t("$ pdfinfo " + rng.choice(["Mietvertrag_final.pdf", "offer_letter.pdf", "contrat_signé.pdf",
                                       "huurcontract.pdf", "contrato.pdf"]) + "\n")
        r.t("Title:           ").t(rng.choice(["Offer of employment", "Mietvertrag Wohnung 3.OG", "Bail d'habitation"]))
        r.t("\nSubject:         ").p(q.full() if rng.random() < 0.5 else q.rev())
        r.t("\nAuthor:          ").p(person(lang).full())
        r.t("\nCreator:         ").n("PRODUCT", rng.choice(["Microsoft® Word for Microsoft 365", "LibreOffice Writer",
                                                            "Adobe InDesign 19.0"]))
        r.t("\nProducer:        ").n("PRODUCT", rng.choice(["Adobe PDF Library 23.1.175", "macOS Version 14.4 Quartz PDFContext"]))
        r.t("\nCreationDate:    ").n("DATE", "Tue Mar %2d 10:%02d:11 2026 CET" % (rng.randint(1, 28), rng.randint(0, 59)))
        r.t("\nModDate:         Tue Mar 31 16:02:40 2026 CEST\nTagged:          yes\nPages:           %d\n" % rng.randint(1, 14))
        r.t("Encrypted:       no\nPage size:       595.276 x 841.89 pts (A4)\nPDF version:     ").n("VERSION", "1.7").t("\n")
    r.done()


# ---- app-store and marketplace reviews --------------------------------------------------------------
REV = {"en": ["Seller was lovely, {N} even added a handwritten note. Jacket exactly as described.",
              "Update broke sync again. Support agent {N} was patient but couldn't fix it.",
              "Bought a bike from {N}, smooth pickup, would buy again.",
              "Ordered for my mum's birthday; {N} answered every question within the hour.",
              "Do NOT buy from this shop. {N} promised a refund in March and nothing since."],
       "de": ["Super netter Verkäufer, {N} hat sogar eine Karte beigelegt.", "Seit dem Update stürzt die App ab. "
              "{N} vom Support war freundlich, gelöst ist aber nichts.",
              "Abholung bei {N} hat problemlos geklappt, Fahrrad wie beschrieben."],
       "fr": ["Vendeuse adorable, {N} a même ajouté un petit mot.", "Depuis la mise à jour l'appli plante. "
              "{N} du support a été patient mais rien n'est réglé.",
              "Remise en main propre avec {N}, tout était conforme."],
       "nl": ["Hele fijne verkoper, {N} deed er zelfs een kaartje bij.", "Sinds de update crasht de app. "
              "{N} van de support was vriendelijk maar het is niet opgelost."],
       "es": ["Vendedora encantadora, {N} incluso añadió una nota.", "Desde la actualización la app se cierra. "
              "{N}, de soporte, fue amable pero no lo resolvió."],
       "it": ["Venditrice gentilissima, {N} ha aggiunto anche un biglietto.", "Dall'aggiornamento l'app si chiude. "
              "{N} dell'assistenza è stato gentile ma non ha risolto."],
       "pt": ["Vendedora super simpática, a {N} até juntou um bilhete.", "Desde a atualização a app fecha sozinha. "
              "O {N} do apoio foi simpático mas não resolveu."]}
APPS = ["Strava", "Duolingo", "Revolut", "Too Good To Go", "Komoot", "Tinder", "Vinted", "Wallapop",
        "Marktplaats", "Kleinanzeigen", "Subito", "OLX", "Etsy", "Darwin Health", "Einstein Notes",
        "Newton Mail", "Tesla", "Marie Claire", "Hemingway Editor"]


def review(lang):
    r = R(lang, "review")
    app = rng.choice(APPS)
    r.n("PRODUCT", app).t(L7(lang, " – Ratings and Reviews", " · Bewertungen", " · Avis", " · Beoordelingen",
                             " · Valoraciones", " · Recensioni", " · Avaliações") + "\n\n")
    for _ in range(rng.randint(1, 2)):
        q = person(lang)
        stars = rng.randint(1, 5)
        r.t("★" * stars + "☆" * (5 - stars) + "  ")
        k = rng.randrange(3)
        if k == 0:
            r.p(q.given + " " + q.sur[0] + ".")
        elif k == 1:
            r.p(q.full())
        else:
            r.p(q.given)
        r.t(" · " + fmt(ymd(2025, 2026), lang, "dmy.") + "\n")
        s = person(lang)
        fill(r, rng.choice(REV[lang]), N=("PERSON", s.given if rng.random() < 0.6 else s.full()))
        r.t("\n")
        if rng.random() < 0.4:
            r.t(L7(lang, "Developer Response", "Antwort des Entwicklers", "Réponse du développeur",
                   "Reactie van de ontwikkelaar", "Respuesta del desarrollador", "Risposta dello sviluppatore",
                   "Resposta do programador") + "\n")
            r.t(L7(lang, "Hi ", "Hallo ", "Bonjour ", "Hoi ", "Hola ", "Ciao ", "Olá ")).p(q.given)
            r.t(rng.choice([", sorry about this – please write to us in the app. ", ", thanks for the feedback! "]))
            r.t("– ").p(person(lang).given).t(rng.choice([", Customer Care", " from the ", " (Support)"]))
            if r.text.endswith(" from the "):
                r.n("ORG", app).t(" team")
            r.t("\n")
        r.t("\n")
    r.done()


# ---- schools and yearbooks ----------------------------------------------------------------------------
SCHOOL = {"en": ("END OF YEAR REPORT", "Pupil", "Date of birth", "Form tutor", "Head of Year"),
          "de": ("ZEUGNIS", "Schüler/in", "geboren am", "Klassenleitung", "Schulleitung"),
          "fr": ("BULLETIN SCOLAIRE", "Élève", "Né(e) le", "Professeur principal", "Proviseur"),
          "nl": ("RAPPORT", "Leerling", "Geboortedatum", "Mentor", "Teamleider"),
          "es": ("BOLETÍN DE NOTAS", "Alumno/a", "Fecha de nacimiento", "Tutora", "Jefe de estudios"),
          "it": ("PAGELLA", "Alunno/a", "Nato/a il", "Coordinatore di classe", "Dirigente scolastico"),
          "pt": ("FICHA DE AVALIAÇÃO", "Aluno/a", "Data de nascimento", "Diretora de turma", "Diretor")}
SCHOOLS = ["St Thomas More Catholic School", "Goethe-Gymnasium", "Lycée Victor Hugo", "Erasmus College",
           "Colegio San Ignacio de Loyola", "Liceo Scientifico Galileo Galilei", "Escola Secundária Camões",
           "Montessori Lyceum", "Gymnasium Friedrich Schiller", "Collège Jean Moulin"]
QUOTES = [("Be yourself; everyone else is already taken.", "Oscar Wilde"), ("Veni, vidi, vici.", "Julius Caesar"),
          ("Stay hungry, stay foolish.", "Steve Jobs"), ("Imagination is more important than knowledge.", "Albert Einstein"),
          ("Nothing in life is to be feared, it is only to be understood.", "Marie Curie")]
HOUSES = ["Nightingale", "Curie", "Darwin", "Brontë", "Seacole", "Turing", "Franklin"]


def school(lang):
    r = R(lang, "school")
    if rng.random() < 0.55:
        S = SCHOOL[lang]
        r.n("ORG", SCHOOLS[rng.choice(L7(lang, [0], [1, 8], [2, 9], [3, 7], [4], [5], [6]))]).t("\n" + S[0] + " %d/%d\n\n" % (2025, 26))
        p = person(lang)
        r.t(S[1] + ": ").p(p.rev() if rng.random() < 0.4 else p.full()).t("   " + S[2] + ": ")
        r.b(fmt(ymd(2008, 2019), lang))
        if rng.random() < 0.5:
            r.t("   " + {"en": "Admission date", "de": "Eintritt", "fr": "Date d'entrée", "nl": "Inschrijfdatum",
                         "es": "Fecha de matrícula", "it": "Data di iscrizione", "pt": "Data de matrícula"}[lang] + ": ")
            r.n("DATE", fmt(ymd(2019, 2025), lang))
        r.t("\n")
        if lang == "en":
            r.t("House: ").n("ORG", rng.choice(HOUSES)).t("    ")
        tut = person(lang)
        r.t(S[3] + ": " + rng.choice(TITLE[lang])).p(tut.sur).t("\n\n")
        for subj in rng.sample(["Maths", "English", "Physics", "Art", "History", "PE"], 3):
            t = person(lang)
            r.t(pad(subj, 10) + pad(rng.choice(["A", "B+", "2", "1-", "14/20", "8"]), 6) + "(")
            r.p(t.init() if rng.random() < 0.5 else t.sur).t(") ")
            r.t(rng.choice(["Works hard; needs to show working.", "A pleasure to teach.",
                            "Great progress since the autumn."]) + "\n")
        r.t("\n")
        r.p(p.given).t(rng.choice([" has had a strong year", " should read more over the summer",
                                   " was elected to the student council"]) + ". " + S[4] + ": ")
        r.p(person(lang).full()).t("\n")
    else:
        r.t("CLASS OF %d\n\n" % rng.randint(2019, 2026))
        for _ in range(rng.randint(2, 3)):
            p = person(lang)
            r.p(p.sur.upper() + ", " + p.given)
            if p.given in NICK and rng.random() < 0.8:
                r.t(' "').p(NICK[p.given]).t('"')
            elif rng.random() < 0.4:
                r.t(' "').p(p.given[:3]).t('"')
            r.t("\n" + rng.choice(["Most likely to: ", "Voted: "]) +
                rng.choice(["run a start-up", "be late to their own wedding", "win a Nobel"]) + "\n")
            r.t(rng.choice(["Fav memory: ", "Best memory: "]))
            t = person(lang)
            k = rng.randrange(3)
            if k == 0:
                r.t(rng.choice(["Mr ", "Ms ", "Mrs "])).p(t.sur).t("'s chemistry lab exploding")
            elif k == 1:
                r.t("the trip to ").n("PLACE", rng.choice(["Anne Frank House", "Pompeii", "CERN", "Verdun"]))
                r.t(" with ").p(t.given).t(" and ").p(person(lang).given)
            else:
                r.t(rng.choice(["prom with ", "sixth-form common room with ", "rowing with "])).p(t.full())
            quote_i = rng.randrange(len(QUOTES))
            r.t("\n" + rng.choice(["Quote: ", "Motto: "]) + '"' + QUOTES[quote_i][0])
            r.t('" – ').n("FAMOUS", QUOTES[quote_i][1]).t("\n\n")
    r.done()


# ---- sports-club registrations ----------------------------------------------------------------------
CLUB = {"en": ("Player registration 2026/27", "Player name", "Date of birth", "Address", "Parent/guardian",
               "Emergency contact", "Age group", "GP"),
        "de": ("Spielerpass-Antrag / Mitgliedsantrag", "Name, Vorname", "Geburtsdatum", "Anschrift",
               "Erziehungsberechtigte/r", "Notfallkontakt", "Altersklasse", "Hausarzt"),
        "fr": ("Demande de licence 2026-2027", "Nom et prénom du licencié", "Date de naissance", "Adresse",
               "Représentant légal", "Personne à prévenir", "Catégorie", "Médecin traitant"),
        "nl": ("Aanmeldformulier lidmaatschap", "Naam", "Geboortedatum", "Adres", "Ouder/verzorger",
               "Contact bij nood", "Leeftijdscategorie", "Huisarts"),
        "es": ("Ficha federativa temporada 2026/27", "Nombre y apellidos", "Fecha de nacimiento",
               "Domicilio", "Padre/madre/tutor", "Contacto de emergencia", "Categoría", "Médico"),
        "it": ("Modulo di tesseramento 2026/27", "Cognome e nome", "Data di nascita", "Residenza",
               "Genitore/tutore", "Contatto di emergenza", "Categoria", "Medico di base"),
        "pt": ("Ficha de inscrição de atleta", "Nome completo", "Data de nascimento", "Morada",
               "Encarregado de educação", "Contacto de emergência", "Escalão", "Médico de família")}
CLUBS = ["FC St. Pauli", "SV Werder Bremen e.V.", "Racing Club de Strasbourg", "AFC Ajax Amateurs",
         "Real Sociedad Fundazioa", "ASD Juventina", "Sporting Clube de Braga", "Blackrock RFC",
         "TSV 1860 München", "KRC Genk Youth", "Atlético San Martín", "Polisportiva Garibaldi"]


def sports(lang):
    r = R(lang, "sports_registration")
    C = CLUB[lang]
    club = rng.choice(CLUBS)
    r.n("ORG", club).t("\n" + C[0] + "\n\n")
    kid = person(lang)
    par = person(origin=kid.origin)
    par.sur = kid.sur if rng.random() < 0.7 else par.sur
    y = rng.randint(2009, 2020)
    r.t(C[1] + ": ").p(kid.rev() if lang in ("de", "it") else kid.full()).t("\n")
    r.t(C[2] + ": ").b(fmt((y, rng.randint(1, 12), rng.randint(1, 28)), lang)).t("\n")
    r.t(C[6] + ": ").n("CODE", "U%d" % (2026 - y + 1)).t("\n")
    a, b = address(rng.choice(LANG_CC[lang]))
    r.t(C[3] + ": ").a(a + ", " + b).t("\n")
    r.t(C[4] + ": ").p(par.full()).t(", ").p("+%d %d %d %04d" % (rng.choice([44, 49, 33, 31, 34, 39, 351]),
                                                                 rng.randint(20, 99), rng.randint(100, 999),
                                                                 rng.randint(0, 9999)), "PHONE_NUMBER").t("\n")
    e = person(lang)
    r.t(C[5] + ": ").p(e.full()).t(" (" + L7(lang, "grandmother", "Oma", "tante", "oom", "abuela",
                                              "nonno", "avó") + ")\n")
    if rng.random() < 0.5:
        r.t(C[7] + ": " + rng.choice(["Dr ", "Dr. ", "Dott. ", ""])).p(person(lang).full()).t("\n")
    if rng.random() < 0.4:
        sib = person(origin=kid.origin)
        r.t(L7(lang, "Sibling already registered: ", "Geschwisterkind: ", "Frère/sœur licencié(e) : ",
               "Broer/zus al lid: ", "Hermano/a federado/a: ", "Fratello/sorella tesserato/a: ",
               "Irmão/irmã inscrito/a: "))
        r.p(sib.given + " " + kid.sur).t(" (").b(fmt(ymd(2008, 2020), lang)).t(")\n")
    if rng.random() < 0.4:
        r.t(L7(lang, "Member since: ", "Mitglied seit: ", "Membre depuis : ", "Lid sinds: ", "Socio desde: ",
               "Socio dal: ", "Sócio desde: "))
        r.n("DATE", fmt(ymd(2016, 2025), lang)).t("\n")
    r.t(L7(lang, "Season: ", "Saison: ", "Saison : ", "Seizoen: ", "Temporada: ", "Stagione: ", "Época: "))
    r.n("DATE", "01.07.2026").t(" – ").n("DATE", "30.06.2027")
    r.t("\n" + L7(lang, "Training at ", "Training: ", "Entraînement : ", "Training: ", "Entrenamiento: ",
                   "Allenamento: ", "Treino: ")).n("PLACE", rng.choice(["Stadion an der Alten Försterei", "Stade Pierre de Coubertin",
                                                 "Campo Giuseppe Meazza", "Sportpark Johan Cruijff",
                                                 "Estadio Santiago Bernabéu"]))
    r.t(L7(lang, ". Coach: ", ". Trainer: ", ". Entraîneur : ", ". Trainer: ", ". Entrenador: ", ". Allenatore: ",
           ". Treinador: ")).p(person(lang).full()).t("\n")
    r.done()


# ---- developer text ---------------------------------------------------------------------------------
def user_slug(q, style):
    g, s = strip_marks(q.given.split()[-1]), strip_marks(q.sur.replace(" ", "").replace("'", ""))
    if style == 0:
        return g.lower() + "." + s.lower()
    if style == 1:
        return g + " " + s
    return g + "." + s


def devtrace(lang):
    r = R("en", "dev_trace")
    q = person(rng.choice(list(LOCAL)))
    k = rng.randrange(4)
    if k == 0:
        u = user_slug(q, 0)
        r.t("Traceback (most recent call last):\n  File \"/home/").p(u).t("/src/billing/run.py\", line 41, in <module>\n")
        r.t("    main()\n  File \"/home/").p(u).t("/.venv/lib/python3.12/site-packages/")
        r.n("PRODUCT", rng.choice(["pandas", "sqlalchemy", "celery"])).t("/core.py\", line 812, in main\n")
        r.t("KeyError: 'customer_id'\n")
    elif k == 1:
        u = user_slug(q, 1)
        r.t("System.IO.FileNotFoundException: Could not find file 'C:\\Users\\").p(u)
        r.t("\\AppData\\Local\\Temp\\report.xlsx'.\n   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)\n")
        r.t("   at Reports.Export.Run() in C:\\Users\\").p(u).t("\\source\\repos\\Reports\\Export.cs:line 88\n")
    elif k == 2:
        u = user_slug(q, 0)
        host = rng.choice(["thinkpad-x1", "build-07", "mbp", "devbox"])
        r.p(u).t("@" + host + ":~/projects/api$ git config user.name\n").p(q.full()).t("\n")
        r.p(u).t("@" + host + ":~/projects/api$ ls /home\n")
        r.n("CODE", "ubuntu").t("  ").p(u).t("  ").n("CODE", "gitlab-runner").t("\n")
        r.p(u).t("@" + host + ":~/projects/api$ sudo -u ").n("CODE", "postgres").t(" psql\n")
    else:
        u = user_slug(q, 2)
        r.t("java.lang.NullPointerException: Cannot invoke \"String.length()\"\n\tat com.acme.")
        r.n("TERM", rng.choice(["dijkstra.ShortestPath", "bloom.BloomFilter", "levenshtein.Distance"]))
        r.t(".run(Main.java:57)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke\n")
        r.t("Caused by: java.io.FileNotFoundException: /Users/").p(u).t("/Downloads/export.csv\n")
    if rng.random() < 0.3:
        r.t("\n# runner: /home/").n("CODE", rng.choice(["runner", "jenkins", "ci"])).t("/work, PID 4412\n")
    r.done()


def codecomment(lang):
    r = R("en", "code_comment")
    a, b, c = person(), person(), person()
    k = rng.randrange(4)
    if k == 0:
        r.t("/**\n * Computes the ").n("TERM", rng.choice(["Levenshtein distance", "Haversine distance",
                                                           "Fisher–Yates shuffle", "Luhn checksum",
                                                           "Bresenham line"]))
        r.t(" between two inputs.\n *\n * @author ").p(a.full()).t("\n * @author ").p(b.full())
        r.t(" (refactor, ").n("DATE", "2024-%02d" % rng.randint(1, 12)).t(")\n * @since ").n("VERSION", "3.%d" % rng.randint(1, 9))
        r.t("\n */\n")
    elif k == 1:
        r.t("# Maintainer: ").p(a.full()).t(" <").p(mail(a), "EMAIL_ADDRESS").t(">\n")
        r.t("# Contributor: ").p(b.full()).t("\npkgname=" + rng.choice(["python-knuth", "fourier-tools", "hamming"]))
        r.t("\npkgver=").n("VERSION", "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 20), rng.randint(0, 9))).t("\n")
    elif k == 2:
        r.t("def settle(batch):\n    # TODO(").p(strip_marks(a.given.split()[-1]).lower()).t("): retry on 429, see thread with ")
        r.p(b.full()).t("\n    # FIXME ask ").p(c.given).t(" why ").n("TERM", "Dijkstra").t(" is so slow here\n")
        r.t("    return [x for x in batch if x.ok]\n")
    else:
        r.t("// Copyright (c) %d " % rng.randint(2015, 2026)).p(a.full()).t("\n// Copyright (c) %d " % rng.randint(2015, 2026))
        r.n("ORG", rng.choice(["The Apache Software Foundation", "Mozilla Foundation", "Eclipse Foundation",
                               "Ferrari S.p.A."])).t("\n// Based on an idea by ").p(b.full()).t(" (")
        r.n("TERM", rng.choice(["Gauss–Seidel iteration", "Newton–Raphson", "Kalman filter", "Bézier curves"]))
        r.t(").\n")
    r.done()


# ---- spreadsheets and data printouts ------------------------------------------------------------
TSV_H = {"en": ("Participant", "Contact", "Surname", "Given name", "Date of birth", "Address", "Consent"),
         "de": ("Teilnehmende", "Kontakt", "Nachname", "Vorname", "Geburtsdatum", "Anschrift", "Einwilligung"),
         "fr": ("Participant", "Coordonnées", "Nom", "Prénom", "Date de naissance", "Adresse", "Consentement"),
         "nl": ("Deelnemer", "Contact", "Achternaam", "Voornaam", "Geboortedatum", "Adres", "Toestemming"),
         "es": ("Participante", "Contacto", "Apellidos", "Nombre", "Fecha de nacimiento", "Dirección", "Consentimiento"),
         "it": ("Partecipante", "Contatti", "Cognome", "Nome", "Data di nascita", "Indirizzo", "Consenso"),
         "pt": ("Participante", "Contacto", "Apelido", "Nome", "Data de nascimento", "Morada", "Consentimento")}


def tsv(lang):
    r = R(lang, "tsv_merged")
    H = TSV_H[lang]
    r.t(L7(lang, "Study cohort B – export", "Anmeldungen Sommerlager", "Inscriptions atelier", "Vrijwilligers 2026",
           "Voluntarios", "Iscrizioni corso", "Inscrições") + "\n")
    r.t(H[0] + "\t\t\t" + H[1] + "\t\t\n")  # the merged row: one cell over three columns, one over two
    r.t("#\t" + H[2] + "\t" + H[3] + "\t" + H[4] + "\t" + H[5] + "\t" + H[6] + "\n")
    style = rng.choice(["dmy/", "dmy.", "iso"])
    for i in range(rng.randint(2, 4)):
        q = person(lang)
        sur = q.sur.upper() if rng.random() < 0.3 else q.sur
        r.t("%d\t" % (i + 1)).p(sur).t("\t").p(q.given).t("\t")
        if rng.random() < 0.1:
            r.t("?\t")
        else:
            r.b(fmt(ymd(1950, 2012), lang, style)).t("\t")
        a, b = address(rng.choice(LANG_CC[lang]))
        if rng.random() < 0.85:
            r.a(a + ", " + b)
        r.t("\t" + rng.choice([L7(lang, "yes", "ja", "oui", "ja", "sí", "sì", "sim"), L7(lang, "no", "nein", "non", "nee", "no", "no", "não"), ""]) + "\n")
    r.t("\t\t\t\t" + L7(lang, "Total", "Summe", "Total", "Totaal", "Total", "Totale", "Total") + "\t=COUNTA(B3:B40)\n")
    if rng.random() < 0.5:
        r.t("Sheet owner: ").p(person(lang).full()).t(" · last edit ").n("DATE", fmt(ymd(2026, 2026), lang)).t("\n")
    r.done()


def dataframe(lang):
    r = R(lang, "dataframe")
    k = rng.randrange(2)
    n = rng.randint(3, 5)
    if k == 0:
        r.t(">>> df[['first_name', 'last_name', 'dob', 'street']].head(%d)\n" % n)
        r.t("  first_name      last_name         dob  street\n")
        for i in range(n):
            q = person(lang)
            g, s = q.given, q.sur
            r.t("%d " % i + " " * max(1, 11 - len(g))).p(g).t(" " * max(2, 15 - len(s))).p(s).t("  ")
            r.b(fmt(ymd(1950, 2010), "en", "iso")).t("  ")
            a, _ = address(rng.choice(LANG_CC[lang]))
            r.a(a).t("\n")
        r.t("\n>>> df.signup_date.max()\nTimestamp('").n("DATE", "2026-%02d-%02d 00:00:00" % (rng.randint(1, 11), rng.randint(1, 28)))
        r.t("')\n")
    else:
        r.t("> members |> select(name, birth_date, postcode) |> head(%d)\n# A tibble: %d × 3\n" % (n, n))
        r.t("  name                   birth_date postcode\n  <chr>                  <date>     <chr>\n")
        for i in range(n):
            q = person(lang)
            nm = q.full()
            r.t("%d " % (i + 1)).p(nm).t(" " * max(2, 23 - len(nm))).b(fmt(ymd(1950, 2010), "en", "iso"))
            r.t(" " + rng.choice(["04109", "1204", "W9 3RG", "69003", "3512 JE", "28013"]) + "\n")
        r.t("# ℹ %d more rows\n" % rng.randint(20, 400))
    r.done()


# ---- Swiss municipal forms in three languages --------------------------------------------------------
def swiss(lang):
    r = R("de-fr-it", "swiss_form")
    p = person(rng.choice(["de", "fr", "it", "de"]))
    r.t(rng.choice(["Einwohnerkontrolle / Contrôle des habitants / Controllo abitanti",
                    "Gemeinde Biel/Bienne – Einwohnerdienste / Services des habitants",
                    "Città di Lugano – Controllo abitanti / Einwohnerkontrolle"]) + "\n")
    r.t("Anmeldung / Annonce d'arrivée / Notifica d'arrivo\n\n")
    r.t("Name / Nom / Cognome: ").p(p.sur.upper() if rng.random() < 0.5 else p.sur).t("\n")
    r.t("Vorname / Prénom / Nome: ").p(p.given).t("\n")
    r.t("Geburtsdatum / Date de naissance / Data di nascita: ").b(fmt(ymd(1940, 2008), "de", "dmy.")).t("\n")
    r.t("Heimatort / Lieu d'origine / Luogo d'attinenza: ").n("PLACE", rng.choice(
        ["Glarus Süd GL", "Val-de-Travers NE", "Blenio TI", "Muri bei Bern BE", "Lucens VD"])).t("\n")
    a1, b1 = address("CH")
    r.t("Zuzug von / Arrivée de / Arrivo da: ")
    if rng.random() < 0.5:
        a0, b0 = address(rng.choice(["DE", "FR", "IT", "AT", "PT"]))
        r.a(a0 + ", " + b0)
    else:
        a0, b0 = address("CH")
        r.a(a0 + ", " + b0)
    r.t("\nNeue Adresse / Nouvelle adresse / Nuovo indirizzo: ").a(a1 + ", " + b1).t("\n")
    r.t("Einzugsdatum / Date d'emménagement / Data del trasloco: ").n("DATE", fmt(ymd(2026, 2026), "de", "dmy.")).t("\n")
    r.t("Vermieter / Bailleur / Locatore: ")
    if rng.random() < 0.5:
        r.n("ORG", rng.choice(["Livit AG", "Wincasa", "Privera", "Régie du Rhône SA", "Fondazione Luigi Rossi"]))
    else:
        r.p(person(rng.choice(["de", "fr", "it"])).full())
    r.t("\nMitziehende Personen / Personnes emménageant avec / Persone conviventi:\n")
    for _ in range(rng.randint(0, 3)):
        c = person(origin=p.origin)
        r.t("- ").p(c.given + " " + p.sur).t(", ").b(fmt(ymd(1945, 2024), "de", "dmy.")).t("\n")
    r.t("Sachbearbeiter/in / Collaborateur·trice / Collaboratore: ").p(person(rng.choice(["de", "fr", "it"])).init()).t("\n")
    r.done()


# ---- credit reports and pension statements -------------------------------------------------------
def credit(lang):
    r = R(lang, "credit_pension")
    p = person(lang)
    if rng.random() < 0.5:
        r.t(L7(lang, "Credit Report", "SCHUFA-BonitätsAuskunft", "Rapport de solvabilité", "BKR-registratie – inzage",
               "Informe de solvencia", "Visura CRIF", "Mapa de responsabilidades") + "\nPrepared for: ").p(p.full()).t("\n")
        r.t("Date of birth: ").b(fmt(ymd(1945, 2004), lang)).t("\nReport date: ").n("DATE", fmt(ymd(2026, 2026), lang))
        r.t("\n\nAddresses\n")
        for i in range(rng.randint(2, 3)):
            a, b = address(rng.choice(LANG_CC[lang]))
            y = 2026 - 4 * i
            r.t(("Current   " if i == 0 else "Previous  ")).a(a + ", " + b)
            r.t("   %d–%s\n" % (y - 4, "present" if i == 0 else str(y)))
        r.t("\nFinancial associates\n")
        q = person(lang)
        r.p(q.full()).t(" – joint account with ").n("ORG", rng.choice(["Barclays", "Deutsche Bank", "BNP Paribas",
                                                                      "Rabobank", "Banco Santander", "Caixa Geral de Depósitos"]))
        r.t("\nAlso known as: ").p(p.given[0] + " " + p.sur)
        if rng.random() < 0.5:
            r.t(", ").p(strip_marks(p.given + " " + p.sur).upper())
        r.t("\n\nSearches\n").n("DATE", fmt(ymd(2025, 2026), lang)).t("  ").n("ORG", rng.choice(
            ["Vodafone", "Klarna", "Ford Credit", "Marks & Spencer Bank", "Volkswagen Bank"])).t("  hard search\n")
    else:
        pens = {"de": ("Renteninformation %d" % rng.randint(2025, 2026), "Versicherungsnummer", "geboren am",
                       "Ihr Ansprechpartner"),
                "fr": ("Relevé de situation individuelle", "N° de sécurité sociale", "né(e) le", "Votre conseillère"),
                "nl": ("Uniform Pensioenoverzicht", "BSN", "geboren op", "Uw contactpersoon"),
                "en": ("Your State Pension statement", "National Insurance number", "Date of birth",
                       "Your case officer"),
                "es": ("Informe de vida laboral", "N.º de afiliación", "Fecha de nacimiento", "Gestora"),
                "it": ("Estratto conto contributivo", "Codice fiscale", "nato il", "Referente"),
                "pt": ("Extrato de remunerações", "NISS", "Data de nascimento", "Técnica responsável")}[lang]
        r.t(pens[0] + "\n\n")
        r.t(rng.choice(TITLE[lang])).p(p.full()).t("\n")
        a, b = address(rng.choice(LANG_CC[lang]))
        r.a(a + "\n" + b).t("\n\n" + pens[1] + ": %s\n" % rng.choice(["12 150380 K 003", "QQ 12 34 56 C",
                                                                       "1 80 03 75 112 045 32"]))
        r.t(pens[2] + ": ").b(fmt(ymd(1955, 1990), lang)).t("\n")
        r.t(L7(lang, "State Pension age: ", "Regelaltersrente ab: ", "Âge légal de départ : ", "AOW-leeftijd vanaf: ",
               "Edad de jubilación: ", "Pensione di vecchiaia dal: ", "Idade de reforma: "))
        r.n("DATE", fmt(ymd(2031, 2057), lang)).t("\n")
        r.t(L7(lang, "Survivor's pension from ", "Hinterbliebenenrente aus der Versicherung von ",
               "Pension de réversion de ", "Nabestaandenpensioen van ", "Pensión de viudedad de ",
               "Pensione di reversibilità di ", "Pensão de sobrevivência de "))
        r.p(person(origin=p.origin).given + " " + p.sur)
        r.t(L7(lang, ", died ", ", verstorben am ", ", décédé(e) le ", ", overleden op ", ", fallecido/a el ",
               ", deceduto/a il ", ", falecido/a em ")).n("DATE", fmt(ymd(2015, 2025), lang)).t("\n")
        r.t(pens[3] + ": ").p(person(lang).full()).t("\n")
    r.done()


# ---- vehicle papers and service records ------------------------------------------------------------
MAKES = ["Ford Focus", "Porsche Cayenne", "Ferrari Roma", "Mercedes-Benz C 200", "Citroën C3",
         "Lamborghini Urus", "Dacia Sandero", "Škoda Octavia", "Bugatti Chiron", "Opel Corsa",
         "Tesla Model 3", "Rolls-Royce Ghost", "Aston Martin DB12"]


def vehicle(lang):
    r = R(lang, "vehicle")
    p = person(lang)
    car = rng.choice(MAKES)
    k = rng.randrange(3)
    if k == 0:
        labels = {"fr": ("CERTIFICAT D'IMMATRICULATION", "C.1 Nom, prénom", "C.3 Adresse", "B Date de 1re immat.", "D.1/D.3"),
                  "de": ("ZULASSUNGSBESCHEINIGUNG TEIL I", "C.1.1/C.1.2 Name, Vorname", "C.1.3 Anschrift",
                         "B Datum der Erstzulassung", "D.1/D.3")}.get(lang, ("V5C REGISTRATION CERTIFICATE",
                                                                           "C.1 Registered keeper", "C.1 Address",
                                                                           "B Date of first registration", "D.1/D.3"))
        r.t(labels[0] + "\n" + labels[1] + ": ")
        r.p(p.sur.upper() + " " + p.given.upper() if rng.random() < 0.6 else p.rev()).t("\n")
        a, b = address({"fr": "FR", "de": "DE"}.get(lang, "GB"))
        r.t(labels[2] + ": ").a((a + ", " + b).upper()).t("\n")
        r.t(labels[3] + ": ").n("DATE", fmt(ymd(2008, 2025), lang, "dmy.")).t("\n")
        r.t(labels[4] + ": ").n("PRODUCT", car.upper()).t("\n")
        r.t("E VIN: WVWZZZ%s%09d\n" % (rng.choice(["1K", "AU", "3C"]), rng.randint(0, 10 ** 9 - 1)))
    elif k == 1:
        r.t(L7(lang, "Service history", "Scheckheft", "Carnet d'entretien", "Onderhoudsboekje", "Libro de mantenimiento",
               "Libretto tagliandi", "Livro de revisões") + " – ")
        r.n("PRODUCT", car).t("\n")
        for _ in range(rng.randint(2, 4)):
            r.n("DATE", fmt(ymd(2019, 2026), lang, "dmy.")).t("  %d km  " % rng.randint(5000, 180000))
            r.t(rng.choice(["oil + filter", "brake pads front", "Inspektion", "révision", "grote beurt", "MOT pass"]))
            r.t("  tech: ").p(person(lang).given if rng.random() < 0.5 else person(lang).init()).t("\n")
        r.t("Owner: ").p(p.full()).t(" since ").n("DATE", fmt(ymd(2019, 2024), lang, "dmy.")).t("\n")
    else:
        V = L7(lang, ("Used vehicle sale – handover note", "Seller: ", "Buyer: ", ", born ", "Vehicle: ",
                      ", first registered ", "Witness: "),
               ("Kaufvertrag gebrauchtes Kfz", "Verkäufer: ", "Käufer: ", ", geb. ", "Fahrzeug: ",
                ", Erstzulassung ", "Zeuge: "),
               ("Contrat de cession", "Vendeur : ", "Acheteur : ", ", né(e) le ", "Véhicule : ",
                ", 1re immatriculation ", "Témoin : "),
               ("Koopovereenkomst auto", "Verkoper: ", "Koper: ", ", geboren ", "Voertuig: ",
                ", eerste toelating ", "Getuige: "),
               ("Contrato de compraventa de vehículo", "Vendedor: ", "Comprador: ", ", nacido el ", "Vehículo: ",
                ", matriculado el ", "Testigo: "),
               ("Atto di vendita veicolo", "Venditore: ", "Acquirente: ", ", nato il ", "Veicolo: ",
                ", immatricolato il ", "Testimone: "),
               ("Contrato de compra e venda de veículo", "Vendedor: ", "Comprador: ", ", nascido em ", "Veículo: ",
                ", matrícula de ", "Testemunha: "))
        r.t(V[0] + "\n" + V[1]).p(p.full()).t(", ")
        a, b = address(rng.choice(LANG_CC[lang]))
        r.a(a + ", " + b).t("\n" + V[2])
        q = person(lang)
        r.p(q.full()).t(V[3]).b(fmt(ymd(1950, 2006), lang)).t("\n")
        r.t(V[4]).n("PRODUCT", car)
        r.t(V[5]).n("DATE", fmt(ymd(2008, 2024), lang, "dmy.")).t("\n" + V[6]).p(person(lang).full()).t("\n")
    r.done()


# ---- PII-free texts of the same kinds, with look-alikes only ----------------------------------------
def pii_free(lang):
    r = R(lang, "pii_free")
    k = rng.randrange(12)
    if k == 0:
        r.t("Abstract. We compare ").n("TERM", rng.choice(EPONYM)).t(" with ").n("TERM", rng.choice(EPONYM))
        r.t(" on data from the ").n("ORG", rng.choice(INST)[0]).t(" registry (n = %d, median age " % rng.randint(200, 9000))
        r.n("AGE", str(rng.randint(30, 80))).t("). Following ").n("FAMOUS", rng.choice(
            ["Florence Nightingale", "John Snow", "Ronald Fisher", "Karl Pearson"])).t(", we plot mortality by month.\n")
    elif k == 1:
        r.t("/* ").n("TERM", rng.choice(["Dijkstra", "A*", "Bellman–Ford", "Floyd–Warshall"])).t(" over the road graph; ")
        r.t("weights from ").n("TERM", rng.choice(["Haversine", "Vincenty", "Manhattan"])).t(" distance. */\n")
        r.t("fn route(g: &Graph) -> Vec<NodeId> { todo!() }  // since ").n("VERSION", "v%d.%d.0" % (rng.randint(0, 3), rng.randint(0, 30))).t("\n")
    elif k == 2:
        m = rng.choice(MERCH)
        r.n("ORG", m).t("\nStore 0%d\n" % rng.randint(100, 999))
        r.t("Bananas 1.29\nOat milk 1.85\nTOTAL 3.14\nCARD ****%04d\n" % rng.randint(0, 9999))
        r.t("Thank you for shopping at ").n("ORG", m).t("\n")
    elif k == 3:
        r.n("ORG", rng.choice(HOTELS)).t(" – " + rng.choice(["Check-in from 15:00, check-out until 11:00.",
                                                             "Frühstück 6:30–10:30 im Restaurant."]))
        r.t(" Our concierge recommends the ").n("PLACE", rng.choice(["Mozarthaus", "Rembrandthuis", "Casa de Goethe",
                                                                     "Museo Picasso", "Maison de Victor Hugo"]))
        r.t(", open since ").n("DATE", fmt(ymd(1950, 2010), lang if lang in MONTHS else "en", "long")).t(".\n")
    elif k == 4:
        r.n("PRODUCT", rng.choice(APPS)).t(" " + rng.choice(["version", "Version"]) + " ").n("VERSION", "%d.%d.%d" % (
            rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 9))).t("\nWhat's new: dark mode, ")
        r.n("PRODUCT", rng.choice(["Apple Watch", "Garmin Fenix", "Wear OS"])).t(" support.\n★★★★☆ 4.6 · 12K ratings\n")
    elif k == 5:
        r.n("ORG", rng.choice(CLUBS)).t(rng.choice([" vs ", " – ", " gegen "])).n("ORG", rng.choice(CLUBS))
        r.t(", kick-off 15:30 at ").n("PLACE", rng.choice(["Stade Pierre de Coubertin", "Campo Giuseppe Meazza",
                                                           "Sportpark Johan Cruijff", "Estadio Santiago Bernabéu"]))
        r.t(". U%d and U%d squads meet at the clubhouse.\n" % (rng.randint(8, 12), rng.randint(13, 19)))
    elif k == 6:
        r.t("For sale: ").n("PRODUCT", rng.choice(MAKES)).t(", first registered ").n("DATE", fmt(ymd(2010, 2024), "en", "dmy/"))
        r.t(", MOT until ").n("DATE", fmt(ymd(2026, 2027), "en", "dmy/")).t(", %d km, full service history.\n" % rng.randint(20000, 200000))
    elif k == 7:
        r.t(rng.choice(["Tender clarification no. %d: " % rng.randint(1, 40)]))
        r.t("bidders may propose a ").n("TERM", rng.choice(["Venturi scrubber", "Stirling engine", "Pelton wheel",
                                                            "Bailey bridge"])).t(" equivalent. Deadline extended to ")
        r.n("DATE", fmt(ymd(2026, 2027), lang if lang in MONTHS else "en", "long")).t(".\n")
    elif k == 8:
        r.t("Term dates: autumn half-term ").n("DATE", fmt(ymd(2026, 2026), "en", "long")).t(". ")
        r.n("ORG", rng.choice(HOUSES) + " House").t(" won the sports day cup; trip to the ")
        r.n("PLACE", rng.choice(["Anne Frank House", "Pompeii", "CERN", "Verdun"])).t(" is confirmed.\n")
    elif k == 9:
        r.t("Die Regelaltersgrenze steigt für Jahrgänge ab ").n("DATE", "1964").t(" auf ").n("AGE", "67 Jahre")
        r.t(". Anträge bei der ").n("ORG", "Deutschen Rentenversicherung Knappschaft-Bahn-See").t(" stellen.\n")
    elif k == 10:
        r.t("$ ls /home\n").n("CODE", "ubuntu").t("  ").n("CODE", "runner").t("  ").n("CODE", "postgres").t("\n$ whoami\n")
        r.n("CODE", "root").t("\n$ cat /etc/hostname\n").n("CODE", rng.choice(["curie-gpu-01", "turing-build", "hopper-ci"])).t("\n")
    else:
        r.t("(0008,0080) LO [").n("ORG", rng.choice(["Charité Universitätsmedizin Berlin", "Ospedale San Raffaele",
                                                      "John Radcliffe Hospital"])).t("]  # InstitutionName\n")
        r.t("(0008,0070) LO [").n("ORG", rng.choice(["SIEMENS", "Philips Medical Systems", "GE MEDICAL SYSTEMS"]))
        r.t("]  # Manufacturer\n(0018,1020) LO [").n("VERSION", "syngo MR XA%d" % rng.randint(10, 61)).t("]  # SoftwareVersions\n")
    r.done()


# ---- the corpus -------------------------------------------------------------------------------------
def recast(rec, fn):
    """The record with each character mapped by fn where the mapping keeps its length."""
    out = []
    for c in rec["full_text"]:
        m = fn(c)
        out.append(m if len(m) == 1 else c)
    rec["full_text"] = "".join(out)
    for s in rec["spans"]:
        s["entity_value"] = rec["full_text"][s["start_position"]:s["end_position"]]
    rec["metadata"]["case"] = "lower" if fn is str.lower else "no_marks"


PLAN = [(email_chain, 21), (cv, 30), (cover, 14), (linkedin, 12), (paper, 18), (grant, 18), (patent, 16),
        (tender, 18), (notion, 22), (otter, 15), (qa_sheet, 21), (bank, 30), (hotel, 30), (rx, 30),
        (metadump, 26), (review, 16), (school, 18), (sports, 30), (devtrace, 22), (codecomment, 20),
        (tsv, 22), (dataframe, 16), (swiss, 24), (credit, 28), (vehicle, 20), (pii_free, 140)]
LOWER_OK = {"email_chain", "review", "transcript", "workspace_export", "qa_sheet", "tsv_merged",
            "code_comment"}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]


def main():
    queue = []
    for fn, n in PLAN:
        queue += [fn] * n
    rng.shuffle(queue)
    for i, fn in enumerate(queue):
        lang = LANGS[i % 7] if rng.random() < 0.9 else "en"
        fn(lang)
        rec = records[-1]
        u = rng.random()
        if rec["metadata"]["class"] in LOWER_OK and u < 0.35 and rec["full_text"][:1] not in "{W":
            recast(rec, str.lower)
        elif rec["metadata"]["class"] != "metadata_dump" and u > 0.9:
            recast(rec, strip_marks)
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
