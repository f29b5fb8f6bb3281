#!/usr/bin/env python3
"""gen_dob9.py: a DATE_OF_BIRTH tune set for the shapes names_holdout5 still misses (issue 15,
branch h5dob), each written in variants designed here (wordings, seven languages, layouts) rather
than copied from that corpus's templates:

- `thread`: a family thread whose speakers stand in brackets with no colon ("[Mum] ...",
  "[me] ...", "[Tom (work)] ..."), also "Name - " and "Name > " prefixes: one turn asks when
  someone was born or for their date of birth, the next turn is the date alone; the same threads
  ask for a flight, a party or an appointment date, answered the same way (NEG_DATE);
- `pet`: vet and grooming records whose animal's birth date sits under a birth label that an
  animal word qualifies ("Pet DOB", "DOB (animal)", "Geb. (Tier)", "Nac. (mascota)", "Geb.
  (dier)", "Data di nascita (animale)"), or under a bare birth label below "Patient: Rex
  (Beagle)": the animal's date is NEG_DATE, the owner's birth date a person's;
- `party`: incident, claim and tenancy forms where one party's birth date has its label and the
  others' stand in brackets after their names ("Passenger: Name (03/04/1971)"); the same forms
  carry a signature or inspection date in brackets after a clerk's name (NEG_DATE, recent);
- `birthday`: profiles whose birthday label is the word that also means an anniversary in French
  and Portuguese ("Anniversaire :", "Aniversário:", "Compleanno:", "Cumpleaños:", "Verjaardag:")
  with a full date, the label also after a bullet, a possessive or "date of" ("Mon anniversaire",
  "Data de aniversário"); a wedding anniversary in the same layout is NEG_DATE;
- `spoken`: voicemail transcripts with a capitalised month after a birth verb ("nata il 19
  Dicembre 1977", "geboren am 3. März", "née le 4 Mai 1975"); an appointment in the same
  message is NEG_DATE.
- `neg`: the look-alikes alone: a document history whose authors' names carry a bracketed date
  and no birth label anywhere (NEG_DATE), and a form that labels a birth and carries an old
  approval date in a bracket after the approver's name (NEG_DATE: the shape the bracket rule
  cannot tell from a party's birth, kept to measure what it costs).

Names are invented from syllables (no lexicon knows them) and labelled PERSON. Deterministic,
stdlib only: python3 gen_dob9.py > data/dob9.json
"""
import random
import gen_common
from gen_common import MONTHS

R = random.Random(90915)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["ta", "vor", "mi", "quel", "ran", "so", "dri", "bel", "nu", "zar", "lo", "fen", "ki",
       "mar", "ulo", "pe", "shan", "or", "tev", "ia"]
ENDS = ["stad", "ovar", "elli", "eira", "ouard", "enko", "brink", "aty", "wick", "ez"]
PETS = ["Rex", "Pixel", "Kiko", "Bruno", "Mimi", "Fienchen", "Zorro", "Lola", "Pacha", "Chico"]
BREEDS = ["Beagle", "Labrador", "Dackel", "Maine Coon", "Siamese", "Border Collie", "Teckel",
          "Cocker Spaniel", "Golden Retriever", "Chihuahua", "Persian", "Jack Russell"]
records = []


def given():
    return gen_common.invent_syllables(R, SYL, ENDS, False)


def surname():
    return gen_common.invent_short_surname(R, SYL, ENDS)


def date(lg, lo, hi, cap=False):
    """A date in lo..hi as lg writes it; cap: always with its month's name, capitalised (as a
    transcriber writes it)."""
    y, m, d = gen_common.random_ymd(R, lo, hi)
    mo = MONTHS[lg][m - 1]
    if cap:
        mo = mo[0].upper() + mo[1:]
    r = R.uniform(0.65, 1) if cap else R.random()
    if r < 0.2:
        return "%02d/%02d/%d" % (d, m, y) if lg != "en" else "%d/%d/%d" % (m, d, y)
    if r < 0.35:
        return "%d.%d.%d" % (d, m, y)
    if r < 0.45:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.55:
        return "%02d-%02d-%d" % (d, m, y)
    if r < 0.65:
        return "%d %s %d" % (d, gen_common.MON3[m - 1], y)
    if lg == "en":
        return R.choice(["%s %d, %d" % (mo, d, y), "%d %s %d" % (d, mo, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


class D(gen_common.Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", given() + " " + surname())
        elif key == "G":
            self.span("PERSON", given())
        elif key == "CAPS":
            self.span("PERSON", surname().upper() + " " + given())
        elif key == "DOB":
            self.span("DATE_OF_BIRTH", date(self.lg, 1940, 2006, kw.get("cap", False)))
        elif key == "KID":
            self.span("DATE_OF_BIRTH", date(self.lg, 2008, 2024))
        elif key == "PETD":
            self.span("NEG_DATE", date(self.lg, 2010, 2024))
        elif key == "NEG":
            self.span("NEG_DATE", date(self.lg, 2025, 2027, kw.get("cap", False)))
        else:
            raise ValueError(key)


# ---- thread -------------------------------------------------------------------------------------
ASK = {
    "en": ["when was {G} born again? need it for the passport", "what's {G}'s birthday, the full date?",
           "remind me of {G}'s date of birth for the school form?", "{G} dob? the clinic wants it"],
    "de": ["wann ist {G} eigentlich geboren? für den Kinderausweis", "was ist das Geburtsdatum von {G}?",
           "{G}s Geburtsdatum bitte, brauch das fürs Formular"],
    "fr": ["{G} est né quand déjà ? pour la CAF", "tu me redonnes la date de naissance de {G} ?",
           "c'est quand l'anniversaire de {G}, avec l'année ?"],
    "nl": ["wanneer is {G} ook alweer geboren? voor de verzekering", "geboortedatum van {G}? school vraagt erom"],
    "es": ["¿cuándo nació {G}? es para el colegio", "pásame la fecha de nacimiento de {G} porfa",
           "¿qué día nació {G}? lo piden en el médico"],
    "it": ["quando è nato {G}? serve per la scuola", "mi ridai la data di nascita di {G}?"],
    "pt": ["quando é que o {G} nasceu? é para a escola", "me passa a data de nascimento da {G}?"],
}
PLAN = {
    "en": "and when's the flight?", "de": "und wann ist der Flug?", "fr": "et le vol c'est quand ?",
    "nl": "en wanneer is de vlucht?", "es": "¿y cuándo es el vuelo?", "it": "e il volo quando è?",
    "pt": "e o voo é quando?",
}
KIN = ["Mum", "Dad", "Oma", "Papa", "Maman", "Mamá", "Nonna", "Avó", "Tante Ri", "Jess 🌼", "Tom (work)"]


def speaker_prefix(style, who):
    if style == 0:
        return "[%s] " % who
    if style == 1:
        return "%s - " % who
    return "%s > " % who


def thread():
    for k in range(42):
        lg = LANGS[k % 7]
        style = k % 3
        kin = R.choice(KIN)
        doc = D(lg, "thread")
        doc.t(speaker_prefix(style, kin)).fill(R.choice(ASK[lg])).t("\n")
        doc.t(speaker_prefix(style, "me")).fill("{KID}" if k % 2 else "{DOB}").t("\n")
        doc.t(speaker_prefix(style, kin)).t(PLAN[lg] + "\n")
        doc.t(speaker_prefix(style, "me")).fill("{NEG}").t("\n")
        doc.done()


# ---- pet ----------------------------------------------------------------------------------------
PETLAB = {
    "en": ["Pet DOB", "DOB (animal)", "Animal date of birth", "Date of birth (pet)", "Pet born"],
    "de": ["Geb. (Tier)", "Geburtsdatum Tier", "Tier geb.", "Geburtsdatum (Haustier)"],
    "fr": ["Né(e) le (animal)", "Date de naissance (animal)", "Naissance animal"],
    "nl": ["Geb. (dier)", "Geboortedatum huisdier", "Geboortedatum (dier)"],
    "es": ["Nac. (mascota)", "Fecha de nacimiento (mascota)", "F. nac. animal"],
    "it": ["Data di nascita (animale)", "Nato il (animale)", "Nascita animale"],
    "pt": ["Nasc. (animal)", "Data de nascimento (pet)", "Nascimento do animal"],
}
PATIENT = {"en": "Patient", "de": "Patient", "fr": "Patient", "nl": "Patiënt", "es": "Paciente",
           "it": "Paziente", "pt": "Paciente"}
OWNER = {"en": ("Owner", "Date of birth"), "de": ("Halter/in", "Geburtsdatum"),
         "fr": ("Propriétaire", "Date de naissance"), "nl": ("Eigenaar", "Geboortedatum"),
         "es": ("Propietario/a", "Fecha de nacimiento"), "it": ("Proprietario", "Data di nascita"),
         "pt": ("Tutor(a)", "Data de nascimento")}
BARE = {"en": "DOB", "de": "Geb.", "fr": "Né le", "nl": "Geb.", "es": "F. nac.", "it": "Nato il",
        "pt": "Nasc."}


def pet():
    for k in range(42):
        lg = LANGS[k % 7]
        doc = D(lg, "pet")
        own, bl = OWNER[lg]
        doc.t("%s: %s (%s)\n" % (PATIENT[lg], R.choice(PETS), R.choice(BREEDS)))
        if k % 3 == 2:  # a bare birth label right under the patient line
            doc.t(BARE[lg] + ": ").fill("{PETD}\n")
        else:
            doc.t(R.choice(PETLAB[lg]) + ": ").fill("{PETD}\n")
        doc.t(own + ": ").fill("{P}" if k % 2 else "{CAPS}").t("\n")
        doc.t("%s (%s): " % (bl, own)).fill("{DOB}\n")
        doc.done()


# ---- party --------------------------------------------------------------------------------------
PARTY = {
    "en": ("Claimant", "Date of birth", ["Passenger", "Other driver", "Cyclist", "Co-tenant", "Victim", "Witness"],
           "Signed off by"),
    "de": ("Anspruchsteller", "Geburtsdatum", ["Beifahrer/in", "Unfallgegner", "Radfahrer", "Mitmieter", "Geschädigte/r", "Zeugin"],
           "Bearbeitet von"),
    "fr": ("Déclarant", "Date de naissance", ["Passager", "Conducteur adverse", "Cycliste", "Colocataire", "Victime", "Témoin"],
           "Visé par"),
    "nl": ("Melder", "Geboortedatum", ["Passagier", "Tegenpartij", "Fietser", "Medehuurder", "Slachtoffer", "Getuige"],
           "Afgehandeld door"),
    "es": ("Declarante", "Fecha de nacimiento", ["Pasajero", "Conductor contrario", "Ciclista", "Coinquilino", "Víctima", "Testigo"],
           "Revisado por"),
    "it": ("Denunciante", "Data di nascita", ["Passeggero", "Controparte", "Ciclista", "Coinquilino", "Vittima", "Testimone"],
           "Vistato da"),
    "pt": ("Participante", "Data de nascimento", ["Passageiro", "Terceiro envolvido", "Ciclista", "Co-inquilino", "Vítima", "Testemunha"],
           "Visto por"),
}


def party():
    for k in range(42):
        lg = LANGS[k % 7]
        lab, bl, roles, clerk = PARTY[lg]
        doc = D(lg, "party")
        doc.t("REF %d\n%s: " % (R.randint(100000, 999999), lab)).fill("{P}").t(", %s " % bl).fill("{DOB}\n")
        for r in R.sample(roles, 2):
            doc.t(r + ": ").fill(R.choice(["{P}", "{CAPS}"])).t(" (").fill("{DOB}").t(")\n")
        doc.t(clerk + ": ").fill("{P}").t(" (").fill("{NEG}").t(")\n")
        doc.done()


# ---- birthday -----------------------------------------------------------------------------------
BDAY = {"en": ("Birthday", "Wedding anniversary"), "de": ("Geburtstag", "Hochzeitstag"),
        "fr": ("Anniversaire", "Anniversaire de mariage"), "nl": ("Verjaardag", "Trouwdag"),
        "es": ("Cumpleaños", "Aniversario de boda"), "it": ("Compleanno", "Anniversario di matrimonio"),
        "pt": ("Aniversário", "Aniversário de casamento")}
BDAY_ALT = {"en": ["- Birthday", "My birthday"], "de": ["• Geburtstag", "Mein Geburtstag"],
            "fr": ["Mon anniversaire", "Date d'anniversaire", "- Anniversaire"],
            "nl": ["Mijn verjaardag", "* Verjaardag"], "es": ["Mi cumpleaños", "- Cumpleaños"],
            "it": ["Il mio compleanno", "• Compleanno"],
            "pt": ["Meu aniversário", "Data de aniversário", "• Aniversário"]}
ABOUT = {"en": "Hi, I'm", "de": "Hallo, ich bin", "fr": "Salut, moi c'est", "nl": "Hoi, ik ben",
         "es": "Hola, soy", "it": "Ciao, sono", "pt": "Oi, eu sou"}


def birthday():
    for k in range(42):
        lg = LANGS[k % 7]
        bd, ann = BDAY[lg]
        if k >= 21:  # a bullet, a possessive or "date of" before the label
            bd = R.choice(BDAY_ALT.get(lg, [bd]))
        doc = D(lg, "birthday")
        doc.t(ABOUT[lg] + " ").fill("{G}").t(".\n")
        sep = R.choice([": ", " : ", " - "])
        doc.t(bd + sep).fill("{DOB}\n")
        doc.t(ann + sep).span("NEG_DATE", date(lg, 1995, 2020)).t("\n")
        doc.done()


# ---- spoken -------------------------------------------------------------------------------------
BORN = {"en": "born on", "de": "geboren am", "fr": "née le", "nl": "geboren op",
        "es": "nacida el", "it": "nata il", "pt": "nascida em"}
APPT = {"en": "my appointment is on", "de": "mein Termin ist am", "fr": "mon rendez-vous est le",
        "nl": "mijn afspraak is op", "es": "mi cita es el", "it": "l'appuntamento è il",
        "pt": "a consulta é em"}
HELLO = {"en": "Hello, this is", "de": "Guten Tag, hier ist", "fr": "Bonjour, c'est",
         "nl": "Goedemiddag, met", "es": "Hola, soy", "it": "Buongiorno, sono", "pt": "Olá, é a"}


def spoken():
    for k in range(42):
        lg = LANGS[k % 7]
        doc = D(lg, "spoken")
        doc.t('Voicemail (transcript):\n"%s ' % HELLO[lg]).fill("{P}").t(", %s " % BORN[lg])
        doc.fill("{DOB}", cap=True).t(". ")
        doc.t(APPT[lg][0].upper() + APPT[lg][1:] + " ").fill("{NEG}", cap=True).t('."\n')
        doc.done()


AUTHOR = {"en": ("Author", "Reviewed by"), "de": ("Autor", "Geprüft von"), "fr": ("Auteur", "Relu par"),
          "nl": ("Auteur", "Gecontroleerd door"), "es": ("Autor", "Revisado por"),
          "it": ("Autore", "Revisionato da"), "pt": ("Autor", "Revisto por")}


def neg():
    for k in range(14):
        lg = LANGS[k % 7]
        doc = D(lg, "neg")
        a, rv = AUTHOR[lg]
        if k < 7:
            doc.t("Version 3\n%s: " % a).fill("{P}").t(" (").span("NEG_DATE", date(lg, 1995, 2011)).t(")\n")
            doc.t(rv + ": ").fill("{P}").t(" (").span("NEG_DATE", date(lg, 1995, 2011)).t(")\n")
        else:
            lab, bl, _, _ = PARTY[lg]
            doc.t("%s: " % lab).fill("{P}").t(", %s " % bl).fill("{DOB}\n")
            doc.t(rv + ": ").fill("{P}").t(" (").span("NEG_DATE", date(lg, 1995, 2011)).t(")\n")
        doc.done()


thread()
pet()
party()
birthday()
spoken()
neg()
gen_common.write_json(records)
