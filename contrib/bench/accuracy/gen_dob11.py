#!/usr/bin/env python3
"""gen_dob11.py: a DATE_OF_BIRTH tune set for four kinds of text where names_holdout6 still
missed dates of birth after dob10 (issue 15, branch dob11). The lead gave only the shapes and
their counts; every wording, layout, language and name here was designed for this file:

- `dialogue`: an assistant asks for the family's dates of birth; in a later turn the user lists
  them one a line, as `relation (Given Surname), DATE`, `Given Surname, DATE` or
  `Given Surname - DATE`, numeric (`12-03-1985`, `12/03/1985`, `12.03.1985`) or spelled
  (`12th March 1985`, `3 mai 1990`). Look-alike: the same lists answering a question about
  travel days or appointments (NEG_DATE).
- `genealogy`: numbered or bulleted lines `1. Given Surname b. DATE, Place` and
  `Given Surname * DATE, Place` (numeric or spelled), with the place after the comma.
  Look-alikes on the same lines: `d.`/`†`/`m.`/`gest.`/`⚭` before a death or marriage (NEG_DATE).
- `export`: CSV/semicolon/pipe rows under a header line that names the birth column, the header
  often many rows above the row; rows of `key=value` pairs. Look-alike: the same exports with a
  travel or booking date column only (NEG_DATE).
- `prompt`: chatbot prompts in lower case: `my son was born 12 march 2015`, `geboren 3 mei 1990`,
  `born on 03/04/1988`. Look-alikes: pets born, flights, deaths, famous people's births.

Names are invented from syllables (no lexicon knows them) and labelled PERSON. Deterministic,
stdlib only: python3 gen_dob11.py > data/dob11.json
"""
import random
import gen_common
from gen_common import MONTHS, ordinal_en

R = random.Random(110011)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["bre", "tal", "ou", "mik", "sa", "rhu", "ven", "ol", "dra", "ki", "zo", "pel", "ast", "ur",
       "ni", "gho", "lem", "ya", "fen", "ori"]
ENDS = ["stad", "ova", "elli", "ard", "ski", "ema", "oort", "ès", "iak", "onde"]
PLACES = ["Vellamora", "Sint-Odrik", "Kasterhoven", "Pontaruel", "Ribadelva", "Oberthal am Zeck",
          "Marvinhas", "Castel Ordano", "Lysemont", "Nieuw-Gerbeek"]
records = []


class Doc(gen_common.Doc):
    records = records


def given():
    return gen_common.invent_syllables(R, SYL, ENDS, False)


def surname():
    return gen_common.invent_syllables(R, SYL, ENDS, True)


def date(lg, lo, hi, numeric=None):
    y, m, d = gen_common.random_ymd(R, lo, hi)
    if numeric is None:
        numeric = R.random() < 0.6
    if numeric:
        sep = R.choice("-/.")
        if R.random() < 0.15:
            return "%d-%02d-%02d" % (y, m, d)
        return "%02d%s%02d%s%d" % (d, sep, m, sep, y)
    mo = MONTHS[lg][m - 1]
    if R.random() < 0.5:
        mo = mo.lower()
    if lg == "en":
        return R.choice(["%s %s %d" % (ordinal_en(d), mo, y), "%d %s %d" % (d, mo, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return R.choice(["%d de %s de %d" % (d, mo, y), "%d %s %d" % (d, mo, y)])
    return "%d %s %d" % (d, mo, y)


REL = {
    "en": ["my wife", "my husband", "son", "daughter", "me", "my mum", "eldest", "youngest"],
    "de": ["meine Frau", "mein Mann", "Sohn", "Tochter", "ich", "Oma"],
    "fr": ["ma femme", "mon mari", "fils", "fille", "moi", "ma mère"],
    "nl": ["mijn vrouw", "mijn man", "zoon", "dochter", "ik", "oma"],
    "es": ["mi esposa", "mi marido", "hijo", "hija", "yo", "mi madre"],
    "it": ["mia moglie", "mio marito", "figlio", "figlia", "io", "mia madre"],
    "pt": ["minha esposa", "meu marido", "filho", "filha", "eu", "minha mãe"],
}
ASK_DOB = {
    "en": ["Could you give me the full names and dates of birth of everyone travelling?",
           "To add them to the policy I need each person's name and date of birth."],
    "de": ["Können Sie mir bitte Namen und Geburtsdaten aller Mitreisenden nennen?"],
    "fr": ["Pouvez-vous m'indiquer le nom et la date de naissance de chaque voyageur ?"],
    "nl": ["Mag ik de namen en geboortedata van alle gezinsleden?"],
    "es": ["¿Me puede indicar el nombre y la fecha de nacimiento de cada pasajero?"],
    "it": ["Mi può indicare nome e data di nascita di ogni componente della famiglia?"],
    "pt": ["Pode indicar o nome e a data de nascimento de cada viajante?"],
}
ASK_OTHER = {
    "en": ["Which dates would each of you like to fly out?",
           "When is everyone's next appointment at the clinic?"],
    "de": ["An welchen Tagen möchten die einzelnen Personen anreisen?"],
    "fr": ["À quelles dates chacun souhaite-t-il partir ?"],
    "nl": ["Op welke dagen wil iedereen vertrekken?"],
    "es": ["¿Qué día quiere viajar cada uno?"],
    "it": ["In che giorno vuole partire ciascuno?"],
    "pt": ["Em que dia cada um quer viajar?"],
}
INTRO = {"en": "Sure, here they are:", "de": "Klar, hier:", "fr": "Voilà :", "nl": "Hier:",
         "es": "Claro:", "it": "Ecco:", "pt": "Aqui estão:"}
SPEAK = [("User: ", "Assistant: "), ("user: ", "assistant: "), ("**User:** ", "**Assistant:** "),
         ("Human: ", "AI: "), ("> ", "Bot: ")]


def dialogue():
    for k in range(70):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        u, a = SPEAK[k % len(SPEAK)]
        doc = Doc(lg, "dialogue_neg" if neg else "dialogue")
        doc.t(u + R.choice(["Hi, I want to book a family trip.", "hello, need help with insurance",
                            "Hallo", "Bonjour", "Hola"]) + "\n\n")
        # an assistant's turn often thanks and explains before it asks
        pre = R.choice(["", "", "Thank you, that helps a lot. I have found three options that match "
                        "your budget and the dates you gave me, and all of them allow free "
                        "cancellation up to 48 hours before departure. Before I can hold the "
                        "seats, the airline requires a few details for every passenger. "])
        doc.t(a + pre + R.choice((ASK_OTHER if neg else ASK_DOB)[lg]) + "\n\n")
        doc.t(u + INTRO[lg] + "\n")
        for i in range(R.randint(2, 4)):
            g, s = given(), surname()
            lay = R.randrange(4)
            bullet = R.choice(["", "- ", "* ", "%d. " % (i + 1), "%d) " % (i + 1)])
            doc.t(bullet)
            if lay == 0:
                doc.t(R.choice(REL[lg]) + " (").span("PERSON", g + " " + s).t("), ")
            elif lay == 1:
                doc.span("PERSON", g + " " + s).t(", ")
            elif lay == 2:
                doc.span("PERSON", g + " " + s).t(" - ")
            else:
                doc.t(R.choice(REL[lg]) + ": ").span("PERSON", g + " " + s).t(", ")
            lo, hi = (2025, 2026) if neg else (1940, 2020)
            doc.span("NEG_DATE" if neg else "DATE_OF_BIRTH", date(lg, lo, hi)).t("\n")
        doc.done()


ASK_PET = {
    "en": ["When were your dogs born? I need it for the vaccination plan.",
           "What are the birth dates of the kittens?"],
    "de": ["Wann sind Ihre Hunde geboren?"], "fr": ["Quelles sont les dates de naissance de vos chats ?"],
    "nl": ["Wanneer zijn de puppies geboren?"], "es": ["¿Cuándo nacieron sus perros?"],
    "it": ["Quando sono nati i suoi gatti?"], "pt": ["Quando nasceram os seus cães?"],
}
PET_NAMES = ["Rocco", "Bruma", "Pixel", "Tofu", "Nala", "Sami", "Kiko", "Fenna"]


def dialogue_pet():
    """Look-alike: a birth question about animals, answered with the same list."""
    for k in range(21):
        lg = LANGS[k % 7]
        u, a = SPEAK[k % len(SPEAK)]
        doc = Doc(lg, "dialogue_pet")
        doc.t(a + R.choice(ASK_PET[lg]) + "\n\n" + u + INTRO[lg] + "\n")
        for i in range(R.randint(2, 3)):
            doc.t(R.choice(["", "- ", "%d. " % (i + 1)]) + R.choice(PET_NAMES))
            doc.t(R.choice([", ", " - ", " (Labrador), "]))
            doc.span("NEG_DATE", date(lg, 2010, 2024)).t("\n")
        doc.done()


BIRTH_MARK = {"en": ["b.", "*", "born"], "de": ["*", "geb."], "fr": ["*", "né le", "n."],
              "nl": ["*", "geb."], "es": ["*", "n."], "it": ["*", "n."], "pt": ["*", "n."]}
OTHER_MARK = {"en": ["d.", "†", "m."], "de": ["†", "gest.", "⚭"], "fr": ["†", "décédé le"],
              "nl": ["†", "overl."], "es": ["†", "f."], "it": ["†", "m."], "pt": ["†", "f."]}
HEAD = {"en": "Family tree", "de": "Stammbaum", "fr": "Arbre généalogique", "nl": "Stamboom",
        "es": "Árbol familiar", "it": "Albero genealogico", "pt": "Árvore genealógica"}


def genealogy():
    for k in range(70):
        lg = LANGS[k % 7]
        doc = Doc(lg, "genealogy")
        doc.t(R.choice([HEAD[lg] + "\n\n", HEAD[lg].upper() + ":\n", ""]))
        numbered = R.random() < 0.6
        for i in range(R.randint(3, 6)):
            doc.t("%d. " % (i + 1) if numbered else R.choice(["", "- "]))
            doc.span("PERSON", given() + " " + surname())
            neg = R.random() < 0.3
            mark = R.choice((OTHER_MARK if neg else BIRTH_MARK)[lg])
            doc.t(" " + mark + " ")
            # the youngest generations of a tree are children: births up to 2022
            doc.span("NEG_DATE" if neg else "DATE_OF_BIRTH",
                     date(lg, 1820, 1990) if i < 3 else date(lg, 1960, 2022))
            if R.random() < 0.85:
                doc.t(", " + R.choice(PLACES))
            doc.t("\n")
        doc.done()


DOB_COL = {"en": ["dob", "DOB", "birth_date", "Date of Birth"], "de": ["Geburtsdatum", "geb_dat"],
           "fr": ["date_naissance", "DDN"], "nl": ["geboortedatum"], "es": ["fecha_nacimiento"],
           "it": ["data_nascita"], "pt": ["data_nascimento"]}
NAME_COL = {"en": "name", "de": "Name", "fr": "nom", "nl": "naam", "es": "nombre", "it": "nome",
            "pt": "nome"}
DAY_COL = ["travel_date", "booked_on", "checkin", "created"]


def export():
    for k in range(56):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        doc = Doc(lg, "export_neg" if neg else "export")
        sep = R.choice([",", ";", "|"])
        if k % 8 < 5:
            dcol = R.choice(DAY_COL) if neg else R.choice(DOB_COL[lg])
            doc.t(sep.join(["id", NAME_COL[lg], dcol, "ticket"]) + "\n")
            # a long export puts its header far above most rows
            for i in range(R.randint(3, 12) if k % 3 else R.randint(20, 45)):
                doc.t("%d%s" % (1000 + i, sep)).span("PERSON", given() + " " + surname()).t(sep)
                y, m, d = gen_common.random_ymd(R, 2024 if neg else 1940, 2025 if neg else 2015)
                v = R.choice(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y),
                              "%02d.%02d.%d" % (d, m, y)])
                doc.span("NEG_DATE" if neg else "DATE_OF_BIRTH", v)
                doc.t("%sT-%d\n" % (sep, R.randint(100, 99999)))
        else:
            for i in range(R.randint(2, 5)):
                y, m, d = gen_common.random_ymd(R, 2024 if neg else 1940, 2025 if neg else 2015)
                key = R.choice(DAY_COL) if neg else R.choice(["dob", "birthdate", "birth_date",
                                                               "geburtsdatum", "date_naissance"])
                doc.t("pax=%d name=" % i).span("PERSON", given() + "_" + surname()).t(" ")
                doc.t(key + "=").span("NEG_DATE" if neg else "DATE_OF_BIRTH",
                                      "%d-%02d-%02d" % (y, m, d))
                doc.t(" seat=%d%s\n" % (R.randint(1, 40), R.choice("ABCDEF")))
        doc.done()


PROMPT = {
    "en": ["my son was born {D} and i need a name idea", "my daughter was born on {D}, what is her star sign",
           "hi i was born {D} can u tell me my age in days", "my wife was born {D}. gift ideas?"],
    "de": ["meine tochter ist am {D} geboren, welches sternzeichen", "ich bin {D} geboren, wie alt bin ich",
           "mein sohn geboren {D} braucht einen pass"],
    "fr": ["mon fils est né le {D}, quel signe astrologique", "je suis née le {D} calcule mon âge"],
    "nl": ["mijn dochter is geboren {D} welk sterrenbeeld", "ik ben geboren op {D}, hoe oud ben ik"],
    "es": ["mi hijo nació el {D}, qué signo es", "nací el {D} cuántos años tengo"],
    "it": ["mio figlio è nato il {D}, che segno è", "sono nata il {D} quanti anni ho"],
    "pt": ["meu filho nasceu em {D}, qual o signo", "eu nasci em {D} quantos anos tenho"],
}
PROMPT_NEG = {
    "en": ["my dog was born {D}, how old is he in dog years", "mozart was born {D} right?",
           "my flight leaves {D} what should i pack", "grandpa died {D}, need a eulogy"],
    "de": ["unser hund ist am {D} geboren", "mein flug geht am {D}"],
    "fr": ["mon chat est né le {D}", "mon vol part le {D}"],
    "nl": ["onze kat is geboren op {D}", "mijn vlucht is op {D}"],
    "es": ["mi perro nació el {D}", "mi vuelo sale el {D}"],
    "it": ["il mio gatto è nato il {D}", "il mio volo parte il {D}"],
    "pt": ["o meu cão nasceu em {D}", "o meu voo sai em {D}"],
}


def prompt():
    for k in range(70):
        lg = LANGS[k % 7]
        neg = k % 3 == 2
        doc = Doc(lg, "prompt_neg" if neg else "prompt")
        t = R.choice((PROMPT_NEG if neg else PROMPT)[lg])
        i = t.index("{D}")
        y, m, d = gen_common.random_ymd(R, 1950, 2024)
        if R.random() < 0.6:
            mo = MONTHS[lg][m - 1].lower()
            v = ("%d de %s de %d" if lg in ("es", "pt") and R.random() < 0.5 else "%d %s %d") % (d, mo, y)
        else:
            sep = R.choice("/.-")
            v = "%02d%s%02d%s%d" % (d, sep, m, sep, y)
        doc.t(t[:i]).span("NEG_DATE" if neg else "DATE_OF_BIRTH", v).t(t[i + 3:])
        doc.done()


WAIT = {"en": ["one sec, getting the passports.", "ok give me a minute."],
        "de": ["Moment, ich hole die Pässe."], "fr": ["Une seconde, je cherche les papiers."],
        "nl": ["Momentje, ik pak de paspoorten."], "es": ["Un momento, busco los pasaportes."],
        "it": ["Un attimo, prendo i documenti."], "pt": ["Um momento, vou buscar os documentos."]}
OK = {"en": "Take your time.", "de": "Kein Problem.", "fr": "Prenez votre temps.",
      "nl": "Geen probleem.", "es": "Sin prisa.", "it": "Nessun problema.", "pt": "Sem pressa."}


def dialogue_turns():
    """The list comes turns after the question, one person a turn or after a pause; the same
    with a travel question (NEG_DATE). Appended last so that the records above stay as they
    were measured."""
    for k in range(28):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        u, a = SPEAK[k % len(SPEAK)]
        doc = Doc(lg, "dialogue_turns_neg" if neg else "dialogue_turns")
        doc.t(a + R.choice((ASK_OTHER if neg else ASK_DOB)[lg]) + "\n")
        if k % 2:
            doc.t(u + R.choice(WAIT[lg]) + "\n" + a + OK[lg] + "\n")
        for i in range(R.randint(2, 3)):
            doc.t(u + (R.choice(["and ", ""]) if lg == "en" and i else ""))
            if R.random() < 0.5:
                doc.t(R.choice(REL[lg]) + " (").span("PERSON", given() + " " + surname()).t("), ")
            else:
                doc.span("PERSON", given() + " " + surname()).t(", ")
            lo, hi = (2025, 2026) if neg else (1940, 2020)
            doc.span("NEG_DATE" if neg else "DATE_OF_BIRTH", date(lg, lo, hi)).t("\n")
        doc.done()


dialogue()
dialogue_pet()
genealogy()
export()
prompt()
dialogue_turns()
gen_common.write_json(records)
