#!/usr/bin/env python3
"""Blind held-out corpus names_holdout8: PERSON, STREET_ADDRESS, DATE_OF_BIRTH (and EMAIL_ADDRESS).

Written blind: the author did not read the detectors, their tests, the other corpora or generators,
or the project documentation, and ran nothing on this corpus except the checks in this file.

Brief (task holdout8)
---------------------
Texts are what people type or paste into an AI assistant, in kinds of text that earlier blind
corpora did not cover: sports match reports, team selections and transfer news, fantasy-league and
gaming-clan chats, auction catalogues and provenance notes, museum loan forms, film and theatre
credits, orchestra and band rosters, radio call-in logs, reference and admissions letters, peer
reviews and grant-panel notes, bylines and contributor lists, LaTeX author blocks, mail-merge address
labels, customs declarations, mortgage/loan-officer notes, legal-aid and immigration intake notes,
building-permit and planning applications, residents'/HOA minutes, wedding RSVPs and gift registries,
gym/salon/dental bookings, volunteer and blood-drive rosters, hiking and cycling trip reports, recipe
and travel blogs, loyalty-programme exports, SQL INSERT dumps, XML and LDIF exports, HL7 v2 and FHIR
patient messages, and prompts asking an assistant to draft, translate, summarise, anonymise or fill
something.  Prose, tables (CSV, TSV, Markdown, pipes, fixed width), forms, JSON/YAML/XML, e-mail
headers and quoted replies, and chat-box typing (lower case, typos, no punctuation).
Languages/regions: en (US UK IE AU NZ CA IN ZA NG KE PH), de (DE AT CH), fr (FR BE CH CA SN),
nl (NL BE), es (ES MX AR CO US), it (IT), pt (PT BR), plus pl/sv/tr names in English text.
Names: about half invented per language (syllable generator, no name list knows them), half real and
common including global origins; diacritics, hyphens, particles, initials, nicknames, lower case,
ALL CAPS, a few in their own script (Cyrillic, Greek, Arabic, Hebrew, CJK).
About a fifth of the records are PII-free prompts full of capitalised look-alikes.

Labelling conventions
---------------------
* PERSON: the name as written; titles and honorifics excluded ("Dr. [Ana Ruiz]"), possessive 's
  excluded, particles included ("[Jan van der Berg]").  "Surname, Given" as written is one span.  A
  given name and a surname in separate fields (CSV columns, JSON keys, HL7 components) are two spans.
  Given names alone are PERSON when the text makes clear they are a person (lists, "X and Y").
  Nicknames and display names that are names are PERSON; machine user names, gamer tags and GitHub
  handles are not.  Fictional characters, famous/historical people as a topic are not PERSON.
* STREET_ADDRESS: the whole postal address as written, from unit/building/street line (or PO box)
  through postcode, city, region and country when they are part of the block; one span across
  newlines or HL7 '^' separators; company and office addresses count.  A city or country alone, or a
  street named without a number as a place, does not.
* DATE_OF_BIRTH: the date only (no "born on"), for a living or private person (not a famous person,
  not a pet).  Every other calendar date is a look-alike (NEG_DATE).
* EMAIL_ADDRESS: every e-mail address (a name inside an address is not a separate PERSON).
* Kinship words and titles stay outside the PERSON span ("Grandma [Rosa]", "Nonna [Pina]", "Dr. [Ana Ruiz]").
  Values are exactly as written, so an SQL literal keeps its doubled apostrophe ('[O''Brien]').
  LDIF postalAddress ('$'-separated) and HL7 XAD ('^'-separated) are one STREET_ADDRESS span each.
* metadata.lookalikes: the sorted set of look-alike kinds present in the record: NEG_FAMOUS,
  NEG_TERM, NEG_ORG, NEG_PRODUCT, NEG_PLACE, NEG_PET, NEG_CODE, NEG_DATE.

Usage: gen_names_holdout8.py [output path]  (default contrib/bench/accuracy/data/names_holdout8.json);
the bytes written are the same either way.  Python 3 standard library only; fixed seed.
"""

import json
import os
import random
import sys
import unicodedata

SEED = 80808
rng = random.Random(SEED)


def ch(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------------------------------------
# Record builder: a record is a list of parts; a part is a plain string or (kind, value).
# kinds PERSON / STREET_ADDRESS / DATE_OF_BIRTH / EMAIL_ADDRESS become spans, NEG_* are recorded
# as look-alikes and rendered as plain text.
# ---------------------------------------------------------------------------------------------
SPAN_KINDS = ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "EMAIL_ADDRESS")


def P(v):
    return ("PERSON", v)


def A(v):
    return ("STREET_ADDRESS", v)


def D(v):
    return ("DATE_OF_BIRTH", v)


def E(v):
    return ("EMAIL_ADDRESS", v)


def N(kind, v):
    return ("NEG_" + kind, v)


def build(parts, template_id, family, lang, region):
    text = []
    pos = 0
    spans = []
    looks = set()
    for part in parts:
        if isinstance(part, str):
            s = part
        else:
            kind, s = part
            if kind in SPAN_KINDS:
                spans.append({"entity_type": kind, "entity_value": s,
                              "start_position": pos, "end_position": pos + len(s)})
            else:
                assert kind.startswith("NEG_"), kind
                looks.add(kind)
        text.append(s)
        pos += len(s)
    full = "".join(text)
    for sp in spans:
        assert full[sp["start_position"]:sp["end_position"]] == sp["entity_value"], sp
        v = sp["entity_value"]
        assert v and v == v.strip(), (template_id, v)
    return {
        "full_text": full,
        "spans": spans,
        "template_id": template_id,
        "metadata": {"family": family, "lang": lang, "region": region,
                     "pii_free": not spans, "lookalike_kinds": sorted(looks)},
    }


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
REAL = {
    "en": (["James", "Olivia", "Liam", "Emily", "Noah", "Charlotte", "Jack", "Grace", "Ethan",
            "Hannah", "Oliver", "Chloe", "Connor", "Megan", "Ryan", "Sophie", "Daniel", "Rebecca",
            "Matthew", "Lauren", "Tyler", "Brianna", "Kevin", "Denise", "Gary", "Sharon", "Harry",
            "Isla", "Ruby", "Callum", "Florence", "Victoria", "Georgia", "Austin", "Jordan", "Savannah", "Madison"],
           ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Walker", "Hughes",
            "Edwards", "Thompson", "Clarke", "Robinson", "Wright", "Harris", "Bennett", "Foster",
            "Campbell", "Mitchell", "Reid", "Graham", "Palmer", "Fletcher", "Morgan", "Hayes", "Ford", "Price", "King",
            "Banks", "Bishop", "Mercer"]),
    "IE": (["Siobhán", "Aoife", "Ciarán", "Niamh", "Seán", "Orla", "Cian", "Saoirse", "Pádraig",
            "Róisín", "Eoin", "Clodagh"],
           ["O'Brien", "Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Connor",
            "McCarthy", "Doyle", "Ní Bhriain", "Mac Giolla"]),
    "IN": (["Priya", "Arjun", "Ananya", "Rahul", "Lakshmi", "Vikram", "Deepika", "Karthik",
            "Sneha", "Rohan", "Meenakshi", "Aditya", "Pooja", "Sanjay"],
           ["Patel", "Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Krishnan", "Desai",
            "Banerjee", "Chatterjee", "Rao", "Kulkarni", "Singh"]),
    "NG": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka",
            "Ifeanyi", "Yetunde", "Babatunde", "Nkechi"],
           ["Okafor", "Adeyemi", "Balogun", "Okonkwo", "Eze", "Nwosu", "Adebayo", "Olawale",
            "Obi", "Ogunleye", "Abubakar", "Danjuma"]),
    "KE": (["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Kiprop", "Wambui", "Mutua",
            "Akinyi", "Chebet", "Mwende", "Baraka"],
           ["Mwangi", "Otieno", "Njoroge", "Kariuki", "Omondi", "Wanjala", "Kiplagat", "Mutiso",
            "Odhiambo", "Chege", "Kimani", "Onyango"]),
    "ZA": (["Thabo", "Lerato", "Sipho", "Nomvula", "Pieter", "Annelie", "Bongani", "Zanele",
            "Johan", "Thandeka", "Lwazi", "Riaan"],
           ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Ndlovu", "Pretorius",
            "Khumalo", "du Plessis", "Mahlangu", "Naidoo", "Venter"]),
    "PH": (["Maria Clara", "Jose", "Angelica", "Mark Anthony", "Kristine", "Jericho", "Rowena",
            "Dante", "Maricel", "Rommel", "Liezl", "Jun"],
           ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia",
            "Aquino", "Ramos", "Castillo", "Manalo", "Pangilinan"]),
    "de": (["Lukas", "Leonie", "Jürgen", "Sabine", "Maximilian", "Anna-Lena", "Björn", "Götz",
            "Ursula", "Klaus", "Katharina", "Jörg", "Annika", "Florian", "Heike", "Tobias",
            "Franziska", "Moritz", "Dörte", "Sebastian"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf", "Schröder", "Neumann", "Zimmermann",
            "Krüger", "Hartmann", "von Bülow", "Gruber", "Huber", "Pichler", "Brunner", "Keller",
            "Meier", "Öztürk", "Baumgartner", "Steiner"]),
    "fr": (["Camille", "Manon", "Léa", "Chloé", "Théo", "Hugo", "Louis", "Jean-Pierre",
            "Marie-Claude", "Étienne", "Hélène", "Geneviève", "Benoît", "Anaïs", "Loïc", "Maëlle",
            "Amadou", "Fatou", "Moussa", "Aminata", "Ousmane", "Mamadou"],
           ["Martin", "Bernard", "Dubois", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard",
            "Fournier", "de la Tour", "Diallo", "Ndiaye", "Sow", "Diop", "Tremblay", "Gagnon",
            "Côté", "Bouchard", "Lambert", "Dupont", "Peeters", "Renard", "Mercier", "Faye"]),
    "nl": (["Daan", "Sem", "Lotte", "Sanne", "Joris", "Femke", "Bram", "Anouk", "Thijs",
            "Maarten", "Wouter", "Fleur", "Noor", "Jelle", "Lieke", "Pieter", "Ilse", "Sven",
            "Marloes", "Koen"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Hendriks", "Janssens",
            "Maes", "Willems", "Claes", "Wouters", "Goossens", "Verbruggen", "van der Heijden"]),
    "es": (["Sofía", "Lucía", "Martina", "Mateo", "Santiago", "Alejandro", "José Luis",
            "María José", "Valentina", "Camila", "Diego", "Javier", "Guadalupe", "Ximena",
            "Nicolás", "Andrés", "Paola", "Juan Pablo", "Florencia", "Agustín"],
           ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Jiménez", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
            "Romero", "Castillo", "de la Fuente", "Ortega", "Ramírez", "Vargas", "Quispe",
            "Restrepo", "Ibáñez"]),
    "it": (["Giulia", "Francesco", "Alessandro", "Sofia", "Chiara", "Lorenzo", "Matteo",
            "Federica", "Giuseppe", "Giovanna", "Niccolò", "Beatrice", "Gianluca", "Ilaria",
            "Salvatore", "Rosaria", "Davide", "Elisa"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "D'Angelo", "Di Stefano", "Fontana"]),
    "pt": (["João", "Maria", "Ana", "Pedro", "Tiago", "Inês", "Beatriz", "Gonçalo", "Rafaela",
            "Luíza", "Thiago", "Gabriel", "Larissa", "Caio", "Fernanda", "Conceição", "Vitória",
            "Raimundo"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
            "Sousa", "Fernandes", "Gonçalves", "dos Santos", "da Silva", "Almeida", "Carvalho",
            "Lima", "Ribeiro", "Araújo", "Nascimento", "Magalhães"]),
}
GLOBAL = [
    (["Zofia", "Wojciech", "Małgorzata", "Krzysztof", "Agnieszka", "Łukasz"],
     ["Grzegorczyk", "Wiśniewski", "Zielińska", "Kowalczyk", "Wójcik", "Szymański"]),
    (["Björn", "Elin", "Sigrid", "Oskar", "Linnéa", "Måns"],
     ["Lindgren", "Bergström", "Nyström", "Lundqvist", "Sjöberg", "Åkesson"]),
    (["Emre", "Elif", "Zeynep", "Burak", "Gökhan", "Şule"],
     ["Yıldız", "Şahin", "Çelik", "Aydın", "Kılıç", "Öztürk"]),
    (["Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Noura"],
     ["Al-Sayed", "Haddad", "El Amrani", "Khalil", "Benali", "Abu-Zeid"]),
    (["Mei", "Wei", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Thi Lan", "Minh"],
     ["Chen", "Wang", "Tanaka", "Kim", "Park", "Nguyen", "Tran", "Nakamura"]),
    (["Dmitri", "Olena", "Svetlana", "Bogdan", "Milena", "Dragan"],
     ["Petrov", "Kovalenko", "Ivanova", "Popović", "Horvat", "Novák"]),
    (["Kwame", "Abena", "Amara", "Tendai", "Kofi", "Nia"],
     ["Mensah", "Boateng", "Moyo", "Chukwu", "Asante", "Sesay"]),
]
NATIVE = ["Иван Петров", "Ольга Смирнова", "Γιώργος Παπαδόπουλος", "Ελένη Κωνσταντίνου",
          "محمد الحسن", "فاطمة الزهراء", "דוד לוי", "נועה כהן", "王小明", "李华", "佐藤 健",
          "김민준", "Сергій Бондаренко", "Αναστασία Νικολάου"]

SYL = {
    "en": (["br", "dr", "k", "l", "m", "th", "v", "gr", "st", "p", "h", "f", "r", "s", "t", "n",
            "c", "j", "w", "b"],
           ["a", "e", "i", "o", "u", "ai", "ea", "oa", "ie", "ay"],
           ["n", "l", "r", "ck", "m", "t", "ss", "nd", ""],
           ["ley", "wick", "ton", "more", "ford", "by", "ridge", "well", "ham", "stead", "bury"],
           ["a", "ie", "en", "on", "yn", "el", "issa", "or", "ette", "as"]),
    "de": (["br", "kr", "gr", "h", "k", "l", "m", "r", "st", "sch", "w", "z", "f", "b", "d", "g"],
           ["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au"],
           ["n", "l", "r", "ck", "m", "tt", "nd", "ng", ""],
           ["mann", "berg", "hagen", "ler", "rich", "stein", "bach", "ke", "horst", "inger", "hofer"],
           ["a", "e", "ine", "olf", "ert", "ika", "old", "run", "mar", "ke"]),
    "fr": (["b", "d", "g", "l", "m", "p", "r", "s", "t", "v", "ch", "gr", "br", "j", "f"],
           ["a", "e", "i", "o", "ou", "é", "au", "ai", "eu"],
           ["n", "l", "r", "s", ""],
           ["ard", "et", "ier", "eau", "ac", "on", "ine", "ot", "elle", "ault", "in"],
           ["ine", "ette", "elle", "ric", "ien", "on", "aude", "ane", "in", "é"]),
    "nl": (["b", "d", "g", "h", "j", "k", "l", "m", "r", "s", "t", "v", "w", "z", "sch", "kr"],
           ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ij", "ui", "ou"],
           ["n", "l", "r", "k", "m", "s", "nd", ""],
           ["stra", "ink", "ma", "sen", "hout", "kamp", "beek", "dijk", "man", "huis", "ens"],
           ["ke", "tje", "je", "an", "ert", "ine", "o", "a", "em", "ijn"]),
    "es": (["b", "c", "d", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "ll", "br", "f"],
           ["a", "e", "i", "o", "u", "ia", "ue", "io"],
           ["n", "l", "r", "s", ""],
           ["ez", "ado", "ero", "illa", "ega", "ana", "uz", "ales", "ino", "eda"],
           ["a", "o", "ela", "ino", "ita", "ano", "iana", "ero", "inda", "ardo"]),
    "it": (["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "gi", "ch"],
           ["a", "e", "i", "o", "u", "ia", "io"],
           ["n", "l", "r", "", "", "s"],
           ["ini", "etti", "ello", "ucci", "one", "ari", "elli", "azzo", "osi", "aldi"],
           ["a", "o", "ina", "etta", "ino", "ella", "ano", "ia", "ilde", "aldo"]),
    "pt": (["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "j", "ch", "br"],
           ["a", "e", "i", "o", "u", "ei", "ou"],
           ["n", "l", "r", "s", ""],
           ["eira", "inho", "ares", "ado", "edo", "elho", "ães", "ota", "uz", "ento", "ão"],
           ["a", "o", "inha", "ilde", "ana", "elo", "ício", "ira", "ane", "ino"]),
    "af": (["ch", "ad", "ol", "nk", "em", "ob", "ng", "ik", "w", "m", "k", "t", "b", "z"],
           ["a", "e", "i", "o", "u"],
           ["", "", "n", "m"],
           ["wu", "nye", "oke", "ala", "ani", "ebo", "uma", "ende", "ongo", "ike", "ati"],
           ["a", "e", "i", "u", "o", "ka", "ma", "di", "ye", "ri"]),
}
LANG_OF_REGION_FOR_SYL = {"NG": "af", "KE": "af", "ZA": "af", "SN": "af"}


def invent(lang, kind):
    onsets, vowels, codas, sur_end, giv_end = SYL[lang]
    n = rng.choice([1, 1, 2])
    s = ""
    for i in range(n):
        s += ch(onsets) + ch(vowels)
        if i < n - 1 and chance(0.5):
            s += ch(codas)
    end = ch(sur_end if kind == "sur" else giv_end)
    if s[-1] in "aeiouäöüéy" and end[0] in "aeiouäöüéy":
        s = s[:-1] if len(s) > 2 else s
    s += end
    # avoid tripled letters / awkward doubles
    out = []
    for c in s:
        if len(out) >= 2 and out[-1] == c and out[-2] == c:
            continue
        out.append(c)
    s = "".join(out)
    if lang != "nl":
        for v in ("aa", "ii", "uu") if lang in ("en", "de") else ("aa", "ii", "uu", "ee", "oo"):
            s = s.replace(v, v[0])
    return s[0].upper() + s[1:]


PARTICLES = {"de": ["von", "von der", "zu"], "nl": ["van", "van der", "de", "van 't", "ter"],
             "fr": ["de", "du", "Le", "de la"], "es": ["de", "del", "de la"],
             "it": ["De", "Di", "Lo", "Dal"], "pt": ["da", "dos", "de", "do"],
             "en": ["O'", "Mc", "Mac", "Fitz"]}


class Person:
    def __init__(self, given, sur, lang, region, native=None):
        self.given = given
        self.sur = sur
        self.lang = lang
        self.region = region
        self.native = native
        if native:
            t = native.split()
            self.given, self.sur = (t[0], " ".join(t[1:])) if len(t) > 1 else (native, native)

    def full(self):
        if self.native:
            return self.native
        return self.given + " " + self.sur

    def first(self):
        if self.native:
            return self.given
        return self.given.split()[0] if " " in self.given and self.lang != "es" else self.given

    def sur_given(self):
        return self.sur + ", " + self.given

    def initial(self):
        return self.given[0] + ". " + self.sur

    def email(self, domain=None):
        g = ascii_fold(self.given).lower().replace(" ", "").replace("'", "").replace("-", "")
        s = ascii_fold(self.sur).lower().replace(" ", "").replace("'", "").replace("-", "")
        if not g:
            g = "user"
        if not s:
            s = str(rng.randint(10, 99))
        local = ch([g + "." + s, g[0] + s, g + "_" + s, s + "." + g, g + s[0] + str(rng.randint(1, 99)),
                    g + "." + s + str(rng.randint(70, 99))])
        dom = domain or ch(DOMAINS.get(self.region, DOMAINS["_"]))
        return local + "@" + dom

    def styled(self, style=None):
        """The full name in one of the ways people write it."""
        style = style or ch(["full"] * 6 + ["initial", "lower", "caps", "surgiven", "middle"])
        if self.native:
            return self.native
        if style == "full":
            return self.full()
        if style == "initial":
            return self.initial()
        if style == "lower":
            return self.full().lower()
        if style == "caps":
            return self.full().upper()
        if style == "surgiven":
            return self.sur_given()
        if style == "middle":
            return self.given + " " + ch("ABCDEFGHJKLMNPRSTW") + ". " + self.sur
        return self.full()


DOMAINS = {
    "_": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"],
    "UK": ["btinternet.com", "gmail.com", "outlook.co.uk"], "IE": ["eircom.net", "gmail.com"],
    "AU": ["bigpond.com", "gmail.com"], "NZ": ["xtra.co.nz", "gmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmx.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net"], "BE": ["skynet.be", "telenet.be"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "ES": ["telefonica.net", "gmail.com"],
    "MX": ["prodigy.net.mx", "hotmail.com"], "AR": ["fibertel.com.ar", "gmail.com"],
    "IT": ["libero.it", "tiscali.it", "virgilio.it"], "PT": ["sapo.pt", "gmail.com"],
    "BR": ["uol.com.br", "terra.com.br", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
    "NG": ["yahoo.com", "gmail.com"], "KE": ["gmail.com", "yahoo.com"], "ZA": ["mweb.co.za", "gmail.com"],
    "PH": ["yahoo.com.ph", "gmail.com"], "CA": ["rogers.com", "videotron.ca", "gmail.com"],
    "SN": ["orange.sn", "gmail.com"], "CO": ["une.net.co", "gmail.com"],
}

REGIONS = {"en": ["US", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA", "NG", "KE", "PH"],
           "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH", "CA", "SN"], "nl": ["NL", "BE"],
           "es": ["ES", "MX", "AR", "CO", "US"], "it": ["IT"], "pt": ["PT", "BR"]}
LANG_WEIGHTS = ["en"] * 9 + ["de"] * 3 + ["fr"] * 3 + ["nl"] * 2 + ["es"] * 3 + ["it"] * 2 + ["pt"] * 2


def pick_lang(allowed=None):
    lang = ch(LANG_WEIGHTS)
    if allowed and lang not in allowed:
        lang = ch(allowed)
    return lang, ch(REGIONS[lang])


def real_pool(lang, region):
    if lang == "en" and region in REAL:
        return REAL[region]
    if lang == "fr" and region == "SN":
        return (REAL["fr"][0][-6:], REAL["fr"][1][10:14] + ["Faye", "Sarr", "Ba", "Gueye"])
    if lang == "fr" and region == "CA":
        return (REAL["fr"][0][:12], REAL["fr"][1][14:20] + ["Pelletier", "Lavoie", "Bergeron"])
    if lang == "fr":
        return (REAL["fr"][0][:16], REAL["fr"][1][:10] + REAL["fr"][1][18:])
    return REAL[lang]


def person(lang, region, invented=None, allow_native=True, allow_particle=True):
    if allow_native and chance(0.025):
        return Person("", "", lang, region, native=ch(NATIVE))
    if invented is None:
        invented = chance(0.5)
    if not invented and chance(0.18):
        gp, sp = ch(GLOBAL)
        return Person(ch(gp), ch(sp), lang, region)
    if invented:
        sl = LANG_OF_REGION_FOR_SYL.get(region, lang) if lang in ("en", "fr") else lang
        if sl == "af" and lang == "fr":
            sl = ch(["af", "fr"])
        g = invent(sl, "giv")
        s = invent(sl, "sur")
        if chance(0.08):
            g = g + "-" + invent(sl, "giv")
        if chance(0.06):
            s = s + "-" + invent(sl, "sur")
        if allow_particle and lang in PARTICLES and chance(0.12):
            p = ch(PARTICLES[lang])
            s = (p + s) if p.endswith("'") or p in ("Mc", "Mac", "Fitz") else (p + " " + s)
        return Person(g, s, lang, region)
    gp, sp = real_pool(lang, region)
    return Person(ch(gp), ch(sp), lang, region)


NICK = ["Bex", "Dazza", "Jojo", "Kiki", "Mads", "Tommo", "Pina", "Trudi", "Chuy", "Pepe", "Lulu",
        "Gigi", "Bubba", "Didi", "Ama", "Sanne-Marie", "Boet", "Kiko"]


# ---------------------------------------------------------------------------------------------
# Dates
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
    "de": ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
}
EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
          "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
          "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
DE_ORD = ["ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten",
          "neunten", "zehnten", "elften", "zwölften"]
FR_NUM = ["premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze"]
ES_NUM = ["primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
          "once", "doce"]


def suffix(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def rand_ymd(y0=1938, y1=2008):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(lang, region, y, m, d, style=None):
    """A calendar date as people of this language/region write it."""
    yy = "%02d" % (y % 100)
    if lang == "en":
        us = region in ("US", "PH", "CA") and region != "UK"
        opts = ["mdy_long", "iso", "dmy_long", "num", "num2", "abbr", "ord", "ordword", "dmy_abbr_caps", "apos"]
        style = {"long": "dmy_long", "word": "ordword"}.get(style, style) or ch(opts)
        mn = MONTHS["en"][m - 1]
        ab = MABBR["en"][m - 1] if chance(0.7) else MABBR["en"][m - 1][:3]
        if style == "mdy_long":
            return "%s %d, %d" % (mn, d, y) if us or chance(0.3) else "%d %s %d" % (d, mn, y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if style == "dmy_long":
            return "%d %s %d" % (d, mn, y) if not us else "%s %d, %d" % (mn, d, y)
        if style == "num":
            if region == "US":
                return "%d/%d/%d" % (m, d, y) if chance(0.5) else "%02d/%02d/%04d" % (m, d, y)
            if region == "ZA" and chance(0.5):
                return "%04d/%02d/%02d" % (y, m, d)
            if region == "IN" and chance(0.5):
                return "%02d-%02d-%04d" % (d, m, y)
            if region == "CA":
                return "%04d-%02d-%02d" % (y, m, d)
            return "%02d/%02d/%04d" % (d, m, y) if region != "PH" else "%02d/%02d/%04d" % (m, d, y)
        if style == "num2":
            if region in ("US", "PH"):
                return "%d/%d/%s" % (m, d, yy)
            return ch(["%d/%d/%s", "%02d.%02d.%s", "%02d-%02d-%s"]) % (d, m, yy)
        if style == "abbr":
            return ch(["%s %d, %d" % (ab, d, y), "%d %s %d" % (d, ab, y), "%d-%s-%d" % (d, ab[:3], y)])
        if style == "ord":
            return ch(["%d%s %s %d" % (d, suffix(d), mn, y), "%d%s of %s %d" % (d, suffix(d), mn, y),
                       "%s %d%s, %d" % (mn, d, suffix(d), y)])
        if style == "ordword":
            return ch(["the %s of %s %d" % (EN_ORD[d - 1], mn, y), "%s %s, %d" % (mn, EN_ORD[d - 1], y)])
        if style == "dmy_abbr_caps":
            return "%02d %s %d" % (d, ab[:3].upper(), y)
        if style == "apos":
            return ("%s %d '%s" % (ab[:3], d, yy)) if us else ("%d %s '%s" % (d, ab[:3], yy))
        return "%d %s %d" % (d, mn, y)
    if lang == "de":
        mn = MONTHS["de"][m - 1]
        if region == "AT" and m == 1 and chance(0.7):
            mn = "Jänner"
        style = style or ch(["num", "num", "num2", "long", "abbr", "iso", "ordword", "short"])
        if style == "num":
            return "%02d.%02d.%04d" % (d, m, y)
        if style == "num2":
            return "%d.%d.%s" % (d, m, yy)
        if style == "long":
            return "%d. %s %d" % (d, mn, y)
        if style == "abbr":
            return "%02d. %s %d" % (d, MABBR["de"][m - 1], y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if style == "ordword" and d <= 12:
            return "%s %s %d" % (DE_ORD[d - 1], mn, y)
        return "%d.%d.%d" % (d, m, y)
    if lang == "fr":
        mn = MONTHS["fr"][m - 1]
        style = style or ch(["num", "num", "long", "abbr", "iso", "num2", "word"])
        dd = "1er" if d == 1 else str(d)
        if style == "num":
            return "%02d/%02d/%04d" % (d, m, y) if region != "CA" else "%04d-%02d-%02d" % (y, m, d)
        if style == "long":
            return "%s %s %d" % (dd, mn, y)
        if style == "abbr":
            return "%s %s %d" % (dd, MABBR["fr"][m - 1], y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if style == "num2":
            return ch(["%02d/%02d/%s", "%02d.%02d.%s"]) % (d, m, yy)
        if style == "word" and d <= 12:
            return "%s %s %d" % (FR_NUM[d - 1], mn, y)
        return "%d %s %d" % (d, mn, y)
    if lang == "nl":
        mn = MONTHS["nl"][m - 1]
        style = style or ch(["num", "num", "long", "abbr", "iso", "num2"])
        if style == "num":
            return ch(["%02d-%02d-%04d", "%d-%d-%04d", "%02d/%02d/%04d"]) % (d, m, y)
        if style == "long":
            return "%d %s %d" % (d, mn, y)
        if style == "abbr":
            return "%d %s %d" % (d, MABBR["nl"][m - 1], y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        return "%02d-%02d-%s" % (d, m, yy)
    if lang == "es":
        mn = MONTHS["es"][m - 1]
        style = style or ch(["num", "num", "long", "abbr", "iso", "num2", "word"])
        if region == "US" and style == "num":
            return "%02d/%02d/%04d" % (m, d, y)
        if style == "num":
            return ch(["%02d/%02d/%04d", "%d/%d/%04d", "%02d-%02d-%04d"]) % (d, m, y)
        if style == "long":
            return ch(["%d de %s de %d", "%d de %s del %d"]) % (d, mn, y) if d != 1 else "1.º de %s de %d" % (mn, y)
        if style == "abbr":
            return "%d %s %d" % (d, MABBR["es"][m - 1], y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if style == "word" and d <= 12:
            return "%s de %s de %d" % (ES_NUM[d - 1], mn, y)
        return "%02d/%02d/%s" % (d, m, yy)
    if lang == "it":
        mn = MONTHS["it"][m - 1]
        style = style or ch(["num", "num", "long", "abbr", "iso", "num2"])
        if style == "num":
            return ch(["%02d/%02d/%04d", "%d/%d/%04d", "%02d-%02d-%04d", "%02d.%02d.%04d"]) % (d, m, y)
        if style == "long":
            return ("1º %s %d" % (mn, y)) if d == 1 else ("%d %s %d" % (d, mn, y))
        if style == "abbr":
            return "%d %s %d" % (d, MABBR["it"][m - 1], y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        return "%02d/%02d/%s" % (d, m, yy)
    if lang == "pt":
        mn = MONTHS["pt"][m - 1]
        style = style or ch(["num", "num", "long", "abbr", "iso", "num2"])
        if style == "num":
            return ch(["%02d/%02d/%04d", "%d/%d/%04d", "%02d-%02d-%04d"]) % (d, m, y)
        if style == "long":
            return ("1º de %s de %d" % (mn, y)) if d == 1 else ("%d de %s de %d" % (d, mn, y))
        if style == "abbr":
            return "%02d %s %d" % (d, MABBR["pt"][m - 1], y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        return "%02d/%02d/%s" % (d, m, yy)
    raise ValueError(lang)


def dob(lang, region, y0=1938, y1=2008, style=None):
    y, m, d = rand_ymd(y0, y1)
    return fmt_date(lang, region, y, m, d, style)


def other_date(lang, region, y0=2024, y1=2027, style=None):
    y, m, d = rand_ymd(y0, y1)
    return fmt_date(lang, region, y, m, d, style)


BORN = {  # (masculine, feminine) phrases that introduce a date of birth
    "en": [("born on ", "born on "), ("born ", "born "), ("b. ", "b. "), ("DOB ", "DOB "),
           ("date of birth ", "date of birth ")],
    "de": [("geboren am ", "geboren am "), ("geb. ", "geb. "), ("* ", "* "), ("Geburtsdatum ", "Geburtsdatum ")],
    "fr": [("né le ", "née le "), ("né le ", "née le "), ("date de naissance : ", "date de naissance : ")],
    "nl": [("geboren op ", "geboren op "), ("geb. ", "geb. "), ("geboortedatum ", "geboortedatum ")],
    "es": [("nacido el ", "nacida el "), ("nacido el ", "nacida el "), ("F. nac. ", "F. nac. "),
           ("fecha de nacimiento ", "fecha de nacimiento ")],
    "it": [("nato il ", "nata il "), ("nato a Bari il ", "nata a Bari il "), ("n. ", "n. "),
           ("data di nascita ", "data di nascita ")],
    "pt": [("nascido em ", "nascida em "), ("nascido a ", "nascida a "), ("DN ", "DN "),
           ("data de nascimento ", "data de nascimento ")],
}

LBL = {
    "en": dict(name="Name", given="First name", sur="Last name", dob="Date of birth", addr="Address",
               email="Email", phone="Phone", date="Date", applicant="Applicant"),
    "de": dict(name="Name", given="Vorname", sur="Nachname", dob="Geburtsdatum", addr="Anschrift",
               email="E-Mail", phone="Telefon", date="Datum", applicant="Antragsteller/in"),
    "fr": dict(name="Nom", given="Prénom", sur="Nom", dob="Date de naissance", addr="Adresse",
               email="Courriel", phone="Tél.", date="Date", applicant="Demandeur"),
    "nl": dict(name="Naam", given="Voornaam", sur="Achternaam", dob="Geboortedatum", addr="Adres",
               email="E-mail", phone="Telefoon", date="Datum", applicant="Aanvrager"),
    "es": dict(name="Nombre", given="Nombre", sur="Apellidos", dob="Fecha de nacimiento", addr="Domicilio",
               email="Correo", phone="Tel.", date="Fecha", applicant="Solicitante"),
    "it": dict(name="Nome", given="Nome", sur="Cognome", dob="Data di nascita", addr="Indirizzo",
               email="E-mail", phone="Tel.", date="Data", applicant="Richiedente"),
    "pt": dict(name="Nome", given="Nome", sur="Apelido", dob="Data de nascimento", addr="Morada",
               email="E-mail", phone="Telefone", date="Data", applicant="Requerente"),
}


def lbl(lang, region, key):
    v = LBL[lang][key]
    if lang == "pt" and region == "BR":
        v = {"Morada": "Endereço", "Apelido": "Sobrenome", "Telefone": "Telefone"}.get(v, v)
    return v


# ---------------------------------------------------------------------------------------------
# Street addresses: address(lang, region) -> list of lines; render with "\n" or ", ".
# ---------------------------------------------------------------------------------------------
ST_EN = ["Maple Ridge Drive", "Carrow Road", "Kilmore Avenue", "Banksia Street", "Kowhai Place",
         "Elm Street", "Jacaranda Avenue", "Mill Lane",
         "Station Road", "Orchard Close", "Harbour View Terrace", "Cedar Court", "Willow Crescent",
         "Martin Luther King Jr Blvd", "Queen Victoria Street", "Lincoln Avenue", "Park Road",
         "Thornbury Way", "Sandringham Grove", "Birchwood Lane", "Ridgeway Parade"]
ST_EN_ABBR = {"Drive": "Dr", "Street": "St", "Avenue": "Ave", "Road": "Rd", "Lane": "Ln",
              "Place": "Pl", "Court": "Ct", "Crescent": "Cres", "Terrace": "Tce", "Parade": "Pde"}
BUILDINGS_EN = ["Rosewood House", "Kingfisher Court", "The Maltings", "Albion Mews", "Salcedo Tower",
                "Sai Krupa Apartments", "Harbourside Lofts", "Greenacres Flats", "Ocean Breeze Residences"]
CITY = {
    "US": [("Columbus", "OH", "43215"), ("Bozeman", "MT", "59715"), ("Tucson", "AZ", "85719"),
           ("Rochester", "NY", "14607"), ("Eugene", "OR", "97401"), ("Savannah", "GA", "31401"),
           ("Madison", "WI", "53703"), ("El Paso", "TX", "79902"), ("Santa Ana", "CA", "92701"),
           ("Miami", "FL", "33135")],
    "UK": [("Norwich", "NR2 4PD"), ("Leeds", "LS6 3BN"), ("Bristol", "BS8 1TH"), ("Cardiff", "CF24 4HQ"),
           ("Edinburgh", "EH9 1QS"), ("Belfast", "BT7 1NN"), ("Manchester", "M14 5RG"),
           ("Brighton", "BN2 9QA"), ("London", "SE15 4QL"), ("London", "N16 7UX")],
    "IE": [("Dublin 8", "D08 V2K6"), ("Cork", "T12 X7E9"), ("Galway", "H91 C8N4"),
           ("Limerick", "V94 T3D2"), ("Sligo", "F91 YX30")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
           ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005")],
    "NZ": [("Riccarton", "Christchurch", "8041"), ("Ponsonby", "Auckland", "1011"),
           ("Te Aro", "Wellington", "6011"), ("Hamilton East", "Hamilton", "3216")],
    "CA": [("Toronto", "ON", "M5T 1K4"), ("Halifax", "NS", "B3H 2Y9"), ("Calgary", "AB", "T2S 0J5"),
           ("Vancouver", "BC", "V6K 2G8"), ("Winnipeg", "MB", "R3M 1N2"), ("Ottawa", "ON", "K1S 3W7")],
    "IN": [("Indiranagar", "Bengaluru", "560038", "Karnataka"), ("Koregaon Park", "Pune", "411001", "Maharashtra"),
           ("T. Nagar", "Chennai", "600017", "Tamil Nadu"), ("Kadavanthra", "Kochi", "682020", "Kerala"),
           ("Malviya Nagar", "Jaipur", "302017", "Rajasthan"), ("Jubilee Hills", "Hyderabad", "500033", "Telangana")],
    "ZA": [("Lynnwood", "Pretoria", "0081"), ("Rondebosch", "Cape Town", "7700"),
           ("Sandton", "Johannesburg", "2196"), ("Morningside", "Durban", "4001"), ("Walmer", "Gqeberha", "6070")],
    "NG": [("Victoria Island", "Lagos"), ("Ikeja", "Lagos"), ("Wuse II", "Abuja"), ("Bodija", "Ibadan"),
           ("Independence Layout", "Enugu"), ("GRA Phase 2", "Port Harcourt")],
    "KE": [("Kilimani", "Nairobi", "00100"), ("Nyali", "Mombasa", "80100"), ("Milimani", "Kisumu", "40100"),
           ("Elgon View", "Eldoret", "30100")],
    "PH": [("Salcedo Village", "Makati City", "1227"), ("Diliman", "Quezon City", "1101"),
           ("Lahug", "Cebu City", "6000"), ("Kapitolyo", "Pasig City", "1603")],
}
ST_DE = ["Lindenstraße", "Goethestraße", "Am Mühlbach", "Hauptstraße", "Schillerplatz", "Kastanienallee",
         "Gumpendorfer Straße", "Bahnhofstrasse", "Birkenweg", "Im Wiesengrund", "Rosenheimer Str.",
         "Seestrasse", "Kirchgasse", "Mozartgasse", "Alte Landstraße", "Fliederweg"]
CITY_DE = {"DE": [("10437", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20357", "Hamburg"),
                  ("04109", "Leipzig"), ("69117", "Heidelberg"), ("01099", "Dresden"), ("28195", "Bremen")],
           "AT": [("1060", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz")],
           "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen")]}
ST_FR = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
         "chemin des Vignes", "rue Victor Hugo", "place du Marché", "allée des Tilleuls",
         "rue du Rhône", "rue Saint-Denis", "avenue Cheikh Anta Diop", "rue de la Loi", "impasse des Moulins"]
CITY_FR = {"FR": [("75011", "Paris"), ("69007", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"),
                  ("33000", "Bordeaux"), ("59800", "Lille"), ("44000", "Nantes"), ("67000", "Strasbourg")],
           "BE": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("1348", "Louvain-la-Neuve")],
           "CH": [("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1950", "Sion")],
           "CA": [("Montréal", "H2J 2L3"), ("Québec", "G1R 4P5"), ("Gatineau", "J8X 3Y2"), ("Sherbrooke", "J1H 1Z3")],
           "SN": [("Sacré-Cœur 3", "Dakar"), ("Mermoz", "Dakar"), ("Sor", "Saint-Louis"), ("Grand Standing", "Thiès")]}
ST_NL = ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Oudegracht", "Molenweg", "Lange Nieuwstraat",
         "Vondelstraat", "Stationsplein", "Meir", "Korenmarkt", "Julianalaan", "Bosrand", "Schoolstraat"]
CITY_NL = {"NL": [("1016 GV", "Amsterdam"), ("3511 LX", "Utrecht"), ("2611 HD", "Delft"),
                  ("9711 LV", "Groningen"), ("5611 EM", "Eindhoven"), ("3012 CL", "Rotterdam")],
           "BE": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge")]}
ST_ES = ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Sierpes", "Paseo de Gracia",
         "Avenida Insurgentes Sur", "Calle Libertad", "Avenida Corrientes", "Calle Simón Bolívar",
         "Calle Real", "Avenida San Martín", "Calle de las Flores"]
CITY_ES = {"ES": [("28013", "Madrid"), ("08007", "Barcelona"), ("41004", "Sevilla"), ("46001", "Valencia"),
                  ("48001", "Bilbao"), ("18009", "Granada")],
           "MX": [("03940", "Ciudad de México", "CDMX", "Col. Crédito Constructor"), ("44160", "Guadalajara", "Jal.", "Col. Americana"),
                  ("64000", "Monterrey", "N.L.", "Col. Centro"), ("72000", "Puebla", "Pue.", "Col. Centro Histórico")],
           "AR": [("C1043", "CABA"), ("X5000", "Córdoba"), ("S2000", "Rosario"), ("M5500", "Mendoza")],
           "CO": [("Bogotá", "110221"), ("Medellín", "050021"), ("Cali", "760042"), ("Barranquilla", "080020")]}
ST_IT = ["Via Roma", "Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Europa",
         "Via della Spiga", "Piazza Cavour", "Via San Francesco", "Vicolo del Pozzo", "Via Dante Alighieri",
         "Via delle Rose", "Borgo Pinti"]
CITY_IT = [("20121", "Milano", "MI"), ("00186", "Roma", "RM"), ("40126", "Bologna", "BO"), ("80134", "Napoli", "NA"),
           ("50122", "Firenze", "FI"), ("10123", "Torino", "TO"), ("90133", "Palermo", "PA")]
ST_PT = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua das Flores",
         "Rua Oscar Freire", "Avenida Paulista", "Rua Voluntários da Pátria", "Rua XV de Novembro",
         "Largo do Chiado", "Rua Direita"]
CITY_PT = {"PT": [("1100-053", "Lisboa"), ("4000-443", "Porto"), ("3000-150", "Coimbra"), ("8000-138", "Faro"),
                  ("4700-320", "Braga")],
           "BR": [("01426-001", "São Paulo", "SP", "Jardins"), ("22070-011", "Rio de Janeiro", "RJ", "Copacabana"),
                  ("30130-010", "Belo Horizonte", "MG", "Centro"), ("80010-010", "Curitiba", "PR", "Centro"),
                  ("40140-110", "Salvador", "BA", "Barra")]}


def num():
    return str(ch([rng.randint(1, 30), rng.randint(1, 120), rng.randint(100, 2999)]))


def en_street(abbr=None):
    st = ch(ST_EN)
    if abbr or (abbr is None and chance(0.4)):
        w = st.split()
        if w[-1] in ST_EN_ABBR:
            w[-1] = ST_EN_ABBR[w[-1]]
            st = " ".join(w)
    return st


def address(lang, region, country=None):
    """Lines of a postal address in the country's format."""
    if country is None:
        country = chance(0.15)
    L = []
    if lang == "en" or (lang == "es" and region == "US"):
        if region == "US":
            c, stt, z = ch(CITY["US"])
            if chance(0.12):
                L = ["PO Box %d" % rng.randint(100, 9999), "%s, %s %s" % (c, stt, z)]
            else:
                line = "%s %s" % (rng.randint(10, 9999), en_street())
                if chance(0.35):
                    line += ch([", Apt %d%s" % (rng.randint(1, 40), ch("ABCD")), " #%d" % rng.randint(2, 400),
                                ", Unit %d" % rng.randint(1, 30), ", Suite %d" % rng.randint(100, 900)])
                L = [line, "%s, %s %s" % (c, stt, z)]
            if country:
                L.append(ch(["USA", "United States"]))
        elif region == "UK":
            c, pc = ch(CITY["UK"])
            L = []
            r = rng.random()
            if r < 0.25:
                L.append("Flat %d" % rng.randint(1, 12))
                L.append("%d %s" % (rng.randint(1, 200), en_street(False)))
            elif r < 0.4:
                L.append(ch(BUILDINGS_EN[:4]))
                L.append("%d %s" % (rng.randint(1, 80), en_street(False)))
            else:
                L.append("%d %s" % (rng.randint(1, 300), en_street(False)))
            L.append(c)
            L.append(pc)
            if chance(0.4):
                L[-2:] = ["%s %s" % (c, pc)]
            if country:
                L.append("United Kingdom")
        elif region == "IE":
            c, ek = ch(CITY["IE"])
            if chance(0.3):
                L = [ch(["Ballyhale", "Cloonacool", "Rathmore", "Knockanore"]),
                     ch(["Co. Kilkenny", "Co. Sligo", "Co. Kerry", "Co. Waterford"]), ch(["R95 K2T7", "F56 D8P2", "V93 X4N1", "X42 HT22"])]
            else:
                L = ["%d %s" % (rng.randint(1, 150), en_street(False)), c, ek]
            if country:
                L.append("Ireland")
        elif region == "AU":
            sub, stt, pc = ch(CITY["AU"])
            n = rng.randint(1, 200)
            first = ("%d/%d %s" % (rng.randint(1, 20), n, en_street())) if chance(0.35) else ("%d %s" % (n, en_street()))
            L = [first, "%s %s %s" % (sub.upper() if chance(0.4) else sub, stt, pc)]
            if country:
                L.append("Australia")
        elif region == "NZ":
            sub, c, pc = ch(CITY["NZ"])
            L = ["%d %s" % (rng.randint(1, 300), en_street()), sub, "%s %s" % (c, pc)]
            if country:
                L.append("New Zealand")
        elif region == "CA":
            c, p, pc = ch(CITY["CA"])
            n = rng.randint(10, 4999)
            first = ("%d-%d %s" % (rng.randint(101, 2405), n, en_street())) if chance(0.3) else ("%d %s" % (n, en_street()))
            L = [first, "%s %s  %s" % (c, p, pc) if chance(0.3) else "%s, %s %s" % (c, p, pc)]
            if country:
                L.append("Canada")
        elif region == "IN":
            area, c, pin, stt = ch(CITY["IN"])
            L = []
            if chance(0.6):
                L.append("Flat %s, %s" % (ch(["302", "4B", "G-2", "1104", "7A"]), ch(BUILDINGS_EN[5:] + ["Lakshmi Nivas", "Green Park Residency"])))
            L.append("%s, %s" % (ch(["14th Cross", "2nd Main Road", "No. 27, 5th Street", "Plot 88, Sector 4", "Door No. 12-3-45"]), area))
            L.append("%s - %s" % (c, pin) if chance(0.5) else "%s %s" % (c, pin))
            L.append(stt)
            if country:
                L.append("India")
        elif region == "ZA":
            sub, c, pc = ch(CITY["ZA"])
            L = ["%d %s" % (rng.randint(1, 400), en_street()), sub, c, pc]
            if chance(0.4):
                L = [L[0], sub, "%s %s" % (c, pc)]
            if country:
                L.append("South Africa")
        elif region == "NG":
            area, c = ch(CITY["NG"])
            L = ["%s %s" % (ch(["No. %d" % rng.randint(1, 80), "Plot %d" % rng.randint(1, 900), str(rng.randint(1, 60))]),
                            ch(["Adeola Odeku Street", "Awolowo Road", "Aminu Kano Crescent", "Ring Road", "Ogui Road", "Allen Avenue"])),
                 area, "%s%s" % (c, ch([" State", ""]))]
            if country:
                L.append("Nigeria")
        elif region == "KE":
            area, c, pc = ch(CITY["KE"])
            if chance(0.4):
                L = ["P.O. Box %d-%s" % (rng.randint(100, 99999), pc), c]
            else:
                L = ["%s, %s" % (ch(["Hse No. %d" % rng.randint(1, 60), "Apt %s" % ch(["B4", "12", "C7"])]),
                                 ch(["Argwings Kodhek Road", "Ngong Road", "Links Road", "Oginga Odinga Street", "Uganda Road"])),
                     area, "%s %s" % (c, pc)]
            if country:
                L.append("Kenya")
        else:  # PH
            area, c, zc = ch(CITY["PH"])
            first = "%d %s" % (rng.randint(1, 300), ch(["H.V. Dela Costa St.", "Katipunan Ave.", "Gorordo Avenue",
                                                        "J.P. Rizal St.", "Shaw Blvd."]))
            if chance(0.4):
                first = "Unit %s, %s, %s" % (ch(["12B", "804", "3F-2"]), ch(BUILDINGS_EN[4:5] + ["Pearl Residences", "Avida Towers"]), first)
            L = [first, "Brgy. " + area if chance(0.3) else area, "%s %s" % (c, zc)]
            if country:
                L.append("Philippines")
        return L
    if lang == "de":
        pc, c = ch(CITY_DE[region])
        st = ch(ST_DE)
        n = str(rng.randint(1, 140)) + (ch("abc") if chance(0.15) else "")
        if region == "AT":
            n += "/%d" % rng.randint(1, 20) if chance(0.5) else ""
            pc = pc if chance(0.5) else "A-" + pc
        if region == "CH" and chance(0.3):
            pc = "CH-" + pc
        if chance(0.08):
            L = ["Postfach %d" % rng.randint(100, 9999), "%s %s" % (pc, c)]
        else:
            L = ["%s %s" % (st, n)]
            if chance(0.2):
                x = ch(["c/o Hausverwaltung Lerch", "2. OG links", "Hinterhaus", "Whg. 14"])
                L.insert(0 if x.startswith("c/o") else 1, x)
            L.append("%s %s" % (pc, c))
        if country:
            L.append({"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"}[region])
        return L
    if lang == "fr":
        if region == "CA":
            c, pc = ch(CITY_FR["CA"])
            first = "%d, %s" % (rng.randint(100, 9999), ch(["rue Saint-Denis", "boulevard René-Lévesque Ouest", "avenue du Parc", "rue Principale"]))
            if chance(0.3):
                first = "%d-%s" % (rng.randint(1, 900), first.replace(",", ""))
            L = [first, "%s (Québec)  %s" % (c, pc) if chance(0.6) else "%s QC %s" % (c, pc)]
            if country:
                L.append("Canada")
            return L
        if region == "SN":
            area, c = ch(CITY_FR["SN"])
            if chance(0.35):
                L = ["BP %d" % rng.randint(1000, 29999), "%s%s" % (c, ch(["", " RP", "-Fann"]) if c == "Dakar" else "")]
            else:
                L = ["Villa n° %d, %s" % (rng.randint(1, 400), area), c]
            if country:
                L.append("Sénégal")
            return L
        pc, c = ch(CITY_FR[region])
        st = ch([x for x in ST_FR if x != "avenue Cheikh Anta Diop"])
        if region == "BE" or (region == "CH" and chance(0.6)):
            line = "%s %d" % (st[0].upper() + st[1:], rng.randint(1, 200))
            if region == "BE" and chance(0.3):
                line += " bte %d" % rng.randint(1, 20)
            L = [line, "%s %s" % (pc, c)]
        else:
            n = str(rng.randint(1, 180)) + (ch([" bis", " ter"]) if chance(0.12) else "")
            L = ["%s %s" % (n, st)]
            if chance(0.25):
                L.insert(0, ch(["Bât. B, 3e étage", "Résidence Les Pins, apt 12", "Escalier C", "Appartement 41"]))
            L.append("%s %s" % (pc, c.upper() if chance(0.3) else c))
        if country:
            L.append({"FR": "France", "BE": "Belgique", "CH": "Suisse"}[region])
        return L
    if lang == "nl":
        pc, c = ch(CITY_NL[region])
        n = str(rng.randint(1, 400))
        if region == "NL":
            n += ch(["", "", "-1", "-II", " A", "hs", " bis"])
        else:
            n += ch(["", "", " bus 3", "/2"])
        L = ["%s %s" % (ch(ST_NL), n), "%s %s" % (pc if region == "BE" else (pc if chance(0.7) else pc.replace(" ", "")), c.upper() if chance(0.25) else c)]
        if chance(0.07):
            L = ["Postbus %d" % rng.randint(10, 9999), L[1]]
        if country:
            L.append("Nederland" if region == "NL" else "België")
        return L
    if lang == "es":
        if region == "ES":
            pc, c = ch(CITY_ES["ES"])
            st = ch(ST_ES[:6] + ST_ES[9:])
            if chance(0.3):
                st = st.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ")
            L = ["%s, %d, %s" % (st, rng.randint(1, 200), ch(["3º B", "2º 1ª", "bajo izq.", "5º dcha.", "1.º A"])) if chance(0.6) else "%s %d" % (st, rng.randint(1, 200)),
                 "%s %s" % (pc, c)]
            if country:
                L.append("España")
        elif region == "MX":
            pc, c, stt, col = ch(CITY_ES["MX"])
            L = ["%s %d%s" % (ch(["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos"]), rng.randint(1, 3000),
                              ch(["", ", Int. 4", " Depto. 302"])), col, "%s %s, %s" % (pc, c, stt)]
            if country:
                L.append("México")
        elif region == "AR":
            pc, c = ch(CITY_ES["AR"])
            L = ["%s %d%s" % (ch(["Av. Corrientes", "Av. San Martín", "Calle Libertad", "Bv. Oroño"]), rng.randint(100, 5000),
                              ch(["", ", Piso 5 Depto B", ", 3° \"C\""])), "%s %s" % (pc, c)]
            if country:
                L.append("Argentina")
        else:  # CO
            c, pc = ch(CITY_ES["CO"])
            L = ["%s %d # %d-%d%s" % (ch(["Carrera", "Calle", "Cra.", "Cl.", "Diagonal"]), rng.randint(1, 120),
                                      rng.randint(1, 99), rng.randint(1, 99), ch(["", ", Apto 502", ", Torre 2 Apto 801"])),
                 "%s%s" % (c, (" " + pc) if chance(0.5) else "")]
            if country:
                L.append("Colombia")
        return L
    if lang == "it":
        pc, c, pr = ch(CITY_IT)
        st = ch(ST_IT)
        line = "%s %d%s" % (st, rng.randint(1, 220), ch(["", "", "/B", ", int. 5", ", scala C"]))
        if chance(0.4):
            line = "%s, %d%s" % (st, rng.randint(1, 220), ch(["", "/A"]))
        L = [line, "%s %s (%s)" % (pc, c, pr) if chance(0.6) else "%s %s %s" % (pc, c, pr)]
        if country:
            L.append("Italia")
        return L
    if lang == "pt":
        if region == "PT":
            pc, c = ch(CITY_PT["PT"])
            L = ["%s, %d%s" % (ch(ST_PT[:5] + ST_PT[9:]), rng.randint(1, 300), ch(["", ", 2.º Esq.", ", 1.º Dto.", " R/C"])),
                 "%s %s" % (pc, c)]
            if country:
                L.append("Portugal")
        else:
            pc, c, uf, bairro = ch(CITY_PT["BR"])
            L = ["%s, %d%s" % (ch(ST_PT[5:]), rng.randint(1, 3000), ch(["", ", apto 52", ", bloco B, ap. 304", " - casa 2"])),
                 "%s - %s/%s" % (bairro, c, uf) if chance(0.5) else "%s, %s - %s" % (bairro, c, uf), "CEP %s" % pc if chance(0.5) else pc]
            if country:
                L.append("Brasil")
        return L
    raise ValueError(lang)


def addr1(lang, region, country=None):
    """One-line form with commas."""
    return ", ".join(address(lang, region, country))


PO_PREFIX = ("PO Box", "P.O. Box", "Postfach", "Postbus", "BP ")


def addr1_street(lang, region, country=None):
    """One-line address of a building (no PO box): a property, a site, a guesthouse."""
    while True:
        lines = address(lang, region, country)
        if not lines[0].startswith(PO_PREFIX):
            return ", ".join(lines)


def addrN(lang, region, country=None):
    return "\n".join(address(lang, region, country))


def addr_any(lang, region):
    return addr1(lang, region) if chance(0.6) else addrN(lang, region)


# ---------------------------------------------------------------------------------------------
# Look-alike pools
# ---------------------------------------------------------------------------------------------
FAMOUS = [("Albert Einstein", (1879, 3, 14)), ("Marie Curie", (1867, 11, 7)), ("Nelson Mandela", (1918, 7, 18)),
          ("Frida Kahlo", (1907, 7, 6)), ("Wolfgang Amadeus Mozart", (1756, 1, 27)),
          ("Johann Sebastian Bach", (1685, 3, 31)), ("Simón Bolívar", (1783, 7, 24)),
          ("Mahatma Gandhi", (1869, 10, 2)), ("José Rizal", (1861, 6, 19)), ("Victor Hugo", (1802, 2, 26)),
          ("Galileo Galilei", (1564, 2, 15)), ("Fernando Pessoa", (1888, 6, 13)), ("Wangari Maathai", (1940, 4, 1)),
          ("Chinua Achebe", (1930, 11, 16)), ("Johan Cruyff", (1947, 4, 25)), ("Vincent van Gogh", (1853, 3, 30)),
          ("Gabriel García Márquez", (1927, 3, 6)), ("Johann Wolfgang von Goethe", (1749, 8, 28)),
          ("Clara Schumann", (1819, 9, 13)), ("Rabindranath Tagore", (1861, 5, 7)), ("Ada Lovelace", (1815, 12, 10)),
          ("Léopold Sédar Senghor", (1906, 10, 9)), ("Hildegard von Bingen", None), ("Eusébio", (1942, 1, 25)),
          ("Pelé", (1940, 10, 23)), ("Diego Maradona", (1960, 10, 30)), ("Charles de Gaulle", (1890, 11, 22)),
          ("Miriam Makeba", (1932, 3, 4)), ("Rembrandt van Rijn", None), ("Dante Alighieri", None),
          ("Shakespeare", None), ("Queen Elizabeth II", (1926, 4, 21)), ("Sor Juana Inés de la Cruz", None),
          ("Edmund Hillary", (1919, 7, 20)), ("Bob Marley", (1945, 2, 6)), ("Astrid Lindgren", (1907, 11, 14))]
CHARACTERS = ["Hamlet", "Ophelia", "Lady Macbeth", "Don Quijote", "Sherlock Holmes", "Cyrano", "Mother Courage",
              "Peer Gynt", "Elizabeth Bennet", "Figaro", "Tartuffe", "Willy Loman", "Blanche DuBois", "Carmen"]
TERMS = {
    "en": ["Alzheimer's disease", "Parkinson's disease", "the Doppler effect", "Bayes' theorem",
           "a Gaussian process", "the Fibonacci sequence", "Hodgkin lymphoma", "the Heimlich manoeuvre",
           "the Kaplan-Meier estimator", "Newton's second law", "a Petri dish", "the Richter scale",
           "Crohn's disease", "the Turing test", "Occam's razor", "a Bunsen burner", "Euler's method",
           "the Pythagorean theorem", "the Mercator projection", "Eggs Benedict", "Beef Wellington",
           "Murphy's law", "the Peter principle", "a Cox proportional-hazards model", "the Mann-Whitney U test",
           "Hashimoto's thyroiditis", "the Monroe doctrine", "a Fresnel lens", "the Bechdel test", "Tommy John surgery"],
    "de": ["Morbus Crohn", "die Alzheimer-Krankheit", "der Doppler-Effekt", "die Gaußsche Normalverteilung",
           "das Ohmsche Gesetz", "die Keplerschen Gesetze", "der Heimlich-Handgriff", "die Kneipp-Kur",
           "die Riester-Rente", "der Bunsenbrenner"],
    "fr": ["la maladie de Parkinson", "le théorème de Pythagore", "l'effet Doppler", "la loi de Murphy",
           "le syndrome de Gilles de la Tourette", "la méthode Montessori", "la pasteurisation",
           "le principe d'Archimède", "la crème Chantilly", "le bœuf Stroganoff"],
    "nl": ["de ziekte van Alzheimer", "de wet van Ohm", "het dopplereffect", "de stelling van Pythagoras",
           "de ziekte van Lyme", "het Montessorionderwijs", "de Ponzifraude"],
    "es": ["el síndrome de Down", "la enfermedad de Parkinson", "el teorema de Pitágoras", "la ley de Murphy",
           "el efecto Doppler", "la escala de Richter", "el método Montessori", "la sucesión de Fibonacci"],
    "it": ["il morbo di Parkinson", "il teorema di Pitagora", "la legge di Murphy", "il metodo Montessori",
           "la scala Mercalli", "il carpaccio", "il principio di Archimede"],
    "pt": ["a doença de Alzheimer", "o teorema de Pitágoras", "a lei de Murphy", "o efeito Doppler",
           "a escala Richter", "o método Montessori", "a síndrome de Down"],
}
ORGS = ["Johns Hopkins University", "Ernst & Young", "Siemens", "McDonald's", "Goldman Sachs",
        "Trinity College Dublin", "Ludwig-Maximilians-Universität", "Fondation Louis Vuitton", "Philips",
        "Ford Motor Company", "Mercedes-Benz", "Hewlett-Packard", "Walt Disney Studios", "Institut Pasteur",
        "Max-Planck-Institut", "Goethe-Institut", "Fundação Calouste Gulbenkian", "Cadbury", "Dangote Group",
        "Tata Consultancy Services", "Escuela Normal Simón Bolívar", "Liceo Giuseppe Parini", "Lycée Victor-Hugo",
        "Colégio Pedro II", "St. Patrick's College", "Marks & Spencer", "Kellogg's", "Heineken", "Guinness",
        "Boehringer Ingelheim", "Fundación Carlos Slim", "Rijksmuseum Vincent van Gogh", "Jean Monnet Foundation",
        "Bill & Melinda Gates Foundation", "Wellcome Trust", "Nobel Foundation", "Carnegie Hall"]
CLUBS = {"en": ["Shamrock Rovers", "Kaizer Chiefs", "Gor Mahia", "Enyimba", "Melbourne Victory", "Toronto FC",
                "Auckland City", "Aston Villa", "Bohemians", "Mamelodi Sundowns", "Kaya FC"],
         "de": ["Bayern München", "Rapid Wien", "FC Basel", "Werder Bremen", "SK Sturm Graz", "FC St. Pauli"],
         "fr": ["Olympique Lyonnais", "Standard de Liège", "Servette FC", "CF Montréal", "Casa Sports", "Stade Rennais"],
         "nl": ["Feyenoord", "Club Brugge", "PSV", "FC Utrecht", "KAA Gent", "Go Ahead Eagles"],
         "es": ["Real Betis", "Boca Juniors", "Club América", "Atlético Nacional", "Athletic Club", "Rosario Central"],
         "it": ["Juventus", "AC Milan", "Atalanta", "SSC Napoli", "Bologna FC", "Torino FC"],
         "pt": ["SL Benfica", "Flamengo", "FC Porto", "Santos FC", "Sporting CP", "Atlético Mineiro"]}
STADIA = {"en": ["Moses Mabhida Stadium", "Teslim Balogun Stadium", "Rizal Memorial Stadium", "Nyayo Stadium",
                 "Eden Park", "Dalymount Park"],
          "de": ["Ernst-Happel-Stadion", "Gottlieb-Daimler-Stadion", "Fritz-Walter-Stadion", "St. Jakob-Park"],
          "fr": ["Stade Pierre-Mauroy", "Stade Léopold-Sédar-Senghor", "Stade Roi Baudouin", "Stade Charles-Ehrmann"],
          "nl": ["Johan Cruijff ArenA", "Philips Stadion", "Jan Breydelstadion", "Abe Lenstra Stadion"],
          "es": ["Estadio Santiago Bernabéu", "Estadio Alberto J. Armando", "Estadio Benito Villamarín", "Estadio Atanasio Girardot"],
          "it": ["Stadio Giuseppe Meazza", "Stadio Diego Armando Maradona", "Stadio Renato Dall'Ara", "Stadio Olimpico Grande Torino"],
          "pt": ["Estádio José Alvalade", "Estádio Mário Filho", "Estádio Cícero Pompeu de Toledo", "Estádio Dom Afonso Henriques"]}
PRODUCTS = ["Tesla Model Y", "Ford Fiesta", "Mercedes-Benz Sprinter", "Dyson V15", "Jack Daniel's", "Johnnie Walker Black Label",
            "Adobe Illustrator", "Microsoft Teams", "Siri", "Alexa", "Ferrero Rocher", "Ben & Jerry's", "Kinder Bueno",
            "Steinway Model D", "Fender Stratocaster", "Gibson Les Paul", "Leica M6", "Hasselblad 500C", "Montblanc Meisterstück",
            "Peugeot 208", "Renault Clio", "Toyota Corolla", "Honda Jazz", "Louis Vuitton Speedy", "Levi's 501",
            "Philips Hue", "Dr. Martens 1460", "Tim Tam", "Mrs Balls Chutney", "Maggi", "Nutella", "Ray-Ban Wayfarer",
            "Yamaha Clavinova", "Harley-Davidson Sportster", "Jeep Wrangler", "Lamborghini Urus", "Porsche Cayenne"]
PLACES = ["St. Helena", "Victoria", "Elizabeth Bay", "Lake Louise", "Charlotte", "Adelaide", "Florence", "Santa Clara",
          "San Isidro", "Port Elizabeth", "Georgetown", "Jacksonville", "Marienplatz", "Karlsplatz", "Sankt Pölten",
          "Saint-Denis", "Sainte-Anne-des-Monts", "Vila Madalena", "Santa Teresa", "San José", "Goethestraße",
          "Via Garibaldi", "Avenida Paulista", "Plaza Simón Bolívar", "Place Charles-de-Gaulle", "Queen Victoria Street",
          "Lake Victoria", "Kruger National Park", "Leopoldstadt", "Wilhelminapark", "Mount Elgon", "Josefstadt",
          "Rue Victor Hugo", "Mariahilfer Straße", "Kaiser-Wilhelm-Koog", "Maria Wörth", "Mont-Saint-Michel",
          "Isabela", "Lake Taupō", "Cape Columbine", "Bernardsville", "Eduardo Castex"]
PETS = ["Biscuit", "Luna", "Max", "Bella", "Oscar", "Mochi", "Simba", "Rocky", "Nala", "Frida", "Pippa", "Bruno",
        "Tofu", "Maple", "Pixel", "Milo", "Coco", "Duke", "Lola", "Rex", "Zorro", "Chispa", "Pelusa", "Minou",
        "Bobbie", "Snoopy", "Gizmo", "Freddie", "Mr. Whiskers", "Sir Barksalot", "Peggy", "Hugo", "Kiwi"]
PET_KIND = {"en": ["dog", "cat", "rabbit", "horse", "parrot", "labrador", "tortoise"],
            "de": ["Hund", "Kater", "Katze", "Hündin", "Wellensittich"], "fr": ["chien", "chatte", "chat", "jument"],
            "nl": ["hond", "kat", "konijn", "pony"], "es": ["perro", "gata", "perrita", "loro"],
            "it": ["cane", "gatta", "cagnolino"], "pt": ["cão", "gata", "cachorro", "papagaio"]}


def code():
    return ch(["HUSH-%d" % rng.randint(100, 9999), "#%s-%d-%05d" % (ch("ABCKR"), rng.randint(2023, 2027), rng.randint(1, 99999)),
               "v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20)), "Lot %d" % rng.randint(1, 600),
               "SKU %d-%s-%02d" % (rng.randint(10, 99), ch(["RT", "KL", "ZX", "MB"]), rng.randint(1, 99)),
               "INV-%06d" % rng.randint(1, 999999), "REF %s%d" % (ch(["AB", "QX", "TT", "LM"]), rng.randint(10000, 99999)),
               "PR #%d" % rng.randint(10, 9000), "case %d/%02d" % (rng.randint(100, 9999), rng.randint(20, 27))])


def born_phrase(lang, fem=False):
    m, f = ch(BORN[lang])
    return f if fem else m


def fam():
    return ch([f for f in FAMOUS if f[1]])


# ---------------------------------------------------------------------------------------------
# Families with personal data
# ---------------------------------------------------------------------------------------------
def f_match_report():
    lang, region = pick_lang()
    ps = [person(lang, region) for _ in range(5)]
    clubs = rng.sample(CLUBS[lang], 2)
    stad = ch(STADIA[lang])
    md = other_date(lang, region, 2025, 2026)
    m1, m2, m3 = sorted(rng.sample(range(3, 94), 3))
    deb = ps[4]
    dd = dob(lang, region, 2006, 2009)
    intro = {"en": "can you tidy up this match report for our club website, keep it under 200 words:\n\n",
             "de": "Kannst du diesen Spielbericht für unsere Vereinsseite kürzen?\n\n",
             "fr": "Peux-tu reformuler ce compte rendu de match pour le site du club ?\n\n",
             "nl": "Kun je dit wedstrijdverslag wat strakker maken voor de clubsite?\n\n",
             "es": "¿Me ayudas a pulir esta crónica del partido para la web del club?\n\n",
             "it": "Puoi sistemare questa cronaca della partita per il sito della squadra?\n\n",
             "pt": "Podes melhorar esta crónica do jogo para o site do clube?\n\n"}[lang]
    if lang == "en":
        body = [N("ORG", clubs[0]), " 2-1 ", N("ORG", clubs[1]), " (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "It took until the %d%s minute for the hosts to break through, " % (m1, suffix(m1)), P(ps[0].full()),
                " curling one in after a one-two with ", P(ps[1].first()), ". ", P(ps[2].styled("full")),
                " levelled just before the hour, but substitute ", P(deb.full()), " (", born_phrase("en"), D(dd),
                ") marked the debut with a header in the %d%s minute. Keeper " % (m3, suffix(m3)), P(ps[3].sur),
                " kept out everything late on. Player of the match: ", P(ps[0].sur), "."]
    elif lang == "de":
        body = [N("ORG", clubs[0]), " – ", N("ORG", clubs[1]), " 2:1 (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "In der %d. Minute traf " % m1, P(ps[0].full()), " nach Doppelpass mit ", P(ps[1].first()), ". ",
                P(ps[2].full()), " glich aus, ehe der eingewechselte ", P(deb.full()), " (", born_phrase("de"), D(dd),
                ") bei seinem Debüt per Kopf traf. Torwart ", P(ps[3].sur), " hielt den Sieg fest."]
    elif lang == "fr":
        body = [N("ORG", clubs[0]), " 2-1 ", N("ORG", clubs[1]), " (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "À la %de minute, " % m1, P(ps[0].full()), " ouvre le score sur un service de ", P(ps[1].first()), ". ",
                P(ps[2].full()), " égalise, mais le jeune ", P(deb.full()), " (", born_phrase("fr"), D(dd),
                "), entré en jeu, signe ses débuts d'une tête. Le gardien ", P(ps[3].sur), " a tout repoussé en fin de match."]
    elif lang == "nl":
        body = [N("ORG", clubs[0]), " - ", N("ORG", clubs[1]), " 2-1 (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "In de %de minuut schoot " % m1, P(ps[0].full()), " raak na een één-twee met ", P(ps[1].first()), ". ",
                P(ps[2].full()), " maakte gelijk, maar invaller ", P(deb.full()), " (", born_phrase("nl"), D(dd),
                ") kopte bij zijn debuut de winnende binnen. Doelman ", P(ps[3].sur), " hield de nul achteraan overeind."]
    elif lang == "es":
        body = [N("ORG", clubs[0]), " 2-1 ", N("ORG", clubs[1]), " (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "Al minuto %d, " % m1, P(ps[0].full()), " abrió el marcador tras una pared con ", P(ps[1].first()), ". ",
                P(ps[2].full()), " empató, pero el canterano ", P(deb.full()), " (", born_phrase("es"), D(dd),
                ") marcó de cabeza en su debut. El arquero ", P(ps[3].sur), " sostuvo el triunfo."]
    elif lang == "it":
        body = [N("ORG", clubs[0]), "-", N("ORG", clubs[1]), " 2-1 (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "Al %d' " % m1, P(ps[0].full()), " sblocca il risultato dopo un uno-due con ", P(ps[1].first()), ". ",
                P(ps[2].full()), " pareggia, poi il giovane ", P(deb.full()), " (", born_phrase("it"), D(dd),
                ") segna di testa all'esordio. Il portiere ", P(ps[3].sur), " salva tutto nel finale."]
    else:
        body = [N("ORG", clubs[0]), " 2-1 ", N("ORG", clubs[1]), " (", N("PLACE", stad), ", ", N("DATE", md), ")\n",
                "Aos %d minutos, " % m1, P(ps[0].full()), " abriu o marcador após tabela com ", P(ps[1].first()), ". ",
                P(ps[2].full()), " empatou, mas o estreante ", P(deb.full()), " (", born_phrase("pt"), D(dd),
                ") marcou de cabeça. O guarda-redes ", P(ps[3].sur), " segurou a vitória."]
    return [intro] + body, "prose", lang, region


def f_team_sheet():
    lang, region = pick_lang()
    hdr = {"en": ("No", "Player", "DOB", "Pos"), "de": ("Nr.", "Spieler", "Geb.-Datum", "Pos."),
           "fr": ("N°", "Joueur", "Né(e) le", "Poste"), "nl": ("Nr", "Speler", "Geboortedatum", "Positie"),
           "es": ("N.º", "Jugador", "F. nac.", "Pos."), "it": ("N.", "Giocatore", "Data di nascita", "Ruolo"),
           "pt": ("N.º", "Jogador", "Data nasc.", "Pos.")}[lang]
    style = ch(["num", "num", "iso", "long", "abbr"])
    fmt = ch(["md", "csv", "pipe", "tsv"])
    intro = ch({"en": ["U17 squad for saturday, pls check birthdates for the league registration:\n",
                       "Selection for the regional cup — format this as a nice table:\n"],
                "de": ["Kader U19 für die Meldung beim Verband, bitte Geburtsdaten prüfen:\n"],
                "fr": ["Liste des U18 pour la licence, merci de vérifier les dates :\n"],
                "nl": ["Selectie JO17 voor de bond, klopt dit?\n"],
                "es": ["Convocatoria sub-17 para la federación, revisa las fechas:\n"],
                "it": ["Convocati Under 17 per il tesseramento, controlla le date:\n"],
                "pt": ["Convocatória sub-17 para a federação, verifica as datas:\n"]}[lang])
    parts = [intro]
    sep = {"md": " | ", "pipe": "|", "csv": ",", "tsv": "\t"}[fmt]
    if fmt == "md":
        parts.append("| " + " | ".join(hdr) + " |\n|---|---|---|---|\n")
    else:
        parts.append(sep.join(hdr) + "\n")
    for i in range(rng.randint(3, 5)):
        p = person(lang, region, allow_native=False)
        nm = p.sur_given() if fmt != "csv" and chance(0.3) else p.styled(ch(["full", "full", "caps", "initial"]))
        d = dob(lang, region, 2007, 2010, style)
        pos = ch(["GK", "DF", "MF", "FW", "CB", "LW"])
        cells = [str(rng.randint(1, 30)), P(nm), D(d), pos]
        if fmt == "md":
            parts += ["| "] + sum([[c, " | "] for c in cells[:-1]], []) + [cells[-1], " |\n"]
        elif fmt == "csv" and "," in d:
            parts += [cells[0], ",", P(nm), ',"', D(d), '",', pos, "\n"]
        else:
            parts += sum([[c, sep] for c in cells[:-1]], []) + [cells[-1], "\n"]
    if chance(0.4):
        parts.append({"en": "Coach: ", "de": "Trainer: ", "fr": "Entraîneur : ", "nl": "Trainer: ", "es": "DT: ",
                      "it": "Allenatore: ", "pt": "Treinador: "}[lang])
        parts.append(P(person(lang, region).full()))
    return parts, fmt, lang, region


def f_transfer_news():
    lang, region = pick_lang(["en", "es", "pt", "it", "fr", "de", "nl"])
    pl = person(lang, region)
    ag = person(lang, region)
    cl = rng.sample(CLUBS[lang], 2)
    fem = chance(0.3)
    until = other_date(lang, region, 2028, 2030)
    dd = dob(lang, region, 2003, 2008)
    if lang == "en":
        parts = ["Rewrite this as a short tweet thread:\n\n", N("ORG", cl[0]), " have completed the signing of ", P(pl.full()),
                 " from ", N("ORG", cl[1]), " on a deal running until ", N("DATE", until), ". The forward, ",
                 born_phrase("en", fem), D(dd), ", scored 14 times last season. Agent ", P(ag.full()),
                 " said ", P(pl.first()), " \"always dreamed of this move\". Fans compared the finish to ", N("FAMOUS", "Didier Drogba"), "."]
    elif lang == "es":
        parts = ["Hazme un resumen de esta noticia:\n\n", N("ORG", cl[0]), " anunció el fichaje de ", P(pl.full()),
                 ", procedente de ", N("ORG", cl[1]), ", con contrato hasta el ", N("DATE", until), ". El delantero, ",
                 born_phrase("es", fem), D(dd), ", llega tras una gran temporada. Su representante, ", P(ag.full()),
                 ", confirmó que ", P(pl.first()), " ya pasó la revisión médica."]
    elif lang == "pt":
        parts = ["Resume esta notícia em 3 frases:\n\n", N("ORG", cl[0]), " oficializou a contratação de ", P(pl.full()),
                 ", ex-", N("ORG", cl[1]), ", com contrato até ", N("DATE", until), ". O avançado, ",
                 born_phrase("pt", fem), D(dd), ", foi apresentado pelo empresário ", P(ag.full()), "."]
    elif lang == "it":
        parts = ["Riassumi questa notizia:\n\n", N("ORG", cl[0]), " ha ufficializzato l'acquisto di ", P(pl.full()),
                 " dal ", N("ORG", cl[1]), ", contratto fino al ", N("DATE", until), ". L'attaccante, ",
                 born_phrase("it", fem), D(dd), ", è assistito dall'agente ", P(ag.full()), "."]
    elif lang == "fr":
        parts = ["Résume cette info mercato :\n\n", N("ORG", cl[0]), " officialise l'arrivée de ", P(pl.full()),
                 " en provenance de ", N("ORG", cl[1]), ", sous contrat jusqu'au ", N("DATE", until), ". L'attaquant, ",
                 born_phrase("fr", fem), D(dd), ", est représenté par ", P(ag.full()), "."]
    elif lang == "de":
        parts = ["Fass die Meldung kurz zusammen:\n\n", N("ORG", cl[0]), " verpflichtet ", P(pl.full()), " von ",
                 N("ORG", cl[1]), " (Vertrag bis ", N("DATE", until), "). Der Stürmer, ", born_phrase("de"), D(dd),
                 ", wird von Berater ", P(ag.full()), " vertreten."]
    else:
        parts = ["Vat dit nieuws samen:\n\n", N("ORG", cl[0]), " heeft ", P(pl.full()), " overgenomen van ",
                 N("ORG", cl[1]), " (contract tot ", N("DATE", until), "). De spits, ", born_phrase("nl"), D(dd),
                 ", wordt begeleid door zaakwaarnemer ", P(ag.full()), "."]
    return parts, "news", lang, region


def f_clan_chat():
    lang, region = "en", ch(REGIONS["en"])
    tags = rng.sample(["xXDarkWolfXx", "n00bslayer_99", "ghost.exe", "K1ngOfLag", "pixelpanda", "sn1perm0m",
                       "tactical_toaster", "Zer0Chill", "mr_boombastic", "frag_daddy", "lagswitch", "v0id_walker"], 4)
    a = person(ch(["en", "de", "nl", "es", "pt"]), region)
    b = person("en", region)
    c = person(ch(["en", "fr", "it"]), region)
    gl, gs = ch(GLOBAL)
    d = Person(ch(gl), ch(gs), "en", region)
    lines = [
        ["[21:04] <", tags[0], "> who's up for the raid tmrw"],
        ["[21:05] <", tags[1], "> me + ", P(a.first().lower() if chance(0.5) else a.first()), " if his internet works lol"],
        ["[21:05] <", P(b.full()), "> cant, its my sister ", P(ch([c.first(), c.first().lower()])), "s engagement thing"],
        ["[21:06] <", tags[2], "> ok who is handling the hoodie order, ", P(d.full().lower()), " paid already"],
        ["[21:06] <", P(ch(NICK)), "> ", ch(["brb", "same", "lmao", "gg"])],
        ["[21:07] <", tags[3], "> ship mine to ", A(addr1("en", region)), " pls, name on the box ", P(a.full())],
        ["[21:08] <", tags[0], "> np. also reminder ", P(b.first()), " turns 30 on friday 🎂 bring snacks"],
        ["[21:09] <", tags[1], "> patch ", N("CODE", code()), " broke the ", N("PRODUCT", ch(["Razer Kraken", "Logitech G Pro", "Steam Deck"])), " again smh"],
    ]
    if chance(0.5):
        lines.insert(5, ["[21:07] <", tags[2], "> for the tournament reg they want full dob, mine is ", D(dob("en", region, 1995, 2007)), " can someone fill it"])
    rng.shuffle(lines[1:])
    parts = ["summarise this discord log for the clan newsletter, skip the spam:\n"]
    for l in lines:
        parts += l + ["\n"]
    return parts, "discord", lang, region


def f_fantasy_league():
    lang, region = pick_lang(["en", "es", "pt", "it", "nl"])
    managers = [person(lang, region) for _ in range(rng.randint(3, 5))]
    teams = ["Haaland of Hope", "Pogba Back Home", "Expected Toulouse", "Kante Touch This", "Lukaku Matata",
             "Mbappé Days", "Son of a Gun", "Cesc and the City", "Vardy Party", "Kroos Control"]
    rng.shuffle(teams)
    parts = [{"en": "Fantasy league table after GW12, write a funny recap email to the group:\n",
              "es": "Clasificación de la liga fantasy, escribe un resumen gracioso para el grupo:\n",
              "pt": "Tabela da liga fantasy, escreve um resumo divertido para o grupo:\n",
              "it": "Classifica del fantacalcio, scrivi un riassunto divertente per il gruppo:\n",
              "nl": "Stand van de fantasy-competitie, schrijf een grappig verslag voor de groep:\n"}[lang]]
    for i, m in enumerate(managers):
        nm = m.styled(ch(["full", "full", "lower", "initial"]))
        parts += ["%d. " % (i + 1), N("FAMOUS", teams[i]), " (", P(nm), ") – %d pts\n" % rng.randint(500, 900)]
    parts += ["Wooden spoon goes to ", P(managers[-1].first()), ". Entry fee to the treasurer ",
              P(managers[0].first()), " at ", E(managers[0].email()), " by ", N("DATE", other_date(lang, region, 2026, 2027)), "."]
    return parts, "table", lang, region


def f_auction():
    lang, region = pick_lang(["en", "de", "fr", "nl", "it"])
    art = ch(["Rembrandt van Rijn", "Frans Hals", "Artemisia Gentileschi", "Jan Steen", "Canaletto",
              "Berthe Morisot", "Gustav Klimt", "Tarsila do Amaral"])
    p1, p2, p3 = person(lang, region), person(lang, region), person(lang, region)
    lot = "Lot %d" % rng.randint(1, 480)
    sale = other_date(lang, region, 2026, 2027)
    yrs = rng.randint(1920, 1975)
    if lang == "en":
        parts = ["Please check the provenance wording for our catalogue entry:\n\n", N("CODE", lot), " — Circle of ",
                 N("FAMOUS", art), ", Portrait of a Lady, oil on panel.\nProvenance: ",
                 "acquired by ", P(p1.full()), ", ", A(addr1(lang, region)), ", c. %d;\n" % yrs,
                 "by descent to ", P(p2.full()), ";\nconsigned by ", P(p3.styled("initial")), " (private collection).\n",
                 "Sale date: ", N("DATE", sale), ". Condition report by ", P(person(lang, region).full()), "."]
    elif lang == "de":
        parts = ["Bitte Provenienz prüfen:\n\n", N("CODE", lot), " – Umkreis ", N("FAMOUS", art), ", Bildnis einer Dame.\n",
                 "Provenienz: erworben von ", P(p1.full()), ", ", A(addr1(lang, region)), ", um %d; " % yrs,
                 "durch Erbgang an ", P(p2.full()), "; eingeliefert von ", P(p3.full()), ".\nAuktion: ", N("DATE", sale), "."]
    elif lang == "fr":
        parts = ["Peux-tu vérifier la provenance pour le catalogue ?\n\n", N("CODE", lot), " — Entourage de ", N("FAMOUS", art),
                 ", Portrait de femme.\nProvenance : collection de ", P(p1.full()), ", ", A(addr1(lang, region)), ", vers %d ; " % yrs,
                 "par descendance à ", P(p2.full()), " ; vente ", N("DATE", sale), "."]
    elif lang == "nl":
        parts = ["Controleer de herkomst voor de catalogus:\n\n", N("CODE", lot), " – Omgeving van ", N("FAMOUS", art),
                 ", Portret van een vrouw.\nHerkomst: verworven door ", P(p1.full()), ", ", A(addr1(lang, region)), ", ca. %d; " % yrs,
                 "vererfd aan ", P(p2.full()), "; veiling ", N("DATE", sale), "."]
    else:
        parts = ["Controlla la provenienza per il catalogo:\n\n", N("CODE", lot), " – Cerchia di ", N("FAMOUS", art),
                 ", Ritratto di dama.\nProvenienza: collezione ", P(p1.full()), ", ", A(addr1(lang, region)), ", 1950 ca.; ",
                 "per successione a ", P(p2.full()), "; asta del ", N("DATE", sale), "."]
    return parts, "catalogue", lang, region


def f_museum_loan():
    lang, region = pick_lang(["en", "de", "fr", "nl", "es", "it", "pt"])
    lender = person(lang, region)
    courier = person(lang, region)
    obj = ch(["Portrait of Simón Bolívar", "Bust of Goethe", "Letter signed by Marie Curie", "Sketch after Van Gogh",
              "Medal of José Rizal", "Photograph of Nelson Mandela"])
    d1, d2 = other_date(lang, region, 2026, 2026), other_date(lang, region, 2027, 2027)
    L = LBL[lang]
    parts = [ch(["Fill in the missing fields of this loan agreement and flag anything odd:\n",
                 "Translate this loan form into English:\n" if lang != "en" else "Check this loan form:\n"]),
             "LOAN FORM / ", N("ORG", ch(["Rijksmuseum Vincent van Gogh", "Museo Frida Kahlo", "Goethe-Haus", "Casa Fernando Pessoa"])), "\n",
             "Lender: ", P(lender.styled()), "\n", L["addr"], ": ", A(addrN(lang, region) if chance(0.5) else addr1(lang, region)), "\n",
             L["email"], ": ", E(lender.email()), "\n", "Object: ", N("FAMOUS", obj), " (inv. ", N("CODE", code()), ")\n",
             "Loan period: ", N("DATE", d1), " – ", N("DATE", d2), "\n", "Courier: ", P(courier.full()), "\n"]
    if chance(0.45):
        parts += ["Courier ", L["dob"].lower(), " (for airport pass): ", D(dob(lang, region, 1960, 2000)), "\n"]
    return parts, "form", lang, region


def f_credits():
    lang, region = pick_lang()
    ps = [person(lang, region) for _ in range(rng.randint(5, 7))]
    roles = rng.sample(CHARACTERS, 3)
    venue = ch(["Teatro Lope de Vega", "Théâtre Molière", "Shakespeare's Globe", "Schiller Theater", "Teatro Carlo Goldoni",
                "Stadsschouwburg", "Teatro São Luiz"])
    parts = ["format these credits for the programme booklet:\n\n", N("ORG", venue), " presents\n",
             "Directed by ", P(ps[0].full()), "\nWritten by ", P(ps[1].full()), " after ", N("FAMOUS", ch(["Shakespeare", "Molière", "Cervantes", "Ibsen", "Goldoni"])), "\n",
             "Cast\n", N("FAMOUS", roles[0]), " .......... ", P(ps[2].full()), "\n",
             N("FAMOUS", roles[1]), " .......... ", P(ps[3].styled(ch(["full", "caps"]))), "\n",
             N("FAMOUS", roles[2]), " .......... ", P(ps[4].full()), "\n"]
    if len(ps) > 5:
        parts += ["Lighting: ", P(ps[5].full()), "\n"]
    if len(ps) > 6:
        parts += ["Special thanks to ", P(ps[6].first()), " and ", P(ps[-1].first()), " for the loan of the ",
                  N("PRODUCT", ch(["Steinway Model D", "Yamaha Clavinova", "Fender Stratocaster"])), ".\n"]
    return parts, "credits", lang, region


def f_orchestra():
    lang, region = pick_lang(["en", "de", "nl", "fr", "it", "sv"]) if False else pick_lang(["en", "de", "nl", "fr", "it"])
    sec = {"en": ["Violin I", "Violin II", "Viola", "Cello", "Winds"], "de": ["1. Violine", "2. Violine", "Bratsche", "Cello", "Holz"],
           "nl": ["Viool 1", "Viool 2", "Altviool", "Cello", "Blazers"], "fr": ["Violons I", "Violons II", "Altos", "Violoncelles", "Vents"],
           "it": ["Violini I", "Violini II", "Viole", "Violoncelli", "Fiati"]}[lang]
    work = ch(["Dvořák's New World Symphony", "Brahms' Requiem", "Mahler 5", "Elgar's Enigma Variations", "Bach's Mass in B minor",
               "the Mozart Requiem", "Sibelius 2"])
    parts = [{"en": "Roster for the spring concert (", "de": "Besetzung Frühjahrskonzert (", "nl": "Bezetting voorjaarsconcert (",
              "fr": "Effectif concert de printemps (", "it": "Organico concerto di primavera ("}[lang], N("FAMOUS", work), ") — make a seating chart:\n"]
    joiner = {"en": " and ", "de": " und ", "nl": " en ", "fr": " et ", "it": " e "}[lang]
    for s in rng.sample(sec, 3):
        k = rng.randint(2, 3)
        ps = [person(lang, region) for _ in range(k)]
        parts.append(s + ": ")
        given_only = chance(0.3)
        for i, p in enumerate(ps):
            parts.append(P(p.first() if given_only else p.styled(ch(["full", "full", "surgiven", "initial"]))))
            if i < k - 2:
                parts.append("; " if not given_only else ", ")
            elif i == k - 2:
                parts.append(joiner if given_only else "; ")
        parts.append("\n")
    parts += [{"en": "Concert date ", "de": "Konzert am ", "nl": "Concert op ", "fr": "Concert le ", "it": "Concerto il "}[lang],
              N("DATE", other_date(lang, region, 2026, 2027)), ", ", N("ORG", ch(["Carnegie Hall", "Concertgebouw", "Salle Pleyel", "Wiener Musikverein", "Teatro alla Scala"])), "."]
    return parts, "roster", lang, region


def f_radio_calls():
    lang, region = pick_lang(["en", "es", "de", "nl", "fr"])
    towns = {"en": ["Wexford", "Ballarat", "Nakuru", "Enugu", "Rotorua", "Moose Jaw", "Durban", "Leeds"],
             "es": ["Rosario", "Cali", "Puebla", "Getafe"], "de": ["Graz", "Kassel", "Chur"],
             "nl": ["Zwolle", "Hasselt", "Breda"], "fr": ["Namur", "Rimouski", "Thiès", "Nancy"]}[lang]
    parts = [{"en": "Clean up the producer's call log from last night's show:\n",
              "es": "Ordena el registro de llamadas del programa de anoche:\n",
              "de": "Räum das Anruferprotokoll der Sendung auf:\n",
              "nl": "Maak het bellerslogboek van gisteravond netjes:\n",
              "fr": "Mets au propre le journal des appels de l'émission :\n"}[lang]]
    for i in range(rng.randint(3, 5)):
        p = person(lang, region)
        t = "%02d:%02d" % (rng.randint(19, 23), rng.randint(0, 59))
        r = rng.random()
        if r < 0.12:
            parts += [t, " caller \"", P(ch(NICK)), "\" (won't give surname) – ", ch(towns), " – on air, topic: ",
                      N("FAMOUS", ch(["Taylor Swift", "Bob Marley", "Shakira", "Pelé", "Stromae"])), "\n"]
        elif r < 0.35:
            parts += [t, " ", P(p.first()), " from " if lang == "en" else " – ", ch(towns), " – on air, topic: ", N("FAMOUS", ch(["Taylor Swift", "Bob Marley", "Shakira", "Pelé", "Stromae"])), "\n"]
        elif r < 0.7:
            parts += [t, " ", P(p.full()), " – prize winner, send tickets to ", A(addr1(lang, region)), "\n"]
        else:
            parts += [t, " ", P(p.full()), " – competition, age check: ", {"en": "DOB ", "es": "nació el ", "de": "geb. ", "nl": "geb. ", "fr": "né le "}[lang],
                      D(dob(lang, region, 1950, 2006)), ", ", E(p.email()), "\n"]
    parts += ["Next show ", N("DATE", other_date(lang, region)), "\n"]
    return parts, "log", lang, region


def f_reference_letter():
    lang, region = pick_lang()
    writer, cand = person(lang, region), person(lang, region)
    fem = chance(0.5)
    title = ch(["Dr. ", "Prof. ", "Ms ", "Mr ", ""])
    org = ch(ORGS)
    if lang == "en":
        parts = ["Improve this reference letter, make it warmer but keep it formal:\n\n", P(writer.full()), "\n",
                 A(addrN(lang, region)), "\n", E(writer.email()), "\n\nTo the Admissions Committee,\n\n",
                 "I have supervised ", title, P(cand.full()), " (", born_phrase("en", fem), D(dob(lang, region, 1990, 2006)),
                 ") for two years at ", N("ORG", org), ". ", P(cand.first()), " applied ", N("TERM", ch(TERMS["en"])),
                 " with real care.\n\nYours faithfully,\n", P(writer.styled("initial"))]
    elif lang == "de":
        parts = ["Formuliere dieses Empfehlungsschreiben freundlicher:\n\n", P(writer.full()), "\n", A(addrN(lang, region)), "\n\n",
                 "Sehr geehrte Damen und Herren,\n\nich kenne ", P(cand.full()), " (", born_phrase("de"), D(dob(lang, region, 1990, 2006)),
                 ") seit drei Jahren aus meiner Arbeit bei ", N("ORG", org), ". ", P(cand.first()), " arbeitet selbstständig und zuverlässig.\n\n",
                 "Mit freundlichen Grüßen\n", P(writer.full())]
    elif lang == "fr":
        parts = ["Améliore cette lettre de recommandation :\n\n", P(writer.full()), "\n", A(addrN(lang, region)), "\n\n",
                 "Madame, Monsieur,\n\nJe recommande vivement ", P(cand.full()), ", ", born_phrase("fr", fem), D(dob(lang, region, 1990, 2006)),
                 ", que j'ai encadré(e) au sein de ", N("ORG", org), ". ", P(cand.first()), " maîtrise ", N("TERM", ch(TERMS["fr"])), ".\n\n",
                 "Veuillez agréer mes salutations distinguées.\n", P(writer.full())]
    elif lang == "nl":
        parts = ["Maak deze referentiebrief wat vlotter:\n\n", P(writer.full()), "\n", A(addrN(lang, region)), "\n\n",
                 "Geachte commissie,\n\nGraag beveel ik ", P(cand.full()), " (", born_phrase("nl"), D(dob(lang, region, 1990, 2006)),
                 ") aan. Bij ", N("ORG", org), " werkte ", P(cand.first()), " zeer zelfstandig.\n\nMet vriendelijke groet,\n", P(writer.full())]
    elif lang == "es":
        parts = ["Mejora esta carta de recomendación:\n\n", P(writer.full()), "\n", A(addrN(lang, region)), "\n\n",
                 "A quien corresponda:\n\nRecomiendo a ", P(cand.full()), ", ", born_phrase("es", fem), D(dob(lang, region, 1990, 2006)),
                 ", con quien trabajé en ", N("ORG", org), ". ", P(cand.first()), " es constante y responsable.\n\nAtentamente,\n", P(writer.full())]
    elif lang == "it":
        parts = ["Migliora questa lettera di referenze:\n\n", P(writer.full()), "\n", A(addrN(lang, region)), "\n\n",
                 "Spettabile Commissione,\n\nraccomando ", P(cand.full()), ", ", born_phrase("it", fem), D(dob(lang, region, 1990, 2006)),
                 ", che ho seguito presso ", N("ORG", org), ".\n\nCordiali saluti,\n", P(writer.full())]
    else:
        parts = ["Melhora esta carta de recomendação:\n\n", P(writer.full()), "\n", A(addrN(lang, region)), "\n\n",
                 "Exmos. Senhores,\n\nRecomendo ", P(cand.full()), ", ", born_phrase("pt", fem), D(dob(lang, region, 1990, 2006)),
                 ", que acompanhei na ", N("ORG", org), ".\n\nCom os melhores cumprimentos,\n", P(writer.full())]
    return parts, "letter", lang, region


def f_admission_letter():
    lang, region = "en", ch(REGIONS["en"])
    s = person(ch(["en", "en", "es", "fr", "pt", "it", "de", "nl"]), region)
    sig = person("en", region)
    uni = ch(["Johns Hopkins University", "Trinity College Dublin", "St. Patrick's College", "McGill University",
              "Nelson Mandela University", "University of Nairobi", "Ateneo de Manila University"])
    parts = ["Can you turn this into a short congratulatory message for our family group chat?\n\n---\n",
             P(s.full()), "\n", A(addrN("en", region)), "\n\n", "Student ID: ", N("CODE", "S%07d" % rng.randint(1, 9999999)), "   ",
             "Date of birth: ", D(dob("en", region, 2005, 2008)), "\n\nDear ", P(s.first()), ",\n\nOn behalf of ", N("ORG", uni),
             ", I am delighted to offer you a place on the BSc programme starting ", N("DATE", other_date("en", region, 2026, 2026)),
             ".\n\n", P(sig.full()), "\nDirector of Admissions"]
    return parts, "letter", lang, region


def f_peer_review():
    lang, region = "en", ch(REGIONS["en"])
    pi = person(ch(["en", "de", "fr", "nl", "es", "it", "pt"]), region)
    co = [person(ch(["en", "de", "fr", "es"]), region) for _ in range(2)]
    revs = [person(ch(["en", "de", "nl", "it"]), region) for _ in range(2)]
    t1, t2 = rng.sample([t for t in TERMS["en"] if t not in ("Eggs Benedict", "Beef Wellington", "Tommy John surgery", "the Monroe doctrine")], 2)
    parts = ["Summarise these grant panel notes into 5 bullet points. Do not include reviewer names.\n\n",
             "Application ", N("CODE", "GR-%d-%04d" % (rng.randint(2025, 2027), rng.randint(1, 9999))), " — PI: Prof. ", P(pi.full()),
             "; co-applicant ", P(co[0].styled("initial")), "\n",
             "Reviewer 1 (", P(revs[0].full()), "): the use of ", N("TERM", t1), " is appropriate but ", N("TERM", t2),
             " needs justification.\n", "Reviewer 2 (", P(revs[1].styled("initial")), "): strong track record; ", P(pi.sur),
             "'s lab previously funded by the ", N("ORG", ch(["Wellcome Trust", "Bill & Melinda Gates Foundation", "Nobel Foundation", "Carnegie Hall"])), ".\n",
             "Panel decision due ", N("DATE", other_date("en", region, 2026, 2027)), "."]
    return parts, "notes", lang, region


def f_latex_byline():
    lang, region = pick_lang()
    ps = [person(lang, region, allow_native=False) for _ in range(rng.randint(2, 4))]
    inst = ch(["Institut Pasteur", "Max-Planck-Institut für Physik", "Instituto Oswaldo Cruz", "Istituto Galileo Galilei",
               "Johns Hopkins University", "Centre Léon Bérard", "Erasmus MC"])
    if chance(0.6):
        parts = ["fix the latex so the affiliations compile with authblk:\n\n```latex\n"]
        for i, p in enumerate(ps):
            parts += ["\\author[", str(1 + (i % 2)), "]{", P(p.full()), "\\thanks{", E(p.email(ch(["inst.example.org", "uni-example.de", "lab.example.fr"]))), "}}\n"]
        parts += ["\\affil[1]{", N("ORG", inst), ", ", A(addr1(lang, region).replace("\n", ", ")), "}\n",
                  "\\affil[2]{Dept. of Statistics, ", A(addr1(lang, region)), "}\n", "\\title{On ", N("TERM", ch(TERMS["en"])), " in practice}\n```"]
        return parts, "latex", lang, region
    parts = ["Make a contributor list from these bylines, alphabetical by surname:\n"]
    for p in ps:
        parts += [ch(["By ", "Words: ", "Text: ", "Photos: ", "Von ", "Par ", "Por "]), P(p.styled(ch(["full", "caps", "full"]))), " | ",
                  ch(["staff writer", "freelance", "Correspondent"]), " | ", E(p.email()) if chance(0.4) else "no email", "\n"]
    return parts, "bylines", lang, region


def f_address_labels():
    lang, region = pick_lang()
    parts = [ch(["Mail merge came out like this, can you check the labels for typos before I print?\n\n",
                 "print-ready labels pls, 3 per row:\n\n", "Turn these labels into a CSV with name and address columns:\n\n"])]
    for i in range(rng.randint(2, 3)):
        p = person(lang, region)
        pre = ch(["", "", {"en": "Mr ", "de": "Frau ", "fr": "M. ", "es": "Sr. ", "it": "Sig.ra ", "nl": "Dhr. ", "pt": "Sr. "}[lang],
                  {"en": "Mrs ", "de": "Herrn ", "fr": "Mme ", "es": "Sra. ", "it": "Sig. ", "nl": "Mevr. ", "pt": "Exma. Sra. "}[lang]])
        nm = p.styled(ch(["full", "full", "caps", "initial"]))
        if chance(0.2):
            q = person(lang, region)
            parts += [pre, P(nm), " & ", P(q.full()), "\n"]
        else:
            parts += [pre, P(nm), "\n"]
        a = addrN(lang, region)
        if chance(0.2):
            a = a.upper()
        parts += [A(a), "\n\n"]
    if chance(0.3):
        parts += ["(return address: ", N("ORG", ch(ORGS)), ", ", A(addr1(lang, region)), ")"]
    return parts, "labels", lang, region


def f_customs():
    lang, region = pick_lang()
    lang2, region2 = pick_lang()
    s, r = person(lang, region), person(lang2, region2)
    prod = rng.sample(PRODUCTS, 2)
    parts = ["help me fill the customs form (CN23) for this parcel, what goes where?\n",
             "Sender: ", P(s.full()), ", ", A(addr1(lang, region, True)), "\n",
             "Recipient: ", P(r.styled(ch(["full", "caps"]))), "\n", A(addrN(lang2, region2, True)), "\n",
             "Contents: 2x ", N("PRODUCT", prod[0]), ", 1x ", N("PRODUCT", prod[1]), " (gift)\n",
             "Order ", N("CODE", code()), ", shipped ", N("DATE", other_date(lang, region, 2026, 2026)), "\n"]
    if chance(0.5):
        parts += ["The importer portal also wants recipient date of birth: ", D(dob(lang2, region2)), "\n"]
    if chance(0.4):
        parts += ["recipient email ", E(r.email()), "\n"]
    return parts, "form", lang, region


def f_loan_notes():
    lang, region = pick_lang()
    a, b = person(lang, region), person(lang, region)
    emp = ch(ORGS)
    close = other_date(lang, region, 2026, 2026)
    if lang == "en":
        parts = ["Turn my loan officer notes into a clean file memo:\n\n", "applicants ", P(a.full()), " (", D(dob(lang, region, 1960, 2000)),
                 ") and ", P(b.full()), " (", D(dob(lang, region, 1960, 2000)), "), subject property ", A(addr1_street(lang, region)),
                 ". ", P(a.first()), " employed at ", N("ORG", emp), " 6 yrs. appraisal ok, closing ", N("DATE", close),
                 ", rate lock ", N("CODE", code()), ". contact ", E(b.email())]
    elif lang == "de":
        parts = ["Mach aus meinen Notizen ein Kreditprotokoll:\n\n", "Antragsteller: ", P(a.full()), ", geb. ", D(dob(lang, region, 1960, 2000)),
                 "; Mitantragstellerin: ", P(b.full()), ", geb. ", D(dob(lang, region, 1960, 2000)), "\nObjekt: ", A(addr1_street(lang, region)),
                 "\nArbeitgeber ", N("ORG", emp), ", Notartermin ", N("DATE", close), "."]
    elif lang == "fr":
        parts = ["Rédige une note de synthèse pour ce dossier de prêt :\n\n", "Emprunteurs : ", P(a.full()), " (", born_phrase("fr"), D(dob(lang, region, 1960, 2000)),
                 ") et ", P(b.full()), " (", born_phrase("fr", True), D(dob(lang, region, 1960, 2000)), ")\nBien : ", A(addr1_street(lang, region)),
                 "\nSignature chez le notaire le ", N("DATE", close), "."]
    elif lang == "nl":
        parts = ["Maak een nette hypotheeknotitie:\n\n", "aanvragers ", P(a.full()), " (geb. ", D(dob(lang, region, 1960, 2000)), ") en ",
                 P(b.full()), " (geb. ", D(dob(lang, region, 1960, 2000)), "), onderpand ", A(addr1_street(lang, region)), ", passeren ", N("DATE", close), "."]
    elif lang == "es":
        parts = ["Redacta una nota limpia del expediente hipotecario:\n\n", "Titulares: ", P(a.full()), " (F. nac. ", D(dob(lang, region, 1960, 2000)),
                 ") y ", P(b.full()), " (F. nac. ", D(dob(lang, region, 1960, 2000)), ")\nInmueble: ", A(addr1_street(lang, region)), "\nFirma: ", N("DATE", close), "."]
    elif lang == "it":
        parts = ["Scrivi una nota pulita per la pratica di mutuo:\n\n", "Intestatari: ", P(a.full()), " (", born_phrase("it"), D(dob(lang, region, 1960, 2000)),
                 ") e ", P(b.full()), " (", born_phrase("it", True), D(dob(lang, region, 1960, 2000)), ")\nImmobile: ", A(addr1_street(lang, region)),
                 "\nRogito: ", N("DATE", close), "."]
    else:
        parts = ["Escreve uma nota limpa do processo de crédito:\n\n", "Proponentes: ", P(a.full()), " (", born_phrase("pt"), D(dob(lang, region, 1960, 2000)),
                 ") e ", P(b.full()), " (", born_phrase("pt", True), D(dob(lang, region, 1960, 2000)), ")\nImóvel: ", A(addr1_street(lang, region)),
                 "\nEscritura: ", N("DATE", close), "."]
    return parts, "notes", lang, region


def f_intake():
    lang, region = pick_lang()
    c = person(lang, region)
    kids = [person(lang, region) for _ in range(rng.randint(0, 2))]
    hearing = other_date(lang, region, 2026, 2027)
    L = LBL[lang]
    parts = [ch(["Summarise this intake note for the caseworker handover:\n\n",
                 "Anonymise this intake note before I paste it into the training deck:\n\n",
                 "Translate this intake note into English:\n\n" if lang != "en" else "Rewrite this intake note in plain English:\n\n"]),
             {"en": "LEGAL AID INTAKE", "de": "ERSTAUFNAHME RECHTSBERATUNG", "fr": "FICHE D'ACCUEIL AIDE JURIDIQUE",
              "nl": "INTAKE RECHTSHULP", "es": "FICHA DE ADMISIÓN ASISTENCIA JURÍDICA", "it": "SCHEDA ACCOGLIENZA PATROCINIO",
              "pt": "FICHA DE ATENDIMENTO APOIO JURÍDICO"}[lang], " ", N("CODE", code()), "\n",
             L["name"], ": ", P(c.styled(ch(["full", "caps", "surgiven"]))), "\n", L["dob"], ": ", D(dob(lang, region, 1950, 2004)), "\n",
             L["addr"], ": ", A(addr_any(lang, region)), "\n"]
    for k in kids:
        parts += [{"en": "Child: ", "de": "Kind: ", "fr": "Enfant : ", "nl": "Kind: ", "es": "Hijo/a: ", "it": "Figlio/a: ", "pt": "Filho/a: "}[lang],
                  P(k.first() if chance(0.4) else k.full()), ", ", D(dob(lang, region, 2010, 2022)), "\n"]
    parts += [{"en": "Next hearing: ", "de": "Nächster Termin: ", "fr": "Prochaine audience : ", "nl": "Volgende zitting: ",
               "es": "Próxima audiencia: ", "it": "Prossima udienza: ", "pt": "Próxima audiência: "}[lang], N("DATE", hearing), "\n"]
    if chance(0.5):
        adv = person(lang, region)
        parts += [{"en": "Adviser: ", "de": "Beraterin: ", "fr": "Conseiller : ", "nl": "Adviseur: ", "es": "Letrada: ",
                   "it": "Avvocato: ", "pt": "Advogada: "}[lang], P(adv.full()), " <", E(adv.email(ch(["legalaid.example.org", "rechtshulp.example.nl"]))), ">\n"]
    return parts, "form", lang, region


def f_immigration():
    lang, region = "en", ch(REGIONS["en"])
    cl = person(ch(["es", "pt", "fr", "it", "en"]), ch(["US", "UK", "CA"]))
    gl, gs = ch(GLOBAL)
    sp = Person(ch(gl), ch(gs), "en", region)
    parts = ["Help me draft a cover letter from these intake notes (immigration clinic):\n\n",
             "- client ", P(cl.full()), ", dob ", D(dob("en", "US", 1965, 2003, ch(["num", "iso", "mdy_long"]))), ", arrived ", N("DATE", other_date("en", "US", 2019, 2024)), "\n",
             "- spouse ", P(sp.full()), " (born ", D(dob("en", region, 1965, 2003)), ") still abroad\n",
             "- current address ", A(addr1("en", region)), "\n",
             "- biometrics appointment ", N("DATE", other_date("en", region, 2026, 2026)), ", receipt ", N("CODE", "IOE%010d" % rng.randint(1, 9999999999)), "\n",
             "- sponsor: ", P(person("en", region).full()), ", ", E(person("en", region).email()), "\n"]
    return parts, "notes", lang, region


def f_permit():
    lang, region = pick_lang()
    app, arch = person(lang, region), person(lang, region)
    objs = [person(lang, region) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
    L = LBL[lang]
    head = {"en": "PLANNING APPLICATION – rear extension", "de": "BAUANTRAG – Anbau Wintergarten", "fr": "DEMANDE DE PERMIS DE CONSTRUIRE – extension",
            "nl": "OMGEVINGSVERGUNNING – uitbouw", "es": "SOLICITUD DE LICENCIA DE OBRA – ampliación", "it": "RICHIESTA PERMESSO DI COSTRUIRE – ampliamento",
            "pt": "PEDIDO DE LICENCIAMENTO – ampliação"}[lang]
    parts = [ch(["Check this application for missing information:\n\n", "Summarise this planning file in two sentences:\n\n"]), head, "\n",
             {"en": "Site address", "de": "Baugrundstück", "fr": "Adresse du terrain", "nl": "Locatie", "es": "Emplazamiento",
              "it": "Ubicazione", "pt": "Local da obra"}[lang], ": ", A(addr1_street(lang, region)), "\n",
             L["applicant"], ": ", P(app.full()), "\n",
             {"en": "Agent", "de": "Entwurfsverfasser", "fr": "Architecte", "nl": "Gemachtigde", "es": "Arquitecto", "it": "Progettista",
              "pt": "Arquiteto"}[lang], ": ", P(arch.full()), ", ", N("ORG", ch(["Foster + Partners", "Studio Libeskind", "Atelier Jean Nouvel", "Renzo Piano Building Workshop"])) if chance(0.3) else "studio",
             ", ", A(addr1(lang, region)), "\n",
             {"en": "Ref", "de": "Az.", "fr": "Réf.", "nl": "Kenmerk", "es": "Exp.", "it": "Pratica", "pt": "Proc."}[lang], " ", N("CODE", code()),
             ", ", {"en": "received", "de": "eingegangen", "fr": "reçu le", "nl": "ontvangen", "es": "registrada", "it": "protocollata", "pt": "entrada"}[lang], " ",
             N("DATE", other_date(lang, region, 2026, 2026)), "\n"]
    for o in objs:
        parts += [{"en": "Objection from ", "de": "Einwendung von ", "fr": "Observation de ", "nl": "Zienswijze van ", "es": "Alegación de ",
                   "it": "Osservazione di ", "pt": "Reclamação de "}[lang], P(o.full()), ", ", A(addr1(lang, region)), "\n"]
    return parts, "form", lang, region


def f_hoa_minutes():
    lang, region = pick_lang(["en", "de", "nl", "fr", "es"])
    ps = [person(lang, region) for _ in range(rng.randint(4, 5))]
    pet = ch(PETS)
    joiner = {"en": " and ", "de": " und ", "nl": " en ", "fr": " et ", "es": " y "}[lang]
    if lang == "en":
        parts = ["Write up these residents' association minutes properly:\n\n", "present: "]
    else:
        parts = [{"de": "Protokoll der Eigentümerversammlung ins Reine schreiben:\n\nanwesend: ",
                  "nl": "Notulen VvE netjes uitwerken:\n\naanwezig: ",
                  "fr": "Mets au propre le PV de l'assemblée des copropriétaires :\n\nprésents : ",
                  "es": "Pasa a limpio el acta de la comunidad de vecinos:\n\npresentes: "}[lang]]
    for i, p in enumerate(ps[:-1]):
        parts += [P(p.first() if chance(0.35) else p.full()), ", " if i < len(ps) - 3 else ("" if i == len(ps) - 2 else joiner)]
    parts += ["\n"]
    if lang == "en":
        parts += ["1. Motion to repaint the stairwell moved by ", P(ps[0].sur), ", seconded by ", P(ps[1].first()), ", carried.\n",
                  "2. Complaint about ", N("PET", pet), " (the dog at unit 4) barking — owner ", P(ps[2].full()), " to be spoken to.\n",
                  "3. New owner ", P(ps[-1].full()), " moving into ", A(addr1_street(lang, region)), " on ", N("DATE", other_date(lang, region)), ".\n",
                  "Next meeting ", N("DATE", other_date(lang, region)), "."]
    else:
        parts += ["1. ", {"de": "Antrag Treppenhaus streichen, eingebracht von ", "nl": "Voorstel trappenhuis schilderen, ingediend door ",
                          "fr": "Ravalement de la cage d'escalier, proposé par ", "es": "Pintar la escalera, propuesto por "}[lang], P(ps[0].full()), ".\n",
                  "2. ", N("PET", pet), {"de": " (Hund von ", "nl": " (hond van ", "fr": " (chien de ", "es": " (perro de "}[lang], P(ps[2].full()), ")",
                  {"de": " bellt nachts.\n", "nl": " blaft 's nachts.\n", "fr": " aboie la nuit.\n", "es": " ladra de noche.\n"}[lang],
                  "3. ", P(ps[-1].full()), ": ", A(addr1_street(lang, region)), ", ", N("DATE", other_date(lang, region)), ".\n"]
    return parts, "minutes", lang, region


def f_rsvp():
    lang, region = pick_lang()
    joiner = {"en": " and ", "de": " und ", "nl": " en ", "fr": " et ", "es": " y ", "it": " e ", "pt": " e "}[lang]
    parts = [ch(["RSVP list so far, can you count heads and list who still needs to reply?\n",
                 "Make a seating plan from these RSVPs:\n", "Here are our wedding RSVPs + registry shipping info, make a thank-you card list:\n"])]
    for i in range(rng.randint(2, 4)):
        a = person(lang, region)
        r = rng.random()
        if r < 0.35:
            b = person(lang, region)
            parts += ["- ", P(a.first()), joiner, P(b.first() + " " + a.sur), " – ", ch(["yes x2", "attending", "oui", "ja", "sí", "sim"]), "\n"]
        elif r < 0.6:
            parts += ["- ", P(a.styled()), " (+1 ", P(person(lang, region).first()), ") – yes, vegetarian\n"]
        elif r < 0.8:
            parts += ["- ", P(a.full()), " – gift from registry (", N("PRODUCT", ch(["KitchenAid Artisan", "Le Creuset casserole", "Dyson V15", "Philips Hue starter kit"])),
                      ") ship to ", A(addr1(lang, region)), "\n"]
        else:
            parts += ["- ", P(a.full().lower()), " – no reply yet\n"]
    parts += ["Wedding: ", N("DATE", other_date(lang, region, 2026, 2027)), "\n"]
    return parts, "list", lang, region


def f_booking():
    lang, region = pick_lang()
    c, staff = person(lang, region), person(lang, region)
    kind = ch(["dental", "salon", "gym"])
    appt = other_date(lang, region, 2026, 2026)
    L = LBL[lang]
    if kind == "dental":
        parts = [ch(["Write a friendly reminder SMS from this booking:\n", "Translate this booking confirmation to English:\n" if lang != "en" else "Shorten this booking confirmation:\n"]),
                 {"en": "Dental appointment", "de": "Zahnarzttermin", "fr": "Rendez-vous dentaire", "nl": "Tandartsafspraak",
                  "es": "Cita dental", "it": "Appuntamento dentistico", "pt": "Consulta de dentista"}[lang], " – ", N("DATE", appt), " 09:40\n",
                 L["name"], ": ", P(c.styled()), "\n", L["dob"], ": ", D(dob(lang, region, 1945, 2018)), "\n",
                 {"en": "Dentist: Dr. ", "de": "Behandler: Dr. ", "fr": "Praticien : Dr ", "nl": "Tandarts: ", "es": "Odontóloga: Dra. ",
                  "it": "Dentista: dott. ", "pt": "Médico dentista: Dr. "}[lang], P(staff.full()), "\n"]
        if chance(0.5):
            parts += [L["addr"], ": ", A(addr1(lang, region)), "\n"]
    elif kind == "salon":
        parts = ["hi can you reply to this client msg politely? we're full on the ", N("DATE", appt), "\n\n> hiya its ", P(c.first().lower() if chance(0.5) else c.first()),
                 " (", P(c.full()), ") can i get a cut + colour with ", P(staff.first()), " on ", N("DATE", appt),
                 "? i used the ", N("PRODUCT", ch(["Olaplex No. 3", "Dyson Airwrap", "GHD Platinum+"])), " like she said\n"]
        if chance(0.5):
            parts += ["> also for the loyalty card my birthday is ", D(dob(lang, region, 1970, 2005)), " x\n"]
    else:
        if c.native:
            c = person(lang, region, allow_native=False)
        parts = ["Membership signup – please check\n", L["given"], ": ", P(c.given or c.full()), "\n", L["sur"], ": ", P(c.sur or c.full()), "\n",
                 L["dob"], ": ", D(dob(lang, region, 1950, 2008)), "\n", L["email"], ": ", E(c.email()), "\n", L["addr"], ": ", A(addr1(lang, region)), "\n",
                 "Trainer: ", P(staff.first()), "  Plan: ", N("PRODUCT", ch(["Peloton Bike+", "Technogym Skillrun", "Les Mills BodyPump"])), "\n"]
    return parts, kind, lang, region


def f_blood_drive():
    lang, region = pick_lang()
    style = ch(["num", "num", "iso", "long"])
    L = LBL[lang]
    parts = [ch(["Blood drive volunteer/donor roster – sort by blood group:\n", "turn this roster into a markdown table:\n",
                 "Which donors are eligible again (last donation > 12 weeks)?\n"])]
    fmt = ch(["tsv", "fixed", "csv"])
    parts.append({"tsv": "name\tdob\tgroup\tlast\n", "csv": "name,dob,group,last_donation\n",
                  "fixed": "NAME                     DOB          GRP  LAST\n"}[fmt])
    for i in range(rng.randint(2, 4)):
        p = person(lang, region)
        nm = p.styled(ch(["full", "caps", "full"]))
        d = dob(lang, region, 1955, 2007, style)
        last = other_date(lang, region, 2025, 2026, style)
        grp = ch(["O+", "A-", "B+", "AB+", "O-", "A+"])
        if fmt == "tsv":
            parts += [P(nm), "\t", D(d), "\t", grp, "\t", N("DATE", last), "\n"]
        elif fmt == "csv":
            q = '"' if "," in d else ""
            ql = '"' if "," in last else ""
            parts += [P(nm), ",", q, D(d), q, ",", grp, ",", ql, N("DATE", last), ql, "\n"]
        else:
            parts += [P(nm), " " * max(1, 25 - len(nm)), D(d), " " * max(1, 13 - len(d)), grp, " " * (5 - len(grp)), N("DATE", last), "\n"]
    parts += ["Coordinator: ", P(person(lang, region).full()), "\n"]
    return parts, fmt, lang, region


def f_trip_report():
    lang, region = pick_lang()
    ps = [person(lang, region) for _ in range(rng.randint(2, 4))]
    pet = ch(PETS)
    pl = rng.sample(PLACES, 2)
    joiner = {"en": " and ", "de": " und ", "nl": " en ", "fr": " et ", "es": " y ", "it": " e ", "pt": " e "}[lang]
    names = []
    for i, p in enumerate(ps):
        names.append(P(p.first()))
        if i < len(ps) - 2:
            names.append(", ")
        elif i == len(ps) - 2:
            names.append(joiner)
    if lang == "en":
        parts = ["turn this into a blog post for the cycling club site:\n\n", "Sunday ride: ", *names,
                 " set off from ", N("PLACE", pl[0]), " at 8, ", N("PET", pet), " (", P(ps[0].first()),
                 "'s collie) ran the first km with us lol. Puncture near ", N("PLACE", pl[1]), ", ", P(ps[1].full()),
                 " fixed it in 3 min. Next ride ", N("DATE", other_date(lang, region)), "."]
    elif lang == "de":
        parts = ["Mach daraus einen Tourenbericht für die Vereinsseite:\n\n", "Wanderung: ", *names, " starteten am ", N("PLACE", pl[0]),
                 ". ", N("PET", pet), ", der Hund von ", P(ps[0].first()), ", lief vorneweg. ", P(ps[1].full()), " organisiert die nächste Tour am ",
                 N("DATE", other_date(lang, region)), "."]
    elif lang == "fr":
        parts = ["Fais-en un compte rendu pour le site du club de rando :\n\n", "Sortie : ", *names, " sont partis de ", N("PLACE", pl[0]),
                 ". ", N("PET", pet), ", la chienne de ", P(ps[0].first()), ", a suivi tout le parcours. Prochaine sortie le ",
                 N("DATE", other_date(lang, region)), " avec ", P(ps[1].full()), "."]
    elif lang == "nl":
        parts = ["Maak hier een verslag van voor de fietsclub:\n\n", "Zondagrit: ", *names, " vertrokken vanaf ", N("PLACE", pl[0]),
                 ". Hond ", N("PET", pet), " van ", P(ps[0].first()), " liep mee. Volgende rit ", N("DATE", other_date(lang, region)), "."]
    elif lang == "es":
        parts = ["Conviértelo en una entrada para el blog del club de senderismo:\n\n", "Salida: ", *names, " salimos desde ", N("PLACE", pl[0]),
                 ". ", N("PET", pet), ", la perrita de ", P(ps[0].first()), ", nos acompañó. Próxima salida: ", N("DATE", other_date(lang, region)), "."]
    elif lang == "it":
        parts = ["Trasformalo in un post per il blog del CAI:\n\n", "Escursione: ", *names, " partiti da ", N("PLACE", pl[0]),
                 ". ", N("PET", pet), ", il cane di ", P(ps[0].first()), ", ci ha seguiti. Prossima uscita: ", N("DATE", other_date(lang, region)), "."]
    else:
        parts = ["Transforma isto num post para o blog do clube de ciclismo:\n\n", "Passeio: ", *names, " saímos de ", N("PLACE", pl[0]),
                 ". ", N("PET", pet), ", a cadela de ", P(ps[0].first()), ", veio connosco. Próximo passeio: ", N("DATE", other_date(lang, region)), "."]
    if chance(0.3):
        parts += ["\nlost & found: return the pump to ", P(ps[-1].full()), ", ", A(addr1(lang, region))]
    return parts, "prose", lang, region


def f_recipe_blog():
    lang, region = pick_lang()
    g = person(lang, region)
    kin = {"en": ["Grandma ", "Nan ", "Auntie ", "Lola "] if region == "PH" else ["Grandma ", "Nan ", "Auntie ", "Granny "], "de": ["Oma ", "Tante "], "fr": ["Mamie ", "Tata "], "nl": ["Oma ", "Tante "],
           "es": ["Abuela ", "Tía "], "it": ["Nonna ", "Zia "], "pt": ["Avó ", "Tia ", "Vovó "]}[lang]
    dish = ch(TERMS[lang][-3:] if lang in ("en", "fr", "it") else TERMS["en"][19:21])
    k = ch(kin)
    gb = g.first()
    parts = [{"en": "Edit this intro for my recipe blog, make it less rambly:\n\n", "de": "Kürze die Einleitung meines Rezeptblogs:\n\n",
              "fr": "Raccourcis l'intro de mon blog de cuisine :\n\n", "nl": "Maak de intro van mijn receptenblog korter:\n\n",
              "es": "Acorta la intro de mi blog de recetas:\n\n", "it": "Accorcia l'introduzione del mio blog di ricette:\n\n",
              "pt": "Encurta a introdução do meu blog de receitas:\n\n"}[lang],
             k, P(gb), " (", P(g.full()), ") ", {"en": "made this every Sunday in her kitchen with the old ", "de": "kochte das jeden Sonntag mit dem alten ",
                                                    "fr": "le préparait chaque dimanche avec son vieux ", "nl": "maakte dit elke zondag met haar oude ",
                                                    "es": "lo preparaba cada domingo con su vieja ", "it": "lo preparava ogni domenica con la sua vecchia ",
                                                    "pt": "fazia isto todos os domingos com a sua velha "}[lang],
             N("PRODUCT", ch(["KitchenAid", "Thermomix TM6", "Kenwood Chef", "Moulinex"])), ". "]
    if chance(0.5):
        parts += [{"en": "She was born on ", "de": "Sie wurde am ", "fr": "Elle est née le ", "nl": "Ze werd geboren op ", "es": "Nació el ",
                   "it": "È nata il ", "pt": "Nasceu a "}[lang], D(dob(lang, region, 1930, 1950)),
                  {"en": " and still cooks at 80+. ", "de": " geboren und kocht immer noch. ", "fr": " et cuisine toujours. ", "nl": " en kookt nog steeds. ",
                   "es": " y sigue cocinando. ", "it": " e cucina ancora. ", "pt": " e ainda cozinha. "}[lang]]
    parts += ["(", N("TERM", dish), " ", {"en": "is a different story.", "de": "ist eine andere Geschichte.", "fr": "c'est une autre histoire.",
                                        "nl": "is een ander verhaal.", "es": "es otra historia.", "it": "è un'altra storia.", "pt": "é outra história."}[lang], ")"]
    if chance(0.35):
        cousin = person(lang, region)
        parts += [" Thanks to my cousin ", P(cousin.first()), " for the photos!"]
    return parts, "blog", lang, region


def f_travel_blog():
    lang, region = pick_lang()
    host = person(lang, region)
    pl = rng.sample(PLACES, 2)
    parts = [{"en": "Proofread this travel blog paragraph:\n\n", "de": "Korrigier diesen Reiseblog-Absatz:\n\n", "fr": "Relis ce paragraphe de mon blog voyage :\n\n",
              "nl": "Lees deze reisblogalinea na:\n\n", "es": "Corrige este párrafo de mi blog de viajes:\n\n", "it": "Correggi questo paragrafo del mio blog di viaggi:\n\n",
              "pt": "Revê este parágrafo do meu blog de viagens:\n\n"}[lang],
             "Day 4: walked from ", N("PLACE", pl[0]), " down to ", N("PLACE", pl[1]), ". Our host ", P(host.full()), " (ask for ", P(host.first()),
             ", the guesthouse is at ", A(addr1_street(lang, region)), ") lent us bikes. Saw the statue of ", N("FAMOUS", fam()[0]), ". "]
    if chance(0.4):
        parts += ["Booking ref ", N("CODE", code()), ", checkout ", N("DATE", other_date(lang, region)), "."]
    return parts, "blog", lang, region


def f_loyalty_export():
    lang, region = pick_lang()
    style = ch(["iso", "num", "num"])
    sep = ch([",", ";", "\t"])
    parts = [ch(["Dedupe this loyalty export and tell me which rows look like the same customer:\n",
                 "Here's a sample of our loyalty CSV, write a pandas script to parse it:\n",
                 "Convert to JSON lines:\n"])]
    parts.append(sep.join(["member_id", "first_name", "last_name", "email", "birth_date", "address", "tier"]) + "\n")
    base = person(lang, region, allow_native=False)
    for i in range(rng.randint(2, 3)):
        p = base if (i == 1 and chance(0.4)) else person(lang, region, allow_native=False)
        a = addr1(lang, region)
        q = '"' if (sep == "," and "," in a) or (sep == ";" and ";" in a) else ""
        gv = p.given if chance(0.8) else p.given.upper()
        parts += ["M%06d" % rng.randint(1, 999999), sep, P(gv), sep, P(p.sur), sep, E(p.email()), sep, D(dob(lang, region, 1950, 2006, style)), sep,
                  q, A(a), q, sep, ch(["GOLD", "silver", "Bronze", "PLATINUM"]), "\n"]
    return parts, "csv", lang, region


def sql_q(s):
    return s.replace("'", "''")


def f_sql_dump():
    lang, region = pick_lang()
    parts = [ch(["why does this INSERT fail on postgres?\n\n", "convert these inserts to a CSV:\n\n", "Write the matching CREATE TABLE for this dump:\n\n"])]
    parts.append("INSERT INTO customers (id, first_name, last_name, email, dob, street_address) VALUES\n")
    n = rng.randint(2, 3)
    for i in range(n):
        p = person(lang, region, allow_native=False)
        a = addr1(lang, region)
        g, s_ = p.given, p.sur
        if "'" in g or "'" in s_ or "'" in a:
            # a quoted apostrophe ('') changes the written form: the span is the text as written
            pass
        parts += ["  (%d, '" % (100 + i), P(sql_q(g)), "', '", P(sql_q(s_)), "', '", E(p.email()), "', '",
                  D(dob(lang, region, 1950, 2006, "iso")), "', '", A(sql_q(a)), "')", ",\n" if i < n - 1 else ";\n"]
    return parts, "sql", lang, region


def f_xml_ldif():
    lang, region = pick_lang()
    p = person(lang, region, allow_native=False)
    if chance(0.5):
        a = address(lang, region)
        parts = [ch(["Convert this LDIF entry to JSON:\n\n", "Is this LDIF valid? ldapadd complains:\n\n"]),
                 "dn: uid=", ascii_fold(p.given[0] + p.sur).lower().replace(" ", "").replace("'", ""), ",ou=people,dc=example,dc=org\n",
                 "cn: ", P(p.full()), "\n", "givenName: ", P(p.given), "\n", "sn: ", P(p.sur), "\n", "mail: ", E(p.email()), "\n",
                 "postalAddress: ", A("$".join(a)), "\n"]
        if chance(0.5):
            parts += ["dateOfBirth: ", D(dob(lang, region, 1955, 2005, "iso")), "\n"]
        parts += ["employeeNumber: ", N("CODE", str(rng.randint(10000, 99999))), "\n"]
        return parts, "ldif", lang, region
    parts = [ch(["Write an XSLT that extracts the names from this:\n\n", "Fix the XML, it doesn't validate:\n\n", "summarise this record:\n\n"]),
             "<member id=\"", str(rng.randint(1000, 9999)), "\">\n  <name>\n    <given>", P(p.given), "</given>\n    <family>", P(p.sur), "</family>\n  </name>\n",
             "  <birthDate>", D(dob(lang, region, 1950, 2006, ch(["iso", None]))), "</birthDate>\n",
             "  <address>", A(addr1(lang, region)), "</address>\n", "  <email>", E(p.email()), "</email>\n",
             "  <joined>", N("DATE", other_date(lang, region, 2020, 2025, "iso")), "</joined>\n</member>"]
    return parts, "xml", lang, region


def f_hl7():
    lang, region = pick_lang()
    p = person(lang, region, allow_native=False)
    y, m, d = rand_ymd(1935, 2020)
    a = address(lang, region)
    # XAD: street^other^city^state^zip^country -- we keep the whole field as one address span
    if len(a) >= 2:
        xad = a[0] + "^^" + "^".join(a[1:])
    else:
        xad = a[0]
    nk = person(lang, region, allow_native=False)
    parts = [ch(["Parse this HL7 message and tell me the patient's age:\n\n", "What does each field of this PID mean?\n\n",
                 "Anonymise this HL7 ADT before I attach it to the ticket:\n\n"]),
             "MSH|^~\\&|LAB|", N("ORG", ch(["ST_MARYS", "HOPKINS", "CHARITE", "SANTA_CASA"])), "|EHR|HOSP|", "%04d%02d%02d0930" % rng.choice([(2026, 1, 12), (2026, 3, 2)]),
             "||ADT^A04|MSG", str(rng.randint(10000, 99999)), "|P|2.5\n",
             "PID|1||", str(rng.randint(100000, 999999)), "^^^HOSP^MR||", P(p.sur.upper() if chance(0.5) else p.sur), "^", P(p.given), "^^^",
             ch(["Mr", "Ms", "Dr", ""]), "||", D("%04d%02d%02d" % (y, m, d)), "|", ch("MFU"), "|||", A(xad), "||", "+1555%07d" % rng.randint(0, 9999999), "\n",
             "NK1|1|", P(nk.sur), "^", P(nk.given), "|", ch(["SPO", "MTH", "FTH", "SIS"]), "\n"]
    if chance(0.4):
        doc = person(lang, region, allow_native=False)
        parts += ["PV1|1|O|CLINIC^", str(rng.randint(1, 40)), "||||", str(rng.randint(1000, 9999)), "^", P(doc.sur), "^", P(doc.given), "\n"]
    else:
        parts += ["PV1|1|O|CLINIC^", str(rng.randint(1, 40)), "||||", str(rng.randint(1000, 9999)), "^^^^\n"]
    return parts, "hl7", lang, region


def f_fhir():
    lang, region = pick_lang()
    p = person(lang, region, allow_native=False)
    a = addr1(lang, region)
    dd = dob(lang, region, 1935, 2020, "iso")
    parts = [ch(["Validate this FHIR Patient resource:\n\n", "Generate a TypeScript type from this FHIR JSON:\n\n", "why is birthDate rejected here?\n\n"]),
             "{\n  \"resourceType\": \"Patient\",\n  \"id\": \"", N("CODE", "pat-%d" % rng.randint(1000, 99999)), "\",\n",
             "  \"name\": [{\"use\": \"official\", \"family\": \"", P(p.sur), "\", \"given\": [\"", P(p.given), "\"]}],\n",
             "  \"birthDate\": \"", D(dd), "\",\n",
             "  \"address\": [{\"use\": \"home\", \"text\": \"", A(a), "\"}],\n",
             "  \"telecom\": [{\"system\": \"email\", \"value\": \"", E(p.email()), "\"}],\n",
             "  \"generalPractitioner\": [{\"display\": \"Dr. ", P(person(lang, region).full()), "\"}]\n}"]
    return parts, "fhir", lang, region


def f_assistant_prompt():
    lang, region = pick_lang()
    p, q = person(lang, region), person(lang, region)
    fem = chance(0.5)
    k = rng.randint(0, 5)
    if lang == "en":
        opts = [
            ["Draft a short letter to my landlord ", P(q.full()), " saying I'm moving out of ", A(addr1(lang, region)),
             " at the end of the month. Sign it ", P(p.full()), "."],
            ["fill in this form for me: name ", P(p.full().lower()), ", born ", D(dob(lang, region)), ", address ", A(addr1(lang, region)), " – it's for the ",
             N("ORG", ch(ORGS)), " membership"],
            ["Anonymise this before I share it: \"", P(p.full()), " (", D(dob(lang, region)), ") and ", P(q.first()), " visited us at ",
             A(addr1(lang, region)), " on ", N("DATE", other_date(lang, region)), ".\""],
            ["write a birthday poem for my dad ", P(p.first()), ", he was born ", D(dob(lang, region, 1950, 1970)), " and loves ",
             N("PRODUCT", ch(PRODUCTS)), " and his dog ", N("PET", ch(PETS))],
            ["Summarise the email below in one line.\n\nFrom: ", P(p.full()), " <", E(p.email()), ">\nTo: ", P(q.full()), " <", E(q.email()), ">\nSubject: RE: ",
             N("CODE", code()), "\n\n> On ", N("DATE", other_date(lang, region)), ", ", P(q.full()), " wrote:\n> can you send the signed copy?\n\nSent. ",
             P(p.first()), "\n"],
            ["what's the age of someone with DOB ", D(dob(lang, region)), "? it's for my nephew ", P(p.first()), "'s school form"],
        ]
    else:
        T = {"de": ("Schreib einen kurzen Brief an meinen Vermieter ", ", dass ich aus ", " ausziehe. Unterschrift: ",
                    "Füll das Formular aus: Name ", ", ", ", Adresse ", "Anonymisiere das: „", "Übersetze ins Englische: "),
             "fr": ("Rédige une courte lettre à mon propriétaire ", " pour dire que je quitte le ", ". Signé ",
                    "Remplis ce formulaire : nom ", ", ", ", adresse ", "Anonymise ceci : « ", "Traduis en anglais : "),
             "nl": ("Schrijf een korte brief aan mijn verhuurder ", " dat ik vertrek uit ", ". Ondertekend ",
                    "Vul dit formulier in: naam ", ", ", ", adres ", "Anonimiseer dit: '", "Vertaal naar het Engels: "),
             "es": ("Redacta una carta breve a mi casero ", " diciendo que dejo el piso de ", ". Firma: ",
                    "Rellena este formulario: nombre ", ", ", ", domicilio ", "Anonimiza esto: «", "Traduce al inglés: "),
             "it": ("Scrivi una breve lettera al mio padrone di casa ", " per dire che lascio l'appartamento in ", ". Firma: ",
                    "Compila questo modulo: nome ", ", ", ", indirizzo ", "Anonimizza questo: «", "Traduci in inglese: "),
             "pt": ("Escreve uma carta curta ao meu senhorio ", " a dizer que vou sair de ", ". Assina ",
                    "Preenche este formulário: nome ", ", ", ", morada ", "Anonimiza isto: «", "Traduz para inglês: ")}[lang]
        bp = born_phrase(lang, fem)
        opts = [
            [T[0], P(q.full()), T[1], A(addr1(lang, region)), T[2], P(p.full()), "."],
            [T[3], P(p.full()), T[4], bp, D(dob(lang, region)), T[5], A(addr1(lang, region))],
            [T[6], P(p.full()), ", ", bp, D(dob(lang, region)), ", ", A(addr1(lang, region)), ", ", E(p.email()), "»" if lang in ("fr", "es", "it", "pt") else "“"],
            [T[7], P(p.first()), " ", ch({"de": ["und", "mit"], "fr": ["et", "avec"], "nl": ["en", "met"], "es": ["y", "con"], "it": ["e", "con"], "pt": ["e", "com"]}[lang]),
             " ", P(q.first()), " ", {"de": "feiern am ", "fr": "fêtent le ", "nl": "vieren op ", "es": "celebran el ", "it": "festeggiano il ", "pt": "celebram a "}[lang],
             N("DATE", other_date(lang, region)), " ", {"de": "ihre Hochzeit.", "fr": "leur mariage.", "nl": "hun bruiloft.", "es": "su boda.", "it": "il matrimonio.", "pt": "o casamento."}[lang]],
            ["From: ", P(p.full()), " <", E(p.email()), ">\n", T[7], "\n> ", P(q.full()), ", ", bp, D(dob(lang, region)), "\n> ", A(addr1(lang, region))],
            [T[3], P(p.given if p.given else p.full()), T[4], D(dob(lang, region)), T[5], A(addrN(lang, region))],
        ]
    return opts[k], "prompt%d" % k, lang, region


def f_chat_paste():
    """Chat-box typing: lower case, no punctuation, typos."""
    lang, region = pick_lang()
    p, q = person(lang, region), person(lang, region)
    a = addr1(lang, region)
    if chance(0.5):
        a = a.lower()
    d = dob(lang, region, 1950, 2008, ch(["num", "num2", "iso", None]))
    if lang == "en":
        opts = [
            ["hey can u help me write a msg to ", P(p.first().lower()), " saying sorry i missed her bday party, her full name is ", P(p.full().lower()),
             " if that matters"],
            ["my mums dob is ", D(d), " and she lives at ", A(a), " what do i put in the pension form lol"],
            ["pls check if this is rite for the passport renewal: ", P(p.full().upper()), " born ", D(d), " adress ", A(a)],
            ["me and ", P(q.first()), " need to send a gift to ", P(p.full()), " at ", A(a), " whats the cheapest courier"],
        ]
    else:
        opts = [
            [{"de": "kannst du mir helfen ne nachricht an ", "fr": "tu peux m'aider a ecrire a ", "nl": "kun je me helpen een berichtje te sturen naar ",
              "es": "me ayudas a escribirle a ", "it": "mi aiuti a scrivere a ", "pt": "ajudas-me a escrever à "}[lang], P(p.first().lower()),
             {"de": " zu schreiben, sie heißt eigentlich ", "fr": " elle s'appelle ", "nl": " ze heet eigenlijk ", "es": " se llama ", "it": " si chiama ", "pt": " chama-se "}[lang],
             P(p.full().lower())],
            [{"de": "geburtsdatum meiner mutter ", "fr": "date de naissance de ma mere ", "nl": "geboortedatum van mijn moeder ", "es": "fecha de nac de mi mama ",
              "it": "data di nascita di mia mamma ", "pt": "data de nascimento da minha mae "}[lang], D(d),
             {"de": " wohnt ", "fr": " habite ", "nl": " woont ", "es": " vive en ", "it": " abita in ", "pt": " mora em "}[lang], A(a)],
            [P(p.full().upper()), " ", born_phrase(lang), D(d), " ", A(a), " ??"],
            [P(q.first()), {"de": " und ich ", "fr": " et moi ", "nl": " en ik ", "es": " y yo ", "it": " e io ", "pt": " e eu "}[lang],
             {"de": "wollen was an ", "fr": "on envoie un cadeau a ", "nl": "sturen iets naar ", "es": "mandamos algo a ", "it": "mandiamo qualcosa a ", "pt": "enviamos algo ao "}[lang],
             P(p.full()), " ", A(a)],
        ]
    k = rng.randrange(len(opts))
    return opts[k], "chat%d" % k, lang, region


def f_yaml_config():
    lang, region = pick_lang()
    ps = [person(lang, region, allow_native=False) for _ in range(rng.randint(2, 3))]
    parts = [ch(["this yaml fixture for our test suite won't load, why?\n\n```yaml\n", "convert to JSON:\n\n```yaml\n"]), "volunteers:\n"]
    for p in ps:
        parts += ["  - name: ", P(p.full()), "\n    born: ", D(dob(lang, region, 1950, 2006, ch(["iso", None]))), "\n    email: ", E(p.email()), "\n"]
        if chance(0.5):
            parts += ["    address: \"", A(addr1(lang, region)), "\"\n"]
        parts += ["    shift: ", N("DATE", other_date(lang, region, 2026, 2026, "iso")), "\n"]
    parts += ["```"]
    return parts, "yaml", lang, region


def f_form_dialog():
    """An assistant filling a form asks for the date of birth; the user answers it."""
    lang, region = pick_lang()
    p = person(lang, region)
    kid = person(lang, region)
    d = dob(lang, region, 1945, 2007)
    Q = {"en": ("What's the full name on the application?", "And the date of birth?", "Home address?", "Anything else?",
                "no. oh and my son ", " turns 10 on ", " if that matters for the family discount"),
         "de": ("Wie lautet der vollständige Name?", "Und das Geburtsdatum?", "Die Wohnadresse?", "Noch etwas?",
                "nein. ach, mein Sohn ", " wird am ", " zehn, falls das für den Familienrabatt zählt"),
         "fr": ("Quel est le nom complet ?", "Et la date de naissance ?", "L'adresse du domicile ?", "Autre chose ?",
                "non. ah, mon fils ", " aura 10 ans le ", ", si ça compte pour la réduction famille"),
         "nl": ("Wat is de volledige naam?", "En de geboortedatum?", "Het woonadres?", "Nog iets?",
                "nee. o ja, mijn zoon ", " wordt 10 op ", ", telt dat voor de gezinskorting?"),
         "es": ("¿Cuál es el nombre completo?", "¿Y la fecha de nacimiento?", "¿Domicilio?", "¿Algo más?",
                "no. ah, mi hijo ", " cumple 10 el ", ", por si cuenta para el descuento familiar"),
         "it": ("Qual è il nome completo?", "E la data di nascita?", "Indirizzo di residenza?", "Altro?",
                "no. ah, mio figlio ", " compie 10 anni il ", ", se conta per lo sconto famiglia"),
         "pt": ("Qual é o nome completo?", "E a data de nascimento?", "Morada?", "Mais alguma coisa?",
                "não. ah, o meu filho ", " faz 10 anos a ", ", se contar para o desconto de família")}[lang]
    parts = [ch(["Continue this conversation and output the filled form as JSON:\n\n", "Here's my chat with the booking bot, did it get everything?\n\n"]),
             "Assistant: ", Q[0], "\nUser: ", P(p.styled(ch(["full", "lower", "full", "caps"]))), "\nAssistant: ", Q[1], "\nUser: ",
             D(d), "\nAssistant: ", Q[2], "\nUser: ", A(addr1(lang, region) if chance(0.7) else addr1(lang, region).lower()), "\nAssistant: ", Q[3], "\nUser: ",
             Q[4], P(kid.first()), Q[5], N("DATE", other_date(lang, region, 2026, 2026, ch(["long", "num"]))), Q[6]]
    return parts, "dialog", lang, region


def f_breeder_contract():
    """Puppy sale: the buyer's date of birth is PII, the puppy's birth date and pedigree names are not."""
    lang, region = pick_lang(["en", "de", "nl", "fr"])
    buyer, breeder = person(lang, region), person(lang, region)
    pup = ch(PETS)
    sire = ch(["Ch. Silver Arrow of Kilkenny", "Lord Barnaby vom Lindenhof", "Kasimir van de Hoeve", "Prince Oscar du Moulin",
               "Sir Winston of Tarabrook"])
    dam = ch(["Bella Rosa vom Mühlbach", "Queen Nala of Riverside", "Fleur de la Roseraie", "Juno van 't Ravenhof",
              "Duchess Maple of Ashgrove", "Lady Gwendolyn of Tarabrook"])
    L = LBL[lang]
    parts = [{"en": "Check this puppy sale agreement for anything missing:\n\n", "de": "Prüf bitte diesen Welpenkaufvertrag:\n\n",
              "nl": "Controleer deze koopovereenkomst voor de pup:\n\n", "fr": "Vérifie ce contrat de vente du chiot :\n\n"}[lang],
             {"en": "Breeder: ", "de": "Züchterin: ", "nl": "Fokker: ", "fr": "Éleveur : "}[lang], P(breeder.full()), ", ", A(addr1(lang, region)), "\n",
             {"en": "Buyer: ", "de": "Käufer: ", "nl": "Koper: ", "fr": "Acheteur : "}[lang], P(buyer.styled()), ", ", L["dob"].lower(), " ",
             D(dob(lang, region, 1950, 2005)), "\n", L["addr"], ": ", A(addr_any(lang, region)), "\n",
             {"en": "Puppy: ", "de": "Welpe: ", "nl": "Pup: ", "fr": "Chiot : "}[lang], N("PET", pup), ", ",
             {"en": "born ", "de": "geworfen am ", "nl": "geboren op ", "fr": "né le "}[lang], N("DATE", dob(lang, region, 2025, 2026)), "\n",
             {"en": "Sire: ", "de": "Vater: ", "nl": "Vader: ", "fr": "Père : "}[lang], N("PET", sire), " / ",
             {"en": "Dam: ", "de": "Mutter: ", "nl": "Moeder: ", "fr": "Mère : "}[lang], N("PET", dam), "\n",
             "Microchip ", N("CODE", "%015d" % rng.randint(10 ** 14, 10 ** 15 - 1)), "\n"]
    return parts, "contract", lang, region


def f_email_thread():
    lang, region = pick_lang()
    a, b = person(lang, region, allow_native=False), person(lang, region, allow_native=False)
    org = ch(ORGS)
    subj = {"en": "Re: volunteer form", "de": "AW: Anmeldung Ehrenamt", "fr": "RE: inscription bénévole", "nl": "Re: aanmelding vrijwilliger",
            "es": "RE: inscripción voluntariado", "it": "R: iscrizione volontari", "pt": "RE: inscrição voluntariado"}[lang]
    wrote = {"en": " wrote:", "de": " schrieb:", "fr": " a écrit :", "nl": " schreef:", "es": " escribió:", "it": " ha scritto:", "pt": " escreveu:"}[lang]
    body_a = {"en": "Thanks! I still need your date of birth for the insurance.", "de": "Danke! Für die Versicherung brauche ich noch dein Geburtsdatum.",
              "fr": "Merci ! Il me manque ta date de naissance pour l'assurance.", "nl": "Dank je! Voor de verzekering heb ik nog je geboortedatum nodig.",
              "es": "¡Gracias! Me falta tu fecha de nacimiento para el seguro.", "it": "Grazie! Mi serve ancora la tua data di nascita per l'assicurazione.",
              "pt": "Obrigado! Ainda preciso da tua data de nascimento para o seguro."}[lang]
    ans = {"en": "Sure, it's ", "de": "Klar, ", "fr": "Bien sûr, c'est le ", "nl": "Natuurlijk, ", "es": "Claro, es el ", "it": "Certo, è il ", "pt": "Claro, é "}[lang]
    parts = [ch(["Reply to this thread for me and confirm the shift:\n\n", "Summarise this thread:\n\n", "Translate this thread into English:\n\n"]),
             "From: ", P(b.full()), " <", E(b.email()), ">\nTo: ", P(a.full()), " <", E(a.email(ascii_fold(org.split()[0]).lower().replace("'", "") + ".org")), ">\nSubject: ", subj, "\n\n",
             P(a.first()), ",\n", ans, D(dob(lang, region, 1950, 2006)), ".\n", P(b.first()), "\n\n",
             "> ", N("DATE", other_date(lang, region, 2026, 2026)), ", ", P(a.full()), wrote, "\n> ", body_a, "\n> --\n> ", P(a.full()), "\n> ", N("ORG", org), "\n> ",
             A(addr1(lang, region)), "\n"]
    return parts, "email", lang, region


def f_volunteer_table():
    lang, region = pick_lang()
    days = {"en": ["Mon", "Tue", "Wed", "Thu"], "de": ["Mo", "Di", "Mi", "Do"], "fr": ["lun.", "mar.", "mer.", "jeu."], "nl": ["ma", "di", "wo", "do"],
            "es": ["lun", "mar", "mié", "jue"], "it": ["lun", "mar", "mer", "gio"], "pt": ["seg", "ter", "qua", "qui"]}[lang]
    parts = [ch(["who is double-booked in this rota?\n\n", "Turn this markdown rota into a CSV:\n\n", "make this rota fairer, nobody should do more than 2 shifts:\n\n"]),
             "| shift | " + " | ".join(days) + " |\n|---|---|---|---|---|\n"]
    pool = [person(lang, region) for _ in range(rng.randint(3, 5))]
    for sh in ["09-12", "12-15", "15-18"][:rng.randint(2, 3)]:
        parts.append("| " + sh + " | ")
        for j in range(4):
            if chance(0.25):
                parts.append("—")
            else:
                q = ch(pool)
                nm = ch(NICK) if chance(0.08) else q.first()
                parts.append(P(nm))
            parts.append(" | " if j < 3 else " |\n")
    parts += ["\nLead: ", P(pool[0].full()), " (", E(pool[0].email()), "). ",
              ch(["Dog walking with ", "Bring ", "Feed "]), N("PET", ch(PETS)), ch([" at 12.", " too.", "."])]
    return parts, "markdown", lang, region


# ---------------------------------------------------------------------------------------------
# PII-free families: capitalised look-alikes only
# ---------------------------------------------------------------------------------------------
def pf_famous():
    lang, region = pick_lang()
    f1, f2 = rng.sample([f for f in FAMOUS if f[1]], 2)
    d1 = fmt_date(lang, region, *f1[1])
    d2 = fmt_date(lang, region, *f2[1])
    k = rng.randrange(3)
    if lang == "en":
        opts = [
            ["Write a quiz question: who was born first, ", N("FAMOUS", f1[0]), " (", N("DATE", d1), ") or ", N("FAMOUS", f2[0]),
             " (", N("DATE", d2), ")?"],
            ["Give me a 100-word bio of ", N("FAMOUS", f1[0]), ", born ", N("DATE", d1), ", for a school poster. Mention the ",
             N("ORG", ch(ORGS)), " only if it's relevant."],
            ["My daughter's project is on ", N("FAMOUS", f1[0]), " and ", N("FAMOUS", f2[0]), ". Make a timeline that starts on ",
             N("DATE", d1), " and includes ", N("PLACE", ch(PLACES)), "."],
        ]
    else:
        W = {"de": ("Quizfrage: Wer wurde zuerst geboren, ", " oder ", "Schreib eine Kurzbiografie über ", ", geboren am ", ", für ein Schulplakat.",
                    "Das Referat meiner Tochter handelt von ", " und ", ". Mach einen Zeitstrahl ab dem "),
             "fr": ("Question de quiz : qui est né en premier, ", " ou ", "Écris une courte biographie de ", ", né(e) le ", ", pour un exposé.",
                    "L'exposé de ma fille porte sur ", " et ", ". Fais une frise qui commence le "),
             "nl": ("Quizvraag: wie werd eerst geboren, ", " of ", "Schrijf een korte biografie van ", ", geboren op ", ", voor een spreekbeurt.",
                    "De spreekbeurt van mijn dochter gaat over ", " en ", ". Maak een tijdlijn vanaf "),
             "es": ("Pregunta de quiz: ¿quién nació primero, ", " o ", "Escribe una biografía breve de ", ", nacido el ", ", para un trabajo escolar.",
                    "El trabajo de mi hija es sobre ", " y ", ". Haz una línea de tiempo desde el "),
             "it": ("Domanda quiz: chi è nato prima, ", " o ", "Scrivi una breve biografia di ", ", nato il ", ", per una ricerca scolastica.",
                    "La ricerca di mia figlia è su ", " e ", ". Fai una linea del tempo dal "),
             "pt": ("Pergunta de quiz: quem nasceu primeiro, ", " ou ", "Escreve uma biografia curta de ", ", nascido a ", ", para um trabalho escolar.",
                    "O trabalho da minha filha é sobre ", " e ", ". Faz uma cronologia a partir de ")}[lang]
        opts = [
            [W[0], N("FAMOUS", f1[0]), " (", N("DATE", d1), ")", W[1], N("FAMOUS", f2[0]), " (", N("DATE", d2), ")?"],
            [W[2], N("FAMOUS", f1[0]), W[3], N("DATE", d1), W[4]],
            [W[5], N("FAMOUS", f1[0]), W[6], N("FAMOUS", f2[0]), W[7], N("DATE", d1), "."],
        ]
    return opts[k], "famous%d" % k, lang, region


def pf_terms():
    lang, region = pick_lang()
    t = rng.sample(TERMS[lang], 3)
    q = {"en": [("Explain the difference between ", " and ", " for a first-year student, and where ", " fits in."),
                ("My notes mention ", ", ", " and ", ". Turn them into flashcards.")],
         "de": [("Erklär mir den Unterschied zwischen ", " und ", ", und was hat ", " damit zu tun?"),
                ("In meinen Notizen stehen ", ", ", " und ", ". Mach Karteikarten daraus.")],
         "fr": [("Explique la différence entre ", " et ", ", et le lien avec ", "."),
                ("Mes notes parlent de ", ", de ", " et de ", ". Fais-en des fiches.")],
         "nl": [("Leg het verschil uit tussen ", " en ", ", en wat heeft ", " ermee te maken?"),
                ("In mijn aantekeningen staan ", ", ", " en ", ". Maak er flashcards van.")],
         "es": [("Explica la diferencia entre ", " y ", ", y qué tiene que ver ", "."),
                ("Mis apuntes hablan de ", ", ", " y ", ". Hazme fichas de estudio.")],
         "it": [("Spiega la differenza tra ", " e ", ", e il legame con ", "."),
                ("I miei appunti parlano de ", ", ", " e ", ". Fammi delle flashcard.")],
         "pt": [("Explica a diferença entre ", " e ", ", e a relação com ", "."),
                ("As minhas notas falam de ", ", ", " e ", ". Faz-me fichas de estudo.")]}[lang]
    k = rng.randrange(2)
    w = q[k]
    parts = [w[0], N("TERM", t[0]), w[1], N("TERM", t[1]), w[2], N("TERM", t[2]), w[3]]
    if chance(0.4):
        parts += [" (", {"en": "course at ", "de": "Kurs an der ", "fr": "cours à ", "nl": "vak aan de ", "es": "curso en ", "it": "corso presso ",
                         "pt": "cadeira na "}[lang], N("ORG", ch(["Johns Hopkins University", "Institut Pasteur", "Ludwig-Maximilians-Universität", "Trinity College Dublin"])), ")"]
    return parts, "terms%d" % k, lang, region


def pf_products():
    lang, region = pick_lang()
    a, b, c = rng.sample(PRODUCTS, 3)
    o = ch(ORGS)
    T = {"en": ("Which is better value, ", " or ", "? The shop at ", " also has the ", " on sale."),
         "de": ("Was lohnt sich mehr, ", " oder ", "? Bei ", " gibt es außerdem den ", " im Angebot."),
         "fr": ("Qu'est-ce qui vaut mieux, ", " ou ", " ? Chez ", " il y a aussi le ", " en promo."),
         "nl": ("Wat is beter, ", " of ", "? Bij ", " is de ", " ook in de aanbieding."),
         "es": ("¿Qué conviene más, ", " o ", "? En ", " también tienen el ", " en oferta."),
         "it": ("Cosa conviene di più, ", " o ", "? Da ", " c'è anche il ", " in offerta."),
         "pt": ("O que compensa mais, ", " ou ", "? Na ", " também há o ", " em promoção.")}[lang]
    if chance(0.5):
        parts = [T[0], N("PRODUCT", a), T[1], N("PRODUCT", b), T[2], N("ORG", o), T[3], N("PRODUCT", c), T[4]]
        return parts, "products0", lang, region
    parts = ["Write a product description for our shop listing: vintage ", N("PRODUCT", a), ", comes with the original box, works with ",
             N("PRODUCT", b), ". Sold as seen, no returns. Similar to what ", N("ORG", o), " used in their ads."]
    return parts, "products1", lang, region


def pf_places():
    lang, region = pick_lang()
    a, b, c = rng.sample(PLACES, 3)
    T = {"en": ("Plan a 3-day itinerary: ", ". We want to see ", " and the statue of ", "."),
         "de": ("Plane drei Tage: ", ". Wir wollen ", " und das Denkmal von ", " sehen."),
         "fr": ("Propose un itinéraire de 3 jours : ", ". On veut voir ", " et la statue de ", "."),
         "nl": ("Plan drie dagen: ", ". We willen ", " en het standbeeld van ", " zien."),
         "es": ("Planifica tres días: ", ". Queremos ver ", " y la estatua de ", "."),
         "it": ("Pianifica tre giorni: ", ". Vogliamo vedere ", " e la statua di ", "."),
         "pt": ("Planeia três dias: ", ". Queremos ver ", " e a estátua de ", ".")}[lang]
    if chance(0.6):
        parts = [T[0], N("PLACE", a), " → ", N("PLACE", b), " → ", N("PLACE", c), T[1],
                 N("ORG", ch(["Rijksmuseum Vincent van Gogh", "Fondation Louis Vuitton", "Carnegie Hall", "Goethe-Institut", "Fundação Calouste Gulbenkian"])),
                 T[2], N("FAMOUS", fam()[0]), T[3]]
        return parts, "places0", lang, region
    parts = ["is there parking near ", N("PLACE", a), " or should we take the tram from ", N("PLACE", b), "? we're meeting at the ",
             N("ORG", ch(["McDonald's", "Marks & Spencer", "Goethe-Institut", "Carnegie Hall"])), " on ", N("PLACE", ch(["Goethestraße", "Rue Victor Hugo", "Via Garibaldi", "Queen Victoria Street", "Avenida Paulista"])), " at noon"]
    return parts, "places1", lang, region


def pf_pets():
    lang, region = pick_lang()
    pet = ch(PETS)
    kind = ch(PET_KIND[lang])
    pd = dob(lang, region, 2014, 2024)
    vac = other_date(lang, region, 2026, 2026)
    lead = {"en": ("Our ", " ", " was born on ", " — how old is that in human years? The vet (", ") wants the booster by ", "."),
            "de": ("Unser ", " ", " ist am ", " geboren – wie alt ist das in Menschenjahren? Die Praxis (", ") will die Impfung bis ", "."),
            "fr": ("Notre ", " ", " est né(e) le ", " : quel âge en années humaines ? La clinique (", ") veut le rappel avant le ", "."),
            "nl": ("Onze ", " ", " is geboren op ", ", hoe oud is dat in mensenjaren? De kliniek (", ") wil de vaccinatie vóór ", "."),
            "es": ("Nuestro ", " ", " nació el ", ", ¿cuántos años humanos son? La clínica (", ") quiere la vacuna antes del ", "."),
            "it": ("Il nostro ", " ", " è nato il ", ", quanti anni umani sono? La clinica (", ") vuole il richiamo entro il ", "."),
            "pt": ("O nosso ", " ", " nasceu a ", ", quantos anos humanos são? A clínica (", ") quer a vacina até ", ".")}[lang]
    parts = [lead[0], kind, lead[1], N("PET", pet), lead[2], N("DATE", pd), lead[3],
             N("ORG", ch(["VetPartners", "AniCura", "Banfield Pet Hospital", "Clínica Veterinária São Francisco"])), lead[4], N("DATE", vac), lead[5]]
    if chance(0.6):
        parts += [" ", N("PET", ch(PETS)), " & ", N("PET", ch(PETS)), " ", {"en": "are already done.", "de": "sind schon geimpft.", "fr": "sont déjà vaccinés.",
                                                                         "nl": "zijn al gevaccineerd.", "es": "ya están vacunados.", "it": "sono già vaccinati.",
                                                                         "pt": "já estão vacinados."}[lang]]
    return parts, "pets", lang, region


def pf_dev():
    lang, region = "en", ch(REGIONS["en"])
    k = rng.randrange(2)
    if k == 0:
        parts = [ch(["Write release notes for ", "Summarise the changes in ", "Draft a changelog entry for "]), N("CODE", "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9))),
                 ": fixes ", N("CODE", code()), " and ", N("CODE", "HUSH-%d" % rng.randint(100, 9999)), ", bumps ", N("PRODUCT", ch(["Django", "Rails", "Spring Boot", "Laravel", "Jenkins", "Kubernetes"])),
                 ", reverts the ", N("TERM", ch(["Levenshtein distance", "Bloom filter", "Dijkstra's algorithm", "Boyer-Moore search", "Fisher-Yates shuffle"])),
                 " change by @", ch(["mkovacs-dev", "jdoe42", "octo-cat", "bananasplit", "r2d2x"]), ". Freeze on ", N("DATE", other_date("en", region, 2026, 2026)), "."]
    else:
        parts = ["why does this test fail?\n\n```python\ndef test_parse():\n    assert parse_date(\"", N("DATE", other_date("en", region, 2024, 2026, "iso")),
                 "\") == date(2026, 1, 1)  # ", N("CODE", code()), "\n    assert Gaussian(mu=0).pdf(0) > 0  # see ", N("TERM", ch(["Bayes' theorem", "a Gaussian process", "Euler's method"])),
                 "\n```\nRunning on ", N("PRODUCT", ch(["Ubuntu 24.04", "macOS Sonoma", "Windows 11"])), "."]
    return parts, "dev%d" % k, lang, region


def pf_sports():
    lang, region = pick_lang()
    a, b = rng.sample(CLUBS[lang], 2)
    st = ch(STADIA[lang])
    f = ch(["Pelé", "Diego Maradona", "Johan Cruyff", "Eusébio"])
    T = {"en": ("Who has the better head-to-head record, ", " or ", "? The next game is at the ", " on ", ". And how many goals did ", " score in total?"),
         "de": ("Wer hat die bessere Bilanz, ", " oder ", "? Das nächste Spiel ist im ", " am ", ". Und wie viele Tore hat ", " insgesamt geschossen?"),
         "fr": ("Qui a le meilleur bilan, ", " ou ", " ? Le prochain match a lieu au ", " le ", ". Et combien de buts a marqué ", " ?"),
         "nl": ("Wie heeft de beste onderlinge resultaten, ", " of ", "? De volgende wedstrijd is in het ", " op ", ". En hoeveel goals maakte ", "?"),
         "es": ("¿Quién tiene mejor historial, ", " o ", "? El próximo partido es en el ", " el ", ". ¿Y cuántos goles marcó ", "?"),
         "it": ("Chi ha il bilancio migliore, ", " o ", "? La prossima partita è allo ", " il ", ". E quanti gol ha segnato ", "?"),
         "pt": ("Quem tem melhor histórico, ", " ou ", "? O próximo jogo é no ", " a ", ". E quantos golos marcou ", "?")}[lang]
    parts = [T[0], N("ORG", a), T[1], N("ORG", b), T[2], N("PLACE", st), T[3], N("DATE", other_date(lang, region, 2026, 2026)), T[4], N("FAMOUS", f), T[5]]
    return parts, "sports", lang, region


def pf_schedule():
    lang, region = pick_lang()
    ds = [other_date(lang, region, 2026, 2027) for _ in range(3)]
    T = {"en": ("Make a project timeline: kickoff ", ", review ", ", deadline ", ". Workstreams: "),
         "de": ("Erstelle einen Zeitplan: Start ", ", Review ", ", Abgabe ", ". Arbeitspakete: "),
         "fr": ("Fais un planning : lancement ", ", revue ", ", échéance ", ". Lots : "),
         "nl": ("Maak een planning: start ", ", review ", ", deadline ", ". Werkpakketten: "),
         "es": ("Haz un cronograma: inicio ", ", revisión ", ", entrega ", ". Líneas de trabajo: "),
         "it": ("Crea un cronoprogramma: avvio ", ", revisione ", ", consegna ", ". Attività: "),
         "pt": ("Faz um cronograma: arranque ", ", revisão ", ", entrega ", ". Frentes: ")}[lang]
    parts = [T[0], N("DATE", ds[0]), T[1], N("DATE", ds[1]), T[2], N("DATE", ds[2]), T[3], N("CODE", code()), ", ",
             N("PRODUCT", ch(["Microsoft Teams", "Adobe Illustrator", "Alexa", "Siri"])), " integration, ", N("ORG", ch(ORGS)), " audit."]
    return parts, "schedule", lang, region


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------
PII_FAMILIES = [  # (family name, function, number of records)
    ("match_report", f_match_report, 14),
    ("team_sheet", f_team_sheet, 16),
    ("transfer_news", f_transfer_news, 24),
    ("clan_chat", f_clan_chat, 12),
    ("fantasy_league", f_fantasy_league, 10),
    ("auction", f_auction, 20),
    ("museum_loan", f_museum_loan, 18),
    ("credits", f_credits, 10),
    ("orchestra", f_orchestra, 8),
    ("radio_calls", f_radio_calls, 16),
    ("reference_letter", f_reference_letter, 20),
    ("admission_letter", f_admission_letter, 16),
    ("peer_review", f_peer_review, 10),
    ("latex_byline", f_latex_byline, 18),
    ("address_labels", f_address_labels, 18),
    ("customs", f_customs, 20),
    ("loan_notes", f_loan_notes, 22),
    ("intake", f_intake, 24),
    ("immigration", f_immigration, 16),
    ("permit", f_permit, 20),
    ("hoa_minutes", f_hoa_minutes, 10),
    ("rsvp", f_rsvp, 12),
    ("booking", f_booking, 28),
    ("blood_drive", f_blood_drive, 14),
    ("trip_report", f_trip_report, 14),
    ("recipe_blog", f_recipe_blog, 22),
    ("travel_blog", f_travel_blog, 24),
    ("loyalty_export", f_loyalty_export, 12),
    ("sql_dump", f_sql_dump, 10),
    ("xml_ldif", f_xml_ldif, 24),
    ("hl7", f_hl7, 12),
    ("fhir", f_fhir, 22),
    ("assistant_prompt", f_assistant_prompt, 32),
    ("chat_paste", f_chat_paste, 30),
    ("yaml_config", f_yaml_config, 14),
    ("form_dialog", f_form_dialog, 30),
    ("breeder_contract", f_breeder_contract, 20),
    ("email_thread", f_email_thread, 14),
    ("volunteer_table", f_volunteer_table, 8),
]
PF_FAMILIES = [
    ("pf_famous", pf_famous, 28),
    ("pf_terms", pf_terms, 27),
    ("pf_products", pf_products, 25),
    ("pf_places", pf_places, 25),
    ("pf_pets", pf_pets, 26),
    ("pf_dev", pf_dev, 20),
    ("pf_sports", pf_sports, 24),
    ("pf_schedule", pf_schedule, 25),
]


def generate():
    jobs = []
    for name, fn, n in PII_FAMILIES + PF_FAMILIES:
        jobs += [(name, fn)] * n
    rng.shuffle(jobs)
    out = []
    counters = {}
    for name, fn in jobs:
        parts, variant, lang, region = fn()
        counters[name] = counters.get(name, 0) + 1
        tid = "h8_%s_%s_%03d" % (name, variant, counters[name])
        rec = build(parts, tid, name, lang, region)
        if name.startswith("pf_"):
            assert not rec["spans"], tid
        out.append(rec)
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout8.json")
    recs = generate()
    data = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    counts = {}
    for r in recs:
        for s in r["spans"]:
            counts[s["entity_type"]] = counts.get(s["entity_type"], 0) + 1
    print("%d records -> %s" % (len(recs), path), file=sys.stderr)
    print(json.dumps(counts, sort_keys=True), file=sys.stderr)


if __name__ == "__main__":
    main()
