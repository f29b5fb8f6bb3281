#!/usr/bin/env python3
"""gen_probe9.py: shapes that left PII whole in the lead's `hush scan` probes (branch `probe9`).

Written from how people write these things, before changing the detectors, in en/de/fr/nl/es/it/pt,
with real names (the lexicon knows them) and invented ones (syllables):
- e-mail addresses written to dodge harvesters: "maria [at] example [dot] com", "maria(at)example.com",
  "maria at example dot com", "m.keller (at) uni-bonn (punkt) de", "(arroba)", "[ät]", "(arobase)";
  the whole written form is the EMAIL_ADDRESS span; look-alikes: prose "meet at the office", code
  "obj.at(i)", "the dot com bubble", "[at]" in Markdown, a domain without a real top-level domain;
- two labelled values on one line ("Nachname: Keller Vorname: Maria Geburtsdatum: ..."): each value
  ends where the next label starts;
- names in file names ("Lebenslauf_Maria_Keller.pdf", "CV - Jonas Weber.docx"), in prose and in
  attachment lists; look-alikes: "Annual_Report_2024.pdf", "Docker-Compose-Guide.md";
- two given names sharing a surname ("Maria & Tom Keller", "Jan en Els de Vries"); look-alikes:
  "Johnson & Johnson", "Marks & Spencer";
- honorific suffixes ("Tanaka-sensei", "Keller-san", "Sharmaji");
- lower-case names with an initial in lists ("present: maria k., jonas w., priya s.").
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 9)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "John", "Rebecca", "Thomas", "Grace", "Oliver", "Hannah", "Priya"],
    "de": ["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Anja", "Grete"],
    "fr": ["Jean", "Camille", "Mathieu", "Claire", "Benoît", "Aurélie", "Julien"],
    "nl": ["Jan", "Els", "Anouk", "Pieter", "Femke", "Joost", "Sanne", "Wouter"],
    "es": ["Ana", "Javier", "Lucía", "Pilar", "Sergio", "Rodrigo", "Carmen"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo", "Marco"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Pedro"],
}
SURNAME = {
    "en": ["Smith", "Brennan", "Fletcher", "Doyle", "Ashworth", "Sharma", "Okafor"],
    "de": ["Keller", "Weber", "Hoffmann", "Vogel", "Lindner", "Krause", "Müller"],
    "fr": ["Dupont", "Moreau", "Girard", "Marchand", "Chevalier", "Lefèvre"],
    "nl": ["de Vries", "Bakker", "Visser", "Mulder", "van Dijk", "Hendriks"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Vidal", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira"],
}
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "wen"], "de": ["bre", "win", "kel", "gas", "hol"],
       "fr": ["bel", "rou", "quet", "lan", "gau"], "nl": ["hui", "ker", "bol", "sme", "laar"],
       "es": ["zar", "mon", "qui", "llo", "cue"], "it": ["bru", "sca", "ghi", "lon", "maz"],
       "pt": ["cou", "tin", "bra", "gue", "lha"]}
END = {"en": ["ton", "ley"], "de": ["mann", "ler"], "fr": ["ier", "aud"], "nl": ["ink", "sen"],
       "es": ["ez", "ejo"], "it": ["ini", "etti"], "pt": ["eira", "ado"]}


def invent(lg, surname=True):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2)) + (rng.choice(END[lg]) if surname else "a")
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def given(lg):
    return rng.choice(GIVEN[lg]) if rng.random() < 0.7 else invent(lg, False)


def surname(lg):
    return rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)


def ascii_low(x):
    tr = str.maketrans("áàâäãçéèêëíìîïñóòôöõúùûüß", "aaaaaceeeeiiiinooooouuuus")
    return "".join(c for c in x.lower().translate(tr) if c.isalnum() or c in ".-_")


class D(Doc):
    records = records


# ---- 1. obfuscated e-mail addresses ------------------------------------------------------------
# (at, dot) spellings; None as dot keeps the '.'
OBF = {
    "en": [(" [at] ", " [dot] "), ("(at)", None), (" at ", " dot "), (" {at} ", " {dot} "),
           (" AT ", " DOT "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" <at> ", " <dot> "),
           (" [AT] ", " [DOT] "), (" (at) ", None)],
    "de": [(" (at) ", " (punkt) "), ("(at)", None), (" [at] ", " [punkt] "), ("[ät]", None),
           (" [at] ", " [dot] "), (" at ", " dot "), (" (ät) ", " (punkt) ")],
    "fr": [(" (at) ", " (point) "), (" [arobase] ", " [point] "), ("(at)", None),
           (" (arobase) ", " (point) "), (" [at] ", " [dot] ")],
    "nl": [(" (at) ", " (punt) "), ("[at]", None), (" [at] ", " [punt] "), (" at ", " dot ")],
    "es": [(" (arroba) ", " (punto) "), (" [arroba] ", " [punto] "), ("(at)", None),
           (" arroba ", " punto ")],
    "it": [(" (at) ", " (punto) "), (" [chiocciola] ", " [punto] "), ("(at)", None),
           (" [at] ", " [dot] ")],
    "pt": [(" (arroba) ", " (ponto) "), (" [arroba] ", " [ponto] "), ("(at)", None),
           (" arroba ", " ponto ")],
}
TLD = {"en": ["com", "org", "co.uk", "net", "io"], "de": ["de", "at", "ch", "com"],
       "fr": ["fr", "be", "com"], "nl": ["nl", "be", "com"], "es": ["es", "com", "mx"],
       "it": ["it", "com", "eu"], "pt": ["pt", "com.br", "com"]}
DOMAIN = ["example", "uni-bonn", "mail.example", "posteo", "kanzlei-weber", "firma", "studio7",
          "example-mail"]
CTX = {
    "en": ["Contact: {E}\n", "Please write to {E} if anything changes.", "mail me at {E} thanks",
           "Questions? Reach Maria via {E}.", "email: {E}", "(send CVs to {E})"],
    "de": ["Kontakt: {E}\n", "Bitte schreiben Sie an {E}.", "E-Mail: {E}", "Rückfragen an {E} bitte."],
    "fr": ["Contact : {E}\n", "Écrivez-moi à {E} svp.", "Courriel : {E}"],
    "nl": ["Contact: {E}\n", "Mail gerust naar {E}.", "E-mail: {E}"],
    "es": ["Contacto: {E}\n", "Escríbeme a {E}, gracias.", "Correo: {E}"],
    "it": ["Contatto: {E}\n", "Scrivetemi a {E} grazie.", "Email: {E}"],
    "pt": ["Contato: {E}\n", "Escreva para {E}, obrigado.", "E-mail: {E}"],
}


def local_part(lg):
    g, s = ascii_low(given(lg)), ascii_low(surname(lg).replace(" ", ""))
    return rng.choice([g, g + "." + s, g[0] + "." + s, g + "_" + s, s + "-" + g, g + str(rng.randint(1, 99))])


def obf_email(lg, at, dot):
    d = rng.choice(DOMAIN)
    tld = rng.choice(TLD[lg])
    host = d + "." + tld
    if dot is not None:
        host = host.replace(".", dot)
    return local_part(lg) + at + host


def gen_email():
    for lg in LANGS:
        for k, (at, dot) in enumerate(OBF[lg]):
            for rep in range(2):
                tpl = CTX[lg][(k + rep) % len(CTX[lg])]
                a, b = tpl.split("{E}")
                D(lg, "email_obf").t(a).span("EMAIL_ADDRESS", obf_email(lg, at, dot)).t(b).done()
    # a list of them, one a line
    d = D("en", "email_obf_list").t("Team contacts:\n")
    for lg in ("en", "de", "nl"):
        d.t("- ").span("EMAIL_ADDRESS", obf_email(lg, " [at] ", " [dot] ")).t("\n")
    d.done()
    # the real thing stays found
    D("en", "email_plain").t("Contact: ").span("EMAIL_ADDRESS", "maria.keller@example.com").t("\n").done()
    D("en", "email_fullwidth").t("Mail ").span("EMAIL_ADDRESS", "maria＠example.com").t(" now.").done()


EMAIL_NEG = [
    "Let's meet at the office, dot the i's first.",
    "We meet at example dot com's office on Monday.",
    "Look at x dot y in the docs: it is the inner product.",
    "Use obj.at(i) instead of obj[i] for bounds checking.",
    "The dot com bubble burst in 2000 at last.",
    "See [at] the bottom of the page for details.",
    "Click [at](https://example.com/at) to open the anchor.",
    "Call vec.at(idx).dot(other) in the kernel.",
    "He arrived at home dot five o'clock.",
    "The result is stored at offset dot field.",
    "Warning at line 12 (at) column 3: unused variable.",
    "Look at this dot plot of the results.",
    "Price list (at) cost, see sheet [dot] xls.",
    "Mietvertrag: bitte (at) unterschreiben, Punkt.",
    "Nous sommes chez Martin point final.",
    "La reunión es a las cinco en punto.",
]


def gen_email_neg():
    for i, t in enumerate(EMAIL_NEG):
        D("en", "email_neg").span("NEG_TERM", t).done()


# ---- 2. two labels on one line -------------------------------------------------------------
LAB2 = {
    "de": [("Nachname: ", " Vorname: ", " Geburtsdatum: 03.03.1987"), ("Name: ", " Vorname: ", "\n"),
           ("Familienname: ", " Vorname: ", " Ort: Bonn")],
    "en": [("Name: ", " First name: ", "\n"), ("Last name: ", " First name: ", " Age: 34"),
           ("Surname: ", " Given name: ", " Nationality: Irish")],
    "fr": [("Nom : ", " Prénom : ", "\n"), ("Nom : ", " Prénom : ", " Né le : 12/05/1980"),
           ("Nom de famille : ", " Prénom : ", " Ville : Lyon")],
    "nl": [("Achternaam: ", " Voornaam: ", "\n"), ("Naam: ", " Voornaam: ", " Woonplaats: Utrecht")],
    "es": [("Apellidos: ", " Nombre: ", "\n"), ("Apellido: ", " Nombre: ", " Ciudad: Sevilla")],
    "it": [("Cognome: ", " Nome: ", "\n"), ("Cognome: ", " Nome: ", " Città: Torino")],
    "pt": [("Apelido: ", " Nome: ", "\n"), ("Sobrenome: ", " Nome: ", " Cidade: Porto")],
}
COMPOUND = {"es": ["García López", "Ortega Ruiz", "Navarro Gil"], "pt": ["Sousa Lopes", "Costa Reis"]}


def gen_labels2():
    for lg in LANGS:
        for a, b, tail in LAB2[lg]:
            for rep in range(3):
                s = surname(lg)
                if lg in COMPOUND and rep == 1:
                    s = rng.choice(COMPOUND[lg])
                if lg == "fr" and rep == 2:
                    s = s.upper()
                d = D(lg, "labels2").t(a).span("PERSON", s).t(b).span("PERSON", given(lg))
                if "03.03.1987" in tail:
                    d.t(" Geburtsdatum: ").span("DATE_OF_BIRTH", "03.03.1987").t("\n")
                elif "12/05/1980" in tail:
                    d.t(" Né le : ").span("DATE_OF_BIRTH", "12/05/1980").t("\n")
                else:
                    d.t(tail)
                d.done()


# ---- 3. names in file names ----------------------------------------------------------------
FILES = {
    "de": ["Lebenslauf_{G}_{S}.pdf", "Zeugnis {G} {S}.pdf", "Bewerbung_{S}_{G}.docx", "Anschreiben-{G}-{S}.pdf"],
    "en": ["CV - {G} {S}.docx", "{G}-{S}-Resume-2024.pdf", "Resume_{G}_{S}.pdf", "{G} {S} - Cover Letter.docx"],
    "fr": ["contrat_{SU}_{G}.docx", "CV_{G}_{S}.pdf", "Lettre de motivation - {G} {S}.pdf"],
    "nl": ["CV_{G}_{S}.pdf", "Sollicitatiebrief {G} {S}.docx"],
    "es": ["CV_{G}_{S}.pdf", "Curriculum - {G} {S}.pdf"],
    "it": ["CV_{G}_{S}.pdf", "Curriculum_{S}_{G}.pdf"],
    "pt": ["CV_{G}_{S}.pdf", "Curriculo - {G} {S}.pdf"],
}
FILE_CTX = {"en": ["Attached: {F}\n", "Please find {F} attached.", "Attachments:\n- {F}\n- Annual_Report_2024.pdf\n"],
            "de": ["Anbei {F}.", "Anhang: {F}\n", "Anhänge:\n- {F}\n- README_Windows_Setup.txt\n"],
            "fr": ["Ci-joint {F}.", "Pièce jointe : {F}\n"], "nl": ["Bijlage: {F}\n", "Zie {F} in de bijlage."],
            "es": ["Adjunto: {F}\n", "Te envío {F}."], "it": ["Allegato: {F}\n", "Ti mando {F}."],
            "pt": ["Anexo: {F}\n", "Segue {F}."]}


def gen_files():
    for lg in LANGS:
        for k, pat in enumerate(FILES[lg]):
            for rep in range(2):
                g = given(lg)
                s = surname(lg).replace(" ", "" if "_" in pat or "-{S}" in pat else " ")
                if "_" in pat or "-{" in pat:
                    s = s.replace(" ", "")
                tpl = FILE_CTX[lg][(k + rep) % len(FILE_CTX[lg])]
                a, b = tpl.split("{F}")
                d = D(lg, "filename").t(a)
                i = 0
                while i < len(pat):
                    j = pat.find("{", i)
                    if j < 0:
                        d.t(pat[i:])
                        break
                    d.t(pat[i:j])
                    key = pat[j + 1:pat.index("}", j)]
                    d.span("PERSON", g if key == "G" else (s.upper() if key == "SU" else s))
                    i = pat.index("}", j) + 1
                if "Annual_Report" in b:
                    x, y = b.split("Annual_Report_2024.pdf")
                    d.t(x).span("NEG_TERM", "Annual_Report_2024.pdf").t(y)
                elif "README_Windows" in b:
                    x, y = b.split("README_Windows_Setup.txt")
                    d.t(x).span("NEG_TERM", "README_Windows_Setup.txt").t(y)
                else:
                    d.t(b)
                d.done()
    for f in ["Annual_Report_2024.pdf", "Docker-Compose-Guide.md", "README_Windows_Setup.txt",
              "Quarterly_Sales_Summary.xlsx", "Release-Notes-Version-3.pdf", "Getting Started Guide.docx",
              "Brand_Style_Guide_2023.pdf", "Maven-Central-Upload.md", "Jenkins_Pipeline_Setup.txt",
              "Rechnung_Oktober_2024.pdf", "Facture_Electricite_Mars.pdf", "Informe_Anual_Ventas.pdf"]:
        D("en", "filename_neg").t("Attached: ").span("NEG_TERM", f).t("\n").done()


# ---- 4. shared surnames --------------------------------------------------------------------
AND = {"en": [" & ", " and "], "de": [" und ", " & "], "fr": [" et "], "nl": [" en "], "es": [" y "],
       "it": [" e "], "pt": [" e "]}
SHARED_CTX = {"en": ["{P} are coming to dinner.", "Guests: {P}\n"], "de": ["{P} kommen morgen.", "Mieter: {P}\n"],
              "fr": ["{P} arrivent demain.", "Locataires : {P}\n"], "nl": ["{P} komen ook.", "Huurders: {P}\n"],
              "es": ["{P} llegan mañana.", "Inquilinos: {P}\n"], "it": ["{P} arrivano domani.", "Inquilini: {P}\n"],
              "pt": ["{P} chegam amanhã.", "Inquilinos: {P}\n"]}


def gen_shared():
    for lg in LANGS:
        for conj in AND[lg]:
            for tpl in SHARED_CTX[lg]:
                a, b = tpl.split("{P}")
                g1, g2 = given(lg), given(lg)
                while g2 == g1:
                    g2 = given(lg)
                D(lg, "shared_surname").t(a).span("PERSON", g1).t(conj).span(
                    "PERSON", g2 + " " + surname(lg)).t(b).done()
    for org in ["Johnson & Johnson", "Marks & Spencer", "Black & Decker", "Procter & Gamble",
                "Dolce & Gabbana", "Simon & Schuster", "Ernst & Young", "Abercrombie & Fitch"]:
        D("en", "shared_neg").t("Supplier: ").span("NEG_ORG", org).t(" (order pending)\n").done()


# ---- 5. honorific suffixes -----------------------------------------------------------------
HON = [("Tanaka", "-sensei"), ("Keller", "-san"), ("Yamamoto", "-sama"), ("Kenji", "-kun"),
       ("Yuki", "-chan"), ("Minjun", "-ssi"), ("Sharma", "ji"), ("Sharma", "-ji"), ("Sato", "-san"),
       ("Gupta", "ji"), ("Suzuki", "-sensei"), ("Weber", "-san")]
HON_CTX = ["Thanks, {P}!", "I asked {P} about the schedule.", "{P} will review it tomorrow.",
           "Meeting with {P} at 10."]


def gen_honorific():
    for i, (n, suf) in enumerate(HON):
        tpl = HON_CTX[i % len(HON_CTX)]
        a, b = tpl.split("{P}")
        # the name is the span; the suffix is a title
        D("en", "honorific").t(a).span("PERSON", n).t(suf + b).done()


# ---- 6. lower-case names with an initial in lists ------------------------------------------
LOW_HEAD = {"en": ["present: ", "attendees: ", "cc: "], "de": ["anwesend: ", "teilnehmer: "],
            "fr": ["présents : "], "nl": ["aanwezig: "], "es": ["presentes: "], "it": ["presenti: "],
            "pt": ["presentes: "]}


def gen_lower():
    for lg in LANGS:
        for h in LOW_HEAD[lg]:
            d = D(lg, "lower_initials").t(h)
            n = rng.randint(3, 4)
            seen = set()
            for k in range(n):
                g = rng.choice(GIVEN[lg])
                while g in seen:
                    g = rng.choice(GIVEN[lg])
                seen.add(g)
                d.span("PERSON", g.lower() + " " + rng.choice("bdfkmrsw") + ".")
                d.t(", " if k < n - 1 else "\n")
            d.done()
    for t in ["todo: fix a., b., c. in section 2", "options: x y., see above", "steps: run a. then b."]:
        D("en", "lower_neg").span("NEG_TERM", t).done()


gen_email()
gen_email_neg()
gen_labels2()
gen_files()
gen_shared()
gen_honorific()
gen_lower()
write_json(records)
