#!/usr/bin/env python3
"""gen_dob10.py: a DATE_OF_BIRTH tune set for the kinds of text where names_holdout6 still misses
or invents dates of birth (issue 15, branch dob10). The lead gave only the kinds of text and their
counts; every wording, layout and name here was designed for this file:

- `genealogy`: family notes and trees: `b.`/`*`/`geb.`/`née le`/`n.`/`nato il`/`bapt.`/`ged.`
  before a birth (DATE_OF_BIRTH), `d.`/`†`/`gest.`/`m.`/`f.`/`overl.`/`⚭` before a death or a
  marriage (NEG_DATE); GEDCOM lines (`1 BIRT` then `2 DATE`; `1 DEAT`/`1 MARR` then `2 DATE` is
  NEG_DATE); ascii trees with `Name (b. 3 May 1952)`; lifespans `Name (1952–2019)` (NEG_DATE);
- `dialogue`: an assistant asks for a birth date, the user answers with the date alone or in a
  short reply, sometimes a turn or two later; speakers as `User:`/`Assistant:`, `Q:`/`A:`,
  markdown, per-locale words, or JSON chat messages; the same dialogues ask for a travel or
  appointment date answered the same way (NEG_DATE);
- `export`: CSV (`,` `;`), TSV, pipe and fixed-width exports and JSON lines whose birth column
  is named in one of the locales' ways (`dob`, `DOB`, `birth_date`, `Birthdate`, `geb_datum`,
  `GebDat`, `date_naiss`, `DDN`, `fecha_nac`, `F.Nac`, `data_nascita`, `DN`, `geboortedatum`,
  `GebDatum`, `dt_nasc`...); the same exports carry booking, check-in and creation dates (NEG_DATE);
- `diary`: diary entries headed by a date whose text says someone was born that day (the header
  is the birth date), other entries' headers NEG_DATE;
- look-alikes, all NEG_DATE: `pet` (animals' births, vaccinations, adoption days, chip numbers
  NEG_CODE; with and without an animal word; animal words after the date: "Luna - DOB ... -
  spayed 2021, microchipped"), `quiz` (famous people's births as questions and
  answers; the famous names NEG_FAMOUS; `quiz2`: a quiz that names itself, about people no
  gazetteer need know), `prompt` (chatbot system prompts with example and limit dates, a birth
  field's placeholder "(e.g. 01/01/1990)", an assistant's persona "born on ..."), `car` (first registration, build and inspection dates; a car "born" in its factory), `phonebook` (entries
  whose phone numbers are written in pairs or with dots, like a date: PHONE_NUMBER, no birth);
  `invoice`: a one-letter mark before a recent date that is no birth ("Fattura n. 12.03.2024",
  "Nota n. 04/05/2025"), and a diary's day with "today" and no birth (NEG_DATE).

Names are invented from syllables (no lexicon knows them) and labelled PERSON. Deterministic,
stdlib only: python3 gen_dob10.py > data/dob10.json
"""
import random
import gen_common
from gen_common import MONTHS, MON3

R = random.Random(101015)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["ka", "vel", "ro", "sin", "da", "mor", "ve", "lu", "tor", "ash", "ne", "bri", "qua", "zel",
       "oni", "fa", "gur", "ei", "pal", "ys"]
ENDS = ["aro", "ovic", "enburg", "ault", "inga", "eck", "ander", "oux", "ini", "uys"]
records = []


def given():
    return gen_common.invent_syllables(R, SYL, ENDS, False)


def surname():
    return gen_common.invent_short_surname(R, SYL, ENDS)


def date(lg, lo, hi, style=None):
    """A date in lo..hi as lg writes it (style picks a fixed layout)."""
    y, m, d = gen_common.random_ymd(R, lo, hi)
    mo = MONTHS[lg][m - 1]
    r = R.random() if style is None else style
    if r < 0.2:
        return "%02d/%02d/%d" % (d, m, y) if lg != "en" else "%d/%d/%d" % (m, d, y)
    if r < 0.35:
        return "%02d.%02d.%d" % (d, m, y)
    if r < 0.45:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.55:
        return "%02d-%02d-%d" % (d, m, y)
    if r < 0.65:
        return "%d %s %d" % (d, MON3[m - 1].title(), y)
    if lg == "en":
        return R.choice(["%s %d, %d" % (mo, d, y), "%d %s %d" % (d, mo, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


def numdate(lg, lo, hi, kind):
    y, m, d = gen_common.random_ymd(R, lo, hi)
    if kind == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if kind == "us":
        return "%02d/%02d/%d" % (m, d, y)
    if kind == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


class D(gen_common.Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", given() + " " + surname())
        elif key == "G":
            self.span("PERSON", given())
        elif key == "DOB":
            self.span("DATE_OF_BIRTH", date(self.lg, kw.get("lo", 1935), kw.get("hi", 2005)))
        elif key == "NEG":
            self.span("NEG_DATE", date(self.lg, kw.get("nlo", 2024), kw.get("nhi", 2027)))
        else:
            raise ValueError(key)


# ---- genealogy ----------------------------------------------------------------------------------
# (birth marks, baptism marks, death marks, marriage marks, "in" word)
GEN = {
    "en": (["b.", "born", "b"], ["bapt.", "chr."], ["d.", "died", "†"], ["m.", "married"], "in"),
    "de": (["geb.", "*", "geboren"], ["get."], ["gest.", "†"], ["verh.", "⚭", "oo"], "in"),
    "fr": (["né le", "°", "n."], ["bapt."], ["décédé le", "†", "d."], ["marié le", "x"], "à"),
    "nl": (["geb.", "*", "geboren"], ["ged."], ["overl.", "†"], ["tr.", "x"], "te"),
    "es": (["n.", "nacido el", "nac."], ["baut."], ["f.", "†", "falleció el"], ["c.", "casado el"], "en"),
    "it": (["n.", "nato il", "*"], ["batt."], ["m.", "†", "morto il"], ["sp.", "sposato il"], "a"),
    "pt": (["n.", "nasceu em", "nasc."], ["bat."], ["f.", "†", "faleceu em"], ["c.", "casou em"], "em"),
}
TOWNS = ["Orvalle", "Brekkum", "Saint-Ivrac", "Montevaldo", "Kessenrode", "Zandvliet-Oost",
         "Pradosa", "Vilar de Moinhos", "Castelrosso", "Lindby"]
NOTES = {
    "en": "Family notes (from Aunt {G}'s box)", "de": "Ahnenliste, zusammengestellt von {G}",
    "fr": "Notes de généalogie – branche maternelle", "nl": "Stamboom aantekeningen van {G}",
    "es": "Árbol familiar, notas de {G}", "it": "Albero genealogico, appunti di {G}",
    "pt": "Árvore genealógica – notas do {G}",
}


def gen_line(doc, lg, bapt=False):
    bm, bp, dm, mm, at = GEN[lg]
    doc.fill("{P}").t(", " if R.random() < 0.5 else " ")
    mark = R.choice(bp if bapt else bm)
    doc.t(mark + " ").span("DATE_OF_BIRTH", date(lg, 1790, 1950)).t(" %s %s" % (at, R.choice(TOWNS)))
    if R.random() < 0.5:
        doc.t("; " + R.choice(mm) + " ").span("NEG_DATE", date(lg, 1815, 1975))
    if R.random() < 0.7:
        doc.t("; " + R.choice(dm) + " ").span("NEG_DATE", date(lg, 1850, 2015))
    doc.t("\n")


def genealogy():
    for k in range(70):
        lg = LANGS[k % 7]
        doc = D(lg, "genealogy")
        kind = k // 7 % 5
        if kind == 0:  # notes, one person a line
            doc.fill(NOTES[lg] + "\n\n")
            for i in range(3):
                doc.t("%d. " % (i + 1) if k % 2 else "- ")
                gen_line(doc, lg, bapt=(i == 2 and k % 3 == 0))
        elif kind == 1:  # GEDCOM
            doc.t("0 @I%d@ INDI\n1 NAME " % R.randint(1, 400))
            g, s = given(), surname()
            doc.span("PERSON", g).t(" /").span("PERSON", s).t("/\n1 SEX %s\n1 BIRT\n2 DATE " % R.choice("MF"))
            y, m, d = gen_common.random_ymd(R, 1800, 1950)
            doc.span("DATE_OF_BIRTH", "%d %s %d" % (d, MON3[m - 1], y))
            doc.t("\n2 PLAC %s\n" % R.choice(TOWNS))
            if k % 2:
                y, m, d = gen_common.random_ymd(R, 1820, 1975)
                doc.t("1 MARR\n2 DATE ").span("NEG_DATE", "%d %s %d" % (d, MON3[m - 1], y)).t("\n")
            y, m, d = gen_common.random_ymd(R, 1850, 2015)
            doc.t("1 DEAT\n2 DATE ").span("NEG_DATE", "%d %s %d" % (d, MON3[m - 1], y)).t("\n")
            doc.t("1 FAMS @F%d@\n" % R.randint(1, 99))
        elif kind == 2:  # ascii tree with (b. DATE) and lifespans
            bm = GEN[lg][0][0]
            doc.fill("{P}").t(" (").span("NEG_DATE", str(R.randint(1880, 1920))).t("–")
            doc.span("NEG_DATE", str(R.randint(1960, 2010))).t(")\n")
            doc.t("├── ").fill("{P}").t(" (%s " % bm).span("DATE_OF_BIRTH", date(lg, 1920, 1960)).t(")\n")
            doc.t("│   └── ").fill("{P}").t(" (%s " % bm).span("DATE_OF_BIRTH", date(lg, 1950, 1990)).t(")\n")
            doc.t("└── ").fill("{P}").t(" (").span("NEG_DATE", str(R.randint(1915, 1940))).t("-")
            doc.span("NEG_DATE", str(R.randint(1990, 2020))).t(")\n")
        elif kind == 3:  # prose paragraph
            bm, bp, dm, mm, at = GEN[lg]
            lead = {"en": "My great-grandfather ", "de": "Mein Urgroßvater ", "fr": "Mon arrière-grand-père ",
                    "nl": "Mijn overgrootvader ", "es": "Mi bisabuelo ", "it": "Il mio bisnonno ",
                    "pt": "O meu bisavô "}[lg]
            doc.t(lead).fill("{P}").t(" (%s " % R.choice(bm)).span("DATE_OF_BIRTH", date(lg, 1850, 1910))
            doc.t(", %s " % R.choice(dm)).span("NEG_DATE", date(lg, 1920, 1990)).t(") ")
            doc.t({"en": "came from %s. His daughter ", "de": "stammte aus %s. Seine Tochter ",
                   "fr": "venait de %s. Sa fille ", "nl": "kwam uit %s. Zijn dochter ",
                   "es": "venía de %s. Su hija ", "it": "veniva da %s. Sua figlia ",
                   "pt": "vinha de %s. A filha "}[lg] % R.choice(TOWNS))
            doc.fill("{G}").t(" %s " % R.choice(bm)).span("DATE_OF_BIRTH", date(lg, 1900, 1940)).t(".\n")
        else:  # descendant register with symbols
            for i in range(3):
                doc.t("%s%d " % ("I" * (i + 1), R.randint(1, 9))).fill("{P}").t(" * ")
                doc.span("DATE_OF_BIRTH", numdate(lg, 1820, 1940, R.choice(["dot", "eu", "iso"])))
                if R.random() < 0.6:
                    doc.t(" † ").span("NEG_DATE", numdate(lg, 1880, 2010, "dot"))
                doc.t("\n")
        doc.done()


# ---- dialogue -----------------------------------------------------------------------------------
SPK = {
    "en": [("User", "Assistant"), ("Q", "A"), ("You", "Bot"), ("Human", "AI")],
    "de": [("Nutzer", "Assistent"), ("Du", "KI"), ("User", "Assistant")],
    "fr": [("Utilisateur", "Assistant"), ("Vous", "IA"), ("Moi", "Bot")],
    "nl": [("Gebruiker", "Assistent"), ("Jij", "AI")],
    "es": [("Usuario", "Asistente"), ("Tú", "IA")],
    "it": [("Utente", "Assistente"), ("Tu", "AI")],
    "pt": [("Utilizador", "Assistente"), ("Você", "IA")],
}
ASKB = {
    "en": ["To book the appointment I need your date of birth.", "Could you tell me your date of birth?",
           "And what's the patient's birth date?", "Thanks. When were you born?"],
    "de": ["Für die Buchung brauche ich noch Ihr Geburtsdatum.", "Wann sind Sie geboren?",
           "Wie lautet das Geburtsdatum des Kindes?"],
    "fr": ["Pour finaliser, quelle est votre date de naissance ?", "Vous êtes né(e) quand ?",
           "Et la date de naissance du passager ?"],
    "nl": ["Wat is uw geboortedatum?", "Wanneer ben je geboren?", "En de geboortedatum van de reiziger?"],
    "es": ["¿Me indica su fecha de nacimiento?", "¿Cuándo naciste?", "¿Y la fecha de nacimiento del titular?"],
    "it": ["Mi serve la sua data di nascita.", "Quando sei nato?", "E la data di nascita del bambino?"],
    "pt": ["Qual é a sua data de nascimento?", "Quando é que nasceu?", "E a data de nascimento do titular?"],
}
ASKN = {
    "en": "What's your full name?", "de": "Wie ist Ihr vollständiger Name?", "fr": "Votre nom complet ?",
    "nl": "Wat is uw volledige naam?", "es": "¿Su nombre completo?", "it": "Il suo nome completo?",
    "pt": "O seu nome completo?",
}
ASKBOTH = {
    "en": "Please send me your name and your date of birth.", "de": "Bitte nennen Sie mir Namen und Geburtsdatum.",
    "fr": "Merci de m'indiquer votre nom et votre date de naissance.", "nl": "Graag uw naam en geboortedatum.",
    "es": "Indíqueme su nombre y su fecha de nacimiento, por favor.", "it": "Mi indichi nome e data di nascita.",
    "pt": "Indique-me o nome e a data de nascimento, por favor.",
}
ASKT = {
    "en": "And which day do you want to travel?", "de": "An welchem Tag möchten Sie reisen?",
    "fr": "Et vous voulez partir quel jour ?", "nl": "Op welke dag wilt u reizen?",
    "es": "¿Qué día quiere viajar?", "it": "In che giorno vuole partire?", "pt": "Em que dia quer viajar?",
}
REPLY = {
    "en": ["{D}", "it's {D}", "{D} thanks", "sure: {D}", "born {D}"],
    "de": ["{D}", "am {D}", "{D}, danke", "ist der {D}"],
    "fr": ["{D}", "le {D}", "c'est le {D}", "{D} merci"],
    "nl": ["{D}", "op {D}", "{D} hoor"],
    "es": ["{D}", "el {D}", "es el {D}", "{D}, gracias"],
    "it": ["{D}", "il {D}", "è il {D}", "{D} grazie"],
    "pt": ["{D}", "a {D}", "é {D}", "{D}, obrigado"],
}
FILLER = {
    "en": ("wait, one sec", "No problem, take your time."), "de": ("moment, such grad", "Kein Problem."),
    "fr": ("attends je cherche", "Pas de souci."), "nl": ("momentje", "Geen probleem."),
    "es": ("un momento", "Sin problema."), "it": ("un attimo", "Nessun problema."),
    "pt": ("só um momento", "Sem problema."),
}


def reply(doc, lg, label, lo, hi):
    t = R.choice([r for r in REPLY[lg] if label == "DATE_OF_BIRTH" or "born" not in r])
    i = t.index("{D}")
    doc.t(t[:i]).span(label, date(lg, lo, hi)).t(t[i + 3:])


def dialogue():
    for k in range(70):
        lg = LANGS[k % 7]
        u, a = R.choice(SPK[lg])
        doc = D(lg, "dialogue")
        kind = k // 7 % 5
        md = k % 4 == 3

        def turn(who, fmt=""):
            doc.t(("**%s:** " if md else "%s: ") % who)
            return doc

        if kind == 4:  # JSON chat messages
            doc.t('[{"role": "assistant", "content": "%s"},\n {"role": "user", "content": "' % R.choice(ASKB[lg]))
            reply(doc, lg, "DATE_OF_BIRTH", 1940, 2006)
            doc.t('"},\n {"role": "assistant", "content": "%s"},\n {"role": "user", "content": "' % ASKT[lg])
            reply(doc, lg, "NEG_DATE", 2025, 2027)
            doc.t('"}]\n')
            doc.done()
            continue
        if kind in (0, 1):  # asked, answered at once
            turn(a).t(R.choice(ASKB[lg]) + "\n")
            turn(u)
            reply(doc, lg, "DATE_OF_BIRTH", 1940, 2006)
            doc.t("\n")
        elif kind == 2:  # asked together with the name, answered over two turns
            turn(a).t(ASKBOTH[lg] + "\n")
            turn(u).fill("{P}\n")
            turn(u)
            reply(doc, lg, "DATE_OF_BIRTH", 1940, 2006)
            doc.t("\n")
        else:  # asked, a filler exchange, then the date
            turn(a).t(R.choice(ASKB[lg]) + "\n")
            f1, f2 = FILLER[lg]
            turn(u).t(f1 + "\n")
            turn(a).t(f2 + "\n")
            turn(u)
            reply(doc, lg, "DATE_OF_BIRTH", 1940, 2006)
            doc.t("\n")
        turn(a).t(ASKT[lg] + "\n")
        turn(u)
        reply(doc, lg, "NEG_DATE", 2025, 2027)
        doc.t("\n")
        doc.done()


# ---- export -------------------------------------------------------------------------------------
COLS = {
    "en": (["dob", "DOB", "birth_date", "Birthdate", "date_of_birth", "BirthDt"], ["booking_date", "created", "check_in"],
           ["name", "last_name"]),
    "de": (["geb_datum", "GebDat", "Geburtsdatum", "geb."], ["buchungsdatum", "Anreise", "erstellt"], ["Name", "Nachname"]),
    "fr": (["date_naiss", "DDN", "Date naiss.", "naissance"], ["date_resa", "arrivee", "cree_le"], ["nom", "Nom"]),
    "nl": (["geboortedatum", "GebDatum", "geb_dat"], ["boekingsdatum", "aankomst", "aangemaakt"], ["naam", "achternaam"]),
    "es": (["fecha_nac", "F.Nac", "FNacimiento", "f_nacimiento"], ["fecha_reserva", "llegada", "alta"], ["nombre", "apellidos"]),
    "it": (["data_nascita", "DN", "DataNascita", "nato_il"], ["data_prenot", "arrivo", "creato"], ["nome", "cognome"]),
    "pt": (["data_nasc", "dt_nasc", "DataNascimento", "nascimento"], ["data_reserva", "chegada", "criado"], ["nome", "apelido"]),
}


def export():
    fmts = ["iso", "eu", "dot", "us"]
    for k in range(56):
        lg = LANGS[k % 7]
        bcols, ncols, names = COLS[lg]
        bc, nc, nm = R.choice(bcols), R.choice(ncols), R.choice(names)
        fm = fmts[k % 4] if lg == "en" or fmts[k % 4] != "us" else "eu"
        doc = D(lg, "export")
        kind = k // 7 % 4
        rows = R.randint(2, 4)
        if kind == 3:  # JSON lines
            for i in range(rows):
                doc.t('{"id": %d, "%s": "' % (R.randint(1000, 9999), nm)).fill("{P}").t('", "%s": "' % bc)
                doc.span("DATE_OF_BIRTH", numdate(lg, 1940, 2008, fm)).t('", "%s": "' % nc)
                doc.span("NEG_DATE", numdate(lg, 2024, 2026, fm)).t('"}\n')
            doc.done()
            continue
        if kind == 2:  # fixed width
            doc.t("%-8s%-26s%-14s%-14s\n" % ("ID", nm.upper(), bc.upper(), nc.upper()))
            for i in range(rows):
                g, s = given(), surname()
                p = g + " " + s
                doc.t("%-8d" % R.randint(10000, 99999)).span("PERSON", p).t(" " * max(1, 26 - len(p)))
                b = numdate(lg, 1940, 2008, fm)
                doc.span("DATE_OF_BIRTH", b).t(" " * (14 - len(b)))
                doc.span("NEG_DATE", numdate(lg, 2024, 2026, fm)).t("\n")
            doc.done()
            continue
        sep = [",", ";", "\t", "|"][k % 4] if kind == 0 else ["\t", ";", ",", "|"][k % 4]
        order = k % 2
        head = ["ref", nm, bc, nc] if order else ["ref", nc, nm, bc]
        doc.t(sep.join(head) + "\n")
        for i in range(rows):
            doc.t("%s%d%s" % ("BK" if k % 3 else "", R.randint(10000, 99999), sep))
            if order:
                doc.fill("{P}").t(sep).span("DATE_OF_BIRTH", numdate(lg, 1940, 2008, fm)).t(sep)
                doc.span("NEG_DATE", numdate(lg, 2024, 2026, fm)).t("\n")
            else:
                doc.span("NEG_DATE", numdate(lg, 2024, 2026, fm)).t(sep).fill("{P}").t(sep)
                doc.span("DATE_OF_BIRTH", numdate(lg, 1940, 2008, fm)).t("\n")
        doc.done()


# ---- diary --------------------------------------------------------------------------------------
BORN_TODAY = {
    "en": ["{G} was born today at 4:12 in the morning, 3.2 kg.", "Our little {G} arrived today! Born at 11:40."],
    "de": ["Heute um 6:05 ist {G} geboren, 3400 g.", "{G} ist heute zur Welt gekommen!"],
    "fr": ["{G} est née aujourd'hui à 14h20.", "Notre petit {G} est arrivé ce matin !"],
    "nl": ["Vandaag is {G} geboren, om kwart over drie.", "{G} is vanochtend geboren!"],
    "es": ["Hoy ha nacido {G}, a las 5:30.", "¡{G} nació esta mañana!"],
    "it": ["Oggi è nata {G}, alle 9:15.", "{G} è nato stamattina!"],
    "pt": ["Hoje nasceu a {G}, às 7h10.", "O {G} nasceu esta manhã!"],
}
DAYNOTE = {
    "en": "Rain all day. Finished painting the small room.", "de": "Regen. Das Kinderzimmer ist fertig gestrichen.",
    "fr": "Pluie toute la journée. Chambre repeinte.", "nl": "Hele dag regen. Kamertje geverfd.",
    "es": "Lluvia todo el día. Cuarto pintado.", "it": "Pioggia. Finito di dipingere la cameretta.",
    "pt": "Chuva o dia todo. Quarto pintado.",
}


def diary():
    for k in range(28):
        lg = LANGS[k % 7]
        doc = D(lg, "diary")
        doc.span("NEG_DATE", date(lg, 2022, 2024)).t("\n" + DAYNOTE[lg] + "\n\n")
        doc.span("DATE_OF_BIRTH", date(lg, 2022, 2024)).t("\n").fill(R.choice(BORN_TODAY[lg])).t("\n")
        doc.done()


# ---- look-alikes --------------------------------------------------------------------------------
PETW = {
    "en": (["Species: Dog", "Species: cat", "Breed: Border Collie"], ["Born", "DOB", "Date of birth"],
           ["Rabies vaccine", "Adopted", "Next booster"], "Microchip"),
    "de": (["Tierart: Hund", "Rasse: Dackel", "Art: Katze"], ["Geboren", "Geb.", "Geburtsdatum"],
           ["Tollwutimpfung", "Adoptiert am", "Nächste Impfung"], "Chip-Nr."),
    "fr": (["Espèce : chien", "Race : Bichon", "Espèce : chat"], ["Né le", "Naissance", "Date de naissance"],
           ["Vaccin rage", "Adopté le", "Rappel"], "Puce"),
    "nl": (["Soort: hond", "Ras: Labrador", "Soort: kat"], ["Geboren", "Geb.", "Geboortedatum"],
           ["Rabiësvaccinatie", "Geadopteerd", "Volgende enting"], "Chipnr."),
    "es": (["Especie: perro", "Raza: Galgo", "Especie: gato"], ["Nacido", "F. nac.", "Fecha de nacimiento"],
           ["Vacuna antirrábica", "Adoptado", "Próxima vacuna"], "Microchip"),
    "it": (["Specie: cane", "Razza: Bracco", "Specie: gatto"], ["Nato il", "Nascita", "Data di nascita"],
           ["Vaccino antirabbica", "Adottato il", "Richiamo"], "Microchip"),
    "pt": (["Espécie: cão", "Raça: Podengo", "Espécie: gato"], ["Nascido", "Nasc.", "Data de nascimento"],
           ["Vacina antirrábica", "Adotado", "Reforço"], "Microchip"),
}
PET_PROSE = {
    "en": "Our {w} Pumba was born on {D} and came home with us on {E}.",
    "de": "Unser {w} Krümel ist am {D} geboren, bei uns seit {E}.",
    "fr": "Notre {w} Filou est né le {D}, adopté le {E}.",
    "nl": "Onze {w} Bikkel is geboren op {D} en woont bij ons sinds {E}.",
    "es": "Nuestro {w} Canelo nació el {D} y lo adoptamos el {E}.",
    "it": "Il nostro {w} Briciola è nato il {D}, adottato il {E}.",
    "pt": "O nosso {w} Farrusco nasceu a {D} e veio para casa a {E}.",
}
PETWORD = {"en": ["puppy", "kitten", "rabbit"], "de": ["Welpe", "Kater", "Hase"], "fr": ["chiot", "chaton", "lapin"],
           "nl": ["pup", "kater", "konijn"], "es": ["cachorro", "gatito", "conejo"], "it": ["cucciolo", "gattino", "coniglio"],
           "pt": ["cachorro", "gatinho", "coelho"]}


def pet():
    for k in range(42):
        lg = LANGS[k % 7]
        sp, bl, ev, chip = PETW[lg]
        doc = D(lg, "pet")
        if k // 7 % 3 == 2:  # prose
            t = PET_PROSE[lg].replace("{w}", R.choice(PETWORD[lg]))
            i, j = t.index("{D}"), t.index("{E}")
            doc.t(t[:i]).span("NEG_DATE", date(lg, 2012, 2024)).t(t[i + 3:j])
            doc.span("NEG_DATE", date(lg, 2013, 2025)).t(t[j + 3:] + "\n")
        else:
            doc.t("%s\n" % R.choice(sp))
            doc.t("%s: " % R.choice(bl)).span("NEG_DATE", date(lg, 2010, 2024)).t("\n")
            doc.t("%s: " % chip).span("NEG_CODE", "%d" % R.randint(10 ** 14, 10 ** 15 - 1)).t("\n")
            doc.t("%s: " % R.choice(ev)).span("NEG_DATE", date(lg, 2020, 2026)).t("\n")
        doc.done()


FAMOUS = [("Wolfgang Amadeus Mozart", 1756, 1, 27), ("Marie Curie", 1867, 11, 7), ("Albert Einstein", 1879, 3, 14),
          ("Frida Kahlo", 1907, 7, 6), ("Johann Sebastian Bach", 1685, 3, 31), ("Vincent van Gogh", 1853, 3, 30),
          ("Charles Darwin", 1809, 2, 12), ("Nelson Mandela", 1918, 7, 18), ("Victor Hugo", 1802, 2, 26),
          ("Giuseppe Verdi", 1813, 10, 10), ("Fernando Pessoa", 1888, 6, 13), ("Miguel de Cervantes", 1547, 9, 29),
          ("Ludwig van Beethoven", 1770, 12, 17), ("Martin Luther King", 1929, 1, 15)]
QUIZ = {
    "en": ("Question {n}: When was {F} born?", "Answer: "), "de": ("Frage {n}: Wann wurde {F} geboren?", "Lösung: "),
    "fr": ("Question {n} : quand est né {F} ?", "Réponse : "), "nl": ("Vraag {n}: wanneer werd {F} geboren?", "Antwoord: "),
    "es": ("Pregunta {n}: ¿cuándo nació {F}?", "Respuesta: "), "it": ("Domanda {n}: quando è nato {F}?", "Risposta: "),
    "pt": ("Pergunta {n}: quando nasceu {F}?", "Resposta: "),
}


def fdate(lg, y, m, d):
    mo = MONTHS[lg][m - 1]
    if lg == "en":
        return "%s %d, %d" % (mo, d, y)
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


def quiz():
    for k in range(28):
        lg = LANGS[k % 7]
        q, a = QUIZ[lg]
        doc = D(lg, "quiz")
        for n, (f, y, m, d) in enumerate(R.sample(FAMOUS, 2)):
            i = q.index("{F}")
            doc.t(q[:i].replace("{n}", str(n + 1))).span("NEG_FAMOUS", f).t(q[i + 3:] + "\n")
            doc.t(a).span("NEG_DATE", fdate(lg, y, m, d) if k % 2 else "%02d/%02d/%d" % (d, m, y)).t("\n")
        doc.done()


PROMPT = {
    "en": "You are a booking assistant. Ask the customer for their date of birth in the format DD/MM/YYYY (for example {E}). Reject dates before {E}.",
    "de": "Du bist ein Buchungsassistent. Frage nach dem Geburtsdatum im Format TT.MM.JJJJ (z. B. {E}). Lehne Daten vor dem {E} ab.",
    "fr": "Tu es un assistant de réservation. Demande la date de naissance au format JJ/MM/AAAA (par exemple {E}). Refuse toute date avant le {E}.",
    "nl": "Je bent een boekingsassistent. Vraag de geboortedatum als DD-MM-JJJJ (bijvoorbeeld {E}). Weiger data vóór {E}.",
    "es": "Eres un asistente de reservas. Pide la fecha de nacimiento con el formato DD/MM/AAAA (por ejemplo {E}). Rechaza fechas anteriores al {E}.",
    "it": "Sei un assistente per le prenotazioni. Chiedi la data di nascita nel formato GG/MM/AAAA (ad esempio {E}). Rifiuta date precedenti al {E}.",
    "pt": "És um assistente de reservas. Pede a data de nascimento no formato DD/MM/AAAA (por exemplo {E}). Rejeita datas anteriores a {E}.",
}


def prompt():
    for k in range(21):
        lg = LANGS[k % 7]
        doc = D(lg, "prompt")
        t = PROMPT[lg]
        parts = t.split("{E}")
        doc.t("System: " if k % 2 else "").t(parts[0]).span("NEG_DATE", numdate(lg, 1980, 1995, "dot" if lg in ("de", "nl") else "eu"))
        doc.t(parts[1]).span("NEG_DATE", R.choice(["01/01/1900", "01.01.1900", "1900-01-01"])).t(parts[2] + "\n")
        doc.done()


CAR = {
    "en": (["First registration", "First registered", "Build date", "MOT until"], "Mileage: 84,000 km"),
    "de": (["Erstzulassung", "EZ", "Baujahr/Datum", "HU bis"], "Kilometerstand: 84.000 km"),
    "fr": (["Date de 1re mise en circulation", "Mise en circulation", "Contrôle technique le"], "Kilométrage : 84 000 km"),
    "nl": (["Datum eerste toelating", "Bouwdatum", "APK tot"], "Kilometerstand: 84.000 km"),
    "es": (["Primera matriculación", "Fecha de fabricación", "ITV hasta"], "Kilometraje: 84.000 km"),
    "it": (["Data di immatricolazione", "Immatricolata il", "Revisione"], "Chilometraggio: 84.000 km"),
    "pt": (["Data da primeira matrícula", "Data de fabrico", "Inspeção até"], "Quilometragem: 84.000 km"),
}


def car():
    for k in range(21):
        lg = LANGS[k % 7]
        labs, km = CAR[lg]
        doc = D(lg, "car")
        doc.t("Volvaro XC%d 2.0 Diesel\n" % R.randint(2, 9))
        for lab in R.sample(labs, 2):
            doc.t(lab + ": ").span("NEG_DATE", numdate(lg, 2008, 2024, "dot" if k % 2 else "eu")).t("\n")
        doc.t(km + "\n")
        doc.done()


def phonebook():
    for k in range(14):
        lg = ["fr", "de", "nl", "it", "fr", "es", "pt"][k % 7]
        doc = D(lg, "phonebook")
        for i in range(3):
            doc.span("PERSON", surname() + ", " + given()).t(" ..... ")
            if lg == "fr":
                num = "0%d %02d %02d %02d %02d" % (R.randint(1, 5), R.randint(1, 28), R.randint(1, 12), 19, R.randint(50, 99))
                if k % 2:
                    num = num.replace(" ", ".")
            else:
                num = "0%d%d / %02d.%02d.%d" % (R.randint(2, 9), R.randint(10, 99), R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1999))
            doc.span("PHONE_NUMBER", num).t("\n")
        doc.done()


INVOICE = {"en": "Invoice no. {N}, dated", "de": "Rechnung Nr. {N} vom", "fr": "Facture n. {N} du",
           "nl": "Factuur nr. {N} van", "es": "Factura n. {N} del", "it": "Fattura n.", "pt": "Nota n."}
TODAY = {"en": "Today we went to the zoo with {G}.", "de": "Heute mit {G} im Zoo.",
         "fr": "Aujourd'hui, zoo avec {G}.", "nl": "Vandaag met {G} naar de dierentuin.",
         "es": "Hoy fuimos al zoo con {G}.", "it": "Oggi allo zoo con {G}.", "pt": "Hoje fomos ao zoo com {G}."}


def invoice():
    for k in range(21):
        lg = LANGS[k % 7]
        doc = D(lg, "invoice")
        if k < 14:
            doc.t(INVOICE[lg].replace("{N}", str(R.randint(100, 9999))) + " ")
            doc.span("NEG_DATE", numdate(lg, 2023, 2026, "dot" if k % 2 else "eu")).t("\n")
        else:
            doc.span("NEG_DATE", date(lg, 2022, 2025)).t("\n").fill(TODAY[lg]).t("\n")
        doc.done()


HIST = [("Amelia Earhart", 1897, 7, 24), ("Jesse Owens", 1913, 9, 12), ("Hedy Lamarr", 1914, 11, 9),
        ("Grace Hopper", 1906, 12, 9), ("Rosalind Franklin", 1920, 7, 25), ("Louis Braille", 1809, 1, 4),
        ("Maria Montessori", 1870, 8, 31), ("Konrad Zuse", 1910, 6, 22), ("Lise Meitner", 1878, 11, 7),
        ("Clara Schumann", 1819, 9, 13), ("Alan Turing", 1912, 6, 23), ("Simone Veil", 1927, 7, 13)]
QUIZ2 = {"en": ("History quiz", "When was {F} born?"), "de": ("Geschichtsquiz", "Wann wurde {F} geboren?"),
         "fr": ("Quiz d'histoire", "Quand est né(e) {F} ?"), "nl": ("Geschiedenisquiz", "Wanneer is {F} geboren?"),
         "es": ("Quiz de historia", "¿Cuándo nació {F}?"), "it": ("Quiz di storia", "Quando è nato/a {F}?"),
         "pt": ("Quiz de história", "Quando nasceu {F}?")}


def quiz2():
    """A quiz that names itself, about people no gazetteer need know: the date in brackets after
    the question, or on the next line."""
    for k in range(21):
        lg = LANGS[k % 7]
        head, q = QUIZ2[lg]
        doc = D(lg, "quiz2")
        doc.t(head + ("\n" if k % 2 else " – Runde 2\n" if lg == "de" else " – round 2\n"))
        for n, (f, y, m, d) in enumerate(R.sample(HIST, 2)):
            i = q.index("{F}")
            doc.t("%d. %s" % (n + 1, q[:i])).span("NEG_FAMOUS", f).t(q[i + 3:])
            ds = fdate(lg, y, m, d) if k % 3 else "%02d/%02d/%d" % (d, m, y)
            if k % 2:
                doc.t(" (").span("NEG_DATE", ds).t(")\n")
            else:
                doc.t("\n→ ").span("NEG_DATE", ds).t("\n")
        doc.done()


EXAMPLE = {"en": ["e.g.", "for example", "like"], "de": ["z. B.", "zum Beispiel"], "fr": ["p. ex.", "par exemple"],
           "nl": ["bijv.", "bijvoorbeeld"], "es": ["p. ej.", "por ejemplo"], "it": ["ad es.", "ad esempio"],
           "pt": ["ex.:", "por exemplo"]}
FIELD = {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "nl": "Geboortedatum",
         "es": "Fecha de nacimiento", "it": "Data di nascita", "pt": "Data de nascimento"}


def prompt2():
    """A form's or a prompt's placeholder: the birth label, then an example date."""
    for k in range(21):
        lg = LANGS[k % 7]
        doc = D(lg, "prompt")
        doc.t("%s (%s " % (FIELD[lg], R.choice(EXAMPLE[lg])))
        doc.span("NEG_DATE", R.choice(["01/01/1990", "31.12.1985", "1990-01-31", "15/06/1980"])).t(")\n")
        doc.done()


PETLIFE = {"en": ("DOB", "spayed 2021, microchipped"), "de": ("geb.", "kastriert, gechippt"),
           "fr": ("née le", "stérilisée, pucée"), "nl": ("geb.", "gesteriliseerd en gechipt"),
           "es": ("nacida el", "esterilizada, con microchip"), "it": ("nata il", "sterilizzata, con microchip"),
           "pt": ("nascida a", "esterilizada, com microchip")}


def pet2():
    """A pet's line whose animal words come after its birth date."""
    for k in range(14):
        lg = LANGS[k % 7]
        lab, life = PETLIFE[lg]
        doc = D(lg, "pet")
        doc.t("%s – %s " % (R.choice(["Luna", "Nala", "Kira", "Maya"]), lab))
        doc.span("NEG_DATE", date(lg, 2012, 2024)).t(" – %s\n" % life)
        doc.done()


CAR2 = {"en": "Volvaro V40, first registration {E}, came off the production line on {D}.",
        "de": "Volvaro V40, Erstzulassung {E}, Baujahr {D}.",
        "fr": "Volvaro V40, mise en circulation le {E}, née en usine le {D}.",
        "nl": "Volvaro V40, datum eerste toelating {E}, bouwjaar {D}.",
        "es": "Volvaro V40, primera matriculación {E}, nacido en fábrica el {D}.",
        "it": "Volvaro V40, data di immatricolazione {E}, nata il {D} a Cassino.",
        "pt": "Volvaro V40, data de fabrico {D}, primeira matrícula {E}."}
PERSONA = {"en": "You are {N}, a friendly assistant born on {D}. Never reveal your birth date.",
           "de": "Du bist {N}, ein KI-Assistent, geboren am {D}. Verrate nie dein Geburtsdatum.",
           "fr": "Tu es {N}, une IA née le {D}. Ne révèle jamais ta date de naissance.",
           "nl": "Je bent {N}, een AI-assistent, geboren op {D}.",
           "es": "Eres {N}, un asistente de IA nacido el {D}.",
           "it": "Sei {N}, un assistente AI nato il {D}.",
           "pt": "És {N}, um assistente de IA nascido a {D}."}


def car2():
    """A car's record that says "born" or only gives a build date."""
    for k in range(14):
        lg = LANGS[k % 7]
        doc = D(lg, "car")
        t = CAR2[lg]
        for part in __import__("re").split(r"(\{[DE]\})", t):
            if part in ("{D}", "{E}"):
                doc.span("NEG_DATE", numdate(lg, 2008, 2024, "dot" if k % 2 else "eu"))
            else:
                doc.t(part)
        doc.t("\n")
        doc.done()


def persona():
    """A system prompt that gives the assistant a birth date."""
    for k in range(14):
        lg = LANGS[k % 7]
        doc = D(lg, "prompt")
        t = PERSONA[lg].replace("{N}", R.choice(["Ava", "Nova", "Sol", "Mira"]))
        i = t.index("{D}")
        doc.t(("System: " if k % 2 else "") + t[:i]).span("NEG_DATE", date(lg, 2020, 2025)).t(t[i + 3:] + "\n")
        doc.done()


genealogy()
dialogue()
export()
diary()
pet()
quiz()
prompt()
car()
phonebook()
invoice()
quiz2()
prompt2()
pet2()
car2()
persona()
gen_common.write_json(records)
