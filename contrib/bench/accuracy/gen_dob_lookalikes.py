#!/usr/bin/env python3
"""gen_dob_lookalikes.py: dates that are NOT births, beside people, ages and birth labels
(issue 15, branch dob4). Written from a fresh brief of where a non-birth date sits in the shapes a
date-of-birth rule looks at, not from hush's recogniser:

- hire, start, expiry, issue, admission, discharge, surgery, wedding, death, release and
  founding dates next to a person's name or age, in en/de/fr/nl/es/it/pt;
- tenures, terms of office, marriages and projects written as spans, with full dates or years
  ("Head of Sales (3 March 1995 - 31 May 2019)", "(1998-2004)", "2019-2023");
- "founded in 1987", "since 1992", a firm's anniversary;
- ages with no birth: "aged 34 at admission on 2021-03-04", "aged 52 (2023-11-14)" as a visit;
- GEDCOM DEAT, MARR, BURI, CHR events, vCard ANNIVERSARY and REV;
- OCR'd forms where the birth label heads one column and the date read is the next column's
  (issue, expiry); tables with several date columns (hired, born, left) in Markdown, CSV and
  fixed width;
- family trees with marriage years and dates; lists of children with school start dates;
- changelogs and release notes with dates next to names;
- biographies: a birthplace, then another clause with its own date ("Born in Leeds. Graduated
  ...", "Née à Lyon, elle a rejoint l'entreprise le ...");
- a birth label whose value is no date ("DOB unknown, visa granted ..."), birthday greetings and
  reminders with another day's date; an empty birth field and another field's date in JSON, a
  query string, a form ('"dob": null, "start_date": ...').

Gold: the real dates of birth only (DATE_OF_BIRTH); every other date is a NEG_DATE (a finding on
it is the look-alike hit); many records have no birth at all. Names are invented, labelled PERSON.
presidio-research's JSON shape, code-point offsets.
Deterministic (fixed seed), no input: python3 gen_dob_lookalikes.py > data/dob_lookalikes.json
"""
import random

from gen_common import Doc as BaseDoc, MON3, MONTHS, random_ymd, write_json

R = random.Random(41527)
GIVEN = ["Wendelin", "Ysolde", "Radomir", "Clodagh", "Evander", "Liesbeth", "Teodoro", "Marguerite",
         "Aurelio", "Hedwig", "Caoimhe", "Florian", "Ingrid", "Baptiste", "Rosalind", "Joaquim",
         "Solveig", "Ansgar", "Philippa", "Nuno"]
SURNAME = ["Ostermeier", "Vlasveld", "Carbonell", "Pettigrew", "Duchemin", "Albrechtsen",
           "Mazzoleni", "Quintanilha", "Brouwers", "Fairweather", "Kürschner", "Delacroix-Ruiz",
           "Oyelaran", "Sandoval", "Hennebert", "Tavernier"]
CITY = ["Leuven", "Arles", "Cremona", "Girona", "Lübeck", "Galway", "Braga", "Delft", "Porto"]
ORG = ["Brightwater Logistics", "Keller & Söhne GmbH", "Atelier Duval", "Van Dijk Installaties",
       "Talleres Ibarra", "Officine Grasso", "Norte Têxteis Lda"]

LANGS = list(MONTHS)
records = []


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def fmt(lg, y, m, d):
    mn = MONTHS[lg][m - 1]
    num = {"en": ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)],
           "de": ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)],
           "fr": ["%02d/%02d/%d" % (d, m, y)], "nl": ["%02d-%02d-%d" % (d, m, y)],
           "es": ["%02d/%02d/%d" % (d, m, y)], "it": ["%02d/%02d/%d" % (d, m, y)],
           "pt": ["%02d/%02d/%d" % (d, m, y)]}[lg]
    sp = {"en": ["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)],
          "de": ["%d. %s %d" % (d, mn, y)], "fr": ["%d %s %d" % (d, mn, y)],
          "nl": ["%d %s %d" % (d, mn, y)], "es": ["%d de %s de %d" % (d, mn, y)],
          "it": ["%d %s %d" % (d, mn, y)], "pt": ["%d de %s de %d" % (d, mn, y)]}[lg]
    return R.choice(num + sp)


class Doc(BaseDoc):
    records = records

    def slot(self, key, kw):
        """{P} a person, {D} a real date of birth, {X} a recent date that is not one, {O} an old
        date that is not one (a hire or a wedding decades ago), {L} a late date (the end of a
        span begun by {O}), {Y} a year, {A} an age, {C} a city, {G} an organisation."""
        if key == "P":
            self.span("PERSON", person())
        elif key == "D":
            self.span("DATE_OF_BIRTH", fmt(self.lg, *random_ymd(R, 1935, 2004)))
        elif key == "X":
            self.span("NEG_DATE", fmt(self.lg, *random_ymd(R, 2012, 2026)))
        elif key == "O":
            self.span("NEG_DATE", fmt(self.lg, *random_ymd(R, 1962, 1999)))
        elif key == "L":
            self.span("NEG_DATE", fmt(self.lg, *random_ymd(R, 2016, 2024)))
        elif key == "Y":
            self.t(str(R.randint(1950, 2024)))
        elif key == "A":
            self.t(str(R.randint(19, 88)))
        elif key == "C":
            self.t(R.choice(CITY))
        elif key == "G":
            self.t(R.choice(ORG))
        else:
            raise ValueError(key)


# ---- events beside a person or an age: hire, start, expiry, issue, admission, discharge, ... ------
EVENTS = {
    "en": ["{P} was hired on {X} as a warehouse supervisor.",
           "Start date: {X}\nEmployee: {P}\nProbation ends {X}.",
           "{P}'s passport expires on {X}; it was issued on {X} in {C}.",
           "Patient {P}, aged {A}, admitted {X}, discharged {X}.",
           "Surgery for {P} ({A} y) is scheduled for {X}.",
           "{P} and {P} were married on {O} in {C}.",
           "{P} died on {X} at home in {C}, aged {A}.",
           "Released from custody: {P}, {X}.",
           "{G} was founded on {O} by {P}.",
           "Contact {P} (joined {X}, last login {X}).",
           "{P}, {A}, was seen in clinic on {X}. Follow-up on {X}."],
    "de": ["{P} ist seit dem {X} bei uns angestellt.",
           "Eintrittsdatum: {X}\nMitarbeiterin: {P}",
           "Der Ausweis von {P} wurde am {X} ausgestellt und ist gültig bis {X}.",
           "Patient {P}, {A} Jahre, aufgenommen am {X}, entlassen am {X}.",
           "{P} und {P} haben am {O} in {C} geheiratet.",
           "{P} ist am {X} im Alter von {A} Jahren verstorben.",
           "Die {G} wurde am {O} von {P} gegründet."],
    "fr": ["{P} a été embauchée le {X} en CDI.",
           "Date d'entrée : {X}\nSalarié : {P}",
           "Carte d'identité de {P} délivrée le {X}, expire le {X}.",
           "Patient {P}, {A} ans, hospitalisé le {X}, sorti le {X}.",
           "{P} et {P} se sont mariés le {O} à {C}.",
           "{P} nous a quittés le {X}, à l'âge de {A} ans."],
    "nl": ["{P} is op {X} in dienst getreden.",
           "Paspoort van {P}: afgegeven op {X}, geldig tot {X}.",
           "Patiënt {P}, {A} jaar, opgenomen op {X}, ontslagen op {X}.",
           "{P} en {P} zijn op {O} in {C} getrouwd."],
    "es": ["{P} se incorporó a la empresa el {X}.",
           "DNI de {P} expedido el {X}, válido hasta {X}.",
           "Paciente {P}, {A} años, ingresó el {X} y recibió el alta el {X}.",
           "{P} y {P} contrajeron matrimonio el {O} en {C}."],
    "it": ["{P} è stata assunta il {X} con contratto a tempo indeterminato.",
           "Carta d'identità di {P} rilasciata il {X}, scadenza {X}.",
           "Paziente {P}, {A} anni, ricoverato il {X}, dimesso il {X}.",
           "{P} e {P} si sono sposati il {O} a {C}."],
    "pt": ["{P} foi admitida em {X} como técnica.",
           "Cartão de cidadão de {P} emitido em {X}, válido até {X}.",
           "Doente {P}, {A} anos, internado em {X}, alta em {X}.",
           "{P} e {P} casaram-se em {O} em {C}."],
}
for lg in LANGS:
    for _ in range(2):
        for tpl in EVENTS[lg]:
            Doc(lg, "event").fill(tpl).done()

# ---- spans that are no life: tenures, terms of office, marriages, projects -------------------------
SPANS = {
    "en": ["{P}, Head of Sales ({O} – {L})", "Employment history:\n{G} ({O} - {L})\n{G} ({X} - present)",
           "Pastor of St. Brigid's: {P} ({O} – {L})", "{P} served as mayor of {C} ({O} - {L}).",
           "Marriage: {P} and {P} ({O} – {L}, divorced)", "{P} (1998-2004), {P} (2004-2019): former chairs",
           "Project Atlas 2019-2023, lead {P}.", "Lease {G}\n{O} – {L}\nTenant: {P}",
           "Membership of {P}: {O} - {L}"],
    "de": ["{P}, Geschäftsführer ({O} – {L})", "Ehe mit {P} ({O} – {L})",
           "Bürgermeister von {C}: {P} ({O} - {L})", "Mietverhältnis {O} – {L}, Mieter {P}"],
    "fr": ["{P}, directrice commerciale ({O} – {L})", "Mariage avec {P} ({O} – {L})",
           "Maire de {C} : {P} ({O} - {L})"],
    "nl": ["{P}, directeur ({O} – {L})", "Huwelijk met {P} ({O} – {L})"],
    "es": ["{P}, director general ({O} - {L})", "Matrimonio con {P} ({O} - {L})"],
    "it": ["{P}, direttore vendite ({O} – {L})", "Matrimonio con {P} ({O} – {L})"],
    "pt": ["{P}, diretora comercial ({O} – {L})", "Casamento com {P} ({O} – {L})"],
}
for lg in LANGS:
    for _ in range(3):
        for tpl in SPANS[lg]:
            Doc(lg, "span").fill(tpl).done()

# ---- firms' years: founded in, since -----------------------------------------------------------
FIRM = ["{G}, founded in {Y} by {P}.", "Family business since {Y}. Owner: {P}.",
        "Seit {Y} in Familienbesitz, heute geführt von {P}.", "Fondée en {Y} par {P}.",
        "Sinds {Y} een familiebedrijf, nu geleid door {P}.", "{G} celebrates its 25th anniversary on {X}, says {P}."]
for _ in range(3):
    for tpl in FIRM:
        Doc("en", "firm").fill(tpl).done()

# ---- ages with no birth -----------------------------------------------------------------------------
AGES = ["{P}, aged {A} at admission on {X}.", "{P}, {A} years old (seen {X}), complains of back pain.",
        "Female, aged {A} ({X}): routine check-up.", "Consultation notes ({X})\n{P}, {A} years old, presented with cough.",
        "{P} (aged {A}) started on {X}.", "Male patient, {A} yo, last visit {X}.",
        "{P}, {A} Jahre alt (Aufnahme {X})", "{P}, {A} ans, vu en consultation le {X}.",
        "Runner {P}, aged {A} ({X} race, {C})", "{P}, {A} years old ({X})"]
for _ in range(3):
    for tpl in AGES:
        Doc("en", "age").fill(tpl).done()

# ---- GEDCOM events other than a birth, vCard ANNIVERSARY -------------------------------------------
for i in range(10):
    doc = Doc("en", "gedcom").t("0 @I%d@ INDI\n1 NAME " % (i + 1)).span("PERSON", person()).t("\n1 SEX M\n")
    for ev in R.sample(["DEAT", "MARR", "BURI", "CHR", "RESI", "EVEN"], 3):
        y, m, d = random_ymd(R, 1940, 2024)
        doc.t("1 %s\n2 DATE " % ev).span("NEG_DATE", "%d %s %d" % (d, MON3[m - 1], y)).t("\n2 PLAC %s\n" % R.choice(CITY))
    if i % 3 == 0:
        y, m, d = random_ymd(R, 1900, 1960)
        doc.t("1 BIRT\n2 DATE ").span("DATE_OF_BIRTH", "%d %s %d" % (d, MON3[m - 1], y)).t("\n")
    doc.done()
for i in range(8):
    g, s = R.choice(GIVEN), R.choice(SURNAME)
    doc = Doc("en", "vcard").t("BEGIN:VCARD\nVERSION:4.0\nFN:").span("PERSON", g + " " + s)
    y, m, d = random_ymd(R, 1970, 2015)
    doc.t("\nANNIVERSARY:").span("NEG_DATE", "%04d%02d%02d" % (y, m, d) if i % 2 else "%04d-%02d-%02d" % (y, m, d))
    if i % 4 == 0:
        y, m, d = random_ymd(R, 1940, 1995)
        doc.t("\nBDAY:").span("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, d))
    y, m, d = random_ymd(R, 2015, 2026)
    doc.t("\nREV:%04d%02d%02dT083000Z\nEND:VCARD\n" % (y, m, d)).done()

# ---- OCR'd forms: the birth label heads one column, the date read is another's --------------------
for i in range(14):
    lg = ["en", "de", "fr", "nl", "es", "it", "pt"][i % 7]
    born, issued, expires = {"en": ("Date of birth", "Date of issue", "Date of expiry"),
                             "de": ("Geburtsdatum", "Ausstellungsdatum", "Gültig bis"),
                             "fr": ("Date de naissance", "Date de délivrance", "Date d'expiration"),
                             "nl": ("Geboortedatum", "Datum van afgifte", "Geldig tot"),
                             "es": ("Fecha de nacimiento", "Fecha de expedición", "Válido hasta"),
                             "it": ("Data di nascita", "Data di rilascio", "Scadenza"),
                             "pt": ("Data de nascimento", "Data de emissão", "Validade")}[lg]
    g, s = R.choice(GIVEN), R.choice(SURNAME)
    doc = Doc(lg, "ocr")
    if i % 2 == 0:  # the issue date, read onto the value line, ends it under the birth label
        doc.t("Surname Given names %s\n" % born).span("PERSON", s.upper() + " " + g.upper()).t("  ")
        y, m, d = random_ymd(R, 1940, 2004)
        doc.span("DATE_OF_BIRTH", "%02d.%02d.%d" % (d, m, y)).t("  ")
        y, m, d = random_ymd(R, 2014, 2024)
        doc.span("NEG_DATE", "%02d.%02d.%d" % (d, m, y)).t("\n%s\n" % expires)
        y, m, d = random_ymd(R, 2025, 2034)
        doc.span("NEG_DATE", "%02d.%02d.%d" % (d, m, y)).t("\n").done()
    else:  # two columns: issue and expiry under a label line that names the birth elsewhere
        doc.t("Name: ").span("PERSON", g + " " + s).t("\n%s: see page 2\n%s        %s\n" % (born, issued, expires))
        y, m, d = random_ymd(R, 2014, 2024)
        doc.span("NEG_DATE", "%02d/%02d/%d" % (d, m, y)).t("          ")
        y, m, d = random_ymd(R, 2025, 2034)
        doc.span("NEG_DATE", "%02d/%02d/%d" % (d, m, y)).t("\n").done()

# ---- tables with several date columns --------------------------------------------------------------
def rows(n):
    out = []
    for _ in range(n):
        out.append((person(), random_ymd(R, 1950, 2003), random_ymd(R, 2005, 2020),
                    random_ymd(R, 2021, 2026)))
    return out


for i in range(8):
    doc = Doc("en", "table")
    r = rows(3)
    if i % 4 == 0:
        doc.t("| Name | Hired | Born | Left |\n|---|---|---|---|\n")
        for p, b, h, l in r:
            doc.t("| ").span("PERSON", p).t(" | ").span("NEG_DATE", "%d-%02d-%02d" % h).t(" | ")
            doc.span("DATE_OF_BIRTH", "%d-%02d-%02d" % b).t(" | ").span("NEG_DATE", "%d-%02d-%02d" % l).t(" |\n")
    elif i % 4 == 1:
        doc.t("Export from HR system:\nname;start_date;dob;end_date\n")
        for p, b, h, l in r:
            doc.span("PERSON", p).t(";").span("NEG_DATE", "%02d.%02d.%d" % (h[2], h[1], h[0])).t(";")
            doc.span("DATE_OF_BIRTH", "%02d.%02d.%d" % (b[2], b[1], b[0])).t(";")
            doc.span("NEG_DATE", "%02d.%02d.%d" % (l[2], l[1], l[0])).t("\n")
    elif i % 4 == 2:
        doc.t("NAME                  HIRED        DOB          LEFT\n")
        for p, b, h, l in r:
            doc.span("PERSON", p).t(" " * (22 - len(p))).span("NEG_DATE", "%02d/%02d/%d" % (h[2], h[1], h[0])).t("   ")
            doc.span("DATE_OF_BIRTH", "%02d/%02d/%d" % (b[2], b[1], b[0])).t("   ")
            doc.span("NEG_DATE", "%02d/%02d/%d" % (l[2], l[1], l[0])).t("\n")
    else:
        doc.t("<table><tr><th>Name</th><th>Joined</th><th>Renewal</th></tr>\n")
        for p, b, h, l in r:
            doc.t("<tr><td>").span("PERSON", p).t("</td><td>").span("NEG_DATE", "%d-%02d-%02d" % h)
            doc.t("</td><td>").span("NEG_DATE", "%d-%02d-%02d" % l).t("</td></tr>\n")
        doc.t("</table>")
    doc.done()

# ---- family trees with marriage dates, children with school start dates ---------------------------
TREES = ["{P} ⚭ {O} {P}\n  Kinder: {P}, {P}",
         "Family tree\n{P} married {P} on {O} in {C}.\n  Children: {P}, {P}",
         "Stammbaum {P}\nHeirat: {O} in {C} mit {P}",
         "Arbre généalogique\n{P} × {P}, mariés le {O} à {C}",
         "Children:\n1. {P} (school start {X})\n2. {P} (school start {X})",
         "Kinder:\n- {P} (Einschulung {X})\n- {P} (Einschulung {X})",
         "Enfants : {P} (rentrée le {X}), {P} (rentrée le {X})",
         "Children enrolled this term, with their start dates:\n{P} ({X})\n{P} ({X})"]
for _ in range(3):
    for tpl in TREES:
        Doc("en", "tree").fill(tpl).done()

# ---- changelogs and release notes ------------------------------------------------------------------
CHANGES = ["## 2.4.0 ({X})\n- Fixed the CSV export (thanks {P})\n- New logo by {P}",
           "v1.9.3 released {X} by {P}.",
           "* {X} in {C}: workshop with {P}",
           "{X}  {P}  <dev@example.org>\n\n\t* src/main.c: fix overflow.",
           "Release notes\nVersion 3.1, {X}\nMaintainer: {P}\nPrevious release: {X}",
           "CHANGELOG\n{X} - {P}: bumped dependencies\n{X} - {P}: first public release"]
for _ in range(4):
    for tpl in CHANGES:
        Doc("en", "changelog").fill(tpl).done()

# ---- biographies: a birthplace, then another clause with its own date ------------------------------
BIOS = {"en": ["Born and raised in {C}, {P} moved to {C} and started at {G} on {X}.",
               "{P} was born in {C} and graduated from the university there on {X}.",
               "Born in {C}. Graduated {X}. Joined the firm on {X}.",
               "{P} was born in a small village near {C} and emigrated on {O}.",
               "The company was born out of a garage project and was incorporated on {O}."],
        "de": ["Geboren in {C}, zog {P} nach {C} und begann am {X} bei {G}."],
        "fr": ["Née à {C}, {P} a rejoint l'entreprise le {X}."],
        "es": ["Nacido en {C}, {P} se trasladó a {C} el {X}."],
        "it": ["Nato a {C}, {P} si è laureato il {X} a {C}."],
        "nl": ["Geboren in {C}, verhuisde {P} op {X} naar {C}."],
        "pt": ["Nascido em {C}, {P} mudou-se para {C} em {X}."]}
for _ in range(2):
    for lg in LANGS:
        for tpl in BIOS[lg]:
            Doc(lg, "bio").fill(tpl).done()

# ---- a birth label whose value is no date, then another clause's date; greetings -------------------
OTHER_VALUE = ["Geburtsdatum: unbekannt, Einreise am {X}", "DOB unknown, visa granted {X}",
               "Date of birth not provided. Account opened {X}.", "Born: {C}. Arrived in Canada {O}",
               "Happy birthday {P}! See you on {X}", "Birthday reminder: team lunch on {X}",
               "birthday card sent {X}", "Date de naissance : inconnue ; arrivée en France le {X}",
               "Fecha de nacimiento: desconocida. Llegó a España el {X}"]
for _ in range(2):
    for tpl in OTHER_VALUE:
        Doc("en", "other_value").fill(tpl).done()

# ---- an empty birth field, then another field's date: JSON, query strings, forms -----------------
for i in range(12):
    y, m, d = random_ymd(R, 2012, 2026)
    iso = "%d-%02d-%02d" % (y, m, d)
    doc = Doc("en", "empty_field")
    if i % 4 == 0:
        doc.t('{"name": "').span("PERSON", person()).t('", "dob": null, "start_date": "').span("NEG_DATE", iso).t('"}')
    elif i % 4 == 1:
        doc.t('{"date_of_birth": "", "created": "').span("NEG_DATE", iso).t('", "owner": "').span("PERSON", person()).t('"}')
    elif i % 4 == 2:
        doc.t("GET /api/people?name=").span("PERSON", "%s+%s" % (R.choice(GIVEN), R.choice(SURNAME))).t("&dob=&start=").span("NEG_DATE", iso)
    else:
        doc.t("Name: ").span("PERSON", person()).t("\nDOB: -- Start: ").span("NEG_DATE", iso)
    doc.done()

# ---- a few real births among the look-alikes, each beside a non-birth date ------------------------
MIXED = ["Employee: {P}\nDate of birth: {D}\nHired: {X}",
         "{P} (born {D}) joined {G} on {X}.",
         "Mitarbeiter {P}, geb. {D}, Eintritt {X}",
         "{P}, née le {D}, embauchée le {X}.",
         "Paciente {P}, fecha de nacimiento {D}, ingreso {X}."]
for _ in range(3):
    for tpl in MIXED:
        Doc("en", "mixed").fill(tpl).done()

write_json(records, newline=False)
