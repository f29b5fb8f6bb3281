#!/usr/bin/env python3
"""gen_casual12.py: people in casual chat text, and firms that read as people (branch `casual12`).

Written from how people type in Slack, Teams, Discord, WhatsApp exports and SMS, in
en/de/fr/nl/es/it/pt, with real given names (lower case, as typed) and invented ones (syllables):
- two lower-case names joined by a conjunction after a cue ("meeting with maria and jonas",
  "ask priya or tomasz", "maria & jonas", "treffen mit lena und jonas");
- mentions ("@maria, @jonas can you review", "cc @priya.sharma", Slack's "<@U123ABC|maria>");
- names with U+2010/U+2011 hyphens or an en dash, all-caps full names after a ticket label,
  U+00A0 between given name and surname;
- lower-case greetings and sign-offs ("hey maria,", "thx, jonas", "cheers -- priya"), names after
  a relation noun ("my colleague maria") or an addressing verb ("tell jonas", "thanks to priya");
- WhatsApp export lines ("[12/03/24, 09:14] maria: ...");
- firms that read as people: a surname, a trade word and a legal form ("KELLER HAUSTECHNIK
  GmbH", "Bakker Transport B.V.", "Rossi S.r.l.") labelled NEG_ORG, some beside the same
  surname as a person's;
- look-alikes in the same slots: teams ("meeting with sales and marketing"), "@here",
  "@channel", npm scopes ("@types/node", "@angular/core"), models ("ask gpt or claude"), hosts
  ("ping google.com"), a product in capitals, all-caps headings and RFC words (NEG_TERM,
  NEG_ORG, NEG_PRODUCT).
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
    "en": ["priya", "jonas", "siobhan", "rebecca", "oliver", "hannah", "chidi", "tomasz"],
    "de": ["jonas", "ulrike", "matthias", "sabine", "jürgen", "katrin", "tobias", "lena"],
    "fr": ["élodie", "mathieu", "camille", "sébastien", "aurélie", "benoît", "claire", "julien"],
    "nl": ["anouk", "pieter", "femke", "joost", "marloes", "wouter", "sanne", "bram"],
    "es": ["javier", "lucía", "álvaro", "pilar", "sergio", "rodrigo", "carmen", "iñigo"],
    "it": ["giulia", "matteo", "chiara", "davide", "federica", "simone", "lorenzo", "alessandra"],
    "pt": ["joão", "beatriz", "tiago", "inês", "mariana", "gonçalo", "leonor", "rui"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Sharma", "Whitcombe", "Ashworth", "Fletcher", "Doyle"],
    "de": ["Keller", "Hoffmann", "Brandstätter", "Vogel", "Lindner", "Krause", "Braun"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Martin"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Smit", "Dekker"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "Vidal", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa"],
}
TRADE = {
    "en": ["Plumbing", "Logistics", "Roofing", "Consulting"],
    "de": ["Haustechnik", "Bau", "Elektrotechnik", "Logistik"],
    "fr": ["Transports", "Bâtiment", "Conseil", "Plomberie"],
    "nl": ["Transport", "Bouw", "Installatietechniek", "Logistiek"],
    "es": ["Construcciones", "Transportes", "Asesores", "Reformas"],
    "it": ["Costruzioni", "Trasporti", "Impianti", "Consulenze"],
    "pt": ["Construções", "Transportes", "Consultoria", "Engenharia"],
}
LEGAL = {"en": ["Ltd", "Ltd.", "LLC", "Inc."], "de": ["GmbH", "KG", "GmbH & Co. KG", "AG"],
         "fr": ["SARL", "SAS", "S.A."], "nl": ["B.V.", "BV", "N.V."],
         "es": ["S.L.", "S.A.", "SL"], "it": ["S.r.l.", "S.p.A.", "Srl"],
         "pt": ["Lda.", "S.A.", "Lda"]}
CONJ = {"en": ["and", "or", "&"], "de": ["und", "oder", "&"], "fr": ["et", "ou", "&"],
        "nl": ["en", "of", "&"], "es": ["y", "o", "&"], "it": ["e", "o", "&"],
        "pt": ["e", "ou", "&"]}
PAIR_CUE = {
    "en": ["meeting with {A} {C} {B} tomorrow", "ask {A} {C} {B} about the release",
           "lunch with {A} {C} {B} at 1?", "call with {A} {C} {B} moved to 3pm",
           "ping {A} {C} {B} when it's merged", "{A} {C} {B} are out today"],
    "de": ["treffen mit {A} {C} {B} morgen", "frag {A} {C} {B} wegen dem release",
           "call mit {A} {C} {B} verschoben", "{A} {C} {B} sind heute krank"],
    "fr": ["réunion avec {A} {C} {B} demain", "demande à {A} {C} {B} pour la release",
           "déjeuner avec {A} {C} {B} à midi"],
    "nl": ["overleg met {A} {C} {B} morgen", "vraag {A} {C} {B} even naar de release",
           "lunch met {A} {C} {B} om 12"],
    "es": ["reunión con {A} {C} {B} mañana", "pregunta a {A} {C} {B} por la release",
           "comida con {A} {C} {B} a las 2"],
    "it": ["riunione con {A} {C} {B} domani", "chiedi a {A} {C} {B} per la release",
           "pranzo con {A} {C} {B} alle 13"],
    "pt": ["reunião com {A} {C} {B} amanhã", "pergunta ao {A} {C} {B} sobre a release",
           "almoço com {A} {C} {B} às 13h"],
}
TEAMS = {"en": ["sales", "marketing", "legal", "finance", "support", "ops"],
         "de": ["vertrieb", "marketing", "buchhaltung", "support"],
         "fr": ["ventes", "marketing", "compta", "support"],
         "nl": ["verkoop", "marketing", "boekhouding", "support"],
         "es": ["ventas", "marketing", "contabilidad", "soporte"],
         "it": ["vendite", "marketing", "contabilità", "supporto"],
         "pt": ["vendas", "marketing", "contabilidade", "suporte"]}
GREET = {
    "en": ["hey {A}, can you look at the build?", "thx, {A}", "cheers -- {A}",
           "thanks to {A} for the fix", "my colleague {A} will send it", "tell {A} to call me",
           "my manager {A} approved it", "my wife {A} is picking it up", "ok thx {A}!"],
    "de": ["hey {A}, kannst du kurz schauen?", "danke, {A}", "grüße -- {A}",
           "mein kollege {A} schickt es dir", "sag {A} bescheid"],
    "fr": ["salut {A}, tu peux regarder ?", "merci, {A}", "bises -- {A}",
           "mon collègue {A} t'envoie ça", "dis à {A} de rappeler"],
    "nl": ["hoi {A}, kun je even kijken?", "dank, {A}", "groetjes -- {A}",
           "mijn collega {A} stuurt het", "zeg tegen {A} dat het klaar is"],
    "es": ["hola {A}, ¿puedes mirar?", "gracias, {A}", "saludos -- {A}",
           "mi compañero {A} lo envía", "dile a {A} que llame"],
    "it": ["ciao {A}, puoi guardare?", "grazie, {A}", "saluti -- {A}",
           "il mio collega {A} lo manda", "dici a {A} di chiamare"],
    "pt": ["olá {A}, podes ver?", "obrigado, {A}", "abraço -- {A}",
           "o meu colega {A} envia", "diz ao {A} para ligar"],
}
MSGS = {"en": "ok see you at 10", "de": "ok bis gleich", "fr": "ok à tout à l'heure",
        "nl": "ok tot zo", "es": "vale, hasta luego", "it": "ok a dopo", "pt": "ok até já"}
LABEL = {"en": "CUSTOMER: ", "de": "KUNDE: ", "fr": "CLIENT : ", "nl": "KLANT: ",
         "es": "CLIENTE: ", "it": "CLIENTE: ", "pt": "CLIENTE: "}
HYPH = ["\u2010", "\u2011", "\u2013"]


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2)) + rng.choice(("a", "o", "e", "i"))
        if w not in LEX and len(w) >= 4:
            return w


def given(lg, real=None):
    if real is None:
        real = rng.random() < 0.7
    return rng.choice(GIVEN[lg]) if real else invent(lg)


def surname(lg):
    return rng.choice(SURNAME[lg]) if rng.random() < 0.7 else invent(lg).capitalize()


class D(Doc):
    records = records

    def slot(self, key, kw):
        lab, v = kw[key]
        if lab:
            self.span(lab, v)
        else:
            self.t(v)


def pair(lg):
    a = given(lg)
    b = given(lg)
    while b == a:
        b = given(lg)
    D(lg, "pair").fill(rng.choice(PAIR_CUE[lg]), A=("PERSON", a), C=("", rng.choice(CONJ[lg])),
                       B=("PERSON", b)).done()


def pair_neg(lg):
    a, b = rng.sample(TEAMS[lg], 2)
    D(lg, "pair_neg").fill(rng.choice(PAIR_CUE[lg]), A=("NEG_ORG", a),
                           C=("", rng.choice(CONJ[lg])), B=("NEG_ORG", b)).done()


def mention(lg):
    a, b = given(lg, True), given(lg)
    k = rng.randrange(4)
    d = D(lg, "mention")
    if k == 0:
        d.t("@").span("PERSON", a).t(", @").span("PERSON", b).t(" can you review #4821?")
    elif k == 1:
        d.t("cc @").span("PERSON", a + "." + surname(lg).lower()).t(" fyi")
    elif k == 2:
        uid = "U" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        d.t("<@" + uid + "|").span("PERSON", a).t("> can you check the deploy?")
    else:
        d.t("@").span("PERSON", a).t(" @").span("PERSON", b).t(" standup in 5")
    d.done()


def mention_neg(lg):
    d = D(lg, "mention_neg")
    k = rng.randrange(4)
    if k == 0:
        d.t("@").span("NEG_TERM", rng.choice(["here", "channel", "everyone"])).t(
            " deploy freeze starts at 6")
    elif k == 1:
        d.t("npm i -D ").span("NEG_PRODUCT", rng.choice(["@types/node", "@types/react"])).t(
            " fixed it")
    elif k == 2:
        d.t("bump ").span("NEG_PRODUCT", rng.choice(["@angular/core", "@vue/cli", "@nestjs/core"]))
        d.t(" to the next major")
    else:
        d.t("ask ").span("NEG_PRODUCT", "gpt").t(" or ").span("NEG_PRODUCT", "claude").t(
            " for a summary")
    d.done()


def hyphen(lg):
    d = D(lg, "hyphen")
    k = rng.randrange(4)
    h = rng.choice(HYPH)
    if k == 0:
        d.t(LABEL[lg]).span("PERSON", given(lg, True).upper() + h + surname(lg).upper())
    elif k == 1:
        g = rng.choice(["Anne", "Marie", "Jean", "Hans", "Eva", "Ana"])
        d.span("PERSON", g + "\u2011" + rng.choice(["Sophie", "Luise", "Pierre", "Claire"]) + " "
               + surname(lg)).t(" " + MSGS[lg])
    elif k == 2:
        d.t(LABEL[lg]).span("PERSON", given(lg, True).capitalize() + " " + surname(lg) + h +
                            surname(lg))
    else:
        d.t(LABEL[lg]).span("PERSON", given(lg, True).capitalize() + "\u00a0" + surname(lg))
    d.done()


def caps(lg):
    d = D(lg, "caps")
    d.t(LABEL[lg]).span("PERSON", given(lg, True).upper() + " " + surname(lg).upper())
    d.t("\nSTATUS: OPEN")
    d.done()


def caps_neg(lg):
    d = D(lg, "caps_neg")
    k = rng.randrange(3)
    if k == 0:
        d.span("NEG_TERM", rng.choice(["CUSTOMER SUPPORT TEAM", "BILLING DEPARTMENT",
                                       "SERVICE DESK"])).t("\nplease reply within 24h")
    elif k == 1:
        d.t("Clients ").span("NEG_TERM", "MUST NOT").t(" send the token twice.")
    else:
        d.t("the ").span("NEG_PRODUCT", "KELLER").t(" 3000 pump is out of stock")
    d.done()


def greet(lg):
    D(lg, "greet").fill(rng.choice(GREET[lg]), A=("PERSON", given(lg))).done()


def whatsapp(lg):
    d = D(lg, "whatsapp")
    a, b = given(lg), given(lg)
    day, mon = rng.randint(1, 28), rng.randint(1, 12)
    d.t("[%02d/%02d/24, 09:%02d] " % (day, mon, rng.randint(10, 59))).span("PERSON", a)
    d.t(": " + MSGS[lg] + "\n[%02d/%02d/24, 09:%02d] " % (day, mon, rng.randint(10, 59)))
    d.span("PERSON", b).t(": 👍")
    d.done()


def firm(lg):
    d = D(lg, "firm")
    s = rng.choice(SURNAME[lg])
    name = s + " " + rng.choice(TRADE[lg]) + " " + rng.choice(LEGAL[lg])
    k = rng.randrange(4)
    if k == 0:
        name = name.upper().replace("GMBH", "GmbH")
    if k == 3:
        name = s + {"de": " & Söhne KG", "es": " y Asociados S.L.", "it": " & Figli S.r.l.",
                    "fr": " & Fils SARL", "nl": " & Zonen B.V.", "pt": " & Filhos Lda.",
                    "en": " & Sons Ltd"}[lg]
    d.t("invoice from ").span("NEG_ORG", name).t(" is overdue")
    if rng.random() < 0.5:
        d.t(", contact: ").span("PERSON", given(lg, True).capitalize() + " " + s)
    d.done()


for i in range(420):
    lg = LANGS[i % 7]
    [pair, pair, pair_neg, mention, mention_neg, hyphen, caps, caps_neg, greet, greet, whatsapp,
     firm][(i // 7) % 12](lg)

write_json(records)
