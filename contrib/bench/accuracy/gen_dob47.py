#!/usr/bin/env python3
"""gen_dob47.py: dates of birth as data tools, agents and markup print them (issue #15), written
from the lead's brief for stop 47 (the public briefs of the tenth, fourteenth, sixteenth and
nineteenth blind sets) before any detector rule was read or hush was run on it (branch dob47; a
tune set).

Kinds of text (metadata.class), each in 16 languages (en de fr nl es it pt pl cs sv da no fi tr
hu ro):
- jupyter: a notebook cell's JSON whose output holds a pandas frame or a record's repr:
  `Timestamp('1987-03-04 00:00:00')`, `datetime.date(1987, 3, 4)`, ISO with a time and a zone;
- mongo: mongosh documents with `ISODate("1987-03-04T00:00:00.000Z")`, `new Date(1987, 2, 4)`,
  epoch milliseconds under a key that names a birth (`dob_ms`, `birthDateMillis`);
- es: Elasticsearch hits (`_source` with a birth key and an ISO value with a time and zone);
- sheets: Sheets API values (a serial under a birth header, `=DATE(1987,3,4)`,
  `=DATE(1987;3;4)`, `=DATEDIF(DATE(...),TODAY(),"Y")`, formattedValue beside an effectiveValue);
- xml: SEPA `<BirthDt>`, `<dateOfBirth>`, `birthDate="..."` attributes, FHIR `birthDate` (JSON and
  XML), HL7 v2 `PID-7`, XLIFF and TMX segments that hold a birth;
- ssml: `<say-as interpret-as="date">` after a birth word;
- html: table cells under a birth `<th>` (the header in another row), definition lists,
  `<input type="date" name="dob" value=...>`, `<time datetime=...>`, `&nbsp;` in labels;
- sqltab: psql and mysql tables whose column is headed `dob`, `birth_date`, `geb_datum`,
  `date_naissance`, `fecha_nac`... (aligned, bordered, `\\x` expanded);
- ocr: OCR noise inside the date (`l987`, `O4.03.1987`, `04,03.1987`, spaces inside, `rn` for m)
  after a birth label, also one a little misread;
- mail: RFC 822 mails whose birth label is quoted-printable (`N=C3=A9e le`, `=C2=A0:`) or whose
  subject is an encoded word, the date itself plain;
- saas: Stripe's `dob` object (`{"day": 4, "month": 3, "year": 1987}`), HubSpot epoch ms,
  Salesforce `Birthdate`, Zendesk user fields, vCard `BDAY`;
- devtool: record-linkage pairs, Gherkin and Cypress steps, screen-reader dumps, NER training data,
  ZPL labels, regex-debugging samples;
- prose: eulogies, estate notices and character references (a few, as a regression guard).

About half the records reach the API inside a request body (metadata.wrap): a chat-completions
tool message after the assistant's tool call, an Anthropic tool_result (one string or text
blocks), a tool call's `arguments` holding the document (escaped twice) or the record's fields as
the call's own arguments; with and without `ensure_ascii`.

Look-alikes (NEG_DATE) beside the births in the same shapes: created, updated, issued, expiry,
visit and admission dates, dates of death, version dates, build timestamps, pets' births.

Labelling conventions (those of dob43-dob46): the gold span is the date as printed, from its
first to its last character (a time and zone that belong to the value included, quotes and the
callee left out: `ISODate("[1987-03-04T00:00:00.000Z]")`, `datetime.date([1987, 3, 4])`,
`=DATE([1987,3,4])`); Stripe's object from the day's value to the year's; OCR noise inside the
date included. In a body the span is the value's bytes in their escaping.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTH_WORDS, Doc, check_spans, write_json  # noqa: E402

rng = random.Random(20261206 + 47)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "cs", "sv", "da", "no", "fi", "tr", "hu",
         "ro"]


class D(Doc):
    records = records

    def dob(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)

    def person(self, name):
        return self.span("PERSON", name)


# ---- people ------------------------------------------------------------------------------------
GIVEN = {"en": ["Margaret", "Declan", "Philippa", "Graham", "Priya"],
         "de": ["Ursula", "Wolfgang", "Gisela", "Jonas", "Heike"],
         "fr": ["Josiane", "Thierry", "Odile", "Rémi", "Élodie"],
         "nl": ["Anneke", "Joost", "Marieke", "Sjoerd", "Femke"],
         "es": ["Lucía", "Iñigo", "Marisol", "Andrés", "Pilar"],
         "it": ["Chiara", "Matteo", "Giulia", "Lorenzo", "Ilaria"],
         "pt": ["Inês", "Rodrigo", "Beatriz", "João", "Conceição"],
         "pl": ["Agnieszka", "Tomasz", "Jadwiga", "Przemysław", "Urszula"],
         "cs": ["Markéta", "Vojtěch", "Zdeňka", "Radek", "Libuše"],
         "sv": ["Astrid", "Linnea", "Oskar", "Birgitta", "Viktor"],
         "da": ["Mette", "Rasmus", "Freja", "Søren", "Lone"],
         "no": ["Ingrid", "Håkon", "Sigrid", "Eirik", "Marit"],
         "fi": ["Aino", "Juhani", "Sanna", "Ville", "Tuulikki"],
         "tr": ["Elif", "Mehmet", "Ayşe", "Kaan", "Gülşen"],
         "hu": ["Réka", "Botond", "Enikő", "Zoltán", "Judit"],
         "ro": ["Ioana", "Mihai", "Raluca", "Cătălin", "Daciana"]}
SURNAME = {"en": ["Thornbury", "Galloway", "Fairweather", "Okonkwo", "Brannigan"],
           "de": ["Brandstetter", "Hölzl", "Kaufmann", "Lechner", "Wimmer"],
           "fr": ["Vasseur", "Lefebvre", "Marchand", "Poulain", "Guérin"],
           "nl": ["Brouwer", "van Dijk", "Hendriks", "Dekker", "de Wit"],
           "es": ["Navarro", "Etxeberria", "Quintana", "Salcedo", "Robles"],
           "it": ["Greco", "Fontana", "Lombardi", "Ferraro", "Marchetti"],
           "pt": ["Fonseca", "Carvalho", "Sequeira", "Teixeira", "Rebelo"],
           "pl": ["Zielińska", "Wróbel", "Kaczmarek", "Dąbrowski", "Pawlak"],
           "cs": ["Dvořáková", "Procházka", "Kučera", "Němcová", "Horák"],
           "sv": ["Lindqvist", "Bergström", "Nyberg", "Forsberg", "Engström"],
           "da": ["Nielsen", "Mortensen", "Juhl", "Skov", "Thomsen"],
           "no": ["Haugen", "Berntsen", "Solberg", "Dahle", "Nygård"],
           "fi": ["Virtanen", "Mäkinen", "Koskinen", "Hämäläinen", "Laine"],
           "tr": ["Yılmaz", "Demir", "Kaya", "Öztürk", "Yıldız"],
           "hu": ["Kovács", "Tóth", "Szabó", "Horváth", "Kiss"],
           "ro": ["Popescu", "Ionescu", "Dumitru", "Stoica", "Gheorghiu"]}
SYL = ["ra", "vos", "mil", "te", "kor", "ban", "li", "sef", "dor", "mu", "zal", "pe", "tri",
       "gan", "el", "vo", "sta", "ni", "bru", "ketz"]
END = ["ska", "ová", "ić", "escu", "oğlu", "nen", "gren", "sen", "eira", "ler", "ász", "ton",
       "ini", "ez"]


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]) + " " + rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize() + " " + s.capitalize()


def adult():
    return rng.randint(1936, 2005), rng.randint(1, 12), rng.randint(1, 28)


def recent():
    return rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)


def pet_birth():
    return rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)


# ---- months and date shapes --------------------------------------------------------------------
MON = {k: MONTH_WORDS[k] for k in "en de fr nl es it pt pl cs sv da no fi tr hu ro".split()}
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def iso(ymd):
    return "%04d-%02d-%02d" % ymd


def local(lg, ymd):
    """The language's own numeric date."""
    y, m, d = ymd
    if lg == "hu":
        return "%04d.%02d.%02d." % (y, m, d)
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "en":
        return rng.choice(["%02d/%02d/%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y)])
    if lg in ("fr", "es", "it", "pt"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def spelled(lg, ymd):
    y, m, d = ymd
    mn = MON[lg][m - 1]
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)])
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if lg in ("de", "cs", "da", "no", "fi"):
        return "%d. %s %d" % (d, mn, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mn, d)
    return "%d %s %d" % (d, mn, y)


def human(lg, ymd):
    return spelled(lg, ymd) if rng.random() < 0.3 else local(lg, ymd)


def iso_time(ymd):
    """ISO with a time and a zone, as APIs and drivers print a date column."""
    return iso(ymd) + rng.choice(["T00:00:00.000Z", "T00:00:00Z", "T00:00:00+00:00",
                                  "T00:00:00.000+01:00", " 00:00:00", "T00:00:00"])


def stamp(ymd):
    """A created/updated/build timestamp (a look-alike)."""
    return iso(ymd) + "T%02d:%02d:%02d.%03dZ" % (rng.randint(0, 23), rng.randint(0, 59),
                                                 rng.randint(0, 59), rng.randint(0, 999))


def epoch_ms(ymd):
    dt = datetime.datetime(*ymd, tzinfo=datetime.timezone.utc)
    return str(int(dt.timestamp()) * 1000)


def serial(ymd):
    return str((datetime.date(*ymd) - datetime.date(1899, 12, 30)).days)


# ---- labels and keys ---------------------------------------------------------------------------
BLABEL = {"en": ["Date of birth", "DOB", "Birth date", "Date of Birth"],
          "de": ["Geburtsdatum", "Geb.-Datum", "Geboren am"],
          "fr": ["Date de naissance", "Né(e) le", "Date naiss."],
          "nl": ["Geboortedatum", "Geb. datum", "Geboren op"],
          "es": ["Fecha de nacimiento", "F. nacimiento", "Fecha nac."],
          "it": ["Data di nascita", "Nato il", "Data nasc."],
          "pt": ["Data de nascimento", "Data nasc.", "Nascido em"],
          "pl": ["Data urodzenia", "Data ur."],
          "cs": ["Datum narození", "Dat. nar."],
          "sv": ["Födelsedatum", "Född"],
          "da": ["Fødselsdato", "Født"],
          "no": ["Fødselsdato", "Født"],
          "fi": ["Syntymäaika", "Syntymäpäivä"],
          "tr": ["Doğum tarihi", "Doğum Tarihi"],
          "hu": ["Születési dátum", "Születési idő"],
          "ro": ["Data nașterii", "Data naşterii"]}
BKEY = {"en": ["dob", "birth_date", "date_of_birth", "birthdate"],
        "de": ["geb_datum", "geburtsdatum", "gebdat"],
        "fr": ["date_naissance", "date_de_naissance", "dt_naiss"],
        "nl": ["geboortedatum", "geb_datum"],
        "es": ["fecha_nac", "fecha_nacimiento", "f_nacimiento"],
        "it": ["data_nascita", "data_di_nascita", "dt_nascita"],
        "pt": ["data_nascimento", "dt_nasc"],
        "pl": ["data_urodzenia", "data_ur"],
        "cs": ["datum_narozeni", "dat_nar"],
        "sv": ["fodelsedatum", "fodd"],
        "da": ["fodselsdato", "foedselsdato"],
        "no": ["fodselsdato", "fodt"],
        "fi": ["syntymaaika", "syntymapaiva"],
        "tr": ["dogum_tarihi", "d_tarihi"],
        "hu": ["szuletesi_datum", "szul_datum"],
        "ro": ["data_nasterii", "data_nastere"]}
# camelCase keys of APIs
CAMEL = ["birthDate", "dateOfBirth", "dob", "birthday", "geburtsdatum", "dateNaissance",
         "fechaNacimiento", "dataNascita", "dataNascimento", "geboortedatum"]
# Look-alike keys and labels: (key, label per language, kind of value)
NEGKEY = ["created_at", "updated_at", "issued_on", "expires_on", "visit_date", "admitted_at",
          "date_of_death", "last_login", "build_date", "valid_until"]
NEGLABEL = {"en": ["Date of death", "Issued", "Expiry date", "Visit date", "Admitted", "Created"],
            "de": ["Sterbedatum", "Ausgestellt am", "Gültig bis", "Besuchsdatum", "Aufnahme"],
            "fr": ["Date de décès", "Délivré le", "Date d'expiration", "Date de visite", "Admission"],
            "nl": ["Overlijdensdatum", "Afgegeven op", "Geldig tot", "Bezoekdatum", "Opname"],
            "es": ["Fecha de defunción", "Expedido el", "Caduca", "Fecha de visita", "Ingreso"],
            "it": ["Data di morte", "Rilasciato il", "Scadenza", "Data visita", "Ricovero"],
            "pt": ["Data de óbito", "Emitido em", "Validade", "Data da consulta", "Admissão"],
            "pl": ["Data zgonu", "Data wydania", "Ważny do", "Data wizyty", "Przyjęcie"],
            "cs": ["Datum úmrtí", "Datum vydání", "Platnost do", "Datum návštěvy", "Přijetí"],
            "sv": ["Dödsdatum", "Utfärdat", "Giltigt till", "Besöksdatum", "Inskriven"],
            "da": ["Dødsdato", "Udstedt", "Gyldig til", "Besøgsdato", "Indlagt"],
            "no": ["Dødsdato", "Utstedt", "Gyldig til", "Besøksdato", "Innlagt"],
            "fi": ["Kuolinpäivä", "Myönnetty", "Voimassa", "Käyntipäivä", "Saapunut"],
            "tr": ["Ölüm tarihi", "Veriliş tarihi", "Geçerlilik", "Ziyaret tarihi", "Yatış"],
            "hu": ["Halálozás dátuma", "Kiállítva", "Érvényes", "Látogatás", "Felvétel"],
            "ro": ["Data decesului", "Eliberat la", "Valabil până la", "Data vizitei", "Internare"]}
NAMEKEY = {"en": "name", "de": "name", "fr": "nom", "nl": "naam", "es": "nombre", "it": "nome",
           "pt": "nome", "pl": "imie_nazwisko", "cs": "jmeno", "sv": "namn", "da": "navn",
           "no": "navn", "fi": "nimi", "tr": "ad_soyad", "hu": "nev", "ro": "nume"}
PETS = {"en": "dog", "de": "Hund", "fr": "chien", "nl": "hond", "es": "perro", "it": "cane",
        "pt": "cão", "pl": "pies", "cs": "pes", "sv": "hund", "da": "hund", "no": "hund",
        "fi": "koira", "tr": "köpek", "hu": "kutya", "ro": "câine"}


def nlabel(lg):
    """The name field's label as a form or a page shows it."""
    return NAMEKEY[lg].replace("_", " ").capitalize()


def blabel(lg):
    return rng.choice(BLABEL[lg])


def bkey(lg):
    return rng.choice(BKEY[lg]) if rng.random() < 0.75 else rng.choice(BKEY["en"])


def neg_pair(lg):
    """(label, value) of a look-alike date in lg."""
    lab = rng.choice(NEGLABEL[lg])
    old = lab in (NEGLABEL[lg][0],)
    ymd = (rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)) if old else recent()
    return lab, ymd


# ---- kinds -------------------------------------------------------------------------------------
def k_jupyter(d, lg):
    """A notebook cell's JSON: source and an execute_result whose text/plain is a frame or a repr."""
    ppl = [person(lg) for _ in range(rng.randint(1, 3))]
    bk = bkey(lg)
    nk = rng.choice(["created_at", "updated_at", "admitted_at", "visit_date"])
    style = rng.choice(["frame", "repr_date", "repr_ts", "dict_iso"])
    d.t('{\n "cell_type": "code",\n "execution_count": %d,\n "metadata": {},\n "outputs": [\n  {\n'
        '   "data": {\n    "text/plain": [\n' % rng.randint(3, 40))
    if style == "frame":
        d.t('     "%s%s%s\\n",\n' % (" " * 4, NAMEKEY[lg].rjust(22), (bk.rjust(14) + nk.rjust(28))))
        for k, p in enumerate(ppl):
            d.t('     "%d  %s' % (k, " " * max(2, 22 - len(p)))).person(p)
            d.t("  ").dob(iso(adult())).t("  ").neg(iso(recent()) + " %02d:%02d:%02d" % (
                rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))).t('\\n",\n')
        d.t('     "\\n",\n     "[%d rows x 3 columns]"\n' % len(ppl))
    elif style == "repr_date":
        p = ppl[0]
        d.t('     "{\'%s\': \'' % NAMEKEY[lg]).person(p).t("',\\n\",\n")
        y, m, dd = adult()
        d.t('     " \'%s\': datetime.date(' % bk).dob("%d, %d, %d" % (y, m, dd)).t('),\\n",\n')
        y, m, dd = recent()
        d.t('     " \'%s\': datetime.datetime(' % nk).neg("%d, %d, %d, %d, %d" % (
            y, m, dd, rng.randint(0, 23), rng.randint(0, 59))).t(')}"\n')
    elif style == "repr_ts":
        p = ppl[0]
        d.t('     "%s    ' % NAMEKEY[lg].ljust(16)).person(p).t('\\n",\n')
        d.t('     "%s    Timestamp(\'' % bk.ljust(16)).dob(iso(adult()) + " 00:00:00").t("')\\n\",\n")
        d.t('     "%s    Timestamp(\'' % nk.ljust(16)).neg(stamp(recent())[:19].replace("T", " "))
        d.t("')\\n\",\n     \"Name: %d, dtype: object\"\n" % rng.randint(0, 500))
    else:
        p = ppl[0]
        d.t('     "{\'%s\': \'' % NAMEKEY[lg]).person(p).t("', ")
        d.t("'%s': '" % bk).dob(iso_time(adult())).t("', ")
        d.t("'%s': '" % nk).neg(stamp(recent())).t("'}\"\n")
    d.t('    ]\n   },\n   "execution_count": %d,\n   "output_type": "execute_result"\n  }\n ],\n'
        ' "source": [\n  "df.loc[df[\\"%s\\"].notna()].head()"\n ]\n}\n' % (rng.randint(3, 40), bk))


def k_mongo(d, lg):
    p = person(lg)
    key = rng.choice(CAMEL) if rng.random() < 0.5 else bkey(lg)
    form = rng.choice(["isodate", "isodate_short", "newdate", "ms", "ejson"])
    d.t("%s> db.%s.findOne({ _id: ObjectId(\"%024x\") })\n{\n" % (
        rng.choice(["test", "crm", "clinic", "members"]),
        rng.choice(["patients", "customers", "members", "users"]), rng.getrandbits(96)))
    d.t("  _id: ObjectId(\"%024x\"),\n  %s: '" % (rng.getrandbits(96), NAMEKEY[lg])).person(p)
    d.t("',\n")
    ymd = adult()
    if form == "isodate":
        d.t('  %s: ISODate("' % key).dob(iso(ymd) + "T00:00:00.000Z").t('"),\n')
    elif form == "isodate_short":
        d.t('  %s: ISODate("' % key).dob(iso(ymd)).t('"),\n')
    elif form == "newdate":
        d.t("  %s: new Date(" % key).dob("%d, %d, %d" % (ymd[0], ymd[1] - 1, ymd[2])).t("),\n")
    elif form == "ms":
        key = rng.choice(["dob_ms", "birthDateMillis", "birth_date_ms", "dateOfBirthEpochMs",
                          "geburtsdatum_ms"])
        if rng.random() < 0.4:
            d.t('  %s: Long("' % key).dob(epoch_ms(ymd)).t('"),\n')
        else:
            d.t("  %s: " % key).dob(epoch_ms(ymd)).t(",\n")
    else:
        d.t('  %s: { "$date": "' % key).dob(iso(ymd) + "T00:00:00Z").t('" },\n')
    r = rng.random()
    if r < 0.4:
        d.t('  createdAt: ISODate("').neg(stamp(recent())).t('"),\n')
    elif r < 0.6:
        d.t('  pet: { name: "%s", species: "%s", birthDate: ISODate("' % (
            rng.choice(["Rex", "Bella", "Luna", "Milo"]), PETS["en"]))
        d.neg(iso(pet_birth()) + "T00:00:00.000Z").t('") },\n')
    elif r < 0.8:
        d.t('  lastVisit: new Date(').neg("%d, %d, %d" % tuple(
            x - (1 if i == 1 else 0) for i, x in enumerate(recent()))).t("),\n")
    d.t("  updatedAt: ISODate(\"").neg(stamp(recent())).t("\")\n}\n")


def k_es(d, lg):
    n = rng.randint(1, 2)
    idx = rng.choice(["customers-2024", "patients", "members_v3", "kyc-records"])
    d.t('{\n  "took": %d,\n  "timed_out": false,\n  "hits": {\n    "total": { "value": %d, '
        '"relation": "eq" },\n    "max_score": 1.0,\n    "hits": [\n' % (rng.randint(1, 40), n))
    key = rng.choice(CAMEL) if rng.random() < 0.5 else bkey(lg)
    for k in range(n):
        p = person(lg)
        d.t('      {\n        "_index": "%s",\n        "_id": "%d",\n        "_score": 1.0,\n'
            '        "_source": {\n          "%s": "' % (idx, rng.randint(100, 99999), NAMEKEY[lg]))
        d.person(p).t('",\n          "%s": "' % key)
        ymd = adult()
        d.dob(rng.choice([iso_time(ymd), iso(ymd), iso_time(ymd)])).t('",\n')
        nk = rng.choice(["@timestamp", "created", "last_seen", "policy_expiry", "date_of_death"])
        d.t('          "%s": "' % nk).neg(stamp(recent()) if nk[0] in "@cl" else iso(recent()))
        d.t('"\n        }\n      }%s\n' % ("," if k < n - 1 else ""))
    d.t("    ]\n  }\n}\n")


def k_sheets(d, lg):
    style = rng.choice(["serial", "formula", "formula_eu", "datedif", "formatted"])
    head = rng.choice([blabel(lg), bkey(lg), "DOB"])
    nhead = rng.choice(NEGLABEL[lg])
    ppl = [person(lg) for _ in range(rng.randint(1, 3))]
    if style == "formatted":
        p = ppl[0]
        ymd = adult()
        d.t('{\n  "sheets": [{"data": [{"rowData": [\n    {"values": [{"formattedValue": "%s"}, '
            '{"formattedValue": "%s"}]},\n    {"values": [\n      {"formattedValue": "' % (
                nlabel(lg), head))
        d.person(p).t('"},\n      {"effectiveValue": {"numberValue": ').dob(serial(ymd))
        d.t('}, "formattedValue": "').dob(local(lg, ymd)).t('"}\n    ]}\n  ]}]}]\n}\n')
        return
    d.t('{\n  "range": "%s!A1:C%d",\n  "majorDimension": "ROWS",\n  "values": [\n' % (
        rng.choice(["Sheet1", "Members", "Kunden", "Inscrits", "Leden"]), len(ppl) + 1))
    d.t('    ["%s", "%s", "%s"],\n' % (nlabel(lg), head, nhead))
    for k, p in enumerate(ppl):
        ymd = adult()
        n = recent()
        d.t('    ["').person(p).t('", ')
        if style == "serial":
            d.dob(serial(ymd)).t(", ").neg(serial(n))
        elif style == "formula":
            d.t('"=DATE(').dob("%d,%d,%d" % ymd).t(')", "=DATE(').neg("%d,%d,%d" % n).t(')"')
        elif style == "formula_eu":
            d.t('"=DATE(').dob("%d;%d;%d" % ymd).t(')", "=DATUM(').neg("%d;%d;%d" % n).t(')"')
        else:
            d.t('"=DATEDIF(DATE(').dob("%d,%d,%d" % ymd).t('),TODAY(),\\"Y\\")", ')
            d.t('"=DATE(').neg("%d,%d,%d" % n).t(')"')
        d.t("]%s\n" % ("," if k < len(ppl) - 1 else ""))
    d.t("  ]\n}\n")


CTRY = {"en": "IE", "de": "AT", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT",
        "pl": "PL", "cs": "CZ", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "tr": "TR",
        "hu": "HU", "ro": "RO"}


def k_xml(d, lg):
    style = rng.choice(["sepa", "dateofbirth", "attr", "fhir_xml", "fhir_json", "hl7", "xliff",
                        "tmx"])
    p = person(lg)
    ymd = adult()
    if style == "sepa":
        d.t('<Dbtr>\n  <Nm>').person(p).t('</Nm>\n  <Id>\n    <PrvtId>\n      <DtAndPlcOfBirth>\n'
                                          '        <BirthDt>').dob(iso(ymd))
        d.t('</BirthDt>\n        <CityOfBirth>%s</CityOfBirth>\n        <CtryOfBirth>%s'
            '</CtryOfBirth>\n      </DtAndPlcOfBirth>\n    </PrvtId>\n  </Id>\n</Dbtr>\n'
            '<ReqdExctnDt>\n  <Dt>' % (rng.choice(["Wien", "Lyon", "Porto", "Gent", "Brno"]),
                                     CTRY[lg]))
        d.neg(iso(recent())).t("</Dt>\n</ReqdExctnDt>\n<CreDtTm>").neg(stamp(recent())[:19])
        d.t("</CreDtTm>\n")
    elif style == "dateofbirth":
        tag = rng.choice(["dateOfBirth", "DateOfBirth", "birthDate", "geburtsdatum", "BirthDate",
                          "dob", "DOB", "fechaNacimiento", "dataNascita"])
        d.t('<person id="%d">\n  <fullName>' % rng.randint(1, 9999)).person(p)
        d.t("</fullName>\n  <%s>" % tag).dob(rng.choice([iso(ymd), local(lg, ymd), iso_time(ymd)]))
        d.t("</%s>\n  <registered>" % tag).neg(iso(recent())).t("</registered>\n</person>\n")
    elif style == "attr":
        attr = rng.choice(["birthDate", "dob", "dateOfBirth", "geburtsdatum", "birth_date"])
        d.t('<member name="').person(p).t('" %s="' % attr).dob(iso(ymd))
        d.t('" joined="').neg(iso(recent())).t('" status="active"/>\n')
    elif style == "fhir_xml":
        d.t('<Patient xmlns="http://hl7.org/fhir">\n  <meta><lastUpdated value="')
        d.neg(stamp(recent())).t('"/></meta>\n  <name><text value="').person(p)
        d.t('"/></name>\n  <gender value="%s"/>\n  <birthDate value="' % rng.choice(
            ["female", "male"])).dob(iso(ymd)).t('"/>\n</Patient>\n')
    elif style == "fhir_json":
        d.t('{\n  "resourceType": "Patient",\n  "id": "pat-%d",\n  "meta": {"lastUpdated": "' %
            rng.randint(100, 9999)).neg(stamp(recent())).t('"},\n  "name": [{"text": "')
        d.person(p).t('"}],\n  "birthDate": "').dob(iso(ymd)).t('"')
        if rng.random() < 0.4:
            d.t(',\n  "deceasedDateTime": "').neg(iso(recent()) + "T04:10:00+01:00").t('"')
        d.t("\n}\n")
    elif style == "hl7":
        given, _, sur = p.partition(" ")
        adm = recent()
        d.t("MSH|^~\\&|ADT|HOSP|LAB|HOSP|").neg("%04d%02d%02d%02d%02d" % (
            adm + (rng.randint(0, 23), rng.randint(0, 59))))
        d.t("||ADT^A01|%d|P|2.5\r" % rng.randint(10000, 99999))
        d.t("PID|1||%d^^^HOSP^MR||" % rng.randint(100000, 999999)).person(sur.upper())
        d.t("^").person(given.upper()).t("^^^^^L||")
        d.dob("%04d%02d%02d" % ymd + (rng.choice(["", "0000", ""])))
        d.t("|%s|||%s\rPV1|1|I|W2^12^1||||||||||||||||%d|||||||||||||||||||||||||" % (
            rng.choice("FM"), rng.choice(["MAIN ST 1^^X", "^^^"]), rng.randint(1000, 9999)))
        d.neg("%04d%02d%02d%02d%02d" % (adm + (rng.randint(0, 23), rng.randint(0, 59))))
        d.t("\r")
    elif style == "xliff":
        d.t('<trans-unit id="%d">\n  <source>%s: ' % (rng.randint(1, 999), BLABEL["en"][0]))
        d.dob(local("en", ymd)).t("</source>\n  <target>%s: " % BLABEL[lg][0])
        d.dob(local(lg, ymd)).t("</target>\n</trans-unit>\n")
        d.t('<trans-unit id="%d">\n  <source>Name: ' % rng.randint(1, 999)).person(p)
        d.t("</source>\n</trans-unit>\n")
    else:
        d.t('<tu tuid="%d" creationdate="' % rng.randint(1, 999))
        n = recent()
        d.neg("%04d%02d%02dT%02d%02d%02dZ" % (n + (rng.randint(0, 23), rng.randint(0, 59),
                                                    rng.randint(0, 59))))
        d.t('">\n  <tuv xml:lang="en"><seg>').person(p).t(", born ").dob(spelled("en", ymd))
        d.t("</seg></tuv>\n  <tuv xml:lang=\"%s\"><seg>" % lg).person(p).t(", %s " % (
            BLABEL[lg][0].lower() if lg != "en" else "born")).dob(spelled(lg, ymd))
        d.t("</seg></tuv>\n</tu>\n")


SSML_ASK = {"en": "Thank you. I have your date of birth as",
            "de": "Danke. Ihr Geburtsdatum ist der",
            "fr": "Merci. Votre date de naissance est le",
            "nl": "Dank u. Uw geboortedatum is",
            "es": "Gracias. Su fecha de nacimiento es el",
            "it": "Grazie. La sua data di nascita è il",
            "pt": "Obrigado. A sua data de nascimento é",
            "pl": "Dziękuję. Pana data urodzenia to",
            "cs": "Děkuji. Vaše datum narození je",
            "sv": "Tack. Ditt födelsedatum är",
            "da": "Tak. Din fødselsdato er",
            "no": "Takk. Din fødselsdato er",
            "fi": "Kiitos. Syntymäaikasi on",
            "tr": "Teşekkürler. Doğum tarihiniz",
            "hu": "Köszönöm. Az Ön születési dátuma",
            "ro": "Mulțumesc. Data nașterii dumneavoastră este"}
SSML_APPT = {"en": "Your appointment is on", "de": "Ihr Termin ist am",
             "fr": "Votre rendez-vous est le", "nl": "Uw afspraak is op",
             "es": "Su cita es el", "it": "Il suo appuntamento è il",
             "pt": "A sua consulta é a", "pl": "Wizyta jest", "cs": "Vaše schůzka je",
             "sv": "Ditt besök är", "da": "Din tid er", "no": "Timen din er",
             "fi": "Aikasi on", "tr": "Randevunuz", "hu": "Az időpontja", "ro": "Programarea este"}


def k_ssml(d, lg):
    ymd = adult()
    fmt = rng.choice(["dmy", "ymd", "mdy"])
    y, m, dd = ymd
    v = {"dmy": "%02d-%02d-%04d" % (dd, m, y), "ymd": iso(ymd),
         "mdy": "%02d/%02d/%04d" % (m, dd, y)}[fmt]
    d.t('<speak>\n  <p>%s ' % rng.choice(["Hello", "Hallo", "Bonjour", "Hola", "Ciao", "Hej"]))
    d.person(person(lg)).t(".</p>\n  <p>%s\n    <say-as interpret-as=\"date\" format=\"%s\">" % (
        SSML_ASK[lg], fmt))
    d.dob(v).t("</say-as>.</p>\n")
    n = recent()
    d.t('  <p>%s <say-as interpret-as="date" format="ymd">' % SSML_APPT[lg]).neg(iso(n))
    d.t('</say-as> <break time="300ms"/></p>\n</speak>\n')


def k_html(d, lg):
    style = rng.choice(["th_row", "th_col", "dl", "input", "time", "nbsp"])
    p = person(lg)
    ymd = adult()
    if style == "th_row":
        ppl = [p] + [person(lg) for _ in range(rng.randint(0, 2))]
        nlab = rng.choice(NEGLABEL[lg])
        d.t('<table class="records">\n  <thead>\n    <tr><th>%s</th><th>%s</th><th>%s</th></tr>\n'
            '  </thead>\n  <tbody>\n' % (nlabel(lg), blabel(lg), nlab))
        for q in ppl:
            d.t("    <tr><td>").person(q).t("</td><td>").dob(human(lg, adult()))
            d.t("</td><td>").neg(local(lg, recent())).t("</td></tr>\n")
        d.t("  </tbody>\n</table>\n")
    elif style == "th_col":
        d.t('<table>\n  <tr><th scope="row">%s</th><td>' % nlabel(lg)).person(p)
        d.t('</td></tr>\n  <tr><th scope="row">%s</th>\n      <td>' % blabel(lg))
        d.dob(human(lg, ymd)).t("</td></tr>\n")
        lab, n = neg_pair(lg)
        d.t('  <tr><th scope="row">%s</th><td>' % lab).neg(local(lg, n)).t("</td></tr>\n</table>\n")
    elif style == "dl":
        d.t("<dl>\n  <dt>%s</dt>\n  <dd>" % nlabel(lg)).person(p)
        d.t("</dd>\n  <dt>%s</dt>\n  <dd>" % blabel(lg)).dob(human(lg, ymd)).t("</dd>\n")
        lab, n = neg_pair(lg)
        d.t("  <dt>%s</dt>\n  <dd>" % lab).neg(local(lg, n)).t("</dd>\n</dl>\n")
    elif style == "input":
        name = rng.choice(["dob", "birthdate", "birth_date", "geburtsdatum", "date_naissance",
                           "fecha_nacimiento"])
        d.t('<label for="fn">%s</label>\n<input id="fn" name="fullname" value="' %
            nlabel(lg)).person(p)
        d.t('">\n<label for="bd">%s</label>\n<input id="bd" type="date" name="%s" value="' % (
            blabel(lg), name)).dob(iso(ymd))
        d.t('">\n<input type="date" name="start_date" value="').neg(iso(recent())).t('">\n')
    elif style == "time":
        d.t('<article class="profile">\n  <h2>').person(p).t('</h2>\n  <p>%s <time datetime="' % (
            {"en": "Born", "de": "Geboren", "fr": "Né le", "es": "Nacido el", "it": "Nato il"}.get(
                lg, blabel(lg))))
        d.dob(iso(ymd)).t('">').dob(spelled(lg, ymd)).t("</time></p>\n")
        d.t('  <p class="meta">Updated <time datetime="').neg(stamp(recent())).t('">')
        d.t("yesterday</time></p>\n</article>\n")
    else:
        lab = blabel(lg).replace(" ", "&nbsp;")
        d.t("<p><b>%s:</b> " % nlabel(lg)).person(p).t("<br>\n<b>%s:</b>&nbsp;" % lab)
        d.dob(local(lg, ymd)).t("<br>\n")
        lab2, n = neg_pair(lg)
        d.t("<b>%s:</b>&nbsp;" % lab2.replace(" ", "&nbsp;")).neg(local(lg, n)).t("</p>\n")


def k_sqltab(d, lg):
    style = rng.choice(["psql", "mysql", "expanded"])
    bk = bkey(lg)
    nk = rng.choice(["created_at", "updated_at", "admitted_at", "visit_date", "issued_on",
                     "date_of_death"])
    ppl = [person(lg) for _ in range(rng.randint(1, 3))]
    rows = []
    for p in ppl:
        ymd = adult()
        bv = rng.choice([iso(ymd), iso(ymd), iso(ymd) + " 00:00:00", local(lg, ymd)])
        nv = iso(recent()) + (" %02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59),
                                                   rng.randint(0, 59)) if "_at" in nk else "")
        rows.append((str(rng.randint(1, 999)), p, bv, nv))
    nm = NAMEKEY[lg]
    w = [max(2, max(len(r[0]) for r in rows)), max(len(nm), max(len(r[1]) for r in rows)),
         max(len(bk), max(len(r[2]) for r in rows)), max(len(nk), max(len(r[3]) for r in rows))]
    if style == "expanded":
        d.t("%s=> \\x\nExpanded display is on.\n%s=> SELECT * FROM %s WHERE id IN (%s);\n" % (
            "crm", "crm", rng.choice(["clients", "patients", "members"]),
            ", ".join(r[0] for r in rows)))
        kw = max(len("id"), len(nm), len(bk), len(nk))
        for k, r in enumerate(rows):
            d.t("-[ RECORD %d ]%s\n" % (k + 1, "-" * 20))
            d.t("%s | %s\n" % ("id".ljust(kw), r[0]))
            d.t("%s | " % nm.ljust(kw)).person(r[1]).t("\n")
            d.t("%s | " % bk.ljust(kw)).dob(r[2]).t("\n")
            d.t("%s | " % nk.ljust(kw)).neg(r[3]).t("\n")
        return
    if style == "psql":
        d.t("crm=> SELECT id, %s, %s, %s FROM people LIMIT %d;\n" % (nm, bk, nk, len(rows)))
        d.t(" %s | %s | %s | %s\n" % tuple(h.center(w[i]) for i, h in enumerate(
            ["id", nm, bk, nk])))
        d.t("-" + "-+-".join("-" * x for x in w) + "-\n")
        for r in rows:
            d.t(" %s | " % r[0].rjust(w[0])).person(r[1]).t(" " * (w[1] - len(r[1])) + " | ")
            d.dob(r[2]).t(" " * (w[2] - len(r[2])) + " | ").neg(r[3]).t(" " * (w[3] - len(r[3])))
            d.t("\n")
        d.t("(%d row%s)\n" % (len(rows), "" if len(rows) == 1 else "s"))
        return
    border = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    d.t("mysql> SELECT id, %s, %s, %s FROM people;\n" % (nm, bk, nk))
    d.t(border + "| %s | %s | %s | %s |\n" % tuple(h.ljust(w[i]) for i, h in enumerate(
        ["id", nm, bk, nk])) + border)
    for r in rows:
        d.t("| %s | " % r[0].rjust(w[0])).person(r[1]).t(" " * (w[1] - len(r[1])) + " | ")
        d.dob(r[2]).t(" " * (w[2] - len(r[2])) + " | ").neg(r[3]).t(" " * (w[3] - len(r[3])))
        d.t(" |\n")
    d.t(border + "%d row%s in set (0.00 sec)\n" % (len(rows), "" if len(rows) == 1 else "s"))


def ocr_noise(v):
    """One or two OCR slips inside a date: O for 0, l for 1, a comma for a dot, stray spaces."""
    ops = rng.sample(["O", "l", "comma", "space", "spacedot"], rng.choice((1, 1, 2)))
    s = v
    for op in ops:
        if op == "O" and "0" in s:
            i = s.index("0")
            s = s[:i] + "O" + s[i + 1:]
        elif op == "l" and "1" in s:
            i = s.index("1")
            s = s[:i] + "l" + s[i + 1:]
        elif op == "comma" and "." in s:
            i = s.index(".")
            s = s[:i] + "," + s[i + 1:]
        elif op == "space" and len(s) > 6:
            i = rng.randint(1, len(s) - 2)
            if s[i] != " " and s[i - 1] != " ":
                s = s[:i] + " " + s[i:]
        elif op == "spacedot":
            s = s.replace(".", " . ", 1).replace("/", " / ", 1)
    return s


def k_ocr(d, lg):
    p = person(lg)
    ymd = adult()
    v = rng.choice([local(lg, ymd), "%02d.%02d.%04d" % (ymd[2], ymd[1], ymd[0]),
                    spelled(lg, ymd)])
    if not any(c.isalpha() for c in v):
        v = ocr_noise(v)
    elif rng.random() < 0.5:
        v = v.replace("1", "l", 1) if "1" in v else v.replace("m", "rn", 1)
    lab = blabel(lg)
    if rng.random() < 0.3:
        lab = lab.replace("i", "l", 1).replace("o", "0", 1)
    d.t("%s\n" % rng.choice(["| REPUBLIK ÖSTERREICH |", "~ ~ FORMULARZ ~ ~", "CARTE DE MEMBRE :",
                             "-- scan p. 1/2 --", "==== PAGE 1 ===="]))
    d.t("%s: " % nlabel(lg)).person(p).t("  |\n")
    d.t("%s%s" % (lab, rng.choice([": ", " : ", " ", ":  "]))).dob(v).t(rng.choice(["\n", "  |\n",
                                                                                    " .\n"]))
    lab2, n = neg_pair(lg)
    nv = local(lg, n)
    d.t("%s: " % lab2).neg(ocr_noise(nv) if rng.random() < 0.5 else nv).t("\n")


QP_LABEL = {"en": ["Date of birth", "Date of birth=C2=A0"],
            "de": ["Geburtsdatum", "Geb.=C2=A0Datum", "Geburtsdatum=C2=A0"],
            "fr": ["Date de naissance=C2=A0", "N=C3=A9e le", "N=C3=A9 le"],
            "nl": ["Geboortedatum"], "es": ["Fecha de nacimiento"],
            "it": ["Data di nascita", "Nata il"], "pt": ["Data de nascimento"],
            "pl": ["Data urodzenia"], "cs": ["Datum narozen=C3=AD"],
            "sv": ["F=C3=B6delsedatum", "F=C3=B6dd"], "da": ["F=C3=B8dselsdato"],
            "no": ["F=C3=B8dselsdato", "F=C3=B8dt"], "fi": ["Syntym=C3=A4aika"],
            "tr": ["Do=C4=9Fum tarihi"], "hu": ["Sz=C3=BClet=C3=A9si d=C3=A1tum"],
            "ro": ["Data na=C8=99terii"]}
SUBJ = {"en": "Registration", "de": "Anmeldung", "fr": "Inscription", "nl": "Aanmelding",
        "es": "Inscripción", "it": "Iscrizione", "pt": "Inscrição", "pl": "Zgłoszenie",
        "cs": "Přihláška", "sv": "Anmälan", "da": "Tilmelding", "no": "Påmelding",
        "fi": "Ilmoittautuminen", "tr": "Kayıt", "hu": "Jelentkezés", "ro": "Înscriere"}


def qp_word(s):
    out = []
    for ch in s:
        if ch == " ":
            out.append("_")
        elif ord(ch) < 128 and ch.isalnum():
            out.append(ch)
        else:
            out.extend("=%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


def k_mail(d, lg):
    p = person(lg)
    ymd = adult()
    d.t("From: =?UTF-8?Q?%s?= <%s@example.org>\n" % (qp_word(p), rng.choice(
        ["office", "info", "kontakt", "secretariat"])))
    d.t("To: registrations@example.net\nSubject: =?UTF-8?Q?%s_%s?=\n" % (
        qp_word(SUBJ[lg]), qp_word(p.split()[0])))
    d.t("Date: ").neg("Tue, %d Mar 2026 09:%02d:11 +0100" % (rng.randint(1, 28),
                                                            rng.randint(0, 59)))
    d.t("\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n")
    d.t("%s: " % nlabel(lg)).person(p).t("\n")
    lab = rng.choice(QP_LABEL[lg])
    if rng.random() < 0.25:
        d.t("%s:=\n " % lab).dob(local(lg, ymd)).t("\n")
    else:
        d.t("%s: " % lab).dob(human(lg, ymd)).t("\n")
    lab2, n = neg_pair(lg)
    d.t("%s: " % qp_word(lab2).replace("_", " ")).neg(local(lg, n)).t("\n\n-- =\n\n%s\n" % rng.choice(
        ["Sekretariat", "Secr=C3=A9tariat", "Office", "Kancel=C3=A1=C5=99"]))


def k_saas(d, lg):
    style = rng.choice(["stripe", "hubspot", "salesforce", "zendesk", "vcard"])
    p = person(lg)
    ymd = adult()
    if style == "stripe":
        first, _, last = p.partition(" ")
        d.t('{\n  "id": "acct_1P%s",\n  "object": "account",\n  "individual": {\n'
            '    "first_name": "' % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
                                       for _ in range(14)))
        d.person(first).t('",\n    "last_name": "').person(last).t('",\n    "dob": {\n      "day": ')
        d.dob('%d,\n      "month": %d,\n      "year": %d' % (ymd[2], ymd[1], ymd[0]))
        d.t("\n    }\n  },\n  \"created\": ").neg(str(int(datetime.datetime(
            *recent(), tzinfo=datetime.timezone.utc).timestamp()))).t("\n}\n")
    elif style == "hubspot":
        d.t('{\n  "id": "%d",\n  "properties": {\n    "firstname": "' % rng.randint(10 ** 9, 10 ** 10))
        first, _, last = p.partition(" ")
        d.person(first).t('",\n    "lastname": "').person(last).t('",\n    "date_of_birth": "')
        d.dob(epoch_ms(ymd)).t('",\n    "createdate": "').neg(stamp(recent()))
        d.t('",\n    "lastmodifieddate": "').neg(stamp(recent())).t('"\n  }\n}\n')
    elif style == "salesforce":
        d.t('{\n  "attributes": {"type": "Contact", "url": "/services/data/v59.0/sobjects/Contact/'
            '003%s"},\n  "Name": "' % "".join(rng.choice("ABCDEFGHIJ0123456789") for _ in range(12)))
        d.person(p).t('",\n  "Birthdate": "').dob(iso(ymd)).t('",\n  "CreatedDate": "')
        d.neg(stamp(recent())[:23] + "+0000").t('",\n  "Pet_Birthdate__c": "').neg(iso(pet_birth()))
        d.t('"\n}\n')
    elif style == "zendesk":
        d.t('{\n  "user": {\n    "id": %d,\n    "name": "' % rng.randint(10 ** 10, 10 ** 11))
        d.person(p).t('",\n    "created_at": "').neg(stamp(recent())[:19] + "Z")
        d.t('",\n    "user_fields": {\n      "%s": "' % rng.choice(
            ["birthday", "date_of_birth", "geburtsdatum", "dob"])).dob(iso(ymd))
        d.t('",\n      "contract_end": "').neg(iso(recent())).t('"\n    }\n  }\n}\n')
    else:
        first, _, last = p.partition(" ")
        d.t("BEGIN:VCARD\nVERSION:%s\nN:" % rng.choice(["3.0", "4.0"])).person(last).t(";")
        d.person(first).t(";;;\nFN:").person(p).t("\n")
        if rng.random() < 0.5:
            d.t("BDAY:").dob("%04d%02d%02d" % ymd)
        else:
            d.t("BDAY;VALUE=date:").dob(iso(ymd))
        d.t("\nREV:").neg("%04d%02d%02dT%02d%02d%02dZ" % (recent() + (
            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))).t("\nEND:VCARD\n")


STEP = {"en": 'And I fill in "Date of birth" with "', "de": 'Und ich gebe bei "Geburtsdatum" "',
        "fr": 'Et je saisis "Date de naissance" : "', "nl": 'En ik vul bij "Geboortedatum" "',
        "es": 'Y relleno "Fecha de nacimiento" con "', "it": 'E inserisco "Data di nascita" con "',
        "pt": 'E preencho "Data de nascimento" com "'}


def k_devtool(d, lg):
    style = rng.choice(["linkage", "gherkin", "cypress", "reader", "ner", "zpl", "regex"])
    p = person(lg)
    ymd = adult()
    if style == "linkage":
        q = p.upper() if rng.random() < 0.5 else p
        bk = bkey(lg)
        d.t("pair %d  score=0.%02d  match=%s\n  left.%s=" % (rng.randint(1, 9999), rng.randint(70, 99),
                                                              rng.choice(["true", "review"]),
                                                              NAMEKEY[lg]))
        d.person(p).t("  left.%s=" % bk).dob(iso(ymd)).t("\n  right.%s=" % NAMEKEY[lg]).person(q)
        d.t("  right.%s=" % bk).dob(local(lg, ymd)).t("\n  left.created=").neg(iso(recent()))
        d.t("\n")
    elif style == "gherkin":
        step = STEP.get(lg, STEP["en"])
        d.t("  Scenario: register a new member\n    Given I am on the sign-up page\n"
            '    When I fill in "Name" with "').person(p).t('"\n    ' + step)
        d.dob(rng.choice([local(lg, ymd), iso(ymd)])).t('"%s\n' % (
            " ein" if lg == "de" else (" in" if lg == "nl" else "")))
        d.t('    And I fill in "Start date" with "').neg(local("en", recent()))
        d.t('"\n    Then I see "Welcome"\n')
    elif style == "cypress":
        sel = rng.choice(["#dob", "[name=birthDate]", "[data-cy=date-of-birth]", "#geburtsdatum",
                          "input[name=\"birth_date\"]"])
        d.t("it('registers a member', () => {\n  cy.get('#name').type('").person(p)
        d.t("')\n  cy.get('%s').type('" % sel).dob(iso(ymd) if rng.random() < 0.5 else
                                               local(lg, ymd))
        d.t("')\n  cy.get('#start').type('").neg(iso(recent())).t("')\n  cy.contains('Save')"
                                                                  ".click()\n})\n")
    elif style == "reader":
        lab = blabel(lg)
        d.t("[VoiceOver] heading level 2, %s\n[VoiceOver] edit text, %s, " % (
            rng.choice(["Your details", "Ihre Angaben", "Vos informations"]),
            nlabel(lg))).person(p)
        d.t("\n[VoiceOver] date picker, %s, " % lab).dob(human(lg, ymd)).t(", required\n")
        lab2, n = neg_pair(lg)
        d.t("[VoiceOver] date picker, %s, " % lab2).neg(local(lg, n)).t("\n")
    elif style == "ner":
        bw = {"en": "born", "de": "geboren am", "fr": "née le", "es": "nacida el",
              "it": "nata il", "nl": "geboren op", "pt": "nascida em"}.get(lg, "born")
        v = spelled(lg, ymd) if rng.random() < 0.5 else local(lg, ymd)
        text = p + ", " + bw + " " + v
        a = len(p) + 2 + len(bw) + 1
        d.t('{"text": "').person(p).t(", %s " % bw).dob(v)
        d.t('", "entities": [[0, %d, "PERSON"], [%d, %d, "%s"]]}\n' % (
            len(p), a, len(text), rng.choice(["DOB", "DATE_OF_BIRTH", "BIRTH_DATE"])))
    elif style == "zpl":
        d.t("^XA\n^CF0,30\n^FO40,40^FD").person(p.upper()).t("^FS\n^FO40,80^FD%s " % rng.choice(
            ["DOB", "DOB:", "Geb.", "Né le", "F.", "Nac."])).dob(local(lg, ymd))
        d.t("^FS\n^FO40,120^FDPrinted ").neg(local(lg, recent())).t("^FS\n^XZ\n")
    else:
        v = local(lg, ymd)
        d.t('>>> re.findall(r"\\d{2}[./-]\\d{2}[./-]\\d{4}", s)\n')
        d.t("Test string: \"%s: " % nlabel(lg)).person(p).t(", %s: " % blabel(lg))
        d.dob(v).t(', %s: ' % rng.choice(NEGLABEL[lg])).neg(local(lg, recent())).t('"\n')
        d.t("Match 1: ").dob(v).t("\n")


EULOGY = {"en": "was born on", "de": "wurde am", "fr": "est né(e) le", "nl": "werd geboren op",
          "es": "nació el", "it": "è nato il", "pt": "nasceu em", "pl": "urodził(a) się",
          "cs": "se narodil(a)", "sv": "föddes den", "da": "blev født den", "no": "ble født",
          "fi": "syntyi", "tr": "doğdu:", "hu": "született:", "ro": "s-a născut la"}


def k_prose(d, lg):
    p = person(lg)
    ymd = adult()
    style = rng.choice(["eulogy", "estate", "reference"])
    if style == "eulogy":
        d.t("Draft for the service: ").person(p).t(" %s " % EULOGY[lg]).dob(spelled(lg, ymd))
        d.t(" in a small town by the river. ")
        d.t("%s %s, " % ({"en": "Their dog", "de": "Ihr Hund", "fr": "Son chien"}.get(lg, "Dog"),
                         rng.choice(["Bruno", "Lotte", "Fifi"])))
        d.t("born ").neg(spelled(lg, pet_birth())).t(", never left the garden.\n")
    elif style == "estate":
        d.t("ESTATE NOTICE. ").person(p.upper()).t(", born ").dob(local(lg, ymd))
        d.t(", died ").neg(local(lg, (2025, rng.randint(1, 12), rng.randint(1, 28))))
        d.t(". Claims to the executor by ").neg(local(lg, recent())).t(".\n")
    else:
        d.t("To whom it may concern,\nI have known ").person(p).t(" (%s " % blabel(lg))
        d.dob(local(lg, ymd)).t(") since %d as a colleague.\n" % rng.randint(2005, 2020))


KINDS = [("jupyter", k_jupyter), ("mongo", k_mongo), ("es", k_es), ("sheets", k_sheets),
         ("xml", k_xml), ("xml", k_xml), ("ssml", k_ssml), ("html", k_html), ("html", k_html),
         ("sqltab", k_sqltab), ("sqltab", k_sqltab), ("ocr", k_ocr), ("mail", k_mail),
         ("saas", k_saas), ("devtool", k_devtool), ("devtool", k_devtool), ("prose", k_prose)]


# ---- request bodies ----------------------------------------------------------------------------
MARK = "@@DOC%d@@"


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def place(body, pieces, levels, ascii_, spans):
    """The markers in body replaced by the pieces escaped `levels` times; spans (offsets in the
    joined pieces) moved to their bytes in the result."""
    def e(s):
        for _ in range(levels):
            s = esc(s, ascii_)
        return s
    starts, base, result = [], 0, body
    for k, piece in enumerate(pieces):
        m = MARK % k
        at = result.index(m)
        result = result[:at] + e(piece) + result[at + len(m):]
        starts.append((base, base + len(piece), at, piece))
        base += len(piece)
    out = []
    for s in spans:
        for lo, hi, at, piece in starts:
            if lo <= s["start_position"] and s["end_position"] <= hi:
                a = at + len(e(piece[:s["start_position"] - lo]))
                b = a + len(e(piece[s["start_position"] - lo:s["end_position"] - lo]))
                out.append(dict(s, entity_value=result[a:b], start_position=a, end_position=b))
                break
        else:
            raise AssertionError("span across pieces")
    return result, out


def split_points(text, spans, parts):
    cands = [i + 1 for i, ch in enumerate(text) if ch == "\n" and 0 < i + 1 < len(text)]
    cands = [c for c in cands if not any(s["start_position"] < c < s["end_position"]
                                         for s in spans)]
    if not cands:
        return []
    want = [len(text) * k // parts for k in range(1, parts)]
    return sorted({min(cands, key=lambda c: abs(c - w)) for w in want})


TOOLS = ["query_db", "run_notebook_cell", "search_index", "read_sheet", "fetch_page",
         "read_mail", "crm_lookup", "run_tests"]


def dumps(obj, ascii_, compact):
    return json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def wrap(kind, text, spans, ascii_, compact, i):
    tool = TOOLS[i % len(TOOLS)]
    call = "call_%04d" % (2000 + i)
    if kind == "chat_tool":
        body = {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You are a data assistant. Use the tools."},
            {"role": "user", "content": "Look up the record and tell me what is wrong with it."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps({"id": 1000 + i})}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        return place(dumps(body, ascii_, compact), [text], 1, ascii_, spans)
    if kind == "anth_str" or kind == "anth_blocks":
        pieces = [text]
        if kind == "anth_blocks":
            bounds = [0] + split_points(text, spans, 3) + [len(text)]
            pieces = [text[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]
        content = MARK % 0 if kind == "anth_str" else [
            {"type": "text", "text": MARK % k} for k in range(len(pieces))]
        body = {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
            {"role": "user", "content": "Check this output and fix the bad rows."},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool,
                 "input": {"query": "latest"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": content}]}]}
        return place(dumps(body, ascii_, compact), pieces, 1, ascii_, spans)
    if kind == "tool_args":
        inner = {"path": "out/record_%d.txt" % i, "content": MARK % 0}
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "Save that output to a file."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "write_file",
                              "arguments": json.dumps(inner, ensure_ascii=ascii_)}}]},
            {"role": "tool", "tool_call_id": call, "content": "written"}]}
        return place(dumps(body, ascii_, compact), [text], 2, ascii_, spans)
    raise ValueError(kind)


def fields_call(lg, i, ascii_, compact):
    """A tool call whose own arguments are the record's fields (an agent creating a record)."""
    p = person(lg)
    ymd = adult()
    bk = rng.choice(CAMEL + BKEY[lg] + ["dob"])
    bv = rng.choice([iso(ymd), iso(ymd), local(lg, ymd), iso_time(ymd)])
    nk = rng.choice(["startDate", "visit_date", "created_at", "policyExpiry", "appointment"])
    nv = iso(recent())
    args = '{"%s": "@@P@@", "%s": "@@B@@", "%s": "@@N@@"}' % (NAMEKEY[lg], bk, nk)
    call = "call_%04d" % (5000 + i)
    body = {"model": "gpt-4o", "messages": [
        {"role": "user", "content": "Create the patient record from the form I sent."},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": call, "type": "function",
             "function": {"name": rng.choice(["create_patient", "add_member", "upsert_contact"]),
                          "arguments": args}}]},
        {"role": "tool", "tool_call_id": call, "content": "{\"ok\": true}"}]}
    raw = dumps(body, ascii_, compact)
    spans = []
    for mark, label, v in (("@@P@@", "PERSON", p), ("@@B@@", "DATE_OF_BIRTH", bv),
                           ("@@N@@", "NEG_DATE", nv)):
        at = raw.index(mark)
        ev = esc(esc(v, ascii_), ascii_)
        raw = raw[:at] + ev + raw[at + len(mark):]
        # the marks stand in text order, so a later replacement leaves this one's offset
        spans.append({"entity_type": label, "entity_value": ev, "start_position": at,
                      "end_position": at + len(ev)})
    json.loads(raw)
    return raw, spans


WRAPS = ["chat_tool", "anth_str", "anth_blocks", "tool_args", "fields"]
N = 408
for i in range(N):
    cls, fn = KINDS[i % len(KINDS)]
    lg = LANGS[(i // len(KINDS) + i) % len(LANGS)]
    wrapped = i % 2 == 1
    ascii_ = (i // 2) % 2 == 0
    compact = i % 3 == 0
    kind = WRAPS[(i // 2) % len(WRAPS)] if wrapped else "plain"
    if kind == "fields":
        text, spans = fields_call(lg, i, ascii_, compact)
        check_spans(text, spans)
        records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                        "metadata": {"locale": lg, "class": "toolcall", "wrap": "fields",
                                     "ascii": ascii_}})
        continue
    d = D(lg, cls)
    fn(d, lg)
    text, spans = d.text, d.spans
    check_spans(text, spans)
    if kind != "plain":
        text, spans = wrap(kind, text, spans, ascii_, compact, i)
        json.loads(text)
        check_spans(text, spans)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "wrap": kind, "ascii": ascii_}})

write_json(records)
