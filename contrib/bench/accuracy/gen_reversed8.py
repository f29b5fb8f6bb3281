#!/usr/bin/env python3
"""gen_reversed8.py: names written surname first with a comma, "Surname, Given" (issue 15,
branch `reversed8`).

Written from how CRMs, HR exports, class and court lists, library records, mail clients and
ticket systems write people, before reading the detector's rules, in en/de/fr/nl/es/it/pt, with
real names (the lexicon knows them), invented surnames (it does not) and compound or particle
surnames ("van Dijk", "García López", "O'Brien", "Müller-Wendt"):
- after a label ("Customer: Okafor, Chidi"), in a list separated by ';' or new lines, as a mail
  display name ("Keller, Maria" <...>), before a role in brackets, before a verb that takes
  people ("Brennan, Siobhan wrote:"), in a table cell, and alone in a short line;
- look-alikes in the same slots: lists of given names, towns with their country or state,
  companies with their legal form, makes of car, sentence starts ("However, Maria said"),
  vocatives ("Thanks, Maria!"), streets with their town (NEG_PLACE, NEG_ORG, NEG_PRODUCT,
  NEG_TERM).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 15)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Chidi", "Siobhan", "Maria", "John", "Rebecca", "Thomas", "Grace", "Oliver", "Hannah"],
    "de": ["Jan", "Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias", "Anja"],
    "fr": ["Jean", "Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Claire"],
    "nl": ["Jan", "Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne"],
    "es": ["María José", "Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Inmaculada", "Rodrigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Alessandra", "Lorenzo"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Smith", "O'Brien", "Whitcombe", "Ashworth", "Fletcher", "Doyle"],
    "de": ["Keller", "Müller-Wendt", "Hoffmann", "Brandstätter", "Vogel", "Lindner", "Krause"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "de la Fontaine", "Chevalier", "Marchand", "Girard"],
    "nl": ["van Dijk", "de Vries", "Bakker", "van der Berg", "Visser", "Mulder", "Hendriks"],
    "es": ["García López", "Navarro", "Romero", "Ortega Ruiz", "Castillo", "Domínguez", "Vidal"],
    "it": ["Rossi", "Bianchi", "Colombo", "De Luca", "Esposito", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Sousa Lopes", "Teixeira", "Almeida", "Pereira"],
}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def person(lg):
    """'Surname, Given': a real or invented surname before a well-attested given name."""
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)
    return s + ", " + rng.choice(GIVEN[lg])


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", person(self.lg))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


LABEL = {
    "en": ["Customer: ", "Name: ", "Requester: ", "Assigned to: ", "Patient: ", "Author: "],
    "de": ["Kunde: ", "Name: ", "Ansprechpartner: ", "Bearbeiter: ", "Mitarbeiter: "],
    "fr": ["Client : ", "Nom : ", "Demandeur : ", "Responsable : ", "Auteur : "],
    "nl": ["Klant: ", "Naam: ", "Aanvrager: ", "Behandelaar: ", "Contactpersoon: "],
    "es": ["Cliente: ", "Nombre: ", "Solicitante: ", "Responsable: ", "Titular: "],
    "it": ["Cliente: ", "Nominativo: ", "Richiedente: ", "Referente: ", "Intestatario: "],
    "pt": ["Cliente: ", "Nome: ", "Requerente: ", "Responsável: ", "Titular: "],
}
VERB = {
    "en": ["{P} called about the invoice.", "{P} wrote: hi, any news?", "{P} approved it.",
           "{P} said the parcel never arrived.", "{P} will join the call on Monday."],
    "de": ["{P} hat angerufen wegen der Rechnung.", "{P} schrieb: bitte um Rückruf.",
           "{P} hat den Antrag genehmigt."],
    "fr": ["{P} a appelé ce matin.", "{P} a écrit : merci de me rappeler.",
           "{P} a validé la demande."],
    "nl": ["{P} heeft gebeld over de factuur.", "{P} schreef: graag terugbellen.",
           "{P} heeft het goedgekeurd."],
    "es": ["{P} llamó por la factura.", "{P} escribió: por favor, llámenme.",
           "{P} aprobó la solicitud."],
    "it": ["{P} ha chiamato per la fattura.", "{P} ha scritto: richiamatemi.",
           "{P} ha approvato la richiesta."],
    "pt": ["{P} ligou sobre a fatura.", "{P} escreveu: liguem-me, por favor.",
           "{P} aprovou o pedido."],
}
ROLE = {"en": ["Sales", "HR", "Finance", "IT"], "de": ["Vertrieb", "Personal", "Buchhaltung"],
        "fr": ["Ventes", "RH", "Comptabilité"], "nl": ["Verkoop", "HR", "Financiën"],
        "es": ["Ventas", "RR. HH.", "Contabilidad"], "it": ["Vendite", "Risorse umane"],
        "pt": ["Vendas", "RH", "Contabilidade"]}
ROLE_TAIL = {"en": " approved it.", "de": " hat zugestimmt.", "fr": " a validé.",
             "nl": " heeft akkoord gegeven.", "es": " lo aprobó.", "it": " ha approvato.",
             "pt": " aprovou."}
HEAD = {"en": ["Attendees", "Class list", "Signed by"], "de": ["Teilnehmer", "Klassenliste"],
        "fr": ["Participants", "Liste de classe"], "nl": ["Deelnemers", "Klassenlijst"],
        "es": ["Asistentes", "Lista de clase"], "it": ["Partecipanti", "Elenco classe"],
        "pt": ["Participantes", "Lista da turma"]}


def mail_local(p):
    s, g = p.split(", ")
    f = lambda x: "".join(c for c in x.lower() if c.isascii() and c.isalpha())  # noqa: E731
    return f(g) + "." + f(s)


def gen_label():
    for lg in LANGS:
        for lab in LABEL[lg]:
            D(lg, "label").t("Ticket #%d\n%s" % (rng.randint(1000, 99999), lab)).fill("{P}").t(
                "\n").done()


def gen_verb():
    for lg in LANGS:
        for tpl in VERB[lg]:
            D(lg, "verb").fill(tpl).done()
        for r in ROLE[lg]:
            D(lg, "role").fill("{P}").t(" (" + r + ")" + ROLE_TAIL[lg]).done()


def gen_list():
    for lg in LANGS:
        for i, h in enumerate(HEAD[lg]):
            d = D(lg, "list").t(h + ": ")
            n = rng.randint(2, 4)
            for k in range(n):
                d.fill("{P}")
                if k < n - 1:
                    d.t("; ")
            d.t("\n").done()
            d = D(lg, "list_lines").t(h + "\n")
            for k in range(rng.randint(2, 4)):
                d.t(["", "- ", "%d. " % (k + 1)][i % 3]).fill("{P}").t("\n")
            d.done()


def gen_mail():
    for lg in LANGS:
        for i in range(4):
            p = person(lg)
            d = D(lg, "mail").t(["From: ", "To: ", "Cc: ", "Von: "][i] + '"')
            d.span("PERSON", p).t('" <')
            d.span("EMAIL_ADDRESS", mail_local(p) + "@example.org").t(">\nSubject: update\n").done()


def gen_table():
    for lg in LANGS:
        d = D(lg, "table").t("| id | name | status |\n|---|---|---|\n")
        for k in range(3):
            d.t("| %d | " % (100 + k)).fill("{P}").t(" | %s |\n" % rng.choice(["open", "closed"]))
        d.done()
        d = D(lg, "tsv").t("id\tname\tdept\n")
        for k in range(3):
            d.t("%d\t" % (7 + k)).fill("{P}").t("\t%s\n" % rng.choice(ROLE[lg]))
        d.done()
        d = D(lg, "bare").fill("{P}").t("\n")
        d.done()


# (label, text, value) look-alikes: the whole value must not be one person; "P:" marks the
# given names and the lead words that stand apart (a given name there is a person of its own).
NEG = [
    ("NEG_PLACE", "We flew to Paris, France last spring.", "Paris, France"),
    ("NEG_PLACE", "Ship to Portland, Oregon by Friday.", "Portland, Oregon"),
    ("NEG_PLACE", "Office: Springfield, Illinois\n", "Springfield, Illinois"),
    ("NEG_PLACE", "Sede: Lyon, Francia\n", "Lyon, Francia"),
    ("NEG_PLACE", "Standort: Graz, Österreich\n", "Graz, Österreich"),
    ("NEG_ORG", "Vendor: Johnson, Inc.\n", "Johnson, Inc."),
    ("NEG_PRODUCT", "Makes in stock: Ford, Toyota, Renault.", "Ford, Toyota"),
    ("NEG_PLACE", "We live at Baker Street, London.", "Baker Street, London"),
    ("NEG_PLACE", "Adres: Kerkstraat, Utrecht\n", "Kerkstraat, Utrecht"),
]
# a lead word, ", " and a given name: the lead word is no surname, the given name a person
LEADS = [("However", "Maria", " said no."), ("Thanks", "Maria", "! See you."),
         ("Well", "John", ", that was quick."), ("Merci", "Camille", " ! À demain."),
         ("Danke", "Jonas", ", bis morgen."), ("Gracias", "Lucía", ", nos vemos."),
         ("Yes", "Pieter", " can do it."), ("Sorry", "Giulia", ", my mistake."),
         ("Olá", "Beatriz", ", tudo bem?"), ("Anna", "Maria", " and Jonas are coming."),
         ("Dank je", "Sanne", ", tot morgen."), ("Grazie", "Matteo", ", a presto.")]


def gen_neg():
    for lab, text, x in NEG:
        a, b = text.split(x, 1)
        D("en", "neg").t(a).span(lab, x).t(b).done()
    for lead, g, tail in LEADS:
        d = D("en", "neg_lead")
        if lead == "Anna":
            d.span("PERSON", lead)
        else:
            d.span("NEG_TERM", lead)
        d.t(", ").span("PERSON", g)
        if tail.startswith(" and "):
            d.t(" and ").span("PERSON", "Jonas").t(tail[len(" and Jonas"):])
        else:
            d.t(tail)
        d.done()


gen_label()
gen_verb()
gen_list()
gen_mail()
gen_table()
gen_neg()
write_json(records)
