#!/usr/bin/env python3
"""gen_dob_tune4.py: a fourth DATE_OF_BIRTH tune set (issue 15, branch dob4), written from a fresh
brief of documents that carry a birth date, not from hush's recogniser:

- passports and ID cards: the machine-readable zone (the birth field YYMMDD in line two of TD3
  and of TD1, with valid check digits) and the visual zone ("Date of birth / Date de naissance");
- driving licences (US "DOB 03-04-1987", the EU card's numbered field "3."), insurance cards,
  bank KYC forms, school enrolment, sports licences, airline passenger lists with a DOB column;
- dating-app and social profiles ("born on", "bday", "b-day", "birthday: March 4th");
- medical headers with the date's parts apart ("DOB: 04 03 1987");
- a birth label parted from its date by a parenthesis or a guard phrase ("date of birth (as
  recorded on the admission form): ...");
- month names in de/fr/nl/es/it/pt, abbreviated with and without a dot, ordinals (1st, 2nd, 1er,
  1º), two-digit years, births before 1930 and after 2010 (children);
- JSON, YAML, XML and CSV with birth keys in every pack locale;
- death notices of office holders ("Former mayor X (4 March 1932 - 9 May 2019) died");
- words between the birth word and its date ("born prematurely on", "born to X and Y on",
  "born in Cork, Ireland, on", "DOB per records", "Geburtsdatum laut Pass");
- and in the same records dates that are not births (issue, expiry, visit, departure, sign-up):
  NEG_DATE.

Decision (as dob3's): a birthday written without a year ("birthday: March 4th") is labelled
DATE_OF_BIRTH; the MRZ's six digits are labelled alone (not the check digit after them).
Names are invented and labelled PERSON. presidio-research's JSON shape, code-point offsets.
Deterministic (fixed seed), no input: python3 gen_dob_tune4.py > data/dob_tune4.json
"""
import random

from gen_common import Doc as BaseDoc, MON3, MONTHS, ordinal_en, random_ymd, write_json

R = random.Random(77031)
GIVEN = ["Anselm", "Brigida", "Corentin", "Dagny", "Eulalia", "Fintan", "Gisela", "Horatio",
         "Ilse", "Jovana", "Kasimir", "Leocadia", "Malachy", "Nerea", "Odilon", "Perpetua",
         "Quirin", "Rosalba", "Severin", "Tamsin"]
SURNAME = ["Achterberg", "Belmonte", "Cornwallis", "Desrosiers", "Eichhorn", "Fagundes",
           "Grijalva", "Hoogendijk", "Iturbe", "Jablonka", "Kerrigan", "Lombardini", "Montserrat",
           "Nieuwenhuis", "Oberholzer", "Pimentel"]
CITY = ["Namur", "Aachen", "Sète", "Zwolle", "Burgos", "Ravenna", "Coimbra", "Cork", "Linz"]

ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "fr": ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
LANGS = list(MONTHS)
records = []


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def birth(kind=""):
    lo, hi = {"": (1931, 2005), "old": (1905, 1929), "young": (2011, 2023)}[kind]
    return random_ymd(R, lo, hi)


def later():
    return random_ymd(R, 2016, 2026)


def spelled(lg, y, m, d):
    """A date with its month in words: full, abbreviated with or without a dot, ordinals."""
    full, ab = MONTHS[lg][m - 1], ABBR[lg][m - 1]
    dot = ab + R.choice([".", ""]) if ab != full else ab
    yy = str(y) if R.random() < 0.85 else "%02d" % (y % 100)
    return R.choice({
        "en": ["%s %s %s" % (ordinal_en(d), full, yy), "%s %s, %s" % (full, ordinal_en(d), yy),
               "%d %s %s" % (d, dot, yy), "%s %d, %s" % (dot, d, yy)],
        "de": ["%d. %s %s" % (d, full, yy), "%d. %s %s" % (d, dot, yy), "%02d. %s %s" % (d, dot, yy)],
        "fr": ["%s %s %s" % ("1er" if d == 1 else str(d), full, yy), "%d %s %s" % (d, dot, yy)],
        "nl": ["%d %s %s" % (d, full, yy), "%d %s %s" % (d, dot, yy)],
        "es": ["%d de %s de %s" % (d, full, yy), "%d %s %s" % (d, dot, yy),
               "%s de %s de %s" % ("1º" if d == 1 else str(d), full, yy)],
        "it": ["%s %s %s" % ("1º" if d == 1 else str(d), full, yy), "%d %s %s" % (d, dot, yy)],
        "pt": ["%s de %s de %s" % ("1º" if d == 1 else str(d), full, yy), "%d %s %s" % (d, dot, yy)],
    }[lg])


def numeric(lg, y, m, d, short=False):
    yy = "%02d" % (y % 100) if short else str(y)
    return {"en": R.choice(["%02d/%02d/%s" % (m, d, yy), "%d/%d/%s" % (m, d, yy)]),
            "de": R.choice(["%02d.%02d.%s" % (d, m, yy), "%d.%d.%s" % (d, m, yy)]),
            "fr": "%02d/%02d/%s" % (d, m, yy), "nl": "%02d-%02d-%s" % (d, m, yy),
            "es": "%02d/%02d/%s" % (d, m, yy), "it": "%02d/%02d/%s" % (d, m, yy),
            "pt": "%02d/%02d/%s" % (d, m, yy)}[lg]


class Doc(BaseDoc):
    records = records

    def slot(self, key, kw):
        """{P} a person, {D} a birth (numeric), {S} a birth (month in words), {D2} a birth with a
        two-digit year, {Dold}/{Dyoung} before 1930 / after 2010, {X} a date that is not one,
        {C} a city."""
        if key == "P":
            self.span("PERSON", person())
        elif key in ("D", "Dold", "Dyoung"):
            self.span("DATE_OF_BIRTH", numeric(self.lg, *birth(key[1:])))
        elif key == "D2":
            self.span("DATE_OF_BIRTH", numeric(self.lg, *birth(), short=True))
        elif key in ("S", "Sold", "Syoung"):
            self.span("DATE_OF_BIRTH", spelled(self.lg, *birth(key[1:])))
        elif key == "X":
            self.span("NEG_DATE", numeric(self.lg, *later()))
        elif key == "C":
            self.t(R.choice(CITY))
        else:
            raise ValueError(key)


# ---- passports' and ID cards' machine-readable zone -------------------------------------------------
def cd(s):
    w, t = [7, 3, 1], 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        t += v * w[i % 3]
    return str(t % 10)


for i in range(24):
    g, s = R.choice(GIVEN).upper(), R.choice(SURNAME).upper()
    y, m, d = birth("young" if i % 6 == 5 else "")
    dob = "%02d%02d%02d" % (y % 100, m, d)
    ey, em, ed = later()
    exp = "%02d%02d%02d" % ((ey + 8) % 100, em, ed)
    nat = R.choice(["D", "FRA", "NLD", "ESP", "ITA", "PRT", "BEL", "IRL", "AUT"])
    nat3 = (nat + "<<")[:3]
    sex = R.choice("MF")
    doc = Doc("en", "mrz")
    if i % 2 == 0:  # TD3, passports: two lines of 44
        num = "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
        doc.t("PASSPORT / PASSEPORT\nSurname / Nom: ").span("PERSON", s).t("\nGiven names / Prénoms: ")
        doc.span("PERSON", g).t("\nDate of expiry / Date d'expiration: ")
        doc.span("NEG_DATE", "%02d %s %d" % (ed, MON3[em - 1], ey + 8)).t("\n\n").mrz_names("P<" + nat3, s, g, 44).t("\n")
        doc.t(num + cd(num) + nat3).span("DATE_OF_BIRTH", dob)
        doc.t(cd(dob) + sex + exp + cd(exp) + "<" * 14 + "0" + "4\n").done()
    else:  # TD1, ID cards: three lines of 30, the birth field opens line two
        num = "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
        l1 = ("I<" + nat3 + num + cd(num)).ljust(30, "<")
        doc.t("ID card scan, back side:\n" + l1 + "\n").span("DATE_OF_BIRTH", dob)
        doc.t(cd(dob) + sex + exp + cd(exp) + nat3 + "<" * 11 + "6\n").mrz_names("", s, g, 30).t("\nHolder: ")
        doc.span("PERSON", g.title() + " " + s.title()).t("\n").done()

# ---- the visual zone of a passport or an ID card ----------------------------------------------------
VIZ = [("en", "Date of birth / Date de naissance"), ("de", "Geburtsdatum / Date of birth / Date de naissance"),
       ("fr", "Date de naiss. / Date of birth"), ("nl", "Geboortedatum / Date of birth"),
       ("es", "Fecha de nacimiento / Date of birth"), ("it", "Data di nascita / Date of birth"),
       ("pt", "Data de nascimento / Date of birth")]
for _ in range(3):
    for lg, lab in VIZ:
        y, m, d = birth()
        doc = Doc(lg, "viz").t("Surname / Nom\n").span("PERSON", R.choice(SURNAME).upper()).t("\n%s\n" % lab)
        doc.span("DATE_OF_BIRTH", "%02d %s %d" % (d, MON3[m - 1], y) if lg != "de" else "%02d.%02d.%d" % (d, m, y))
        y, m, d = later()
        doc.t("\nDate of issue / Date de délivrance\n").span("NEG_DATE", "%02d %s %d" % (d, MON3[m - 1], y)).t("\n").done()

# ---- driving licences, insurance cards, bank KYC, school, sports ------------------------------------
FORMS = {
    "en": ["DRIVER LICENSE\nDL D1234-56789\nDOB {D}\nEXP {X}\n{P}\n12 MAIN ST",
           "DOB {D2}  SEX F  HGT 5-06  EYES BRN\nISS {X}",
           "Member ID card\n{P}\nDate of Birth {D}\nEffective {X}",
           "KYC form\nFull name: {P}\nDate of birth (DD/MM/YYYY): {D}\nDate of application: {X}",
           "Enrolment form\nChild's name: {P}\nChild's date of birth: {Dyoung}\nStart date: {X}",
           "Passenger list\nNAME,DOB,SEAT,DEPARTURE\n{P},{D},14C,{X}\n{P},{Dyoung},14D,{X}",
           "Patient: {P}   DOB: {SP}   Visit: {X}",
           "Date of birth (as recorded on the admission form): {D}",
           "Please enter your date of birth (as it appears on your passport): {D}"],
    "de": ["Führerschein\n1. {P}\n3. {D} {C}\n4a. {X}",
           "Versichertenkarte\n{P}\nGeb.-Datum {D}\ngültig bis {X}",
           "Kontoeröffnung\nName: {P}\nGeburtsdatum (TT.MM.JJJJ): {D}\nAntrag vom {X}",
           "Schulanmeldung\nKind: {P}\ngeboren am {Syoung}\nEinschulung: {X}",
           "Spielerpass\n{P}\ngeb. {D2}\nSpielberechtigt ab {X}",
           "Patient: {P}, geb. {S}, Aufnahme {X}"],
    "fr": ["Permis de conduire\n1. {P}\n3. {D} {C}\n4a. {X}",
           "Carte Vitale\n{P}\nNé(e) le {S}",
           "Licence FFF\n{P}\nNé le {Syoung}\nValable jusqu'au {X}",
           "Ouverture de compte\nNom : {P}\nDate de naissance (JJ/MM/AAAA) : {D}\nDate de la demande : {X}",
           "Fiche d'inscription\nÉlève : {P}\ndate de naissance : {Syoung}"],
    "nl": ["Rijbewijs\n1. {P}\n3. {D} {C}\n4a. {X}",
           "Zorgpas\n{P}\nGeboortedatum {S}\nIngangsdatum {X}",
           "Inschrijfformulier\nLeerling: {P}\ngeboren op {Syoung}"],
    "es": ["Permiso de conducción\n1. {P}\n3. {D} {C}\n4a. {X}",
           "Tarjeta sanitaria\n{P}\nFecha de nac.: {S}",
           "Ficha federativa\n{P}\nnacido el {Syoung}\nAlta: {X}",
           "Apertura de cuenta\nTitular: {P}\nFecha de nacimiento (DD/MM/AAAA): {D}"],
    "it": ["Patente di guida\n1. {P}\n3. {D} {C}\n4a. {X}",
           "Tessera sanitaria\n{P}\nData di nascita {S}\nScadenza {X}",
           "Iscrizione scolastica\nAlunno: {P}\nnato il {Syoung}"],
    "pt": ["Carta de condução\n1. {P}\n3. {D} {C}\n4a. {X}",
           "Cartão de utente\n{P}\nData de nascimento: {S}",
           "Ficha de inscrição\nAluno: {P}\nnascido a {Syoung}\nInscrição: {X}"],
}
for _ in range(3):
    for lg in LANGS:
        for tpl in FORMS[lg]:
            if "{SP}" in tpl:  # the date's parts apart, as a medical header prints them
                y, m, d = birth()
                a, b = tpl.split("{SP}")
                Doc(lg, "form").fill(a).span("DATE_OF_BIRTH", "%02d %02d %d" % (d, m, y)).fill(b).done()
            else:
                Doc(lg, "form").fill(tpl).done()

# ---- dating-app and social profiles ------------------------------------------------------------
PROFILES = ["{P}, 34, Rotterdam\nborn on {S}\nLooking for: hiking buddies",
            "About me: {P} | bday {D} | vegan",
            "b-day: {S} 🎂 | joined {X}",
            "{P}\nBirthday: {BD}\nMember since {X}",
            "my bday is {BD} btw",
            "Born {Sold} in {C}; emigrated 1951.",
            "{P} (b. {S}) posted on {X}"]
for _ in range(4):
    for tpl in PROFILES:
        if "{BD}" in tpl:
            y, m, d = birth()
            a, b = tpl.split("{BD}")
            Doc("en", "profile").fill(a).span("DATE_OF_BIRTH", "%s %s" % (MONTHS["en"][m - 1], ordinal_en(d))).fill(b).done()
        else:
            Doc("en", "profile").fill(tpl).done()

# ---- structured records: JSON, YAML, XML, CSV with birth keys in every locale ----------------------
KEYS = {"en": ["date_of_birth", "birthDate", "dob", "birthdate"], "de": ["geburtsdatum", "geburtstag", "gebDatum"],
        "fr": ["date_naissance", "dateDeNaissance", "naissance"], "nl": ["geboortedatum", "geb_datum"],
        "es": ["fecha_nacimiento", "fechaNacimiento", "f_nac"], "it": ["data_nascita", "dataDiNascita"],
        "pt": ["data_nascimento", "dataNascimento", "dt_nasc"]}
for _ in range(3):
    for lg in LANGS:
        for key in KEYS[lg]:
            y, m, d = birth(R.choice(["", "", "old", "young"]))
            iso = "%d-%02d-%02d" % (y, m, d)
            ly, lm, ld = later()
            liso = "%d-%02d-%02d" % (ly, lm, ld)
            shape = R.choice(["json", "yaml", "xml", "csv"])
            doc = Doc(lg, shape)
            if shape == "json":
                doc.t('{"name": "').span("PERSON", person()).t('", "%s": "' % key).span("DATE_OF_BIRTH", iso)
                doc.t('", "created_at": "').span("NEG_DATE", liso).t('"}')
            elif shape == "yaml":
                doc.t("- name: ").span("PERSON", person()).t("\n  %s: " % key).span("DATE_OF_BIRTH", iso)
                doc.t("\n  updated: ").span("NEG_DATE", liso).t("\n")
            elif shape == "xml":
                doc.t("<person><name>").span("PERSON", person()).t("</name><%s>" % key).span("DATE_OF_BIRTH", iso)
                doc.t("</%s><signup>" % key).span("NEG_DATE", liso).t("</signup></person>")
            else:
                doc.t("name,%s,signup\n" % key).span("PERSON", person()).t(",").span("DATE_OF_BIRTH", iso)
                doc.t(",").span("NEG_DATE", liso).t("\n")
            doc.done()

# ---- month names and short years in prose, every locale ---------------------------------------------
PROSE = {"en": ["{P} was born on {S}.", "DOB: {D2}", "{P}, born {Sold}, was the eldest.",
                "Our son was born {Syoung} at {C} General."],
         "de": ["{P} wurde am {S} in {C} geboren.", "geb. am {Sold}", "Geburtsdatum: {D2}"],
         "fr": ["{P} est née le {S} à {C}.", "né le {Sold}", "Date de naissance : {D2}"],
         "nl": ["{P} is geboren op {S} in {C}.", "geboren {Sold}"],
         "es": ["{P} nació el {S} en {C}.", "nacido el {Sold}"],
         "it": ["{P} è nata il {S} a {C}.", "nato il {Sold}"],
         "pt": ["{P} nasceu a {S} em {C}.", "nascida em {Sold}"]}
for _ in range(4):
    for lg in LANGS:
        for tpl in PROSE[lg]:
            Doc(lg, "prose").fill(tpl).done()

# ---- words between the birth word and its date: a manner, parents, a place with its country, a
# label's own words ------------------------------------------------------------------------------
GAPS = {"en": ["{P} was born prematurely on {S}.", "born to {P} and {P} on {S}",
               "{P} was born in {C}, Ireland, on {S}.", "born at home in {C} on {S}",
               "DOB per records {D}", "date of birth recorded as {D}",
               "Please tell me your date of birth. It's {D}"],
        "de": ["geboren als Sohn von {P} am {S}", "Geburtsdatum laut Pass {D}"],
        "fr": ["née Dupont le {S} à {C}"],
        "es": ["nacido en el seno de una familia humilde el {S}"],
        "it": ["nata a {C} il {S}"],
        "nl": ["geboren te {C} op {S}"],
        "pt": ["nascida em {C} a {S}"]}
for _ in range(2):
    for lg in LANGS:
        for tpl in GAPS[lg]:
            Doc(lg, "gap").fill(tpl).done()

# ---- death notices of office holders: the span is a life, the office only a title ---------------
def life_date(lg):
    y, m, d = birth("old") if R.random() < 0.5 else birth()
    return numeric(lg, y, m, d) if R.random() < 0.5 else spelled(lg, y, m, d)


OFFICE = {"en": ["Former mayor {P} ({L} – {X}) died peacefully at home.",
                 "In memory of our director {P} ({L} – {X})."],
          "de": ["Pfarrer i. R. {P} ({L} – {X}) ist verstorben."],
          "fr": ["L'ancien maire {P} ({L} – {X}) nous a quittés."]}
for _ in range(3):
    for lg in OFFICE:
        for tpl in OFFICE[lg]:
            a, b = tpl.split("{L}")
            Doc(lg, "office_obituary").fill(a).span("DATE_OF_BIRTH", life_date(lg)).fill(b).done()

write_json(records, newline=False)
