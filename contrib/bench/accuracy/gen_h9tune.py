#!/usr/bin/env python3
"""gen_h9tune.py: people in the name column of fixed-width, space-aligned tables (branch `h9tune`).

Written from the misses of names_holdout9 (its QSO logs: `DATE  UTC  FREQ  MODE CALL  RST  NAME
QTH` with one given name per row), but in other texts: club results, sign-in sheets, rotas,
shift plans, class lists, mainframe exports and `column -t` output pasted into a prompt, in
en/de/fr/nl/es/it/pt. The columns are aligned by spaces only (no '|', tab, ';' or ','), the
header is a row of short labels (capitals or capitalised, one label of a person's column among
them: NAME, Name, Nom, Naam, Nombre, Nome, Vorname, Nachname, Spieler, Student, Operator...),
the person column anywhere in the row, its cells lone given names (real and invented, some in
capitals) or full names (particles, hyphens, diacritics); sometimes the next column starts one
space after the longest cell.
Look-alikes in the same layout (NEG_*): a Name column of products, of cities, of teams, of
hosts and pods (`kubectl get pods`, `docker ps`), of pets beside a species column, of
programs; headers with no person word over given-name-like words (`MODEL  Aria  ...`).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END, invent_syllables  # noqa: E402

rng = random.Random(20261204 + 9)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Oliver", "Hannah", "Siobhan", "Rebecca", "Chidi", "Priya", "Liam", "Grace"],
    "de": ["Jürgen", "Ulrike", "Matthias", "Katrin", "Tobias", "Lena", "Wolfgang", "Anke"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Claire", "Julien"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Rodrigo", "Carmen", "Iñigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo", "Alessandra"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Sharma", "Whitcombe", "Ashworth", "Fletcher", "O'Doyle"],
    "de": ["Keller", "Hoffmann", "Brandstätter", "Vogel", "Lindner", "von Krause", "Braun"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "de Girard", "Martin"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "van Dijk", "de Smit", "Dekker"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "de la Vega", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "De Luca", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "da Costa", "Sousa"],
}
# the person column's label, per language; and other column labels of the same tables
PCOL = {
    "en": ["NAME", "Name", "Operator", "Player", "Student", "Volunteer", "Runner"],
    "de": ["NAME", "Name", "Vorname", "Spieler", "Schüler", "Mitarbeiter", "Teilnehmer"],
    "fr": ["NOM", "Nom", "Prénom", "Joueur", "Élève", "Bénévole", "Participant"],
    "nl": ["NAAM", "Naam", "Voornaam", "Speler", "Leerling", "Medewerker", "Deelnemer"],
    "es": ["NOMBRE", "Nombre", "Jugador", "Alumno", "Voluntario", "Participante", "Empleado"],
    "it": ["NOME", "Nome", "Giocatore", "Alunno", "Volontario", "Partecipante", "Dipendente"],
    "pt": ["NOME", "Nome", "Jogador", "Aluno", "Voluntário", "Participante", "Funcionário"],
}
OTHER = {
    "en": [("DATE", "date"), ("TIME", "time"), ("LANE", "num"), ("SCORE", "num"), ("BIB", "num"),
           ("SHIFT", "shift"), ("ROOM", "room"), ("TOTAL", "money")],
    "de": [("DATUM", "date"), ("ZEIT", "time"), ("BAHN", "num"), ("PUNKTE", "num"),
           ("STARTNR", "num"), ("SCHICHT", "shift"), ("RAUM", "room"), ("BETRAG", "money")],
    "fr": [("DATE", "date"), ("HEURE", "time"), ("COULOIR", "num"), ("POINTS", "num"),
           ("DOSSARD", "num"), ("SERVICE", "shift"), ("SALLE", "room"), ("MONTANT", "money")],
    "nl": [("DATUM", "date"), ("TIJD", "time"), ("BAAN", "num"), ("PUNTEN", "num"),
           ("STARTNR", "num"), ("DIENST", "shift"), ("LOKAAL", "room"), ("BEDRAG", "money")],
    "es": [("FECHA", "date"), ("HORA", "time"), ("CARRIL", "num"), ("PUNTOS", "num"),
           ("DORSAL", "num"), ("TURNO", "shift"), ("SALA", "room"), ("IMPORTE", "money")],
    "it": [("DATA", "date"), ("ORA", "time"), ("CORSIA", "num"), ("PUNTI", "num"),
           ("PETTORALE", "num"), ("TURNO", "shift"), ("AULA", "room"), ("IMPORTO", "money")],
    "pt": [("DATA", "date"), ("HORA", "time"), ("PISTA", "num"), ("PONTOS", "num"),
           ("DORSAL", "num"), ("TURNO", "shift"), ("SALA", "room"), ("VALOR", "money")],
}
INTRO = {
    "en": ["Results from Saturday, please sort by score:", "Sign-in sheet, tidy it up:",
           "Rota for next week (pasted from the terminal):", ""],
    "de": ["Ergebnisse vom Samstag, bitte nach Punkten sortieren:", "Anwesenheitsliste:",
           "Schichtplan nächste Woche, bitte als Tabelle:", ""],
    "fr": ["Résultats de samedi, trie par points stp :", "Feuille de présence :",
           "Planning de la semaine prochaine :", ""],
    "nl": ["Uitslagen van zaterdag, sorteer op punten:", "Presentielijst:",
           "Rooster volgende week, maak er een tabel van:", ""],
    "es": ["Resultados del sábado, ordénalos por puntos:", "Hoja de asistencia:",
           "Turnos de la semana que viene:", ""],
    "it": ["Risultati di sabato, ordina per punti:", "Foglio presenze:",
           "Turni della prossima settimana:", ""],
    "pt": ["Resultados de sábado, ordena por pontos:", "Folha de presenças:",
           "Escala da próxima semana:", ""],
}
SHIFT = ["early", "late", "night", "AM", "PM"]


def invent(lg, surname=False):
    return invent_syllables(rng, SYL[lg], END[lg], surname)


def person(lg, kind):
    """A person cell: 'given' (one word, real or invented, sometimes capitals) or 'full'."""
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.55 else invent(lg)
    if kind == "given":
        return g.upper() if rng.random() < 0.2 else g
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent(lg, True)
    if rng.random() < 0.1:
        s = s + "-" + invent(lg, True)
    v = g + " " + s
    return v.upper() if rng.random() < 0.12 else v


def value(kind, lg):
    if kind == "date":
        return "%04d-%02d-%02d" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "time":
        return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
    if kind == "num":
        return str(rng.randint(1, 400))
    if kind == "shift":
        return rng.choice(SHIFT)
    if kind == "room":
        return rng.choice("ABCDE") + str(rng.randint(1, 30))
    return "%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))


class D(Doc):
    records = records


def table(d, header, rows, tight=False):
    """Appends a space-aligned table: header labels, rows of (label or None, value) cells. Each
    column is as wide as its longest cell plus two spaces (one when tight, for the name's)."""
    n = len(header)
    width = [max([len(header[k])] + [len(r[k][1]) for r in rows]) for k in range(n)]
    line = ""
    for k in range(n):
        pad = 1 if tight and k < n - 1 else 2
        line += header[k] + (" " * (width[k] - len(header[k]) + pad) if k < n - 1 else "")
    d.t(line + "\n")
    for r in rows:
        for k in range(n):
            lab, v = r[k]
            if lab:
                d.span(lab, v)
            else:
                d.t(v)
            if k < n - 1:
                pad = 1 if tight else 2
                d.t(" " * (width[k] - len(v) + pad))
        d.t("\n")


def people_table(lg):
    d = D(lg, "fixed_person")
    intro = rng.choice(INTRO[lg])
    if intro:
        d.t(intro + "\n")
    others = rng.sample(OTHER[lg], rng.choice((2, 3, 4)))
    pos = rng.randrange(len(others) + 1)
    kind = rng.choice(("given", "given", "full"))
    pcol = rng.choice(PCOL[lg])
    if kind == "full" and rng.random() < 0.5:
        pcol = {"en": "Full name", "de": "NAME", "fr": "Nom", "nl": "Naam", "es": "Nombre",
                "it": "Nome", "pt": "Nome"}[lg]
    header = [o[0] if rng.random() < 0.7 else o[0].capitalize() for o in others]
    header.insert(pos, pcol)
    rows = []
    for _ in range(rng.randint(3, 8)):
        r = [(None, value(o[1], lg)) for o in others]
        r.insert(pos, ("PERSON", person(lg, kind)))
        rows.append(r)
    table(d, header, rows, tight=rng.random() < 0.25)
    if rng.random() < 0.3:
        d.t("\nthanks!")
    d.done()


# look-alikes: a name column of things
THINGS = {
    "product": ["Widget", "Gadget Pro", "Desk Lamp", "Office Chair", "USB Hub", "Monitor Arm",
                "Keyboard", "Standing Desk"],
    "city": ["Berlin", "Lyon", "Utrecht", "Sevilla", "Torino", "Porto", "Leeds", "Graz",
             "Antwerpen", "Bilbao"],
    "team": ["Backend", "Frontend", "Platform Team", "Data Engineering", "Support", "Marketing",
             "Finance"],
    "program": ["OpenSSL", "Nginx", "PostgreSQL", "Redis", "Firefox", "Python", "Docker"],
}
THING_COLS = {"product": [("SKU", "room"), ("QTY", "num"), ("PRICE", "money")],
              "city": [("POP", "num"), ("AREA", "num"), ("CODE", "room")],
              "team": [("HEADCOUNT", "num"), ("BUDGET", "money"), ("FLOOR", "num")],
              "program": [("VERSION", "money"), ("SIZE", "num"), ("UPDATED", "date")]}
NEG_KIND = {"product": "NEG_PRODUCT", "city": "NEG_PLACE", "team": "NEG_ORG",
            "program": "NEG_PRODUCT"}


def thing_table(lg):
    d = D(lg, "fixed_thing")
    what = rng.choice(list(THINGS))
    cols = THING_COLS[what]
    ncol = rng.choice(("NAME", "Name", {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam",
                                        "es": "Nombre", "it": "Nome", "pt": "Nome"}[lg]))
    header = [ncol] + [c[0] for c in cols]
    rows = []
    for v in rng.sample(THINGS[what], rng.randint(3, 6)):
        rows.append([(NEG_KIND[what], v)] + [(None, value(c[1], lg)) for c in cols])
    d.t(rng.choice(INTRO[lg]) + "\n")
    table(d, header, rows)
    d.done()


PETS = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Oscar", "Nala"]
SPECIES = {"en": ("SPECIES", ["dog", "cat", "rabbit"]), "de": ("ART", ["Hund", "Katze", "Hase"]),
           "fr": ("ESPÈCE", ["chien", "chat", "lapin"]), "nl": ("SOORT", ["hond", "kat", "konijn"]),
           "es": ("ESPECIE", ["perro", "gato", "conejo"]), "it": ("SPECIE", ["cane", "gatto"]),
           "pt": ("ESPÉCIE", ["cão", "gato", "coelho"])}


def pet_table(lg):
    d = D(lg, "fixed_pet")
    sp_label, species = SPECIES[lg]
    header = [rng.choice(("NAME", "Name")), sp_label, "AGE", "KG"]
    rows = []
    for v in rng.sample(PETS, rng.randint(3, 6)):
        rows.append([("NEG_PET", v), (None, rng.choice(species)), (None, str(rng.randint(1, 14))),
                     (None, "%d.%d" % (rng.randint(2, 40), rng.randint(0, 9)))])
    table(d, header, rows)
    d.done()


def k8s_table(lg):
    d = D(lg, "fixed_k8s")
    if rng.random() < 0.5:
        header = ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]
        rows = []
        for _ in range(rng.randint(3, 6)):
            pod = rng.choice(("api", "web", "worker", "redis", "ingress")) + "-" + "%x" % rng.getrandbits(
                28) + "-" + "".join(rng.choice("abcdefghjk") for _ in range(5))
            rows.append([("NEG_CODE", pod), (None, "1/1"), (None, "Running"),
                         (None, str(rng.randint(0, 4))), (None, "%dd" % rng.randint(1, 40))])
    else:
        header = ["CONTAINER ID", "IMAGE", "STATUS", "NAMES"]
        rows = []
        for _ in range(rng.randint(3, 5)):
            nm = rng.choice(("elated", "brave", "quirky", "focused")) + "_" + rng.choice(
                ("hopper", "turing", "lovelace", "curie"))
            rows.append([(None, "%012x" % rng.getrandbits(48)), (None, "nginx:1.25"),
                         (None, "Up 3 hours"), ("NEG_CODE", nm)])
    d.t("why is this one restarting?\n")
    table(d, header, rows)
    d.done()


MODELS = ["Aria", "Nova", "Luna", "Stella", "Clio", "Juke", "Polo", "Ibiza"]


def model_table(lg):
    """Given-name-like words under a column that names no person (car models, code names)."""
    d = D(lg, "fixed_model")
    header = [rng.choice(("MODEL", "Modell", "Modèle", "Model", "Modelo", "Modello")), "YEAR",
              "KM", "PRICE"]
    rows = []
    for v in rng.sample(MODELS, rng.randint(3, 6)):
        rows.append([("NEG_PRODUCT", v), (None, str(rng.randint(2010, 2024))),
                     (None, str(rng.randint(1000, 200000))), (None, value("money", lg))])
    table(d, header, rows)
    d.done()


for i in range(350):
    lg = LANGS[i % 7]
    [people_table, people_table, people_table, people_table, thing_table, pet_table, k8s_table,
     model_table, people_table, thing_table][(i // 7) % 10](lg)

write_json(records)
