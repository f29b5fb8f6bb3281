#!/usr/bin/env python3
"""gen_dob16.py: a DATE_OF_BIRTH tune set for birth dates stated in ways that no earlier dob
corpus wrote (issue 15, branch dob16), written before the rules were read, from the documents
and messages people send in en/de/fr/nl/es/it/pt:

- a birth date inside a sentence about something else (`since her DOB is 4/3/87 the form
  rejects it`, `the portal wants my Geburtsdatum (04.03.1987) again`);
- corrections (`DOB 03/04/1987 - sorry, 04/03/1987`) and candidate lists (`her DOB is either
  04/03/1987 or 03/04/1987`); a date after a negation (`born on 04/03/1987, not 03/04/1987 as I
  wrote`) is labelled NEG_DATE, as gen_dob_tune2.py labels `should read X, not Y` (relabelled so
  after the first rule run met that corpus);
- a birth date in a URL query (`?dob=1987-03-04`), a file name (`passport_keller_dob_1987-03-04
  .pdf`), a filename-like ID (`KELLER_M_19870304`) that says it carries the date;
- the weekday before or after it (`born on a Wednesday, 4 March 1987`), the month in another
  locale's words (`geboren am 4 March 1987`, `né le 4 Mar 1987`), OCR noise in the label (`D0B`,
  `Date 0f Birth`, `Geburtsdaturn`, `Date de naissanee`), the label after the date (`04.03.1987
  (Geburtsdatum)`, `1987-03-04 <- DOB`, `04/03/1987 is when my son was born`);
- insurance and airline forms with the birth column two columns from the value's cell;
- an age and a date in the other order (`Age/DOB: 39 / 04/03/1987`, `39 yrs - born 04.03.1987`);
- greetings (`Happy 40th! born 4 March 1987`), horoscope and birth-chart prompts, school
  admission and sports age-group questions for a named child, vaccination schedules, adoption,
  pension and benefit letters, KYC/verification complaints, insurance quotes, translation
  requests, security-question answers (`DOB (ddmmyyyy): 04031987`), `bday`/`b-day` shorthand.

Not PII, labelled NEG_DATE: the other events' dates in the same slots (cut-offs `born on or
after 1 January 2014`, vaccination due dates, pension start dates, adoption-order dates,
horoscope seasons, release and version dates, changelog entries about a DOB field, a beer's
`Born On` date, `Born Free` re-release dates, due dates, deadlines). {P} full name, {G} given,
{S} surname, {U} SURNAME (PERSON); {D:form} the birth date (DATE_OF_BIRTH, or NEG_DATE in a
`_neg` class); {E:form} another event's date (NEG_DATE); {X:form} a birth-aged date after a
negation (NEG_DATE); {A} the age that agrees with the last
(or next) {D}; {N} a number. Deterministic, stdlib only: python3 gen_dob16.py > data/dob16.json
"""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_common  # noqa: E402
from gen_common import MONTHS, WEEKDAYS  # noqa: E402

R = random.Random(160016)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
REAL = {
    "en": (["Maria", "Owen", "Tamsin", "Kwame", "Bethany", "Callum"],
           ["Keller", "Okonkwo", "Fairbairn", "Lindqvist", "Pemberton", "Shah"]),
    "de": (["Heike", "Lukas", "Mareike", "Volker", "Elif"], ["Schröder", "Baumann", "Kühn",
                                                           "Demir", "Albrecht"]),
    "fr": (["Nadège", "Loïc", "Amandine", "Yannick"], ["Rousseau", "Fontaine", "Haddad",
                                                       "Lemaire"]),
    "nl": (["Lotte", "Sander", "Ilse", "Joris"], ["van Dijk", "Kuipers", "Brouwer", "Verhoeven"]),
    "es": (["Nerea", "Íñigo", "Rocío", "Aitor"], ["Iglesias", "Serrano", "Cabrera", "Pastor"]),
    "it": (["Ilaria", "Tommaso", "Benedetta", "Riccardo"], ["Lombardi", "Fontana", "Barbieri",
                                                           "Caruso"]),
    "pt": (["Matilde", "Rodrigo", "Carolina", "Afonso"], ["Pinto", "Ribeiro", "Martins",
                                                         "Lopes"]),
}
NOW = (2026, 12, 4)
records = []


def person(lg):
    if R.random() < 0.5:
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
        return R.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y),
                         "%s %s, %d" % (mo, gen_common.ordinal_en(d), y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    if lg == "fr" and d == 1:
        return "1er %s %d" % (mo, y)
    return "%d %s %d" % (d, mo, y)


def weekday(lg, y, m, d):
    wd = WEEKDAYS.get(lg, WEEKDAYS["es"] if lg == "pt" else WEEKDAYS["en"])
    if lg == "pt":
        wd = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
              "sábado", "domingo"]
    return wd[datetime.date(y, m, d).weekday()]


def date_of(lg, y, m, d, form=None):
    forms = {
        "dmy": "%02d/%02d/%d" % (d, m, y), "dot": "%02d.%02d.%d" % (d, m, y),
        "iso": "%d-%02d-%02d" % (y, m, d), "us": "%d/%d/%d" % (m, d, y),
        "usyy": "%d/%d/%02d" % (m, d, y % 100), "dotyy": "%02d.%02d.%02d" % (d, m, y % 100),
        "dmyy": "%02d/%02d/%02d" % (d, m, y % 100), "dash": "%02d-%02d-%d" % (d, m, y),
        "compact": "%d%02d%02d" % (y, m, d), "ddmmyyyy": "%02d%02d%d" % (d, m, y),
        "mon": "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y),
        "MON": "%02d-%s-%d" % (d, MONTHS["en"][m - 1][:3].upper(), y),
        "en": "%d %s %d" % (d, MONTHS["en"][m - 1], y),
        "enus": "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
        "words": words(lg, y, m, d),
        "wkd": weekday(lg, y, m, d) + ", " + words(lg, y, m, d),
        "slashiso": "%d/%02d/%02d" % (y, m, d),
    }
    if form is None:
        form = R.choice(["dmy", "dot", "iso", "words", "dash"] +
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
            if k < 0 or key.split(":")[0] not in ("P", "S", "G", "U", "D", "E", "N", "A", "X"):
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
            elif key == "X":
                y, m, d = gen_common.random_ymd(R, lo, hi)
                self.span("NEG_DATE", date_of(self.lg, y, m, d, form))
            elif key == "E":
                y, m, d = gen_common.random_ymd(R, NOW[0] - 6, NOW[0] + 2)
                self.span("NEG_DATE", date_of(self.lg, y, m, d, form))
            elif key == "A":
                self.t(str(age_at(*dates[max(0, min(di - 1, len(dates) - 1))])) if dates else
                       str(R.randint(20, 80)))
            elif key == "N":
                self.t(str(R.randint(2, 9999)))
            i = k + 1
        return self


def emit(cls, table, n, neg=False, lo=1940, hi=2006):
    langs = [lg for lg in LANGS if lg in table]
    for k in range(n):
        lg = langs[k % len(langs)]
        doc = Doc(lg, cls)
        doc.fill_tpl(R.choice(table[lg]), neg, lo, hi)
        doc.done()


# ---- a birth date inside a sentence about something else ----------------------------------------
ASIDE = {
    "en": ["since her DOB is {D:usyy} the form rejects it as under 18, any idea why?",
           "The portal keeps asking for my date of birth ({D:dmy}) and then times out.",
           "{G}'s DOB ({D:us}) doesn't match what the pharmacy has on file, can you check?",
           "because my birth date is {D:mon} the insurer put me in the wrong bracket",
           "I typed my dob as {D:dmy} but the bank app shows {D:us}, which is wrong.",
           "Quick one: with a DOB of {D:iso}, is {G} eligible for the senior rate?"],
    "de": ["Da mein Geburtsdatum der {D:dot} ist, lehnt das Formular mich ab – warum?",
           "Das Portal will schon wieder mein Geburtsdatum ({D:dot}) und bricht dann ab.",
           "Weil {G}s Geburtsdatum ({D:dot}) nicht zur Kasse passt, kam die Karte zurück."],
    "fr": ["Comme ma date de naissance est le {D:dmy}, le formulaire me refuse, pourquoi ?",
           "Le site redemande ma date de naissance ({D:dmy}) puis plante.",
           "La date de naissance de {G} ({D:dmy}) ne correspond pas au dossier de la CAF."],
    "nl": ["Omdat mijn geboortedatum {D:dash} is, weigert het formulier mij, hoezo?",
           "De app vraagt weer om mijn geboortedatum ({D:dash}) en loopt dan vast."],
    "es": ["Como mi fecha de nacimiento es el {D:dmy}, el formulario me rechaza, ¿por qué?",
           "La web vuelve a pedir mi fecha de nacimiento ({D:dmy}) y se cuelga."],
    "it": ["Visto che la mia data di nascita è il {D:dmy}, il modulo mi rifiuta, perché?",
           "Il portale richiede di nuovo la data di nascita ({D:dmy}) e poi si blocca."],
    "pt": ["Como a minha data de nascimento é {D:dmy}, o formulário rejeita-me, porquê?",
           "O site pede outra vez a data de nascimento ({D:dmy}) e depois bloqueia."],
}
# ---- corrections and candidates ----------------------------------------------------------------
CORRECT = {
    "en": ["DOB {D:dmy} - sorry, typo, it's {D:dmy}",
           "Correction: {P}'s date of birth is {D:mon}, not {X:mon} as I wrote earlier.",
           "her DOB is either {D:dmy} or {D:us}, the records disagree",
           "D.O.B. {D:us} *correction* {D:us}",
           "Candidates for {G}'s birth date: {D:iso} (passport) or {D:iso} (school record)."],
    "de": ["Geb.-Datum {D:dot} – sorry, Tippfehler, richtig ist {D:dot}",
           "Korrektur: {P} ist am {D:dot} geboren, nicht am {X:dot}."],
    "fr": ["Date de naissance {D:dmy}, pardon, c'est le {D:dmy}",
           "Rectificatif : {P} est né le {D:dmy} et non le {X:dmy}."],
    "nl": ["Geboortedatum {D:dash}, sorry, moet {D:dash} zijn",
           "Correctie: {P} is geboren op {D:dash}, niet op {X:dash}."],
    "es": ["Fecha de nacimiento {D:dmy}, perdón, es {D:dmy}",
           "Corrección: {P} nació el {D:dmy}, no el {X:dmy}."],
    "it": ["Data di nascita {D:dmy}, scusate, è {D:dmy}",
           "Rettifica: {P} è nata il {D:dmy} e non il {X:dmy}."],
    "pt": ["Data de nascimento {D:dmy}, desculpe, é {D:dmy}",
           "Correção: {P} nasceu a {D:dmy} e não a {X:dmy}."],
}
# ---- URLs, file names, IDs that carry the date --------------------------------------------------
URLS = {
    "en": ["GET https://portal.example.org/patients/search?last={S}&dob={D:iso}&page=1",
           "why does https://clinic.example.com/api/v2/lookup?dob={D:iso}&zip=10027 return 404?",
           "attached: passport_{S}_dob_{D:iso}.pdf and utility_bill.pdf",
           "File: {U}_{G}_DOB_{D:compact}.jpg (scan of the birth certificate)",
           "The patient ID {U}_F_{D:compact} is built from surname, sex and date of birth."],
    "de": ["Anhang: Geburtsurkunde_{S}_{D:iso}.pdf",
           "https://buergerportal.example.de/antrag?name={S}&geburtsdatum={D:dot}"],
    "fr": ["Pièce jointe : acte_naissance_{S}_{D:iso}.pdf",
           "https://mairie.example.fr/etat-civil?nom={S}&date_naissance={D:iso}"],
    "nl": ["Bijlage: geboorteakte_{S}_{D:compact}.pdf",
           "https://gemeente.example.nl/brp?achternaam={S}&geboortedatum={D:dash}"],
    "es": ["Adjunto: partida_nacimiento_{S}_{D:iso}.pdf",
           "https://sede.example.es/consulta?apellido={S}&fecha_nacimiento={D:dmy}"],
    "it": ["Allegato: certificato_nascita_{S}_{D:compact}.pdf",
           "https://anagrafe.example.it/ricerca?cognome={S}&data_nascita={D:iso}"],
    "pt": ["Anexo: certidao_nascimento_{S}_{D:iso}.pdf",
           "https://servicos.example.pt/pesquisa?apelido={S}&data_nascimento={D:iso}"],
}
# ---- weekday, foreign month words, OCR noise in the label, the label after the date -------------
WEEKDAY = {
    "en": ["{G} was born on a {D:wkd}, at 6:40 in the morning.",
           "Born {D:wkd} in Leeds General Infirmary: {P}."],
    "de": ["{G} kam an einem {D:wkd} zur Welt.", "Geboren: {D:wkd}, {P}"],
    "fr": ["{G} est né un {D:wkd}, à l'aube.", "Naissance : {D:wkd}"],
    "nl": ["{G} is geboren op {D:wkd}.", "Geboren: {D:wkd}"],
    "es": ["{G} nació un {D:wkd}, de madrugada.", "Nacimiento: {D:wkd}"],
    "it": ["{G} è nato {D:wkd}, all'alba.", "Nascita: {D:wkd}"],
    "pt": ["{G} nasceu numa {D:wkd}, de madrugada.", "Nascimento: {D:wkd}"],
}
FOREIGN = {
    "de": ["{P}, geboren am {D:en} in London", "Geburtsdatum: {D:MON}", "geb. {D:mon}"],
    "fr": ["{P}, né le {D:en} à Dublin", "Date de naissance : {D:MON}", "née le {D:mon}"],
    "nl": ["{P}, geboren op {D:en}", "Geboortedatum: {D:MON}", "geb. {D:mon}"],
    "es": ["{P}, nacido el {D:enus} en Boston", "Fecha de nacimiento: {D:MON}", "nac. {D:mon}"],
    "it": ["{P}, nata il {D:en} a Londra", "Data di nascita: {D:MON}", "nato il {D:mon}"],
    "pt": ["{P}, nascido a {D:en} em Londres", "Data de nascimento: {D:MON}", "nasc. {D:mon}"],
    "en": ["{P}, born {D:words} (as written on her German passport)"],
}
OCR = {
    "en": ["Name: {P}\nD0B: {D:dmy}\nSex: F", "Date 0f Birth: {D:us}", "DATE OF B1RTH {D:MON}",
           "D.0.B. {D:dmy}", "Date of Bírth: {D:dmy}", "Dale of birth: {D:dmy}"],
    "de": ["Name: {P}\nGeburtsdaturn: {D:dot}", "Geburtsdatuin {D:dot}", "Geb.-Dalum: {D:dot}"],
    "fr": ["Nom : {P}\nDate de naissanee : {D:dmy}", "Date de naissauce {D:dmy}",
           "Né(e) Ie {D:dmy}"],
    "nl": ["Naam: {P}\nGeboortedaturn: {D:dash}", "Geboorledatum {D:dash}"],
    "es": ["Nombre: {P}\nFecha de nacimíento: {D:dmy}", "Fecha de nacirniento {D:dmy}"],
    "it": ["Nome: {P}\nData di nascíta: {D:dmy}", "Data di nascila {D:dmy}"],
    "pt": ["Nome: {P}\nData de nascirnento: {D:dmy}", "Data de nascimenlo {D:dmy}"],
}
AFTER = {
    "en": ["{P}\n{D:dmy} (date of birth)\n12 Orchard Lane", "{D:iso} <- DOB of {G}",
           "{D:us} is when my son {G} was born.", "{D:mon} - that's {G}'s birthday, year and all.",
           "{P}, {D:dmy} [DOB]"],
    "de": ["{P}\n{D:dot} (Geburtsdatum)", "{D:dot} – das ist {G}s Geburtsdatum.",
           "{P}, {D:dot} (geb.)"],
    "fr": ["{P}\n{D:dmy} (date de naissance)", "Le {D:dmy}, c'est la date de naissance de {G}."],
    "nl": ["{P}\n{D:dash} (geboortedatum)", "{D:dash} is de geboortedatum van {G}."],
    "es": ["{P}\n{D:dmy} (fecha de nacimiento)", "El {D:dmy} es cuando nació mi hija {G}."],
    "it": ["{P}\n{D:dmy} (data di nascita)", "Il {D:dmy} è la data di nascita di {G}."],
    "pt": ["{P}\n{D:dmy} (data de nascimento)", "{D:dmy} é a data de nascimento da {G}."],
}
# ---- forms with the birth column away from the cell ---------------------------------------------
FORMS = {
    "en": ["PAX  SURNAME/GIVEN          TYPE  DOB          DOC\n1    {U}/{G}          ADT   {D:MON}"
           "  P\n2    {U}/{G}          CHD   {D:MON}  P",
           "Insured | Policy no. | Relationship | Date of birth | Start\n{P} | PL-{N} | Self | "
           "{D:us} | {E:us}\n{P} | PL-{N} | Spouse | {D:us} | {E:us}",
           "Driver            Licence no.     Date of birth     Licensed since\n{P}    "
           "{N}-{N}       {D:dmy}        {E:dmy}"],
    "de": ["Versicherte Person | Vers.-Nr. | Verhältnis | Geburtsdatum | Beginn\n{P} | {N} | "
           "Kind | {D:dot} | {E:dot}"],
    "fr": ["Assuré | N° contrat | Lien | Date de naissance | Effet\n{P} | {N} | Conjoint | "
           "{D:dmy} | {E:dmy}"],
    "nl": ["Verzekerde | Polisnr. | Relatie | Geboortedatum | Ingang\n{P} | {N} | Partner | "
           "{D:dash} | {E:dash}"],
    "es": ["Asegurado | Nº póliza | Parentesco | F. nacimiento | Alta\n{P} | {N} | Hijo | "
           "{D:dmy} | {E:dmy}"],
    "it": ["Assicurato | N. polizza | Rapporto | Data di nascita | Decorrenza\n{P} | {N} | "
           "Figlio | {D:dmy} | {E:dmy}"],
    "pt": ["Segurado | N.º apólice | Relação | Data de nascimento | Início\n{P} | {N} | Filho | "
           "{D:dmy} | {E:dmy}"],
}
# ---- an age and a date, the other way round -----------------------------------------------------
AGEDATE = {
    "en": ["Age/DOB: {A} / {D:dmy}", "{P}, {A} yrs - born {D:mon}", "Age {A} (DOB {D:us})",
           "{G} is {A}, born on {D:words}."],
    "de": ["Alter/Geb.: {A} / {D:dot}", "{P}, {A} Jahre – geboren {D:dot}"],
    "fr": ["Âge/DDN : {A} / {D:dmy}", "{P}, {A} ans – né le {D:dmy}"],
    "nl": ["Leeftijd/geb.: {A} / {D:dash}", "{P}, {A} jaar – geboren {D:dash}"],
    "es": ["Edad/F. nac.: {A} / {D:dmy}", "{P}, {A} años – nacida el {D:dmy}"],
    "it": ["Età/nascita: {A} / {D:dmy}", "{P}, {A} anni – nato il {D:dmy}"],
    "pt": ["Idade/DN: {A} / {D:dmy}", "{P}, {A} anos – nascido a {D:dmy}"],
}
# ---- greetings, horoscopes, schools, sports, vaccinations, adoption, pensions -------------------
LIFE = {
    "en": ["Happy 40th, {G}! Born {D:words} and still the youngest of us all.",
           "I was born on {D:words} at 6:15am in Lyon. What's my rising sign?",
           "Birth chart please: {D:dmy}, 14:32, Madrid. I'm a Pisces, right?",
           "My son {G} was born {D:dmy}. The school cut-off is {E:words}, can he start in "
           "September?",
           "My daughter {G} (DOB {D:dmy}), which age group is she in for the {E:iso} season?",
           "Baby {G}, born {D:iso}: when is the 12-month MMR due?",
           "Adoption order dated {E:dmy} for the child {G}, born {D:dmy}.",
           "Dear {P}, our records show you were born on {D:words}, so your State Pension "
           "starts on {E:words}.",
           "KYC failed: I entered my birth date {D:dmy} exactly as on my ID.",
           "Car insurance quote: main driver {P}, date of birth {D:dmy}, licence since {E:dmy}.",
           "Translate to Spanish: 'The applicant, born {D:words}, requests a visa.'",
           "Security question - DOB (ddmmyyyy): {D:ddmmyyyy}",
           "{G}'s bday: {D:dmyy} 🎂", "b-day {D:usyy}, don't forget!"],
    "de": ["Alles Gute zum 50., {G}! Geboren am {D:words} – und kein bisschen leiser.",
           "Ich bin am {D:dot} um 06:15 in Köln geboren. Was ist mein Aszendent?",
           "Unser Sohn {G} ist am {D:dot} geboren. Stichtag für die Einschulung ist der "
           "{E:dot} – darf er schon?",
           "Impfplan für {G} (geb. {D:dot}): wann ist die U7 fällig?",
           "Sehr geehrte/r {P}, Sie sind am {D:words} geboren; Ihre Regelaltersrente beginnt am "
           "{E:words}.",
           "Sicherheitsfrage – Geburtsdatum (TTMMJJJJ): {D:ddmmyyyy}"],
    "fr": ["Joyeux anniversaire {G} ! Né le {D:words}, 40 ans déjà.",
           "Je suis née le {D:dmy} à 6h15 à Lyon, quel est mon ascendant ?",
           "Mon fils {G} est né le {D:dmy}, peut-il entrer en CP à la rentrée {E:dmy} ?",
           "Madame {P}, née le {D:words}, votre retraite prendra effet le {E:words}."],
    "nl": ["Gefeliciteerd {G}! Geboren op {D:words}, nu al 40.",
           "Ik ben geboren op {D:dash} om 06:15 in Utrecht, wat is mijn ascendant?",
           "Onze dochter {G} is geboren op {D:dash}; mag ze op {E:dash} naar groep 1?"],
    "es": ["¡Feliz 40, {G}! Nacida el {D:words} y sigue igual.",
           "Nací el {D:dmy} a las 6:15 en Sevilla, ¿cuál es mi ascendente?",
           "Mi hijo {G} nació el {D:dmy}; ¿en qué categoría juega la temporada {E:dmy}?"],
    "it": ["Tanti auguri {G}! Nato il {D:words}, 40 anni oggi.",
           "Sono nata il {D:dmy} alle 6:15 a Bari, qual è il mio ascendente?",
           "Mio figlio {G}, nato il {D:dmy}, può iscriversi alla primaria dal {E:dmy}?"],
    "pt": ["Parabéns {G}! Nascida a {D:words}, 40 anos hoje.",
           "Nasci a {D:dmy} às 6:15 no Porto, qual é o meu ascendente?",
           "O meu filho {G} nasceu a {D:dmy}; pode entrar na escola a {E:dmy}?"],
}
# ---- look-alikes: the same slots, other events --------------------------------------------------
NEG = {
    "en": ["U12 eligibility: players born on or after {E:words}.",
           "The DOB field was added to the sign-up form on {E:iso} (v{N}.2).",
           "Born On Date: {E:us} - best before {E:us}",
           "Born Free was re-released on Blu-ray on {E:words}.",
           "Pisces season runs {E:words} to {E:words}.",
           "Next MMR dose due {E:dmy}; the booster on {E:dmy}.",
           "The adoption hearing is set for {E:dmy}.",
           "Your State Pension will be paid from {E:words}.",
           "Her due date was {E:dmy}.",
           "GET https://api.example.com/v1/orders?since={E:iso}&limit=50",
           "attached: invoice_{E:iso}.pdf and minutes_{E:compact}.docx",
           "{E:iso} <- release date of 3.{N}", "Changelog {E:dmy}: date-of-birth picker fixed"],
    "de": ["Jahrgang U12: Spieler, die ab dem {E:dot} geboren sind.",
           "Stichtag für die Einschulung ist der {E:dot}.", "Anhang: Rechnung_{E:iso}.pdf",
           "{E:dot} (Ausstellungsdatum)", "Ihre Rente beginnt am {E:words}."],
    "fr": ["Catégorie U13 : joueurs nés à partir du {E:dmy}.", "Pièce jointe : facture_{E:iso}.pdf",
           "{E:dmy} (date d'émission)", "La rentrée scolaire est le {E:dmy}."],
    "nl": ["Peildatum leeftijdscategorie: {E:dash}.", "Bijlage: factuur_{E:compact}.pdf",
           "{E:dash} (afgiftedatum)"],
    "es": ["Categoría alevín: nacidos a partir del {E:dmy}.", "Adjunto: factura_{E:iso}.pdf",
           "{E:dmy} (fecha de expedición)"],
    "it": ["Categoria under 12: nati dal {E:dmy} in poi.", "Allegato: fattura_{E:compact}.pdf",
           "{E:dmy} (data di rilascio)"],
    "pt": ["Escalão sub-12: nascidos a partir de {E:dmy}.", "Anexo: fatura_{E:iso}.pdf",
           "{E:dmy} (data de emissão)"],
}

emit("aside", ASIDE, 70)
emit("correct", CORRECT, 56)
emit("url", URLS, 70)
emit("weekday", WEEKDAY, 42)
emit("foreign", FOREIGN, 49)
emit("ocr", OCR, 70)
emit("after", AFTER, 70)
emit("forms", FORMS, 56)
emit("agedate", AGEDATE, 56)
emit("life", LIFE, 126, lo=1950, hi=2022)
emit("neg", NEG, 126)
gen_common.write_json(records)
