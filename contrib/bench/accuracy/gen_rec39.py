#!/usr/bin/env python3
"""gen_rec39.py: the general classes of the tune sets' PERSON misses, in other kinds of text
(issue 15, branch `rec39`).

Stop 39 read the missed PERSON spans of six blind-written tune sets and presidio's tune half
together and counted them by mechanism; this corpus holds the two classes that every set (or
nearly every set) shares, written in kinds of text none of them has, en/de/fr/nl/es/it/pt, real
and invented (syllable) names:
- `repeat`: a person named once where a cue says so (a label, a greeting, a self-introduction,
  a signature, a speaker), then named again in the same text with no cue at all: the given
  name alone, the surname alone, the surname after a title, the full name again, a possessive,
  in brackets (club minutes, shift handovers, tenancy logs, vet notes, moving-company quotes,
  choir rotas, sailing-club logs, chat threads pasted into a prompt);
- `coord`: a second (third) person joined to a named one by a conjunction, a comma or a slash
  (`Signed by Anna Keller and Brewin Holtmann`, `Présents : Mme Belquet, Roulanier et Gauvel`,
  `Anwesend: Jonas Weber / Hilde Brewin`).
Look-alikes (NEG_*) beside them: the same word as the person's given name or surname used as
something else (`Will you send`, `Mark the invoice`, `Grace period`, `the Ford Transit`, `a
flight to Florence`, `Bill to:`, `in April`, `Victoria station`), lower case (`a rose`), and a
named person joined by a conjunction to a firm, a place, a team or a product (`Anna Keller and
Siemens`, `Jonas Weber and the Berlin office`, `Keller & Söhne`).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 39)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Hannah", "Oliver", "Siobhan", "Priya", "Gareth", "Imogen", "Callum", "Niamh"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Katrin", "Tobias", "Hilde", "Lukas"],
    "fr": ["Élodie", "Mathieu", "Camille", "Benoît", "Aurélie", "Julien", "Solène", "Yann"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Rodrigo", "Carmen", "Iñigo", "Nerea"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo", "Ilaria", "Tommaso"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Whitcombe", "Ashworth", "Fletcher", "Doyle", "Pemberton"],
    "de": ["Keller", "Brandstätter", "Vogel", "Lindner", "Krause", "Hofbauer", "Zeilinger"],
    "fr": ["Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Delcourt", "Vasseur"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Dekker", "Verbeek"],
    "es": ["Navarro", "Romero", "Castillo", "Domínguez", "Ortega", "Iglesias", "Calvo"],
    "it": ["Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Gallo", "Ferraresi"],
    "pt": ["Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa", "Magalhães"],
}
TITLE = {"en": ["Mr", "Ms", "Mrs", "Dr"], "de": ["Herr", "Frau", "Dr."],
         "fr": ["M.", "Mme", "Dr"], "nl": ["meneer", "mevrouw", "dhr.", "mw."],
         "es": ["el Sr.", "la Sra.", "el Dr."], "it": ["il sig.", "la sig.ra", "il dott."],
         "pt": ["o Sr.", "a Sra.", "o Dr."]}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2)) + rng.choice(("a", "o", "e", "i", ""))
        if w not in LEX and len(w) >= 5:
            return w.capitalize()


def invent_sur(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 5:
            return w.capitalize()


def person(lg):
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.5 else invent(lg)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent_sur(lg)
    return g, s


class D(Doc):
    records = records

    def slot(self, key, kw):
        lab, v = kw[key]
        if lab:
            self.span(lab, v)
        else:
            self.t(v)


# ---- repeat: named once by a cue, again with none --------------------------------------------
# {F} the full name where the cue names it; later mentions: {G} given name, {S} surname,
# {TS} title + surname (only the surname is labelled), {F2} the full name again.
REPEAT = {
    "en": [
        "Sailing club – race log 14 June\nHelm: {F}\nCrew: 2\nNotes: {G} capsized at the second "
        "mark; rescue boat took {G} and the crew back. Protest lodged by {TS} against boat 41.",
        "Shift handover, ward 3\nNurse in charge: {F}\n22:10 bed 4 restless, {S} gave paracetamol."
        "\n02:30 family rang, {G} updated them.",
        "Moving quote #5521\nCustomer: {F}\nSurvey done with {G} on site; {S} wants the piano "
        "wrapped. {TS} asked for a Saturday slot.",
        "hey, it's {F} from the choir. can you put me on the alto rota?\n...\nthanks {G}! you're "
        "on for the 12th. {G} please bring the folder.",
    ],
    "de": [
        "Protokoll Vereinsversammlung\nKassenwart: {F}\nTOP 3: {S} legt den Kassenbericht vor. "
        "Rückfrage an {G} wegen der Hallenmiete. {TS} wird entlastet.",
        "Übergabe Spätdienst\nPflegekraft: {F}\nZimmer 12 unruhig, {G} hat den Arzt informiert. "
        "Rückruf an {S} bis 21 Uhr.",
        "Mietverwaltung – Notiz\nMieter: {F}\nTelefonat: {S} meldet Schimmel im Bad. {TS} "
        "schickt Fotos. Termin mit {G} am Dienstag.",
    ],
    "fr": [
        "Compte rendu – association des parents\nTrésorière : {F}\n{S} présente le budget. "
        "Question de {G} sur la kermesse. {TS} enverra le tableau.",
        "Carnet de liaison\nMon enfant est suivi par {F}.\nMerci à {G} pour la sortie. "
        "{TS} peut-il/elle rappeler ?",
        "Dossier vétérinaire\nPropriétaire : {F}\nVaccin fait. {S} signale une boiterie. "
        "Rappel à {G} dans six mois.",
    ],
    "nl": [
        "Notulen VvE-vergadering\nVoorzitter: {F}\n{S} opent de vergadering. {G} vraagt naar de "
        "lift. Actiepunt voor {TS}: offerte schilder.",
        "Overdracht nachtdienst\nVerpleegkundige: {F}\nKamer 7 onrustig, {G} heeft de arts "
        "gebeld. {S} komt morgen terug.",
        "Verhuisofferte\nKlant: {F}\nOpname met {G} gedaan; {S} wil de piano laten inpakken.",
    ],
    "es": [
        "Acta de la comunidad de vecinos\nPresidenta: {F}\n{S} abre la sesión. {G} pregunta "
        "por el ascensor. {TS} enviará el presupuesto.",
        "Parte de guardia\nEnfermera: {F}\nHab. 3 inquieto, {G} avisó al médico. {S} vuelve "
        "mañana.",
        "Presupuesto de mudanza\nCliente: {F}\nVisita hecha con {G}; {S} quiere embalar el piano.",
    ],
    "it": [
        "Verbale assemblea condominiale\nAmministratore: {F}\n{S} apre la seduta. {G} chiede "
        "dell'ascensore. {TS} manderà il preventivo.",
        "Consegne turno di notte\nInfermiera: {F}\nStanza 5 agitato, {G} ha chiamato il medico. "
        "{S} rientra domani.",
        "Preventivo trasloco\nCliente: {F}\nSopralluogo con {G}; {S} vuole imballare il pianoforte.",
    ],
    "pt": [
        "Ata da reunião de condomínio\nAdministradora: {F}\n{S} abre a sessão. {G} pergunta pelo "
        "elevador. {TS} enviará o orçamento.",
        "Passagem de turno\nEnfermeira: {F}\nQuarto 4 agitado, {G} chamou o médico. {S} volta "
        "amanhã.",
        "Orçamento de mudança\nCliente: {F}\nVisita feita com {G}; {S} quer embalar o piano.",
    ],
}


def repeat(lg):
    g, s = person(lg)
    d = D(lg, "repeat")
    t = rng.choice(REPEAT[lg])
    i = 0
    while i < len(t):
        j = t.find("{", i)
        if j < 0:
            d.t(t[i:])
            break
        d.t(t[i:j])
        k = t.index("}", j)
        key = t[j + 1:k]
        if key == "F":
            d.span("PERSON", g + " " + s)
        elif key == "G":
            d.span("PERSON", g)
        elif key == "S":
            d.span("PERSON", s)
        elif key == "TS":
            title = rng.choice(TITLE[lg])
            if d.text.endswith(("\n", ". ", ": ")) or not d.text:
                title = title[0].upper() + title[1:]
            d.t(title + " ").span("PERSON", s)
        i = k + 1
    d.done()


# ---- look-alikes of repeat: the person's word as something else -------------------------------
# (given or surname, the person is named with it, then the same word is not the person)
HOMONYM = [
    ("g", "Will", "NEG_TERM", "{W} you send the signed copy by Friday?"),
    ("g", "Mark", "NEG_TERM", "{W} the invoice as paid once the transfer clears."),
    ("g", "Grace", "NEG_TERM", "{W} period ends on the 30th."),
    ("g", "Bill", "NEG_TERM", "{W} to: Northwind Ltd, 4 Dock Road"),
    ("g", "April", "NEG_DATE", "The next survey is due in {W}."),
    ("g", "Florence", "NEG_PLACE", "The team flies to {W} on Monday."),
    ("g", "Victoria", "NEG_PLACE", "Meet at {W} station, platform 2."),
    ("g", "Austin", "NEG_PLACE", "The {W} office closes at five."),
    ("g", "Sofia", "NEG_PLACE", "Flight FB 462 to {W} is delayed."),
    ("s", "Ford", "NEG_PRODUCT", "The {W} Transit needs a new clutch."),
    ("s", "Porsche", "NEG_PRODUCT", "Parking space 3 is for the {W} Cayenne."),
    ("s", "Lincoln", "NEG_PLACE", "Delivery to the {W} depot on Tuesday."),
    ("s", "Madrid", "NEG_PLACE", "The conference moved to {W} this year."),
    ("s", "Bosch", "NEG_ORG", "The {W} dishwasher is still under warranty."),
    ("s", "Siemens", "NEG_ORG", "{W} sent the new controller firmware."),
    ("s", "Rose", "NEG_TERM", "She planted a {w} by the gate."),
    ("s", "Berlin", "NEG_PLACE", "The parcel left {W} yesterday."),
    ("g", "Paris", "NEG_PLACE", "The train to {W} leaves at 7:12."),
]
CUE = {"en": "Tenant: {F}\n", "de": "Mieter: {F}\n", "fr": "Locataire : {F}\n",
       "nl": "Huurder: {F}\n", "es": "Inquilino: {F}\n", "it": "Inquilino: {F}\n",
       "pt": "Inquilino: {F}\n"}


def homonym(lg):
    kind, w, lab, sent = rng.choice(HOMONYM)
    g, s = person(lg)
    if kind == "g":
        g = w
    else:
        s = w
    d = D(lg, "homonym")
    d.t(CUE[lg].split("{F}")[0]).span("PERSON", g + " " + s).t("\n")
    if "{w}" in sent:
        a, b = sent.split("{w}")
        d.t(a).span(lab, w.lower()).t(b)
    else:
        a, b = sent.split("{W}")
        d.t(a).span(lab, w).t(b)
    d.done()


# ---- coord: persons joined to a named one ----------------------------------------------------
CONJ = {"en": ["and", "or", "&"], "de": ["und", "oder", "&"], "fr": ["et", "ou"],
        "nl": ["en", "of"], "es": ["y", "o"], "it": ["e", "o"], "pt": ["e", "ou"]}
COORD_CUE = {
    "en": ["Signed by {A}", "Witnessed by {A}", "Present: {A}", "Drivers: {A}",
           "Keyholders: {A}", "Emergency contacts: {A}"],
    "de": ["Unterzeichnet von {A}", "Anwesend: {A}", "Fahrer: {A}", "Schlüsselinhaber: {A}"],
    "fr": ["Signé par {A}", "Présents : {A}", "Conducteurs : {A}", "Témoins : {A}"],
    "nl": ["Ondertekend door {A}", "Aanwezig: {A}", "Bestuurders: {A}", "Getuigen: {A}"],
    "es": ["Firmado por {A}", "Asistentes: {A}", "Conductores: {A}", "Testigos: {A}"],
    "it": ["Firmato da {A}", "Presenti: {A}", "Conducenti: {A}", "Testimoni: {A}"],
    "pt": ["Assinado por {A}", "Presentes: {A}", "Condutores: {A}", "Testemunhas: {A}"],
}


def coord(lg):
    d = D(lg, "coord")
    cue = rng.choice(COORD_CUE[lg])
    d.t(cue.split("{A}")[0])
    n = rng.choice((2, 2, 3))
    for i in range(n):
        g, s = person(lg)
        k = rng.randrange(3)
        v = g + " " + s if k < 2 or i == 0 else s
        if i > 0:
            if i == n - 1:
                d.t(rng.choice([" " + rng.choice(CONJ[lg]) + " ", " / ", ", "]))
            else:
                d.t(", ")
        d.span("PERSON", v)
    d.t(rng.choice([".", "", " on 12/03/2026.", "\n"]))
    d.done()


COORD_NEG = {
    "en": [("{P} and ", "NEG_ORG", "Siemens", " signed the framework agreement."),
           ("Meeting with {P} and the ", "NEG_PLACE", "Berlin", " office on Monday."),
           ("{P} or ", "NEG_ORG", "Northwind Ltd", " will invoice you."),
           ("Present: {P} and ", "NEG_ORG", "Marketing", ".")],
    "de": [("{P} und ", "NEG_ORG", "Bosch", " haben den Vertrag unterschrieben."),
           ("Anwesend: {P} und ", "NEG_ORG", "Vertrieb", "."),
           ("Termin mit {P} in ", "NEG_PLACE", "Hamburg", ".")],
    "fr": [("{P} et ", "NEG_ORG", "Decathlon", " ont signé l'accord."),
           ("Présents : {P} et ", "NEG_ORG", "Comptabilité", ".")],
    "nl": [("{P} en ", "NEG_ORG", "Philips", " tekenden het contract."),
           ("Aanwezig: {P} en ", "NEG_ORG", "Verkoop", ".")],
    "es": [("{P} y ", "NEG_ORG", "Telefónica", " firmaron el acuerdo."),
           ("Asistentes: {P} y ", "NEG_ORG", "Ventas", ".")],
    "it": [("{P} e ", "NEG_ORG", "Barilla", " hanno firmato l'accordo."),
           ("Presenti: {P} e ", "NEG_ORG", "Amministrazione", ".")],
    "pt": [("{P} e ", "NEG_ORG", "Galp", " assinaram o acordo."),
           ("Presentes: {P} e ", "NEG_ORG", "Contabilidade", ".")],
}


def coord_neg(lg):
    a, lab, w, b = rng.choice(COORD_NEG[lg])
    g, s = person(lg)
    d = D(lg, "coord_neg")
    x, y = a.split("{P}")
    d.t(x).span("PERSON", g + " " + s).t(y).span(lab, w).t(b)
    d.done()


for i in range(420):
    lg = LANGS[i % 7]
    [repeat, repeat, repeat, homonym, coord, coord, coord_neg, repeat, homonym, coord][
        (i // 7) % 10](lg)

write_json(records)
