#!/usr/bin/env python3
"""gen_dob44.py: dates of birth in forms, records and prose, written from the public briefs of the
tenth, fourteenth and sixteenth blind sets (their run.sh titles and README rows only; never their
generators or data), before any detector rule was read or hush was run on it (branch dob44; a
tune set).

The kinds of text (metadata.class): adverse-event reports (CIOMS boxes) and trial CRF pages,
European accident statements (two drivers in columns), foster placements, scholarship forms,
naturalisation decrees and ceremony lists, donor registrations (donor and recipient on one form),
firearms licences, background checks, social-housing and benefit claims (household members in a
table), maternity records (the mother, the newborn with its time of birth, the due date),
consular registrations, implant cards, drug-test custody forms, Zendesk/Intercom/Shopify
exports, chat exports, dental, pharmacy and lab records, driving-school and onboarding forms,
eulogies, character references, school notes, court lists, estate notices, learner texts and
code-switched letters, family sheets; in en/de/fr/nl/es/it/pt/pl/sv/da/no/fi/cs/hu/tr/ro/el
(Greek in Latin transliteration).

What varies on purpose:
- whose birth: the subject's, a child's, a newborn's, a spouse's, a parent's, dependants in a
  household table, a donor's and a recipient's;
- the label: full, abbreviated, inflected, misspelt, OCR-damaged (`Geburtsdaturn`, `D.0.B`,
  `Data urodzema`), with a format hint (`Data urodzenia (dd-mm-rrrr)`), bilingual
  (`Geburtsdatum / Date of birth`), on the line above, in a column header of a grid or of a
  PDF-to-text two-column block, after the value (`12.03.1987 (Geburtsdatum)`), genealogical
  `*`, `geb.`, `né(e) le`, `nat. il`, `ur.`, `f.`, `s.`, `nar.`, `szül.`, `n.`;
- the value: numeric in each country's order, separate day/month/year boxes (`Tag 12 Monat 03
  Jahr 1987`), spaced and boxed digits, Roman months, spelled and abbreviated months of every
  language (genitive and partitive where the language inflects them), two-digit years, ordinal
  days, the Hungarian year-first order, month and year alone, an age beside;
- look-alikes, NEG_ spans: dates of onset, report, admission, death, issue, expiry, accident,
  signature, decree, placement, collection and implantation; due dates (`Tahmini doğum tarihi`,
  `Data probabilă a nașterii` carry the birth word), manufacturing and expiry dates of lots, chat
  timestamps; birth places alone (NEG_PLACE); ages alone (NEG_AGE); a `geb.`/`née`/`z d.` maiden
  name (the name is a PERSON, nothing after it is a date); years alone (NEG_DATE).
Labelling conventions (those of dob14, dob17, dob41, dob42 and gen_forms42.py): a month with its
year alone is a DATE_OF_BIRTH, a year alone is NEG_DATE; a dead private person's birth date is a
DATE_OF_BIRTH; the gold span runs from the first to the last character of the date (the box
words inside `Tag 12 Monat 03 Jahr 1987` included, an age, weekday or `r.` after it left out);
PERSON spans are labelled where a person is named.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTH_WORDS, Doc, write_json  # noqa: E402

rng = random.Random(20261205 + 44)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]


class D(Doc):
    records = records

    def dob(self, v):
        return self.span("NEG_DATE" if v.isdigit() and len(v) == 4 else "DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)

    def p(self, g_s, order="gs"):
        g, s = g_s
        if order == "sg":
            return self.span("PERSON", s).t(", ").span("PERSON", g)
        if order == "SG":
            return self.span("PERSON", s.upper()).t(" ").span("PERSON", g)
        if order == "S,G":
            return self.span("PERSON", s.upper()).t(", ").span("PERSON", g)
        return self.span("PERSON", g + " " + s)


# ---- people and places -------------------------------------------------------------------------
GIVEN = {"en": ["Holly", "Callum", "Bethany", "Declan", "Niamh"],
         "de": ["Jonas", "Wiebke", "Ulrike", "Lukas", "Henrike"],
         "fr": ["Océane", "Lucas", "Maëlle", "Thibault"], "nl": ["Femke", "Joost", "Sanne", "Wouter"],
         "es": ["Ximena", "Iñigo", "Pilar", "Rodrigo"], "it": ["Chiara", "Davide", "Ilaria", "Matteo"],
         "pt": ["Graciete", "João", "Inês", "Tiago"], "pl": ["Agnieszka", "Tomasz", "Zofia", "Paweł"],
         "sv": ["Astrid", "Linnea", "Oskar", "Gustav"], "da": ["Mette", "Rasmus", "Freja", "Søren"],
         "no": ["Sigrid", "Håkon", "Ingvild", "Eirik"], "fi": ["Aino", "Jukka", "Saara", "Ville"],
         "cs": ["Tereza", "Jakub", "Lucie", "Vojtěch"], "hu": ["Eszter", "Bence", "Réka", "Zoltán"],
         "tr": ["Ayşe", "Mehmet", "Elif", "Emre"], "ro": ["Ioana", "Andrei", "Mihaela", "Radu"],
         "el": ["Eleni", "Giorgos", "Katerina", "Nikos"]}
SURNAME = {"en": ["Whitaker", "Fletcher", "Okafor", "Brennan"],
           "de": ["Brandstätter", "Kästner", "Vogel", "Lindner"],
           "fr": ["Pelletier", "Marchand", "Girard", "Rousseau"],
           "nl": ["Bakker", "Hendriks", "Mulder", "de Wit"],
           "es": ["Fuentes", "Navarro", "Castillo", "Ortega"],
           "it": ["Greco", "Conti", "Esposito", "Ferraro"],
           "pt": ["Ribeiro", "Teixeira", "Albuquerque", "Sousa"],
           "pl": ["Wójcik", "Nowak", "Kowalczyk", "Zając"],
           "sv": ["Lindqvist", "Johansson", "Berg", "Nyström"],
           "da": ["Kjærgaard", "Mortensen", "Lund", "Thomsen"],
           "no": ["Haugen", "Bakke", "Solberg", "Hagen"],
           "fi": ["Virtanen", "Korhonen", "Mäkinen", "Laaksonen"],
           "cs": ["Dvořák", "Novotná", "Procházka", "Kučera"],
           "hu": ["Kovács", "Szabó", "Tóth", "Horváth"],
           "tr": ["Yılmaz", "Demir", "Kaya", "Öztürk"],
           "ro": ["Popescu", "Ionescu", "Dumitru", "Stoica"],
           "el": ["Papadopoulou", "Georgiou", "Nikolaidis", "Karalis"]}
SYL = ["bran", "wick", "tor", "mel", "hal", "wen", "kel", "mau", "lind", "vla", "dru", "cou",
       "tin", "zar", "qui", "bru", "sca", "kos", "ber", "fal", "ri", "do"]
END = ["ton", "ley", "mann", "son", "qvist", "escu", "eira", "ez", "ini", "ski", "oğlu", "sen",
       "ová", "gaard", "nen", "poulos", "ics"]
TOWNS = {"en": ["Leeds", "Galway", "Ballarat"], "de": ["Bamberg", "Graz", "Chemnitz"],
         "fr": ["Rennes", "Namur", "Oran"], "nl": ["Zwolle", "Gent", "Paramaribo"],
         "es": ["Albacete", "Rosario", "Cádiz"], "it": ["Bari", "Lecce", "Trento"],
         "pt": ["Braga", "Viseu", "Recife"], "pl": ["Radom", "Olsztyn", "Lublin"],
         "sv": ["Umeå", "Växjö", "Luleå"], "da": ["Odense", "Aalborg", "Vejle"],
         "no": ["Bodø", "Tromsø", "Hamar"], "fi": ["Oulu", "Kuopio", "Vaasa"],
         "cs": ["Brno", "Olomouc", "Jihlava"], "hu": ["Szeged", "Pécs", "Győr"],
         "tr": ["İzmir", "Konya", "Bursa"], "ro": ["Cluj-Napoca", "Iași", "Brașov"],
         "el": ["Patra", "Larisa", "Volos"]}


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def town(lg):
    return rng.choice(TOWNS[lg])


def adult():
    return rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)


def child():
    return rng.randint(2006, 2022), rng.randint(1, 12), rng.randint(1, 28)


def recent():
    return rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)


# ---- months ------------------------------------------------------------------------------------
# The month as it stands inside a date (genitive or partitive where the language inflects it).
MON = {k: MONTH_WORDS[k] for k in "en de fr nl es it pt pl sv da no fi cs hu tr ro el".split()}
# Nominative month names where they differ (a month with its year alone).
MON_NOM = dict(MON)
MON_NOM.update({
    "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split(),
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu".split(),
    "cs": "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec".split(),
    "el": "Ianouarios Fevrouarios Martios Aprilios Maios Iounios Ioulios Avgoustos Septemvrios Oktovrios Noemvrios Dekemvrios".split(),
})
ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "sv": "jan feb mar apr maj jun jul aug sep okt nov dec",
    "da": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    "no": "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.",
    "fi": "tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk.",
    "cs": "led úno bře dub kvě čvn čvc srp zář říj lis pro",
    "hu": "jan. febr. márc. ápr. máj. jún. júl. aug. szept. okt. nov. dec.",
    "tr": "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara",
    "ro": "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.",
    "el": "Ian Fev Mar Apr Mai Ioun Ioul Avg Sep Okt Noe Dek",
}
ABBR = {k: v.split() for k, v in ABBR.items()}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def numeric(lg, y, m, d):
    """A numeric date as the country writes it on a form."""
    if lg == "en":
        return rng.choice(["%02d/%02d/%04d" % (m, d, y), "%02d/%02d/%04d" % (d, m, y),
                           "%d/%d/%04d" % (m, d, y)])
    if lg in ("de", "pl", "no", "tr", "ro"):
        return rng.choice(["%02d.%02d.%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y)])
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    if lg == "cs":
        return rng.choice(["%d. %d. %04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lg == "hu":
        return rng.choice(["%04d.%02d.%02d." % (y, m, d), "%04d. %02d. %02d." % (y, m, d)])
    if lg == "sv":
        return rng.choice(["%04d-%02d-%02d" % (y, m, d), "%04d-%02d-%02d" % (y, m, d)])
    if lg == "da":
        return rng.choice(["%02d-%02d-%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lg == "nl":
        return rng.choice(["%02d-%02d-%04d" % (d, m, y), "%d-%d-%04d" % (d, m, y)])
    return "%02d/%02d/%04d" % (d, m, y)


def spelled(lg, y, m, d, abbr=False):
    mn = (ABBR if abbr else MON)[lg][m - 1]
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y),
                           "%s %s %d" % (ordinal_en(d), mn, y), "%s %s, %d" % (mn, ordinal_en(d), y)])
    if lg in ("de", "da", "no", "fi", "cs"):
        return "%d. %s %d" % (d, mn, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mn, d)
    if lg in ("es", "pt") and not abbr:
        day = "1º" if d == 1 and lg == "pt" else str(d)
        return "%s de %s de %d" % (day, mn, y)
    if lg == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)
    if lg == "it":
        return "%s %s %d" % ("1°" if d == 1 else str(d), mn, y)
    return "%d %s %d" % (d, mn, y)


def ordinal_en(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


BOXW = {"en": ("Day", "Month", "Year"), "de": ("Tag", "Monat", "Jahr"), "fr": ("Jour", "Mois", "Année"),
        "nl": ("Dag", "Maand", "Jaar"), "es": ("Día", "Mes", "Año"), "it": ("Giorno", "Mese", "Anno"),
        "pt": ("Dia", "Mês", "Ano"), "pl": ("Dzień", "Miesiąc", "Rok"), "sv": ("Dag", "Månad", "År"),
        "da": ("Dag", "Måned", "År"), "no": ("Dag", "Måned", "År"), "fi": ("Pv", "Kk", "Vuosi"),
        "cs": ("Den", "Měsíc", "Rok"), "hu": ("Nap", "Hó", "Év"), "tr": ("Gün", "Ay", "Yıl"),
        "ro": ("Ziua", "Luna", "Anul"), "el": ("Imera", "Minas", "Etos")}
HINT = {"en": "dd/mm/yyyy", "de": "TT.MM.JJJJ", "fr": "JJ/MM/AAAA", "nl": "DD-MM-JJJJ",
        "es": "DD/MM/AAAA", "it": "GG/MM/AAAA", "pt": "DD/MM/AAAA", "pl": "dd-mm-rrrr",
        "sv": "ÅÅÅÅ-MM-DD", "da": "DD-MM-ÅÅÅÅ", "no": "DD.MM.ÅÅÅÅ", "fi": "PP.KK.VVVV",
        "cs": "DD.MM.RRRR", "hu": "ÉÉÉÉ.HH.NN", "tr": "GG.AA.YYYY", "ro": "ZZ.LL.AAAA",
        "el": "HH/MM/EEEE"}
AGE = {"en": "%d yrs", "de": "%d J.", "fr": "%d ans", "nl": "%d jr", "es": "%d años", "it": "%d anni",
       "pt": "%d anos", "pl": "%d lat", "sv": "%d år", "da": "%d år", "no": "%d år", "fi": "%d v",
       "cs": "%d let", "hu": "%d éves", "tr": "%d yaş", "ro": "%d ani", "el": "%d eton"}

# Value forms and how often each is drawn.
VFORMS = (["num"] * 7 + ["spelled"] * 4 + ["abbr"] * 2 + ["boxes", "spaced", "roman", "yy",
                                                            "iso", "month_year", "boxed"])


def value(lg, y, m, d, form=None):
    """(form, text) of a birth date in lg."""
    form = form or rng.choice(VFORMS)
    if form == "num":
        return form, numeric(lg, y, m, d)
    if form == "spelled":
        return form, spelled(lg, y, m, d)
    if form == "abbr":
        return form, spelled(lg, y, m, d, abbr=True)
    if form == "roman":
        return form, rng.choice(["%d.%s.%d" % (d, ROMAN[m - 1], y), "%d %s %d" % (d, ROMAN[m - 1], y),
                                 "%d-%s-%d" % (d, ROMAN[m - 1], y)])
    if form == "yy":
        sep = "/" if lg in ("en", "fr", "es", "it", "pt", "el") else "-" if lg == "nl" else "."
        if lg == "en" and rng.random() < 0.5:
            return form, "%d/%d/%02d" % (m, d, y % 100)
        return form, "%02d%s%02d%s%02d" % (d, sep, m, sep, y % 100)
    if form == "iso":
        return form, "%04d-%02d-%02d" % (y, m, d)
    if form == "month_year":
        return form, rng.choice(["%s %d" % (MON_NOM[lg][m - 1], y), "%02d/%04d" % (m, y)])
    if form == "spaced":
        if lg in ("hu", "sv"):
            digits = "%04d%02d%02d" % (y, m, d)
        else:
            digits = "%02d%02d%04d" % (d, m, y)
        if rng.random() < 0.5:
            return form, " ".join(digits)
        a, b, c = (digits[:4], digits[4:6], digits[6:]) if lg in ("hu", "sv") else (digits[:2], digits[2:4], digits[4:])
        return form, " - ".join(" ".join(x) for x in (a, b, c))
    if form == "boxed":
        digits = "%02d%02d%04d" % (d, m, y)
        return form, rng.choice(["|" + "|".join(digits) + "|", "[" + "][".join(digits) + "]",
                                 "|%s|%s|%s|" % (digits[:2], digits[2:4], digits[4:])])
    if form == "boxes":
        dw, mw, yw = BOXW[lg]
        if lg == "hu":
            return form, "%04d %s %02d %s %02d" % (y, mw, m, dw, d)
        return form, rng.choice(["%02d %s %02d %s %04d" % (d, mw, m, yw, y),
                                 "%02d  %s: %02d  %s: %04d" % (d, mw, m, yw, y)])
    raise ValueError(form)


def other(lg, y, m, d):
    """A non-birth date in the same record, in the record's numeric or spelled forms."""
    r = rng.random()
    if r < 0.7:
        return numeric(lg, y, m, d)
    if r < 0.85:
        return spelled(lg, y, m, d)
    return "%04d-%02d-%02d" % (y, m, d)


# ---- labels ------------------------------------------------------------------------------------
BIRTH = {
    "en": ["Date of birth", "Date of Birth", "DOB", "D.O.B.", "d.o.b", "DOB/Age", "Birth date",
           "Birthdate", "Date of brith", "D.0.B", "Date 0f Birth", "DATE OF BIRTH", "Pt DOB", "DoB"],
    "de": ["Geburtsdatum", "Geb.-Datum", "Geb.", "geb. am", "Geburtsdat.", "Gebdat", "Geburtsdaturn",
           "GEBURTSDATUM", "Geb.Dat.", "Geboren am", "Geburtstag"],
    "fr": ["Date de naissance", "Né(e) le", "né le", "née le", "Date de naiss.", "DDN", "Date naissance",
           "Date de naissanee", "DATE DE NAISSANCE", "Né le"],
    "nl": ["Geboortedatum", "Geb. datum", "geboren op", "Geb.dat.", "Geboortedaturn", "GEBOORTEDATUM",
           "Geboren"],
    "es": ["Fecha de nacimiento", "F. nac.", "Fecha nac.", "F. de nacimiento", "FECHA DE NACIMIENTO",
           "Fecha de nacimíento", "Nacido el", "Fec. nacim."],
    "it": ["Data di nascita", "Nato il", "nat. il", "nata il", "Data nasc.", "D. nascita",
           "Data di nasclta", "DATA DI NASCITA"],
    "pt": ["Data de nascimento", "Data nasc.", "D.N.", "Nascido em", "Dt. Nasc.", "DATA DE NASCIMENTO",
           "Data de nascimeto"],
    "pl": ["Data urodzenia", "Data urodzenia (dd-mm-rrrr)", "ur.", "Data ur.", "Data urodzema",
           "DATA URODZENIA", "Urodzony(a)"],
    "sv": ["Födelsedatum", "Född", "f.", "Födelsedat.", "Fodelsedatum", "FÖDELSEDATUM"],
    "da": ["Fødselsdato", "Født", "f.", "Fødselsdag", "Fodselsdato", "FØDSELSDATO"],
    "no": ["Fødselsdato", "Født", "f.", "Fødselsdato (dd.mm.åååå)", "Fodselsdato", "FØDSELSDATO"],
    "fi": ["Syntymäaika", "Synt.", "s.", "Syntymäpäivä", "Syntymaaika", "SYNTYMÄAIKA"],
    "cs": ["Datum narození", "Nar.", "nar.", "Datum narozeni", "Dat. nar.", "DATUM NAROZENÍ"],
    "hu": ["Születési idő", "Szül. idő", "Születési dátum", "Szül.", "szül.", "Szuletesi ido",
           "SZÜLETÉSI IDŐ"],
    "tr": ["Doğum tarihi", "D. Tarihi", "Doğum Tarihi", "Dogum tarihi", "Doğum tarıhı", "DOĞUM TARİHİ"],
    "ro": ["Data nașterii", "Data nasterii", "Născut la", "n.", "Data naşterii", "Data naștere",
           "DATA NAȘTERII"],
    "el": ["Imerominia gennisis", "Im. gen.", "Hmerominia gennhshs", "Genn.", "IMEROMINIA GENNISIS"],
}
# Other dates: onset, report, admission, death, issue, expiry, accident, due date, signature.
OTHER = {
    "en": ["Date of onset", "Date of report", "Admission date", "Date of death", "Date of issue",
           "Expiry date", "Date of accident", "Due date (EDD)", "Date signed"],
    "de": ["Beginn der Reaktion", "Datum des Berichts", "Aufnahmedatum", "Sterbedatum",
           "Ausstellungsdatum", "Gültig bis", "Unfalldatum", "Errechneter Geburtstermin", "Datum, Unterschrift"],
    "fr": ["Date de début", "Date du rapport", "Date d'admission", "Date de décès", "Date de délivrance",
           "Date d'expiration", "Date de l'accident", "Terme prévu", "Fait le"],
    "nl": ["Datum aanvang", "Datum melding", "Opnamedatum", "Overlijdensdatum", "Datum afgifte",
           "Geldig tot", "Datum ongeval", "Uitgerekende datum", "Datum ondertekening"],
    "es": ["Fecha de inicio", "Fecha del informe", "Fecha de ingreso", "Fecha de defunción",
           "Fecha de expedición", "Fecha de caducidad", "Fecha del accidente", "Fecha probable de parto",
           "Fecha de firma"],
    "it": ["Data di insorgenza", "Data della segnalazione", "Data ricovero", "Data del decesso",
           "Data di rilascio", "Scadenza", "Data del sinistro", "Data presunta del parto", "Data firma"],
    "pt": ["Data de início", "Data do relatório", "Data de admissão", "Data de óbito", "Data de emissão",
           "Validade", "Data do acidente", "Data provável do parto", "Data da assinatura"],
    "pl": ["Data wystąpienia", "Data zgłoszenia", "Data przyjęcia", "Data zgonu", "Data wydania",
           "Data ważności", "Data wypadku", "Przewidywany termin porodu", "Data podpisu"],
    "sv": ["Datum för debut", "Rapportdatum", "Inskrivningsdatum", "Dödsdatum", "Utfärdandedatum",
           "Giltig t.o.m.", "Olycksdatum", "Beräknad förlossning", "Datum underskrift"],
    "da": ["Debutdato", "Indberetningsdato", "Indlæggelsesdato", "Dødsdato", "Udstedelsesdato",
           "Udløbsdato", "Ulykkesdato", "Terminsdato", "Dato for underskrift"],
    "no": ["Debutdato", "Meldedato", "Innleggelsesdato", "Dødsdato", "Utstedelsesdato", "Gyldig til",
           "Ulykkesdato", "Termindato", "Dato signert"],
    "fi": ["Alkamispäivä", "Ilmoituspäivä", "Tulopäivä", "Kuolinpäivä", "Myöntämispäivä", "Voimassa",
           "Tapaturmapäivä", "Laskettu aika", "Allekirjoituspäivä"],
    "cs": ["Datum vzniku", "Datum hlášení", "Datum přijetí", "Datum úmrtí", "Datum vydání",
           "Platnost do", "Datum nehody", "Termín porodu", "Datum podpisu"],
    "hu": ["Kezdet dátuma", "Bejelentés dátuma", "Felvétel dátuma", "Halálozás dátuma",
           "Kiállítás dátuma", "Érvényes", "Baleset dátuma", "Várható szülés", "Kelt"],
    "tr": ["Başlangıç tarihi", "Rapor tarihi", "Yatış tarihi", "Ölüm tarihi", "Veriliş tarihi",
           "Geçerlilik tarihi", "Kaza tarihi", "Tahmini doğum tarihi", "İmza tarihi"],
    "ro": ["Data debutului", "Data raportării", "Data internării", "Data decesului", "Data eliberării",
           "Valabil până la", "Data accidentului", "Data probabilă a nașterii", "Data semnării"],
    "el": ["Imerominia enarxis", "Imerominia anaforas", "Imerominia eisagogis", "Imerominia thanatou",
           "Imerominia ekdosis", "Ligi", "Imerominia atychimatos", "Pithani imerominia toketou",
           "Imerominia ypografis"],
}
ONSET, REPORT, ADMIT, DEATH, ISSUE, EXPIRY, ACCIDENT, DUE, SIGNED = range(9)
NAME = {"en": ("Name", "Surname", "First name"), "de": ("Name", "Familienname", "Vorname"),
        "fr": ("Nom", "Nom", "Prénom"), "nl": ("Naam", "Achternaam", "Voornaam"),
        "es": ("Nombre", "Apellidos", "Nombre"), "it": ("Nome", "Cognome", "Nome"),
        "pt": ("Nome", "Apelido", "Nome próprio"), "pl": ("Imię i nazwisko", "Nazwisko", "Imię"),
        "sv": ("Namn", "Efternamn", "Förnamn"), "da": ("Navn", "Efternavn", "Fornavn"),
        "no": ("Navn", "Etternavn", "Fornavn"), "fi": ("Nimi", "Sukunimi", "Etunimi"),
        "cs": ("Jméno", "Příjmení", "Jméno"), "hu": ("Név", "Vezetéknév", "Utónév"),
        "tr": ("Adı Soyadı", "Soyadı", "Adı"), "ro": ("Nume", "Nume", "Prenume"),
        "el": ("Onomateponymo", "Eponymo", "Onoma")}
PLACE = {"en": "Place of birth", "de": "Geburtsort", "fr": "Lieu de naissance", "nl": "Geboorteplaats",
         "es": "Lugar de nacimiento", "it": "Luogo di nascita", "pt": "Naturalidade",
         "pl": "Miejsce urodzenia", "sv": "Födelseort", "da": "Fødested", "no": "Fødested",
         "fi": "Syntymäpaikka", "cs": "Místo narození", "hu": "Születési hely", "tr": "Doğum yeri",
         "ro": "Locul nașterii", "el": "Topos gennisis"}
AGEL = {"en": "Age", "de": "Alter", "fr": "Âge", "nl": "Leeftijd", "es": "Edad", "it": "Età",
        "pt": "Idade", "pl": "Wiek", "sv": "Ålder", "da": "Alder", "no": "Alder", "fi": "Ikä",
        "cs": "Věk", "hu": "Életkor", "tr": "Yaş", "ro": "Vârsta", "el": "Ilikia"}
SEX = {"en": "Sex", "de": "Geschlecht", "fr": "Sexe", "nl": "Geslacht", "es": "Sexo", "it": "Sesso",
       "pt": "Sexo", "pl": "Płeć", "sv": "Kön", "da": "Køn", "no": "Kjønn", "fi": "Sukupuoli",
       "cs": "Pohlaví", "hu": "Nem", "tr": "Cinsiyet", "ro": "Sex", "el": "Fylo"}
# Kin: child, spouse, mother, father.
KIN = {"en": ("Child", "Spouse", "Mother", "Father"), "de": ("Kind", "Ehegatte", "Mutter", "Vater"),
       "fr": ("Enfant", "Conjoint", "Mère", "Père"), "nl": ("Kind", "Partner", "Moeder", "Vader"),
       "es": ("Hijo/a", "Cónyuge", "Madre", "Padre"), "it": ("Figlio/a", "Coniuge", "Madre", "Padre"),
       "pt": ("Filho/a", "Cônjuge", "Mãe", "Pai"), "pl": ("Dziecko", "Małżonek", "Matka", "Ojciec"),
       "sv": ("Barn", "Make/maka", "Mor", "Far"), "da": ("Barn", "Ægtefælle", "Mor", "Far"),
       "no": ("Barn", "Ektefelle", "Mor", "Far"), "fi": ("Lapsi", "Puoliso", "Äiti", "Isä"),
       "cs": ("Dítě", "Manžel/ka", "Matka", "Otec"), "hu": ("Gyermek", "Házastárs", "Anya", "Apa"),
       "tr": ("Çocuk", "Eş", "Anne", "Baba"), "ro": ("Copil", "Soț/soție", "Mama", "Tata"),
       "el": ("Paidi", "Syzygos", "Mitera", "Pateras")}
# A prose birth: {D} the date, {P} the town.
PROSE = {
    "en": ["was born on {D} in {P}", "born {D} at {P}", "who was born on the {D} in {P}"],
    "de": ["wurde am {D} in {P} geboren", "geboren am {D} in {P}", "kam am {D} in {P} zur Welt"],
    "fr": ["est née le {D} à {P}", "né le {D} à {P}", "née à {P} le {D}"],
    "nl": ["is geboren op {D} te {P}", "werd op {D} in {P} geboren", "geboren te {P} op {D}"],
    "es": ["nació el {D} en {P}", "nacida el {D} en {P}", "nacido en {P} el {D}"],
    "it": ["è nata il {D} a {P}", "nato a {P} il {D}", "nata a {P} in data {D}"],
    "pt": ["nasceu em {D} em {P}", "nascida a {D} em {P}", "natural de {P}, nascido em {D}"],
    "pl": ["urodziła się {D} r. w {P}", "ur. {D} r. w {P}", "urodzony w {P} dnia {D} r."],
    "sv": ["föddes den {D} i {P}", "född {D} i {P}", "född i {P} den {D}"],
    "da": ["blev født den {D} i {P}", "født {D} i {P}", "født i {P} den {D}"],
    "no": ["ble født {D} i {P}", "født {D} i {P}", "født i {P} den {D}"],
    "fi": ["syntyi {D} paikkakunnalla {P}", "on syntynyt {D} ({P})", "s. {D} {P}"],
    "cs": ["se narodila {D} v {P}", "nar. {D} v {P}", "narozen dne {D} v {P}"],
    "hu": ["{D}-án született ({P})", "született {P}, {D}", "szül. {P}, {D}"],
    "tr": ["{D} tarihinde {P} doğumlu", "{D} tarihinde doğdu ({P})", "{P} doğumlu, {D}"],
    "ro": ["s-a născut la {D} în {P}", "născută la {D}, {P}", "născut în {P} la data de {D}"],
    "el": ["gennithike stis {D} stin {P}", "genn. {D}, {P}", "gennimenos stin {P} stis {D}"],
}
# Genealogical marks before a birth date.
MARK = {"en": ["b.", "*", "born"], "de": ["*", "geb.", "geb. am"], "fr": ["né le", "née le", "°", "*"],
        "nl": ["geb.", "*", "geboren"], "es": ["n.", "*", "nac."], "it": ["n.", "nat. il", "*"],
        "pt": ["n.", "*", "nasc."], "pl": ["ur.", "*", "ur. dn."], "sv": ["f.", "*", "född"],
        "da": ["f.", "*", "født"], "no": ["f.", "*", "født"], "fi": ["s.", "*", "synt."],
        "cs": ["nar.", "*", "roz."], "hu": ["szül.", "*", "sz."], "tr": ["d.", "*", "doğ."],
        "ro": ["n.", "*", "născ."], "el": ["genn.", "*", "g."]}
# A maiden-name marker, not a date: the name after it is a person.
MAIDEN = {"en": "née", "de": "geb.", "fr": "née", "nl": "geb.", "es": "de soltera", "it": "nata",
          "pt": "nascida", "pl": "z d.", "sv": "f.", "da": "f.", "no": "f.", "fi": "o.s.",
          "cs": "roz.", "hu": "szül.", "tr": "kızlık soyadı", "ro": "născută", "el": "to genos"}


def blab(lg):
    return rng.choice(BIRTH[lg])


def field(d, lg, label, v, layout=None, age=None):
    """A birth field in one of the layouts forms are pasted in; v is the date's text."""
    layout = layout or rng.choice(["same", "same", "same", "next", "after", "bi", "dots", "box",
                                   "hint", "nocolon"])
    if layout == "next":
        d.t(label + "\n").dob(v)
    elif layout == "after":
        d.dob(v).t(" (" + label + ")")
    elif layout == "bi" and lg != "en":
        d.t(label + " / " + rng.choice(["Date of birth", "DOB", "Birth date"]) + ": ").dob(v)
    elif layout == "dots":
        d.t(label + " " + "." * rng.randint(3, 12) + " ").dob(v)
    elif layout == "box":
        d.t("| " + label + " | ").dob(v).t(" |")
    elif layout == "hint":
        d.t(label + " (" + HINT[lg] + "): ").dob(v)
    elif layout == "nocolon":
        d.t(label + " ").dob(v)
    else:
        d.t(label + ": ").dob(v)
    if age is not None:
        d.t(rng.choice([" (" + AGE[lg] % age + ")", ", " + AGE[lg] % age, " / " + AGE[lg] % age]))
    return d


def neg_field(d, lg, which, date=None):
    y, m, dd = date or recent()
    d.t(OTHER[lg][which] + rng.choice([": ", ": ", " ", "\n"])).neg(other(lg, y, m, dd))
    return d


def bval(lg, ymd=None, form=None):
    y, m, dd = ymd or adult()
    return value(lg, y, m, dd, form)[1], y


def age_of(y):
    return 2025 - y


# ---- kinds of text -----------------------------------------------------------------------------
def k_cioms(d, lg):
    """CIOMS I / adverse-event report: numbered boxes, date of birth in day/month/year boxes."""
    y, m, dd = adult()
    d.t(rng.choice(["CIOMS FORM\nI. REACTION INFORMATION\n", "SUSPECT ADVERSE REACTION REPORT\n",
                    "Meldung einer Nebenwirkung\n" if lg == "de" else "Adverse event report\n"]))
    d.t("1. PATIENT INITIALS  1a. COUNTRY  2. " + blab(lg).upper() + "  2a. " + AGEL[lg].upper()
        + "  3. " + SEX[lg].upper() + "\n")
    d.t("   %s.%s.        %s         " % (rng.choice("ABKMPS"), rng.choice("DHLRTW"), lg.upper()))
    d.dob(value(lg, y, m, dd, rng.choice(["boxes", "num", "spaced", "boxed", "abbr"]))[1])
    d.t("   %d    %s\n" % (age_of(y), rng.choice("FM")))
    d.t("4-6. ")
    neg_field(d, lg, ONSET)
    d.t("\n7+13 Describe reaction: " + rng.choice(["urticaria after 2nd dose", "QT prolongation",
                                                  "hepatotoxicity, ALT x5 ULN"]) + "\n")
    neg_field(d, lg, REPORT)
    d.t("\n")


def k_crf(d, lg):
    """Trial CRF demographics page: MMM months, unknown days, subject ids."""
    y, m, dd = adult()
    d.t("DEMOGRAPHICS (DM) — Visit 1 (Screening)\nSubject: %03d-%03d   Site: %02d\n"
        % (rng.randint(100, 140), rng.randint(1, 80), rng.randint(1, 40)))
    neg_field(d, lg, SIGNED)
    d.t("  (informed consent)\n")
    lab = rng.choice([blab(lg), "Birth date (DD-MMM-YYYY)", "BRTHDTC", "DM.BRTHDAT"])
    form = rng.random()
    if form < 0.4:
        v = "%02d-%s-%04d" % (dd, ABBR["en"][m - 1][:3].upper(), y)
    elif form < 0.6:
        v = "UN-%s-%04d" % (ABBR["en"][m - 1][:3].upper(), y)
    else:
        v = value(lg, y, m, dd)[1]
    field(d, lg, lab, v, rng.choice(["same", "next", "box", "dots"]))
    d.t("\n" + AGEL[lg] + ": ").span("NEG_AGE", str(age_of(y))).t("   " + SEX[lg] + ": " + rng.choice("FM"))
    d.t("\nVisit date: ").neg(other(lg, *recent())).t("\n")


def k_accident(d, lg):
    """European accident statement: drivers A and B in two columns of a PDF-to-text page."""
    a, b = person(lg), person(lg)
    (ya, ma, da), (yb, mb, db) = adult(), adult()
    va = value(lg, ya, ma, da, rng.choice(["num", "num", "yy", "spaced", "boxes"]))[1]
    vb = value(lg, yb, mb, db, rng.choice(["num", "num", "yy", "spaced"]))[1]
    neg_field(d, lg, ACCIDENT)
    d.t("   %02d:%02d\n" % (rng.randint(0, 23), rng.randint(0, 59)))
    col = 34
    n, s, g = NAME[lg]
    drv = {"de": "Fahrer", "fr": "Conducteur", "it": "Conducente", "es": "Conductor", "nl": "Bestuurder",
           "pt": "Condutor"}.get(lg, "Driver")
    lab = blab(lg)
    d.t((drv + " A").ljust(col) + drv + " B\n")
    line = s + ": "
    d.t(line).span("PERSON", a[1].upper())
    d.t(" " * max(1, col - len(line) - len(a[1]))).t(line).span("PERSON", b[1].upper()).t("\n")
    line = g + ": "
    d.t(line).span("PERSON", a[0])
    d.t(" " * max(1, col - len(line) - len(a[0]))).t(line).span("PERSON", b[0]).t("\n")
    if rng.random() < 0.5:
        line = lab + ": "
        d.t(line).dob(va).t(" " * max(1, col - len(line) - len(va))).t(line).dob(vb).t("\n")
    else:
        d.t(lab.ljust(col) + lab + "\n").dob(va).t(" " * max(1, col - len(va))).dob(vb).t("\n")
    d.t("Permis / Licence: %s%07d" % (rng.choice("BCDK"), rng.randint(0, 9999999)))
    d.t("   ")
    neg_field(d, lg, ISSUE)
    d.t("\n")


def k_foster(d, lg):
    """Foster placement note: the child's birth in prose or brackets, carers' births, placement date."""
    c, c1, c2 = person(lg), person(lg), person(lg)
    y, m, dd = child()
    v = value(lg, y, m, dd, rng.choice(["num", "spelled", "num", "abbr", "yy"]))[1]
    intro = {"de": "Hilfeplan / Pflegestelle", "fr": "Placement familial", "nl": "Pleegzorgplaatsing",
             "en": "Foster placement record"}.get(lg, "Foster placement")
    d.t(intro + "\n")
    if rng.random() < 0.5:
        d.span("PERSON", c[0] + " " + c[1]).t(" (" + rng.choice(MARK[lg]) + " ").dob(v).t(")")
    else:
        d.t(KIN[lg][0] + ": ").p(c, "sg").t(", ").dob(v)
        if rng.random() < 0.5:
            d.t(" (" + AGE[lg] % (2025 - y) + ")")
    d.t("\n")
    neg_field(d, lg, SIGNED)
    d.t("  (placement)\n")
    for carer in (c1, c2):
        if rng.random() < 0.6:
            d.t("Carer: ").p(carer).t(", ")
            field(d, lg, blab(lg), bval(lg)[0], rng.choice(["same", "nocolon", "after"]))
            d.t("\n")
    d.t("Contact with birth mother " + rng.choice(["monthly", "supervised", "none"]) + ".\n")


def k_scholar(d, lg):
    """Scholarship application: applicant with a bilingual label; parents in an income table."""
    a = person(lg)
    d.t(rng.choice(["Scholarship application", "Stipendienantrag", "Demande de bourse",
                    "Solicitud de beca", "Domanda di borsa di studio"]) + "\n")
    d.t(NAME[lg][0] + ": ").p(a).t("\n")
    y, m, dd = rng.randint(1998, 2008), rng.randint(1, 12), rng.randint(1, 28)
    field(d, lg, blab(lg), value(lg, y, m, dd)[1], rng.choice(["bi", "hint", "same", "next"]))
    d.t("\n" + PLACE[lg] + ": ").span("NEG_PLACE", town(lg)).t("\n")
    d.t("\n" + " | ".join([NAME[lg][0], "Relation", blab(lg), "Income"]) + "\n")
    d.t("|".join(["---"] * 4) + "\n")
    for k in (2, 3):
        pp = person(lg)
        d.p(pp).t(" | " + KIN[lg][k] + " | ").dob(bval(lg, form=rng.choice(["num", "num", "iso"]))[0])
        d.t(" | %d\n" % rng.randint(9000, 64000))
    d.t("Deadline: ").neg(other(lg, *recent())).t("\n")


def k_natural(d, lg):
    """Naturalisation decree or ceremony list: surname in capitals, birth and place."""
    if lg == "fr" or (lg == "pt" and rng.random() < 0.3):
        d.t("Décret du ").neg(spelled("fr", *recent())).t(" portant naturalisation\n")
        for _ in range(rng.randint(2, 4)):
            pp = person(lg)
            d.span("PERSON", pp[1].upper()).t(" (").span("PERSON", pp[0]).t("), ")
            d.t(rng.choice(["née le ", "né le ", "NE le "])).dob(bval("fr", form=rng.choice(["num", "spelled"]))[0])
            d.t(" à ").span("NEG_PLACE", town(lg)).t(rng.choice([" (Algérie)", " (Maroc)", ""])).t(", NAT\n")
        return
    if lg == "de":
        d.t("Einbürgerungsfeier am ").neg(other(lg, *recent())).t(" — Teilnehmerliste\n")
    elif lg == "nl":
        d.t("Naturalisatieceremonie ").neg(other(lg, *recent())).t("\n")
    else:
        d.t(rng.choice(["Citizenship ceremony", "Naturalisation list", "Ceremony list"]) + " — ")
        d.neg(other(lg, *recent())).t("\n")
    mode = rng.random()
    if mode < 0.5:
        d.t("Nr | " + NAME[lg][0] + " | " + blab(lg) + " | " + PLACE[lg] + "\n")
        for i in range(rng.randint(2, 5)):
            pp = person(lg)
            d.t("%d | " % (i + 1)).p(pp, "S,G").t(" | ").dob(bval(lg, form=rng.choice(["num", "num", "yy", "iso"]))[0])
            d.t(" | ").span("NEG_PLACE", town(lg)).t("\n")
    else:
        for i in range(rng.randint(2, 4)):
            pp = person(lg)
            d.t("%d. " % (i + 1)).p(pp, rng.choice(["sg", "gs", "S,G"])).t(", ")
            d.t(rng.choice(MARK[lg]) + " ").dob(bval(lg, form=rng.choice(["num", "spelled", "abbr"]))[0])
            d.t(rng.choice([" in ", ", ", " te ", " — "])).span("NEG_PLACE", town(lg)).t("\n")


def k_donor(d, lg):
    """Donor registration: a donor and a recipient on one form, the collection date between."""
    dn, rc = person(lg), person(lg)
    d.t(rng.choice(["Stem cell donor registration", "Organ donation — matching form",
                    "HLA typing request"]) + "\n")
    roles = {"de": ("Spender", "Empfänger"), "fr": ("Donneur", "Receveur"), "es": ("Donante", "Receptor"),
             "it": ("Donatore", "Ricevente"), "nl": ("Donor", "Ontvanger"), "pt": ("Dador", "Recetor"),
             "pl": ("Dawca", "Biorca")}.get(lg, ("Donor", "Recipient"))
    for role, pp, ymd in ((roles[0], dn, adult()), (roles[1], rc, rng.choice([adult(), child()]))):
        v = value(lg, *ymd)[1]
        if rng.random() < 0.5:
            d.t(role + ": ").p(pp).t("\n")
            field(d, lg, role + " " + blab(lg).lower(), v, rng.choice(["same", "next", "nocolon"]))
        else:
            d.t(role + ": ").p(pp).t(", ").dob(v)
        d.t("\n")
    d.t("Collection: ").neg(other(lg, *recent())).t("   HLA-A*02:01, B*07:02\n")


def k_firearms(d, lg):
    """Firearms or hunting licence: holder, birth, issue and expiry, purchase date."""
    h = person(lg)
    title = {"de": "Waffenbesitzkarte Nr. %d", "fr": "Permis de chasser n° %d", "it": "Porto d'armi n. %d",
             "sv": "Vapenlicens nr %d", "fi": "Aseen hallussapitolupa %d", "no": "Våpenkort nr. %d",
             "cs": "Zbrojní průkaz č. %d", "pl": "Pozwolenie na broń nr %d"}.get(lg, "Firearm certificate no. %d")
    d.t(title % rng.randint(10000, 99999) + "\n")
    d.t(NAME[lg][1] + ": ").span("PERSON", h[1].upper()).t("\n" + NAME[lg][2] + ": ").span("PERSON", h[0]).t("\n")
    field(d, lg, blab(lg), bval(lg)[0])
    d.t("\n" + PLACE[lg] + ": ").span("NEG_PLACE", town(lg)).t("\n")
    neg_field(d, lg, ISSUE)
    d.t("\n")
    neg_field(d, lg, EXPIRY)
    d.t("\nCal. .308 Win., purchased ").neg(other(lg, *recent())).t("\n")


def k_bgcheck(d, lg):
    """Background check: DOB with age, an alternate DOB, an address history with dates."""
    s = person(lg)
    y, m, dd = adult()
    d.t("BACKGROUND REPORT — Subject: ").p(s, "S,G").t("\n")
    d.t(rng.choice(["DOB: ", "DOB/Age: ", "Date of Birth: ", blab(lg) + ": "])).dob(numeric(lg, y, m, dd))
    d.t(rng.choice([" (Age %d)" % age_of(y), " / %d" % age_of(y), ""])).t("\n")
    if rng.random() < 0.5:
        d.t("Alternate DOB reported: ").dob(numeric(lg, y, m, min(28, dd + 9))).t("\n")
    d.t("Address history:\n")
    for _ in range(2):
        d.t("  " + rng.choice(["from ", "since "])).neg("%02d/%04d" % (rng.randint(1, 12), rng.randint(2005, 2023)))
        d.t(" — " + town(lg) + "\n")
    d.t("Records searched ").neg(other(lg, *recent())).t(". No convictions found.\n")


def household(d, lg, head, rows):
    """A table of household members with a birth column; the header names the column."""
    sep = rng.choice([" | ", ";", "\t"])
    d.t(sep.join([NAME[lg][0], "Relation" if lg == "en" else KIN[lg][0] + "/" + KIN[lg][1], blab(lg), SEX[lg]]) + "\n")
    for rel, pp, ymd in rows:
        d.p(pp).t(sep + rel + sep).dob(value(lg, *ymd, rng.choice(["num", "num", "num", "yy", "iso"]))[1])
        d.t(sep + rng.choice("FM") + "\n")


def k_housing(d, lg):
    """Social-housing application: household members in a table, the application date."""
    a, sp = person(lg), person(lg)
    d.t(rng.choice(["Housing register application", "Antrag auf Wohnberechtigungsschein",
                    "Demande de logement social", "Woningzoekende inschrijving"]) + "\n")
    d.t("Applicant: ").p(a).t("\n")
    rows = [("Applicant", a, adult()), (KIN[lg][1], sp, adult())]
    for _ in range(rng.randint(1, 3)):
        rows.append((KIN[lg][0], (person(lg)[0], a[1]), child()))
    household(d, lg, a, rows)
    d.t("Date received: ").neg(other(lg, *recent())).t("\n")


def k_benefit(d, lg):
    """Family or unemployment benefit claim: children listed under the claimant."""
    a = person(lg)
    title = {"de": "Antrag auf Kindergeld", "fr": "Demande d'allocations familiales (CAF)",
             "nl": "Aanvraag kinderbijslag", "it": "Domanda assegno unico", "pl": "Wniosek 800+",
             "cs": "Žádost o přídavek na dítě", "en": "Child Benefit claim"}.get(lg, "Benefit claim")
    d.t(title + "\n")
    d.t(NAME[lg][0] + ": ").p(a).t("   ")
    field(d, lg, blab(lg), bval(lg)[0], rng.choice(["same", "after", "nocolon"]))
    d.t("\n")
    for i in range(rng.randint(1, 3)):
        c = (person(lg)[0], a[1])
        y, m, dd = child()
        d.t("%d. " % (i + 1) + KIN[lg][0] + ": ").span("PERSON", c[0]).t(", ")
        if rng.random() < 0.5:
            d.t(rng.choice(MARK[lg]) + " ")
        d.dob(value(lg, y, m, dd, rng.choice(["num", "spelled", "yy", "boxes"]))[1]).t("\n")
    d.t("Claim date: ").neg(other(lg, *recent())).t("\n")


def k_maternity(d, lg):
    """Maternity record: mother's birth, the due date, the newborn's birth with its time."""
    mo = person(lg)
    d.t(rng.choice(["Mutterpass", "Antenatal booking", "Maternity record", "Dossier de maternité"]) + "\n")
    d.t(NAME[lg][0] + ": ").p(mo).t("   ")
    field(d, lg, blab(lg), bval(lg, (rng.randint(1980, 2004), rng.randint(1, 12), rng.randint(1, 28)))[0],
          rng.choice(["same", "after", "box"]))
    d.t("\nLMP: ").neg(other(lg, *recent())).t("   ")
    neg_field(d, lg, DUE)
    d.t("\n")
    if rng.random() < 0.75:
        y, m, dd = recent()
        born = {"de": "Geburt des Kindes", "fr": "Naissance", "nl": "Geboorte", "es": "Nacimiento",
                "it": "Nascita", "pt": "Nascimento", "pl": "Poród", "tr": "Doğum", "ro": "Naștere",
                "sv": "Förlossning", "da": "Fødsel", "no": "Fødsel", "fi": "Synnytys", "cs": "Porod",
                "hu": "Szülés", "el": "Toketos"}.get(lg, "Delivery")
        d.t(born + ": ").dob(value(lg, y, m, dd, rng.choice(["num", "num", "spelled", "iso"]))[1])
        d.t(rng.choice([" %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)),
                        ", %02d.%02d Uhr" % (rng.randint(0, 23), rng.randint(0, 59)),
                        " at %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))]))
        d.t(", %d g, %d cm, APGAR 9/10\n" % (rng.randint(2600, 4300), rng.randint(46, 55)))
        if rng.random() < 0.5:
            d.t("Baby: ").p((person(lg)[0], mo[1])).t("\n")


def k_consular(d, lg):
    """Consular registration: applicant, spouse and children, passport issue and expiry, arrival."""
    a = person(lg)
    d.t(rng.choice(["Registre des Français établis hors de France", "Elefand — Krisenvorsorgeliste",
                    "AIRE — iscrizione", "Consular registration", "Odyseusz — rejestracja"]) + "\n")
    d.t(NAME[lg][0] + ": ").p(a, rng.choice(["gs", "S,G"])).t("\n")
    field(d, lg, blab(lg), bval(lg)[0])
    d.t(", " + rng.choice(["in ", ""])).span("NEG_PLACE", town(lg)).t("\n")
    neg_field(d, lg, ISSUE)
    d.t(" / ")
    neg_field(d, lg, EXPIRY)
    d.t("\nArrival: ").neg(other(lg, *recent())).t("\n")
    if rng.random() < 0.6:
        d.t(KIN[lg][1] + ": ").p(person(lg)).t(", ").dob(bval(lg)[0]).t("\n")
    for _ in range(rng.randint(0, 2)):
        d.t(KIN[lg][0] + ": ").p((person(lg)[0], a[1])).t(" (").dob(bval(lg, child())[0]).t(")\n")


def k_implant(d, lg):
    """Implant card: patient, birth, implantation date, lot and manufacturing dates."""
    p = person(lg)
    d.t(rng.choice(["IMPLANT CARD", "Implantatausweis", "Carte d'implant", "Tarjeta de implante"]) + "\n")
    d.t("Patient: ").p(p, rng.choice(["gs", "S,G"])).t("\n")
    field(d, lg, blab(lg), bval(lg)[0], rng.choice(["same", "next", "box", "after"]))
    d.t("\nImplanted: ").neg(other(lg, *recent())).t("\n")
    d.t("LOT 24%05d  MFG " % rng.randint(0, 99999)).neg("%04d-%02d" % (rng.randint(2021, 2024), rng.randint(1, 12)))
    d.t("  EXP ").neg("%04d-%02d" % (rng.randint(2027, 2031), rng.randint(1, 12)))
    d.t("\nREF TKA-%d  " % rng.randint(100, 999) + rng.choice(["Hip, left", "Knee, right", "ICD"]) + "\n")


def k_drugtest(d, lg):
    """Drug-test custody form: donor identity, boxed birth digits, collection date and time."""
    p = person(lg)
    d.t("CUSTODY AND CONTROL FORM  Specimen ID %07d\n" % rng.randint(0, 9999999))
    d.t("STEP 1: Donor name: ").p(p, "S,G").t("\n")
    y, m, dd = adult()
    kind = rng.random()
    if kind < 0.4:
        d.t("Donor DOB (Mo/Day/Yr): ").dob(" / ".join([" ".join("%02d" % m), " ".join("%02d" % dd),
                                                         " ".join("%02d" % (y % 100))]))
    elif kind < 0.7:
        field(d, lg, blab(lg), value(lg, y, m, dd, rng.choice(["boxed", "spaced", "num"]))[1])
    else:
        d.t("Date of Birth\n").dob("%02d   %02d   %04d" % (m, dd, y)).t("\n(MM)  (DD)  (YYYY)")
    d.t("\nSTEP 2: Collection date ").neg(other(lg, *recent())).t(" time %02d:%02d\n"
                                                                   % (rng.randint(6, 18), rng.randint(0, 59)))
    d.t("Temperature 32-38 C: yes\n")


def k_export(d, lg):
    """Zendesk, Intercom or Shopify exports: the birth under a name/value pair or a custom field."""
    p = person(lg)
    y, m, dd = adult()
    kind = rng.randrange(4)
    c = '{"created_at": "'
    d.t(c).neg("%04d-%02d-%02dT%02d:%02d:11Z" % (recent() + (rng.randint(0, 23), rng.randint(0, 59))))
    if kind == 0:
        d.t('", "customer": {"first_name": "').span("PERSON", p[0]).t('", "last_name": "').span("PERSON", p[1])
        d.t('"}, "note_attributes": [{"name": "' + rng.choice(["Birthday", "Date of birth", blab(lg), "DOB"])
            + '", "value": "').dob(value(lg, y, m, dd, rng.choice(["num", "iso", "spelled"]))[1])
        d.t('"}, {"name": "Gift wrap", "value": "yes"}]}')
    elif kind == 1:
        d.t('", "type": "user", "name": "').p(p).t('", "custom_attributes": {"' +
                                                rng.choice(["Date of Birth", "dob", blab(lg), "Birthday"]) + '": "')
        d.dob(value(lg, y, m, dd, rng.choice(["num", "iso"]))[1]).t('", "plan": "pro"}}')
    elif kind == 2:
        d.t('", "requester": "').p(p).t('", "description": "')
        d.t(rng.choice(["Hi, I can't log in. My ", "Hello, please update my account, ",
                        "Bonjour, "]) + rng.choice([blab(lg), "date of birth", "DOB"]).lower()
            + rng.choice([" is ", ": ", " "])).dob(value(lg, y, m, dd, rng.choice(["num", "yy", "spelled"]))[1])
        d.t(rng.choice([" and my order was placed ", " — account opened "])).neg(other(lg, *recent()))
        d.t('"}')
    else:
        d.t('", "custom_fields": [{"id": 3600%08d, "title": "' % rng.randint(0, 99999999)
            + rng.choice([blab(lg), "Customer DOB"]) + '", "value": "')
        d.dob(value(lg, y, m, dd, "iso")[1]).t('"}, {"id": 3600%08d, "title": "Order date", "value": "'
                                                % rng.randint(0, 99999999))
        d.neg("%04d-%02d-%02d" % recent()).t('"}]}')
    d.t("\n")


CHAT_TS = ["[%02d.%02d.%02d, %02d:%02d]", "%02d/%02d/%04d, %02d:%02d -"]


def chat_ts(d):
    y, m, dd = recent()
    h, mi = rng.randint(7, 23), rng.randint(0, 59)
    if rng.random() < 0.5:
        d.t("[").neg("%02d.%02d.%02d" % (dd, m, y % 100)).t(", %02d:%02d] " % (h, mi))
    else:
        d.neg("%02d/%02d/%04d" % (dd, m, y)).t(", %02d:%02d - " % (h, mi))


def k_chat(d, lg):
    """A chat export where a birth date is asked for and given, in lower case, with typos."""
    a, b = person(lg), person(lg)
    chat_ts(d)
    d.span("PERSON", a[0]).t(": " + rng.choice(["what's his date of birth for the form?", "geburtsdatum vom kleinen?",
                                                "sa date de naissance stp", "dob?", blab(lg).lower() + "?"]) + "\n")
    chat_ts(d)
    y, m, dd = rng.choice([adult(), child()])
    d.span("PERSON", b[0]).t(": ")
    d.t(rng.choice(["", "it's ", "", "euh ", "hmm "]))
    v = value(lg, y, m, dd, rng.choice(["num", "yy", "spelled", "abbr", "num"]))[1]
    d.dob(v.lower() if rng.random() < 0.5 else v)
    d.t(rng.choice(["", " i think", " !!", " (born " + town(lg) + ")"]) + "\n")
    chat_ts(d)
    d.span("PERSON", a[0]).t(": " + rng.choice(["thx", "danke", "merci", "ok 👍"]) + "\n")


def k_clinic(d, lg):
    """Dental, pharmacy and lab records: `*` births, DOB/Age, specimen and prescription dates."""
    p = person(lg)
    y, m, dd = adult()
    kind = rng.randrange(3)
    if kind == 0:
        d.t("Pat.: ").p(p, rng.choice(["sg", "S,G"])).t(rng.choice([" *", ", * ", " (*"]))
        d.dob(value(lg, y, m, dd, rng.choice(["num", "yy"]))[1])
        d.t(")" if d.text.endswith("(*") or " (*" in d.text[-20:] else "").t("\nBefund 16: Karies profunda; 26: F2\n")
        d.t("Behandlung ").neg(other(lg, *recent())).t("\n")
    elif kind == 1:
        d.t("Rx #%d   " % rng.randint(100000, 999999)).p(p, "S,G").t("\n")
        d.t(rng.choice(["DOB/Age: ", "DOB: ", blab(lg) + "/" + AGEL[lg] + ": "])).dob(numeric(lg, y, m, dd))
        d.t(" / %dY\n" % age_of(y))
        d.t("Filled ").neg(other(lg, *recent())).t("  Refills: 2  Discard after ").neg(other(lg, *recent())).t("\n")
    else:
        d.t("LAB REPORT\n" + NAME[lg][0] + ": ").p(p).t("    ")
        field(d, lg, blab(lg), value(lg, y, m, dd)[1], rng.choice(["same", "nocolon", "box"]), age=age_of(y))
        d.t("\nCollected: ").neg(other(lg, *recent())).t("  Received: ").neg(other(lg, *recent()))
        d.t("\nHbA1c 6.1 %  LDL 3.4 mmol/L\n")


def k_driving(d, lg):
    """Driving-school and onboarding forms: label and value in columns, place beside."""
    p = person(lg)
    title = rng.choice(["Anmeldung Fahrschule", "Employee onboarding", "Inscription auto-école",
                        "Personalbogen", "Ficha de alumno"])
    d.t(title + "\n")
    col = rng.choice([22, 28, 30])
    rows = [(NAME[lg][1], ("PERSON", p[1])), (NAME[lg][2], ("PERSON", p[0])),
            (blab(lg), ("DOB", bval(lg)[0])), (PLACE[lg], ("NEG_PLACE", town(lg)))]
    if rng.random() < 0.5:
        for lab, (kind, v) in rows:
            d.t(lab.ljust(col))
            d.dob(v) if kind == "DOB" else d.span(kind, v)
            d.t("\n")
    else:
        d.t("".join(lab.ljust(col) for lab, _ in rows) + "\n")
        for lab, (kind, v) in rows:
            d.dob(v) if kind == "DOB" else d.span(kind, v)
            d.t(" " * max(1, col - len(v)))
        d.t("\n")
    d.t(rng.choice(["Start date: ", "Eintritt: ", "Führerschein seit: "])).neg(other(lg, *recent())).t("\n")


def k_eulogy(d, lg):
    """Eulogies and estate notices: prose births, life spans, death dates."""
    p = person(lg)
    y, m, dd = rng.randint(1925, 1960), rng.randint(1, 12), rng.randint(1, 28)
    dy = (rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
    kind = rng.randrange(3)
    if kind == 0:
        v = value(lg, y, m, dd, rng.choice(["spelled", "spelled", "num", "abbr"]))[1]
        if lg == "en" and rng.random() < 0.5:
            v = "%s of %s %d" % (rng.choice(["twelfth", "third", "first", "twenty-second"]), MON["en"][m - 1], y)
        pre, post = rng.choice(PROSE[lg]).split("{D}")
        d.t("Please help me with a eulogy. ").span("PERSON", p[0]).t(" ")
        if "{P}" in pre:
            a, b = pre.split("{P}")
            d.t(a).span("NEG_PLACE", town(lg)).t(b).dob(v).t(post.replace("{P}", "")).t(".")
        else:
            d.t(pre).dob(v)
            if "{P}" in post:
                a, b = post.split("{P}")
                d.t(a).span("NEG_PLACE", town(lg)).t(b)
            else:
                d.t(post)
            d.t(".")
        d.t(" She passed away on ").neg(other(lg, *dy)).t(", surrounded by family.\n")
    elif kind == 1:
        d.t(rng.choice(["Estate of ", "Nachlass ", "Succession de ", "Nalatenschap "]))
        d.p(p, rng.choice(["gs", "S,G"])).t(", " + rng.choice(MARK[lg]) + " ")
        d.dob(value(lg, y, m, dd, rng.choice(["num", "spelled"]))[1]).t(", † ").neg(other(lg, *dy))
        d.t(". Claims to be lodged by ").neg(other(lg, *recent())).t(".\n")
    else:
        d.span("PERSON", p[0] + " " + p[1]).t(" (")
        d.dob(value(lg, y, m, dd, rng.choice(["num", "spelled", "abbr"]))[1]).t(rng.choice([" – ", " - ", " — "]))
        d.neg(other(lg, *dy)).t(")\n" + rng.choice(["In loving memory.", "Rest in peace.", "Forever missed."]) + "\n")
        if rng.random() < 0.5:
            d.t("Born in ").neg(str(y)).t(", " + rng.choice(["she", "he"]) + " grew up in ").span("NEG_PLACE", town(lg)).t(".\n")


def k_reference(d, lg):
    """Character references and court lists: the defendant's birth in brackets, hearing dates."""
    p = person(lg)
    y, m, dd = adult()
    if rng.random() < 0.5:
        d.t("To the court,\nI have known ").span("PERSON", p[0] + " " + p[1])
        d.t(rng.choice([" (born ", " (DOB ", " (" + rng.choice(MARK[lg]) + " "]))
        d.dob(value(lg, y, m, dd, rng.choice(["num", "spelled", "abbr", "yy"]))[1]).t(") for " + str(rng.randint(3, 20)) + " years.\n")
        d.t("The hearing is listed for ").neg(other(lg, *recent())).t(".\n")
    else:
        d.t(rng.choice(["COURT LIST — Courtroom 3", "Sitzungsliste Saal 2", "Rôle d'audience"]) + " — ")
        d.neg(other(lg, *recent())).t("\n")
        for i in range(rng.randint(2, 4)):
            pp = person(lg)
            yy, mm, d2 = adult()
            d.t("%d  " % (i + 1)).p(pp, "S,G").t(rng.choice(["  (", "  "]))
            d.t(rng.choice(["DOB ", "D.O.B. ", "geb. ", "né le ", "b. ", blab(lg) + " "]))
            d.dob(value(lg, yy, mm, d2, rng.choice(["num", "num", "yy"]))[1])
            d.t(")" if d.text[-40:].count("(") > d.text[-40:].count(")") else "")
            d.t("  " + rng.choice(["theft", "s.5 RTA", "§ 242 StGB", "assault", "fraud"]) + "\n")


def k_school(d, lg):
    """School notes from parents: the child's birth beside the name, trip and absence dates."""
    c = person(lg)
    y, m, dd = child()
    opener = {"de": "Liebe Frau Lehrerin,", "fr": "Madame,", "nl": "Beste juf,", "es": "Estimada profesora:",
              "it": "Gentile maestra,", "pl": "Szanowna Pani,", "sv": "Hej fröken,"}.get(lg, "Dear Ms Hall,")
    d.t(opener + "\n")
    d.t(rng.choice(["my son ", "my daughter ", KIN[lg][0].lower() + " "])).span("PERSON", c[0])
    d.t(rng.choice([" (born ", ", " + rng.choice(MARK[lg]) + " ", " — " + blab(lg).lower() + " ", " ("]))
    d.dob(value(lg, y, m, dd, rng.choice(["num", "spelled", "yy", "abbr"]))[1])
    d.t(")" if d.text[-30:].count("(") > d.text[-30:].count(")") else "")
    d.t(" will miss school from ").neg(other(lg, *recent())).t(" to ").neg(other(lg, *recent())).t(".\n")
    d.t("Kind regards, ").p((person(lg)[0], c[1])).t("\n")


LEARNER = {
    "en": ["I am born in {D} in {P}.", "My birthday is {D}, I am {A} years.", "I was born at {D}."],
    "de": ["Ich bin am {D} in {P} geboren.", "Ich bin geboren {D}.", "Mein Geburtstag ist {D}, ich bin {A}."],
    "fr": ["Je suis né le {D} à {P}.", "Je suis née en {D}.", "Mon anniversaire c'est le {D}."],
    "nl": ["Ik ben geboren op {D} in {P}.", "Ik ben {D} geboren.", "Mijn verjaardag is {D}."],
    "es": ["Yo nací el {D} en {P}.", "Nací en {D}.", "Mi cumpleaños es el {D}, tengo {A} años."],
    "it": ["Sono nata il {D} a {P}.", "Io sono nato {D}.", "Il mio compleanno è il {D}."],
    "pt": ["Eu nasci em {D} em {P}.", "Nasci no dia {D}.", "Meu aniversário é {D}."],
    "pl": ["Urodziłam się {D} w {P}.", "Jestem urodzony {D}.", "Moje urodziny to {D}."],
    "sv": ["Jag är född {D} i {P}.", "Jag föddes {D}.", "Min födelsedag är {D}."],
    "da": ["Jeg er født {D} i {P}.", "Jeg blev født {D}.", "Min fødselsdag er {D}."],
    "no": ["Jeg er født {D} i {P}.", "Jeg ble født {D}.", "Bursdagen min er {D}."],
    "fi": ["Olen syntynyt {D} {P}.", "Synnyin {D}.", "Syntymäpäiväni on {D}."],
    "cs": ["Narodila jsem se {D} v {P}.", "Jsem narozen {D}.", "Moje narozeniny jsou {D}."],
    "hu": ["{D}-án születtem {P}.", "Én születtem {D}.", "A születésnapom {D}."],
    "tr": ["{D} tarihinde {P} doğdum.", "Ben {D} doğumluyum.", "Doğum günüm {D}."],
    "ro": ["M-am născut pe {D} în {P}.", "Sunt născută în {D}.", "Ziua mea este {D}."],
    "el": ["Gennithika stis {D} stin {P}.", "Eimai gennimeni {D}.", "Ta genethlia mou einai {D}."],
}
SWITCH = ["Hola Oma! Ich schreibe dir in español: nací el {D}, remember?",
          "Hi Tante, my date de naissance is {D}, pour le formulaire.",
          "Ciao! The form wants my data di nascita: {D}. Grazie!",
          "Hej! För blanketten: my birth date is {D}, tack.",
          "Dzień dobry, for the school: data urodzenia {D}, thanks.",
          "Oi! Preciso disto in English: date of birth {D}.",
          "Merhaba, the consulate asks doğum tarihi: {D}.",
          "Bonjour, ik ben geboren op {D}, merci beaucoup."]


def k_learner(d, lg):
    """Learner texts and code-switched letters: births written with mistakes, in two languages."""
    p = person(lg)
    y, m, dd = rng.choice([adult(), child()])
    d.t(rng.choice(["Please correct my text: ", "Can you check my grammar?\n", "Korrigiere bitte:\n",
                    "Translate to English:\n", ""]))
    d.t(rng.choice(["My name is ", "Ich heiße ", "Je m'appelle ", "Me llamo ", "Mi chiamo "])).p(p).t(". ")
    if rng.random() < 0.7:
        tpl = rng.choice(LEARNER[lg])
        form = "month_year" if ("en {D}" in tpl or "in {D}" in tpl) and rng.random() < 0.5 else \
            rng.choice(["num", "spelled", "spelled", "yy", "abbr"])
        v = value(lg, y, m, dd, form)[1]
        if rng.random() < 0.3:
            v = v.replace("ä", "a").replace("ü", "u").replace("é", "e").replace("ł", "l").replace("ı", "i").lower()
    else:
        tpl = rng.choice(SWITCH)
        v = value("en", y, m, dd, rng.choice(["num", "spelled"]))[1]
    pre, post = tpl.split("{D}")
    d.t(pre).dob(v)
    post = post.replace("{A}", str(2025 - y))
    if "{P}" in post:
        a, b = post.split("{P}")
        d.t(a).span("NEG_PLACE", town(lg)).t(b)
    else:
        d.t(post)
    d.t(rng.choice([" I live here since " + str(rng.randint(2015, 2024)) + ".", " Thank you!", ""]) + "\n")


def k_genea(d, lg):
    """Family sheets: genealogical marks, marriages, baptisms, deaths; a maiden name."""
    h, w = person(lg), person(lg)
    (yh, mh, dh), (yw, mw, dw) = (rng.randint(1890, 1950), rng.randint(1, 12), rng.randint(1, 28)), \
        (rng.randint(1890, 1950), rng.randint(1, 12), rng.randint(1, 28))
    d.p(h).t(" " + rng.choice(MARK[lg]) + " ").dob(value(lg, yh, mh, dh, rng.choice(["num", "spelled", "abbr", "roman"]))[1])
    d.t(" " + rng.choice(["in ", ""])).span("NEG_PLACE", town(lg)).t(", † ").neg(other(lg, yh + 70, mh, dh)).t("\n")
    d.t("⚭ ").neg(other(lg, yh + 25, mw, dw)).t(" ")
    d.span("PERSON", w[0] + " " + h[1]).t(" " + MAIDEN[lg] + " ").span("PERSON", w[1])
    d.t(", " + rng.choice(MARK[lg]) + " ").dob(value(lg, yw, mw, dw, rng.choice(["num", "spelled", "roman"]))[1]).t("\n")
    for _ in range(rng.randint(1, 3)):
        yc = min(yh, yw) + rng.randint(22, 40)
        d.t("  " + rng.choice(["1.", "-", "•"]) + " ").span("PERSON", person(lg)[0])
        d.t(" " + rng.choice(MARK[lg]) + " ").dob(value(lg, yc, rng.randint(1, 12), rng.randint(1, 28),
                                                          rng.choice(["num", "spelled", "month_year"]))[1]).t("\n")
    if rng.random() < 0.4:
        d.t("  (*").neg(str(rng.randint(1890, 1950))).t(", not verified)\n")


KINDS = [("cioms", k_cioms), ("crf", k_crf), ("accident", k_accident), ("foster", k_foster),
         ("scholarship", k_scholar), ("naturalisation", k_natural), ("donor", k_donor),
         ("firearms", k_firearms), ("bgcheck", k_bgcheck), ("housing", k_housing),
         ("benefit", k_benefit), ("maternity", k_maternity), ("consular", k_consular),
         ("implant", k_implant), ("drugtest", k_drugtest), ("export", k_export), ("chat", k_chat),
         ("clinic", k_clinic), ("driving", k_driving), ("eulogy", k_eulogy),
         ("reference", k_reference), ("school", k_school), ("learner", k_learner), ("genea", k_genea)]

N = 600
for i in range(N):
    cls, fn = KINDS[i % len(KINDS)]
    lg = LANGS[(i // len(KINDS) + i) % len(LANGS)]
    d = D(lg, cls)
    fn(d, lg)
    d.done()

write_json(records)
