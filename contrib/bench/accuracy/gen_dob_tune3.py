#!/usr/bin/env python3
"""gen_dob_tune3.py: a third DATE_OF_BIRTH tune set (issue 15, branch dob3), written from a fresh
brief of where a birth date is written as an event or in a record, not from hush's recogniser and
not repeating dob_tune2's shapes (tables with headers, keys, compact and Roman dates):

- birth announcements ("is proud to announce the birth of X on ..."), in en/de/fr/nl/es/it/pt;
- obituaries and family trees: "(4 March 1932 - 9 May 2019)", "* 4. März 1932 † 2019",
  "b. 4 Mar 1932, d. ...", GEDCOM "1 BIRT / 2 DATE 4 MAR 1932";
- vCard BDAY with and without a year ("BDAY:19870304", "BDAY:1987-03-04", "BDAY:--0304");
- ID documents and forms read by OCR: the label above the value, two columns run together
  ("Surname Given Date of birth\nKELLER MARIA 04 03 1987"), passports' MRZ birth field
  (TD3 line two, TD1 line two), insurance and HR forms, school enrolment, sports rosters with a
  "DOB" column, patient wristbands;
- age statements tied to a date ("turns 40 on 4 March 1986"?, "aged 37 (04.03.1987)");
- "date of birth" phrases in seven languages with the date far (more than 48 bytes) from the word;
- lists of children with their dates;
- and in the same documents the dates that are not a birth: death, issue, expiry, admission,
  marriage, "member since", enrolment, the announcement's own date: NEG_DATE.

Decision: the birth date in a death notice or a family tree is a DATE_OF_BIRTH (personal data of
the person named; a relative's too); a bare year ("(1932-2019)", "b. 1932") is not labelled, it
is no date. A birthday without a year ("BDAY:--0304") is labelled: it is the day and month of a
birth, what a wristband or a vCard carries.

Names are invented and labelled PERSON. presidio-research's JSON shape, code-point offsets.
Deterministic (fixed seed), no input: python3 gen_dob_tune3.py > data/dob_tune3.json
"""
import random

from gen_common import Doc as BaseDoc, MON3, MONTHS, random_ymd, write_json

R = random.Random(30431)
GIVEN = ["Brisela", "Tomasz", "Ilvana", "Redmond", "Oriane", "Kestutis", "Maelis", "Ottavio",
         "Saskia", "Emeric", "Yolanda", "Hjalmar", "Noémie", "Dario", "Anneliese", "Ciarán",
         "Zofia", "Benedikt", "Lusine", "Pieter"]
SURNAME = ["Vandermaas", "Kowalczuk", "Aranguren", "Thistlewood", "Morvillier", "Brandstätter",
           "Okonjo", "Ruggeri", "Lindgaard", "Quesnel", "Halloran", "Ferrandis", "Zwijnenberg",
           "Castellví", "Drummond", "Salgueiro"]
CITY = ["Tilburg", "Nîmes", "Bergamo", "Vigo", "Kiel", "Limerick", "Évora", "Toledo", "Utrecht"]

LANGS = list(MONTHS)


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def ymd(birth=True, young=False):
    lo, hi = ((2008, 2022) if young else (1928, 2006)) if birth else (2015, 2026)
    return random_ymd(R, lo, hi)


def fmt(lg, y, m, d):
    mn = MONTHS[lg][m - 1]
    num = {"en": ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)],
           "de": ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)],
           "fr": ["%02d/%02d/%d" % (d, m, y)], "nl": ["%02d-%02d-%d" % (d, m, y)],
           "es": ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y)],
           "it": ["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
           "pt": ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)]}[lg]
    sp = {"en": ["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)],
          "de": ["%d. %s %d" % (d, mn, y)], "fr": ["%d %s %d" % (d, mn, y)],
          "nl": ["%d %s %d" % (d, mn, y)], "es": ["%d de %s de %d" % (d, mn, y)],
          "it": ["%d %s %d" % (d, mn, y)], "pt": ["%d de %s de %d" % (d, mn, y)]}[lg]
    return R.choice(num + sp)


records = []


class Doc(BaseDoc):
    records = records

    def slot(self, key, kw):
        """{P} a person, {D} a date of birth ({D:young} a child's), {X} a date that is not one,
        {C} a city, {A} an age."""
        key, _, kind = key.partition(":")
        if key == "P":
            self.span("PERSON", person())
        elif key == "D":
            self.span("DATE_OF_BIRTH", fmt(self.lg, *ymd(True, kind == "young")))
        elif key == "X":
            self.span("NEG_DATE", fmt(self.lg, *ymd(False)))
        elif key == "C":
            self.t(R.choice(CITY))
        elif key == "A":
            self.t(str(R.randint(19, 80)))
        else:
            raise ValueError(key)


# ---- birth announcements --------------------------------------------------------------------------
ANNOUNCE = {
    "en": ["{P} and {P} are proud to announce the birth of their daughter {P} on {D:young}.",
           "Welcome to the world! Our son {P} was born on {D:young} at {C} Hospital, weighing 3.4 kg.",
           "We are delighted to announce the arrival of {P}, born {D:young}.",
           "Posted {X}: It's a girl! {P} arrived on {D:young} at 04:12.",
           "Birth announcement\n{P}\nBorn: {D:young}\nWeight: 7 lb 2 oz\nParents: {P} and {P}"],
    "de": ["Wir freuen uns über die Geburt unserer Tochter {P} am {D:young}.",
           "Hurra, {P} ist da! Geboren am {D:young} um 7:45 Uhr in {C}.",
           "In großer Freude zeigen wir die Geburt unseres Sohnes {P} an.\n{D:young}, {C}"],
    "fr": ["{P} et {P} ont la joie de vous annoncer la naissance de {P}, le {D:young}.",
           "Bienvenue à {P}, arrivée parmi nous le {D:young} à {C}."],
    "nl": ["Met grote vreugde melden wij de geboorte van onze dochter {P} op {D:young}.",
           "Geboren: {P}\n{D:young}\nZoon van {P} en {P}"],
    "es": ["Nos complace anunciar el nacimiento de {P} el {D:young} en {C}.",
           "¡Ya está aquí! {P} llegó al mundo el {D:young}."],
    "it": ["Siamo felici di annunciare la nascita di {P}, venuta al mondo il {D:young} a {C}.",
           "Fiocco azzurro: è nato {P}, il {D:young}."],
    "pt": ["Temos a alegria de anunciar o nascimento de {P} no dia {D:young}.",
           "Chegou {P}! Nasceu em {D:young}, em {C}."],
}
# ---- obituaries and family trees: the birth date is the deceased's, labelled DATE_OF_BIRTH -----
OBIT = {
    "en": ["{P} ({D} - {X})", "In loving memory of {P}, {D} – {X}.",
           "{P}, of {C}, passed away peacefully on {X}. Born {D} in {C}, she was",
           "OBITUARY\n{P}\n{D} ~ {X}\nFuneral service on {X} at St. Mary's.",
           "{P}, b. {D}, d. {X}; m. {P} on {X}.",
           "Family tree\n- {P} ({D} – {X})\n  - {P} (born {D})\n  - {P} (born {D})"],
    "de": ["{P}\n* {D}   † {X}\nIn stiller Trauer", "Nachruf: {P} (* {D} in {C}; † {X} in {C})",
           "Wir nehmen Abschied von {P}, geboren am {D}, verstorben am {X}.",
           "Stammbaum:\n{P} * {D} ⚭ {X} {P} * {D}"],
    "fr": ["{P} ({D} – {X})", "Avis de décès : {P}, née le {D} à {C}, est décédée le {X}."],
    "nl": ["{P}\n* {C}, {D}   † {C}, {X}", "Bedroefd delen wij mee dat {P}, geboren op {D}, op {X} is overleden."],
    "es": ["{P} ({C}, {D} - {C}, {X})", "Falleció el {X} {P}, nacido el {D} en {C}. D.E.P."],
    "it": ["{P} (n. {D} - m. {X})", "È mancato il {X} {P}, nato a {C} il {D}."],
    "pt": ["{P} ({D} – {X})", "Faleceu em {X} {P}, nascida a {D}, natural de {C}."],
}
for lg in LANGS:
    for _ in range(3):
        for tpl in ANNOUNCE[lg]:
            Doc(lg, "announcement").fill(tpl).done()
        for tpl in OBIT[lg]:
            Doc(lg, "obituary").fill(tpl).done()
# ---- GEDCOM: the date on the line under BIRT is a birth, under DEAT and MARR it is not -------------
for _ in range(8):
    y, m, d = ymd()
    doc = Doc("en", "gedcom").t("0 @I1@ INDI\n1 NAME ").span("PERSON", person()).t("\n1 SEX F\n1 BIRT\n2 DATE ")
    doc.span("DATE_OF_BIRTH", "%d %s %d" % (d, MON3[m - 1], y)).t("\n2 PLAC %s\n1 DEAT\n2 DATE " % R.choice(CITY))
    y, m, d = ymd(False)
    doc.span("NEG_DATE", "%d %s %d" % (d, MON3[m - 1], y)).t("\n1 MARR\n2 DATE ")
    y, m, d = ymd(False)
    doc.span("NEG_DATE", "%d %s %d" % (d, MON3[m - 1], y)).t("\n").done()
# ---- vCard BDAY -----------------------------------------------------------------------------------
for i in range(12):
    y, m, d = ymd()
    v = ["%04d%02d%02d" % (y, m, d), "%04d-%02d-%02d" % (y, m, d), "--%02d%02d" % (m, d),
         "--%02d-%02d" % (m, d)][i % 4]
    g, s = R.choice(GIVEN), R.choice(SURNAME)
    doc = Doc("en", "vcard").t("BEGIN:VCARD\nVERSION:%s\nN:%s;%s;;;\nFN:" % (R.choice(["3.0", "4.0"]), s, g))
    doc.span("PERSON", g + " " + s).t("\nBDAY:" if i % 3 else "\nBDAY;VALUE=date:").span("DATE_OF_BIRTH", v)
    y, m, d = ymd(False)
    doc.t("\nREV:%04d%02d%02dT101500Z\nEND:VCARD\n" % (y, m, d)).done()
# ---- ID documents read by OCR: label above value, columns run together ----------------------------
OCR = {
    "en": ("Surname Given names Date of birth", "Date of issue Date of expiry"),
    "de": ("Name Vornamen Geburtsdatum", "Ausstellungsdatum Gültig bis"),
    "fr": ("Nom Prénoms Date de naissance", "Date de délivrance Date d'expiration"),
    "nl": ("Naam Voornamen Geboortedatum", "Datum van afgifte Geldig tot"),
    "es": ("Apellidos Nombre Fecha de nacimiento", "Fecha de expedición Válido hasta"),
    "it": ("Cognome Nome Data di nascita", "Data di rilascio Scadenza"),
    "pt": ("Apelido Nome Data de nascimento", "Data de emissão Válido até"),
}
for lg in LANGS:
    for _ in range(3):
        head, tail = OCR[lg]
        y, m, d = ymd()
        g, s = R.choice(GIVEN), R.choice(SURNAME)
        doc = Doc(lg, "ocr_columns").t(head + "\n").span("PERSON", s.upper() + " " + g.upper()).t(" ")
        doc.span("DATE_OF_BIRTH", R.choice(["%02d %02d %d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                                            "%02d %s %d" % (d, MON3[m - 1], y)]))
        doc.t("\n" + tail + "\n")
        y, m, d = ymd(False)
        doc.span("NEG_DATE", "%02d.%02d.%d" % (d, m, y)).t(" ")
        doc.span("NEG_DATE", "%02d.%02d.%d" % (d, m, y + 10)).t("\n").done()
        # label above, value below, with a blank line or a second label between
        doc = Doc(lg, "ocr_label_above")
        lab = {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "nl": "Geboortedatum",
               "es": "Fecha de nacimiento", "it": "Data di nascita", "pt": "Data de nascimento"}[lg]
        place = {"en": "Place of birth", "de": "Geburtsort", "fr": "Lieu de naissance", "nl": "Geboorteplaats",
                 "es": "Lugar de nacimiento", "it": "Luogo di nascita", "pt": "Local de nascimento"}[lg]
        doc.t(lab + " / " + place + "\n\n").fill("{D}").t(" " + R.choice(CITY).upper() + "\n").done()
        doc = Doc(lg, "ocr_label_above")
        doc.t("1. " + lab + "\n2. " + place + "\n").fill("1. {D}\n2. {C}\n").done()
# ---- passports' machine-readable zone: the birth field is YYMMDD, the expiry beside it is not -----
def check_digit(s):
    w, t = [7, 3, 1], 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)


for i in range(10):
    y, m, d = ymd()
    b = "%02d%02d%02d" % (y % 100, m, d)
    ey, em, ed = ymd(False)
    e = "%02d%02d%02d" % ((ey + 5) % 100, em, ed)
    g, s = R.choice(GIVEN).upper(), R.choice(SURNAME).upper().replace(" ", "<")
    no = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))
    nat = R.choice(["NLD", "D<<", "FRA", "ESP", "ITA", "PRT", "GBR", "IRL"])
    sex = R.choice("MF")
    doc = Doc("en", "mrz")
    if i % 2 == 0:  # TD3 passport: two lines of 44
        doc.t("Passport scan:\n").mrz_names("P<" + nat, s, g, 44)
        doc.t("\n" + no + check_digit(no) + nat).span("DATE_OF_BIRTH", b)
        rest = check_digit(b) + sex + e + check_digit(e)
        doc.t(rest + "<" * 14 + "04\n")
    else:  # TD1 identity card: three lines of 30, the birth field opens line two
        doc.t(("ID" + nat + no + check_digit(no)).ljust(30, "<") + "\n").span("DATE_OF_BIRTH", b)
        doc.t((check_digit(b) + sex + e + check_digit(e) + nat).ljust(24, "<") + "6\n")
        doc.mrz_names("", s, g, 30).t("\n")
    doc.done()
# ---- forms: insurance, HR, school enrolment, with other dates beside -----------------------------
FORMS = {
    "en": ["INSURANCE CLAIM FORM\nPolicyholder: {P}\nPolicy start: {X}\nPolicyholder's date of birth\n{D}\nDate of loss: {X}",
           "New starter form\nEmployee name: {P}\nStart date: {X}\nDate of Birth (DD/MM/YYYY): {D}\nNI number: QQ123456C",
           "SCHOOL ENROLMENT\nPupil: {P}\nPupil's date of birth: {D:young}\nDate of enrolment: {X}\nParent/carer: {P}",
           "Member: {P}  |  Member since: {X}  |  D.O.B.: {D}",
           "Beneficiaries\n1. {P}, spouse, born {D}\n2. {P}, child, born {D:young}"],
    "de": ["Versicherungsnehmer: {P}\nGeburtsdatum des Versicherungsnehmers\n{D}\nVersicherungsbeginn: {X}",
           "Personalbogen\nName: {P}\nEintrittsdatum: {X}\nGeburtsdatum: {D}\nFamilienstand: verheiratet seit {X}",
           "Anmeldung zur Einschulung\nKind: {P}\ngeboren am: {D:young}\nEingang: {X}"],
    "fr": ["Assuré : {P}\nDate d'effet : {X}\nDate de naissance de l'assuré : {D}",
           "Fiche d'inscription scolaire\nÉlève : {P}\nDate de naissance : {D:young}\nDate d'inscription : {X}"],
    "nl": ["Verzekerde: {P}\nIngangsdatum: {X}\nGeboortedatum verzekerde: {D}",
           "Inschrijfformulier\nLeerling: {P}\nGeboortedatum leerling: {D:young}\nDatum inschrijving: {X}"],
    "es": ["Asegurado: {P}\nFecha de efecto: {X}\nFecha de nacimiento del asegurado: {D}",
           "Ficha de matrícula\nAlumno: {P}\nFecha de nacimiento: {D:young}\nFecha de matrícula: {X}"],
    "it": ["Assicurato: {P}\nDecorrenza: {X}\nData di nascita dell'assicurato: {D}",
           "Modulo di iscrizione\nAlunno: {P}\nnato il: {D:young}\nData iscrizione: {X}"],
    "pt": ["Segurado: {P}\nInício da apólice: {X}\nData de nascimento do segurado: {D}",
           "Ficha de matrícula\nAluno: {P}\nData de nascimento: {D:young}\nData da matrícula: {X}"],
}
for lg in LANGS:
    for _ in range(2):
        for tpl in FORMS[lg]:
            Doc(lg, "form").fill(tpl).done()
# ---- sports rosters and wristbands -------------------------------------------------------------
for lg in ["en", "de", "es", "it"]:
    head = {"en": "No.  Player               Pos  DOB         Joined", "de": "Nr.  Spieler              Pos  Geb.        seit",
            "es": "Dorsal Jugador            Pos  F. Nac.     Alta", "it": "N.   Giocatore            Ruolo Nascita    Arrivo"}[lg]
    for _ in range(2):
        doc = Doc(lg, "roster").t("U17 squad list\n" + head + "\n")
        for n in range(3):
            y, m, d = ymd(True, True)
            p = person()
            doc.t("%-5d" % R.randint(1, 30)).span("PERSON", p).t(" " * max(1, 21 - len(p)) + R.choice(["GK", "DF", "MF", "FW"]) + "   ")
            doc.span("DATE_OF_BIRTH", "%02d/%02d/%d" % (d, m, y)).t("  ")
            y, m, d = ymd(False)
            doc.span("NEG_DATE", "%02d/%02d/%d" % (d, m, y)).t("\n")
        doc.done()
for _ in range(10):
    y, m, d = ymd()
    g, s = R.choice(GIVEN), R.choice(SURNAME)
    doc = Doc("en", "wristband").span("PERSON", s.upper() + ", " + g).t(R.choice(["\nMRN 00", "  MRN: 00"]) + str(R.randint(100000, 999999)))
    doc.t(R.choice(["\nDOB ", "  DOB: ", "\n", "  "])).span("DATE_OF_BIRTH", R.choice(["%02d-%s-%d" % (d, MON3[m - 1], y), "%02d/%02d/%d" % (d, m, y)]))
    doc.t(R.choice(["  F", "  M", " (%dy)" % (2026 - y)]) + "\nAdm: ")
    y, m, d = ymd(False)
    doc.span("NEG_DATE", "%02d/%02d/%d" % (d, m, y)).t("\n").done()
# ---- age statements tied to a date -----------------------------------------------------------------
AGE = {"en": ["{P}, aged {A} ({D}), was interviewed on {X}.", "Patient is {A} years old (DOB {D}).",
              "{P} ({A}, {D}) joined the club on {X}."],
       "de": ["{P}, {A} Jahre alt ({D}), wurde am {X} befragt.", "Alter: {A} J. ({D})"],
       "fr": ["{P}, {A} ans ({D}), entendu le {X}."], "nl": ["{P}, {A} jaar ({D}), gehoord op {X}."],
       "es": ["{P}, de {A} años ({D}), declaró el {X}."], "it": ["{P}, {A} anni ({D}), sentito il {X}."],
       "pt": ["{P}, {A} anos ({D}), ouvido em {X}."]}
for lg in LANGS:
    for _ in range(2):
        for tpl in AGE[lg]:
            Doc(lg, "age").fill(tpl).done()
# ---- the birth word far from its date (more than 48 bytes) -------------------------------------------
FAR = {"en": ["Her date of birth, as recorded on the admission form at the clinic in {C}, is {D}.",
              "Date of birth (as shown on your passport or national identity card): {D}",
              "The applicant's date of birth, which must match the one on file with the registry, is {D}."],
       "de": ["Das Geburtsdatum laut dem vorgelegten Personalausweis und der Meldebescheinigung lautet {D}."],
       "fr": ["Date de naissance (telle qu'elle figure sur la pièce d'identité présentée) : {D}"],
       "nl": ["Geboortedatum (zoals vermeld in het paspoort of de identiteitskaart van de aanvrager): {D}"],
       "es": ["Fecha de nacimiento (tal como aparece en el documento nacional de identidad): {D}"],
       "it": ["Data di nascita (come riportata sul documento di identità in corso di validità): {D}"],
       "pt": ["Data de nascimento (conforme consta do documento de identificação apresentado): {D}"]}
for lg in LANGS:
    for _ in range(3):
        for tpl in FAR[lg]:
            Doc(lg, "far").fill(tpl).done()
# ---- lists of children with their dates ----------------------------------------------------------
KIDS = {"en": ("Children:", "born"), "de": ("Kinder:", "geb."), "fr": ("Enfants :", "né le"),
        "nl": ("Kinderen:", "geb."), "es": ("Hijos:", "nacido el"), "it": ("Figli:", "nato il"),
        "pt": ("Filhos:", "nascido em")}
for lg in LANGS:
    for style in range(3):
        lab, born = KIDS[lg]
        doc = Doc(lg, "children").t(lab + ("\n" if style < 2 else " "))
        for n in range(3):
            if style == 0:
                doc.t("- ").fill("{P}, " + born + " {D:young}\n")
            elif style == 1:
                doc.t("%d. " % (n + 1)).fill("{P} ({D:young})\n")
            else:
                doc.fill("{P} ({D:young})" + ("; " if n < 2 else "\n"))
        doc.done()
# ---- non-birth dates alone in the same kinds of documents ----------------------------------------
NEG = {"en": ["Date of issue: {X}\nDate of expiry: {X}", "Married on {X} at {C} Town Hall.",
              "Member since {X}", "Died {X} in {C}.", "Admission date: {X}", "Policy renewal due {X}."],
       "de": ["Ausgestellt am {X}, gültig bis {X}", "Verstorben am {X}", "Mitglied seit {X}"],
       "fr": ["Délivré le {X}", "Décédé le {X}", "Membre depuis le {X}"],
       "nl": ["Afgegeven op {X}", "Overleden op {X}", "Lid sinds {X}"],
       "es": ["Expedido el {X}", "Fallecido el {X}", "Socio desde el {X}"],
       "it": ["Rilasciato il {X}", "Deceduto il {X}", "Socio dal {X}"],
       "pt": ["Emitido em {X}", "Falecido em {X}", "Sócio desde {X}"]}
for lg in LANGS:
    for tpl in NEG[lg]:
        Doc(lg, "negative").fill(tpl).done()

write_json(records)
