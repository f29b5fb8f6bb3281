#!/usr/bin/env python3
"""gen_tech42.py: people in developer metadata and API data (stop 42, branch tech42; a tune set
written from the developer half of the thirteenth blind set's public brief, not from that set,
which was not read).

Every record is text as the tool prints it or as it sits in a repository, pasted into a prompt:
- `shortlog`, `mailmap`, `gitlog`, `trailer`: `git shortlog -sne`, `.mailmap` lines, `git log`
  with `Signed-off-by:`/`Co-authored-by:`/`Reviewed-by:` trailers, `--format` lines;
- `cargo`, `maven`, `composer`, `rdesc`, `cff`, `gemspec`, `helm`, `rpm`, `pkgbuild`, `nuspec`:
  package manifests (Cargo `authors`, Maven `<developer>`, composer `"authors"`, R `Authors@R`,
  CITATION.cff, gemspec, Chart.yaml `maintainers`, RPM `%changelog`, PKGBUILD, nuspec);
- `passwd`, `finger`, `gpg`, `x509`, `aduser`: passwd GECOS, finger output, `gpg --list-keys`,
  X.509 subjects (`openssl x509 -subject`, RFC 4514 strings), `Get-ADUser` lists and tables;
- `graphql`, `scim`, `auth0`, `crm`: API responses; CRM contacts with keys in 15 languages;
- `seed`: seed data in Ruby, Go, C#, Kotlin, PHP, Elixir, Rust and Java;
- `analytics`: Segment/Mixpanel/Amplitude identify calls, Datadog RUM and log `usr`, Bugsnag;
- `backstage`, `k8s`, `oncall`: Backstage users and owners, Kubernetes annotations, PagerDuty
  and Opsgenie on-call;
- `mailhdr`, `archive`, `ooo`: raw mail headers (display names quoted surname-first, RFC 2047
  encoded words), mailing-list archive headers, out-of-office replies in 10 languages.
Names of 15 locales (en de fr nl es it pt pl sv da fi tr ro cs no), about half invented
(syllables, each word checked against the NAMES lexicon), capitalised, in lower case where git
users type them so, in capitals in some directory exports. A full name in one field is one PERSON
span; given and family name in their own fields are a span each; an RFC 2047 encoded word that
holds a name is one PERSON span. STREET_ADDRESS is the street and number; DATE_OF_BIRTH the date
after a birth key. Log-in names and handles (`mkeller`, `maria.keller`) are left unlabelled.
Look-alikes (NEG_*): bots (NEG_BOT: `dependabot[bot]`), teams and groups (NEG_TEAM), service and
system accounts (NEG_ACCOUNT: `root`, `nobody`, `svc-deploy`), organisations (NEG_ORG),
products and packages (NEG_PRODUCT), famous names as terms (NEG_FAMOUS), dates that are not
births (NEG_DATE: commit, release, key and certificate dates).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only:
python3 gen_tech42.py > data/tech42.json
"""
import base64
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261205 + 42)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LOCS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "tr", "ro", "cs", "no"]
records = []

GIVEN = {
    "en": ["Eleanor", "Callum", "Harriet", "Rhys", "Fiona", "Declan", "Margot"],
    "de": ["Annegret", "Florian", "Wiebke", "Dietmar", "Svenja", "Reinhard", "Mareike"],
    "fr": ["Clémence", "Gaëtan", "Margaux", "Thibault", "Ophélie", "Yannick", "Noémie"],
    "nl": ["Maaike", "Gijs", "Lieke", "Thijs", "Floor", "Koen", "Roos"],
    "es": ["Nerea", "Íñigo", "Ainhoa", "Gonzalo", "Rocío", "Borja", "Maite"],
    "it": ["Benedetta", "Tommaso", "Ludovica", "Jacopo", "Arianna", "Niccolò", "Costanza"],
    "pt": ["Leonor", "Duarte", "Madalena", "Vasco", "Carolina", "Afonso", "Matilde"],
    "pl": ["Dorota", "Grzegorz", "Justyna", "Bartosz", "Ewelina", "Maciej", "Halina"],
    "sv": ["Maja", "Henrik", "Astrid", "Nils", "Ebba", "Viktor", "Karin"],
    "da": ["Mette", "Rasmus", "Signe", "Mads", "Birgitte", "Søren", "Ida"],
    "fi": ["Aino", "Juha", "Heli", "Markku", "Tuula", "Ville", "Satu"],
    "tr": ["Elif", "Burak", "Zeynep", "Emre", "Ayşe", "Mehmet", "Selin"],
    "ro": ["Ioana", "Mihai", "Andreea", "Bogdan", "Raluca", "Cătălin", "Oana"],
    "cs": ["Lucie", "Ondřej", "Tereza", "Jakub", "Kateřina", "Vojtěch", "Markéta"],
    "no": ["Ingrid", "Håkon", "Silje", "Eirik", "Tonje", "Sindre", "Ragnhild"],
}
SURNAME = {
    "en": ["Whitfield", "Gallagher", "Pemberton", "Okonkwo", "Thornbury", "McAllister", "Hale"],
    "de": ["Riedel", "Kowalski", "Brenner", "Hartmann", "Eichhorn", "Wendt", "Scholz"],
    "fr": ["Lemaire", "Perrin", "Duval", "Gauthier", "Leclerc", "Barbier", "Rolland"],
    "nl": ["de Graaf", "Smit", "Kuipers", "van der Berg", "Postma", "Brouwer", "Verhoeven"],
    "es": ["Echeverría", "Paredes", "Villalobos", "Salgado", "Arrieta", "Quintana", "Lozano"],
    "it": ["Marchetti", "Galli", "Lombardi", "Fontana", "Caruso", "De Luca", "Barbieri"],
    "pt": ["Magalhães", "Nogueira", "Cardoso", "Rebelo", "Pinto", "Vieira", "Tavares"],
    "pl": ["Nowicka", "Jabłoński", "Grabowski", "Pawlak", "Sikora", "Zając", "Wróblewska"],
    "sv": ["Holmberg", "Engström", "Lundgren", "Sjöberg", "Wikström", "Dahl", "Ekholm"],
    "da": ["Kristensen", "Mortensen", "Thygesen", "Bech", "Jeppesen", "Dalsgaard", "Skov"],
    "fi": ["Virtanen", "Mäkelä", "Heikkinen", "Laaksonen", "Koskinen", "Salonen", "Rautio"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Aydın", "Öztürk", "Çelik", "Arslan"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu", "Radu"],
    "cs": ["Dvořák", "Novotná", "Procházka", "Černý", "Kučerová", "Veselý", "Horáková"],
    "no": ["Haugen", "Bakken", "Solberg", "Lunde", "Strand", "Fossum", "Eide"],
}
SYL = {"en": ["brin", "hal", "cor", "wyn", "sel", "tam", "row", "fen"],
       "de": ["wal", "ger", "dor", "ul", "hen", "mat", "sil", "bre"],
       "fr": ["mau", "ril", "jou", "vran", "cel", "don", "lis", "pa"],
       "nl": ["wie", "bor", "sik", "tje", "mer", "hoe", "van", "lin"],
       "es": ["tor", "mi", "ren", "sal", "lu", "cha", "gal", "bi"],
       "it": ["fo", "ran", "ce", "sil", "val", "to", "bre", "nu"],
       "pt": ["ju", "ra", "nel", "gon", "fi", "ba", "lu", "ser"],
       "pl": ["wie", "ko", "chra", "dzi", "mol", "szu", "tra", "ba"],
       "sv": ["sva", "tor", "mal", "kel", "gun", "rik", "lö", "sa"],
       "da": ["ha", "sve", "tor", "ul", "mik", "bø", "rin", "gel"],
       "fi": ["ka", "lei", "ot", "sal", "va", "pi", "nu", "rai"],
       "tr": ["ay", "gül", "ka", "se", "tun", "bar", "er", "öz"],
       "ro": ["co", "var", "dru", "mi", "la", "te", "sor", "ni"],
       "cs": ["ko", "vra", "mil", "še", "dra", "pe", "tu", "hla"],
       "no": ["sol", "bjø", "ran", "hei", "tve", "mo", "ar", "li"]}
END = {"en": ["ham", "wick", "ley"], "de": ["mayr", "hofer", "ling"], "fr": ["ard", "on", "eux"],
       "nl": ["stra", "huis", "ma"], "es": ["arro", "edo", "iz"], "it": ["ucci", "aro", "elli"],
       "pt": ["inho", "ão", "oso"], "pl": ["owski", "ak", "iec"], "sv": ["gren", "blad", "mark"],
       "da": ["gaard", "holm", "rup"], "fi": ["nen", "la", "io"], "tr": ["oğlu", "can", "tepe"],
       "ro": ["escu", "eanu", "aru"], "cs": ["ík", "ek", "ský"], "no": ["stad", "heim", "rud"]}
GEND = {"en": ["a", "en", "ie"], "de": ["ke", "a", "o"], "fr": ["ine", "elle", "ien"],
        "nl": ["je", "ke", "s"], "es": ["a", "o", "ela"], "it": ["a", "o", "ina"],
        "pt": ["a", "o", "ela"], "pl": ["a", "ek", "ina"], "sv": ["a", "e", "ine"],
        "da": ["e", "a", "er"], "fi": ["a", "i", "ja"], "tr": ["e", "an", "ay"],
        "ro": ["a", "u", "ina"], "cs": ["a", "ek", "ie"], "no": ["e", "a", "un"]}

STREETS = {
    "en": ["{N} Chestnut Grove", "{N} Belmont Road", "{N} Quarry Lane", "{N} Elm St"],
    "de": ["Ahornweg {N}", "Kastanienallee {N}", "Friedrichstr. {N}", "Am Anger {N}"],
    "fr": ["{N} rue du Moulin", "{N}, avenue Foch", "{N} impasse des Tilleuls"],
    "nl": ["Lindenlaan {N}", "Oudegracht {N}", "Beukenstraat {N}"],
    "es": ["Calle de Serrano {N}", "Avda. Diagonal {N}", "C/ Olmo {N}"],
    "it": ["Via Manzoni {N}", "Viale Monza {N}", "Via dei Tigli {N}"],
    "pt": ["Rua Augusta {N}", "Av. da República {N}", "Rua do Sol {N}"],
    "pl": ["ul. Kwiatowa {N}", "ul. Piękna {N}", "ul. Lipowa {N}"],
    "sv": ["Vasagatan {N}", "Björkvägen {N}", "Hornsgatan {N}"],
    "da": ["Nørregade {N}", "Bøgevej {N}", "Strandvejen {N}"],
    "fi": ["Hämeentie {N}", "Koivukuja {N}", "Aleksanterinkatu {N}"],
    "tr": ["Bağdat Cad. No: {N}", "Gül Sok. No: {N}", "İstiklal Cad. No: {N}"],
    "ro": ["Str. Lalelelor nr. {N}", "Bd. Unirii nr. {N}", "Str. Mihai Eminescu nr. {N}"],
    "cs": ["Vinohradská {N}", "Na Příkopě {N}", "Lipová {N}"],
    "no": ["Bjørnveien {N}", "Storgata {N}", "Kirkeveien {N}"],
}
TOWN = {"en": "Leeds", "de": "Leipzig", "fr": "Nantes", "nl": "Leiden", "es": "Bilbao",
        "it": "Torino", "pt": "Braga", "pl": "Poznań", "sv": "Uppsala", "da": "Aarhus",
        "fi": "Tampere", "tr": "İzmir", "ro": "Cluj-Napoca", "cs": "Brno", "no": "Bergen"}
ZIP = {"en": "LS6 2AB", "de": "04109", "fr": "44000", "nl": "2311 EZ", "es": "48001",
       "it": "10121", "pt": "4700-320", "pl": "61-701", "sv": "753 20", "da": "8000",
       "fi": "33100", "tr": "35210", "ro": "400001", "cs": "602 00", "no": "5003"}
CC = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT",
      "pl": "PL", "sv": "SE", "da": "DK", "fi": "FI", "tr": "TR", "ro": "RO", "cs": "CZ", "no": "NO"}
PHONE = {"en": "+44 113 496 0{R}", "de": "+49 341 2270{R}", "fr": "+33 2 40 12 3{R}",
         "nl": "+31 71 512 3{R}", "es": "+34 944 12 3{R}", "it": "+39 011 561 2{R}",
         "pt": "+351 253 60 2{R}", "pl": "+48 61 852 3{R}", "sv": "+46 18 471 2{R}",
         "da": "+45 86 12 3{R}", "fi": "+358 3 312 3{R}", "tr": "+90 232 441 2{R}",
         "ro": "+40 264 59 2{R}", "cs": "+420 541 23{R}", "no": "+47 55 31 2{R}"}
HOSTS = {"en": "example.co.uk", "de": "example.de", "fr": "example.fr", "nl": "example.nl",
         "es": "example.es", "it": "example.it", "pt": "example.pt", "pl": "example.pl",
         "sv": "example.se", "da": "example.dk", "fi": "example.fi", "tr": "example.com.tr",
         "ro": "example.ro", "cs": "example.cz", "no": "example.no"}
ORGS = ["Acme GmbH", "Globex Corporation", "Initech Ltd", "Nordwind AB", "Umbrella Systems BV",
        "The Apache Software Foundation", "Mozilla Foundation", "Stark Industries SRL"]
BOTS = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]", "snyk-bot", "mergify[bot]",
        "pre-commit-ci[bot]"]
TEAMS = ["platform-team", "SRE Team", "team-payments", "Core Maintainers", "infra-oncall",
         "Data Engineering", "Debian Go Packaging Team", "security-team"]
ACCOUNTS = ["svc-deploy", "jenkins", "build-agent", "ci-runner", "backup-svc", "svc_ldap_sync"]
PRODUCTS = ["serde", "tokio", "spring-boot", "guzzlehttp/guzzle", "ggplot2", "rails", "nginx",
            "kube-prometheus", "Newtonsoft.Json", "libcurl"]
FAMOUS = ["Dijkstra", "Levenshtein", "Fibonacci", "Bloom", "Hamming", "Kalman", "Mandelbrot",
          "Turing"]


def invent(lg, surname):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((2, 2, 3))))
        w += rng.choice(END[lg]) if surname else rng.choice(GEND[lg])
        if w.lower() not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def person(lg):
    """(given, surname), real or invented (about half each)."""
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return invent(lg, False), invent(lg, True)


SPECIAL = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"})


def ascii_low(s):
    s = unicodedata.normalize("NFKD", s.lower().translate(SPECIAL))
    return "".join(c for c in s if c.isascii() and c not in " '")


def login(g, s):
    return rng.choice([ascii_low(g[0] + s), ascii_low(g) + "." + ascii_low(s), ascii_low(g),
                       ascii_low(s) + ascii_low(g[0])])


def mail(lg, g, s):
    return rng.choice([ascii_low(g) + "." + ascii_low(s), ascii_low(g[0] + s), ascii_low(g)]) \
        + "@" + HOSTS[lg]


def street(lg):
    return rng.choice(STREETS[lg]).replace("{N}", str(rng.randint(2, 180)))


def phone(lg):
    return PHONE[lg].replace("{R}", "%03d" % rng.randint(100, 999))


def dob_iso():
    return "%04d-%02d-%02d" % (rng.randint(1951, 2003), rng.randint(1, 12), rng.randint(1, 28))


def other_iso():
    return "%04d-%02d-%02d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gitdate():
    return "%s %s %d %02d:%02d:%02d %d %s" % (
        rng.choice(DAYS), rng.choice(MONS), rng.randint(1, 28), rng.randint(0, 23),
        rng.randint(0, 59), rng.randint(0, 59), rng.randint(2019, 2026),
        rng.choice(["+0100", "+0200", "-0500", "+0000", "+0530"]))


def sha(n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


class D(Doc):
    records = records

    def p(self, lg, g=None, s=None, case="title"):
        """A full name as one PERSON span; the parts are kept in self.g, self.s."""
        if g is None:
            g, s = person(lg)
        nm = g + " " + s
        if case == "lower":
            nm = nm.lower()
        elif case == "upper":
            nm = nm.upper()
        self.span("PERSON", nm)
        self.g, self.s = g, s
        return self

    def pm(self, lg, angle=True, case="title"):
        """`Name <mail>`."""
        self.p(lg, case=case)
        g, s = self.g, self.s
        self.t(" <" if angle else " ").span("EMAIL_ADDRESS", mail(lg, g, s))
        if angle:
            self.t(">")
        return self

    def neg(self, label, v):
        return self.span(label, v)


def pick_case(low=0.15, up=0.0):
    r = rng.random()
    return "lower" if r < low else ("upper" if r < low + up else "title")


# ---- git ---------------------------------------------------------------------------------------
ASK = ["", "Why does this list show the same person twice?\n", "Can you dedupe these authors?\n",
       "Please turn this into a CONTRIBUTORS.md.\n", "Who should review the parser changes?\n"]


def shortlog(lg):
    d = D(lg, "shortlog")
    d.t(rng.choice(ASK) + "$ git shortlog -sne" + rng.choice(["", " --since=2024", " HEAD~500.."]) + "\n")
    rows = rng.randint(3, 6)
    nb = rng.randrange(rows)
    for i in range(rows):
        d.t("%6d\t" % rng.randint(1, 900))
        if i == nb:
            b = rng.choice(BOTS)
            d.neg("NEG_BOT", b).t(" <%d+%s@users.noreply.github.com>\n" % (rng.randint(10000, 99999999), b))
        else:
            l2 = rng.choice(LOCS) if rng.random() < 0.4 else lg
            d.p(l2, case=pick_case(0.2))
            g, s = d.g, d.s
            if rng.random() < 0.3:
                d.t(" <").span("EMAIL_ADDRESS", "%d+%s@users.noreply.github.com" % (
                    rng.randint(100000, 9999999), login(g, s))).t(">\n")
            else:
                d.t(" <").span("EMAIL_ADDRESS", mail(l2, g, s)).t(">\n")
    d.done()


def mailmap(lg):
    d = D(lg, "mailmap")
    d.t(rng.choice(["# .mailmap\n", "cat .mailmap\n", "", "Here is our .mailmap:\n"]))
    for _ in range(rng.randint(2, 5)):
        g, s = person(lg if rng.random() < 0.6 else rng.choice(LOCS))
        k = rng.randrange(4)
        d.p(lg, g, s)
        d.t(" <").span("EMAIL_ADDRESS", mail(lg, g, s)).t(">")
        if k == 0:
            d.t(" <").span("EMAIL_ADDRESS", ascii_low(g[0] + s) + "@old-laptop.local").t(">\n")
        elif k == 1:
            d.t(" ").p(lg, g, s, case="lower")
            d.t(" <").span("EMAIL_ADDRESS", ascii_low(g) + "@" + rng.choice(["gmail.com", "hotmail.com", "users.sf.net"])).t(">\n")
        elif k == 2:
            d.t(" ").span("PERSON", ascii_low(g)).t(" <").span("EMAIL_ADDRESS", ascii_low(g) + "@localhost").t(">\n")
        else:
            d.t(" <").span("EMAIL_ADDRESS", login(g, s) + "@users.noreply.github.com").t(">\n")
    if rng.random() < 0.5:
        b = rng.choice(BOTS)
        d.t("Bot ").neg("NEG_BOT", b).t(" <bot@example.org> <%s@users.noreply.github.com>\n" % b)
    d.done()


TRAILERS = ["Signed-off-by", "Co-authored-by", "Reviewed-by", "Acked-by", "Tested-by", "Reported-by",
            "Suggested-by", "Helped-by", "Cc"]
SUBJ = ["fix(parser): handle empty headers", "Bump serde from 1.0.197 to 1.0.203",
        "docs: explain the retry budget", "net: avoid double free in tls teardown",
        "refactor: split the config loader", "Merge pull request #4412 from feature/sso",
        "ci: pin the runner image", "test: cover the Levenshtein fallback"]


def gitlog(lg):
    d = D(lg, "gitlog")
    k = rng.randrange(3)
    if k == 2:
        d.t("$ git log --format='%h|%an|%ae|%ad' --date=short -n 4\n")
        for _ in range(4):
            g, s = person(lg if rng.random() < 0.6 else rng.choice(LOCS))
            d.t(sha(7) + "|").p(lg, g, s, case=pick_case(0.25)).t("|").span("EMAIL_ADDRESS", mail(lg, g, s))
            d.t("|").neg("NEG_DATE", other_iso()).t("\n")
        d.done()
        return
    for _ in range(rng.randint(1, 2)):
        d.t("commit %s\n" % sha())
        if rng.random() < 0.3:
            d.t("Merge: %s %s\n" % (sha(7), sha(7)))
        d.t("Author: ")
        if rng.random() < 0.12:
            b = rng.choice(BOTS)
            d.neg("NEG_BOT", b).t(" <support@github.com>\n")
        else:
            d.pm(lg, case=pick_case(0.2))
            d.t("\n")
        if k == 1:
            d.t("AuthorDate: %s\nCommit:     " % gitdate())
            d.pm(rng.choice(LOCS)).t("\nCommitDate: %s\n" % gitdate())
        else:
            d.t("Date:   %s\n" % gitdate())
        d.t("\n    %s\n\n" % rng.choice(SUBJ))
        if rng.random() < 0.5:
            d.t("    Longer explanation of the change; see the thread.\n\n")
        for _ in range(rng.randint(1, 3)):
            d.t("    %s: " % rng.choice(TRAILERS)).pm(rng.choice(LOCS) if rng.random() < 0.5 else lg)
            d.t("\n")
        d.t("\n")
    d.done()


def trailer(lg):
    d = D(lg, "trailer")
    d.t(rng.choice(["[PATCH v%d %d/%d] " % (rng.randint(2, 5), rng.randint(1, 3), rng.randint(3, 9)),
                    "", "Subject: [PATCH] "]) + rng.choice(SUBJ) + "\n\n")
    d.t("The old code read past the end when the header was empty.\n\n")
    if rng.random() < 0.4:
        d.t("Fixes: %s (\"%s\")\n" % (sha(12), rng.choice(SUBJ)))
    if rng.random() < 0.3:
        d.t("Link: https://lore.kernel.org/r/%s@%s\n" % (sha(16), HOSTS[lg]))
    for _ in range(rng.randint(2, 4)):
        t = rng.choice(TRAILERS)
        d.t(t + ": ")
        if rng.random() < 0.12:
            b = rng.choice(BOTS)
            d.neg("NEG_BOT", b).t(" <%d+%s@users.noreply.github.com>\n" % (rng.randint(1000, 99999), b))
            continue
        if rng.random() < 0.15:
            d.t('"').span("PERSON", "%s, %s" % person(lg)[::-1]).t('" <')
            d.span("EMAIL_ADDRESS", "dev%d@%s" % (rng.randint(1, 99), HOSTS[lg])).t(">\n")
            continue
        d.pm(rng.choice(LOCS) if rng.random() < 0.5 else lg, case=pick_case(0.15)).t("\n")
    d.t("---\n src/parser.c | %d ++--\n" % rng.randint(2, 40))
    d.done()


# ---- manifests ---------------------------------------------------------------------------------
def cargo(lg):
    d = D(lg, "cargo")
    d.t('[package]\nname = "%s-%s"\nversion = "0.%d.%d"\n' % (
        rng.choice(["fast", "tiny", "async"]), rng.choice(["csv", "json", "dijkstra", "bloom"]),
        rng.randint(1, 30), rng.randint(0, 9)))
    d.t("authors = [")
    for i in range(rng.randint(1, 3)):
        if i:
            d.t(", ")
        d.t('"')
        if rng.random() < 0.7:
            d.pm(rng.choice(LOCS) if i else lg)
        else:
            d.p(lg)
        d.t('"')
    d.t(']\nedition = "2021"\nlicense = "MIT OR Apache-2.0"\n\n[dependencies]\n')
    d.neg("NEG_PRODUCT", rng.choice(["serde", "tokio", "rand", "regex"])).t(' = "1"\n')
    d.done()


def maven(lg):
    d = D(lg, "maven")
    d.t("<developers>\n")
    for _ in range(rng.randint(1, 3)):
        g, s = person(lg if rng.random() < 0.6 else rng.choice(LOCS))
        d.t("  <developer>\n    <id>%s</id>\n    <name>" % login(g, s)).p(lg, g, s).t("</name>\n")
        d.t("    <email>").span("EMAIL_ADDRESS", mail(lg, g, s)).t("</email>\n")
        if rng.random() < 0.6:
            d.t("    <organization>").neg("NEG_ORG", rng.choice(ORGS)).t("</organization>\n")
        d.t("    <roles><role>%s</role></roles>\n" % rng.choice(["developer", "lead", "maintainer"]))
        d.t("    <timezone>Europe/Berlin</timezone>\n  </developer>\n")
    d.t("</developers>\n")
    if rng.random() < 0.5:
        d.t("<contributors>\n  <contributor>\n    <name>").p(rng.choice(LOCS)).t("</name>\n  </contributor>\n</contributors>\n")
    d.done()


def composer(lg):
    d = D(lg, "composer")
    d.t('{\n    "name": "%s/%s",\n    "type": "library",\n    "authors": [\n' % (
        rng.choice(["acme", "nordwind", "initech"]), rng.choice(["mailer", "fibonacci", "sdk"])))
    n = rng.randint(1, 3)
    for i in range(n):
        g, s = person(lg)
        d.t('        {\n            "name": "').p(lg, g, s).t('",\n            "email": "')
        d.span("EMAIL_ADDRESS", mail(lg, g, s)).t('",\n')
        d.t('            "role": "%s"\n        }%s\n' % (rng.choice(["Developer", "Maintainer", "Lead"]), "," if i < n - 1 else ""))
    d.t('    ],\n    "require": {\n        "').neg("NEG_PRODUCT", "guzzlehttp/guzzle").t('": "^7.8"\n    }\n}\n')
    d.done()


def rdesc(lg):
    d = D(lg, "rdesc")
    d.t("Package: %s\nType: Package\nTitle: Tools for " % rng.choice(["kalmanr", "tidyfoo", "bloomr"]))
    d.neg("NEG_FAMOUS", rng.choice(FAMOUS)).t(" Filters\nVersion: 1.%d.0\nAuthors@R: c(\n" % rng.randint(0, 9))
    n = rng.randint(1, 3)
    for i in range(n):
        g, s = person(lg if i == 0 else rng.choice(LOCS))
        d.t('    person("').span("PERSON", g).t('", "').span("PERSON", s).t('", email = "')
        d.span("EMAIL_ADDRESS", mail(lg, g, s)).t('", role = c(%s))' % rng.choice(['"aut", "cre"', '"aut"', '"ctb"']))
        d.t(",\n")
    d.t('    person("').neg("NEG_ORG", rng.choice(["Posit Software, PBC", "RStudio"])).t('", role = c("cph", "fnd")))\n')
    d.t("Maintainer: ")
    d.pm(lg)
    d.t("\nLicense: GPL-3\n")
    d.done()


def cff(lg):
    d = D(lg, "cff")
    d.t("cff-version: 1.2.0\nmessage: \"If you use this software, please cite it as below.\"\nauthors:\n")
    for _ in range(rng.randint(1, 3)):
        g, s = person(lg if rng.random() < 0.6 else rng.choice(LOCS))
        if rng.random() < 0.5:
            d.t("  - family-names: ").span("PERSON", s).t("\n    given-names: ").span("PERSON", g).t("\n")
        else:
            d.t("  - given-names: ").span("PERSON", g).t("\n    family-names: ").span("PERSON", s).t("\n")
        if rng.random() < 0.6:
            d.t("    orcid: \"https://orcid.org/0000-000%d-%04d-%04d\"\n" % (rng.randint(1, 3), rng.randint(0, 9999), rng.randint(0, 9999)))
        if rng.random() < 0.5:
            d.t("    affiliation: \"").neg("NEG_ORG", rng.choice(ORGS)).t("\"\n")
    if rng.random() < 0.4:
        d.t("  - name: \"").neg("NEG_TEAM", rng.choice(TEAMS)).t("\"\n")
    d.t("title: \"%s-toolkit\"\nversion: 2.%d.0\ndate-released: " % (rng.choice(FAMOUS).lower(), rng.randint(0, 9)))
    d.neg("NEG_DATE", other_iso()).t("\n")
    d.done()


def gemspec(lg):
    d = D(lg, "gemspec")
    d.t('Gem::Specification.new do |spec|\n  spec.name          = "%s"\n  spec.version       = "0.%d.0"\n' % (
        rng.choice(["hamming", "turing_tape", "csv_plus"]), rng.randint(1, 20)))
    people = [person(lg if i == 0 else rng.choice(LOCS)) for i in range(rng.randint(1, 3))]
    if len(people) == 1 and rng.random() < 0.5:
        d.t('  spec.author        = "').p(lg, *people[0]).t('"\n  spec.email         = "')
        d.span("EMAIL_ADDRESS", mail(lg, *people[0])).t('"\n')
    else:
        d.t("  spec.authors       = [")
        for i, (g, s) in enumerate(people):
            d.t(", " if i else "").t('"').p(lg, g, s).t('"')
        d.t("]\n  spec.email         = [")
        for i, (g, s) in enumerate(people):
            d.t(", " if i else "").t('"').span("EMAIL_ADDRESS", mail(lg, g, s)).t('"')
        d.t("]\n")
    d.t('  spec.summary       = "A small gem"\n  spec.license       = "MIT"\nend\n')
    d.done()


def helm(lg):
    d = D(lg, "helm")
    d.t("apiVersion: v2\nname: %s\nversion: 1.%d.%d\nappVersion: \"2.%d\"\nmaintainers:\n" % (
        rng.choice(["payments-api", "ingest", "kube-prometheus"]), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9)))
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            d.t("  - name: ").neg("NEG_TEAM", rng.choice(TEAMS)).t("\n    email: team@%s\n" % HOSTS[lg])
            continue
        g, s = person(lg)
        d.t("  - name: ").p(lg, g, s, case=pick_case(0.2)).t("\n")
        if rng.random() < 0.8:
            d.t("    email: ").span("EMAIL_ADDRESS", mail(lg, g, s)).t("\n")
        if rng.random() < 0.4:
            d.t("    url: https://github.com/%s\n" % login(g, s))
    d.done()


def rpm(lg):
    d = D(lg, "rpm")
    d.t("%changelog\n")
    for _ in range(rng.randint(2, 4)):
        d.t("* %s %s %02d %d " % (rng.choice(DAYS), rng.choice(MONS), rng.randint(1, 28), rng.randint(2019, 2026)))
        if rng.random() < 0.15:
            d.neg("NEG_ORG", "Fedora Release Engineering").t(" <releng@fedoraproject.org> - %d.%d-%d\n- Rebuilt for mass rebuild\n\n" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(1, 9)))
            continue
        d.pm(lg if rng.random() < 0.6 else rng.choice(LOCS))
        d.t(" - %d.%d-%d\n- %s\n\n" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(1, 9), rng.choice(SUBJ)))
    d.done()


def pkgbuild(lg):
    d = D(lg, "pkgbuild")
    g, s = person(lg)
    d.t("# Maintainer: ").p(lg, g, s).t(" <")
    if rng.random() < 0.5:
        d.span("EMAIL_ADDRESS", "%s at %s dot %s" % (ascii_low(g), ascii_low(s), rng.choice(["de", "org", "net"])))
    else:
        d.span("EMAIL_ADDRESS", mail(lg, g, s))
    d.t(">\n")
    for _ in range(rng.randint(0, 2)):
        g, s = person(rng.choice(LOCS))
        d.t("# Contributor: ").p(lg, g, s, case=pick_case(0.15)).t(" <").span("EMAIL_ADDRESS", mail(lg, g, s)).t(">\n")
    d.t("\npkgname=%s\npkgver=1.%d.%d\npkgrel=1\narch=('x86_64')\nlicense=('GPL')\n" % (
        rng.choice(["python-bloom", "libfoo", "hamming-git"]), rng.randint(0, 9), rng.randint(0, 9)))
    d.done()


def nuspec(lg):
    d = D(lg, "nuspec")
    d.t('<?xml version="1.0" encoding="utf-8"?>\n<package>\n  <metadata>\n    <id>Acme.%s</id>\n    <version>3.%d.0</version>\n    <authors>' % (
        rng.choice(["Fibonacci", "Json", "Mailer"]), rng.randint(0, 9)))
    for i in range(rng.randint(1, 3)):
        d.t(", " if i else "").p(lg if i == 0 else rng.choice(LOCS))
    d.t("</authors>\n    <owners>").neg("NEG_ORG", rng.choice(ORGS)).t("</owners>\n")
    d.t("    <description>Helpers for ").neg("NEG_PRODUCT", "Newtonsoft.Json").t("</description>\n  </metadata>\n</package>\n")
    d.done()


# ---- identities --------------------------------------------------------------------------------
def passwd(lg):
    d = D(lg, "passwd")
    d.t(rng.choice(["$ getent passwd | tail -n 5\n", "/etc/passwd:\n", "", "grep /home /etc/passwd\n"]))
    uid = 1000
    rows = rng.randint(3, 5)
    sys_at = rng.randrange(rows)
    for i in range(rows):
        if i == sys_at:
            a = rng.choice(["nobody", "root", "www-data", "postgres"])
            if a == "root":
                d.neg("NEG_ACCOUNT", "root").t(":x:0:0:").neg("NEG_ACCOUNT", "root").t(":/root:/bin/bash\n")
            elif a == "nobody":
                d.neg("NEG_ACCOUNT", "nobody").t(":x:65534:65534:").neg("NEG_ACCOUNT", "nobody").t(":/nonexistent:/usr/sbin/nologin\n")
            elif a == "postgres":
                d.t("postgres:x:112:120:").neg("NEG_ACCOUNT", "PostgreSQL administrator").t(",,,:/var/lib/postgresql:/bin/bash\n")
            else:
                d.t("www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n")
            continue
        uid += rng.randint(1, 3)
        g, s = person(lg)
        lo = login(g, s)
        d.t("%s:x:%d:%d:" % (lo, uid, uid))
        d.p(lg, g, s, case=pick_case(0.15))
        k = rng.randrange(3)
        if k == 0:
            d.t(",,,")
        elif k == 1:
            d.t(",Room %d,,," % rng.randint(1, 400))
        else:
            d.t(",%s %d," % (rng.choice(["Room", "B", "Office"]), rng.randint(1, 400))).span("PHONE_NUMBER", phone(lg)).t(",")
        d.t(":/home/%s:/bin/%s\n" % (lo, rng.choice(["bash", "zsh", "fish"])))
    if rng.random() < 0.5:
        d.t("svc-deploy:x:998:998:").neg("NEG_ACCOUNT", "Deploy Service").t(":/srv/deploy:/usr/sbin/nologin\n")
    d.done()


def finger(lg):
    d = D(lg, "finger")
    g, s = person(lg)
    lo = login(g, s)
    d.t("$ finger %s\nLogin: %-25sName: " % (lo, lo)).p(lg, g, s).t("\n")
    d.t("Directory: /home/%-20sShell: /bin/bash\n" % lo)
    if rng.random() < 0.6:
        d.t("Office: %s, " % rng.choice(["B2.14", "Room 301", "Annex 7"])).span("PHONE_NUMBER", phone(lg)).t("\n")
    d.t("On since %s %s %d 08:%02d (CET) on pts/%d from 10.0.%d.%d\n" % (
        rng.choice(DAYS), rng.choice(MONS), rng.randint(1, 28), rng.randint(0, 59), rng.randint(0, 5), rng.randint(0, 9), rng.randint(2, 200)))
    d.t(rng.choice(["No mail.\nNo Plan.\n", "New mail received Tue Mar  4 10:12 2025 (CET)\nNo Plan.\n"]))
    if rng.random() < 0.4:
        d.t("\nLogin     Name              Tty      Idle  Login Time   Office\n")
        g2, s2 = person(lg)
        lo2 = login(g2, s2)
        d.t("%-9s " % lo2[:8])
        nm = (g2 + " " + s2)[:17]
        if nm == g2 + " " + s2:
            d.p(lg, g2, s2).t(" " * (18 - len(nm)))
        else:
            d.span("PERSON", nm).t(" ")
        d.t("pts/%d     2d  Mar  3 09:14 Rm %d\n" % (rng.randint(0, 9), rng.randint(1, 99)))
    d.done()


def gpg(lg):
    d = D(lg, "gpg")
    d.t("$ gpg --list-keys" + rng.choice(["", " --keyid-format long"]) + "\n")
    for _ in range(rng.randint(1, 2)):
        d.t("pub   %s " % rng.choice(["rsa4096", "ed25519", "rsa3072"])).neg("NEG_DATE", other_iso())
        d.t(" [SC]" + rng.choice(["", " [expires: 2027-01-01]"]) + "\n      %s\n" % sha(40).upper())
        g, s = person(lg)
        d.t("uid           [%s] " % rng.choice(["ultimate", " full  ", "unknown"]))
        d.p(lg, g, s)
        if rng.random() < 0.3:
            d.t(" (%s)" % rng.choice(["work", "signing key", "laptop"]))
        d.t(" <").span("EMAIL_ADDRESS", mail(lg, g, s)).t(">\n")
        if rng.random() < 0.4:
            d.t("uid           [%s] " % rng.choice(["ultimate", "unknown"])).p(lg, g, s).t(" <")
            d.span("EMAIL_ADDRESS", ascii_low(g) + "@" + rng.choice(["debian.org", "kernel.org", "gmail.com"])).t(">\n")
        d.t("sub   cv25519 ").neg("NEG_DATE", other_iso()).t(" [E]\n\n")
    d.done()


def x509(lg):
    d = D(lg, "x509")
    g, s = person(lg)
    k = rng.randrange(4)
    org = rng.choice(ORGS)
    if k == 0:
        d.t("$ openssl x509 -in client.pem -noout -subject -issuer\nsubject=C = %s, O = " % CC[lg])
        d.neg("NEG_ORG", org).t(", CN = ").p(lg, g, s).t(", emailAddress = ").span("EMAIL_ADDRESS", mail(lg, g, s))
        d.t("\nissuer=C = %s, O = " % CC[lg]).neg("NEG_ORG", org).t(", CN = Internal Issuing CA 2\n")
    elif k == 1:
        d.t("Subject: CN=").p(lg, g, s).t(", OU=%s, O=" % rng.choice(["Engineering", "Finance", "People"]))
        d.neg("NEG_ORG", org).t(", L=%s, C=%s\n" % (TOWN[lg], CC[lg]))
        d.t("Issuer: CN=").neg("NEG_ORG", org).t(" Root CA\nNot Before: ").neg("NEG_DATE", other_iso()).t("\n")
    elif k == 2:
        d.t("        Subject: C=%s, ST=%s, L=%s, O=" % (CC[lg], TOWN[lg], TOWN[lg])).neg("NEG_ORG", org)
        d.t(", CN=").p(lg, g, s, case=pick_case(0.1, 0.2)).t("/emailAddress=").span("EMAIL_ADDRESS", mail(lg, g, s)).t("\n")
        if rng.random() < 0.5:
            d.t("        street=").span("STREET_ADDRESS", street(lg)).t(", postalCode=%s\n" % ZIP[lg])
    else:
        d.t("verify error:num=20:unable to get local issuer certificate\ndepth=0 /C=%s/O=" % CC[lg])
        d.neg("NEG_ORG", org).t("/CN=").p(lg, g, s).t("\n")
    if rng.random() < 0.4:
        d.t("depth=1 CN = ").neg("NEG_ACCOUNT", rng.choice(["Jenkins Build Agent", "api.%s" % HOSTS[lg], "svc-deploy"])).t("\n")
    d.done()


def aduser(lg):
    d = D(lg, "aduser")
    if rng.random() < 0.5:
        g, s = person(lg)
        lo = login(g, s)
        d.t("PS C:\\> Get-ADUser %s -Properties *\n\nDistinguishedName : CN=" % lo).p(lg, g, s)
        d.t(",OU=Users,OU=%s,DC=corp,DC=example,DC=com\nEnabled           : True\nGivenName         : " % TOWN[lg])
        d.span("PERSON", g).t("\nName              : ").p(lg, g, s).t("\nObjectClass       : user\n")
        d.t("SamAccountName    : %s\nSurname           : " % lo).span("PERSON", s)
        d.t("\nUserPrincipalName : ").span("EMAIL_ADDRESS", lo + "@corp.example.com").t("\n")
        if rng.random() < 0.5:
            d.t("DisplayName       : ").span("PERSON", "%s, %s" % (s, g)).t("\n")
        if rng.random() < 0.4:
            d.t("StreetAddress     : ").span("STREET_ADDRESS", street(lg)).t("\n")
        if rng.random() < 0.3:
            d.t("Manager           : CN=").p(lg).t(",OU=Users,DC=corp,DC=example,DC=com\n")
        d.done()
        return
    d.t("PS> Get-ADUser -Filter * -Properties DisplayName | Format-Table GivenName,Surname,DisplayName,SamAccountName\n\n")
    d.t("GivenName  Surname        DisplayName             SamAccountName\n---------  -------        -----------             --------------\n")
    for _ in range(rng.randint(2, 5)):
        if rng.random() < 0.15:
            d.t("%-10s %-14s " % ("", "")).neg("NEG_ACCOUNT", "svc_ldap_sync").t(" " * 11 + "svc_ldap_sync\n")
            continue
        g, s = person(lg)
        dn = g + " " + s
        d.span("PERSON", g).t(" " * max(1, 11 - len(g))).span("PERSON", s).t(" " * max(1, 15 - len(s)))
        d.span("PERSON", dn).t(" " * max(1, 24 - len(dn))).t(login(g, s) + "\n")
    d.done()


# ---- API responses -----------------------------------------------------------------------------
def graphql(lg):
    d = D(lg, "graphql")
    d.t('query { repository(owner: "acme", name: "api") { mentionableUsers(first: 3) { nodes { login name company } } } }\n\n')
    d.t('{"data":{"repository":{"mentionableUsers":{"nodes":[')
    for i in range(rng.randint(2, 4)):
        d.t("," if i else "")
        if rng.random() < 0.15:
            d.t('{"login":"').neg("NEG_BOT", "github-actions").t('","name":null,"company":null}')
            continue
        g, s = person(lg if rng.random() < 0.6 else rng.choice(LOCS))
        d.t('{"login":"%s","name":"' % login(g, s)).p(lg, g, s, case=pick_case(0.15)).t('","company":')
        if rng.random() < 0.5:
            d.t('"@').neg("NEG_ORG", rng.choice(["acme", "globex", "initech"])).t('"}')
        else:
            d.t("null}")
    d.t("]}}}}\n")
    if rng.random() < 0.4:
        d.t('\n{"data":{"user":{"id":"VXNlcjo%d","firstName":"' % rng.randint(1000, 9999))
        g, s = person(lg)
        d.span("PERSON", g).t('","lastName":"').span("PERSON", s).t('","birthDate":"').span("DATE_OF_BIRTH", dob_iso())
        d.t('","createdAt":"').neg("NEG_DATE", other_iso()).t('T10:00:00Z"}}}\n')
    d.done()


def scim(lg):
    d = D(lg, "scim")
    g, s = person(lg)
    d.t('GET /scim/v2/Users/%s\n{\n  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],\n' % sha(8))
    d.t('  "id": "%s",\n  "userName": "' % sha(12)).span("EMAIL_ADDRESS", mail(lg, g, s)).t('",\n  "name": {\n')
    d.t('    "formatted": "').p(lg, g, s).t('",\n    "familyName": "').span("PERSON", s)
    d.t('",\n    "givenName": "').span("PERSON", g).t('"\n  },\n  "displayName": "').p(lg, g, s).t('",\n')
    if rng.random() < 0.5:
        d.t('  "addresses": [{"type": "work", "streetAddress": "').span("STREET_ADDRESS", street(lg))
        d.t('", "locality": "%s", "postalCode": "%s", "country": "%s"}],\n' % (TOWN[lg], ZIP[lg], CC[lg]))
    if rng.random() < 0.4:
        d.t('  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"displayName": "')
        d.p(lg).t('"}, "department": "%s"},\n' % rng.choice(["Finance", "R&D", "Legal"]))
    d.t('  "meta": {"resourceType": "User", "created": "').neg("NEG_DATE", other_iso()).t('T08:12:00Z"}\n}\n')
    if rng.random() < 0.3:
        d.t('\nGroup: {"displayName": "').neg("NEG_TEAM", rng.choice(TEAMS)).t('", "members": [{"display": "')
        d.p(lg).t('"}]}\n')
    d.done()


def auth0(lg):
    d = D(lg, "auth0")
    g, s = person(lg)
    d.t('{\n  "user_id": "auth0|%s",\n  "email": "' % sha(24)).span("EMAIL_ADDRESS", mail(lg, g, s))
    d.t('",\n  "email_verified": true,\n  "name": "').p(lg, g, s, case=pick_case(0.1)).t('",\n')
    d.t('  "given_name": "').span("PERSON", g).t('",\n  "family_name": "').span("PERSON", s).t('",\n')
    d.t('  "nickname": "%s",\n  "picture": "https://s.gravatar.com/avatar/%s.png",\n' % (login(g, s), sha(32)))
    if rng.random() < 0.6:
        d.t('  "user_metadata": {"birthdate": "').span("DATE_OF_BIRTH", dob_iso()).t('"')
        if rng.random() < 0.5:
            d.t(', "address": "').span("STREET_ADDRESS", street(lg)).t(', %s %s"' % (ZIP[lg], TOWN[lg]))
        d.t("},\n")
    d.t('  "created_at": "').neg("NEG_DATE", other_iso()).t('T09:41:12.345Z",\n  "logins_count": %d\n}\n' % rng.randint(1, 300))
    d.done()


CRM_KEYS = {  # given, family, birth, street
    "en": ("first_name", "last_name", "date_of_birth", "street"),
    "de": ("Vorname", "Nachname", "Geburtsdatum", "Straße"),
    "fr": ("prénom", "nom", "date_de_naissance", "adresse"),
    "nl": ("voornaam", "achternaam", "geboortedatum", "straat"),
    "es": ("nombre", "apellidos", "fecha_nacimiento", "direccion"),
    "it": ("nome", "cognome", "data_nascita", "indirizzo"),
    "pt": ("nome", "sobrenome", "data_nascimento", "endereco"),
    "pl": ("imię", "nazwisko", "data_urodzenia", "ulica"),
    "sv": ("förnamn", "efternamn", "födelsedatum", "gatuadress"),
    "da": ("fornavn", "efternavn", "fødselsdato", "adresse"),
    "fi": ("etunimi", "sukunimi", "syntymäaika", "katuosoite"),
    "tr": ("ad", "soyad", "doğum_tarihi", "adres"),
    "ro": ("prenume", "nume", "data_nasterii", "strada"),
    "cs": ("jméno", "příjmení", "datum_narození", "ulice"),
    "no": ("fornavn", "etternavn", "fødselsdato", "gateadresse"),
}
CITY_KEY = {"en": "city", "de": "Ort", "fr": "ville", "nl": "plaats", "es": "ciudad", "it": "città",
            "pt": "cidade", "pl": "miasto", "sv": "ort", "da": "by", "fi": "kaupunki", "tr": "şehir",
            "ro": "oraș", "cs": "město", "no": "poststed"}


def crm(lg):
    d = D(lg, "crm")
    gk, fk, bk, sk = CRM_KEYS[lg]
    k = rng.randrange(3)
    if k == 0:
        d.t(rng.choice(["GET /api/v1/contacts?limit=2\n", "Antwort der CRM-API:\n", "", "response:\n"]))
        d.t('{"results": [')
        for i in range(rng.randint(1, 2)):
            g, s = person(lg)
            d.t(", " if i else "").t('{"id": %d, "%s": "' % (rng.randint(100, 99999), gk)).span("PERSON", g)
            d.t('", "%s": "' % fk).span("PERSON", s).t('", "email": "').span("EMAIL_ADDRESS", mail(lg, g, s)).t('"')
            if rng.random() < 0.6:
                d.t(', "%s": "' % bk).span("DATE_OF_BIRTH", dob_iso()).t('"')
            if rng.random() < 0.6:
                d.t(', "%s": "' % sk).span("STREET_ADDRESS", street(lg)).t('", "%s": "%s"' % (CITY_KEY[lg], TOWN[lg]))
            d.t(', "company": "').neg("NEG_ORG", rng.choice(ORGS)).t('", "created": "').neg("NEG_DATE", other_iso()).t('"}')
        d.t("]}\n")
    elif k == 1:
        d.t("%s;%s;%s;%s;%s;email\n" % (gk, fk, bk, sk, CITY_KEY[lg]))
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.span("PERSON", g).t(";").span("PERSON", s).t(";")
            y, m, dd = rng.randint(1951, 2003), rng.randint(1, 12), rng.randint(1, 28)
            dob = rng.choice(["%04d-%02d-%02d" % (y, m, dd), "%02d.%02d.%04d" % (dd, m, y), "%02d/%02d/%04d" % (dd, m, y)])
            d.span("DATE_OF_BIRTH", dob).t(";").span("STREET_ADDRESS", street(lg)).t(";%s;" % TOWN[lg])
            d.span("EMAIL_ADDRESS", mail(lg, g, s)).t("\n")
    else:
        g, s = person(lg)
        d.t('{"object": "contact", "properties": {\n  "%s": "' % gk).span("PERSON", g).t('",\n  "%s": "' % fk)
        d.span("PERSON", s).t('",\n  "%s": "' % bk).span("DATE_OF_BIRTH", dob_iso()).t('",\n')
        d.t('  "%s": "' % sk).span("STREET_ADDRESS", street(lg)).t('",\n  "owner": "').p(lg).t('",\n')
        d.t('  "lifecyclestage": "lead",\n  "hs_lastmodifieddate": "').neg("NEG_DATE", other_iso()).t('"\n}}\n')
    d.done()


# ---- seed data ---------------------------------------------------------------------------------
def seed(lg):
    d = D(lg, "seed")
    g, s = person(lg)
    em = mail(lg, g, s)
    lang = rng.choice(["ruby", "go", "csharp", "kotlin", "php", "elixir", "rust", "java"])
    d.t("// %s seeds\n" % lang if lang not in ("ruby", "elixir") else "# %s seeds\n" % lang)
    if lang == "ruby":
        d.t('User.create!(first_name: "').span("PERSON", g).t('", last_name: "').span("PERSON", s)
        d.t('", email: "').span("EMAIL_ADDRESS", em).t('"')
        if rng.random() < 0.6:
            d.t(', birthday: "').span("DATE_OF_BIRTH", dob_iso()).t('"')
        d.t(")\n")
        d.t('Team.create!(name: "').neg("NEG_TEAM", rng.choice(TEAMS)).t('")\n')
    elif lang == "go":
        d.t("users := []*User{\n")
        for _ in range(rng.randint(1, 3)):
            g, s = person(lg)
            d.t('\t&User{FirstName: "').span("PERSON", g).t('", LastName: "').span("PERSON", s).t('", Email: "')
            d.span("EMAIL_ADDRESS", mail(lg, g, s)).t('"},\n')
        d.t("}\n")
    elif lang == "csharp":
        d.t('context.People.Add(new Person { FirstName = "').span("PERSON", g).t('", LastName = "').span("PERSON", s)
        d.t('", DateOfBirth = DateTime.Parse("').span("DATE_OF_BIRTH", dob_iso()).t('") });\n')
    elif lang == "kotlin":
        if rng.random() < 0.5:
            d.t('val alice = Person("').span("PERSON", g).t('", "').span("PERSON", s).t('")\n')
        else:
            d.t('val u = User(firstName = "').span("PERSON", g).t('", lastName = "').span("PERSON", s)
            d.t('", street = "').span("STREET_ADDRESS", street(lg)).t('")\n')
    elif lang == "php":
        d.t("User::factory()->create([\n    'name' => '").p(lg, g, s).t("',\n    'email' => '")
        d.span("EMAIL_ADDRESS", em).t("',\n")
        if rng.random() < 0.5:
            d.t("    'birthdate' => '").span("DATE_OF_BIRTH", dob_iso()).t("',\n")
        d.t("]);\n")
    elif lang == "elixir":
        d.t('Repo.insert!(%User{name: "').p(lg, g, s).t('", email: "').span("EMAIL_ADDRESS", em).t('"})\n')
        d.t('Repo.insert!(%Org{name: "').neg("NEG_ORG", rng.choice(ORGS)).t('"})\n')
    elif lang == "rust":
        if rng.random() < 0.5:
            d.t('let u = User { name: "').p(lg, g, s).t('".into(), email: "').span("EMAIL_ADDRESS", em).t('".into() };\n')
        else:
            d.t('let u = User::new("').span("PERSON", g).t('", "').span("PERSON", s).t('");\n')
    else:
        y, m, dd = rng.randint(1951, 2003), rng.randint(1, 12), rng.randint(1, 28)
        d.t('repo.save(new Person("').span("PERSON", g).t('", "').span("PERSON", s).t('", LocalDate.of(')
        d.span("DATE_OF_BIRTH", "%d, %d, %d" % (y, m, dd)).t(")));\n")
    if rng.random() < 0.3:
        d.t("// uses ").neg("NEG_FAMOUS", rng.choice(FAMOUS)).t(" for the graph, see ")
        d.neg("NEG_FAMOUS", rng.choice(FAMOUS)).t("Test\n")
    d.done()


# ---- analytics and monitoring ------------------------------------------------------------------
def analytics(lg):
    d = D(lg, "analytics")
    g, s = person(lg)
    em = mail(lg, g, s)
    k = rng.randrange(6)
    if k == 0:
        d.t("analytics.identify('user_%d', {\n  name: '" % rng.randint(100, 99999)).p(lg, g, s).t("',\n  email: '")
        d.span("EMAIL_ADDRESS", em).t("',\n")
        if rng.random() < 0.5:
            d.t("  birthday: '").span("DATE_OF_BIRTH", dob_iso()).t("',\n")
        if rng.random() < 0.4:
            d.t("  address: { street: '").span("STREET_ADDRESS", street(lg)).t("', city: '%s' },\n" % TOWN[lg])
        d.t("  plan: 'pro'\n});\n")
    elif k == 1:
        d.t('mixpanel.people.set({\n  "$first_name": "').span("PERSON", g).t('",\n  "$last_name": "')
        d.span("PERSON", s).t('",\n  "$email": "').span("EMAIL_ADDRESS", em).t('",\n  "$created": "')
        d.neg("NEG_DATE", other_iso()).t('"\n});\n')
    elif k == 2:
        d.t("DD_RUM.setUser({\n    id: '%d',\n    name: '" % rng.randint(1, 9999)).p(lg, g, s).t("',\n    email: '")
        d.span("EMAIL_ADDRESS", em).t("',\n    plan: 'premium'\n})\n")
    elif k == 3:
        d.t('{"date":"').neg("NEG_DATE", other_iso()).t('T12:01:33Z","service":"checkout","status":"error","usr":{"id":"%d","name":"' % rng.randint(1, 9999))
        d.p(lg, g, s, case=pick_case(0.2)).t('","email":"').span("EMAIL_ADDRESS", em).t('"},"message":"payment declined"}\n')
    elif k == 4:
        d.t("Bugsnag.setUser('%d', '" % rng.randint(1, 9999)).span("EMAIL_ADDRESS", em).t("', '").p(lg, g, s).t("')\n")
        if rng.random() < 0.5:
            d.t('\nevent: {"user": {"id": "%d", "name": "' % rng.randint(1, 9999)).p(lg).t('"}, "app": {"releaseStage": "production"}}\n')
    else:
        d.t("const identify = new amplitude.Identify();\nidentify.set('name', '").p(lg, g, s)
        d.t("');\nidentify.set('birthdate', '").span("DATE_OF_BIRTH", dob_iso()).t("');\namplitude.identify(identify);\n")
    d.done()


# ---- ownership ---------------------------------------------------------------------------------
def backstage(lg):
    d = D(lg, "backstage")
    g, s = person(lg)
    lo = ascii_low(g) + "." + ascii_low(s)
    if rng.random() < 0.6:
        d.t("apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: %s\nspec:\n  profile:\n    displayName: " % lo)
        d.p(lg, g, s).t("\n    email: ").span("EMAIL_ADDRESS", mail(lg, g, s)).t("\n  memberOf: [")
        d.neg("NEG_TEAM", rng.choice(TEAMS)).t("]\n")
    else:
        d.t("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %s\n  annotations:\n" % rng.choice(["payments-api", "bloom-filter-svc"]))
        d.t("    acme.io/tech-lead: ").p(lg, g, s).t("\nspec:\n  type: service\n  lifecycle: production\n  owner: ")
        d.neg("NEG_TEAM", rng.choice(TEAMS)).t("\n")
    d.done()


def k8s(lg):
    d = D(lg, "k8s")
    g, s = person(lg)
    d.t("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  labels:\n    app.kubernetes.io/managed-by: " % rng.choice(["ingest", "billing", "search"]))
    d.neg("NEG_PRODUCT", "Helm").t("\n  annotations:\n")
    k = rng.randrange(3)
    if k == 0:
        d.t('    owner: "').p(lg, g, s).t('"\n    contact: "').span("EMAIL_ADDRESS", mail(lg, g, s)).t('"\n')
    elif k == 1:
        d.t("    maintainer: ").pm(lg).t("\n")
    else:
        d.t('    example.com/oncall-primary: "').p(lg).t('"\n    example.com/oncall-secondary: "').p(lg).t('"\n')
    d.t("    team: ").neg("NEG_TEAM", rng.choice(TEAMS)).t("\n")
    d.done()


def oncall(lg):
    d = D(lg, "oncall")
    k = rng.randrange(3)
    if k == 0:
        d.t("$ pd oncall list\nEscalation Policy        Level  User                 Start             End\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            nm = g + " " + s
            d.t("%-24s %-6d " % (rng.choice(["Payments Primary", "Infra", "Data Platform"]), rng.randint(1, 3)))
            d.p(lg, g, s).t(" " * max(1, 21 - len(nm)))
            d.t("%s 09:00  %s 09:00\n" % (other_iso(), other_iso()))
    elif k == 1:
        d.t('{"data": {"onCallParticipants": [')
        for i in range(rng.randint(1, 3)):
            d.t(", " if i else "")
            if rng.random() < 0.25:
                d.t('{"name": "').neg("NEG_TEAM", rng.choice(TEAMS)).t('", "type": "team"}')
            else:
                d.t('{"name": "').p(lg).t('", "type": "user"}')
        d.t(']}, "took": 0.0%d}\n' % rng.randint(1, 9))
    else:
        d.t("On-call this week:\n  primary: ").p(lg, case=pick_case(0.3)).t("\n  secondary: ").p(lg, case=pick_case(0.3))
        d.t("\n  escalation: ").neg("NEG_TEAM", rng.choice(TEAMS)).t("\n")
    d.done()


# ---- mail --------------------------------------------------------------------------------------
def enc_word(name):
    if rng.random() < 0.7:
        q = "".join(c if c.isascii() and c.isalnum() else ("_" if c == " " else "".join(
            "=%02X" % b for b in c.encode())) for c in name)
        return "=?UTF-8?Q?" + q + "?="
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


def mailhdr(lg):
    d = D(lg, "mailhdr")
    d.t(rng.choice(["Return-Path: <bounce@%s>\n" % HOSTS[lg], "", "Delivered-To: inbox@%s\n" % HOSTS[lg]]))
    g, s = person(lg)
    d.t("From: ")
    k = rng.randrange(4)
    if k == 0:
        d.t('"').span("PERSON", "%s, %s" % (s, g)).t('" <').span("EMAIL_ADDRESS", mail(lg, g, s)).t(">\n")
    elif k == 1:
        d.span("PERSON", enc_word(g + " " + s)).t(" <").span("EMAIL_ADDRESS", mail(lg, g, s)).t(">\n")
    elif k == 2:
        d.span("EMAIL_ADDRESS", mail(lg, g, s)).t(" (").p(lg, g, s).t(")\n")
    else:
        d.t('"').p(lg, g, s).t('" <').span("EMAIL_ADDRESS", mail(lg, g, s)).t(">\n")
    d.t("To: ")
    for i in range(rng.randint(1, 3)):
        g2, s2 = person(lg)
        d.t(", " if i else "")
        if rng.random() < 0.3:
            d.t('"').span("PERSON", "%s, %s" % (s2, g2)).t('" <').span("EMAIL_ADDRESS", mail(lg, g2, s2)).t(">")
        else:
            d.p(lg, g2, s2).t(" <").span("EMAIL_ADDRESS", mail(lg, g2, s2)).t(">")
    d.t("\n")
    if rng.random() < 0.5:
        d.t("Reply-To: ").p(lg).t(" <reply@%s>\n" % HOSTS[lg])
    if rng.random() < 0.4:
        d.t("X-Original-Sender: ").span("EMAIL_ADDRESS", mail(lg, g, s)).t("\n")
    d.t("Date: %s, %d %s %d 10:%02d:11 +0100\nSubject: Re: build broken on main\nMessage-ID: <%s@%s>\n" % (
        rng.choice(DAYS), rng.randint(1, 28), rng.choice(MONS), rng.randint(2020, 2026), rng.randint(0, 59), sha(16), HOSTS[lg]))
    if rng.random() < 0.4:
        d.t("X-Mailer: ").neg("NEG_PRODUCT", rng.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Mozilla Thunderbird"])).t("\n")
    d.done()


def archive(lg):
    d = D(lg, "archive")
    g, s = person(lg)
    k = rng.randrange(3)
    lst = rng.choice(["dev", "users", "announce", "kernel-janitors"])
    if k == 0:
        d.t("[%s] Re: %s\n\n" % (lst, rng.choice(SUBJ))).p(lg, g, s).t(" ")
        d.span("EMAIL_ADDRESS", "%s at %s" % (ascii_low(g) + "." + ascii_low(s), HOSTS[lg]))
        d.t("\n%s %s %d 10:%02d:41 UTC %d\n\n" % (rng.choice(DAYS), rng.choice(MONS), rng.randint(1, 28), rng.randint(0, 59), rng.randint(2012, 2026)))
        d.t("    * Previous message (by thread): [%s] %s\n" % (lst, rng.choice(SUBJ)))
        d.t("    * Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n")
    elif k == 1:
        d.t("From %s  %s %s %d 10:%02d:41 %d\n" % (mail(lg, g, s).replace("@", " at "), rng.choice(DAYS), rng.choice(MONS), rng.randint(1, 28), rng.randint(0, 59), rng.randint(2012, 2026)))
        d.t("From: ").span("EMAIL_ADDRESS", mail(lg, g, s).replace("@", " at ")).t(" (").p(lg, g, s).t(")\n")
        d.t("Date: %s, %d %s %d\nSubject: [%s] %s\nIn-Reply-To: <%s@%s>\n" % (
            rng.choice(DAYS), rng.randint(1, 28), rng.choice(MONS), rng.randint(2012, 2026), lst, rng.choice(SUBJ), sha(12), HOSTS[lg]))
    else:
        g2, s2 = person(rng.choice(LOCS))
        d.t("On %s, %s %d, %d at %d:%02d %s " % (rng.choice(DAYS), rng.choice(MONS), rng.randint(1, 28), rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(0, 59), rng.choice(["AM", "PM"])))
        d.p(lg, g2, s2).t(" <").span("EMAIL_ADDRESS", mail(lg, g2, s2)).t("> wrote:\n> I think the patch is fine.\n\n")
        d.t("Agreed.\n\n-- \n").p(lg, g, s).t("\n")
    d.done()


OOO = {
    "en": ("I am out of the office until {D} with limited access to e-mail. For urgent matters please contact {P} ({M}).",
           "Best regards,"),
    "de": ("Ich bin bis einschließlich {D} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {P} ({M}).",
           "Mit freundlichen Grüßen"),
    "fr": ("Je suis absente jusqu'au {D}. Pour toute urgence, merci de contacter {P} ({M}).", "Cordialement,"),
    "nl": ("Ik ben afwezig tot en met {D}. Neem voor dringende zaken contact op met {P} ({M}).",
           "Met vriendelijke groet,"),
    "es": ("Estoy fuera de la oficina hasta el {D}. Para asuntos urgentes, contacte con {P} ({M}).", "Saludos,"),
    "it": ("Sono fuori ufficio fino al {D}. Per urgenze contattare {P} ({M}).", "Cordiali saluti,"),
    "pt": ("Estou ausente até {D}. Para assuntos urgentes, contacte {P} ({M}).", "Com os melhores cumprimentos,"),
    "pl": ("Jestem poza biurem do {D}. W pilnych sprawach proszę kontaktować się z {P} ({M}).", "Pozdrawiam,"),
    "sv": ("Jag är ledig till och med {D}. Vid brådskande ärenden, kontakta {P} ({M}).", "Med vänliga hälsningar,"),
    "da": ("Jeg er fraværende indtil {D}. Ved hastesager kontakt venligst {P} ({M}).", "Med venlig hilsen,"),
}


def ooo(lg):
    if lg not in OOO:
        lg = rng.choice(list(OOO))
    d = D(lg, "ooo")
    body, close = OOO[lg]
    if rng.random() < 0.5:
        d.t("Subject: Automatic reply: Re: %s\nAuto-Submitted: auto-replied\n\n" % rng.choice(SUBJ))
    dt = "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026))
    g, s = person(lg)
    i = body.index("{P}")
    pre = body[:i]
    j = pre.index("{D}")
    d.t(pre[:j]).neg("NEG_DATE", dt).t(pre[j + 3:])
    d.p(lg, g, s, case=pick_case(0.05))
    rest = body[i + 3:]
    j = rest.index("{M}")
    d.t(rest[:j]).span("EMAIL_ADDRESS", mail(lg, g, s)).t(rest[j + 3:])
    if rng.random() < 0.4:
        d.t(" / ").span("PHONE_NUMBER", phone(lg))
    d.t("\n\n" + close + "\n")
    d.p(lg, case=pick_case(0.1))
    if rng.random() < 0.5:
        d.t("\n%s | " % rng.choice(["Senior Engineer", "Head of Platform", "Product Owner"])).neg("NEG_ORG", rng.choice(ORGS))
    d.t("\n")
    d.done()


KINDS = [shortlog, mailmap, gitlog, trailer, cargo, maven, composer, rdesc, cff, gemspec, helm, rpm,
         pkgbuild, nuspec, passwd, finger, gpg, x509, aduser, graphql, scim, auth0, crm, crm, seed,
         seed, analytics, analytics, backstage, k8s, oncall, mailhdr, mailhdr, archive, ooo, ooo]
for i in range(17 * len(KINDS)):
    KINDS[i % len(KINDS)](LOCS[(i // len(KINDS) + i) % len(LOCS)])

write_json(records)
