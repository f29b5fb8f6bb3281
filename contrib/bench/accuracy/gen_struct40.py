#!/usr/bin/env python3
"""gen_struct40.py: e-mails, IPs and credentials in developer metadata (stop 40, struct40; tune set).

Coding agents send git logs, manifests, lock files, CI logs, configs and shell sessions every turn.
This corpus puts real structured PII where those files hold it, in the shapes the files really
have, and the look-alikes those files are full of right beside it:
- git log / shortlog / blame / format-patch headers and trailers (Signed-off-by, Co-authored-by,
  Reported-by, Reviewed-by), .mailmap, AUTHORS and CODEOWNERS files, package.json author /
  contributors / maintainers (string and object forms), Cargo.toml, pyproject.toml, setup.py,
  Maven pom developers, composer.json, gemspec, R DESCRIPTION, CITATION.cff, Debian changelog and
  control (EMAIL_ADDRESS; the person's name PERSON);
- e-mail spellings of those files: angle brackets, `<user at host>`, `user (at) host`,
  `user at host dot tld`, `user at host.tld`, `user [at] host [dot] tld`, `mailto:`,
  percent-encoded `%40`, IDN domains, plus tags, quoted local parts, GitHub noreply and bot
  addresses (an e-mail address is PII in this house's corpora: grid39 labels noreply@ ones);
- SSH known_hosts and config, nginx/apache/haproxy logs and configs, /etc/hosts, docker inspect,
  kubectl output, Terraform state, traceroute/ping/dig/netstat output, stack traces with hosts,
  Sentry events (IP_ADDRESS v4 and v6; private ranges are addresses too, as in audit15/var15);
- URLs and DSNs with credentials (the password or token is SECRET, as var15/var16 label secrets);
- look-alikes, labelled NEG_*: `git@github.com:org/repo.git`, `ssh://git@host/...`, npm
  `@scope/pkg@1.2.3`, `pkg@^2.0.0`, docker `image@sha256:...`, Go `module@v1.2.3`, shell prompts
  `root@build-7:~#`, scp targets of service accounts (NEG_EMAILISH); four-part versions
  (NEG_VERSION); SNMP OIDs (NEG_OID); loopback, unspecified, netmasks and RFC 5737/3849
  documentation addresses (NEG_IP: audit15 labels the documentation ranges so; loopback and
  0.0.0.0 identify nobody); Maven coordinates, Kubernetes resource names (NEG_CODE); commit
  hashes and digests (NEG_HASH); timestamps (NEG_TIMESTAMP).
Written before the detectors were read. A record's metadata class is `TYPE:shape` (`neg:shape`
for a record of look-alikes only).

    python3 gen_struct40.py > data/struct40.json

Deterministic (fixed seed); Python stdlib only.
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END, B62  # noqa: E402

R = random.Random(20261205 + 40)
records = []
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

GIVEN = {
    "en": ["Maria", "Priya", "Siobhan", "Rebecca", "Oliver", "Hannah", "Chidi", "Tomasz"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias", "Lena"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Claire", "Julien"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Rodrigo", "Carmen", "Iñigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo", "Alessandra"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
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
DOMAINS = {
    "en": ["gmail.com", "fastmail.com", "outlook.com", "proton.me", "kernel.org", "acme-corp.io"],
    "de": ["web.de", "posteo.de", "gmx.de", "uni-heidelberg.de", "keller-it.de", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "inria.fr", "ovh.net", "wanadoo.fr"],
    "nl": ["ziggo.nl", "xs4all.nl", "kpnmail.nl", "tudelft.nl", "bol-dev.nl", "hotmail.nl"],
    "es": ["telefonica.es", "gmail.com", "uam.es", "hotmail.es", "ya.com", "movistar.es"],
    "it": ["libero.it", "tiscali.it", "polimi.it", "virgilio.it", "alice.it", "fastwebnet.it"],
    "pt": ["sapo.pt", "gmail.com", "tecnico.ulisboa.pt", "netcabo.pt", "iol.pt", "clix.pt"],
}
IDN = ["müller-bau.de", "bäckerei-weber.de", "señal.es", "café-dev.fr", "straße.net", "ølstue.dk"]
MSG = {
    "en": ["Fix race in connection pool", "Add retry to upload", "Bump lodash from 4.17.20 to 4.17.21",
           "Refactor config loader", "Update CI matrix"],
    "de": ["Behebe Absturz beim Start", "Füge Wiederholung beim Upload hinzu", "Aktualisiere Abhängigkeiten",
           "Konfiguration überarbeitet"],
    "fr": ["Corrige le plantage au démarrage", "Ajoute une nouvelle tentative", "Met à jour les dépendances",
           "Refonte du chargeur de configuration"],
    "nl": ["Herstel crash bij opstarten", "Voeg retry toe aan upload", "Werk afhankelijkheden bij"],
    "es": ["Corrige fallo al iniciar", "Añade reintento a la subida", "Actualiza dependencias"],
    "it": ["Corregge crash all'avvio", "Aggiunge retry al caricamento", "Aggiorna le dipendenze"],
    "pt": ["Corrige falha ao iniciar", "Adiciona nova tentativa no envio", "Atualiza dependências"],
}
ASK = {
    "en": "Why does this fail?", "de": "Warum schlägt das fehl?", "fr": "Pourquoi ça échoue ?",
    "nl": "Waarom faalt dit?", "es": "¿Por qué falla esto?", "it": "Perché fallisce?",
    "pt": "Por que isto falha?",
}
PKG = ["left-pad-ng", "tinyqueue", "fastjson-lite", "conf-loader", "retry-kit", "mini-orm", "logtail"]
ORG = ["acme", "hushlabs", "openfoo", "datacraft", "polyglot-io", "nordwind"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person(lg):
    """(given, surname): from the lists or invented (names in no lexicon)."""
    if R.random() < 0.3:
        syl, end = SYL[lg], END[lg]
        g = "".join(R.choice(syl) for _ in range(2))
        s = "".join(R.choice(syl) for _ in range(R.choice((1, 2)))) + R.choice(end)
        return g[0].upper() + g[1:], s[0].upper() + s[1:]
    return R.choice(GIVEN[lg]), R.choice(SURNAME[lg])


def local(g, s):
    g, s = fold(g).lower().replace(" ", ""), fold(s).lower().replace(" ", "")
    return R.choice([g + "." + s, g[0] + s, g + "_" + s, s + "." + g[0], g, g + s[0], g + "." + s + str(R.randint(1, 99))])


def email(lg, g, s, plus=False):
    loc = local(g, s)
    if plus:
        loc += "+" + R.choice(["github", "npm", "lists", "dev", "cargo"])
    return loc + "@" + R.choice(DOMAINS[lg])


def spelled(lg, g, s):
    """An e-mail in the spellings of AUTHORS files and mailing lists (whole span)."""
    loc, dom = local(g, s), R.choice(DOMAINS[lg])
    host, tld = dom.rsplit(".", 1)
    return R.choice([loc + " at " + dom, loc + " at " + host + " dot " + tld, loc + " (at) " + dom,
                     loc + " [at] " + host + " [dot] " + tld, loc + " AT " + host + " DOT " + tld,
                     loc + "(at)" + dom, loc + " {at} " + dom, loc.replace(".", " dot ") + " at " + host + " dot " + tld])


def ip4():
    """A public IPv4 address: no private, loopback, link-local, CGNAT, multicast or doc range."""
    while True:
        a = R.randint(1, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def ip4p():
    r = R.randint
    return R.choice(["10.%d.%d.%d" % (r(0, 255), r(0, 255), r(2, 254)),
                     "172.%d.%d.%d" % (r(16, 31), r(0, 255), r(2, 254)),
                     "192.168.%d.%d" % (r(0, 255), r(2, 254))])


def ip6():
    pre = R.choice(["2a01:4f8", "2001:41d0", "2a02:8109", "2600:1f18", "2a00:1450", "2804:14c"])
    groups = ["%x" % R.randint(0, 0xffff) for _ in range(R.choice((2, 4, 6)))]
    if len(groups) == 6:
        return pre + ":" + ":".join(groups)
    return pre + ":" + groups[0] + "::" + ":".join(groups[1:])


def ip_any():
    return R.choice([ip4, ip4, ip4p, ip6])()


def ip_neg():
    r = R.randint
    return R.choice(["127.0.0.1", "0.0.0.0", "::1", "192.0.2.%d" % r(2, 254), "198.51.100.%d" % r(2, 254),
                     "203.0.113.%d" % r(2, 254), "2001:db8::%x" % r(1, 0xfff), "255.255.255.0", "255.255.0.0"])


def sha(n=40):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ver4():
    return "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 200), R.randint(0, 255))


def secret(n=20):
    return "".join(R.choice(B62) for _ in range(n))


def stamp():
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                              R.randint(0, 59), R.randint(0, 59))


def gitdate():
    return "%s %s %d %02d:%02d:%02d 2024 +0%d00" % (R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]),
                                                    R.choice(["Jan", "Mar", "May", "Sep", "Nov"]), R.randint(1, 28),
                                                    R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 2))


class D(Doc):
    records = records

    def P(self, g, s):
        return self.span("PERSON", g + " " + s)

    def E(self, v):
        return self.span("EMAIL_ADDRESS", v)

    def I(self, v=None):
        return self.span("IP_ADDRESS", v or ip_any())


def doc(lg, cls, ask=True):
    d = D(lg, cls)
    if ask and R.random() < 0.4:
        d.t(ASK[lg] + "\n\n")
    return d


# ---- git -----------------------------------------------------------------------------------------
def git_records(lg):
    g, s = person(lg)
    d = doc(lg, "EMAIL:git_log")
    d.t("commit " + sha() + "\nAuthor: ").P(g, s).t(" <").E(email(lg, g, s)).t(">\nDate:   " + gitdate())
    d.t("\n\n    " + R.choice(MSG[lg]) + "\n\n")
    g2, s2 = person(lg)
    d.t("    Co-authored-by: ").P(g2, s2).t(" <").E(email(lg, g2, s2, R.random() < 0.3)).t(">\n")
    d.t("    Signed-off-by: ").P(g, s).t(" <").E(email(lg, g, s)).t(">\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:git_trailers", False)
    d.t(R.choice(MSG[lg]) + "\n\nReported-by: ").P(g, s).t(" <").E(email(lg, g, s)).t(">\n")
    g2, s2 = person(lg)
    d.t("Reviewed-by: ").P(g2, s2).t(" <").E(email(lg, g2, s2)).t(">\nLink: https://lore.kernel.org/r/")
    d.span("NEG_HASH", sha(12)).t("\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:format_patch", False)
    d.t("From " + sha() + " Mon Sep 17 00:00:00 2001\nFrom: ").P(g, s).t(" <").E(email(lg, g, s))
    d.t(">\nDate: " + gitdate() + "\nSubject: [PATCH 1/3] " + R.choice(MSG[lg]) + "\n\n---\n src/main.c | 4 ++--\n")
    d.done()

    d = doc(lg, "EMAIL:shortlog")
    d.t("$ git shortlog -sne\n")
    for _ in range(R.randint(2, 4)):
        g, s = person(lg)
        d.t("   %3d\t" % R.randint(1, 300)).P(g, s).t(" <").E(email(lg, g, s)).t(">\n")
    d.t("     4\tdependabot[bot] <").E("49699333+dependabot[bot]@users.noreply.github.com").t(">\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:blame")
    d.t("$ git blame -e src/pool.c -L 40,41\n").span("NEG_HASH", sha(8)).t(" (<").E(email(lg, g, s))
    d.t("> 2024-03-11 09:15:22 +0100 40)     if (!conn) return -1;\n")
    d.span("NEG_HASH", sha(8)).t(" (<").E("%d+%s@users.noreply.github.com" % (R.randint(10 ** 6, 10 ** 8), local(g, s).replace(".", "-")))
    d.t("> 2024-05-02 17:01:09 +0200 41)     pool->n++;\n").done()

    d = doc(lg, "EMAIL:mailmap", False)
    d.t("# .mailmap\n")
    g, s = person(lg)
    d.P(g, s).t(" <").E(email(lg, g, s)).t("> <").E(email(lg, g, s)).t(">\n")
    g, s = person(lg)
    d.t("<").E(email(lg, g, s)).t("> <").E(local(g, s) + "@" + R.choice(["localhost.localdomain", "old-laptop.(none)", "corp.local"])).t(">\n").done()

    # the person's own remote, beside the look-alikes of a clone
    d = doc(lg, "EMAIL:git_config")
    g, s = person(lg)
    d.t("$ git config -l\nuser.name=").P(g, s).t("\nuser.email=").E(email(lg, g, s))
    d.t("\nremote.origin.url=").span("NEG_EMAILISH", "git@github.com:%s/%s.git" % (R.choice(ORG), R.choice(PKG)))
    d.t("\nremote.upstream.url=").span("NEG_EMAILISH", "ssh://git@gitlab.com/%s/%s.git" % (R.choice(ORG), R.choice(PKG)))
    d.t("\n").done()


# ---- manifests -----------------------------------------------------------------------------------
def manifest_records(lg):
    g, s = person(lg)
    d = doc(lg, "EMAIL:package_json")
    d.t('{\n  "name": "@%s/%s",\n  "version": "2.%d.%d",\n  "author": "' % (R.choice(ORG), R.choice(PKG), R.randint(0, 9), R.randint(0, 20)))
    d.P(g, s).t(" <").E(email(lg, g, s)).t("> (https://%s.dev)\",\n  \"contributors\": [\n" % fold(s).lower())
    g2, s2 = person(lg)
    d.t('    {"name": "').P(g2, s2).t('", "email": "').E(email(lg, g2, s2, R.random() < 0.3)).t('"},\n')
    g3, s3 = person(lg)
    d.t('    "').P(g3, s3).t(' <').E(email(lg, g3, s3)).t('>"\n  ],\n  "dependencies": {\n')
    d.t('    "').span("NEG_EMAILISH", "@%s/core" % R.choice(ORG)).t('": "^3.1.0",\n')
    d.t('    "lodash": "4.17.21"\n  }\n}\n').done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:npm_maintainers")
    d.t("$ npm view %s\n\nmaintainers:\n- " % R.choice(PKG) + fold(g).lower() + " <").E(email(lg, g, s)).t(">\n")
    d.t("\ndist-tags:\nlatest: 2.4.1\n\npublished 3 weeks ago by " + fold(s).lower() + " <").E(email(lg, g, s)).t(">\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:cargo_toml")
    d.t('[package]\nname = "%s"\nversion = "0.%d.3"\nauthors = ["' % (R.choice(PKG).replace("-", "_"), R.randint(1, 30)))
    d.P(g, s).t(" <").E(email(lg, g, s)).t('>"]\nedition = "2021"\n').done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:pyproject")
    d.t('[project]\nname = "%s"\nauthors = [\n  {name = "' % R.choice(PKG)).P(g, s).t('", email = "').E(email(lg, g, s)).t('"},\n]\n')
    g2, s2 = person(lg)
    d.t('maintainers = [{name = "').P(g2, s2).t('", email = "').E(email(lg, g2, s2)).t('"}]\n').done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:setup_py")
    d.t("setup(\n    name='%s',\n    version='1.0.%d',\n    author='" % (R.choice(PKG), R.randint(0, 9))).P(g, s)
    d.t("',\n    author_email='").E(email(lg, g, s)).t("',\n    install_requires=['requests>=2.31', 'protobuf==")
    d.span("NEG_VERSION", ver4()).t("'],\n)\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:pom")
    d.t("<developers>\n  <developer>\n    <id>" + local(g, s).replace(".", "") + "</id>\n    <name>").P(g, s)
    d.t("</name>\n    <email>").E(email(lg, g, s)).t("</email>\n    <organization>%s</organization>\n  </developer>\n</developers>\n" % R.choice(ORG))
    d.t("<!-- ").span("NEG_CODE", "org.apache.commons:commons-lang3:3.12.0").t(" -->\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:composer")
    d.t('{\n  "name": "%s/%s",\n  "authors": [\n    {\n      "name": "' % (R.choice(ORG), R.choice(PKG))).P(g, s)
    d.t('",\n      "email": "').E(email(lg, g, s)).t('",\n      "role": "Developer"\n    }\n  ]\n}\n').done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:gemspec")
    d.t("Gem::Specification.new do |spec|\n  spec.authors = [\"").P(g, s).t("\"]\n  spec.email   = [\"").E(email(lg, g, s))
    d.t("\"]\nend\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:r_description")
    d.t("Package: %s\nAuthors@R: person(\"" % R.choice(PKG)).span("PERSON", g).t("\", \"").span("PERSON", s)
    d.t("\", email = \"").E(email(lg, g, s))
    d.t("\", role = c(\"aut\", \"cre\"))\nMaintainer: ").P(g, s).t(" <").E(email(lg, g, s)).t(">\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:citation_cff")
    d.t("cff-version: 1.2.0\nauthors:\n  - family-names: ").span("PERSON", s).t("\n    given-names: ").span("PERSON", g)
    d.t("\n    email: ")
    d.E(email(lg, g, s)).t("\n    orcid: https://orcid.org/0000-0002-%04d-%04d\n" % (R.randint(0, 9999), R.randint(0, 9999))).done()

    d = doc(lg, "EMAIL:authors_file", False)
    d.t("AUTHORS\n=======\n\n")
    for _ in range(3):
        g, s = person(lg)
        sh = R.random()
        if sh < 0.5:
            d.P(g, s).t(" <").E(spelled(lg, g, s)).t(">\n")
        elif sh < 0.8:
            d.P(g, s).t(" - ").E(spelled(lg, g, s)).t("\n")
        else:
            d.P(g, s).t(" <").E(email(lg, g, s)).t(">\n")
    d.done()

    d = doc(lg, "EMAIL:codeowners", False)
    d.t("# CODEOWNERS\n*.c       ")
    g, s = person(lg)
    d.span("NEG_HANDLE", "@" + R.choice(ORG) + "/core-team").t(" ").E(email(lg, g, s)).t("\n/docs/    ")
    g, s = person(lg)
    d.E(email(lg, g, s)).t("\n").done()

    g, s = person(lg)
    d = doc(lg, "EMAIL:debian")
    d.t("%s (1.4.%d-1) unstable; urgency=medium\n\n  * New upstream release.\n\n -- " % (R.choice(PKG), R.randint(0, 9)))
    d.P(g, s).t(" <").E(email(lg, g, s)).t(">  Mon, 11 Mar 2024 09:15:22 +0100\n").done()
    g, s = person(lg)
    d = doc(lg, "EMAIL:debian_control")
    d.t("Source: %s\nMaintainer: " % R.choice(PKG)).P(g, s).t(" <").E(email(lg, g, s)).t(">\n")
    d.t("Uploaders: ")
    g, s = person(lg)
    d.P(g, s).t(" <").E(email(lg, g, s)).t(">\nStandards-Version: ").span("NEG_VERSION", "4.6.2.0").t("\n").done()


# ---- e-mail spellings --------------------------------------------------------------------------
def spelling_records(lg):
    g, s = person(lg)
    loc, dom = local(g, s), R.choice(DOMAINS[lg])
    for cls, v, pre, post in [
        ("EMAIL:mailto", loc + "@" + dom, '<a href="mailto:', '">' + g + "</a>\n"),
        ("EMAIL:percent", loc + "%40" + dom, "https://issues.example.org/search?reporter=", "&state=open\n"),
        ("EMAIL:quoted", '"' + fold(g).lower() + " " + fold(s).lower() + '"@' + dom, "From: ", "\n"),
        ("EMAIL:angle_at", loc + " at " + dom, "Maintainer: <", ">\n"),
        ("EMAIL:key_at", loc + " at " + dom, R.choice(["mail: ", "email: ", "E-Mail: ", "contact: "]), "\n"),
        ("EMAIL:idn", fold(g).lower() + "@" + R.choice(IDN), "Author-email: ", "\n"),
        ("EMAIL:idn_local", g.lower() + "." + s.lower() + "@" + R.choice(DOMAINS[lg]), "email = ", "\n"),
        ("EMAIL:plus", email(lg, g, s, True), "git config user.email ", "\n"),
        ("EMAIL:upper", email(lg, g, s).upper(), "MAINTAINER ", "\n"),
        ("EMAIL:bot", R.choice(["noreply@github.com", "41898282+github-actions[bot]@users.noreply.github.com",
                                "renovate[bot]@app.renovatebot.com", "ci-bot@" + R.choice(DOMAINS[lg])]), "Author: bot <", ">\n"),
    ]:
        d = doc(lg, cls)
        d.t(pre).E(v).t(post).done()
    # an npm log that mixes the person with scoped packages, versions and a digest
    g, s = person(lg)
    d = doc(lg, "EMAIL:npm_log")
    d.t("npm notice Publishing to https://registry.npmjs.org/ with tag latest\nnpm notice package: ")
    d.span("NEG_EMAILISH", "@%s/%s@2.%d.0" % (R.choice(ORG), R.choice(PKG), R.randint(0, 9))).t("\nnpm notice maintainer: ")
    d.E(email(lg, g, s)).t("\nnpm WARN deprecated ").span("NEG_EMAILISH", "%s@^1.0.%d" % (R.choice(PKG), R.randint(0, 9)))
    d.t(": use v2\n").done()
    d = doc(lg, "neg:pkg_at")
    d.t("$ go get ").span("NEG_EMAILISH", "golang.org/x/net@v0.%d.0" % R.randint(10, 30)).t("\n$ docker pull ")
    d.span("NEG_EMAILISH", "%s@sha256:%s" % (R.choice(["nginx", "postgres", "ghcr.io/acme/api"]), sha(64)))
    d.t("\n$ yarn why ").span("NEG_EMAILISH", "%s@npm:%d.2.1" % (R.choice(PKG), R.randint(1, 9))).t("\n").done()
    d = doc(lg, "neg:prompt")
    host = R.choice(["build-7", "ci-runner-3", "ip-10-0-3-17", "web01"])
    d.span("NEG_EMAILISH", R.choice(["root", "ubuntu", "deploy", "ec2-user"]) + "@" + host).t(":~# cat /etc/os-release\n")
    d.t("VERSION_ID=\"22.04\"\n").done()


# ---- hosts and network ---------------------------------------------------------------------------
def net_records(lg):
    d = doc(lg, "IP:known_hosts")
    d.t("$ cat ~/.ssh/known_hosts\n")
    h = R.choice(["git.acme-corp.io", "bastion.eu", "build"])
    d.t(h + ",").I(ip4()).t(" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + secret(30) + "\n")
    d.t("[").I(ip4p()).t("]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAA" + secret(24) + "\n").done()

    g, s = person(lg)
    d = doc(lg, "IP:ssh_config")
    d.t("Host bastion\n    HostName ").I(ip4()).t("\n    User " + fold(g).lower() + "\n    IdentityFile ~/.ssh/id_ed25519\n")
    d.t("Host db\n    HostName ").I(ip4p()).t("\n    ProxyJump bastion\n    LocalForward 5432 ").span("NEG_IP", "127.0.0.1").t(":5432\n").done()

    d = doc(lg, "IP:nginx_log")
    for _ in range(2):
        d.I(R.choice([ip4, ip4, ip6])()).t(' - - [11/Mar/2024:09:15:%02d +0100] "GET /api/v2/items?page=%d HTTP/1.1" 200 %d "-" "Mozilla/5.0"\n'
                                           % (R.randint(0, 59), R.randint(1, 9), R.randint(100, 9000)))
    d.done()

    d = doc(lg, "IP:nginx_conf")
    d.t("server {\n    listen ").span("NEG_IP", "0.0.0.0").t(":443 ssl;\n    allow ").I(ip4()).t("/32;\n    allow ").I(ip6())
    d.t(";\n    deny all;\n    location / { proxy_pass http://").I(ip4p()).t(":8080; }\n}\n").done()

    d = doc(lg, "IP:apache_log")
    d.t("[Mon Mar 11 09:15:22.%06d 2024] [core:error] [pid %d] [client " % (R.randint(0, 999999), R.randint(100, 99999)))
    d.I(ip4()).t(":%d] AH00126: Invalid URI in request\n" % R.randint(1024, 65535)).done()

    d = doc(lg, "IP:haproxy")
    d.t("backend api\n    balance roundrobin\n    server api1 ").I(ip4p()).t(":8080 check\n    server api2 ").I(ip4p())
    d.t(":8080 check\n# haproxy ").span("NEG_VERSION", "2.8.%d.1" % R.randint(0, 9)).t("\n").done()

    d = doc(lg, "IP:etc_hosts")
    d.span("NEG_IP", "127.0.0.1").t("\tlocalhost\n").span("NEG_IP", "::1").t("\tip6-localhost\n")
    d.I(ip4p()).t("\tdb.internal\n").I(ip4()).t("\tstaging.%s.io\n" % R.choice(ORG)).done()

    d = doc(lg, "IP:docker_inspect")
    d.t('"NetworkSettings": {\n    "Gateway": "').I(ip4p()).t('",\n    "IPAddress": "').I(ip4p())
    d.t('",\n    "IPPrefixLen": 16,\n    "GlobalIPv6Address": "').I(ip6()).t('",\n    "MacAddress": "02:42:ac:11:00:02"\n},\n')
    d.t('"Image": "').span("NEG_HASH", "sha256:" + sha(64)).t('"\n').done()

    d = doc(lg, "IP:kubectl")
    d.t("$ kubectl get pods -o wide\nNAME                         READY   STATUS    IP            NODE\n")
    for _ in range(2):
        pod = "%s-%s-%s" % (R.choice(["api", "worker", "web"]), sha(9), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
        d.span("NEG_CODE", pod).t("   1/1     Running   ").I(ip4p()).t("   ip-%d-%d-%d-%d.eu-west-1.compute.internal\n" % tuple(R.randint(1, 254) for _ in range(4)))
    d.t("$ kubectl get svc\nNAME   TYPE           CLUSTER-IP   EXTERNAL-IP\napi    LoadBalancer   ").I(ip4p()).t("   ").I(ip4()).t("\n").done()

    d = doc(lg, "IP:terraform")
    d.t('{\n  "type": "aws_instance",\n  "attributes": {\n    "ami": "ami-0%s",\n    "public_ip": "' % sha(16)).I(ip4())
    d.t('",\n    "private_ip": "').I(ip4p()).t('",\n    "ipv6_addresses": ["').I(ip6()).t('"]\n  }\n}\n').done()

    d = doc(lg, "IP:traceroute")
    d.t("$ traceroute api.%s.io\n" % R.choice(ORG))
    for i in range(1, 4):
        a = R.choice([ip4, ip4p])()
        d.t(" %d  " % i).I(a).t(" (").I(a).t(")  %.3f ms  %.3f ms\n" % (R.random() * 40, R.random() * 40))
    d.done()

    d = doc(lg, "IP:ping")
    a = ip4()
    d.t("PING host (").I(a).t(") 56(84) bytes of data.\n64 bytes from ").I(a).t(": icmp_seq=1 ttl=54 time=%.1f ms\n" % (R.random() * 90)).done()

    d = doc(lg, "IP:dig")
    d.t(";; ANSWER SECTION:\napi.%s.io.\t300\tIN\tA\t" % R.choice(ORG)).I(ip4()).t("\napi.%s.io.\t300\tIN\tAAAA\t" % R.choice(ORG)).I(ip6())
    d.t("\n;; SERVER: ").span("NEG_IP", "127.0.0.53").t("#53(127.0.0.53) (UDP)\n").done()

    d = doc(lg, "IP:netstat")
    d.t("Proto Local Address           Foreign Address         State\ntcp   ").I(ip4p()).t(":22          ").I(ip4())
    d.t(":%d     ESTABLISHED\ntcp6  " % R.randint(1024, 65535)).span("NEG_IP", "::1").t(":631                 :::*                    LISTEN\n").done()

    d = doc(lg, "IP:stacktrace")
    a = ip4p()
    d.t("Traceback (most recent call last):\n  File \"app/db.py\", line 42, in connect\npsycopg2.OperationalError: connection to server at \"")
    d.I(a).t("\", port 5432 failed: Connection refused\n").done()
    d = doc(lg, "IP:java_trace")
    d.t("java.net.ConnectException: Connection refused: /").I(ip4()).t(":9092\n\tat sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)\n")
    d.t("\tat org.apache.kafka.common.network.Selector.poll(Selector.java:%d)\n" % R.randint(100, 900)).done()

    g, s = person(lg)
    d = doc(lg, "IP:sentry")
    d.t('{\n  "event_id": "%s",\n  "timestamp": "' % sha(32)).span("NEG_TIMESTAMP", stamp()).t('",\n  "user": {\n    "id": "%d",\n    "email": "' % R.randint(100, 99999))
    d.E(email(lg, g, s)).t('",\n    "ip_address": "').I(R.choice([ip4, ip6])()).t('"\n  },\n  "release": "').span("NEG_VERSION", ver4()).t('"\n}\n').done()

    d = doc(lg, "IP:v6_shapes")
    a = ip4()
    d.t("client [").I(ip6()).t("]:%d connected; mapped ").I("::ffff:" + a).t(" via ").I(ip6()).t("%eth0\n").done()  # the zone names an interface

    d = doc(lg, "IP:ssh_scp")
    d.t("$ ssh " + R.choice(["ubuntu", "deploy", "ec2-user", "admin"]) + "@").I(ip4()).t("\n$ scp dump.sql root@").I(ip4p()).t(":/tmp/\n").done()

    d = doc(lg, "IP:auth_log")
    d.t("Mar 11 09:15:22 web01 sshd[%d]: Failed password for invalid user admin from " % R.randint(100, 99999)).I(ip4())
    d.t(" port %d ssh2\nMar 11 09:15:25 web01 sshd[%d]: Accepted publickey for deploy from " % (R.randint(1024, 65535), R.randint(100, 99999)))
    d.I(ip4()).t(" port %d ssh2\n" % R.randint(1024, 65535)).done()

    # look-alikes only
    d = doc(lg, "neg:versions")
    d.t("Microsoft Windows [Version ").span("NEG_VERSION", "10.0.%d.%d" % (R.randint(17000, 22631), R.randint(100, 4000)))
    d.t("]\nprotobuf==").span("NEG_VERSION", ver4()).t("\nsnmpwalk -v2c -c public ").span("NEG_IP", "127.0.0.1").t(" ")
    d.span("NEG_OID", "1.3.6.1.4.1.%d.%d" % (R.randint(2000, 60000), R.randint(1, 9))).t("\n").done()
    d = doc(lg, "neg:netcfg")
    d.t("inet ").span("NEG_IP", "192.0.2.%d" % R.randint(2, 254)).t(" netmask ").span("NEG_IP", R.choice(["255.255.255.0", "255.255.240.0"]))
    d.t(" broadcast ").span("NEG_IP", "255.255.255.255").t("\n# example from RFC 3849: ").span("NEG_IP", "2001:db8::%x" % R.randint(1, 0xffff))
    d.t("\nbind ").span("NEG_IP", "0.0.0.0").t(":8080 and ").span("NEG_IP", "127.0.0.1").t(":9090\n").done()


# ---- credentials in URLs ----------------------------------------------------------------------
def cred_records(lg):
    g, s = person(lg)
    u = fold(g).lower()
    pw = secret(R.randint(12, 20))
    d = doc(lg, "SECRET:dsn")
    # the host of a URL with credentials is masked with it (DB_URL): no IP label of its own
    d.t("DATABASE_URL=postgres://" + u + ":").span("SECRET", pw).t("@" + ip4p() + ":5432/app\n").done()
    d = doc(lg, "SECRET:git_remote")
    tok = "ghp_" + secret(36)
    d.t("$ git remote -v\norigin\thttps://" + u + ":").span("SECRET", tok).t("@github.com/%s/%s.git (fetch)\n" % (R.choice(ORG), R.choice(PKG))).done()
    d = doc(lg, "SECRET:pip_index")
    d.t("pip install --extra-index-url https://__token__:").span("SECRET", "pypi-AgEIcHlwaS5vcmc" + secret(40))
    d.t("@pypi.%s.io/simple %s\n" % (R.choice(ORG), R.choice(PKG))).done()
    d = doc(lg, "SECRET:redis_url")
    d.t("REDIS_URL=redis://:").span("SECRET", secret(16)).t("@" + ip4() + ":6379/0\nREDIS_REPLICA=").I(ip4p())
    d.t(":6379\nAMQP_URL=amqp://guest:guest@localhost:5672//\n").done()


# ---- an agent turn mixing everything (one record a language) -----------------------------------
def mixed_record(lg):
    g, s = person(lg)
    d = doc(lg, "EMAIL:mixed", False)
    d.t(ASK[lg] + "\n```\n$ git log -1 --format='%an <%ae>'\n").P(g, s).t(" <").E(email(lg, g, s)).t(">\n$ curl -v http://")
    d.I(ip4()).t(":8080/health\n*   Trying ").I(ip4()).t(":8080...\n* Connected\n$ npm ls ").span("NEG_EMAILISH", "@%s/%s@1.%d.0" % (R.choice(ORG), R.choice(PKG), R.randint(0, 9)))
    d.t("\n```\n").done()


def main():
    for rnd in range(5):
        for lg in LANGS:
            git_records(lg)
            manifest_records(lg)
            spelling_records(lg)
            net_records(lg)
            cred_records(lg)
            mixed_record(lg)
    write_json(records)


if __name__ == "__main__":
    main()
