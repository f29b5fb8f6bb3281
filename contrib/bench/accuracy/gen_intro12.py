#!/usr/bin/env python3
"""gen_intro12.py: people introducing themselves in a chat message, and academic or professional
titles beside a name (branch `intro12`).

Written from how people open a message to a support desk or a colleague, in en/de/fr/nl/es/it/pt,
with real names (the lexicon knows them) and invented ones (syllables):
- `intro`: "Ich bin X.", "Sono X e ...", "Eu sou X.", "Olá, sou a X.", "Hier spricht X", at the
  start of the message, after a greeting on the same line, with NBSP, before a clause or a comma;
- `famous`: a famous name under a strong personal cue ("Je m'appelle Emmanuel Macron, client
  depuis 2019"): a private person who shares the name, PERSON;
- `title`: "Herr Dipl.-Ing. X", "Ansprechpartner: Dipl.-Ing. (FH) X", "Avv. X", "ir. X",
  "X, M.Sc." — the title is never part of the PERSON span;
- look-alikes in the same slots: a profession or an adjective after the verb ("Ich bin Arzt.",
  "Sono Product Manager.", "Sono Stanco") as NEG_ROLE/NEG_TERM, a famous name as a topic
  ("a poem about Emmanuel Macron") as NEG_FAMOUS.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 12)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Rebecca", "Thomas", "Grace", "Oliver", "Hannah", "Daniel"],
    "de": ["Jonas", "Maria", "Sabine", "Matthias", "Katrin", "Tobias"],
    "fr": ["Camille", "Mathieu", "Élodie", "Benoît", "Claire", "Julien"],
    "nl": ["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Wouter"],
    "es": ["Lucía", "Javier", "Pilar", "Álvaro", "Carmen", "Sergio"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Federica", "Lorenzo"],
    "pt": ["Ana", "João", "Beatriz", "Tiago", "Inês", "Rui"],
}
SURNAME = {
    "en": ["Fletcher", "Ashworth", "Doyle", "Brennan", "Whitcombe"],
    "de": ["Weber", "Keller", "Hoffmann", "Lindner", "Krause"],
    "fr": ["Martin", "Moreau", "Lefèvre", "Girard", "Chevalier"],
    "nl": ["de Vries", "Bakker", "Visser", "Mulder", "van Dijk"],
    "es": ["Fernández", "Navarro", "Romero", "Castillo", "Vidal"],
    "it": ["Bianchi", "Rossi", "Colombo", "Ricci", "Mancini"],
    "pt": ["Costa", "Ferreira", "Carvalho", "Teixeira", "Almeida"],
}
# the speaker's own intro at the start of a message, and after a greeting on the same line
INTRO = {
    "en": ["I'm ", "I am ", "Hi, I'm ", "Hello, my name is ", "This is "],
    "de": ["Ich bin ", "Hallo, ich bin ", "Hier spricht ", "Mein Name ist ", "Guten Tag, ich bin "],
    "fr": ["Je suis ", "Bonjour, je suis ", "Je m'appelle ", "Bonjour, ici "],
    "nl": ["Ik ben ", "Hoi, ik ben ", "Met ", "Dit is ", "Ik heet "],
    "es": ["Soy ", "Hola, soy ", "Me llamo ", "Mi nombre es ", "Buenos días, soy "],
    "it": ["Sono ", "Ciao, sono ", "Mi chiamo ", "Buongiorno, sono ", "Qui è "],
    "pt": ["Eu sou ", "Sou ", "Olá, sou a ", "Olá, eu sou ", "O meu nome é ", "Chamo-me "],
}
AFTER = {
    "en": [".", " and I have a question about my order.", ", your contact for the project.",
           " from the accounts team."],
    "de": [".", ", Ihre Ansprechpartnerin.", " und habe eine Frage zur Rechnung.",
           " und wohne in Köln."],
    "fr": [".", " et j'ai une question.", ", client depuis 2019.", " qui vous écrit."],
    "nl": [".", " en ik heb een vraag.", ", uw contactpersoon."],
    "es": [".", " y tengo una pregunta.", ", cliente desde 2019."],
    "it": [".", " e lavoro a Milano.", " e ho una domanda.", ", la vostra referente."],
    "pt": [".", " e preciso de ajuda.", ", cliente desde 2019."],
}
# strong personal cues for a famous name (a private person who shares it)
CUE = {
    "en": ["My name is ", "Hi, my name is "], "de": ["Ich heiße ", "Mein Name ist "],
    "fr": ["Je m'appelle ", "Bonjour, je m'appelle "], "nl": ["Ik heet ", "Mijn naam is "],
    "es": ["Mi nombre es ", "Me llamo "], "it": ["Mi chiamo ", "Il mio nome è "],
    "pt": ["O meu nome é ", "Chamo-me "],
}
FAMOUS = {
    "en": ["Barack Obama", "Tom Hanks"], "de": ["Angela Merkel", "Olaf Scholz"],
    "fr": ["Emmanuel Macron", "Zinedine Zidane"], "nl": ["Mark Rutte", "Johan Cruijff"],
    "es": ["José Luis Rodríguez Zapatero", "Pedro Sánchez"],
    "it": ["Mario Draghi", "Giorgia Meloni"], "pt": ["Luís Figo", "Cristiano Ronaldo"],
}
TOPIC = {
    "en": "Write a short poem about {F}.", "de": "Schreib ein Gedicht über {F}.",
    "fr": "Écris un poème sur {F}.", "nl": "Schrijf een gedicht over {F}.",
    "es": "Escribe un poema sobre {F}.", "it": "Scrivi una poesia su {F}.",
    "pt": "Escreve um poema sobre {F}.",
}
# titles before the name (with an honorific or a label before them) and after it
TITLE_BEFORE = {
    "en": ["Dr. ", "Prof. "],
    "de": ["Herr Dipl.-Ing. ", "Frau Dipl.-Kffr. ", "Herr Dipl.-Kfm. ", "Frau Dipl.-Psych. ",
           "Herr Dr.-Ing. ", "Frau Dr. rer. nat. ", "Herr Dr. med. dent. ", "Frau Mag. ",
           "Herr Ing. ", "Ansprechpartner: Dipl.-Ing. (FH) ", "Kontakt: Dipl.-Inf. "],
    "fr": ["Me ", "Dr "],
    "nl": ["ir. ", "drs. ", "mr. ", "Contactpersoon: ir. "],
    "es": ["Lic. ", "Ing. "],
    "it": ["Avv. ", "Geom. ", "Arch. ", "Ing. ", "Referente: Avv. "],
    "pt": ["Eng. ", "Dr. "],
}
TITLE_AFTER = [", M.Sc.", ", B.A.", ", MBA", " (M.Sc.)"]
NEG_AFTER_VERB = {
    "de": [("Ich bin ", "Arzt", "NEG_ROLE"), ("Ich bin ", "Software Engineer", "NEG_ROLE"),
           ("Hallo, ich bin ", "Projektleiterin", "NEG_ROLE")],
    "it": [("Sono ", "Product Manager", "NEG_ROLE"), ("Sono ", "Stanco", "NEG_TERM"),
           ("Ciao, sono ", "Ingegnere", "NEG_ROLE")],
    "fr": [("Je suis ", "Data Scientist", "NEG_ROLE"), ("Je suis ", "Développeur", "NEG_ROLE")],
    "es": [("Soy ", "Ingeniero", "NEG_ROLE"), ("Hola, soy ", "Administrador", "NEG_ROLE")],
    "en": [("I'm ", "Batman", "NEG_TERM"), ("I'm ", "Software Engineer", "NEG_ROLE")],
    "nl": [("Ik ben ", "Docent", "NEG_ROLE"), ("Ik ben ", "Product Owner", "NEG_ROLE")],
    "pt": [("Eu sou ", "Engenheiro", "NEG_ROLE"), ("Sou ", "Professora", "NEG_ROLE")],
}
NEG_TAIL = {"de": " bei SAP.", "it": " a Milano.", "fr": " chez Airbus.", "es": " en Madrid.",
            "en": ".", "nl": " in Utrecht.", "pt": " em Lisboa."}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def person(lg):
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.7 else invent(lg)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)
    return g + " " + s


class D(Doc):
    records = records


for lg in LANGS:
    for cue in INTRO[lg]:
        for _ in range(3):
            d = D(lg, "intro")
            c = cue.replace(" ", "\u00a0", 1) if rng.random() < 0.1 and cue.count(" ") > 1 else cue
            d.t(c).span("PERSON", person(lg)).t(rng.choice(AFTER[lg]))
            d.done()
    for cue in CUE[lg]:
        for f in FAMOUS[lg]:
            d = D(lg, "famous")
            d.t(cue).span("PERSON", f).t(rng.choice(AFTER[lg]))
            d.done()
    for f in FAMOUS[lg]:
        d = D(lg, "topic")
        pre, post = TOPIC[lg].split("{F}")
        d.t(pre).span("NEG_FAMOUS", f).t(post)
        d.done()
    for tb in TITLE_BEFORE[lg]:
        d = D(lg, "title")
        d.t(tb).span("PERSON", person(lg)).t(rng.choice([".", "", " hat geantwortet."]
                                                      if lg == "de" else [".", ""]))
        d.done()
    for _ in range(2):
        d = D(lg, "title_after")
        d.t(rng.choice(["Contact: ", "Kontakt: ", "Referente: "][:1 if lg == "en" else 3]))
        d.span("PERSON", person(lg)).t(rng.choice(TITLE_AFTER))
        d.done()
    for pre, w, lab in NEG_AFTER_VERB[lg]:
        d = D(lg, "neg")
        d.t(pre).span(lab, w).t(NEG_TAIL[lg])
        d.done()

write_json(records)
