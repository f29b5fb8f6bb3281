#!/usr/bin/env python3
"""gen_orgs39.py: firms named like people (a surname, an invented word) that the request itself
says are organisations, beside real persons in the same shapes, in kinds of text no tune set
holds (stop 39, branch `orgs39`).

Classes (en/de/fr/nl/es/it/pt wording; each firm bare, as NEG_ORG, where the request shows
elsewhere that it is a firm; each record holds persons that must stay masked):
- `firmword`: the firm once with its legal form or trade word (`Brightwater Ltd`, `Marchetti
  S.p.A.`, `Haverkamp B.V.`), then bare (`Brightwater confirmed the price`) in supplier
  due-diligence memos, investor-call notes, podcast sponsor reads, freight quotes, partnership
  notes; a person beside it (`at Brightwater, Maria Keller said`) and a person whose surname
  is the firm's (`Okafor Logistics Ltd hired Chidi Okafor`, then `Mr Okafor`: PERSON);
- `host`: the firm bare and an e-mail or web host that spells it (`quotes@velmora.de`,
  `www.tessaro.it`) in vendor onboarding mails and procurement chats; the mail's sender is a
  person whose mailbox is on that host (PERSON);
- `orgverb`: the firm bare before a word that takes organisations (`X's API`, `X's share
  price`, `X customers`, `(NASDAQ: X)`, `X Inc.'s`) in analyst notes and release notes, with
  its legal form once in the same text, and an analyst or author named in it (PERSON);
- `article`: `the X team`, `das X-Team`, `l'équipe X`, `het X-team`, `el equipo de X` with the
  firm's legal form once in the text, beside a person named `X` with a title (`Ms Brightwater`,
  `Frau Haverkamp`: PERSON).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 39)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "Chidi", "Siobhan", "Tom", "Priya", "Gareth", "Ellen"],
    "de": ["Jonas", "Katrin", "Uwe", "Svenja", "Matthias", "Ilka", "Bernd"],
    "fr": ["Aurélie", "Benoît", "Camille", "Yannick", "Odile", "Lucas", "Margaux"],
    "nl": ["Sanne", "Joost", "Femke", "Pieter", "Lotte", "Wouter", "Anouk"],
    "es": ["Lucía", "Álvaro", "Marta", "Sergio", "Irene", "Javier", "Noelia"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Elisa", "Stefano", "Marta"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Sofia", "Nuno", "Leonor"],
}
SURNAME = {
    "en": ["Keller", "Okafor", "Whitmore", "Hughes", "Patel", "Lennox", "Quinlan"],
    "de": ["Brandt", "Vogler", "Seidel", "Kranz", "Lorenz", "Hartwig", "Böhm"],
    "fr": ["Garnier", "Lemaire", "Chevalier", "Roux", "Marchand", "Fabre", "Girard"],
    "nl": ["de Graaf", "Smits", "van Dijk", "Kuipers", "Mulder", "Bakker", "Dekker"],
    "es": ["Navarro", "Ortega", "Delgado", "Romero", "Vidal", "Serrano", "Gil"],
    "it": ["Ferri", "Galli", "Conti", "Moretti", "Barbieri", "Lombardi", "Greco"],
    "pt": ["Ferreira", "Carvalho", "Rocha", "Teixeira", "Mendes", "Nunes", "Sousa"],
}
# Firm names: surnames of the seven languages used as firm names, and invented words.
FIRMS = ["Brightwater", "Okafor", "Marchetti", "Haverkamp", "Lindqvist", "Dufresne", "Castellanos",
         "Moreira", "Brennan", "Velmora", "Tessaro", "Harrowgate", "Quillon", "Weidmann",
         "Rosendahl", "Albrecht", "Villeneuve", "Ardent", "Corvina", "Halloran"]
LEGAL = {"en": ["Ltd", "Limited", "plc", "Inc", "LLC"], "de": ["GmbH", "AG", "KG"],
         "fr": ["SA", "SAS", "SARL"], "nl": ["B.V.", "N.V."], "es": ["S.L.", "S.A."],
         "it": ["S.p.A.", "S.r.l."], "pt": ["Lda.", "S.A."]}
TLD = {"en": "co.uk", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt"}


def invent(lg, sur):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2))
        w += rng.choice(END[lg]) if sur else rng.choice(("a", "o", "e", "i", ""))
        if w not in LEX and len(w) >= 5:
            return w.capitalize()


def person(lg):
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.6 else invent(lg, False)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg, True)
    return g, s


def firm_name(lg):
    return rng.choice(FIRMS) if rng.random() < 0.7 else invent(lg, True)


def ascii_fold(s):
    table = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüçñ", "aaaaaeeeeiiiiooooouuuucn")
    return s.lower().translate(table).replace(" ", "").replace("-", "")


class D(Doc):
    records = records


FIRMWORD = {  # intro with legal form, then bare firm + person + bare firm again
    "en": ("Supplier due diligence – {F} {L}\n", "Call with {F} on Monday: {P}, their finance "
           "lead, said {F} can hold the price until March.\n", "Risk: {F} has one plant only."),
    "de": ("Lieferantenprüfung – {F} {L}\n", "Telefonat am Montag: {P} (Einkauf) sagt, {F} "
           "hält den Preis bis März.\n", "Risiko: {F} hat nur ein Werk."),
    "fr": ("Audit fournisseur – {F} {L}\n", "Appel lundi : {P}, directrice financière, confirme "
           "que {F} tient le prix jusqu'en mars.\n", "Risque : {F} n'a qu'une usine."),
    "nl": ("Leveranciersonderzoek – {F} {L}\n", "Gesprek maandag: {P} (inkoop) zegt dat {F} de "
           "prijs tot maart vasthoudt.\n", "Risico: {F} heeft maar één fabriek."),
    "es": ("Evaluación de proveedor – {F} {L}\n", "Llamada el lunes: {P}, responsable de "
           "compras, dice que {F} mantiene el precio hasta marzo.\n", "Riesgo: {F} solo tiene "
           "una planta."),
    "it": ("Valutazione fornitore – {F} {L}\n", "Chiamata lunedì: {P}, responsabile acquisti, "
           "dice che {F} tiene il prezzo fino a marzo.\n", "Rischio: {F} ha un solo stabilimento."),
    "pt": ("Avaliação de fornecedor – {F} {L}\n", "Chamada na segunda: {P}, responsável de "
           "compras, diz que {F} mantém o preço até março.\n", "Risco: {F} só tem uma fábrica."),
}


def fill_firm(d, template, f, p, h=None):
    """template with {F} (the firm bare, NEG_ORG), {P} (a person, PERSON), {FL} (firm with
    its legal form, NEG_ORG), {Bbox} (box@h, EMAIL_ADDRESS)."""
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            d.t(template[i:])
            break
        d.t(template[i:j])
        k = template.index("}", j)
        key = template[j + 1:k]
        if key == "F":
            d.span("NEG_ORG", f)
        elif key == "FL":
            d.span("NEG_ORG", f + " " + rng.choice(LEGAL[d.lg]))
        elif key == "P":
            d.span("PERSON", p)
        elif key.startswith("B"):  # a role mailbox on the firm's host
            d.span("EMAIL_ADDRESS", key[1:] + "@" + h)
        else:
            raise ValueError(key)
        i = k + 1


def firmword(lg):
    d = D(lg, "firmword")
    f = firm_name(lg)
    g, s = person(lg)
    k = rng.randrange(4)
    if k == 0:  # a due-diligence memo
        head, mid, tail = FIRMWORD[lg]
        fill_firm(d, head.replace("{F} {L}", "{FL}"), f, None)
        fill_firm(d, mid + tail, f, g + " " + s)
    elif k == 1:  # an investor-call note in English, a person named like the firm
        g2 = rng.choice(GIVEN[lg])
        fill_firm(d, "Q3 call notes ({FL})\n- At {F}, {P} said churn is flat.\n", f, g + " " + s)
        d.t("- ").span("NEG_ORG", f).t(" hired ").span("PERSON", g2 + " " + f).t(" as CFO in June; Mr ")
        d.span("PERSON", f).t(" starts on the 1st.\n- ").span("NEG_ORG", f)
        d.t(" guides revenue up 4%.")
    elif k == 2:  # a podcast sponsor read
        fill_firm(d, "Show notes, episode %d. Today's episode is sponsored by {FL}. " % rng.randint(
            12, 240), f, None)
        fill_firm(d, "{F} makes invoicing boring again: go to the link below. My guest is {P}, "
                  "who left {F} last year to start a bakery.", f, g + " " + s)
    else:  # a freight quote forwarded in a chat
        fill_firm(d, "fwd: quote from {FL} for the Rotterdam lane, 2 x 40ft. ", f, None)
        fill_firm(d, "{P} thinks {F} is too expensive, can you compare {F} with the old rate "
                  "and reply to {P} by Friday?", f, g + " " + s)
    d.done()


HOST_MAIL = {
    "en": ("Hi team, we are onboarding {F} as a vendor. Contacts: {P} <{M}>, accounts at "
           "{Bbilling}. Please add {F} to the approved list."),
    "de": ("Hallo zusammen, wir legen {F} als Lieferanten an. Ansprechpartnerin: {P} <{M}>, "
           "Rechnungen an {Brechnung}. Bitte {F} freigeben."),
    "fr": ("Bonjour, nous référençons {F} comme fournisseur. Contact : {P} <{M}>, factures à "
           "{Bcompta}. Merci d'ajouter {F} à la liste."),
    "nl": ("Hoi allemaal, we nemen {F} op als leverancier. Contact: {P} <{M}>, facturen naar "
           "{Bfactuur}. Graag {F} goedkeuren."),
    "es": ("Hola, damos de alta a {F} como proveedor. Contacto: {P} <{M}>, facturas a "
           "{Bfacturas}. Por favor, aprobad a {F}."),
    "it": ("Ciao a tutti, inseriamo {F} come fornitore. Referente: {P} <{M}>, fatture a "
           "{Bfatture}. Per favore approvate {F}."),
    "pt": ("Olá, vamos registar a {F} como fornecedor. Contacto: {P} <{M}>, faturas para "
           "{Bfaturas}. Aprovem a {F}, por favor."),
}


def host(lg):
    d = D(lg, "host")
    f = firm_name(lg)
    g, s = person(lg)
    h = ascii_fold(f) + "." + TLD[lg]
    mail = ascii_fold(g) + "." + ascii_fold(s) + "@" + h
    k = rng.randrange(2)
    if k == 0:
        t = HOST_MAIL[lg]
        parts = t.split("{M}")
        fill_firm(d, parts[0], f, g + " " + s, h)
        d.span("EMAIL_ADDRESS", mail)
        fill_firm(d, parts[1], f, g + " " + s, h)
    else:  # a procurement chat: the bid came from the web form of the firm's site
        fill_firm(d, "[10:02] {P}: third bid is in, from www.%s\n[10:03] " % h, f, g + " " + s)
        g2, s2 = person(lg)
        d.span("PERSON", g2 + " " + s2).t(": ")
        fill_firm(d, "ok. {F} was late last time. ask {F} for references\n", f, None)
        fill_firm(d, "[10:05] {P}: will do", f, g + " " + s)
    d.done()


def orgverb(lg):
    d = D(lg, "orgverb")
    f = firm_name(lg)
    g, s = person(lg)
    k = rng.randrange(4)
    if k == 0:  # an analyst note
        fill_firm(d, "Analyst note by {P}. {FL} (NASDAQ: %s) beat estimates. " % f[:4].upper(),
                  f, g + " " + s)
        fill_firm(d, "{F}'s share price rose 6% and {F} customers renewed early.", f, None)
    elif k == 1:  # release notes of an integration
        fill_firm(d, "Release 4.%d: the connector for {FL} now uses {F}'s API v3. " % rng.randint(
            1, 30), f, None)
        fill_firm(d, "Thanks to {P} for the patch.", f, g + " " + s)
    elif k == 2:  # a market summary in the language of the record
        intro = {"en": "Market wrap: ", "de": "Marktbericht: ", "fr": "Point marché : ",
                 "nl": "Marktoverzicht: ", "es": "Resumen de mercado: ", "it": "Mercati: ",
                 "pt": "Resumo do mercado: "}[lg]
        d.t(intro)
        fill_firm(d, "{FL} up 3%. {F}'s stock hit a high after {P}'s upgrade.", f, g + " " + s)
    else:  # a complaint about a firm with its legal form and its bare name
        fill_firm(d, "Our contract is with {FL}. {F} support closed my ticket twice; "
                  "{P} in their team promised a call.", f, g + " " + s)
    d.done()


ARTICLE = {  # the firm team with an article, a titled namesake
    "en": ("Kick-off with {FL}: the {F} team joins on Tuesday. Ms {S} (no relation) chairs.",),
    "de": ("Auftakt mit der {FL}: das {F}-Team kommt am Dienstag. Frau {S} (nicht verwandt) "
           "moderiert.",),
    "fr": ("Lancement avec {FL} : l'équipe {F} arrive mardi. Mme {S} (aucun lien) préside.",),
    "nl": ("Aftrap met {FL}: het {F}-team komt dinsdag. Mevrouw {S} (geen familie) zit voor.",),
    "es": ("Arranque con {FL}: el equipo de {F} llega el martes. La Sra. {S} (sin parentesco) "
           "preside.",),
    "it": ("Avvio con {FL}: il team di {F} arriva martedì. La sig.ra {S} (nessuna parentela) "
           "presiede.",),
    "pt": ("Arranque com a {FL}: a equipa da {F} chega na terça. A Sra. {S} (sem parentesco) "
           "preside.",),
}


def article(lg):
    d = D(lg, "article")
    f = firm_name(lg)
    g, s = person(lg)
    t = ARTICLE[lg][0]
    a, b = t.split("{S}")
    fill_firm(d, a, f, None)
    d.span("PERSON", f)
    fill_firm(d, b + " Minutes: ", f, None)
    d.span("PERSON", g + " " + s).t(".")
    d.done()


for i in range(210):
    lg = LANGS[i % 7]
    [firmword, firmword, host, orgverb, article][(i // 7) % 5](lg)

write_json(records)
