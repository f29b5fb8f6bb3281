#!/usr/bin/env python3
"""gen_forms45.py: people, street addresses and dates of birth in the kinds of text of the
seventeenth blind set's public brief (its run.sh title and README row; never its generator or
data), written and committed before any detector rule was read or hush was run on it (branch
forms45). A tune set.

Classes (metadata.class), each with the roles its documents name:
- `mobile`: mobile contract orders and summaries (holder, second SIM user, seller; tariffs and
  handsets as look-alikes);
- `broadband`: broadband orders and provisioning logs in key=value form (subscriber, installer);
- `boat`: small-craft register extracts (owner, co-owner; boats named after people);
- `skipper`: skipper licences and exam records (holder, examiner);
- `drone`: drone operator registrations and remote-pilot certificates (operator, pilot; drone
  models and drones with pet names);
- `chimney`: chimney-sweep inspection certificates (owner, sweep; stove makers);
- `bulky`: bulky-waste collection bookings (resident, neighbour who hands over);
- `redirect`: mail redirection orders (every person moving, a list of names);
- `music`: music-school enrolments and exam entry lists (pupil, parent, teacher; pieces and
  schools named after composers);
- `lang`: language-school placement and enrolment (student, teacher; institutes named after
  people);
- `cowork`: coworking memberships, member lists and room bookings (member, host; rooms named after
  people);
- `safedep`: safe-deposit agreements and vault access registers (renter, keyholder, attendant);
- `archive`: archive reading-room registrations and order slips (reader; papers of famous people);
- `waiver`: climbing, trampoline and karting waivers (participant, parent or guardian);
- `hearing`: hearing-aid fitting records (patient, audiologist; devices, eponymous tests);
- `bike`: bicycle registrations and bike leasing (owner, employee, employer; bike makes);
- `apiary`: apiary registrations (beekeeper, inspector; bee lines and queens named like people);
- `fertility`: fertility-clinic consents (patient, partner, donor code, witness);
- `guardian`: guardianship and adult-protection orders (ward, guardian, judge; courts);
- `divorce`: divorce settlements with the children's birth dates (spouses, children);
- `golf`: handicap records, results and tee sheets (players alone in cells; courses named after
  people);
- `catering`: catering orders with guests' dietary lists (given names alone; dishes);
- `locksmith`: lock-out call-outs (customer, technician);
- `pest`: pest-control reports (client, technician, tenant);
- `farm`: farm subsidy (CAP) applications (farmer, partner; horses as look-alikes);
- `market`: market-stall licences (stallholder, assistants; pitch numbers);
- `taxi`: taxi and private-hire driver licences and registers (driver, vehicle owner);
- `transit`: transit-pass applications (applicant, parent);
- `gamble`: gambling self-exclusion registrations (applicant, casinos);
- `giftaid`: donation receipts and Gift Aid declarations (donor; foundations named after people).
Shapes: forms with labels, forms in capitals, two columns read across, CSV, fixed-width tables,
JSON, XML, key=value logs, e-mail bodies around a form, lower-case chats, signatures (`p.p.`,
`i.A.`, `Unterschrift`), lists of given names alone. Languages en, de, fr, nl, es, it, pt, pl, sv,
da, no, fi, cs, hu, tr, ro, el (Latin transliteration). Half the names invented from the
generator's own syllables, a sixth of global origin; `SURNAME Given`, `Surname, Given`, Hungarian
order, particles, hyphens (U+2011 at times), U+00A0 and NFD diacritics inside names.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402

rng = random.Random(20261205 + 45)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Gemma", "Declan", "Fiona", "Rhys", "Abigail", "Connor", "Naomi", "Stuart"],
           ["Pemberton", "Kavanagh", "Doyle", "Hartley", "Mensah-Clarke", "Rowntree", "MacLeod", "Fenwick"]),
    "de": (["Annika", "Florian", "Gudrun", "Henrik", "Lea-Sophie", "Ralf", "Birgit", "Moritz"],
           ["Schröder", "Hagedorn", "Zimmermann", "von der Heyde", "Baumgartner", "Kühn", "Wendt-Ebner", "Pfeiffer"]),
    "fr": (["Sylvie", "Étienne", "Margaux", "Thibault", "Anne-Laure", "Rémi", "Inès"],
           ["Lambert", "Fournier", "de Villiers", "Chevalier", "Faure", "Le Roux", "Benali"]),
    "nl": (["Marloes", "Thijs", "Ilse", "Ruben", "Anouk", "Gijs", "Noor"],
           ["van der Meer", "Visser", "de Boer", "Smits", "Mulder", "van Leeuwen", "Claes"]),
    "es": (["Marta", "Alejandro", "Rocío", "Íñigo", "Ana Belén", "Gonzalo"],
           ["Fernández Gil", "Morales", "del Río", "Serrano", "Muñoz Vidal", "Herrera"]),
    "it": (["Federica", "Alessandro", "Silvia", "Riccardo", "Valentina", "Gianluca"],
           ["Greco", "Marino", "Lo Bianco", "Fontana", "D'Angelo", "Barbieri"]),
    "pt": (["Gonçalo", "Leonor", "Duarte", "Matilde", "Nuno", "Carolina"],
           ["Carvalho", "Sousa", "Rodrigues", "Gonçalves", "de Almeida", "Lopes"]),
    "pl": (["Magdalena", "Krzysztof", "Joanna", "Grzegorz", "Aleksandra", "Wojciech"],
           ["Wiśniewska", "Kamiński", "Szymańska", "Woźniak", "Kozłowski", "Jankowska"]),
    "sv": (["Maja", "Oskar", "Elsa", "Gustav", "Astrid", "Nils"],
           ["Eriksson", "Lundgren", "Håkansson", "Ek", "Wallin", "Forsberg"]),
    "da": (["Ida", "Frederik", "Line", "Søren", "Anne-Mette", "Kasper"],
           ["Christensen", "Larsen", "Pedersen", "Østergaard", "Bech", "Lauridsen"]),
    "no": (["Ingvild", "Eirik", "Marte", "Sindre", "Tuva", "Øystein"],
           ["Berg", "Strand", "Lie", "Eide", "Aasen", "Haugland"]),
    "fi": (["Elina", "Antti", "Noora", "Pekka", "Sanna", "Teemu"],
           ["Lehtonen", "Koskinen", "Järvinen", "Salo", "Hämäläinen", "Rantanen"]),
    "cs": (["Kateřina", "Martin", "Veronika", "Lukáš", "Zuzana", "Radek"],
           ["Horáková", "Novotný", "Marek", "Pokorná", "Růžička", "Veselá"]),
    "hu": (["Anikó", "Zoltán", "Réka", "Péter", "Judit", "Balázs"],
           ["Fekete", "Molnár", "Németh", "Farkas", "Balogh", "Papp"]),
    "tr": (["Fatma", "Hakan", "Derya", "Oğuz", "Selin", "Kemal"],
           ["Arslan", "Koç", "Kurt", "Özdemir", "Aksoy", "Güneş"]),
    "ro": (["Raluca", "Adrian", "Simona", "Florin", "Alina", "Răzvan"],
           ["Georgescu", "Radu", "Marinescu", "Tudor", "Barbu", "Nistor"]),
    "el": (["Vasiliki", "Konstantinos", "Despina", "Panagiotis", "Anna", "Christos"],
           ["Antoniou", "Makris", "Alexiou", "Dimitriou", "Kostopoulou", "Zervas"]),
}
GLOBAL = (["Priya", "Kwabena", "Mei-Ling", "Oluwaseun", "Farida", "Thanh Huong", "Haruto", "Amara",
           "Tendai", "Yusuf", "Soo-ah", "Rohit", "Ngozi", "Bilal"],
          ["Venkataraman", "Asante", "Lin", "Adebayo", "Haddad", "Pham", "Yamamoto", "Okeke",
           "Chikwanha", "Rahimi", "Jeong", "Bhattacharya", "Obi", "Qureshi"])
SYL = {"en": (["gar", "lin", "mor", "by", "tes", "wal", "ne", "rick"], ["wood", "hurst", "son"]),
       "de": (["ar", "lo", "ben", "trau", "sie", "gel", "mun", "dor"], ["hagen", "inger", "stedt"]),
       "fr": (["ma", "lou", "ri", "ven", "ché", "bau", "tis", "fla"], ["eau", "ac", "ergue"]),
       "nl": (["ver", "hoo", "bie", "kra", "wil", "sto", "del", "lem"], ["ema", "stra", "kamp"]),
       "es": (["lo", "ren", "ta", "mi", "gue", "sal", "co", "riz"], ["ales", "ero", "ueta"]),
       "it": (["pa", "ren", "ti", "mo", "se", "lu", "gra", "vic"], ["ucci", "assi", "ello"]),
       "pt": (["fe", "ro", "la", "gui", "mon", "te", "ça", "bei"], ["inho", "ada", "ares"]),
       "pl": (["zo", "bie", "la", "cho", "wi", "ster", "ga", "ru"], ["owska", "uk", "ecki"]),
       "sv": (["ly", "and", "mar", "ke", "sto", "fri", "ul", "hed"], ["lund", "gren", "dahl"]),
       "da": (["vel", "sku", "tam", "bro", "hal", "ri", "ne", "kor"], ["bæk", "skov", "strup"]),
       "no": (["ei", "dal", "ner", "sæ", "bru", "tel", "am", "ki"], ["stad", "nes", "seth"]),
       "fi": (["hei", "ru", "ok", "sa", "lin", "tu", "po", "vaa"], ["ala", "niemi", "vuori"]),
       "cs": (["kro", "lu", "šte", "pa", "vy", "tru", "me", "zá"], ["ovský", "ník", "ová"]),
       "hu": (["sző", "ka", "bor", "mé", "ge", "lá", "zsu", "fe"], ["kuti", "vári", "szegi"]),
       "tr": (["er", "gün", "ka", "sel", "to", "ba", "yur", "dem"], ["can", "soy", "dağ"]),
       "ro": (["io", "ma", "re", "so", "di", "tă", "gu", "ve"], ["ică", "oiu", "ache"]),
       "el": (["ka", "lam", "tri", "so", "dra", "ge", "mi", "no"], ["ellis", "ogiannis", "akou"])}
ALLREAL = {w for g, s in REAL.values() for w in g + s} | set(GLOBAL[0]) | set(GLOBAL[1])


def invent(lg, surname):
    syl, end = SYL[lg]
    while True:
        w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(end)
        w = w[0].upper() + w[1:]
        if w not in ALLREAL:
            return w


def person(lg):
    """(given, surname): half invented, the rest common names of lg or of global origin."""
    r = rng.random()
    if r < 0.5:
        return invent(lg, False), invent(lg, True)
    if r < 0.66:
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    g, s = REAL[lg]
    return rng.choice(g), rng.choice(s)


def given(lg):
    return person(lg)[0]


def oddchars(v):
    """U+00A0 for a space, U+2011 for a hyphen, NFD diacritics: as exports write names, at times."""
    r = rng.random()
    if r < 0.07 and " " in v:
        return v.replace(" ", "\u00a0", 1)
    if r < 0.12 and "-" in v:
        return v.replace("-", "\u2011")
    if r < 0.17 and unicodedata.normalize("NFD", v) != v:
        return unicodedata.normalize("NFD", v)
    return v


def fmt(lg, g, s, style=None):
    """A full name in one of a form's styles."""
    if style is None:
        style = rng.choice(["gs", "gs", "gs", "SG", "S,G", "GS"])
        if lg == "hu" and style == "gs":
            style = "sg"
    if style == "gs":
        v = g + " " + s
    elif style == "sg":
        v = s + " " + g
    elif style == "SG":
        v = s.upper() + " " + g
    elif style == "S,G":
        v = s + ", " + g
    elif style == "SU,G":
        v = s.upper() + ", " + g
    elif style == "GS":
        v = (g + " " + s).upper()
    elif style == "SGU":
        v = (s + " " + g).upper()
    elif style == "low":
        v = (g + " " + s).lower()
    elif style == "init":
        v = g[0] + ". " + s
    else:
        raise ValueError(style)
    return oddchars(v)


# ---- labels ------------------------------------------------------------------------------------
L = {
    "name": {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre y apellidos",
             "it": "Nome e cognome", "pt": "Nome completo", "pl": "Imię i nazwisko", "sv": "Namn",
             "da": "Navn", "no": "Navn", "fi": "Nimi", "cs": "Jméno a příjmení", "hu": "Név",
             "tr": "Adı Soyadı", "ro": "Nume și prenume", "el": "Onomateponymo"},
    "sur": {"en": "Surname", "de": "Nachname", "fr": "Nom", "nl": "Achternaam", "es": "Apellidos",
            "it": "Cognome", "pt": "Apelido", "pl": "Nazwisko", "sv": "Efternamn", "da": "Efternavn",
            "no": "Etternavn", "fi": "Sukunimi", "cs": "Příjmení", "hu": "Vezetéknév", "tr": "Soyadı",
            "ro": "Nume", "el": "Eponymo"},
    "giv": {"en": "First name(s)", "de": "Vorname(n)", "fr": "Prénom(s)", "nl": "Voornamen", "es": "Nombre",
            "it": "Nome", "pt": "Nome próprio", "pl": "Imię", "sv": "Förnamn", "da": "Fornavn",
            "no": "Fornavn", "fi": "Etunimet", "cs": "Jméno", "hu": "Utónév", "tr": "Adı", "ro": "Prenume",
            "el": "Onoma"},
    "dob": {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "nl": "Geboortedatum",
            "es": "Fecha de nacimiento", "it": "Data di nascita", "pt": "Data de nascimento",
            "pl": "Data urodzenia", "sv": "Födelsedatum", "da": "Fødselsdato", "no": "Fødselsdato",
            "fi": "Syntymäaika", "cs": "Datum narození", "hu": "Születési idő", "tr": "Doğum tarihi",
            "ro": "Data nașterii", "el": "Imerominia gennisis"},
    "addr": {"en": "Address", "de": "Anschrift", "fr": "Adresse", "nl": "Adres", "es": "Domicilio",
             "it": "Indirizzo", "pt": "Morada", "pl": "Adres zamieszkania", "sv": "Adress", "da": "Adresse",
             "no": "Adresse", "fi": "Osoite", "cs": "Adresa trvalého pobytu", "hu": "Lakcím", "tr": "Adres",
             "ro": "Domiciliul", "el": "Diefthynsi"},
    "sign": {"en": "Signature", "de": "Unterschrift", "fr": "Signature", "nl": "Handtekening", "es": "Firma",
             "it": "Firma", "pt": "Assinatura", "pl": "Podpis", "sv": "Underskrift", "da": "Underskrift",
             "no": "Underskrift", "fi": "Allekirjoitus", "cs": "Podpis", "hu": "Aláírás", "tr": "İmza",
             "ro": "Semnătura", "el": "Ypografi"},
    "date": {"en": "Date", "de": "Datum", "fr": "Date", "nl": "Datum", "es": "Fecha", "it": "Data",
             "pt": "Data", "pl": "Data", "sv": "Datum", "da": "Dato", "no": "Dato", "fi": "Päivämäärä",
             "cs": "Datum", "hu": "Dátum", "tr": "Tarih", "ro": "Data", "el": "Imerominia"},
    "phone": {"en": "Mobile", "de": "Mobil", "fr": "Portable", "nl": "Mobiel", "es": "Móvil", "it": "Cellulare",
              "pt": "Telemóvel", "pl": "Tel. kom.", "sv": "Mobil", "da": "Mobil", "no": "Mobil", "fi": "Matkapuhelin",
              "cs": "Mobil", "hu": "Mobil", "tr": "Cep tel.", "ro": "Telefon mobil", "el": "Kinito"},
}
# Words that greet and close an e-mail around a form.
HELLO = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "nl": "Beste", "es": "Hola", "it": "Buongiorno",
         "pt": "Olá", "pl": "Dzień dobry", "sv": "Hej", "da": "Hej", "no": "Hei", "fi": "Hei",
         "cs": "Dobrý den", "hu": "Jó napot", "tr": "Merhaba", "ro": "Bună ziua", "el": "Geia sas"}
BYE = {"en": "Kind regards", "de": "Viele Grüße", "fr": "Cordialement", "nl": "Met vriendelijke groet",
       "es": "Un saludo", "it": "Cordiali saluti", "pt": "Com os melhores cumprimentos", "pl": "Pozdrawiam",
       "sv": "Vänliga hälsningar", "da": "Venlig hilsen", "no": "Med vennlig hilsen", "fi": "Ystävällisin terveisin",
       "cs": "S pozdravem", "hu": "Üdvözlettel", "tr": "Saygılarımla", "ro": "Cu stimă", "el": "Me ektimisi"}


def lab(key, lg):
    return L[key][lg]


# ---- dates -------------------------------------------------------------------------------------
def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    if lg in ("sv", "lt"):
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "hu":
        return rng.choice(["%04d.%02d.%02d." % (y, m, d), "%04d. %02d. %02d." % (y, m, d)])
    if lg in ("da", "nl") and rng.random() < 0.5:
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "en" and rng.random() < 0.3:
        return "%02d/%02d/%04d" % (m, d, y)
    if lg in ("en", "fr", "es", "it", "pt", "el", "tr"):
        return "%02d/%02d/%04d" % (d, m, y) if rng.random() < 0.8 else "%02d.%02d.%04d" % (d, m, y)
    if lg in ("fi", "cs") and rng.random() < 0.5:
        return "%d.%d.%04d" % (d, m, y)
    if lg == "cs" and rng.random() < 0.5:
        return "%d. %d. %04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def dword(lg, y, m, d):
    """A date with its month in words where the corpus has the names, else numeric."""
    if lg in MONTHS:
        mo = MONTHS[lg][m - 1]
        if lg == "en":
            return rng.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)])
        if lg == "de":
            return "%d. %s %d" % (d, mo, y)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (d, mo, y)
        return "%d %s %d" % (d, mo, y)
    return dnum(lg, y, m, d)


def dob(lg, lo=1938, hi=2006, words=0.2):
    y, m, d = ymd(lo, hi)
    return dword(lg, y, m, d) if rng.random() < words else dnum(lg, y, m, d)


def other(lg, lo=2021, hi=2026):
    return dnum(lg, *ymd(lo, hi))


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


# ---- addresses ---------------------------------------------------------------------------------
def n(lo=1, hi=160):
    return str(rng.randint(lo, hi))


ST = {"en": ["Gladstone Road", "Priory Lane", "Hawthorn Close", "Elm Grove", "Station Parade"],
      "de": ["Ahornweg", "Mühlenstraße", "Lerchenfeldgasse", "Bergstr.", "Am Anger", "Seestrasse"],
      "fr": ["rue des Tanneurs", "avenue de la Gare", "chemin des Vignes", "boulevard Carnot", "rue du Moulin"],
      "nl": ["Lindelaan", "Kerkstraat", "Prinsengracht", "Molenweg", "Dorpsstraat"],
      "es": ["Calle de Toledo", "C/ del Pez", "Avenida de América", "Calle Real", "Ronda de Segovia"],
      "it": ["Via Mazzini", "Via delle Rose", "Corso Italia", "Viale Monza", "Via Nazionale"],
      "pt": ["Rua do Carmo", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Fala-Só"],
      "pl": ["ul. Polna", "ul. Słoneczna", "ul. Grunwaldzka", "al. Niepodległości", "ul. Leśna"],
      "sv": ["Linnégatan", "Götgatan", "Ekvägen", "Norra Långgatan", "Skolgatan"],
      "da": ["Østergade", "Frederiksberg Allé", "Bøgevej", "Vestre Ringgade", "Skolevej"],
      "no": ["Trondheimsveien", "Bjørnstjerne Bjørnsons gate", "Lillevegen", "Kongens gate", "Sandviksveien"],
      "fi": ["Pihlajatie", "Satakunnankatu", "Kauppakatu", "Rantakatu", "Länsiväylä"],
      "cs": ["Vinohradská", "Husova", "Palackého", "Na Příkopě", "Masarykova"],
      "hu": ["Váci utca", "Kossuth Lajos u.", "Rákóczi út", "Petőfi Sándor utca", "Bartók Béla út"],
      "tr": ["Bağdat Caddesi", "Atatürk Bulvarı", "Çiçek Sokak", "Menekşe Sk.", "Cumhuriyet Cad."],
      "ro": ["Str. Republicii", "Bd. Carol I", "Str. Zorilor", "Calea Dorobanților", "Str. Morii"],
      "el": ["Odos Ermou", "Leoforos Kifisias", "Odos Patision", "Odos Tsimiski", "Leof. Syngrou"]}
TOWN = {"en": ["Bath BA1 2QH", "Cardiff CF10 3AT", "Galway H91 E2W8", "Exeter EX4 3PL", "Harrogate HG1 5LD"],
        "de": ["28195 Bremen", "1080 Wien", "8004 Zürich", "69117 Heidelberg", "24103 Kiel"],
        "fr": ["35000 Rennes", "1000 Bruxelles", "1205 Genève", "67000 Strasbourg", "31000 Toulouse"],
        "nl": ["3511 LK Utrecht", "9000 Gent", "2011 HM Haarlem", "5611 EM Eindhoven"],
        "es": ["28005 Madrid", "50001 Zaragoza", "48001 Bilbao", "18009 Granada"],
        "it": ["20154 Milano", "80134 Napoli", "37121 Verona", "16121 Genova"],
        "pt": ["1200-109 Lisboa", "4000-322 Porto", "3000-141 Coimbra", "8000-173 Faro"],
        "pl": ["30-001 Kraków", "80-211 Gdańsk", "60-101 Poznań", "20-001 Lublin"],
        "sv": ["413 01 Göteborg", "222 21 Lund", "702 10 Örebro", "753 20 Uppsala"],
        "da": ["8000 Aarhus C", "2100 København Ø", "9000 Aalborg", "5000 Odense C"],
        "no": ["0182 Oslo", "5015 Bergen", "7030 Trondheim", "4006 Stavanger"],
        "fi": ["00250 Helsinki", "33200 Tampere", "20500 Turku", "90100 Oulu"],
        "cs": ["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň", "779 00 Olomouc"],
        "hu": ["1052 Budapest", "6720 Szeged", "4025 Debrecen", "7621 Pécs"],
        "tr": ["34710 Kadıköy/İstanbul", "06690 Çankaya/Ankara", "35210 Konak/İzmir"],
        "ro": ["400001 Cluj-Napoca", "010011 București", "300001 Timișoara", "700001 Iași"],
        "el": ["105 63 Athina", "546 22 Thessaloniki", "262 21 Patra", "712 02 Irakleio"]}


def street(lg):
    s = rng.choice(ST[lg])
    if lg == "fr":
        return n(1, 90) + rng.choice(["", "", " bis"]) + " " + s
    if lg == "en":
        return rng.choice(["", "", "Flat " + n(1, 9) + ", "]) + n(1, 200) + " " + s
    if lg == "hu":
        return s + " " + n(1, 90) + "." + rng.choice(["", " II. em. 4.", " 3/12."])
    if lg == "pl":
        return s + " " + n() + rng.choice(["", "/" + n(1, 40), " m. " + n(1, 40)])
    if lg == "cs":
        return s + " " + n(100, 2500) + "/" + n(1, 60)
    if lg == "es":
        return s + ", " + n() + rng.choice(["", ", 3.º B", ", 1.º izq."])
    if lg == "pt":
        return s + ", " + n() + rng.choice(["", ", 2.º Esq.", ", r/c Dto."])
    if lg == "tr":
        return rng.choice(["Caferağa Mah. ", "Yenişehir Mah. ", ""]) + s + " No: " + n(1, 90) + rng.choice(["", " D: " + n(1, 20)])
    if lg == "ro":
        return s + " nr. " + n(1, 99) + rng.choice(["", ", bl. B" + n(1, 9) + ", ap. " + n(1, 60)])
    if lg == "nl":
        return s + " " + n() + rng.choice(["", "-2", " A", " bus 3"])
    if lg == "sv":
        return s + " " + n(1, 80) + rng.choice(["", " lgh 1102", ", 2 tr"])
    if lg == "da":
        return s + " " + n(1, 120) + rng.choice(["", ", 2. tv.", ", st. th."])
    return s + " " + n(1, 120) + rng.choice(["", "", "a", " B"])


def address(lg, sep=", "):
    if lg == "hu":
        return rng.choice(TOWN[lg]) + sep + street(lg)
    return street(lg) + sep + rng.choice(TOWN[lg])


def phone(lg):
    cc = {"en": "+44 7", "de": "+49 15", "fr": "+33 6", "nl": "+31 6", "es": "+34 6", "it": "+39 3",
          "pt": "+351 91", "pl": "+48 5", "sv": "+46 70", "da": "+45 2", "no": "+47 9", "fi": "+358 40",
          "cs": "+420 7", "hu": "+36 30", "tr": "+90 53", "ro": "+40 72", "el": "+30 69"}[lg]
    return cc + "%d %03d %04d" % (rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 9999))


# ---- look-alikes -------------------------------------------------------------------------------
BOATS = ["Anna Katharina", "Lady Margaret", "Sofie II", "Jonas Lund", "Greta", "Marie-Louise", "Elisabeth",
         "Kapitän Hansen", "Sea Breeze", "Santa Lucia", "Stella Maris", "Aino", "Zoe Mae"]
HORSES = ["Fräulein Lotte", "Duke Ellington", "Bella Rosa", "Sir Henry", "Mister Jones", "Contessa"]
QUEENS = ["Queen Victoria", "Königin Luise", "Carnica Sklenar", "Buckfast B-Line", "Elgon", "Mama Ruth"]
DRONES = ["DJI Mini 4 Pro", "DJI Mavic 3 Classic", "Parrot Anafi", "Autel EVO Lite+", "Skydio 2+"]
DRONE_PET = ["Bruno", "Lola", "Kasper", "Tiny Tim", "Mr Whiskers"]
TARIFFS = ["Magenta Mobil M", "Red Unlimited Max", "Forfait Sensation 100 Go", "Sim Only Unlimited",
           "Yoigo La Sinfín", "Young Plus 5G", "Tarifa Fibra 600"]
HANDSETS = ["iPhone 15", "Galaxy A55", "Pixel 8a", "Fairphone 5", "Xiaomi Redmi Note 13"]
HEARING = ["Phonak Audéo Lumity", "Oticon Intent 1", "Signia Pure Charge&Go", "Widex Moment Sheer",
           "ReSound Omnia"]
EPON_TESTS = ["Weber test", "Rinne test", "Ménière's disease", "Eustachian tube", "Schwabach test"]
BIKES = ["Gazelle Ultimate C8", "Riese & Müller Charger4", "Brompton C Line", "Cube Kathmandu",
         "Van Moof S5", "Raleigh Pioneer"]
DISHES = ["Beef Wellington", "Pêche Melba", "Eggs Benedict", "Caesar salad", "Pizza Margherita",
          "Sachertorte", "Pavlova", "Carpaccio", "Bismarck herring", "Waldorf salad"]
COURSES = ["Jack Nicklaus Signature Course", "Old Tom Morris Links", "Seve Ballesteros Course",
           "Arnold Palmer Course", "Championship Course"]
TROPHIES = ["Henderson Cup", "Memorial Trophy Otto Brenner", "Lady Captain's Prize", "Sir Peter Shield"]
COMPOSER_WORKS = ["Clementi Sonatina op. 36 no. 1", "Mozart K. 545", "Chopin Nocturne op. 9/2",
                  "Bach Invention no. 8", "Grieg Arietta op. 12", "Satie Gymnopédie no. 1"]
SCHOOLS = ["Carl Nielsen Musikskole", "Béla Bartók Zeneiskola", "Conservatorio Giuseppe Verdi",
           "Janáček Academy", "Sibelius-opisto", "Musikschule Johann Strauss"]
INSTITUTES = ["Goethe-Institut", "Instituto Cervantes", "Alliance Française", "Camões Instituto",
              "Società Dante Alighieri", "Yunus Emre Enstitüsü"]
ROOMS = ["Ada Lovelace", "Marie Curie", "Nikola Tesla", "Grace Hopper", "Alan Turing", "Hedy Lamarr"]
ARCH_FONDS = ["Nachlass Thomas Mann", "Fonds Victor Hugo", "Papers of W. B. Yeats", "Archivo Lorca",
              "Karen Blixen-arkivet", "Fondo Pirandello"]
CASINOS = ["Casino Baden", "Grand Casino Luzern", "Holland Casino Scheveningen", "Casino Estoril",
           "Casinos Austria", "Casino Barrière"]
FOUNDATIONS = ["Stiftung Anna Haag", "Fondation Abbé Pierre", "Joseph Rowntree Foundation",
               "Fundação Calouste Gulbenkian", "Carl Zeiss Stiftung", "Stichting Vincent van Gogh"]
FIRMS = ["Schmitz & Söhne GmbH", "Hansen Låsservice ApS", "Dupont Frères SARL", "Rossi Traslochi srl",
         "Kowalski Sp. z o.o.", "Nyström Skadedjur AB", "Papadakis Bros", "Anticimex", "Rentokil"]
COURTS = ["Amtsgericht Pankow", "Tribunal judiciaire de Lyon", "Rechtbank Gelderland",
          "Tribunale di Milano", "Sąd Rejonowy dla Krakowa", "Okresní soud v Olomouci",
          "Budai Központi Kerületi Bíróság", "Tingsrätt Göteborg"]
PLACES = ["Visby", "Salzburg", "Sintra", "Hallstatt", "Kotor", "Hydra", "Ystad", "Bruges"]


class D(Doc):
    records = records

    def p(self, lg, style=None, pre="", post=""):
        g, s = person(lg)
        self.last = (g, s)
        return self.t(pre).span("PERSON", fmt(lg, g, s, style)).t(post)

    def pv(self, v, pre="", post=""):
        return self.t(pre).span("PERSON", v).t(post)

    def neg(self, kind, v, pre="", post=""):
        return self.t(pre).span("NEG_" + kind, v).t(post)

    def b(self, lg, pre="", post="", **kw):
        return self.t(pre).span("DATE_OF_BIRTH", dob(lg, **kw)).t(post)

    def a(self, lg, pre="", post="", sep=", "):
        return self.t(pre).span("STREET_ADDRESS", address(lg, sep)).t(post)

    def ph(self, lg, pre="", post=""):
        return self.t(pre).span("PHONE_NUMBER", phone(lg)).t(post)


def email_wrap(d, lg, body_fn, sender=True):
    """An e-mail around a form: a greeting, the form, a close with the sender's name."""
    d.t(HELLO[lg] + ",\n\n")
    body_fn()
    d.t("\n\n" + BYE[lg] + ",\n")
    if sender:
        d.p(lg, "gs", post="\n")


# ---- classes -----------------------------------------------------------------------------------
def mobile(lg):
    d = D(lg, "mobile")
    k = rng.randrange(4)
    if k == 0:
        T = {"en": "Contract summary", "de": "Vertragszusammenfassung", "fr": "Récapitulatif contractuel",
             "nl": "Contractsamenvatting", "es": "Resumen del contrato", "it": "Sintesi contrattuale",
             "pt": "Resumo do contrato", "pl": "Podsumowanie umowy", "sv": "Avtalssammanfattning",
             "da": "Aftaleoversigt", "no": "Avtaleoppsummering", "fi": "Sopimuksen yhteenveto",
             "cs": "Shrnutí smlouvy", "hu": "Szerződési összefoglaló", "tr": "Sözleşme özeti",
             "ro": "Rezumatul contractului", "el": "Synopsi symvasis"}
        d.t(T[lg] + " (EU 2019/2243)\n")
        d.t({"en": "Contract holder", "de": "Vertragsinhaber/in", "fr": "Titulaire de la ligne", "nl": "Contracthouder",
             "es": "Titular", "it": "Intestatario", "pt": "Titular", "pl": "Abonent", "sv": "Avtalsinnehavare",
             "da": "Abonnent", "no": "Abonnent", "fi": "Liittymän haltija", "cs": "Účastník", "hu": "Előfizető",
             "tr": "Abone", "ro": "Titular", "el": "Syndromitis"}[lg] + ": ")
        d.p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.neg("PRODUCT", rng.choice(TARIFFS), "Tarif: ", "  ").neg("PRODUCT", rng.choice(HANDSETS), "+ ", "\n")
        if rng.random() < 0.6:
            d.t({"de": "Zusatzkarte für", "fr": "Carte supplémentaire pour", "nl": "Extra simkaart voor"}.get(lg, "Additional SIM user") + ": ")
            d.p(lg, rng.choice(["gs", "SG"]), post="\n")
        d.t(lab("sign", lg) + ": ").p(lg, "gs", post="   " + lab("date", lg) + ": ").neg("DATE", other(lg), post="\n")
    elif k == 1:
        g, s = person(lg)
        d.t("order_id,msisdn,holder_last,holder_first,birth_date,street,city,plan\n")
        d.t("ORD-" + n(100000, 999999) + ",").ph(lg, post=",").pv(s.upper(), post=",").pv(g, post=",")
        y, m, dd = ymd(1950, 2005)
        d.span("DATE_OF_BIRTH", iso(y, m, dd)).t(",")
        st = street(lg)
        d.span("STREET_ADDRESS", st).t("," + rng.choice(TOWN[lg]).split(" ")[-1] + ",").neg("PRODUCT", rng.choice(TARIFFS), post="\n")
    elif k == 2:
        def body():
            d.t({"de": "anbei die Auftragsbestätigung für", "fr": "veuillez trouver la confirmation pour",
                 "es": "adjunto la confirmación del alta de"}.get(lg, "please find the order confirmation for") + " ")
            d.p(lg, "gs", post=":\n\n")
            d.t("  MSISDN ....... ").ph(lg, post="\n  ")
            d.t(lab("name", lg) + " ..... ").p(lg, "SG", post="\n  ")
            d.t(lab("dob", lg) + " ..... ").b(lg, post="\n  ")
            d.t("SIM  ......... 8944" + "".join(str(rng.randint(0, 9)) for _ in range(15)) + "\n  ")
            d.t("Tarif ........ ").neg("PRODUCT", rng.choice(TARIFFS))
        email_wrap(d, lg, body)
    else:
        d.t("[Shop " + rng.choice(["Hbf", "Centrum", "Mall"]) + "] ")
        d.t({"de": "Verkäufer", "fr": "Vendeur", "nl": "Verkoper", "es": "Vendedor", "it": "Addetto"}.get(lg, "Seller") + ": ")
        d.pv(given(lg), post=" | ")
        d.t({"de": "Kunde", "fr": "Client", "nl": "Klant", "es": "Cliente", "it": "Cliente", "pl": "Klient"}.get(lg, "Customer") + ": ")
        d.p(lg, "SU,G", post=" | ID: " + rng.choice("ABCDEFGHX") + n(1000000, 9999999) + " | ")
        d.t("DOB ").b(lg, post=" | porting from ").neg("ORG", rng.choice(["Vodafone", "Orange", "Telia", "O2", "TIM"]), post="\n")
    d.done()


def broadband(lg):
    d = D(lg, "broadband")
    k = rng.randrange(3)
    if k == 0:
        g, s = person(lg)
        d.t("2025-0" + n(1, 9) + "-1" + n(0, 9) + "T08:" + n(10, 59) + ":02Z level=info svc=provisioning ")
        d.t("order=FTTH-" + n(10000, 99999) + " subscriber_name=\"").pv(g + " " + s, post="\" ")
        d.t("install_addr=\"").span("STREET_ADDRESS", address(lg)).t("\" ont=ZTEG" + n(1000, 9999) + " ")
        d.t("technician=").pv((given(lg)).lower() + "." + invent(lg, True).lower()).t(" status=ACTIVATED\n")
        d.t("2025-0" + n(1, 9) + "-1" + n(0, 9) + "T08:" + n(10, 59) + ":41Z level=warn svc=crm msg=\"dob mismatch\" ")
        d.t("contact=\"").pv(s.upper() + " " + g, post="\" dob=").b(lg, post="\n")
    elif k == 1:
        d.t({"de": "Auftrag Glasfaseranschluss", "fr": "Souscription fibre", "nl": "Aanvraag glasvezel",
             "es": "Alta de fibra", "it": "Attivazione fibra", "pl": "Zamówienie światłowodu"}.get(lg, "Fibre broadband order") + "\n")
        g, s = person(lg)
        d.t(lab("sur", lg) + ": ").pv(s.upper(), post="    " + lab("giv", lg) + ": ").pv(g, post="\n")
        d.b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t({"de": "Ansprechpartner vor Ort", "fr": "Contact sur place", "nl": "Contactpersoon ter plaatse"}.get(lg, "On-site contact") + ": ")
        d.p(lg, "gs", post=" (").ph(lg, post=")\n")
        d.neg("PRODUCT", rng.choice(["FritzBox 7590 AX", "Livebox 7", "Ziggo Giga", "Fibra 1Gb"]), "Router: ", "\n")
    else:
        d.t("chat transcript\n")
        g, s = person(lg)
        d.t("agent " + given(lg).lower() + ": can i have the account holder's full name and date of birth?\n")
        d.t("customer: ").pv((g + " " + s).lower(), post=", ").b(lg, post="\n")
        d.t("customer: the line is at ").a(lg, post=", it's in my partner ")
        d.pv(given(lg).lower(), post="'s name actually\n")
    d.done()


def boat(lg):
    d = D(lg, "boat")
    k = rng.randrange(3)
    bname = rng.choice(BOATS)
    if k == 0:
        d.t({"de": "Auszug aus dem Binnenschiffsregister", "fr": "Extrait du registre de francisation",
             "nl": "Uittreksel Kadaster teboekstelling", "sv": "Utdrag ur båtregistret", "fi": "Vesikulkuneuvorekisteriote",
             "da": "Udskrift fra Skibsregistret", "no": "Utskrift fra Småbåtregisteret"}.get(lg, "Small Ships Register extract") + "\n")
        d.t("Name of vessel: ").neg("VESSEL", bname, post="   Reg. no. " + rng.choice(["SSR", "NL-", "FIN-", "D-"]) + n(10000, 99999) + "\n")
        d.t({"de": "Eigentümer", "fr": "Propriétaire", "nl": "Eigenaar", "sv": "Ägare", "fi": "Omistaja",
             "da": "Ejer", "no": "Eier"}.get(lg, "Owner") + ": ").p(lg, "SG", post=", ").b(lg, "* ", "\n")
        d.a(lg, "    ", "\n")
        if rng.random() < 0.6:
            d.t({"de": "Miteigentümer", "fr": "Copropriétaire", "nl": "Mede-eigenaar", "sv": "Delägare"}.get(lg, "Joint owner") + ": ")
            d.p(lg, "SG", post=" (50/100)\n")
        d.t("Hull: GRP  Length: " + n(6, 14) + "." + n(0, 9) + " m  Builder: ").neg("ORG", rng.choice(["Hallberg-Rassy", "Beneteau", "Nauticat", "Bavaria"]), post="\n")
    elif k == 1:
        d.t("crew list for ").neg("VESSEL", bname, post=" (").neg("PLACE", rng.choice(PLACES), post=" → ").neg("PLACE", rng.choice(PLACES), post=")\n")
        d.t("skipper: ").p(lg, "gs", post="\n")
        for i in range(rng.randint(2, 4)):
            d.t(str(i + 1) + ". ").p(lg, rng.choice(["gs", "SG"]), post=" – ").b(lg, post="\n")
    else:
        d.t("<vessel><name>").neg("VESSEL", bname).t("</name><owner><fullName>").p(lg, "gs")
        d.t("</fullName><address>").a(lg).t("</address></owner><berth>" + rng.choice("ABCD") + "-" + n(1, 80) + "</berth></vessel>\n")
    d.done()


def skipper(lg):
    d = D(lg, "skipper")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Sportbootführerschein See", "fr": "Permis plaisance option côtière", "nl": "Klein Vaarbewijs I",
             "es": "Patrón de Embarcaciones de Recreo", "it": "Patente nautica entro 12 miglia",
             "pl": "Patent żeglarza jachtowego", "hu": "Kedvtelési célú kisgéphajó-vezető", "el": "Diploma Ekmetalleysis Tachyploou Skafous",
             "hr": "Voditelj brodice"}.get(lg, "International Certificate of Competence") + "\n")
        d.t("1. ").p(lg, "SGU", post="\n2. ").b(lg, post="  ").neg("PLACE", rng.choice(PLACES), post="\n")
        d.t("4a. ").neg("DATE", other(lg), post="   4b. ").neg("DATE", other(lg, 2030, 2036), post="\n")
        d.t("Examiner / Prüfer: ").p(lg, "gs", post="\n")
    elif k == 1:
        d.t("Exam results – Day Skipper theory\ncandidate | born | result\n")
        for _ in range(rng.randint(2, 4)):
            d.p(lg, rng.choice(["gs", "S,G"]), post=" | ").b(lg, post=" | " + rng.choice(["pass", "pass", "resit"]) + "\n")
        d.t("Instructor: ").p(lg, "gs", post=", ").neg("ORG", rng.choice(["Solent Sailing School", "Segelschule Wannsee", "Zeilschool De Friese Meren"]), post="\n")
    else:
        d.t("hi, renewing my licence, holder is ").p(lg, "low", post=" born ").b(lg, post=", boat stays the ")
        d.neg("VESSEL", rng.choice(BOATS), post=" at ").neg("PLACE", rng.choice(PLACES), post=".\n")
    d.done()


def drone(lg):
    d = D(lg, "drone")
    k = rng.randrange(3)
    if k == 0:
        d.t("UAS operator registration\nOperator ID: " + rng.choice(["DEU", "FRA", "NLD", "ESP", "ITA", "POL", "SWE", "FIN", "CZE", "HUN", "GRC"]))
        d.t("rr" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12)) + "\n")
        d.t({"de": "Betreiber", "fr": "Exploitant", "nl": "Exploitant", "es": "Operador", "it": "Operatore"}.get(lg, "Operator") + ": ")
        d.p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t("Remote pilot: ").p(lg, "gs", post="  (A1/A3 certificate)\n")
        d.t("Aircraft: ").neg("PRODUCT", rng.choice(DRONES), post="  nickname: ").neg("PET", rng.choice(DRONE_PET), post="\n")
    elif k == 1:
        d.t("Remote pilot competency certificate A2 CofC\n")
        g, s = person(lg)
        d.t(lab("sur", lg) + " / Surname: ").pv(s.upper(), post="\n" + lab("giv", lg) + " / Given names: ").pv(g, post="\n")
        d.t(lab("dob", lg) + " / Date of birth: ").b(lg, post="\n")
        d.t("Issued: ").neg("DATE", other(lg), post=" by ").neg("ORG", rng.choice(["Luftfahrt-Bundesamt", "DGAC", "ILT", "AESA", "ENAC", "ULC", "Transportstyrelsen"]), post="\n")
    else:
        d.t("id,operator,pilot,drone,flights\n")
        for _ in range(rng.randint(2, 4)):
            d.t("OP" + n(100, 999) + ",").p(lg, "gs", post=",").p(lg, "gs", post=",").neg("PRODUCT", rng.choice(DRONES), post="," + n(1, 60) + "\n")
    d.done()


def chimney(lg):
    d = D(lg, "chimney")
    T = {"de": "Feuerstättenbescheid / Feuerstättenschau", "fr": "Certificat de ramonage", "pl": "Protokół kontroli przewodów kominowych (kominiarz)",
         "sv": "Protokoll brandskyddskontroll (sotning)", "fi": "Nuohoustodistus", "hu": "Kéményseprő-ipari ellenőrzés jegyzőkönyve",
         "cs": "Zpráva o kontrole spalinové cesty", "nl": "Veegcertificaat schoorsteen", "da": "Skorstensfejerattest",
         "no": "Feiing og tilsyn – rapport", "en": "Chimney sweep certificate", "it": "Certificato spazzacamino",
         "es": "Certificado de deshollinado", "pt": "Certificado de limpeza de chaminé", "tr": "Baca temizlik belgesi",
         "ro": "Proces-verbal curățare coș de fum", "el": "Pistopoiitiko katharismou kaminadas"}
    d.t(T[lg] + "\n")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Eigentümer", "fr": "Propriétaire / occupant", "pl": "Właściciel", "sv": "Fastighetsägare",
             "fi": "Kiinteistön omistaja", "hu": "Tulajdonos", "cs": "Vlastník"}.get(lg, "Owner") + ": ")
        d.p(lg, post="\n").a(lg, {"de": "Grundstück", "fr": "Adresse du logement"}.get(lg, lab("addr", lg)) + ": ", "\n")
        d.t("Feuerstätte / appliance: ").neg("PRODUCT", rng.choice(["Hase Luna", "Jøtul F 163", "Contura 556", "Justus Faro", "Max Blank Aspen"]), post="\n")
        d.t({"de": "Bezirksschornsteinfegermeister", "fr": "Ramoneur"}.get(lg, "Sweep") + ": ")
        d.p(lg, "gs", post=", ").neg("DATE", other(lg), post="\n")
    elif k == 1:
        d.t("Objekt: ").a(lg, post="\n")
        d.t("Mieter: ").p(lg, "S,G", post="  ").t("Vermieter: ").neg("ORG", rng.choice(["Vonovia SE", "LEG Immobilien", "Gewobag"]), post="\n")
        d.t("gez. ").p(lg, "gs", post=" (" + rng.choice(["Kaminkehrermeister", "sweep", "technician"]) + ")\n")
    else:
        def body():
            d.t("the sweep ").p(lg, "gs", post=" came today to ").a(lg, post=". certificate attached, signed by the owner ")
            d.p(lg, "gs", post=".")
        email_wrap(d, lg, body)
    d.done()


def bulky(lg):
    d = D(lg, "bulky")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Sperrmüllanmeldung", "fr": "Demande d'enlèvement des encombrants", "nl": "Aanmelding grofvuil",
             "es": "Solicitud de recogida de muebles y enseres", "it": "Prenotazione ritiro ingombranti",
             "pl": "Zgłoszenie odbioru gabarytów", "sv": "Beställning grovsopor", "da": "Bestilling af storskrald",
             "no": "Bestilling av grovavfall", "fi": "Suurjätteen noutotilaus", "cs": "Objednávka svozu objemného odpadu",
             "hu": "Lomtalanítási igénylés", "tr": "Hacimli atık alım talebi", "ro": "Solicitare ridicare deșeuri voluminoase",
             "el": "Aitisi apokomidis ogkodon"}.get(lg, "Bulky waste collection booking") + "\n")
        d.t(lab("name", lg) + ": ").p(lg, post="\n").a(lg, lab("addr", lg) + ": ", "\n").ph(lg, lab("phone", lg) + ": ", "\n")
        d.t("Items: sofa, 2 chairs, ").neg("PRODUCT", rng.choice(["IKEA Billy", "IKEA Malm", "Kallax"]), post=" shelf\n")
        d.t({"de": "Übergabe durch Nachbarn", "fr": "Remis par le voisin"}.get(lg, "Handed over by neighbour") + ": ").p(lg, "gs", post="\n")
    elif k == 1:
        d.t("booking ref | date | name | street\n")
        for _ in range(rng.randint(2, 3)):
            d.t("BW" + n(10000, 99999) + " | ").neg("DATE", other(lg), post=" | ").p(lg, "SG", post=" | ").span("STREET_ADDRESS", street(lg)).t("\n")
    else:
        d.t("hey, can you book the sperrmüll for me? name ").p(lg, "low", post=", ").a(lg, post=", not the old flat on ")
        d.neg("STREET", rng.choice(["Goethestraße", "rue Victor Hugo", "Mozartgasse", "Via Garibaldi", "Kossuth tér"]), post=".\n")
    d.done()


def redirect(lg):
    d = D(lg, "redirect")
    k = rng.randrange(3)
    g, s = person(lg)
    if k == 0:
        d.t({"de": "Nachsendeauftrag Privat", "fr": "Contrat de réexpédition définitive", "nl": "Verhuisdoorzending",
             "es": "Reenvío de correo", "it": "Seguimi – richiesta di inoltro", "pl": "Dosyłanie przesyłek",
             "sv": "Eftersändning", "da": "Flytning af post", "no": "Ettersending", "fi": "Postin edelleenlähetys",
             "cs": "Dosílání zásilek", "hu": "Utánküldési kérelem", "tr": "Adres değişikliği", "ro": "Redirecționare corespondență",
             "el": "Anakateythynsi allilografias"}.get(lg, "Mail redirection (Royal Mail Redirection)") + "\n")
        d.t({"de": "Bisherige Anschrift", "fr": "Ancienne adresse", "nl": "Oud adres"}.get(lg, "Old address") + ": ").a(lg, post="\n")
        d.t({"de": "Neue Anschrift", "fr": "Nouvelle adresse", "nl": "Nieuw adres"}.get(lg, "New address") + ": ").a(lg, post="\n")
        d.t({"de": "Personen", "fr": "Personnes concernées", "nl": "Personen"}.get(lg, "People moving") + ":\n")
        d.t("  1) ").pv(fmt(lg, g, s, "gs"), post="\n")
        for i in range(rng.randint(1, 3)):
            d.t("  %d) " % (i + 2)).pv(rng.choice([given(lg) + " " + s, invent(lg, False) + " " + s]), post="\n")
        d.t({"de": "gültig ab", "fr": "à compter du"}.get(lg, "from") + " ").neg("DATE", other(lg), post="\n")
    elif k == 1:
        d.t("Names to redirect: ").pv(g, post=", ").pv(given(lg), post=", ").pv(given(lg), post=" ").pv(s, post=" & ").neg("ORG", rng.choice(FIRMS), post=" (business post)\n")
        d.t("From ").a(lg, post=" to ").a(lg, post="\n")
    else:
        d.t('{"redirection":{"applicant":{"lastName":"').pv(s).t('","firstName":"').pv(g).t('","birthDate":"')
        y, m, dd = ymd(1945, 2004)
        d.span("DATE_OF_BIRTH", iso(y, m, dd)).t('"},"coResidents":["').p(lg, "gs").t('","').p(lg, "gs").t('"],"term":"12M"}}\n')
    d.done()


def music(lg):
    d = D(lg, "music")
    k = rng.randrange(3)
    school = rng.choice(SCHOOLS)
    if k == 0:
        d.neg("ORG", school, post=" – ")
        d.t({"de": "Anmeldung", "fr": "Inscription", "da": "Tilmelding", "hu": "Beiratkozás", "it": "Iscrizione", "cs": "Přihláška", "fi": "Ilmoittautuminen"}.get(lg, "Enrolment") + "\n")
        d.t({"de": "Schüler/in", "fr": "Élève", "da": "Elev", "hu": "Növendék", "it": "Allievo/a", "cs": "Žák", "fi": "Oppilas", "nl": "Leerling", "sv": "Elev", "no": "Elev"}.get(lg, "Pupil") + ": ")
        g, s = person(lg)
        d.pv(fmt(lg, g, s), post="   " + lab("dob", lg) + ": ").b(lg, lo=2008, hi=2019, post="\n")
        d.t({"de": "Erziehungsberechtigte/r", "fr": "Responsable légal", "da": "Forælder", "hu": "Szülő / gondviselő", "it": "Genitore", "cs": "Zákonný zástupce", "nl": "Ouder/verzorger"}.get(lg, "Parent/guardian") + ": ")
        d.pv(fmt(lg, given(lg), s), post="\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t({"de": "Instrument: Klavier, Lehrkraft", "fr": "Instrument : piano, professeur", "hu": "Hangszer: zongora, tanár"}.get(lg, "Instrument: piano, teacher") + ": ")
        d.p(lg, "gs", post="\n")
    elif k == 1:
        d.t("Exam entry list – Grade " + n(1, 8) + " piano, session ").neg("DATE", other(lg), post="\n")
        d.t("No. | Candidate | DoB | Teacher | Piece\n")
        for i in range(rng.randint(3, 5)):
            d.t(str(i + 1) + " | ").p(lg, rng.choice(["S,G", "gs"]), post=" | ").b(lg, lo=2006, hi=2018, post=" | ")
            d.p(lg, "init", post=" | ").neg("WORK", rng.choice(COMPOSER_WORKS), post="\n")
    else:
        d.t("ensemble rehearsal, who's in:\n")
        for _ in range(rng.randint(3, 6)):
            d.t("- ").pv(given(lg), post=rng.choice([" (violin)", " (cello)", " (flute)", ""]) + "\n")
        d.t("pieces: ").neg("WORK", rng.choice(COMPOSER_WORKS), post="; room ").neg("ROOM", rng.choice(["Bartók-terem", "Saal Schubert", "Salle Debussy"]), post="\n")
    d.done()


def lang(lg):
    d = D(lg, "lang")
    k = rng.randrange(3)
    inst = rng.choice(INSTITUTES)
    if k == 0:
        d.neg("ORG", inst, post=" – placement test result\n")
        d.t("Student: ").p(lg, "SG", post="\nDate of birth: ").b(lg, post="\n")
        d.t("Level: " + rng.choice(["A2", "B1", "B2", "C1"]) + "  Teacher: ").p(lg, "gs", post="\n")
        d.t("Course: ").neg("PRODUCT", rng.choice(["Goethe-Zertifikat B1", "DELE B2", "DELF B1", "CILS Due", "CELI 3"]), post="\n")
    elif k == 1:
        d.t("Class list " + rng.choice(["Intensivkurs", "Cours du soir", "Corso serale"]) + " (room ").neg("ROOM", rng.choice(ROOMS), post=")\n")
        for _ in range(rng.randint(3, 6)):
            d.p(lg, rng.choice(["SG", "S,G", "gs"]), post="\t" + rng.choice(["B1", "B1", "B2"]) + "\n")
        d.t("Teacher: ").p(lg, "gs", post="\n")
    else:
        def body():
            d.t("I would like to enrol my daughter ").pv(given(lg), post=" (born ").b(lg, lo=2005, hi=2012, post=") in the summer course at the ")
            d.neg("ORG", inst, post=".")
        email_wrap(d, lg, body)
    d.done()


def cowork(lg):
    d = D(lg, "cowork")
    k = rng.randrange(3)
    if k == 0:
        d.t("Member list – " + rng.choice(["Factory Görlitzer Park", "Impact Hub", "Spaces Zuidas", "Betahaus"]) + "\n")
        d.t("member,company,plan,desk\n")
        for _ in range(rng.randint(3, 5)):
            d.p(lg, "gs", post=",")
            if rng.random() < 0.5:
                d.neg("ORG", rng.choice(FIRMS), post=",")
            else:
                d.t("freelance,")
            d.t(rng.choice(["Fixed desk", "Flex", "Office"]) + ",").neg("CODE", "D-" + n(1, 90), post="\n")
    elif k == 1:
        d.t("Room booking\nRoom: ").neg("ROOM", rng.choice(ROOMS), post="\nBooked by: ").p(lg, "gs", post="\n")
        d.t("Guests: ").p(lg, "gs", post=", ").p(lg, "gs", post="\n")
        d.t("When: ").neg("DATE", other(lg), post=" 14:00–15:30\n")
    else:
        d.t("Membership agreement\nMember: ").p(lg, "SU,G", post="\n").b(lg, lab("dob", lg) + ": ", "\n").a(lg, "Billing address: ", "\n")
        d.t("Keyholder (24/7 access): yes\nCommunity host: ").p(lg, "gs", post="\n")
    d.done()


def safedep(lg):
    d = D(lg, "safedep")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Schrankfachmietvertrag", "fr": "Contrat de location de coffre-fort", "nl": "Huurovereenkomst kluis",
             "it": "Contratto cassetta di sicurezza", "es": "Contrato de caja de seguridad"}.get(lg, "Safe deposit box agreement") + "\n")
        d.t({"de": "Mieter", "fr": "Locataire", "nl": "Huurder", "it": "Intestatario"}.get(lg, "Renter") + ": ").p(lg, post=", ")
        d.b(lg, "* ", "\n").a(lg, "  ", "\n")
        d.t({"de": "Bevollmächtigte/r", "fr": "Mandataire", "nl": "Gevolmachtigde", "it": "Delegato"}.get(lg, "Authorised keyholder") + ": ")
        d.p(lg, post=", ").b(lg, "* ", "\n")
        d.t("Box " + n(100, 999) + "  Size M  Bank: ").neg("ORG", rng.choice(["Berenberg", "Banque Pictet", "Van Lanschot", "Banca Sella", "Rothschild & Co"]), post="\n")
    elif k == 1:
        d.t("VAULT ACCESS REGISTER\nDATE       TIME  BOX  NAME                      ATTENDANT\n")
        for _ in range(rng.randint(3, 5)):
            nm = fmt(lg, *person(lg), rng.choice(["SGU", "GS", "SG"]))
            at = given(lg)
            d.neg("DATE", other(lg)).t(" " + n(9, 16) + ":" + n(10, 59) + " " + n(100, 999) + "  ").pv(nm).t(" " * max(2, 26 - len(nm))).pv(at, post="\n")
    else:
        d.t("Zutrittsprotokoll Schließfach " + n(100, 999) + ": ").p(lg, "gs", post=" (Mieter) in Begleitung von ").p(lg, "gs", post="; i.A. ").p(lg, "gs", post="\n")
    d.done()


def archive(lg):
    d = D(lg, "archive")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Benutzungsantrag Lesesaal", "fr": "Inscription en salle de lecture", "nl": "Registratie studiezaal",
             "it": "Domanda di ammissione alla sala studio", "es": "Solicitud de tarjeta de investigador",
             "sv": "Forskarsalen – registrering", "cs": "Badatelský list", "pl": "Karta badacza"}.get(lg, "Reader registration") + "\n")
        d.t(lab("name", lg) + ": ").p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t({"de": "Thema", "fr": "Sujet de recherche"}.get(lg, "Research topic") + ": ").neg("WORK", rng.choice(ARCH_FONDS), post="\n")
        d.t("Reader ticket " + n(10000, 99999) + " issued by ").p(lg, "init", post="\n")
    elif k == 1:
        d.t("ORDER SLIP / BESTELLSCHEIN\nReader no.: " + n(1000, 9999) + "   Reader: ").p(lg, "SGU", post="\n")
        d.t("Fonds: ").neg("WORK", rng.choice(ARCH_FONDS), post="   Box " + n(1, 99) + "\nSeat " + n(1, 40) + "   Produced by: ").pv(given(lg), post="\n")
    else:
        d.t("Readers today (seat, name):\n")
        for _ in range(rng.randint(3, 5)):
            d.t(n(1, 40) + "  ").p(lg, rng.choice(["S,G", "SG", "gs"]), post="\n")
    d.done()


def waiver(lg):
    d = D(lg, "waiver")
    k = rng.randrange(3)
    place = rng.choice(["Boulderhalle Kletterfabrik", "Jump House", "Kartbahn Oschersleben", "Climbing Works", "Trampolinpark Airhop"])
    if k == 0:
        d.neg("ORG", place, post="\n")
        d.t({"de": "Haftungsausschluss / Einverständniserklärung", "fr": "Décharge de responsabilité",
             "nl": "Vrijwaringsverklaring", "es": "Exención de responsabilidad", "it": "Liberatoria"}.get(lg, "Waiver and release of liability") + "\n")
        d.t({"de": "Teilnehmer/in", "fr": "Participant", "nl": "Deelnemer", "es": "Participante", "it": "Partecipante",
             "pl": "Uczestnik", "sv": "Deltagare", "da": "Deltager", "no": "Deltaker", "fi": "Osallistuja", "cs": "Účastník",
             "hu": "Résztvevő", "tr": "Katılımcı", "ro": "Participant", "el": "Symmetechon"}.get(lg, "Participant") + ": ")
        d.p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n", lo=2008, hi=2016)
        d.t({"de": "Erziehungsberechtigte/r", "fr": "Représentant légal", "nl": "Ouder/voogd", "es": "Tutor legal",
             "it": "Genitore/tutore", "pl": "Opiekun prawny", "sv": "Vårdnadshavare", "da": "Værge", "no": "Foresatt",
             "fi": "Huoltaja", "cs": "Zákonný zástupce", "hu": "Törvényes képviselő", "tr": "Veli", "ro": "Tutore",
             "el": "Kidemonas"}.get(lg, "Parent or guardian") + ": ")
        d.p(lg, post="\n").ph(lg, "Tel.: ", "\n")
        d.t(lab("sign", lg) + ": ").p(lg, "gs", post="\n")
    elif k == 1:
        d.t("participant_first;participant_last;dob;guardian;heat\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.pv(g, post=";").pv(s, post=";").b(lg, lo=2007, hi=2016, post=";").p(lg, "gs", post=";" + n(1, 6) + "\n")
    else:
        d.t("Kart race sheet – ").neg("ORG", place, post="\nPos Driver            Best lap\n")
        for i in range(rng.randint(3, 5)):
            nm = fmt(lg, *person(lg), rng.choice(["gs", "init"]))
            d.t("%-3d " % (i + 1)).pv(nm).t(" " * max(2, 18 - len(nm)) + "0:" + n(30, 59) + "." + n(100, 999) + "\n")
    d.done()


def hearing(lg):
    d = D(lg, "hearing")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Anpassbericht Hörsysteme", "fr": "Compte rendu d'appareillage auditif", "nl": "Aanpassingsverslag hoortoestel",
             "it": "Scheda di applicazione protesica"}.get(lg, "Hearing aid fitting record") + "\n")
        d.t("Patient: ").p(lg, "SU,G", post="  ").b(lg, lo=1930, hi=1965, pre="DOB: ", post="\n")
        d.a(lg, lab("addr", lg) + ": ", "\n")
        d.t("Device: ").neg("PRODUCT", rng.choice(HEARING), post=" (both ears)\n")
        d.t("Findings: ").neg("TERM", rng.choice(EPON_TESTS), post=" lateralised left\n")
        d.t({"de": "Hörakustiker/in", "fr": "Audioprothésiste", "nl": "Audicien"}.get(lg, "Audiologist") + ": ").p(lg, "gs", post="\n")
    elif k == 1:
        d.t("referral: pt ").p(lg, "gs", post=", ").b(lg, lo=1930, hi=1970, post=", ENT Dr ").p(lg, "gs", post=", ")
        d.neg("TERM", rng.choice(EPON_TESTS), post=" positive; trial of ").neg("PRODUCT", rng.choice(HEARING), post="\n")
    else:
        d.t("Appointments\n")
        for _ in range(rng.randint(2, 4)):
            d.t(n(8, 17) + ":" + rng.choice(["00", "30"]) + "  ").p(lg, rng.choice(["SG", "S,G"]), post="  " + rng.choice(["fitting", "follow-up", "repair"]) + "\n")
    d.done()


def bike(lg):
    d = D(lg, "bike")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Fahrradpass", "fr": "Marquage Bicycode", "nl": "Fietsregistratie", "da": "Cykelregistrering"}.get(lg, "Bicycle registration") + "\n")
        d.t({"de": "Eigentümer/in", "fr": "Propriétaire", "nl": "Eigenaar", "da": "Ejer"}.get(lg, "Owner") + ": ").p(lg, post="\n")
        d.a(lg, lab("addr", lg) + ": ", "\n")
        d.t("Frame no.: WAW" + n(100000, 999999) + "  Model: ").neg("PRODUCT", rng.choice(BIKES), post="\n")
    elif k == 1:
        d.t("Überlassungsvertrag Dienstrad-Leasing\nArbeitgeber: ").neg("ORG", rng.choice(FIRMS), post="\nMitarbeiter/in: ")
        d.p(lg, "S,G", post=", geb. ").b(lg, post="\n").t("Rad: ").neg("PRODUCT", rng.choice(BIKES), post="\n")
        d.t("i.A. ").p(lg, "gs", post=" (HR)\n")
    else:
        d.t("stolen bike report: owner ").p(lg, "low", post=", ").neg("PRODUCT", rng.choice(BIKES), post=", taken outside ").neg("PLACE", rng.choice(PLACES) + " station", post="\n")
    d.done()


def apiary(lg):
    d = D(lg, "apiary")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Anzeige Bienenhaltung (§1a BienSeuchV)", "fr": "Déclaration de ruches", "nl": "Registratie bijenhouder",
             "pl": "Rejestr pasiek", "cs": "Registrace chovatele včel", "hu": "Méhész nyilvántartás", "sl": "Register čebelnjakov"}.get(lg, "Apiary registration") + "\n")
        d.t({"de": "Imker/in", "fr": "Apiculteur", "nl": "Imker", "pl": "Pszczelarz", "cs": "Chovatel", "hu": "Méhész"}.get(lg, "Beekeeper") + ": ")
        d.p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n")
        d.t({"de": "Standort", "fr": "Emplacement du rucher"}.get(lg, "Apiary site") + ": ").a(lg, post="\n")
        d.t("Colonies: " + n(2, 20) + "  Line: ").neg("PET", rng.choice(QUEENS), post="\n")
    elif k == 1:
        d.t("hive | queen | notes\n")
        for i in range(rng.randint(3, 5)):
            d.t("H" + str(i + 1) + " | ").neg("PET", rng.choice(QUEENS + ["Hilde", "Margit", "Berta"]), post=" | " + rng.choice(["calm", "swarmy", "strong"]) + "\n")
        d.t("inspected by ").p(lg, "gs", post=" with ").p(lg, "gs", post="\n")
    else:
        d.t("Bee inspector visit: beekeeper ").p(lg, "SG", post=", ").a(lg, post="; ")
        d.t("no foulbrood. Inspector: ").p(lg, "gs", post="\n")
    d.done()


def fertility(lg):
    d = D(lg, "fertility")
    k = rng.randrange(2)
    if k == 0:
        d.t({"de": "Einwilligungserklärung IVF/ICSI", "fr": "Consentement AMP", "nl": "Toestemmingsformulier IVF",
             "es": "Consentimiento informado FIV", "it": "Consenso informato PMA"}.get(lg, "Consent to treatment (IVF)") + "\n")
        d.t({"de": "Patientin", "fr": "Patiente", "nl": "Patiënte", "es": "Paciente", "it": "Paziente"}.get(lg, "Patient") + ": ")
        d.p(lg, post="  ").b(lg, lab("dob", lg) + ": ", "\n", lo=1978, hi=1998)
        d.t({"de": "Partner/in", "fr": "Conjoint(e)", "nl": "Partner", "es": "Pareja", "it": "Partner"}.get(lg, "Partner") + ": ")
        d.p(lg, post="  ").b(lg, lab("dob", lg) + ": ", "\n", lo=1970, hi=1998)
        d.t("Donor code: DN-" + n(1000, 9999) + "\nWitness: ").p(lg, "gs", post="\n")
        d.t("Clinic: ").neg("ORG", rng.choice(["Kinderwunschzentrum Dr. Wallner", "Clínica Eugin", "Bourn Hall", "Kypros Fertility"]), post="\n")
    else:
        def body():
            d.t("we attach the signed consent of ").p(lg, "gs", post=" and ").p(lg, "gs", post=". ")
            d.t("Known donor: ").p(lg, "gs", post=", ").b(lg, "born ", ".")
        email_wrap(d, lg, body)
    d.done()


def guardian(lg):
    d = D(lg, "guardian")
    k = rng.randrange(2)
    court = rng.choice(COURTS)
    if k == 0:
        d.neg("ORG", court, post="\n")
        d.t({"de": "Beschluss – Betreuungssache", "fr": "Jugement – mesure de curatelle renforcée", "nl": "Beschikking bewind",
             "it": "Decreto di nomina dell'amministratore di sostegno", "cs": "Rozsudek – opatrovnictví", "hu": "Végzés – gondnokság",
             "pl": "Postanowienie o ustanowieniu opiekuna"}.get(lg, "Order – appointment of a deputy") + "\n")
        d.t({"de": "für", "fr": "concernant", "nl": "inzake", "it": "a favore di", "cs": "ve věci", "hu": "ügyében"}.get(lg, "in respect of") + " ")
        d.p(lg, post=", " + {"de": "geb. am", "fr": "né(e) le", "nl": "geboren op", "it": "nato/a il", "cs": "nar.", "hu": "szül."}.get(lg, "born") + " ")
        d.b(lg, post=",\n").a(lg, {"de": "wohnhaft", "fr": "demeurant", "nl": "wonende te", "it": "residente in"}.get(lg, "of") + " ", "\n")
        d.t({"de": "wird zur Betreuerin bestellt:", "fr": "est désigné curateur :", "nl": "wordt tot bewindvoerder benoemd:"}.get(lg, "is appointed guardian:") + " ")
        d.p(lg, post="\n")
        d.t({"de": "Richterin am Amtsgericht", "fr": "Le juge des contentieux de la protection"}.get(lg, "Judge") + "\n").p(lg, "gs", post="\n")
    else:
        d.t("Re: ").neg("CODE", n(1, 99) + " XVII " + n(100, 999) + "/2" + n(3, 5)).t("\nWard: ").p(lg, "SU,G", post="\nGuardian: ").p(lg, "gs", post="\nAlternate: ").p(lg, "gs", post="\n")
    d.done()


def divorce(lg):
    d = D(lg, "divorce")
    g1, s1 = person(lg)
    g2, s2 = person(lg)
    d.t({"de": "Scheidungsfolgenvereinbarung", "fr": "Convention de divorce par consentement mutuel", "nl": "Echtscheidingsconvenant",
         "es": "Convenio regulador", "it": "Accordo di separazione", "pt": "Acordo de regulação das responsabilidades parentais",
         "pl": "Porozumienie rozwodowe", "cs": "Dohoda o úpravě poměrů", "hu": "Válási egyezség", "ro": "Convenție de divorț",
         "el": "Symfono synainetikou diazygiou", "tr": "Boşanma protokolü"}.get(lg, "Divorce settlement agreement") + "\n")
    d.t({"de": "zwischen", "fr": "entre", "nl": "tussen", "es": "entre", "it": "tra", "pt": "entre"}.get(lg, "between") + " ")
    d.pv(fmt(lg, g1, s1), post=", ").b(lg, lo=1960, hi=1992, pre="* " if lg == "de" else "born ", post=", ")
    d.t({"de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}.get(lg, "and") + " ")
    d.pv(fmt(lg, g2, s2), post=", ").b(lg, lo=1960, hi=1992, pre="* " if lg == "de" else "born ", post="\n")
    d.t({"de": "Gemeinsame Kinder", "fr": "Enfants communs", "nl": "Kinderen", "es": "Hijos comunes", "it": "Figli"}.get(lg, "Children of the marriage") + ":\n")
    for _ in range(rng.randint(1, 3)):
        style = rng.random()
        if style < 0.4:
            d.t("- ").pv(given(lg), post=", ").b(lg, lo=2006, hi=2021, post="\n")
        else:
            d.t("- ").pv(given(lg) + " " + s1, post=" (").b(lg, lo=2006, hi=2021, post=")\n")
    d.t("Wedding: ").neg("DATE", other(lg, 1990, 2015), post=" in ").neg("PLACE", rng.choice(PLACES), post="\n")
    d.done()


def golf(lg):
    d = D(lg, "golf")
    k = rng.randrange(3)
    if k == 0:
        d.t("TEE SHEET ").neg("COURSE", rng.choice(COURSES), post=" ").neg("DATE", other(lg), post="\nTime  | Player 1 | Player 2 | Player 3 | Player 4\n")
        for _ in range(rng.randint(2, 4)):
            d.t(n(7, 15) + ":" + rng.choice(["00", "10", "20", "30", "40", "50"]) + " | ")
            for j in range(4):
                if j == 3 and rng.random() < 0.3:
                    d.t("–")
                else:
                    d.p(lg, rng.choice(["S,G", "gs", "SG", "init"]))
                d.t(" | " if j < 3 else "\n")
    elif k == 1:
        d.t("Handicap record\nMember: ").p(lg, "gs", post="  CDH " + n(1000000, 9999999) + "\nHome club: ").neg("ORG", rng.choice(["Golfclub Fürst Bismarck", "Royal Antwerp", "Real Club Valderrama"]), post="\n")
        d.t("Date       Course                           Score  Marker\n")
        for _ in range(rng.randint(2, 4)):
            c = rng.choice(COURSES)
            d.neg("DATE", other(lg)).t(" ").neg("COURSE", c).t(" " * max(2, 33 - len(c)) + n(72, 98) + "     ").p(lg, "init", post="\n")
    else:
        d.t("Results – ").neg("TROPHY", rng.choice(TROPHIES), post="\n")
        for i in range(rng.randint(3, 5)):
            d.t(str(i + 1) + ". ").p(lg, rng.choice(["gs", "SG"]), post=" " + n(30, 42) + " pts\n")
    d.done()


def catering(lg):
    d = D(lg, "catering")
    k = rng.randrange(3)
    if k == 0:
        d.t("Catering order #" + n(1000, 9999) + "\nOrdered by: ").p(lg, "gs", post=" (").ph(lg, post=")\nDelivery: ").a(lg, post="\n")
        d.t("Menu: ").neg("DISH", rng.choice(DISHES), post=", ").neg("DISH", rng.choice(DISHES), post="\nDietary:\n")
        for _ in range(rng.randint(2, 5)):
            d.t("  ").pv(given(lg), post=" – " + rng.choice(["vegan", "gluten-free", "no nuts", "halal", "vegetarian", "lactose-free"]) + "\n")
    elif k == 1:
        d.t("Guest | Starter | Main | Diet\n")
        for _ in range(rng.randint(3, 5)):
            d.p(lg, rng.choice(["gs", "SG", "S,G"]), post=" | ").neg("DISH", rng.choice(DISHES), post=" | ").neg("DISH", rng.choice(DISHES), post=" | " + rng.choice(["–", "V", "GF", "VG"]) + "\n")
    else:
        d.t("dietary: ")
        for i in range(rng.randint(3, 5)):
            d.pv(given(lg).lower() if rng.random() < 0.5 else given(lg)).t(rng.choice([" veggie", " gf", " no pork", " vegan"]) + (", " if i < 4 else ""))
        d.t(" – rest ").neg("DISH", rng.choice(DISHES), post=". contact ").p(lg, "gs", post="\n")
    d.done()


def locksmith(lg):
    d = D(lg, "locksmith")
    k = rng.randrange(2)
    if k == 0:
        d.t({"de": "Einsatzbericht Türöffnung", "fr": "Bon d'intervention serrurerie", "nl": "Werkbon slotenmaker",
             "da": "Arbejdsseddel låsesmed", "sv": "Arbetsorder låssmed"}.get(lg, "Lock-out call-out report") + "\n")
        d.t({"de": "Auftraggeber", "fr": "Client", "nl": "Opdrachtgever"}.get(lg, "Customer") + ": ").p(lg, post="\n")
        d.t({"de": "Einsatzort", "fr": "Lieu d'intervention", "nl": "Adres"}.get(lg, "Site") + ": ").a(lg, post="\n")
        d.t("ID checked: " + rng.choice(["Personalausweis", "passport", "carte d'identité"]) + ", DOB ").b(lg, post="\n")
        d.t({"de": "Monteur", "fr": "Technicien", "nl": "Monteur"}.get(lg, "Technician") + ": ").p(lg, "gs", post=", ").neg("ORG", rng.choice(FIRMS[:5]), post="\n")
        d.t(lab("sign", lg) + " " + {"de": "Kunde", "fr": "client"}.get(lg, "customer") + ": ").p(lg, "gs", post="\n")
    else:
        d.t("dispatch 03:12 lockout at ").a(lg, post=", caller ").p(lg, "low", post=" (").ph(lg, post="), sent ").pv(given(lg).lower(), post="\n")
    d.done()


def pest(lg):
    d = D(lg, "pest")
    d.t({"de": "Schädlingsbekämpfung – Protokoll", "fr": "Rapport d'intervention 3D", "nl": "Rapport ongediertebestrijding",
         "sv": "Saneringsrapport", "it": "Rapporto disinfestazione"}.get(lg, "Pest control service report") + "\n")
    d.t({"de": "Kunde", "fr": "Client", "nl": "Klant"}.get(lg, "Client") + ": ").p(lg, post="\n").a(lg, lab("addr", lg) + ": ", "\n")
    if rng.random() < 0.5:
        d.t({"de": "Mieter", "fr": "Locataire", "nl": "Huurder"}.get(lg, "Tenant") + ": ").p(lg, post="\n")
    d.t("Pest: " + rng.choice(["Rattus norvegicus", "Blattella germanica", "Cimex lectularius", "wasps"]) + "  Product: ")
    d.neg("PRODUCT", rng.choice(["Racumin", "Advion Gel", "Ficam D"]), post="\n")
    d.t({"de": "Techniker", "fr": "Technicien", "nl": "Technicus"}.get(lg, "Technician") + ": ").p(lg, "gs", post=", ").neg("ORG", rng.choice(FIRMS[5:]), post="\n")
    d.done()


def farm(lg):
    d = D(lg, "farm")
    k = rng.randrange(2)
    if k == 0:
        d.t({"de": "Sammelantrag (Agrarförderung)", "fr": "Déclaration PAC", "nl": "Gecombineerde opgave",
             "es": "Solicitud única PAC", "it": "Domanda unica PAC", "pl": "Wniosek o płatności bezpośrednie",
             "hu": "Egységes kérelem", "ro": "Cerere unică de plată APIA", "el": "Eniaia aitisi enischysis OPEKEPE",
             "cs": "Jednotná žádost SZIF", "fi": "Tukihakemus", "sv": "SAM-ansökan", "da": "Fællesskema",
             "pt": "Pedido Único", "tr": "ÇKS başvurusu", "no": "Produksjonstilskudd"}.get(lg, "CAP single application") + "\n")
        d.t({"de": "Antragsteller/in", "fr": "Exploitant", "pl": "Wnioskodawca", "hu": "Kérelmező", "ro": "Solicitant"}.get(lg, "Applicant") + ": ")
        d.p(lg, rng.choice(["SGU", "gs", "SG"]), post="\n").b(lg, lab("dob", lg) + ": ", "\n")
        d.t({"de": "Betriebssitz", "fr": "Siège de l'exploitation"}.get(lg, "Holding address") + ": ").a(lg, post="\n")
        d.t("Parcels: " + n(3, 40) + "  Area: " + n(5, 300) + " ha  Horses: ").neg("PET", rng.choice(HORSES), post="\n")
    else:
        d.t("Betriebsgemeinschaft: ").p(lg, "gs", post=" und ").p(lg, "gs", post="\n")
        d.t("Hofnachfolger: ").pv(given(lg), post=" (").b(lg, lo=1990, hi=2006, post=")\n")
    d.done()


def market(lg):
    d = D(lg, "market")
    k = rng.randrange(2)
    if k == 0:
        d.t({"de": "Marktstandgenehmigung", "fr": "Autorisation d'occupation – marché", "nl": "Marktvergunning",
             "es": "Licencia de puesto de mercadillo", "it": "Concessione posteggio mercato"}.get(lg, "Market stall licence") + "\n")
        d.t({"de": "Standinhaber/in", "fr": "Titulaire", "nl": "Vergunninghouder", "es": "Titular", "it": "Titolare"}.get(lg, "Stallholder") + ": ")
        d.p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t("Pitch: ").neg("CODE", rng.choice("ABCDE") + n(1, 60), post="  Goods: " + rng.choice(["cheese", "flowers", "fruit"]) + "\n")
        d.t({"de": "Aushilfen", "fr": "Aides", "nl": "Helpers"}.get(lg, "Assistants") + ": ").pv(given(lg), post=", ").pv(given(lg), post="\n")
    else:
        d.t("pitch,stallholder,goods\n")
        for _ in range(rng.randint(3, 5)):
            d.neg("CODE", rng.choice("ABCDE") + n(1, 60), post=",").p(lg, rng.choice(["SG", "gs"]), post="," + rng.choice(["veg", "honey", "bread", "bric-a-brac"]) + "\n")
    d.done()


def taxi(lg):
    d = D(lg, "taxi")
    k = rng.randrange(3)
    if k == 0:
        d.t({"de": "Erlaubnis zur Fahrgastbeförderung", "fr": "Carte professionnelle VTC", "nl": "Chauffeurskaart",
             "es": "Permiso municipal de conductor de taxi", "it": "Ruolo conducenti", "pl": "Licencja taxi",
             "el": "Adeia odigisis taxi", "tr": "Taksi şoförü belgesi"}.get(lg, "Hackney carriage driver licence") + "\n")
        d.t({"de": "Inhaber/in", "fr": "Titulaire", "nl": "Houder"}.get(lg, "Licence holder") + ": ").p(lg, rng.choice(["SGU", "gs"]), post="\n")
        d.b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t("Badge no. " + n(1000, 9999) + "  valid until ").neg("DATE", other(lg, 2026, 2029), post="\n")
    elif k == 1:
        d.t("Public register of licensed drivers\nBadge  Name                       Expires\n")
        for _ in range(rng.randint(3, 5)):
            nm = fmt(lg, *person(lg), rng.choice(["SU,G", "S,G", "gs"]))
            d.t(n(1000, 9999) + "   ").pv(nm).t(" " * max(2, 27 - len(nm))).neg("DATE", other(lg, 2026, 2029), post="\n")
    else:
        d.t("vehicle PH" + n(100, 999) + " owner ").p(lg, "gs", post=", driver ").p(lg, "gs", post=", car ")
        d.neg("PRODUCT", rng.choice(["Toyota Prius+", "Škoda Octavia", "Mercedes E 300 de", "Dacia Jogger"]), post="\n")
    d.done()


def transit(lg):
    d = D(lg, "transit")
    k = rng.randrange(2)
    if k == 0:
        d.t({"de": "Antrag Deutschlandticket Schüler", "fr": "Demande de carte Navigo", "nl": "Aanvraag persoonlijke OV-chipkaart",
             "es": "Solicitud Abono Joven", "it": "Richiesta abbonamento annuale", "pl": "Wniosek o Kartę Miejską",
             "cs": "Žádost o Lítačku", "hu": "Bérletigénylés", "sv": "Ansökan om SL-kort", "fi": "HSL-kortin hakemus",
             "da": "Rejsekort personligt", "no": "Søknad Ruter-kort", "el": "Aitisi ekdosis ATH.ENA Card"}.get(lg, "Travel pass application") + "\n")
        g, s = person(lg)
        d.t(lab("sur", lg) + ": ").pv(s.upper() if rng.random() < 0.5 else s, post="\n" + lab("giv", lg) + ": ").pv(g, post="\n")
        d.b(lg, lab("dob", lg) + ": ", "\n", lo=1940, hi=2012).a(lg, lab("addr", lg) + ": ", "\n")
        if rng.random() < 0.5:
            d.t({"de": "Erziehungsberechtigte/r", "fr": "Représentant légal"}.get(lg, "Parent") + ": ").p(lg, "gs", post="\n")
    else:
        d.t("name=\"").p(lg, "gs").t("\" birth=").b(lg).t(" zone=AB product=").neg("PRODUCT", rng.choice(["Deutschlandticket", "Navigo Annuel", "Abono Joven 30", "Lítačka 365"]), post="\n")
    d.done()


def gamble(lg):
    d = D(lg, "gamble")
    k = rng.randrange(2)
    if k == 0:
        d.t({"de": "Antrag auf Selbstsperre (OASIS)", "fr": "Demande d'interdiction volontaire de jeux", "nl": "Inschrijving Cruks",
             "es": "Inscripción RGIAJ", "it": "Autoesclusione RUA", "pt": "Autoexclusão SRIJ", "sv": "Spelpaus",
             "da": "ROFUS registrering", "pl": "Samowykluczenie", "cs": "Registr vyloučených osob"}.get(lg, "Self-exclusion request (GAMSTOP)") + "\n")
        d.t(lab("name", lg) + ": ").p(lg, post="\n").b(lg, lab("dob", lg) + ": ", "\n").a(lg, lab("addr", lg) + ": ", "\n")
        d.t("Venues: ").neg("ORG", rng.choice(CASINOS), post=", ").neg("ORG", rng.choice(CASINOS), post="\nPeriod: 12 months\n")
    else:
        d.t("Self-exclusion list (staff only)\n")
        for _ in range(rng.randint(2, 4)):
            d.p(lg, rng.choice(["SU,G", "SG"]), post="  * ").b(lg, post="  until ").neg("DATE", other(lg, 2026, 2030), post="\n")
    d.done()


def giftaid(lg):
    d = D(lg, "giftaid")
    k = rng.randrange(3)
    if k == 0:
        lg = "en"
        d.lg = "en"
        d.t("Gift Aid declaration – ").neg("ORG", rng.choice(FOUNDATIONS), post="\n")
        d.t("Title: " + rng.choice(["Mr", "Mrs", "Ms", "Dr"]) + "  First name: ").pv(given("en"), post="  Surname: ").pv(invent("en", True), post="\n")
        d.t("Home address: ").a("en", post="\n")
        d.t("I want to Gift Aid my donation of £" + n(5, 500) + ".\nSigned: ").p("en", "gs", post="  Date: ").neg("DATE", other("en"), post="\n")
    elif k == 1:
        d.t({"de": "Zuwendungsbestätigung", "fr": "Reçu fiscal (Cerfa 11580)", "nl": "Bevestiging gift", "es": "Certificado de donación",
             "it": "Ricevuta erogazione liberale", "pt": "Recibo de donativo", "cs": "Potvrzení o daru", "hu": "Adományigazolás",
             "pl": "Potwierdzenie darowizny", "sv": "Gåvobevis", "da": "Kvittering for gave", "no": "Gavebekreftelse",
             "fi": "Lahjoitustodistus", "tr": "Bağış makbuzu", "ro": "Chitanță donație", "el": "Apodeixi dorea"}.get(lg, "Donation receipt") + "\n")
        d.neg("ORG", rng.choice(FOUNDATIONS), post=" ").t({"de": "bestätigt die Zuwendung von", "fr": "certifie avoir reçu de"}.get(lg, "confirms the donation of") + "\n")
        d.p(lg, post="\n").a(lg, "", "\n", sep="\n")
        d.t(lab("date", lg) + ": ").neg("DATE", other(lg), post="\n").t("p.p. ").p(lg, "gs", post="\n")
    else:
        d.t("donor_id,first,last,postcode,amount\n")
        for _ in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.t("D" + n(1000, 9999) + ",").pv(g, post=",").pv(s, post="," + rng.choice(TOWN[lg]).split(" ")[0] + "," + n(5, 200) + "\n")
    d.done()


def pdf_two_column(lg):
    """A form printed in two columns and read across by a PDF-to-text tool."""
    d = D(lg, "pdf2col")
    g1, s1 = person(lg)
    g2, s2 = person(lg)
    left = [lab("sur", lg) + ": ", lab("giv", lg) + ": ", lab("dob", lg) + ": "]
    d.t("Applicant" + " " * 30 + "Co-applicant\n")
    d.t(left[0]).pv(s1.upper()).t(" " * 20 + left[0]).pv(s2.upper(), post="\n")
    d.t(left[1]).pv(g1).t(" " * 20 + left[1]).pv(g2, post="\n")
    d.t(left[2]).b(lg).t(" " * 14 + left[2]).b(lg, post="\n")
    d.done()


CLASSES = [mobile, broadband, boat, skipper, drone, chimney, bulky, redirect, music, lang, cowork,
           safedep, archive, waiver, hearing, bike, apiary, fertility, guardian, divorce, golf,
           catering, locksmith, pest, farm, market, taxi, transit, gamble, giftaid, pdf_two_column]
for i in range(20 * len(CLASSES) - 20):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
