#!/usr/bin/env python3
"""gen_names_holdout4.py -- blind held-out corpus for PERSON, STREET_ADDRESS,
DATE_OF_BIRTH (and EMAIL_ADDRESS).

Writes contrib/bench/accuracy/data/names_holdout4.json (Python 3 stdlib only,
fixed seed, deterministic output).

THE BRIEF (task holdout4)
-------------------------
hush is a gateway that masks personal data in prompts sent to AI APIs.  This
corpus was written *blind*: its author did not read the detectors, their tests,
the other corpora or generators, or the project's documentation, and did not
run hush on it.  It grades the detectors honestly.

Texts are what people paste into an AI assistant: support-desk exports
(Zendesk / Intercom / Freshdesk ticket JSON with requester fields), call-centre
speech-to-text transcripts (no punctuation, lower case, "Speaker 1:" /
"Agent:" / "Caller:"), WhatsApp / Telegram / Slack / Teams exports, e-mails
forwarded several times, recruiting (ATS exports, CVs in several layouts,
reference letters, interview feedback), academic citations (APA / MLA /
BibTeX), court judgments and notarial deeds, wills, obituaries, wedding and
birth announcements, discharge summaries, referral letters, prescriptions,
vaccination records, booking confirmations, boarding passes, hotel
registration cards, visa forms, bank statements and SEPA transfer texts,
payslips, tax forms, utility bills, developer text (package.json "author",
AUTHORS files, Co-authored-by trailers, code review comments, @author
docstrings, fixtures / seed data in Ruby, Go, Java, TypeScript, YAML, GraphQL
responses), spreadsheets pasted as tab-separated text, and OCR text with
hyphenation and line breaks inside a name or an address.

Languages / regions: en (US, UK, IE, AU, CA, IN, ZA), de (DE, AT, CH),
fr (FR, BE, CH, CA), nl (NL, BE), es (ES, MX, AR, CO), it (IT, CH),
pt (PT, BR).  About half the names are invented (pronounceable per language,
checked against the generator's own real-name lists so that no name list
should know them), half real and common, including names of global origin
(Indian, Chinese pinyin, Arabic, Turkish, Polish, Nigerian, Vietnamese, ...),
with diacritics, hyphens, particles, initials, nicknames, lower case and
ALL CAPS.  Dates of birth appear in the written forms of each language
(numeric orders, month names, abbreviations, two-digit years, ordinals,
spoken forms in transcripts), near a birth word, in a birth-date field, or as
the answer to a question about the birth date.  Street addresses follow each
country's format (units, floors, building names, PO boxes, postcodes,
multi-line blocks).

About a fifth of the records are PII-free prompts full of capitalised
look-alikes; many other records carry look-alikes too.

LABELLING CONVENTIONS
---------------------
spans (graded): entity_type in PERSON, STREET_ADDRESS, DATE_OF_BIRTH,
EMAIL_ADDRESS; full_text[start_position:end_position] == entity_value always.

* PERSON: the name as written; titles and honorifics excluded ("Dr. [Ana
  Ruiz]", "Frau [Weber]"); possessive 's excluded ("[Tom]'s"); particles
  included ("[Ludo van der Berg]", "[María de la Cruz]"); a given name and a
  surname in separate fields are two spans; "Surname, Given" written together
  is one span; nicknames and user display names that are names are PERSON;
  machine user names ("jdoe42", "svc-backup") and GitHub handles are not.
  Names of famous / historical people discussed as a topic are NOT PERSON.
* STREET_ADDRESS: the whole postal address as written, from the unit /
  building / street line to postcode, city, region and country when they are
  part of the block; one span across newlines; company and office addresses
  count; PO boxes count; a city or a country alone does not; a street named
  after a person used as a place without a number does not.
* DATE_OF_BIRTH: the date only (no "born", no "DOB:"), for anyone except a
  famous person.
* EMAIL_ADDRESS: every e-mail address.
* "As written" also means: an OCR line break or hyphenation inside a name or
  an address stays inside the span; an address quoted in a forwarded e-mail
  keeps its "> " markers inside the one span; spoken dates in transcripts
  ("july twenty second nineteen seventy one") are DATE_OF_BIRTH when they
  answer a birth-date question; machine-readable forms (BOARDING PASS
  "SURNAME/GIVEN", APIS "06FEB05", ISO dates in JSON) are labelled too.

metadata.lookalikes (NOT graded as PII; the detector should leave them alone):
  NEG_FAMOUS  famous / historical people as a topic
  NEG_TERM    eponyms over the whole term ("Parkinson's disease")
  NEG_ORG     companies named after people
  NEG_PRODUCT products named after people or given names
  NEG_PLACE   places that are also given names; streets named after people
              used as a place without a number
  NEG_CODE    ticket keys, booking / policy numbers, versions, and also
              machine user names and handles
  NEG_DATE    every other calendar date (appointments, commits, expiry,
              death, wedding, invoices, flights, famous people's births)

metadata also has: family, locale, pii_free (bool).
"""
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

SEED = 20261203
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# building texts with spans
# --------------------------------------------------------------------------
ENT = {"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "EMAIL_ADDRESS"}


class V:
    """a labelled value inserted into a template"""
    __slots__ = ("label", "text")

    def __init__(self, label, text):
        self.label, self.text = label, text


def P(x): return V("PERSON", x)
def A(x): return V("STREET_ADDRESS", x)
def D(x): return V("DATE_OF_BIRTH", x)
def E(x): return V("EMAIL_ADDRESS", x)
def N(lab, x): return V(lab, x)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    def val(self, v):
        if isinstance(v, V):
            st = self.n
            self.raw(v.text)
            d = {"start_position": st, "end_position": self.n}
            if v.label in ENT:
                d = {"entity_type": v.label, "entity_value": v.text, **d}
                self.spans.append(d)
            elif v.label:
                d = {"label": v.label, "value": v.text, **d}
                self.negs.append(d)
        else:
            self.raw(str(v))

    def add(self, tpl, **kw):
        """tpl uses «key» placeholders (so JSON braces stay literal)"""
        parts = re.split(r"«(\w+)»", tpl)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                self.raw(p)
            else:
                self.val(kw[p])
        return self

    def text(self):
        return "".join(self.buf)


def jq(v):
    """JSON-escape the value of a V (or str) for use inside "..." ; the span
    then covers the escaped text, which equals the raw text for our values"""
    if isinstance(v, V):
        s = json.dumps(v.text, ensure_ascii=False)[1:-1]
        return V(v.label, s)
    return json.dumps(v, ensure_ascii=False)[1:-1]


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# locales
# --------------------------------------------------------------------------
LOCALES = ["en-US", "en-GB", "en-IE", "en-AU", "en-CA", "en-IN", "en-ZA",
           "de-DE", "de-AT", "de-CH", "fr-FR", "fr-BE", "fr-CH", "fr-CA",
           "nl-NL", "nl-BE", "es-ES", "es-MX", "es-AR", "es-CO",
           "it-IT", "it-CH", "pt-PT", "pt-BR"]
LOC_W = [6, 5, 2, 3, 2, 3, 2, 5, 2, 2, 4, 2, 1, 2, 3, 2, 3, 2, 2, 2, 3, 1, 2, 3]


def pick_loc(langs=None):
    cands = [(l, w) for l, w in zip(LOCALES, LOC_W) if langs is None or l[:2] in langs]
    tot = sum(w for _, w in cands)
    r = rng.random() * tot
    for l, w in cands:
        r -= w
        if r <= 0:
            return l
    return cands[-1][0]


def lang(loc): return loc[:2]


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
GIVEN = {
    "en": {"f": "Emily Sarah Jessica Hannah Olivia Sophie Chloe Megan Rachel Laura Siobhan Aoife Niamh Charlotte Grace Amelia Isla Ruby Zoe Kayleigh Bethany Tanya Thandiwe Naledi Priya Lauren Brittany Heather Deborah Patricia Linda".split(),
           "m": "James John Michael David Daniel Thomas Matthew Andrew Liam Connor Ciarán Seán Oliver Harry Jack Callum Ryan Nathan Bradley Kyle Sipho Thabo Brendan Declan Gareth Rhys Dylan Tyler Brandon Kevin Gregory".split()},
    "de": {"f": "Anna Lena Katharina Julia Sabine Ursula Birgit Monika Jana Franziska Annika Hannelore Gudrun Lea Mia Leonie Johanna Theresa Verena Silke Maren Jutta Heike Dörte Ilse".split(),
           "m": "Lukas Jonas Maximilian Felix Tobias Matthias Stefan Jürgen Wolfgang Klaus Dieter Uwe Thorsten Sebastian Florian Andreas Ralf Günther Bernd Holger Henrik Jörg Lutz Reto Urs".split()},
    "fr": {"f": "Camille Léa Chloé Manon Inès Juliette Élodie Aurélie Sandrine Nathalie Isabelle Sophie Céline Margaux Océane Anaïs Brigitte Ghislaine Maëlle Noémie Geneviève Josée".split(),
           "m": "Lucas Hugo Théo Louis Mathieu Julien Nicolas Sébastien Guillaume Antoine Jean-Pierre François Thierry Pascal Olivier Benoît Gaël Yannick Loïc Rémi Jérôme Luc-André".split()},
    "nl": {"f": "Sanne Lotte Femke Anouk Fleur Eva Marieke Ingrid Annemiek Sterre Noor Lieke Evi Mieke Griet Liesbeth Saskia Wies Joke Hanneke".split(),
           "m": "Daan Sem Bram Thijs Jeroen Maarten Pieter Joost Wouter Ruud Sjoerd Koen Bart Stijn Jelle Gert-Jan Hendrik Wim Arjen Teun".split()},
    "es": {"f": "María Lucía Carmen Ana Laura Paula Marta Sofía Valentina Camila Daniela Guadalupe Ximena Florencia Agustina Luz Marina Rocío Pilar Inmaculada María José".split(),
           "m": "José Juan Carlos Javier Alejandro Pablo Diego Sergio Andrés Santiago Mateo Joaquín Facundo Rodrigo Óscar Iñaki Jorge Luis Miguel Ángel Juan Pablo Esteban".split()},
    "it": {"f": "Giulia Chiara Francesca Federica Alessia Martina Sara Elisa Valentina Silvia Rosaria Annalisa Beatrice Ilaria Gaia Loredana Nunzia Carla".split(),
           "m": "Marco Luca Alessandro Andrea Giuseppe Francesco Matteo Lorenzo Davide Stefano Giovanni Salvatore Fabrizio Riccardo Gianluca Pierluigi Nicolò Tommaso".split()},
    "pt": {"f": "Ana Beatriz Mariana Inês Joana Francisca Raquel Sofia Catarina Gabriela Larissa Fernanda Juliana Letícia Conceição Vitória Thaís Rita".split(),
           "m": "João Pedro Tiago Rui Nuno Duarte Gonçalo Rodrigo Lucas Gabriel Rafael Felipe Thiago Vinícius Leonardo Diogo Henrique Luís".split()},
}
SURN = {
    "en": "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clarke Walker Wright Thompson Robinson Murphy Kelly O'Brien O'Sullivan Byrne Walsh McCarthy MacDonald Campbell Nguyen Patel Singh Naidoo van Wyk Botha Mokoena Dlamini Anderson Harris Hughes Evans Fitzgerald".split(" "),
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Huber Gruber Steiner Moser Brunner Keller Meier Bachmann Ammann Frei".split(),
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Fontaine Chevalier Gagnon Tremblay Côté Bouchard Lambert Dupont Peeters Mercier".split(),
    "nl": "de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Maes Claes Wouters Willems Goossens Vermeulen".split(" "),
    "es": "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Torres Ramírez Castillo Herrera Medina Vargas Rojas".split(),
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Caruso".split(" "),
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Cardoso".split(),
}
# multi-word real surnames were split above; re-join the ones with particles
def _fix_particles(lst):
    out, i = [], 0
    parts = {"van", "de", "den", "der", "De"}
    while i < len(lst):
        w = lst[i]
        if w in ("van", "de") and i + 1 < len(lst):
            if lst[i + 1] in ("den", "der") and i + 2 < len(lst):
                out.append(" ".join(lst[i:i + 3])); i += 3; continue
            out.append(w + " " + lst[i + 1]); i += 2; continue
        if w == "De" and i + 1 < len(lst):
            out.append("De " + lst[i + 1]); i += 2; continue
        out.append(w); i += 1
    return out


for _k in ("en", "nl", "it"):
    SURN[_k] = _fix_particles(SURN[_k])
for _k in ("es",):
    GIVEN[_k]["f"] = [g for g in GIVEN[_k]["f"] if g != "José"] + ["María José"]
    GIVEN[_k]["f"] = [g for g in GIVEN[_k]["f"] if g not in ("María", )] + ["María"]
    GIVEN[_k]["m"] = [g for g in GIVEN[_k]["m"] if g not in ("Ángel", "Luis", "Pablo", "Miguel")] + ["Miguel Ángel", "Juan Pablo", "José Luis"]
    GIVEN[_k]["f"] = [g for g in GIVEN[_k]["f"] if g != "José"]

GLOBAL = [  # (given, surname, origin)
    ("Priya", "Raghunathan", "IN"), ("Arjun", "Venkataraman", "IN"), ("Ananya", "Chatterjee", "IN"),
    ("Rohit", "Deshpande", "IN"), ("Lakshmi", "Subramanian", "IN"), ("Harpreet", "Kaur", "IN"),
    ("Sanjay", "Iyer", "IN"), ("Wang", "Xiuying", "CN"), ("Li", "Wei", "CN"), ("Zhang", "Haoran", "CN"),
    ("Chen", "Meiling", "CN"), ("Liu", "Yang", "CN"), ("Zhao", "Jingyi", "CN"),
    ("Mohammed", "Al-Farsi", "AR"), ("Fatima", "El Amrani", "AR"), ("Youssef", "Benali", "AR"),
    ("Layla", "Haddad", "AR"), ("Omar", "Abdel-Rahman", "AR"), ("Nour", "Khalil", "AR"),
    ("Emre", "Yılmaz", "TR"), ("Ayşe", "Kaya", "TR"), ("Mehmet", "Öztürk", "TR"), ("Zeynep", "Çelik", "TR"),
    ("Małgorzata", "Wiśniewska", "PL"), ("Tomasz", "Kowalczyk", "PL"), ("Agnieszka", "Zając", "PL"),
    ("Krzysztof", "Dąbrowski", "PL"), ("Chinedu", "Okonkwo", "NG"), ("Ngozi", "Adeyemi", "NG"),
    ("Oluwaseun", "Babatunde", "NG"), ("Chiamaka", "Eze", "NG"), ("Adebayo", "Ogunleye", "NG"),
    ("Nguyễn Thị", "Lan", "VN"), ("Trần Văn", "Minh", "VN"), ("Phạm", "Thu Hà", "VN"), ("Lê", "Quang Huy", "VN"),
    ("Kenji", "Takahashi", "JP"), ("Yuki", "Nakamura", "JP"), ("Min-jun", "Park", "KR"), ("Ji-woo", "Kim", "KR"),
    ("Dmitri", "Volkov", "RU"), ("Olena", "Shevchenko", "UA"), ("Aziz", "Karimov", "UZ"),
    ("Kwame", "Mensah", "GH"), ("Amara", "Diallo", "SN"), ("Siddharth", "Rao", "IN"), ("Bilal", "Qureshi", "PK"),
    ("Reza", "Tehrani", "IR"), ("Yasmin", "Darwish", "AR"), ("Ioana", "Popescu", "RO"), ("Eleni", "Papadopoulou", "GR"),
]

# invented names: syllables per language
SYL = {
    "en": (["br", "c", "d", "f", "gl", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh", "t", "th", "tr", "w"],
           ["a", "e", "i", "o", "u", "ai", "ea", "oo", "ay"],
           ["", "n", "l", "r", "ck", "ss", "th", "nd", "ll"],
           ["ton", "well", "by", "ridge", "field", "more", "ham", "ley", "wick", "son"], ["a", "elle", "ina", "ette", "ie"], ["an", "en", "us", "o", "iel"]),
    "de": (["b", "br", "d", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "r", "s", "sch", "st", "t", "w", "z"],
           ["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au"],
           ["", "n", "l", "r", "nd", "rt", "ck", "ss", "tz", "ch"],
           ["mann", "er", "berg", "huber", "inger", "brecht", "stedt", "ling", "hofer", "meier"], ["a", "ine", "ke", "hild", "trud"], ["bert", "fried", "old", "hard", "mar"]),
    "fr": (["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "gr"],
           ["a", "e", "i", "o", "ou", "au", "é", "eu"],
           ["", "n", "l", "r", "s", "t"],
           ["eau", "ier", "ard", "ault", "elle", "in", "on", "et", "oux", "ac"], ["ine", "ette", "elle", "ise", "ie"], ["ien", "in", "ard", "el", "ric"]),
    "nl": (["b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "sj"],
           ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ij", "ui"],
           ["", "n", "l", "r", "k", "s", "rt", "nk"],
           ["ink", "stra", "huis", "veld", "inga", "ma", "kamp", "hout", "sma", "ers"], ["ke", "tje", "je", "ina", "a"], ["ert", "ijn", "out", "e", "en"]),
    "es": (["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ll", "ch"],
           ["a", "e", "i", "o", "u", "ia", "ue"],
           ["", "n", "l", "r", "s"],
           ["ez", "ero", "ado", "illa", "ona", "arra", "uela", "ino", "eda", "iz"], ["a", "ela", "ina", "ita"], ["o", "io", "ardo", "el", "ino"]),
    "it": (["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "gi", "sc"],
           ["a", "e", "i", "o", "u", "ia", "io"],
           ["", "n", "l", "r", "s"],
           ["ini", "etti", "ello", "ucci", "ato", "one", "azzi", "iero", "ardi", "oli"], ["a", "ina", "etta", "ella"], ["o", "ino", "ardo", "ello", "io"]),
    "pt": (["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "lh", "ch"],
           ["a", "e", "i", "o", "u", "ei", "ou"],
           ["", "n", "l", "r", "s"],
           ["eira", "inho", "ares", "elho", "ado", "ota", "ães", "ela", "ilde", "oso"], ["a", "ina", "ília", "ete"], ["o", "ino", "ardo", "elo", "ildo"]),
}
ALL_REAL = set()
for _l in GIVEN:
    for _g in ("f", "m"):
        ALL_REAL.update(x.lower() for x in GIVEN[_l][_g])
    ALL_REAL.update(x.lower() for x in SURN[_l])
for _g, _s, _o in GLOBAL:
    ALL_REAL.add(_g.lower()); ALL_REAL.add(_s.lower())
_INVENTED = set()


def _root(lg, nsyl):
    on, nu, co = SYL[lg][0], SYL[lg][1], SYL[lg][2]
    s = ""
    for i in range(nsyl):
        s += pick(on) + pick(nu)
    s += pick(co)
    return s


def _pronounceable(r):
    low = r.lower()
    if re.search(r"(.)\1\1", low) or re.search(r"[aeiouyäöüéàèâêîôûãõ]{3}", low):
        return False
    if len(re.findall(r"(.)\1", low)) > 1 or re.search(r"(oo|ee|aa).*(oo|ee|aa|ll)", low):
        return False
    return True


def invent_given(lg, g):
    for _ in range(100):
        r = _root(lg, rng.choice([1, 2]))
        r = r + pick(SYL[lg][4] if g == "f" else SYL[lg][5])
        r = r[0].upper() + r[1:]
        if 4 <= len(r) <= 10 and r.lower() not in ALL_REAL and _pronounceable(r):
            _INVENTED.add(r)
            return r
    return "Valtrena"


def invent_surname(lg):
    for _ in range(100):
        r = _root(lg, rng.choice([1, 2])) + pick(SYL[lg][3])
        r = r[0].upper() + r[1:]
        if 5 <= len(r) <= 13 and r.lower() not in ALL_REAL and _pronounceable(r):
            _INVENTED.add(r)
            return r
    return "Brondstedt"


PARTICLES = {"de": ["von", "von der", "zu"], "nl": ["van", "van der", "van den", "de", "ter", "van 't"],
             "fr": ["de", "du", "Le", "de la"], "es": ["de", "del", "de la", "de los"], "it": ["De", "Di", "Lo", "Della"],
             "pt": ["de", "da", "dos", "do"], "en": ["Mc", "O'", "Fitz"]}
NICK = {"Robert": "Bob", "William": "Bill", "Elizabeth": "Liz", "Michael": "Mike", "Daniel": "Danny", "Thomas": "Tom",
        "Matthew": "Matt", "Andrew": "Andy", "Katharina": "Kathi", "Maximilian": "Max", "Sebastian": "Basti",
        "Franziska": "Franzi", "Alejandro": "Álex", "Francisco": "Paco", "José": "Pepe", "Guadalupe": "Lupe",
        "Giuseppe": "Beppe", "Francesco": "Cesco", "Gonçalo": "Gonça", "Mariana": "Mari", "Jessica": "Jess",
        "Rebecca": "Becky", "Christopher": "Chris", "Jennifer": "Jen", "Nicolas": "Nico", "Guillaume": "Guigui",
        "Alessandro": "Ale", "Wolfgang": "Wolfi", "Johanna": "Hanna", "Gabriel": "Gabi", "Fernanda": "Nanda",
        "Oluwaseun": "Seun", "Chinedu": "Nedu", "Siddharth": "Sid", "Małgorzata": "Gosia", "Krzysztof": "Krzyś"}


class Person:
    def __init__(self, lg, gender=None, kind=None):
        self.lg = lg
        self.g = gender or pick("fm")
        kind = kind or rng.choices(["real", "invented", "global"], [40, 45, 15])[0]
        self.kind = kind
        if kind == "global":
            gi, su, o = pick(GLOBAL)
            self.given, self.sur = gi, su
            self.origin = o
        else:
            self.origin = lg
            if kind == "real":
                self.given = pick(GIVEN[lg][self.g])
                self.sur = pick(SURN[lg])
            else:
                self.given = invent_given(lg, self.g)
                self.sur = invent_surname(lg)
            if chance(0.12) and lg in PARTICLES and " " not in self.sur:
                pa = pick(PARTICLES[lg])
                self.sur = pa + self.sur if pa in ("Mc", "O'", "Fitz") else pa + " " + self.sur
            if chance(0.08):
                other = invent_surname(lg) if kind == "invented" else pick(SURN[lg])
                if " " not in other and " " not in self.sur and other != self.sur:
                    self.sur = self.sur + ("-" if lg in "en de fr nl" else " ") + other
            if lg in ("es", "pt") and chance(0.35) and "-" not in self.sur:
                other = invent_surname(lg) if kind == "invented" else pick(SURN[lg])
                if other != self.sur:
                    self.sur = self.sur + " " + other
        self.middle = None
        if chance(0.15):
            self.middle = pick(GIVEN["en"]["f" if self.g == "f" else "m"]) if lg == "en" else None

    @property
    def full(self):
        return self.given + " " + self.sur

    def initial(self):
        return self.given[0] + "."

    def nick(self):
        return NICK.get(self.given, self.given)

    def styled(self, style=None):
        """returns the name as written (a string)"""
        style = style or rng.choices(["full", "full", "full", "mid", "sur_first", "init", "lower", "caps",
                                      "given", "adm", "nick"], [30, 10, 5, 5, 8, 8, 6, 6, 6, 6, 4])[0]
        g, s = self.given, self.sur
        if style == "full":
            return f"{g} {s}"
        if style == "mid":
            return f"{g} {self.middle[0]}. {s}" if self.middle else f"{g} {s}"
        if style == "sur_first":
            return f"{s}, {g}"
        if style == "init":
            return f"{g[0]}. {s}"
        if style == "lower":
            return f"{g} {s}".lower()
        if style == "caps":
            return f"{g} {s}".upper()
        if style == "given":
            return g
        if style == "adm":
            return f"{s.upper()} {g}"
        if style == "nick":
            return f"{self.nick()} {s}"
        if style == "nick_only":
            return self.nick()
        if style == "sur":
            return s
        return f"{g} {s}"

    def email(self, domain=None):
        gi = ascii_fold(self.given).lower().replace(" ", "").replace("'", "")
        su = ascii_fold(self.sur).lower().replace(" ", "").replace("'", "")
        domain = domain or pick(MAILDOM.get(self.lg, MAILDOM["en"]))
        form = rng.randrange(6)
        if form == 0:
            lp = f"{gi}.{su}"
        elif form == 1:
            lp = f"{gi[0]}{su}"
        elif form == 2:
            lp = f"{gi}{rng.randrange(1, 99)}"
        elif form == 3:
            lp = f"{su}.{gi[0]}"
        elif form == 4:
            lp = f"{gi}_{su}{rng.randrange(70, 100)}"
        else:
            lp = f"{gi}-{su}"
        lp = lp.replace("-", "-") if lp else "x"
        return f"{lp}@{domain}"

    def username(self):
        gi = ascii_fold(self.given).lower().replace(" ", "")
        su = ascii_fold(self.sur).lower().replace(" ", "").replace("'", "")
        return pick([f"{gi[0]}{su[:6]}{rng.randrange(1, 99)}", f"{su[:5]}{gi[:2]}", f"{gi[:3]}{su[:3]}_{rng.randrange(10, 99)}"])


MAILDOM = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "rediffmail.com", "icloud.com"],
           "de": ["gmx.de", "web.de", "t-online.de", "bluewin.ch", "gmx.at", "posteo.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be", "videotron.ca", "sfr.fr"],
           "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl", "xs4all.nl"],
           "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "fibertel.com.ar", "une.net.co", "telefonica.net"],
           "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"],
           "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"]}
CORPDOM = ["northwind-logistics.com", "kestrel-analytics.io", "brightwater.co.uk", "lindqvist-partner.de", "atelier-mercure.fr",
           "vandam-advocaten.nl", "grupo-alcor.es", "studio-verdemare.it", "construtora-ipe.com.br", "acmecorp.example", "helios-care.ch"]

HON = {"en": ["Dr.", "Mr", "Mrs", "Ms", "Mr.", "Dr", "Prof.", "Miss"], "de": ["Herr", "Frau", "Dr.", "Prof. Dr.", "Hr.", "Fr."],
       "fr": ["M.", "Mme", "Dr", "Maître", "Me", "Mlle"], "nl": ["dhr.", "mevr.", "Dr.", "mr.", "ir."],
       "es": ["Sr.", "Sra.", "Dr.", "Dra.", "Lic.", "D.", "Dña."], "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv.", "Ing."],
       "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng.º"]}


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
MABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "es": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "pt": "jan fev mar abr mai jun jul ago set out nov dez".split(),
}
ORD_EN = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
          "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
          "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _two(n):
    if n < 10:
        return "oh " + UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def spoken_year(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000])
    return _two(y // 100) + " " + _two(y % 100)


def en_ord(d):
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def rand_dob(old=False):
    lo = date(1928, 1, 1) if old else date(1942, 1, 1)
    hi = date(1955, 12, 31) if old else date(2007, 12, 31)
    return lo + timedelta(days=rng.randrange((hi - lo).days))


def rand_recent():
    lo = date(2019, 1, 1)
    return lo + timedelta(days=rng.randrange(2400))


def fmt_date(dt, loc, style=None):
    """a date written the way the locale writes it; style chosen at random"""
    lg = lang(loc)
    d, m, y = dt.day, dt.month, dt.year
    y2 = f"{y % 100:02d}"
    M, Ma = MONTHS[lg][m - 1], MABBR[lg][m - 1]
    if lg == "de" and loc == "de-AT" and m == 1 and chance(0.7):
        M = "Jänner"
    if lg == "en":
        us = loc in ("en-US",) or (loc == "en-CA" and chance(0.5))
        opts = ([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y2}", f"{M} {d}, {y}", f"{Ma} {d}, {y}", f"{Ma}. {d} {y}",
                 f"{M} {en_ord(d)}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}-{y}"] if us else
                [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}/{m}/{y2}", f"{d} {M} {y}", f"{d} {Ma} {y}", f"{en_ord(d)} {M} {y}",
                 f"{en_ord(d)} of {M}, {y}", f"{d:02d}-{Ma}-{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{Ma.upper()}-{y2}"])
    elif lg == "de":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y2}", f"{d}. {M} {y}", f"{d}. {Ma} {y}",
                f"{d:02d}. {M} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y2}"]
    elif lg == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {M} {y}", f"{'1er' if d == 1 else d} {M} {y}", f"{d} {Ma} {y}",
                f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y2}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}"]
    elif lg == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {M} {y}", f"{d} {Ma} {y}", f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}-{m:02d}-{y2}", f"{d}-{Ma}-{y}", f"{y}-{m:02d}-{d:02d}"]
    elif lg == "es":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} de {M} de {y}", f"{'1°' if d == 1 else d} de {M} de {y}",
                f"{d:02d}-{Ma}-{y}", f"{d:02d}/{m:02d}/{y2}", f"{d} {Ma}. {y}", f"{d:02d}-{m:02d}-{y}"]
    elif lg == "it":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {M} {y}", f"{'1º' if d == 1 else d} {M} {y}", f"{d} {Ma} {y}",
                f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y2}", f"{d:02d}-{m:02d}-{y}"]
    else:  # pt
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} de {M} de {y}", f"{d:02d}/{Ma}/{y}", f"{d:02d}-{m:02d}-{y}",
                f"{d:02d}/{m:02d}/{y2}", f"{d}.º de {M} de {y}" if d == 1 else f"{d} {Ma} {y}", f"{d:02d}.{m:02d}.{y}"]
    if style == "numeric":
        return opts[0]
    if style == "words":
        return opts[3] if lg != "en" else ([o for o in opts if M in o] or opts)[0]
    return pick(opts)


def spoken_date(dt, loc="en-US"):
    M = MONTHS["en"][dt.month - 1].lower()
    o = ORD_EN[dt.day]
    yy = spoken_year(dt.year)
    return pick([f"{M} {o} {yy}", f"the {o} of {M} {yy}", f"{o} of {M} {yy}", f"{M} {dt.day} {dt.year}",
                 f"{o} {M} {_two(dt.year % 100)}", f"{dt.day} {M} {yy}"])


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
STREET_EN = "Maple Oak Elm Cedar Willow Birch Chestnut Highland Meadow Church Mill Station Victoria Park Kingsley Ashgrove Beechwood Sycamore Larkspur Hawthorn Riverside Jacaranda Banksia Wattle Protea Marula Gandhi Nehru".split()
STREET_EN_T = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Close", "Crescent", "Way", "Place", "Terrace", "Court", "Boulevard"]
STREET_DE = "Linden Birken Haupt Bahnhof Schul Garten Kirch Mühlen Berg Wiesen Rosen Feld Buchen Tannen Eichen Sonnen".split() + ["Am Anger"]
STREET_FR = ["des Lilas", "de la République", "Victor Hugo", "Jean Jaurès", "du Moulin", "des Écoles", "de la Gare", "Pasteur",
             "des Tilleuls", "du Général Leclerc", "Sainte-Catherine", "de la Loi", "du Marché", "des Peupliers", "Saint-Denis"]
STREET_NL = "Kerk Dorps Molen Prinsen School Linden Beuken Heren Keizers Wilhelmina Juliana Berken Esdoorn Tulpen".split()
STREET_ES = ["de Alcalá", "Mayor", "del Sol", "de las Flores", "Gran Vía", "de Cervantes", "San Martín", "Independencia",
             "Insurgentes Sur", "Reforma", "de los Olivos", "Real", "Santa Fe", "Corrientes", "Rivadavia"]
STREET_IT = ["Giuseppe Verdi", "Roma", "Garibaldi", "Dante", "dei Mille", "XX Settembre", "delle Rose", "Mazzini",
             "Cavour", "San Francesco", "dei Tigli", "Manzoni", "Vittorio Emanuele II"]
STREET_PT = ["Augusta", "das Flores", "da Liberdade", "do Comércio", "Direita", "São João", "Barão de Itapetininga",
             "Marquês de Pombal", "da Consolação", "dos Andradas", "Sete de Setembro", "Frei Caneca"]
CITIES = {
    "en-US": [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Portland", "OR", "972"),
              ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122")],
    "en-GB": [("London", "SW4", ""), ("Manchester", "M14", ""), ("Leeds", "LS6", ""), ("Bristol", "BS7", ""), ("Glasgow", "G12", ""),
              ("Cardiff", "CF24", ""), ("Norwich", "NR2", "")],
    "en-IE": [("Ballincollig, Co. Cork", "P31", ""), ("Rathmines, Dublin 6", "D06", ""), ("Salthill, Galway", "H91", ""), ("Navan, Co. Meath", "C15", "")],
    "en-AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"), ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045")],
    "en-CA": [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6K"), ("Calgary", "AB", "T2N"), ("Halifax", "NS", "B3H"), ("Ottawa", "ON", "K1S")],
    "en-IN": [("Bengaluru", "Karnataka", "5600"), ("Pune", "Maharashtra", "4110"), ("Chennai", "Tamil Nadu", "6000"), ("Hyderabad", "Telangana", "5000"), ("New Delhi", "Delhi", "1100")],
    "en-ZA": [("Pretoria", "Waterkloof", "0181"), ("Cape Town", "Observatory", "7925"), ("Johannesburg", "Melville", "2092"), ("Durban", "Morningside", "4001")],
    "de-DE": [("Berlin", "", "10"), ("München", "", "80"), ("Hamburg", "", "22"), ("Köln", "", "50"), ("Leipzig", "", "04"), ("Freiburg im Breisgau", "", "79"), ("Kassel", "", "34")],
    "de-AT": [("Wien", "", "1"), ("Graz", "", "8"), ("Linz", "", "4"), ("Innsbruck", "", "6"), ("Salzburg", "", "5")],
    "de-CH": [("Zürich", "", "80"), ("Bern", "", "30"), ("Basel", "", "40"), ("Luzern", "", "60"), ("Winterthur", "", "84")],
    "fr-FR": [("Paris", "", "750"), ("Lyon", "", "6900"), ("Marseille", "", "130"), ("Nantes", "", "440"), ("Toulouse", "", "310"), ("Lille", "", "590")],
    "fr-BE": [("Bruxelles", "", "10"), ("Liège", "", "40"), ("Namur", "", "50"), ("Charleroi", "", "60")],
    "fr-CH": [("Genève", "", "12"), ("Lausanne", "", "10"), ("Neuchâtel", "", "20"), ("Fribourg", "", "17")],
    "fr-CA": [("Montréal", "QC", "H2X"), ("Québec", "QC", "G1R"), ("Gatineau", "QC", "J8X"), ("Sherbrooke", "QC", "J1H")],
    "nl-NL": [("Amsterdam", "", "10"), ("Utrecht", "", "35"), ("Rotterdam", "", "30"), ("Groningen", "", "97"), ("Eindhoven", "", "56"), ("Zwolle", "", "80")],
    "nl-BE": [("Antwerpen", "", "20"), ("Gent", "", "90"), ("Leuven", "", "30"), ("Brugge", "", "80"), ("Hasselt", "", "35")],
    "es-ES": [("Madrid", "", "280"), ("Barcelona", "", "080"), ("Valencia", "", "460"), ("Sevilla", "", "410"), ("Bilbao", "", "480"), ("Zaragoza", "", "500")],
    "es-MX": [("Ciudad de México", "CDMX", "03"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"), ("Puebla", "Pue.", "72")],
    "es-AR": [("CABA", "", "C1"), ("Córdoba", "", "X5"), ("Rosario", "Santa Fe", "S2"), ("Mendoza", "", "M55")],
    "es-CO": [("Bogotá", "D.C.", "11"), ("Medellín", "Antioquia", "05"), ("Cali", "Valle del Cauca", "76"), ("Barranquilla", "Atlántico", "08")],
    "it-IT": [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Napoli", "NA", "801"), ("Firenze", "FI", "501")],
    "it-CH": [("Lugano", "TI", "69"), ("Bellinzona", "TI", "65"), ("Locarno", "TI", "66")],
    "pt-PT": [("Lisboa", "", "1"), ("Porto", "", "4"), ("Coimbra", "", "3"), ("Braga", "", "47"), ("Faro", "", "80")],
    "pt-BR": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"), ("Curitiba", "PR", "8"), ("Porto Alegre", "RS", "9"), ("Recife", "PE", "5")],
}
COUNTRY = {"en-US": "USA", "en-GB": "United Kingdom", "en-IE": "Ireland", "en-AU": "Australia", "en-CA": "Canada", "en-IN": "India",
           "en-ZA": "South Africa", "de-DE": "Deutschland", "de-AT": "Österreich", "de-CH": "Schweiz", "fr-FR": "France",
           "fr-BE": "Belgique", "fr-CH": "Suisse", "fr-CA": "Canada", "nl-NL": "Nederland", "nl-BE": "België", "es-ES": "España",
           "es-MX": "México", "es-AR": "Argentina", "es-CO": "Colombia", "it-IT": "Italia", "it-CH": "Svizzera", "pt-PT": "Portugal", "pt-BR": "Brasil"}


def _dig(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _UL():
    return pick("ABDEFGHJLNPRSTWXY")


def address(loc, sep=None, country=None, po=False):
    """a postal address as written in the locale; sep is ', ' or '\n'"""
    sep = sep if sep is not None else (", " if chance(0.6) else "\n")
    city, reg, pc = pick(CITIES[loc])
    no = rng.randrange(1, 240)
    lg = lang(loc)
    lines = []
    if loc == "en-US":
        if po:
            lines = [f"PO Box {rng.randrange(100, 9999)}", f"{city}, {reg} {pc}{_dig(2)}"]
        else:
            st = f"{rng.randrange(100, 9999)} {pick(STREET_EN)} {pick(STREET_EN_T)}"
            if chance(0.4):
                st += pick([f", Apt {rng.randrange(1, 40)}{pick('ABCD')}", f" #{rng.randrange(100, 999)}", f", Suite {rng.randrange(100, 900)}", f", Unit {rng.randrange(1, 30)}"])
            lines = [st, f"{city}, {reg} {pc}{_dig(2)}" + (f"-{_dig(4)}" if chance(0.2) else "")]
    elif loc == "en-GB":
        st = f"{no} {pick(STREET_EN)} {pick(['Road', 'Street', 'Lane', 'Gardens', 'Close', 'Mews', 'Terrace', 'Grove'])}"
        pre = []
        if chance(0.35):
            pre = [pick([f"Flat {rng.randrange(1, 30)}", f"Flat {rng.randrange(1, 9)}{pick('ABC')}", f"Apartment {rng.randrange(1, 80)}"])]
        if chance(0.2):
            pre.append(pick(["Rosewood House", "Albion Court", "The Old Rectory", "Kingfisher Wharf", "Ashdown Lodge"]))
        pcode = f"{reg} {rng.randrange(1, 9)}{_UL()}{_UL()}"
        if pre and chance(0.5):
            lines = [", ".join(pre) + ", " + st, city, pcode]
        else:
            lines = pre + [st, city, pcode]
    elif loc == "en-IE":
        st = f"{no} {pick(STREET_EN)} {pick(['Drive', 'Road', 'Park', 'Avenue', 'Grove', 'Lawn'])}"
        if chance(0.3):
            st = f"Apt {rng.randrange(1, 60)}, {pick(['The Maltings', 'Harbour View', 'Riverbank House'])}, " + st
        lines = [st, city, f"{reg} {_UL()}{_UL()}{_dig(2)}"]
    elif loc == "en-AU":
        st = f"{no} {pick(STREET_EN)} {pick(['St', 'Street', 'Rd', 'Ave', 'Pde', 'Cres'])}"
        if chance(0.4):
            st = f"{rng.randrange(1, 30)}/{st}" if chance(0.5) else f"Unit {rng.randrange(1, 30)}, {st}"
        if po:
            st = f"PO Box {rng.randrange(10, 999)}"
        lines = [st, f"{city} {reg} {pc}"]
    elif loc == "en-CA":
        st = f"{rng.randrange(10, 3999)} {pick(STREET_EN)} {pick(['Street', 'Avenue', 'Road', 'Crescent', 'Drive'])}"
        if chance(0.35):
            st = pick([f"{rng.randrange(100, 2500)}-{st}", f"{st}, Suite {rng.randrange(100, 900)}", f"{st}, Apt. {rng.randrange(1, 30)}"])
        lines = [st, f"{city} {reg} {pc} {rng.randrange(1, 9)}{_UL()}{rng.randrange(1, 9)}"]
    elif loc == "en-IN":
        st = pick([f"Flat {rng.randrange(101, 1204)}, {pick(['Sai Krupa', 'Green Meadows', 'Prestige Lakeside', 'Shanti Niwas', 'Lotus Heights'])} Apartments",
                   f"No. {no}, {rng.randrange(1, 20)}th Cross", f"H.No. {rng.randrange(1, 30)}-{rng.randrange(1, 300)}/{rng.randrange(1, 20)}",
                   f"Plot {no}, Sector {rng.randrange(2, 60)}"])
        area = pick(["Indiranagar", "Koregaon Park", "T. Nagar", "Banjara Hills", "Lajpat Nagar", "Jayanagar 4th Block", "Andheri West"])
        lines = [st, f"{pick(['Near Ganesh Temple, ', 'Opp. SBI ATM, ', ''])}{area}", f"{city} - {pc}{_dig(2)}" + (f", {reg}" if chance(0.5) else "")]
    elif loc == "en-ZA":
        st = f"{no} {pick(STREET_EN)} {pick(['Street', 'Road', 'Avenue', 'Lane', 'Crescent'])}"
        if chance(0.3):
            st = f"Unit {rng.randrange(1, 40)}, {pick(['Sunbird Villas', 'Protea Court', 'Marula Gardens'])}, " + st
        if po:
            st = f"PO Box {rng.randrange(100, 9999)}"
        lines = [st, reg, city, pc]
    elif lg == "de":
        s = pick(STREET_DE)
        if s == "Am Anger":
            st = f"Am Anger {no}"
        else:
            st = f"{s}{pick(['straße', 'strasse', 'weg', 'gasse', 'allee', 'platz', 'str.'])} {no}{pick(['', '', '', 'a', 'b'])}"
            if loc == "de-CH":
                st = st.replace("straße", "strasse")
        if loc == "de-AT" and chance(0.6):
            st += f"/{rng.randrange(1, 20)}" + (f"/{rng.randrange(1, 30)}" if chance(0.3) else "")
        pre = []
        if chance(0.25):
            pre = [pick(["Gartenhaus", "Hinterhaus", f"{rng.randrange(1, 6)}. OG", "Haus B", "App. 12"])]
        if po:
            st = f"Postfach {rng.randrange(10, 9999)}"
        if loc == "de-AT":
            plz = f"{pc}{rng.randrange(0, 2)}{rng.randrange(1, 9)}0"
        else:
            plz = pc + _dig(4 - len(pc)) if loc == "de-CH" else pc + _dig(5 - len(pc))
        if chance(0.15):
            plz = {"de-DE": "D-", "de-AT": "A-", "de-CH": "CH-"}[loc] + plz
        lines = pre + [st, f"{plz} {city}"]
    elif lg == "fr":
        s = pick(STREET_FR)
        typ = pick(["rue", "avenue", "boulevard", "allée", "chemin", "place", "impasse"])
        if loc in ("fr-BE",):
            st = f"{typ.capitalize()} {s} {no}" + (f" bte {rng.randrange(1, 20)}" if chance(0.3) else "")
        elif loc == "fr-CH":
            st = f"{typ.capitalize()} {s} {no}"
        elif loc == "fr-CA":
            st = f"{rng.randrange(100, 9999)}, {typ} {s}" + (f", app. {rng.randrange(1, 40)}" if chance(0.3) else "")
        else:
            st = f"{no}{pick(['', '', ' bis', ' ter'])}, {typ} {s}" if chance(0.5) else f"{no} {typ} {s}"
        pre = []
        if loc == "fr-FR" and chance(0.3):
            pre = [pick([f"Bât. {pick('ABCD')}, esc. {rng.randrange(1, 5)}", f"Résidence {pick(['Les Érables', 'Le Clos Fleuri', 'Bellevue'])}", f"Apt {rng.randrange(1, 60)}", "BP 42"])]
        if po:
            st = pick([f"BP {rng.randrange(10, 999)}", f"Case postale {rng.randrange(10, 999)}"])
        if loc == "fr-CA":
            lines = pre + [st, f"{city} ({reg}) {pc} {rng.randrange(1, 9)}{_UL()}{rng.randrange(1, 9)}"]
        elif loc == "fr-FR":
            cp = (pc + _dig(5 - len(pc)))
            lines = pre + [st, f"{cp} {city.upper() if chance(0.3) else city}" + (f" CEDEX {rng.randrange(1, 9)}" if chance(0.08) else "")]
        else:
            cp = pc + _dig(4 - len(pc))
            lines = pre + [st, f"{'CH-' if loc == 'fr-CH' and chance(0.3) else ''}{cp} {city}"]
    elif lg == "nl":
        s = pick(STREET_NL)
        st = f"{s}{pick(['straat', 'weg', 'laan', 'gracht', 'plein', 'singel'])} {no}"
        if loc == "nl-NL":
            if chance(0.35):
                st += pick([f"-{rng.randrange(1, 4)}", f" {pick(['A', 'B', 'hs', 'bis'])}", f"-{pick(['I', 'II', 'III'])}"])
            lines = [st, f"{pc}{_dig(2)} {_UL()}{_UL()}{'  ' if chance(0.1) else ' '}{city.upper() if chance(0.2) else city}"]
            if po:
                lines[0] = f"Postbus {rng.randrange(10, 9999)}"
        else:
            if chance(0.35):
                st += f" bus {rng.randrange(1, 30)}"
            lines = [st, f"{pc}{_dig(2)} {city}"]
    elif lg == "es":
        s = pick(STREET_ES)
        if loc == "es-ES":
            st = f"{pick(['Calle', 'C/', 'Avda.', 'Paseo', 'Plaza'])} {s}, {no}" + (pick([f", {rng.randrange(1, 9)}º {pick('ABCD')}", f", {rng.randrange(1, 9)}.º {pick(['izda.', 'dcha.'])}", f", Esc. {pick('12')}, {rng.randrange(1, 6)}º {rng.randrange(1, 4)}ª", ""]))
            lines = [st, f"{pc}{_dig(2)} {city}" + (f" ({pick(['Madrid', 'Barcelona', 'Valencia'])})" if chance(0.2) else "")]
        elif loc == "es-MX":
            st = f"{pick(['Av.', 'Calle', 'Calz.'])} {s} {rng.randrange(10, 3000)}" + (f", {pick(['Int.', 'Depto.', 'Piso'])} {rng.randrange(1, 20)}" if chance(0.5) else "")
            col = f"Col. {pick(['Del Valle', 'Roma Norte', 'Condesa', 'Americana', 'Centro', 'Narvarte Poniente'])}"
            lines = [st, col, f"C.P. {pc}{_dig(3)}, {city}, {reg}"]
        elif loc == "es-AR":
            st = f"{pick(['Av.', 'Calle', 'Av.'])} {s} {rng.randrange(100, 6000)}" + (f", Piso {rng.randrange(1, 15)} Dto. {pick('ABCDEF')}" if chance(0.5) else "")
            lines = [st, f"{pc}{_dig(3)}{pick(['ABC', 'AAB', 'DCE', ''])} {city}" + (f", {reg}" if reg else "")]
        else:
            st = f"{pick(['Calle', 'Carrera', 'Cra.', 'Cl.', 'Av. Calle', 'Diagonal'])} {rng.randrange(1, 150)}{pick(['', '', 'A', 'B', ' Bis'])} # {rng.randrange(1, 120)}-{rng.randrange(1, 99)}" + (f", Apto {rng.randrange(101, 1504)}" if chance(0.5) else "")
            lines = [st, f"{pick(['Barrio Chapinero', 'El Poblado', 'Usaquén', 'Laureles', 'Granada'])}", f"{city}, {reg}"]
        if po:
            lines[0] = f"Apartado {'de Correos ' if loc == 'es-ES' else 'Postal '}{rng.randrange(10, 9999)}"
    elif lg == "it":
        s = pick(STREET_IT)
        st = f"{pick(['Via', 'Viale', 'Corso', 'Piazza', 'Vicolo', 'Via'])} {s}{pick([' ', ', '])}{no}{pick(['', '', '/A', '/B', ' bis'])}"
        if chance(0.25):
            st += pick([f", scala {pick('ABC')}, int. {rng.randrange(1, 20)}", f", {rng.randrange(1, 6)}° piano", f", int. {rng.randrange(1, 30)}"])
        if loc == "it-IT":
            lines = [st, f"{pc}{_dig(2)} {city} ({reg})" if chance(0.5) else f"{pc}{_dig(2)} {city} {reg}"]
        else:
            lines = [st, f"{'CH-' if chance(0.3) else ''}{pc}{_dig(2)} {city}"]
        if po:
            lines[0] = f"Casella Postale {rng.randrange(10, 999)}"
    else:  # pt
        s = pick(STREET_PT)
        if loc == "pt-PT":
            st = f"{pick(['Rua', 'Av.', 'Avenida', 'Travessa', 'Largo'])} {s}, {'n.º ' if chance(0.3) else ''}{no}" + (pick([f", {rng.randrange(1, 9)}.º Esq.", f", {rng.randrange(1, 9)}.º Dto.", f", R/C", ""]))
            cp = f"{pc}{_dig(4 - len(pc))}-{_dig(3)}"
            lines = [st, f"{cp} {city}"]
        else:
            st = f"{pick(['Rua', 'Av.', 'Avenida', 'Alameda', 'R.'])} {s}, {no}" + (pick([f", Apto {rng.randrange(11, 1804)}", f", Bloco {pick('ABC')}, Apto {rng.randrange(11, 304)}", f" - Casa {rng.randrange(1, 5)}", ""]))
            bairro = pick(["Jardim Paulista", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem", "Vila Madalena"])
            cep = f"{pc}{_dig(4)}-{_dig(3)}"
            lines = [st + (f" - {bairro}" if chance(0.5) else ""), f"{city} - {reg}", f"CEP {cep}" if chance(0.5) else cep]
        if po:
            lines[0] = f"{'Apartado' if loc == 'pt-PT' else 'Caixa Postal'} {rng.randrange(10, 9999)}"
    if country or (country is None and chance(0.15)):
        lines.append(COUNTRY[loc])
    return sep.join(lines)


def city_of(loc):
    return pick(CITIES[loc])[0]


# --------------------------------------------------------------------------
# look-alikes
# --------------------------------------------------------------------------
FAMOUS = ["Albert Einstein", "Marie Curie", "Napoleon Bonaparte", "Frida Kahlo", "Johann Sebastian Bach", "Gabriel García Márquez",
          "Fernando Pessoa", "Dante Alighieri", "Vincent van Gogh", "Rembrandt van Rijn", "Simone de Beauvoir", "Ada Lovelace",
          "Alan Turing", "Nelson Mandela", "Mahatma Gandhi", "Angela Merkel", "Charles de Gaulle", "Leonardo da Vinci",
          "Jorge Luis Borges", "Pablo Neruda", "Clarice Lispector", "Johann Wolfgang von Goethe", "Friedrich Schiller",
          "Wolfgang Amadeus Mozart", "Isaac Newton", "Charles Darwin", "William Shakespeare", "Jane Austen", "Winston Churchill",
          "Abraham Lincoln", "Martin Luther King Jr.", "Sigmund Freud", "Florence Nightingale", "Simón Bolívar", "Eva Perón",
          "Giuseppe Garibaldi", "Maria Montessori", "Galileo Galilei", "Anne Frank", "Erasmus van Rotterdam", "Pedro Álvares Cabral",
          "Machado de Assis", "Victor Hugo", "Marcel Proust", "Edith Piaf", "Miguel de Cervantes", "Salvador Dalí", "Rosalía de Castro",
          "Indira Gandhi", "Rabindranath Tagore", "Confucius", "Ibn Battuta", "Mustafa Kemal Atatürk", "Fryderyk Chopin",
          "Chinua Achebe", "Ho Chi Minh", "Greta Thunberg", "Elon Musk", "Taylor Swift", "Lionel Messi", "Cristiano Ronaldo",
          "Roger Federer", "Barack Obama", "Emmanuel Macron", "Pope Francis", "Queen Elizabeth II", "Karl Marx", "Immanuel Kant"]
FAMOUS_BORN = [("Albert Einstein", date(1879, 3, 14)), ("Marie Curie", date(1867, 11, 7)), ("Frida Kahlo", date(1907, 7, 6)),
               ("Alan Turing", date(1912, 6, 23)), ("Ada Lovelace", date(1815, 12, 10)), ("Nelson Mandela", date(1918, 7, 18)),
               ("Fernando Pessoa", date(1888, 6, 13)), ("Wolfgang Amadeus Mozart", date(1756, 1, 27)), ("Simón Bolívar", date(1783, 7, 24)),
               ("Maria Montessori", date(1870, 8, 31)), ("Anne Frank", date(1929, 6, 12)), ("Victor Hugo", date(1802, 2, 26)),
               ("Clarice Lispector", date(1920, 12, 10)), ("Vincent van Gogh", date(1853, 3, 30)), ("Lionel Messi", date(1987, 6, 24)),
               ("Roger Federer", date(1981, 8, 8)), ("Taylor Swift", date(1989, 12, 13)), ("Barack Obama", date(1961, 8, 4))]
TERMS = ["Parkinson's disease", "Dijkstra's algorithm", "Alzheimer's disease", "Hodgkin lymphoma", "Crohn's disease", "Bayes' theorem",
         "Fourier transform", "Kalman filter", "Levenshtein distance", "Asperger syndrome", "Down syndrome", "Tourette syndrome",
         "Euler's formula", "Newton's method", "Hashimoto's thyroiditis", "Huntington's disease", "Guillain-Barré syndrome",
         "Heimlich maneuver", "Apgar score", "Cushing's syndrome", "Bell's palsy", "Raynaud's phenomenon", "Morbus Bechterew",
         "maladie de Charcot", "Ziehl-Neelsen stain", "Bloom filter", "Boyer-Moore algorithm", "Knuth-Morris-Pratt algorithm",
         "Turing machine", "Nash equilibrium", "Pareto principle", "Occam's razor", "Murphy's law", "Doppler effect", "Higgs boson",
         "Petri net", "Markov chain", "Gaussian elimination", "Lagrange multiplier", "Hamming distance", "Huffman coding",
         "Kruskal's algorithm", "Prim's algorithm", "Bellman-Ford algorithm", "Floyd-Warshall algorithm", "Cooley-Tukey FFT",
         "Schrödinger equation", "Heisenberg uncertainty principle", "Pavlovian conditioning", "Stockholm syndrome",
         "Munchausen syndrome", "Wernicke's aphasia", "Broca's area", "Achilles tendon", "Kaplan-Meier estimator",
         "Wilcoxon signed-rank test", "Student's t-test", "Pearson correlation", "Spearman's rho", "Fisher's exact test",
         "Cox regression", "Bonferroni correction", "Mann-Whitney U test", "Kolmogorov-Smirnov test", "Gini coefficient",
         "Phillips curve", "Laffer curve", "Keynesian economics", "Ponzi scheme", "Peter principle", "Dunning-Kruger effect",
         "Maslow's hierarchy of needs", "Myers-Briggs test", "Rorschach test", "Glasgow Coma Scale", "Morbus Crohn",
         "syndrome de Gilles de la Tourette", "enfermedad de Chagas", "síndrome de Sjögren", "morbo di Alzheimer", "doença de Parkinson",
         "ziekte van Lyme", "Hirschsprung-Krankheit", "Epley maneuver", "Valsalva maneuver", "Trendelenburg position", "Babinski sign"]
ORGS = ["Johnson & Johnson", "Ernst & Young", "Siemens", "Porsche", "Ferrari", "Dell Technologies", "Boeing", "Philips", "Peugeot",
        "Renault", "Michelin", "Louis Vuitton", "Hugo Boss", "Mercedes-Benz", "Ford Motor Company", "McDonald's", "Walt Disney Company",
        "Robert Bosch GmbH", "Miele", "Heineken", "Chanel", "Lamborghini", "Goldman Sachs", "Morgan Stanley", "Lehman Brothers",
        "Deloitte", "Dr. Oetker", "Ben & Jerry's", "Wells Fargo", "Merck", "Hoffmann-La Roche", "Fielmann", "Würth", "Dyson",
        "Hewlett-Packard", "Kellogg's", "Levi Strauss & Co.", "Procter & Gamble", "Marks & Spencer", "Sainsbury's", "John Lewis",
        "Tata Consultancy Services", "Mahindra & Mahindra", "Bajaj Auto", "Grupo Bimbo", "Bulgari", "Benetton", "Barilla",
        "Salvatore Ferragamo", "Giorgio Armani", "Albert Heijn", "C&A", "Jumbo", "Van Lanschot", "Delhaize", "Colruyt",
        "Casas Bahia", "Pão de Açúcar", "Jerónimo Martins", "Santander", "El Corte Inglés", "Zara", "Carrefour", "Chrysler",
        "Rolls-Royce", "Harley-Davidson", "Goodyear", "Kia", "Toyota", "Honda", "Suzuki", "Cadbury", "Nestlé", "Lindt & Sprüngli",
        "Bayer", "Daimler Truck", "Opel", "Kühne + Nagel", "Dassault Systèmes", "Lazard", "Rothschild & Co", "Baker McKenzie",
        "Freshfields Bruckhaus Deringer", "Clifford Chance", "Linklaters", "McKinsey & Company", "Bain & Company", "Accenture"]
PRODUCTS = ["Jack Daniel's", "Johnnie Walker", "Alexa", "Siri", "Cortana", "Tesla Model Y", "Ford Mustang", "Ray-Ban Wayfarer",
            "Jenkins", "Apache Cassandra", "Apache Kafka", "Django", "Flask", "Julia", "Pascal", "Ada", "Ruby", "Hadoop",
            "Marie biscuits", "Earl Grey", "Nutella", "Maggi", "Dr Pepper", "Mr. Clean", "Uncle Ben's", "Aunt Jemima", "Jeep Wrangler",
            "Opel Corsa", "Renault Clio", "Peugeot 208", "Ferrari Roma", "Volvo XC60", "Seat Leon", "Fiat Panda", "Lancia Ypsilon",
            "Hugo Boss Bottled", "Chanel No. 5", "Kinder Bueno", "Ferrero Rocher", "Mon Chéri", "Toblerone", "Baileys",
            "Captain Morgan", "Tia Maria", "Don Julio", "Jameson", "Martini", "Campari", "Aperol", "Bellini", "Mojito",
            "Excel", "Outlook", "Teams", "GitHub Copilot", "Claude", "Gemini", "Llama 3", "Mistral Large", "Watson", "Einstein Analytics",
            "Oracle Database", "Ubuntu", "Debian", "Kubernetes", "Sonarqube", "Grafana", "Kibana", "Jira", "Confluence", "Bamboo",
            "Pandas", "NumPy", "Matplotlib", "Jupyter", "Electron", "Hugo", "Jekyll", "Gatsby", "Phoenix", "Sinatra", "Hanami",
            "Mockito", "Jasmine", "Karma", "Mocha", "Chai", "Cypress", "Selenium", "Sphinx", "Homer", "Victoria Metrics"]
PLACES = ["Victoria", "Florence", "Santiago", "Sydney", "Charlotte", "Austin", "Georgia", "Adelaide", "São Paulo", "San Francisco",
          "Santa Cruz", "Jackson", "Lincoln", "Washington", "Madison", "Alexandria", "Regina", "Elizabeth", "Orlando", "Augusta",
          "Savannah", "Eugene", "Marseille", "Saint-Étienne", "Sankt Gallen", "Sankt Pölten", "San Sebastián", "Santa Marta",
          "San José", "Santo André", "São José dos Campos", "Juliana", "Lourdes", "Valentina", "Mercedes", "Dolores", "Carolina",
          "Virginia", "Maria Laach", "Karlsruhe", "Ludwigshafen", "Wilhelmshaven", "Charleroi", "Hertogenbosch", "Den Helder",
          "Alexanderplatz", "Karl-Marx-Allee", "Avenue Victor Hugo", "Via Garibaldi", "Plaza San Martín", "Avenida Simón Bolívar",
          "Rua Augusta", "Kennedy Airport", "Charles de Gaulle airport", "Piazza Dante", "Place Charles de Gaulle", "Goethestraße",
          "Rembrandtplein", "Van Goghstraat", "Praça Marquês de Pombal", "Paseo de Gracia", "Calle de Cervantes", "Berlin Tegel",
          "Lake Victoria", "Mount Kosciuszko", "Cape Vincent", "St. Helena", "Port Elizabeth", "Georgetown", "Frederiksberg"]


def neg_code():
    return pick([f"{pick(['JIRA', 'PROJ', 'HR', 'OPS', 'SEC', 'INFRA', 'CRM', 'PAY'])}-{rng.randrange(10, 9999)}",
                 f"INC{_dig(7)}", f"CHG{_dig(7)}", f"#{rng.randrange(1000, 99999)}", f"v{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}",
                 f"{_UL()}{_UL()}{rng.randrange(1, 9)}{_UL()}{rng.randrange(1, 9)}{_UL()}", f"POL-{rng.randrange(2019, 2026)}-{_dig(6)}",
                 f"NL{_dig(2)}-{_dig(5)}", f"ORD-{_dig(8)}", f"BK{_dig(6)}", f"RMA-{_dig(5)}", f"CVE-{rng.randrange(2019, 2026)}-{_dig(5)}",
                 f"{_dig(3)}-{_dig(7)}", f"SR {_dig(8)}"])


def neg_date(loc):
    return fmt_date(rand_recent(), loc)


NEG_SENT = {
    "en": ["The ticket «c» mentions «t» twice.", "Compare «o» and «o2» on ESG scores.", "We booked the team offsite in «pl» for «d».",
           "I'm writing an essay about «f» and «f2».", "Does «p» support «t»?", "Reminder: the «o» renewal is due «d» (ref «c»).",
           "Our «p» build «c» failed on «d».", "Lecture notes: «t», then «t2».", "The flight lands at «pl» on «d».",
           "My mum has «t»; is «p» helpful for tracking it?"],
    "de": ["Laut Ticket «c» geht es um «t».", "Termin bei «o» am «d», Vorgang «c».", "Referat über «f» bis «d».",
           "Wir treffen uns am «d» in «pl».", "Die Rechnung von «o» (Nr. «c») ist am «d» fällig."],
    "fr": ["Le dossier «c» concerne la «t».", "Rendez-vous chez «o» le «d».", "Exposé sur «f» à rendre le «d».",
           "On se retrouve à «pl» le «d».", "Facture «o» n° «c», échéance «d»."],
    "nl": ["Ticket «c» gaat over «t».", "Afspraak bij «o» op «d».", "Werkstuk over «f» inleveren op «d».", "We zien elkaar in «pl» op «d»."],
    "es": ["El caso «c» trata de «t».", "Cita en «o» el «d».", "Trabajo sobre «f» para el «d».", "Nos vemos en «pl» el «d»."],
    "it": ["La pratica «c» riguarda il «t».", "Appuntamento da «o» il «d».", "Tesina su «f» entro il «d».", "Ci vediamo a «pl» il «d»."],
    "pt": ["O chamado «c» é sobre «t».", "Consulta na «o» em «d».", "Trabalho sobre «f» para «d».", "Encontro em «pl» no dia «d»."],
}


def neg_kw(loc):
    return dict(c=N("NEG_CODE", neg_code()), t=N("NEG_TERM", pick(TERMS)), t2=N("NEG_TERM", pick(TERMS)),
                o=N("NEG_ORG", pick(ORGS)), o2=N("NEG_ORG", pick(ORGS)), pl=N("NEG_PLACE", pick(PLACES)),
                f=N("NEG_FAMOUS", pick(FAMOUS)), f2=N("NEG_FAMOUS", pick(FAMOUS)), p=N("NEG_PRODUCT", pick(PRODUCTS)),
                d=N("NEG_DATE", neg_date(loc)))


def add_neg(doc, loc, prefix=" "):
    doc.add(prefix + pick(NEG_SENT[lang(loc)]), **neg_kw(loc))


# --------------------------------------------------------------------------
# per-language labels
# --------------------------------------------------------------------------
L = {
    "dob": {"en": ["Date of birth", "DOB", "D.O.B.", "Birth date", "Date of Birth", "Birthdate"], "de": ["Geburtsdatum", "geb.", "Geb.-Datum", "Geboren am"],
            "fr": ["Date de naissance", "Né(e) le", "Date naiss.", "DDN"], "nl": ["Geboortedatum", "geb.", "Geboren op", "Geb. datum"],
            "es": ["Fecha de nacimiento", "F. nac.", "Fecha nac.", "Nacimiento"], "it": ["Data di nascita", "Nato/a il", "Data nascita"],
            "pt": ["Data de nascimento", "Dt. Nasc.", "Nascimento", "Data nasc."]},
    "addr": {"en": ["Address", "Home address", "Mailing address", "Postal address"], "de": ["Anschrift", "Adresse", "Wohnanschrift"],
             "fr": ["Adresse", "Domicile", "Adresse postale"], "nl": ["Adres", "Woonadres", "Postadres"], "es": ["Dirección", "Domicilio"],
             "it": ["Indirizzo", "Residenza", "Domicilio"], "pt": ["Morada", "Endereço", "Residência"]},
    "name": {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre", "it": "Nome", "pt": "Nome"},
    "given": {"en": "First name", "de": "Vorname", "fr": "Prénom", "nl": "Voornaam", "es": "Nombre", "it": "Nome", "pt": "Nome próprio"},
    "sur": {"en": "Last name", "de": "Nachname", "fr": "Nom", "nl": "Achternaam", "es": "Apellidos", "it": "Cognome", "pt": "Apelido"},
    "born": {"en": ["born", "born on", "b."], "de": ["geboren am", "geb.", "*"], "fr": ["né le", "née le", "°"], "nl": ["geboren op", "geb.", "°"],
             "es": ["nacido el", "nacida el", "n."], "it": ["nato il", "nata il", "n."], "pt": ["nascido em", "nascida em", "n."]},
    "email": {"en": "Email", "de": "E-Mail", "fr": "Courriel", "nl": "E-mail", "es": "Correo", "it": "E-mail", "pt": "E-mail"},
    "patient": {"en": "Patient", "de": "Patient/in", "fr": "Patient(e)", "nl": "Patiënt", "es": "Paciente", "it": "Paziente", "pt": "Doente"},
}


def lab(key, loc):
    v = L[key][lang(loc)]
    if key == "sur" and loc == "pt-BR":
        return "Sobrenome"
    if key == "addr" and loc == "pt-BR":
        return "Endereço"
    return pick(v) if isinstance(v, list) else v


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
TEMPLATES = []


def T(family, n):
    def deco(f):
        TEMPLATES.append((family, f.__name__[2:], n, f))
        return f
    return deco


def ts(dt=None):
    dt = dt or rand_recent()
    return dt, f"{dt.isoformat()}T{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}Z"


@T("support_ticket", 16)
def t_zendesk_json(d):
    loc = pick_loc()
    p, agent = Person(lang(loc)), Person(lang(loc))
    dob = rand_dob()
    em = p.email()
    d.add('{\n  "ticket": {\n    "id": ' + str(rng.randrange(10000, 999999)) + ',\n    "subject": "«subj»",\n    "requester": {"name": "«rn»", "email": "«re»"},\n'
          '    "assignee": {"name": "«an»"},\n    "custom_fields": [{"id": 360011, "value": "«dob»"}, {"id": 360012, "value": "«addr»"}],\n'
          '    "description": "Hi, I moved and need my billing address changed. Born «dob2», new address «addr2». Thanks, «sig»",\n'
          '    "created_at": "«cr»", "tags": ["billing", "«tag»"]\n  }\n}\nCan you summarise this ticket and draft a reply?',
          subj=jq(N("NEG_CODE", neg_code())) if chance(0.5) else "Address change", rn=jq(P(p.styled("full"))), re=E(em), an=P(agent.styled(pick(["full", "given"]))),
          dob=D(fmt_date(dob, loc, "numeric")), addr=jq(A(address(loc, ", "))), dob2=D(fmt_date(dob, loc)), addr2=jq(A(address(loc, ", "))),
          sig=P(p.styled(pick(["given", "nick_only", "full"]))), cr=N("NEG_DATE", ts()[1]), tag=pick(["vip", "churn-risk", "move"]))
    return loc


@T("support_ticket", 14)
def t_intercom_json(d):
    loc = pick_loc()
    p, agent = Person(lang(loc)), Person(lang(loc))
    d.add('{"type": "conversation", "id": "' + _dig(12) + '", "source": {"author": {"type": "user", "name": "«n»", "email": "«e»"},'
          ' "body": "<p>«body»</p>"}, "contacts": [{"custom_attributes": {"date_of_birth": "«dob»", "postal_address": "«a»"}}],'
          ' "teammates": [{"name": "«t»", "email": "«te»"}]}\n\nwhy did the verification fail for this customer?',
          n=jq(P(p.styled(pick(["full", "lower", "caps"])))), e=E(p.email()),
          body=pick(["my card was declined twice", "order never arrived", "i can't log in after the update", "please delete my account"]),
          dob=D(rand_dob().isoformat()), a=jq(A(address(loc, ", "))), t=P(agent.full), te=E(agent.email(pick(CORPDOM))))
    return loc


@T("support_ticket", 12)
def t_freshdesk_export(d):
    loc = pick_loc()
    p = Person(lang(loc))
    dob = rand_dob()
    d.add("Freshdesk ticket «c»  | Status: Open | Priority: High\nRequester: «n» <«e»>\nContact fields:\n  «gl»: «g»\n  «sl»: «s»\n"
          "  «dl»: «dob»\n  «al»: «a»\nLast reply («dt»): customer says the parcel from «o» was left at the wrong door.\n",
          c=N("NEG_CODE", f"#{rng.randrange(10000, 99999)}"), n=P(p.styled("full")), e=E(p.email()), gl=lab("given", loc), g=P(p.given),
          sl=lab("sur", loc), s=P(p.sur), dl=lab("dob", loc), dob=D(fmt_date(dob, loc)), al=lab("addr", loc), a=A(address(loc, ", ")),
          dt=N("NEG_DATE", neg_date(loc)), o=N("NEG_ORG", pick(ORGS)))
    return loc


Q_DOB = ["can you confirm your date of birth please", "and your date of birth", "what's the date of birth on the account",
         "could i just take your date of birth for security", "and the birthday of the policy holder"]
Q_ADDR = ["and the first line of your address and postcode", "whats the address we have on file", "can you give me the full address please",
          "and where should we send the replacement card"]


@T("transcript", 45)
def t_call_transcript(d):
    loc = pick_loc(["en"])
    p, agent = Person("en"), Person("en")
    other = Person("en")
    dob = rand_dob()
    A_, C_ = pick([("Agent", "Caller"), ("Speaker 1", "Speaker 2"), ("AGENT", "CUSTOMER"), ("Agent", "Customer")])
    addr = address(loc, " ", country=False).lower().replace(",", "")
    nm = p.styled(pick(["lower", "lower", "given"])).lower()
    d.add(f"{A_}: thank you for calling {pick(['northwind energy', 'the claims line', 'customer care', 'brightwater broadband'])} my name is «an» how can i help\n"
          f"{C_}: hi yeah it's «cn» i'm calling about my bill\n{A_}: no problem «cn2» {pick(Q_DOB)}\n{C_}: yeah it's «dob»\n"
          f"{A_}: lovely {pick(Q_ADDR)}\n{C_}: «addr»\n{A_}: thank you and is «other» still on the account as well\n"
          f"{C_}: yes that's my {pick(['husband', 'wife', 'partner', 'son', 'mum'])} she was born «dob3» i think\n",
          an=P(agent.given.lower()), cn=P(nm), cn2=P(p.given.lower()), dob=D(spoken_date(dob) if chance(0.75) else fmt_date(dob, loc)),
          addr=A(addr), other=P(other.styled(pick(["lower", "given"])).lower()), dob3=D(spoken_date(rand_dob())))
    if chance(0.5):
        d.add(f"{A_}: ok the reference for today is «c» and the engineer visit is booked for «dt»\n", c=N("NEG_CODE", neg_code()),
              dt=N("NEG_DATE", spoken_date(rand_recent())))
    d.add(f"{C_}: " + pick(["brilliant thanks", "ok cheers bye", "great thank you so much"]) + "\n\nSummarise this call for the CRM.")
    return loc


@T("chat_export", 30)
def t_whatsapp(d):
    loc = pick_loc()
    lg = lang(loc)
    a, b = Person(lg), Person(lg)
    an, bn = a.styled(pick(["full", "given", "nick"])), b.styled(pick(["full", "given"]))
    day = rand_recent()
    clock = [rng.randrange(8 * 3600, 20 * 3600)]

    def tsf():
        clock[0] += rng.randrange(5, 900)
        c = clock[0]
        if loc in ("en-US",):
            return f"[{day.month}/{day.day}/{day.year % 100}, {c // 3600 % 12 or 12}:{c // 60 % 60:02d}:{c % 60:02d} {'PM' if c >= 43200 else 'AM'}]"
        return f"[{day.day:02d}/{day.month:02d}/{day.year}, {c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}]"
    dob = rand_dob()
    lines = {
        "en": ["what's the address for the party?", "it's «a»", "and your mum's DOB for the booking form?", "«dob»", "thx, is «x» coming?"],
        "de": ["Wie ist die Adresse nochmal?", "«a»", "Und dein Geburtsdatum für das Formular?", "«dob»", "Danke! Kommt «x» auch?"],
        "fr": ["C'est quoi l'adresse déjà ?", "«a»", "Et ta date de naissance pour le formulaire ?", "«dob»", "Merci ! «x» vient aussi ?"],
        "nl": ["Wat is het adres ook alweer?", "«a»", "En je geboortedatum voor het formulier?", "«dob»", "Thx! Komt «x» ook?"],
        "es": ["¿Cuál es la dirección?", "«a»", "¿Y tu fecha de nacimiento para el formulario?", "«dob»", "Gracias, ¿viene «x»?"],
        "it": ["Qual è l'indirizzo?", "«a»", "E la tua data di nascita per il modulo?", "«dob»", "Grazie! Viene anche «x»?"],
        "pt": ["Qual é o endereço mesmo?", "«a»", "E a tua data de nascimento para o formulário?", "«dob»", "Valeu! A «x» vem também?"],
    }[lg]
    who = [an, bn, an, bn, an]
    vals = [None, P, None, P, None]
    kw = dict(a=A(address(loc, ", ")), dob=D(fmt_date(dob, loc)), x=P(Person(lg).styled(pick(["given", "nick_only", "full"]))))
    for i, ln in enumerate(lines):
        d.add(tsf() + " «w»: " + ln + "\n", w=P(who[i]), **kw)
    d.add("\nput this chat into a table with name, address, birthday")
    return loc


@T("chat_export", 14)
def t_telegram(d):
    loc = pick_loc()
    lg = lang(loc)
    a, b = Person(lg), Person(lg)
    day = rand_recent()
    d.add(f"{a.full}, [{day.day:02d}.{day.month:02d}.{day.year} {rng.randrange(8, 23)}:{rng.randrange(10, 59)}]\n".replace(a.full, "«a»"), a=P(a.full))
    d.add(pick(["send me the delivery address pls", "Adresse für das Paket?", "adresse pour le colis ?", "dirección para el envío?"]) + "\n\n")
    d.add(f"«b», [{day.day:02d}.{day.month:02d}.{day.year} {rng.randrange(8, 23)}:{rng.randrange(10, 59)}]\n«addr»\n(«fo» «c», «bw» «dob»)\n\n",
          b=P(b.styled(pick(["full", "nick", "given"]))), addr=A(address(loc, "\n")), c=P(Person(lg).full),
          fo={"en": "for", "de": "für", "fr": "pour", "nl": "voor", "es": "para", "it": "per", "pt": "para"}[lg], bw=pick(L["born"][lg]), dob=D(fmt_date(rand_dob(), loc)))
    add_neg(d, loc, "")
    return loc


@T("chat_export", 18)
def t_slack_json(d):
    loc = pick_loc()
    lg = lang(loc)
    a, b = Person(lg), Person(lg)
    d.add('[\n  {"type": "message", "user": "U0' + _dig(7) + '", "user_profile": {"real_name": "«an»", "display_name": "«ad»", "name": "«au»"},\n'
          '   "text": "<@U0' + _dig(7) + '> can you ship the laptop to «addr»? new starter «new» starts «st», DOB «dob» for the HR system", "ts": "' + _dig(10) + '.000200"},\n'
          '  {"type": "message", "user_profile": {"real_name": "«bn»", "display_name": "«bd»"}, "text": "on it, ticket «tk» :white_check_mark:"}\n]\n'
          'Extract action items from this Slack export.',
          an=P(a.full), ad=P(a.styled(pick(["given", "nick_only", "init"]))), au=N("NEG_CODE", a.username()), addr=jq(A(address(loc, ", "))),
          new=P(Person(lg).full), st=N("NEG_DATE", neg_date(loc)), dob=D(fmt_date(rand_dob(), loc)), bn=P(b.full), bd=P(b.given),
          tk=N("NEG_CODE", neg_code()))
    return loc


@T("chat_export", 14)
def t_teams(d):
    loc = pick_loc()
    lg = lang(loc)
    a, b = Person(lg), Person(lg)
    d.add("«a» 09:4" + str(rng.randrange(10)) + "\n" + pick(["Quick one: the client's birth date in Salesforce is wrong.", "Kurze Frage: das Geburtsdatum im CRM stimmt nicht."]) + "\n"
          "«b» 09:5" + str(rng.randrange(10)) + "\nWhat should it be?\n«a2» 09:5" + str(rng.randrange(10)) + "\n«dob», and the address is «addr»\n"
          "«b2» 10:02\nfixed, see «tk»\n", a=P(a.styled("sur_first") if chance(0.4) else a.full), b=P(b.full), a2=P(a.full), b2=P(b.full),
          dob=D(fmt_date(rand_dob(), loc)), addr=A(address(loc, ", ")), tk=N("NEG_CODE", neg_code()))
    return loc


@T("email_forward", 40)
def t_email_fwd(d):
    loc = pick_loc()
    lg = lang(loc)
    people = [Person(lg) for _ in range(3)]
    subj = pick(["Fwd: Fwd: RE: Mietvertrag", "FW: FW: RE: enrolment form", "TR: TR: Re: dossier inscription", "Fwd: RE: contrato", "Fw: Re: inschrijving"])
    d.add(subj + "\n\nHi team, see below — can someone check the details?\n\n«me»\n\n", me=P(people[0].styled(pick(["given", "init", "full"]))))
    for i in range(2):
        s, r = people[i + 1], people[i]
        d.add("---------- Forwarded message ---------\nFrom: «sn» <«se»>\nDate: «dt»\nSubject: " + subj.split(": ")[-1] + "\nTo: «rn» <«re»>\n\n",
              sn=P(s.full), se=E(s.email(pick(CORPDOM) if chance(0.5) else None)), dt=N("NEG_DATE", neg_date(loc)), rn=P(r.full), re=E(r.email()))
        if i == 0:
            add_neg(d, loc, "")
            d.add("\n\n")
    st = Person(lg)
    d.add("> " + pick(["Student", "Tenant", "Applicant", "Member"]) + ": «n»\n> «dl»: «dob»\n> «al»: «a»\n>\n> Kind regards,\n> «sg»\n",
          n=P(st.styled()), dl=lab("dob", loc), dob=D(fmt_date(rand_dob(), loc)), al=lab("addr", loc),
          a=A(address(loc, "\n> " if chance(0.5) else ", ")), sg=P(people[2].styled(pick(["full", "given", "nick"]))))
    return loc


@T("recruiting", 20)
def t_ats_export(d):
    loc = pick_loc()
    lg = lang(loc)
    d.add("Greenhouse export — req «c»\ncandidate_id,first_name,last_name,email,date_of_birth,address,source,recruiter\n", c=N("NEG_CODE", neg_code()))
    for _ in range(rng.randrange(2, 4)):
        p, r = Person(lg), Person(lg)
        d.add(_dig(6) + ",«g»,«s»,«e»,«dob»,\"«a»\",«src»,«r»\n", g=P(p.given), s=P(p.sur), e=E(p.email()),
              dob=D(fmt_date(rand_dob(), loc, "numeric")), a=A(address(loc, ", ")), src=pick(["LinkedIn", "Referral", "StepStone", "Indeed"]),
              r=P(r.full))
    d.add("\nRank these candidates for the backend role.")
    return loc


@T("recruiting", 36)
def t_cv(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    dob = rand_dob()
    layout = rng.randrange(3)
    if layout == 0:
        d.add("«N»\n«a»\n«e» · +" + _dig(2) + " " + _dig(3) + " " + _dig(7) + "\n«dl»: «dob»\n\nEXPERIENCE\n"
              "Senior Analyst, «o» (2019–present)\n  - Built «t»-based anomaly detection\nJunior Analyst, «o2» (2015–2019)\n\nEDUCATION\n"
              "MSc Data Science, thesis on «t2» (supervisor: Prof. «sup»)\n\nREFERENCES\n«r1», Head of Risk — «r1e»\n",
              N=P(p.styled(pick(["caps", "full"]))), a=A(address(loc, "\n")), e=E(p.email()), dl=lab("dob", loc), dob=D(fmt_date(dob, loc)),
              o=N("NEG_ORG", pick(ORGS)), t=N("NEG_TERM", pick(TERMS)), o2=N("NEG_ORG", pick(ORGS)), t2=N("NEG_TERM", pick(TERMS)),
              sup=P(Person(lg).full), r1=P((r := Person(lg)).full), r1e=E(r.email(pick(CORPDOM))))
    elif layout == 1:
        d.add("CURRICULUM VITAE\n\n" + pick(["Persönliche Daten", "Personal details", "Données personnelles", "Datos personales", "Dati personali", "Dados pessoais"]) +
              "\n" + lab("name", loc) + ":\t«N»\n" + lab("dob", loc) + ":\t«dob» in «pob»\n" + lab("addr", loc) + ":\t«a»\n" +
              lab("email", loc) + ":\t«e»\n" + pick(["Familienstand: verheiratet", "Nationality: Irish", "Nationalité : française", "Estado civil: soltera", ""]) + "\n",
              N=P(p.full), dob=D(fmt_date(dob, loc)), pob=N("NEG_PLACE", pick(PLACES[:40])), a=A(address(loc, ", ")), e=E(p.email()))
    else:
        d.add("| " + p.full.upper().replace(p.full.upper(), "«N»") + " | " + pick(["Software Engineer", "Ingénieure", "Enfermera", "Buchhalter"]) + " |\n"
              "|---|---|\n| Born | «dob» |\n| Lives | «a» |\n| Mail | «e» |\n| Skills | «pr», «pr2», «t» |\n",
              N=P(p.full.upper()), dob=D(fmt_date(dob, loc)), a=A(address(loc, ", ")), e=E(p.email()),
              pr=N("NEG_PRODUCT", pick(PRODUCTS)), pr2=N("NEG_PRODUCT", pick(PRODUCTS)), t=N("NEG_TERM", pick(TERMS)))
    d.add("\n" + pick(["Rewrite this CV for a UK employer.", "Übersetze den Lebenslauf ins Englische.", "Améliore ce CV.", "Resume el CV en 3 líneas."]))
    return loc


@T("recruiting", 18)
def t_reference_letter(d):
    loc = pick_loc(["en", "de", "fr", "nl"])
    lg = lang(loc)
    p, w = Person(lg), Person(lg)
    h = pick(HON[lg])
    d.add("To whom it may concern,\n\nI have known «h»«n» (born «dob») since «y», when «sh» joined «o» as a trainee. «n2»'s work on our "
          "«t» project was outstanding.\n«n3» currently lives at «a» and can be reached at «e».\n\nYours faithfully,\n«w»\n«wt», «o2»\n«wa»\n",
          h=h + " ", n=P(p.styled("full")), dob=D(fmt_date(rand_dob(), loc)), y=str(rng.randrange(2012, 2022)), sh=pick(["she", "he", "they"]),
          o=N("NEG_ORG", pick(ORGS)), n2=P(p.given), t=N("NEG_TERM", pick(TERMS)), n3=P(p.sur), a=A(address(loc, ", ")), e=E(p.email()),
          w=P(w.styled(pick(["full", "mid", "init"]))), wt=pick(["Head of Engineering", "Managing Director", "Teamleiterin"]),
          o2=N("NEG_ORG", pick(ORGS)), wa=A(address(loc, "\n", po=chance(0.2))))
    return loc


@T("recruiting", 18)
def t_interview_feedback(d):
    loc = pick_loc()
    lg = lang(loc)
    c, i1, i2 = Person(lg), Person(lg), Person(lg)
    d.add("Interview feedback — «c» («req»)\nPanel: «i1», «i2»\n\n«i1b»: strong on «t», weak on «t2». Knew «f»'s work well.\n"
          "«i2b»: Would hire. Note: candidate asked that we don't use «cg»'s old address; new one is «a».\n"
          "Background check form: «dl» «dob»\n\nTurn this into a hiring recommendation.",
          c=P(c.styled(pick(["full", "sur_first", "lower"]))), req=N("NEG_CODE", neg_code()), i1=P(i1.full), i2=P(i2.styled(pick(["full", "init"]))),
          i1b=P(i1.given), t=N("NEG_TERM", pick(TERMS)), t2=N("NEG_TERM", pick(TERMS)), f=N("NEG_FAMOUS", pick(FAMOUS)), i2b=P(i2.given),
          cg=P(c.given), a=A(address(loc, ", ")), dl=lab("dob", loc) + ":", dob=D(fmt_date(rand_dob(), loc)))
    return loc


@T("citation", 25)
def t_citations(d):
    loc = pick_loc()
    lg = lang(loc)
    style = rng.randrange(3)
    d.add("Fix the formatting of these references:\n\n")
    for _ in range(rng.randrange(2, 4)):
        au = [Person(lg if chance(0.6) else pick(list(GIVEN))) for _ in range(rng.randrange(1, 4))]
        yr = rng.randrange(1995, 2025)
        title = pick(["A note on «t» in sparse graphs", "Revisiting «t»: a cohort study", "On the limits of «t»", "«t» and patient outcomes"])
        if style == 0:   # APA
            for k, a in enumerate(au):
                ini = " ".join(x[0] + "." for x in a.given.split())
                d.add(("" if k == 0 else (", & " if k == len(au) - 1 else ", ")) + "«a»", a=P(f"{a.sur}, {ini}"))
            d.add(f" ({yr}). " + title + ". Journal of Applied Things, " + str(rng.randrange(1, 40)) + "(" + str(rng.randrange(1, 12)) + "), 1–19.\n",
                  t=N("NEG_TERM", pick(TERMS)))
        elif style == 1:  # MLA
            d.add("«a»", a=P(f"{au[0].sur}, {au[0].given}"))
            if len(au) > 1:
                d.add(", and «b»", b=P(au[1].full))
            d.add(". \"" + title + ".\" Annals of Method, vol. " + str(rng.randrange(1, 40)) + f", {yr}, pp. 3-17.\n", t=N("NEG_TERM", pick(TERMS)))
        else:
            key = ascii_fold(au[0].sur.split()[-1]).lower() + str(yr)
            d.add("@article{" + key + ",\n  author = {")
            for k, a in enumerate(au):
                d.add((" and " if k else "") + "«a»", a=P(f"{a.sur}, {a.given}" if chance(0.6) else a.full))
            d.add("},\n  title = {" + title + "},\n  year = {" + str(yr) + "}\n}\n", t=N("NEG_TERM", pick(TERMS)))
    if chance(0.6):
        c = Person(lg)
        d.add("\nCorresponding author: «c», «a» (email «e»)\n", c=P(c.full), a=A(address(loc, ", ")), e=E(c.email(pick(CORPDOM))))
    return loc


@T("legal", 20)
def t_judgment(d):
    loc = pick_loc()
    lg = lang(loc)
    pl, df, j = Person(lg), Person(lg), Person(lg)
    hd = {"en": ("IN THE COUNTY COURT AT «pl»\nCase No: «c»\nBETWEEN:\n«p» (Claimant)\n- and -\n«df» (Defendant)\n\nJUDGMENT of District Judge «j»\n",
                 "1. The Claimant, born «dob», of «a», claims damages following «t» diagnosed on «dd».\n"),
          "de": ("Landgericht «pl»\nAz. «c»\nIm Rechtsstreit\n«p», Klägerin,\ngegen\n«df», Beklagter,\n\nURTEIL — Richterin «j»\n",
                 "Die Klägerin, geb. am «dob», wohnhaft «a», verlangt Schadensersatz wegen «t» (Diagnose vom «dd»).\n"),
          "fr": ("TRIBUNAL JUDICIAIRE DE «pl»\nRG n° «c»\nENTRE :\n«p», demanderesse\nET :\n«df», défendeur\n\nJUGEMENT — Président : «j»\n",
                 "La demanderesse, née le «dob», demeurant «a», sollicite réparation pour «t» diagnostiquée le «dd».\n"),
          "nl": ("RECHTBANK «pl»\nZaaknummer «c»\nin de zaak van\n«p», eiseres,\ntegen\n«df», gedaagde,\n\nVONNIS — rechter «j»\n",
                 "Eiseres, geboren op «dob», wonende te «a», vordert schadevergoeding wegens «t» (vastgesteld «dd»).\n"),
          "es": ("JUZGADO DE PRIMERA INSTANCIA DE «pl»\nProcedimiento «c»\nDemandante: «p»\nDemandado: «df»\n\nSENTENCIA — Magistrada: «j»\n",
                 "La demandante, nacida el «dob», con domicilio en «a», reclama por «t» diagnosticada el «dd».\n"),
          "it": ("TRIBUNALE DI «pl»\nR.G. «c»\nAttrice: «p»\nConvenuto: «df»\n\nSENTENZA — Giudice «j»\n",
                 "L'attrice, nata il «dob», residente in «a», chiede il risarcimento per «t» diagnosticato il «dd».\n"),
          "pt": ("TRIBUNAL DA COMARCA DE «pl»\nProcesso n.º «c»\nAutora: «p»\nRéu: «df»\n\nSENTENÇA — Juiz «j»\n",
                 "A autora, nascida em «dob», residente na «a», pede indemnização por «t» diagnosticada em «dd».\n")}[lg]
    kw = dict(pl=N("NEG_PLACE", city_of(loc)), c=N("NEG_CODE", neg_code()), p=P(pl.styled(pick(["full", "caps", "adm"]))),
              df=P(df.styled(pick(["full", "caps"]))), j=P(j.styled(pick(["full", "sur"]))), dob=D(fmt_date(rand_dob(), loc)),
              a=A(address(loc, ", ", country=False)), t=N("NEG_TERM", pick(TERMS)), dd=N("NEG_DATE", neg_date(loc)))
    d.add(hd[0] + "\n" + hd[1], **kw)
    d.add("\nSummarise the judgment in plain language.")
    return loc


@T("legal", 15)
def t_notarial_deed(d):
    loc = pick_loc(["de", "fr", "nl", "es", "it", "pt"])
    lg = lang(loc)
    s, b, n = Person(lg), Person(lg), Person(lg)
    txt = {"de": "UR-Nr. «c»\nVor mir, dem Notar «n» mit Amtssitz in «pl», erschienen heute, am «dd»:\n1. «s», geboren am «dob», wohnhaft «a» — Verkäufer —\n2. «b», geboren am «dob2», wohnhaft «a2» — Käuferin —\n",
           "fr": "Répertoire n° «c»\nPar-devant Maître «n», notaire à «pl», le «dd», ont comparu :\n1° «s», né le «dob», demeurant «a», vendeur ;\n2° «b», née le «dob2», demeurant «a2», acquéreur.\n",
           "nl": "Repertorium «c»\nHeden, «dd», verschenen voor mij, mr. «n», notaris te «pl»:\n1. «s», geboren op «dob», wonende «a»;\n2. «b», geboren op «dob2», wonende «a2».\n",
           "es": "Protocolo «c»\nEn «pl», a «dd», ante mí, «n», Notario, comparecen:\nDon «s», nacido el «dob», con domicilio en «a};\nDoña «b», nacida el «dob2», con domicilio en «a2».\n".replace("«a}", "«a»"),
           "it": "Repertorio n. «c»\nL'anno «dd», in «pl», avanti a me, dott. «n», notaio, sono comparsi:\n- «s», nato il «dob», residente in «a»;\n- «b», nata il «dob2», residente in «a2».\n",
           "pt": "Livro de notas «c»\nNo dia «dd», em «pl», perante mim, «n», notária, compareceram:\n- «s», nascido em «dob», residente na «a»;\n- «b», nascida em «dob2», residente na «a2».\n"}[lg]
    d.add(txt + "\nTranslate this deed into English.", c=N("NEG_CODE", neg_code()), n=P(n.full), pl=N("NEG_PLACE", city_of(loc)),
          dd=N("NEG_DATE", neg_date(loc)), s=P(s.styled(pick(["full", "caps"]))), dob=D(fmt_date(rand_dob(), loc)), a=A(address(loc, ", ")),
          b=P(b.styled(pick(["full", "caps"]))), dob2=D(fmt_date(rand_dob(), loc)), a2=A(address(loc, ", ")))
    return loc


@T("legal", 12)
def t_will(d):
    loc = pick_loc(["en", "de", "fr", "es"])
    lg = lang(loc)
    t, e1, b1, b2 = Person(lg), Person(lg), Person(lg), Person(lg)
    d.add("LAST WILL AND TESTAMENT\n\nI, «t», born «dob», of «a», revoke all earlier wills.\n1. I appoint my «rel» «e1» as executor.\n"
          "2. I leave my home to «b1» (born «dob2») and my «pr» collection to «b2».\n3. I ask to be buried next to my husband, who died «dd».\n"
          "Signed on «sd» in the presence of «w1» and «w2».\n\nIs this will valid under the law of my country?",
          t=P(t.styled(pick(["full", "caps", "mid"]))), dob=D(fmt_date(rand_dob(True), loc)), a=A(address(loc, ", ")), rel=pick(["daughter", "son", "niece", "friend"]),
          e1=P(e1.full), b1=P(b1.full), dob2=D(fmt_date(rand_dob(), loc)), pr=N("NEG_PRODUCT", pick(PRODUCTS)), b2=P(b2.styled(pick(["given", "full", "nick"]))),
          dd=N("NEG_DATE", neg_date(loc)), sd=N("NEG_DATE", neg_date(loc)), w1=P(Person(lg).full), w2=P(Person(lg).full))
    return loc


@T("announcement", 15)
def t_obituary(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    b, dd = rand_dob(True), rand_recent()
    txt = {"en": "«n»\n«dob» – «dd»\nPeacefully at home, surrounded by family. Beloved wife of «sp», mother of «k1» and «k2». Funeral at St «pl»'s, «fd». Donations to «o» Foundation.",
           "de": "In stiller Trauer nehmen wir Abschied von\n«n»\n* «dob»  † «dd»\nIn Liebe: «sp», «k1» und «k2» mit Familie\nDie Trauerfeier findet am «fd» statt. Spenden an die «o»-Stiftung.",
           "fr": "«n»\nnée le «dob», décédée le «dd»\nSon époux «sp», ses enfants «k1» et «k2» ont la tristesse… Obsèques le «fd» en l'église Sainte-«pl».",
           "nl": "Bedroefd geven wij kennis van het overlijden van\n«n»\n° «dob» † «dd»\n«sp», «k1» en «k2». Afscheid op «fd».",
           "es": "«n»\n(«dob» - «dd»)\nFalleció en paz. Su esposo «sp», sus hijos «k1» y «k2» ruegan una oración. Misa el «fd».",
           "it": "È mancata all'affetto dei suoi cari\n«n»\nn. «dob» – m. «dd»\nNe danno il triste annuncio il marito «sp», i figli «k1» e «k2». Funerale il «fd».",
           "pt": "«n»\n«dob} – «dd»\nFaleceu rodeada da família. O marido «sp», os filhos «k1» e «k2» agradecem. Missa de 7.º dia a «fd».".replace("«dob}", "«dob»")}[lg]
    d.add(txt + "\n\nHelp me write a short eulogy from this notice.", n=P(p.styled(pick(["full", "caps", "mid"]))), dob=D(fmt_date(b, loc)),
          dd=N("NEG_DATE", fmt_date(dd, loc)), sp=P(Person(lg, "m").given), k1=P(Person(lg).given), k2=P(Person(lg).full),
          pl=N("NEG_PLACE", pick(["Anne", "Margaret", "Catherine", "Thérèse", "Marie"])), fd=N("NEG_DATE", neg_date(loc)), o=N("NEG_ORG", pick(ORGS)))
    return loc


@T("announcement", 10)
def t_wedding(d):
    loc = pick_loc()
    lg = lang(loc)
    a, b = Person(lg, "f"), Person(lg, "m")
    d.add("«a» & «b»\nare delighted to invite you to their wedding on «wd» at «venue».\nRSVP to «e» by «rd». Gifts may be sent to «ad».\n"
          "For the registry form we need both dates of birth: «a2» «dob1», «b2» «dob2».\nPlease make the wording warmer.",
          a=P(a.given), b=P(b.given), wd=N("NEG_DATE", neg_date(loc)), venue=pick(["Villa Ortensia", "Kasteel de Hooge Vuursche", "Château de Vaux", "the Old Mill"]),
          e=E(a.email()), rd=N("NEG_DATE", neg_date(loc)), ad=A(address(loc, ", ")), a2=P(a.full), dob1=D(fmt_date(rand_dob(), loc)),
          b2=P(b.full), dob2=D(fmt_date(rand_dob(), loc)))
    return loc


@T("announcement", 10)
def t_birth(d):
    loc = pick_loc()
    lg = lang(loc)
    par1, par2 = Person(lg, "f"), Person(lg, "m")
    baby = Person(lg)
    baby.sur = par2.sur
    bd = rand_recent()
    d.add("We are overjoyed to announce the arrival of «b», born «dob» at «t» weighing 3.4 kg.\nProud parents «p1» and «p2»\n«ad»\n\n"
          "Make this into a card text in " + pick(["German", "French", "Dutch", "Spanish"]) + ".",
          b=P(baby.styled(pick(["full", "given"]))), dob=D(fmt_date(bd, loc)), t=f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}",
          p1=P(par1.given), p2=P(par2.full), ad=A(address(loc, "\n")))
    return loc


@T("medical", 20)
def t_discharge(d):
    loc = pick_loc()
    lg = lang(loc)
    p, doc, gp = Person(lg), Person(lg), Person(lg)
    d.add("DISCHARGE SUMMARY\n«pl»: «n»   «dl»: «dob»   MRN: «mrn»\n«al»: «a»\nAdmitted: «ad»  Discharged: «dd»\n"
          "Diagnosis: «t»; history of «t2».\nFollow-up with GP «gph»«gp» on «fu». NOK: «nok» (daughter).\nConsultant: «h»«doc»\n\n"
          "Explain this to the patient in simple words.",
          pl=lab("patient", loc), n=P(p.styled(pick(["adm", "full", "sur_first", "caps"]))), dl=lab("dob", loc), dob=D(fmt_date(rand_dob(True), loc)),
          mrn=N("NEG_CODE", _dig(8)), al=lab("addr", loc), a=A(address(loc, ", ")), ad=N("NEG_DATE", neg_date(loc)), dd=N("NEG_DATE", neg_date(loc)),
          t=N("NEG_TERM", pick(TERMS)), t2=N("NEG_TERM", pick(TERMS)), gph=pick(HON[lg]) + " ", gp=P(gp.styled(pick(["full", "sur"]))),
          fu=N("NEG_DATE", neg_date(loc)), nok=P(Person(lg).full), h=pick(HON[lg]) + " ", doc=P(doc.styled(pick(["full", "init"]))))
    return loc


@T("medical", 15)
def t_referral(d):
    loc = pick_loc()
    lg = lang(loc)
    p, f, t = Person(lg), Person(lg), Person(lg)
    d.add("«fa»\n\nDear «th»«t»,\n\nRe: «n», «dob», «a»\n\nThank you for seeing this pleasant «age»-year-old with suspected «tm». "
          "Symptoms started after a trip to «pl» on «dt».\n\nYours sincerely,\n«h»«f»\n",
          fa=A(address(loc, "\n", country=False)), th=pick(HON[lg]) + " ", t=P(t.styled(pick(["sur", "full"]))), n=P(p.styled(pick(["full", "caps"]))),
          dob=D(fmt_date(rand_dob(), loc)), a=A(address(loc, ", ")), age=str(rng.randrange(20, 80)), tm=N("NEG_TERM", pick(TERMS)),
          pl=N("NEG_PLACE", pick(PLACES)), dt=N("NEG_DATE", neg_date(loc)), h=pick(HON[lg]) + " ", f=P(f.full))
    return loc


@T("medical", 15)
def t_prescription(d):
    loc = pick_loc()
    lg = lang(loc)
    p, dr = Person(lg), Person(lg)
    d.add("Rx\n«h»«dr»\n«pa»\n\nPatient: «n»\n«dl» «dob»\n«a»\n\n" + pick(["Levodopa 100 mg", "Metformin 500 mg", "Ramipril 5 mg", "Amoxicilline 1 g"]) +
          " — 1-0-1\nfor «t»\nDate: «dd»   Rp. valid until «ex»\n\nWhat are the side effects?",
          h=pick(HON[lg]) + " ", dr=P(dr.full), pa=A(address(loc, ", ")), n=P(p.styled(pick(["full", "adm", "caps"]))), dl=lab("dob", loc) + ":",
          dob=D(fmt_date(rand_dob(True) if chance(0.5) else rand_dob(), loc)), a=A(address(loc, "\n")), t=N("NEG_TERM", pick(TERMS)),
          dd=N("NEG_DATE", neg_date(loc)), ex=N("NEG_DATE", neg_date(loc)))
    return loc


@T("medical", 12)
def t_vaccination(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    d.add("VACCINATION RECORD / Impfpass\n«sl»: «s»   «gl»: «g»\n«dl»: «dob»\n\n", sl=lab("sur", loc), s=P(p.sur.upper() if chance(0.5) else p.sur),
          gl=lab("given", loc), g=P(p.given), dl=lab("dob", loc), dob=D(fmt_date(rand_dob(), loc, "numeric")))
    for v in rng.sample(["Comirnaty", "Spikevax", "Boostrix", "Priorix", "Gardasil 9", "Twinrix", "Vaxigrip"], 3):
        d.add(f"«dt»  «v»  lot «lot»  «h»«doc»\n", dt=N("NEG_DATE", neg_date(loc)), v=N("NEG_PRODUCT", v), lot=N("NEG_CODE", f"{_UL()}{_UL()}{_dig(4)}"),
              h=pick(HON[lg]) + " ", doc=P(Person(lg).styled(pick(["sur", "init", "full"]))))
    d.add("\nWhich boosters am I missing?")
    return loc


@T("travel", 15)
def t_booking(d):
    loc = pick_loc()
    lg = lang(loc)
    p, q = Person(lg), Person(lg)
    d.add("Booking confirmation «bk»\nHotel «hn», «ha»\nCheck-in «ci» · Check-out «co»\nGuests: «g1» (lead, DOB «dob»), «g2»\n"
          "Billing address: «ba»\nContact: «e»\n\nCan I still cancel for free?",
          bk=N("NEG_CODE", neg_code()), hn=pick(["Zur Post", "Le Grand Hôtel", "Casa Lucía", "The Kingsley", "Ibis Styles"]),
          ha=A(address(loc, ", ")), ci=N("NEG_DATE", neg_date(loc)), co=N("NEG_DATE", neg_date(loc)), g1=P(p.styled(pick(["full", "caps", "adm"]))),
          dob=D(fmt_date(rand_dob(), loc)), g2=P(q.full), ba=A(address(loc, ", ")), e=E(p.email()))
    return loc


@T("travel", 12)
def t_boarding(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    sur = ascii_fold(p.sur).upper().replace(" ", "").replace("'", "").replace("-", "")
    giv = ascii_fold(p.given).upper().replace(" ", "")
    d.add("BOARDING PASS\nNAME: «n»«ti»\nFROM «fr» TO «to»   FLIGHT «fl»   DATE «dt»\nSEAT 14C  GATE B22  PNR «pnr»\nFrequent flyer: «ff»\n"
          "APIS: DOB «dob» / «pp»\n\nMy connection is tight, what are my options?",
          n=P(f"{sur}/{giv}"), ti=pick([' MR', ' MS', ' MRS', '']), fr=pick(["FRA", "AMS", "LIS", "MAD", "DUB", "YUL"]),
          to=pick(["JFK", "GRU", "BOM", "SYD", "JNB", "EZE"]), fl=N("NEG_CODE", f"{pick(['LH', 'KL', 'TP', 'IB', 'EI', 'AC'])}{rng.randrange(100, 9999)}"),
          dt=N("NEG_DATE", rand_recent().strftime("%d%b").upper()), pnr=N("NEG_CODE", f"{_UL()}{_UL()}{rng.randrange(1, 9)}{_UL()}{_UL()}{rng.randrange(1, 9)}"),
          ff=N("NEG_CODE", _dig(9)), dob=D(rand_dob().strftime("%d%b%y").upper()), pp=N("NEG_CODE", f"{_UL()}{_dig(8)}"))
    return loc


@T("travel", 15)
def t_hotel_reg(d):
    loc = pick_loc(["de", "fr", "it", "es", "pt", "nl"])
    lg = lang(loc)
    p = Person(lg)
    d.add({"de": "MELDESCHEIN / Gästeblatt\n", "fr": "FICHE DE POLICE / fiche d'enregistrement\n", "it": "SCHEDINA ALLOGGIATI\n",
           "es": "PARTE DE ENTRADA DE VIAJEROS\n", "pt": "BOLETIM DE ALOJAMENTO\n", "nl": "NACHTREGISTER\n"}[lg])
    d.add("«sl»: «s»\n«gl»: «g»\n«dl»: «dob»\nLieu/Place of birth: «pob»\n«al»:\n«a»\nArrival «ar» — Departure «de»\nSignature: «sig»\n\n"
          "Was muss ich hier eintragen?" if lg == "de" else "«sl»: «s»\n«gl»: «g»\n«dl»: «dob»\nPlace of birth: «pob»\n«al»:\n«a»\nArrival «ar» — Departure «de»\nSignature: «sig»\n\nWhat do I fill in here?",
          sl=lab("sur", loc), s=P(p.sur), gl=lab("given", loc), g=P(p.given), dl=lab("dob", loc), dob=D(fmt_date(rand_dob(), loc)),
          pob=N("NEG_PLACE", pick(PLACES[:40])), al=lab("addr", loc), a=A(address(loc, "\n", country=True)), ar=N("NEG_DATE", neg_date(loc)),
          de=N("NEG_DATE", neg_date(loc)), sig=P(p.styled(pick(["init", "full"]))))
    return loc


@T("travel", 15)
def t_visa(d):
    loc = pick_loc()
    lg = lang(loc)
    p, h = Person(lg), Person(lg)
    d.add("SCHENGEN VISA APPLICATION (draft)\n1. Surname (Family name): «s»\n2. Surname at birth: «sb»\n3. First name(s): «g»\n4. Date of birth (day-month-year): «dob»\n"
          "5. Place of birth: «pob»\n17. Applicant's home address and e-mail: «a» / «e»\n31. Host: «h», «ha»\n29. Intended date of arrival: «ar»\n\n"
          "Is question 2 required if I never married?",
          s=P(p.sur.upper()), sb=P(invent_surname(lg).upper()), g=P(p.given.upper()), dob=D(rand_dob().strftime("%d-%m-%Y")), pob=N("NEG_PLACE", pick(PLACES[:40])),
          a=A(address(loc, ", ")), e=E(p.email()), h=P(h.full), ha=A(address(pick_loc(), ", ")), ar=N("NEG_DATE", neg_date(loc)))
    return loc


@T("finance", 15)
def t_bank_statement(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    d.add("«n»\n«a»\n\nKontoauszug / Statement «c»   Period «d1» – «d2»\nDate\tDescription\tAmount\n", n=P(p.styled(pick(["caps", "full", "mid"]))),
          a=A(address(loc, "\n")), c=N("NEG_CODE", neg_code()), d1=N("NEG_DATE", neg_date(loc)), d2=N("NEG_DATE", neg_date(loc)))
    for _ in range(rng.randrange(3, 6)):
        k = rng.randrange(4)
        if k == 0:
            d.add("«dt»\tSEPA-Überweisung an «pn»\t-" + str(rng.randrange(10, 900)) + ",00\n", dt=N("NEG_DATE", neg_date(loc)), pn=P(Person(lg).styled(pick(["caps", "full", "adm"]))))
        elif k == 1:
            d.add("«dt»\tKartenzahlung «o»\t-" + str(rng.randrange(3, 200)) + ",40\n", dt=N("NEG_DATE", neg_date(loc)), o=N("NEG_ORG", pick(ORGS)))
        elif k == 2:
            d.add("«dt»\tGutschrift «pn» Miete\t+" + str(rng.randrange(300, 1500)) + ",00\n", dt=N("NEG_DATE", neg_date(loc)), pn=P(Person(lg).full.upper()))
        else:
            d.add("«dt»\tLastschrift «o» Vertrag «c»\t-" + str(rng.randrange(10, 99)) + ",99\n", dt=N("NEG_DATE", neg_date(loc)), o=N("NEG_ORG", pick(ORGS)), c=N("NEG_CODE", neg_code()))
    d.add("\nCategorise my spending.")
    return loc


@T("finance", 15)
def t_sepa(d):
    loc = pick_loc(["de", "fr", "nl", "es", "it", "pt"])
    lg = lang(loc)
    p, q = Person(lg), Person(lg)
    d.add("Payee / Empfänger: «q»\nIBAN: " + pick(["DE", "FR", "NL", "ES", "IT", "PT"]) + _dig(2) + " " + " ".join(_dig(4) for _ in range(4)) + "\n"
          "Reference / Verwendungszweck: «ref» Mitgliedsbeitrag «qq» geb. «dob»\nOrdering party: «p», «a»\nExecution date: «ex»\n\n"
          "Why was this transfer returned?",
          q=P(q.styled(pick(["caps", "full", "adm"]))), ref=N("NEG_CODE", neg_code()), qq=P(Person(lg).styled(pick(["given", "full"]))),
          dob=D(fmt_date(rand_dob(), loc, "numeric")), p=P(p.full), a=A(address(loc, ", ")), ex=N("NEG_DATE", neg_date(loc)))
    return loc


@T("finance", 15)
def t_payslip(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    d.add("«co»\n«ca»\n\nPAYSLIP «mo»\nEmployee: «n»    Employee no. «no»\n«dl»: «dob»\n«a»\nGross 4.250,00  Tax 812,33  Net 2.901,10\n"
          "Approved by «hr»\n\nIs my tax class right?",
          co=N("NEG_ORG", pick(ORGS)), ca=A(address(loc, "\n")), mo=N("NEG_DATE", neg_date(loc)), n=P(p.styled(pick(["full", "sur_first", "adm"]))),
          no=N("NEG_CODE", _dig(6)), dl=lab("dob", loc), dob=D(fmt_date(rand_dob(), loc)), a=A(address(loc, ", ")), hr=P(Person(lg).full))
    return loc


@T("finance", 12)
def t_tax_form(d):
    loc = pick_loc()
    lg = lang(loc)
    p, sp = Person(lg), Person(lg)
    d.add("Tax return draft\nTaxpayer: «s», «g»\nBorn: «dob»\nSpouse: «sp», born «dob2»\nResidential address: «a»\nTax ID «tid»\n"
          "Child: «ch», " + lab("dob", loc) + " «dob3»\nDeduction: «o» donation, receipt of «dd»\n\nWhich deductions am I missing?",
          s=P(p.sur), g=P(p.given), dob=D(fmt_date(rand_dob(), loc)), sp=P(sp.full), dob2=D(fmt_date(rand_dob(), loc)), a=A(address(loc, ", ")),
          tid=N("NEG_CODE", _dig(11)), ch=P(Person(lg).given), dob3=D(fmt_date(rand_dob(), loc)), o=N("NEG_ORG", pick(ORGS)), dd=N("NEG_DATE", neg_date(loc)))
    return loc


@T("finance", 15)
def t_utility(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    d.add("«u»\n«ua»\n\n«n»\n«a»\n\nAccount «acc»   Bill date «bd»   Due «due»\nSupply address: «sa»\nElectricity 412 kWh ...\n\nWhy is this bill so high?",
          u=pick(["Northwind Energy", "Stadtwerke Mittelfeld", "EnerFlux", "Luz del Valle", "Eneco-like Energie BV"]), ua=A(address(loc, ", ", po=chance(0.4))),
          n=P(p.styled(pick(["caps", "full", "mid"]))), a=A(address(loc, "\n")), acc=N("NEG_CODE", neg_code()), bd=N("NEG_DATE", neg_date(loc)),
          due=N("NEG_DATE", neg_date(loc)), sa=A(address(loc, ", ")))
    return loc


@T("developer", 10)
def t_package_json(d):
    loc = pick_loc()
    p, q = Person(lang(loc)), Person(lang(loc))
    d.add('{\n  "name": "@acme/«pkg»",\n  "version": "«v»",\n  "author": "«a» <«ae»> (https://example.dev)",\n'
          '  "contributors": [{"name": "«q»", "email": "«qe»"}],\n  "dependencies": {"«dep»": "^4.2.0"}\n}\nWhy does npm publish fail with E403?',
          pkg=pick(["ui-kit", "date-utils", "hermes-client", "ada-parser"]), v=N("NEG_CODE", f"{rng.randrange(0, 5)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}"),
          a=jq(P(p.full)), ae=E(p.email()), q=jq(P(q.full)), qe=E(q.email(pick(CORPDOM))), dep=pick(["express", "mocha", "jasmine-core", "karma"]))
    return loc


@T("developer", 8)
def t_authors(d):
    loc = pick_loc()
    d.add("# AUTHORS — this file lists the copyright holders\n# Names should be added as: Name <email>\n\n")
    for _ in range(rng.randrange(3, 7)):
        p = Person(lang(pick_loc()))
        if chance(0.8):
            d.add("«n» <«e»>\n", n=P(p.full), e=E(p.email()))
        else:
            d.add("«n»\n", n=N("NEG_CODE", p.username()))
    d.add("«o»\n\nDedupe this list and sort by surname.", o=N("NEG_ORG", pick(ORGS)) if chance(0.5) else "The Jenkins Project contributors")
    return loc


@T("developer", 12)
def t_coauthored(d):
    loc = pick_loc()
    p, q, r = (Person(lang(loc)) for _ in range(3))
    d.add("commit " + "".join(pick("0123456789abcdef") for _ in range(40)) + "\nAuthor: «a» <«ae»>\nDate:   «dt»\n\n    " +
          pick(["fix(auth): handle «t» edge case", "feat: Dijkstra-based routing for «c»", "chore: bump «pr» to «v»"]) + "\n\n"
          "    Co-authored-by: «q» <«qe»>\n    Co-authored-by: «r» <«re»>\n    Reviewed-by: «h»\n\nWrite release notes for this commit.",
          a=P(p.full), ae=E(p.email()), dt=N("NEG_DATE", rand_recent().strftime("%a %b %d 10:12:44 %Y +0100")), t=N("NEG_TERM", pick(TERMS)),
          c=N("NEG_CODE", neg_code()), pr=N("NEG_PRODUCT", pick(PRODUCTS)), v=N("NEG_CODE", f"v{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.0"),
          q=P(q.styled(pick(["full", "lower"]))), qe=E(q.email()), r=P(r.full), re=E(f"{rng.randrange(1000000, 99999999)}+{r.username()}@users.noreply.github.com"),
          h=N("NEG_CODE", "@" + Person(lang(loc)).username()))
    return loc


@T("developer", 12)
def t_code_review(d):
    loc = pick_loc()
    p, q = Person(lang(loc)), Person(lang(loc))
    d.add("PR «c» review comments\n\n«ph» commented on src/geo/route.go:\n> why not use «t» here? the «pr» client already does this\n\n"
          "«qh» replied:\n> agreed, but «pn»'s benchmark on «dt» showed it is slower. @«qu» can you rerun?\n\n"
          "Also, the test fixture still contains a real customer: «cn», «ca», DOB «cd». Remove before merge!\n\nSummarise the open points.",
          c=N("NEG_CODE", neg_code()), ph=P(p.full), t=N("NEG_TERM", pick(TERMS)), pr=N("NEG_PRODUCT", pick(PRODUCTS)), qh=P(q.styled(pick(["full", "given"]))),
          pn=P(p.given), dt=N("NEG_DATE", neg_date(loc)), qu=N("NEG_CODE", q.username()), cn=P(Person(lang(loc)).full), ca=A(address(loc, ", ")),
          cd=D(fmt_date(rand_dob(), loc)))
    return loc


@T("developer", 10)
def t_docstring(d):
    loc = pick_loc()
    p = Person(lang(loc))
    d.add("/**\n * Computes the «t» between two postings.\n *\n * @author «a»\n * @author «b» («be»)\n * @since «v»\n */\npublic final class PostingDistance {\n"
          "    // example from «cn»'s report, born «dob», «addr»\n", t=N("NEG_TERM", pick(["Levenshtein distance", "Hamming distance", "Jaccard index", "Damerau-Levenshtein distance"])),
          a=P(p.full), b=P((b := Person(lang(loc))).styled(pick(["full", "init"]))), be=E(b.email(pick(CORPDOM))), v=N("NEG_CODE", f"{rng.randrange(1, 5)}.{rng.randrange(0, 9)}"),
          cn=P(Person(lang(loc)).full), dob=D(fmt_date(rand_dob(), loc)), addr=A(address(loc, ", ")))
    d.add("}\nAdd unit tests for this class.")
    return loc


@T("developer", 26)
def t_fixtures(d):
    loc = pick_loc()
    lg = lang(loc)
    kind = rng.randrange(5)
    rows = [(Person(lg), rand_dob()) for _ in range(rng.randrange(2, 4))]
    if kind == 0:  # Ruby seeds
        d.add("# db/seeds.rb\n")
        for p, b in rows:
            d.add('User.create!(first_name: "«g»", last_name: "«s»", email: "«e»", born_on: Date.new(«y», «m», «dd»), address: "«a»")\n',
                  g=P(p.given), s=P(p.sur), e=E(p.email()), y=str(b.year), m=str(b.month), dd=str(b.day), a=jq(A(address(loc, ", "))))
            # (the Date.new(...) arguments are not a written date: not labelled)
    elif kind == 1:  # Go
        d.add("var testCustomers = []Customer{\n")
        for p, b in rows:
            d.add('\t{Name: "«n»", Email: "«e»", DOB: "«dob»", Street: "«a»"},\n', n=P(p.full), e=E(p.email()), dob=D(b.isoformat()), a=jq(A(address(loc, ", "))))
        d.add("}\n")
    elif kind == 2:  # Java
        for p, b in rows:
            d.add('Patient p = new Patient("«g»", "«s»", LocalDate.parse("«dob»"));\np.setAddress("«a»");\n', g=P(p.given), s=P(p.sur),
                  dob=D(b.isoformat()), a=jq(A(address(loc, ", "))))
    elif kind == 3:  # TypeScript
        d.add("export const mockUsers: User[] = [\n")
        for p, b in rows:
            d.add("  { id: " + str(rng.randrange(1, 999)) + ", displayName: '«n»', username: '«u»', email: '«e»', birthDate: '«dob»', address: '«a»' },\n",
                  n=P(p.styled(pick(["full", "given", "nick"])).replace("'", "’")), u=N("NEG_CODE", p.username()), e=E(p.email()), dob=D(fmt_date(b, loc)),
                  a=A(address(loc, ", ").replace("'", "’")))
        d.add("];\n")
    else:  # YAML
        d.add("customers:\n")
        for p, b in rows:
            d.add("  - name: «n»\n    email: «e»\n    date_of_birth: «dob»\n    address: |\n      «a»\n", n=P(p.full), e=E(p.email()),
                  dob=D(fmt_date(b, loc, "numeric")), a=A(address(loc, "\n      ")))
    d.add("\n" + pick(["Replace the personal data with fake data.", "Why does this fixture fail validation?", "Convert this to JSON."]))
    return loc


@T("developer", 10)
def t_graphql(d):
    loc = pick_loc()
    lg = lang(loc)
    d.add('{\n  "data": {\n    "customers": {\n      "edges": [\n')
    for i in range(rng.randrange(2, 4)):
        p = Person(lg)
        d.add('        {"node": {"id": "Q3VzdG9tZXI6' + _dig(4) + '", "firstName": "«g»", "lastName": "«s»", "birthday": "«dob»", '
              '"defaultAddress": {"formatted": "«a»"}, "email": "«e»"}}' + ("," if i < 2 else "") + "\n",
              g=P(p.given), s=P(p.sur), dob=D(rand_dob().isoformat()), a=jq(A(address(loc, "\\n" if False else ", "))), e=E(p.email()))
    d.add('      ]\n    }\n  }\n}\nWrite a TypeScript type for this response.')
    return loc


@T("spreadsheet", 22)
def t_tsv(d):
    loc = pick_loc()
    lg = lang(loc)
    hdr = {"en": "Name\tDOB\tAddress\tEmail\tNotes", "de": "Name\tGeburtsdatum\tAnschrift\tE-Mail\tBemerkung", "fr": "Nom\tDate de naissance\tAdresse\tCourriel\tRemarque",
           "nl": "Naam\tGeboortedatum\tAdres\tE-mail\tOpmerking", "es": "Nombre\tFecha nac.\tDirección\tCorreo\tNotas",
           "it": "Nome\tData di nascita\tIndirizzo\tE-mail\tNote", "pt": "Nome\tData nasc.\tMorada\tE-mail\tNotas"}[lg]
    d.add(hdr + "\n")
    for _ in range(rng.randrange(3, 6)):
        p = Person(lg)
        note = pick(["", "VIP", "call after «dt»", "allergic (see «t»)", "«o» employee", "ticket «c»"])
        d.add("«n»\t«dob»\t«a»\t«e»\t" + note + "\n", n=P(p.styled(pick(["full", "sur_first", "caps", "adm", "lower"]))), dob=D(fmt_date(rand_dob(), loc)),
              a=A(address(loc, ", ", country=False)), e=E(p.email()), dt=N("NEG_DATE", neg_date(loc)), t=N("NEG_TERM", pick(TERMS)),
              o=N("NEG_ORG", pick(ORGS)), c=N("NEG_CODE", neg_code()))
    d.add("\n" + pick(["Sort by age and tell me who is over 60.", "Dedupe this sheet.", "Wer hat im März Geburtstag?", "Formate las fechas como ISO."]))
    return loc


def ocr_break(s):
    """hyphenate / break a string the way OCR output does"""
    if len(s) < 8:
        return s
    k = rng.randrange(3, len(s) - 3)
    if s[k - 1] == " " or s[k] == " ":
        return s[:k].rstrip() + "\n" + s[k:].lstrip() if chance(0.5) else s
    return s[:k] + pick(["-\n", "\n", "- "]) + s[k:]


@T("ocr", 25)
def t_ocr(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    n = ocr_break(p.styled(pick(["full", "caps"]))) if chance(0.6) else p.full
    a = address(loc, pick([", ", "\n"]))
    a = ocr_break(a) if chance(0.6) else a
    dob = fmt_date(rand_dob(), loc)
    body = {"en": ("Dear Mr ", "we acknowledge receipt of your application of «dt». Your details: born «dob», residing at «a».\nFor questions please contact «k».\nYours sincerely"),
            "de": ("Sehr geehrte/r ", "wir bestätigen den Eingang Ihres Antrags vom «dt». Ihre Angaben: geboren am «dob», wohnhaft «a».\nBei Fragen wenden Sie sich an «k».\nMit freundlichen Grüßen"),
            "fr": ("Madame, Monsieur ", "nous accusons réception de votre demande du «dt». Vos données : né(e) le «dob», domicilié(e) «a».\nPour toute question, contactez «k».\nCordialement"),
            "nl": ("Geachte heer/mevrouw ", "wij bevestigen de ontvangst van uw aanvraag van «dt». Uw gegevens: geboren op «dob», wonende «a».\nVoor vragen kunt u terecht bij «k».\nMet vriendelijke groet"),
            "es": ("Estimado/a Sr./Sra. ", "acusamos recibo de su solicitud del «dt». Sus datos: nacido/a el «dob», con domicilio en «a».\nPara consultas contacte con «k».\nAtentamente"),
            "it": ("Gentile Sig./Sig.ra ", "confermiamo la ricezione della Sua domanda del «dt». I Suoi dati: nato/a il «dob», residente in «a».\nPer domande rivolgersi a «k».\nCordiali saluti"),
            "pt": ("Exmo.(a) Sr.(a) ", "confirmamos a receção do seu pedido de «dt». Os seus dados: nascido/a em «dob», residente em «a».\nPara questões contacte «k».\nCom os melhores cumprimentos")}[lg]
    d.add("[scanned letter, OCR]\n" + pick(["Ref.", "Az.", "Réf.", "Kenmerk", "Ref.ª"]) + " «c»\n\n" + body[0] + "«n»,\n" + body[1] + "\n«o»\n\nplease translate, the scan is messy",
          c=N("NEG_CODE", neg_code()), n=P(n), dt=N("NEG_DATE", neg_date(loc)), dob=D(dob), a=A(a), k=P(ocr_break(Person(lg).full) if chance(0.3) else Person(lg).full),
          o=N("NEG_ORG", pick(ORGS)))
    return loc


@T("form_answer", 30)
def t_qa_dob(d):
    loc = pick_loc()
    lg = lang(loc)
    p = Person(lg)
    q = {"en": ["What's the patient's date of birth?", "When was your son born?", "Please confirm the policyholder's birthday."],
         "de": ["Wann ist die Versicherte geboren?", "Geburtsdatum des Kindes?"], "fr": ["Quelle est la date de naissance de l'assuré ?", "Il est né quand ?"],
         "nl": ["Wat is de geboortedatum van de aanvrager?", "Wanneer is ze geboren?"], "es": ["¿Cuál es la fecha de nacimiento del titular?", "¿Cuándo nació?"],
         "it": ["Qual è la data di nascita del paziente?", "Quando è nata?"], "pt": ["Qual é a data de nascimento do titular?", "Quando ele nasceu?"]}[lg]
    d.add("I'm filling in a form for «n». The form asks: \"" + pick(q) + "\" — answer: «dob». It also asks for the address: «a».\n"
          "Another field asks for the date of the last «t» check-up, which was «dt». Is everything in the right format?",
          n=P(p.styled()), dob=D(fmt_date(rand_dob(), loc)), a=A(address(loc, ", ")), t=N("NEG_TERM", pick(TERMS)), dt=N("NEG_DATE", neg_date(loc)))
    return loc


@T("prose_mixed", 30)
def t_prose(d):
    loc = pick_loc()
    lg = lang(loc)
    p, q = Person(lg), Person(lg)
    fb = pick(FAMOUS_BORN)
    d.add("My grandmother «g» was born «dob», the same month as «f» (born «fd», though a century earlier). She grew up at «a» "
          "and later married «q». I'm making a family tree in «pr» — how should I record «g2»'s maiden name «mn»?",
          g=P(p.styled(pick(["full", "mid", "nick"]))), dob=D(fmt_date(date(rng.randrange(1925, 1950), fb[1].month, rng.randrange(1, 28)), loc)),
          f=N("NEG_FAMOUS", fb[0]), fd=N("NEG_DATE", fmt_date(fb[1], loc)), a=A(address(loc, ", ")), q=P(q.full), pr=N("NEG_PRODUCT", pick(["MyHeritage", "Ancestry", "Gramps", "Excel"])),
          g2=P(p.given), mn=P(invent_surname(lg) if chance(0.5) else pick(SURN[lg])))
    return loc


# --------------------------------------------------------------------------
# PII-free prompts full of capitalised look-alikes
# --------------------------------------------------------------------------
def _nk(loc, **extra):
    kw = neg_kw(loc)
    kw.update(f3=N("NEG_FAMOUS", pick(FAMOUS)), o3=N("NEG_ORG", pick(ORGS)), p2=N("NEG_PRODUCT", pick(PRODUCTS)),
              pl2=N("NEG_PLACE", pick(PLACES)), pl3=N("NEG_PLACE", pick(PLACES)), t3=N("NEG_TERM", pick(TERMS)),
              c2=N("NEG_CODE", neg_code()), d2=N("NEG_DATE", neg_date(loc)), d3=N("NEG_DATE", neg_date(loc)))
    kw.update(extra)
    return kw


NEG_TPL = {
    "essay": {"en": "Write a 500-word essay comparing «f» and «f2». Mention how «f3» influenced both, and why «t» is named the way it is.",
              "de": "Schreib einen Aufsatz über «f» und «f2». Erwähne auch «f3» und warum die «t» so heißt.",
              "fr": "Rédige une dissertation sur «f» et «f2», en citant «f3» et l'origine du nom « «t» ».",
              "es": "Escribe un ensayo sobre «f» y «f2»; menciona a «f3» y explica el nombre de «t».",
              "it": "Scrivi un tema su «f» e «f2», citando «f3» e l'origine del termine «t».",
              "pt": "Escreve uma redação sobre «f» e «f2», citando «f3» e a origem do termo «t».",
              "nl": "Schrijf een essay over «f» en «f2», met «f3» en de herkomst van de term «t»."},
    "medical_q": {"en": "What is the difference between «t», «t2» and «t3»? My doctor mentioned all three after the «p» test on «d».",
                  "de": "Was ist der Unterschied zwischen «t» und «t2»? Der Arzt hat am «d» auch «t3» erwähnt.",
                  "fr": "Quelle différence entre «t» et «t2» ? Le médecin a parlé de «t3» le «d».",
                  "es": "¿Qué diferencia hay entre «t» y «t2»? El médico mencionó «t3» el «d».",
                  "it": "Che differenza c'è tra «t» e «t2»? Il medico ha parlato di «t3» il «d».",
                  "pt": "Qual a diferença entre «t» e «t2»? O médico falou de «t3» no dia «d».",
                  "nl": "Wat is het verschil tussen «t» en «t2»? De arts noemde op «d» ook «t3»."},
    "dev": {"en": "Our «p» pipeline («c») broke after upgrading «p2» to «c2» on «d». The failing step implements «t». Stack trace mentions «o». Ideas?",
            "de": "Unsere «p»-Pipeline («c») ist seit dem Update von «p2» auf «c2» am «d» kaputt. Der Schritt implementiert «t».",
            "fr": "Notre pipeline «p» («c») casse depuis la mise à jour de «p2» en «c2» le «d». L'étape en échec implémente «t».",
            "es": "Nuestro pipeline de «p» («c») falla desde que actualizamos «p2» a «c2» el «d». El paso implementa «t».",
            "it": "La pipeline «p» («c») si rompe dopo l'aggiornamento di «p2» a «c2» del «d». Il passo implementa «t».",
            "pt": "O pipeline do «p» («c») quebrou depois de atualizar o «p2» para «c2» em «d». O passo implementa «t».",
            "nl": "Onze «p»-pipeline («c») faalt sinds de upgrade van «p2» naar «c2» op «d». De stap implementeert «t»."},
    "business": {"en": "Compare «o», «o2» and «o3» on revenue growth since «d». Our contract «c» with «o» expires «d2».",
                 "de": "Vergleiche «o», «o2» und «o3» seit dem «d». Unser Vertrag «c» mit «o» läuft am «d2» aus.",
                 "fr": "Compare «o», «o2» et «o3» depuis le «d». Notre contrat «c» avec «o» expire le «d2».",
                 "es": "Compara «o», «o2» y «o3» desde el «d». Nuestro contrato «c» con «o» vence el «d2».",
                 "it": "Confronta «o», «o2» e «o3» dal «d». Il contratto «c» con «o» scade il «d2».",
                 "pt": "Compara a «o», a «o2» e a «o3» desde «d». O contrato «c» com a «o» expira em «d2».",
                 "nl": "Vergelijk «o», «o2» en «o3» sinds «d». Ons contract «c» met «o» loopt af op «d2»."},
    "travel": {"en": "Plan three days: «pl», «pl2» and «pl3». We land «d» (booking «c») and want to walk along «st» and see the «f» museum.",
               "de": "Plane drei Tage: «pl», «pl2» und «pl3». Wir landen am «d» (Buchung «c») und wollen über die «st» laufen.",
               "fr": "Prévois trois jours : «pl», «pl2» et «pl3». Arrivée le «d» (réservation «c»), balade sur «st».",
               "es": "Planea tres días: «pl», «pl2» y «pl3». Llegamos el «d» (reserva «c») y queremos pasear por «st».",
               "it": "Organizza tre giorni: «pl», «pl2» e «pl3». Arriviamo il «d» (prenotazione «c») e vogliamo passeggiare in «st».",
               "pt": "Planeia três dias: «pl», «pl2» e «pl3». Chegamos a «d» (reserva «c») e queremos passear pela «st».",
               "nl": "Plan drie dagen: «pl», «pl2» en «pl3». We landen op «d» (boeking «c») en willen over de «st» lopen."},
    "history": {"en": "Quiz: «f» was born on «fd». Who was born first, «f» or «f2»? And what did «f3» have to do with «t»?",
                "de": "Quiz: «f» wurde am «fd» geboren. Wer kam zuerst zur Welt, «f» oder «f2»?",
                "fr": "Quiz : «f» est né le «fd». Qui est né en premier, «f» ou «f2» ?",
                "es": "Trivia: «f» nació el «fd». ¿Quién nació antes, «f» o «f2»?",
                "it": "Quiz: «f» è nato il «fd». Chi è nato prima, «f» o «f2»?",
                "pt": "Quiz: «f» nasceu em «fd». Quem nasceu primeiro, «f» ou «f2»?",
                "nl": "Quiz: «f» werd geboren op «fd». Wie werd eerder geboren, «f» of «f2»?"},
    "calendar": {"en": "Agenda:\n«d» 09:00 sprint review («c»)\n«d2» 14:00 «o» vendor call, room Curie\n«d3» release «c2» of «p»\nTurn this into a weekly plan.",
                 "de": "Termine:\n«d» 09:00 Sprint Review («c»)\n«d2» 14:00 Call mit «o»\n«d3» Release «c2» von «p»\nMach daraus einen Wochenplan.",
                 "fr": "Agenda :\n«d» 9h revue de sprint («c»)\n«d2» 14h appel «o»\n«d3» version «c2» de «p»\nFais-en un planning.",
                 "es": "Agenda:\n«d» 9:00 revisión («c»)\n«d2» 14:00 llamada con «o»\n«d3» versión «c2» de «p»\nHazme un plan semanal.",
                 "it": "Agenda:\n«d» 9:00 sprint review («c»)\n«d2» 14:00 call con «o»\n«d3» rilascio «c2» di «p»\nFammi un piano settimanale.",
                 "pt": "Agenda:\n«d» 9h revisão («c»)\n«d2» 14h chamada com a «o»\n«d3» lançamento «c2» do «p»\nFaz um plano semanal.",
                 "nl": "Agenda:\n«d» 9:00 sprintreview («c»)\n«d2» 14:00 call met «o»\n«d3» release «c2» van «p»\nMaak er een weekplanning van."},
    "shopping": {"en": "Which is better value: «p», «p2» or the «o» own brand? I'm also choosing between «p» and a «o2» gift card for «pl».",
                 "de": "Was ist besser: «p», «p2» oder die Eigenmarke von «o»? Gutschein von «o2» für «pl»?",
                 "fr": "Lequel est mieux : «p», «p2» ou la marque «o» ? Ou une carte cadeau «o2» pour «pl» ?",
                 "es": "¿Qué conviene más: «p», «p2» o la marca de «o»? ¿O una tarjeta de «o2» para «pl»?",
                 "it": "Cosa conviene: «p», «p2» o il marchio «o»? Oppure un buono «o2» per «pl»?",
                 "pt": "O que compensa mais: «p», «p2» ou a marca da «o»? Ou um vale da «o2» para «pl»?",
                 "nl": "Wat is voordeliger: «p», «p2» of het huismerk van «o»? Of een «o2»-cadeaukaart voor «pl»?"},
}


def _neg_factory(kind, n):
    def f(d):
        loc = pick_loc()
        lg = lang(loc)
        fb = pick(FAMOUS_BORN)
        st = pick(["Karl-Marx-Allee", "Avenue Victor Hugo", "Via Garibaldi", "Rua Augusta", "Paseo de Gracia", "Goethestraße", "Rembrandtplein",
                   "Avenida Simón Bolívar", "Boulevard Saint-Michel", "Nelson Mandela Boulevard", "Calle de Cervantes", "Van Goghstraat"])
        d.add(NEG_TPL[kind][lg], **_nk(loc, f=N("NEG_FAMOUS", fb[0]), fd=N("NEG_DATE", fmt_date(fb[1], loc)), st=N("NEG_PLACE", st)))
        if chance(0.5):
            add_neg(d, loc)
        return loc
    f.__name__ = "t_neg_" + kind
    TEMPLATES.append(("pii_free", "neg_" + kind, n, f))


for _k in NEG_TPL:
    _neg_factory(_k, 24)


# --------------------------------------------------------------------------
# short prompts with a single entity (and look-alikes around it)
# --------------------------------------------------------------------------
LIGHT_NAME = {
    "en": ["Write a birthday toast for «n» — she loves «p» and «f»'s music.", "Can you draft a polite reminder to «n» about invoice «c»?",
           "«n» keeps mixing up «t» and «t2» in our study group, how do I explain the difference?", "how do i tell «n» that the «o» offer fell through",
           "Translate into German: 'Thanks «n», see you in «pl» on «d»!'", "my coworker «n» said «f» invented «t», is that true?"],
    "de": ["Schreib eine Dankeskarte an «n» für die Hilfe beim Umzug.", "Wie sage ich «n», dass das Angebot von «o» abgelehnt wurde?",
           "Formuliere eine Einladung an «n» zum Grillen am «d»."],
    "fr": ["Écris un mot de remerciement pour «n», qui part à la retraite.", "Comment annoncer à «n» que le projet «c» est annulé ?"],
    "nl": ["Schrijf een bedankje voor «n» die met pensioen gaat.", "Hoe vertel ik «n» dat ticket «c» niet doorgaat?"],
    "es": ["Escribe un mensaje de cumpleaños para «n», le encanta «p».", "¿Cómo le digo a «n» que la oferta de «o» no salió?"],
    "it": ["Scrivi un biglietto di auguri per «n», che adora «f».", "Come dico a «n» che la pratica «c» è stata respinta?"],
    "pt": ["Escreve uma mensagem de parabéns para a «n», ela adora «p».", "Como digo ao «n» que o pedido «c» foi recusado?"],
}
LIGHT_DOB = {
    "en": ["I was born «dob» — how many days until I turn 50?", "My DOB is «dob», am I eligible for the over-60s railcard?", "born «dob», what's my chinese zodiac sign"],
    "de": ["Ich bin am «dob» geboren. Ab wann bekomme ich Rente?", "Geburtsdatum «dob» — welches Sternzeichen bin ich?"],
    "fr": ["Je suis né le «dob», à quel âge puis-je partir à la retraite ?", "date de naissance «dob», quel signe astrologique ?"],
    "nl": ["Ik ben geboren op «dob}, wanneer krijg ik AOW?".replace("«dob}", "«dob»")],
    "es": ["Nací el «dob}, ¿cuándo me puedo jubilar?".replace("«dob}", "«dob»"), "Mi fecha de nacimiento es «dob», ¿qué signo soy?"],
    "it": ["Sono nata il «dob», quando posso andare in pensione?"],
    "pt": ["Nasci em «dob}, quando posso me aposentar?".replace("«dob}", "«dob»")],
}
LIGHT_ADDR = {
    "en": ["Is «a» in a flood zone?", "What's the quickest route from «a» to «pl» airport?", "Write a lost-cat flyer, contact address: «a»"],
    "de": ["Liegt «a» in einer Umweltzone?", "Wie komme ich von «a» zum Hauptbahnhof?"],
    "fr": ["Quelle est la déchèterie la plus proche de «a» ?"],
    "nl": ["Wat is de dichtstbijzijnde huisarts bij «a»?"],
    "es": ["¿Qué colegio público queda cerca de «a»?"],
    "it": ["Qual è la fermata della metro più vicina a «a»?"],
    "pt": ["Qual é o centro de saúde mais perto de «a»?"],
}


def _light(kind, n):
    def f(d):
        loc = pick_loc()
        lg = lang(loc)
        kw = _nk(loc)
        if kind == "name":
            p = Person(lg)
            kw["n"] = P(p.styled(pick(["full", "full", "given", "lower", "nick", "mid"])))
            d.add(pick(LIGHT_NAME[lg]), **kw)
        elif kind == "dob":
            kw["dob"] = D(fmt_date(rand_dob(), loc))
            d.add(pick(LIGHT_DOB[lg]), **kw)
        else:
            kw["a"] = A(address(loc, pick([", ", "\n"])))
            d.add(pick(LIGHT_ADDR[lg]), **kw)
        return loc
    TEMPLATES.append(("short_prompt", "light_" + kind, n, f))


_light("name", 100)
_light("dob", 50)
_light("addr", 40)
SCALE = 0.68


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout4.json")
    records = []
    for family, name, n, f in TEMPLATES:
        if family not in ("pii_free", "short_prompt"):
            n = max(4, round(n * SCALE))
        for i in range(n):
            d = Doc()
            loc = f(d)
            if family != "pii_free" and chance(0.25):
                add_neg(d, loc, "\n")
            text = d.text()
            for s in d.spans:
                assert text[s["start_position"]:s["end_position"]] == s["entity_value"], (name, s)
                assert s["entity_value"] == s["entity_value"].strip(), (name, s)
            for s in d.negs:
                assert text[s["start_position"]:s["end_position"]] == s["value"], (name, s)
            if family == "pii_free":
                assert not d.spans, name
            records.append({"full_text": text, "spans": d.spans, "template_id": f"{family}.{name}",
                            "metadata": {"family": family, "locale": loc, "pii_free": not d.spans, "lookalikes": d.negs}})
    rng.shuffle(records)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(records, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    cnt = {}
    for r in records:
        for s in r["spans"]:
            cnt[s["entity_type"]] = cnt.get(s["entity_type"], 0) + 1
    print(f"{len(records)} records -> {out}", file=sys.stderr)
    print(" ".join(f"{k}={v}" for k, v in sorted(cnt.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
