#!/usr/bin/env python3
"""gen_tables7.py: a TUNE corpus for the NAMES pack (issue 15), data/tables7.json.

Written for branch `tables7` (names as the cells of plain-text tables and lists with no header
word) from the lead's shape counts only, before reading the recognisers and without opening any
blind set. PERSON as

- fixed-width tables: a name at a line's start padded with spaces to a column, then dates,
  numbers, codes, amounts; Title case, ALL CAPS, `SURNAME Given`; with and without a header
  line of column titles in en/de/fr/nl/es/it/pt; under a sentence or alone;
- phone books and contact lists: `Name   0612 345 678`, tabs, dots as leaders, phones of
  seven countries, an extension or a mobile/home word after;
- booking and guest lists: `19:30  Name  x4  | terrace`, `Name | room 14 | 03/04-06/04`,
  semicolon and tab rosters (`Name;S1;12/03`), `Name & Name` as a line of a seating plan;
- people with a handle: `Name Surname (@handle)` in issue trackers and social posts, and
  `Name: text` as the poster's line in threads and dating chats;
- statements and budgets: bank lines (`transfer to NAME  -45.00`, `SEPA credit from NAME
  +120,00`, `Gutschrift NAME`, `Virement de NAME`, `Overboeking naar NAME`), shares split
  between people (`Rent 900 - Name 50% / Name 50%`, `groceries 40 (Name)`);
- `Name, 99,` (a name then an age) in death notices and local news lists.

Look-alikes in the same shapes: tables of products, cities, teams, SKUs and servers
(NEG_PRODUCT, NEG_PLACE, NEG_ORG, NEG_CODE), businesses in phone books (NEG_ORG), meetings and
rooms in booking lists (NEG_TERM), bots and projects with handles, merchants and utilities on
statements (NEG_ORG), shops in brackets in budgets, places then a number in notices.

Names: a common given name of the language (the kind every lexicon holds) or an invented one,
and a surname invented by joining a stem to a regional ending, kept only when no word of hush's
lexicon is it. Deterministic (fixed seed), no input: python3 gen_tables7.py > data/tables7.json
"""
import random
import unicodedata

from gen_common import MONTHS, append_record, span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(15007)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

GIVEN = {
    "en": "Margaret Thomas Eleanor George Sophie Daniel Harriet Oliver Rachel Stuart Fiona Graham "
          "Bethany Colin Naomi Warren Abigail Dennis Lucy Rupert",
    "de": "Jürgen Ulrike Matthias Sabine Torsten Heike Dirk Anke Volker Silke Uwe Katrin Holger "
          "Birgit Jens Dagmar Rainer Petra Sven Claudia",
    "fr": "Élodie Benoît Camille Mathieu Sandrine Yannick Aurélie Sébastien Nathalie Gaëlle "
          "Olivier Mireille Laurent Solène Pascal Margaux Thierry Ludivine Cédric Agathe",
    "nl": "Sanne Joost Femke Bram Maaike Koen Anouk Thijs Lotte Ruud Esther Jeroen Marloes Sjoerd "
          "Ilse Wouter Fleur Gijs Nienke Maarten",
    "es": "Lucía Javier Marisol Iñaki Rocío Álvaro Nerea Gonzalo Pilar Rubén Ainhoa Sergio "
          "Montserrat Andrés Itziar Jaime Begoña Raúl Almudena Íñigo",
    "it": "Chiara Matteo Francesca Lorenzo Ilaria Davide Federica Stefano Martina Alessio "
          "Valentina Riccardo Silvia Emanuele Giulia Simone Elisa Massimo Serena Fabrizio",
    "pt": "João Inês Rui Beatriz Gonçalo Mariana Tiago Catarina Nuno Joana Duarte Rita Vasco "
          "Leonor Bruno Sofia Henrique Marta Diogo Filipa",
}
GIVEN = {k: v.split() for k, v in GIVEN.items()}
STEM = {
    "en": "Hart Brom Clay Fen Wick Thorn Ash Pell Mar Cob Tal Brack Hux Dun Sel Rook Wend Ploss",
    "de": "Ober Reit Kessel Brun Wald Hof Stein Feld Klau Sper Rieg Wend Loh Tratt Gmeid Hils",
    "fr": "Bel Mont Char Dela Roch Fav Gir Lam Vaud Bour Quen Sauv Tréb Lorv Pél Rivo",
    "nl": "Wes Hoog Kamp Bos Dijk Veen Stoel Ruit Mol Hend Brink Zeg Wolt Harm Kuip Tjal",
    "es": "Ech Garr Mend Arri Olav Zub Berr Cald Iturr Sarr Lezc Otam Ugar Alc Barr Ezp",
    "it": "Bran Cast Zan Frat Lun Pell Gual Sciar Tor Merl Ross Cap Ving Bert Lomb Cerr",
    "pt": "Barr Quint Card Teix Alv Mour Fag Cerq Loub Vasc Bot Pimp Rib Sarm Tav Godinh",
}
END = {
    "en": "ridge ley wood field ton ham sby well combe thwaite hurst ington",
    "de": "mayr huber bach mann ner inger hausen bichler eder leitner meier rieder",
    "fr": "ardière ignac ier eaux ot anne ville ousse enet aud ieux ac",
    "nl": "stra ema inga huis kamp ink horst enga sma ers beek ing",
    "es": "arría ieta iola oza ibar uela ibarri ueta illo ano ega arte",
    "it": "dolini ucci etti arotti ello ignani ugli occhi assi ini iero ozzi",
    "pt": "eiros anilha elo ão ouço alvo inho ães edo ilha ueira ado",
}
STEM = {k: v.split() for k, v in STEM.items()}
END = {k: v.split() for k, v in END.items()}
SYL = "ka lo ri ne ta mi so ve da li ro na be zu fe ol an ir".split()
PARTICLE = {"nl": ["van", "de", "van der", "van den"], "de": ["von"], "fr": ["de", "du"],
            "es": ["de"], "it": ["di", "de"], "pt": ["da", "dos"]}


def fold(w):
    return "".join(c for c in unicodedata.normalize("NFD", w)
                   if unicodedata.category(c) != "Mn").lower()


def surname(lg):
    for _ in range(60):
        w = R.choice(STEM[lg]) + R.choice(END[lg])
        if w.lower() not in LEX and fold(w) not in LEX:
            return w
    return w


def given(lg):
    if R.random() < 0.75:
        return R.choice(GIVEN[lg])
    for _ in range(60):
        w = "".join(R.choice(SYL) for _ in range(R.choice((2, 3))))
        w = w[0].upper() + w[1:]
        if w.lower() not in LEX:
            return w
    return w


def person(lg, form=None):
    """A full name in one of the forms a table or list writes."""
    g, s = given(lg), surname(lg)
    if lg in PARTICLE and R.random() < 0.2:
        s = R.choice(PARTICLE[lg]) + " " + s
    form = form or R.choice(["gs", "gs", "gs", "GS", "Sg", "g.s", "s,g"])
    if form == "gs":
        return f"{g} {s}"
    if form == "GS":
        return f"{g} {s}".upper()
    if form == "Sg":
        return f"{s.upper()} {g}"
    if form == "g.s":
        return f"{g[0]}. {s}"
    if form == "s,g":
        return f"{s}, {g}"
    if form == "G":
        return g
    if form == "S":
        return s
    raise ValueError(form)


def date(lg, y0=1940, y1=2026):
    y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
    f = R.choice(["iso", "dmy", "short", "text"])
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "short":
        return f"{d:02d}/{m:02d}"
    if f == "text" and lg != "en":
        return f"{d} {MONTHS[lg][m - 1][:3]}"
    sep = {"de": ".", "nl": "-"}.get(lg, "/")
    if lg == "en" and R.random() < 0.5:
        return f"{m:02d}/{d:02d}/{y}"
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def phone(lg):
    r = R.randint
    return R.choice({
        "en": [f"07{r(100, 999)} {r(100000, 999999)}", f"(0{r(11, 99)}) {r(100, 999)} {r(1000, 9999)}",
               f"{r(200, 989)}-{r(200, 999)}-{r(1000, 9999)}"],
        "de": [f"0{r(150, 179)} {r(1000000, 9999999)}", f"0{r(30, 89)}/{r(100000, 999999)}"],
        "fr": [f"0{r(6, 7)} {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
               f"0{r(1, 5)}.{r(10, 99)}.{r(10, 99)}.{r(10, 99)}.{r(10, 99)}"],
        "nl": [f"06 {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}", f"06-{r(10000000, 99999999)}",
               f"0{r(10, 79)} {r(100, 999)} {r(1000, 9999)}"],
        "es": [f"6{r(10, 99)} {r(100, 999)} {r(100, 999)}", f"9{r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}"],
        "it": [f"3{r(20, 49)} {r(100, 999)} {r(1000, 9999)}", f"0{r(2, 99)} {r(1000000, 9999999)}"],
        "pt": [f"9{r(10, 69)} {r(100, 999)} {r(100, 999)}", f"+351 2{r(10, 99)} {r(100, 999)} {r(100, 999)}"],
    }[lg])


def pad(s, w):
    return s + " " * max(2, w - len(s))


class Rec:
    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s

    def s(self, label, v):
        self.spans.append(span_at(self.text, label, v))
        self.text += v

    def done(self):
        append_record(RECORDS, self.text, self.spans, self.lg, self.cls)


RECORDS = []

INTRO = {
    "en": ["Here's the list from the office:", "Can you turn this into a spreadsheet?",
           "Summarise the table below.", "From the printout:", ""],
    "de": ["Hier die Liste vom Büro:", "Kannst du das in eine Tabelle umwandeln?",
           "Bitte die Tabelle zusammenfassen.", ""],
    "fr": ["Voici la liste du secrétariat :", "Peux-tu mettre ça dans un tableur ?",
           "Résume le tableau ci-dessous.", ""],
    "nl": ["Hier de lijst van kantoor:", "Kun je dit in een spreadsheet zetten?",
           "Vat de tabel hieronder samen.", ""],
    "es": ["Aquí va la lista de la oficina:", "¿Puedes pasar esto a una hoja de cálculo?",
           "Resume la tabla de abajo.", ""],
    "it": ["Ecco l'elenco dell'ufficio:", "Puoi trasformarlo in un foglio di calcolo?",
           "Riassumi la tabella qui sotto.", ""],
    "pt": ["Aqui está a lista do escritório:", "Consegues passar isto para uma folha de cálculo?",
           "Resume a tabela abaixo.", ""],
}
HEAD = {  # column titles of a fixed-width table: (first column, the others)
    "en": [("NAME", "START DATE  HOURS  CODE"), ("Employee", "Joined  Shift  Badge"),
           ("Member", "Since  Fee  No.")],
    "de": [("NAME", "EINTRITT  STD  KST"), ("Mitarbeiter", "Beginn  Std.  Nr."),
           ("Teilnehmer", "Datum  Betrag  Code")],
    "fr": [("NOM", "ENTRÉE  HEURES  CODE"), ("Salarié", "Arrivée  Heures  Badge")],
    "nl": [("NAAM", "DATUM  UREN  CODE"), ("Medewerker", "In dienst  Uren  Nr.")],
    "es": [("NOMBRE", "ALTA  HORAS  CÓD."), ("Socio", "Desde  Cuota  Nº")],
    "it": [("NOMINATIVO", "DATA  ORE  COD."), ("Dipendente", "Assunto  Ore  Matr.")],
    "pt": [("NOME", "ADMISSÃO  HORAS  CÓD."), ("Funcionário", "Entrada  Horas  Nº")],
}


def col_kinds():
    return R.sample(["date", "num", "code", "amount", "date"], R.randint(2, 3))


def other_cols(lg, kinds):
    cols = []
    for k in kinds:
        if k == "date":
            cols.append(date(lg, 2015, 2026))
        elif k == "num":
            cols.append(str(R.randint(1, 160)))
        elif k == "code":
            cols.append(R.choice(["A", "B", "K", "HR", "IT", "FIN"]) + "-" + str(R.randint(10, 999)))
        else:
            cols.append(f"{R.randint(10, 4999)}{R.choice(['.', ','])}{R.randint(0, 99):02d}")
    return "  ".join(pad(x, 12) for x in cols).rstrip()


NEG_CELLS = {
    "NEG_PRODUCT": ["Dishwasher Tabs", "Espresso Beans", "Oak Shelf", "USB Hub", "Garden Hose",
                    "Printer Toner", "Desk Lamp", "Coffee Grinder", "Wall Clock", "Yoga Mat",
                    "Steel Bottle", "Bike Lock", "Paper Towels", "Drill Bits"],
    "NEG_PLACE": ["Porto Alegre", "Santa Cruz", "Bad Homburg", "Saint-Malo", "Den Haag",
                  "San Sebastián", "Reggio Emilia", "Vila Real", "Palma", "Lausanne",
                  "Mons", "Lugano", "Faro", "Graz"],
    "NEG_ORG": ["Red Lions", "Blue Harriers", "FC Nordstern", "Olympique Sud", "SV Grenswerk",
                "Atlético Ría", "Aquile Blu", "Leões do Mar", "Northside Rovers", "Tigers U12"],
    "NEG_CODE": ["db-west-2", "web-prod-01", "SKU-44120", "cache-eu-3", "ART-0931", "lb-edge-7",
                 "INV-2291", "build-runner-5", "vm-backup-02", "PRT-118"],
}


def neg_label():
    return R.choice(list(NEG_CELLS))


def fixed_width(lg, neg):
    r = Rec(lg, "fixed_width" + ("_neg" if neg else ""))
    intro = R.choice(INTRO[lg])
    if intro:
        r.t(intro + "\n\n")
    form = R.choice(["gs", "GS", "GS", "Sg", "s,g"])
    w = R.choice([20, 24, 26, 30])
    kinds = col_kinds()
    label = neg_label()
    cells = R.sample(NEG_CELLS[label], R.randint(3, 5)) if neg else None
    if R.random() < 0.5:
        h0, h1 = R.choice(HEAD[lg]) if not neg else (
            {"NEG_PRODUCT": "ITEM", "NEG_PLACE": "CITY", "NEG_ORG": "TEAM", "NEG_CODE": "HOST"}[label],
            R.choice(HEAD[lg])[1])
        r.t(pad(h0, w) + h1 + "\n")
        if R.random() < 0.5:
            r.t("-" * (w + len(h1)) + "\n")
    for i in range(R.randint(3, 6)):
        if neg:
            v = cells[i % len(cells)]
            if form in ("GS", "Sg"):
                v = v.upper()
            r.s(label, v)
        else:
            v = person(lg, form)
            r.s("PERSON", v)
        r.t(" " * max(2, w - len(v)) + other_cols(lg, kinds) + "\n")
    r.done()


BIZ = {
    "en": ["Dr Patel's surgery", "Pizza Express", "Plumber (24h)", "School office", "Vet",
           "Taxi rank", "Dentist"],
    "de": ["Hausarzt Praxis", "Pizzeria Roma", "Schlüsseldienst", "Kita Sonnenschein",
           "Tierarzt", "Hausverwaltung"],
    "fr": ["Cabinet médical", "Pharmacie du Centre", "Plombier", "Mairie", "Garage Renault"],
    "nl": ["Huisartsenpost", "Tandarts", "Loodgieter", "Gemeente", "Fietsenmaker"],
    "es": ["Centro de salud", "Farmacia", "Fontanero", "Ayuntamiento", "Taller"],
    "it": ["Studio medico", "Farmacia comunale", "Idraulico", "Comune", "Officina"],
    "pt": ["Centro de saúde", "Farmácia", "Canalizador", "Junta de freguesia", "Oficina"],
}
PB_INTRO = {
    "en": ["Emergency contacts:", "Phone list (fridge):", "numbers for the rota", ""],
    "de": ["Telefonliste:", "Notfallnummern", "Nummern fürs Team", ""],
    "fr": ["Numéros utiles :", "Liste de contacts", ""],
    "nl": ["Telefoonlijst:", "Noodnummers", ""],
    "es": ["Teléfonos:", "Lista de contactos", ""],
    "it": ["Numeri utili:", "Rubrica", ""],
    "pt": ["Contactos:", "Lista de telefones", ""],
}


def phone_book(lg, neg):
    r = Rec(lg, "phone_book" + ("_neg" if neg else ""))
    intro = R.choice(PB_INTRO[lg])
    if intro:
        r.t(intro + "\n")
    sep = R.choice(["  ", "   ", "\t", "\t\t", " .......... ", " - ", ": "])
    form = R.choice(["gs", "gs", "GS", "Sg", "G"])
    pad_to = R.choice([0, 18, 22])
    biz = R.sample(BIZ[lg], len(BIZ[lg]))
    for i in range(R.randint(3, 6)):
        if neg and i < len(biz):
            v = biz[i]
            r.s("NEG_ORG", v)
        else:
            v = person(lg, form)
            r.s("PERSON", v)
        if pad_to and sep.strip() == "":
            r.t(" " * max(2, pad_to - len(v)))
        else:
            r.t(sep)
        r.s("PHONE_NUMBER", phone(lg))
        if R.random() < 0.25:
            r.t(R.choice([" (mobile)", " (home)", " mob.", " privat", " WhatsApp", " (after 6pm)"]))
        r.t("\n")
    r.done()


ROOMS = ["Meeting room B", "Board room", "Salle Lumière", "Sala Verde", "Team standup",
         "Private dining", "Terrace", "Kitchen tour"]


def bookings(lg, neg):
    r = Rec(lg, "bookings" + ("_neg" if neg else ""))
    kind = R.choice(["time", "room", "semi", "tab", "amp"])
    head = {"time": ["Reservations Saturday", "Reserveringen zaterdag", "Reservierungen Sa.",
                     "Réservations samedi soir", "Reservas sábado", "Prenotazioni sabato",
                     "Reservas sábado"],
            "room": ["Guest list", "Gästeliste", "Liste des clients", "Gastenlijst",
                     "Lista de huéspedes", "Ospiti", "Hóspedes"],
            "semi": [""], "tab": ["Rota"], "amp": ["Table plan", "Tischordnung", "Plan de table"]}
    h = R.choice(head[kind])
    if h:
        r.t(h + "\n")
    n = R.randint(3, 6)
    hh = R.randint(11, 20)
    for i in range(n):
        isneg = neg and i % 2 == 0
        if kind == "time":
            r.t(f"{hh + i // 2:02d}:{R.choice(['00', '15', '30', '45'])}  ")
            if isneg:
                r.s("NEG_TERM", R.choice(ROOMS))
            else:
                r.s("PERSON", person(lg, R.choice(["gs", "S", "S", "GS", "g.s"])))
            r.t(f"  x{R.randint(1, 9)}")
            if R.random() < 0.6:
                r.t("  | " + R.choice(["window", "terrace", "birthday", "high chair", "veg x2",
                                       "allergie noten", "Fenster", "terrasse", "cumpleaños"]))
            r.t("\n")
        elif kind == "room":
            if isneg:
                r.s("NEG_TERM", R.choice(["Maintenance", "Out of order", "Blocked", "Staff"]))
            else:
                r.s("PERSON", person(lg, R.choice(["gs", "GS", "Sg", "s,g"])))
            r.t(f" | {R.choice(['room', 'Zi.', 'ch.', 'kamer', 'hab.', 'camera', 'quarto'])} "
                f"{R.randint(1, 40)} | {date(lg, 2024, 2026)}-{date(lg, 2024, 2026)}\n")
        elif kind in ("semi", "tab"):
            sp = ";" if kind == "semi" else "\t"
            if isneg:
                r.s("NEG_CODE", R.choice(NEG_CELLS["NEG_CODE"]))
            else:
                r.s("PERSON", person(lg, R.choice(["gs", "Sg", "GS"])))
            r.t(f"{sp}{R.choice(['S1', 'S2', 'N', 'late', 'early', 'F'])}{sp}{date(lg)}\n")
        else:
            if isneg:
                r.s("NEG_ORG", R.choice(["Marks & Spencer", "Dolce & Gabbana", "Johnson & Johnson",
                                         "Procter & Gamble", "Black & Decker"]))
            else:
                r.s("PERSON", person(lg, R.choice(["gs", "G"])))
                r.t(" & ")
                r.s("PERSON", person(lg, R.choice(["gs", "G"])))
            r.t("\n")
    r.done()


POSTS = {
    "en": ["this still happens on 2.3", "same here, any workaround?", "lol", "can confirm",
           "anyone up for drinks friday?", "you free tonight?", "haha yes", "ok see you there"],
    "de": ["bei mir auch", "gibt es schon einen Fix?", "klingt gut", "bin dabei"],
    "fr": ["pareil chez moi", "quelqu'un a une solution ?", "ça marche", "avec plaisir"],
    "nl": ["hier ook", "is er al een oplossing?", "leuk!", "ik ben erbij"],
    "es": ["a mí también", "¿alguna solución?", "me apunto", "jaja vale"],
    "it": ["anche a me", "qualche soluzione?", "ci sto", "va bene"],
    "pt": ["aqui também", "alguma solução?", "bora", "combinado"],
}


def handle(name):
    p = fold(name).replace(",", "").replace(".", "").split()
    return R.choice([p[0] + p[-1][:3], p[0][0] + p[-1], p[-1] + str(R.randint(1, 99)),
                     p[0] + "_" + p[-1]])


def handles(lg, neg):
    r = Rec(lg, "handles" + ("_neg" if neg else ""))
    if R.random() < 0.5:
        r.t(R.choice(["Participants", "Reported by", "Assignees", "Reviewers", "Thread"]) + "\n")
        for i in range(R.randint(2, 4)):
            if neg and i == 0:
                r.s("NEG_PRODUCT", R.choice(["Dependabot", "Renovate Bot", "CI Runner",
                                             "Release Drafter"]))
                r.t(" (@" + R.choice(["dependabot", "renovate-bot", "ci-runner", "release-drafter"])
                    + ")")
            else:
                v = person(lg, "gs")
                r.s("PERSON", v)
                r.t(f" (@{handle(v)})")
            r.t(R.choice([" commented " + str(R.randint(2, 50)) + "h ago", "", " opened this issue",
                          " · " + date(lg)]) + "\n")
    else:
        for i in range(R.randint(3, 6)):
            if neg and i % 3 == 0:
                r.s("NEG_TERM", R.choice(["Update", "Note", "Reminder", "Edit", "Status"]))
            else:
                r.s("PERSON", person(lg, R.choice(["G", "G", "gs", "g.s"])))
            r.t(": " + R.choice(POSTS[lg]) + "\n")
    r.done()


BANK = {
    "en": ["transfer to", "payment to", "Faster Payment from", "SEPA credit from", "standing order"],
    "de": ["Überweisung an", "Gutschrift", "Dauerauftrag", "SEPA-Gutschrift von", "Lastschrift"],
    "fr": ["Virement de", "Virement à", "VIR SEPA", "Prélèvement"],
    "nl": ["Overboeking naar", "Overboeking van", "Tikkie van", "iDEAL betaling"],
    "es": ["Transferencia a", "Transferencia de", "Bizum de", "Bizum a"],
    "it": ["Bonifico a", "Bonifico da", "Giroconto da", "Ricarica"],
    "pt": ["Transferência para", "Transferência de", "MB Way de", "MB Way para"],
}
MERCHANT = ["AMAZON EU SARL", "STADTWERKE MUENCHEN", "ALBERT HEIJN", "MERCADONA", "NETFLIX.COM",
            "VODAFONE", "EDP COMERCIAL", "ENEL ENERGIA", "SAVINGS ACCOUNT", "TFL TRAVEL"]
ITEMS = {"en": ["Rent", "Groceries", "Electricity", "Internet", "Cleaner", "Pizza"],
         "de": ["Miete", "Einkauf", "Strom", "Internet", "Putzfrau"],
         "fr": ["Loyer", "Courses", "Électricité", "Box internet"],
         "nl": ["Huur", "Boodschappen", "Energie", "Internet"],
         "es": ["Alquiler", "Compra", "Luz", "Internet"],
         "it": ["Affitto", "Spesa", "Luce", "Internet"],
         "pt": ["Renda", "Compras", "Luz", "Internet"]}


def amount(sign=True):
    a = f"{R.randint(5, 1500)}{R.choice(['.', ','])}{R.randint(0, 99):02d}"
    return (R.choice(["-", "+"]) if sign else "") + a


def statements(lg, neg):
    r = Rec(lg, "statements" + ("_neg" if neg else ""))
    if R.random() < 0.6:
        for i in range(R.randint(3, 6)):
            r.t(date(lg, 2024, 2026) + "  ")
            verb = R.choice(BANK[lg])
            r.t(verb + " ")
            if neg and i % 2 == 0:
                r.s("NEG_ORG", R.choice(MERCHANT))
            else:
                r.s("PERSON", person(lg, R.choice(["GS", "GS", "Sg", "gs"])))
            r.t(" " * R.randint(2, 8) + amount() + R.choice(["", " EUR", " €"]) + "\n")
    else:
        for i in range(R.randint(2, 5)):
            it = R.choice(ITEMS[lg])
            if R.random() < 0.5:
                r.t(f"{it} {R.randint(20, 1200)} {R.choice(['–', '-', ':'])} ")
                r.s("PERSON", person(lg, "G"))
                r.t(" 50% / ")
                r.s("PERSON", person(lg, "G"))
                r.t(" 50%\n")
            else:
                r.t(f"{it.lower()} {R.randint(5, 90)} (")
                if neg:
                    r.s("NEG_ORG", R.choice(["Lidl", "Aldi", "Carrefour", "Jumbo", "Esselunga",
                                             "Pingo Doce", "Tesco"]))
                else:
                    r.s("PERSON", person(lg, "G"))
                r.t(")\n")
    r.done()


NOTICE = {
    "en": "Deaths this week:", "de": "Wir trauern um:", "fr": "Avis de décès :",
    "nl": "Overleden:", "es": "Esquelas:", "it": "Necrologi:", "pt": "Faleceram:",
}
OF = {"en": "of", "de": "aus", "fr": "de", "nl": "uit", "es": "de", "it": "di", "pt": "de"}
TOWNS = ["Kettlewick", "Oberfeld", "Saint-Rivoire", "Hoogeveld", "Villalba", "Castelmonte",
         "Vila Nova"]


def notices(lg, neg):
    r = Rec(lg, "notices" + ("_neg" if neg else ""))
    r.t(NOTICE[lg] + "\n")
    for i in range(R.randint(2, 5)):
        if neg and i == 0:
            r.s("NEG_PLACE", R.choice(["Route 66", "Terminal 2", "Gate 12", "Pier 39"]))
            r.t(f", {R.randint(1, 99)}, {R.choice(['closed', 'gesperrt', 'fermé', 'cerrado'])}\n")
            continue
        r.s("PERSON", person(lg, R.choice(["gs", "gs", "GS", "Sg"])))
        r.t(f", {R.randint(58, 101)}, {OF[lg]} {R.choice(TOWNS)}\n")
    r.done()


def main():
    makers = [fixed_width, fixed_width, phone_book, bookings, handles, statements, notices]
    for i in range(420):
        lg = LANGS[i % len(LANGS)]
        mk = makers[(i // len(LANGS)) % len(makers)]
        mk(lg, R.random() < 0.3)
    write_json(RECORDS)


if __name__ == "__main__":
    main()
