#!/usr/bin/env python3
"""gen_h12gens.py: PERSON in structured text, away from names_holdout12's kinds (branch `h12recs`).

names_holdout12's structured kinds missed names by three mechanisms that are not its own: a people
column named in a header row with the values in the rows below (TSV with a merged row above, pandas
printouts), a user name in a home path or shell prompt, a DICOM person name `SURNAME^GIVEN`. This
set holds the same mechanisms in kinds of text holdout12 does not have:
  table  psql and MySQL result grids, fixed-width reports, semicolon exports, Excel pastes with a
         title row, R data.frame printouts; headers in en/de/fr/nl/es/it/pt;
  path   bash history, ssh/scp/rsync command lines, PowerShell prompts, macOS crash reports,
         docker-compose volumes, Windows event logs, cron mail;
  dicom  pydicom printouts, DICOM JSON (PS3.18), gdcmdump, Orthanc tags, modality worklists.
Real and invented names, lower case, capitals, diacritics. Look-alikes (NEG_*): non-people
columns (products, towns, teams, firms), service accounts in paths (`ubuntu`, `svc.backup`,
`build.agent`), caret codes in non-PN DICOM tags (`CT^THORAX`), firms in grids.
Writes JSON to stdout; deterministic; Python stdlib only."""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261204 + 38)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Eleanor", "Hamish", "Poppy", "Fergus", "Niamh", "Tobias", "Ruth", "Alistair"],
    "de": ["Svenja", "Henrik", "Kerstin", "Volker", "Anke", "Rüdiger", "Birgit", "Malte"],
    "fr": ["Océane", "Gaspard", "Nadège", "Florian", "Séverine", "Baptiste", "Inès", "Rémy"],
    "nl": ["Maartje", "Gijs", "Ilse", "Ruud", "Fleur", "Sjors", "Janneke", "Teun"],
    "es": ["Rocío", "Álvaro", "Nerea", "Gonzalo", "Amaia", "Jaime", "Pilar", "Unai"],
    "it": ["Arianna", "Filippo", "Chiara", "Edoardo", "Serena", "Nicolò", "Elisa", "Ettore"],
    "pt": ["Joana", "Rui", "Filipa", "Duarte", "Catarina", "Nuno", "Marta", "Tomás"],
}
SURNAME = {
    "en": ["Pennington", "Roscoe", "Gallagher", "Mayhew", "Strickland", "Dunmore", "Osei"],
    "de": ["Wendland", "Fischbach", "Rautenberg", "Kleinert", "Osterloh", "Pfeiffer", "Yıldız"],
    "fr": ["Lacombe", "Besnard", "Thiébaut", "Marchand", "Poirier", "Deschamps", "Haddad"],
    "nl": ["Vermeulen", "de Jong", "Hoekstra", "van Dam", "Brouwer", "Kuipers", "Tahiri"],
    "es": ["Montoya", "Herrero", "Aguirre", "Soler", "Iglesias", "Cabrera", "Okafor"],
    "it": ["Galli", "Marchetti", "De Luca", "Rinaldi", "Ferri", "Bellini", "Nguyen"],
    "pt": ["Moreira", "Teixeira", "Pinto", "Cardoso", "Lopes", "Antunes", "Mendes"],
}
SYL = {"en": (["Bro", "Tal", "Wen", "Hap", "Cor", "Mil"], ["sley", "wick", "more", "ton", "dell"]),
       "de": (["Ger", "Wol", "Kas", "Ror", "Han", "Til"], ["bert", "mund", "wig", "lein", "scheidt"]),
       "fr": (["Au", "Ro", "Ma", "Gil", "Beau", "Ter"], ["dric", "vel", "rin", "guet", "monde"]),
       "nl": (["Wie", "Jor", "Ha", "Sie", "Bou", "Ter"], ["tse", "weg", "land", "dink", "gert"]),
       "es": (["Al", "Ve", "Sa", "Cor", "Mi", "Ta"], ["rilo", "nada", "guez", "bela", "erro"]),
       "it": (["Gio", "Mar", "Al", "Pie", "Ves", "Or"], ["lanza", "vetti", "belli", "rano", "cuzzi"]),
       "pt": (["Ja", "Pe", "Ro", "Val", "Ar", "Li"], ["nilde", "reira", "gueiro", "dinho", "ães"])}


def invent(lg, sur):
    a, b = SYL[lg]
    w = rng.choice(a) + rng.choice(b)
    if sur and rng.random() < 0.5:
        w = rng.choice(a) + rng.choice(b).lower()
    return w


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return invent(lg, False), invent(lg, True)


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class D(Doc):
    records = records

    def p(self, v):
        return self.span("PERSON", v)

    def n(self, lab, v):
        return self.span("NEG_" + lab, v)


# ---- table: a people column named in a header row --------------------------------------------
HEAD = {"en": ("surname", "first name", "last name", "name", "town", "product", "team"),
        "de": ("Nachname", "Vorname", "Familienname", "Name", "Ort", "Produkt", "Abteilung"),
        "fr": ("Nom", "Prénom", "Nom de famille", "Nom complet", "Ville", "Produit", "Service"),
        "nl": ("Achternaam", "Voornaam", "Familienaam", "Naam", "Plaats", "Product", "Afdeling"),
        "es": ("Apellidos", "Nombre", "Apellido", "Nombre completo", "Ciudad", "Producto", "Equipo"),
        "it": ("Cognome", "Nome", "Cognome", "Nominativo", "Città", "Prodotto", "Reparto"),
        "pt": ("Apelido", "Nome", "Sobrenome", "Nome completo", "Cidade", "Produto", "Equipa")}
TOWNS = ["Bielefeld", "Ghent", "Setúbal", "Rimini", "Cáceres", "Nantes", "Leeds", "Zwolle"]
PRODUCTS = ["Ferrari Roma", "Tesla Model Y", "Nespresso Vertuo", "Ben & Jerry's", "Dyson V15"]
TEAMS = ["Finance", "Vertrieb", "Logistique", "Inkoop", "Compras", "Acquisti", "Marketing"]


def cells(lg, split):
    g, s = person(lg)
    if rng.random() < 0.25:
        s = s.upper()
    if split:
        return [("P", s), ("P", g), ("N", rng.choice(TOWNS)), ("N", rng.choice(PRODUCTS))]
    return [("P", g + " " + s), ("N", rng.choice(TOWNS)), ("N", rng.choice(TEAMS))]


def head_row(lg, split):
    H = HEAD[lg]
    return [H[0], H[1], H[4], H[5]] if split else [H[3], H[4], H[6]]


def emit_row(d, row, sep, widths=None, lead=""):
    d.t(lead)
    for i, (k, v) in enumerate(row):
        if i:
            d.t(sep)
        if k == "P":
            d.p(v)
        else:
            d.n("PLACE" if v in TOWNS else "PRODUCT" if v in PRODUCTS else "ORG", v)
        if widths and i + 1 < len(row):
            d.t(" " * (widths[i] - len(v)))
    d.t("\n")


def table(lg):
    d = D(lg, "table")
    k = rng.randrange(6)
    split = rng.random() < 0.6
    hr = head_row(lg, split)
    rows = [cells(lg, split) for _ in range(rng.randint(2, 4))]
    if k == 0:  # psql
        d.t("crm=> SELECT * FROM v_contacts LIMIT %d;\n" % len(rows))
        d.t(" " + " | ".join(hr) + "\n" + "-+-".join("-" * (len(h) + 1) for h in hr) + "\n")
        for r in rows:
            emit_row(d, r, " | ", lead=" ")
        d.t("(%d rows)\n" % len(rows))
    elif k == 1:  # MySQL
        d.t("mysql> select * from members;\n+------+------+\n| " + " | ".join(hr) + " |\n+------+------+\n")
        for r in rows:
            d.t("| ")
            emit_row(d, r, " | ")
            d.text = d.text[:-1] + " |\n"
        d.t("+------+------+\n%d rows in set (0.00 sec)\n" % len(rows))
    elif k == 2:  # fixed-width report with a title row above
        d.t(rng.choice(["MEMBER LIST – SPRING", "Liste des adhérents", "Ledenlijst 2026", "Elenco soci"]) + "\n\n")
        w = [max(len(h), 18) + 2 for h in hr]
        d.t("".join(h.ljust(x) for h, x in zip(hr, w)).rstrip() + "\n")
        for r in rows:
            emit_row(d, r, "", widths=w)
    elif k == 3:  # semicolon export, title rows and an empty row above
        d.t(rng.choice(["Export;;;", "Kursliste;;;", "Inscriptions;;;"]) + "\n;;;\n" + ";".join(hr) + "\n")
        for r in rows:
            emit_row(d, r, ";")
    elif k == 4:  # Excel paste, merged group row above the header
        d.t(rng.choice(["Person\t\tWhere\tWhat", "Personne\t\tLieu\tQuoi", "Persoon\t\tWaar\tWat"]) + "\n")
        d.t("\t".join(hr) + "\n")
        for r in rows:
            emit_row(d, r, "\t")
    else:  # R data.frame
        d.t("> head(df, %d)\n" % len(rows))
        w = [max(len(h), 16) + 2 for h in hr]
        d.t("  " + "".join(h.rjust(x) for h, x in zip(hr, w)) + "\n")
        for i, r in enumerate(rows):
            d.t(str(i + 1) + " ")
            for j, (kk, v) in enumerate(r):
                d.t(" " * (w[j] - len(v)))
                if kk == "P":
                    d.p(v)
                else:
                    d.n("PLACE" if v in TOWNS else "PRODUCT" if v in PRODUCTS else "ORG", v)
            d.t("\n")
    d.done()


def table_neg(lg):
    """A grid with no people column: towns, products, teams under their headers."""
    d = D(lg, "table_neg")
    H = HEAD[lg]
    d.t(" " + " | ".join([H[4], H[5], H[6]]) + "\n---+---+---\n")
    for _ in range(3):
        d.t(" ").n("PLACE", rng.choice(TOWNS)).t(" | ").n("PRODUCT", rng.choice(PRODUCTS)).t(" | ")
        d.n("ORG", rng.choice(TEAMS)).t("\n")
    d.done()


# ---- path: a user name that spells a person ----------------------------------------------------
SERVICE = ["ubuntu", "runner", "postgres", "www-data", "jenkins", "ec2-user", "svc.backup",
           "build.agent", "deploy", "admin", "ci.runner", "app.user"]


def slug(lg, style):
    g, s = person(lg)
    g, s = ascii_(g), ascii_(s).replace(" ", "").replace("'", "")
    if style == 0:
        return g.lower() + "." + s.lower()
    if style == 1:
        return g + " " + s
    if style == 2:
        return g.lower() + "_" + s.lower()
    return g[0].lower() + "." + s.lower()


def path(lg):
    d = D(lg, "path")
    k = rng.randrange(7)
    svc = rng.choice(SERVICE)
    if k == 0:  # bash history
        u = slug(lg, rng.choice([0, 2]))
        d.t("  501  cd /home/").p(u).t("/projects/etl\n  502  sudo chown -R ").n("CODE", svc)
        d.t(" /srv/app\n  503  tail -f /home/").p(u).t("/logs/etl.log\n")
    elif k == 1:  # ssh, scp, rsync
        u = slug(lg, rng.choice([0, 2, 3]))
        d.t("$ ssh ").p(u).t("@10.20.%d.%d\n$ scp dump.sql " % (rng.randint(0, 9), rng.randint(2, 250)))
        d.p(u).t("@db-02:/tmp/\n")
        d.t("$ rsync -av ./dist/ ").n("CODE", svc).t("@web-01:/var/www/\n")
    elif k == 2:  # PowerShell prompt
        u = slug(lg, rng.choice([0, 1]))
        d.t("PS C:\\Users\\").p(u).t("> Get-ChildItem .\\Desktop\nPS C:\\Users\\").p(u)
        d.t("> Remove-Item C:\\Users\\").n("CODE", svc).t("\\Temp\\*.tmp\n")
    elif k == 3:  # macOS crash report
        u = slug(lg, rng.choice([0, 3]))
        d.t("Process:  Preview [4412]\nPath:     /Applications/Preview.app\nCrashed Thread: 0\n")
        d.t("Binary Images: /Users/").p(u).t("/Library/Application Support/Preview/plugin.bundle\n")
    elif k == 4:  # docker-compose
        u = slug(lg, rng.choice([0, 2]))
        d.t("services:\n  db:\n    image: postgres:16\n    volumes:\n      - /home/").p(u)
        d.t("/pgdata:/var/lib/postgresql/data\n      - /home/").n("CODE", svc).t("/backup:/backup\n")
    elif k == 5:  # Windows event log
        u = slug(lg, 1)
        d.t("Log Name: Application\nSource: Application Error\nFaulting module path: C:\\Users\\").p(u)
        d.t("\\AppData\\Roaming\\Zoom\\bin\\zWebService.dll\n")
    else:  # cron mail
        u = slug(lg, 0)
        d.t("From: root (Cron Daemon)\nSubject: Cron <").p(u).t("@nas> /home/").p(u).t("/bin/sync.sh\n")
        d.t("rsync: failed to open /home/").n("CODE", svc).t("/share: Permission denied\n")
    d.done()


def path_neg(lg):
    d = D(lg, "path_neg")
    a, b = rng.sample(SERVICE, 2)
    d.t("$ ls -la /home\ndrwxr-x--- 5 ").n("CODE", a).t(" ").n("CODE", a).t(" 4096 Mar 3 /home/").n("CODE", a)
    d.t("\n$ ssh ").n("CODE", b).t("@bastion.internal\n$ cat /home/").n("CODE", b).t("/.ssh/config\n")
    d.done()


# ---- dicom: SURNAME^GIVEN ----------------------------------------------------------------------
DESC = ["CT^THORAX", "MR^KNEE^LEFT", "CHEST^PA", "ABDOMEN^ROUTINE", "HEAD^WO^CONTRAST"]


def pn(lg):
    g, s = person(lg)
    v = ascii_(s).upper() + "^" + ascii_(g).upper()
    if rng.random() < 0.3:
        v = ascii_(s) + "^" + ascii_(g)
    if rng.random() < 0.2:
        v += "^^" + rng.choice(["DR", "Prof", "MD"])
        return v
    return v


def dicom(lg):
    d = D(lg, "dicom")
    k = rng.randrange(4)
    a, b, desc = pn(lg), pn(lg), rng.choice(DESC)
    if k == 0:  # pydicom
        d.t("(0008, 1030) Study Description                   LO: '").n("CODE", desc).t("'\n")
        d.t("(0008, 0090) Referring Physician's Name          PN: '").p(b).t("'\n")
        d.t("(0010, 0010) Patient's Name                      PN: '").p(a).t("'\n")
        d.t("(0010, 0040) Patient's Sex                       CS: 'F'\n")
    elif k == 1:  # DICOM JSON
        d.t('{"00081030": {"vr": "LO", "Value": ["').n("CODE", desc).t('"]},\n "00100010": {"vr": "PN", ')
        d.t('"Value": [{"Alphabetic": "').p(a).t('"}]},\n "00081050": {"vr": "PN", "Value": [{"Alphabetic": "')
        d.p(b).t('"}]}}\n')
    elif k == 2:  # gdcmdump
        d.t("(0008,1030) LO [").n("CODE", desc).t("]   # 14,1 Study Description\n")
        d.t("(0010,0010) PN [").p(a).t("]   # 16,1 Patient's Name\n(0008,1050) PN [").p(b)
        d.t("]   # 18,1 Performing Physician's Name\n")
    else:  # worklist / Orthanc
        d.t('"MainDicomTags" : {\n  "StudyDescription" : "').n("CODE", desc).t('",\n  "ReferringPhysicianName" : "')
        d.p(b).t('"\n},\n"PatientMainDicomTags" : {\n  "PatientName" : "').p(a).t('"\n}\n')
    d.done()


def dicom_neg(lg):
    d = D(lg, "dicom_neg")
    d.t("(0008,1030) LO [").n("CODE", rng.choice(DESC)).t("]   # Study Description\n")
    d.t("(0018,1030) LO [").n("CODE", rng.choice(DESC)).t("]   # Protocol Name\n")
    d.t("git rebase -i HEAD^^\n")
    d.done()


PLAN = [(table, 70), (table_neg, 15), (path, 50), (path_neg, 12), (dicom, 40), (dicom_neg, 10)]


def main():
    queue = []
    for fn, n in PLAN:
        queue += [fn] * n
    rng.shuffle(queue)
    for i, fn in enumerate(queue):
        lg = LANGS[i % 7]
        fn(lg)
        if records[-1]["metadata"]["class"] == "table" and rng.random() < 0.2:
            rec = records[-1]
            rec["full_text"] = rec["full_text"].lower()
            for s in rec["spans"]:
                s["entity_value"] = rec["full_text"][s["start_position"]:s["end_position"]]
    write_json(records)


if __name__ == "__main__":
    main()
