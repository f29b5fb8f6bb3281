#!/usr/bin/env python3
"""gen_outside10.py: people in the slots of free-software metadata (branch `outside10`).

outside_names.py measures PERSON recall on the changelogs, copyright files, AUTHORS files, man
pages and package.json files of the machine (real names, built at run time, never committed).
This corpus has the same slots with invented names (syllables), real ones, names with particles,
diacritics, initials and three words, in the pack's seven locales:
- a Debian changelog trailer ` -- Name <email>  date` and a team-upload header `[ Name ]`;
- `Copyright: 2010-2014 Name <email>`, its continuation lines, `Copyright (c) 2019 Name`,
  `Upstream-Contact: Name <email>`, `Maintainer: Name <email>`;
- `Written by A, B and C.`, `Thanks to Name for ...`, `Patch by Name`, `Patch from Name`,
  `Reported by Name`;
- an AUTHORS line `Name <email>` or `* Name <email>`, and `"author": "Name <email> (url)"`.
Look-alikes in the same slots (NEG_ORG, NEG_TERM): `Copyright: 2010 Free Software Foundation,
Inc.`, `Written by the GNOME team`, `Debian Python Team <...>`, `[ Ubuntu Developers ]`, project
and product names after `Thanks to`.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 10)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Andrew", "Rebecca", "Thomas", "Grace", "Oliver", "Hannah", "Colin", "Simon"],
    "de": ["Jürgen", "Ulrike", "Matthias", "Sabine", "Katrin", "Tobias", "Helmut", "Anja"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Laurent"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Jelle"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Rodrigo", "Inés"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Gianfranco", "Lorenzo"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Fletcher", "Ashworth", "Whitcombe", "O'Brien", "McAllister", "Doyle", "Pryce"],
    "de": ["Müller-Wendt", "Brandstätter", "Lindner", "Krause", "Weißenborn", "Vogel"],
    "fr": ["Lefèvre", "de la Fontaine", "Chevalier", "Marchand", "Girard", "Dubois"],
    "nl": ["van Dijk", "de Vries", "van der Berg", "Visser", "Mulder", "Hendriks"],
    "es": ["García López", "Navarro", "Ortega Ruiz", "Domínguez", "de la Cruz", "Vidal"],
    "it": ["De Luca", "Esposito", "Ricci", "Mancini", "Costamagna", "Gallo"],
    "pt": ["Sousa Lopes", "Teixeira", "Almeida", "da Silva", "Gonçalves", "dos Santos"],
}
# names as free-software credits write them: other scripts and transliterations too
EXTRA = ["Ondřej Nováček", "Dmitrij Kovaļenko", "Łukasz Wróbelski", "Håkon Ødegård",
         "Zoltán Kárpáti", "Şahin Yıldırımlı", "Nguyễn Văn Thắng", "José María Olazábal Ruiz",
         "Jean-Baptiste Rouquet", "Mary-Ann Pryce", "J. R. Fletcher", "Thomas J. Whitcombe",
         "A. Mancini", "Kai-Uwe Brandt", "Sebastiaan ter Haar", "Luís Miguel Gonçalves",
         "Frank Church", "Peter Bridge", "Grace Hall", "Robin Winter", "Susan Field"]


def invent(lg, surname=True):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2))))
        if surname:
            w += rng.choice(END[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def person(lg):
    r = rng.random()
    if r < 0.12:
        return rng.choice(EXTRA)
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.7 else invent(lg, False)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent(lg)
    if rng.random() < 0.1:
        g += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    return g + " " + s


def mail(p):
    w = [x for x in p.replace("-", " ").split() if x[0].isupper() and len(x) > 2]
    f = lambda x: "".join(c for c in x.lower() if c.isascii() and c.isalpha())  # noqa: E731
    return (f(w[0]) + "." + f(w[-1]) if len(w) > 1 else f(p.split()[-1])) + "@" + rng.choice(
        ["debian.org", "example.org", "users.sourceforge.net", "gmail.com", "posteo.de"])


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date():
    return "%s, %02d %s %d %02d:%02d:%02d +0%d00" % (
        rng.choice(DAYS), rng.randint(1, 28), rng.choice(MON), rng.randint(2005, 2026),
        rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 2))


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", person(self.lg))
        elif key == "PE":
            p = person(self.lg)
            self.span("PERSON", p).t(" <").span("EMAIL_ADDRESS", mail(p)).t(">")
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


PKG = ["libfoo", "python-xyzzy", "gnome-widgets", "perl-tiny", "node-left-pad", "zlib-ng"]
ENTRY = ["  * New upstream release.", "  * Bump Standards-Version to 4.6.2.",
         "  * d/control: drop obsolete Breaks.", "  * Fix FTBFS with GCC 14 (Closes: #10%d)."]


def gen_changelog():
    for lg in LANGS:
        for k in range(6):
            d = D(lg, "changelog_trailer").t("%s (1.%d-1) unstable; urgency=medium\n\n" % (
                rng.choice(PKG), k))
            if k % 3 == 1:
                d.t("  [ ").fill("{P}").t(" ]\n")
            for e in rng.sample(ENTRY, 2):
                d.t(e.replace("%d", str(rng.randint(100, 999))) + "\n")
            if k % 3 == 2:
                d.t("  * Apply patch, thanks to ").fill("{P}").t(".\n")
            d.t("\n -- ").fill("{PE}").t("  " + date() + "\n").done()
        d = D(lg, "changelog_team").t("%s (2.0-2) experimental; urgency=low\n\n  [ " % rng.choice(
            PKG)).fill("{P}").t(" ]\n  * Team upload.\n\n  [ ").fill("{P}").t(" ]\n  * Fix typo.\n")
        d.done()


def gen_copyright():
    for lg in LANGS:
        for k in range(5):
            y = rng.randint(1995, 2020)
            yr = "%d-%d" % (y, y + rng.randint(1, 6)) if k % 2 else "%d" % y
            d = D(lg, "copyright").t("Files: *\nCopyright: " + yr + " ").fill("{PE}").t("\n")
            if k % 3 == 0:
                d.t("           %d, %d " % (y + 1, y + 3)).fill("{PE}").t("\n")
            d.t("License: GPL-2+\n").done()
        D(lg, "copyright_c").t("/*\n * Copyright (c) %d " % rng.randint(1998, 2024)).fill(
            "{P}").t("\n * All rights reserved.\n */\n").done()
        D(lg, "copyright_c").t("Copyright © %d-%d " % (2001, 2011)).fill("{PE}").t("\n").done()
        p = person(lg)
        D(lg, "copyright_nick").t("Files: debian/*\nCopyright: %d, " % rng.randint(1998, 2024)).span(
            "PERSON", p).t(" (%s) <" % p.split()[0].lower()).span("EMAIL_ADDRESS", mail(p)).t(
                ">\n").done()
        D(lg, "upstream_contact").t("Format: https://www.debian.org/doc/packaging-manuals/"
                                    "copyright-format/1.0/\nUpstream-Name: %s\n"
                                    "Upstream-Contact: " % rng.choice(PKG)).fill("{PE}").t(
            "\nSource: https://example.org/\n").done()
        D(lg, "maintainer").t("Source: %s\nMaintainer: " % rng.choice(PKG)).fill("{PE}").t(
            "\nSection: libs\n").done()


def gen_credits():
    for lg in LANGS:
        n = rng.randint(1, 3)
        d = D(lg, "written_by").t(".SH AUTHOR\nWritten by ")
        for i in range(n):
            d.fill("{P}")
            d.t(", " if i < n - 2 else " and " if i == n - 2 else ".")
        d.t("\n").done()
        d = D(lg, "written_by").t("This manual page was written by ").fill("{PE}").t(
            " for the Debian project (and may be used by others).\n").done()
        for lead in ["Thanks to ", "Patch by ", "Patch from ", "Reported by ", "Based on work by "]:
            D(lg, "thanks").t("  * Fix crash on empty input. " + lead).fill("{P}").t(
                rng.choice([".", " for the report.", " (Closes: #%d)." % rng.randint(10**5, 10**6)])
                + "\n").done()
        d = D(lg, "authors").t("Authors\n=======\n\n")
        for i in range(3):
            d.t(["", "* ", "  "][i]).fill("{PE}").t("\n")
        d.done()
        p = person(lg)
        D(lg, "package_json").t('{\n  "name": "%s",\n  "author": "' % rng.choice(PKG)).span(
            "PERSON", p).t(" <").span("EMAIL_ADDRESS", mail(p)).t(
                '> (https://example.org/)",\n  "license": "MIT"\n}\n').done()


NEG = [
    ("NEG_ORG", "Copyright: 2010 ", "Free Software Foundation, Inc.", "\n"),
    ("NEG_ORG", "Copyright: 2004-2019 ", "The GNOME Project", " <gnome@example.org>\n"),
    ("NEG_ORG", "Copyright (c) 2015 ", "Red Hat, Inc.", "\n"),
    ("NEG_ORG", "Copyright: 2012 ", "Python Software Foundation", "\n"),
    ("NEG_ORG", "Copyright: 2020 ", "Google LLC", "\n"),
    ("NEG_ORG", " -- ", "Debian Python Team", " <team+python@tracker.debian.org>  " + date()),
    ("NEG_ORG", "Upstream-Contact: ", "GNOME Maintainers", " <pkg-gnome@lists.example.org>\n"),
    ("NEG_ORG", "Maintainer: ", "Debian X Strike Force", " <debian-x@lists.debian.org>\n"),
    ("NEG_ORG", "  [ ", "Ubuntu Developers", " ]\n  * Merge from Debian.\n"),
    ("NEG_ORG", "Written by the ", "GNOME team", ".\n"),
    ("NEG_ORG", "Written by ", "The Mozilla Foundation", ".\n"),
    ("NEG_TERM", "  * Thanks to ", "GitHub Actions", " for the CI runs.\n"),
    ("NEG_PRODUCT", "  * Patch from ", "Fedora", " to build with OpenSSL 3.\n"),
    ("NEG_PRODUCT", "  * Patch by ", "Ubuntu", " (LP: #1999999).\n"),
    ("NEG_TERM", "Written by ", "Autoconf", " 2.71.\n"),
    ("NEG_ORG", "Copyright: ", "Apache Software Foundation", "\nLicense: Apache-2.0\n"),
    ("NEG_ORG", "Copyright 2018 ", "The Chromium Authors", ". All rights reserved.\n"),
    ("NEG_TERM", "Thanks to ", "Unicode Consortium", " data files.\n"),
    ("NEG_PRODUCT", "  * Thanks to ", "Lintian", " for spotting this.\n"),
    ("NEG_ORG", '  "author": "', "Microsoft Corporation", '",\n'),
]


def gen_neg():
    for i, (lab, pre, v, post) in enumerate(NEG):
        d = D(LANGS[i % 7], "lookalike").t(pre).span(lab, v)
        m = re.search(r"<([^<>@\s]+@[^<>\s]+)>", post)  # the team's list address is PII-free
        if m:  # but a mail address all the same
            d.t(post[:m.start(1)]).span("EMAIL_ADDRESS", m.group(1)).t(post[m.end(1):])
        else:
            d.t(post)
        d.done()


gen_changelog()
gen_copyright()
gen_credits()
gen_neg()
write_json(records)
