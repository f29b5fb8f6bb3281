#!/usr/bin/env python3
"""gen_names.py: the labelled names / street addresses / dates of birth corpus (issue 15).

Invented, pronounceable given names and surnames (syllable-built, with each locale's surname
shapes) that are in no name lexicon: every one is checked against the 21,000 given names and
19,000 surnames of @faker-js/faker's person data in all its locales (faker/lexicon.mjs), so a
detector finds them through their context, not through a dictionary. They are placed in real
contexts in en (US and GB), de, fr, nl, es and it: support tickets, CRM CSV rows, e-mails with
salutations and signatures, From:/To: headers, patient notes, JSON with name/fullName/firstName/
lastName keys, "X said", "called X", honorifics, attendee lists. Street addresses follow each
locale's format with postcodes; dates of birth come in ISO, dd.mm.yyyy, mm/dd/yyyy, dd/mm/yyyy,
`March 4, 1987`, `4. März 1987` (and the fr/nl/es/it month forms) near a birth label or verb.

Not PII, labelled NEG_* so the benchmark counts how often they are hit: other dates (NEG_DATE),
product and library names (NEG_PRODUCT), places as topics (NEG_PLACE), months and weekdays
(NEG_MONTH, NEG_WEEKDAY), famous names used as terms (NEG_TERM), class names (NEG_CODE).

Labels: PERSON, STREET_ADDRESS, DATE_OF_BIRTH, EMAIL_ADDRESS, PHONE_NUMBER, in presidio-research's
JSON shape with code-point offsets. Deterministic (fixed seed):
  (cd faker && npm ci && node lexicon.mjs > /tmp/lexicon.json)
  python3 gen_names.py /tmp/lexicon.json > data/names.json
"""
import json
import random
import re
import sys

from gen_common import MONTHS, WEEKDAYS, append_record, assemble, random_ymd, write_json

R = random.Random(1515)
LEX = json.load(open(sys.argv[1]))
KNOWN = set(LEX["given"]) | set(LEX["surname"])

LOCALES = ["en_US", "en_GB", "de", "fr", "nl", "es", "it"]

# ---- invented names -----------------------------------------------------------------------------
ONSETS = ["b", "br", "d", "dr", "f", "g", "gr", "k", "kl", "l", "m", "n", "p", "pr", "r", "s",
          "st", "t", "tr", "v", "z", "sh", "th", "j", "h", "c", "ch", "fl", "sl", "w"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia", "ea"]
CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "st", "x", "th", "ck"]
GIVEN_END = {
    "en": ["a", "ella", "in", "on", "ie", "y", "er", "an", "ey", "ith"],
    "de": ["a", "e", "ine", "o", "ert", "hild", "mar", "wig", "ke", "linde"],
    "fr": ["ine", "ette", "elle", "ien", "ois", "aude", "ic", "ane", "on", "is"],
    "nl": ["je", "ke", "ijn", "out", "ert", "a", "ien", "o", "ina", "oud"],
    "es": ["a", "o", "ita", "ero", "encia", "ino", "ana", "és", "ela", "ario"],
    "it": ["a", "o", "etta", "ino", "ella", "ano", "ia", "io", "ella", "ele"],
}
SURNAME_END = {
    "en": ["ton", "ford", "well", "by", "wick", "more", "ley", "field", "ham", "son"],
    "de": ["mann", "berg", "hofer", "ke", "ner", "bauer", "stein", "inger", "ler", "brandt"],
    "fr": ["ier", "ault", "eau", "and", "ot", "in", "oux", "ard", "ac", "elle"],
    "nl": ["stra", "ink", "ema", "huis", "man", "ers", "kamp", "veld", "dijk", "ens"],
    "es": ["ez", "ado", "era", "ano", "ón", "illa", "ero", "ales", "uro", "ida"],
    "it": ["elli", "ini", "etti", "one", "ucci", "ardi", "otto", "ano", "esi", "ilo"],
}
NL_PREFIX = ["van", "van der", "van den", "de", "ter", "van de"]
USED = set()


def lang(loc):
    return loc[:2]


def syllables(n):
    return "".join(R.choice(ONSETS) + R.choice(VOWELS) + (R.choice(CODAS) if i == n - 1 else "")
                   for i in range(n))


def invented(kind, loc):
    ends = GIVEN_END if kind == "given" else SURNAME_END
    for _ in range(1000):
        s = syllables(R.randint(1, 2)) + R.choice(ends[lang(loc)])
        s = s.replace("aa", "a").replace("ii", "i").replace("uu", "u")
        if len(s) < 4 or len(s) > 12 or s in KNOWN or s in USED:
            continue
        if any(w in s for w in ("fuck", "shit", "nazi", "sex")):
            continue
        USED.add(s)
        return s.capitalize()
    raise RuntimeError("name space exhausted")


class Person:
    def __init__(self, loc):
        self.given = invented("given", loc)
        self.surname = invented("surname", loc)
        if lang(loc) == "nl" and R.random() < 0.3:
            self.surname = R.choice(NL_PREFIX) + " " + self.surname
        if lang(loc) == "es" and R.random() < 0.5:
            self.surname = self.surname + " " + invented("surname", loc)
        self.full = self.given + " " + self.surname
        base = self.surname.split(" ")[-1] if lang(loc) == "nl" else self.surname.split(" ")[0]
        self.email = ("%s.%s" % (self.given, base)).lower()
        self.email = "".join(c for c in self.email if c.isascii())
        self.email += "@" + R.choice(DOMAINS[loc])


DOMAINS = {
    "en_US": ["example.com", "gmail.com", "outlook.com", "acme-corp.com"],
    "en_GB": ["example.co.uk", "btinternet.com", "gmail.com", "acme.co.uk"],
    "de": ["example.de", "gmx.de", "web.de", "firma.de"],
    "fr": ["example.fr", "orange.fr", "free.fr", "societe.fr"],
    "nl": ["example.nl", "ziggo.nl", "kpnmail.nl", "bedrijf.nl"],
    "es": ["example.es", "telefonica.net", "gmail.com", "empresa.es"],
    "it": ["example.it", "libero.it", "virgilio.it", "azienda.it"],
}

# ---- street addresses ---------------------------------------------------------------------------
STEMS = {
    "en": ["Oak", "Maple", "Baker", "High", "Church", "Mill", "Station", "Park", "Cedar", "Elm",
           "Victoria", "King", "Queen", "Willow", "Hill", "Lake", "Washington", "Lincoln"],
    "de": ["Haupt", "Bahnhof", "Linden", "Schiller", "Goethe", "Garten", "Kirch", "Berliner",
           "Mozart", "Birken", "Rosen", "Wald", "Schul", "Ring", "Friedrich", "Eichen"],
    "fr": ["Victor Hugo", "la République", "Paris", "la Gare", "l'Église", "Pasteur", "Voltaire",
           "Jean Jaurès", "la Paix", "Orsel", "Rivoli", "Montmartre", "Gambetta"],
    "nl": ["Keizers", "Heren", "Prinsen", "Kerk", "Dorps", "School", "Molen", "Linden", "Julianal",
           "Beatrix", "Stations", "Oranje", "Wilhelmina", "Esdoorn"],
    "es": ["Mayor", "Real", "Alcalá", "Gran Vía", "la Constitución", "San Juan", "Goya",
           "Serrano", "Colón", "la Paz", "Castilla", "Velázquez"],
    "it": ["Roma", "Garibaldi", "Mazzini", "Cavour", "Dante", "Verdi", "Vittorio Emanuele",
           "Manzoni", "Marconi", "Matteotti", "XX Settembre", "della Repubblica"],
}
CITIES = {
    "en_US": [("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Denver", "CO"),
              ("Madison", "WI"), ("Columbus", "OH"), ("Raleigh", "NC"), ("Tucson", "AZ")],
    "en_GB": ["Manchester", "Leeds", "Bristol", "London", "Sheffield", "Norwich", "York", "Bath"],
    "de": ["Berlin", "München", "Köln", "Leipzig", "Hamburg", "Freiburg im Breisgau", "Kassel", "Ulm"],
    "fr": ["Paris", "Lyon", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Aix-en-Provence"],
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen", "Zwolle", "Leiden", "Delft"],
    "es": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Salamanca", "Burgos"],
    "it": [("Roma", "RM"), ("Milano", "MI"), ("Torino", "TO"), ("Bologna", "BO"), ("Firenze", "FI"),
           ("Napoli", "NA"), ("Verona", "VR"), ("Padova", "PD")],
}


def uk_postcode():
    a = "ABCDEFGHIJKLMNOPRSTUWYZ"
    b = "ABDEFGHJLNPQRSTUWXYZ"
    outward = R.choice([
        lambda: R.choice(a) + str(R.randint(1, 9)),
        lambda: R.choice(a) + str(R.randint(10, 99)),
        lambda: R.choice(a) + R.choice("ABCDEFGHKLMNOPQRSTUVWXY") + str(R.randint(1, 9)),
        lambda: R.choice(a) + R.choice("ABCDEFGHKLMNOPQRSTUVWXY") + str(R.randint(10, 99)),
        lambda: R.choice(a) + str(R.randint(1, 9)) + R.choice("ABCDEFGHJKPSTUW"),
    ])()
    return outward + " " + str(R.randint(0, 9)) + R.choice(b) + R.choice(b)


def street_address(loc):
    """(the address text, whether it carries a postcode and city)"""
    l2 = lang(loc)
    stem = R.choice(STEMS[l2]) if R.random() < 0.75 else invented("surname", loc)
    n = R.randint(1, 250)
    full = R.random() < 0.8
    if loc == "en_US":
        st = R.choice(["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Drive", "Lane", "Way", "Ct"])
        unit = R.choice(["", "", ", Apt 4B", ", Suite 210", " Apt. %d" % R.randint(1, 40), ", Unit %d" % R.randint(1, 9)])
        s = "%d %s %s%s" % (R.randint(1, 9999), stem, st, unit)
        if full:
            city, state = R.choice(CITIES[loc])
            z = "%05d" % R.randint(1001, 99950)
            if R.random() < 0.3:
                z += "-%04d" % R.randint(0, 9999)
            s += ", %s, %s %s" % (city, state, z)
        return s
    if loc == "en_GB":
        st = R.choice(["Road", "Street", "Lane", "Close", "Avenue", "Gardens", "Crescent", "Way"])
        s = R.choice(["", "", "Flat %d, " % R.randint(1, 30)]) + "%d %s %s" % (n, stem, st)
        if full:
            s += R.choice([", %s %s", ", %s, %s", "\n%s\n%s"]) % (R.choice(CITIES[loc]), uk_postcode())
        return s
    if l2 == "de":
        st = R.choice(["straße", "str.", "weg", "allee", "platz", "gasse", "ring"])
        s = "%s%s %d%s" % (stem, st, n, R.choice(["", "", "a", "b"]))
        if R.random() < 0.15:
            s = "Am %sberg %d" % (stem, n)
        if full:
            s += R.choice([", ", "\n", ", D-"]) + "%05d %s" % (R.randint(1067, 99998), R.choice(CITIES[loc]))
        return s
    if l2 == "fr":
        t = R.choice(["rue", "avenue", "boulevard", "place", "impasse", "chemin", "allée"])
        pre = "" if stem[0].islower() else R.choice(["", "de ", "du ", "des "]) if stem in STEMS["fr"] else ""
        s = "%d%s %s %s%s" % (n, R.choice(["", "", " bis", " ter"]), t, pre, stem)
        if full:
            s += R.choice([", ", "\n"]) + "%05d %s" % (R.randint(1000, 95999), R.choice(CITIES[loc]))
        return s
    if l2 == "nl":
        st = R.choice(["straat", "gracht", "laan", "weg", "plein", "kade", "singel"])
        s = "%s%s %d%s" % (stem, st, n, R.choice(["", "", "-II", " A", "-3", "hs"]))
        if full:
            pc = "%04d %s%s" % (R.randint(1011, 9999), R.choice("ABCDEGHJKLMNPRTVWXZ"), R.choice("ABCDEGHJKLMNPRTVWXZ"))
            if R.random() < 0.3:
                pc = pc.replace(" ", "")
            s += R.choice([", ", "\n", "  "]) + "%s %s" % (pc, R.choice(CITIES[loc]))
        return s
    if l2 == "es":
        t = R.choice(["Calle", "C/", "Avenida", "Avda.", "Plaza", "Paseo"])
        pre = "" if stem[0].islower() else R.choice(["", "de "])
        s = "%s %s%s %d%s" % (t, pre, stem, n, R.choice(["", "", ", 3º B", ", 2º izda.", ", bajo"]))
        if R.random() < 0.3:
            s = "%s %s%s, %d%s" % (t, pre, stem, n, R.choice(["", ", 1º A"]))
        if full:
            s += R.choice([", ", "\n"]) + "%05d %s" % (R.randint(1001, 52080), R.choice(CITIES[loc]))
        return s
    if l2 == "it":
        t = R.choice(["Via", "Viale", "Piazza", "Corso", "Vicolo", "Largo"])
        s = "%s %s %d%s" % (t, stem, n, R.choice(["", "", "/A", "/B", " int. 5"]))
        if R.random() < 0.3:
            s = "%s %s, %d" % (t, stem, n)
        if full:
            city, pr = R.choice(CITIES[loc])
            s += R.choice([", ", "\n", " - "]) + "%05d %s%s" % (R.randint(10, 98168), city, R.choice(["", " (%s)" % pr, " %s" % pr]))
        return s
    raise ValueError(loc)


# ---- dates --------------------------------------------------------------------------------------


def date(loc, year_lo=1930, year_hi=2006, style=None):
    y, m, d = random_ymd(R, year_lo, year_hi)
    l2 = lang(loc)
    styles = ["iso", "dmy_dot", "mdy_slash" if loc == "en_US" else "dmy_slash", "long"]
    st = style or R.choice(styles)
    if st == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if st == "dmy_dot":
        return R.choice(["%02d.%02d.%04d", "%d.%d.%04d"]) % (d, m, y)
    if st == "mdy_slash":
        return R.choice(["%02d/%02d/%04d", "%d/%d/%04d"]) % (m, d, y)
    if st == "dmy_slash":
        return R.choice(["%02d/%02d/%04d", "%d/%d/%04d", "%02d-%02d-%04d"]) % (d, m, y)
    mon = MONTHS[l2][m - 1]
    if l2 == "en":
        return ("%s %d, %04d" % (mon, d, y)) if loc == "en_US" else ("%d %s %04d" % (d, mon, y))
    if l2 == "de":
        return "%d. %s %04d" % (d, mon, y)
    if l2 == "es":
        return "%d de %s de %04d" % (d, mon, y)
    return "%d %s %04d" % (d, mon, y)


# ---- negatives ----------------------------------------------------------------------------------
PRODUCTS = ["Visual Studio Code", "Apache Kafka", "Microsoft Teams", "Google Chrome",
            "Amazon Web Services", "Red Hat Enterprise Linux", "Jupyter Notebook", "Ruby on Rails",
            "Spring Boot", "Android Studio", "Adobe Photoshop", "Apache Spark", "Elastic Search",
            "Azure DevOps", "Google Cloud Run", "Oracle Database", "Mozilla Firefox",
            "Windows Server", "Apple Music", "Jenkins", "Grafana Loki", "Hashicorp Vault",
            "Sentry", "Docker Desktop", "Node.js", "Django REST Framework", "Apache Airflow"]
PLACES = ["Lisbon", "Vienna", "Amsterdam", "Madrid", "Kyoto", "Berlin", "Florence", "Marrakech",
          "Reykjavik", "Prague", "Seville", "Bruges", "Naples", "Edinburgh", "Toronto", "Oslo"]
TERMS = ["Dijkstra's algorithm", "Fourier transform", "Bayes' theorem", "Kalman filter",
         "Markov chain", "Levenshtein distance", "Gaussian blur", "Newton's method",
         "Turing machine", "Hamming distance", "Euler's number", "Jaccard index",
         "Pearson correlation", "Fibonacci sequence", "Bloom filter", "Nagle's algorithm",
         "Conway's Game of Life", "Kruskal's algorithm", "Huffman coding", "Lamport clocks",
         "Boyer-Moore search", "Dirichlet distribution", "Laplace transform", "Bellman-Ford"]
CODE = ["OrderManager", "UserService", "HttpClient", "JsonParser", "PaymentGateway",
        "SessionStore", "InvoiceRenderer", "RetryPolicy", "CustomerRepository", "TokenBucket"]

NEG_PROSE = {
    "en": ["Write a haiku about {PLACE}.", "How do I configure {PRODUCT} to talk to {PRODUCT}?",
           "Explain {TERM} in simple terms.", "The release is planned for {DATE}.",
           "We meet every {WEEKDAY} in {MONTH}.", "Refactor the {CODE} class, it is too long.",
           "Plan a three-day trip to {PLACE} in {MONTH}.", "Compare {TERM} with {TERM}.",
           "Our {PRODUCT} licence expires on {DATE}.", "Why does {CODE}.save() throw in {PRODUCT}?"],
    "de": ["Schreib ein Haiku über {PLACE}.", "Wie verbinde ich {PRODUCT} mit {PRODUCT}?",
           "Erkläre {TERM} einfach.", "Das Release ist für den {DATE} geplant.",
           "Wir treffen uns jeden {WEEKDAY} im {MONTH}.", "Refaktoriere die Klasse {CODE}.",
           "Plane eine Reise nach {PLACE} im {MONTH}.", "Die {PRODUCT}-Lizenz läuft am {DATE} ab."],
    "fr": ["Écris un haïku sur {PLACE}.", "Comment configurer {PRODUCT} avec {PRODUCT} ?",
           "Explique {TERM} simplement.", "La version sort le {DATE}.",
           "On se voit chaque {WEEKDAY} en {MONTH}.", "Refactorise la classe {CODE}.",
           "Organise un voyage à {PLACE} en {MONTH}.", "La licence {PRODUCT} expire le {DATE}."],
    "nl": ["Schrijf een haiku over {PLACE}.", "Hoe koppel ik {PRODUCT} aan {PRODUCT}?",
           "Leg {TERM} eenvoudig uit.", "De release staat gepland voor {DATE}.",
           "We zien elkaar elke {WEEKDAY} in {MONTH}.", "Refactor de klasse {CODE}.",
           "Plan een reis naar {PLACE} in {MONTH}.", "De {PRODUCT}-licentie verloopt op {DATE}."],
    "es": ["Escribe un haiku sobre {PLACE}.", "¿Cómo configuro {PRODUCT} con {PRODUCT}?",
           "Explica {TERM} de forma sencilla.", "La versión sale el {DATE}.",
           "Nos vemos cada {WEEKDAY} en {MONTH}.", "Refactoriza la clase {CODE}.",
           "Planea un viaje a {PLACE} en {MONTH}.", "La licencia de {PRODUCT} caduca el {DATE}."],
    "it": ["Scrivi un haiku su {PLACE}.", "Come configuro {PRODUCT} con {PRODUCT}?",
           "Spiega {TERM} in modo semplice.", "Il rilascio è previsto per il {DATE}.",
           "Ci vediamo ogni {WEEKDAY} a {MONTH}.", "Rifattorizza la classe {CODE}.",
           "Organizza un viaggio a {PLACE} a {MONTH}.", "La licenza di {PRODUCT} scade il {DATE}."],
}

# ---- person contexts ----------------------------------------------------------------------------
# Slots: {F} full name, {G} given name, {S} surname, {F2} {G2} {S2} a second person, {E} e-mail
# of the first person, {A} street address, {D} date of birth, {N} a number, plus the NEG slots.
CTX = {
    "en": [
        "Ticket #{N}\nCustomer: {F}\nEmail: {E}\nIssue: cannot log in since {WEEKDAY}.\nAssigned to {F2}",
        "Hi {G},\n\nthanks for the call on {WEEKDAY}. As discussed, {F2} will send the contract.\n\nBest regards,\n{F3}\nAccount Manager",
        "Dear Ms {S},\n\nyour order {N} has shipped to {A}.\n\nKind regards,\n{F2}",
        "Patient: {F}, DOB: {D}\nAddress: {A}\nSeen by Dr. {S2} for follow-up; reports mild headaches.",
        "{F} said the deploy on {WEEKDAY} broke the {PRODUCT} plugin.",
        "I called {F} about the invoice; {G} was not sure it had been paid.",
        "From: {F} <{E}>\nTo: {F2}\nSubject: Re: contract renewal\n\nSee below.",
        "Attendees: {F}, {F2}, {F3}\nNotes: {G2} will draft the proposal by {WEEKDAY}.",
        "Please ship the replacement to {F}, {A}.",
        "Mr {S} was born on {D} and moved to {A} last year.",
        "Can you summarise this complaint from {F}? She says the courier never came to {A}.",
        "name,email,date_of_birth\n{F},{E},{D}\n{F2},{E2},{D2}",
        '{"id": {N}, "fullName": "{F}", "email": "{E}", "address": "{A}", "dateOfBirth": "{D}"}',
        '{"firstName": "{G}", "lastName": "{S}", "contact": "{F2}", "born": "{D}"}',
        "Date of birth: {D}\nName: {F}\nHome address: {A}",
        "Thanks {G}! I'll ask {F2} to review it. Cheers, {G3}",
        "Dr. {F} Jr. will see the patient on {WEEKDAY}; {S2} II is the referring physician.",
        "Signed,\n{F}, PhD\nPrincipal Investigator",
    ],
    "de": [
        "Ticket #{N}\nKunde: {F}\nE-Mail: {E}\nProblem: Login geht seit {WEEKDAY} nicht.\nZugewiesen an {F2}",
        "Hallo {G},\n\ndanke für das Gespräch am {WEEKDAY}. Wie besprochen schickt {F2} den Vertrag.\n\nViele Grüße\n{F3}",
        "Sehr geehrte Frau {S},\n\nIhre Bestellung {N} wurde an {A} versandt.\n\nMit freundlichen Grüßen\n{F2}",
        "Patient: {F}, geboren am {D}\nAnschrift: {A}\nBehandelt von Dr. {S2}, Kontrolle in zwei Wochen.",
        "{F} sagte, das Deployment am {WEEKDAY} habe das {PRODUCT}-Plugin kaputt gemacht.",
        "Ich habe {F} wegen der Rechnung angerufen; {G} war unsicher, ob sie bezahlt ist.",
        "Von: {F} <{E}>\nAn: {F2}\nBetreff: AW: Vertragsverlängerung",
        "Teilnehmer: {F}, {F2}, {F3}\nNotiz: {G2} schreibt das Angebot bis {WEEKDAY}.",
        "Bitte das Ersatzgerät an {F}, {A} schicken.",
        "Herr {S}, Geburtsdatum {D}, wohnhaft {A}.",
        "name;email;geburtsdatum\n{F};{E};{D}\n{F2};{E2};{D2}",
        '{"vorname": "{G}", "nachname": "{S}", "fullName": "{F}", "geburtsdatum": "{D}"}',
        "Geburtsdatum: {D}\nName: {F}\nAdresse: {A}",
    ],
    "fr": [
        "Ticket n° {N}\nClient : {F}\nCourriel : {E}\nProblème : connexion impossible depuis {WEEKDAY}.\nAssigné à {F2}",
        "Bonjour {G},\n\nmerci pour l'appel de {WEEKDAY}. Comme convenu, {F2} enverra le contrat.\n\nCordialement,\n{F3}",
        "Madame {S},\n\nvotre commande {N} a été expédiée au {A}.\n\nBien à vous,\n{F2}",
        "Patient : {F}, né le {D}\nAdresse : {A}\nVu par le Dr {S2} pour un suivi.",
        "{F} a dit que le déploiement de {WEEKDAY} a cassé le plugin {PRODUCT}.",
        "J'ai appelé {F} au sujet de la facture ; {G} n'était pas sûr qu'elle soit payée.",
        "De : {F} <{E}>\nÀ : {F2}\nObjet : RE: renouvellement du contrat",
        "Participants : {F}, {F2}, {F3}\nNotes : {G2} rédige la proposition pour {WEEKDAY}.",
        "Merci d'envoyer le remplacement à {F}, {A}.",
        "M. {S}, né le {D}, demeurant {A}.",
        "nom;email;date_naissance\n{F};{E};{D}\n{F2};{E2};{D2}",
        '{"prenom": "{G}", "nom": "{S}", "fullName": "{F}", "dateNaissance": "{D}"}',
        "Date de naissance : {D}\nNom : {F}\nAdresse : {A}",
    ],
    "nl": [
        "Ticket #{N}\nKlant: {F}\nE-mail: {E}\nProbleem: inloggen lukt niet sinds {WEEKDAY}.\nToegewezen aan {F2}",
        "Beste {G},\n\nbedankt voor het gesprek van {WEEKDAY}. Zoals besproken stuurt {F2} het contract.\n\nMet vriendelijke groet,\n{F3}",
        "Geachte mevrouw {S},\n\nuw bestelling {N} is verzonden naar {A}.\n\nMet vriendelijke groet,\n{F2}",
        "Patiënt: {F}, geboortedatum {D}\nAdres: {A}\nGezien door dr. {S2} voor controle.",
        "{F} zei dat de deploy van {WEEKDAY} de {PRODUCT}-plugin kapot maakte.",
        "Ik heb {F} gebeld over de factuur; {G} wist niet zeker of die betaald was.",
        "Van: {F} <{E}>\nAan: {F2}\nOnderwerp: RE: verlenging contract",
        "Aanwezig: {F}, {F2}, {F3}\nNotitie: {G2} schrijft het voorstel voor {WEEKDAY}.",
        "Stuur de vervanging naar {F}, {A}.",
        "Dhr. {S}, geboren op {D}, woonachtig {A}.",
        "naam;email;geboortedatum\n{F};{E};{D}\n{F2};{E2};{D2}",
        '{"voornaam": "{G}", "achternaam": "{S}", "fullName": "{F}", "geboortedatum": "{D}"}',
        "Geboortedatum: {D}\nNaam: {F}\nAdres: {A}",
    ],
    "es": [
        "Ticket n.º {N}\nCliente: {F}\nCorreo: {E}\nProblema: no puede entrar desde el {WEEKDAY}.\nAsignado a {F2}",
        "Hola {G}:\n\ngracias por la llamada del {WEEKDAY}. Como hablamos, {F2} enviará el contrato.\n\nUn saludo,\n{F3}",
        "Estimada Sra. {S}:\n\nsu pedido {N} se ha enviado a {A}.\n\nAtentamente,\n{F2}",
        "Paciente: {F}, fecha de nacimiento {D}\nDirección: {A}\nVisto por el Dr. {S2} para control.",
        "{F} dijo que el despliegue del {WEEKDAY} rompió el plugin de {PRODUCT}.",
        "Llamé a {F} por la factura; {G} no estaba seguro de que estuviera pagada.",
        "De: {F} <{E}>\nPara: {F2}\nAsunto: RE: renovación del contrato",
        "Asistentes: {F}, {F2}, {F3}\nNotas: {G2} redactará la propuesta para el {WEEKDAY}.",
        "Envíe el repuesto a {F}, {A}.",
        "Sr. {S}, nacido el {D}, con domicilio en {A}.",
        "nombre;email;fecha_nacimiento\n{F};{E};{D}\n{F2};{E2};{D2}",
        '{"nombre": "{G}", "apellidos": "{S}", "fullName": "{F}", "fechaNacimiento": "{D}"}',
        "Fecha de nacimiento: {D}\nNombre: {F}\nDirección: {A}",
    ],
    "it": [
        "Ticket n. {N}\nCliente: {F}\nEmail: {E}\nProblema: non riesce ad accedere da {WEEKDAY}.\nAssegnato a {F2}",
        "Ciao {G},\n\ngrazie per la chiamata di {WEEKDAY}. Come d'accordo, {F2} manderà il contratto.\n\nCordiali saluti,\n{F3}",
        "Gentile Sig.ra {S},\n\nil suo ordine {N} è stato spedito a {A}.\n\nDistinti saluti,\n{F2}",
        "Paziente: {F}, nato il {D}\nIndirizzo: {A}\nVisto dal Dott. {S2} per controllo.",
        "{F} ha detto che il deploy di {WEEKDAY} ha rotto il plugin di {PRODUCT}.",
        "Ho chiamato {F} per la fattura; {G} non era sicuro che fosse pagata.",
        "Da: {F} <{E}>\nA: {F2}\nOggetto: R: rinnovo contratto",
        "Partecipanti: {F}, {F2}, {F3}\nNote: {G2} scrive la proposta entro {WEEKDAY}.",
        "Spedite il ricambio a {F}, {A}.",
        "Sig. {S}, data di nascita {D}, residente in {A}.",
        "nome;email;data_nascita\n{F};{E};{D}\n{F2};{E2};{D2}",
        '{"nome": "{G}", "cognome": "{S}", "fullName": "{F}", "dataNascita": "{D}"}',
        "Data di nascita: {D}\nNome: {F}\nIndirizzo: {A}",
    ],
}
# Person slots and their label; NEG slots and theirs.
LABEL = {"F": "PERSON", "G": "PERSON", "S": "PERSON", "E": "EMAIL_ADDRESS", "A": "STREET_ADDRESS",
         "D": "DATE_OF_BIRTH", "PRODUCT": "NEG_PRODUCT", "PLACE": "NEG_PLACE", "TERM": "NEG_TERM",
         "DATE": "NEG_DATE", "WEEKDAY": "NEG_WEEKDAY", "MONTH": "NEG_MONTH", "CODE": "NEG_CODE"}

records = []


def fill(loc, template, cls):
    people = {}
    dobs = {}
    parts = []
    for n, piece in enumerate(re.split(r"\{([A-Z]+[0-9]?)\}", template)):
        if n % 2 == 0:
            parts.append(piece)
            continue
        base = piece.rstrip("0123456789")
        idx = piece[len(base):] or "1"
        if base in ("F", "G", "S", "E"):
            p = people.setdefault(idx, Person(loc))
            v = {"F": p.full, "G": p.given, "S": p.surname, "E": p.email}[base]
        elif base == "A":
            v = street_address(loc)
        elif base == "D":
            v = dobs.setdefault(idx, date(loc))
        elif base == "N":
            v = str(R.randint(1000, 99999))
        elif base == "PRODUCT":
            v = R.choice(PRODUCTS)
        elif base == "PLACE":
            v = R.choice(PLACES)
        elif base == "TERM":
            v = R.choice(TERMS)
        elif base == "DATE":
            v = date(loc, 2019, 2027)
        elif base == "WEEKDAY":
            v = R.choice(WEEKDAYS[lang(loc)])
        elif base == "MONTH":
            v = R.choice(MONTHS[lang(loc)])
        elif base == "CODE":
            v = R.choice(CODE)
        else:
            raise ValueError(piece)
        parts.append((LABEL[base], v) if base != "N" else v)
    append_record(records, *assemble(parts), loc, cls)


for loc in LOCALES:
    ctx = CTX[lang(loc)]
    for rep in range(5):
        for t in ctx:
            fill(loc, t, "person_ctx")
    for _ in range(20):  # addresses alone in a sentence
        fill(loc, R.choice({"en": ["Deliver to {A}, please.", "Our new office is at {A}.",
                                   "Return address: {A}"],
                            "de": ["Lieferadresse: {A}", "Unser neues Büro: {A}."],
                            "fr": ["Adresse de livraison : {A}", "Notre bureau : {A}."],
                            "nl": ["Afleveradres: {A}", "Ons nieuwe kantoor: {A}."],
                            "es": ["Dirección de entrega: {A}", "Nuestra oficina: {A}."],
                            "it": ["Indirizzo di consegna: {A}", "Il nostro ufficio: {A}."]}[lang(loc)]),
             "address")
    for _ in range(20):  # dates of birth in every format
        fill(loc, R.choice({"en": ["DOB: {D}", "Date of birth: {D}", "She was born on {D}.",
                                   "born {D}, patient reports chest pain"],
                            "de": ["Geburtsdatum: {D}", "geboren am {D}", "geb. {D}"],
                            "fr": ["Date de naissance : {D}", "née le {D}", "né le {D} à Lyon"],
                            "nl": ["Geboortedatum: {D}", "geboren op {D}"],
                            "es": ["Fecha de nacimiento: {D}", "nacida el {D}"],
                            "it": ["Data di nascita: {D}", "nata il {D}"]}[lang(loc)]), "dob")
    for rep in range(6):
        for t in NEG_PROSE[lang(loc)]:
            fill(loc, t, "negative")

write_json(records)
