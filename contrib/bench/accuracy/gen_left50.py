#!/usr/bin/env python3
"""gen_left50.py: the shapes stop 49's rounds named and left (notes/dob49.md, agent49.md,
keys49.md, lone49.md, recall49.md), written before any detector rule was read for them or hush
was run on it (branch left50). A tune set.

Classes (metadata.class), half the people real, half invented from the language's syllables:
- `tr_birth`: Turkish birth forms (`D tarihinde İzmir'de doğdu`, `doğum tarihi D`, `D.T.: D`,
  `D doğumlu`, `Doğum Tarihi: D`); look-alikes: deliveries, hires, invoices, meetings in the same
  shapes (`D tarihinde teslim edildi`, `İşe giriş tarihi: D`) as NEG_DATE;
- `nordic8`: eight-digit births after a Nordic `f.`/`født`/`född`/`s.` (`(f. 19830924)`),
  and Finnish `(s. 26/9-63)`; look-alikes: order numbers and due dates in eight digits
  (`Ordre 19830924`, `forfall 20241130`), `s. 24` as a page;
- `dberr`: database errors that quote a row: psql `Failing row contains (...)`, Postgres `Key
  (cols)=(vals) already exists`, MySQL `Duplicate entry '...' for key`, SQLAlchemy/SQLite
  `UNIQUE constraint failed` with `[parameters: (...)]`, pydantic/Sequelize validation errors with
  the input value; look-alikes: the same errors on products, orders, events (SKUs, slugs,
  timestamps, delivery dates);
- `handles`: top-level handle keys of a JSON document pasted in prose (`{"tomaszk": {"role":
  ...}}`); look-alikes: service accounts and bots as keys (NEG_BOT);
- `pandas`: `df.head()` prints (right-aligned cells under an indented header) of people with
  births; look-alikes: product tables;
- `a1`: spreadsheet A1 dumps (`A1: Name  B1: Geburtsdatum`), people and births; look-alikes:
  inventory dumps;
- `sheets`: Sheets API JSON (`values: [[...]]`) pasted in prose; look-alikes: inventory;
- `caps`: compound surnames in capitals (`GARCÍA LÓPEZ, MARÍA`, `MÜLLER-LÜDENSCHEIDT HANS`) in
  manifests and labelled lines; look-alikes: places and firms in capitals (`BADEN-BADEN`,
  `ROLLS-ROYCE`) as NEG_PLACE/NEG_ORG;
- `firms`: firms that read as lone given names after `bei`, `at`, `chez`, `bij`, `da`, `en`,
  `hos`, `w` (`bei Sixt`, `at Wendy's`, `chez Carrefour`, `bei Douglas`, `bei Otto`) as
  NEG_ORG, beside a person in the same document;
- `cues`: a request verb or `with` before a lone given name (`ask Priya`, `cc Tomasz`, `with
  Ingrid`, `frag Jonas`, `avec Camille`); look-alikes: the same cues before assistants, tools,
  firms and teams (`ask Siri`, `cc legal`, `with Stripe`) as NEG_TOOL/NEG_ORG/NEG_WORD.
Every document is written twice: plain (metadata.wrap "plain") and as a whole request body
(OpenAI chat one or several turns, Anthropic string or text blocks, Gemini contents, Responses
input). Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import json
import os
import random
import unicodedata
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7, END7, invent_syllables, check_spans  # noqa: E402

rng = random.Random(20261206 + 50)
records = []

GIVEN = {
    "en": ["Priya", "Hannah", "Declan", "Rebecca", "Oliver", "Grace", "Ethan", "Chloe"],
    "de": ["Jonas", "Lena", "Ulrike", "Tobias", "Katrin", "Lukas", "Heike", "Florian"],
    "fr": ["Camille", "Léa", "Julien", "Aurélie", "Benoît", "Élodie", "Hugo", "Manon"],
    "nl": ["Sanne", "Joost", "Femke", "Bram", "Lieke", "Daan", "Anouk", "Maarten"],
    "es": ["Pilar", "Javier", "Lucía", "Sergio", "Nuria", "Rodrigo", "María", "Álvaro"],
    "it": ["Chiara", "Matteo", "Giulia", "Davide", "Lorenzo", "Francesca", "Serena", "Marco"],
    "pt": ["Inês", "Tiago", "Mariana", "Rui", "Beatriz", "João", "Gonçalo", "Leonor"],
    "sv": ["Sven", "Karin", "Linnea", "Anders", "Åsa", "Birgitta", "Oskar", "Elsa"],
    "da": ["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens", "Ida", "Søren"],
    "no": ["Sigrid", "Lars", "Kari", "Håkon", "Solveig", "Eirik", "Ingrid", "Torbjørn"],
    "fi": ["Aino", "Mikko", "Sanna", "Juha", "Päivi", "Ville", "Eveliina", "Tuomas"],
    "pl": ["Kasia", "Tomasz", "Agnieszka", "Paweł", "Łukasz", "Małgorzata", "Bartek", "Ewa"],
    "cs": ["Jana", "Petr", "Lucie", "Tomáš", "Věra", "Jiří", "Kateřina", "Ondřej"],
    "tr": ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Hakan"],
    "hu": ["Eszter", "Gábor", "Zsófia", "László", "Katalin", "Bence", "Réka", "Tamás"],
}
SURN = {
    "en": ["Ashworth", "Fletcher", "Okafor", "Whitcombe", "Brennan"],
    "de": ["Weber", "Lindner", "Krause", "Schäfer", "Brandt"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Girard", "Fontaine"],
    "nl": ["Jansen", "Visser", "Bakker", "Mulder", "Smit"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Serrano"],
    "it": ["Rossi", "Bianchi", "Colombo", "Ricci", "Galli"],
    "pt": ["Ferreira", "Carvalho", "Sousa", "Almeida", "Ribeiro"],
    "sv": ["Lindqvist", "Bergström", "Nyberg", "Sjöberg", "Holm"],
    "da": ["Sørensen", "Madsen", "Kristensen", "Lund", "Østergaard"],
    "no": ["Haugen", "Johansen", "Bakke", "Solberg", "Strand"],
    "fi": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehtonen"],
    "pl": ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk"],
    "cs": ["Novák", "Dvořák", "Svoboda", "Procházka", "Kučera"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk"],
    "hu": ["Nagy", "Kovács", "Szabó", "Horváth", "Tóth"],
}
SYL = {"sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "da": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "gaard", "strup"]),
       "no": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "heim", "rud"]),
       "fi": (["ai", "ka", "lou", "mä", "ti", "se", "vo", "hei"], ["nen", "la", "mäki"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "cs": (["ko", "va", "dvo", "ře", "chal", "mi", "sto", "pe"], ["ák", "ek", "ský"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"]),
       "hu": (["ke", "szé", "vá", "ri", "bor", "mo", "te", "gyu"], ["fi", "di", "ényi"])}
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
TR_CITY = ["İzmir'de", "Ankara'da", "Bursa'da", "İstanbul'da", "Konya'da", "Trabzon'da"]


def syl(lg):
    return (SYL7[lg], END7[lg]) if lg in SYL7 else SYL[lg]


def given(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    return rng.choice(GIVEN[lg]) if real else invent_syllables(rng, *syl(lg), False)


def surname(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    return rng.choice(SURN[lg]) if real else invent_syllables(rng, *syl(lg), True)


def birth():
    return rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)


def recent():
    return rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)


def iso(d):
    return "%04d-%02d-%02d" % d


def dmy(d, sep="."):
    return "%02d%s%02d%s%04d" % (d[2], sep, d[1], sep, d[0])


class D(Doc):
    records = records

    def p(self, g, s, order="gs"):
        """A person: given and surname as two PERSON spans."""
        if order == "gs":
            return self.span("PERSON", g).t(" ").span("PERSON", s)
        return self.span("PERSON", s).t(", ").span("PERSON", g)


# ---- tr_birth ------------------------------------------------------------------------------------
def tr_date(d, form):
    if form == 0:
        return "%d %s %d" % (d[2], TR_MONTHS[d[1] - 1], d[0])
    if form == 1:
        return dmy(d)
    return dmy(d, "/")


def tr_birth(n):
    d = D("tr", "tr_birth")
    g, s = given("tr"), surname("tr")
    b = tr_date(birth(), n % 3)
    o = tr_date(recent(), (n + 1) % 3)
    k = n % 6
    if k == 0:
        d.t("Merhaba, ").p(g, s).t(" ").span("DATE_OF_BIRTH", b).t(" tarihinde %s doğdu. " % rng.choice(TR_CITY))
        d.t("Başvurusu ").span("NEG_DATE", o).t(" tarihinde teslim edildi.")
    elif k == 1:
        d.t("Sayın ").p(g, s).t(", doğum tarihi ").span("DATE_OF_BIRTH", b)
        d.t(", kimlik bilgileriniz güncellenmiştir. Son ödeme tarihi ").span("NEG_DATE", o).t(".")
    elif k == 2:
        d.t("Ad Soyad: ").p(g, s).t("\nD.T.: ").span("DATE_OF_BIRTH", b)
        d.t("\nDoğum yeri: %s\nİşe giriş tarihi: " % rng.choice(["İzmir", "Ankara", "Bursa"]))
        d.span("NEG_DATE", o).t("\n")
    elif k == 3:
        d.p(g, s).t(" (").span("DATE_OF_BIRTH", b).t(" doğumlu) için randevu ").span("NEG_DATE", o)
        d.t(" tarihinde saat 10:30'da.")
    elif k == 4:
        d.t("Hasta: ").p(g, s).t("\nDoğum Tarihi: ").span("DATE_OF_BIRTH", b)
        d.t("\nFatura tarihi: ").span("NEG_DATE", o).t("\nTutar: 1.250,00 TL\n")
    else:
        d.t("Özgeçmiş: ").p(g, s).t(", ").span("DATE_OF_BIRTH", b)
        d.t(" yılında %s doğdu; " % rng.choice(TR_CITY)).span("NEG_DATE", o)
        d.t(" tarihinde şirketimize katıldı.")
    return d


# ---- nordic8 -------------------------------------------------------------------------------------
def nordic8(n):
    lg = ["no", "da", "sv", "fi"][n % 4]
    d = D(lg, "nordic8")
    g, s = given(lg), surname(lg)
    b = birth()
    eight = "%04d%02d%02d" % b
    o = recent()
    k = n % 5
    if lg == "fi":
        if k % 2 == 0:
            d.p(g, s).t(" (s. ").span("DATE_OF_BIRTH", "%d/%d-%02d" % (b[2], b[1], b[0] % 100)).t(") aloittaa ")
            d.span("NEG_DATE", "%d.%d.%d" % (o[2], o[1], o[0])).t(". Katso ohje s. ").span("NEG_ID", "24").t(".")
        else:
            d.t("Asiakas ").p(g, s).t(", s. ").span("DATE_OF_BIRTH", "%d.%d.%d" % (b[2], b[1], b[0]))
            d.t(", tilaus nro ").span("NEG_ID", "%04d%02d%02d" % o).t(" toimitettu.")
        return d
    cue = {"no": ["f. ", "født "], "da": ["f. ", "født "], "sv": ["f. ", "född "]}[lg][k % 2]
    word = {"no": ("Ordre", "forfall"), "da": ("Ordre", "forfald"), "sv": ("Order", "förfaller")}[lg]
    if k < 2:
        d.p(g, s).t(" (" + cue).span("DATE_OF_BIRTH", eight).t(") ")
        d.t({"no": "er ansatt fra ", "da": "er ansat fra ", "sv": "är anställd från "}[lg])
        d.span("NEG_DATE", "%d.%d.%d" % (o[2], o[1], o[0])).t(".")
    elif k < 4:
        d.t(word[0] + " ").span("NEG_ID", "%04d%02d%02d" % recent()).t(" – ").p(g, s)
        d.t(", " + cue).span("DATE_OF_BIRTH", eight).t(", " + word[1] + " ").span("NEG_DATE", "%04d%02d%02d" % o)
    else:
        d.t("Navn: " if lg != "sv" else "Namn: ").p(g, s).t("\n" + cue.strip().capitalize() + " ")
        d.span("DATE_OF_BIRTH", eight).t("\n" + word[1].capitalize() + ": ").span("NEG_DATE", "%04d%02d%02d" % o)
        d.t("\n")
    return d


# ---- dberr ---------------------------------------------------------------------------------------
DB_LANGS = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "cs", "hu", "tr"]
PRODUCTS = ["Widget Pro", "Steel Bracket", "Desk Lamp", "USB Hub", "Garden Hose", "Coffee Grinder"]


def email(g, s):
    def a(x):
        x = unicodedata.normalize("NFKD", x.lower().replace("ł", "l").replace("ø", "o").replace("ı", "i"))
        return "".join(c for c in x if c.isascii() and c.isalnum())
    return "%s.%s@example.%s" % (a(g), a(s), rng.choice(["com", "org", "net"]))


def dberr(n):
    lg = DB_LANGS[n % len(DB_LANGS)]
    d = D(lg, "dberr")
    g, s = given(lg), surname(lg)
    b = birth()
    ts = iso(recent()) + " %02d:%02d:%02d" % (rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59))
    k = n % 8
    intro = ["Getting this when I insert:\n", "why does this fail?\n\n", "", "Error from the import job:\n"][n % 4]
    d.t(intro)
    if k == 0:
        d.t('ERROR:  new row for relation "patients" violates check constraint "patients_phone_check"\n')
        d.t("DETAIL:  Failing row contains (%d, " % rng.randint(100, 9999)).span("PERSON", g).t(", ")
        d.span("PERSON", s).t(", ").span("DATE_OF_BIRTH", iso(b)).t(", null, ").span("NEG_DATE", ts).t(").\n")
    elif k == 1:
        d.t('ERROR:  null value in column "email" of relation "customers" violates not-null constraint\n')
        d.t("DETAIL:  Failing row contains (%d, " % rng.randint(100, 9999)).span("PERSON", g + " " + s)
        d.t(", null, ").span("DATE_OF_BIRTH", iso(b)).t(", t, ").span("NEG_DATE", ts).t(").\n")
    elif k == 2:
        d.t('ERROR:  duplicate key value violates unique constraint "members_name_dob_key"\n')
        d.t("DETAIL:  Key (last_name, first_name, birth_date)=(").span("PERSON", s).t(", ").span("PERSON", g)
        d.t(", ").span("DATE_OF_BIRTH", iso(b)).t(") already exists.\n")
        d.t('ERROR:  duplicate key value violates unique constraint "products_sku_key"\n')
        d.t("DETAIL:  Key (sku)=(").span("NEG_ID", "WX-%04d" % rng.randint(1000, 9999)).t(") already exists.\n")
    elif k == 3:
        d.t("ERROR 1062 (23000): Duplicate entry '").span("PERSON", s).t(", ").span("PERSON", g)
        d.t("' for key 'customers.uniq_full_name'\n")
        d.t("ERROR 1062 (23000): Duplicate entry '").span("NEG_DATE", iso(recent())).t("-berlin' for key 'events.slug'\n")
    elif k == 4:
        d.t("sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: "
            "members.first_name, members.last_name, members.birth_date\n")
        d.t("[SQL: INSERT INTO members (first_name, last_name, birth_date, joined) VALUES (?, ?, ?, ?)]\n")
        d.t("[parameters: ('").span("PERSON", g).t("', '").span("PERSON", s).t("', '")
        d.span("DATE_OF_BIRTH", iso(b)).t("', '").span("NEG_DATE", iso(recent())).t("')]\n")
    elif k == 5:
        d.t("pydantic_core._pydantic_core.ValidationError: 2 validation errors for Patient\nbirth_date\n"
            "  Input should be a valid date or datetime, invalid date separator, expected `-` "
            "[type=date_from_datetime_parsing, input_value='").span("DATE_OF_BIRTH", dmy(b, "/"))
        d.t("', input_type=str]\nfull_name\n  String should have at most 12 characters [type=string_too_long, "
            "input_value='").span("PERSON", g).t(" ").span("PERSON", s).t("', input_type=str]\n")
    elif k == 6:
        em = email(g, s)
        d.t("SequelizeUniqueConstraintError: Validation error\n  errors: [ ValidationErrorItem {\n"
            "      message: 'email must be unique',\n      type: 'unique violation',\n      path: 'email',\n"
            "      value: '").span("EMAIL_ADDRESS", em).t("',\n  } ],\n  fields: { email: '")
        d.span("EMAIL_ADDRESS", em).t("' }\n")
        d.t("DETAIL:  Key (email)=(").span("EMAIL_ADDRESS", email(g, s)).t(") already exists.\n")
    else:
        d.t("ERROR:  insert or update on table \"orders\" violates foreign key constraint\n")
        d.t("DETAIL:  Failing row contains (%d, " % rng.randint(100, 9999)).span("NEG_WORD", rng.choice(PRODUCTS))
        d.t(", 19.99, ").span("NEG_DATE", iso(recent())).t(", null).\n")
        d.t("and for this one: Failing row contains (%d, " % rng.randint(100, 9999)).span("PERSON", g).t(", ")
        d.span("PERSON", s).t(", ").span("DATE_OF_BIRTH", iso(b)).t(", ").span("NEG_DATE", ts).t(")\n")
    return d


# ---- handles -------------------------------------------------------------------------------------
def handle(lg, g, s):
    low = email(g, s).split("@")[0]
    gi, su = low.split(".", 1)
    return [gi[0] + su, su + gi[0], gi + "." + su, su + "_" + gi[0], gi[0] + "." + su][rng.randrange(5)]


BOTS = ["deploy-bot", "ci-runner", "svc_backup", "grafana", "noreply", "github-actions"]


def handles(n):
    lg = DB_LANGS[n % len(DB_LANGS)]
    d = D(lg, "handles")
    d.t(["Here's our users.json, can you find who has admin?\n\n", "acl dump:\n", "", "From config/team.json:\n"][n % 4])
    ents = []
    for i in range(rng.randint(3, 4)):
        g, s = given(lg), surname(lg)
        ents.append(("PERSON", handle(lg, g, s), g, s))
    ents.insert(rng.randrange(len(ents) + 1), ("NEG_BOT", rng.choice(BOTS), None, None))
    compact = n % 2
    d.t("{" if compact else "{\n")
    for i, (lab, h, g, s) in enumerate(ents):
        d.t('"' if compact else '  "').span(lab, h).t('": {')
        if lab == "PERSON":
            d.t('"role": "%s", "since": "%s"' % (rng.choice(["admin", "editor", "viewer"]), iso(recent())))
            if n % 3 == 0:
                d.t(', "name": "').span("PERSON", g).t(" ").span("PERSON", s).t('"')
        else:
            d.t('"role": "service", "scopes": ["deploy", "read"]')
        d.t("}" + ("," if i + 1 < len(ents) else "") + ("" if compact else "\n"))
    d.t("}\n")
    return d


# ---- pandas --------------------------------------------------------------------------------------
def pandas_tab(d, cols, rows):
    """rows: lists of str or (label, value); pandas right-justifies every cell under its header."""
    def txt(c):
        return c if isinstance(c, str) else c[1]
    idx = [str(i) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    w = [max(len(cols[c]), max(len(txt(r[c])) for r in rows)) for c in range(len(cols))]
    d.t(" " * iw + "".join("  " + cols[c].rjust(w[c]) for c in range(len(cols))) + "\n")
    for i, r in enumerate(rows):
        d.t(idx[i].ljust(iw))
        for c in range(len(cols)):
            cell = r[c]
            d.t("  " + " " * (w[c] - len(txt(cell))))
            if isinstance(cell, str):
                d.t(cell)
            else:
                d.span(cell[0], cell[1])
        d.t("\n")


PD_HEAD = {"en": ("first_name", "last_name", "birth_date", "city"),
           "de": ("vorname", "nachname", "geburtsdatum", "ort"),
           "fr": ("prenom", "nom", "date_naissance", "ville"),
           "es": ("nombre", "apellidos", "fecha_nacimiento", "ciudad"),
           "it": ("nome", "cognome", "data_nascita", "citta"),
           "nl": ("voornaam", "achternaam", "geboortedatum", "plaats"),
           "pl": ("imie", "nazwisko", "data_urodzenia", "miasto"),
           "sv": ("fornamn", "efternamn", "fodelsedatum", "ort")}
CITIES = {"en": ["Leeds", "Bristol"], "de": ["Köln", "Kassel"], "fr": ["Lyon", "Nantes"], "es": ["Sevilla", "Bilbao"],
          "it": ["Torino", "Bari"], "nl": ["Utrecht", "Delft"], "pl": ["Kraków", "Gdańsk"], "sv": ["Malmö", "Umeå"]}


def pandas(n):
    lg = list(PD_HEAD)[n % len(PD_HEAD)]
    d = D(lg, "pandas")
    d.t([">>> df.head()\n", "df.head() gives me this, why is birth_date an object column?\n\n",
         "In [4]: people.head()\nOut[4]:\n", "print(df)\n"][n % 4])
    if n % 5 == 4:
        rows = [[("NEG_WORD", rng.choice(PRODUCTS)), "%d.%02d" % (rng.randint(5, 99), rng.randint(0, 99)),
                 ("NEG_DATE", iso(recent())), str(rng.randint(1, 400))] for _ in range(rng.randint(3, 5))]
        pandas_tab(d, ["product", "price", "launch_date", "stock"], rows)
        return d
    rows = []
    for _ in range(rng.randint(3, 5)):
        rows.append([("PERSON", given(lg)), ("PERSON", surname(lg)), ("DATE_OF_BIRTH", iso(birth())),
                     rng.choice(CITIES[lg])])
    pandas_tab(d, list(PD_HEAD[lg]), rows)
    return d


# ---- a1 ------------------------------------------------------------------------------------------
A1_HEAD = {"en": ("Name", "Date of birth", "Team"), "de": ("Name", "Geburtsdatum", "Abteilung"),
           "fr": ("Nom", "Date de naissance", "Service"), "es": ("Nombre", "Fecha de nacimiento", "Equipo"),
           "it": ("Nome", "Data di nascita", "Reparto"), "nl": ("Naam", "Geboortedatum", "Afdeling"),
           "pl": ("Imię i nazwisko", "Data urodzenia", "Dział"), "cs": ("Jméno", "Datum narození", "Oddělení"),
           "hu": ("Név", "Születési dátum", "Osztály"), "tr": ("Ad Soyad", "Doğum Tarihi", "Birim")}
TEAMS = ["Sales", "IT", "HR", "Ops"]


def a1(n):
    lg = list(A1_HEAD)[n % len(A1_HEAD)]
    d = D(lg, "a1")
    sep = ["  ", "\t", " | "][n % 3]
    d.t(["The sheet dump looks like this:\n", "cells:\n", "", "Copied from the spreadsheet:\n\n"][n % 4])
    if n % 5 == 4:
        d.t(sep.join("%s1: %s" % (c, h) for c, h in zip("ABC", ("Artikel", "Lieferdatum", "Menge"))) + "\n")
        for r in range(2, 2 + rng.randint(2, 4)):
            d.t("A%d: " % r).span("NEG_WORD", rng.choice(PRODUCTS)).t(sep + "B%d: " % r)
            d.span("NEG_DATE", dmy(recent())).t(sep + "C%d: %d\n" % (r, rng.randint(1, 90)))
        return d
    h = A1_HEAD[lg]
    d.t(sep.join("%s1: %s" % (c, x) for c, x in zip("ABC", h)) + "\n")
    for r in range(2, 2 + rng.randint(2, 4)):
        d.t("A%d: " % r).p(given(lg), surname(lg)).t(sep + "B%d: " % r)
        d.span("DATE_OF_BIRTH", dmy(birth()) if lg != "hu" else "%04d.%02d.%02d." % birth())
        d.t(sep + "C%d: %s\n" % (r, rng.choice(TEAMS)))
    return d


# ---- sheets --------------------------------------------------------------------------------------
def sheets(n):
    lg = list(A1_HEAD)[(n + 3) % len(A1_HEAD)]
    d = D(lg, "sheets")
    h = A1_HEAD[lg]
    d.t(["The Sheets API gives me values: ", "I call spreadsheets.values.get and get\n",
         "response was {\"range\": \"Sheet1!A1:C4\", \"majorDimension\": \"ROWS\", \"values\": ",
         "this is what comes back: "][n % 4])
    inv = n % 5 == 4
    d.t('[["%s", "%s", "%s"]' % (("Item", "Delivery date", "Qty") if inv else h))
    for _ in range(rng.randint(2, 4)):
        d.t(', ["')
        if inv:
            d.span("NEG_WORD", rng.choice(PRODUCTS)).t('", "').span("NEG_DATE", iso(recent()))
            d.t('", "%d"]' % rng.randint(1, 80))
        else:
            d.p(given(lg), surname(lg)).t('", "').span("DATE_OF_BIRTH", iso(birth()))
            d.t('", "%s"]' % rng.choice(TEAMS))
    d.t("]")
    d.t(("}" if n % 4 == 2 else "") + " — how do I turn it into a DataFrame?\n")
    return d


# ---- caps ----------------------------------------------------------------------------------------
CAPS = [("es", "GARCÍA LÓPEZ", "MARÍA"), ("es", "DE LA FUENTE RUIZ", "PABLO"), ("es", "SÁNCHEZ-VILLAR", "LUCÍA"),
        ("de", "MÜLLER-LÜDENSCHEIDT", "HANS"), ("de", "SCHMIDT-KÖHLER", "ANNA-LENA"), ("de", "VON BRÜHL", "KONSTANTIN"),
        ("hu", "NAGY-TÓTH", "ESZTER"), ("hu", "KISS-VÁRADI", "GÁBOR"), ("pt", "SOUSA CARVALHO", "INÊS"),
        ("pt", "ALMEIDA-RIBEIRO", "TIAGO"), ("fr", "DUPONT-MOREAU", "CLÉMENCE"), ("fr", "LE GUEN", "YANNICK"),
        ("nl", "VAN DER BERG", "JAN"), ("it", "DELLA ROVERE", "GIULIA"), ("pl", "KOWALSKA-NOWAK", "EWA")]
CAPS_NEG = [("NEG_PLACE", "BADEN-BADEN"), ("NEG_ORG", "ROLLS-ROYCE PLC"), ("NEG_PLACE", "SAN SEBASTIÁN"),
            ("NEG_PLACE", "SCHLESWIG-HOLSTEIN"), ("NEG_ORG", "MERCEDES-BENZ AG"), ("NEG_PLACE", "CASTILLA-LA MANCHA"),
            ("NEG_ORG", "HEWLETT-PACKARD"), ("NEG_PLACE", "ÎLE-DE-FRANCE")]


def invented_caps(lg):
    a, b = surname(lg, False), surname(lg, False)
    return (a + "-" + b if rng.random() < 0.5 else a + " " + b).upper(), given(lg, False).upper()


def caps(n):
    if n % 2:
        lg, sur, gv = CAPS[n % len(CAPS)]
    else:
        lg = CAPS[n % len(CAPS)][0]
        sur, gv = invented_caps(lg)
    d = D(lg, "caps")
    b = birth()
    neg = CAPS_NEG[n % len(CAPS_NEG)]
    k = n % 4
    if k == 0:
        d.t("PASSENGER MANIFEST LH%d\n1. " % rng.randint(100, 999)).span("PERSON", sur).t("/").span("PERSON", gv)
        d.t(" MRS  DOB ").span("DATE_OF_BIRTH", dmy(b)).t("  DEST ").span(neg[0], neg[1]).t("\n")
    elif k == 1:
        d.t("NAME: ").span("PERSON", sur).t(", ").span("PERSON", gv).t("\nDATE OF BIRTH: ")
        d.span("DATE_OF_BIRTH", dmy(b, "/")).t("\nEMPLOYER: ").span(neg[0], neg[1]).t("\n")
    elif k == 2:
        d.t("GUEST;ARRIVAL;ORIGIN\n").span("PERSON", sur).t(" ").span("PERSON", gv).t(";")
        d.span("NEG_DATE", dmy(recent())).t(";").span(neg[0], neg[1]).t("\n")
    else:
        d.t('{"SURNAME": "').span("PERSON", sur).t('", "GIVEN": "').span("PERSON", gv).t('", "DOB": "')
        d.span("DATE_OF_BIRTH", iso(b)).t('", "CITY": "').span(neg[0], neg[1]).t('"}\n')
    return d


# ---- firms ---------------------------------------------------------------------------------------
FIRMS = {
    "de": [("Ich arbeite seit 2019 bei {F} in der Buchhaltung.", "Sixt"), ("Hab das bei {F} bestellt.", "Otto"),
           ("Das Parfum ist von {F}.", "Douglas"), ("Er ist jetzt bei {F} im Vertrieb.", "Mercedes"),
           ("Kaffee gibt's bei {F} im Angebot.", "Tchibo")],
    "en": [("We grabbed burgers at {F}'s on the way.", "Wendy"), ("She works at {F} in the stockroom.", "Morrisons"),
           ("I bought the stroller at {F}.", "Harvey Nichols"), ("He got a job at {F}.", "Ford"),
           ("Pizza from {F}'s again?", "Domino")],
    "fr": [("J'ai fait les courses chez {F}.", "Carrefour"), ("Elle bosse chez {F} depuis mars.", "Darty"),
           ("On a mangé chez {F} hier soir.", "Léon"), ("Il a acheté ça chez {F}.", "Sephora")],
    "nl": [("Ik haal het wel bij {F}.", "Albert Heijn"), ("Ze werkt bij {F} in Eindhoven.", "Philips"),
           ("Besteld bij {F}, komt morgen.", "Bol")],
    "es": [("Lo compré en {F}.", "Zara"), ("Trabaja en {F} desde enero.", "Mercadona"),
           ("Fuimos a {F} a por muebles.", "Ikea")],
    "it": [("L'ho preso da {F}.", "Esselunga"), ("Lavora da {F} a Milano.", "Armani"), ("Comprato da {F}.", "Coop")],
    "sv": [("Jag jobbar på {F} sedan i våras.", "Ica"), ("Köpte den hos {F}.", "Clas Ohlson")],
    "pl": [("Kupiłam to w {F}.", "Biedronka"), ("Pracuje w {F} od roku.", "Allegro")],
}
FIRM_PERSON = {
    "de": "Meine Kollegin {G} {S} hat mir das empfohlen.", "en": "My colleague {G} {S} recommended it.",
    "fr": "C'est ma collègue {G} {S} qui me l'a conseillé.", "nl": "Mijn collega {G} {S} raadde het aan.",
    "es": "Me lo recomendó mi compañera {G} {S}.", "it": "Me l'ha consigliato la collega {G} {S}.",
    "sv": "Min kollega {G} {S} tipsade om det.", "pl": "Poleciła mi to koleżanka {G} {S}.",
}


def fill_gs(d, tpl, g, s):
    i = tpl.index("{G}")
    j = tpl.index("{S}")
    d.t(tpl[:i]).span("PERSON", g).t(tpl[i + 3:j]).span("PERSON", s).t(tpl[j + 3:])


def firms(n):
    lg = list(FIRMS)[n % len(FIRMS)]
    d = D(lg, "firms")
    for tpl, f in rng.sample(FIRMS[lg], 2):
        i = tpl.index("{F}")
        d.t(tpl[:i]).span("NEG_ORG", f).t(tpl[i + 3:] + " ")
    if n % 2 == 0:
        fill_gs(d, FIRM_PERSON[lg], given(lg), surname(lg))
    return d


# ---- cues ----------------------------------------------------------------------------------------
CUES = {
    "en": ["ask {G} about the invoice", "cc {G} on this please", "I'm meeting with {G} tomorrow at 10",
           "loop in {G} before you merge", "Can you ask {G} whether the PR is ready?", "check with {G} first"],
    "de": ["frag mal {G} wegen der Rechnung", "setz {G} bitte in cc", "ich treffe mich morgen mit {G}",
           "Kannst du {G} fragen, ob das passt?"],
    "fr": ["demande à {G} pour la facture", "mets {G} en copie stp", "je vois avec {G} demain",
           "Tu peux demander à {G} si c'est bon ?"],
    "es": ["pregúntale a {G} por la factura", "pon a {G} en copia", "mañana quedo con {G}",
           "¿Le preguntas a {G} si está listo?"],
    "it": ["chiedi a {G} della fattura", "metti {G} in copia", "domani vedo {G} per il preventivo",
           "Puoi chiedere a {G} se va bene?"],
    "nl": ["vraag even aan {G} hoe het zit", "zet {G} in cc", "ik spreek morgen met {G} af"],
    "sv": ["fråga {G} om fakturan", "sätt {G} på kopia", "jag träffar {G} i morgon"],
    "no": ["spør {G} om fakturaen", "sett {G} på kopi", "jeg møter {G} i morgen"],
    "pt": ["pergunta à {G} sobre a fatura", "põe o {G} em cópia", "amanhã reúno com a {G}"],
}
CUES_NEG = {
    "en": [("ask {N} to set a timer", "NEG_TOOL", "Siri"), ("cc {N} on the contract", "NEG_WORD", "legal"),
           ("we pay with {N} now", "NEG_ORG", "Stripe"), ("check with {N} before deploying", "NEG_TOOL", "Terraform"),
           ("ask {N} to play jazz", "NEG_TOOL", "Alexa")],
    "de": [("frag mal {N}, die weiß das", "NEG_TOOL", "Alexa"), ("setz {N} in cc", "NEG_WORD", "Vertrieb"),
           ("wir zahlen mit {N}", "NEG_ORG", "Klarna")],
    "fr": [("demande à {N} la météo", "NEG_TOOL", "Siri"), ("on paie avec {N}", "NEG_ORG", "Lydia")],
    "es": [("pregúntale a {N} el tiempo", "NEG_TOOL", "Alexa"), ("pagamos con {N}", "NEG_ORG", "Bizum")],
    "it": [("chiedi a {N} che tempo fa", "NEG_TOOL", "Alexa"), ("paghiamo con {N}", "NEG_ORG", "Satispay")],
    "nl": [("vraag het aan {N}", "NEG_TOOL", "Siri"), ("we betalen met {N}", "NEG_ORG", "Tikkie")],
    "sv": [("fråga {N} om vädret", "NEG_TOOL", "Siri"), ("vi betalar med {N}", "NEG_ORG", "Swish")],
    "no": [("spør {N} om været", "NEG_TOOL", "Siri"), ("vi betaler med {N}", "NEG_ORG", "Vipps")],
    "pt": [("pergunta à {N} o tempo", "NEG_TOOL", "Alexa"), ("pagamos com {N}", "NEG_ORG", "MB Way")],
}


def cues(n):
    lg = list(CUES)[n % len(CUES)]
    d = D(lg, "cues")
    tpl = rng.choice(CUES[lg])
    g = given(lg)
    if n % 3 == 2:
        tpl, g = tpl.lower().replace("{g}", "{G}"), g.lower()
    i = tpl.index("{G}")
    d.t(tpl[:i]).span("PERSON", g).t(tpl[i + 3:] + (". " if n % 2 else "\n"))
    ntpl, lab, v = rng.choice(CUES_NEG[lg])
    i = ntpl.index("{N}")
    d.t(ntpl[:i]).span(lab, v).t(ntpl[i + 3:] + ".")
    return d


# ---- request bodies -----------------------------------------------------------------------------
WRAPS = ["openai", "openai_turns", "anth", "anth_blocks", "gemini", "responses"]
MARK = "@@DOC@@"


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def body(wrap, d, i):
    ask = ["Can you help me with this?", "Translate this to English, please.", "What does this mean?",
           "Summarise this."][i % 4]
    if wrap == "openai":
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK}]}
    elif wrap == "openai_turns":
        b = {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "You are a helpful assistant."},
                                                  {"role": "user", "content": ask},
                                                  {"role": "assistant", "content": "Sure, paste it."},
                                                  {"role": "user", "content": MARK}]}
    elif wrap == "anth":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": MARK}]}
    elif wrap == "anth_blocks":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": MARK}]}]}
    elif wrap == "gemini":
        b = {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": MARK}]}]}
    else:
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": MARK}]}]}
    raw = json.dumps(b, ensure_ascii=False, separators=(",", ":") if i % 3 == 0 else None)
    at = raw.index(MARK)
    out = raw[:at] + esc(d.text) + raw[at + len(MARK):]
    spans = []
    for s in d.spans:
        st = at + len(esc(d.text[:s["start_position"]]))
        v = esc(s["entity_value"])
        spans.append(dict(s, entity_value=v, start_position=st, end_position=st + len(v)))
    json.loads(out)
    return out, spans


def emit(text, spans, lg, cls, wrap):
    check_spans(text, spans)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "wrap": wrap}})


def main():
    docs = []
    for fn, count in ((tr_birth, 30), (nordic8, 24), (dberr, 40), (handles, 20), (pandas, 20), (a1, 20),
                      (sheets, 20), (caps, 20), (firms, 16), (cues, 18)):
        for n in range(count):
            docs.append(fn(n))
    for i, d in enumerate(docs):
        emit(d.text, d.spans, d.lg, d.cls, "plain")
        t, sp = body(WRAPS[i % len(WRAPS)], d, i)
        emit(t, sp, d.lg, d.cls, WRAPS[i % len(WRAPS)])
    write_json(records)


main()
