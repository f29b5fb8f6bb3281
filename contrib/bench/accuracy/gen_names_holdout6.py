#!/usr/bin/env python3
"""Blind held-out corpus holdout6: PERSON, STREET_ADDRESS, DATE_OF_BIRTH (and EMAIL_ADDRESS).

Brief (as given to the author, who wrote this blind: without reading the detectors, their tests,
the other corpora or generators, or the project's documentation, and without running hush):
  Texts as people type or paste them into an AI assistant, in forms other than the earlier blind sets
  (which covered support tickets, transcripts, chat exports, recruiting, citations, legal, medical,
  travel, finance, spreadsheets, developer text, OCR, insurance, police, school, tenancy, CRM, minutes,
  calendar invites, SMS, voicemail, forums, reviews, registrations, club rolls, parish records, alumni
  lists, vet, pharmacy, lab, invoices, HR, grants, translation requests, agent logs).  This set has:
  short chatbot prompts (lower case, no punctuation, typos, nicknames, ALL CAPS), assistant dialogs
  where the user answers "what are their names and dates of birth?", personal letters and cards,
  obituaries and funeral and wedding programmes, genealogy notes, diary entries, social-media posts
  and comment threads, dating messages, amateur team sheets and match reports, choir and band rosters, volunteer
  rotas, cleaning/babysitting schedules, carpool lists, group-chat polls, shopping lists and household
  budgets, moving checklists, wills and powers of attorney, court summonses, visa forms, bank transfer
  lines, payslips, tax forms, utility bills, car sale contracts, rental car agreements, hotel guest
  lists, restaurant bookings, ticketing exports, gym and clinic appointment exports, e-mail signatures
  and vCards, org charts, phone books, Slack/Teams exports, GitHub issue threads, commit trailers, SQL
  fixtures, log lines with user records and fixed-width/TSV tables; in en (US UK IE AU NZ CA IN ZA NG
  KE PH), de (DE AT CH), fr (FR BE CH CA SN), nl (NL BE), es (ES MX AR CO US), it (IT), pt (PT BR),
  with some pl/sv/tr and other global names in English text.  Half the names are invented
  (pronounceable, per language; no name list knows them), half are real and common.  About a fifth of
  the records are PII-free prompts full of capitalised look-alikes.

Labelling conventions:
  PERSON          the name as written; titles and honorifics excluded ("Dr. [Ana Ruiz]"), possessive
                  's excluded, particles (van, de, da, von, dos, El) included; a given name and a
                  surname in separate fields are two spans; "SURNAME, Given" written together is one
                  span; nicknames and display names that are names are PERSON; machine user names,
                  GitHub handles and e-mail local parts are not.  Given names alone count when the text
                  makes clear they are a person (lists, "X and Y", "my brother X").
  STREET_ADDRESS  the whole postal address as written, from the unit/building/street line (or PO box)
                  to postcode, city, region and country when they are part of the block; one span
                  across newlines; company, church, venue and office addresses count; a city or
                  country alone does not, nor a bare street name (no number, unit, box or postcode).
  DATE_OF_BIRTH   the date only (no "b.", "born", "DOB:", "*") for any living or private (also deceased
                  private) person, also a birthday written with its year; never a famous person's
                  birth date, never a pet's, never a birthday without its year or a "turns 30 on <date>"
                  (those are NEG_DATE look-alikes).
  EMAIL_ADDRESS   every e-mail address.
  Records: {"full_text", "spans": [{"entity_type", "entity_value", "start_position", "end_position"}],
  "template_id", "metadata": {"family", "lang", "region", "pii_free", "lookalikes"}}.
  Look-alikes are listed in metadata.lookalikes as {"label", "value", "start_position",
  "end_position"} (the value's first occurrence): NEG_FAMOUS famous/historical people as a topic,
  NEG_TERM eponyms over the whole term, NEG_ORG companies/clubs/schools named after people, NEG_PRODUCT, NEG_PLACE (places that are
  also given names; streets named after people used without a number), NEG_PET, NEG_CODE (ticket keys,
  order numbers, versions, IDs), NEG_DATE (any calendar date that is not a date of birth).

Usage: gen_names_holdout6.py [output.json]   (Python 3 stdlib only; fixed seed; deterministic)
"""
import json
import os
import random
import sys

SEED = 6_2026_1203
R = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# pieces: a record is built from a list of str and (TYPE, value) tuples
# ---------------------------------------------------------------------------------------------


def P(v):
    return ("PERSON", v)


def A(v):
    return ("STREET_ADDRESS", v)


def D(v):
    return ("DATE_OF_BIRTH", v)


def E(v):
    return ("EMAIL_ADDRESS", v)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------------------------
# locales
# ---------------------------------------------------------------------------------------------
EN_REGIONS = ["US", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA", "NG", "KE", "PH"]
LOCALES = {
    "en": EN_REGIONS,
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "BE", "CH", "CA", "SN"],
    "nl": ["NL", "NL", "BE"],
    "es": ["ES", "ES", "ES", "MX", "MX", "AR", "CO", "US"],
    "it": ["IT"],
    "pt": ["PT", "BR"],
}


def any_locale(weights=None):
    langs = ["en", "en", "en", "de", "fr", "nl", "es", "it", "pt"]
    lang = pick(langs)
    return lang, pick(LOCALES[lang])


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
REAL_GIVEN = {
    "en": ["James", "Olivia", "Emily", "Liam", "Chloe", "Ethan", "Grace", "Noah", "Ruby", "Jack",
           "Hannah", "Ryan", "Megan", "Tyler", "Sarah", "Daniel", "Rebecca", "Michael", "Lucy", "Tom"],
    "US": ["Jamal", "Keisha", "Brianna", "Cody", "Madison", "DeShawn", "Kayla"],
    "UK": ["Callum", "Harriet", "Rhys", "Imogen", "Alfie", "Poppy"],
    "IE": ["Aoife", "Siobhan", "Cian", "Saoirse", "Oisín", "Caoimhe", "Declan", "Niamh"],
    "AU": ["Bronwyn", "Lachlan", "Kylie", "Brodie", "Jarrah"],
    "NZ": ["Aroha", "Tane", "Mere", "Wiremu", "Kiri", "Manaia"],
    "CA": ["Mathieu", "Brittany", "Connor", "Geneviève", "Avery"],
    "IN": ["Priya", "Arjun", "Ananya", "Rohan", "Lakshmi", "Vikram", "Deepa", "Sanjay", "Kavya"],
    "ZA": ["Thabo", "Lindiwe", "Sipho", "Nomvula", "Pieter", "Anneke", "Zanele"],
    "NG": ["Chidi", "Ngozi", "Oluwaseun", "Emeka", "Funmilayo", "Tunde", "Adaeze", "Chiamaka"],
    "KE": ["Wanjiru", "Kamau", "Akinyi", "Otieno", "Njeri", "Wambui", "Kiprono"],
    "PH": ["Maricel", "Jomar", "Rhea", "Paolo", "Jericho", "Kristine", "Analyn", "Jun-Jun"],
    "de": ["Lukas", "Anna", "Jonas", "Leonie", "Felix", "Katharina", "Tobias", "Sabine", "Jürgen",
           "Ursula", "Maximilian", "Jana", "Stefan", "Hannelore", "Björn", "Mareike"],
    "AT": ["Florian", "Theresa", "Valentin", "Veronika"],
    "CH": ["Reto", "Ursina", "Beat", "Corinne", "Urs"],
    "fr": ["Camille", "Lucas", "Chloé", "Hugo", "Manon", "Théo", "Océane", "Julien", "Élodie",
           "Mathis", "Sandrine", "Jean-Marc", "Anne-Sophie", "Benoît", "Maëlle"],
    "SN": ["Mamadou", "Awa", "Cheikh", "Fatou", "Ousmane", "Aminata", "Moussa"],
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Jeroen", "Femke", "Sem", "Anouk", "Joost", "Marieke",
           "Wouter", "Inge", "Ruud", "Ilse"],
    "es": ["Lucía", "Mateo", "Sofía", "Alejandro", "Valentina", "Javier", "Camila", "Diego",
           "Martina", "Pablo", "Ximena", "José Luis", "María José", "Iñaki", "Begoña"],
    "it": ["Giulia", "Francesco", "Chiara", "Alessandro", "Martina", "Lorenzo", "Federica", "Matteo",
           "Giorgia", "Davide", "Niccolò", "Ilaria", "Gianluca"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Gonçalo", "Leonor", "Thiago",
           "Ana Clara", "Luiz Felipe", "Gabriela", "Vinícius", "Letícia"],
}
REAL_SURNAME = {
    "en": ["Smith", "Johnson", "Walker", "Thompson", "Clarke", "Harris", "Bennett", "Murray",
           "Collins", "Hughes", "Foster", "Reid"],
    "US": ["Washington", "Rodriguez", "Kowalczyk", "Nguyen", "Jackson", "Miller"],
    "UK": ["Patel", "Whitfield", "Ashworth", "Pritchard", "Evans", "Lloyd-Evans", "Harding-Price"],
    "IE": ["O'Brien", "Murphy", "Ní Bhriain", "Mac Giolla", "O'Sullivan", "Fitzgerald", "Kavanagh"],
    "AU": ["Nguyen", "McAllister", "Papadopoulos", "Kelly"],
    "NZ": ["Ngata", "Parata", "Tipene", "Walsh"],
    "CA": ["Tremblay", "Gagnon", "MacDonald", "Singh", "Côté"],
    "IN": ["Sharma", "Iyer", "Reddy", "Banerjee", "Nair", "Deshpande", "Chatterjee", "Kulkarni"],
    "ZA": ["Naidoo", "van der Merwe", "Dlamini", "Botha", "Mokoena", "Pillay", "Nkosi"],
    "NG": ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo", "Abubakar"],
    "KE": ["Mwangi", "Otieno", "Kiptoo", "Wafula", "Achieng", "Njoroge"],
    "PH": ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer",
           "Koch", "Richter", "Wolf", "Krüger", "von Arnim", "Zimmermann", "Schulze-Böhm", "Meyer-Lindner"],
    "AT": ["Gruber", "Huber", "Pichler", "Moser", "Steiner"],
    "CH": ["Keller", "Brunner", "Meier", "Baumgartner", "Frei"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Fontaine",
           "Rousseau", "de La Fontaine", "Chevalier", "Gauthier", "Martin-Delorme", "Le Goff"],
    "SN": ["Diop", "Ndiaye", "Fall", "Sow", "Sy", "Gueye", "Ba"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
           "van Dijk", "Mulder", "de Boer", "Peeters", "Janssens"],
    "es": ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz",
           "Hernández", "Jiménez", "Díaz", "Moreno", "de la Torre", "Castillo", "Ortega"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "De Luca", "Conti", "Lombardi"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida",
           "Nascimento", "Carvalho", "dos Santos", "da Silva", "Gonçalves"],
}
GLOBAL = [  # (given, surname): global origin names for English text and everywhere else
    ("Youssef", "El Amrani"), ("Fatima Zahra", "Benali"), ("Omar", "Haddad"), ("Layla", "Al-Sayed"),
    ("Aarav", "Sharma"), ("Lakshmi", "Venkataraman"), ("Wei", "Zhang"), ("Haruto", "Sato"),
    ("Ji-woo", "Park"), ("Thi Lan", "Nguyen"), ("Mei Ling", "Tan"), ("Hiroshi", "Yamamoto"),
    ("Oluwaseun", "Adebayo"), ("Kwame", "Mensah"), ("Abebe", "Girma"), ("Amara", "Nwosu"),
    ("Agnieszka", "Wiśniewska"), ("Tomasz", "Kowalski"), ("Dmitri", "Volkov"), ("Zofia", "Nowak"),
    ("Sigrid", "Lindqvist"), ("Eirik", "Haugen"), ("Astrid", "Johansson"), ("Björn", "Sundqvist"),
    ("Elif", "Yılmaz"), ("Mehmet", "Öztürk"), ("Ayşe", "Demir"), ("Emre", "Çelik"),
    ("Nasrin", "Hosseini"), ("Darius", "Rahimi"), ("Siddharth", "Menon"), ("Xin", "Liu"),
    ("Kemal", "Hodžić"), ("Ivana", "Petrović"), ("Małgorzata", "Zielińska"), ("Seo-yeon", "Kim"),
]

SYL = {
    "en": (["Br", "K", "T", "M", "J", "Qu", "D", "Sh", "L", "R", "Gw", "Th", "C", "Tr", "Pr"],
           ["a", "e", "i", "o", "ay", "ey", "o"],
           ["lyn", "wen", "rissa", "nna", "bel", "ric", "don", "mond", "ton", "vin", "rick", "sley"],
           ["Brad", "Cott", "Hal", "Pem", "Ash", "Wins", "Dun", "Stan", "Elm", "Gar", "Hol", "Pen"],
           ["well", "by", "ford", "wick", "hurst", "more", "ley", "stead", "thorne", "bridge", "cott"]),
    "de": (["Ul", "Her", "Wal", "Gun", "Hil", "Ro", "Sieg", "Fal", "Mar", "Lie", "Os", "Al"],
           [""],
           ["rike", "wig", "trud", "mar", "bald", "hild", "linde", "wina", "gard", "fried", "muth"],
           ["Brau", "Ket", "Hol", "Wind", "Schrö", "Kal", "Pfeif", "Grün", "Stoll", "Mer", "Frei", "Lach"],
           ["mann", "ler", "berger", "hofer", "inger", "bach", "meier", "wald", "städter", "egger"]),
    "fr": (["Ma", "Lou", "Cé", "Gé", "Ber", "Ro", "Sa", "Vi", "Ga", "Flo", "Ju", "Eu"],
           [""],
           ["line", "ette", "rine", "mée", "lien", "tien", "bert", "ric", "daine", "ssandre"],
           ["Beaum", "Marc", "Ross", "Chast", "Lamb", "Fonten", "Durr", "Garn", "Verm", "Pell", "Tess"],
           ["ault", "eau", "ier", "ac", "elle", "ignac", "ouin", "ard", "enne", "erre"]),
    "nl": (["Jo", "Wil", "Ger", "Mar", "Hen", "An", "Fem", "Sie", "Lie", "Wou", "Tjal", "Bre"],
           [""],
           ["rik", "ke", "mijn", "trude", "dert", "lien", "tje", "bram", "nout", "wina"],
           ["Hoog", "Brink", "Stolk", "Veld", "Wijn", "Hols", "Dek", "Kamp", "Vos", "Brug", "Terp"],
           ["stra", "inga", "huis", "kamp", "ink", "ema", "ers", "man", "enga", "hof"]),
    "es": (["Ma", "Ro", "Xi", "Lu", "Fe", "Ai", "Ti", "Ne", "Ca", "Ha", "Vi", "Eu"],
           [""],
           ["rela", "sinda", "mena", "ciano", "dino", "liana", "ndro", "tora", "riel", "ndelio"],
           ["Alb", "Carr", "Escud", "Orteg", "Villa", "Quir", "Bust", "Marr", "Pell", "Zamb", "Arg"],
           ["ero", "ano", "ueda", "illo", "edo", "iño", "ales", "ara", "uez", "ón"]),
    "it": (["Ar", "Be", "Gia", "Lo", "Ma", "Ot", "Ri", "Se", "Vi", "Fio", "Eli", "Ce"],
           [""],
           ["landa", "nedetto", "nilde", "rando", "ttorio", "sella", "mberto", "lvia", "rina", "ldino"],
           ["Bell", "Carr", "Fior", "Mart", "Ross", "Sant", "Vent", "Gall", "Pagl", "Zan", "Tod"],
           ["ini", "etti", "ucci", "one", "ato", "elli", "ardi", "iero", "ozzi", "esi"]),
    "pt": (["Ju", "Ma", "Ro", "Tel", "Gra", "Ire", "Adri", "Lu", "Dio", "Fla", "Sil", "Ave"],
           [""],
           ["cinda", "ldo", "sário", "nice", "ceu", "mara", "valdo", "zete", "gênio", "lina"],
           ["Fer", "Alm", "Carv", "Mour", "Queir", "Barr", "Teix", "Salg", "Pinh", "Roch"],
           ["eira", "ida", "alho", "ão", "ães", "inho", "oso", "ado", "ares", "edo"]),
}


def invented_given(lang):
    on, vo, en, _, _ = SYL[lang]
    return pick(on) + pick(vo) + pick(en)


def invented_surname(lang):
    _, _, _, st, en = SYL[lang]
    s = pick(st) + pick(en)
    if lang == "nl" and chance(0.3):
        s = pick(["van ", "de ", "van der "]) + s
    if lang == "pt" and chance(0.2):
        s = pick(["da ", "dos "]) + s
    return s


FEMALE = set("""Olivia Emily Chloe Grace Ruby Hannah Megan Sarah Rebecca Lucy Keisha Brianna Madison Kayla Harriet Imogen
Poppy Aoife Siobhan Saoirse Caoimhe Niamh Bronwyn Kylie Aroha Mere Kiri Brittany Geneviève Priya Ananya Lakshmi Deepa Kavya
Lindiwe Nomvula Anneke Zanele Ngozi Funmilayo Adaeze Chiamaka Wanjiru Akinyi Njeri Wambui Maricel Rhea Kristine Analyn Anna
Leonie Katharina Sabine Ursula Jana Hannelore Mareike Theresa Veronika Ursina Corinne Chloé Manon Océane Élodie Sandrine
Anne-Sophie Maëlle Awa Fatou Aminata Sanne Lotte Femke Anouk Marieke Inge Ilse Lucía Sofía Valentina Camila Martina Ximena
Begoña Giulia Chiara Federica Giorgia Ilaria Beatriz Inês Mariana Leonor Gabriela Letícia Layla Amara Agnieszka Zofia Sigrid
Astrid Elif Ayşe Nasrin Ivana Małgorzata Seo-yeon Rebecca Elizabeth Katherine Margaret Elisabeth Guadalupe Margaux""".split())
MALE_EXTRA = {"Christopher", "Jericho", "Francesco", "Sebastián", "Alejandro", "Maximilian"}
FEMALE |= {"María José", "Ana Clara", "Fatima Zahra", "Thi Lan", "Mei Ling"}
UNISEX = {"Camille", "Avery", "Manaia", "Oluwaseun", "Ji-woo", "Xin", "Wei"}
F_END = {"en": ("lyn", "wen", "rissa", "nna", "bel"), "de": ("rike", "trud", "hild", "linde", "wina", "gard"),
         "fr": ("line", "ette", "rine", "mée", "daine", "ssandre"), "nl": ("ke", "mijn", "trude", "lien", "tje", "wina"),
         "es": ("rela", "sinda", "mena", "liana", "tora"), "it": ("landa", "nilde", "sella", "lvia", "rina"),
         "pt": ("cinda", "nice", "ceu", "mara", "zete", "lina")}
M_END = {"en": ("ric", "don", "mond", "ton", "vin", "rick"), "de": ("wig", "mar", "bald", "fried", "muth"),
         "fr": ("lien", "tien", "bert", "ric"), "nl": ("rik", "dert", "bram", "nout"),
         "es": ("ciano", "dino", "ndro", "riel", "ndelio"), "it": ("nedetto", "rando", "ttorio", "mberto", "ldino"),
         "pt": ("ldo", "sário", "valdo", "gênio")}
ALL_REAL = {n for v in REAL_GIVEN.values() for n in v} | {g for g, _ in GLOBAL}


def sex_of(name):
    """'f', 'm' or None (unisex or unknown) for a given name of this generator."""
    if name in UNISEX:
        return None
    if name in FEMALE:
        return "f"
    if name in ALL_REAL or name in MALE_EXTRA:
        return "m"
    for lang in F_END:
        for e in M_END[lang]:  # "lien" is male in fr, female in nl: the male reading wins only for fr-built names
            if name.endswith(e) and not any(name.endswith(f) for f in F_END[lang]):
                return "m"
        for e in F_END[lang]:
            if name.endswith(e):
                return "f"
    return None


def _given(lang, region, invented):
    if invented:
        return invented_given(lang)
    if lang == "en" and chance(0.15):
        return pick(GLOBAL)[0]
    pool = REAL_GIVEN[lang] + REAL_GIVEN.get(region, []) * 2
    if lang == "en":
        pool = REAL_GIVEN["en"] + REAL_GIVEN.get(region, []) * 3
    return pick(pool)


def given(lang, region, invented=None, sex=None):
    if invented is None:
        invented = chance(0.5)
    for _ in range(60):
        g = _given(lang, region, invented)
        if sex is None or sex_of(g) in (None, sex):
            return g
    return g


def surname(lang, region, invented=None):
    if invented is None:
        invented = chance(0.5)
    if invented:
        return invented_surname(lang)
    pool = REAL_SURNAME[lang] + REAL_SURNAME.get(region, []) * 2
    if lang == "en":
        pool = REAL_SURNAME["en"] + REAL_SURNAME.get(region, []) * 3
    s = pick(pool)
    if lang == "es" and chance(0.4):
        s = s + " " + pick(REAL_SURNAME["es"])
    return s


def person(lang, region, sex=None):
    """(given, surname) with one coin for invented vs real; global names now and then."""
    if chance(0.12):
        for _ in range(40):
            g, s = pick(GLOBAL)
            if sex is None or sex_of(g) in (None, sex):
                return g, s
    inv = chance(0.5)
    return given(lang, region, inv, sex), surname(lang, region, inv)


def full(g, s, style=None):
    style = style or pick(["gs"] * 6 + ["ig", "sg", "SG", "low"])
    if style == "gs":
        return f"{g} {s}"
    if style == "ig":
        if "-" in g:
            return "-".join(x[0] + "." for x in g.split("-")) + f" {s}"
        if " " in g:
            return " ".join(x[0] + "." for x in g.split()) + f" {s}"
        return f"{g[0]}. {s}"
    if style == "sg":
        return f"{s}, {g}"
    if style == "SG":
        return f"{s.upper()}, {g}"
    if style == "low":
        return f"{g} {s}".lower()
    return f"{g} {s}"


NICK = {"James": "Jim", "Rebecca": "Becca", "Michael": "Mikey", "Daniel": "Dan", "Katharina": "Kathi",
        "Maximilian": "Maxi", "Alejandro": "Alex", "Francesco": "Checco", "João": "Joãozinho",
        "Valentina": "Vale", "Beatriz": "Bia", "Thomas": "Tommy", "Siobhan": "Shiv", "Oluwaseun": "Seun"}


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}
MABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
}
EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
          "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
          "twenty-ninth", "thirtieth", "thirty-first"]


def ordsuf(d):
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(lang, region, y, m, d, style=None):
    """Any written form of the date used in that language and region."""
    yy = f"{y % 100:02d}"
    mon = MONTHS[lang][m - 1]
    ab = MABBR[lang][m - 1]
    if region == "AT" and m == 1:
        mon = "Jänner"
    styles = {
        "en": ["num", "num2", "long", "abbr", "ord", "ordw", "iso", "dmy_long"],
        "de": ["dot", "dot2", "dotnz", "long", "abbr", "iso"],
        "fr": ["slash", "slash2", "long", "abbr", "iso", "dash"],
        "nl": ["dash", "dash2", "long", "abbr", "iso", "slash"],
        "es": ["slash", "slash2", "long", "de", "abbr", "iso", "dash"],
        "it": ["slash", "slash2", "long", "abbr", "iso", "dot"],
        "pt": ["slash", "slash2", "long", "de", "abbr", "iso", "dash"],
    }[lang]
    st = style or pick(styles)
    us = lang == "en" and region in ("US", "PH") or (lang == "en" and region == "CA" and chance(0.5))
    if st == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "en":
        if st == "num":
            return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
        if st == "num2":
            return f"{m}/{d}/{yy}" if us else f"{d}/{m}/{yy}"
        if st == "long":
            return f"{mon} {d}, {y}" if us else f"{d} {mon} {y}"
        if st == "abbr":
            return f"{ab}. {d}, {y}" if us else f"{d} {ab} {y}"
        if st == "ord":
            return f"{mon} {ordsuf(d)}, {y}" if us else f"{ordsuf(d)} {mon} {y}"
        if st == "ordw":
            return f"{mon} {EN_ORD[d - 1]}, {y}" if us else f"the {EN_ORD[d - 1]} of {mon} {y}"
        if st == "dmy_long":
            return f"{ordsuf(d)} of {mon}, {y}"
    if lang == "de":
        if st == "dot":
            return f"{d:02d}.{m:02d}.{y}"
        if st == "dot2":
            return f"{d:02d}.{m:02d}.{yy}"
        if st == "dotnz":
            return f"{d}.{m}.{y}"
        if st == "long":
            return f"{d}. {mon} {y}"
        if st == "abbr":
            return f"{d}. {ab} {y}"
    if st == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if st == "slash2":
        return f"{d}/{m}/{yy}"
    if st == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if st == "dash2":
        return f"{d}-{m}-{yy}"
    if st == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if st == "long":
        if lang == "fr":
            return f"{'1er' if d == 1 else d} {mon} {y}"
        if lang == "it":
            return f"{'1º' if d == 1 else d} {mon} {y}"
        if lang in ("es", "pt"):
            return f"{d} de {mon} de {y}"
        return f"{d} {mon} {y}"
    if st == "de":
        if lang == "es" and chance(0.3):
            return f"{d} de {mon} del {y}"
        return f"{d} de {mon} de {y}" if lang == "es" else f"{d} de {mon} de {y}"
    if st == "abbr":
        return f"{d} {ab} {y}"
    return f"{d:02d}/{m:02d}/{y}"


def dob(lang, region, y0=1938, y1=2018, style=None):
    y, m, d = ymd(y0, y1)
    return fmt_date(lang, region, y, m, d, style)


def odate(lang, region, y0=2025, y1=2027, style=None):
    y, m, d = ymd(y0, y1)
    return fmt_date(lang, region, y, m, d, style)


# ---------------------------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------------------------
ST = {
    "US": ["Maple Ridge Dr", "Oak St", "W 34th St", "Sycamore Ave", "Lakeview Blvd", "Pine Hollow Rd",
           "Martin Luther King Jr Blvd", "Cedar Ln", "N Clark St", "Elm Ct"],
    "UK": ["Kingsley Road", "Mill Lane", "Church Street", "Victoria Road", "Albert Terrace",
           "Beechwood Avenue", "The Crescent", "Station Road", "Nelson Street"],
    "IE": ["Dún Emer Park", "Main Street", "Castle Road", "Seafield Avenue", "Bóthar na Trá",
           "Oakpark Drive", "Patrick Street"],
    "AU": ["Wattle St", "Banksia Cres", "Parramatta Rd", "Lygon St", "Jacaranda Ave", "Macquarie St"],
    "NZ": ["Tui Crescent", "Ponsonby Road", "Kowhai Street", "Cuba Street", "Riddiford Street"],
    "CA": ["Birchmount Rd", "Rue Sainte-Catherine O", "Robson St", "Bank St", "Chemin Sainte-Foy",
           "Jasper Ave"],
    "IN": ["14th Cross, Indiranagar", "MG Road", "Linking Road, Bandra West", "Anna Salai",
           "Sector 21, Dwarka", "Jubilee Hills Road No. 36"],
    "ZA": ["Jacaranda Ave", "Jan Smuts Ave", "Long St", "Florida Rd", "Voortrekker Rd"],
    "NG": ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Ahmadu Bello Way", "Herbert Macaulay Way"],
    "KE": ["Kindaruma Road", "Ngong Road", "Moi Avenue", "Argwings Kodhek Road", "Riverside Drive"],
    "PH": ["Sen. Gil Puyat Ave", "Katipunan Ave", "Aurora Blvd", "J.P. Rizal St", "Mabini St"],
    "DE": ["Lindenstraße", "Hauptstraße", "Am Mühlbach", "Goethestraße", "Schillerplatz",
           "Bergmannstr.", "Kastanienallee", "Friedrich-Ebert-Straße", "Weidenweg"],
    "AT": ["Hauptplatz", "Mariahilfer Straße", "Linzer Gasse", "Schubertgasse", "Annenstraße"],
    "CH": ["Bahnhofstrasse", "Seefeldstrasse", "Rue de Lausanne", "Via Nassa", "Kramgasse"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "allée des Tilleuls",
           "rue de la République", "impasse du Moulin", "place Bellecour"],
    "BE": ["Rue de la Loi", "Kerkstraat", "Avenue Louise", "Meir", "Chaussée de Waterloo",
           "Rue Haute"],
    "SN": ["Rue Carnot", "Avenue Cheikh Anta Diop", "Rue 10, Sicap Liberté", "Route de Ngor"],
    "NL": ["Prinsengracht", "Dorpsstraat", "Kerkstraat", "Oudegracht", "Laan van Meerdervoort",
           "Julianalaan", "Molenweg"],
    "ES": ["C/ Mayor", "Calle de Alcalá", "Avda. Diagonal", "Carrer de Verdi", "Plaza del Pilar",
           "Calle San Vicente Ferrer"],
    "MX": ["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Hidalgo", "Av. Juárez"],
    "AR": ["Av. Corrientes", "Calle Florida", "Av. Santa Fe", "Gorriti", "Av. Rivadavia"],
    "CO": ["Calle 93", "Carrera 7", "Calle 10", "Carrera 43A", "Avenida 68"],
    "IT": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale Monza",
           "Piazza Santo Spirito", "Via dei Mille", "Via Mazzini"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
           "Rua Dom João V"],
    "BR": ["Rua das Flores", "Av. Paulista", "Rua Oscar Freire", "Rua Voluntários da Pátria",
           "Av. Sete de Setembro", "Rua XV de Novembro"],
}
CITY = {
    "US": [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
           ("Brooklyn", "NY", "112"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276")],
    "UK": [("Reading", "RG1"), ("Leeds", "LS6"), ("Bristol", "BS3"), ("Norwich", "NR2"),
           ("Cardiff", "CF10"), ("Glasgow", "G12")],
    "IE": [("Dublin 14", "D14"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
           ("Paddington", "QLD", "4064")],
    "NZ": [("Wellington", "6012"), ("Auckland", "1011"), ("Christchurch", "8011"), ("Dunedin", "9016")],
    "CA": [("Toronto", "ON", "M1N"), ("Montréal", "QC", "H3B"), ("Vancouver", "BC", "V6E"),
           ("Ottawa", "ON", "K1S"), ("Québec", "QC", "G1S"), ("Edmonton", "AB", "T5J")],
    "IN": [("Bengaluru", "560038"), ("Mumbai", "400050"), ("Chennai", "600002"), ("New Delhi", "110075"),
           ("Hyderabad", "500033")],
    "ZA": [("Pretoria", "0081"), ("Johannesburg", "2196"), ("Cape Town", "8001"), ("Durban", "4001")],
    "NG": [("Lagos", ""), ("Ikeja, Lagos", ""), ("Abuja", "900211"), ("Ibadan", "200212")],
    "KE": [("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100")],
    "PH": [("Makati City", "1200"), ("Quezon City", "1108"), ("Manila", "1000"), ("Cebu City", "6000")],
    "DE": [("Berlin", "10969"), ("München", "80331"), ("Köln", "50667"), ("Leipzig", "04109"),
           ("Hamburg", "22767"), ("Freiburg im Breisgau", "79098")],
    "AT": [("Graz", "8010"), ("Wien", "1060"), ("Salzburg", "5020"), ("Innsbruck", "6020")],
    "CH": [("Zürich", "8001"), ("Genève", "1201"), ("Lugano", "6900"), ("Bern", "3011")],
    "FR": [("Paris", "75011"), ("Lyon", "69003"), ("Nantes", "44000"), ("Marseille", "13006"),
           ("Toulouse", "31000")],
    "BE": [("Bruxelles", "1000"), ("Gent", "9000"), ("Antwerpen", "2000"), ("Liège", "4000")],
    "SN": [("Dakar", ""), ("Thiès", ""), ("Saint-Louis", "")],
    "NL": [("Amsterdam", "1016"), ("Utrecht", "3511"), ("Den Haag", "2517"), ("Groningen", "9711"),
           ("Zwolle", "8011")],
    "ES": [("Madrid", "28013"), ("Barcelona", "08012"), ("Zaragoza", "50003"), ("Sevilla", "41004")],
    "MX": [("Ciudad de México, CDMX", "03940"), ("Guadalajara, Jal.", "44100"), ("Monterrey, N.L.", "64000")],
    "AR": [("CABA", "C1043AAZ"), ("Rosario, Santa Fe", "S2000"), ("Córdoba", "X5000")],
    "CO": [("Bogotá", "110221"), ("Medellín", "050021"), ("Cali", "760001")],
    "IT": [("Milano", "20121", "MI"), ("Torino", "10123", "TO"), ("Roma", "00185", "RM"),
           ("Bologna", "40126", "BO"), ("Napoli", "80134", "NA")],
    "PT": [("Lisboa", "1100-053"), ("Porto", "4000-443"), ("Braga", "4700-321"), ("Coimbra", "3000-150")],
    "BR": [("São Paulo - SP", "01415-000"), ("Rio de Janeiro - RJ", "22071-000"),
           ("Belo Horizonte - MG", "30130-010"), ("Porto Alegre - RS", "90010-150")],
}
COUNTRY = {"US": "USA", "UK": "United Kingdom", "IE": "Ireland", "AU": "Australia", "NZ": "New Zealand",
           "CA": "Canada", "IN": "India", "ZA": "South Africa", "NG": "Nigeria", "KE": "Kenya",
           "PH": "Philippines", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France",
           "BE": "Belgique", "SN": "Sénégal", "NL": "Nederland", "ES": "España", "MX": "México",
           "AR": "Argentina", "CO": "Colombia", "IT": "Italia", "PT": "Portugal", "BR": "Brasil"}


def _letters(n):
    return "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def address(region, sep=", ", country=None):
    """A postal address in the country's format; sep="\\n" for a multi-line block."""
    c = R.randint(1, 240)
    st = pick(ST[region])
    cy = pick(CITY[region])
    lines = []
    if region == "US":
        unit = pick(["", "", f"Apt {R.randint(1, 30)}{pick('ABCD')}", f"Unit {R.randint(100, 999)}",
                     f"Ste {R.randint(100, 400)}"])
        lines.append(f"{R.randint(10, 9999)} {st}" + (f", {unit}" if unit and sep == ", " else ""))
        if unit and sep != ", ":
            lines.append(unit)
        if chance(0.15):
            lines = [f"PO Box {R.randint(100, 99999)}"]
        lines.append(f"{cy[0]}, {cy[1]} {cy[2]}{R.randint(10, 99)}")
    elif region == "UK":
        if chance(0.3):
            lines.append(pick([f"Flat {R.randint(1, 12)}", "Rose Cottage", "The Old Rectory",
                               f"Flat {R.randint(1, 9)}{pick('ab')}, Waverley House"]))
        lines.append(f"{c} {st}")
        if chance(0.3):
            lines.append(pick(["Headingley", "Little Hadham", "Clifton", "Canton", "Roath"]))
        lines.append(f"{cy[0]} {cy[1]} {R.randint(1, 9)}{_letters(2)}")
    elif region == "IE":
        if chance(0.3):
            lines.append(f"Apt {R.randint(1, 60)}, {pick(['The Maltings', 'Harbour Court', 'Block C, Smithfield Village'])}")
        lines.append(f"{c} {st}")
        if chance(0.4):
            lines.append(pick(["Dundrum", "Ballincollig", "Salthill", "Castletroy"]))
        lines.append(f"{cy[0]}")
        lines.append(f"{cy[1]} {_letters(1)}{R.randint(1, 9)}{_letters(1)}{R.randint(1, 9)}")
        if chance(0.3):
            lines[-2] = lines[-2] + ("," if sep == "\n" else "")
            lines[-2:] = [lines[-2] + " " + lines[-1]] if sep == "\n" else lines[-2:]
    elif region == "AU":
        pre = pick(["", "", f"Unit {R.randint(1, 20)}/", f"{R.randint(1, 20)}/"])
        if pre.startswith("Unit") and chance(0.5):
            lines.append(f"Unit {R.randint(1, 20)}")
            pre = ""
        lines.append(f"{pre}{c} {st}")
        lines.append(f"{cy[0]} {cy[1]} {cy[2]}")
    elif region == "NZ":
        if chance(0.3):
            lines.append(f"Flat {R.randint(1, 6)}")
        lines.append(f"{c} {st}")
        if chance(0.5):
            lines.append(pick(["Karori", "Grey Lynn", "Riccarton", "Mornington"]))
        lines.append(f"{cy[0]} {cy[1]}")
    elif region == "CA":
        pc = f"{cy[2]} {R.randint(1, 9)}{_letters(1)}{R.randint(1, 9)}"
        unit = f"{R.randint(101, 2405)}-" if chance(0.4) else ""
        lines.append(f"{unit}{c * 7} {st}")
        lines.append(f"{cy[0]} {cy[1]} {pc}" if chance(0.5) else f"{cy[0]}, {cy[1]} {pc}")
    elif region == "IN":
        if chance(0.6):
            lines.append(pick([f"Flat {R.randint(101, 1204)}, Sai Krupa Apartments",
                               f"#{R.randint(1, 999)}, 2nd Floor", f"Plot {R.randint(1, 300)}",
                               f"B-{R.randint(1, 400)}, Green Park Society"]))
            lines.append(st)
        else:
            lines.append(f"{R.randint(1, 300)}, {st}")
        lines.append(f"{cy[0]} {cy[1]}" if chance(0.5) else f"{cy[0]} - {cy[1]}")
    elif region == "ZA":
        if chance(0.3):
            lines.append(f"{R.randint(1, 40)} {pick(['Sunset Villas', 'Bellevue Court', 'Erf 2214'])}")
        lines.append(f"{c} {st}")
        lines.append(pick(["Lynnwood", "Rosebank", "Gardens", "Morningside"]))
        lines.append(f"{cy[0]}")
        lines.append(cy[1])
        if sep == ", " and chance(0.5):
            lines[-2:] = [f"{cy[0]}, {cy[1]}"]
    elif region == "NG":
        lines.append(f"{R.randint(1, 120)} {st}")
        lines.append(pick(["Victoria Island", "Ikoyi", "Wuse II", "Bodija", "Surulere"]))
        lines.append(cy[0] + (f" {cy[1]}" if cy[1] else ""))
        if chance(0.4):
            lines.append(pick(["Lagos State", "FCT", "Oyo State"]))
    elif region == "KE":
        if chance(0.4):
            lines.append(f"P.O. Box {R.randint(100, 99999)}-{cy[1]}")
            lines.append(cy[0])
        else:
            lines.append(pick([f"House No. {R.randint(1, 60)}", f"Apt {R.randint(1, 30)}{pick('ABC')}, Kilimani Heights"]))
            lines.append(st)
            lines.append(cy[0])
    elif region == "PH":
        if chance(0.5):
            lines.append(f"Unit {R.randint(1, 40)}{pick('ABCDEF')}, Tower {R.randint(1, 3)}, Avida Residences")
        lines.append(f"{R.randint(1, 999)} {st}")
        lines.append(pick(["Brgy. San Antonio", "Brgy. Loyola Heights", "Ermita", "Lahug"]))
        lines.append(f"{cy[0]} {cy[1]}")
    elif region in ("DE", "AT", "CH"):
        num = f"{R.randint(1, 120)}{pick(['', '', '', 'a', 'b'])}"
        if region == "AT" and chance(0.5):
            num = f"{R.randint(1, 60)}/{R.randint(1, 9)}/{R.randint(1, 20)}"
        if region == "CH" and st.startswith("Rue"):
            lines.append(f"{st} {num}")
        elif region == "CH" and st.startswith("Via"):
            lines.append(f"{st} {num}")
        else:
            lines.append(f"{st} {num}")
        if chance(0.25):
            lines.insert(0, pick(["c/o Familie Brenner", "Hinterhaus, 3. OG", "Whg. 12", "2. Stock links"]))
            if lines[0].startswith("c/o"):
                lines.pop(0)
                lines.append(pick(["3. OG", "Whg. 4"]))
        lines.append(f"{cy[1]} {cy[0]}")
        if region in ("AT", "CH") and chance(0.3):
            lines[-1] = ("A-" if region == "AT" else "CH-") + lines[-1]
    elif region == "FR":
        if chance(0.3):
            lines.append(pick([f"Bât. {pick('ABC')}, esc. {R.randint(1, 4)}", f"Résidence Les Pins, apt {R.randint(1, 80)}"]))
        lines.append(f"{R.randint(1, 140)}{pick(['', '', ' bis', ' ter'])} {st}")
        lines.append(f"{cy[1]} {cy[0]}" + (" CEDEX" if chance(0.05) else ""))
    elif region == "BE":
        if st[0].isupper() and st in ("Kerkstraat", "Meir"):
            lines.append(f"{st} {R.randint(1, 200)}" + (f" bus {R.randint(1, 12)}" if chance(0.5) else ""))
        else:
            lines.append(f"{st} {R.randint(1, 300)}" + (f", boîte {R.randint(1, 12)}" if chance(0.4) else ""))
        lines.append(f"{cy[1]} {cy[0]}")
    elif region == "SN":
        lines.append(pick([f"Villa {R.randint(1, 400)}, Cité Keur Gorgui", f"{R.randint(1, 90)} {st}",
                           f"Immeuble Fahd, {R.randint(1, 90)} {st}"]))
        lines.append(cy[0])
    elif region == "NL":
        num = f"{R.randint(1, 400)}{pick(['', '', '-1', '-III', ' A', 'bis'])}"
        lines.append(f"{st} {num}")
        lines.append(f"{cy[1]} {_letters(2)} {cy[0]}" if chance(0.6) else f"{cy[1]}{_letters(2)} {cy[0].upper()}")
    elif region == "ES":
        lines.append(f"{st}, {R.randint(1, 140)}" + pick(["", f", {R.randint(1, 8)}º {pick('ABCD')}",
                                                       f", {R.randint(1, 6)}.º izq."]))
        lines.append(f"{cy[1]} {cy[0]}")
    elif region == "MX":
        lines.append(f"{st} {R.randint(10, 2600)}" + (f", Int. {R.randint(1, 40)}" if chance(0.5) else ""))
        lines.append(pick(["Col. Crédito Constructor", "Col. Roma Norte", "Col. Americana", "Col. Centro"]))
        lines.append(f"{cy[1]} {cy[0]}" if chance(0.6) else f"C.P. {cy[1]}, {cy[0]}")
    elif region == "AR":
        lines.append(f"{st} {R.randint(100, 5000)}" + pick(["", f", Piso {R.randint(1, 12)}, Depto. {pick('ABCD')}",
                                                         f" {R.randint(1, 12)}º {pick('ABC')}"]))
        lines.append(f"{cy[1]} {cy[0]}")
    elif region == "CO":
        lines.append(f"{st} # {R.randint(1, 120)}{pick(['', 'A', 'B'])}-{R.randint(1, 99)}" +
                     (f", Apto {R.randint(101, 1204)}" if chance(0.5) else ""))
        lines.append(cy[0] + (f", {pick(['Cundinamarca', 'Antioquia', 'Valle del Cauca'])}" if chance(0.3) else ""))
    elif region == "IT":
        lines.append(f"{st}, {R.randint(1, 200)}" if chance(0.5) else f"{st} {R.randint(1, 200)}")
        if chance(0.2):
            lines.append(f"scala {pick('ABC')}, int. {R.randint(1, 30)}")
        lines.append(f"{cy[1]} {cy[0]}" + (f" ({cy[2]})" if chance(0.5) else ""))
    elif region == "PT":
        lines.append(f"{st}, {R.randint(1, 200)}" + pick(["", f", {R.randint(1, 6)}.º Esq.", f", {R.randint(1, 6)}º Dto"]))
        lines.append(f"{cy[1]} {cy[0]}")
    elif region == "BR":
        lines.append(f"{st}, {R.randint(1, 2000)}" + pick(["", f", apto {R.randint(11, 184)}", f" - Bloco B, ap. {R.randint(11, 99)}"]))
        lines.append(pick(["Jardim Paulista", "Botafogo", "Savassi", "Centro Histórico", "Bela Vista"]))
        lines.append(f"{cy[0]}, {cy[1]}" if chance(0.5) else f"{cy[1]} {cy[0]}")
    if country or (country is None and chance(0.15)):
        lines.append(COUNTRY[region])
    return sep.join(lines)


def region_for(lang, region):
    """Country of the address for a locale."""
    return {"US": "US"}.get(region, region) if region in ST else "US"


# ---------------------------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------------------------
DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "hotmail.com"],
           "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be", "videotron.ca"],
           "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl"],
           "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.com.ar"],
           "it": ["libero.it", "tiscali.it", "virgilio.it", "alice.it"],
           "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br"]}

_TR = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýşğıłńśźżćčšžđ'",
                    "aaaaaaceeeeiiiinoooooouuuuysgilnszzccszd-")


def ascii_slug(s):
    return "".join(ch for ch in s.lower().translate(_TR).replace(" ", "") if ch.isalnum() or ch in ".-_")


def email_for(g, s, lang, domain=None):
    a, b = ascii_slug(g), ascii_slug(s)
    local = pick([f"{a}.{b}", f"{a[0]}{b}", f"{a}{R.randint(1, 99)}", f"{b}.{a}", f"{a}_{b}{R.randint(70, 99)}"])
    return f"{local}@{domain or pick(DOMAINS[lang])}"


# ---------------------------------------------------------------------------------------------
# look-alikes
# ---------------------------------------------------------------------------------------------
FAMOUS = [("Marie Curie", 1867, 11, 7), ("Albert Einstein", 1879, 3, 14), ("Frida Kahlo", 1907, 7, 6),
          ("Nelson Mandela", 1918, 7, 18), ("Simón Bolívar", 1783, 7, 24), ("Johann Sebastian Bach", 1685, 3, 31),
          ("Fernando Pessoa", 1888, 6, 13), ("Chinua Achebe", 1930, 11, 16), ("Rabindranath Tagore", 1861, 5, 7),
          ("Wangari Maathai", 1940, 4, 1), ("Jacques Brel", 1929, 4, 8), ("Ada Lovelace", 1815, 12, 10),
          ("Gabriel García Márquez", 1927, 3, 6), ("Rita Levi-Montalcini", 1909, 4, 22),
          ("Clarice Lispector", 1920, 12, 10), ("Annie M.G. Schmidt", 1911, 5, 20),
          ("Hannah Arendt", 1906, 10, 14), ("Léopold Sédar Senghor", 1906, 10, 9), ("Emmy Noether", 1882, 3, 23),
          ("Vincent van Gogh", 1853, 3, 30), ("Sophie Scholl", 1921, 5, 9), ("Mahatma Gandhi", 1869, 10, 2),
          ("Jane Austen", 1775, 12, 16), ("Eva Perón", 1919, 5, 7), ("Maria Montessori", 1870, 8, 31),
          ("Amália Rodrigues", 1920, 7, 23), ("Miriam Makeba", 1932, 3, 4), ("Oscar Niemeyer", 1907, 12, 15)]
TERMS = ["Alzheimer's disease", "Parkinson's disease", "Asperger syndrome", "Bunsen burner", "Caesar salad",
         "Fibonacci sequence", "Gaussian blur", "Pascal's triangle", "Hodgkin lymphoma", "Down syndrome",
         "Heimlich maneuver", "Halley's Comet", "Diesel engine", "Eggs Benedict", "Beef Wellington",
         "Boolean algebra", "Kalman filter", "Levenshtein distance", "Dijkstra's algorithm", "Petri dish",
         "Morse code", "Braille alphabet", "Celsius scale", "Doppler effect", "Tourette syndrome",
         "Pavlovian conditioning", "Freudian slip", "Fahrenheit", "Bechamel sauce", "Nash equilibrium",
         "Stockholm syndrome", "Peter Pan collar", "Salk vaccine", "Achilles tendon", "Bloody Mary"]
ORGS = ["Johns Hopkins University", "Ernst & Young", "Siemens", "Philips", "Peugeot", "Ferrari", "Louis Vuitton",
        "Hugo Boss", "Dr. Oetker", "Ben & Jerry's", "Marks & Spencer", "Sainsbury's", "Goethe-Institut",
        "Max-Planck-Institut", "Lycée Victor Hugo", "Colegio San José", "Trinity College", "St Patrick's Athletic",
        "Escola Machado de Assis", "Liceo Galileo Galilei", "Ospedale San Raffaele", "Wellcome Trust",
        "Fundación Juan March", "Kellogg's", "McDonald's", "Walt Disney Company", "Anne Frank Huis",
        "Heineken", "Fondation Louis Vuitton", "SC Victoria Hamburg", "Harry Ramsden's", "Tata Consultancy Services",
        "Robert Bosch GmbH", "Boots", "Colégio Santa Maria", "FC St. Pauli", "Nobel Foundation"]
PRODUCTS = ["Tesla Model 3", "Jack Daniel's", "Johnnie Walker", "Mercedes-Benz C-Klasse", "Ford Fiesta",
            "Alexa", "Siri", "Dyson V15", "Kinder Bueno", "Dom Pérignon", "Ray-Ban Wayfarer",
            "Tommy Hilfiger jacket", "Ralph Lauren polo", "Peugeot 208", "Renault Clio", "Fiat Panda",
            "Opel Corsa", "Porsche Cayenne", "Chanel No. 5", "Jenkins", "Ruby on Rails", "Hennessy VS",
            "Lamborghini Urus", "Toyota Corolla", "Cortana", "Jameson", "Moët & Chandon", "Lancia Ypsilon"]
PLACES = ["Victoria", "Florence", "Adelaide", "Charlotte", "Georgetown", "San José", "Santa Isabel",
          "Elizabeth Street", "Rue Victor Hugo", "Saint-Denis", "Lake Louise", "Port Elizabeth", "Alexandria",
          "Sofia", "Regina", "Lourdes", "Marienplatz", "Piazza Garibaldi", "Avenida Paulista",
          "Jan Smuts Avenue", "Mandela Bridge", "Santa Maria Novella", "Sankt Augustin", "Kingston",
          "Wilhelmina Park", "Plaza San Martín", "Beatrixpark", "Josephine Butler House", "Darwin", "Hamilton"]
PETS = ["Bella", "Oscar", "Max", "Luna", "Gerald", "Daisy", "Rocky", "Mochi", "Frida", "Balou", "Nala", "Kiki",
        "Pipoca", "Tito", "Minou", "Bruno", "Simba", "Coco", "Whiskers", "Mister Pickles", "Fritzi", "Duque"]
PET_KIND = {"en": ["dog", "cat", "rabbit", "hamster", "pony", "puppy", "kitten"],
            "de": ["Hund", "Katze", "Kater", "Hase", "Pony"], "fr": ["chien", "chat", "chatte", "lapin"],
            "nl": ["hond", "kat", "konijn", "poes"], "es": ["perro", "gata", "perrita", "conejo"],
            "it": ["cane", "gatto", "gattina", "coniglio"], "pt": ["cachorro", "gata", "cadela", "coelho"]}


def code():
    return pick([f"JIRA-{R.randint(100, 9999)}", f"ORD-{R.randint(10000, 99999)}", f"v{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                 f"INC{R.randint(1000000, 9999999)}", f"#{R.randint(100, 9999)}", f"TKT-{R.randint(1000, 99999)}",
                 f"REF {_letters(3)}{R.randint(1000, 9999)}", f"PNR {_letters(6)}", f"AZ-{R.randint(10, 99)}-{R.randint(1000, 9999)}"])


# ---------------------------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------------------------
RECORDS = []


class Neg(str):
    """A look-alike's text inside a record (left alone by typo())."""


class Rec:
    def __init__(self, family, lang, region):
        self.family, self.lang, self.region = family, lang, region
        self.parts = []
        self.look = []

    def t(self, *xs):
        self.parts.extend(xs)
        return self

    def neg(self, typ, value):
        self.look.append({"type": typ, "value": value})
        return Neg(value)

    def lower(self):
        self.parts = lowered(self.parts)
        for lv in self.look:
            lv["value"] = lv["value"].lower()

    def done(self, tid):
        text, spans = "", []
        for x in self.parts:
            if isinstance(x, tuple):
                typ, v = x
                if not v:
                    continue
                spans.append({"entity_type": typ, "entity_value": v, "start_position": len(text),
                              "end_position": len(text) + len(v)})
                text += v
            else:
                text += x
        for s in spans:
            assert text[s["start_position"]:s["end_position"]] == s["entity_value"], s
            assert s["entity_value"] == s["entity_value"].strip(), s
        for lv in self.look:
            assert lv["value"] in text, (lv, text)
        # bench_accuracy reads look-alikes as positioned labels: the first occurrence of each
        # value (added by the lead at merge; the author listed types and values only).
        looks = []
        for lv in self.look:
            at = text.find(lv["value"])
            looks.append({"label": lv["type"], "value": lv["value"], "start_position": at,
                          "end_position": at + len(lv["value"])})
        RECORDS.append({"full_text": text, "spans": spans, "template_id": f"h6_{tid}",
                        "metadata": {"family": self.family, "lang": self.lang, "region": self.region,
                                     "pii_free": not spans, "lookalikes": looks}})


def join_names(parts_list, conj):
    """[P(a), P(b), P(c)] -> [P(a), ', ', P(b), ' and ', P(c)]."""
    out = []
    for i, p in enumerate(parts_list):
        if i:
            c = conj
            if conj == "y" and p[1][:1] in "IiÍí" or (conj == "y" and p[1][:2] in ("Hi", "hi") and p[1][:3] not in ("Hie", "hie")):
                c = "e"
            out.append(f" {c} " if i == len(parts_list) - 1 else ", ")
        out.append(p)
    return out


CONJ = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}


def F(_tpl, **kw):
    """'Hi {a}, meet {b}' with a=P('Ana') -> pieces; values may be str, typed tuples or piece lists."""
    import string
    out = []
    for lit, field, _spec, _conv in string.Formatter().parse(_tpl):
        if lit:
            out.append(lit)
        if field is not None:
            v = kw[field]
            if isinstance(v, list):
                out.extend(v)
            else:
                out.append(v)
    return out


def L(lang, d):
    """The text for the record's language (English when the dict has no entry)."""
    return d.get(lang, d.get("en", ""))


BILLP = {"en": "Billing period", "de": "Abrechnungszeitraum", "fr": "Période de facturation", "nl": "Periode",
         "es": "Periodo de facturación", "it": "Periodo di fatturazione", "pt": "Período de faturação"}


def lazy(tpl, kw):
    """Evaluate only the fields the template uses (so unused look-alikes are not recorded)."""
    import string
    used = [f for _l, f, _s, _c in string.Formatter().parse(tpl) if f]
    out = {}
    for f in used:
        if f not in out:
            out[f] = kw[f]()
    return out


def lowered(parts):
    return [(p[0], p[1].lower()) if isinstance(p, tuple) else p.lower() for p in parts]


def typo(s):
    for a, b in [("tomorrow", "tomorow"), ("please", "pls"), ("write", "wirte"), ("because", "bc"),
                 ("thanks", "thx"), ("should", "shoud"), ("birthday", "bday"), ("you", "u")]:
        if a in s and chance(0.5):
            s = s.replace(a, b)
    return s


def loc_of(lang=None):
    if lang is None:
        return any_locale()
    return lang, pick(LOCALES[lang])


def ppl(lang, region, n, style="gs"):
    out = []
    for _ in range(n):
        g, s = person(lang, region)
        out.append((g, s, full(g, s, style) if style else g))
    return out


TEMPLATES = []


def template(weight):
    def deco(fn):
        TEMPLATES.append((fn, weight))
        return fn
    return deco


# ============================================================================================
# PII templates
# ============================================================================================
@template(44)
def chat_prompt_en():
    lang, region = "en", pick(EN_REGIONS)
    r = Rec("chatbot_prompt", lang, region)
    v = R.randint(0, 11)
    g1, s1 = person(lang, region, {0: "m", 1: "f", 2: "f", 3: "m", 6: "f", 8: "f", 10: "m"}.get(v))
    g2, s2 = person(lang, region)
    g3 = given(lang, region, sex="m" if v == 0 else None)
    if v == 10:
        fam = pick(FAMOUS)
        y, m, d = ymd(2000, 2016)
        r.t(*F("my son {a} was born on {d}, same day and month as {f} ({fd}) lol. write him a birthday card that mentions it",
               a=P(g1), d=D(fmt_date(lang, region, y, fam[2], fam[3])), f=r.neg("NEG_FAMOUS", fam[0]),
               fd=r.neg("NEG_DATE", fmt_date(lang, region, *fam[1:]))))
    elif v == 11:
        st = pick(["long", "num", "ord", "abbr", "iso"])
        r.t(*F("our twins {a} and {b} were born {d} and our {k} {p} was born {pd}. plan a joint party theme for all three",
               a=P(g1), b=P(g3), d=D(dob(lang, region, 2015, 2021, st)), k=pick(PET_KIND[lang]), p=r.neg("NEG_PET", pick(PETS)),
               pd=r.neg("NEG_DATE", odate(lang, region, 2015, 2021, st))))
    elif v == 0:
        r.t(*F("write a toast for my brother {a}'s wedding to {b}. they met at {org} and {c} is the best man, keep it under 2 min",
               a=P(g1), b=P(g2), org=r.neg("NEG_ORG", pick(ORGS)), c=P(g3)))
    elif v == 1:
        r.t(*F("help me reply to {a}, she wants to move the babysitting to friday but {b} cant do fridays because of swim practice. polite but firm",
               a=P(g1), b=P(g3)))
    elif v == 2:
        r.t(*F("can you write a short poem for my grandma {a}? she was born on {d} in {city} and still makes the best {term}",
               a=P(f"{g1} {s1}"), d=D(dob(lang, region, 1930, 1950)), city=pick(CITY[region])[0],
               term=r.neg("NEG_TERM", pick(["Beef Wellington", "Eggs Benedict", "Caesar salad", "Bechamel sauce"]))))
    elif v == 3:
        r.t(*F("my son {a} (dob {d}) needs his passport renewed before {t}, what do i need to bring",
               a=P(f"{g1} {s1}"), d=D(dob(lang, region, 2008, 2020)), t=r.neg("NEG_DATE", odate(lang, region))))
    elif v == 4:
        r.t(*F("draft a letter to my landlord {a} at {addr} about the heating, it's been broken since {t}",
               a=P(full(g1, s1, "gs")), addr=A(address(region, ", ")), t=r.neg("NEG_DATE", odate(lang, region, 2025, 2025))))
    elif v == 5:
        pk, pet = pick(PET_KIND[lang]), pick(PETS)
        r.t(*F("pls make a thank you note for {a} and {b} for looking after our {k} {p} while we were in {pl}",
               a=P(g1), b=P(g3), k=pk, p=r.neg("NEG_PET", pet), pl=r.neg("NEG_PLACE", pick(["Florence", "Adelaide", "Victoria", "Lourdes", "Alexandria"]))))
    elif v == 6:
        r.t(*F("whats a good gift for {a}? shes turning 30 on {t}, into hiking and {p}",
               a=P(g1), t=r.neg("NEG_DATE", odate(lang, region, 2026, 2026, "long")), p=r.neg("NEG_PRODUCT", pick(["Ray-Ban Wayfarer", "Dyson V15", "Chanel No. 5"]))))
    elif v == 7:
        r.t(*F("rewrite this so it sounds less angry: {a} you promised the deposit back by {t} and its still not here. my new address is {addr}",
               a=P(g1), t=r.neg("NEG_DATE", odate(lang, region, 2025, 2025)), addr=A(address(region, ", "))))
    elif v == 8:
        r.t(*F("my daughter {a} was born {d}, how old will she be when she can start school in {pl}",
               a=P(g1), d=D(dob(lang, region, 2020, 2024)), pl=region_name(region)))
    else:
        r.t(*F("is it weird to invite {a} and {b} to my 40th if {c} from work is coming too",
               a=P(g1), b=P(f"{g2} {s2}"), c=P(f"{g3} {s1}")))
    if chance(0.5):
        r.lower()
    r.parts = [typo(x) if isinstance(x, str) and not isinstance(x, Neg) else x for x in r.parts]
    r.done(f"chat_prompt_en_{v}")


def region_name(region):
    return {"US": "Ohio", "UK": "England", "IE": "Ireland", "AU": "Victoria", "NZ": "New Zealand",
            "CA": "Ontario", "IN": "Karnataka", "ZA": "Gauteng", "NG": "Lagos State", "KE": "Kenya",
            "PH": "the Philippines"}.get(region, COUNTRY.get(region, region))


CHAT_L = {
    "de": ["schreib eine rede für die hochzeit von meiner schwester {a} und {b}, sie haben sich bei {org} kennengelernt",
           "hilf mir {a} zu antworten, sie will das babysitten auf freitag legen aber {b} kann nicht",
           "kannst du ein gedicht für oma {a} schreiben? sie ist am {d} geboren und kocht immer noch am besten",
           "mein sohn {a} (geb. {d}) braucht einen neuen reisepass, was muss ich mitbringen",
           "schreib einen brief an meinen vermieter {a}, {addr}, wegen der heizung"],
    "fr": ["écris un discours pour le mariage de mon frère {a} avec {b}, ils se sont rencontrés chez {org}",
           "aide-moi à répondre à {a}, elle veut décaler la garde des enfants au vendredi mais {b} ne peut pas",
           "tu peux écrire un petit poème pour mamie {a} ? elle est née le {d} et fait encore le meilleur gâteau",
           "mon fils {a} (né le {d}) doit refaire son passeport, quels papiers il faut",
           "rédige une lettre à mon propriétaire {a}, {addr}, pour le chauffage"],
    "nl": ["schrijf een speech voor de bruiloft van mijn broer {a} en {b}, ze leerden elkaar kennen bij {org}",
           "help me {a} te antwoorden, ze wil het oppassen naar vrijdag verzetten maar {b} kan niet",
           "kun je een gedichtje maken voor oma {a}? ze is geboren op {d} en bakt nog steeds de lekkerste taart",
           "mijn zoon {a} (geb. {d}) heeft een nieuw paspoort nodig, wat moet ik meenemen",
           "schrijf een brief aan mijn huisbaas {a}, {addr}, over de verwarming"],
    "es": ["escribe un brindis para la boda de mi hermano {a} y {b}, se conocieron en {org}",
           "ayúdame a contestar a {a}, quiere pasar lo de cuidar a los niños al viernes pero {b} no puede",
           "me escribes un poema para mi abuela {a}? nació el {d} y sigue haciendo el mejor flan",
           "mi hijo {a} (fecha de nacimiento {d}) necesita renovar el pasaporte, qué papeles llevo",
           "redacta una carta a mi casero {a}, {addr}, por lo de la calefacción"],
    "it": ["scrivi un brindisi per il matrimonio di mio fratello {a} con {b}, si sono conosciuti da {org}",
           "aiutami a rispondere a {a}, vuole spostare la babysitter a venerdì ma {b} non può",
           "mi scrivi una poesia per nonna {a}? è nata il {d} e fa ancora il ragù più buono",
           "mio figlio {a} (nato il {d}) deve rinnovare il passaporto, cosa devo portare",
           "scrivi una lettera al mio padrone di casa {a}, {addr}, per il riscaldamento"],
    "pt": ["escreve um brinde para o casamento do meu irmão {a} com {b}, eles se conheceram na {org}",
           "me ajuda a responder a {a}, ela quer mudar a babá pra sexta mas {b} não pode",
           "pode escrever um poema para a vó {a}? ela nasceu em {d} e ainda faz o melhor bolo",
           "meu filho {a} (nascido em {d}) precisa renovar o passaporte, que documentos levo",
           "escreve uma carta para o meu senhorio {a}, {addr}, por causa do aquecimento"],
}


@template(40)
def chat_prompt_l():
    lang = pick(list(CHAT_L))
    region = pick(LOCALES[lang])
    r = Rec("chatbot_prompt", lang, region)
    v = R.randrange(5)
    sx = {0: "f" if lang == "de" else "m", 1: "f", 2: "f", 3: "m", 4: "m"}[v]
    g1, s1 = person(lang, region, sx)
    g2 = given(lang, region)
    kw = {}
    if v == 0:
        kw = dict(a=P(g1), b=P(g2), org=r.neg("NEG_ORG", pick(ORGS)))
    elif v == 1:
        kw = dict(a=P(g1), b=P(g2))
    elif v == 2:
        kw = dict(a=P(f"{g1} {s1}" if chance(0.6) else g1), d=D(dob(lang, region, 1930, 1952)))
    elif v == 3:
        kw = dict(a=P(g1), d=D(dob(lang, region, 2006, 2020)))
    else:
        kw = dict(a=P(f"{g1} {s1}"), addr=A(address(region, ", ")))
    r.t(*F(CHAT_L[lang][v], **kw))
    if chance(0.5):
        r.lower()
    r.done(f"chat_prompt_{lang}_{v}")


@template(18)
def letter_card():
    lang, region = loc_of()
    r = Rec("letter_card", lang, region)
    g1, s1 = person(lang, region)
    g2, s2 = person(lang, region, "f")
    kids = [given(lang, region) for _ in range(R.randint(1, 2))]
    d = odate(lang, region, 2025, 2026)
    hello = {"en": "Dear", "de": "Liebe", "fr": "Chère", "nl": "Lieve", "es": "Querida", "it": "Cara", "pt": "Querida"}[lang]
    body = {"en": "Thank you so much for the lovely present for {kids}. We finally moved in and the garden is a jungle. Come visit whenever you like!",
            "de": "vielen Dank für das schöne Geschenk für {kids}. Wir sind endlich eingezogen und der Garten ist ein Dschungel. Besucht uns, wann ihr wollt!",
            "fr": "merci mille fois pour le joli cadeau pour {kids}. Nous avons enfin emménagé et le jardin est une jungle. Passez quand vous voulez !",
            "nl": "heel erg bedankt voor het mooie cadeau voor {kids}. We zijn eindelijk verhuisd en de tuin is een jungle. Kom gerust langs!",
            "es": "muchísimas gracias por el regalo para {kids}. Por fin nos mudamos y el jardín es una selva. ¡Venid cuando queráis!",
            "it": "grazie mille per il bel regalo per {kids}. Finalmente ci siamo trasferiti e il giardino è una giungla. Venite quando volete!",
            "pt": "muito obrigada pelo presente lindo para {kids}. Finalmente nos mudamos e o jardim é uma selva. Venham quando quiserem!"}[lang]
    bye = {"en": "Love,", "de": "Alles Liebe,", "fr": "Bisous,", "nl": "Liefs,", "es": "Un abrazo,", "it": "Un abbraccio,", "pt": "Beijos,"}[lang]
    nl = "\n"
    r.t(*F("{name}" + nl + "{addr}" + nl + nl + "{d}" + nl + nl, name=P(full(g1, s1, "gs")), addr=A(address(region, nl)),
           d=r.neg("NEG_DATE", d)))
    r.t(*F(hello + " {a}," + nl + nl + body + nl + nl + bye + nl + "{b}", a=P(g2), kids=join_names([P(k) for k in kids], CONJ[lang]), b=P(g1)))
    if chance(0.4):
        r.t(*F(nl + nl + "P.S. {pet} says hi", pet=r.neg("NEG_PET", pick(PETS))))
    r.done("letter_card")


OBIT = {
    "en": ("{name}, {age}, of {city}, passed away peacefully on {death}. Born {dob} in {place}, {g} worked for {org} for thirty years. "
           "She is survived by her husband {sp}, her children {kids}, and her sister {sis}. A funeral service will be held at {venue}, {vaddr}, on {fun}. "
           "In lieu of flowers, donations to the {term} Society are welcome."),
    "de": ("In stiller Trauer nehmen wir Abschied von {name}, * {dob} in {place}, † {death}. "
           "In Liebe: {sp}, {kids} sowie {sis}. Die Trauerfeier findet am {fun} in der {venue}, {vaddr}, statt. "
           "Statt Blumen bitten wir um eine Spende an die {term}-Gesellschaft."),
    "fr": ("Nous avons la tristesse de vous faire part du décès de {name}, né(e) le {dob} à {place}, survenu le {death}. "
           "De la part de {sp}, son époux, de {kids}, ses enfants, et de {sis}. Les obsèques auront lieu le {fun} en l'{venue}, {vaddr}."),
    "nl": ("Met verdriet geven wij kennis van het overlijden van {name}, geboren {dob} te {place}, overleden {death}. "
           "{sp}, {kids} en {sis}. De afscheidsdienst is op {fun} in de {venue}, {vaddr}."),
    "es": ("Falleció en paz {name}, nacida el {dob} en {place}, el pasado {death}. Sus hijos {kids}, su esposo {sp} y su hermana {sis} "
           "ruegan una oración por su alma. La misa será el {fun} en la {venue}, {vaddr}."),
    "it": ("È mancata all'affetto dei suoi cari {name}, nata a {place} il {dob}, il {death}. Ne danno il triste annuncio il marito {sp}, "
           "i figli {kids} e la sorella {sis}. I funerali si terranno il {fun} presso la {venue}, {vaddr}."),
    "pt": ("Faleceu no dia {death} {name}, nascida em {dob} em {place}. Deixa o marido {sp}, os filhos {kids} e a irmã {sis}. "
           "A missa de sétimo dia será no dia {fun} na {venue}, {vaddr}."),
}
VENUE = {"en": ["St. Brigid's Church", "Hillcrest Funeral Home", "Grace Chapel"], "de": ["Friedhofskapelle", "St.-Josef-Kirche"],
         "fr": ["église Saint-Martin", "église Notre-Dame"], "nl": ["aula van crematorium Westerveld", "Sint-Janskerk"],
         "es": ["Parroquia de San Roque", "Iglesia de Santa Ana"], "it": ["Chiesa di San Lorenzo", "Parrocchia di Santa Chiara"],
         "pt": ["Igreja Matriz de São José", "Capela de Nossa Senhora"]}


@template(20)
def obituary():
    lang, region = loc_of()
    r = Rec("obituary", lang, region)
    g, s = person(lang, region, "f")
    sp = given(lang, region, sex="m") + " " + s if chance(0.7) else full(*person(lang, region, "m"), style="gs")
    kg = []
    while len(kg) < R.randint(1, 3):
        k = given(lang, region)
        if k != g and k not in kg:
            kg.append(k)
    kids = [P(k if chance(0.6) else f"{k} {s}") for k in kg]
    sis = full(given(lang, region, sex="f"), surname(lang, region), "gs")
    y, m, dd = ymd(1928, 1955)
    text = OBIT[lang]
    dst = pick([None, "iso", "long"]) if lang != "en" else pick(["long", "num", "ord"])
    dm_ = R.randint(1, 11)
    dd_ = R.randint(1, 20)
    death_s = fmt_date(lang, region, 2025, dm_, dd_, dst)
    fun_s = fmt_date(lang, region, 2025, dm_, dd_ + R.randint(3, 8), dst)
    kw = dict(name=lambda: P(f"{g} {s}"),
              age=lambda: str(2025 - y), city=lambda: pick(CITY[region])[0],
              death=lambda: r.neg("NEG_DATE", death_s),
              dob=lambda: D(fmt_date(lang, region, y, m, dd)), place=lambda: pick(CITY[region])[0], g=lambda: P(g),
              org=lambda: r.neg("NEG_ORG", pick(ORGS)), sp=lambda: P(sp), kids=lambda: join_names(kids, CONJ[lang]),
              sis=lambda: P(sis), venue=lambda: r.neg("NEG_ORG", pick(VENUE[lang])), vaddr=lambda: A(address(region, ", ", False)),
              fun=lambda: r.neg("NEG_DATE", fun_s),
              term=lambda: r.neg("NEG_TERM", pick(["Alzheimer", "Parkinson"])))
    r.t(*F(text, **lazy(text, kw)))
    r.done(f"obituary_{lang}")


@template(14)
def wedding_programme():
    lang, region = loc_of()
    r = Rec("wedding_programme", lang, region)
    b, bs = person(lang, region)
    gr, gs_ = person(lang, region)
    off = full(*person(lang, region), style="gs")
    rd1 = given(lang, region)
    rd2 = full(*person(lang, region), style="gs")
    nl = "\n"
    title = {"en": "Order of Service", "de": "Ablauf der Trauung", "fr": "Déroulé de la cérémonie", "nl": "Programma",
             "es": "Programa de la ceremonia", "it": "Programma della cerimonia", "pt": "Programa da cerimônia"}[lang]
    r.t(title + nl + nl)
    r.t(P(f"{b} {bs}"), f" {'&' if chance(0.5) else CONJ[lang]} ", P(f"{gr} {gs_}"), nl)
    r.t(r.neg("NEG_DATE", odate(lang, region, 2026, 2027)), " · ", r.neg("NEG_ORG", pick(["The Old Barn", "Castello di Vincigliata", "Quinta da Regaleira", "Hotel Victoria", "Kasteel de Haar", "Villa Medici"])), nl)
    r.t(A(address(region, ", ", chance(0.3))), nl + nl)
    r.t("Officiant: ", pick(["Rev. ", "Pastor ", "", "Fr. "]), P(off), nl)
    rw = {"en": "Reading", "de": "Lesung", "fr": "Lecture", "nl": "Lezing", "es": "Lectura", "it": "Lettura", "pt": "Leitura"}[lang]
    r.t(rw, " 1 – ", P(rd1), f" ({pick(['cousin', 'friend', 'sister'])})", nl)
    if chance(0.5):
        r.t(rw, " 2 – ", P(rd2), nl)
    r.t("Music: ", r.neg("NEG_FAMOUS", pick(["Johann Sebastian Bach", "Jacques Brel", "Amália Rodrigues", "Miriam Makeba"])), nl)
    if chance(0.5):
        r.t("Parents of the bride: ", P(full(given(lang, region), bs, "gs")), nl)
    r.t("Ring bearer: ", r.neg("NEG_PET", pick(PETS)), " the ", pick(PET_KIND["en"]))
    r.done(f"wedding_programme_{lang}")


@template(18)
def genealogy():
    lang, region = loc_of()
    r = Rec("genealogy", lang, region)
    s = surname(lang, region)
    nl = "\n"
    r.t(L(lang, {"en": "Family tree notes – ", "de": "Stammbaum ", "fr": "Arbre généalogique ", "nl": "Stamboom ", "es": "Árbol genealógico ",
                 "it": "Albero genealogico ", "pt": "Árvore genealógica "}),
        s.split()[-1].upper(), " line", nl)
    n = R.randint(2, 3)
    bword = {"en": "b.", "de": "* ", "fr": "né le ", "nl": "geb. ", "es": "n. ", "it": "n. ", "pt": "nasc. "}[lang]
    for i in range(n):
        g = given(lang, region)
        y, m, d = ymd(1880 + i * 25, 1905 + i * 25)
        spouse = full(given(lang, region), surname(lang, region), "gs")
        r.t(f"{i + 1}. ", P(f"{g} {s}" if chance(0.7) else f"{s.upper()}, {g}"), f" {bword}", D(fmt_date(lang, region, y, m, d)),
            f", {pick(CITY[region])[0]}")
        if y < 1945 and chance(0.7):
            dy, dm, ddd = ymd(y + 50, min(y + 95, 2020))
            r.t(f"; d. ", r.neg("NEG_DATE", fmt_date(lang, region, dy, dm, ddd)))
        if chance(0.5):
            r.t(" — m. ", P(spouse))
        r.t(nl)
    r.t("ask aunt ", P(given(lang, region, sex="f")), f" if the {pick(['ship manifest', 'baptism book', 'census sheet'])} ref ", r.neg("NEG_CODE", code()), " is the right one")
    r.done(f"genealogy_{lang}")


@template(20)
def diary():
    lang, region = "en", pick(EN_REGIONS)
    r = Rec("diary", lang, region)
    v = R.randrange(3)
    a, b = given(lang, region), given(lang, region)
    c = full(*person(lang, region, {1: "m", 2: "f"}.get(v)), style="gs")
    pet = pick(PETS)
    r.t(r.neg("NEG_DATE", odate(lang, region, 2025, 2026, "long")), "\n\nDear diary, ")
    if v == 0:
        r.t(*F("{a} and {b} came over for dinner. {b} brought a {prod} and we talked about {fam} for hours. {c} texted at midnight, ugh. Walked {pet} at 7.",
               a=P(a), b=P(b), prod=r.neg("NEG_PRODUCT", pick(["Jameson", "Moët & Chandon", "Kinder Bueno", "Hennessy VS"])),
               fam=r.neg("NEG_FAMOUS", pick(FAMOUS)[0]), c=P(c), pet=r.neg("NEG_PET", pet)))
    elif v == 1:
        r.t(*F("Mum's appointment about the {term} went fine. {a} drove us. Found grandad {c}'s papers: born {d}, the old house at {addr}.",
               term=r.neg("NEG_TERM", pick(["Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma"])), a=P(a), c=P(c),
               d=D(dob(lang, region, 1925, 1945)), addr=A(address(region, ", "))))
    else:
        r.t(*F("Baby {a} arrived!! {d}, 3.4 kg. {b} cried more than me. Auntie {c} already bought a {prod}.",
               a=P(a), d=D(dob(lang, region, 2025, 2025, pick(["long", "ord", "abbr"]))), b=P(b), c=P(c),
               prod=r.neg("NEG_PRODUCT", pick(["Ralph Lauren polo", "Tommy Hilfiger jacket", "Dyson V15"]))))
    r.done(f"diary_{v}")


@template(24)
def social_thread():
    lang, region = loc_of()
    r = Rec("social_post", lang, region)
    g1, s1 = person(lang, region)
    sis = given(lang, region)
    handle = ascii_slug(g1)[:6] + pick(["_", ".", ""]) + str(R.randint(1, 999))
    bday = {"en": "Happy birthday to my little sister {s}!! born {d} and still the baby of the family 🎂",
            "de": "Alles Gute zum Geburtstag an meine kleine Schwester {s}!! geboren am {d} und immer noch das Nesthäkchen 🎂",
            "fr": "Joyeux anniversaire à ma petite sœur {s} !! née le {d} et toujours le bébé de la famille 🎂",
            "nl": "Gefeliciteerd lieve zus {s}!! geboren op {d} en nog steeds de jongste 🎂",
            "es": "¡¡Feliz cumple a mi hermanita {s}!! nacida el {d} y sigue siendo la peque 🎂",
            "it": "Buon compleanno alla mia sorellina {s}!! nata il {d} e ancora la piccola di casa 🎂",
            "pt": "Feliz aniversário pra minha irmãzinha {s}!! nascida em {d} e ainda a caçula 🎂"}[lang]
    r.t(P(f"{g1} {s1}"), f" (@{handle}) · {R.randint(1, 23)}h\n")
    if chance(0.6):
        r.t(*F(bday, s=P(given(lang, region, sex="f")), d=D(dob(lang, region, 1990, 2008))))
    else:
        r.t(*F("Throwback to {pl} with {a} and {b} 😍 #{hash}", pl=r.neg("NEG_PLACE", pick(PLACES)), a=P(sis),
               b=P(given(lang, region)), hash=pick(["tbt", "friends", "summer"])))
    r.t("\n\n")
    for _ in range(R.randint(1, 2)):
        cg, cs = person(lang, region)
        who = pick([f"{cg} {cs}", cg, f"{cg} {cs[0]}.", f"{cg.lower()}_{R.randint(1, 99)}"])
        msg = pick(["❤️❤️", "so cute!!", "miss you guys", "when are we doing this again", "😂😂", "love this"])
        if "_" in who:
            r.t(who, ": ", msg)
        else:
            r.t(P(who), ": ", msg)
        if chance(0.15):
            r.t(" tell ", P(given(lang, region)), " hi")
        r.t("\n")
    r.done(f"social_thread_{lang}")


@template(10)
def dating():
    lang, region = pick(["en", "en", "es", "pt", "fr", "de"]), None
    region = pick(LOCALES[lang])
    r = Rec("dating", lang, region)
    me, other = given(lang, region), given(lang, region)
    msgs = {"en": ["hey {o}! loved your pic at {pl}", "haha thanks {m} 😊 that was my friend {f}'s hen do",
                   "no way, my cousin {c} was there that weekend", "small world! drinks thursday?"],
            "es": ["hola {o}! me encantó tu foto en {pl}", "jaja gracias {m} 😊 era la despedida de mi amiga {f}",
                   "no me digas, mi prima {c} estaba allí", "¿quedamos el jueves?"],
            "pt": ["oi {o}! amei sua foto em {pl}", "haha valeu {m} 😊 era a despedida da minha amiga {f}",
                   "sério? minha prima {c} tava lá", "bora tomar algo quinta?"],
            "fr": ["salut {o} ! j'adore ta photo à {pl}", "haha merci {m} 😊 c'était l'EVJF de mon amie {f}",
                   "sérieux ? ma cousine {c} y était", "un verre jeudi ?"],
            "de": ["hey {o}! tolles foto in {pl}", "haha danke {m} 😊 das war der JGA von meiner freundin {f}",
                   "echt? meine cousine {c} war auch da", "drink am donnerstag?"]}[lang]
    f_, c_ = given(lang, region, sex="f"), full(*person(lang, region, "f"), style="gs")
    pl = r.neg("NEG_PLACE", pick(["Florence", "Lake Louise", "Sofia", "Adelaide", "San José", "Lourdes", "Kingston"]))
    for i, msg in enumerate(msgs[:3]):
        who = ["You", P(other)][i % 2]
        r.t(who, ": ", *F(msg, o=P(other), m=P(me), pl=pl, f=P(f_), c=P(c_)), "\n")
    r.done(f"dating_{lang}")


@template(18)
def team_sheet():
    lang, region = loc_of()
    r = Rec("sports_team", lang, region)
    club = r.neg("NEG_ORG", pick(["FC St. Pauli", "SC Victoria Hamburg", "St Patrick's Athletic", "Colegio San José",
                                  "Liceo Galileo Galilei", "Escola Machado de Assis"]))
    opp = pick(["Rovers", "United", "SV Blau-Weiß", "AS Les Pins", "VV Zwaluwen", "CD Atlético Norte"])
    nl = "\n"
    if chance(0.5):
        r.t(f"Match report: {club} U12 3–2 {opp}", nl, nl)
        scorers = [given(lang, region) for _ in range(R.randint(1, 3))]
        r.t("Goals from ", *join_names([P(x) for x in scorers], CONJ[lang]), ". ")
        r.t("Player of the match: ", P(full(*person(lang, region), style="gs")), ". ")
        r.t("Huge thanks to coach ", P(full(*person(lang, region), style="gs")), " and to ", P(given(lang, region)), "'s dad for the oranges. ")
        r.t("Next game ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), " away at ", A(address(region, ", ")), ".")
    else:
        r.t(f"{club} – registration sheet (youth league)", nl, "No\tName\tDOB\tPosition", nl)
        for i in range(R.randint(2, 4)):
            g, s = person(lang, region)
            r.t(f"{i + 1}\t", P(full(g, s, pick(["gs", "sg", "SG"]))), "\t", D(dob(lang, region, 2010, 2016, pick(["iso", None]))),
                "\t", pick(["GK", "DEF", "MID", "FWD"]), nl)
        r.t("Manager: ", P(full(*person(lang, region), style="gs")), " – ", E(email_for("coach", ascii_slug(club)[:8], lang)))
    r.done(f"team_sheet_{lang}")


@template(14)
def choir_roster():
    lang, region = loc_of()
    r = Rec("choir_roster", lang, region)
    sep = pick(["\t", " | ", ";"])
    cols = ["Name", "Voice", "Birthday", "Address"] if chance(0.6) else ["First", "Last", "Part", "DOB"]
    r.t(pick(["Cantamus choir", "Brass band roster", "Gospel choir members", "Koor De Lofstem", "Chorale Saint-Éloi", "Banda Municipal"]), "\n")
    r.t(sep.join(cols), "\n")
    for _ in range(R.randint(2, 3)):
        g, s = person(lang, region)
        part = pick(["S1", "S2", "A", "T", "B", "trumpet", "tuba", "alto sax"])
        if cols[0] == "Name":
            r.t(P(full(g, s, pick(["gs", "gs", "sg", "ig"]))), sep, part, sep, D(dob(lang, region, 1950, 2008)), sep, A(address(region, ", ", False)), "\n")
        else:
            r.t(P(g), sep, P(s), sep, part, sep, D(dob(lang, region, 1950, 2008)), "\n")
    r.t("Librarian: ", P(given(lang, region, sex="f")), " (ask her for the ", r.neg("NEG_FAMOUS", pick(["Johann Sebastian Bach", "Jacques Brel", "Vincent van Gogh"])), " scores)")
    r.done(f"choir_roster_{lang}")


@template(14)
def rota():
    lang, region = loc_of()
    r = Rec("rota", lang, region)
    days = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
            "fr": ["lun", "mar", "mer", "jeu", "ven", "sam"], "nl": ["ma", "di", "wo", "do", "vr", "za"],
            "es": ["lun", "mar", "mié", "jue", "vie", "sáb"], "it": ["lun", "mar", "mer", "gio", "ven", "sab"],
            "pt": ["seg", "ter", "qua", "qui", "sex", "sáb"]}[lang]
    kind = pick({"en": ["Food bank volunteer rota", "Cleaning schedule flat 3", "Babysitting plan", "Carpool"],
                 "de": ["Kita Elterndienst", "Putzplan WG", "Fahrgemeinschaft"], "fr": ["Planning ménage", "Covoiturage école"],
                 "nl": ["Schoonmaakrooster", "Oppasrooster"], "es": ["Turnos voluntariado", "Turnos de limpieza"],
                 "it": ["Turni pulizie", "Turni volontari"], "pt": ["Escala de caronas", "Escala de limpeza"]}[lang])
    r.t(kind, " – week of ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), "\n")
    people = [given(lang, region) for _ in range(R.randint(3, 4))]
    for dname in days[:R.randint(2, 3)]:
        a, b = R.sample(people, 2)
        task = pick(["kitchen", "bathroom", "pickup 15:30", "sorting", "drive", "bins", "hoovering"])
        if chance(0.5):
            r.t(f"{dname}: ", P(a), f" ({task})", "\n")
        else:
            r.t(f"{dname}: ", P(a), f" {CONJ[lang]} " if chance(0.5) else " + ", P(b), f" ({task})", "\n")
    if "Carpool" in kind or "caronas" in kind or chance(0.3):
        g, s = person(lang, region)
        r.t("Pickup at ", P(f"{g} {s}"), "'s: ", A(address(region, ", ")), "\n")
    r.t("Swap with ", P(pick(people)), " if you can't make it.")
    if chance(0.5):
        r.t(" Don't feed ", r.neg("NEG_PET", pick(PETS)), "!")
    r.done(f"rota_{lang}")


@template(12)
def group_poll():
    lang, region = loc_of()
    r = Rec("group_poll", lang, region)
    if chance(0.4):
        r.t("📊 POLL: Where for ", P(given(lang, region)), "'s farewell?\n")
    else:
        r.t("📊 POLL: ", pick(["Date for the reunion?", "Christmas lunch venue", "BBQ Saturday?"]), "\n")
    opts = [r.neg("NEG_PLACE", pick(PLACES)), r.neg("NEG_ORG", pick(["Harry Ramsden's", "McDonald's", "Heineken Experience"])), "my place"]
    for o in opts:
        voters = [given(lang, region) for _ in range(R.randint(0, 2))]
        r.t(f"○ {o} – ")
        r.t(*join_names([P(v) for v in voters], CONJ[lang]) if voters else ["no votes"])
        r.t("\n")
    g, s = person(lang, region)
    r.t(P(f"{g} {s}" if chance(0.5) else g), ": my place = ", A(address(region, ", ")), ", parking behind the ", r.neg("NEG_ORG", pick(["Boots", "Sainsbury's", "Lidl"])))
    r.done(f"group_poll_{lang}")


@template(12)
def household():
    lang, region = loc_of()
    r = Rec("household", lang, region)
    a, b, c = given(lang, region), given(lang, region), given(lang, region)
    r.t(L(lang, {"en": "Household budget", "de": "Haushaltsbuch", "fr": "Budget du foyer", "nl": "Huishoudboekje", "es": "Presupuesto casa",
                 "it": "Spese di casa", "pt": "Orçamento da casa"}),
        " ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026, "iso")[:7]), "\n")
    r.t("Rent 1450 – ", P(a), " 60% / ", P(b), " 40%\n")
    r.t("Groceries 380 (", P(c), " does the shop)\n")
    r.t(r.neg("NEG_PRODUCT", pick(["Alexa", "Dyson V15", "Renault Clio"])), " instalment 45\n")
    r.t("Vet for ", r.neg("NEG_PET", pick(PETS)), " 60\n")
    r.t("Pocket money ", P(given(lang, region)), " 20\n")
    r.t("Shopping list: milk, eggs, ", r.neg("NEG_TERM", pick(["Caesar salad", "Eggs Benedict"])), " stuff, batteries")
    r.done(f"household_{lang}")


@template(16)
def moving_checklist():
    lang, region = loc_of()
    r = Rec("moving_checklist", lang, region)
    g, s = person(lang, region)
    r.t(L(lang, {"en": "Moving checklist", "de": "Umzug To-do", "fr": "Déménagement – liste", "nl": "Verhuischecklist", "es": "Mudanza – pendientes",
                 "it": "Trasloco", "pt": "Mudança"}), "\n")
    r.t("[ ] change address from ", A(address(region, ", ")), " to ", A(address(region, ", ")), "\n")
    r.t("[ ] tell ", P(f"{g} {s}"), " at the bank (ref ", r.neg("NEG_CODE", code()), ")\n")
    r.t("[x] book van for ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), "\n")
    r.t("[ ] ", P(given(lang, region)), f" {CONJ[lang]} ", P(given(lang, region)), " help with boxes\n")
    r.t("[ ] forward post for ", P(full(*person(lang, region), style="gs")), " (born ", D(dob(lang, region)), ", needs new ID)\n")
    r.done(f"moving_checklist_{lang}")


WILL = {
    "en": ("LAST WILL AND TESTAMENT\n\nI, {t}, born {d}, of {addr}, declare this to be my last will. I appoint my daughter {ex} as executor. "
           "I leave my house to {b1} and my savings in equal shares to {b2}. My {pet} {petn} shall go to {b3}. "
           "Signed on {sd} in the presence of {w1} and {w2}."),
    "de": ("TESTAMENT\n\nIch, {t}, geboren am {d}, wohnhaft {addr}, setze hiermit meinen letzten Willen auf. Zur Testamentsvollstreckerin bestimme ich {ex}. "
           "Das Haus erbt {b1}, das Sparguthaben zu gleichen Teilen {b2}. Mein {pet} {petn} geht an {b3}. "
           "Unterschrieben am {sd}, Zeugen: {w1}, {w2}."),
    "fr": ("TESTAMENT\n\nJe soussigné(e) {t}, né(e) le {d}, demeurant {addr}, déclare ceci être mon testament. Je désigne {ex} comme exécuteur. "
           "Je lègue ma maison à {b1} et mes économies à {b2}. Mon {pet} {petn} ira à {b3}. Fait le {sd}, témoins {w1} et {w2}."),
    "es": ("PODER NOTARIAL\n\nYo, {t}, nacido el {d}, con domicilio en {addr}, otorgo poder a {ex} para representarme. "
           "Beneficiarios: {b1}; {b2}. Mi {pet} {petn} quedará con {b3}. Firmado el {sd} ante {w1} y {w2}."),
    "it": ("PROCURA\n\nIl sottoscritto {t}, nato il {d}, residente in {addr}, nomina procuratore {ex}. "
           "Eredi: {b1}; {b2}. Il mio {pet} {petn} andrà a {b3}. Firmato il {sd} alla presenza di {w1} e {w2}."),
    "pt": ("PROCURAÇÃO\n\nEu, {t}, nascido em {d}, residente na {addr}, nomeio como procuradora {ex}. "
           "Beneficiários: {b1}; {b2}. O meu {pet} {petn} fica com {b3}. Assinado em {sd} perante {w1} e {w2}."),
    "nl": ("TESTAMENT (concept)\n\nIk, {t}, geboren op {d}, wonende te {addr}, benoem {ex} tot executeur. "
           "Mijn huis gaat naar {b1}, mijn spaargeld naar {b2}. Mijn {pet} {petn} gaat naar {b3}. Getekend op {sd} in aanwezigheid van {w1} en {w2}."),
}


@template(12)
def will_poa():
    lang, region = loc_of()
    r = Rec("will_poa", lang, region)
    g, s = person(lang, region, "m" if lang in ("es", "it", "pt") else None)
    fn = lambda: P(full(*person(lang, region), style="gs"))  # noqa: E731
    kids = [P(f"{given(lang, region)} {s}") for _ in range(2)]
    r.t("Can you check this draft for mistakes?\n\n" if chance(0.5) else "")
    r.t(*F(WILL[lang], t=P(f"{g} {s}" if chance(0.8) else f"{g.upper()} {s.upper()}"), d=D(dob(lang, region, 1935, 1975)),
           addr=A(address(region, ", ")), ex=P(f"{given(lang, region, sex='f')} {s}"), b1=P(given(lang, region)), b2=join_names(kids[:R.randint(1, 2)], CONJ[lang]),
           pet=pick(PET_KIND[lang]), petn=r.neg("NEG_PET", pick(PETS)), b3=fn(), sd=r.neg("NEG_DATE", odate(lang, region, 2025, 2026)),
           w1=fn(), w2=P(given(lang, region))))
    r.done(f"will_poa_{lang}")


@template(16)
def court_summons():
    lang, region = "en", pick(["US", "UK", "IE", "AU", "NZ", "CA", "ZA", "NG", "KE", "IN", "PH"])
    r = Rec("court_summons", lang, region)
    g, s = person(lang, region)
    judge = full(*person(lang, region), style="gs")
    nl = "\n"
    r.t("got this in the post, what does it mean and do i need a lawyer?\n\n")
    r.t(f"{pick(['MAGISTRATES COURT', 'DISTRICT COURT', 'SMALL CLAIMS TRIBUNAL', 'CIRCUIT COURT'])}", nl)
    r.t("Case No. ", r.neg("NEG_CODE", f"{R.randint(2025, 2026)}/{_letters(2)}/{R.randint(1000, 99999)}"), nl)
    r.t("SUMMONS TO APPEAR", nl, nl, "To: ", P(f"{s.upper()}, {g}" if chance(0.5) else f"{g} {s}"), nl)
    r.t("Date of birth: ", D(dob(lang, region, 1960, 2004)), nl)
    r.t("Address: ", A(address(region, nl if chance(0.4) else ", ")), nl, nl)
    r.t("You are required to appear before Judge ", P(judge), " at ", A(address(region, ", ")), " on ",
        r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), " at 9:30 am in the matter brought by ", P(full(*person(lang, region), style="gs")), ".", nl)
    if chance(0.5):
        r.t("Clerk: ", P(full(*person(lang, region), style="ig")))
    r.done("court_summons")


VISA_L = {"en": ("Surname", "Given names", "Date of birth", "Place of birth", "Home address", "Sponsor", "Passport no."),
          "de": ("Nachname", "Vorname(n)", "Geburtsdatum", "Geburtsort", "Wohnanschrift", "Einlader", "Reisepass-Nr."),
          "fr": ("Nom", "Prénom(s)", "Date de naissance", "Lieu de naissance", "Adresse", "Hébergeant", "N° de passeport"),
          "nl": ("Achternaam", "Voornamen", "Geboortedatum", "Geboorteplaats", "Adres", "Referent", "Paspoortnr."),
          "es": ("Apellidos", "Nombre(s)", "Fecha de nacimiento", "Lugar de nacimiento", "Domicilio", "Invitante", "N.º de pasaporte"),
          "it": ("Cognome", "Nome", "Data di nascita", "Luogo di nascita", "Indirizzo", "Ospitante", "N. passaporto"),
          "pt": ("Apelido", "Nome(s)", "Data de nascimento", "Local de nascimento", "Morada", "Anfitrião", "N.º do passaporte")}


@template(26)
def visa_form():
    lang, region = loc_of()
    r = Rec("visa_form", lang, region)
    g, s = pick(GLOBAL) if chance(0.5) else person(lang, region)
    L = VISA_L[lang]
    up = chance(0.5)
    r.t(pick(["help me fill this in, is it right?\n", "translate these fields pls\n", "", "does this look ok for the embassy\n"]))
    r.t(f"1. {L[0]}: ", P(s.upper() if up else s), f"\n2. {L[1]}: ", P(g.upper() if up else g), "\n")
    r.t(f"3. {L[2]}: ", D(dob(lang, region, 1960, 2006, pick(["iso", None, None]))), f"\n4. {L[3]}: {pick(['Lagos', 'Casablanca', 'Chennai', 'Kraków', 'İzmir', 'Manila', 'Quito'])}\n")
    r.t(f"5. {L[4]}: ", A(address(region, ", ", chance(0.5)).upper() if up else address(region, ", ", chance(0.5))), "\n")
    sg, ss = person(lang, region)
    r.t(f"6. {L[5]}: ", P(f"{sg} {ss}"), ", ", A(address(region, ", ")), ", ", E(email_for(sg, ss, lang)), "\n")
    r.t(f"7. {L[6]}: ", r.neg("NEG_CODE", f"{_letters(2)}{R.randint(1000000, 9999999)}"), "\n")
    r.t(f"8. Intended arrival: ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)))
    r.done(f"visa_form_{lang}")


@template(18)
def bank_transfers():
    lang, region = loc_of()
    r = Rec("bank_transfer", lang, region)
    r.t(pick(["categorise these transactions for my budget:\n", "which of these are tax deductible?\n"]) if lang == "en" or chance(0.5) else
        L(lang, {"de": "Kontoauszug – bitte kategorisieren:\n", "fr": "catégorise ces opérations :\n", "nl": "categoriseer deze afschrijvingen:\n",
                 "es": "clasifica estos movimientos:\n", "it": "classifica questi movimenti:\n", "pt": "categoriza esses lançamentos:\n"}))
    for _ in range(R.randint(2, 4)):
        d = r.neg("NEG_DATE", odate(lang, region, 2025, 2026, pick(["iso", None])))
        g, s = person(lang, region)
        v = R.randrange(5)
        if v == 0 and lang in ("de", "nl", "fr", "it", "es") or (v == 0 and region in ("IE", "PT")):
            r.t(d, "  " + L(lang, {"de": "SEPA-Überweisung an", "nl": "SEPA overboeking aan", "fr": "Virement SEPA à", "it": "Bonifico SEPA a",
                                    "es": "Transferencia SEPA a", "en": "SEPA transfer to", "pt": "Transferência SEPA para"}) + " ", P(f"{s.upper()} {g.upper()}" if chance(0.5) else f"{g} {s}"), "  Miete  -", f"{R.randint(400, 1500)},00\n")
        elif v == 1:
            r.t(d, "  TRANSFER FROM ", P(f"{g} {s}".upper()), "  REF ", r.neg("NEG_CODE", code()), f"  +{R.randint(10, 400)}.00\n")
        elif v == 2:
            r.t(d, "  CARD ", r.neg("NEG_ORG", pick(["McDonald's", "Marks & Spencer", "Sainsbury's", "Boots", "Louis Vuitton"])), f"  -{R.randint(3, 90)}.{R.randint(10, 99)}\n")
        elif v == 3 and region == "BR":
            r.t(d, "  Pix recebido ", P(f"{g} {s}"), f"  +R$ {R.randint(20, 900)},00\n")
        elif v == 3:
            r.t(d, "  ", L(lang, {"es": "Bizum de", "fr": "Virement de", "nl": "Overboeking van", "it": "Bonifico da", "de": "Gutschrift von",
                                   "en": "Zelle from" if region == "US" else "Faster Payment from", "pt": "Transferência de"}), " ", P(f"{g} {s}"), f"  +{R.randint(20, 900)},00\n")
        else:
            r.t(d, "  Standing order to ", P(f"{g[0]} {s}".upper()), " babysitting ", P(given(lang, region)), f"  -{R.randint(40, 200)}.00\n")
    r.done(f"bank_transfer_{lang}")


@template(22)
def payslip():
    lang, region = loc_of()
    r = Rec("payslip", lang, region)
    g, s = person(lang, region)
    nl = "\n"
    org = r.neg("NEG_ORG", pick(["Robert Bosch GmbH", "Siemens", "Philips", "Tata Consultancy Services", "Peugeot", "Ernst & Young"]))
    r.t("explain the deductions on my payslip\n\n" if chance(0.6) else "")
    r.t(f"{org}", nl, L(lang, {"en": "PAYSLIP", "de": "Lohnabrechnung", "fr": "Bulletin de paie", "nl": "Loonstrook", "es": "Nómina",
                              "it": "Busta paga", "pt": "Recibo de vencimento" if region == "PT" else "Holerite"}),
        " ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026, "iso")[:7]), nl)
    r.t("Employee: ", P(full(g, s, pick(["gs", "sg", "SG"]))), pick(["  ", nl]), "Emp. no ", r.neg("NEG_CODE", f"E{R.randint(10000, 99999)}"), nl)
    if chance(0.7):
        r.t("DOB: ", D(dob(lang, region, 1965, 2004)), nl)
    r.t(A(address(region, nl if chance(0.5) else ", ")), nl)
    r.t(f"Gross {R.randint(2000, 6000)}.00  Tax {R.randint(300, 1500)}.00  Net {R.randint(1500, 4000)}.00", nl)
    r.t("Approved by ", P(full(*person(lang, region), style="ig")))
    r.done(f"payslip_{lang}")


@template(12)
def tax_form():
    lang, region = loc_of()
    r = Rec("tax_form", lang, region)
    g, s = person(lang, region)
    sg, ss = given(lang, region), (s if chance(0.6) else surname(lang, region))
    r.t("Is this right for my tax return? Line by line:\n")
    r.t("Taxpayer last name: ", P(s), "\nFirst name: ", P(g), "\nDate of birth: ", D(dob(lang, region, 1950, 2000)), "\n")
    r.t("Spouse: ", P(f"{sg} {ss}"), ", born ", D(dob(lang, region, 1950, 2000)), "\n")
    r.t("Dependants: ", *join_names([P(given(lang, region)) for _ in range(R.randint(1, 3))], CONJ[lang]), "\n")
    r.t("Address on 31 Dec: ", A(address(region, ", ")), "\n")
    r.t("Tax ID: ", r.neg("NEG_CODE", f"{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"), "\n")
    r.t("Donation to ", r.neg("NEG_ORG", pick(["Wellcome Trust", "Nobel Foundation", "Fundación Juan March"])), ": 250")
    r.done(f"tax_form_{lang}")


@template(18)
def utility_bill():
    lang, region = loc_of()
    r = Rec("utility_bill", lang, region)
    g, s = person(lang, region)
    nl = "\n"
    r.t("why is my bill so high this month??\n\n")
    r.t(L(lang, {"en": "GreenVolt Energy", "de": "Stadtwerke Nord", "fr": "EauClaire SA", "nl": "Energie Noord", "es": "Agua del Valle", "it": "Energia Sud", "pt": "Energia Sul"}),
        " – ", L(lang, {"en": "Invoice", "de": "Rechnung", "fr": "Facture", "nl": "Factuur", "es": "Factura", "it": "Fattura", "pt": "Fatura"}), " ",
        r.neg("NEG_CODE", code()), nl)
    r.t("Account holder: ", P(full(g, s, pick(["gs", "SG", "ig"]))), nl)
    r.t("Supply address:", nl, A(address(region, nl)), nl)
    bm = R.randint(1, 10)
    bst = pick(["iso", None])
    bst = bst or pick({"en": ["num", "long"], "de": ["dot", "long"]}.get(lang, ["slash", "long"]))
    r.t(L(lang, BILLP), " ", r.neg("NEG_DATE", fmt_date(lang, region, 2026, bm, 1, bst)), " – ",
        r.neg("NEG_DATE", fmt_date(lang, region, 2026, bm + 1, 28, bst)), nl)
    r.t("Meter ", r.neg("NEG_CODE", f"M{R.randint(100000, 999999)}"), f"  {R.randint(200, 900)} kWh", nl)
    if chance(0.5):
        r.t("Co-account: ", P(f"{given(lang, region)} {s}"), nl)
    if chance(0.5):
        r.t("Correspondence address: ", A(address(region, ", ")), nl)
    r.done(f"utility_bill_{lang}")


@template(20)
def car_sale():
    lang, region = loc_of()
    r = Rec("car_sale", lang, region)
    sg, ss = person(lang, region)
    bg, bs = person(lang, region)
    car = r.neg("NEG_PRODUCT", pick(["Ford Fiesta", "Peugeot 208", "Renault Clio", "Fiat Panda", "Opel Corsa", "Toyota Corolla", "Mercedes-Benz C-Klasse", "Lancia Ypsilon"]))
    nl = "\n"
    r.t("make this private car sale contract more formal:\n\n")
    r.t("Seller: ", P(f"{sg} {ss}"), ", born ", D(dob(lang, region, 1950, 2003)), ", ", A(address(region, ", ")), nl)
    r.t("Buyer: ", P(f"{bg} {bs}"), ", DOB ", D(dob(lang, region, 1950, 2003)), ", ", A(address(region, ", ")), nl)
    r.t("Vehicle: ", car, ", first registered ", r.neg("NEG_DATE", odate(lang, region, 2012, 2020)), ", VIN ", r.neg("NEG_CODE", f"WF0{_letters(3)}{R.randint(10000000, 99999999)}"), nl)
    r.t("Price 6.500 EUR, handed over on ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), ". Witness: ", P(given(lang, region)), " (seller's neighbour)")
    r.done(f"car_sale_{lang}")


@template(18)
def rental_car():
    lang, region = loc_of()
    r = Rec("rental_car", lang, region)
    g, s = person(lang, region)
    nl = "\n"
    r.t(L(lang, {"en": "RENTAL AGREEMENT", "de": "MIETVERTRAG", "fr": "CONTRAT DE LOCATION", "nl": "HUUROVEREENKOMST", "es": "CONTRATO DE ALQUILER",
                 "it": "CONTRATTO DI NOLEGGIO", "pt": "CONTRATO DE ALUGUEL"}), " ", r.neg("NEG_CODE", code()), nl)
    r.t("Main driver: ", P(f"{s.upper()} {g.upper()}" if chance(0.5) else f"{g} {s}"), nl)
    r.t("Date of birth: ", D(dob(lang, region, 1955, 2003, pick(["iso", None]))), nl)
    r.t("Licence issued: ", r.neg("NEG_DATE", odate(lang, region, 2005, 2022)), nl)
    r.t("Home address: ", A(address(region, ", ")), nl)
    if chance(0.6):
        ag, as_ = person(lang, region)
        r.t("Additional driver: ", P(f"{ag} {as_}"), " (DOB ", D(dob(lang, region, 1955, 2003)), ")", nl)
    r.t("Vehicle: ", r.neg("NEG_PRODUCT", pick(["Fiat Panda", "Toyota Corolla", "Tesla Model 3", "Renault Clio"])), nl)
    r.t("Pick-up ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), " ", r.neg("NEG_PLACE", pick(["Florence", "Adelaide", "Victoria", "Georgetown", "Hamilton"])), " airport")
    r.done(f"rental_car_{lang}")


@template(16)
def hotel_guests():
    lang, region = loc_of()
    r = Rec("hotel_guests", lang, region)
    r.t(r.neg("NEG_ORG", pick(["Hotel Victoria", "Hotel Adelaide", "Pension Sonnenhof", "Hôtel du Lac", "Hostal San José", "Albergo Dante"])), " – arrivals ",
        r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), "\nRoom | Guest | Nationality | DOB | Home address\n")
    for _ in range(R.randint(2, 3)):
        g, s = person(lang, region) if chance(0.7) else pick(GLOBAL)
        reg2 = region if chance(0.7) else pick(list(ST))
        r.t(f"{R.randint(101, 420)} | ", P(full(g, s, pick(["SG", "sg", "gs"]))), f" | {reg2} | ", D(dob(lang, region, 1945, 2005)),
            " | ", A(address(reg2, ", ")), "\n")
    r.t("Please draft a welcome note for the ", r.neg("NEG_ORG", pick(["Goethe-Institut", "Wellcome Trust", "Ernst & Young"])), " group.")
    r.done(f"hotel_guests_{lang}")


@template(12)
def restaurant_booking():
    lang, region = loc_of()
    r = Rec("restaurant_booking", lang, region)
    for _ in range(R.randint(2, 3)):
        g, s = person(lang, region)
        t = f"{R.randint(18, 21)}:{pick(['00', '15', '30', '45'])}"
        nm = pick([f"{g} {s}", s, f"{g[0]}. {s}", g])
        sx = sex_of(g)
        titles = {"f": ["Mrs ", "Ms ", "Dr ", "Sra. ", "Mme ", "Frau "], "m": ["Mr ", "Dr ", "Sr. ", "M. ", "Herr "]}.get(sx, ["Dr "])
        title = pick(titles + ["Fam. ", "", ""]) if nm != g and "." not in nm else ""
        r.t(f"{t}  ", title, P(nm), f"  x{R.randint(2, 8)}  ")
        if chance(0.4):
            r.t(pick(["bday – ", "anniv – ", "allergy – "]), pick(["cake for ", "window table for ", "nut-free for "]), P(given(lang, region)))
        r.t("\n")
    r.t("rewrite these as a neat table please")
    r.done(f"restaurant_booking_{lang}")


@template(12)
def ticket_export():
    lang, region = loc_of()
    r = Rec("ticketing_export", lang, region)
    r.t("order_id,first_name,last_name,email,event,date_of_birth\n")
    for _ in range(R.randint(2, 3)):
        g, s = person(lang, region)
        r.t(r.neg("NEG_CODE", f"ORD-{R.randint(10000, 99999)}"), ",", P(g), ",", P(s), ",", E(email_for(g, s, lang)), ",",
            r.neg("NEG_FAMOUS", pick(["Jacques Brel", "Frida Kahlo", "Vincent van Gogh", "Miriam Makeba"])), " ", pick(["tribute night", "exhibition", "Experience"]),
            ",", D(dob(lang, region, 1950, 2008, "iso")), "\n")
    r.t("\nwhy do some rows fail the age check?")
    r.done(f"ticket_export_{lang}")


@template(16)
def appointment_export():
    lang, region = loc_of()
    r = Rec("appointment_export", lang, region)
    place = pick(["FitHub gym", "Physio Nord", "Clínica Sorriso", "Zahnarztpraxis am Markt", "Cabinet de kiné"])
    r.t(f"{place} export\n")
    for _ in range(R.randint(2, 3)):
        g, s = person(lang, region)
        r.t(r.neg("NEG_DATE", odate(lang, region, 2026, 2026, "iso")), f" {R.randint(8, 18)}:00\t", P(full(g, s, pick(["sg", "gs", "SG"]))),
            "\tDOB ", D(dob(lang, region, 1940, 2015)), "\t", pick(["PT session", "check-up", "spinning", "cleaning", "bilan"]), "\n")
    r.t("which clients are over 65?")
    r.done(f"appointment_export_{lang}")


@template(24)
def signature_vcard():
    lang, region = loc_of()
    r = Rec("signature_vcard", lang, region)
    g, s = person(lang, region)
    e = email_for(g, s, lang, pick([None, "studio-" + ascii_slug(s)[:6] + ".com"]))
    if chance(0.5):
        r.t("BEGIN:VCARD\nVERSION:3.0\nN:", P(s), ";", P(g), ";;;\nFN:", P(f"{g} {s}"), "\n")
        r.t("ADR;TYPE=home:;;", A(address(region, ";", False)), "\nEMAIL:", E(e), "\n")
        r.t("BDAY:", D(dob(lang, region, 1960, 2002, "iso")), "\nNOTE:met at ", r.neg("NEG_ORG", pick(ORGS)), "\nEND:VCARD")
    else:
        r.t("fix the formatting of my signature:\n\n--\n", P(f"{g} {s}"), f" | {pick(['Project Lead', 'Head of Sales', 'Office Manager', 'Architect'])}\n")
        r.t(r.neg("NEG_ORG", pick(ORGS)), "\n", A(address(region, "\n")), "\n", E(e), f" · +{R.randint(30, 61)} {R.randint(100, 999)} {R.randint(1000, 9999)}\n")
        r.t("Assistant: ", P(full(*person(lang, region), style="gs")), "\n")
    r.done(f"signature_vcard_{lang}")


@template(12)
def org_chart():
    lang, region = loc_of()
    r = Rec("org_chart", lang, region)
    ceo = full(*person(lang, region), style="gs")
    r.t("turn this into a mermaid org chart:\n")
    r.t("CEO: ", P(ceo), "\n")
    for dept in R.sample(["Finance", "Ops", "Sales", "People", "IT", "Marketing"], 2):
        r.t(f"  {dept}: ", P(full(*person(lang, region), style=pick(["gs", "ig"]))), "\n")
        for _ in range(R.randint(0, 1)):
            r.t("    - ", P(full(*person(lang, region), style="gs")), "\n")
    r.t("(office: ", A(address(region, ", ")), ")")
    r.done(f"org_chart_{lang}")


@template(12)
def phone_book():
    lang, region = loc_of()
    r = Rec("phone_book", lang, region)
    r.t("sort this phone list alphabetically\n")
    for _ in range(R.randint(2, 4)):
        g, s = person(lang, region)
        r.t(P(full(g, s, pick(["sg", "SG", "gs", "ig"]))), "  ", f"0{R.randint(100, 999)} {R.randint(100000, 999999)}")
        if chance(0.3):
            y, m, d = ymd(1950, 2005)
            st = pick({"en": ["num", "num2", "long", "abbr"], "de": ["dot", "dot2", "long"]}.get(lang, ["slash", "slash2", "long"]))
            if chance(0.6):
                r.t("  bday ", D(fmt_date(lang, region, y, m, d, st)))
            else:  # a birthday without its year is no date of birth
                dm = fmt_date(lang, region, 2000, m, d, "long").replace(", 2000", "").replace(" 2000", "").replace(" de ", " de ", 1)
                dm = dm[:-3] if dm.endswith(" de") else dm
                r.t("  bday ", r.neg("NEG_DATE", dm))
        if chance(0.6):
            r.t("  ", A(address(region, ", ", False)))
        r.t("\n")
    r.t("Grandma: ", P(given(lang, region, sex="f")), "  (", r.neg("NEG_PET", pick(PETS)), "'s vet is under V)")
    r.done(f"phone_book_{lang}")


@template(14)
def slack_export():
    lang, region = loc_of()
    r = Rec("slack_export", lang, region)
    people = [person(lang, region) for _ in range(3)]
    r.t("summarise this thread:\n")
    for i in range(R.randint(2, 4)):
        g, s = pick(people)
        r.t(f"[{R.randint(9, 17)}:{R.randint(10, 59)}] ", P(pick([f"{g} {s}", g, f"{g} {s[0]}."])), ": ")
        v = R.randrange(5)
        if v == 0:
            r.t("can someone review ", r.neg("NEG_CODE", code()), "? i'm out tomorrow")
        elif v == 1:
            r.t("the ", r.neg("NEG_TERM", pick(["Kalman filter", "Levenshtein distance", "Dijkstra's algorithm", "Gaussian blur"])), " change broke prod")
        elif v == 2:
            og, os_ = person(lang, region)
            r.t("new starter ", P(f"{og} {os_}"), " joins ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), ", laptop ships to ", A(address(region, ", ")))
        elif v == 3:
            r.t("HR needs ", P(pick(people)[0]), "'s date of birth for the pension form, it's ", D(dob(lang, region, 1970, 2002)))
        else:
            r.t("lunch at ", r.neg("NEG_ORG", pick(["Harry Ramsden's", "McDonald's", "Ben & Jerry's"])), "?")
        r.t("\n")
    r.done(f"slack_export_{lang}")


@template(20)
def github_issue():
    lang, region = "en", pick(EN_REGIONS)
    r = Rec("github_issue", lang, region)
    g, s = person(lang, region)
    h = ascii_slug(g)[:5] + ascii_slug(s)[:3] + str(R.randint(1, 99))
    g2, s2 = person(lang, region)
    h2 = pick(["dev", "octo", "ci"]) + "-" + ascii_slug(s2)[:5]
    r.t(f"Issue {r.neg('NEG_CODE', '#' + str(R.randint(100, 9999)))}: date picker shows wrong birth date\n\n")
    r.t(P(f"{g} {s}"), f" (@{h}) opened this issue\n")
    r.t("Steps: create user with DOB ", D(dob(lang, region, 1980, 2000, "iso")), ", save, reopen -> shows the day before. Tested on ",
        r.neg("NEG_CODE", f"v{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}"), ".\n\n")
    r.t(P(f"{g2} {s2}" if chance(0.6) else g2), f" (@{h2}) commented:\n")
    r.t("Can't reproduce with the ", r.neg("NEG_PRODUCT", pick(["Jenkins", "Ruby on Rails"])), " fixture. @", h, " which TZ? cc @", pick(["renovate-bot", "dependabot"]), "\n")
    if chance(0.5):
        r.t("\n", f"@{h}", " commented:\nEurope/Lisbon. Test user was ", P(full(*person(lang, region), style="gs")), " at ", A(address(region, ", ")))
    r.done("github_issue")


@template(18)
def commit_trailers():
    lang, region = loc_of()
    r = Rec("commit_trailer", lang, region)
    r.t("write a better commit message for this:\n\n", f"fix: guard null birthday in profile ({r.neg('NEG_CODE', code())})\n\n")
    for lab in ["Co-authored-by", "Co-authored-by", "Signed-off-by", "Reviewed-by"][:R.randint(2, 4)]:
        g, s = person(lang, region)
        r.t(f"{lab}: ", P(f"{g} {s}"), " <", E(email_for(g, s, lang, pick([None, "users.noreply.github.com", "example.org"]))), ">\n")
    r.done(f"commit_trailer_{lang}")


@template(16)
def sql_fixture():
    lang, region = loc_of()
    r = Rec("sql_fixture", lang, region)
    r.t("why does this INSERT fail on postgres?\n\n", "INSERT INTO customers (first_name, last_name, birth_date, street, email) VALUES\n")
    n = R.randint(1, 3)
    for i in range(n):
        g, s = person(lang, region)
        r.t("  ('", P(g.replace("'", "''")) if "'" in g else P(g), "', '", P(s.replace("'", "''")), "', '", D(dob(lang, region, 1950, 2005, "iso")), "', '",
            A(address(region, ", ", False).replace("'", "''")), "', '", E(email_for(g, s, lang)), "')", ",\n" if i < n - 1 else ";\n")
    r.done(f"sql_fixture_{lang}")


@template(18)
def log_lines():
    lang, region = loc_of()
    r = Rec("log_lines", lang, region)
    r.t("what's going wrong here?\n")
    for _ in range(R.randint(2, 4)):
        g, s = person(lang, region)
        ts = f"2026-0{R.randint(1, 9)}-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z"
        v = R.randrange(3)
        if v == 0:
            r.t(f"{ts} INFO user.update id={R.randint(1000, 99999)} name=\"", P(f"{g} {s}"), "\" dob=", D(dob(lang, region, 1950, 2006, "iso")), "\n")
        elif v == 1:
            r.t(f"{ts} WARN address validation failed: \"", A(address(region, ", ", False)), "\" for ", E(email_for(g, s, lang)), "\n")
        else:
            r.t(f'{ts} ERROR {{"user":{{"given":"', P(g), '","family":"', P(s), '","birthDate":"', D(dob(lang, region, 1950, 2006)), '"}},"req":"',
                r.neg("NEG_CODE", code()), '"}\n')
    r.done(f"log_lines_{lang}")


@template(10)
def fixed_width():
    lang, region = loc_of()
    r = Rec("fixed_width", lang, region)
    r.t("convert to CSV:\n", f"{'SURNAME':<16}{'FIRST':<12}{'BORN':<12}CITY\n")
    for _ in range(R.randint(2, 3)):
        g, s = person(lang, region)
        b = dob(lang, region, 1940, 2010, pick(["iso", None]))
        r.t(P(s.upper()), " " * max(1, 16 - len(s)), P(g), " " * max(1, 12 - len(g)), D(b), " " * max(1, 12 - len(b)), pick(CITY[region])[0], "\n")
    r.done(f"fixed_width_{lang}")


QA = {
    "en": ("User: can you fill in the school trip consent form for my kids\nAssistant: Sure! What are their full names and dates of birth, and your home address?\n"
           "User: {k1} {dob1}\nand {nick} (full name {k2}), {dob2}\nwe live at {addr}\nAssistant: Thanks. Who is the emergency contact?\nUser: my {rel} {ec}"),
    "de": ("User: füll bitte das Anmeldeformular fürs Ferienlager aus\nAssistant: Gern. Wie heißen die Kinder, wann sind sie geboren und wie ist eure Adresse?\n"
           "User: {k1} {dob1}\nund {nick} (eigentlich {k2}), {dob2}\nwir wohnen {addr}\nAssistant: Danke. Wer ist der Notfallkontakt?\nUser: meine {rel} {ec}"),
    "es": ("User: rellena la autorización de la excursión de mis hijos\nAssistant: Claro. ¿Nombres completos, fechas de nacimiento y domicilio?\n"
           "User: {k1} {dob1}\ny {nick} (se llama {k2}), {dob2}\nvivimos en {addr}\nAssistant: Gracias. ¿Contacto de emergencia?\nUser: mi {rel} {ec}"),
    "fr": ("User: remplis l'autorisation de sortie scolaire pour mes enfants\nAssistant: Bien sûr. Noms complets, dates de naissance et adresse ?\n"
           "User: {k1} {dob1}\net {nick} (de son vrai nom {k2}), {dob2}\non habite {addr}\nAssistant: Merci. Contact en cas d'urgence ?\nUser: ma {rel} {ec}"),
    "pt": ("User: preenche a autorização do passeio da escola dos meus filhos\nAssistant: Claro. Nomes completos, datas de nascimento e morada?\n"
           "User: {k1} {dob1}\ne {nick} (nome completo {k2}), {dob2}\nmoramos na {addr}\nAssistant: Obrigado. Contato de emergência?\nUser: a minha {rel} {ec}"),
}
REL = {"en": ["sister", "mum", "neighbour"], "de": ["Schwester", "Mutter", "Nachbarin"], "es": ["hermana", "madre", "vecina"],
       "fr": ["sœur", "mère", "voisine"], "pt": ["irmã", "mãe", "vizinha"]}


@template(24)
def qa_dob():
    lang = pick(["en", "en", "de", "es", "fr", "pt"])
    region = pick(LOCALES[lang])
    r = Rec("assistant_dialog", lang, region)
    s = surname(lang, region)
    k1 = given(lang, region)
    full2 = pick([("Rebecca", "Becca"), ("Maximilian", "Maxi"), ("Alejandro", "Alex"), ("Valentina", "Vale"), ("Beatriz", "Bia"),
                  ("Oluwaseun", "Seun"), ("Katharina", "Kathi"), ("Francesco", "Checco"), ("Elisabeth", "Lisi"), ("Guadalupe", "Lupita"),
                  ("Margaux", "Margot"), ("Sebastián", "Seba"), ("Christopher", "Kit")])
    low = chance(0.5)
    k1s = f"{k1} {s}"
    d1 = dob(lang, region, 2010, 2019, pick(["num", "num2", "long", "ord", "iso", None]) if lang == "en" else None)
    d2 = dob(lang, region, 2010, 2019)
    ec = full(given(lang, region, sex="f"), surname(lang, region), "gs")
    kw = dict(k1=P(k1s.lower() if low else k1s), dob1=D(d1.lower() if low else d1), nick=P(full2[1].lower() if low else full2[1]),
              k2=P(f"{full2[0]} {s}".lower() if low else f"{full2[0]} {s}"), dob2=D(d2), addr=A(address(region, ", ").lower() if low else address(region, ", ")),
              rel=pick(REL[lang]), ec=P(ec.lower() if low else ec))
    r.t(*F(QA[lang], **kw))
    r.done(f"qa_dob_{lang}")


FUN = {"en": ("Celebration of the Life of", "Welcome", "Eulogy", "Pallbearers", "Reception afterwards at"),
       "de": ("Zum Gedenken an", "Begrüßung", "Nachruf", "Sargträger", "Anschließend Kaffeetafel im"),
       "nl": ("Afscheid van", "Welkom", "Woord van", "Dragers", "Daarna samenzijn in"),
       "es": ("En memoria de", "Bienvenida", "Palabras de", "Portadores", "Después, recepción en"),
       "it": ("In ricordo di", "Accoglienza", "Ricordo di", "Portatori", "A seguire rinfresco presso"),
       "pt": ("Em memória de", "Boas-vindas", "Palavras de", "Carregadores", "Depois, lanche no"),
       "fr": ("En mémoire de", "Accueil", "Éloge par", "Porteurs", "Verre de l'amitié à")}


@template(16)
def funeral_programme():
    lang, region = loc_of()
    r = Rec("funeral_programme", lang, region)
    g, s = person(lang, region)
    T = FUN[lang]
    y, m, d = ymd(1930, 1960)
    st = pick([None, "long", "iso"]) if lang != "en" else pick(["long", "ord", "num", "abbr"])
    nl = "\n"
    r.t(T[0], nl, P(f"{g} {s}".upper() if chance(0.4) else f"{g} {s}"), nl)
    r.t(D(fmt_date(lang, region, y, m, d, st)), " – ", r.neg("NEG_DATE", fmt_date(lang, region, 2025, R.randint(1, 12), R.randint(1, 28), st)), nl, nl)
    r.t(f"{T[1]}: ", pick(["", L(lang, {"en": "Rev. ", "de": "Pfarrerin ", "fr": "Abbé ", "nl": "Ds. ", "es": "Padre ", "it": "Don ", "pt": "Padre "})]),
        P(full(*person(lang, region), style="gs")), nl)
    r.t(f"{T[2]}: ", P(given(lang, region)))
    if chance(0.5):
        r.t(" & ", P(given(lang, region)))
    r.t(
        " (" + L(lang, {"en": "grandchildren", "de": "Enkel", "nl": "kleinkinderen", "es": "nietos", "it": "nipoti", "pt": "netos", "fr": "petits-enfants"}) + ")", nl)
    pb = [P(given(lang, region) if chance(0.5) else full(given(lang, region), s, "gs")) for _ in range(R.randint(2, 3))]
    r.t(f"{T[3]}: ", *join_names(pb, CONJ[lang]), nl)
    r.t("♪ ", r.neg("NEG_FAMOUS", pick(["Johann Sebastian Bach", "Amália Rodrigues", "Jacques Brel", "Miriam Makeba"])), nl)
    r.t(f"{T[4]} ", r.neg("NEG_ORG", L(lang, {"en": pick(["The Crown", "The Duke of Wellington"]), "de": "Gasthof zur Post", "fr": "Café Brel",
                                              "nl": "Café Brel", "it": "Bar Garibaldi", "es": "Bar Sport", "pt": "Salão Paroquial São José"})),
        ", ", A(address(region, ", ")))
    r.done(f"funeral_programme_{lang}")


@template(22)
def nick_caps_prompt():
    lang, region = "en", pick(EN_REGIONS)
    r = Rec("chatbot_prompt", lang, region)
    nickpairs = [("Rebecca", "Becca"), ("James", "Jimmy"), ("Siobhan", "Shiv"), ("Oluwaseun", "Seun"), ("Daniel", "Danny"),
                 ("Elizabeth", "Lizzie"), ("Katherine", "Kat"), ("Nomvula", "Vuvu"), ("Jericho", "Jek-Jek"), ("Wanjiru", "Wanji"),
                 ("Christopher", "Topher"), ("Margaret", "Peggy"), ("Aroha", "Ro")]
    v = R.randrange(4)
    for _ in range(40):
        fn_, nk = pick(nickpairs)
        if {1: "m", 2: "f"}.get(v) in (None, sex_of(fn_)):
            break
    s = surname(lang, region)
    if v == 0:
        r.t("ok so my mate ", P(nk.upper()), " (", P(f"{fn_} {s}".lower()), ") and ", P(given(lang, region).upper()),
            " are doing a charity run for ", r.neg("NEG_TERM", pick(["Alzheimer's disease", "Parkinson's disease", "Down syndrome"])),
            " research, write a short insta caption")
    elif v == 1:
        r.t("URGENT!!! NEED A SPEECH FOR ", P(f"{fn_} {s}".upper()), "'S RETIREMENT FROM ", r.neg("NEG_ORG", pick(["SIEMENS", "JOHNS HOPKINS UNIVERSITY", "MARKS & SPENCER"])),
            " TOMORROW. EVERYONE CALLS HIM ", P(nk.upper()), ". HE STARTED THERE ON ", r.neg("NEG_DATE", odate(lang, region, 1985, 1995).upper()), ".")
    elif v == 2:
        r.t("how do i tell ", P(nk), " that i don't want to be godmother to ", P(given(lang, region)), "? ", P(nk), " is ", P(fn_),
            "'s nickname btw, her full name is ", P(f"{fn_} {s}"), " and she was born ", D(dob(lang, region, 1985, 2000)))
    else:
        r.t("reply to this for me: \"hiya its ", P(nk.lower()), " from the ", r.neg("NEG_ORG", pick(["St Patrick's Athletic", "Trinity College", "FC St. Pauli"])),
            " group, can u send ur address for the xmas cards\" — my address is ", A(address(region, ", ")), " and sign it from me and ", P(given(lang, region)))
    r.done(f"nick_caps_{v}")


# ============================================================================================
# PII-free templates: capitalised look-alikes only
# ============================================================================================
@template(26)
def free_famous():
    lang, region = loc_of()
    r = Rec("history_quiz", lang, region)
    f1, f2 = R.sample(FAMOUS, 2)
    v = R.randrange(4)
    if v == 0:
        r.t("write a 200 word summary of ", r.neg("NEG_FAMOUS", f1[0]), "'s life for my 8th grade class. she/he was born ",
            r.neg("NEG_DATE", fmt_date(lang, region, *f1[1:])), " – include one fun fact about ", r.neg("NEG_FAMOUS", f2[0]), " too")
    elif v == 1:
        r.t("Quiz round 3 (births):\n1. Who was born on ", r.neg("NEG_DATE", fmt_date(lang, region, *f1[1:])), "? (", r.neg("NEG_FAMOUS", f1[0]), ")\n2. ",
            r.neg("NEG_FAMOUS", f2[0]), " – year of birth? (", str(f2[1]), ")\n3. Which company did ", r.neg("NEG_ORG", pick(ORGS)), " start as?")
    elif v == 2:
        r.t("compare the leadership styles of ", r.neg("NEG_FAMOUS", f1[0]), " and ", r.neg("NEG_FAMOUS", f2[0]),
            ", and say if the ", r.neg("NEG_ORG", pick(["Nobel Foundation", "Wellcome Trust", "Max-Planck-Institut"])), " ever honoured either")
    else:
        r.t(f"{pick(['Erkläre', 'Explique', 'Leg uit', 'Explica', 'Spiega', 'Explica', 'Explain'])}: ", r.neg("NEG_FAMOUS", f1[0]), " (",
            r.neg("NEG_DATE", fmt_date(lang, region, *f1[1:])), ") und/and ", r.neg("NEG_FAMOUS", f2[0]), " – ", r.neg("NEG_TERM", pick(TERMS)))
    r.done(f"free_famous_{v}")


@template(20)
def free_terms():
    lang, region = loc_of()
    r = Rec("eponym_question", lang, region)
    a, b, c = R.sample(TERMS, 3)
    r.t(pick(["what's the difference between ", "ELI5: ", "Unterschied zwischen ", "différence entre ", "verschil tussen ", "diferencia entre ", "differenza tra ", "diferença entre "]),
        r.neg("NEG_TERM", a), " and ", r.neg("NEG_TERM", b), "? also is ", r.neg("NEG_TERM", c), " related to ",
        r.neg("NEG_ORG", pick(["Johns Hopkins University", "Ospedale San Raffaele", "Wellcome Trust"])), " research")
    r.done("free_terms")


@template(20)
def free_products():
    lang, region = loc_of()
    r = Rec("product_compare", lang, region)
    a, b, c = R.sample(PRODUCTS, 3)
    r.t("Which is better value: ", r.neg("NEG_PRODUCT", a), " or ", r.neg("NEG_PRODUCT", b), "? My budget is tight after the ",
        r.neg("NEG_PRODUCT", c), ". Order ", r.neg("NEG_CODE", code()), " from ", r.neg("NEG_ORG", pick(["Marks & Spencer", "Boots", "Louis Vuitton", "Hugo Boss"])),
        " arrives ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), ".")
    r.done("free_products")


@template(24)
def free_places():
    lang, region = loc_of()
    r = Rec("trip_plan", lang, region)
    a, b = R.sample(PLACES, 2)
    st = pick(["Via Garibaldi", "Rue Victor Hugo", "Avenida Paulista", "Jan Smuts Avenue", "Elizabeth Street", "Goethestraße", "Calle San Vicente Ferrer", "Rua Dom João V", "Julianalaan"])
    r.t("Plan 4 days: start in ", r.neg("NEG_PLACE", a), ", train to ", r.neg("NEG_PLACE", b), ". Hotel somewhere near ", r.neg("NEG_PLACE", st),
        " (not the ", r.neg("NEG_ORG", pick(["Fondation Louis Vuitton", "Anne Frank Huis", "Goethe-Institut"])), " side). Flight ",
        r.neg("NEG_CODE", f"PNR {_letters(6)}"), " lands ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), ".")
    if chance(0.5):
        r.t(" Also is the ", r.neg("NEG_PLACE", pick(["Mandela Bridge", "Santa Maria Novella", "Wilhelmina Park", "Plaza San Martín"])), " worth it?")
    r.done("free_places")


@template(22)
def free_pets():
    lang, region = loc_of()
    r = Rec("pet_care", lang, region)
    p1, p2 = R.sample(PETS, 2)
    k = pick(PET_KIND["en"])
    r.t(f"my {k} ", r.neg("NEG_PET", p1), " was born on ", r.neg("NEG_DATE", odate(lang, region, 2019, 2024)), ", when does ", pick(["she", "he"]),
        " need the booster? and can ", r.neg("NEG_PET", p1), " share a room with our new ", pick(PET_KIND["en"]), " ", r.neg("NEG_PET", p2),
        "? vet appointment is ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)))
    r.done("free_pets")


@template(22)
def free_dev():
    lang, region = "en", "US"
    r = Rec("release_notes", lang, region)
    r.t("Release ", r.neg("NEG_CODE", f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}"), " (", r.neg("NEG_DATE", odate(lang, region, 2026, 2026, "iso")), ")\n")
    r.t("- fix ", r.neg("NEG_CODE", f"JIRA-{R.randint(100, 9999)}"), ": ", r.neg("NEG_TERM", pick(["Levenshtein distance", "Kalman filter", "Dijkstra's algorithm", "Boolean algebra", "Gaussian blur"])), " off by one\n")
    r.t("- bump ", r.neg("NEG_PRODUCT", pick(["Jenkins", "Ruby on Rails"])), " to ", r.neg("NEG_CODE", f"{R.randint(2, 8)}.{R.randint(0, 9)}"), "\n")
    r.t("- ", r.neg("NEG_PRODUCT", pick(["Alexa", "Siri", "Cortana"])), " skill: handle \"", r.neg("NEG_PLACE", pick(["Charlotte", "Florence", "Victoria", "Regina"])), "\" as a city, not a person\n")
    r.t("write the changelog entry in plain English")
    r.done("free_dev")


@template(20)
def free_calendar():
    lang, region = loc_of()
    r = Rec("week_plan", lang, region)
    r.t(pick(["help me plan my week:\n", "Termine:\n", "Agenda :\n", "Agenda:\n"]))
    items = [("dentist", 1), ("tax deadline", 1), ("wedding anniversary", 1), ("Mum's grave – anniversary of her death", 1), ("visa appointment", 1)]
    for it, _ in R.sample(items, 3):
        r.t(r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), f" – {it}\n")
    r.t("order ", r.neg("NEG_CODE", code()), " pickup at ", r.neg("NEG_ORG", pick(["Boots", "Sainsbury's", "Dr. Oetker outlet", "Kellogg's factory shop"])), "\n")
    r.t("gym at the ", r.neg("NEG_ORG", pick(["Lycée Victor Hugo", "Colegio San José", "Trinity College"])), " sports hall")
    r.done("free_calendar")


@template(18)
def free_food():
    lang, region = loc_of()
    r = Rec("menu_plan", lang, region)
    r.t("menu for 8 people: ", r.neg("NEG_TERM", "Caesar salad"), ", ", r.neg("NEG_TERM", pick(["Beef Wellington", "Eggs Benedict"])),
        ", then ", r.neg("NEG_PRODUCT", pick(["Kinder Bueno", "Ben & Jerry's Cookie Dough"])), " ice cream. Drinks: ", r.neg("NEG_PRODUCT", pick(["Jameson", "Johnnie Walker", "Moët & Chandon", "Hennessy VS", "Jack Daniel's"])),
        " and a ", r.neg("NEG_TERM", "Bloody Mary"), ". Dinner is on ", r.neg("NEG_DATE", odate(lang, region, 2026, 2026)), ", shopping at ",
        r.neg("NEG_ORG", pick(["Marks & Spencer", "Sainsbury's", "Harry Ramsden's"])), ".")
    r.done("free_food")


@template(14)
def free_streets():
    lang, region = loc_of()
    r = Rec("directions", lang, region)
    st1 = pick(["Via Garibaldi", "Rue Victor Hugo", "Jan Smuts Avenue", "Martin Luther King Jr Blvd", "Friedrich-Ebert-Straße", "Avenida Paulista", "Avenue Cheikh Anta Diop"])
    st2 = pick(["Elizabeth Street", "Piazza Garibaldi", "Marienplatz", "Plaza San Martín", "Beatrixpark", "Rua Dom João V"])
    r.t("is it faster to walk down ", r.neg("NEG_PLACE", st1), " or cut through ", r.neg("NEG_PLACE", st2), " to get to the ", r.neg("NEG_ORG", pick(ORGS)),
        "? leaving at 8, meeting at ", r.neg("NEG_PLACE", pick(["Santa Maria Novella", "Kingston", "Sankt Augustin", "Georgetown"])), " station")
    r.done("free_streets")


# ============================================================================================
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout6.json")
    for fn, w in TEMPLATES:
        for _ in range(w):
            fn()
    R.shuffle(RECORDS)
    data = json.dumps(RECORDS, ensure_ascii=False, indent=1) + "\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(data)
    cnt = {}
    for rec in RECORDS:
        for s in rec["spans"]:
            cnt[s["entity_type"]] = cnt.get(s["entity_type"], 0) + 1
    free = sum(r["metadata"]["pii_free"] for r in RECORDS)
    print(f"{len(RECORDS)} records ({free} PII-free), spans {cnt}", file=sys.stderr)


if __name__ == "__main__":
    main()
