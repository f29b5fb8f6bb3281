#!/usr/bin/env python3
"""gen_h12genp.py: three classes of PERSON that names_holdout12 (stop 37's blind set) showed
missed in its prose and document kinds, written here in *other* kinds of text, so a rule for a
class is measured away from the set it came from (branch h12recp, stop 38):

  A. lists of people with affiliation or footnote marks glued to each name ("Ana Ruiz1,2*,
     Tom Hale^3 and Li Wen (2)"): conference programmes, press releases, preprint posts in
     chat, lab newsletters, poster boards; look-alikes: lists of firms, places, software and
     methods with the same marks.
  B. an initial and a surname (or a full name) after a verb of approval, review or authorship
     and its preposition ("approved by K. Okafor", "freigegeben von M. Brandt", "validé par
     j. morel"): tickets, changelogs, meeting notes, news captions, forum posts; look-alikes:
     firms and places after the same verbs ("approved by the FDA", "run by J.P. Morgan").
  C. a name in front of an e-mail address whose local part spells it, in lower case as often
     as not ("ana ruiz <ana.ruiz@...>"): git logs, list digests, ticket headers, calendar
     invites, chat exports; look-alikes: teams, shops and offices in front of their mailboxes.

Invented names (syllables) and lexicon names, en/de/fr/nl/es/it/pt, global origins; lower
case and stripped diacritics in some records. Look-alikes are NEG_* spans.

Usage: python3 gen_h12genp.py > data/h12genp.json (deterministic, stdlib only).
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261204 + 1238)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Olivia", "Harry", "Bethany", "Rhys", "Imogen", "Declan", "Fiona", "Stuart"],
    "de": ["Lena", "Tobias", "Katrin", "Ulrike", "Jana", "Dirk", "Henrike", "Volker"],
    "fr": ["Camille", "Julien", "Élodie", "Benoît", "Margaux", "Rémi", "Sylvie", "Hervé"],
    "nl": ["Sanne", "Bram", "Femke", "Joost", "Marieke", "Sjoerd", "Ilse", "Gert"],
    "es": ["Alba", "Iker", "Noelia", "Sergio", "Ainhoa", "Rubén", "Begoña", "Óscar"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Alessio", "Rosanna", "Elio"],
    "pt": ["Beatriz", "Tiago", "Inês", "Gonçalo", "Leonor", "Rui", "Filipa", "Duarte"],
    "gl": ["Amina", "Kwame", "Yusuf", "Mei", "Arjun", "Oksana", "Tunde", "Farah", "Hiroshi"],
}
SURNAME = {
    "en": ["Donnelly", "Ashworth", "Pritchard", "Holloway", "Barnes", "Ogilvy", "Thwaite"],
    "de": ["Lindner", "Brandt", "Vogel", "Seidel", "Kühn", "Winkler", "Pfeiffer"],
    "fr": ["Girard", "Bonnet", "Chevalier", "Perrin", "Morel", "Gauthier", "Lacroix"],
    "nl": ["Visser", "Smit", "Meijer", "de Boer", "Mulder", "Dekker", "van den Berg"],
    "es": ["Navarro", "Romero", "Domínguez", "Castro", "Ortega", "Delgado", "Vázquez"],
    "it": ["Ricci", "Gallo", "Costa", "Lombardi", "Moretti", "Greco", "Marchi"],
    "pt": ["Ferreira", "Pereira", "Gomes", "Ribeiro", "Almeida", "Sousa", "Teixeira"],
    "gl": ["Mensah", "Okoro", "Demir", "Tanaka", "Kovalenko", "Rahman", "Osei", "Iqbal"],
}
SYL = ["dra", "wen", "kol", "mir", "sa", "tov", "lin", "bra", "quen", "fel", "ri", "gha",
       "zu", "nel", "ost", "vai"]
GEND = ["a", "o", "ine", "el", "ric", "ette", "is", "an"]
SEND = ["worth", "ecki", "mann", "ard", "elli", "ez", "inck", "ova", "ström", "ache"]


def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class P:
    def __init__(self, lg):
        o = lg if rng.random() < 0.7 else "gl"
        if rng.random() < 0.45:
            self.g = rng.choice(SYL).capitalize() + rng.choice(GEND)
            self.s = rng.choice(SYL).capitalize() + rng.choice(SYL) + rng.choice(SEND)
        else:
            self.g, self.s = rng.choice(GIVEN[o]), rng.choice(SURNAME[o])

    def full(self):
        return self.g + " " + self.s

    def init(self):
        return self.g[0] + ". " + self.s

    def local(self):
        return strip(self.g).lower() + "." + strip(self.s).lower().replace(" ", "")


class D(Doc):
    records = records

    def p(self, v):
        return self.span("PERSON", v)

    def n(self, label, v):
        return self.span("NEG_" + label, v)


def case(d, low):
    """The record in lower case (low == 1) or without diacritics (2), spans kept in place."""
    if not low:
        return
    f = str.lower if low == 1 else strip
    t = []
    for c in d.text:
        m = f(c)
        t.append(m if len(m) == 1 else c)
    d.text = "".join(t)
    for s in d.spans:
        s["entity_value"] = d.text[s["start_position"]:s["end_position"]]


# ---- A. lists of people with affiliation marks ---------------------------------------------
MARKS = [lambda: str(rng.randint(1, 4)), lambda: "%d,%d" % (rng.randint(1, 3), rng.randint(1, 4)),
         lambda: "^%d" % rng.randint(1, 4), lambda: " (%d)" % rng.randint(1, 4),
         lambda: "¹²³⁴"[rng.randint(0, 3)], lambda: "*", lambda: "%d†" % rng.randint(1, 3)]
AND = {"en": " and ", "de": " und ", "fr": " et ", "nl": " en ", "es": " y ", "it": " e ",
       "pt": " e "}
FIRMS = ["Siemens Healthineers", "Philips Research", "Roche", "Novartis", "Bayer", "Sanofi",
         "Heineken", "Airbus", "Ferrero", "Inditex"]
TOOLS = ["PyTorch", "TensorFlow", "Stata", "SPSS", "ImageJ", "Matlab", "Gaussian", "Prism"]
TOWNS = ["Leuven", "Grenoble", "Heidelberg", "Bologna", "Coimbra", "Delft", "Salamanca"]
HEADS = {
    "programme": ["Session {k}B – Poster talks\n14:20  {T}\n        ", "Track {k}: {T}\n  "],
    "press": ["PRESS RELEASE\n\n{T}\n\nThe study was published today. Authors: ",
              "Nota de prensa – {T}. Firmado por "],
    "chat": ["[10:4{k}] 🎉 new preprint out: \"{T}\"\n", "#papers  new one on arXiv — {T}\nby "],
    "newsletter": ["LAB NEWSLETTER No. {k}\nAccepted: {T}\n", "Nieuwsbrief {k} – geaccepteerd: {T} – "],
    "poster": ["POSTER P-{k}{k}\n{T}\n", "Board {k}: {T} — presented by "],
}
TOPICS = ["Sleep and memory in shift workers", "A cohort study of knee replacement",
          "Soil carbon under cover crops", "Bias in triage scores", "Wind loads on timber frames"]


def author_list(d, lg, people):
    mk = rng.choice(MARKS)
    for i, q in enumerate(people):
        if i:
            d.t(AND[lg] if i == len(people) - 1 and rng.random() < 0.7 else ", ")
        d.p(q.init() if rng.random() < 0.25 else q.full()).t(mk() if rng.random() < 0.85 else mk() + "*")


def neg_list(d, lg, label, items):
    mk = rng.choice(MARKS)
    for i, v in enumerate(items):
        if i:
            d.t(AND[lg] if i == len(items) - 1 else ", ")
        d.n(label, v).t(mk())


def cls_a(lg, kind):
    d = D(lg, "authors_" + kind)
    d.t(rng.choice(HEADS[kind]).replace("{k}", str(rng.randint(1, 9))).replace(
        "{T}", rng.choice(TOPICS)))
    author_list(d, lg, [P(lg) for _ in range(rng.randint(2, 5))])
    d.t("\n")
    u = rng.random()
    if u < 0.35:
        d.t("Funded by ")
        neg_list(d, lg, "ORG", rng.sample(FIRMS, rng.randint(2, 3)))
        d.t(".\n")
    elif u < 0.6:
        d.t("Software: ")
        neg_list(d, lg, "PRODUCT", rng.sample(TOOLS, rng.randint(2, 3)))
        d.t("\n")
    elif u < 0.8:
        d.t("Sites: ")
        neg_list(d, lg, "PLACE", rng.sample(TOWNS, rng.randint(2, 3)))
        d.t("\n")
    case(d, rng.choice([0, 0, 0, 1, 2]))
    d.done()


# ---- B. an initial and surname after a verb of approval or authorship -----------------------
BY = {"en": ["approved by", "reviewed by", "signed off by", "run by", "reported by", "merged by"],
      "de": ["freigegeben von", "geprüft von", "erstellt von", "gemeldet von"],
      "fr": ["validé par", "relu par", "signé par", "rédigé par"],
      "nl": ["goedgekeurd door", "nagekeken door", "opgesteld door", "gemeld door"],
      "es": ["aprobado por", "revisado por", "firmado por", "redactado por"],
      "it": ["approvato da", "revisionato da", "firmato da", "redatto da"],
      "pt": ["aprovado por", "revisto por", "assinado por", "redigido por"]}
BY_NEG = [("ORG", "the FDA"), ("ORG", "J.P. Morgan"), ("ORG", "Deloitte"), ("ORG", "E.Leclerc"),
          ("ORG", "A. Lange & Söhne"), ("ORG", "the board"), ("PLACE", "St. Gallen"),
          ("ORG", "Dr. Oetker")]
B_KINDS = {
    "ticket": "OPS-{k}{k}{k}  Rotate TLS certs\nStatus: Done – {BY} {P}.\nComment: {BY} {N}, no action.\n",
    "changelog": "## v{k}.{k}.0\n- fix: retry on 429 ({BY} {P})\n- docs: new FAQ, {BY} {N}\n",
    "minutes": "Minutes {k}/{k}\n3. Budget – draft {BY} {P}; final version {BY} {N} next week.\n",
    "caption": "Photo caption: the new wing, plans {BY} {P}. Funding {BY} {N}.\n",
    "forum": "Re: export bug\nThe patch was {BY} {P} yesterday, and the release is {BY} {N}.\n",
}


def cls_b(lg, kind):
    d = D(lg, "byline_" + kind)
    tmpl = B_KINDS[kind].replace("{k}", str(rng.randint(1, 9)))
    q = P(lg)
    pers = q.init() if rng.random() < 0.6 else q.full()
    lab, neg = rng.choice(BY_NEG)
    i = 0
    for part, val in (("{P}", None), ("{N}", None)):
        j = tmpl.index(part, i)
        d.t(tmpl[i:j].replace("{BY}", rng.choice(BY[lg])))
        if part == "{P}":
            d.p(pers)
        else:
            d.n(lab, neg)
        i = j + len(part)
    d.t(tmpl[i:].replace("{BY}", rng.choice(BY[lg])))
    case(d, rng.choice([0, 1, 1, 2]))
    d.done()


# ---- C. a name in front of a mailbox that spells it -----------------------------------------
DOMS = ["example.org", "mail.example.com", "uni-example.de", "example.fr", "example.nl"]
C_KINDS = {
    "gitlog": ("commit {h}\nAuthor: ", "\nDate:   Tue Mar 3 10:1{k}\n\n    fix flaky test\n"),
    "digest": ("Digest No. {k}\n\nMessage: {k}\nFrom: ", "\nSubject: Re: meetup venue\n\n"),
    "ticket": ("Ticket #{k}{k}{k}{k}\nRequester: ", "\nPriority: normal\n"),
    "invite": ("Invitation: Q{k} planning\nOrganizer: ", "\nWhen: Thursday 10:00\n"),
    "chat": ("[09:0{k}] ", " joined the channel\n"),
}
MAILBOXES = [("ORG", "billing team", "billing"), ("ORG", "acme support", "support"),
             ("ORG", "rose garden café", "info"), ("PLACE", "paris office", "paris.office"),
             ("ORG", "victoria station shop", "victoria.station"), ("ORG", "jira", "jira")]


def cls_c(lg, kind):
    d = D(lg, "mailbox_" + kind)
    head, tail = C_KINDS[kind]
    k = str(rng.randint(1, 9))
    q = P(lg)
    d.t(head.replace("{k}", k).replace("{h}", "%040x" % rng.getrandbits(160)))
    low = rng.random() < 0.6
    d.p(q.full().lower() if low else q.full()).t(" <")
    d.span("EMAIL_ADDRESS", q.local() + "@" + rng.choice(DOMS)).t(">")
    d.t(tail.replace("{k}", k))
    lab, name, lp = rng.choice(MAILBOXES)
    d.t("Cc: ").n(lab, name).t(" <").span("EMAIL_ADDRESS", lp + "@" + rng.choice(DOMS)).t(">\n")
    case(d, 2 if rng.random() < 0.15 else 0)
    d.done()


def main():
    i = 0
    for kind in HEADS:
        for _ in range(14):
            cls_a(LANGS[i % 7], kind)
            i += 1
    for kind in B_KINDS:
        for _ in range(14):
            cls_b(LANGS[i % 7], kind)
            i += 1
    for kind in C_KINDS:
        for _ in range(14):
            cls_c(LANGS[i % 7], kind)
            i += 1
    write_json(records)


if __name__ == "__main__":
    main()
