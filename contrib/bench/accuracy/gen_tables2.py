#!/usr/bin/env python3
"""gen_tables2.py: a TUNE corpus for the NAMES pack (issue 15), data/tables2.json.

Written for branch `tables2` (values whose field says what they are), from how exports, fixtures
and logs are written, not from the recognisers nor from the blind sets (never opened): PERSON,
STREET_ADDRESS and DATE_OF_BIRTH as

- log lines in logfmt (`name="X"`, `by="X"`, `new_address="..."`, `dob=4_de_junho_de_2008` with
  '_' for the spaces of a logged value, `dob=March_4,_1987`), key=value audit lines;
- JSON records inline and pretty-printed (`"first_name"`, `"last_name"` holding a common word
  or a particle's surname: `"White"`, `"zu Hohenfeld"`; `"address"`, `"birth_date"`);
- YAML fixtures (`- name: X` items with `dob:` and `address:` keys), XML records
  (`<fullName>`, `<Geburtsdatum>`, `<morada>` elements beside `<city>` and `<createdAt>`);
- SQL `INSERT INTO t (id, full_name, date_of_birth, home_address) VALUES (...)` with `''`
  inside a value and with typographic quotes;
- CSV and semicolon exports (quoted cells with commas, doubled quotes, a created/updated date
  column beside the birth date), TSV, Markdown tables, fixed-width reports aligned by spaces,
  under headers of en, de, fr, nl, es, it, pt (`Nome e cognome`, `Nombre y apellidos`,
  `Volledige naam`, `Nom complet`, `Data di nascita`, `Geboortedatum`, `Morada`, `Anschrift`);
  each export at the text's start or under a sentence and a blank line.

Look-alikes in the same shapes: a `Name` column of products and of files (NEG_PRODUCT,
NEG_CODE), `Company`, `City`, `Status`, `Plan` columns (NEG_ORG, NEG_PLACE, NEG_TERM), the
created/updated/expiry dates beside the birth date (NEG_DATE), `address=db-3.eu-west-1.internal:5432`,
`"address": "0x7ffd5e8c"` (NEG_CODE), `name="nightly-build"` in a log line.

Names are invented by a method no other generator uses: the first half of one real given name
(or surname) of a language joined to the second half of another of the same language, kept only
when the result is in no word of hush's lexicon.

Deterministic (fixed seed), no input: python3 gen_tables2.py > data/tables2.json
"""
import random
import unicodedata

from gen_common import MONTHS, random_ymd, span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(15002)
LEX = {w.lower() for w in lexicon_words(with_global=True)}

REAL = {
    "en": ("Rosalind Barnaby Henrietta Crispin Gwendolyn Ambrose Millicent Leopold Clemency Jasper",
           "Ashworth Bramley Calloway Dunsford Everleigh Fenwick Greaves Holloway Kettering"),
    "de": ("Gerlinde Wolfram Hannelore Ansgar Roswitha Detlef Irmgard Burkhard Sieglinde Eckhard",
           "Brandauer Eichhorst Feldmeier Grünwald Hollenbach Kesselring Lindemann Obermaier"),
    "fr": ("Apolline Baudouin Clothilde Evrard Ghislaine Hippolyte Mélusine Thibaut Léontine",
           "Beaumanoir Chastel Duplessis Fontanel Giraudeau Lavergne Montarnal Rochefort"),
    "nl": ("Geertruida Hidde Jantine Lambertus Mirthe Reinout Sjoukje Wouter Ymke Diederik",
           "Boerema Harmsen Kloosterman Lubbers Nijhuis Oosterhof Scholtens Wijnstra"),
    "es": ("Remedios Anselmo Inmaculada Baltasar Consuelo Eusebio Amparo Leandro Visitación",
           "Aranguren Bustamante Cifuentes Echenique Galarza Larrañaga Mendizábal Urquiza"),
    "it": ("Annunziata Ottavio Concetta Gianluca Loredana Ruggero Mafalda Settimio Graziella",
           "Bonavita Cavalcanti Dell'Orto Fumagalli Lanfranchi Maggiolini Pagliarulo Scarpellini"),
    "pt": ("Conceição Anacleto Filomena Bernardino Glória Leopoldino Rosário Teodoro Leonor",
           "Bettencourt Carrapato Figueiredo Gouveia Meireles Nogueira Rebelo Sequeira"),
}
PARTICLE = {"en": [], "de": ["von", "zu", "von der"], "fr": ["de", "du"], "nl": ["van", "de",
            "van der", "van den"], "es": ["de", "del", "de la"], "it": ["di", "de", "della"],
            "pt": ["da", "dos", "de"]}
COMMON_SURNAME = {"en": ["White", "Young", "Baker", "Hill"], "de": ["Koch", "Wolf", "Klein"],
                  "fr": ["Martin", "Petit", "Blanc"], "nl": ["Visser", "Bakker", "Smit"],
                  "es": ["Blanco", "Castillo", "Prieto"], "it": ["Bianchi", "Conte", "Fiore"],
                  "pt": ["Rocha", "Pereira", "Branco"]}


def fold(w):
    return "".join(c for c in unicodedata.normalize("NFD", w)
                   if unicodedata.category(c) != "Mn").lower()


def invent(pool):
    for _ in range(80):
        a, b = R.sample(pool, 2)
        w = a[:max(2, len(a) // 2)] + b[len(b) // 2:]
        w = w[0].upper() + w[1:].lower()
        if fold(w) not in LEX and w.lower() not in LEX and fold(w) not in map(fold, pool):
            return w
    return pool[0]


def given(lang):
    return invent(REAL[lang][0].split())


def surname(lang, particle=False, common=False):
    if common:
        return R.choice(COMMON_SURNAME[lang])
    s = invent(REAL[lang][1].split())
    if particle and PARTICLE[lang]:
        return R.choice(PARTICLE[lang]) + " " + s
    return s


def full(lang):
    return given(lang) + " " + surname(lang, particle=R.random() < 0.25)


STREET = {
    "en": lambda: f"{R.randint(2, 240)} {invent(REAL['en'][1].split())} {R.choice(['Road', 'Lane', 'Close', 'Gardens'])}, {R.choice(['Leeds LS6 2AB', 'Bristol BS8 1TH', 'York YO1 7HH', 'Bath BA1 2QH'])}",
    "de": lambda: f"{invent(REAL['de'][1].split())}{R.choice(['straße', 'weg', 'allee'])} {R.randint(1, 120)}, {R.choice(['80331 München', '04109 Leipzig', '28195 Bremen', '50667 Köln'])}",
    "fr": lambda: f"{R.randint(1, 90)}, rue {R.choice(['de la', 'des', 'du'])} {invent(REAL['fr'][1].split())}, {R.choice(['69002 Lyon', '33000 Bordeaux', '44000 Nantes', '67000 Strasbourg'])}",
    "nl": lambda: f"{invent(REAL['nl'][1].split())}{R.choice(['laan', 'straat', 'gracht'])} {R.randint(1, 150)}{R.choice(['', 'A', '-2'])}, {R.choice(['3511 AB Utrecht', '9711 BW Groningen', '2611 KL Delft'])}",
    "es": lambda: f"Calle {invent(REAL['es'][1].split())} {R.randint(1, 99)}, {R.choice(['2º B', '1º izq.', 'bajo'])}, {R.choice(['28013 Madrid', '46001 Valencia', '41001 Sevilla'])}",
    "it": lambda: f"Via {invent(REAL['it'][1].split())} {R.randint(1, 200)}, {R.choice(['20121 Milano MI', '40121 Bologna BO', '10121 Torino (TO)'])}",
    "pt": lambda: f"Rua {R.choice(['do', 'da'])} {invent(REAL['pt'][1].split())}, {R.randint(1, 300)}, {R.choice(['1200-195 Lisboa', '4000-322 Porto', '3000-150 Coimbra'])}",
}


def date(lang, y0, y1):
    y, m, d = random_ymd(R, y0, y1)
    mon = MONTHS[lang][m - 1]
    forms = {
        "en": [f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{d} {mon} {y}"],
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{y}-{m:02d}-{d:02d}"],
        "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}"],
        "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{y}-{m:02d}-{d:02d}"],
        "it": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}"],
        "pt": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{y}-{m:02d}-{d:02d}"],
    }
    return R.choice(forms[lang])


def dob(lang):
    return date(lang, 1930, 2008)


def recent(lang):
    return date(lang, 2019, 2026)


H = {  # id, name, given, surname, dob, address, created, city, status, company, plan
    "en": ["Customer ID", "Full name", "First name", "Last name", "Date of birth", "Address",
           "Created", "City", "Status", "Company", "Plan"],
    "de": ["Kundennr.", "Name", "Vorname", "Nachname", "Geburtsdatum", "Anschrift", "Angelegt",
           "Ort", "Status", "Firma", "Tarif"],
    "fr": ["N° client", "Nom complet", "Prénom", "Nom de famille", "Date de naissance",
           "Adresse", "Créé le", "Ville", "Statut", "Société", "Offre"],
    "nl": ["Klantnr.", "Volledige naam", "Voornaam", "Achternaam", "Geboortedatum", "Adres",
           "Aangemaakt", "Plaats", "Status", "Bedrijf", "Abonnement"],
    "es": ["N.º cliente", "Nombre y apellidos", "Nombre", "Apellidos", "Fecha de nacimiento",
           "Dirección", "Creado", "Ciudad", "Estado", "Empresa", "Plan"],
    "it": ["Cod. cliente", "Nome e cognome", "Nome", "Cognome", "Data di nascita", "Indirizzo",
           "Creato il", "Città", "Stato", "Azienda", "Piano"],
    "pt": ["N.º cliente", "Nome completo", "Nome", "Apelido", "Data de nascimento", "Morada",
           "Criado em", "Cidade", "Estado", "Empresa", "Plano"],
}
INTRO = {"en": "Here is the export you asked for:", "de": "Hier der Export aus dem CRM:",
         "fr": "Voici l'export demandé :", "nl": "Hierbij de export uit het systeem:",
         "es": "Aquí tienes la exportación:", "it": "Ecco l'estrazione richiesta:",
         "pt": "Segue a exportação pedida:"}
CITY = {"en": ["Leeds", "Norwich"], "de": ["Kassel", "Erfurt"], "fr": ["Lyon", "Nantes"],
        "nl": ["Zwolle", "Delft"], "es": ["Bilbao", "Toledo"], "it": ["Verona", "Lecce"],
        "pt": ["Braga", "Faro"]}
STATUS = {"en": ["active", "inactive"], "de": ["aktiv", "gesperrt"], "fr": ["actif", "inactif"],
          "nl": ["actief", "inactief"], "es": ["activo", "baja"], "it": ["attivo", "sospeso"],
          "pt": ["ativo", "inativo"]}
COMPANY = ["Northwind Traders", "Globex", "Initech", "Umbrella Logistics", "Stark Industries"]
PLAN = ["Premium", "Basic", "Enterprise", "Starter"]
PRODUCTS = ["Atlas Desk Lamp", "Nimbus Kettle", "Orion Backpack", "Vega Office Chair",
            "Aurora Monitor Arm", "Pixel Stand", "Terra Water Bottle"]
FILES = ["report_final.pdf", "invoice-2024-03.xlsx", "logo.svg", "backup.tar.gz", "notes.md"]
LANGS = list(H)


class Rec:
    def __init__(self, lang, cls):
        self.t, self.spans, self.lang, self.cls = "", [], lang, cls

    def add(self, s, label=None):
        if label:
            self.spans.append(span_at(self.t, label, s))
        self.t += s

    def out(self, i):
        return {"full_text": self.t, "spans": self.spans, "template_id": i,
                "metadata": {"locale": self.lang, "class": self.cls, "corpus": "tables2"}}


def person_row(lang):
    g, s = given(lang), surname(lang, particle=R.random() < 0.3, common=R.random() < 0.15)
    return {"id": str(R.randint(10000, 99999)), "given": g, "surname": s, "full": g + " " + s,
            "dob": dob(lang), "addr": STREET[lang](), "created": recent(lang),
            "city": R.choice(CITY[lang]), "status": R.choice(STATUS[lang]),
            "company": R.choice(COMPANY), "plan": R.choice(PLAN)}


LAB = {"full": "PERSON", "given": "PERSON", "surname": "PERSON", "dob": "DATE_OF_BIRTH",
       "addr": "STREET_ADDRESS", "created": "NEG_DATE", "city": "NEG_PLACE",
       "status": "NEG_TERM", "company": "NEG_ORG", "plan": "NEG_TERM", "id": None}
HIDX = {"id": 0, "full": 1, "given": 2, "surname": 3, "dob": 4, "addr": 5, "created": 6,
        "city": 7, "status": 8, "company": 9, "plan": 10}


def columns():
    cols = ["id"] + (["full"] if R.random() < 0.5 else ["given", "surname"])
    rest = ["dob", "addr", "created", R.choice(["status", "company", "plan", "city"])]
    R.shuffle(rest)
    return cols + rest


def quote_csv(v, sep, always=False):
    if always or sep in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def delimited(i, lang):
    sep = R.choice([",", ";", "\t"])
    r = Rec(lang, {"," : "csv", ";": "csv_semicolon", "\t": "tsv"}[sep])
    if R.random() < 0.5:
        r.add(INTRO[lang] + "\n\n")
    cols = columns()
    r.add(sep.join(H[lang][HIDX[c]] for c in cols) + "\n")
    for _ in range(R.randint(2, 4)):
        row = person_row(lang)
        for k, c in enumerate(cols):
            if k:
                r.add(sep)
            v = row[c]
            q = sep != "\t" and (sep in v or R.random() < 0.2)
            if q:
                r.add('"')
            r.add(v, LAB[c])
            if q:
                r.add('"')
        r.add("\n")
    return r


def markdown(i, lang):
    r = Rec(lang, "markdown")
    if R.random() < 0.5:
        r.add(INTRO[lang] + "\n\n")
    cols = columns()
    r.add("| " + " | ".join(H[lang][HIDX[c]] for c in cols) + " |\n")
    r.add("|" + "---|" * len(cols) + "\n")
    for _ in range(R.randint(2, 4)):
        row = person_row(lang)
        r.add("|")
        for c in cols:
            r.add(" ")
            r.add(row[c], LAB[c])
            r.add(" |")
        r.add("\n")
    return r


def fixed(i, lang):
    r = Rec(lang, "fixed_width")
    if R.random() < 0.4:
        r.add(INTRO[lang] + "\n\n")
    cols = ["id", "full", "dob", "addr"] if R.random() < 0.6 else ["id", "full", "dob", "city",
                                                                  "status"]
    rows = [person_row(lang) for _ in range(R.randint(2, 4))]
    w = [max([len(H[lang][HIDX[c]])] + [len(x[c]) for x in rows]) + 2 for c in cols]
    r.add("".join(H[lang][HIDX[c]].ljust(w[k]) for k, c in enumerate(cols)).rstrip() + "\n")
    for row in rows:
        for k, c in enumerate(cols):
            r.add(row[c], LAB[c])
            if k + 1 < len(cols):
                r.add(" " * (w[k] - len(row[c])))
        r.add("\n")
    return r


def sql(i, lang):
    r = Rec(lang, "sql")
    typo = R.random() < 0.35
    o, c = ("\u2019", "\u2019") if typo else ("'", "'")
    r.add(R.choice(["INSERT INTO patients (id, full_name, date_of_birth, home_address) VALUES\n",
                    "insert into customers (customer_id, full_name, dob, address) values\n"]))
    n = R.randint(2, 3)
    for k in range(n):
        row = person_row(lang)
        if lang == "en" and R.random() < 0.5 and not typo:
            row["addr"] = row["addr"].replace(" Road", "''s Road").replace(" Lane", "''s Lane")
        if not typo:  # SQL doubles a quote inside a quoted value
            row = {k: v.replace("'", "''") for k, v in row.items()}
        r.add(f"  ({row['id']}, {o}")
        r.add(row["full"], "PERSON")
        r.add(f"{c}, {o}")
        r.add(row["dob"] if "-" in row["dob"] else row["dob"], "DATE_OF_BIRTH")
        r.add(f"{c}, {o}")
        r.add(row["addr"], "STREET_ADDRESS")
        r.add(f"{c})" + (",\n" if k + 1 < n else ";\n"))
    return r


def jsonrec(i, lang):
    r = Rec(lang, "json")
    pretty = R.random() < 0.4
    r.add("[\n")
    n = R.randint(1, 3)
    for k in range(n):
        row = person_row(lang)
        keys = [("id", None), ("first_name", "given"), ("last_name", "surname"),
                ("birth_date", "dob"), ("address", "addr"), ("created_at", "created"),
                ("plan", "plan")]
        r.add("  {" + ("\n" if pretty else ""))
        for j, (key, c) in enumerate(keys):
            r.add(("    " if pretty else "") + f'"{key}": ')
            if c is None:
                r.add(row["id"])
            else:
                r.add('"')
                v = row["created"] if c == "created" else row[c]
                if c == "created":
                    v = f"20{R.randint(19, 26)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
                r.add(v, LAB[c])
                r.add('"')
            r.add("," if j + 1 < len(keys) else "")
            r.add("\n" if pretty else ("" if j + 1 == len(keys) else " "))
        r.add(("  " if pretty else "") + "}" + ("," if k + 1 < n else "") + "\n")
    r.add("]")
    return r


def yaml(i, lang):
    r = Rec(lang, "yaml")
    r.add("# fixture: onboarding\nusers:\n")
    for _ in range(R.randint(1, 3)):
        row = person_row(lang)
        r.add("  - name: ")
        r.add(row["full"], "PERSON")
        r.add("\n    dob: ")
        r.add(row["dob"], "DATE_OF_BIRTH")
        r.add('\n    address: "')
        r.add(row["addr"], "STREET_ADDRESS")
        r.add('"\n    team: ')
        r.add(R.choice(COMPANY), "NEG_ORG")
        r.add("\n")
    return r


def logfmt(i, lang):
    r = Rec(lang, "log")
    for _ in range(R.randint(2, 4)):
        row = person_row(lang)
        ts = f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:11Z"
        kind = R.random()
        r.add(f"{ts} INFO user_id={row['id']} ")
        if kind < 0.4:
            r.add('name="')
            r.add(row["full"], "PERSON")
            r.add('" action=profile_update dob=')
            r.add(row["dob"].replace(" ", "_"), "DATE_OF_BIRTH")
        elif kind < 0.75:
            r.add('action=address_change new_address="')
            r.add(row["addr"], "STREET_ADDRESS")
            r.add('" by="')
            r.add(full(lang), "PERSON")
            r.add('"')
        else:
            r.add('action=deploy name="')
            r.add(R.choice(["nightly-build", "Release Train", "Blue Green"]), "NEG_TERM")
            r.add('" address=')
            r.add(f"db-{R.randint(1, 9)}.eu-west-1.internal:5432", "NEG_CODE")
            r.add(" created=")
            r.add(recent(lang).replace(" ", "_"), "NEG_DATE")
        r.add("\n")
    return r


XML_TAGS = {"en": ("fullName", "birthDate", "address", "city", "createdAt"),
            "de": ("Name", "Geburtsdatum", "Anschrift", "Ort", "Angelegt"),
            "fr": ("nomComplet", "dateNaissance", "adresse", "ville", "creeLe"),
            "nl": ("volledigeNaam", "geboortedatum", "adres", "plaats", "aangemaakt"),
            "es": ("nombreCompleto", "fechaNacimiento", "direccion", "ciudad", "alta"),
            "it": ("nomeCompleto", "dataNascita", "indirizzo", "citta", "creato"),
            "pt": ("nomeCompleto", "dataNascimento", "morada", "cidade", "criado")}


def xml(i, lang):
    r = Rec(lang, "xml")
    name, birth, addr, city, created = XML_TAGS[lang]
    r.add('<?xml version="1.0" encoding="UTF-8"?>\n<customers>\n')
    for _ in range(R.randint(1, 3)):
        row = person_row(lang)
        r.add(f'  <customer id="{row["id"]}">\n    <{name}>')
        r.add(row["full"], "PERSON")
        r.add(f"</{name}>\n    <{birth}>")
        r.add(row["dob"], "DATE_OF_BIRTH")
        r.add(f"</{birth}>\n    <{addr}>")
        r.add(row["addr"], "STREET_ADDRESS")
        r.add(f"</{addr}>\n    <{city}>")
        r.add(row["city"], "NEG_PLACE")
        r.add(f"</{city}>\n    <{created}>")
        r.add(row["created"], "NEG_DATE")
        r.add(f"</{created}>\n  </customer>\n")
    r.add("</customers>\n")
    return r


def products(i, lang):
    """Look-alike: a Name column of products or files, with dates and a place column."""
    r = Rec(lang, "neg_table")
    sep = R.choice([",", ";", "|"])
    files = R.random() < 0.4
    head = ["SKU", "Name", "Created", "City", "Status"] if not files else \
        ["Name", "Size", "Modified", "Owner team"]
    if sep == "|":
        r.add("| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n")
    else:
        r.add(sep.join(head) + "\n")
    for _ in range(R.randint(2, 4)):
        if files:
            cells = [(R.choice(FILES), "NEG_CODE"), (f"{R.randint(1, 900)} KB", None),
                     (recent(lang), "NEG_DATE"), (R.choice(COMPANY), "NEG_ORG")]
        else:
            cells = [(f"SKU-{R.randint(100, 999)}", None), (R.choice(PRODUCTS), "NEG_PRODUCT"),
                     (recent(lang), "NEG_DATE"), (R.choice(CITY[lang]), "NEG_PLACE"),
                     (R.choice(STATUS[lang]), "NEG_TERM")]
        if sep == "|":
            r.add("|")
        for k, (v, lab) in enumerate(cells):
            if sep == "|":
                r.add(" ")
            elif k:
                r.add(sep)
            q = sep != "|" and sep in v
            r.add('"' if q else "")
            r.add(v, lab)
            r.add('"' if q else "")
            if sep == "|":
                r.add(" |")
        r.add("\n")
    return r


def neg_keys(i, lang):
    """Look-alike: address and name keys of machines."""
    r = Rec(lang, "neg_keys")
    r.add('{"name": "')
    r.add(R.choice(["Orion Backpack", "Nimbus Kettle", "Release Train"]), "NEG_PRODUCT")
    r.add('", "address": "')
    r.add(f"0x7ffd{R.randint(1000, 9999)}e8c", "NEG_CODE")
    r.add('", "created_at": "')
    r.add(f"20{R.randint(19, 26)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}", "NEG_DATE")
    r.add('", "city": "')
    r.add(R.choice(CITY[lang]), "NEG_PLACE")
    r.add('"}\n')
    return r


SHAPES = [delimited] * 5 + [markdown] * 3 + [fixed] * 3 + [sql] * 2 + [jsonrec] * 2 + \
    [yaml, logfmt, logfmt, products, products, neg_keys, xml]


def main():
    recs = []
    for i in range(240):
        lang = LANGS[i % len(LANGS)]
        recs.append(SHAPES[i % len(SHAPES)](i, lang).out(i))
    write_json(recs)


if __name__ == "__main__":
    main()
