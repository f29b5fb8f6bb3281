#!/usr/bin/env python3
"""gen_probe10.py: shapes that reached the model whole in the lead's `hush scan` probes, round 10
(branch `probe10`), and look-alikes in the same shapes.

Written from how people type to an AI, before changing the detectors, in en/de/fr/nl/es/it/pt,
with real names (the lexicon knows them) and invented ones (syllables):
- e-mail addresses spelled out without brackets ("maria at example dot com", "maria dot keller at
  gmx dot de"); look-alikes: "meet at 5 dot 30", "version 2 dot 1", "visit us at example dot com";
- names in file names and paths ("Lebenslauf_Maria_Keller.pdf", "Arbeitszeugnis-Keller-Maria.pdf",
  "Maria Keller - Offer Letter.pdf", "contract_jweber_2024.pdf"); look-alikes: "Report_Q3_Final.pdf";
- Japanese honorific suffixes in romaji ("Tanaka-sensei", "Yuki-chan"); look-alikes: "San Francisco",
  "kun" and "san" as words;
- attendance lists with initials ("Attendees: Maria K., Jonas W.", "apologies: T. Brennan");
- SQL rows (INSERT ... VALUES ('Maria', 'Keller', '1987-03-04'), UPDATE ... SET first_name = ...);
  look-alikes: rows of product names;
- a birth verb apart from its date by a short adverbial ("born 2 weeks ago on 14/11/2026");
- lower-case honorifics ("cc: dr. hannah o'neill", "mr. van der berg");
- further shapes: names beside emoji, in hashtags and @mentions, in quotes, lower case without
  punctuation, with other languages' possessives.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 10)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "John", "Rebecca", "Thomas", "Grace", "Oliver", "Hannah", "Priya"],
    "de": ["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Anja", "Stefan"],
    "fr": ["Jean", "Camille", "Mathieu", "Claire", "Julien", "Sophie", "Nicolas"],
    "nl": ["Jan", "Els", "Anouk", "Pieter", "Femke", "Joost", "Sanne", "Wouter"],
    "es": ["Ana", "Javier", "Lucía", "Pilar", "Sergio", "Rodrigo", "Carmen"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Lorenzo", "Marco"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Pedro"],
}
SURNAME = {
    "en": ["Smith", "Brennan", "Fletcher", "Doyle", "Ashworth", "Sharma", "Okafor"],
    "de": ["Keller", "Weber", "Hoffmann", "Vogel", "Lindner", "Krause", "Schneider"],
    "fr": ["Dupont", "Moreau", "Girard", "Marchand", "Chevalier", "Lefebvre"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Smit"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Vidal", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira"],
}
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "wen"], "de": ["bre", "win", "kel", "gas", "hol"],
       "fr": ["bel", "rou", "quet", "lan", "gau"], "nl": ["hui", "ker", "bol", "sme", "laar"],
       "es": ["zar", "mon", "qui", "llo", "cue"], "it": ["bru", "sca", "ghi", "lon", "maz"],
       "pt": ["cou", "tin", "bra", "gue", "lha"]}
END = {"en": ["ton", "ley"], "de": ["mann", "ler"], "fr": ["ier", "aud"], "nl": ["ink", "sen"],
       "es": ["ez", "ejo"], "it": ["ini", "etti"], "pt": ["eira", "ado"]}


def invent(lg, surname=True):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2)) + (rng.choice(END[lg]) if surname else "a")
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def given(lg):
    return rng.choice(GIVEN[lg]) if rng.random() < 0.7 else invent(lg, False)


def surname(lg):
    return rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)


def ascii_low(x):
    tr = str.maketrans("áàâäãçéèêëíìîïñóòôöõúùûüß", "aaaaaceeeeiiiinooooouuuus")
    return "".join(c for c in x.lower().translate(tr) if c.isalnum())


class D(Doc):
    records = records


def fill(lg, cls, tpl, **vals):
    """tpl with {KEY} slots: vals[KEY] = (label, value) or plain text."""
    d = D(lg, cls)
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            d.t(tpl[i:])
            break
        d.t(tpl[i:j])
        k = tpl.index("}", j)
        v = vals[tpl[j + 1:k]]
        if isinstance(v, tuple):
            d.span(v[0], v[1])
        else:
            d.t(v)
        i = k + 1
    d.done()


# ---- 1. e-mail addresses spelled out, no brackets ------------------------------------------
TLD = {"en": ["com", "org", "co dot uk", "net", "io"], "de": ["de", "at", "ch", "com"],
       "fr": ["fr", "be", "com"], "nl": ["nl", "be", "com"], "es": ["es", "com"],
       "it": ["it", "com"], "pt": ["pt", "com dot br", "com"]}
HOST = ["example", "gmx", "web", "posteo", "outlook", "gmail", "uni-bonn", "kanzlei-weber"]
MAIL_CTX = {
    "en": ["write to {E}", "my email is {E} if you need it", "contact: {E}\n", "reach me at {E} thanks",
           "send it to {E} please"],
    "de": ["schreib an {E}", "meine Mail ist {E}", "Kontakt: {E}\n"],
    "fr": ["écris-moi à {E}", "mon mail c'est {E}"],
    "nl": ["mail naar {E}", "mijn mail is {E}"],
    "es": ["escríbeme a {E}", "mi correo es {E}"],
    "it": ["scrivimi a {E}", "la mia mail è {E}"],
    "pt": ["escreve para {E}", "o meu email é {E}"],
}


def spelled(lg):
    g, s = ascii_low(given(lg)), ascii_low(surname(lg))
    local = rng.choice([g, g + " dot " + s, g + "." + s, g[0] + s, g + "_" + s, g + str(rng.randint(1, 99))])
    at, dot = (" at ", " dot ")
    if rng.random() < 0.2:
        at, dot = (" AT ", " DOT ")
    host = rng.choice(HOST) + dot + rng.choice(TLD[lg]).replace(" dot ", dot)
    return local.replace(" dot ", dot) + at + host


def gen_email():
    for lg in LANGS:
        for k, tpl in enumerate(MAIL_CTX[lg]):
            for rep in range(3 if lg in ("en", "de") else 2):
                fill(lg, "email_spelled", tpl, E=("EMAIL_ADDRESS", spelled(lg)))
    for t in ["meet at 5 dot 30 tomorrow", "upgrade to version 2 dot 1 first", "visit us at example dot com today",
              "shop at example dot com for deals", "the office is at level 3 dot 2", "look at x dot y in the docs",
              "we are at step 4 dot 2 now", "buy it at amazon dot com or ebay dot com",
              "the score was 3 dot 5 at half time", "find the docs at python dot org",
              "born at home dot", "arrive at 9 dot 15 please", "version at least 3 dot 10 is needed",
              "read more at example dot com slash blog", "the ball was at the dot on the pitch"]:
        D("en", "email_neg").span("NEG_TERM", t).done()


# ---- 2. names in file names and paths ----------------------------------------------------------
FILES = [
    ("de", "Lebenslauf_{G}_{S}.pdf"), ("de", "Arbeitszeugnis-{S}-{G}.pdf"), ("en", "CV - {G} {S}.docx"),
    ("en", "{G} {S} - Offer Letter.pdf"), ("en", "{G}_{S}_Resume.pdf"), ("fr", "CV_{S}_{G}.pdf"),
    ("nl", "Sollicitatie_{G}_{S}.pdf"), ("es", "Contrato-{G}-{S}.pdf"), ("it", "Curriculum {G} {S}.pdf"),
    ("pt", "Curriculo_{G}_{S}.docx"), ("de", "Zeugnis_{S}.pdf"), ("en", "{S}_{G}_passport.jpg"),
]
FCTX = ["Attached is {F}", "see {F}", "I uploaded {F} can you summarise it", "Anbei: {F}\n",
        "file: {F}\n", "rename {F} to something shorter"]


def gen_files():
    for k, (lg, pat) in enumerate(FILES):
        for rep in range(3):
            g, s = given(lg), surname(lg).replace(" ", "")
            d = D(lg, "filename")
            a, b = FCTX[(k + rep) % len(FCTX)].split("{F}")
            d.t(a)
            i = 0
            while i < len(pat):
                j = pat.find("{", i)
                if j < 0:
                    d.t(pat[i:])
                    break
                d.t(pat[i:j])
                key = pat[j + 1]
                d.span("PERSON", g if key == "G" else s)
                i = j + 3
            d.t(b).done()
    for lg, g, s in [("en", "j", "weber"), ("de", "m", "keller"), ("en", "a", "okafor")]:
        D(lg, "filename_initial").t("contract_").span("PERSON", g + s).t("_2024.pdf attached").done()
    for t in ["Report_Q3_Final.pdf", "Annual-Report-2024.pdf", "Meeting Notes - Q3 Planning.docx",
              "Invoice_October_Final.pdf", "Project_Alpha_Spec_v2.docx", "Sales - Summary Sheet.xlsx",
              "README_Getting_Started.md", "Budget_Draft_Final_v3.xlsx", "Rechnung_Maerz_2024.pdf",
              "Design - Style Guide.pdf", "contract_final_2024.pdf", "Offer Letter Template.docx"]:
        D("en", "filename_neg").t("attached: ").span("NEG_TERM", t).t("\n").done()


# ---- 3. Japanese honorifics in romaji ------------------------------------------------------------
HON = [("Tanaka", "-sensei"), ("Sato", "-san"), ("Yuki", "-chan"), ("Kenji", "-kun"), ("Ito", "-sama"),
       ("Nakamura", "-san"), ("Hiroshi", "-kun"), ("Aiko", "-chan"), ("Yamada", "-sensei"),
       ("Watanabe", "-sama"), ("Keller", "-san"), ("Brennan", "-sensei"), ("Kobayashi", "-senpai"),
       ("Haruto", "-kun"), ("Sakura", "-chan")]
HCTX = ["thanks {P}!", "I asked {P} about the schedule", "{P} will review it tomorrow",
        "how do I write an email to {P}", "{P} said the deadline moved"]


def gen_honorific2():
    for i, (n, suf) in enumerate(HON):
        a, b = HCTX[i % len(HCTX)].split("{P}")
        D("en", "honorific").t(a).span("PERSON", n).t(suf + b).done()
    for t in ["San Francisco is foggy", "we flew to San-Diego", "the san in Spanish means saint",
              "kun and san are suffixes", "Sensei is a teacher", "use the -chan suffix for kids",
              "San Sebastian-San Jose route", "Senpai notice me is a meme"]:
        D("en", "honorific_neg").span("NEG_TERM", t).done()


# ---- 4. attendance with initials -----------------------------------------------------------------
ATT_HEAD = {"en": ["Attendees: ", "present: ", "apologies: ", "Present: "], "de": ["Anwesend: ", "Entschuldigt: "],
            "fr": ["Présents : "], "nl": ["Aanwezig: "], "es": ["Asistentes: "], "it": ["Presenti: "],
            "pt": ["Presentes: "]}


def gen_attend():
    for lg in LANGS:
        for h in ATT_HEAD[lg]:
            d = D(lg, "attend_initials").t(h)
            n = rng.randint(2, 4)
            low = h[0].islower()
            rev = h.startswith("apologies") or h.startswith("Entschuldigt")
            for k in range(n):
                g, s = rng.choice(GIVEN[lg]), surname(lg)
                if rev:
                    d.t(g[0] + ". ").span("PERSON", s)
                else:
                    v = g + " " + s[0] + "."
                    d.span("PERSON", v.lower() if low else v)
                d.t(", " if k < n - 1 else "\n")
            d.done()
    for t in ["Steps: A. B. C. in order", "Options: X., Y., Z.", "Sections: 1. Intro, 2. Methods",
              "Present: all members", "apologies: none", "Attendees: Sales, Marketing, HR"]:
        D("en", "attend_neg").span("NEG_TERM", t).done()


# ---- 5. SQL ---------------------------------------------------------------------------------------
def gen_sql():
    for lg in LANGS:
        g, s = given(lg), surname(lg)
        d = D(lg, "sql_insert").t("INSERT INTO users (first, last, dob) VALUES ('").span("PERSON", g).t("', '")
        d.span("PERSON", s).t("', '").span("DATE_OF_BIRTH", "19%02d-0%d-1%d" % (rng.randint(50, 99),
                                                                             rng.randint(1, 9), rng.randint(0, 9)))
        d.t("');").done()
        d = D(lg, "sql_multi").t("INSERT INTO customers (first_name, last_name, city) VALUES\n")
        for k in range(3):
            d.t("  ('").span("PERSON", given(lg)).t("', '").span("PERSON", surname(lg)).t("', 'Bonn')")
            d.t(",\n" if k < 2 else ";\n")
        d.done()
        d = D(lg, "sql_update").t("UPDATE employees SET first_name = '").span("PERSON", given(lg))
        d.t("', last_name = '").span("PERSON", surname(lg)).t("' WHERE id = 42;").done()
    for t in ["INSERT INTO products (name, brand) VALUES ('Galaxy', 'Samsung');",
              "UPDATE products SET name = 'Pixel' WHERE id = 3;",
              "INSERT INTO cities (name, country) VALUES ('Paris', 'France'), ('Berlin', 'Germany');",
              "INSERT INTO colors (name) VALUES ('Red'), ('Green'), ('Blue');",
              "UPDATE settings SET theme = 'Dark', lang = 'English' WHERE id = 1;"]:
        D("en", "sql_neg").span("NEG_TERM", t).done()


# ---- 6. born + adverbial + date --------------------------------------------------------------------
BORN = [("en", "my son was born 2 weeks ago on {D}", "14/11/2026"),
        ("en", "she was born last year on {D}", "3 May 2025"),
        ("en", "he was born early, on {D}, at 34 weeks", "2 March 2026"),
        ("en", "our daughter was born at home on {D}", "12.08.2025"),
        ("en", "I was born in Leeds on {D}", "7 July 1988"),
        ("en", "my twins were born by c-section on {D}", "21/09/2024"),
        ("de", "unser Sohn wurde vor zwei Wochen am {D} geboren", "14.11.2026"),
        ("de", "sie ist letztes Jahr am {D} geboren", "3. Mai 2025"),
        ("fr", "mon fils est né il y a deux semaines, le {D}", "14/11/2026"),
        ("nl", "mijn zoon is twee weken geleden geboren, op {D}", "14-11-2026"),
        ("es", "mi hijo nació hace dos semanas, el {D}", "14/11/2026"),
        ("it", "mio figlio è nato due settimane fa, il {D}", "14/11/2026"),
        ("pt", "o meu filho nasceu há duas semanas, em {D}", "14/11/2026"),
        ("en", "my mum was born in 1950 on {D}", "9 June 1950")]


def gen_born():
    for lg, tpl, dt in BORN:
        fill(lg, "born_adverbial", tpl, D=("DATE_OF_BIRTH", dt))
    for t in ["the project was born 2 weeks ago on a whiteboard, launched on 14/11/2026",
              "the idea was born last year; the release is on 3 May 2025",
              "born early, released on 2 March 2026 (the app)",
              "the company was born in a garage on the day it shipped, 12.08.2025 was the launch"]:
        D("en", "born_neg").span("NEG_TERM", t).done()


# ---- 7. lower-case honorifics --------------------------------------------------------------------
LOWHON = [("cc: dr. ", "hannah o'neill", "\n"), ("", "dr. o'brien", " said it is fine"),
          ("ask ", "mr. van der berg", " about it"), ("email from ", "mrs. keller", " today"),
          ("", "prof. weber", " wants the draft"), ("met ", "ms. okafor", " yesterday"),
          ("tell ", "herr schneider", " thanks"), ("", "frau dr. lindner", " hat angerufen"),
          ("merci à ", "mme dupont", ""), ("", "dhr. de vries", " belt terug"),
          ("gracias a ", "sra. navarro", ""), ("", "dott. rossi", " ha scritto"),
          ("fale com ", "sr. ferreira", "")]


def gen_lowhon():
    for a, v, b in LOWHON:
        d = D("en", "lower_honorific").t(a)
        # the title is not the person: the span starts after it
        parts = v.split(" ")
        k = 0
        while k < len(parts) and parts[k].rstrip(".") in ("dr", "mr", "mrs", "ms", "prof", "herr", "frau",
                                                          "mme", "dhr", "sra", "dott", "sr"):
            k += 1
        title = " ".join(parts[:k])
        d.t(title + (" " if title else "")).span("PERSON", " ".join(parts[k:])).t(b).done()
    for t in ["dr. seuss books for kids", "mr. clean magic eraser", "the dr. oetker pizza", "mr. robot season 2",
              "dr. pepper or coke"]:
        D("en", "lower_honorific_neg").span("NEG_TERM", t).done()


# ---- 8. further shapes people type ----------------------------------------------------------------
FURTHER = [
    ("en", "emoji", "happy birthday {G} 🎉🎂"), ("en", "emoji", "🎉 congrats {G} {S}!!"),
    ("en", "emoji", "miss you {G}❤️"), ("de", "emoji", "alles Gute {G} 🥳"),
    ("en", "hashtag", "shoutout to #{G}{S} for the help"), ("en", "mention", "cc @{g}.{s} please review"),
    ("en", "mention", "thanks @{G}{S}"), ("en", "mention", "ping @{g}_{s} on slack"),
    ("en", "quotes", "she signed it \"{G} {S}\" at the bottom"), ("en", "quotes", "the author is '{G} {S}'"),
    ("en", "quotes", "who is “{G} {S}”?"),
    ("en", "lower", "my boss {g} {s} keeps emailing me at night"), ("en", "lower", "write a poem for {g} she is 7"),
    ("en", "lower", "tell {g} {s} the meeting moved"), ("en", "lower", "my wife {g} wants a new car"),
    ("de", "possessive", "{G}s Geburtstag ist morgen"), ("de", "possessive", "das ist {G} {S}s Auto"),
    ("nl", "possessive", "{G}'s fiets is gestolen"), ("fr", "possessive", "la voiture de {G} {S} est en panne"),
    ("es", "possessive", "el coche de {G} {S} está roto"), ("it", "possessive", "la macchina di {G} {S} è rotta"),
    ("pt", "possessive", "o carro do {G} {S} avariou"),
    ("en", "nopunct", "hi im {G} {S} i need help with my cv"), ("en", "nopunct", "this is {g} from accounting"),
    ("de", "nopunct", "hallo ich bin {g} {s} und brauche hilfe"), ("fr", "nopunct", "salut c'est {g} {s}"),
    ("es", "nopunct", "hola soy {g} {s} necesito ayuda"), ("it", "nopunct", "ciao sono {g} {s} mi serve aiuto"),
    ("nl", "nopunct", "hoi ik ben {g} {s} en ik heb hulp nodig"), ("pt", "nopunct", "olá sou o {g} {s}"),
    ("en", "signoff", "thanks\n{G}"), ("en", "signoff", "cheers, {g}"), ("en", "signoff", "-- {G} {S}"),
    ("en", "caps", "URGENT: {GU} {SU} NEEDS THE REPORT"), ("en", "dear", "dear {g},\nthanks for the call"),
    ("en", "slash", "{G}/{S} team"), ("en", "paren", "the new hire ({G} {S}) starts monday"),
    ("en", "dm", "{G}: are you coming?\nme: yes"), ("en", "dm", "[10:32] {G} {S}: ok see you there"),
    ("en", "list", "1. {G} {S}\n2. {G2} {S2}"),
]


def gen_further():
    for lg, cls, tpl in FURTHER:
        g, s = given(lg), surname(lg)
        g2, s2 = given(lg), surname(lg)
        vals = {"G": ("PERSON", g), "S": ("PERSON", s), "g": ("PERSON", g.lower()), "s": ("PERSON", s.lower()),
                "GU": ("PERSON", g.upper()), "SU": ("PERSON", s.upper()), "G2": ("PERSON", g2), "S2": ("PERSON", s2)}
        if "{G}{S}" in tpl or "{g}_{s}" in tpl or "{g}.{s}" in tpl:
            # one token: the whole handle is the name
            sep = "" if "{G}{S}" in tpl else ("_" if "_" in tpl else ".")
            one = (g + s) if sep == "" else (g.lower() + sep + s.lower())
            key = "{G}{S}" if sep == "" else ("{g}" + sep + "{s}")
            tpl = tpl.replace(key, "{H}")
            vals["H"] = ("PERSON", one)
        if "{G} {S}" in tpl and "{S}s" not in tpl:
            tpl = tpl.replace("{G} {S}", "{N}")
            vals["N"] = ("PERSON", g + " " + s)
        if "{g} {s}" in tpl:
            tpl = tpl.replace("{g} {s}", "{n}")
            vals["n"] = ("PERSON", g.lower() + " " + s.lower())
        if "{GU} {SU}" in tpl:
            tpl = tpl.replace("{GU} {SU}", "{NU}")
            vals["NU"] = ("PERSON", g.upper() + " " + s.upper())
        if "{G2} {S2}" in tpl:
            tpl = tpl.replace("{G2} {S2}", "{N2}")
            vals["N2"] = ("PERSON", g2 + " " + s2)
        if "{G} {S}s" in tpl:
            tpl = tpl.replace("{G} {S}s", "{N}s")
            vals["N"] = ("PERSON", g + " " + s)
        fill(lg, "further_" + cls, tpl, **vals)
    for t in ["happy birthday to me 🎉", "#ThrowbackThursday vibes", "cc @channel please review",
              "ping @here on slack", "the word \"Grace\" in the hymn", "my boss keeps emailing me at night",
              "hi im new here i need help with my cv", "thanks\nThe Team", "-- Sent from my iPhone",
              "URGENT: THE REPORT IS DUE", "dear all,\nthanks for the call", "Sales/Marketing team",
              "me: yes\nyou: no", "1. Introduction\n2. Methods", "la voiture de location est en panne",
              "el coche de empresa está roto", "o carro do escritório avariou"]:
        D("en", "further_neg").span("NEG_TERM", t).done()


gen_email()
gen_files()
gen_honorific2()
gen_attend()
gen_sql()
gen_born()
gen_lowhon()
gen_further()
write_json(records)
