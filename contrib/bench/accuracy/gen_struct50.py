#!/usr/bin/env python3
"""gen_struct50.py: people in structured payloads, precision first (tune set; branch struct50,
written and committed before any detector or rewrite rule was read and before hush was run on
it). The twenty-second blind set's public brief names the shapes (its structured family read
PERSON 0.860 / 0.880, precision its weakest); this corpus writes the same shapes over other
domains: vet practice, gym members, library loans, car-sharing, boat hire, museum volunteers,
bakery orders, cemetery plots, sports club, parish register, choir, coworking desks, driving
school.

Every record is a request body of one of the four APIs (chat-completions, Responses, Anthropic,
Gemini; a third with \\uXXXX escapes): tool-call arguments and tool results escaped twice,
Anthropic tool_use input (native) and tool_result (a string), Gemini functionCall args and
functionResponse parts (native), a user's paste. Inside: JSON records, objects keyed by people
(`{"Ana Ruiz": {...}}`), arrays of arrays with and without a header row, CSV/TSV with odd headers
(abbreviated, in the record's language, none), key/value lists, Markdown tables, YAML, XML.
Phones are written as JSON numbers in a share of the JSON shapes; no-break spaces (U+00A0,
U+202F) stand inside some names, dates and phones.

Half the load is look-alikes in the same cells (NEG_ spans): pets and horses, plans, rooms named
after people, boats, dishes, courses, teams, book and music titles, firms in name-like columns;
cities, regions and countries in person-shaped cells (`Origin`, `Home club`); status words and
headers in capitals (`Status`, `Owner Team`, `Due Date`: NEG_HEADER, NEG_WORD); dates that are
not births (appointment, due, expiry, pickup: NEG_DATE); ids and versions (NEG_CODE,
NEG_VERSION). A record of class `neg:*` holds look-alikes only (its name column names things).

Languages: en de fr es it pt nl pl sv da fi cs hu tr ro el (Greek in its script); half the names
invented, a fifth of global origin. metadata: locale, class (`pos:shape` / `neg:shape`), family
(the domain), wrap (the body shape). Deterministic; Python stdlib only.

    python3 gen_struct50.py > data/struct50.json
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL7, END7, MONTHS, check_spans, invent_syllables, write_json  # noqa: E402

rng = random.Random(20261206 + 50)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs", "hu", "tr",
         "ro", "el"]
NBSP, NNBSP = "\u00a0", "\u202f"

REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Megan", "Gareth", "Emily", "Callum"],
           ["Ashworth", "Pemberton", "Brennan", "Whitfield", "Okafor", "Harding", "Clarke"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Hélène", "Jean-Luc"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Chevalier"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Inés"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Vidal"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Greco"]),
    "pt": (["João", "Beatriz", "Inês", "Tiago", "Mariana", "Rui", "Joana"],
           ["Silva", "Ferreira", "Costa", "Carvalho", "Rodrigues", "Pereira", "Almeida"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Jan"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zielińska", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "da": (["Mette", "Søren", "Freja", "Rasmus", "Ida", "Mikkel"],
           ["Jørgensen", "Nielsen", "Kjær", "Mortensen", "Østergaard", "Lund"]),
    "fi": (["Aino", "Juha", "Elina", "Mikko", "Sanna", "Tuomas"],
           ["Virtanen", "Mäkinen", "Korhonen", "Heikkinen", "Laaksonen", "Niemi"]),
    "cs": (["Tereza", "Jakub", "Lucie", "Ondřej", "Kateřina", "Jiří"],
           ["Novák", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý"]),
    "hu": (["Anna", "Gábor", "Zsófia", "László", "Eszter", "Bence"],
           ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Radu", "Bianca"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Gheorghiu", "Munteanu"]),
    "el": (["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Σοφία"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννη", "Βασιλείου"]),
}
GLOBAL = (["Chidi", "Amara", "Priya", "Arjun", "Wei", "Mei-Ling", "Hamza", "Fatima", "Kwame",
           "Yuki", "Thanh", "Oluwaseun", "Aigerim", "Rahul", "Nomvula", "Tenzin"],
          ["Okonkwo", "Raghunathan", "Zhang", "Haddad", "Mensah", "Takahashi", "Nguyen",
           "Adeyemi", "Nurlanovna", "Chatterjee", "Dlamini", "Wangchuk", "Bello", "Farouk"])
GLOBAL_SYL = (["ko", "ba", "ye", "mi", "tun", "ade", "zu", "ran", "shi", "ka", "nde", "lo"],
              ["ola", "emi", "unde", "wala", "ashi", "enga"])
SYL = dict(SYL7)
END = dict(END7)
SYL.update({"pl": ["szy", "mar", "bro", "wic", "kol", "dzie", "rze", "lan"],
            "sv": ["berg", "sjö", "lin", "dal", "strö", "hol", "ek", "vik"],
            "da": ["gaard", "holm", "bæk", "ske", "lun", "rø", "ved", "dal"],
            "fi": ["vir", "ta", "kor", "hei", "lah", "mä", "ni", "ko"],
            "cs": ["vla", "dě", "kře", "mir", "sla", "bo", "hru", "ze"],
            "hu": ["bo", "gyö", "ker", "szi", "lá", "mo", "ré", "zsa"],
            "tr": ["ka", "yıl", "dem", "er", "gül", "tan", "san", "öz"],
            "ro": ["vlă", "du", "mir", "co", "stă", "ră", "ghe", "tu"],
            "el": ["πα", "κο", "λα", "δη", "μη", "τρι", "νο", "στα", "χα", "ρι"]})
END.update({"pl": ["ski", "czyk", "wicz"], "sv": ["son", "ström", "qvist"],
            "da": ["sen", "gaard", "strup"], "fi": ["nen", "la", "mäki"],
            "cs": ["ák", "ová", "ek"], "hu": ["falvi", "házi", "os"], "tr": ["oğlu", "can", "er"],
            "ro": ["escu", "eanu", "aru"], "el": ["άκης", "όπουλος", "ίδης", "ίου"]})


def person():
    """(given, surname): a fifth of global origin; half of all names invented."""
    inv = rng.random() < 0.5
    if rng.random() < 0.2:
        if inv:
            return (invent_syllables(rng, GLOBAL_SYL[0], GLOBAL_SYL[1], False),
                    invent_syllables(rng, GLOBAL_SYL[0], GLOBAL_SYL[1], True))
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    lg = CUR[0]
    if inv:
        return (invent_syllables(rng, SYL[lg], END[lg], False),
                invent_syllables(rng, SYL[lg], END[lg], True))
    return rng.choice(REAL[lg][0]), rng.choice(REAL[lg][1])


CUR = ["en"]  # the record's language


def whole(g, s):
    """A whole name as a cell writes it: mostly `Given Surname`, some `Surname, Given`,
    capitals, a no-break space; Hungarian surname first."""
    lg = CUR[0]
    if lg == "hu":
        return s + " " + g
    r = rng.random()
    if r < 0.6:
        return g + (NBSP if rng.random() < 0.12 else " ") + s
    if r < 0.8:
        return s + ", " + g
    if r < 0.9:
        return s.upper() + " " + g
    return g[0] + ". " + s


def birth():
    y, m, d = rng.randint(1938, 2018), rng.randint(1, 12), rng.randint(1, 28)
    lg = CUR[0]
    r = rng.random()
    if r < 0.3:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.4 and lg in MONTHS:
        sp = NNBSP if lg == "fr" else (NBSP if rng.random() < 0.5 else " ")
        return "%d%s%s%s%d" % (d, sp, MONTHS[lg][m - 1], sp, y)
    if lg == "en":
        return "%02d/%02d/%d" % (m, d, y)
    if lg in ("sv", "fi", "hu", "da"):
        return {"sv": "%d-%02d-%02d" % (y, m, d), "fi": "%d.%d.%d" % (d, m, y),
                "hu": "%d. %02d. %02d." % (y, m, d), "da": "%02d-%02d-%d" % (d, m, y)}[lg]
    if lg in ("de", "pl", "tr", "cs", "ro"):
        return "%02d.%02d.%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def other_date():
    y, m, d = rng.randint(2021, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y),
                       "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02dT%02d:%02d:00Z" % (
                           y, m, d, rng.randint(7, 19), rng.choice((0, 15, 30, 45)))])


CC = {"en": "44", "de": "49", "fr": "33", "es": "34", "it": "39", "pt": "351", "nl": "31",
      "pl": "48", "sv": "46", "da": "45", "fi": "358", "cs": "420", "hu": "36", "tr": "90",
      "ro": "40", "el": "30"}


def phone_digits():
    return CC[CUR[0]] + "".join(str(rng.randint(0, 9)) for _ in range(9))


def phone_text():
    d = phone_digits()
    cc = CC[CUR[0]]
    rest = d[len(cc):]
    sep = rng.choice([" ", " ", NBSP, NNBSP, "-"])
    return "+" + cc + sep + rest[:3] + sep + rest[3:6] + sep + rest[6:]


STREETS = {"en": "Quarry Lane", "de": "Lindenweg", "fr": "rue des Lilas", "es": "Calle Mayor",
           "it": "Via Garibaldi", "pt": "Rua Augusta", "nl": "Dorpsstraat", "pl": "ul. Polna",
           "sv": "Storgatan", "da": "Vestergade", "fi": "Mannerheimintie", "cs": "Husova",
           "hu": "Petőfi utca", "tr": "Atatürk Caddesi", "ro": "Strada Lipscani",
           "el": "οδός Ερμού"}


def street():
    s, n = STREETS[CUR[0]], str(rng.randint(2, 140))
    return (n + " " + s) if CUR[0] in ("en", "fr") else (s + " " + n)


# ---- the labels of this corpus's columns, per language -------------------------------------------
# name, given, surname, birth, phone, street; then abbreviated forms
HEAD = {
    "en": ("Name", "First name", "Last name", "Date of birth", "Phone", "Address"),
    "de": ("Name", "Vorname", "Nachname", "Geburtsdatum", "Telefon", "Anschrift"),
    "fr": ("Nom complet", "Prénom", "Nom", "Date de naissance", "Téléphone", "Adresse"),
    "es": ("Nombre", "Nombre de pila", "Apellidos", "Fecha de nacimiento", "Teléfono", "Dirección"),
    "it": ("Nominativo", "Nome", "Cognome", "Data di nascita", "Telefono", "Indirizzo"),
    "pt": ("Nome completo", "Nome", "Apelido", "Data de nascimento", "Telemóvel", "Morada"),
    "nl": ("Naam", "Voornaam", "Achternaam", "Geboortedatum", "Telefoon", "Adres"),
    "pl": ("Imię i nazwisko", "Imię", "Nazwisko", "Data urodzenia", "Telefon", "Adres"),
    "sv": ("Namn", "Förnamn", "Efternamn", "Födelsedatum", "Telefon", "Adress"),
    "da": ("Navn", "Fornavn", "Efternavn", "Fødselsdato", "Telefon", "Adresse"),
    "fi": ("Nimi", "Etunimi", "Sukunimi", "Syntymäaika", "Puhelin", "Osoite"),
    "cs": ("Jméno a příjmení", "Jméno", "Příjmení", "Datum narození", "Telefon", "Adresa"),
    "hu": ("Név", "Utónév", "Vezetéknév", "Születési dátum", "Telefon", "Lakcím"),
    "tr": ("Ad Soyad", "Ad", "Soyad", "Doğum tarihi", "Telefon", "Adres"),
    "ro": ("Nume complet", "Prenume", "Nume", "Data nașterii", "Telefon", "Adresă"),
    "el": ("Ονοματεπώνυμο", "Όνομα", "Επώνυμο", "Ημερομηνία γέννησης", "Τηλέφωνο", "Διεύθυνση"),
}
ABBR = {"en": ("Nm", "Fst", "Lst", "DOB", "Tel", "Addr"),
        "de": ("Name", "Vorn.", "Nachn.", "Geb.", "Tel.", "Adr."),
        "fr": ("Nom", "Pr.", "Nom fam.", "DDN", "Tél.", "Adr."),
        "es": ("Nom.", "Nomb.", "Apell.", "F. Nac.", "Tlf.", "Dir."),
        "it": ("Nom.", "N.", "Cogn.", "D.N.", "Tel.", "Ind."),
        "pt": ("Nome", "Pr.", "Apel.", "D.N.", "Tlm.", "Mor."),
        "nl": ("Nm.", "Vnm.", "Anm.", "Geb.", "Tel.", "Adr."),
        "pl": ("Os.", "Im.", "Nazw.", "Ur.", "Tel.", "Adr."),
        "el": ("Ονομ.", "Όν.", "Επών.", "Ημ. γέν.", "Τηλ.", "Διεύθ.")}


def heads():
    """(name, given, surname, birth, phone, street) in the record's language, abbreviated now
    and then, as keys in English snake case at times."""
    lg = CUR[0]
    r = rng.random()
    if r < 0.25 and lg in ABBR:
        return ABBR[lg]
    if r < 0.45:
        return ("full_name", "first_name", "last_name", "dob", "phone", "address")
    if r < 0.55:
        return ("NAME", "FIRST", "LAST", "BIRTHDATE", "PHONE", "ADDRESS")
    return HEAD[lg]


# ---- domains: the person's role, and the look-alike columns beside it --------------------------
# role (the column that names the person), thing column, its values and label, date column that
# is not a birth, an id column and its form, statuses; "named" the thing column as "Name" holds.
DOMAINS = {
    "vet": ("Owner", "Patient", "NEG_PET",
            ["Bella", "Charlie", "Max", "Luna", "Oscar", "Molly", "Toby", "Rosie", "Duchess",
             "Sir Barkley", "Milo", "Lady Grey", "Fritz", "Bruno", "Nala", "Pepper"],
            "Appointment", "Chip", lambda: "9810%011d" % rng.randint(0, 10 ** 11 - 1),
            ["BOOKED", "Checked In", "No Show", "Paid"]),
    "gym": ("Member", "Plan", "NEG_PRODUCT",
            ["Premium Plus", "Flex Annual", "Student Off-Peak", "Gold Family", "Basic",
             "Silver Duo", "Corporate Max", "Day Pass"],
            "Expiry", "Member ID", lambda: "GM-%05d" % rng.randint(1, 99999),
            ["ACTIVE", "Frozen", "Lapsed", "Pending"]),
    "library": ("Borrower", "Title", "NEG_WORK",
                ["Oliver Twist", "Jane Eyre", "Anna Karenina", "Emma", "Madame Bovary",
                 "The Silent Sea", "David Copperfield", "Don Quijote", "Pippi Långstrump",
                 "Effi Briest", "Harry Potter", "Moby Dick"],
                "Due Date", "Barcode", lambda: "3%013d" % rng.randint(0, 10 ** 13 - 1),
                ["ON LOAN", "Overdue", "Returned", "Reserved"]),
    "carshare": ("Driver", "Vehicle", "NEG_PRODUCT",
                 ["Renault Zoe", "Fiat Panda", "Tesla Model 3", "Toyota Yaris", "Nissan Leaf",
                  "Opel Corsa", "Kia Ceed", "Skoda Fabia", "Seat Leon", "VW Polo"],
                 "Booking", "Plate", lambda: "%s-%s %d" % (
                     rng.choice(["B", "HH", "M", "K"]), rng.choice(["AB", "XY", "CS", "EV"]),
                     rng.randint(100, 9999)), ["Confirmed", "CANCELLED", "In Use", "Done"]),
    "boat": ("Hirer", "Boat", "NEG_SHIP",
             ["Lady Grace", "Santa Maria", "Anna Lena", "Sea Breeze", "Queen Mary", "Vera Cruz",
              "Maria Luisa", "Blue Heron", "Stella Maris", "Saint Christopher"],
             "Hire Date", "Berth", lambda: "B-%02d" % rng.randint(1, 60),
             ["Out", "Returned", "RESERVED", "Deposit Due"]),
    "museum": ("Volunteer", "Room", "NEG_PLACE",
               ["Rembrandt Room", "Van Gogh Wing", "Goya Gallery", "Hall B", "Curie Lab",
                "Vermeer Cabinet", "Rubens Hall", "Garden Court", "Ada Lovelace Room"],
               "Shift", "Badge", lambda: "V%04d" % rng.randint(1, 9999),
               ["Confirmed", "SWAP REQUESTED", "Trained", "On Leave"]),
    "bakery": ("Customer", "Item", "NEG_DISH",
               ["Sachertorte", "Pain au chocolat", "Princess Cake", "Black Forest",
                "Victoria Sponge", "Madeleine", "Charlotte Russe", "Pavlova", "Pastel de Nata",
                "Baklava", "Kanelbulle", "Dobos Torta"],
               "Pickup", "Order", lambda: "ORD-%06d" % rng.randint(1, 999999),
               ["PAID", "Ready", "Collected", "Deposit"]),
    "cemetery": ("Plot Holder", "Section", "NEG_PLACE",
                 ["St. Michael Section", "Rose Garden", "Row C", "Old Chapel Field",
                  "Field of Remembrance", "St. Anne Lawn", "Woodland Glade"],
                 "Lease Expiry", "Plot", lambda: "%s-%03d" % (rng.choice("ABCDEF"),
                                                              rng.randint(1, 400)),
                 ["Leased", "RENEWAL DUE", "Vacant", "Reserved"]),
    "sports": ("Player", "Team", "NEG_TEAM",
               ["Under-14 Blue", "Veterans", "Red Lions", "Ladies First XI", "Juniors B",
                "Old Boys", "Mixed Masters", "Sunday League"],
               "Registered", "Licence", lambda: "LIC-%07d" % rng.randint(1, 9999999),
               ["Eligible", "SUSPENDED", "Injured", "Pending"]),
    "parish": ("Baptised", "Church", "NEG_PLACE",
               ["St. Mary Magdalene", "San José", "Sankt Peter", "Santa Teresa",
                "Saint-Étienne", "San Lorenzo", "St. Francis Xavier", "Agios Nikolaos"],
               "Baptism", "Entry", lambda: "%d/%03d" % (rng.randint(1990, 2024),
                                                        rng.randint(1, 300)),
               ["Recorded", "CERTIFIED", "Copy Issued", "Amended"]),
    "choir": ("Singer", "Piece", "NEG_WORK",
              ["Ave Maria", "Messiah", "Carmina Burana", "Jerusalem", "Stabat Mater",
               "Hallelujah", "Danny Boy", "Amazing Grace", "Johannes-Passion"],
              "Rehearsal", "Folder", lambda: "F%03d" % rng.randint(1, 300),
              ["Soprano", "ALTO", "Tenor", "Bass"]),
    "cowork": ("Member", "Room", "NEG_PLACE",
               ["Room Ada", "Meeting Room Turing", "Hopper Suite", "Grace Lounge",
                "Marie Curie Room", "Lovelace Booth", "Tesla Pod", "Booth 4"],
               "Booked For", "Desk", lambda: "D-%02d" % rng.randint(1, 80),
               ["Hot Desk", "FIXED", "Private Office", "Virtual"]),
    "driving": ("Student", "Course", "NEG_PRODUCT",
                ["Class B Intensive", "Motorway Module", "Pass Plus", "Night Driving",
                 "Refresher", "Automatic Starter", "Theory Crash"],
                "Exam Date", "Ref", lambda: "DS%05d" % rng.randint(1, 99999),
                ["Booked", "PASSED", "Failed", "Deferred"]),
}
DOMAIN_KEYS = list(DOMAINS)
FIRMS = ["Müller & Söhne GmbH", "Johnson Matthey", "Boulangerie Martin SARL", "Peugeot Motocycles",
         "Van den Berg BV", "Ferrari S.p.A.", "Hansen & Co. ApS", "Marks & Spencer", "Gómez Hnos. SL"]
PLACES = ["Santa Clara", "San Marino", "Victoria", "Florence", "Charlotte", "Adelaide",
          "Saint-Denis", "Port Elizabeth", "Georgia", "Santiago", "Alexandria", "Lourdes",
          "Bad Homburg", "Den Haag", "Kraków", "Thessaloniki", "Jönköping", "Tampere"]
ORIGIN_HEAD = ["Origin", "Home club", "Branch", "Region", "From", "Country", "Herkunft", "Ville"]
VERSIONS = ["v2.3.1", "1.4.0-rc2", "schema 3.2", "v10.0.4"]


def enc_key(label, v):
    return (label, v)


class Num:
    """A JSON number written as its digits, labelled (a phone as a number)."""

    def __init__(self, label, v):
        self.label, self.v = label, v


# ---- pieces of text with spans (gen_keys49.py's plumbing) ----------------------------------------
class P:
    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        if not label:
            return self.t(v)
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


class J:
    """A JSON document with labelled strings: a value or key given as (label, text) becomes a
    span on the string's characters (without its quotes)."""

    def __init__(self, style):
        self.p = P()
        self.style = style  # "pretty", "line", "compact"

    def write(self, obj, level=0):
        p = self.p
        if isinstance(obj, tuple):
            p.t('"')
            p.s(obj[0], esc(obj[1], False))
            p.t('"')
        elif isinstance(obj, Num):
            p.s(obj.label, obj.v)
        elif isinstance(obj, str):
            p.t(json.dumps(obj, ensure_ascii=False))
        elif isinstance(obj, list):
            self.seq("[", "]", [(None, x) for x in obj], level, inline=all(
                not isinstance(x, (list, dict)) for x in obj))
        elif isinstance(obj, dict):
            self.seq("{", "}", list(obj.items()), level)
        else:
            p.t(json.dumps(obj))

    def seq(self, open_, close, items, level, inline=False):
        p = self.p
        p.t(open_)
        pretty = self.style == "pretty" and not inline
        for k, (key, val) in enumerate(items):
            if k:
                p.t("," if self.style == "compact" or pretty else ", ")
            if pretty:
                p.t("\n" + "  " * (level + 1))
            if key is not None:
                self.write(key if isinstance(key, tuple) else (None, key), level + 1)
                p.t(":" if self.style == "compact" else ": ")
            self.write(val, level + 1)
        if pretty and items:
            p.t("\n" + "  " * level)
        p.t(close)


def cat(a, b, sep="\n"):
    out = P().t(a.text)
    out.spans = list(a.spans)
    if a.text:
        out.t(sep)
    base = len(out.text)
    out.text += b.text
    for s in b.spans:
        out.spans.append(dict(s, start_position=s["start_position"] + base,
                              end_position=s["end_position"] + base))
    return out


MARK = "@@DOC%d@@"
RAWMARK = "@@RAW%d@@"


def place(body, piece, ascii_):
    """The marker in body replaced by the piece: MARK inside a JSON string (escaped once),
    "RAWMARK" with its quotes by the piece as native JSON. Spans move to the bytes that hold
    them."""
    def a(s):
        return "".join(ch if ord(ch) < 128 else json.dumps(ch)[1:-1] for ch in s) if ascii_ else s
    raw = '"' + RAWMARK % 0 + '"'
    if raw in body:
        m, conv = raw, a
    else:
        m, conv = MARK % 0, (lambda s: esc(s, ascii_))
    assert body.count(m) == 1, m
    at = body.index(m)
    out = body[:at] + conv(piece.text) + body[at + len(m):]
    spans = []
    for s in piece.spans:
        off = at + len(conv(piece.text[:s["start_position"]]))
        n = len(conv(s["entity_value"]))
        spans.append(dict(s, entity_value=out[off:off + n], start_position=off,
                          end_position=off + n))
    return out, spans


ASK = {"en": "Can you check these records and flag anything missing?",
       "de": "Kannst du die Einträge prüfen und fehlende Angaben markieren?",
       "fr": "Peux-tu vérifier ces fiches et signaler ce qui manque ?",
       "es": "¿Puedes revisar estos registros y marcar lo que falte?",
       "it": "Puoi controllare questi record e segnalare cosa manca?",
       "pt": "Podes verificar estes registos e assinalar o que falta?",
       "nl": "Kun je deze gegevens nakijken en aangeven wat ontbreekt?",
       "pl": "Możesz sprawdzić te wpisy i zaznaczyć braki?",
       "sv": "Kan du kontrollera posterna och markera det som saknas?",
       "da": "Kan du tjekke posterne og markere det, der mangler?",
       "fi": "Voitko tarkistaa nämä tiedot ja merkitä puuttuvat?",
       "cs": "Můžeš zkontrolovat tyto záznamy a označit, co chybí?",
       "hu": "Át tudnád nézni ezeket a rekordokat, és jelölni, mi hiányzik?",
       "tr": "Bu kayıtları kontrol edip eksikleri işaretler misin?",
       "ro": "Poți verifica aceste înregistrări și marca ce lipsește?",
       "el": "Μπορείς να ελέγξεις αυτές τις εγγραφές και να σημειώσεις τι λείπει;"}
TOOLS = {"vet": "vet_db", "gym": "members_api", "library": "ils_lookup", "carshare": "fleet",
         "boat": "hire_log", "museum": "rota", "bakery": "orders", "cemetery": "plots",
         "sports": "club_reg", "parish": "register", "choir": "choir_roster",
         "cowork": "desk_api", "driving": "school_crm"}
WRAPS = ["oai_tool", "tool_args", "anth_tool_use", "anth_tool_str", "gemini_call",
         "gemini_fr", "resp_output", "user_paste", "resp_args"]
TEXT_WRAPS = ["oai_tool", "tool_args_text", "anth_tool_str", "gemini_fr_text", "resp_output",
              "user_paste", "anth_user_text", "gemini_text"]


def body_of(wrap, i, dom, native):
    """A request body with one marker: RAWMARK (native JSON) or MARK (inside a string)."""
    lg = CUR[0]
    tool = TOOLS[dom]
    call = "call_%04d" % (5000 + i)
    slot = RAWMARK % 0 if native else MARK % 0
    if wrap == "oai_tool":
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps({"page": 1 + i % 3})}}]},
            {"role": "tool", "tool_call_id": call, "content": slot}]}
    if wrap in ("tool_args", "tool_args_text"):
        return {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "save_" + tool, "arguments": slot}}]},
            {"role": "tool", "tool_call_id": call, "content": "{\"ok\":true}"}]}
    if wrap == "resp_args":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": ASK[lg]},
            {"type": "function_call", "call_id": call, "name": "save_" + tool,
             "arguments": slot},
            {"type": "function_call_output", "call_id": call, "output": "saved"}]}
    if wrap == "anth_tool_use":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": "save_" + tool,
                 "input": slot}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": "saved"}]}]}
    if wrap == "anth_tool_str":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool,
                 "input": {"page": 1}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": slot}]}]}
    if wrap == "anth_user_text":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": "Be concise.",
                "messages": [{"role": "user", "content": [
                    {"type": "text", "text": ASK[lg]}, {"type": "text", "text": slot}]}]}
    if wrap == "gemini_call":
        return {"contents": [
            {"role": "user", "parts": [{"text": ASK[lg]}]},
            {"role": "model", "parts": [{"functionCall": {"name": "save_" + tool,
                                                          "args": slot}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": "save_" + tool,
                                                             "response": {"ok": True}}}]}]}
    if wrap in ("gemini_fr", "gemini_fr_text"):
        return {"contents": [
            {"role": "user", "parts": [{"text": ASK[lg]}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"q": "*"}}}]},
            {"role": "user", "parts": [{"functionResponse": {
                "name": tool, "response": slot if native else {"content": slot}}}]}]}
    if wrap == "gemini_text":
        return {"contents": [{"role": "user", "parts": [{"text": ASK[lg]}, {"text": slot}]}],
                "generationConfig": {"temperature": 0.1}}
    if wrap == "resp_output":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": ASK[lg]},
            {"type": "function_call", "call_id": call, "name": tool, "arguments": "{}"},
            {"type": "function_call_output", "call_id": call, "output": slot}]}
    if wrap == "user_paste":
        return {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You help a small office with its records."},
            {"role": "user", "content": slot}]}
    raise ValueError(wrap)


def emit(piece, i, cls, dom, wrap, native):
    ascii_ = i % 3 == 0
    if wrap in ("user_paste", "anth_user_text", "gemini_text") and not native:
        piece = cat(P().t(ASK[CUR[0]]), piece, "\n\n") if wrap == "user_paste" else piece
    body = json.dumps(body_of(wrap, i, dom, native), ensure_ascii=ascii_,
                      separators=(",", ":") if i % 4 == 1 else None)
    text, spans = place(body, piece, ascii_)
    check_spans(text, spans)
    json.loads(text)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": CUR[0], "class": cls, "family": dom, "wrap": wrap}})


# ---- tables: columns, rows and cells -------------------------------------------------------------
SECOND = {"vet": "Vet", "gym": "Trainer", "library": "Librarian", "carshare": "Co-driver",
          "boat": "Skipper", "museum": "Supervisor", "bakery": "Taken by", "cemetery": "Deceased",
          "sports": "Coach", "parish": "Godparent", "choir": "Section Leader",
          "cowork": "Host", "driving": "Instructor"}


def maybe_head(h):
    """A header cell: capitalised header words are look-alikes now and then (NEG_HEADER)."""
    return ("NEG_HEADER" if rng.random() < 0.35 else None, h)


def pos_columns(dom):
    """[(header, kind)] of a table about people of the domain."""
    role, thing, _, _, odate, idh, _, _ = DOMAINS[dom]
    hn, hg, hs, hb, hp, ha = heads()
    cols = []
    if rng.random() < 0.35:
        cols += [(hg, "given"), (hs, "surname")]
    else:
        cols.append((rng.choice([role, role, hn]), "name"))
    if rng.random() < 0.75:
        cols.append((hb, "dob"))
    if rng.random() < 0.55:
        cols.append((hp, "phone"))
    if rng.random() < 0.2:
        cols.append((ha, "street"))
    cols.append((thing, "thing"))
    if rng.random() < 0.7:
        cols.append((odate, "odate"))
    if rng.random() < 0.6:
        cols.append((idh, "id"))
    if rng.random() < 0.5:
        cols.append(("Status", "status"))
    if rng.random() < 0.3:
        cols.append((rng.choice(ORIGIN_HEAD), "origin"))
    if rng.random() < 0.25:
        cols.append((SECOND[dom], "person2"))
    if rng.random() < 0.15:
        cols.append(("Supplier" if dom == "bakery" else "Sponsor", "firm"))
    keep = cols[:2]
    rest = cols[2:]
    rng.shuffle(rest)
    return keep + rest if rng.random() < 0.7 else rest[:1] + keep + rest[1:]


def neg_columns(dom):
    """A table of the domain's things: its name column names things, beside dates that are not
    births, ids, statuses, places, firms and versions."""
    _, thing, _, _, odate, idh, _, _ = DOMAINS[dom]
    cols = [(rng.choice(["Name", "NAME", "name", thing]), "thing")]
    extra = [(odate, "odate"), (idh, "id"), ("Status", "status"),
             (rng.choice(ORIGIN_HEAD), "origin"), ("Owner Team", "team"),
             (rng.choice(["Supplier", "Vendor", "Maker"]), "firm"), ("Schema", "version"),
             ("Updated", "odate2")]
    cols += rng.sample(extra, rng.randint(3, 5))
    return cols


TEAMS = ["Front Desk", "Ops Team", "Membership", "Finance", "Volunteers Committee",
         "Grounds Crew", "Youth Section"]


def cell(dom, kind, who, native):
    """(label, value) or Num of one cell; who is the row's (given, surname)."""
    _, _, tlab, things, _, _, idf, stat = DOMAINS[dom]
    g, s = who
    if kind == "name":
        return ("PERSON", whole(g, s))
    if kind == "given":
        return ("PERSON", g)
    if kind == "surname":
        return ("PERSON", s.upper() if rng.random() < 0.15 else s)
    if kind == "person2":
        return ("PERSON", whole(*person()))
    if kind == "dob":
        return ("DATE_OF_BIRTH", birth())
    if kind == "phone":
        if native and rng.random() < 0.6:
            return Num("PHONE_NUMBER", phone_digits())
        return ("PHONE_NUMBER", phone_text())
    if kind == "street":
        return ("STREET_ADDRESS", street())
    if kind == "thing":
        return (tlab, rng.choice(things))
    if kind in ("odate", "odate2"):
        return ("NEG_DATE", other_date())
    if kind == "id":
        return ("NEG_CODE", idf())
    if kind == "status":
        return ("NEG_WORD", rng.choice(stat))
    if kind == "origin":
        return ("NEG_PLACE", rng.choice(PLACES))
    if kind == "firm":
        return ("NEG_ORG", rng.choice(FIRMS))
    if kind == "team":
        return ("NEG_TEAM", rng.choice(TEAMS))
    if kind == "version":
        return ("NEG_VERSION", rng.choice(VERSIONS))
    raise ValueError(kind)


def table(dom, neg, native):
    cols = neg_columns(dom) if neg else pos_columns(dom)
    n = rng.randint(2, 5)
    rows = []
    for _ in range(n):
        who = person()
        rows.append([cell(dom, k, who, native) for (_, k) in cols])
    return cols, rows


def text_of(c):
    return c.v if isinstance(c, Num) else c[1]


def as_str(c):
    return (c.label, c.v) if isinstance(c, Num) else c


# ---- shapes ---------------------------------------------------------------------------------------
def sh_records(dom, neg, native, style):
    cols, rows = table(dom, neg, native)
    recs = [{h: c for (h, _), c in zip(cols, r)} for r in rows]
    r = rng.random()
    if r < 0.4:
        obj = recs
    elif r < 0.7:
        obj = {"count": len(recs), "records": recs, "next_page": None}
    else:
        obj = {TOOLS[dom]: {"version": ("NEG_VERSION", rng.choice(VERSIONS)), "items": recs}}
    j = J(style)
    j.write(obj)
    return j.p


def sh_keyed(dom, neg, native, style):
    """An object keyed by people (`{"Ana Ruiz": {...}}`), or by things when neg."""
    cols, rows = table(dom, neg, native)
    obj = {}
    for r in rows:
        key, rest = r[0], list(zip(cols[1:], r[1:]))
        if cols[0][1] == "given":  # both halves of the name in the key
            key = ("PERSON", text_of(r[0]) + " " + text_of(r[1]))
            rest = rest[1:]
        obj[as_str(key)] = {h: c for (h, _), c in rest}
    top = rng.choice([None, DOMAINS[dom][0].lower() + "s", "data", "by_name"])
    j = J(style)
    j.write({top: obj} if top else obj)
    return j.p


def sh_arrays(dom, neg, native, style):
    """Arrays of arrays: with a header row, under a `values` key, or bare."""
    cols, rows = table(dom, neg, native)
    vals = ([[maybe_head(h) for h, _ in cols]] if rng.random() < 0.5 else []) + rows
    r = rng.random()
    obj = ({"range": "Sheet1!A1:%s%d" % ("ABCDEFGHIJ"[len(cols) - 1], len(vals)),
            "majorDimension": "ROWS", "values": vals} if r < 0.5 else vals)
    j = J(style)
    j.write(obj)
    return j.p


def sh_sep(dom, neg):
    """CSV, TSV or semicolon lines: header full, abbreviated, in capitals, or none."""
    cols, rows = table(dom, neg, False)
    sep = rng.choice([",", ";", "\t", "|"])
    p = P()
    r = rng.random()
    if r < 0.75:
        for k, (h, _) in enumerate(cols):
            p.t(sep if k else "")
            lab, hv = maybe_head(h.upper() if r < 0.2 else h)
            p.s(lab, hv)
        p.t("\n")
    for row in rows:
        for k, c in enumerate(row):
            p.t(sep if k else "")
            lab, v = as_str(c)
            q = '"' if sep in v else ""
            p.t(q).s(lab, v).t(q)
        p.t("\n")
    return p


def sh_kv(dom, neg):
    cols, rows = table(dom, neg, False)
    p = P()
    colon = rng.choice([": ", " = ", ":\t", " - "])
    for n, row in enumerate(rows):
        if n:
            p.t(rng.choice(["\n", "---\n", "\n#%d\n" % (n + 1)]))
        for (h, _), c in zip(cols, row):
            lab, hv = maybe_head(h)
            lab2, v = as_str(c)
            p.s(lab, hv).t(colon).s(lab2, v).t("\n")
    return p


def sh_md(dom, neg):
    cols, rows = table(dom, neg, False)
    p = P().t("| ")
    for k, (h, _) in enumerate(cols):
        lab, hv = maybe_head(h)
        p.t(" | " if k else "").s(lab, hv)
    p.t(" |\n|" + "|".join("---" for _ in cols) + "|\n")
    for row in rows:
        p.t("| ")
        for k, c in enumerate(row):
            lab, v = as_str(c)
            p.t(" | " if k else "").s(lab, v)
        p.t(" |\n")
    return p


def key_of(h):
    return "".join(ch if ch.isalnum() else "_" for ch in h.lower()).strip("_") or "x"


def sh_yaml(dom, neg):
    cols, rows = table(dom, neg, False)
    p = P().t(DOMAINS[dom][0].lower().replace(" ", "_") + "s:\n" if not neg else "items:\n")
    for row in rows:
        for k, ((h, _), c) in enumerate(zip(cols, row)):
            lab, v = as_str(c)
            q = '"' if (":" in v or v[:1].isdigit() and "-" not in v[:5]) else ""
            p.t("  - " if k == 0 else "    ").t(key_of(h) + ": ").t(q).s(lab, v).t(q + "\n")
    return p


def xml_esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;")


def sh_xml(dom, neg):
    cols, rows = table(dom, neg, False)
    tag = DOMAINS[dom][1 if neg else 0].lower().replace(" ", "")
    p = P().t('<?xml version="1.0" encoding="UTF-8"?>\n<%ss>\n' % tag)
    for row in rows:
        attr = rng.random() < 0.3
        p.t("  <%s" % tag)
        body = []
        for (h, _), c in zip(cols, row):
            k = key_of(h)
            lab, v = as_str(c)
            if attr and len(body) == 0:
                p.t(' %s="' % k).s(lab, xml_esc(v)).t('"')
                body.append(None)
                continue
            body.append((k, lab, v))
        p.t(">\n")
        for b in body:
            if b:
                p.t("    <%s>" % b[0]).s(b[1], xml_esc(b[2])).t("</%s>\n" % b[0])
        p.t("  </%s>\n" % tag)
    return p.t("</%ss>\n" % tag)


JSON_SHAPES = {"records": sh_records, "keyed": sh_keyed, "arrays": sh_arrays}
TEXT_SHAPES = {"sep": sh_sep, "kv": sh_kv, "md": sh_md, "yaml": sh_yaml, "xml": sh_xml}
NATIVE_WRAPS = {"anth_tool_use", "gemini_call", "gemini_fr"}


def make(i, dom, neg):
    shapes = list(JSON_SHAPES) + list(TEXT_SHAPES)
    shape = shapes[(i // len(LANGS) + i) % len(shapes)]
    cls = ("neg:" if neg else "pos:") + shape
    if shape in JSON_SHAPES:
        wrap = WRAPS[(i // 3 + i) % len(WRAPS)]
        native = wrap in NATIVE_WRAPS
        piece = JSON_SHAPES[shape](dom, neg, True, ["pretty", "line", "compact"][i % 3])
        emit(piece, i, cls, dom, wrap, native)
    else:
        wrap = TEXT_WRAPS[(i // 5 + i) % len(TEXT_WRAPS)]
        emit(TEXT_SHAPES[shape](dom, neg), i, cls, dom, wrap, False)


def main():
    i = 0
    for rep in range(28):
        for lg in LANGS:
            CUR[0] = lg
            dom = DOMAIN_KEYS[(i * 5 + rep) % len(DOMAIN_KEYS)]
            make(i, dom, rep % 5 in (1, 3))
            i += 1
    write_json(records)


main()
