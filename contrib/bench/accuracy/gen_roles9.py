#!/usr/bin/env python3
"""gen_roles9.py: people named after the role words of specialised domains (branch `roles9`).

Written from how such documents are laid out, before reading the detectors' rules, in
en/de/fr/nl/es/it/pt, with real names (the lexicon knows them) and invented surnames (it does not):
- museum and art loans: the lender, courier, registrar, conservator and curator of a loan form;
- building permits and planning: the architect, agent, applicant, builder-owner, the designer of
  record ("Entwurfsverfasser", "Progettista", "Maître d'ouvrage", "Promotor");
- theatre and film credits and programmes: lighting, sound, costumes, stage manager, and cast
  lists whose character stands before the actor after dot leaders, spaces or a dash (the actor is
  a PERSON, the character is not: "Hamlet", "Figaro", "Willy Loman" are NEG_CHARACTER);
- orchestra and choir rosters: a section label, then names separated by ';' or ',';
- sport: a position before a name in a line-up ("Keeper Maria Keller", "doelman", "portero"), a
  goal "from X through Y" or "with X", player of the match, an agent in transfer news, "DT:";
- events, volunteering, peer review and grants: coordinator, sponsor, ride leader, treasurer,
  applicant and reviewer cells of a table;
- look-alikes in the same slots: teams, firms, departments, venues, clubs, instruments, positions,
  characters, tools ("Lighting: LED", "Courier: DHL", "Sponsor: Acme GmbH", "Keeper of the Keys").
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
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
    "en": ["Maria", "Oliver", "Hannah", "Thomas", "Grace", "Rebecca", "Daniel", "Chloe"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Katrin", "Tobias", "Anja", "Lukas"],
    "fr": ["Jean", "Élodie", "Mathieu", "Camille", "Aurélie", "Benoît", "Claire", "Julien"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Carmen", "Rodrigo", "Elena"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo", "Paola"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Keller", "Brennan", "Whitcombe", "Ashworth", "Fletcher", "Doyle", "Harper"],
    "de": ["Weber", "Hoffmann", "Brandstätter", "Vogel", "Lindner", "Krause", "Keller"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Roux"],
    "nl": ["van Dijk", "de Vries", "Bakker", "Visser", "Mulder", "Hendriks", "Smits"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Castillo", "Domínguez", "Vidal"],
    "it": ["Rossi", "Bianchi", "Colombo", "De Luca", "Esposito", "Ricci", "Mancini"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Sousa", "Teixeira", "Almeida", "Pereira"],
}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def surname(lg):
    return rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)


def invent_given(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2)) + rng.choice("aoi" if lg != "de" else "aen")
        if w not in LEX:
            return w[0].upper() + w[1:]


def person(lg):
    """A real given name before a real or invented surname, or both invented."""
    if rng.random() < 0.35:
        return invent_given(lg) + " " + invent(lg)
    return rng.choice(GIVEN[lg]) + " " + surname(lg)


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", person(self.lg))
        elif key == "S":
            self.span("PERSON", surname(self.lg))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)

    def names(self, n, sep):
        for k in range(n):
            self.fill("{P}")
            if k < n - 1:
                self.t(sep)
        return self


def labelled_doc(lg, cls, head, labels, negs, sep=": "):
    """A form: a heading, then each label with a person, one label per line; and a second form
    whose labels hold look-alikes (label, value, NEG type)."""
    d = D(lg, cls).t(head + "\n")
    for lab in labels:
        d.t(lab + sep).fill("{P}").t("\n")
    d.done()
    for lab, v, typ in negs:
        D(lg, cls + "_neg").t(head + "\n" + lab + sep).span(typ, v).t("\n").done()


# ---- museum and art loans -----------------------------------------------------------------------
LOAN = {
    "en": ("Loan agreement LN-2026-%d", ["Lender", "Courier", "Registrar", "Conservator", "Curator"],
           [("Courier", "DHL", "NEG_ORG"), ("Lender", "Tate Modern", "NEG_ORG"),
            ("Courier", "Hasenkamp Fine Art", "NEG_ORG"), ("Conservator", "Paper Conservation Studio",
                                                           "NEG_ORG")]),
    "de": ("Leihvertrag LV-2026-%d", ["Leihgeber", "Kurier", "Registrar", "Restauratorin",
                                      "Kuratorin"],
           [("Kurier", "DHL Express", "NEG_ORG"), ("Leihgeber", "Kunsthalle Bremen", "NEG_ORG"),
            ("Restauratorin", "Werkstatt Nord", "NEG_ORG")]),
    "fr": ("Convention de prêt CP-2026-%d", ["Prêteur", "Convoyeur", "Régisseur", "Restauratrice",
                                             "Commissaire"],
           [("Convoyeur", "Chenue", "NEG_ORG"), ("Prêteur", "Musée des Augustins", "NEG_ORG"),
            ("Commissaire", "Service des expositions", "NEG_ORG")]),
    "nl": ("Bruikleenovereenkomst BO-2026-%d", ["Bruikleengever", "Koerier", "Registrar",
                                                "Restaurator", "Conservator"],
           [("Koerier", "PostNL", "NEG_ORG"), ("Bruikleengever", "Rijksmuseum", "NEG_ORG")]),
    "es": ("Contrato de préstamo CP-2026-%d", ["Prestador", "Correo", "Registro", "Restauradora",
                                               "Comisario"],
           [("Correo", "SIT Transportes Internacionales", "NEG_ORG"),
            ("Prestador", "Museo del Prado", "NEG_ORG")]),
    "it": ("Contratto di prestito CP-2026-%d", ["Prestatore", "Accompagnatore", "Registrar",
                                                "Restauratrice", "Curatore"],
           [("Accompagnatore", "Arteria", "NEG_ORG"), ("Prestatore", "Galleria Borghese",
                                                       "NEG_ORG")]),
    "pt": ("Contrato de empréstimo CE-2026-%d", ["Mutuante", "Correio", "Registrar",
                                                 "Conservadora-restauradora", "Curador"],
           [("Correio", "CTT Expresso", "NEG_ORG"), ("Mutuante", "Museu Gulbenkian",
                                                     "NEG_ORG")]),
}

# ---- building permits ---------------------------------------------------------------------------
PERMIT = {
    "en": ("Planning application PA/%d", ["Applicant", "Agent", "Architect", "Owner"],
           [("Agent", "Acme Planning Ltd", "NEG_ORG"), ("Applicant", "Riverside Homes Ltd",
                                                        "NEG_ORG"),
            ("Architect", "Foster + Partners", "NEG_ORG")]),
    "de": ("Bauantrag BA-%d", ["Bauherr", "Entwurfsverfasser", "Bauleiter", "Tragwerksplaner"],
           [("Bauherr", "Stadtwerke München GmbH", "NEG_ORG"),
            ("Entwurfsverfasser", "Architekturbüro Nord", "NEG_ORG")]),
    "fr": ("Permis de construire PC %d", ["Maître d'ouvrage", "Architecte", "Mandataire",
                                          "Demandeur"],
           [("Architecte", "cabinet XYZ", "NEG_ORG"), ("Maître d'ouvrage", "Commune de Vannes",
                                                      "NEG_ORG")]),
    "nl": ("Omgevingsvergunning OV-%d", ["Aanvrager", "Gemachtigde", "Architect", "Aannemer"],
           [("Gemachtigde", "Bouwbedrijf Jansen B.V.", "NEG_ORG"), ("Aanvrager", "Gemeente Delft",
                                                                   "NEG_ORG")]),
    "es": ("Licencia de obra LO-%d", ["Promotor", "Arquitecto", "Aparejador", "Constructor"],
           [("Promotor", "Inmobiliaria del Sur S.L.", "NEG_ORG"), ("Arquitecto", "Estudio Lamela",
                                                                 "NEG_ORG")]),
    "it": ("Permesso di costruire PdC %d", ["Committente", "Progettista", "Direttore dei lavori",
                                            "Impresa esecutrice"],
           [("Progettista", "Studio Associato Arch", "NEG_ORG"), ("Committente", "Comune di Prato",
                                                                 "NEG_ORG")]),
    "pt": ("Licença de construção LC-%d", ["Requerente", "Arquiteto", "Dono da obra",
                                           "Diretor de obra"],
           [("Arquiteto", "Atelier Siza", "NEG_ORG"), ("Dono da obra", "Câmara Municipal de Braga",
                                                       "NEG_ORG")]),
}

# ---- theatre and film credits -------------------------------------------------------------------
CREDITS = {
    "en": ("Programme", ["Director", "Lighting", "Sound design", "Costumes", "Stage manager",
                         "Set design"],
           [("Lighting", "LED", "NEG_PRODUCT"), ("Sound", "Dolby Atmos", "NEG_PRODUCT"),
            ("Costumes", "Angels Costumes", "NEG_ORG"), ("Stage manager", "Front of House",
                                                         "NEG_TERM")]),
    "de": ("Besetzung", ["Regie", "Licht", "Ton", "Kostüme", "Bühnenbild", "Inspizienz"],
           [("Licht", "Scheinwerfer", "NEG_PRODUCT"), ("Kostüme", "Theaterkunst GmbH", "NEG_ORG")]),
    "fr": ("Distribution", ["Mise en scène", "Lumières", "Son", "Costumes", "Scénographie",
                            "Régie"],
           [("Lumières", "LED", "NEG_PRODUCT"), ("Costumes", "Atelier du Théâtre", "NEG_ORG")]),
    "nl": ("Credits", ["Regie", "Licht", "Geluid", "Kostuums", "Decor", "Productieleiding"],
           [("Licht", "LED", "NEG_PRODUCT"), ("Decor", "Decorbouw Holland", "NEG_ORG")]),
    "es": ("Ficha artística", ["Dirección", "Iluminación", "Sonido", "Vestuario", "Escenografía",
                               "Regidora"],
           [("Iluminación", "LED", "NEG_PRODUCT"), ("Vestuario", "Sastrería Cornejo", "NEG_ORG")]),
    "it": ("Crediti", ["Regia", "Luci", "Suono", "Costumi", "Scene", "Direttore di scena"],
           [("Luci", "LED", "NEG_PRODUCT"), ("Costumi", "Sartoria Tirelli", "NEG_ORG")]),
    "pt": ("Ficha técnica", ["Encenação", "Desenho de luz", "Som", "Figurinos", "Cenografia",
                             "Direção de cena"],
           [("Desenho de luz", "LED", "NEG_PRODUCT"), ("Figurinos", "Teatro Nacional D. Maria II",
                                                       "NEG_ORG")]),
}
CHARS = ["Hamlet", "Ophelia", "Figaro", "Don Quijote", "Willy Loman", "Sherlock Holmes",
         "Peer Gynt", "Mackie Messer", "Tartuffe", "Nora Helmer", "Blanche DuBois", "Mephisto",
         "Gretchen", "Sancho Panza", "Cyrano", "Gijsbrecht", "Lady Macbeth", "Estragon"]

# ---- orchestra and choir ------------------------------------------------------------------------
SECTIONS = {
    "en": ["Violin I", "Violin II", "Viola", "Cello", "Altos", "Sopranos", "Flute", "Horns"],
    "de": ["1. Violine", "2. Violine", "Bratsche", "Violoncello", "Alt", "Sopran", "Flöte"],
    "fr": ["Violons I", "Violons II", "Altos", "Violoncelles", "Sopranes", "Flûte", "Cors"],
    "nl": ["Viool 1", "Viool 2", "Altviool", "Cello", "Alten", "Sopranen", "Fluit"],
    "es": ["Violines primeros", "Violines segundos", "Violas", "Violonchelos", "Contraltos",
           "Flauta"],
    "it": ["Violini primi", "Violini secondi", "Viole", "Violoncelli", "Contralti", "Flauto"],
    "pt": ["Violinos I", "Violinos II", "Violetas", "Violoncelos", "Contraltos", "Flauta"],
}
INSTR_NEG = {
    "en": ("Percussion", "Timpani, Glockenspiel, Snare Drum"),
    "de": ("Schlagwerk", "Pauken, Becken, Triangel"),
    "fr": ("Percussions", "Timbales, Cymbales, Triangle"),
    "nl": ("Slagwerk", "Pauken, Bekkens, Triangel"),
    "es": ("Percusión", "Timbales, Platillos, Triángulo"),
    "it": ("Percussioni", "Timpani, Piatti, Triangolo"),
    "pt": ("Percussão", "Tímpanos, Pratos, Triângulo"),
}

# ---- sport --------------------------------------------------------------------------------------
LINEUP = {
    "en": ["Keeper", "Goalkeeper", "Captain", "Striker", "Winger"],
    "de": ["Torwart", "Kapitän", "Stürmer", "Libero"],
    "fr": ["Gardien", "Capitaine", "Attaquant", "Milieu"],
    "nl": ["doelman", "aanvoerder", "spits", "keeper"],
    "es": ["portero", "capitán", "delantero", "lateral"],
    "it": ["portiere", "capitano", "attaccante", "terzino"],
    "pt": ["guarda-redes", "capitão", "avançado", "lateral"],
}
GOAL = {
    "en": ["A goal from {S} through {S} settled it.", "{S} scored with {S} providing the cross.",
           "The equaliser came from {S} through {S}."],
    "de": ["Das 1:0 erzielte {S} nach Vorlage von {S}.", "Tor durch {S}, Vorarbeit {S}."],
    "fr": ["But de {S} sur une passe de {S}.", "{S} a marqué sur un centre de {S}."],
    "nl": ["Doelpunt van {S} op aangeven van {S}.", "{S} scoorde na een voorzet van {S}."],
    "es": ["Gol de {S} tras pase de {S}.", "Marcó {S} a pase de {S}."],
    "it": ["Gol di {S} su assist di {S}.", "Ha segnato {S} su cross di {S}."],
    "pt": ["Golo de {S} com assistência de {S}.", "Marcou {S} após passe de {S}."],
}
POTM = {"en": "Player of the match", "de": "Spieler des Spiels", "fr": "Homme du match",
        "nl": "Man van de wedstrijd", "es": "Jugador del partido", "it": "Migliore in campo",
        "pt": "Homem do jogo"}
TRANSFER = {
    "en": "{P} joins from Rovers on a three-year deal, confirmed his agent {P}.",
    "de": "Der Verein hat {P} von Eintracht verpflichtet, bestätigte sein Berater {P}.",
    "fr": "{P} rejoint le club pour trois ans, a confirmé son agent {P}.",
    "nl": "{P} komt over van FC Utrecht, bevestigde zijn zaakwaarnemer {P}.",
    "es": "{P} ficha por tres temporadas, confirmó su representante {P}.",
    "it": "{P} arriva in prestito, ha confermato il suo procuratore {P}.",
    "pt": "{P} assina por três épocas, confirmou o seu empresário {P}.",
}
DT = {"en": "Manager", "de": "Trainer", "fr": "Entraîneur", "nl": "Trainer", "es": "DT",
      "it": "Allenatore", "pt": "Treinador"}
SPORT_NEG = [
    ("en", "Keeper of the Keys: ", "NEG_TERM", "Tower Guard", "\n"),
    ("en", "A goal from ", "NEG_TERM", "the penalty spot", " settled it.\n"),
    ("en", "He ran through ", "NEG_TERM", "the middle", " and scored.\n"),
    ("en", "Player of the match: ", "NEG_TEAM", "Ajax", " (team award)\n"),
    ("es", "DT: ", "NEG_TERM", "4-4-2", "\n"),
    ("de", "Torwart: ", "NEG_TERM", "Ersatzkeeper gesucht", "\n"),
    ("nl", "doelman ", "NEG_TERM", "gezocht", " voor zaterdag.\n"),
    ("it", "capitano ", "NEG_TEAM", "Juventus", " in testa.\n"),
    ("en", "Captain: ", "NEG_TERM", "TBD", "\n"),
    ("en", "Striker ", "NEG_TERM", "Cup", " final next week.\n"),
]

# ---- events, volunteering, peer review ----------------------------------------------------------
EVENT = {
    "en": ("Cycling club - weekend", ["Coordinator", "Ride leader", "Sunday ride", "Treasurer",
                                      "Sweeper"],
           [("Sponsor", "Acme GmbH", "NEG_ORG"), ("Coordinator", "Events Team", "NEG_ORG"),
            ("Sunday ride", "60 km gravel loop", "NEG_TERM"), ("Ride leader", "Strava", "NEG_PRODUCT")]),
    "de": ("Radtreff Wochenende", ["Koordination", "Tourenleiter", "Sonntagsausfahrt",
                                   "Kassenwart", "Schlussfahrer"],
           [("Sponsor", "Acme GmbH", "NEG_ORG"), ("Tourenleiter", "Vorstand", "NEG_ORG")]),
    "fr": ("Sortie du club", ["Coordinatrice", "Responsable de sortie", "Sortie du dimanche",
                              "Trésorier", "Serre-file"],
           [("Sponsor", "Décathlon", "NEG_ORG"), ("Coordinatrice", "Bureau du club", "NEG_ORG")]),
    "nl": ("Fietsclub weekend", ["Coördinator", "Ritleider", "Zondagrit", "Penningmeester",
                                 "Bezemwagen"],
           [("Sponsor", "Rabobank", "NEG_ORG"), ("Ritleider", "Bestuur", "NEG_ORG")]),
    "es": ("Club ciclista", ["Coordinadora", "Jefe de ruta", "Salida del domingo", "Tesorero",
                             "Escoba"],
           [("Patrocinador", "Caja Rural", "NEG_ORG"), ("Coordinadora", "Junta directiva",
                                                        "NEG_ORG")]),
    "it": ("Gruppo ciclistico", ["Coordinatore", "Capogita", "Uscita domenicale", "Tesoriere",
                                 "Scopa"],
           [("Sponsor", "Banca Intesa", "NEG_ORG"), ("Coordinatore", "Consiglio direttivo",
                                                     "NEG_ORG")]),
    "pt": ("Clube de ciclismo", ["Coordenadora", "Chefe de grupo", "Passeio de domingo",
                                 "Tesoureiro", "Vassoura"],
           [("Patrocinador", "Caixa Geral", "NEG_ORG"), ("Coordenadora", "Direção", "NEG_ORG")]),
}
REVIEW = {
    "en": ("Applicant", "Reviewer 1", "Reviewer 2", "Rapporteur"),
    "de": ("Antragsteller", "Gutachter 1", "Gutachterin 2", "Berichterstatter"),
    "fr": ("Porteur du projet", "Évaluateur 1", "Évaluatrice 2", "Rapporteur"),
    "nl": ("Aanvrager", "Referent 1", "Referent 2", "Rapporteur"),
    "es": ("Investigador principal", "Evaluador 1", "Evaluadora 2", "Ponente"),
    "it": ("Proponente", "Revisore 1", "Revisore 2", "Relatore"),
    "pt": ("Investigador responsável", "Avaliador 1", "Avaliadora 2", "Relator"),
}


def gen_forms():
    for table, cls in ((LOAN, "loan"), (PERMIT, "permit"), (CREDITS, "credits"),
                       (EVENT, "event")):
        for lg in LANGS:
            head, labels, negs = table[lg]
            if "%d" in head:
                head = head % rng.randint(100, 9999)
            sep = " : " if lg == "fr" else ": "
            labelled_doc(lg, cls, head, labels, negs, sep)
            # each label alone after a sentence-free header line, invented surnames in it
            for lab in labels:
                D(lg, cls + "_one").t(head + "\n\n" + lab + sep).fill("{P}").t("\n").done()


def gen_cast():
    for lg in LANGS:
        chars = rng.sample(CHARS, 5)
        d = D(lg, "cast_dots").t({"en": "Cast", "de": "Besetzung", "fr": "Distribution",
                                  "nl": "Rolverdeling", "es": "Reparto", "it": "Interpreti",
                                  "pt": "Elenco"}[lg] + "\n")
        for c in chars:
            d.span("NEG_CHARACTER", c).t(" " + "." * (22 - len(c)) + " ").fill("{P}").t("\n")
        d.done()
        d = D(lg, "cast_dash")
        for c in rng.sample(CHARS, 4):
            d.span("NEG_CHARACTER", c).t(rng.choice((" – ", " - ", " — "))).fill("{P}").t("\n")
        d.done()
        d = D(lg, "cast_spaces")
        for c in rng.sample(CHARS, 4):
            d.span("NEG_CHARACTER", c).t(" " * (20 - len(c))).fill("{P}").t("\n")
        d.done()
        # characters alone in a synopsis line: no one
        c = rng.choice(CHARS)
        D(lg, "cast_neg").t("Act II: ").span("NEG_CHARACTER", c).t(" meets the ghost.\n").done()


def gen_orchestra():
    for lg in LANGS:
        d = D(lg, "orchestra")
        for sec in rng.sample(SECTIONS[lg], 4):
            sep = rng.choice(("; ", ", "))
            d.t(sec + rng.choice((": ", " – "))).names(rng.randint(2, 4), sep).t("\n")
        d.done()
        d = D(lg, "orchestra_block")
        sec = rng.choice(SECTIONS[lg])
        d.t(sec + "\n").names(3, "\n").t("\n").done()
        lab, v = INSTR_NEG[lg]
        D(lg, "orchestra_neg").t(lab + ": ").span("NEG_PRODUCT", v).t("\n").done()


def gen_sport():
    for lg in LANGS:
        d = D(lg, "lineup")
        for pos in LINEUP[lg]:
            d.t(pos + " ").fill("{P}").t("\n")
        d.done()
        d = D(lg, "lineup_inline")
        for k, pos in enumerate(LINEUP[lg][:3]):
            d.t(pos + " ").fill("{P}").t(", " if k < 2 else ".\n")
        d.done()
        for tpl in GOAL[lg]:
            D(lg, "goal").fill(tpl).t("\n").done()
        D(lg, "potm").t(POTM[lg] + ": ").fill("{P}").t("\n").done()
        D(lg, "transfer").fill(TRANSFER[lg]).t("\n").done()
        D(lg, "coach").t(DT[lg] + ": ").fill("{P}").t("\n").done()
    for lg, a, typ, v, b in SPORT_NEG:
        D(lg, "sport_neg").t(a).span(typ, v).t(b).done()


def gen_review():
    for lg in LANGS:
        app, r1, r2, rap = REVIEW[lg]
        d = D(lg, "review_table").t("| Role | Name |\n|---|---|\n")
        for lab in (app, r1, r2, rap):
            d.t("| " + lab + " | ").fill("{P}").t(" |\n")
        d.done()
        d = D(lg, "review_kv")
        for lab in (app, r1, r2):
            d.t(lab + ": ").fill("{P}").t("\n")
        d.done()
        D(lg, "review_neg").t("| " + app + " | ").span("NEG_ORG", "Universität Wien").t(
            " |\n").done()


gen_forms()
gen_cast()
gen_orchestra()
gen_sport()
gen_review()
write_json(records)
