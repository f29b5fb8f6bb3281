#!/usr/bin/env python3
"""gen_names_tune2.py: the second TUNE corpus for the NAMES pack (issue 15), data/names_tune2.json.

names.json (gen_names.py) taught the pack its contexts; its templates are tidy. This set is
written from how text that reaches a model really looks, to tune the shapes names.json lacks:

- helpdesk exports and ticket headers (`Requester:`, `Reported by`, `Agent:`, `Opened by`, and
  the same labels in de/fr/nl/es/it), CRM/CSV/TSV exports with name columns in each language;
- e-mail threads with quoted replies (`On Mon, 3 Feb 2025 at 10:14, X <x@y> wrote:`, `Am ...
  schrieb X:`, `Le ... X a écrit :`, `Op ... schreef X:`, `El ... X escribió:`, `Il giorno ... X
  ha scritto:`) and `> ` lines that carry names;
- chat logs in lower case (`hey tom`, `thx priya`, `<anna> ...`, `@tom`);
- `Surname, Given`, `SURNAME Given`, ALL-CAPS names in forms, initials (`J. R. Hartley`,
  `A. Vogt`), possessives, names in JSON keys and arrays;
- Unicode inside names: U+00A0 / U+202F / U+2009 between the words, U+2011 / U+2010 in
  hyphenated given names (Jean‑Luc), U+2019 in O'/D' surnames;
- dates of birth with each locale's labels and formats; street addresses with unit parts
  (flat, apt, suite, étage, piso, scala, bis) and postcodes.

Names are invented by a method unlike gen_names.py's syllable grammar: an order-2 character
Markov chain (backing off to order 1 for 30% of the letters) per locale over a few real given names and surnames typed in below; every invented
word is checked against every word of hush's own lexicon (anonymize/names_lexicon.c: given
names, surnames and the ordinary English words), so none is known and the context is measured.

Not PII, labelled NEG_* at a realistic ratio: product and company names, places as topics,
famous-name terms, class names, version strings, order ids, teams in salutations, other dates.

Deterministic (fixed seed), needs only the lexicon source file:
  python3 gen_names_tune2.py > data/names_tune2.json
"""
import random
import re

from gen_common import MONTHS, ordinal_en, random_ymd, span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(20261202)

KNOWN = lexicon_words()
assert len(KNOWN) > 100000, len(KNOWN)

LANGS = ["en", "de", "fr", "nl", "es", "it"]
SEED_GIVEN = {
    "en": "oliver amelia harry isla george poppy jack ruby charlie grace thomas evie james sophie "
          "william emily henry lily samuel chloe joseph ella daniel freya",
    "de": "lukas lena finn emilia jonas hannah leon mia felix sophia elias lea paul johanna "
          "maximilian clara moritz greta tobias frieda matthias ida florian marlene",
    "fr": "gabriel louise raphael jade arthur alice louis chloe jules lina adam rose hugo anna "
          "maël léa lucas manon nathan camille theo zoe antoine juliette",
    "nl": "daan julia sem mila lucas tess levi sara finn nora milan yara bram noor thijs fenna "
          "ruben sanne jesse lotte sven femke stijn maud",
    "es": "hugo lucia martin sofia mateo martina leo maria pablo julia alejandro paula daniel "
          "valeria alvaro emma manuel daniela adrian carla enzo alba diego noa",
    "it": "leonardo sofia francesco aurora alessandro giulia lorenzo ginevra mattia vittoria "
          "andrea beatrice gabriele alice riccardo ludovica tommaso emma edoardo matilde "
          "giuseppe chiara pietro greta",
}
SEED_SURNAME = {
    "en": "smith jones taylor brown williams wilson johnson davies robinson wright thompson evans "
          "walker white roberts green hall wood jackson clarke patel turner hughes edwards",
    "de": "müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer "
          "koch bauer richter klein wolf schröder neumann schwarz zimmermann braun krüger",
    "fr": "martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent "
          "lefebvre michel garcia david bertrand roux vincent fournier morel girard",
    "nl": "jansen visser smit meijer bakker mulder bos vos peters hendriks dekker brouwer "
          "dijkstra kok jacobs vermeulen willems schouten hoekstra koster prins huisman",
    "es": "garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez martin jimenez "
          "ruiz hernandez diaz moreno alvarez romero alonso gutierrez navarro torres dominguez",
    "it": "rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo "
          "conti costa giordano mancini rizzo lombardi moretti barbieri fontana santoro",
}


def train(words):
    model = {}
    for w in words.split():
        w = "^^" + w + "$"
        for i in range(2, len(w)):
            model.setdefault(w[i - 2:i], []).append(w[i])
            model.setdefault(w[i - 1], []).append(w[i])
    return model


MODELS = {(l, k): train((SEED_GIVEN if k == "given" else SEED_SURNAME)[l])
          for l in LANGS for k in ("given", "surname")}
USED = set()


def invented(kind, lang):
    seeds = set((SEED_GIVEN if kind == "given" else SEED_SURNAME)[lang].split())
    model = MODELS[(lang, kind)]
    for _ in range(5000):
        w, ctx = "", "^^"
        while len(w) < 14:
            # order 2, backing off to order 1 now and then so that the words leave the seeds
            c = R.choice(model[ctx if len(w) < 2 or R.random() < 0.7 else ctx[1]])
            if c == "$":
                break
            w += c
            ctx = ctx[1] + c
        if not 4 <= len(w) <= 11 or w in seeds or w in KNOWN or w in USED:
            continue
        if not re.fullmatch(r"[^aeiouyäëïöüéèêàáíóúâôû]{0,2}(?:[aeiouyäëïöüéèêàáíóúâôû]+"
                            r"[^aeiouyäëïöüéèêàáíóúâôû]{1,2})*[aeiouyäëïöüéèêàáíóúâôû]*", w):
            continue  # pronounceable: at most two consonants in a row
        if re.search(r"(.)\1\1|fuck|shit|nazi|sex|cul|cazz|puta|kut", w):
            continue
        USED.add(w)
        return w.capitalize()
    raise RuntimeError("name space exhausted")


APOS = ["'", "\u2019"]
HYPHENS = ["-", "-", "\u2011", "\u2010"]
SPACES = ["\u00a0", "\u00a0", "\u202f", "\u2009"]
PARTICLES = {"nl": ["van", "van der", "de", "van den"], "de": ["von"], "fr": ["de", "Le"],
             "es": ["de", "de la"], "it": ["Di", "De"], "en": []}


class Person:
    def __init__(self, lang):
        self.lang = lang
        self.given = invented("given", lang)
        if lang in ("fr", "de") and R.random() < 0.15:
            self.given += R.choice(HYPHENS) + invented("given", lang)
        self.surname = invented("surname", lang)
        r = R.random()
        if lang in ("en", "it", "fr") and r < 0.1:
            pre = {"en": "O", "it": "D", "fr": "D"}[lang]
            self.surname = pre + R.choice(APOS) + self.surname
        elif PARTICLES[lang] and r < 0.2:
            self.surname = R.choice(PARTICLES[lang]) + " " + self.surname
        elif lang == "es" and r < 0.5:
            self.surname += " " + invented("surname", lang)
        elif lang == "en" and r < 0.15:
            self.surname += "-" + invented("surname", lang)
        self.full = self.given + " " + self.surname
        base = re.sub(r"[^a-z]", "", self.surname.split(" ")[-1].lower())
        gl = re.sub(r"[^a-z]", "", self.given.lower())
        self.email = R.choice(["%s.%s", "%s%s", "%s_%s"]) % (gl, base) + "@" + R.choice(DOMAINS[lang])

    def initials(self):
        g = self.given.split("-")[0]
        if R.random() < 0.5:
            return g[0] + ". " + self.surname
        return g[0] + ". " + invented("given", self.lang)[0] + ". " + self.surname


DOMAINS = {
    "en": ["example.com", "example.co.uk", "mailbox.org", "northwind.io"],
    "de": ["example.de", "posteo.de", "t-online.de", "betrieb.de"],
    "fr": ["example.fr", "laposte.net", "sfr.fr", "entreprise.fr"],
    "nl": ["example.nl", "hetnet.nl", "xs4all.nl", "zaak.nl"],
    "es": ["example.es", "correo.es", "yahoo.es", "negocio.es"],
    "it": ["example.it", "tiscali.it", "alice.it", "ditta.it"],
}

# ---- addresses -------------------------------------------------------------------------------
STREETS = {
    "en": ["Carrow Road", "Pine Street", "Elm Avenue", "Harbour Lane", "Station Road",
           "Market Street", "Lakeview Drive", "Orchard Close", "Mill Lane", "Bridge Street"],
    "de": ["Lindenstraße", "Gartenweg", "Am Mühlbach", "Bergstraße", "Rosenallee", "Feldstr.",
           "Kastanienweg", "Marktplatz", "Hauptstr.", "Schillerplatz"],
    "fr": ["rue des Lilas", "avenue Jean Moulin", "boulevard Voltaire", "rue de la Gare",
           "chemin des Vignes", "place du Marché", "allée des Tilleuls", "impasse des Roses"],
    "nl": ["Dorpsstraat", "Kerkweg", "Molenlaan", "Stationsplein", "Lindengracht", "Beukenlaan",
           "Prinsengracht", "Zuiderkade"],
    "es": ["Calle Mayor", "C/ Alcalá", "Avda. de la Constitución", "Paseo de Gracia",
           "Calle del Carmen", "Plaza de España", "Calle Real", "Avenida del Puerto"],
    "it": ["Via Roma", "Corso Italia", "Viale dei Mille", "Via Giuseppe Verdi", "Piazza Cavour",
           "Via della Repubblica", "Via XX Settembre", "Largo Augusto"],
}
CITIES = {
    "en": [("Norwich", "NR1 1JE"), ("Leeds", "LS6 2AB"), ("Springfield, IL", "62704"),
           ("Austin, TX", "78701"), ("Bristol", "BS1 4DJ"), ("Portland, OR", "97205")],
    "de": [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Leipzig", "04109")],
    "fr": [("Lyon", "69003"), ("Paris", "75011"), ("Nantes", "44000"), ("Lille", "59000")],
    "nl": [("Amsterdam", "1012 AB"), ("Utrecht", "3511 LX"), ("Groningen", "9711 HV"),
           ("Eindhoven", "5611 AZ")],
    "es": [("Madrid", "28013"), ("Barcelona", "08007"), ("Sevilla", "41001"), ("Bilbao", "48001")],
    "it": [("Milano (MI)", "20121"), ("Torino", "10121"), ("Bologna (BO)", "40126"),
           ("Napoli", "80133")],
}


def street_address(lang):
    st = R.choice(STREETS[lang])
    n = str(R.randint(1, 240))
    city, pc = R.choice(CITIES[lang])
    if lang == "en":
        if city.count(","):  # US
            unit = R.choice(["", " Apt 4B", " Suite 300", " Unit 12", " #7"])
            return "%s %s%s, %s %s" % (n, st, unit, city, pc)
        unit = R.choice(["", "Flat 4, ", "Flat 2B, ", "Unit 7, "])
        return "%s%s %s, %s %s" % (unit, n, st, city, pc)
    if lang == "de":
        n += R.choice(["", "", "a", "b"])
        unit = R.choice(["", "", ", 3. OG", ", Hinterhaus", ", Whg. 12"])
        return "%s %s%s, %s %s" % (st, n, unit, pc, city)
    if lang == "fr":
        n += R.choice(["", "", " bis", " ter"])
        unit = R.choice(["", "", "Appt 12, ", "Bât. B, ", "3e étage, "])
        return "%s%s %s, %s %s" % (unit, n, st, pc, city)
    if lang == "nl":
        n += R.choice(["", "", "-III", "A", " bis", "-2"])
        return "%s %s, %s %s" % (st, n, pc, city)
    if lang == "es":
        unit = R.choice(["", ", 3º izq.", ", 2º B", ", bajo", ", piso 4, puerta 2"])
        return "%s %s%s, %s %s" % (st, n, unit, pc, city)
    unit = R.choice(["", "", ", int. 5", ", scala B", ", piano 2"])
    return "%s %s%s, %s %s" % (st, n, unit, pc, city)


# ---- dates -------------------------------------------------------------------------------------
def date(lang, y0=1940, y1=2006):
    y, m, d = random_ymd(R, y0, y1)
    mon = MONTHS[lang][m - 1]
    shapes = ["%04d-%02d-%02d" % (y, m, d)]
    if lang == "en":
        shapes += ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (d, m, y), "%s %s %d" % (
            ordinal_en(d), mon, y), "%s %d, %d" % (mon[:3], d, y), "%02d-%s-%d" % (d, mon[:3], y),
                   "%d %s %d" % (d, mon, y)]
    elif lang == "de":
        shapes += ["%02d.%02d.%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y), "%d. %s %d" % (d, mon, y)]
    elif lang == "fr":
        shapes += ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mon, y),
                   "%s %s %d" % ("1er" if d == 1 else str(d), mon, y)]
    elif lang == "nl":
        shapes += ["%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d-%d-%04d" % (d, m, y)]
    elif lang == "es":
        shapes += ["%02d/%02d/%04d" % (d, m, y), "%d de %s de %d" % (d, mon, y),
                   "%02d-%02d-%04d" % (d, m, y)]
    else:
        shapes += ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d.%02d.%04d" % (d, m, y)]
    return R.choice(shapes)


DOB_LABELS = {
    "en": ["Date of Birth: {D}", "DOB: {D}", "D.O.B. {D}", "DoB {D}", "Birth date: {D}",
           "born on {D}", "Born: {D}", "birthday {D}"],
    "de": ["Geburtsdatum: {D}", "geb. am {D}", "Geb.: {D}", "geboren am {D}", "Geburtstag: {D}"],
    "fr": ["Date de naissance : {D}", "né le {D}", "née le {D}", "Né(e) le : {D}", "DDN : {D}"],
    "nl": ["Geboortedatum: {D}", "geboren op {D}", "Geb. datum: {D}", "geb. {D}"],
    "es": ["Fecha de nacimiento: {D}", "F. nacimiento: {D}", "nacido el {D}", "nacida el {D}",
           "Fecha nac.: {D}"],
    "it": ["Data di nascita: {D}", "nato il {D}", "nata il {D}", "Nato/a il: {D}",
           "data nascita {D}"],
}

# ---- look-alikes (not PII) ---------------------------------------------------------------------
PRODUCTS = ["Microsoft Teams", "Google Chrome", "Adobe Acrobat", "Visual Studio", "Jira Service",
            "Zendesk", "Salesforce", "HubSpot", "Grafana", "Red Hat Enterprise Linux",
            "Apache Spark", "Android Studio", "Power BI", "Excel", "Outlook", "SharePoint",
            "GitLab Runner", "Docker Desktop", "Azure DevOps", "Amazon Redshift"]
COMPANIES = ["Northwind Traders", "Contoso Ltd", "Globex Corporation", "Initech", "Acme GmbH",
             "Fabrikam Inc", "Umbrella Logistics", "Stark Industries"]
PLACES = ["Lisbon", "Kyoto", "Patagonia", "Reykjavik", "the Dolomites", "Marrakesh", "Tasmania",
          "Cape Town", "Bruges", "Sevilla"]
TERMS = ["Bayesian inference", "Dijkstra's algorithm", "the Turing test", "a Kalman filter",
         "Levenshtein distance", "Gauss-Seidel iteration", "Hamming code", "Pareto chart",
         "the Fibonacci sequence", "Newton's method", "Boolean logic", "a Markov chain"]
CODE = ["UserService", "PersonRepository", "CustomerDTO", "AccountManager", "InvoiceBuilder",
        "HttpClient", "TicketController", "NameResolver"]
VERSIONS = ["Ubuntu 22.04", "Windows 11 23H2", "iOS 17.4", "Python 3.12", "Node 20 LTS",
            "macOS Sonoma 14.3", "Debian Bookworm", "Android 14"]
TEAMS = {"en": ["team", "all", "everyone", "Support Team", "folks", "Customer"],
         "de": ["Team", "zusammen", "Kundenservice"], "fr": ["l'équipe", "à tous", "Service client"],
         "nl": ["team", "allemaal", "Klantenservice"], "es": ["equipo", "a todos", "Atención al cliente"],
         "it": ["team", "a tutti", "Assistenza clienti"]}
WEEKDAYS = {"en": "Monday Tuesday Wednesday Thursday Friday", "de": "Montag Dienstag Mittwoch",
            "fr": "lundi mardi mercredi", "nl": "maandag dinsdag woensdag",
            "es": "lunes martes miércoles", "it": "lunedì martedì mercoledì"}
QUOTE_DATE = {"en": "Mon, 3 Feb 2025 at 10:14", "de": "03.02.2025 um 10:14",
              "fr": "lun. 3 févr. 2025 à 10:14", "nl": "ma 3 feb. 2025 om 10:14",
              "es": "lun, 3 feb 2025 a las 10:14", "it": "lun 3 feb 2025 alle ore 10:14"}

# ---- templates ---------------------------------------------------------------------------------
# Slots: F full name, G given, S surname, g given in lower case, FU full name in capitals,
# SU "SURNAME Given", SC "Surname, Given" (two spans), FN full name with a Unicode space,
# I initials, E e-mail, A address, D date of birth; a digit after a slot names another person.
# NEG slots: PRODUCT COMPANY PLACE TERM CODE VER ORDER TEAM DATE WEEKDAY.
COMMON = [
    # chat logs in lower case
    ("chat", "[09:58] {g}: hey {g2}, is the {PRODUCT} export fixed?\n[09:59] {g2}: yes, thx {g}\n"
             "[10:01] {g}: cool"),
    ("chat", "<{g}> morning all\n<{g2}> hi {g}! can you restart the runner\n<{g}> on it"),
    ("chat", "{g}: @{g2} did you see ticket {ORDER}?\n{g2}: not yet, ask {g3}"),
    ("chat", "thanks {g}, that fixed it"),
    ("chat", "ok {g} i'll ping {g2} about the {VER} upgrade"),
    ("chat", "hi {g}, quick q: who owns {CODE}?"),
    # JSON
    ("json", '{"{F}": {"role": "admin", "team": "billing"}, "{F2}": {"role": "viewer"}}'),
    ("json", '{"reviewers": ["{F}", "{F2}"], "component": "{CODE}"}'),
    ("json", '{"owner": "{F}", "service": "{PRODUCT}", "version": "{VER}"}'),
    ("json", '[{"id": 1, "customer": "{F}", "order": "{ORDER}"}, {"id": 2, "customer": "{F2}"}]'),
    ("json", '{"assignee": {"displayName": "{F}", "emailAddress": "{E}"}}'),
    ("json", '{"attendees": ["{F}", "{F2}", "{F3}"], "room": "{PLACE}"}'),
    # Unicode inside names, initials, possessives
    ("unicode", "Ticket {ORDER} escalated by {FN}; {FN2} approved the refund."),
    ("initials", "Signed: {I}\nWitness: {I2}"),
    ("initials", "cc {I}, {I2}"),
    ("possessive", "{F}'s laptop still runs {VER}; {G2}\u2019s does not."),
    # look-alikes
    ("negative", "{PRODUCT} crashed again after the {VER} update; order {ORDER} is stuck."),
    ("negative", "Can you explain {TERM} with an example about {PLACE}?"),
    ("negative", "{CODE}.resolve() throws when {COMPANY} sends an empty payload."),
    ("negative", "Hi {TEAM},\nthe {PRODUCT} outage on {WEEKDAY} is resolved.\nThanks, {COMPANY}"),
    ("negative", "Write a haiku about {PLACE} for the {COMPANY} newsletter."),
    ("negative", "Compare {PRODUCT} and {PRODUCT2} for a team of ten on {VER}."),
]
BY_LANG = {
    "en": [
        ("helpdesk", "Ticket #{N}\nRequester: {F} <{E}>\nAgent: {F2}\nPriority: High\nSubject: "
                     "{PRODUCT} keeps logging me out"),
        ("helpdesk", "Reported by {F} on {DATE}\nAssignee: {F2}\nStatus: Pending\n\n{G} says the "
                     "invoice export from {PRODUCT} is empty."),
        ("helpdesk", "Opened by: {F}\nCC: {F2}, {F3}\nLast updated by {F2}"),
        ("quote", "Thanks, will do.\n\nOn {QDATE}, {F} <{E}> wrote:\n> Hi {G2},\n> can you "
                  "resend the contract?\n> Cheers,\n> {G}"),
        ("quote", "See below.\n\n-----Original Message-----\nFrom: {F}\nSent: {DATE}\nTo: {F2}\n"
                  "Subject: RE: renewal\n\n{G2}, the quote is attached."),
        ("csv", "first_name,last_name,email,dob\n{G},{S},{E},{D}\n{G2},{S2},{E2},{D2}"),
        ("csv", "Name\tDepartment\tManager\n{F}\tFinance\t{F2}\n{F3}\tLegal\t{F2}"),
        ("surname_first", "Patient: {SC}\nDOB: {D}\nReferred by Dr. {S2}"),
        ("surname_first", "Attendees (last, first): {SC}; {SC2}; {SC3}"),
        ("caps", "APPLICANT NAME: {FU}\nDATE OF BIRTH: {D}\nADDRESS: {A}"),
        ("caps", "PASSENGER: {SU}\nSEAT 14C"),
        ("person_ctx", "I spoke with {F} from accounts; {G} will call you back."),
        ("person_ctx", "Please forward this to {F} and {F2}."),
        ("address", "Ship to: {F}, {A}"),
        ("address", "Our new address is {A}."),
        ("dob", "{F}, {DOB}"),
    ],
    "de": [
        ("helpdesk", "Ticket-Nr. {N}\nMelder: {F} <{E}>\nBearbeiter: {F2}\nBetreff: {PRODUCT} "
                     "startet nicht"),
        ("helpdesk", "Erstellt von {F} am {DATE}\nZugewiesen: {F2}\n\n{G} meldet, dass der "
                     "Export leer ist."),
        ("quote", "Danke!\n\nAm {QDATE} schrieb {F} <{E}>:\n> Hallo {G2},\n> anbei die Rechnung.\n"
                  "> Viele Grüße\n> {G}"),
        ("csv", "Nachname;Vorname;Geburtsdatum;Ort\n{S};{G};{D};{PLACE}\n{S2};{G2};{D2};Berlin"),
        ("surname_first", "Patient: {SC}, {DOB}\nÜberwiesen von Dr. {S2}"),
        ("caps", "NAME, VORNAME: {SU}\nANSCHRIFT: {A}"),
        ("person_ctx", "Ich habe mit {F} telefoniert, {G} schickt das Angebot."),
        ("person_ctx", "Bitte leite das an Frau {S} und Herrn {S2} weiter."),
        ("address", "Lieferanschrift: {F}, {A}"),
        ("dob", "{F}, {DOB}"),
    ],
    "fr": [
        ("helpdesk", "Ticket n° {N}\nDemandeur : {F} <{E}>\nAgent : {F2}\nObjet : {PRODUCT} ne "
                     "démarre plus"),
        ("helpdesk", "Signalé par {F} le {DATE}\nAssigné à : {F2}"),
        ("quote", "Merci.\n\nLe {QDATE}, {F} <{E}> a écrit :\n> Bonjour {G2},\n> voici le devis."
                  "\n> Cordialement,\n> {G}"),
        ("csv", "nom;prénom;date_naissance;ville\n{S};{G};{D};Lyon\n{S2};{G2};{D2};Paris"),
        ("surname_first", "{SU}, {DOB}, demeurant {A}"),
        ("caps", "NOM : {FU}\nDATE DE NAISSANCE : {D}"),
        ("person_ctx", "J'ai appelé {F} ; {G} rappellera demain."),
        ("person_ctx", "Merci de transmettre à Mme {S} et M. {S2}."),
        ("address", "Adresse : {F}, {A}"),
        ("dob", "{F}, {DOB}"),
    ],
    "nl": [
        ("helpdesk", "Ticketnr. {N}\nMelder: {F} <{E}>\nBehandelaar: {F2}\nOnderwerp: {PRODUCT} "
                     "start niet"),
        ("helpdesk", "Gemeld door {F} op {DATE}\nToegewezen aan: {F2}"),
        ("quote", "Dank je.\n\nOp {QDATE} schreef {F} <{E}>:\n> Hoi {G2},\n> zie bijlage.\n"
                  "> Groet,\n> {G}"),
        ("csv", "achternaam,voornaam,geboortedatum\n{S},{G},{D}\n{S2},{G2},{D2}"),
        ("surname_first", "Cliënt: {SC}, {DOB}"),
        ("caps", "NAAM: {FU}\nADRES: {A}"),
        ("person_ctx", "Ik heb {F} gebeld; {G} stuurt de offerte."),
        ("person_ctx", "Graag doorsturen naar mevr. {S} en dhr. {S2}."),
        ("address", "Bezorgadres: {F}, {A}"),
        ("dob", "{F}, {DOB}"),
    ],
    "es": [
        ("helpdesk", "Ticket n.º {N}\nSolicitante: {F} <{E}>\nAgente: {F2}\nAsunto: {PRODUCT} no "
                     "arranca"),
        ("helpdesk", "Reportado por {F} el {DATE}\nAsignado a: {F2}"),
        ("quote", "Gracias.\n\nEl {QDATE}, {F} (<{E}>) escribió:\n> Hola {G2},\n> adjunto la "
                  "factura.\n> Saludos,\n> {G}"),
        ("csv", "apellidos|nombre|fecha_nacimiento\n{S}|{G}|{D}\n{S2}|{G2}|{D2}"),
        ("surname_first", "Paciente: {SC}, {DOB}"),
        ("caps", "NOMBRE Y APELLIDOS: {FU}\nDOMICILIO: {A}"),
        ("person_ctx", "Hablé con {F}; {G} enviará el presupuesto."),
        ("person_ctx", "Por favor, reenvíe esto a la Sra. {S} y al Sr. {S2}."),
        ("address", "Enviar a: {F}, {A}"),
        ("dob", "{F}, {DOB}"),
    ],
    "it": [
        ("helpdesk", "Ticket n. {N}\nRichiedente: {F} <{E}>\nOperatore: {F2}\nOggetto: {PRODUCT} "
                     "non si avvia"),
        ("helpdesk", "Segnalato da {F} il {DATE}\nAssegnato a: {F2}"),
        ("quote", "Grazie.\n\nIl giorno {QDATE} {F} <{E}> ha scritto:\n> Ciao {G2},\n> in "
                  "allegato la fattura.\n> Saluti,\n> {G}"),
        ("csv", "cognome,nome,data_nascita\n{S},{G},{D}\n{S2},{G2},{D2}"),
        ("surname_first", "Paziente: {SC}, {DOB}"),
        ("caps", "COGNOME E NOME: {SU}\nINDIRIZZO: {A}"),
        ("person_ctx", "Ho sentito {F}; {G} manderà il preventivo."),
        ("person_ctx", "Per favore inoltra alla sig.ra {S} e al dott. {S2}."),
        ("address", "Spedire a: {F}, {A}"),
        ("dob", "{F}, {DOB}"),
    ],
}

records = []


def fill(lang, template, cls):
    people, text, spans = {}, "", []

    def person(idx):
        if idx not in people:
            people[idx] = Person(lang)
        return people[idx]

    def add(label, value):
        nonlocal text
        spans.append(span_at(text, label, value))
        text += value

    for n, piece in enumerate(re.split(r"\{([A-Za-z]+[0-9]?)\}", template)):
        if n % 2 == 0:
            text += piece
            continue
        base = piece.rstrip("0123456789")
        idx = piece[len(base):] or "1"
        if base in ("F", "G", "S", "g", "FU", "SU", "FN", "I", "E"):
            p = person(idx)
            if base == "E":
                add("EMAIL_ADDRESS", p.email)
                continue
            v = {"F": p.full, "G": p.given, "S": p.surname, "g": p.given.lower(),
                 "FU": p.full.upper(), "SU": p.surname.upper() + " " + p.given,
                 "FN": p.given + R.choice(SPACES) + p.surname, "I": p.initials()}[base]
            add("PERSON", v)
        elif base == "SC":
            p = person(idx)
            add("PERSON", p.surname)
            text += ", "
            add("PERSON", p.given)
        elif base == "A":
            add("STREET_ADDRESS", street_address(lang))
        elif base == "D":
            add("DATE_OF_BIRTH", date(lang))
        elif base == "DOB":
            pre, post = R.choice(DOB_LABELS[lang]).split("{D}")
            text += pre
            add("DATE_OF_BIRTH", date(lang))
            text += post
        elif base == "N":
            text += str(R.randint(10000, 999999))
        elif base == "QDATE":
            add("NEG_DATE", QUOTE_DATE[lang])
        elif base == "DATE":
            add("NEG_DATE", date(lang, 2022, 2026))
        elif base == "ORDER":
            add("NEG_ORDER", R.choice(["ORD-", "INC", "PO-", "#"]) + str(R.randint(100000, 9999999)))
        elif base == "PRODUCT":
            add("NEG_PRODUCT", R.choice(PRODUCTS))
        elif base == "COMPANY":
            add("NEG_COMPANY", R.choice(COMPANIES))
        elif base == "PLACE":
            add("NEG_PLACE", R.choice(PLACES))
        elif base == "TERM":
            add("NEG_TERM", R.choice(TERMS))
        elif base == "CODE":
            add("NEG_CODE", R.choice(CODE))
        elif base == "VER":
            add("NEG_VERSION", R.choice(VERSIONS))
        elif base == "TEAM":
            add("NEG_TEAM", R.choice(TEAMS[lang]))
        elif base == "WEEKDAY":
            add("NEG_WEEKDAY", R.choice(WEEKDAYS[lang].split()))
        else:
            raise ValueError(piece)
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lang, "class": cls, "corpus": "names_tune2"}})


for lang in LANGS:
    for rep in range(6):
        for cls, t in BY_LANG[lang]:
            fill(lang, t, cls)
        for cls, t in COMMON:
            if rep < 3:
                fill(lang, t, cls)
    for _ in range(8):
        fill(lang, "{A}", "address")
        fill(lang, "{DOB}", "dob")

write_json(records)
