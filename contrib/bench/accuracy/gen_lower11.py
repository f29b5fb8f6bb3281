#!/usr/bin/env python3
"""gen_lower11.py: names typed in lower case, in capitals and in code (branch `lower11`).

Written from how people type to an assistant, before the rules were changed, in
en/de/fr/nl/es/it/pt, with real names (the lexicon knows them, some are English words too:
"maria", "will") and names invented from syllables (no lexicon holds them):
- lower-case lists after a word that says the list is people ("invited: maria, jonas, priya",
  "present: maria k., jonas w.", "cc maria keller, jonas weber and priya shah", "the attendees
  were jonas, priya and maria", "reunión con lucía y javier"), in a lower-case text or on a line
  of a text in sentence case;
- names in code: attribute, member and subscript assignments (`user.first_name = "Maria"`,
  `$user->first_name = 'Maria';`, `person["first_name"] = "Maria"`), setters
  (`setFirstName("Maria")`), JS object literals with bare keys (`firstName: "maria"`), keyword
  arguments, query strings and .env lines (`first_name=Maria`), CLI flags (`--first-name "Maria
  Keller"`), the keys in the locales' own words (`kunde.vorname`, `client.prenom`);
- names in capitals: `MARIA KELLER` in mixed-case prose, `KELLER, MARIA`, hyphens U+2010 and
  '-' (`ANNE‐MARIE DUPONT`, `MARIA-LUISA FERNANDEZ`), passports' machine-readable lines
  (`P<DEUKELLER<<MARIA<<<<`, each name part a span);
- look-alikes in the same shapes: lower-case lists of tools, fruit, cities, teams and firms
  (`craig, palmer and quinn`, `present: redis, kafka`), name keys set to placeholders (`""`,
  `None`, `"string"`, `"{{name}}"`), headings and shouting in capitals (`WARNING: DISK FULL`,
  `NEW YORK`), towns with their country in capitals (`BERLIN, GERMANY`).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 11)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["maria", "jonas", "priya", "emily", "oliver", "hannah", "siobhan", "chidi", "rebecca"],
    "de": ["jonas", "katrin", "jürgen", "sabine", "lukas", "ulrike", "tobias", "anja"],
    "fr": ["camille", "mathieu", "élodie", "antoine", "aurélie", "benoît", "claire", "sébastien"],
    "nl": ["sanne", "pieter", "femke", "joost", "marloes", "wouter", "anouk", "daan"],
    "es": ["lucía", "javier", "pilar", "sergio", "álvaro", "inmaculada", "rodrigo", "maría"],
    "it": ["giulia", "matteo", "chiara", "davide", "federica", "simone", "lorenzo", "alessandra"],
    "pt": ["joão", "beatriz", "tiago", "inês", "mariana", "gonçalo", "leonor", "rui"],
}
SURNAME = {
    "en": ["keller", "weber", "shah", "okafor", "brennan", "whitcombe", "fletcher", "doyle"],
    "de": ["keller", "weber", "hoffmann", "brandstätter", "lindner", "krause", "vogel"],
    "fr": ["dupont", "lefèvre", "moreau", "chevalier", "marchand", "girard", "rousseau"],
    "nl": ["bakker", "visser", "mulder", "hendriks", "jansen", "smit", "dekker"],
    "es": ["navarro", "romero", "castillo", "domínguez", "vidal", "fernández", "ortega"],
    "it": ["rossi", "bianchi", "colombo", "esposito", "ricci", "mancini", "gallo"],
    "pt": ["silva", "ferreira", "carvalho", "teixeira", "almeida", "pereira", "sousa"],
}
AND = {"en": " and ", "de": " und ", "fr": " et ", "nl": " en ", "es": " y ", "it": " e ",
       "pt": " e "}
# words before a list that say its items are people: a label with a colon, or a phrase
CUE = {
    "en": ["invited: ", "present: ", "attendees: ", "apologies: ", "cc ", "cc: ",
           "assigned to ", "reviewers: ", "team: ", "the attendees were ", "meeting with ",
           "lunch with "],
    "de": ["eingeladen: ", "anwesend: ", "teilnehmer: ", "entschuldigt: ", "cc: ",
           "zugewiesen an ", "treffen mit ", "im team: "],
    "fr": ["invités : ", "présents : ", "participants : ", "excusés : ", "cc : ", "assigné à ",
           "réunion avec ", "équipe : "],
    "nl": ["uitgenodigd: ", "aanwezig: ", "deelnemers: ", "afwezig: ", "cc: ",
           "toegewezen aan ", "overleg met ", "team: "],
    "es": ["invitados: ", "presentes: ", "asistentes: ", "ausentes: ", "cc: ", "asignado a ",
           "reunión con ", "equipo: "],
    "it": ["invitati: ", "presenti: ", "partecipanti: ", "assenti: ", "cc: ", "assegnato a ",
           "riunione con ", "squadra: "],
    "pt": ["convidados: ", "presentes: ", "participantes: ", "ausentes: ", "cc: ",
           "atribuído a ", "reunião com ", "equipa: "],
}
TAIL = {"en": ["", "\nthanks", " - agenda to follow", "\nnext sync on monday"],
        "de": ["", "\ndanke", " - agenda folgt"], "fr": ["", "\nmerci", " - ordre du jour suit"],
        "nl": ["", "\nbedankt", " - agenda volgt"], "es": ["", "\ngracias", " - orden del día"],
        "it": ["", "\ngrazie", " - ordine del giorno"], "pt": ["", "\nobrigado", " - agenda"]}
HEAD = {"en": "notes from today's sync", "de": "notizen vom termin heute",
        "fr": "notes de la réunion", "nl": "notities van vandaag", "es": "notas de la reunión",
        "it": "note della riunione", "pt": "notas da reunião"}
HEAD_CAP = {"en": "Notes from today's sync.", "de": "Notizen vom Termin heute.",
            "fr": "Notes de la réunion.", "nl": "Notities van vandaag.",
            "es": "Notas de la reunión.", "it": "Note della riunione.", "pt": "Notas da reunião."}


def invent(lg, surname=True):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(END[lg])
        if w not in LEX and len(w) >= 5:
            return w


def lower_person(lg, form):
    g = rng.choice(GIVEN[lg])
    if form == "given":
        return g
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)
    if form == "initial":
        return g + " " + s[0] + "."
    return g + " " + s


class D(Doc):
    records = records

    def slot(self, key, kw):
        lab, v = kw[key]
        self.span(lab, v)


def people_list(d, lg, n, form):
    seen = set()
    for k in range(n):
        while True:
            p = lower_person(lg, form)
            if p.split()[0] not in seen:
                seen.add(p.split()[0])
                break
        d.span("PERSON", p)
        if k < n - 2:
            d.t(", ")
        elif k == n - 2:
            d.t(rng.choice([", ", AND[lg]]))


def gen_lower_lists():
    for lg in LANGS:
        for cue in CUE[lg]:
            for form in ("given", "initial", "full"):
                if form == "initial" and cue.endswith("with ") and lg == "en":
                    continue
                d = D(lg, "lower_list_" + form)
                head = rng.random()
                if head < 0.5:
                    d.t(HEAD[lg] + "\n")
                elif head < 0.75:
                    d.t(HEAD_CAP[lg] + "\n")
                d.t(cue)
                people_list(d, lg, rng.randint(2, 4), form)
                d.t(rng.choice(TAIL[lg])).done()


# lower-case lists that are no people, after the same cues or none
NEG_LISTS = [
    ("NEG_ORG", "we hired {} as counsel for the lease", "craig, palmer and quinn"),
    ("NEG_ORG", "the audit was done by {} last year", "ernst, young and partners"),
    ("NEG_PRODUCT", "present: {}\nmissing: zookeeper", "redis, kafka"),
    ("NEG_PRODUCT", "stack: {} behind nginx", "redis, kafka and postgres"),
    ("NEG_PRODUCT", "team: {}", "backend, frontend and ops"),
    ("NEG_PRODUCT", "reviewers: {} (bots only)", "dependabot, renovate"),
    ("NEG_PRODUCT", "assigned to {} queue", "infra, billing"),
    ("NEG_TERM", "invited: {} departments", "sales, marketing and legal"),
    ("NEG_TERM", "shopping list: {}", "apples, pears, plums and cherries"),
    ("NEG_TERM", "smoothie with {}", "mango, banana and lime"),
    ("NEG_PLACE", "cities: {}", "paris, lyon and nice"),
    ("NEG_PLACE", "offices in {}", "berlin, madrid and porto"),
    ("NEG_PRODUCT", "meeting with {} integration", "slack, jira and zoom"),
    ("NEG_PRODUCT", "written with {}", "julia, rust and go"),
    ("NEG_TERM", "cc: {}", "support, billing"),
    ("NEG_PRODUCT", "teilnehmer: {} (systeme)", "sap, datev und salesforce"),
    ("NEG_PLACE", "présents : {}", "lyon, lille et nantes"),
    ("NEG_TERM", "aanwezig: {}", "koffie, thee en koekjes"),
    ("NEG_PLACE", "asistentes: {}", "sevilla, valencia y bilbao"),
    ("NEG_TERM", "presenti: {}", "pasta, pane e vino"),
    ("NEG_TERM", "convidados: {}", "vendas, marketing e jurídico"),
    ("NEG_TERM", "the attendees were {}", "sales, finance and hr"),
    ("NEG_TERM", "apologies: {} are delayed", "minutes, agenda"),
    ("NEG_PRODUCT", "invited: {} (service accounts)", "jenkins, grafana, sentry"),
]


def gen_lower_neg():
    for lab, tpl, v in NEG_LISTS:
        a, b = tpl.split("{}")
        D("en", "lower_neg").t(a).span(lab, v).t(b).done()


# ---- code ---------------------------------------------------------------------------------------
KEYS = {
    "en": [("first_name", "last_name"), ("firstName", "lastName"), ("given_name", "family_name")],
    "de": [("vorname", "nachname")], "fr": [("prenom", "nom_famille")],
    "nl": [("voornaam", "achternaam")], "es": [("nombre", "apellido")],
    "it": [("nome", "cognome")], "pt": [("nome", "sobrenome")],
}
OBJ = {"en": ["user", "customer", "person", "contact"], "de": ["kunde", "user"],
       "fr": ["client", "user"], "nl": ["klant", "user"], "es": ["usuario", "cliente"],
       "it": ["utente", "cliente"], "pt": ["cliente", "usuario"]}


def cap(s):
    return s[0].upper() + s[1:]


def code_name(lg):
    g = cap(rng.choice(GIVEN[lg]))
    s = cap(rng.choice(SURNAME[lg])) if rng.random() < 0.6 else cap(invent(lg))
    if rng.random() < 0.2:
        g = cap(invent(lg, False))
    return g, s


def camel_setter(k):
    parts = k.split("_")
    return "set" + "".join(cap(p) for p in parts)


CODE_SHAPES = [
    # (template, which value: 'g' given, 's' surname, 'f' full); {K} key of that value, {O} object
    ('{O}.{K} = "{V}"\n', "g"),
    ("{O}.{K} = '{V}'\n", "s"),
    ('{O}["{K}"] = "{V}"\n', "g"),
    ("{O}['{K}'] = '{V}'\n", "s"),
    ("${O}->{K} = '{V}';\n", "g"),
    ('{O}.{SET}("{V}");\n', "g"),
    ('{O}.{SET}("{V}");\n', "s"),
    ('const {O} = {{ {K}: "{V}", age: 34 }};\n', "g"),
    ("{K}: '{V}',\n", "s"),
    ("{K}={V}\n", "g"),
    ("GET /api/users?{K}={V}&page=2\n", "s"),
    ('{O} = User({K}="{V}", active=True)\n', "g"),
    ('$ ./import.sh --{FLAG} "{V}" --dry-run\n', "f"),
    ('{O}.full_name = "{V}"\n', "f"),
    ('{K} := "{V}"\n', "g"),
    ('String {KC} = "{V}";\n', "g"),
]
CODE_LEAD = {"en": "why does this fail?\n", "de": "warum schlägt das fehl?\n",
             "fr": "pourquoi ça plante ?\n", "nl": "waarom faalt dit?\n",
             "es": "¿por qué falla esto?\n", "it": "perché fallisce?\n", "pt": "porque falha?\n"}


def gen_code():
    for lg in LANGS:
        for tpl, which in CODE_SHAPES:
            for kk in KEYS[lg][:2]:
                g, s = code_name(lg)
                v = {"g": g, "s": s, "f": g + " " + s}[which]
                key = kk[0] if which in "gf" else kk[1]
                if "{K}: " in tpl and which == "g":
                    v = v.lower()  # firstName: "maria"
                if tpl.startswith("{K}={V}") and rng.random() < 0.5:
                    key = key.upper()
                flag = "name" if which == "f" and rng.random() < 0.5 else key.replace("_", "-")
                if which == "f":
                    flag = rng.choice(["name", "full-name", "first-name"])
                parts = key.split("_")
                kc = parts[0] + "".join(cap(p) for p in parts[1:])
                d = D(lg, "code")
                if rng.random() < 0.5:
                    d.t(CODE_LEAD[lg])
                body = tpl.replace("{O}", rng.choice(OBJ[lg])).replace("{SET}", camel_setter(key))
                body = body.replace("{KC}", kc).replace("{FLAG}", flag).replace("{K}", key)
                body = body.replace("{{", "{").replace("}}", "}")
                a, b = body.split("{V}")
                d.t(a).span("PERSON", v).t(b).done()


PLACEHOLDERS = ["string", "{{name}}", "None", "null", "TODO", "test", "John", "<first name>",
                "${FIRST_NAME}", "%s", "Unknown", "N/A", "admin", "foo", "xxx", "n/a"]


def gen_code_neg():
    for i, tpl in enumerate(['user.first_name = "{V}"\n', "customer.lastName = '{V}'\n",
                             'person["first_name"] = "{V}"\n', "$user->first_name = '{V}';\n",
                             'setFirstName("{V}")\n', 'const u = {{ firstName: "{V}" }};\n',
                             "first_name={V}\n", '--first-name "{V}"\n']):
        for k in range(4):
            v = PLACEHOLDERS[(i * 4 + k) % len(PLACEHOLDERS)]
            if v == "John":
                continue  # a real given name: fine to mask, no look-alike
            body = tpl.replace("{{", "{").replace("}}", "}")
            a, b = body.split("{V}")
            if v in ("None", "null") and a[-1:] in ("'", '"'):
                a, b = a[:-1], b[1:]
            D("en", "code_neg").t(a).span("NEG_CODE", v).t(b).done()
        D("en", "code_empty").t(tpl.replace("{V}", "").replace("{{", "{").replace("}}", "}")).done()
    for tpl in ["first_name = form.cleaned_data['first_name']\n", "user.first_name = None\n",
                "lastName: string;\n", "first_name: str = ''\n", "def set_first_name(self, v):\n",
                "user.first_name = first_name.strip()\n", "--first-name NAME  the given name\n"]:
        D("en", "code_empty").t(tpl).done()


# ---- capitals -----------------------------------------------------------------------------------
CAPS_GIVEN = {"en": ["MARIA", "JOHN", "EMILY", "OLIVER", "HANNAH"],
              "de": ["JÜRGEN", "KATRIN", "LUKAS", "SABINE"],
              "fr": ["ÉLODIE", "ANTOINE", "CAMILLE", "MATHIEU"],
              "nl": ["SANNE", "PIETER", "FEMKE", "JOOST"],
              "es": ["LUCÍA", "JAVIER", "PILAR", "SERGIO"],
              "it": ["GIULIA", "MATTEO", "CHIARA", "DAVIDE"],
              "pt": ["JOÃO", "BEATRIZ", "TIAGO", "LEONOR"]}
CAPS_HYPH = ["ANNE{H}MARIE", "JEAN{H}PIERRE", "HANS{H}PETER", "MARIA{H}LUISA", "KARL{H}HEINZ",
             "ANNA{H}LENA", "JOSÉ{H}MARÍA", "MARIE{H}CLAIRE"]
CAPS_PROSE = {
    "en": ["Can you check the file of {P} before Monday?", "Please refund {P} today.",
           "The ticket was opened by {P} yesterday.", "I spoke to {P} about the lease."],
    "de": ["Bitte die Akte von {P} prüfen.", "Der Vertrag mit {P} läuft aus."],
    "fr": ["Merci de rappeler {P} demain.", "Le dossier de {P} est incomplet."],
    "nl": ["Kun je het dossier van {P} nakijken?", "Bel {P} morgen terug."],
    "es": ["Por favor, llama a {P} mañana.", "El expediente de {P} está incompleto."],
    "it": ["Per favore richiama {P} domani.", "La pratica di {P} è incompleta."],
    "pt": ["Por favor, liga ao {P} amanhã.", "O processo de {P} está incompleto."],
}
CAPS_LABEL = {"en": "Name: ", "de": "Name: ", "fr": "Nom : ", "nl": "Naam: ", "es": "Nombre: ",
              "it": "Nominativo: ", "pt": "Nome: "}


def caps_surname(lg):
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)
    return s.upper()


def gen_caps():
    for lg in LANGS:
        for tpl in CAPS_PROSE[lg]:
            for form in ("full", "rev", "hyph"):
                g, s = rng.choice(CAPS_GIVEN[lg]), caps_surname(lg)
                if form == "full":
                    p = g + " " + s
                elif form == "rev":
                    p = s + ", " + g
                else:
                    h = rng.choice(["\u2010", "-"])
                    if rng.random() < 0.5:
                        p = rng.choice(CAPS_HYPH).replace("{H}", h) + " " + s
                    else:
                        p = g + " " + s + h + caps_surname(lg)
                a, b = tpl.split("{P}")
                D(lg, "caps_" + form).t(a).span("PERSON", p).t(b).done()
        for form in ("full", "rev"):
            g, s = rng.choice(CAPS_GIVEN[lg]), caps_surname(lg)
            p = g + " " + s if form == "full" else s + ", " + g
            D(lg, "caps_label").t("Ticket %d\n%s" % (rng.randint(100, 9999), CAPS_LABEL[lg])).span(
                "PERSON", p).t("\n").done()
    # the brief's own shapes
    for tpl, p in [("please fix the record of {P}, it was typed twice", "MARIA KELLER"),
                   ("Customer {P} called twice.", "KELLER, MARIA"),
                   ("Signed: {P}\n", "MARIA\u2010KELLER"),
                   ("Passenger {P} missed the flight.", "MARIA-LUISA FERNANDEZ")]:
        a, b = tpl.split("{P}")
        D("en", "caps_brief").t(a).span("PERSON", p).t(b).done()


MRZ_NAMES = [("DEU", "KELLER", "MARIA"), ("FRA", "DUPONT", "JEAN<PIERRE"),
             ("NLD", "DE<VRIES", "ANOUK"), ("ESP", "GARCIA<LOPEZ", "MARIA<JOSE"),
             ("ITA", "ROSSI", "GIULIA"), ("PRT", "SILVA<FERREIRA", "JOAO"),
             ("GBR", "OKAFOR", "CHIDI"), ("DEU", "MUELLER", "JUERGEN"),
             ("FRA", "BELROUQUIER", "VELSAR"), ("NLD", "HUIKERINK", "DAAN")]


def mrz_check(s):
    w, t = [7, 3, 1], 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def gen_mrz():
    for i, (cc, sur, giv) in enumerate(MRZ_NAMES):
        lead = ["P<", "P<", "PA", "P<"][i % 4]
        line1 = lead + cc
        d = D("en", "mrz")
        d.t(["can you read this passport line?\n", "MRZ:\n", "", "ocr output:\n"][i % 4])
        d.t(line1).span("PERSON", sur).t("<<").span("PERSON", giv)
        pad = 44 - len(line1) - len(sur) - 2 - len(giv)
        d.t("<" * pad + "\n")
        num = "C%02dX%05d" % (rng.randint(0, 99), rng.randint(0, 99999))
        birth = "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))
        exp = "3%d%02d%02d" % (rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28))
        l2 = num + mrz_check(num) + cc
        d.t(l2).span("DATE_OF_BIRTH", birth)
        rest = mrz_check(birth) + rng.choice("MF") + exp + mrz_check(exp)
        rest += "<" * (44 - len(l2) - 6 - len(rest) - 2) + "<0"
        d.t(rest + "\n").done()


CAPS_NEG = [
    ("NEG_TERM", "Log says:\n{}\nthen it stopped.", "WARNING: DISK FULL"),
    ("NEG_PLACE", "Shipping from {} next week.", "NEW YORK"),
    ("NEG_PLACE", "Office moved to {}.", "SAN FRANCISCO"),
    ("NEG_TERM", "The banner says {} and I can't log in.", "GRACE PERIOD EXPIRED"),
    ("NEG_TERM", "Set the fan to {} please.", "MAX POWER"),
    ("NEG_TERM", "Heading:\n{}\n- fixed login", "RELEASE NOTES"),
    ("NEG_TERM", "It printed {} twice.", "ERROR: CONNECTION REFUSED"),
    ("NEG_PLACE", "Destination: {}\n", "BERLIN, GERMANY"),
    ("NEG_PLACE", "Ship to {} by Friday.", "PARIS, FRANCE"),
    ("NEG_PLACE", "Sede: {}\n", "ROMA, ITALIA"),
    ("NEG_TERM", "Subject: {}\n", "ANNUAL GENERAL MEETING"),
    ("NEG_TERM", "Please read: {}", "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG"),
    ("NEG_TERM", "My boss wrote {} in the chat.", "I NEED THIS FIXED TODAY"),
    ("NEG_PRODUCT", "The case is {} finish.", "ROSE GOLD"),
    ("NEG_TERM", "Section {} of the contract", "BILL OF MATERIALS"),
    ("NEG_ORG", "Invoice from {} received.", "MARKETING TEAM"),
    ("NEG_TERM", "Achtung: {}\n", "NICHT BERÜHREN"),
    ("NEG_TERM", "Affiche : {}\n", "DÉFENSE DE FUMER"),
    ("NEG_TERM", "Aviso: {}\n", "PROHIBIDO EL PASO"),
    ("NEG_TERM", "C++ template: {}\n", "std::vector<std::map<int,int>>"),
    ("NEG_PLACE", "Venue: {}\n", "SANTA MARIA NOVELLA"),
    ("NEG_TERM", "Status: {}\n", "PENDING REVIEW"),
]


def gen_caps_neg():
    for lab, tpl, v in CAPS_NEG:
        a, b = tpl.split("{}")
        D("en", "caps_neg").t(a).span(lab, v).t(b).done()


gen_lower_lists()
gen_lower_neg()
gen_code()
gen_code_neg()
gen_caps()
gen_mrz()
gen_caps_neg()
write_json(records)
