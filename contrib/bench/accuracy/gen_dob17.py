#!/usr/bin/env python3
"""gen_dob17.py: dates of birth in shapes the earlier dob rounds may not have written (issue 15,
branch `dob17`).

Written corpus-first from the author's own list of how a birth date is written in text people
paste into prompts, before reading any dob generator or rule, in en/de/fr/nl/es/it/pt/pl/sv:
- `label`: a birth label and the date on one line: abbreviations and misspellings (DOB, D.O.B.,
  d.o.b, DoB, B-day, Geb., geb. am, *, né(e) le, date de naiss., fecha nac., nato/a il, geboren
  op, ur., född, `Date of brith`), in numeric, ISO, month-name, two-digit-year and compact forms;
- `far`: the label far from the date: Markdown, HTML, fixed-width tables and CSV/TSV with the
  birth column under a header lines above (other date columns beside it are NEG_DATE);
- `json`/`yaml`/`kv`: keys (`dob`, `birth_date`, `birthDate`, `geburtsdatum`,
  `fecha_nacimiento`, `data_urodzenia`...), nested objects (`{"birth": {"date": ...}}`), YAML
  blocks, key=value log lines;
- `prose`: verbs and nouns (was born, born on, came into the world, birthday is, turns 40 on,
  celebrates, gave birth, wurde ... geboren, est née, nació, è nata, nasceu, urodziła się, föddes);
- `partial`: spoken and partial dates (4th of March '87, March 87, 04-Mar-1987, 1987-3-4, 4.3.87,
  a birthday without its year, a year alone after `born`);
- `paren`: a date in parentheses or after `*` beside a name (`Maria Keller (04.03.1987)`,
  `Keller, Maria *1987-03-04`);
- `genea`: genealogical marks (`b.`, `*`, `geb.`, `ur.`, `f.`) and life spans: the author's
  the first date of a span of full dates (`(4 March 1921 – 3 Jan 1987)`) beside a person is a
  birth date (DATE_OF_BIRTH), the second a death date (NEG_DATE); a year alone, in a span
  (`(1921–1987)`) or after `born`/`b.`, is NEG_DATE (the first draft labelled it a birth; the
  convention of dob10.json, checked after, and HIPAA's Safe Harbor, which keeps years, say no);
- `age`: an age beside a date;
- `noise`: OCR and chat noise (`D0B`, `DOB:04/03/1987`, `Date of Birth : 04 . 03 . 1987`, lower
  case, arrows, doubled colons).
Look-alikes, NEG_DATE: death, admission, issue, expiry, appointment, wedding, hire and service
dates (also beside a birth date in the same record), a famous person's birth year as a topic,
companies' founding and products' release dates, life spans of wars and products; animals' birth
dates are NEG_DATE (the convention of gen_dob9.py, checked after the first draft); a day and month
after "turns 40 on" is NEG_DATE (the lead's decision of stop 34, test_names_dob15.c: a birthday,
no date of birth).
PERSON spans are labelled where a person is named. Writes JSON (the names_tune3.json format) to
stdout; deterministic; Python stdlib only."""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS, ordinal_en  # noqa: E402

rng = random.Random(20261204 + 17)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv"]
records = []

MON = dict(MONTHS)
MON["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
MON["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
MON_ABBR = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec"],
            "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                   "Nov.", "Dez."],
            "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                   "oct.", "nov.", "déc."]}

GIVEN = {
    "en": ["Rebecca", "Oliver", "Siobhan", "Marcus", "Hannah", "Declan", "Priya", "Gareth"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias", "Heike"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Margaux", "Yannick"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Rocío", "Carmen", "Íñigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo", "Ilaria"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
    "pl": ["Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Magdalena", "Krzysztof", "Zofia", "Jakub"],
    "sv": ["Astrid", "Johan", "Ingrid", "Henrik", "Linnea", "Mikael", "Sofia", "Erik"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Whitcombe", "Ashworth", "Fletcher", "Doyle", "Pemberton"],
    "de": ["Keller", "Weber", "Brandstätter", "Vogel", "Lindner", "Krause", "Hoffmann"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Rousseau"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "de Graaf", "Dekker"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "Vidal", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa"],
    "pl": ["Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska"],
    "sv": ["Lindqvist", "Andersson", "Bergström", "Nyberg", "Sjöberg", "Holmgren", "Ekström"],
}
# Syllables of invented names, per language (names in no list).
SYL = {"en": ["bran", "wick", "tor", "mel", "dal", "wen", "ros"],
       "de": ["bre", "kel", "mau", "hol", "rutz", "fen", "stal"],
       "fr": ["bel", "rou", "quet", "gau", "vel", "sar", "lon"],
       "nl": ["hui", "ker", "bol", "dij", "wout", "laar", "gel"],
       "es": ["zar", "mon", "qui", "llo", "cue", "vi", "dal"],
       "it": ["bru", "sca", "ghi", "lon", "maz", "cor", "dan"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "dei", "vas"],
       "pl": ["krze", "wol", "bor", "szy", "mir", "ste", "gor"],
       "sv": ["berg", "lund", "ström", "vik", "sjö", "dal", "hol"]}
END = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
       "nl": ["ink", "sen", "hof"], "es": ["ez", "ano", "ejo"], "it": ["ini", "etti", "one"],
       "pt": ["eira", "ães", "ado"], "pl": ["ski", "wicz", "czyk"], "sv": ["qvist", "man", "gren"]}
CITY = {"en": ["Leeds", "Cork", "Bristol"], "de": ["Köln", "Graz", "Bern"],
        "fr": ["Lyon", "Nantes", "Liège"], "nl": ["Utrecht", "Gent", "Zwolle"],
        "es": ["Sevilla", "Bilbao", "Murcia"], "it": ["Torino", "Bari", "Verona"],
        "pt": ["Braga", "Porto", "Coimbra"], "pl": ["Kraków", "Gdańsk", "Poznań"],
        "sv": ["Uppsala", "Malmö", "Umeå"]}


def person(lg):
    if rng.random() < 0.6:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL[lg]) for _ in range(2))
    s = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
    return g.capitalize(), s.capitalize()


def birth():
    return rng.randint(1936, 2006), rng.randint(1, 12), rng.randint(1, 28)


def other_date():
    return rng.randint(2015, 2027), rng.randint(1, 12), rng.randint(1, 28)


def yy(y):
    return "%02d" % (y % 100)


def numeric(y, m, d, lg):
    """A numeric form that a writer of lg uses."""
    forms = ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
             "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%s" % (d, m, yy(y)), "%d-%d-%d" % (y, m, d)]
    if lg == "en":
        forms += ["%02d/%02d/%d" % (m, d, y), "%d/%d/%s" % (m, d, yy(y)), "%d/%d/%d" % (m, d, y)]
    if lg in ("es", "it", "pt", "fr"):
        forms += ["%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)]
    if lg == "sv":
        forms += ["%d-%02d-%02d" % (y, m, d), "%s%02d%02d" % (yy(y), m, d)]
    if lg == "pl":
        forms += ["%02d.%02d.%d r." % (d, m, y), "%d.%02d.%02d" % (y, m, d)]
    return rng.choice(forms)


def worded(y, m, d, lg):
    """A form with the month's name."""
    mo = MON[lg][m - 1]
    if lg == "en":
        ab = MON_ABBR["en"][m - 1]
        return rng.choice(["%s %d, %d" % (mo, d, y), "%d %s %d" % (d, mo, y),
                           "%s of %s %d" % (ordinal_en(d), mo, y), "%02d-%s-%d" % (d, ab, y),
                           "%s %s %d" % (ab, ordinal_en(d), y), "%d-%s-%s" % (d, ab, yy(y)),
                           "%s %d %d" % (ab, d, y), "%d %s. %d" % (d, ab, y)])
    if lg == "de":
        return rng.choice(["%d. %s %d" % (d, mo, y), "%02d. %s %d" % (d, MON_ABBR["de"][m - 1], y),
                           "%d.%s %d" % (d, mo, y)])
    if lg == "fr":
        dd = "1er" if d == 1 else str(d)
        return rng.choice(["%s %s %d" % (dd, mo, y), "%d %s %d" % (d, MON_ABBR["fr"][m - 1], y)])
    if lg in ("es", "pt"):
        return rng.choice(["%d de %s de %d" % (d, mo, y), "%d %s %d" % (d, mo, y)])
    if lg == "it":
        return rng.choice(["%d %s %d" % (d, mo, y), "%d° %s %d" % (d, mo, y) if d == 1 else
                           "%d %s %d" % (d, mo, y)])
    if lg == "pl":
        return rng.choice(["%d %s %d" % (d, mo, y), "%d %s %d r." % (d, mo, y)])
    return "%d %s %d" % (d, mo, y)


def date_in(lg, ymd=None, worded_share=0.4):
    y, m, d = ymd or birth()
    return worded(y, m, d, lg) if rng.random() < worded_share else numeric(y, m, d, lg)


class D(Doc):
    records = records

    def p(self, lg, g_s=None, order="gs"):
        g, s = g_s or person(lg)
        if order == "sg":
            return self.span("PERSON", s).t(", ").span("PERSON", g)
        if order == "caps":
            return self.span("PERSON", s.upper()).t(" ").span("PERSON", g.upper())
        return self.span("PERSON", g + " " + s)

    def dob(self, v):
        # A year alone is no date of birth (HIPAA's Safe Harbor keeps the year; dob10.json labels
        # a life span's years NEG_DATE): NEG_DATE here too, wherever it stands.
        return self.span("NEG_DATE" if v.isdigit() and len(v) == 4 else "DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)


LABELS = {
    "en": ["DOB", "D.O.B.", "d.o.b", "DoB", "D.O.B", "Date of birth", "Date of Birth", "Birthdate",
           "Birth date", "Birthday", "B-day", "Bday", "Date of brith", "DOB (dd/mm/yyyy)", "Born",
           "birth dt", "Birth Dt.", "Date Of Birth"],
    "de": ["Geb.", "geb. am", "Geburtsdatum", "Geburtstag", "*", "Geb.-Datum", "geboren am",
           "Geburtsdat.", "Gebdat", "Geb.Dat."],
    "fr": ["Né le", "Née le", "né(e) le", "Date de naissance", "date de naiss.", "Date naiss.",
           "DDN", "Date de naissace", "née le"],
    "nl": ["Geboortedatum", "geboren op", "Geb. datum", "Geb.datum", "geboren", "Geboren op"],
    "es": ["Fecha de nacimiento", "fecha nac.", "F. nac.", "Fecha de nac.", "Nacido el",
           "Nacida el", "fecha de nacim.", "F. Nacimiento"],
    "it": ["Data di nascita", "nato il", "nata il", "nato/a il", "Data nasc.", "data di nascità",
           "Nato il"],
    "pt": ["Data de nascimento", "Data nasc.", "nascido em", "nascida em", "Dt. nasc.",
           "Data de Nasc.", "D. Nascimento"],
    "pl": ["Data urodzenia", "ur.", "urodzony", "urodzona", "data ur.", "Data ur."],
    "sv": ["Född", "född", "Födelsedatum", "Födelsedag", "f.", "Födelsedatum:"],
}
NEG_LABELS = {
    "en": ["Date of death", "Admission date", "Date of issue", "Expiry date", "Appointment",
           "Wedding date", "Hire date", "DOS", "Date of service", "Discharged", "Valid until",
           "DOD", "Date of injury", "Start date"],
    "de": ["Sterbedatum", "Aufnahmedatum", "Ausstellungsdatum", "Gültig bis", "Termin",
           "Hochzeit am", "Eintrittsdatum", "gest."],
    "fr": ["Date de décès", "Date d'admission", "Délivré le", "Expire le", "Rendez-vous le",
           "Mariage le", "Date d'entrée"],
    "nl": ["Overlijdensdatum", "Opnamedatum", "Afgiftedatum", "Geldig tot", "Afspraak op",
           "Trouwdatum"],
    "es": ["Fecha de defunción", "Fecha de ingreso", "Fecha de expedición", "Válido hasta",
           "Cita el", "Fecha de boda"],
    "it": ["Data di morte", "Data di ricovero", "Rilasciato il", "Scadenza", "Appuntamento il",
           "Data del matrimonio"],
    "pt": ["Data de óbito", "Data de internamento", "Emitido em", "Validade", "Consulta em",
           "Data do casamento"],
    "pl": ["Data zgonu", "Data przyjęcia", "Data wydania", "Ważny do", "Wizyta"],
    "sv": ["Dödsdatum", "Inskriven", "Utfärdat", "Giltigt till", "Bokad tid"],
}


def gen_label():
    for i in range(90):
        lg = LANGS[i % len(LANGS)]
        lab = rng.choice(LABELS[lg])
        sep = rng.choice([": ", ": ", " ", ":\t", " - ", ":  "]) if lab != "*" else rng.choice(
            ["", " "])
        if lab.endswith(":"):
            sep = " "
        d = D(lg, "label")
        shape = rng.random()
        if shape < 0.35:
            d.t(rng.choice(["Name: ", "Patient: ", "Nom : ", "Naam: ", "Nombre: ", "Nome: "]))
            d.p(lg).t(rng.choice(["\n", ", ", " | ", "; "]))
            d.t(lab + sep).dob(date_in(lg))
        elif shape < 0.6:
            d.p(lg).t(rng.choice([", ", " ", " – "])).t(lab + sep).dob(date_in(lg))
            if rng.random() < 0.5:
                d.t(rng.choice([", ", "; "])).t(rng.choice(NEG_LABELS[lg]) + ": ").neg(
                    numeric(*other_date(), lg))
        else:
            d.t(rng.choice(["pls update the record, ", "Form says ", "", "Checking: ",
                            "can you verify "]))
            d.t(lab + sep).dob(date_in(lg))
            d.t(rng.choice([" thanks", "", ".", " (from the scan)", " – see attached"]))
        d.done()


HEAD = {"en": ("Name", "DOB", "Admitted"), "de": ("Name", "Geb.-Datum", "Aufnahme"),
        "fr": ("Nom", "Date de naissance", "Entrée"), "nl": ("Naam", "Geboortedatum", "Opname"),
        "es": ("Nombre", "Fecha nac.", "Ingreso"), "it": ("Nome", "Data di nascita", "Ricovero"),
        "pt": ("Nome", "Data de nascimento", "Internamento"),
        "pl": ("Imię i nazwisko", "Data urodzenia", "Przyjęcie"),
        "sv": ("Namn", "Födelsedatum", "Inskriven")}


def gen_far():
    for i in range(45):
        lg = LANGS[i % len(LANGS)]
        hn, hb, ha = HEAD[lg]
        kind = i % 5
        d = D(lg, "far")
        n = rng.randint(2, 4)
        rows = [(person(lg), numeric(*birth(), lg), numeric(*other_date(), lg)) for _ in range(n)]
        birth_first = rng.random() < 0.5
        if kind == 0:  # Markdown
            cols = (hn, hb, ha) if birth_first else (hn, ha, hb)
            d.t("| %s | %s | %s |\n|---|---|---|\n" % cols)
            for gs, b, a in rows:
                d.t("| ").p(lg, gs).t(" | ")
                if birth_first:
                    d.dob(b).t(" | ").neg(a)
                else:
                    d.neg(a).t(" | ").dob(b)
                d.t(" |\n")
        elif kind == 1:  # CSV / TSV
            sep = rng.choice([",", ";", "\t"])
            d.t(sep.join(["id", hn.lower(), hb if birth_first else ha, ha if birth_first else hb])
                + "\n")
            for k, (gs, b, a) in enumerate(rows):
                d.t(str(1040 + k) + sep).p(lg, gs).t(sep)
                if birth_first:
                    d.dob(b).t(sep).neg(a)
                else:
                    d.neg(a).t(sep).dob(b)
                d.t("\n")
        elif kind == 2:  # HTML
            d.t("<table>\n<tr><th>%s</th><th>%s</th></tr>\n" % (hn, hb))
            for gs, b, a in rows:
                d.t("<tr><td>").p(lg, gs).t("</td><td>").dob(b).t("</td></tr>\n")
            d.t("</table>")
        elif kind == 3:  # fixed width
            d.t("%-24s%-14s%s\n" % (hn.upper(), hb.upper(), ha.upper()))
            for gs, b, a in rows:
                name = gs[1].upper() + " " + gs[0].upper()
                d.span("PERSON", gs[1].upper()).t(" ").span("PERSON", gs[0].upper())
                d.t(" " * max(1, 24 - len(name))).dob(b).t(" " * max(1, 14 - len(b))).neg(a)
                d.t("\n")
        else:  # header, a sentence, then rows
            d.t(rng.choice(["Here is the export, columns are name / %s:\n" % hb,
                            "Columns: %s, %s\n\n" % (hn, hb)]))
            for gs, b, a in rows:
                d.p(lg, gs).t(rng.choice(["  ", " - ", "\t"])).dob(b).t("\n")
        d.done()


JKEYS = ["dob", "DOB", "birth_date", "birthDate", "dateOfBirth", "date_of_birth", "geburtsdatum",
         "fecha_nacimiento", "date_naissance", "data_nascita", "dataNascimento", "geboortedatum",
         "data_urodzenia", "fodelsedatum", "bday", "birthday", "born", "BirthDate", "dob_iso",
         "patient_dob", "Geburtsdatum", "fechaNacimiento"]
NKEYS = ["created_at", "updated_at", "admission_date", "expires", "issued", "date_of_death",
         "appointment", "hired_on", "lastLogin"]


def gen_json():
    for i in range(60):
        lg = LANGS[i % len(LANGS)]
        d = D(lg, "json")
        g, s = person(lg)
        y, m, dd = birth()
        val = rng.choice(["%d-%02d-%02d" % (y, m, dd), numeric(y, m, dd, lg),
                          "%d-%02d-%02dT00:00:00Z" % (y, m, dd)])
        kind = i % 4
        if kind == 0:
            d.t('{"name": "').p(lg, (g, s)).t('", "%s": "' % rng.choice(JKEYS)).dob(val)
            d.t('", "%s": "' % rng.choice(NKEYS)).neg("%d-%02d-%02d" % other_date()).t('"}')
        elif kind == 1:
            d.t('{\n  "person": {\n    "first": "').span("PERSON", g).t('",\n    "last": "')
            d.span("PERSON", s).t('",\n    "birth": {\n      "date": "').dob(val)
            d.t('",\n      "place": "%s"\n    }\n  }\n}' % rng.choice(CITY[lg]))
        elif kind == 2:
            d.t(rng.choice(["patient:\n", "- ", "user:\n"]))
            d.t("  name: ").p(lg, (g, s)).t("\n")
            if rng.random() < 0.5:
                d.t("  %s: " % rng.choice(JKEYS)).dob(val).t("\n")
            else:
                d.t("  birth:\n    date: ").dob(val).t("\n    place: %s\n" % rng.choice(CITY[lg]))
            d.t("  %s: " % rng.choice(NKEYS)).neg("%d-%02d-%02d" % other_date()).t("\n")
        else:
            d.t("%s INFO user.update uid=%d " % ("2025-%02d-%02dT10:%02d:11Z" % (
                rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)), rng.randint(100, 9999)))
            k = rng.choice(["dob", "birthdate", "birth_date", "DOB", "bday", "gebdat"])
            sep = rng.choice(["=", "=", ": ", ":"])
            d.t("name=\"").p(lg, (g, s)).t("\" %s%s" % (k, sep)).dob(
                rng.choice(["%d-%02d-%02d" % (y, m, dd), "%d%02d%02d" % (y, m, dd),
                            numeric(y, m, dd, lg)]))
            d.t(" status=ok")
        d.done()


PROSE = {
    "en": ["{P} was born on {D} in {C}.", "{P} was born {D}.", "I was born on {D}, if that matters.",
           "My date of birth is {D}.", "Her son came into the world on {D}.",
           "{P}'s mother gave birth to him on {D} at home.", "{P} (born {D}) joined us in May.",
           "She was born in {C} on {D} and moved here later.", "born on {D} – {P}",
           "{P}, who was born on {D}, applied for the role."],
    "de": ["{P} wurde am {D} in {C} geboren.", "{P} ist am {D} geboren.",
           "Ich bin am {D} geboren.", "Mein Sohn kam am {D} zur Welt.",
           "{P}, geboren am {D}, wohnhaft in {C}.", "Sie wurde am {D} geboren."],
    "fr": ["{P} est né le {D} à {C}.", "{P} est née le {D}.", "Je suis né le {D}.",
           "Sa fille est venue au monde le {D}.", "{P}, né le {D} à {C}, demeurant à Paris."],
    "nl": ["{P} is geboren op {D} in {C}.", "{P} werd op {D} geboren.",
           "Ik ben geboren op {D}.", "Onze dochter kwam op {D} ter wereld."],
    "es": ["{P} nació el {D} en {C}.", "{P}, nacida el {D} en {C}.", "Nací el {D}.",
           "Mi hijo vino al mundo el {D}."],
    "it": ["{P} è nato il {D} a {C}.", "{P} è nata a {C} il {D}.", "Sono nata il {D}.",
           "{P}, nato a {C} il {D}, residente a Milano."],
    "pt": ["{P} nasceu em {D} em {C}.", "{P} nasceu a {D}.", "Nasci a {D}.",
           "{P}, nascida em {D}, natural de {C}."],
    "pl": ["{P} urodził się {D} w {C}.", "{P} urodziła się {D}.", "Urodziłam się {D}.",
           "{P}, urodzony {D} w {C}."],
    "sv": ["{P} föddes den {D} i {C}.", "{P} är född {D}.", "Jag föddes den {D}.",
           "{P}, född {D} i {C}."],
}
BDAY = {  # a birthday without its year (the author labels it a date of birth: it is one, in part)
    "en": ["{P}'s birthday is {B}.", "{P} turns 40 on {N}.", "{P} celebrates her birthday on {B}.",
           "my bday is {B} lol"],
    "de": ["{P} hat am {B} Geburtstag.", "Mein Geburtstag ist am {B}."],
    "fr": ["{P} fête son anniversaire le {B}.", "Mon anniversaire est le {B}."],
    "nl": ["{P} is jarig op {B}.", "Mijn verjaardag is op {B}."],
    "es": ["{P} cumple años el {B}.", "Mi cumpleaños es el {B}."],
    "it": ["{P} compie gli anni il {B}.", "Il mio compleanno è il {B}."],
    "pt": ["{P} faz anos a {B}.", "O meu aniversário é a {B}."],
    "pl": ["{P} ma urodziny {B}.", "Moje urodziny są {B}."],
    "sv": ["{P} fyller år den {B}.", "Min födelsedag är den {B}."],
}


def bday_str(lg, m, d):
    mo = MON[lg][m - 1]
    if lg == "en":
        return rng.choice(["%s %d" % (mo, d), "%s %s" % (mo, ordinal_en(d)),
                           "the %s of %s" % (ordinal_en(d), mo), "%d %s" % (d, mo)])
    if lg == "de":
        return rng.choice(["%d. %s" % (d, mo), "%02d.%02d." % (d, m)])
    if lg in ("es", "pt"):
        return "%d de %s" % (d, mo)
    return "%d %s" % (d, mo)


class P(D):
    def slot(self, key, kw):
        if key == "P":
            self.p(self.lg)
        elif key == "D":
            self.dob(kw["D"])
        elif key == "B":
            self.dob(kw["B"])
        elif key == "N":  # the lead's decision of stop 34: "turns N on" + day and month is a
            self.neg(kw["B"])  # birthday, no date of birth (test_names_dob15.c)
        elif key == "C":
            self.t(rng.choice(CITY[self.lg]))


def gen_prose():
    for i in range(72):
        lg = LANGS[i % len(LANGS)]
        P(lg, "prose").fill(rng.choice(PROSE[lg]), D=date_in(lg, worded_share=0.6)).done()
    for i in range(27):
        lg = LANGS[i % len(LANGS)]
        y, m, d = birth()
        P(lg, "bday").fill(rng.choice(BDAY[lg]), B=bday_str(lg, m, d)).done()


def gen_partial():
    for i in range(40):
        y, m, d = birth()
        mo = MON["en"][m - 1]
        ab = MON_ABBR["en"][m - 1]
        v = rng.choice(["%s of %s '%s" % (ordinal_en(d), mo, yy(y)), "%s %s" % (mo, yy(y)),
                        "%02d-%s-%d" % (d, ab, y), "%d-%d-%d" % (y, m, d),
                        "%d.%d.%s" % (d, m, yy(y)), "%s '%s" % (ab, yy(y)),
                        "%s %d" % (mo, y), "%d" % y, "%02d/%s" % (m, yy(y)),
                        "the %s of %s, %d" % (ordinal_en(d), mo, y)])
        t = rng.choice(["born {V}", "DOB {V}", "b. {V}", "dob: {V}", "Born: {V}",
                        "{P}, born {V}", "{P} was born in {V}"])
        dd = D("en", "partial")
        if "{P}" not in t:
            t = rng.choice(["Applicant: {P}, ", "Client {P} ", ""]) + t
        for part in re.split(r"(\{[PV]\})", t):
            if part == "{P}":
                dd.p("en")
            elif part == "{V}":
                dd.dob(v)
            else:
                dd.t(part)
        dd.done()


def gen_paren():
    for i in range(45):
        lg = LANGS[i % len(LANGS)]
        d = D(lg, "paren")
        g, s = person(lg)
        v = numeric(*birth(), lg)
        k = i % 5
        if k == 0:
            d.p(lg, (g, s)).t(" (").dob(v).t(")")
        elif k == 1:
            d.p(lg, (g, s), "sg").t(rng.choice([" *", " * ", ", *"])).dob(v)
        elif k == 2:
            op = rng.choice([", *", " (geb. ", " (b. ", " (né le ", " (ur. ", " (f. "])
            d.p(lg, (g, s)).t(op).dob(v).t(")" if "(" in op else "")
        elif k == 3:
            d.p(lg, (g, s), "caps").t(" ").dob(v).t(rng.choice([" M", " F", " W", ""]))
        else:
            d.t(rng.choice(["Attendees:\n", "Kids:\n", "Teilnehmer:\n"]))
            for _ in range(rng.randint(2, 3)):
                d.t("- ").p(lg).t(" (").dob(numeric(*birth(), lg)).t(")\n")
        d.t(rng.choice(["", " – please check", "\n", " – Zimmer 12"]))
        d.done()


def gen_genea():
    for i in range(36):
        lg = LANGS[i % len(LANGS)]
        d = D(lg, "genea")
        y, m, dd = birth()
        y -= 40
        yd = min(y + rng.randint(40, 90), 2024)
        k = i % 4
        if k == 0:
            d.p(lg).t(" (").dob(str(y)).t(rng.choice(["–", "-", " – ", "—"])).neg(str(yd)).t(")")
        elif k == 1:
            b = {"de": "* ", "pl": "ur. ", "sv": "f. ", "fr": "né le "}.get(lg, "b. ")
            dm = {"de": "† ", "pl": "zm. ", "sv": "d. ", "fr": "décédé le "}.get(lg, "d. ")
            d.p(lg).t(", " + b).dob(worded(y, m, dd, lg) if lg != "de" else "%02d.%02d.%d" % (
                dd, m, y))
            d.t(", " + dm).neg(numeric(yd, rng.randint(1, 12), rng.randint(1, 28), lg))
        elif k == 2:
            d.t("Family tree:\n")
            d.p(lg).t(" (").dob(str(y)).t("–").neg(str(yd)).t(")\n  m. ")
            d.p(lg).t(" (").dob(str(y + 2)).t("–").neg(str(yd - 1)).t(")\n    child: ")
            d.p(lg).t(" b. ").dob(str(y + 25)).t("\n")
        else:
            d.p(lg).t(" (").dob(worded(y, m, dd, "en")).t(" – ").neg(
                worded(yd, 1 + (m % 12), dd, "en")).t(")")
        d.done()


def gen_age():
    for i in range(36):
        lg = LANGS[i % len(LANGS)]
        d = D(lg, "age")
        y, m, dd = birth()
        age = 2026 - y
        v = numeric(y, m, dd, lg)
        k = i % 4
        if k == 0:
            d.p(lg).t(", %d, " % age).t(rng.choice(LABELS[lg]).rstrip(":") + " ").dob(v)
        elif k == 1:
            d.t(rng.choice(["age %d (born " % age, "%d y/o, dob " % age, "Alter: %d (geb. " % age,
                            "%d ans (née le " % age, "%d años (nacido el " % age])).dob(v)
            if "(" in d.text:
                d.t(")")
        elif k == 2:
            d.p(lg).t(" – %d J. – " % age).dob(v)
        else:
            d.t("Pt ").p(lg).t(", %dyo %s, DOB " % (age, rng.choice(["M", "F"]))).dob(v)
            d.t(", seen ").neg(numeric(*other_date(), lg))
        d.done()


def gen_noise():
    for i in range(40):
        y, m, dd = birth()
        v = rng.choice(["%02d/%02d/%d" % (dd, m, y), "%02d . %02d . %d" % (dd, m, y),
                        "%02d %02d %d" % (dd, m, y), "%d%s%d" % (dd, MON["en"][m - 1].lower(), y),
                        "%02d.%02d.%d" % (dd, m, y), "%s/%s/%d" % (dd, m, y),
                        "%d-%02d-%02d" % (y, m, dd)])
        lab = rng.choice(["D0B", "DOB:", "Date of Birth :", "D.O.B", "dob ->", "Birthdate::",
                          "D O B", "dob=", "Dat e of Birth:", "DOB;", "DOB/", "geb.am", "Geb:",
                          "birthdate -", "Date-of-birth:"])
        d = D("en", "noise")
        d.t(rng.choice(["", "ok so ", "pls fix -> ", "OCR: "]))
        if rng.random() < 0.5:
            d.p("en", order=rng.choice(["gs", "caps"])).t(rng.choice([" ", "  ", " | "]))
        sep = "" if lab.endswith(("=", ":", ";", "/")) and rng.random() < 0.5 else " "
        d.t(lab + sep).dob(v).t(rng.choice(["", " ??", " thx", "\n"]))
        d.done()


def gen_neg():
    famous = [("Mozart", "was born in", "1756"), ("Einstein", "was born on", "14 March 1879"),
              ("Frida Kahlo", "nació el", "6 de julio de 1907"),
              ("Goethe", "wurde am", "28. August 1749"), ("Marie Curie", "est née le",
                                                         "7 novembre 1867")]
    for i in range(70):
        lg = LANGS[i % len(LANGS)]
        d = D(lg, "neg")
        k = i % 7
        if k == 0:
            d.p(lg).t(" – " + rng.choice(NEG_LABELS[lg]) + ": ").neg(numeric(*other_date(), lg))
        elif k == 1:
            d.t(rng.choice(NEG_LABELS[lg]) + ": ").neg(date_in(lg, other_date()))
        elif k == 2:
            f = famous[i % len(famous)]
            d.t("Write a short poem about how %s %s " % (f[0], f[1])).neg(f[2]).t(
                rng.choice([".", " geboren.", ""]))
        elif k == 3:
            pet = rng.choice(["Our dog Bruno was born on ", "My cat Luna was born ",
                              "Der Welpe kam am ", "Notre chat est né le "])
            d.t(pet).neg(numeric(*other_date(), lg)).t(".")
        elif k == 4:
            d.t(rng.choice(["The company was founded on ", "Gründungsdatum: ", "Release date: ",
                            "Fondée le ", "Product launched ", "Firma założona "]))
            d.neg(date_in(lg, (rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))))
        elif k == 5:
            a = rng.randint(1900, 2010)
            d.t(rng.choice(["Windows XP (", "the war (", "her tenure as CEO (", "the series ran ("]))
            d.neg(str(a)).t("–").neg(str(a + rng.randint(2, 12))).t(")")
        else:
            d.t(rng.choice(["They married on ", "Hochzeit: ", "Mariage le ", "Wizyta: ",
                            "Appointment booked for "]))
            d.neg(date_in(lg, other_date())).t(" with ").p(lg)
        d.done()


gen_label()
gen_far()
gen_json()
gen_prose()
gen_partial()
gen_paren()
gen_genea()
gen_age()
gen_noise()
gen_neg()
write_json(records)
