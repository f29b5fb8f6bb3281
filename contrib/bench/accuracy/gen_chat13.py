#!/usr/bin/env python3
"""gen_chat13.py: names that still left or were wrongly masked in chat and form text (issue 15,
branch `chat13`).

Written from the shapes a probe of `hush scan` found wrong on main (casual12's corpus had some of
them and left them), in en/de/fr/nl/es/it/pt, real and invented (syllable) names, in several
containers (Slack and Teams exports, tickets, forms, JSON bodies pasted in a prompt):
- `handles`: a list of lower-case @-handles (`@maria, @jonas can you review`, `@maria @jonas`,
  `@maria, @jonas and @lena`), the first one before a comma;
- `slack`: Slack's `<@U024BE7LH|maria>` mention form (lower or capitalised, one or two words);
- `capshyph`: names in capitals joined by U+2010 or U+2011 (`MARIA‐LUISA KELLER`,
  `JONAS KELLER‑BRAUN`) after a label;
- `relation`: invented names after relation nouns and addressing verbs (`my colleague Brenwick
  said`, `tell Ondrash I'm late`, `mein Kollege Winkel`, `dis à Belquet`);
- `labelverb`: a lower-case name after a label with a verb (`Customer called: maria keller`);
- `airline`: surname-comma-given-title order (`Passenger WEBER, JONAS MR`);
- `acad`: German/Austrian academic titles between a courtesy title and the name (`Herr Dipl.-Ing.
  Jonas Weber`, `Frau Dr. med. Anna Keller`, `Herrn Prof. Dr.-Ing. Weber`, `Mag. Ing.`);
- `firm`: firms that read as people (surname + trade word + legal form, `Bäckerei Schmidt`,
  `Müller & Söhne KG`, `Rossi Costruzioni S.r.l.`), NEG_ORG, half beside a person of the same
  surname.
Look-alikes (NEG_*): `@here`, `@channel`, `<!subteam^S0|devs>`, `<!here>`, bot handles
(`@dependabot`, `@jenkins`), `tell git to`, `my colleague's PR`, `my colleague from sales`, product
names in capitals, academic degrees alone (`Dipl.-Ing. (FH)` in a CV heading), labels with a verb
before a thing (`Customer called: about the invoice`), airline fare lines.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 13)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["maria", "priya", "siobhan", "rebecca", "oliver", "hannah", "chidi", "tomasz"],
    "de": ["jonas", "ulrike", "matthias", "sabine", "jürgen", "katrin", "tobias", "lena"],
    "fr": ["élodie", "mathieu", "camille", "sébastien", "aurélie", "benoît", "claire", "julien"],
    "nl": ["anouk", "pieter", "femke", "joost", "marloes", "wouter", "sanne", "bram"],
    "es": ["javier", "lucía", "álvaro", "pilar", "sergio", "rodrigo", "carmen", "iñigo"],
    "it": ["giulia", "matteo", "chiara", "davide", "federica", "simone", "lorenzo", "alessandra"],
    "pt": ["joão", "beatriz", "tiago", "inês", "mariana", "gonçalo", "leonor", "rui"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Sharma", "Whitcombe", "Ashworth", "Fletcher", "Doyle"],
    "de": ["Keller", "Weber", "Brandstätter", "Vogel", "Lindner", "Krause", "Schmidt"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Martin"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Smit", "Dekker"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "Vidal", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa"],
}
HYPH = ["\u2010", "\u2011"]


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2)) + rng.choice(("a", "o", "e", "i", ""))
        if w not in LEX and len(w) >= 5:
            return w


def invent_sur(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 5:
            return w.capitalize()


def given(lg, real=None):
    if real is None:
        real = rng.random() < 0.6
    return rng.choice(GIVEN[lg]) if real else invent(lg)


def surname(lg, real=None):
    if real is None:
        real = rng.random() < 0.6
    return rng.choice(SURNAME[lg]) if real else invent_sur(lg)


def uid(head="U"):
    return head + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


class D(Doc):
    records = records

    def slot(self, key, kw):
        lab, v = kw[key]
        if lab:
            self.span(lab, v)
        else:
            self.t(v)


ASK = {"en": " can you review #4821?", "de": " könnt ihr #4821 reviewen?",
       "fr": " vous pouvez relire la #4821 ?", "nl": " kunnen jullie #4821 reviewen?",
       "es": " ¿podéis revisar la #4821?", "it": " potete fare review della #4821?",
       "pt": " podem rever o #4821?"}
CONJ = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}


def handles(lg):
    a = given(lg, True)
    b = given(lg)
    while b == a:
        b = given(lg)
    d = D(lg, "handles")
    k = rng.randrange(5)
    if k == 3:
        d.t('{"type":"message","user":"' + uid() + '","text":"')
    elif k == 4:
        d.t("[09:%02d] " % rng.randint(10, 59)).span("PERSON", surname(lg, True)).t(": ")
    d.t("@").span("PERSON", a).t(rng.choice([", @", " @", ",@"])).span("PERSON", b)
    if rng.random() < 0.4:
        c = given(lg, True)
        while c in (a, b):
            c = given(lg, True)
        d.t(" " + CONJ[lg] + " @").span("PERSON", c)
    d.t(ASK[lg])
    if k == 3:
        d.t('","ts":"1712131415.000200"}')
    d.done()


def handles_neg(lg):
    d = D(lg, "handles_neg")
    k = rng.randrange(5)
    if k == 0:
        d.t("@").span("NEG_TERM", rng.choice(["here", "channel", "everyone"])).t(", @").span(
            "NEG_PRODUCT", rng.choice(["dependabot", "renovate", "jenkins"])).t(ASK[lg])
    elif k == 1:
        d.t("<!").span("NEG_TERM", rng.choice(["here", "channel"])).t("> deploy freeze at 6")
    elif k == 2:
        d.t("<!subteam^" + uid("S") + "|").span("NEG_ORG", rng.choice(
            ["devs", "oncall", "backend-team", "sre"])).t(">" + ASK[lg])
    elif k == 3:
        d.t("@").span("NEG_PRODUCT", rng.choice(["github-actions", "codecov", "sonarcloud"]))
        d.t(" commented on #4821")
    else:
        d.t("<@").span("NEG_CODE", uid()).t("> joined the channel")
    d.done()


def slack(lg):
    d = D(lg, "slack")
    k = rng.randrange(4)
    if k == 0:
        v = given(lg)
    elif k == 1:
        v = given(lg, True).capitalize()
    elif k == 2:
        v = given(lg, True).capitalize() + " " + surname(lg)
    else:
        v = given(lg, True) + "." + surname(lg).lower()
    if rng.random() < 0.5:
        d.t('{"user":"' + uid() + '","text":"<@' + uid() + "|").span("PERSON", v)
        d.t('> ' + ASK[lg].strip() + '"}')
    else:
        d.t("<@" + uid() + "|").span("PERSON", v).t(">" + ASK[lg])
    d.done()


LABEL = {"en": ["NAME: ", "CUSTOMER: ", "PASSENGER: ", "Contact: "],
         "de": ["NAME: ", "KUNDE: ", "Ansprechpartner: "],
         "fr": ["NOM : ", "CLIENT : ", "Titulaire : "],
         "nl": ["NAAM: ", "KLANT: ", "Contactpersoon: "],
         "es": ["NOMBRE: ", "CLIENTE: ", "Titular: "],
         "it": ["NOME: ", "CLIENTE: ", "Intestatario: "],
         "pt": ["NOME: ", "CLIENTE: ", "Titular: "]}
DOUBLE = {"en": ["MARY", "ANNE", "SARAH"], "de": ["MARIA", "HANS", "KARL", "ANNA"],
          "fr": ["JEAN", "MARIE", "ANNE"], "nl": ["JAN", "ANNA", "MARIE"],
          "es": ["MARÍA", "JOSÉ", "ANA"], "it": ["GIAN", "ANNA", "MARIA"],
          "pt": ["MARIA", "JOÃO", "ANA"]}
SECOND = ["LUISA", "PIERRE", "CLAIRE", "SOPHIE", "PETER", "MARIE", "LUIS", "CARLO"]


def capshyph(lg):
    d = D(lg, "capshyph")
    h = rng.choice(HYPH)
    k = rng.randrange(3)
    if k == 0:
        v = rng.choice(DOUBLE[lg]) + h + rng.choice(SECOND) + " " + surname(lg).upper()
    elif k == 1:
        v = given(lg, True).upper() + " " + surname(lg, True).upper() + h + surname(lg).upper()
    else:
        v = surname(lg).upper() + h + surname(lg, True).upper() + ", " + rng.choice(DOUBLE[lg])
    if rng.random() < 0.3:
        d.t("Ticket #%d\n" % rng.randint(1000, 99999))
    d.t(rng.choice(LABEL[lg])).span("PERSON", v).t("\nSTATUS: OPEN")
    d.done()


REL = {
    "en": ["my colleague {A} said it's fine", "tell {A} I'm late", "my boss {A} signed off",
           "ask {A} to send the logs", "my neighbour {A} has the key", "remind {A} about friday",
           "my flatmate {A} will pick it up", "let {A} know the build is green"],
    "de": ["mein Kollege {A} meinte, das passt", "sag {A}, dass ich später komme",
           "meine Chefin {A} hat unterschrieben", "frag {A} nach den Logs",
           "mein Nachbar {A} hat den Schlüssel"],
    "fr": ["mon collègue {A} dit que c'est bon", "dis à {A} que je suis en retard",
           "ma cheffe {A} a validé", "demande à {A} d'envoyer les logs",
           "mon voisin {A} a la clé"],
    "nl": ["mijn collega {A} zei dat het goed is", "zeg tegen {A} dat ik later ben",
           "mijn baas {A} heeft getekend", "vraag {A} om de logs", "mijn buurman {A} heeft de sleutel"],
    "es": ["mi compañero {A} dice que vale", "dile a {A} que llego tarde",
           "mi jefa {A} lo firmó", "pídele a {A} los logs", "mi vecino {A} tiene la llave"],
    "it": ["il mio collega {A} dice che va bene", "di' a {A} che arrivo tardi",
           "la mia capa {A} ha firmato", "chiedi a {A} i log", "il mio vicino {A} ha la chiave"],
    "pt": ["o meu colega {A} diz que está bem", "diz ao {A} que chego tarde",
           "a minha chefe {A} assinou", "pede ao {A} os logs", "o meu vizinho {A} tem a chave"],
}
REL_NEG = {
    "en": ["tell {A} to ignore the file", "my colleague's {A} broke the build",
           "my colleague from {A} said it's fine", "ask {A} to rebase it",
           "tell {A} to use the proxy"],
    "de": ["sag {A}, dass es die Datei ignoriert", "mein Kollege aus dem {A} meinte, das passt"],
    "fr": ["dis à {A} d'ignorer le fichier", "mon collègue du {A} dit que c'est bon"],
    "nl": ["zeg tegen {A} dat het bestand genegeerd wordt", "mijn collega van {A} zei het"],
    "es": ["dile a {A} que ignore el fichero", "mi compañero de {A} dice que vale"],
    "it": ["di' a {A} di ignorare il file", "il mio collega del {A} dice che va bene"],
    "pt": ["diz ao {A} para ignorar o ficheiro", "o meu colega de {A} diz que está bem"],
}
NEG_THINGS = {"en": ["git", "npm", "docker", "the linter", "PR", "Marketing", "Sales"],
              "de": ["git", "Vertrieb", "Marketing", "Einkauf"],
              "fr": ["git", "marketing", "support"], "nl": ["git", "Verkoop", "Marketing"],
              "es": ["git", "Ventas", "Marketing"], "it": ["git", "marketing", "supporto"],
              "pt": ["git", "Vendas", "Marketing"]}


def relation(lg):
    v = invent(lg)
    if rng.random() < 0.6:
        v = v.capitalize()
    D(lg, "relation").fill(rng.choice(REL[lg]), A=("PERSON", v)).done()


def relation_neg(lg):
    t = rng.choice(REL_NEG[lg])
    if "'s {A}" in t:
        w = rng.choice(["PR", "commit", "script", "branch"])
    else:
        w = rng.choice(NEG_THINGS[lg])
    D(lg, "relation_neg").fill(t, A=("NEG_TERM", w)).done()


LV = {"en": ["Customer called: ", "Caller said: ", "Visitor signed in: ", "Driver reported: "],
      "de": ["Kunde rief an: ", "Anrufer meldet: ", "Besucher angemeldet: "],
      "fr": ["Client a appelé : ", "Appelant signale : ", "Visiteur enregistré : "],
      "nl": ["Klant belde: ", "Beller meldt: ", "Bezoeker aangemeld: "],
      "es": ["Cliente llamó: ", "Llamante indica: ", "Visitante registrado: "],
      "it": ["Cliente ha chiamato: ", "Chiamante segnala: ", "Visitatore registrato: "],
      "pt": ["Cliente ligou: ", "Chamador informa: ", "Visitante registado: "]}
LV_TAIL = {"en": " re invoice 4471", "de": " wegen Rechnung 4471", "fr": " pour la facture 4471",
           "nl": " over factuur 4471", "es": " por la factura 4471", "it": " per la fattura 4471",
           "pt": " sobre a fatura 4471"}
LV_NEG = {"en": ["about the invoice", "wants a refund", "no answer", "line busy"],
          "de": ["wegen der rechnung", "möchte rückruf", "keine antwort"],
          "fr": ["pour la facture", "veut un remboursement", "pas de réponse"],
          "nl": ["over de factuur", "wil terugbellen", "geen antwoord"],
          "es": ["por la factura", "quiere reembolso", "sin respuesta"],
          "it": ["per la fattura", "vuole un rimborso", "nessuna risposta"],
          "pt": ["sobre a fatura", "quer reembolso", "sem resposta"]}


def labelverb(lg):
    d = D(lg, "labelverb")
    v = given(lg) + " " + surname(lg).lower()
    if rng.random() < 0.3:
        d.t('{"note": "')
        d.t(rng.choice(LV[lg])).span("PERSON", v).t(LV_TAIL[lg] + '"}')
    else:
        d.t("Ticket #%d\n" % rng.randint(1000, 99999) + rng.choice(LV[lg])).span("PERSON", v)
        d.t(LV_TAIL[lg])
    d.done()


def labelverb_neg(lg):
    d = D(lg, "labelverb_neg")
    d.t(rng.choice(LV[lg])).span("NEG_TERM", rng.choice(LV_NEG[lg]))
    d.done()


PAX = {"en": ["Passenger ", "PAX ", "Traveller: "], "de": ["Passagier ", "Reisender: "],
       "fr": ["Passager ", "Voyageur : "], "nl": ["Passagier ", "Reiziger: "],
       "es": ["Pasajero ", "Viajero: "], "it": ["Passeggero ", "Viaggiatore: "],
       "pt": ["Passageiro ", "Viajante: "]}
TITLE = ["MR", "MRS", "MS", "MISS", "DR", "MSTR"]


def airline(lg):
    d = D(lg, "airline")
    v = surname(lg).upper() + ", " + given(lg).upper()
    k = rng.randrange(3)
    if k == 0:
        d.t(rng.choice(PAX[lg])).span("PERSON", v).t(" " + rng.choice(TITLE))
        d.t("  SEAT %d%s" % (rng.randint(1, 40), rng.choice("ABCDEF")))
    elif k == 1:
        d.t("Booking ref %s\n" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
        d.t(rng.choice(PAX[lg])).span("PERSON", v).t(" " + rng.choice(TITLE) + "\n")
        d.t("FRA-LIS LH1166 12MAR")
    else:
        d.t(rng.choice(PAX[lg]) + "1: ").span("PERSON", v).t(" " + rng.choice(TITLE) + ", ")
        d.t(rng.choice(PAX[lg]) + "2: ").span("PERSON", surname(lg).upper() + ", " +
                                               given(lg).upper()).t(" " + rng.choice(TITLE))
    d.done()


def airline_neg(lg):
    d = D(lg, "airline_neg")
    k = rng.randrange(3)
    if k == 0:
        d.t(rng.choice(PAX[lg])).span("NEG_TERM", "ADULT, ECONOMY").t(" " + "CLASS Y")
    elif k == 1:
        d.t("Fare basis ").span("NEG_CODE", "YLOWEU, BAGGAGE 1PC").t(" MR")
    else:
        d.t("Route ").span("NEG_PLACE", rng.choice(["FRANKFURT, LISBON", "MADRID, PORTO",
                                                    "PARIS, MILAN"])).t(" DIRECT")
    d.done()


ACAD = ["Dipl.-Ing.", "Dipl.-Kfm.", "Dr. med.", "Dr. rer. nat.", "Prof. Dr.-Ing.", "Mag.",
        "Ing.", "Dipl.-Ing. (FH)", "Dr. med. dent.", "Dipl.-Psych.", "Dr. phil.", "Mag. iur."]
COURT = ["Herr ", "Herrn ", "Frau ", "Sehr geehrter Herr ", "Sehr geehrte Frau "]
GIVEN_CAP = ["Jonas", "Anna", "Katrin", "Matthias", "Ulrike", "Tobias", "Sabine", "Lena"]


def acad(lg):
    d = D("de", "acad")
    k = rng.randrange(4)
    sur = surname("de")
    c = rng.choice(COURT)
    if k == 0:
        d.t(c + rng.choice(ACAD) + " ").span("PERSON", rng.choice(GIVEN_CAP) + " " + sur)
        d.t(",\n" if c.startswith("Sehr") else " hat angerufen.")
    elif k == 1:
        d.t(c + rng.choice(ACAD) + " ").span("PERSON", sur).t(",\nvielen Dank für Ihre Nachricht.")
    elif k == 2:
        d.t("Ansprechpartner: " + c.strip().split()[-1] + " " + rng.choice(ACAD) + " ")
        d.span("PERSON", rng.choice(GIVEN_CAP) + " " + sur).t("\nTel. intern 4412")
    else:
        d.t('{"contact": "' + c.strip().split()[-1] + " " + rng.choice(ACAD) + " ")
        d.span("PERSON", rng.choice(GIVEN_CAP) + " " + sur).t('", "dept": "Technik"}')
    d.done()


def acad_neg(lg):
    d = D("de", "acad_neg")
    k = rng.randrange(4)
    if k == 0:
        d.t("Lebenslauf\n\nAusbildung\n").span("NEG_TERM", rng.choice(
            ["Dipl.-Ing. (FH)", "Dipl.-Kfm.", "Mag. rer. soc. oec.", "Dr. rer. nat."]))
        d.t(" Maschinenbau, 2009")
    elif k == 1:
        d.t("Abschluss: ").span("NEG_TERM", rng.choice(["Dipl.-Ing.", "Dr. med.", "Mag. iur."]))
        d.t(" (Note 1,7)")
    elif k == 2:
        d.t("Gesucht: ").span("NEG_TERM", "Dipl.-Ing. (FH)").t(" Elektrotechnik (m/w/d)")
    else:
        d.t("Titel: ").span("NEG_TERM", rng.choice(["Prof. Dr.-Ing.", "Dipl.-Psych.", "Ing."]))
        d.t("\nAnrede: Herr")
    d.done()


TRADE = {"en": ["PLUMBING", "Roofing", "Logistics"], "de": ["HAUSTECHNIK", "Elektro", "Bau"],
         "fr": ["Transports", "BÂTIMENT", "Plomberie"], "nl": ["Transport", "BOUW", "Installatie"],
         "es": ["Construcciones", "REFORMAS", "Transportes"],
         "it": ["Costruzioni", "IMPIANTI", "Trasporti"],
         "pt": ["Construções", "ENGENHARIA", "Transportes"]}
LEGAL = {"en": ["Ltd", "LLC"], "de": ["GmbH", "KG", "GmbH & Co. KG"], "fr": ["SARL", "SAS"],
         "nl": ["B.V.", "BV"], "es": ["S.L.", "S.A."], "it": ["S.r.l.", "S.p.A."],
         "pt": ["Lda.", "S.A."]}
SHOP = {"en": ["{S} Bakery", "{S} & Sons Ltd"], "de": ["Bäckerei {S}", "{S} & Söhne KG"],
        "fr": ["Boulangerie {S}", "{S} & Fils SARL"], "nl": ["Bakkerij {S}", "{S} & Zonen B.V."],
        "es": ["Panadería {S}", "{S} e Hijos S.L."], "it": ["Panificio {S}", "{S} & Figli S.r.l."],
        "pt": ["Padaria {S}", "{S} & Filhos Lda."]}
FIRM_CTX = {"en": "invoice from {F} is overdue", "de": "Rechnung von {F} ist überfällig",
            "fr": "la facture de {F} est en retard", "nl": "factuur van {F} is te laat",
            "es": "la factura de {F} está vencida", "it": "la fattura di {F} è scaduta",
            "pt": "a fatura da {F} está em atraso"}
PRODUCTS = ["KELLER 3000", "BOSCH GSR 18V", "WEBER SPIRIT E-315", "MIELE WWD 320",
            "ROSSI CLASSIC 2", "SILVA TRAIL PRO"]


def firm(lg):
    d = D(lg, "firm")
    s = surname(lg)
    k = rng.randrange(3)
    if k == 0:
        t = rng.choice(TRADE[lg])
        f = (s.upper() if t.isupper() else s) + " " + t + " " + rng.choice(LEGAL[lg])
    elif k == 1:
        f = rng.choice(SHOP[lg]).replace("{S}", s)
    else:
        f = s.upper() + " " + rng.choice(TRADE[lg]).upper() + " " + rng.choice(LEGAL[lg])
    D.fill(d, FIRM_CTX[lg], F=("NEG_ORG", f))
    if rng.random() < 0.5:
        d.t(", contact: ").span("PERSON", given(lg, True).capitalize() + " " + s)
    if rng.random() < 0.3:
        d.t(". The ").span("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" was not delivered")
    d.done()


for i in range(448):
    lg = LANGS[i % 7]
    [handles, handles_neg, slack, capshyph, relation, relation, relation_neg, labelverb,
     labelverb_neg, airline, airline_neg, acad, acad_neg, firm, handles, slack][(i // 7) % 16](lg)

write_json(records)
