#!/usr/bin/env python3
"""Blind held-out corpus "names_holdout5" for PERSON, STREET_ADDRESS, DATE_OF_BIRTH (and EMAIL_ADDRESS).

Brief (written blind: the author did not read the detectors, their tests, the other corpora or
generators, the README or any .md of the repository, and never ran hush on this data):
  Texts are what people paste into an AI assistant, in shapes earlier sets may not have:
  insurance claims and adjuster notes, police/incident reports, school reports and parent letters,
  real-estate listings and tenancy agreements, HOA/landlord letters, CRM notes and sales-call
  summaries, meeting minutes and calendar invites, SMS threads and voicemail transcriptions, forum
  posts asking for advice about a named person, reviews that name staff, dating/community profiles,
  event registrations and badge lists, club rolls, parish records, alumni lists, veterinary records,
  pharmacy labels, lab reports, home-care logs, courier notes, invoices/purchase orders, HR incident
  reports and reviews, grant/scholarship applications, translation requests, rewrite/summarise/reply
  prompts, agent tool-call logs (JSON), semicolon CSV, Markdown tables, YAML fixtures.
  Languages/regions: en (US UK IE AU NZ CA IN ZA SG), de (DE AT CH), fr (FR BE CH CA), nl (NL BE),
  es (ES MX AR CL CO PE), it (IT CH), pt (PT BR).  About half of the people have invented
  (pronounceable, per-language) names that no name list knows, half real common names including
  names of global origin, diacritics, hyphens, particles, initials, nicknames, lower case, ALL CAPS.
  About a fifth of the records are PII-free prompts full of capitalised look-alikes.

Labelling conventions:
  PERSON          the name as written; titles/honorifics excluded ("Dr. [Ana Ruiz]"), possessive 's
                  excluded, particles included ("[Daan van den Berg]"); a given name and a surname in
                  separate fields (CSV/JSON/YAML/table columns, "Name:" / "Vorname:" lines) are two
                  spans; nicknames and display names that are names are PERSON; machine user names,
                  handles ("@jdoe_88", "mkeller") and e-mail local parts are not.  Given names alone
                  are labelled when the text makes clear they are a person.  Pets are not persons.
  STREET_ADDRESS  the whole postal address as written: from the unit/building/street line to the
                  postcode, city, region and country when they are part of the block; one span across
                  newlines; PO boxes count; company and office addresses count; a city or country
                  alone does not, nor a street named without a number used as a place.
  DATE_OF_BIRTH   the date only (no "born on", no "le"), any written form, for any private person;
                  a famous person's birth date is a look-alike (NEG_DATE); pets' birth dates are
                  NEG_DATE too.
  EMAIL_ADDRESS   every e-mail address.
Look-alikes are NOT spans; they are listed in metadata.lookalikes as {label, value, start_position,
end_position} with label one of NEG_FAMOUS (famous/historical people as a topic), NEG_TERM (eponyms,
whole term), NEG_ORG (companies named after people), NEG_PRODUCT, NEG_PLACE (places that are also
given names, streets named after people used as a place without a number), NEG_CODE (ticket keys,
booking/policy numbers, versions), NEG_DATE (every other calendar date).

Usage: gen_names_holdout5.py [OUTPUT]  (default contrib/bench/accuracy/data/names_holdout5.json);
Python 3 stdlib only, fixed seed, the same bytes whatever the output path.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 5_2026_1203
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def rint(a, b):
    return R.randint(a, b)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------------------------
SPAN_TYPES = {"PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "EMAIL_ADDRESS"}


def P(v):
    return ("PERSON", v)


def A(v):
    return ("STREET_ADDRESS", v)


def D(v):
    return ("DATE_OF_BIRTH", v)


def E(v):
    return ("EMAIL_ADDRESS", v)


def L(label, v):
    return (label, v)


class B:
    def __init__(self):
        self.parts, self.n, self.spans, self.looks = [], 0, [], []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, item):
        if isinstance(item, str):
            return self.t(item)
        typ, val = item
        start = self.n
        self.t(val)
        rec = {"start_position": start, "end_position": self.n}
        if typ in SPAN_TYPES:
            self.spans.append({"entity_type": typ, "entity_value": val, **rec})
        else:
            self.looks.append({"label": typ, "value": val, **rec})
        return self

    def f(self, fmt, **kw):
        for i, piece in enumerate(re.split(r"<<(\w+)>>", fmt)):
            if i % 2 == 0:
                self.t(piece)
            else:
                self.v(kw[piece])
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------
# regions
# --------------------------------------------------------------------------------------------
LOCALES = {
    "en": ["US", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA", "SG"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "CA"],
    "nl": ["NL", "BE"],
    "es": ["ES", "MX", "AR", "CL", "CO", "PE"],
    "it": ["IT", "CH"],
    "pt": ["PT", "BR"],
}
ALL_LOC = [(l, r) for l, rs in LOCALES.items() for r in rs]
LANG_W = {"en": 30, "de": 12, "fr": 12, "nl": 8, "es": 14, "it": 10, "pt": 10}


def pick_loc(langs=None):
    langs = langs or list(LOCALES)
    lang = R.choices(langs, [LANG_W[x] for x in langs])[0]
    return lang, ch(LOCALES[lang])


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------
def S(s):
    return s.split("|")


REAL = {
    "en": dict(f=S("Emily|Sarah|Jessica|Ashley|Megan|Olivia|Charlotte|Grace|Hannah|Chloe|Lauren|Rachel|Amy|Zoe|Kayla|Brittany|Tanisha|Maria|Mei|Aaliyah|Rebecca|Danielle"),
               m=S("James|Michael|David|Daniel|Christopher|Matthew|Ryan|Jack|Liam|Noah|Ethan|Tyler|Brandon|Kevin|Jamal|Oliver|Harry|Connor|Wei|Mohammed|Marcus|Andrew"),
               s=S("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Taylor|Anderson|Thomas|Moore|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Patel|Nguyen|Kim|Okafor|O'Brien|MacDonald|Kowalski|Hernandez|Chen|Singh|Evans|Hughes|Campbell|Fraser|Adeyemi|Mensah|Al-Sayed|Demir|Tran|McAllister|Ngata|Parata")),
    "en-IE": dict(f=S("Siobhán|Aoife|Niamh|Caoimhe|Saoirse|Róisín|Orla|Clodagh|Sinéad|Gráinne"),
                  m=S("Cian|Oisín|Seán|Pádraig|Ruairí|Darragh|Eoin|Colm|Tadhg|Donncha"),
                  s=S("Murphy|Kelly|O'Sullivan|Walsh|McCarthy|Byrne|Ryan|O'Connor|Fitzgerald|Ó Briain|Mac Gearailt|Doherty|Ó Súilleabháin")),
    "en-IN": dict(f=S("Priya|Ananya|Lakshmi|Divya|Sneha|Kavya|Pooja|Meenakshi|Harpreet|Nandini"),
                  m=S("Arjun|Rahul|Vikram|Siddharth|Karthik|Rohan|Aditya|Venkatesh|Gurpreet|Imran"),
                  s=S("Sharma|Iyer|Reddy|Nair|Gupta|Menon|Banerjee|Raghunathan|Chatterjee|Deshpande|Krishnamurthy|Subramanian|Kaur|Qureshi")),
    "en-SG": dict(f=S("Wei Ling|Hui Min|Nur Aisyah|Kavitha|Jia Hui|Mei Xin|Siew Lan|Farah"),
                  m=S("Jun Jie|Wei Jie|Muhammad Faiz|Arun|Zhi Hao|Ravi|Kok Leong|Hafiz"),
                  s=S("Tan|Lim|Ng|Lee|Wong|Goh|Chua|Koh|Teo|bin Ismail|Pillai|Ong")),
    "en-ZA": dict(f=S("Thandiwe|Nomvula|Lerato|Anri|Zanele|Chantelle|Refilwe|Mpho|Karabo"),
                  m=S("Sipho|Thabo|Pieter|Johan|Bongani|Themba|Riaan|Tshepo|Wian"),
                  s=S("Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Naidoo|du Plessis|Khumalo|Pretorius|Ndlovu|Govender")),
    "de": dict(f=S("Anna|Lena|Sophie|Katharina|Sabine|Ursula|Birgit|Jana|Lea|Hannah-Marie|Annelie|Jasmin|Elif|Dörte"),
               m=S("Lukas|Jonas|Maximilian|Jürgen|Klaus|Stefan|Tobias|Florian|Matthias|Karl-Heinz|Mehmet|Emre|Jörg|Uwe"),
               s=S("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Zimmermann|Krüger|Hofer|Gruber|Huber|Steiner|Moser|Brunner|Meier|Keller|Yılmaz|Kaya|Nowak|von Bülow|von der Heyde|Öztürk|Weiß")),
    "fr": dict(f=S("Camille|Léa|Manon|Chloé|Inès|Élodie|Margaux|Anne-Sophie|Marie-Claire|Nathalie|Amélie|Aïcha|Fatoumata|Geneviève|Marie-Ève"),
               m=S("Lucas|Hugo|Théo|Louis|Mathis|Julien|Jean-Baptiste|Pierre-Yves|François|Nicolas|Karim|Mamadou|Éric|Sylvain|Jérôme"),
               s=S("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Fontaine|Girard|Bonnet|Dupont|Lambert|Benali|Diallo|Le Goff|Le Gall|d'Aubigné|Tremblay|Gagnon|Côté|Bouchard|Lévesque|Haddad|de Meulemeester")),
    "nl": dict(f=S("Emma|Sanne|Lotte|Femke|Anouk|Lieke|Marieke|Sophie|Fleur|Saskia|Ilse|Fatima|Elke|Griet"),
               m=S("Daan|Bram|Sem|Thijs|Jeroen|Pieter|Sjoerd|Wouter|Joost|Youssef|Koen|Stijn|Jelle"),
               s=S("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Hendriks|van Leeuwen|Dekker|Brouwer|Peeters|Maes|Claes|Wouters|Goossens|El Amrani|Van Damme|Verbruggen|Kramer")),
    "es": dict(f=S("María José|Lucía|Sofía|Valentina|Camila|Daniela|Martina|Carmen|Isabel|Ximena|Guadalupe|Maite|Itziar|Florencia"),
               m=S("José Luis|Juan Pablo|Santiago|Mateo|Alejandro|Diego|Javier|Andrés|Sebastián|Joaquín|Jorge|Iñaki|Gonzalo|Rodrigo"),
               s=S("García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Ruiz|Hernández|Díaz|Moreno|Álvarez|Muñoz|Romero|Castillo|Vargas|Rojas|Quispe|Mamani|Contreras|Ramírez|Torres|Flores|de la Cruz|del Río|Etxeberria|Huamán")),
    "it": dict(f=S("Giulia|Chiara|Francesca|Sara|Martina|Alessia|Federica|Maria Grazia|Anna Maria|Beatrice|Ilaria|Noemi"),
               m=S("Marco|Alessandro|Andrea|Luca|Matteo|Lorenzo|Giuseppe|Gianluca|Pierpaolo|Davide|Nicolò|Simone"),
               s=S("Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Di Stefano|D'Angelo|Lo Presti|Bernasconi|Cattaneo|Fumagalli|La Rosa")),
    "pt": dict(f=S("Ana|Beatriz|Mariana|Inês|Leonor|Joana|Francisca|Maria Eduarda|Luíza|Larissa|Júlia|Conceição|Thaís"),
               m=S("João|Tiago|Rodrigo|Duarte|Gonçalo|Afonso|Pedro Henrique|Gabriel|Luiz Felipe|Thiago|Caio|Vinícius|Sebastião"),
               s=S("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Carvalho|Nascimento|Araújo|dos Santos|da Silva|de Souza|Nakamura|Tanaka|Magalhães")),
}

NICK = {"en": S("Liz|Jen|Mike|Dave|Chris|Kate|Tom|Pat|Becca|Sam|Jules|Gus|Benny|Trish|Robbie|Deb|Mo|Kenny"),
        "de": S("Steffi|Basti|Uli|Flo|Mausi|Kalle|Resi|Schorsch"),
        "fr": S("Juju|Manu|Steph|Fanfan|Jojo|Titi|Mimi|Loulou"),
        "nl": S("Bas|Anne-Fleur|Joep|Mies|Toos|Kees|Sjaak"),
        "es": S("Pepe|Paco|Lupita|Chus|Nacho|Charo|Pili|Quique"),
        "it": S("Gigi|Beppe|Nando|Titti|Pino|Lella|Totò"),
        "pt": S("Zé|Quim|Bia|Lulu|Nando|Dudu|Tati|Guto")}

SYL = {
    "en": dict(on=S("Br|Th|K|M|D|L|R|Sh|W|G|T|C|H|J|N|V|Fl|Gr|Qu"), v=S("a|e|i|o|ay|ee|or|ar|el|u"),
               gf=S("wen|lyn|ra|sa|belle|ette|ia|nna|ley"), gm=S("den|ric|ton|van|rus|wick|an|ock|el"),
               sf=S("ford|wick|ton|by|ley|ham|more|den|well|ridge|cott|thorpe|combe")),
    "de": dict(on=S("Ul|Wer|Hen|Lot|Gis|Fri|Ber|Ans|Kun|Dro|Rah|Tes|Wal|Jör|Gre"), v=S("a|e|i|o|ü|ö|au|ei"),
               gf=S("rike|wina|hild|ela|lind|trud|ine"), gm=S("mar|do|bert|fried|wald|helm|old"),
               sf=S("mann|ler|berger|hofer|inger|reuther|wald|stätter|hausen|ke|bichler|egger")),
    "fr": dict(on=S("Ber|Gol|Mar|Tris|Lou|Ques|Aub|Rom|Sév|Cor|Pél|Jos|Vau|Fla"), v=S("a|e|i|o|é|ou|au|ai"),
               gf=S("ine|ette|elle|aude|ane|ise|oline"), gm=S("ien|ard|ic|ent|ois|ain|elin"),
               sf=S("eau|ard|ot|ier|ac|ais|in|elle|ignac|ouin|erre|aud")),
    "nl": dict(on=S("Jor|Wil|Ger|Maar|Fem|Rik|Sjo|Ties|Hil|Door|Bert|Wob|Ee|Kla"), v=S("e|i|o|aa|ie|oe|ij|ui"),
               gf=S("ke|tje|ina|lien|mijn|tske"), gm=S("en|mar|rd|bout|wout|ko"),
               sf=S("huis|kamp|stra|veld|dijk|broek|ink|ma|hout|laar|steeg|molen")),
    "es": dict(on=S("Bal|Cor|Ter|Mir|Lua|Fer|Nar|Quin|Sol|Rub|Ed|Gual|Ilar|Tob"), v=S("a|e|i|o|ia|ue|io"),
               gf=S("ela|ita|ara|ina|encia|orda"), gm=S("ino|encio|iro|ando|elio|ardo"),
               sf=S("ez|ado|era|illa|ón|aga|uela|azu|ino|ueta|arte")),
    "it": dict(on=S("Bal|Cor|Ter|Mir|Lud|Fer|Nar|Quin|Sol|Rub|Ges|Tor|Ilar|Ven"), v=S("a|e|i|o|ia|ie"),
               gf=S("etta|ella|ina|ilde|era|enza"), gm=S("aldo|ino|erio|ello|ando|uzio"),
               sf=S("ini|etti|ucci|elli|ato|one|aro|ardi|esi|otto|acchi")),
    "pt": dict(on=S("Bal|Cor|Ter|Mir|Lud|Fer|Nar|Quin|Sol|Rub|Jaç|Tav|Ilar|Gue"), v=S("a|e|i|o|ão|ei|ou"),
               gf=S("inha|ara|ele|ilde|ória|ena"), gm=S("ildo|ício|ano|oso|eu|ério"),
               sf=S("eira|ães|ado|inho|oso|edo|ante|ilha|ela|uça")),
}
PARTICLE = {"de": S("von|von der|zu"), "fr": S("de|du|Le|de la"), "nl": S("van|van der|de|ten|van 't"),
            "es": S("de|del|de la"), "it": S("Di|De|Lo|Della"), "pt": S("da|dos|de"), "en": S("Mc|O'")}


VOW = "aeiouyäöüéèàáíóúãâêôõ"
GLUE = {"en": S("r|n|l|v"), "de": S("r|n|l|b"), "fr": S("r|n|v|ll"), "nl": S("r|n|l|v"), "es": S("r|n|l|d"),
        "it": S("r|n|l|tt"), "pt": S("r|n|l|v")}


def glue(lang, *parts):
    out = ""
    for p in parts:
        if out and out[-1].lower() in VOW and p[0].lower() in VOW:
            out += ch(GLUE[lang])
        out += p if not out else p.lower()
    return out[0].upper() + out[1:]


def inv_given(lang, g):
    d = SYL[lang]
    x = glue(lang, ch(d["on"]), ch(d["v"]), ch(d["gf"]) if g == "f" else ch(d["gm"]))
    if chance(0.06) and lang in ("fr", "de"):
        y = glue(lang, ch(d["on"]), ch(d["v"]), ch(d["gf"]) if g == "f" else ch(d["gm"]))
        x = x + "-" + y
    return x


def inv_surname(lang):
    d = SYL[lang]
    x = glue(lang, ch(d["on"]), ch(d["v"]), ch(d["sf"]))
    if chance(0.3):
        x = glue(lang, ch(d["on"]), ch(d["v"]), ch(d["on"]), ch(d["sf"]))
    if chance(0.22):
        p = ch(PARTICLE[lang])
        if p.endswith("'") or p == "Mc":
            x = p + x
        else:
            x = p + " " + x
    return x


class Person:
    def __init__(self, lang, region, g=None, invented=None):
        self.lang, self.region = lang, region
        self.gender = g or ch("fm")
        self.invented = chance(0.5) if invented is None else invented
        key = f"{lang}-{region}"
        pool = REAL.get(key, REAL[lang])
        if self.invented:
            self.given = inv_given(lang, self.gender)
            self.sur = inv_surname(lang)
            if lang == "es" and chance(0.5):
                self.sur += " " + inv_surname(lang)
        else:
            self.given = ch(pool[self.gender])
            self.sur = ch(pool["s"])
            if lang == "es" and chance(0.55):
                s2 = ch(pool["s"])
                if s2 != self.sur:
                    self.sur += (" y " if chance(0.1) else " ") + s2
            if lang == "pt" and chance(0.45):
                s2 = ch(pool["s"])
                if s2 != self.sur:
                    self.sur = s2 + " " + self.sur
            if key == "en-IE" and self.gender == "f" and self.sur.startswith("Ó "):
                self.sur = "Ní " + self.sur[2:]
        self.nick = ch(NICK[lang])

    def full(self):
        return f"{self.given} {self.sur}"

    def style(self, st=None):
        st = st or R.choices(["full", "full", "full", "full", "init", "caps", "lower", "mid"], k=1)[0]
        if st == "full":
            return self.full()
        if st == "init":
            return f"{self.given[0]}. {self.sur}"
        if st == "caps":
            return self.full().upper()
        if st == "lower":
            return self.full().lower()
        if st == "mid":
            return f"{self.given} {ch('ABCDEFGHJKLMNPRSTW')}. {self.sur}" if self.lang == "en" else self.full()
        if st == "sfirst":
            return f"{self.sur.upper()} {self.given}"
        if st == "comma":
            return f"{self.sur}, {self.given}"
        if st == "given":
            return self.given
        if st == "sur":
            return self.sur
        raise ValueError(st)

    def title(self):
        t = {"en": ("Mr.", "Ms.", "Mrs.", "Dr."), "de": ("Herr", "Frau", "Dr."), "fr": ("M.", "Mme", "Dr"),
             "nl": ("dhr.", "mevr.", "dr."), "es": ("Sr.", "Sra.", "Dra."), "it": ("Sig.", "Sig.ra", "dott."),
             "pt": ("Sr.", "Sra.", "Dr.")}[self.lang]
        if self.gender == "m":
            return ch([t[0], t[-1]] if t[-1].startswith(("D", "d")) else [t[0]])
        return ch(t[1:])

    def email(self, dom=None):
        def fold(s):
            s = unicodedata.normalize("NFKD", s)
            return re.sub(r"[^a-z0-9]", "", s.encode("ascii", "ignore").decode().lower())
        g, s = fold(self.given.split()[0]), fold(self.sur.split()[-1])
        local = ch([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[0]}", f"{s}.{g}", f"{g}_{s}{rint(1, 99)}", f"{g}{rint(70, 99)}"])
        dom = dom or ch(MAILDOM[self.region if self.region in MAILDOM else self.lang])
        return f"{local}@{dom}"


MAILDOM = {"US": S("gmail.com|yahoo.com|outlook.com|icloud.com|comcast.net"), "UK": S("btinternet.com|gmail.com|hotmail.co.uk"),
           "IE": S("eircom.net|gmail.com"), "AU": S("bigpond.com|gmail.com"), "NZ": S("xtra.co.nz|gmail.com"),
           "CA": S("rogers.com|videotron.ca|gmail.com"), "IN": S("gmail.com|rediffmail.com"), "ZA": S("telkomsa.net|gmail.com"),
           "SG": S("singnet.com.sg|gmail.com"), "DE": S("web.de|gmx.de|t-online.de"), "AT": S("gmx.at|aon.at"),
           "CH": S("bluewin.ch|gmx.ch"), "FR": S("orange.fr|free.fr|laposte.net"), "BE": S("skynet.be|telenet.be"),
           "NL": S("ziggo.nl|kpnmail.nl|gmail.com"), "ES": S("telefonica.net|gmail.com"), "MX": S("prodigy.net.mx|hotmail.com"),
           "AR": S("fibertel.com.ar|gmail.com"), "CL": S("vtr.net|gmail.com"), "CO": S("une.net.co|gmail.com"),
           "PE": S("hotmail.com|gmail.com"), "IT": S("libero.it|alice.it|gmail.com"), "PT": S("sapo.pt|gmail.com"),
           "BR": S("uol.com.br|bol.com.br|gmail.com")}


def org_domain():
    return ch(S("northwind-logistics.com|acmeclaims.co.uk|brightpath.ie|kiwiinsure.co.nz|talvera.de|maisonbelle.fr|"
                "vanhalsema.nl|grupoandino.pe|soluzioni-brenta.it|cooperlar.com.br|hartwell-realty.com|klinik-am-see.ch|"
                "alvorada.pt|estudiomurua.com.ar|tecnoaguila.mx|riverstone.co.za|merlion-care.sg"))


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------
MONTHS = {
    "en": S("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": S("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": S("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "nl": S("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "es": S("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": S("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "pt": S("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
}
ORDW = S("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
         "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|"
         "twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first")
UNITS = S("|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
TENS = S("||twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")


def two(n):
    if n < 20:
        return UNITS[n] if n else "hundred"
    return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")


def year_words(y):
    if y >= 2000:
        return "two thousand" + (" and " + two(y - 2000) if y > 2000 else "") if y < 2010 else "twenty " + two(y - 2000)
    return two(y // 100) + " " + (two(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def ordsuf(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def rand_ymd(y0, y1):
    return rint(y0, y1), rint(1, 12), rint(1, 28)


def dob(min_age=18, max_age=88):
    return rand_ymd(2026 - max_age, 2026 - min_age)


def recent():
    return rand_ymd(2021, 2027)


def fdate(lang, region, ymd, spoken=False):
    y, m, d = ymd
    mn = MONTHS[lang][m - 1]
    if lang == "en" and region == "US":
        opts = [f"{mn} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{mn[:3]}. {d}, {y}",
                f"{y}-{m:02d}-{d:02d}", f"{mn} {d}{ordsuf(d)}, {y}", f"{m}-{d}-{y}"]
    elif lang == "en":
        opts = [f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}{ordsuf(d)} of {mn} {y}", f"{d}/{m}/{y}",
                f"{d:02d}-{mn[:3]}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}", f"{d}{ordsuf(d)} {mn} {y}",
                f"{d:02d}.{m:02d}.{y}"]
        if region in ("CA",):
            opts += [f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "de":
        mn2 = "Jänner" if region == "AT" and m == 1 else mn
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mn2} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}", f"{d}. {mn2[:3]}. {y}" if len(mn2) > 4 else f"{d}. {mn2} {y}"]
    elif lang == "fr":
        dd = "1er" if d == 1 else str(d)
        opts = [f"{d:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{d:02d}.{m:02d}.{y}" if region == "CH" else f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}" if region == "CA" else f"{d:02d}-{m:02d}-{y}", f"{dd} {mn.upper()} {y}"]
    elif lang == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]} {y}",
                f"{y}-{m:02d}-{d:02d}"]
    elif lang == "es":
        de = "del" if region in ("MX", "AR", "CO") and chance(0.4) else "de"
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {mn} {de} {y}", f"{d}-{m}-{y}", f"{d:02d}-{mn[:3]}-{y}",
                f"{d}/{m}/{y}", f"{d} {mn[:3].upper()} {y}"]
        if region == "ES" and d == 1:
            opts.append(f"1 de {mn} de {y}")
    elif lang == "it":
        dd = "1°" if d == 1 else str(d)
        opts = [f"{d:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{y}", f"{d}/{m}/{y}",
                f"{dd} {mn.capitalize()} {y}"]
    else:  # pt
        dd = ("1.º" if region == "PT" else "1º") if d == 1 else str(d)
        mcap = mn.capitalize() if region == "PT" and chance(0.4) else mn
        opts = [f"{d:02d}/{m:02d}/{y}", f"{dd} de {mcap} de {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}",
                f"{d:02d}.{m:02d}.{y}"]
    if spoken and lang == "en":
        if region == "US":
            return f"{mn} {ORDW[d - 1]}, {year_words(y)}"
        return ch([f"the {ORDW[d - 1]} of {mn}, {year_words(y)}", f"{ORDW[d - 1]} of {mn} {year_words(y)}"])
    return ch(opts)


# --------------------------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------------------------
def pcL(n):
    return "".join(ch("ABDEFGHJLNPQRSTUWXYZ") for _ in range(n))


def addr_lines(lang, region):
    """Return (lines, country_name)."""
    n = rint(2, 240)
    if region == "US":
        city, st, z = ch([("Columbus", "OH", "432"), ("Sacramento", "CA", "958"), ("Raleigh", "NC", "276"),
                          ("Portland", "OR", "972"), ("Tucson", "AZ", "857"), ("Milwaukee", "WI", "532"),
                          ("Albany", "NY", "122"), ("Plano", "TX", "750"), ("Boise", "ID", "837"),
                          ("Savannah", "GA", "314"), ("Burlington", "VT", "054"), ("Duluth", "MN", "558")])
        zipc = z + f"{rint(0, 99):02d}" + (f"-{rint(1000, 9999)}" if chance(0.2) else "")
        if chance(0.07):
            return [f"PO Box {rint(100, 9999)}", f"{city}, {st} {zipc}"], "USA"
        street = f"{rint(10, 9899)} {ch(S('Maple Ridge|Oak Hollow|Cedar|Elm|Willow Creek|Lakeview|Brandywine|Sycamore|Hawthorne|Pine Bluff|Chestnut|Juniper Hills|Quarry|Mill Pond|Fairmount|Kessler Ferry|Dunmore|Larkspur|N Harlan|W 3rd'))} {ch(S('St|Street|Ave|Avenue|Blvd|Dr|Drive|Ln|Rd|Road|Ct|Way|Pl|Pkwy'))}"
        if chance(0.4):
            street += ch([", ", " "]) + ch(["Apt 4B", f"Apt. {rint(1, 40)}", f"Unit {rint(1, 30)}", f"Suite {rint(100, 900)}", f"#{rint(100, 999)}", "Apt 2F"])
        return [street, f"{city}, {st} {zipc}"], ch(["USA", "United States"])
    if region == "UK":
        town, area = ch([("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"),
                         ("Glasgow", "G"), ("Edinburgh", "EH"), ("York", "YO"), ("Brighton", "BN"), ("Sheffield", "S"),
                         ("Exeter", "EX"), ("Belfast", "BT")])
        pc = f"{area}{rint(1, 29)} {rint(1, 9)}{pcL(2)}"
        lines = []
        if chance(0.35):
            lines.append(ch([f"Flat {rint(1, 12)}", f"Flat {rint(1, 6)}{ch('ABC')}", "Rosewood House", "Kestrel Court", "The Old Rectory", f"Flat {rint(1, 9)}, Alder House"]))
        lines.append(f"{n} {ch(S('Hollins|Beech|Station|Church|Albert|Granby|Marlborough|Ashfield|Thornbury|Kingsley|Mount Pleasant|Hawkridge|Ferncliffe'))} {ch(S('Road|Street|Lane|Close|Avenue|Crescent|Gardens|Terrace|Mews|Grove|Drive'))}")
        if chance(0.3):
            lines.append(ch(S("Headingley|Chorlton|Clifton|Roath|Morningside|Heworth|Hove|Crookes|Heavitree")))
        if chance(0.5):
            lines.append(f"{town.upper() if chance(0.3) else town} {pc}")
        else:
            lines += [town, pc]
        return lines, ch(["United Kingdom", "UK"])
    if region == "IE":
        town, co, ek = ch([("Ballincollig", "Co. Cork", "P31"), ("Naas", "Co. Kildare", "W91"), ("Galway", "", "H91"),
                           ("Dublin 6", "", "D06"), ("Ennis", "Co. Clare", "V95"), ("Letterkenny", "Co. Donegal", "F92"),
                           ("Kilkenny", "Co. Kilkenny", "R95"), ("Bantry", "Co. Cork", "P75")])
        eir = f"{ek} {ch('ACDEFHKNPRTVWXY')}{rint(0, 9)}{ch('ACDEFHKNPRTVWXY')}{rint(0, 9)}"
        if chance(0.25):
            first = ch(S("Ardnagashel|Cnoc an Óir|Knockbrack House|Rathmore Cottage|Tír na nÓg, Cappagh"))
        else:
            first = f"{n} {ch(S('Ashgrove Park|Castle Road|Main Street|Oakwood Lawn|Bóthar na Trá|Sráid Mhór|Church View|Meadowbrook Grove|The Paddocks|Seafield Avenue'))}"
        lines = [first, town] + ([co] if co else []) + [eir]
        return lines, "Ireland"
    if region == "AU":
        sub, stt, pc = ch([("Carlton", "VIC", "3053"), ("Fremantle", "WA", "6160"), ("Toowong", "QLD", "4066"),
                           ("Glebe", "NSW", "2037"), ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"),
                           ("Braddon", "ACT", "2612"), ("Parap", "NT", "0820")])
        st = f"{ch(S('Banksia|Wattle|Jacaranda|Bottlebrush|Currawong|Kookaburra|Lygon|Hay|Wickham|Glenferrie'))} {ch(S('St|Street|Rd|Ave|Pde|Cres|Tce'))}"
        first = ch([f"Unit {rint(1, 20)}/{n} {st}", f"{rint(1, 20)}/{n} {st}", f"{n} {st}", f"{n} {st}"])
        if chance(0.06):
            first = f"PO Box {rint(10, 999)}"
        last = f"{sub} {stt} {pc}"
        return [first, last.upper() if chance(0.35) else last], "Australia"
    if region == "NZ":
        sub, city, pc = ch([("Mount Eden", "Auckland", "1024"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8011"),
                            ("Roslyn", "Dunedin", "9010"), ("Hamilton East", "Hamilton", "3216"), ("Te Aro", "Wellington", "6011")])
        st = f"{ch(S('Kowhai|Rimu|Pohutukawa|Totara|Mātai|Karaka|Tui|Kauri'))} {ch(S('Road|Street|Terrace|Crescent|Place'))}"
        first = ch([f"Flat {rint(1, 6)}, {n} {st}", f"{rint(1, 6)}/{n} {st}", f"{n} {st}", f"{n}{ch('AB')} {st}"])
        if chance(0.07):
            return [f"PO Box {rint(100, 9999)}", f"{city} {pc}"], "New Zealand"
        return [first, sub, f"{city} {pc}"], "New Zealand"
    if region == "CA" and lang == "en":
        city, pr, fsa = ch([("Toronto", "ON", "M5S"), ("Ottawa", "ON", "K1N"), ("Vancouver", "BC", "V6B"), ("Calgary", "AB", "T2P"),
                            ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3C"), ("Saskatoon", "SK", "S7K")])
        pc = f"{fsa} {rint(1, 9)}{ch('ABCEGHJKLMNPRSTVWXYZ')}{rint(1, 9)}"
        st = ch(S("Bloor St W|Hornby St|Elgin St|Portage Ave|Spring Garden Rd|17 Ave SW|Whyte Ave|Queen St E|Robson St"))
        first = ch([f"{rint(101, 2405)}-{rint(100, 1999)} {st}", f"Suite {rint(200, 900)}, {rint(100, 1999)} {st}", f"{rint(10, 1999)} {st}"])
        return [first, f"{city}, {pr} {pc}" if chance(0.6) else f"{city} {pr}  {pc}"], "Canada"
    if region == "IN":
        loc, city, state, pin = ch([("Indiranagar", "Bengaluru", "Karnataka", "5600"), ("Koramangala", "Bengaluru", "Karnataka", "5600"),
                                    ("Andheri West", "Mumbai", "Maharashtra", "4000"), ("Salt Lake", "Kolkata", "West Bengal", "7000"),
                                    ("T. Nagar", "Chennai", "Tamil Nadu", "6000"), ("Banjara Hills", "Hyderabad", "Telangana", "5000"),
                                    ("Kothrud", "Pune", "Maharashtra", "4110"), ("Vasant Kunj", "New Delhi", "Delhi", "1100")])
        pin = pin + f"{rint(1, 99):02d}"[: 6 - len(pin)]
        lines = [ch([f"Flat {rint(101, 1204)}, {ch(S('Sai Residency|Prestige Lakeside|Shanti Kunj|Lotus Apartments|Green Acres|Sri Krishna Enclave'))}",
                     f"H.No. {rint(1, 9)}-{rint(1, 9)}-{rint(10, 400)}", f"Plot No. {rint(1, 300)}", f"#{rint(1, 99)}, {rint(1, 20)}th Cross"]),
                 ch([f"{rint(1, 18)}th Main Road", f"Road No. {rint(1, 14)}", "Near Shiv Mandir", "Opp. Axis Bank", "Sector C"]),
                 loc, f"{city} - {pin}" if chance(0.5) else f"{city} {pin}", state]
        return lines, "India"
    if region == "ZA":
        sub, city, pc = ch([("Rondebosch", "Cape Town", "7700"), ("Sandton", "Johannesburg", "2196"), ("Hatfield", "Pretoria", "0083"),
                            ("Umhlanga", "Durban", "4319"), ("Summerstrand", "Gqeberha", "6001"), ("Stellenbosch Central", "Stellenbosch", "7600")])
        first = ch([f"{n} {ch(S('Protea Crescent|Jacaranda Street|Rivonia Road|Main Road|Kloof Street|Dorp Street|Lighthouse Road'))}",
                    f"Unit {rint(1, 40)}, {ch(S('Sunset Villas|Bougainvillea Estate|Oak Manor'))}, {n} Beach Road"])
        if chance(0.07):
            first = f"PO Box {rint(100, 9999)}"
        return [first, sub, city, pc], "South Africa"
    if region == "SG":
        pc = f"{rint(10, 82):02d}{rint(0, 9999):04d}"
        if chance(0.6):
            lines = [f"Blk {rint(100, 999)} {ch(S('Ang Mo Kio Avenue 3|Tampines Street 21|Bedok North Road|Jurong West Street 52|Toa Payoh Lorong 8|Yishun Ring Road|Clementi Avenue 4'))}",
                     f"#{rint(2, 25):02d}-{rint(10, 999)}", f"Singapore {pc}"]
        else:
            lines = [f"{rint(1, 120)} {ch(S('Anson Road|Lorong Chuan|Jalan Kemaman|Upper Thomson Road|Cairnhill Road'))}",
                     f"#{rint(2, 30):02d}-{rint(1, 12):02d} {ch(S('Casa Meridian|The Linden Residences|Parkview Court|Tanjong Towers'))}",
                     f"Singapore {pc}"]
        return lines, "Singapore"
    if region == "DE":
        pc, city = ch([("803", "München"), ("101", "Berlin"), ("506", "Köln"), ("200", "Hamburg"), ("041", "Leipzig"),
                       ("701", "Stuttgart"), ("010", "Dresden"), ("904", "Nürnberg"), ("281", "Bremen"), ("336", "Bielefeld"),
                       ("790", "Freiburg im Breisgau"), ("551", "Mainz")])
        pc += f"{rint(0, 99):02d}"
        if chance(0.06):
            return [f"Postfach {rint(10, 99)} {rint(10, 99)} {rint(10, 99)}", f"{pc} {city}"], "Deutschland"
        st = f"{ch(S('Lindenstraße|Hauptstraße|Am Mühlbach|Goethestraße|Schillerplatz|Bahnhofstr.|Kastanienallee|Im Winkel|Ringstraße|Wilhelm-Busch-Weg|Gartenweg|Rosenweg|Kirchgasse|Hölderlinweg|Sonnenhalde'))} {n}{ch(['', '', '', 'a', 'b'])}"
        lines = [st]
        if chance(0.25):
            lines.insert(0 if chance(0.5) else 1, ch(["Hinterhaus", "3. OG links", "Aufgang B", "2. Stock", "App. 14"]))
        return lines + [f"{pc} {city}"], ch(["Deutschland", "Germany"])
    if region == "AT":
        pc, city = ch([("1060", "Wien"), ("1100", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
                       ("6020", "Innsbruck"), ("9020", "Klagenfurt am Wörthersee")])
        st = ch(S("Mariahilfer Straße|Favoritenstraße|Herrengasse|Landstraßer Hauptstraße|Annenstraße|Maria-Theresien-Straße|Getreidegasse|Schubertgasse"))
        num = ch([f"{n}/{rint(1, 4)}/{rint(1, 30)}", f"{n}/Top {rint(1, 20)}", f"{n}", f"{n}/{rint(1, 20)}"])
        return [f"{st} {num}", f"{'A-' if chance(0.2) else ''}{pc} {city}"], "Österreich"
    if region == "CH":
        if lang == "fr":
            pc, city = ch([("1207", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion")])
            st = ch(S("Rue du Lac|Avenue de la Gare|Chemin des Vignes|Route de Berne|Rue de Carouge|Chemin du Pré-Fleuri"))
            return [f"{st} {n}", f"{pc} {city}"], "Suisse"
        if lang == "it":
            pc, city = ch([("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio")])
            st = ch(S("Via Nassa|Via Cantonale|Viale Stefano Franscini|Via San Gottardo|Via ai Monti"))
            return [f"{st} {n}", f"{'CH-' if chance(0.3) else ''}{pc} {city}"], "Svizzera"
        pc, city = ch([("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("8400", "Winterthur")])
        if chance(0.08):
            return [f"Postfach {rint(100, 9999)}", f"{pc} {city}"], "Schweiz"
        st = ch(S("Bahnhofstrasse|Seefeldstrasse|Kramgasse|Spalenberg|Pilatusstrasse|Dorfstrasse|Wehntalerstrasse"))
        return [f"{st} {n}", f"{'CH-' if chance(0.3) else ''}{pc} {city}"], "Schweiz"
    if region == "FR":
        pc, city = ch([("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
                       ("44000", "Nantes"), ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"), ("06000", "Nice")])
        if chance(0.06):
            return [f"BP {rint(10, 999)}", f"{pc} {city.upper()} CEDEX"], "France"
        st = f"{n}{ch(['', '', '', ' bis', ' ter'])} {ch(S('rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|place du Marché|impasse des Tilleuls|allée des Peupliers|rue de la République|chemin du Moulin|quai de la Fosse|rue Émile Zola'))}"
        lines = [st]
        if chance(0.3):
            lines.insert(0, ch(["Bât. B", "Résidence Les Glycines", f"Appt {rint(1, 80)}", "3e étage, porte gauche", "Escalier C"]))
        return lines + [f"{pc} {city.upper() if chance(0.3) else city}"], "France"
    if region == "BE":
        if lang == "fr":
            pc, city = ch([("1040", "Etterbeek"), ("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("1348", "Louvain-la-Neuve")])
            st = f"{ch(S('Rue de la Loi|Avenue Louise|Chaussée de Waterloo|Rue Haute|Rue des Guillemins|Boulevard Tirou'))} {n}{ch(['', '', f' bte {rint(1, 12)}', f'/{rint(1, 9)}'])}"
            return [st, f"{pc} {city}"], "Belgique"
        pc, city = ch([("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("3500", "Hasselt"), ("2800", "Mechelen")])
        st = f"{ch(S('Kerkstraat|Meir|Veldstraat|Diestsestraat|Stationsstraat|Grote Markt|Bondgenotenlaan'))} {n}{ch(['', '', f' bus {rint(1, 12)}', f'/{rint(1, 3)}0{rint(1, 9)}'])}"
        return [st, f"{pc} {city}"], "België"
    if region == "CA":  # fr
        city, pc3 = ch([("Montréal", "H2J"), ("Québec", "G1R"), ("Gatineau", "J8X"), ("Sherbrooke", "J1H"), ("Trois-Rivières", "G9A")])
        pc = f"{pc3} {rint(1, 9)}{ch('ABCEGHJKLMNPRSTVWXYZ')}{rint(1, 9)}"
        st = f"{rint(100, 9999)}, {ch(S('rue Saint-Denis|rue Sherbrooke Est|rue de la Gauchetière|rue des Érables|boulevard René-Lévesque|chemin Sainte-Foy|avenue du Mont-Royal'))}"
        lines = [st] + ([ch([f"app. {rint(1, 30)}", f"bureau {rint(100, 900)}"])] if chance(0.4) else [])
        return lines + [ch([f"{city} (Québec)  {pc}", f"{city} QC {pc}", f"{city} (Québec) {pc}"])], "Canada"
    if region == "NL":
        pc4, city = ch([("1016", "Amsterdam"), ("3511", "Utrecht"), ("2511", "Den Haag"), ("3011", "Rotterdam"), ("9711", "Groningen"),
                        ("5611", "Eindhoven"), ("6511", "Nijmegen"), ("8011", "Zwolle"), ("2311", "Leiden")])
        pc = f"{pc4} {pcL(2)}" if chance(0.8) else f"{pc4}{pcL(2)}"
        if chance(0.06):
            return [f"Postbus {rint(100, 9999)}", f"{pc} {city.upper()}"], "Nederland"
        st = f"{ch(S('Prinsengracht|Dorpsstraat|Oudegracht|Laan van Meerdervoort|Burgemeester de Withstraat|Kerkplein|Molenweg|Vondelstraat|Herengracht|Zuiderdiep'))} {n}{ch(['', '', '-2', 'A', ' hs', '-III', ' bis'])}"
        return [st, f"{pc} {city}"], "Nederland"
    if region == "ES":
        pc, city = ch([("28013", "Madrid"), ("08012", "Barcelona"), ("41001", "Sevilla"), ("46002", "València"), ("48001", "Bilbao"),
                       ("29015", "Málaga"), ("50001", "Zaragoza"), ("15001", "A Coruña"), ("18009", "Granada")])
        if chance(0.06):
            return [f"Apartado de Correos {rint(10, 999)}", f"{pc} {city}"], "España"
        st = ch([f"C/ Mayor, {n}, {rint(1, 8)}º {ch('ABCD')}", f"Calle de Alcalá {n}, {rint(1, 6)}.º izda.", f"Avda. de la Constitución, {n}",
                 f"Plaza de España {n}, bajo", f"Passeig de Gràcia {n}, {rint(1, 6)}r {rint(1, 4)}a", f"Rúa do Franco {n}", f"C/ Ercilla {n}, {rint(1, 9)}º dcha."])
        return [st, f"{pc} {city}" + (f" ({ch(['Madrid', 'Barcelona', 'Sevilla', 'Bizkaia'])})" if chance(0.15) else "")], "España"
    if region == "MX":
        col, cp, city, stt = ch([("Col. Roma Norte", "06700", "Ciudad de México", "CDMX"), ("Col. Del Valle", "03100", "Ciudad de México", "CDMX"),
                                 ("Col. Americana", "44160", "Guadalajara", "Jal."), ("Col. Centro", "64000", "Monterrey", "N.L."),
                                 ("Fracc. Las Ánimas", "91190", "Xalapa", "Ver."), ("Col. Itzimná", "97100", "Mérida", "Yuc.")])
        st = ch([f"Av. Insurgentes Sur {rint(100, 3000)}", f"Calle Durango {n}", f"Av. Chapultepec {n}", f"Calle Morelos {n}", f"Av. Benito Juárez {n}", f"Calle 60 No. {n}"])
        if chance(0.4):
            st += ch([f", Int. {rint(1, 12)}", f" Depto. {rint(101, 504)}", f", Piso {rint(2, 9)}"])
        return [st, col, f"C.P. {cp}" if chance(0.6) else cp, f"{city}, {stt}"], "México"
    if region == "AR":
        cp, city = ch([("C1043AAZ", "CABA"), ("C1425DKA", "Ciudad Autónoma de Buenos Aires"), ("X5000", "Córdoba"), ("S2000", "Rosario, Santa Fe"), ("M5500", "Mendoza")])
        st = ch([f"Av. Corrientes {rint(100, 6000)}, piso {rint(1, 14)}, depto. {ch('ABCD')}", f"Av. Santa Fe {rint(100, 5000)}, {rint(1, 12)}º {ch('ABCD')}",
                 f"Gurruchaga {rint(100, 2500)}", f"Bv. Oroño {rint(100, 2500)}", f"San Martín {rint(10, 1500)}"])
        return [st, f"{cp} {city}"], "Argentina"
    if region == "CL":
        comuna, city = ch([("Providencia", "Santiago"), ("Ñuñoa", "Santiago"), ("Las Condes", "Santiago"), ("Viña del Mar", "Valparaíso"), ("Concepción", "Biobío")])
        st = ch([f"Av. Providencia {rint(100, 3000)}, depto. {rint(101, 1904)}", f"Pasaje Los Aromos {n}", f"Irarrázaval {rint(100, 5000)}, dpto {rint(101, 1904)}", f"Av. Libertad {n}, of. {rint(10, 90)}"])
        return [st, comuna, city], "Chile"
    if region == "CO":
        city = ch(["Bogotá D.C.", "Medellín, Antioquia", "Cali, Valle del Cauca", "Barranquilla, Atlántico", "Bucaramanga, Santander"])
        st = ch([f"Calle {rint(1, 150)} # {rint(1, 99)}-{rint(1, 99)}", f"Carrera {rint(1, 90)}{ch(['', 'A', 'B'])} # {rint(1, 99)}-{rint(1, 99)}",
                 f"Diagonal {rint(10, 80)}A # {rint(1, 40)}-{rint(1, 99)}", f"Transversal {rint(1, 40)} # {rint(1, 99)}-{rint(1, 99)}",
                 f"Cra. {rint(1, 90)} No. {rint(1, 99)}-{rint(1, 99)}", f"Cl. {rint(1, 150)} N° {rint(1, 99)}-{rint(1, 99)}"])
        if chance(0.5):
            st += ch([f", Apto {rint(101, 1504)}", f", Torre {rint(1, 5)}, Apto {rint(101, 1504)}", f", Barrio {ch(['Chapinero', 'Laureles', 'El Poblado'])}"])
        return [st, city], "Colombia"
    if region == "PE":
        dist, pc = ch([("Cercado de Lima", "15001"), ("Miraflores", "15074"), ("San Isidro", "15073"), ("Santiago de Surco", "15023"), ("Cusco", "08002"), ("Arequipa", "04001")])
        st = ch([f"Jr. de la Unión {n}", f"Av. Larco {rint(100, 1500)}, dpto. {rint(101, 904)}", f"Calle Los Pinos {n}, Urb. San Antonio", f"Av. Arequipa {rint(100, 4000)}, Of. {rint(101, 1204)}", f"Mz. {ch('ABCDEFG')} Lt. {rint(1, 30)}, Urb. Los Jardines"])
        return [st, f"{dist} {pc}" if chance(0.5) else dist, "Lima" if pc.startswith("15") else ""][:3 if pc.startswith("15") else 2], "Perú"
    if region == "IT":
        pc, city, prov = ch([("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10125", "Torino", "TO"), ("40126", "Bologna", "BO"),
                             ("50122", "Firenze", "FI"), ("80138", "Napoli", "NA"), ("90133", "Palermo", "PA"), ("35122", "Padova", "PD"),
                             ("16123", "Genova", "GE"), ("37121", "Verona", "VR")])
        st = ch([f"Via Garibaldi {n}", f"Corso Vittorio Emanuele II, {n}", f"Viale dei Mille {n}/B", f"Piazza della Repubblica {n}", f"Via dei Tigli, {n}",
                 f"Vicolo Stretto {n}", f"Via Giuseppe Verdi {n}", f"Via Roma {n}", f"Strada Statale 11 km {rint(1, 90)}"])
        lines = [st]
        if chance(0.3):
            lines.append(ch([f"scala {ch('ABC')}, int. {rint(1, 20)}", f"{rint(1, 7)}° piano", f"c.a.p. interno {rint(1, 9)}"][:2]))
        return lines + [ch([f"{pc} {city} ({prov})", f"{pc} {city} {prov}", f"{pc} {city.upper()} ({prov})"])], "Italia"
    if region == "PT":
        pc, city = ch([("1100-053", "Lisboa"), ("4150-130", "Porto"), ("3000-214", "Coimbra"), ("4700-320", "Braga"), ("8000-138", "Faro"),
                       ("2750-310", "Cascais"), ("3810-193", "Aveiro")])
        st = ch([f"Rua Augusta, {n}, {rint(1, 6)}.º Esq.", f"Av. da Boavista, {rint(100, 3000)}, {rint(1, 9)}.º Dto.", f"Travessa do Carmo {n}, r/c",
                 f"Rua de Santa Catarina {n}", f"Largo do Chiado {n}", f"Rua Dr. António José de Almeida, {n}"])
        return [st, f"{pc} {city}"], "Portugal"
    if region == "BR":
        bairro, city, uf, cep = ch([("Laranjeiras", "Rio de Janeiro", "RJ", "22240"), ("Bela Vista", "São Paulo", "SP", "01310"),
                                    ("Savassi", "Belo Horizonte", "MG", "30140"), ("Moinhos de Vento", "Porto Alegre", "RS", "90570"),
                                    ("Boa Viagem", "Recife", "PE", "51020"), ("Batel", "Curitiba", "PR", "80420"), ("Meireles", "Fortaleza", "CE", "60165")])
        cep = f"{cep}-{rint(0, 999):03d}"
        st = ch(S("Rua das Laranjeiras|Av. Paulista|Rua Oscar Freire|Rua Padre Chagas|Rua Marquês de Paraná|Av. Boa Viagem|Rua Senador Dantas|Rua Itapeva"))
        compl = ch(["", "", f", apto {rint(101, 1804)}", f", bloco {ch('ABC')}, ap. {rint(101, 904)}", f", casa {rint(1, 5)}", f", conj. {rint(10, 99)}"])
        if chance(0.5):
            return [f"{st}, {rint(10, 3000)}{compl}", bairro, f"{city} - {uf}", f"CEP {cep}"], "Brasil"
        return [f"{st}, {rint(10, 3000)}{compl} - {bairro}", f"{city} - {uf}", cep], "Brasil"
    raise ValueError(region)


def addr(lang, region, multi=False, country=None):
    lines, cn = addr_lines(lang, region)
    lines = [x for x in lines if x]
    if country is None:
        country = chance(0.15)
    if country:
        lines.append(cn)
    if multi:
        return "\n".join(lines)
    if region == "US" and len(lines) == 2 and chance(0.3):
        return lines[0] + " " + lines[1]
    return ", ".join(lines)


# --------------------------------------------------------------------------------------------
# look-alike pools
# --------------------------------------------------------------------------------------------
FAMOUS = [("Albert Einstein", (1879, 3, 14)), ("Marie Curie", (1867, 11, 7)), ("Frida Kahlo", (1907, 7, 6)),
          ("Gabriel García Márquez", (1927, 3, 6)), ("Johann Sebastian Bach", (1685, 3, 31)), ("Vincent van Gogh", (1853, 3, 30)),
          ("Fernando Pessoa", (1888, 6, 13)), ("Simón Bolívar", (1783, 7, 24)), ("Winston Churchill", (1874, 11, 30)),
          ("Nelson Mandela", (1918, 7, 18)), ("Charles de Gaulle", (1890, 11, 22)), ("Jorge Luis Borges", (1899, 8, 24)),
          ("Pablo Neruda", (1904, 7, 12)), ("Clarice Lispector", (1920, 12, 10)), ("Umberto Eco", (1932, 1, 5)),
          ("Ada Lovelace", (1815, 12, 10)), ("Alan Turing", (1912, 6, 23)), ("Mahatma Gandhi", (1869, 10, 2)),
          ("Lee Kuan Yew", (1923, 9, 16)), ("Rembrandt van Rijn", (1606, 7, 15)), ("Wolfgang Amadeus Mozart", (1756, 1, 27)),
          ("Sigmund Freud", (1856, 5, 6)), ("Édith Piaf", (1915, 12, 19)), ("Anne Frank", (1929, 6, 12)),
          ("Maria Montessori", (1870, 8, 31)), ("Alberto Santos-Dumont", (1873, 7, 20)), ("Eva Perón", (1919, 5, 7)),
          ("Rosalía de Castro", (1837, 2, 24)), ("Oscar Wilde", (1854, 10, 16)), ("James Joyce", (1882, 2, 2)),
          ("Roald Dahl", (1916, 9, 13)), ("Jacques Brel", (1929, 4, 8)), ("Hildegard von Bingen", (1098, 9, 17)),
          ("Rabindranath Tagore", (1861, 5, 7)), ("Miriam Makeba", (1932, 3, 4)), ("Kate Sheppard", (1847, 3, 10)),
          ("Johan Cruijff", (1947, 4, 25)), ("Ayrton Senna", (1960, 3, 21)), ("Grace Hopper", (1906, 12, 9)),
          ("Dante Alighieri", (1265, 5, 21)), ("Luís de Camões", (1524, 6, 10)), ("Miguel de Cervantes", (1547, 9, 29))]
TERMS = {"en": S("Parkinson's disease|Alzheimer's disease|Dijkstra's algorithm|Hodgkin lymphoma|Down syndrome|Asperger syndrome|"
                 "Bayes' theorem|Fourier transform|Kalman filter|Crohn's disease|Huntington's disease|Tourette syndrome|Heimlich manoeuvre|"
                 "Ponzi scheme|Murphy's law|Occam's razor|Nash equilibrium|Levenshtein distance|Bloom filter|Newton's method|Gantt chart|"
                 "Venn diagram|Pareto principle|Richter scale|Baker's cyst|Hashimoto's thyroiditis|Achilles tendon|Bell's palsy|Raynaud's phenomenon"),
         "de": S("Morbus Crohn|Morbus Bechterew|Alzheimer-Krankheit|Parkinson-Krankheit|Hashimoto-Thyreoiditis|Dijkstra-Algorithmus|Gauß-Verteilung|Kneipp-Kur|Heimlich-Handgriff"),
         "fr": S("maladie de Parkinson|maladie d'Alzheimer|syndrome de Down|théorème de Pythagore|loi de Murphy|maladie de Lyme|syndrome de Gilles de la Tourette|principe d'Archimède"),
         "nl": S("ziekte van Parkinson|ziekte van Alzheimer|syndroom van Down|ziekte van Lyme|stelling van Pythagoras|wet van Murphy|ziekte van Crohn"),
         "es": S("enfermedad de Parkinson|enfermedad de Chagas|síndrome de Down|teorema de Pitágoras|ley de Murphy|mal de Alzheimer|maniobra de Heimlich"),
         "it": S("morbo di Parkinson|morbo di Crohn|sindrome di Down|teorema di Pitagora|legge di Murphy|malattia di Alzheimer|tiroidite di Hashimoto"),
         "pt": S("doença de Parkinson|doença de Chagas|síndrome de Down|teorema de Pitágoras|lei de Murphy|mal de Alzheimer|manobra de Heimlich")}
ORGS = S("Johnson & Johnson|Ford Motor Company|McDonald's|Siemens|Philips|Ferrari|Louis Vuitton|Mercedes-Benz|Porsche|Dell|Hewlett-Packard|"
         "Boehringer Ingelheim|Ernst & Young|Goldman Sachs|Morgan Stanley|Lidl|Albert Heijn|Michelin|Peugeot|Bosch|Roche|Nestlé|Barilla|"
         "Benetton|El Corte Inglés|Dr. Oetker|Chanel|Hermès|Lamborghini|Bertelsmann|Walt Disney Company|Hugo Boss|Carl Zeiss|Ferrero|"
         "Casas Bahia|Jerónimo Martins|Marks & Spencer|Sainsbury's|Tata Consultancy Services|Hyundai|Thomas Cook|Adidas|Heineken|Dyson")
PRODUCTS = S("Ford Mustang|Tesla Model 3|Jack Daniel's|Johnnie Walker|Dr Pepper|Baileys|Alexa|Siri|Cortana|Air Jordan 1|Ray-Ban Wayfarer|"
             "Levi's 501|Porsche Cayenne|Renault Clio|VW Golf|Fiat Panda|Peugeot 208|Citroën C3|Opel Corsa|Seat Ibiza|Ferrero Rocher|"
             "Dom Pérignon|Mozartkugeln|Ben & Jerry's|Tia Maria|Aperol|Jägermeister|Montblanc Meisterstück|Oscar Mayer|Mrs. Butterworth's|"
             "Miele Classic C1|Victorinox Huntsman|Gillette Fusion|Kellogg's Corn Flakes|Ford Fiesta|Toyota Camry|Chevrolet Camaro")
PLACES = S("Victoria|Florence|Charlotte|Adelaide|Regina|Sydney|Austin|Jackson|Madison|Lourdes|San José|Santa Maria|Georgetown|"
           "Elizabeth Street|Avenida Paulista|Rue Victor Hugo|Calle de Alcalá|Piazza Garibaldi|Kennedy Airport|Charles de Gaulle airport|"
           "Mariahilfer Straße|Plaza San Martín|Lincoln Memorial|Alexanderplatz|Boulevard Haussmann|Via Roma|Rua Augusta|"
           "Kaiser-Wilhelm-Straße|Avenida Juárez|Queen Street|Prince Albert|Port Elizabeth|St. Helena|Santa Clara|Vondelpark|Leopoldplatz|Marienplatz")


CARS = S("Ford Mustang|Tesla Model 3|Porsche Cayenne|Renault Clio|VW Golf|Fiat Panda|Peugeot 208|Citroën C3|Opel Corsa|Seat Ibiza|Ford Fiesta|Toyota Camry|Chevrolet Camaro|Mercedes-Benz A 180|Alfa Romeo Giulia|Lancia Ypsilon")
MED = {"en": S("Parkinson's disease|Crohn's disease|Baker's cyst|Achilles tendon repair|Bell's palsy|Raynaud's phenomenon|Hashimoto's thyroiditis"),
       "de": S("Morbus Crohn|Baker-Zyste|Achillessehnenriss|Hashimoto-Thyreoiditis|Morbus Bechterew"),
       "fr": S("maladie de Crohn|kyste de Baker|tendon d'Achille|paralysie de Bell|maladie de Basedow"),
       "nl": S("ziekte van Crohn|bakerse cyste|achillespees|ziekte van Graves"),
       "es": S("enfermedad de Crohn|quiste de Baker|tendón de Aquiles|parálisis de Bell"),
       "it": S("morbo di Crohn|cisti di Baker|tendine d'Achille|paralisi di Bell"),
       "pt": S("doença de Crohn|quisto de Baker|tendão de Aquiles|paralisia de Bell")}


def fam():
    return ch(FAMOUS)


def nF(name=None):
    return L("NEG_FAMOUS", name or fam()[0])


def nT(lang):
    return L("NEG_TERM", ch(TERMS[lang] if chance(0.75) else TERMS["en"]))


def nO():
    return L("NEG_ORG", ch(ORGS))


def nPr():
    return L("NEG_PRODUCT", ch(PRODUCTS))


def nPl():
    return L("NEG_PLACE", ch(PLACES))


def nC(kind=None):
    kind = kind or ch(S("jira|pnr|policy|ver|inc|claim|order|sku|invoice|rx"))
    v = {"jira": lambda: f"{ch(S('OPS|CLM|HR|SUP|DEV|FIN'))}-{rint(10, 9999)}",
         "pnr": lambda: "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
         "policy": lambda: f"{ch(S('POL|HV|KFZ|AUTO|MRH|PH'))}-{rint(100, 999)}-{rint(100000, 999999)}",
         "ver": lambda: f"v{rint(1, 9)}.{rint(0, 20)}.{rint(0, 30)}",
         "inc": lambda: f"INC{rint(1000000, 9999999)}",
         "claim": lambda: f"CLM-{rint(2023, 2027)}-{rint(1000, 99999):05d}",
         "order": lambda: f"#{rint(100000, 999999)}",
         "sku": lambda: f"{ch(S('JRD|FRD|VAN|LVS'))}-{rint(100, 999)}-{ch(S('BLK|WHT|RED'))}",
         "invoice": lambda: f"INV-{rint(2024, 2027)}-{rint(1, 9999):04d}",
         "rx": lambda: f"Rx {rint(1000000, 9999999)}"}[kind]()
    return L("NEG_CODE", v)


def nD(lang, region, ymd=None):
    return L("NEG_DATE", fdate(lang, region, ymd or recent()))


def dobv(lang, region, lo=18, hi=88, spoken=False):
    return D(fdate(lang, region, dob(lo, hi), spoken=spoken))


def phone(region):
    cc = {"US": "+1", "CA": "+1", "UK": "+44", "IE": "+353", "AU": "+61", "NZ": "+64", "IN": "+91", "ZA": "+27", "SG": "+65",
          "DE": "+49", "AT": "+43", "CH": "+41", "FR": "+33", "BE": "+32", "NL": "+31", "ES": "+34", "MX": "+52", "AR": "+54",
          "CL": "+56", "CO": "+57", "PE": "+51", "IT": "+39", "PT": "+351", "BR": "+55"}[region]
    return f"{cc} {rint(10, 99)} {rint(100, 999)} {rint(1000, 9999)}"


LB = {
    "en": dict(name="Name", given="First name", sur="Last name", dob="Date of birth", addr="Address", email="Email", born="born on", tel="Phone"),
    "de": dict(name="Name", given="Vorname", sur="Nachname", dob="Geburtsdatum", addr="Anschrift", email="E-Mail", born="geboren am", tel="Telefon"),
    "fr": dict(name="Nom", given="Prénom", sur="Nom", dob="Date de naissance", addr="Adresse", email="Courriel", born="né le", tel="Tél."),
    "nl": dict(name="Naam", given="Voornaam", sur="Achternaam", dob="Geboortedatum", addr="Adres", email="E-mail", born="geboren op", tel="Tel."),
    "es": dict(name="Nombre", given="Nombre", sur="Apellidos", dob="Fecha de nacimiento", addr="Domicilio", email="Correo", born="nacido el", tel="Tel."),
    "it": dict(name="Nome", given="Nome", sur="Cognome", dob="Data di nascita", addr="Indirizzo", email="E-mail", born="nato il", tel="Tel."),
    "pt": dict(name="Nome", given="Nome", sur="Apelido", dob="Data de nascimento", addr="Morada", email="E-mail", born="nascido em", tel="Tel."),
}


def lb(lang, region, k):
    if lang == "pt" and region == "BR":
        return {"sur": "Sobrenome", "addr": "Endereço"}.get(k, LB["pt"][k])
    if lang == "en" and region == "US" and k == "dob" and chance(0.5):
        return "DOB"
    return LB[lang][k]


ASK = {
    "en": S("Can you summarise this for me?|Please rewrite this in a more professional tone:|Help me draft a reply to this:|"
            "Extract the key facts as bullet points:|Is anything missing from this form?|Turn this into a short email:|Proofread this please"),
    "de": S("Kannst du das zusammenfassen?|Bitte formuliere das höflicher:|Hilf mir, darauf zu antworten:|Fasse die wichtigsten Punkte zusammen:"),
    "fr": S("Peux-tu résumer ceci ?|Reformule ce texte de façon plus professionnelle :|Aide-moi à répondre à ce message :|Fais-moi une liste des points clés :"),
    "nl": S("Kun je dit samenvatten?|Herschrijf dit wat vriendelijker:|Help me een antwoord te schrijven op:|Zet de belangrijkste punten op een rij:"),
    "es": S("¿Me puedes resumir esto?|Reescribe esto con un tono más formal:|Ayúdame a responder a este mensaje:|Sácame los puntos clave:"),
    "it": S("Puoi riassumere questo testo?|Riscrivi questo in tono più formale:|Aiutami a rispondere a questo messaggio:|Elenca i punti principali:"),
    "pt": S("Podes resumir isto?|Reescreve isto num tom mais formal:|Me ajuda a responder essa mensagem:|Lista os pontos principais:"),
}


def ask(lang):
    return ch(ASK[lang] if chance(0.7) else ASK["en"])


# --------------------------------------------------------------------------------------------
# templates: each takes (lang, region) and returns a builder
# --------------------------------------------------------------------------------------------
def t_insurance_claim(lang, region):
    b = B()
    h = {"en": ("CLAIM NOTIFICATION", "Policy no.", "Policyholder", "Date of loss", "Other driver", "Witness", "Assigned adjuster", "Description"),
         "de": ("SCHADENMELDUNG", "Versicherungsschein-Nr.", "Versicherungsnehmer", "Schadentag", "Unfallgegner", "Zeuge", "Sachbearbeiter", "Schilderung"),
         "fr": ("DÉCLARATION DE SINISTRE", "N° de contrat", "Assuré", "Date du sinistre", "Tiers impliqué", "Témoin", "Gestionnaire", "Circonstances"),
         "nl": ("SCHADEMELDING", "Polisnummer", "Verzekeringnemer", "Schadedatum", "Tegenpartij", "Getuige", "Behandelaar", "Omschrijving"),
         "es": ("PARTE DE SINIESTRO", "Nº de póliza", "Tomador", "Fecha del siniestro", "Conductor contrario", "Testigo", "Perito asignado", "Descripción"),
         "it": ("DENUNCIA DI SINISTRO", "N. polizza", "Contraente", "Data del sinistro", "Controparte", "Testimone", "Liquidatore", "Dinamica"),
         "pt": ("PARTICIPAÇÃO DE SINISTRO", "N.º da apólice", "Tomador do seguro", "Data do sinistro", "Terceiro envolvido", "Testemunha", "Perito", "Descrição")}[lang]
    ph, other, wit, adj = (Person(lang, region) for _ in range(4))
    desc = {"en": "Rear-ended at the lights while stationary; other party admitted fault. Vehicle: <<prod>>.",
            "de": "Beim Ausparken touchiert, Gegner hat Schuld eingeräumt. Fahrzeug: <<prod>>.",
            "fr": "Choc arrière au feu rouge, le tiers a reconnu sa responsabilité. Véhicule : <<prod>>.",
            "nl": "Achterop gereden bij het stoplicht, tegenpartij erkent schuld. Voertuig: <<prod>>.",
            "es": "Alcance trasero en un semáforo, el contrario reconoce la culpa. Vehículo: <<prod>>.",
            "it": "Tamponamento al semaforo, la controparte ha ammesso la colpa. Veicolo: <<prod>>.",
            "pt": "Embate traseiro no semáforo, o terceiro assumiu a culpa. Veículo: <<prod>>."}[lang]
    b.f("<<q>>\n\n", q=ask(lang))
    b.f(f"{h[0]}  <<cl>>\n{h[1]}: <<pol>>\n{h[2]}: <<ph>>\n{lb(lang, region, 'dob')}: <<dob>>\n{lb(lang, region, 'addr')}: <<ad>>\n"
        f"{lb(lang, region, 'email')}: <<em>>\n{h[3]}: <<dl>>\n{h[7]}: " + desc + f"\n{h[4]}: <<o>> (<<od>>)\n{h[5]}: <<w>>\n{h[6]}: <<adj>>\n",
        cl=nC("claim"), pol=nC("policy"), ph=P(ph.style(ch(["full", "caps", "sfirst", "full"]))), dob=dobv(lang, region),
        ad=A(addr(lang, region)), em=E(ph.email()), dl=nD(lang, region), prod=L("NEG_PRODUCT", ch(CARS)), o=P(other.style()),
        od=dobv(lang, region), w=P(wit.style()), adj=P(adj.style(ch(["full", "init"]))))
    return b


def t_adjuster_notes(lang, region):
    b = B()
    ins, sp, adj = Person(lang, region), Person(lang, region), Person(lang, region)
    if lang == "en":
        b.f("adjuster notes – <<cl>>\n- <<d1>> spoke w/ insured (<<g>>), confirmed DOB <<dob>> and loss address <<ad>>\n"
            "- <<g2>> says the water came through from upstairs flat, neighbour <<n>> not answering\n"
            "- contractor quote from <<org>> rep seems high, ask <<adj>> to review\n- wife <<sp>> will send photos to <<em>>\n"
            "rewrite these into a proper file note pls",
            cl=nC("claim"), d1=nD(lang, region), g=P(ins.given.lower() if chance(0.4) else ins.given), dob=D(fdate(lang, region, dob())),
            ad=A(addr(lang, region)), g2=P(ins.given), n=P(Person(lang, region).style(ch(["full", "sur", "lower"]))), org=nO(),
            adj=P(adj.given), sp=P(sp.given), em=E(ins.email()))
    else:
        w = {"de": ("Telefonat mit VN", "Geb.-Datum bestätigt", "Schadenort", "Nachbar", "Ehefrau schickt Fotos an", "bitte in eine saubere Aktennotiz umschreiben"),
             "fr": ("appel avec l'assuré", "date de naissance confirmée", "lieu du sinistre", "voisin", "l'épouse envoie les photos à", "mets ça au propre stp"),
             "nl": ("gebeld met verzekerde", "geb.datum bevestigd", "schadeadres", "buurman", "echtgenote mailt foto's naar", "maak hier een nette notitie van"),
             "es": ("llamada con asegurado", "fecha nac. confirmada", "lugar del siniestro", "vecino", "la esposa manda fotos a", "pásalo a limpio porfa"),
             "it": ("sentito l'assicurato", "data di nascita confermata", "luogo del sinistro", "vicino", "la moglie manda le foto a", "riscrivi come nota ordinata"),
             "pt": ("falei com o segurado", "data nasc. confirmada", "local do sinistro", "vizinho", "a esposa envia fotos para", "passa isto a limpo por favor")}[lang]
        b.f(f"<<cl>> / <<d1>>\n- {w[0]} <<g>>: {w[1]} <<dob>>, {w[2]} <<ad>>\n- {w[3]} <<n>> ?\n- <<org>> → <<adj>>\n- {w[4]} <<em>> (<<sp>>)\n{w[5]}",
            cl=nC("claim"), d1=nD(lang, region), g=P(ins.style(ch(["full", "lower", "sur"]))), dob=D(fdate(lang, region, dob())),
            ad=A(addr(lang, region)), n=P(Person(lang, region).style(ch(["full", "sur"]))), org=nO(), adj=P(adj.given),
            em=E(ins.email()), sp=P(sp.given))
    return b


def t_police(lang, region):
    b = B()
    rp, sus, wit, off = (Person(lang, region) for _ in range(4))
    h = {"en": ("INCIDENT REPORT", "Reporting person", "Suspect", "Witness", "Officer", "Incident location", "Narrative",
                "RP states that a male known to her as <<sn>> forced entry; <<ff>>'s bike was taken. Area canvassed along <<pl>>.", "Reference"),
         "de": ("EINSATZBERICHT", "Mitteiler/in", "Tatverdächtige/r", "Zeuge/Zeugin", "Sachbearbeiter", "Tatort", "Sachverhalt",
                "Die Mitteilerin gibt an, ein ihr als <<sn>> bekannter Mann sei eingedrungen; Fahrrad der Marke <<ff>> entwendet. Umfeld <<pl>> abgesucht.", "Vorgang"),
         "fr": ("PROCÈS-VERBAL D'AUDITION", "Plaignant(e)", "Mis en cause", "Témoin", "OPJ", "Lieu des faits", "Exposé",
                "La plaignante déclare qu'un homme qu'elle connaît sous le nom de <<sn>> est entré par effraction ; un vélo <<ff>> a été volé. Enquête de voisinage <<pl>>.", "Réf."),
         "es": ("ATESTADO / DENUNCIA", "Denunciante", "Investigado", "Testigo", "Agente instructor", "Lugar de los hechos", "Relato",
                "La denunciante manifiesta que un hombre al que conoce como <<sn>> entró en la vivienda; se llevó una bicicleta <<ff>>. Se recorrió la zona de <<pl>>.", "Diligencias"),
         "nl": ("PROCES-VERBAAL AANGIFTE", "Aangever", "Verdachte", "Getuige", "Verbalisant", "Pleegplaats", "Relaas",
                "Aangeefster verklaart dat een man die zij kent als <<sn>> haar woning binnendrong; een fiets van het merk <<ff>> is weggenomen. Buurtonderzoek rond <<pl>>.", "Mutatie"),
         "it": ("VERBALE DI DENUNCIA", "Denunciante", "Indagato", "Testimone", "Verbalizzante", "Luogo del fatto", "Fatti",
                "La denunciante riferisce che un uomo da lei conosciuto come <<sn>> è entrato in casa; sottratta una bici <<ff>>. Controllata la zona di <<pl>>.", "Prot."),
         "pt": ("BOLETIM DE OCORRÊNCIA", "Comunicante", "Suspeito", "Testemunha", "Agente", "Local do fato", "Histórico",
                "A comunicante relata que um homem que conhece como <<sn>> entrou na residência; levou uma bicicleta <<ff>>. Foi feita ronda na <<pl>>.", "Nº")}[lang]
    b.f(f"{h[0]} — {h[8]} <<ref>>\n{h[1]}: <<rp>>, {lb(lang, region, 'dob')} <<rd>>\n{lb(lang, region, 'addr')}: <<ra>>\n"
        f"{h[2]}: <<su>> (<<sd>>)\n{h[3]}: <<wi>>\n{h[5]}: <<loc>>\n{h[6]}: " + h[7] + f"\n{h[4]}: <<of>>\n",
        ref=nC("inc"), rp=P(rp.style(ch(["sfirst", "comma", "full", "caps"]))), rd=dobv(lang, region),
        ra=A(addr(lang, region, multi=False)), su=P(sus.style(ch(["full", "caps", "sfirst"]))), sd=dobv(lang, region, 16, 60),
        wi=P(wit.style()) if chance(0.6) else ch(["—", "none", "n/a"]), loc=A(addr(lang, region)) if chance(0.5) else nPl(), sn=P(sus.nick if chance(0.5) else sus.given), ff=L("NEG_ORG", ch(["Peugeot", "Raleigh", "Bianchi", "Gazelle", "Cannondale", "Specialized"])),
        pl=nPl(), of=P(off.style(ch(["init", "sur", "full"]))))
    b.t(ch(["\nWhat offences could this be? Keep it short.", "\nTranslate to English.", "\nMake a timeline.", ""]))
    return b


def t_school_report(lang, region):
    b = B()
    kid, par, tch = Person(lang, region), Person(lang, region), Person(lang, region)
    kid.sur = par.sur
    h = {"en": ("End of term report", "Pupil", "Parent/carer", "Class teacher", "Maths: solid grasp of <<term>>; <<kg>> should read more.",
                "Please help me turn this into a warm comment for <<kg>>'s parents."),
         "de": ("Zeugnisbemerkung", "Schüler/in", "Erziehungsberechtigte/r", "Klassenlehrer/in", "Mathematik: sicher im <<term>>; <<kg>> sollte mehr lesen.",
                "Formuliere daraus bitte eine freundliche Bemerkung für die Eltern von <<kg>>."),
         "fr": ("Bulletin du 1er trimestre", "Élève", "Responsable légal", "Professeur principal", "Maths : maîtrise le <<term>> ; <<kg>> doit lire davantage.",
                "Aide-moi à rédiger une appréciation bienveillante pour les parents de <<kg>>."),
         "nl": ("Rapport", "Leerling", "Ouder/verzorger", "Mentor", "Rekenen: beheerst de <<term>>; <<kg>> moet meer lezen.",
                "Maak hier een vriendelijke opmerking van voor de ouders van <<kg>>."),
         "it": ("Pagella – giudizio", "Alunno/a", "Genitore", "Docente coordinatore", "Matematica: padroneggia il <<term>>; <<kg>> dovrebbe leggere di più.",
                "Aiutami a scrivere un giudizio gentile per i genitori di <<kg>>."),
         "es": ("Boletín de notas", "Alumno/a", "Madre/padre/tutor", "Tutor/a", "Matemáticas: domina el <<term>>; <<kg>> debería leer más.",
                "Ayúdame a escribir un comentario amable para los padres de <<kg>>."),
         "pt": ("Boletim escolar", "Aluno(a)", "Encarregado de educação", "Diretor(a) de turma", "Matemática: domina o <<term>>; <<kg>> devia ler mais.",
                "Ajuda-me a escrever um comentário simpático para os pais do(a) <<kg>>.")}[lang]
    tm = {"en": "Pythagorean theorem", "de": "Satz des Pythagoras", "fr": "théorème de Thalès", "nl": "stelling van Pythagoras",
          "it": "teorema di Pitagora", "es": "teorema de Pitágoras", "pt": "teorema de Pitágoras"}[lang]
    b.f(f"{h[0]} – <<d>>\n{h[1]}: <<k>> ({lb(lang, region, 'dob')}: <<kd>>)\n{h[2]}: <<p>>, <<pa>>\n{h[3]}: <<t>>\n\n" + h[4] + "\n\n" + h[5],
        d=nD(lang, region), k=P(kid.style(ch(["full", "caps", "sfirst"]))), kd=dobv(lang, region, 5, 17), p=P(par.style()),
        pa=A(addr(lang, region)), t=P(tch.style(ch(["init", "full"]))), term=L("NEG_TERM", tm), kg=P(kid.given))
    return b


def t_parent_letter(lang, region):
    b = B()
    kid, par, tch, fr = Person(lang, region), Person(lang, region), Person(lang, region), Person(lang, region)
    if lang == "en":
        b.f("Dear <<tt>> <<ts>>,\n\nI'm writing about <<kg>>'s trip form. We moved last month, so please update our address to:\n<<ad>>\n\n"
            "Also, the form had <<pos>> date of birth wrong – it should be <<kd>>, not <<wrong>>. <<kg2>> will be travelling with <<fg>> <<fs>>'s family "
            "on <<trip>>.\n\nKind regards,\n<<par>>\n\n--\ncan you make this sound less annoyed",
            tt=("Mr" if tch.gender == "m" else ch(["Ms", "Mrs"])), ts=P(tch.sur), kg=P(kid.given), ad=A(addr(lang, region, multi=True)),
            pos="his" if kid.gender == "m" else "her", kd=dobv(lang, region, 5, 16), wrong=nD(lang, region, dob(5, 16)), kg2=P(kid.given),
            fg=P(fr.given), fs=P(fr.sur), trip=nD(lang, region), par=P(par.style(ch(["full", "given"]))))
    else:
        w = {"de": ("Sehr geehrte/r", "wir sind umgezogen, bitte notieren Sie unsere neue Anschrift:", "Das Geburtsdatum von", "ist", "nicht", "Mit freundlichen Grüßen"),
             "fr": ("Madame, Monsieur", "nous avons déménagé, voici notre nouvelle adresse :", "La date de naissance de", "est le", "et non le", "Cordialement"),
             "nl": ("Beste", "we zijn verhuisd, ons nieuwe adres is:", "De geboortedatum van", "is", "niet", "Met vriendelijke groet"),
             "es": ("Estimada/o", "nos hemos mudado, nuestra nueva dirección es:", "La fecha de nacimiento de", "es el", "y no el", "Un saludo"),
             "it": ("Gentile", "ci siamo trasferiti, il nuovo indirizzo è:", "La data di nascita di", "è il", "e non il", "Cordiali saluti"),
             "pt": ("Cara/o", "mudámos de casa, a nova morada é:", "A data de nascimento do(a)", "é", "e não", "Com os melhores cumprimentos")}[lang]
        b.f(f"{w[0]} <<t>>,\n\n{w[1]}\n<<ad>>\n\n{w[2]} <<k>> {w[3]} <<kd>>, {w[4]} <<wr>>.\n\n{w[5]}\n<<p>>\n\n(<<q>>)",
            t=P(tch.style(ch(["full", "sur"]))), ad=A(addr(lang, region, multi=True)), k=P(kid.given), kd=dobv(lang, region, 5, 16),
            wr=nD(lang, region, dob(5, 16)), p=P(par.full()), q=ask(lang))
    return b


def t_listing(lang, region):
    b = B()
    ag = Person(lang, region)
    intro = {"en": "Write a punchy listing from these notes:", "de": "Schreib daraus ein ansprechendes Exposé:", "fr": "Rédige une annonce attractive :",
             "nl": "Maak hier een pakkende woningadvertentie van:", "es": "Redacta un anuncio atractivo con esto:", "it": "Scrivi un annuncio accattivante:",
             "pt": "Escreve um anúncio apelativo com isto:"}[lang]
    kind = {"en": "3-bed semi, new kitchen, 5 min walk to", "de": "3-Zimmer-Wohnung, Balkon, 5 Min. zum", "fr": "T3 lumineux, balcon, à 5 min de",
            "nl": "tussenwoning, 3 slpk, 5 min lopen naar", "es": "piso de 3 dormitorios, terraza, a 5 min de", "it": "trilocale con terrazzo, a 5 min da",
            "pt": "T3 com varanda, a 5 min de"}[lang]
    b.f(f"{intro}\n\n<<ad>>\n{kind} <<pl>>; <<pl2>> nearby. Appliances: <<pr>>.\n"
        f"Agent: <<ag>> – <<em>> – {phone(region)}\nOffice: <<oa>>\nViewings from <<d>>",
        ad=A(addr(lang, region, multi=chance(0.4))), pl=nPl(), pl2=nPl(), pr=nPr(), ag=P(ag.style()), em=E(ag.email(org_domain())),
        oa=A(addr(lang, region)) if chance(0.4) else nO(), d=nD(lang, region))
    return b


def t_tenancy(lang, region):
    b = B()
    ll, tn, tn2 = Person(lang, region), Person(lang, region), Person(lang, region)
    h = {"en": ("ASSURED SHORTHOLD TENANCY AGREEMENT", "Landlord", "Tenant(s)", "Property", "Term start", "Deposit protected with", "of"),
         "de": ("WOHNRAUMMIETVERTRAG", "Vermieter", "Mieter", "Mietobjekt", "Mietbeginn", "Kaution hinterlegt bei", "wohnhaft"),
         "fr": ("CONTRAT DE LOCATION (loi du 6 juillet 1989)", "Bailleur", "Locataire(s)", "Logement", "Prise d'effet", "Dépôt de garantie versé à", "demeurant"),
         "nl": ("HUUROVEREENKOMST WOONRUIMTE", "Verhuurder", "Huurder(s)", "Gehuurde", "Ingangsdatum", "Borg gestort bij", "wonende te"),
         "es": ("CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "Arrendador", "Arrendatario/s", "Vivienda", "Fecha de inicio", "Fianza depositada en", "con domicilio en"),
         "it": ("CONTRATTO DI LOCAZIONE 4+4", "Locatore", "Conduttore/i", "Immobile", "Decorrenza", "Deposito cauzionale presso", "residente in"),
         "pt": ("CONTRATO DE ARRENDAMENTO", "Senhorio", "Arrendatário(s)", "Locado", "Início", "Caução depositada no", "residente em")}[lang]
    b.f(f"{h[0]}\n\n{h[1]}: <<ll>>, {h[6]} <<lla>>\n{h[2]}: <<t1>> ({lb(lang, region, 'born')} <<d1>>) & <<t2>> ({lb(lang, region, 'born')} <<d2>>)\n"
        f"{h[3]}: <<pa>>\n{h[4]}: <<st>>\n{h[5]}: <<org>>\n\n<<q>>",
        ll=P(ll.style(ch(["full", "caps", "sfirst"]))), lla=A(addr(lang, region)) if chance(0.5) else nPl(), t1=P(tn.full()), d1=D(fdate(lang, region, dob())),
        t2=P(tn2.style()), d2=D(fdate(lang, region, dob())), pa=A(addr(lang, region, multi=chance(0.3))), st=nD(lang, region), org=nO(),
        q=ch(["Explain the tenant's obligations in plain words.", "Is this clause standard?", ask(lang)]))
    return b


def t_hoa(lang, region):
    b = B()
    own, pres, mgr = Person(lang, region), Person(lang, region), Person(lang, region)
    if lang == "en":
        b.f(ch(["Lakeside", "Summit Ridge", "Oak Park", "Harbourview"]) + " HOA Management\n<<ma>>\n\n<<d>>\n\n<<ow>>\n<<oa>>\n\nDear <<og>>,\nOur records show the trailer parked at your lot on <<pl>> Court violates "
            "section 4.2. The board (<<pr>>, President) asks that it be removed within 14 days. Ref <<c>>.\n\nSincerely,\n<<mgn>>, Community Manager\n"
            "<<em>>\n\nHelp me reply - the trailer belongs to my neighbour <<nb>>.",
            ma=A(addr(lang, region, multi=True)), d=nD(lang, region), ow=P(own.style(ch(["full", "caps", "mid"]))),
            oa=A(addr(lang, region, multi=True)), og=P(own.given), pl=nPl(), pr=P(pres.style()), c=nC("jira"), mgn=P(mgr.full()),
            em=E(mgr.email(org_domain())), nb=P(Person(lang, region).style(ch(["full", "given"]))))
    else:
        b.f("Objet : avis de la copropriété / syndicat\n<<ow>>\n<<oa>>\n\nMadame, Monsieur <<os>>,\nsuite à l'assemblée du <<d>>, le conseil (présidente <<pr>>) "
            "vous demande de retirer les pots de fleurs du balcon. Le gestionnaire, <<mg>>, reste joignable à <<em>>.\n\n<<q>>",
            ow=P(own.style(ch(["sfirst", "full"]))), oa=A(addr(lang, region, multi=True)), os=P(own.sur), d=nD(lang, region),
            pr=P(pres.full()), mg=P(mgr.full()), em=E(mgr.email(org_domain())), q=ask(lang))
    return b


def t_crm(lang, region):
    b = B()
    c, boss, rep = Person(lang, region), Person(lang, region), Person(lang, region)
    if lang == "en":
        b.f("Sales call summary (<<d>>) – rep: <<rep>>\nSpoke with <<c>> (Head of Procurement). Currently on <<org>> hardware, renewal <<d2>>. "
            "<<cg>> wants a demo for <<boss>> (CFO) before signing. Ship samples to:\n<<ad>>\nEmail: <<em>>\nNext step: <<cg2>> to loop in legal. "
            "Opportunity <<opp>>.\n\nDraft the follow-up email to <<cg3>>.",
            d=nD(lang, region), rep=P(rep.given), c=P(c.style()), org=nO(), d2=nD(lang, region), cg=P(c.given), boss=P(boss.style()),
            ad=A(addr(lang, region, multi=True)), em=E(c.email(org_domain())), cg2=P(c.given), opp=nC("jira"), cg3=P(c.given))
    else:
        w = {"de": ("Gesprächsnotiz", "Gespräch mit", "nutzt derzeit", "möchte eine Demo für", "Muster an", "Nächster Schritt"),
             "fr": ("Compte rendu d'appel", "Appel avec", "équipé actuellement en", "souhaite une démo pour", "Échantillons à envoyer à", "Prochaine étape"),
             "nl": ("Gespreksverslag", "Gesproken met", "gebruikt nu", "wil een demo voor", "Samples naar", "Volgende stap"),
             "es": ("Resumen de llamada", "Hablé con", "usa actualmente", "quiere una demo para", "Enviar muestras a", "Siguiente paso"),
             "it": ("Nota CRM", "Sentito", "usa attualmente", "vuole una demo per", "Campioni a", "Prossimo passo"),
             "pt": ("Resumo da chamada", "Falei com", "usa atualmente", "quer uma demo para", "Amostras para", "Próximo passo")}[lang]
        b.f(f"{w[0]} <<d>> (<<rep>>)\n{w[1]} <<c>> – {w[2]} <<org>>. <<cg>> {w[3]} <<boss>>.\n{w[4]}: <<ad>> · <<em>>\n{w[5]}: <<d2>>\n\n<<q>>",
            d=nD(lang, region), rep=P(rep.style(ch(["given", "init"]))), c=P(c.style()), org=nO(), cg=P(c.given), boss=P(boss.style()),
            ad=A(addr(lang, region)), em=E(c.email(org_domain())), d2=nD(lang, region), q=ask(lang))
    return b


def t_minutes(lang, region):
    b = B()
    ppl = [Person(lang, region) for _ in range(rint(3, 4))]
    h = {"en": ("Minutes – residents' association", "Present", "Apologies", "Actions", "Next meeting"),
         "de": ("Protokoll – Elternbeirat", "Anwesend", "Entschuldigt", "Aufgaben", "Nächste Sitzung"),
         "fr": ("Compte rendu – conseil de quartier", "Présents", "Excusés", "Actions", "Prochaine réunion"),
         "nl": ("Notulen – bewonerscommissie", "Aanwezig", "Afwezig m.k.", "Actiepunten", "Volgende vergadering"),
         "es": ("Acta – junta de vecinos", "Asistentes", "Excusan", "Tareas", "Próxima reunión"),
         "it": ("Verbale – assemblea condominiale", "Presenti", "Assenti giustificati", "Azioni", "Prossima riunione"),
         "pt": ("Ata – associação de moradores", "Presentes", "Ausências justificadas", "Ações", "Próxima reunião")}[lang]
    b.f(f"{h[0]} (<<d>>)\n{h[1]}: ", d=nD(lang, region))
    for i, p in enumerate(ppl[:-1]):
        if i:
            b.t(", ")
        b.v(P(p.style(ch(["full", "init", "full", "caps"]))))
    b.f(f"\n{h[2]}: <<a>>\n{h[3]}:\n- <<g1>>: ask <<org>> about the lift\n- <<g2>> & <<g3>>: check the bins at <<ad>>\n- everyone: read the <<t>> article\n{h[4]}: <<d2>>\n\n<<q>>",
        a=P(ppl[-1].style()), g1=P(ppl[0].given), org=nO(), g2=P(ppl[1].given), g3=P(ppl[2].given), ad=A(addr(lang, region)),
        t=nT(lang), d2=nD(lang, region), q=ask(lang))
    return b


def t_calendar(lang, region):
    b = B()
    org, atts = Person(lang, region), [Person(lang, region) for _ in range(rint(2, 4))]
    y, m, d = recent()
    b.f("Make this invite readable and tell me who is optional:\n\nBEGIN:VEVENT\nUID:<<u>>\nDTSTART:<<ds>>\nSUMMARY:<<sum>>\n"
        "ORGANIZER;CN=<<on>>:mailto:<<oe>>\n", u=nC("jira"), ds=L("NEG_DATE", f"{y}{m:02d}{d:02d}T{rint(7, 17):02d}0000Z"),
        sum=ch(["Quarterly review", "Kick-off", "Onboarding", "Vendor call with " + ch(ORGS)]), on=P(org.full()), oe=E(org.email(org_domain())))
    for i, a in enumerate(atts):
        role = "OPT-PARTICIPANT" if i == len(atts) - 1 else "REQ-PARTICIPANT"
        b.f(f"ATTENDEE;ROLE={role};CN=<<n>>:mailto:<<e>>\n", n=P(a.style(ch(["full", "comma", "full"]))), e=E(a.email(org_domain())))
    b.f("LOCATION:<<loc>>\nEND:VEVENT", loc=A(addr(lang, region)))
    return b


def t_sms(lang, region):
    b = B()
    me, kid, nan, fr = Person(lang, region), Person(lang, region), Person(lang, region), Person(lang, region)
    c1 = ch({"en": S("Mum|Dad|Jess 🌸|Tom (work)|Auntie Pat"), "de": S("Mama|Papa|Steffi|Oma"), "fr": S("Maman|Papa|Juju|Mamie"),
             "nl": S("Mam|Pap|Oma|Sanne"), "es": S("Mamá|Papá|Abuela|Charo"), "it": S("Mamma|Papà|Nonna|Gigi"), "pt": S("Mãe|Pai|Avó|Bia")}[lang])
    w = {"en": ("what's <<k>>'s date of birth again? the passport form needs it", "and what's Nana's new address?", "thx! also is <<f>> coming sat?", "yes with <<f2>>"),
         "de": ("wann ist <<k>> nochmal geboren? brauch das für den Pass", "und die neue Adresse von Oma?", "danke! kommt <<f>> am Samstag?", "ja mit <<f2>>"),
         "fr": ("c'est quoi la date de naissance de <<k>> déjà ? pour le passeport", "et la nouvelle adresse de mamie ?", "merci ! <<f>> vient samedi ?", "oui avec <<f2>>"),
         "nl": ("wat is de geboortedatum van <<k>> ook alweer? voor het paspoort", "en het nieuwe adres van oma?", "thx! komt <<f>> zaterdag?", "ja met <<f2>>"),
         "es": ("¿cuál es la fecha de nacimiento de <<k>>? la piden para el pasaporte", "¿y la dirección nueva de la abuela?", "gracias! ¿viene <<f>> el sábado?", "sí, con <<f2>>"),
         "it": ("qual è la data di nascita di <<k>>? serve per il passaporto", "e il nuovo indirizzo della nonna?", "grazie! <<f>> viene sabato?", "sì con <<f2>>"),
         "pt": ("qual é a data de nascimento do <<k>>? é pro passaporte", "e a morada nova da avó?", "obg! o <<f>> vem sábado?", "sim, com a <<f2>>")}[lang]
    b.f(f"[{c1}] " + w[0] + "\n[me] <<kd>>\n[" + c1 + "] " + w[1] + "\n[me] <<ad>>\n[" + c1 + "] " + w[2] + "\n[me] " + w[3] +
        "\n\n<<q>>", k=P(kid.given.lower() if chance(0.3) else kid.given), kd=dobv(lang, region, 1, 17),
        ad=A(addr(lang, region, multi=chance(0.5))), f=P(fr.given), f2=P(fr.nick if chance(0.5) else Person(lang, region).given),
        q=ch(["turn this thread into a checklist", "what did I promise to do here?", ask(lang)]))
    return b


def t_voicemail(lang, region):
    b = B()
    c, ref = Person(lang, region, g="f" if lang != "en" else None), Person(lang, region)
    if lang == "en":
        b.f("Voicemail transcription (auto):\n\"Hi, this is <<c>> calling about my prescription renewal, date of birth <<d>>. Dr <<dr>> said it'd be "
            "ready by <<nd>>. You can post it to <<ad>>. My daughter <<kg>> might pick it up instead. Thanks, bye.\"\n\nWrite a short message for the front desk.",
            c=P(c.style(ch(["full", "lower", "given"]))), d=dobv(lang, region, spoken=chance(0.6)), dr=P(ref.sur), nd=nD(lang, region),
            ad=A(addr(lang, region)), kg=P(Person(lang, region, g="f").given))
    else:
        w = {"de": ("Hallo, hier spricht", "wegen meines Rezepts, Geburtsdatum", "Schicken Sie es bitte an", "Meine Tochter", "holt es vielleicht ab"),
             "fr": ("Bonjour, c'est", "pour le renouvellement de mon ordonnance, née le", "Vous pouvez l'envoyer au", "Ma fille", "passera peut-être"),
             "nl": ("Hallo, met", "over mijn herhaalrecept, geboortedatum", "Stuur het maar naar", "Mijn dochter", "haalt het misschien op"),
             "es": ("Hola, soy", "por la receta, mi fecha de nacimiento es el", "Me lo pueden mandar a", "Mi hija", "igual pasa a recogerlo"),
             "it": ("Buongiorno, sono", "per il rinnovo della ricetta, nata il", "Potete spedirla a", "Mia figlia", "forse passa lei"),
             "pt": ("Olá, fala", "por causa da receita, nascida a", "Podem enviar para", "A minha filha", "talvez passe aí")}[lang]
        b.f(f"Voicemail (transcript):\n\"{w[0]} <<c>>, {w[1]} <<d>>. {w[2]} <<ad>>. {w[3]} <<kg>> {w[4]}.\"\n\n<<q>>",
            c=P(c.style(ch(["full", "lower"]))), d=dobv(lang, region), ad=A(addr(lang, region)), kg=P(Person(lang, region, g="f").given), q=ask(lang))
    return b


def t_forum(lang, region):
    b = B()
    x, y, z = Person(lang, region, g="f"), Person(lang, region), Person(lang, region, g="m")
    if lang == "en":
        b.f("r/<<sub>> – How do I deal with my coworker <<xg>>?\n\nThrowaway. <<xg2>> (not her real name, actually yes it is, <<xf>>) keeps taking credit for my work. "
            "My manager <<y>> just says she's 'the <<fam>> of spreadsheets'. Last week <<xg3>>'s husband <<z>> even emailed me at <<em>>. "
            "I'm on leave from <<d>> for surgery (<<t>>). AITA for going to HR?\n\nSummarise the advice people would give.",
            sub=ch(["AskHR", "relationship_advice", "AusFinance", "CasualUK", "legaladvice"]), xg=P(x.given), xg2=P(x.given), xf=P(x.full()),
            y=P(y.style(ch(["full", "given"]))), fam=nF(), xg3=P(x.given), z=P(z.style(ch(["given", "full"]))), em=E(Person(lang, region).email()),
            d=nD(lang, region), t=L("NEG_TERM", ch(MED[lang])))
    else:
        w = {"de": ("Wie gehe ich mit meiner Kollegin um?", "reißt ständig meine Arbeit an sich. Mein Chef", "nennt sie 'die", "der Tabellen'. Ich bin ab", "in Reha (", ")."),
             "fr": ("Comment gérer ma collègue ?", "s'attribue toujours mon travail. Mon chef,", ", dit qu'elle est 'la", "des tableurs'. Je suis en arrêt à partir du", "(", ")."),
             "nl": ("Hoe ga ik om met mijn collega?", "pikt steeds mijn werk in. Mijn baas", "noemt haar 'de", "van Excel'. Ik ben vanaf", "met verlof (", ")."),
             "es": ("¿Cómo manejo a mi compañera?", "se apropia siempre de mi trabajo. Mi jefe,", ", dice que es 'la", "de las hojas de cálculo'. Estoy de baja desde el", "(", ")."),
             "it": ("Come gestisco la mia collega?", "si prende sempre il merito del mio lavoro. Il mio capo,", ", dice che è 'la", "dei fogli di calcolo'. Sono in malattia dal", "(", ")."),
             "pt": ("Como lido com a minha colega?", "fica sempre com o crédito do meu trabalho. O meu chefe,", ", diz que ela é 'a", "das planilhas'. Estou de baixa desde", "(", ").")}[lang]
        b.f(f"{w[0]}\n\n<<x>> {w[1]} <<y>>{w[2] if w[2].startswith(',') else ' ' + w[2]} <<fam>> {w[3]} <<d>> {w[4]}<<t>>{w[5]} <<z>> ?\n\n<<q>>",
            x=P(x.style(ch(["given", "full"]))), y=P(y.style(ch(["full", "given"]))), fam=nF(), d=nD(lang, region), t=L("NEG_TERM", ch(MED[lang])),
            z=P(z.given), q=ask(lang))
    return b


def t_review(lang, region):
    b = B()
    s1, s2, cust = Person(lang, region, g="f"), Person(lang, region, g="m"), Person(lang, region)
    stars = "★" * rint(1, 5)
    if lang == "en":
        b.f("<<cu>> – <<st>>\nVisited the <<org>> dealership at <<ad>>. Ask for <<s1>>, she sorted out our <<pr>> in an hour. "
            "<<s2>> on the front desk was rude though. Dr. <<vet>> next door (vet) is lovely.\n\nReply to this review as the manager.",
            cu=P(cust.style(ch(["given", "init", "full"]))), st=stars, org=nO(), ad=A(addr(lang, region)), s1=P(s1.given), pr=nPr(),
            s2=P(s2.style(ch(["given", "full"]))), vet=P(Person(lang, region).sur))
    else:
        w = {"de": ("Werkstatt", "Fragt nach", ", hat unseren", "in einer Stunde repariert.", "am Empfang war unfreundlich."),
             "fr": ("garage", "Demandez", ", qui a réparé notre", "en une heure.", "à l'accueil a été désagréable."),
             "nl": ("garage", "Vraag naar", ", die onze", "binnen een uur maakte.", "aan de balie was onvriendelijk."),
             "es": ("taller", "Preguntad por", ", nos arregló el", "en una hora.", "en recepción fue borde."),
             "it": ("officina", "Chiedete di", ", ha sistemato la nostra", "in un'ora.", "alla reception è stato scortese."),
             "pt": ("oficina", "Perguntem pela", ", resolveu o nosso", "numa hora.", "na receção foi antipático.")}[lang]
        b.f(f"<<cu>> – {stars}\n{w[0]} <<org>>, <<ad>>. {w[1]} <<s1>>{w[2]} <<pr>> {w[3]} <<s2>> {w[4]}\n\n<<q>>",
            cu=P(cust.style(ch(["given", "init"]))), org=nO(), ad=A(addr(lang, region)), s1=P(s1.given), pr=nPr(),
            s2=P(s2.style(ch(["given", "full"]))), q=ask(lang))
    return b


def t_profile(lang, region):
    b = B()
    p, fr = Person(lang, region), Person(lang, region)
    w = {"en": ("About me", "Birthday", "Lives near", "Looking for", "my best mate", "Make my bio funnier:"),
         "de": ("Über mich", "Geburtstag", "Wohnt in der Nähe von", "Suche", "meine beste Freundin", "Mach mein Profil witziger:"),
         "fr": ("À propos", "Anniversaire", "Habite près de", "Je cherche", "ma meilleure amie", "Rends ma bio plus drôle :"),
         "nl": ("Over mij", "Verjaardag", "Woont bij", "Zoek", "mijn beste vriendin", "Maak mijn bio grappiger:"),
         "es": ("Sobre mí", "Cumpleaños", "Vivo cerca de", "Busco", "mi mejor amiga", "Haz mi bio más graciosa:"),
         "it": ("Su di me", "Compleanno", "Abito vicino a", "Cerco", "la mia migliore amica", "Rendi la mia bio più simpatica:"),
         "pt": ("Sobre mim", "Aniversário", "Moro perto da", "Procuro", "a minha melhor amiga", "Deixa a minha bio mais engraçada:")}[lang]
    b.f(f"{w[5]}\n\n<<n>>, {rint(24, 58)}\n{w[0]}: fan of <<fam>> biographies and <<pr>>. {w[4]} <<f>> says I'm too picky.\n{w[1]}: <<d>>\n{w[2]} <<pl>>\n{w[3]}: ...",
        n=P(p.style(ch(["given", "given", "full", "lower"]))), fam=nF(), pr=nPr(), f=P(fr.given), d=dobv(lang, region, 22, 60), pl=nPl())
    return b


def t_badges(lang, region):
    b = B()
    hd = {"en": "first_name;last_name;email;company;dietary", "de": "Vorname;Nachname;E-Mail;Firma;Ernährung",
          "fr": "prénom;nom;courriel;société;régime", "nl": "voornaam;achternaam;e-mail;bedrijf;dieet", "es": "nombre;apellidos;email;empresa;dieta",
          "it": "nome;cognome;email;azienda;dieta", "pt": "nome;apelido;email;empresa;dieta"}[lang]
    b.t(ch(["Print badges from this registration export, sort by company:\n\n", "Deduplicate this attendee list:\n\n", "Who registered twice?\n\n"]))
    b.t(hd + "\n")
    for _ in range(rint(2, 4)):
        p = Person(lang, region)
        g = p.given.upper() if chance(0.1) else p.given
        b.f(("<<g>>;<<s>>;<<e>>;<<o>>;" if chance(0.6) else "<<g>>;<<s>>;;<<o>>;") + ch(["veg", "", "halal", "gluten-free", ""]) + "\n", g=P(g), s=P(p.sur), e=E(p.email(org_domain())),
            o=nO() if chance(0.4) else ch(["Northwind", "Brightpath", "Talvera GmbH", "Cooperlar", "self"]))
    b.f("\nConference: <<c>> <<v>>, <<d>>", c=ch(["DevDays", "InsurTech Summit", "Congreso Andino", "Journées Lyonnaises"]), v=nC("ver"), d=nD(lang, region))
    return b


def t_club_roll(lang, region):
    b = B()
    h = {"en": "| Member | Born | Address | Member since |", "de": "| Mitglied | Geboren | Anschrift | Mitglied seit |",
         "fr": "| Membre | Né(e) le | Adresse | Adhésion |", "nl": "| Lid | Geboren | Adres | Lid sinds |", "es": "| Socio/a | Nacimiento | Domicilio | Alta |",
         "it": "| Socio | Nato/a il | Indirizzo | Iscritto dal |", "pt": "| Sócio | Nascimento | Morada | Sócio desde |"}[lang]
    b.t(ch(["Which of our club members are over 70? Table below.\n\n", "Convert this table to CSV:\n\n", "Find members with missing postcodes:\n\n"]))
    b.t(h + "\n|---|---|---|---|\n")
    for _ in range(rint(2, 5)):
        p = Person(lang, region)
        b.f("| <<n>> | <<d>> | <<a>> | <<s>> |\n", n=P(p.style(ch(["full", "comma", "caps", "full"]))), d=dobv(lang, region, 8, 90),
            a=A(addr(lang, region)), s=nD(lang, region, rand_ymd(1990, 2025)))
    return b


def t_parish(lang, region):
    b = B()
    kid, fa, mo, gp, pr = Person(lang, region), Person(lang, region, g="m"), Person(lang, region, g="f"), Person(lang, region), Person(lang, region, g="m")
    kid.sur = fa.sur
    ky, km, kday = dob(0, 3)
    bap = (min(ky + 1, 2027), km, kday) if chance(0.5) else (ky, km, min(kday + 14, 28))
    w = {"en": ("Baptismal register, St <<pl>>'s", "was baptised on", "born", "son/daughter of", "and", "Godparent", "Officiant: Fr."),
         "de": ("Taufbuch der Pfarrei St. <<pl>>", "wurde getauft am", "geboren am", "Kind von", "und", "Pate/Patin", "Zelebrant: Pfr."),
         "fr": ("Registre des baptêmes – paroisse Sainte-<<pl>>", "a été baptisé(e) le", "né(e) le", "enfant de", "et de", "Parrain/marraine", "Célébrant : P."),
         "nl": ("Doopregister parochie H. <<pl>>", "werd gedoopt op", "geboren op", "kind van", "en", "Peter/meter", "Celebrant: pastoor"),
         "es": ("Libro de bautismos, parroquia de Santa <<pl>>", "fue bautizado/a el", "nacido/a el", "hijo/a de", "y de", "Padrinos", "Celebrante: P."),
         "it": ("Registro dei battesimi, parrocchia di S. <<pl>>", "è stato/a battezzato/a il", "nato/a il", "figlio/a di", "e di", "Padrino/madrina", "Celebrante: don"),
         "pt": ("Livro de assentos de batismo, paróquia de Santa <<pl>>", "foi batizado(a) em", "nascido(a) em", "filho(a) de", "e de", "Padrinhos", "Celebrante: Pe.")}[lang]
    b.f(w[0] + f"\n\n<<k>> {w[1]} <<bd>>, {w[2]} <<kd>>, {w[3]} <<f>> {w[4]} <<m>>, <<ad>>.\n{w[5]}: <<g>>\n{w[6]} <<p>>\n\n" +
        ch(["Transcribe this entry into modern English.", "Which fields are missing for the diocesan archive?", ask(lang)]),
        pl=nPl() if chance(0.3) else ch(["Brigid", "Anne", "Maria", "Joseph", "Cecilia"]), k=P(kid.style(ch(["full", "caps"]))),
        bd=nD(lang, region, bap), kd=D(fdate(lang, region, (ky, km, kday))), f=P(fa.full()), m=P(mo.style(ch(["full", "full", "init"]))),
        ad=A(addr(lang, region)), g=P(gp.full()) if chance(0.6) else "—", p=P(pr.style(ch(["sur", "full"]))))
    return b


def t_alumni(lang, region):
    b = B()
    b.t(ch(["Class of 1998 reunion – still missing addresses for these people, help me write a Facebook post asking for them:\n",
            "Alumni list for the 25-year reunion; format as a neat list:\n"]))
    for _ in range(rint(2, 4)):
        p = Person(lang, region)
        b.t("- ")
        b.v(P(p.style(ch(["full", "full", "lower", "caps"]))))
        r = R.random()
        if r < 0.3 and lang == "en":
            b.f(" (née <<m>>)", m=P(Person(lang, region).sur))
        elif r < 0.5:
            b.f(" – <<a>>", a=A(addr(lang, region)))
        elif r < 0.65:
            b.f(" – <<e>>", e=E(p.email()))
        elif r < 0.8:
            b.f(" – DOB <<d>>", d=dobv(lang, region, 44, 46))
        else:
            b.t(" – ?")
        b.t("\n")
    b.f("Venue: <<o>> function room, <<d>>", o=nO(), d=nD(lang, region))
    return b


def t_vet(lang, region):
    b = B()
    ow, vet = Person(lang, region), Person(lang, region)
    pet = ch(["Bella", "Max", "Luna", "Rocky", "Milo", "Nala", "Toby", "Coco", "Simba", "Kiwi"])
    w = {"en": ("Patient", "Owner", "Pet DOB", "Vet", "Vaccination due"), "de": ("Patient", "Halter/in", "Geb. (Tier)", "Tierärztin/Tierarzt", "Impfung fällig"),
         "fr": ("Animal", "Propriétaire", "Né le (animal)", "Vétérinaire", "Rappel vaccin"), "nl": ("Patiënt", "Eigenaar", "Geb. (dier)", "Dierenarts", "Vaccinatie"),
         "es": ("Paciente", "Propietario/a", "Nac. (mascota)", "Veterinario/a", "Próxima vacuna"), "it": ("Paziente", "Proprietario/a", "Nato (animale)", "Veterinario", "Richiamo"),
         "pt": ("Paciente", "Tutor(a)", "Nasc. (animal)", "Veterinário(a)", "Vacina")}[lang]
    b.f(f"{w[0]}: {pet} ({ch(['Labrador', 'Maine Coon', 'beagle', 'Border Collie'])})\n{w[2]}: <<pd>>\n{w[1]}: <<o>>\n{lb(lang, region, 'dob')} ({w[1]}): <<od>>\n"
        f"<<a>>\n{lb(lang, region, 'email')}: <<e>>\n{w[3]}: <<v>>\n{w[4]}: <<vd>>\n\n" +
        ch(["Write a reminder SMS to the owner.", "Summarise the record for a referral letter.", ask(lang)]),
        pd=nD(lang, region, rand_ymd(2012, 2024)), o=P(ow.style(ch(["full", "comma", "caps"]))), od=dobv(lang, region),
        a=A(addr(lang, region, multi=True)), e=E(ow.email()), v=P(vet.style(ch(["init", "full", "sur"]))), vd=nD(lang, region))
    return b


def t_pharmacy(lang, region):
    b = B()
    pt, dr = Person(lang, region), Person(lang, region)
    drug = ch(["Amoxicillin 500mg", "Metformin 850 mg", "Ibuprofen 400", "Levothyroxine 50mcg", "Sertraline 50 mg"])
    b.f("What does this label say in plain language?\n\n<<rx>>   <<org>> Pharmacy\n<<pa>>\nPATIENT: <<p>>\nDOB: <<d>>\n" + drug +
        " – take 1 tablet twice daily\nPrescriber: DR <<dr>>\nFilled: <<fd>>   Discard after: <<ex>>\nRefills: " + str(rint(0, 5)),
        rx=nC("rx"), org=L("NEG_ORG", ch(["Walgreens", "Boots", "Lloyds", "Shoppers Drug Mart", "Dr. Max"])), pa=A(addr(lang, region)),
        p=P(pt.style(ch(["caps", "sfirst", "comma"])).upper()), d=D(fdate(lang, region, dob())), dr=P(dr.style(ch(["caps", "init"])).upper()),
        fd=nD(lang, region), ex=nD(lang, region))
    return b


def t_lab(lang, region):
    b = B()
    pt, dr = Person(lang, region), Person(lang, region)
    w = {"en": ("LABORATORY REPORT", "Patient", "Collected", "Requesting clinician", "TSH 6.2 mIU/L (H) – consider", "Explain these results simply."),
         "de": ("LABORBEFUND", "Patient/in", "Entnahme", "Einsender", "TSH 6,2 mU/l (H) – V. a.", "Erklär mir die Werte einfach."),
         "fr": ("COMPTE RENDU DE BIOLOGIE", "Patient(e)", "Prélevé le", "Prescripteur", "TSH 6,2 mUI/L (H) – évoquer une", "Explique-moi ces résultats."),
         "nl": ("LABORATORIUMUITSLAG", "Patiënt", "Afname", "Aanvrager", "TSH 6,2 mE/l (H) – denk aan", "Leg deze uitslag simpel uit."),
         "es": ("INFORME DE LABORATORIO", "Paciente", "Extracción", "Solicitante", "TSH 6,2 mUI/L (A) – valorar", "Explícame estos resultados."),
         "it": ("REFERTO DI LABORATORIO", "Paziente", "Prelievo", "Medico richiedente", "TSH 6,2 mUI/L (A) – sospetta", "Spiegami i risultati."),
         "pt": ("RELATÓRIO DE ANÁLISES", "Utente", "Colheita", "Médico requisitante", "TSH 6,2 mUI/L (A) – considerar", "Explica-me os resultados.")}[lang]
    tt = {"en": "Hashimoto's thyroiditis", "de": "Hashimoto-Thyreoiditis", "fr": "thyroïdite de Hashimoto", "nl": "ziekte van Hashimoto",
          "es": "tiroiditis de Hashimoto", "it": "tiroidite di Hashimoto", "pt": "tiroidite de Hashimoto"}[lang]
    b.f(f"{w[0]}  Sample <<c>>\n{w[1]}: <<p>>   {lb(lang, region, 'dob')}: <<d>>\n{lb(lang, region, 'addr')}: <<a>>\n{w[2]}: <<cd>>\n{w[3]}: <<dr>>\n{w[4]} <<t>>\n\n{w[5]}",
        c=nC("inc"), p=P(pt.style(ch(["sfirst", "comma", "full", "caps"]))), d=dobv(lang, region), a=A(addr(lang, region)),
        cd=nD(lang, region), dr=P(dr.style(ch(["init", "full"]))), t=L("NEG_TERM", tt))
    return b


def t_homecare(lang, region):
    b = B()
    cl, c1, c2, dtr = Person(lang, region), Person(lang, region), Person(lang, region), Person(lang, region, g="f")
    b.f("Home-care visit log – client <<cl>> (DOB <<d>>)\n<<a>>\nKey safe code with family (<<dt>>, daughter).\n\n",
        cl=P(cl.style(ch(["full", "caps", "comma"]))), d=dobv(lang, region, 70, 98), a=A(addr(lang, region, multi=chance(0.5))), dt=P(dtr.given))
    for _ in range(rint(1, 3)):
        y, m, d = recent()
        cg = ch([c1, c2])
        b.f(f"<<dd>> {rint(7, 19):02d}:{ch(['00', '15', '30', '45'])} – <<c>>: " +
            ch(["meds given, ate well.", "<<g>> confused, asked for <<fam>>.", "shower assist, skin ok.", "GP Dr <<gp>> rang, bloods due."]) + "\n",
            dd=L("NEG_DATE", f"{d:02d}/{m:02d}"), c=P(cg.given), g=P(cl.given), fam=nF(), gp=P(Person(lang, region).sur))
    b.t("\nSummarise the week for the family.")
    return b


def t_courier(lang, region):
    b = B()
    rc, nb, dr = Person(lang, region), Person(lang, region), Person(lang, region)
    w = {"en": ("Deliver to", "If out, leave with neighbour", "at no.", "Driver"), "de": ("Empfänger", "Falls nicht da, bei Nachbarin", "Nr.", "Fahrer"),
         "fr": ("Destinataire", "Si absent, chez la voisine", "au n°", "Livreur"), "nl": ("Bezorgen bij", "Niet thuis? Bij buurvrouw", "nr.", "Bezorger"),
         "es": ("Entregar a", "Si no está, dejar con la vecina", "en el nº", "Repartidor"), "it": ("Destinatario", "Se assente, lasciare alla vicina", "al n.", "Corriere"),
         "pt": ("Entregar a", "Se ausente, deixar com a vizinha", "no n.º", "Estafeta")}[lang]
    b.f(f"Tracking <<tr>> – {w[0]}: <<r>>\n<<a>>\n{w[1]} <<n>> {w[2]} {rint(1, 40)}. {w[3]}: <<d>>. ETA <<eta>>.\n\n" +
        ch(["Write a polite note to the customer about the delay.", "Translate the delivery note into English.", ask(lang)]),
        tr=nC("order"), r=P(rc.style(ch(["full", "caps", "init"]))), a=A(addr(lang, region, multi=True)), n=P(nb.style(ch(["sur", "full", "given"]))),
        d=P(dr.given), eta=nD(lang, region))
    return b


def t_invoice(lang, region):
    b = B()
    c1, c2 = Person(lang, region), Person(lang, region)
    w = {"en": ("INVOICE", "Bill to", "Ship to", "Attn", "Due"), "de": ("RECHNUNG", "Rechnungsadresse", "Lieferadresse", "z. Hd.", "Fällig"),
         "fr": ("FACTURE", "Facturer à", "Livrer à", "À l'attention de", "Échéance"), "nl": ("FACTUUR", "Factuuradres", "Afleveradres", "t.a.v.", "Vervaldatum"),
         "es": ("FACTURA", "Facturar a", "Enviar a", "At.", "Vencimiento"), "it": ("FATTURA", "Intestata a", "Consegna", "c.a.", "Scadenza"),
         "pt": ("FATURA", "Faturar a", "Entregar em", "A/C", "Vencimento")}[lang]
    b.f(f"Check this {w[0].lower()} for mistakes:\n\n{w[0]} <<n>>   PO <<po>>\n\n{w[1]}:\n<<org>>\n{w[3]} <<c1>>\n<<a1>>\n<<e1>>\n\n{w[2]}:\n{w[3]} <<c2>>\n<<a2>>\n\n"
        f"1 × <<pr>>  …\n{w[4]}: <<due>>",
        n=nC("invoice"), po=nC("jira"), org=nO(), c1=P(c1.style(ch(["full", "init", "full"]))), a1=A(addr(lang, region, multi=True)),
        e1=E(c1.email(org_domain())), c2=P(c2.style()), a2=A(addr(lang, region, multi=True, country=chance(0.4))), pr=nPr(), due=nD(lang, region))
    return b


def t_hr(lang, region):
    b = B()
    emp, mgr, wit = Person(lang, region), Person(lang, region), Person(lang, region)
    if chance(0.5):
        b.f("HR INCIDENT REPORT <<c>>\nEmployee: <<e>> (ID 4471, DOB <<d>>)\nHome address: <<a>>\nReported by: <<m>>\nWitnesses: <<w>>, <<w2>>\n"
            "On <<dd>> <<eg>> left the forklift running near aisle 12. <<mg>> intervened.\n\nRewrite neutrally for the file.",
            c=nC("jira"), e=P(emp.style(ch(["full", "caps", "comma"]))), d=dobv(lang, region, 19, 64), a=A(addr(lang, region)),
            m=P(mgr.full()), w=P(wit.style()), w2=P(Person(lang, region).given), dd=nD(lang, region), eg=P(emp.given), mg=P(mgr.given))
    else:
        b.f("Help me write <<eg>>'s annual performance review. Notes:\n- <<eg2>> led the migration to <<v>> and mentored <<j>>\n"
            "- clients (<<org>>) asked for <<eg3>> by name\n- needs to delegate more; compare: <<fam>> didn't do everything alone either\n"
            "- reviewer: <<m>>\n- review period ends <<d>>",
            eg=P(emp.given), eg2=P(emp.style(ch(["given", "full"]))), v=nC("ver"), j=P(wit.style(ch(["given", "full"]))), org=nO(),
            eg3=P(emp.given), fam=nF(), m=P(mgr.full()), d=nD(lang, region))
    return b


def t_grant(lang, region):
    b = B()
    ap, r1, r2 = Person(lang, region), Person(lang, region), Person(lang, region)
    b.f("Improve my scholarship application. Form fields:\n\n<<gl>>: <<g>>\n<<sl>>: <<s>>\n<<dl>>: <<d>>\n<<al>>: <<a>>\n<<el>>: <<e>>\n"
        "Referees: Prof. <<r1>>; <<r2>>\nProgramme: <<prog>> fellowship, deadline <<dd>>\n\nPersonal statement: Since reading about <<fam>> I have wanted to study "
        "<<t>>...",
        gl=lb(lang, region, "given"), g=P(ap.given), sl=lb(lang, region, "sur"), s=P(ap.sur), dl=lb(lang, region, "dob"), d=dobv(lang, region, 17, 35),
        al=lb(lang, region, "addr"), a=A(addr(lang, region)), el=lb(lang, region, "email"), e=E(ap.email()), r1=P(r1.style(ch(["full", "init"]))),
        r2=P(r2.full()), prog=L("NEG_TERM", ch(["Marie Skłodowska-Curie", "Fulbright", "Rhodes", "Erasmus Mundus", "Chevening"])),
        dd=nD(lang, region), fam=nF(), t=nT(lang))
    return b


def t_translate(lang, region):
    b = B()
    sn, rc = Person(lang, region), Person(lang, region)
    body = {"de": ("Sehr geehrte/r", "hiermit bestätige ich, dass mein Sohn <<k>>, geboren am <<kd>>, ab <<d>> bei uns wohnt.", "Mit freundlichen Grüßen"),
            "fr": ("Madame, Monsieur", "j'atteste que mon fils <<k>>, né le <<kd>>, est hébergé à mon domicile depuis le <<d>>.", "Veuillez agréer mes salutations distinguées"),
            "nl": ("Geachte", "hierbij verklaar ik dat mijn zoon <<k>>, geboren op <<kd>>, sinds <<d>> bij mij woont.", "Met vriendelijke groet"),
            "es": ("Estimado/a", "por la presente certifico que mi hijo <<k>>, nacido el <<kd>>, reside en mi domicilio desde el <<d>>.", "Atentamente"),
            "it": ("Gentile", "con la presente dichiaro che mio figlio <<k>>, nato il <<kd>>, risiede presso di me dal <<d>>.", "Distinti saluti"),
            "pt": ("Exmo./Exma.", "venho declarar que o meu filho <<k>>, nascido em <<kd>>, reside comigo desde <<d>>.", "Com os melhores cumprimentos"),
            "en": ("Dear", "I confirm that my son <<k>>, born on <<kd>>, has lived with me since <<d>>.", "Yours sincerely")}[lang]
    tgt = "English" if lang != "en" else ch(["Spanish", "German", "French", "Portuguese"])
    kid = Person(lang, region, g="m")
    kid.sur = sn.sur
    b.f(f"Translate this letter into {tgt}, keep the layout:\n\n<<sn>>\n<<sa>>\n\n<<rc>>\n<<ra>>\n\n{body[0]} <<rs>>,\n\n{body[1]}\n\n{body[2]}\n<<sig>>",
        sn=P(sn.full()), sa=A(addr(lang, region, multi=True)), rc=P(rc.style(ch(["full", "caps"]))), ra=A(addr(lang, region, multi=True)) if chance(0.5) else {"de": "Standesamt", "fr": "Mairie", "nl": "Gemeente", "es": "Registro Civil", "it": "Comune", "pt": "Conservatória", "en": "Town Hall"}[lang],
        rs=P(rc.sur), k=P(kid.full()), kd=dobv(lang, region, 0, 30), d=nD(lang, region), sig=P(sn.style(ch(["full", "init"]))))
    return b


def t_rewrite(lang, region):
    b = B()
    me, you, other = Person(lang, region), Person(lang, region, g="f"), Person(lang, region, g="f")
    if lang == "en":
        b.f(ch(["Rewrite this so it sounds friendlier:", "Reply to this email for me, say yes:", "Summarise in one line:"]) +
            "\n\n\"Hi <<y>>,\nfollowing our call – <<o>> confirmed she can cover <<yg>>'s shift on <<d>>. Her details for payroll: born <<od>>, lives at <<oa>>. "
            "Please don't forward this to <<org>>.\nCheers,\n<<m>>\"",
            y=P(you.given), o=P(other.full()), yg=P(you.given), d=nD(lang, region), od=D(fdate(lang, region, dob())), oa=A(addr(lang, region)),
            org=nO(), m=P(me.style(ch(["given", "full", "nick"] if False else ["given", "full"]))))
    else:
        fmt = {"de": "Hallo <<y>>,\n<<o>> kann am <<d>> die Schicht von <<yg>> übernehmen. Für die Lohnbuchhaltung: geb. <<od>>, wohnhaft <<oa>>.\nGrüße,\n<<m>>",
               "fr": "Bonjour <<y>>,\n<<o>> peut remplacer <<yg>> le <<d>>. Pour la paie : née le <<od>>, domiciliée <<oa>>.\nBises,\n<<m>>",
               "nl": "Hoi <<y>>,\n<<o>> kan op <<d>> de dienst van <<yg>> overnemen. Voor de salarisadministratie: geboren <<od>>, woont op <<oa>>.\nGroet,\n<<m>>",
               "es": "Hola <<y>>,\n<<o>> puede cubrir el turno de <<yg>> el <<d>>. Para nóminas: nacida el <<od>>, vive en <<oa>>.\nSaludos,\n<<m>>",
               "it": "Ciao <<y>>,\n<<o>> può coprire il turno di <<yg>> il <<d>>. Per le paghe: nata il <<od>>, residente in <<oa>>.\nCiao,\n<<m>>",
               "pt": "Olá <<y>>,\n<<o>> pode cobrir o turno da <<yg>> no dia <<d>>. Para os salários: nascida em <<od>>, mora na <<oa>>.\nAbraço,\n<<m>>"}[lang]
        b.f("<<q>>\n\n\"" + fmt + "\"",
            q=ask(lang), y=P(you.given), o=P(other.full()), yg=P(you.given), od=D(fdate(lang, region, dob())), oa=A(addr(lang, region)),
            d=nD(lang, region), m=P(me.given))
    return b


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def t_agent_log(lang, region):
    b = B()
    a, c = Person(lang, region), Person(lang, region)
    b.t(ch(["The agent returned this; which contact should get the refund?\n\n", "Tool output below. Summarise what the agent did.\n\n"]))
    b.f('{"tool":"crm.lookup","call_id":"<<cid>>","result":{"account":"<<org>>","contacts":[\n  {"given_name":"<<g>>","family_name":"<<s>>",'
        '"email":"<<e>>","birth_date":"<<d>>","address":"<<ad>>"},\n  {"display_name":"<<dn>>","username":"<<un>>","email":"<<e2>>",'
        '"shipping":{"line":"<<ad2>>"}}]},\n "log":["refund requested by <<g2>> on <<rd>>","escalated to <<dn2>>"]}',
        cid=nC("jira"), org=nO(), g=P(jstr(a.given)), s=P(jstr(a.sur)), e=E(a.email()), d=D(fdate(lang, region, dob()) if chance(0.5) else "%04d-%02d-%02d" % dob()),
        ad=A(jstr(addr(lang, region))), dn=P(jstr(c.full())), un=re.sub(r"[^a-z]", "", c.sur.lower())[:8] + str(rint(1, 99)),
        e2=E(c.email()), ad2=A(jstr(addr(lang, region))), g2=P(jstr(a.given)), rd=L("NEG_DATE", "%04d-%02d-%02d" % recent()), dn2=P(jstr(c.given)))
    return b


def t_yaml(lang, region):
    b = B()
    b.t("Fix the indentation of this YAML fixture:\n\n```yaml\ncustomers:\n")
    for _ in range(rint(2, 3)):
        p = Person(lang, region)
        b.f('  - id: <<id>>\n    first_name: "<<g>>"\n    last_name: "<<s>>"\n    dob: <<d>>\n    email: <<e>>\n    address: "<<a>>"\n    signed_up: <<su>>\n',
            id=nC("jira"), g=P(p.given), s=P(p.sur), d=D("%04d-%02d-%02d" % dob()), e=E(p.email()), a=A(addr(lang, region)),
            su=L("NEG_DATE", "%04d-%02d-%02d" % recent()))
    b.t("```")
    return b


def t_csv(lang, region):
    b = B()
    b.t(ch(["Import this into a table, columns are semicolon-separated:\n\n", "Why does Excel split this wrong?\n\n"]))
    b.t(f"{lb(lang, region, 'name')};{lb(lang, region, 'dob')};{lb(lang, region, 'addr')};{lb(lang, region, 'email')};contract\n")
    for _ in range(rint(2, 5)):
        p = Person(lang, region)
        a = addr(lang, region)
        if "," in a or chance(0.3):
            a = '"' + a + '"'
            b.f('<<n>>;<<d>>;"<<a>>";<<e>>;<<c>>\n', n=P(p.style(ch(["full", "comma", "caps"])) if True else ""), d=dobv(lang, region),
                a=A(a[1:-1]), e=E(p.email()), c=nC("policy"))
        else:
            b.f("<<n>>;<<d>>;<<a>>;<<e>>;<<c>>\n", n=P(p.style(ch(["full", "caps"]))), d=dobv(lang, region), a=A(a), e=E(p.email()), c=nC("policy"))
    return b


# --------------------------------------------------------------------------------------------
# PII-free templates full of capitalised look-alikes
# --------------------------------------------------------------------------------------------
def fam_date(lang, region):
    n, ymd = fam()
    return L("NEG_FAMOUS", n), L("NEG_DATE", fdate(lang, region, ymd))


def n_history(lang, region):
    b = B()
    f1, d1 = fam_date(lang, region)
    f2 = nF()
    sur = ch(FAMOUS)[0].split()[-1]
    q = {"en": "Write a 300-word school essay comparing <<f1>> (born <<d1>>) and <<f2>>. Mention why <<s>> still matters and cite the <<o>> Foundation.",
         "de": "Schreib einen Aufsatz über <<f1>> (geboren am <<d1>>) und <<f2>>. Warum ist <<s>> heute noch wichtig? Quelle: <<o>> Stiftung.",
         "fr": "Rédige une dissertation comparant <<f1>> (né le <<d1>>) et <<f2>>. Pourquoi <<s>> compte encore ? Source : Fondation <<o>>.",
         "nl": "Schrijf een werkstuk over <<f1>> (geboren op <<d1>>) en <<f2>>. Waarom is <<s>> nog steeds belangrijk? Bron: <<o>> Stichting.",
         "es": "Escribe un ensayo comparando a <<f1>> (nacido el <<d1>>) con <<f2>>. ¿Por qué <<s>> sigue importando? Fuente: Fundación <<o>>.",
         "it": "Scrivi un tema che confronti <<f1>> (nato il <<d1>>) e <<f2>>. Perché <<s>> conta ancora? Fonte: Fondazione <<o>>.",
         "pt": "Escreve uma redação comparando <<f1>> (nascido em <<d1>>) e <<f2>>. Porque é que <<s>> ainda importa? Fonte: Fundação <<o>>."}[lang]
    b.f(q, f1=f1, d1=d1, f2=f2, s=L("NEG_FAMOUS", sur), o=nO())
    if chance(0.5):
        b.f(" Also: the <<t>> came up in class on <<d>>.", t=nT("en"), d=nD(lang, region))
    return b


def n_terms(lang, region):
    b = B()
    b.f("What's the difference between <<t1>> and <<t2>>? My notes (<<v>>) also mention <<t3>> and the <<t4>>. Exam on <<d>>.",
        t1=nT(lang), t2=nT(lang), v=nC("ver"), t3=nT("en"), t4=nT("en"), d=nD(lang, region))
    return b


def n_products(lang, region):
    b = B()
    b.f("Which is better value, the <<p1>> or the <<p2>>? <<o1>> has a deal until <<d>>, and <<o2>> price-matches. Order <<c>> was for the <<p3>>.",
        p1=nPr(), p2=nPr(), o1=nO(), d=nD(lang, region), o2=nO(), c=nC("order"), p3=nPr())
    return b


def n_travel(lang, region):
    b = B()
    b.f("Planning a trip: landing at <<p1>> on <<d1>>, then train to <<p2>>. Is the area around <<p3>> safe at night? Hotel booking <<pnr>>, "
        "flight <<f>>. Want to see the <<fam>> museum and walk down <<p4>>. Back on <<d2>>.",
        p1=nPl(), d1=nD(lang, region), p2=nPl(), p3=nPl(), pnr=nC("pnr"), f=L("NEG_CODE", f"{ch(S('LH|AF|KL|IB|TP|QF|EI|SQ'))}{rint(100, 9999)}"),
        fam=nF(), p4=nPl(), d2=nD(lang, region))
    return b


def n_release(lang, region):
    b = B()
    b.f("Summarise these release notes for customers:\n\n## <<v>> – <<d>>\n- <<j1>>: replaced naive search with <<t>>\n- <<j2>>: <<o>> SSO fixed\n"
        "- <<j3>>: export to <<p>> format\n- deprecated <<v2>> (EOL <<d2>>)",
        v=nC("ver"), d=nD(lang, region), j1=nC("jira"), t=L("NEG_TERM", ch(S("Dijkstra's algorithm|Levenshtein distance|Bloom filter|Kalman filter|Fourier transform"))),
        j2=nC("jira"), o=nO(), j3=nC("jira"), p=nPr(), v2=nC("ver"), d2=nD(lang, region))
    return b


def n_schedule(lang, region):
    b = B()
    b.t("Turn this into a calendar table:\n")
    for _ in range(rint(3, 5)):
        b.f("- <<d>>: " + ch(["site visit at <<o>> HQ", "webinar on the <<t>>", "deadline for <<c>>", "tour of <<pl>>", "<<fam>> exhibition opens"]) + "\n",
            d=nD(lang, region), o=nO(), t=nT(lang), c=nC(), pl=nPl(), fam=nF())
    return b


def t_dob_short(lang, region):
    b = B()
    p = Person(lang, region, g="f")
    kid = Person(lang, region)
    forms = {
        "en": ["My nan <<g>> was born on <<d>> – how old will she be this Christmas?", "Is my son (born <<d>>) old enough for the under-12s league?",
               "Q: When was the policyholder born?\nA: <<d>>\nQ: Marital status?\nA: married <<nd>>\n\nturn this into a form", 
               "Family tree line, check the format: <<n>> (b. <<d>>), m. <<nd>> to <<n2>>", "what star sign is someone born <<d>>? asking for <<g>>"],
        "de": ["Meine Oma <<g>> ist am <<d>> geboren – wie alt wird sie dieses Jahr?", "Ist mein Sohn (geb. <<d>>) schon schulpflichtig?",
               "Stammbaum: <<n>>, * <<d>>, verh. seit <<nd>> mit <<n2>>", "Frage: Geburtsdatum der Antragstellerin?\nAntwort: <<d>>"],
        "fr": ["Ma grand-mère <<g>> est née le <<d>>, quel âge aura-t-elle ?", "Mon fils (né le <<d>>) peut-il s'inscrire en CP ?",
               "Généalogie : <<n>>, née le <<d>>, mariée le <<nd>> à <<n2>>", "Q : date de naissance de l'assurée ?\nR : <<d>>"],
        "nl": ["Mijn oma <<g>> is geboren op <<d>>, hoe oud wordt ze?", "Mag mijn zoon (geb. <<d>>) al naar groep 1?",
               "Stamboom: <<n>>, geb. <<d>>, getrouwd <<nd>> met <<n2>>", "Vraag: geboortedatum aanvrager?\nAntwoord: <<d>>"],
        "es": ["Mi abuela <<g>> nació el <<d>>, ¿cuántos años cumple?", "¿Mi hijo (nacido el <<d>>) ya puede entrar en infantil?",
               "Árbol genealógico: <<n>>, nacida el <<d>>, casada el <<nd>> con <<n2>>", "P: ¿fecha de nacimiento de la titular?\nR: <<d>>"],
        "it": ["Mia nonna <<g>> è nata il <<d>>, quanti anni compie?", "Mio figlio (nato il <<d>>) può iscriversi alla primaria?",
               "Albero genealogico: <<n>>, nata il <<d>>, sposata il <<nd>> con <<n2>>", "D: data di nascita dell'intestataria?\nR: <<d>>"],
        "pt": ["A minha avó <<g>> nasceu a <<d>>, quantos anos faz?" if region == "PT" else "Minha avó <<g>> nasceu em <<d>>, quantos anos ela faz?",
               "O meu filho (nascido em <<d>>) já pode ir para o 1.º ano?", "Genealogia: <<n>>, nascida em <<d>>, casada em <<nd>> com <<n2>>",
               "P: data de nascimento da titular?\nR: <<d>>"]}[lang]
    i = rint(0, len(forms) - 1)
    lo, hi = [(60, 96), (2, 11), (20, 80), (25, 96), (20, 70)][i]
    y, m, d = dob(lo, hi)
    b.f(forms[i], g=P(p.given), d=D(fdate(lang, region, (y, m, d))), nd=nD(lang, region, rand_ymd(min(y + 19, 2025), min(y + 35, 2026))), n=P(p.full()),
        n2=P(Person(lang, region, g="m").full()))
    return b


def t_addr_short(lang, region):
    b = B()
    p = Person(lang, region)
    b.f(ch(["Format this address for an envelope to <<n>>:\n<<a>>", "Is the postcode right in this one? <<a>>", "Split into street / postcode / city columns: <<a>>",
            "How do I write this on a customs form? Recipient <<n>>, <<a>>", "Geocode this please: <<a>>"]),
        n=P(p.style(ch(["full", "caps", "init"]))), a=A(addr(lang, region, multi=chance(0.4), country=chance(0.4))))
    return b


POS = [(t_insurance_claim, 6, None), (t_adjuster_notes, 3, None), (t_police, 4, None), (t_school_report, 5, None),
       (t_parent_letter, 4, None), (t_listing, 5, None), (t_tenancy, 5, None), (t_hoa, 2, ["en", "fr"]), (t_crm, 4, None),
       (t_minutes, 3, None), (t_calendar, 3, None), (t_sms, 5, None), (t_voicemail, 4, None), (t_forum, 4, None),
       (t_review, 4, None), (t_profile, 4, None), (t_badges, 3, None), (t_club_roll, 4, None), (t_parish, 4, None),
       (t_alumni, 3, None), (t_vet, 4, None), (t_pharmacy, 3, ["en"]), (t_lab, 4, None), (t_homecare, 2, ["en"]),
       (t_courier, 4, None), (t_invoice, 4, None), (t_hr, 4, None), (t_grant, 4, None), (t_translate, 4, ["de", "fr", "nl", "es", "it", "pt", "en"]),
       (t_rewrite, 4, None), (t_agent_log, 4, None), (t_yaml, 3, None), (t_csv, 3, None), (t_dob_short, 30, None), (t_addr_short, 5, None)]
NEG = [(n_history, 3, None), (n_terms, 2, None), (n_products, 2, None), (n_travel, 2, None), (n_release, 2, None), (n_schedule, 2, None)]

N_RECORDS = 900
N_NEG = 180


def make(fn, langs):
    lang, region = pick_loc(langs)
    b = fn(lang, region)
    text = b.text()
    for s in b.spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"], (fn.__name__, s)
        assert s["entity_value"] == s["entity_value"].strip() and s["entity_value"], (fn.__name__, s)
    for s in b.looks:
        assert text[s["start_position"]:s["end_position"]] == s["value"], (fn.__name__, s)
    fam_name = fn.__name__[2:]
    return {"full_text": text, "spans": b.spans, "template_id": f"{fam_name}_{lang}",
            "metadata": {"family": fam_name, "lang": lang, "region": region, "pii_free": not b.spans, "lookalikes": b.looks}}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout5.json")
    recs = []
    for _ in range(N_RECORDS - N_NEG):
        fn, _w, langs = R.choices(POS, [w for _, w, _ in POS])[0]
        recs.append(make(fn, langs))
    for _ in range(N_NEG):
        fn, _w, langs = R.choices(NEG, [w for _, w, _ in NEG])[0]
        r = make(fn, langs)
        assert not r["spans"]
        recs.append(r)
    R.shuffle(recs)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(recs, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
