#!/usr/bin/env python3
"""Blind held-out corpus names_holdout11: PERSON, STREET_ADDRESS, DATE_OF_BIRTH (and EMAIL_ADDRESS).

Written blind in stop 35: the author read no detector code, no test, no accuracy note, no other
corpus or generator (only gen_names_holdout10.py, for its output format and labelling conventions,
and the kinds listed in the accuracy README's corpus table, to stay away from them), and ran no
binary of the repository on this corpus.

Kinds of text (none of the earlier sets' rows): tribunal and small-claims judgments, witness
statements, deed polls (change of name), character references for a court, jury excusal letters,
hospital discharge and GP referral letters written as prose, sports-medical certificates,
veterinary referrals, school-trip consent forms, nursery collection authorisations, association
AGM and election minutes, allotment and marina waiting lists, chess tournament cross-tables,
race-entry confirmations, patent inventor lists, ship crew lists, estate notices in a gazette,
obituaries in regional papers, genealogy forum posts, visa sponsorship letters, bank dispute
letters, parking-fine appeals and speeding notices, insurance phone transcripts, rental-car
agreements, gym membership cancellations, library and dog-licence applications, translation
requests with the source text in another language, job references, best-man and eulogy drafts
sent for polishing, alumni class notes, e-mail signature blocks deep in threads, OCR'd scans with
broken lines and hyphenation, text typed with typos and odd casing.
Look-alike records (PII-free): anonymised judgments (the Claimant, Mr A), case citations
(Donoghue v Stevenson), eponymous diseases, laws and chess openings, schools/hospitals/streets
named after people, ship and storm names, placeholder people (Max Mustermann, John Doe), famous
people as topics, redacted letters, product and firm names.

Locales: en (US UK IE AU NZ CA IN ZA), de (DE AT CH), fr (FR BE CH CA), nl (NL BE), es (ES MX AR
CO), it (IT), pt (PT BR); names of global origin (Ukrainian, Romanian, Greek, Ghanaian, Somali,
Filipino, Japanese, Persian, Bengali, Sinhala, Hungarian, Pakistani, Kurdish, Moroccan, Surinamese,
Cape Verdean, Maori) inside them. About half of the names are invented from this file's own
syllable tables, half real and common.

Labelling conventions: those of gen_names_holdout10.py: titles, kinship words and a possessive 's
outside PERSON; particles (van, de, von, da, di) inside; "Surname, Given" one span; given and
surname in separate fields two spans; an initial with a surname one span; a given name alone is a
PERSON; user names and handles are not; fictional and famous people are not PERSON;
DATE_OF_BIRTH only for the birth date of a living private person (a deceased person's birth date,
a famous person's, a pet's and every other date are NEG_DATE look-alikes); a postal address is one
STREET_ADDRESS span from the unit or house number to the town (postcode and town inside, country
outside); a street named without a house number is not an address; every e-mail address is
EMAIL_ADDRESS. metadata: family, lang, region, pii_free, lookalike_kinds (sorted kinds present:
NEG_FAMOUS, NEG_TERM, NEG_ORG, NEG_PRODUCT, NEG_PLACE, NEG_PET, NEG_CODE, NEG_DATE, NEG_FICTION).

Usage: gen_names_holdout11.py [output path]  (default contrib/bench/accuracy/data/names_holdout11.json);
the bytes written are the same either way.  Python 3 standard library only; fixed seed.
"""

import json
import os
import random
import sys
import unicodedata

SEED = 111135
rng = random.Random(SEED)
YEAR = 2026

P = lambda v: ("PERSON", v)
A = lambda v: ("STREET_ADDRESS", v)
D = lambda v: ("DATE_OF_BIRTH", v)
E = lambda v: ("EMAIL_ADDRESS", v)


def ch(x):
    return rng.choice(x)


def L(lang, **kw):
    return kw[lang] if lang in kw else kw["en"]


# ---------------------------------------------------------------- names
SYL = {  # given starts, given ends, surname starts, surname ends
    "en": (["Ald", "Bren", "Cor", "Del", "Gar", "Hal", "Isol", "Jass", "Kes", "Mar", "Orl", "Ros", "Tav", "Wyn"],
           ["win", "ica", "ton", "etta", "ley", "ian", "abel", "ey", "en", "ora"],
           ["Ack", "Blay", "Crom", "Dray", "Ellis", "Fark", "Grims", "Hather", "Lang", "Marsh", "Pell", "Stan", "Trel", "Wend"],
           ["ford", "bury", "ton", "field", "more", "well", "by", "hurst", "low", "den"]),
    "de": (["Adel", "Bern", "Diet", "Eck", "Gis", "Hart", "Irm", "Lud", "Rein", "Sieg", "Wil", "Hed"],
           ["hard", "gund", "olf", "traud", "wart", "linde", "mut", "burg", "fried", "mira"],
           ["Achen", "Birn", "Dorn", "Eichel", "Feld", "Gäns", "Hagen", "Kiesel", "Lind", "Mössel", "Pfeif", "Strobl"],
           ["bauer", "berger", "hammer", "reiter", "schmied", "mann", "steiner", "wieser", "holzer", "brunner"]),
    "fr": (["Ama", "Bap", "Cla", "Dor", "Éva", "Fla", "Gis", "Hon", "Lu", "Mar", "Sol", "Vio"],
           ["ris", "tiste", "velle", "rine", "ïse", "vienne", "lène", "orine", "lian", "thilde"],
           ["Aub", "Bou", "Chab", "Dela", "Esc", "Gui", "Lam", "Mar", "Pel", "Ras", "Sauv", "Teys"],
           ["ert", "langer", "rol", "court", "ande", "lot", "arque", "chand", "letier", "pail", "igny", "sier"]),
    "nl": (["Ar", "Bre", "Dir", "Ee", "Fok", "Gee", "Hen", "Jaap", "Kor", "Mar", "Roe", "Wil"],
           ["jen", "ndje", "kje", "lco", "sje", "rt", "drik", "mijn", "na", "tse"],
           ["Bak", "Boom", "Dek", "Gro", "Hui", "Kla", "Lem", "Over", "Ros", "Sta", "Vel", "Zee"],
           ["kema", "sma", "ker", "enboom", "zinga", "veen", "stra", "dijk", "land", "broek", "berg"]),
    "es": (["Ara", "Bel", "Cris", "Dal", "Eva", "Fau", "Gua", "Ino", "Lau", "Nel", "Osv", "Tri"],
           ["ncia", "trán", "tóbal", "mira", "risto", "sto", "dalupe", "cencio", "reano", "ldo", "aldo", "nidad"],
           ["Ace", "Bel", "Cid", "Ech", "Ibar", "Lasa", "Mend", "Orte", "Quin", "Sal", "Ur", "Zab"],
           ["vedo", "trán", "rondo", "everría", "guren", "rte", "izábal", "gosa", "tanilla", "daña", "ibe", "ala"]),
    "it": (["Adal", "Bri", "Cel", "Dom", "Erm", "Fio", "Gaud", "Ilar", "Leon", "Ore", "Rem", "Tul"],
           ["gisa", "nio", "este", "enico", "anno", "renzo", "enzia", "ione", "ardo", "ste", "igio", "lia"],
           ["Ambr", "Bors", "Cap", "Dell", "Fonta", "Grim", "Lanz", "Mazz", "Pell", "Sacc", "Tagl", "Vent"],
           ["osini", "ellino", "uzzi", "nesi", "aldi", "aretti", "oleni", "egrini", "heri", "iaferri", "urini"]),
    "pt": (["Adri", "Cle", "Dar", "Edi", "Fla", "Gra", "Ivo", "Jan", "Mar", "Odi", "Rosi", "Tal"],
           ["ano", "ide", "lene", "son", "vio", "ciete", "nilda", "dete", "ilene", "lon", "ita", "cir"],
           ["Aze", "Bri", "Cou", "Dru", "Esp", "Fur", "Lou", "Mach", "Nogu", "Rebe", "Tav", "Vasc"],
           ["vedo", "tto", "tinho", "mond", "índola", "tado", "reiro", "ado", "eira", "lo", "ares", "oncelos"]),
}

REAL = {  # male given, female given, surnames
    "en": (["John", "David", "Christopher", "Andrew", "Mark", "Stephen", "Paul", "Brian", "Peter", "Kevin", "Jack", "Declan"],
           ["Mary", "Laura", "Rebecca", "Siobhan", "Karen", "Emma", "Lucy", "Ciara", "Zoe", "Rachel", "Amelia", "Tracey"],
           ["Wilson", "Davies", "Wright", "Hughes", "Green", "Hall", "Wood", "Jackson", "Lee", "Walsh", "Ryan", "O'Brien",
            "Nolan", "Anderson", "Mitchell", "Bell", "Cooper", "Ward", "Morgan", "MacDonald"]),
    "de": (["Stefan", "Thomas", "Markus", "Andreas", "Christian", "Paul", "Elias", "Dominik", "Wolfgang", "Lorenz"],
           ["Andrea", "Claudia", "Petra", "Nicole", "Monika", "Lea", "Hannah", "Marlene", "Theresa", "Ingrid"],
           ["Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Lehmann", "Köhler", "Maier", "Pichler",
            "Moser", "Egger", "Frei", "Baumann", "Wolf", "Neumann"]),
    "fr": (["Pierre", "Philippe", "Guillaume", "Maxime", "Hugo", "Louis", "Étienne", "Jean-Marc", "Yannick", "Loïc"],
           ["Isabelle", "Nathalie", "Céline", "Sandrine", "Margaux", "Clémence", "Gaëlle", "Anne-Sophie", "Josée", "Océane"],
           ["Lambert", "Bonnet", "Fontaine", "Rousseau", "Vincent", "Muller", "Garnier", "Chevalier", "Mercier", "Blanc",
            "Guérin", "Roy", "Côté", "Lejeune", "Renard", "Ouellet"]),
    "nl": (["Jeroen", "Maarten", "Ruben", "Koen", "Stijn", "Jasper", "Niels", "Bart", "Wim", "Gert-Jan"],
           ["Inge", "Esther", "Noor", "Ilse", "Fleur", "Marloes", "Roos", "Saskia", "Evi", "Hanneke"],
           ["Dekker", "Brouwer", "de Graaf", "van Leeuwen", "Kok", "Vermeulen", "Willems", "Claes", "Goossens", "van Wijk",
            "Postma", "Hendriks", "Verhoeven", "de Wit"]),
    "es": (["Pablo", "Carlos", "Miguel Ángel", "Fernando", "Gonzalo", "Santiago", "Tomás", "Esteban", "Julián", "Hernán"],
           ["Laura", "Ana Belén", "Elena", "Natalia", "Daniela", "Mariana", "Luz Marina", "Agustina", "Catalina", "Rocío"],
           ["Torres", "Ramírez", "Flores", "Jiménez", "Moreno", "Navarro", "Ruiz", "Herrera", "Medina", "Aguilar", "Ortiz",
            "Suárez", "Cabrera", "Acosta", "Ospina", "Restrepo"]),
    "it": (["Andrea", "Roberto", "Simone", "Fabio", "Riccardo", "Pietro", "Gianluca", "Emanuele", "Salvatore", "Mattia"],
           ["Paola", "Valentina", "Alessia", "Silvia", "Ilaria", "Caterina", "Beatrice", "Noemi", "Rosaria", "Giorgia"],
           ["Fontana", "Barbieri", "Moretti", "Mancini", "Costa", "Giordano", "Rizzo", "Santoro", "Caruso", "Ferri", "Galli",
            "Leone", "Longo", "Villa", "Di Stefano", "Dell'Acqua"]),
    "pt": (["Rui", "Miguel", "Bruno", "André", "Thiago", "Vinícius", "Diogo", "Henrique", "Márcio", "Duarte"],
           ["Sofia", "Catarina", "Joana", "Patrícia", "Camila", "Letícia", "Adriana", "Raquel", "Tânia", "Bruna"],
           ["Martins", "Fernandes", "Lopes", "Marques", "Correia", "Mendes", "Pinto", "Araújo", "Barbosa", "Cardoso",
            "Teixeira", "Moura", "Cavalcanti", "Monteiro"]),
}
REGIONAL = {  # extra real names of a region (male, female, surnames)
    "IN": (["Arjun", "Sanjay", "Vikram", "Rahul"], ["Deepa", "Kavya", "Neha", "Pooja"], ["Patel", "Reddy", "Nair", "Gupta", "Menon", "Joshi"]),
    "ZA": (["Thabo", "Sipho", "Pieter", "Bongani"], ["Lerato", "Annelie", "Nomvula", "Zanele"], ["Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena"]),
    "NZ": (["Wiremu", "Tane", "Hemi"], ["Aroha", "Mere", "Ngaio"], ["Ngata", "Parata", "Tipene", "Walker"]),
    "CO": (["Jhon Fredy", "Andrés Felipe"], ["Yuliana", "Leidy Johana"], ["Ospina", "Restrepo", "Cardona", "Quintero"]),
    "MX": (["Juan Carlos", "Luis Ángel"], ["Guadalupe", "Itzel"], ["Hernández", "Gutiérrez", "Villarreal", "Zepeda"]),
    "BE": (["Wouter", "Jens"], ["Lien", "Elke"], ["Peeters", "Janssens", "Maes", "Wouters", "Dubois"]),
    "CA": (["Mathieu", "Kyle"], ["Geneviève", "Brianna"], ["Tremblay", "Gagnon", "Bouchard", "MacNeil"]),
}
GLOBAL = [("Oksana", "Shevchuk", "f"), ("Taras", "Bondarenko", "m"), ("Ioana", "Popescu", "f"), ("Mihai", "Ionescu", "m"),
          ("Eleni", "Papadopoulou", "f"), ("Dimitris", "Georgiou", "m"), ("Kwame", "Mensah", "m"), ("Akosua", "Boateng", "f"),
          ("Hodan", "Warsame", "f"), ("Abdirahman", "Farah", "m"), ("Maricel", "Dela Cruz", "f"), ("Jerome", "Villanueva", "m"),
          ("Haruka", "Tanaka", "f"), ("Kenji", "Watanabe", "m"), ("Shirin", "Rahimi", "f"), ("Dariush", "Karimi", "m"),
          ("Tanvir", "Ahmed", "m"), ("Nusrat", "Jahan", "f"), ("Chaminda", "Perera", "m"), ("Dilani", "Jayasuriya", "f"),
          ("Zsófia", "Nagy", "f"), ("Bence", "Kovács", "m"), ("Ayesha", "Qureshi", "f"), ("Bilal", "Chaudhry", "m"),
          ("Rojda", "Aydın", "f"), ("Nadia", "Benali", "f"), ("Karim", "Bouzid", "m"), ("Sharmila", "Ramdin", "f"),
          ("Djamila", "Tavares", "f"), ("Selam", "Tesfaye", "f"), ("Nikolai", "Petrenko", "m"), ("Aigerim", "Seitkali", "f")]


class Person:
    def __init__(self, given, surname, lang, sex, invented):
        self.given, self.surname, self.lang, self.sex, self.invented = given, surname, lang, sex, invented
        self.mid = ch("ABCDEFGHJKLMNPRSTW")

    def fmt(self, style=None):
        style = style or ch(["full"] * 7 + ["init", "rev", "caps", "lower", "mid"])
        g, s = self.given, self.surname
        if style == "full":
            return g + " " + s
        if style == "init":
            return g[0] + ". " + s
        if style == "init2":
            return g[0] + "." + self.mid + ". " + s
        if style == "mid":
            return g + " " + self.mid + ". " + s
        if style == "rev":
            return s + ", " + g
        if style == "revcaps":
            return s.upper() + ", " + g
        if style == "revinit":
            return s + ", " + g[0] + "."
        if style == "caps":
            return (g + " " + s).upper()
        if style == "surcaps":
            return g + " " + s.upper()
        if style == "capsur":
            return s.upper() + " " + g
        if style == "lower":
            return (g + " " + s).lower()
        if style == "given":
            return g
        if style == "sur":
            return s
        raise ValueError(style)

    def title(self, lang):
        m = self.sex == "m"
        return L(lang, en=ch(["Mr ", "Mr. "]) if m else ch(["Ms ", "Mrs ", "Ms. "]), de="Herr " if m else "Frau ",
                 fr="M. " if m else "Mme ", nl="de heer " if m else "mevrouw ", es="Sr. " if m else "Sra. ",
                 it="Sig. " if m else "Sig.ra ", pt="Sr. " if m else "Sra. ")


def make_person(lang, region=None, inv=None):
    r = rng.random()
    sex = ch("mf")
    if (inv is None and r < 0.5) or inv is True:
        gf, ge, sf, se = SYL[lang]
        g = ch(gf) + ch(ge)
        s = ch(sf) + ch(se)
        if lang == "nl" and rng.random() < 0.35:
            s = ch(["van ", "de ", "van der ", "ter ", "van 't "]) + s
        if lang == "de" and rng.random() < 0.1:
            s = "von " + s
        if lang == "it" and rng.random() < 0.12:
            s = ch(["Di ", "De ", "Lo "]) + s
        if lang == "pt" and rng.random() < 0.3:
            s = ch(["da ", "dos ", "de "]) + s
        if lang in ("es", "pt") and rng.random() < 0.35:
            s = s + " " + ch(sf) + ch(se)
        if lang == "fr" and rng.random() < 0.1:
            g = g + "-" + (ch(gf) + ch(ge)).capitalize()
        return Person(g, s, lang, sex, True)
    if r < 0.85 or inv is False:
        ms, fs, ss = REAL[lang]
        if region in REGIONAL and rng.random() < 0.45:
            ms, fs, ss = REGIONAL[region]
        g = ch(ms if sex == "m" else fs)
        s = ch(ss)
        if lang in ("es", "pt") and rng.random() < 0.45:
            s2 = ch(REAL[lang][2])
            if s2 != s:
                s = s + " " + s2
        if lang == "en" and rng.random() < 0.06:
            s = s + "-" + ch(REAL["en"][2])
        return Person(g, s, lang, sex, False)
    g, s, sx = ch(GLOBAL)
    return Person(g, s, lang, sx, False)


def person_of(lang, region, sex):
    """A person of the given sex (titles, kinship words and pronouns in the text follow it)."""
    while True:
        p = make_person(lang, region)
        if p.sex == sex:
            return p


def fold(x):
    x = unicodedata.normalize("NFKD", x).replace("ı", "i")
    return "".join(c for c in x if c.isascii() and (c.isalnum() or c in ".-_")).lower()


MAILDOM = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me"],
           "de": ["gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch", "mailbox.org"],
           "fr": ["orange.fr", "wanadoo.fr", "free.fr", "skynet.be", "bell.net", "bluewin.ch"],
           "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "planet.nl", "live.nl"],
           "es": ["gmail.com", "hotmail.com", "yahoo.es", "prodigy.net.mx", "une.net.co", "outlook.es"],
           "it": ["libero.it", "virgilio.it", "tim.it", "fastwebnet.it", "pec.it"],
           "pt": ["sapo.pt", "gmail.com", "uol.com.br", "ig.com.br", "clix.pt"]}


def email(p, domain=None):
    g, s = fold(p.given.split()[0]), fold(p.surname.replace(" ", "").replace("'", ""))
    local = ch([g + "." + s, g[0] + "." + s, g + s, s + g[0], g + "_" + s[:4], g + "." + s + str(rng.randint(1, 99)),
                s + "." + g])
    return local + "@" + (domain or ch(MAILDOM[p.lang]))


def org_mail(p, dom):
    g, s = fold(p.given.split()[0]), fold(p.surname.replace(" ", "").replace("'", ""))
    return ch([g + "." + s, g[0] + s, s]) + "@" + dom


# ---------------------------------------------------------------- addresses
STREETS = {
    "US": ["Chestnut St", "Willow Creek Rd", "S Oak Park Ave", "Harbor View Dr", "Meadowlark Ln", "W 118th St",
           "Juniper Ct", "Lakeshore Blvd", "County Road 14", "Foxglove Trl"],
    "UK": ["Ferncliff Road", "Abbey Gardens", "Tennyson Street", "Moor Lane", "Orchard Rise", "Cavendish Place",
           "Queen's Drive", "Weavers Walk", "Hollybush Close"],
    "IE": ["Sycamore Lawn", "Clontarf Road", "Bóthar na Trá", "Ashgrove Court", "Patrick Street", "Rathgar Avenue"],
    "AU": ["Kookaburra Close", "Grey Street", "Parramatta Rd", "Bottlebrush Drive", "Stirling Hwy", "Canning Street"],
    "NZ": ["Totara Avenue", "Karaka Street", "Manuka Road", "Dominion Road", "Hinemoa Street"],
    "CA": ["Lakeshore Rd E", "Pembina Hwy", "Whyte Ave NW", "Robson St", "Queen St E", "Gottingen St"],
    "IN": ["4th Main Road, Jayanagar", "Park Street", "Rajaji Salai", "Carter Road, Bandra West", "Sector 21, Noida",
           "100 Feet Road, Koramangala"],
    "ZA": ["Beach Road", "Oxford Road", "Loop Street", "Kloof Street", "Florida Road"],
    "DE": ["Wilhelmstraße", "Ahornweg", "Schillerplatz", "Zeppelinstr.", "An der Alten Mühle", "Rheinuferstraße",
           "Sonnenhang", "Karl-Marx-Allee"],
    "AT": ["Mariahilfer Straße", "Kaiserstraße", "Neubaugasse", "Grazer Straße", "Am Spitz"],
    "CH": ["Bahnhofplatz", "Kirchgasse", "Zürichstrasse", "Im Feld", "Hauptgasse"],
    "FR": ["rue Victor Hugo", "allée des Peupliers", "avenue de la République", "rue du Four", "quai des Chartrons",
           "boulevard Gambetta", "chemin des Vignes"],
    "BE": ["Rue Royale", "Avenue des Arts", "Rue de l'Église", "Chaussée de Louvain", "Rue du Marché"],
    "BE-nl": ["Kouter", "Lange Nieuwstraat", "Dorpsplein", "Nieuwstraat", "Koningin Astridlaan", "Veldstraat"],
    "CA-fr": ["rue Saint-Jean", "avenue Laurier Ouest", "boulevard Saint-Laurent", "rue des Érables"],
    "CH-fr": ["Rue du Rhône", "Avenue de Rumine", "Chemin de la Forêt", "Grand-Rue"],
    "NL": ["Herengracht", "Kerkstraat", "Julianalaan", "Burgemeester Reigerstraat", "Noordeinde", "Lindengracht"],
    "ES": ["Calle de Atocha", "C/ San Vicente", "Avda. del Puerto", "Calle Larios", "Carrer de Sants", "Plaza Mayor"],
    "MX": ["Av. Chapultepec", "Calle Hidalgo", "Av. Vallarta", "Calle Allende", "Av. Reforma"],
    "AR": ["Av. Cabildo", "Calle Florida", "Av. Belgrano", "Bv. Oroño", "Calle 7"],
    "CO": ["Calle 45", "Carrera 7", "Av. El Dorado", "Calle 10 Sur", "Transversal 23"],
    "IT": ["Via Mazzini", "Via Nazionale", "Corso Garibaldi", "Via dei Tigli", "Viale Monza", "Vicolo Stretto"],
    "PT": ["Rua Augusta", "Avenida da República", "Rua de Cedofeita", "Largo do Rato", "Travessa da Boavista"],
    "BR": ["Rua da Consolação", "Av. Brasil", "Rua XV de Novembro", "Rua Oscar Freire", "Av. Sete de Setembro"],
}
CITIES = {
    "US": [("Portland", "OR", "972"), ("Asheville", "NC", "288"), ("Lansing", "MI", "489"), ("Fresno", "CA", "937"),
           ("Burlington", "VT", "054"), ("Tulsa", "OK", "741")],
    "UK": [("Sheffield", "S10"), ("Exeter", "EX4"), ("Cardiff", "CF24"), ("Glasgow", "G12"), ("York", "YO31"), ("Brighton", "BN2")],
    "IE": [("Clontarf, Dublin 3", "D03"), ("Ennis, Co. Clare", "V95"), ("Waterford", "X91"), ("Sligo", "F91")],
    "AU": [("Brunswick", "VIC", "3056"), ("Glebe", "NSW", "2037"), ("Fortitude Valley", "QLD", "4006"), ("Hobart", "TAS", "7000")],
    "NZ": [("Wellington", "6011"), ("Tauranga", "3110"), ("Nelson", "7010"), ("Palmerston North", "4410")],
    "CA": [("Mississauga", "ON", "L5G"), ("Winnipeg", "MB", "R3T"), ("Vancouver", "BC", "V6E"), ("Halifax", "NS", "B3K")],
    "IN": [("Bengaluru", "560011"), ("Kolkata", "700016"), ("Chennai", "600006"), ("Mumbai", "400050"), ("Noida", "201301")],
    "ZA": [("Muizenberg, Cape Town", "7945"), ("Rosebank, Johannesburg", "2196"), ("Morningside, Durban", "4001")],
    "DE": [("Hamburg", "20095"), ("Dresden", "01067"), ("Münster", "48143"), ("Nürnberg", "90402"), ("Kassel", "34117")],
    "AT": [("Wien", "1070"), ("Innsbruck", "6020"), ("Klagenfurt", "9020"), ("Graz", "8020")],
    "CH": [("Basel", "4051"), ("St. Gallen", "9000"), ("Aarau", "5000"), ("Thun", "3600")],
    "FR": [("Bordeaux", "33000"), ("Lille", "59000"), ("Grenoble", "38000"), ("Montpellier", "34000"), ("Dijon", "21000")],
    "BE": [("Bruxelles", "1000"), ("Mons", "7000"), ("Wavre", "1300"), ("Tournai", "7500")],
    "BE-nl": [("Gent", "9000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500")],
    "CA-fr": [("Québec (Québec)", "G1R"), ("Sherbrooke (Québec)", "J1H"), ("Laval (Québec)", "H7N")],
    "CH-fr": [("Genève", "1204"), ("Lausanne", "1005"), ("Fribourg", "1700"), ("Sion", "1950")],
    "NL": [("Den Haag", "2514"), ("Haarlem", "2011"), ("Leeuwarden", "8911"), ("Nijmegen", "6511"), ("Delft", "2611")],
    "ES": [("Madrid", "28012"), ("Málaga", "29005"), ("Bilbao", "48001"), ("Zaragoza", "50001"), ("Barcelona", "08014")],
    "MX": [("Guadalajara, Jal.", "44160"), ("Monterrey, N.L.", "64000"), ("Ciudad de México", "06700"), ("Mérida, Yuc.", "97000")],
    "AR": [("Buenos Aires", "C1426"), ("Rosario", "S2000"), ("Mendoza", "M5500"), ("La Plata", "B1900")],
    "CO": [("Bogotá", "110231"), ("Medellín", "050021"), ("Cali", "760042"), ("Barranquilla", "080020")],
    "IT": [("Firenze", "50123", "FI"), ("Genova", "16121", "GE"), ("Padova", "35121", "PD"), ("Palermo", "90133", "PA"), ("Verona", "37121", "VR")],
    "PT": [("Lisboa", "1100"), ("Porto", "4050"), ("Aveiro", "3800"), ("Faro", "8000")],
    "BR": [("São Paulo - SP", "01305"), ("Curitiba - PR", "80010"), ("Salvador - BA", "40020"), ("Porto Alegre - RS", "90010")],
}
UKL = "ABDEFGHJLNPQRSTUWXYZ"


def akey(lang, region):
    if lang == "fr" and region in ("CA", "CH"):
        return region + "-fr"
    if lang == "nl" and region == "BE":
        return "BE-nl"
    if lang == "de" and region not in ("DE", "AT", "CH"):
        return "DE"
    return region


def address(lang, region, sep=None, short=False):
    """A postal address for a (lang, region); short: street and number only; sep between street and town."""
    if sep is None:
        sep = ch([", "] * 8 + ["\n", " "])
    k = akey(lang, region)
    st = ch(STREETS[k])
    c = ch(CITIES[k])
    n = rng.randint(1, 180)
    if k in ("US",):
        unit = ch(["", "", " Apt %d" % rng.randint(1, 40), ", Unit %d%s" % (rng.randint(1, 9), ch("ABC")), " #%d" % rng.randint(100, 999)])
        s1 = "%d %s%s" % (rng.randint(12, 9800), st, unit)
        return s1 if short else "%s%s%s, %s %s%02d" % (s1, sep, c[0], c[1], c[2], rng.randint(1, 99))
    if k == "UK":
        s1 = ch(["", "", "Flat %d, " % rng.randint(1, 20), ch(["Rose Cottage, ", "The Old Forge, ", "Apartment %d, " % rng.randint(1, 60)])]) + "%d %s" % (n, st)
        return s1 if short else "%s%s%s %s %d%s%s" % (s1, sep, c[0], c[1], rng.randint(1, 9), ch(UKL), ch(UKL))
    if k == "IE":
        s1 = "%d %s" % (n, st)
        return s1 if short else "%s%s%s, %s %s%d%s%d" % (s1, sep, c[0], c[1], ch(UKL), rng.randint(1, 9), ch(UKL), rng.randint(1, 9))
    if k == "AU":
        s1 = ch(["%d %s" % (n, st), "%d/%d %s" % (rng.randint(1, 30), n, st), "Unit %d, %d %s" % (rng.randint(1, 12), n, st)])
        return s1 if short else "%s%s%s %s %s" % (s1, sep, c[0], c[1], c[2])
    if k == "NZ":
        s1 = ch(["%d %s" % (n, st), "%d%s %s" % (n, ch("ABC"), st), "Flat %d, %d %s" % (rng.randint(1, 6), n, st)])
        return s1 if short else "%s%s%s %s" % (s1, sep, c[0], c[1])
    if k == "CA":
        s1 = ch(["%d %s" % (rng.randint(10, 9000), st), "%d-%d %s" % (rng.randint(101, 2200), rng.randint(10, 900), st)])
        return s1 if short else "%s%s%s, %s %s %d%s%d" % (s1, sep, c[0], c[1], c[2], rng.randint(1, 9), ch(UKL), rng.randint(1, 9))
    if k == "IN":
        s1 = ch(["#%d, %s" % (n, st), "Flat %d0%d, %s, %s" % (rng.randint(1, 9), rng.randint(1, 8), ch(["Prestige Shantiniketan", "Sai Krupa Apts", "Gulmohar Towers"]), st),
                 "%d/%d %s" % (rng.randint(1, 30), n, st)])
        return s1 if short else "%s%s%s %s" % (s1, sep, c[0] + ch([" -", ","]), c[1])
    if k == "ZA":
        s1 = "%d %s" % (n, st)
        return s1 if short else "%s%s%s, %s" % (s1, sep, c[0], c[1])
    if k in ("DE", "AT", "CH"):
        num = str(n) + ch(["", "", "", "a", "b"] + (["/4/12", "/Top 5"] if k == "AT" else []))
        s1 = "%s %s" % (st, num)
        pc = c[1] if k == "DE" or rng.random() < 0.8 else ("A-" if k == "AT" else "CH-") + c[1]
        return s1 if short else "%s%s%s %s" % (s1, sep, pc, c[0])
    if k == "FR":
        s1 = "%d%s %s" % (n, ch(["", "", "", " bis", " ter"]), st)
        return s1 if short else "%s%s%s %s" % (s1, sep, str(int(c[1]) + rng.randint(0, 9) * 10).zfill(5), c[0])
    if k in ("BE", "BE-nl"):
        s1 = "%s %d%s" % (st, n, ch(["", "", " bus %d" % rng.randint(1, 12), " boîte %d" % rng.randint(1, 9) if k == "BE" else "/0%d" % rng.randint(1, 9)]))
        return s1 if short else "%s%s%s %s" % (s1, sep, c[1], c[0])
    if k == "CA-fr":
        s1 = "%d, %s" % (rng.randint(100, 9999), st) if rng.random() < 0.6 else "%d %s, app. %d" % (rng.randint(100, 9999), st, rng.randint(1, 30))
        return s1 if short else "%s%s%s %s %d%s%d" % (s1, sep, c[0], c[1], rng.randint(1, 9), ch(UKL), rng.randint(1, 9))
    if k == "CH-fr":
        s1 = "%s %d" % (st, n)
        return s1 if short else "%s%s%s %s" % (s1, sep, c[1], c[0])
    if k == "NL":
        s1 = "%s %d%s" % (st, n, ch(["", "", "-III", "a", " bis", "-2"]))
        return s1 if short else "%s%s%s %s%s%s%s" % (s1, sep, c[1], ch(UKL), ch(UKL), ch([" ", "  "]), c[0])
    if k == "ES":
        s1 = ch(["%s, %d, %dº %s" % (st, n, rng.randint(1, 9), ch("ABCDI")), "%s %d, %d.º %s" % (st, n, rng.randint(1, 6), ch(["izda.", "dcha.", "B"])),
                 "%s, %d" % (st, n)])
        return s1 if short else "%s%s%s %s" % (s1, sep, c[1], c[0])
    if k == "MX":
        s1 = "%s %d%s, Col. %s" % (st, rng.randint(10, 3000), ch(["", " Int. %d" % rng.randint(1, 20)]), ch(["Americana", "Juárez", "Obispado", "Del Carmen"]))
        return s1 if short else "%s%sC.P. %s, %s" % (s1, sep, c[1], c[0]) if rng.random() < 0.5 else "%s%s%s %s" % (s1, sep, c[1], c[0])
    if k == "AR":
        s1 = "%s %d%s" % (st, rng.randint(100, 6000), ch(["", ", %dº %s" % (rng.randint(1, 14), ch("ABCD")), " PB"]))
        return s1 if short else "%s%s%s %s" % (s1, sep, c[1], c[0])
    if k == "CO":
        s1 = "%s # %d-%d%s" % (st, rng.randint(1, 120), rng.randint(1, 99), ch(["", ", apto %d" % rng.randint(101, 1204), ", casa %d" % rng.randint(1, 40)]))
        return s1 if short else "%s%s%s" % (s1, sep, c[0]) if rng.random() < 0.5 else "%s%s%s, %s" % (s1, sep, c[0], c[1])
    if k == "IT":
        s1 = "%s %d%s" % (st, n, ch(["", "", "/%s" % ch("ABC"), ", int. %d" % rng.randint(1, 20)]))
        if rng.random() < 0.2:
            s1 = "%s, %d" % (st, n)
        return s1 if short else "%s%s%s %s (%s)" % (s1, sep, c[1], c[0], c[2]) if rng.random() < 0.6 else "%s%s%s %s %s" % (s1, sep, c[1], c[0], c[2])
    if k == "PT":
        s1 = "%s, %d%s" % (st, n, ch(["", ", %dº Esq." % rng.randint(1, 8), ", r/c Dto.", " %dº" % rng.randint(1, 5)]))
        return s1 if short else "%s%s%s-%03d %s" % (s1, sep, c[1], rng.randint(0, 999), c[0])
    if k == "BR":
        s1 = "%s, %d%s" % (st, rng.randint(10, 4000), ch(["", ", apto %d" % rng.randint(11, 220), " - casa %d" % rng.randint(1, 9), ", bloco B"]))
        return s1 if short else "%s%s%s-%03d %s" % (s1, sep, c[1], rng.randint(0, 999), c[0]) if rng.random() < 0.6 else "%s%sCEP %s-%03d, %s" % (s1, sep, c[1], rng.randint(0, 999), c[0])
    raise ValueError(k)


def AO(lang, region, p=0.4):
    """A whole address, or only the town (plain text) as people often write."""
    return A(address(lang, region)) if rng.random() < p else town(lang, region)


def street_only(lang, region):
    return ch(STREETS[akey(lang, region)])


def town(lang, region):
    return ch(CITIES[akey(lang, region)])[0]


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
AT_MONTHS = {1: "Jänner"}


def ordn(d):
    return "%d%s" % (d, "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def date_str(lang, region, y, m, d, style=None):
    style = style or ch(["num", "num", "num", "long", "long", "iso", "abbr", "short2"])
    mn = MONTHS[lang][m - 1]
    if lang == "de" and region == "AT" and m == 1:
        mn = "Jänner"
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "abbr":
        ab = mn[:3].capitalize() if lang != "en" or rng.random() < 0.5 else mn[:3].upper()
        return ch(["%02d-%s-%d" % (d, ab, y), "%d %s %d" % (d, ab + ("." if lang in ("de", "fr", "nl") else ""), y)])
    if style == "long":
        if lang == "en":
            if region in ("US", "CA"):
                return ch(["%s %d, %d" % (mn, d, y), "%s %s, %d" % (mn, ordn(d), y)])
            return ch(["%d %s %d" % (d, mn, y), "%s %s %d" % (ordn(d), mn, y), "the %s of %s %d" % (ordn(d), mn, y)])
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        if lang == "fr" and d == 1:
            return "1er %s %d" % (mn, y)
        return "%d %s %d" % (d, mn, y)
    if style == "short2":
        yy = y % 100
        if lang == "en" and region == "US":
            return "%d/%d/%02d" % (m, d, yy)
        if lang == "de":
            return "%d.%d.%02d" % (d, m, yy)
        return "%02d/%02d/%02d" % (d, m, yy)
    if lang == "en" and region == "US":
        return ch(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%04d" % (m, d, y)])
    if lang == "en" and region == "CA" and rng.random() < 0.4:
        return "%04d/%02d/%02d" % (y, m, d)
    if lang == "de":
        return ch(["%02d.%02d.%04d" % (d, m, y), "%d.%d.%d" % (d, m, y)])
    if lang == "nl":
        return ch(["%02d-%02d-%04d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    if lang == "en" and region == "IN":
        return ch(["%02d-%02d-%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    return ch(["%02d/%02d/%04d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y) if lang in ("fr", "it") and region in ("CH", "IT") else "%02d/%02d/%04d" % (d, m, y)])


def birth(lang, region, lo=1940, hi=2012, style=None):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return date_str(lang, region, y, m, d, style), YEAR - y - (1 if m > 6 else 0)


def other_date(lang, region, style=None, lo=2024, hi=2027):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return date_str(lang, region, y, m, d, style)


def old_date(lang, region, lo=1840, hi=1935, style=None):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return date_str(lang, region, y, m, d, style)


REGIONS = [("en", r) for r in ["US", "US", "UK", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA"]] + \
          [("de", "DE"), ("de", "DE"), ("de", "AT"), ("de", "CH")] + \
          [("fr", "FR"), ("fr", "FR"), ("fr", "BE"), ("fr", "CH"), ("fr", "CA")] + \
          [("nl", "NL"), ("nl", "NL"), ("nl", "BE")] + \
          [("es", "ES"), ("es", "MX"), ("es", "AR"), ("es", "CO")] + \
          [("it", "IT"), ("it", "IT"), ("it", "IT")] + \
          [("pt", "PT"), ("pt", "BR"), ("pt", "BR")]
ALL = ("en", "de", "fr", "nl", "es", "it", "pt")


def pick_region(langs):
    opts = [r for r in REGIONS if r[0] in langs]
    return ch(opts)


FAMOUS = ["Marie Curie", "Albert Einstein", "Frida Kahlo", "Johan Cruijff", "Ludwig van Beethoven", "Simone de Beauvoir",
          "Gabriel García Márquez", "Rita Levi-Montalcini", "Fernando Pessoa", "Vincent van Gogh", "Nelson Mandela",
          "Virginia Woolf", "Jacques Brel", "Eusébio", "Diego Maradona", "Maria Montessori", "Greta Thunberg", "Ayrton Senna"]
FICTION = ["Sherlock Holmes", "Atticus Finch", "Don Quijote", "Maigret", "Pippi Langstrumpf", "Commissario Montalbano",
           "Dom Casmurro", "Heidi", "Tintin", "Hercule Poirot", "Mafalda", "Jules Maigret"]
ORGS = ["Baker McKenzie", "Freshfields Bruckhaus Deringer", "Allianz", "AXA", "Zurich Insurance", "Santander", "ING",
        "Rabobank", "Crédit Agricole", "Intesa Sanpaolo", "Caixa Geral de Depósitos", "Hertz", "Sixt", "Europcar",
        "Boehringer Ingelheim", "Johnson & Johnson", "Mercedes-Benz", "Ferragamo", "Louis Dreyfus", "Philips"]


# ---------------------------------------------------------------- templates with PII
# Each returns (pieces, lookalike kinds); a piece is a plain string or a (type, value) tuple.
PII = []
FREE = []


def pii(*langs):
    def deco(f):
        PII.append((f, langs or ALL))
        return f
    return deco


def free(*langs):
    def deco(f):
        FREE.append((f, langs or ALL))
        return f
    return deco


def caseno(region):
    return ch(["%d/%d" % (rng.randint(1000000, 9999999), rng.choice([2024, 2025])), "%s-%d-%04d" % (ch(["CV", "SC", "EA"]), rng.choice([24, 25]), rng.randint(1, 9999)),
               "%d Ca %d/%d" % (rng.randint(1, 40), rng.randint(100, 9999), rng.choice([24, 25])), "RG %d/%05d" % (rng.choice([24, 25]), rng.randint(1, 99999))])


@pii("en", "de", "fr", "es", "it", "pt", "nl")
def t_tribunal(lang, region):
    c, j, m = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    firm = ch(["Harbourline Logistics", "Quellwerk", "Vantrel", "Orbis Facility Services", "Castellano Hermanos", "Nordkap Systems"])
    hired = other_date(lang, region, lo=2015, hi=2022)
    cn = caseno(region)
    if lang == "en":
        pieces = [ch(["EMPLOYMENT TRIBUNALS\n", "IN THE EMPLOYMENT TRIBUNAL\n", "Fair Work Commission — Decision\n", "WORKPLACE RELATIONS COMMISSION\n"]),
                  "Case No: " + cn + "\n\nClaimant: " + c.title(lang), P(c.fmt(ch(["full", "full", "caps"]))), "\nRespondent: " + firm + " Ltd\n",
                  ch(["Heard at: ", "Venue: "]) + town(lang, region) + ch([" (by CVP)", "", " Hearing Centre"]) + "\nBefore: " + ch(["Employment Judge ", "Judge ", "Adjudication Officer "]),
                  P(j.fmt(ch(["full", "sur", "init"]))), "\n\nJUDGMENT\n\n1. The claimant's complaint of " + ch(["unfair dismissal", "unauthorised deductions from wages", "discrimination arising from disability"]) +
                  " is " + ch(["well founded", "not well founded and is dismissed", "upheld in part"]) + ".\n\nREASONS\n\n2. The claimant, ", P(c.fmt("full")),
                  ", was employed by the respondent as a " + ch(["warehouse operative", "payroll clerk", "site supervisor", "care assistant"]) + " from " + hired +
                  (". Her line manager was " if c.sex == "f" else ". His line manager was "), P(m.fmt("full")), ".\n3. ", c.title(lang).strip() + " ", P(c.fmt("sur")),
                  " gave evidence on her own behalf; " if c.sex == "f" else " gave evidence on his own behalf; ", m.title(lang), P(m.fmt("sur")),
                  ch([" gave evidence for the respondent.", " did not attend and we attach little weight to his witness statement.", ", now retired, gave evidence by video from Portugal."])]
        return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE", "NEG_PLACE"]
    if lang == "de":
        ad = address(lang, region)
        pieces = ["Arbeitsgericht " + town(lang, region) + "\nAz.: " + cn + "\n\nIM NAMEN DES VOLKES\nURTEIL\n\nIn dem Rechtsstreit\n\n" + ("der Frau " if c.sex == "f" else "des Herrn "),
                  P(c.fmt(ch(["full", "full", "surcaps"]))), ", ", A(ad), ",\n– " + ("Klägerin" if c.sex == "f" else "Kläger") + " –\n\nProzessbevollmächtigte: Rechtsanwältin ",
                  P(m.fmt("full")), "\n\ngegen\n\ndie " + firm + " GmbH, vertreten durch den Geschäftsführer ", P(j.fmt("full")),
                  "\n– Beklagte –\n\nhat die 3. Kammer auf die mündliche Verhandlung vom " + other_date(lang, region, "num") + " für Recht erkannt: Die Kündigung vom " +
                  other_date(lang, region, "long") + " ist unwirksam. " + ("Die Klägerin" if c.sex == "f" else "Der Kläger") + " ist seit " + hired + " beschäftigt."]
        return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE"]
    if lang == "fr":
        ad = address(lang, region)
        pieces = ["CONSEIL DE PRUD'HOMMES DE " + town(lang, region).upper() + "\n" + cn + "\n\nJUGEMENT DU " + other_date(lang, region, "long") + "\n\nDEMANDEUR" +
                  ("ESSE" if c.sex == "f" else "") + " :\n" + ("Madame " if c.sex == "f" else "Monsieur "), P(c.fmt(ch(["capsur", "full"]))), "\n" + ("née le " if c.sex == "f" else "né le "),
                  D(birth(lang, region, 1958, 1998)[0]), "\ndemeurant ", AO(lang, region),
                  "\nassisté" + ("e" if c.sex == "f" else "") + " de Me ", P(m.fmt(ch(["full", "capsur"]))), ", avocat au barreau de " + town(lang, region) +
                  "\n\nDÉFENDERESSE :\nSAS " + firm + ", prise en la personne de son représentant légal\n\nComposition : M. ", P(j.fmt("full")), ", président (conseiller salarié)"]
        return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE", "NEG_PLACE"]
    if lang == "nl":
        pieces = ["RECHTBANK " + ch(["DEN HAAG", "GELDERLAND", "NOORD-HOLLAND", "OOST-BRABANT"]) + "\nTeam kanton\nzaaknummer / rolnummer: " + str(rng.randint(10000000, 99999999)) +
                  " / " + ch(["EJ VERZ", "CV EXPL"]) + " " + str(rng.randint(24, 25)) + "-" + str(rng.randint(100, 999)) + "\n\nVonnis in de zaak van\n\n", P(c.fmt("full")),
                  ",\nwonende te ", AO(lang, region), ",\neisende partij,\ngemachtigde: mr. ", P(m.fmt("full")), ",\n\ntegen\n\n" + firm + " B.V.,\ngedaagde partij,\n\n"
                  "1.1. ", P(c.fmt("sur") if not c.surname[0].islower() else c.fmt("full")), " is sinds " + hired + " in dienst. De kantonrechter, mr. ", P(j.fmt("init")), ", oordeelt als volgt."]
        return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE"]
    if lang == "es":
        pieces = ["JUZGADO DE LO SOCIAL Nº %d DE %s\nAutos: %d/%d\n\nSENTENCIA Nº %d/%d\n\nEn %s, a %s.\n\nVistos por mí, " % (rng.randint(1, 40), town(lang, region).upper(), rng.randint(100, 999), rng.choice([2024, 2025]), rng.randint(100, 500), rng.choice([2024, 2025]), town(lang, region), other_date(lang, region, "long")),
                  ("D.ª " if j.sex == "f" else "D. "), P(j.fmt("full")), ", Magistrad" + ("a" if j.sex == "f" else "o") + "-Juez, los presentes autos seguidos a instancia de " + ("D.ª " if c.sex == "f" else "D. "),
                  P(c.fmt(ch(["full", "caps"]))), ", con domicilio en ", AO(lang, region), ", contra " + firm + " S.L.\n\nHECHOS PROBADOS\nPRIMERO.- " + ("La actora" if c.sex == "f" else "El actor") +
                  " ha prestado servicios desde el " + hired + ". Su superior, ", P(m.fmt("full")), ", le comunicó el despido verbalmente."]
        return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE", "NEG_PLACE"]
    if lang == "it":
        pieces = ["TRIBUNALE DI " + town(lang, region).upper() + "\nSezione Lavoro\nR.G. n. %d/%d\n\nREPUBBLICA ITALIANA\nIN NOME DEL POPOLO ITALIANO\n\nIl Giudice, dott. " % (rng.randint(100, 9999), rng.choice([2024, 2025])),
                  P(j.fmt("full")), ", ha pronunciato la seguente SENTENZA nella causa promossa da\n", P(c.fmt(ch(["capsur", "full"]))), ", nat" + ("a" if c.sex == "f" else "o") + " a " + ch(["Lecce", "Bergamo", "Cosenza", "Trieste"]) + " il ",
                  D(birth(lang, region, 1955, 1999)[0]), " e residente in ", AO(lang, region), ", rappresentat" + ("a" if c.sex == "f" else "o") + " e difes" + ("a" if c.sex == "f" else "o") + " dall'avv. ",
                  P(m.fmt("full")), "\n- ricorrente -\ncontro\n" + firm + " S.r.l.\n- resistente -"]
        return pieces, ["NEG_ORG", "NEG_CODE", "NEG_PLACE"]
    pieces = ["Tribunal Judicial da Comarca de " + town(lang, region) + "\nJuízo do Trabalho\nProcesso n.º %d/%d.%dT8%s\n\nSENTENÇA\n\n" % (rng.randint(100, 9999), rng.choice([24, 25]), rng.randint(1, 9), ch(["LSB", "PRT", "AVR"])),
              P(c.fmt(ch(["full", "caps"]))), ", " + ("solteira" if c.sex == "f" else "casado") + ", " + ch(["operária fabril", "técnico de informática", "cozinheira", "motorista"]) + ", residente na ",
              AO(lang, region), ", veio intentar a presente ação contra " + firm + ", Lda., pedindo a declaração de ilicitude do despedimento. Mandatário: Dr. ",
              P(m.fmt("full")), ". Juiz de Direito: ", P(j.fmt("full"))]
    return pieces, ["NEG_ORG", "NEG_CODE"]


@pii("en")
def t_witness(lang, region):
    w, s, o = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    bd, age = birth(lang, region, 1950, 2005)
    inc = other_date(lang, region, "long", 2025, 2026)
    hdr = ch(["WITNESS STATEMENT\n(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)\n\n",
              "STATEMENT OF WITNESS\n\n", "Police Scotland — Statement\n\n", "Victoria Police — Statement of a witness\n\n"])
    over18 = ch(["Over 18", "Age if under 18: over 18", "Age: %d" % age])
    pieces = [hdr, "Statement of: ", P(w.fmt(ch(["full", "caps", "revcaps"]))), "\n" + over18 + "    Occupation: " + ch(["Nurse", "Bus driver", "Retired", "Student", "Barista", "Self-employed"]) + "\n"]
    if rng.random() < 0.7:
        pieces += [ch(["Date of birth: ", "DOB: ", "D.O.B "]), D(bd), "\n"]
    pieces += ["Address: ", A(address(lang, region)), "\n\n",
               ch(["This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief.\n\n", "I make this statement of my own free will.\n\n"]),
               "On " + inc + " at about " + ch(["2140 hrs", "9.40pm", "16:05", "quarter past seven in the morning"]) + " I was walking along " + street_only(lang, region) +
               " towards the " + ch(["Co-op", "Tesco Express", "bus stop", "Aldi car park", "Spar"]) + ". I saw a man I now know to be ", P(s.fmt(ch(["full", "full", "rev"]))),
               " " + ch(["kicking the wing mirror of a parked silver Skoda Octavia", "shouting at a woman near the cash machine", "climbing over the side gate of number " + str(rng.randint(2, 90))]) + ". I know him because "
               + ch(["he used to live two doors down from my mum", "we went to school together", "he drinks in the Red Lion"]) + ". ",
               ch(["My neighbour ", "My friend ", "A woman I know as "]), P(o.fmt(ch(["full", "given"]))), " was with me and also saw this. I would recognise him again.\n\nSigned: ",
               P(w.fmt(ch(["init", "full"]))), "    Statement taken by: PC " + str(rng.randint(1000, 9999)) + " ", P(make_person(lang, region).fmt("sur"))]
    return pieces, ["NEG_ORG", "NEG_PRODUCT", "NEG_DATE", "NEG_CODE", "NEG_PLACE"]


@pii("en")
def t_deed_poll(lang, region):
    old, new = make_person(lang, region), make_person(lang, region)
    new.given = ch([new.given, old.given])
    w1, w2 = make_person(lang, region), make_person(lang, region)
    ad = address(lang, region)
    pieces = [ch(["DEED POLL\n\n", "CHANGE OF NAME DEED\n\n", "Please tidy up this deed poll wording:\n\n"]),
              "BY THIS DEED OF CHANGE OF NAME made by myself the undersigned ", P(new.fmt(ch(["full", "caps", "mid"]))), " of ", A(ad),
              " formerly known as ", P(old.fmt(ch(["full", "caps", "mid"]))),
              "\n\nI HEREBY DECLARE AS FOLLOWS:\n1. I ABSOLUTELY and entirely renounce, relinquish and abandon the use of my said former name and assume, adopt and determine to take and use from the date hereof the name of ",
              P(new.fmt("full")), " in substitution for my former name.\n2. I SHALL at all times hereafter in all records, deeds and documents and in all proceedings sign the name of ",
              P(new.fmt("full")), ".\n\nSIGNED AS A DEED this " + other_date(lang, region, "long", 2025, 2026) + "\nby the above named ", P(new.fmt("full")),
              "\n\nIn the presence of:\nWitness 1: ", P(w1.fmt("full")), ", ", AO(lang, region), "\nWitness 2: ", P(w2.fmt(ch(["full", "caps"]))), ch([", Solicitor", ", " + ch(["retired teacher", "pharmacist", "accountant"])])]
    if rng.random() < 0.5:
        bd, _ = birth(lang, region, 1960, 2007)
        pieces += ["\n\n(Note for HM Passport Office: applicant's date of birth ", D(bd), ", passport no. " + str(rng.randint(100000000, 999999999)) + ")"]
    return pieces, ["NEG_CODE", "NEG_DATE", "NEG_ORG"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_char_reference(lang, region):
    d, w, j = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    yrs = rng.randint(3, 25)
    body = L(lang,
             en="Can you make this character reference for court sound more formal?\n\n\"To the Judge,\nI am writing about %s, who I have known for %d years through %s. "
                "I know %s is due to be sentenced on %s. %s has always helped with the food bank and looked after my dad when he was ill. "
                "I was shocked to hear about the charges.\nYours faithfully,\n%s\n%s\"",
             de="Kannst du dieses Leumundsschreiben fürs Gericht verbessern?\n\n\"Sehr geehrte Damen und Herren,\nich kenne %s seit %d Jahren aus %s. "
                "Ich weiß, dass die Verhandlung gegen %s am %s stattfindet. %s hat immer bei der Tafel mitgeholfen und meinen Vater gepflegt, als er krank war.\n"
                "Mit freundlichen Grüßen\n%s\n%s\"",
             fr="Peux-tu améliorer cette attestation de moralité pour le tribunal ?\n\n\"Madame, Monsieur le Président,\nJe connais %s depuis %d ans par %s. "
                "Je sais que %s doit comparaître le %s. %s a toujours aidé aux Restos du Cœur et s'est occupé de mon père malade.\n"
                "Veuillez agréer...\n%s\n%s\"",
             nl="Kun je deze karakterverklaring voor de rechtbank netter maken?\n\n\"Geachte rechter,\nIk ken %s al %d jaar via %s. "
                "Ik weet dat de zitting van %s op %s is. %s heeft altijd geholpen bij de voedselbank en zorgde voor mijn vader toen hij ziek was.\n"
                "Met vriendelijke groet,\n%s\n%s\"",
             es="¿Puedes mejorar esta carta de referencia para el juzgado?\n\n\"Señoría:\nConozco a %s desde hace %d años por %s. "
                "Sé que el juicio de %s es el %s. %s siempre ayudó en el banco de alimentos y cuidó de mi padre cuando estuvo enfermo.\n"
                "Atentamente,\n%s\n%s\"",
             it="Puoi rendere più formale questa lettera di referenze per il tribunale?\n\n\"Egregio Giudice,\nconosco %s da %d anni tramite %s. "
                "So che l'udienza di %s è fissata per il %s. %s ha sempre aiutato al banco alimentare e ha assistito mio padre quando era malato.\n"
                "Distinti saluti\n%s\n%s\"",
             pt="Podes melhorar esta carta abonatória para o tribunal?\n\n\"Exmo. Senhor Juiz,\nConheço %s há %d anos através de %s. "
                "Sei que a audiência de %s está marcada para %s. %s sempre ajudou no banco alimentar e cuidou do meu pai quando esteve doente.\n"
                "Com os melhores cumprimentos,\n%s\n%s\"")
    parts = body.split("%s")
    via = L(lang, en=ch(["the rugby club", "church", "work at the depot"]), de=ch(["dem Sportverein", "der Kirchengemeinde"]), fr=ch(["le club de foot", "la paroisse"]),
            nl=ch(["de voetbalclub", "het werk"]), es=ch(["el club de fútbol", "la parroquia"]), it=ch(["la parrocchia", "la squadra di calcetto"]), pt=ch(["o clube", "a paróquia"]))
    parts[1] = parts[1].replace("%d", str(yrs))
    parts[1] = parts[1] % () if "%" in parts[1] else parts[1]
    date = other_date(lang, region, "long", 2026, 2027)
    tail = L(lang, en=ch(["Team leader, ", "Volunteer coordinator, ", ""]), de="", fr="", nl="", es="", it="", pt="")
    pieces = [parts[0], P(d.fmt("full")), parts[1] + via + parts[2], P(d.fmt(ch(["given", "full"]))), parts[3] + date + parts[4],
              P(d.fmt("given")), parts[5], P(w.fmt(ch(["full", "full", "mid"]))), parts[6]]
    if rng.random() < 0.5:
        pieces += [tail, A(address(lang, region)), parts[7]]
    else:
        pieces += [E(email(w)), parts[7]]
    return pieces, ["NEG_DATE", "NEG_ORG"]


@pii("en")
def t_jury(lang, region):
    p = make_person(lang, region)
    bd, age = birth(lang, region, 1950, 2004)
    d = make_person(lang, region)
    pieces = ["Subject: Request for excusal from jury service — Juror no. " + str(rng.randint(100000, 999999)) + "\n\n" + ch(["Dear Jury Central Summoning Bureau,", "To the Jury Commissioner,", "Dear Sir/Madam,"]) +
              "\n\nI have received a summons to attend " + ch(["Snaresbrook Crown Court", "the Superior Court in " + town(lang, region), "the Circuit Court"]) + " on " + other_date(lang, region, "long", 2026, 2027) +
              ". My details are:\nName: ", P(p.fmt(ch(["full", "caps", "rev"]))), "\n" + ch(["Date of birth: ", "DOB: "]), D(bd), "\nAddress: ", AO(lang, region),
              "\n\nI am the sole carer for my " + ch(["husband, ", "mother, ", "son, "]), P(make_person(lang, region).fmt(ch(["full", "given"]))),
              ", who has " + ch(["advanced Parkinson's disease", "Alzheimer's", "Crohn's disease"]) + ". A letter from his GP, Dr ", P(d.fmt(ch(["sur", "full"]))), ", is attached.\n\nKind regards,\n",
              P(p.fmt(ch(["given", "full"])))]
    return pieces, ["NEG_TERM", "NEG_DATE", "NEG_PLACE", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_discharge(lang, region):
    pt_, cons, gp = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    bd, age = birth(lang, region, 1935, 1990)
    adm, dis = other_date(lang, region, None, 2026, 2026), other_date(lang, region, None, 2026, 2026)
    if lang == "en":
        pieces = ["Please turn this discharge letter into plain English for my " + ch(["dad", "mum", "uncle"]) + ":\n\n" + ch(["Dear Dr ", "Dear Dr. ", "Dear "]), P(gp.fmt(ch(["sur", "full"]))),
                  ",\n\nRe: ", P(pt_.fmt(ch(["full", "caps", "rev"]))), ch([", ", " — ", "  "]) + ch(["DOB ", "D.O.B. ", "born "]), D(bd), ch([", ", "\n"]), AO(lang, region),
                  "\n\n" + pt_.title(lang), P(pt_.fmt("sur")), " was admitted on " + adm + " with " + ch(["community-acquired pneumonia", "a fall and a fractured neck of femur", "an NSTEMI", "acute kidney injury"]) +
                  " and discharged home on " + dis + ". " + ("She" if pt_.sex == "f" else "He") + " is " + str(age) + " years old and lives with " + ch(["her husband", "his wife", "a daughter"]) + ". " +
                  ch(["We have started apixaban 5 mg BD.", "Please check U&Es in one week.", "Physio follow-up has been arranged at the Nightingale Unit."]) +
                  "\n\nYours sincerely,\n\n", P(cons.fmt(ch(["full", "init"]))), "\n" + ch(["Consultant Physician", "Specialty Registrar in Geriatrics", "Consultant Orthopaedic Surgeon"]) +
                  "\ncc: patient; ", P(make_person(lang, region).fmt("full")), " (daughter)"]
        return pieces, ["NEG_DATE", "NEG_PRODUCT", "NEG_PLACE"]
    intro = L(lang, de="Kannst du mir diesen Entlassbrief erklären?\n\n", fr="Tu peux m'expliquer ce compte rendu d'hospitalisation ?\n\n", nl="Kun je deze ontslagbrief uitleggen?\n\n",
              es="¿Me explicas este informe de alta?\n\n", it="Mi spieghi questa lettera di dimissione?\n\n", pt="Podes explicar-me esta nota de alta?\n\n", en="")
    dear = L(lang, de="Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege " if rng.random() < 0.5 else "Sehr geehrte/r Dr. ", fr="Cher confrère, Dr ", nl="Geachte collega ",
             es="Estimado/a Dr./Dra. ", it="Gentile collega dott. ", pt="Caro colega Dr. ", en="")
    about = L(lang, de="wir berichten über ", fr="nous avons hospitalisé ", nl="wij zagen ", es="le informamos sobre ", it="Le scriviamo riguardo a ", pt="informamos sobre ", en="")
    born = L(lang, de=ch([", geb. ", " (geb. ", ", *"]), fr=ch([", né(e) le ", " (DDN ", ", née le "]), nl=ch([", geboren ", " (geb. "]), es=ch([", nacido/a el ", " (FN "]),
             it=ch([", nato/a il ", " (n. "]), pt=ch([", nascido/a a ", " (DN "]), en="")
    pieces = [intro + dear.rstrip() + " ", P(gp.fmt("sur")), ",\n\n" + about, P(pt_.fmt(ch(["full", "full", "capsur"]))), born, D(bd), ")" if "(" in born else "",
              L(lang, de=", wohnhaft ", fr=", domicilié(e) ", nl=", wonend ", es=", con domicilio en ", it=", residente in ", pt=", residente na ", en=""), AO(lang, region),
              L(lang, de=", der/die vom %s bis %s bei uns stationär behandelt wurde. Diagnose: Pneumonie. Mit freundlichen kollegialen Grüßen\n",
                fr=", du %s au %s. Diagnostic : pneumopathie. Confraternellement,\n", nl=", opgenomen van %s tot %s. Diagnose: pneumonie. Met collegiale groet,\n",
                es=", ingresado/a del %s al %s. Diagnóstico: neumonía. Un saludo,\n", it=", ricoverato/a dal %s al %s. Diagnosi: polmonite. Cordiali saluti,\n",
                pt=", internado/a de %s a %s. Diagnóstico: pneumonia. Cumprimentos,\n", en="") % (adm, dis),
              L(lang, de="OA Dr. ", fr="Dr ", nl="dr. ", es="Dra. ", it="Dott. ", pt="Dr. ", en=""), P(cons.fmt("full"))]
    return pieces, ["NEG_DATE", "NEG_TERM"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_referral(lang, region):
    pt_, gp, spec = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    bd, age = birth(lang, region, 1950, 2015)
    sym = L(lang, en=ch(["a six-month history of intermittent chest pain on exertion", "recurrent migraines with aura", "a changing mole on the left shoulder"]),
            de=ch(["seit sechs Monaten belastungsabhängige Brustschmerzen", "rezidivierende Migräne mit Aura"]),
            fr=ch(["des douleurs thoraciques d'effort depuis six mois", "des migraines avec aura récidivantes"]),
            nl=ch(["sinds een half jaar pijn op de borst bij inspanning", "terugkerende migraine met aura"]),
            es=ch(["dolor torácico de esfuerzo desde hace seis meses", "migrañas con aura de repetición"]),
            it=ch(["dolore toracico da sforzo da sei mesi", "emicrania con aura ricorrente"]),
            pt=ch(["dor torácica de esforço há seis meses", "enxaquecas com aura recorrentes"]))
    if lang == "en":
        opener = ch(["Dear Dr ", "Dear Dr. ", "Dear colleague (Dr "])
        pieces = [opener, P(spec.fmt("sur")), ")" if "(" in opener else "", ",\n\nThank you for seeing this " + str(age) + "-year-old " + ("woman" if pt_.sex == "f" else "man") + ", ",
                  P(pt_.fmt("full")), " (" + ch(["DOB ", "born ", "d.o.b. "]), D(bd), ch(["), of ", "), from "]), AO(lang, region), ", who presents with " + sym + ". " +
                  ("His" if pt_.sex == "m" else "Her") + " mother had a similar problem at " + str(rng.randint(40, 60)) + ". Current medication: atorvastatin 20 mg. " +
                  ch(["I would be grateful for your opinion.", "Please could you see " + ("her" if pt_.sex == "f" else "him") + " in the rapid access clinic."]) + "\n\nKind regards,\nDr ",
                  P(gp.fmt(ch(["full", "init"]))), "\n" + ch(["Ashgrove Medical Practice", "Riverside Family Health", "The Surgery, " + street_only(lang, region)])]
        return pieces, ["NEG_PRODUCT", "NEG_ORG", "NEG_PLACE"]
    pieces = [L(lang, de="Überweisung an ", fr="Adressé au ", nl="Verwijzing naar ", es="Derivación a ", it="Richiesta di consulenza per ", pt="Referenciação para "),
              L(lang, de="Dr. med. ", fr="Dr ", nl="dr. ", es="Dr. ", it="dott. ", pt="Dra. "), P(spec.fmt(ch(["full", "sur"]))), "\n\n" +
              L(lang, de="Ich überweise ", fr="Je vous adresse ", nl="Graag verwijs ik ", es="Le remito a ", it="Le invio ", pt="Envio "),
              P(pt_.fmt(ch(["full", "full", "lower"]))), ", " + str(age) + L(lang, de=" Jahre, ", fr=" ans, ", nl=" jaar, ", es=" años, ", it=" anni, ", pt=" anos, ") +
              L(lang, de=ch(["geboren am ", "geb. "]), fr=ch(["née le ", "né le "]), nl=ch(["geboren ", "geb. "]), es="nacido/a el ", it="nato/a il ", pt="nascido/a em "), D(bd),
              L(lang, de=", wegen ", fr=", pour ", nl=", in verband met ", es=", por ", it=", per ", pt=", por ") + sym + ".\n" +
              L(lang, de="Adresse: ", fr="Adresse : ", nl="Adres: ", es="Domicilio: ", it="Indirizzo: ", pt="Morada: "), AO(lang, region), "\n\n",
              L(lang, de="Mit kollegialen Grüßen\n", fr="Bien confraternellement,\n", nl="Met vriendelijke groet,\n", es="Atentamente,\n", it="Cordialmente,\n", pt="Com os melhores cumprimentos,\n"),
              P(gp.fmt("full")), L(lang, de=", Hausärztin", fr=", médecin généraliste", nl=", huisarts", es=", médico de familia", it=", MMG", pt=", médica de família")]
    return pieces, ["NEG_TERM"]


@pii("it", "en", "es", "pt", "fr")
def t_sport_cert(lang, region):
    a, doc, par = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    bd, age = birth(lang, region, 2008, 2018)
    club = ch(["A.S.D. Virtus", "Polisportiva San Giorgio", "CD Numancia Juvenil", "GD Estrela", "Harbour City Swim Club", "US Ferrières"])
    if lang == "it":
        pieces = ["CERTIFICATO DI IDONEITÀ ALL'ATTIVITÀ SPORTIVA AGONISTICA\n\nSi certifica che l" + ("a" if a.sex == "f" else "'") + " atlet" + ("a" if a.sex == "f" else "a") + " ",
                  P(a.fmt(ch(["capsur", "full", "caps"]))), "\nnat" + ("a" if a.sex == "f" else "o") + " a " + ch(["Monza", "Lucca", "Catania", "Udine"]) + " il ", D(bd),
                  "\nresidente a ", A(address(lang, region)), "\nsocietà: " + club + "  sport: " + ch(["calcio", "pallavolo", "nuoto", "atletica leggera"]) +
                  "\nnon presenta controindicazioni in atto alla pratica agonistica.\nValidità: 12 mesi, scadenza " + other_date(lang, region, "num", 2026, 2027) +
                  "\n\nIl medico specialista in Medicina dello Sport\nDott. ", P(doc.fmt("full")), "\n\n(genitore: ", P(par.fmt("full")), ", tel. 3" + str(rng.randint(10, 49)) + " " + str(rng.randint(1000000, 9999999)) + ")"]
        return pieces, ["NEG_ORG", "NEG_DATE", "NEG_PLACE"]
    pieces = [L(lang, en="Pre-participation physical — " + club + "\nAthlete: ", es="Certificado médico deportivo — " + club + "\nDeportista: ",
                pt="Atestado médico desportivo — " + club + "\nAtleta: ", fr="Certificat médical de non contre-indication — " + club + "\nLicencié(e) : "),
              P(a.fmt(ch(["full", "rev", "caps"]))), L(lang, en="   DOB: ", es="   F. nac.: ", pt="   Data de nasc.: ", fr="   né(e) le "), D(bd),
              L(lang, en="\nParent/guardian: ", es="\nTutor/a: ", pt="\nEncarregado de educação: ", fr="\nReprésentant légal : "), P(par.fmt("full")),
              L(lang, en="\nCleared for full participation. Next review: ", es="\nApto/a. Próxima revisión: ", pt="\nApto/a. Próxima revisão: ", fr="\nApte. Prochaine visite : ") + other_date(lang, region, None, 2026, 2027) +
              "\n" + L(lang, en="Examining physician: Dr. ", es="Médico: Dr. ", pt="Médico: Dr. ", fr="Médecin : Dr "), P(doc.fmt(ch(["full", "init"])))]
    return pieces, ["NEG_ORG", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_vet_referral(lang, region):
    o, v, v2 = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    pet = ch(["Biscuit", "Luna", "Otto", "Mochi", "Pepper", "Frida", "Bolt", "Kiko", "Nala", "Balou"])
    petdob = other_date(lang, region, None, 2014, 2023)
    species = L(lang, en=ch(["8yo MN Labrador", "FS DSH cat", "MN Border Collie", "4yo F Cavalier King Charles"]), de=ch(["Labrador, männlich kastriert", "EKH, weiblich kastriert"]),
                fr=ch(["Labrador mâle castré", "chatte européenne stérilisée"]), nl=ch(["Labrador reu gecastreerd", "Europese korthaar poes"]),
                es=ch(["Labrador macho castrado", "gata común europea esterilizada"]), it=ch(["Labrador maschio castrato", "gatta europea sterilizzata"]),
                pt=ch(["Labrador macho castrado", "gata europeia esterilizada"]))
    pieces = [L(lang, en="Referral — ", de="Überweisung — ", fr="Référé — ", nl="Doorverwijzing — ", es="Derivación — ", it="Referto per invio — ", pt="Referência — ") +
              ch(["Orthopaedics", "Oncology", "Cardiology", "Dermatology"]) + "\n" +
              L(lang, en="To: ", de="An: ", fr="À : ", nl="Aan: ", es="Para: ", it="A: ", pt="Para: ") + ch(["Dr ", "Dr. ", "Dr.ssa ", "Dra. "]), P(v2.fmt(ch(["full", "sur"]))),
              ch([", ", " — "]) + ch(["Anderton Referrals", "Tierklinik Hofheim", "CHV Frégis", "AniCura", "Ospedale Veterinario I Portoni Rossi"]) + "\n" +
              L(lang, en="Patient: ", de="Patient: ", fr="Patient : ", nl="Patiënt: ", es="Paciente: ", it="Paziente: ", pt="Paciente: ") + pet + " (" + species + ", " +
              L(lang, en="DOB ", de="geb. ", fr="né le ", nl="geb. ", es="nac. ", it="nato il ", pt="nasc. ") + petdob + ")\n" +
              L(lang, en="Owner: ", de="Besitzer/in: ", fr="Propriétaire : ", nl="Eigenaar: ", es="Propietario/a: ", it="Proprietario: ", pt="Tutor: "),
              P(o.fmt(ch(["full", "rev", "caps", "full"]))), ", ", AO(lang, region), ch([", ", "\n"]) + "Tel. 0" + str(rng.randint(100000000, 999999999)) + ch(["", ", "]),
              ]
    if pieces[-1].endswith(", "):
        pieces += [E(email(o)), "\n"]
    else:
        pieces += ["\n"]
    pieces += [L(lang, en="History: lame on the left hind for 3 weeks, no response to meloxicam. Owner prefers contact by phone. Please send your report to me and to my colleague ",
                 de="Anamnese: seit 3 Wochen lahm hinten links, keine Besserung unter Meloxicam. Bitte Befund an mich und an meine Kollegin ",
                 fr="Anamnèse : boiterie postérieure gauche depuis 3 semaines, pas de réponse au méloxicam. Merci d'adresser le compte rendu à moi et à ma consœur ",
                 nl="Anamnese: sinds 3 weken kreupel links achter, geen effect van meloxicam. Graag verslag naar mij en naar mijn collega ",
                 es="Historia: cojera posterior izquierda desde hace 3 semanas, sin respuesta a meloxicam. Enviar informe a mí y a mi compañera ",
                 it="Anamnesi: zoppia posteriore sinistra da 3 settimane, nessuna risposta al meloxicam. Inviare referto a me e alla collega ",
                 pt="História: claudicação posterior esquerda há 3 semanas, sem resposta ao meloxicam. Enviar relatório para mim e para a colega "),
               P(make_person(lang, region).fmt(ch(["full", "given"]))), ".\n— ", P(v.fmt(ch(["full", "init"]))), ch([", MRCVS", ", Tierärztin", ", DVM", ""])]
    return pieces, ["NEG_PET", "NEG_DATE", "NEG_ORG", "NEG_PRODUCT"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_trip_consent(lang, region):
    kid, par, par2, teach = make_person(lang, region), make_person(lang, region), make_person(lang, region), make_person(lang, region)
    kid.surname = par.surname if rng.random() < 0.7 else kid.surname
    bd, age = birth(lang, region, 2010, 2019)
    dest = ch(["Kew Gardens", "Europa-Park", "Futuroscope", "Archeon", "Museo Egizio", "Oceanário de Lisboa", "Parque Warner"])
    trip = other_date(lang, region, "long", 2026, 2027)
    lab = {
        "en": ("SCHOOL TRIP CONSENT FORM — Year %d visit to %s on %s\n\nPupil's name: ", "Class: ", "Date of birth: ", "Home address: ", "Allergies / medical: ",
               "Emergency contact 1: ", "Emergency contact 2: ", "I give permission for my child to take part. Signed (parent/carer): ", "Trip leader: "),
        "de": ("EINVERSTÄNDNISERKLÄRUNG Klassenfahrt Jg. %d nach %s am %s\n\nName des Kindes: ", "Klasse: ", "Geburtsdatum: ", "Anschrift: ", "Allergien: ",
               "Notfallkontakt 1: ", "Notfallkontakt 2: ", "Ich bin einverstanden. Unterschrift Erziehungsberechtigte/r: ", "Leitung: "),
        "fr": ("AUTORISATION DE SORTIE SCOLAIRE — classe de %de, %s, le %s\n\nNom et prénom de l'élève : ", "Classe : ", "Date de naissance : ", "Adresse : ", "Allergies : ",
               "Personne à prévenir 1 : ", "Personne à prévenir 2 : ", "J'autorise mon enfant à participer. Signature du responsable légal : ", "Enseignant(e) responsable : "),
        "nl": ("TOESTEMMINGSFORMULIER schoolreis groep %d naar %s op %s\n\nNaam leerling: ", "Groep: ", "Geboortedatum: ", "Adres: ", "Allergieën: ",
               "Contactpersoon 1: ", "Contactpersoon 2: ", "Ik geef toestemming. Handtekening ouder/verzorger: ", "Begeleider: "),
        "es": ("AUTORIZACIÓN EXCURSIÓN — %dº curso a %s el %s\n\nNombre del alumno/a: ", "Curso: ", "Fecha de nacimiento: ", "Domicilio: ", "Alergias: ",
               "Contacto de emergencia 1: ", "Contacto de emergencia 2: ", "Autorizo a mi hijo/a a participar. Firma del padre/madre/tutor: ", "Profesor/a responsable: "),
        "it": ("AUTORIZZAZIONE USCITA DIDATTICA — classe %da, %s, %s\n\nAlunno/a: ", "Classe: ", "Data di nascita: ", "Residenza: ", "Allergie: ",
               "Recapito emergenza 1: ", "Recapito emergenza 2: ", "Autorizzo mio/a figlio/a a partecipare. Firma del genitore: ", "Docente accompagnatore: "),
        "pt": ("AUTORIZAÇÃO VISITA DE ESTUDO — %dº ano, %s, %s\n\nNome do aluno: ", "Turma: ", "Data de nascimento: ", "Morada: ", "Alergias: ",
               "Contacto de emergência 1: ", "Contacto de emergência 2: ", "Autorizo o meu educando a participar. Assinatura do encarregado de educação: ", "Professor responsável: "),
    }[lang]
    rel = L(lang, en=["mum", "dad", "grandma", "aunt"], de=["Mutter", "Vater", "Oma"], fr=["mère", "père", "grand-mère"], nl=["moeder", "vader", "oma"],
            es=["madre", "padre", "abuela"], it=["mamma", "papà", "nonna"], pt=["mãe", "pai", "avó"])
    style = ch(["full", "caps", "rev", "lower"])
    pieces = [lab[0] % (rng.randint(3, 9), dest, trip), P(kid.fmt(style)), "\n" + lab[1] + ch(["5B", "4A", "6ème C", "3C", "7G"]) + "\n" + lab[2], D(bd), "\n"]
    if rng.random() < 0.7:
        pieces += [lab[3], A(address(lang, region)), "\n"]
    pieces += [lab[4] + ch(["none", "peanuts (EpiPen in bag)", "—", "lactose", "Penicillin"]) + "\n" + lab[5], P(par.fmt(ch(["full", "given", "lower"]))), " (" + ch(rel) + ") 0" + str(rng.randint(600000000, 799999999)) + "\n"]
    if rng.random() < 0.6:
        pieces += [lab[6], P(par2.fmt("full")), " (" + ch(rel) + ")\n"]
    pieces += [lab[7], P(par.fmt(ch(["full", "init", "caps"]))), "   " + other_date(lang, region, "num", 2026, 2026) + "\n" + lab[8], teach.title(lang), P(teach.fmt("sur"))]
    return pieces, ["NEG_PLACE", "NEG_DATE", "NEG_PRODUCT"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_nursery_pickup(lang, region):
    kid, p1 = make_person(lang, region), make_person(lang, region)
    kid.surname = p1.surname
    auths = [make_person(lang, region) for _ in range(rng.randint(1, 2))]
    bd, _ = birth(lang, region, 2020, 2024)
    hdr = L(lang, en="Authorised collection list", de="Abholberechtigung Kita " + ch(["Sonnenschein", "Regenbogen", "Pusteblume"]), fr="Autorisation de sortie — crèche " + ch(["Les Lutins", "Arc-en-ciel"]),
            nl="Ophaalmachtiging kinderopvang " + ch(["De Boomhut", "Kikker"]), es="Autorización de recogida — Escuela infantil " + ch(["Los Pinos", "Arcoíris"]),
            it="Delega al ritiro — Asilo nido " + ch(["Il Girasole", "Aquilone"]), pt="Autorização de recolha — Creche " + ch(["O Pião", "Arco-Íris"]))
    pieces = [hdr + "\n" + L(lang, en="Child: ", de="Kind: ", fr="Enfant : ", nl="Kind: ", es="Niño/a: ", it="Bambino/a: ", pt="Criança: "), P(kid.fmt(ch(["full", "given", "rev"]))),
              " (" + L(lang, en="born ", de="geb. ", fr="né(e) le ", nl="geb. ", es="nac. ", it="nato/a il ", pt="nasc. "), D(bd), ")\n" +
              L(lang, en="Parent: ", de="Elternteil: ", fr="Parent : ", nl="Ouder: ", es="Madre/padre: ", it="Genitore: ", pt="Pai/mãe: "), P(p1.fmt("full")), ", ", E(email(p1)), "\n" +
              L(lang, en="The following people may collect my child:\n", de="Folgende Personen dürfen mein Kind abholen:\n", fr="Personnes autorisées à récupérer l'enfant :\n",
                nl="Deze personen mogen mijn kind ophalen:\n", es="Pueden recoger a mi hijo/a:\n", it="Persone delegate al ritiro:\n", pt="Podem ir buscar o meu filho/a:\n")]
    for i, a in enumerate(auths):
        rel = L(lang, en=ch(["grandmother", "neighbour", "au pair", "uncle", "childminder"]), de=ch(["Oma", "Nachbarin", "Onkel", "Tagesmutter"]), fr=ch(["grand-mère", "voisine", "nounou", "oncle"]),
                nl=ch(["oma", "buurvrouw", "oppas", "oom"]), es=ch(["abuela", "vecina", "tío", "niñera"]), it=ch(["nonna", "vicina", "zio", "babysitter"]), pt=ch(["avó", "vizinha", "tio", "ama"]))
        pieces += ["%d. " % (i + 1) if rng.random() < 0.6 else "- ", P(a.fmt(ch(["full", "full", "caps", "rev"]))), " (" + rel + ")" + ch(["", ", ID " + ch(["passport", "DNI", "carta d'identità", "Personalausweis"]) + " checked"]) + "\n"]
    pieces += [L(lang, en="NOT authorised: ", de="NICHT abholberechtigt: ", fr="NON autorisé : ", nl="NIET gemachtigd: ", es="NO autorizado: ", it="NON autorizzato: ", pt="NÃO autorizado: "),
               P(make_person(lang, region).fmt("full")), ch([" (court order on file)", " — see note", ""])]
    return pieces, ["NEG_ORG", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_agm_minutes(lang, region):
    chair, sec, tre = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    others = [make_person(lang, region) for _ in range(2)]
    club = L(lang, en=ch(["Riverside Allotment Society", "Harbour Rowing Club", "Friends of Abbey Park"]), de=ch(["Schützenvereins Eichenau", "Tennisclubs Blau-Weiß", "Heimatvereins Oberdorf"]),
             fr=ch(["Amicale des Pêcheurs", "Association des Parents d'Élèves", "Union Cycliste"]), nl=ch(["Wijkvereniging De Linden", "Volkstuinvereniging Ons Belang", "Roeivereniging De Hoop"]),
             es=ch(["Peña Barcelonista de Getafe", "Asociación de Vecinos San Blas", "AMPA Colegio Cervantes"]), it=ch(["Circolo Bocciofilo Aurora", "Pro Loco Valdera", "ASD Ciclistica Vespucci"]),
             pt=ch(["Associação de Moradores do Bairro Alto", "Sociedade Filarmónica Recreio", "Clube Naval da Foz"]))
    lw = {
        "en": ("Minutes of the Annual General Meeting of %s held on %s\nPresent: ", "Apologies: ", "1. Election of officers\n", " was re-elected Chair (proposed by ", ", seconded by ",
               "). Votes: %d for, %d against, %d abstentions.\n", " stood down as Treasurer after %d years; ", " was elected in her place unopposed.\n", "2. Any other business\n", " raised the state of the car park on ",
               ". Action: "),
        "de": ("Protokoll der Jahreshauptversammlung des %s am %s\nAnwesend: ", "Entschuldigt: ", "TOP 1 Wahlen\n", " wurde als 1. Vorsitzende/r wiedergewählt (Vorschlag: ", ", unterstützt von ",
               "). Abstimmung: %d Ja, %d Nein, %d Enthaltungen.\n", " tritt nach %d Jahren als Kassenwart/in zurück; ", " wurde ohne Gegenstimme gewählt.\n", "TOP 2 Verschiedenes\n", " spricht den Parkplatz an der ",
               " an. Aufgabe: "),
        "fr": ("Procès-verbal de l'assemblée générale de l'%s du %s\nPrésents : ", "Excusés : ", "1. Élection du bureau\n", " est réélu(e) président(e) (proposé(e) par ", ", appuyé(e) par ",
               "). Vote : %d pour, %d contre, %d abstentions.\n", " quitte la trésorerie après %d ans ; ", " est élu(e) sans opposition.\n", "2. Questions diverses\n", " signale l'état du parking ",
               ". Action : "),
        "nl": ("Notulen van de algemene ledenvergadering van %s, %s\nAanwezig: ", "Afwezig m.k.: ", "1. Bestuursverkiezing\n", " is herkozen als voorzitter (voorgedragen door ", ", gesteund door ",
               "). Stemmen: %d voor, %d tegen, %d onthoudingen.\n", " treedt na %d jaar af als penningmeester; ", " is bij acclamatie gekozen.\n", "2. Rondvraag\n", " vraagt naar de parkeerplaats aan de ",
               ". Actie: "),
        "es": ("Acta de la asamblea general ordinaria de la %s celebrada el %s\nAsistentes: ", "Excusan asistencia: ", "1. Elección de la junta directiva\n", " es reelegido/a presidente/a (propuesto/a por ", ", secundado/a por ",
               "). Votos: %d a favor, %d en contra, %d abstenciones.\n", " deja la tesorería tras %d años; ", " es elegido/a sin oposición.\n", "2. Ruegos y preguntas\n", " plantea el estado del aparcamiento de ",
               ". Acción: "),
        "it": ("Verbale dell'assemblea ordinaria dei soci del %s del %s\nPresenti: ", "Assenti giustificati: ", "1. Elezione del consiglio direttivo\n", " è rieletto/a presidente (proposta di ", ", appoggiata da ",
               "). Voti: %d favorevoli, %d contrari, %d astenuti.\n", " lascia l'incarico di tesoriere dopo %d anni; ", " viene eletto/a all'unanimità.\n", "2. Varie ed eventuali\n", " segnala lo stato del parcheggio di ",
               ". Azione: "),
        "pt": ("Ata da assembleia geral da %s realizada em %s\nPresentes: ", "Ausências justificadas: ", "1. Eleição dos órgãos sociais\n", " foi reeleito/a presidente (proposta de ", ", apoiada por ",
               "). Votos: %d a favor, %d contra, %d abstenções.\n", " deixa a tesouraria após %d anos; ", " foi eleito/a sem oposição.\n", "2. Outros assuntos\n", " levantou o estado do parque da ",
               ". Ação: "),
    }[lang]
    pieces = [lw[0] % (club, other_date(lang, region, "long", 2025, 2026))]
    ppl = [chair, sec, tre] + others[:rng.randint(0, 2)]
    rng.shuffle(ppl)
    sty = ch(["full", "init", "full", "given_sur_caps"])
    for i, p in enumerate(ppl):
        pieces += [P(p.fmt("surcaps" if sty == "given_sur_caps" else sty)), ", " if i < len(ppl) - 1 else "\n"]
    pieces += [lw[1], P(make_person(lang, region).fmt(sty if sty != "given_sur_caps" else "full")), "\n\n" + lw[2], P(chair.fmt("full")), lw[3], P(sec.fmt(ch(["given", "full", "sur"]))),
               lw[4], P(others[0].fmt(ch(["given", "full"]))), lw[5] % (rng.randint(20, 80), rng.randint(0, 9), rng.randint(0, 5)),
               P(make_person(lang, region).fmt("full")), lw[6] % rng.randint(4, 30), P(tre.fmt("full")), lw[7] + lw[8], P(others[1].fmt(ch(["given", "full"]))),
               lw[9] + street_only(lang, region) + lw[10], P(sec.fmt(ch(["given", "init"]))), ch([" to write to the council.", " / " + ch(["Gemeinde", "mairie", "gemeente", "ayuntamiento", "Comune", "Câmara"]), "."])]
    return pieces, ["NEG_ORG", "NEG_DATE", "NEG_PLACE"]


@pii("en", "de", "nl", "fr")
def t_waitlist(lang, region):
    kind = ch(["allotment", "marina", "garden"])
    hdr = L(lang, en=ch(["Allotment waiting list — updated ", "Marina berth waiting list as at "]), de=ch(["Warteliste Kleingartenanlage \"Am Sonnenhang\" – Stand ", "Warteliste Liegeplätze Yachthafen – Stand "]),
            nl=ch(["Wachtlijst volkstuinen – stand ", "Wachtlijst ligplaatsen jachthaven – stand "]), fr=ch(["Liste d'attente jardins familiaux — mise à jour ", "Liste d'attente anneaux du port — au "]))
    cols = L(lang, en="Pos | Name | Address | Applied | Notes", de="Nr. | Name | Anschrift | Eingang | Bemerkung", nl="Nr | Naam | Adres | Aangemeld | Opm.", fr="Rang | Nom | Adresse | Demande | Remarques")
    pieces = [hdr + other_date(lang, region, "num", 2026, 2026) + "\n" + cols + "\n"]
    for i in range(rng.randint(2, 4)):
        p = make_person(lang, region)
        pieces += ["%d | " % (i + 1), P(p.fmt(ch(["rev", "full", "revcaps", "init"]))), " | "]
        if rng.random() < 0.6:
            pieces += [A(address(lang, region))]
        else:
            pieces += [town(lang, region)]
        pieces += [" | " + other_date(lang, region, "num", 2019, 2025) + " | " + ch(["", "half plot ok", "boat 9.5 m", "moved, new address pending", "Halbe Parzelle", "deelt met buurman", "—"]) + "\n"]
    return pieces, ["NEG_DATE", "NEG_PLACE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_chess(lang, region):
    n = rng.randint(3, 5)
    ps = [make_person(lang, region) for _ in range(n)]
    junior = rng.random() < 0.3
    title = ch(["U14 Open", "Junior Championship", "Jugendmeisterschaft U16", "Open des Jeunes", "Schaakkampioenschap jeugd", "Torneo Sub-16", "Campionato Giovanile U14"]) if junior else \
        ch(["Club Championship", "Stadtmeisterschaft", "Open de printemps", "Clubkampioenschap", "Torneo Abierto", "Torneo Semilampo", "Torneio Aberto"])
    pieces = [title + " " + str(rng.choice([2025, 2026])) + " — " + ch(["final standings", "Endstand", "classement final", "eindstand", "clasificación final", "classifica finale", "classificação final"]) + "\n"
              "Rk  Name                     FED  " + ("DOB         " if junior else "Rtg   ") + "Pts  TB\n"]
    for i, p in enumerate(ps):
        nm = p.fmt(ch(["rev", "rev", "full", "revinit"]))
        pieces += ["%-3d " % (i + 1), P(nm), " " * max(1, 25 - len(nm)) + ch(["GER", "FRA", "ENG", "NED", "ESP", "ITA", "POR", "BEL", "SUI", "AUT", "IRL", "BRA", "ARG", "MEX", "IND", "RSA"]) + "  "]
        if junior:
            pieces += [D(birth(lang, region, 2010, 2016, ch(["iso", "num"]))[0]), "  "]
        else:
            pieces += [str(rng.randint(1200, 2350)) + "  "]
        pieces += ["%.1f  %d\n" % (rng.randint(4, 14) / 2, rng.randint(10, 40))]
    pieces += ["\nArbiter: ", P(make_person(lang, region).fmt(ch(["full", "init"]))), ch([" (FA)", " (IA)", ""]) + "  — " + ch(["Sicilian Najdorf in round 3 decided the title.", "Best game prize: Caro-Kann, Round 5.", "Ruy Lopez everywhere."])]
    return pieces, ["NEG_TERM", "NEG_CODE", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_race_entry(lang, region):
    p = make_person(lang, region)
    bd, age = birth(lang, region, 1955, 2006)
    race = ch(["Great North Run", "Berlin-Marathon", "Semi-marathon de " + town(lang, region), "Zevenheuvelenloop", "Behobia-San Sebastián", "Maratona di Roma", "Meia Maratona de Lisboa",
               "City2Surf", "Dam tot Damloop", "Vienna City Marathon"])
    ec = make_person(lang, region)
    full_dob = rng.random() < 0.65
    pieces = [L(lang, en="Entry confirmation", de="Anmeldebestätigung", fr="Confirmation d'inscription", nl="Inschrijfbevestiging", es="Confirmación de inscripción", it="Conferma iscrizione", pt="Confirmação de inscrição") +
              " — " + race + " " + str(rng.choice([2026, 2027])) + "\n\n" + L(lang, en="Hi ", de="Hallo ", fr="Bonjour ", nl="Hoi ", es="Hola ", it="Ciao ", pt="Olá "), P(p.fmt("given")), ",\n" +
              L(lang, en="you're in! Here are your details — please check them:\n", de="du bist dabei! Bitte prüfe deine Daten:\n", fr="c'est validé ! Vérifie tes informations :\n",
                nl="je bent ingeschreven! Controleer je gegevens:\n", es="¡ya estás dentro! Revisa tus datos:\n", it="sei iscritto/a! Controlla i tuoi dati:\n", pt="já estás inscrito/a! Confirma os dados:\n") +
              "Bib: " + str(rng.randint(1000, 49999)) + "\n" + L(lang, en="Name: ", de="Name: ", fr="Nom : ", nl="Naam: ", es="Nombre: ", it="Nome: ", pt="Nome: "), P(p.fmt(ch(["full", "caps", "capsur"]))),
              "\n" + L(lang, en="Date of birth: ", de="Geburtsdatum: ", fr="Date de naissance : ", nl="Geboortedatum: ", es="Fecha de nacimiento: ", it="Data di nascita: ", pt="Data de nascimento: ") if full_dob else
              "\n" + L(lang, en="Year of birth: ", de="Jahrgang: ", fr="Année de naissance : ", nl="Geboortejaar: ", es="Año de nacimiento: ", it="Anno di nascita: ", pt="Ano de nascimento: ") + str(YEAR - age - 1),
              D(bd) if full_dob else "",
              "  (" + L(lang, en="category ", de="Klasse ", fr="catégorie ", nl="categorie ", es="categoría ", it="categoria ", pt="escalão ") + ch(["M", "W", "F", "H"]) + str(max(20, (age // 5) * 5)) + ")\n"]
    if rng.random() < 0.5:
        pieces += [L(lang, en="Postal address (for your medal): ", de="Postanschrift (Medaillenversand): ", fr="Adresse postale (médaille) : ", nl="Postadres (medaille): ",
                     es="Dirección postal (medalla): ", it="Indirizzo (medaglia): ", pt="Morada (medalha): "), A(address(lang, region)), "\n"]
    pieces += [L(lang, en="Emergency contact: ", de="Notfallkontakt: ", fr="Contact d'urgence : ", nl="Noodcontact: ", es="Contacto de emergencia: ", it="Contatto di emergenza: ", pt="Contacto de emergência: "),
               P(ec.fmt(ch(["full", "given"]))), "\n" + L(lang, en="Start wave: ", de="Startblock: ", fr="Sas : ", nl="Startvak: ", es="Cajón: ", it="Griglia: ", pt="Bloco: ") + ch("ABCDEFG") + " · " +
               L(lang, en="Race day: ", de="Renntag: ", fr="Jour J : ", nl="Wedstrijddag: ", es="Día de carrera: ", it="Giorno gara: ", pt="Dia da prova: ") + other_date(lang, region, "long", 2026, 2027) +
               "\n" + L(lang, en="Powered by Nike Run Club & Garmin", de="Präsentiert von ASICS", fr="Avec Decathlon", nl="Mede mogelijk gemaakt door NN", es="Patrocina Kiprun", it="Con Mizuno", pt="Com EDP")]
    return pieces, ["NEG_PRODUCT", "NEG_ORG", "NEG_DATE", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "it")
def t_patent(lang, region):
    ps = [make_person(lang, region) for _ in range(rng.randint(1, 3))]
    appl = ch(["Velmont Dynamics GmbH", "Siemens Healthineers AG", "Koninklijke Philips N.V.", "Saint-Gobain Glass France", "Brembo S.p.A.", "Dyson Technology Limited", "Hilti Aktiengesellschaft"])
    pieces = ["(21) Application number: " + ch(["EP", "WO", "US", "DE"]) + " " + str(rng.randint(2024, 2026)) + "/" + str(rng.randint(100000, 999999)) + "\n(22) Date of filing: " +
              other_date("en", "UK", "num", 2024, 2026) + "\n(54) " + ch(["Brake caliper with integrated wear sensor", "Method for laminating photochromic glass", "Cordless vacuum cleaner with cyclone separator",
                                                              "Anchor bolt for cracked concrete", "MRI coil positioning device"]) + "\n(71) Applicant: " + appl + "\n(72) Inventors:\n"]
    for p in ps:
        pieces += ["    • " if rng.random() < 0.3 else "    ", P(p.fmt(ch(["revcaps", "revcaps", "rev", "caps"]))), ch([", ", "\n      "]), A(address(lang, region)), "\n"]
    ag = make_person(lang, region)
    pieces += ["(74) Representative: ", P(ag.fmt(ch(["full", "revcaps"]))), ", " + ch(["Boult Wade Tennant LLP", "Grünecker Patent- und Rechtsanwälte", "Cabinet Beau de Loménie", "Nederlandsch Octrooibureau", "Jacobacci & Partners"]) +
               "\n\nCan you summarise claim 1 and tell me who the inventors are?"]
    return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE", "NEG_PRODUCT"]


@pii("en", "nl", "pt", "es", "it", "de")
def t_crew_list(lang, region):
    vessel = ch(["MV Nordic Tern", "MS Helgoland Express", "MT Aurora Borealis", "FV Star of Hope", "SY Kittiwake", "MV Porto Santo"])
    crew = [make_person(lang, region) if rng.random() < 0.6 else make_person(ch(ALL)) for _ in range(rng.randint(2, 4))]
    pieces = ["IMO FAL Form 5 — CREW LIST\nName of ship: " + vessel + "   IMO " + str(rng.randint(9000000, 9899999)) + "   Flag: " + ch(["Malta", "Portugal", "Netherlands", "Liberia", "Panama"]) +
              "\nPort of arrival: " + ch(["Rotterdam", "Leixões", "Algeciras", "Genova", "Bremerhaven", "Felixstowe"]) + "   Date: " + other_date("en", "UK", "num", 2026, 2026) +
              "\nNo. | Family name, given names | Rank | Nationality | Date and place of birth | ID document\n"]
    ranks = ["Master", "Chief Officer", "2nd Officer", "Chief Engineer", "AB", "Cook", "Oiler", "Bosun"]
    for i, p in enumerate(crew):
        nm = p.fmt(ch(["revcaps", "rev", "capsur"]))
        pieces += ["%d | " % (i + 1), P(nm), " | " + ranks[i % len(ranks)] + " | " + ch(["PHL", "UKR", "PRT", "NLD", "IND", "ESP", "ITA", "DEU", "POL", "GHA"]) + " | ",
                   D(birth("en", "UK", 1965, 2004, ch(["num", "abbr", "iso"]))[0]), " " + ch(["Manila", "Odesa", "Setúbal", "Harlingen", "Kochi", "Vigo", "Trieste", "Cuxhaven", "Gdynia", "Takoradi"]) +
                   " | " + ch(["PP", "SID", "CDC"]) + " " + ch("ABCDEFGHKLMNP") + str(rng.randint(1000000, 9999999)) + "\n"]
    pieces += ["Signed by master: ", P(crew[0].fmt(ch(["full", "init"]))), "\n\n" + ch(["pls convert to CSV", "what's missing for the port agent?", "check the birth dates look valid"])]
    return pieces, ["NEG_CODE", "NEG_PLACE", "NEG_DATE"]


@pii("en")
def t_estate_notice(lang, region):
    n = ch([1, 1, 2])
    pieces = [ch(["DECEASED ESTATES\n", "Deceased Estates Notices (Trustee Act 1925, s.27)\n", "STATUTORY NOTICES TO CREDITORS\n"])]
    for _ in range(n):
        dec, sol = make_person(lang, region), make_person(lang, region)
        died = other_date(lang, region, "num", 2025, 2026)
        pieces += ["\n", P(dec.fmt(ch(["revcaps", "capsur", "caps"]))), ch([", late of ", " (deceased), late of ", ". Late of "]), A(address(lang, region)),
                   ". " + ch(["Retired postman", "Former nurse", "Company director", "Retired"]) + ". Date of death: " + died + ". "]
        if rng.random() < 0.3:
            pieces += ["Date of birth: " + old_date(lang, region, 1930, 1950, "num") + ". "]
        pieces += ["Claims to: ", P(sol.fmt("full")), ", " + ch(["Hartley & Crane Solicitors", "Mason Hayes & Curran", "Slater and Gordon", "Thornton & Co"]) + ", ",
                   A(address(lang, region)), ". Ref: " + ch(["JH/", "PRB/", ""]) + str(rng.randint(1000, 99999)) + ". Closing date: " + other_date(lang, region, "long", 2026, 2026) + ".\n"]
    return pieces, ["NEG_DATE", "NEG_ORG", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_obituary(lang, region):
    dec = make_person(lang, region, inv=rng.random() < 0.5)
    sp = make_person(lang, region)
    sp.surname = dec.surname if rng.random() < 0.6 else sp.surname
    kids = [make_person(lang, region) for _ in range(rng.randint(2, 3))]
    by = rng.randint(1929, 1955)
    born_old = date_str(lang, region, by, rng.randint(1, 12), rng.randint(1, 28), ch(["long", "num"]))
    died = other_date(lang, region, "long", 2026, 2026)
    age = 2025 - by
    fun = other_date(lang, region, "long", 2026, 2026)
    if lang == "en":
        pieces = [P(dec.fmt(ch(["caps", "revcaps", "full"]))), "\n" + ch(["Peacefully, at ", "Suddenly, at ", "After a long illness bravely borne, at "]) +
                  ch(["St Luke's Hospice", "the Royal Infirmary", "home", "Mercy University Hospital"]) + ", on " + died + ", aged " + str(age) + ". Born " + born_old + ". Beloved " +
                  ("wife" if dec.sex == "f" else "husband") + " of ", P(sp.fmt(ch(["given", "full"]))), ", much-loved " + ("mother" if dec.sex == "f" else "father") + " of "]
        for i, k in enumerate(kids):
            pieces += [P(k.fmt(ch(["given", "given", "full"]))), (", " if i < len(kids) - 2 else (" and " if i == len(kids) - 2 else ""))]
        pieces += [", and adored by the grandchildren. Reposing at " + ch(["Kearney's Funeral Home", "Co-op Funeralcare", "Hennessy's Funeral Parlour"]) + ". Funeral Mass on " + fun + " at St Brigid's Church, " +
                   town(lang, region) + ". Family flowers only; donations to the Irish Cancer Society. House private. Enquiries to ", P(kids[0].fmt("full")), ", ",
                   A(address(lang, region)), ch(["", ". RIP.", "."])]
        return pieces, ["NEG_DATE", "NEG_ORG", "NEG_PLACE"]
    open_ = L(lang, de="In stiller Trauer nehmen wir Abschied von\n", fr="Nous avons la tristesse de vous faire part du décès de\n", nl="Verdrietig maar dankbaar nemen wij afscheid van\n",
              es="Falleció en " + town(lang, region) + " el " + died + "\n", it="È mancat" + ("a" if dec.sex == "f" else "o") + " all'affetto dei suoi cari\n", pt="Faleceu\n")
    pieces = [open_, P(dec.fmt(ch(["full", "caps", "full"]))), "\n"]
    life = L(lang, de="* %s   † %s" % (born_old, died), fr="survenu le %s, à l'âge de %d ans" % (died, age), nl="* %s   † %s" % (born_old, died),
             es="a los %d años de edad" % age, it="di anni %d" % age, pt="com %d anos de idade" % age)
    pieces += [life + "\n"]
    pieces += [L(lang, de="In Liebe: ", fr="De la part de ", nl="Namens: ", es="Sus hijos, ", it="Ne danno il triste annuncio ", pt="Sua família, ")]
    for i, k in enumerate([sp] + kids):
        pieces += [P(k.fmt(ch(["full", "given", "full"]))), ", " if i < len(kids) else "\n"]
    pieces += [L(lang, de="Die Trauerfeier findet am %s auf dem Friedhof %s statt. Kondolenzadresse: " % (fun, town(lang, region)),
                 fr="Les obsèques auront lieu le %s en l'église Saint-Martin. Condoléances : " % fun,
                 nl="De uitvaart is op %s in De Nieuwe Ooster. Correspondentieadres: " % fun,
                 es="La misa funeral será el %s en la parroquia de San José. Domicilio familiar: " % fun,
                 it="I funerali si terranno il %s nella chiesa di San Lorenzo. Non fiori ma opere di bene. Casa: " % fun,
                 pt="O funeral realiza-se %s na Igreja da Lapa. Contacto da família: " % fun), A(address(lang, region))]
    return pieces, ["NEG_DATE", "NEG_PLACE", "NEG_ORG"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_genealogy(lang, region):
    anc, anc2, me, cousin = make_person(lang, region, inv=True), make_person(lang, region), make_person(lang, region), make_person(lang, region)
    anc2.surname = anc.surname
    b1, b2, d1 = old_date(lang, region, 1840, 1880), old_date(lang, region, 1870, 1905), old_date(lang, region, 1900, 1950)
    village = ch(["Kilrush", "Oberammergau", "Saint-Flour", "Hindeloopen", "Cangas de Onís", "Castelvetrano", "Ponte de Lima", "Ballarat"])
    body = L(lang,
             en=["Brick wall — looking for the %s family of %s\n\nPosted by " % (anc.surname, village), "\n\nMy great-great-grandfather ", " was born %s in %s and married " % (b1, village),
                 " around 1872. Their son ", " (b. %s, d. %s) emigrated to Liverpool. I've checked FreeBMD and the 1901 census. My own line: my " % (b2, d1),
                 ch(["mother", "father"]) + " ", " is still alive, born ", " — happy to share the DNA results (Ancestry). Anyone related to ", "? Message me or write to me at "],
             de=["Suche Familie %s aus %s\n\nBeitrag von " % (anc.surname, village), "\n\nMein Ururgroßvater ", " wurde am %s in %s geboren und heiratete um 1872 " % (b1, village),
                 ". Ihr Sohn ", " (geb. %s, gest. %s) wanderte nach Amerika aus. Kirchenbücher schon durchgesehen. Meine Linie: meine " % (b2, d1),
                 "Mutter ", " lebt noch, geboren am ", " — DNA-Test bei MyHeritage vorhanden. Wer ist verwandt mit ", "? Schreibt mir gern an "],
             fr=["Recherche famille %s de %s\n\nMessage de " % (anc.surname, village), "\n\nMon arrière-arrière-grand-père ", " est né le %s à %s et a épousé vers 1872 " % (b1, village),
                 ". Leur fils ", " (né le %s, décédé le %s) est parti pour l'Argentine. J'ai consulté Geneanet. Ma branche : ma " % (b2, d1),
                 "mère ", " est toujours en vie, née le ", " — test ADN chez Geneanet. Quelqu'un apparenté à ", " ? Écrivez-moi : "],
             nl=["Familie %s uit %s gezocht\n\nGeplaatst door " % (anc.surname, village), "\n\nMijn betovergrootvader ", " is geboren op %s in %s en trouwde rond 1872 met " % (b1, village),
                 ". Hun zoon ", " (geb. %s, overl. %s) vertrok naar Canada. WieWasWie al doorzocht. Mijn lijn: mijn " % (b2, d1),
                 "moeder ", " leeft nog, geboren ", " — DNA bij MyHeritage. Iemand familie van ", "? Mail me op "],
             es=["Busco a la familia %s de %s\n\nPublicado por " % (anc.surname, village), "\n\nMi tatarabuelo ", " nació el %s en %s y se casó hacia 1872 con " % (b1, village),
                 ". Su hijo ", " (n. %s, f. %s) emigró a Cuba. Ya revisé FamilySearch. Mi rama: mi " % (b2, d1),
                 "madre ", " sigue viva, nacida el ", " — tengo el ADN en MyHeritage. ¿Alguien emparentado con ", "? Escribidme a "],
             it=["Cerco la famiglia %s di %s\n\nScritto da " % (anc.surname, village), "\n\nIl mio trisnonno ", " nacque il %s a %s e sposò verso il 1872 " % (b1, village),
                 ". Il figlio ", " (n. %s, m. %s) emigrò in Argentina. Ho già visto Antenati. Il mio ramo: mia " % (b2, d1),
                 "madre ", " è ancora viva, nata il ", " — DNA su MyHeritage. Qualcuno imparentato con ", "? Scrivetemi a "],
             pt=["Procuro a família %s de %s\n\nPublicado por " % (anc.surname, village), "\n\nO meu trisavô ", " nasceu a %s em %s e casou por volta de 1872 com " % (b1, village),
                 ". O filho ", " (n. %s, f. %s) emigrou para o Brasil. Já vi os registos paroquiais. O meu ramo: a minha " % (b2, d1),
                 "mãe ", " ainda é viva, nasceu a ", " — ADN no MyHeritage. Alguém aparentado com ", "? Escrevam para "])
    mom = make_person(lang, region)
    handle = ch(["rootsdigger", "ahnenforscher62", "genea_lou", "stamboom_sjoerd", "raices_astur", "radici_sicule", "raizes.minho"])
    pieces = [body[0] + handle + body[1], P(anc.fmt("full")), body[2], P(make_person(lang, region).fmt("full")), body[3], P(anc2.fmt(ch(["full", "given"]))), body[4],
              body[5], P(mom.fmt("full")), body[6], D(birth(lang, region, 1938, 1960)[0]), body[7], P(cousin.fmt("full")), body[8], E(email(me))]
    return pieces, ["NEG_DATE", "NEG_PLACE", "NEG_ORG", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_visa_letter(lang, region):
    guest, host, sig = make_person(ch(ALL)), make_person(lang, region), make_person(lang, region)
    bd, _ = birth(lang, region, 1950, 2000)
    pp = ch("ABCDEFGHKLMNPRSTUVXYZ") + ch("ABCDEFGHKLMNPRSTUVXYZ") + str(rng.randint(1000000, 9999999))
    stay1, stay2 = other_date(lang, region, "long", 2026, 2026), other_date(lang, region, "long", 2026, 2027)
    if lang == "en":
        pieces = [ch(["To the Visa Officer,\n", "Dear Sir or Madam,\n", "To whom it may concern — Embassy of " + ch(["Canada", "the United Kingdom", "Ireland", "Australia"]) + "\n"]),
                  "\nRe: Invitation and sponsorship for ", P(guest.fmt(ch(["full", "caps"]))), ", " + ch(["date of birth ", "born ", "DOB "]), D(bd), ", passport no. " + pp +
                  "\n\nI, ", P(host.fmt(ch(["full", "mid"]))), ", of ", AO(lang, region), ", am a " + ch(["British citizen", "permanent resident", "citizen"]) +
                  " and I am writing to invite my " + ch(["sister-in-law", "friend", "cousin", "mother"]) + " to stay with me from " + stay1 + " to " + stay2 +
                  ". I will cover all costs of accommodation and travel. My employer, " + ch(["Deloitte", "NHS Lothian", "Accenture", "Rio Tinto"]) + ", has confirmed my salary in the attached letter signed by ",
                  P(sig.fmt(ch(["full", "init"]))), " (HR Manager).\n\nYours faithfully,\n", P(host.fmt(ch(["full", "given"]))), "\n", E(email(host))]
        return pieces, ["NEG_CODE", "NEG_DATE", "NEG_ORG", "NEG_PLACE"]
    pieces = [L(lang, de="Verpflichtungserklärung / Einladung\n\nHiermit lade ich, ", fr="Attestation d'accueil\n\nJe soussigné(e), ", nl="Garantverklaring en uitnodiging\n\nIk, ",
                es="Carta de invitación\n\nYo, ", it="Dichiarazione di ospitalità\n\nIo sottoscritto/a ", pt="Termo de responsabilidade\n\nEu, "),
              P(host.fmt(ch(["full", "caps"]))), L(lang, de=", wohnhaft ", fr=", demeurant ", nl=", wonende ", es=", con domicilio en ", it=", residente in ", pt=", residente em "),
              AO(lang, region), L(lang, de=", meine Cousine/meinen Cousin ", fr=", déclare accueillir ", nl=", nodig hierbij uit: ", es=", invito a ", it=", dichiaro di ospitare ",
                                           pt=", declaro que recebo "), P(guest.fmt(ch(["full", "capsur"]))),
              L(lang, de=", geboren am ", fr=", né(e) le ", nl=", geboren op ", es=", nacido/a el ", it=", nato/a il ", pt=", nascido/a em "), D(bd),
              L(lang, de=", Reisepass Nr. %s, vom %s bis %s ein und übernehme alle Kosten." % (pp, stay1, stay2), fr=", passeport n° %s, du %s au %s." % (pp, stay1, stay2),
                nl=", paspoort %s, van %s tot %s." % (pp, stay1, stay2), es=", pasaporte %s, del %s al %s, y me hago cargo de los gastos." % (pp, stay1, stay2),
                it=", passaporto n. %s, dal %s al %s." % (pp, stay1, stay2), pt=", passaporte n.º %s, de %s a %s." % (pp, stay1, stay2)) +
              L(lang, de="\nBeglaubigt durch: ", fr="\nVisa de la mairie : ", nl="\nGelegaliseerd door: ", es="\nDiligencia: ", it="\nFirma autenticata da: ", pt="\nReconhecido por: "),
              P(sig.fmt(ch(["full", "init"])))]
    return pieces, ["NEG_CODE", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_bank_dispute(lang, region):
    p, agent = make_person(lang, region), make_person(lang, region)
    bank = ch(["Barclays", "Commerzbank", "BNP Paribas Fortis", "ABN AMRO", "BBVA", "UniCredit", "Millennium bcp", "Itaú", "Bank of Ireland", "Revolut"])
    merch = ch(["AIRBNB * HMQ4ZX", "AMZN Mktp DE", "PAYPAL *STEAMGAMES", "UBER *TRIP", "SumUp *Café Lenz", "RYANAIR"])
    amt = "%d.%02d" % (rng.randint(12, 1900), rng.randint(0, 99))
    pieces = [L(lang, en="Can you help me word this to my bank?\n\n", de="Hilf mir bitte, das an meine Bank zu formulieren:\n\n", fr="Aide-moi à rédiger ce courrier à ma banque :\n\n",
                nl="Kun je dit netjes maken voor mijn bank?\n\n", es="¿Me ayudas a redactar esto para el banco?\n\n", it="Mi aiuti a scrivere questa contestazione alla banca?\n\n",
                pt="Ajudas-me a escrever isto ao banco?\n\n") + bank + " — " + L(lang, en="Card dispute", de="Reklamation Kartenzahlung", fr="Contestation d'opération", nl="Betwisting transactie",
                                                                               es="Reclamación de cargo", it="Contestazione addebito", pt="Contestação de movimento") + "\n",
              L(lang, en="Account holder: ", de="Kontoinhaber/in: ", fr="Titulaire : ", nl="Rekeninghouder: ", es="Titular: ", it="Intestatario: ", pt="Titular: "), P(p.fmt(ch(["full", "caps", "rev"]))), "\n"]
    if rng.random() < 0.6:
        pieces += [L(lang, en="Date of birth: ", de="Geburtsdatum: ", fr="Date de naissance : ", nl="Geboortedatum: ", es="Fecha de nacimiento: ", it="Data di nascita: ", pt="Data de nascimento: "),
                   D(birth(lang, region, 1950, 2004)[0]), "\n"]
    pieces += [L(lang, en="Address: ", de="Anschrift: ", fr="Adresse : ", nl="Adres: ", es="Dirección: ", it="Indirizzo: ", pt="Morada: "), AO(lang, region), "\n" +
               L(lang, en="Card ending ", de="Karte endet auf ", fr="Carte se terminant par ", nl="Pas eindigt op ", es="Tarjeta terminada en ", it="Carta che termina con ", pt="Cartão terminado em ") + str(rng.randint(1000, 9999)) + "\n\n" +
               L(lang, en="On %s a payment of %s EUR to %s was taken that I did not authorise. I spoke to your advisor ",
                 de="Am %s wurde eine Zahlung über %s EUR an %s abgebucht, die ich nicht autorisiert habe. Ich habe mit Ihrem Berater ",
                 fr="Le %s, un paiement de %s EUR à %s a été débité sans mon accord. J'ai eu votre conseiller ",
                 nl="Op %s is %s EUR afgeschreven naar %s zonder mijn toestemming. Ik heb uw medewerker ",
                 es="El %s se me cargaron %s EUR de %s que no autoricé. Hablé con su gestor ",
                 it="Il %s è stato addebitato un pagamento di %s EUR a %s che non ho autorizzato. Ho parlato con il vostro consulente ",
                 pt="No dia %s foi debitado um pagamento de %s EUR a %s que não autorizei. Falei com o vosso gestor ") % (other_date(lang, region, None, 2026, 2026), amt, merch),
               P(agent.fmt(ch(["full", "given", "sur"]))),
               L(lang, en=" on the phone and he promised a refund within 10 days. Nothing yet.\n\nRegards\n", de=" telefoniert, eine Erstattung wurde zugesagt.\n\nMit freundlichen Grüßen\n",
                 fr=" au téléphone, remboursement promis sous 10 jours.\n\nCordialement,\n", nl=" gesproken, terugbetaling beloofd.\n\nMet vriendelijke groet,\n",
                 es=" por teléfono y me prometió el reembolso.\n\nUn saludo,\n", it=" al telefono, mi ha promesso il rimborso.\n\nCordiali saluti\n", pt=" ao telefone, prometeu o reembolso.\n\nCumprimentos,\n"),
               P(p.fmt(ch(["full", "given"])))]
    return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_parking_appeal(lang, region):
    p, other = make_person(lang, region), make_person(lang, region)
    pcn = ch(["PCN ", "Az. ", "Avis n° ", "CJIB-nr ", "Boletín ", "Verbale n. ", "Auto n.º "]) + ch(["WK", "BX", "", "7", "NA"]) + str(rng.randint(10000000, 99999999))
    plate = ch(["LR19 KXD", "M-KT 4471", "GH-123-JK", "X-482-ZB", "4821 LKP", "FG 482 ZT", "AB-12-CD", "RIO2A19"])
    pieces = [L(lang, en="Help me appeal this parking ticket. ", de="Hilf mir, Widerspruch gegen diesen Strafzettel einzulegen. ", fr="Aide-moi à contester cette amende. ",
                nl="Help me bezwaar maken tegen deze parkeerboete. ", es="Ayúdame a recurrir esta multa. ", it="Aiutami a fare ricorso contro questa multa. ", pt="Ajuda-me a contestar esta multa. ") +
              ch(["", "short and polite pls. ", ""]) + "\n\n" + pcn + " / " + plate + "\n" +
              L(lang, en="Registered keeper: ", de="Halter/in: ", fr="Titulaire du certificat : ", nl="Kentekenhouder: ", es="Titular: ", it="Proprietario: ", pt="Proprietário: "),
              P(p.fmt(ch(["full", "caps", "rev", "lower"]))), ", ", AO(lang, region), "\n" +
              L(lang, en="I parked on %s on %s for ten minutes to unload shopping for my disabled neighbour, ",
                de="Ich habe am %s in der %s zehn Minuten gehalten, um für meine gehbehinderte Nachbarin, ",
                fr="Je me suis arrêté(e) le %s, %s, dix minutes pour décharger les courses de ma voisine handicapée, ",
                nl="Ik stond op %s tien minuten in de %s om boodschappen uit te laden voor mijn buurvrouw, ",
                es="El %s aparqué en %s diez minutos para descargar la compra de mi vecina con movilidad reducida, ",
                it="Il %s ho sostato in %s dieci minuti per scaricare la spesa della mia vicina disabile, ",
                pt="No dia %s parei na %s dez minutos para descarregar as compras da minha vizinha com mobilidade reduzida, ") % (other_date(lang, region, None, 2026, 2026), street_only(lang, region)),
              P(other.fmt(ch(["full", "full", "given"]))),
              L(lang, en=", whose blue badge was on the dashboard. She can confirm this.", de=" (Schwerbehindertenausweis lag aus), die Einkäufe hochzutragen.",
                fr=", dont la carte mobilité inclusion était visible.", nl=", haar gehandicaptenparkeerkaart lag achter de ruit.",
                es=", con la tarjeta de estacionamiento visible.", it=", con il contrassegno disabili esposto.", pt=", com o dístico de deficiente visível.")]
    return pieces, ["NEG_CODE", "NEG_DATE", "NEG_PLACE"]


@pii("de", "nl", "fr", "en", "it")
def t_speeding(lang, region):
    p, drv = make_person(lang, region), make_person(lang, region)
    bd, _ = birth(lang, region, 1950, 2005)
    kmh = rng.randint(58, 140)
    if lang == "de":
        pieces = [ch(["Anhörungsbogen", "Bußgeldbescheid"]) + " — Zentrale Bußgeldstelle\nAktenzeichen: " + str(rng.randint(100, 999)) + "." + str(rng.randint(100000, 999999)) + "." + str(rng.randint(1, 9)) +
                  "\n\n" + ch([("Frau\n" if p.sex == "f" else "Herrn\n"), ""]), P(p.fmt(ch(["full", "full", "caps"]))), "\n", A(address(lang, region, sep="\n")),
                  "\n\nIhnen wird vorgeworfen, am " + other_date(lang, region, "num", 2026, 2026) + " um 14:32 Uhr in " + town(lang, region) + ", B 27, als Führer/in des PKW " +
                  ch(["VW Passat", "BMW 320d", "Skoda Fabia"]) + ", Kennzeichen " + ch(["S-AB 1234", "B-XY 88", "M-KL 407"]) + ", die zulässige Höchstgeschwindigkeit um %d km/h überschritten zu haben.\n\n" % (kmh - 50) +
                  "Angaben zur Person des Fahrers / der Fahrerin (falls abweichend):\nName, Vorname: ", P(drv.fmt("rev")), "\nGeburtsdatum: ", D(bd), "\nAnschrift: ", A(address(lang, region))]
        return pieces, ["NEG_CODE", "NEG_DATE", "NEG_PRODUCT", "NEG_PLACE"]
    pieces = [L(lang, en="NOTICE OF INTENDED PROSECUTION\nSection 1 Road Traffic Offenders Act 1988\n\nRegistered keeper: ", nl="Beschikking Wet Mulder — CJIB\n\nKentekenhouder: ",
                fr="AVIS DE CONTRAVENTION — ANTAI\n\nTitulaire : ", it="VERBALE DI ACCERTAMENTO — Polizia Locale\n\nObbligato in solido: "),
              P(p.fmt(ch(["full", "caps"]))), "\n", A(address(lang, region)), "\n" +
              L(lang, en="Alleged offence: exceeding 30 mph at " + town(lang, region) + " on %s. You must identify the driver within 28 days.\n\nDriver's full name: ",
                nl="Overtreding: %s, snelheid overschreden op de A12. Bestuurder: ", fr="Infraction du %s : excès de vitesse < 20 km/h. Désignation du conducteur — Nom, prénom : ",
                it="Violazione del %s, art. 142 CdS. Dati del conducente — cognome e nome: ") % other_date(lang, region, None, 2026, 2026),
              P(drv.fmt(ch(["full", "rev", "caps"]))), L(lang, en="\nDate of birth: ", nl="\nGeboortedatum: ", fr="\nDate de naissance : ", it="\nData di nascita: "), D(bd),
              L(lang, en="\nDriving licence number: ", nl="\nRijbewijsnummer: ", fr="\nN° de permis : ", it="\nPatente n.: ") + ch(["HATHE", "5", "U1", "AB"]) + str(rng.randint(1000000, 99999999))]
    return pieces, ["NEG_CODE", "NEG_DATE", "NEG_PLACE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_insurance_call(lang, region):
    c, ag, third = make_person(lang, region), make_person(lang, region), person_of(lang, region, "f")
    bd, _ = birth(lang, region, 1950, 2004)
    ins = ch(["Aviva", "Allianz", "AXA", "Generali", "Mapfre", "Fidelidade", "Centraal Beheer", "Direct Line", "HUK-Coburg", "Porto Seguro"])
    lab_a, lab_c = ch([("Agent", "Caller"), ("AGENT", "CUSTOMER"), ("Speaker 1", "Speaker 2"), ("[agent]", "[caller]")])
    low = rng.random() < 0.35
    f = (lambda s: s.lower()) if low else (lambda s: s)
    g = lambda st: c.fmt(st).lower() if low else c.fmt(st)
    q = {
        "en": ["thank you for calling %s claims, my name is " % ins, " how can i help", "hi yes i'm calling about a claim, my car was hit in the car park", "can i take your full name please",
               "it's ", "and your date of birth", "", "and the first line of your address and postcode", "", "thank you. and the other driver, do you have their name",
               "yeah a woman called ", ", she gave me her details", "ok i've opened the claim. reference " + str(rng.randint(10000000, 99999999))],
        "de": ["%s Schadenservice, mein Name ist " % ins, ", was kann ich für Sie tun", "ja hallo, mir ist jemand auf dem Parkplatz reingefahren", "darf ich Ihren vollständigen Namen haben",
               "", "und Ihr Geburtsdatum", "", "und Ihre Anschrift bitte", "", "danke. Haben Sie den Namen des Unfallgegners", "ja, eine Frau ", ", sie hat mir ihre Daten gegeben",
               "gut, ich habe den Schaden angelegt. Schadennummer " + str(rng.randint(10000000, 99999999))],
        "fr": ["%s sinistres, bonjour, je m'appelle " % ins, ", que puis-je pour vous", "oui bonjour, on a embouti ma voiture sur un parking", "je peux avoir votre nom complet",
               "", "et votre date de naissance", "", "et votre adresse", "", "merci. vous avez le nom de l'autre conducteur", "oui, une dame, ", ", elle m'a donné ses coordonnées",
               "très bien, j'ouvre le dossier. référence " + str(rng.randint(10000000, 99999999))],
        "nl": ["%s schadeservice, u spreekt met " % ins, ", waarmee kan ik u helpen", "ja hoi, er is iemand tegen mijn auto aangereden op de parkeerplaats", "mag ik uw volledige naam",
               "", "en uw geboortedatum", "", "en uw adres", "", "dank u. heeft u de naam van de tegenpartij", "ja, een mevrouw, ", ", ze heeft haar gegevens gegeven",
               "prima, ik maak de melding aan. dossiernummer " + str(rng.randint(10000000, 99999999))],
        "es": ["%s siniestros, le atiende " % ins, ", ¿en qué puedo ayudarle?", "hola sí, me han dado un golpe en el aparcamiento", "¿me dice su nombre completo?",
               "", "¿y su fecha de nacimiento?", "", "¿y su dirección?", "", "gracias. ¿tiene el nombre del otro conductor?", "sí, una señora, ", ", me dio sus datos",
               "perfecto, abro el parte. número " + str(rng.randint(10000000, 99999999))],
        "it": ["%s sinistri, buongiorno, sono " % ins, ", come posso aiutarla", "sì buongiorno, mi hanno urtato la macchina nel parcheggio", "mi dice nome e cognome",
               "", "e la data di nascita", "", "e l'indirizzo", "", "grazie. ha il nome dell'altro conducente", "sì, una signora, ", ", mi ha lasciato i dati",
               "bene, apro il sinistro. numero " + str(rng.randint(10000000, 99999999))],
        "pt": ["%s sinistros, bom dia, fala " % ins, ", em que posso ajudar", "bom dia, bateram-me no carro no parque de estacionamento", "pode dizer-me o nome completo",
               "", "e a data de nascimento", "", "e a morada", "", "obrigado. tem o nome do outro condutor", "sim, uma senhora, ", ", deu-me os dados",
               "muito bem, abri a participação. número " + str(rng.randint(10000000, 99999999))],
    }[lang]
    pieces = [lab_a + ": " + f(q[0]), P(ag.fmt("given").lower() if low else ag.fmt("given")), f(q[1]) + "\n" + lab_c + ": " + f(q[2]) + "\n" + lab_a + ": " + f(q[3]) + "\n" + lab_c + ": " + f(q[4]),
              P(g(ch(["full", "full", "mid"]))), "\n" + lab_a + ": " + f(q[5]) + "\n" + lab_c + ": ", D(bd), "\n" + lab_a + ": " + f(q[7]) + "\n" + lab_c + ": ",
              A(address(lang, region).lower() if low else address(lang, region)), "\n" + lab_a + ": " + f(q[9]) + "\n" + lab_c + ": " + f(q[10]),
              P(third.fmt("lower") if low else third.fmt(ch(["full", "full", "given"]))), f(q[11]) + "\n" + lab_a + ": " + f(q[12])]
    return pieces, ["NEG_ORG", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_rental_car(lang, region):
    d1, d2 = make_person(lang, region), make_person(lang, region)
    co = ch(["Hertz", "Sixt", "Europcar", "Avis", "Enterprise", "Goldcar", "Budget", "Localiza"])
    car = ch(["Peugeot 208 or similar", "VW T-Roc Automatik", "Fiat 500", "Toyota Corolla Hybrid", "Renault Clio", "Seat Arona"])
    pieces = [co + " — " + L(lang, en="RENTAL AGREEMENT", de="MIETVERTRAG", fr="CONTRAT DE LOCATION", nl="HUUROVEREENKOMST", es="CONTRATO DE ALQUILER", it="CONTRATTO DI NOLEGGIO", pt="CONTRATO DE ALUGUER") +
              " " + str(rng.randint(100000000, 999999999)) + "\n" + L(lang, en="Renter", de="Mieter", fr="Locataire", nl="Huurder", es="Arrendatario", it="Cliente", pt="Locatário") + ": ",
              P(d1.fmt(ch(["revcaps", "caps", "full", "rev"]))), "\n" + ch(["DOB", L(lang, en="Date of birth", de="Geb.-Datum", fr="Né(e) le", nl="Geb.datum", es="F. nacimiento", it="Nato/a il", pt="Data nasc.")]) + ": ",
              D(birth(lang, region, 1950, 2003, ch(["num", "iso", "abbr"]))[0]), "\n" + L(lang, en="Home address", de="Wohnanschrift", fr="Adresse", nl="Adres", es="Domicilio", it="Residenza", pt="Morada") + ": ",
              AO(lang, region), "\n" + L(lang, en="Licence no.", de="Führerschein-Nr.", fr="Permis n°", nl="Rijbewijs nr.", es="Permiso n.º", it="Patente n.", pt="Carta n.º") + ": " +
              ch(["B", "D", "X", ""]) + str(rng.randint(10000000, 99999999)) + "  " + L(lang, en="issued", de="ausgestellt", fr="délivré le", nl="afgegeven", es="expedido", it="rilasciata", pt="emitida") + " " +
              other_date(lang, region, "num", 2010, 2022) + "  " + L(lang, en="expires", de="gültig bis", fr="expire le", nl="geldig tot", es="caduca", it="scade", pt="válida até") + " " + other_date(lang, region, "num", 2028, 2035) +
              "\n" + L(lang, en="Vehicle", de="Fahrzeug", fr="Véhicule", nl="Voertuig", es="Vehículo", it="Veicolo", pt="Viatura") + ": " + car + "\n"]
    if rng.random() < 0.6:
        pieces += [L(lang, en="Additional driver", de="Zusatzfahrer/in", fr="Conducteur additionnel", nl="Extra bestuurder", es="Conductor adicional", it="Secondo conducente", pt="Condutor adicional") + ": ",
                   P(d2.fmt(ch(["full", "rev", "caps"])))]
        pieces += [" (" + ch(["DOB ", ""]), D(birth(lang, region, 1950, 2003)[0]), ")\n"] if rng.random() < 0.5 else ["\n"]
    pieces += [L(lang, en="Pick-up", de="Abholung", fr="Départ", nl="Ophalen", es="Recogida", it="Ritiro", pt="Levantamento") + ": " + ch(["Dublin Airport T2", "Flughafen Wien", "Gare de Lyon-Part-Dieu", "Schiphol Plaza", "Aeropuerto de Málaga", "Aeroporto di Catania", "Aeroporto de Faro"]) +
               ", " + other_date(lang, region, "num", 2026, 2026) + " 10:30\n" + L(lang, en="Agent", de="Mitarbeiter", fr="Agent", nl="Medewerker", es="Agente", it="Operatore", pt="Agente") + ": ",
               P(make_person(lang, region).fmt(ch(["given", "init"])))]
    return pieces, ["NEG_ORG", "NEG_PRODUCT", "NEG_CODE", "NEG_DATE", "NEG_PLACE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_gym_cancel(lang, region):
    p = make_person(lang, region)
    gym = ch(["PureGym", "McFit", "Basic-Fit", "Fitness Park", "David Lloyd", "Holmes Place", "Virgin Active", "Anytime Fitness", "Smart Fit"])
    mem = str(rng.randint(1000000, 99999999))
    lo = rng.random() < 0.3
    txt = L(lang, en="write a firm cancellation email to %s, membership %s, they keep charging me after I moved. my details: ",
            de="schreib eine kündigung an %s, mitgliedsnr %s, die buchen immer noch ab obwohl ich umgezogen bin. meine daten: ",
            fr="écris une lettre de résiliation à %s, adhérent %s, ils continuent de prélever alors que j'ai déménagé. mes infos : ",
            nl="schrijf een opzegging aan %s, lidnummer %s, ze blijven afschrijven terwijl ik verhuisd ben. mijn gegevens: ",
            es="escribe una baja a %s, socio %s, me siguen cobrando aunque me mudé. mis datos: ",
            it="scrivi una disdetta a %s, tessera %s, continuano ad addebitare anche se ho cambiato città. i miei dati: ",
            pt="escreve um cancelamento ao %s, sócio %s, continuam a cobrar apesar de me ter mudado. os meus dados: ") % (gym, mem)
    old_ad, new_ad = address(lang, region), address(lang, region)
    pieces = [txt, P(p.fmt("lower" if lo else ch(["full", "full", "caps"]))), ", " + L(lang, en="born ", de="geb. ", fr="née le ", nl="geboren ", es="nacida el ", it="nata il ", pt="nascida a "),
              D(birth(lang, region, 1960, 2006)[0]), ", " + L(lang, en="old address ", de="alte adresse ", fr="ancienne adresse ", nl="oud adres ", es="dirección antigua ", it="vecchio indirizzo ", pt="morada antiga "),
              A(old_ad.lower() if lo else old_ad)]
    if rng.random() < 0.6:
        pieces += [", " + L(lang, en="new one ", de="neue ", fr="nouvelle ", nl="nieuw ", es="nueva ", it="nuovo ", pt="nova "), A(new_ad.lower() if lo else new_ad)]
    pieces += [". " + L(lang, en="the manager there was called ", de="der studioleiter hieß ", fr="le gérant s'appelait ", nl="de manager heette ", es="el encargado se llamaba ", it="il responsabile si chiamava ",
                        pt="o gerente chamava-se "), P(make_person(lang, region).fmt(ch(["given", "full"]))), ch(["", "?", L(lang, en=" i think", de=" glaub ich", fr=" je crois", nl=" geloof ik", es=" creo", it=" credo", pt=" acho eu")])]
    return pieces, ["NEG_ORG", "NEG_CODE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_library_card(lang, region):
    kid, par = make_person(lang, region), make_person(lang, region)
    kid.surname = par.surname
    lib = ch(["Toronto Public Library", "Stadtbibliothek " + town(lang, region), "Médiathèque Émile Zola", "OBA Oosterdok", "Biblioteca Pública Municipal", "Biblioteca civica Sormani", "Biblioteca Municipal Almeida Garrett"])
    pieces = [lib + " — " + L(lang, en="junior card application", de="Leseausweis für Kinder", fr="inscription jeunesse", nl="jeugdabonnement", es="carné infantil", it="tessera ragazzi", pt="cartão infantil") + "\n" +
              L(lang, en="Child's first name: ", de="Vorname des Kindes: ", fr="Prénom de l'enfant : ", nl="Voornaam kind: ", es="Nombre del niño/a: ", it="Nome: ", pt="Nome próprio: "), P(kid.given),
              "\n" + L(lang, en="Last name: ", de="Nachname: ", fr="Nom : ", nl="Achternaam: ", es="Apellidos: ", it="Cognome: ", pt="Apelido: "), P(kid.surname),
              "\n" + L(lang, en="Date of birth (dd/mm/yyyy): ", de="Geburtsdatum (TT.MM.JJJJ): ", fr="Date de naissance (jj/mm/aaaa) : ", nl="Geboortedatum (dd-mm-jjjj): ",
                       es="Fecha de nacimiento (dd/mm/aaaa): ", it="Data di nascita (gg/mm/aaaa): ", pt="Data de nascimento (dd/mm/aaaa): "),
              D(birth(lang, region, 2012, 2021, "num")[0]), "\n" + L(lang, en="Parent/guardian: ", de="Erziehungsberechtigte/r: ", fr="Responsable légal : ", nl="Ouder/voogd: ", es="Padre/madre/tutor: ", it="Genitore: ", pt="Encarregado: "),
              P(par.fmt(ch(["full", "full", "rev"]))), "\n" + L(lang, en="Address: ", de="Adresse: ", fr="Adresse : ", nl="Adres: ", es="Dirección: ", it="Indirizzo: ", pt="Morada: "),
              AO(lang, region), "\nE-mail: ", E(email(par)), "\n" + L(lang, en="Favourite author: ", de="Lieblingsautor/in: ", fr="Auteur préféré : ", nl="Lievelingsschrijver: ", es="Autor favorito: ",
                                                                             it="Autore preferito: ", pt="Autor favorito: ") + ch(["Roald Dahl", "Cornelia Funke", "Annie M.G. Schmidt", "Astrid Lindgren", "Gianni Rodari", "Ziraldo", "Goscinny"])]
    return pieces, ["NEG_FAMOUS", "NEG_ORG"]


@pii("en", "de", "nl", "fr", "it")
def t_dog_licence(lang, region):
    o = make_person(lang, region)
    dog = ch(["Rex", "Bella", "Frodo", "Nala", "Bruno", "Lotte", "Pixel", "Oscar"])
    breed = ch(["Jack Russell", "Labradoodle", "Dackel", "Beagle", "Border Collie", "Mischling", "Lagotto Romagnolo"])
    pieces = [L(lang, en="Dog licence application — " + town(lang, region) + ch([" City Council", " Council", " municipal office"]), de="Anmeldung zur Hundesteuer — Stadt " + town(lang, region),
                nl="Aangifte hondenbelasting — gemeente " + town(lang, region), fr="Déclaration de chien — commune de " + town(lang, region), it="Iscrizione anagrafe canina — ASL " + town(lang, region)) + "\n" +
              L(lang, en="Owner: ", de="Halter/in: ", nl="Eigenaar: ", fr="Détenteur : ", it="Proprietario: "), P(o.fmt(ch(["full", "rev", "caps"]))), "\n" +
              L(lang, en="Owner date of birth: ", de="Geburtsdatum Halter/in: ", nl="Geboortedatum eigenaar: ", fr="Né(e) le : ", it="Data di nascita proprietario: "),
              D(birth(lang, region, 1945, 2006)[0]) if rng.random() < 0.5 else ch(["over 18", "—", "n/a"]),
              "\n" + L(lang, en="Address where dog is kept: ", de="Haltungsort: ", nl="Adres waar de hond verblijft: ", fr="Lieu de détention : ", it="Luogo di detenzione: "), A(address(lang, region)),
              "\n" + L(lang, en="Dog: ", de="Hund: ", nl="Hond: ", fr="Chien : ", it="Cane: ") + dog + ", " + breed + ", " + L(lang, en="born ", de="geb. ", nl="geb. ", fr="né le ", it="nato il ") +
              other_date(lang, region, "num", 2017, 2025) + ", chip " + str(rng.randint(10 ** 14, 10 ** 15 - 1)) + "\n" +
              L(lang, en="Previous owner: ", de="Vorbesitzer/in: ", nl="Vorige eigenaar: ", fr="Ancien détenteur : ", it="Precedente proprietario: "), P(make_person(lang, region).fmt(ch(["full", "rev"])))]
    return pieces, ["NEG_PET", "NEG_DATE", "NEG_CODE", "NEG_ORG"]


SRC_LETTER = {  # (opening, body before name, after name/before date, after date/before address, closing)
    "de": ("Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir, dass ", ", geboren am ", ", seit dem %s unter der Anschrift ", " gemeldet ist.\n\nMit freundlichen Grüßen\nIm Auftrag\n"),
    "fr": ("Madame, Monsieur,\n\nNous certifions que ", ", né(e) le ", ", réside depuis le %s au ", ".\n\nVeuillez agréer nos salutations distinguées.\nPour le maire, "),
    "nl": ("Geachte heer/mevrouw,\n\nHierbij verklaren wij dat ", ", geboren op ", ", sinds %s staat ingeschreven op ", ".\n\nHoogachtend,\nnamens de burgemeester, "),
    "es": ("Muy señores míos:\n\nPor la presente se certifica que ", ", nacido/a el ", ", figura empadronado/a desde el %s en ", ".\n\nAtentamente,\nEl/La secretario/a, "),
    "it": ("Spettabile Ufficio,\n\nsi attesta che ", ", nato/a il ", ", risulta residente dal %s in ", ".\n\nDistinti saluti\nL'ufficiale d'anagrafe, "),
    "pt": ("Exmos. Senhores,\n\nAtesta-se que ", ", nascido/a em ", ", reside desde %s em ", ".\n\nCom os melhores cumprimentos,\nO/A funcionário/a, "),
    "en": ("To whom it may concern,\n\nThis is to confirm that ", ", born ", ", has lived since %s at ", ".\n\nYours faithfully,\nfor the Registrar, "),
}


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_translate(lang, region):
    # the request is in one language, the source text in another (its own region's forms)
    src = ch([l for l in ALL if l != lang])
    sreg = pick_region([src])[1]
    p, off = make_person(src, sreg), make_person(src, sreg)
    ask = L(lang, en=ch(["Translate this into English please, keep the formatting:", "can u translate this letter from my council to english", "Please translate (it's for my visa application):"]),
            de=ch(["Bitte ins Deutsche übersetzen:", "kannst du das übersetzen? brauch ich fürs Amt"]), fr=ch(["Traduis en français stp :", "Peux-tu traduire ce courrier ?"]),
            nl=ch(["Vertaal dit naar het Nederlands:", "kun je dit vertalen voor de IND?"]), es=ch(["Tradúcelo al español, por favor:", "me traduces esta carta?"]),
            it=ch(["Traduci in italiano per favore:", "mi traduci questa lettera?"]), pt=ch(["Traduz para português, por favor:", "consegues traduzir esta carta?"]))
    o, b1, b2, b3 = SRC_LETTER[src]
    pieces = [ask + "\n\n" + ch(["\"\"\"\n", "---\n", "«", ""]) + o, P(p.fmt(ch(["full", "full", "caps", "capsur"]))), b1, D(birth(src, sreg, 1950, 2006)[0]), b2 % other_date(src, sreg, "num", 2015, 2025),
              AO(src, sreg, 0.6), b3, P(off.fmt(ch(["full", "init"])))]
    pieces += [ch(["\n\"\"\"", "\n---", "»", ""])]
    return pieces, ["NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_job_reference(lang, region):
    e, w, hr = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    d1, d2 = other_date(lang, region, "long", 2016, 2021), other_date(lang, region, "long", 2024, 2026)
    firm, dom = ch([("Brightwater Hotels", "brightwater.co.uk"), ("Kellner & Söhne KG", "kellner-soehne.de"), ("Maison Ravel", "maisonravel.fr"), ("Bouwbedrijf Hoogland", "hoogland.nl"),
                    ("Grupo Alcázar", "grupoalcazar.es"), ("Officine Meccaniche Orsini", "orsini-mecc.it"), ("Têxteis do Ave", "texteisdoave.pt")])
    if lang == "de":
        pieces = ["Arbeitszeugnis\n\n" + ("Frau " if e.sex == "f" else "Herr "), P(e.fmt("full")), ", geboren am ", D(birth(lang, region, 1970, 2002)[0]), " in " + ch(["Pforzheim", "Linz", "Chur", "Rostock"]) +
                  ", war vom " + d1 + " bis zum " + d2 + " in unserem Unternehmen als " + ch(["Sachbearbeiter/in", "Koch/Köchin", "Monteur/in"]) + " tätig. " +
                  ("Frau " if e.sex == "f" else "Herr "), P(e.fmt("sur")), " erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Das Verhältnis zu Vorgesetzten, insbesondere zu ",
                  ("Frau " if w.sex == "f" else "Herrn "), P(w.fmt("full")), ", war einwandfrei.\n\n" + town(lang, region) + ", " + d2 + "\n" + firm + "\n", P(hr.fmt("full")), ", Personalleitung"]
        return pieces, ["NEG_ORG", "NEG_DATE", "NEG_PLACE"]
    pieces = [L(lang, en=ch(["Reference for ", "RE: Employment reference — "]), fr="Certificat de travail / lettre de recommandation — ", nl="Referentie voor ", es="Carta de recomendación — ",
                it="Lettera di referenze — ", pt="Carta de referência — "), P(e.fmt(ch(["full", "full", "caps"]))), "\n\n" +
              L(lang, en="I am pleased to provide a reference for ", fr="J'ai le plaisir de recommander ", nl="Met plezier geef ik een referentie voor ", es="Me complace recomendar a ",
                it="Sono lieto/a di raccomandare ", pt="É com gosto que recomendo "), P(e.fmt("given")),
              L(lang, en=", who worked at %s from %s to %s, reporting to " % (firm, d1, d2), fr=", qui a travaillé chez %s du %s au %s, sous la responsabilité de " % (firm, d1, d2),
                nl=", die van %s tot %s bij %s werkte, onder leiding van " % (d1, d2, firm), es=", que trabajó en %s del %s al %s, bajo la supervisión de " % (firm, d1, d2),
                it=", che ha lavorato presso %s dal %s al %s, alle dipendenze di " % (firm, d1, d2), pt=", que trabalhou na %s de %s a %s, reportando a " % (firm, d1, d2)),
              P(w.fmt(ch(["full", "full", "init"]))), L(lang, en=". ", fr=". ", nl=". ", es=". ", it=". ", pt=". "), P(e.fmt(ch(["given", "sur"]) if lang != "nl" else "given")),
              L(lang, en=" was reliable, punctual and popular with guests. I would re-employ without hesitation. Feel free to contact me.\n\n",
                fr=" est fiable et appréciée de tous. N'hésitez pas à me contacter.\n\n", nl=" is betrouwbaar en geliefd bij collega's. Neem gerust contact op.\n\n",
                es=" es responsable y muy apreciado/a por el equipo. Quedo a su disposición.\n\n", it=" è affidabile e puntuale. Resto a disposizione.\n\n",
                pt=" é responsável e muito estimado/a pela equipa. Fico ao dispor.\n\n"),
              P(hr.fmt("full")), "\n" + L(lang, en=ch(["HR Business Partner", "General Manager"]), fr="Directeur d'exploitation", nl="Teamleider", es="Gerente", it="Responsabile del personale",
                                          pt="Diretora de recursos humanos") + ", " + firm + "\n", E(org_mail(hr, dom))]
    return pieces, ["NEG_ORG", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_wedding_speech(lang, region):
    groom, bride, best, ex, dad = person_of(lang, region, "m"), person_of(lang, region, "f"), make_person(lang, region), person_of(lang, region, "f"), person_of(lang, region, "m")
    pieces = [L(lang, en=ch(["Can you make my best man speech funnier? Draft below:\n\n", "polish this toast pls, wedding is saturday:\n\n"]),
                de="Mach meine Trauzeugenrede lustiger:\n\n", fr="Tu peux rendre mon discours de témoin plus drôle ?\n\n", nl="Kun je mijn speech als getuige grappiger maken?\n\n",
                es="¿Me mejoras el discurso de padrino?\n\n", it="Mi sistemi il discorso da testimone?\n\n", pt="Melhora o meu discurso de padrinho:\n\n") +
              L(lang, en="\"Good evening everyone! For those who don't know me, I'm ", de="\"Hallo zusammen! Für alle, die mich nicht kennen: Ich bin ", fr="\"Bonsoir à tous ! Pour ceux qui ne me connaissent pas, je suis ",
                nl="\"Goedenavond allemaal! Voor wie mij niet kent: ik ben ", es="\"¡Buenas noches! Para quien no me conozca, soy ", it="\"Buonasera a tutti! Per chi non mi conosce, sono ",
                pt="\"Boa noite a todos! Para quem não me conhece, sou o "), P(best.fmt(ch(["given", "full"]))),
              L(lang, en=", and I've known ", de=", und ich kenne ", fr=", et je connais ", nl=", en ik ken ", es=", y conozco a ", it=", e conosco ", pt=", e conheço o "), P(groom.fmt("given")),
              L(lang, en=" since we got lost on a school trip to the Science Museum. When he first met ", de=" seit der Klassenfahrt, auf der wir uns im Deutschen Museum verlaufen haben. Als er ",
                fr=" depuis qu'on s'est perdus au Louvre en sortie scolaire. Quand il a rencontré ", nl=" sinds we verdwaalden in het Rijksmuseum op schoolreis. Toen hij ",
                es=" desde que nos perdimos en el Prado en una excursión. Cuando conoció a ", it=" da quando ci siamo persi agli Uffizi in gita. Quando ha conosciuto ",
                pt=" desde que nos perdemos no Museu Gulbenkian. Quando conheceu a "), P(bride.fmt(ch(["given", "full"]))),
              L(lang, en=" at a friend's barbecue he told me she was 'way out of his league' — and ", de=" kennenlernte, sagte er, sie spiele 'in einer anderen Liga' — und ",
                fr=", il m'a dit qu'elle était 'trop bien pour lui' — et ", nl=" leerde kennen, zei hij dat ze 'te goed voor hem' was — en ", es=", me dijo que era 'demasiado para él' — y ",
                it=", mi disse che era 'troppo per lui' — e ", pt=", disse-me que ela era 'demais para ele' — e "),
              P(ch([bride, groom]).fmt("given")), L(lang, en=", your dad ", de=", dein Papa ", fr=", ton père ", nl=", je vader ", es=", tu padre ", it=", tuo padre ", pt=", o teu pai "), P(dad.fmt("full")),
              L(lang, en=" agreed. Let's not mention ", de=" sah das genauso. Reden wir nicht über ", fr=" était d'accord. Ne parlons pas de ", nl=" was het ermee eens. We hebben het niet over ",
                es=" estaba de acuerdo. No hablemos de ", it=" era d'accordo. Non parliamo di ", pt=" concordou. Não falemos da "), P(ex.fmt(ch(["given", "full"]))),
              L(lang, en=". Please raise your glasses to Mr and Mrs ", de=". Erhebt die Gläser auf das Brautpaar ", fr=". Levons nos verres à ", nl=". Proost op ", es=". ¡Brindemos por ", it=". Brindiamo a ", pt=". Um brinde aos "),
              P(groom.surname if lang in ("en",) else groom.fmt("given") + " & " + bride.fmt("given")) if lang == "en" else P(groom.fmt("given")),
              "" if lang == "en" else L(lang, en="", de=" und ", fr=" et ", nl=" en ", es=" y ", it=" e ", pt=" e "),
              ]
    if lang != "en":
        pieces += [P(bride.fmt("given")), "!\""]
    else:
        pieces += ["!\""]
    return pieces, ["NEG_PLACE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_eulogy(lang, region):
    dec, wid, grand, friend = person_of(lang, region, "m"), person_of(lang, region, "f"), make_person(lang, region), make_person(lang, region)
    wid.surname = dec.surname
    pieces = [L(lang, en=ch(["I have to give the eulogy for my grandad on Friday, can you help me shorten it?\n\n", "eulogy draft, too long, help:\n\n"]),
                de="Ich halte Freitag die Trauerrede für meinen Opa, kannst du sie kürzen?\n\n", fr="Je dois lire l'éloge funèbre de mon grand-père vendredi, tu peux raccourcir ?\n\n",
                nl="Ik moet vrijdag spreken op de uitvaart van mijn opa, kun je dit inkorten?\n\n", es="Tengo que leer unas palabras en el funeral de mi abuelo, ¿me ayudas a acortarlo?\n\n",
                it="Venerdì devo leggere un ricordo al funerale del nonno, mi aiuti ad accorciarlo?\n\n", pt="Tenho de falar no funeral do meu avô na sexta, ajudas a encurtar?\n\n"),
              P(dec.fmt(ch(["full", "given"]))), L(lang, en=" — Grandad to me — was born in a flat above a bakery in " + ch(["Cork", "Leith", "Ballarat", "Hamilton"]) + " in " + str(rng.randint(1932, 1950)) +
                                                   ". He met Nan, ", de=" — für mich einfach Opa — kam " + str(rng.randint(1932, 1950)) + " über einer Bäckerei in " + ch(["Gelsenkirchen", "Villach", "Olten"]) + " zur Welt. Er lernte Oma, ",
                                                   fr=" — Papi pour moi — est né en " + str(rng.randint(1932, 1950)) + " au-dessus d'une boulangerie à " + ch(["Roubaix", "Liège", "Sion"]) + ". Il a rencontré Mamie, ",
                                                   nl=" — opa voor mij — werd in " + str(rng.randint(1932, 1950)) + " geboren boven een bakkerij in " + ch(["Tilburg", "Aalst", "Zaandam"]) + ". Hij leerde oma, ",
                                                   es=" — el abuelo para mí — nació en " + str(rng.randint(1932, 1950)) + " encima de una panadería en " + ch(["Ourense", "Rosario", "Puebla"]) + ". Conoció a la abuela, ",
                                                   it=" — per me il nonno — nacque nel " + str(rng.randint(1932, 1950)) + " sopra un forno a " + ch(["Matera", "Cremona", "Rovigo"]) + ". Conobbe la nonna, ",
                                                   pt=" — o avô, para mim — nasceu em " + str(rng.randint(1932, 1950)) + " por cima de uma padaria em " + ch(["Viseu", "Guimarães", "Campinas"]) + ". Conheceu a avó, "),
              P(wid.fmt(ch(["given", "full"]))), L(lang, en=", at a dance in 1961 and never looked back. His best friend ", de=", 1961 beim Tanz kennen. Sein bester Freund ", fr=", à un bal en 1961. Son meilleur ami ",
                                                   nl=", in 1961 kennen op een dansavond. Zijn beste vriend ", es=", en un baile en 1961. Su mejor amigo ", it=", a una festa da ballo nel 1961. Il suo migliore amico ",
                                                   pt=", num baile em 1961. O seu melhor amigo "),
              P(friend.fmt("full")), L(lang, en=" is here today and will remember the Ford Cortina they drove to Spain. My cousin ", de=" ist heute hier und erinnert sich an den VW Käfer, mit dem sie nach Italien fuhren. Meine Cousine ",
                                       fr=" est là aujourd'hui et se souvient de la 2CV avec laquelle ils sont partis en Espagne. Ma cousine ", nl=" is er vandaag ook en weet nog van de DAF waarmee ze naar Spanje reden. Mijn nicht ",
                                       es=" está hoy aquí y recuerda el Seat 600 con el que fueron a Portugal. Mi prima ", it=" è qui oggi e ricorda la Fiat 500 con cui andarono in Francia. Mia cugina ",
                                       pt=" está cá hoje e lembra-se do Fiat 600 em que foram a Espanha. A minha prima "),
              P(grand.fmt(ch(["given", "full"]))), L(lang, en=" will read Psalm 23 next.", de=" liest gleich Psalm 23.", fr=" lira ensuite un poème de Prévert.", nl=" leest straks een gedicht van Toon Hermans voor.",
                                                     es=" leerá después un poema de Machado.", it=" leggerà una poesia di Ungaretti.", pt=" vai ler um poema de Sophia de Mello Breyner.")]
    return pieces, ["NEG_PRODUCT", "NEG_FAMOUS", "NEG_PLACE", "NEG_DATE"]


@pii("en")
def t_alumni_notes(lang, region):
    n = rng.randint(1, 2)
    pieces = [ch(["CLASS NOTES — Class of 20%02d\n\n" % rng.randint(0, 15), "Alumni news (from the winter newsletter) — can you rewrite these as a LinkedIn post?\n\n"])]
    for _ in range(n):
        a, b, c = make_person(lang, region), make_person(lang, region), make_person(lang, region)
        k = rng.randint(0, 3)
        if k == 0:
            baby = make_person(lang, region)
            pieces += [P(a.fmt(ch(["full", "full", "mid"]))), ch([" ('09) and ", " and husband ", " and partner "]), P(b.fmt(ch(["given", "full"]))), " welcomed " + ch(["a daughter, ", "a son, ", "twins, "]),
                       P(baby.given), ch([", on ", ", born "]), D(birth(lang, region, 2025, 2025, "long")[0]), ". " + ch(["Mum and baby are doing great!", "Sleep is a distant memory.", ""]) + "\n\n"]
        elif k == 1:
            pieces += [P(a.fmt("full")), " has joined " + ch(["McKinsey", "the Bank of England", "Médecins Sans Frontières", "Atlassian", "the Gates Foundation"]) + " as " + ch(["a senior associate", "head of data", "field coordinator"]) +
                       ". She still plays five-a-side every Tuesday with ", P(b.fmt(ch(["full", "given"]))), " and ", P(c.fmt(ch(["full", "given"]))), ".\n\n"]
        elif k == 2:
            pieces += ["Congratulations to ", P(a.fmt("full")), " on " + ch(["her", "his"]) + " wedding to ", P(b.fmt("full")), " at " + ch(["Ashford Castle", "Trinity College Chapel", "a vineyard in Stellenbosch"]) +
                       " in " + ch(["June", "September", "May"]) + ". Classmate ", P(c.fmt(ch(["full", "given"]))), " officiated.\n\n"]
        else:
            pieces += ["We are sad to report the death of ", P(a.fmt("full")), " on " + other_date(lang, region, "long", 2025, 2026) + ". Donations in " + ch(["her", "his"]) + " memory to the " +
                       ch(["Alzheimer's Society", "Royal Flying Doctor Service", "Canadian Cancer Society"]) + ". Condolences via ", E(email(b)), ".\n\n"]
    pieces[-1] = pieces[-1].rstrip("\n") if isinstance(pieces[-1], str) else pieces[-1]
    return pieces, ["NEG_ORG", "NEG_PLACE", "NEG_DATE"]


SIGN = {
    "en": ["Kind regards", "Best", "Thanks", "Cheers", "Many thanks"],
    "de": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "LG"],
    "fr": ["Cordialement", "Bien à vous", "Belle journée", "Merci d'avance"],
    "nl": ["Met vriendelijke groet", "Groet", "Hartelijke groet", "Mvg"],
    "es": ["Un saludo", "Saludos cordiales", "Atentamente", "Gracias"],
    "it": ["Cordiali saluti", "Un saluto", "Grazie mille", "Buona giornata"],
    "pt": ["Cumprimentos", "Atenciosamente", "Abraço", "Obrigado"],
}


def sigblock(p, lang, region, firm, dom):
    out = [ch(SIGN[lang]) + ch([",\n", "\n", "\n\n"]), P(p.fmt(ch(["full", "full", "given", "mid"]))), "\n"]
    if rng.random() < 0.8:
        out += [ch(["Senior Account Manager", "Office Manager | Praxis", "Responsable logistique", "Projectleider", "Jefa de compras", "Ufficio acquisti", "Gestora de cliente"]) +
                ch([" | ", "\n", " · "]) + firm + "\n"]
    if rng.random() < 0.6:
        out += [A(address(lang, region, sep=ch([", ", " | ", "\n"]))), "\n"]
    out += [ch(["T ", "Tel. ", "M: ", "📞 "]) + "+%d %d %d\n" % (rng.randint(30, 49), rng.randint(100, 999), rng.randint(100000, 9999999)), E(org_mail(p, dom))]
    if rng.random() < 0.4:
        out += ["\n" + ch(["Please consider the environment before printing this email.", "This e-mail is confidential. If you received it in error please notify the sender.",
                           "Diese E-Mail enthält vertrauliche Informationen.", "Ce message est confidentiel."])]
    return out


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_sig_thread(lang, region):
    a, b = make_person(lang, region), make_person(lang, region)
    fa, fb = ch([("Lindqvist Packaging", "lindqvist-pack.com"), ("Brauerei Oberhaus", "oberhaus-brau.de"), ("Transports Guérin", "guerin-transports.fr"), ("Van Lier Installatietechniek", "vanlier.nl")]), \
        ch([("Distribuciones Ebro", "disebro.es"), ("Cartiera Valsesia", "cartieravalsesia.it"), ("Moagem Douro", "moagemdouro.pt"), ("Harrow & Finch", "harrowfinch.co.uk")])
    req = L(lang, en="Can you summarise this thread and draft my reply? I'm ", de="Fass den Thread zusammen und schreib eine Antwort. Ich bin ", fr="Résume ce fil et prépare ma réponse. Je suis ",
            nl="Vat deze thread samen en schrijf mijn antwoord. Ik ben ", es="Resume este hilo y redacta mi respuesta. Soy ", it="Riassumi il thread e scrivi la risposta. Sono ", pt="Resume esta conversa e escreve a minha resposta. Sou ")
    hdr = L(lang, en="On %s, %s wrote:", de="Am %s schrieb %s:", fr="Le %s, %s a écrit :", nl="Op %s schreef %s:", es="El %s, %s escribió:", it="Il giorno %s %s ha scritto:", pt="Em %s, %s escreveu:")
    h1, h2, h3 = hdr.split("%s")
    pieces = [req, P(a.fmt("given")), ".\n\n" + h1 + other_date(lang, region, "num", 2026, 2026) + h2, P(b.fmt("full")), " <", E(org_mail(b, fb[1])), ">" + h3 + "\n> " +
              L(lang, en="Hi ", de="Hallo ", fr="Bonjour ", nl="Hoi ", es="Hola ", it="Ciao ", pt="Olá "), P(a.fmt("given")), ",\n> " +
              L(lang, en="the pallets for PO 44871 are still at our warehouse. Can you confirm the delivery address?", de="die Paletten zu Bestellung 44871 stehen noch bei uns. Lieferadresse?",
                fr="les palettes de la commande 44871 sont toujours chez nous. Adresse de livraison ?", nl="de pallets van order 44871 staan nog bij ons. Afleveradres?",
                es="los palés del pedido 44871 siguen en nuestro almacén. ¿Dirección de entrega?", it="i bancali dell'ordine 44871 sono ancora qui. Indirizzo di consegna?",
                pt="as paletes da encomenda 44871 continuam no armazém. Morada de entrega?") + "\n> \n"]
    pieces.append("> ")
    for x in sigblock(b, lang, region, fb[0], fb[1]):
        if isinstance(x, tuple):
            pieces.append((x[0], x[1].replace("\n", ", ")))
        else:
            pieces.append(x.replace("\n", "\n> "))
    pieces += ["\n\n" + L(lang, en="my old reply for context:\n", de="meine alte Antwort:\n", fr="ma réponse précédente :\n", nl="mijn vorige antwoord:\n", es="mi respuesta anterior:\n", it="la mia risposta precedente:\n", pt="a minha resposta anterior:\n")]
    pieces += sigblock(a, lang, region, fa[0], fa[1])
    return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE"]


OCR_SUB = {"l": "1", "o": "0", "e": "c", "i": "l", "m": "rn", "S": "5", "B": "8", ":": ";", ",": "."}


def ocr(s, p=0.04):
    out = []
    for c in s:
        if c in OCR_SUB and rng.random() < p:
            out.append(OCR_SUB[c])
        elif c == " " and rng.random() < 0.02:
            out.append("  ")
        else:
            out.append(c)
    return "".join(out)


def hyph_name(p):
    s = p.surname
    if len(s) >= 7 and " " not in s and rng.random() < 0.5:
        k = rng.randint(3, len(s) - 3)
        return p.given + " " + s[:k] + "-\n" + s[k:]
    return p.fmt(ch(["full", "caps", "capsur"]))


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_ocr_cert(lang, region):
    p, off = make_person(lang, region), make_person(lang, region)
    lab = {
        "en": ("PROOF OF ADDRESS — COUNCIL TAX BILL 2026/27\n", "Account holder", "Date of birth", "Property address", "Issued by"),
        "de": ("MELDEBESCHEINIGUNG\n(einfache Meldebescheinigung nach § 18 Abs. 1 BMG)\n", "Familienname, Vorname", "Geburtsdatum", "Anschrift", "Im Auftrag"),
        "fr": ("CERTIFICAT DE RÉSIDENCE\n", "Nom, prénom", "Date de naissance", "Domicile", "L'officier de l'état civil"),
        "nl": ("UITTREKSEL BASISREGISTRATIE PERSONEN\n", "Naam", "Geboortedatum", "Woonadres", "Namens de burgemeester"),
        "es": ("CERTIFICADO DE EMPADRONAMIENTO\n", "Apellidos y nombre", "Fecha de nacimiento", "Domicilio", "El Secretario"),
        "it": ("CERTIFICATO DI RESIDENZA\n", "Cognome e nome", "Data di nascita", "Residenza", "L'Ufficiale d'Anagrafe"),
        "pt": ("ATESTADO DE RESIDÊNCIA\n", "Nome", "Data de nascimento", "Morada", "O Presidente da Junta"),
    }[lang]
    nm = hyph_name(p) if lang == "en" or rng.random() < 0.5 else p.fmt("rev")
    intro = ch(["OCR output from my scanner, can you clean it up and fill the form for me?\n\n", "this came out garbled from the scan, what does it say?\n\n", "", "Text aus dem Scan:\n\n" if lang == "de" else ""])
    pieces = [intro + ocr(lab[0]) + ocr("—" * rng.randint(5, 20)) + "\n" + ocr(lab[1]) + ch([": ", " ", ":\n"]), P(nm), "\n" + ocr(lab[2]) + ch([": ", " "]), D(birth(lang, region, 1945, 2005, ch(["num", "long", "abbr"]))[0]),
              "\n" + ocr(lab[3]) + ch([":\n", ": "]), A(address(lang, region, sep=ch(["\n", ", "]))), "\n" + ocr("Ref. " + str(rng.randint(100000, 999999)) + "   " + other_date(lang, region, "num", 2026, 2026)) +
              "\n\n" + ocr(lab[4]) + "\n", P(off.fmt(ch(["full", "init", "caps"]))), "\n" + ocr(ch(["Seite 1 von 1", "Page 1/1", "pag. 1", "- 1 -", "Mod. 23/B"]))]
    return pieces, ["NEG_CODE", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_typo_chat(lang, region):
    p, q = make_person(lang, region), make_person(lang, region)
    def typo(s):
        s = list(s)
        for _ in range(rng.randint(1, 3)):
            i = rng.randint(1, len(s) - 2)
            if s[i].isalpha() and s[i + 1].isalpha():
                s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    nm_style = ch(["lower", "caps", "full", "lower"])
    nm = p.fmt(nm_style)
    if rng.random() < 0.3:
        nm = nm[0].lower() + nm[1:].upper() if len(nm) > 2 else nm
    ad = address(lang, region)
    ad = ch([ad, ad.lower(), ad.upper()])
    msg = L(lang, en=["hey quick q can u write a letter to my landlord, im ", ", tenant at ", " since 2019. the boiler is broke AGAIN and ", " (the agent) doesnt answer. make it angry but polite lol"],
            de=["hey kannst du mir nen brief an meinen vermieter schreiben, ich bin ", ", mieter in der ", " seit 2019. die heizung is schon WIEDER kaputt und ", " von der hausverwaltung antwortet nich. wütend aber höflich pls"],
            fr=["salut tu peux m'écrire une lettre pour mon proprio, je suis ", ", locataire au ", " depuis 2019. la chaudière est ENCORE en panne et ", " de l'agence répond pas. énervé mais poli stp"],
            nl=["hoi kun je een brief aan mijn huisbaas schrijven, ik ben ", ", huurder op ", " sinds 2019. de cv-ketel is ALWEER kapot en ", " van de verhuurder reageert niet. boos maar netjes aub"],
            es=["oye me escribes una carta para mi casero? soy ", ", inquilino en ", " desde 2019. la caldera se rompió OTRA VEZ y ", " de la inmobiliaria no contesta. enfadado pero educado xfa"],
            it=["ciao mi scrivi una lettera per il padrone di casa? sono ", ", inquilino in ", " dal 2019. la caldaia è rotta DI NUOVO e ", " dell'agenzia non risponde. arrabbiato ma educato pls"],
            pt=["olá escreves-me uma carta pro senhorio? sou ", ", inquilino na ", " desde 2019. o esquentador avariou OUTRA VEZ e ", " da imobiliária não responde. zangado mas educado pf"])
    pieces = [typo(msg[0]), P(nm), typo(msg[1]), A(ad), typo(msg[2]), P(q.fmt(ch(["given", "lower", "full", "sur"]))), typo(msg[3])]
    if rng.random() < 0.5:
        pieces += ["\n" + ch(["oh and", "ps", "btw", "also"]) + " " + L(lang, en="my dob is ", de="mein geb datum ist ", fr="ma date de naissance c'est le ", nl="mijn geboortedatum is ",
                                                                      es="mi fecha de nac es ", it="la mia data di nascita è ", pt="a minha data de nasc é "), D(birth(lang, region, 1970, 2004, ch(["num", "short2", "long"]))[0]),
                   " " + ch(["if they need it", "for the reference", "", "(they asked for it??)"])]
    return pieces, []


@pii("en")
def t_countersign(lang, region):
    app, cs = make_person(lang, region), make_person(lang, region)
    abd, aage = birth(lang, region, 2000, 2020)
    yrs = rng.randint(2, max(2, aage))
    pieces = ["Passport countersignatory declaration — " + ch(["HM Passport Office", "Passport Canada (guarantor)", "DFA Passport Service (witness)", "Australian Passport Office (guarantor)"]) +
              "\n\nApplicant: ", P(app.fmt(ch(["caps", "full"]))), "\nApplicant's date of birth: ", D(abd),
              "\n\nI certify that I have known ", P(app.fmt(ch(["full", "given"]))), " for %d years and that this is a true likeness of " % yrs + ("her" if app.sex == "f" else "him") + ".\n\nCountersignatory: ",
              P(cs.fmt(ch(["full", "mid"]))), "\nProfession: " + ch(["Chartered accountant", "Police officer", "Bank manager", "Secondary school teacher", "Pharmacist"]) + "\nHome address: ",
              AO(lang, region), "\nEmail: ", E(email(cs)), "\nPassport no. (countersignatory): " + str(rng.randint(100000000, 999999999))]
    return pieces, ["NEG_CODE", "NEG_ORG"]


@pii("de", "nl", "en", "fr", "it")
def t_candidates(lang, region):
    party = ch(["Bürgerliste Freie Wähler", "Wählergemeinschaft Pro Dorf", "Lokaal Belang", "Groen Links-PvdA", "Independent", "Liste citoyenne", "Lista civica Insieme"])
    pieces = [L(lang, de="Wahlvorschlag für die Wahl des Gemeinderats am %s — %s\nLfd. Nr. | Familienname, Vorname | Beruf | Geburtsjahr | Anschrift (Hauptwohnung)\n",
                nl="Kandidatenlijst gemeenteraadsverkiezing %s — %s\nNr. | Naam | Woonplaats\n",
                en="Statement of persons nominated — parish council election %s — %s\nName | Home address | Description\n",
                fr="Élections municipales du %s — liste « %s »\nRang | Nom | Profession | Adresse\n",
                it="Elezioni comunali del %s — %s\nN. | Cognome e nome | Luogo e data di nascita | Residenza\n") % (other_date(lang, region, "long", 2026, 2027), party)]
    for i in range(rng.randint(2, 4)):
        p = make_person(lang, region)
        if lang == "de":
            pieces += ["%d | " % (i + 1), P(p.fmt(ch(["rev", "revcaps"]))), " | " + ch(["Landwirt/in", "Erzieherin", "Elektromeister", "Rentner", "Studentin", "Bankkaufmann"]) + " | " + str(rng.randint(1950, 2005)) + " | ",
                       A(address(lang, region)), "\n"]
        elif lang == "nl":
            nm = ch([p.given[0] + ". " + p.surname + " (" + p.given + ")", p.fmt("full")])
            pieces += ["%d. " % (i + 1), P(p.surname + ", " + p.given[0] + "." if rng.random() < 0.5 else nm), " | " + town(lang, region) + "\n"]
        elif lang == "en":
            pieces += [P(p.fmt(ch(["revcaps", "capsur"]))), " | ", A(address(lang, region)), " | " + ch(["Independent", "Green Party", "Liberal Democrats", "Labour Party", ""]) + "\n"]
        elif lang == "fr":
            pieces += ["%d | " % (i + 1), P(p.fmt(ch(["capsur", "revcaps"]))), " | " + ch(["agricultrice", "retraité", "infirmière", "artisan"]) + " | ", A(address(lang, region)), "\n"]
        else:
            pieces += ["%d | " % (i + 1), P(p.fmt(ch(["revcaps", "capsur"]).replace("rev", "rev"))), " | " + ch(["Parma", "Bari", "Asti", "Lodi"]) + ", ", D(birth(lang, region, 1950, 2004, "num")[0]),
                       " | ", A(address(lang, region)), "\n"]
    pieces += [L(lang, de="Vertrauensperson: ", nl="Inleveraar: ", en="Election agent: ", fr="Mandataire : ", it="Delegato di lista: "), P(make_person(lang, region).fmt("full"))]
    return pieces, ["NEG_ORG", "NEG_DATE", "NEG_PLACE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_landlord_ref(lang, region):
    t, ll, ag = make_person(lang, region), make_person(lang, region), make_person(lang, region)
    pieces = [L(lang, en="Tenant reference request\n\nDear ", de="Vermieterbescheinigung (Mietschuldenfreiheit)\n\nSehr geehrte/r ", fr="Attestation de bon paiement des loyers\n\nÀ l'attention de ",
                nl="Verhuurdersverklaring\n\nBeste ", es="Certificado de arrendador\n\nEstimado/a ", it="Referenza del locatore\n\nGentile ", pt="Declaração do senhorio\n\nCaro/a "),
              P(ll.fmt(ch(["full", "sur", "given"]))), ",\n\n" + L(lang, en="We have received an application from ", de="wir haben eine Bewerbung von ", fr="nous avons reçu une candidature de ",
                                                                    nl="we hebben een aanvraag ontvangen van ", es="hemos recibido una solicitud de ", it="abbiamo ricevuto una richiesta da ", pt="recebemos uma candidatura de "),
              P(t.fmt(ch(["full", "full", "mid"]))), L(lang, en=", who states " + ("she" if t.sex == "f" else "he") + " has rented ", de=" erhalten, die/der angibt, bei Ihnen die Wohnung ",
                                                       fr=", qui indique avoir loué le logement situé ", nl=", die aangeeft de woning ", es=", que indica haber alquilado la vivienda de ",
                                                       it=", che dichiara di aver affittato l'immobile in ", pt=", que declara ter arrendado a casa na "),
              A(address(lang, region)), L(lang, en=" from you since " + other_date(lang, region, "long", 2018, 2023) + ". Could you confirm the rent was paid on time? Please reply to me, ",
                                          de=" seit " + other_date(lang, region, "long", 2018, 2023) + " gemietet zu haben. Bitte bestätigen Sie die pünktliche Mietzahlung. Antwort bitte an mich, ",
                                          fr=" depuis le " + other_date(lang, region, "long", 2018, 2023) + ". Pouvez-vous confirmer le paiement régulier ? Réponse à moi-même, ",
                                          nl=" sinds " + other_date(lang, region, "long", 2018, 2023) + " te huren. Kunt u bevestigen dat de huur op tijd is betaald? Antwoord graag aan mij, ",
                                          es=" desde el " + other_date(lang, region, "long", 2018, 2023) + ". ¿Puede confirmar que pagó puntualmente? Respóndame a mí, ",
                                          it=" dal " + other_date(lang, region, "long", 2018, 2023) + ". Può confermare la regolarità dei pagamenti? Risponda a me, ",
                                          pt=" desde " + other_date(lang, region, "long", 2018, 2023) + ". Pode confirmar que pagou a tempo? Responda-me, "),
              P(ag.fmt("full")), ", ", E(org_mail(ag, ch(["foxtons.co.uk", "immowelt-partner.de", "century21.fr", "vbo-makelaar.nl", "tecnocasa.es", "gabetti.it", "era.pt"]))), "."]
    return pieces, ["NEG_ORG", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_missing(lang, region):
    p, c = make_person(lang, region), make_person(lang, region)
    age = rng.randint(14, 84)
    pieces = [L(lang, en="MISSING — please share\n\n", de="VERMISST — bitte teilen\n\n", fr="DISPARITION INQUIÉTANTE — partagez svp\n\n", nl="VERMIST — graag delen\n\n", es="DESAPARECIDO/A — difundid\n\n",
                it="SCOMPARSO/A — condividete\n\n", pt="DESAPARECIDO/A — partilhem\n\n"), P(p.fmt(ch(["full", "caps"]))), ", " + str(age) + L(lang, en=", was last seen on ", de=" Jahre, wurde zuletzt am ",
                                                                                                                                            fr=" ans, a été vu(e) pour la dernière fois le ", nl=" jaar, is voor het laatst gezien op ",
                                                                                                                                            es=" años, fue visto/a por última vez el ", it=" anni, è stato/a visto/a l'ultima volta il ",
                                                                                                                                            pt=" anos, foi visto/a pela última vez em ") +
              other_date(lang, region, "long", 2026, 2026) + L(lang, en=" near ", de=" in der Nähe ", fr=" près de ", nl=" bij ", es=" cerca de ", it=" vicino a ", pt=" perto de ") +
              L(lang, en="the " + ch(["Lidl", "train station", "McDonald's"]), de=ch(["des Hauptbahnhofs", "vom Lidl"]), fr=ch(["la gare", "du Lidl"]), nl=ch(["het station", "de Albert Heijn"]),
                es=ch(["la estación", "el Mercadona"]), it=ch(["la stazione", "l'Esselunga"]), pt=ch(["a estação", "o Pingo Doce"])) + " " + L(lang, en="on ", de="an der ", fr="", nl="aan de ", es="en ", it="in ", pt="na ") +
              street_only(lang, region) + ". " + L(lang, en="Wearing a red North Face jacket. If you see ", de="Trägt eine rote North-Face-Jacke. Wer ", fr="Porte une veste rouge North Face. Si vous voyez ",
                                                  nl="Draagt een rode jas van The North Face. Wie ", es="Llevaba una chaqueta roja de North Face. Si veis a ", it="Indossava una giacca rossa North Face. Se vedete ",
                                                  pt="Vestia um casaco vermelho da North Face. Se virem o/a "),
              P(p.fmt("given")), L(lang, en=", call 999 or ", de=" sieht, bitte 110 anrufen oder ", fr=", appelez le 17 ou ", nl=" ziet: bel 112 of ", es=", llamad al 112 o a ", it=", chiamate il 112 o ", pt=", liguem 112 ou "),
              P(c.fmt(ch(["full", "given"]))), L(lang, en=" (" + ch(["mum", "sister", "dad"]) + ") on 07" + str(rng.randint(100000000, 999999999)) + ".", de=" (Schwester) unter 0151 " + str(rng.randint(1000000, 9999999)) + ".",
                                                  fr=" (sa sœur) au 06 " + str(rng.randint(10000000, 99999999)) + ".", nl=" (zus) op 06-" + str(rng.randint(10000000, 99999999)) + ".",
                                                  es=" (hermana) al 6" + str(rng.randint(10000000, 99999999)) + ".", it=" (sorella) al 3" + str(rng.randint(100000000, 399999999)) + ".",
                                                  pt=" (irmã) para o 9" + str(rng.randint(10000000, 99999999)) + ".")]
    return pieces, ["NEG_PRODUCT", "NEG_ORG", "NEG_PLACE", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_lottery_claim(lang, region):
    p = make_person(lang, region)
    game = ch(["EuroMillions", "Lotto 6aus49", "Loto", "Staatsloterij", "La Primitiva", "SuperEnalotto", "Euromilhões", "Mega-Sena", "Powerball"])
    pieces = [L(lang, en="Prize claim form — ", de="Gewinnanforderung — ", fr="Formulaire de réclamation de gain — ", nl="Prijsclaimformulier — ", es="Solicitud de cobro de premio — ",
                it="Richiesta di riscossione vincita — ", pt="Pedido de pagamento de prémio — ") + game + "\n" +
              L(lang, en="Ticket serial: ", de="Quittungsnummer: ", fr="N° de reçu : ", nl="Lotnummer: ", es="N.º de resguardo: ", it="N. scontrino: ", pt="N.º do talão: ") +
              "%04d-%06d-%03d" % (rng.randint(0, 9999), rng.randint(0, 999999), rng.randint(0, 999)) + "\n" +
              L(lang, en="Draw date: ", de="Ziehung vom: ", fr="Tirage du : ", nl="Trekking: ", es="Sorteo del: ", it="Concorso del: ", pt="Sorteio de: ") + other_date(lang, region, None, 2026, 2026) + "\n" +
              L(lang, en="Claimant: ", de="Gewinner/in: ", fr="Gagnant(e) : ", nl="Winnaar: ", es="Premiado/a: ", it="Vincitore: ", pt="Premiado/a: "), P(p.fmt(ch(["full", "caps", "rev"]))), "\n" +
              L(lang, en="Date of birth: ", de="Geburtsdatum: ", fr="Date de naissance : ", nl="Geboortedatum: ", es="Fecha de nacimiento: ", it="Data di nascita: ", pt="Data de nascimento: "),
              D(birth(lang, region, 1945, 2007)[0]), "\n" + L(lang, en="Address: ", de="Anschrift: ", fr="Adresse : ", nl="Adres: ", es="Domicilio: ", it="Indirizzo: ", pt="Morada: "), AO(lang, region, 0.6),
              "\n" + L(lang, en="Publicity: I do NOT wish my name to be published.", de="Veröffentlichung: NEIN", fr="Publicité : je refuse", nl="Publiciteit: nee", es="Publicidad: no",
                       it="Pubblicità: no", pt="Publicidade: não")]
    return pieces, ["NEG_PRODUCT", "NEG_CODE", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_postal_vote(lang, region):
    p = make_person(lang, region)
    old = rng.random() < 0.4
    pieces = [L(lang, en=ch(["Application for a postal vote\n", "Register to vote — change of address\n"]), de="Antrag auf Briefwahlunterlagen\n", fr="Demande de procuration\n",
                nl="Verzoek om kiezerspas\n", es="Solicitud de voto por correo\n", it="Richiesta di voto per corrispondenza (elettori all'estero)\n", pt="Pedido de voto antecipado\n") +
              L(lang, en="Surname: ", de="Familienname: ", fr="Nom : ", nl="Achternaam: ", es="Apellidos: ", it="Cognome: ", pt="Apelidos: "), P(p.surname.upper() if rng.random() < 0.4 else p.surname),
              "\n" + L(lang, en="First name(s): ", de="Vorname(n): ", fr="Prénom(s) : ", nl="Voornamen: ", es="Nombre: ", it="Nome: ", pt="Nome(s) próprio(s): "), P(p.given), "\n" +
              L(lang, en="Date of birth: ", de="Geburtsdatum: ", fr="Né(e) le : ", nl="Geboortedatum: ", es="Fecha de nacimiento: ", it="Data di nascita: ", pt="Data de nascimento: "),
              D(birth(lang, region, 1935, 2007)[0])]
    if old:
        pieces += ["\n" + L(lang, en="Previous address: ", de="Bisherige Anschrift: ", fr="Ancienne adresse : ", nl="Vorig adres: ", es="Domicilio anterior: ", it="Precedente residenza: ", pt="Morada anterior: "),
                   A(address(lang, region))]
    pieces += ["\n" + L(lang, en="Send ballot papers to: ", de="Unterlagen senden an: ", fr="Envoyer à : ", nl="Sturen naar: ", es="Enviar a: ", it="Inviare a: ", pt="Enviar para: ") +
               ch([L(lang, en="home address on the register", de="Wohnanschrift laut Melderegister", fr="adresse d'inscription", nl="woonadres", es="domicilio del censo", it="indirizzo di residenza", pt="morada do recenseamento"),
                   L(lang, en="my holiday let until 30 June", de="Urlaubsadresse", fr="adresse de vacances", nl="vakantieadres", es="dirección de vacaciones", it="indirizzo temporaneo", pt="morada temporária")])]
    return pieces, ["NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_fishing_licence(lang, region):
    p = make_person(lang, region)
    lab_dob = rng.random() < 0.7
    pieces = [L(lang, en="can u check my fishing licence renewal before i send it. ", de="kannst du meinen Fischereischein-Antrag prüfen? ", fr="tu peux vérifier ma demande de carte de pêche ? ",
                nl="kun je mijn aanvraag VISpas checken? ", es="¿me revisas la renovación de la licencia de pesca? ", it="mi controlli il rinnovo della licenza di pesca? ", pt="verificas o pedido da licença de pesca? ") +
              ch(["", "\n"]) + L(lang, en="name ", de="name ", fr="nom ", nl="naam ", es="nombre ", it="nome ", pt="nome "), P(p.fmt(ch(["full", "lower", "full"]))), ch([", ", " / ", "\n"]) +
              (ch(["dob ", L(lang, en="born ", de="geb. ", fr="née le ", nl="geb. ", es="nac. ", it="nato il ", pt="nasc. ")]) if lab_dob else
               L(lang, en="age ", de="alter ", fr="âge ", nl="leeftijd ", es="edad ", it="età ", pt="idade ") + str(rng.randint(18, 80))),
              D(birth(lang, region, 1945, 2008, ch(["num", "short2"]))[0]) if lab_dob else "",
              ch([", ", " / ", "\n"]) + L(lang, en="licence expires ", de="gültig bis ", fr="expire le ", nl="geldig tot ", es="caduca el ", it="scade il ", pt="válida até ") + other_date(lang, region, "num", 2026, 2027) +
              ". " + L(lang, en="river: " + ch(["Tay", "Shannon", "Wye"]), de="Gewässer: " + ch(["Isar", "Traun", "Aare"]), fr="rivière : " + ch(["Loire", "Semois", "Doubs"]), nl="water: Maas",
                      es="río: " + ch(["Sella", "Paraná"]), it="fiume: " + ch(["Adda", "Ticino"]), pt="rio: " + ch(["Minho", "Paiva"]))]
    return pieces, ["NEG_PLACE", "NEG_DATE"]


@pii("de", "nl", "fr", "en", "es", "it", "pt")
def t_key_handover(lang, region):
    t, ll = make_person(lang, region), make_person(lang, region)
    pieces = [L(lang, de="Wohnungsübergabeprotokoll\nObjekt: ", nl="Opleverrapport\nWoning: ", fr="État des lieux de sortie\nLogement : ", en="Check-out inventory\nProperty: ",
                es="Acta de entrega de llaves\nVivienda: ", it="Verbale di riconsegna\nImmobile: ", pt="Auto de entrega das chaves\nImóvel: "), A(address(lang, region)), "\n" +
              L(lang, de="Mieter/in: ", nl="Huurder: ", fr="Locataire : ", en="Tenant: ", es="Inquilino/a: ", it="Conduttore: ", pt="Inquilino/a: "), P(t.fmt(ch(["full", "rev"]))), "\n" +
              L(lang, de="Vermieter/in: ", nl="Verhuurder: ", fr="Bailleur : ", en="Landlord: ", es="Arrendador/a: ", it="Locatore: ", pt="Senhorio/a: "), P(ll.fmt(ch(["full", "init"]))), "\n" +
              L(lang, de="Schlüssel: 3x Haustür, 1x Briefkasten. Zählerstand Strom 48213. Mängel: Bohrlöcher Bad.", nl="Sleutels: 3x voordeur. Meterstand 48213. Gebreken: gaten badkamer.",
                fr="Clés : 3 porte, 1 boîte aux lettres. Compteur 48213. Trous dans la salle de bain.", en="Keys: 3 front door, 1 fob. Meter 48213. Damage: holes in bathroom tiles.",
                es="Llaves: 3 puerta, 1 buzón. Contador 48213. Agujeros en el baño.", it="Chiavi: 3 portone, 1 cassetta. Contatore 48213. Fori nel bagno.", pt="Chaves: 3 porta, 1 caixa do correio. Contador 48213. Furos na casa de banho.") +
              "\n" + other_date(lang, region, "num", 2026, 2026)]
    return pieces, ["NEG_DATE", "NEG_CODE"]

@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_club_transfer(lang, region):
    pl, sec = make_person(lang, region), make_person(lang, region)
    clubs = L(lang, en=["Ballyclare Comrades", "Harrow Borough Youth", "Glenfield Rovers", "Northcote City AFC"], de=["SV Blau-Weiß Hohenlind", "FC Oberwil", "SC Rapid Lienz", "TSV Eichenau"],
              fr=["AS Montreuil-Bellay", "FC Saint-Prex", "RFC Wavre", "US Ferrières"], nl=["VV De Zwaluwen", "SV Overbos", "KFC Lede", "VV Noordwijkerhout"],
              es=["CD Pinar de Chamartín", "Club Atlético Banfield Juveniles", "Deportivo Suba", "UD San Sebastián de los Reyes"], it=["ASD Virtus Cornaredo", "Pol. San Giorgio", "US Borgo Panigale"],
              pt=["GD Estrela da Amadora", "Clube Atlético Ipiranga", "SC Vila Real", "EC Pinheiros"])
    a, b = rng.sample(clubs, 2)
    pieces = [L(lang, en="Player transfer request (international clearance not needed)\n", de="Antrag auf Vereinswechsel (Spielerpass)\n", fr="Demande de mutation\n",
                nl="Overschrijvingsverzoek speler\n", es="Solicitud de transferencia / baja federativa\n", it="Richiesta di nulla osta al trasferimento\n", pt="Pedido de transferência de atleta\n") +
              L(lang, en="Player: ", de="Spieler/in: ", fr="Joueur/joueuse : ", nl="Speler: ", es="Jugador/a: ", it="Calciatore/trice: ", pt="Atleta: "), P(pl.fmt(ch(["full", "rev", "caps"]))),
              ch(["  ", "\n"]) + ch(["DOB: ", L(lang, en="Date of birth: ", de="geb.: ", fr="Né(e) le : ", nl="Geb.: ", es="F. nac.: ", it="Nato/a il: ", pt="Nasc.: ")]), D(birth(lang, region, 2004, 2016)[0]),
              "\n" + L(lang, en="From: %s   To: %s\nReason: moved house\nLast match played: %s\nReleasing club secretary: ", de="Abgebender Verein: %s   Aufnehmender Verein: %s\nGrund: Umzug\nLetztes Spiel: %s\nUnterschrift abgebender Verein: ",
                       fr="Club quitté : %s   Nouveau club : %s\nMotif : déménagement\nDernier match : %s\nSecrétaire du club quitté : ", nl="Van: %s   Naar: %s\nReden: verhuisd\nLaatste wedstrijd: %s\nSecretaris oude club: ",
                       es="Club de origen: %s   Club de destino: %s\nMotivo: traslado\nÚltimo partido: %s\nSecretario/a del club de origen: ", it="Da: %s   A: %s\nMotivo: trasferimento di residenza\nUltima gara: %s\nSegretario società cedente: ",
                       pt="De: %s   Para: %s\nMotivo: mudança de residência\nÚltimo jogo: %s\nSecretário do clube de origem: ") % (a, b, other_date(lang, region, None, 2025, 2026)),
              P(sec.fmt(ch(["full", "init", "given"])))]
    return pieces, ["NEG_ORG", "NEG_DATE"]


@pii("en", "de", "fr", "nl", "es", "it", "pt")
def t_sick_note(lang, region):
    p, doc = make_person(lang, region), make_person(lang, region)
    d1, d2 = other_date(lang, region, "num", 2026, 2026), other_date(lang, region, "num", 2026, 2026)
    pieces = [L(lang, en=ch(["Statement of Fitness for Work (fit note)\n", "my employer wants this sick note typed out:\n"]), de="Arbeitsunfähigkeitsbescheinigung\n", fr="Avis d'arrêt de travail\n",
                nl="Verzuimmelding / verklaring huisarts\n", es="Parte médico de baja por incapacidad temporal\n", it="Certificato di malattia\n", pt="Certificado de incapacidade temporária\n") +
              L(lang, en="Patient's name: ", de="Name, Vorname des Versicherten: ", fr="Assuré(e) : ", nl="Naam: ", es="Trabajador/a: ", it="Lavoratore: ", pt="Utente: "),
              P(p.fmt(ch(["full", "rev", "caps"]))), ch(["\n", "   "]) + L(lang, en="Date of birth: ", de="geb. am ", fr="Date de naissance : ", nl="Geboortedatum: ", es="Fecha de nacimiento: ", it="Nato/a il ", pt="Data de nascimento: "),
              D(birth(lang, region, 1958, 2006)[0]), "\n" + L(lang, en="Not fit for work from %s to %s (lower back pain).", de="arbeitsunfähig seit %s, voraussichtlich bis %s. Erstbescheinigung.",
                                                             fr="Arrêt du %s au %s inclus.", nl="Ziek gemeld van %s tot %s.", es="Baja desde el %s hasta el %s.", it="Prognosi dal %s al %s.", pt="Incapacidade de %s a %s.") % (d1, d2) +
              "\n" + L(lang, en="Doctor: ", de="Vertragsarzt: Dr. med. ", fr="Médecin : Dr ", nl="Huisarts: ", es="Facultativo: Dr./Dra. ", it="Medico: dott. ", pt="Médico: Dr. "), P(doc.fmt(ch(["full", "init"])))]
    return pieces, ["NEG_DATE"]

# ---------------------------------------------------------------- PII-free look-alike templates
@free("en")
def f_anon_judgment(lang, region):
    a, b = ch([("Mr A", "Ms B"), ("the Claimant", "the Respondent"), ("X", "Y"), ("AB", "CD")])
    cites = rng.sample(["Donoghue v Stevenson [1932] AC 562", "Polkey v A E Dayton Services Ltd [1988] AC 344", "British Home Stores Ltd v Burchell [1978] IRLR 379",
                        "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256", "Mabo v Queensland (No 2) (1992) 175 CLR 1", "Hedley Byrne & Co Ltd v Heller & Partners Ltd [1964] AC 465",
                        "R v Brown [1994] 1 AC 212", "Miranda v. Arizona, 384 U.S. 436 (1966)"], 3)
    pieces = ["Summarise the reasoning in this anonymised decision (case no. " + caseno(region) + ", promulgated " + other_date(lang, region, "long", 2025, 2026) + "):\n\n"
              "12. " + a + " was dismissed on " + other_date(lang, region, "long", 2024, 2025) + " after 11 years' service. " + b + " accepts that no investigation meeting took place.\n"
              "13. Applying " + cites[0] + " and " + cites[1] + ", the tribunal finds the dismissal procedurally unfair. We also had regard to " + cites[2] + ".\n"
              "14. The claimant, now aged %d, has mitigated " % rng.randint(30, 64) + ch(["his", "her"]) + " loss by working for Tesco. Employment Judge (name withheld under rule 50)."]
    return pieces, ["NEG_CODE", "NEG_DATE", "NEG_TERM", "NEG_ORG"]


@free()
def f_eponyms(lang, region):
    terms = rng.sample(["Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", "Hashimoto's thyroiditis", "a Baker's cyst", "Bell's palsy", "Down syndrome",
                        "the Glasgow Coma Scale", "an Apgar score of 9", "Guillain-Barré syndrome", "a Colles fracture", "Raynaud's phenomenon", "Asperger's", "Tourette's", "Ménière's disease"], 3)
    pieces = [L(lang, en="Explain in simple words: a %d-year-old patient with %s, history of %s; the neurologist mentioned %s. Follow-up on %s.",
                de="Erklär einfach: Patientin, %d Jahre, mit %s, Vorgeschichte %s; die Neurologin erwähnte %s. Kontrolle am %s.",
                fr="Explique simplement : patient de %d ans, %s, antécédents de %s ; le neurologue a parlé de %s. Contrôle le %s.",
                nl="Leg eenvoudig uit: patiënt van %d met %s, voorgeschiedenis %s; de neuroloog noemde %s. Controle op %s.",
                es="Explícalo fácil: paciente de %d años con %s, antecedentes de %s; el neurólogo mencionó %s. Revisión el %s.",
                it="Spiegami semplice: paziente di %d anni con %s, anamnesi di %s; il neurologo ha parlato di %s. Controllo il %s.",
                pt="Explica de forma simples: doente de %d anos com %s, antecedentes de %s; o neurologista falou em %s. Consulta a %s.") %
              (rng.randint(20, 90), terms[0], terms[1], terms[2], other_date(lang, region, None, 2026, 2027))]
    return pieces, ["NEG_TERM", "NEG_DATE"]


@free()
def f_named_places(lang, region):
    pl = rng.sample(["Rue Victor Hugo", "Avenue Jean Jaurès", "Lycée Marie Curie", "Goethe-Gymnasium", "Konrad-Adenauer-Straße", "Johan Cruijff ArenA", "Willem-Alexanderplein",
                     "Estadio Santiago Bernabéu", "Calle de Cervantes", "Via Giuseppe Verdi", "Ospedale San Raffaele", "Hospital Santa Maria", "Avenida Getúlio Vargas",
                     "St Thomas' Hospital", "King Edward VII School", "Charles de Gaulle airport", "Praça Marquês de Pombal", "Nelson Mandela Bay"], 4)
    pieces = [L(lang, en="Directions for the delivery driver: from %s take %s, go past %s and stop behind %s. No house numbers on that side.",
                de="Wegbeschreibung: vom %s über die %s, am %s vorbei und hinter %s halten. Dort gibt es keine Hausnummern.",
                fr="Itinéraire : depuis %s prendre %s, passer devant %s et s'arrêter derrière %s.",
                nl="Route: vanaf %s via %s, langs %s en stoppen achter %s.",
                es="Indicaciones: desde %s coge %s, pasa %s y para detrás de %s.",
                it="Indicazioni: da %s prendi %s, supera %s e fermati dietro %s.",
                pt="Indicações: desde %s segue pela %s, passa %s e pára atrás de %s.") % tuple(pl)]
    return pieces, ["NEG_PLACE", "NEG_FAMOUS"]


@free()
def f_placeholders(lang, region):
    ph = L(lang, en=("John Doe", "Jane Doe", "123 Main Street, Anytown"), de=("Max Mustermann", "Erika Mustermann", "Musterstraße 1, 12345 Musterstadt"),
           fr=("Jean Dupont", "Marie Dupont", "1 rue de l'Exemple, 75000 Paris"), nl=("Jan Jansen", "Piet Puk", "Voorbeeldstraat 1, 1234 AB Ergens"),
           es=("Fulano de Tal", "Juan Pérez", "Calle Falsa 123"), it=("Mario Rossi", "Maria Bianchi", "Via Roma 1, 00100 Roma"), pt=("Fulano de Tal", "José da Silva", "Rua Exemplo, 1"))
    pieces = [L(lang, en="Here's my form template, please check the wording:\n\nFull name: [e.g. %s]\nPartner: [e.g. %s]\nAddress: [%s]\nDate of birth: [DD/MM/YYYY]\nSignature: ____________",
                de="Formularvorlage, bitte prüfen:\n\nName: (z. B. %s)\nPartner/in: (z. B. %s)\nAnschrift: (%s)\nGeburtsdatum: TT.MM.JJJJ\nUnterschrift: ________",
                fr="Modèle de formulaire à relire :\n\nNom : (ex. %s)\nConjoint : (ex. %s)\nAdresse : (%s)\nDate de naissance : JJ/MM/AAAA",
                nl="Sjabloon, klopt dit?\n\nNaam: (bijv. %s)\nPartner: (bijv. %s)\nAdres: (%s)\nGeboortedatum: DD-MM-JJJJ",
                es="Plantilla del formulario:\n\nNombre: (p. ej. %s)\nCónyuge: (p. ej. %s)\nDirección: (%s)\nFecha de nacimiento: DD/MM/AAAA",
                it="Modello di modulo:\n\nNome: (es. %s)\nConiuge: (es. %s)\nIndirizzo: (%s)\nData di nascita: GG/MM/AAAA",
                pt="Modelo do formulário:\n\nNome: (ex. %s)\nCônjuge: (ex. %s)\nMorada: (%s)\nData de nascimento: DD/MM/AAAA") % ph]
    return pieces, ["NEG_FICTION", "NEG_PLACE"]


@free()
def f_chess_openings(lang, region):
    ops = rng.sample(["Sicilian Najdorf", "Alekhine's Defence", "Caro-Kann", "Ruy Lopez", "Nimzo-Indian", "Grünfeld", "King's Gambit", "Petrov Defence", "Benko Gambit", "Philidor Defence", "Scotch Game"], 3)
    pieces = [L(lang, en="For my U12 group: which is easier to teach, the %s or the %s? Last season they lost a lot to the %s. Club night is %s.",
                de="Für meine U12: was ist leichter zu unterrichten, %s oder %s? Letzte Saison viel gegen %s verloren. Training am %s.",
                fr="Pour mes U12 : plus simple à enseigner, la %s ou la %s ? La saison dernière ils ont perdu contre la %s. Club le %s.",
                nl="Voor mijn jeugd: wat is makkelijker, de %s of de %s? Vorig seizoen veel verloren tegen de %s. Clubavond %s.",
                es="Para mi grupo sub-12: ¿qué es más fácil, la %s o la %s? Perdieron mucho contra la %s. Club el %s.",
                it="Per i miei U12: più facile la %s o la %s? L'anno scorso hanno perso tanto contro la %s. Serata club il %s.",
                pt="Para o meu grupo sub-12: é mais fácil a %s ou a %s? Perderam muito contra a %s. Treino a %s.") % (ops[0], ops[1], ops[2], other_date(lang, region, None, 2026, 2026))]
    return pieces, ["NEG_TERM", "NEG_DATE"]


@free()
def f_famous_topic(lang, region):
    f1, f2 = rng.sample(FAMOUS, 2)
    pieces = [L(lang, en="Homework help: compare %s and %s. Who was older, and what were they doing in %d? Due %s.",
                de="Hausaufgabe: vergleiche %s und %s. Wer war älter, und was machten sie %d? Abgabe %s.",
                fr="Devoir : comparer %s et %s. Qui était le plus âgé, que faisaient-ils en %d ? À rendre le %s.",
                nl="Huiswerk: vergelijk %s en %s. Wie was ouder, en wat deden ze in %d? Inleveren %s.",
                es="Tarea: compara a %s y %s. ¿Quién era mayor y qué hacían en %d? Entrega el %s.",
                it="Compito: confronta %s e %s. Chi era più vecchio e cosa facevano nel %d? Consegna il %s.",
                pt="Trabalho: compara %s e %s. Quem era mais velho e o que faziam em %d? Entrega a %s.") % (f1, f2, rng.randint(1900, 1990), other_date(lang, region, None, 2026, 2026))]
    return pieces, ["NEG_FAMOUS", "NEG_DATE"]


@free()
def f_ships_storms(lang, region):
    pieces = [L(lang, en="Shipping update: %s delayed at %s because of Storm %s; %s diverted. ETA %s. Cargo: Thermomix units and Nespresso pods.",
                de="Update: %s liegt wegen Sturmtief %s in %s fest; %s umgeleitet. ETA %s.",
                fr="Point logistique : %s bloqué à %s par la tempête %s ; %s dérouté. ETA %s.",
                nl="Update: %s ligt stil in %s door storm %s; %s omgeleid. ETA %s.",
                es="Actualización: el %s retenido en %s por la borrasca %s; el %s desviado. ETA %s.",
                it="Aggiornamento: la %s ferma a %s per la tempesta %s; la %s deviata. ETA %s.",
                pt="Atualização: o %s retido em %s pela tempestade %s; o %s desviado. ETA %s.")]
    ship1, ship2 = rng.sample(["MSC Irina", "Ever Given", "Queen Mary 2", "CMA CGM Jacques Saadé", "Maersk Mc-Kinney Møller", "HMM Algeciras", "Berge Stahl"], 2)
    storm = ch(["Éowyn", "Ciarán", "Babet", "Dana", "Kirk", "Bert", "Isha", "Boris"])
    port = ch(["Rotterdam", "Antwerp", "Hamburg", "Le Havre", "Valencia", "Genova", "Sines", "Santos"])
    if lang == "de":
        pieces[0] = pieces[0] % (ship1, storm, port, ship2, other_date(lang, region, None, 2026, 2026))
    else:
        pieces[0] = pieces[0] % (ship1, port, storm, ship2, other_date(lang, region, None, 2026, 2026))
    return pieces, ["NEG_PRODUCT", "NEG_PLACE", "NEG_FAMOUS", "NEG_DATE"]


@free()
def f_redacted(lang, region):
    pieces = [L(lang, en="I got this back from my subject access request, what's left in it?\n\nDear [REDACTED],\nFurther to your call on %s, our colleague █████ reviewed account ****4471. The customer at ██ ████████ Road was contacted by XXXXX XXXXXX. Ref %s.",
                de="Das kam von meiner DSGVO-Auskunft zurück, was steht da noch?\n\nSehr geehrte/r [geschwärzt],\nnach Ihrem Anruf vom %s hat unser/e Kollege/in █████ das Konto ****4471 geprüft. Kontakt über XXXXX XXXXXX. Az. %s.",
                fr="Voici ma réponse RGPD, que reste-t-il ?\n\nMadame, Monsieur [CAVIARDÉ],\nSuite à votre appel du %s, notre collègue █████ a examiné le compte ****4471. Réf. %s.",
                nl="Dit kreeg ik terug op mijn AVG-inzageverzoek:\n\nGeachte [ZWARTGELAKT],\nNa uw telefoontje van %s heeft onze collega █████ rekening ****4471 bekeken. Kenmerk %s.",
                es="Esto me devolvieron del derecho de acceso:\n\nEstimado/a [TACHADO],\nTras su llamada del %s, nuestro compañero █████ revisó la cuenta ****4471. Ref. %s.",
                it="Risposta alla mia richiesta di accesso:\n\nGentile [OMISSIS],\ndopo la Sua telefonata del %s, il collega █████ ha verificato il conto ****4471. Rif. %s.",
                pt="Resposta ao meu pedido de acesso:\n\nCaro/a [RASURADO],\nNa sequência da chamada de %s, o colega █████ analisou a conta ****4471. Ref. %s.") %
              (other_date(lang, region, None, 2025, 2026), "DSAR-" + str(rng.randint(10000, 99999)))]
    return pieces, ["NEG_CODE", "NEG_DATE"]


@free()
def f_listing(lang, region):
    st = street_only(lang, region)
    pieces = [L(lang, en="Rewrite this listing to sound nicer: 3-bed semi on %s, close to %s station, garden, EPC C, viewings Saturday %s, asking 385,000. Agent: Savills.",
                de="Exposé schöner formulieren: 3-Zimmer-Wohnung in der %s, nähe Bahnhof %s, Balkon, Energieklasse C, Besichtigung Samstag %s, 385.000 €. Makler: Engel & Völkers.",
                fr="Réécris l'annonce : T3 %s, proche gare de %s, balcon, DPE C, visites samedi %s, 385 000 €. Agence : Guy Hoquet.",
                nl="Maak deze advertentie mooier: 3-kamerappartement aan de %s, vlakbij station %s, balkon, label C, bezichtiging zaterdag %s, vraagprijs 385.000. Makelaar: Funda/Makelaardij Van Gool.",
                es="Mejora el anuncio: piso de 3 dormitorios en %s, cerca de la estación de %s, terraza, visitas el sábado %s, 385.000 €. Inmobiliaria: Tecnocasa.",
                it="Migliora l'annuncio: trilocale in %s, vicino alla stazione di %s, balcone, classe C, visite sabato %s, 385.000 €. Agenzia: Gabetti.",
                pt="Melhora o anúncio: T3 na %s, perto da estação de %s, varanda, visitas sábado %s, 385.000 €. Agência: RE/MAX.") % (st, town(lang, region), other_date(lang, region, None, 2026, 2026))]
    return pieces, ["NEG_PLACE", "NEG_ORG", "NEG_DATE"]


@free()
def f_firms(lang, region):
    firms = rng.sample(["Müller Logistik GmbH", "Bakker Bouw B.V.", "Fernández y Asociados S.L.", "Rossi & Figli S.r.l.", "Ferreira & Filhos, Lda.", "Dupont Frères SARL",
                        "Johnson Matthey plc", "Peeters & Zonen NV", "Huber Elektrotechnik KG", "Martins Transportes Ltda.", "Hoffmann-La Roche", "Ferrero SpA", "Marks & Spencer", "Van Oord"], 4)
    pieces = [L(lang, en="Customs declaration summary — exporter %s, consignee %s, carrier %s, notify party %s. HS 8481.80, 12 pallets, shipped %s, invoice EX-%d.",
                de="Zollanmeldung: Ausführer %s, Empfänger %s, Frachtführer %s, Meldeadresse %s. HS 8481.80, 12 Paletten, Versand %s, Rechnung EX-%d.",
                fr="Déclaration en douane : exportateur %s, destinataire %s, transporteur %s, notify %s. SH 8481.80, 12 palettes, expédié le %s, facture EX-%d.",
                nl="Douaneaangifte: exporteur %s, ontvanger %s, vervoerder %s, notify %s. GN 8481.80, 12 pallets, verzonden %s, factuur EX-%d.",
                es="DUA: exportador %s, destinatario %s, transportista %s, notificar a %s. TARIC 8481.80, 12 palés, enviado el %s, factura EX-%d.",
                it="Dichiarazione doganale: esportatore %s, destinatario %s, vettore %s, notify %s. 8481.80, 12 bancali, spedito il %s, fattura EX-%d.",
                pt="Declaração aduaneira: exportador %s, destinatário %s, transportador %s, notificar %s. 8481.80, 12 paletes, expedido a %s, fatura EX-%d.") %
              (firms[0], firms[1], firms[2], firms[3], other_date(lang, region, None, 2026, 2026), rng.randint(10000, 99999))]
    return pieces, ["NEG_ORG", "NEG_CODE", "NEG_DATE"]


@free()
def f_match_pros(lang, region):
    pros = rng.sample(["Kylian Mbappé", "Jude Bellingham", "Alexia Putellas", "Erling Haaland", "Vinícius Júnior", "Lamine Yamal", "Virgil van Dijk", "Florian Wirtz", "Aitana Bonmatí", "Gianluigi Donnarumma"], 3)
    pieces = [L(lang, en="Write a 100-word match report: %s scored twice, %s was sent off in the 78th minute, %s hit the post. Final 2-1. Played %s.",
                de="Schreib einen Spielbericht: %s traf doppelt, %s sah in der 78. Minute Rot, %s traf den Pfosten. Endstand 2:1, gespielt am %s.",
                fr="Écris un résumé : doublé de %s, %s expulsé à la 78e, poteau de %s. Score final 2-1, joué le %s.",
                nl="Schrijf een wedstrijdverslag: %s scoorde twee keer, %s kreeg rood in minuut 78, %s raakte de paal. 2-1, gespeeld op %s.",
                es="Crónica: doblete de %s, %s expulsado en el 78, %s al palo. 2-1, jugado el %s.",
                it="Cronaca: doppietta di %s, %s espulso al 78', palo di %s. 2-1, giocata il %s.",
                pt="Crónica: bis de %s, %s expulso aos 78', %s ao poste. 2-1, jogado a %s.") % (pros[0], pros[1], pros[2], other_date(lang, region, None, 2026, 2026))]
    return pieces, ["NEG_FAMOUS", "NEG_DATE"]


@free()
def f_eponym_food(lang, region):
    foods = rng.sample(["Beef Wellington", "Eggs Benedict", "Pavlova", "Sachertorte", "Pizza Margherita", "Bismarckhering", "Pêche Melba", "Carpaccio", "Caesar salad", "Bombe Alaska", "Tarte Tatin", "Fettuccine Alfredo"], 3)
    pieces = [L(lang, en="Menu for our supper club on %s: starter %s, main %s, dessert %s. 12 guests, two vegetarians. Wine from Taittinger?",
                de="Menü für den %s: Vorspeise %s, Hauptgang %s, Dessert %s. 12 Gäste. Sekt von Rotkäppchen?",
                fr="Menu du %s : entrée %s, plat %s, dessert %s. 12 convives.",
                nl="Menu voor %s: voorgerecht %s, hoofdgerecht %s, toetje %s. 12 gasten.",
                es="Menú para el %s: entrante %s, principal %s, postre %s. 12 invitados.",
                it="Menù per il %s: antipasto %s, secondo %s, dolce %s. 12 ospiti.",
                pt="Menu para %s: entrada %s, prato %s, sobremesa %s. 12 convidados.") % (other_date(lang, region, "long", 2026, 2026), foods[0], foods[1], foods[2])]
    return pieces, ["NEG_TERM", "NEG_PRODUCT", "NEG_DATE"]


@free()
def f_fiction_review(lang, region):
    f1, f2 = rng.sample(FICTION, 2)
    pieces = [L(lang, en="Peer review, manuscript ID JML-%d-R1: the authors compare %s with %s as models of deduction. Reviewer 2 recommends major revisions; cite Eco (1983) and Todorov (1966). Due %s.",
                de="Gutachten zu Manuskript JML-%d-R1: Vergleich von %s und %s als Detektivfiguren. Große Überarbeitung empfohlen. Frist %s.",
                fr="Rapport d'évaluation JML-%d-R1 : comparaison entre %s et %s comme modèles de déduction. Révision majeure. Échéance %s.",
                nl="Review manuscript JML-%d-R1: %s en %s als speurders vergeleken. Grote revisie. Deadline %s.",
                es="Revisión del manuscrito JML-%d-R1: se compara a %s con %s. Revisión mayor. Plazo %s.",
                it="Revisione del manoscritto JML-%d-R1: confronto tra %s e %s. Revisione maggiore. Scadenza %s.",
                pt="Parecer ao manuscrito JML-%d-R1: comparação entre %s e %s. Revisão profunda. Prazo %s.") % (rng.randint(1000, 9999), f1, f2, other_date(lang, region, None, 2026, 2026))]
    return pieces, ["NEG_FICTION", "NEG_FAMOUS", "NEG_CODE", "NEG_DATE"]


@free()
def f_pet_pedigree(lang, region):
    dog, sire, dam = ch(["Bruno", "Lady", "Duke", "Frida", "Oskar"]), ch(["Ch. Hochwald's Baron", "Sir Winston of Kinloch", "Duque de la Sierra"]), ch(["Bella vom Lindenhof", "Queen Mab du Val d'Or", "Principessa della Valle"])
    pieces = [L(lang, en="Puppy contract: %s (sire %s, dam %s), whelped %s, microchip %d. Kennel: Fernleigh. Vaccinated %s.",
                de="Welpenkaufvertrag: %s (Vater %s, Mutter %s), gewölft %s, Chip %d. Zwinger vom Eichenhain. Geimpft %s.",
                fr="Contrat de cession : %s (père %s, mère %s), né le %s, puce %d. Élevage du Moulin. Vacciné le %s.",
                nl="Puppycontract: %s (vader %s, moeder %s), geboren %s, chip %d. Kennel Van de Heihoeve. Gevaccineerd %s.",
                es="Contrato: %s (padre %s, madre %s), nacido el %s, chip %d. Criadero Los Almendros. Vacunado %s.",
                it="Contratto cucciolo: %s (padre %s, madre %s), nato il %s, microchip %d. Allevamento della Rocca. Vaccinato %s.",
                pt="Contrato: %s (pai %s, mãe %s), nascido a %s, chip %d. Canil da Quinta. Vacinado %s.") %
              (dog, sire, dam, other_date(lang, region, None, 2025, 2026), rng.randint(10 ** 14, 10 ** 15 - 1), other_date(lang, region, None, 2026, 2026))]
    return pieces, ["NEG_PET", "NEG_DATE", "NEG_CODE"]


# ---------------------------------------------------------------- assembly
COUNT = {  # records per PII template (default DEFAULT_N): fewer of the templates that carry many people
    "t_agm_minutes": 8, "t_wedding_speech": 10, "t_deed_poll": 10, "t_eulogy": 10, "t_genealogy": 12, "t_job_reference": 10,
    "t_sig_thread": 10, "t_witness": 12, "t_chess": 10, "t_obituary": 12, "t_trip_consent": 12, "t_nursery_pickup": 12,
    "t_crew_list": 6, "t_candidates": 10, "t_tribunal": 14, "t_vet_referral": 12, "t_char_reference": 12, "t_estate_notice": 10,
    "t_alumni_notes": 12, "t_lottery_claim": 18, "t_postal_vote": 20, "t_fishing_licence": 20, "t_key_handover": 20, "t_typo_chat": 24,
    "t_parking_appeal": 22, "t_landlord_ref": 18, "t_bank_dispute": 18, "t_club_transfer": 16, "t_sick_note": 14, "t_gym_cancel": 20, "t_translate": 22, "t_missing": 24, "t_insurance_call": 18, "t_speeding": 18}
DEFAULT_N = 16
FREE_N = 13


ASK = {
    "en": ["Extract the names, addresses and dates from this:\n\n", "Summarise this for me:\n\n", "Is anything missing here?\n", "pasting this from a PDF —\n"],
    "de": ["Fass das bitte zusammen:\n\n", "Was steht hier drin?\n\n", "aus dem PDF kopiert:\n"],
    "fr": ["Résume-moi ceci :\n\n", "Qu'est-ce qui manque ?\n\n", "copié depuis le PDF :\n"],
    "nl": ["Vat dit samen:\n\n", "Wat ontbreekt hier?\n\n", "gekopieerd uit de pdf:\n"],
    "es": ["Resúmeme esto:\n\n", "¿Falta algo?\n\n", "copiado del PDF:\n"],
    "it": ["Riassumimi questo:\n\n", "Manca qualcosa?\n\n", "copiato dal PDF:\n"],
    "pt": ["Resume-me isto:\n\n", "Falta alguma coisa?\n\n", "copiado do PDF:\n"],
}
CHATTY = ("typo_chat", "gym_cancel", "fishing_licence", "char_reference", "wedding_speech", "eulogy", "missing", "insurance_call", "genealogy")


def vary(pieces, lang, fam):
    """Layout variation on top of a template: flattened line breaks, lower case, a request line, CRLF."""
    r = rng.random()
    if r < 0.10 and fam != "ocr_cert":  # pasted into a single-line box
        sep = ch([" ", " / ", " | ", "; "])
        out = []
        for pc in pieces:
            if isinstance(pc, tuple):
                out.append((pc[0], pc[1].replace("\n", ", ")))
            else:
                x = pc
                while "\n\n" in x:
                    x = x.replace("\n\n", "\n")
                out.append(x.replace("\n", sep))
        pieces = out
    elif r < 0.16 and fam in CHATTY:  # typed all in lower case
        pieces = [(pc[0], pc[1].lower()) if isinstance(pc, tuple) else pc.lower() for pc in pieces]
    if rng.random() < 0.15 and fam not in CHATTY:
        first = pieces[0] if isinstance(pieces[0], str) else ""
        pieces = [ch(ASK[lang]) + first] + (pieces[1:] if isinstance(pieces[0], str) else pieces)
    if rng.random() < 0.03:
        pieces = [(pc[0], pc[1].replace("\n", "\r\n")) if isinstance(pc, tuple) else pc.replace("\n", "\r\n") for pc in pieces]
    if pieces and isinstance(pieces[0], str):
        pieces[0] = pieces[0].lstrip(" /|;")
    return pieces


def assemble(pieces):
    text, spans, pos = [], [], 0
    for pc in pieces:
        if isinstance(pc, tuple):
            typ, v = pc
            spans.append({"entity_type": typ, "entity_value": v, "start_position": pos, "end_position": pos + len(v)})
            text.append(v)
            pos += len(v)
        else:
            text.append(pc)
            pos += len(pc)
    return "".join(text), spans


def check(rec, i):
    t = rec["full_text"]
    last = -1
    for s in sorted(rec["spans"], key=lambda s: s["start_position"]):
        v = s["entity_value"]
        assert v and v == v.strip(), "record %d: empty or padded span %r" % (i, v)
        assert t[s["start_position"]:s["end_position"]] == v, "record %d: span text differs %r" % (i, v)
        assert s["start_position"] >= last, "record %d: overlapping span %r" % (i, v)
        last = s["end_position"]
    assert rec["metadata"]["pii_free"] == (not rec["spans"]), "record %d: pii_free flag wrong" % i
    assert "%s" not in t and "%d" not in t, "record %d: unfilled placeholder" % i


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout11.json")
    jobs = [(f, langs) for f, langs in PII for _ in range(COUNT.get(f.__name__, DEFAULT_N))] + [(f, langs) for f, langs in FREE for _ in range(FREE_N)]
    rng.shuffle(jobs)
    recs = []
    for k, (f, langs) in enumerate(jobs):
        lang, region = pick_region(langs)
        pieces, kinds = f(lang, region)
        fam = f.__name__[2:]
        pieces = vary(pieces, lang, fam)
        text, spans = assemble(pieces)
        text = text.rstrip() if not spans or spans[-1]["end_position"] <= len(text.rstrip()) else text
        rec = {"full_text": text, "spans": spans, "template_id": "h11_%s_%03d" % (fam, k),
               "metadata": {"family": fam, "lang": lang, "region": region, "pii_free": not spans, "lookalike_kinds": sorted(set(kinds))}}
        check(rec, k)
        recs.append(rec)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(recs, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
