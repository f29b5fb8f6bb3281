#!/usr/bin/env python3
"""gen_dob_tune2.py: a second DATE_OF_BIRTH tune set (issue 15), written from a fresh brief: how
systems and people in en (US, UK, IE, IN, AU, ZA), de, fr, nl, es, it and pt (pt-PT, pt-BR) write
a birth date, not from what hush's recogniser knows. About half the records are multi-line
documents.

- tables whose header (several lines above) names the birth column: CSV, TSV, Markdown, psql and
  MySQL/ASCII result tables with "+---+" rules, fixed-width reports with no separator at all, HTML
  rows ("<td>"), with a hire, admission or death column beside it;
- JSON, YAML and XML keys in every casing and language ("DOB", "dob", "BirthDate", "birth_date",
  "dateOfBirth", "date_naissance", "fechaNacimiento", "dataNascita", "geboortedatum",
  "Geburtstag", "dataNascimento", FHIR's "birthDate"), ISO dates with a midnight time
  ("1987-03-04T00:00:00Z") as serialisers write a date column;
- label and value from OCR or a PDF (the label on one line, the value on the next, blank lines
  between), "D.O.B", "DoB.", "Birth:", "b.", the genealogical "* 12.03.1987" (and "+"/"†" for the
  death date beside it), "geb.", "née le", "nato a Roma il", "né à Lyon le", "nacido en Sevilla
  el", "nascida em", "Nasc.", "D.N.";
- the age next to the date ("04/03/1987 (37 y)", "37 yo, DOB ..."), compact "19870304", month
  names and abbreviations of the seven languages ("mar.", "março", "mag", "mrt", "Sept."),
  ordinals ("4th", "1er", "1.º"), Roman-numeral months ("4.III.1987"), no-break and thin spaces,
  Unicode hyphens and dashes, two-digit years;
- dates in the same documents that are not a birth (visit, admission, discharge, issue, expiry,
  hire, death, "Sterbedatum", wedding anniversary, release, created/updated stamps): NEG_DATE.

Names are invented and labelled PERSON. Labels in presidio-research's JSON shape with code-point
offsets. Deterministic (fixed seed), no input: python3 gen_dob_tune2.py > data/dob_tune2.json
"""
import random

from gen_common import Doc as BaseDoc, MONTHS, ordinal_en, random_ymd, write_json

R = random.Random(91517)
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
HYPHEN, NDASH = "\u2010", "\u2013"

GIVEN = ["Odalys", "Teodric", "Mirela", "Casimo", "Ingrith", "Jovanne", "Leocadia", "Ruairí",
         "Sunniva", "Bartolin", "Henrike", "Amarildo", "Fiadh", "Thandeka", "Priyansh", "Wilhelma",
         "Joaquina", "Anouk", "Corentin", "Graziella"]
SURNAME = ["Ostervald", "Quintanilha", "Brakenridge", "Marchetton", "Van Oordt", "Haldimann",
           "Ferreirinha", "Dubroca", "Kavanagh-Roe", "Mokoena", "Raghunathan", "Lindqvist",
           "Abelleira", "Torvisco", "Schwarzlose", "Pellegrina"]
CITY = {"en": ["Leeds", "Cork", "Pune", "Ballarat", "Durban", "Dayton"],
        "de": ["Ulm", "Kassel", "Graz", "Chur"], "fr": ["Lyon", "Nantes", "Liège", "Annecy"],
        "nl": ["Zwolle", "Gent", "Delft"], "es": ["Sevilla", "Oviedo", "Cádiz", "Rosario"],
        "it": ["Roma", "Bari", "Trento", "Lecce"], "pt": ["Braga", "Coimbra", "Recife", "Campinas"]}

ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.",
           "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
           "dec."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "oct.", "nov.",
           "dic."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag", "giu.", "lug.", "ago.", "set.", "ott.", "nov.",
           "dic."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.",
           "dez."],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# Numeric orders per region: US month first, ZA year first, everyone else day first.
NUMERIC = {
    "US": ["{m}/{d}/{Y}", "{mm}/{dd}/{Y}", "{mm}-{dd}-{Y}", "{m}/{d}/{y}", "{mm}/{dd}/{y}"],
    "UK": ["{dd}/{mm}/{Y}", "{d}/{m}/{y}", "{dd}-{mm}-{Y}", "{dd}.{mm}.{Y}", "{dd}/{mm}/{y}"],
    "ZA": ["{Y}/{mm}/{dd}", "{Y}-{mm}-{dd}", "{dd}/{mm}/{Y}"],
    "de": ["{dd}.{mm}.{Y}", "{d}.{m}.{Y}", "{dd}.{mm}.{y}", "{Y}-{mm}-{dd}"],
    "fr": ["{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}", "{dd}.{mm}.{Y}", "{dd}/{mm}/{y}"],
    "nl": ["{dd}-{mm}-{Y}", "{d}-{m}-{Y}", "{dd}/{mm}/{Y}", "{dd}-{mm}-{y}"],
    "es": ["{dd}/{mm}/{Y}", "{d}/{m}/{Y}", "{dd}-{mm}-{Y}", "{dd}/{mm}/{y}"],
    "it": ["{dd}/{mm}/{Y}", "{d}/{m}/{Y}", "{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}"],
    "pt": ["{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}", "{dd}.{mm}.{Y}", "{d}/{m}/{Y}"],
}
REGION_LANG = {"US": "en", "UK": "en", "IE": "en", "IN": "en", "AU": "en", "ZA": "en", "de": "de",
               "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt", "br": "pt"}


def numeric_order(region):
    return {"IE": "UK", "IN": "UK", "AU": "UK", "br": "pt"}.get(region, region)


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def a_birth():
    return random_ymd(R, 1931, 2011)


def a_recent():
    return random_ymd(R, 2016, 2026)


def numeric(region, y, m, d):
    f = R.choice(NUMERIC[numeric_order(region)])
    return f.format(d=d, m=m, dd="%02d" % d, mm="%02d" % m, Y=y, y="%02d" % (y % 100))


def spelled(lg, y, m, d):
    mn, ab = MONTHS[lg][m - 1], ABBR[lg][m - 1]
    yy = "%02d" % (y % 100)
    forms = {
        "en": [f"{d} {mn} {y}", f"{mn} {d}, {y}", f"{ordinal_en(d)} {mn} {y}",
               f"{mn} {ordinal_en(d)}, {y}", f"the {ordinal_en(d)} of {mn} {y}", f"{d} {ab} {y}",
               f"{ab} {d}, {y}", f"%02d-{ab.upper()[:3]}-{y}" % d, f"{d}-{ab[:3]}-{yy}",
               f"{ab[:3].upper()} %02d {y}" % d, f"{d} {ab} '{yy}"],
        "de": [f"{d}. {mn} {y}", f"{d}. {ab} {y}", f"%02d. {mn} {y}" % d, f"{d}.{mn} {y}"],
        "fr": [f"{'1er' if d == 1 else d} {mn} {y}", f"{d} {ab} {y}", f"{d} {mn.capitalize()} {y}",
               f"le {d} {mn} {y}"],
        "nl": [f"{d} {mn} {y}", f"{d} {ab} {y}", f"{d}-{ab.rstrip('.')}-{y}"],
        "es": [f"{d} de {mn} de {y}", f"{d} de {mn.capitalize()} de {y}", f"{d} {ab} {y}",
               f"{d}/{ab.rstrip('.')}/{y}", f"{'1.º' if d == 1 else d} de {mn} de {y}"],
        "it": [f"{d} {mn} {y}", f"{'1º' if d == 1 else d} {mn} {y}", f"{d} {ab} {y}",
               f"{d} {mn.capitalize()} {y}"],
        "pt": [f"{d} de {mn} de {y}", f"{d} de {mn.capitalize()} de {y}", f"{d} {ab} {y}",
               f"{'1.º' if d == 1 else d} de {mn} de {y}", f"{d}/{ab.rstrip('.')}/{y}",
               f"%02d {ab} {y}" % d],
    }[lg]
    return R.choice(forms)


def special(y, m, d):
    return R.choice([
        "%04d%02d%02d" % (y, m, d), "%04d-%02d-%02dT00:00:00Z" % (y, m, d),
        "%04d-%02d-%02dT00:00:00.000Z" % (y, m, d), "%04d-%02d-%02dT00:00:00+00:00" % (y, m, d),
        "%d.%s.%d" % (d, ROMAN[m - 1], y), "%d %s %d" % (d, ROMAN[m - 1], y),
        "%04d%s%02d%s%02d" % (y, HYPHEN, m, HYPHEN, d), "%02d%s%02d%s%04d" % (d, NDASH, m, NDASH, y),
        "%02d / %02d / %04d" % (d, m, y), "%02d%s%s%s%04d" % (d, THIN, ROMAN[m - 1], THIN, y),
    ])


def a_date(region, kind=None, birth=True):
    y, m, d = a_birth() if birth else a_recent()
    lg = REGION_LANG[region]
    kind = kind or R.choice(["num", "num", "num", "spelled", "spelled", "special"])
    if kind == "num":
        v = numeric(region, y, m, d)
    elif kind == "spelled":
        v = spelled(lg, y, m, d)
    elif kind == "iso":
        v = "%04d-%02d-%02d" % (y, m, d)
    elif kind == "ts":
        v = R.choice(["%04d-%02d-%02dT00:00:00Z", "%04d-%02d-%02dT00:00:00.000Z",
                      "%04d-%02d-%02dT00:00:00"]) % (y, m, d)
    elif kind == "compact":
        v = "%04d%02d%02d" % (y, m, d)
    else:
        v = special(y, m, d)
    if " " in v and R.random() < 0.12:
        v = v.replace(" ", R.choice([NBSP, NNBSP, THIN]))
    return v, y


# ---- a record is built piece by piece -----------------------------------------------------------
records = []


class Doc(BaseDoc):
    """self.lg holds the region (US, UK, de, ...): the record's locale."""
    records = records

    def fill(self, template, **kw):
        self.age = 37  # {A} before any {D}
        return super().fill(template, **kw)

    def slot(self, key, kw):
        """{P} a person, {D} / {D:kind} a date of birth, {X} / {X:kind} a date that is not one,
        {C} a city, {A} the age at the last {D}."""
        key, _, kind = key.partition(":")
        if key == "P":
            self.span("PERSON", kw.get("p") or person())
        elif key == "D":
            v, y = a_date(self.lg, kind or None)
            self.age = 2026 - y
            self.span("DATE_OF_BIRTH", v)
        elif key == "X":
            self.span("NEG_DATE", a_date(self.lg, kind or None, birth=False)[0])
        elif key == "C":
            self.t(R.choice(CITY[REGION_LANG[self.lg]]))
        elif key == "A":
            self.t(str(self.age))
        else:
            raise ValueError(key)


# ---- one-line and two-line forms: a label or a verb, in each language -----------------------------
LINES = {
    "en": ["DOB: {D}", "D.O.B. {D}", "D.O.B {D}", "DoB. {D}", "Date of Birth : {D}",
           "Date of birth (dd/mm/yyyy): {D}", "Birth date - {D}", "Birthdate: {D}", "Birth: {D}",
           "b. {D}, {C}", "{P} (b. {D})", "{P}, b. {D}", "Born {D} in {C}.", "born on {D}",
           "{P} was born on {D} at {C} General.", "DOB {D} ({A} y)", "{A} yo, DOB {D}",
           "{A}yo F, DOB: {D}", "Pt is a {A} y/o M, d.o.b {D}.", "DOB/Age: {D} / {A}",
           "Date of Birth :- {D}", "D.O.B. : {D}", "Birth Date\t{D}", "My birthday is {D}.",
           "DOB - {D} | Visit: {X}", "Date of birth: {D}; date of issue: {X}",
           "Birthday: {D}", "bday {D}", "Name: {P}    DOB: {D}    Seen: {X}"],
    "de": ["Geburtsdatum: {D}", "geb. {D}", "geb. am {D} in {C}", "{P}, geb. {D}",
           "{P} (* {D} in {C})", "* {D} in {C}", "geboren am {D}", "Geb.-Datum: {D}",
           "Geb.: {D}", "Geburtstag: {D}", "Ich bin am {D} geboren.", "Geburtsdatum\t{D}",
           "{P}, geboren {D}, wohnhaft in {C}", "Geburtsdatum: {D} (Alter {A})",
           "Geburtsdatum: {D}, Aufnahme: {X}", "Frau {P}, * {D}"],
    "fr": ["Date de naissance : {D}", "né le {D}", "née le {D}", "Né(e) le : {D}",
           "{P}, né le {D} à {C}", "{P}, née à {C} le {D}", "né à {C} le {D}", "Naissance : {D}",
           "DDN : {D}", "Date de naissance : {D} ({A} ans)", "Né le {D}, délivré le {X}",
           "date_naissance={D}"],
    "nl": ["Geboortedatum: {D}", "geboren op {D}", "{P}, geb. {D} te {C}", "Geb. datum: {D}",
           "geboren te {C} op {D}", "Geboortedatum {D} ({A} jaar)",
           "Geboortedatum: {D} - datum van opname: {X}", "Ik ben geboren op {D}."],
    "es": ["Fecha de nacimiento: {D}", "F. nac.: {D}", "Fecha nac.: {D}", "nacido el {D}",
           "nacida el {D}", "{P}, nacido en {C} el {D}", "nacida en {C} el {D}",
           "Nací el {D} en {C}.", "F. de nacimiento {D} ({A} años)", "FN: {D}",
           "Fecha de nacimiento: {D} - Fecha de ingreso: {X}"],
    "it": ["Data di nascita: {D}", "nato a {C} il {D}", "nata a {C} il {D}", "{P}, nato il {D}",
           "Nato/a il {D}", "data nascita {D}", "Data di nascita: {D} (età {A})", "n. il {D}",
           "Sono nata il {D} a {C}.", "Data di nascita: {D} - data di ricovero: {X}"],
    "pt": ["Data de nascimento: {D}", "nascido em {D}", "nascida em {D} em {C}",
           "{P}, nascido a {D}", "Nasc.: {D}", "D.N.: {D}", "Data de Nasc.: {D}", "DN: {D}",
           "{P}, natural de {C}, nascida em {D}", "Nasci em {D}.",
           "Data de nascimento: {D} ({A} anos)", "Data de nascimento: {D}, data de emissão: {X}"],
}
OCR = {  # label on one line, value on the next (a PDF's text layer, a scanned form)
    "en": ["DATE OF BIRTH\n{D}", "D.O.B\n\n{D}", "Date of birth\n   {D}\nPlace of birth\n   {C}",
           "Surname / Nom\n{P}\nDate of birth / Date de naissance\n{D}\nDate of issue / Date de délivrance\n{X}\nDate of expiry\n{X}"],
    "de": ["Geburtsdatum\n{D}", "Geburtsdatum / Date of birth\n{D}\nAusstellungsdatum\n{X}\nGültig bis\n{X}"],
    "fr": ["Date de naissance\n{D}\nLieu de naissance\n{C}", "Date de naissance :\n\n{D}"],
    "nl": ["Geboortedatum\n{D}\nGeboorteplaats\n{C}", "Geboortedatum / Date of birth\n{D}\nDatum van afgifte\n{X}"],
    "es": ["FECHA DE NACIMIENTO\n{D}", "Fecha de nacimiento\n{D}\nFecha de expedición\n{X}"],
    "it": ["Data di nascita\n{D}", "DATA DI NASCITA\n{D}\nDATA DI RILASCIO\n{X}"],
    "pt": ["Data de nascimento\n{D}", "DATA DE NASCIMENTO\n{D}\nValidade\n{X}",
           "Filiação\n{P}\nData de Nascimento\n{D}"],
}


def lines():
    for region, lg in REGION_LANG.items():
        reps = 2 if lg == "en" else 3
        for _ in range(reps if region not in ("US", "UK") else 3):
            for tpl in R.sample(LINES[lg], min(len(LINES[lg]), 9)):
                Doc(region, "line").fill(tpl).done()
            for tpl in OCR[lg]:
                Doc(region, "ocr").fill(tpl).done()


# ---- tables: the header names the column, the date sits several lines below -----------------------
HEADERS = {
    "en": (["Name", "DOB", "Hire date"], ["name", "date_of_birth", "admitted"],
           ["Patient", "Birth Date", "Visit"], ["Full name", "D.O.B.", "Date of death"]),
    "de": (["Name", "Geburtsdatum", "Eintritt"], ["Name", "Geb.-Datum", "Sterbedatum"],
           ["Patient", "geboren", "Aufnahme"]),
    "fr": (["Nom", "Date de naissance", "Date d'embauche"], ["nom", "date_naissance", "admission"]),
    "nl": (["Naam", "Geboortedatum", "In dienst"], ["naam", "geb. datum", "opname"]),
    "es": (["Nombre", "Fecha de nacimiento", "Fecha de alta"], ["nombre", "fecha_nac", "ingreso"]),
    "it": (["Nome", "Data di nascita", "Data assunzione"], ["nome", "data_nascita", "ricovero"]),
    "pt": (["Nome", "Data de nascimento", "Admissão"], ["nome", "data_nasc", "data_admissao"],
           ["Nome", "Nascimento", "Óbito"]),
}


def table(region, style):
    lg = REGION_LANG[region]
    head = R.choice(HEADERS[lg])
    swap = R.random() < 0.4  # the birth column last
    if swap:
        head = [head[0], head[2], head[1]]
    n = R.randint(2, 5)
    kind = R.choice(["num", "num", "iso", "spelled"] if style not in ("csv", "tsv") else ["num", "iso"])
    rows = []
    for _ in range(n):
        p = person()
        b = a_date(region, kind)[0]
        x = a_date(region, kind, birth=False)[0]
        rows.append([("PERSON", p), ("NEG_DATE", x) if swap else ("DATE_OF_BIRTH", b),
                     ("DATE_OF_BIRTH", b) if swap else ("NEG_DATE", x)])
    doc = Doc(region, "table_" + style)
    intro = {"en": "Export from the staff database:\n\n", "de": "Auszug aus der Personalliste:\n\n",
             "fr": "Extrait du registre :\n\n", "nl": "Uittreksel uit het register:\n\n",
             "es": "Extracto del registro:\n\n", "it": "Estratto dal registro:\n\n",
             "pt": "Extrato do registo:\n\n"}[lg]
    if R.random() < 0.6:
        doc.t(intro)
    if style in ("csv", "tsv"):
        sep = "," if style == "csv" else "\t"
        if style == "csv" and lg in ("de", "fr", "nl", "es", "it", "pt") and R.random() < 0.5:
            sep = ";"
        doc.t("id" + sep + sep.join(head) + "\n")
        for i, row in enumerate(rows):
            doc.t(str(101 + i))
            for lab, v in row:
                doc.t(sep)
                q = '"' if sep == "," and ("," in v or R.random() < 0.3) else ""
                doc.t(q).span(lab, v).t(q)
            doc.t("\n")
    elif style in ("markdown", "psql"):
        w = [max(len(h), *(len(r[c][1]) for r in rows)) for c, h in enumerate(head)]
        if style == "markdown":
            doc.t("| " + " | ".join(h.ljust(w[c]) for c, h in enumerate(head)) + " |\n")
            doc.t("|" + "|".join(":" + "-" * (w[c] + 1) for c in range(3)) + "|\n")
        else:
            doc.t(" " + " | ".join(h.ljust(w[c]) for c, h in enumerate(head)) + "\n")
            doc.t("-" + "-+-".join("-" * w[c] for c in range(3)) + "-\n")
        for row in rows:
            doc.t("| " if style == "markdown" else " ")
            for c, (lab, v) in enumerate(row):
                doc.span(lab, v).t(" " * (w[c] - len(v)))
                doc.t(" | " if c < 2 else (" |" if style == "markdown" else ""))
            doc.t("\n")
        if style == "psql":
            doc.t("(%d rows)\n" % n)
    elif style == "mysql":
        w = [max(len(h), *(len(r[c][1]) for r in rows)) for c, h in enumerate(head)]
        rule = "+" + "+".join("-" * (w[c] + 2) for c in range(3)) + "+\n"
        doc.t("mysql> SELECT * FROM people;\n" + rule)
        doc.t("| " + " | ".join(h.ljust(w[c]) for c, h in enumerate(head)) + " |\n" + rule)
        for row in rows:
            doc.t("| ")
            for c, (lab, v) in enumerate(row):
                doc.span(lab, v).t(" " * (w[c] - len(v)) + (" | " if c < 2 else " |"))
            doc.t("\n")
        doc.t(rule + "%d rows in set (0.00 sec)\n" % n)
    elif style == "fixed":
        w = [max(len(h), *(len(r[c][1]) for r in rows)) + R.randint(2, 6) for c, h in enumerate(head)]
        doc.t("".join(h.upper().ljust(w[c]) for c, h in enumerate(head)).rstrip() + "\n")
        if R.random() < 0.5:
            doc.t("".join(("=" * (w[c] - 2)).ljust(w[c]) for c in range(3)).rstrip() + "\n")
        for row in rows:
            for c, (lab, v) in enumerate(row):
                doc.span(lab, v)
                if c < 2:
                    doc.t(" " * (w[c] - len(v)))
            doc.t("\n")
    elif style == "html":
        doc.t("<table>\n  <tr>" + "".join("<th>%s</th>" % h for h in head) + "</tr>\n")
        one_per_line = R.random() < 0.5
        for row in rows:
            doc.t("  <tr>" + ("\n" if one_per_line else ""))
            for lab, v in row:
                doc.t("    <td>" if one_per_line else "<td>").span(lab, v)
                doc.t("</td>\n" if one_per_line else "</td>")
            doc.t("  </tr>\n" if one_per_line else "</tr>\n")
        doc.t("</table>\n")
    doc.done()


# ---- keys: JSON, YAML, XML ----------------------------------------------------------------------
BIRTH_KEYS = ["DOB", "dob", "Dob", "BirthDate", "birthDate", "birth_date", "dateOfBirth",
              "DateOfBirth", "date_of_birth", "DATE_OF_BIRTH", "birthday", "date_naissance",
              "dateNaissance", "fechaNacimiento", "fecha_nacimiento", "dataNascita", "data_nascita",
              "geboortedatum", "Geboortedatum", "geburtsdatum", "Geburtstag", "geburtstag",
              "dataNascimento", "data_nascimento", "dt_nasc", "patient_dob", "dobIso", "birth"]
OTHER_KEYS = ["createdAt", "updated_at", "admissionDate", "issueDate", "expiryDate", "hireDate",
              "deathDate", "date_of_death", "visitDate", "lastLogin", "dataAdmissao",
              "fechaIngreso", "Sterbedatum", "validUntil"]


def keyed(region):
    lg = REGION_LANG[region]
    bk = R.choice(BIRTH_KEYS)
    ok = R.sample(OTHER_KEYS, 2)
    kind = R.choice(["iso", "iso", "ts", "ts", "num", "compact"])
    style = R.choice(["json", "json", "json1", "yaml", "xml", "fhir"])
    doc = Doc(region, "keys_" + style)
    name_key = R.choice(["name", "fullName", "nome", "nombre", "Name"])
    if style == "json":
        doc.t('{\n  "id": %d,\n  "%s": "' % (R.randint(1000, 9999), name_key)).fill("{P}")
        doc.t('",\n  "%s": "' % bk).fill("{D:%s}" % kind)
        doc.t('",\n  "%s": "' % ok[0]).fill("{X:%s}" % kind).t('",\n  "active": true\n}')
    elif style == "json1":
        doc.t('{"%s":"' % ok[0]).fill("{X:%s}" % kind).t('","patient":{"%s":"' % name_key)
        doc.fill("{P}").t('","%s":"' % bk).fill("{D:%s}" % kind).t('","%s":"' % ok[1])
        doc.fill("{X:%s}" % kind).t('"}}')
    elif style == "yaml":
        doc.t("- %s: " % name_key).fill("{P}").t("\n  %s: " % bk).fill("{D:%s}" % kind)
        doc.t("\n  %s: " % ok[0]).fill("{X:%s}" % kind).t("\n  role: member\n")
    elif style == "xml":
        doc.t("<person>\n  <%s>" % name_key).fill("{P}").t("</%s>\n  <%s>" % (name_key, bk))
        doc.fill("{D:%s}" % kind).t("</%s>\n  <%s>" % (bk, ok[0])).fill("{X:%s}" % kind)
        doc.t("</%s>\n</person>" % ok[0])
    else:  # FHIR Patient, JSON or XML
        if R.random() < 0.5:
            doc.t('{"resourceType": "Patient", "name": [{"text": "').fill("{P}")
            doc.t('"}], "gender": "female", "birthDate": "').fill("{D:iso}")
            doc.t('", "meta": {"lastUpdated": "').fill("{X:ts}").t('"}}')
        else:
            doc.t('<Patient xmlns="http://hl7.org/fhir">\n  <name><text value="').fill("{P}")
            doc.t('"/></name>\n  <birthDate value="').fill("{D:iso}").t('"/>\n</Patient>')
    doc.done()


# ---- documents: forms, letters, genealogy, notes -----------------------------------------------------
DOCS = {
    "en": ["PATIENT INTAKE\nName: {P}\nSex: F\nDOB: {D}\nDate of visit: {X}\nReason: follow-up\n",
           "Employee record\n---------------\nName ........ {P}\nBirth date .. {D}\nHire date ... {X}\n",
           "Hi team,\n\nPlease update the file for {P}: date of birth should read {D}, not {X} "
           "(that is the date she joined).\n\nThanks",
           "{P}\nb. {D}, {C}\nd. {X}, {C}\n",
           "Discharge summary\nPatient: {P}    DOB: {D}\nAdmitted: {X}    Discharged: {X}\n",
           "Claim no. 4471\nInsured: {P}\nDate of Birth\n{D}\nDate of Loss\n{X}\n",
           "Happy anniversary! We married on {X}. Our son {P} was born {D}.",
           "Student: {P}\nRoll No: 27\nD.O.B. : {D}\nDate of Admission : {X}\n",
           "Release notes\nv2.4 released {X}\nThanks to {P} (b. {D}) for the patch.\n"],
    "de": ["Patientenaufnahme\nName: {P}\nGeburtsdatum: {D}\nAufnahmedatum: {X}\n",
           "{P}\n* {D} in {C}\n† {X} in {C}\n",
           "Sehr geehrte Damen und Herren,\n\nich, {P}, geboren am {D} in {C}, beantrage ...\n\n"
           "{C}, den {X}",
           "Personalbogen\nName: {P}\nGeb.-Datum:\n{D}\nEintrittsdatum:\n{X}\n"],
    "fr": ["Fiche patient\nNom : {P}\nDate de naissance : {D}\nDate d'admission : {X}\n",
           "Je soussignée {P}, née le {D} à {C}, certifie ...\nFait à {C}, le {X}",
           "{P}\nné à {C} le {D}\ndécédé le {X}\n"],
    "nl": ["Intakeformulier\nNaam: {P}\nGeboortedatum: {D}\nDatum intake: {X}\n",
           "Ondergetekende {P}, geboren te {C} op {D}, verklaart ...\n{C}, {X}"],
    "es": ["Ficha del paciente\nNombre: {P}\nFecha de nacimiento: {D}\nFecha de ingreso: {X}\n",
           "Yo, {P}, nacido en {C} el {D}, declaro ...\nEn {C}, a {X}"],
    "it": ["Scheda paziente\nNome: {P}\nData di nascita: {D}\nData ricovero: {X}\n",
           "Il sottoscritto {P}, nato a {C} il {D}, dichiara ...\n{C}, {X}"],
    "pt": ["Ficha do utente\nNome: {P}\nData de nascimento: {D}\nData de admissão: {X}\n",
           "Eu, {P}, nascida em {C} a {D}, declaro ...\n{C}, {X}",
           "Certidão\nNome: {P}\nD.N.: {D}\nData de emissão: {X}\n"],
}


def documents():
    for region, lg in REGION_LANG.items():
        for _ in range(2 if lg == "en" else 3):
            for tpl in DOCS[lg]:
                Doc(region, "document").fill(tpl).done()


lines()
for _ in range(3):
    for region in REGION_LANG:
        table(region, R.choice(["csv", "tsv", "markdown", "psql", "mysql", "fixed", "html"]))
for style in ["csv", "tsv", "markdown", "psql", "mysql", "fixed", "html"]:
    for _ in range(4):
        table(R.choice(list(REGION_LANG)), style)
for _ in range(5):
    for region in REGION_LANG:
        keyed(region)
documents()

# ---- a birth word, then a date that is not the birth on the same line (no number between) --------
NEAR = {
    "en": ["Place of birth: {C}, admitted {X}", "Birth certificate issued on {X}.",
           "Born and raised in {C}; joined the team on {X}.", "Copy of the birth certificate received {X}",
           "The birth was registered on {X} in {C}.", "Country of birth: Ireland - visa expires {X}",
           "Birthplace {C}, last visit {X}", "Her birthday party is on {X} at the club."],
    "de": ["Geburtsort: {C}, aufgenommen am {X}", "Geburtsurkunde ausgestellt am {X}",
           "Geburtsort {C} - verstorben am {X}"],
    "fr": ["Lieu de naissance : {C}, date d'admission : {X}", "Acte de naissance délivré le {X}",
           "Lieu de naissance : {C} - décédé le {X}"],
    "nl": ["Geboorteplaats: {C}, datum van afgifte {X}", "Geboorteakte afgegeven op {X}"],
    "es": ["Lugar de nacimiento: {C}; fecha de ingreso: {X}", "Certificado de nacimiento expedido el {X}"],
    "it": ["Luogo di nascita: {C}, data di ricovero {X}", "Certificato di nascita rilasciato il {X}"],
    "pt": ["Local de nascimento: {C}; data de emissão {X}", "Certidão de nascimento emitida em {X}",
           "Natural de {C}, nascida no Porto; óbito em {X}"],
}
for region, lg in REGION_LANG.items():
    for tpl in NEAR[lg]:
        Doc(region, "negative").fill(tpl).done()

# ---- rules and examples: a date after a birth word that is a threshold, a format's example or the
# day the record changed, and SQL DATETIME columns that hold a birth date at midnight -------------
RULES = {
    "en": ["Applicants born after {X} are not eligible.", "Patients born before {X} get the booster.",
           "Date of birth (format DD/MM/YYYY, e.g. {X})", "DOB updated on {X} by the front desk.",
           "Only members born between {X} and {X} may enter."],
    "de": ["Teilnahme nur für Personen geboren vor dem {X}.", "Geburtsdatum (Format TT.MM.JJJJ, z. B. {X})",
           "Geburtsdatum geändert am {X}"],
    "fr": ["Réservé aux personnes nées avant le {X}.", "Date de naissance (par exemple {X})"],
    "nl": ["Alleen voor wie geboren is vanaf {X}.", "Geboortedatum (bijvoorbeeld {X})"],
    "es": ["Solo para nacidos después del {X}.", "Fecha de nacimiento (ejemplo: {X})"],
    "it": ["Riservato ai nati dopo il {X}.", "Data di nascita (esempio: {X})"],
    "pt": ["Apenas para nascidos antes de {X}.", "Data de nascimento (exemplo: {X})"],
}
for region, lg in REGION_LANG.items():
    for tpl in RULES[lg]:
        Doc(region, "negative").fill(tpl).done()
# ---- another event's date right before a birth word that labels the next date ---------------------
BEFORE = {
    "en": ["Admitted {X}, born {D}.", "Seen on {X}; date of birth {D}", "Visit {X}, DOB {D}"],
    "de": ["Aufnahme am {X}, geboren am {D}", "Eintritt {X}, Geburtsdatum {D}"],
    "fr": ["Admis le {X}, né le {D}"], "nl": ["Opname {X}, geboren op {D}"],
    "es": ["Ingreso el {X}, nacido el {D}"], "it": ["Ricovero il {X}, nato il {D}"],
    "pt": ["Admissão em {X}, nascido em {D}"],
}
for region, lg in REGION_LANG.items():
    for tpl in BEFORE[lg]:
        Doc(region, "negative").fill(tpl).done()
# ---- names and places that start like a birth word ("Dobrev", "Bornholm") before a date ----------
for region, tpl in [("UK", "Kind regards,\n{P}, {X}"), ("de", "Protokoll: {P}, {X}"),
                    ("US", "Signed: {P} on {X}"), ("de", "Bornholm, {X}: Abfahrt der Fähre"),
                    ("fr", "Borneo, {X} : arrivée à Kuching"), ("it", "Firmato {P}, {X}")]:
    Doc(region, "negative").fill(tpl, p=R.choice(["Ivan Dobrev", "Ana Dobrovolska", "Jens Bornemann",
                                                   "Mira Dobson"])).done()
# ---- another field's label between the birth field and the date -----------------------------------
for region, tpl in [("UK", "Place of birth: {C}, Date: {X}"), ("US", "DOB: unknown; Date: {X}"),
                    ("de", "Geburtsort: {C}; Datum: {X}"), ("fr", "Lieu de naissance : {C} | Date : {X}"),
                    ("es", "Lugar de nacimiento: {C}, Fecha: {X}"), ("pt", "Naturalidade: {C}; nascimento: n/d; Data: {X}"),
                    ("IN", "Birth place - {C}    Dated: {X}")]:
    Doc(region, "negative").fill(tpl).done()
# ---- day, month and year run together, as airline, military and hospital systems print them -----
for region, tpl in [("UK", "PAX 1 COSTA/ANA MRS DOB {B}"), ("US", "DOB: {B}  SEX: F"),
                    ("IE", "Patient: {P}, DOB {B}"), ("AU", "D.O.B {B}"), ("de", "geb. {B}"),
                    ("IN", "Date of Birth: {B}"), ("ZA", "Birth date {B}"), ("UK", "Flight BA117 on {N}")]:
    y, m, d = a_birth()
    v = "%02d%s%s" % (d, ABBR["en"][m - 1][:3].upper(), R.choice([str(y), "%02d" % (y % 100)]))
    if "{N}" in tpl:
        y, m, d = a_recent()
        v = "%02d%s%d" % (d, ABBR["en"][m - 1][:3].upper(), y)
        doc = Doc(region, "negative").t(tpl.split("{N}")[0]).span("NEG_DATE", v)
    else:
        doc = Doc(region, "line").fill(tpl.split("{B}")[0]).span("DATE_OF_BIRTH", v).t(tpl.split("{B}")[1])
    doc.done()
for region in ["US", "UK", "de", "pt", "es", "it"]:
    y, m, d = a_birth()
    doc = Doc(region, "table_sql_datetime")
    doc.t("mysql> SELECT name, birth_date, created_at FROM customers;\n+----+----+----+\n")
    doc.t("| name | birth_date | created_at |\n+----+----+----+\n")
    for _ in range(3):
        y, m, d = a_birth()
        doc.t("| ").fill("{P}").t(" | ").span("DATE_OF_BIRTH", "%04d-%02d-%02d 00:00:00" % (y, m, d))
        y, m, d = a_recent()
        doc.t(" | ").span("NEG_DATE", "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, R.randint(0, 23),
                                                                       R.randint(0, 59), R.randint(1, 59)))
        doc.t(" |\n")
    doc.done()
    doc = Doc(region, "keys_sql_datetime")
    y, m, d = a_birth()
    doc.t('{"name": "').fill("{P}").t('", "dob": "').span("DATE_OF_BIRTH", "%04d-%02d-%02d 00:00:00" % (y, m, d))
    doc.t('", "last_login": "2024-03-05 17:22:09"}').done()

documents()  # a second draw of the documents: half the records are multi-line

write_json(records)
