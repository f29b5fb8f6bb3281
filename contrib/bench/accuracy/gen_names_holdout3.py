#!/usr/bin/env python3
"""gen_names_holdout3.py: a third held-out corpus for PERSON, STREET_ADDRESS and DATE_OF_BIRTH.

Written blind, from a brief only: the author read no detector code, no other corpus, no other
generator, and ran no hush binary on this corpus. Deterministic (fixed seed), Python 3 stdlib only.
Writes data/names_holdout3.json (a JSON list of {full_text, spans, template_id, metadata}).

The texts are what a coding agent or an office user pastes into a model: tool outputs (git log,
blame, shortlog, CODEOWNERS, stack traces, SQL tables, CSV, ticket JSON, issue threads), calendar
invites, vCards, OCR'd forms, mail threads, medical, bank, insurance, travel, legal, HR, school,
tenancy, delivery, announcements, genealogy, rosters, programmes, and PII-free prompts full of
capitalised look-alikes.

Labelling conventions (also in the report that came with the commit):
- PERSON: the name as written, titles and honorifics excluded ("Dr. [Ana Ruiz]", "Mme [Dubois]"),
  possessive 's / ’s excluded, particles included ("[Jan van der Berg]"), "KELLER/MARIA" on a
  boarding pass and "Johann /Keller/" in GEDCOM are one span each; a given name and a surname in
  separate cells or fields (SQL, CSV, vCard N:) are two spans. Nicknames are PERSON. A Windows
  profile folder named after a person ("C:\\Users\\Maria Keller\\") is PERSON; machine user names
  (runner, ubuntu, build) are never name-like, and GitHub handles are never name-like.
- Famous and historical people named as a topic ("in the style of Neruda") are NEG_FAMOUS;
  eponymous terms are NEG_TERM over the whole term ("Parkinson's disease", "Dijkstra's algorithm");
  companies named after people NEG_ORG; products NEG_PRODUCT; places that are also given names and
  street names used as places without a number NEG_PLACE; ticket keys, booking and policy numbers
  NEG_CODE.
- STREET_ADDRESS: the whole postal address as written, from the building/unit/street line to the
  postcode, city, region and country when they are part of the block; a multi-line block is one
  span with its newlines. Every postal address is labelled, company and office addresses in
  signatures and venues included (the gateway cannot tell whose address it is, and a sole trader's
  office is personal data). PO boxes are STREET_ADDRESS. A c/o name is a PERSON span of its own,
  outside the address span. A city or country alone is not labelled.
- DATE_OF_BIRTH: the date only (no label, no age), whenever the text says it is someone's birth
  date, a famous person's excepted (NEG_DATE). Every other calendar date (appointments, commits,
  issue, expiry, release, death, wedding dates) is NEG_DATE, as written, a time of day and a zone
  included when they are glued to it (git, ICS, ISO timestamps). Years alone are not labelled.
- EMAIL_ADDRESS: every e-mail address, role addresses included.
"""
import json
import os
import sys
import random
import re

SEED = 20261202
N_RECORDS = 840
CORPUS = "names_holdout3"

# ---------------------------------------------------------------- span markup
_S, _M, _E = "\ue000", "\ue001", "\ue002"


def L(kind, v):
    assert _S not in v and _M not in v and _E not in v, v
    return _S + kind + _M + v + _E


def P(v):
    return L("PERSON", v)


def A(v):
    return L("STREET_ADDRESS", v)


def D(v):
    return L("DATE_OF_BIRTH", v)


def EM(v):
    return L("EMAIL_ADDRESS", v)


def ND(v):
    return L("NEG_DATE", v)


def NO(v):
    return L("NEG_ORG", v)


def NP(v):
    return L("NEG_PRODUCT", v)


def NPL(v):
    return L("NEG_PLACE", v)


def NT(v):
    return L("NEG_TERM", v)


def NF(v):
    return L("NEG_FAMOUS", v)


def NC(v):
    return L("NEG_CODE", v)


_MARK = re.compile(_S + "([A-Z_]+)" + _M + "(.*?)" + _E, re.S)


def plain(s):
    return _MARK.sub(lambda m: m.group(2), s)


def finalize(s):
    out, spans, pos, last = [], [], 0, 0
    for m in _MARK.finditer(s):
        chunk = s[last:m.start()]
        assert _S not in chunk and _M not in chunk and _E not in chunk
        out.append(chunk)
        pos += len(chunk)
        v = m.group(2)
        spans.append({"entity_type": m.group(1), "entity_value": v,
                      "start_position": pos, "end_position": pos + len(v)})
        out.append(v)
        pos += len(v)
        last = m.end()
    tail = s[last:]
    assert _S not in tail and _M not in tail and _E not in tail
    out.append(tail)
    text = "".join(out)
    for sp in spans:
        assert text[sp["start_position"]:sp["end_position"]] == sp["entity_value"]
        assert sp["entity_value"] == sp["entity_value"].strip(" \n\t,;"), sp
    return text, spans


def pad(s, w):
    return s + " " * max(0, w - len(plain(s)))


NBSP, NNBSP = "\u00a0", "\u202f"

# ---------------------------------------------------------------- names
COMMON = {
    "en-US": ("James Jennifer Michael Ashley Robert Jessica David Emily Tyler Brittany Kevin Megan Daniel Lauren Christopher Amanda",
              "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thompson Martinez Robinson Clark Lewis Walker Hall"),
    "en-GB": ("Oliver Amelia Harry Isla George Sophie Jack Charlotte Thomas Emily William Chloe Florence Alfie",
              "Taylor Evans Hughes Roberts Wright Green Wood Harris Turner Cooper Ward Morgan Fletcher Booth"),
    "en-IE": ("Seán Aoife Ciarán Niamh Pádraig Siobhán Eoin Gráinne Conor Róisín Darragh Orla",
              "Murphy Kelly O’Sullivan Walsh O'Brien Byrne Ryan O'Connor McCarthy Doyle Gallagher Ní_Bhriain"),
    "en-IN": ("Rahul Priya Anil Sunita Vikram Deepa Arjun Kavya Suresh Lakshmi Rohan Neha",
              "Sharma Patel Iyer Reddy Nair Gupta Menon Chatterjee Desai Singh Rao Banerjee"),
    "en-AU": ("Jack Chloe Liam Matilda Cooper Isla Lachlan Ruby Mitchell Zoe Brodie Jessica",
              "Nguyen Smith Jones Kelly Campbell Mitchell Thompson Ryan Harrison Byrne Murray Walsh"),
    "en-ZA": ("Thabo Nomvula Sipho Lerato Pieter Annelie Johan Zanele Kagiso Riaan Naledi Werner",
              "Nkosi Dlamini Mokoena van_der_Merwe Botha Naidoo Pretorius Ndlovu Khumalo Venter du_Plessis Govender"),
    "en-NG": ("Chinedu Ngozi Emeka Funmilayo Tunde Aisha Ifeoma Babatunde Yusuf Chiamaka Segun Hauwa",
              "Okonkwo Adebayo Eze Bello Okafor Ogunleye Abubakar Nwachukwu Adeyemi Ibrahim Olawale Obi"),
    "en-PH": ("Jose Maria_Cristina Mark_Anthony Jocelyn Rodel Marites Jerome Rowena Arnel Lovely Rizalyn Jun",
              "Santos Reyes Cruz Bautista Dela_Cruz Garcia Mendoza Villanueva Ramos Aquino Castillo Macaraeg"),
    "de-DE": ("Lukas Anna Jonas Lea Maximilian Sophie Jürgen Sabine Thomas Katrin Uwe Birgit Felix Hannah",
              "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Schröder Neumann"),
    "de-AT": ("Florian Katharina Stefan Lena Wolfgang Theresa Johannes Magdalena Lukas Elisabeth",
              "Gruber Huber Wimmer Pichler Steiner Moser Mayr Hofer Leitner Berger"),
    "de-CH": ("Urs Regula Beat Daniela Reto Corinne Marco Nadine Adrian Sibylle",
              "Brunner Keller Meier Baumann Frei Zimmermann Gerber Widmer Küng Bühler"),
    "fr-FR": ("Camille Julien Manon Nicolas Léa Mathieu Chloé Sébastien Élodie François Inès Thibault Aurélie Jean-Baptiste Marie-Claire",
              "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fontaine Girard Rousseau Mercier Lemaire"),
    "fr-BE": ("Maxime Julie Quentin Charlotte Arnaud Pauline Cédric Aurore",
              "Peeters Janssens Dupont Lambert Dubois Lejeune Renard Collignon"),
    "fr-CH": ("Loïc Mélanie Yannick Séverine Cyril Joëlle",
              "Favre Rochat Pittet Gilliéron Jaquet Perrin"),
    "nl-NL": ("Daan Sanne Bram Fleur Joost Femke Sem Lotte Pieter Anouk Ruben Marloes",
              "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder Dekker van_der_Meer Hendriks"),
    "nl-BE": ("Jens Lien Wout Elke Pieter-Jan Sofie Kobe Griet",
              "Vermeulen Claes Maes Wouters Peeters Van_Damme De_Smet Goossens"),
    "es-ES": ("Alejandro Lucía Javier Carmen Sergio Marta Pablo Ainhoa Iñaki María_José José_Luis Nerea Álvaro Rocío",
              "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Jiménez Díaz Moreno Álvarez Etxeberria Iglesias"),
    "es-MX": ("Guadalupe Juan_Carlos Ximena Santiago Valeria Luis_Fernando Itzel Emiliano",
              "Hernández Ramírez Flores Cruz Torres Morales Reyes Vázquez"),
    "es-AR": ("Facundo Agustina Matías Florencia Nicolás Camila Joaquín Milagros",
              "Sosa Acosta Romero Benítez Medina Herrera Aguirre Giménez"),
    "it-IT": ("Giulia Marco Francesca Alessandro Chiara Lorenzo Federica Matteo Sara Giuseppe Elena Andrea Nicolò Beatrice",
              "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini D’Angelo"),
    "pt-PT": ("João Maria Tiago Inês Rui Beatriz Gonçalo Joana Duarte Leonor",
              "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Carvalho"),
    "pt-BR": ("Lucas Ana_Clara Gabriel Júlia Thiago Larissa Rafael Camila Vinícius Thaís",
              "Souza Silva Lima Almeida Ribeiro Nascimento Barbosa Oliveira Cavalcanti Araújo"),
}

FEMALE = set("""Jennifer Ashley Jessica Emily Brittany Megan Lauren Amanda Amelia Isla Sophie Charlotte Chloe Florence
Aoife Niamh Siobhán Gráinne Róisín Orla Priya Sunita Deepa Kavya Lakshmi Neha Matilda Ruby Zoe Nomvula Lerato Annelie
Zanele Naledi Ngozi Funmilayo Aisha Ifeoma Chiamaka Hauwa Maria_Cristina Jocelyn Marites Rowena Lovely Rizalyn Anna Lea
Sabine Katrin Birgit Hannah Katharina Lena Theresa Magdalena Elisabeth Regula Daniela Corinne Nadine Sibylle Camille
Manon Léa Chloé Élodie Inès Aurélie Marie-Claire Julie Pauline Aurore Mélanie Séverine Joëlle Sanne Fleur Femke Lotte
Anouk Marloes Lien Elke Sofie Griet Lucía Carmen Marta Ainhoa María_José Nerea Rocío Guadalupe Ximena Valeria Itzel
Agustina Florencia Camila Milagros Giulia Francesca Chiara Federica Sara Elena Beatrice Maria Inês Beatriz Joana Leonor
Ana_Clara Júlia Larissa Thaís""".split())

GLOBAL = [
    # (first, last, gender, hungarian order)
    ("Priya", "Raghunathan", "f"), ("Venkatesh", "Subramaniam", "m"), ("Aarav", "Malhotra", "m"),
    ("Sandeep", "Kulkarni", "m"), ("Farhana", "Chowdhury", "f"), ("Imran", "Qureshi", "m"),
    ("Thilini", "Wickramasinghe", "f"), ("Wei", "Zhang", "m"), ("Xiaoling", "Chen", "f"),
    ("Hiroshi", "Tanaka", "m"), ("Yuki", "Nakamura", "f"), ("Min-jun", "Park", "m"), ("Ji-woo", "Kim", "f"),
    ("Thi Lan", "Nguyen", "f"), ("Quang Minh", "Tran", "m"), ("Haruto", "Sasaki", "m"),
    ("Mohammed", "Al-Rashid", "m"), ("Fatima", "Haddad", "f"), ("Youssef", "El Amrani", "m"),
    ("Layla", "Mansour", "f"), ("Omar", "Abdelaziz", "m"), ("Nour", "Khalil", "f"),
    ("Chukwuemeka", "Okafor", "m"), ("Adaeze", "Nwosu", "f"), ("Kwame", "Mensah", "m"),
    ("Abena", "Owusu", "f"), ("Oluwaseun", "Adeyemi", "m"), ("Aminata", "Diallo", "f"),
    ("Moussa", "Traoré", "m"), ("Fatoumata", "Keïta", "f"),
    ("Katarzyna", "Wiśniewska", "f"), ("Paweł", "Zieliński", "m"), ("Dragana", "Petrović", "f"),
    ("Miroslav", "Dvořák", "m"), ("Oksana", "Kovalenko", "f"), ("Dmitri", "Sokolov", "m"),
    ("Elif", "Yılmaz", "f"), ("Mehmet", "Öztürk", "m"), ("Zeynep", "Çelik", "f"), ("Emre", "Şahin", "m"),
    ("Eleni", "Papadopoulou", "f"), ("Giorgos", "Konstantinidis", "m"), ("Dimitra", "Georgiou", "f"),
    ("Sigríður", "Jónsdóttir", "f"), ("Bjørn", "Haugland", "m"), ("Åsa", "Lindqvist", "f"),
    ("Mikko", "Järvinen", "m"), ("Zsófia", "Nagy", "f", 1), ("Bence", "Kovács", "m", 1),
    ("Réka", "Szabó", "f", 1), ("Gergely", "Tóth", "m", 1),
]

NICK = {"Robert": "Bob", "Christopher": "Chris", "Jennifer": "Jen", "Katarzyna": "Kasia", "Alejandro": "Álex",
        "Francesca": "Fran", "Giuseppe": "Beppe", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun",
        "Maximilian": "Max", "Venkatesh": "Venky", "Dmitri": "Dima", "Alessandro": "Sandro",
        "Johannes": "Hannes", "Babatunde": "Tunde", "Elisabeth": "Lisi", "Guadalupe": "Lupita",
        "Gonçalo": "Gonça", "William": "Will", "Daniel": "Dan", "Nicolás": "Nico", "Katharina": "Kathi",
        "Jean-Baptiste": "JB", "Thomas": "Tom", "Pádraig": "Paddy", "Francisco": "Paco", "Oksana": "Ksenia"}

# invented names: a syllable grammar of my own per language family: onset + vowel (+ a middle
# syllable) + a family-typical ending; the same seed always gives the same pool.
FAM = {
    "en": ("Br C D F G H K L M N P R Sh St T W Th", "a e i o u ay ee ar", "ton ley wick worth by ford well ridge ham", "a ie en on yn ell ette", "an ick ert on ard"),
    "de": ("Br D G H K L M R S Sch St W Z Fr", "a e i o u ä ö ü ei au", "mann er berg hofer ling bauer huber stätter rich dorf", "a ke ine lind gund", "ert mar rik old bert"),
    "fr": ("B Ch D G L M P R S T V Th", "a e i o ou au é", "ier eau ard ot elle ac ignac aux ois", "ette ine ane elle ise", "ien ic ard in aut"),
    "nl": ("B D G H J K L M R S T W Fr", "a e i o oe ie ee aa", "ink sma stra ema man ens huis kamp hof", "ke je ina ien ine", "ert mer ijn out ard"),
    "es": ("B C D G L M N R S T V Ch", "a e i o u", "ez ado era ón illa ares oza ieta", "a ia ina ela ita", "o io el ino án"),
    "it": ("B C D F G L M N P R S T V", "a e i o u", "etti ini ucci ello one ardi olo esi", "a ina ia ella etta", "o ino elmo iano ero"),
    "pt": ("B C D F G L M N R S T V", "a e i o u", "eira inho ão ares elo ada ende", "a inha ara ela", "o iel ino ão aldo"),
    "xx": ("Ab Ad K Ts Zh Ng Ol Dr Vl Ay Sv Ch Kw", "a e i o u", "enko ovic aki oglu ardottir idou ashvili ewa anu ssen", "a ina iya ele", "ek ar im emi ov"),
}


def _tidy(s, fam):
    """No tripled letters, no doubled i/u; doubled vowels only where the family spells them (nl, en)."""
    s = re.sub(r"(.)\1\1+", r"\1\1", s)
    s = re.sub(r"([iu])\1", r"\1", s)
    return s if fam in ("nl", "en") else re.sub(r"([aeo])\1", r"\1", s)


def _invent_pool(r, fam, n=40):
    on, vo, last_end, f_end, m_end = (x.split() for x in FAM[fam])
    firsts, lasts, seen = [], [], set()
    while len(lasts) < n:
        s = r.choice(on) + r.choice(vo) + (r.choice("lnrmdt") + r.choice(vo) if r.random() < 0.35 else "") + r.choice(last_end)
        s = _tidy(s, fam)
        if s not in seen and 5 <= len(s) <= 13:
            seen.add(s)
            lasts.append(s)
    while len(firsts) < n:
        g = "f" if len(firsts) % 2 == 0 else "m"
        s = r.choice(on) + r.choice(vo) + r.choice(f_end if g == "f" else m_end)
        s = _tidy(s, fam)
        if s not in seen and 3 <= len(s) <= 10:
            seen.add(s)
            firsts.append((s, g))
    return firsts, lasts


def lang_of(loc):
    return loc.split("-")[0]


class Person:
    def __init__(self, first, last, g, src, hu=False):
        self.first, self.last, self.g, self.src, self.hu = first, last, g, src, hu
        self.nick = NICK.get(first)

    def full(self):
        return f"{self.last} {self.first}" if self.hu else f"{self.first} {self.last}"

    def western(self):
        return f"{self.first} {self.last}"

    def lastc(self):
        # surname alone, as written after a title: Dutch/Flemish particles capitalised
        if self.last[:1].islower() and self.last.split()[0] in ("van", "de", "den", "der", "du"):
            return self.last[0].upper() + self.last[1:]
        return self.last

    def initial(self):
        parts = re.split(r"([ -])", self.first)
        return "".join(p[0] + "." if p not in (" ", "-") else p for p in parts if p)

    def caps_last(self):
        return self.last.upper()


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.k = 0
        self.pools = {f: _invent_pool(random.Random(seed + i), f) for i, f in enumerate(FAM)}

    def person(self, r, loc, g=None):
        src = ("common", "global", "invented")[self.k % 3]
        self.k += 1
        for _ in range(50):
            if src == "common":
                fs, ls = COMMON[loc]
                f = r.choice(fs.split()).replace("_", " ")
                la = r.choice(ls.split()).replace("_", " ")
                gg = "f" if f.replace(" ", "_") in FEMALE else "m"
                p = Person(f, la, gg, src)
                # compound Spanish / Portuguese surnames, hyphenated German/French ones
                lg = lang_of(loc)
                if lg in ("es", "pt") and r.random() < 0.45:
                    p.last = la + " " + r.choice(ls.split()).replace("_", " ")
                elif lg in ("de", "fr") and r.random() < 0.12:
                    p.last = la + "-" + r.choice(ls.split()).replace("_", " ")
            elif src == "global":
                t = r.choice(GLOBAL)
                p = Person(t[0], t[1], t[2], src, hu=len(t) > 3)
            else:
                lg = lang_of(loc)
                fam = lg if lg in FAM and r.random() < 0.75 else "xx"
                fs, ls = self.pools[fam]
                f, gg = r.choice(fs)
                la = r.choice(ls)
                if fam == "nl" and r.random() < 0.3:
                    la = r.choice(["van ", "de ", "ter ", "van der "]) + la
                if fam == "de" and r.random() < 0.08:
                    la = "von " + la
                if fam == "pt" and r.random() < 0.3:
                    la = r.choice(["da ", "dos "]) + la
                p = Person(f, la, gg, src)
            if g is None or p.g == g:
                return p
        return p


def pform(p, r, kinds="full full full lf init caps upper"):
    """A PERSON span in one of the written forms; kinds is a space-separated menu."""
    k = r.choice(kinds.split())
    if k == "full":
        s = p.full()
    elif k == "lf":
        s = f"{p.last}, {p.first}"
    elif k == "init":
        s = f"{p.initial()} {p.last}"
    elif k == "caps":
        s = f"{p.last.upper()} {p.first}"
    elif k == "upper":
        s = p.full().upper()
    elif k == "lower":
        s = p.full().lower()
    elif k == "nbsp":
        s = p.full().replace(" ", NBSP, 1)
    elif k == "first":
        s = p.first
    elif k == "last":
        s = p.lastc()
    elif k == "nick":
        s = p.nick or p.first
    else:
        raise ValueError(k)
    return P(s)


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WD_EN = "Mon Tue Wed Thu Fri Sat Sun".split()


def rdate(r, y0, y1):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ordinal(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fdate(dt, loc, style):
    y, m, d = dt
    lg = lang_of(loc)
    mn = MONTHS[lg][m - 1]
    if loc == "de-AT" and m == 1:
        mn = "Jänner"
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "compact":
        return f"{y:04d}{m:02d}{d:02d}"
    if style == "num":
        if loc in ("en-US", "en-PH"):
            return f"{m:02d}/{d:02d}/{y}"
        if loc == "en-ZA":
            return f"{y}/{m:02d}/{d:02d}"
        if lg == "de" or loc == "fr-CH":
            return f"{d:02d}.{m:02d}.{y}"
        if lg == "nl":
            return f"{d:02d}-{m:02d}-{y}"
        if loc == "en-IN":
            return f"{d:02d}-{m:02d}-{y}"
        return f"{d:02d}/{m:02d}/{y}"
    if style == "num_short":  # unpadded / two-digit years, as people type them
        if loc in ("en-US", "en-PH"):
            return f"{m}/{d}/{y % 100:02d}"
        if lg == "de":
            return f"{d}.{m}.{y % 100:02d}"
        if lg == "nl":
            return f"{d}-{m}-{y}"
        return f"{d}/{m}/{y}"
    if style == "long":
        if lg == "en":
            if loc in ("en-US", "en-PH"):
                return f"{mn} {d}, {y}"
            return f"{d} {mn} {y}"
        if lg == "de":
            return f"{d}. {mn} {y}"
        if lg == "fr":
            return f"{'1er' if d == 1 else d} {mn} {y}"
        if lg in ("es", "pt"):
            return f"{d} de {mn} de {y}"
        return f"{d} {mn} {y}"
    if style == "short":
        if lg == "en":
            if loc in ("en-US", "en-PH"):
                return f"{mn[:3]} {d}, {y}"
            return r_choice_fixed(dt, [f"{d:02d}-{mn[:3]}-{y}", f"{d} {mn[:3]} {y}", f"{ordinal(d)} {mn} {y}"])
        if lg == "de":
            return f"{d}. {mn[:3]}. {y}" if len(mn) > 4 else f"{d}. {mn} {y}"
        if lg == "es":
            return f"{d}-{mn[:3]}-{y}"
        if lg == "pt":
            return f"{d:02d}/{mn[:3]}/{y}"
        return f"{d} {mn[:4].rstrip('.')}. {y}" if len(mn) > 4 else f"{d} {mn} {y}"
    raise ValueError(style)


def r_choice_fixed(dt, opts):
    return opts[(dt[0] + dt[1] + dt[2]) % len(opts)]


def age_of(dt, ref=(2025, 6, 1)):
    return ref[0] - dt[0] - (1 if (dt[1], dt[2]) > (ref[1], ref[2]) else 0)


def dob(r, lo=1938, hi=2009):
    return rdate(r, lo, hi)


def ev(r):
    return rdate(r, 2023, 2026)


# ---------------------------------------------------------------- addresses
CC_OF = {"en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-IN": "IN", "en-AU": "AU", "en-ZA": "ZA",
         "en-NG": "NG", "en-PH": "PH", "de-DE": "DE", "de-AT": "AT", "de-CH": "CH", "fr-FR": "FR",
         "fr-BE": "BEfr", "fr-CH": "CHfr", "nl-NL": "NL", "nl-BE": "BEnl", "es-ES": "ES", "es-MX": "MX",
         "es-AR": "AR", "it-IT": "IT", "pt-PT": "PT", "pt-BR": "BR"}
COUNTRY = {"US": "USA", "GB": "United Kingdom", "IE": "Ireland", "IN": "India", "AU": "Australia",
           "ZA": "South Africa", "NG": "Nigeria", "PH": "Philippines", "DE": "Deutschland", "AT": "Österreich",
           "CH": "Schweiz", "FR": "France", "BEfr": "Belgique", "CHfr": "Suisse", "NL": "Nederland",
           "BEnl": "België", "ES": "España", "MX": "México", "AR": "Argentina", "IT": "Italia",
           "PT": "Portugal", "BR": "Brasil"}


def addr_lines(r, cc, office=False):
    """A postal address as a list of lines (street line first)."""
    n = r.randint(1, 240)
    c = r.choice
    if cc == "US":
        city, st, z = c([("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"),
                         ("Columbus", "OH", "43215"), ("Raleigh", "NC", "27601"), ("Madison", "WI", "53703"),
                         ("Eugene", "OR", "97401"), ("Charlotte", "NC", "28202")])
        s = f"{n * 7 + 100} {c(['Maple Ave', 'Oak Street', 'N Lincoln Blvd', 'Cedar Lane', 'W 34th St', 'Pine Ridge Rd', 'Elm Court', 'Sunset Drive'])}"
        u = c(["", "", f"Apt {r.randint(1, 9)}{c('ABCD')}", f"Suite {r.randint(100, 900)}", f"#{r.randint(2, 40)}"])
        if office and not u:
            u = f"Suite {r.randint(100, 900)}"
        if r.random() < 0.1:
            return [f"PO Box {r.randint(100, 9999)}", f"{city}, {st} {z}"]
        return [s + (f", {u}" if u else ""), f"{city}, {st} {z}"]
    if cc == "GB":
        town, pc = c([("London", "N10 2LE"), ("Manchester", "M14 5RB"), ("Leeds", "LS6 3HN"), ("Bristol", "BS7 8AU"),
                      ("Edinburgh", "EH9 1PL"), ("Cardiff", "CF24 4HQ"), ("York", "YO10 5DD")])
        st = f"{n % 90 + 1} {c(['Rosebery Road', 'High Street', 'Victoria Road', 'Church Lane', 'Park Avenue', 'Mill Lane', 'Station Road', 'Albert Terrace'])}"
        pre = c(["", "", f"Flat {r.randint(1, 12)}", c(["Wessex House", "The Old Rectory", "2nd Floor, Mercer House"])])
        lines = ([pre] if pre else []) + [st, town, pc]
        if r.random() < 0.4:
            lines = ([pre + ", " + st] if pre else [st]) + [f"{town} {pc}"]
        return lines
    if cc == "IE":
        a, co, ec = c([("Dún Laoghaire", "Co. Dublin", "A96 X2Y3"), ("Ballincollig", "Co. Cork", "P31 K8W2"),
                       ("Salthill", "Galway", "H91 E2K3"), ("Drumcondra", "Dublin 9", "D09 Y7F4"), ("Ennis", "Co. Clare", "V95 T2P6")])
        st = f"{n % 60 + 1} {c(['Seaview Terrace', 'Main Street', 'Griffith Avenue', 'Ashgrove Lawn', 'Church Road'])}"
        if r.random() < 0.2:
            st = c(["Apartment 14, Block C, Clarion Quay", "Rose Cottage, Knockmore"])
        return [st, a, co, ec]
    if cc == "IN":
        city, pin, stt = c([("Bengaluru", "560038", "Karnataka"), ("Mumbai", "400050", "Maharashtra"), ("Chennai", "600002", "Tamil Nadu"),
                            ("Pune", "411001", "Maharashtra"), ("Gurugram", "122001", "Haryana")])
        b = c([f"Flat {r.randint(1, 14)}0{r.randint(1, 4)}, Sai Residency", f"No. {n}, 2nd Floor", f"H.No. {r.randint(1, 30)}-{r.randint(1, 9)}-{n}", f"B-{n}, Green Park Apartments"])
        st = c(["14th Cross, Indiranagar", "MG Road", "Linking Road, Bandra West", "Anna Salai", "Sector 15", "FC Road, Shivajinagar"])
        return [b, st, f"{city} - {pin}", stt]
    if cc == "AU":
        sub, st, pc = c([("Fitzroy", "VIC", "3065"), ("Surry Hills", "NSW", "2010"), ("Fremantle", "WA", "6160"),
                         ("Adelaide", "SA", "5000"), ("Toowong", "QLD", "4066")])
        s = c(["Wattle Street", "George St", "Bourke Street", "Beach Road", "Jacaranda Ave"])
        if r.random() < 0.12:
            return [f"PO Box {r.randint(10, 999)}", f"{sub.upper()} {st} {pc}"]
        num = f"{r.randint(1, 12)}/{n % 80 + 1}" if r.random() < 0.4 else f"{n % 80 + 1}"
        if r.random() < 0.3:
            num = f"Unit {r.randint(1, 12)}, {n % 80 + 1}"
        return [f"{num} {s}", f"{sub} {st} {pc}"]
    if cc == "ZA":
        sub, city, pc = c([("Waterkloof", "Pretoria", "0181"), ("Rondebosch", "Cape Town", "7700"),
                           ("Parkhurst", "Johannesburg", "2193"), ("Umhlanga", "Durban", "4319")])
        st = f"{n % 90 + 1} {c(['Jacaranda Crescent', 'Main Road', 'Jan Smuts Avenue', 'Long Street', 'Protea Close'])}"
        if r.random() < 0.25:
            st = f"Unit {r.randint(1, 40)} {c(['Oakwood Estate', 'Sandton Gardens'])}, " + st
        return [st, sub, city, pc]
    if cc == "NG":
        sub, city, pc = c([("Victoria Island", "Lagos", "101241"), ("Ikoyi", "Lagos", "106104"), ("Lekki Phase 1", "Lagos", "105102"),
                           ("Wuse II", "Abuja", "904101"), ("Independence Layout", "Enugu", "400001")])
        pre = c([f"Plot {n % 90 + 1}", f"No. {n % 60 + 1}", f"House {n % 30 + 1}", f"Flat 3, Block B, {n % 40 + 1}"])
        st = c(["Adeola Odeku Street", "Awolowo Road", "Admiralty Way", "Aminu Kano Crescent", "Ogui Road"])
        return [f"{pre}, {st}" if not pre.startswith(("No.", "Flat")) else f"{pre} {st}", sub, f"{city} {pc}"]
    if cc == "PH":
        brgy, city, zp = c([("Brgy. Pinyahan", "Quezon City", "1100"), ("Bel-Air", "Makati City", "1209"),
                            ("Brgy. Lahug", "Cebu City", "6000"), ("Poblacion", "Davao City", "8000")])
        b = c(["", f"Unit {r.randint(3, 30)}0{r.randint(1, 9)}, Tower 2, Avida Residences", f"Blk {r.randint(1, 20)} Lot {r.randint(1, 40)}"])
        st = f"{n} {c(['Kalayaan Ave', 'Rizal Street', 'Ayala Avenue', 'Mabini St', 'Osmeña Blvd'])}"
        return ([b] if b else []) + [st, f"{brgy}, {city} {zp}"]
    if cc == "DE":
        pc, city = c([("10969", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("79102", "Freiburg im Breisgau"),
                      ("20095", "Hamburg"), ("04109", "Leipzig"), ("60311", "Frankfurt am Main")])
        if r.random() < 0.1:
            return [f"Postfach {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}", f"{pc[:3]}{r.randint(10, 99)} {city}"]
        st = f"{c(['Lindenstraße', 'Hauptstraße', 'Am Hang', 'Schillerstraße', 'Bahnhofstr.', 'Goethestraße', 'Kastanienallee', 'Im Winkel', 'Karl-Marx-Allee', 'Ringstraße'])} {n % 120 + 1}{c(['', '', 'a', 'b'])}"
        extra = c(["", "", "", "Hinterhaus, 3. OG", "Whg. 12", "2. Etage links"])
        return ([st + ", " + extra] if extra and r.random() < 0.5 else [st] + ([extra] if extra else [])) + [f"{pc} {city}"]
    if cc == "AT":
        pc, city = c([("1040", "Wien"), ("1060", "Wien"), ("5020", "Salzburg"), ("8010", "Graz"), ("6020", "Innsbruck")])
        st = c(["Wiedner Hauptstraße", "Mariahilfer Straße", "Landstraßer Gürtel", "Getreidegasse", "Herrengasse"])
        num = c([f"{n % 90 + 1}/{r.randint(1, 4)}/{r.randint(1, 20)}", f"{n % 90 + 1}/Top {r.randint(1, 20)}", f"{n % 90 + 1}"])
        return [f"{st} {num}", f"{pc} {city}"]
    if cc == "CH":
        pc, city = c([("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen")])
        st = c(["Bahnhofstrasse", "Seestrasse", "Spalenberg", "Marktgasse", "Zürcherstrasse"])
        if r.random() < 0.1:
            return [f"Postfach {r.randint(100, 999)}", f"{pc} {city}"]
        return [f"{st} {n % 90 + 1}", f"{pc} {city}"]
    if cc == "CHfr":
        pc, city = c([("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg")])
        return [f"{c(['Rue du Rhône', 'Avenue de la Gare', 'Chemin des Vignes', 'Rue de Bourg'])} {n % 90 + 1}", f"{pc} {city}"]
    if cc == "FR":
        pc, city = c([("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
                      ("44000", "Nantes"), ("42000", "Saint-Étienne")])
        st = f"{n % 90 + 1}{c(['', '', ' bis', ' ter'])} {c(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Peupliers', 'quai Saint-Vincent', 'rue de la République'])}"
        pre = c(["", "", "", f"Bât. {c('ABC')}, Appt {r.randint(1, 40)}", "Résidence Les Tilleuls", f"{r.randint(2, 7)}e étage"])
        if r.random() < 0.08:
            return [f"BP {r.randint(100, 9999)}", f"{pc} {city.upper()} CEDEX"]
        return ([pre] if pre else []) + [st, f"{pc} {city}"]
    if cc == "BEfr":
        pc, city = c([("1040", "Etterbeek"), ("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur")])
        return [f"{c(['Rue de la Loi', 'Avenue Louise', 'Rue Saint-Gilles', 'Chaussée de Wavre'])} {n % 200 + 1}{c(['', '', f' boîte {r.randint(1, 9)}', f'/{r.randint(1, 9)}'])}", f"{pc} {city}"]
    if cc == "BEnl":
        pc, city = c([("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge")])
        return [f"{c(['Kerkstraat', 'Meir', 'Veldstraat', 'Naamsestraat', 'Steenstraat'])} {n % 200 + 1}{c(['', '', f' bus {r.randint(1, 9)}'])}", f"{pc} {city}"]
    if cc == "NL":
        pc, city = c([("1016 GV", "Amsterdam"), ("3511 LX", "Utrecht"), ("2517 KJ", "Den Haag"), ("9711 AB", "Groningen"), ("5611 EM", "Eindhoven")])
        if r.random() < 0.1:
            return [f"Postbus {r.randint(100, 9999)}", f"{pc[:4]} {c(['AA', 'BB', 'CA'])} {city.upper()}"]
        st = c(["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Oudegracht", "Laan van Meerdervoort", "Willemsparkweg"])
        num = c([f"{n}", f"{n}-2", f"{n} A", f"{n}-III", f"{n} bis", f"{n}hs"])
        return [f"{st} {num}", f"{pc}  {city}" if r.random() < 0.2 else f"{pc} {city}"]
    if cc == "ES":
        pc, city = c([("28013", "Madrid"), ("41001", "Sevilla"), ("08008", "Barcelona"), ("46002", "Valencia"), ("48001", "Bilbao"), ("18009", "Granada")])
        if r.random() < 0.08:
            return [f"Apartado de Correos {r.randint(10, 999)}", f"{pc} {city}"]
        st = c([f"C/ Mayor, {n % 90 + 1}, {r.randint(1, 8)}º {c('ABCD')}", f"Avda. de la Constitución {n % 90 + 1}, {r.randint(1, 8)}.º izq.",
                f"Calle de Alcalá, {n}, {r.randint(1, 8)}.º D", f"Plaza Mayor {n % 20 + 1}, bajo", f"Carrer de Mallorca, {n}, {r.randint(1, 6)}r {r.randint(1, 4)}a"])
        return [st, f"{pc} {city}"]
    if cc == "MX":
        pc, city = c([("03940", "Ciudad de México, CDMX"), ("06700", "Ciudad de México, CDMX"), ("44160", "Guadalajara, Jal."), ("64000", "Monterrey, N.L.")])
        st = c([f"Av. Insurgentes Sur {n * 7}, Int. {r.randint(1, 9)}, Col. Crédito Constructor", f"Calle Durango {n}, Col. Roma Nte.", f"Av. Vallarta {n * 5}, Col. Americana"])
        return [st, f"C.P. {pc}, {city}" if r.random() < 0.5 else f"{pc} {city}"]
    if cc == "AR":
        pc, city = c([("C1043", "CABA"), ("C1005", "CABA"), ("C1425", "CABA"), ("X5000", "Córdoba")])
        st = c([f"Av. Corrientes {n * 9}, Piso {r.randint(1, 12)} Dto. {c('ABCD')}", f"Calle Florida {n * 3}, {r.randint(1, 9)}° {c('ABC')}", f"Av. Santa Fe {n * 11}, {r.randint(1, 9)}° {c('ABC')}"])
        return [st, f"{pc}{c(['AAB', 'ABC', ''])} {city}"]
    if cc == "IT":
        pc, city, pr = c([("20121", "Milano", "MI"), ("10125", "Torino", "TO"), ("00187", "Roma", "RM"), ("50122", "Firenze", "FI"),
                          ("80134", "Napoli", "NA"), ("40126", "Bologna", "BO")])
        if r.random() < 0.08:
            return [f"Casella Postale {r.randint(10, 999)}", f"{pc} {city} {pr}"]
        st = c([f"Via Garibaldi {n % 90 + 1}", f"Corso Vittorio Emanuele II, {n % 90 + 1}, int. {r.randint(1, 20)}", f"Piazza San Marco {n % 20 + 1}",
                f"Via dei Mille {n % 60 + 1}, scala B", f"Viale Europa {n}"])
        return [st, c([f"{pc} {city} {pr}", f"{pc} {city} ({pr})"])]
    if cc == "PT":
        pc, city = c([("1100-053", "Lisboa"), ("1250-142", "Lisboa"), ("4000-447", "Porto"), ("3000-123", "Coimbra"), ("8000-241", "Faro")])
        st = c([f"Rua Augusta {n}, {r.randint(1, 6)}.º Esq.", f"Avenida da Liberdade {n}, {r.randint(1, 6)}.º Dto.", f"Rua de Santa Catarina {n}",
                f"Travessa do Carmo {n % 20 + 1}, r/c"])
        return [st, f"{pc} {city}"]
    if cc == "BR":
        cst, cep = c([("São Paulo - SP", "01415-001"), ("São Paulo - SP", "01310-200"), ("Rio de Janeiro - RJ", "22410-002"),
                      ("Brasília - DF", "70747-030"), ("Belo Horizonte - MG", "30130-010")])
        st = c([f"Rua das Flores, {n}, apto {r.randint(1, 20)}{r.randint(1, 4)}", f"Av. Paulista, {n * 7}, conj. {r.randint(1, 30)}",
                f"Rua Visconde de Pirajá, {n}", f"SQN 308, Bloco C, apto {r.randint(100, 600)}"])
        nb = c(["Jardim Paulista", "Bela Vista", "Ipanema", "Asa Norte", "Savassi"])
        if r.random() < 0.08:
            return [f"Caixa Postal {r.randint(100, 9999)}", f"CEP {cep} {cst}"]
        return [f"{st} - {nb}", f"{cst}", f"CEP {cep}"]
    raise ValueError(cc)


def addr(r, loc, multi=False, country=None, office=False):
    cc = CC_OF[loc]
    lines = addr_lines(r, cc, office)
    if country is None:
        country = r.random() < 0.15
    if country:
        lines = lines + [COUNTRY[cc].upper() if r.random() < 0.3 else COUNTRY[cc]]
    if multi:
        return A("\n".join(lines))
    return A(", ".join(lines))


# ---------------------------------------------------------------- look-alikes
ORGS = ["Dell", "Ferrari", "Johnson & Johnson", "Siemens", "Philips", "Boeing", "Ernst & Young", "McDonald's",
        "Porsche", "Bosch", "Ford", "Hermès", "Louis Vuitton", "Lidl", "Aldi", "Renault", "Peugeot", "Michelin",
        "Heineken", "Barilla", "Ferrero", "Benetton", "Goldman Sachs", "Morgan Stanley", "Deloitte", "Procter & Gamble",
        "Dyson", "Hilton", "Marriott", "Honda", "Toyota", "Sainsbury's", "Marks & Spencer", "John Lewis", "Kellogg's",
        "Nestlé", "Miele", "Braun", "Albert Heijn", "El Corte Inglés", "Pirelli", "Lamborghini", "Zeiss", "Rolex",
        "Guinness", "Cadbury", "Tata Consultancy Services", "Mahindra", "Dangote", "Jollibee", "Woolworths", "Maggi"]
PRODUCTS = ["iPhone 15", "ThinkPad X1 Carbon", "Galaxy S24", "Kindle Paperwhite", "Dell XPS 13", "Windows 11",
            "PostgreSQL 16", "Visual Studio Code", "Jenkins", "Apache Kafka", "Apache Cassandra", "Jupyter",
            "Django", "Alexa", "Siri", "Ubuntu 22.04", "Debian Bookworm", "Grafana", "Excel", "Outlook",
            "Thunderbird", "Hudson", "Sphinx", "Maven", "Mercedes-Benz C-Klasse", "Vespa Primavera", "Fiat Panda",
            "Model Y", "PlayStation 5", "AirPods Pro", "Nespresso Vertuo"]
PLACES = ["Victoria", "Florence", "Austin", "Eugene", "Adelaide", "Charlotte", "Lourdes", "Santiago", "Madison",
          "Lincoln", "Houston", "Sydney", "Chester", "Regina", "Sankt Gallen", "Saint-Étienne", "San José", "Mercedes"]
STREET_PLACES = ["Oxford Street", "Königsallee", "the Champs-Élysées", "Gran Vía", "Via del Corso", "Damrak",
                 "Avenida Paulista", "Kurfürstendamm", "Grafton Street", "Bahnhofstrasse", "Rua Augusta", "La Rambla"]
TERMS = {
    "en": ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hodgkin lymphoma", "Down syndrome",
           "Gaussian blur", "Dijkstra's algorithm", "the Schengen area", "a Kalman filter", "the Levenshtein distance",
           "a Turing machine", "the Pareto principle", "a Markov chain", "Bayesian inference", "the Heimlich manoeuvre",
           "Euclidean distance", "a Fourier transform", "Einstein's relativity", "Newton's laws", "Boolean logic"],
    "de": ["Morbus Parkinson", "Alzheimer-Demenz", "Morbus Crohn", "Morbus Bechterew", "das Schengen-Abkommen",
           "der Dijkstra-Algorithmus", "ein Gauß-Filter", "die Heimlich-Methode", "das Pareto-Prinzip"],
    "fr": ["la maladie de Parkinson", "la maladie d'Alzheimer", "la maladie de Crohn", "l'espace Schengen",
           "l'algorithme de Dijkstra", "un flou gaussien", "la loi de Pareto", "le syndrome de Guillain-Barré"],
    "nl": ["de ziekte van Parkinson", "de ziekte van Alzheimer", "de ziekte van Crohn", "het Schengengebied",
           "het algoritme van Dijkstra", "een Gaussiaanse vervaging"],
    "es": ["la enfermedad de Parkinson", "el alzhéimer", "la enfermedad de Crohn", "el espacio Schengen",
           "el algoritmo de Dijkstra", "el desenfoque gaussiano", "el síndrome de Down"],
    "it": ["il morbo di Parkinson", "il morbo di Alzheimer", "la malattia di Crohn", "l'area Schengen",
           "l'algoritmo di Dijkstra", "la sfocatura gaussiana", "il linfoma di Hodgkin"],
    "pt": ["a doença de Parkinson", "a doença de Alzheimer", "a doença de Crohn", "o espaço Schengen",
           "o algoritmo de Dijkstra", "o desfoque gaussiano", "a síndrome de Down"],
}
FAMOUS = [("Albert Einstein", (1879, 3, 14)), ("Marie Curie", (1867, 11, 7)), ("Pablo Neruda", (1904, 7, 12)),
          ("Frida Kahlo", (1907, 7, 6)), ("Fernando Pessoa", (1888, 6, 13)), ("Johann Wolfgang von Goethe", (1749, 8, 28)),
          ("Ada Lovelace", (1815, 12, 10)), ("Alan Turing", (1912, 6, 23)), ("Nelson Mandela", (1918, 7, 18)),
          ("Chinua Achebe", (1930, 11, 16)), ("Rabindranath Tagore", (1861, 5, 7)), ("José Rizal", (1861, 6, 19)),
          ("Wolfgang Amadeus Mozart", (1756, 1, 27)), ("Victor Hugo", (1802, 2, 26)), ("Simone de Beauvoir", (1908, 1, 9)),
          ("Gabriel García Márquez", (1927, 3, 6)), ("Rembrandt van Rijn", (1606, 7, 15)), ("Vincent van Gogh", (1853, 3, 30)),
          ("Dante Alighieri", None), ("Miguel de Cervantes", None), ("Shakespeare", None), ("Grace Hopper", (1906, 12, 9)),
          ("Edsger Dijkstra", (1930, 5, 11)), ("Italo Calvino", (1923, 10, 15)), ("Clarice Lispector", (1920, 12, 10))]


def code(r, pat):
    out = []
    for ch in pat:
        if ch == "A":
            out.append(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
        elif ch == "9":
            out.append(r.choice("0123456789"))
        elif ch == "x":
            out.append(r.choice("0123456789abcdef"))
        else:
            out.append(ch)
    return "".join(out)


def email_of(p, r, dom=None):
    import unicodedata
    base = unicodedata.normalize("NFKD", f"{p.first}.{p.last}".lower())
    base = "".join(ch for ch in base if not unicodedata.combining(ch))
    base = base.replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("å", "a")
    base = re.sub(r"[^a-z.]", "", base)
    dom = dom or r.choice(["acme-logistics.com", "northwind.io", "example.org", "kanzlei-hoffmann.de", "gmail.com",
                           "outlook.com", "web.de", "orange.fr", "ziggo.nl", "libero.it", "sapo.pt", "uol.com.br",
                           "yahoo.co.in", "bigpond.com", "telkomsa.net", "corp.contoso.com"])
    if r.random() < 0.25:
        base = base.split(".")[0][:1] + (base.split(".")[-1] if "." in base else "")
    return EM(f"{base}@{dom}")


# ---------------------------------------------------------------- localized bits
DOB_LABELS = {
    "en": ["Date of birth", "DOB", "D.O.B.", "Date of Birth", "Birth date", "Born"],
    "de": ["Geburtsdatum", "Geb.-Datum", "geboren am", "Geburtstag"],
    "fr": ["Date de naissance", "Né(e) le", "Date naiss."],
    "nl": ["Geboortedatum", "Geb. datum", "Geboren op"],
    "es": ["Fecha de nacimiento", "F. nacimiento", "Fecha nac."],
    "it": ["Data di nascita", "Nato/a il", "Data nascita"],
    "pt": ["Data de nascimento", "Data nasc.", "Nascimento"],
}
NAME_L = {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre", "it": "Nome e cognome", "pt": "Nome"}
ADDR_L = {"en": "Address", "de": "Anschrift", "fr": "Adresse", "nl": "Adres", "es": "Domicilio", "it": "Indirizzo", "pt": "Morada"}
EMAIL_L = {"en": "Email", "de": "E-Mail", "fr": "Courriel", "nl": "E-mail", "es": "Correo electrónico", "it": "E-mail", "pt": "E-mail"}


def dob_label(r, lg):
    return r.choice(DOB_LABELS[lg])


def colon(loc):
    return f"{NNBSP}:" if lang_of(loc) == "fr" and loc != "fr-CH" else ":"


def born_verb(lg, g, loc=""):
    f = g == "f"
    return {"en": "born", "de": "geboren am", "fr": "née le" if f else "né le", "nl": "geboren op",
            "es": "nacida el" if f else "nacido el", "it": "nata il" if f else "nato il",
            "pt": ("nascida a" if f else "nascido a") if loc == "pt-PT" else ("nascida em" if f else "nascido em")}[lg]


def title(lg, g, r):
    f = g == "f"
    return r.choice({"en": ["Ms", "Mrs", "Dr"] if f else ["Mr", "Mr.", "Dr."], "de": ["Frau", "Frau Dr."] if f else ["Herr", "Herrn"],
                     "fr": ["Mme", "Madame"] if f else ["M.", "Monsieur"], "nl": ["mevrouw", "mevr."] if f else ["de heer", "dhr."],
                     "es": ["Sra.", "Dña."] if f else ["Sr.", "D."], "it": ["Sig.ra", "dott.ssa"] if f else ["Sig.", "dott."],
                     "pt": ["Sra.", "Dra."] if f else ["Sr.", "Dr."]}[lg])


def dear(lg, p, r, loc=""):
    f = p.g == "f"
    t = title(lg, p.g, r)
    if lg == "en":
        return r.choice([f"Dear {t} {P(p.lastc())},", f"Dear {P(p.first)},", f"Hi {P(p.first)},"])
    if lg == "de":
        return r.choice([f"Sehr geehrte{'' if f else 'r'} {'Frau' if f else 'Herr'} {P(p.lastc())},", f"Hallo {P(p.first)},", f"Liebe{'' if f else 'r'} {P(p.first)},"])
    if lg == "fr":
        return r.choice([f"{'Madame' if f else 'Monsieur'},", f"Chère {'Madame' if f else 'Monsieur'} {P(p.lastc())}," if f else f"Cher Monsieur {P(p.lastc())},", f"Bonjour {P(p.first)},"])
    if lg == "nl":
        return r.choice([f"Geachte {'mevrouw' if f else 'heer'} {P(p.lastc())},", f"Beste {P(p.first)},", f"Hoi {P(p.first)},"])
    if lg == "es":
        return r.choice([f"Estimad{'a' if f else 'o'} {'Sra.' if f else 'Sr.'} {P(p.lastc())}:", f"Hola, {P(p.first)}:", f"Hola {P(p.first)},"])
    if lg == "it":
        return r.choice([f"Gentile {'Sig.ra' if f else 'Sig.'} {P(p.lastc())},", f"Ciao {P(p.first)},", f"Egregio {P(p.full())}," if not f else f"Gentile {P(p.full())},"])
    if lg == "pt":
        if loc == "pt-BR":
            return r.choice([f"Prezad{'a' if f else 'o'} {'Sra.' if f else 'Sr.'} {P(p.lastc())},", f"Oi {P(p.first)},", f"Olá, {P(p.first)}!"])
        return r.choice([f"Exm{'a' if f else 'o'}. {'Sra.' if f else 'Sr.'} {P(p.full())},", f"Olá {P(p.first)},", f"Car{'a' if f else 'o'} {P(p.first)},"])


def regards(lg, r):
    return r.choice({"en": ["Kind regards,", "Best,", "Thanks,", "Cheers,", "Many thanks,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
                     "fr": ["Cordialement,", "Bien à vous,", "Bonne journée,"], "nl": ["Met vriendelijke groet,", "Groetjes,", "Mvg,"],
                     "es": ["Un saludo,", "Atentamente,", "Saludos cordiales,"], "it": ["Cordiali saluti,", "Un saluto,", "Grazie mille,"],
                     "pt": ["Com os melhores cumprimentos,", "Atenciosamente,", "Abraços,"]}[lg])


def org(r):
    return NO(r.choice(ORGS))


def neg_date(r, loc, style=None):
    return ND(fdate(ev(r), loc, style or r.choice(["num", "long", "iso", "short"])))


def git_ts(r):
    y, m, d = ev(r)
    import datetime
    wd = WD_EN[datetime.date(y, m, d).weekday()]
    return f"{wd} {'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()[m - 1]} {d} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {y} {r.choice(['+0100', '+0200', '+0000', '-0500', '+0530', '+0800', '-0300'])}"


COMMIT_MSGS = [
    "fix: handle empty date_of_birth in customer import", "Bump django from 4.2.7 to 4.2.11", "docs: explain the Dijkstra fallback",
    "refactor(billing): split InvoiceService", "Merge pull request #{n} from acme/feature/address-normaliser",
    "Revert \"cache: use Apache Cassandra for sessions\"", "ci: pin Ubuntu 22.04 runner", "feat: add Gaussian blur to thumbnails",
    "Korrigiere Postleitzahl-Validierung", "corrige l'export CSV des adhérents", "fix: Jenkins pipeline timeout",
    "tests: add fixtures for Florence and Victoria offices", "chore: update Grafana dashboards", "perf: avoid N+1 in roster view",
]


def commit_msg(r):
    return r.choice([
        "fix: handle empty date_of_birth in customer import", f"Bump django from 4.2.7 to 4.2.{r.randint(8, 20)}",
        f"docs: explain the {NT('Dijkstra')} fallback in routing.md", "refactor(billing): split InvoiceService",
        f"Merge pull request #{r.randint(100, 9999)} from acme/feature/address-normaliser",
        f"Revert \"cache: use {NP('Apache Cassandra')} for sessions\"", f"ci: pin {NP('Ubuntu 22.04')} runner",
        f"feat: add {NT('Gaussian blur')} to thumbnails", "Korrigiere Postleitzahl-Validierung",
        "corrige l'export CSV des adhérents", f"fix: {NP('Jenkins')} pipeline timeout",
        f"tests: add fixtures for the {NPL('Florence')} and {NPL('Victoria')} offices", f"chore: update {NP('Grafana')} dashboards",
        "perf: avoid N+1 in roster view", "arregla el cálculo de edad (fecha_nacimiento)", "aggiorna traduzioni italiane",
    ])


def c_git_log(W, r, loc):
    out = []
    for _ in range(r.randint(2, 4)):
        a = W.person(r, loc)
        out.append(f"commit {code(r, 'x' * 40)}\nAuthor: {P(a.full())} <{email_of(a, r)}>\nDate:   {ND(git_ts(r))}\n\n    {commit_msg(r)}")
        k = r.random()
        if k < 0.3:
            b = W.person(r, loc)
            out[-1] += f"\n\n    Co-authored-by: {P(b.full())} <{email_of(b, r)}>"
        elif k < 0.5:
            b = W.person(r, loc)
            out[-1] += f"\n\n    Reviewed-by: {P(b.full())} <{email_of(b, r)}>\n    Signed-off-by: {P(a.full())} <{email_of(a, r)}>"
        out[-1] += "\n"
    head = r.choice(["$ git log -n 3\n", "", "Here is the log, why did the build break?\n\n"])
    return head + "\n".join(out)


def c_git_blame(W, r, loc):
    people = [W.person(r, loc) for _ in range(r.randint(2, 3))]
    w = max(len(p.full()) for p in people) + 1
    src = ["def age(self, today=None):", "    today = today or date.today()", "    b = self.date_of_birth",
           "    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))", "",
           "def mask_address(addr):", "    return addr[:3] + '***'"]
    lines = []
    for i, s in enumerate(src[:r.randint(4, 7)]):
        p = r.choice(people)
        y, m, d = ev(r)
        lines.append(f"{code(r, 'xxxxxxxx')} ({pad(P(p.full()), w)}{ND(f'{y}-{m:02d}-{d:02d} {r.randint(7, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0200')} {i + 40:3d}) {s}")
    return f"git blame -L 40,{40 + len(lines)} src/customer/models.py\n" + "\n".join(lines) + "\n\nwho should I ask about the age calculation?"


def c_git_shortlog(W, r, loc):
    lines = []
    for _ in range(r.randint(3, 6)):
        p = W.person(r, loc)
        n = r.randint(1, 400)
        if r.random() < 0.5:
            lines.append(f"{n:6d}\t{P(p.full())} <{email_of(p, r)}>")
        else:
            lines.append(f"{n:6d}\t{P(p.full() if r.random() < 0.8 else p.full().lower())}")
    lines.append(f"{r.randint(1, 90):6d}\tdependabot[bot]")
    return f"$ git shortlog -sne --since={ND('2024-01-01')}\n" + "\n".join(sorted(lines, key=lambda x: -int(plain(x).split()[0])))


def c_codeowners(W, r, loc):
    out = ["# CODEOWNERS - reviewed quarterly", "# Teams: @acme/payments, @acme/platform"]
    for path in r.sample(["/src/payments/", "/src/identity/", "*.tf", "/docs/", "/src/address/", "/migrations/", "/.github/"], 4):
        p = W.person(r, loc)
        if r.random() < 0.5:
            out.append(f"{path:<18} @acme/{r.choice(['payments', 'platform', 'docs'])} {email_of(p, r, 'acme.io')}")
        else:
            out.append(f"# {path} owner: {P(p.full())} (backup: {P(W.person(r, loc).full())})\n{path:<18} @acme/{r.choice(['identity', 'sre'])}")
    return "\n".join(out) + "\n\nCan you tell me who owns the address code?"


def c_stack_trace(W, r, loc):
    p = W.person(r, loc)
    d = dob(r)
    k = r.random()
    if k < 0.4:
        return (f"Traceback (most recent call last):\n  File \"C:\\Users\\{P(p.western())}\\projects\\crm\\import.py\", line 88, in <module>\n"
                f"    rows = load(path)\n  File \"C:\\Users\\{P(p.western())}\\projects\\crm\\import.py\", line 41, in load\n"
                f"    dt = datetime.strptime(row['dob'], '%d/%m/%Y')\nValueError: time data '{D(fdate(d, 'en-US', 'iso'))}' does not match format '%d/%m/%Y'\n\nrow was for customer_id=4471, the dob column")
    if k < 0.7:
        return (f"Exception in thread \"main\" java.lang.IllegalArgumentException: invalid postcode for customer "
                f"{P(p.full())} (id=88213)\n\tat com.acme.crm.AddressValidator.check(AddressValidator.java:112)\n"
                f"\tat com.acme.crm.ImportJob.run(ImportJob.java:57)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n"
                f"Caused by: record = {{name=\"{P(p.full())}\", birthDate={D(fdate(d, loc, 'iso'))}, address=\"{addr(r, loc, country=False)}\"}}\n"
                f"\nrunning on /home/runner/work/crm/crm with {NP('Maven')} 3.9")
    return (f"{ND(f'2025-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:2{r.randint(0, 9)}:11Z')} ERROR sync.worker - failed to upsert contact\n"
            f"  contact.name=\"{P(p.full())}\" contact.email={email_of(p, r)} contact.dob={D(fdate(d, loc, 'iso'))}\n"
            f"  cause: duplicate key value violates unique constraint \"contacts_email_key\"\n  at /srv/app/node_modules/pg/lib/client.js:526:17")


def c_sql_table(W, r, loc):
    lg = lang_of(loc)
    rows = []
    for i in range(r.randint(2, 5)):
        p = W.person(r, loc)
        d = dob(r)
        rows.append([str(1000 + r.randint(1, 8999)), P(p.first), P(p.last), D(fdate(d, loc, "iso")), ND(fdate(ev(r), loc, "iso"))])
    hdr = ["id", "first_name", "last_name", r.choice(["dob", "date_of_birth", "birth_date", "geburtsdatum" if lg == "de" else "birthdate"]), "created_at"]
    w = [max(len(plain(x[j])) for x in rows + [hdr]) for j in range(5)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    line = lambda row: "| " + " | ".join(pad(c, w[j]) for j, c in enumerate(row)) + " |"
    body = "\n".join([sep, line(hdr), sep] + [line(x) for x in rows] + [sep])
    q = f"mysql> SELECT id, first_name, last_name, {hdr[3]}, created_at FROM customers WHERE created_at > '{ND('2025-01-01')}' LIMIT {len(rows)};\n"
    return q + body + f"\n{len(rows)} rows in set (0.01 sec)\n\nwhy are these customers missing from the export?"


def c_csv_export(W, r, loc):
    lg = lang_of(loc)
    hdr = {"en": "Full Name,Date of Birth,Home Address,Email", "de": "Name;Geburtsdatum;Anschrift;E-Mail",
           "fr": "Nom;Date de naissance;Adresse;Courriel", "nl": "Naam;Geboortedatum;Adres;E-mail",
           "es": "Nombre;Fecha de nacimiento;Dirección;Correo", "it": "Nominativo;Data di nascita;Indirizzo;Email",
           "pt": "Nome;Data de nascimento;Morada;Email"}[lg]
    sep = "," if lg == "en" else ";"
    out = [hdr]
    for _ in range(r.randint(2, 5)):
        p = W.person(r, loc)
        nm = pform(p, r, "full full lf upper")
        out.append(sep.join([f"\"{nm}\"", D(fdate(dob(r), loc, r.choice(["num", "iso"]))), f"\"{addr(r, loc, country=False)}\"", email_of(p, r)]))
    ask = {"en": "Clean up this CSV export and sort by surname:", "de": "Bitte diese Liste nach Nachnamen sortieren:",
           "fr": "Peux-tu trier cet export par nom ?", "nl": "Kun je deze export op achternaam sorteren?",
           "es": "Ordena esta exportación por apellido:", "it": "Ordina questo export per cognome:", "pt": "Ordena esta exportação pelo apelido:"}[lg]
    return ask + "\n\n" + "\n".join(out)


def c_ticket_json(W, r, loc):
    lg = lang_of(loc)
    p, a = W.person(r, loc), W.person(r, loc)
    d = dob(r)
    k = r.random()
    if k < 0.35:
        desc = f"Customer {P(p.full())} (DOB {D(fdate(d, loc, 'num'))}) cannot change the address to {addr(r, loc, country=False)}. Agent: {P(a.first)}"
        return ('{\n  "key": "' + NC(code(r, "SUP-9999")) + '",\n  "fields": {\n    "summary": "Address change fails",\n'
                '    "reporter": {"displayName": "' + P(p.full()) + '", "emailAddress": "' + email_of(p, r) + '"},\n'
                '    "assignee": {"displayName": "' + P(a.full()) + '"},\n    "created": "' + ND(f"{fdate(ev(r), loc, 'iso')}T09:14:22.000+0100") + '",\n'
                '    "description": "' + desc + '"\n  }\n}')
    if k < 0.7:
        return ('{"ticket": {"id": ' + str(r.randint(10000, 99999)) + ', "subject": "' + {"en": "Wrong date of birth on policy", "de": "Falsches Geburtsdatum im Vertrag",
                "fr": "Date de naissance erronée", "nl": "Verkeerde geboortedatum", "es": "Fecha de nacimiento incorrecta", "it": "Data di nascita errata",
                "pt": "Data de nascimento errada"}[lg] + '",\n  "requester": {"name": "' + P(p.full()) + '", "email": "' + email_of(p, r) + '"},\n'
                '  "custom_fields": [{"id": 360012, "value": "' + D(fdate(d, loc, "iso")) + '"}, {"id": 360013, "value": "' + NC(code(r, "POL-999999")) + '"}],\n'
                '  "custom_field_labels": {"360012": "date_of_birth", "360013": "policy_number"},\n'
                '  "comments": [{"author": "' + P(a.full()) + '", "body": "Corrected to ' + D(fdate(d, loc, "num")) + ' as per passport."}]}}')
    return ('{"result": [{"number": "' + NC(code(r, "INC0999999")) + '", "caller_id": {"display_value": "' + pform(p, r, 'full lf') + '"},\n'
            '  "u_birth_date": "' + D(fdate(d, loc, "iso")) + '", "location": {"display_value": "' + addr(r, loc, office=True, country=False) + '"},\n'
            '  "opened_at": "' + ND(f"{fdate(ev(r), loc, 'iso')} 08:02:51") + '", "assigned_to": {"display_value": "' + P(a.full()) + '"},\n'
            '  "short_description": "' + NP(r.choice(["Outlook", "Excel", "Dell XPS 13", "ThinkPad X1 Carbon"])) + ' keeps crashing"}]}')


def c_github_issue(W, r, loc):
    p, q = W.person(r, loc), W.person(r, loc)
    h1, h2 = r.choice(["dataplumber", "kx9", "null-pointer-42", "octo-ops", "blue-heron-dev"]), r.choice(["bytewright", "ci-gremlin", "tz-nerd", "qa-bot-watcher"])
    body = r.choice([
        f"The age column is off by one for users born on {ND('29 February')}. Repro: create a user with date of birth {D('2000-02-29')} and open the profile.",
        f"After upgrading to {NP('PostgreSQL 16')} the address normaliser turns `{addr(r, loc, country=False)}` into an empty string.",
        f"Routing uses {NT('Dijkstra')} but ignores one-way streets like {NPL(r.choice(STREET_PLACES))}.",
    ])
    return (f"### Issue #{r.randint(100, 5000)}: profile page shows wrong age\n\n**@{h1}** opened this issue on {ND(fdate(ev(r), 'en-US', 'short'))}\n\n{body}\n\n"
            f"---\n**@{h2}** commented\n\n> Repro steps above\n\nConfirmed. {P(p.first)} from support says the customer "
            f"{P(q.full())} hit it too. cc @{h1}\n\n---\n**@{h1}** commented\n\nThanks! Assigning to {P(p.full())}, who wrote the original {NT('Levenshtein')} matcher.")


def c_ics_invite(W, r, loc):
    o = W.person(r, loc)
    att = [W.person(r, loc) for _ in range(r.randint(1, 3))]
    y, m, d = ev(r)
    st = f"{y}{m:02d}{d:02d}T{r.randint(8, 16):02d}0000"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "BEGIN:VEVENT",
             f"DTSTART;TZID=Europe/Berlin:{ND(st)}", f"DTEND;TZID=Europe/Berlin:{ND(st[:-6] + str(int(st[-6:-4]) + 1).zfill(2) + '0000')}",
             f"SUMMARY:{r.choice(['Quarterly review', 'Onboarding', 'Kick-off Projekt Nordlicht', 'Revue de contrat', 'Retro sprint 42'])}",
             f"ORGANIZER;CN={P(o.full())}:mailto:{email_of(o, r)}"]
    for a in att:
        cn = pform(a, r, "full full lf")
        if "," in plain(cn):
            cn = f"\"{cn}\""
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email_of(a, r)}")
    lines.append(f"LOCATION:{r.choice(['Room ' + NPL('Victoria'), 'Salle ' + NPL('Florence'), 'Sala ' + NPL('Santiago'), 'Teams'])}" + (f"\\, {addr(r, loc, office=True, country=False).replace(', ', chr(92) + ', ')}" if r.random() < 0.5 else ""))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def c_outlook_invite(W, r, loc):
    lg = lang_of(loc)
    o = W.person(r, loc)
    att = [W.person(r, loc) for _ in range(r.randint(2, 4))]
    lab = {"en": ("Organizer", "Required attendees", "Optional", "When", "Where"), "de": ("Organisator", "Erforderliche Teilnehmer", "Optional", "Wann", "Ort"),
           "fr": ("Organisateur", "Participants obligatoires", "Facultatifs", "Quand", "Où"), "nl": ("Organisator", "Verplichte deelnemers", "Optioneel", "Wanneer", "Waar"),
           "es": ("Organizador", "Asistentes obligatorios", "Opcionales", "Cuándo", "Dónde"), "it": ("Organizzatore", "Partecipanti obbligatori", "Facoltativi", "Quando", "Dove"),
           "pt": ("Organizador", "Participantes obrigatórios", "Opcionais", "Quando", "Onde")}[lg]
    req = "; ".join(pform(a, r, "full lf full") for a in att[:-1])
    return (f"{lab[0]}: {P(o.full())}\n{lab[1]}: {req}\n{lab[2]}: {P(att[-1].full())} <{email_of(att[-1], r)}>\n"
            f"{lab[3]}: {neg_date(r, loc, 'long')} 14:00-15:00 (UTC+01:00)\n{lab[4]}: {addr(r, loc, office=True, country=False)}, {ROOM[lg]} {NPL(r.choice(['Adelaide', 'Charlotte', 'Florence', 'Victoria', 'Regina']))}\n\n"
            + {"en": "Summarise this invite and draft a reply declining politely.", "de": "Bitte eine kurze Absage formulieren.", "fr": "Rédige une réponse pour décliner.",
               "nl": "Schrijf een beleefde afzegging.", "es": "Redacta una respuesta rechazando la reunión.", "it": "Scrivi una risposta per declinare.",
               "pt": "Escreve uma resposta a recusar."}[lg])


def c_vcard(W, r, loc):
    out = []
    for _ in range(r.randint(1, 2)):
        p = W.person(r, loc)
        d = dob(r)
        cc = CC_OF[loc]
        lines = addr_lines(r, cc)
        street = lines[0]
        rest = lines[1:]
        cityline = rest[-1] if rest else ""
        adr = f"{street};{cityline};;;{COUNTRY[cc]}"
        bd = r.choice([fdate(d, loc, "iso"), fdate(d, loc, "compact"), "--" + fdate(d, loc, "iso")[5:]])
        bline = f"BDAY:{D(bd)}" if not bd.startswith("--") else f"BDAY:{D(bd)}"
        tl = title(lang_of(loc), p.g, r)
        out.append("\n".join(["BEGIN:VCARD", "VERSION:3.0", f"N:{P(p.last)};{P(p.first)};;{tl};", f"FN:{P(p.full())}",
                              f"ORG:{r.choice([NO('Siemens') + ' AG', NO('Philips') + ' Healthcare', 'Stadtwerke Süd', 'Freelance'])}",
                              f"EMAIL;TYPE=INTERNET:{email_of(p, r)}", f"ADR;TYPE=HOME:;;{A(adr)}", bline, "END:VCARD"]))
    return "\n".join(out) + "\n\nImport these into my address book and tell me whose birthday is next."


def c_pdf_form(W, r, loc):
    lg = lang_of(loc)
    p = W.person(r, loc)
    d = dob(r)
    nl_ = NAME_L[lg]
    dl = dob_label(r, lg)
    al = ADDR_L[lg]
    full = p.full()
    k = r.random()
    if k < 0.35:
        # two columns, OCR-ish spacing
        a = plain(addr(r, loc, country=False))
        cut = a.rfind(" ", 0, max(8, len(a) // 2))
        a_txt = a[:cut] + "\n" + " " * 30 + a[cut + 1:]
        return (f"{pad(nl_, 30)}{dl}\n{pad(P(full.upper() if r.random() < 0.4 else full), 30)}{D(fdate(d, loc, 'num').replace('/', ' / ') if r.random() < 0.3 else fdate(d, loc, 'num'))}\n\n"
                f"{al}\n{A(a_txt.rstrip())}\n\n{'Signature' if lg == 'en' else 'Unterschrift' if lg == 'de' else 'Signature'}: ______________   {'Date' if lg == 'en' else 'Datum'}: {neg_date(r, loc, 'num')}")
    if k < 0.7:
        # hyphenated across lines
        ln = p.last
        if len(ln) >= 6 and " " not in ln:
            h = len(ln) // 2
            nm = f"{p.first} {ln[:h]}-\n{ln[h:]}"
        else:
            nm = full
        return (f"--- page 1 ---\n{nl_.upper()} {P(nm)} {dl.lower()} {D(fdate(d, loc, 'long'))}, "
                f"{'residing at' if lg == 'en' else al.lower() + ':'} {addr(r, loc, multi=False, country=False)}\n--- page 2 ---\n"
                + {"en": "Applicant declares the above is true.", "de": "Der/die Antragsteller/in versichert die Richtigkeit.", "fr": "Le demandeur certifie l'exactitude.",
                   "nl": "Aanvrager verklaart dit naar waarheid.", "es": "El solicitante declara que los datos son ciertos.", "it": "Il richiedente dichiara il vero.",
                   "pt": "O requerente declara serem verdadeiros os dados."}[lg])
    return (f"{nl_}{colon(loc)} {pform(p, r, 'caps upper full')}\n{dl}{colon(loc)} {D(fdate(d, loc, r.choice(['num', 'num_short', 'long'])))}  ({age_of(d)})\n"
            f"{al}{colon(loc)}\n{addr(r, loc, multi=True)}\n{EMAIL_L[lg]}{colon(loc)} {email_of(p, r)}\n"
            f"{'Issued' if lg == 'en' else 'Ausgestellt' if lg == 'de' else 'Emis le' if lg == 'fr' else 'Uitgegeven' if lg == 'nl' else 'Emitido' if lg in ('es', 'pt') else 'Rilasciato'}{colon(loc)} {neg_date(r, loc, 'num')}")


def quote_hdr(lg, p, r, loc):
    t = f"{r.randint(8, 18):02d}:{r.randint(0, 59):02d}"
    dt = ev(r)
    who = P(p.full())
    return {"en": f"On {ND(fdate(dt, loc, 'short'))}, at {t}, {who} <{email_of(p, r)}> wrote:",
            "de": f"Am {ND(fdate(dt, loc, 'num'))} um {t} schrieb {who} <{email_of(p, r)}>:",
            "fr": f"Le {ND(fdate(dt, loc, 'long'))} à {t}, {who} <{email_of(p, r)}> a écrit{NNBSP}:",
            "nl": f"Op {ND(fdate(dt, loc, 'long'))} om {t} schreef {who} <{email_of(p, r)}>:",
            "es": f"El {ND(fdate(dt, loc, 'long'))} a las {t}, {who} (<{email_of(p, r)}>) escribió:",
            "it": f"Il giorno {ND(fdate(dt, loc, 'long'))} alle ore {t} {who} <{email_of(p, r)}> ha scritto:",
            "pt": f"Em {ND(fdate(dt, loc, 'long'))} às {t}, {who} <{email_of(p, r)}> escreveu:"}[lg]


def signature(W, r, loc, p):
    lg = lang_of(loc)
    role = r.choice({"en": ["Account Manager", "Senior Engineer", "HR Business Partner", "Paralegal"], "de": ["Sachbearbeiterin", "Teamleiter", "Personalreferentin"],
                     "fr": ["Chargée de clientèle", "Responsable RH", "Juriste"], "nl": ["Accountmanager", "HR-adviseur", "Teamleider"],
                     "es": ["Gestora de cuentas", "Responsable de RR. HH.", "Abogado"], "it": ["Responsabile clienti", "Ufficio personale", "Avvocato"],
                     "pt": ["Gestora de cliente", "Recursos Humanos", "Advogado"]}[lg])
    comp = r.choice([f"{NO(r.choice(['Ernst & Young', 'Deloitte', 'Siemens', 'Philips', 'Bosch', 'Johnson & Johnson']))} {r.choice(['GmbH', 'LLP', 'B.V.', 'S.A.', 'S.p.A.', ''])}".rstrip(),
                     NO("Kanzlei Brandt & Partner"), "Northwind Logistics Ltd", "Hausverwaltung Süd"])
    return f"--\n{P(p.full())}\n{role}\n{comp}\n{addr(r, loc, multi=r.random() < 0.5, office=True)}"


def c_email_thread(W, r, loc):
    lg = lang_of(loc)
    a, b = W.person(r, loc), W.person(r, loc)
    c3 = W.person(r, loc)
    to_name = pform(b, r, "full lf")
    to = f"\"{to_name}\" <{email_of(b, r)}>" if "," in plain(to_name) else f"{to_name} <{email_of(b, r)}>"
    dt = ev(r)
    import datetime
    wd = WD_EN[datetime.date(*dt).weekday()]
    mon = MONTHS["en"][dt[1] - 1][:3]
    hdate = f"{wd}, {dt[2]} {mon} {dt[0]} {r.randint(8, 18):02d}:{r.randint(10, 59)}:0{r.randint(0, 9)} +0100"
    hdr = (f"From: {P(a.full())} <{email_of(a, r)}>\nTo: {to}\nCc: {P(c3.full())} <{email_of(c3, r)}>\n"
           f"Date: {ND(hdate)}\n")
    body = {
        "en": [f"Subject: RE: new starter paperwork\n\n{dear(lg, b, r)}\n\nI've attached the form for {P(c3.first)}. Please double-check the date of birth ({D(fdate(dob(r, 1975, 2003), loc, 'num'))}) against the passport; HR has a typo.",
               f"Subject: Meeting at the {NPL('Victoria')} office\n\n{dear(lg, b, r)}\n\nWe moved the workshop to {neg_date(r, loc, 'long')}. Parking is on {NPL(r.choice(STREET_PLACES))}, not at the front."],
        "de": [f"Betreff: AW: Umzug\n\n{dear(lg, b, r)}\n\nbitte ändern Sie meine Anschrift ab dem {neg_date(r, loc, 'num')} auf:\n{addr(r, loc, multi=True, country=False)}\n\nIch bin am {D(fdate(dob(r), loc, 'num'))} geboren, falls Sie das zur Zuordnung brauchen."],
        "fr": [f"Objet{NNBSP}: RE: dossier d'inscription\n\n{dear(lg, b, r, loc)}\n\nVoici les pièces pour {P(c3.full())}, né{'e' if c3.g == 'f' else ''} le {D(fdate(dob(r, 2008, 2019), loc, 'long'))}. Le rendez-vous est fixé au {neg_date(r, loc, 'long')}."],
        "nl": [f"Onderwerp: RE: huurcontract\n\n{dear(lg, b, r)}\n\nHet adres van de woning is {addr(r, loc, country=False)}. De sleuteloverdracht is op {neg_date(r, loc, 'long')}."],
        "es": [f"Asunto: RE: alta en la mutua\n\n{dear(lg, b, r)}\n\nTe paso los datos de {P(c3.full())}: fecha de nacimiento {D(fdate(dob(r), loc, 'num'))}, domicilio en {addr(r, loc, country=False)}."],
        "it": [f"Oggetto: R: pratica di assunzione\n\n{dear(lg, b, r)}\n\ninvio i dati di {P(c3.full())}, {born_verb('it', c3.g)} {D(fdate(dob(r), loc, 'long'))}, residente in {addr(r, loc, country=False)}."],
        "pt": [f"Assunto: RE: contrato\n\n{dear(lg, b, r, loc)}\n\nSegue a morada atualizada: {addr(r, loc, country=False)}. A reunião fica para {neg_date(r, loc, 'long')}."],
    }[lg]
    txt = hdr + r.choice(body) + f"\n\n{regards(lg, r)}\n{signature(W, r, loc, a) if r.random() < 0.6 else P(a.first)}"
    if r.random() < 0.5:
        txt += f"\n\n{quote_hdr(lg, b, r, loc)}\n> {'Could you send me the details?' if lg == 'en' else '...'}"
    return txt


MEDS = ["Atorvastatin 20 mg", "Metformin 500 mg", "Ramipril 5 mg", "Levothyroxine 50 µg", "Amoxicillin 500 mg", "Pantoprazol 40 mg"]


def c_prescription(W, r, loc):
    lg = lang_of(loc)
    p, doc = W.person(r, loc), W.person(r, loc)
    d = dob(r)
    hd = {"en": ("PRESCRIPTION", "Patient", "Prescriber", "Sig: one tablet daily"), "de": ("REZEPT", "Patient/in", "Ärztin/Arzt", "1-0-0"),
          "fr": ("ORDONNANCE", "Patient", "Médecin", "1 cp le matin"), "nl": ("RECEPT", "Patiënt", "Voorschrijver", "1x daags 1 tablet"),
          "es": ("RECETA MÉDICA", "Paciente", "Médico", "1 comp. cada 24 h"), "it": ("RICETTA", "Paziente", "Medico", "1 cp al giorno"),
          "pt": ("RECEITA MÉDICA", "Utente" if loc == "pt-PT" else "Paciente", "Médico", "1 comp. por dia")}[lg]
    return (f"{hd[0]}\n{hd[1]}: {pform(p, r, 'full caps lf')}   {dob_label(r, lg)}: {D(fdate(d, loc, r.choice(['num', 'num_short'])))}\n"
            f"{ADDR_L[lg]}: {addr(r, loc, country=False)}\n\nRx {r.choice(MEDS)}  #30\n{hd[3]}\n\n"
            f"{hd[2]}: {title(lg, doc.g, r) if r.random() < 0.5 else 'Dr.'} {P(doc.full())}, {addr(r, loc, office=True, country=False)}\n{'Date' if lg == 'en' else 'Datum' if lg in ('de', 'nl') else 'Data' if lg in ('it', 'pt') else 'Fecha' if lg == 'es' else 'Date'}: {neg_date(r, loc, 'num')}")


def c_discharge_letter(W, r, loc):
    lg = lang_of(loc)
    p, doc, gp = W.person(r, loc), W.person(r, loc), W.person(r, loc)
    d = dob(r, 1935, 1975)
    term = NT(r.choice(TERMS[lg][:4] if lg != "en" else TERMS["en"][:5]))
    a1, a2 = sorted([ev(r), ev(r)])
    body = {
        "en": f"Dear Dr {P(gp.lastc())},\n\nRe: {P(p.full())}, DOB {D(fdate(d, loc, 'num'))}, {addr(r, loc, country=False)}\n\nYour patient was admitted on {ND(fdate(a1, loc, 'long'))} and discharged on {ND(fdate(a2, loc, 'long'))}. Known {term}. {P(p.first if r.random() < 0.5 else p.lastc())}'s mobility has improved.",
        "de": f"Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über {'Ihre Patientin Frau' if p.g == 'f' else 'Ihren Patienten Herrn'} {P(p.full())}, geb. {D(fdate(d, loc, 'num'))}, wohnhaft {addr(r, loc, country=False)}, die/der sich vom {ND(fdate(a1, loc, 'num'))} bis {ND(fdate(a2, loc, 'num'))} in unserer stationären Behandlung befand.\n\nDiagnosen: {term}.",
        "fr": f"Cher confrère,\n\nVotre patient{'e' if p.g == 'f' else ''} {title('fr', p.g, r)} {P(p.full())}, {born_verb('fr', p.g)} {D(fdate(d, loc, 'num'))}, a été hospitalisé{'e' if p.g == 'f' else ''} du {ND(fdate(a1, loc, 'num'))} au {ND(fdate(a2, loc, 'num'))} pour {term}.",
        "nl": f"Geachte collega {P(gp.lastc())},\n\nUw patiënt {P(p.full())}, geboren {D(fdate(d, loc, 'num'))} ({age_of(d)} jaar), werd op {neg_date(r, loc, 'long')} opgenomen in verband met {term}.",
        "es": f"Estimado/a colega:\n\nPaciente: {P(p.full())}. Fecha de nacimiento: {D(fdate(d, loc, 'num'))} ({age_of(d)} años). Ingreso: {ND(fdate(a1, loc, 'num'))}. Alta: {ND(fdate(a2, loc, 'num'))}. Diagnóstico: {term}.",
        "it": f"Gentile collega,\n\nsi dimette in data {neg_date(r, loc, 'num')} {'la Sig.ra' if p.g == 'f' else 'il Sig.'} {P(p.full())}, {born_verb('it', p.g)} {D(fdate(d, loc, 'num'))}, ricoverat{'a' if p.g == 'f' else 'o'} per {term}.",
        "pt": f"Caro colega,\n\n{'A utente' if p.g == 'f' else 'O utente'} {P(p.full())}, {born_verb('pt', p.g, loc)} {D(fdate(d, loc, 'num'))}, teve alta em {neg_date(r, loc, 'num')}. Diagnóstico: {term}.",
    }[lg]
    return body + f"\n\n{regards(lg, r)}\n{'Dr.' if lg != 'it' else 'Dott.'} {P(doc.full())}\n{addr(r, loc, multi=True, office=True)}"


def c_insurance_letter(W, r, loc):
    lg = lang_of(loc)
    p = W.person(r, loc)
    d = dob(r)
    pol = NC(code(r, r.choice(["AA-9999999", "99 999 999", "POL/99999/A"])))
    head = f"{title(lg, p.g, r)} {pform(p, r, 'full full upper')}\n{addr(r, loc, multi=True)}\n\n"
    body = {
        "en": f"Policy number: {pol}\nPolicyholder: {P(p.full())}\nDate of birth: {D(fdate(d, loc, r.choice(['long', 'num'])))}\nCover starts: {neg_date(r, loc, 'long')}\n\nDear {P(p.full())},\nyour renewal premium is due on {neg_date(r, loc, 'long')}.",
        "de": f"Versicherungsnummer: {pol}\nVersicherungsnehmer/in: {P(p.full())}, geb. {D(fdate(d, loc, 'num'))}\nVersicherungsbeginn: {neg_date(r, loc, 'num')}\n\n{dear(lg, p, r)}\nanbei Ihr neuer Versicherungsschein.",
        "fr": f"N° de contrat{NNBSP}: {pol}\nAssuré(e){NNBSP}: {P(p.full())}, {born_verb('fr', p.g)} {D(fdate(d, loc, 'long'))}\nDate d'effet{NNBSP}: {neg_date(r, loc, 'num')}\n\n{dear(lg, p, r)}\nVeuillez trouver ci-joint votre avis d'échéance.",
        "nl": f"Polisnummer: {pol}\nVerzekeringnemer: {P(p.full())}\nGeboortedatum: {D(fdate(d, loc, 'num'))}\nIngangsdatum: {neg_date(r, loc, 'num')}\n\n{dear(lg, p, r)}\nHierbij ontvangt u uw nieuwe polis.",
        "es": f"N.º de póliza: {pol}\nTomador: {P(p.full())}\nFecha de nacimiento: {D(fdate(d, loc, 'long'))}\nEfecto: {neg_date(r, loc, 'num')}\n\n{dear(lg, p, r)}\nle remitimos las condiciones particulares.",
        "it": f"Polizza n.: {pol}\nContraente: {P(p.full())}, {born_verb('it', p.g)} {D(fdate(d, loc, 'num'))}\nDecorrenza: {neg_date(r, loc, 'num')}\n\n{dear(lg, p, r)}\nle inviamo il certificato di polizza.",
        "pt": f"Apólice n.º: {pol}\nTomador do seguro: {P(p.full())}\nData de nascimento: {D(fdate(d, loc, 'num'))}\nInício: {neg_date(r, loc, 'num')}\n\n{dear(lg, p, r, loc)}\nenviamos em anexo as condições particulares.",
    }[lg]
    return head + body


def c_bank_letter(W, r, loc):
    lg = lang_of(loc)
    p, q = W.person(r, loc), W.person(r, loc)
    bank = r.choice(["Northbridge Bank", "Banca Nordica", "Crédit Rhodanien", "Sparkasse Oberland", "Banco Atlântico"])
    body = {
        "en": f"Joint account holders: {P(p.full())} and {P(q.full())}\n\nWe have updated the correspondence address to:\n{addr(r, loc, multi=True, country=False)}\n\nThe change takes effect from {neg_date(r, loc, 'long')}.",
        "de": f"Kontoinhaber: {P(p.full())}\n\n{dear(lg, p, r)}\nwir bestätigen die Änderung Ihrer Anschrift in {addr(r, loc, country=False)} zum {neg_date(r, loc, 'num')}.",
        "fr": f"Titulaire{NNBSP}: {title('fr', p.g, r)} {P(p.full())}\n\n{dear(lg, p, r)}\nNous accusons réception de votre nouvelle adresse{NNBSP}: {addr(r, loc, country=False)}.",
        "nl": f"Rekeninghouder: {P(p.full())}\n\n{dear(lg, p, r)}\nUw adreswijziging naar {addr(r, loc, country=False)} is verwerkt per {neg_date(r, loc, 'long')}.",
        "es": f"Titular: {P(p.full())}\nCotitular: {P(q.full())}\n\n{dear(lg, p, r)}\nhemos actualizado su domicilio a {addr(r, loc, country=False)}.",
        "it": f"Intestatario: {P(p.full())}\n\n{dear(lg, p, r)}\nconfermiamo la variazione di indirizzo in {addr(r, loc, country=False)} con decorrenza {neg_date(r, loc, 'num')}.",
        "pt": f"Titular: {P(p.full())}\n\n{dear(lg, p, r, loc)}\nconfirmamos a alteração da morada para {addr(r, loc, country=False)}.",
    }[lg]
    return f"{bank}\n{addr(r, loc, multi=True, office=True)}\n\n{neg_date(r, loc, 'long')}\n\n" + body + f"\n\n{regards(lg, r)}\n{P(W.person(r, loc).full())}"


def c_boarding_pass(W, r, loc):
    p = W.person(r, loc)
    nm = f"{p.last.upper().replace(' ', '')}/{p.first.upper().replace(' ', '')}"
    y, m, d = ev(r)
    mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[m - 1]
    dest = r.choice([("FLORENCE", "FLR"), ("ADELAIDE", "ADL"), ("AUSTIN", "AUS"), ("VICTORIA", "YYJ"), ("SANTIAGO", "SCL"), ("CHARLOTTE", "CLT")])
    return (f"BOARDING PASS\nNAME OF PASSENGER  {P(nm)} {'MS' if p.g == 'f' else 'MR'}\nFROM  {r.choice(['FRANKFURT FRA', 'LONDON LHR', 'AMSTERDAM AMS', 'LISBON LIS', 'MADRID MAD'])}\n"
            f"TO    {NPL(dest[0])} {dest[1]}\nFLIGHT {r.choice(['LH', 'BA', 'KL', 'TP', 'IB', 'AZ'])} {r.randint(100, 9999)}   DATE {ND(f'{d:02d}{mon}')}   SEAT {r.randint(1, 40)}{r.choice('ACDF')}\n"
            f"BOOKING REF {NC(code(r, 'AAAAAA'))}  ETKT {NC(code(r, '999 9999999999'))}\nGATE CLOSES 40 MIN BEFORE DEPARTURE\n\nwhat terminal is this?")


def c_booking(W, r, loc):
    lg = lang_of(loc)
    p, q = W.person(r, loc), W.person(r, loc)
    a1, a2 = sorted([ev(r), ev(r)])
    hotel = r.choice(["Hotel Adelaide", "Hotel Florence", "Hotel Victoria", "Pensão Lourdes", "Hotel Regina"])
    lab = {"en": ("Guest", "Additional guest", "Arrival", "Departure", "Hotel"), "de": ("Gast", "Weiterer Gast", "Anreise", "Abreise", "Hotel"),
           "fr": ("Client", "Accompagnant", "Arrivée", "Départ", "Hôtel"), "nl": ("Gast", "Medereiziger", "Aankomst", "Vertrek", "Hotel"),
           "es": ("Huésped", "Acompañante", "Llegada", "Salida", "Hotel"), "it": ("Ospite", "Accompagnatore", "Arrivo", "Partenza", "Hotel"),
           "pt": ("Hóspede", "Acompanhante", "Chegada", "Partida", "Hotel")}[lg]
    return (f"{'Booking confirmation' if lg == 'en' else 'Buchungsbestätigung' if lg == 'de' else 'Confirmation' if lg == 'fr' else 'Bevestiging' if lg == 'nl' else 'Confirmación' if lg == 'es' else 'Conferma' if lg == 'it' else 'Confirmação'} {NC(code(r, '9999999999'))}\n"
            f"{lab[0]}: {pform(p, r, 'full lf caps')}\n{lab[1]}: {P(q.full())}\n{lab[2]}: {ND(fdate(a1, loc, 'long'))}\n{lab[3]}: {ND(fdate(a2, loc, 'long'))}\n"
            f"{lab[4]}: {NO(hotel)}, {addr(r, loc, office=True, country=True)}\n{EMAIL_L[lg]}: {email_of(p, r)}")


def c_court(W, r, loc):
    lg = lang_of(loc)
    p, q, j = W.person(r, loc), W.person(r, loc), W.person(r, loc)
    d = dob(r)
    case = NC(code(r, r.choice(["AA99A99999", "9 O 999/25", "RG 25/99999", "999/2025"])))
    return {
        "en": f"IN THE COUNTY COURT AT {r.choice(['BRISTOL', 'LEEDS', 'CENTRAL LONDON'])}\nClaim No. {case}\nBETWEEN:\n{P(p.full().upper())}\nClaimant\n- and -\n{P(q.full().upper())}\nDefendant\n\nWITNESS STATEMENT OF {P(p.full().upper())}\n1. I, {P(p.full())}, {born_verb('en', p.g)} {D(fdate(d, loc, 'long'))}, of {addr(r, loc, country=False)}, say as follows.\n\nBefore District Judge {P(j.lastc())}, on {neg_date(r, loc, 'long')}.",
        "de": f"Landgericht {r.choice(['München I', 'Köln', 'Hamburg'])}\nAz.: {case}\n\nIn dem Rechtsstreit\n{'der Frau' if p.g == 'f' else 'des Herrn'} {P(p.full())}{', geb. ' + P(W.person(r, loc).last) if p.g == 'f' and r.random() < 0.4 else ''}, geboren am {D(fdate(d, loc, 'num'))}, wohnhaft {addr(r, loc, country=False)},\n– {'Klägerin' if p.g == 'f' else 'Kläger'} –\n\ngegen\n\n{P(q.full())}, {addr(r, loc, country=False)}\n– Beklagte/r –\n\nwegen Forderung. Termin zur mündlichen Verhandlung: {neg_date(r, loc, 'num')}.",
        "fr": f"TRIBUNAL JUDICIAIRE DE {r.choice(['LYON', 'NANTES', 'BORDEAUX'])}\nRG n° {case}\n\nDEMANDEUR{NNBSP}:\n{title('fr', p.g, r)} {P(p.lastc().upper() + ' ' + p.first)}, {born_verb('fr', p.g)} {D(fdate(d, loc, 'long'))} à {NPL('Saint-Étienne')}, demeurant {addr(r, loc, country=False)}\n\nDÉFENDEUR{NNBSP}:\n{P(q.full())}\n\nAudience du {neg_date(r, loc, 'long')}.",
        "nl": f"RECHTBANK {r.choice(['AMSTERDAM', 'DEN HAAG', 'GELDERLAND'])}\nZaaknummer: {case}\n\nvonnis in de zaak van\n{P(p.full())}, geboren op {D(fdate(d, loc, 'long'))}, wonende te {addr(r, loc, country=False)},\neiser,\ntegen\n{P(q.full())},\ngedaagde.\n\nZitting van {neg_date(r, loc, 'long')}.",
        "es": f"JUZGADO DE PRIMERA INSTANCIA N.º {r.randint(1, 40)} DE {r.choice(['MADRID', 'SEVILLA', 'VALENCIA'])}\nProcedimiento: {case}\n\nD./D.ª {P(p.full())}, mayor de edad, {born_verb('es', p.g)} {D(fdate(d, loc, 'long'))}, con domicilio en {addr(r, loc, country=False)}, comparece y DICE: ...\n\nContra {P(q.full())}. Señalamiento: {neg_date(r, loc, 'num')}.",
        "it": f"TRIBUNALE DI {r.choice(['MILANO', 'TORINO', 'ROMA'])}\nR.G. {case}\n\n{'La sig.ra' if p.g == 'f' else 'Il sig.'} {P(p.full())}, {born_verb('it', p.g)} {D(fdate(d, loc, 'num'))}, residente in {addr(r, loc, country=False)}, rappresentat{'a' if p.g == 'f' else 'o'} dall'avv. {P(j.full())}\n– attore –\ncontro\n{P(q.full())}\n– convenuto –\n\nUdienza del {neg_date(r, loc, 'num')}.",
        "pt": f"TRIBUNAL JUDICIAL DA COMARCA DE {r.choice(['LISBOA', 'PORTO'])}\nProcesso n.º {case}\n\n{P(p.full())}, {born_verb('pt', p.g, loc)} {D(fdate(d, loc, 'long'))}, residente em {addr(r, loc, country=False)}, vem propor ação contra {P(q.full())}.\n\nAudiência: {neg_date(r, loc, 'num')}.",
    }[lg]


def c_tenancy(W, r, loc):
    lg = lang_of(loc)
    ll, t = W.person(r, loc), W.person(r, loc)
    d = dob(r, 1950, 2002)
    return {
        "en": f"ASSURED SHORTHOLD TENANCY AGREEMENT\n\nLandlord: {P(ll.full())}\nTenant: {P(t.full())} (date of birth {D(fdate(d, loc, 'num'))})\nProperty: {addr(r, loc, country=False)}\nTerm: 12 months from {neg_date(r, loc, 'long')}\nRent: £1,250 per calendar month\n\nThe Tenant shall not sublet. Deposit protected with the DPS.",
        "de": f"MIETVERTRAG\n\nzwischen {P(ll.full())}, {addr(r, loc, country=False)} (Vermieter)\nund {P(t.full())}, geb. am {D(fdate(d, loc, 'num'))} (Mieter)\n\n§ 1 Mietsache: Wohnung im 2. OG, {addr(r, loc, country=False)}\n§ 2 Mietbeginn: {neg_date(r, loc, 'num')}",
        "fr": f"CONTRAT DE LOCATION\n\nBailleur{NNBSP}: {P(ll.full())}\nLocataire{NNBSP}: {P(t.full())}, {born_verb('fr', t.g)} {D(fdate(d, loc, 'num'))}\nLogement{NNBSP}: {addr(r, loc, country=False)}\nPrise d'effet{NNBSP}: {neg_date(r, loc, 'long')}",
        "nl": f"HUUROVEREENKOMST WOONRUIMTE\n\nVerhuurder: {P(ll.full())}\nHuurder: {P(t.full())}, geboren op {D(fdate(d, loc, 'num'))}\nHet gehuurde: {addr(r, loc, country=False)}\nIngangsdatum: {neg_date(r, loc, 'long')}",
        "es": f"CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nARRENDADOR: {P(ll.full())}\nARRENDATARIO: {P(t.full())}, {born_verb('es', t.g)} {D(fdate(d, loc, 'num'))}\nVIVIENDA: {addr(r, loc, country=False)}\nFecha de inicio: {neg_date(r, loc, 'long')}",
        "it": f"CONTRATTO DI LOCAZIONE AD USO ABITATIVO\n\nLocatore: {P(ll.full())}\nConduttore: {P(t.full())}, {born_verb('it', t.g)} {D(fdate(d, loc, 'num'))}\nImmobile: {addr(r, loc, country=False)}\nDecorrenza: {neg_date(r, loc, 'num')}",
        "pt": f"CONTRATO DE ARRENDAMENTO\n\nSenhorio: {P(ll.full())}\nArrendatário: {P(t.full())}, {born_verb('pt', t.g, loc)} {D(fdate(d, loc, 'num'))}\nLocado: {addr(r, loc, country=False)}\nInício: {neg_date(r, loc, 'num')}",
    }[lg]


REL = {"en": ["partner", "mother", "brother"], "de": ["Ehefrau", "Mutter", "Partner"], "fr": ["conjoint", "mère", "sœur"],
       "nl": ["partner", "moeder", "broer"], "es": ["madre", "pareja", "hermano"], "it": ["madre", "coniuge", "fratello"],
       "pt": ["mãe", "cônjuge", "irmão"]}
ROOM = {"en": "Room", "de": "Konferenzraum", "fr": "Salle", "nl": "Zaal", "es": "Sala", "it": "Sala", "pt": "Sala"}


def c_hr_onboarding(W, r, loc):
    lg = lang_of(loc)
    p, m, e = W.person(r, loc), W.person(r, loc), W.person(r, loc)
    d = dob(r, 1960, 2006)
    lab = {"en": ["Legal name", "Preferred name", "Date of birth", "Home address", "Start date", "Line manager", "Emergency contact"],
           "de": ["Name laut Ausweis", "Rufname", "Geburtsdatum", "Wohnanschrift", "Eintrittsdatum", "Vorgesetzte/r", "Notfallkontakt"],
           "fr": ["Nom légal", "Prénom d'usage", "Date de naissance", "Adresse", "Date d'entrée", "Manager", "Contact d'urgence"],
           "nl": ["Officiële naam", "Roepnaam", "Geboortedatum", "Woonadres", "Startdatum", "Leidinggevende", "Contact in noodgeval"],
           "es": ["Nombre completo", "Nombre preferido", "Fecha de nacimiento", "Domicilio", "Fecha de incorporación", "Responsable", "Contacto de emergencia"],
           "it": ["Nome legale", "Nome preferito", "Data di nascita", "Residenza", "Data di assunzione", "Responsabile", "Contatto di emergenza"],
           "pt": ["Nome completo", "Nome preferido", "Data de nascimento", "Morada", "Data de início", "Chefia", "Contacto de emergência"]}[lg]
    rows = [(lab[0], pform(p, r, "full upper caps")), (lab[1], P(p.nick or p.first)), (lab[2], D(fdate(d, loc, r.choice(["num", "iso", "long"])))),
            (lab[3], addr(r, loc, country=False)), (lab[4], neg_date(r, loc, "num")), (lab[5], P(m.full())), (lab[6], f"{P(e.full())} ({r.choice(REL[lg])})")]
    if r.random() < 0.5:
        return "\n".join(f"{pad(k + ':', 26)}{v}" for k, v in rows)
    return "{\n" + ",\n".join(f'  "{k2}": "{v}"' for k2, (_, v) in zip(["legalName", "preferredName", "dateOfBirth", "homeAddress", "startDate", "manager", "emergencyContact"], rows)) + "\n}"


NEWTON = "Newton’s laws"


def c_school_report(W, r, loc):
    lg = lang_of(loc)
    p, t = W.person(r, loc), W.person(r, loc)
    d = dob(r, 2008, 2018)
    if lg == "en":
        return (f"END OF YEAR REPORT {r.randint(2023, 2025)}\nPupil: {P(p.full())}    DOB: {D(fdate(d, loc, 'num'))}    Form: {r.randint(7, 11)}{r.choice('BCKR')}\n"
                f"Form tutor: {title('en', t.g, r)} {P(t.lastc())}\n\nEnglish: {P(p.first)} wrote a thoughtful essay on {NF('Shakespeare')}'s sonnets.\n"
                f"Science: {P(p.first)}'s project on {NT(NEWTON)} was excellent.\nParents' evening: {neg_date(r, loc, 'long')}.")
    head = {"de": "Zeugnis", "fr": "Bulletin scolaire", "nl": "Rapport", "es": "Boletín de notas", "it": "Pagella", "pt": "Ficha de avaliação"}[lg]
    who = {"de": "Schüler/in", "fr": "Élève", "nl": "Leerling", "es": "Alumno/a", "it": "Alunno/a", "pt": "Aluno/a"}[lg]
    teach = {"de": "Klassenleitung", "fr": "Professeur principal", "nl": "Mentor", "es": "Tutor/a", "it": "Coordinatore", "pt": "Diretor de turma"}[lg]
    return (f"{head}\n{who}: {pform(p, r, 'full caps lf')}, {dob_label(r, lg)} {D(fdate(d, loc, 'num'))}\n{teach}: {P(t.full())}\n\n"
            f"{P(p.first)}: {r.choice(['sehr gut', 'très bien', 'goed', 'sobresaliente', 'ottimo', 'muito bom'])}. {NPL(r.choice(PLACES[:6]))} — {neg_date(r, loc, 'num')}")


def c_delivery(W, r, loc):
    lg = lang_of(loc)
    p, co = W.person(r, loc), W.person(r, loc)
    hdr = {"en": ("DELIVERY NOTE", "Deliver to", "Dispatch date", "Items"), "de": ("LIEFERSCHEIN", "Lieferanschrift", "Versanddatum", "Positionen"),
           "fr": ("BON DE LIVRAISON", "Livrer à", "Date d'expédition", "Articles"), "nl": ("PAKBON", "Afleveradres", "Verzenddatum", "Artikelen"),
           "es": ("ALBARÁN DE ENTREGA", "Entregar a", "Fecha de envío", "Artículos"), "it": ("DOCUMENTO DI TRASPORTO", "Destinatario", "Data spedizione", "Articoli"),
           "pt": ("GUIA DE REMESSA", "Entregar a", "Data de expedição", "Artigos")}[lg]
    coline = f"c/o {P(co.full())}\n" if r.random() < 0.4 else ""
    return (f"{hdr[0]} {NC(code(r, 'DN-9999999'))}\n{hdr[1]}:\n{pform(p, r, 'full upper caps')}\n{coline}{addr(r, loc, multi=True, country=r.random() < 0.5)}\n\n"
            f"{hdr[2]}: {neg_date(r, loc, 'num')}\n{hdr[3]}:\n  1 x {NP(r.choice(PRODUCTS[:6] + PRODUCTS[-5:]))}\n  2 x {NP(r.choice(['AirPods Pro', 'Kindle Paperwhite', 'Nespresso Vertuo']))}\n\n"
            f"{'Sender' if lg == 'en' else 'Absender'}: {NO(r.choice(['Dell', 'Philips', 'Miele', 'Dyson', 'Bosch']))} {r.choice(['Logistics', 'Distribution', 'Service'])}, {addr(r, loc, office=True, country=False)}")


ST_MARYS = "St Mary's"


def c_announcement(W, r, loc):
    lg = lang_of(loc)
    kind = r.choice(["birth", "death", "wedding"])
    a, b = W.person(r, loc, "f"), W.person(r, loc, "m")
    if kind == "birth":
        baby = W.person(r, loc)
        bd = ev(r)
        return {"en": f"We are delighted to announce the arrival of {P(baby.first + ' ' + b.last)}, born on {D(fdate(bd, loc, 'long'))} at 3.12 am, weighing 3.4 kg. Proud parents {P(a.first)} and {P(b.first)}.",
                "de": f"Wir freuen uns über die Geburt unserer Tochter {P(baby.first)}\n* {D(fdate(bd, loc, 'num'))}, 51 cm, 3380 g\nIn Liebe: {P(a.full())} & {P(b.full())}",
                "fr": f"{P(a.first)} et {P(b.first)} ont la joie de vous annoncer la naissance de {P(baby.first)}, le {D(fdate(bd, loc, 'long'))}.",
                "nl": f"Geboren: {P(baby.first + ' ' + b.last)}\n{D(fdate(bd, loc, 'long'))}\nZoon van {P(a.first)} en {P(b.first)}",
                "es": f"Les presentamos a {P(baby.first)}, que nació el {D(fdate(bd, loc, 'long'))}. ¡Gracias por los mensajes! {P(a.first)} y {P(b.first)}",
                "it": f"È nato {P(baby.first)}! {D(fdate(bd, loc, 'num'))}, ore 4:20. Mamma {P(a.first)} e papà {P(b.first)}.",
                "pt": f"Nasceu {P(baby.first)}, no dia {D(fdate(bd, loc, 'long'))}. Os pais {P(a.first)} e {P(b.first)} agradecem."}[lg]
    if kind == "death":
        d = dob(r, 1925, 1960)
        dd = ev(r)
        return {"en": f"{P(b.full().upper())}\n({D(fdate(d, loc, 'long'))} – {ND(fdate(dd, loc, 'long'))})\nPeacefully at home, beloved husband of {P(a.first)}. Funeral at {NPL(ST_MARYS)} on {neg_date(r, loc, 'long')}.",
                "de": f"In stiller Trauer\n{P(b.full())}\n* {D(fdate(d, loc, 'num'))}  † {ND(fdate(dd, loc, 'num'))}\n{P(a.full())} und Familie\nDie Beisetzung findet am {neg_date(r, loc, 'num')} statt.",
                "fr": f"{title('fr', a.g, r)} {P(a.full())} a la douleur de vous faire part du décès de {P(b.full())}, survenu le {ND(fdate(dd, loc, 'long'))}, dans sa {age_of(d)}e année.",
                "nl": f"Verdrietig maar dankbaar nemen wij afscheid van\n{P(b.full())}\n° {D(fdate(d, loc, 'num'))}   † {ND(fdate(dd, loc, 'num'))}\n{P(a.first)}",
                "es": f"{P(b.full().upper())}\nFalleció el {ND(fdate(dd, loc, 'long'))}, a los {age_of(d)} años. Su esposa {P(a.full())} ruega una oración.",
                "it": f"È mancato all'affetto dei suoi cari\n{P(b.full())}\n(n. {D(fdate(d, loc, 'num'))})\nNe danno il triste annuncio la moglie {P(a.first)} e i figli.",
                "pt": f"{P(b.full())} ({D(fdate(d, loc, 'num'))} - {ND(fdate(dd, loc, 'num'))}). A família agradece."}[lg]
    return {"en": f"Mr and Mrs {P(a.last)} are pleased to announce the marriage of their daughter {P(a.first)} to {P(b.full())} on {neg_date(r, loc, 'long')} at {NPL('Adelaide')} Town Hall.",
            "de": f"Wir heiraten!\n{P(a.first)} & {P(b.first)}\n{neg_date(r, loc, 'long')}, Standesamt {NPL('Sankt Gallen')}",
            "fr": f"{P(a.first)} et {P(b.first)} se diront oui le {neg_date(r, loc, 'long')} à la mairie.",
            "nl": f"{P(a.first)} & {P(b.first)} gaan trouwen op {neg_date(r, loc, 'long')}!",
            "es": f"{P(a.full())} y {P(b.full())} se casan el {neg_date(r, loc, 'long')} en {NPL('Santiago')}.",
            "it": f"{P(a.first)} e {P(b.first)} annunciano il loro matrimonio, {neg_date(r, loc, 'long')}, {NPL('Villa Medici')}, Firenze.",
            "pt": f"{P(a.first)} e {P(b.first)} casam no dia {neg_date(r, loc, 'long')} em {NPL('Lourdes')}."}[lg]


def c_genealogy(W, r, loc):
    fam = W.person(r, loc, "m")
    out = []
    if r.random() < 0.5:
        for i in range(r.randint(2, 3)):
            p = W.person(r, loc)
            p.last = fam.last
            d = dob(r, 1840, 1930)
            dd = (d[0] + r.randint(40, 90), r.randint(1, 12), r.randint(1, 28))
            mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
            out.append(f"0 @I{i + 1}@ INDI\n1 NAME {P(p.first + ' /' + p.last + '/')}\n1 SEX {p.g.upper()}\n1 BIRT\n2 DATE {D(f'{d[2]} {mon[d[1] - 1]} {d[0]}')}\n2 PLAC {r.choice(['Bremen', 'Cork', 'Porto', 'Lecce', 'Leiden'])}\n1 DEAT\n2 DATE {ND(f'{dd[2]} {mon[dd[1] - 1]} {dd[0]}')}")
        return "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n" + "\n".join(out) + "\n0 TRLR\n\nCan you draw this family tree?"
    lines = []
    for depth in range(r.randint(3, 4)):
        p = W.person(r, loc)
        if depth:
            p.last = fam.last if r.random() < 0.7 else p.last
        d = dob(r, 1850 + depth * 28, 1862 + depth * 28)
        lab = r.choice(["b.", "born", "*"])
        death = f", d. {ND(fdate((d[0] + r.randint(50, 90), r.randint(1, 12), r.randint(1, 28)), loc, 'short'))}" if depth < 2 else ""
        lines.append("    " * depth + ("└── " if depth else "") + f"{P(p.full())} ({lab} {D(fdate(d, loc, r.choice(['short', 'long', 'num'])))}{death})")
    head = {"en": "Family tree (from my grandmother's notes):", "de": "Stammbaum (aus Omas Notizen):", "fr": "Arbre généalogique (notes de ma grand-mère) :",
            "nl": "Stamboom (uit de aantekeningen van oma):", "es": "Árbol genealógico (notas de mi abuela):", "it": "Albero genealogico (appunti della nonna):",
            "pt": "Árvore genealógica (notas da minha avó):"}[lang_of(loc)]
    return head + "\n" + "\n".join(lines)


def c_roster(W, r, loc):
    lg = lang_of(loc)
    hdr = {"en": ("No", "Player", "Pos", "DOB"), "de": ("Nr.", "Spieler/in", "Pos.", "Geb."), "fr": ("N°", "Joueur", "Poste", "Né(e) le"),
           "nl": ("Nr", "Speler", "Pos", "Geb."), "es": ("Dorsal", "Jugador/a", "Pos.", "F. nac."), "it": ("N.", "Giocatore", "Ruolo", "Nato/a il"),
           "pt": ("N.º", "Jogador", "Pos.", "Data nasc.")}[lg]
    rows = []
    for _ in range(r.randint(3, 6)):
        p = W.person(r, loc)
        rows.append([str(r.randint(1, 99)), pform(p, r, "full full caps init upper"), r.choice(["GK", "DF", "MF", "FW", "PG", "SF"]), D(fdate(dob(r, 1995, 2012), loc, "num"))])
    w = [max(len(plain(x[j])) for x in rows + [list(hdr)]) + 2 for j in range(4)]
    t = "\n".join("".join(pad(c, w[j]) for j, c in enumerate(row)).rstrip() for row in [list(hdr)] + rows)
    coach = W.person(r, loc)
    return f"{r.choice(['U19 squad', 'Kader 2025/26', 'Effectif', 'Selectie', 'Plantilla', 'Rosa', 'Plantel'])}\n{t}\n\nCoach: {P(coach.full())}\nWhich players are over-age for the tournament?"


def c_conference(W, r, loc):
    talks = []
    for h in range(r.randint(3, 5)):
        sp = W.person(r, loc)
        topic = r.choice([f"Beyond {NT('Dijkstra’s algorithm')}", f"{NT('Bayesian inference')} in practice", f"Why {NP('Apache Kafka')} is not a database",
                          f"{NT('Kalman filters')} for beginners", f"Lessons from {NO('Boeing')}", f"Reading {NF('Italo Calvino')} with LLMs",
                          f"{NT('Markov chains')} and music", f"From {NP('Jupyter')} to production"])
        talks.append(f"{9 + h:02d}:{r.choice(['00', '30'])}  {topic} — {title('en', sp.g, r) + ' ' if r.random() < 0.4 else ''}{pform(sp, r, 'full full init nbsp')} ({r.choice(['ETH Zürich', 'TU Delft', 'Politecnico di Milano', 'IIT Bombay', 'University of Lagos', NO('Siemens') + ' Research'])}), Room {NPL(r.choice(['Victoria', 'Florence', 'Adelaide', 'Lincoln']))}")
    return (f"PROGRAMME — DataConf {r.choice(['Lisbon', 'Amsterdam', 'Dublin'])} {r.randint(2025, 2026)}\n{neg_date(r, 'en-GB', 'long')}\nVenue: {addr(r, loc, office=True, country=True)}\n\n" + "\n".join(talks))


def c_app_log(W, r, loc):
    out = []
    for _ in range(r.randint(2, 4)):
        p = W.person(r, loc)
        ts = ND(f"{fdate(ev(r), loc, 'iso')}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(100, 999)}Z")
        k = r.random()
        if k < 0.5:
            out.append(f"{ts} INFO  kyc.verify user_id={r.randint(10000, 99999)} name=\"{P(p.full())}\" birth_date={D(fdate(dob(r), loc, 'iso'))} result=MATCH")
        else:
            out.append(f'{ts} WARN  checkout {{"customer":"{P(p.full())}","shipTo":"{addr(r, loc, country=False)}","email":"{email_of(p, r)}"}}')
    return "\n".join(out) + "\n\nthese logs leak PII, right? which fields should we redact?"


def c_neg_prose(W, r, loc):
    """PII-free: capitalised look-alikes only (companies, products, places, terms, famous people)."""
    lg = lang_of(loc)
    fam, fd = r.choice([f for f in FAMOUS if f[1]])
    famn = r.choice([f[0] for f in FAMOUS])
    t = NT(r.choice(TERMS[lg]))
    if lg == "en":
        return r.choice([
            f"Write a short poem in the style of {NF(r.choice(['Neruda', 'Tagore', 'Achebe', 'Pessoa']))} about the harbour at {NPL('Victoria')}.",
            f"Explain {t} to a first-year student, then compare it with {NT(r.choice(TERMS['en']))}.",
            f"Which is better for a student: a {NP(r.choice(PRODUCTS[:5]))} or a {NP(r.choice(PRODUCTS[:5]))}? I can get either through {NO(r.choice(ORGS))}'s employee scheme.",
            f"{NF(fam)} was born on {ND(fdate(fd, loc, 'long'))}. Give me three facts about {NF(fam.split()[-1])}'s early life for a school quiz.",
            f"Plan a three-day trip: {NPL('Austin')}, then {NPL('Charlotte')}, ending in {NPL('Eugene')}. We want to walk {NPL(r.choice(STREET_PLACES))} if there is time.",
            f"Summarise the merger talks between {NO(r.choice(ORGS))} and {NO(r.choice(ORGS))}; the deal closes on {neg_date(r, loc, 'long')}.",
            f"Is {NT(r.choice(['Parkinson’s disease', 'Alzheimer’s disease', 'Crohn’s disease']))} hereditary? My aunt's neurologist mentioned a trial at {NO('Johnson & Johnson')}.",
            f"Our {NP('Jenkins')} job and the {NP('Hudson')} plugin both fail after the {NP('Debian Bookworm')} upgrade. Release date of the fix: {neg_date(r, loc, 'long')}.",
            f"Translate this into German: 'The new {NO('Ferrari')} showroom opens next to the {NO('Dell')} store in {NPL('Florence')}.'",
        ])
    return {
        "de": [f"Schreib ein Gedicht im Stil von {NF('Goethe')} über {NPL('Sankt Gallen')}.", f"Erklär mir {t} in einfachen Worten.",
               f"Was ist besser: ein {NP(r.choice(PRODUCTS[:5]))} oder ein {NP('Dell XPS 13')}? Ich arbeite bei {NO(r.choice(['Siemens', 'Bosch', 'Porsche', 'Miele']))}.",
               f"{NF(fam)} wurde am {ND(fdate(fd, loc, 'long'))} geboren. Fass {NF(fam.split()[-1])}s Werk kurz zusammen.",
               f"Die Lieferung von {NO('Lidl')} und {NO('Aldi')} kommt am {neg_date(r, loc, 'num')} an. Treffpunkt: {NPL('Königsallee')}, vor dem Eingang."],
        "fr": [f"Écris un poème à la manière de {NF('Victor Hugo')} sur {NPL('Saint-Étienne')}.", f"Explique-moi {t} simplement.",
               f"{NF(fam)} est né{'e' if fam in ('Marie Curie', 'Frida Kahlo', 'Ada Lovelace', 'Simone de Beauvoir', 'Grace Hopper', 'Clarice Lispector') else ''} le {ND(fdate(fd, loc, 'long'))}. Résume sa vie en trois phrases.",
               f"Compare les stratégies de {NO('Renault')}, {NO('Peugeot')} et {NO('Michelin')} depuis le {neg_date(r, loc, 'long')}.",
               f"On se retrouve sur {NPL('the Champs-Élysées'.replace('the ', 'les '))} après le salon {NO('Hermès')}."],
        "nl": [f"Schrijf een gedicht in de stijl van {NF(r.choice(['Vincent van Gogh', 'Rembrandt van Rijn']))}? Nee, een brief in de stijl van {NF('Van Gogh')}.",
               f"Leg {t} uit voor een scholier.", f"Is een {NP('Model Y')} duurder dan een {NP('Fiat Panda')} bij {NO('Albert Heijn')}-leasing?",
               f"{NF(fam)} werd geboren op {ND(fdate(fd, loc, 'long'))}. Wat weet je over die tijd?", f"Wandelen over het {NPL('Damrak')} op {neg_date(r, loc, 'long')}."],
        "es": [f"Escribe un poema al estilo de {NF('Neruda')} sobre {NPL('Santiago')}.", f"Explícame {t} de forma sencilla.",
               f"{NF(fam)} nació el {ND(fdate(fd, loc, 'long'))}. Dame tres datos curiosos.", f"¿Qué ofrece {NO('El Corte Inglés')} para el {NP('iPhone 15')}? Quedamos en la {NPL('Gran Vía')}.",
               f"Resume la historia de {NO('Ferrari')} y {NO('Lamborghini')} desde el {neg_date(r, loc, 'long')}."],
        "it": [f"Scrivi una poesia nello stile di {NF(r.choice(['Dante', 'Italo Calvino']))} su {NPL('Florence')}, Oregon.", f"Spiegami {t} in parole semplici.",
               f"{NF(fam)} è nato il {ND(fdate(fd, loc, 'long'))}? Verifica.", f"Confronta {NO('Ferrero')}, {NO('Barilla')} e {NO('Pirelli')}: fatturato al {neg_date(r, loc, 'num')}.",
               f"Passeggiata in {NPL('Via del Corso')} e poi aperitivo con la {NP('Vespa Primavera')}."],
        "pt": [f"Escreve um poema ao estilo de {NF('Fernando Pessoa')} sobre a {NPL('Rua Augusta')}.", f"Explica-me {t} de forma simples.",
               f"{NF(fam)} nasceu em {ND(fdate(fd, loc, 'long'))}. Resume a obra.", f"Vale a pena o {NP('Galaxy S24')} ou o {NP('iPhone 15')}? Trabalho na {NO('Nestlé')}.",
               f"Passeio na {NPL('Avenida Paulista')} no dia {neg_date(r, loc, 'num')}; lembra-me da {NF('Clarice Lispector')}."],
    }[lg][r.randrange(5)]


def c_chat_request(W, r, loc):
    lg = lang_of(loc)
    p, q = W.person(r, loc), W.person(r, loc)
    d = dob(r)
    ap = "’" if r.random() < 0.5 else "'"
    return {
        "en": r.choice([
            f"rewrite this more politely: \"{P(q.first.lower() if r.random() < 0.3 else q.first)}, your invoice still shows the old address ({addr(r, loc, country=False)}). fix it.\"",
            f"my son {P(p.first)} ({D(fdate(d, loc, 'num'))}) needs a passport renewal, what do I bring? we live at {addr(r, loc, country=False)}",
            f"Draft a reference letter for {P(p.full())}{ap}s application. {P(p.first)} worked for us at {NO(r.choice(ORGS))} from {neg_date(r, loc, 'long')}.",
            f"Can you fill in this form for me? Name {pform(p, r, 'full lower upper')}, born {D(fdate(d, loc, r.choice(['long', 'num', 'iso'])))}, address {addr(r, loc, country=False)}, email {email_of(p, r)}",
        ]),
        "de": f"Formuliere bitte eine Kündigung für meine Wohnung. Ich heiße {P(p.full())}, geboren {D(fdate(d, loc, 'num'))}, wohne in {addr(r, loc, country=False)}; Vermieter ist {title('de', q.g, r)} {P(q.lastc())}.",
        "fr": f"Peux-tu rédiger une lettre de résiliation{NNBSP}? Je m'appelle {P(p.full())}, {born_verb('fr', p.g)} {D(fdate(d, loc, 'num'))}, domicilié{'e' if p.g == 'f' else ''} au {addr(r, loc, country=False)}.",
        "nl": f"Help me een bezwaarschrift te schrijven. Naam: {P(p.full())}, geboortedatum {D(fdate(d, loc, 'num'))}, adres {addr(r, loc, country=False)}. Contactpersoon bij de gemeente: {title('nl', q.g, r)} {P(q.lastc())}.",
        "es": f"Ayúdame a escribir un correo a {P(q.full())}. Soy {P(p.first)}, {born_verb('es', p.g)} {D(fdate(d, loc, 'long'))}, y me mudo a {addr(r, loc, country=False)}.",
        "it": f"Scrivimi una PEC per il Comune: sono {P(p.full())}, {born_verb('it', p.g)} {D(fdate(d, loc, 'num'))}, residente in {addr(r, loc, country=False)}.",
        "pt": f"Escreve um email para {P(q.full())} a dizer que o {P(p.first)}, {born_verb('pt', p.g, loc)} {D(fdate(d, loc, 'num'))}, mudou de morada para {addr(r, loc, country=False)}.",
    }[lg]


NOTES_L = {"en": ("Meeting notes", "attendees", "action", "next meeting", "room"), "de": ("Besprechungsnotizen", "Teilnehmende", "To-do", "Nächster Termin", "Raum"),
           "fr": ("Compte rendu", "présents", "action", "prochaine réunion", "salle"), "nl": ("Notulen", "aanwezig", "actie", "volgende vergadering", "zaal"),
           "es": ("Acta de la reunión", "asistentes", "tarea", "próxima reunión", "sala"), "it": ("Verbale", "presenti", "azione", "prossima riunione", "sala"),
           "pt": ("Ata da reunião", "presentes", "ação", "próxima reunião", "sala")}


def c_team_notes(W, r, loc):
    """Name shapes: possessives with curly or straight apostrophes, names glued to punctuation and
    numbers, lower case, nicknames, initials joined by a narrow no-break space."""
    lg = lang_of(loc)
    p, q, s3, s4 = (W.person(r, loc) for _ in range(4))
    ap = r.choice(["’", "'"])
    h = NOTES_L[lg]
    items = [f"{h[1]}: {P(p.first)}/{P(q.first)}/{P(s3.nick or s3.first)}, {P(s4.full())}"]
    if lg == "en":
        items.append(f"- {P(p.first)}{ap}s PR #{r.randint(100, 999)} still needs review ({P(q.first.lower())} to check)")
    elif lg == "de" and not p.first.endswith(("s", "x", "z")):
        items.append(f"- {P(p.first)}s Entwurf liegt im Wiki (#{r.randint(100, 999)}), {P(q.first.lower())} prüft")
    else:
        items.append(f"- #{r.randint(100, 999)} ({P(p.first)}) -> {P(q.first.lower())}")
    items.append(f"- {h[2]} ({P(s3.lastc().upper())}): {NP(r.choice(PRODUCTS))} {'licences' if lg == 'en' else 'Lizenzen' if lg == 'de' else 'licenze' if lg == 'it' else 'licencias' if lg == 'es' else 'licences' if lg == 'fr' else 'licenties' if lg == 'nl' else 'licenças'}")
    items.append(f"- 14:00 {P(s4.initial() + NNBSP + s4.last)} + {NO(r.choice(ORGS))}")
    items.append(f"- 2x {P(q.full())}, 1x {P(p.full())} ({r.choice(['OK', 'ok', '✓'])})")
    items.append(f"- {h[3]}: {neg_date(r, loc, 'num')}, {h[4]} {NPL(r.choice(PLACES[:8]))}")
    r.shuffle(items)
    return f"{h[0]} {neg_date(r, loc, 'num')}\n" + "\n".join(items)


def c_dob_phrases(W, r, loc):
    """The birth meaning carried by an age in brackets or by a phrase after the date only."""
    lg = lang_of(loc)
    k = r.random()
    if k < 0.5:
        head = {"en": "Participants (summer camp)", "de": "Teilnehmerliste Ferienfreizeit", "fr": "Liste des participants (colonie)",
                "nl": "Deelnemers zomerkamp", "es": "Participantes campamento de verano", "it": "Iscritti al centro estivo",
                "pt": "Participantes do campo de férias"}[lg]
        unit = {"en": "", "de": " J.", "fr": " ans", "nl": " jr", "es": " años", "it": " anni", "pt": " anos"}[lg]
        rows = []
        for i in range(r.randint(3, 5)):
            p = W.person(r, loc)
            d = dob(r, 2010, 2018)
            rows.append(f"{i + 1}. {pform(p, r, 'full full lf caps')}, {D(fdate(d, loc, r.choice(['num', 'num_short'])))} ({age_of(d)}{unit})")
        dl = {"en": "Registration closes", "de": "Anmeldeschluss", "fr": "Clôture des inscriptions", "nl": "Inschrijven tot",
              "es": "Inscripción hasta", "it": "Iscrizioni entro il", "pt": "Inscrições até"}[lg]
        return f"{head}\n" + "\n".join(rows) + f"\n\n{dl}: {neg_date(r, loc, 'num')}"
    p = W.person(r, loc)
    d = dob(r)
    ds = D(fdate(d, loc, r.choice(["num", "long"])))
    ap = r.choice(["’", "'"])
    return {"en": r.choice([f"{ds} is {P(p.first)}{ap}s birthday, remind me a week before. The party is on {neg_date(r, loc, 'long')}.",
                            f"Put {ds} down as the date of birth for {P(p.full())}; the form rejected it yesterday."]),
            "de": f"Der {ds} ist das Geburtsdatum von {P(p.full())}, nicht der {neg_date(r, loc, 'num')} (das ist das Ausstellungsdatum).",
            "fr": f"Le {ds}, c{ap}est la date de naissance de {P(p.full())}{NNBSP}; le {neg_date(r, loc, 'num')} est la date d{ap}émission.",
            "nl": f"{ds} is de geboortedatum van {P(p.full())}; {neg_date(r, loc, 'num')} is de vervaldatum van het paspoort.",
            "es": f"El {ds} es la fecha de nacimiento de {P(p.full())}; el {neg_date(r, loc, 'num')} es la fecha de caducidad.",
            "it": f"Il {ds} è la data di nascita di {P(p.full())}, mentre il {neg_date(r, loc, 'num')} è la scadenza del documento.",
            "pt": f"{ds} é a data de nascimento de {P(p.full())}; {neg_date(r, loc, 'num')} é a validade do cartão."}[lg]


def c_id_card(W, r, loc):
    """EU driving licence field numbers (3. = date and place of birth), membership cards, issue and expiry dates."""
    lg = lang_of(loc)
    p = W.person(r, loc)
    d = dob(r, 1950, 2005)
    if r.random() < 0.5 and not loc.startswith(("en-US", "en-IN", "en-AU", "en-ZA", "en-NG", "en-PH", "es-MX", "es-AR", "pt-BR")):
        iss = ev(r)
        exp = (iss[0] + 15, iss[1], iss[2])
        return (f"OCR of my driving licence, can you check the fields are readable?\n\n1. {P(p.last.upper())}\n2. {P(p.first.upper())}\n"
                f"3. {D(fdate(d, 'de-DE', 'num'))} {r.choice(['BERLIN', 'GENT', 'LYON', 'PORTO', 'BOLOGNA', 'CORK'])}\n"
                f"4a. {ND(fdate(iss, 'de-DE', 'num'))}  4b. {ND(fdate(exp, 'de-DE', 'num'))}\n4c. {r.choice(['Landratsamt', 'Préfecture', 'IMT', 'MIT-UCO', 'DVLA'])}\n"
                f"5. {NC(code(r, 'A99AAA99999'))}\n9. AM/B1/B")
    a1, a2 = sorted([ev(r), ev(r)])
    lab = {"en": ("MEMBERSHIP CARD", "Member since", "Valid until", "Date of birth"), "de": ("MITGLIEDSAUSWEIS", "Mitglied seit", "Gültig bis", "Geburtsdatum"),
           "fr": ("CARTE DE MEMBRE", "Membre depuis le", "Valable jusqu'au", "Né(e) le"), "nl": ("LIDMAATSCHAPSKAART", "Lid sinds", "Geldig tot", "Geboren"),
           "es": ("CARNÉ DE SOCIO", "Socio desde", "Válido hasta", "F. nacimiento"), "it": ("TESSERA SOCIO", "Socio dal", "Valida fino al", "Nato/a il"),
           "pt": ("CARTÃO DE SÓCIO", "Sócio desde", "Válido até", "Nascimento")}[lg]
    return (f"{lab[0]} {NO(r.choice(['Hilton', 'Marriott', 'Decathlon', 'Michelin']))} {r.choice(['Honors', 'Club', 'Plus'])}\n{pform(p, r, 'upper caps full')}\n"
            f"No. {NC(code(r, '9999 9999 9999'))}\n{lab[3]}: {D(fdate(d, loc, 'num'))}\n{lab[1]}: {ND(fdate(a1, loc, 'num'))}\n{lab[2]}: {ND(fdate(a2, loc, 'num'))}")


CLASSES = [
    ("git_log", c_git_log), ("git_blame", c_git_blame), ("git_shortlog", c_git_shortlog), ("codeowners", c_codeowners),
    ("stack_trace", c_stack_trace), ("sql_table", c_sql_table), ("csv_export", c_csv_export), ("ticket_json", c_ticket_json),
    ("github_issue", c_github_issue), ("ics_invite", c_ics_invite), ("calendar_text", c_outlook_invite), ("vcard", c_vcard),
    ("pdf_form", c_pdf_form), ("email_thread", c_email_thread), ("prescription", c_prescription), ("discharge_letter", c_discharge_letter),
    ("insurance_letter", c_insurance_letter), ("bank_letter", c_bank_letter), ("boarding_pass", c_boarding_pass), ("booking", c_booking),
    ("court_filing", c_court), ("tenancy", c_tenancy), ("hr_onboarding", c_hr_onboarding), ("school_report", c_school_report),
    ("delivery_note", c_delivery), ("announcement", c_announcement), ("genealogy", c_genealogy), ("roster", c_roster),
    ("conference_programme", c_conference), ("app_log", c_app_log), ("neg_prose", c_neg_prose), ("chat_request", c_chat_request),
    ("team_notes", c_team_notes), ("dob_phrases", c_dob_phrases), ("id_card", c_id_card),
]
# classes whose wording is English whatever the locale of the data (tool output)
EN_ONLY = {"git_log", "git_blame", "git_shortlog", "codeowners", "stack_trace", "sql_table", "github_issue", "ics_invite", "boarding_pass", "conference_programme", "app_log"}
LOCALES = [("en-US", 8), ("en-GB", 7), ("en-IE", 4), ("en-IN", 6), ("en-AU", 4), ("en-ZA", 4), ("en-NG", 4), ("en-PH", 3),
           ("de-DE", 8), ("de-AT", 3), ("de-CH", 2), ("fr-FR", 7), ("fr-BE", 2), ("fr-CH", 1), ("nl-NL", 6), ("nl-BE", 2),
           ("es-ES", 6), ("es-MX", 3), ("es-AR", 2), ("it-IT", 9), ("pt-PT", 4), ("pt-BR", 5)]


def main():
    W = World(SEED)
    r = random.Random(SEED)
    locs = [l for l, w in LOCALES for _ in range(w)]
    recs = []
    order = []
    while len(order) < N_RECORDS:
        block = list(range(len(CLASSES))) + [CLASSES.index(("neg_prose", c_neg_prose))]
        r.shuffle(block)
        order += block
    for i in range(N_RECORDS):
        ti = order[i]
        name, fn = CLASSES[ti]
        if i % len(locs) == 0:  # each block of 100 records has the locale shares exactly
            deck = locs[:]
            r.shuffle(deck)
        loc = deck[i % len(locs)]
        text, spans = finalize(fn(W, r, loc))
        recs.append({"full_text": text, "spans": spans, "template_id": ti,
                     "metadata": {"locale": loc, "class": name, "corpus": CORPUS,
                                  "text_language": "en" if name in EN_ONLY else lang_of(loc)}})
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data", "names_holdout3.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(recs)} records, {sum(len(x['spans']) for x in recs)} spans to {out}")


if __name__ == "__main__":
    main()
