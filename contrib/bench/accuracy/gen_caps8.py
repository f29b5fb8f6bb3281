#!/usr/bin/env python3
"""gen_caps8.py: names typed in capitals or in lower case (issue 15, branch `caps8`).

Written from how people fill in forms and type chats, before reading the detector's rules, in
en/de/fr/nl/es/it/pt, with real names (which the lexicon knows) and invented ones (which it does
not), and look-alikes in the same slots:
- a full name in capitals after a label, in a form filled in block letters, under a closing
  (a signature), in a list of attendees or signatories, in a sentence of ordinary case
  ("please forward it to MARTA LINDQVIST"); look-alikes: headings, acronym runs, shouted
  sentences, HTTP/SQL/cloud words, constants, firms and cities in capitals after the same labels
  (NEG_TERM, NEG_ORG, NEG_PLACE, NEG_PRODUCT, NEG_CODE);
- the administrative order SURNAME Given, SURNAME, Given and SURNAME, GIVEN in class lists,
  court cause lists, registers, party lines and rosters; look-alikes: CITY, Country, PRODUCT
  Model, ORG Division in the same layout;
- a name in lower case in a chat after a verb that takes people, a kin or role word, "with", a
  greeting ("talked to anna verhoeven today", "ask jan about it", "mijn broer sem"), and short
  messages of two or three words ("ma sœur camille", "dile a pilar", "olá beatriz!"); look-alikes:
  the ordinary words that are also names (will, may, mark, bill, rose, grace, frank) in the same
  places, and tools or places after "with"/"to";
- look-alikes in the layouts of the first two shapes: features, ingredients, teams, sponsors,
  destinations and products in capitals in lists, teams under closings, towns with their country
  and makes with their model in the SURNAME, Given order, acronym runs inside sentences.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 8)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

REAL = {
    "en": (["Noah", "Olivia", "Harry", "Emily", "George", "Chloe", "Oscar", "Megan", "Callum"],
           ["Smith", "Hughes", "Turner", "Whitaker", "Pemberton", "Ashworth", "Doyle", "Fletcher"]),
    "de": (["Lukas", "Hannah", "Jonas", "Leonie", "Felix", "Greta", "Matthias", "Sabine"],
           ["Keller", "Schneider", "Hoffmann", "Brandt", "Vogel", "Krause", "Lindner", "Bauer"]),
    "fr": (["Jean", "Camille", "Mathieu", "Élodie", "Antoine", "Manon", "Olivier", "Inès"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Marchand"]),
    "nl": (["Sem", "Anouk", "Pieter", "Fleur", "Daan", "Lotte", "Bram", "Ilse"],
           ["Jansen", "Verhoeven", "Bakker", "Visser", "Smits", "Dekker", "Mulder", "Hendriks"]),
    "es": (["Lucía", "Javier", "Carmen", "Álvaro", "Marta", "Sergio", "Pilar", "Diego"],
           ["García", "Navarro", "Romero", "Ortega", "Castillo", "Domínguez", "Herrera", "Vidal"]),
    "it": (["Luca", "Giulia", "Matteo", "Chiara", "Davide", "Francesca", "Simone", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Ricci", "Gallo", "Mancini"]),
    "pt": (["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Duarte", "Leonor"],
           ["Silva", "Ferreira", "Pereira", "Carvalho", "Sousa", "Almeida", "Teixeira", "Lopes"]),
}
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "by", "ford", "wen", "lo", "der"],
       "de": ["bre", "win", "kel", "mau", "ter", "gas", "lin", "hol", "rutz", "fen"],
       "fr": ["bel", "rou", "quet", "lan", "mi", "gau", "vel", "sar", "teau", "non"],
       "nl": ["hui", "ker", "ven", "bol", "dij", "sme", "wout", "laar", "ter", "gel"],
       "es": ["zar", "mon", "qui", "llo", "bar", "ten", "ro", "cue", "vi", "dal"],
       "it": ["bru", "sca", "ghi", "ter", "lon", "vel", "maz", "pi", "cor", "dan"],
       "pt": ["cou", "tin", "bra", "gue", "ro", "lha", "mar", "dei", "vas", "quei"]}
END = {"en": ["ton", "ley", "wick"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
       "nl": ["ink", "sen", "hof"], "es": ["ez", "ano", "ejo"], "it": ["ini", "etti", "one"],
       "pt": ["eira", "ães", "ado"]}
GIV_END = {"en": ["a", "en", "y"], "de": ["e", "o", "ina"], "fr": ["ine", "ette", "ien"],
           "nl": ["je", "ke", "en"], "es": ["ia", "o", "ita"], "it": ["a", "o", "ella"],
           "pt": ["a", "ilo", "inha"]}


def invent(lg, surname):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2))))
        w += rng.choice(END[lg] if surname else GIV_END[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def name(lg):
    """(given, surname): real, invented, or a real given name with an invented surname."""
    r = rng.random()
    g, s = REAL[lg]
    if r < 0.4:
        return rng.choice(g), rng.choice(s)
    if r < 0.7:
        return rng.choice(g), invent(lg, True)
    return invent(lg, False), invent(lg, True)


class D(Doc):
    pass


D.records = records

# ---- 1. a full name in capitals in a text that is not all capitals -------------------------------
LABELS = {
    "en": ["Name: ", "Full name (BLOCK CAPITALS): ", "Applicant: ", "Signed: ", "Print name: ",
           "Policy holder: ", "Contact person: ", "Driver: "],
    "de": ["Name: ", "Vor- und Nachname (in Druckbuchstaben): ", "Antragsteller: ",
           "Unterschrift: ", "Versicherungsnehmer: ", "Ansprechpartner: ", "Fahrer: "],
    "fr": ["Nom : ", "Nom et prénom (en majuscules) : ", "Demandeur : ", "Signataire : ",
           "Assuré : ", "Personne à contacter : ", "Conducteur : "],
    "nl": ["Naam: ", "Volledige naam (in blokletters): ", "Aanvrager: ", "Ondertekend: ",
           "Verzekeringnemer: ", "Contactpersoon: ", "Bestuurder: "],
    "es": ["Nombre: ", "Nombre completo (en mayúsculas): ", "Solicitante: ", "Firmado: ",
           "Titular: ", "Persona de contacto: ", "Conductor: "],
    "it": ["Nome: ", "Nome e cognome (in stampatello): ", "Richiedente: ", "Firmato: ",
           "Contraente: ", "Referente: ", "Conducente: "],
    "pt": ["Nome: ", "Nome completo (em maiúsculas): ", "Requerente: ", "Assinado: ",
           "Tomador: ", "Pessoa de contacto: ", "Condutor: "],
}
NEG_AFTER_LABEL = {  # the same labels with capitals that are not a person
    "en": [("Company: ", "NEG_ORG", "NORTHWIND TRADING LTD"), ("City: ", "NEG_PLACE", "NEW YORK"),
           ("Department: ", "NEG_TERM", "HUMAN RESOURCES"), ("Status: ", "NEG_TERM", "NOT STARTED"),
           ("Product: ", "NEG_PRODUCT", "GALAXY TAB"), ("Error: ", "NEG_CODE", "ACCESS DENIED")],
    "de": [("Firma: ", "NEG_ORG", "MÜLLER BAU GMBH"), ("Ort: ", "NEG_PLACE", "BAD HOMBURG"),
           ("Abteilung: ", "NEG_TERM", "INNERE MEDIZIN"), ("Status: ", "NEG_TERM", "IN BEARBEITUNG")],
    "fr": [("Société : ", "NEG_ORG", "CRÉDIT AGRICOLE"), ("Ville : ", "NEG_PLACE", "SAINT ÉTIENNE"),
           ("Service : ", "NEG_TERM", "RESSOURCES HUMAINES"), ("Objet : ", "NEG_TERM", "MISE EN DEMEURE")],
    "nl": [("Bedrijf: ", "NEG_ORG", "KONINKLIJKE VOPAK"), ("Plaats: ", "NEG_PLACE", "DEN HAAG"),
           ("Afdeling: ", "NEG_TERM", "KLANTEN SERVICE"), ("Status: ", "NEG_TERM", "IN BEHANDELING")],
    "es": [("Empresa: ", "NEG_ORG", "BANCO SANTANDER"), ("Ciudad: ", "NEG_PLACE", "SAN SEBASTIÁN"),
           ("Departamento: ", "NEG_TERM", "RECURSOS HUMANOS"), ("Estado: ", "NEG_TERM", "EN CURSO")],
    "it": [("Azienda: ", "NEG_ORG", "POSTE ITALIANE"), ("Città: ", "NEG_PLACE", "REGGIO EMILIA"),
           ("Reparto: ", "NEG_TERM", "PRONTO SOCCORSO"), ("Stato: ", "NEG_TERM", "IN ATTESA")],
    "pt": [("Empresa: ", "NEG_ORG", "CAIXA GERAL"), ("Cidade: ", "NEG_PLACE", "VILA REAL"),
           ("Serviço: ", "NEG_TERM", "RECURSOS HUMANOS"), ("Estado: ", "NEG_TERM", "EM CURSO")],
}
FORM_HEAD = {"en": "Claim form, please complete in block capitals", "de": "Schadenmeldung",
             "fr": "Formulaire de réclamation", "nl": "Aanvraagformulier",
             "es": "Formulario de solicitud", "it": "Modulo di richiesta",
             "pt": "Formulário de pedido"}
CLOSING = {"en": ["Kind regards,", "Best,", "Thanks,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße"],
           "fr": ["Cordialement,", "Bien à vous,"], "nl": ["Met vriendelijke groet,", "Groetjes,"],
           "es": ["Saludos,", "Un saludo,"], "it": ["Cordiali saluti,", "Grazie,"],
           "pt": ["Cumprimentos,", "Obrigado,"]}
BODY = {"en": "Please find the signed copy attached.", "de": "anbei die unterschriebene Kopie.",
        "fr": "veuillez trouver ci-joint la copie signée.", "nl": "in de bijlage de getekende kopie.",
        "es": "adjunto la copia firmada.", "it": "in allegato la copia firmata.",
        "pt": "segue em anexo a cópia assinada."}
LIST_HEAD = {"en": "Attendees", "de": "Teilnehmer", "fr": "Participants", "nl": "Aanwezig",
             "es": "Asistentes", "it": "Presenti", "pt": "Presentes"}
FORWARD = {"en": ["Please forward the invoice to {P} before Friday.",
                  "Can you check whether {P} has signed the lease?"],
           "de": ["Bitte leiten Sie die Rechnung an {P} weiter.", "Hat {P} den Vertrag schon unterschrieben?"],
           "fr": ["Merci de transmettre la facture à {P}.", "Est-ce que {P} a signé le bail ?"],
           "nl": ["Stuur de factuur door naar {P} aub.", "Heeft {P} het contract al getekend?"],
           "es": ["Por favor reenvía la factura a {P}.", "¿Ha firmado {P} el contrato?"],
           "it": ["Per favore inoltra la fattura a {P}.", "{P} ha già firmato il contratto?"],
           "pt": ["Por favor reencaminhe a fatura para {P}.", "O {P} já assinou o contrato?"]}
DEV_CAPS = [  # capitals in developer and business text, the same runs of two or three words
    ("NEG_TERM", "Before you merge, {X} and run the tests.", "PLEASE READ THIS"),
    ("NEG_CODE", "The proxy logs {X} for every request it forwards.", "HTTP GET"),
    ("NEG_CODE", "Replace the {X} with a parameterised query.", "SQL SELECT"),
    ("NEG_PRODUCT", "Create the {X} first, then set its policy.", "AWS S3 BUCKET"),
    ("NEG_CODE", "If you see {X} 42 in the log, restart the worker.", "ERROR CODE"),
    ("NEG_TERM", "Section {X} describes the rollout.", "RELEASE NOTES"),
    ("NEG_CODE", "Set {X} to 5 in the config.", "MAX_RETRY_COUNT"),
    ("NEG_TERM", "The ticket says {X} in the title, so it is urgent.", "DO NOT DEPLOY"),
    ("NEG_ORG", "Shares of {X} rose 3% after the report.", "ROYAL DUTCH SHELL"),
    ("NEG_TERM", "The contract ends with {X} in bold.", "TERMS AND CONDITIONS"),
    ("NEG_PLACE", "Our office moved to {X} last spring.", "SAN FRANCISCO"),
    ("NEG_TERM", "The banner read {X} all week.", "GRAND OPENING"),
    ("NEG_CODE", "Grant {X} on the schema before the import.", "ALTER TABLE"),
    ("NEG_TERM", "Add a {X} comment and move on.", "TODO FIXME"),
    ("NEG_ORG", "We renewed the contract with {X} in May.", "BRITISH AIRWAYS"),
    ("NEG_TERM", "The box was stamped {X} on both sides.", "FRAGILE HANDLE"),
    ("NEG_PLACE", "Drive past {X} and turn left.", "PORTA NUOVA"),
    ("NEG_ORG", "Paid by card at {X} yesterday.", "MARKS SPENCER"),
]


def caps(s):
    return s.upper()


def gen_caps_label():
    for lg in LANGS:
        for i in range(14):
            g, s = name(lg)
            full = caps(g + " " + s)
            d = D(lg, "caps_label")
            if i % 2 == 0:
                d.t(FORM_HEAD[lg] + "\n\n")
            lab = LABELS[lg][i % len(LABELS[lg])]
            d.t(lab).span("PERSON", full)
            if i % 3 == 0:
                neg = rng.choice(NEG_AFTER_LABEL[lg])
                d.t("\n" + neg[0]).span(neg[1], neg[2])
            d.t("\n").done()


def gen_caps_signature():
    for lg in LANGS:
        for i in range(8):
            g, s = name(lg)
            d = D(lg, "caps_signature")
            d.t(BODY[lg][0].upper() + BODY[lg][1:] + "\n\n" + rng.choice(CLOSING[lg]) + "\n")
            d.span("PERSON", caps(g + " " + s))
            if i % 2:
                d.t("\n").span("NEG_TERM", rng.choice(["HEAD OF FINANCE", "SALES DEPARTMENT",
                                                       "CUSTOMER SERVICE"]))
            d.t("\n").done()


def gen_caps_list():
    for lg in LANGS:
        for i in range(6):
            d = D(lg, "caps_list")
            d.t(LIST_HEAD[lg] + ":\n")
            for k in range(rng.randint(2, 4)):
                g, s = name(lg)
                d.t(["- ", "* ", "%d. " % (k + 1)][i % 3]).span("PERSON", caps(g + " " + s)).t("\n")
            d.done()


def gen_caps_prose():
    for lg in LANGS:
        for i in range(6):
            g, s = name(lg)
            tpl = FORWARD[lg][i % 2]
            d = D(lg, "caps_prose")
            a, b = tpl.split("{P}")
            d.t(a).span("PERSON", caps(g + " " + s)).t(b).done()


def gen_dev_caps():
    for i, (lab, tpl, x) in enumerate(DEV_CAPS):
        d = D("en", "neg_caps")
        a, b = tpl.split("{X}")
        d.t(a).span(lab, x).t(b).done()


# ---- 2. the administrative order ----------------------------------------------------------------
ADMIN_HEAD = {
    "en": ["Class 4B, register", "Cause list, Court 3", "Shortlisted candidates"],
    "de": ["Klassenliste 7a", "Verhandlungsliste Saal 2", "Teilnehmerliste"],
    "fr": ["Liste de classe - CM2", "Rôle d'audience", "Liste des candidats admis"],
    "nl": ["Klassenlijst groep 8", "Rol van de zitting", "Deelnemerslijst"],
    "es": ["Lista de clase 3ºB", "Señalamientos del juzgado", "Lista de admitidos"],
    "it": ["Elenco alunni classe 2A", "Ruolo d'udienza", "Graduatoria provvisoria"],
    "pt": ["Pauta da turma 9ºA", "Pauta de audiências", "Lista de candidatos admitidos"],
}
ADMIN_NEG = [("NEG_PLACE", "PARIS, France"), ("NEG_PLACE", "GENÈVE, Suisse"),
             ("NEG_PRODUCT", "CANON EOS"), ("NEG_ORG", "SIEMENS Healthineers"),
             ("NEG_PLACE", "MILANO Centrale"), ("NEG_ORG", "RENAULT Trucks")]
ADMIN_PROSE = {
    "en": "The hearing of {P} is adjourned to next week.",
    "de": "Die Sache {P} wird vertagt.",
    "fr": "Présent : {P}, représenté par son avocat.",
    "nl": "Verschenen is {P}, bijgestaan door haar advocaat.",
    "es": "Comparece {P}, asistido por su letrado.",
    "it": "È presente {P}, assistito dal difensore.",
    "pt": "Compareceu {P}, acompanhado do seu advogado.",
}


def admin(g, s, form):
    if form == 0:
        return caps(s) + " " + g
    if form == 1:
        return caps(s) + ", " + g
    return caps(s) + ", " + caps(g)


def gen_admin():
    for lg in LANGS:
        for i in range(8):
            d = D(lg, "admin_list")
            d.t(ADMIN_HEAD[lg][i % 3] + "\n")
            form = i % 3
            for k in range(rng.randint(2, 4)):
                g, s = name(lg)
                d.t(["", "%d. " % (k + 1), "%d\t" % (k + 1)][(i + k) % 3])
                d.span("PERSON", admin(g, s, form)).t("\n")
            if i % 4 == 3:
                lab, v = rng.choice(ADMIN_NEG)
                d.t("\n").span(lab, v).t("\n")
            d.done()
        for i in range(5):
            g, s = name(lg)
            d = D(lg, "admin_prose")
            a, b = ADMIN_PROSE[lg].split("{P}")
            d.t(a).span("PERSON", admin(g, s, i % 3)).t(b).done()


# ---- 3. lower case in a chat --------------------------------------------------------------------
LOWER = {
    "en": ["talked to {P} today, she's fine", "ask {G} about it tomorrow", "lunch with {P}?",
           "hey {G}! u around?", "my sister {G} says hi", "just saw {P} at the station lol",
           "can you call {G} back pls", "told {G} we'd be late"],
    "de": ["hab heute mit {P} gesprochen", "frag mal {G} deswegen", "bin mit {G} essen",
           "hallo {G}, alles gut?", "meine schwester {G} kommt auch", "ruf bitte {G} zurück"],
    "fr": ["j'ai parlé à {P} ce matin", "demande à {G} stp", "je déjeune avec {G}",
           "salut {G} ça va ?", "ma sœur {G} arrive demain", "rappelle {G} stp"],
    "nl": ["net {P} gesproken", "vraag het even aan {G}", "ik ga lunchen met {G}",
           "hoi {G}! alles goed?", "mijn broer {G} komt ook", "bel {G} even terug"],
    "es": ["hablé con {P} hoy", "pregúntale a {G} mañana", "como con {G}",
           "hola {G}! qué tal?", "mi hermana {G} viene también", "llama a {G} porfa"],
    "it": ["ho parlato con {P} oggi", "chiedi a {G} domani", "pranzo con {G}",
           "ciao {G}! tutto bene?", "mia sorella {G} viene anche lei", "richiama {G} per favore"],
    "pt": ["falei com {P} hoje", "pergunta a {G} amanhã", "almoço com {G}",
           "olá {G}! tudo bem?", "a minha irmã {G} também vem", "liga para {G} por favor"],
}
LOWER_NEG = {  # ordinary words that are names, and things after the same verbs
    "en": [("NEG_TERM", "i {X} ask him tomorrow", "will"), ("NEG_TERM", "it {X} rain later", "may"),
           ("NEG_TERM", "can you {X} the ticket as done", "mark"),
           ("NEG_TERM", "we {X} the client monthly", "bill"),
           ("NEG_TERM", "there's a 10 day {X} period", "grace"),
           ("NEG_TERM", "to be {X}, i forgot", "frank"),
           ("NEG_PRODUCT", "talked to {X} today, it helped", "chatgpt"),
           ("NEG_PRODUCT", "lunch with {X} open on my laptop", "slack"),
           ("NEG_TERM", "ask {X} about it tomorrow", "support"),
           ("NEG_PLACE", "just saw {X} at the station lol", "the sunset")],
    "de": [("NEG_TERM", "frag mal {X} deswegen", "die personalabteilung"),
           ("NEG_PRODUCT", "bin mit {X} am arbeiten", "excel")],
    "fr": [("NEG_TERM", "demande à {X} stp", "l'accueil"),
           ("NEG_PRODUCT", "je bosse avec {X}", "notion")],
    "nl": [("NEG_TERM", "vraag het even aan {X}", "de balie"),
           ("NEG_PRODUCT", "ik werk met {X}", "teams")],
    "es": [("NEG_TERM", "pregúntale a {X} mañana", "recepción"),
           ("NEG_PLACE", "como con vistas a {X}", "sevilla")],
    "it": [("NEG_TERM", "chiedi a {X} domani", "segreteria"),
           ("NEG_PRODUCT", "lavoro con {X}", "jira")],
    "pt": [("NEG_TERM", "pergunta à {X} amanhã", "receção"),
           ("NEG_PRODUCT", "trabalho com {X}", "excel")],
}


SHORT = {  # short messages of two or three words: a greeting, a kin noun, a verb that takes people
    "en": ["tell {G}", "my sister {G}", "saw {G}!", "thank {G} pls"],
    "de": ["frag {G}", "meine schwester {G}", "sag {G} bescheid"],
    "fr": ["ma sœur {G}", "dis à {G}", "coucou {G} !"],
    "nl": ["hoi {G}!", "mijn broer {G}", "vraag {G}"],
    "es": ["hola {G}!", "mi hermana {G}", "dile a {G}"],
    "it": ["mia sorella {G}", "chiedi a {G}", "mio fratello {G}"],
    "pt": ["olá {G}!", "a minha irmã {G}", "diz à {G}"],
}
SHORT_NEG = [("NEG_TERM", "tell {X} to wait", "mark"), ("NEG_PRODUCT", "ask {X}", "alexa"),
             ("NEG_TERM", "my son {X} be late", "will"), ("NEG_PLACE", "saw {X} last year", "paris"),
             ("NEG_PRODUCT", "hola {X}", "siri")]


def gen_short():
    for lg in LANGS:
        for i, tpl in enumerate(SHORT[lg] * 2):
            g = REAL[lg][0][(i * 3) % len(REAL[lg][0])]
            d = D(lg, "lower_short")
            a, b = tpl.split("{G}")
            d.t(a).span("PERSON", g.lower()).t(b).done()
    for lab, tpl, x in SHORT_NEG:
        a, b = tpl.split("{X}")
        D("en", "lower_neg").t(a).span(lab, x).t(b).done()


def gen_lower():
    for lg in LANGS:
        for i in range(12):
            tpl = LOWER[lg][i % len(LOWER[lg])]
            g, s = name(lg)
            d = D(lg, "lower_chat")
            key = "{P}" if "{P}" in tpl else "{G}"
            v = (g + " " + s).lower() if key == "{P}" else g.lower()
            a, b = tpl.split(key)
            d.t(a).span("PERSON", v).t(b).done()
        for lab, tpl, x in LOWER_NEG[lg]:
            d = D(lg, "lower_neg")
            a, b = tpl.split("{X}")
            d.t(a).span(lab, x).t(b).done()


# ---- look-alikes in the layouts of section 1: things in capitals in lists, under closings, in
# sentences and in the SURNAME, Given order ----------------------------------------------------------
NEG_LIST = [("Features", "NEG_TERM", ["DARK MODE", "LIVE RELOAD", "OFFLINE SYNC", "MAX POWER"]),
            ("Ingredients", "NEG_TERM", ["ROSE WATER", "CHERRY JAM", "OLIVE OIL", "GRACE NOTES"]),
            ("Teams", "NEG_ORG", ["DEVOPS TEAM", "SALES DESK", "QA GROUP", "BILLING SUPPORT"]),
            ("Sponsoren", "NEG_ORG", ["TELEKOM AUSTRIA", "NORDEX GMBH", "ERSTE BANK", "RED BULL"]),
            ("Destinations", "NEG_PLACE", ["SAN DIEGO", "SANTA CLARA", "PORTO ALEGRE", "NEW YORK"]),
            ("Produits", "NEG_PRODUCT", ["RENAULT CLIO", "PEUGEOT PARTNER", "CANON EOS", "SEAT LEON"])]
NEG_CLOSE = [("Kind regards,", "NEG_ORG", "SUPPORT TEAM"), ("Viele Grüße", "NEG_ORG", "IHR SERVICE TEAM"),
             ("Cordialement,", "NEG_ORG", "LE SERVICE CLIENT"), ("Saludos,", "NEG_ORG", "EQUIPO DE VENTAS"),
             ("Met vriendelijke groet,", "NEG_ORG", "AFDELING FINANCIËN")]
NEG_ORDER = [("Sede: ", "NEG_PLACE", "ROMA, Italia"), ("Büro: ", "NEG_PLACE", "BERLIN, Deutschland"),
             ("Auto: ", "NEG_PRODUCT", "RENAULT Zoe"), ("Coche: ", "NEG_PRODUCT", "SEAT Leon"),
             ("Hotel in ", "NEG_PLACE", "PARIS, Texas"), ("Format: ", "NEG_CODE", "JSON Lines")]
NEG_SENT = [("NEG_CODE", "we use the {X} driver", "MARIA DB"), ("NEG_CODE", "set {X} to 5", "MAX RETRIES"),
            ("NEG_PLACE", "moved to {X} in May", "SAN DIEGO"), ("NEG_PLACE", "stay at {X} tonight", "VICTORIA STATION"),
            ("NEG_PRODUCT", "buy {X} shirts", "HUGO BOSS"), ("NEG_CODE", "see the RFC for the {X}", "JSON API")]


def gen_neg_layouts():
    for head, lab, items in NEG_LIST:
        d = D("en", "neg_layout")
        d.t(head + ":\n")
        for k, x in enumerate(items):
            d.t(["- ", "%d. " % (k + 1)][k % 2]).span(lab, x).t("\n")
        d.done()
    for close, lab, x in NEG_CLOSE:
        D("en", "neg_layout").t("Thanks for your order.\n\n" + close + "\n").span(lab, x).t("\n").done()
    for pre, lab, x in NEG_ORDER:
        D("en", "neg_layout").t(pre).span(lab, x).t("\n").done()
    for lab, tpl, x in NEG_SENT:
        a, b = tpl.split("{X}")
        D("en", "neg_layout").t(a).span(lab, x).t(b).done()


gen_caps_label()
gen_caps_signature()
gen_caps_list()
gen_caps_prose()
gen_dev_caps()
gen_admin()
gen_lower()
gen_neg_layouts()
gen_short()
write_json(records)
