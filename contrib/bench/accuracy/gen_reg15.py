#!/usr/bin/env python3
"""gen_reg15.py: people, street addresses and dates of birth in registers, contracts and service
forms, written from the registers-and-forms half of the fifteenth blind set's public brief (never
from its generator or data, and before any detector rule was read or hush was run on it; branch
reg15). A tune set.

Classes (metadata.class):
- `military`: service records laid out as the real forms are: DD-214 boxes (`1. NAME (Last,
  First, Middle)`, `4.a GRADE`, `5. DATE OF BIRTH (YYYYMMDD)`, `19. MAILING ADDRESS AFTER
  SEPARATION`), Dienstzeitbescheinigung, état signalétique et des services, książeczka wojskowa,
  terhis belgesi, Tjenesteattest; barracks and units named after people as look-alikes;
- `pawn`: pawn tickets and ledger rows (pledgor, ID number, address, DOB; loan and due dates);
- `storage`: self-storage rental agreements (tenant, alternate contact) and gate-access logs;
  unit numbers, gate codes as look-alikes;
- `cemetery`: burial registers, grave deeds and headstone orders: the deceased with birth (a
  DATE_OF_BIRTH, as NAMES.md decides for death notices) and death dates (NEG_DATE), the grave
  holder and purchaser with address; plots and sections as look-alikes;
- `visitor`: visitor books and concierge logs (visitor, host, badge, time in/out);
- `tattoo`: tattoo consent forms (client, DOB, guardian; a child's name and birth date as the
  design text);
- `horse`: horse passports (owner, breeder, foaling date as NEG_DATE) and start lists (rider,
  horse names as look-alikes);
- `casting`: casting submissions and agency rosters (name, playing age, DOB, measurements);
- `camp`: camp and ski-school registrations (child, parents, emergency contact, DOB, allergies);
- `debt`: debt collection and bailiff notices (debtor, address, creditor firm, case number);
- `interp`: interpreter bookings (client, interpreter, venue);
- `prison`: prison visit bookings (prisoner with number, visitors with DOB and address);
- `aupair`: host family and au pair profiles;
- `union`: trade union membership forms (member, employer, address, DOB, payroll number).
Languages: en (US GB IE AU), de (DE AT CH), fr (FR BE CH), nl (NL BE), es (ES MX AR), it, pt (PT
BR), pl, sv, da, cs, tr, ro. Half the names invented from syllables (no lexicon), names of global
origin among the real ones; capitals in forms, lower case in chats, particles, hyphens, `Surname,
Given`, `SURNAME Given`, `SURNAME/GIVEN`. Look-alikes (NEG_*) with positions: firms, schools,
barracks, hospitals and camps named after people, streets named after people with no number,
famous people, horses, pets, ships, roles, units and rooms, dates that are not births, ages,
lifespan years, case and ticket numbers.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402

rng = random.Random(20261205 + 15)
records = []


class D(Doc):
    records = records


# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Dwayne", "Kathleen", "Siobhan", "Liam", "Brooke", "Tyrone", "Megan", "Callum", "Aoife", "Jarrah"],
           ["Donnelly", "Whitfield", "McCarthy", "Okonkwo", "Fitzgerald", "Hollis", "Brennan", "Patel", "Nguyen"]),
    "de": (["Jürgen", "Anneliese", "Dominik", "Jana", "Florian", "Heike", "Reto", "Ursula", "Kemal"],
           ["Brückner", "Hofer", "Zimmermann", "Gruber", "Steiner", "Kowalski", "Yıldız", "Brunner"]),
    "fr": (["Gaëlle", "Thierry", "Océane", "Yannick", "Nadia", "Florent", "Amadou", "Solène"],
           ["Lemaire", "Dubois", "Fontaine", "Diallo", "Mercier", "Benali", "Vandenberghe", "Perret"]),
    "nl": (["Sanne", "Joris", "Femke", "Bram", "Ilse", "Wouter", "Noor", "Stijn"],
           ["de Vries", "van Dijk", "Jansen", "Peeters", "van der Berg", "Claes", "Bakker", "Maes"]),
    "es": (["Ximena", "Alejandro", "Rocío", "Gonzalo", "Valentina", "Joaquín", "Florencia", "Mateo"],
           ["Fernández", "Gutiérrez", "Ramírez", "Sosa", "de la Cruz", "Villalobos", "Herrera", "Acosta"]),
    "it": (["Alessandro", "Federica", "Gianluca", "Martina", "Stefano", "Ilaria", "Nicolò"],
           ["Russo", "De Luca", "Marchetti", "Gallo", "Conti", "Fabbri", "Santoro"]),
    "pt": (["João", "Inês", "Thiago", "Larissa", "Rui", "Beatriz", "Gustavo", "Luana"],
           ["Carvalho", "Pereira", "dos Santos", "Almeida", "Rodrigues", "da Silva", "Ferreira"]),
    "pl": (["Grzegorz", "Magdalena", "Krzysztof", "Joanna", "Łukasz", "Beata", "Wojciech"],
           ["Szymański", "Wiśniewska", "Kamiński", "Jabłońska", "Pawlak", "Sikora", "Górski"]),
    "sv": (["Björn", "Elin", "Oskar", "Maja", "Gustav", "Astrid", "Nils"],
           ["Lundgren", "Eriksson", "Forsberg", "Ahmadi", "Sandberg", "Wikström", "Hedlund"]),
    "da": (["Søren", "Ida", "Mads", "Line", "Kasper", "Signe", "Anders"],
           ["Christensen", "Pedersen", "Rasmussen", "Olsen", "Andersen", "Poulsen", "Lauridsen"]),
    "cs": (["Jiří", "Lenka", "Tomáš", "Petra", "Ondřej", "Kateřina", "Vojtěch"],
           ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý"]),
    "tr": (["Mustafa", "Fatma", "Hakan", "Selin", "Oğuz", "Derya", "Cem"],
           ["Arslan", "Koç", "Kurt", "Özdemir", "Aksoy", "Erdoğan", "Polat"]),
    "ro": (["Alexandru", "Mădălina", "Vlad", "Roxana", "Sorin", "Irina", "Ovidiu"],
           ["Georgescu", "Radu", "Stan", "Marinescu", "Dobre", "Niculescu", "Barbu"]),
}
SYL = {"en": (["kel", "dro", "ven", "ash", "mor", "tal", "bry", "wyn"], ["ridge", "ham", "well", "son"]),
       "de": (["rau", "bin", "kol", "teh", "wes", "gun", "fal", "dorn"], ["hauer", "inger", "feld", "mair"]),
       "fr": (["bré", "lou", "zan", "gue", "mar", "vio", "cas", "tel"], ["ard", "elle", "in", "eux"]),
       "nl": (["wij", "hoo", "ker", "vel", "boe", "stra", "mee", "dek"], ["kamp", "stra", "huis", "man"]),
       "es": (["quin", "tor", "ba", "rre", "ji", "cal", "mu", "zo"], ["era", "ales", "iño", "oza"]),
       "it": (["sca", "vol", "pi", "ghe", "tro", "lan", "bu", "fer"], ["ucci", "elli", "ato", "aro"]),
       "pt": (["gou", "bar", "vei", "lin", "to", "cha", "mou", "ri"], ["eiro", "inho", "oso", "ão"]),
       "pl": (["krze", "wol", "ba", "ny", "cho", "gro", "mil", "zda"], ["owski", "ecka", "uk", "iec"]),
       "sv": (["sol", "ek", "ram", "vi", "hag", "lin", "tu", "bro"], ["lund", "gren", "ström", "dahl"]),
       "da": (["hel", "bjer", "kro", "ma", "sten", "vad", "lil", "ros"], ["bæk", "gaard", "skov", "strup"]),
       "cs": (["vla", "kro", "mil", "pet", "hra", "sto", "bel", "zde"], ["ák", "ová", "íček", "ec"]),
       "tr": (["ka", "yal", "ço", "bey", "tu", "ser", "gök", "al"], ["lıoğlu", "soy", "can", "türk"]),
       "ro": (["mi", "tru", "ga", "vor", "bi", "cre", "dan", "lu"], ["escu", "eanu", "aș", "ache"])}
GLOBAL = (["Oluwaseun", "Anh", "Priya", "Tariq", "Mei", "Kwame", "Leilani", "Arjun", "Yusuf", "Svetlana"],
          ["Adeyemi", "Tran", "Raghunathan", "Haddad", "Zhang", "Mensah", "Kahananui", "Iyer", "Demir", "Petrova"])


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname): half invented, the rest real (one in six of global origin)."""
    r = rng.random()
    if r < 0.5:
        g, s = invent(lg, False), invent(lg, True)
        if rng.random() < 0.1:
            s += "-" + invent(lg, True)
        return g, s
    if r < 0.6:
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    gs, ss = REAL[lg]
    g, s = rng.choice(gs), rng.choice(ss)
    if rng.random() < 0.1:
        g += "-" + rng.choice(gs)
    return g, s


def full(g, s, style="plain"):
    """A person's name as a form writes it."""
    if style == "comma":
        return s + ", " + g
    if style == "caps":
        return (g + " " + s).upper()
    if style == "surfirst":
        return s.upper() + " " + g
    if style == "slash":
        return s.upper() + "/" + g.upper()
    if style == "capscomma":
        return s.upper() + ", " + g.upper()
    if style == "lower":
        return (g + " " + s).lower()
    return g + " " + s


# ---- dates -------------------------------------------------------------------------------------
def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    if lg in ("sv",):
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "en_us":
        return "%02d/%02d/%04d" % (m, d, y)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "cs":
        return "%d. %d. %04d" % (d, m, y)
    if lg in ("de", "pl", "tr", "ro", "da"):
        return "%02d.%02d.%04d" % (d, m, y)
    return "%02d/%02d/%04d" % (d, m, y)


def dword(lg, y, m, d):
    if lg == "en_us":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if lg in ("en",):
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if lg == "de":
        return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, MONTHS[lg][m - 1], y)
    if lg in MONTHS:
        return "%d %s %d" % (d, MONTHS[lg][m - 1], y)
    return dnum(lg, y, m, d)


def dob(lg, lo=1945, hi=2004, words=0.25):
    y, m, d = ymd(lo, hi)
    return dword(lg, y, m, d) if rng.random() < words else dnum(lg, y, m, d)


def other(lg, lo=2019, hi=2026):
    y, m, d = ymd(lo, hi)
    return dnum(lg, y, m, d)


def n(lo=1, hi=180):
    return str(rng.randint(lo, hi))


def digits(k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


# ---- addresses ---------------------------------------------------------------------------------
ST = {"en": ["Larchmont Avenue", "Beech Grove", "Ashfield Park", "Wattle Street", "Mill Lane", "Oak Ridge Drive"],
      "de": ["Lindenstraße", "Gumpendorfer Straße", "Bahnhofstrasse", "Am Mühlbach", "Feldweg", "Kirchgasse"],
      "fr": ["rue des Lilas", "avenue de la Gare", "rue du Marché", "chemin des Vignes", "rue de la Station"],
      "nl": ["Kerkstraat", "Stationsstraat", "Molenweg", "Lindelaan", "Dorpsstraat"],
      "es": ["Calle Mayor", "Avenida de la Paz", "Calle del Olmo", "Av. Insurgentes Sur", "Av. Corrientes"],
      "it": ["Via Roma", "Via dei Mille", "Corso Italia", "Viale dei Tigli", "Via del Lavoro"],
      "pt": ["Rua das Flores", "Avenida da Liberdade", "Rua Augusta", "Travessa do Carmo"],
      "pl": ["ul. Długa", "ul. Ogrodowa", "ul. Polna", "al. Lipowa", "ul. Słoneczna"],
      "sv": ["Storgatan", "Kungsgatan", "Björkvägen", "Skolgatan", "Ringvägen"],
      "da": ["Vestergade", "Nørregade", "Skovvej", "Søndergade", "Kirkevej"],
      "cs": ["Vinohradská", "Husova", "Nádražní", "Palackého", "Zahradní"],
      "tr": ["Cumhuriyet Cad.", "Gül Sok.", "İstiklal Cad.", "Lale Sokak"],
      "ro": ["Str. Florilor", "Str. Libertății", "Bd. Unirii", "Calea Victoriei", "Str. Morii"]}
TOWN = {"en": [("Dayton, OH 45402", "us"), ("Leeds LS6 2AB", "gb"), ("Terenure, Dublin 6W", "ie"),
               ("Fitzroy VIC 3065", "au"), ("Austin, TX 78704", "us"), ("Bristol BS3 4QT", "gb")],
        "de": [("50674 Köln", "de"), ("1060 Wien", "at"), ("8004 Zürich", "ch"), ("04109 Leipzig", "de")],
        "fr": [("69003 Lyon", "fr"), ("1300 Wavre", "be"), ("1204 Genève", "ch"), ("33000 Bordeaux", "fr")],
        "nl": [("1017 GC Amsterdam", "nl"), ("9000 Gent", "be"), ("3511 LK Utrecht", "nl")],
        "es": [("28013 Madrid", "es"), ("03100 Ciudad de México, CDMX", "mx"), ("C1043 CABA", "ar"), ("46001 Valencia", "es")],
        "it": [("40121 Bologna (BO)", "it"), ("10128 Torino", "it"), ("80134 Napoli (NA)", "it")],
        "pt": [("4050-262 Porto", "pt"), ("São Paulo - SP, 01304-001", "br"), ("1250-096 Lisboa", "pt")],
        "pl": [("80-831 Gdańsk", "pl"), ("31-042 Kraków", "pl"), ("00-950 Warszawa", "pl")],
        "sv": [("114 51 Stockholm", "se"), ("413 04 Göteborg", "se"), ("752 20 Uppsala", "se")],
        "da": [("8000 Aarhus C", "dk"), ("2200 København N", "dk"), ("5000 Odense C", "dk")],
        "cs": [("120 00 Praha 2", "cz"), ("602 00 Brno", "cz"), ("301 00 Plzeň", "cz")],
        "tr": [("34710 Kadıköy/İstanbul", "tr"), ("06690 Çankaya/Ankara", "tr"), ("35220 Konak/İzmir", "tr")],
        "ro": [("400000 Cluj-Napoca", "ro"), ("030167 București, sector 3", "ro"), ("700028 Iași", "ro")]}


def street_part(lg, cc):
    st = rng.choice(ST[lg])
    if lg == "en":
        unit = rng.choice(["", "", ", Apt " + n(1, 40) + rng.choice("ABC"), ", Flat " + n(1, 12)])
        if cc == "au" and rng.random() < 0.5:
            return "Unit " + n(1, 20) + "/" + n(1, 120) + " " + st
        return n(1, 2400) + " " + st + unit
    if lg == "de":
        return st + " " + n(1, 140) + rng.choice(["", "", "a", "/" + n(1, 20)])
    if lg == "fr":
        if cc == "fr":
            return n(1, 90) + rng.choice(["", " bis"]) + " " + st
        return st[0].upper() + st[1:] + " " + n(1, 90) + (" bte " + n(1, 9) if cc == "be" and rng.random() < 0.5 else "")
    if lg == "nl":
        return st + " " + n(1, 200) + rng.choice(["", "-2", " bus 3", "A"])
    if lg == "es":
        return st + " " + n(1, 1800) + rng.choice(["", ", 2º B", ", piso 5, depto. B", ", Col. Del Valle", ", bajo"])
    if lg == "it":
        return st + " " + n(1, 120) + rng.choice(["", "/B", ", int. 4"])
    if lg == "pt":
        if cc == "br":
            return st + ", " + n(1, 2000) + rng.choice(["", ", apto 42", ", casa 2"])
        return st + " " + n(1, 200) + rng.choice(["", ", 2º Esq.", ", 3º Dto."])
    if lg == "pl":
        return st + " " + n(1, 90) + rng.choice(["", "/" + n(1, 60), " m. " + n(1, 40)])
    if lg == "sv":
        return st + " " + n(1, 90) + rng.choice(["", ", 3 tr", " B", ", lgh 1102"])
    if lg == "da":
        return st + " " + n(1, 120) + rng.choice(["", ", 2. tv", ", st. th.", ", 1. mf."])
    if lg == "cs":
        return st + " " + n(100, 2400) + "/" + n(1, 80)
    if lg == "tr":
        return rng.choice(["Atatürk Mah. ", "Moda Mah. ", "Bahçelievler Mh. "]) + st + " No: " + n(1, 90) + rng.choice(["", " D: " + n(1, 20), "/" + n(1, 12)])
    if lg == "ro":
        return st + " nr. " + n(1, 120) + rng.choice(["", ", bl. A3, sc. 2, ap. " + n(1, 60), ", ap. " + n(1, 40)])
    raise ValueError(lg)


def address(lg, sep=", "):
    town, cc = rng.choice(TOWN[lg])
    return street_part(lg, cc) + sep + town


# Streets named after people with no number: places, not addresses, not people.
PSTREET = {"en": ["Nelson Street", "Kennedy Boulevard", "O'Connell Street"], "de": ["Goethestraße", "Konrad-Adenauer-Ring"],
           "fr": ["avenue Jean Jaurès", "rue Émile Zola"], "nl": ["Thorbeckeplein", "Vondelstraat"],
           "es": ["Calle de Cervantes", "Avenida Benito Juárez"], "it": ["Via Garibaldi", "Corso Cavour"],
           "pt": ["Avenida Paulista", "Rua Almirante Reis"], "pl": ["ul. Jana Pawła II", "al. Mickiewicza"],
           "sv": ["Drottninggatan", "Birger Jarlsgatan"], "da": ["H.C. Andersens Boulevard", "Niels Juels Gade"],
           "cs": ["Masarykova", "třída Karla IV."], "tr": ["Atatürk Bulvarı", "İnönü Caddesi"],
           "ro": ["Bd. Mihai Eminescu", "Str. Avram Iancu"]}
FAMOUS = ["Che Guevara", "Frida Kahlo", "Marilyn Monroe", "Bob Marley", "Freddie Mercury", "Amy Winehouse",
          "Marie Curie", "Ayrton Senna", "Johann Cruyff", "Nelson Mandela"]

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "cs", "tr", "ro"]
DOBL = {"en": ["Date of Birth", "DOB", "D.O.B.", "Birth date"], "de": ["Geburtsdatum", "geb.", "Geb.-Datum"],
        "fr": ["Date de naissance", "Né(e) le", "Date de naiss."], "nl": ["Geboortedatum", "Geb. datum"],
        "es": ["Fecha de nacimiento", "F. nac."], "it": ["Data di nascita", "Nato/a il"],
        "pt": ["Data de nascimento", "Nascido em"], "pl": ["Data urodzenia", "Data ur."],
        "sv": ["Födelsedatum", "Född"], "da": ["Fødselsdato", "Født"], "cs": ["Datum narození", "Nar."],
        "tr": ["Doğum tarihi", "D. Tarihi"], "ro": ["Data nașterii", "Născut la"]}
NAMEL = {"en": ["Name", "Full name", "Print name"], "de": ["Name, Vorname", "Name"], "fr": ["Nom et prénom", "Nom"],
         "nl": ["Naam", "Volledige naam"], "es": ["Nombre y apellidos", "Nombre completo"],
         "it": ["Cognome e nome", "Nominativo"], "pt": ["Nome completo", "Nome"], "pl": ["Imię i nazwisko", "Nazwisko i imię"],
         "sv": ["Namn", "Fullständigt namn"], "da": ["Navn", "Fulde navn"], "cs": ["Jméno a příjmení", "Příjmení, jméno"],
         "tr": ["Adı Soyadı", "Ad Soyad"], "ro": ["Nume și prenume", "Numele"]}
ADDRL = {"en": ["Address", "Home address"], "de": ["Anschrift", "Wohnadresse"], "fr": ["Adresse", "Domicile"],
         "nl": ["Adres", "Woonadres"], "es": ["Domicilio", "Dirección"], "it": ["Indirizzo", "Residenza"],
         "pt": ["Morada", "Endereço"], "pl": ["Adres zamieszkania", "Adres"], "sv": ["Adress", "Postadress"],
         "da": ["Adresse", "Bopæl"], "cs": ["Adresa trvalého pobytu", "Bydliště"], "tr": ["Adres", "İkamet adresi"],
         "ro": ["Domiciliul", "Adresa"]}


def dlg(lg):
    """The date language of a record (US English writes month first)."""
    return "en_us" if lg == "en" and rng.random() < 0.4 else lg


def field(d, label, kind, value, sep=": ", end="\n"):
    d.t(label + sep).span(kind, value).t(end)


# ---- military service records --------------------------------------------------------------------
BARRACKS = {"de": ["Generalfeldmarschall-Rommel-Kaserne", "Fürst-Wrede-Kaserne", "Graf-Zeppelin-Kaserne"],
            "fr": ["Quartier Général Leclerc", "caserne Vauban", "Quartier Maréchal Joffre"],
            "pl": ["Jednostka Wojskowa im. gen. Józefa Bema", "koszary im. Tadeusza Kościuszki"],
            "tr": ["Mehmetçik Kışlası", "Yavuz Sultan Selim Kışlası"],
            "da": ["Kongens Livjæger Korps", "Dronningens Livregiment"], "en": ["Fort Bragg", "Camp Lejeune", "Fort Hood"]}


def military(lg):
    kind = rng.choice(["dd214", "dd214", "dzb", "ess", "ksiaz", "terhis", "tjen"])
    lg = {"dd214": "en", "dzb": "de", "ess": "fr", "ksiaz": "pl", "terhis": "tr", "tjen": "da"}[kind]
    d = D(lg, "military")
    g, s = person(lg)
    if kind == "dd214":
        mid = rng.choice(["", "", invent("en", False).upper(), rng.choice(REAL["en"][0]).upper()])
        y, m, dd = ymd(1950, 2002)
        d.t(rng.choice(["can you help me read my dad's DD-214? typed out:\n", "", "DD FORM 214 - CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY\n"]))
        d.t("1. NAME (Last, First, Middle)\n").span("PERSON", s.upper() + ", " + g.upper() + ((" " + mid) if mid else ""))
        d.t("\n2. DEPARTMENT, COMPONENT AND BRANCH\nARMY/RA\n3. SOCIAL SECURITY NUMBER\nXXX-XX-" + digits(4))
        d.t("\n4.a GRADE, RATE OR RANK\n" + rng.choice(["SGT", "SPC", "CPL", "PFC", "SSG"]) + "\n4.b PAY GRADE\nE" + n(3, 6))
        d.t("\n5. DATE OF BIRTH (YYYYMMDD)\n").span("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd))
        d.t("\n6. RESERVE OBLIGATION TERMINATION DATE\n").span("NEG_DATE", "%04d%02d%02d" % ymd(2008, 2030))
        d.t("\n7.a PLACE OF ENTRY INTO ACTIVE DUTY\n").span("NEG_PLACE", rng.choice(["FORT JACKSON, SC", "MEPS CHICAGO, IL", "FORT SILL, OK"]))
        d.t("\n8.a LAST DUTY ASSIGNMENT AND MAJOR COMMAND\n" + rng.choice(["B CO 2ND BN 325TH INF", "HHC 1ST BDE 82D ABN DIV", "A BTRY 3-321 FA"]))
        d.t("\n8.b STATION WHERE SEPARATED\n").span("NEG_PLACE", rng.choice(BARRACKS["en"]).upper() + ", NC")
        d.t("\n12.a DATE ENTERED AD THIS PERIOD\n").span("NEG_DATE", "%04d%02d%02d" % ymd(1970, 2015))
        d.t("\n19.a MAILING ADDRESS AFTER SEPARATION\n").span("STREET_ADDRESS", address("en").upper())
        d.t("\n19.b NEAREST RELATIVE (Name and address)\n")
        rg, rs = person("en")
        d.span("PERSON", (rg + " " + rs).upper()).t(", ").span("STREET_ADDRESS", address("en").upper())
        d.t("\n21.a MEMBER BEING SEPARATED (Signature)\n").span("PERSON", (g[0] + ". " + s).upper())
        d.t("\n22.a OFFICIAL AUTHORIZED TO SIGN (Typed name, grade, title)\n")
        og, os_ = person("en")
        d.span("PERSON", os_.upper() + ", " + og.upper()).t(", CPT, ").span("NEG_ROLE", "PERSONNEL OFFICER").t("\n")
    elif kind == "dzb":
        d.t("Dienstzeitbescheinigung\n(gem. § 9 SG)\n\nHerrn / Frau\n").span("PERSON", g + " " + s)
        d.t("\n").span("STREET_ADDRESS", address("de", "\n")).t("\n\n")
        d.t("Name, Vorname: ").span("PERSON", s + ", " + g).t("\nGeburtsdatum: ").span("DATE_OF_BIRTH", dob("de", 1960, 2004, 0))
        d.t("\nPersonenkennziffer: " + digits(6) + "-" + rng.choice("ABCDEFGHKLMNRSTW") + "-" + digits(5))
        d.t("\nDienstgrad: " + rng.choice(["Hauptgefreiter", "Stabsunteroffizier", "Oberfeldwebel", "Leutnant"]))
        d.t("\nDienstzeit vom ").span("NEG_DATE", other("de", 2005, 2018)).t(" bis ").span("NEG_DATE", other("de", 2019, 2025))
        d.t("\nLetzte Verwendung: " + rng.choice(["Panzergrenadierbataillon 112", "Logistikbataillon 461", "Fernmeldebataillon 610"]) + ", ")
        d.span("NEG_ORG", rng.choice(BARRACKS["de"])).t("\n\nIm Auftrag\n")
        og, os_ = person("de")
        d.span("PERSON", og + " " + os_).t("\n").span("NEG_ROLE", "Leiter Personalbearbeitung").t("\n")
    elif kind == "ess":
        d.t("ÉTAT SIGNALÉTIQUE ET DES SERVICES\n\nNom : ").span("PERSON", s.upper()).t("\nPrénoms : ").span("PERSON", g)
        d.t("\nNé le : ").span("DATE_OF_BIRTH", dob("fr", 1950, 2003, 0.5)).t(" à ").span("NEG_PLACE", rng.choice(["Besançon", "Toulon", "Metz"]))
        d.t("\nFils de ").span("PERSON", rng.choice(REAL["fr"][0]) + " " + s).t(" et de ").span("PERSON", rng.choice(REAL["fr"][0]) + " " + invent("fr", True))
        d.t("\nDomicile : ").span("STREET_ADDRESS", address("fr"))
        d.t("\nMatricule : " + digits(10) + "\nIncorporé le ").span("NEG_DATE", other("fr", 1975, 2015))
        d.t(" au " + rng.choice(["1er régiment de chasseurs parachutistes", "8e régiment d'artillerie", "2e régiment de dragons"]) + ", ")
        d.span("NEG_ORG", rng.choice(BARRACKS["fr"])).t("\nRayé des contrôles le ").span("NEG_DATE", other("fr", 1990, 2024)).t("\n")
    elif kind == "ksiaz":
        d.t("KSIĄŻECZKA WOJSKOWA\nSeria " + rng.choice(["AB", "MS", "KW"]) + " " + digits(7) + "\n1. Nazwisko: ").span("PERSON", s.upper())
        d.t("\n2. Imię (imiona): ").span("PERSON", g.upper()).t("\n3. Imię ojca: ").span("PERSON", rng.choice(REAL["pl"][0]))
        d.t("\n4. Data urodzenia: ").span("DATE_OF_BIRTH", dob("pl", 1950, 2000, 0)).t("\n5. Miejsce urodzenia: ").span("NEG_PLACE", rng.choice(["Radom", "Lublin", "Olsztyn"]))
        d.t("\n6. PESEL: " + digits(11) + "\n7. Adres zameldowania: ").span("STREET_ADDRESS", address("pl"))
        d.t("\nPrzydział: ").span("NEG_ORG", rng.choice(BARRACKS["pl"])).t("\nStopień wojskowy: " + rng.choice(["szeregowy", "kapral", "plutonowy"]))
        d.t("\nData przeniesienia do rezerwy: ").span("NEG_DATE", other("pl", 1990, 2020)).t("\n")
    elif kind == "terhis":
        d.t("TERHİS BELGESİ\nAdı Soyadı: ").span("PERSON", (g + " " + s).upper()).t("\nBaba Adı: ").span("PERSON", rng.choice(REAL["tr"][0]))
        d.t("\nDoğum Yeri ve Tarihi: ").span("NEG_PLACE", rng.choice(["Sivas", "Trabzon", "Malatya"])).t(" / ").span("DATE_OF_BIRTH", dob("tr", 1960, 2003, 0))
        d.t("\nT.C. Kimlik No: " + digits(11) + "\nSınıfı: Piyade\nBirliği: ").span("NEG_ORG", rng.choice(BARRACKS["tr"]))
        d.t("\nSevk Tarihi: ").span("NEG_DATE", other("tr", 2000, 2020)).t("\nTerhis Tarihi: ").span("NEG_DATE", other("tr", 2001, 2024))
        d.t("\nAdresi: ").span("STREET_ADDRESS", address("tr")).t("\n")
    else:
        d.t("TJENESTEATTEST\n\nDet attesteres hermed, at\n").span("PERSON", g + " " + s)
        d.t(", født ").span("DATE_OF_BIRTH", dob("da", 1970, 2004, 0.5)).t(",\nbopæl ").span("STREET_ADDRESS", address("da"))
        d.t(",\nhar aftjent værnepligt ved ").span("NEG_ORG", rng.choice(BARRACKS["da"])).t(" i perioden ")
        d.span("NEG_DATE", other("da", 2010, 2020)).t(" – ").span("NEG_DATE", other("da", 2011, 2024)).t(".\n\n")
        og, os_ = person("da")
        d.span("PERSON", og + " " + os_).t("\n").span("NEG_ROLE", "Kompagnichef").t("\n")
    d.done()


# ---- pawn tickets and ledgers --------------------------------------------------------------------
PAWNSHOP = {"en": "Cash Converters", "de": "Leihhaus Schneider", "nl": "Pandjeshuis Amsterdam", "es": "Monte de Piedad",
            "it": "Banco dei Pegni Affidavit", "pt": "Casa de Penhores Caixa", "fr": "Crédit Municipal", "pl": "Lombard Złoty Róg",
            "sv": "Pantbanken Sverige", "da": "Pantelåneren", "cs": "Zastavárna Pražská", "tr": "Rehin Evi", "ro": "Casa de Amanet Lombard"}
ITEMS = ["14k gold chain 18\" 12.4g", "Rolex Datejust 16233", "DeWalt DCD796 drill", "PS5 console + 2 pads",
         "Fender Stratocaster SN MX19", "diamond solitaire ring 0.5ct", "MacBook Air M1"]


def pawn(lg):
    d = D(lg, "pawn")
    g, s = person(lg)
    dl = dlg(lg)
    if rng.random() < 0.55:
        d.t(("PAWN TICKET No. " if lg == "en" else "Pfandschein Nr. " if lg == "de" else "Ticket / Nr. ") + digits(6) + "\n")
        d.span("NEG_ORG", PAWNSHOP[lg]).t("\n")
        st = rng.choice(["plain", "comma", "caps", "surfirst"])
        field(d, "Pledgor" if lg == "en" else rng.choice(NAMEL[lg]), "PERSON", full(g, s, st))
        field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl))
        d.t(("ID: " if lg == "en" else "ID / Ausweis: ") + rng.choice(["DL ", "PA ", "NIE ", "CI "]) + digits(8) + "\n")
        field(d, rng.choice(ADDRL[lg]), "STREET_ADDRESS", address(lg))
        d.t("Item: " + rng.choice(ITEMS) + "\nLoan: " + n(40, 900) + ".00  Date: ").span("NEG_DATE", other(dl)).t("  Due: ").span("NEG_DATE", other(dl)).t("\n")
        if rng.random() < 0.4:
            d.t("Clerk: ").span("PERSON", rng.choice([invent(lg, False), rng.choice(REAL[lg][0])])).t("\n")
    else:
        d.t(rng.choice(["ledger export, pls check the columns line up:\n", "Pawn register (police copy)\n", ""]))
        d.t("ticket;date;pledgor;dob;id;address;item;amount\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.span("NEG_ID", digits(6)).t(";").span("NEG_DATE", other(dl)).t(";").span("PERSON", full(g, s, rng.choice(["comma", "caps", "plain", "surfirst"])))
            d.t(";").span("DATE_OF_BIRTH", dob(dl, words=0)).t(";" + rng.choice(["DL", "PP", "ID"]) + digits(7) + ";")
            d.span("STREET_ADDRESS", address(lg, " ").replace(",", "")).t(";" + rng.choice(ITEMS) + ";" + n(20, 800) + "\n")
    d.done()


# ---- self-storage ------------------------------------------------------------------------------
STORE = ["Shurgard", "Big Yellow Self Storage", "Public Storage", "MyPlace SelfStorage", "Pickens Self Storage", "Lagerbox"]


def storage(lg):
    d = D(lg, "storage")
    dl = dlg(lg)
    if rng.random() < 0.6:
        g, s = person(lg)
        ag, as_ = person(lg)
        d.t("SELF STORAGE RENTAL AGREEMENT – ").span("NEG_ORG", rng.choice(STORE)).t("\nUnit: ").span("NEG_UNIT", rng.choice("ABCDE") + n(100, 450))
        d.t("  Size: " + rng.choice(["5x10", "10x10", "3 m²", "6 m²"]) + "  Gate code: ").span("NEG_ID", digits(4) + "#").t("\n")
        field(d, "Tenant / Occupant", "PERSON", full(g, s, rng.choice(["plain", "caps", "comma"])))
        field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl))
        field(d, "Address", "STREET_ADDRESS", address(lg))
        d.t("Alternate contact (in case of default): ").span("PERSON", full(ag, as_)).t(", ").span("STREET_ADDRESS", address(lg)).t("\n")
        d.t("Move-in date: ").span("NEG_DATE", other(dl)).t("   Rent: " + n(40, 300) + ".00/month\n")
        if rng.random() < 0.5:
            d.t("Lien notice will be sent to the tenant and alternate contact if rent is 30 days overdue.\nSigned: ").span("PERSON", full(g, s)).t("\n")
    else:
        d.t(rng.choice(["gate access log, why did unit ", "Gate log export for unit "])).span("NEG_UNIT", rng.choice("ABC") + n(100, 400)).t(rng.choice([" open at 2am?\n", ":\n"]))
        d.t("time,unit,user,event\n")
        for _ in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.span("NEG_DATE", "%04d-%02d-%02d" % ymd(2024, 2026)).t(" %02d:%02d," % (rng.randint(0, 23), rng.randint(0, 59)))
            d.span("NEG_UNIT", rng.choice("ABC") + n(100, 400)).t(",")
            if rng.random() < 0.2:
                d.span("NEG_ROLE", rng.choice(["MANAGER", "SYSTEM", "Maintenance"])).t(",OVERRIDE\n")
            else:
                d.span("PERSON", full(g, s, rng.choice(["plain", "caps", "comma"]))).t("," + rng.choice(["ACCESS GRANTED", "KEYPAD OK", "DENIED - LOCKOUT"]) + "\n")
    d.done()


# ---- cemetery registers and headstone orders -----------------------------------------------------
def cemetery(lg):
    d = D(lg, "cemetery")
    dl = dlg(lg)
    k = rng.randrange(3)
    g, s = person(lg)
    by, bm, bd = ymd(1920, 1995)
    dy, dm, ddd = rng.randint(max(by + 20, 1990), 2026), rng.randint(1, 12), rng.randint(1, 28)
    if k == 0:
        d.t({"de": "Friedhof ", "fr": "Cimetière ", "en": "", "nl": "Begraafplaats ", "it": "Cimitero ", "es": "Cementerio "}.get(lg, ""))
        d.span("NEG_ORG", rng.choice(["St. Mary's Cemetery", "Zentralfriedhof", "Cimetière du Père-Lachaise", "Glasnevin Cemetery", "Cementerio de la Recoleta", "Olšanské hřbitovy"]))
        d.t(" – burial register\nGrave: ").span("NEG_UNIT", "Section " + rng.choice("ABCDEFG") + ", Row " + n(1, 30) + ", Plot " + n(1, 200))
        d.t("\nDeceased: ").span("PERSON", full(g, s, rng.choice(["plain", "comma", "surfirst"])))
        d.t("\nBorn: ").span("DATE_OF_BIRTH", dnum(dl, by, bm, bd)).t("   Died: ").span("NEG_DATE", dnum(dl, dy, dm, ddd))
        d.t("   Age: ").span("NEG_AGE", str(dy - by)).t("\nInterment: ").span("NEG_DATE", other(dl, dy, dy)).t("\n")
        hg, hs = person(lg)
        d.t("Grave holder (right of burial): ").span("PERSON", full(hg, hs)).t("\n").span("STREET_ADDRESS", address(lg)).t("\n")
        d.t("Funeral director: ").span("NEG_ORG", rng.choice(["Co-op Funeralcare", "Pietät Rosenthal", "Pompes Funèbres Générales", "Uitvaartcentrum De Linde"])).t("\n")
    elif k == 1:
        d.t(rng.choice(["headstone order – please proofread the inscription:\n", "Memorial order form\n"]))
        d.t("Purchaser: ").span("PERSON", full(*person(lg))).t("\nAddress: ").span("STREET_ADDRESS", address(lg)).t("\n")
        d.t("Stone: " + rng.choice(["black granite", "Nero Assoluto", "light grey", "Belgian blue"]) + ", gold leaf\nInscription:\n")
        d.t("  IN LOVING MEMORY OF\n  ").span("PERSON", (g + " " + s).upper()).t("\n  ")
        if rng.random() < 0.5:
            d.span("DATE_OF_BIRTH", dword("en", by, bm, bd)).t(" – ").span("NEG_DATE", dword("en", dy, dm, ddd))
        else:
            d.t("* ").span("DATE_OF_BIRTH", dnum(dl, by, bm, bd)).t("  † ").span("NEG_DATE", dnum(dl, dy, dm, ddd))
        d.t("\n  " + rng.choice(["FOREVER IN OUR HEARTS", "REST IN PEACE", "RUHE IN FRIEDEN"]) + "\nPlot: ").span("NEG_UNIT", rng.choice("ABCD") + "-" + n(1, 40) + "-" + n(1, 20)).t("\n")
    else:
        d.t(rng.choice(["Register of burials\n", "grave register transcribed by the parish, need a table:\n"]))
        d.t("No. | Name | Born | Died | Grave\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            by, bm, bd = ymd(1880, 1990)
            dy = rng.randint(by + 1, 2025)
            d.span("NEG_ID", n(100, 9000)).t(" | ").span("PERSON", full(g, s, rng.choice(["comma", "surfirst", "plain"]))).t(" | ")
            d.span("DATE_OF_BIRTH", dnum(dl, by, bm, bd)).t(" | ").span("NEG_DATE", dnum(dl, dy, rng.randint(1, 12), rng.randint(1, 28)))
            d.t(" | ").span("NEG_UNIT", rng.choice("ABCDE") + "/" + n(1, 40)).t("\n")
        d.t("Lifespan of the oldest: ").span("NEG_DATE", str(rng.randint(1880, 1900)) + "–" + str(rng.randint(1950, 1990))).t("\n")
    d.done()


# ---- visitor books and concierge logs -----------------------------------------------------------
FIRMS = ["Siemens AG", "Deloitte", "Randstad", "Philips", "Accenture", "Vodafone", "Booking.com"]


def visitor(lg):
    d = D(lg, "visitor")
    if rng.random() < 0.6:
        d.t(rng.choice(["Visitor book – reception, level 2\n", "VISITOR LOG\n", "convert this visitor sheet to CSV:\n"]))
        d.t("Date | Time in | Visitor | Company | Visiting | Badge | Time out\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            hg, hs = person(lg)
            d.span("NEG_DATE", other(dlg(lg), 2025, 2026)).t(" | %02d:%02d | " % (rng.randint(7, 17), rng.randint(0, 59)))
            d.span("PERSON", full(g, s, rng.choice(["plain", "caps", "surfirst"]))).t(" | ").span("NEG_ORG", rng.choice(FIRMS)).t(" | ")
            d.span("PERSON", full(hg, hs, rng.choice(["plain", "plain", "comma"]))).t(" | ").span("NEG_ID", "V-" + digits(4))
            d.t(" | %02d:%02d\n" % (rng.randint(9, 19), rng.randint(0, 59)))
    else:
        d.t("Concierge log, " + rng.choice(["Residenz am Park", "The Wellington", "Résidence Les Tilleuls"]) + "\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.t("%02d:%02d " % (rng.randint(6, 23), rng.randint(0, 59)))
            r = rng.randrange(3)
            if r == 0:
                d.t("parcel for ").span("PERSON", full(g, s, rng.choice(["lower", "plain"]))).t(" (apt ").span("NEG_UNIT", n(1, 12) + rng.choice("ABCD")).t("), left in the parcel room\n")
            elif r == 1:
                vg, vs = person(lg)
                d.t("visitor ").span("PERSON", full(vg, vs)).t(" for ").span("PERSON", full(g, s)).t(", flat ").span("NEG_UNIT", n(1, 40)).t(", badge ").span("NEG_ID", "G" + digits(3)).t("\n")
            else:
                d.t("cleaner ").span("PERSON", rng.choice([invent(lg, False), rng.choice(REAL[lg][0])])).t(" signed out, keys to ").span("NEG_ROLE", "night porter").t("\n")
    d.done()


# ---- tattoo consent -----------------------------------------------------------------------------
def tattoo(lg):
    d = D(lg, "tattoo")
    dl = dlg(lg)
    g, s = person(lg)
    d.t(rng.choice(["TATTOO CONSENT & RELEASE FORM\n", "Einverständniserklärung Tätowierung\n", "Tattoo consent – studio copy\n"]))
    field(d, "Client name", "PERSON", full(g, s, rng.choice(["plain", "caps"])))
    field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl, 1975, 2008))
    field(d, rng.choice(ADDRL[lg]), "STREET_ADDRESS", address(lg))
    if rng.random() < 0.4:
        gg, gs = person(lg)
        d.t("Parent/guardian (if under 18): ").span("PERSON", full(gg, s if rng.random() < 0.6 else gs)).t("  ID checked: passport " + digits(8) + "\n")
    cg = rng.choice([invent(lg, False), rng.choice(REAL[lg][0])])
    cy, cm, cdd = ymd(2008, 2025)
    r = rng.randrange(3)
    d.t("Design / placement: ")
    if r == 0:
        d.t("script \"").span("PERSON", cg).t(" ").span("DATE_OF_BIRTH", dnum(dl, cy, cm, cdd)).t("\" on left forearm\n")
    elif r == 1:
        d.t("my daughter's name ").span("PERSON", cg).t(" and her birth date ").span("DATE_OF_BIRTH", dword(dl, cy, cm, cdd)).t(" in roman numerals style, inner wrist\n")
    else:
        d.t("portrait of ").span("NEG_FAMOUS", rng.choice(FAMOUS)).t(", upper arm; name of my dog ").span("NEG_PET", rng.choice(["Bella", "Rocky", "Luna", "Bruno"])).t(" underneath\n")
    d.t("Artist: ").span("PERSON", full(*person(lg))).t("  Date: ").span("NEG_DATE", other(dl, 2025, 2026)).t("\n")
    d.t("I confirm I am not under the influence of alcohol and have no " + rng.choice(["allergies", "blood disorders"]) + ".\n")
    d.done()


# ---- horse passports and start lists ------------------------------------------------------------
HORSES = ["Quidam's Rubin", "Cornet Obolensky", "Dancing Queen Z", "Big Star", "Don Frederico", "Shutterfly",
          "Casall Ask", "Totilas", "Valegro", "Balou du Rouet", "Lady Lavender", "Sir Donnerhall"]


def horse(lg):
    d = D(lg, "horse")
    dl = dlg(lg)
    if rng.random() < 0.5:
        d.t("EQUINE PASSPORT / Equidenpass\nUELN: " + rng.choice(["276", "250", "528", "826"]) + digits(12) + "\nName of animal: ").span("NEG_HORSE", rng.choice(HORSES))
        d.t("\nSex: " + rng.choice(["mare", "gelding", "stallion"]) + "   Date of foaling: ").span("NEG_DATE", dob(dl, 2005, 2022, 0))
        d.t("\nSire: ").span("NEG_HORSE", rng.choice(HORSES)).t("   Dam: ").span("NEG_HORSE", rng.choice(HORSES))
        d.t("\nBreeder: ").span("PERSON", full(*person(lg), style=rng.choice(["plain", "comma"]))).t(", ").span("STREET_ADDRESS", address(lg))
        d.t("\nSection IV – Owner: ").span("PERSON", full(*person(lg))).t("\n").span("STREET_ADDRESS", address(lg))
        d.t("\nRegistered on ").span("NEG_DATE", other(dl)).t(" by the veterinarian ").span("PERSON", "Dr. " + full(*person(lg))).t("\n")
    else:
        d.t(rng.choice(["START LIST – CSI** Grand Prix 1.45m\n", "Startliste Dressur Klasse M\n", "start list, can you sort by rider?\n"]))
        d.t("No. Rider (NAT) / Horse / Owner\n")
        for i in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.t(str(i + 1) + ". ").span("PERSON", full(g, s, rng.choice(["plain", "surfirst"]))).t(" (" + rng.choice(["GER", "IRL", "NED", "BEL", "FRA", "SWE"]) + ") / ")
            d.span("NEG_HORSE", rng.choice(HORSES)).t(" / ")
            if rng.random() < 0.4:
                d.span("NEG_ORG", rng.choice(["Stal Hendrix", "Gestüt Birkhof", "Haras de Hus", "Stoeterij Zangersheide"]))
            else:
                d.span("PERSON", full(*person(lg)))
            d.t("\n")
    d.done()


# ---- casting submissions and agency rosters -----------------------------------------------------
def casting(lg):
    d = D(lg, "casting")
    dl = dlg(lg)
    if rng.random() < 0.5:
        g, s = person(lg)
        d.t("CASTING SUBMISSION – ").span("NEG_ROLE", rng.choice(["role of Detective Harlow", "Lady Macbeth", "the baker (featured)", "Mutter (Nebenrolle)"])).t("\n")
        field(d, "Name", "PERSON", full(g, s))
        d.t("Playing age: ").span("NEG_AGE", "%d-%d" % (rng.randint(20, 40), rng.randint(41, 55))).t("\n")
        field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl, 1970, 2006))
        d.t("Height 1" + n(55, 95) + " cm  Chest/Bust " + n(80, 110) + "  Waist " + n(60, 95) + "  Shoe " + n(36, 46) + "\n")
        d.t("Agent: ").span("PERSON", full(*person(lg))).t(" at ").span("NEG_ORG", rng.choice(["United Agents", "Curtis Brown", "Agentur Players", "Artmedia"])).t("\n")
        d.t("Similar to: ").span("NEG_FAMOUS", rng.choice(["Cate Blanchett", "Idris Elba", "Daniel Brühl", "Penélope Cruz"])).t("\n")
    else:
        d.t("AGENCY ROSTER\nname\tplaying age\tDOB\theight\n")
        for _ in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.span("PERSON", full(g, s, rng.choice(["plain", "caps", "surfirst"]))).t("\t").span("NEG_AGE", "%d-%d" % (rng.randint(18, 40), rng.randint(41, 60)))
            d.t("\t").span("DATE_OF_BIRTH", dob(dl, 1965, 2007, 0)).t("\t1" + n(55, 95) + "\n")
    d.done()


# ---- camp and ski-school registrations -----------------------------------------------------------
CAMPS = ["Camp Lincoln", "Ferienlager Pestalozzi", "Colonie Jules Verne", "Campamento San Ignacio", "Skischule Hannes Schneider"]


def camp(lg):
    d = D(lg, "camp")
    dl = dlg(lg)
    cg, s = person(lg)
    pg = person(lg)[0]
    mg = person(lg)[0]
    d.t(rng.choice(["Registration – ", "Anmeldung – ", "Inscription – ", "registration for "])).span("NEG_ORG", rng.choice(CAMPS)).t(" " + rng.choice(["2026", "summer session 2", "Winter 25/26"]) + "\n")
    if rng.random() < 0.5:
        field(d, rng.choice(["Child's name", "Participant", "Name des Kindes", "Nom de l'enfant", "Nombre del niño/a"]), "PERSON", full(cg, s, rng.choice(["plain", "caps", "comma"])))
        field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl, 2010, 2021))
        d.t("Age: ").span("NEG_AGE", n(6, 15)).t("   Group: ").span("NEG_UNIT", rng.choice(["Eagles", "Gruppe Murmeltier", "Piou-Piou", "Blue 2"])).t("\n")
        d.t(rng.choice(["Parent/guardian 1: ", "Mother: ", "Mutter: ", "Mère : "])).span("PERSON", full(mg, s)).t("\n")
        if rng.random() < 0.6:
            d.t(rng.choice(["Parent/guardian 2: ", "Father: ", "Vater: ", "Père : "])).span("PERSON", full(pg, s if rng.random() < 0.7 else person(lg)[1])).t("\n")
        field(d, rng.choice(ADDRL[lg]), "STREET_ADDRESS", address(lg))
        eg, es = person(lg)
        d.t("Emergency contact: ").span("PERSON", full(eg, es)).t(" (" + rng.choice(["grandmother", "aunt", "neighbour", "Oma"]) + ")\n")
        d.t("Allergies: " + rng.choice(["peanuts", "none", "bee stings (EpiPen)", "lactose"]) + "\n")
    else:
        d.t("ski school booking:\n")
        d.t("kid: ").span("PERSON", full(cg, s, "lower")).t(", born ").span("DATE_OF_BIRTH", dob(dl, 2012, 2021, 0)).t(", level ").span("NEG_UNIT", rng.choice(["Bambini", "Blue Prince", "Class 3"])).t("\n")
        d.t("sibling: ").span("PERSON", full(person(lg)[0], s, "lower")).t(", born ").span("DATE_OF_BIRTH", dob(dl, 2012, 2021, 0)).t("\n")
        d.t("parent on the slope: ").span("PERSON", full(mg, s, rng.choice(["lower", "plain"]))).t(", staying at ").span("STREET_ADDRESS", address(lg)).t("\n")
        d.t("instructor requested: ").span("PERSON", rng.choice([invent(lg, False), rng.choice(REAL[lg][0])])).t(" (not ").span("NEG_FAMOUS", rng.choice(["Marcel Hirscher", "Lindsey Vonn", "Hermann Maier"])).t(" lol)\n")
    d.done()


# ---- debt collection and bailiff notices ---------------------------------------------------------
CRED = ["Vodafone GmbH", "Klarna AB", "Intrum Justitia", "EOS KSI", "Lowell Financial", "Cofidis SA", "Provident Polska"]
GREET = {"en": "Dear ", "de": "Sehr geehrte/r ", "fr": "Madame, Monsieur ", "nl": "Geachte ", "es": "Estimado/a ",
         "it": "Gentile ", "pt": "Exmo(a). Sr(a). ", "pl": "Szanowny Pan / Szanowna Pani ", "sv": "Hej ", "da": "Kære ",
         "cs": "Vážený pane / Vážená paní ", "tr": "Sayın ", "ro": "Stimate domnule / Stimată doamnă "}


def debt(lg):
    d = D(lg, "debt")
    dl = dlg(lg)
    g, s = person(lg)
    if rng.random() < 0.5:
        d.span("NEG_ORG", rng.choice(["Intrum", "Lowell", "EOS Deutscher Inkasso-Dienst", "Hoist Finance"])).t("\n\n")
        d.span("PERSON", full(g, s, rng.choice(["plain", "caps"]))).t("\n").span("STREET_ADDRESS", address(lg, "\n")).t("\n\n")
        d.t("Our ref: ").span("NEG_ID", rng.choice(["IN", "AZ", "REF"]) + "-" + digits(8)).t("  Date: ").span("NEG_DATE", other(dl)).t("\n")
        d.t("Original creditor: ").span("NEG_ORG", rng.choice(CRED)).t("\n\n" + GREET[lg]).span("PERSON", rng.choice([s, g + " " + s])).t(",\n")
        d.t("we have been instructed to recover the outstanding balance of " + n(90, 4000) + ",00 EUR. Please pay by ").span("NEG_DATE", other(dl)).t(".\n")
        if rng.random() < 0.5:
            d.t("Date of birth on file: ").span("DATE_OF_BIRTH", dob(dl)).t("\n")
    else:
        d.t(rng.choice(["PROCÈS-VERBAL DE SIGNIFICATION\n", "Gerichtsvollzieher – Vollstreckungsankündigung\n", "NOTICE OF ENFORCEMENT (bailiff)\n", "Komornik Sądowy – zawiadomienie\n"]))
        d.t("Case no.: ").span("NEG_ID", rng.choice(["DR II ", "KM ", "CO "]) + n(100, 9999) + "/" + n(20, 26)).t("\n")
        d.t("Debtor: ").span("PERSON", full(g, s, rng.choice(["surfirst", "comma", "capscomma"])))
        d.t(", " + rng.choice(DOBL[lg]) + " ").span("DATE_OF_BIRTH", dob(dl, words=0)).t("\nresiding at ").span("STREET_ADDRESS", address(lg)).t("\n")
        d.t("Creditor: ").span("NEG_ORG", rng.choice(CRED)).t("\nVisit scheduled: ").span("NEG_DATE", other(dl)).t(" between 8:00 and 12:00\n")
        d.t("Bailiff: ").span("PERSON", full(*person(lg))).t(", ").span("NEG_ROLE", rng.choice(["Obergerichtsvollzieher", "huissier de justice", "Certificated Enforcement Agent", "komornik"])).t("\n")
    d.done()


# ---- interpreter bookings -----------------------------------------------------------------------
VENUES = ["Amtsgericht Tiergarten, Saal 104", "Hôpital Édouard Herriot, bâtiment B", "St James's Hospital, Outpatients 3",
          "Rechtbank Amsterdam, zaal 2.07", "Tribunal de Justicia, sala 4", "Policejní služebna Praha 2"]


def interp(lg):
    d = D(lg, "interp")
    dl = dlg(lg)
    g, s = person(lg)
    ig, is_ = person(rng.choice(LANGS))
    if rng.random() < 0.6:
        d.t("INTERPRETER BOOKING #").span("NEG_ID", digits(6)).t("\nLanguage: " + rng.choice(["Arabic (Levantine)", "Tigrinya", "Romanian", "Polish", "Turkish", "Dari"]) + "\n")
        d.t("Client: ").span("PERSON", full(g, s, rng.choice(["plain", "surfirst", "slash"])))
        if rng.random() < 0.5:
            d.t("  (" + rng.choice(DOBL["en"]) + " ").span("DATE_OF_BIRTH", dob(dl)).t(")")
        d.t("\nInterpreter: ").span("PERSON", full(ig, is_)).t("\nVenue: ").span("NEG_ORG", rng.choice(VENUES)).t("\nDate/time: ").span("NEG_DATE", other(dl, 2026, 2026)).t(" 09:30\n")
        d.t("Requested by: ").span("PERSON", full(*person(lg))).t(", ").span("NEG_ROLE", rng.choice(["Case worker", "Ward sister", "Rechtspfleger", "Duty solicitor"])).t("\n")
    else:
        d.t(rng.choice(["hi, need to rebook the interpreter – ", "Buchung Dolmetscher: "]))
        d.span("PERSON", full(ig, is_, rng.choice(["plain", "lower"]))).t(" can't make it on ").span("NEG_DATE", other(dl, 2026, 2026))
        d.t(". client is ").span("PERSON", full(g, s, rng.choice(["plain", "lower"]))).t(", appointment at ").span("STREET_ADDRESS", address(lg)).t(", room ").span("NEG_UNIT", n(1, 4) + "." + n(10, 40)).t(".\n")
    d.done()


# ---- prison visit bookings ----------------------------------------------------------------------
PRISONS = ["HMP Wandsworth", "JVA Tegel", "Centre pénitentiaire de Fresnes", "PI Vught", "Kriminalvården Kumla", "Věznice Pankrác"]


def prison(lg):
    d = D(lg, "prison")
    dl = dlg(lg)
    g, s = person(lg)
    d.t("VISIT BOOKING – ").span("NEG_ORG", rng.choice(PRISONS)).t("\nPrisoner: ").span("PERSON", full(g, s, rng.choice(["surfirst", "comma", "caps", "plain"])))
    d.t("  Prison no.: ").span("NEG_ID", rng.choice("ABG") + digits(4) + rng.choice("AB" + "CD")).t("  Wing: ").span("NEG_UNIT", rng.choice(["C-Wing", "Haus 2", "Block B"])).t("\n")
    d.t("Visit date: ").span("NEG_DATE", other(dl, 2026, 2026)).t("  Session: 14:00-16:00\n")
    for i in range(rng.randint(1, 3)):
        vg, vs = person(lg)
        d.t("Visitor %d: " % (i + 1)).span("PERSON", full(vg, s if rng.random() < 0.4 else vs)).t(", " + rng.choice(DOBL[lg]) + " ").span("DATE_OF_BIRTH", dob(dl))
        if rng.random() < 0.6:
            d.t(", ").span("STREET_ADDRESS", address(lg))
        d.t(", relationship: " + rng.choice(["partner", "mother", "son", "friend", "Schwester"]) + "\n")
    if rng.random() < 0.3:
        d.t("Child visitor: ").span("PERSON", rng.choice([invent(lg, False), rng.choice(REAL[lg][0])]) + " " + s).t(" (age ").span("NEG_AGE", n(3, 15)).t(")\n")
    d.done()


# ---- host family and au pair profiles -----------------------------------------------------------
def aupair(lg):
    d = D(lg, "aupair")
    dl = dlg(lg)
    g, s = person(lg)
    if rng.random() < 0.5:
        d.t("AU PAIR PROFILE\nFirst name: ").span("PERSON", g).t("\nLast name: ").span("PERSON", s).t("\n")
        field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl, 1998, 2007))
        d.t("Nationality: " + rng.choice(["Colombian", "Filipino", "Ukrainian", "Brazilian", "Georgian"]) + "\nHome address: ").span("STREET_ADDRESS", address(lg)).t("\n")
        d.t("Reference: ").span("PERSON", full(*person(lg))).t(", ").span("NEG_ORG", rng.choice(["Kita Sonnenschein", "Escola Paulo Freire", "Montessori School"])).t("\n")
        d.t("Dear host family, my name is ").span("PERSON", g).t(" and I love children and cooking.\n")
    else:
        fg, fs = person(lg)
        d.t("HOST FAMILY PROFILE – ").span("PERSON", fs).t(" family\nParents: ").span("PERSON", fg).t(" and ").span("PERSON", full(person(lg)[0], fs)).t("\n")
        d.t("Children: ").span("PERSON", person(lg)[0]).t(" (").span("NEG_AGE", n(2, 12)).t("), ").span("PERSON", person(lg)[0]).t(" (").span("NEG_AGE", n(1, 10)).t(")\n")
        d.t("Address: ").span("STREET_ADDRESS", address(lg)).t("\nPets: a cat called ").span("NEG_PET", rng.choice(["Mozart", "Picasso", "Simba", "Frida"])).t("\n")
        d.t("Kids go to ").span("NEG_ORG", rng.choice(["Astrid-Lindgren-Grundschule", "École Jules Ferry", "Colegio San José", "Escola Machado de Assis"])).t(", two streets from ").span("NEG_STREET", rng.choice(PSTREET[lg])).t(".\n")
    d.done()


# ---- trade union forms --------------------------------------------------------------------------
UNIONS = {"en": "UNISON", "de": "ver.di", "fr": "CGT", "nl": "FNV", "es": "CCOO", "it": "CGIL", "pt": "CGTP-IN",
          "pl": "NSZZ Solidarność", "sv": "Kommunal", "da": "3F", "cs": "ČMKOS", "tr": "DİSK", "ro": "BNS"}
EMPL = ["Carrefour", "Deutsche Post DHL", "NHS Lothian", "Stadtwerke München", "Volvo Cars", "Lidl", "Enel SpA"]


def union(lg):
    d = D(lg, "union")
    dl = dlg(lg)
    g, s = person(lg)
    if rng.random() < 0.6:
        d.span("NEG_ORG", UNIONS[lg]).t(" – " + rng.choice(["Membership application", "Beitrittserklärung", "Bulletin d'adhésion", "Deklaracja członkowska"]) + "\n")
        field(d, rng.choice(NAMEL[lg]), "PERSON", full(g, s, rng.choice(["plain", "comma", "caps", "surfirst"])))
        field(d, rng.choice(DOBL[lg]), "DATE_OF_BIRTH", dob(dl))
        field(d, rng.choice(ADDRL[lg]), "STREET_ADDRESS", address(lg))
        d.t("Employer: ").span("NEG_ORG", rng.choice(EMPL)).t("   Payroll no.: ").span("NEG_ID", digits(7)).t("\n")
        d.t("Job title: ").span("NEG_ROLE", rng.choice(["Warehouse operative", "Staff nurse", "Erzieherin", "caissière"])).t("\n")
        d.t("Recruited by (rep): ").span("PERSON", full(*person(lg))).t("   Start date: ").span("NEG_DATE", other(dl)).t("\n")
    else:
        d.t("members list for the branch meeting, can you count per workplace?\n")
        d.t("member_no,surname,first_name,dob,workplace\n")
        for _ in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.span("NEG_ID", digits(6)).t(",").span("PERSON", s.upper() if rng.random() < 0.4 else s).t(",").span("PERSON", g).t(",")
            d.span("DATE_OF_BIRTH", dob(dl, words=0)).t(",").span("NEG_ORG", rng.choice(EMPL)).t("\n")
    d.done()


CLASSES = [military, pawn, storage, cemetery, visitor, tattoo, horse, casting, camp, debt, interp, prison, aupair, union]
for i in range(43 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
