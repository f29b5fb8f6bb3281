#!/usr/bin/env python3
"""gen_rec40.py: PERSON evidence from elsewhere in the same request (issue 15, branch `rec40`).

Stop 39's rec39 searched each word of a found person again in the same case. What was left, in
kinds of text the other corpora lack (CRM notes, ticket threads, chat, JSON objects pasted as a
message with sibling keys in en/de/fr/nl/es/it/pt key names, YAML and CSV rows, git trailers),
with real (lexicon) and invented (syllable) names:
- `othercase`: a person named once with a cue, then again in another case: the given name in
  lower case (`tomas said hi`), the full name in capitals in a header (`KAEN WEINDLING`), the
  surname in lower case as a user or assignee (`assigned to weindling`);
- `conj`: a person joined to a named one by a conjunction (`Ilse and Tomas Berglund`, `Anna &
  Piet`, `Herr und Frau Dorvenka`, `los Sres. Navarro y Quillez`, `M. et Mme Belquet`);
- `email`: a name spelled by an e-mail local part elsewhere in the request (`kaen.weindling@`,
  `k.weindling@`, `weindling.kaen@`, `kaen_weindling@`, `kweindling@`) beside the same name in
  prose with no cue (`Kaen Weindling will join`), in title case, lower case or capitals;
- `json`: a JSON object, YAML block or CSV row with a name and sibling keys (e-mail whose local
  part spells the name, role, phone, team) in the seven languages' key names.
Look-alikes (NEG_*): a word of a found name that is an ordinary word in lower case (`Rose Marsh`
then `the rose garden`, `Mark`/`mark it`, `Will`/`will you`, `Bill`/`the bill`, `Pierre`/`la
pierre`, `Rosa`/`rosa`), products under `name` with a team address sibling (`support@`,
`noreply@`), role local parts (`admin`, `info`, `sales`, `jobs`) beside the role word, firms that
share a person's surname (`Weindling Logistik GmbH`), firm pairs joined by `&` (`Marks &
Spencer`).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261205 + 40)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Hannah", "Oliver", "Siobhan", "Priya", "Gareth", "Imogen", "Callum", "Tomas"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Katrin", "Tobias", "Ilse", "Lukas"],
    "fr": ["Élodie", "Mathieu", "Camille", "Benoît", "Aurélie", "Julien", "Solène", "Yann"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Piet"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Rodrigo", "Carmen", "Iñigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo", "Ilaria"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Whitcombe", "Ashworth", "Fletcher", "Berglund", "Doyle"],
    "de": ["Keller", "Weber", "Brandstätter", "Vogel", "Lindner", "Krause", "Hofbauer"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Perrin"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Dekker", "Verbeek"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "Ortega", "Serrano"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Galli"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa"],
}
# a given name that is an ordinary word in lower case, and a sentence using the word
WORDNAME = {
    "en": [("Rose", "the {w} garden needs watering"), ("Mark", "please {w} it as done"),
           ("Will", "{w} you send the invoice"), ("Bill", "the {w} is due on Friday"),
           ("Grace", "there is a {w} period of ten days"), ("Frank", "it was a {w} talk")],
    "de": [("Ernst", "die Lage ist {w}"), ("Frank", "er hat es {w} und frei gesagt"),
           ("Ernst", "wir nehmen das {w}"), ("Frank", "sie sprach {w} darüber")],
    "fr": [("Pierre", "la {w} du mur est fissurée"), ("Rose", "la robe {w} est vendue"),
           ("Claire", "la réponse est {w}"), ("Olive", "une {w} dans la salade")],
    "nl": [("Roos", "de {w} in de tuin bloeit"), ("Mark", "zet een {w} bij dit punt"),
           ("Hoop", "er is nog {w} voor het project"), ("Bloem", "een {w} op tafel")],
    "es": [("Rosa", "la camisa {w} está agotada"), ("Paz", "queremos {w} en la reunión"),
           ("Luz", "no hay {w} en la oficina"), ("Blanca", "la pared {w} está sucia")],
    "it": [("Rosa", "la maglia {w} è esaurita"), ("Serena", "la giornata è {w}"),
           ("Bianca", "la parete {w} è sporca"), ("Felice", "sono {w} del risultato")],
    "pt": [("Rosa", "a camisa {w} esgotou"), ("Luz", "falta {w} no escritório"),
           ("Vitória", "foi uma {w} da equipa"), ("Branca", "a parede {w} está suja")],
}
CUE = {"en": "Customer: {P}", "de": "Kunde: {P}", "fr": "Client : {P}", "nl": "Klant: {P}",
       "es": "Cliente: {P}", "it": "Cliente: {P}", "pt": "Cliente: {P}"}
SAID = {"en": "{g} said hi and asked about the refund", "de": "{g} hat angerufen wegen der Rechnung",
        "fr": "{g} a rappelé pour la facture", "nl": "{g} belde over de factuur",
        "es": "{g} llamó por la factura", "it": "{g} ha richiamato per la fattura",
        "pt": "{g} ligou por causa da fatura"}
ASSIGN = {"en": "assigned to {s}", "de": "zugewiesen an {s}", "fr": "assigné à {s}",
          "nl": "toegewezen aan {s}", "es": "asignado a {s}", "it": "assegnato a {s}",
          "pt": "atribuído a {s}"}
JOIN = {"en": "{P} will join the call on Tuesday.", "de": "{P} kommt am Dienstag dazu.",
        "fr": "{P} rejoindra l'appel mardi.", "nl": "{P} sluit dinsdag aan.",
        "es": "{P} se une a la llamada el martes.", "it": "{P} partecipa alla call martedì.",
        "pt": "{P} entra na chamada na terça."}
AND = {"en": " and ", "de": " und ", "fr": " et ", "nl": " en ", "es": " y ", "it": " e ",
       "pt": " e "}
CAME = {"en": " came over yesterday", "de": " waren gestern da", "fr": " sont passés hier",
        "nl": " kwamen gisteren langs", "es": " vinieron ayer", "it": " sono passati ieri",
        "pt": " vieram ontem"}
COUPLE = {"en": ["Mr and Mrs ", "Mr. & Mrs. "], "de": ["Herr und Frau ", "Hr. u. Fr. "],
          "fr": ["M. et Mme ", "Monsieur et Madame "], "nl": ["dhr. en mevr. ", "meneer en mevrouw "],
          "es": ["los señores ", "el Sr. y la Sra. "], "it": ["i signori ", "sig. e sig.ra "],
          "pt": ["o Sr. e a Sra. ", "os senhores "]}
PLURAL = {"en": "Messrs. ", "de": "die Herren ", "fr": "MM. ", "nl": "de heren ",
          "es": "los Sres. ", "it": "i sigg. ", "pt": "os Srs. "}
KEYS = {  # name, email, team, role, phone
    "en": ("name", "email", "team", "role", "phone"),
    "de": ("Name", "E-Mail", "Abteilung", "Rolle", "Telefon"),
    "fr": ("nom", "courriel", "équipe", "rôle", "téléphone"),
    "nl": ("naam", "e-mail", "team", "rol", "telefoon"),
    "es": ("nombre", "correo", "equipo", "cargo", "teléfono"),
    "it": ("nome", "email", "reparto", "ruolo", "telefono"),
    "pt": ("nome", "email", "equipa", "cargo", "telefone"),
}
TEAMS = ["payments", "platform", "billing", "onboarding", "risk", "data"]
ROLES = ["engineer", "account manager", "analyst", "team lead", "designer"]
PHONES = {"en": "+44 20 7946 0{n}", "de": "+49 30 1234 5{n}", "fr": "+33 1 42 68 5{n}",
          "nl": "+31 20 555 0{n}", "es": "+34 912 345 {n}", "it": "+39 06 4567 8{n}",
          "pt": "+351 21 345 6{n}"}
DOMAINS = ["example.com", "example.org", "acme-corp.io", "nordwind.example"]
PRODUCTS = ["Mozilla Thunderbird", "Ubuntu Jammy", "Payments Gateway", "Nordlicht Cloud",
            "Grafana Loki", "Acme Support", "Sonnenberg Analytics", "Helios Backup"]
TEAMADDR = ["support", "noreply", "no-reply", "helpdesk", "team"]
ROLEWORD = {"admin": "the admin will reset your password", "info": "Info: office closed Monday",
            "sales": "Sales will join the call on Tuesday", "jobs": "Jobs page is updated"}
FIRMWORD = {"en": "Logistics Ltd", "de": "Logistik GmbH", "fr": "Transports SARL",
            "nl": "Logistiek B.V.", "es": "Transportes S.L.", "it": "Trasporti S.r.l.",
            "pt": "Transportes Lda."}
FIRMPAIRS = ["Marks & Spencer", "Procter & Gamble", "Johnson & Johnson", "Dolce & Gabbana",
             "Simon & Schuster", "Ernst & Young"]


def invent(lg, sur):
    while True:
        syl = rng.sample(SYL[lg], rng.choice((2, 2, 3)))
        w = "".join(syl)
        if sur:
            w += rng.choice(END[lg])
        if w.lower() not in LEX and len(w) >= 4:
            return w.capitalize()


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return invent(lg, False), invent(lg, True)


def ascii_fold(s):
    tr = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüçñ", "aaaaaeeeeiiiiooooouuuucn")
    return s.lower().translate(tr)


def local_part(g, s):
    g, s = ascii_fold(g), ascii_fold(s)
    return rng.choice([g + "." + s, g[0] + "." + s, s + "." + g, g + "_" + s, g[0] + s, g + "-" + s])


class D(Doc):
    records = records

    def slot(self, key, kw):
        v = kw[key]
        if isinstance(v, tuple):
            self.span(v[0], v[1])
        else:
            self.t(v)


def fill(d, tpl, **kw):
    D.fill(d, tpl, **kw)


# ---- classes ------------------------------------------------------------------------------------
def othercase(lg):
    d = D(lg, "othercase")
    g, s = person(lg)
    k = rng.randrange(3)
    if k == 0:  # CRM note: cue, then the given name in lower case
        fill(d, CUE[lg] + "\n", P=("PERSON", g + " " + s))
        d.t("Notes: ")
        fill(d, SAID[lg], g=("PERSON", g.lower()))
        d.t(".\n")
    elif k == 1:  # ticket thread with a header in capitals
        d.t("=== ").span("PERSON", (g + " " + s).upper()).t(" / #" + str(rng.randint(1000, 9999)))
        d.t(" ===\n")
        fill(d, CUE[lg] + "\n", P=("PERSON", g + " " + s))
        d.t("Status: open\n")
    else:  # chat: full name, then the surname in lower case as an assignee
        fill(d, "[09:1" + str(rng.randint(0, 9)) + "] " + CUE[lg] + "\n", P=("PERSON", g + " " + s))
        d.t("[09:2" + str(rng.randint(0, 9)) + "] ticket ")
        fill(d, ASSIGN[lg], s=("PERSON", ascii_fold(s) if rng.random() < 0.5 else s.lower()))
        d.t("\n")
    d.done()


def othercase_neg(lg):
    d = D(lg, "othercase_neg")
    w, sent = rng.choice(WORDNAME[lg])
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent(lg, True)
    fill(d, CUE[lg] + "\n", P=("PERSON", w + " " + s))
    d.t("Notes: ")
    i = sent.find("{w}")
    if i >= 0:
        d.t(sent[:i]).span("NEG_WORD", w.lower()).t(sent[i + 3:])
    else:
        d.t(sent)
    d.t(".\n")
    d.done()


def conj(lg):
    d = D(lg, "conj")
    k = rng.randrange(4)
    g1 = rng.choice(GIVEN[lg]) if rng.random() < 0.5 else invent(lg, False)
    g2, s = person(lg)
    if g2 == g1:
        g2 = invent(lg, False)
    if k == 0:  # Ilse and Tomas Berglund
        d.span("PERSON", g1).t(AND[lg]).span("PERSON", g2 + " " + s).t(CAME[lg] + ".")
        if rng.random() < 0.5:
            d.t(" ").span("PERSON", g1.lower()).t(" brought a cake.")
    elif k == 1:  # Anna & Piet, after a full name elsewhere
        fill(d, CUE[lg] + "\n", P=("PERSON", g2 + " " + s))
        d.t("Notes: ").span("PERSON", g1).t(" & ").span("PERSON", g2).t(CAME[lg] + ".\n")
    elif k == 2:  # Herr und Frau Dorvenka
        d.t(rng.choice(COUPLE[lg]).capitalize()).span("PERSON", s).t(CAME[lg] + ".")
    else:  # los Sres. Navarro y Quillez
        s2 = invent(lg, True) if rng.random() < 0.6 else rng.choice(SURNAME[lg])
        if s2 == s:
            s2 = invent(lg, True)
        d.t(PLURAL[lg].capitalize()).span("PERSON", s).t(AND[lg]).span("PERSON", s2)
        d.t(CAME[lg] + ".")
    d.done()


def conj_neg(lg):
    d = D(lg, "conj_neg")
    g, s = person(lg)
    k = rng.randrange(3)
    if k == 0:
        d.span("PERSON", g + " " + s).t(AND[lg]).span("NEG_ORG", "Siemens").t(CAME[lg] + ".")
    elif k == 1:
        d.t("Order from ").span("NEG_ORG", rng.choice(FIRMPAIRS)).t(" shipped.\n")
        fill(d, CUE[lg] + "\n", P=("PERSON", g + " " + s))
    else:
        d.span("PERSON", g + " " + s).t(AND[lg]).span("NEG_TEAM", "the Berlin office")
        d.t(CAME[lg] + ".")
    d.done()


def email(lg):
    d = D(lg, "email")
    g, s = person(lg)
    addr = local_part(g, s) + "@" + rng.choice(DOMAINS)
    k = rng.randrange(4)
    form = [g + " " + s, (g + " " + s).lower(), (g + " " + s).upper(), s][k]
    if rng.random() < 0.5:
        d.t("cc: ").span("EMAIL_ADDRESS", addr).t("\n\n")
        fill(d, JOIN[lg], P=("PERSON", form))
        d.t("\n")
    else:
        fill(d, JOIN[lg], P=("PERSON", form))
        d.t(" Invite sent to ").span("EMAIL_ADDRESS", addr).t(".\n")
    d.done()


def email_neg(lg):
    d = D(lg, "email_neg")
    k = rng.randrange(2)
    if k == 0:  # a role local part beside the role word
        role = rng.choice(sorted(ROLEWORD))
        d.t("Reply to ").span("EMAIL_ADDRESS", role + "@" + rng.choice(DOMAINS)).t(" today.\n")
        sent = ROLEWORD[role]
        i = sent.lower().find(role)
        d.t(sent[:i]).span("NEG_WORD", sent[i:i + len(role)]).t(sent[i + len(role):] + ".\n")
    else:  # a firm that shares the person's surname
        g, s = person(lg)
        d.t("From: ").span("EMAIL_ADDRESS", local_part(g, s) + "@" + rng.choice(DOMAINS)).t("\n")
        d.t("Quote attached from ").span("NEG_ORG", s + " " + FIRMWORD[lg]).t(".\n")
    d.done()


def phone(lg):
    return PHONES[lg].replace("{n}", "%03d" % rng.randint(0, 999))


def structured(lg):
    d = D(lg, "json")
    g, s = person(lg)
    kn, ke, kt, kr, kp = KEYS[lg]
    spell = rng.random() < 0.6
    lp = local_part(g, s) if spell else ascii_fold(g) + "." + ascii_fold(s)[0]
    addr = lp + "@" + rng.choice(DOMAINS)
    k = rng.randrange(4)
    if k == 0:  # JSON object as a whole message
        d.t('{"%s": "' % kn).span("PERSON", g + " " + s).t('", "%s": "%s", ' % (kt, rng.choice(TEAMS)))
        d.t('"%s": "' % ke).span("EMAIL_ADDRESS", addr).t('"}')
    elif k == 1:  # JSON with role and phone siblings, no e-mail
        d.t('{\n  "%s": "' % kn).span("PERSON", g + " " + s).t('",\n  "%s": "%s",\n' % (kr, rng.choice(ROLES)))
        d.t('  "%s": "' % kp).span("PHONE_NUMBER", phone(lg)).t('"\n}')
    elif k == 2:  # YAML
        d.t("- %s: " % kn).span("PERSON", g + " " + s).t("\n  %s: " % ke).span("EMAIL_ADDRESS", addr)
        d.t("\n  %s: %s\n" % (kt, rng.choice(TEAMS)))
    else:  # CSV row
        d.t("%s,%s,%s\n" % (kn, kt, ke)).span("PERSON", g + " " + s).t("," + rng.choice(TEAMS) + ",")
        d.span("EMAIL_ADDRESS", addr).t("\n")
    d.done()


def structured_neg(lg):
    d = D(lg, "json_neg")
    kn, ke, kt, kr, kp = KEYS[lg]
    prod = rng.choice(PRODUCTS)
    addr = rng.choice(TEAMADDR) + "@" + rng.choice(DOMAINS)
    if rng.random() < 0.5:
        d.t('{"%s": "' % kn).span("NEG_PRODUCT", prod).t('", "%s": "%s", ' % (kt, rng.choice(TEAMS)))
        d.t('"%s": "' % ke).span("EMAIL_ADDRESS", addr).t('"}')
    else:
        d.t("- %s: " % kn).span("NEG_PRODUCT", prod).t("\n  %s: " % ke).span("EMAIL_ADDRESS", addr)
        d.t("\n  version: 2.%d\n" % rng.randint(0, 9))
    d.done()


def trailer(lg):
    d = D(lg, "trailer")
    g, s = person(lg)
    addr = local_part(g, s) + "@" + rng.choice(DOMAINS)
    d.t("fix: retry on 503\n\nCo-authored-by: ").span("PERSON", g + " " + s).t(" <")
    d.span("EMAIL_ADDRESS", addr).t(">\n")
    if rng.random() < 0.5:
        d.t("Thanks ").span("PERSON", (s if rng.random() < 0.5 else g).lower()).t(" for the review\n")
    d.done()


ORDER = [othercase, othercase, othercase_neg, conj, conj, conj_neg, email, email, email_neg,
         structured, structured, structured_neg, trailer]
for i in range(7 * len(ORDER) * 4):
    lg = LANGS[i % 7]
    ORDER[(i // 7) % len(ORDER)](lg)

write_json(records)
