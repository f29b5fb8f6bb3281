#!/usr/bin/env python3
"""gen_dob6.py: a DATE_OF_BIRTH tune set for birth dates in prose (issue 15, branch dob6), written
from a brief of how people write a birth they mean, not from hush's recogniser:

- `old`: family histories, parish notes and genealogy lists with births before 1900 after an
  explicit birth word in en/de/fr/nl/es/it/pt ("was born on 27 November 1899", "b. 1884-11-19",
  "(b. 1879-11-04)", "* 27. September 1894 in", "né le 23/04/1859 à", "nato il 1853-10-22",
  "nació el 16/1/1866", "nasceu em 27 de abril de 1860", "geboren op 3 mei 1871 te"); the death,
  marriage, baptism, census and emigration dates beside them are NEG_DATE, and a famous person's
  birth ("Einstein was born on 14 March 1879") is NEG_DATE;
- `answer`: a mail thread or a chat that asks for the date of birth, and a reply that gives it
  after the writer's name with no birth word ("Sure. It's X, 6 March 1996."); a thread that asks
  for a moving or a viewing date gets the same reply shape (NEG_DATE);
- `label`: Portuguese and Latin-American birth labels and verbs ("Data de nascimento", "nascido
  em", "nascida a", "DATA NASC.", "Dt. nasc.", "F. nac.", "Fecha nac.");
- `kv`: `dob=`/`birth_date=` values in logs whose spaces are underscores ("12_de_outubro_de_1968",
  "2nd_of_March_1937", "27._November_1989", "April_12th,_1993"); `created=`/`signup_date=` values
  of the same shape beside them (NEG_DATE).

Names are invented (letters recombined, so no lexicon knows them) and labelled PERSON. A bare
year is no date and is not labelled. presidio-research's JSON shape, code-point offsets.
Deterministic (fixed seed), no input: python3 gen_dob6.py > data/dob6.json
"""
import random

from gen_common import Doc as BaseDoc, MONTHS, ordinal_en, random_ymd, write_json

R = random.Random(60306)
GIVEN = ["Brannoc", "Ysolde", "Quillan", "Merewyn", "Tavish", "Oriska", "Delwyn", "Fenrella",
         "Corvan", "Ilsabet", "Jorvik", "Saoirlen", "Marlott", "Venna", "Thibaud", "Edrielle",
         "Lucasto", "Anselma", "Rovena", "Gualtero"]
SURNAME = ["Pellinghast", "Draxmoor", "Quennell", "Haverstrom", "Oberlind", "Farrowgate",
           "Castellvane", "Moravetz", "Lindqvell", "Tregallow", "Vassendorf", "Brisquet",
           "Ollivrand", "Zamberti", "Cardonel", "Ruspigna", "Mendaroz", "Saldanhar"]
PLACES = ["Tarnowitz", "Kilbrannan", "Vellmar", "Saint-Ours", "Zaltbommel", "Villacañas",
          "Castelvetro", "Vila Boim", "Ashgrove", "Bad Lenzing"]
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def written(lg, y, m, d):
    """A date as a writer of lg would put it in prose or a note."""
    mo = MONTHS[lg][m - 1]
    return R.choice({
        "en": ["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y), "%d-%02d-%02d" % (y, m, d),
               "%02d/%02d/%d" % (d, m, y), "%s %s %d" % (ordinal_en(d), mo, y)],
        "de": ["%d. %s %d" % (d, mo, y), "%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
        "fr": ["%d %s %d" % (d, mo, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)],
        "nl": ["%d %s %d" % (d, mo, y), "%02d-%02d-%d" % (d, m, y)],
        "es": ["%d de %s de %d" % (d, mo, y), "%d/%d/%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)],
        "it": ["%d %s %d" % (d, mo, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)],
        "pt": ["%d de %s de %d" % (d, mo, y), "%02d/%02d/%d" % (d, m, y)],
    }[lg])


class Doc(BaseDoc):
    records = records

    def p(self, name=None):
        return self.span("PERSON", name or person())

    def dob(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def neg(self, v, label="NEG_DATE"):
        return self.span(label, v)


# ---- old births after a birth word (genealogy, parish notes) ------------------------------------
OLD = {  # (before the birth date, after it, a later event's words before its date)
    "en": [("{P} was born on ", " in {L}, the second child of {P2}.", " He married on "),
           ("{P}, b. ", ", d. {Y}. Farmer at {L}.", " Baptised "),
           ("- {P} (b. ", ")", "\n- emigrated to {L} on "),
           ("{P}, born ", " at {L}; buried ", None)],
    "de": [("{P} geb. {S2}, * ", " in {L}, verh. mit {P2}.", " Getauft am "),
           ("{P} wurde am ", " in {L} geboren.", " Heirat am "),
           ("{P}, geboren am ", " zu {L}.", " Gestorben am ")],
    "fr": [("{P}, né le ", " à {L}, fils de {P2}.", " Marié le "),
           ("{P}, née le ", " à {L}, fille de {P2}.", " Décédée le ")],
    "nl": [("{P}, geboren op ", " te {L}, zoon van {P2}.", " Overleden op "),
           ("{P} werd geboren op ", " in {L}.", " Gedoopt op ")],
    "es": [("{P} nació el ", " en {L}, hija de {P2}.", " Se casó el "),
           ("{P}, nacido el ", " en {L}.", " Bautizado el ")],
    "it": [("{P}, nato il ", " a {L}, figlio di {P2}.", " Sposato il "),
           ("{P}, nata il ", " a {L}.", " Morta il ")],
    "pt": [("{P} nasceu em ", " em {L}, filha de {P2}.", " Casou-se em "),
           ("{P}, nascido em ", " em {L}.", " Faleceu em ")],
}


def fill(doc, s):
    """Writes s, labelling {P} and {P2} as people, {S2} a maiden name, {L} a place, {Y} a year."""
    while s:
        k = min([x for x in (s.find("{P}"), s.find("{P2}"), s.find("{S2}"), s.find("{L}"), s.find("{Y}"))
                 if x >= 0] or [len(s)])
        doc.t(s[:k])
        s = s[k:]
        if s.startswith("{P}"):
            doc.p()
            s = s[3:]
        elif s.startswith("{P2}"):
            doc.p()
            s = s[4:]
        elif s.startswith("{S2}"):
            doc.p(R.choice(SURNAME))
            s = s[4:]
        elif s.startswith("{L}"):
            doc.t(R.choice(PLACES))
            s = s[3:]
        elif s.startswith("{Y}"):
            doc.t(str(R.randint(1900, 1960)))
            s = s[3:]


for i in range(84):
    lg = LANGS[i % 7]
    before, after, later = OLD[lg][(i // 7) % len(OLD[lg])]
    doc = Doc(lg, "old")
    y, m, d = random_ymd(R, 1820, 1899)
    fill(doc, before)
    dob = written(lg, y, m, d)
    if before.endswith("(b. ") or before.endswith(", b. "):
        dob = R.choice(["%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)])
    doc.dob(dob)
    fill(doc, after)
    if later:
        ly, lm, ld = random_ymd(R, y + 1, y + 60)
        doc.t(later)
        doc.neg(written(lg, min(ly, 1960), lm, ld))
        doc.t(".")
    doc.done()

# siblings in one family-history list: births, then a death, a marriage, a census line
for i in range(14):
    doc = Doc("en", "old")
    doc.t("Notes on the %s line:\n" % R.choice(SURNAME))
    for k in range(3):
        y, m, d = random_ymd(R, 1830, 1899)
        doc.t("- ").p()
        if k == 1:
            doc.t(", d. ").neg(written("en", y + 1, m, d)).t(" (no birth recorded)\n")
        else:
            paren = R.random() < 0.5
            doc.t(" (b. " if paren else ", b. ")
            doc.dob(R.choice(["%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS["en"][m - 1], d, y)]))
            doc.t(")\n" if paren else "\n")
    y, m, d = random_ymd(R, 1880, 1899)
    doc.t("- married in %d; the census of " % R.randint(1900, 1950)).neg(written("en", y, m, d)).t(" lists them at %s.\n" % R.choice(PLACES))
    doc.done()

# famous births: no one's personal data (NEG_DATE), in the shapes of the births above
FAMOUS = [("Einstein", 1879, 3, 14), ("Tolstoy", 1828, 9, 9), ("Curie", 1867, 11, 7),
          ("Tesla", 1856, 7, 10), ("Freud", 1856, 5, 6), ("Proust", 1871, 7, 10),
          ("Pessoa", 1888, 6, 13)]
FAMOUS_SHAPE = {"en": "{F} was born on {D} in a town few had heard of.",
                "de": "{F} wurde am {D} geboren, das weiß jedes Schulkind.",
                "fr": "{F} est né le {D}, rappelle le manuel.",
                "nl": "{F} werd geboren op {D}, zegt het boek.",
                "es": "{F} nació el {D}, según la enciclopedia.",
                "it": "{F} è nato il {D}, come ricorda il libro.",
                "pt": "{F} nasceu em {D}, diz o livro."}
for i in range(14):
    lg = LANGS[i % 7]
    f, y, m, d = FAMOUS[i % len(FAMOUS)]
    doc = Doc(lg, "old")
    a, b = FAMOUS_SHAPE[lg].split("{F}")
    doc.t(a).neg(f, "NEG_TOPIC")
    b1, b2 = b.split("{D}")
    doc.t(b1).neg(written(lg, y, m, d)).t(b2)
    doc.done()

# a famous person's birth in a list's shape, and an old event date after a birth year alone
FAMOUS_LIST = {"en": "- {F} (b. {D}), read for the exam", "de": "- {F} (geb. {D}), Prüfungsstoff",
               "fr": "- {F} (né le {D}), au programme", "nl": "- {F} (geb. {D}), voor het examen",
               "es": "- {F} (nacido el {D}), para el examen", "it": "- {F} (nato il {D}), per l'esame",
               "pt": "- {F} (nascido em {D}), para o exame"}
for i in range(14):
    lg = LANGS[i % 7]
    f, y, m, d = FAMOUS[(i + 3) % len(FAMOUS)]
    doc = Doc(lg, "old")
    a, b = FAMOUS_LIST[lg].split("{F}")
    doc.t(a).neg(f, "NEG_TOPIC")
    b1, b2 = b.split("{D}")
    doc.t(b1).neg(written(lg, y, m, d)).t(b2)
    doc.done()
EVENT_AFTER_YEAR = {"en": ("{P}, b. {Y0}, emigrated on ", "."), "de": ("{P}, geb. {Y0}, ausgewandert am ", "."),
                    "fr": ("{P}, né en {Y0}, baptisé le ", "."), "nl": ("{P}, geboren {Y0}, getrouwd op ", "."),
                    "es": ("{P}, nacido en {Y0}, bautizado el ", "."), "it": ("{P}, nato nel {Y0}, sposato il ", "."),
                    "pt": ("{P}, nascido em {Y0}, casou-se em ", ".")}
for i in range(14):
    lg = LANGS[i % 7]
    doc = Doc(lg, "old")
    y0 = R.randint(1820, 1870)
    a, b = EVENT_AFTER_YEAR[lg]
    fill(doc, a.replace("{Y0}", str(y0)))
    y, m, d = random_ymd(R, y0 + 1, y0 + 30)
    doc.neg(written(lg, y, m, d)).t(b)
    doc.done()

# ---- a question for the birth date, an answer without a birth word -----------------------------
ASK = {"en": "For the reference letter I need your full name and date of birth as on your passport.",
       "de": "Für den Mietvertrag brauche ich Ihren vollen Namen und Ihr Geburtsdatum laut Ausweis.",
       "fr": "Pour le dossier, il me faut votre nom complet et votre date de naissance.",
       "nl": "Voor het contract heb ik je volledige naam en geboortedatum nodig.",
       "es": "Para el contrato necesito tu nombre completo y tu fecha de nacimiento.",
       "it": "Per il contratto mi servono nome completo e data di nascita.",
       "pt": "Para o contrato preciso do seu nome completo e da data de nascimento."}
ASK_NEG = {"en": "For the removal firm I need your full name and the day you move in.",
           "de": "Für die Spedition brauche ich Ihren Namen und den Tag des Einzugs.",
           "fr": "Pour le déménageur, il me faut votre nom et la date d'emménagement.",
           "nl": "Voor de verhuizer heb ik je naam en de verhuisdatum nodig.",
           "es": "Para la mudanza necesito tu nombre y el día de entrada.",
           "it": "Per il trasloco mi servono il nome e il giorno di ingresso.",
           "pt": "Para a mudança preciso do seu nome e do dia da entrada."}
REPLY = {"en": ("Sure. It's ", ". "), "de": ("Klar. Ich bin ", ". "), "fr": ("Bien sûr. C'est ", ". "),
         "nl": ("Prima. Ik ben ", ". "), "es": ("Claro. Soy ", ". "), "it": ("Certo. Sono ", ". "),
         "pt": ("Claro. Sou ", ". ")}
for i in range(56):
    lg = LANGS[i % 7]
    neg = i % 4 == 3
    doc = Doc(lg, "answer")
    writer = person()
    other = person()
    doc.t("From: ").p(other).t("\nTo: ").p(writer).t("\nSubject: Re: tenancy\n\nHi,\n\n")
    doc.t((ASK_NEG if neg else ASK)[lg] + "\n\nThanks,\n").p(other.split()[0])
    doc.t("\n\n-----Original Message-----\nFrom: ").p(writer).t("\nSent: ")
    sy, sm, sd = random_ymd(R, 2019, 2026)
    doc.neg(written("en", sy, sm, sd)).t("\n\nHi,\n\n")
    a, b = REPLY[lg]
    doc.t(a).p(writer).t(", ")
    if neg:
        y, m, d = random_ymd(R, 2024, 2027)
        doc.neg(written(lg, y, m, d))
    else:
        y, m, d = random_ymd(R, 1940, 2005)
        doc.dob(written(lg, y, m, d))
    doc.t(b + "Best,\n").p(writer.split()[0])
    doc.done()

# the thread asks for the birth date, the reply gives a viewing's date after the name
VIEW = {"en": " suits me for the viewing", "de": " passt mir für die Besichtigung",
        "fr": " me convient pour la visite", "nl": " past mij voor de bezichtiging",
        "es": " me va bien para la visita", "it": " mi va bene per la visita", "pt": " serve-me para a visita"}
for i in range(14):
    lg = LANGS[i % 7]
    doc = Doc(lg, "answer")
    writer = person()
    doc.t(ASK[lg] + "\n\n> ")
    doc.t(REPLY[lg][0]).p(writer).t(", ")
    y, m, d = random_ymd(R, 2024, 2027)
    doc.neg(written(lg, y, m, d)).t(VIEW[lg] + ".")
    doc.done()

# the birth field is named only after the reply, or the reply introduces a firm
for i in range(14):
    lg = LANGS[i % 7]
    doc = Doc(lg, "answer")
    y, m, d = random_ymd(R, 2018, 2026)
    if i % 2:
        doc.t(REPLY[lg][0]).p().t(", ").neg(written(lg, y, m, d)).t(". ")
        doc.t({"en": "The date of birth field is still empty.", "de": "Das Feld Geburtsdatum ist leer.",
               "fr": "Le champ date de naissance est vide.", "nl": "Het veld geboortedatum is leeg.",
               "es": "El campo fecha de nacimiento está vacío.", "it": "Il campo data di nascita è vuoto.",
               "pt": "O campo data de nascimento está vazio."}[lg])
    else:
        doc.t(ASK[lg] + "\n\n" + REPLY[lg][0] + R.choice(["Brisquet", "Zamberti", "Ollivrand"]) + " GmbH, ")
        doc.neg(written(lg, y, m, d)).t(".")
    doc.done()

# a chat: the agent asks, the customer answers on the next turn with no birth word
CHAT_ASK = {"en": "Agent: Could you confirm your name and date of birth?",
            "de": "Agent: Können Sie Name und Geburtsdatum bestätigen?",
            "fr": "Agent : Pouvez-vous confirmer votre nom et date de naissance ?",
            "nl": "Agent: Kunt u uw naam en geboortedatum bevestigen?",
            "es": "Agente: ¿Me confirma su nombre y fecha de nacimiento?",
            "it": "Operatore: Mi conferma nome e data di nascita?",
            "pt": "Atendente: Pode confirmar o seu nome e data de nascimento?"}
for i in range(14):
    lg = LANGS[i % 7]
    doc = Doc(lg, "answer")
    y, m, d = random_ymd(R, 1945, 2004)
    doc.t(CHAT_ASK[lg] + "\nCustomer: " + REPLY[lg][0].split(". ")[1]).p().t(", ").dob(written(lg, y, m, d))
    doc.t("\nAgent: ok, thanks.")
    doc.done()

# ---- Portuguese and Latin-American birth labels and verbs ---------------------------------------
PT_LABELS = [("Data de nascimento: ", "pt"), ("DATA NASC.: ", "pt"), ("Dt. nasc.: ", "pt"),
             ("Data de Nasc.: ", "pt"), ("nascido em ", "pt"), ("nascida em ", "pt"), ("nascida a ", "pt"),
             ("F. nac.: ", "es"), ("Fecha nac.: ", "es"), ("Fec. de nacimiento: ", "es"),
             ("nacida el ", "es"), ("FECHA DE NAC. ", "es")]
for i in range(48):
    lab, lg = PT_LABELS[i % len(PT_LABELS)]
    doc = Doc(lg, "label")
    y, m, d = random_ymd(R, 1935, 2008)
    iy, im, idd = random_ymd(R, 2015, 2026)
    if lab[0].islower():
        doc.p().t(", " + lab).dob(written(lg, y, m, d)).t(", ")
        doc.t("residente em %s desde " % R.choice(PLACES) if lg == "pt" else "residente en %s desde " % R.choice(PLACES))
        doc.neg(written(lg, iy, im, idd)).t(".")
    else:
        doc.t("NOME: " if lg == "pt" else "NOMBRE: ").p().t("\n" + lab).dob(written(lg, y, m, d))
        doc.t("\nDATA EMISSÃO: " if lg == "pt" else "\nF. emisión: ").neg(written(lg, iy, im, idd))
    doc.done()

# ---- key=value logs whose spaces are underscores --------------------------------------------------
def underscored(lg, y, m, d):
    mo = MONTHS[lg][m - 1]
    return R.choice({
        "en": ["%s_of_%s_%d" % (ordinal_en(d), mo, y), "%s_%s,_%d" % (mo, ordinal_en(d), y),
               "%d_%s_%d" % (d, mo, y)],
        "de": ["%d._%s_%d" % (d, mo, y), "%d._%s._%d" % (d, mo[:3], y)],
        "fr": ["%d_%s_%d" % (d, mo, y)], "nl": ["%d_%s_%d" % (d, mo, y)],
        "es": ["%d_de_%s_de_%d" % (d, mo, y)], "it": ["%d_%s_%d" % (d, mo, y)],
        "pt": ["%d_de_%s_de_%d" % (d, mo, y)]}[lg])


KEYS = ["dob=", "birth_date=", "date_of_birth=", "dob:", "birthdate="]
for i in range(42):
    lg = LANGS[i % 7]
    doc = Doc(lg, "kv")
    y, m, d = random_ymd(R, 1938, 2006)
    cy, cm, cd = random_ymd(R, 2021, 2026)
    doc.t("2025-%02d-%02dT10:%02d:00Z INFO user_id=%d name=\"" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(10000, 99999)))
    doc.p().t("\" action=profile_update " + KEYS[i % len(KEYS)]).dob(underscored(lg, y, m, d))
    if i % 2:
        doc.t(" " + R.choice(["created=", "signup_date=", "last_seen="])).neg(underscored(lg, cy, cm, cd))
    doc.t("\n2025-01-0%dT11:00:00Z INFO action=login client=web\n" % R.randint(1, 9))
    doc.done()

write_json(records, newline=False)
