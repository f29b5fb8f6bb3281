#!/usr/bin/env python3
"""gen_review41.py: leaks and false findings the lead's review of stop 40 found with `hush scan`
of chat bodies (branch `review41`), each widened into variants written before the fix was.

Classes (metadata.class), en/de/fr/nl/es/it/pt, real and invented (syllable) names:
- `atmail`: a mailbox written `local at host.tld` in prose with no mail key (`write to
  maria_keller at example.com`), the local part with `_`, `.` or digits, or a bare word;
- `maint`: lower-case names under package metadata keys (`Maintainer: jonas weber at firma.de`
  in a Debian control block, PKG-INFO, YAML, JSON, two names in a list);
- `assign`: a lone lower-case surname after an assignment verb (`asignado a quibarez`, `assigned
  to`, `zugewiesen an`, `attribué à`, `toegewezen aan`, `assegnato a`, `atribuído a`);
- `mailname`: an invented name with no cue beside a mailbox that spells the given name and the
  surname's initial (`Kaen Weindling will join ... kaen.w@example.com`, `kaen_w`, `k.weindling`);
- `dublin`: Irish postal districts (`Dublin 18`) under a firm's street, in one-line addresses;
- `building`: building and street names without a number (`Gordon House`, `Kensington Gore`);
- `firm`: a firm of two words above a street (`Galeries Lafayette\\n40 Boulevard Haussmann`),
  beside a person above a street (the addressee stays PERSON);
- `repeat`: a surname of the text also used as an ordinary word (`Author: Maria Keller` then
  `the keller in the basement`), beside real repeats (`ping keller about it`);
- `urlcred`: placeholder credentials in URLs at localhost (`amqp://guest:guest@localhost`,
  `user:password`, `admin:admin`; NEG_PLACEHOLDER) beside real passwords (SECRET);
- `mailend`: a mailbox at a sentence's end before a line break (`info@example.com.\\nInfo`).
Look-alikes (NEG_*): `look at example.com`, teams and roles after assignment verbs, firm names,
places, building names, ordinary words, placeholder passwords.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END, invent_syllables  # noqa: E402

rng = random.Random(20261205 + 41)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["maria", "oliver", "hannah", "rebecca", "thomas", "sarah"],
    "de": ["jonas", "ulrike", "matthias", "sabine", "katrin", "tobias"],
    "fr": ["camille", "mathieu", "claire", "julien", "aurelie", "benoit"],
    "nl": ["anouk", "pieter", "femke", "joost", "sanne", "bram"],
    "es": ["javier", "lucia", "pilar", "sergio", "carmen", "rodrigo"],
    "it": ["giulia", "matteo", "chiara", "davide", "simone", "lorenzo"],
    "pt": ["joao", "beatriz", "tiago", "mariana", "goncalo", "leonor"],
}
SURNAME = {
    "en": ["okafor", "brennan", "whitcombe", "ashworth", "fletcher"],
    "de": ["keller", "weber", "vogel", "lindner", "krause"],
    "fr": ["dupont", "lefevre", "moreau", "marchand", "girard"],
    "nl": ["bakker", "visser", "mulder", "hendriks", "dekker"],
    "es": ["garcia", "navarro", "romero", "castillo", "ortega"],
    "it": ["rossi", "bianchi", "colombo", "esposito", "ricci"],
    "pt": ["silva", "ferreira", "carvalho", "teixeira", "almeida"],
}
TLD = {"en": ["com", "co.uk", "io"], "de": ["de", "at", "ch"], "fr": ["fr", "be"], "nl": ["nl", "be"],
       "es": ["es", "com.mx"], "it": ["it", "ch"], "pt": ["pt", "com.br"]}
HOSTS = ["example", "firma", "mailbox", "posteo", "acme-corp", "kanzlei-nord"]


class D(Doc):
    records = records


def name(lg, real):
    """(given, surname) lower-case, real or invented."""
    if real:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return (invent_syllables(rng, SYL[lg], END[lg], False).lower(),
            invent_syllables(rng, SYL[lg], END[lg], True).lower())


def host(lg):
    return rng.choice(HOSTS) + "." + rng.choice(TLD[lg])


# ---- atmail ------------------------------------------------------------------------------------
AT_CTX = {"en": ["write to {M} if it breaks", "Please send the logs to {M}.", "ping {M} for the keys",
                 "you can reach me as {M} tomorrow"],
          "de": ["schreib an {M}, falls es hakt", "Bitte die Logs an {M} schicken.",
                 "erreichbar unter {M} ab Montag"],
          "fr": ["écrivez à {M} si ça casse", "envoyez les journaux à {M}, merci"],
          "nl": ["mail naar {M} als het stukgaat", "stuur de logs naar {M} aub"],
          "es": ["escribe a {M} si falla", "manda los logs a {M}, gracias"],
          "it": ["scrivi a {M} se si rompe", "manda i log a {M}, grazie"],
          "pt": ["escreve para {M} se falhar", "envia os logs para {M}, obrigado"]}
AT_NEG = ["I looked at {H} yesterday and it was down", "we are at {H} now, see the docs",
          "the build fails at {H}:443 again", "Look at {H} for the API docs."]


def local(g, s):
    k = rng.randrange(5)
    return [g + "_" + s, g + "." + s, g[0] + "." + s, s + str(rng.randint(2, 99)), g + s[0] + "_"
            + str(rng.randint(1, 9))][k]


def atmail(lg):
    g, s = name(lg, rng.random() < 0.5)
    d = D(lg, "atmail")
    m = local(g, s) + " at " + host(lg)
    tpl = rng.choice(AT_CTX[lg])
    i = tpl.index("{M}")
    d.t(tpl[:i]).span("EMAIL_ADDRESS", m).t(tpl[i + 3:])
    if rng.random() < 0.4:
        h = rng.choice(["github.com", "example.com", "docs.python.org", "status.io"])
        n = rng.choice(AT_NEG)
        j = n.index("{H}")
        d.t(". " + n[:j]).span("NEG_EMAILISH", h).t(n[j + 3:])
    d.done()


# ---- maint -------------------------------------------------------------------------------------
def maint(lg):
    g, s = name(lg, rng.random() < 0.5)
    d = D(lg, "maint")
    k = rng.randrange(6)
    nm = g + " " + s
    if k == 0:
        d.t("Package: libfoo-%d\nVersion: 1.%d\nMaintainer: " % (rng.randint(1, 9), rng.randint(0, 20)))
        d.span("PERSON", nm).t(" at " + host(lg) + "\nDescription: a small library\n")
    elif k == 1:
        d.t("Source: hush\nMaintainer: ").span("PERSON", nm).t(" <").span("EMAIL_ADDRESS", g + "@" + host(lg))
        d.t(">\nSection: net\n")
    elif k == 2:
        g2, s2 = name(lg, rng.random() < 0.5)
        d.t("Maintainers: ").span("PERSON", nm).t(", ").span("PERSON", g2 + " " + s2).t("\n")
    elif k == 3:
        d.t("metadata:\n  author: ").span("PERSON", nm).t("\n  license: MIT\n")
    elif k == 4:
        d.t('{"name": "pkg", "maintainer": "').span("PERSON", nm).t('", "version": "2.0"}')
    else:
        d.t("Metadata-Version: 2.1\nName: toolkit\nAuthor: ").span("PERSON", nm)
        d.t("\nLicense: BSD\n")
    d.done()


# ---- assign ------------------------------------------------------------------------------------
ASSIGN = {"en": ["ticket assigned to {P}", "Assigned to: {P}", "the bug is now assigned to {P} since Monday"],
          "de": ["Ticket zugewiesen an {P}", "ist jetzt zugewiesen an {P} seit gestern"],
          "fr": ["ticket attribué à {P}", "le bug est attribué à {P} depuis lundi"],
          "nl": ["ticket toegewezen aan {P}", "de bug is toegewezen aan {P} sinds maandag"],
          "es": ["ticket asignado a {P}", "el ticket está asignado a {P} desde ayer"],
          "it": ["ticket assegnato a {P}", "il bug è assegnato a {P} da lunedì"],
          "pt": ["ticket atribuído a {P}", "o bug está atribuído a {P} desde ontem"]}
ASSIGN_NEG = {"en": ["the backend team", "me", "nobody", "support"],
              "de": ["das Team", "mich", "niemanden", "support"],
              "fr": ["l'équipe", "moi", "personne", "support"],
              "nl": ["het team", "mij", "niemand", "support"],
              "es": ["soporte", "mí", "nadie", "el equipo"],
              "it": ["tutti", "me", "nessuno", "il team"],
              "pt": ["suporte", "mim", "ninguém", "a equipa"]}


def assign(lg):
    d = D(lg, "assign")
    tpl = rng.choice(ASSIGN[lg])
    i = tpl.index("{P}")
    if rng.random() < 0.7:
        _, s = name(lg, rng.random() < 0.4)
        d.t(tpl[:i]).span("PERSON", s).t(tpl[i + 3:])
    else:
        d.t(tpl[:i]).span("NEG_TEAM", rng.choice(ASSIGN_NEG[lg])).t(tpl[i + 3:])
    d.done()


# ---- mailname ----------------------------------------------------------------------------------
JOIN = {"en": "{N} will join the call.", "de": "{N} kommt dazu.", "fr": "{N} rejoindra l'appel.",
        "nl": "{N} sluit aan.", "es": "{N} se unirá a la llamada.", "it": "{N} si unirà alla call.",
        "pt": "{N} vai juntar-se à chamada."}


def mailname(lg):
    d = D(lg, "mailname")
    g = invent_syllables(rng, SYL[lg], END[lg], False)
    s = invent_syllables(rng, SYL[lg], END[lg], True)
    lp = rng.choice([g.lower() + "." + s[0].lower(), g.lower() + "_" + s[0].lower(),
                     g[0].lower() + "." + s.lower(), g.lower() + s[0].lower()])
    tpl = JOIN[lg]
    i = tpl.index("{N}")
    d.t(tpl[:i]).span("PERSON", g + " " + s).t(tpl[i + 3:])
    d.t(rng.choice([" ", "\n", " Mail: ", " ("])).span("EMAIL_ADDRESS", lp + "@" + host(lg))
    d.done()


# ---- dublin, building, firm --------------------------------------------------------------------
FIRMS_IE = ["Microsoft Ireland", "Google Ireland Ltd", "Meta Platforms Ireland", "Stripe Payments Europe",
            "Salesforce Ireland"]
STREETS_IE = ["One Microsoft Place", "4 Grand Canal Square", "70 Sir John Rogerson's Quay",
              "1 Grand Canal Street Lower", "3 Dublin Landings"]


def dublin(lg):
    d = D(lg, "dublin")
    n = str(rng.choice([1, 2, 4, 6, 8, 12, 15, 18, 24]))
    k = rng.randrange(3)
    if k == 0:
        d.span("NEG_ORG", rng.choice(FIRMS_IE)).t("\n")
        d.span("STREET_ADDRESS", rng.choice(STREETS_IE) + ", South County Business Park\nDublin " + n)
        d.t("\nIreland\n")
    elif k == 1:
        d.t(rng.choice(["The office moved to ", "Our warehouse is in ", "Deliveries go to "]))
        d.span("NEG_PLACE", "Dublin " + n).t(rng.choice([" last year.", " now.", ", not Cork."]))
    else:
        d.t("Registered office: ").span("NEG_PLACE", rng.choice(["Gordon House", "Grand Canal House"]))
        d.t(", ").span("NEG_PLACE", rng.choice(["Barrow Street", "Hanover Quay"])).t(", ")
        d.span("NEG_PLACE", "Dublin " + n).t(", Ireland")
    d.done()


BUILDINGS = [("Royal Albert Hall", "Kensington Gore", "London SW7 2AP"),
             ("Gordon House", "Barrow Street", "Dublin 4"),
             ("Somerset House", "Strand", "London WC2R 1LA"),
             ("Bush House", "Aldwych", "London WC2B 4PJ"),
             ("Carlton House", "Carlton House Terrace", "London SW1Y 5AH"),
             ("Moreton Lodge", "Whitmore Gore", "Leeds LS1 4AB")]


def building(lg):
    d = D(lg, "building")
    b, st, city = rng.choice(BUILDINGS)
    if rng.random() < 0.5:
        d.t("Venue:\n").span("NEG_PLACE", b).t("\n").span("NEG_PLACE", st).t("\n" + city + "\n")
    else:
        d.t(rng.choice(["Visit us at ", "Write to ", "We meet at "])).span("NEG_PLACE", b)
        d.t(", ").span("NEG_PLACE", st).t(", " + city.split()[0] + ".")
    d.done()


FIRMS2 = ["Galeries Lafayette", "Initech Globex", "Maison Vorlet", "Kaufhaus Brenner", "Hollis Tarnow",
          "Brasserie Lipp", "Vossberg Hanlo", "Castel Brunaro"]
STREETS = {"en": ["12 Industrial Way\nSpringfield IL 62704", "14 Oak Lane\nLeeds LS1 4AB"],
           "de": ["Hauptstraße 5\n10115 Berlin", "Lindenweg 12\n80331 München"],
           "fr": ["40 Boulevard Haussmann\n75009 Paris", "8 rue de la Paix\n75002 Paris"],
           "nl": ["Keizersgracht 12\n1015 CS Amsterdam"], "es": ["Calle Mayor 3\n28013 Madrid"],
           "it": ["Via Roma 21\n20121 Milano"], "pt": ["Rua Augusta 15\n1100-048 Lisboa"]}


def firm(lg):
    d = D(lg, "firm")
    st = rng.choice(STREETS[lg])
    if rng.random() < 0.6:
        d.span("NEG_ORG", rng.choice(FIRMS2)).t("\n").span("STREET_ADDRESS", st).t("\n")
    else:
        g, s = name(lg, rng.random() < 0.5)
        d.span("PERSON", g.capitalize() + " " + s.capitalize()).t("\n").span("STREET_ADDRESS", st).t("\n")
    d.done()


# ---- repeat ------------------------------------------------------------------------------------
WORDS = [("Keller", "The keller in the basement is damp."), ("Weber", "the weber grill is hot"),
         ("Vogel", "ein vogel sitzt auf dem Dach"), ("Bakker", "de bakker op de hoek is dicht"),
         ("Fischer", "the fischer boats left early"), ("Smith", "the smith forged a blade"),
         ("Keller", "wir lagern den Wein im keller"), ("Schneider", "der schneider näht das Kleid")]


def repeat(lg):
    d = D(lg, "repeat")
    s, line = rng.choice(WORDS)
    g = rng.choice(GIVEN[lg]).capitalize()
    d.t(rng.choice(["Author: ", "From: ", "Reviewer: "])).span("PERSON", g + " " + s).t("\n\n")
    w = s.lower()
    i = line.index(w)
    d.t(line[:i]).span("NEG_WORD", w).t(line[i + len(w):])
    if rng.random() < 0.4:
        d.t("\nping ").span("PERSON", w).t(" about it")
    d.done()


# ---- urlcred -----------------------------------------------------------------------------------
PLACE = [("amqp", "guest", "guest", "localhost:5672//"), ("postgres", "user", "password", "localhost:5432/app"),
         ("mysql", "root", "root", "127.0.0.1:3306/db"), ("http", "admin", "admin", "localhost:8080/"),
         ("redis", "default", "changeme", "localhost:6379"), ("postgres", "postgres", "postgres", "localhost/app")]


def urlcred(lg):
    d = D(lg, "urlcred")
    sch, u, p, rest = rng.choice(PLACE)
    d.t(rng.choice(["AMQP_URL=", "url: ", "docker run -e DSN=", "connect with "]))
    d.t(sch + "://" + u + ":").span("NEG_PLACEHOLDER", p).t("@" + rest + "\n")
    if rng.random() < 0.5:
        pw = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(14))
        d.t("PROD_URL=postgres://app:").span("SECRET", pw).t("@db.internal:5432/app\n")
    d.done()


# ---- mailend -----------------------------------------------------------------------------------
MAILEND = {"en": ("Contact ", "Info about the rest follows."), "de": ("Kontakt: ", "Info folgt."),
           "fr": ("Écrivez à ", "Info pratique ci-dessous."), "nl": ("Mail ", "Info volgt."),
           "es": ("Escribe a ", "Info adicional abajo."), "it": ("Scrivi a ", "Info sotto."),
           "pt": ("Escreve para ", "Info abaixo.")}


def mailend(lg):
    d = D(lg, "mailend")
    a, b = MAILEND[lg]
    lp = rng.choice(["info", "sales", "kontakt", "support"])
    d.t(a).span("EMAIL_ADDRESS", lp + "@" + host(lg)).t("." + rng.choice(["\n", "\n\n", "\r\n"]))
    w = b.split()[0]
    d.span("NEG_WORD", w).t(b[len(w):])
    d.done()


CLASSES = [atmail, maint, assign, mailname, dublin, building, firm, repeat, urlcred, mailend,
           atmail, assign, maint, firm]
for i in range(7 * len(CLASSES) * 2):
    lg = LANGS[i % 7]
    CLASSES[(i // 7) % len(CLASSES)](lg)

write_json(records)
