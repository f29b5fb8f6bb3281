#!/usr/bin/env python3
"""gen_leaks42.py: the leaks and false findings stop 41's reviews left open that review41.json does
not hold (prose41's and tech41's leftovers, Irish towns and counties after a street, product names
made of a given name, building lines against addressee lines), written before any fix was.

Classes (metadata.class), real and syllable-invented names:
- `learner`: lower-case names after a strong own-name or kin cue in learner text (`my name is
  maria keller`, `jag heter imogen pemberton`, `mi chiamo datu riraeanu`, `i live with my uncle
  jörg pfeiffer`); look-alikes: `my name is not important`, `my teacher is very nice`;
- `pan`: Polish `pan X` / `pani X` / `Pan Jan X` in letters and chats; look-alikes: a frying pan,
  `Pan-European`, `Pan Am`;
- `quoted`: a surname-first name in capitals in a quoted value (`patient_name="KELLER, MARIA"`);
  look-alikes: `city="BERLIN, DE"`, `dept="SALES, EMEA"`;
- `pandas`: pandas head() output with right-aligned columns, lower-case and capitalised name
  cells; look-alikes: city and team columns;
- `sheets`: Google Sheets API `values` arrays and `=CONCAT("Maria";" ";"Keller")` formulas;
  look-alikes: header cells, cities, `=CONCAT(A2;" ";B2)`;
- `irish`: an Irish town and county after a street (`12 Main Street, Ennis, Co. Clare.`), the
  whole labelled STREET_ADDRESS (street40's convention); a town and a county alone in prose NEG_PLACE;
- `product`: products named like a person after their vendor (`Amazon Polly`, `IBM Watson`,
  `Salesforce Einstein`), NEG_PRODUCT, beside real people at the vendor;
- `house`: a building line (`Gordon House`, `Kensington Gore`) before a street against a person
  named like a building (`Dr. Gregory House`) as the addressee above a numbered street;
- `mailname`: `Kaen Weindling <kaen.w@x>` (a mailbox spelling given name + initial beside the
  full name).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END, invent_syllables  # noqa: E402

rng = random.Random(20261205 + 42)
records = []

GIVEN = {
    "en": ["maria", "oliver", "hannah", "rebecca", "thomas", "imogen"],
    "de": ["jonas", "ulrike", "jörg", "sabine", "katrin", "tobias"],
    "fr": ["camille", "mathieu", "claire", "julien", "aurélie", "benoît"],
    "es": ["javier", "lucía", "pilar", "sergio", "carmen", "rodrigo"],
    "it": ["giulia", "matteo", "chiara", "davide", "simone", "lorenzo"],
    "sv": ["linnea", "oskar", "ebba", "gustav", "astrid", "nils"],
    "pl": ["agnieszka", "tomasz", "katarzyna", "piotr", "magdalena", "krzysztof"],
}
SURNAME = {
    "en": ["okafor", "brennan", "whitcombe", "pemberton", "fletcher"],
    "de": ["keller", "pfeiffer", "vogel", "lindner", "krause"],
    "fr": ["dupont", "lefèvre", "moreau", "marchand", "girard"],
    "es": ["navarro", "romero", "castillo", "ortega", "quiñones"],
    "it": ["rossi", "bianchi", "colombo", "esposito", "ricci"],
    "sv": ["lindqvist", "bergström", "holm", "sandberg", "ekdahl"],
    "pl": ["kowalski", "nowak", "wiśniewski", "wójcik", "kamiński"],
}
SYLX = dict(SYL)
ENDX = dict(END)
SYLX.setdefault("sv", ["berg", "lin", "dahl", "holm", "sten", "vik"])
ENDX.setdefault("sv", ["ström", "qvist", "son"])
SYLX.setdefault("pl", ["kow", "ska", "lew", "mar", "dzin", "bor"])
ENDX.setdefault("pl", ["ski", "czyk", "wicz"])


class D(Doc):
    records = records


def name(lg, real):
    """(given, surname) lower-case, real or invented."""
    if real:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return (invent_syllables(rng, SYLX[lg], ENDX[lg], False).lower(),
            invent_syllables(rng, SYLX[lg], ENDX[lg], True).lower())


def put(d, tpl, label, value):
    i = tpl.index("{P}")
    d.t(tpl[:i]).span(label, value).t(tpl[i + 3:])


# ---- learner -----------------------------------------------------------------------------------
LEARN = {"en": ["hello, my name is {P} and i am from poland. i like football.",
                "i live with my uncle {P} in a small flat, he is very kind.",
                "Dear teacher, my name is {P}, i want to improve my english."],
         "de": ["hallo, ich heiße {P} und ich komme aus Spanien.",
                "ich wohne bei meiner tante {P}, sie ist sehr nett."],
         "fr": ["bonjour, je m'appelle {P} et j'habite à Lyon.",
                "j'habite avec mon oncle {P} depuis deux ans."],
         "es": ["hola, me llamo {P} y tengo veinte años.", "vivo con mi tía {P} en Madrid."],
         "it": ["ciao, mi chiamo {P} e studio a Bologna.", "abito con mio zio {P} vicino al mare."],
         "sv": ["hej, jag heter {P} och jag bor i Malmö.", "jag bor hos min moster {P} nu."]}
LEARN_NEG = {"en": ["hello, my name is {P} but i forget it.", "i think my teacher is {P} today."],
             "de": ["ich heiße {P} willkommen in der Klasse."], "fr": ["je m'appelle {P} ce matin."],
             "es": ["me llamo {P} la atención."], "it": ["mi chiamo {P} domani."],
             "sv": ["jag heter {P} här."]}
LEARN_NEGW = {"en": ["not important", "very nice"], "de": ["alle"], "fr": ["souvent"],
              "es": ["mucho"], "it": ["spesso"], "sv": ["inte"]}


def learner(lg):
    d = D(lg, "learner")
    if rng.random() < 0.8:
        g, s = name(lg, rng.random() < 0.5)
        put(d, rng.choice(LEARN[lg]), "PERSON", g + " " + s)
    else:
        put(d, rng.choice(LEARN_NEG[lg]), "NEG_WORD", rng.choice(LEARN_NEGW[lg]))
    d.done()


# ---- pan ---------------------------------------------------------------------------------------
PAN = ["Dzień dobry, rozmawiałem wczoraj z {T} {P} w sprawie umowy.",
       "Proszę przekazać dokumenty: {T} {P}, pokój 12.",
       "{T} {P} zadzwoni jutro rano.", "spotkanie z {T} {P} o 10:00, sala B"]
PAN_NEG = [("Put the {P} on the stove and heat the oil.", "pan"),
           ("The {P} rollout starts in May.", "Pan-European"),
           ("She flew {P} to Miami in 1985.", "Pan Am"),
           ("Fry it in a {P} for two minutes.", "pan")]


def pan(_):
    d = D("pl", "pan")
    if rng.random() < 0.75:
        g, s = name("pl", rng.random() < 0.5)
        fem = rng.random() < 0.5
        if fem and s.endswith("ski"):
            s = s[:-1] + "a"
        t = rng.choice(["pani", "Pani"] if fem else ["pan", "Pan"])
        full = s.capitalize() if rng.random() < 0.5 else g.capitalize() + " " + s.capitalize()
        tpl = rng.choice(PAN).replace("{T}", t)
        put(d, tpl, "PERSON", full)
    else:
        tpl, w = rng.choice(PAN_NEG)
        put(d, tpl, "NEG_WORD", w)
    d.done()


# ---- quoted ------------------------------------------------------------------------------------
QKEYS = ["patient_name", "name", "full_name", "customer", "guest_name"]


def quoted(lg):
    d = D("en", "quoted")
    g, s = name(rng.choice(["en", "de", "fr", "it"]), rng.random() < 0.5)
    q = rng.choice(['"', "'"])
    k = rng.randrange(4)
    val = s.upper() + ", " + g.upper()
    if k == 0:
        d.t("rec = Record(id=%d, %s=%s" % (rng.randint(100, 999), rng.choice(QKEYS), q))
        d.span("PERSON", val).t(q + ", ward=%s4B%s)\n" % (q, q))
    elif k == 1:
        d.t(">>> df.loc[df.%s == %s" % (rng.choice(QKEYS), q)).span("PERSON", val).t(q + "]\nEmpty DataFrame\n")
    elif k == 2:
        d.t("assert row[%spatient_name%s] == %s" % (q, q, q)).span("PERSON", val).t(q + "\n")
    else:
        d.t("%s=%s" % (rng.choice(QKEYS), q)).span("PERSON", val).t(q + " city=%s" % q)
        d.span("NEG_PLACE", rng.choice(["BERLIN, DE", "LYON, FR", "CORK, IE"])).t(q + "\n")
    if rng.random() < 0.4:
        d.t("dept=%s" % q).span("NEG_ORG", rng.choice(["SALES, EMEA", "RADIOLOGY, NORTH", "BILLING, EU"]))
        d.t(q + "\n")
    d.done()


# ---- pandas ------------------------------------------------------------------------------------
CITIES = ["Berlin", "Lyon", "Madrid", "Bologna", "Malmö", "Leeds"]


def pandas(_):
    d = D("en", "pandas")
    lower = rng.random() < 0.5
    rows = []
    for _i in range(rng.randint(2, 4)):
        lg = rng.choice(["en", "de", "fr", "it", "es", "sv"])
        g, s = name(lg, rng.random() < 0.5)
        if not lower:
            g, s = g.capitalize(), s.capitalize()
        rows.append((g, s, rng.choice(CITIES), rng.randint(18, 80)))
    w1 = max(len("first_name"), max(len(r[0]) for r in rows))
    w2 = max(len("last_name"), max(len(r[1]) for r in rows))
    w3 = max(len("city"), max(len(r[2]) for r in rows))
    d.t(">>> df.head()\n")
    d.t("  " + "first_name".rjust(w1) + " " + "last_name".rjust(w2) + " " + "city".rjust(w3) + "  age\n")
    for i, (g, s, c, a) in enumerate(rows):
        d.t(str(i) + " " + " " * (w1 - len(g)) + " ").span("PERSON", g)
        d.t(" " + " " * (w2 - len(s))).span("PERSON", s)
        d.t(" " + " " * (w3 - len(c))).span("NEG_PLACE", c).t("  %3d\n" % a)
    d.done()


# ---- sheets ------------------------------------------------------------------------------------
def sheets(_):
    d = D("en", "sheets")
    k = rng.randrange(3)
    if k < 2:
        d.t('{"range": "Sheet1!A1:C%d", "majorDimension": "ROWS", "values": [["Name", "City", "Team"]'
            % rng.randint(3, 9))
        for _i in range(rng.randint(1, 3)):
            lg = rng.choice(["en", "de", "fr", "it", "es"])
            g, s = name(lg, rng.random() < 0.5)
            d.t(', ["').span("PERSON", g.capitalize() + " " + s.capitalize()).t('", "')
            d.span("NEG_PLACE", rng.choice(CITIES)).t('", "')
            d.span("NEG_TEAM", rng.choice(["Platform", "Support", "Billing"])).t('"]')
        d.t("]}\n")
    else:
        lg = rng.choice(["en", "de", "fr", "it", "es"])
        g, s = name(lg, rng.random() < 0.5)
        sep = rng.choice([";", ","])
        d.t("Cell D2: =CONCAT(\"").span("PERSON", g.capitalize()).t('"%s" "%s"' % (sep, sep))
        d.span("PERSON", s.capitalize()).t('")\nCell D3: =CONCAT(A3%s" "%sB3)\n' % (sep, sep))
    d.done()


# ---- irish -------------------------------------------------------------------------------------
IE = [("12 Main Street", "Ennis", "Co. Clare"), ("4 Abbey Street", "Ennis", "Co. Clare"),
      ("7 O'Connell Street", "Limerick", "Co. Limerick"), ("22 Bridge Street", "Westport", "Co. Mayo"),
      ("3 Quay Street", "Galway", "Co. Galway"), ("15 High Street", "Kilkenny", "Co. Kilkenny")]


def irish(_):
    """The repository's convention (street40, addr39, prec38): an Irish address's span runs over
    its town and county."""
    d = D("en", "irish")
    st, town, co = rng.choice(IE)
    k = rng.randrange(3)
    if k == 0:
        d.t("The clinic is at ").span("STREET_ADDRESS", st + ", " + town + ", " + co).t(".")
    elif k == 1:
        g, s = name("en", True)
        d.span("PERSON", g.capitalize() + " " + s.capitalize()).t("\n")
        d.span("STREET_ADDRESS", st + "\n" + town + "\n" + co).t("\n")
    else:
        d.t("Ship to ").span("STREET_ADDRESS", st + ", " + town + ", " + co)
        d.t(rng.choice([". Thanks!", ", Ireland.", "."]))
    if rng.random() < 0.3:
        d.t(" We drove from ").span("NEG_PLACE", town).t(" to ").span("NEG_PLACE", co)
        d.t(rng.choice([" on Sunday.", "."]))
    d.done()


# ---- product -----------------------------------------------------------------------------------
PRODUCTS = ["Amazon Polly", "Amazon Kendra", "Amazon Aurora", "Amazon Alexa", "IBM Watson",
            "Salesforce Einstein", "Microsoft Cortana", "AWS Amplify"]
PROD_CTX = ["We switched the voice to {P} last sprint.", "Does {P} support SSML here?",
            "The {P} bill doubled in May.", "use {P} for the TTS step, then upload to S3"]


def product(_):
    d = D("en", "product")
    p = rng.choice(PRODUCTS)
    tpl = rng.choice(PROD_CTX)
    v, w = p.split(" ", 1)
    i = tpl.index("{P}")
    d.t(tpl[:i] + v + " ").span("NEG_PRODUCT", w).t(tpl[i + 3:])
    if rng.random() < 0.4:
        g, s = name("en", rng.random() < 0.5)
        d.t(" Ask ").span("PERSON", g.capitalize() + " " + s.capitalize()).t(" from " + v + " about the quota.")
    d.done()


# ---- house -------------------------------------------------------------------------------------
BLD = [("Gordon House", "Barrow Street", "Dublin 4"), ("Bush House", "Aldwych", "London WC2B 4PJ"),
       ("Somerset House", "Strand", "London WC2R 1LA"), ("Victoria House", "Bloomsbury Square",
                                                        "London WC1B 4DA")]
GORE = [("Kensington Gore", "London SW7 2AP"), ("Hyde Park Gate", "London SW7 5EW")]


def house(_):
    d = D("en", "house")
    k = rng.randrange(4)
    if k == 0:
        b, st, town = rng.choice(BLD)
        d.t(rng.choice(["Registered office: ", "Venue: ", "Meet at "])).span("NEG_PLACE", b).t(", ")
        d.span("NEG_PLACE", st).t(", " + town + ".")
    elif k == 1:
        g, town = rng.choice(GORE)
        d.t("Royal Albert Hall\n").span("NEG_PLACE", g).t("\n" + town + "\n")
    elif k == 2:
        n = rng.randint(2, 250)
        d.t(rng.choice(["Dr. ", "Mr ", ""])).span("PERSON", "Gregory House").t("\n")
        d.span("STREET_ADDRESS", "%d Baker Street\nLondon NW1 6XE" % n).t("\n\nDear Dr ")
        d.span("PERSON", "House").t(",\n")
    else:
        g, s = name("en", True)
        d.span("PERSON", g.capitalize() + " " + s.capitalize()).t("\n").span("NEG_PLACE", "Gordon House")
        d.t("\n").span("NEG_PLACE", "Barrow Street").t("\nDublin 4\n")
    d.done()


# ---- mailname ----------------------------------------------------------------------------------
def mailname(lg):
    d = D(lg, "mailname")
    g = invent_syllables(rng, SYL["en"], END["en"], False)
    s = invent_syllables(rng, SYL["en"], END["en"], True)
    lp = g.lower() + rng.choice([".", "_", ""]) + s[0].lower()
    k = rng.randrange(3)
    if k == 0:
        d.t("Maintainer: ").span("PERSON", g + " " + s).t(" <").span("EMAIL_ADDRESS", lp + "@example.com").t(">\n")
    elif k == 1:
        d.t("cc ").span("PERSON", g + " " + s).t(" <").span("EMAIL_ADDRESS", lp + "@firma.de").t("> on this.")
    else:
        d.t("From: ").span("PERSON", g + " " + s).t(" <").span("EMAIL_ADDRESS", lp + "@mailbox.org").t(">\n")
        d.t("Subject: the report\n")
    d.done()


LEARN_LANGS = list(LEARN)
for i in range(36):
    learner(LEARN_LANGS[i % len(LEARN_LANGS)])
for fn, n in [(pan, 24), (quoted, 18), (pandas, 12), (sheets, 15), (irish, 15), (product, 16),
              (house, 16), (mailname, 12)]:
    for _i in range(n):
        fn("en")

write_json(records)
