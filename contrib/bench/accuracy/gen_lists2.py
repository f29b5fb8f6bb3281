#!/usr/bin/env python3
"""gen_lists2.py: tune corpus of lists, rolls and letters (issue #15, round h5lists) ->
data/lists2.json on stdout.

Shapes written from how people lay such lists out, named from names_holdout5's misses but not
from its wording:
  * a contact list: three lines or more, each a bullet or number, a name in any case (Title,
    CAPITALS, all lower case, particles) then a dash, colon or comma and a personal value (a
    street address, a birth date, an e-mail, "?" when it is missing); look-alikes in the same
    layout: products with prices, rooms with floors, venues with their address;
  * minutes whose action lines open with the given names of the people listed as present or
    excused ("- Anna & Jorek: book the hall"); topics open other action lines as look-alikes;
  * a member table (Markdown) whose first column is a name ("Keller, Anna" too) beside a birth
    date and an address; an order table's items as look-alikes;
  * a register's entry: a name opening its line before a rite's verb ("X was baptised on",
    "X wurde getauft am", "X fue bautizada el"); a chapel, a ship, a council before the same;
  * a cleric's title before a name ("Fr.", "Pfr.", "P.", "Pe.", "Don", "Ds.", "Rev."), and
    a parish's saint ("S. Cecilia", "H. Anne", "St. Brigid") as the look-alike.
Names are invented from syllables so that no lexicon knows them. Deterministic, stdlib only:
`python3 gen_lists2.py > data/lists2.json`.
"""
import random

from gen_common import Doc, invent_syllables, write_json

rng = random.Random(2815)
records = []
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = (["ka", "ro", "vel", "mi", "dor", "sa", "lun", "te", "bri", "gol", "an", "fe", "ur",
        "zo", "lia", "mer", "tho", "qui", "es", "van"],
       ["ström", "ez", "ini", "ard", "ink", "ley", "ow", "ães", "hoff", "elo", "ac"])
PART = {"en": [""], "de": ["von ", "zu "], "fr": ["de ", "du "], "nl": ["van ", "de ", "van der "],
        "es": ["de ", "del "], "it": ["di ", "de "], "pt": ["da ", "dos "]}


def given():
    return invent_syllables(rng, SYL[0], SYL[1], False)


def surname(lg):
    s = invent_syllables(rng, SYL[0], SYL[1], True)
    return (rng.choice(PART[lg]) if rng.random() < 0.2 else "") + s


def cased(name):
    r = rng.random()
    if r < 0.25:
        return name.upper()
    if r < 0.45:
        return name.lower()
    return name


class D(Doc):
    pass


D.records = records

STREETS = {"en": ["{n} Harwick Road", "Flat {n}, {n2} Colby Street"],
           "de": ["Lindenweg {n}", "Kirchgasse {n}a"], "fr": ["{n} rue des Tilleuls",
                                                              "{n}, avenue Foch"],
           "nl": ["Kerkstraat {n}", "Molenweg {n}-II"], "es": ["Calle Mayor {n}, {n2}º izda.",
                                                               "Avda. del Puerto {n}"],
           "it": ["Via dei Mille {n}", "Corso Italia {n}"], "pt": ["Rua do Sol, {n}",
                                                                   "Av. da Liberdade, {n}"]}
TOWNS = {"en": "Leeds LS6 2AB", "de": "80331 München", "fr": "69003 Lyon",
         "nl": "3511 AL Utrecht", "es": "28013 Madrid", "it": "20121 Milano",
         "pt": "1250-096 Lisboa"}
DOBW = {"en": "DOB", "de": "geb.", "fr": "né(e) le", "nl": "geb.", "es": "nacido/a el",
        "it": "nato/a il", "pt": "nascido/a em"}
INTRO = {"en": ["Alumni list for the reunion, please tidy it up:", "Class of '99 – who do we still need?",
                "Members to contact:"],
         "de": ["Liste für das Klassentreffen, bitte ordnen:", "Ehemalige, die wir noch suchen:"],
         "fr": ["Liste des anciens pour la réunion :", "Adhérents à relancer :"],
         "nl": ["Lijst oud-leerlingen voor de reünie:", "Leden om te bellen:"],
         "es": ["Lista de exalumnos para la reunión:", "Socios pendientes:"],
         "it": ["Elenco ex alunni per la rimpatriata:", "Soci da contattare:"],
         "pt": ["Lista de antigos alunos para o encontro:", "Sócios a contactar:"]}
SEPS = [" – ", " - ", ": ", ", ", " — ", "\t"]
BULLETS = ["- ", "* ", "• ", "{k}. ", "{k}) ", ""]


def value(d, lg, g, s):
    r = rng.random()
    if r < 0.4:
        st = rng.choice(STREETS[lg]).format(n=rng.randint(2, 199), n2=rng.randint(2, 60))
        d.span("STREET_ADDRESS", st + ", " + TOWNS[lg])
    elif r < 0.7:
        d.t(DOBW[lg] + " ")
        d.span("DATE_OF_BIRTH", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(1950, 1999)}")
    elif r < 0.85:
        d.span("EMAIL_ADDRESS", f"{g.lower()}.{s.split()[-1].lower()}@example.org")
    else:
        d.t(rng.choice(["?", "—", "??", "(unknown)"]))


def contact_list(lg):
    d = D(lg, "contact_list")
    d.t(rng.choice(INTRO[lg]) + "\n")
    sep, bul = rng.choice(SEPS), rng.choice(BULLETS)
    for k in range(rng.randint(3, 6)):
        g, s = given(), surname(lg)
        d.t(bul.format(k=k + 1))
        d.span("PERSON", cased(f"{g} {s}"))
        d.t(sep)
        value(d, lg, g, s)
        d.t("\n")
    d.t(rng.choice(["\nThanks!", "", "\nPlease make a table."]))
    d.done()


NEG_ITEMS = [("NEG_PRODUCT", "Cordless Drill Pro", "49,99 €"), ("NEG_PRODUCT", "Garden Hose Reel", "2 units"),
             ("NEG_PLACE", "Meeting Room Birch", "3rd floor"), ("NEG_PLACE", "Sala Verde", "piano 2"),
             ("NEG_ORG", "Harbour View Hotel", "2 nights, sea view"), ("NEG_ORG", "Bäckerei Sonnenschein",
                                                                   "Brot für Freitag"),
             ("NEG_TERM", "Annual Report", "due 3.4.2026"), ("NEG_TERM", "Budget Review", "Q3 2025"),
             ("NEG_PRODUCT", "Office Chair Ergo", "3 x 129 €"), ("NEG_PLACE", "Salle Rameau", "2e étage")]


def neg_list(lg):
    d = D(lg, "contact_list_neg")
    d.t(rng.choice(["Inventory:", "Bestellung:", "À réserver :", "Te bestellen:", "Pedido:",
                    "Ordine:", "Encomenda:"]) + "\n")
    sep, bul = rng.choice(SEPS[:4]), rng.choice(BULLETS[:3])
    for lab, v, val in rng.sample(NEG_ITEMS, rng.randint(3, 5)):
        d.t(bul)
        d.span(lab, v)
        d.t(sep + val + "\n")
    d.done()


MIN = {"en": ("Minutes", "Present", "Apologies", "Actions", ["call the caretaker", "book the hall"]),
       "de": ("Protokoll", "Anwesend", "Entschuldigt", "Aufgaben", ["Hausmeister anrufen", "Saal buchen"]),
       "fr": ("Compte rendu", "Présents", "Excusés", "Actions", ["appeler le syndic", "réserver la salle"]),
       "nl": ("Notulen", "Aanwezig", "Afwezig", "Actiepunten", ["beheerder bellen", "zaal boeken"]),
       "es": ("Acta", "Asistentes", "Excusan", "Tareas", ["llamar al portero", "reservar la sala"]),
       "it": ("Verbale", "Presenti", "Assenti giustificati", "Azioni", ["chiamare il portiere", "prenotare la sala"]),
       "pt": ("Ata", "Presentes", "Ausências justificadas", "Ações", ["ligar ao porteiro", "reservar a sala"])}
TOPICS = ["Budget", "Website", "Garden", "Newsletter", "Insurance", "Parking"]


def minutes(lg):
    head, pres, apol, act, tasks = MIN[lg]
    d = D(lg, "minutes_owners")
    d.t(f"{head} – {rng.choice(['residents', 'board', 'committee'])} (12.3.2026)\n{pres}: ")
    people = [(given(), surname(lg)) for _ in range(rng.randint(3, 4))]
    for k, (g, s) in enumerate(people[:-1]):
        if k:
            d.t(", ")
        d.span("PERSON", cased(f"{g} {s}"))
    d.t(f"\n{apol}: ")
    d.span("PERSON", cased(" ".join(people[-1])))
    d.t(f"\n{act}:\n")
    order = rng.sample(people, len(people))
    for k in range(0, len(order), 2):
        d.t("- ")
        d.span("PERSON", order[k][0])
        if k + 1 < len(order) and rng.random() < 0.6:
            d.t(rng.choice([" & ", " and ", " / "]))
            d.span("PERSON", order[k + 1][0])
        d.t(": " + rng.choice(tasks) + "\n")
    topic = rng.choice(TOPICS)
    d.t("- ")
    d.span("NEG_TERM", topic)
    d.t(": " + rng.choice(tasks) + "\n")
    d.done()


CLERGY = {"en": ("Officiant", ["Fr.", "Rev.", "Revd"], "St."), "de": ("Zelebrant", ["Pfr.", "Pfarrer", "Pater"], "St."),
          "fr": ("Célébrant", ["P.", "Abbé", "Père"], "Ste"), "nl": ("Voorganger", ["Ds.", "Pastoor", "Pater"], "H."),
          "es": ("Celebrante", ["P.", "Padre", "Don"], "S."), "it": ("Celebrante", ["Don", "P.", "Padre"], "S."),
          "pt": ("Celebrante", ["Pe.", "Padre", "Frei"], "S.")}
SAINTS = ["Cecilia", "Anne", "Brigid", "Florence", "Regina", "Maria", "Joseph"]


def clergy(lg):
    lab, titles, saint = CLERGY[lg]
    d = D(lg, "clergy")
    d.t(rng.choice(["Register, parish of ", "Pfarrei ", "Paroisse ", "Parochie ", "Parroquia de ",
                    "Parrocchia di ", "Paróquia de "]))
    d.span("NEG_PLACE", f"{saint} {rng.choice(SAINTS)}")
    d.t(f"\n... entry 14 ...\n{lab}: {rng.choice(titles)} ")
    d.span("PERSON", surname(lg) if rng.random() < 0.5 else f"{given()} {surname(lg)}")
    d.t("\n")
    d.done()


HEAD = {"en": ("Member", "Born", "Address", "Joined"), "de": ("Mitglied", "Geburtsdatum", "Anschrift", "Eintritt"),
        "fr": ("Membre", "Né(e) le", "Adresse", "Adhésion"), "nl": ("Lid", "Geboren", "Adres", "Lid sinds"),
        "es": ("Socio/a", "Nacimiento", "Domicilio", "Alta"), "it": ("Socio", "Nato/a il", "Indirizzo", "Iscritto dal"),
        "pt": ("Sócio", "Nascimento", "Morada", "Sócio desde")}


def member_table(lg):
    d = D(lg, "member_table")
    h = HEAD[lg]
    d.t(rng.choice(["Turn this table into CSV:\n\n", "Mitgliederliste:\n", "Registre des membres\n", ""]))
    d.t("| " + " | ".join(h) + " |\n|---|---|---|---|\n")
    for _ in range(rng.randint(3, 5)):
        g, sn = given(), surname(lg)
        d.t("| ")
        d.span("PERSON", cased(f"{sn}, {g}" if rng.random() < 0.4 else f"{g} {sn}"))
        d.t(" | ")
        d.span("DATE_OF_BIRTH", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1940, 2005)}")
        d.t(" | ")
        st = rng.choice(STREETS[lg]).format(n=rng.randint(2, 199), n2=rng.randint(2, 60))
        d.span("STREET_ADDRESS", st + ", " + TOWNS[lg])
        d.t(f" | {rng.randint(1990, 2024)} |\n")
    d.done()


NEG_ROWS = [("NEG_PRODUCT", "Cordless Drill Pro"), ("NEG_PRODUCT", "Garden Hose Reel"),
            ("NEG_PLACE", "Meeting Room Birch"), ("NEG_TERM", "Annual Report"),
            ("NEG_TERM", "Budget Review"), ("NEG_PRODUCT", "Office Chair Ergo"),
            ("NEG_ORG", "Northwind Traders"), ("NEG_TERM", "Quarterly Forecast")]


def neg_table(lg):
    d = D(lg, "member_table_neg")
    d.t("| Item | Qty | Price | Due |\n|---|---|---|---|\n")
    for lab, v in rng.sample(NEG_ROWS, rng.randint(3, 5)):
        d.t("| ")
        d.span(lab, v)
        d.t(f" | {rng.randint(1, 20)} | {rng.randint(5, 300)},00 € | {rng.randint(1, 28)}.{rng.randint(1, 12)}. |\n")
    d.done()



RITE = {"en": ["was baptised on {d}", "was christened on {d}", "was born on {d}"],
        "de": ["wurde getauft am {d}", "wurde geboren am {d}"],
        "fr": ["a été baptisée le {d}", "est né le {d}"], "nl": ["werd gedoopt op {d}", "werd geboren op {d}"],
        "es": ["fue bautizada el {d}", "nació el {d}"], "it": ["è stata battezzata il {d}", "è nato il {d}"],
        "pt": ["foi batizada em {d}", "nasceu em {d}"]}


def rite_entry(lg):
    d = D(lg, "rite_entry")
    d.t(rng.choice(["Register extract\n\n", "Taufbuch, Eintrag 12\n", "Registre paroissial\n\n",
                    "Doopregister\n", "Libro de bautismos\n\n", "Registro dei battesimi\n",
                    "Livro de assentos\n"]))
    for _ in range(rng.randint(1, 2)):
        g, sn = given(), surname(lg)
        name = f"{g} {sn}"
        d.span("PERSON", name.upper() if rng.random() < 0.4 else name)
        verb = rng.choice(RITE[lg])
        d.t(" " + verb[:-4] + " ")
        born = any(w in verb for w in ("born", "geboren", "né", "nació", "nato", "nasceu"))
        dt = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2024"
        d.span("DATE_OF_BIRTH", dt) if born else d.t(dt)
        d.t(".\n")
    # look-alikes: a church or a ship opening its line before the same verbs
    lab, v = rng.choice([("NEG_PLACE", "The Chapel"), ("NEG_PRODUCT", "The Queen Mary"),
                         ("NEG_ORG", "Saint Mary Parish Council"), ("NEG_TERM", "The Annual Report")])
    d.span(lab, v)
    d.t(" " + rng.choice(["was christened in 1936.", "was born out of a merger.", "was confirmed on Monday."]) + "\n")
    d.done()



def main():
    for _ in range(4):
        for lg in LANGS:
            contact_list(lg)
            minutes(lg)
            clergy(lg)
    for lg in LANGS:
        neg_list(lg)
        neg_list(lg)
        member_table(lg)
        member_table(lg)
        rite_entry(lg)
        rite_entry(lg)
        neg_table(lg)
    write_json(records)


if __name__ == "__main__":
    main()
