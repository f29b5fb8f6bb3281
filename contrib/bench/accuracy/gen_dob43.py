#!/usr/bin/env python3
"""gen_dob43.py: dates of birth as programs and data stores print them, a grid of
(birth cue) x (value encoding) x (container), written from the fourteenth blind set's public
brief (Jupyter cells, ORM consoles, mongosh and Elasticsearch hits, record-linkage pairs,
Gherkin/Cypress tests, NER training data, spreadsheet API values and formulas), before any
detector rule was read or hush was run on it (branch dob43; a tune set).

The axis is the value's encoding and the container's layout, not the key's name:
- encodings (ENC): Python `datetime.date(...)`, `datetime.datetime(...)`, pandas `Timestamp(...)`,
  `numpy.datetime64(...)`, mongosh `ISODate(...)`, Extended JSON `{"$date": ...}` as a string and
  as `$numberLong`, JavaScript `new Date(y, m0, d)` and `Date.UTC`, Java `LocalDate.of`, C#
  `DateOnly`, Ruby `Date.new`, Elixir `~D[...]`, Go `time.Date(...)`, Rails' `Thu, 12 Mar 1987`,
  epoch seconds and milliseconds (negative before 1970), compact `19870312`, ISO with an offset,
  `12/03/1987 00:00:00`, Excel serials, `=DATE(1987,3,12)`, SQL `DATE '...'`, `to_date(...)`,
  `'...'::date`, R `as.Date(...)`, months spelt in 13 languages, dotted two-digit years,
  Unicode digits and separators, a date split over a JSON array `[1987, 3, 12]`, protobuf
  `google.type.Date` fields;
- containers (CONT): pandas `df.head()` (after `df.info()` sometimes), `.loc[i]` and `to_dict()`,
  psql aligned and `\\x` expanded, mysql `\\G`, sqlite `.mode line` and `.mode box`, Rails,
  Django, SQLAlchemy, Ecto and Prisma reprs, mongosh documents, Elasticsearch `_source` hits,
  Redis `HGETALL` (key line, then value line), protobuf text format, YAML fixtures and
  factories, Gherkin tables, Cypress `cy.type()`, NER training JSON (the entity label names the
  span, the text may carry no cue), record-linkage pairs (`left.dob` / `right.dob`), Sheets API
  `values` under a header row (formatted, unformatted, formulas), CSV with the header at the
  top, log lines (`dob=`, `birthDate:`);
- cues in en/de/fr/nl/es/it/pt/pl/sv/da/cs/tr/ro, in snake, camel, kebab, upper and title case
  and abbreviations;
- look-alikes (NEG_DATE) in the same containers and encodings: created, updated, hired, valid
  from, expires, last login, death, invoice and event dates, epoch times of events, Excel
  serials of invoices; versions (NEG_VERSION). One record in ten has no birth cue at all.
The gold span is the date inside its wrapper (the arguments of a constructor, the string of
`ISODate("...")`, the number of `$numberLong`). PERSON spans are labelled where a person is
named. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402

rng = random.Random(20261205 + 43)
records = []


class D(Doc):
    records = records

    def dob(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)


# ---- people ------------------------------------------------------------------------------------
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "cs", "tr", "ro"]
GIVEN = {"en": ["Holly", "Callum", "Priya", "Declan"], "de": ["Jonas", "Wiebke", "Ulrike"],
         "fr": ["Océane", "Lucas", "Maëlle"], "nl": ["Femke", "Joost", "Sanne"],
         "es": ["Ximena", "Iñigo", "Pilar"], "it": ["Chiara", "Davide", "Ilaria"],
         "pt": ["Graciete", "João", "Inês"], "pl": ["Agnieszka", "Tomasz", "Zofia"],
         "sv": ["Astrid", "Linnea", "Oskar"], "da": ["Mette", "Rasmus", "Freja"],
         "cs": ["Tereza", "Jakub", "Lucie"], "tr": ["Ayşe", "Mehmet", "Elif"],
         "ro": ["Ioana", "Andrei", "Mihaela"]}
SURNAME = {"en": ["Whitaker", "Fletcher", "Okafor"], "de": ["Brandstätter", "Kästner", "Vogel"],
           "fr": ["Pelletier", "Marchand", "Girard"], "nl": ["Bakker", "Hendriks", "Mulder"],
           "es": ["Fuentes", "Navarro", "Castillo"], "it": ["Greco", "Conti", "Esposito"],
           "pt": ["Ribeiro", "Teixeira", "Albuquerque"], "pl": ["Wójcik", "Nowak", "Kowalczyk"],
           "sv": ["Lindqvist", "Johansson", "Berg"], "da": ["Kjærgaard", "Mortensen", "Lund"],
           "cs": ["Dvořák", "Novotná", "Procházka"], "tr": ["Yılmaz", "Demir", "Kaya"],
           "ro": ["Popescu", "Ionescu", "Dumitru"]}
SYL = ["bran", "wick", "tor", "mel", "hal", "wen", "kel", "mau", "lind", "vla", "dru", "cou",
       "tin", "zar", "qui", "bru", "sca", "kos", "ber", "fal"]
END = ["ton", "ley", "mann", "son", "qvist", "escu", "eira", "ez", "ini", "ski", "oğlu", "sen",
       "ová", "gaard"]


def person(lg):
    if rng.random() < 0.55:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def birth():
    return rng.randint(1934, 2012), rng.randint(1, 12), rng.randint(1, 28)


def event():
    return rng.randint(2014, 2027), rng.randint(1, 12), rng.randint(1, 28)


def death():
    return rng.randint(1990, 2025), rng.randint(1, 12), rng.randint(1, 28)


# ---- cues --------------------------------------------------------------------------------------
# Birth words of each language as word lists (joined by the container's key style).
CUES = {"en": [["dob"], ["birth", "date"], ["date", "of", "birth"], ["birthdate"], ["birthday"],
               ["born", "on"], ["d", "o", "b"], ["bdate"]],
        "de": [["geburtsdatum"], ["gebdat"], ["geb", "datum"], ["geburtstag"], ["geb", "dat"]],
        "fr": [["date", "naissance"], ["date", "de", "naissance"], ["naissance"], ["dt", "naiss"]],
        "nl": [["geboortedatum"], ["geb", "datum"], ["geboren", "op"], ["geboortedat"]],
        "es": [["fecha", "nac"], ["fecha", "nacimiento"], ["f", "nacimiento"], ["fec", "nac"]],
        "it": [["data", "nascita"], ["data", "di", "nascita"], ["dt", "nascita"], ["nato", "il"]],
        "pt": [["data", "nascimento"], ["dt", "nasc"], ["data", "de", "nascimento"], ["nascimento"]],
        "pl": [["data", "urodzenia"], ["data", "ur"], ["urodzony"]],
        "sv": [["fodelsedatum"], ["födelsedatum"], ["fodd"], ["fodelsedag"]],
        "da": [["fødselsdato"], ["foedselsdato"], ["fodselsdato"], ["f", "dato"]],
        "cs": [["datum", "narozeni"], ["datum", "narození"], ["dat", "nar"], ["narozen"]],
        "tr": [["dogum", "tarihi"], ["doğum", "tarihi"], ["d", "tarihi"], ["dogum", "tar"]],
        "ro": [["data", "nasterii"], ["data", "nașterii"], ["data", "nastere"], ["dn"]]}
# Other dates of the same records (look-alikes), per language.
NEGS = {"en": [["created", "at"], ["updated", "at"], ["hired", "on"], ["valid", "from"], ["expires"],
               ["last", "login"], ["date", "of", "death"], ["invoice", "date"], ["joined"]],
        "de": [["eintrittsdatum"], ["sterbedatum"], ["erstellt", "am"], ["gueltig", "bis"]],
        "fr": [["date", "embauche"], ["date", "deces"], ["cree", "le"], ["expire", "le"]],
        "nl": [["datum", "in", "dienst"], ["overlijdensdatum"], ["aangemaakt"], ["geldig", "tot"]],
        "es": [["fecha", "alta"], ["fecha", "defuncion"], ["creado"], ["vence"]],
        "it": [["data", "assunzione"], ["data", "morte"], ["creato", "il"], ["scadenza"]],
        "pt": [["data", "admissao"], ["data", "obito"], ["criado", "em"], ["validade"]],
        "pl": [["data", "zatrudnienia"], ["data", "zgonu"], ["utworzono"]],
        "sv": [["anstallningsdatum"], ["dodsdatum"], ["skapad"]],
        "da": [["ansaettelsesdato"], ["doedsdato"], ["oprettet"]],
        "cs": [["datum", "nastupu"], ["datum", "umrti"], ["vytvoreno"]],
        "tr": [["ise", "giris"], ["olum", "tarihi"], ["olusturma"]],
        "ro": [["data", "angajarii"], ["data", "decesului"], ["creat", "la"]]}
NAMEKEY = {"en": "name", "de": "name", "fr": "nom", "nl": "naam", "es": "nombre", "it": "nome",
           "pt": "nome", "pl": "imie_nazwisko", "sv": "namn", "da": "navn", "cs": "jmeno",
           "tr": "ad_soyad", "ro": "nume"}


def style(words, st):
    if st == "snake":
        return "_".join(words)
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "kebab":
        return "-".join(words)
    if st == "upper":
        return "_".join(words).upper()
    if st == "title":
        return " ".join(words).capitalize()
    return "".join(words)  # "flat"


def is_death(words):
    w = "_".join(words)
    return any(x in w for x in ("death", "sterbe", "deces", "overlijd", "defunc", "morte", "obito",
                                "zgonu", "dods", "doeds", "umrti", "olum", "deces"))


# ---- encodings ---------------------------------------------------------------------------------
MON = dict(MONTHS)
MON["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
MON["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
MON["da"] = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december"]
MON["cs"] = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
             "října", "listopadu", "prosince"]
MON["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
MON["ro"] = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
             "septembrie", "octombrie", "noiembrie", "decembrie"]
EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
GO_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def days(ymd):
    return (datetime.date(*ymd) - datetime.date(1970, 1, 1)).days


def spelled(ymd, lg):
    y, m, d = ymd
    mo = MON[lg][m - 1]
    if lg == "en":
        return rng.choice(["%s %d, %d" % (mo, d, y), "%d %s %d" % (d, mo, y)])
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    if lg in ("de", "da", "cs"):
        return "%d. %s %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


FW = str.maketrans("0123456789", "０１２３４５６７８９")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def unicode_form(ymd):
    y, m, d = ymd
    k = rng.randrange(6)
    if k == 0:
        return "%d\u2010%02d\u2010%02d" % (y, m, d)
    if k == 1:
        return "%02d\uff0f%02d\uff0f%d" % (d, m, y)
    if k == 2:
        return "%d.\u00a0%d.\u00a0%d" % (d, m, y)
    if k == 3:
        return ("%d-%02d-%02d" % (y, m, d)).translate(FW)
    if k == 4:
        return "%02d\u2011%02d\u2011%d" % (d, m, y)
    return ("%02d/%02d/%d" % (d, m, y)).translate(AR)


def isodate(b):
    q = rng.choice(['"', "'"])
    return "ISODate(" + q, "%d-%02d-%02dT00:00:00.000Z" % b, q + ")"


# Each encoding: (name, kind, f) where f(ymd, lg) -> (before, gold, after). kind: "str" is a
# value a JSON or YAML container quotes, "num" a bare number, "code" an expression printed bare.
def e_iso(b, lg):
    return "", "%d-%02d-%02d" % b, ""


ENC = [
    ("py_date", "code", lambda b, lg: ("datetime.date(", "%d, %d, %d" % b, ")")),
    ("py_datetime", "code", lambda b, lg: ("datetime.datetime(", "%d, %d, %d, 0, 0" % b, ")")),
    ("pd_timestamp", "code", lambda b, lg: ("Timestamp('", "%d-%02d-%02d 00:00:00" % b, "')")),
    ("np_datetime64", "code", lambda b, lg: ("numpy.datetime64('", "%d-%02d-%02d" % b, "')")),
    ("isodate", "code", lambda b, lg: isodate(b)),
    ("ejson_date", "code", lambda b, lg: ('{"$date": "', "%d-%02d-%02dT00:00:00.000Z" % b, '"}')),
    ("ejson_long", "code", lambda b, lg: ('{"$date": {"$numberLong": "', str(days(b) * 86400000), '"}}')),
    ("js_date", "code", lambda b, lg: ("new Date(", "%d, %d, %d" % (b[0], b[1] - 1, b[2]), ")")),
    ("js_utc", "code", lambda b, lg: ("new Date(Date.UTC(", "%d, %d, %d" % (b[0], b[1] - 1, b[2]), "))")),
    ("java_localdate", "code", lambda b, lg: ("LocalDate.of(", "%d, %d, %d" % b, ")")),
    ("cs_dateonly", "code", lambda b, lg: ("new DateOnly(", "%d, %d, %d" % b, ")")),
    ("rb_date", "code", lambda b, lg: ("Date.new(", "%d,%d,%d" % b, ")")),
    ("ex_sigil", "code", lambda b, lg: ("~D[", "%d-%02d-%02d" % b, "]")),
    ("go_time", "code", lambda b, lg: ("time.Date(", "%d, time.%s, %d" % (b[0], GO_MON[b[1] - 1], b[2]),
                                       ", 0, 0, 0, 0, time.UTC)")),
    ("rails_date", "str", lambda b, lg: ("", "%s, %02d %s %d" % (WD3[datetime.date(*b).weekday()], b[2],
                                                                 EN3[b[1] - 1], b[0]), "")),
    ("epoch_s", "num", lambda b, lg: ("", str(days(b) * 86400), "")),
    ("epoch_ms", "num", lambda b, lg: ("", str(days(b) * 86400000), "")),
    ("compact", "num", lambda b, lg: ("", "%d%02d%02d" % b, "")),
    ("iso_offset", "str", lambda b, lg: ("", "%d-%02d-%02dT00:00:00%s" % (b + (rng.choice(["+01:00", "+02:00", "-05:00", "Z"]),)), "")),
    ("dmy_time", "str", lambda b, lg: ("", "%02d/%02d/%d 00:00:00" % (b[2], b[1], b[0]), "")),
    ("excel", "num", lambda b, lg: ("", str(days(b) + 25569), "")),
    ("sheet_formula", "str", lambda b, lg: ("=DATE(", "%d,%d,%d" % b, ")")),
    ("sql_date", "code", lambda b, lg: ("DATE '", "%d-%02d-%02d" % b, "'")),
    ("to_date", "code", lambda b, lg: ("to_date('", "%02d-%02d-%d" % (b[2], b[1], b[0]), "', 'DD-MM-YYYY')")),
    ("pg_cast", "code", lambda b, lg: ("'", "%d-%02d-%02d" % b, "'::date")),
    ("r_asdate", "code", lambda b, lg: ('as.Date("', "%d-%02d-%02d" % b, '")')),
    ("spelled", "str", lambda b, lg: ("", spelled(b, lg), "")),
    ("dotted", "str", lambda b, lg: ("", rng.choice(["%02d.%02d.%02d" % (b[2], b[1], b[0] % 100),
                                                     "%d.%d.%02d" % (b[2], b[1], b[0] % 100),
                                                     "%02d.%02d.%d" % (b[2], b[1], b[0])]), "")),
    ("unicode", "str", lambda b, lg: ("", unicode_form(b), "")),
    ("json_array", "code", lambda b, lg: ("[", "%d, %d, %d" % b, "]")),
    ("iso", "str", e_iso),
]
ENC_BY = {e[0]: e for e in ENC}
TEXT_ENC = [e[0] for e in ENC if e[1] in ("str", "num")]
CODE_ENC = [e[0] for e in ENC if e[1] == "code"]
PY_ENC = ["py_date", "py_datetime", "pd_timestamp", "np_datetime64"]
MONGO_ENC = ["isodate", "ejson_date", "ejson_long", "js_date", "js_utc", "json_array", "epoch_ms",
             "iso", "iso_offset", "compact"]
JSON_ENC = TEXT_ENC + ["ejson_date", "ejson_long", "json_array"]
SQL_ENC = ["sql_date", "to_date", "pg_cast"]


def enc_value(name, ymd, lg):
    return ENC_BY[name][2](ymd, lg)


def quoted(name, q='"'):
    """The quote a JSON/YAML container puts around a value of this encoding ('' for none)."""
    return q if ENC_BY[name][1] == "str" else ""


# ---- the rows a container prints ---------------------------------------------------------------
class Row:
    """One printed record: a person, a birth date (None when the record has no birth column) and
    one other date of the same encoding under a look-alike key."""

    def __init__(self, lg, has_birth):
        self.g, self.s = person(lg)
        self.b = birth() if has_birth else None
        self.o = None


def put(d, name, ymd, lg, is_birth, q=""):
    pre, v, post = enc_value(name, ymd, lg)
    d.t(q + pre)
    d.span("DATE_OF_BIRTH" if is_birth else "NEG_DATE", v)
    d.t(post + q)


def keys(lg, st):
    cue = style(rng.choice(CUES[lg]), st)
    negw = rng.choice(NEGS[lg])
    return cue, style(negw, st), negw


def other_for(negw):
    return death() if is_death(negw) else event()


def put_cell(d, val, width):
    """Appends a cell's (before, gold, after, is_birth/None) value padded to width."""
    pre, v, post, lab = val
    d.t(pre)
    if lab is None:
        d.t(v)
    else:
        d.span(lab, v)
    d.t(post + " " * max(0, width - len(pre + v + post)))


def cellvals(rows, lg, enc, cue, negk, negw):
    """The cells of each row: (before, value, after, label) for name, birth, other date."""
    out = []
    for r in rows:
        r.o = other_for(negw)
        name = ("", r.g + " " + r.s, "", "PERSON")
        cells = [name]
        if r.b:
            pre, v, post = enc_value(enc, r.b, lg)
            cells.append((pre, v, post, "DATE_OF_BIRTH"))
        pre, v, post = enc_value(enc, r.o, lg)
        cells.append((pre, v, post, "NEG_DATE"))
        out.append(cells)
    return out


def table_header(rows, lg, cue, negk):
    h = [NAMEKEY[lg]]
    if rows[0].b:
        h.append(cue)
    h.append(negk)
    return h


# ---- containers --------------------------------------------------------------------------------
def c_pandas_head(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "snake", "camel", "upper"]))
    hdr = table_header(rows, lg, cue, negk)
    cells = cellvals(rows, lg, enc, cue, negk, negw)
    if rng.random() < 0.4:
        d.t("In [3]: df.info()\n<class 'pandas.core.frame.DataFrame'>\nRangeIndex: %d entries, 0 to %d\n"
            % (len(rows), len(rows) - 1))
        d.t("Data columns (total %d columns):\n #   Column  Non-Null Count  Dtype\n---  ------  --------------  -----\n" % len(hdr))
        for i, h in enumerate(hdr):
            d.t(" %d   %-12s %d non-null   %s\n" % (i, h, len(rows), "object" if i == 0 else
                                                    rng.choice(["datetime64[ns]", "object", "int64"])))
        d.t("\n")
    d.t("In [4]: df.head()\nOut[4]:\n")
    widths = [max(len(h), *(len(c[i][0] + c[i][1] + c[i][2]) for c in cells)) + 2 for i, h in enumerate(hdr)]
    d.t("   " + "".join(h.rjust(w) for h, w in zip(hdr, widths)) + "\n")
    for i, row in enumerate(cells):
        d.t("%-3d" % i)
        for c, w in zip(row, widths):
            d.t(" " * (w - len(c[0] + c[1] + c[2])))
            put_cell(d, c, 0)
        d.t("\n")


def c_pandas_loc(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    r = rows[0]
    cells = cellvals([r], lg, enc, cue, negk, negw)[0]
    hdr = table_header([r], lg, cue, negk)
    if enc in PY_ENC or rng.random() < 0.5:
        d.t(">>> df.loc[%d].to_dict()\n{" % rng.randint(0, 400))
        for i, (h, c) in enumerate(zip(hdr, cells)):
            q = "'" if (i == 0 or ENC_BY[enc][1] == "str") else ""
            d.t(("" if i == 0 else ", ") + "'%s': %s" % (h, q))
            put_cell(d, c, 0)
            d.t(q)
        d.t("}\n")
    else:
        n = rng.randint(0, 400)
        d.t("df.loc[%d]\n" % n)
        w = max(len(h) for h in hdr) + 4
        for h, c in zip(hdr, cells):
            d.t(h.ljust(w))
            put_cell(d, c, 0)
            d.t("\n")
        d.t("Name: %d, dtype: object\n" % n)


def c_psql(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    hdr = ["id"] + table_header(rows, lg, cue, negk)
    cells = [[("", str(i + 1), "", None)] + c for i, c in enumerate(cellvals(rows, lg, enc, cue, negk, negw))]
    d.t("app=# SELECT id, %s FROM %s;\n" % (", ".join(hdr[1:]), rng.choice(["users", "patients", "members", "kunden"])))
    if rng.random() < 0.5:
        widths = [max(len(h), *(len(c[i][0] + c[i][1] + c[i][2]) for c in cells)) for i, h in enumerate(hdr)]
        d.t("|".join(" " + h.center(w) + " " for h, w in zip(hdr, widths)).rstrip() + "\n")
        d.t("+".join("-" * (w + 2) for w in widths) + "\n")
        for row in cells:
            for j, (c, w) in enumerate(zip(row, widths)):
                d.t(" " if j == 0 else "| ")
                put_cell(d, c, w)
                d.t(" " if j < len(row) - 1 else "")
            d.t("\n")
        d.t("(%d row%s)\n" % (len(rows), "" if len(rows) == 1 else "s"))
    else:
        d.t("\\x\nExpanded display is on.\n")
        w = max(len(h) for h in hdr)
        for i, row in enumerate(cells):
            d.t("-[ RECORD %d ]%s\n" % (i + 1, "-" * (w - 8) + "+" + "-" * 20))
            for h, c in zip(hdr, row):
                d.t(h.ljust(w) + " | ")
                put_cell(d, c, 0)
                d.t("\n")


def c_mysql(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    hdr = ["id"] + table_header(rows, lg, cue, negk)
    cells = [[("", str(100 + i), "", None)] + c for i, c in enumerate(cellvals(rows, lg, enc, cue, negk, negw))]
    d.t("mysql> SELECT * FROM %s WHERE id >= 100\\G\n" % rng.choice(["customers", "employees", "pacientes"]))
    w = max(len(h) for h in hdr)
    for i, row in enumerate(cells):
        d.t("*************************** %d. row ***************************\n" % (i + 1))
        for h, c in zip(hdr, row):
            d.t(h.rjust(w + 2) + ": ")
            put_cell(d, c, 0)
            d.t("\n")
    d.t("%d row%s in set (0.00 sec)\n" % (len(rows), "" if len(rows) == 1 else "s"))


def c_sqlite(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    hdr = table_header(rows, lg, cue, negk)
    cells = cellvals(rows, lg, enc, cue, negk, negw)
    if rng.random() < 0.5:
        d.t("sqlite> .mode line\nsqlite> SELECT * FROM people LIMIT %d;\n" % len(rows))
        w = max(len(h) for h in hdr)
        for i, row in enumerate(cells):
            if i:
                d.t("\n")
            for h, c in zip(hdr, row):
                d.t(h.rjust(w) + " = ")
                put_cell(d, c, 0)
                d.t("\n")
    else:
        d.t("sqlite> .mode box\nsqlite> SELECT * FROM people;\n")
        widths = [max(len(h), *(len(c[i][0] + c[i][1] + c[i][2]) for c in cells)) for i, h in enumerate(hdr)]
        d.t("┌" + "┬".join("─" * (w + 2) for w in widths) + "┐\n")
        d.t("│" + "│".join(" " + h.center(w) + " " for h, w in zip(hdr, widths)) + "│\n")
        d.t("├" + "┼".join("─" * (w + 2) for w in widths) + "┤\n")
        for row in cells:
            d.t("│")
            for c, w in zip(row, widths):
                d.t(" ")
                put_cell(d, c, w)
                d.t(" │")
            d.t("\n")
        d.t("└" + "┴".join("─" * (w + 2) for w in widths) + "┘\n")


def c_orm(d, lg, enc, rows, has_birth):
    r = rows[0]
    which = rng.choice(["rails", "django", "sqlalchemy", "ecto", "prisma"])
    st = "camel" if which == "prisma" else "snake"
    cue, negk, negw = keys(lg, st)
    r.o = other_for(negw)
    if which == "rails":
        d.t("irb(main):001> %s.find(%d)\n=> #<%s id: %d, %s: \"" % (
            rng.choice(["User", "Customer", "Patient"]), rng.randint(1, 900), rng.choice(["User", "Customer", "Patient"]),
            rng.randint(1, 900), NAMEKEY[lg]))
        d.span("PERSON", r.g + " " + r.s).t('"')
        q = '"' if ENC_BY[enc][1] == "str" else ""
        if r.b:
            d.t(", %s: " % cue)
            put(d, enc, r.b, lg, True, q)
        d.t(", %s: " % negk)
        put(d, enc, r.o, lg, False, q)
        d.t(">\n")
    elif which == "django":
        model = rng.choice(["Person", "Patient", "Member"])
        d.t(">>> p = %s.objects.get(pk=%d)\n>>> p\n<%s: " % (model, rng.randint(1, 900), model))
        d.span("PERSON", r.g + " " + r.s).t(">\n")
        if r.b:
            d.t(">>> p.%s\n" % cue)
            put(d, enc, r.b, lg, True, "'" if ENC_BY[enc][1] == "str" else "")
            d.t("\n")
        d.t(">>> p.%s\n" % negk)
        put(d, enc, r.o, lg, False, "'" if ENC_BY[enc][1] == "str" else "")
        d.t("\n")
    elif which == "sqlalchemy":
        q = "'" if ENC_BY[enc][1] == "str" else ""
        d.t(">>> session.get(%s, %d)\n%s(id=%d, %s='" % ("Person", rng.randint(1, 900), "Person", rng.randint(1, 900), NAMEKEY[lg]))
        d.span("PERSON", r.g + " " + r.s).t("'")
        if r.b:
            d.t(", %s=" % cue)
            put(d, enc, r.b, lg, True, q)
        d.t(", %s=" % negk)
        put(d, enc, r.o, lg, False, q)
        d.t(")\n")
    elif which == "ecto":
        q = '"' if ENC_BY[enc][1] == "str" else ""
        d.t("iex(3)> Repo.get!(User, %d)\n%%App.User{\n  __meta__: #Ecto.Schema.Metadata<:loaded, \"users\">,\n  id: %d,\n  %s: \""
            % (rng.randint(1, 900), rng.randint(1, 900), NAMEKEY[lg]))
        d.span("PERSON", r.g + " " + r.s).t('",\n')
        if r.b:
            d.t("  %s: " % cue)
            put(d, enc, r.b, lg, True, q)
            d.t(",\n")
        d.t("  %s: " % negk)
        put(d, enc, r.o, lg, False, q)
        d.t("\n}\n")
    else:
        q = "'" if ENC_BY[enc][1] == "str" else ""
        d.t("> await prisma.user.findUnique({ where: { id: %d } })\n{\n  id: %d,\n  %s: '" % (
            rng.randint(1, 900), rng.randint(1, 900), NAMEKEY[lg]))
        d.span("PERSON", r.g + " " + r.s).t("',\n")
        if r.b:
            d.t("  %s: " % cue)
            put(d, enc, r.b, lg, True, q)
            d.t(",\n")
        d.t("  %s: " % negk)
        put(d, enc, r.o, lg, False, q)
        d.t("\n}\n")


def c_mongosh(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["camel", "snake"]))
    d.t("test> db.%s.find({}, {_id: 1, %s: 1}).limit(%d)\n[\n" % (rng.choice(["users", "patients", "kunden"]), NAMEKEY[lg], len(rows)))
    for i, r in enumerate(rows):
        r.o = other_for(negw)
        q = "'" if ENC_BY[enc][1] == "str" else ""
        d.t("  {\n    _id: ObjectId('%024x'),\n    %s: '" % (rng.getrandbits(96), NAMEKEY[lg]))
        d.span("PERSON", r.g + " " + r.s).t("',\n")
        if r.b:
            d.t("    %s: " % cue)
            put(d, enc, r.b, lg, True, q)
            d.t(",\n")
        d.t("    %s: " % negk)
        put(d, enc, r.o, lg, False, q)
        d.t("\n  }" + ("," if i < len(rows) - 1 else "") + "\n")
    d.t("]\n")


def c_elastic(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "camel"]))
    d.t('{"took": %d, "timed_out": false, "hits": {"total": {"value": %d, "relation": "eq"}, "max_score": 1.0, "hits": ['
        % (rng.randint(1, 40), len(rows)))
    for i, r in enumerate(rows):
        r.o = other_for(negw)
        q = quoted(enc)
        d.t('%s{"_index": "people-v2", "_id": "%d", "_score": 1.0, "_source": {"%s": "' % (", " if i else "", rng.randint(1, 99999), NAMEKEY[lg]))
        d.span("PERSON", r.g + " " + r.s).t('"')
        if r.b:
            d.t(', "%s": ' % cue)
            put(d, enc, r.b, lg, True, q)
        d.t(', "%s": ' % negk)
        put(d, enc, r.o, lg, False, q)
        d.t("}}")
    d.t("]}}\n")


def c_redis(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "camel", "flat"]))
    r = rows[0]
    r.o = other_for(negw)
    d.t("127.0.0.1:6379> HGETALL user:%d\n" % rng.randint(1, 99999))
    n = 1
    d.t('%d) "%s"\n%d) "' % (n, NAMEKEY[lg], n + 1))
    d.span("PERSON", r.g + " " + r.s).t('"\n')
    n += 2
    if r.b:
        d.t('%d) "%s"\n%d) "' % (n, cue, n + 1))
        put(d, enc, r.b, lg, True)
        d.t('"\n')
        n += 2
    d.t('%d) "%s"\n%d) "' % (n, negk, n + 1))
    put(d, enc, r.o, lg, False)
    d.t('"\n')


def c_proto(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    r = rows[0]
    r.o = other_for(negw)
    d.t("person {\n  %s: \"" % NAMEKEY[lg])
    d.span("PERSON", r.g + " " + r.s).t('"\n')
    for ymd, key, lab in ((r.b, cue, True), (r.o, negk, False)):
        if not ymd:
            continue
        if enc == "proto_date" or ENC_BY[enc][1] == "code":
            d.t("  %s {\n    year: " % key)
            d.span("DATE_OF_BIRTH" if lab else "NEG_DATE", "%d\n    month: %d\n    day: %d" % ymd)
            d.t("\n  }\n")
        elif ENC_BY[enc][1] == "num":
            d.t("  %s: " % key)
            put(d, enc, ymd, lg, lab)
            d.t("\n")
        else:
            d.t("  %s: \"" % key)
            put(d, enc, ymd, lg, lab)
            d.t('"\n')
    d.t("}\n")


def c_yaml(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    kind = rng.choice(["fixture", "factory_bot", "factory_boy"])
    if kind == "fixture" or ENC_BY[enc][1] != "code":
        d.t("# test/fixtures/%s.yml\n" % rng.choice(["users", "patients", "members"]))
        for r in rows:
            r.o = other_for(negw)
            d.t("%s:\n  %s: " % (r.g.lower(), NAMEKEY[lg]))
            d.span("PERSON", r.g + " " + r.s).t("\n")
            q = rng.choice(["", "'"]) if ENC_BY[enc][1] == "str" else ""
            if r.b:
                d.t("  %s: " % cue)
                put(d, enc, r.b, lg, True, q)
                d.t("\n")
            d.t("  %s: " % negk)
            put(d, enc, r.o, lg, False, q)
            d.t("\n")
    elif kind == "factory_bot":
        r = rows[0]
        r.o = other_for(negw)
        d.t("FactoryBot.define do\n  factory :user do\n    %s { \"" % NAMEKEY[lg])
        d.span("PERSON", r.g + " " + r.s).t('" }\n')
        if r.b:
            d.t("    %s { " % cue)
            put(d, enc, r.b, lg, True)
            d.t(" }\n")
        d.t("    %s { " % negk)
        put(d, enc, r.o, lg, False)
        d.t(" }\n  end\nend\n")
    else:
        r = rows[0]
        r.o = other_for(negw)
        d.t("class PersonFactory(factory.django.DjangoModelFactory):\n    class Meta:\n        model = Person\n\n")
        d.t("    %s = \"" % NAMEKEY[lg])
        d.span("PERSON", r.g + " " + r.s).t('"\n')
        if r.b:
            d.t("    %s = " % cue)
            put(d, enc, r.b, lg, True)
            d.t("\n")
        d.t("    %s = " % negk)
        put(d, enc, r.o, lg, False)
        d.t("\n")


def c_gherkin(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "title", "flat"]))
    hdr = table_header(rows, lg, cue, negk)
    cells = cellvals(rows, lg, enc, cue, negk, negw)
    d.t("Feature: %s\n\n  Scenario: import members\n    Given the following members exist:\n" % rng.choice(
        ["Member import", "Age check", "Patient registration"]))
    widths = [max(len(h), *(len(c[i][0] + c[i][1] + c[i][2]) for c in cells)) for i, h in enumerate(hdr)]
    d.t("      | " + " | ".join(h.ljust(w) for h, w in zip(hdr, widths)) + " |\n")
    for row in cells:
        d.t("      |")
        for c, w in zip(row, widths):
            d.t(" ")
            put_cell(d, c, w)
            d.t(" |")
        d.t("\n")
    d.t("    When I run the import\n    Then I should see %d members\n" % len(rows))


def c_cypress(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["camel", "kebab", "snake"]))
    r = rows[0]
    r.o = other_for(negw)
    d.t("it('registers a member', () => {\n  cy.visit('/signup')\n  cy.get('[data-cy=%s]').type('" % NAMEKEY[lg])
    d.span("PERSON", r.g + " " + r.s).t("')\n")
    if r.b:
        d.t("  cy.get(%s).type('" % rng.choice(["'#%s'" % cue, "'[data-cy=%s]'" % cue, "'input[name=\"%s\"]'" % cue]))
        put(d, enc, r.b, lg, True)
        d.t("')\n")
    d.t("  cy.get('#%s').type('" % negk)
    put(d, enc, r.o, lg, False)
    d.t("')\n  cy.contains('Save').click()\n})\n")


NER_TXT = {"en": ("{N}, born {B}, moved to the unit on {O}.", "{N} {B}"),
           "de": ("{N}, geb. {B}, Eintritt {O}.", "{N} {B}"),
           "fr": ("{N} ({B}) inscrit le {O}", "{N} {B}"),
           "nl": ("{N} * {B} - lid sinds {O}", "{N} {B}"),
           "es": ("{N}, nacida el {B}, alta {O}", "{N} {B}"),
           "it": ("{N} nato il {B}, assunto il {O}", "{N} {B}"),
           "pt": ("{N}, nascida em {B}, admitida em {O}", "{N} {B}"),
           "pl": ("{N}, ur. {B}, zatrudniony {O}", "{N} {B}"),
           "sv": ("{N}, född {B}, anställd {O}", "{N} {B}"),
           "da": ("{N}, født {B}, ansat {O}", "{N} {B}"),
           "cs": ("{N}, nar. {B}, nástup {O}", "{N} {B}"),
           "tr": ("{N}, doğum {B}, giriş {O}", "{N} {B}"),
           "ro": ("{N}, născută la {B}, angajată la {O}", "{N} {B}")}


def c_ner(d, lg, enc, rows, has_birth):
    """A training example: the date sits in the example's text, its label in the entities list."""
    r = rows[0]
    r.o = event()
    tmpl = NER_TXT[lg][0] if rng.random() < 0.6 else NER_TXT[lg][1] + " / {O}"
    if not r.b:
        tmpl = "{N} / {O}"
    # build the inner text with offsets
    parts, ents = [], []
    txt = ""
    i = 0
    while i < len(tmpl):
        j = tmpl.find("{", i)
        if j < 0:
            txt += tmpl[i:]
            break
        txt += tmpl[i:j]
        k = tmpl[j + 1]
        if k == "N":
            v, lab, ent = r.g + " " + r.s, "PERSON", "PER"
        elif k == "B":
            v, lab, ent = enc_value(enc, r.b, lg)[1], "DATE_OF_BIRTH", rng.choice(["DOB", "BIRTH_DATE", "DATE_OF_BIRTH"])
        else:
            v, lab, ent = enc_value(enc, r.o, lg)[1], "NEG_DATE", "DATE"
        parts.append((len(txt), v, lab))
        ents.append((len(txt), len(txt) + len(v), ent))
        txt += v
        i = j + 3
    style_ = rng.choice(["json", "spacy"])
    if style_ == "json":
        d.t('{"text": "')
        start = len(d.text)
        ent_s = ", ".join('[%d, %d, "%s"]' % e for e in ents)
        tail = '", "entities": [%s]}\n' % ent_s
    else:
        d.t('TRAIN_DATA = [\n    ("')
        start = len(d.text)
        ent_s = ", ".join('(%d, %d, "%s")' % e for e in ents)
        tail = '", {"entities": [%s]}),\n]\n' % ent_s
    pos = 0
    for off, v, lab in parts:
        d.t(txt[pos:off]).span(lab, v)
        pos = off + len(v)
    d.t(txt[pos:])
    assert d.text[start:] == txt
    d.t(tail)


def c_linkage(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    r = rows[0]
    g2, s2 = r.g, r.s
    b2 = r.b
    if r.b and r.b[2] <= 12 and rng.random() < 0.5:
        b2 = (r.b[0], r.b[2], r.b[1])  # the other record swapped day and month
    if rng.random() < 0.5:
        d.t("pair %d: left.%s='" % (rng.randint(1, 9999), NAMEKEY[lg])).span("PERSON", r.g + " " + r.s)
        d.t("' right.%s='" % NAMEKEY[lg]).span("PERSON", s2 + ", " + g2).t("'")
        if r.b:
            d.t(" left.%s=" % cue)
            put(d, enc, r.b, lg, True)
            d.t(" right.%s=" % cue)
            put(d, enc, b2, lg, True)
        d.t(" score=%.2f match=%s\n" % (rng.uniform(0.6, 0.99), rng.choice(["true", "false"])))
        r.o = event()
        d.t("  left.%s=" % negk)
        put(d, enc, r.o, lg, False)
        d.t(" right.%s=" % negk)
        put(d, enc, event(), lg, False)
        d.t("\n")
    else:
        d.t("| field | left | right | sim |\n|---|---|---|---|\n| %s | " % NAMEKEY[lg]).span("PERSON", r.g + " " + r.s)
        d.t(" | ").span("PERSON", r.g[0] + ". " + r.s).t(" | 0.82 |\n")
        if r.b:
            d.t("| %s | " % cue)
            put(d, enc, r.b, lg, True)
            d.t(" | ")
            put(d, enc, b2, lg, True)
            d.t(" | %.2f |\n" % rng.uniform(0.5, 1))
        d.t("| %s | " % negk)
        put(d, enc, event(), lg, False)
        d.t(" | ")
        put(d, enc, event(), lg, False)
        d.t(" | 0.00 |\n")


def c_sheets(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["title", "snake", "flat"]))
    hdr = table_header(rows, lg, cue, negk)
    opt = {"num": "UNFORMATTED_VALUE", "str": "FORMATTED_VALUE", "code": "FORMULA"}[ENC_BY[enc][1]]
    if enc == "sheet_formula":
        opt = "FORMULA"
    d.t('GET .../values/Sheet1!A1:%s%d?valueRenderOption=%s\n{\n  "range": "Sheet1!A1:%s%d",\n  "majorDimension": "ROWS",\n  "values": [\n    ['
        % ("ABC"[len(hdr) - 1], len(rows) + 1, opt, "ABC"[len(hdr) - 1], len(rows) + 1))
    d.t(", ".join('"%s"' % h for h in hdr) + "]")
    for r in rows:
        r.o = other_for(negw)
        d.t(',\n    ["').span("PERSON", r.g + " " + r.s).t('"')
        q = "" if ENC_BY[enc][1] == "num" else '"'
        if r.b:
            d.t(", ")
            put(d, enc, r.b, lg, True, q)
        d.t(", ")
        put(d, enc, r.o, lg, False, q)
        d.t("]")
    d.t("\n  ]\n}\n")


def c_csv(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "flat", "upper", "title"]))
    hdr = ["id"] + table_header(rows, lg, cue, negk)
    sep = rng.choice([",", ";", "\t"])
    d.t(sep.join(hdr) + "\n")
    for i, r in enumerate(rows):
        r.o = other_for(negw)
        d.t("%d%s" % (1000 + i, sep)).span("PERSON", r.g + " " + r.s)
        q = '"' if (ENC_BY[enc][1] == "code" and sep in enc_value(enc, r.o, lg)[1]) else ""
        if r.b:
            d.t(sep)
            put(d, enc, r.b, lg, True, q)
        d.t(sep)
        put(d, enc, r.o, lg, False, q)
        d.t("\n")


def c_log(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "camel"]))
    for r in rows:
        r.o = other_for(negw)
        ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                    rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
        if rng.random() < 0.5:
            d.t("%s INFO  profile.sync user_id=%d %s=\"" % (ts, rng.randint(1, 99999), NAMEKEY[lg]))
            d.span("PERSON", r.g + " " + r.s).t('"')
            q = '"' if ENC_BY[enc][1] == "code" or " " in enc_value(enc, r.o, lg)[1] else ""
            if r.b:
                d.t(" %s=" % cue)
                put(d, enc, r.b, lg, True, q)
            d.t(" %s=" % negk)
            put(d, enc, r.o, lg, False, q)
            d.t(" version=")
            d.span("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9))).t("\n")
        else:
            d.t("[%s] DEBUG validate payload -> %s: " % (ts, NAMEKEY[lg]))
            d.span("PERSON", r.g + " " + r.s)
            if r.b:
                d.t(", %s: " % cue)
                put(d, enc, r.b, lg, True)
            d.t(", %s: " % negk)
            put(d, enc, r.o, lg, False)
            d.t(", ts: ").span("NEG_DATE", str(days(event()) * 86400 + rng.randint(0, 86399))).t("\n")


def c_sql(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, "snake")
    hdr = table_header(rows, lg, cue, negk)
    d.t("INSERT INTO %s (%s) VALUES\n" % (rng.choice(["patients", "members", "klienci", "clienti"]), ", ".join(hdr)))
    q = "'" if ENC_BY[enc][1] == "str" else ""
    for i, r in enumerate(rows):
        r.o = other_for(negw)
        d.t("  ('").span("PERSON", r.g + " " + r.s).t("'")
        if r.b:
            d.t(", ")
            put(d, enc, r.b, lg, True, q)
        d.t(", ")
        put(d, enc, r.o, lg, False, q)
        d.t(")" + ("," if i < len(rows) - 1 else ";") + "\n")


def c_r(d, lg, enc, rows, has_birth):
    cue, negk, negw = keys(lg, rng.choice(["snake", "flat"]))
    d.t("> df <- tibble(\n+   %s = c(" % NAMEKEY[lg])
    for i, r in enumerate(rows):
        d.t(", " if i else "").t('"').span("PERSON", r.g + " " + r.s).t('"')
    d.t("),\n")
    q = '"' if ENC_BY[enc][1] == "str" else ""
    if rows[0].b:
        d.t("+   %s = c(" % cue)
        for i, r in enumerate(rows):
            d.t(", " if i else "")
            put(d, enc, r.b, lg, True, q)
        d.t("),\n")
    d.t("+   %s = c(" % negk)
    for i, r in enumerate(rows):
        r.o = other_for(negw)
        d.t(", " if i else "")
        put(d, enc, r.o, lg, False, q)
    d.t(")\n+ )\n")


# Each container and the encodings it prints. A container's row count is drawn in its range.
CONT = [
    ("pandas_head", c_pandas_head, TEXT_ENC + ["pd_timestamp"], (2, 4)),
    ("pandas_loc", c_pandas_loc, TEXT_ENC + PY_ENC, (1, 1)),
    ("psql", c_psql, TEXT_ENC, (1, 3)),
    ("mysql", c_mysql, TEXT_ENC, (1, 2)),
    ("sqlite", c_sqlite, TEXT_ENC, (1, 3)),
    ("orm", c_orm, TEXT_ENC + PY_ENC + ["ex_sigil", "js_date", "rb_date", "java_localdate", "cs_dateonly"], (1, 1)),
    ("mongosh", c_mongosh, MONGO_ENC, (1, 2)),
    ("elastic", c_elastic, JSON_ENC, (1, 3)),
    ("redis", c_redis, TEXT_ENC, (1, 1)),
    ("proto", c_proto, TEXT_ENC + ["proto_date"], (1, 1)),
    ("yaml", c_yaml, TEXT_ENC + ["py_date", "rb_date", "go_time", "java_localdate", "cs_dateonly",
                                 "js_utc", "sql_date", "to_date", "pg_cast", "r_asdate"], (1, 2)),
    ("gherkin", c_gherkin, TEXT_ENC, (2, 4)),
    ("cypress", c_cypress, TEXT_ENC, (1, 1)),
    ("ner", c_ner, [e for e in TEXT_ENC if e not in ("excel", "epoch_s", "epoch_ms", "sheet_formula")], (1, 1)),
    ("linkage", c_linkage, TEXT_ENC, (1, 1)),
    ("sheets", c_sheets, ["excel", "sheet_formula", "iso", "dotted", "spelled", "dmy_time", "unicode", "compact"], (2, 4)),
    ("csv", c_csv, TEXT_ENC + ["r_asdate", "sql_date"], (2, 5)),
    ("sql", c_sql, SQL_ENC + ["iso", "compact", "epoch_s", "dotted", "dmy_time"], (1, 3)),
    ("r", c_r, ["r_asdate", "iso", "compact", "dotted"], (1, 3)),
    ("log", c_log, TEXT_ENC + ["py_date", "ex_sigil", "go_time", "java_localdate", "isodate"], (1, 2)),
]
ENC_BY["proto_date"] = ("proto_date", "code", None)

# Even records go round the containers (each with its next encoding), odd ones round the
# encodings (each in its next container), so every container and every encoding appears often.
ALL_ENC = [e[0] for e in ENC] + ["proto_date"]
N = 620
turn = {}
for i in range(N):
    if i % 2 == 0:
        cname, fn, encs, (lo, hi) = CONT[(i // 2) % len(CONT)]
        k = turn.get(cname, rng.randrange(len(encs)))
        turn[cname] = k + 1
        enc = encs[k % len(encs)]
    else:
        enc = ALL_ENC[(i // 2) % len(ALL_ENC)]
        fits = [c for c in CONT if enc in c[2]]
        k = turn.get(enc, rng.randrange(len(fits)))
        turn[enc] = k + 1
        cname, fn, encs, (lo, hi) = fits[k % len(fits)]
    lg = LANGS[(i // len(CONT) + i) % len(LANGS)]
    has_birth = rng.random() >= 0.1
    rows = [Row(lg, has_birth) for _ in range(rng.randint(lo, hi))]
    d = D(lg, cname)
    if rng.random() < 0.3:
        d.t(rng.choice(["why is this row rejected?\n", "can you write a migration for this?\n",
                        "```\n", "the test fails on this data:\n", "dedupe these please\n"]))
    fn(d, lg, enc, rows, has_birth)
    d.done()
    records[-1]["metadata"]["encoding"] = enc

write_json(records)
