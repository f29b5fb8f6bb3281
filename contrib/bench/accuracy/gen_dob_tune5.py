#!/usr/bin/env python3
"""gen_dob_tune5.py: a fifth DATE_OF_BIRTH tune set (issue 15, branch dob5), written from a fresh
brief of the shapes the four sets before it did not write, not from hush's recogniser:

- conversation and chat: "I'm a March '87 baby", "born 4th of March 87", "my birthday's the 4th",
  "bday is May 5" at a text's very end; "turned 40 on 2026-03-04" is not a birth date (NEG_DATE);
- forms in pt/pl/sv/da/no/fi/cs/tr/ro ("Data urodzenia", "Födelsedatum", "Fødselsdato",
  "Syntymäaika", "Datum narození", "Doğum tarihi", "Data nașterii") with numeric dates and
  month names of their language, beside an issue or a visit date;
- day-first birthdays without a year in fr/es/it/pt/de ("anniversaire le 4 mars", "cumpleaños:
  4 de marzo"); a firm's or a wedding's anniversary on the same shape is not one (NEG_DATE);
- rosters whose header is one column off (a row number with no header cell, a header cell for a
  column the rows do not have);
- the EU driving licence's field 3 without a field 4a after it;
- a label and its date across a line break, the colon on the next line;
- the label after the date in brackets ("04.03.1987 (Geb.)");
- dates with their weekday after them ("04.03.1987 (Wednesday)", "4 March 1987, a Wednesday");
- ISO dates with a time under a birth key ("1987-03-04T00:00:00Z"), Unix timestamps (seconds
  and milliseconds) under a birth key; created/updated timestamps beside them (NEG_DATE).

Decisions: a birthday without a year is labelled DATE_OF_BIRTH (as dob3's and dob4's); a month
and year ("March '87") after a baby's word is labelled; a day alone ("the 4th") is labelled; an
ISO date with its time is labelled whole. Names are invented and labelled PERSON.
presidio-research's JSON shape, code-point offsets.
Deterministic (fixed seed), no input: python3 gen_dob_tune5.py > data/dob_tune5.json
"""
import calendar
import datetime
import random

from gen_common import (Doc as BaseDoc, MONTHS as COMMON_MONTHS, WEEKDAYS, ordinal_en, random_ymd,
                        write_json)

R = random.Random(50517)
GIVEN = ["Aurelio", "Bodil", "Cyprian", "Dorota", "Elif", "Fridtjof", "Grazyna", "Halvard",
         "Ioana", "Jarmila", "Kerttu", "Lasse", "Mirela", "Nuno", "Oskari", "Pernille", "Radka",
         "Sølvi", "Tomasz", "Ulrika"]
SURNAME = ["Andersson", "Brzezinski", "Cerny", "Dalgaard", "Ekström", "Fonseca", "Gheorghiu",
           "Haapala", "Ilves", "Jankowska", "Kaya", "Lindqvist", "Marinescu", "Novotna",
           "Oksanen", "Pedersen", "Queiroz", "Rasmussen", "Sahin", "Tvedt"]
EN_M = list(calendar.month_name)[1:]
EN_A = list(calendar.month_abbr)[1:]
# The shared months of five pack languages, then the other languages' (genitive where they use it).
MONTHS = {lg: COMMON_MONTHS[lg] for lg in ("fr", "es", "it", "pt", "de")}
MONTHS.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
})
records = []


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def birth():
    return random_ymd(R, 1935, 2006)


def later():
    return random_ymd(R, 2018, 2026)


def local_numeric(lg, y, m, d):
    return R.choice({
        "pl": ["%02d.%02d.%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)],
        "sv": ["%d-%02d-%02d" % (y, m, d), "%02d%02d%02d" % (y % 100, m, d) + "-" + "%04d" % R.randint(0, 9999)][:1],
        "da": ["%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
        "no": ["%02d.%02d.%d" % (d, m, y)],
        "fi": ["%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
        "cs": ["%d. %d. %d" % (d, m, y), "%d.%d.%d" % (d, m, y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)],
        "ro": ["%02d.%02d.%d" % (d, m, y)],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)],
        "de": ["%02d.%02d.%d" % (d, m, y)], "fr": ["%02d/%02d/%d" % (d, m, y)],
        "en": ["%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)],
        "es": ["%02d/%02d/%d" % (d, m, y)], "it": ["%02d/%02d/%d" % (d, m, y)],
    }[lg])


def local_words(lg, y, m, d):
    mo = MONTHS[lg][m - 1]
    return {"pl": "%d %s %d" % (d, mo, y), "sv": "%d %s %d" % (d, mo, y),
            "da": "%d. %s %d" % (d, mo, y), "no": "%d. %s %d" % (d, mo, y),
            "fi": "%d. %s %d" % (d, mo, y), "cs": "%d. %s %d" % (d, mo, y),
            "tr": "%d %s %d" % (d, mo, y), "ro": "%d %s %d" % (d, mo, y),
            "pt": "%d de %s de %d" % (d, mo, y)}[lg]


class Doc(BaseDoc):
    records = records

    def p(self):
        return self.span("PERSON", person())

    def dob(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)


def iso(y, m, d):
    return "%d-%02d-%02d" % (y, m, d)


# ---- conversation and chat ------------------------------------------------------------------------
for i in range(40):
    y, m, d = birth()
    ly, lm, ld = later()
    doc = Doc("en", "chat")
    k = i % 10
    if k == 0:
        doc.t("lol yeah I'm a ").dob("%s '%02d" % (EN_M[m - 1], y % 100)).t(" baby, so basically ancient")
    elif k == 1:
        doc.t("me? born ").dob("%s of %s %02d" % (ordinal_en(d), EN_M[m - 1], y % 100))
        doc.t(", same week as my cousin. moving to the new flat on ").neg(iso(ly, lm, ld)).t(" btw")
    elif k == 2:
        doc.t("[").p().t("] omg my birthday's the ").dob(ordinal_en(d)).t(" and nobody remembered")
    elif k == 3:
        doc.t("new phone who dis. also fyi bday is ").dob("%s %d" % (EN_M[m - 1], d))
    elif k == 4:
        doc.t("Sarah: when's your birthday?\n").p().t(": ").dob("%s %s" % (EN_A[m - 1], ordinal_en(d)))
        doc.t("! why?\nSarah: no reason 👀")
    elif k == 5:
        doc.t("I turned %d on " % R.randint(30, 60)).neg(iso(ly, lm, ld)).t(" and honestly it was fine. ")
        doc.t("Party was on ").neg("%d/%d/%d" % (lm, ld, ly)).t(".")
    elif k == 6:
        doc.t("ok so for the form: I was born ").dob("%d %s %d" % (d, EN_M[m - 1], y))
        doc.t(" and the appointment is ").neg("%d %s %d" % (ld, EN_M[lm - 1], ly)).t(", right?")
    elif k == 7:
        doc.t("haha same, ").dob("%s %d" % (EN_M[m - 1], y)).t(" baby here 🙋 we're the same age basically")
    elif k == 8:
        doc.t("Support chat\nAgent: Can you confirm your date of birth?\nCustomer: sure it's ")
        doc.dob("%d/%d/%02d" % (m, d, y % 100)).t("\nAgent: Thanks, and the order date?\nCustomer: ")
        doc.neg("%d/%d/%d" % (lm, ld, ly))
    else:
        doc.t("she celebrated her %dth anniversary at the firm on " % R.randint(5, 25))
        doc.neg(iso(ly, lm, ld)).t("; her own birthday is ").dob("%s %d" % (EN_M[m - 1], d)).t(".")
    doc.done()

# ---- forms in pt/pl/sv/da/no/fi/cs/tr/ro ----------------------------------------------------------
FORM = {
    "pl": ("Imię i nazwisko", "Data urodzenia", "Data wydania"),
    "sv": ("Namn", "Födelsedatum", "Utfärdat"),
    "da": ("Navn", "Fødselsdato", "Udstedt"),
    "no": ("Navn", "Fødselsdato", "Utstedt"),
    "fi": ("Nimi", "Syntymäaika", "Myönnetty"),
    "cs": ("Jméno", "Datum narození", "Datum vydání"),
    "tr": ("Adı Soyadı", "Doğum tarihi", "Veriliş tarihi"),
    "ro": ("Nume", "Data nașterii", "Data eliberării"),
    "pt": ("Nome", "Data de nascimento", "Data de emissão"),
}
for i in range(72):
    lg = list(FORM)[i % len(FORM)]
    nl, bl, xl = FORM[lg]
    y, m, d = birth()
    ly, lm, ld = later()
    doc = Doc(lg, "form")
    v = local_words(lg, y, m, d) if i % 4 == 3 else local_numeric(lg, y, m, d)
    k = (i // len(FORM)) % 4
    if k == 0:
        doc.t(nl + ": ").p().t("\n" + bl + ": ").dob(v).t("\n" + xl + ": ").neg(local_numeric(lg, ly, lm, ld)).t("\n")
    elif k == 1:
        doc.t(nl + ": ").p().t(", " + bl.lower() + " ").dob(v).t(", " + xl.lower() + " ").neg(local_numeric(lg, ly, lm, ld))
    elif k == 2:
        doc.t("| " + nl + " | " + bl + " | " + xl + " |\n|---|---|---|\n| ").p().t(" | ").dob(v)
        doc.t(" | ").neg(local_numeric(lg, ly, lm, ld)).t(" |\n")
    else:
        doc.t(xl + ": ").neg(local_numeric(lg, ly, lm, ld)).t("\n" + nl + ": ").p().t("\n" + bl + ":\t").dob(v).t("\n")
    doc.done()

# ---- day-first birthdays without a year -----------------------------------------------------------
for i in range(40):
    lg = ["fr", "es", "it", "pt", "de"][i % 5]
    y, m, d = birth()
    mo = MONTHS[lg][m - 1]
    doc = Doc(lg, "yearless")
    k = (i // 5) % 8
    if lg == "fr":
        dd = "1er" if d == 1 else str(d)
        [lambda: doc.p().t(" fête son anniversaire le ").dob("%s %s" % (dd, mo)).t(", on lui offre un livre ?"),
         lambda: doc.t("Mon anniversaire : ").dob("%s %s" % (dd, mo)),
         lambda: doc.t("Date d'anniversaire : ").dob("%d %s" % (d, mo)).t("\nNom : ").p(),
         lambda: doc.t("L'anniversaire de la société est le ").neg("%d %s" % (d, mo)).t(", pot à 17h."),
         ][k % 4]()
    elif lg == "es":
        [lambda: doc.t("Nombre: ").p().t("\nCumpleaños: ").dob("%d de %s" % (d, mo)),
         lambda: doc.t("mi cumpleaños es el ").dob("%d de %s" % (d, mo)).t(" jaja"),
         lambda: doc.p().t(" cumple años el ").dob("%d de %s" % (d, mo)).t("."),
         lambda: doc.t("El aniversario de boda es el ").neg("%d de %s" % (d, mo)).t("."),
         ][k % 4]()
    elif lg == "it":
        [lambda: doc.t("Compleanno: ").dob("%d %s" % (d, mo)).t("\nNome: ").p(),
         lambda: doc.t("il mio compleanno è il ").dob("%d %s" % (d, mo)).t(", ci vediamo?"),
         lambda: doc.p().t(" compie gli anni il ").dob("%d %s" % (d, mo)).t("."),
         lambda: doc.t("L'anniversario dell'azienda cade il ").neg("%d %s" % (d, mo)).t("."),
         ][k % 4]()
    elif lg == "pt":
        [lambda: doc.t("Aniversário: ").dob("%d de %s" % (d, mo)).t("\nNome: ").p(),
         lambda: doc.t("o meu aniversário é no dia ").dob("%d de %s" % (d, mo)),
         lambda: doc.p().t(" faz anos a ").dob("%d de %s" % (d, mo)).t("."),
         lambda: doc.t("O aniversário da empresa é a ").neg("%d de %s" % (d, mo)).t("."),
         ][k % 4]()
    else:
        [lambda: doc.p().t(" hat am ").dob("%d. %s" % (d, mo)).t(" Geburtstag, wer besorgt die Karte?"),
         lambda: doc.t("Geburtstag am ").dob("%d. %s" % (d, mo)).t(" – bitte vormerken"),
         lambda: doc.t("Mein Geburtstag ist der ").dob("%d. %s" % (d, mo)).t("."),
         lambda: doc.t("Firmenjubiläum am ").neg("%d. %s" % (d, mo)).t(", alle sind eingeladen."),
         ][k % 4]()
    doc.done()

# ---- rosters with a header one column off ---------------------------------------------------------
for i in range(16):
    lg = ["en", "de", "it", "pl"][i % 4]
    hdr = {"en": ("Name", "DOB", "Club"), "de": ("Name", "Geburtsdatum", "Verein"),
           "it": ("Nome", "Data di nascita", "Squadra"), "pl": ("Nazwisko", "Data urodzenia", "Klub")}[lg]
    sep = [";", "\t", " | ", ","][i % 4 if i < 8 else (i + 1) % 4]
    doc = Doc(lg, "roster")
    if i % 2 == 0:  # a row number with no header cell
        doc.t(sep.join(hdr) + "\n")
        for r in range(3):
            doc.t(str(r + 1) + sep).p().t(sep).dob(local_numeric(lg, *birth())).t(sep + R.choice(["Lions", "Tigers", "Kickers"]) + "\n")
    else:  # a header cell the rows do not fill: a member number column in the header only
        doc.t(sep.join(("Nr.",) + hdr) + "\n")
        for r in range(3):
            doc.p().t(sep).dob(local_numeric(lg, *birth())).t(sep + R.choice(["Lions", "Tigers", "Kickers"]) + "\n")
    doc.done()

# ---- EU licence field 3 with no 4a after it -------------------------------------------------------
for i in range(10):
    lg = ["de", "fr", "it", "pl", "pt"][i % 5]
    y, m, d = birth()
    doc = Doc(lg, "licence")
    doc.t("1. ").span("PERSON", R.choice(SURNAME).upper()).t("\n2. ").span("PERSON", R.choice(GIVEN).upper())
    doc.t("\n3. ").dob("%02d.%02d.%d" % (d, m, y)).t(" " + R.choice(["Kraków", "Lyon", "Bari", "Porto", "Graz"]))
    doc.t(["\n5. B%07d\n" % R.randint(0, 9999999), "\n", "\n9. AM/B1/B\n"][i % 3])
    doc.done()

# ---- a label and its date across a line break -----------------------------------------------------
for i in range(16):
    lg = ["en", "de", "fr", "es"][i % 4]
    lab = {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "es": "Fecha de nacimiento"}[lg]
    y, m, d = birth()
    doc = Doc(lg, "linebreak")
    doc.t("Name\n: ").p().t("\n" + lab + "\n" + [": ", ":\n", "\n: ", " :\n"][i % 4]).dob(local_numeric(lg, y, m, d))
    doc.t("\nVisit\n: ").neg(local_numeric(lg, *later())).t("\n")
    doc.done()

# ---- the label after the date, in brackets --------------------------------------------------------
for i in range(16):
    lg = ["de", "en", "fr", "es"][i % 4]
    y, m, d = birth()
    lab = {"de": ["Geb.", "geb.", "Geburtsdatum"], "en": ["DOB", "born", "date of birth"],
           "fr": ["naissance", "né le", "date de naissance"], "es": ["nacimiento", "F. nac.", "fecha de nacimiento"]}[lg]
    doc = Doc(lg, "bracket")
    doc.p().t(", ").dob(local_numeric(lg, y, m, d)).t(" (" + lab[i % 3] + "), ")
    doc.neg(local_numeric(lg, *later())).t({"de": " (Eintritt)", "en": " (joined)", "fr": " (entrée)", "es": " (alta)"}[lg])
    doc.done()

# ---- dates with the weekday after them ------------------------------------------------------------
for i in range(16):
    lg = ["en", "de", "fr"][i % 3]
    y, m, d = birth()
    wd = WEEKDAYS[lg][datetime.date(y, m, d).weekday()]
    doc = Doc(lg, "weekday")
    if lg == "en":
        if i % 2:
            doc.p().t(" was born on ").dob("%d %s %d" % (d, EN_M[m - 1], y)).t(", a " + wd + ", in Leeds.")
        else:
            doc.t("DOB: ").dob("%02d/%02d/%d" % (m, d, y)).t(" (" + wd + ")\nAppointment: ")
            ly, lm, ld = later()
            doc.neg("%02d/%02d/%d" % (lm, ld, ly)).t(" (" + WEEKDAYS["en"][datetime.date(ly, lm, ld).weekday()] + ")")
    elif lg == "de":
        doc.t("Geburtsdatum: ").dob("%02d.%02d.%d" % (d, m, y)).t(", " + wd + "\nTermin: ").neg(local_numeric("de", *later()))
    else:
        doc.p().t(" est née le ").dob("%d %s %d" % (d, MONTHS["fr"][m - 1], y)).t(" (un " + wd + ").")
    doc.done()

# ---- ISO dates with a time and Unix timestamps under a birth key ----------------------------------
for i in range(24):
    y, m, d = birth()
    ts = calendar.timegm((y, m, d, 0, 0, 0))
    cy, cm, cd = later()
    cts = calendar.timegm((cy, cm, cd, R.randint(0, 23), R.randint(0, 59), 0))
    key = ["birthDate", "dob", "date_of_birth", "dateOfBirth", "birthdate", "geburtsdatum"][i % 6]
    doc = Doc("en", "json")
    k = i % 4
    if k == 0:
        doc.t('{"name": "').p().t('", "' + key + '": "').dob(iso(y, m, d) + "T00:00:00Z")
        doc.t('", "createdAt": "').neg(iso(cy, cm, cd) + "T%02d:%02d:11Z" % (R.randint(0, 23), R.randint(0, 59))).t('"}')
    elif k == 1:
        doc.t('{"user": {"' + key + '": "').dob(iso(y, m, d) + "T00:00:00.000+00:00")
        doc.t('", "updated_at": "').neg(iso(cy, cm, cd) + " 09:14:02").t('", "full_name": "').p().t('"}}')
    elif k == 2:
        doc.t('{"id": %d, "' % R.randint(100, 9999) + key + '": ').dob(str(ts))
        doc.t(', "created": ').neg(str(cts)).t(', "name": "').p().t('"}')
    else:
        doc.t(key + ": ").dob(str(ts * 1000)).t("\nlast_login: ").neg(str(cts * 1000)).t("\nname: ").p().t("\n")
    doc.done()

write_json(records, newline=False)
