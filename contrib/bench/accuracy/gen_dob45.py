#!/usr/bin/env python3
"""gen_dob45.py: dates of birth in the seventeenth blind set's kinds of text (and the tenth,
fourteenth and sixteenth), written from their public briefs (run.sh titles and README rows; never
their generators or data) and from what notes/dob44.md and notes/forms44.md list as left, before
any detector rule was read or hush was run on it (branch dob45; a tune set).

Kinds of text (metadata.class): mobile contracts and provisioning logs, boat registers and
skipper licences, drone operator registrations, chimney-sweep certificates, bulky-waste bookings,
mail redirection orders, music-school enrolments and exam entries, language-school placement,
coworking memberships, safe-deposit agreements and vault logs, archive reading rooms, climbing,
trampoline and karting waivers, hearing-aid fittings, bicycle registrations, apiaries,
fertility-clinic consents (donor and recipient), guardianship orders (the ward), divorce
settlements with children, golf records, catering orders, locksmith call-outs, farm subsidies,
market stalls, taxi licences and registers, transit passes, gambling self-exclusion, Gift Aid,
maternity and newborn records (the time of birth after the date), family sheets with marks; in
en/de/fr/nl/es/it/pt/pl/sv/da/no/fi/cs/hu/tr/ro/el (Greek in Latin transliteration).

What varies on purpose (the mechanisms dob44 left):
- births with no cue but their slot: a donor and a recipient (`Donor: X, 03/10/1992`), `Kind 1:
  Lea, 03.10.2015`, children listed under `Kinder:`/`Children:`, a ward named at the head of a
  guardianship order, waiver participants with an age column;
- newborns with the time after the date (`Synnytys: 27.3.2020, 07.46`, `Porod: 3. 4. 2021 v
  14:20`, `Delivery 12/03/2024 03:15`) and the delivery words (`Delivery`, `Synnytys`, `Porod`,
  `Parto`, `Accouchement`, `Entbindung`, `Poród`, `Förlossning`, `Fødsel`, `Doğum`, `Naștere`,
  `Szülés`, `Bevalling`, `Toketos`);
- marks: Turkish `d.` (doğum) beside English `d.` (died), `g.` (Greek), `sz.` (Hungarian), `*`
  and `†`, `NE LE` in capitals; Czech `roz.` (a maiden name) and `geb.`/`née` as look-alikes;
- Hungarian dates glued to a case ending (`1948.01.07.-án`, `1991. május 4-én`), `Születési
  idő/hely`, Finnish `s. 12.3.1987`, Polish `ur. 12 marca 1987 r.`, Czech `nar.`, Greek
  `Imerominia gennisis` transliterated, Turkish `D.T.` and `Doğum yeri ve tarihi: Konya,
  12.03.1987`;
- layouts: a birth label in a header two lines above the value, a column head `| f. |`, cells with
  double spaces, XML elements named for the birth (`<patientbirthdate>19541019`, `<BirthDt>`,
  `<dateOfBirth>`), a label after the value.
- look-alikes, NEG_ spans: the date under another label on the line after `Birthplace: Izmir`,
  issue, expiry, event, contract, start, collection, delivery (of goods), donation, signature,
  due and death dates (NEG_DATE); birth places (NEG_PLACE); ages alone (NEG_AGE); a year alone
  (NEG_DATE).

Labelling conventions (those of dob14, dob17, dob41-44 and gen_forms42.py): a month with its year
alone is a DATE_OF_BIRTH, a year alone NEG_DATE; a dead private person's birth is a
DATE_OF_BIRTH; the gold span runs from the date's first to its last character (a Hungarian date's
closing dot included; a case ending `-án`, a time, an age or `r.` after it left out).
The convention for a date after a name with no cue: where a slot holds a person's identity (a
donor, recipient, ward, child, participant or household member: `Name, DATE` or `Name (DATE)`
and nothing that names another event), the date is a DATE_OF_BIRTH; where the slot is the name of
someone who did something on that day (`Signed: X, DATE`, `Technician: X, DATE`, `Donor: X,
DATE` on a donation receipt, `Collected by X on DATE`), it is a NEG_DATE.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTH_WORDS, Doc, ordinal_en, write_json  # noqa: E402

rng = random.Random(20261205 + 45)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]


class D(Doc):
    records = records

    def dob(self, v):
        return self.span("NEG_DATE" if v.isdigit() and len(v) == 4 else "DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)

    def place(self, v):
        return self.span("NEG_PLACE", v)

    def p(self, pp, order="gs"):
        """A person: given surname, `Surname, Given`, `SURNAME Given` or Hungarian surname first."""
        g, s = pp
        if order == "sg":
            return self.span("PERSON", s).t(", ").span("PERSON", g)
        if order == "SG":
            return self.span("PERSON", s.upper() + " " + g)
        if order == "hu":
            return self.span("PERSON", s + " " + g)
        return self.span("PERSON", g + " " + s)


# ---- people and places -------------------------------------------------------------------------
GIVEN = {"en": ["Harriet", "Rowan", "Imogen", "Fergus", "Tamsin", "Ellis"],
         "de": ["Jannik", "Leonie", "Friedhelm", "Marlene", "Till", "Annika"],
         "fr": ["Solène", "Baptiste", "Clémence", "Gaspard", "Anaïs"],
         "nl": ["Floor", "Thijs", "Noor", "Bram", "Lieke"],
         "es": ["Nerea", "Álvaro", "Candela", "Íker", "Rocío"],
         "it": ["Beatrice", "Tommaso", "Ginevra", "Lorenzo", "Noemi"],
         "pt": ["Leonor", "Duarte", "Matilde", "Gonçalo", "Benedita"],
         "pl": ["Małgorzata", "Bartosz", "Wiktoria", "Kacper", "Halina"],
         "sv": ["Ebba", "Hugo", "Maja", "Elias", "Signe"],
         "da": ["Ida", "Magnus", "Karen", "Mikkel", "Asta"],
         "no": ["Solveig", "Sindre", "Tuva", "Vegard", "Ragnhild"],
         "fi": ["Kerttu", "Eetu", "Venla", "Onni", "Pirjo"],
         "cs": ["Kateřina", "Ondřej", "Alžběta", "Matěj", "Božena"],
         "hu": ["Zsófia", "Levente", "Dorottya", "Gergely", "Ildikó"],
         "tr": ["Zeynep", "Burak", "Esra", "Oğuz", "Hatice"],
         "ro": ["Alina", "Bogdan", "Corina", "Sorin", "Irina"],
         "el": ["Vasiliki", "Dimitris", "Despina", "Stavros", "Eirini"]}
SURNAME = {"en": ["Pemberton", "Ashworth", "McAllister", "Oyelaran", "Dunleavy"],
           "de": ["Riedmüller", "Hoffstetter", "Kranz", "Wendland", "Pfeiffer"],
           "fr": ["Lemaire", "Chevallier", "Duplessis", "Benhamou", "Roussel"],
           "nl": ["Verhoeven", "van der Linden", "Kuipers", "Smeets", "de Groot"],
           "es": ["Sandoval", "Iglesias", "Quintero", "Arrieta", "Bustamante"],
           "it": ["Lombardi", "Pellegrini", "Santoro", "Mancini", "Colombo"],
           "pt": ["Magalhães", "Cardoso", "Pimentel", "Valente", "Antunes"],
           "pl": ["Wiśniewska", "Lewandowski", "Krawczyk", "Szymańska", "Grabowski"],
           "sv": ["Sjöberg", "Holmgren", "Wallin", "Ekström", "Lundberg"],
           "da": ["Kristensen", "Bech", "Frederiksen", "Dahl", "Østergaard"],
           "no": ["Strand", "Lie", "Eide", "Moen", "Rønning"],
           "fi": ["Heikkinen", "Salminen", "Niemi", "Lehtonen", "Järvinen"],
           "cs": ["Svobodová", "Černý", "Veselá", "Marek", "Pokorný"],
           "hu": ["Nagy", "Farkas", "Balogh", "Mészáros", "Varga"],
           "tr": ["Aydın", "Çelik", "Şahin", "Arslan", "Koç"],
           "ro": ["Munteanu", "Constantin", "Rusu", "Matei", "Lazăr"],
           "el": ["Antoniou", "Pappas", "Vlachou", "Dimitriou", "Makris"]}
SYL = ["mar", "vel", "tis", "lor", "dan", "ke", "bro", "sil", "fen", "ra", "gu", "pel", "nor",
       "ost", "vi", "zen", "ha", "lu", "quin", "der"]
END = ["ford", "berg", "mann", "sson", "escu", "eiro", "ez", "etti", "ska", "oğlu", "sen", "ová",
       "strup", "lainen", "poulos", "falvi", "ier"]
TOWNS = {"en": ["Wigan", "Kilkenny", "Dundee"], "de": ["Passau", "Linz", "Zwickau"],
         "fr": ["Angers", "Liège", "Colmar"], "nl": ["Deventer", "Brugge", "Almelo"],
         "es": ["Logroño", "Huesca", "Mendoza"], "it": ["Cremona", "Matera", "Udine"],
         "pt": ["Guarda", "Évora", "Fortaleza"], "pl": ["Tarnów", "Kielce", "Opole"],
         "sv": ["Gävle", "Kalmar", "Östersund"], "da": ["Esbjerg", "Horsens", "Roskilde"],
         "no": ["Ålesund", "Molde", "Harstad"], "fi": ["Lahti", "Joensuu", "Pori"],
         "cs": ["Tábor", "Zlín", "Kladno"], "hu": ["Debrecen", "Eger", "Sopron"],
         "tr": ["İzmir", "Eskişehir", "Samsun"], "ro": ["Sibiu", "Oradea", "Suceava"],
         "el": ["Kalamata", "Chania", "Ioannina"]}


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def given(lg):
    return person(lg)[0]


def town(lg):
    return rng.choice(TOWNS[lg])


def adult():
    return rng.randint(1936, 2005), rng.randint(1, 12), rng.randint(1, 28)


def senior():
    return rng.randint(1928, 1958), rng.randint(1, 12), rng.randint(1, 28)


def child():
    return rng.randint(2007, 2023), rng.randint(1, 12), rng.randint(1, 28)


def recent():
    return rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)


def age_of(y):
    return 2025 - y


# ---- months and values -------------------------------------------------------------------------
MON = {k: MONTH_WORDS[k] for k in "en de fr nl es it pt pl sv da no fi cs hu tr ro el".split()}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def numeric(lg, y, m, d):
    """A numeric date as the country writes it on a form."""
    if lg == "en":
        return rng.choice(["%02d/%02d/%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y),
                           "%d/%d/%04d" % (d, m, y)])
    if lg in ("de", "pl", "no", "tr", "ro", "da"):
        return rng.choice(["%02d.%02d.%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y)])
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    if lg == "cs":
        return rng.choice(["%d. %d. %04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lg == "hu":
        return rng.choice(["%04d.%02d.%02d." % (y, m, d), "%04d. %02d. %02d." % (y, m, d)])
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "nl":
        return rng.choice(["%02d-%02d-%04d" % (d, m, y), "%d-%d-%04d" % (d, m, y)])
    return "%02d/%02d/%04d" % (d, m, y)


def spelled(lg, y, m, d):
    mn = MON[lg][m - 1]
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y),
                           "%s %s %d" % (ordinal_en(d), mn, y)])
    if lg in ("de", "da", "no", "fi", "cs"):
        return "%d. %s %d" % (d, mn, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mn, d)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if lg == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)
    return "%d %s %d" % (d, mn, y)


def value(lg, ymd, form=None):
    """The text of a date in lg; form num (most often), spelled, iso, yy or compact."""
    y, m, d = ymd
    form = form or rng.choice(["num"] * 6 + ["spelled"] * 2 + ["iso", "yy"])
    if form == "num":
        return numeric(lg, y, m, d)
    if form == "spelled":
        return spelled(lg, y, m, d)
    if form == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if form == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if form == "mmm":
        return "%02d-%s-%04d" % (d, MON3[m - 1], y)
    if form == "yy":
        if lg == "en":
            return "%02d/%02d/%02d" % (d, m, y % 100)
        return "%02d.%02d.%02d" % (d, m, y % 100)
    raise ValueError(form)


def other(lg, ymd=None):
    """A non-birth date in the record's usual forms."""
    ymd = ymd or recent()
    r = rng.random()
    if r < 0.75:
        return numeric(lg, *ymd)
    if r < 0.9:
        return spelled(lg, *ymd)
    return "%04d-%02d-%02d" % ymd


# ---- labels ------------------------------------------------------------------------------------
BIRTH = {
    "en": ["Date of birth", "DOB", "D.O.B.", "Birth date", "Date of Birth"],
    "de": ["Geburtsdatum", "Geb.-Datum", "geboren am", "Geb.-Dat."],
    "fr": ["Date de naissance", "Né(e) le", "Date de naiss."],
    "nl": ["Geboortedatum", "Geb. datum", "Geboren op"],
    "es": ["Fecha de nacimiento", "F. nacimiento", "Fecha nac."],
    "it": ["Data di nascita", "Nato/a il", "Data nascita"],
    "pt": ["Data de nascimento", "Data nasc.", "Nascido(a) em"],
    "pl": ["Data urodzenia", "Data ur.", "Urodzony/a"],
    "sv": ["Födelsedatum", "Född", "Födelsedag"],
    "da": ["Fødselsdato", "Født", "Fødselsdag"],
    "no": ["Fødselsdato", "Født", "Fødselsdag"],
    "fi": ["Syntymäaika", "Syntymäpäivä", "Synt."],
    "cs": ["Datum narození", "Nar.", "Dat. nar."],
    "hu": ["Születési idő", "Születési dátum", "Szül. idő", "Születési idő/hely"],
    "tr": ["Doğum tarihi", "D.T.", "Doğum Tarihi", "D. Tarihi"],
    "ro": ["Data nașterii", "Data nasterii", "Născut(ă) la"],
    "el": ["Imerominia gennisis", "Im. gennisis", "Hmerominia gennhshs", "Imer. gen."],
}
EVENT = {  # issue, expiry, start, signed, death
    "en": ["Date of issue", "Expiry date", "Start date", "Date signed", "Date of death"],
    "de": ["Ausstellungsdatum", "Gültig bis", "Vertragsbeginn", "Datum der Unterschrift", "Sterbedatum"],
    "fr": ["Date de délivrance", "Date d'expiration", "Date de début", "Fait le", "Date de décès"],
    "nl": ["Datum afgifte", "Geldig tot", "Ingangsdatum", "Datum ondertekening", "Overlijdensdatum"],
    "es": ["Fecha de expedición", "Válido hasta", "Fecha de alta", "Fecha de firma", "Fecha de defunción"],
    "it": ["Data di rilascio", "Scadenza", "Decorrenza", "Data firma", "Data del decesso"],
    "pt": ["Data de emissão", "Válido até", "Data de início", "Data da assinatura", "Data de óbito"],
    "pl": ["Data wydania", "Ważne do", "Data rozpoczęcia", "Data podpisu", "Data zgonu"],
    "sv": ["Utfärdad", "Giltig t.o.m.", "Startdatum", "Datum underskrift", "Dödsdatum"],
    "da": ["Udstedt", "Gyldig til", "Startdato", "Dato for underskrift", "Dødsdato"],
    "no": ["Utstedt", "Gyldig til", "Startdato", "Dato signert", "Dødsdato"],
    "fi": ["Myönnetty", "Voimassa", "Alkamispäivä", "Allekirjoituspäivä", "Kuolinpäivä"],
    "cs": ["Datum vydání", "Platnost do", "Datum zahájení", "Datum podpisu", "Datum úmrtí"],
    "hu": ["Kiállítás dátuma", "Érvényes", "Kezdő dátum", "Kelt", "Halálozás dátuma"],
    "tr": ["Veriliş tarihi", "Geçerlilik tarihi", "Başlangıç tarihi", "İmza tarihi", "Ölüm tarihi"],
    "ro": ["Data eliberării", "Valabil până la", "Data începerii", "Data semnării", "Data decesului"],
    "el": ["Imerominia ekdosis", "Ischyei eos", "Imerominia enarxis", "Imerominia ypografis",
           "Imerominia thanatou"],
}
ISSUE, EXPIRY, START, SIGNED, DEATH = range(5)
NAME = {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre", "it": "Nome",
        "pt": "Nome", "pl": "Imię i nazwisko", "sv": "Namn", "da": "Navn", "no": "Navn", "fi": "Nimi",
        "cs": "Jméno", "hu": "Név", "tr": "Adı Soyadı", "ro": "Nume", "el": "Onomateponymo"}
PLACE = {"en": "Place of birth", "de": "Geburtsort", "fr": "Lieu de naissance", "nl": "Geboorteplaats",
         "es": "Lugar de nacimiento", "it": "Luogo di nascita", "pt": "Naturalidade",
         "pl": "Miejsce urodzenia", "sv": "Födelseort", "da": "Fødested", "no": "Fødested",
         "fi": "Syntymäpaikka", "cs": "Místo narození", "hu": "Születési hely", "tr": "Doğum yeri",
         "ro": "Locul nașterii", "el": "Topos gennisis"}
AGEL = {"en": "Age", "de": "Alter", "fr": "Âge", "nl": "Leeftijd", "es": "Edad", "it": "Età",
        "pt": "Idade", "pl": "Wiek", "sv": "Ålder", "da": "Alder", "no": "Alder", "fi": "Ikä",
        "cs": "Věk", "hu": "Kor", "tr": "Yaş", "ro": "Vârsta", "el": "Ilikia"}
CHILDREN = {"en": "Children", "de": "Kinder", "fr": "Enfants", "nl": "Kinderen", "es": "Hijos",
            "it": "Figli", "pt": "Filhos", "pl": "Dzieci", "sv": "Barn", "da": "Børn", "no": "Barn",
            "fi": "Lapset", "cs": "Děti", "hu": "Gyermekek", "tr": "Çocuklar", "ro": "Copii",
            "el": "Paidia"}
CHILD1 = {"en": "Child", "de": "Kind", "fr": "Enfant", "nl": "Kind", "es": "Hijo/a", "it": "Figlio/a",
          "pt": "Filho/a", "pl": "Dziecko", "sv": "Barn", "da": "Barn", "no": "Barn", "fi": "Lapsi",
          "cs": "Dítě", "hu": "Gyermek", "tr": "Çocuk", "ro": "Copil", "el": "Paidi"}
# The word for a delivery on a birth record, and the time joiner.
DELIVERY = {"en": ("Delivery", ""), "de": ("Entbindung", " um "), "fr": ("Accouchement", " à "),
            "nl": ("Bevalling", " om "), "es": ("Parto", " a las "), "it": ("Parto", " ore "),
            "pt": ("Parto", " às "), "pl": ("Poród", " godz. "), "sv": ("Förlossning", " kl. "),
            "da": ("Fødsel", " kl. "), "no": ("Fødsel", " kl. "), "fi": ("Synnytys", ", "),
            "cs": ("Porod", " v "), "hu": ("Szülés", " "), "tr": ("Doğum", " saat "),
            "ro": ("Naștere", " ora "), "el": ("Toketos", " ora ")}
NEWBORN = {"en": "Baby", "de": "Neugeborenes", "fr": "Nouveau-né", "nl": "Pasgeborene", "es": "Recién nacido",
           "it": "Neonato/a", "pt": "Recém-nascido", "pl": "Noworodek", "sv": "Nyfödd", "da": "Nyfødt",
           "no": "Nyfødt", "fi": "Vastasyntynyt", "cs": "Novorozenec", "hu": "Újszülött", "tr": "Yenidoğan",
           "ro": "Nou-născut", "el": "Neogno"}
# Genealogical birth marks (a name before, the date after).
MARK = {"en": ["b.", "*"], "de": ["*", "geb."], "fr": ["né le", "°", "NE LE"], "nl": ["*", "geb."],
        "es": ["n.", "*"], "it": ["n.", "*"], "pt": ["n.", "*"], "pl": ["ur.", "*"],
        "sv": ["f.", "*"], "da": ["f.", "*"], "no": ["f.", "*"], "fi": ["s.", "*"],
        "cs": ["nar.", "*"], "hu": ["sz.", "szül.", "*"], "tr": ["d.", "doğ.", "*"],
        "ro": ["n.", "*"], "el": ["g.", "genn.", "*"]}
DIED = {"en": "d.", "de": "†", "fr": "†", "nl": "†", "es": "†", "it": "†", "pt": "†", "pl": "zm.",
        "sv": "†", "da": "†", "no": "†", "fi": "k.", "cs": "zem.", "hu": "megh.", "tr": "ö.",
        "ro": "d.", "el": "†"}
# A maiden-name marker: the name after it is a person, no date follows.
MAIDEN = {"en": "née", "de": "geb.", "fr": "née", "nl": "geb.", "es": "de soltera", "it": "nata",
          "pt": "nascida", "pl": "z d.", "sv": "f.", "da": "f.", "no": "f.", "fi": "o.s.",
          "cs": "roz.", "hu": "szül.", "tr": "kızlık soyadı", "ro": "născută", "el": "to genos"}
AGEW = {"en": "%d yrs", "de": "%d J.", "fr": "%d ans", "nl": "%d jaar", "es": "%d años", "it": "%d anni",
        "pt": "%d anos", "pl": "%d lat", "sv": "%d år", "da": "%d år", "no": "%d år", "fi": "%d v",
        "cs": "%d let", "hu": "%d éves", "tr": "%d yaş", "ro": "%d ani", "el": "%d eton"}


def blab(lg):
    return rng.choice(BIRTH[lg])


def bdate(lg, ymd=None, form=None):
    return value(lg, ymd or adult(), form)


def birth_field(d, lg, v, layout=None):
    """A labelled birth on a form: same line, label after the value, double-spaced cell, above."""
    layout = layout or rng.choice(["same"] * 4 + ["after", "cell", "next"])
    lab = blab(lg)
    if layout == "after":
        d.dob(v).t(rng.choice([" (" + lab + ")", "  — " + lab.lower(), "   " + lab]))
    elif layout == "cell":
        d.t("|  " + lab + "  |  ").dob(v).t("  |")
    elif layout == "next":
        d.t(lab + ":\n").dob(v)
    else:
        d.t(lab + ": ").dob(v)
    if lab.endswith("/hely"):
        d.t(", ").place(town(lg))
    return d.t("\n")


def event_field(d, lg, which, ymd=None):
    return d.t(EVENT[lg][which] + ": ").neg(other(lg, ymd)).t("\n")


def hu_glued(y, m, d):
    """A Hungarian date with its case ending: (date text, ending)."""
    r = rng.random()
    if r < 0.4:
        return "%04d.%02d.%02d." % (y, m, d), rng.choice(["-án", "-én", "-i", "-jén"])
    if r < 0.7:
        return "%d. %s %d" % (y, MON["hu"][m - 1], d), rng.choice(["-án", "-én", "-jén"])
    return "%04d. %02d. %02d." % (y, m, d), rng.choice(["-án", "-én"])


# ---- kinds of text -----------------------------------------------------------------------------
def k_mobile(d, lg):
    """Mobile or broadband contract order, and its provisioning log."""
    c = person(lg)
    ymd = adult()
    d.t(rng.choice(["Order summary — SIM only 30GB", "Auftragsbestätigung Mobilfunk",
                    "Récapitulatif de commande Fibre", "Contratto di abbonamento mobile"]) + "\n")
    d.t(NAME[lg] + ": ").p(c).t("\n")
    birth_field(d, lg, bdate(lg, ymd))
    event_field(d, lg, START)
    d.t("Minimum term: 24 months\n")
    if rng.random() < 0.6:
        key = rng.choice(["customer.dateOfBirth", "dob", "birth_date", "cust_dob", "kunde.geburtsdatum"])
        d.t("\n[prov] %s order=%d status=ACTIVATED msisdn_ported=true %s=" % (
            other("en", recent()).replace("/", "-"), rng.randint(100000, 999999), key))
        d.dob(value(lg, ymd, rng.choice(["iso", "compact"]))).t(" created_at=")
        d.neg("%04d-%02d-%02dT%02d:%02d:00Z" % (recent() + (rng.randint(0, 23), rng.randint(0, 59)))).t("\n")


def k_boat(d, lg):
    """Small-craft register extract or skipper licence: owner with a mark or a label."""
    o = person(lg)
    d.t(rng.choice(["Small Ships Register — extract", "Bootsregister Auszug", "Registre des navires",
                    "Skipper licence / ICC"]) + "\n")
    d.t("Vessel: ").span("NEG_VESSEL", rng.choice(["Sea Breeze II", "Marlene", "Aurora", "Lykke"]))
    d.t("  LOA 8.4 m  Built ").neg(str(rng.randint(1975, 2020))).t("\n")
    d.t("Owner: ").p(o)
    if rng.random() < 0.5:
        d.t(", " + rng.choice(MARK[lg]) + " ").dob(bdate(lg)).t("\n")
    else:
        d.t("\n")
        birth_field(d, lg, bdate(lg), rng.choice(["same", "after", "cell"]))
    d.t("Registered: ").neg(other(lg)).t("\n")
    event_field(d, lg, EXPIRY)


def k_drone(d, lg):
    """Drone operator registration as XML or JSON; remote-pilot certificate."""
    p = person(lg)
    ymd = adult()
    if rng.random() < 0.6:
        tag = rng.choice(["dateOfBirth", "BirthDt", "birthDate", "pilotBirthDate", "operatorbirthdate",
                          "DateOfBirth", "geburtsdatum", "dataNascita", "fechaNacimiento"])
        d.t("<operatorRegistration>\n  <operatorId>%s%s</operatorId>\n" % (lg.upper(), "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(12))))
        d.t("  <givenName>").span("PERSON", p[0]).t("</givenName>\n  <familyName>").span("PERSON", p[1])
        d.t("</familyName>\n  <" + tag + ">").dob(value(lg, ymd, rng.choice(["iso", "compact", "iso"])))
        d.t("</" + tag + ">\n  <registrationDate>").neg("%04d-%02d-%02d" % recent()).t("</registrationDate>\n")
        d.t("  <expiryDate>").neg("%04d-%02d-%02d" % recent()).t("</expiryDate>\n</operatorRegistration>\n")
    else:
        d.t("A2 CofC — remote pilot certificate\nPilot: ").p(p).t("\n")
        birth_field(d, lg, value(lg, ymd))
        d.t("Exam passed ").neg(other(lg)).t("   valid 5 years\n")


def k_chimney(d, lg):
    """Chimney-sweep certificate: owner (maiden name look-alike), inspection dates."""
    o = person(lg)
    title = {"de": "Feuerstättenschau — Bescheid", "fr": "Certificat de ramonage", "pl": "Protokół kominiarski",
             "sv": "Sotningsprotokoll", "fi": "Nuohoustodistus", "hu": "Kéményseprő igazolás"}.get(lg, "Chimney sweep certificate")
    d.t(title + "\nEigentümer / Owner: ").p(o)
    if rng.random() < 0.5:
        d.t(" " + MAIDEN[lg] + " ").span("PERSON", person(lg)[1])
    d.t("\n")
    if rng.random() < 0.4:
        birth_field(d, lg, bdate(lg, senior()))
    d.t("Inspection: ").neg(other(lg)).t("   next due: ").neg(other(lg)).t("\n")
    d.t("Bezirksschornsteinfeger: ").p(person(lg)).t(", ").neg(other(lg)).t("\n")


def k_waste(d, lg):
    """Bulky-waste booking: collection date, a senior's free slot with the birth date."""
    c = person(lg)
    d.t(rng.choice(["Bulky waste collection booking", "Sperrmüllanmeldung", "Enlèvement des encombrants",
                    "Grofvuil ophalen"]) + " #%d\n" % rng.randint(10000, 99999))
    d.t(NAME[lg] + ": ").p(c).t("\nItems: sofa, 2 chairs, fridge\n")
    d.t("Collection date: ").neg(other(lg)).t("\n")
    if rng.random() < 0.5:
        d.t("Free collection (65+), " + blab(lg).lower() + ": ").dob(bdate(lg, senior())).t("\n")
    else:
        d.t("Booked on ").neg(other(lg)).t(" by phone\n")


def k_redirect(d, lg):
    """Mail redirection order: the people redirected in a table, the header two lines above."""
    d.t(rng.choice(["Redirection of mail — application", "Nachsendeauftrag", "Réexpédition du courrier",
                    "Verhuisdoorzending"]) + "\n")
    d.t("Redirect from: ").neg(other(lg)).t("  for 12 months\n\n")
    lab = blab(lg)
    w = 24
    d.t(NAME[lg].ljust(w) + lab.ljust(w) + "\n" + "-" * (w - 2) + "  " + "-" * (w - 2) + "\n")
    for _ in range(rng.randint(1, 4)):
        pp = person(lg)
        name = pp[0] + " " + pp[1]
        d.span("PERSON", name).t(" " * max(2, w - len(name)))
        d.dob(bdate(lg, rng.choice([adult(), child()]), rng.choice(["num", "num", "iso"]))).t("\n")
    d.t("\nSigned ").neg(other(lg)).t("\n")


def k_music(d, lg):
    """Music-school enrolment (`Kind 1: Lea, 03.10.2015`) or an exam entry list with an age column."""
    if rng.random() < 0.5:
        par = person(lg)
        d.t(rng.choice(["Anmeldung Musikschule", "Music school enrolment", "Inscription conservatoire"]) + "\n")
        d.t(rng.choice(["Parent", "Erziehungsberechtigte/r", "Responsable légal"]) + ": ").p(par).t("\n")
        for i in range(rng.randint(1, 3)):
            d.t("%s %d: " % (CHILD1[lg], i + 1)).span("PERSON", given(lg)).t(rng.choice([", ", " ("]))
            d.dob(bdate(lg, child(), rng.choice(["num", "num", "yy"])))
            d.t(")" if d.text.endswith(tuple("0123456789")) and "(" in d.text[-14:] else "")
            d.t(" — " + rng.choice(["piano", "violin", "Gitarre", "flûte", "cello"]) + "\n")
        d.t("Lessons start ").neg(other(lg)).t("\n")
    else:
        d.t("Exam entry list — Grade %d — session " % rng.randint(1, 8)).neg(other(lg)).t("\n")
        d.t("Candidate | Instrument | Age | " + blab(lg) + "\n")
        for _ in range(rng.randint(2, 4)):
            ymd = child()
            d.p(person(lg)).t(" | " + rng.choice(["Piano", "Violin", "Flute", "Singing"]) + " | ")
            d.span("NEG_AGE", str(age_of(ymd[0]))).t(" | ").dob(bdate(lg, ymd, "num")).t("\n")


def k_language(d, lg):
    """Language-school placement: `Lieu et date de naissance`, learner's own text."""
    s = person(lg)
    ymd = adult()
    d.t("Placement test — level " + rng.choice(["A2", "B1", "B2", "C1"]) + "\n")
    d.t(NAME[lg] + ": ").p(s).t("\n")
    if rng.random() < 0.5:
        both = {"fr": "Lieu et date de naissance", "de": "Geburtsort und -datum", "it": "Luogo e data di nascita",
                "es": "Lugar y fecha de nacimiento", "tr": "Doğum yeri ve tarihi", "hu": "Születési hely, idő",
                "pl": "Miejsce i data urodzenia", "ro": "Locul și data nașterii", "cs": "Místo a datum narození",
                "pt": "Local e data de nascimento", "el": "Topos kai imerominia gennisis"}.get(lg, "Place and date of birth")
        d.t(both + ": ").place(town(lg)).t(rng.choice([", ", " / ", ", le " if lg == "fr" else ", "]))
        d.dob(bdate(lg, ymd)).t("\n")
    else:
        birth_field(d, lg, bdate(lg, ymd))
        d.t(PLACE[lg] + ": ").place(town(lg)).t("\n")
    d.t("Course start: ").neg(other(lg)).t("\n")


def k_cowork(d, lg):
    """Coworking membership with the member's birth, desk and room bookings."""
    m = person(lg)
    d.t("Membership — Flex desk\nMember: ").p(m).t("\n")
    birth_field(d, lg, bdate(lg), rng.choice(["same", "cell", "after"]))
    d.t("Desk D-%02d   Start: " % rng.randint(1, 60)).neg(other(lg)).t("\n")
    d.t("Room booking: Meeting room ").span("NEG_ROOM", rng.choice(["Ada Lovelace", "Curie", "Tesla"]))
    d.t(", ").neg(other(lg)).t(" 10:00-11:00\n")


def k_deposit(d, lg):
    """Safe-deposit agreement: holder and co-holder; vault access log."""
    h, co = person(lg), person(lg)
    d.t(rng.choice(["Safe deposit box agreement", "Schließfachvertrag", "Contrat de location de coffre"]))
    d.t(" — box %d\n" % rng.randint(100, 999))
    d.t("Holder: ").p(h, rng.choice(["gs", "SG"])).t("\n")
    birth_field(d, lg, bdate(lg))
    d.t("Co-holder: ").p(co).t(rng.choice([", ", " ("])).dob(bdate(lg))
    d.t(")\n" if d.text[-20:].count("(") > d.text[-20:].count(")") else "\n")
    d.t("Vault access log:\n")
    for _ in range(2):
        d.t("  ").neg(other(lg)).t(" %02d:%02d  " % (rng.randint(9, 16), rng.randint(0, 59))).span("PERSON", h[1].upper()).t("\n")


def k_archive(d, lg):
    """Archive reading-room registration: the reader's birth; a famous person's papers as topic."""
    r = person(lg)
    d.t("Reading room registration — reader's ticket %d\n" % rng.randint(1000, 9999))
    d.t(NAME[lg] + ": ").p(r).t("\n")
    birth_field(d, lg, bdate(lg))
    d.t("Research topic: papers of ").span("NEG_FAMOUS", rng.choice(["Bertha von Suttner", "Jean Sibelius", "Marie Curie"]))
    d.t(" (").neg(str(rng.randint(1840, 1870))).t("–").neg(str(rng.randint(1910, 1940))).t(")\n")
    d.t("Order slip: box 14, ordered ").neg(other(lg)).t("\n")


def k_waiver(d, lg):
    """Climbing, trampoline or karting waiver: participants with an age column (no birth cue)."""
    d.t(rng.choice(["Climbing wall waiver", "Trampolinpark — Haftungsausschluss", "Karting — décharge"]))
    d.t(" — session ").neg(other(lg)).t("\n")
    g = person(lg)
    d.t(rng.choice(["Responsible adult", "Guardian", "Begleitperson"]) + ": ").p(g).t("\n")
    mode = rng.random()
    if mode < 0.4:
        d.t("# | Participant | Age | " + blab(lg) + "\n")
        for i in range(rng.randint(2, 4)):
            ymd = child()
            d.t("%d | " % (i + 1)).p(person(lg)).t(" | ").span("NEG_AGE", str(age_of(ymd[0]))).t(" | ")
            d.dob(bdate(lg, ymd, "num")).t("\n")
    elif mode < 0.75:
        d.t("Participants (name, age, date):\n")
        for i in range(rng.randint(2, 4)):
            ymd = child()
            d.t("%d. " % (i + 1)).p(person(lg)).t(", ").span("NEG_AGE", str(age_of(ymd[0]))).t(", ")
            d.dob(bdate(lg, ymd, "num")).t("\n")
    else:
        d.t("Participants:\n")
        for i in range(rng.randint(2, 4)):
            ymd = child()
            d.t("- ").p(person(lg)).t(" (").dob(bdate(lg, ymd, "num")).t(")\n")
    d.t("Signed ").neg(other(lg)).t("\n")


def k_hearing(d, lg):
    """Hearing-aid fitting record: birth in a header two lines above; audiogram date."""
    pt = person(lg)
    ymd = senior()
    w = 22
    d.t("HEARING AID FITTING RECORD\n")
    d.t("Patient".ljust(w) + blab(lg).ljust(w) + "Audiogram\n")
    d.t("=" * (w - 2) + "  " + "=" * (w - 2) + "  " + "=" * 10 + "\n")
    name = pt[1].upper() + ", " + pt[0]
    d.span("PERSON", pt[1].upper()).t(", ").span("PERSON", pt[0]).t(" " * max(2, w - len(name)))
    v = bdate(lg, ymd, rng.choice(["num", "iso"]))
    d.dob(v).t(" " * max(2, w - len(v))).neg(other(lg)).t("\n")
    if rng.random() < 0.5:
        d.t("<patientbirthdate>").dob(value(lg, ymd, "compact")).t("</patientbirthdate>\n")
    d.t("Fitting: ").neg(other(lg)).t("  right ear RIC, 85 dB\n")


def k_bicycle(d, lg):
    """Bicycle registration or bike-leasing agreement."""
    o = person(lg)
    d.t(rng.choice(["Bicycle registration", "Fahrradcodierung", "Bike leasing agreement"]) + "\n")
    d.t("Frame no. WBK%07d\nOwner: " % rng.randint(0, 9999999)).p(o).t("\n")
    birth_field(d, lg, bdate(lg))
    d.t("Purchase date: ").neg(other(lg)).t("\n")
    event_field(d, lg, START)


def k_apiary(d, lg):
    """Apiary registration: beekeeper's birth; queen's year (a year alone)."""
    b = person(lg)
    d.t(rng.choice(["Apiary registration", "Bienenstand Meldung", "Déclaration de ruchers"]) + "\n")
    d.t("Beekeeper: ").p(b).t("\n")
    birth_field(d, lg, bdate(lg))
    d.t("Colonies: %d   queen marked " % rng.randint(2, 30)).neg(str(rng.randint(2021, 2025))).t("\n")
    d.t("Registered ").neg(other(lg)).t("\n")


def k_fertility(d, lg):
    """Fertility-clinic consent: partners, a donor and a recipient with no birth cue, a transfer."""
    a, b = person(lg), person(lg)
    d.t(rng.choice(["Consent to treatment (IVF)", "Einwilligung Kinderwunschbehandlung",
                    "Consentement AMP", "Consenso PMA"]) + "\n")
    roles = {"de": ("Spenderin", "Empfängerin"), "fr": ("Donneuse", "Receveuse"), "es": ("Donante", "Receptora"),
             "it": ("Donatrice", "Ricevente"), "nl": ("Donor", "Ontvanger"), "pt": ("Dadora", "Recetora"),
             "pl": ("Dawczyni", "Biorczyni"), "cs": ("Dárkyně", "Příjemkyně")}.get(lg, ("Donor", "Recipient"))
    for role, pp in ((roles[0], a), (roles[1], b)):
        d.t(role + ": ").p(pp).t(rng.choice([", ", ", ", " (", "  "]))
        d.dob(bdate(lg, (rng.randint(1978, 2000), rng.randint(1, 12), rng.randint(1, 28))))
        d.t(")\n" if d.text[-20:].count("(") > d.text[-20:].count(")") else "\n")
    d.t("Embryo transfer: ").neg(other(lg)).t("\n")
    if rng.random() < 0.5:
        due = {"de": "Errechneter Termin", "fr": "Terme prévu", "en": "Expected delivery"}.get(lg, "Expected delivery")
        d.t(due + ": ").neg(other(lg)).t("\n")
    d.t("Consent signed: ").p(b).t(", ").neg(other(lg)).t("\n")


def k_guardian(d, lg):
    """Guardianship order: the ward named at the head with a birth date and no cue, or a mark."""
    w = person(lg)
    ymd = senior()
    court = {"de": ("Amtsgericht %s — Betreuungsgericht\nBeschluss\nIn der Betreuungssache\n", "wohnhaft"),
             "fr": ("Tribunal judiciaire de %s\nJugement de curatelle renforcée\nConcernant\n", "demeurant"),
             "nl": ("Rechtbank %s — beschikking bewind\nBetreft\n", "wonende te"),
             "it": ("Tribunale di %s — amministrazione di sostegno\nBeneficiario\n", "residente a"),
             "cs": ("Okresní soud v %s — opatrovnictví\nOpatrovanec\n", "bytem"),
             "hu": ("%s Járásbíróság — gondnokság\nGondnokolt\n", "lakcím")}.get(
        lg, ("%s court — guardianship order\nIn the matter of\n", "of"))
    d.t(court[0] % town(lg))
    mode = rng.random()
    if mode < 0.5:
        d.p(w, "hu" if lg == "hu" else rng.choice(["gs", "SG"])).t(", ").dob(bdate(lg, ymd)).t(",\n")
    elif lg == "hu" and mode < 0.8:
        dt, end = hu_glued(*ymd)
        d.p(w, "hu").t(" (" + rng.choice(["született ", "szül.: "])).place(town(lg)).t(", ").dob(dt).t(end + ")\n")
    else:
        d.p(w).t(" " + rng.choice(MARK[lg]) + " ").dob(bdate(lg, ymd)).t("\n")
    d.t(court[1] + " " + town(lg) + "\n")
    d.t(rng.choice(["Betreuer", "Curateur", "Bewindvoerder", "Amministratore", "Guardian"]) + ": ").p(person(lg)).t("\n")
    d.t("Order made ").neg(other(lg)).t("; review by ").neg(other(lg)).t("\n")


def k_divorce(d, lg):
    """Divorce settlement: children listed with their births, marriage and separation dates."""
    a, b = person(lg), person(lg)
    d.t(rng.choice(["Divorce settlement", "Scheidungsfolgenvereinbarung", "Convention de divorce",
                    "Echtscheidingsconvenant"]) + "\nbetween ").p(a).t(" and ").p(b).t("\n")
    d.t("Married on ").neg(other(lg, (rng.randint(1995, 2015), rng.randint(1, 12), rng.randint(1, 28))))
    d.t(", separated since ").neg(other(lg)).t("\n")
    mode = rng.random()
    if mode < 0.4:
        d.t(CHILDREN[lg] + ":\n")
        for _ in range(rng.randint(1, 3)):
            d.t(rng.choice(["- ", "• ", "  "])).span("PERSON", given(lg)).t(rng.choice([", ", " – ", " "]))
            d.dob(bdate(lg, child(), rng.choice(["num", "num", "spelled"]))).t("\n")
    elif mode < 0.75:
        for i in range(rng.randint(1, 3)):
            d.t("%s %d: " % (CHILD1[lg], i + 1)).span("PERSON", given(lg)).t(", ")
            d.dob(bdate(lg, child(), "num")).t("\n")
    else:
        d.t(rng.choice(["The parties have the children ", "Aus der Ehe sind hervorgegangen: "]))
        for i in range(2):
            d.span("PERSON", given(lg)).t(" (" + rng.choice(MARK[lg] + [""]).replace("NE LE", "né le") + " ")
            d.dob(bdate(lg, child())).t(")" + (" and " if i == 0 else ".\n"))
    d.t("Maintenance from ").neg(other(lg)).t(": %d EUR monthly\n" % rng.randint(300, 900))


def k_golf(d, lg):
    """Golf handicap record or tee sheet: seniors' category by birth; tee times."""
    p = person(lg)
    d.t("Handicap record — ").p(p).t("\nHCP 18.4   Category: Seniors\n")
    birth_field(d, lg, bdate(lg, senior()), rng.choice(["same", "after", "cell"]))
    d.t("Tee sheet ").neg(other(lg)).t(":\n08:10  ").p(p).t(", ").p(person(lg)).t("\n")


def k_catering(d, lg):
    """Catering order with guests' dietary list; delivery date and time (a look-alike)."""
    c = person(lg)
    d.t("Catering order #%d — ordered by " % rng.randint(1000, 9999)).p(c).t("\n")
    d.t("Delivery " + rng.choice(["", ": "])).neg(other(lg)).t(" %02d:%02d\n" % (rng.randint(10, 19), rng.choice([0, 15, 30, 45])))
    d.t("Guests:\n")
    for _ in range(rng.randint(2, 4)):
        d.t("- ").p(person(lg)).t(" — " + rng.choice(["vegan", "gluten-free", "no nuts", "halal", "none"]) + "\n")
    if rng.random() < 0.5:
        d.t("Birthday cake for ").span("PERSON", given(lg)).t(" (turns ").span("NEG_AGE", str(rng.randint(30, 80))).t(")\n")


def k_locksmith(d, lg):
    """Locksmith call-out: proof of residence checked against the ID's birth date."""
    c = person(lg)
    d.t("Lock-out call-out %s\nCustomer: " % other(lg).replace("/", ".")).p(c).t("\n")
    d.t("ID checked (" + rng.choice(["passport", "Personalausweis", "carte d'identité"]) + "), ")
    d.t(rng.choice(["DOB ", blab(lg) + " ", blab(lg) + ": "])).dob(bdate(lg)).t("\n")
    d.t("Technician: ").p(person(lg)).t(", ").neg(other(lg)).t("\n")


def k_farm(d, lg):
    """Farm subsidy application: the young-farmer check on the applicant's birth."""
    a = person(lg)
    d.t(rng.choice(["CAP basic payment application", "Antrag Agrarförderung", "Demande d'aides PAC",
                    "Wniosek o płatności bezpośrednie"]) + "\n")
    d.t("Applicant: ").p(a).t("\nHolding no. %d\n" % rng.randint(100000000, 999999999))
    birth_field(d, lg, bdate(lg, (rng.randint(1984, 2003), rng.randint(1, 12), rng.randint(1, 28))))
    d.t("Young farmer (under 41 on ").neg(other(lg)).t("): yes\n")
    d.t("Submitted ").neg(other(lg)).t("\n")


def k_market(d, lg):
    """Market-stall licence: holder and assistant with births, licence period."""
    h, a = person(lg), person(lg)
    d.t("Market stall licence — pitch %d\nLicence holder: " % rng.randint(1, 90)).p(h).t("\n")
    birth_field(d, lg, bdate(lg))
    d.t("Assistant: ").p(a).t(", " + rng.choice(MARK[lg] + [blab(lg).lower()]) + " ").dob(bdate(lg)).t("\n")
    d.t("Period: ").neg(other(lg)).t(" – ").neg(other(lg)).t("\n")


def k_taxi(d, lg):
    """Taxi driver register: a fixed-width table whose header names the birth column."""
    d.t("Register of licensed drivers — ").neg(other(lg)).t("\n")
    lab = blab(lg)
    head = rng.choice(["| Badge | " + NAME[lg] + " | " + lab + " | Expires |",
                       "| Badge | " + NAME[lg] + " | f. | Expires |" if lg in ("sv", "da", "no") else
                       "| Badge | " + NAME[lg] + " | " + lab + " | Expires |"])
    d.t(head + "\n|---|---|---|---|\n")
    for _ in range(rng.randint(2, 4)):
        d.t("| %05d |  " % rng.randint(0, 99999)).p(person(lg), rng.choice(["gs", "SG", "sg"])).t("  |  ")
        d.dob(bdate(lg, form=rng.choice(["num", "num", "iso"]))).t("  |  ").neg(other(lg)).t("  |\n")


def k_transit(d, lg):
    """Transit-pass application: student or senior, the holder's birth, validity."""
    a = person(lg)
    kind = rng.choice(["student", "senior", "child"])
    ymd = {"student": (rng.randint(1999, 2007), rng.randint(1, 12), rng.randint(1, 28)),
           "senior": senior(), "child": child()}[kind]
    d.t("Transit pass application (" + kind + ")\n" + NAME[lg] + ": ").p(a).t("\n")
    birth_field(d, lg, bdate(lg, ymd))
    d.t("Valid from ").neg(other(lg)).t(" to ").neg(other(lg)).t("\n")


def k_gambling(d, lg):
    """Self-exclusion registration: birth, birthplace, then another date on the next line."""
    a = person(lg)
    d.t(rng.choice(["Self-exclusion registration", "Spielersperre — Antrag", "Interdiction volontaire de jeux",
                    "Autoesclusione dal gioco"]) + "\n")
    d.t(NAME[lg] + ": ").p(a, rng.choice(["gs", "SG"])).t("\n")
    if rng.random() < 0.5:
        d.t("Alias: ").span("PERSON", a[0][0] + ". " + a[1]).t("\n")
    birth_field(d, lg, bdate(lg), rng.choice(["same", "same", "next", "cell"]))
    d.t(PLACE[lg] + ": ").place(town(lg)).t("\n")
    event_field(d, lg, rng.choice([ISSUE, START, SIGNED]))
    d.t("Exclusion period: 5 years, ends ").neg(other(lg)).t("\n")


def k_giftaid(d, lg):
    """Gift Aid declarations and donation receipts: `Donor: X, DATE` is a donation here."""
    d.t("Gift Aid declarations — batch %d\n" % rng.randint(10, 99))
    for _ in range(rng.randint(2, 4)):
        d.t("Donor: ").p(person("en")).t(", ").neg(other("en")).t(", £%d\n" % rng.randint(5, 200))
    d.t("Claim submitted ").neg(other("en")).t("\n")


def k_maternity(d, lg):
    """Newborn record: the delivery word, the date and the time after it; the due date."""
    m = person(lg)
    ymd = recent()
    word, join = DELIVERY[lg]
    d.t(rng.choice(["Birth record", "Geburtsbericht", "Mutterpass S. 14", "Kraamverslag"]) + "\n")
    d.t(rng.choice(["Mother", "Mutter", "Mère", "Äiti", "Matka"]) + ": ").p(m).t("\n")
    due = {"de": "ET", "fr": "Terme", "en": "EDD"}.get(lg, "EDD")
    d.t(due + ": ").neg(other(lg, recent())).t("\n")
    lead = rng.choice([word + ": ", word + " ", NEWBORN[lg] + " — " + word.lower() + ": "])
    v = value(lg, ymd, rng.choice(["num", "num", "iso", "spelled"]) if lg != "cs" else "num")
    if lg == "cs" and rng.random() < 0.5:
        v = "%d. %d. %04d" % (ymd[2], ymd[1], ymd[0])
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    tm = rng.choice(["%02d:%02d", "%02d.%02d"]) % (hh, mm)
    d.t(lead).dob(v).t((join or rng.choice([" ", ", "])) + tm + rng.choice(["", " Uhr" if lg == "de" else "", " h"]) + "\n")
    d.t(NEWBORN[lg] + ": ").span("PERSON", given(lg)).t(", %d g, APGAR 9/10\n" % rng.randint(2600, 4300))
    if rng.random() < 0.4:
        d.t("Discharged ").neg(other(lg)).t("\n")


def k_marks(d, lg):
    """Family sheets with marks: `*`, `†`, `d.` (Turkish birth, English death), `sz.`, `g.`, `roz.`."""
    h = person(lg)
    ymd = (rng.randint(1900, 1960), rng.randint(1, 12), rng.randint(1, 28))
    mark = rng.choice(MARK[lg])
    v = value(lg, ymd, rng.choice(["num", "spelled", "num"]))
    if lg == "hu" and rng.random() < 0.5:
        v, end = hu_glued(*ymd)
        d.p(h, "hu").t(" (" + mark + " ").dob(v).t(end + ")")
    else:
        d.p(h).t(" " + mark + " ").dob(v)
        if lg == "pl":
            d.t(" r.")
    if rng.random() < 0.6:
        d.t(", " + DIED[lg] + " ").neg(other(lg, (ymd[0] + rng.randint(40, 80), ymd[1], ymd[2])))
    d.t("\n")
    w = person(lg)
    d.span("PERSON", w[0] + " " + h[1]).t(" " + MAIDEN[lg] + " ").span("PERSON", w[1])
    d.t(rng.choice([", ", "; "]) + rng.choice(MARK[lg]) + " ").dob(value(lg, (ymd[0] + rng.randint(-5, 5), rng.randint(1, 12), rng.randint(1, 28))))
    d.t("\n")
    if lg == "en" and rng.random() < 0.6:
        d.t("Her father ").p(person(lg)).t(" d. ").neg(other(lg, (rng.randint(1950, 1990), 5, 3))).t("\n")


def k_records(d, lg):
    """Registers printed as XML or key=value with birth elements, a label after the value."""
    p = person(lg)
    ymd = adult()
    r = rng.random()
    if r < 0.35:
        tag = rng.choice(["patientbirthdate", "BirthDt", "dateOfBirth", "birthdate", "DtOfBirth"])
        d.t("<Dbtr>\n  <Nm>").p(p).t("</Nm>\n  <PrvtId><DtAndPlcOfBirth>\n    <" + tag + ">")
        d.dob(value(lg, ymd, rng.choice(["iso", "compact"]))).t("</" + tag + ">\n    <CityOfBirth>")
        d.place(town(lg)).t("</CityOfBirth>\n  </DtAndPlcOfBirth></PrvtId>\n</Dbtr>\n<ReqdExctnDt>")
        d.neg("%04d-%02d-%02d" % recent()).t("</ReqdExctnDt>\n")
    elif r < 0.65:
        d.p(p).t("\n").dob(bdate(lg, ymd)).t(rng.choice(["  (" + blab(lg) + ")", " — " + blab(lg).lower(),
                                                         "   [" + blab(lg) + "]"]) + "\n")
        d.neg(other(lg)).t(rng.choice([" (" + EVENT[lg][ISSUE] + ")", " — " + EVENT[lg][SIGNED].lower()]) + "\n")
    else:
        d.t("Name: ").p(p).t("\n" + PLACE[lg] + ": ").place(town(lg)).t("\n")
        event_field(d, lg, rng.choice([ISSUE, EXPIRY, START]))
        if rng.random() < 0.5:
            birth_field(d, lg, bdate(lg, ymd), "same")


def k_household(d, lg):
    """Benefit or housing claim: household members in a table with double-spaced cells."""
    d.t(rng.choice(["Household members", "Haushaltsangehörige", "Composition du foyer",
                    "Członkowie gospodarstwa domowego"]) + "\n")
    lab = blab(lg)
    d.t("|  " + NAME[lg] + "  |  " + rng.choice([lab, "f." if lg in ("sv", "da", "no") else lab, "DOB"])
        + "  |  " + AGEL[lg] + "  |\n")
    for rel in range(rng.randint(2, 4)):
        ymd = adult() if rel < 2 else child()
        d.t("|  ").p(person(lg), "hu" if lg == "hu" else "gs").t("  |  ").dob(bdate(lg, ymd, "num"))
        d.t("  |  ").span("NEG_AGE", str(age_of(ymd[0]))).t("  |\n")
    event_field(d, lg, SIGNED)


KINDS = [("mobile", k_mobile), ("boat", k_boat), ("drone", k_drone), ("chimney", k_chimney),
         ("waste", k_waste), ("redirect", k_redirect), ("music", k_music), ("language", k_language),
         ("cowork", k_cowork), ("deposit", k_deposit), ("archive", k_archive), ("waiver", k_waiver),
         ("hearing", k_hearing), ("bicycle", k_bicycle), ("apiary", k_apiary),
         ("fertility", k_fertility), ("guardian", k_guardian), ("divorce", k_divorce),
         ("golf", k_golf), ("catering", k_catering), ("locksmith", k_locksmith), ("farm", k_farm),
         ("market", k_market), ("taxi", k_taxi), ("transit", k_transit), ("gambling", k_gambling),
         ("giftaid", k_giftaid), ("maternity", k_maternity), ("marks", k_marks),
         ("records", k_records), ("household", k_household)]

N = 620
for i in range(N):
    cls, fn = KINDS[i % len(KINDS)]
    lg = LANGS[(i // len(KINDS) + i) % len(LANGS)]
    d = D(lg, cls)
    fn(d, lg)
    d.done()

write_json(records)
