#!/usr/bin/env python3
"""gen_names_tune5.py: the fifth TUNE corpus for the NAMES pack (issue 15), data/names_tune5.json.

Written from a fresh brief (branch `person6`), not from the recognisers nor from the held-out
files (never opened): names in STRUCTURED text.

- CSV/TSV exports with name columns under headers of en/de/fr/nl/es/it/pt (`Nachname`, `Prénom`,
  `Achternaam`, `Apellidos`, `Cognome`, `Sobrenome`, `Owner`, `Assignee`, `Reporter`,
  `Ansprechpartner`), a line of prose above the header, columns split into first and last name,
  `LAST, First` cells in quotes;
- Markdown tables and psql/mysql tables (`----+----`, `+----+`);
- YAML and TOML (`owner: Maria Keller`, `maintainers:` lists, `authors = [...]`);
- XML and HTML (`<author>`, `<td>` under a `<th>Name</th>`, `data-user="..."`, `name="..."`);
- log lines (`user=`, `actor: ...`, `approved by`, key=value with quoted names);
- ticket exports (JIRA/Linear/Zendesk text, GitHub-like JSON: assignee, reporter, watchers,
  @mentions with display names);
- HR and payroll sheets, invoices (`Bill to`, `Kunde`, `Client`, `Cliente`), contact lists,
  school and sports rosters with numbers, spreadsheet rows pasted with tabs;
- names IN UPPER CASE, particles (van der, de la, di, von, bin, al-, Mc/Mac/O'), hyphenated and
  double surnames, single given names in a `first_name` column, names of global origin (South
  Asian, East Asian romanised, Arabic romanised, West African, Slavic, Turkish, Greek, Nordic,
  Vietnamese with its diacritics);
- look-alikes in the same shapes and columns, labelled NEG_*: teams, services, hosts, branches,
  bots and roles (NEG_ROLE: `platform-team`, `Unassigned`, `Jenkins`, `root`), cities
  (NEG_PLACE) and companies (NEG_COMPANY) in the neighbouring columns.

Half the names are real (typed in here by origin), half invented by a method no other generator
uses: the consonant frame of one real name of an origin filled with the vowels of another of the
same origin (`Okafor` + `Mensah` -> `Ekefar`), kept only when it is in no word of hush's lexicon.

Deterministic (fixed seed), needs only the lexicon source file:
  python3 gen_names_tune5.py > data/names_tune5.json
"""
import random
import re

from gen_common import span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(5273)
KNOWN = lexicon_words()
assert len(KNOWN) > 100000, len(KNOWN)

# Real names by origin, typed for this brief: (given names, surnames). A surname may hold a
# particle or a hyphen; "_" joins the words of one surname.
ORIGINS = {
    "en": ("Oliver Hannah George Chloe Liam Megan Declan Siobhan Callum Bethany Rhys Imogen",
           "Whitfield O'Sullivan McAllister MacLeod Pemberton Ashworth Fairbairn O'Brien "
           "Hargreaves Thornton-Blake"),
    "de": ("Jonas Lea Matthias Katrin Lukas Annika Florian Birgit Tobias Svenja",
           "Brandstätter von_Hagen Oberhuber Kessler-Wendt Zimmermann Schröder Pfeiffer Gruber "
           "von_der_Heyde"),
    "fr": ("Mathilde Baptiste Élodie Théo Camille Gaëlle Antoine Solène Maxime Ines",
           "Lefèvre de_la_Fontaine Rousseau Garnier-Lambert Dubois Marchand Chevalier Leclerc"),
    "nl": ("Sanne Joris Femke Bram Lotte Thijs Maaike Ruben Fleur Sem",
           "van_der_Berg de_Vries Bakker van_Dijk Jansen-Smit Visser van_den_Broek Mulder"),
    "es": ("Lucía Alejandro Carmen Javier Nerea Íñigo Paloma Sergio Ainhoa Rodrigo",
           "García_López de_la_Cruz Fernández Martínez-Ruiz Navarro Iglesias Herrera_Soto"),
    "it": ("Giulia Matteo Chiara Lorenzo Federica Davide Martina Alessio Ilaria Tommaso",
           "Bianchi di_Stefano Russo De_Luca Esposito Colombo Ferraro Lombardi"),
    "pt": ("João Mariana Tiago Beatriz Rafael Inês Gonçalo Leonor Duarte Carolina",
           "Carvalho Gonçalves Sousa_Pereira Ferreira Rodrigues Almeida Costa Moreira"),
    "south_asian": ("Aditya Neha Karthik Pooja Vikram Sunita Arvind Divya Manish Shalini",
                    "Raghunathan Bhattacharya Menon Agarwal Joshi Srinivasan Mehta Ramaswamy"),
    "east_asian": ("Jia Hao Xiulan Kenji Aiko Daichi Hana Jun-ho Soo-ah Mingyu",
                   "Zhao Sun Ito Nakamura Sato Yoon Jung Kang Lim"),
    "arabic": ("Ahmad Mariam Yusuf Huda Ibrahim Salma Faisal Dina Walid Reem",
               "bin_Salem al-Hashimi Al-Khatib Darwish Abdallah El-Sayed Mahmoud Suleiman"),
    "west_african": ("Adebayo Nkechi Kwabena Efua Ifeoma Kojo Zainab Obinna Akosua Sekou",
                     "Adeyinka Owusu Eze Nwachukwu Appiah Keita Coulibaly Oyelaran"),
    "slavic": ("Katarzyna Paweł Milena Dragan Jelena Ondřej Zuzana Bogdan Irina Tomasz",
               "Wiśniewska Kowalczyk Petrović Dvořák Novaková Jovanović Kuznetsova Horváth"),
    "turkish": ("Elif Burak Zeynep Emre Ayşe Mert Selin Oğuz Deniz Kaan",
                "Yıldırım Aydın Öztürk Kaya Şahin Çelik Doğan Arslan"),
    "greek": ("Dimitrios Eleni Konstantinos Sofia Nikos Vasiliki Stavros Anastasia Yannis",
              "Papadakis Georgiou Karagiannis Oikonomou Alexopoulos Antoniou Vlachos"),
    "nordic": ("Astrid Magnus Ingrid Sigurd Freja Eirik Solveig Henrik Linnea Ragnar",
               "Lindgren Haugen Bergström Johansen Nyström Halvorsen Sørensen Eriksdóttir"),
    "vietnamese": ("Thảo Minh Hương Quang Ngọc Tuấn Phương Dũng Lan Việt",
                   "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi"),
}
ORIGINS = {k: (g.split(), [x.replace("_", " ") for x in s.split()]) for k, (g, s) in ORIGINS.items()}
VOWELS = "aeiouyàáâãäåèéêëìíîïòóôõöøùúûüıəạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


def known(w):
    return any(p.lower().strip("'") in KNOWN for p in re.split(r"[ \-']", w) if p)


def reframe(pool):
    """The consonant frame of one real name with the vowels of another of the same origin."""
    words = [w for w in pool if " " not in w and "-" not in w and "'" not in w and len(w) >= 4]
    for _ in range(300):
        a, b = R.sample(words, 2)
        vb = [c for c in b.lower() if c in VOWELS]
        if not vb:
            continue
        out, k = [], 0
        for c in a.lower():
            if c in VOWELS:
                out.append(vb[k % len(vb)])
                k += 1
            else:
                out.append(c)
        w = "".join(out)
        w = w[0].upper() + w[1:]
        doubled = re.search(r"(.)\1", w.lower())
        if doubled and doubled.group(0) not in a.lower():
            continue  # "Reesseee": a vowel the frame did not double
        if w.lower() not in (a.lower(), b.lower()) and not known(w) and re.search(
                r"[" + VOWELS + r"]", w.lower()):
            return w
    raise RuntimeError("no reframe")


def person(origin=None):
    origin = origin or R.choice(list(ORIGINS))
    given, surnames = ORIGINS[origin]
    if R.random() < 0.5:
        return R.choice(given), R.choice(surnames)
    return reframe(given), reframe([s for s in surnames if " " not in s] or surnames)


ROLES = ["platform-team", "Unassigned", "Jenkins", "root", "github-actions[bot]", "dependabot",
         "Backend Team", "QA", "svc-deploy", "Support Tier 2", "nobody", "admin", "Release Bot",
         "Infra", "Data Platform", "on-call", "Renovate", "SRE Rotation", "Billing Service",
         "build-agent-03", "main", "release/2.4", "Customer Success", "HR Operations"]
PLACES = ["Rotterdam", "Zaragoza", "Bologna", "Graz", "Lyon", "Porto", "Leeds", "Aarhus",
          "Thessaloniki", "Izmir", "Kraków", "Pune", "Lagos", "Hanoi", "Osaka", "Accra", "Brno",
          "Tromsø", "Coimbra", "Nantes", "Eindhoven", "Bilbao", "Salzburg", "Verona"]
COMPANIES = ["Vandermeer Logistics", "Kessler Bau GmbH", "Atelier Moreau SARL", "Iberdrola",
             "Tata Consultancy", "Nordlys AS", "Grupo Herrera", "Lombardi Trasporti", "Acme Corp",
             "Brightline Ltd", "Papadakis Shipping", "Mensah Foods", "Petrobras", "Zalando"]


class Doc:
    def __init__(self, cls, lang):
        self.cls, self.lang, self.text, self.spans = cls, lang, "", []

    def add(self, s):
        self.text += s

    def label(self, kind, v):
        self.spans.append(span_at(self.text, kind, v))
        self.text += v

    def name(self, v):
        self.label("PERSON", v)

    def neg(self, kind, v):
        self.label(kind, v)


records = []


def done(d):
    for sp in d.spans:
        assert d.text[sp["start_position"]:sp["end_position"]] == sp["entity_value"], sp
    records.append({"full_text": d.text, "spans": d.spans, "template_id": len(records) % 100,
                    "metadata": {"locale": d.lang, "class": d.cls, "corpus": "names_tune5"}})


def form(g, s, how):
    """A person written in one of a table cell's forms."""
    if how == "full":
        return g + " " + s
    if how == "upper":
        return (g + " " + s).upper()
    if how == "last_first":
        return s + ", " + g
    if how == "LAST_first":
        return s.upper() + ", " + g
    if how == "LAST_First":
        return s.upper() + " " + g
    raise KeyError(how)


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
# per language: full-name headers, given-name header, surname header, city, company, other
HEAD = {
    "en": (["Name", "Full name", "Employee", "Customer", "Contact", "Owner", "Assignee",
            "Reporter"], "First name", "Last name", "City", "Company", "Status"),
    "de": (["Name", "Mitarbeiter", "Ansprechpartner", "Kunde", "Verantwortlich", "Bearbeiter"],
           "Vorname", "Nachname", "Ort", "Firma", "Status"),
    "fr": (["Nom complet", "Salarié", "Responsable", "Client", "Contact", "Interlocuteur"],
           "Prénom", "Nom", "Ville", "Société", "Statut"),
    "nl": (["Naam", "Medewerker", "Contactpersoon", "Klant", "Eigenaar", "Behandelaar"],
           "Voornaam", "Achternaam", "Plaats", "Bedrijf", "Status"),
    "es": (["Nombre completo", "Empleado", "Responsable", "Cliente", "Contacto", "Titular"],
           "Nombre", "Apellidos", "Ciudad", "Empresa", "Estado"),
    "it": (["Nominativo", "Dipendente", "Referente", "Cliente", "Responsabile", "Titolare"],
           "Nome", "Cognome", "Città", "Azienda", "Stato"),
    "pt": (["Nome completo", "Funcionário", "Responsável", "Cliente", "Contato", "Titular"],
           "Nome", "Sobrenome", "Cidade", "Empresa", "Estado"),
}
STATUS = ["open", "closed", "active", "pending", "ok", "paid", "draft", "42", "7", "1200.00"]
INTRO = {"en": "Here is the export from the CRM:", "de": "Anbei der Export:",
         "fr": "Voici l'extrait du fichier :", "nl": "Hierbij de export:",
         "es": "Te paso la exportación:", "it": "Ecco l'estratto:", "pt": "Segue a exportação:"}


def cell_person(d, how=None):
    g, s = person()
    d.name(form(g, s, how or R.choice(["full"] * 5 + ["upper", "last_first"])))


def lookalike_cell(d):
    k = R.random()
    if k < 0.6:
        d.neg("NEG_ROLE", R.choice(ROLES))
    elif k < 0.8:
        d.neg("NEG_PLACE", R.choice(PLACES))
    else:
        d.neg("NEG_COMPANY", R.choice(COMPANIES))


def csv_table(lang, split, sep, intro):
    d = Doc("csv", lang)
    full, gh, sh, city, comp, st = HEAD[lang]
    if intro:
        d.add(INTRO[lang] + "\n\n")
    hdr = ["ID"] + ([gh, sh] if split else [R.choice(full)]) + [city, comp, st]
    d.add(sep.join(hdr) + "\n")
    for row in range(R.randint(3, 6)):
        d.add(str(1000 + R.randint(0, 8999)) + sep)
        if split:
            g, s = person()
            up = R.random() < 0.2
            d.name(g.upper() if up else g)
            d.add(sep)
            d.name(s.upper() if up else s)
        elif row == 2 and R.random() < 0.4:
            lookalike_cell(d)
        else:
            g, s = person()
            how = R.choice(["full"] * 4 + ["upper", "last_first"])
            v = form(g, s, how)
            if how == "last_first" or (sep == "," and "," in v):
                d.add('"')
                d.name(v)
                d.add('"')
            else:
                d.name(v)
        d.add(sep)
        d.neg("NEG_PLACE", R.choice(PLACES))
        d.add(sep)
        c = R.choice(COMPANIES)
        d.add('"' + c + '"' if sep == "," and "," in c else c)
        d.add(sep + R.choice(STATUS) + "\n")
    done(d)


def md_table(lang):
    d = Doc("markdown", lang)
    full, gh, sh, city, comp, st = HEAD[lang]
    h = R.choice(full)
    d.add("| # | " + h + " | " + city + " | " + st + " |\n|---|---|---|---|\n")
    for row in range(R.randint(3, 5)):
        d.add("| " + str(row + 1) + " | ")
        if row == 1 and R.random() < 0.4:
            lookalike_cell(d)
        else:
            cell_person(d)
        d.add(" | ")
        d.neg("NEG_PLACE", R.choice(PLACES))
        d.add(" | " + R.choice(STATUS) + " |\n")
    done(d)


def sql_table(lang, mysql):
    d = Doc("sql", lang)
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append(person())
    cols = ["id", "first_name", "last_name", "city"]
    w = [4, 14, 22, 14]
    if mysql:
        border = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
        d.add("mysql> SELECT id, first_name, last_name, city FROM customers LIMIT 5;\n" + border)
        d.add("| " + " | ".join(c.ljust(x) for c, x in zip(cols, w)) + " |\n" + border)
    else:
        d.add("app=# select id, first_name, last_name, city from users;\n")
        d.add(" " + " | ".join(c.ljust(x) for c, x in zip(cols, w)) + "\n")
        d.add("-" + "-+-".join("-" * x for x in w) + "-\n")
    for i, (g, s) in enumerate(rows):
        d.add(("| " if mysql else " ") + str(i + 1).ljust(w[0]) + " | ")
        d.name(g)
        d.add(" " * max(1, w[1] - len(g)) + " | ")
        d.name(s)
        d.add(" " * max(1, w[2] - len(s)) + " | ")
        p = R.choice(PLACES)
        d.neg("NEG_PLACE", p)
        d.add(" " * max(1, w[3] - len(p)) + (" |\n" if mysql else "\n"))
    d.add(border if mysql else "")
    d.add("(%d rows)\n" % len(rows) if not mysql else "%d rows in set (0.00 sec)\n" % len(rows))
    done(d)


def yaml_doc(lang):
    d = Doc("yaml", lang)
    g, s = person()
    d.add("service: billing-api\nowner: ")
    if R.random() < 0.3:
        d.neg("NEG_ROLE", R.choice(ROLES))
    else:
        d.name(g + " " + s)
    d.add("\nmaintainers:\n")
    for _ in range(R.randint(2, 4)):
        d.add("  - ")
        cell_person(d, "full")
        d.add("\n")
    d.add("reviewers: [")
    for k in range(2):
        if k:
            d.add(", ")
        cell_person(d, "full")
    d.add("]\noncall: ")
    d.neg("NEG_ROLE", R.choice(ROLES))
    d.add("\nregion: ")
    d.neg("NEG_PLACE", R.choice(PLACES))
    d.add("\n")
    done(d)


def toml_doc(lang):
    d = Doc("toml", lang)
    d.add('[package]\nname = "hush-extras"\nversion = "0.4.1"\nauthors = [')
    for k in range(R.randint(1, 3)):
        if k:
            d.add(", ")
        d.add('"')
        cell_person(d, "full")
        d.add('"')
    d.add(']\n\n[team]\nlead = "')
    cell_person(d, "full")
    d.add('"\ngroup = "')
    d.neg("NEG_ROLE", R.choice(ROLES))
    d.add('"\n')
    done(d)


def xml_doc(lang):
    d = Doc("xml", lang)
    k = R.random()
    if k < 0.33:
        d.add('<?xml version="1.0"?>\n<book id="b7">\n  <title>Notes on Queues</title>\n  <author>')
        cell_person(d, "full")
        d.add("</author>\n  <editor>")
        cell_person(d, "full")
        d.add("</editor>\n  <publisher>")
        d.neg("NEG_COMPANY", R.choice(COMPANIES))
        d.add("</publisher>\n</book>\n")
    elif k < 0.66:
        full, gh, sh, city, comp, st = HEAD[lang]
        d.add("<table>\n  <tr><th>" + R.choice(full) + "</th><th>" + city + "</th></tr>\n")
        for row in range(R.randint(2, 4)):
            d.add("  <tr><td>")
            if row == 1 and R.random() < 0.4:
                lookalike_cell(d)
            else:
                cell_person(d)
            d.add("</td><td>")
            d.neg("NEG_PLACE", R.choice(PLACES))
            d.add("</td></tr>\n")
        d.add("</table>\n")
    else:
        d.add('<li class="member" data-user="')
        cell_person(d, "full")
        d.add('" data-team="')
        d.neg("NEG_ROLE", R.choice(ROLES))
        d.add('">\n<contact name="')
        cell_person(d, "full")
        d.add('" city="')
        d.neg("NEG_PLACE", R.choice(PLACES))
        d.add('"/>\n')
    done(d)


def log_doc(lang):
    d = Doc("log", lang)
    for _ in range(R.randint(2, 4)):
        ts = "2024-0%d-1%d 0%d:%d2:17" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9),
                                          R.randint(0, 5))
        k = R.randint(0, 5)
        if k == 0:
            d.add(ts + ' INFO auth: login ok user="')
            cell_person(d, "full")
            d.add('" ip=127.0.0.1\n')
        elif k == 1:
            d.add("level=info ts=" + ts.replace(" ", "T") + ' msg="deploy approved" actor="')
            cell_person(d, "full")
            d.add('" env=prod\n')
        elif k == 2:
            d.add(ts + " [audit] change #" + str(R.randint(100, 999)) + " approved by ")
            cell_person(d, "full")
            d.add("\n")
        elif k == 3:
            d.add(ts + " actor: ")
            cell_person(d, "full")
            d.add(" action=merge branch=")
            d.neg("NEG_ROLE", R.choice(["main", "release/2.4", "develop"]))
            d.add("\n")
        elif k == 4:
            d.add(ts + " sshd: session opened user=")
            d.neg("NEG_ROLE", R.choice(["root", "admin", "svc-deploy", "nobody"]))
            d.add("\n")
        else:
            d.add(ts + " WARN ticket reassigned from ")
            cell_person(d, "full")
            d.add(" to ")
            cell_person(d, "full")
            d.add("\n")
    done(d)


def ticket_doc(lang):
    d = Doc("ticket", lang)
    k = R.random()
    if k < 0.4:
        d.add("PROJ-" + str(R.randint(100, 9999)) + ": Export fails on large files\nStatus: Open\nAssignee: ")
        if R.random() < 0.3:
            d.neg("NEG_ROLE", R.choice(["Unassigned", "Backend Team", "QA"]))
        else:
            cell_person(d, "full")
        d.add("\nReporter: ")
        if R.random() < 0.3:
            d.neg("NEG_ROLE", R.choice(["Jenkins", "Release Bot", "dependabot"]))
        else:
            cell_person(d, "full")
        d.add("\nWatchers: ")
        for j in range(R.randint(2, 3)):
            if j:
                d.add(", ")
            cell_person(d, "full")
        d.add("\nComponent: ")
        d.neg("NEG_ROLE", R.choice(["Billing Service", "Data Platform", "Infra"]))
        d.add("\n")
    elif k < 0.7:
        g, s = person()
        login = (g[0] + s.split()[-1]).lower()
        login = re.sub(r"[^a-z]", "", login) or "user1"
        d.add('{"number": ' + str(R.randint(10, 999)) + ', "title": "Flaky test", "assignee": {"login": "'
              + login + '", "name": "')
        d.name(g + " " + s)
        d.add('"}, "user": {"login": "')
        d.neg("NEG_ROLE", "github-actions[bot]")
        d.add('", "name": null}, "requested_reviewers": [{"name": "')
        cell_person(d, "full")
        d.add('"}]}')
    else:
        d.add("Comment by ")
        cell_person(d, "full")
        d.add(":\nthanks @")
        cell_person(d, "full")
        d.add(", can you check with @")
        cell_person(d, "full")
        d.add(" before Friday? cc @")
        d.neg("NEG_ROLE", R.choice(["platform-team", "on-call", "SRE Rotation"]))
        d.add("\n")
    done(d)


def hr_doc(lang):
    d = Doc("hr", lang)
    full, gh, sh, city, comp, st = HEAD[lang]
    pay = {"en": ("Gross", "Net"), "de": ("Brutto", "Netto"), "fr": ("Brut", "Net"),
           "nl": ("Bruto", "Netto"), "es": ("Bruto", "Neto"), "it": ("Lordo", "Netto"),
           "pt": ("Bruto", "Líquido")}[lang]
    d.add("\t".join(["Nr", sh, gh, pay[0], pay[1]]) + "\n")
    for i in range(R.randint(3, 5)):
        g, s = person()
        d.add(str(R.randint(1, 400)) + "\t")
        d.name(s.upper() if R.random() < 0.3 else s)
        d.add("\t")
        d.name(g)
        gross = R.randint(2000, 7000)
        d.add("\t%d,00\t%d,00\n" % (gross, gross * 62 // 100))
    done(d)


def invoice_doc(lang):
    d = Doc("invoice", lang)
    lab = {"en": "Bill to:", "de": "Kunde:", "fr": "Client :", "nl": "Klant:", "es": "Cliente:",
           "it": "Cliente:", "pt": "Cliente:"}[lang]
    inv = {"en": "INVOICE", "de": "RECHNUNG", "fr": "FACTURE", "nl": "FACTUUR", "es": "FACTURA",
           "it": "FATTURA", "pt": "FATURA"}[lang]
    d.add(inv + " Nr. " + str(R.randint(1000, 9999)) + "\n")
    if R.random() < 0.5:
        d.add(lab + " ")
        cell_person(d, R.choice(["full", "full", "upper"]))
        d.add("\n")
    else:
        d.add(lab + "\n")
        cell_person(d, R.choice(["full", "upper"]))
        d.add("\n")
    d.neg("NEG_COMPANY", R.choice(COMPANIES))
    d.add("\n")
    d.neg("NEG_PLACE", R.choice(PLACES))
    d.add("\nTotal: %d.00 EUR\n" % R.randint(50, 5000))
    done(d)


def contacts_doc(lang):
    d = Doc("contacts", lang)
    for _ in range(R.randint(3, 5)):
        k = R.random()
        if k < 0.4:
            d.add("- ")
            cell_person(d)
            d.add(" (")
            d.neg("NEG_COMPANY", R.choice(COMPANIES))
            d.add(", ")
            d.neg("NEG_PLACE", R.choice(PLACES))
            d.add(")\n")
        elif k < 0.7:
            cell_person(d, R.choice(["full", "upper", "LAST_First"]))
            d.add(" — ")
            d.neg("NEG_PLACE", R.choice(PLACES))
            d.add("\n")
        else:
            d.add(R.choice(["Name", "Naam", "Nom", "Nombre", "Nome"]) + ": ")
            cell_person(d, "full")
            d.add(" | ")
            d.neg("NEG_PLACE", R.choice(PLACES))
            d.add("\n")
    done(d)


def roster_doc(lang):
    d = Doc("roster", lang)
    team = R.choice(["U12 Girls", "First XI", "Class 4B", "Jahrgang 7", "Équipe A", "Selectie JO15"])
    d.add(team + "\n")
    pos = ["GK", "DF", "MF", "FW"]
    for _ in range(R.randint(3, 6)):
        g, s = person()
        n = str(R.randint(1, 30))
        k = R.random()
        if k < 0.35:
            d.add(n.rjust(2) + "  ")
            d.name(s.upper() + " " + g)
            d.add("  " + R.choice(pos) + "\n")
        elif k < 0.7:
            d.add(n + ". ")
            d.name(g + " " + s)
            d.add("\n")
        else:
            d.add(n + "\t")
            d.name(g)
            d.add("\t")
            d.name(s)
            d.add("\t" + R.choice(pos) + "\n")
    done(d)


def tabs_doc(lang):
    """Spreadsheet rows pasted with tabs and no header."""
    d = Doc("tabs", lang)
    for _ in range(R.randint(3, 5)):
        g, s = person()
        d.add(str(R.randint(10, 99)) + "\t")
        d.name(g + " " + s if R.random() < 0.7 else (g + " " + s).upper())
        d.add("\t")
        d.neg("NEG_PLACE", R.choice(PLACES))
        d.add("\t" + str(R.randint(1, 9)) + "\n")
    done(d)


for rep in range(4):
    for lang in LANGS:
        csv_table(lang, split=False, sep=R.choice([",", ";", "\t"]), intro=rep % 2 == 1)
        csv_table(lang, split=True, sep=R.choice([",", ";", "\t", "|"]), intro=rep % 2 == 0)
        md_table(lang)
        hr_doc(lang)
        invoice_doc(lang)
        if lang in ("en", "de", "nl"):
            sql_table(lang, mysql=rep % 2 == 0)
            yaml_doc(lang)
            toml_doc(lang)
            xml_doc(lang)
            log_doc(lang)
            ticket_doc(lang)
            ticket_doc(lang)
        contacts_doc(lang)
        roster_doc(lang)
        tabs_doc(lang)

write_json(records)
