#!/usr/bin/env python3
"""gen_tech41.py: people, street addresses and dates of birth inside the technical text a coding
agent sends (stop 41, branch tech41; a tune set of the technical half of the fourteenth blind
set's brief, written from that brief's list of kinds, not from the blind set, which was not read).

Every record is a piece of tool output or test code as it is pasted into a prompt, with a few
people in it:
- `pandas`: DataFrame print / head() with aligned columns and an index, df.to_dict() and to_json
  output; `tibble`: R tibbles;
- `psql`, `mysql`, `sqlite`, `psqlx`: SQL shells (boxes, pipe rows, `\\x` expanded records);
- `rails`, `django`, `sqla`: ORM console reprs (`#<User id: 4, name: "...">`, `<Customer: ...>`,
  `Patient(id=3, first_name='...')`);
- `mongo`, `elastic`: mongosh documents and Elasticsearch `_source` hits;
- `linkage`: record-linkage / dedup candidate pairs;
- `geocode`: geocoder and address-validation logs;
- `gherkin`, `cypress`: feature files, Cypress and Playwright tests with fixtures;
- `a11y`: screen-reader and accessibility-tree dumps;
- `ner`: spaCy JSONL, CoNLL/BIO columns, Label Studio exports;
- `zpl`: ZPL `^FD` fields and ESC/POS receipt code;
- `ssml`: SSML prompts with `<say-as>`;
- `sheets`: spreadsheet API values and formulas;
- `regex`: regex-debugging samples;
- `logkv`: log lines with names in key=value and quoted fields.
Names in en/de/fr/nl/es/it/pt/pl/sv, about half invented (syllables, checked against the NAMES
lexicon), written capitalised, lower case or in CAPITALS as the tool in the record prints them.
Each name part in its own column is its own PERSON span; a full name in one field is one span.
STREET_ADDRESS is the street and number, or the whole address when one field holds it (the house
convention of gen_addr_tune5.py: one span per run of address bytes). DATE_OF_BIRTH is the date
value after a birth key (the ISO string inside ISODate(...) or datetime.date(...)'s arguments).
Look-alikes (NEG_*) in the same text: class and model names (NEG_CLASS), fixture keys and test
names (NEG_KEY), library and product names (NEG_PRODUCT), famous names used as terms (Levenshtein,
Jaro-Winkler, Dijkstra: NEG_FAMOUS), other dates near the birth date (created_at, updated_at,
expires, admitted: NEG_DATE), versions (NEG_VERSION), button labels of no person (NEG_UI).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only:
python3 gen_tech41.py > data/tech41.json
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261205 + 41)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv"]
records = []

GIVEN = {
    "en": ["Rebecca", "Oliver", "Hannah", "Gareth", "Siobhan", "Duncan", "Imogen", "Priya"],
    "de": ["Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias", "Henrike", "Lukas"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Solène", "Julien"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Rodrigo", "Carmen", "Iñigo", "Montserrat"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo", "Ilaria", "Simone"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
    "pl": ["Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Katarzyna", "Paweł", "Zofia"],
    "sv": ["Linnea", "Björn", "Ingrid", "Axel", "Sofia", "Gustav", "Elsa", "Oskar"],
}
SURNAME = {
    "en": ["Ashworth", "Fletcher", "Whitcombe", "Brennan", "Holloway", "Pemberton", "Doyle"],
    "de": ["Brandstätter", "Lindner", "Krause", "Vogel", "Hoffmann", "Schäfer", "Zimmermann"],
    "fr": ["Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Rousseau", "Fontaine"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Dekker", "van Dijk"],
    "es": ["Navarro", "Romero", "Castillo", "Domínguez", "Ortega", "Iglesias", "Serrano"],
    "it": ["Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Ferrara", "Bellini"],
    "pt": ["Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa", "Figueiredo"],
    "pl": ["Kowalczyk", "Wiśniewska", "Zieliński", "Lewandowski", "Wójcik", "Kamińska"],
    "sv": ["Lindqvist", "Bergström", "Johansson", "Sandberg", "Åkesson", "Nyström"],
}
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der", "col"],
       "de": ["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen", "lo"],
       "fr": ["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau", "mi"],
       "nl": ["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel", "ve"],
       "es": ["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal", "ne"],
       "it": ["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan", "ri"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas", "ro"],
       "pl": ["brze", "szy", "wol", "kra", "mie", "dro", "gó", "sta", "ło"],
       "sv": ["berg", "lund", "sjö", "hed", "vik", "ström", "al", "ny", "fjäl"]}
END = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
       "nl": ["ink", "sen", "hof"], "es": ["ez", "ano", "ejo"], "it": ["ini", "etti", "one"],
       "pt": ["eira", "ães", "ado"], "pl": ["ski", "wicz", "czyk"], "sv": ["sson", "qvist", "lin"]}
GEND = {"en": ["a", "en", "y"], "de": ["a", "o", "ke"], "fr": ["ine", "el", "ette"],
        "nl": ["je", "ke", "s"], "es": ["a", "o", "ia"], "it": ["a", "o", "ina"],
        "pt": ["a", "o", "ela"], "pl": ["a", "ek", "ina"], "sv": ["a", "e", "ine"]}

STREETS = {
    "en": ["{N} Maple Avenue", "{N} Albion Road", "{N} Kingsway", "{N} Harcourt Street",
           "{N} Willow Lane", "{N} Main St"],
    "de": ["Lindenstraße {N}", "Bergmannstraße {N}", "Am Mühlbach {N}", "Gartenweg {N}",
           "Schillerstr. {N}"],
    "fr": ["{N} rue des Lilas", "{N}, avenue Jean Jaurès", "{N} boulevard Voltaire",
           "{N} chemin des Vignes"],
    "nl": ["Kerkstraat {N}", "Prinsengracht {N}", "Dorpsweg {N}", "Molenlaan {N}"],
    "es": ["Calle Mayor {N}", "Avenida de la Constitución {N}", "Calle del Pez {N}",
           "C/ Alcalá {N}"],
    "it": ["Via Roma {N}", "Via Garibaldi {N}", "Corso Vittorio Emanuele II {N}",
           "Viale dei Mille {N}"],
    "pt": ["Rua das Flores {N}", "Avenida da Liberdade {N}", "Rua do Almada {N}",
           "Travessa do Carmo {N}"],
    "pl": ["ul. Długa {N}", "ul. Marszałkowska {N}", "ul. Ogrodowa {N}", "al. Jana Pawła II {N}"],
    "sv": ["Storgatan {N}", "Drottninggatan {N}", "Kungsvägen {N}", "Sveavägen {N}"],
}
STREET_SUFFIX = {"en": ("{N} ", " Road"), "de": ("", "straße {N}"), "fr": ("{N} rue ", ""),
                 "nl": ("", "straat {N}"), "es": ("Calle ", " {N}"), "it": ("Via ", " {N}"),
                 "pt": ("Rua ", " {N}"), "pl": ("ul. ", " {N}"), "sv": ("", "gatan {N}")}
TOWNS = {"en": [("M14 5RT", "Manchester"), ("60614", "Chicago, IL"), ("BS8 1TH", "Bristol")],
         "de": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln")],
         "fr": [("69003", "Lyon"), ("75011", "Paris"), ("31000", "Toulouse")],
         "nl": [("3512 JK", "Utrecht"), ("1016 DH", "Amsterdam"), ("9711 LM", "Groningen")],
         "es": [("28013", "Madrid"), ("46001", "Valencia"), ("41004", "Sevilla")],
         "it": [("20121", "Milano"), ("00184", "Roma"), ("40126", "Bologna")],
         "pt": [("1250-096", "Lisboa"), ("4050-026", "Porto"), ("3000-150", "Coimbra")],
         "pl": [("00-950", "Warszawa"), ("31-072", "Kraków"), ("80-831", "Gdańsk")],
         "sv": [("111 52", "Stockholm"), ("411 05", "Göteborg"), ("211 22", "Malmö")]}
FAMOUS = ["Levenshtein", "Jaro-Winkler", "Dijkstra", "Bayes", "Fisher-Yates", "Kalman",
          "Haversine", "Damerau-Levenshtein", "Soundex", "Metaphone"]
CLASSES = ["UserProfile", "Customer", "PatientRecord", "AccountHolder", "ContactPerson",
           "Employee", "Member", "Applicant"]
PRODUCTS = ["Playwright", "Cypress", "Nominatim", "libpostal", "Splink", "Dedupe", "spaCy",
            "Label Studio", "Faker", "Polly"]


def invented_given(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(GEND[lg])
        if w.lower() not in LEX and 4 <= len(w) <= 11:
            return w[0].upper() + w[1:]


def invented_sur(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w.lower() not in LEX and len(w) >= 5:
            return w[0].upper() + w[1:]


class Person:
    def __init__(self, lg, case):
        real = rng.random() < 0.5
        self.g = rng.choice(GIVEN[lg]) if real else invented_given(lg)
        self.s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invented_sur(lg)
        self.case = case

    def c(self, s):
        return s.lower() if self.case == "lower" else s.upper() if self.case == "upper" else s

    @property
    def given(self):
        return self.c(self.g)

    @property
    def sur(self):
        return self.c(self.s)

    @property
    def full(self):
        return self.given + " " + self.sur


def street(lg, case="cap"):
    if rng.random() < 0.35:
        pre, post = STREET_SUFFIX[lg]
        w = invented_sur(lg) if pre else invented_sur(lg).lower().capitalize()
        s = pre + w + post
    else:
        s = rng.choice(STREETS[lg])
    s = s.replace("{N}", str(rng.randint(1, 180)))
    return s.upper() if case == "upper" else s


def town(lg):
    return rng.choice(TOWNS[lg])


def ymd(lo=1940, hi=2006):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def iso(d):
    return "%04d-%02d-%02d" % d


def local_date(lg, d):
    y, m, dd = d
    if lg == "en":
        return "%02d/%02d/%04d" % (m, dd, y) if rng.random() < 0.5 else "%02d/%02d/%04d" % (dd, m, y)
    if lg in ("de", "pl", "sv"):
        return "%02d.%02d.%04d" % (dd, m, y) if lg != "sv" else iso(d)
    if lg == "nl":
        return "%02d-%02d-%04d" % (dd, m, y)
    return "%02d/%02d/%04d" % (dd, m, y)


def ts(lo=2019, hi=2025):
    y, m, d = ymd(lo, hi)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59),
                                              rng.randint(0, 59))


def case_for(kind):
    r = rng.random()
    if kind in ("zpl", "linkage", "geocode") and r < 0.4:
        return "upper"
    if kind in ("ner", "regex", "logkv", "sheets") and r < 0.3:
        return "lower"
    if r < 0.12:
        return "upper"
    if r < 0.22:
        return "lower"
    return "cap"


class D(Doc):
    records = records

    def p(self, v):
        return self.span("PERSON", v)

    def a(self, v):
        return self.span("STREET_ADDRESS", v)

    def b(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def n(self, lab, v):
        return self.span(lab, v)


def pad(s, w):
    return s + " " * max(0, w - len(s))


def table_cells(d, cells, widths, sep, lead="", right=None):
    """Writes one row of cells (value or (label, value)) padded to widths."""
    d.t(lead)
    for i, c in enumerate(cells):
        lab, v = c if isinstance(c, tuple) else (None, c)
        w = widths[i]
        padn = max(0, w - len(v))
        if right and right[i]:
            d.t(" " * padn)
        if lab:
            d.span(lab, v)
        else:
            d.t(v)
        if not (right and right[i]):
            d.t(" " * padn)
        if i < len(cells) - 1:
            d.t(sep)


def rows_people(lg, k, case, with_street=True, with_dob=True):
    out = []
    for i in range(k):
        p = Person(lg, case)
        out.append((p, street(lg, "upper" if case == "upper" else "cap") if with_street else None,
                    ymd() if with_dob else None, ts()))
    return out


# ---- kinds ---------------------------------------------------------------------------------------
def k_pandas(lg):
    case = case_for("pandas")
    d = D(lg, "pandas")
    rows = rows_people(lg, rng.randint(2, 4), case, rng.random() < 0.5, rng.random() < 0.6)
    v = rng.randrange(3)
    if v == 0:
        d.t("In [%d]: df.head()\nOut[%d]:\n" % ((rng.randint(3, 40),) * 2))
        hdr = ["", "first_name", "last_name"]
        if rows[0][2]:
            hdr.append("date_of_birth")
        if rows[0][1]:
            hdr.append("street")
        hdr.append("created_at")
        cells = []
        for i, (p, st, dob, t) in enumerate(rows):
            c = [str(i), ("PERSON", p.given), ("PERSON", p.sur)]
            if dob:
                c.append(("DATE_OF_BIRTH", iso(dob)))
            if st:
                c.append(("STREET_ADDRESS", st))
            c.append(("NEG_DATE", t))
            cells.append(c)
        widths = [max(len(hdr[j]), max(len(c[j][1] if isinstance(c[j], tuple) else c[j])
                                           for c in cells)) for j in range(len(hdr))]
        table_cells(d, hdr, widths, "  ", right=[True] * len(hdr))
        d.t("\n")
        for c in cells:
            table_cells(d, c, widths, "  ", right=[True] * len(hdr))
            d.t("\n")
        d.t("\nWhy does df.groupby('last_name') give me %d groups instead of %d?" % (
            len(rows), len(rows) - 1))
    elif v == 1:
        d.t(">>> df[df.duplicated(['name'])].to_dict('records')\n[")
        for i, (p, st, dob, t) in enumerate(rows):
            d.t("{'id': %d, 'name': '" % (100 + i)).p(p.full).t("'")
            if dob:
                d.t(", 'dob': '").b(iso(dob)).t("'")
            if st:
                d.t(", 'address': '").a(st).t("'")
            d.t(", 'updated_at': Timestamp('").n("NEG_DATE", t).t("')}")
            d.t(",\n " if i < len(rows) - 1 else "]\n")
        d.t("I expected no duplicates after drop_duplicates(subset=['name', 'dob']).")
    else:
        d.t("print(df.to_json(orient='records', force_ascii=False))\n[")
        for i, (p, st, dob, t) in enumerate(rows):
            d.t('{"customer":"').p(p.full).t('"')
            if dob:
                d.t(',"birthdate":"').b(iso(dob)).t('"')
            if st:
                d.t(',"street":"').a(st).t('"')
            d.t(',"signup":"').n("NEG_DATE", t[:10]).t('"}')
            d.t("," if i < len(rows) - 1 else "]\n")
        d.t("The model is ").n("NEG_CLASS", rng.choice(CLASSES)).t(
            " and pandas ").n("NEG_VERSION", "2.%d.%d" % (rng.randint(0, 2), rng.randint(0, 3)))
        d.t(" drops the timezone; how do I keep it?")
    d.done()


def k_tibble(lg):
    case = case_for("tibble")
    d = D(lg, "tibble")
    rows = rows_people(lg, rng.randint(2, 4), case, False, rng.random() < 0.7)
    has_dob = rows[0][2] is not None
    d.t("> patients %%>%% filter(site == \"B\")\n# A tibble: %d × %d\n" % (len(rows),
                                                                           3 + has_dob))
    hdr = ["", "given", "family"] + (["birth_date"] if has_dob else []) + ["admitted"]
    typ = ["", "<chr>", "<chr>"] + (["<date>"] if has_dob else []) + ["<date>"]
    cells = []
    for i, (p, st, dob, t) in enumerate(rows):
        c = [str(i + 1), ("PERSON", p.given), ("PERSON", p.sur)]
        if dob:
            c.append(("DATE_OF_BIRTH", iso(dob)))
        c.append(("NEG_DATE", t[:10]))
        cells.append(c)
    widths = [max(len(hdr[j]), len(typ[j]), max(len(c[j][1] if isinstance(c[j], tuple) else c[j])
                                                  for c in cells)) for j in range(len(hdr))]
    table_cells(d, hdr, widths, " ")  # the index column's header is blank: cells align
    d.t("\n")
    table_cells(d, typ, widths, " ")
    d.t("\n")
    for c in cells:
        table_cells(d, c, widths, " ", lead="")
        d.t("\n")
    d.t("left_join() with the visits table gives NA for the second row, why?")
    d.done()


def k_psql(lg):
    case = case_for("psql")
    d = D(lg, "psql")
    rows = rows_people(lg, rng.randint(2, 4), case, rng.random() < 0.6, rng.random() < 0.6)
    mysql = rng.random() < 0.5
    hdr = ["id", "full_name"] + (["birth_date"] if rows[0][2] else []) + \
        (["street"] if rows[0][1] else []) + ["created_at"]
    cells = []
    for i, (p, st, dob, t) in enumerate(rows):
        c = [str(rng.randint(1, 9999)), ("PERSON", p.full)]
        if dob:
            c.append(("DATE_OF_BIRTH", iso(dob)))
        if st:
            c.append(("STREET_ADDRESS", st))
        c.append(("NEG_DATE", t))
        cells.append(c)
    widths = [max(len(hdr[j]), max(len(c[j][1] if isinstance(c[j], tuple) else c[j])
                                   for c in cells)) for j in range(len(hdr))]
    if mysql:
        d.t("mysql> SELECT * FROM customers WHERE created_at > '2024-01-01';\n")
        line = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        d.t(line)
        table_cells(d, hdr, widths, " | ", lead="| ")
        d.t(" |\n" + line)
        for c in cells:
            table_cells(d, c, widths, " | ", lead="| ")
            d.t(" |\n")
        d.t(line + "%d rows in set (0.01 sec)\n\nThe index on created_at is not used." % len(rows))
    else:
        d.t("app_db=# select * from customers order by id limit %d;\n" % len(rows))
        table_cells(d, hdr, widths, " | ", lead=" ")
        d.t("\n" + "-+-".join("-" * w for w in widths).join(["-", "-"]) + "\n")
        for c in cells:
            table_cells(d, c, widths, " | ", lead=" ")
            d.t("\n")
        d.t("(%d rows)\n\nWhy is the sort not by full_name even with COLLATE \"C\"?" % len(rows))
    d.done()


def k_psqlx(lg):
    case = case_for("psqlx")
    d = D(lg, "psqlx")
    rows = rows_people(lg, rng.randint(1, 3), case)
    d.t("app_db=# \\x\nExpanded display is on.\napp_db=# select * from members where id in (...);\n")
    for i, (p, st, dob, t) in enumerate(rows):
        d.t("-[ RECORD %d ]-+---------------------------\n" % (i + 1))
        d.t("id            | %d\n" % rng.randint(10, 99999))
        d.t("first_name    | ").p(p.given).t("\nlast_name     | ").p(p.sur).t("\n")
        d.t("date_of_birth | ").b(iso(dob)).t("\n")
        d.t("street        | ").a(st).t("\n")
        d.t("expires_at    | ").n("NEG_DATE", ts(2025, 2028)).t("\n")
    d.t("\nThe second record should have been merged by the dedup job.")
    d.done()


def k_sqlite(lg):
    case = case_for("sqlite")
    d = D(lg, "sqlite")
    rows = rows_people(lg, rng.randint(2, 4), case, rng.random() < 0.5, True)
    d.t("sqlite> SELECT id, first, last, dob%s FROM people;\n" % (", addr" if rows[0][1] else ""))
    for p, st, dob, t in rows:
        d.t("%d|" % rng.randint(1, 500)).p(p.given).t("|").p(p.sur).t("|").b(iso(dob))
        if st:
            d.t("|").a(st)
        d.t("\n")
    d.t("sqlite> .schema people\nCREATE TABLE people(id INTEGER PRIMARY KEY, first TEXT, last TEXT, "
        "dob TEXT%s);\nHow do I make dob a real date column?" % (", addr TEXT" if rows[0][1] else ""))
    d.done()


def k_rails(lg):
    case = case_for("rails")
    d = D(lg, "rails")
    rows = rows_people(lg, rng.randint(1, 3), case, rng.random() < 0.5, rng.random() < 0.7)
    cls = rng.choice(["User", "Customer", "Patient", "Member"])
    d.t("irb(main):00%d:0> %s.where(active: true).limit(%d)\n=> [" % (rng.randint(1, 9), cls,
                                                                       len(rows)))
    for i, (p, st, dob, t) in enumerate(rows):
        d.t("#<%s id: %d, " % (cls, rng.randint(1, 900)))
        if rng.random() < 0.5:
            d.t('first_name: "').p(p.given).t('", last_name: "').p(p.sur).t('"')
        else:
            d.t('name: "').p(p.full).t('"')
        if dob:
            d.t(", date_of_birth: \"").b(iso(dob)).t('"')
        if st:
            d.t(', address_line1: "').a(st).t('"')
        d.t(', created_at: "').n("NEG_DATE", t).t('", updated_at: "').n("NEG_DATE", ts()).t('">')
        d.t(",\n " if i < len(rows) - 1 else "]\n")
    d.t("The ").n("NEG_CLASS", cls + "Serializer").t(" leaves out date_of_birth, is it attr_readonly?")
    d.done()


def k_django(lg):
    case = case_for("django")
    d = D(lg, "django")
    rows = rows_people(lg, rng.randint(2, 3), case, rng.random() < 0.5, rng.random() < 0.5)
    cls = rng.choice(CLASSES)
    d.t(">>> from accounts.models import %s\n>>> %s.objects.filter(city='%s')\n<QuerySet [" % (
        cls, cls, town(lg)[1]))
    for i, (p, st, dob, t) in enumerate(rows):
        d.t("<%s: " % cls).p(p.full).t(">")
        d.t(", " if i < len(rows) - 1 else "]>\n")
    p, st, dob, t = rows[0]
    d.t(">>> c = _[0]\n>>> c.first_name, c.last_name\n('").p(p.given).t("', '").p(p.sur).t("')\n")
    if dob:
        d.t(">>> c.birth_date\ndatetime.date(").b("%d, %d, %d" % dob).t(")\n")
    if st:
        d.t(">>> c.street_address\n'").a(st).t("'\n")
    d.t(">>> c.save()\nIntegrityError: duplicate key value violates unique constraint")
    d.done()


def k_sqla(lg):
    case = case_for("sqla")
    d = D(lg, "sqla")
    rows = rows_people(lg, rng.randint(1, 3), case, rng.random() < 0.4, rng.random() < 0.7)
    d.t(">>> session.scalars(select(Patient).where(Patient.ward == 3)).all()\n[")
    for i, (p, st, dob, t) in enumerate(rows):
        d.t("Patient(id=%d, first_name='" % rng.randint(1, 999)).p(p.given).t("', last_name='")
        d.p(p.sur).t("'")
        if dob:
            d.t(", dob=datetime.date(").b("%d, %d, %d" % dob).t(")")
        if st:
            d.t(", street='").a(st).t("'")
        d.t(", admitted=datetime.datetime(").n("NEG_DATE", "%d, %d, %d, 9, 30" % ymd(2023, 2025))
        d.t("))")
        d.t(",\n " if i < len(rows) - 1 else "]\n")
    d.t("__repr__ comes from ").n("NEG_CLASS", "ReprMixin").t("; can I hide dob from it?")
    d.done()


def k_mongo(lg):
    case = case_for("mongo")
    d = D(lg, "mongo")
    rows = rows_people(lg, rng.randint(1, 2), case)
    d.t("test> db.customers.find({ 'address.city': '%s' })\n[\n" % town(lg)[1])
    for i, (p, st, dob, t) in enumerate(rows):
        pc, tw = town(lg)
        d.t("  {\n    _id: ObjectId('%s'),\n" % "".join(rng.choice("0123456789abcdef")
                                                   for _ in range(24)))
        d.t("    name: { first: '").p(p.given).t("', last: '").p(p.sur).t("' },\n")
        d.t("    birthDate: ISODate('").b(iso(dob) + "T00:00:00.000Z").t("'),\n")
        d.t("    address: { street: '").a(st).t("', zip: '%s', city: '%s' },\n" % (pc, tw))
        d.t("    createdAt: ISODate('").n("NEG_DATE", iso(ymd(2020, 2025)) + "T10:12:44.512Z")
        d.t("')\n  }" + (",\n" if i < len(rows) - 1 else "\n]\n"))
    d.t("The $lookup to orders returns an empty array for these.")
    d.done()


def k_elastic(lg):
    case = case_for("elastic")
    d = D(lg, "elastic")
    rows = rows_people(lg, rng.randint(1, 3), case, True, rng.random() < 0.5)
    d.t("GET /contacts/_search?q=surname:").p(rows[0][0].sur.lower())
    d.t('\n{\n  "hits": {\n    "total": { "value": %d },\n    "hits": [\n' % len(rows))
    for i, (p, st, dob, t) in enumerate(rows):
        pc, tw = town(lg)
        d.t('      { "_index": "contacts-v3", "_score": %.2f, "_source": {\n' % rng.uniform(3, 12))
        d.t('          "customer_name": "').p(p.full).t('",\n')
        d.t('          "billing_address": "').a("%s, %s %s" % (st, pc, tw)).t('",\n')
        if dob:
            d.t('          "dob": "').b(iso(dob)).t('",\n')
        d.t('          "@timestamp": "').n("NEG_DATE", t.replace(" ", "T") + "Z").t('" } }')
        d.t(",\n" if i < len(rows) - 1 else "\n    ]\n  }\n}\n")
    d.t("Why does the ").n("NEG_PRODUCT", "icu_folding").t(" analyzer not match the accent?")
    d.done()


def k_linkage(lg):
    case = case_for("linkage")
    d = D(lg, "linkage")
    d.t("Candidate pairs (blocking on dob, ").n("NEG_FAMOUS", rng.choice(FAMOUS))
    d.t(" on name):\n")
    for i in range(rng.randint(2, 3)):
        p = Person(lg, case)
        dob = ymd()
        q_g = p.given if rng.random() < 0.5 else p.given[:-1] + p.given[-1] * 2
        q_s = p.sur.lower() if case != "lower" else p.sur.capitalize()
        if rng.random() < 0.5:
            d.t("pair %d: (" % rng.randint(100, 9999)).p(p.full).t(", ").b(iso(dob)).t(") ~ (")
            d.p(q_g + " " + q_s).t(", ").b(iso(dob)).t(") score=%.3f\n" % rng.uniform(0.6, 1))
        else:
            d.t("%d,%d," % (rng.randint(1, 999), rng.randint(1, 999))).p(p.given).t(",").p(q_g)
            d.t(",").p(p.sur).t(",").p(q_s).t(",").b(local_date(lg, dob)).t(",")
            d.b(local_date(lg, dob)).t(",%.4f\n" % rng.uniform(0.5, 1))
    d.t("Match weight threshold is 0.8 in ").n("NEG_PRODUCT", rng.choice(["Splink", "Dedupe"]))
    d.t("; should the second pair have been linked?")
    d.done()


def k_geocode(lg):
    case = case_for("geocode")
    d = D(lg, "geocode")
    for i in range(rng.randint(2, 3)):
        st = street(lg, "upper" if case == "upper" else "cap")
        pc, tw = town(lg)
        full = "%s, %s %s" % (st, pc, tw)
        if case == "upper":
            full = full.upper()
        lvl = rng.choice(["INFO", "WARN", "DEBUG"])
        if rng.random() < 0.5:
            d.t("%s %s geocoder: query=\"" % (ts(), lvl)).a(full)
            d.t("\" -> lat=%.5f lon=%.5f confidence=%.2f\n" % (rng.uniform(40, 60),
                                                             rng.uniform(-5, 20), rng.random()))
        else:
            p = Person(lg, case)
            d.t("%s %s address-validation: recipient=\"" % (ts(), lvl)).p(p.full)
            d.t("\" input=\"").a(full).t("\" verdict=%s\n" % rng.choice(
                ["UNCONFIRMED_COMPONENT", "CONFIRMED", "MISSING_SUBPREMISE"]))
    d.t("Provider is ").n("NEG_PRODUCT", rng.choice(["Nominatim", "libpostal"]))
    d.t("; why is the house number dropped?")
    d.done()


def k_gherkin(lg):
    case = "cap" if rng.random() < 0.8 else "lower"
    d = D(lg, "gherkin")
    p = Person(lg, case)
    q = Person(lg, case)
    dob = ymd()
    d.t("Feature: Change of address\n\n  Scenario: a customer moves\n    Given a customer \"")
    d.p(p.full).t("\" born on \"").b(iso(dob)).t("\"\n    And she lives at \"").a(street(lg))
    d.t("\"\n    When she changes her address to \"").a(street(lg)).t("\"\n")
    d.t("    Then a letter is sent to \"").p(p.full).t("\"\n\n")
    d.t("  Scenario Outline: age check\n    Given a user <first> <last> born <dob>\n"
        "    Then the check says <result>\n\n    Examples:\n      | first | last | dob | result |\n")
    for r in (q, Person(lg, case)):
        d.t("      | ").p(r.given).t(" | ").p(r.sur).t(" | ").b(iso(ymd())).t(" | %s |\n" % rng.choice(
            ["adult", "minor"]))
    d.t("\nThe step definition for `a customer {string} born on {string}` is never matched.")
    d.done()


def k_cypress(lg):
    case = "cap"
    d = D(lg, "cypress")
    p = Person(lg, case)
    dob = ymd()
    if rng.random() < 0.5:
        d.t("describe('").n("NEG_KEY", "checkout form").t("', () => {\n  it('fills the shipping "
                                                         "address', () => {\n")
        d.t("    cy.get('[data-cy=full-name]').type('").p(p.full).t("')\n")
        d.t("    cy.get('[data-cy=street]').type('").a(street(lg)).t("')\n")
        d.t("    cy.get('[data-cy=dob]').type('").b(local_date(lg, dob)).t("')\n")
        d.t("    cy.contains('button', 'Continue').click()\n    cy.contains('Thank you, ")
        d.p(p.given).t("')\n  })\n})\n")
    else:
        d.t("test('").n("NEG_KEY", "profile shows the member").t("', async ({ page }) => {\n")
        d.t("  await page.getByLabel('First name').fill('").p(p.given).t("');\n")
        d.t("  await page.getByLabel('Last name').fill('").p(p.sur).t("');\n")
        d.t("  await page.getByLabel('Date of birth').fill('").b(iso(dob)).t("');\n")
        d.t("  await expect(page.getByRole('heading')).toHaveText('Welcome ").p(p.full)
        d.t("');\n});\n")
    q = Person(lg, case)
    d.t("// fixtures/users.json\n{ \"").n("NEG_KEY", "validUser").t("\": { \"name\": \"").p(q.full)
    d.t("\", \"street\": \"").a(street(lg)).t("\", \"birthday\": \"").b(iso(ymd())).t("\" } }\n")
    d.t("The test is flaky on ").n("NEG_PRODUCT", rng.choice(["Cypress", "Playwright"]))
    d.t(" %d.%d; the heading renders late." % (rng.randint(10, 14), rng.randint(0, 9)))
    d.done()


def k_a11y(lg):
    case = "cap" if rng.random() < 0.85 else "upper"
    d = D(lg, "a11y")
    p, q = Person(lg, case), Person(lg, case)
    v = rng.randrange(2)
    if v == 0:
        d.t("- main:\n  - heading \"Team\" [level=1]\n  - list:\n    - listitem:\n")
        d.t("      - img \"Photo of ").p(p.full).t("\"\n      - link \"").p(p.full)
        d.t("\" [ref=e%d]\n      - button \"Contact " % rng.randint(10, 99)).p(p.given).t("\"\n")
        d.t("    - listitem:\n      - link \"").p(q.full).t("\" [ref=e%d]\n" % rng.randint(10, 99))
        d.t("      - button \"Remove ").p(q.full).t("\"\n  - button \"").n("NEG_UI", "Contact Support")
        d.t("\"\n")
    else:
        d.t("VoiceOver: \"").p(p.full).t(", heading level 2\"\nVoiceOver: \"Born ")
        d.b(local_date(lg, ymd())).t(", text\"\nVoiceOver: \"").a(street(lg))
        d.t(", text\"\nVoiceOver: \"Message ").p(q.given).t(", button\"\n")
        d.t("VoiceOver: \"").n("NEG_UI", "Open Settings").t(", button\"\n")
    d.t("axe reports the avatar alt text as redundant; what should it say?")
    d.done()


def k_ner(lg):
    case = case_for("ner")
    d = D(lg, "ner")
    v = rng.randrange(3)
    p, q = Person(lg, case), Person(lg, case)
    if v == 0:
        for r in (p, q):
            tw = town(lg)[1]
            sent_a = r.full
            rest = " moved to %s last spring." % tw
            d.t('{"text": "').p(sent_a).t(rest + '", "entities": [[0, %d, "PERSON"], [%d, %d, "GPE"]]}\n'
                                          % (len(sent_a), len(sent_a) + 10, len(sent_a) + 10 + len(tw)))
        d.t("spaCy ").n("NEG_VERSION", "3.%d.%d" % (rng.randint(5, 7), rng.randint(0, 4)))
        d.t(" says the offsets are misaligned with the tokens.")
    elif v == 1:
        d.t("-DOCSTART- -X- O O\n\n")
        for r in (p, q):
            d.p(r.given).t(" NNP B-PER\n").p(r.sur).t(" NNP I-PER\n")
            d.t("visited NN O\n%s NNP B-LOC\n. . O\n\n" % town(lg)[1])
        d.t("The tagger outputs I-PER without a B-PER before it.")
    else:
        d.t('[{"id": %d, "data": {"text": "' % rng.randint(1, 999)).p(p.full)
        d.t(' lives at ').a(street(lg)).t('."}, "annotations": [{"result": [{"value": {"start": 0, '
                                           '"end": %d, "text": "' % len(p.full)).p(p.full)
        d.t('", "labels": ["PER"]}}]}]}]\nExported from ').n("NEG_PRODUCT", "Label Studio")
        d.t("; the address was not labelled, can I add it in the JSON?")
    d.done()


def k_zpl(lg):
    case = case_for("zpl")
    d = D(lg, "zpl")
    p = Person(lg, case)
    st = street(lg, "upper" if case == "upper" else "cap")
    pc, tw = town(lg)
    if rng.random() < 0.5:
        d.t("^XA\n^CF0,40\n^FO50,40^FD").p(p.full).t("^FS\n^FO50,90^FD").a(st).t("^FS\n")
        d.t("^FO50,140^FD%s %s^FS\n^FO50,200^BY3^BCN,100,Y,N,N^FD%d^FS\n^XZ\n" % (
            pc, tw.upper() if case == "upper" else tw, rng.randint(10**9, 10**10)))
        d.t("The umlaut prints as a box; do I need ^CI28?")
    else:
        d.t("p = Usb(0x04b8, 0x0202)\np.set(align='center', bold=True)\np.text('Kunde: ").p(p.full)
        d.t("\\n')\np.text('").a(st).t("\\n')\n")
        if rng.random() < 0.6:
            d.t("p.text('Geb.: ").b(local_date(lg, ymd())).t("\\n')\n")
        d.t("p.cut()\n").n("NEG_PRODUCT", "python-escpos").t(" cuts before the last line prints.")
    d.done()


def k_ssml(lg):
    case = "cap"
    d = D(lg, "ssml")
    p = Person(lg, case)
    d.t('<speak>\n  Hello <say-as interpret-as="name">').p(p.full).t("</say-as>.\n")
    if rng.random() < 0.7:
        d.t('  Please confirm your date of birth, <say-as interpret-as="date" format="ymd">')
        d.b(iso(ymd())).t("</say-as>.\n")
    if rng.random() < 0.6:
        d.t('  We will deliver to <say-as interpret-as="address">').a(street(lg))
        d.t("</say-as>.\n")
    d.t('  <break time="500ms"/> Your appointment is on <say-as interpret-as="date" format="dmy">')
    d.n("NEG_DATE", "%02d-%02d-%04d" % (rng.randint(1, 28), rng.randint(1, 12), 2025)).t("</say-as>.\n")
    d.t("</speak>\n").n("NEG_PRODUCT", "Polly").t(" reads the name letter by letter.")
    d.done()


def k_sheets(lg):
    case = case_for("sheets")
    d = D(lg, "sheets")
    p, q = Person(lg, case), Person(lg, case)
    if rng.random() < 0.5:
        d.t("service.spreadsheets().values().update(\n    spreadsheetId=SHEET_ID, range='Kunden!A%d:D%d',"
            % ((rng.randint(2, 90),) * 2))
        d.t("\n    valueInputOption='USER_ENTERED',\n    body={'values': [['").p(p.given).t("', '")
        d.p(p.sur).t("', '").b(local_date(lg, ymd())).t("', '").a(street(lg)).t("'],\n")
        d.t("                      ['").p(q.given).t("', '").p(q.sur).t("', '").b(iso(ymd()))
        d.t("', '").a(street(lg)).t("']]}).execute()\n")
        d.t("The dates come back as serial numbers.")
    else:
        d.t("Range Sheet1!B2:B4 = ").t('[["').p(p.full).t('"], ["').p(q.full).t('"], ["TOTAL"]]\n')
        d.t('C2: =CONCAT("').p(p.given).t('"; " "; "').p(p.sur).t('")\n')
        d.t('C3: =IF(B3="').p(q.full).t('"; "ok"; "check")\n')
        d.t("The formula returns #NAME? in the ").n("NEG_PRODUCT", "LibreOffice").t(" export.")
    d.done()


def k_regex(lg):
    case = case_for("regex")
    d = D(lg, "regex")
    p, q = Person(lg, case), Person(lg, case)
    a = p.sur + ", " + p.given
    d.t('>>> re.match(r"^(?P<last>[\\w-]+), (?P<first>\\w+)$", "').p(a).t('")\n')
    d.t("<re.Match object; span=(0, %d), match='" % len(a)).p(a).t("'>\n")
    d.t('>>> pat.findall("').p(q.full).t(", ").b(local_date(lg, ymd())).t('")\n[]\n')
    d.t("regex101 says the second should match too (flavor: PCRE2 ").n("NEG_VERSION", "10.%d" %
                                                                       rng.randint(34, 44))
    d.t("). The named group `first` is fine on the first sample.")
    d.done()


def k_logkv(lg):
    case = case_for("logkv")
    d = D(lg, "logkv")
    for i in range(rng.randint(2, 3)):
        p = Person(lg, case)
        v = rng.randrange(4)
        d.t("%sZ %s " % (ts().replace(" ", "T"), rng.choice(["INFO", "WARN", "ERROR"])))
        if v == 0:
            d.t("user.updated user_id=%d name=\"" % rng.randint(1, 99999)).p(p.full).t("\" dob=")
            d.b(iso(ymd())).t(" request_id=%08x\n" % rng.getrandbits(32))
        elif v == 1:
            d.t("shipment.created to='").p(p.full).t("' street='").a(street(lg))
            d.t("' carrier=dhl\n")
        elif v == 2:
            sur, g = p.sur.upper(), p.given.upper()
            d.t("hl7.inbound patient_name=\"").p(sur + ", " + g).t("\" birth=")
            d.b("%04d%02d%02d" % ymd()).t(" msg=ADT^A04\n")
        else:
            d.t("auth.failed first_name=").p(p.given).t(" last_name=").p(p.sur)
            d.t(" attempts=%d\n" % rng.randint(2, 9))
    d.t("Our log scrubber misses these; the key list is in ").n("NEG_CLASS", "ScrubConfig").t(".")
    d.done()


KINDS = [k_pandas, k_tibble, k_psql, k_psqlx, k_sqlite, k_rails, k_django, k_sqla, k_mongo,
         k_elastic, k_linkage, k_geocode, k_gherkin, k_cypress, k_a11y, k_ner, k_zpl, k_ssml,
         k_sheets, k_regex, k_logkv]


def negatives(lg):
    """Developer text with no person: model and column names, famous names as terms, versions."""
    d = D(lg, "neg")
    c = rng.choice(CLASSES)
    d.t("class ").n("NEG_CLASS", c).t("(models.Model):\n    first_name = models.CharField("
                                        "max_length=80)\n    last_name = models.CharField(max_length"
                                        "=80)\n    birth_date = models.DateField(null=True)\n")
    d.t("# dedup with ").n("NEG_FAMOUS", rng.choice(FAMOUS)).t(" distance, see ")
    d.n("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" ").n("NEG_VERSION", "%d.%d.%d" % (
        rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9))).t("\n")
    d.t("created_at = ").n("NEG_DATE", ts()).t("  # not the birth date\n")
    d.t("def test_").n("NEG_KEY", "full_name_is_title_cased").t("():\n    assert slugify("
                                                                   "'Hello World') == 'hello-world'\n")
    d.done()


def main():
    n = 0
    for rnd in range(30):
        for k in KINDS:
            lg = LANGS[n % len(LANGS)]
            n += 1
            k(lg)
        if rnd % 3 == 0:
            negatives(LANGS[rnd % len(LANGS)])
    write_json(records)


main()
