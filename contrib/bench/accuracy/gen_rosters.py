#!/usr/bin/env python3
"""gen_rosters.py: tune corpus of lists of people (issue #15) -> data/rosters.json on stdout.

Texts that are mostly lists of names with little prose around each: calendar invitations as
people paste them (Outlook, Google, Apple, raw iCalendar with CN parameters and folded lines),
meeting minutes in seven languages (present / apologies / chair / actions with owners / votes),
class and alumni lists, club rolls, team sheets, parish registers and school reports. Names are
laid out comma- or semicolon-separated, one per line, bulleted, numbered, in table cells, as
"Surname, Given", with ALL CAPS surnames, as given names alone among full names and joined by
and/und/et/en/y/e. Surnames (and half the given names) are invented from syllables so that no
lexicon knows them. Look-alikes in the same slots are labelled NEG_*: rooms, teams, departments,
companies, venues, agenda items, products, meeting titles, places.

Written from how such documents look, before reading the detector's rules. Deterministic (own
seed), Python stdlib only: `python3 gen_rosters.py > data/rosters.json`.
"""
import random

from gen_common import MONTHS, Doc, invent_syllables, write_json

rng = random.Random(1515)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

GIVEN = {
    "en": ["Olivia", "James", "Harriet", "Oliver", "Megan", "Callum", "Bethany", "Rhys", "Imogen",
           "Declan", "Priya", "Tom", "Abigail", "Niamh", "Gareth", "Sophie", "Liam", "Grace"],
    "de": ["Jonas", "Lena", "Maximilian", "Hannah", "Lukas", "Sophie", "Felix", "Marie", "Jannik",
           "Annika", "Tobias", "Katrin", "Florian", "Ute", "Dirk", "Birgit", "Sven", "Heike"],
    "fr": ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Mathis", "Manon", "Théo", "Inès",
           "Baptiste", "Margaux", "Étienne", "Solène", "Arnaud", "Céline", "Gaëlle", "Rémi"],
    "nl": ["Daan", "Sanne", "Bram", "Fleur", "Thijs", "Lotte", "Joris", "Femke", "Sem", "Noor",
           "Ruben", "Anouk", "Wouter", "Ilse", "Jeroen", "Marieke", "Stijn"],
    "es": ["Lucía", "Mateo", "Martina", "Hugo", "Paula", "Álvaro", "Carmen", "Javier", "Nerea",
           "Iñigo", "Rocío", "Sergio", "Ainhoa", "Diego", "Pilar", "Andrés"],
    "it": ["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Alessandro", "Sara", "Davide",
           "Federica", "Simone", "Elisa", "Tommaso", "Ilaria", "Riccardo", "Beatrice"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Duarte", "Leonor", "Rodrigo", "Catarina",
           "Gonçalo", "Matilde", "Afonso", "Joana", "Rui", "Teresa", "Vasco"],
}
SYL = {
    "en": (["bran", "wick", "tor", "ell", "mar", "ston", "ash", "fen", "hol", "dun", "ley", "cor",
            "rad", "bel", "quin", "hart", "ver", "mor"], ["by", "ton", "ham", "well", "ford", "ley",
                                                         "ridge", "combe"]),
    "de": (["wal", "ber", "sten", "kro", "hel", "mar", "din", "gus", "tal", "rem", "fal", "lin",
            "bor", "kel", "wer", "ost"], ["mann", "er", "inger", "brecht", "hof", "ke", "ler"]),
    "fr": (["ver", "lan", "bou", "ri", "mon", "tal", "ca", "del", "ma", "rin", "sau", "gre",
            "char", "pel", "fou"], ["ard", "ier", "eau", "ot", "ac", "in", "et"]),
    "nl": (["ver", "hoe", "bos", "kam", "dijk", "wal", "mer", "gel", "hof", "ster", "lin",
            "bru"], ["ink", "stra", "man", "kes", "ing", "sma", "hout"]),
    "es": (["gar", "ven", "tal", "mon", "ri", "sal", "cas", "bel", "qui", "lor", "ma", "zar",
            "tor"], ["ez", "ano", "illa", "edo", "ón", "ares"]),
    "it": (["val", "ber", "ton", "mar", "fio", "ric", "pel", "lan", "cos", "dol", "sar", "gri",
            "man"], ["elli", "ini", "otti", "one", "ari", "ucci", "etti"]),
    "pt": (["val", "bar", "ro", "mon", "cas", "ter", "lin", "sal", "fa", "gou", "re", "tei"],
           ["eira", "ado", "inho", "ães", "ão", "elo"]),
}
PARTICLES = {"nl": ["van", "van der", "de", "van den"], "de": ["von"], "fr": ["de"],
             "es": ["de"], "it": ["de", "di"], "pt": ["da", "dos"], "en": []}
TITLES = {"en": ["Mr", "Mrs", "Ms", "Dr"], "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme"],
          "nl": ["dhr.", "mevr."], "es": ["Sr.", "Sra."], "it": ["Sig.", "Dott."],
          "pt": ["Sr.", "Dra."]}


def given(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg])
    return invent_syllables(rng, SYL[lg][0], SYL[lg][1], False)


def surname(lg):
    s = invent_syllables(rng, SYL[lg][0], SYL[lg][1], True)
    if PARTICLES[lg] and rng.random() < 0.15:
        s = rng.choice(PARTICLES[lg]) + " " + s
    return s


def person(lg, style=None):
    """(given, surname, written form) in one of the shapes lists use."""
    g, s = given(lg), surname(lg)
    style = style or rng.choice(["gs", "gs", "gs", "sg", "gS", "Sg", "gis"])
    if style == "gs":
        v = g + " " + s
    elif style == "sg":
        v = s + ", " + g
    elif style == "gS":
        v = g + " " + s.upper()
    elif style == "Sg":
        v = s.upper() + " " + g
    else:
        v = g + " " + rng.choice("ABCDEFGHJKLMNPRSTW") + ". " + s
    return g, s, v


def mail(g, s, dom):
    return (g + "." + s.replace(" ", "")).lower().translate(
        str.maketrans("áéíóúàèìòùâêîôûäëïöüçãõñ", "aeiouaeiouaeiouaeioucaon")) + "@" + dom


COMPANIES = ["Veltrano GmbH", "Brixcombe Ltd", "Ostwal AG", "Quarnel BV", "Sardelli S.p.A.",
             "Monteiro & Filhos Lda", "Calveron SAS", "Tarnwick Partners", "Hollmer Consulting",
             "Zarquiño S.L.", "Dunmore Analytics", "Fiorani Group", "Kelbrecht Logistik"]
DOMAINS = ["veltrano.de", "brixcombe.co.uk", "ostwal.ch", "quarnel.nl", "sardelli.it",
           "calveron.fr", "tarnwick.com", "hollmer.io", "zarquino.es", "fiorani.it"]
TITLES_MTG = ["Q3 Planning", "Sprint Review", "Weekly Sync", "Budget Review FY25", "Roadmap Kickoff",
              "Project Falcon Standup", "Board Meeting", "All Hands", "Design Critique",
              "Quarterly Business Review", "Retrospective", "Vendor Onboarding", "Offsite Prep"]
ROOMS = ["Room 4.12 Kepler", "Boardroom Atlas", "Meeting Room Everest", "Huddle Space B",
         "Konferenzraum Rhein", "Salle Lumière", "Zaal Amstel", "Sala Giotto", "Sala Tejo",
         "Training Room 2", "Auditorium North"]
TEAMS = ["Platform Team", "Team Falcon", "Data Engineering", "Marketing EMEA", "Finance Ops",
         "Customer Success", "Legal Department", "IT Service Desk", "Human Resources",
         "Sales DACH", "Research & Development"]
VENUES = ["Grand Hotel Central", "Riverside Pavilion", "Kulturhaus Nord", "Parish Hall",
          "Salle des Fêtes", "Sports Centre", "Clubhouse Bar", "Town Hall"]
PRODUCTS = ["Microsoft Teams", "Zoom", "Google Meet", "Webex", "Jira", "Confluence", "Salesforce",
            "SharePoint", "Slack"]
PLACES = ["Manchester", "Rotterdam", "Lyon", "Bologna", "Porto", "Sevilla", "Hannover",
          "Aberdeen", "Utrecht", "Toulouse"]


class D(Doc):
    records = records

    def p(self, lg, style=None, title=False):
        g, s, v = person(lg, style)
        if title:
            self.t(rng.choice(TITLES[lg]) + " ")
            v = s
        self.span("PERSON", v)
        return g, s, v

    def neg(self, label, v):
        return self.span("NEG_" + label, v)


def date_text(lg, y, m, d):
    if lg == "en":
        return rng.choice([f"{d} {MONTHS['en'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])
    if lg == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}"])
    if lg == "nl":
        return rng.choice([f"{d}-{m}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {'de ' if lg in ('es', 'pt') else ''}"
                       f"{MONTHS[lg][m - 1]} {'de ' if lg in ('es', 'pt') else ''}{y}"])


# ---- calendar invitations -------------------------------------------------------------------
def name_list(doc, lg, n, sep, emails=False, company=False, style=None):
    for i in range(n):
        if i:
            doc.t(sep)
        g, s, v = doc.p(lg, style)
        if emails:
            doc.t(" <" + mail(g, s, rng.choice(DOMAINS)) + ">")
        elif company and rng.random() < 0.4:
            doc.t(" (").neg("ORG", rng.choice(COMPANIES)).t(")")


def outlook(lg):
    d = D(lg, "invite_outlook")
    L = {"en": ("Subject", "Organizer", "Required Attendees", "Optional Attendees", "Location",
                "When"),
         "de": ("Betreff", "Organisator", "Erforderliche Teilnehmer", "Optionale Teilnehmer", "Ort",
                "Wann"),
         "fr": ("Objet", "Organisateur", "Participants obligatoires", "Participants facultatifs",
                "Emplacement", "Quand"),
         "nl": ("Onderwerp", "Organisator", "Vereiste deelnemers", "Optionele deelnemers",
                "Locatie", "Wanneer"),
         "es": ("Asunto", "Organizador", "Asistentes obligatorios", "Asistentes opcionales",
                "Ubicación", "Cuándo"),
         "it": ("Oggetto", "Organizzatore", "Partecipanti obbligatori", "Partecipanti facoltativi",
                "Luogo", "Quando"),
         "pt": ("Assunto", "Organizador", "Participantes obrigatórios", "Participantes opcionais",
                "Local", "Quando")}[lg]
    d.t(L[0] + ": ").neg("TERM", rng.choice(TITLES_MTG)).t("\n")
    d.t(L[5] + ": " + rng.choice(["Tuesday 14:00-15:00", "2024-10-08 09:30", "Mo 11:00"]) + "\n")
    d.t(L[4] + ": ").neg("PLACE", rng.choice(ROOMS)).t("; ").neg("PRODUCT",
                                                                 rng.choice(PRODUCTS)).t("\n")
    em = rng.random() < 0.5
    d.t(L[1] + ": ")
    name_list(d, lg, 1, "", emails=em)
    d.t("\n" + L[2] + ": ")
    name_list(d, lg, rng.randint(2, 6), "; ", emails=em, style="sg" if rng.random() < 0.4 else None)
    if rng.random() < 0.7:
        d.t("\n" + L[3] + ": ")
        name_list(d, lg, rng.randint(1, 3), "; ", emails=em)
    if rng.random() < 0.4:
        d.t("; ").neg("ORG", rng.choice(TEAMS))
    d.t("\n")
    d.done()


def google(lg):
    d = D(lg, "invite_google")
    d.neg("TERM", rng.choice(TITLES_MTG)).t("\n")
    d.t(rng.choice(["Thursday, 12 September · 10:00 – 11:00", "Mon 3 Jun 2024 2pm – 3pm (CEST)"]))
    d.t("\nJoining info: meet.google.com/abc-defg-hij\n")
    n = rng.randint(3, 7)
    d.t(f"Guests\n{n} guests\n{n - 1} yes, 1 awaiting\n")
    for i in range(n):
        g, s, v = d.p(lg, rng.choice(["gs", "gs", "gS"]))
        d.t("\n")
        if i == 0:
            d.t("Organizer\n")
        if rng.random() < 0.5:
            d.t(mail(g, s, rng.choice(DOMAINS)) + "\n")
    if rng.random() < 0.5:
        d.t("Optional\n")
        d.p(lg, "gs")
        d.t("\n")
    d.done()


def apple(lg):
    d = D(lg, "invite_apple")
    d.t(rng.choice(["Invitation from ", "Einladung von ", "Invitation de ", "Uitnodiging van "]))
    d.p(lg, "gs")
    d.t("\n").neg("TERM", rng.choice(TITLES_MTG)).t("\n")
    d.t(rng.choice(["Invitees: ", "Eingeladene: ", "Invités : ", "Genodigden: "]))
    n = rng.randint(2, 5)
    for i in range(n):
        if i:
            d.t(", " if i < n - 1 else rng.choice([" and ", ", "]))
        d.p(lg, "gs")
    d.t("\n")
    for st in ["Accepted", "Declined", "Tentative", "Maybe", "No response"]:
        if rng.random() < 0.6:
            d.t(st + ": ")
            name_list(d, lg, rng.randint(1, 3), ", ", style="gs")
            d.t("\n")
    d.t("Location: ").neg("PLACE", rng.choice(VENUES)).t(", ").neg("PLACE",
                                                               rng.choice(PLACES)).t("\n")
    d.done()


def ical(lg):
    d = D(lg, "ical")
    d.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20241008T090000Z\r\nSUMMARY:")
    d.neg("TERM", rng.choice(TITLES_MTG)).t("\r\nLOCATION:").neg("PLACE", rng.choice(ROOMS))
    g, s, v = person(lg, rng.choice(["gs", "sg"]))
    d.t("\r\nORGANIZER;CN=")
    q = '"' if "," in v or rng.random() < 0.3 else ""
    d.t(q).span("PERSON", v).t(q + ":mailto:" + mail(g, s, rng.choice(DOMAINS)) + "\r\n")
    for _ in range(rng.randint(2, 5)):
        g, s, v = person(lg, rng.choice(["gs", "sg", "gs", "gS"]))
        q = '"' if "," in v or rng.random() < 0.3 else ""
        role = rng.choice(["REQ-PARTICIPANT", "OPT-PARTICIPANT"])
        st = rng.choice(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"])
        if rng.random() < 0.5:
            d.t(f"ATTENDEE;ROLE={role};PARTSTAT={st};RSVP=TRUE;CN=").t(q).span("PERSON", v).t(q)
            d.t("\r\n :mailto:" + mail(g, s, rng.choice(DOMAINS)) + "\r\n")
        else:
            d.t(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={st};CN=").t(q)
            d.span("PERSON", v).t(q + ";X-NUM-GUESTS=0:mailto:" + mail(g, s, rng.choice(DOMAINS)))
            d.t("\r\n")
    if rng.random() < 0.5:
        d.t("ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=").neg("PLACE", rng.choice(ROOMS))
        d.t(":mailto:room@" + rng.choice(DOMAINS) + "\r\n")
    d.t("END:VEVENT\r\nEND:VCALENDAR\r\n")
    d.done()


def mail_first(lg):
    """`mail (Name)` and `Name (Company)` lists as forwarded invitations have them."""
    d = D(lg, "invite_mailfirst")
    d.t(rng.choice(["To: ", "Attendees: ", "Teilnehmer: ", "Participants : ", "Deelnemers: "]))
    for i in range(rng.randint(2, 5)):
        if i:
            d.t(", ")
        g, s, v = person(lg, "gs")
        if rng.random() < 0.5:
            d.t(mail(g, s, rng.choice(DOMAINS)) + " (").span("PERSON", v).t(")")
        else:
            d.span("PERSON", v).t(" (").neg("ORG", rng.choice(COMPANIES)).t(")")
    d.t("\nSubject: ").neg("TERM", rng.choice(TITLES_MTG)).t("\n")
    d.done()


# ---- minutes --------------------------------------------------------------------------------
MIN = {
    "en": dict(title="Minutes of the {} meeting", present="Present", apol="Apologies", absent="Absent",
               chair="Chair", sec="Minutes taken by", att="In attendance", action="Action",
               to="to", moved="Moved by {}, seconded by {}. Carried.", owner="owner",
               agenda=["Matters arising", "Treasurer's report", "AOB", "Budget 2025"],
               verbs=["circulate the draft", "contact the council", "book the hall",
                      "update the risk register"], joiner=" and "),
    "de": dict(title="Protokoll der Sitzung {}", present="Anwesend", apol="Entschuldigt",
               absent="Abwesend", chair="Sitzungsleitung", sec="Protokoll", att="Gäste",
               action="Aufgabe", to="", moved="Antrag von {}, unterstützt von {}. Angenommen.",
               owner="verantwortlich", agenda=["Verschiedenes", "Kassenbericht", "Haushalt 2025"],
               verbs=["verschickt den Entwurf", "kontaktiert die Stadt", "bucht den Saal"],
               joiner=" und "),
    "fr": dict(title="Compte rendu de la réunion {}", present="Présents", apol="Excusés",
               absent="Absents", chair="Président de séance", sec="Secrétaire de séance",
               att="Invités", action="Action", to="", moved="Proposé par {}, appuyé par {}. Adopté.",
               owner="responsable", agenda=["Questions diverses", "Rapport financier", "Budget"],
               verbs=["envoie le projet", "contacte la mairie", "réserve la salle"],
               joiner=" et "),
    "nl": dict(title="Notulen vergadering {}", present="Aanwezig", apol="Afwezig met kennisgeving",
               absent="Afwezig", chair="Voorzitter", sec="Notulist", att="Toehoorders",
               action="Actie", to="", moved="Voorgesteld door {}, gesteund door {}. Aangenomen.",
               owner="eigenaar", agenda=["Rondvraag", "Financieel verslag", "Begroting 2025"],
               verbs=["stuurt het concept rond", "belt de gemeente", "reserveert de zaal"],
               joiner=" en "),
    "es": dict(title="Acta de la reunión {}", present="Asistentes", apol="Excusan su asistencia",
               absent="Ausentes", chair="Preside", sec="Secretario/a", att="Invitados",
               action="Acción", to="", moved="Propuesto por {}, secundado por {}. Aprobado.",
               owner="responsable", agenda=["Ruegos y preguntas", "Informe de tesorería"],
               verbs=["enviará el borrador", "contactará con el ayuntamiento"], joiner=" y "),
    "it": dict(title="Verbale della riunione {}", present="Presenti", apol="Assenti giustificati",
               absent="Assenti", chair="Presiede", sec="Verbalizzante", att="Ospiti",
               action="Azione", to="", moved="Proposta di {}, sostenuta da {}. Approvata.",
               owner="responsabile", agenda=["Varie ed eventuali", "Relazione del tesoriere"],
               verbs=["invia la bozza", "contatta il comune", "prenota la sala"], joiner=" e "),
    "pt": dict(title="Ata da reunião {}", present="Presentes", apol="Ausências justificadas",
               absent="Ausentes", chair="Presidente", sec="Secretário", att="Convidados",
               action="Ação", to="", moved="Proposto por {}, secundado por {}. Aprovado.",
               owner="responsável", agenda=["Assuntos diversos", "Relatório do tesoureiro"],
               verbs=["envia o rascunho", "contacta a câmara", "reserva a sala"], joiner=" e "),
}


def roster_items(d, lg, n, layout):
    """n names under a header in one layout; returns the given names drawn."""
    gs = []
    full = rng.random() < 0.5
    for i in range(n):
        if layout == "comma":
            d.t(", " if i else "")
        elif layout == "semi":
            d.t("; " if i else "")
        elif layout == "lines":
            d.t("\n")
        elif layout == "bullets":
            d.t("\n" + rng.choice(["- ", "* ", "• "]) if i == 0 or True else "")
        elif layout == "numbered":
            d.t(f"\n{i + 1}. ")
        elif layout == "joined":
            d.t("" if i == 0 else (MIN[lg]["joiner"] if i == n - 1 else ", "))
        if i and not full and rng.random() < 0.15 and layout in ("comma", "lines", "bullets"):
            g = given(lg)  # a given name alone among full names
            d.span("PERSON", g)
        else:
            g, s, v = d.p(lg, rng.choice(["gs", "gs", "sg", "gS", "Sg"]) if layout != "comma"
                          else rng.choice(["gs", "gs", "gS", "Sg"]))
        if rng.random() < 0.2:
            d.t(" (").neg("ORG", rng.choice(TEAMS + COMPANIES)).t(")")
        gs.append(g)
    return gs


def minutes(lg):
    m = MIN[lg]
    d = D(lg, "minutes")
    d.t(m["title"].format("–") + " ").neg("ORG", rng.choice(TEAMS)).t("\n")
    d.t(date_text(lg, 2024, rng.randint(1, 12), rng.randint(1, 28)) + ", ")
    d.neg("PLACE", rng.choice(ROOMS)).t("\n\n")
    layout = rng.choice(["comma", "semi", "lines", "bullets", "numbered", "joined"])
    d.t(m["chair"] + ": ")
    d.p(lg, rng.choice(["gs", "gS"]), title=rng.random() < 0.2)
    d.t("\n" + m["present"] + ":" + (" " if layout not in ("lines", "bullets", "numbered") else ""))
    gs = roster_items(d, lg, rng.randint(3, 8), layout)
    d.t("\n" + m["apol"] + ": ")
    roster_items(d, lg, rng.randint(1, 3), rng.choice(["comma", "joined"]))
    if rng.random() < 0.4:
        d.t("\n" + m["att"] + ": ")
        roster_items(d, lg, rng.randint(1, 2), "comma")
    d.t("\n" + m["sec"] + ": ")
    d.p(lg, "gs")
    d.t("\n\n1. ").neg("TERM", rng.choice(m["agenda"])).t("\n")
    d.t(m["moved"].split("{}")[0])
    d.p(lg, "gs")
    d.t(m["moved"].split("{}")[1])
    d.p(lg, "gs")
    d.t(m["moved"].split("{}")[2] + "\n2. ").neg("TERM", rng.choice(m["agenda"])).t("\n")
    for _ in range(rng.randint(1, 3)):
        k = rng.randint(0, 3)
        verb = rng.choice(m["verbs"])
        if k == 0:
            d.t(m["action"] + ": ").span("PERSON", rng.choice(gs))
            d.t((" " + m["to"] if m["to"] else "") + " " + verb + "\n")
        elif k == 1:
            d.t("- " + verb[0].upper() + verb[1:] + " — ").p(lg, "gs")
            d.t("\n")
        elif k == 2:
            d.t("- " + verb[0].upper() + verb[1:] + " (" + m["owner"] + ": ").p(lg, "gs")
            d.t(")\n")
        else:
            g, s, v = person(lg, "gs")
            d.t(m["action"].upper() + " ").span("PERSON", v).t(": " + verb + "\n")
    d.done()


# ---- lists of people ------------------------------------------------------------------------
CLASS_HDR = {"en": "Class of {}", "de": "Abiturjahrgang {}", "fr": "Promotion {}",
             "nl": "Eindexamenklas {}", "es": "Promoción {}", "it": "Classe {}",
             "pt": "Turma de {}"}
NEE = {"en": "née", "de": "geb.", "fr": "née", "nl": "geb.", "es": "de soltera", "it": "nata",
       "pt": "nascida"}
DEC = {"en": "(deceased)", "de": "(verstorben)", "fr": "(décédé)", "nl": "(overleden)",
       "es": "(fallecido)", "it": "(deceduto)", "pt": "(falecido)"}


def class_list(lg):
    d = D(lg, "alumni")
    y = rng.randint(1958, 2012)
    d.t(CLASS_HDR[lg].format(y) + " – ").neg("ORG", rng.choice(
        ["St Aldric's Grammar School", "Gymnasium am Wall", "Lycée Victor Hugo", "Colegio San Blas",
         "Liceo Galvani", "Escola Secundária Camões", "Het Baarnsch Lyceum"])).t("\n")
    layout = rng.choice(["lines", "bullets", "numbered", "table"])
    for i in range(rng.randint(4, 9)):
        if layout == "bullets":
            d.t("- ")
        elif layout == "numbered":
            d.t(f"{i + 1}. ")
        elif layout == "table":
            d.t(f"| {i + 1} | ")
        g, s, v = d.p(lg, rng.choice(["gs", "sg", "Sg", "gS"]))
        r = rng.random()
        if r < 0.2:
            d.t(" (" + NEE[lg] + " ").span("PERSON", surname(lg)).t(")")
        elif r < 0.3:
            d.t(" " + DEC[lg])
        elif r < 0.4:
            d.t(" – ").neg("PLACE", rng.choice(PLACES))
        elif r < 0.5:
            d.t(" now ").span("PERSON", g + " " + surname(lg))
        if layout == "table":
            d.t(" | " + str(y) + " |")
        d.t("\n")
    d.done()


CLUB_HDR = {"en": ("Membership roll", "No.", "Name", "Category", "Joined"),
            "de": ("Mitgliederliste", "Nr.", "Name", "Kategorie", "Eintritt"),
            "fr": ("Liste des adhérents", "N°", "Nom", "Catégorie", "Adhésion"),
            "nl": ("Ledenlijst", "Nr.", "Naam", "Categorie", "Lid sinds"),
            "es": ("Lista de socios", "Nº", "Nombre", "Categoría", "Alta"),
            "it": ("Elenco soci", "N.", "Nome", "Categoria", "Iscrizione"),
            "pt": ("Lista de sócios", "N.º", "Nome", "Categoria", "Admissão")}
CATS = ["Senior", "Junior", "Veteran", "Family", "Honorary", "Social", "Student", "Life"]


def club_roll(lg):
    d = D(lg, "club")
    h = CLUB_HDR[lg]
    d.neg("ORG", rng.choice(["Tarnwick Rowing Club", "TSV Ostwal 1898", "Cercle Nautique Calveron",
                             "Hockeyclub Quarnel", "Club de Tenis Zarquiño", "Circolo Fiorani",
                             "Clube Naval Monteiro"])).t(" – " + h[0] + "\n")
    tab = rng.choice(["pipe", "tab", "csv", "plain"])
    sep = {"pipe": " | ", "tab": "\t", "csv": ";", "plain": "  "}[tab]
    dob = rng.random() < 0.3
    d.t(sep.join(h[1:] + (("DOB",) if dob else ())))
    d.t("\n" if tab != "pipe" else "\n|---|---|---|---|\n")
    for _ in range(rng.randint(4, 9)):
        d.t(str(rng.randint(10, 999)) + sep)
        d.p(lg, rng.choice(["sg", "Sg", "gs", "gS"]) if tab != "csv" else rng.choice(["gs", "Sg"]))
        d.t(sep + rng.choice(CATS) + sep + str(rng.randint(1975, 2024)))
        if dob:
            y, mo, dd = rng.randint(1940, 2010), rng.randint(1, 12), rng.randint(1, 28)
            d.t(sep).span("DATE_OF_BIRTH", f"{dd:02d}.{mo:02d}.{y}")
        d.t("\n")
    d.done()


POS = ["GK", "RB", "CB", "LB", "CM", "DM", "RW", "LW", "ST", "SUB"]


def team_sheet(lg):
    d = D(lg, "team")
    d.neg("ORG", rng.choice(["Tarnwick Town U14", "FC Ostwal II", "AS Calveron", "VV Quarnel",
                             "CD Zarquiño", "US Fiorani", "GD Monteiro"])).t(" v ")
    d.neg("ORG", rng.choice(["Dunmore Athletic", "SV Kelbrecht", "Brixcombe Rovers"])).t("\n")
    d.t(rng.choice(["Starting XI", "Team sheet", "Aufstellung", "Composition", "Opstelling",
                    "Alineación", "Formazione", "Convocados"]) + ":\n")
    for i in range(rng.randint(6, 11)):
        d.t(f"{i + 1} ")
        d.p(lg, rng.choice(["gS", "gs", "Sg"]))
        d.t(" (" + rng.choice(POS) + ")" + (" (C)" if i == 3 else "") + "\n")
    d.t("Subs: ")
    name_list(d, lg, rng.randint(2, 4), ", ", style=rng.choice(["gs", "gS"]))
    d.t("\nCoach: ").p(lg, "gs")
    d.t("\nVenue: ").neg("PLACE", rng.choice(VENUES)).t("\n")
    d.done()


PAR = {
    "en": ("Baptisms", "son of", "daughter of", "and", "Godparents", "Marriages", "Witnesses",
           "Burials", "aged", "born"),
    "de": ("Taufen", "Sohn von", "Tochter von", "und", "Paten", "Trauungen", "Trauzeugen",
           "Beerdigungen", "Alter", "geboren am"),
    "fr": ("Baptêmes", "fils de", "fille de", "et", "Parrain et marraine", "Mariages", "Témoins",
           "Obsèques", "âgé de", "né le"),
    "nl": ("Dopen", "zoon van", "dochter van", "en", "Peetouders", "Huwelijken", "Getuigen",
           "Uitvaarten", "leeftijd", "geboren"),
    "es": ("Bautismos", "hijo de", "hija de", "y", "Padrinos", "Matrimonios", "Testigos",
           "Defunciones", "edad", "nacido el"),
    "it": ("Battesimi", "figlio di", "figlia di", "e", "Padrini", "Matrimoni", "Testimoni",
           "Funerali", "età", "nato il"),
    "pt": ("Batismos", "filho de", "filha de", "e", "Padrinhos", "Casamentos", "Testemunhas",
           "Funerais", "idade", "nascido a"),
}


def parish(lg):
    P = PAR[lg]
    d = D(lg, "parish")
    d.neg("ORG", rng.choice(["St Wilfrid's, Tarnwick", "St.-Lamberti-Gemeinde", "Paroisse Saint-Rémi",
                             "Sint-Bavoparochie", "Parroquia de San Blas", "Parrocchia San Zeno",
                             "Paróquia de São Vicente"])).t(" – register extract\n\n" + P[0] + "\n")
    for _ in range(rng.randint(1, 3)):
        y, mo, dd = rng.randint(1890, 2020), rng.randint(1, 12), rng.randint(1, 28)
        d.neg("DATE", date_text(lg, y, mo, min(dd + 2, 28))).t(": ")
        g, s, v = d.p(lg, "gs")
        d.t(", " + P[9] + " ").span("DATE_OF_BIRTH", date_text(lg, y, mo, dd))
        d.t(", " + rng.choice(P[1:3]) + " ")
        d.span("PERSON", given(lg) + " " + s)
        d.t(" " + P[3] + " ")
        d.span("PERSON", given(lg) + (" " + surname(lg) if rng.random() < 0.5 else ""))
        d.t(". " + P[4] + ": ")
        d.p(lg, "gs")
        d.t(", ").p(lg, "gs")
        d.t(".\n")
    d.t("\n" + P[5] + "\n")
    for _ in range(rng.randint(1, 2)):
        d.neg("DATE", date_text(lg, rng.randint(1900, 2020), rng.randint(1, 12), rng.randint(1, 28)))
        d.t(": ").p(lg, "gs")
        d.t(" " + P[3] + " ").p(lg, "gs")
        d.t(". " + P[6] + ": ").p(lg, "gs")
        d.t("; ").p(lg, "gs")
        d.t("\n")
    d.t("\n" + P[7] + "\n")
    for _ in range(rng.randint(1, 3)):
        d.neg("DATE", date_text(lg, rng.randint(1900, 2020), rng.randint(1, 12), rng.randint(1, 28)))
        d.t(" – ").p(lg, rng.choice(["gs", "Sg", "sg"]))
        d.t(", " + P[8] + " " + str(rng.randint(40, 99)) + "\n")
    d.done()


REP = {
    "en": ("End of term report", "Pupil", "Form", "Form tutor", "Subject", "Teacher", "Comment",
           ["{} has worked hard this term and should be proud.",
            "{} needs to hand homework in on time.", "A pleasing term; well done, {}."]),
    "de": ("Zeugnis", "Schüler/in", "Klasse", "Klassenlehrer/in", "Fach", "Lehrkraft",
           "Bemerkung", ["{} hat sich in diesem Halbjahr sehr bemüht.",
                         "{} sollte Hausaufgaben pünktlich abgeben."]),
    "fr": ("Bulletin trimestriel", "Élève", "Classe", "Professeur principal", "Matière",
           "Enseignant", "Appréciation", ["{} a fourni un travail sérieux.",
                                          "Bon trimestre, {} doit continuer ainsi."]),
    "nl": ("Rapport", "Leerling", "Klas", "Mentor", "Vak", "Docent", "Opmerking",
           ["{} heeft hard gewerkt dit semester.", "{} mag meer huiswerk maken."]),
    "es": ("Boletín de notas", "Alumno/a", "Curso", "Tutor/a", "Asignatura", "Profesor/a",
           "Observaciones", ["{} ha trabajado mucho este trimestre.",
                             "{} debe entregar los deberes a tiempo."]),
    "it": ("Pagella", "Alunno/a", "Classe", "Coordinatore", "Materia", "Docente", "Giudizio",
           ["{} si è impegnato con costanza.", "{} deve consegnare i compiti in tempo."]),
    "pt": ("Relatório de avaliação", "Aluno/a", "Turma", "Diretor de turma", "Disciplina",
           "Professor/a", "Observações", ["{} trabalhou muito este período.",
                                          "{} deve entregar os trabalhos a tempo."]),
}
SUBJ = ["Maths", "English", "Physics", "History", "Art", "Music", "French", "Chemistry"]


def school_report(lg):
    R = REP[lg]
    d = D(lg, "school")
    d.t(R[0] + "\n" + R[1] + ": ")
    g, s, v = d.p(lg, rng.choice(["gs", "sg", "Sg"]))
    d.t("\n" + R[2] + ": " + rng.choice(["9B", "5e2", "10c", "3ºA", "2ªB", "H4b"]) + "\n")
    d.t(R[3] + ": ").p(lg, "gs", title=rng.random() < 0.5)
    d.t("\n\n" + R[4] + " | " + R[5] + " | " + R[6] + "\n")
    for sub in rng.sample(SUBJ, rng.randint(2, 4)):
        d.neg("TERM", sub).t(" | ")
        d.p(lg, "gs", title=rng.random() < 0.6)
        c = rng.choice(R[7]).split("{}")
        d.t(" | " + c[0]).span("PERSON", g).t(c[1] + "\n")
    d.done()


def negatives_only(lg):
    """A list with rooms, teams, products and titles in the slots names take, and no name."""
    d = D(lg, "neg")
    d.t(rng.choice(["Rooms booked", "Resources", "Ressourcen", "Salles"]) + ":\n")
    for _ in range(rng.randint(2, 4)):
        d.t("- ").neg("PLACE", rng.choice(ROOMS)).t("\n")
    d.t(rng.choice(["Teams", "Attendees", "Teilnehmer", "Participants"]) + ": ")
    for i, t in enumerate(rng.sample(TEAMS, 3)):
        d.t(", " if i else "").neg("ORG", t)
    d.t("\nAgenda: ")
    for i, t in enumerate(rng.sample(TITLES_MTG, 3)):
        d.t("; " if i else "").neg("TERM", t)
    d.t("\nTools: ")
    for i, t in enumerate(rng.sample(PRODUCTS, 3)):
        d.t(", " if i else "").neg("PRODUCT", t)
    d.t("\nVenue: ").neg("PLACE", rng.choice(VENUES)).t(", ").neg("PLACE", rng.choice(PLACES))
    d.t("\n")
    d.done()


KINDS = [outlook, google, apple, ical, mail_first, minutes, minutes, class_list, club_roll,
         team_sheet, parish, school_report, negatives_only]


def main():
    for i in range(560):
        KINDS[i % len(KINDS)](LANGS[(i // len(KINDS)) % len(LANGS)])
    write_json(records)


if __name__ == "__main__":
    main()
