#!/usr/bin/env python3
"""gen_fam10b.py: names in structured text whose header or key does not say "name" (issue 15,
branch `fam10b`).

Written from the shapes of the misses the lead counted on the newest blind set (by shape only,
the set itself unread), before reading the detector's rules, in en/de/fr/nl/es/it/pt, with real
names (the lexicon knows them) and invented ones (syllables, no lexicon word):
- Markdown tables: DNA match lists (`| Name | 1,234 cM | 2nd cousin |`, a `| self |` row),
  tutoring sign-ups, trial screening, under headers `Match`, `Student`, `Tutor`, `Subject ID`,
  `Notes`, or no header at all;
- CSV with `,` or `;` and no header, or a header in another language (`Unterstützer;Betrag`),
  crowdfunding backer lists, European Excel exports;
- spreadsheet cells pasted with tabs or `A2: ` prefixes, `=CONCAT("Maria";" ";"Keller")`,
  `="Maria Keller"`;
- YAML/TOML rotations and configs (`primary: X`, `secondary: X`, `owner = "X"`,
  `oncall: [X, Y]`, `reviewers:` lists);
- code fixtures (`name='X'`, `Person(name="X", ...)`, `{'name': 'X'}`, `new User("G", "S")`,
  `createUser({ first: 'G', last: 'S' })`);
- dates of birth in the same families: a date cell after a name in a tab row, a date in a
  Markdown table under role headers, `# ... | 1987-03-04 |` fixture comments.
Look-alikes in the same shapes: products, teams, cities, `owner: platform-team`,
`primary: us-east-1`, `name='main'`, `Person(name=None)`, product CSV, haplogroup-only DNA
tables (NEG_PRODUCT, NEG_ORG, NEG_PLACE, NEG_CODE, NEG_TERM, NEG_DATE).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 1010)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "Oliver", "Siobhan", "Rebecca", "Thomas", "Grace", "Hannah", "Edward"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias", "Anja"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Claire", "Hugo"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Inmaculada", "Rodrigo", "Elena"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo", "Paola"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Whitcombe", "Ashworth", "Fletcher", "Doyle", "Harrington"],
    "de": ["Keller", "Weber", "Hoffmann", "Brandstätter", "Vogel", "Lindner", "Krause"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Rousseau"],
    "nl": ["van Dijk", "de Vries", "Bakker", "Visser", "Mulder", "Hendriks", "Jansen"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Castillo", "Domínguez", "Vidal"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Sousa", "Teixeira", "Almeida", "Pereira"],
}
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "wen", "der", "ros"],
       "de": ["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"],
       "fr": ["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"],
       "nl": ["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"],
       "es": ["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"],
       "it": ["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"]}
GEND = {"en": ["a", "y"], "de": ["a", "o"], "fr": ["e", "ine"], "nl": ["a", "je"],
        "es": ["a", "o"], "it": ["a", "o"], "pt": ["a", "o"]}


def invent(lg, surname):
    while True:
        n = rng.choice((1, 2))
        w = "".join(rng.choice(SYL[lg]) for _ in range(n))
        w += rng.choice(END[lg]) if surname else rng.choice(GEND[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def pair(lg):
    """(given, surname): real most of the time, invented otherwise."""
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.7 else invent(lg, False)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg, True)
    return g, s


def full(lg):
    g, s = pair(lg)
    return g + " " + s


def dob():
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.choice(("iso", "dmy", "dmy.", "mdy"))
    if f == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if f == "dmy":
        return "%02d/%02d/%04d" % (d, m, y)
    if f == "dmy.":
        return "%02d.%02d.%04d" % (d, m, y)
    return "%d/%d/%04d" % (m, d, y)


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", full(self.lg))
        elif key == "DOB":
            self.span("DATE_OF_BIRTH", dob())
        elif key in kw:
            lab, v = kw[key]
            if lab:
                self.span(lab, v)
            else:
                self.t(v)
        else:
            raise ValueError(key)


REL = ["Parent/Child", "Full sibling", "1st cousin", "2nd cousin", "2nd–3rd cousin",
       "3rd cousin", "Half sibling", "1st cousin once removed", "Distant cousin"]
HAPLO = ["H1a2", "U5b1", "K1a", "J1c2", "T2b", "R1b-L21", "I2a1", "E1b1b", "G2a", "N1c"]


def md_dna():
    for i in range(28):
        lg = LANGS[i % 7]
        d = D(lg, "md_dna")
        if i % 4 == 0:
            d.t("My top matches on Ancestry, can someone help me place them?\n\n")
        elif i % 4 == 1:
            d.t("Shared matches with my grandmother's kit:\n\n")
        hdr = i % 3
        if hdr == 0:
            d.t("| Match | Shared cM | Relationship |\n|---|---|---|\n")
        elif hdr == 1:
            d.t("| Match | cM | Segments | Predicted |\n| --- | ---: | ---: | --- |\n")
        if i % 5 == 0:
            d.t("| self | 6,950 cM | — |\n" if hdr != 1 else "| self | 6950 | 22 | — |\n")
        for _ in range(rng.randint(2, 5)):
            cm = rng.randint(20, 3400)
            cms = "{:,}".format(cm) if rng.random() < 0.5 else str(cm)
            d.t("| ").fill("{P}")
            if hdr == 1:
                d.t(" | %s | %d | %s |\n" % (cms, rng.randint(1, 40), rng.choice(REL)))
            else:
                d.t(" | %s cM | %s |\n" % (cms, rng.choice(REL)))
        d.done()


def md_roles():
    heads = [("Student", "Tutor", "Slot"), ("Tutor", "Student", "Subject"),
             ("Student", "Parent", "Day"), ("Mentor", "Mentee", "Track")]
    for i in range(21):
        lg = LANGS[i % 7]
        a, b, c = heads[i % 4]
        d = D(lg, "md_roles")
        if i % 2:
            d.t("Sign-ups for the autumn tutoring programme:\n\n")
        d.t("| %s | %s | %s |\n|---|---|---|\n" % (a, b, c))
        for _ in range(rng.randint(2, 4)):
            third = rng.choice(("Mon 16:00", "Tue 17:30", "Maths", "Physics", "Wed", "Backend"))
            d.t("| ").fill("{P}").t(" | ").fill("{P}").t(" | %s |\n" % third)
        d.done()


def md_trial():
    for i in range(21):
        lg = LANGS[i % 7]
        d = D(lg, "md_trial")
        v = i % 3
        if v == 0:
            d.t("| Subject ID | Notes | Status |\n|---|---|---|\n")
            for _ in range(rng.randint(2, 3)):
                d.t("| S-%03d | " % rng.randint(1, 999)).fill("{P}").t(
                    rng.choice((", consented", " (withdrew)", ", screen fail", "")) +
                    " | %s |\n" % rng.choice(("eligible", "excluded", "pending")))
        elif v == 1:
            d.t("| Subject ID | Subject | DOB | Arm |\n|---|---|---|---|\n")
            for _ in range(rng.randint(2, 3)):
                d.t("| P%04d | " % rng.randint(1, 9999)).fill("{P}").t(" | ").fill("{DOB}").t(
                    " | %s |\n" % rng.choice(("A", "B", "placebo")))
        else:
            d.t("Screening log\n\n")
            for _ in range(rng.randint(2, 4)):
                d.t("| %02d | " % rng.randint(1, 99)).fill("{P}").t(
                    " | %s |\n" % rng.choice(("inclusion ok", "BMI too high", "consent pending")))
        d.done()


def md_dob_roles():
    heads = [("Patient", "Referrer", "Born"), ("Employee", "Manager", "Start"),
             ("Child", "Guardian", "Birthday")]
    for i in range(14):
        lg = LANGS[i % 7]
        a, b, c = heads[i % 3]
        d = D(lg, "md_dob_roles")
        d.t("| %s | %s | %s |\n|---|---|---|\n" % (a, b, c))
        for _ in range(rng.randint(2, 3)):
            d.t("| ").fill("{P}").t(" | ").fill("{P}").t(" | ")
            if c == "Start":
                d.span("NEG_DATE", "%04d-%02d-%02d" % (rng.randint(2010, 2025), rng.randint(1, 12),
                                                       rng.randint(1, 28)))
            else:
                d.fill("{DOB}")
            d.t(" |\n")
        d.done()


CSV_HEAD = {"de": ("Unterstützer", "Betrag"), "fr": ("Contributeur", "Montant"),
            "nl": ("Steunpilaar", "Bedrag"), "es": ("Mecenas", "Importe"),
            "it": ("Sostenitore", "Importo"), "pt": ("Apoiante", "Valor"), "en": ("Backer", "Pledge")}


def csv_rows():
    for i in range(35):
        lg = LANGS[i % 7]
        d = D(lg, "csv")
        v = i % 5
        sep = ";" if lg in ("de", "fr", "nl", "es", "it", "pt") and i % 2 == 0 else ","
        if v == 0:
            h = CSV_HEAD[lg]
            d.t("%s%s%s%sDatum\n" % (h[0], sep, h[1], sep))
            for _ in range(rng.randint(2, 4)):
                amt = "%d,00 €" % rng.randint(5, 500) if sep == ";" else "%d.00" % rng.randint(5, 500)
                d.fill("{P}").t("%s%s%s%02d.%02d.2025\n" % (sep, amt, sep, rng.randint(1, 28),
                                                           rng.randint(1, 12)))
        elif v == 1:
            for _ in range(rng.randint(2, 4)):
                d.t("%d%s" % (rng.randint(1000, 9999), sep)).fill("{P}").t(
                    "%s%s\n" % (sep, rng.choice(("Gold", "Silber", "Bronze", "Early bird"))))
        elif v == 2:
            d.t("Kickstarter backers (export):\n")
            for _ in range(rng.randint(3, 5)):
                d.fill("{P}").t("%s%d%s%s\n" % (sep, rng.randint(5, 300), sep,
                                               rng.choice(("DE", "FR", "NL", "US", "IT"))))
        elif v == 3:
            for _ in range(rng.randint(2, 4)):
                g, s = pair(lg)
                d.span("PERSON", s).t(sep).span("PERSON", g).t(
                    "%s%d\n" % (sep, rng.randint(10, 99)))
        else:
            for _ in range(rng.randint(2, 3)):
                d.t('"').fill("{P}").t('"%s"%s"%s%d\n' % (sep, rng.choice(("paid", "open")), sep,
                                                          rng.randint(1, 50)))
        d.done()


def sheet():
    for i in range(28):
        lg = LANGS[i % 7]
        d = D(lg, "sheet")
        v = i % 4
        if v == 0:
            for r in range(2, 2 + rng.randint(2, 4)):
                d.t("A%d: " % r).fill("{P}").t("\n")
        elif v == 1:
            for _ in range(rng.randint(2, 4)):
                d.fill("{P}").t("\t").fill("{DOB}").t("\t%s\n" % rng.choice(("Berlin", "Lyon", "Porto")))
        elif v == 2:
            g, s = pair(lg)
            q = '"' if rng.random() < 0.5 else '"'
            sep = ";" if lg != "en" else ","
            d.t("=CONCAT(%s" % q).span("PERSON", g).t('%s%s" "%s%s' % (q, sep, sep, q)).span(
                "PERSON", s).t(q + ")\n")
        else:
            d.t("B%d: =\"" % rng.randint(2, 40)).fill("{P}").t("\"\n")
        d.done()


def yaml_cfg():
    for i in range(35):
        lg = LANGS[i % 7]
        d = D(lg, "yaml")
        v = i % 5
        if v == 0:
            d.t("rotation:\n  week: %d\n  primary: " % rng.randint(1, 52)).fill("{P}").t(
                "\n  secondary: ").fill("{P}").t("\n  escalation: ").fill("{P}").t("\n")
        elif v == 1:
            d.t('[service]\nowner = "').fill("{P}").t('"\nteam = "payments"\n')
        elif v == 2:
            d.t("oncall: [")
            for k in range(rng.randint(2, 3)):
                if k:
                    d.t(", ")
                g = rng.choice(GIVEN[lg]) if rng.random() < 0.7 else invent(lg, False)
                d.span("PERSON", g)
            d.t("]\n")
        elif v == 3:
            d.t("reviewers:\n")
            for _ in range(rng.randint(2, 3)):
                d.t("  - ").fill("{P}").t("\n")
        else:
            d.t("schedule:\n  - day: mon\n    primary: ").fill("{P}").t(
                "\n  - day: tue\n    primary: ").fill("{P}").t("\n")
        d.done()


def code():
    for i in range(42):
        lg = LANGS[i % 7]
        d = D(lg, "code")
        v = i % 6
        if v == 0:
            d.t("def test_rename():\n    u = make_user(name='").fill("{P}").t("')\n")
        elif v == 1:
            d.t('alice = Person(name="').fill("{P}").t('", age=%d, email=None)\n' % rng.randint(18, 80))
        elif v == 2:
            d.t("users = [{'name': '").fill("{P}").t("', 'id': 1}, {'name': '").fill("{P}").t(
                "', 'id': 2}]\n")
        elif v == 3:
            g, s = pair(lg)
            d.t('User u = new User("').span("PERSON", g).t('", "').span("PERSON", s).t('");\n')
        elif v == 4:
            g, s = pair(lg)
            d.t("await createUser({ first: '").span("PERSON", g).t("', last: '").span(
                "PERSON", s).t("' });\n")
        else:
            d.t("# fixture | ").fill("{P}").t(" | ").fill("{DOB}").t(" |\n")
            d.t("PATIENTS = load('patients.json')\n")
        d.done()


def neg():
    N = [
        ("neg_md", "| Match | Haplogroup | Shared cM |\n|---|---|---|\n| ", "NEG_CODE", rng.choice(HAPLO),
         " | H1a2 | 1,234 cM |\n"),
        ("neg_md", "| Kit | Haplogroup |\n|---|---|\n| ", "NEG_CODE", "R1b-L21", " | U5b1 |\n"),
        ("neg_md", "| Student | Course |\n|---|---|\n| ", "NEG_TERM", "Year 9", " | Algebra II |\n"),
        ("neg_md", "| Tutor | Subject |\n|---|---|\n| ", "NEG_TERM", "TBD", " | Chemistry |\n"),
        ("neg_md", "| Subject ID | Notes |\n|---|---|\n| ", "NEG_CODE", "S-014",
         " | Visit 2 rescheduled |\n"),
        ("neg_md", "| Notes | Status |\n|---|---|\n| ", "NEG_TERM", "Follow up Monday", " | open |\n"),
        ("neg_csv", "Produkt;Preis;Lager\n", "NEG_PRODUCT", "Kaffee Crema", ";12,99;40\n"),
        ("neg_csv", "", "NEG_PRODUCT", "Galaxy Note", ",899,Samsung\nPixel Fold,1799,Google\n"),
        ("neg_csv", "Stadt;Einwohner\n", "NEG_PLACE", "Bad Homburg", ";54000\nLa Rochelle;77000\n"),
        ("neg_csv", "", "NEG_ORG", "Real Madrid", ",Spain,1902\nAston Villa,England,1874\n"),
        ("neg_sheet", "A2: ", "NEG_PRODUCT", "Office Chair", "\nA3: Standing Desk\n"),
        ("neg_sheet", '=CONCAT("', "NEG_CODE", "Q3", '";" ";"Report")\n'),
        ("neg_sheet", 'B4: ="', "NEG_PLACE", "New York", '"\n'),
        ("neg_yaml", "owner: ", "NEG_ORG", "platform-team", "\nprimary: us-east-1\n"),
        ("neg_yaml", "primary: ", "NEG_PLACE", "eu-west-1", "\nsecondary: eu-central-1\n"),
        ("neg_yaml", 'owner = "', "NEG_ORG", "Data Platform", '"\n'),
        ("neg_yaml", "oncall: [", "NEG_ORG", "sre", ", dba, netops]\n"),
        ("neg_yaml", "reviewers:\n  - ", "NEG_ORG", "backend-team", "\n  - security\n"),
        ("neg_yaml", "primary: ", "NEG_PLACE", "Frankfurt", "\nsecondary: Amsterdam\n"),
        ("neg_yaml", "primary: ", "NEG_TERM", "Blue Green", "\nstrategy: canary\n"),
        ("neg_code", "git checkout -b x && branch(name='", "NEG_CODE", "main", "')\n"),
        ("neg_code", "p = Person(name=", "NEG_CODE", "None", ", age=0)\n"),
        ("neg_code", "cfg = {'name': '", "NEG_PRODUCT", "Postgres Cluster", "', 'size': 3}\n"),
        ("neg_code", 'City c = new City("', "NEG_PLACE", "San Diego", '", "CA");\n'),
        ("neg_code", "createProduct({ first: '", "NEG_PRODUCT", "Apple", "', last: 'Pie' });\n"),
        ("neg_code", "Team(name=\"", "NEG_ORG", "Red Team", "\", size=4)\n"),
        ("neg_code", "# fixture | ", "NEG_PRODUCT", "Widget Pro", " | 2024-01-05 |\n"),
        ("neg_csv", "", "NEG_PLACE", "Porto Alegre", ";BR;1,4\nSão Paulo;BR;12,3\n"),
        ("neg_md", "| Team | Lead |\n|---|---|\n| ", "NEG_ORG", "Core Platform", " | TBD |\n"),
        ("neg_sheet", "", "NEG_PRODUCT", "Milk Chocolate", "\t2024-03-01\t4.99\n"),
    ]
    for cls, a, lab, x, b in N:
        D("en", cls).t(a).span(lab, x).t(b).done()


md_dna()
md_roles()
md_trial()
md_dob_roles()
csv_rows()
sheet()
yaml_cfg()
code()
neg()
write_json(records)
