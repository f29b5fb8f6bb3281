#!/usr/bin/env python3
"""gen_struct9.py: names in structured records (branch `struct9`).

Written from the shapes a blind set's misses pointed at (counted by shape only), before reading
the detector's rules, in en/de/fr/nl/es/it/pt, with real names and invented ones (syllables):
- LDIF and LDAP exports: `cn:`, `sn:`, `givenName:`, `displayName:`, `gecos:` values, the cn
  inside a `dn:` or `member:` DN; look-alikes: `uid:` handles, base64 `cn::` values, groups,
  service accounts and devices (`cn: admins`, `cn: svc-backup`, `cn: Printer 3rd Floor`);
- FHIR and other JSON resources: HumanName objects (`family`, `given`, `text`), references'
  `display`, pretty-printed and on one line; look-alikes: `family`/`given` keys outside a name
  object (`"family": "Felidae"`, `"given": true`), codings' `display`;
- XML: `<given>`, `<family>` (HL7 CDA), `<surname>`, `<forename>`, `<persName>` (TEI),
  `<firstName>`, `<lastName>`, `<author><name>`, `name="..."` on person elements; look-alikes:
  `<family>` of a taxon, `name=` on packages and products;
- LaTeX bylines: `\\author{..\\and..}`, `\\author[1]{..}`, `\\thanks`, `\\textsuperscript`,
  `\\IEEEauthorblockN{..}`, names joined by `\\\\`; look-alikes: `\\author{The ACME Team}`,
  `\\affil{..}`, `\\usepackage{..}`;
- loyalty/CRM rows and team sheets with no header row beside them (`;` `,` tab cells):
  `1042;Keller;Maria;..`, `1,GK,Maria Keller`; look-alikes: product and city rows.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import base64
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 9)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "John", "Rebecca", "Thomas", "Grace", "Oliver", "Hannah", "Siobhan"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias", "Anja"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Claire"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Inmaculada", "Rodrigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Whitcombe", "Ashworth", "Fletcher", "Doyle", "O'Brien"],
    "de": ["Keller", "Weber", "Hoffmann", "Brandstätter", "Lindner", "Krause", "Müller-Wendt"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Janssen", "Smeets"],
    "es": ["Navarro", "Romero", "Castillo", "Domínguez", "Vidal", "Herrero"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini"],
    "pt": ["Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Magalhães"],
}
GSYL = {"en": ["ja", "li", "ro", "na", "ke"], "de": ["ul", "ri", "ka", "lo", "te"],
        "fr": ["ma", "lou", "ri", "ne", "sa"], "nl": ["fe", "mi", "jo", "an", "ke"],
        "es": ["lu", "ci", "ra", "mo", "te"], "it": ["gia", "ri", "lo", "ne", "sa"],
        "pt": ["lu", "ia", "ro", "na", "te"]}


def invent(lg, surname=True):
    while True:
        if surname:
            w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + \
                rng.choice(END[lg])
        else:
            w = "".join(rng.choice(GSYL[lg]) for _ in range(rng.choice((2, 3))))
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def pick(lg):
    """(given, surname): real ones three times in five, invented otherwise."""
    if rng.random() < 0.6:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return invent(lg, False), invent(lg, True)


def ascii_low(x):
    return "".join(c for c in x.lower() if c.isascii() and c.isalpha())


class D(Doc):
    records = records


# ---- LDIF ---------------------------------------------------------------------------------------
OU = {"en": "People", "de": "Mitarbeiter", "fr": "Personnes", "nl": "Medewerkers",
      "es": "Personas", "it": "Persone", "pt": "Pessoas"}
DEPT = ["Engineering", "Sales", "Finance", "Support", "Legal"]


def ldif_person(d, lg, g, s, style):
    uid = (g[0] + s).lower()
    uid = ascii_low(uid[0]) + ascii_low(s)
    if style == 0:
        d.t("dn: cn=").span("PERSON", g + " " + s).t(",ou=%s,dc=example,dc=org\n" % OU[lg])
    else:
        d.t("dn: uid=").span("NEG_TERM", uid).t(",ou=%s,dc=example,dc=org\n" % OU[lg])
    d.t("objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
        "objectClass: inetOrgPerson\n")
    if style == 2:
        d.t("objectClass: posixAccount\n")
    d.t("cn: ").span("PERSON", g + " " + s).t("\n")
    d.t("sn: ").span("PERSON", s).t("\n")
    d.t("givenName: ").span("PERSON", g).t("\n")
    if style != 0:
        d.t("uid: ").span("NEG_TERM", uid).t("\n")
    if rng.random() < 0.5:
        d.t("displayName: ").span("PERSON", g + " " + s).t("\n")
    d.t("mail: ").span("EMAIL_ADDRESS", ascii_low(g) + "." + ascii_low(s) + "@example.org").t("\n")
    d.t("ou: %s\n" % rng.choice(DEPT))
    if style == 2:
        n = rng.randint(1001, 1999)
        d.t("uidNumber: %d\ngidNumber: 100\nhomeDirectory: /home/%s\n" % (n, uid))
        d.t("gecos: ").span("PERSON", g + " " + s).t(",,,\n")
        d.t("loginShell: /bin/bash\n")


def gen_ldif():
    for lg in LANGS:
        for style in range(3):
            g, s = pick(lg)
            d = D(lg, "ldif_person")
            if style == 1:
                d.t("# extended LDIF\n# search result\nversion: 1\n\n")
            ldif_person(d, lg, g, s, style)
            d.done()
        # a group with its members, then a person
        d = D(lg, "ldif_group")
        grp = rng.choice(["admins", "developers", "vpn-users", "finance"])
        d.t("dn: cn=").span("NEG_TERM", grp).t(",ou=Groups,dc=example,dc=org\n")
        d.t("objectClass: groupOfNames\ncn: ").span("NEG_TERM", grp).t("\n")
        for _ in range(rng.randint(2, 3)):
            g, s = pick(lg)
            d.t("member: cn=").span("PERSON", g + " " + s).t(",ou=%s,dc=example,dc=org\n" % OU[lg])
        d.t("\n")
        g, s = pick(lg)
        ldif_person(d, lg, g, s, 0)
        d.done()
    # single-line values as an ldapsearch prints them, in prose
    for lg in LANGS:
        g, s = pick(lg)
        d = D(lg, "ldif_inline")
        d.t("ldapsearch returned:\ncn: ").span("PERSON", g + " " + s)
        d.t("\nsn: ").span("PERSON", s).t("\ngivenName: ").span("PERSON", g).t("\n")
        d.done()
        g, s = pick(lg)
        d = D(lg, "ldif_displayname")
        d.t("Why does the sync fail for this entry?\n\ndn: uid=%s,ou=users,dc=corp,dc=local\n"
            % ascii_low(g[0] + s))
        d.t("displayName: ").span("PERSON", g + " " + s).t("\n")
        d.t("userAccountControl: 512\n")
        d.done()


def gen_ldif_neg():
    b64 = base64.b64encode("Élodie Lefèvre".encode()).decode()
    D("fr", "ldif_b64").t("dn: uid=elefevre,ou=People,dc=example,dc=org\ncn:: ").span(
        "NEG_TERM", b64).t("\nsn:: ").span("NEG_TERM", base64.b64encode(
            "Lefèvre".encode()).decode()).t("\nuid: elefevre\n").done()
    for cn in ["svc-backup", "svc-jenkins", "Printer 3rd Floor", "Meeting Room Berlin",
               "Backup Service", "HP LaserJet 4050", "admins", "Domain Users", "SQL Agent"]:
        d = D("en", "ldif_neg")
        kind = "device" if cn[0].isupper() else "account"
        d.t("dn: cn=").span("NEG_TERM", cn).t(",ou=%s,dc=example,dc=org\n" %
                                               ("Devices" if kind == "device" else "Services"))
        d.t("objectClass: top\nobjectClass: %s\ncn: " %
            ("device" if kind == "device" else "applicationProcess"))
        d.span("NEG_TERM", cn).t("\ndescription: managed by IT\n").done()
    d = D("en", "ldif_neg")
    d.t("dn: cn=Marketing Team,ou=Groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: ")
    d.span("NEG_TERM", "Marketing Team").t("\nmember: uid=").span("NEG_TERM", "jweber").t(
        ",ou=People,dc=example,dc=org\n").done()


# ---- FHIR and JSON ------------------------------------------------------------------------------
def fhir_name(d, g, g2, s, pretty, ind, prefix, text):
    nl = "\n" if pretty else ""
    sp = (lambda k: " " * k) if pretty else (lambda k: "")
    d.t('"name": [' + nl + sp(ind + 2) + "{" + nl)
    if text:
        d.t(sp(ind + 4) + '"text": "').span("PERSON", g + " " + s).t('",' + nl)
    d.t(sp(ind + 4) + '"use": "official",' + nl + sp(ind + 4) + '"family": "')
    d.span("PERSON", s).t('",' + nl + sp(ind + 4) + '"given": [')
    d.t('"').span("PERSON", g).t('"')
    if g2:
        d.t(', "').span("PERSON", g2).t('"')
    d.t("]")
    if prefix:
        d.t("," + nl + sp(ind + 4) + '"prefix": ["%s"]' % prefix)
    d.t(nl + sp(ind + 2) + "}" + nl + sp(ind) + "]")


def gen_fhir():
    for lg in LANGS:
        for k, rt in enumerate(["Patient", "Practitioner", "RelatedPerson"]):
            for pretty in (True, False):
                g, s = pick(lg)
                g2 = rng.choice(GIVEN[lg]) if rng.random() < 0.4 else None
                nl = "\n" if pretty else ""
                sp = "  " if pretty else ""
                d = D(lg, "fhir_" + rt.lower())
                d.t("{" + nl + sp + '"resourceType": "%s",' % rt + nl + sp)
                d.t('"id": "%s-%d",' % (rt.lower()[:3], rng.randint(100, 999)) + nl + sp)
                if rt == "RelatedPerson":
                    p2g, p2s = pick(lg)
                    d.t('"patient": {"reference": "Patient/%d", "display": "' %
                        rng.randint(1, 999))
                    d.span("PERSON", p2g + " " + p2s).t('"},' + nl + sp)
                fhir_name(d, g, g2, s, pretty, 2 if pretty else 0,
                          "Dr." if rt == "Practitioner" else None, k == 2 or rng.random() < 0.3)
                if rt == "Patient":
                    y, m, dd = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
                    d.t("," + nl + sp + '"gender": "%s",' % rng.choice(["female", "male"]))
                    d.t(nl + sp + '"birthDate": "').span("DATE_OF_BIRTH", "%04d-%02d-%02d" %
                                                          (y, m, dd)).t('"')
                    if rng.random() < 0.5:
                        cg, cs = pick(lg)
                        d.t("," + nl + sp + '"contact": [{"relationship": [{"text": "%s"}], ' %
                            rng.choice(["mother", "spouse", "emergency"]))
                        d.t('"name": {"family": "').span("PERSON", cs).t('", "given": ["')
                        d.span("PERSON", cg).t('"]}}]')
                    if rng.random() < 0.6:
                        pg, ps = pick(lg)
                        d.t("," + nl + sp + '"generalPractitioner": [{"reference": '
                            '"Practitioner/%d", "display": "Dr. ' % rng.randint(1, 99))
                        d.span("PERSON", pg + " " + ps).t('"}]')
                d.t(nl + "}" + nl)
                d.done()
        # a reference in another resource
        g, s = pick(lg)
        d = D(lg, "fhir_reference")
        d.t('{"resourceType": "Encounter", "status": "finished", "subject": {"reference": '
            '"Patient/%d", "display": "' % rng.randint(1, 999))
        d.span("PERSON", g + " " + s).t('"}, "participant": [{"individual": {"reference": '
                                        '"Practitioner/7", "display": "Dr. ')
        g, s = pick(lg)
        d.span("PERSON", g + " " + s).t('"}}]}\n').done()


def gen_json_neg():
    negs = [
        ('{"taxon": {"order": "Carnivora", "family": "', "Felidae",
         '", "genus": "Panthera"}}'),
        ('{"kingdom": "Plantae", "family": "', "Rosaceae", '", "species": "Rosa canina"}'),
        ('{"font": {"family": "', "Helvetica Neue", '", "size": 12}}'),
        ('{"css": {"family": "', "Roboto", '", "weight": 400}}'),
        ('{"code": {"coding": [{"system": "http://loinc.org", "code": "29463-7", "display": "',
         "Body Weight", '"}]}}'),
        ('{"code": {"coding": [{"system": "http://snomed.info/sct", "display": "',
         "Essential Hypertension", '"}]}}'),
        ('{"dosageInstruction": [{"text": "', "Take with food", '"}]}'),
        ('{"product": {"name": "', "Widget Pro", '", "family": "Widgets"}}'),
    ]
    for a, v, b in negs:
        D("en", "json_neg").t(a).span("NEG_TERM", v).t(b).done()
    D("en", "json_neg").t('{"consent": {"given": true, "family": "shared", "withdrawn": false}}\n'
                          ).done()
    D("en", "json_neg").t('{"flags": {"given": false}, "family": {"size": 4, "pets": 1}}\n').done()


# ---- XML ----------------------------------------------------------------------------------------
def gen_xml():
    for lg in LANGS:
        g, s = pick(lg)
        d = D(lg, "xml_cda")
        d.t('<recordTarget>\n  <patientRole>\n    <patient>\n      <name use="L">\n        <given>')
        d.span("PERSON", g).t("</given>\n        <family>").span("PERSON", s)
        d.t("</family>\n      </name>\n      <administrativeGenderCode code=\"F\"/>\n"
            "    </patient>\n  </patientRole>\n</recordTarget>\n")
        d.done()
        g, s = pick(lg)
        d = D(lg, "xml_cda_inline")
        d.t('<assignedPerson><name><prefix>Dr.</prefix><given>').span("PERSON", g)
        d.t("</given><family>").span("PERSON", s).t("</family></name></assignedPerson>\n").done()
        g, s = pick(lg)
        d = D(lg, "xml_tei")
        d.t("<respStmt>\n  <resp>transcribed by</resp>\n  <persName>").span("PERSON", g + " " + s)
        d.t("</persName>\n</respStmt>\n").done()
        g, s = pick(lg)
        d = D(lg, "xml_tei_parts")
        d.t("<person xml:id=\"p%d\">\n  <persName>\n    <forename>" % rng.randint(1, 99))
        d.span("PERSON", g).t("</forename>\n    <surname>").span("PERSON", s)
        d.t("</surname>\n  </persName>\n</person>\n").done()
        g, s = pick(lg)
        d = D(lg, "xml_camel")
        d.t("<customer id=\"%d\"><firstName>" % rng.randint(100, 9999)).span("PERSON", g)
        d.t("</firstName><lastName>").span("PERSON", s).t("</lastName><tier>gold</tier>"
                                                          "</customer>\n").done()
        g, s = pick(lg)
        d = D(lg, "xml_author")
        d.t("<entry>\n  <title>Release notes</title>\n  <author>\n    <name>")
        d.span("PERSON", g + " " + s).t("</name>\n    <email>").span(
            "EMAIL_ADDRESS", ascii_low(g) + "@example.org").t("</email>\n  </author>\n</entry>\n")
        d.done()
        g, s = pick(lg)
        el = rng.choice(["person", "author", "contact", "employee", "member"])
        d = D(lg, "xml_attr")
        d.t('<%s id="%d" name="' % (el, rng.randint(1, 500))).span("PERSON", g + " " + s)
        d.t('" role="%s"/>\n' % rng.choice(["owner", "reviewer", "editor"])).done()


def gen_xml_neg():
    negs = [
        ("<taxon><family>", "Rosaceae", "</family><genus>Rosa</genus></taxon>\n"),
        ("<product><name>", "Widget Pro", "</name><price>9.99</price></product>\n"),
        ('<package name="', "libxml2", '" version="2.9.14"/>\n'),
        ('<dependency name="', "Spring Boot", '" scope="compile"/>\n'),
        ('<property name="', "Max Pool Size", '" value="20"/>\n'),
        ("<font><family>", "Times New Roman", "</family></font>\n"),
        ("<author><name>", "The ACME Team", "</name></author>\n"),
        ('<target name="', "Build Release", '" depends="compile"/>\n'),
    ]
    for a, v, b in negs:
        D("en", "xml_neg").t(a).span("NEG_TERM", v).t(b).done()


# ---- LaTeX --------------------------------------------------------------------------------------
UNI = ["University of Basel", "Universidad de Sevilla", "Università di Bologna",
       "Technische Universität Wien", "Universidade do Porto", "Université de Lyon"]


def gen_latex():
    for lg in LANGS:
        (g1, s1), (g2, s2) = pick(lg), pick(lg)
        d = D(lg, "latex_and")
        d.t("\\title{A Study of Caching}\n\\author{").span("PERSON", g1 + " " + s1)
        d.t("\\thanks{Corresponding author.} \\and ").span("PERSON", g2 + " " + s2)
        d.t("}\n\\date{\\today}\n").done()
        (g1, s1), (g2, s2) = pick(lg), pick(lg)
        d = D(lg, "latex_affil")
        d.t("\\author[1]{").span("PERSON", g1 + " " + s1).t("}\n\\author[2]{")
        d.span("PERSON", g2 + " " + s2).t("}\n\\affil[1]{").span("NEG_ORG", UNI[0]).t(
            "}\n\\affil[2]{").span("NEG_ORG", rng.choice(UNI[1:])).t("}\n").done()
        (g1, s1), (g2, s2) = pick(lg), pick(lg)
        d = D(lg, "latex_ieee")
        d.t("\\author{\\IEEEauthorblockN{").span("PERSON", g1 + " " + s1)
        d.t("}\n\\IEEEauthorblockA{Dept. of Computer Science\\\\\n%s}\n\\and\n"
            "\\IEEEauthorblockN{" % rng.choice(UNI)).span("PERSON", g2 + " " + s2)
        d.t("}}\n").done()
        (g1, s1), (g2, s2) = pick(lg), pick(lg)
        d = D(lg, "latex_sup")
        d.t("\\author{").span("PERSON", g1 + " " + s1).t("\\textsuperscript{1}, ")
        d.span("PERSON", g2 + " " + s2).t("\\textsuperscript{2}\\\\\n\\textsuperscript{1}")
        d.t("%s}\n" % rng.choice(UNI)).done()
        (g1, s1), (g2, s2) = pick(lg), pick(lg)
        d = D(lg, "latex_lines")
        d.t("\\author{").span("PERSON", g1 + " " + s1).t(" \\\\ ").span("PERSON", g2 + " " + s2)
        d.t("}\n\\maketitle\n").done()


def gen_latex_neg():
    for a, v, b in [("\\author{", "The ACME Team", "}\n\\date{2024}\n"),
                    ("\\author{", "Open Source Contributors", "}\n"),
                    ("\\usepackage{", "graphicx", "}\n\\usepackage{hyperref}\n"),
                    ("\\author{", "Data Science Working Group", "}\n"),
                    ("\\affil{", "Max Planck Institute", "}\n")]:
        D("en", "latex_neg").t(a).span("NEG_ORG" if "Planck" in v else "NEG_TERM", v).t(
            b).done()


# ---- CRM rows and team sheets -------------------------------------------------------------------
TIER = ["Gold", "Silver", "Bronze", "Platin"]
POS = ["GK", "DF", "MF", "FW", "CB", "LB", "RB", "ST"]


def gen_rows():
    for lg in LANGS:
        for sep in (";", ",", "\t"):
            d = D(lg, "crm_rows")
            if rng.random() < 0.5:
                d.t("... (export continued)\n")
            for _ in range(rng.randint(2, 4)):
                g, s = pick(lg)
                d.t("%d%s" % (rng.randint(1000, 99999), sep)).span("PERSON", s).t(sep)
                d.span("PERSON", g).t(sep).span(
                    "EMAIL_ADDRESS", ascii_low(g)[:5] + "." + ascii_low(s)[0] + "@example.com")
                d.t("%s%s%s%d\n" % (sep, rng.choice(TIER), sep, rng.randint(0, 9000)))
            d.done()
            d = D(lg, "crm_full")
            for _ in range(rng.randint(2, 3)):
                g, s = pick(lg)
                d.t("%d%s" % (rng.randint(1000, 99999), sep)).span("PERSON", g + " " + s)
                d.t("%s%s%s2024-0%d-1%d\n" % (sep, rng.choice(TIER), sep, rng.randint(1, 9),
                                             rng.randint(0, 9)))
            d.done()
        for sep in (",", "\t"):
            d = D(lg, "team_sheet")
            for _ in range(rng.randint(3, 5)):
                g, s = pick(lg)
                d.t("%d%s%s%s" % (rng.randint(1, 30), sep, rng.choice(POS), sep))
                d.span("PERSON", g + " " + s).t("\n")
            d.done()


def gen_rows_neg():
    d = D("en", "crm_neg")
    for name, col in [("Widget", "Blue"), ("Gadget", "Red"), ("Sprocket", "Green")]:
        d.t("%d;" % rng.randint(1000, 9999)).span("NEG_PRODUCT", name).t(";").span(
            "NEG_TERM", col).t(";%d;in stock\n" % rng.randint(1, 99))
    d.done()
    d = D("de", "crm_neg")
    for city, land in [("Berlin", "Deutschland"), ("Graz", "Österreich"), ("Basel", "Schweiz")]:
        d.t("%d;" % rng.randint(10000, 99999)).span("NEG_PLACE", city).t(";").span(
            "NEG_PLACE", land).t(";%d\n" % rng.randint(1, 999))
    d.done()
    d = D("en", "team_neg")
    for v in ["Home Stadium", "Away Kit", "Training Ground"]:
        d.t("%d,%s," % (rng.randint(1, 30), rng.choice(["A", "B", "C"]))).span("NEG_TERM", v).t(
            "\n")
    d.done()
    d = D("en", "team_neg")
    for v in ["Spring Boot", "Apache Kafka", "Redis Cluster"]:
        d.t("%d\t%s\t" % (rng.randint(1, 30), rng.choice(["OK", "DOWN", "WARN"]))).span(
            "NEG_PRODUCT", v).t("\n")
    d.done()


gen_ldif()
gen_ldif_neg()
gen_fhir()
gen_json_neg()
gen_xml()
gen_xml_neg()
gen_latex()
gen_latex_neg()
gen_rows()
gen_rows_neg()
write_json(records)
