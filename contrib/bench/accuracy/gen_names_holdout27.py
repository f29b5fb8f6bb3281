#!/usr/bin/env python3
"""gen_names_holdout27.py: the twenty-seventh blind set, people in a developer's own material.

Coding agents and developer chats are sent repositories, logs and trackers whole. Every record is
one request body (2-30 KiB) of one of the four APIs holding such material as user text, tool
results or file attachments, in three families: `repo` (git log, shortlog, blame, trailers,
.mailmap, CODEOWNERS, AUTHORS/MAINTAINERS, manifests, licence headers, TODO(owner), fixtures and
seeds with customer rows), `ops` (CI logs, stack traces with home directories, error-tracker
events, application and audit logs, Kubernetes/Terraform/Helm owners, on-call pages,
post-mortems, failing request dumps) and `review` (pull requests and review threads, tracker
exports, design-doc approval tables, RFC sign-offs, release thanks, pasted support escalations).

The one thing a reader must know: every mention of a person is labelled PERSON, whatever its form
(a login, handle, home directory or git user name that spells the name too, without its `@`),
and the words that only look like people (libraries, classes, eponyms, bots, teams, placeholder
people, branches, dates, hosts, paths) are NEG_ spans, at least twice as many as the PERSON spans
of each record. A bare e-mail is EMAIL_ADDRESS alone; DATE_OF_BIRTH only under a birth key.

Written blind: from the brief, gen_common.py and gen_bodies.py (helpers and body shapes) and
check_corpora.py. Deterministic (one seeded stream); writes the corpus to stdout.
"""
import json
import random

from gen_bodies import MARK, P, cat, dumps, place_all
from gen_common import SYL12, END12, MONTHS, draw_name, fold, write_json

rng = random.Random(2727)
LANGS = ["de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs"]

# ---- people ----------------------------------------------------------------------------------------
REAL = {
    "en": ("Oliver Hannah Callum Megan Ethan Chloe Declan Rosie", "Whitfield Barnes Doyle Pemberton Hughes Carter Lawson Fenwick"),
    "de": ("Jonas Katrin Lukas Sabine Florian Anja Tobias Heike", "Keller Brandauer Wolff Zimmermann Hartl Vogt Reuter Kästner"),
    "fr": ("Mathieu Camille Julien Élodie Bastien Margaux Thibault Aurélie", "Lefebvre Garnier Rousseau Mercier Fabre Chevalier Perrin Lemaire"),
    "nl": ("Sander Femke Jeroen Lotte Ruben Anouk Bram Ilse", "de Groot Bakker Visser Smit Mulder van Dijk Jansen Hendriks"),
    "es": ("Álvaro Lucía Javier Nerea Iñigo Marta Sergio Ainhoa", "García Ortega Navarro Iglesias Castaño Romero Vidal Herrera"),
    "it": ("Matteo Giulia Lorenzo Chiara Davide Federica Simone Elisa", "Bianchi Ferraro Galli Marchetti Colombo Rinaldi Fontana Conti"),
    "pt": ("João Inês Tiago Beatriz Rui Mariana Duarte Catarina", "Ferreira Carvalho Sousa Pinto Teixeira Moreira Lopes Cardoso"),
    "pl": ("Paweł Agnieszka Michał Katarzyna Krzysztof Zofia Tomasz Magdalena", "Nowak Wiśniewski Kamińska Lewandowski Zielińska Wójcik Kaczmarek Mazur"),
    "sv": ("Erik Ingrid Johan Sofia Anders Elin Magnus Linnea", "Lindqvist Bergström Sjöberg Holm Nyström Ekdahl Åkesson Lund"),
    "da": ("Mads Signe Rasmus Mette Kasper Louise Frederik Ida", "Sørensen Kjær Mikkelsen Holm Nørgaard Bach Thygesen Dahl"),
    "fi": ("Juha Aino Mikko Kaisa Ville Satu Antti Riikka", "Korhonen Mäkinen Virtanen Heikkinen Laaksonen Nieminen Salonen Koskinen"),
    "cs": ("Jakub Tereza Ondřej Lucie Vojtěch Barbora Petr Kateřina", "Dvořák Novotná Procházka Krejčí Černý Veselá Horák Marešová"),
}
GLOBAL = [("Priya", "Raman"), ("Wei", "Zhang"), ("Chinedu", "Okafor"), ("Aisha", "Bello"),
          ("Hiroshi", "Tanaka"), ("Min-jun", "Kim"), ("Thi Lan", "Nguyen"), ("Mehmet", "Yılmaz"),
          ("Fatima", "Haddad"), ("Arjun", "Mehta"), ("Kwame", "Mensah"), ("Yuki", "Sato"),
          ("Oluwaseun", "Adeyemi"), ("Sipho", "Dlamini"), ("Ananya", "Iyer"), ("Tariq", "Farouk"),
          ("Mei", "Chen"), ("Rahul", "Bose"), ("Amara", "Nwosu"), ("Layla", "Hassan"),
          ("Hamid", "Karimi"), ("Sun-hee", "Park"), ("Diego", "Quispe"), ("Nomvula", "Khumalo")]
SYL = dict(SYL12)
SYL["da"] = ["sø", "ga", "lund", "bje", "ha", "mik", "ro", "ske"]
SYL["fi"] = ["kai", "ve", "po", "ti", "lah", "hei", "saa", "ru"]
END = dict(END12)
END["da"] = ["sen", "gaard", "strup"]
END["fi"] = ["nen", "la", "mäki"]
TABLE = {lg: {"g": REAL[lg][0].split(), "s": [s.replace("_", " ") for s in
              REAL[lg][1].replace("de Groot", "de_Groot").replace("van Dijk", "van_Dijk").split()],
              "syl": SYL[lg], "end": END[lg]} for lg in REAL}

WORK_DOMAINS = ["kestrel-labs.io", "northwind.dev", "tallowsoft.eu", "brightfold.com",
                "quillwork.net", "ostara.tech", "fernhill.systems", "plovdata.org"]
MAIL = {"en": ["gmail.com", "outlook.com", "btinternet.com"], "de": ["web.de", "gmx.de", "t-online.de"],
        "fr": ["orange.fr", "free.fr", "laposte.net"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
        "es": ["telefonica.net", "yahoo.es", "gmail.com"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
        "pt": ["sapo.pt", "gmail.com", "outlook.pt"], "pl": ["wp.pl", "onet.pl", "interia.pl"],
        "sv": ["telia.com", "bredband.net", "gmail.com"], "da": ["mail.dk", "jubii.dk", "gmail.com"],
        "fi": ["elisanet.fi", "luukku.com", "gmail.com"], "cs": ["seznam.cz", "email.cz", "centrum.cz"]}
STREETS = {
    "en": ["Calder Road", "Wexford Avenue", "Oakridge Drive", "Mill Lane", "Harcourt Street"],
    "de": ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Bergweg", "Schillerplatz"],
    "fr": ["rue des Tanneurs", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Lilas", "rue Paradis"],
    "nl": ["Keizersgracht", "Molenstraat", "Laan van Meerdervoort", "Tolsteegsingel", "Vondelstraat"],
    "es": ["Calle de Toledo", "Avenida de la Paz", "Calle Mayor", "Paseo de Gracia", "Calle Alcalá"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Monza", "Via Roma"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Rua de Cedofeita", "Travessa do Carmo", "Rua Augusta"],
    "pl": ["ul. Długa", "ul. Piotrkowska", "ul. Mickiewicza", "al. Jana Pawła II", "ul. Ogrodowa"],
    "sv": ["Storgatan", "Drottninggatan", "Sveavägen", "Kungsgatan", "Linnégatan"],
    "da": ["Vesterbrogade", "Nørrebrogade", "Jagtvej", "Amagerbrogade", "Strandvejen"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Itäinen Pitkäkatu", "Kauppakatu"],
    "cs": ["Vinohradská", "Korunní", "Husova", "Nádražní", "Masarykova"],
}
TOWNS = {"en": [("Leeds", "LS6 2QT"), ("Bristol", "BS7 8LX"), ("Austin, TX", "78704"), ("Dublin", "D08 K2P1")],
         "de": [("Berlin", "10115"), ("Leipzig", "04109"), ("Freiburg", "79098")],
         "fr": [("Lyon", "69003"), ("Nantes", "44000"), ("Marseille", "13006")],
         "nl": [("Amsterdam", "1015 CW"), ("Utrecht", "3581 TV"), ("Den Haag", "2517 KJ")],
         "es": [("Madrid", "28005"), ("Barcelona", "08007"), ("Valencia", "46001")],
         "it": [("Milano", "20121"), ("Torino", "10123"), ("Bologna", "40126")],
         "pt": [("Porto", "4050-262"), ("Lisboa", "1250-096"), ("Braga", "4700-306")],
         "pl": [("Gdańsk", "80-831"), ("Łódź", "90-001"), ("Kraków", "31-042")],
         "sv": [("Stockholm", "114 55"), ("Göteborg", "411 38"), ("Malmö", "211 22")],
         "da": [("København V", "1620"), ("Aarhus C", "8000"), ("Odense C", "5000")],
         "fi": [("Helsinki", "00100"), ("Tampere", "33100"), ("Turku", "20100")],
         "cs": [("Praha 2", "120 00"), ("Brno", "602 00"), ("Ostrava", "702 00")]}
PHONE = {"en": ("+44 7{3} {6}", "+1 {3} {3} {4}"), "de": ("+49 15{1} {7}", "0{2} {6}"),
         "fr": ("+33 6 {2} {2} {2} {2}", "07 {2} {2} {2} {2}"), "nl": ("+31 6 {8}", "06-{8}"),
         "es": ("+34 6{2} {3} {3}", "6{2} {3} {3}"), "it": ("+39 34{1} {3} {4}", "34{1} {7}"),
         "pt": ("+351 91{1} {3} {3}", "91{1} {3} {3}"), "pl": ("+48 5{2} {3} {3}", "5{2}-{3}-{3}"),
         "sv": ("+46 70 {3} {2} {2}", "070-{3} {2} {2}"), "da": ("+45 {2} {2} {2} {2}", "{2} {2} {2} {2}"),
         "fi": ("+358 40 {3} {4}", "040 {3} {4}"), "cs": ("+420 6{2} {3} {3}", "6{2} {3} {3}")}
DOB_KEYS = {"en": ["date_of_birth", "dob", "birth_date"], "de": ["geburtsdatum", "geb_datum"],
            "fr": ["date_naissance", "ne_le"], "nl": ["geboortedatum"], "es": ["fecha_nacimiento"],
            "it": ["data_nascita"], "pt": ["data_nascimento"], "pl": ["data_urodzenia"],
            "sv": ["fodelsedatum"], "da": ["foedselsdato"], "fi": ["syntymaaika"],
            "cs": ["datum_narozeni"]}
IBAN_SPEC = {"de": ("DE", 18), "fr": ("FR", 23), "nl": ("NL", 14), "es": ("ES", 20), "it": ("IT", 23),
             "pt": ("PT", 21), "pl": ("PL", 24), "sv": ("SE", 20), "da": ("DK", 14), "fi": ("FI", 14),
             "cs": ("CZ", 20), "en": ("GB", 18)}


def digits(n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def fill_digits(fmt):
    out, i = "", 0
    while i < len(fmt):
        if fmt[i] == "{":
            j = fmt.index("}", i)
            out += digits(int(fmt[i + 1:j]), "123456789")
            i = j + 1
        else:
            out += fmt[i]
            i += 1
    return out


def iban(lg):
    cc, n = IBAN_SPEC[lg]
    if cc in ("NL", "GB"):
        bban = rng.choice(["ABNA", "RABO", "INGB", "BARC", "LOYD"]) + digits(n - 4)
    else:
        bban = digits(n)
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = cc + "%02d" % (98 - num % 97) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def card():
    d = [int(c) for c in "4" + digits(14)]
    t = 0
    for i, x in enumerate(reversed(d)):
        x = x * 2 if i % 2 == 0 else x
        t += x - 9 if x > 9 else x
    d.append((10 - t % 10) % 10)
    s = "".join(map(str, d))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else s


class Person:
    def __init__(self, lg):
        self.lg = lg
        g, s = draw_name(rng, GLOBAL, TABLE[lg], 0.5)
        self.given, self.sur = g, s
        self.glob = (g, s) in GLOBAL
        fg, fs = fold(g).lower().replace(" ", "").replace("-", ""), \
            fold(s).lower().replace(" ", "").replace("'", "")
        style = rng.randrange(6)
        self.login = [fg[0] + fs, fg + "." + fs, fg + fs[0], fs + fg[0], fg + "_" + fs, fg + "-" + fs][style]
        self.gh = rng.choice([fg + "-" + fs, fg + fs, fs + "-" + fg, fg[0] + fs + str(rng.randint(1, 99)),
                              fold(g).replace(" ", "") + fold(s).replace(" ", "")])
        self.winuser = fold(g).replace(" ", "") + "." + fold(s).replace(" ", "")
        self.work = fg + "." + fs + "@" + rng.choice(WORK_DOMAINS)
        self.mail = rng.choice([fg + "." + fs, fg + fs + digits(2), fg[0] + "." + fs, fs + "." + fg]) \
            + "@" + rng.choice(MAIL[lg])
        self.phone = fill_digits(rng.choice(PHONE[lg]))
        town, pc = rng.choice(TOWNS[lg])
        st, no = rng.choice(STREETS[lg]), str(rng.randint(2, 180))
        if lg == "en":
            self.street = "%s %s, %s %s" % (no, st, town, pc)
        elif lg == "fr":
            self.street = "%s %s, %s %s" % (no, st, pc, town)
        elif lg == "pl":
            self.street = "%s %s/%d, %s %s" % (st, no, rng.randint(1, 40), pc, town)
        elif lg == "es":
            self.street = "%s %s, %dº %s, %s %s" % (st, no, rng.randint(1, 8), rng.choice("ABCD"), pc, town)
        else:
            self.street = "%s %s, %s %s" % (st, no, pc, town)
        self.dob = (rng.randint(1952, 2004), rng.randint(1, 12), rng.randint(1, 28))

    def full(self):
        return self.given + " " + self.sur


def cast(lg, n):
    out, seen = [], set()
    while len(out) < n:
        p = Person(lg if rng.random() < 0.75 else "en")
        if p.sur not in seen and p.given not in seen:
            seen.update((p.sur, p.given))
            out.append(p)
    return out


# ---- look-alikes -----------------------------------------------------------------------------------
NEG = {
    "NEG_PRODUCT": ["Jenkins", "Hugo", "Ada", "Julia", "Pascal", "Sphinx", "Django", "Jest", "Mockito",
                    "Celery", "Cassandra", "Jasper", "Kafka", "Flask", "Phoenix", "Ember", "Grafana",
                    "Loki", "Thanos", "Jaeger", "Kibana", "Sidekiq", "Marshmallow", "Lettuce", "Claude",
                    "Gemini", "Mistral", "Llama", "Ollama", "Copilot", "Homebrew", "Ruby", "Crystal",
                    "Roxygen", "Nginx", "Sentry", "Dexter", "Otto", "Pandas", "Jinja", "Alembic",
                    "Mercurial", "Gradle", "Maven", "Rollup", "Vitest", "Cypress", "Ansible", "Karma"],
    "NEG_CODE": ["KellerClient", "get_user_name", "PersonFactory", "UserFactory", "BrandtAdapter",
                 "author_name", "displayName", "MartinExporter", "fetchOwner", "HenryScheduler",
                 "full_name", "OwnerResolver", "ContactSerializer", "LucasCache", "set_first_name",
                 "CustomerFactory", "AuthorListView", "resolve_assignee", "WalkerThread", "lastName"],
    "NEG_EPONYM": ["Dijkstra", "Levenshtein", "Bloom filter", "Kalman", "Gaussian", "Fourier",
                   "Markov", "Huffman", "Bézier", "Boyer-Moore", "Fisher-Yates", "Nagle",
                   "Bresenham", "Luhn", "Jaro-Winkler", "Kruskal", "Hamming", "Laplace", "Tarjan"],
    "NEG_BOT": ["dependabot[bot]", "renovate[bot]", "github-actions[bot]", "svc-deploy", "mergify[bot]",
                "codecov-commenter", "sonarcloud[bot]", "k8s-ci-robot", "svc-backup", "release-bot",
                "ci-runner", "argocd-image-updater", "pre-commit-ci[bot]", "svc-terraform"],
    "NEG_ROLE": ["@org/payments-team", "@acme/platform-sre", "@kestrel/frontend", "@org/docs-maintainers",
                 "oncall-primary", "sre-team", "#team-checkout", "@northwind/security", "platform-owners",
                 "release-managers", "@org/data-eng"],
    "NEG_EXAMPLE": ["John Doe", "Jane Doe", "Jane Roe", "Alice", "Bob", "Max Mustermann",
                    "Erika Mustermann", "Jan Jansen", "Mario Rossi", "Juan Pérez", "Jan Kowalski",
                    "Fulano de Tal", "Eve", "Mallory"],
    "NEG_WORD": ["Will", "May", "Mark", "Bill", "Grant", "Frank"],
    "NEG_ROOM": ["Building 4", "rack 12", "floor 3", "Room 2.14", "cage B7", "row 9", "Hall 5"],
}
WORD_SENT = {"Will": "Will fix in a follow-up.", "May": "May break older runners.",
             "Mark": "Mark as resolved once deployed.", "Bill": "Bill the overage to the team budget.",
             "Grant": "Grant read access only.", "Frank": "Frank answer: we don't know yet."}


class D(P):
    """A document: P with the people's forms and the look-alikes as helpers."""

    def __init__(self, shapes):
        super().__init__()
        self.shapes = shapes

    def per(self, v, form):
        self.shapes.add("person:" + form)
        return self.s("PERSON", v)

    def name(self, p, form="full"):
        if form == "full":
            return self.per(p.full(), form)
        if form == "rev":
            return self.per(p.sur + ", " + p.given, form)
        if form == "given":
            return self.per(p.given, form)
        if form == "sur":
            return self.per(p.sur, form)
        if form == "login":
            return self.per(p.login, form)
        if form == "gh":
            return self.per(p.gh, form)
        if form == "lower":
            return self.per(p.full().lower(), form)
        if form == "init":
            return self.per(p.given[0] + ". " + p.sur, form)
        if form == "upper":
            return self.per(p.sur.upper() + " " + p.given, form)
        raise ValueError(form)

    def neg(self, kind, v=None):
        if v is None:
            v = rng.choice(NEG[kind])
        self.shapes.add("neg:" + kind[4:].lower())
        return self.s(kind, v)

    def nd(self, v):
        return self.neg("NEG_DATE", v)

    def sha(self, n=40):
        return self.neg("NEG_ID", "".join(rng.choice("0123456789abcdef") for _ in range(n)))

    def em(self, v):
        return self.s("EMAIL_ADDRESS", v)

    def ph(self, v):
        return self.s("PHONE_NUMBER", v)

    def st(self, v):
        return self.s("STREET_ADDRESS", v)

    def dob(self, v):
        return self.s("DATE_OF_BIRTH", v)

    def tpl(self, s, ppl):
        """s with {G} {N} {S} {L} (a person's given name, full name, surname, login: the next of
        ppl each time), {P} {C} {E} {B} {R} {X} (a product, code name, eponym, bot, team, placeholder)."""
        k = [0]

        def nxt():
            p = ppl[k[0] % len(ppl)]
            k[0] += 1
            return p
        i = 0
        while i < len(s):
            j = s.find("{", i)
            if j < 0:
                self.t(s[i:])
                break
            self.t(s[i:j])
            key = s[j + 1:s.index("}", j)]
            i = s.index("}", j) + 1
            if key in "GNSL":
                self.name(nxt(), {"G": "given", "N": "full", "S": "sur", "L": "login"}[key])
            else:
                self.neg({"P": "NEG_PRODUCT", "C": "NEG_CODE", "E": "NEG_EPONYM", "B": "NEG_BOT",
                          "R": "NEG_ROLE", "X": "NEG_EXAMPLE"}[key])
        return self


def rdate():
    y, m, d = rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def git_date():
    y, m, d, h, mi, s = rdate()
    return "%s %s %d %02d:%02d:%02d %d %s" % (rng.choice(WD), MON3[m - 1], d, h, mi, s, y,
                                              rng.choice(["+0100", "+0200", "+0000", "-0500", "+0530"]))


def iso_ts():
    y, m, d, h, mi, s = rdate()
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, h, mi, s, rng.randint(0, 999))


def ver():
    return "v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20))


def dob_text(p, style):
    y, m, d = p.dob
    if style == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 1:
        return "%02d.%02d.%d" % (d, m, y)
    if style == 2:
        return "%02d/%02d/%d" % (d, m, y)
    if p.lg in MONTHS:
        return "%d %s %d" % (d, MONTHS[p.lg][m - 1], y)
    return "%d.%d.%d" % (d, m, y)


# ---- the words of each language: commit messages, review comments, asks -----------------------
# {G} {N} {S} {L}: people; {P} {C} {E} {B} {R} {X}: look-alikes (see D.tpl)
TEXT = {
    "en": {"commit": ["Fix off-by-one in {C} pagination", "Replace {E} distance with a cheaper check",
                      "Bump {P} to 5.2 and drop the shim", "Retry webhook delivery with jitter",
                      "Move {C} behind a feature flag", "Handle empty owner list in CODEOWNERS parser"],
           "body": ["Thanks to {G} for spotting this on staging.", "{N} reproduced it with the {P} runner.",
                    "Discussed with {G} and {G}; the {E} variant stays for now."],
           "review": ["Nit: {C} could be private.", "Can we keep the {P} config as is? {G} relies on it.",
                      "LGTM once {G} confirms the migration is reversible.", "I'd rather not pull {P} in for this."],
           "esc": "Customer {N} cannot check out; their saved card is rejected since yesterday.",
           "pm": ["{G} noticed the error rate climbing and paged {G}.", "{N} rolled back the {P} deploy."],
           "ask": {"repo": ["Who owns the billing code and who changed it last? Everything is below.",
                            "Please summarise who worked on this module, from the history I pasted.",
                            "Check the seeds and fixtures below for anything that looks like real customer data."],
                   "ops": ["CI is red again, can you tell me why? Logs attached.",
                           "Here is the crash report and the logs. What went wrong and who should look at it?",
                           "Draft a post-mortem summary from these notes and logs."],
                   "review": ["Summarise this PR thread and list open review comments per reviewer.",
                              "Turn this issue export into a status update for the team.",
                              "Write release notes from the merged PRs below and thank the contributors."]}},
    "de": {"commit": ["Paginierung in {C} korrigiert", "{E}-Abstand durch günstigere Prüfung ersetzt",
                      "{P} auf 5.2 angehoben, Workaround entfernt", "Webhook-Zustellung mit Wiederholung"],
           "body": ["Danke an {G} für den Hinweis aus dem Staging.", "{N} hat es mit dem {P}-Runner nachgestellt."],
           "review": ["Kleinigkeit: {C} könnte privat sein.", "Bitte {P} nicht anfassen, {G} braucht die Konfiguration.",
                      "Passt, sobald {G} bestätigt, dass die Migration umkehrbar ist."],
           "esc": "Kunde {N} kann nicht bezahlen, die gespeicherte Karte wird seit gestern abgelehnt.",
           "pm": ["{G} hat die steigende Fehlerrate bemerkt und {G} angepiept.", "{N} hat das {P}-Deployment zurückgerollt."],
           "ask": "Kannst du dir das bitte ansehen und kurz zusammenfassen, wer was gemacht hat?"},
    "fr": {"commit": ["Corrige la pagination de {C}", "Remplace la distance de {E} par un test moins coûteux",
                      "Passe {P} en 5.2 et retire le contournement", "Relance des webhooks avec délai aléatoire"],
           "body": ["Merci à {G} pour le signalement en préprod.", "{N} l'a reproduit avec le runner {P}."],
           "review": ["Détail : {C} pourrait être privé.", "On garde la config {P} telle quelle ? {G} en dépend.",
                      "OK pour moi dès que {G} confirme que la migration est réversible."],
           "esc": "Le client {N} ne peut plus payer, sa carte enregistrée est refusée depuis hier.",
           "pm": ["{G} a vu le taux d'erreur grimper et a bipé {G}.", "{N} a annulé le déploiement {P}."],
           "ask": "Tu peux regarder ça et me résumer qui a fait quoi ?"},
    "nl": {"commit": ["Paginering in {C} gerepareerd", "{E}-afstand vervangen door goedkopere check",
                      "{P} naar 5.2 en workaround verwijderd", "Webhooks opnieuw versturen met jitter"],
           "body": ["Dank aan {G} voor de melding op staging.", "{N} heeft het nagespeeld met de {P}-runner."],
           "review": ["Klein puntje: {C} kan private.", "Kunnen we de {P}-config laten staan? {G} gebruikt hem.",
                      "Prima zodra {G} bevestigt dat de migratie terug te draaien is."],
           "esc": "Klant {N} kan niet afrekenen, de opgeslagen kaart wordt sinds gisteren geweigerd.",
           "pm": ["{G} zag het foutpercentage stijgen en heeft {G} opgepiept.", "{N} heeft de {P}-deploy teruggedraaid."],
           "ask": "Kun je dit bekijken en samenvatten wie wat gedaan heeft?"},
    "es": {"commit": ["Corrige la paginación en {C}", "Sustituye la distancia de {E} por una comprobación más barata",
                      "Actualiza {P} a 5.2 y elimina el parche", "Reintenta los webhooks con jitter"],
           "body": ["Gracias a {G} por avisar desde staging.", "{N} lo reprodujo con el runner de {P}."],
           "review": ["Detalle: {C} podría ser privado.", "¿Dejamos la config de {P} como está? {G} depende de ella.",
                      "Aprobado cuando {G} confirme que la migración es reversible."],
           "esc": "El cliente {N} no puede pagar; su tarjeta guardada se rechaza desde ayer.",
           "pm": ["{G} vio subir la tasa de errores y avisó a {G}.", "{N} revirtió el despliegue de {P}."],
           "ask": "¿Puedes revisar esto y resumirme quién hizo qué?"},
    "it": {"commit": ["Corretta la paginazione in {C}", "Sostituita la distanza di {E} con un controllo più leggero",
                      "Aggiornato {P} alla 5.2, rimosso il workaround", "Ritenta i webhook con jitter"],
           "body": ["Grazie a {G} per la segnalazione in staging.", "{N} l'ha riprodotto con il runner {P}."],
           "review": ["Dettaglio: {C} potrebbe essere privato.", "Lasciamo la config di {P} com'è? {G} la usa.",
                      "Ok appena {G} conferma che la migrazione è reversibile."],
           "esc": "Il cliente {N} non riesce a pagare, la carta salvata viene rifiutata da ieri.",
           "pm": ["{G} ha notato l'aumento degli errori e ha chiamato {G}.", "{N} ha annullato il deploy di {P}."],
           "ask": "Puoi darci un'occhiata e riassumere chi ha fatto cosa?"},
    "pt": {"commit": ["Corrige a paginação em {C}", "Troca a distância de {E} por uma verificação mais barata",
                      "Atualiza {P} para 5.2 e remove o contorno", "Reenvia webhooks com jitter"],
           "body": ["Obrigado ao {G} por avisar no staging.", "{N} reproduziu com o runner do {P}."],
           "review": ["Detalhe: {C} podia ser privado.", "Mantemos a config do {P}? A {G} depende dela.",
                      "Aprovado assim que {G} confirmar que a migração é reversível."],
           "esc": "O cliente {N} não consegue pagar; o cartão guardado é recusado desde ontem.",
           "pm": ["{G} viu a taxa de erros subir e chamou {G}.", "{N} reverteu o deploy do {P}."],
           "ask": "Podes ver isto e resumir quem fez o quê?"},
    "pl": {"commit": ["Poprawka stronicowania w {C}", "Zamiana odległości {E} na tańsze sprawdzenie",
                      "Podbicie {P} do 5.2 i usunięcie obejścia", "Ponawianie webhooków z losowym opóźnieniem"],
           "body": ["Dzięki dla {G} za zgłoszenie ze stagingu.", "{N} odtworzył to na runnerze {P}."],
           "review": ["Drobiazg: {C} może być prywatne.", "Zostawmy konfigurację {P}, {G} z niej korzysta.",
                      "Akceptuję, gdy {G} potwierdzi, że migracja jest odwracalna."],
           "esc": "Klient {N} nie może zapłacić, zapisana karta jest odrzucana od wczoraj.",
           "pm": ["{G} zauważył rosnący odsetek błędów i wezwał {G}.", "{N} wycofał wdrożenie {P}."],
           "ask": "Możesz to przejrzeć i podsumować, kto co zrobił?"},
    "sv": {"commit": ["Rätta sidindelningen i {C}", "Ersätt {E}-avståndet med en billigare kontroll",
                      "Uppgradera {P} till 5.2 och ta bort lappen", "Försök igen med webhooks med jitter"],
           "body": ["Tack till {G} för rapporten från staging.", "{N} återskapade det med {P}-runnern."],
           "review": ["Petitess: {C} kan vara privat.", "Kan vi behålla {P}-konfigen? {G} använder den.",
                      "Godkänt när {G} bekräftat att migreringen går att backa."],
           "esc": "Kunden {N} kan inte betala, det sparade kortet nekas sedan i går.",
           "pm": ["{G} såg felfrekvensen stiga och larmade {G}.", "{N} rullade tillbaka {P}-driftsättningen."],
           "ask": "Kan du titta på det här och sammanfatta vem som gjorde vad?"},
    "da": {"commit": ["Ret sideinddeling i {C}", "Erstat {E}-afstand med et billigere tjek",
                      "Opgrader {P} til 5.2 og fjern omvejen", "Genforsøg webhooks med jitter"],
           "body": ["Tak til {G} for fejlrapporten fra staging.", "{N} genskabte den med {P}-runneren."],
           "review": ["Lille ting: {C} kan være privat.", "Kan vi beholde {P}-opsætningen? {G} bruger den.",
                      "Godkendt når {G} bekræfter at migreringen kan rulles tilbage."],
           "esc": "Kunden {N} kan ikke betale; det gemte kort afvises siden i går.",
           "pm": ["{G} så fejlraten stige og kaldte {G}.", "{N} rullede {P}-udrulningen tilbage."],
           "ask": "Kan du kigge på det her og opsummere hvem der gjorde hvad?"},
    "fi": {"commit": ["Korjaa sivutus luokassa {C}", "Korvaa {E}-etäisyys kevyemmällä tarkistuksella",
                      "Päivitä {P} versioon 5.2 ja poista kiertotie", "Webhookien uudelleenyritys viiveellä"],
           "body": ["Kiitos {G} ilmoituksesta stagingista.", "{N} toisti vian {P}-ajurilla."],
           "review": ["Pikkujuttu: {C} voisi olla yksityinen.", "Pidetäänkö {P}-asetukset? {G} tarvitsee niitä.",
                      "Hyväksyn, kun {G} vahvistaa, että migraatio on peruttavissa."],
           "esc": "Asiakas {N} ei pysty maksamaan, tallennettu kortti hylätään eilisestä asti.",
           "pm": ["{G} huomasi virheiden kasvun ja hälytti {G}.", "{N} perui {P}-julkaisun."],
           "ask": "Voitko katsoa tämän ja tiivistää, kuka teki mitä?"},
    "cs": {"commit": ["Oprava stránkování v {C}", "Vzdálenost {E} nahrazena levnější kontrolou",
                      "{P} povýšen na 5.2, obejití odstraněno", "Opakované doručení webhooků s prodlevou"],
           "body": ["Díky, {G}, za hlášení ze stagingu.", "{N} to zopakoval na runneru {P}."],
           "review": ["Drobnost: {C} může být privátní.", "Necháme konfiguraci {P}? {G} ji používá.",
                      "Schváleno, jakmile {G} potvrdí, že migrace jde vrátit."],
           "esc": "Zákazník {N} nemůže zaplatit, uložená karta je od včera zamítána.",
           "pm": ["{G} si všiml rostoucí chybovosti a zavolal {G}.", "{N} vrátil nasazení {P}."],
           "ask": "Můžeš se na to podívat a shrnout, kdo co udělal?"},
}


class Ctx:
    """One record's cast, language and the shapes its documents used."""

    def __init__(self, lg, family):
        self.lg, self.family = lg, family
        self.ppl = cast(lg, rng.randint(2, 6))
        self.shapes = set()
        self.tx = TEXT[lg]
        self.repo = rng.choice(["ledgerline", "parcel-hub", "quayside-api", "mosaic-web", "tidepool",
                                "fernweh-booking", "hopscotch", "lanternfish", "cobalt-billing"])

    def doc(self, kind):
        self.shapes.add("doc:" + kind)
        d = D(self.shapes)
        d.kind = kind
        return d

    def some(self, k=None):
        return rng.sample(self.ppl, min(len(self.ppl), k or rng.randint(1, len(self.ppl))))

    def say(self, d, key):
        return d.tpl(rng.choice(self.tx[key]), self.some(3))


def sig(d, p, trailer):
    d.t("    " + trailer + ": ").name(p).t(" <").em(p.work).t(">\n")


# ---- family repo ------------------------------------------------------------------------------------
def git_log(c):
    d = c.doc("git-log")
    for _ in range(rng.randint(3, 8)):
        p = rng.choice(c.ppl)
        d.t("commit ").sha().t("\n")
        if rng.random() < 0.15:
            b = rng.choice(NEG["NEG_BOT"][:3])
            d.t("Author: ").neg("NEG_BOT", b).t(" <noreply>\nDate:   ").nd(git_date()).t("\n\n    ")
            d.t("build(deps): bump ").neg("NEG_PRODUCT").t(" from 4.1.0 to 4.2.1\n\n")
            continue
        d.t("Author: ").name(p, rng.choice(["full", "full", "lower", "login"])).t(" <").em(p.work).t(">\n")
        d.t("Date:   ").nd(git_date()).t("\n\n    ")
        c.say(d, "commit")
        d.t("\n\n    ")
        if rng.random() < 0.6:
            c.say(d, "body")
            d.t("\n\n")
        for tr in rng.sample(["Signed-off-by", "Co-authored-by", "Reviewed-by", "Reported-by", "Acked-by",
                              "Tested-by"], rng.randint(1, 3)):
            sig(d, rng.choice(c.ppl), tr)
        d.t("\n")
    return d


def shortlog(c):
    d = c.doc("git-shortlog")
    d.t("$ git shortlog -sne --since=\"12 months\"\n")
    rows = [(rng.randint(1, 400), p) for p in c.ppl]
    rows.append((rng.randint(50, 900), None))
    for n, p in sorted(rows, key=lambda r: -r[0]):
        d.t("%6d\t" % n)
        if p is None:
            d.neg("NEG_BOT").t(" <bot@noreply>\n")
        else:
            d.name(p).t(" <").em(p.work).t(">\n")
    return d


def blame(c):
    d = c.doc("git-blame")
    d.t("$ git blame -w src/%s/%s.py\n" % (c.repo.replace("-", "_"), rng.choice(["routing", "ledger", "owners"])))
    for ln in range(rng.randint(8, 20)):
        p = rng.choice(c.ppl)
        y, m, dd, h, mi, s = rdate()
        d.sha(8).t(" (").name(p, rng.choice(["full", "full", "login"])).t(" ")
        d.nd("%d-%02d-%02d %02d:%02d:%02d +0100" % (y, m, dd, h, mi, s)).t(" %3d) " % (ln + 40))
        r = rng.random()
        if r < 0.3:
            d.t("    return ").neg("NEG_CODE").t("(self.graph).shortest()  # ").neg("NEG_EPONYM").t("\n")
        elif r < 0.45:
            d.t("    # TODO(").name(rng.choice(c.ppl), "login").t("): drop once ").neg("NEG_PRODUCT").t(" 6 lands\n")
        else:
            d.t("    cost = weights[node] + %d\n" % rng.randint(1, 9))
    return d


def mailmap(c):
    d = c.doc("mailmap")
    d.t("# .mailmap: one identity per person\n")
    for p in c.ppl:
        r = rng.random()
        if r < 0.4:
            d.name(p).t(" <").em(p.work).t("> ").name(p, "login").t(" <").em(p.mail).t(">\n")
        elif r < 0.7:
            d.name(p).t(" <").em(p.work).t("> <").em(p.mail).t(">\n")
        else:
            d.t("<").em(p.work).t("> ").name(p, "lower").t(" <").em(p.mail).t(">\n")
    d.t("# bots are not mapped: ").neg("NEG_BOT").t(", ").neg("NEG_BOT").t("\n")
    return d


def codeowners(c):
    d = c.doc("codeowners")
    d.t("# CODEOWNERS: the last matching pattern wins\n*            ").neg("NEG_ROLE").t("\n")
    for path in rng.sample(["/src/billing/", "/src/auth/", "*.tf", "/docs/", "/migrations/", "/web/checkout/",
                            "/.github/workflows/", "/src/routing/"], rng.randint(4, 7)):
        d.t("%-22s" % path)
        for p in c.some(rng.randint(1, 2)):
            d.t("@").name(p, "gh").t(" ")
        if rng.random() < 0.5:
            d.neg("NEG_ROLE")
        d.t("\n")
    return d


def maintainers(c):
    d = c.doc("maintainers")
    kind = rng.randrange(3)
    if kind == 0:
        d.t("%s MAINTAINERS\n\n" % c.repo.upper())
        for area in rng.sample(["CORE", "STORAGE BACKEND", "HTTP CLIENT", "DOCS", "PACKAGING"], 3):
            d.t(area + "\n")
            for p in c.some(rng.randint(1, 2)):
                d.t("M:\t").name(p).t(" <").em(p.work).t(">\n")
            d.t("R:\t").neg("NEG_ROLE").t("\nS:\tMaintained\nF:\tsrc/%s/\n\n" % area.split()[0].lower())
    elif kind == 1:
        d.t("# Authors of %s, in order of first contribution\n\n" % c.repo)
        for p in c.ppl:
            d.name(p, rng.choice(["full", "full", "rev"])).t(" <").em(p.work).t(">\n")
        d.t("\nThe ").neg("NEG_EPONYM").t(" code in src/algo/ was adapted from the public-domain version.\n")
    else:
        d.t("Contributors\n============\n\n")
        for p in c.ppl:
            d.t("* ").name(p).t(" (@").name(p, "gh").t(")\n")
        d.t("* ").neg("NEG_BOT").t(" (automated dependency updates)\n")
    return d


def manifest(c):
    d = c.doc("manifest")
    ps = c.some()
    kind = rng.randrange(6)
    if kind == 0:
        d.t('{\n  "name": "@%s/core",\n  "version": "%s",\n  "author": "' % (c.repo, ver()[1:]))
        d.name(ps[0]).t(" <").em(ps[0].work).t('>",\n  "contributors": [\n')
        for k, p in enumerate(ps[1:] or ps):
            d.t('    {"name": "').name(p).t('", "email": "').em(p.mail).t('"}' + (",\n" if k < len(ps[1:] or ps) - 1 else "\n"))
        d.t('  ],\n  "devDependencies": {"').neg("NEG_PRODUCT", "jest").t('": "^29.7.0", "').neg("NEG_PRODUCT", "cypress").t('": "^13.6.0"}\n}\n')
    elif kind == 1:
        d.t('[project]\nname = "%s"\nversion = "%s"\nauthors = [\n' % (c.repo, ver()[1:]))
        for p in ps:
            d.t('  { name = "').name(p).t('", email = "').em(p.work).t('" },\n')
        d.t(']\ndependencies = ["').neg("NEG_PRODUCT", "celery").t('>=5.3", "').neg("NEG_PRODUCT", "marshmallow").t('>=3.20"]\n')
    elif kind == 2:
        d.t('[package]\nname = "%s"\nversion = "%s"\nedition = "2021"\nauthors = [' % (c.repo.replace("-", "_"), ver()[1:]))
        for k, p in enumerate(ps):
            d.t(", " if k else "").t('"').name(p).t(" <").em(p.work).t('>"')
        d.t(']\n\n[dependencies]\n').neg("NEG_PRODUCT", "tokio").t(' = "1"\n')
    elif kind == 3:
        d.t('Gem::Specification.new do |spec|\n  spec.name    = "%s"\n  spec.authors = [' % c.repo)
        for k, p in enumerate(ps):
            d.t(", " if k else "").t('"').name(p).t('"')
        d.t(']\n  spec.email   = [')
        for k, p in enumerate(ps):
            d.t(", " if k else "").t('"').em(p.work).t('"')
        d.t(']\n  spec.add_dependency "').neg("NEG_PRODUCT", "sidekiq").t('", "~> 7.2"\nend\n')
    elif kind == 4:
        p = ps[0]
        d.t("Source: %s\nSection: net\nPriority: optional\nMaintainer: " % c.repo).name(p).t(" <").em(p.mail).t(">\n")
        if len(ps) > 1:
            d.t("Uploaders: ")
            for k, q in enumerate(ps[1:]):
                d.t(", " if k else "").name(q).t(" <").em(q.work).t(">")
            d.t("\n")
        d.t("Build-Depends: debhelper-compat (= 13), python3-").neg("NEG_PRODUCT", "sphinx").t("\n")
    else:
        for _ in range(rng.randint(2, 4)):
            p = rng.choice(ps)
            d.t("%s (%s-1) unstable; urgency=medium\n\n  * " % (c.repo, ver()[1:]))
            c.say(d, "commit")
            d.t("\n  * Closes: #%d\n\n -- " % rng.randint(900000, 1090000)).name(p).t(" <").em(p.mail).t(">  ")
            y, m, dd, h, mi, s = rdate()
            d.nd("%s, %02d %s %d %02d:%02d:%02d +0100" % (rng.choice(WD), dd, MON3[m - 1], y, h, mi, s)).t("\n\n")
    return d


def source_header(c):
    d = c.doc("source-header")
    p, q = rng.choice(c.ppl), rng.choice(c.ppl)
    y = rng.randint(2015, 2024)
    lang = rng.randrange(3)
    cm = ["# ", "// ", " * "][lang]
    if lang == 2:
        d.t("/*\n")
    d.t(cm + "Copyright (c) %d-%d " % (y, y + 2)).name(p).t(" <").em(p.work).t(">\n")
    d.t(cm + "SPDX-License-Identifier: Apache-2.0\n")
    d.t(cm + "\n" + cm + "Implements a ").neg("NEG_EPONYM").t(" index over the ledger; see ").neg("NEG_CODE").t(".\n")
    d.t(cm + "Original author: ").name(q, rng.choice(["full", "init"])).t("\n")
    if lang == 2:
        d.t(" */\n")
    if lang == 0:
        d.t('\n\nclass RouteIndex:\n    """Shortest paths with ').neg("NEG_EPONYM").t(".\n\n    Maintainer: ").name(q)
        d.t(".\n    \"\"\"\n\n    def build(self, g):\n        # TODO(").name(p, "login").t("): swap for ").neg("NEG_PRODUCT").t("\n")
        d.t("        # FIXME(").name(q, "given").t(") ").neg("NEG_WORD", "May").t(" overflow on huge graphs\n        return ")
        d.neg("NEG_CODE").t("(g)\n")
    else:
        d.t("\nexport function ").neg("NEG_CODE", rng.choice(["fetchOwner", "displayName", "resolveAssignee"])).t("(user) {\n")
        d.t("  // TODO(").name(p, "login").t("): the ").neg("NEG_PRODUCT").t(" adapter returns null here\n")
        d.t("  // e.g. ").neg("NEG_EXAMPLE").t(" -> \"J. D.\"\n  return user?.name ?? '';\n}\n")
    return d


def fixture(c):
    d = c.doc("fixture")
    kind = rng.randrange(4)
    custs = cast(c.lg, rng.randint(2, 4))
    key = rng.choice(DOB_KEYS[c.lg] + DOB_KEYS["en"])
    if kind == 0:
        d.t("-- migrations/0042_seed_customers.sql\nINSERT INTO customers (id, full_name, email, phone, street, %s) VALUES\n" % key)
        for k, p in enumerate(custs):
            d.t("  (%d, '" % (1001 + k)).name(p).t("', '").em(p.mail).t("', '").ph(p.phone).t("', '")
            d.st(p.street.replace("'", "''")).t("', '").dob(dob_text(p, 0)).t("')" + (",\n" if k < len(custs) - 1 else ";\n"))
        d.t("-- placeholder row kept for the demo: ").neg("NEG_EXAMPLE", "Max Mustermann").t("\n")
    elif kind == 1:
        d.t("# tests/fixtures/customers.yaml\n")
        for k, p in enumerate(custs):
            d.t("customer_%d:\n  first_name: " % (k + 1)).name(p, "given").t("\n  last_name: ").name(p, "sur")
            d.t("\n  email: ").em(p.mail).t("\n  mobile: \"").ph(p.phone).t("\"\n  address: \"").st(p.street)
            d.t("\"\n  %s: " % key).dob(dob_text(p, rng.choice([0, 1]))).t("\n")
            if k == 0 and c.lg in IBAN_SPEC:
                d.t("  iban: ").s("IBAN_CODE", iban(c.lg)).t("\n")
        d.t("placeholder:\n  first_name: ").neg("NEG_EXAMPLE", "Jane").t("\n  last_name: ").neg("NEG_EXAMPLE", "Doe").t("\n")
    elif kind == 2:
        d.t("# spec/factories/customers.rb  (").neg("NEG_CODE", "CustomerFactory").t(")\n")
        d.t("FactoryBot.define do\n  factory :customer do\n    name { \"").neg("NEG_EXAMPLE", "John Doe").t("\" }\n  end\nend\n\n# db/seeds.rb\n")
        for p in custs:
            d.t("Customer.create!(name: \"").name(p).t("\", email: \"").em(p.mail).t("\", phone: \"").ph(p.phone)
            d.t("\", street: \"").st(p.street).t("\", %s: Date.parse(\"" % key).dob(dob_text(p, 0)).t("\"))\n")
        d.t("Card.create!(holder: \"").name(custs[0], "upper").t("\", pan: \"").s("CREDIT_CARD", card()).t("\")\n")
    else:
        d.t("# tests/conftest.py\nimport pytest\n\n\n@pytest.fixture\ndef customers():\n    # real export rows, anonymise before merging! (").name(rng.choice(c.ppl), "login").t(")\n    return [\n")
        for p in custs:
            d.t('        {"name": "').name(p).t('", "email": "').em(p.mail).t('", "tel": "').ph(p.phone)
            d.t('",\n         "addr": "').st(p.street).t('", "%s": "' % key).dob(dob_text(p, 2)).t('"},\n')
        d.t("    ]\n\n\ndef test_").neg("NEG_CODE", "get_user_name").t("(customers):\n    assert ").neg("NEG_CODE", "get_user_name").t("({\"name\": \"").neg("NEG_EXAMPLE", "Alice").t("\"}) == \"").neg("NEG_EXAMPLE", "Alice").t("\"\n")
    return d


# ---- family ops -------------------------------------------------------------------------------------
def host():
    return rng.choice(["ip-10-0-%d-%d.eu-west-1.compute.internal" % (rng.randint(0, 9), rng.randint(2, 250)),
                       "api-%s-worker-%d" % ("".join(rng.choice("0123456789abcdef") for _ in range(4)), rng.randint(1, 9)),
                       "db-primary.internal", "edge-fra-%02d.cdn.internal" % rng.randint(1, 40)])


def ci_log(c):
    d = c.doc("ci-log")
    p, q = rng.sample(c.ppl, 2) if len(c.ppl) > 1 else (c.ppl[0], c.ppl[0])
    if rng.random() < 0.5:
        d.t("Started by user ").name(p).t("\nRunning as SYSTEM\nBuilding in workspace ")
        d.neg("NEG_PATH", "/var/lib/jenkins/workspace/%s_main" % c.repo).t("\n[Pipeline] node\nRunning on ")
        d.neg("NEG_HOST", host()).t("\n")
    else:
        d.t("Run ").neg("NEG_PRODUCT", "actions/checkout@v4").t("\nTriggered by ").name(p, "gh")
        d.t(" via pull_request (#%d, branch " % rng.randint(100, 5000)).name(p, "login").t("/fix-%s)\n" % rng.choice(["retry", "tz", "owners"]))
    d.t("+ make test\n")
    home = "/home/" + q.login
    for _ in range(rng.randint(4, 10)):
        r = rng.random()
        if r < 0.35:
            d.t("  File \"").t(home[:6]).name(q, "login").t("/src/%s/%s.py\", line %d, in " % (c.repo, rng.choice(["graph", "db", "api"]), rng.randint(10, 500)))
            d.neg("NEG_CODE").t("\n")
        elif r < 0.6:
            d.t("PASS tests/").neg("NEG_CODE").t(".test.ts (%d ms)\n" % rng.randint(3, 900))
        elif r < 0.8:
            d.t("npm WARN deprecated ").neg("NEG_PRODUCT").t("@%s: use the scoped package\n" % ver()[1:])
        else:
            d.t("FAIL ").neg("NEG_EPONYM").t(" property test: seed %d shrank to 3 steps\n" % rng.randint(1, 99999))
    d.t("ccache: cache dir ").t("/home/").name(q, "login").t("/.cache/ccache, hit rate 71%\n")
    d.t("Error: Process completed with exit code 1.\nNotified: ").name(p, "login").t(", ").neg("NEG_ROLE").t("\n")
    return d


def stack_trace(c):
    d = c.doc("stack-trace")
    p = rng.choice(c.ppl)
    if rng.random() < 0.5:
        d.t("Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n")
        for fn in rng.sample(["Ledger.Post", "Ledger.Reconcile", "Owners.Resolve", "Api.Startup.Configure"], 3):
            d.t("   at %s() in C:\\Users\\" % fn).per(p.winuser, "windir").t("\\source\\repos\\%s\\%s.cs:line %d\n" % (c.repo, fn.split(".")[0], rng.randint(10, 400)))
        d.t("   at ").neg("NEG_CODE").t(".Invoke() in ").neg("NEG_PATH", "D:\\a\\_work\\1\\s\\src\\Shared\\Invoker.cs").t(":line 88\n")
        d.t("Crash dump written to C:\\Users\\").per(p.winuser, "windir").t("\\AppData\\Local\\CrashDumps\\%s.exe.%d.dmp\n" % (c.repo, rng.randint(1000, 99999)))
    else:
        d.t("Exception in thread \"main\" java.lang.IllegalStateException: ").neg("NEG_CODE").t(" not initialised\n")
        for k in range(rng.randint(3, 6)):
            d.t("\tat com.%s.%s.%s(%s.java:%d)\n" % (c.repo.replace("-", ""), rng.choice(["core", "graph", "ledger"]),
                                                     rng.choice(["run", "apply", "visit"]), rng.choice(["Main", "Graph", "Visitor"]), rng.randint(10, 300)))
        d.t("\tat org.").neg("NEG_PRODUCT", "mockito").t(".internal.Runner.run(Runner.java:44)\n")
        d.t("Caused by: java.io.FileNotFoundException: /Users/").name(p, "login").t("/.m2/settings.xml (No such file or directory)\n")
        d.t("# An error report file is saved as /home/").name(p, "login").t("/hs_err_pid%d.log\n" % rng.randint(1000, 99999))
    return d


def sentry_event(c):
    d = c.doc("error-event")
    u = cast(c.lg, 1)[0]
    y, m, dd, h, mi, s = rdate()
    d.t('{\n  "event_id": "').sha(32).t('",\n  "timestamp": "').nd("%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, dd, h, mi, s))
    d.t('",\n  "platform": "python",\n  "logger": "').neg("NEG_PRODUCT", "celery").t('.worker",\n  "user": {\n    "id": "%d",\n    "username": "' % rng.randint(10000, 999999))
    d.name(u, "login").t('",\n    "email": "').em(u.mail).t('",\n    "ip_address": "').neg("NEG_IP", "203.0.113.%d" % rng.randint(1, 254))
    d.t('",\n    "name": "').name(u).t('",\n    "geo": {"city": "%s", "country_code": "%s"}\n  },\n' % (TOWNS[u.lg][0][0], IBAN_SPEC[u.lg][0]))
    d.t('  "tags": {"release": "').neg("NEG_VERSION", ver()).t('", "server_name": "').neg("NEG_HOST", host()).t('"},\n')
    d.t('  "exception": {"values": [{"type": "KeyError", "value": "\'shipping_address\'", "module": "').neg("NEG_CODE").t('"}]},\n')
    d.t('  "extra": {"cart_owner": "').name(u).t('", "billing_street": "').st(u.street).t('", "assigned_to": "').name(rng.choice(c.ppl), "login").t('"}\n}\n')
    return d


def app_log(c):
    d = c.doc("app-log")
    style = rng.randrange(3)
    users = cast(c.lg, rng.randint(1, 3))
    for _ in range(rng.randint(6, 14)):
        u = rng.choice(users)
        ts = iso_ts()
        r = rng.random()
        if style == 0:
            d.t("ts=").nd(ts).t(" level=%s " % rng.choice(["info", "warn", "error"]))
            if r < 0.5:
                d.t("msg=\"login ok\" user=").name(u, "login").t(" email=").em(u.mail).t(" host=").neg("NEG_HOST", host()).t("\n")
            elif r < 0.75:
                d.t("msg=\"address updated\" customer=\"").name(u).t("\" new_address=\"").st(u.street).t("\"\n")
            else:
                d.t("msg=\"job done\" worker=").neg("NEG_BOT").t(" queue=").neg("NEG_PRODUCT", "sidekiq").t("\n")
        elif style == 1:
            if r < 0.5:
                d.t('{"ts":"').nd(ts).t('","level":"info","event":"profile.read","user_name":"').name(u).t('","phone":"').ph(u.phone).t('"}\n')
            elif r < 0.75:
                d.t('{"ts":"').nd(ts).t('","level":"warn","event":"kyc.mismatch","customer":"').name(u, "upper").t('","%s":"' % rng.choice(DOB_KEYS["en"])).dob(dob_text(u, 0)).t('"}\n')
            else:
                d.t('{"ts":"').nd(ts).t('","level":"debug","event":"cache.evict","algo":"').neg("NEG_EPONYM").t('"}\n')
        else:
            d.t("[").nd(ts).t("] ")
            if r < 0.6:
                d.t("INFO  %s - request by " % c.repo).name(u, "login").t(" (").em(u.mail).t(") GET /api/orders/%d 200\n" % rng.randint(1000, 9999))
            else:
                d.t("WARN  ").neg("NEG_CODE").t(" - retry %d/5 for " % rng.randint(1, 5)).neg("NEG_BOT").t("\n")
    return d


def audit_log(c):
    d = c.doc("audit-log")
    for _ in range(rng.randint(5, 12)):
        p = rng.choice(c.ppl)
        d.nd(iso_ts()).t(" actor=")
        if rng.random() < 0.2:
            d.neg("NEG_BOT")
        else:
            d.name(p, rng.choice(["login", "login", "gh"]))
        act = rng.choice(["role.grant", "secret.read", "repo.push", "member.invite", "policy.update"])
        d.t(" action=%s" % act)
        if act == "member.invite":
            q = rng.choice(c.ppl)
            d.t(" target=\"").name(q).t(" <").em(q.work).t(">\"")
        else:
            d.t(" target=").neg("NEG_ROLE")
        d.t(" src=").neg("NEG_IP", "198.51.100.%d" % rng.randint(1, 254)).t("\n")
    return d


def infra(c):
    d = c.doc("infra-labels")
    p, q = rng.choice(c.ppl), rng.choice(c.ppl)
    kind = rng.randrange(3)
    if kind == 0:
        d.t("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  labels:\n    app.kubernetes.io/name: %s\n    owner: " % (c.repo, c.repo))
        d.name(p, "login").t("\n    team: ").neg("NEG_ROLE", "sre-team").t("\n  annotations:\n    contact: \"").name(p).t(" <").em(p.work).t(">\"\n")
        d.t("    oncall.backup: ").name(q, "login").t("\n    topology: ").neg("NEG_ROOM").t("\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/%s/%s:" % (c.repo, c.repo)).neg("NEG_VERSION", ver()).t("\n")
    elif kind == 1:
        d.t("resource \"aws_s3_bucket\" \"exports\" {\n  bucket = \"%s-exports\"\n  tags = {\n    Owner       = \"" % c.repo).name(p, "login")
        d.t("\"\n    CreatedBy   = \"").name(q).t("\"\n    ManagedBy   = \"").neg("NEG_BOT", "svc-terraform").t("\"\n    Location    = \"").neg("NEG_ROOM").t("\"\n  }\n}\n")
    else:
        d.t("apiVersion: v2\nname: %s\nversion: " % c.repo).neg("NEG_VERSION", ver()[1:]).t("\nmaintainers:\n")
        for r in c.some(2):
            d.t("  - name: ").name(r).t("\n    email: ").em(r.work).t("\n")
        d.t("dependencies:\n  - name: ").neg("NEG_PRODUCT", "cassandra").t("\n    repository: oci://registry-1.docker.io/bitnamicharts\n")
    return d


def oncall(c):
    d = c.doc("oncall")
    d.t("On-call rotation (primary / secondary), times UTC\n")
    for k in range(rng.randint(3, 6)):
        p, q = rng.choice(c.ppl), rng.choice(c.ppl)
        y, m, dd, *_ = rdate()
        d.t("| ").nd("%d-%02d-%02d" % (y, m, dd)).t(" | ").name(p, rng.choice(["full", "login"])).t(" | ").ph(p.phone).t(" | ").name(q, rng.choice(["full", "given"])).t(" |\n")
    p = rng.choice(c.ppl)
    d.t("\n[PagerDuty] TRIGGERED #%d: 5xx on checkout > 2%% (" % rng.randint(10000, 99999)).neg("NEG_HOST", host()).t(")\nAssigned to: ").name(p).t("\nEscalation: ")
    d.neg("NEG_ROLE", "oncall-primary").t(" -> ").name(rng.choice(c.ppl), "login").t("\nAcknowledged by ").name(p, "given").t(" at ").nd(iso_ts()).t("\n")
    return d


def postmortem(c):
    d = c.doc("postmortem")
    ic = rng.choice(c.ppl)
    d.t("# Post-mortem: checkout outage\n\nIncident commander: ").name(ic).t("\nScribe: ").name(rng.choice(c.ppl)).t("\nSeverity: SEV2\n\n## Timeline (UTC)\n")
    for _ in range(rng.randint(4, 8)):
        y, m, dd, h, mi, s = rdate()
        d.t("- %02d:%02d " % (h, mi))
        r = rng.random()
        if r < 0.5:
            c.say(d, "pm")
        elif r < 0.7:
            d.neg("NEG_BOT", "argocd-image-updater").t(" rolled out ").neg("NEG_VERSION", ver()).t(".")
        else:
            d.neg("NEG_PRODUCT", "Grafana").t(" alert fired; ").name(ic, "given").t(" opened the ").neg("NEG_PRODUCT", "Kibana").t(" view.")
        d.t("\n")
    d.t("\n## Root cause\nThe ").neg("NEG_EPONYM", "Bloom filter").t(" in ").neg("NEG_CODE").t(" was sized for 1M keys. ")
    w = rng.choice(NEG["NEG_WORD"])
    d.neg("NEG_WORD", w).t(WORD_SENT[w][len(w):] + "\n\n## Actions\n")
    for p in c.some(2):
        d.t("- [ ] ").name(p, "login").t(": add a saturation alert\n")
    return d


def payload_dump(c):
    d = c.doc("payload-dump")
    u = cast(c.lg, 1)[0]
    d.t("POST /v2/customers HTTP/1.1 -> 422 Unprocessable Entity (%d ms)\nrequest body:\n" % rng.randint(20, 900))
    key = rng.choice(DOB_KEYS[c.lg] + DOB_KEYS["en"])
    d.t('{"customer": {"firstName": "').name(u, "given").t('", "lastName": "').name(u, "sur").t('", "email": "').em(u.mail)
    d.t('", "phone": "').ph(u.phone).t('", "%s": "' % key).dob(dob_text(u, rng.choice([0, 1, 2]))).t('",\n  "address": {"line1": "')
    d.st(u.street).t('"}')
    if rng.random() < 0.4 and u.lg in IBAN_SPEC:
        d.t(', "iban": "').s("IBAN_CODE", iban(u.lg)).t('"')
    d.t('}, "source": "').neg("NEG_CODE", "ContactSerializer").t('"}\nresponse: {"error": "invalid_postcode", "trace_id": "').sha(16).t('"}\n')
    return d


# ---- family review ----------------------------------------------------------------------------------
def pr_thread(c):
    d = c.doc("pr-thread")
    au = rng.choice(c.ppl)
    n = rng.randint(100, 9000)
    d.t("#%d " % n).tpl(rng.choice(c.tx["commit"]), c.ppl).t("\n").name(au, "gh").t(" wants to merge 3 commits into main from ")
    d.name(au, "gh").t(":%s-%s\n\n## Summary\n" % (rng.choice(["fix", "feat"]), rng.choice(["owners", "retry", "ledger"])))
    c.say(d, "body")
    d.t("\n\ncc @").name(rng.choice(c.ppl), "gh").t(" @").neg("NEG_ROLE", rng.choice(NEG["NEG_ROLE"][:4])[1:]).t("\n\n---\n")
    for _ in range(rng.randint(3, 7)):
        r = rng.choice(c.ppl)
        d.name(r, "gh").t(" commented on src/%s.py line %d\n" % (rng.choice(["ledger", "graph", "owners"]), rng.randint(5, 400)))
        kind = rng.random()
        if kind < 0.3:
            d.t("```suggestion\n-    return ").neg("NEG_CODE").t("(rows)\n+    return ").neg("NEG_CODE").t("(rows, strict=True)\n```\n")
        elif kind < 0.5:
            d.t("> ").tpl(rng.choice(c.tx["review"]), c.ppl).t("\n\n@").name(rng.choice(c.ppl), "gh").t(" ")
        d.tpl(rng.choice(c.tx["review"]), c.ppl).t("\n\n")
    if rng.random() < 0.5:
        d.neg("NEG_BOT", "codecov-commenter").t(" commented: Coverage 87.1% (+0.4%)\n")
    d.name(rng.choice(c.ppl), "gh").t(" approved these changes\n")
    d.neg("NEG_BOT", "mergify[bot]").t(" merged commit ").sha(7).t(" into main\n")
    return d


def tracker_export(c):
    d = c.doc("tracker-export")
    kind = rng.randrange(3)
    if kind == 0:
        d.t("Issue key,Summary,Reporter,Assignee,Watchers,Created,Status\n")
        for _ in range(rng.randint(3, 8)):
            r, a = rng.choice(c.ppl), rng.choice(c.ppl)
            y, m, dd, h, mi, s = rdate()
            d.neg("NEG_ID", "%s-%d" % (rng.choice(["PAY", "OPS", "WEB", "CORE"]), rng.randint(10, 4000))).t(',"')
            d.tpl(rng.choice(c.tx["commit"]), c.ppl).t('",').name(r, rng.choice(["full", "rev", "login"])).t(",").name(a).t(',"')
            for k, w in enumerate(c.some(2)):
                d.t(";" if k else "").name(w, "login")
            d.t('",').nd("%02d/%s/%02d %d:%02d PM" % (dd, MON3[m - 1], y % 100, h % 12 + 1, mi)).t(",%s\n" % rng.choice(["Open", "In Review", "Done"]))
    elif kind == 1:
        d.t("[\n")
        for k in range(rng.randint(2, 4)):
            r = rng.choice(c.ppl)
            d.t('  {"number": %d, "title": "' % rng.randint(10, 9999)).tpl(rng.choice(c.tx["commit"]), c.ppl)
            d.t('", "user": {"login": "').name(r, "gh").t('"}, "assignees": [{"login": "').name(rng.choice(c.ppl), "gh")
            d.t('"}], "labels": ["bug"], "created_at": "').nd(iso_ts()).t('",\n   "comments": [')
            for j in range(rng.randint(1, 3)):
                w = rng.choice(c.ppl)
                d.t(", " if j else "").t('{"user": {"login": "').name(w, "gh").t('"}, "body": "').tpl(rng.choice(c.tx["review"]), c.ppl).t('"}')
            d.t(']}' + (",\n" if k < 1 else ",\n"))
        d.t('  {"number": %d, "title": "Bump ' % rng.randint(10, 9999)).neg("NEG_PRODUCT").t('", "user": {"login": "').neg("NEG_BOT", "dependabot[bot]").t('"}}\n]\n')
    else:
        for _ in range(rng.randint(2, 4)):
            r, a = rng.choice(c.ppl), rng.choice(c.ppl)
            d.t("- id: ").neg("NEG_ID", "ENG-%d" % rng.randint(100, 999)).t("\n  title: ").tpl(rng.choice(c.tx["commit"]), c.ppl)
            d.t("\n  creator:\n    name: ").name(r).t("\n    displayName: ").name(r, "given").t("\n  assignee:\n    name: ").name(a)
            d.t("\n    email: ").em(a.work).t("\n  cycle: ").neg("NEG_WORD", "May").t(" cycle 2\n  subscribers: [")
            for k, w in enumerate(c.some(2)):
                d.t(", " if k else "").name(w, "login")
            d.t("]\n")
    return d


def design_doc(c):
    d = c.doc("design-doc")
    d.t("# RFC: replace ").neg("NEG_PRODUCT").t(" with a ").neg("NEG_EPONYM").t(" index\n\n| Role | Person | Status |\n|---|---|---|\n")
    roles = ["Owner", "Reviewer", "Reviewer", "Approver", "Security"]
    for role in roles[:min(len(roles), len(c.ppl) + 1)]:
        p = rng.choice(c.ppl)
        d.t("| %s | " % role).name(p, rng.choice(["full", "full", "gh"])).t(" | %s |\n" % rng.choice(["approved", "pending", "LGTM"]))
    d.t("| Stakeholder | ").neg("NEG_ROLE").t(" | informed |\n\n## Context\nToday ").neg("NEG_CODE").t(" calls ")
    d.neg("NEG_PRODUCT").t(" for every lookup; see the benchmark ").name(rng.choice(c.ppl), "given").t(" ran last sprint.\n")
    d.t("Example: user ").neg("NEG_EXAMPLE", "Alice").t(" signs, ").neg("NEG_EXAMPLE", "Bob").t(" verifies, ")
    d.neg("NEG_EXAMPLE", "Eve").t(" listens.\n\n## Sign-off\n")
    for p in c.some():
        d.t("- [x] ").name(p).t(" (").nd("%d-%02d-%02d" % rdate()[:3]).t(")\n")
    return d


def release_notes(c):
    d = c.doc("release-notes")
    d.t("## ").neg("NEG_VERSION", ver()).t(" (").nd("%d-%02d-%02d" % rdate()[:3]).t(")\n\n### Fixes\n")
    for _ in range(rng.randint(3, 6)):
        p = rng.choice(c.ppl)
        d.t("- ").tpl(rng.choice(c.tx["commit"]), c.ppl).t(" by @").name(p, "gh").t(" in #%d\n" % rng.randint(100, 9999))
    d.t("- Bump ").neg("NEG_PRODUCT").t(" by @").neg("NEG_BOT", "dependabot[bot]").t(" in #%d\n\n### New contributors\n" % rng.randint(100, 9999))
    p = rng.choice(c.ppl)
    d.t("- @").name(p, "gh").t(" made their first contribution\n\nThanks to ")
    for k, q in enumerate(c.ppl):
        d.t(", " if k else "").name(q, rng.choice(["full", "given"]))
    d.t(" and everyone who tested the ").neg("NEG_PRODUCT").t(" plugin!\n\n**Full Changelog**: ").neg("NEG_VERSION", ver()).t("...").neg("NEG_VERSION", ver()).t("\n")
    return d


def escalation(c):
    d = c.doc("escalation")
    u = cast(c.lg, 1)[0]
    agent = rng.choice(c.ppl)
    d.t("Bug: checkout rejects saved cards (escalated from support ticket ").neg("NEG_ID", "#%d" % rng.randint(100000, 999999)).t(")\n\n")
    d.t("Pasted from the ticket by ").name(agent, "login").t(":\n\n> ").tpl(c.tx["esc"], [u]).t("\n> Name: ").name(u)
    d.t("\n> E-mail: ").em(u.mail).t("\n> Phone: ").ph(u.phone).t("\n> Address: ").st(u.street)
    if rng.random() < 0.5:
        d.t("\n> Date of birth (KYC): ").dob(dob_text(u, rng.choice([1, 2, 3])))
    if rng.random() < 0.4:
        d.t("\n> Card on file: ").s("CREDIT_CARD", card())
    d.t("\n\nRepro with the test account ").neg("NEG_EXAMPLE").t(" works fine, so it is the stored token. ")
    d.name(rng.choice(c.ppl), "given").t(", can you look? Assigning to ").name(rng.choice(c.ppl), "gh").t(".\n")
    return d


def review_mail(c):
    d = c.doc("review-mail")
    au, rv = rng.choice(c.ppl), rng.choice(c.ppl)
    n = rng.randint(100, 9000)
    d.t("Subject: Re: [%s/%s] " % (rng.choice(["kestrel", "northwind", "tallowsoft"]), c.repo)).tpl(rng.choice(c.tx["commit"]), c.ppl)
    d.t(" (PR #%d)\n\n@" % n).name(rv, "gh").t(" requested changes on this pull request.\n\n")
    d.t("In src/ledger/%s.py:\n> +    return " % rng.choice(["post", "match"])).neg("NEG_CODE").t("(rows)\n\n")
    c.say(d, "review")
    y, m, dd, h, mi, _ = rdate()
    d.t("\n\n\u2014\n").name(rv, rng.choice(["init", "given", "full"])).t("\n\nOn ")
    d.nd("%s, %d %s %d at %02d:%02d" % (rng.choice(WD), dd, MON3[m - 1], y, h, mi)).t(", ").name(au).t(" wrote:\n> ")
    c.say(d, "body")
    d.t("\n> ").neg("NEG_WORD", "Will").t(" update the ").neg("NEG_PRODUCT").t(" pin after this.\n")
    if rng.random() < 0.5:
        d.t('\n[{"id": %d, "body": "' % rng.randint(10000, 99999)).tpl(rng.choice(c.tx["review"]), c.ppl)
        d.t('", "author": {"name": "').name(rv).t('", "username": "').name(rv, "login").t('"}, "system": false},\n')
        d.t(' {"id": %d, "body": "approved this merge request", "author": {"name": "' % rng.randint(10000, 99999))
        d.name(au, rng.choice(["full", "upper"])).t('", "username": "').name(au, "login").t('"}, "system": true}]\n')
    return d


# ---- text with no people (more look-alikes) ------------------------------------------------------------
def filler(c):
    k = rng.randrange(7)
    d = c.doc(["deps", "algo", "workflow", "branches", "bot-prs", "models", "inventory"][k])
    if k == 0:
        d.t(rng.choice(["# requirements.txt\n", "# requirements/dev.txt (pinned by pip-compile)\n"]))
        for _ in range(rng.randint(4, 9)):
            d.neg("NEG_PRODUCT").t("==%d.%d.%d\n" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20)))
    elif k == 1:
        d.t('"""Fuzzy matching of ledger payees.\n\nA ').neg("NEG_EPONYM", "Bloom filter").t(" rejects most keys before the ")
        d.neg("NEG_EPONYM", rng.choice(["Levenshtein", "Jaro-Winkler", "Hamming"])).t(" pass; ties are broken by a ")
        d.neg("NEG_EPONYM", rng.choice(["Gaussian", "Markov", "Kalman"])).t(" score.\n\"\"\"\n\n")
        for _ in range(rng.randint(2, 4)):
            d.t("from .match import ").neg("NEG_CODE").t("\n")
        d.t("\n\ndef score(a, b):\n    # ").neg("NEG_EPONYM").t(" first, then ").neg("NEG_EPONYM").t("\n    return ").neg("NEG_CODE").t("(a, b)\n")
    elif k == 2:
        d.t("on:\n  pull_request:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n")
        d.t("      - uses: actions/setup-python@").neg("NEG_VERSION", ver()).t("\n      - run: make test\n  release:\n    if: github.actor != '")
        d.neg("NEG_BOT", "dependabot[bot]").t("'\n    environment: prod  # deployed by ").neg("NEG_BOT", "svc-deploy").t("\n")
    elif k == 3:
        d.t("$ git branch -a --sort=-committerdate\n")
        for _ in range(rng.randint(3, 7)):
            d.t("  ").neg("NEG_ID", "%s/%s-%d" % (rng.choice(["feature", "fix", "chore", "release"]),
                                                   rng.choice(["retry", "owners", "ledger", "tz", "paging"]), rng.randint(1, 900))).t("\n")
        d.t("$ git tag --sort=-v:refname | head -3\n")
        for _ in range(3):
            d.neg("NEG_VERSION", ver()).t("\n")
    elif k == 4:
        for _ in range(rng.randint(2, 5)):
            d.neg("NEG_BOT", rng.choice(["renovate[bot]", "dependabot[bot]"])).t(" opened #%d: Update dependency " % rng.randint(100, 9999))
            d.neg("NEG_PRODUCT").t(" to ").neg("NEG_VERSION", ver()).t("\n")
    elif k == 5:
        d.t("# agents.yaml\ndefault_model: ").neg("NEG_PRODUCT", "Claude").t(" Sonnet\nfallback: ").neg("NEG_PRODUCT", "Gemini")
        d.t(" Flash\nlocal: ").neg("NEG_PRODUCT", rng.choice(["Mistral", "Llama", "Ollama"])).t("\nreview_bot: ").neg("NEG_BOT", "pre-commit-ci[bot]").t("\n")
        w = rng.choice(NEG["NEG_WORD"])
        d.t("# ").neg("NEG_WORD", w).t(WORD_SENT[w][len(w):] + "\n")
    else:
        d.t("host            location\n")
        for _ in range(rng.randint(3, 6)):
            d.neg("NEG_HOST", host()).t("  ").neg("NEG_ROOM").t(", ").neg("NEG_ROOM").t("\n")
    return d


# ---- bulk with no labels at all: the code, builds and diffs around the people ----------------------
BULK = {
    "source": ["    if (cache.has(key)) return cache.get(key);", "    const rows = await db.query(sql, params);",
               "def _normalise(value: str) -> str:", "    return value.strip().lower()", "}", "",
               "    for (let i = 0; i < items.length; i++) {", "        total += items[i].amount * rate;",
               "func (s *Store) Get(ctx context.Context, id int64) (*Order, error) {", "    if err != nil {",
               "        return nil, fmt.Errorf(\"get order %d: %w\", id, err)", "import { Router } from './router';",
               "class LedgerEntry(Base):", "    __tablename__ = \"ledger_entries\"", "    amount = Column(Numeric(12, 2))",
               "    # Retry with exponential backoff; see RFC 7231, section 7.1.3.",
               "    // Safari drops the cookie when SameSite=None comes without Secure.",
               "    # Postgres rounds half away from zero, Python to even: keep Decimal here.",
               "export const DEFAULT_TIMEOUT_MS = %d_000;", "    raise NotImplementedError(\"Windows paths\")",
               "    log.Printf(\"Shutting down, draining %d connections\", n)", "@dataclass(frozen=True)",
               "class Money:", "    currency: str = \"EUR\"", "    # Monday and Sunday both start a week somewhere.",
               "    match = PATTERN.fullmatch(line)", "    if not match:", "        continue"],
    "build-output": ["[%d/%d] Compiling src/graph.c", "[%d/%d] Linking CXX executable bin/ledgerd",
                     "Downloading crates ... (%d of %d)", "   Compiling serde v1.0.%d", "npm notice %d packages audited",
                     "Step %d/%d : RUN pip install --no-cache-dir -r requirements.txt", " ---> Using cache",
                     "webpack compiled with %d warnings in %d ms", "added %d packages in %ds",
                     "WARNING: Published ports are discarded when using host network mode",
                     "Note: switching to 'FETCH_HEAD'.", "CMake Warning (dev) at CMakeLists.txt:%d (find_package):",
                     "  Policy CMP0%d is not set: FindBoost module is removed.", "-- Found OpenSSL: /usr/lib/x86_64-linux-gnu/libcrypto.so",
                     "Successfully built wheel for ledgerline", "Removing intermediate container %d"],
    "diff": ["diff --git a/src/ledger.py b/src/ledger.py", "@@ -%d,%d +%d,%d @@ def post(entry):",
             "-    if entry.amount < 0:", "+    if entry.amount <= 0:", "         raise ValueError(\"amount\")",
             "diff --git a/web/src/Checkout.tsx b/web/src/Checkout.tsx", "@@ -%d,%d +%d,%d @@ export function Checkout() {",
             "-  const [open, setOpen] = useState(false);", "+  const [open, setOpen] = useState(props.open ?? false);",
             "   return <Modal title=\"Payment\" onClose={close}>", " src/routing/graph.py   | %d ++++++---",
             " web/src/Checkout.tsx   | %d +++--", " %d files changed, %d insertions(+), %d deletions(-)"],
    "test-run": ["  \u2713 parses an empty ledger (%d ms)", "  \u2713 rejects a negative amount (%d ms)",
                 "  \u2717 rounds half to even (%d ms)", "tests/test_api.py::test_list_orders PASSED [ %d%]",
                 "tests/test_api.py::test_retry_after FAILED [ %d%]", "Ran %d tests in %d.%ds",
                 "coverage: %d% of statements", "    AssertionError: expected 'Paid' but got 'Pending'",
                 "    at Object.<anonymous> (src/Checkout.test.tsx:%d:%d)", "Test Suites: 1 failed, %d passed, %d total",
                 "  Expected: \"2024-03-01\"", "  Received: \"2024-02-29\"", "FAILED tests/test_tz.py::test_dst_switch - Europe/Berlin"],
    "plan": ["  # aws_s3_bucket.exports will be updated in-place", "  ~ resource \"aws_s3_bucket\" \"exports\" {",
             "      ~ versioning = false -> true", "Plan: %d to add, %d to change, %d to destroy.",
             "module.vpc.aws_subnet.private[%d]: Refreshing state... [id=subnet-%d]",
             "  + resource \"aws_cloudwatch_metric_alarm\" \"p99\" {", "      + alarm_name = \"Checkout P99 Latency\"",
             "      + threshold  = %d", "    }", "data.aws_iam_policy_document.assume: Reading...",
             "Warning: Argument is deprecated", "  Use the aws_s3_bucket_versioning resource instead."],
}


def bulk(c, n):
    kind = rng.choice(sorted(BULK))
    d = c.doc(kind)
    lines = BULK[kind]
    while n > 0:
        at, w = rng.randrange(len(lines)), rng.randint(3, len(lines))
        for k in range(min(w, n)):
            parts = lines[(at + k) % len(lines)].split("%d")
            d.t(parts[0] + "".join(str(rng.randint(1, 99)) + x for x in parts[1:]) + "\n")
        n -= w
    return d


FAMILY = {"repo": [git_log, shortlog, blame, mailmap, codeowners, maintainers, manifest, source_header, fixture],
          "ops": [ci_log, stack_trace, sentry_event, app_log, audit_log, infra, oncall, postmortem, payload_dump],
          "review": [pr_thread, tracker_export, design_doc, release_notes, escalation, review_mail]}


# ---- request bodies -----------------------------------------------------------------------------------
TOOL_OF = {"git-log": ("bash", {"command": "git log -n 40"}), "git-shortlog": ("bash", {"command": "git shortlog -sne"}),
           "git-blame": ("bash", {"command": "git blame -w src/"}), "ci-log": ("fetch_job_log", {"job": 0}),
           "error-event": ("get_event", {"project": "backend"}), "tracker-export": ("export_issues", {"format": "raw"}),
           "pr-thread": ("get_pull_request", {"with_comments": True}), "app-log": ("bash", {"command": "kubectl logs deploy/api --since=2h"}),
           "audit-log": ("bash", {"command": "grep -h actor= audit/*.log"}),
           "build-output": ("bash", {"command": "make -j8"}), "test-run": ("bash", {"command": "make test"}),
           "plan": ("bash", {"command": "terraform plan -no-color"}),
           "branches": ("bash", {"command": "git branch -a; git tag"}), "bot-prs": ("list_pull_requests", {"state": "open"})}
FILE_OF = {"mailmap": ".mailmap", "codeowners": ".github/CODEOWNERS", "maintainers": "MAINTAINERS",
           "manifest": "package manifest", "source-header": "src/index", "fixture": "tests/fixtures",
           "infra-labels": "deploy/main", "oncall": "ONCALL.md", "postmortem": "docs/postmortems/latest.md",
           "design-doc": "docs/rfcs/0042.md", "release-notes": "CHANGELOG.md", "escalation": "bug-report.md",
           "payload-dump": "failing-request.txt", "review-mail": "notification.eml", "stack-trace": "crash.txt", "deps": "requirements.txt",
           "algo": "src/match/score.py", "workflow": ".github/workflows/ci.yml", "models": "agents.yaml",
           "inventory": "inventory.txt", "source": "src/ledger/store",
           "diff": "patch.diff"}
APIS = ["chat", "responses", "anthropic", "gemini"]


def build_body(api, ask, docs, i):
    """docs: (kind, role, piece); role user (pasted in the user turn), tool (a tool result) or file
    (an attachment). The body with MARK % k where piece k goes."""
    user_parts, calls = [ask], []
    pieces = []
    for kind, role, piece in docs:
        k = len(pieces)
        if role == "file":
            name = FILE_OF.get(kind, kind + ".txt")
            if api == "anthropic":
                user_parts.append(("doc", name, MARK % k))
                pieces.append(piece)
                continue
            head = P().t('<file name="%s">\n' % name)
            piece = cat(cat(head, piece, ""), P().t("\n</file>"), "")
        if role == "tool":
            tool, args = TOOL_OF.get(kind, ("read_file", {"path": FILE_OF.get(kind, kind)}))
            calls.append((tool, args, MARK % k))
        else:
            user_parts.append(MARK % k)
        pieces.append(piece)
    cid = ["call_%05d_%d" % (i, k) for k in range(len(calls))]
    if api == "chat":
        msgs = [{"role": "system", "content": "You are a coding agent working in the user's repository."}]
        msgs.append({"role": "user", "content": [{"type": "text", "text": x} for x in user_parts]})
        if calls:
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": cid[k], "type": "function", "function": {"name": t, "arguments": json.dumps(a)}}
                for k, (t, a, _) in enumerate(calls)]})
            msgs += [{"role": "tool", "tool_call_id": cid[k], "content": m} for k, (_, _, m) in enumerate(calls)]
        return {"model": "gpt-4o", "messages": msgs}
    if api == "responses":
        inp = [{"role": "user", "content": [{"type": "input_text", "text": x} for x in user_parts]}]
        for k, (t, a, m) in enumerate(calls):
            inp.append({"type": "function_call", "call_id": cid[k], "name": t, "arguments": json.dumps(a)})
            inp.append({"type": "function_call_output", "call_id": cid[k], "output": m})
        return {"model": "gpt-4.1", "instructions": "You are a coding agent.", "input": inp}
    if api == "anthropic":
        blocks = []
        for x in user_parts:
            if isinstance(x, tuple):
                blocks.append({"type": "document", "title": x[1],
                               "source": {"type": "text", "media_type": "text/plain", "data": x[2]}})
            else:
                blocks.append({"type": "text", "text": x})
        msgs = [{"role": "user", "content": blocks}]
        if calls:
            msgs.append({"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%05d_%d" % (i, k), "name": t, "input": a}
                for k, (t, a, _) in enumerate(calls)]})
            msgs.append({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%05d_%d" % (i, k), "content": m}
                for k, (_, _, m) in enumerate(calls)]})
        return {"model": "claude-sonnet-4-5", "max_tokens": 4096, "system": "You are a coding agent.",
                "messages": msgs}
    contents = [{"role": "user", "parts": [{"text": x} for x in user_parts]}]
    if calls:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": t, "args": a}} for t, a, _ in calls]})
        contents.append({"role": "user", "parts": [{"functionResponse": {"name": t, "response": {"output": m}}}
                                                    for t, _, m in calls]})
    return {"contents": contents, "generationConfig": {"temperature": 0.2}}


def count(pieces, pre):
    """How many spans of the pieces have a label that starts with pre."""
    return sum(1 for p in pieces for s in p.spans if s["entity_type"].startswith(pre))


def one_record(i, records):
    fam = ["repo", "ops", "review"][i % 3]
    lg = LANGS[(i // 9 + i) % len(LANGS)] if (i // 3) % 3 == 1 else "en"
    api = APIS[(i // 3) % 4]
    ascii_ = (i // 12 + i) % 3 == 0
    target = int(2 ** (11 + 3.6 * rng.random() ** 2.6))
    want = rng.randint(5, 22)
    while True:
        c = Ctx(lg, fam)
        kinds = rng.sample(FAMILY[fam], len(FAMILY[fam]))
        docs, size = [], 0
        while (size < target and count(docs, "PERSON") < want) or len(docs) < 2:
            d = kinds[len(docs) % len(kinds)](c)
            docs.append(d)
            size += len(d.text) + 150
        while count(docs, "NEG_") < 2 * count(docs, "PERSON"):
            docs.insert(rng.randrange(len(docs) + 1), filler(c))
        size = sum(len(d.text) + 150 for d in docs)
        while size < target:
            d = bulk(c, rng.randint(15, 80))
            docs.insert(rng.randrange(len(docs) + 1), d)
            size += len(d.text) + 150
        docs = [(d.kind, d) for d in docs]
        placed = [(k, rng.choice(["user", "tool", "file"]) if k not in TOOL_OF else rng.choice(["tool", "tool", "user"]), d)
                  for k, d in docs]
        ask = TEXT[lg]["ask"] if lg != "en" else rng.choice(TEXT["en"]["ask"][fam])
        body = dumps(build_body(api, ask, placed, i), ascii_, i % 2 == 1)
        text, spans = place_all(body, [d for _, _, d in placed], 1, ascii_)
        if 2048 <= len(text.encode()) <= 30 * 1024:
            break
    c.shapes.update("place:" + r for _, r, _ in placed)
    records.append({"full_text": text, "spans": spans, "template_id": i % 100,
                    "metadata": {"locale": lg, "family": fam, "class": fam, "api": api, "ascii": ascii_,
                                 "shapes": sorted(c.shapes)}})
    json.loads(text)


def main():
    records = []
    for i in range(330):
        one_record(i, records)
    write_json(records)


if __name__ == "__main__":
    main()
