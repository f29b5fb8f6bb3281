#!/usr/bin/env python3
"""gen_dob15.py: a DATE_OF_BIRTH tune set for dates of birth in documents a prompt carries that
no earlier dob generator wrote (issue 15, branch dob15), written before the rules were read:

- clinical notes and referrals: `62 y/o F, DOB 3/4/61`, `Pt: KELLER, Maria (04.03.1961, 62J,
  w)`, the German star `*04.03.1961`, `geb. am`, `b. 4 Mar 1961`, `(born 1961-03-04)` after a
  name in a roster, an age that agrees with the date, admission and visit dates beside it;
- HR and visa forms in two columns, Markdown and ASCII tables whose header (`DOB`, `Birthdate`,
  `Date de naissance`...) is lines above their rows, beside issue and expiry columns;
- key-value lists with abbreviated birth keys (`D.O.B.`, `Geb.-Dat.`, `F. nac.`, `DN`, `Geb.`,
  `nato il`, `nascido em`, `data de nascimento`, `geboren op`, `née le`);
- dates in words in each locale (`4 de marzo de 1961`, `4 maart 1961`, `le 4 mars 1961`, `4th of
  March, 1961`, `March the 4th 1961`), two-digit years, ISO with a time under `birthDate`;
- `DOB:` with the date on the next line, or after the name and a comma; a birthday with an age
  (`she turns 63 on March 4`): a birth date without its year, labelled DATE_OF_BIRTH as dob7,
  dob8 and dob_tune4/5 label `her birthday is August 15th`.

Not PII, labelled NEG_DATE: issue, expiry, admission, visit and appointment dates in the same
documents, `born in 1961` (a year alone, no date), epoch numbers under a birth key (no date as
written), changelog and release dates, `created_at`. {P} full name, {G} given, {S} surname,
{U} SURNAME in capitals (PERSON); {D} the birth date (DATE_OF_BIRTH, NEG_DATE in a `_neg` class),
{D:form} forces its form; {E} another event's date (NEG_DATE); {A} the age that agrees with the
next (or last) {D}; {Y} a birth year alone; {T} an epoch number; {N} a number. Names invented
from syllables or drawn from short real lists; en/de/fr/nl/es/it/pt. Deterministic, stdlib only:
python3 gen_dob15.py > data/dob15.json
"""
import random
import gen_common
from gen_common import MONTHS

R = random.Random(150015)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
REAL = {
    "en": (["Maria", "Declan", "Shanice", "Gareth", "Ifeoma", "Rhys"],
           ["Keller", "Brennan", "Adeyemi", "Holloway", "Nakamura", "Pryce"]),
    "de": (["Ursula", "Jörg", "Sabine", "Dieter", "Aylin"], ["Keller", "Brandt", "Hofmann",
                                                            "Yilmaz", "Wendt"]),
    "fr": (["Martine", "Gaël", "Solène", "Thierry"], ["Lefebvre", "Garnier", "Benali", "Perrin"]),
    "nl": (["Anouk", "Bram", "Femke", "Ruud"], ["de Groot", "Bakker", "Visser", "Mulder"]),
    "es": (["Lucía", "Jorge", "Inés", "Rodrigo"], ["Navarro", "Castillo", "Ortega", "Molina"]),
    "it": (["Chiara", "Matteo", "Giulia", "Davide"], ["Ferraro", "Ricci", "Marino", "Greco"]),
    "pt": (["Beatriz", "Tiago", "Leonor", "Duarte"], ["Ferreira", "Sousa", "Carvalho", "Almeida"]),
}
NOW = (2026, 12, 4)
records = []


def person(lg):
    if R.random() < 0.45:
        g, s = REAL[lg]
        return R.choice(g), R.choice(s)
    syl, end = gen_common.SYL7[lg], gen_common.END7[lg]
    return (gen_common.invent_syllables(R, syl, end, False),
            gen_common.invent_syllables(R, syl, end, True))


def age_at(y, m, d):
    return NOW[0] - y - (1 if (m, d) > NOW[1:] else 0)


def words(lg, y, m, d):
    mo = MONTHS[lg][m - 1]
    if lg == "en":
        return R.choice(["%s of %s, %d" % (gen_common.ordinal_en(d), mo, y),
                         "%s the %s %d" % (mo, gen_common.ordinal_en(d), y),
                         "%s of %s %d" % (gen_common.ordinal_en(d), mo, y),
                         "%d %s %d" % (d, mo, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    if lg == "fr" and d == 1:
        return "1er %s %d" % (mo, y)
    return "%d %s %d" % (d, mo, y)


def date_of(lg, y, m, d, form=None):
    forms = {
        "dmy": "%02d/%02d/%d" % (d, m, y), "dot": "%02d.%02d.%d" % (d, m, y),
        "iso": "%d-%02d-%02d" % (y, m, d), "us": "%d/%d/%d" % (m, d, y),
        "usyy": "%d/%d/%02d" % (m, d, y % 100), "dotyy": "%02d.%02d.%02d" % (d, m, y % 100),
        "dmyy": "%02d/%02d/%02d" % (d, m, y % 100), "dash": "%02d-%02d-%d" % (d, m, y),
        "isot": "%d-%02d-%02dT00:00:00" % (y, m, d) + R.choice(["Z", ".000Z", "", "+00:00"]),
        "mon": "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y),
        "md": "%s %d" % (MONTHS["en"][m - 1], d),
        "words": words(lg, y, m, d),
    }
    if form is None:
        form = R.choice(["dmy", "dot", "iso", "words", "words", "dash"] +
                        (["us", "mon"] if lg == "en" else ["dot"] if lg == "de" else []))
    return forms[form]


class Doc(gen_common.Doc):
    records = records

    def fill_tpl(self, tpl, neg, lo, hi):
        dates = [gen_common.random_ymd(R, lo, hi) for _ in range(tpl.count("{D"))]
        di = 0
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.find("}", j)
            key = tpl[j + 1:k]
            if k < 0 or key.split(":")[0] not in ("P", "S", "G", "U", "D", "E", "N", "A", "Y",
                                                  "T"):
                self.t("{")
                i = j + 1
                continue
            form = None
            if ":" in key:
                key, form = key.split(":")
            if key in ("P", "S", "G", "U"):
                g, s = person(self.lg)
                v = {"P": g + " " + s, "S": s, "G": g, "U": s.upper()}[key]
                self.span("PERSON", v)
            elif key == "D":
                y, m, d = dates[di]
                di += 1
                self.span("NEG_DATE" if neg else "DATE_OF_BIRTH", date_of(self.lg, y, m, d, form))
            elif key == "E":
                y, m, d = gen_common.random_ymd(R, NOW[0] - 6, NOW[0] + 1)
                self.span("NEG_DATE", date_of(self.lg, y, m, d, form))
            elif key == "A":
                self.t(str(age_at(*dates[min(di, len(dates) - 1)])) if dates else
                       str(R.randint(20, 80)))
            elif key == "Y":
                self.t(str(R.randint(lo, hi)))
            elif key == "T":
                self.t(str(R.choice([-1, 1]) * R.randint(10 ** 8, 9 * 10 ** 8)))
            elif key == "N":
                self.t(str(R.randint(2, 9999)))
            i = k + 1
        return self


def emit(cls, table, n, neg=False, lo=1935, hi=2006):
    for k in range(n):
        lg = LANGS[k % 7] if len(table) > 1 else "en"
        tpls = table[lg]
        doc = Doc(lg, cls)
        doc.fill_tpl(R.choice(tpls), neg, lo, hi)
        doc.done()


# ---- clinical notes and referrals ---------------------------------------------------------------
CLINIC = {
    "en": ["{A} y/o F, DOB {D:usyy}, presents with chest pain since {E:us}.",
           "{A}yo M (DOB {D:us}) referred by GP for review on {E:us}.",
           "Referral\nPt: {U}, {G} ({D:dmy}, {A}F)\nReason: persistent cough",
           "HPI: {A}-year-old woman, DOB {D:mon}, admitted {E:mon} with fever.",
           "Pt {P}, {A} y.o. male, d.o.b. {D:dmy}, seen in clinic {E:dmy}.",
           "ED triage: {U}, {G} | {A}M | DOB {D:us} | arrived {E:us} 03:14",
           "Discharge summary - {P} (b. {D:mon}), admitted {E:mon}, discharged {E:mon}.",
           "Ward round: bed 4 {P} {A}F *{D:dmy}, post-op day 2",
           "Dear Dr {S},\nRe: {P}, DOB {D:usyy}, NHS no. {N} {N} {N}\nThank you for seeing this {A} "
           "year old gentleman.",
           "CC: SOB. {A} y/o F ({D:us}). Last visit {E:us}."],
    "de": ["Pat.: {U}, {G} ({D:dot}, {A}J, w)\nAufnahme am {E:dot}",
           "Pat. {P} *{D:dot}, {A} J., m., stationäre Aufnahme {E:dot}",
           "Überweisung: {P}, geb. am {D:dot}, zur Abklärung",
           "Arztbrief\nBetr.: {P}, *{D:dot}\nSehr geehrte Kollegin, wir berichten über Ihre "
           "{A}-jährige Patientin.",
           "{U}, {G} ({D:dotyy}) – Vorstellung am {E:dot}",
           "Patientin {P}, geb. {D:dot} ({A} J.), Termin {E:dot}"],
    "fr": ["Patiente : {U} {G}, née le {D:dmy} ({A} ans), admise le {E:dmy}",
           "Mme {P} ({A} ans, DDN {D:dmy}) adressée pour bilan le {E:dmy}.",
           "Lettre de liaison\nM. {P}, né le {D:words}, hospitalisé du {E:dmy} au {E:dmy}.",
           "Pat. {U} {G} °{D:dmy}, {A} a, consultation du {E:dmy}"],
    "nl": ["Pt. {P}, geb. {D:dash}, {A} jr, opname {E:dash}",
           "Verwijzing: mevr. {P} (geboren op {D:words}), {A} jaar",
           "Patiënt {U}, {G} ({D:dash}, {A}j, m) - consult {E:dash}"],
    "es": ["Paciente: {P}, {A} años, F. nac.: {D:dmy}, ingreso {E:dmy}",
           "Mujer de {A} años (FN {D:dmy}) remitida a consulta el {E:dmy}.",
           "Informe de alta\n{U}, {G}, nacida el {D:words}, ingresó el {E:dmy}."],
    "it": ["Paziente {P}, nato il {D:dmy}, {A} anni, ricovero {E:dmy}",
           "Sig.ra {P} (nata il {D:words}), visita del {E:dmy}",
           "Lettera di dimissione\n{U} {G}, n. {D:dmy}, {A} aa"],
    "pt": ["Utente {P}, {A} anos, data de nascimento {D:dmy}, consulta {E:dmy}",
           "Doente: {U}, {G} (DN {D:dmy}, {A}A, F)",
           "Nota de alta\n{P}, nascida em {D:words}, internada a {E:dmy}."],
}
ROSTER = {
    "en": ["Attendees\n- {P} (born {D:iso})\n- {P} (born {D:iso})\n- {P} (born {D:iso})",
           "Team roster:\n{P} (b. {D:mon}), {P} (b. {D:mon}), {P} (b. {D:mon})",
           "Children: {G} (born {D:iso}), {G} (born {D:iso})"],
    "de": ["Teilnehmer\n- {P} (*{D:dot})\n- {P} (*{D:dot})", "Kinder: {G} (geb. {D:dot}), {G} (geb. "
           "{D:dot})"],
    "fr": ["Participants\n- {P} (née le {D:dmy})\n- {P} (né le {D:dmy})"],
    "nl": ["Deelnemers\n- {P} (geb. {D:dash})\n- {P} (geb. {D:dash})"],
    "es": ["Participantes\n- {P} (nac. {D:dmy})\n- {P} (nac. {D:dmy})"],
    "it": ["Partecipanti\n- {P} (n. {D:dmy})\n- {P} (n. {D:dmy})"],
    "pt": ["Participantes\n- {P} (nasc. {D:dmy})\n- {P} (nasc. {D:dmy})"],
}
# ---- tables whose header is lines above, forms in two columns -----------------------------------
TABLE = {
    "en": ["| Name | DOB | Visit |\n|---|---|---|\n| {P} | {D:us} | {E:us} |\n| {P} | {D:us} | "
           "{E:us} |",
           "+----------------+------------+-------------+\n| Employee       | Birthdate  | Start date  "
           "|\n+----------------+------------+-------------+\n| {P} | {D:iso} | {E:iso} |\n| {P} | "
           "{D:iso} | {E:iso} |",
           "Applicant details\nSurname            Given names         Date of birth\n{U}         "
           "{G}             {D:mon}\nPassport issued {E:mon}, expires {E:mon}",
           "Full name: {P}                Date of issue: {E:dmy}\nD.O.B.: {D:dmy}               "
           "Date of expiry: {E:dmy}",
           "Name | Birthdate | Visa expiry\n{P} | {D:dmy} | {E:dmy}\n{P} | {D:dmy} | {E:dmy}"],
    "de": ["| Name | Geb.-Dat. | Eintritt |\n|---|---|---|\n| {P} | {D:dot} | {E:dot} |\n| {P} | "
           "{D:dot} | {E:dot} |",
           "Mitarbeiter        Geburtsdatum    Ausstellung\n{P}    {D:dot}      {E:dot}"],
    "fr": ["| Nom | Date de naissance | Date d'entrée |\n|---|---|---|\n| {P} | {D:dmy} | {E:dmy} "
           "|\n| {P} | {D:dmy} | {E:dmy} |",
           "Nom : {P}                 Délivré le : {E:dmy}\nDate de naissance : {D:dmy}     "
           "Expire le : {E:dmy}"],
    "nl": ["| Naam | Geboortedatum | In dienst |\n|---|---|---|\n| {P} | {D:dash} | {E:dash} |"],
    "es": ["| Nombre | F. nac. | Alta |\n|---|---|---|\n| {P} | {D:dmy} | {E:dmy} |\n| {P} | {D:dmy}"
           " | {E:dmy} |"],
    "it": ["| Nome | Data di nascita | Assunzione |\n|---|---|---|\n| {P} | {D:dmy} | {E:dmy} |"],
    "pt": ["| Nome | Data de nascimento | Admissão |\n|---|---|---|\n| {P} | {D:dmy} | {E:dmy} |"],
}
# ---- key-value lists with abbreviated birth keys ------------------------------------------------
KV = {
    "en": ["Name: {P}\nD.O.B.: {D}\nIssued: {E}", "Surname: {U}\nForename: {G}\nD.O.B. {D:dmy}\n"
           "Expiry: {E:dmy}", "Client: {P}; D.O.B {D:us}; Member since {E:us}"],
    "de": ["Name: {P}\nGeb.-Dat.: {D:dot}\nAusgestellt: {E:dot}", "Name: {U}, {G}\nGeb.: {D:dot}\n"
           "Gültig bis: {E:dot}", "Versicherte/r: {P}, Geb.-Dat. {D:dotyy}"],
    "fr": ["Nom : {P}\nNée le : {D}\nDélivrée le : {E:dmy}", "Assuré : {U} {G} - né le {D:dmy}"],
    "nl": ["Naam: {P}\nGeboren op: {D}\nAfgegeven: {E:dash}", "Naam: {P}, geboren op {D:dash}"],
    "es": ["Nombre: {P}\nF. nac.: {D:dmy}\nExpedición: {E:dmy}", "Titular: {P} | F. nac. {D} | "
           "Caduca: {E:dmy}", "Nombre: {P}\nFecha de nac.: {D:dmyy}"],
    "it": ["Cognome: {U}\nNome: {G}\nnato il {D:dmy}\nrilasciata il {E:dmy}",
           "Nominativo: {P}, nata il {D}"],
    "pt": ["Nome: {P}\nNascido em: {D}\nEmissão: {E:dmy}", "Nome: {P}\nData de nascimento: {D:dmy}"
           "\nValidade: {E:dmy}", "Nome: {P}\nDN: {D:dmy}\nCC n.º {N}"],
}
# ---- dates in words -----------------------------------------------------------------------------
WORDS = {
    "en": ["{P} was born on the {D:words}.", "Date of birth: {D:words}",
           "I'm {G}, born {D:words}, looking for a flat.", "My mother {P} was born {D:words}."],
    "de": ["{P} wurde am {D:words} geboren.", "geboren am {D:words} in Kassel: {P}"],
    "fr": ["{P} est née le {D:words} à Nantes.", "Je suis né le {D:words}."],
    "nl": ["{P} is geboren op {D:words} in Zwolle.", "Ik ben geboren op {D:words}."],
    "es": ["{P} nació el {D:words} en Cádiz.", "Nací el {D:words}."],
    "it": ["{P} è nata il {D:words} a Lecce.", "Sono nato il {D:words}."],
    "pt": ["{P} nasceu a {D:words} em Braga.", "Nasci em {D:words}.",
           "{P} nasceu no dia {D:words}."],
}
# ---- ISO with a time under a birth key ----------------------------------------------------------
JSON = {
    "en": ['{"name": "{P}", "birthDate": "{D:isot}", "createdAt": "{E:isot}"}',
           '{\n  "patient": {\n    "family": "{S}",\n    "given": ["{G}"],\n    "birthDate": '
           '"{D:isot}"\n  },\n  "updated_at": "{E:isot}"\n}',
           '[{"fullName":"{P}","dateOfBirth":"{D:isot}"},{"fullName":"{P}","dateOfBirth":'
           '"{D:isot}"}]'],
    "de": ['{"name": "{P}", "geburtsdatum": "{D:isot}", "erstellt": "{E:isot}"}'],
    "fr": ['{"nom": "{P}", "date_naissance": "{D:isot}"}'],
    "nl": ['{"naam": "{P}", "geboortedatum": "{D:isot}"}'],
    "es": ['{"nombre": "{P}", "fechaNacimiento": "{D:isot}"}'],
    "it": ['{"nome": "{P}", "dataNascita": "{D:isot}"}'],
    "pt": ['{"nome": "{P}", "dataNascimento": "{D:isot}"}'],
}
# ---- a label with the date on the next line, or after the name and a comma ----------------------
NEXTLINE = {
    "en": ["DOB:\n{D:dmy}", "Date of birth:\n   {D}\nPlace of birth:\n   Leeds",
           "DOB: {P}, {D:us}", "Patient / DOB\n{P}\n{D:us}", "Birthdate:\n\n{D}"],
    "de": ["Geburtsdatum:\n{D:dot}", "Geb.-Datum: {P}, {D:dot}"],
    "fr": ["Date de naissance :\n{D:dmy}", "DDN : {P}, {D:dmy}"],
    "nl": ["Geboortedatum:\n{D:dash}", "Geb.datum: {P}, {D:dash}"],
    "es": ["Fecha de nacimiento:\n{D:dmy}", "F. nac.: {P}, {D:dmy}"],
    "it": ["Data di nascita:\n{D:dmy}", "Data nascita: {P}, {D:dmy}"],
    "pt": ["Data de nascimento:\n{D:dmy}", "Data nasc.: {P}, {D:dmy}"],
}
BIRTHDAY = {
    "en": ["{G} turns {A} on {D:md}, can you plan a surprise?", "My son {G} will be {A} on {D:md}."],
}
# ---- look-alikes --------------------------------------------------------------------------------
NEG = {
    "en": ["{P} was born in {Y} and joined us on {E:mon}.", "## [2.{N}.0] - {E:iso}\n- fixed "
           "birthday picker\n## [2.1.0] - {E:iso}", "created_at: {E:isot}\nupdated_at: {E:isot}",
           "The album was released on {E:words}.", "Appointment for {P}: {E:us} at 10:30",
           "Passport issued {E:mon}, expires {E:mon}", '{"name": "{P}", "birthDate": {T}}',
           "Admitted {E:dmy}, discharged {E:dmy}; follow-up visit {E:dmy}.",
           "v{N}.2 released {E:iso}: DOB field now optional"],
    "de": ["{P} ist Jahrgang {Y} und seit {E:dot} bei uns.", "Termin: {P}, {E:dot}, 9:00 Uhr",
           "Ausgestellt am {E:dot}, gültig bis {E:dot}", "Aufnahme {E:dot}, Entlassung {E:dot}"],
    "fr": ["{P} est né en {Y}, embauché le {E:dmy}.", "Rendez-vous le {E:words} pour {P}.",
           "Délivré le {E:dmy}, expire le {E:dmy}"],
    "nl": ["{P} is geboren in {Y}; afspraak op {E:dash}.", "Afgegeven {E:dash}, geldig tot "
           "{E:dash}"],
    "es": ["{P} nació en {Y}; cita el {E:dmy}.", "Expedido el {E:dmy}, caduca el {E:dmy}"],
    "it": ["{P} è nato nel {Y}; visita il {E:dmy}.", "Rilasciata il {E:dmy}, scade il {E:dmy}"],
    "pt": ["{P} nasceu em {Y}; consulta a {E:dmy}.", "Emitido em {E:dmy}, válido até {E:dmy}"],
}

emit("clinic", CLINIC, 210)
emit("roster", ROSTER, 70)
emit("table", TABLE, 140)
emit("kv", KV, 140)
emit("words", WORDS, 140)
emit("json", JSON, 70)
emit("nextline", NEXTLINE, 105)
emit("birthday", BIRTHDAY, 20)
emit("neg", NEG, 105)
gen_common.write_json(records)
