#!/usr/bin/env python3
"""Blind held-out corpus names_holdout9: PERSON, STREET_ADDRESS, DATE_OF_BIRTH (and EMAIL_ADDRESS).

Written blind: the author did not read the detectors, their tests, the other corpora or generators
(beyond the format/labelling docstring of gen_names_holdout8.py), or the project documentation, and
ran nothing on this corpus except the checks in this file.

Brief (task holdout9)
---------------------
Kinds of text that earlier blind corpora did not cover: meeting transcripts with speaker labels and
timestamps (Zoom/Teams/Otter exports), police/incident narratives, insurance-claim narratives, school
report cards and parent-teacher messages, parish and community-centre bulletins, veterinary and
pet-sitting notes, sports-club membership renewals, ham-radio QSO logs, library holds, courier claim
disputes in marketplace support, candidate lists and poll-worker rosters, academic transcripts and
thesis committees, clinical-trial screening logs, home-care visit schedules, landlord-tenant messages,
nanny/babysitting agreements, freelance invoices and contracts, crowdfunding backer lists, tutoring
sign-ups, wedding seating charts, DNA match lists, spreadsheet formulas with names in cells,
Python/JS dicts and test fixtures, semicolon CSV, Markdown tables, YAML and TOML, voice-dictation
prompts (no punctuation, "comma", "full stop"), translation requests, and messages with typos.
Languages/regions: en (US UK IE AU NZ CA IN ZA NG SG), de (DE AT CH), fr (FR BE CH CA), nl (NL BE),
es (ES MX AR CL), it (IT), pt (PT BR), with names of global origin (Polish, Turkish, Arabic, Chinese,
Vietnamese, Yoruba, Hindi, Tamil, Korean romanised) inside those texts.
Names: about half invented per language (own syllable generator), half real and common; lower case,
ALL CAPS, initials, hyphens, particles, nicknames, "Surname, Given", apostrophes, diacritics.
About a fifth of the records are PII-free texts full of capitalised look-alikes.

Labelling conventions (as in gen_names_holdout8.py)
---------------------------------------------------
* PERSON: the name as written; titles and honorifics excluded, possessive 's excluded, particles
  included.  "Surname, Given" as written is one span.  Given name and surname in separate fields
  (columns, keys, cells) are two spans.  Given names alone are PERSON when the text makes clear they
  are a person.  Speaker labels that are names are PERSON.  Machine user names, call signs and
  handles are not.  Fictional characters and famous people as a topic are not PERSON.
* STREET_ADDRESS: the whole postal address as written (unit/street line through postcode, city,
  region, country when part of the block), one span across newlines.  A city alone, or a street named
  without a number as a place, is not an address.
* DATE_OF_BIRTH: the date only, for a living private person (not famous, not a pet).  Every other
  calendar date is a look-alike (NEG_DATE).
* EMAIL_ADDRESS: every e-mail address.
* Kinship words and titles stay outside PERSON spans.
* metadata.lookalike_kinds: sorted kinds of look-alikes present in the record: NEG_FAMOUS, NEG_TERM,
  NEG_ORG, NEG_PRODUCT, NEG_PLACE, NEG_PET, NEG_CODE, NEG_DATE.

Usage: gen_names_holdout9.py [output path]  (default contrib/bench/accuracy/data/names_holdout9.json).
Python 3 standard library only; fixed seed; the bytes written are the same on every run.
"""

import json
import os
import re
import sys
import unicodedata
import random

SEED = 90919
rng = random.Random(SEED)
R = rng

# ---------------------------------------------------------------------------------------------
# Entities and the record builder


class Ent:
    __slots__ = ("kind", "value")

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


def P(v):
    return Ent("PERSON", v)


def A(v):
    return Ent("STREET_ADDRESS", v)


def D(v):
    return Ent("DATE_OF_BIRTH", v)


def E(v):
    return Ent("EMAIL_ADDRESS", v)


def N(kind, v):
    return Ent(kind, v)


class B:
    """Text builder: plain strings and Ent pieces; spans are computed while appending."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.looks = set()

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, ent):
        if isinstance(ent, str):
            return self.t(ent)
        if ent.kind.startswith("NEG_"):
            self.looks.add(ent.kind)
            return self.t(ent.value)
        self.spans.append({"entity_type": ent.kind, "entity_value": ent.value,
                           "start_position": self.n, "end_position": self.n + len(ent.value)})
        return self.t(ent.value)

    def f(self, fmt, **kw):
        pieces = re.split(r"<<(\w+)>>", fmt)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                self.t(piece)
            else:
                self.e(kw[piece])
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# Names: real common names typed in, and invented ones from per-language syllables

REAL = {
    "en": {
        "m": "James Michael David Daniel Liam Noah Oliver Jack Connor Aidan Tom Ben Harry Ethan Lucas Samuel "
             "Patrick Sean Kieran Hamish Gareth Dylan Marcus Nathan Callum".split(),
        "f": "Emma Olivia Sophie Chloe Grace Emily Hannah Megan Charlotte Amelia Jessica Lauren Rebecca Kate "
             "Zoe Isla Ruby Bethany Holly Paige Madison Brooke Tamsin Harriet".split(),
        "s": "Smith Johnson Williams Brown Taylor Walsh Murphy Wilson Thompson Robinson Clarke Hughes Evans "
             "Campbell MacDonald Fitzgerald O'Brien Harrison Bennett Fletcher Doyle Whitaker Pearson "
             "Cunningham Lloyd Ashworth Kowalski-Reid Henderson Brennan".split(),
    },
    "de": {
        "m": "Lukas Jonas Felix Maximilian Tobias Florian Matthias Jürgen Klaus Stefan Andreas Niklas "
             "Karl-Heinz Dieter Bernd Sebastian Moritz Hans-Peter".split(),
        "f": "Anna Lena Laura Katharina Sabine Ursula Monika Julia Hannah Lea Johanna Birgit Anneliese "
             "Marie-Luise Heike Susanne Franziska Jana".split(),
        "s": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Huber "
             "Gruber Steiner Brunner Moser Keller Zimmermann Meier Weiß Schäfer Krüger Hofer Pichler "
             "Baumgartner Frei Hürlimann Vogt Lehmann".split() + ["von Hagen", "von der Heyde"],
    },
    "fr": {
        "m": "Lucas Hugo Louis Jules Mathieu Nicolas Jean-Pierre François Thibault Étienne Gaël Rémi "
             "Benoît Yannick Olivier Sébastien".split(),
        "f": "Camille Léa Chloé Manon Inès Élodie Marie-Claire Anaïs Sophie Margaux Amélie Océane "
             "Nathalie Sandrine Geneviève Maëlle".split(),
        "s": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fournier "
             "Girard Lambert Dumont Lemaire Renard Tremblay Gagnon Bouchard Côté Pelletier Favre Rochat "
             "Bonvin Mercier".split() + ["Le Goff", "de la Roche", "Dupont-Aignan"],
    },
    "nl": {
        "m": "Daan Sem Lars Bram Thijs Jeroen Pieter Wouter Joris Koen Ruben Sander Maarten Stijn".split(),
        "f": "Emma Sanne Fleur Lotte Anouk Femke Ilse Marieke Eline Noor Saskia Tess Griet Lieke".split(),
        "s": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
              "Meijer", "de Boer", "Mulder", "van der Linden", "Peeters", "Maes", "Janssens", "Claes",
              "Willems", "Hendriks", "van Leeuwen", "Vermeulen", "Dekker", "Bos", "'t Hart"],
    },
    "es": {
        "m": "Alejandro Javier Diego Pablo Sergio Mateo Santiago Joaquín Tomás Matías Rodrigo Ignacio "
             "Emiliano Andrés".split() + ["José Luis", "Juan Carlos"],
        "f": "Lucía Carmen Valentina Sofía Martina Camila Paula Ximena Guadalupe Florencia Antonella "
             "Renata Catalina Agustina".split() + ["María José", "Ana Belén"],
        "s": "García Rodríguez Martínez López Hernández Sánchez Pérez González Fernández Gómez Díaz Ruiz "
             "Torres Flores Muñoz Rojas Sepúlveda Fuentes Castro Vargas Ibáñez Ortega".split()
             + ["de la Cruz", "del Río", "Fernández Ruiz", "López de Haro"],
    },
    "it": {
        "m": "Marco Alessandro Luca Matteo Giuseppe Francesco Andrea Lorenzo Davide Giorgio Salvatore "
             "Nicolò Gianluca Pierluigi".split(),
        "f": "Giulia Chiara Francesca Sara Martina Alessia Federica Elena Valentina Rosaria Giovanna "
             "Ilaria Benedetta Noemi".split(),
        "s": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
             "Mancini Barbieri Fontana Caruso".split()
             + ["De Luca", "Lo Russo", "D'Angelo", "Di Stefano", "Dell'Acqua"],
    },
    "pt": {
        "m": "João Pedro Tiago Rafael Gustavo Lucas Miguel Rodrigo Thiago Gabriel André Caio Vinícius "
             "Rui".split(),
        "f": "Ana Beatriz Mariana Inês Larissa Juliana Fernanda Camila Leonor Raquel Bruna Letícia "
             "Joana Thaís".split(),
        "s": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Almeida Carvalho "
             "Gonçalves Lima Barbosa Araújo Ribeiro Nogueira".split()
             + ["dos Santos", "da Silva", "de Souza", "da Conceição"],
    },
}

REGION_EXTRA = {
    "IE": ("Cian Oisín Darragh Eoin Ciarán".split(), "Aoife Siobhan Niamh Saoirse Gráinne".split(),
           ["O'Sullivan", "McCarthy", "Ó Briain", "Nic Giolla Phádraig", "Kavanagh", "Ní Mhurchú"]),
    "ZA": ("Thabo Sipho Pieter Riaan Lwazi".split(), "Lindiwe Anele Annelie Nomvula Zanele".split(),
           ["van der Merwe", "Botha", "Nkosi", "Dlamini", "Pieterse", "Naidoo", "Mokoena"]),
    "NG": ("Chinedu Emeka Tunde Obinna Ifeanyi".split(), "Ngozi Funmilayo Bukola Chiamaka Amaka".split(),
           ["Okafor", "Okonkwo", "Balogun", "Eze", "Ibrahim", "Nwosu", "Adewale"]),
    "SG": (["Jun Hao", "Kai Xiang", "Wei Jie", "Rajesh", "Hafiz"], ["Wei Ling", "Mei Xin", "Siew Mei", "Nurul", "Shu Fen"],
           ["Tan", "Lim", "Ng", "Goh", "Wong", "Koh", "Teo"]),
    "IN": ("Aarav Rohan Vikram Arjun Karthik".split(), "Priya Ananya Kavya Sneha Lakshmi".split(),
           ["Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Krishnan", "Banerjee", "Deshpande"]),
    "NZ": ("Wiremu Tama Nikau".split(), "Aroha Mere Anahera".split(), ["Ngata", "Parata", "Tipene"]),
    "AU": ("Bazza Jarrah Lachlan".split(), "Kylie Shannon Matilda".split(), ["Nguyen", "Papadopoulos", "O'Neill"]),
    "CA": ("Étienne Mathis Jayden".split(), "Maude Brianna Émilie".split(), ["Tremblay", "Gagnon", "Singh", "Leblanc"]),
    "AT": ("Florian Wolfgang".split(), "Theresia Magdalena".split(), ["Pichler", "Hofer", "Wimmer", "Eder"]),
    "CH": ("Reto Urs Beat".split(), "Regula Nadja Corinne".split(), ["Baumgartner", "Frei", "Hürlimann", "Zürcher"]),
    "MX": ("Juan Pablo Uriel".split(), "Itzel Xóchitl".split(), ["Hernández", "Ramírez", "Cruz", "Guerrero"]),
    "AR": ("Facundo Lautaro".split(), "Milagros Abril".split(), ["Fernández", "Gutiérrez", "Sosa", "Romero"]),
    "CL": ("Benjamín Vicente".split(), "Javiera Constanza".split(), ["Muñoz", "Rojas", "Contreras", "Soto"]),
    "BR": ("Caio Enzo".split(), "Thaís Yasmin".split(), ["de Souza", "Cavalcanti", "Moreira"]),
}

# (given, surname, family-first?)
GLOBAL = [
    ("Katarzyna", "Nowak", 0), ("Piotr", "Wiśniewski", 0), ("Agnieszka", "Wójcik", 0),
    ("Tomasz", "Kowalczyk", 0), ("Małgorzata", "Kamińska", 0), ("Grzegorz", "Zieliński", 0),
    ("Mehmet", "Yılmaz", 0), ("Ayşe", "Kaya", 0), ("Emre", "Demir", 0), ("Zeynep", "Şahin", 0),
    ("Burak", "Çelik", 0), ("Elif", "Öztürk", 0),
    ("Mohammed", "Al-Rashid", 0), ("Fatima", "Haddad", 0), ("Youssef", "El Amrani", 0),
    ("Layla", "Mansour", 0), ("Omar", "Abdullah", 0), ("Nour", "Khalil", 0), ("Hamza", "Bin Tariq", 0),
    ("Fang", "Wang", 1), ("Wei", "Li", 1), ("Min", "Zhang", 1), ("Jing", "Chen", 1), ("Yang", "Liu", 1),
    ("Xiaoming", "Huang", 0), ("Yutong", "Zhao", 0),
    ("Văn An", "Nguyễn", 1), ("Thị Mai", "Trần", 1), ("Minh Tuấn", "Lê", 1), ("Thu Hà", "Phạm", 1),
    ("Thi Lan", "Nguyen", 1), ("Quoc Bao", "Tran", 0),
    ("Adebayo", "Ogunleye", 0), ("Folake", "Adeyemi", 0), ("Oluwatobi", "Akinola", 0),
    ("Temitope", "Bankole", 0), ("Yetunde", "Oladipo", 0),
    ("Rahul", "Verma", 0), ("Pooja", "Mishra", 0), ("Amit", "Chauhan", 0), ("Neha", "Agarwal", 0),
    ("Sanjay", "Tiwari", 0),
    ("Karthik", "Subramanian", 0), ("Meenakshi", "Raman", 0), ("Senthil", "Murugan", 0),
    ("Divya", "Venkatesan", 0), ("Arun", "Palaniappan", 0),
    ("Min-jun", "Kim", 1), ("Ji-woo", "Park", 1), ("Seo-yeon", "Lee", 1), ("Hyun-woo", "Choi", 1),
    ("Da-eun", "Jung", 1), ("Minseo", "Kang", 0),
]

# Invented syllables, per language: given-name heads and tails, surname heads and tails.
SYL = {
    "en": (["Brel", "Cay", "Dov", "Fenn", "Gale", "Hollis", "Jory", "Kess", "Lorr", "Marl", "Pell", "Quen",
            "Rusk", "Tav", "Wyll", "Sten", "Orr", "Bex"],
           ["a", "en", "ie", "yn", "and", "ette", "ory", "el", ""],
           ["Thorn", "Ash", "Blen", "Cran", "Dunn", "Fell", "Harr", "Kettle", "Lang", "Mort", "Penn", "Quarr",
            "Rook", "Stave", "Tull", "Wick", "Yarr", "Bram"],
           ["ridge", "worth", "combe", "ley", "stock", "bury", "hale", "ford", "wick", "by", "mere", "gate"]),
    "de": (["Hol", "Wen", "Rud", "Gisel", "Ort", "Ber", "Frid", "Lud", "Ans", "Ebb", "Tas", "Mech", "Irm", "Wal"],
           ["mar", "ke", "old", "trud", "win", "hild", "bert", "lind", "o", "rich", "e"],
           ["Kalt", "Brüm", "Hasel", "Stoll", "Wern", "Tiefen", "Eck", "Grün", "Mösl", "Hart", "Lind", "Roß",
            "Stau", "Zwick"],
           ["bacher", "mayr", "höfer", "hammer", "ling", "bichler", "wanger", "thaler", "riegel", "stetter", "ner"]),
    "fr": (["Aub", "Cél", "Fer", "Gaut", "Laur", "Mél", "Odil", "Rom", "Sév", "Thé", "Vian", "Yol", "Bas"],
           ["ine", "ien", "ane", "ier", "ette", "ais", "in", "ère", "elle", "ic"],
           ["Beau", "Char", "Dor", "Four", "Gras", "Laval", "Mont", "Ponch", "Rabou", "Saint-Ouv", "Trév", "Vaill"],
           ["eau", "ière", "ard", "enet", "ignac", "elin", "ot", "ange", "eux", "ier", "as"]),
    "nl": (["Wil", "Gijs", "Hen", "Joos", "Mar", "Rin", "Toon", "Fok", "Aal", "Bert", "Dirk", "Eef"],
           ["ke", "je", "mer", "ina", "ert", "o", "tje", "ske", ""],
           ["Hoog", "Klein", "Bree", "Stroo", "Wester", "Oost", "Zand", "Korte", "Heem", "Vlie", "Mol", "Dijk"],
           ["veld", "kamp", "broek", "huizen", "stra", "man", "hout", "sma", "werf", "horst"]),
    "es": (["Are", "Bel", "Cris", "Dami", "Esti", "Fabi", "Gual", "Isid", "Leand", "Maur", "Ner", "Osval"],
           ["ano", "ana", "ita", "ero", "ela", "ino", "icia", "o", "a"],
           ["Alba", "Berro", "Carra", "Echev", "Galde", "Iturr", "Larr", "Mend", "Olav", "Quir", "Sarm", "Villa"],
           ["rría", "cal", "iente", "ano", "ido", "ueta", "ñeda", "arte", "oz", "illo"]),
    "it": (["Arm", "Bened", "Cosim", "Ermin", "Fulv", "Gaud", "Ippol", "Lucre", "Orazi", "Prosp", "Teodol", "Vit"],
           ["o", "a", "ina", "etto", "ella", "io", "ia"],
           ["Acqua", "Bonf", "Cappe", "Fioru", "Gualt", "Lanz", "Mastro", "Pagan", "Ross", "Scarp", "Tagli", "Zucc"],
           ["iglio", "relli", "anti", "ucci", "etti", "ardi", "ola", "one", "ini", "ato"]),
    "pt": (["Adal", "Bened", "Cleo", "Diogen", "Ern", "Graci", "Jandir", "Lour", "Marc", "Odet", "Rosal", "Valdi"],
           ["ino", "ina", "ete", "ane", "ério", "ilde", "o", "a", "eu", "ita"],
           ["Albu", "Bragan", "Cerqu", "Figu", "Gouv", "Mach", "Queir", "Ramalh", "Tavar", "Vasconc", "Brand"],
           ["querque", "ça", "eira", "edo", "ia", "ado", "oso", "inho", "ães", "elos"]),
}


def cap(s):
    return s[:1].upper() + s[1:]


FEM_END = ("a", "ina", "ette", "ete", "ane", "ilde", "ella", "ia", "ita", "icia", "ela", "ana", "elle", "ine", "ke", "je", "ie", "yn")
MASC_END = ("o", "ino", "ério", "etto", "io", "ano", "ero", "eu", "ien", "ier", "ic", "in", "ais", "old", "bert", "rich", "mar", "win", "ert", "mer")


def inv_given(lang, g=None):
    h, t, _, _ = SYL[lang]
    tails = t
    if lang in ("es", "it", "pt", "fr") and g:
        tails = [x for x in t if (x.endswith(FEM_END) if g == "f" else x.endswith(MASC_END))] or t
    return cap(R.choice(h) + R.choice(tails))


def inv_sur(lang):
    _, _, h, t = SYL[lang]
    return cap(R.choice(h) + R.choice(t))


class Person:
    def __init__(self, given, sur, g, lang, ff=False):
        self.given, self.sur, self.g, self.lang, self.ff = given, sur, g, lang, ff

    @property
    def full(self):
        return "%s %s" % (self.sur, self.given) if self.ff else "%s %s" % (self.given, self.sur)

    def form(self, style=None):
        """The name written in one of many ways."""
        st = style or R.choice(["full"] * 6 + ["rev", "init", "caps", "lower", "given", "sur_caps"])
        if st == "full":
            return self.full
        if st == "rev":
            return "%s, %s" % (self.sur, self.given)
        if st == "init":
            return "%s. %s" % (self.given[0], self.sur)
        if st == "caps":
            return self.full.upper()
        if st == "lower":
            return self.full.lower()
        if st == "given":
            return self.given
        if st == "sur_caps":
            return "%s %s" % (self.sur.upper(), self.given)
        return self.full

    def nick(self):
        return NICK.get(self.given, self.given)

    def title(self):
        return TITLES[self.lang][0 if self.g == "m" else 1]

    def email(self, domain=None):
        dom = domain or R.choice(DOMAINS.get(self.lang, DOMAINS["en"]))
        gi = fold(self.given).lower().replace(" ", "").replace("'", "")
        su = fold(self.sur).lower().replace(" ", "").replace("'", "")
        pat = R.choice(["%s.%s", "%s%s", "%s_%s", "%.1s%s", "%s.%s%d", "%s-%s"])
        if "%d" in pat:
            local = pat % (gi, su, R.randint(1, 99))
        else:
            local = pat % (gi, su)
        return "%s@%s" % (local, dom)


TITLES = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "nl": ("dhr.", "mevr."),
          "es": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra.")}

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "protonmail.com", "eircom.net",
           "bigpond.com", "xtra.co.nz", "rediffmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be", "videotron.ca", "bluewin.ch"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl", "xs4all.nl"],
    "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "fibertel.com.ar", "vtr.net", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ß", "ss") \
        .replace("ł", "l").replace("ı", "i").replace("Ł", "L")


def person(lang, region=None, kind=None, g=None):
    """kind: 'inv', 'real', 'global' (default: half invented, the rest real or global)."""
    g = g or R.choice("mf")
    k = kind or R.choice(["inv", "inv", "inv", "inv", "real", "real", "real", "global"])
    if k == "global":
        gi, su, ff = R.choice(GLOBAL)
        return Person(gi, su, g, lang, bool(ff))
    if k == "inv":
        given = inv_given(lang, g)
        sur = inv_sur(lang)
        r = R.random()
        if r < 0.07:
            sur = "%s-%s" % (sur, inv_sur(lang))
        elif r < 0.14 and lang in PARTICLES:
            sur = "%s %s" % (R.choice(PARTICLES[lang]), sur)
        elif r < 0.18 and lang == "en":
            sur = R.choice(["O'", "Mc", "Mac"]) + sur
        if lang == "es" and R.random() < 0.4:
            sur = "%s %s" % (sur, R.choice(REAL["es"]["s"][:22]))
        return Person(given, sur, g, lang)
    names = REAL[lang]
    gl = list(names[g])
    sl = list(names["s"])
    ex = REGION_EXTRA.get(region)
    if ex and region in ("IN", "SG", "NG", "ZA") and R.random() < 0.65:
        gl = ex[0] if g == "m" else ex[1]
        sl = ex[2]
    elif ex:
        gl = gl + (ex[0] if g == "m" else ex[1])
        sl = sl + ex[2]
    given = R.choice(gl)
    sur = R.choice(sl)
    if lang == "es" and R.random() < 0.35 and " " not in sur:
        sur = "%s %s" % (sur, R.choice(names["s"][:22]))
    if lang == "pt" and R.random() < 0.3 and " " not in sur:
        sur = "%s %s" % (R.choice(names["s"][:17]), sur)
    return Person(given, sur, g, lang)


PARTICLES = {"de": ["von", "zu"], "fr": ["de", "du"], "nl": ["van", "van der", "de", "ter"],
             "es": ["de", "del"], "it": ["Di", "De", "Lo"], "pt": ["da", "dos", "de"], "en": ["St."]}

NICK = {"James": "Jim", "Michael": "Mick", "Daniel": "Danny", "Samuel": "Sam", "Patrick": "Paddy",
        "Charlotte": "Lottie", "Rebecca": "Becky", "Jessica": "Jess", "Alejandro": "Álex", "Francisco": "Paco",
        "Giuseppe": "Peppe", "Salvatore": "Totò", "Katharina": "Kathi", "Maximilian": "Max", "Johanna": "Hanni",
        "Guadalupe": "Lupita", "Ignacio": "Nacho", "Rafael": "Rafa", "Nicolas": "Nico", "Elizabeth": "Liz"}

# ---------------------------------------------------------------------------------------------
# Dates

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
AT_MONTHS = dict(enumerate(MONTHS["de"]))
AT_MONTHS[0] = "Jänner"


class Dt:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def age(self, ry=2026, rm=6, rd=1):
        return ry - self.y - (1 if (self.m, self.d) > (rm, rd) else 0)


def rdate(y0, y1):
    return Dt(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def fmt_date(dt, lang, region=None, style=None):
    y, m, d = dt.y, dt.m, dt.d
    mn = MONTHS[lang][m - 1]
    if lang == "de" and region == "AT":
        mn = AT_MONTHS[m - 1]
    st = style or R.choice(["long", "long", "num", "num", "iso", "short"])
    if st == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if lang == "en":
        us = region in ("US", "CA", "PH")
        if st == "long":
            return "%s %d, %d" % (mn, d, y) if us else "%d %s %d" % (d, mn, y)
        if st == "num":
            return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
        if st == "short":
            return "%s %d %d" % (mn[:3], d, y) if us else "%d %s %d" % (d, mn[:3], y)
        if st == "ord":
            suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return "%d%s %s %d" % (d, suf, mn, y)
    if lang == "de":
        if st == "long":
            return "%d. %s %d" % (d, mn, y)
        if st == "short":
            return "%d.%d.%d" % (d, m, y)
        return "%02d.%02d.%d" % (d, m, y)
    if lang in ("es", "pt"):
        if st == "long":
            return "%d de %s de %d" % (d, mn, y)
        if st == "short":
            return "%d %s %d" % (d, mn[:3], y)
        return "%02d/%02d/%d" % (d, m, y)
    if lang == "nl":
        if st == "long":
            return "%d %s %d" % (d, mn, y)
        if st == "short":
            return "%d-%d-%d" % (d, m, y)
        return "%02d-%02d-%d" % (d, m, y)
    # fr, it
    if st == "long":
        if lang == "fr" and d == 1:
            return "1er %s %d" % (mn, y)
        return "%d %s %d" % (d, mn, y)
    if st == "short":
        return "%d/%d/%d" % (d, m, y)
    if lang == "fr" and region == "CA" and st == "num":
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d/%02d/%d" % (d, m, y)


def dob(lang, region, y0=1942, y1=2006, style=None):
    dt = rdate(y0, y1)
    return dt, fmt_date(dt, lang, region, style)


def ndate(lang, region, y0=2024, y1=2026, style=None):
    return fmt_date(rdate(y0, y1), lang, region, style)


def ND(lang, region, style=None, y0=2024, y1=2026):
    return N("NEG_DATE", ndate(lang, region, y0, y1, style))


# ---------------------------------------------------------------------------------------------
# Addresses, in each region's own format.  Returns the address text (may contain newlines when
# multi=True).

def n(a, b):
    return R.randint(a, b)


UK_AREA = {"Bristol": "BS", "Leeds": "LS", "Harrogate": "HG", "Nottingham": "NG", "Cardiff": "CF", "Edinburgh": "EH", "York": "YO",
           "Exeter": "EX", "Norwich": "NR", "Stockport": "SK"}


def pc_uk(town=None):
    area = UK_AREA.get(town) or R.choice(["BS", "LS", "M", "NG", "CF", "EH", "G", "SW", "N", "HG", "YO", "EX", "B", "L", "CB"])
    return "%s%d %d%s%s" % (area, n(1, 28), n(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))


def pc_ca():
    L = "ABCEGHJKLMNPRSTVXY"
    return "%s%d%s %d%s%d" % (R.choice("HJKLMNPTV"), n(0, 9), R.choice(L), n(0, 9), R.choice(L), n(0, 9))


def address(region, multi=False, lang="en"):
    sep = "\n" if multi else ", "
    if region == "CH" and lang == "fr":
        return sep.join(["%s %d" % (R.choice(["Rue du Marché", "Chemin des Vignes", "Avenue de la Gare"]), n(1, 60)),
                         "%s %s" % R.choice([("1204", "Genève"), ("1003", "Lausanne"), ("1700", "Fribourg")])])
    if region == "BE" and lang in ("fr", "nl"):
        region = "BE_" + lang
    if region == "US":
        st = R.choice(["Maple Ridge Dr", "Sycamore Ln", "W 34th St", "Old Mill Rd", "Cedar Hollow Ct",
                       "N Lincoln Ave", "Juniper Way", "Peachtree Pkwy", "E Grand River Ave", "Bluebonnet Trl"])
        city = R.choice([("Columbus", "OH", "432"), ("Boise", "ID", "837"), ("Austin", "TX", "787"),
                         ("Duluth", "GA", "300"), ("Eugene", "OR", "974"), ("Lansing", "MI", "489"),
                         ("Worcester", "MA", "016"), ("Tucson", "AZ", "857")])
        unit = R.choice(["", "", "Apt %d%s" % (n(1, 9), R.choice("ABCD")), "Unit %d" % n(100, 420)])
        l1 = "%d %s" % (n(12, 9800), st) + ((" " + unit) if unit and not multi else "")
        lines = [l1] + ([unit] if unit and multi else []) + ["%s, %s %s%02d" % (city[0], city[1], city[2], n(1, 99))]
        return sep.join(lines)
    if region == "UK":
        st = R.choice(["Kingsley Road", "Ashgrove Lane", "Thornfield Avenue", "Mill Street", "Chantry Close",
                       "Beech Grove", "Priory Walk", "Holloway Terrace", "Station Road", "Wellington Crescent"])
        town = R.choice(["Bristol", "Leeds", "Harrogate", "Nottingham", "Cardiff", "Edinburgh", "York", "Exeter",
                         "Norwich", "Stockport"])
        lines = []
        if R.random() < 0.3:
            lines.append("Flat %d" % n(1, 12))
        lines.append("%d %s" % (n(1, 180), st))
        if R.random() < 0.3:
            lines.append({"Leeds": "Headingley", "Bristol": "Clifton", "Cardiff": "Roath", "Stockport": "Heaton Moor",
                          "Edinburgh": "Leith", "Nottingham": "Beeston", "York": "Acomb"}.get(town, "Eaton"))
        lines.append(town if multi else town + " " + pc_uk(town))
        if multi:
            lines.append(pc_uk(town))
        return sep.join(lines)
    if region == "IE":
        if R.random() < 0.4:
            lines = [R.choice(["Ballycurrane", "Knockraha", "Derrylea", "Cloonfad"]),
                     R.choice(["Kinsale, Co. Cork", "Ballinasloe, Co. Galway", "Tuam, Co. Galway", "Dungarvan, Co. Waterford"])]
        else:
            lines = ["%d %s" % (n(1, 140), R.choice(["Glenview Park", "Griffith Avenue", "Castle Street",
                                                      "Oakley Road", "Ard na Gréine"])),
                     R.choice(["Tallaght, Dublin 24", "Drumcondra, Dublin 9", "Ranelagh, Dublin 6", "Ennis, Co. Clare"])]
        lines.append("%s%02d %s%d%s%d" % (R.choice("ADHPTVXFRW"), n(10, 98), R.choice("CDEFHKNPRTVWXY"), n(1, 9),
                                          R.choice("CDEFHKNPRTVWXY"), n(1, 9)))
        return sep.join(lines)
    if region == "AU":
        st = R.choice(["Banksia St", "Wattle Ave", "Parramatta Rd", "Jacaranda Cres", "Bourke St", "Coronation Dr"])
        sub = R.choice([("Marrickville", "NSW", "2204"), ("Fitzroy North", "VIC", "3068"), ("Toowong", "QLD", "4066"),
                        ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")])
        l1 = ("Unit %d, " % n(1, 20) if R.random() < 0.3 else "") + "%d %s" % (n(1, 300), st)
        return sep.join([l1, "%s %s %s" % sub])
    if region == "NZ":
        st = R.choice(["Kowhai Crescent", "Rimu Street", "Karaka Road", "Pohutukawa Drive", "Tui Lane"])
        sub = R.choice([("Karori", "Wellington 6012"), ("Ponsonby", "Auckland 1011"), ("Riccarton", "Christchurch 8041"),
                        ("Maori Hill", "Dunedin 9010")])
        return sep.join(["%d%s %s" % (n(1, 120), R.choice(["", "", "A", "B"]), st), sub[0], sub[1]])
    if region == "CA":
        if lang == "en" or (lang != "fr" and R.random() < 0.5):
            return sep.join(["%d %s" % (n(10, 4000), R.choice(["Birchmount Rd", "Whyte Ave NW", "Granville St",
                                                                "Queen St W", "Portage Ave"])),
                             "%s, %s  %s" % (R.choice([("Toronto", "ON"), ("Edmonton", "AB"), ("Vancouver", "BC"),
                                                       ("Winnipeg", "MB")]) + (pc_ca(),))])
        return sep.join(["%d, %s" % (n(10, 9000), R.choice(["rue Sainte-Catherine Est", "boulevard René-Lévesque",
                                                              "avenue du Parc", "rue Saint-Jean"])),
                         "%s (Québec)  %s" % (R.choice(["Montréal", "Québec", "Sherbrooke", "Gatineau"]), pc_ca())])
    if region == "IN":
        return sep.join(["%s %d, %s" % (R.choice(["Flat", "House No.", "Plot"]), n(1, 900),
                                         R.choice(["Sai Krupa Apartments", "Green Park Residency", "Lotus Enclave",
                                                   "Shanti Nagar"])),
                         R.choice(["14th Cross, Indiranagar", "Anna Salai, Teynampet", "Sector 21, Dwarka",
                                   "Baner Road, Baner", "MG Road, Ernakulam"]),
                         "%s - %s%03d" % (R.choice([("Bengaluru", "560"), ("Chennai", "600"), ("New Delhi", "110"),
                                                    ("Pune", "411"), ("Kochi", "682")]) + (n(1, 99),))])
    if region == "ZA":
        return sep.join(["%d %s" % (n(1, 200), R.choice(["Jacaranda Avenue", "Kerk Street", "Beach Road",
                                                          "Voortrekker Road", "Long Street"])),
                         R.choice(["Lynnwood", "Sea Point", "Observatory", "Bellville", "Umhlanga"]),
                         R.choice(["Pretoria", "Cape Town", "Durban", "Johannesburg"]), "%04d" % n(1, 9999)])
    if region == "NG":
        return sep.join(["%d %s" % (n(1, 90), R.choice(["Adeola Odeku Street", "Awolowo Road", "Ogui Road",
                                                         "Herbert Macaulay Way", "Bode Thomas Street"])),
                         R.choice(["Victoria Island, Lagos", "Ikoyi, Lagos", "Enugu, Enugu State", "Surulere, Lagos",
                                   "Wuse 2, Abuja"]) + (" %d" % n(100001, 900999) if R.random() < 0.5 else "")])
    if region == "SG":
        return sep.join(["Blk %d %s" % (n(100, 799), R.choice(["Clementi Ave 4", "Ang Mo Kio Ave 3", "Tampines St 21",
                                                              "Jurong West St 52", "Bedok North Rd"])),
                         "#%02d-%d" % (n(2, 25), n(10, 999)), "Singapore %06d" % n(100000, 829999)])
    if region == "DE":
        st = R.choice(["Lindenstraße", "Am Mühlbach", "Hauptstr.", "Kastanienallee", "Goethestraße", "Im Winkel",
                       "Bahnhofstraße", "Schillerplatz", "An der Alster"])
        city = R.choice([("50674", "Köln"), ("82131", "Gauting"), ("10437", "Berlin"), ("70176", "Stuttgart"),
                         ("04109", "Leipzig"), ("20354", "Hamburg"), ("93047", "Regensburg")])
        return sep.join(["%s %d%s" % (st, n(1, 140), R.choice(["", "", "a", "b"])), "%s %s" % city])
    if region == "AT":
        st = R.choice(["Praterstraße", "Mariahilfer Straße", "Herrengasse", "Linzer Gasse", "Grabenweg"])
        city = R.choice([("1020", "Wien"), ("1060", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck")])
        num = "%d/%d/%d" % (n(1, 80), n(1, 5), n(1, 20)) if city[1] == "Wien" else str(n(1, 80))
        return sep.join(["%s %s" % (st, num), "%s %s" % city])
    if region == "CH":
        if R.random() < 0.6:
            return sep.join(["%s %d" % (R.choice(["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Bernstrasse"]), n(1, 120)),
                             "%s %s" % R.choice([("8001", "Zürich"), ("3011", "Bern"), ("6003", "Luzern"), ("4051", "Basel")])])
        return sep.join(["%s %d" % (R.choice(["Rue du Marché", "Chemin des Vignes", "Avenue de la Gare"]), n(1, 60)),
                         "%s %s" % R.choice([("1204", "Genève"), ("1003", "Lausanne"), ("1700", "Fribourg")])])
    if region == "FR":
        l = ["%d%s %s" % (n(1, 120), R.choice(["", "", " bis", " ter"]),
                          R.choice(["rue des Lilas", "avenue Jean Jaurès", "allée des Peupliers", "boulevard Voltaire",
                                    "impasse du Moulin", "chemin de la Croix"])),
             "%s %s" % R.choice([("69003", "Lyon"), ("33600", "Pessac"), ("75011", "Paris"), ("44000", "Nantes"),
                                 ("31400", "Toulouse"), ("13006", "Marseille")])]
        if R.random() < 0.3:
            l.insert(0, R.choice(["Bât. C", "Résidence les Tilleuls", "Appt 14"]))
        return sep.join(l)
    if region.startswith("BE"):
        if region == "BE_fr" or (region == "BE" and R.random() < 0.5):
            return sep.join(["%s %d" % (R.choice(["Rue de la Loi", "Chaussée de Wavre", "Rue Saint-Gilles", "Avenue Louise"]),
                                        n(1, 300)),
                             "%s %s" % R.choice([("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("1050", "Ixelles")])])
        return sep.join(["%s %d%s" % (R.choice(["Kerkstraat", "Veldstraat", "Meir", "Groenplaats"]), n(1, 200),
                                      R.choice(["", " bus 2", " bus 11"])),
                         "%s %s" % R.choice([("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge")])])
    if region == "NL":
        return sep.join(["%s %d%s" % (R.choice(["Keizersgracht", "Dorpsstraat", "Molenweg", "Lange Voorhout",
                                                "Oudegracht", "Van Speijkstraat"]), n(1, 400), R.choice(["", "", "-III", "A", " bis"])),
                         "%04d %s%s  %s" % (n(1000, 9999), R.choice("ABCDEGHJKLMNPRST"), R.choice("ABCDEGHJKLMNPRST"),
                                            R.choice(["Amsterdam", "De Bilt", "Utrecht", "Den Haag", "Groningen", "Zwolle"]))]
                        ).replace("  ", " " if R.random() < 0.6 else "  ")
    if region == "ES":
        return sep.join(["%s %d, %s" % (R.choice(["C/ Mayor,", "Calle de Alcalá,", "Avda. de la Constitución,",
                                                 "Carrer de Mallorca,", "Plaza del Pilar,"]), n(1, 300),
                                         R.choice(["3º B", "1º izda.", "bajo", "5.º 2.ª", "ático"])),
                         "%s %s" % R.choice([("28013", "Madrid"), ("41001", "Sevilla"), ("08036", "Barcelona"),
                                             ("50003", "Zaragoza"), ("46001", "Valencia")])]).replace(",,", ",")
    if region == "MX":
        return sep.join(["%s %d%s" % (R.choice(["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Vallarta", "Calle 5 de Mayo"]),
                                      n(10, 3000), R.choice(["", " int. 4", " Depto. 201"])),
                         R.choice(["Col. Del Valle", "Col. Roma Norte", "Col. Centro", "Col. Americana"]),
                         R.choice(["03100 Ciudad de México, CDMX", "44160 Guadalajara, Jal.", "64000 Monterrey, N.L.",
                                   "76000 Querétaro, Qro."])])
    if region == "AR":
        return sep.join(["%s %d%s" % (R.choice(["Av. Corrientes", "Calle Florida", "Av. Rivadavia", "Calle 7 N°", "Bv. Oroño"]),
                                      n(100, 6000), R.choice(["", ", piso 5 dto. B", ", 3° A"])),
                         R.choice(["C1045AAK CABA", "B1900 La Plata, Buenos Aires", "S2000 Rosario, Santa Fe",
                                   "X5000 Córdoba"])])
    if region == "CL":
        return sep.join(["%s %d%s" % (R.choice(["Av. Providencia", "Calle San Diego", "Av. Irarrázaval", "Pasaje Los Aromos"]),
                                      n(10, 4000), R.choice(["", ", depto 504", ", casa 12"])),
                         R.choice(["Providencia, Santiago", "Ñuñoa, Santiago", "Valparaíso", "Concepción, Biobío"])])
    if region == "IT":
        return sep.join(["%s %d%s" % (R.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille",
                                                "Piazza Cavour", "Viale Monza", "Vicolo del Pozzo"]), n(1, 200),
                                      R.choice(["", "", "/B", ", scala C"])),
                         "%s %s %s" % R.choice([("10122", "Torino", "TO"), ("80121", "Napoli", "NA"), ("20127", "Milano", "MI"),
                                                ("40126", "Bologna", "BO"), ("90133", "Palermo", "PA")])])
    if region == "PT":
        return sep.join(["%s %d, %s" % (R.choice(["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina",
                                                  "Travessa do Carmo"]), n(1, 300), R.choice(["2.º Esq.", "1.º Dto.", "r/c"])),
                         "%04d-%03d %s" % (n(1000, 4999), n(1, 999), R.choice(["Lisboa", "Porto", "Coimbra", "Braga"]))])
    if region == "BR":
        return sep.join(["%s, %d%s" % (R.choice(["Rua das Laranjeiras", "Av. Paulista", "Rua Oscar Freire",
                                                 "Rua XV de Novembro", "Av. Sete de Setembro"]), n(10, 3000),
                                       R.choice(["", ", apto 802", ", casa 2", " - bloco B"])),
                         "%s - %s" % R.choice([("Laranjeiras, Rio de Janeiro", "RJ"), ("Bela Vista, São Paulo", "SP"),
                                               ("Centro, Curitiba", "PR"), ("Savassi, Belo Horizonte", "MG")]),
                         "%05d-%03d" % (n(10000, 99999), n(0, 999))])
    raise KeyError(region)


REGIONS = {"en": ["US", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA", "NG", "SG"], "de": ["DE", "AT", "CH"],
           "fr": ["FR", "BE", "CH", "CA"], "nl": ["NL", "BE"], "es": ["ES", "MX", "AR", "CL"], "it": ["IT"],
           "pt": ["PT", "BR"]}


def addr(lang, region, multi=False):
    """An address in the region; French-speaking CH and CA get their French variant where possible."""
    return address(region, multi, lang)


# ---------------------------------------------------------------------------------------------
# Look-alike pools

FAMOUS = {
    "en": ["Taylor Swift", "Winston Churchill", "Marie Curie", "Serena Williams", "David Attenborough",
           "Shah Rukh Khan", "Nelson Mandela", "Jacinda Ardern", "Keanu Reeves", "Ada Lovelace", "Elon Musk"],
    "de": ["Angela Merkel", "Johann Sebastian Bach", "Roger Federer", "Albert Einstein", "Helene Fischer", "Goethe"],
    "fr": ["Victor Hugo", "Zinedine Zidane", "Édith Piaf", "Marie Curie", "Emmanuel Macron", "Céline Dion"],
    "nl": ["Vincent van Gogh", "Johan Cruijff", "Max Verstappen", "Anne Frank", "Rembrandt"],
    "es": ["Frida Kahlo", "Lionel Messi", "Gabriel García Márquez", "Rafa Nadal", "Pablo Neruda", "Shakira"],
    "it": ["Leonardo da Vinci", "Sophia Loren", "Giuseppe Verdi", "Valentino Rossi", "Dante Alighieri"],
    "pt": ["Fernando Pessoa", "Cristiano Ronaldo", "Ayrton Senna", "Pelé", "Clarice Lispector"],
}
FICTION = {
    "en": ["Sherlock Holmes", "Harry Potter", "Hermione Granger", "Mr Darcy", "Peppa Pig", "Bilbo Baggins"],
    "de": ["Pippi Langstrumpf", "Max und Moritz", "Heidi", "Sams", "Biene Maja"],
    "fr": ["Astérix", "Tintin", "le Petit Prince", "Jean Valjean", "Arsène Lupin"],
    "nl": ["Nijntje", "Dikkie Dik", "Pluk van de Petteflet", "Sinterklaas"],
    "es": ["Don Quijote", "Mafalda", "Sancho Panza", "el Chavo del Ocho"],
    "it": ["Pinocchio", "Geronimo Stilton", "il commissario Montalbano", "Topolino"],
    "pt": ["Mônica", "Dom Casmurro", "o Saci", "Capitu"],
}
ORGS = {
    "en": ["Johnson & Johnson", "Marks & Spencer", "Sainsbury's", "Ben & Jerry's", "Morgan Stanley", "Ernst & Young",
           "Procter & Gamble", "Wells Fargo", "Tata Consultancy", "Dangote Cement", "Woolworths"],
    "de": ["Dr. Oetker", "Mercedes-Benz", "Siemens", "Porsche", "Hugo Boss", "Ritter Sport", "Bosch"],
    "fr": ["Peugeot", "Louis Vuitton", "Michelin", "Yves Rocher", "Hermès", "Leclerc", "Decathlon"],
    "nl": ["Albert Heijn", "Philips", "Heineken", "Jumbo", "Douwe Egberts", "Van Houten"],
    "es": ["El Corte Inglés", "Bimbo", "Zara", "Grupo Carso", "Mercado Libre", "Telefónica"],
    "it": ["Ferrero", "Barilla", "Benetton", "Giorgio Armani", "Lavazza", "Ferragamo"],
    "pt": ["Natura", "Casas Bahia", "Pingo Doce", "Sonae", "Magazine Luiza"],
}
PLACES = {
    "en": ["Victoria Station", "Abbey Road", "Oxford Street", "Mount Kenya", "Santa Monica", "St Helens",
           "Port Elizabeth", "Marina Bay", "Bondi Beach", "Grafton Street"],
    "de": ["Kurfürstendamm", "Stephansplatz", "Marienplatz", "Bahnhofstrasse", "Königsallee", "Unter den Linden"],
    "fr": ["Champs-Élysées", "Place de la Bastille", "Mont-Saint-Michel", "Grand-Place", "Vieux-Port"],
    "nl": ["Dam", "Vondelpark", "Kalverstraat", "Grote Markt", "Keukenhof"],
    "es": ["Gran Vía", "Plaza de Mayo", "Zócalo", "Puerta del Sol", "Cerro San Cristóbal"],
    "it": ["Piazza Navona", "Via Roma", "Ponte Vecchio", "Galleria Vittorio Emanuele", "Trastevere"],
    "pt": ["Avenida Paulista", "Praça do Comércio", "Copacabana", "Ribeira", "Pão de Açúcar"],
}
PRODUCTS = ["iPhone 15 Pro", "Galaxy S24", "PlayStation 5", "Ford Fiesta", "Kindle Paperwhite", "ThinkPad X1 Carbon",
            "Dyson V15", "Nintendo Switch", "Toyota Corolla", "Thermomix TM6", "Apple Watch", "Microsoft Teams",
            "Google Sheets", "Excel", "Zoom"]
TEAMS = ["Manchester United", "Bayern München", "Ajax", "Boca Juniors", "Juventus", "Benfica", "Olympique de Marseille",
         "Galatasaray", "Kaizer Chiefs", "All Blacks", "Toronto Maple Leafs"]
PETS = ["Biscuit", "Luna", "Milo", "Bella", "Rocky", "Nala", "Pepper", "Simba", "Kiwi", "Bruno", "Filou", "Tobi"]
WEEKDAYS = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
            "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
            "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
            "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
            "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
            "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
            "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()}


def fam(lang):
    return N("NEG_FAMOUS", R.choice(FAMOUS[lang]))


def fic(lang):
    return N("NEG_FAMOUS", R.choice(FICTION[lang]))


def org(lang):
    return N("NEG_ORG", R.choice(ORGS[lang]))


def place(lang):
    return N("NEG_PLACE", R.choice(PLACES[lang]))


def prod():
    return N("NEG_PRODUCT", R.choice(PRODUCTS))


def team():
    return N("NEG_ORG", R.choice(TEAMS))


def pet():
    return N("NEG_PET", R.choice(PETS))


def code(prefix=None):
    p = prefix or R.choice(["ORD", "INC", "CLM", "TKT", "INV", "REQ", "PO"])
    return N("NEG_CODE", "%s-%d%s" % (p, n(1000, 99999), R.choice(["", "-" + R.choice("ABCDEFGHKXZ") + str(n(1, 9))])))


def ver():
    return N("NEG_CODE", "v%d.%d.%d" % (n(0, 9), n(0, 30), n(0, 20)))


def wd(lang):
    return N("NEG_DATE", R.choice(WEEKDAYS[lang]))


def term(v):
    return N("NEG_TERM", v)


def clock():
    return "%02d:%02d" % (n(7, 19), R.choice([0, 15, 30, 45, 10, 40]))


def ts():
    return "%02d:%02d:%02d" % (n(0, 1), n(0, 59), n(0, 59))


# ---------------------------------------------------------------------------------------------
# Families.  Each returns (builder, variant); `free` asks for a PII-free record.

def pp(lang, reg, **kw):
    return person(lang, reg, **kw)


def meeting(lang, reg, free):
    b = B()
    lines = {
        "en": ["Okay, can everyone see my screen?", "Sorry, I was on mute there.", "Let's move on to the Q3 numbers.",
               "I'll follow up with <<o>> after this call.", "Can you send the deck to <<e>> so it goes out tonight?",
               "<<o>> is off until <<nd>>, so let's park the vendor question.",
               "The movers need the new office address, it's <<a>>.", "Yeah, <<o>> had the same issue on <<prod>>.",
               "Sorry, who's taking notes? <<o>>, is that you?", "We lost the <<org>> renewal, that's the headline.",
               "My connection is dropping, bear with me.", "Let's take that offline."],
        "de": ["Könnt ihr meinen Bildschirm sehen?", "Sorry, ich war stumm geschaltet.", "Dann zum nächsten Punkt, Budget.",
               "Ich kläre das nachher mit <<o>>.", "Schick die Folien bitte an <<e>>.",
               "<<o>> ist bis <<nd>> im Urlaub, das schieben wir.", "Die neue Lieferadresse ist <<a>>, bitte notieren.",
               "Bei <<o>> lief <<prod>> gestern auch nicht.", "Wer schreibt Protokoll? <<o>>, machst du das?",
               "Kurz zum Kunden <<org>>: der Vertrag läuft aus."],
        "fr": ["Vous voyez mon écran ?", "Pardon, j'étais en sourdine.", "On passe au point budget.",
               "Je vois ça avec <<o>> après la réunion.", "Tu peux envoyer la présentation à <<e>> ?",
               "<<o>> est en congé jusqu'au <<nd>>, on reporte.", "La nouvelle adresse du bureau, c'est <<a>>.",
               "<<o>> a eu le même souci avec <<prod>>.", "Qui prend les notes ? <<o>>, c'est toi ?",
               "Le contrat <<org>> arrive à échéance."],
        "nl": ["Kunnen jullie mijn scherm zien?", "Sorry, ik stond op mute.", "Dan door naar het budget.",
               "Ik stem het straks af met <<o>>.", "Kun je de slides naar <<e>> sturen?",
               "<<o>> is tot <<nd>> met verlof, dat parkeren we even.", "Het nieuwe kantooradres is <<a>>.",
               "<<o>> had hetzelfde probleem met <<prod>>.", "Wie notuleert er? <<o>>, jij?"],
        "es": ["¿Se ve mi pantalla?", "Perdón, estaba en silencio.", "Pasemos al tema del presupuesto.",
               "Lo hablo con <<o>> después de la llamada.", "¿Puedes mandar la presentación a <<e>>?",
               "<<o>> está de vacaciones hasta el <<nd>>, lo dejamos pendiente.",
               "La dirección de la oficina nueva es <<a>>.", "A <<o>> le pasó lo mismo con <<prod>>.",
               "¿Quién toma las notas? <<o>>, ¿tú?"],
        "it": ["Vedete il mio schermo?", "Scusate, ero in muto.", "Passiamo al budget.", "Ne parlo con <<o>> dopo la call.",
               "Puoi mandare le slide a <<e>>?", "<<o>> è in ferie fino al <<nd>>, lo rimandiamo.", "Il nuovo indirizzo dell'ufficio è <<a>>.",
               "Anche a <<o>> si bloccava <<prod>>.", "Chi fa il verbale? <<o>>, tu?"],
    }
    free_lines = {
        "en": ["The <<prod>> rollout slipped to <<wd>>.", "Build <<ver>> fixed the login loop.",
               "Ticket <<code>> is still open.", "Marketing wants a <<fam>> quote on the landing page, legal says no.",
               "We're meeting the <<org>> people in <<place>> next week."],
        "de": ["Das <<prod>>-Update kommt erst am <<wd>>.", "Mit <<ver>> ist der Fehler weg.",
               "Ticket <<code>> ist noch offen.", "Termin mit <<org>> steht, Treffpunkt <<place>>."],
        "fr": ["Le déploiement <<prod>> glisse à <<wd>>.", "La version <<ver>> corrige le bug.",
               "Le ticket <<code>> est toujours ouvert.", "Rendez-vous chez <<org>> près de <<place>>."],
        "nl": ["De uitrol van <<prod>> schuift naar <<wd>>.", "Versie <<ver>> lost het op.",
               "Ticket <<code>> staat nog open.", "We zien <<org>> volgende week bij de <<place>>."],
        "es": ["El despliegue de <<prod>> pasa al <<wd>>.", "La versión <<ver>> arregla el fallo.",
               "El ticket <<code>> sigue abierto.", "Nos vemos con <<org>> en <<place>>."],
        "it": ["Il rilascio di <<prod>> slitta a <<wd>>.", "La versione <<ver>> risolve il bug.", "Il ticket <<code>> è ancora aperto.",
               "Incontriamo <<org>> vicino a <<place>>."],
    }
    spk = [pp(lang, reg) for _ in range(R.randint(2, 4))]
    style = R.randrange(4)
    labels = [P(s.full) for s in spk]
    if free:
        labels = [("Speaker %d" % (i + 1)) if style != 2 else ("Participant %d" % (i + 1)) for i in range(len(spk))]
    t = 0
    used = set()
    if style == 0:
        b.t("WEBVTT\n\n")
    elif style == 3:
        b.t(R.choice(["Transcript", "Otter.ai transcript", "Meeting notes (auto-generated)"]) + " - " +
            ("Weekly sync" if lang == "en" else "Jour fixe" if lang == "de" else "Point hebdo" if lang == "fr" else "Weekoverleg" if lang == "nl" else "Riunione settimanale" if lang == "it" else "Reunión semanal") + "\n\n")
    for k in range(R.randint(4, 7)):
        t += R.randint(3, 40)
        who = R.randrange(len(spk))
        o = spk[(who + 1) % len(spk)]
        pool = free_lines[lang] if free or R.random() < 0.25 else lines[lang]
        kw = dict(o=P(R.choice([o.given, o.full, o.nick()])), e=E(o.email()), a=A(addr(lang, reg)),
                  nd=ND(lang, reg, "long"), prod=prod(), org=org(lang), wd=wd(lang), ver=ver(), code=code(),
                  fam=fam(lang), place=place(lang))
        line = R.choice(pool)
        for _ in range(4):
            if line not in used:
                break
            line = R.choice(pool)
        used.add(line)
        if free and "<<o>>" in line:
            line = free_lines[lang][0]
        if style == 0:
            b.t("%d\n00:%02d:%02d.%03d --> 00:%02d:%02d.%03d\n" % (k + 1, t // 60, t % 60, n(0, 999), (t + 4) // 60, (t + 4) % 60, n(0, 999)))
            b.e(labels[who]).t(": ").f(line, **kw).t("\n\n")
        elif style == 1:
            b.t("[%02d:%02d:%02d] " % (t // 3600, (t // 60) % 60, t % 60)).e(labels[who]).t(": ").f(line, **kw).t("\n")
        elif style == 2:
            b.e(labels[who]).t("  %d:%02d\n" % (t // 60, t % 60)).f(line, **kw).t("\n\n")
        else:
            b.e(labels[who]).t(" (%02d:%02d): " % (t // 60, t % 60)).f(line, **kw).t("\n")
    if not free and R.random() < 0.4:
        ask = {"en": "\nSummarise this transcript into action items with owners.",
               "de": "\nBitte fasse das Protokoll mit Verantwortlichen zusammen.",
               "fr": "\nFais-moi un résumé avec les actions et qui s'en charge.",
               "nl": "\nMaak hier actiepunten van met eigenaar.", "es": "\nResume esto en tareas con responsables.",
               "it": "\nRiassumi in azioni con i responsabili."}[lang]
        b.t(ask)
    return b, style


def incident(lang, reg, free):
    b = B()
    v = R.randrange(3)
    p1, p2, p3 = pp(lang, reg), pp(lang, reg), pp(lang, reg)
    dt, d1 = dob(lang, reg)
    dt2, d2 = dob(lang, reg, 1950, 2007)
    kw = dict(nd=ND(lang, reg), t=clock(), a=A(addr(lang, reg)), a2=A(addr(lang, reg)), p1=P(p1.form("full")),
              p1c=P(p1.form(R.choice(["caps", "sur_caps", "rev"]))), p1s=P(p1.sur), p2=P(p2.full), p3=P(p3.form("init")),
              d1=D(d1), d2=D(d2), age2=str(dt2.age()), ttl1=p1.title(), ttl2=p2.title(), prod=prod(), place=place(lang),
              code=code("INC"), e=E(p2.email()), wd=wd(lang))
    if free:
        T = {
            "en": "Incident <<code>> (<<wd>>, <<nd>>, approx. <<t>>). A grey <<prod>> was reported abandoned near <<place>>. "
                  "No occupants. Unit 4B attended, vehicle towed to the depot. No further action.\n\nCan you rewrite this for the shift log in plain English?",
            "de": "Vorgang <<code>> vom <<nd>>, ca. <<t>> Uhr: Ein <<prod>> wurde an der <<place>> als verlassen gemeldet. "
                  "Keine Personen angetroffen, Fahrzeug abgeschleppt. Bitte in sachlichen Bericht umformulieren.",
            "fr": "Main courante <<code>>, <<nd>> vers <<t>> : une <<prod>> signalée abandonnée près de <<place>>. "
                  "Aucune personne sur place. Véhicule enlevé par la fourrière.",
            "es": "Parte <<code>>, <<nd>>, hacia las <<t>>: se reporta un <<prod>> abandonado cerca de <<place>>. "
                  "Sin ocupantes. Se retira con grúa.",
            "it": "Verbale <<code>> del <<nd>>, ore <<t>> circa: segnalata una <<prod>> abbandonata vicino a <<place>>. "
                  "Nessuna persona presente. Veicolo rimosso.",
        }
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["At approx. <<t>> on <<nd>> officers attended <<a>> following a call from the occupant, <<p1>> (DOB <<d1>>), "
               "who reported that her bicycle had been taken from the rear garden overnight. Neighbour <<p2>>, <<age2>>, "
               "of <<a2>> stated she heard the side gate at about 02:00. No CCTV. Crime ref <<code>>.",
               "INCIDENT REPORT\nReporting person: <<p1c>>\nDate of birth: <<d1>>\nHome address: <<a>>\nContact: <<e>>\n"
               "Narrative: RP states that on <<nd>> at around <<t>> a man he did not recognise kicked the door of his car. "
               "Witness <<p3>> gave a statement at the scene.",
               "hey so i need to write up what happened at the shop for the insurance and police, can you make this sound official:\n"
               "on <<nd>> around <<t>> a guy came in and grabbed the till tray, my coworker <<p2>> chased him out to the car park. "
               "I'm <<p1>>, the store is at <<a>>. police came and took a statement from <<p3>> too"],
        "de": ["Am <<nd>> gegen <<t>> Uhr meldete <<ttl1>> <<p1>> (geb. <<d1>>), wohnhaft <<a>>, einen Einbruch in den Kellerraum. "
               "Die Nachbarin <<p2>> (<<age2>>) gab an, gegen 2 Uhr Geräusche gehört zu haben. Aktenzeichen <<code>>.",
               "Sachverhalt: Die Geschädigte <<p1c>>, geboren am <<d1>>, stellte am <<nd>> fest, dass ihr Fahrrad vor dem Haus <<a>> "
               "entwendet worden war. Zeuge: <<p3>>. Bitte in einen formellen Bericht umschreiben."],
        "fr": ["Le <<nd>> vers <<t>>, <<ttl1>> <<p1>>, né(e) le <<d1>>, demeurant <<a>>, signale un vol de scooter devant son domicile. "
               "Sa voisine <<p2>>, <<age2>> ans, déclare avoir vu deux individus. Réf. <<code>>.",
               "Déclaration de main courante\nNom, prénom : <<p1c>>\nDate de naissance : <<d1>>\nAdresse : <<a>>\n"
               "Faits : le <<nd>>, dispute avec un voisin, témoin <<p3>>."],
        "es": ["El <<nd>> sobre las <<t>>, <<p1>> (fecha de nacimiento <<d1>>), con domicilio en <<a>>, denuncia el robo de su "
               "bicicleta. La vecina <<p2>>, de <<age2>> años, dice que oyó ruidos. Ref. <<code>>.",
               "DENUNCIA\nDenunciante: <<p1c>>\nF. nac.: <<d1>>\nDomicilio: <<a>>\nHechos: el <<nd>> me rayaron el coche en el garaje. Testigo: <<p3>>."],
        "it": ["Il giorno <<nd>> alle ore <<t>> circa, <<ttl1>> <<p1>>, nato/a il <<d1>>, residente in <<a>>, denuncia il furto "
               "della bicicletta. La vicina <<p2>>, <<age2>> anni, riferisce di aver sentito rumori. Rif. <<code>>.",
               "VERBALE DI DENUNCIA\nGeneralità: <<p1c>>, nato il <<d1>>\nResidenza: <<a>>\nFatti: il <<nd>> ignoti hanno forzato la cantina. Testimone: <<p3>>."],
    }
    ch = R.randrange(len(T[lang]))
    return b.f(T[lang][ch], **kw), ch


def claim(lang, reg, free):
    b = B()
    p1, p2 = pp(lang, reg), pp(lang, reg, g="m")
    dt, d1 = dob(lang, reg)
    kw = dict(nd=ND(lang, reg), nd2=ND(lang, reg), p1=P(p1.full), p1r=P(p1.form("rev")), p2=P(p2.form(R.choice(["full", "given"]))),
              d1=D(d1), a=A(addr(lang, reg, R.random() < 0.4)), e=E(p1.email()), code=code("CLM"), prod=prod(),
              org=org(lang), ttl=p1.title(), place=place(lang), wd=wd(lang))
    kw["prod"] = N("NEG_PRODUCT", R.choice(["Miele dishwasher", "Bosch Serie 6", "Samsung Frame TV", "Dyson V15", "LG OLED C3", "Smeg fridge", "Thermomix TM6"]))
    if free:
        T = {"en": "Claim <<code>>: storm damage to the roof of a warehouse leased by <<org>>, loss date <<nd>>. Assessor visit booked for <<wd>>. "
                   "Items listed: one <<prod>>, shelving, stock. Draft a neutral summary for the underwriter.",
             "de": "Schadennummer <<code>>: Sturmschaden am Lager von <<org>>, Schadentag <<nd>>. Gutachtertermin am <<wd>>. Betroffen: ein <<prod>> und Regale.",
             "it": "Sinistro <<code>>: danni da grandine al magazzino <<org>>, data evento <<nd>>. Perizia fissata per <<wd>>.",
             "pt": "Sinistro <<code>>: danos de tempestade no armazém da <<org>>, data do evento <<nd>>. Vistoria na <<wd>>.",
             "nl": "Schadenummer <<code>>: stormschade aan het magazijn van <<org>>, schadedatum <<nd>>. Expert komt op <<wd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["Policyholder: <<p1r>>\nDate of birth: <<d1>>\nRisk address:\n<<a>>\nEmail: <<e>>\nDate of loss: <<nd>>\n\n"
               "Description: Water came through the ceiling from the flat above (occupied by <<p2>>). Kitchen units and a <<prod>> damaged.",
               "Hi, I need help wording my claim. My name is <<p1>>, born <<d1>>. On <<nd>> my neighbour <<p2>> reversed into my fence at <<a>>. "
               "Claim ref <<code>>. The insurer wants a statement by <<nd2>>."],
        "de": ["Versicherungsnehmer: <<p1r>>\nGeburtsdatum: <<d1>>\nAnschrift:\n<<a>>\nSchadentag: <<nd>>\n\nSchilderung: Wasserschaden aus der Wohnung "
               "darüber (Mieter <<p2>>). Laminat und ein <<prod>> beschädigt.",
               "Bitte formuliere meine Schadenmeldung: Ich, <<p1>>, geb. <<d1>>, wohnhaft <<a>>, melde einen Glasbruch vom <<nd>>. Zeuge: <<p2>>."],
        "it": ["Contraente: <<p1r>>\nData di nascita: <<d1>>\nIndirizzo del rischio: <<a>>\nData sinistro: <<nd>>\nDescrizione: infiltrazione "
               "dall'appartamento del sig. <<p2>>, danneggiati mobili e un <<prod>>.",
               "Mi aiuti a scrivere la denuncia di sinistro? Sono <<p1>>, nata il <<d1>>, abito in <<a>>. Il <<nd>> il vicino <<p2>> ha urtato il mio cancello."],
        "pt": ["Segurado: <<p1r>>\nData de nascimento: <<d1>>\nMorada: <<a>>\nData do sinistro: <<nd>>\nDescrição: infiltração vinda do apartamento de <<p2>>.",
               "Preciso de ajuda para descrever o sinistro. Sou <<p1>>, nascido em <<d1>>, moro em <<a>>. No dia <<nd>> o vizinho <<p2>> bateu no meu portão. Processo <<code>>."],
        "nl": ["Verzekeringnemer: <<p1r>>\nGeboortedatum: <<d1>>\nRisicoadres: <<a>>\nSchadedatum: <<nd>>\nOmschrijving: lekkage vanuit de woning van <<p2>>.",
               "Kun je mijn schademelding netjes maken? Ik ben <<p1>>, geboren <<d1>>, adres <<a>>. Op <<nd>> reed <<p2>> tegen mijn schutting."],
    }
    ch = R.randrange(2)
    return b.f(T[lang][ch], **kw), ch


def school(lang, reg, free):
    b = B()
    kid = pp(lang, reg)
    par = pp(lang, reg, g="f")
    par.sur = kid.sur if R.random() < 0.7 else par.sur
    tch = pp(lang, reg)
    dt, d1 = dob(lang, reg, 2010, 2019)
    kw = dict(k=P(kid.full), kg=P(kid.given), kc=P(kid.form(R.choice(["caps", "rev", "sur_caps"]))), par=P(par.full),
              parg=P(par.given), t=P(tch.sur), tf=P(tch.full), ttl=tch.title(), d1=D(d1), nd=ND(lang, reg), nd2=ND(lang, reg),
              e=E(par.email()), wd=wd(lang), fic=fic(lang), fam=fam(lang), a=A(addr(lang, reg)))
    if free:
        T = {"en": "Year 8 English, end of term comments (no names yet): Reading <<fic>> sparked good debate. Project on <<fam>> due <<nd>>. "
                   "Parents' evening moved to <<wd>>. Can you turn these into three polite comment banks?",
             "fr": "Bulletin 2e trimestre, appréciations générales : étude de <<fic>>, exposé sur <<fam>> à rendre le <<nd>>. Conseil de classe le <<wd>>.",
             "de": "Zeugnisbemerkungen allgemein: Lektüre <<fic>>, Referat über <<fam>> bis <<nd>>. Elternsprechtag am <<wd>>.",
             "es": "Comentarios generales del boletín: lectura de <<fic>>, trabajo sobre <<fam>> para el <<nd>>. Reunión de padres el <<wd>>.",
             "it": "Giudizi generali di fine quadrimestre: lettura di <<fic>>, ricerca su <<fam>> da consegnare il <<nd>>. Colloqui il <<wd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["REPORT CARD - Term 2\nStudent: <<kc>>\nDOB: <<d1>>\nForm tutor: <<ttl>> <<t>>\n\nMaths: B+  <<kg>> works hard and asks good questions.\n"
               "English: A-  Lovely essay on <<fic>>.\nNext parents' evening: <<nd>>",
               "hi <<ttl>> <<t>>, its <<parg>> (<<kg>>'s mum) - <<kg>> wont be in on <<wd>>, dentist at 10. also can you resend the trip form to <<e>>? thanks",
               "Dear <<par>>,\n\nI wanted to let you know how well <<kg>> has settled in this term. ... Kind regards,\n<<tf>>\n\nCan you make this warmer and shorter?"],
        "fr": ["BULLETIN TRIMESTRIEL\nÉlève : <<kc>>\nNé(e) le : <<d1>>\nProfesseur principal : <<ttl>> <<t>>\n\nMathématiques : 14/20, <<kg>> participe bien.\n"
               "Conseil de classe : <<nd>>",
               "Bonjour <<ttl>> <<t>>, c'est <<parg>>, la maman de <<kg>>. <<kg>> sera absent <<wd>> (rendez-vous médical). Pouvez-vous m'écrire à <<e>> ? Merci"],
        "de": ["ZEUGNIS 1. Halbjahr\nSchüler/in: <<kc>>\ngeboren am <<d1>>\nKlassenleitung: <<ttl>> <<t>>\n\nMathematik: 2, Deutsch: 1-\n"
               "Bemerkung: <<kg>> arbeitet zuverlässig mit.",
               "Hallo <<ttl>> <<t>>, hier ist <<parg>>, Mama von <<kg>>. <<kg>> ist am <<wd>> krank. Bitte Infos an <<e>>. LG"],
        "es": ["BOLETÍN DE NOTAS\nAlumno/a: <<kc>>\nFecha de nacimiento: <<d1>>\nTutor/a: <<ttl>> <<t>>\nMatemáticas: Notable. <<kg>> se esfuerza mucho.",
               "Hola profe <<t>>, soy <<parg>>, la mamá de <<kg>>. Mañana <<kg>> no va porque tiene médico. Mi correo es <<e>>. Gracias"],
        "it": ["PAGELLA I QUADRIMESTRE\nAlunno/a: <<kc>>\nNato/a il: <<d1>>\nCoordinatore: prof. <<t>>\nMatematica: 8. <<kg>> è attento e partecipe.",
               "Buongiorno prof.ssa <<t>>, sono <<parg>>, la mamma di <<kg>>. <<kg>> sarà assente <<wd>>. Può scrivermi a <<e>>? Grazie"],
    }
    ch = R.randrange(len(T[lang]))
    return b.f(T[lang][ch], **kw), ch


def parish(lang, reg, free):
    b = B()
    ps = [pp(lang, reg) for _ in range(4)] + [pp(lang, reg, g="m")]
    saints = {"en": ["St Patrick", "St Brigid", "Our Lady of Lourdes", "St Anthony of Padua"],
              "it": ["San Giuseppe", "Sant'Antonio", "Santa Rita da Cascia", "San Pio"],
              "es": ["San Judas Tadeo", "la Virgen de Guadalupe", "San Martín de Porres"],
              "pt": ["Santo Antônio", "Nossa Senhora Aparecida", "São João"], "fr": ["saint Joseph", "sainte Thérèse", "saint Martin"]}
    kw = dict(p0=P(ps[0].full), p1=P(ps[1].full), p2=P(ps[2].form("full")), p3=P(ps[3].given), p3s=P(ps[3].sur),
              p4=P(ps[4].full), nd=ND(lang, reg, "long"), wd=wd(lang), wd2=wd(lang), saint=N("NEG_FAMOUS", R.choice(saints[lang])),
              a=A(addr(lang, reg)), e=E(ps[1].email("parish-office.org" if lang == "en" else None)), fam=fam(lang), place=place(lang),
              t=clock())
    if free:
        T = {"en": "PARISH NEWSLETTER\nFeast of <<saint>>: Mass at <<t>> on <<wd>>. Coffee morning in the hall after. Pilgrimage to <<place>> on <<nd>>, "
                   "names to the sacristy. Quiz night theme: <<fam>>.",
             "it": "AVVISI PARROCCHIALI\nFesta di <<saint>>: messa alle <<t>> di <<wd>>. Pellegrinaggio a <<place>> il <<nd>>.",
             "es": "BOLETÍN PARROQUIAL\nFiesta de <<saint>>: misa a las <<t>> el <<wd>>. Peregrinación a <<place>> el <<nd>>.",
             "pt": "INFORMATIVO DA PARÓQUIA\nFesta de <<saint>>: missa às <<t>> no <<wd>>. Romaria a <<place>> em <<nd>>.",
             "fr": "FEUILLE PAROISSIALE\nFête de <<saint>> : messe à <<t>> le <<wd>>. Pèlerinage à <<place>> le <<nd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["PARISH NEWSLETTER\nBaptisms: we welcome <<p0>> into our parish family.\nRecently deceased: <<p1>>, and <<p2>>, whose anniversary occurs.\n"
               "Readers this <<wd>>: <<p3>> and <<p4>>.\nPlanned giving envelopes: contact the office, <<e>>.\nCommunity centre: chair yoga with <<p3>> every <<wd2>>.",
               "Please pray for <<p2>> who is in hospital. Flowers this week kindly donated by the family of the late <<p4>>. "
               "The new parish office is at <<a>>. Feast of <<saint>> on <<nd>>."],
        "it": ["AVVISI DELLA SETTIMANA\nBattesimi: <<p0>>.\nDefunti: preghiamo per <<p1>> e per <<p2>>.\nLettori di <<wd>>: <<p3>> e <<p4>>.\nSegreteria: <<e>>",
               "Preghiamo per <<p2>>, ricoverata. I fiori sono offerti dalla famiglia del compianto <<p4>>. La nuova sede Caritas è in <<a>>."],
        "es": ["AVISOS PARROQUIALES\nBautizos: <<p0>>.\nDifuntos: <<p1>>, <<p2>>.\nLectores del <<wd>>: <<p3>> y <<p4>>.\nOficina: <<e>>",
               "Oremos por la salud de <<p2>>. Las flores las dona la familia de don <<p4>>. El comedor comunitario está ahora en <<a>>."],
        "pt": ["AVISOS DA PARÓQUIA\nBatizados: <<p0>>.\nFalecidos: <<p1>> e <<p2>>.\nLeitores de <<wd>>: <<p3>> e <<p4>>.\nSecretaria: <<e>>",
               "Rezemos por <<p2>>, internada. As flores foram oferecidas pela família do saudoso <<p4>>. O bazar agora funciona na <<a>>."],
        "fr": ["FEUILLE PAROISSIALE\nBaptêmes : <<p0>>.\nObsèques : <<p1>>, <<p2>>.\nLecteurs du <<wd>> : <<p3>> et <<p4>>.\nSecrétariat : <<e>>",
               "Prions pour <<p2>>, hospitalisée. Fleurs offertes par la famille de feu <<p4>>. Le vestiaire solidaire déménage au <<a>>."],
    }
    ch = R.randrange(2)
    return b.f(T[lang][ch], **kw), ch


def vet(lang, reg, free):
    b = B()
    o, o2 = pp(lang, reg), pp(lang, reg)
    pdt = ndate(lang, reg, 2012, 2023, "num")
    p1, p2 = R.sample(PETS, 2)
    kw = dict(o=P(o.full), orv=P(o.form(R.choice(["rev", "sur_caps", "caps"]))), og=P(o.nick()), o2=P(o2.given), pet=N("NEG_PET", p1), pet2=N("NEG_PET", p2),
              pdob=N("NEG_DATE", pdt), nd=ND(lang, reg), wd=wd(lang), a=A(addr(lang, reg)), e=E(o.email()), t=clock(),
              prod=N("NEG_PRODUCT", R.choice(["Bravecto", "NexGard Spectra", "Royal Canin Renal", "Frontline Plus", "Apoquel"])),
              ttl=o.title(), code=code("INV"))
    if free:
        T = {"en": "Clinical note: <<pet>> (DSH, MN, DOB <<pdob>>), 4.8 kg. Presented <<wd>> with reduced appetite. Started <<prod>>. Recheck <<nd>>. "
                   "Can you turn this into a client-friendly discharge sheet?",
             "de": "Befund: <<pet>> (EKH, kastriert, geb. <<pdob>>), 5,1 kg. Vorstellung am <<wd>> wegen Juckreiz, <<prod>> verordnet. Kontrolle <<nd>>.",
             "fr": "Compte rendu : <<pet>> (chat européen, né le <<pdob>>), 4,2 kg. Vu <<wd>> pour démangeaisons, traitement <<prod>>. Contrôle le <<nd>>.",
             "nl": "Verslag: <<pet>> (Europese korthaar, geb. <<pdob>>), 4,6 kg. Gezien op <<wd>>, gestart met <<prod>>. Controle <<nd>>.",
             "it": "Referto: <<pet>> (gatto europeo, nato il <<pdob>>), 4,3 kg. Visitato <<wd>> per prurito, terapia con <<prod>>. Controllo il <<nd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["PATIENT: <<pet>>  Species: Canine  DOB: <<pdob>>\nOWNER: <<orv>>\nAddress: <<a>>\nEmail: <<e>>\n\nHx: owner reports limping since <<wd>>. "
               "Rx <<prod>>. Next vacc due <<nd>>.",
               "pet sitting notes for <<og>> - <<pet>> gets fed at 7 and 5, half a scoop, <<pet2>> (the old one) gets the kidney food. "
               "spare key is with <<o2>> next door. we're back <<nd>>. house is <<a>> if you need it for the vet",
               "Hi <<o>>, just confirming <<pet>>'s dental on <<nd>> at <<t>>. No food after midnight please. Invoice <<code>> will go to <<e>>."],
        "de": ["Patient: <<pet>>, Hund, geb. <<pdob>>\nBesitzer/in: <<orv>>\nAnschrift: <<a>>\nE-Mail: <<e>>\nAnamnese: lahmt seit <<wd>>. Therapie <<prod>>.",
               "Hallo <<og>>, Notizen fürs Katzensitten: <<pet>> kriegt morgens und abends je einen Beutel, <<pet2>> nur Trockenfutter. "
               "Ersatzschlüssel hat <<o2>> im 2. Stock. Wir sind am <<nd>> zurück. Adresse für den Tierarzt: <<a>>"],
        "fr": ["Animal : <<pet>>, chien, né le <<pdob>>\nPropriétaire : <<orv>>\nAdresse : <<a>>\nCourriel : <<e>>\nMotif : boiterie depuis <<wd>>. Traitement <<prod>>.",
               "Coucou <<og>>, pour garder <<pet>> : croquettes matin et soir, <<pet2>> a son traitement à 18h. La clé est chez <<o2>>. Retour le <<nd>>."],
        "nl": ["Patiënt: <<pet>>, hond, geb. <<pdob>>\nEigenaar: <<orv>>\nAdres: <<a>>\nE-mail: <<e>>\nAnamnese: kreupel sinds <<wd>>. Behandeling <<prod>>.",
               "Hoi <<og>>, oppasnotities: <<pet>> krijgt 2x per dag brokjes, <<pet2>> zijn pilletje om 18u. Reservesleutel ligt bij <<o2>>. We zijn <<nd>> terug."],
        "it": ["Paziente: <<pet>>, cane, nato il <<pdob>>\nProprietario: <<orv>>\nIndirizzo: <<a>>\nEmail: <<e>>\nAnamnesi: zoppia da <<wd>>. Terapia <<prod>>.",
               "Ciao <<og>>, appunti per il pet sitting: <<pet>> mangia mattina e sera, <<pet2>> prende la pastiglia alle 18. La chiave di riserva ce l'ha <<o2>> al secondo piano. Torniamo il <<nd>>."],
    }
    ch = R.randrange(len(T[lang]))
    return b.f(T[lang][ch], **kw), ch


def club(lang, reg, free):
    b = B()
    m, m2 = pp(lang, reg), pp(lang, reg)
    dt, d1 = dob(lang, reg, 1950, 2014)
    kw = dict(m=P(m.full), mr=P(m.form(R.choice(["rev", "caps", "sur_caps"]))), mg=P(m.given), ms=P(m.sur), m2=P(m2.full),
              d1=D(d1), a=A(addr(lang, reg, R.random() < 0.5)), e=E(m.email()), nd=ND(lang, reg), code=code("M"),
              team=team(), org=org(lang), wd=wd(lang), age=str(dt.age()))
    if free:
        T = {"de": "Mitgliederversammlung am <<wd>>: Beitrag 2026 bleibt bei 180 €. Trikotsponsor <<org>> verlängert, Testspiel gegen die U19 von <<team>> am <<nd>>.",
             "nl": "Ledenvergadering op <<wd>>: contributie blijft gelijk. Shirtsponsor <<org>> verlengt, oefenduel tegen de jeugd van <<team>> op <<nd>>.",
             "en": "Renewals open for 2026. Fees unchanged. New kit from <<org>>, pre-season friendly against <<team>> juniors on <<nd>>. Training moves to <<wd>>.",
             "fr": "Assemblée générale le <<wd>> : cotisation inchangée. Sponsor <<org>> reconduit, match amical contre <<team>> le <<nd>>.",
             "it": "Assemblea soci <<wd>>: quota invariata. Lo sponsor <<org>> rinnova, amichevole con la Primavera della <<team>> il <<nd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "de": ["MITGLIEDSANTRAG / VERLÄNGERUNG\nName, Vorname: <<mr>>\nGeburtsdatum: <<d1>>\nAnschrift:\n<<a>>\nE-Mail: <<e>>\nAbteilung: Tennis\nEintritt: <<nd>>",
               "Hallo zusammen, ich möchte meine Mitgliedschaft verlängern. <<m>>, geb. <<d1>>, Mitgliedsnr. <<code>>. Meine neue Adresse: <<a>>. "
               "Außerdem melde ich meinen Sohn <<m2>> für die Jugend an."],
        "nl": ["INSCHRIJFFORMULIER / VERLENGING\nAchternaam: <<ms>>\nVoornaam: <<mg>>\nGeboortedatum: <<d1>>\nAdres: <<a>>\nE-mail: <<e>>\nAfdeling: hockey, veteranen",
               "Hoi, ik wil mijn lidmaatschap verlengen. <<m>>, geb. <<d1>>, lidnummer <<code>>. Nieuw adres: <<a>>. Ook schrijf ik <<m2>> in voor de jeugd."],
        "en": ["MEMBERSHIP RENEWAL 2026\nSurname: <<ms>>\nFirst name: <<mg>>\nDate of birth: <<d1>> (age <<age>>)\nAddress: <<a>>\nEmail: <<e>>\nGrade: Senior\nEmergency contact: <<m2>>",
               "hey can you help me fill in the club renewal. me: <<m>>, dob <<d1>>, address <<a>>. also adding <<m2>> as family member"],
        "fr": ["RENOUVELLEMENT D'ADHÉSION\nNom : <<ms>>\nPrénom : <<mg>>\nDate de naissance : <<d1>>\nAdresse : <<a>>\nCourriel : <<e>>\nSection : natation",
               "Bonjour, je renouvelle mon adhésion : <<m>>, née le <<d1>>, licence <<code>>. Nouvelle adresse : <<a>>. J'inscris aussi <<m2>>."],
        "it": ["RINNOVO TESSERAMENTO\nCognome: <<ms>>\nNome: <<mg>>\nData di nascita: <<d1>>\nResidenza: <<a>>\nEmail: <<e>>\nSezione: pallavolo",
               "Buongiorno, vorrei rinnovare la tessera. <<m>>, nato il <<d1>>, tessera <<code>>. Nuovo indirizzo: <<a>>. Iscrivo anche mio figlio <<m2>>."],
    }
    ch = R.randrange(2)
    return b.f(T[lang][ch], **kw), ch


def qso(lang, reg, free):
    b = B()
    def call():
        pre = R.choice(["K%d", "W%d", "N%d", "KD%d", "G%d", "M%d", "2E%d", "VK%d", "ZL%d", "ZS%d", "VE%d", "DL%d", "DK%d", "OE%d", "HB9"])
        if "%d" in pre:
            pre = pre % n(0, 9)
        return pre + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.randint(2, 3)))
    qths = ["Kassel", "Ballarat", "Dunedin", "Salzburg", "Boise", "Swindon", "Thun", "Durban", "Halifax"]
    rows = []
    op = pp(lang, reg)
    me = P(op.given)
    b.t({"en": "QSO log, portable op from the hill. Please tidy into ADIF-style columns.\n",
         "de": "Logbuch vom Fieldday, bitte als Tabelle aufbereiten.\n"}[lang] if R.random() < 0.5 else "")
    b.t("DATE       UTC   FREQ    MODE CALL      RST  NAME        QTH\n")
    for _ in range(R.randint(4, 7)):
        d = "%04d-%02d-%02d" % (n(2024, 2026), n(1, 12), n(1, 28))
        b.e(N("NEG_DATE", d)).t(" %02d%02d  %6.3f  %s  %-9s 59%d  " % (n(0, 23), n(0, 59), R.choice([7.074, 14.205, 14.074, 21.3, 3.71, 28.45]),
                                                                       R.choice(["SSB", "FT8", "CW "]), call(), n(5, 9)))
        if free:
            b.t("-           ")
        else:
            q = pp(R.choice(["en", "de", "nl", "it"]), reg)
            nm = q.given if R.random() < 0.7 else q.given.upper()
            b.e(P(nm)).t(" " * max(1, 12 - len(nm)))
        b.t(R.choice(qths) + "\n")
    if not free:
        kw = dict(me=me, mf=P(op.full), a=A(addr(lang, reg, True)), e=E(op.email()))
        b.f(R.choice({"en": ["\n73 de <<me>>. QSL direct to:\n<<mf>>\n<<a>>\nor via eQSL, <<e>>",
                             "\nop <<me>>, QSL via bureau. Direct cards: <<mf>>, <<a>>"],
                      "de": ["\nvy 73, <<me>>. QSL direkt an:\n<<mf>>\n<<a>>", "\nOP <<me>>, QSL via Büro oder an <<e>>"]}[lang]), **kw)
    else:
        b.f("\nRig: <<p>>, 40 W into an EFHW. Contest: <<c>>.", p=N("NEG_PRODUCT", R.choice(["Icom IC-7300", "Yaesu FT-891", "Elecraft KX3"])),
            c=N("NEG_TERM", R.choice(["CQ WW DX", "IARU HF Championship", "Field Day", "WAE DX Contest"])))
    return b, 0


def library(lang, reg, free):
    b = B()
    authors = {"en": ["Richard Osman", "Sally Rooney", "Chimamanda Ngozi Adichie", "Agatha Christie", "Stephen King", "Bernardine Evaristo"],
               "nl": ["Herman Koch", "Annie M.G. Schmidt", "Tommy Wieringa", "Arnon Grunberg"],
               "de": ["Juli Zeh", "Daniel Kehlmann", "Cornelia Funke", "Sebastian Fitzek"]}
    titles = {"en": ["The Thursday Murder Club", "Normal People", "Half of a Yellow Sun", "Murder on the Orient Express", "Holly", "Girl, Woman, Other"],
              "nl": ["Het diner", "Jip en Janneke", "Joe Speedboot", "Tirza"],
              "de": ["Unterleuten", "Die Vermessung der Welt", "Tintenherz", "Das Kind"]}
    pat = pp(lang, reg)
    (i1, i2) = R.sample(range(len(authors[lang])), 2)
    kw = dict(au=N("NEG_FAMOUS", authors[lang][i1]), ti=N("NEG_PRODUCT", titles[lang][i1]), au2=N("NEG_FAMOUS", authors[lang][i2]),
              ti2=N("NEG_PRODUCT", titles[lang][i2]), a=A(addr(lang, reg)),
              p=P(pat.form(R.choice(["rev", "caps", "sur_caps", "full"]))), pg=P(pat.given), e=E(pat.email()), nd=ND(lang, reg), wd=wd(lang),
              code=code("HOLD"),
              card=N("NEG_CODE", "2%013d" % n(10 ** 11, 10 ** 12)))
    if free:
        T = {"en": "Book club picks for spring: <<ti>> by <<au>>, then <<ti2>> by <<au2>>. Holds queue is long, place them before <<nd>>. Meeting <<wd>>s at 6.",
             "nl": "Leesclub dit voorjaar: <<ti>> van <<au>>, daarna <<ti2>> van <<au2>>. Reserveer voor <<nd>>. We komen op <<wd>> samen.",
             "de": "Lesekreis Frühjahr: <<ti>> von <<au>>, danach <<ti2>> von <<au2>>. Vormerkungen bis <<nd>>. Treffen immer <<wd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["HOLD SLIP\n<<p>>\nCard: <<card>>\nItem: <<ti>> / <<au>>\nPickup by: <<nd>>\n",
               "Dear <<pg>>, the item you reserved, <<ti>> by <<au>>, is ready at the Central branch until <<nd>>. Questions: reply to this email. Sent to <<e>>.",
               "patron moved, pls update: <<p>>, new address <<a>>. has 3 holds incl <<ti>>. card <<card>>"],
        "nl": ["RESERVERINGSBON\n<<p>>\nPas: <<card>>\nTitel: <<ti>> / <<au>>\nOphalen voor: <<nd>>",
               "Beste <<pg>>, uw reservering <<ti>> van <<au>> ligt klaar tot <<nd>>. Verstuurd naar <<e>>.",
               "lener verhuisd, graag aanpassen: <<p>>, nieuw adres <<a>>. pas <<card>>"],
        "de": ["VORMERKZETTEL\n<<p>>\nAusweis: <<card>>\nTitel: <<ti>> / <<au>>\nAbholen bis: <<nd>>",
               "Liebe/r <<pg>>, Ihre Vormerkung <<ti>> von <<au>> liegt bis <<nd>> bereit. Gesendet an <<e>>.",
               "Leser umgezogen, bitte ändern: <<p>>, neue Anschrift <<a>>, Ausweis <<card>>"],
    }
    ch = R.randrange(3)
    return b.f(T[lang][ch], **kw), ch


def courier(lang, reg, free):
    b = B()
    c, ag, dr = pp(lang, reg), pp(lang, reg), pp(lang, reg, g="m")
    couriers = {"IN": ["Blue Dart", "Delhivery", "Ekart"], "SG": ["Ninja Van", "SingPost", "J&T Express"], "NG": ["GIG Logistics", "DHL", "Kwik"],
                "UK": ["Evri", "Royal Mail", "DPD"], "MX": ["Estafeta", "DHL", "Redpack"], "AR": ["Andreani", "OCA", "Correo Argentino"],
                "CL": ["Chilexpress", "Starken", "Blue Express"], "BR": ["Correios", "Jadlog", "Loggi"], "PT": ["CTT", "DPD", "GLS"],
                "FR": ["Chronopost", "Colissimo", "Mondial Relay"], "CA": ["Purolator", "Postes Canada", "Intelcom"]}
    kw = dict(c=P(c.full), cg=P(c.given.lower() if R.random() < 0.4 else c.nick()), ag=P(ag.given), dr=P(dr.given), e=E(c.email()),
              a=A(addr(lang, reg)), nd=ND(lang, reg), code=code("ORD"), trk=N("NEG_CODE", "%s%09d%s" % (R.choice(["RR", "LX", "JD", "CX"]), n(10 ** 8, 10 ** 9 - 1), R.choice(["IN", "SG", "BR", "MX", "GB"]))),
              prod=prod(), org=N("NEG_ORG", R.choice(couriers[reg])))
    if free:
        T = {"en": "Claim for order <<code>> (<<prod>>), tracking <<trk>> via <<org>>: parcel marked delivered on <<nd>> but never received. What evidence should I attach to the dispute?",
             "es": "Reclamo del pedido <<code>> (<<prod>>), guía <<trk>> con <<org>>: aparece entregado el <<nd>> pero no llegó. ¿Qué pruebas adjunto?",
             "pt": "Reclamação do pedido <<code>> (<<prod>>), rastreio <<trk>> pelos <<org>>: consta entregue em <<nd>> mas não chegou. Que provas anexo?",
             "fr": "Litige commande <<code>> (<<prod>>), suivi <<trk>> via <<org>> : indiqué livré le <<nd>> mais jamais reçu. Quelles preuves joindre ?"}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["Support chat\n[<<ag>> - Seller Support]: Hi, thanks for waiting. Can you confirm the delivery address on order <<code>>?\n"
               "[<<cg>>]: <<a>>\n[<<cg>>]: tracking <<trk>> says delivered but the photo is someone elses gate. driver was <<dr>> per the app\n"
               "[<<ag>> - Seller Support]: I've opened a claim with <<org>>. Updates will go to <<e>>.",
               "To: claims@marketplace\nSubject: Dispute - order <<code>> not received\n\nMy name is <<c>>. The <<prod>> was shipped via <<org>> (<<trk>>) to <<a>> and "
               "marked delivered on <<nd>>. Nobody at this address signed. Please reply to <<e>>."],
        "es": ["Chat de soporte\n[<<ag>> - Atención]: Hola, ¿me confirmas la dirección del pedido <<code>>?\n[<<cg>>]: <<a>>\n[<<cg>>]: dice entregado pero no llegó nada, el repartidor fue <<dr>>\n"
               "[<<ag>> - Atención]: Abrí un reclamo con <<org>>. Te avisamos a <<e>>.",
               "Asunto: Reclamo pedido <<code>>\nSoy <<c>>. El <<prod>> se envió por <<org>> (<<trk>>) a <<a>> y figura entregado el <<nd>>. Nadie firmó. Respondan a <<e>>."],
        "pt": ["Chat do suporte\n[<<ag>> - Atendimento]: Oi! Pode confirmar o endereço do pedido <<code>>?\n[<<cg>>]: <<a>>\n[<<cg>>]: consta entregue mas não recebi, o entregador foi o <<dr>>\n"
               "[<<ag>> - Atendimento]: Abri uma reclamação nos <<org>>. Avisaremos em <<e>>.",
               "Assunto: Contestação pedido <<code>>\nSou <<c>>. O <<prod>> foi enviado pelos <<org>> (<<trk>>) para <<a>> e consta entregue em <<nd>>. Ninguém assinou."],
        "fr": ["Chat support\n[<<ag>> - Service client] : Bonjour, pouvez-vous confirmer l'adresse de la commande <<code>> ?\n[<<cg>>] : <<a>>\n[<<cg>>] : marqué livré mais rien reçu, livreur <<dr>>\n"
               "[<<ag>> - Service client] : J'ai ouvert une réclamation chez <<org>>. Réponse sur <<e>>.",
               "Objet : Litige commande <<code>>\nJe suis <<c>>. Le colis (<<prod>>) envoyé par <<org>> (<<trk>>) au <<a>> est indiqué livré le <<nd>>. Personne n'a signé."],
    }
    ch = R.randrange(2)
    return b.f(T[lang][ch], **kw), ch


def candidates(lang, reg, free):
    b = B()
    head = {"en": "Candidates for %s ward, in ballot order:\n" % R.choice(["Riverside", "Hillcrest", "Northgate", "Te Aro"]),
            "fr": "Liste des candidats (ordre de présentation) :\n", "de": "Wahlvorschlag, Reihung:\n", "nl": "Kandidatenlijst, volgorde:\n"}
    jobs = {"en": ["retired teacher", "nurse", "small business owner", "student", "electrician"],
            "fr": ["enseignante", "infirmier", "commerçante", "retraité", "étudiant"],
            "de": ["Lehrerin", "Pensionist", "Tischler", "Studentin", "Landwirt"], "nl": ["docent", "verpleegkundige", "ondernemer", "student"]}
    parties = {"CA": ["Independent", "NDP", "Liberal", "Conservative", "Green"], "NZ": ["Independent", "Labour", "National", "Green", "ACT"],
               "UK": ["Independent", "Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK"], "AU": ["Independent", "Labor", "Liberal", "Greens"],
               "IE": ["Independent", "Fianna Fáil", "Fine Gael", "Sinn Féin", "Labour"], "BE": ["Ecolo", "MR", "PS", "Les Engagés", "N-VA", "Vooruit"],
               "FR": ["Divers gauche", "Divers droite", "Les Écologistes", "Renaissance"], "AT": ["ÖVP", "SPÖ", "Grüne", "NEOS", "Liste Bürgerforum"],
               "DE": ["CDU", "SPD", "Grüne", "FDP", "Freie Wähler"], "NL": ["GroenLinks-PvdA", "VVD", "CDA", "D66", "Lokaal Belang"]}[reg]
    if free:
        b.f({"en": "How do ward boundaries work for the <<d>> by-election? The <<o>> and <<o2>> lists mention <<pl>> twice. Polling closes at 8pm on <<wd>>.",
             "fr": "Comment fonctionne le vote en case de tête pour le <<d>> ? Les listes <<o>> et <<o2>> citent <<pl>>.",
             "de": "Wie funktionieren Vorzugsstimmen bei der Wahl am <<d>>? Die Listen <<o>> und <<o2>> erwähnen <<pl>>.",
             "nl": "Hoe werkt een voorkeurstem bij de verkiezing van <<d>>? De lijsten <<o>> en <<o2>> noemen <<pl>>."}[lang],
            d=ND(lang, reg, "long"), o=N("NEG_ORG", R.choice(parties)), o2=N("NEG_ORG", R.choice(parties)), pl=place(lang), wd=wd(lang))
        return b, 9
    v = R.randrange(2)
    if v == 0:
        b.t(head[lang])
        for i in range(R.randint(4, 8)):
            c = pp(lang, reg)
            b.t("%d. " % (i + 1)).e(P(c.form(R.choice(["sur_caps", "sur_caps", "rev", "full"])))).t(", %d, %s" % (n(1950, 2005), R.choice(jobs[lang])))
            b.t(" (" + R.choice(parties) + ")\n" if R.random() < 0.6 else "\n")
        b.t({"en": "\nRewrite as a short neutral paragraph for the local paper.", "fr": "\nRésume en une phrase neutre.",
             "de": "\nBitte als neutralen Absatz formulieren.", "nl": "\nMaak er een neutrale alinea van."}[lang])
    else:
        b.t({"en": "POLL WORKER ROSTER - station %d\nRole | Name | DOB | Phone ext.\n" % n(1, 60),
             "fr": "BUREAU DE VOTE n° %d - assesseurs\nFonction | Nom | Date de naissance\n" % n(1, 60),
             "de": "WAHLBEISITZER Sprengel %d\nFunktion | Name | Geburtsdatum\n" % n(1, 60),
             "nl": "STEMBUREAU %d - leden\nFunctie | Naam | Geboortedatum\n" % n(1, 60)}[lang])
        roles = {"en": ["Presiding officer", "Clerk", "Clerk", "Greeter"], "fr": ["Président", "Assesseur", "Assesseur", "Secrétaire"],
                 "de": ["Wahlleiter", "Beisitzer", "Beisitzerin", "Schriftführer"], "nl": ["Voorzitter", "Lid", "Lid", "Teller"]}[lang]
        for r in roles:
            c = pp(lang, reg)
            b.t(r + " | ").e(P(c.form(R.choice(["full", "rev", "caps"])))).t(" | ").e(D(dob(lang, reg, 1948, 2006, "num")[1]))
            b.t(" | %d\n" % n(100, 999) if lang == "en" else "\n")
        b.t({"en": "Shift: ", "fr": "Scrutin : ", "de": "Wahltag: ", "nl": "Verkiezing: "}[lang]).e(ND(lang, reg, "long"))
    return b, v


def academic(lang, reg, free):
    b = B()
    s, s2 = pp(lang, reg), pp(lang, reg)
    cm = [pp(lang, reg) for _ in range(3)]
    dt, d1 = dob(lang, reg, 1978, 2004)
    kw = dict(s=P(s.full), sr=P(s.form(R.choice(["rev", "caps", "sur_caps"]))), sg=P(s.given), c0=P(cm[0].full), c1=P(cm[1].full),
              c2=P(cm[2].form(R.choice(["full", "init"]))), d1=D(d1), nd=ND(lang, reg, "long"), nd2=ND(lang, reg), e=E(s.email(R.choice(["student.uni.edu", "stud.uni-koeln.de", "studenti.unibo.it", "alumnos.uam.es", "ox.ac.uk"]))),
              a=A(addr(lang, reg)), fam=fam(lang), id=N("NEG_CODE", "%d" % n(10 ** 7, 10 ** 8)), org=org(lang))
    if free:
        T = {"en": "Thesis formatting question: my committee wants citations of <<fam>> in Chicago style and the defence is <<nd>>. Also is student ID <<id>> needed on the title page?",
             "de": "Frage zur Abschlussarbeit: Zitierweise bei <<fam>>, Abgabe bis <<nd>>. Muss die Matrikelnummer <<id>> aufs Deckblatt?",
             "it": "Domanda sulla tesi: come cito <<fam>>? La discussione è il <<nd>>. Serve la matricola <<id>> in copertina?",
             "es": "Duda sobre el TFM: ¿cómo cito a <<fam>>? La defensa es el <<nd>>. ¿Va el expediente <<id>> en la portada?"}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["OFFICIAL TRANSCRIPT (unofficial copy)\nName: <<sr>>\nStudent ID: <<id>>\nDate of Birth: <<d1>>\nProgram: MSc Data Science\n"
               "Term  Course           Grade\nF24   STAT 501         A\nF24   CS 522           B+\nDegree conferred: <<nd>>",
               "THESIS COMMITTEE\nCandidate: <<s>> (<<e>>)\nChair: Prof. <<c0>>\nMembers: Dr. <<c1>>, Dr. <<c2>>\nDefence date: <<nd>>\n\nPlease draft the invitation email to the committee."],
        "de": ["NOTENSPIEGEL\nName, Vorname: <<sr>>\nMatrikelnummer: <<id>>\ngeboren am: <<d1>>\nStudiengang: M.Sc. Physik\nAbschluss: <<nd>>",
               "Prüfungskommission Masterarbeit\nKandidat/in: <<s>>, <<e>>\nErstgutachter: Prof. Dr. <<c0>>\nZweitgutachterin: Dr. <<c1>>\nVorsitz: <<c2>>\nKolloquium: <<nd>>"],
        "it": ["CERTIFICATO ESAMI\nCognome e nome: <<sr>>\nMatricola: <<id>>\nNato/a il: <<d1>>\nCorso: Laurea magistrale in Economia\nData di laurea: <<nd>>",
               "Commissione di laurea\nLaureando/a: <<s>> (<<e>>)\nRelatore: prof. <<c0>>\nCorrelatrice: prof.ssa <<c1>>\nControrelatore: <<c2>>\nSeduta: <<nd>>"],
        "es": ["CERTIFICADO ACADÉMICO\nApellidos, nombre: <<sr>>\nN.º expediente: <<id>>\nFecha de nacimiento: <<d1>>\nTitulación: Máster en Ingeniería\nFecha de expedición: <<nd>>",
               "Tribunal de tesis\nDoctorando/a: <<s>> (<<e>>)\nPresidente: Dr. <<c0>>\nVocal: Dra. <<c1>>\nSecretario: <<c2>>\nLectura: <<nd>>"],
    }
    ch = R.randrange(2)
    return b.f(T[lang][ch], **kw), ch


def trial(lang, reg, free):
    b = B()
    site = {"en": "SCREENING LOG - Study %s, Site %d\n", "fr": "REGISTRE DE PRÉSÉLECTION - Étude %s, centre %d\n",
            "de": "SCREENING-LOG - Studie %s, Zentrum %d\n"}[lang] % ("HX-%d" % n(100, 999), n(1, 40))
    cols = {"en": "Screen# | Patient | DOB | Age | Screened | Outcome\n", "fr": "N° | Patient | Date de naissance | Âge | Vu le | Issue\n",
            "de": "Nr. | Patient/in | Geb.-Datum | Alter | Screening | Ergebnis\n"}[lang]
    outs = {"en": ["eligible", "screen fail (eGFR)", "declined", "randomised"], "fr": ["éligible", "échec (HbA1c)", "refus", "randomisé"],
            "de": ["geeignet", "Screening-Failure", "abgelehnt", "randomisiert"]}[lang]
    if free:
        b.t(site).t(cols)
        for i in range(R.randint(3, 5)):
            b.t("S%03d | [redacted] | [redacted] | %d | " % (i + 1, n(40, 80))).e(ND(lang, reg, "iso")).t(" | %s\n" % R.choice(outs))
        b.f({"en": "Sponsor: <<o>>. IMP: <<p>>. Monitoring visit <<wd>>.", "fr": "Promoteur : <<o>>. Produit : <<p>>. Visite de monitoring <<wd>>.",
             "de": "Sponsor: <<o>>. Prüfpräparat: <<p>>. Monitoring am <<wd>>."}[lang],
            o=N("NEG_ORG", R.choice(["Novartis", "Roche", "Johnson & Johnson", "Boehringer Ingelheim", "Sanofi"])),
            p=N("NEG_PRODUCT", R.choice(["HX-4410 100 mg", "Ozempic", "Keytruda", "placebo"])), wd=wd(lang))
        return b, 9
    v = R.randrange(2)
    if v == 0:
        b.t(site).t(cols)
        for i in range(R.randint(3, 6)):
            c = pp(lang, reg)
            dt, d = dob(lang, reg, 1940, 1995, R.choice(["iso", "num"]))
            b.t("S%03d | " % (i + 1)).e(P(c.form(R.choice(["rev", "full", "sur_caps"])))).t(" | ").e(D(d)).t(" | %d | " % dt.age())
            b.e(ND(lang, reg, "iso")).t(" | %s\n" % R.choice(outs))
        b.t({"en": "\nSummarise screen-fail reasons.", "fr": "\nRésume les motifs d'échec.", "de": "\nFasse die Ausschlussgründe zusammen."}[lang])
    else:
        c, co = pp(lang, reg), pp(lang, reg)
        dt, d = dob(lang, reg, 1940, 1990)
        b.f({"en": "Pre-screen call note: spoke with <<c>> (<<d>>, <<age>>y), referred by Dr <<co>>. Lives at <<a>>, 40 min from site. "
                   "Interested, consent visit booked <<nd>>. Email <<e>>.",
             "fr": "Note de présélection : appel avec <<c>> (née le <<d>>, <<age>> ans), adressée par le Dr <<co>>. Domicile : <<a>>. Visite de consentement le <<nd>>.",
             "de": "Vorscreening-Telefonat mit <<c>> (geb. <<d>>, <<age>> J.), Zuweisung durch Dr. <<co>>. Wohnt <<a>>. Aufklärungstermin am <<nd>>. E-Mail <<e>>."}[lang],
            c=P(c.full), d=D(d), age=str(dt.age()), co=P(co.sur), a=A(addr(lang, reg)), nd=ND(lang, reg), e=E(c.email()))
    return b, v


def homecare(lang, reg, free):
    b = B()
    carer = pp(lang, reg)
    head = {"en": "Visit schedule for %s - %s", "nl": "Routeplanning %s - %s", "de": "Tourenplan %s - %s"}[lang]
    tasks = {"en": ["personal care", "meds prompt", "lunch + meds", "tea visit", "shower (2 carers)", "night check"],
             "nl": ["ADL hulp", "medicatie", "steunkousen", "douchen", "avondronde"],
             "de": ["Grundpflege", "Medikamentengabe", "Kompressionsstrümpfe", "Duschen", "Abendrunde"]}[lang]
    if free:
        b.f({"en": "Rota template for <<wd>>: 08:00 personal care, 12:30 meds prompt, 17:00 tea visit. Mileage via <<pl>>. Staff app <<prod>> <<v>> keeps logging out.",
             "nl": "Sjabloon rooster <<wd>>: 08:00 ADL, 12:30 medicatie, 17:00 avondronde. Route via <<pl>>. De app <<prod>> <<v>> crasht steeds.",
             "de": "Vorlage Tourenplan <<wd>>: 08:00 Grundpflege, 12:30 Medikamente, 17:00 Abendrunde. Fahrt über <<pl>>. App <<prod>> <<v>> stürzt ab."}[lang],
            wd=wd(lang), pl=place(lang), prod=N("NEG_PRODUCT", R.choice(["CareLink", "Nedap Ons", "Vivenio", "Birdie"])), v=ver())
        return b, 9
    v = R.randrange(2)
    if v == 0:
        b.t(head % (R.choice(WEEKDAYS[lang]), "")).e(P(carer.form(R.choice(["full", "given"])))).t("\n\n")
        times = sorted(clock() for _ in range(R.randint(3, 5)))
        for tm in times:
            cl = pp(lang, reg)
            b.t(tm + "  ")
            if R.random() < 0.5:
                b.t(cl.title() + " ").e(P(cl.sur))
            else:
                b.e(P(cl.form(R.choice(["full", "rev", "caps"]))))
            b.t("  -  ").e(A(addr(lang, reg))).t("  -  " + R.choice(tasks) + "\n")
        b.t({"en": "\nkey safe codes in the app. ", "nl": "\nsleutelkluis codes in de app. ", "de": "\nSchlüsselsafe-Codes in der App. "}[lang])
    else:
        cl, fam_ = pp(lang, reg), pp(lang, reg)
        dt, d = dob(lang, reg, 1925, 1950)
        b.f({"en": "Handover: <<ttl>> <<cl>> (DOB <<d>>), <<a>>. Daughter <<f>> visits Sundays, contact <<e>>. Carer today: <<c>>. Skin on left heel red, reported to district nurse. "
                   "Next review <<nd>>.",
             "nl": "Overdracht: <<ttl>> <<cl>> (geb. <<d>>), <<a>>. Dochter <<f>> komt op zondag, mail <<e>>. Zorg vandaag: <<c>>. Hiel links rood, wijkverpleging ingelicht. Evaluatie <<nd>>.",
             "de": "Übergabe: <<ttl>> <<cl>> (geb. <<d>>), <<a>>. Tochter <<f>> kommt sonntags, E-Mail <<e>>. Heute im Dienst: <<c>>. Ferse links gerötet, Hausarzt informiert. Evaluation <<nd>>."}[lang],
            ttl=cl.title(), cl=P(cl.sur if R.random() < 0.5 else cl.full), d=D(d), a=A(addr(lang, reg)), f=P(fam_.given), e=E(fam_.email()),
            c=P(carer.given), nd=ND(lang, reg))
    return b, v


def landlord(lang, reg, free):
    b = B()
    ll, tn, tn2 = pp(lang, reg), pp(lang, reg), pp(lang, reg)
    kw = dict(ll=P(ll.given), llf=P(ll.full), tn=P(tn.given), tnf=P(tn.full), tn2=P(tn2.given), a=A(addr(lang, reg)), nd=ND(lang, reg),
              nd2=ND(lang, reg), e=E(tn.email()), wd=wd(lang), prod=N("NEG_PRODUCT", R.choice(["Vaillant ecoTEC", "Bosch Serie 4", "Samsung EcoBubble", "Worcester Bosch"])),
              org=org(lang), ttl=ll.title())
    if free:
        T = {"en": "Is a landlord allowed to keep the deposit for a broken <<prod>> if the check-in report dated <<nd>> says it was already faulty? Lease ends <<wd>>.",
             "es": "¿Puede el casero quedarse la fianza por una <<prod>> rota si el inventario del <<nd>> ya decía que fallaba? El contrato acaba el <<wd>>.",
             "fr": "Le propriétaire peut-il garder la caution pour un <<prod>> cassé si l'état des lieux du <<nd>> le signalait déjà ? Bail fini <<wd>>.",
             "it": "Il proprietario può trattenere la cauzione per una <<prod>> rotta se il verbale del <<nd>> la segnalava già? Contratto finisce <<wd>>."}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["hi <<ll>> its <<tn>> from the top flat, the boiler's out again (<<prod>>), no hot water since <<wd>>. can someone come before <<nd>>? also <<tn2>> moved out so its just me now",
               "Dear <<tnf>>,\nThis is formal notice that the rent for <<a>> will increase from <<nd>>. Please sign and return by <<nd2>>.\n<<llf>>\n\nIs this notice legal in my state? (I'm the tenant, my email is <<e>>)"],
        "es": ["hola <<ll>>, soy <<tn>> del 3ºB, la <<prod>> otra vez no funciona desde el <<wd>>. ¿puede venir alguien antes del <<nd>>? <<tn2>> ya se mudó",
               "Estimado/a <<tnf>>:\nLe comunico que la renta de la vivienda sita en <<a>> se actualizará a partir del <<nd>>.\nAtentamente, <<llf>>\n\n¿Es legal? Soy la inquilina, <<e>>"],
        "fr": ["bonjour <<ll>>, c'est <<tn>> du 2e, la <<prod>> est encore en panne depuis <<wd>>. quelqu'un peut passer avant le <<nd>> ? <<tn2>> a déménagé",
               "<<tnf>>,\nPar la présente je vous informe que le loyer du logement situé <<a>> sera révisé au <<nd>>.\n<<llf>>\n\nC'est légal ? Je suis la locataire (<<e>>)"],
        "it": ["ciao <<ll>>, sono <<tn>> del terzo piano, la caldaia (<<prod>>) è di nuovo rotta da <<wd>>. può passare qualcuno prima del <<nd>>? <<tn2>> si è trasferita",
               "Gentile <<tnf>>,\ncon la presente comunico l'aggiornamento ISTAT del canone per l'immobile in <<a>> dal <<nd>>.\n<<llf>>\n\nÈ regolare? Sono l'inquilina, <<e>>"],
    }
    ch = R.randrange(2)
    return b.f(T[lang][ch], **kw), ch


def nanny(lang, reg, free):
    b = B()
    p1, p2, nn = pp(lang, reg), pp(lang, reg), pp(lang, reg)
    kids = [pp(lang, reg) for _ in range(2)]
    for k in kids:
        k.sur = p1.sur
    ds = [dob(lang, reg, 2015, 2024)[1] for _ in kids]
    kw = dict(p1=P(p1.full), p2=P(p2.full), nn=P(nn.full), nng=P(nn.given), k0=P(kids[0].given), k1=P(kids[1].given), d0=D(ds[0]), d1=D(ds[1]),
              nd=ND(lang, reg, "long"), a=A(addr(lang, reg, R.random() < 0.5)), e=E(nn.email()), dn=D(dob(lang, reg, 1975, 2004)[1]),
              fic=fic(lang), wd=wd(lang))
    if free:
        T = {"en": "Template nanny agreement: hours Mon-Thu, 15 days holiday, start date <<nd>>. No screens except <<fic>> on <<wd>>s. What clauses am I missing?",
             "de": "Vorlage Betreuungsvertrag: Mo-Do, 25 Urlaubstage, Beginn <<nd>>. Fernsehen nur <<fic>> am <<wd>>. Was fehlt noch?",
             "fr": "Modèle de contrat de gardienne : lundi-jeudi, début le <<nd>>. Écrans seulement pour <<fic>> le <<wd>>. Quelles clauses ajouter ?"}
        return b.f(T[lang], **kw), 9
    T = {
        "en": "NANNY AGREEMENT\nBetween <<p1>> and <<p2>> (\"the Parents\"), of\n<<a>>\nand <<nn>> (date of birth <<dn>>, <<e>>) (\"the Nanny\").\n"
              "Children: <<k0>> (born <<d0>>) and <<k1>> (born <<d1>>).\nStart date: <<nd>>. Hours: 8am-6pm Mon-Thu.\n\nCan you tighten this up and add a sick-pay clause?",
        "de": "BETREUUNGSVERTRAG\nzwischen <<p1>> und <<p2>>, wohnhaft\n<<a>>\nund <<nn>> (geb. <<dn>>, <<e>>).\nBetreute Kinder: <<k0>> (geb. <<d0>>), <<k1>> (geb. <<d1>>).\n"
              "Beginn: <<nd>>. Mo-Do 8-18 Uhr.\n\n" + ("Kannst du das in gutes Schweizer Hochdeutsch bringen?" if reg == "CH" else "Kannst du das rechtlich sauberer formulieren?"),
        "fr": "ENTENTE DE GARDE\nEntre <<p1>> et <<p2>>, domiciliés au\n<<a>>\net <<nn>> (née le <<dn>>, <<e>>).\nEnfants : <<k0>> (né le <<d0>>) et <<k1>> (née le <<d1>>).\n"
              "Début : <<nd>>. Horaire : lundi au jeudi.\n\nPeux-tu ajouter une clause de préavis?",
    }
    return b.f(T[lang], **kw), 0


def invoice(lang, reg, free):
    b = B()
    me, cl = pp(lang, reg), pp(lang, reg)
    kw = dict(me=P(me.full), mee=E(me.email()), mea=A(addr(lang, reg, True)), cl=P(cl.full), cla=A(addr(lang, reg, True)),
              nd=ND(lang, reg), nd2=ND(lang, reg), code=code("INV"), org=org(lang), prod=prod())
    if free:
        T = {"en": "Invoice <<code>> dated <<nd>>, due <<nd2>>: 12 h UX review for the <<org>> <<prod>> app at 85/h. Is 'net 30' or 'net 14' more usual for freelancers?",
             "de": "Rechnung <<code>> vom <<nd>>, fällig <<nd2>>: 12 Std. Lektorat für <<org>>. Kleinunternehmerregelung, muss da ein Hinweis drauf?",
             "nl": "Factuur <<code>> van <<nd>>, vervaldatum <<nd2>>: 12 uur copywriting voor <<org>>. KOR-vermelding nodig?",
             "pt": "Fatura <<code>> de <<nd>>, vence <<nd2>>: 12 h de design para a <<org>>. Preciso pôr o NIF do cliente?",
             "es": "Factura <<code>> del <<nd>>, vence <<nd2>>: 12 h de traducción para <<org>>. ¿Hace falta poner el CUIT?"}
        return b.f(T[lang], **kw), 9
    T = {
        "en": "INVOICE <<code>>\nFrom:\n<<me>>\n<<mea>>\n<<mee>>\n\nBill to:\n<<cl>>\n<<cla>>\n\nDate: <<nd>>\nDue: <<nd2>>\nCopywriting, 3 articles ........ 450.00\n\nmake this look more professional",
        "de": "RECHNUNG <<code>>\n<<me>>\n<<mea>>\n<<mee>>\n\nAn:\n<<cl>>\n<<cla>>\n\nRechnungsdatum: <<nd>>\nZahlbar bis: <<nd2>>\nLektorat, 40 Normseiten ........ 520,00 €",
        "nl": "FACTUUR <<code>>\n<<me>>\n<<mea>>\n<<mee>>\n\nAan:\n<<cl>>\n<<cla>>\n\nFactuurdatum: <<nd>>\nVervaldatum: <<nd2>>\nFotografie, halve dag ........ € 395,00",
        "pt": "FATURA <<code>>\n<<me>>\n<<mea>>\n<<mee>>\n\nCliente:\n<<cl>>\n<<cla>>\n\nData: <<nd>>\nVencimento: <<nd2>>\nDesign de logotipo ........ 600,00",
        "es": "FACTURA <<code>>\n<<me>>\n<<mea>>\n<<mee>>\n\nCliente:\n<<cl>>\n<<cla>>\n\nFecha: <<nd>>\nVencimiento: <<nd2>>\nTraducción jurada, 8 páginas ........ $ 96.000",
    }
    if R.random() < 0.4:
        T2 = {"en": "Freelance contract between <<me>> (<<mee>>) and <<cl>>, of <<cla>>, effective <<nd>>. Scope: editing. Can you add an IP clause?",
              "de": "Werkvertrag zwischen <<me>> (<<mee>>) und <<cl>>, <<cla>>, gültig ab <<nd>>. Bitte eine Klausel zu Nutzungsrechten ergänzen.",
              "nl": "Overeenkomst van opdracht tussen <<me>> (<<mee>>) en <<cl>>, <<cla>>, ingangsdatum <<nd>>. Voeg een IE-clausule toe.",
              "pt": "Contrato de prestação de serviços entre <<me>> (<<mee>>) e <<cl>>, <<cla>>, a partir de <<nd>>. Acrescente cláusula de direitos autorais.",
              "es": "Contrato de locación de servicios entre <<me>> (<<mee>>) y <<cl>>, <<cla>>, vigente desde el <<nd>>. Agregá una cláusula de propiedad intelectual."}
        kw["mea"] = A(addr(lang, reg))
        kw["cla"] = A(addr(lang, reg))
        return b.f(T2[lang], **kw), 1
    return b.f(T[lang], **kw), 0


def crowdfunding(lang, reg, free):
    b = B()
    tiers = ["Early Bird", "Supporter", "Deluxe Box", "Founder", "Digital only"]
    if free:
        b.f({"en": "Backer survey locked on <<nd>>. Tier counts: Early Bird 412, Deluxe Box 88. Shipping partner <<o>>, stretch goal unlocked a <<fic>> enamel pin. "
                   "Pledge manager version <<v>>. Write the update post.",
             "de": "Umfrage geschlossen am <<nd>>. Early Bird 412, Deluxe Box 88. Versand über <<o>>, Stretch Goal: <<fic>>-Pin. Schreib das Update.",
             "es": "Encuesta cerrada el <<nd>>. Early Bird 412, Deluxe 88. Envíos con <<o>>, meta extra: pin de <<fic>>. Redacta la actualización.",
             "pt": "Pesquisa fechada em <<nd>>. Early Bird 412, Deluxe 88. Envio pela <<o>>, meta extra: pin de <<fic>>. Escreva a atualização."}[lang],
            nd=ND(lang, reg), o=N("NEG_ORG", R.choice(["DHL", "Easyship", "Correos", "Correios", "Royal Mail"])), fic=fic(lang), v=ver())
        return b, 9
    v = R.randrange(3)
    if v == 0:
        b.t("backer_id,name,email,tier,pledge,shipping_address\n")
        for i in range(R.randint(3, 5)):
            c = pp(lang, reg)
            rg = R.choice(REGIONS[lang])
            b.t("%d," % n(100000, 999999)).e(P(c.form(R.choice(["full", "full", "lower", "caps"])))).t(",").e(E(c.email())).t(",%s,%d," % (R.choice(tiers), n(15, 250)))
            b.t('"').e(A(addr(lang, rg))).t('"\n')
        b.t({"en": "\nwhich of these backers are outside the EU?", "de": "\nWelche Unterstützer wohnen außerhalb der EU?",
             "es": "\n¿Quiénes viven fuera de la UE?", "pt": "\nQuem mora fora da UE?"}[lang])
    elif v == 1:
        b.t({"en": "Thank-you wall (printed in the book):\n", "de": "Danke an alle Unterstützer:innen:\n", "es": "Gracias a nuestros mecenas:\n",
             "pt": "Obrigado aos nossos apoiadores:\n"}[lang])
        people = [pp(lang, reg) for _ in range(R.randint(6, 10))]
        for i, c in enumerate(people):
            b.e(P(c.form(R.choice(["full", "full", "init", "given", "lower"]))))
            b.t(", " if i < len(people) - 2 else ({"en": " and ", "de": " und ", "es": " y ", "pt": " e "}[lang] if i == len(people) - 2 else ""))
        b.f({"en": " - and the anonymous backer from <<pl>>.", "de": " - und die anonyme Person aus <<pl>>.", "es": ", y el mecenas anónimo de <<pl>>.",
             "pt": " e o apoiador anônimo de <<pl>>."}[lang], pl=N("NEG_PLACE", R.choice(["Reykjavík", "Ouagadougou", "Tasmania", "Patagonia", "Bavaria"])))
    else:
        c = pp(lang, reg)
        b.f({"en": "Backer message: hi it's <<c>>, I moved! please send my Deluxe Box to <<a>> instead. same email <<e>>. thanks and good luck!!",
             "de": "Nachricht von Unterstützer: Hallo, hier <<c>>, ich bin umgezogen. Bitte die Deluxe Box an <<a>> schicken. E-Mail bleibt <<e>>.",
             "es": "Mensaje de mecenas: hola, soy <<c>>, me mudé! manden mi caja a <<a>>. el mail sigue siendo <<e>>",
             "pt": "Mensagem do apoiador: oi, aqui é <<c>>, mudei de endereço! mandem a caixa para <<a>>. email continua <<e>>"}[lang],
            c=P(c.form(R.choice(["full", "lower", "given"]))), a=A(addr(lang, reg)), e=E(c.email()))
    return b, v


def tutoring(lang, reg, free):
    b = B()
    subj = {"en": ["A-Math", "Physics", "GP", "Chemistry", "English comprehension"], "es": ["Matemáticas", "Física", "PAES Lenguaje", "Química"]}[lang]
    if free:
        b.f({"en": "Tutoring centre timetable: Sec 3 <<s>> <<wd>> 4-6pm, Sec 4 prelim revision from <<nd>>. Using <<p>> worksheets. Price list attached. Please format as a poster.",
             "es": "Horario del preu: <<s>> el <<wd>> de 16 a 18, ensayo general el <<nd>>. Material de <<p>>. Arma un afiche."}[lang],
            s=term(R.choice(subj)), wd=wd(lang), nd=ND(lang, reg, "long"), p=N("NEG_ORG", R.choice(["Pearson", "Oxford University Press", "Santillana", "Cambridge"])))
        return b, 9
    v = R.randrange(2)
    if v == 0:
        b.t({"en": "TUITION SIGN-UP SHEET\nStudent | Level | Subject | DOB | Parent | Contact email\n",
             "es": "INSCRIPCIÓN CLASES PARTICULARES\nAlumno | Curso | Ramo | Fecha nac. | Apoderado | Correo\n"}[lang])
        for _ in range(R.randint(3, 5)):
            s, par = pp(lang, reg), pp(lang, reg)
            b.e(P(s.form(R.choice(["full", "full", "caps", "rev"])))).t(" | %s | %s | " % (R.choice({"SG": ["Sec 2", "Sec 4", "JC1", "P6"], "IN": ["Class 10", "Class 12", "Class 8"], "NG": ["SS2", "SS3", "JSS3"],
                                                                                                   "UK": ["Year 10", "Year 11", "Year 13"], "ZA": ["Grade 10", "Grade 12", "Grade 9"]}.get(reg, ["3° medio", "4° medio", "2° medio", "8° básico"])), R.choice(subj)))
            b.e(D(dob(lang, reg, 2006, 2014, R.choice(["num", "short"]))[1])).t(" | ").e(P(par.form(R.choice(["full", "init"])))).t(" | ").e(E(par.email())).t("\n")
    else:
        s, par, tt = pp(lang, reg), pp(lang, reg), pp(lang, reg)
        dt, d = dob(lang, reg, 2007, 2014)
        b.f({"en": "hi teacher <<t>>, i'm <<par>>'s mum, want to sign up <<s>> for Sec 3 maths. born <<d>>, she is <<age>> this year. we stay at <<a>>, can you do home tuition on <<wd>>? email <<e>>",
             "es": "hola profe <<t>>, soy apoderada de <<s>>, quiero inscribirlo en matemáticas. nació el <<d>>, tiene <<age>>. vivimos en <<a>>, ¿puede venir el <<wd>>? mi correo <<e>>"}[lang],
            t=P(tt.given), par=P(s.given) if lang == "en" else P(par.full), s=P(s.full), d=D(d), age=str(dt.age()), a=A(addr(lang, reg)), wd=wd(lang), e=E(par.email()))
    return b, v


def wedding(lang, reg, free):
    b = B()
    kin = {"en": [("Grandma", "f"), ("Uncle", "m"), ("Aunty", "f"), ("Nan", "f"), ("Grandad", "m")],
           "it": [("Nonna", "f"), ("Zio", "m"), ("Zia", "f"), ("Nonno", "m")],
           "pt": [("Vó", "f"), ("Tio", "m"), ("Tia", "f"), ("Padrinho", "m"), ("Vovô", "m")]}[lang]
    if free:
        b.f({"en": "Seating chart ideas: name tables after <<pl>> landmarks or after <<fam>> songs? Venue is <<o>>, date <<nd>>. Table 1 seats 10.",
             "it": "Idee per il tableau: tavoli con i nomi di <<pl>> o canzoni di <<fam>>? Location <<o>>, data <<nd>>.",
             "pt": "Ideias para o mapa de mesas: nomes de lugares como <<pl>> ou músicas do <<fam>>? Local <<o>>, data <<nd>>."}[lang],
            pl=place(lang), fam=fam(lang), o=N("NEG_ORG", R.choice(["Villa Medici", "Quinta da Regaleira", "The Old Rectory", "Castello di Rivalta"])), nd=ND(lang, reg, "long"))
        return b, 9
    v = R.randrange(2)
    lab = {"en": "Table", "it": "Tavolo", "pt": "Mesa"}[lang]
    if v == 0:
        b.t({"en": "SEATING CHART (draft 3)\n", "it": "TABLEAU DE MARIAGE - bozza\n", "pt": "MAPA DE MESAS (rascunho)\n"}[lang])
        for t in range(1, R.randint(3, 5)):
            b.t("%s %d: " % (lab, t) if R.random() < 0.6 else "%s %d - %s: " % (lab, t, R.choice(["Roma", "Lisboa", "Dublin", "Capri", "Sintra"])))
            k = R.randint(3, 6)
            for i in range(k):
                kn, kg = R.choice(kin)
                c = pp(lang, reg, g=kg)
                r = R.random()
                if r < 0.2:
                    b.t(kn + " ").e(P(c.given))
                elif r < 0.3:
                    b.e(P(c.given)).t(" + 1")
                else:
                    b.e(P(c.form(R.choice(["full", "full", "given", "lower"]))))
                b.t(", " if i < k - 1 else "\n")
        b.t({"en": "\ncan you balance these so no table has more than 8 and keep exes apart", "it": "\nmi aiuti a bilanciare i tavoli?", "pt": "\npode equilibrar as mesas?"}[lang])
    else:
        kn, kg = R.choice(kin)
        c1, c2, g = pp(lang, reg, g="m"), pp(lang, reg, g=kg), pp(lang, reg, g="f")
        b.f({"en": "RSVP changes: <<g>> can't come, her plus-one <<g2>> still coming. Move <<k>> <<g3>> to table 2 near the exit. Invitations went from <<e>>. Venue: <<a>>.",
             "it": "Cambi conferme: <<g>> non viene, <<g2>> sì. Sposta <<k>> <<g3>> al tavolo 2 vicino all'uscita. Inviti spediti da <<e>>. Location: <<a>>.",
             "pt": "Mudanças: <<g>> não vem, o acompanhante <<g2>> vem. Passa <<k>> <<g3>> para a mesa 2. Convites enviados de <<e>>. Local: <<a>>."}[lang],
            g=P(g.full), g2=P(c1.given), k=kn, g3=P(c2.given), e=E(c1.email()), a=A(addr(lang, reg)))
    return b, v


def dna(lang, reg, free):
    b = B()
    rel = [("Parent/Child", 3400, 3720, 22, 24), ("Half sibling", 1320, 2300, 30, 48), ("1st–2nd cousin", 550, 1250, 18, 38),
           ("2nd–3rd cousin", 180, 520, 8, 20), ("3rd–4th cousin", 60, 190, 3, 9), ("4th–6th cousin", 8, 60, 1, 4)]
    if free:
        b.f("How do I read a shared cM value of <<x>> on <<o>>? The chart says 2nd–3rd cousin and the tree tool (<<v>>) shows a match in <<pl>>. Explain endogamy too.",
            x=term("%d cM" % n(80, 900)), o=N("NEG_ORG", R.choice(["AncestryDNA", "23andMe", "MyHeritage", "FamilyTreeDNA"])), v=ver(), pl=place(lang))
        return b, 9
    v = R.randrange(2)
    if v == 0:
        b.t("DNA Matches - exported %s\nName | Relationship | Shared cM | Segments | Managed by\n" % ndate(lang, reg, style="iso"))
        for _ in range(R.randint(4, 7)):
            c = pp(lang, reg if R.random() < 0.6 else R.choice(REGIONS[lang]), kind=R.choice(["inv", "real", "global"]))
            nm = c.form(R.choice(["full", "full", "init", "lower"]))
            rl, c0, c1, s0, s1 = R.choice(rel[1:] if R.random() < 0.9 else rel)
            b.e(P(nm)).t(" | %s | %d | %d | " % (rl, n(c0, c1), n(s0, s1)))
            if R.random() < 0.4:
                m = pp(lang, reg)
                b.e(P(m.full)).t("\n")
            else:
                b.t(R.choice(["self", "self", "-"]) + "\n")
        b.t("\nwhich of these could be on my paternal side if my dad's parents were from Cork and Leipzig?")
    else:
        c, m, w = pp(lang, reg), pp(lang, reg, g="f"), pp(lang, reg)
        w.sur = m.sur if R.random() < 0.5 else w.sur
        dt, d = dob(lang, reg, 1940, 1975)
        b.f("Hi <<c>>, we match at 412 cM on the DNA site. My mother <<m>> was born <<d>> and adopted out of a home in <<pl>>. "
            "Her birth certificate lists an address at <<a>>. Do any of those names ring a bell? You can reach me at <<e>>.",
            c=P(c.given), m=P(m.full), d=D(d), pl=N("NEG_PLACE", R.choice(["Tuam", "Cork", "Bessborough", "Limerick"])), a=A(addr(lang, reg)), e=E(w.email()))
    return b, v


def sheet(lang, reg, free):
    b = B()
    sep = ";" if lang in ("de", "fr", "es", "pt", "it", "nl") else ","
    fn = {"en": ("VLOOKUP", "IF", "CONCATENATE", "TRUE", "FALSE"), "de": ("SVERWEIS", "WENN", "VERKETTEN", "WAHR", "FALSCH"),
          "fr": ("RECHERCHEV", "SI", "CONCATENER", "VRAI", "FAUX"), "es": ("BUSCARV", "SI", "CONCATENAR", "VERDADERO", "FALSO"),
          "pt": ("PROCV", "SE", "CONCATENAR", "VERDADEIRO", "FALSO"), "it": ("CERCA.VERT", "SE", "CONCATENA", "VERO", "FALSO"),
          "nl": ("VERT.ZOEKEN", "ALS", "TEKST.SAMENVOEGEN", "WAAR", "ONWAAR")}[lang]
    if free:
        b.f("=%s(\"<<p>>\"%sProducts!A2:F400%s3%s%s)\n=%s(B2>\"<<d>>\"%s\"late\"%s\"ok\")\nwhy does this return #N/A for <<p2>> but not <<p3>>?" %
            (fn[0], sep, sep, sep, fn[4], fn[1], sep, sep),
            p=prod(), d=ND(lang, reg, "iso"), p2=prod(), p3=N("NEG_CODE", "SKU-%d" % n(1000, 9999)))
        return b, 9
    v = R.randrange(3)
    c1, c2, c3 = pp(lang, reg), pp(lang, reg), pp(lang, reg)
    if v == 0:
        b.t("=%s(\"" % fn[0]).e(P(c1.form(R.choice(["full", "rev"])))).t("\"%sStaff!A:E%s4%s%s)\n" % (sep, sep, sep, fn[4]))
        b.t("=%s(C2=\"" % fn[1]).e(P(c2.given)).t("\"%s\"on call\"%s\"\")\n" % (sep, sep))
        b.t({"en": "the first one works, the second gives #VALUE!, what am I doing wrong", "de": "die erste Formel geht, die zweite gibt #WERT!, warum?",
             "fr": "la première marche, la deuxième donne #VALEUR!, pourquoi ?", "es": "la primera funciona, la segunda da #¡VALOR!, ¿por qué?",
             "pt": "a primeira funciona, a segunda dá #VALOR!, por quê?", "it": "la prima va, la seconda dà #VALORE!, perché?",
             "nl": "de eerste werkt, de tweede geeft #WAARDE!, waarom?"}[lang])
    elif v == 1:
        hd = {"en": ("Surname", "First name", "DOB", "Address"), "de": ("Nachname", "Vorname", "Geburtsdatum", "Adresse"),
              "fr": ("Nom", "Prénom", "Naissance", "Adresse"), "es": ("Apellido", "Nombre", "F. Nac.", "Dirección"),
              "pt": ("Apelido", "Nome", "Data nasc.", "Morada"), "it": ("Cognome", "Nome", "Data di nascita", "Indirizzo"),
              "nl": ("Achternaam", "Voornaam", "Geb.datum", "Adres")}[lang]
        b.t("A1: %s\tB1: %s\tC1: %s\tD1: %s\n" % hd)
        for i, c in enumerate([c1, c2, c3]):
            b.t("A%d: " % (i + 2)).e(P(c.sur)).t("\tB%d: " % (i + 2)).e(P(c.given)).t("\tC%d: " % (i + 2)).e(D(dob(lang, reg, style="num")[1]))
            b.t("\tD%d: " % (i + 2)).e(A(addr(lang, reg))).t("\n")
        b.t("E2: =%s(B2%s\" \"%sA2)\n" % (fn[2], sep, sep))
        b.t({"en": "how do I get age from column C?", "de": "Wie berechne ich das Alter aus Spalte C?", "fr": "comment calculer l'âge depuis la colonne C ?",
             "es": "¿cómo saco la edad desde la columna C?", "pt": "como calculo a idade a partir da coluna C?", "it": "come calcolo l'età dalla colonna C?",
             "nl": "hoe bereken ik de leeftijd uit kolom C?"}[lang])
    else:
        b.t("=\"Dear \"&B2&\",\"   <- B2 is \"").e(P(c1.given)).t("\"\n=TEXT(C2%s\"dd/mm/yyyy\")  <- C2 holds " % sep).e(D(dob(lang, reg, style="iso")[1]))
        b.t(" (").e(P(c1.full)).t("'s birthday)\nmail merge sends to ").e(E(c1.email())).t(" but the date comes out as a number")
    return b, v


def pyq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def fixture(lang, reg, free):
    b = B()
    if free:
        b.f('''CONFIG = {
    "app_name": "<<p>>",
    "release": "<<v>>",
    "launch_date": "<<d>>",
    "partner": "<<o>>",
    "mascot": "<<f>>",
}

why does json.dumps(CONFIG) reorder my keys?''', p=prod(), v=ver(), d=ND(lang, reg, "iso"), o=org(lang), f=fic(lang))
        return b, 9
    v = R.randrange(3)
    ps = [pp(lang, reg) for _ in range(R.randint(2, 3))]
    if v == 0:
        b.t("# tests/fixtures/users.py\nUSERS = [\n")
        for c in ps:
            dt, d = dob(lang, reg, style="iso")
            b.t('    {"first_name": "').e(P(c.given)).t('", "last_name": "').e(P(c.sur)).t('", "email": "').e(E(c.email())).t('", "dob": "').e(D(d))
            b.t('", "active": %s},\n' % R.choice(["True", "False"]))
        b.t("]\n\ndef test_full_name():\n    assert full_name(USERS[0]) == \"").e(P(ps[0].given + " " + ps[0].sur)).t("\"\n")
        b.t({"en": "\nthis test fails on CI only, any idea?", "de": "\nDer Test schlägt nur in der CI fehl, warum?", "fr": "\nle test échoue seulement en CI, une idée ?",
             "es": "\nel test falla solo en CI, ¿alguna idea?", "pt": "\no teste falha só no CI, alguma ideia?", "it": "\nil test fallisce solo in CI, idee?",
             "nl": "\nde test faalt alleen in CI, enig idee?"}[lang])
    elif v == 1:
        b.t("const customers = [\n")
        for c in ps:
            b.t("  { name: '").e(P(c.full.replace("'", "\\'"))).t("', address: '").e(A(addr(lang, reg).replace("'", "\\'"))).t("', since: '").e(ND(lang, reg, "iso", 2015, 2025)).t("' },\n")
        b.t("];\n// sort by surname, but particles like 'van' / 'de' should be ignored\n")
    else:
        c = ps[0]
        dt, d = dob(lang, reg, style="iso")
        b.t("factory = PersonFactory(\n    name=\"").e(P(pyq(c.full))).t("\",\n    born=date(%d, %d, %d),  # " % (dt.y, dt.m, dt.d)).e(D(d)).t("\n    home=\"\"\"")
        b.e(A(addr(lang, reg, True))).t("\"\"\",\n    email=\"").e(E(c.email())).t("\",\n)\n")
        b.t({"en": "the multiline address breaks my CSV export, how should I escape it?", "de": "Die mehrzeilige Adresse zerlegt meinen CSV-Export.",
             "fr": "l'adresse sur plusieurs lignes casse mon export CSV.", "es": "la dirección multilínea rompe mi CSV.", "pt": "o endereço em várias linhas quebra meu CSV.",
             "it": "l'indirizzo su più righe rompe il CSV.", "nl": "het adres over meerdere regels breekt mijn CSV."}[lang])
    return b, v


def csvsemi(lang, reg, free):
    b = B()
    hd = {"de": "Nachname;Vorname;Geburtsdatum;Anschrift;E-Mail", "fr": "Nom;Prénom;Date de naissance;Adresse;Courriel",
          "nl": "Achternaam;Voornaam;Geboortedatum;Adres;E-mail", "es": "Apellidos;Nombre;Fecha nacimiento;Dirección;Email",
          "it": "Cognome;Nome;Data nascita;Indirizzo;Email", "pt": "Apelido;Nome;Data nascimento;Morada;Email"}[lang]
    if free:
        b.t("Artikel;Bezeichnung;Lieferdatum;Kunde\n" if lang == "de" else "SKU;Produit;Date;Client\n" if lang == "fr" else "SKU;Product;Datum;Klant\n" if lang == "nl" else "SKU;Producto;Fecha;Cliente\n")
        for _ in range(R.randint(3, 5)):
            b.e(N("NEG_CODE", "%d" % n(100000, 999999))).t(";").e(prod()).t(";").e(ND(lang, reg, "num")).t(";").e(org(lang)).t("\n")
        b.t("\nImport in Excel zerlegt die Umlaute." if lang == "de" else "\nExcel casse les accents à l'import." if lang == "fr" else "\nExcel breekt de tekens." if lang == "nl" else "\nExcel rompe los acentos.")
        return b, 9
    v = R.randrange(2)
    if v == 0:
        b.t(hd + "\n")
        for _ in range(R.randint(3, 5)):
            c = pp(lang, reg)
            b.e(P(c.sur)).t(";").e(P(c.given)).t(";").e(D(dob(lang, reg, style="num")[1])).t(";")
            b.e(A(addr(lang, reg))).t(";").e(E(c.email())).t("\n")
        b.t({"de": "\nWarum verrutschen die Spalten beim Import?", "fr": "\nPourquoi les colonnes se décalent à l'import ?",
             "nl": "\nWaarom verschuiven de kolommen bij import?", "es": "\n¿Por qué se desplazan las columnas?", "it": "\nPerché le colonne si spostano?",
             "pt": "\nPorque é que as colunas ficam desalinhadas?"}[lang])
    else:
        b.t("id;naam;rol;aangemeld\n" if lang == "nl" else "id;nom;rôle;inscrit le\n" if lang == "fr" else "id;Name;Rolle;angemeldet\n" if lang == "de" else "id;nombre;rol;alta\n" if lang == "es" else "id;nome;ruolo;iscritto\n" if lang == "it" else "id;nome;função;inscrito\n")
        for i in range(R.randint(3, 6)):
            c = pp(lang, reg)
            b.t("%d;" % (i + 1)).e(P(c.form(R.choice(["full", "rev", "caps", "lower"])))).t(";%s;" % R.choice({"nl": ["admin", "lid", "bestuur"], "fr": ["admin", "membre", "trésorier"], "de": ["Admin", "Mitglied", "Kassenwart"],
                                                                                               "es": ["admin", "socio", "tesorero"], "it": ["admin", "socio", "tesoriere"], "pt": ["admin", "sócio", "tesoureiro"]}[lang])).e(ND(lang, reg, "num")).t("\n")
    return b, v


def mdtable(lang, reg, free):
    b = B()
    if free:
        b.f("| Release | Codename | Date | Owner team |\n|---|---|---|---|\n| <<v>> | <<f>> | <<d>> | <<o>> |\n| <<v2>> | <<f2>> | <<d2>> | <<o2>> |\n\n"
            + {"en": "Add a column for the <<p>> build.", "de": "Füge eine Spalte für den <<p>>-Build hinzu.", "fr": "Ajoute une colonne pour la build <<p>>.",
               "nl": "Voeg een kolom toe voor de <<p>>-build.", "es": "Agrega una columna para el build de <<p>>.", "it": "Aggiungi una colonna per la build <<p>>.",
               "pt": "Adicione uma coluna para a build do <<p>>."}[lang],
            v=ver(), v2=ver(), f=fic(lang), f2=N("NEG_FAMOUS", R.choice(["Hermes", "Athena", "Gandalf", "Ada Lovelace", "Cleopatra"])), d=ND(lang, reg), d2=ND(lang, reg),
            o=team(), o2=org(lang), p=prod())
        return b, 9
    v = R.randrange(2)
    if v == 0:
        hd = {"en": "| Name | Role | Birthday | Email |", "de": "| Name | Rolle | Geburtstag | E-Mail |", "fr": "| Nom | Rôle | Anniversaire | E-mail |",
              "nl": "| Naam | Rol | Verjaardag | E-mail |", "es": "| Nombre | Rol | Cumpleaños | Correo |", "it": "| Nome | Ruolo | Compleanno | Email |",
              "pt": "| Nome | Função | Aniversário | E-mail |"}[lang]
        b.t(hd + "\n|------|------|----------|-------|\n")
        for _ in range(R.randint(3, 5)):
            c = pp(lang, reg)
            b.t("| ").e(P(c.form(R.choice(["full", "full", "rev", "init"])))).t(" | %s | " % R.choice(["PM", "Dev", "Design", "QA", "Ops"])).e(D(dob(lang, reg, 1960, 2003)[1])).t(" | ").e(E(c.email())).t(" |\n")
        b.t({"en": "\nsort by birthday month for the office cake calendar", "de": "\nnach Geburtsmonat sortieren für den Kuchenkalender",
             "fr": "\ntrie par mois d'anniversaire", "nl": "\nsorteer op verjaardagsmaand voor de taartkalender", "es": "\nordena por mes de cumpleaños",
             "it": "\nordina per mese di compleanno", "pt": "\nordena por mês de aniversário"}[lang])
    else:
        hd = {"en": "| Tenant | Unit address | Lease start | Notes |", "de": "| Mieter/in | Wohnung | Mietbeginn | Notiz |", "fr": "| Locataire | Adresse | Début du bail | Notes |",
              "nl": "| Huurder | Adres | Ingang | Notitie |", "es": "| Inquilino | Dirección | Inicio | Notas |", "it": "| Inquilino | Indirizzo | Decorrenza | Note |",
              "pt": "| Inquilino | Morada | Início | Notas |"}[lang]
        b.t(hd + "\n| --- | --- | --- | --- |\n")
        for _ in range(R.randint(2, 4)):
            c = pp(lang, reg)
            b.t("| ").e(P(c.form(R.choice(["full", "caps", "rev"])))).t(" | ").e(A(addr(lang, reg))).t(" | ").e(ND(lang, reg, "num", 2019, 2026)).t(" | %s |\n" % R.choice(["-", "pet", "late x2", "deposit held", "ok"]))
    return b, v


def yamltoml(lang, reg, free):
    b = B()
    if free:
        b.f(R.choice(['[package]\nname = "hush-demo"\nversion = "<<v>>"\nauthors = ["<<o>> platform team"]\n\n[release]\ndate = <<d>>\ncodename = "<<f>>"\n\nCargo says the date is invalid, why?',
                      'service:\n  name: <<p>>\n  version: <<v>>\n  owner: <<o>>\n  maintenance_window: <<wd>>\n  launch: <<d>>\n\nyamllint complains about line 5']),
            v=ver(), o=org(lang), d=ND(lang, reg, "iso"), f=fic(lang), p=prod(), wd=wd(lang))
        return b, 9
    v = R.randrange(3)
    ps = [pp(lang, reg) for _ in range(2)]
    if v == 0:
        b.t("contacts:\n")
        for c in ps:
            b.t("  - name: ").e(P(c.full)).t("\n    email: ").e(E(c.email())).t("\n    born: ").e(D(dob(lang, reg, style="iso")[1])).t("\n    address: |\n")
            a = addr(lang, reg, True)
            b.t("      ").e(A(a.replace("\n", "\n      "))).t("\n")
        b.t({"en": "\nconvert this to JSON", "de": "\nbitte in JSON umwandeln", "fr": "\nconvertis en JSON", "nl": "\nzet om naar JSON"}[lang])
    elif v == 1:
        c = ps[0]
        b.t('[owner]\nname = "').e(P(c.full)).t('"\nemail = "').e(E(c.email())).t('"\ndob = ').e(D(dob(lang, reg, style="iso")[1])).t('\n\n[owner.address]\nline = "')
        b.e(A(addr(lang, reg))).t('"\n\n')
        b.t({"en": "is a bare date valid TOML here?", "de": "Ist ein Datum ohne Anführungszeichen gültiges TOML?", "fr": "une date sans guillemets est valide en TOML ?",
             "nl": "is een datum zonder aanhalingstekens geldige TOML?"}[lang])
    else:
        b.t("# .github/CODEOWNERS-style on-call file\noncall:\n  primary: ").e(P(ps[0].given.lower())).t("\n  secondary: ").e(P(ps[1].full)).t("\n  escalation_email: ").e(E(ps[1].email()))
        b.t("\n  rotation_start: ").e(ND(lang, reg, "iso")).t("\n")
    return b, v


SPOKEN_PUNCT = {"en": (" comma", " full stop", " new line ", " question mark"), "de": (" Komma", " Punkt", " neue Zeile ", " Fragezeichen"),
                "fr": (" virgule", " point", " à la ligne ", " point d'interrogation"), "es": (" coma", " punto", " nueva línea ", " signo de interrogación"),
                "it": (" virgola", " punto", " a capo ", " punto interrogativo"), "pt": (" vírgula", " ponto final", " nova linha ", " ponto de interrogação"),
                "nl": (" komma", " punt", " nieuwe regel ", " vraagteken")}


def voice(lang, reg, free):
    b = B()
    cm, fs, nl, qm = SPOKEN_PUNCT[lang]
    c, c2 = pp(lang, reg, g="m"), pp(lang, reg)
    ch = R.randrange(3 if lang == "en" else 2)
    dt, d = dob(lang, reg, *((2014, 2019) if ch == 0 else (1950, 2004)), style=R.choice(["long", "long", "num"]))
    d = d.lower() if lang == "en" and R.random() < 0.6 else d
    nm = c.full.lower() if R.random() < 0.6 else c.full
    kw = dict(c=P(nm), c2=P(c2.given.lower() if R.random() < 0.5 else c2.given), d=D(d), a=A(addr(lang, reg).replace(",", "") if R.random() < 0.5 else addr(lang, reg)),
              nd=N("NEG_DATE", ndate(lang, reg, style="long").lower()), wd=wd(lang), p=prod(), cm=cm, fs=fs, nl=nl, qm=qm, age=str(dt.age()), e=E(c.email()),
              fam=fam(lang), pl=place(lang))
    if free:
        T = {"en": "hey assistant remind me to call the garage about the <<p>><<cm>> they said <<wd>> maybe<<fs>> also what time does <<pl>> close on <<nd>><<qm>>",
             "de": "hey erinnere mich daran die Werkstatt wegen dem <<p>> anzurufen<<cm>> vielleicht am <<wd>><<fs>> und wann schließt <<pl>> am <<nd>><<qm>>",
             "fr": "rappelle-moi d'appeler le garage pour la <<p>><<cm>> peut-être <<wd>><<fs>> et à quelle heure ferme <<pl>> le <<nd>><<qm>>",
             "es": "recuérdame llamar al taller por el <<p>><<cm>> quizás el <<wd>><<fs>> y a qué hora cierra <<pl>> el <<nd>><<qm>>",
             "it": "ricordami di chiamare l'officina per la <<p>><<cm>> forse <<wd>><<fs>> e a che ora chiude <<pl>> il <<nd>><<qm>>",
             "pt": "me lembra de ligar pra oficina por causa do <<p>><<cm>> talvez <<wd>><<fs>> e que horas fecha <<pl>> no dia <<nd>><<qm>>",
             "nl": "herinner me eraan de garage te bellen over de <<p>><<cm>> misschien <<wd>><<fs>> en hoe laat sluit <<pl>> op <<nd>><<qm>>"}
        return b.f(T[lang], **kw), 9
    T = {
        "en": ["write an email to the school<<cm>> my son <<c>> was born on <<d>><<cm>> so he should be in year 4 not year 3<<fs>><<nl>>our address is <<a>><<fs>> thanks",
               "note to self<<cm>> <<c2>> said the form needs my date of birth which is <<d>><<cm>> and the new address <<a>><<fs>> send before <<wd>>",
               "text <<c2>> saying running late<<cm>> be there by six<<fs>> then add <<c>> to contacts email <<e>>"],
        "de": ["schreib eine Mail an die Schule<<cm>> mein Sohn <<c>> ist am <<d>> geboren<<cm>> er gehört in die vierte Klasse<<fs>><<nl>>unsere Adresse ist <<a>><<fs>>",
               "Notiz<<cm>> <<c2>> sagt das Formular braucht mein Geburtsdatum <<d>><<cm>> und die neue Adresse <<a>><<fs>>"],
        "fr": ["écris un mail à l'école<<cm>> mon fils <<c>> est né le <<d>><<cm>> il doit être en CM1<<fs>><<nl>>notre adresse est <<a>><<fs>>",
               "note<<cm>> <<c2>> dit que le formulaire demande ma date de naissance le <<d>><<cm>> et la nouvelle adresse <<a>><<fs>>"],
        "es": ["escribe un correo al colegio<<cm>> mi hijo <<c>> nació el <<d>><<cm>> le corresponde cuarto<<fs>><<nl>>nuestra dirección es <<a>><<fs>>",
               "nota<<cm>> <<c2>> dice que el formulario pide mi fecha de nacimiento que es <<d>><<cm>> y la dirección nueva <<a>><<fs>>"],
        "it": ["scrivi una mail alla scuola<<cm>> mio figlio <<c>> è nato il <<d>><<cm>> deve andare in quarta<<fs>><<nl>>il nostro indirizzo è <<a>><<fs>>",
               "promemoria<<cm>> <<c2>> dice che il modulo chiede la mia data di nascita <<d>><<cm>> e il nuovo indirizzo <<a>><<fs>>"],
        "pt": ["escreve um email para a escola<<cm>> meu filho <<c>> nasceu em <<d>><<cm>> ele deve estar no quarto ano<<fs>><<nl>>nosso endereço é <<a>><<fs>>",
               "lembrete<<cm>> <<c2>> disse que o formulário pede minha data de nascimento <<d>><<cm>> e o endereço novo <<a>><<fs>>"],
        "nl": ["schrijf een mail naar school<<cm>> mijn zoon <<c>> is geboren op <<d>><<cm>> hij hoort in groep zes<<fs>><<nl>>ons adres is <<a>><<fs>>",
               "notitie<<cm>> <<c2>> zegt dat het formulier mijn geboortedatum nodig heeft <<d>><<cm>> en het nieuwe adres <<a>><<fs>>"],
    }
    return b.f(T[lang][ch], **kw), ch


def translation(lang, reg, free):
    b = B()
    LN = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}
    ask = {"en": "Translate into %s, keep the formatting:\n\n", "de": "Bitte ins %s übersetzen:\n\n", "fr": "Traduis en %s :\n\n",
           "es": "Traduce al %s, por favor:\n\n", "it": "Traduci in %s:\n\n", "pt": "Traduz para %s:\n\n", "nl": "Vertaal naar het %s:\n\n"}[lang]
    tname = {"en": {"English": "English", "German": "German", "French": "French", "Spanish": "Spanish", "Italian": "Italian", "Portuguese": "Portuguese", "Dutch": "Dutch"},
             "de": {"English": "Englische", "German": "Deutsche", "French": "Französische", "Spanish": "Spanische", "Italian": "Italienische", "Portuguese": "Portugiesische", "Dutch": "Niederländische"},
             "fr": {"English": "anglais", "German": "allemand", "French": "français", "Spanish": "espagnol", "Italian": "italien", "Portuguese": "portugais", "Dutch": "néerlandais"},
             "es": {"English": "inglés", "German": "alemán", "French": "francés", "Spanish": "español", "Italian": "italiano", "Portuguese": "portugués", "Dutch": "neerlandés"},
             "it": {"English": "inglese", "German": "tedesco", "French": "francese", "Spanish": "spagnolo", "Italian": "italiano", "Portuguese": "portoghese", "Dutch": "olandese"},
             "pt": {"English": "inglês", "German": "alemão", "French": "francês", "Spanish": "espanhol", "Italian": "italiano", "Portuguese": "português", "Dutch": "neerlandês"},
             "nl": {"English": "Engels", "German": "Duits", "French": "Frans", "Spanish": "Spaans", "Italian": "Italiaans", "Portuguese": "Portugees", "Dutch": "Nederlands"}}[lang]
    # the text to translate is in another language than the request
    src = R.choice([l for l in REAL if l != lang])
    sreg = R.choice(REGIONS[src])
    SRC[0] = (src, sreg)
    tgt = LN[lang] if R.random() < 0.6 else R.choice([LN[l] for l in LN if l != src])
    b.t(ask % tname[tgt])
    c, c2 = pp(src, sreg), pp(src, sreg)
    kw = dict(c=P(c.full), c2=P(c2.full), c2g=P(c2.given), d=D(dob(src, sreg)[1]), a=A(addr(src, sreg)), e=E(c2.email()), nd=ND(src, sreg), wd=wd(src),
              fam=fam(src), pl=place(src), o=org(src), p=prod(), fic=fic(src))
    if free:
        T = {"en": "Our new store opens on <<nd>> opposite <<pl>>. Come and try the <<p>> and meet the <<o>> team. Open every <<wd>>.",
             "de": "Unsere neue Filiale öffnet am <<nd>> gegenüber vom <<pl>>. Testen Sie den <<p>>. Jeden <<wd>> geöffnet.",
             "fr": "Notre nouvelle boutique ouvre le <<nd>> face aux <<pl>>. Venez essayer le <<p>>. Ouvert chaque <<wd>>.",
             "es": "Nuestra nueva tienda abre el <<nd>> frente a <<pl>>. Ven a probar el <<p>>. Abierto cada <<wd>>.",
             "it": "Il nuovo negozio apre il <<nd>> di fronte a <<pl>>. Venite a provare il <<p>>. Aperto ogni <<wd>>.",
             "pt": "A nova loja abre em <<nd>> em frente à <<pl>>. Venha experimentar o <<p>>. Aberta toda <<wd>>.",
             "nl": "Onze nieuwe winkel opent op <<nd>> tegenover de <<pl>>. Kom de <<p>> proberen. Elke <<wd>> open."}
        return b.f(T[src], **kw), 9
    T = {
        "en": ["To whom it may concern,\n\nI confirm that <<c>>, born <<d>>, has lived at <<a>> since 2019 and rented the room from me.\n\n<<c2>>\n<<e>>",
               "Hi <<c2g>>! Thanks for hosting us. Arriving <<nd>>, we're <<c>> and the kids. Is your address still <<a>>?"],
        "de": ["Hiermit bestätige ich, dass <<c>>, geboren am <<d>>, seit 2019 bei mir in <<a>> wohnt.\n\n<<c2>>\n<<e>>",
               "Hallo <<c2g>>, danke fürs Gastgeben! Wir kommen am <<nd>>, also <<c>> mit den Kindern. Ist die Adresse noch <<a>>?"],
        "fr": ["Je soussigné(e) <<c2>> atteste que <<c>>, né(e) le <<d>>, est hébergé(e) à mon domicile, <<a>>, depuis 2019.\n<<e>>",
               "Coucou <<c2g>>, merci de nous accueillir ! On arrive le <<nd>>, <<c>> et les enfants. Ton adresse c'est toujours <<a>> ?"],
        "es": ["Por la presente certifico que <<c>>, nacido/a el <<d>>, reside en mi domicilio de <<a>> desde 2019.\n\n<<c2>>\n<<e>>",
               "Hola <<c2g>>, ¡gracias por recibirnos! Llegamos el <<nd>>, <<c>> y los chicos. ¿Sigue siendo <<a>>?"],
        "it": ["Il/la sottoscritto/a <<c2>> dichiara che <<c>>, nato/a il <<d>>, è ospite presso la mia abitazione in <<a>> dal 2019.\n<<e>>",
               "Ciao <<c2g>>, grazie dell'ospitalità! Arriviamo il <<nd>>, <<c>> con i bambini. L'indirizzo è sempre <<a>>?"],
        "pt": ["Declaro para os devidos fins que <<c>>, nascido(a) em <<d>>, reside na minha casa, <<a>>, desde 2019.\n\n<<c2>>\n<<e>>",
               "Oi <<c2g>>, obrigado por nos receber! Chegamos em <<nd>>, <<c>> e as crianças. O endereço ainda é <<a>>?"],
        "nl": ["Hierbij verklaar ik dat <<c>>, geboren op <<d>>, sinds 2019 bij mij woont op <<a>>.\n\n<<c2>>\n<<e>>",
               "Hoi <<c2g>>, bedankt voor de logeerplek! We komen op <<nd>>, <<c>> en de kinderen. Is het adres nog <<a>>?"],
    }
    ch = R.randrange(2)
    b.f(T[src][ch], **kw)
    return b, ch


def typo(s, rate=0.04):
    """Deterministic light typos in plain text only: swapped neighbours, dropped letters, doubled letters."""
    out = list(s)
    i = 0
    res = []
    while i < len(out):
        ch = out[i]
        r = R.random()
        if ch.isalpha() and r < rate / 3 and i + 1 < len(out) and out[i + 1].isalpha():
            res.append(out[i + 1])
            res.append(ch)
            i += 2
            continue
        if ch.isalpha() and r < 2 * rate / 3:
            i += 1
            continue
        if ch.isalpha() and r < rate:
            res.append(ch)
        res.append(ch)
        i += 1
    return "".join(res)


def typos(lang, reg, free):
    b = B()
    c, c2 = pp(lang, reg), pp(lang, reg)
    dt, d = dob(lang, reg)
    kw = dict(c=P(c.form(R.choice(["full", "lower", "given"]))), c2=P(c2.form(R.choice(["full", "lower"]))), d=D(d), a=A(addr(lang, reg)), e=E(c2.email()),
              nd=ND(lang, reg), wd=wd(lang), p=prod(), fam=fam(lang), o=org(lang), pl=place(lang), age=str(dt.age()))
    if free:
        T = {"en": ["can u explain waht the diference is betwen the <<p>> and the older one, my freind says <<o>> makes them now. need it by <<wd>> lol"],
             "de": ["kannst du mir erklären wass der unterschid zwischen dem <<p>> und dem alten ist, mein kumpel sagt <<o>> baut die jetz. brauch das bis <<wd>>"],
             "es": ["me explicas cual es la diferensia entre el <<p>> y el viejo, mi amigo dise que ahora lo hace <<o>>. lo nesecito para el <<wd>>"],
             "fr": ["tu peux m'expliquer la diférence entre le <<p>> et l'ancien, mon pote dit que c <<o>> qui le fabrique maintenant. j'en ai besoin pour <<wd>>"],
             "pt": ["vc pode explicar a diferensa entre o <<p>> e o antigo, meu amigo disse q agora é a <<o>> q faz. preciso ate <<wd>>"],
             "it": ["mi spieghi la diferenza tra il <<p>> e quello vecchio, il mio amico dice che adesso lo fa <<o>>. mi serve entro <<wd>>"]}
        return b.f(T[lang][0], **kw), 9
    T = {
        "en": ["hi i need to fil out a form for my nan <<c>>, her date of brith is <<d>> and she lives at <<a>>. can u help me wirte a letter to the council about her bins, my email is <<e>>",
               "pls hlep, landlrod <<c2>> wont give back depost, moved out of <<a>> on <<nd>>. im <<c>>, do i have a case"],
        "de": ["hallo ich muss für meine oma <<c>> ein formular ausfüllen, ihr geburtsdatum ist <<d>> und sie wohnt <<a>>. kanst du mir helfen einen brief an die stadt zu schreiben? meine mail ist <<e>>",
               "bitte hilfe, vermieter <<c2>> gibt die kaution nicht zurück, bin am <<nd>> aus <<a>> ausgezogen. ich bin <<c>>"],
        "es": ["hola tengo que llenar un formulario para mi abuela <<c>>, su fecha de nacimiento es <<d>> y vive en <<a>>. me ayudas a escribir una carta a la municipalidad? mi correo es <<e>>",
               "ayuda, el dueño <<c2>> no me devuelve la garantia, me fui de <<a>> el <<nd>>. soy <<c>>"],
        "fr": ["salut je dois remplir un formulaire pour ma grand-mère <<c>>, sa date de naissance c'est le <<d>> et elle habite <<a>>. tu peux m'aider à écrire à la mairie? mon mail <<e>>",
               "aide svp, le proprio <<c2>> rend pas la caution, j'ai quitté le <<a>> le <<nd>>. je suis <<c>>"],
        "pt": ["oi preciso preencher um formulario pra minha avó <<c>>, data de nascimento dela é <<d>> e ela mora na <<a>>. me ajuda a escrever pra prefeitura? meu email <<e>>",
               "socorro, o proprietario <<c2>> nao devolve a caução, saí da <<a>> em <<nd>>. sou <<c>>"],
        "it": ["ciao devo compilare un modulo per mia nonna <<c>>, la sua data di nascita è <<d>> e abita in <<a>>. mi aiuti a scrivere al comune? la mia mail è <<e>>",
               "aiuto, il padrone di casa <<c2>> non mi ridà la cauzione, sono uscito da <<a>> il <<nd>>. sono <<c>>"],
    }
    ch = R.randrange(2)
    # typos go into the template's plain text only; names, dates and addresses stay as generated
    tpl = re.sub(r"[^<>]+(?=<<|$)", lambda m: typo(m.group(0)), T[lang][ch])
    return b.f(tpl, **kw), ch


# ---------------------------------------------------------------------------------------------
# Driver

SRC = [None]

EN = REGIONS["en"]
FAMILIES = [
    ("meeting_transcript", meeting, [("en", r) for r in ["US", "UK", "IN", "SG", "AU", "CA"]] + [("de", r) for r in ["DE", "CH", "AT"]]
     + [("fr", r) for r in ["FR", "CA", "BE"]] + [("nl", "NL"), ("nl", "BE")] + [("es", r) for r in ["ES", "MX", "AR"]] + [("it", "IT"), ("it", "IT")]),
    ("incident_report", incident, [("en", r) for r in ["US", "UK", "AU", "ZA", "NG", "IE", "NZ"]] + [("de", "DE"), ("de", "AT"), ("fr", "FR"), ("fr", "BE"),
                                                                                                   ("es", "ES"), ("es", "CL"), ("it", "IT")]),
    ("insurance_claim", claim, [("en", r) for r in ["UK", "US", "IE", "ZA", "NZ"]] + [("de", r) for r in ["DE", "AT", "CH"]] + [("it", "IT"), ("pt", "PT"), ("pt", "BR"),
                                                                                                                              ("nl", "NL"), ("nl", "BE")]),
    ("school_report", school, [("en", r) for r in ["UK", "US", "NZ", "IE", "AU", "IN"]] + [("fr", r) for r in ["FR", "CA", "BE"]] + [("de", "DE"), ("de", "AT")]
     + [("es", r) for r in ["ES", "MX", "AR", "CL"]] + [("it", "IT")]),
    ("parish_bulletin", parish, [("en", r) for r in ["IE", "UK", "US", "NG"]] + [("it", "IT"), ("it", "IT")] + [("es", r) for r in ["MX", "ES", "AR"]]
     + [("pt", "BR"), ("pt", "PT")] + [("fr", r) for r in ["FR", "BE", "CA"]]),
    ("vet_petsitting", vet, [("en", r) for r in ["UK", "AU", "NZ", "US", "CA"]] + [("de", "DE"), ("de", "CH"), ("fr", "FR"), ("fr", "CH"), ("nl", "NL"), ("nl", "BE"),
                                                                            ("it", "IT"), ("it", "IT")]),
    ("club_renewal", club, [("de", r) for r in ["DE", "AT", "CH"]] + [("nl", "NL"), ("nl", "BE")] + [("en", r) for r in ["AU", "NZ", "UK", "ZA"]]
     + [("fr", r) for r in ["CH", "BE", "FR"]] + [("it", "IT"), ("it", "IT")]),
    ("qso_log", qso, [("en", r) for r in ["US", "UK", "AU", "NZ", "ZA", "CA"]] + [("de", r) for r in ["DE", "AT", "CH"]]),
    ("library_holds", library, [("en", r) for r in ["US", "CA", "UK", "AU", "NZ", "SG"]] + [("nl", "NL"), ("nl", "BE"), ("de", "DE"), ("de", "AT")]),
    ("courier_dispute", courier, [("en", r) for r in ["IN", "SG", "NG", "UK"]] + [("es", r) for r in ["MX", "AR", "CL"]] + [("pt", "BR"), ("pt", "PT"),
                                                                                                                           ("fr", "FR"), ("fr", "CA")]),
    ("candidates_pollworkers", candidates, [("en", r) for r in ["CA", "NZ", "UK", "AU", "IE"]] + [("fr", r) for r in ["BE", "FR", "CA"]]
     + [("de", "AT"), ("de", "DE"), ("nl", "NL"), ("nl", "BE")]),
    ("academic_records", academic, [("en", r) for r in ["US", "UK", "IN", "CA", "SG", "NG"]] + [("de", r) for r in ["DE", "AT", "CH"]] + [("it", "IT")]
     + [("es", r) for r in ["ES", "MX", "CL"]]),
    ("trial_screening", trial, [("en", r) for r in ["US", "UK", "CA", "AU"]] + [("fr", r) for r in ["FR", "BE", "CH"]] + [("de", "DE"), ("de", "CH")]),
    ("homecare_schedule", homecare, [("en", r) for r in ["UK", "IE", "AU", "NZ"]] + [("nl", "NL"), ("nl", "BE"), ("de", "DE"), ("de", "AT")]),
    ("landlord_tenant", landlord, [("en", r) for r in ["US", "UK", "AU", "CA", "IE", "ZA"]] + [("es", "ES"), ("es", "AR"), ("fr", "FR"), ("fr", "BE"), ("it", "IT")]),
    ("nanny_agreement", nanny, [("en", r) for r in ["US", "UK", "AU", "CA", "NZ"]] + [("de", r) for r in ["CH", "DE", "AT"]] + [("fr", r) for r in ["CA", "CH", "FR"]]),
    ("freelance_invoice", invoice, [("en", r) for r in ["US", "UK", "IE", "AU", "IN", "SG", "ZA"]] + [("de", "DE"), ("de", "AT"), ("nl", "NL"), ("nl", "BE"),
                                                                                                     ("pt", "PT"), ("pt", "BR"), ("es", "AR"), ("es", "ES"), ("es", "MX")]),
    ("crowdfunding_backers", crowdfunding, [("en", r) for r in ["US", "UK", "CA", "AU", "NZ"]] + [("de", "DE"), ("de", "CH"), ("es", "ES"), ("es", "MX"),
                                                                                                ("pt", "BR"), ("pt", "PT")]),
    ("tutoring_signup", tutoring, [("en", r) for r in ["SG", "IN", "NG", "UK", "ZA"]] + [("es", "CL"), ("es", "AR"), ("es", "MX")]),
    ("wedding_seating", wedding, [("en", r) for r in ["UK", "IE", "US", "AU", "ZA"]] + [("it", "IT"), ("it", "IT"), ("pt", "PT"), ("pt", "BR")]),
    ("dna_matches", dna, [("en", r) for r in ["US", "CA", "AU", "UK", "NZ", "IE"]]),
    ("spreadsheet_formulas", sheet, [("en", r) for r in ["US", "UK", "IN"]] + [(l, REGIONS[l][i]) for l in ("de", "fr", "es", "pt", "it", "nl") for i in range(min(2, len(REGIONS[l])))]),
    ("code_fixtures", fixture, [("en", r) for r in ["US", "UK", "SG", "NG", "CA"]] + [(l, REGIONS[l][0]) for l in ("de", "fr", "es", "pt", "it", "nl")]),
    ("semicolon_csv", csvsemi, [(l, r) for l in ("de", "fr", "nl", "es", "it", "pt") for r in REGIONS[l]]),
    ("markdown_tables", mdtable, [("en", r) for r in ["US", "UK", "AU", "IN", "ZA"]] + [(l, r) for l in ("de", "fr", "nl", "es", "it", "pt") for r in REGIONS[l][:2]]),
    ("yaml_toml", yamltoml, [("en", r) for r in ["US", "UK", "CA", "NZ"]] + [("de", "DE"), ("de", "CH"), ("fr", "FR"), ("fr", "BE"), ("nl", "NL")]),
    ("voice_dictation", voice, [("en", r) for r in ["US", "UK", "AU", "IE", "IN"]] + [(l, r) for l in ("de", "fr", "es", "it", "pt", "nl") for r in REGIONS[l][:2]]),
    ("translation_request", translation, [(l, REGIONS[l][0]) for l in ("en", "de", "fr", "es", "it", "pt", "nl")]),
    ("typo_messages", typos, [("en", r) for r in ["UK", "US", "AU", "NZ", "IE", "ZA"]] + [("de", "DE"), ("de", "AT"), ("es", "ES"), ("es", "MX"), ("fr", "FR"),
                                                                                        ("fr", "CA"), ("pt", "BR"), ("pt", "PT"), ("it", "IT"), ("it", "IT")]),
]
PER_FAMILY = 31


def check(recs):
    bad = []
    for i, r in enumerate(recs):
        t = r["full_text"]
        last = -1
        for s in sorted(r["spans"], key=lambda s: (s["start_position"], s["end_position"])):
            v = s["entity_value"]
            if not v or t[s["start_position"]:s["end_position"]] != v:
                bad.append("record %d: span %r is not the text at its offsets" % (i, v))
            if v != v.strip():
                bad.append("record %d: span %r has outer whitespace" % (i, v))
            if s["start_position"] < last:
                bad.append("record %d: span %r overlaps the one before" % (i, v))
            last = s["end_position"]
            if s["entity_type"] not in ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "EMAIL_ADDRESS"):
                bad.append("record %d: type %s" % (i, s["entity_type"]))
        if r["metadata"]["pii_free"] != (not r["spans"]):
            bad.append("record %d: pii_free flag disagrees with its spans" % i)
    return bad


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout9.json")
    recs = []
    for name, fn, lr in FAMILIES:
        slots = [lr[i % len(lr)] for i in range(PER_FAMILY)]
        R.shuffle(slots)
        for i, (lang, reg) in enumerate(slots):
            free = i % 5 == 4
            SRC[0] = None
            b, variant = fn(lang, reg, free)
            if SRC[0]:
                lang, reg = SRC[0]
            recs.append({"full_text": b.text(), "spans": b.spans, "template_id": "h9_%s_%d" % (name, variant),
                         "metadata": {"family": name, "lang": lang, "region": reg, "pii_free": free,
                                      "lookalike_kinds": sorted(b.looks)}})
    bad = check(recs)
    if bad:
        for x in bad[:30]:
            print(x, file=sys.stderr)
        sys.exit(1)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
