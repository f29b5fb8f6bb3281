#!/usr/bin/env python3
"""gen_names_holdout14.py: the fourteenth blind set of the NAMES pack (PERSON, STREET_ADDRESS,
DATE_OF_BIRTH), written in stop 40 by an author who read no detector code.

Kinds of text chosen away from every earlier set's: what a coding agent or an assistant is sent
with people inside long technical context (Jupyter cells, ORM consoles, mongosh and Elasticsearch
hits, record-linkage candidate pairs, geocoder and address-validation logs, Gherkin scenarios and
browser tests, screen-reader and accessibility-tree dumps, NER training data, label-printer code,
SSML voice prompts, spreadsheet API values and formulas, regex-debugging samples); prompts that ask
a model to draft about named people (eulogies, toasts and speeches, character references, tenancy
letters, complaints, school notes); language-learner texts sent for correction and mixed bilingual
messages; public notices (court lists, planning notices, estate notices, school-board and council
consent agendas); messages in pl, sv, tr, ro and pt. About half the names are invented from
syllables (checked once, by the author, against hush's lexicon: none is in it).

Labels: PERSON is the name without its title; STREET_ADDRESS the house number and street with the
unit, postcode, town (and country) that follow it; DATE_OF_BIRTH only a birth date. Look-alikes
are NEG_* spans: firms, products, places, streets named after people without a number, famous
names used as terms, other dates beside birth words, ages, versions, case numbers.

Deterministic (fixed seed), Python stdlib only, stands alone; writes JSON to stdout:
    python3 gen_names_holdout14.py > data/names_holdout14.json"""
import json
import random
import re
import sys

rng = random.Random(1404_2026)
records = []


class R:
    """A record written left to right: t() text, s() a labelled value."""

    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def p(self, v):
        return self.s("PERSON", v)

    def fill(self, tpl, vals):
        """tpl with {K} placeholders; vals[K] = (label or None, value)."""
        i = 0
        while True:
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            lab, v = vals[tpl[j + 1:k]]
            if lab:
                self.s(lab, v)
            else:
                self.t(v)
            i = k + 1
        return self

    def done(self):
        for sp in self.spans:
            assert self.text[sp["start_position"]:sp["end_position"]] == sp["entity_value"]
            assert sp["entity_value"] == sp["entity_value"].strip(), sp
        records.append({"full_text": self.text, "spans": self.spans,
                        "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls}})


# ---- names ------------------------------------------------------------------------------------
GIV = {
    "en": ["Oliver", "Hannah", "Gareth", "Siobhan", "Priya", "Callum", "Megan", "Desmond", "Fiona",
           "Rhys", "Imogen", "Tobias", "Shauna", "Martin", "Eleanor"],
    "de": ["Jürgen", "Anke", "Matthias", "Heike", "Florian", "Dagmar", "Till", "Wiebke", "Rainer",
           "Sabine", "Lukas", "Henrike", "Uwe", "Katrin"],
    "fr": ["Élodie", "Thibault", "Margaux", "Rémi", "Solène", "Gaëtan", "Maëlle", "Yannick",
           "Clémence", "Bastien", "Océane", "Hervé"],
    "nl": ["Sanne", "Joost", "Femke", "Bram", "Marloes", "Wouter", "Lieke", "Thijs", "Anouk",
           "Gert-Jan", "Ilse", "Sjoerd"],
    "es": ["Álvaro", "Nerea", "Íñigo", "Rocío", "Gonzalo", "Ainhoa", "Rubén", "Maite", "Sergio",
           "Lucía", "Jordi", "Pilar"],
    "it": ["Matteo", "Chiara", "Davide", "Federica", "Gianluca", "Ilaria", "Lorenzo", "Benedetta",
           "Simone", "Raffaella", "Tommaso"],
    "pt": ["Gonçalo", "Inês", "Tiago", "Leonor", "Rui", "Beatriz", "Duarte", "Mafalda", "Joaquim",
           "Carolina", "Vasco"],
    "pl": ["Katarzyna", "Tomasz", "Agnieszka", "Piotr", "Małgorzata", "Grzegorz", "Joanna",
           "Wojciech", "Halina", "Bartosz"],
    "sv": ["Sven", "Ingrid", "Lars", "Annika", "Björn", "Karin", "Mats", "Linnea", "Göran", "Elin"],
    "tr": ["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Fatma", "Burak", "Gülşen",
           "Oğuz"],
    "ro": ["Ioana", "Andrei", "Mihaela", "Cristian", "Elena", "Bogdan", "Roxana", "Florin",
           "Adriana", "Sorin"],
}
SUR = {
    "en": ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Hartley", "Doyle",
        "Pemberton",
           "Sharma", "Kavanagh", "Lloyd", "Thornton"],
    "de": ["Brandstätter", "Lindner", "Vogel", "Krause", "Hofmeister", "Seidel", "Kühn", "Pfeiffer",
           "Ziegler", "Wagenknecht", "Böhm"],
    "fr": ["Lefèvre", "Marchand", "Chevalier", "Girard", "Rousseau", "Perrin", "Faure", "Lemaire",
           "Boucher", "Gauthier"],
    "nl": ["Bakker", "Visser", "Mulder", "de Vries", "van Dijk", "Hendriks", "Dekker", "Smit",
           "van der Linden", "Bosman"],
    "es": ["Navarro", "Domínguez", "Castillo", "Ortega", "Iglesias", "Serrano", "Molina", "Vidal",
           "Herrero", "Gil"],
    "it": ["Esposito", "Colombo", "Ricci", "Mancini", "Gallo", "Ferraro", "Marchetti", "Barbieri",
           "Fontana", "Santoro"],
    "pt": ["Ferreira", "Carvalho", "Teixeira", "Almeida", "Sousa", "Rodrigues", "Pinto", "Moreira",
           "Correia", "Fonseca"],
    "pl": ["Wróbel", "Kowalczyk", "Nowakowski", "Zielińska", "Wiśniewski", "Kamińska",
        "Lewandowski",
           "Dąbrowska", "Szymański"],
    "sv": ["Lindqvist", "Holmberg", "Bergström", "Sandberg", "Nyström", "Lundgren", "Ekström",
           "Forsberg", "Sjöberg"],
    "tr": ["Yıldız", "Öztürk", "Çelik", "Aydın", "Şahin", "Kaya", "Arslan", "Doğan", "Koç"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu", "Marinescu",
           "Ciobanu", "Stanciu"],
}
SYL = {
    "en": ["thar", "wel", "brom", "ish", "cad", "lun", "mer", "ost", "fen", "gal"],
    "de": ["brak", "holz", "wen", "dorn", "gil", "lau", "mer", "tross", "kan", "rie"],
    "fr": ["vau", "ber", "lis", "mon", "quel", "tan", "ro", "gue", "sil", "cour"],
    "nl": ["vel", "broek", "ter", "bos", "mol", "rijn", "wes", "kam", "lo", "ger"],
    "es": ["ber", "zu", "lan", "co", "ria", "mel", "ti", "gar", "so", "nu"],
    "it": ["val", "ber", "to", "cuc", "mir", "ran", "lo", "zan", "pe", "gio"],
    "pt": ["bar", "gui", "lo", "ma", "tei", "ran", "vi", "cu", "so", "dal"],
    "pl": ["wrz", "bor", "ska", "mie", "lec", "dor", "ko", "chu", "ra", "zyn"],
    "sv": ["berg", "sjö", "ek", "tor", "vall", "lin", "hed", "dal", "mo", "rå"],
    "tr": ["ka", "dem", "yal", "öz", "tur", "ba", "gül", "er", "sen", "kır"],
    "ro": ["mir", "ves", "ca", "lu", "dra", "bo", "ne", "tu", "ga", "ri"],
}
END = {"en": ["by", "worth", "ridge", "well"], "de": ["mann", "inger", "huber", "lich"],
       "fr": ["ard", "ier", "eau", "oux"], "nl": ["ink", "huis", "man", "sma"],
       "es": ["ez", "eda", "ales", "ino"], "it": ["ini", "otti", "elli", "ucci"],
       "pt": ["eira", "ão", "ares", "inho"], "pl": ["ski", "czyk", "wicz", "iak"],
       "sv": ["ström", "qvist", "lund", "gren"], "tr": ["oğlu", "can", "türk", "ay"],
       "ro": ["escu", "eanu", "aru", "ache"]}
GEND = {"en": ["a", "en", "y", "o"], "de": ["a", "o", "ina", "ert"],
        "fr": ["ine", "ette", "ien", "o"], "nl": ["ke", "je", "a", "en"],
        "es": ["a", "o", "ela", "io"], "it": ["a", "o", "ella", "ino"],
        "pt": ["a", "o", "ela", "inho"], "pl": ["a", "ek", "ina", "usz"],
        "sv": ["a", "e", "ina", "var"], "tr": ["an", "ay", "ül", "em"],
        "ro": ["a", "u", "ela", "ian"]}
# The syllable draws that the author's one-off check found in hush's lexicon: drawn again.
TAKEN = {"Babacan", "Bara", "Barbaro", "Barela", "Baro", "Bayan", "Bera", "Berard", "Berge",
         "Berggren", "Berglund", "Bergqvist", "Bergström", "Bero", "Bora", "Borek", "Bosman",
         "Caden", "Cadwell", "Cady", "Caela", "Chua", "Courier", "Couro", "Dala", "Dale",
         "Dalina", "Dalo", "Demay", "Demet", "Dora", "Dorina", "Eklund", "Ekström", "Elin",
         "Eran", "Eray", "Ercan", "Ertürk", "Gaela", "Gaian", "Gala", "Galen", "Galo", "Ganea",
         "Gara", "Garo", "Gema", "Geren", "Gerke", "German", "Gila", "Guia", "Gülay", "Gülcan",
         "Heda", "Hedlund", "Holzinger", "Isha", "Kaan", "Kama", "Kamen", "Kana", "Karin", "Kaya",
         "Koski", "Lana", "Lina", "Line", "Lisette", "Loen", "Loman", "Lorana", "Lovia", "Lozano",
         "Luna", "Madala", "Maela", "Maloa", "Marano", "Mela", "Melio", "Melo", "Mera", "Mercado",
         "Merina", "Mero", "Mery", "Mira", "Mirela", "Mirella", "Mirian", "Miro", "Moina", "Mola",
         "Molen", "Molina", "Mona", "Monette", "Monier", "Mono", "Neela", "Nia", "Nuria", "Ostby",
         "Osten", "Raina", "Rana", "Ria", "Riemann", "Rina", "Sena", "Senan", "Senay", "Senem",
         "Siline", "Silo", "Sjögren", "Soares", "Solana", "Sorana", "Tano", "Tanya", "Teia",
         "Tera", "Teren", "Thara", "Tiberio", "Titia", "Tore", "Tuba", "Turan", "Turay", "Turcan",
         "Vala", "Valle", "Valo", "Vela", "Vieira", "Vivia", "Westerman", "Zana", "Zanden",
         "Zanotti", "Özcan", "Öztürk"}


def syllables(lg):
    """One or two syllables of lg, never the same one twice."""
    a = rng.choice(SYL[lg])
    if rng.random() < 0.5:
        return a
    b = rng.choice(SYL[lg])
    while b == a:
        b = rng.choice(SYL[lg])
    return a + b


def inv_given(lg):
    while True:
        w = syllables(lg) + rng.choice(GEND[lg])
        w = w[0].upper() + w[1:]
        if w not in TAKEN and 4 <= len(w) <= 11:
            return w


def inv_sur(lg):
    while True:
        w = syllables(lg) + rng.choice(END[lg])
        w = w[0].upper() + w[1:]
        if w not in TAKEN and len(w) >= 5:
            return w


def giv(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    return rng.choice(GIV[lg]) if real else inv_given(lg)


def sur(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    return rng.choice(SUR[lg]) if real else inv_sur(lg)


def full(lg):
    return giv(lg) + " " + sur(lg)


# ---- dates ------------------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
          "decembrie",
}
MON = {k: v.split() for k, v in MON.items()}


def ymd(lo=1932, hi=2019):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dlong(lg, y, m, d):
    mo = MON[lg][m - 1]
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


def dnum(lg, y, m, d, style=None):
    style = style or rng.choice(["iso", "loc", "loc", "long"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "long":
        return dlong(lg, y, m, d)
    if lg == "en" and rng.random() < 0.4:
        return "%02d/%02d/%04d" % (m, d, y)
    sep = {"de": ".", "pl": ".", "tr": ".", "ro": ".", "nl": "-", "sv": "-"}.get(lg, "/")
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d%s%02d%s%04d" % (d, sep, m, sep, y)


def dob(lg, style=None, lo=1932, hi=2019):
    return dnum(lg, *ymd(lo, hi), style=style)


def recent(lg, style=None):
    return dnum(lg, rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28), style=style)


# ---- addresses --------------------------------------------------------------------------------
STREETS = {
    "en": ["Mill Lane", "Rowan Terrace", "Cedar Close", "Albion Road", "Bramble Way",
        "Station Road",
           "Hollis Crescent", "Kingfisher Drive"],
    "de": ["Lindenstraße", "Am Mühlbach", "Kastanienweg", "Hauptstraße", "Birkenallee",
           "Gartenstraße", "Ulmenring", "Schützenstraße"],
    "fr": ["rue des Lilas", "avenue Jean Moulin", "rue du Moulin", "boulevard Carnot",
           "impasse des Tilleuls", "rue de la Gare", "chemin des Vignes"],
    "nl": ["Kastanjelaan", "Molenweg", "Kerkstraat", "Bloemgracht", "Wilhelminastraat",
           "Dorpsstraat", "Beukenlaan"],
    "es": ["Calle Mayor", "Calle del Olmo", "Avenida de la Constitución", "Calle San Bernardo",
           "Paseo de la Castellana", "Calle Real"],
    "it": ["Via dei Mille", "Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele",
           "Via delle Rose", "Viale Europa"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Rua do Carmo", "Travessa da Palha",
           "Rua de Santa Catarina", "Rua Augusta"],
    "pl": ["ul. Polna", "ul. Kwiatowa", "ul. Słoneczna", "ul. Lipowa", "al. Jana Pawła II",
           "ul. Ogrodowa"],
    "sv": ["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Skolgatan", "Sjövägen"],
    "tr": ["Atatürk Cad.", "Bağdat Cad.", "Çiçek Sok.", "Cumhuriyet Mah. Lale Sok.",
           "İstiklal Cad.", "Gül Sok."],
    "ro": ["Str. Mihai Eminescu", "Str. Florilor", "Bd. Unirii", "Str. Lalelelor",
           "Calea Victoriei", "Str. Teiului"],
}
TOWNS = {
    "en": [("Leeds", "LS6 2AB"), ("Bristol", "BS6 5QA"), ("Norwich", "NR2 3HT"),
           ("Cardiff", "CF24 4RU"), ("York", "YO31 7EP"), ("Bath", "BA1 5LS")],
    "de": [("Berlin", "10115"), ("Leipzig", "04109"), ("Kassel", "34117"), ("Freiburg", "79098"),
           ("Bremen", "28195"), ("Regensburg", "93047")],
    "fr": [("Lyon", "69003"), ("Nantes", "44000"), ("Rennes", "35000"), ("Dijon", "21000"),
           ("Toulouse", "31000"), ("Amiens", "80000")],
    "nl": [("Utrecht", "3512 JE"), ("Zwolle", "8011 PK"), ("Leiden", "2311 EZ"),
           ("Arnhem", "6811 CJ"), ("Groningen", "9711 LP")],
    "es": [("Madrid", "28013"), ("Valencia", "46002"), ("Zaragoza", "50001"), ("Sevilla", "41004"),
           ("Bilbao", "48005")],
    "it": [("Milano", "20121"), ("Bologna", "40126"), ("Torino", "10122"), ("Verona", "37121"),
           ("Bari", "70122")],
    "pt": [("Lisboa", "1200-195"), ("Porto", "4050-033"), ("Coimbra", "3000-150"),
           ("Braga", "4700-321"), ("Faro", "8000-138")],
    "pl": [("Warszawa", "00-635"), ("Kraków", "31-042"), ("Gdańsk", "80-831"),
           ("Poznań", "61-758"), ("Wrocław", "50-075")],
    "sv": [("Stockholm", "114 55"), ("Uppsala", "753 20"), ("Malmö", "211 42"),
           ("Göteborg", "411 06"), ("Umeå", "903 26")],
    "tr": [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250"),
           ("Nilüfer/Bursa", "16110")],
    "ro": [("București", "010512"), ("Cluj-Napoca", "400114"), ("Iași", "700028"),
           ("Timișoara", "300077"), ("Brașov", "500035")],
}


def street(lg):
    if rng.random() < 0.3 and lg in ("de", "nl", "sv", "en"):
        base = inv_sur(lg)
        suf = {"de": ["straße", "weg", "ring"], "nl": ["straat", "laan", "weg"],
               "sv": ["gatan", "vägen"], "en": [" Road", " Lane", " Close"]}[lg]
        return base + rng.choice(suf)
    return rng.choice(STREETS[lg])


def addr(lg, sep=", ", unit=None):
    """A street address in lg's usual shape; sep between the street part and the town part."""
    st, (town, pc) = street(lg), rng.choice(TOWNS[lg])
    n = rng.randint(1, 148)
    if unit is None:
        unit = rng.random() < 0.3
    if lg == "en":
        u = "Flat %d, " % rng.randint(1, 12) if unit else ""
        return "%s%d %s%s%s %s" % (u, n, st, sep, town, pc)
    if lg == "fr":
        u = ", appt %d" % rng.randint(1, 40) if unit else ""
        return "%d %s%s%s%s %s" % (n, st, u, sep, pc, town)
    if lg == "es":
        u = ", %dº %s" % (rng.randint(1, 8), rng.choice("ABCD")) if unit else ""
        return "%s %d%s%s%s %s" % (st, n, u, sep, pc, town)
    if lg == "it":
        u = ", int. %d" % rng.randint(1, 20) if unit else ""
        return "%s %d%s%s%s %s" % (st, n, u, sep, pc, town)
    if lg == "pt":
        u = ", %d.º %s" % (rng.randint(1, 6), rng.choice(["Esq.", "Dto."])) if unit else ""
        return "%s %d%s%s%s %s" % (st, n, u, sep, pc, town)
    if lg == "pl":
        u = " m. %d" % rng.randint(1, 60) if unit else ""
        return "%s %d%s%s%s %s" % (st, n, u, sep, pc, town)
    if lg == "tr":
        u = " D: %d" % rng.randint(1, 20) if unit else ""
        return "%s No: %d%s%s%s %s" % (st, n, u, sep, pc, town)
    if lg == "ro":
        u = ", bl. %s%d, ap. %d" % (rng.choice("ABCM"), rng.randint(1, 9),
                                    rng.randint(1, 80)) if unit else ""
        return "%s nr. %d%s%s%s %s" % (st, n, u, sep, pc, town)
    return "%s %d%s%s %s" % (st, n, sep, pc, town)


# ---- look-alikes --------------------------------------------------------------------------------
FIRMS = {
    "en": ["Hartley & Sons Ltd", "Pemberton Lettings", "Brennan Removals Ltd", "Ashworth Dental"],
    "de": ["Vogel Haustechnik GmbH", "Krause & Partner mbB", "Bäckerei Seidel",
        "Ziegler Immobilien"],
    "fr": ["Girard Immobilier SARL", "Transports Perrin", "Cabinet Faure & Associés"],
    "nl": ["Bakker Makelaardij B.V.", "Mulder Verhuizingen", "Dekker & Smit Advocaten"],
    "es": ["Inmobiliaria Navarro S.L.", "Construcciones Ortega", "Gestoría Vidal"],
    "it": ["Colombo Immobiliare S.r.l.", "Studio Legale Ricci", "Trasporti Gallo"],
    "pt": ["Imobiliária Ferreira Lda.", "Carvalho & Filhos", "Transportes Pinto"],
    "pl": ["Kowalczyk Nieruchomości sp. z o.o.", "Wróbel Transport"],
    "sv": ["Lindqvist Fastigheter AB", "Holmberg Bygg AB"],
    "tr": ["Yıldız Emlak Ltd. Şti.", "Öztürk İnşaat A.Ş."],
    "ro": ["Popescu Imobiliare SRL", "Ionescu Construct SRL"],
}
PRODUCTS = ["Salesforce", "HubSpot", "Zendesk", "SAP Concur", "Epic MyChart", "Shopify", "Odoo 17",
            "Klarna", "Jira", "Tableau", "Notion"]
TERMS = ["Jaro-Winkler", "Levenshtein", "Soundex", "Double Metaphone", "Fellegi-Sunter",
         "Damerau-Levenshtein", "Hamming", "Jaccard"]
FAMOUS = ["Mozart", "Einstein", "Frida Kahlo", "Goethe", "Marie Curie", "Pelé", "Cervantes",
          "Fernando Pessoa", "Van Gogh", "Astrid Lindgren", "Chopin"]
PERSON_STREETS = {"de": ["Goethestraße", "Karl-Marx-Allee", "Schillerplatz"],
                  "fr": ["avenue Victor Hugo", "place Charles de Gaulle", "rue Émile Zola"],
                  "en": ["Churchill Way", "Nelson Street", "Victoria Road"],
                  "nl": ["Rembrandtplein", "Erasmuslaan", "Johan Cruijff Boulevard"],
                  "es": ["Calle de Cervantes", "Paseo de Colón"], "it": ["Via Dante",
                      "Piazza Verdi"],
                  "pt": ["Avenida Almirante Reis", "Praça Luís de Camões"],
                  "pl": ["ul. Mickiewicza", "pl. Kopernika"], "sv": ["Strindbergsgatan"],
                  "tr": ["Atatürk Bulvarı"], "ro": ["Bd. Ștefan cel Mare"]}
LANGS7 = ["en", "de", "fr", "nl", "es", "it", "pt"]
LANGS11 = LANGS7 + ["pl", "sv", "tr", "ro"]


def addr_or_town(lg, p=0.35):
    """A street address, or (with probability p) the town alone as a look-alike."""
    if rng.random() < p:
        return ("NEG_PLACE", rng.choice(TOWNS[lg])[0])
    return ("STREET_ADDRESS", addr(lg))


def firm(lg):
    return rng.choice(FIRMS.get(lg, FIRMS["en"]))


def pstreet(lg):
    return rng.choice(PERSON_STREETS.get(lg, PERSON_STREETS["en"]))


# ---- A. what a coding agent is sent ------------------------------------------------------------
def ipynb(lg):
    """A Jupyter cell as JSON, each output line a JSON string."""
    r = R(lg, "ipynb")
    r.t(rng.choice(["why does `birth_date` come out as object dtype here? cell below\n\n",
                    "The merge drops rows, see this cell from the notebook:\n\n",
                    "pandas question. Output of the cell:\n\n"]))
    r.t('{\n "cell_type": "code",\n "execution_count": %d,\n "metadata": {},\n "outputs": [\n'
        '  {\n   "data": {\n    "text/plain": [\n' % rng.randint(3, 60))
    n = rng.randint(2, 3)
    born = rng.random() < 0.5
    cols = ["patient_id", "first_name", "last_name", "birth_date" if born else "discharged",
            "clinic", "admitted"]
    rows = []
    for i in range(n):
        rows.append([(None, str(rng.randint(10000, 99999))), ("PERSON", giv(lg)),
                     ("PERSON", sur(lg)),
                     ("DATE_OF_BIRTH", dob(lg, "iso")) if born else ("NEG_DATE", recent(lg, "iso")),
                     ("NEG_ORG", rng.choice(["St Olav", "Mercy West", "Sint Jozef",
                                             "San Raffaele", "Charité"])),
                     ("NEG_DATE", recent(lg, "iso"))])
    w = [max(len(cols[i]), *(len(x[i][1]) for x in rows)) for i in range(6)]
    r.t('     "   ')
    for i, c in enumerate(cols):
        r.t("  " + " " * (w[i] - len(c)) + c)
    r.t('\\n",\n')
    for k, row in enumerate(rows):
        r.t('     "' + str(k) + "  ")
        for i, (lab, v) in enumerate(row):
            r.t("  " + " " * (w[i] - len(v)))
            r.s(lab, v) if lab else r.t(v)
        r.t('\\n"' + ("," if k < n - 1 else "") + "\n")
    r.t('    ]\n   },\n   "output_type": "execute_result"\n  }\n ],\n "source": [\n'
        '  "df = pd.read_csv(\\"admissions.csv\\")\\n",\n  "df[df.clinic != \\"x\\"].head(%d)"\n'
        ' ]\n}\n' % n)
    r.done()


def orm(lg):
    r = R(lg, "orm_repr")
    k = rng.randrange(3)
    if k == 0:
        r.t(">>> Customer.objects.filter(city__icontains=%r)[:3]\n<QuerySet [" % rng.choice(
            TOWNS[lg])[0])
        for i in range(3):
            r.t("<Customer: ")
            if rng.random() < 0.5:
                r.p(sur(lg) + ", " + giv(lg))
            else:
                r.p(full(lg))
            r.t(">" + (", " if i < 2 else "]>\n"))
        r.t(">>> _[0].birth_date\ndatetime.date(")
        y, m, d = ymd()
        r.s("DATE_OF_BIRTH", "%d, %d, %d" % (y, m, d)).t(")\n>>> _[0].created\n"
                                                         "datetime.datetime(2026, 11, 3, 9, 14)\n")
        r.t("why does the second query return none of these?")
    elif k == 1:
        r.t("irb(main):004> Member.where(active: true).first\n=> #<Member id: %d, first_name: \""
            % rng.randint(10, 9000))
        r.p(giv(lg)).t('", last_name: "').p(sur(lg)).t('", date_of_birth: "')
        r.s("DATE_OF_BIRTH", dob(lg, "iso")).t('", address: "').s("STREET_ADDRESS", addr(lg))
        r.t('", employer: "').s("NEG_ORG", firm(lg)).t('", created_at: "')
        r.s("NEG_DATE", recent(lg, "iso")).t(' 09:14:55.120000000 +0000", plan: "')
        r.s("NEG_PRODUCT", rng.choice(["Gold", "Family Plus", "Basic 2024"])).t('">\n')
        r.t("irb(main):005> _.valid?\n=> false\nthe validation error says address is invalid, "
            "is it the comma?")
    else:
        r.t("Traceback (most recent call last):\n  File \"sync.py\", line 88, in <module>\n"
            "    upsert(tenants)\nValueError: duplicate key for [")
        for i in range(2):
            r.t("Tenant(id=%d, name='" % rng.randint(1, 999)).p(full(lg)).t("', dob=")
            r.s("DATE_OF_BIRTH", dob(lg, "iso")).t(", unit='").s("STREET_ADDRESS", addr(lg))
            r.t("', moved_in=").s("NEG_DATE", recent(lg, "iso"))
            r.t(")" + (", " if i == 0 else "]\n"))
        r.t("both rows came from the same spreadsheet, how do I dedupe before the upsert?")
    r.done()


def mongo(lg):
    r = R(lg, "mongo_es")
    if rng.random() < 0.5:
        r.t("db.members.find({ \"address.city\": %r }).limit(2)\n" % rng.choice(TOWNS[lg])[0])
        for _ in range(rng.randint(1, 2)):
            r.t("{\n  _id: ObjectId('%s'),\n  name: { first: '" % "".join(
                rng.choice("0123456789abcdef") for _ in range(24)))
            r.p(giv(lg)).t("', last: '").p(sur(lg)).t("' },\n  birthDate: ISODate('")
            r.s("DATE_OF_BIRTH", dob(lg, "iso")).t("T00:00:00.000Z'),\n  address: '")
            r.s(*addr_or_town(lg, 0.5)).t("',\n  referredBy: '").p(full(lg))
            r.t("',\n  updatedAt: ISODate('").s("NEG_DATE", recent(lg, "iso"))
            r.t("T08:12:40.551Z')\n}\n")
        r.t("\nthe second doc should not match, why does it?")
    else:
        r.t('ES query returns the wrong person first:\n{"hits":{"total":{"value":2},"hits":[')
        for i in range(2):
            r.t('{"_index":"customers-v%d","_score":%.2f,"_source":{"full_name":"' % (
                rng.randint(2, 9), rng.uniform(3, 14)))
            r.p(full(lg)).t('","dob":"').s("DATE_OF_BIRTH", dob(lg)).t('","street":"')
            r.s(*addr_or_town(lg, 0.5)).t('","account_manager":"').p(full(lg))
            r.t('","segment":"').s("NEG_PRODUCT", rng.choice(PRODUCTS)).t('"}}')
            r.t("," if i == 0 else "]}}\n")
        r.t("I searched for ")
        r.p(giv(lg)).t(" with fuzziness AUTO")
    r.done()


def dedupe(lg):
    r = R(lg, "dedupe")
    t = rng.choice(TERMS)
    head, tail = rng.choice([("Our CRM merge flagged these as duplicates (", " on names)"),
                             ("Candidate pairs from the ", " comparison"),
                             ("splink output, ", " similarity > 0.9")])
    r.t(head).s("NEG_TERM", t).t(tail + ". Which ones are really the same person?\n\n")
    fmt = rng.randrange(2)
    with_dob, with_addr = rng.random() < 0.5, rng.random() < 0.5
    for i in range(2):
        g, s = giv(lg), sur(lg)
        y, m, d = ymd()
        if fmt == 0:
            r.t("pair %d  p=%.3f\n  L: " % (i + 1, rng.uniform(0.6, 0.99))).p(g + " " + s)
            if with_dob:
                r.t(" | dob ").s("DATE_OF_BIRTH", dnum(lg, y, m, d, "iso"))
            else:
                r.t(" | created ").s("NEG_DATE", recent(lg, "iso"))
            if with_addr:
                r.t(" | ").s("STREET_ADDRESS", addr(lg))
            r.t("\n  R: ")
            r.p(rng.choice([g[0] + ". " + s, s.upper() + " " + g, g + " " + s + "-" + sur(lg)]))
            if with_dob:
                r.t(" | dob ").s("DATE_OF_BIRTH", dnum(lg, y, m, d, "loc"))
            r.t(" | src=")
            r.s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("\n")
        else:
            r.t("| %.2f | " % rng.uniform(0.6, 0.99)).p(g + " " + s).t(" | ")
            r.p(s + ", " + g).t(" | ")
            if with_dob:
                r.s("DATE_OF_BIRTH", dnum(lg, y, m, d, "iso")).t(" | ")
                r.s("DATE_OF_BIRTH", dnum(lg, y, m, d, "loc")).t(" |\n")
            else:
                r.s("NEG_DATE", recent(lg, "iso")).t(" | ").s("NEG_CODE", "CRM-%d" % rng.randint(
                    1000, 99999)).t(" |\n")
    r.t("\n(the ")
    r.s("NEG_TERM", rng.choice(TERMS)).t(" score is computed on lower-cased names)")
    r.done()


def geocode(lg):
    r = R(lg, "geocode")
    k = rng.randrange(3)
    if k == 0:
        for _ in range(rng.randint(2, 3)):
            r.t("2026-11-%02dT%02d:%02d:%02dZ WARN geocoder: no match for \"" % (
                rng.randint(1, 30), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
            r.s("STREET_ADDRESS", addr(lg)).t("\" (customer_id=%d, name=\"" % rng.randint(1000,
                                                                                         99999))
            r.p(full(lg)).t("\")\n")
        r.t("2026-11-30T08:13:02Z INFO geocoder: partial match \"").s("NEG_PLACE", pstreet(lg))
        r.t("\" -> centroid 52.5200,13.4050\nwhy are these failing? they look fine to me")
    elif k == 1:
        r.t('Response from the geocoding API for order %d:\n{\n  "results": [{\n'
            '    "formatted_address": "' % rng.randint(10000, 99999))
        r.s("STREET_ADDRESS", addr(lg) + ", " + {"en": "UK", "de": "Germany", "fr": "France",
                                                 "nl": "Netherlands", "es": "Spain",
                                                 "it": "Italy", "pt": "Portugal"}[lg])
        r.t('",\n    "partial_match": true,\n    "types": ["street_address"]\n  }, {\n'
            '    "formatted_address": "').s("NEG_PLACE", rng.choice(TOWNS[lg])[0])
        r.t('",\n    "types": ["locality"]\n  }],\n  "status": "OK"\n}\nThe customer (')
        r.p(full(lg)).t(") typed it in lower case, maybe that's why?")
    else:
        ad = addr("en" if lg == "en" else lg)
        r.t("address-validation diff for the ")
        r.s("NEG_PRODUCT", rng.choice(["Loqate", "SmartyStreets", "Melissa"])).t(" import:\n")
        r.t("- recipient: ").p(full(lg).upper()).t("\n- input:    ").s("STREET_ADDRESS", ad.lower())
        r.t("\n+ output:   ").s("STREET_ADDRESS", ad.upper()).t("\n  verdict: PREMISE\n")
        r.t("- recipient: ").p(full(lg)).t("\n- input:    ").s("NEG_PLACE", pstreet(lg))
        r.t("\n  verdict: STREET_ONLY (no premise)\n")
    r.done()


GHERKIN_STEP = {
    "en": ("Feature: Patient registration\n  Scenario Outline: register a new patient\n"
           "    Given I am on the registration page\n    When I enter \"<name>\" born \"<dob>\"\n"
           "    And the address \"<address>\"\n    Then I see \"Welcome, <name>\"\n\n    "
           "Examples:\n"),
    "de": ("# language: de\nFunktionalität: Mitglied anlegen\n  Szenariogrundriss: neues Mitglied\n"
           "    Angenommen ich bin auf der Anmeldeseite\n    Wenn ich \"<name>\" mit Geburtsdatum "
           "\"<dob>\" eingebe\n    Und die Adresse \"<address>\"\n    Dann sehe ich \"Hallo "
           "<name>\"\n\n"
           "    Beispiele:\n"),
    "fr": ("# language: fr\nFonctionnalité: Inscription\n  Plan du scénario: nouvel adhérent\n"
           "    Soit je suis sur la page d'inscription\n    Quand je saisis \"<name>\" né le "
           "\"<dob>\"\n    Et l'adresse \"<address>\"\n    Alors je vois \"Bonjour <name>\"\n\n"
           "    Exemples:\n"),
    "nl": ("# language: nl\nFunctionaliteit: Inschrijving\n  Abstract Scenario: nieuw lid\n"
           "    Gegeven ik ben op de inschrijfpagina\n    Als ik \"<name>\" geboren \"<dob>\" "
           "invul\n"
           "    En het adres \"<address>\"\n    Dan zie ik \"Welkom <name>\"\n\n    "
           "Voorbeelden:\n"),
    "es": ("# language: es\nCaracterística: Alta de socio\n  Esquema del escenario: nuevo socio\n"
           "    Dado que estoy en la página de alta\n    Cuando introduzco \"<name>\" nacido el "
           "\"<dob>\"\n    Y la dirección \"<address>\"\n    Entonces veo \"Hola <name>\"\n\n"
           "    Ejemplos:\n"),
    "it": ("# language: it\nFunzionalità: Iscrizione\n  Schema dello scenario: nuovo socio\n"
           "    Dato che sono sulla pagina di iscrizione\n    Quando inserisco \"<name>\" nato il "
           "\"<dob>\"\n    E l'indirizzo \"<address>\"\n    Allora vedo \"Ciao <name>\"\n\n"
           "    Esempi:\n"),
    "pt": ("# language: pt\nFuncionalidade: Registo\n  Esquema do Cenário: novo sócio\n"
           "    Dado que estou na página de registo\n    Quando introduzo \"<name>\" nascido em "
           "\"<dob>\"\n    E a morada \"<address>\"\n    Então vejo \"Olá <name>\"\n\n"
           "    Exemplos:\n"),
}


def gherkin(lg):
    r = R(lg, "gherkin")
    if rng.random() < 0.6:
        r.t("This scenario fails on the second row only, any idea?\n\n```gherkin\n")
        r.t(GHERKIN_STEP[lg])
        rows = [[("PERSON", full(lg)), ("DATE_OF_BIRTH", dob(lg, "loc")),
                 ("STREET_ADDRESS", addr(lg))] for _ in range(2)]
        rows.insert(0, [(None, "name"), (None, "dob"), (None, "address")])
        w = [max(len(x[i][1]) for x in rows) for i in range(3)]
        for row in rows:
            r.t("      |")
            for i, (lab, v) in enumerate(row):
                r.t(" ")
                r.s(lab, v) if lab else r.t(v)
                r.t(" " * (w[i] - len(v)) + " |")
            r.t("\n")
        r.t("```\n")
    else:
        g, s = giv(lg), sur(lg)
        r.t("Cypress test is flaky on CI:\n\n```js\nit('books a visit for a returning patient', () "
            "=> {\n  cy.visit('/booking')\n  cy.get('[data-cy=first-name]').type('").p(g)
        r.t("')\n  cy.get('[data-cy=last-name]').type('").p(s)
        r.t("')\n  cy.get('[data-cy=dob]').type('").s("DATE_OF_BIRTH", dob(lg, "iso"))
        r.t("')\n  cy.get('[data-cy=street]').type('").s("STREET_ADDRESS", addr(lg))
        r.t("')\n  cy.get('[data-cy=doctor]').select('Dr. ").p(sur(lg))
        r.t("')\n  cy.contains('Confirm').click()\n  cy.contains(`Thanks, ").p(g)
        r.t("`)\n})\n```\nit times out at the select, using ")
        r.s("NEG_VERSION", rng.choice(["Cypress 13.6.0", "Chrome 119", "Electron 27"]))
    r.done()


ARIA_LBL = {"en": ("Account holder", "Date of birth", "Address", "Edit profile"),
            "de": ("Kontoinhaber", "Geburtsdatum", "Anschrift", "Profil bearbeiten"),
            "fr": ("Titulaire", "Date de naissance", "Adresse", "Modifier le profil"),
            "nl": ("Rekeninghouder", "Geboortedatum", "Adres", "Profiel bewerken"),
            "es": ("Titular", "Fecha de nacimiento", "Dirección", "Editar perfil"),
            "it": ("Intestatario", "Data di nascita", "Indirizzo", "Modifica profilo"),
            "pt": ("Titular", "Data de nascimento", "Morada", "Editar perfil")}


def aria(lg):
    r = R(lg, "aria")
    holder, lb_dob, lb_addr, edit = ARIA_LBL[lg]
    k = rng.randrange(3)
    n, d, a = full(lg), dob(lg, "loc"), addr(lg)
    if k == 0:
        r.t("NVDA speech viewer while tabbing through our profile page, the order is wrong:\n\n")
        r.t("heading  level 1  %s\n" % holder).p(n).t("\nlink  ").p(n).t("\n")
        r.t("edit  %s  " % lb_dob).s("DATE_OF_BIRTH", d).t("\nedit  %s  multi line  " % lb_addr)
        r.s("STREET_ADDRESS", a).t("\nbutton  %s\nlink  Powered by  " % edit)
        r.s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("\n\nshouldn't the heading be read first?")
    elif k == 1:
        r.t("Playwright aria snapshot diff (expected vs received):\n\n```yaml\n- table "
            "\"Members\":\n"
            "  - row \"Name %s\":\n" % lb_dob)
        for _ in range(2):
            n, d = full(lg), dob(lg, "loc")
            r.t("  - row \"").p(n).t(" ").s("DATE_OF_BIRTH", d).t("\":\n    - cell \"").p(n)
            r.t("\"\n    - cell \"").s("DATE_OF_BIRTH", d).t("\"\n")
        r.t("  - row \"Total 3\"\n- link \"").s("NEG_PLACE", pstreet(lg)).t(" office\"\n```\n")
    else:
        r.t("axe-core report, 2 violations:\n\n1. label: Form elements must have labels\n"
            "   Element: <input id=\"dob\" value=\"").s("DATE_OF_BIRTH", d)
        r.t("\">\n   Context: <span class=\"owner\">").p(n).t("</span>\n\n2. color-contrast\n"
                                                          "   Element: <address>")
        r.s("STREET_ADDRESS", a).t("</address>\n   Ratio 3.1:1\n   Element: <p>Signed by ")
        r.p(full(lg)).t(", reviewed ").s("NEG_DATE", recent(lg)).t("</p>\n\nhow do I fix #1 in "
            "React?")
    r.done()


NER_SENT = {
    "en": ["{P} moved to {A} in spring and works for {O}.",
           "Contact {P} (born {D}) about the invoice from {O}."],
    "de": ["{P} wohnt seit März in der {A} und arbeitet bei {O}.",
           "{P}, geboren am {D}, ist Kundin von {O}."],
    "fr": ["{P} habite au {A} et travaille chez {O}.", "{P}, né le {D}, est client de {O}."],
    "nl": ["{P} woont op {A} en werkt bij {O}.", "{P}, geboren op {D}, is klant bij {O}."],
    "es": ["{P} vive en {A} y trabaja en {O}.", "{P}, nacida el {D}, es clienta de {O}."],
    "it": ["{P} abita in {A} e lavora per {O}.", "{P}, nato il {D}, è cliente di {O}."],
    "pt": ["{P} mora na {A} e trabalha na {O}.", "{P}, nascido a {D}, é cliente da {O}."],
}


def nerdata(lg):
    r = R(lg, "nerdata")
    k = rng.randrange(3)
    if k == 2:
        g, s = giv(lg), sur(lg)
        o = firm(lg)
        r.t("my CoNLL file fails to load, line %d onwards:\n\n" % rng.randint(40, 900))
        r.p(g).t("\tB-PER\n").p(s).t("\tI-PER\n")
        r.t({"en": "works", "de": "arbeitet", "fr": "travaille", "nl": "werkt", "es": "trabaja",
             "it": "lavora", "pt": "trabalha"}[lg] + "\tO\n")
        r.t({"en": "at", "de": "bei", "fr": "chez", "nl": "bij", "es": "en", "it": "per",
             "pt": "na"}[lg] + "\tO\n")
        for j, w in enumerate(o.split()):
            r.s("NEG_ORG", w).t("\t%s-ORG\n" % ("B" if j == 0 else "I"))
        r.t(".\tO\n\n").p(giv(lg)).t("\tB-PER\n")
        r.t({"en": "called", "de": "rief", "fr": "a", "nl": "belde", "es": "llamó", "it": "chiamò",
             "pt": "ligou"}[lg] + "\tO\n").p(sur(lg)).t("\tB-PER\n.\tO\n")
        r.done()
        return
    vals = {"P": ("PERSON", full(lg)), "A": ("STREET_ADDRESS", addr(lg)),
            "D": ("DATE_OF_BIRTH", dob(lg)), "O": ("NEG_ORG", firm(lg))}
    tpl = rng.choice(NER_SENT[lg])
    # the sentence first on its own, to know the offsets the training data carries
    probe = R(lg, "x").fill(tpl, vals)
    ents = [(sp["start_position"], sp["end_position"],
             {"PERSON": "PERSON", "STREET_ADDRESS": "ADDRESS", "DATE_OF_BIRTH": "DOB",
              "NEG_ORG": "ORG"}[sp["entity_type"]]) for sp in probe.spans]
    if k == 0:
        r.t("spaCy complains about misaligned entities in this example:\n\nTRAIN_DATA = [\n    (\"")
        r.fill(tpl, vals)
        r.t("\", {\"entities\": [" + ", ".join("(%d, %d, \"%s\")" % e for e in ents) + "]}),\n]\n")
    else:
        r.t("Label Studio export, task %d:\n{\"data\": {\"text\": \"" % rng.randint(100, 9999))
        r.fill(tpl, vals)
        r.t("\"}, \"annotations\": [{\"result\": [")
        for i, sp in enumerate(probe.spans):
            r.t("{\"value\": {\"start\": %d, \"end\": %d, \"text\": \"" % (
                sp["start_position"], sp["end_position"]))
            r.s(sp["entity_type"], sp["entity_value"])
            r.t("\", \"labels\": [\"%s\"]}}" % ents[i][2] + (", " if i < len(ents) - 1 else ""))
        r.t("]}]}\nwhy does the importer say the ADDRESS span overlaps?")
    r.done()


def zpl(lg):
    r = R(lg, "zpl")
    if rng.random() < 0.6:
        ad = addr(lg, sep="|").upper()
        st, town = ad.split("|")
        r.t("Labels print with the town cut off, here's the ZPL we send:\n\n^XA\n^CF0,28\n"
            "^FO40,30^FDFROM: ").s("NEG_ORG", firm(lg).upper()).t("^FS\n^FO40,80^FDSHIP TO:^FS\n"
                                                                 "^CF0,40\n^FO40,120^FD")
        r.p(full(lg).upper()).t("^FS\n^FO40,170^FD").s("STREET_ADDRESS", st)
        r.t("^FS\n^FO40,220^FD").s("STREET_ADDRESS", town).t("^FS\n^FO40,290^BCN,100,Y,N,N"
                                                           "^FD%d^FS\n^XZ\n" % rng.randint(
                                                               10 ** 11, 10 ** 12))
        r.t("printer is a ").s("NEG_PRODUCT", rng.choice(["Zebra ZD421", "Zebra GK420d"]))
    else:
        r.t("ESC/POS receipt comes out garbled after the member line:\n\n")
        r.t("\\x1b@\\x1ba\\x01").s("NEG_ORG", firm(lg)).t("\\n\\x1ba\\x00")
        r.t("Cashier: ").p(giv(lg)).t("\\nMember: ").p(sur(lg).upper() + " " + giv(lg)[0] + ".")
        r.t("\\nDeliver to: ").s("STREET_ADDRESS", addr(lg)).t("\\n1x Espresso 2.40\\n")
        r.t("\\x1dV\\x00\n\nencoding is CP858")
    r.done()


SSML_TXT = {
    "en": ("Hello, this is a message for {P}. For security, your date of birth on file is {D}. "
           "Your appointment with Doctor {Q} is on {X}."),
    "de": ("Guten Tag, diese Nachricht ist für {P}. Zur Sicherheit: Ihr hinterlegtes Geburtsdatum "
           "ist der {D}. Ihr Termin bei Frau Doktor {Q} ist am {X}."),
    "fr": ("Bonjour, ce message est pour {P}. Votre date de naissance enregistrée est le {D}. "
           "Votre rendez-vous avec le docteur {Q} est le {X}."),
    "nl": ("Goedendag, dit bericht is voor {P}. Uw geboortedatum in ons systeem is {D}. "
           "Uw afspraak bij dokter {Q} is op {X}."),
    "es": ("Hola, este mensaje es para {P}. Su fecha de nacimiento registrada es el {D}. "
           "Su cita con la doctora {Q} es el {X}."),
    "it": ("Buongiorno, questo messaggio è per {P}. La sua data di nascita registrata è il {D}. "
           "L'appuntamento con il dottor {Q} è il {X}."),
    "pt": ("Olá, esta mensagem é para {P}. A sua data de nascimento registada é {D}. "
           "A consulta com a doutora {Q} é a {X}."),
}
SSML_DEL = {"en": "Your parcel will be delivered to {A} by {P}.",
            "de": "Ihr Paket wird von {P} an {A} zugestellt.",
            "fr": "Votre colis sera livré au {A} par {P}.",
            "nl": "Uw pakket wordt door {P} bezorgd op {A}.",
            "es": "Su paquete será entregado en {A} por {P}.",
            "it": "Il pacco sarà consegnato in {A} da {P}.",
            "pt": "A sua encomenda será entregue na {A} por {P}."}


def ssml(lg):
    r = R(lg, "ssml")
    xl = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "nl": "nl-NL", "es": "es-ES", "it": "it-IT",
          "pt": "pt-PT"}[lg]
    r.t("Polly reads the date wrong in this SSML, how do I force day-month order?\n\n")
    r.t('<speak xml:lang="%s">\n  ' % xl)
    tpl = SSML_TXT[lg]
    y, m, d = ymd()
    vals = {"P": ("PERSON", full(lg)), "Q": ("PERSON", sur(lg)),
            "D": ("DATE_OF_BIRTH", "%02d-%02d-%04d" % (d, m, y)),
            "X": ("NEG_DATE", recent(lg, "iso"))}
    i = 0
    for key in ("P", "D", "Q", "X"):
        j = tpl.index("{" + key + "}")
        r.t(tpl[i:j])
        if key == "P":
            r.t("<emphasis>").s(*vals[key]).t("</emphasis>")
        elif key in ("D", "X"):
            r.t('<say-as interpret-as="date" format="%s">' % ("dmy" if key == "D" else "ymd"))
            r.s(*vals[key]).t("</say-as>")
        else:
            r.s(*vals[key])
        i = j + len(key) + 2
    r.t(tpl[i:] + '\n  <break time="400ms"/>\n')
    if rng.random() < 0.6:
        r.t("  ").fill(SSML_DEL[lg].replace("{A}", '<say-as interpret-as="address">{A}</say-as>'),
                       {"A": ("STREET_ADDRESS", addr(lg)), "P": ("PERSON", giv(lg))}).t("\n")
    r.t("</speak>")
    r.done()


SHEET_HDR = {"en": ["Name", "Date of birth", "Address", "Joined"],
             "de": ["Name", "Geburtsdatum", "Anschrift", "Eintritt"],
             "fr": ["Nom", "Né(e) le", "Adresse", "Adhésion"],
             "nl": ["Naam", "Geboortedatum", "Adres", "Lid sinds"],
             "es": ["Nombre", "Fecha nac.", "Dirección", "Alta"],
             "it": ["Nome", "Data di nascita", "Indirizzo", "Iscrizione"],
             "pt": ["Nome", "Data de nasc.", "Morada", "Inscrição"]}


def sheets(lg):
    r = R(lg, "sheets")
    k = rng.randrange(3)
    h = SHEET_HDR[lg]
    if k == 0:
        r.t('values.get returns rows shifted by one column:\n{\n  "range": "%s!A1:D4",\n'
            '  "majorDimension": "ROWS",\n  "values": [\n    ["%s", "%s", "%s", "%s"],\n' % (
                rng.choice(["Mitglieder", "Volunteers", "Socios", "Leden", "Iscritti", "Sheet1"]),
                *h))
        n = 2
        for i in range(n):
            r.t('    ["').p(full(lg)).t('", "').s("DATE_OF_BIRTH", dob(lg, "loc")).t('", "')
            if rng.random() < 0.2:
                r.t('", "')
            else:
                r.s(*addr_or_town(lg, 0.4)).t('", "')
            r.s("NEG_DATE", recent(lg, "loc")).t('"]' + ("," if i < n - 1 else "") + "\n")
        r.t("  ]\n}")
    elif k == 1:
        nm = full(lg)
        g, s = nm.split(" ", 1)
        r.t("Why does this return #N/A?\n\n=XLOOKUP(\"").p(s + ", " + g)
        r.t("\";'%s'!A:A;'%s'!C:C)\n\ncolumn A has \"" % (h[0], h[0])).p(nm)
        r.t("\" in A14 and C14 is ").s("DATE_OF_BIRTH", dob(lg, "loc"))
        r.t(". the tab is called '").s("NEG_ORG", rng.choice(
            ["Goethe-Gymnasium", "Lycée Victor Hugo", "Colegio Cervantes", "Liceo Galilei",
             "Erasmus College", "Escola Camões"])).t("'")
    else:
        r.t(">>> for row in ws.iter_rows(min_row=2, max_row=4, values_only=True): print(row)\n")
        for _ in range(3):
            y, m, d = ymd()
            r.t("('").p(sur(lg) + ", " + giv(lg)).t("', datetime.datetime(")
            r.s("DATE_OF_BIRTH", "%d, %d, %d" % (y, m, d)).t(", 0, 0), '")
            r.s("STREET_ADDRESS", addr(lg)).t("', %d)\n" % rng.randint(18, 95))
        r.t("the second column should be a date not a datetime")
    r.done()


def regex(lg):
    r = R(lg, "regex")
    k = rng.randrange(2)
    if k == 0:
        r.t("My pattern `^(?P<last>[A-ZÀ-Ý' -]+), (?P<first>\\w+); (?P<dob>[\\d.]+)` misses some "
            "lines of this export:\n\n```\n")
        for _ in range(rng.randint(2, 3)):
            g, s = giv(lg), sur(lg)
            y, m, d = ymd()
            r.p(s.upper() + ", " + g).t("; ").s("DATE_OF_BIRTH", "%02d.%02d.%04d" % (d, m, y))
            if rng.random() < 0.5:
                r.t("; ").s("STREET_ADDRESS", addr(lg))
            else:
                r.t("; member since ").s("NEG_DATE", recent(lg, "iso"))
            r.t("\n")
        r.t("```\nthe one with the particle fails I think")
    else:
        nm = full(lg)
        r.t("regex101 says:\n\nMatch 1\t0-%d\t" % len(nm)).p(nm).t("\nGroup first\t0-%d\t" % len(
            nm.split(" ")[0])).p(nm.split(" ")[0]).t("\nGroup last\t%d-%d\t" % (
                len(nm.split(" ")[0]) + 1, len(nm))).p(nm.split(" ", 1)[1])
        r.t("\n\ntest string: \"").p(nm).t(" *").s("DATE_OF_BIRTH", dob(lg, "loc"))
        r.t(" (").s("NEG_PLACE", rng.choice(TOWNS[lg])[0]).t(")\"\n")
        r.t("but on \"").s("NEG_TERM", rng.choice(["Levenshtein distance", "Gaussian blur",
                                                   "Boolean algebra", "Fibonacci sequence",
                                                   "Bézier curve"]))
        r.t(" (2 words)\" it matches too, I only want people")
    r.done()


# ---- B. prompts that ask for a draft about named people -----------------------------------------
DRAFT = {
    "eulogy": {
        "en": ["Can you help me write a short eulogy for my grandmother {P1}? {G1} was born on "
            "{D1} "
               "in a village near York and died on {X} after a short illness. She married {P2} in "
               "1961 and they ran {O} together for thirty years. She leaves my mum {G2} and my "
               "uncle "
               "{P3}. She loved {F} and her garden off {PL}. Keep it warm, under 400 words.",
               "eulogy for my dad, {P1} (b. {D1}, d. {X}). grew up on {PL}, worked at {O}, "
               "best friend was {P2} who will speak after me. mention his sister {G2} please. "
               "he always quoted {F}."],
        "de": ["Hilf mir bitte bei einer Trauerrede für meinen Opa {P1}, geboren am {D1}, "
            "gestorben "
               "am {X}. Er war 40 Jahre bei {O}, hat mit Oma {G2} an der {PL} gewohnt und liebte "
               "{F}. Sein Bruder {P2} und Pfarrer {S3} sprechen auch."],
        "fr": ["Aide-moi à écrire un éloge funèbre pour ma tante {P1}, née le {D1} et décédée le "
               "{X}. Elle a travaillé chez {O}, adorait {F} et laisse son mari {P2} et sa fille "
               "{G2}. La cérémonie est célébrée par le père {S3}."],
        "nl": ["Kun je me helpen met een afscheidswoord voor mijn moeder {P1}? Ze is geboren op "
               "{D1} en overleed op {X}. Ze werkte bij {O}, was dol op {F} en laat mijn vader {P2} "
               "en mijn zus {G2} achter."],
        "es": ["Ayúdame a escribir unas palabras para el funeral de mi abuelo {P1}, nacido el "
            "{D1} y "
               "fallecido el {X}. Trabajó en {O}, admiraba a {F} y deja a su mujer {P2} y a sus "
               "nietos {G2} y {G3}."],
        "it": ["Mi aiuti a scrivere un elogio funebre per mia nonna {P1}, nata il {D1} e morta il "
               "{X}? Ha lavorato da {O}, amava {F} e lascia il marito {P2} e la figlia {G2}."],
        "pt": ["Preciso de um discurso de despedida para o meu avô {P1}, nascido a {D1} e "
            "falecido a "
               "{X}. Trabalhou na {O}, adorava {F} e deixa a minha avó {P2} e os netos {G2} e "
               "{G3}."],
    },
    "toast": {
        "en": ["Write a best man speech: groom is my brother {P1}, bride is {P2}. They met at {O} "
               "in 2019, her dad {P3} hates puns. Keep {F} jokes out.",
               "retirement toast for {P1}, 31 years in accounts at {O}. her boss {P2} will hand "
               "over "
               "the gift, and {G2} from payroll wants a mention. she turns {AGE} next week "
               "(born {D1})."],
        "de": ["Schreib mir eine Rede zum 70. von meiner Mutter {P1} (geboren {D1}). Mein Bruder "
               "{P2} und ich moderieren, ihre beste Freundin {G2} kommt aus {T}. Sie hat 35 Jahre "
               "bei {O} gearbeitet."],
        "fr": ["Écris un discours de mariage pour mon meilleur ami {P1} et {P2}. Les témoins sont "
               "{G2} et {P3}. Ils se sont rencontrés chez {O}."],
        "nl": ["Schrijf een toost voor het pensioen van {P1}, {AGE} jaar oud en 40 jaar bij {O}. "
               "Haar collega {P2} leest hem voor."],
        "es": ["Escríbeme un brindis para la boda de mi hermana {P1} con {P2}. El padrino es {P3} "
               "y la madrina {G2}. Se conocieron trabajando en {O}."],
        "it": ["Scrivimi un brindisi per i 60 anni di mio padre {P1}, nato il {D1}. Ci saranno mia "
               "madre {G2} e lo zio {P2}. Ha lavorato 30 anni da {O}."],
        "pt": ["Escreve um discurso para o casamento do meu irmão {P1} com a {P2}. Os padrinhos "
            "são "
               "{P3} e {G2}. Conheceram-se na {O}."],
    },
    "courtref": {
        "en": ["Please draft a character reference for the sentencing hearing of {P1} (date of "
               "birth {D1}) of {A1}. I am {W}, his neighbour for twelve years. The hearing at "
               "{O} is on {X}. His solicitor is {P2}.",
               "I need a letter supporting my friend {P1}'s visa application. Her DOB is {D1}, "
               "she lives at {A1}, I've known her since we worked at {O}. Sign it from me, {W}."],
        "de": ["Formuliere bitte ein Leumundsschreiben für {P1}, geb. {D1}, wohnhaft {A1}. "
               "Ich, {W}, kenne ihn seit 15 Jahren aus dem Verein. Die Verhandlung ist am {X}, "
               "Verteidigerin ist Rechtsanwältin {S2}."],
        "fr": ["Rédige une attestation de moralité pour {P1}, né le {D1}, demeurant {A1}. Je "
               "m'appelle {W} et je le connais depuis le lycée. L'audience a lieu le {X}, son "
               "avocate est Maître {S2}."],
        "nl": ["Schrijf een karakterverklaring voor {P1}, geboren {D1}, wonende {A1}. Ik ben {W}, "
               "zijn voormalige werkgever bij {O}. De zitting is op {X}."],
        "es": ["Redacta una carta de apoyo para {P1}, con fecha de nacimiento {D1} y domicilio en "
               "{A1}. Soy {W}, su vecina desde hace diez años. El juicio es el {X}."],
        "it": ["Scrivi una lettera di referenze per {P1}, nato il {D1}, residente in {A1}. Sono "
            "{W}, "
               "il suo datore di lavoro. L'udienza è fissata per il {X}, l'avvocato è {P2}."],
        "pt": ["Redige uma carta abonatória para {P1}, nascido a {D1}, residente na {A1}. Sou {W}, "
               "colega dele na {O}. A audiência é a {X}."],
    },
    "tenancy": {
        "en": ["Draft a firm letter to my landlord {P1} about the deposit for {A1}. We moved out "
            "on "
               "{X}, the agent {O} says {G1} still hasn't signed the release. My flatmate {P2} "
               "is on the tenancy too.",
               "help me answer this from the letting agent: 'Dear {G2}, the inspection of {A1} "
               "found damage in the kitchen. Regards, {P1}, {O}'. I have photos from check-in."],
        "de": ["Schreib ein Schreiben an meinen Vermieter {P1} wegen der Nebenkostenabrechnung für "
               "die Wohnung {A1}. Die Hausverwaltung {O} reagiert nicht, meine Mitbewohnerin "
               "{P2} unterschreibt mit."],
        "fr": ["Rédige une lettre recommandée à mon propriétaire, M. {S1}, pour le dépôt de "
               "garantie du logement {A1}. L'état des lieux de sortie a eu lieu le {X} avec "
               "l'agence {O}. Ma colocataire {P2} signe aussi."],
        "nl": ["Schrijf een brief aan mijn verhuurder {P1} over de borg voor {A1}. We zijn op {X} "
               "vertrokken, {O} reageert niet. Mijn huisgenoot {P2} tekent mee."],
        "es": ["Redacta un burofax a mi casero, {P1}, por la fianza del piso de {A1}. Entregamos "
               "las llaves el {X} a {O}. Mi compañera de piso {P2} también firma."],
        "it": ["Scrivi una diffida al mio padrone di casa {P1} per la caparra dell'appartamento in "
               "{A1}. Abbiamo lasciato le chiavi il {X} all'agenzia {O}. Firma anche {P2}."],
        "pt": ["Escreve uma carta ao meu senhorio, o Sr. {S1}, sobre a caução da casa na {A1}. "
               "Entregámos as chaves a {X} à {O}. A {P2} também assina."],
    },
    "complaint": {
        "en": ["Write a complaint to the council: the bins outside {A1} haven't been collected "
               "since {X}. I spoke to {P1} on the phone and then to her manager {P2}. Sign it "
               "{W}.",
               "complaint to {O}: the driver, a man called {G1}, left my parcel in the rain. my "
               "neighbour {P2} saw it. order placed {X}. from {W}"],
        "de": ["Formuliere eine Beschwerde an {O}: der Monteur {P1} kam am {X} nicht, obwohl "
               "Frau {S2} den Termin bestätigt hatte. Adresse: {A1}. Unterschrift {W}."],
        "fr": ["Écris une réclamation à {O} : le technicien {P1} n'est pas venu le {X} alors que "
               "Mme {S2} avait confirmé. Adresse : {A1}. Signé {W}."],
        "nl": ["Schrijf een klacht aan {O}: monteur {P1} kwam op {X} niet opdagen, terwijl "
               "mevrouw {S2} de afspraak had bevestigd. Adres: {A1}. Namens {W}."],
        "es": ["Escribe una reclamación a {O}: el técnico {P1} no vino el {X} aunque la señora "
               "{S2} lo había confirmado. Dirección: {A1}. Firma: {W}."],
        "it": ["Scrivi un reclamo a {O}: il tecnico {P1} non si è presentato il {X} anche se la "
               "signora {S2} aveva confermato. Indirizzo: {A1}. Firmato {W}."],
        "pt": ["Escreve uma reclamação à {O}: o técnico {P1} não apareceu a {X}, apesar de a "
               "D. {S2} ter confirmado. Morada: {A1}. Assinado: {W}."],
    },
    "schoolnote": {
        "en": ["Write a short note to Mrs {S2} excusing my son {P1} (class 4B, born {D1}) from "
               "swimming on {X}. He has an ear infection. Signed {W}, {A1}.",
               "permission slip reply for the trip to {T}: yes for {G1}, date of birth {D1}, "
               "allergic to nuts, emergency contact {P2}. thanks, {W}"],
        "de": ["Schreib eine Entschuldigung für meine Tochter {P1} (Klasse 3a, geb. {D1}) an "
               "Frau {S2}: sie fehlte am {X} wegen Fieber. Gruß {W}."],
        "fr": ["Écris un mot pour Mme {S2} : mon fils {P1}, né le {D1}, en CM1, était absent le "
               "{X} pour un rendez-vous médical. {W}"],
        "nl": ["Schrijf een briefje voor juf {G2}: onze dochter {P1} (groep 5, geboren {D1}) was "
               "op {X} ziek. Groet, {W}."],
        "es": ["Escribe una justificación para la profesora {P2}: mi hija {P1} (4.º B, nacida el "
               "{D1}) faltó el {X} por fiebre. {W}"],
        "it": ["Scrivi una giustificazione per la maestra {P2}: mio figlio {P1} (classe 3C, nato "
               "il {D1}) era assente il {X}. {W}"],
        "pt": ["Escreve uma justificação de falta para a professora {P2}: a minha filha {P1} "
               "(4.º ano, nascida a {D1}) faltou a {X} por febre. {W}"],
    },
}


def lowered(tpl, v):
    """The template and its PERSON values typed in lower case (placeholders kept)."""
    tpl = "".join(x if x.startswith("{") else x.lower() for x in re.split(r"(\{[A-Z0-9]+\})", tpl))
    return tpl, {k: (lab, val.lower() if lab == "PERSON" else val) for k, (lab, val) in v.items()}


def draft(cls, lg):
    r = R(lg, cls)
    tpl = rng.choice(DRAFT[cls][lg])
    n1 = (giv(lg), sur(lg))
    v = {"P1": ("PERSON", n1[0] + " " + n1[1]), "G1": ("PERSON", n1[0]), "S1": ("PERSON", n1[1]),
         "P2": ("PERSON", full(lg)), "P3": ("PERSON", full(lg)), "G2": ("PERSON", giv(lg)),
         "G3": ("PERSON", giv(lg)), "S2": ("PERSON", sur(lg)), "S3": ("PERSON", sur(lg)),
         "W": ("PERSON", full(lg)), "D1": ("DATE_OF_BIRTH", dob(lg, lo=1930 if cls in (
             "eulogy", "toast") else 1950, hi=2019 if cls == "schoolnote" else 2000)),
         "X": ("NEG_DATE", recent(lg)), "A1": ("STREET_ADDRESS", addr(lg)),
         "O": ("NEG_ORG", firm(lg)), "F": ("NEG_FAMOUS", rng.choice(FAMOUS)),
         "PL": ("NEG_PLACE", pstreet(lg)), "AGE": ("NEG_COUNT", str(rng.randint(58, 67))),
         "T": ("NEG_PLACE", rng.choice(TOWNS[lg])[0])}
    if cls == "schoolnote":
        v["D1"] = ("DATE_OF_BIRTH", dob(lg, lo=2011, hi=2020))
    if lg == "en" and cls in ("toast", "complaint", "tenancy") and rng.random() < 0.35:
        tpl, v = lowered(tpl, v)
    r.fill(tpl, v)
    r.done()


# ---- C. language-learner texts and mixed bilingual messages ------------------------------------
LEARN = {
    "de": ("Can you correct my German? I am A2.\n\n\"Hallo! Ich heiße {P1} und ich bin am {D1} in "
           "{T} geboren. Jetzt ich wohne in der {A1}. Meine Schwester heißt {G2}, sie hat 19 "
           "Jahre. Meine Lehrerin ist Frau {S2}, sie ist sehr nett. Am Wochenende ich besuche "
           "meinen Freund {P2}.\""),
    "fr": ("Corrige mon français s'il te plaît :\n\n« Je m'appelle {P1}, je suis né le {D1} à "
           "{T}. J'habite au {A1} depuis deux ans. Mon meilleur ami s'appelle {G2} et sa mère, "
           "madame {S2}, elle est professeur. Le samedi je joue au foot avec {P2}. »"),
    "es": ("Please fix my Spanish, it's for my class with profesora {S3}:\n\n\"Me llamo {P1} y "
           "nací el {D1} en {T}. Vivo en {A1}. Mi hermano se llama {G2} y tiene 15 años. Mi mejor "
           "amiga es {P2}, ella es muy simpático.\""),
    "it": ("Correggi il mio italiano per favore:\n\n\"Mi chiamo {P1}, sono nata il {D1} a {T}. "
           "Abito in {A1}. Mio fratello si chiama {G2}. La mia insegnante è la professoressa "
           "{S2}. Ho conosciuto {P2} al corso.\""),
    "nl": ("Kun je mijn Nederlands verbeteren?\n\n\"Ik heet {P1} en ik ben geboren op {D1} in "
           "{T}. Ik woon op {A1}. Mijn buurvrouw heet {P2}, zij heeft een hond. Mijn docent is "
           "meneer {S2}.\""),
    "pt": ("Can you correct my Portuguese?\n\n\"Chamo-me {P1} e nasci a {D1} em {T}. Moro na "
           "{A1}. A minha irmã chama-se {G2}. O meu professor é o senhor {S2}. Ontem eu fui com "
           "{P2} ao cinema.\""),
    "pl": ("Please correct my Polish homework:\n\n\"Nazywam się {P1}. Urodziłam się {D1} w {T}. "
           "Mieszkam przy {A1}. Mój brat ma na imię {G2}. Moja nauczycielka to pani {S2}. W "
           "sobotę idę do kina z {P2}.\""),
    "sv": ("Rätta min svenska, tack:\n\n\"Jag heter {P1} och jag är född {D1} i {T}. Jag bor på "
           "{A1}. Min bror heter {G2}. Min lärare heter {P2}, hon är snäll.\""),
    "tr": ("Can you check my Turkish?\n\n\"Benim adım {P1}. {D1} tarihinde {T} doğdum. {A1} "
           "adresinde oturuyorum. Kardeşimin adı {G2}. Öğretmenim {P2} hanım çok iyi.\""),
    "ro": ("Poți să-mi corectezi textul?\n\n\"Mă numesc {P1} și m-am născut pe {D1} în {T}. "
        "Locuiesc "
           "în {A1}. Fratele meu se numește {G2}. Profesoara mea este doamna {S2}.\""),
}
MIX = [
    ("es", "oye, did you call la señora {S2}? she lives en {A1}, the one born {D1}. su hijo {G2} "
           "said she's not answering. tell {P1} to bring the forms mañana"),
    ("de", "Kannst du mal checken, ob {P1} das Meeting gecancelt hat? Sie ist bis {X} im Urlaub. "
           "Das Paket soll an {A1}, attention {P2}. Danke, {W}"),
    ("fr", "Hey, j'ai forward le mail de {P1} à {G2}, c'est pour le onboarding. Sa date of birth "
           "c'est le {D1}, l'adresse {A1}. Cheers, {W}"),
    ("nl", "Hoi, heb je {P1} al gebeld about the keys? Ze woont op {A1}. Haar partner {G2} is "
           "thuis na vijf. Thanks! {W}"),
    ("it", "Ciao, the courier can't find {A1}. La signora {S2} dice di chiamare suo figlio {G2}. "
           "Order for {P1}, placed {X}."),
    ("pt", "Olá! Could you send the contrato to {P1}? A morada é {A1}. Data de nascimento "
           "{D1}. Abraço, {W}"),
]
PARALLEL = {
    "de": ("Dear {P1},\nwe confirm your registration for the course starting on {X}.\nKind regards,"
           "\n{W}", "Sehr geehrte/r {P1},\nwir bestätigen Ihre Anmeldung zum Kurs ab dem {X}.\n"
           "Mit freundlichen Grüßen\n{W}"),
    "fr": ("Dear {P1},\nyour membership card is ready.\nBest,\n{W}", "Cher/Chère {P1},\nvotre "
           "carte d'adhérent est prête.\nCordialement,\n{W}"),
    "es": ("Dear {P1},\nyour appointment is on {X}.\n{W}", "Estimado/a {P1}:\nsu cita es el {X}."
           "\n{W}"),
    "it": ("Dear {P1},\nthank you for your application.\n{W}", "Gentile {P1},\ngrazie per la sua "
           "candidatura.\n{W}"),
    "nl": ("Dear {P1},\nyour parking permit for {A1} has been approved.\n{W}", "Beste {P1},\n"
           "uw parkeervergunning voor {A1} is goedgekeurd.\n{W}"),
    "pt": ("Dear {P1},\nyour delivery to {A1} is scheduled.\n{W}", "Caro/a {P1},\na entrega na "
           "{A1} está agendada.\n{W}"),
}


def std_vals(lg, dlo=1940, dhi=2006):
    n1 = (giv(lg), sur(lg))
    return {"P1": ("PERSON", n1[0] + " " + n1[1]), "G1": ("PERSON", n1[0]),
            "S1": ("PERSON", n1[1]), "P2": ("PERSON", full(lg)), "P3": ("PERSON", full(lg)),
            "G2": ("PERSON", giv(lg)), "S2": ("PERSON", sur(lg)), "S3": ("PERSON", sur(lg)),
            "W": ("PERSON", full(lg)), "D1": ("DATE_OF_BIRTH", dob(lg, lo=dlo, hi=dhi)),
            "X": ("NEG_DATE", recent(lg)), "A1": ("STREET_ADDRESS", addr(lg)),
            "O": ("NEG_ORG", firm(lg)), "T": ("NEG_PLACE", rng.choice(TOWNS[lg])[0]),
            "PL": ("NEG_PLACE", pstreet(lg))}


def learner(lg):
    lg = rng.choice(list(LEARN)) if lg == "any" else lg
    r = R(lg, "learner")
    r.fill(LEARN[lg], std_vals(lg, 1975, 2009))
    r.done()


def codeswitch(lg):
    if rng.random() < 0.6:
        lg, tpl = rng.choice(MIX)
        r = R(lg, "codeswitch")
        v = std_vals(lg)
        if rng.random() < 0.35:
            tpl, v = lowered(tpl, v)
        r.fill(tpl, v)
    else:
        lg = rng.choice(list(PARALLEL))
        a, b = PARALLEL[lg]
        r = R(lg, "parallel")
        v = std_vals(lg)
        r.t(rng.choice(["Check that the two versions say the same:\n\nEN\n",
                        "Is the translation right?\n\n--- English ---\n"])).fill(a, v)
        r.t("\n\n--- %s ---\n" % lg.upper()).fill(b, v)
    r.done()


# ---- D. public notices ------------------------------------------------------------------------
COURT = {
    "en": ("{T} MAGISTRATES' COURT - COURTROOM %d - list for {X}\nBench: {P1} (Chair), {P2}, "
           "{P3}\nLegal adviser: {W}\n\n", "%d. {SG}  Age {AGE}  DOB {D}\n   {A}\n   Offence: "
           "drive whilst disqualified  Prosecutor: {O}  URN {REF}\n"),
    "de": ("Amtsgericht {T} - Sitzungssaal %d - Terminrolle {X}\nVorsitz: Richterin am "
           "Amtsgericht {P1}\nProtokoll: {W}\n\n", "%d. Strafsache gegen {N}, geb. {D}, wohnhaft "
           "{A}, Az. {REF}, Verteidiger: RA {S}\n"),
    "fr": ("Tribunal judiciaire de {T} - salle %d - audience du {X}\nPrésidente : {P1}\n"
           "Greffier : {W}\n\n", "%d) Ministère public c/ {SG}, né(e) le {D}, demeurant {A}. "
           "RG {REF}. Avocat : Me {S}.\n"),
    "nl": ("Rechtbank {T} - zaal %d - politierol {X}\nRechter: mr. {P1}\nGriffier: {W}\n\n",
           "%d. {N}, geboren {D}, wonende {A}, parketnummer {REF}, advocaat mr. {S}\n"),
    "es": ("Juzgado de lo Penal de {T} - sala %d - señalamientos del {X}\nMagistrada: {P1}\n"
           "LAJ: {W}\n\n", "%d. Juicio {REF} contra {N}, nacido el {D}, domicilio en {A}. "
           "Letrado: {S}.\n"),
    "it": ("Tribunale di {T} - aula %d - ruolo d'udienza del {X}\nGiudice: dott.ssa {P1}\n"
           "Cancelliere: {W}\n\n", "%d. Proc. {REF} a carico di {N}, nato il {D}, residente in "
           "{A}. Difensore: avv. {S}.\n"),
    "pt": ("Tribunal Judicial de {T} - sala %d - audiências de {X}\nJuiz: {P1}\nOficial de "
           "justiça: {W}\n\n", "%d. Processo {REF} - arguido {N}, nascido a {D}, residente na {A}. "
           "Defensor: Dr. {S}.\n"),
}


def courtlist(lg):
    r = R(lg, "courtlist")
    head, item = COURT[lg]
    v = std_vals(lg)
    v["O"] = ("NEG_ORG", rng.choice(["CPS", "Crown Prosecution Service", "DVLA"]))
    r.t(rng.choice(["Summarise today's list for the duty solicitor:\n\n",
                    "Turn this court list into a table please\n\n", ""]))
    r.fill(head % rng.randint(1, 14), v)
    for i in range(rng.randint(1, 2)):
        g, s = giv(lg), sur(lg)
        iv = dict(v)
        y, m, d = ymd(1950, 2006)
        iv.update({"SG": ("PERSON", s.upper() + ", " + g), "N": ("PERSON", g + " " + s),
                   "D": ("DATE_OF_BIRTH", dnum(lg, y, m, d, "loc")),
                   "A": addr_or_town(lg), "S": ("PERSON", sur(lg)),
                   "AGE": ("NEG_COUNT", str(2025 - y)),
                   "REF": ("NEG_CODE", "%d/%d" % (rng.randint(100, 9999), rng.randint(24, 26)) if
                           lg != "en" else "13YX%07d25" % rng.randint(0, 10 ** 7))})
        r.fill(item % (i + 1), iv)
    r.done()


PLAN = {
    "en": "Application {REF} - {A} - Applicant: {N} - Agent: {O} - Single-storey rear extension, "
          "visible from {PL}. Case officer: {Q}. Comments by {X}.\n",
    "de": "Bauantrag Az. {REF}, Grundstück {A}, Bauherr/in: {N}, Entwurfsverfasser: {O}. Vorhaben: "
          "Carport an der Grenze zur {PL}. Einwendungen bis {X} bei {Q}, Bauordnungsamt.\n",
    "fr": "Permis de construire n° {REF} - terrain : {A} - demandeur : {N} - architecte : {O} - "
          "extension côté {PL}. Instructrice : {Q}. Affiché le {X}.\n",
    "nl": "Omgevingsvergunning {REF}: {A}, aanvrager {N}, plaatsen dakkapel aan de kant van de "
          "{PL}. Behandelaar {Q}. Ontvangen {X}.\n",
    "es": "Licencia de obra {REF}: emplazamiento {A}, promotor {N}, proyecto de {O}, frente a "
          "{PL}. Técnica: {Q}. Alegaciones hasta el {X}.\n",
    "it": "Permesso di costruire prot. {REF}: immobile in {A}, richiedente {N}, tecnico {O}, lato "
          "{PL}. Responsabile: {Q}. Osservazioni entro il {X}.\n",
    "pt": "Licenciamento n.º {REF}: prédio na {A}, requerente {N}, projeto de {O}, junto à {PL}. "
          "Técnica: {Q}. Reclamações até {X}.\n",
}
PLAN_HEAD = {"en": "Planning notices this week", "de": "Öffentliche Bekanntmachungen",
             "fr": "Avis d'urbanisme", "nl": "Bekendmakingen", "es": "Anuncios de urbanismo",
             "it": "Avvisi edilizi", "pt": "Editais de urbanismo"}


def planning(lg):
    r = R(lg, "planning")
    r.t(rng.choice(["Can you tell me which of these affect my street?\n\n", "Summarise:\n\n",
                    ""]) + PLAN_HEAD[lg] + "\n\n")
    for _ in range(rng.randint(1, 2)):
        v = std_vals(lg)
        v.update({"REF": ("NEG_CODE", "%d/%05d/%s" % (rng.randint(24, 26), rng.randint(1, 99999),
                                                      rng.choice(["FUL", "HH", "B", "PC"]))),
                  "A": ("STREET_ADDRESS", addr(lg, unit=False)), "N": ("PERSON", full(lg)),
                  "Q": ("PERSON", full(lg)), "O": ("NEG_ORG", firm(lg))})
        r.fill(PLAN[lg], v)
    r.done()


ESTATE = {
    "en": "{SG}, late of {A}, retired {JOB}. Born {D}. Died {X}. Claims to {O} (ref {REF}); "
          "executors {E1} and {E2}.\n",
    "de": "Nachlasssache {N}, geboren am {D}, zuletzt wohnhaft {A}, verstorben am {X}. "
          "Nachlasspfleger: Rechtsanwalt {E1}. Az. {REF}.\n",
    "fr": "Succession de {N}, né(e) le {D}, demeurant {A}, décédé(e) le {X}. Notaire : Me {E1}. "
          "Réf. {REF}.\n",
    "nl": "Nalatenschap van {N}, geboren {D}, laatst wonende {A}, overleden {X}. Notaris mr. {E1}. "
          "Dossier {REF}.\n",
    "es": "Herencia de {N}, nacido/a el {D}, último domicilio {A}, fallecido/a el {X}. Notario: "
          "{E1}. Protocolo {REF}.\n",
    "it": "Eredità di {N}, nato/a il {D}, ultimo domicilio {A}, deceduto/a il {X}. Curatore: avv. "
          "{E1}. R.G. {REF}.\n",
    "pt": "Habilitação de herdeiros de {N}, nascido/a a {D}, última residência na {A}, falecido/a "
          "a {X}. Cabeça de casal: {E1}. Proc. {REF}.\n",
}


def probate(lg):
    r = R(lg, "probate")
    r.t(rng.choice(["Extract the names and dates from these estate notices into JSON:\n\n",
                    "Which of these notices mention my late uncle?\n\n", ""]))
    for _ in range(rng.randint(1, 2)):
        g, s = giv(lg), sur(lg)
        tpl = ESTATE[lg]
        if rng.random() < 0.4:
            tpl = tpl.replace(", geboren am {D}", "").replace(", né(e) le {D}", "").replace(
                ", geboren {D}", "").replace(", nacido/a el {D}", "").replace(
                ", nato/a il {D}", "").replace(", nascido/a a {D}", "")
            tpl = tpl.replace(" Born {D}.", "")
        v = {"SG": ("PERSON", s.upper() + ", " + g), "N": ("PERSON", g + " " + s),
             "A": addr_or_town(lg), "D": ("DATE_OF_BIRTH", dob(lg, lo=1925, hi=1970)),
             "X": ("NEG_DATE", recent(lg)), "O": ("NEG_ORG", firm(lg)),
             "REF": ("NEG_CODE", "%s/%d" % (rng.choice(["EST", "NL", "HAB"]),
                                            rng.randint(1000, 99999))),
             "E1": ("PERSON", full(lg)), "E2": ("PERSON", full(lg)),
             "JOB": (None, rng.choice(["nurse", "bus driver", "teacher", "engineer"]))}
        r.fill(tpl, v)
    r.done()


SCHOOLS = {"en": ["Lincoln Elementary", "Roosevelt Middle School", "Jefferson High School"],
           "de": ["Goethe-Grundschule", "Anne-Frank-Realschule", "Humboldt-Gymnasium"],
           "fr": ["Jean Moulin", "Jules Ferry", "Marie Curie"],
           "nl": ["Erasmus Basisschool", "Openbare Basisschool De Regenboog",
                  "Willem de Zwijger College"],
           "es": ["CEIP Miguel Hernández", "IES Ramón y Cajal", "Colegio Cervantes"],
           "it": ["Istituto Comprensivo Montessori", "Liceo Galileo Galilei", "Istituto Leonardo"],
           "pt": ["Escola Básica Sophia de Mello Breyner", "Escola Secundária Camões",
                  "Escola Básica Egas Moniz"]}
AGENDA = {
    "en": ("BOARD OF EDUCATION - REGULAR MEETING - {X}\nPresent: {P1} (President), {P2}, {P3}\n\n"
           "7. Consent agenda\n", "7.%d Approve the appointment of {N}, Grade 3 teacher, {SCH}, "
           "effective {Y}.\n", "Motion: {S1}; second: {S2}. Carried 5-0.\n"),
    "de": ("Gemeinderat {T} - Sitzung vom {X}\nVorsitz: Bürgermeisterin {P1}\nSchriftführer: "
           "{P2}\n\n", "TOP %d: Bestellung von {N} zur Leitung der {SCH} ab {Y}\n",
           "Beschluss einstimmig. Protokoll: {S2}\n"),
    "fr": ("Conseil municipal de {T} - séance du {X}\nPrésident : {P1}\nSecrétaire : {P2}\n\n",
           "Délibération n° %d : nomination de {N} à la direction de l'école {SCH} au {Y}\n",
           "Adopté à l'unanimité. Rapporteur : {S2}\n"),
    "nl": ("Gemeenteraad {T} - vergadering {X}\nVoorzitter: {P1}\nGriffier: {P2}\n\n",
           "Agendapunt %d: benoeming van {N} tot directeur van {SCH} per {Y}\n",
           "Aangenomen. Notulist: {S2}\n"),
    "es": ("Pleno del Ayuntamiento de {T} - sesión del {X}\nAlcaldesa: {P1}\nSecretario: {P2}\n\n",
           "Punto %d: nombramiento de {N} como director/a del {SCH} desde el {Y}\n",
           "Aprobado por unanimidad. Ponente: {S2}\n"),
    "it": ("Consiglio comunale di {T} - seduta del {X}\nPresidente: {P1}\nSegretario: {P2}\n\n",
           "Punto %d: nomina di {N} a dirigente dell'{SCH} dal {Y}\n",
           "Approvato all'unanimità. Relatore: {S2}\n"),
    "pt": ("Assembleia Municipal de {T} - sessão de {X}\nPresidente: {P1}\nSecretário: {P2}\n\n",
           "Ponto %d: nomeação de {N} para diretor/a da {SCH} a partir de {Y}\n",
           "Aprovado por unanimidade. Relator: {S2}\n"),
}


def schoolboard(lg):
    r = R(lg, "schoolboard")
    head, item, tail = AGENDA[lg]
    v = std_vals(lg)
    r.t(rng.choice(["Draft the minutes from this agenda:\n\n", ""]))
    r.fill(head, v)
    for i in range(rng.randint(2, 4)):
        v2 = dict(v)
        v2.update({"N": ("PERSON", full(lg)), "SCH": ("NEG_ORG", rng.choice(SCHOOLS[lg])),
                   "Y": ("NEG_DATE", recent(lg))})
        r.fill(item % (i + 1), v2)
    if lg == "en" and rng.random() < 0.6:
        r.t("7.9 Recognise ").p(full(lg)).t(" and ").p(full(lg)).t(", state science fair "
                                                                  "finalists.\n")
    r.fill(tail, v)
    r.done()


# ---- E. messages in pl, sv, tr, ro and pt -------------------------------------------------------
OTHER = {
    "pl": ["Dzień dobry, piszę w imieniu mamy. Moja mama, {P1}, ur. {D1}, mieszka przy {A1}. "
           "Klucze ma sąsiadka, pani {S2}. Wizyta kontrolna {X}. Pozdrawiam, {W}",
           "Szanowni Państwo, proszę o zmianę adresu korespondencyjnego klienta {P1} (data "
           "urodzenia: {D1}) na {A1}. Umowę podpisał {P2}. {W}",
           "Cześć {G2}! Przetłumacz mi to na angielski: zgłaszam szkodę, poszkodowana {P1}, "
           "ur. {D1}, adres {A1}, świadek {P2}. Dzięki, {W}"],
    "sv": ["Hej! Jag skriver för min pappa {P1}, född {D1}, som bor på {A1}. Hans granne {P2} "
           "har en extranyckel. Hemtjänsten kommer {X}. Mvh {W}",
           "Hej, flytta leveransen för {P1} (personnummer borttaget, född {D1}) till {A1}. "
           "Kontaktperson: {P2}. Tack, {W}",
           "Kan du översätta till engelska? Vår dotter {P1}, född {D1}, börjar på förskolan. "
           "Adress {A1}. Hämtas av mormor {P2}. /{W}"],
    "tr": ["Merhaba, annem {P1} adına yazıyorum, doğum tarihi {D1}. Adres: {A1}. Komşumuz {P2} "
           "anahtarı alacak. Randevu {X}. Saygılarımla, {W}",
           "Sayın yetkili, müşteri {P1} (doğum tarihi {D1}) adresini {A1} olarak güncelledi. "
           "Danışman: {P2}. {W}",
           "Bunu Almancaya çevirir misin: kızım {P1}, doğum tarihi {D1}, {A1} adresinde "
           "oturuyor, öğretmeni {P2}. Teşekkürler, {W}"],
    "ro": ["Bună ziua, vă scriu în numele tatălui meu, {P1}, născut la {D1}, domiciliat în {A1}. "
           "Vecina noastră, doamna {S2}, are cheia. Programarea este pe {X}. Cu stimă, {W}",
           "Vă rog să actualizați adresa clientei {P1} (data nașterii {D1}): {A1}. Agent: {P2}. "
           "{W}",
           "Tradu în engleză, te rog: subsemnatul {P1}, născut la {D1}, domiciliat în {A1}, "
           "declar că {P2} este chiriașul meu. {W}"],
    "pt": ["Bom dia, escrevo em nome da minha mãe, {P1}, nascida a {D1}, residente na {A1}. A "
           "vizinha, D. {S2}, tem a chave. A consulta é a {X}. Cumprimentos, {W}",
           "Olá, preciso de alterar a morada do cliente {P1} (data de nascimento {D1}) para {A1}. "
           "Gestor de conta: {P2}. {W}",
           "Traduz para inglês: declaro que {P1}, nascida a {D1}, reside na {A1} e que o "
           "senhorio é o Sr. {S2}. {W}"],
}
OTHER_NEG = {
    "pl": "Spotkanie przy {PL} przesunięte na {X}, sala {N}. Organizuje {O}.",
    "sv": "Mötet på {PL} flyttas till {X}, rum {N}. Arrangör: {O}.",
    "tr": "{PL} üzerindeki toplantı {X} tarihine ertelendi, salon {N}. Organizatör: {O}.",
    "ro": "Ședința de pe {PL} se mută pe {X}, sala {N}. Organizator: {O}.",
    "pt": "A reunião na {PL} passa para {X}, sala {N}. Organiza: {O}.",
}


def other(lg):
    r = R(lg, "other_lang")
    v = std_vals(lg, 1935, 2005)
    tpl = rng.choice(OTHER[lg])
    if rng.random() < 0.2:
        tpl, v = lowered(tpl, v)
    r.fill(tpl, v)
    if rng.random() < 0.4:
        r.t("\n\n").fill(OTHER_NEG[lg], {"PL": ("NEG_PLACE", pstreet(lg)),
                                         "X": ("NEG_DATE", recent(lg)),
                                         "N": ("NEG_CODE", str(rng.randint(2, 40))),
                                         "O": ("NEG_ORG", firm(lg))})
    r.done()


# ---- F. look-alikes around birth words, streets and people's names, in the same technical text --
LOOK = {
    "en": ["The `date_of_birth` column is null for 40 rows, we default it to {Z}. `issue_date` "
           "({X}) and `expiry_date` ({Y}) parse fine. Ticket opened by {P}.",
           "The birthday-reminder service {V} crashes on leap days; deploy was {X}. Maintainer: "
           "{P}.",
           "Why does {T} match the surname regex? It's a string metric, not a person. Also {F}.",
           "geocoder returns {PL} for every address in the batch uploaded {X} by {P}"],
    "de": ["Die Spalte `geburtsdatum` ist leer, Platzhalter {Z}. Ausstellungsdatum {X}, gültig bis "
           "{Y}. Gemeldet von {P}.",
           "Sterbedatum {X} wird als Geburtsdatum importiert, Version {V}. Zuständig: {P}.",
           "Nach {PL} liefert der Geocoder nur die Straßenmitte, Import vom {X}."],
    "fr": ["La colonne `date_naissance` est vide, valeur par défaut {Z}. Date de délivrance {X}, "
           "expiration {Y}. Signalé par {P}.",
           "Le module anniversaires {V} plante le {X}. Responsable : {P}. Test sur {PL}."],
    "nl": ["Kolom `geboortedatum` is leeg, standaardwaarde {Z}. Afgiftedatum {X}, geldig tot {Y}. "
           "Gemeld door {P}.",
           "De verjaardagsmodule {V} crasht op {X}; adres {PL} zonder huisnummer. Eigenaar: {P}."],
    "es": ["La columna `fecha_nacimiento` está vacía, usamos {Z}. Fecha de expedición {X}, "
           "caducidad {Y}. Lo reportó {P}.",
           "El algoritmo de {T} une 'Pérez' y 'Peres'. Desplegado el {X} con {V}. {P}"],
    "it": ["La colonna `data_nascita` è vuota, valore di default {Z}. Rilascio {X}, scadenza {Y}. "
           "Segnalato da {P}.",
           "Il geocoder restituisce {PL} senza civico, import del {X}. Versione {V}. {P}"],
    "pt": ["A coluna `data_nascimento` está vazia, usamos {Z}. Emissão {X}, validade {Y}. "
           "Reportado por {P}.",
           "O módulo de aniversários {V} falha a {X}. Responsável: {P}. Morada de teste: {PL}."],
}


def lookalike(lg):
    r = R(lg, "lookalike")
    v = {"Z": ("NEG_DATE", rng.choice(["1900-01-01", "01/01/1900", "1970-01-01", "0000-00-00"])),
         "X": ("NEG_DATE", recent(lg)), "Y": ("NEG_DATE", dnum(lg, rng.randint(2028, 2036),
                                                               rng.randint(1, 12),
                                                               rng.randint(1, 28))),
         "P": ("PERSON", full(lg)),
         "V": ("NEG_VERSION", "v%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20),
                                             rng.randint(0, 9))),
         "T": ("NEG_TERM", rng.choice(TERMS)), "F": ("NEG_FAMOUS", rng.choice(FAMOUS)),
         "PL": ("NEG_PLACE", pstreet(lg))}
    r.fill(rng.choice(LOOK[lg]), v)
    r.done()


# ---- the corpus ---------------------------------------------------------------------------------
def main():
    jobs = []
    for fn in (ipynb, orm, mongo, dedupe, geocode, gherkin, aria, nerdata, zpl, ssml, sheets,
               regex):
        jobs += [(fn, LANGS7[i % 7]) for i in range(24)]
    jobs += [(lookalike, LANGS7[i % 7]) for i in range(56)]
    for cls in ("eulogy", "toast", "courtref", "tenancy", "complaint", "schoolnote"):
        jobs += [((lambda lg, c=cls: draft(c, lg)), LANGS7[i % 7]) for i in range(28)]
    keys = sorted(LEARN)
    jobs += [(learner, keys[i % len(keys)]) for i in range(40)]
    jobs += [(codeswitch, "mix") for i in range(30)]
    for fn, n in ((courtlist, 30), (planning, 28), (probate, 28), (schoolboard, 28)):
        jobs += [(fn, LANGS7[i % 7]) for i in range(n)]
    jobs += [(other, ["pl", "sv", "tr", "ro", "pt"][i % 5]) for i in range(60)]
    rng.shuffle(jobs)
    for fn, lg in jobs:
        fn(lg)
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
