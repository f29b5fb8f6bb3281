#!/usr/bin/env python3
"""gen_forms44.py: people, street addresses and dates of birth in the kinds of text of the
sixteenth blind set's public brief (its run.sh title and README row; never its generator or data),
written before any detector rule was read or hush was run on it (branch forms44). A tune set.

Classes (metadata.class), each with the roles its documents name:
- `ae`: adverse-event reports (CIOMS I boxes, MedWatch 3500A, E2B(R2) XML): reporter, reporter's
  address, patient's birth date; suspect drugs and the marketing-authorisation holder as look-alikes;
- `crf`: trial CRF pages: investigator, monitor, subject's birth date; sponsor, site, IMP;
- `accident`: European accident statements (constat amiable and its translations): drivers,
  policy holders, witnesses, addresses; insurers and vehicle makes as look-alikes;
- `tow`: tow and impound releases: registered keeper, person released to, officer; lots, makes;
- `foster`: foster placements and Hilfepläne: child, birth date, carers, social worker;
- `scholar`: scholarship applications and award lists: applicant, referee; foundations named
  after people;
- `tm`: trademark registers (INID codes, TSDR, DPMA): private owners and agents; marks and firm
  owners;
- `sepa`: SEPA XML pain.001 (debtor's birth date), pain.008 mandates, camt.053 entries: `<Nm>` of
  debtors and ultimate debtors; creditors that are firms;
- `energy`: energy-switch and meter forms (MaLo, MPAN, EAN, PDL, CUPS, POD, CPE): customer,
  previous occupant, supply address; suppliers;
- `press`: press accreditation lists: journalists, photographers; media outlets;
- `tmx`: TMX and XLIFF translation memories: names inside segments, translators in attributes;
- `hotel`: night audits and housekeeping reports: guests (`KELLER/MARIA MRS`), attendants; rooms;
- `access`: access-control logs and badge enrolments: badge holders, hosts; doors and zones;
- `natural`: naturalisation decrees and ceremony lists (`KOWALSKA (Anna, Maria), née le ...`);
- `donor`: organ and stem-cell donor registrations and waiting lists: donor, next of kin; registries;
- `firearm`: firearms and hunting licences: holder, countersignatory; gun makers named after people;
- `induct`: site induction registers and site diaries: inductee, inductor, site manager; firms;
- `workacc`: workplace-accident notifications: injured person, witness, employer (a firm);
- `bgcheck`: background checks with address histories and aliases;
- `housing`: social-housing applications: applicant, partner, children;
- `foodbank`: food-bank and shelter intake logs, lower case and chatty: clients, volunteers;
- `release`: model releases: model, guardian, photographer; camera makes;
- `whistle`: whistleblowing files: whistleblower, accused, case handler; laws named after people;
- `ccf`: drug and alcohol test custody forms: donor, collector, MRO; labs;
- `muster`: fire-drill muster rolls and drill chats: wardens, people missing; assembly points;
- `consular`: consular registrations (Registre des Français, AIRE, Elefand, STEP, Odyseusz):
  registrant, emergency contact; embassies;
- `implant`: implant cards and registries: patient, surgeon; makers named after people;
- `maternity`: Mutterpass and antenatal booking: mother, partner, midwife; hospitals;
- `benefit`: family benefit claims (Kindergeld, CAF, kinderbijslag, assegno unico, 800+,
  přídavek na dítě, Child Benefit): claimant, partner, children;
- `unemp`: unemployment benefit claims: claimant, last employer (a firm), adviser.
Languages en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin
transliteration). Half the names are invented from each language's syllables, half common; capitals
in forms, `SURNAME, Given` and `SURNAME Given`, Hungarian surname-first order, particles, hyphens,
U+00A0 and U+202F inside names. Look-alikes as NEG_ spans: firms, hospitals, sponsors, registries,
brands and marks, drugs, vehicles, guns and cameras, places and rooms, other dates, laws.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261205 + 44)
records = []


class D(Doc):
    records = records

    def p(self, lg, style=None, pre="", post=""):
        """Appends pre, a person of lg in a form's style, post; keeps (given, surname) in last."""
        g, s = person(lg)
        self.last = (g, s)
        return self.t(pre).span("PERSON", fmt(lg, g, s, style)).t(post)

    def neg(self, kind, v, pre="", post=""):
        return self.t(pre).span("NEG_" + kind, v).t(post)


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Siobhan", "Gareth", "Emily", "Callum"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "O'Sullivan", "Pryce"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Anna-Lena", "Tobias", "Katrin", "Jürgen"],
           ["Keller", "Weber", "Vogel", "Lindner", "von Arnim", "Hoffmann", "Schäfer", "Brandt-Köhler"]),
    "fr": (["Camille", "Jean-Pierre", "Claire", "Julien", "Aurélie", "Benoît", "Océane"],
           ["Dupont", "Lefèvre", "Moreau", "de La Roche", "Marchand", "Rousseau", "Nguyen"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Femke", "Joris", "Wouter"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "Peeters", "van Dijk", "De Smet"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "María José", "Rodrigo"],
           ["García López", "Navarro", "de la Fuente", "Castillo", "Ortega Ruiz", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca"],
           ["Rossi", "Bianchi", "Di Stefano", "Esposito", "De Luca", "Ferraro"]),
    "pt": (["João", "Inês", "Tiago", "Beatriz", "Rui", "Mariana"],
           ["Silva", "dos Santos", "Ferreira", "Pereira", "da Costa", "Oliveira"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Dąbrowska"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens"],
           ["Sørensen", "Jørgensen", "Madsen", "Kristensen", "Nielsen", "Thomsen"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon", "Magnus", "Solveig"],
           ["Haugen", "Johansen", "Bakke", "Solberg", "Dahl", "Hagen"]),
    "fi": (["Aino", "Mikko", "Johanna", "Juha", "Satu", "Ville"],
           ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen"]),
    "cs": (["Jana", "Tomáš", "Petra", "Jiří", "Lucie", "Ondřej"],
           ["Nováková", "Svoboda", "Dvořák", "Černá", "Procházka", "Kučerová"]),
    "hu": (["Eszter", "László", "Zsófia", "Gábor", "Katalin", "Bence"],
           ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu"]),
    "el": (["Giorgos", "Eleni", "Dimitrios", "Katerina", "Nikos", "Sofia"],
           ["Papadopoulos", "Georgiou", "Nikolaidis", "Oikonomou", "Karagianni", "Vlachou"]),
}
SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak", "ewicz"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström", "berg"]),
       "da": (["mad", "tof", "hel", "bir", "kas", "lun", "mor", "jes"], ["sen", "gaard", "holt", "rup"]),
       "no": (["sol", "hau", "bak", "fjel", "ru", "tor", "li", "vei"], ["land", "heim", "rud", "vik"]),
       "fi": (["vir", "ta", "kos", "ki", "mä", "lah", "pe", "nur"], ["nen", "lainen", "mäki", "salo"]),
       "cs": (["bro", "ze", "kla", "dvo", "ši", "mra", "ho", "ve"], ["ák", "ička", "ecký", "ek"]),
       "hu": (["ba", "szé", "kö", "rad", "gyu", "lé", "tor", "vé"], ["falvi", "házi", "ősi", "nyák"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "kaya", "han"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru", "ici"]),
       "el": (["pa", "ni", "ko", "sta", "ma", "the", "ri", "lo"], ["poulos", "idis", "akis", "atou"])}
ALLREAL = {w for g, s in REAL.values() for w in g + s}


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
    """(given, surname), half real, half invented; now and then a hyphenated given name."""
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    g, s = invent(lg, False), invent(lg, True)
    if rng.random() < 0.1:
        g += "-" + invent(lg, False)
    return g, s


def nbsp(v):
    """A name exported with a no-break or narrow no-break space inside, now and then."""
    r = rng.random()
    if r < 0.06:
        return v.replace(" ", "\u00a0")
    if r < 0.09:
        return v.replace(" ", "\u202f")
    return v


def fmt(lg, g, s, style=None):
    """A name as a form writes it: `gs` natural order (surname first in Hungarian), `SG` surname
    in capitals first, `S,G` / `SC,G` surname, comma, given (surname in capitals), `CAPS` all
    capitals, `g` given alone, `s` surname alone."""
    if style is None:
        style = rng.choice(["gs", "gs", "gs", "SG", "S,G", "SC,G", "CAPS"])
    if style == "gs":
        v = s + " " + g if lg == "hu" else g + " " + s
    elif style == "SG":
        v = s.upper() + " " + g
    elif style == "S,G":
        v = s + ", " + g
    elif style == "SC,G":
        v = s.upper() + ", " + g
    elif style == "CAPS":
        v = (s + " " + g if lg == "hu" else g + " " + s).upper()
    elif style == "g":
        v = g
    elif style == "s":
        v = s
    else:
        raise ValueError(style)
    return nbsp(v)


# ---- labels ------------------------------------------------------------------------------------
# name, surname, given, dob, address, witness, signature
LBL = {
    "en": ("Name", "Surname", "First name(s)", "Date of birth", "Address", "Witness", "Signature"),
    "de": ("Name", "Nachname", "Vorname(n)", "Geburtsdatum", "Anschrift", "Zeuge", "Unterschrift"),
    "fr": ("Nom", "Nom de famille", "Prénom(s)", "Date de naissance", "Adresse", "Témoin", "Signature"),
    "nl": ("Naam", "Achternaam", "Voornamen", "Geboortedatum", "Adres", "Getuige", "Handtekening"),
    "es": ("Nombre y apellidos", "Apellidos", "Nombre", "Fecha de nacimiento", "Domicilio", "Testigo", "Firma"),
    "it": ("Nominativo", "Cognome", "Nome", "Data di nascita", "Indirizzo", "Testimone", "Firma"),
    "pt": ("Nome completo", "Apelido", "Nome próprio", "Data de nascimento", "Morada", "Testemunha", "Assinatura"),
    "pl": ("Imię i nazwisko", "Nazwisko", "Imię", "Data urodzenia", "Adres zamieszkania", "Świadek", "Podpis"),
    "sv": ("Namn", "Efternamn", "Förnamn", "Födelsedatum", "Adress", "Vittne", "Underskrift"),
    "da": ("Navn", "Efternavn", "Fornavn", "Fødselsdato", "Adresse", "Vidne", "Underskrift"),
    "no": ("Navn", "Etternavn", "Fornavn", "Fødselsdato", "Adresse", "Vitne", "Signatur"),
    "fi": ("Nimi", "Sukunimi", "Etunimet", "Syntymäaika", "Osoite", "Todistaja", "Allekirjoitus"),
    "cs": ("Jméno a příjmení", "Příjmení", "Jméno", "Datum narození", "Adresa trvalého pobytu", "Svědek", "Podpis"),
    "hu": ("Név", "Családi név", "Utónév", "Születési idő", "Lakcím", "Tanú", "Aláírás"),
    "tr": ("Adı Soyadı", "Soyadı", "Adı", "Doğum tarihi", "Adres", "Tanık", "İmza"),
    "ro": ("Nume și prenume", "Nume", "Prenume", "Data nașterii", "Domiciliu", "Martor", "Semnătura"),
    "el": ("Onomateponymo", "Eponymo", "Onoma", "Imerominia gennisis", "Diefthynsi", "Martyras", "Ypografi"),
}


def lbl(lg, k):
    return LBL[lg][["name", "sur", "giv", "dob", "addr", "wit", "sig"].index(k)]


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
          "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus",
                 "szeptember", "október", "november", "december"]}


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    """A numeric date as the language writes it on a form."""
    if lg in ("sv", "iso"):
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "hu":
        return "%04d.%02d.%02d." % (y, m, d)
    if lg == "us":
        return "%02d/%02d/%04d" % (m, d, y)
    if lg in ("nl", "da"):
        return "%02d-%02d-%04d" % (d, m, y)
    if lg in ("fr", "it", "es", "pt", "el", "en"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def dob(lg, lo=1940, hi=2006):
    y, m, d = ymd(lo, hi)
    r = rng.random()
    if r < 0.12 and lg in MONTHS:
        if lg == "hu":
            return "%d. %s %d." % (y, MONTHS["hu"][m - 1], d)
        if lg == "en":
            return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
        return "%d. %s %d" % (d, MONTHS[lg][m - 1], y) if lg == "de" else "%d %s %d" % (d, MONTHS[lg][m - 1], y)
    return dnum(lg, y, m, d)


def other(lg, lo=2020, hi=2025):
    return dnum(lg, *ymd(lo, hi))


# ---- street addresses --------------------------------------------------------------------------
def n(lo=1, hi=160):
    return str(rng.randint(lo, hi))


def address(lg, sep=", "):
    """A street address of the language's country, with its postcode and town."""
    c = rng.choice
    if lg == "en":
        return n(1, 220) + " " + c(["Albion Road", "Mill Lane", "Cobden Street", "Chapel Walk", "Glenview Park",
                                    "Station Road"]) + sep + c(["Leeds LS6 1AB", "York YO10 5DD", "Cork T12 X70A",
                                                                "Bristol BS3 4QT", "Dublin 8, D08 K2P4"])
    if lg == "de":
        return c(["Hauptstraße", "Lindenallee", "Bahnhofstr.", "Am Anger", "Gartenweg", "Mariahilfer Straße",
                  "Rosenweg"]) + " " + n() + c(["", "", "a", "/3/12"]) + sep + c(
            ["10115 Berlin", "50674 Köln", "1060 Wien", "8004 Zürich", "04109 Leipzig", "80331 München"])
    if lg == "fr":
        return n(1, 90) + c(["", "", " bis"]) + " " + c(["rue des Lilas", "avenue Jean Moulin", "boulevard de la Liberté",
                                                       "chemin des Vignes", "rue de l'Église"]) + sep + c(
            ["69002 Lyon", "75011 Paris", "33000 Bordeaux", "1050 Ixelles", "59000 Lille"])
    if lg == "nl":
        return c(["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Lindelaan", "Stationsplein"]) + " " + n() + c(
            ["", "", "-II", " bus 2", "A"]) + sep + c(["1017 GC Amsterdam", "3511 LN Utrecht", "2000 Antwerpen",
                                                     "9000 Gent", "5611 AB Eindhoven"])
    if lg == "es":
        return c(["Calle Mayor", "C/ de Alcalá", "Avda. de América", "Calle del Pez", "Paseo de la Castellana"]) + " " + \
            n() + c(["", ", 3º B", ", 1º izq.", ", bajo"]) + sep + c(["28013 Madrid", "41004 Sevilla", "08007 Barcelona",
                                                                    "46002 Valencia"])
    if lg == "it":
        return c(["Via Roma", "Via dei Mille", "Corso Italia", "Viale Monza", "Via delle Rose"]) + " " + n() + sep + \
            c(["20121 Milano (MI)", "00185 Roma", "40125 Bologna BO", "10121 Torino"])
    if lg == "pt":
        if rng.random() < 0.4:
            return "Rua das Flores, " + n(1, 999) + c(["", ", apto 45"]) + sep + c(["01310-100 São Paulo - SP",
                                                                                   "20040-002 Rio de Janeiro - RJ"])
        return c(["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo", "Travessa do Fala-Só"]) + " " + n() + \
            c(["", ", 2º Esq.", ", r/c Dto."]) + sep + c(["1100-048 Lisboa", "4000-322 Porto", "3000-150 Coimbra"])
    if lg == "pl":
        return c(["ul. Długa", "ul. Kwiatowa", "al. Niepodległości", "ul. Ogrodowa", "os. Sienkiewicza"]) + " " + \
            c([n() + "/" + n(1, 60), n() + " m. " + n(1, 60), n()]) + sep + c(["00-590 Warszawa", "31-610 Kraków",
                                                                                "80-827 Gdańsk", "50-077 Wrocław"])
    if lg == "sv":
        return c(["Storgatan", "Kungsvägen", "Vasagatan", "Björkvägen", "Ringvägen"]) + " " + n(1, 90) + \
            c(["", "", " B", ", lgh 1203"]) + sep + c(["114 51 Stockholm", "752 36 Uppsala", "411 19 Göteborg"])
    if lg == "da":
        return c(["Nørrebrogade", "Vesterbrogade", "Jagtvej", "Søndre Allé", "Vestergade"]) + " " + n(1, 200) + \
            c(["", ", 2. tv", ", st. th.", ", 3. mf."]) + sep + c(["2200 København N", "8000 Aarhus C", "5000 Odense C"])
    if lg == "no":
        return c(["Storgata", "Kirkeveien", "Strandveien", "Markveien", "Sannergata"]) + " " + n(1, 90) + \
            c(["", "B", ", H0203"]) + sep + c(["0155 Oslo", "5003 Bergen", "7011 Trondheim", "9008 Tromsø"])
    if lg == "fi":
        return c(["Hämeenkatu", "Mannerheimintie", "Koivukuja", "Rantatie", "Isokatu"]) + " " + n(1, 90) + \
            c(["", " A 12", " B 4", " as 7"]) + sep + c(["00100 Helsinki", "33100 Tampere", "90100 Oulu"])
    if lg == "cs":
        return c(["Vinohradská", "Korunní", "Nádražní", "Husova", "Lidická"]) + " " + n(100, 2999) + "/" + n(1, 80) + \
            sep + c(["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň", "779 00 Olomouc"])
    if lg == "hu":
        st = c(["Váci utca", "Rákóczi út", "Petőfi Sándor u.", "Dózsa György út", "Fő utca"]) + " " + n() + "." + \
            c(["", " 3/4.", " II. em. 5."])
        town = c(["1052 Budapest", "6720 Szeged", "4025 Debrecen", "7621 Pécs"])
        return town + sep + st if rng.random() < 0.5 else st + sep + town
    if lg == "tr":
        return c(["Caferağa Mah.", "Cumhuriyet Mahallesi", "Esentepe Mh."]) + " " + c(
            ["Moda Cad. No: " + n() + " D: " + n(1, 20), "Lale Sokak No:" + n(1, 60) + "/" + n(1, 12),
             "Barbaros Bulvarı No: " + n()]) + sep + c(["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara",
                                                         "35220 Konak/İzmir"])
    if lg == "ro":
        return c(["Str. Florilor", "Calea Victoriei", "Bd. Unirii", "Aleea Teilor"]) + " nr. " + n(1, 120) + \
            c(["", ", bl. A3, sc. 2, ap. 14", ", et. 3, ap. 9"]) + sep + c(["400000 Cluj-Napoca", "sector 3, București",
                                                                           "700028 Iași", "300011 Timișoara"])
    if lg == "el":
        return c(["Ermou", "Leoforos Kifisias", "Odos Patision", "Tsimiski", "Agiou Dimitriou"]) + " " + n(1, 300) + \
            sep + c(["105 63 Athina", "546 24 Thessaloniki", "26221 Patra", "71202 Irakleio"])
    raise ValueError(lg)


TOWN = {"en": "Leeds", "de": "Köln", "fr": "Lyon", "nl": "Utrecht", "es": "Sevilla", "it": "Bologna", "pt": "Porto",
        "pl": "Kraków", "sv": "Uppsala", "da": "Aarhus", "no": "Bergen", "fi": "Tampere", "cs": "Brno", "hu": "Szeged",
        "tr": "İzmir", "ro": "Iași", "el": "Thessaloniki"}
FIRMS = {"en": ["Harland Facilities Ltd", "Pryce & Sons Builders", "Northgate Logistics plc"],
         "de": ["Müller Bau GmbH", "Weber & Söhne KG", "Lindner Logistik AG"],
         "fr": ["Girard Frères SARL", "Bâtiments Moreau SA", "Transports Dupont"],
         "nl": ["Jansen Bouw B.V.", "Van Dijk Installatietechniek", "Bakker Transport NV"],
         "es": ["Construcciones García S.L.", "Hermanos Navarro S.A.", "Transportes Iglesias"],
         "it": ["Rossi Costruzioni S.r.l.", "Ferraro Impianti S.p.A.", "Fratelli Bianchi"],
         "pt": ["Ferreira & Filhos, Lda.", "Construções Oliveira S.A.", "Transportes Silva"],
         "pl": ["Kowalczyk Budownictwo Sp. z o.o.", "Nowak i Synowie", "Mazur Transport S.A."],
         "sv": ["Bergström Bygg AB", "Holm & Nyberg AB", "Sjöberg Logistik"],
         "da": ["Madsen Byg A/S", "Nielsen & Thomsen ApS", "Sørensen Transport"],
         "no": ["Haugen Bygg AS", "Johansen Elektro AS", "Bakke Transport"],
         "fi": ["Virtanen Rakennus Oy", "Korhonen & Mäkinen Oy", "Laaksonen Kuljetus"],
         "cs": ["Dvořák Stavby s.r.o.", "Svoboda a syn a.s.", "Procházka Logistika"],
         "hu": ["Kovács és Társa Kft.", "Szabó Építő Zrt.", "Varga Logisztika Bt."],
         "tr": ["Yılmaz İnşaat A.Ş.", "Demir Lojistik Ltd. Şti.", "Kaya Yapı"],
         "ro": ["Popescu Construct SRL", "Ionescu & Fiii SA", "Stoica Logistic"],
         "el": ["Papadopoulos A.E.", "Georgiou Techniki E.P.E.", "Oikonomou Metafores"]}


def firm(lg):
    return rng.choice(FIRMS[lg])


# ---- IBANs -------------------------------------------------------------------------------------
IBAN_LEN = {"DE": 18, "FR": 23, "NL": 14, "ES": 20, "IT": 23, "PT": 21, "BE": 12, "AT": 16, "FI": 14, "PL": 24}


def iban(cc):
    """A valid IBAN of country cc (mod-97 check digits over a random BBAN; letters where the
    registry has them)."""
    k = IBAN_LEN[cc]
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(str(rng.randint(0, 9)) for _ in range(22))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(k))
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    check = 98 - int(num) % 97
    return cc + "%02d" % check + bban


LG_CC = {"de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "fi": "FI", "pl": "PL", "en": "DE"}


# ---- documents ---------------------------------------------------------------------------------
DRUGS = ["Xarelto", "Keytruda", "Humira", "Ozempic", "Eliquis", "Lamictal", "Dupixent", "Metformin Teva"]
MAH = ["Bayer AG", "Merck Sharp & Dohme B.V.", "Novo Nordisk A/S", "Bristol-Myers Squibb", "Janssen-Cilag",
       "Boehringer Ingelheim", "Sanofi Winthrop Industrie", "Eli Lilly Nederland"]


def ae(lg):
    lg = rng.choice(["en", "de", "fr", "it", "es", "nl", "pl", "el"])
    d = D(lg, "ae")
    k = rng.randrange(3)
    if k == 0:
        d.t("CIOMS FORM\nSUSPECT ADVERSE REACTION REPORT\nI. REACTION INFORMATION\n1. PATIENT INITIALS (first, last)  ")
        d.t(rng.choice("ABCDEFGHJKLMNPRSTW") + "." + rng.choice("ABCDEFGHJKLMNPRSTW") + ".   1a. COUNTRY " + lg.upper())
        d.t("   2. DATE OF BIRTH  ").span("DATE_OF_BIRTH", dnum("en", *ymd(1938, 2004))).t("   2a. AGE  " + n(19, 85) + " Years\n")
        d.t("4-6 REACTION ONSET  ").neg("DATE", other("en")).t("\n7+13 DESCRIBE REACTION(S): rash and pruritus after ")
        d.neg("DRUG", rng.choice(DRUGS)).t("\nII. SUSPECT DRUG(S) INFORMATION\n14. SUSPECT DRUG(S)  ").neg("DRUG", rng.choice(DRUGS))
        d.t(" 20 mg\nIV. MANUFACTURER INFORMATION\n24a. NAME AND ADDRESS OF MANUFACTURER\n").neg("ORG", rng.choice(MAH))
        d.t("\n24b. MFR CONTROL NO. " + lg.upper() + "-" + n(100000, 999999) + "\n24c. DATE RECEIVED BY MANUFACTURER ").neg("DATE", other("en"))
        d.t("\n24d. REPORT SOURCE  [x] HEALTH PROFESSIONAL\nName and address of reporter: ")
        d.t(rng.choice(["Dr. ", "", "Dr "])).p(lg, rng.choice(["gs", "CAPS", "SC,G"]), "", ", ").span("STREET_ADDRESS", address(lg)).t("\n")
    elif k == 1:
        d.t("<ichicsr lang=\"en\">\n <safetyreport>\n  <safetyreportid>" + lg.upper() + "-" + n(1000000, 9999999) + "</safetyreportid>\n")
        d.t("  <primarysource>\n   <reportertitle>Dr.</reportertitle>\n   <reportergivename>")
        g, s = person(lg)
        d.span("PERSON", g).t("</reportergivename>\n   <reporterfamilyname>").span("PERSON", s).t("</reporterfamilyname>\n")
        d.t("   <reporterorganization>").neg("ORG", rng.choice(["Klinikum Nord", "Hôpital Saint-Louis", "Ospedale Maggiore",
                                                                 "Hospital La Paz", "UMC Utrecht"])).t("</reporterorganization>\n")
        d.t("   <reporterstreet>")
        a = address(lg, "|")
        st, town = a.split("|", 1)
        d.span("STREET_ADDRESS", st).t("</reporterstreet>\n   <reportercity>" + town.split(" ")[-1] + "</reportercity>\n")
        d.t("   <qualification>1</qualification>\n  </primarysource>\n  <patient>\n   <patientinitial>")
        d.t(rng.choice("ABCDEFGHKLMNPRS") + rng.choice("ABCDEFGHKLMNPRS") + "</patientinitial>\n   <patientbirthdateformat>102</patientbirthdateformat>\n")
        y, m, dd = ymd(1940, 2004)
        d.t("   <patientbirthdate>").span("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd)).t("</patientbirthdate>\n")
        d.t("   <drug><medicinalproduct>").neg("DRUG", rng.choice(DRUGS)).t("</medicinalproduct></drug>\n  </patient>\n")
        d.t("  <sender><sendertype>1</sendertype><senderorganization>").neg("ORG", rng.choice(MAH)).t("</senderorganization>\n")
        d.t("   <sendergivename>").p(lg, "g").t("</sendergivename><senderfamilyname>").p(lg, "s").t("</senderfamilyname></sender>\n")
        d.t(" </safetyreport>\n</ichicsr>")
    else:
        d.t("MEDWATCH FORM FDA 3500A\nA. PATIENT INFORMATION\n1. Patient Identifier  " + n(1000, 9999) + "  2. Age or Date of Birth  ")
        d.span("DATE_OF_BIRTH", dnum("us", *ymd(1940, 2004))).t("  3. Sex F  4. Weight 71 kg\n")
        d.t("B. ADVERSE EVENT OR PRODUCT PROBLEM\n3. Date of event  ").neg("DATE", dnum("us", *ymd(2022, 2025)))
        d.t("\nC. SUSPECT PRODUCT(S)\n1. Name, Strength, Manufacturer  ").neg("DRUG", rng.choice(DRUGS)).t(" / ").neg("ORG", rng.choice(MAH))
        d.t("\nE. INITIAL REPORTER\n1. Name and Address  ").p(rng.choice(["en", lg]), rng.choice(["gs", "S,G", "CAPS"]), "", "\n   ")
        d.span("STREET_ADDRESS", address("en" if rng.random() < 0.5 else lg)).t("\n   Phone # ").span("PHONE_NUMBER", "+44 20 7946 0" + n(100, 999))
        d.t("\n2. Health Professional? Yes  3. Occupation  Pharmacist\n")
    d.done()


def crf(lg):
    lg = rng.choice(["en", "de", "fr", "es", "it", "pl", "cs", "hu", "nl"])
    d = D(lg, "crf")
    sponsor = rng.choice(["Novartis Pharma AG", "AstraZeneca AB", "F. Hoffmann-La Roche Ltd", "Gedeon Richter Plc.",
                          "Zentiva k.s.", "Servier"])
    d.t("Protocol " + rng.choice(["CLNP023", "D5180C00", "GR-2201", "ZEN-04"]) + n(10, 99) + " | Sponsor: ").neg("ORG", sponsor)
    d.t(" | Site " + n(100, 999) + " – ").neg("ORG", rng.choice(["Charité – Universitätsmedizin Berlin", "Fakultní nemocnice Motol",
                                                               "Semmelweis Egyetem", "Hospital Clínic de Barcelona",
                                                               "Policlinico Gemelli", "Erasmus MC"]))
    d.t("\nPAGE 3 – DEMOGRAPHICS (Visit 1, Screening)\nSubject No.: " + n(100, 999) + "-" + n(1000, 9999) + "\n")
    y, m, dd = ymd(1945, 2003)
    k = rng.randrange(3)
    if k == 0:
        d.t("Date of birth (DD-MMM-YYYY): ").span("DATE_OF_BIRTH", "%02d-%s-%04d" % (dd, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL",
                                                                                         "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y))
    elif k == 1:
        d.t(lbl(lg, "dob") + " / Date of birth: ").span("DATE_OF_BIRTH", dnum(lg, y, m, dd))
    else:
        d.t("Year of birth: ").span("DATE_OF_BIRTH", str(y))
    d.t("\nInformed consent signed on: ").neg("DATE", other("iso")).t("\nIMP: ").neg("DRUG", rng.choice(["iptacopan", "tezepelumab",
                                                                                                      "faricimab", "Cariprazine"]))
    d.t("\n\nInvestigator signature: ").p(lg, rng.choice(["gs", "SG", "S,G"]), rng.choice(["Dr. ", "Prof. ", "MUDr. " if lg == "cs" else "Dr. "]))
    d.t("   Date: ").neg("DATE", other("iso"))
    d.t("\nCRA / Monitor (SDV done): ").p(lg, rng.choice(["gs", "CAPS", "SC,G"]))
    if rng.random() < 0.5:
        d.t("\nSub-investigator: ").p(lg, "gs").t("  Study nurse: ").p(lg, rng.choice(["gs", "g"]))
    d.t("\n")
    d.done()


INSURERS = {"fr": ["AXA France", "MAAF Assurances", "Groupama"], "de": ["Allianz Versicherungs-AG", "HUK-COBURG", "DEVK"],
            "it": ["Generali Italia", "UnipolSai", "Reale Mutua"], "es": ["Mapfre", "Línea Directa", "Mutua Madrileña"],
            "nl": ["Centraal Beheer", "Interpolis", "Ethias"], "pt": ["Fidelidade", "Tranquilidade", "Ageas Portugal"],
            "en": ["Aviva", "Direct Line", "FBD Insurance"], "pl": ["PZU SA", "Warta", "Link4"], "cs": ["Kooperativa", "ČSOB Pojišťovna", "Allianz pojišťovna"],
            "ro": ["Allianz-Țiriac", "Groupama Asigurări", "Omniasig"], "el": ["Ethniki Asfalistiki", "Interamerican", "Eurolife FFH"]}
CARS = ["Peugeot 208", "VW Golf", "Fiat Panda", "Renault Clio", "Škoda Octavia", "Toyota Yaris", "Opel Corsa", "Dacia Logan"]
ACC = {"fr": ("CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE", "Preneur d'assurance/assuré", "Conducteur", "Témoins : noms, adresses, tél"),
       "de": ("EUROPÄISCHER UNFALLBERICHT", "Versicherungsnehmer", "Fahrer", "Zeugen: Namen, Anschriften, Tel."),
       "it": ("CONSTATAZIONE AMICHEVOLE DI INCIDENTE", "Contraente/Assicurato", "Conducente", "Testimoni: nomi, indirizzi, tel"),
       "es": ("DECLARACIÓN AMISTOSA DE ACCIDENTE", "Tomador del seguro/asegurado", "Conductor", "Testigos: nombres, direcciones, tel"),
       "nl": ("AANRIJDINGSFORMULIER", "Verzekeringnemer", "Bestuurder", "Getuigen: namen, adressen, tel"),
       "pt": ("DECLARAÇÃO AMIGÁVEL DE ACIDENTE AUTOMÓVEL", "Tomador do seguro/segurado", "Condutor", "Testemunhas: nomes, moradas, tel"),
       "en": ("EUROPEAN ACCIDENT STATEMENT", "Policyholder (insured)", "Driver", "Witnesses: names, addresses, tel"),
       "pl": ("WSPÓLNE OŚWIADCZENIE O ZDARZENIU DROGOWYM", "Ubezpieczający", "Kierowca", "Świadkowie: nazwiska, adresy, tel."),
       "cs": ("ZÁZNAM O DOPRAVNÍ NEHODĚ", "Pojistník", "Řidič", "Svědci: jména, adresy, tel."),
       "ro": ("CONSTATARE AMIABILĂ DE ACCIDENT", "Asigurat", "Conducător auto", "Martori: nume, adrese, tel."),
       "el": ("FILIKI DILOSI ATYCHIMATOS", "Asfalismenos", "Odigos", "Martyres: onomata, diefthynseis, til.")}


def accident(lg):
    lg = rng.choice(list(ACC))
    d = D(lg, "accident")
    title, holder, driver, wit = ACC[lg]
    d.t(title + "\n1. " + other(lg) + "  2. " + TOWN[lg] + "\n5. " + wit + ": ")
    if rng.random() < 0.7:
        d.p(lg, rng.choice(["gs", "SG", "CAPS"]), "", ", ").span("STREET_ADDRESS", address(lg))
    else:
        d.t("—")
    for veh in "AB":
        d.t("\n\nVÉHICULE " + veh + "\n" if lg == "fr" else "\n\n" + veh + "\n")
        g, s = person(lg)
        caps = rng.random() < 0.6
        d.t("6. " + holder + "\n   " + lbl(lg, "sur") + ": ").span("PERSON", nbsp(s.upper() if caps else s))
        d.t("\n   " + lbl(lg, "giv") + ": ").span("PERSON", g.upper() if caps else g)
        d.t("\n   " + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg).upper() if caps else address(lg))
        d.t("\n7. " + rng.choice(CARS).split(" ")[0] + " / ").neg("PRODUCT", rng.choice(CARS))
        d.t("\n8. ").neg("ORG", rng.choice(INSURERS[lg])).t("  N° " + n(10000000, 99999999))
        d.t("\n9. " + driver + ": ")
        if rng.random() < 0.5:
            d.t("= 6")
        else:
            d.p(lg, "SG" if caps else "gs").t("  " + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1950, 2005))
    d.t("\n\n15. " + lbl(lg, "sig") + " A: ").p(lg, "s").t("   B: ").p(lg, "s").t("\n")
    d.done()


def tow(lg):
    lg = rng.choice(["en", "de", "nl", "sv", "da", "no", "fi", "en"])
    d = D(lg, "tow")
    L = {"en": ("VEHICLE RELEASE FORM – {lot}", "Registered keeper", "Released to", "Authorised by (officer)", "Reg."),
         "de": ("FREIGABE – Verwahrplatz {lot}", "Halter", "Herausgabe an", "Sachbearbeiter/in", "Kennz."),
         "nl": ("VRIJGAVEBEWIJS – depot {lot}", "Kentekenhouder", "Afgegeven aan", "Behandelend ambtenaar", "Kenteken"),
         "sv": ("UTLÄMNINGSBESKED – {lot}", "Registrerad ägare", "Utlämnat till", "Handläggare", "Reg.nr"),
         "da": ("UDLEVERINGSKVITTERING – {lot}", "Registreret ejer", "Udleveret til", "Sagsbehandler", "Reg.nr."),
         "no": ("UTLEVERINGSSKJEMA – {lot}", "Registrert eier", "Utlevert til", "Saksbehandler", "Reg.nr."),
         "fi": ("LUOVUTUSLOMAKE – {lot}", "Rekisteröity omistaja", "Luovutettu", "Käsittelijä", "Rek.nro")}[lg]
    lot = rng.choice(["Lot 7 Cranmore Rd", "Abschleppplatz Nord", "Depot Noord", "Bilparken Ulvsunda",
                      "Pound Lane Yard", "Hallintakeskus Vantaa"])
    d.t(L[0].split("{")[0]).neg("PLACE", lot).t("\n" + L[4] + ": " + rng.choice(["KX19 ", "B-", "GH-", "ABC "]) + n(100, 999))
    d.t("  Make/model: ").neg("PRODUCT", rng.choice(CARS)).t("\n" + L[1] + ": ")
    g, s = person(lg)
    d.span("PERSON", fmt(lg, g, s, rng.choice(["CAPS", "SC,G", "gs"]))).t("\n").span("STREET_ADDRESS", address(lg, "\n"))
    d.t("\n" + L[2] + ": ")
    if rng.random() < 0.5:
        d.span("PERSON", fmt(lg, g, s, rng.choice(["gs", "CAPS"]))).t(" (ID checked)")
    else:
        d.p(lg, rng.choice(["gs", "SG", "CAPS"])).t(" – " + rng.choice(["agent", "son", "partner", "ombud"]))
    d.t("\nFees paid: €" + n(150, 480) + ".00   Date: ").neg("DATE", other(lg)).t("\n" + L[3] + ": ").p(lg, rng.choice(["gs", "s", "SG"]))
    d.t(" #" + n(1000, 9999) + "\n")
    d.done()


def foster(lg):
    lg = rng.choice(["en", "de", "nl", "sv", "da", "no", "de", "en"])
    d = D(lg, "foster")
    cg, cs = person(lg)
    if lg == "de":
        d.t("Hilfeplan gem. § 36 SGB VIII – Fortschreibung\nKind: ").span("PERSON", cg + " " + cs).t(", geb. ")
        d.span("DATE_OF_BIRTH", dob("de", 2009, 2021)).t("\nPflegeeltern: ").p("de", "gs", "", " und ").p("de", "g")
        d.t("\nAnschrift der Pflegefamilie: ").span("STREET_ADDRESS", address("de")).t("\nSorgeberechtigte: Mutter ")
        d.p("de", "gs").t("\nFallführende Fachkraft ASD: Frau ").p("de", "s").t("\nTräger: ").neg("ORG", rng.choice(["Diakonie Hamburg", "Caritasverband Köln", "AWO Kreisverband"]))
        d.t("\nHilfeplangespräch am ").neg("DATE", other("de"))
    elif lg == "en":
        d.t("PLACEMENT PLAN – PART A\nChild's name: ").span("PERSON", cg + " " + cs).t("   DOB: ").span("DATE_OF_BIRTH", dob("en", 2008, 2021))
        d.t("\nPlacement start: ").neg("DATE", other("en")).t("\nFoster carers: Mr ").p("en", "g", "", " and Mrs ").p("en", "gs")
        d.t("\nCarers' address: ").span("STREET_ADDRESS", address("en")).t("\nSupervising social worker: ").p("en", rng.choice(["gs", "SC,G"]))
        d.t("\nChild's social worker: ").p("en", "gs").t(" (").neg("ORG", rng.choice(["Leeds City Council", "Barnardo's", "Tusla"])).t(")")
    else:
        T = {"nl": ("Plaatsingsbesluit pleegzorg", "Pleegkind", "Pleegouders", "Jeugdzorgwerker", "Jeugdbescherming Noord"),
             "sv": ("Placering i familjehem", "Barnet", "Familjehemsföräldrar", "Socialsekreterare", "Socialtjänsten Uppsala"),
             "da": ("Anbringelse i plejefamilie", "Barnet", "Plejeforældre", "Sagsbehandler", "Aarhus Kommune"),
             "no": ("Vedtak om plassering i fosterhjem", "Barnet", "Fosterforeldre", "Saksbehandler barnevernet", "Bufetat")}[lg]
        d.t(T[0] + "\n" + T[1] + ": ").span("PERSON", fmt(lg, cg, cs, rng.choice(["gs", "SC,G"]))).t(", " + lbl(lg, "dob").lower() + " ")
        d.span("DATE_OF_BIRTH", dob(lg, 2008, 2021)).t("\n" + T[2] + ": ").p(lg, "gs", "", " og " if lg in ("da", "no") else (" och " if lg == "sv" else " en "))
        d.p(lg, "gs").t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg)).t("\n" + T[3] + ": ").p(lg, "gs")
        d.t(", ").neg("ORG", T[4])
    d.t("\n")
    d.done()


FOUNDS = ["Studienstiftung des deutschen Volkes", "Fundação Calouste Gulbenkian", "Fondazione Cariplo", "Fulbright Commission",
          "Fondation Zellidja", "Rhodes Trust", "Knut och Alice Wallenbergs Stiftelse", "Fundación Amancio Ortega",
          "Heinrich-Böll-Stiftung", "Stiftung Mercator", "Onassis Foundation", "Tempus Public Foundation"]


def scholar(lg):
    d = D(lg, "scholar")
    fd = rng.choice(FOUNDS)
    if rng.random() < 0.5:
        d.t("Scholarship application – ").neg("ORG", fd).t("\n" + lbl(lg, "sur") + ": ")
        g, s = person(lg)
        d.span("PERSON", nbsp(s)).t("\n" + lbl(lg, "giv") + ": ").span("PERSON", g).t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1995, 2007))
        d.t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg)).t("\nReferee 1: ").p(lg, "gs", rng.choice(["Prof. ", "Dr. ", ""]))
        d.t(", ").neg("ORG", rng.choice(["Uniwersytet Warszawski", "Univerzita Karlova", "ELTE", "Aarhus Universitet", "KU Leuven",
                                          "Universidade de Coimbra", "Aristotle University of Thessaloniki"]))
        d.t("\nReferee 2: ").p(lg, rng.choice(["gs", "SC,G"])).t("\nDeadline: ").neg("DATE", other(lg)).t("\n")
    else:
        d.t("## ").neg("ORG", fd).t(" – awardees " + n(2023, 2025) + "\n\n| # | Name | Field | Mentor |\n|---|---|---|---|\n")
        for i in range(rng.randint(3, 5)):
            d.t("| " + str(i + 1) + " | ").p(lg, rng.choice(["gs", "S,G", "SG"])).t(" | " + rng.choice(["Physics", "Law", "Medicine", "History", "CS"]))
            d.t(" | ").p(lg, "gs", rng.choice(["Prof. ", "Dr. ", ""])).t(" |\n")
    d.done()


MARKS = ["LUMORA", "Kaffeeklatsch", "BRÜLLBÄR", "SOLVIK", "Vélocita", "NORDHAUG", "PAPRIKÁS", "Zeytinim", "ΑΛΦΑ", "Dolce Lina"]


def tm(lg):
    d = D(lg, "tm")
    k = rng.randrange(3)
    mark = rng.choice(MARKS)
    if k == 0:
        d.t("(111) " + n(300000, 399999) + "\n(151) ").neg("DATE", other("iso")).t("\n(540) ").neg("BRAND", mark)
        d.t("\n(732) ")
        if rng.random() < 0.65:
            d.p(lg, rng.choice(["SC,G", "CAPS", "gs", "S,G"])).t("\n      ").span("STREET_ADDRESS", address(lg)).t(" (" + lg.upper() + ")")
        else:
            d.neg("ORG", firm(lg)).t(", " + TOWN[lg])
        d.t("\n(740) ").p(lg, rng.choice(["CAPS", "gs", "SC,G"]), "", ", ").neg("ORG", rng.choice(["Patentanwälte Keller & Partner",
                                                                                              "Cabinet Moreau", "Bird & Bird LLP", "Zacco"]))
        d.t("\n(511) 09, 35, 42\n")
    elif k == 1:
        d.t("TSDR – Status\nMark: ").neg("BRAND", mark).t("\nUS Serial Number: " + n(90000000, 99999999) + "\nOwner Name: ")
        g, s = person(lg)
        d.span("PERSON", (g + " " + s).upper()).t("\nOwner Address: ").span("STREET_ADDRESS", address(lg).upper())
        d.t("\nLegal Entity Type: INDIVIDUAL  Citizenship: " + lg.upper() + "\nAttorney of Record: ").p("en", "gs")
        d.t("\nCorrespondent e-mail: ").span("EMAIL_ADDRESS", s.lower().replace(" ", "").replace("'", "") + "@example.com" if all(ord(ch) < 128 for ch in s) else "docketing@example.com")
        d.t("\n")
    else:
        d.t("DPMAregister | Marke ").neg("BRAND", mark).t("\nAktenzeichen: 30 " + n(2020, 2025) + " " + n(100, 999) + " " + n(100, 999) + ".0\n")
        d.t("Anmeldetag: ").neg("DATE", other("de")).t("\nInhaber: ")
        d.p(lg, rng.choice(["S,G", "gs"]), "", ", ").span("STREET_ADDRESS", address(lg)).t("\nVertreter: ").p("de", "gs", "", ", ")
        d.neg("ORG", rng.choice(["Boehmert & Boehmert", "Grünecker Patent- und Rechtsanwälte", "Maiwald GmbH"])).t(", München\n")
    d.done()


def sepa(lg):
    lg = rng.choice(["de", "fr", "nl", "es", "it", "pt", "fi", "pl", "de", "nl"])
    d = D(lg, "sepa")
    cc = LG_CC[lg]
    k = rng.randrange(3)
    if k == 0:
        d.t('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <PmtInf>\n   <Dbtr>\n    <Nm>')
        d.p(lg, rng.choice(["gs", "CAPS", "gs"])).t("</Nm>\n    <PstlAdr>\n     <AdrLine>")
        a = address(lg, "|")
        st, town = a.split("|", 1)
        d.span("STREET_ADDRESS", st).t("</AdrLine>\n     <AdrLine>" + town + "</AdrLine>\n    </PstlAdr>\n    <Id><PrvtId><DtAndPlcOfBirth>\n")
        d.t("     <BirthDt>").span("DATE_OF_BIRTH", dnum("iso", *ymd(1945, 2004))).t("</BirthDt>\n     <CityOfBirth>" + TOWN[lg])
        d.t("</CityOfBirth>\n     <CtryOfBirth>" + cc + "</CtryOfBirth>\n    </DtAndPlcOfBirth></PrvtId></Id>\n   </Dbtr>\n")
        d.t("   <DbtrAcct><Id><IBAN>").span("IBAN_CODE", iban(cc)).t("</IBAN></Id></DbtrAcct>\n   <CdtTrfTxInf>\n    <Cdtr><Nm>")
        if rng.random() < 0.5:
            d.p(lg, "gs")
        else:
            d.neg("ORG", firm(lg))
        d.t("</Nm></Cdtr>\n    <RmtInf><Ustrd>Miete " + n(1, 12) + "/2025</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>")
    elif k == 1:
        d.t('<DrctDbtTxInf>\n <PmtId><EndToEndId>E2E-' + n(100000, 999999) + '</EndToEndId></PmtId>\n <DrctDbtTx><MndtRltdInf>\n')
        d.t("  <MndtId>MND-" + n(10000, 99999) + "</MndtId>\n  <DtOfSgntr>").neg("DATE", other("iso")).t("</DtOfSgntr>\n </MndtRltdInf></DrctDbtTx>\n")
        d.t(" <Cdtr><Nm>").neg("ORG", rng.choice(["Stadtwerke München GmbH", "Fitness Dupont SARL", "Vereniging Oranje Boven",
                                                  "Gimnasio Castillo S.L.", "ENI Plenitude"])).t("</Nm></Cdtr>\n <Dbtr>\n  <Nm>")
        d.p(lg, rng.choice(["gs", "CAPS", "S,G"])).t("</Nm>\n  <PstlAdr><StrtNm>")
        a = address(lg, "|")
        st, town = a.split("|", 1)
        d.span("STREET_ADDRESS", st).t("</StrtNm><TwnNm>" + town.split(" ")[-1] + "</TwnNm><Ctry>" + cc + "</Ctry></PstlAdr>\n </Dbtr>\n")
        d.t(" <DbtrAcct><Id><IBAN>").span("IBAN_CODE", iban(cc)).t("</IBAN></Id></DbtrAcct>\n")
        if rng.random() < 0.5:
            d.t(" <UltmtDbtr><Nm>").p(lg, "gs").t("</Nm></UltmtDbtr>\n")
        d.t("</DrctDbtTxInf>")
    else:
        d.t("<Ntry>\n <Amt Ccy=\"EUR\">" + n(10, 900) + ".00</Amt>\n <CdtDbtInd>CRDT</CdtDbtInd>\n <BookgDt><Dt>").neg("DATE", other("iso"))
        d.t("</Dt></BookgDt>\n <NtryDtls><TxDtls>\n  <RltdPties>\n   <Dbtr><Pty><Nm>").p(lg, rng.choice(["CAPS", "gs", "SC,G"]))
        d.t("</Nm></Pty></Dbtr>\n   <DbtrAcct><Id><IBAN>").span("IBAN_CODE", iban(cc)).t("</IBAN></Id></DbtrAcct>\n")
        d.t("   <Cdtr><Pty><Nm>").neg("ORG", rng.choice(["Hausverwaltung Lindner GmbH", "Syndic Girard", "Woonstichting De Key"]))
        d.t("</Nm></Pty></Cdtr>\n  </RltdPties>\n  <RmtInf><Ustrd>")
        d.t(rng.choice(["Miete Whg 3 ", "loyer ", "huur "])).p(lg, "s").t("</Ustrd></RmtInf>\n </TxDtls></NtryDtls>\n</Ntry>")
    d.done()


ENERGY = {"de": ("Lieferantenwechsel – Auftrag", "Marktlokations-ID (MaLo)", "Zählernummer", "Vormieter", "Lieferanschrift",
                 ["E.ON Energie Deutschland", "Vattenfall Europe Sales", "Stadtwerke Leipzig"]),
          "en": ("Change of supplier – confirmation", "MPAN", "Meter serial", "Previous occupier", "Supply address",
                 ["Octopus Energy", "British Gas", "Electric Ireland"]),
          "nl": ("Overstapformulier energie", "EAN-code", "Meternummer", "Vorige bewoner", "Leveringsadres",
                 ["Eneco", "Vattenfall", "Engie België"]),
          "fr": ("Demande de mise en service", "PDL", "N° de compteur", "Ancien occupant", "Adresse de fourniture",
                 ["EDF", "TotalEnergies", "Engie"]),
          "es": ("Solicitud de cambio de comercializadora", "CUPS", "Nº contador", "Titular anterior", "Dirección de suministro",
                 ["Iberdrola", "Endesa", "Naturgy"]),
          "it": ("Richiesta di voltura", "POD", "Matricola contatore", "Intestatario precedente", "Indirizzo di fornitura",
                 ["Enel Energia", "Edison", "A2A"]),
          "pt": ("Pedido de mudança de comercializador", "CPE", "N.º contador", "Titular anterior", "Local de consumo",
                 ["EDP Comercial", "Galp", "Endesa"]),
          "cs": ("Žádost o změnu dodavatele", "EAN", "Číslo elektroměru", "Předchozí odběratel", "Adresa odběrného místa",
                 ["ČEZ Prodej", "innogy", "PRE"]),
          "hu": ("Szolgáltatóváltási kérelem", "POD azonosító", "Mérőóra gyári szám", "Korábbi felhasználó", "Felhasználási hely",
                 ["MVM Next", "E.ON Hungária", "ELMŰ"])}


def energy(lg):
    lg = rng.choice(list(ENERGY))
    d = D(lg, "energy")
    title, idl, meter, prev, supl, sups = ENERGY[lg]
    d.t(title + "\n").neg("ORG", rng.choice(sups)).t("\n\nKunde / Customer: " if lg == "de" else "\n\n" + lbl(lg, "name") + ": ")
    g, s = person(lg)
    d.span("PERSON", fmt(lg, g, s, rng.choice(["gs", "SC,G", "CAPS", "S,G"])))
    if rng.random() < 0.5:
        d.t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1945, 2004))
    d.t("\n" + supl + ": ").span("STREET_ADDRESS", address(lg)).t("\n" + idl + ": " + n(10000000, 99999999) + n(100, 999))
    d.t("\n" + meter + ": " + n(1000000, 9999999) + "   " + rng.choice(["Zählerstand", "Reading", "Stand", "Relevé", "Lectura"]) + ": " + n(1000, 99999))
    if rng.random() < 0.6:
        d.t("\n" + prev + ": ").p(lg, rng.choice(["gs", "SC,G", "s"]))
    d.t("\n" + rng.choice(["Wechseldatum", "Switch date", "Datum", "Date", "Fecha"]) + ": ").neg("DATE", other(lg)).t("\n")
    d.done()


MEDIA = ["Süddeutsche Zeitung", "Le Monde", "NRC", "El País", "Corriere della Sera", "Público", "Gazeta Wyborcza",
         "Dagens Nyheter", "Politiken", "Aftenposten", "Helsingin Sanomat", "Lidové noviny", "Népszava", "Hürriyet",
         "Adevărul", "Kathimerini", "Reuters", "Agence France-Presse"]


def press(lg):
    d = D(lg, "press")
    ev = rng.choice(["EU Council summit", "Europameisterschaft Halle 3", "Festival de Cannes", "Roland Garros", "Eurovision"])
    k = rng.randrange(2)
    if k == 0:
        d.t("Accreditation list – " + ev + "\nlast_name;first_name;outlet;role;badge\n")
        for _ in range(rng.randint(3, 6)):
            g, s = person(lg)
            caps = rng.random() < 0.3
            d.span("PERSON", s.upper() if caps else s).t(";").span("PERSON", g).t(";").neg("ORG", rng.choice(MEDIA))
            d.t(";" + rng.choice(["reporter", "photographer", "camera", "editor", "fixer"]) + ";P" + n(1000, 9999) + "\n")
    else:
        d.t("PRESS – " + ev + "\n")
        for _ in range(rng.randint(3, 5)):
            d.t(n(1, 99).rjust(2) + "  ").p(lg, rng.choice(["SG", "CAPS", "SC,G"])).t("  — ").neg("ORG", rng.choice(MEDIA))
            d.t(rng.choice(["  (photo)", "  (TV)", "", "  (radio)"]) + "\n")
        d.t("Contact for pool photographers: ").p(lg, "gs").t("\n")
    d.done()


TMX_SEGS = {"de": "Sehr geehrte Frau {S}, vielen Dank für Ihre Anfrage.", "fr": "Chère Madame {S}, merci pour votre message.",
            "nl": "Beste {G}, bedankt voor je bericht.", "es": "Estimado Sr. {S}: gracias por su consulta.",
            "it": "Gentile {G} {S}, la ringraziamo per la richiesta.", "pt": "Cara {G}, obrigado pelo contacto.",
            "pl": "Szanowna Pani {G} {S}, dziękujemy za zgłoszenie.", "sv": "Hej {G}! Tack för ditt meddelande.",
            "da": "Kære {G} {S}, tak for din henvendelse.", "no": "Hei {G}, takk for meldingen.",
            "fi": "Hyvä {G} {S}, kiitos viestistäsi.", "cs": "Vážená paní {S}, děkujeme za dotaz.",
            "hu": "Kedves {S} {G}! Köszönjük megkeresését.", "tr": "Sayın {G} {S}, talebiniz için teşekkür ederiz.",
            "ro": "Stimată doamnă {S}, vă mulțumim pentru mesaj.", "el": "Agapiti kyria {S}, sas efcharistoume."}
EN_SEG = {"{S}": "Dear Ms {S}, thank you for your enquiry.", "{G}": "Dear {G}, thank you for your message."}


def seg(d, tmpl, g, s):
    i = 0
    while i < len(tmpl):
        j = tmpl.find("{", i)
        if j < 0:
            d.t(tmpl[i:])
            break
        d.t(tmpl[i:j]).span("PERSON", g if tmpl[j + 1] == "G" else s)
        i = j + 3


def tmx(lg):
    lg = rng.choice(list(TMX_SEGS))
    d = D(lg, "tmx")
    g, s = person(lg)
    tg = TMX_SEGS[lg]
    en = "Dear {G} {S}, thank you for your request." if "{G} {S}" in tg or "{S} {G}" in tg else (EN_SEG["{S}"] if "{S}" in tg else EN_SEG["{G}"])
    tr_g, tr_s = person(lg)
    uid = (tr_g[0] + tr_s.split(" ")[-1]).lower()
    if rng.random() < 0.5:
        d.t('<tu tuid="' + n(1000, 9999) + '" creationdate="20240' + n(1, 9) + n(10, 28) + 'T101500Z" creationid="' + uid + '">\n')
        d.t('  <prop type="x-translator">').p(lg, "gs").t("</prop>\n  <tuv xml:lang=\"en-GB\"><seg>")
        seg(d, en, g, s)
        d.t("</seg></tuv>\n  <tuv xml:lang=\"" + lg + "\"><seg>")
        seg(d, tg, g, s)
        d.t("</seg></tuv>\n</tu>")
    else:
        d.t('<trans-unit id="tu' + n(1, 500) + '" approved="yes">\n  <source xml:lang="en">')
        seg(d, en, g, s)
        d.t("</source>\n  <target xml:lang=\"" + lg + "\" state=\"translated\">")
        seg(d, tg, g, s)
        d.t("</target>\n  <note from=\"reviewer\">checked by ").p(lg, "gs").t(", client ").neg("ORG", firm(lg)).t("</note>\n</trans-unit>")
    d.done()


ROOMS = ["Suite Mozart", "Chambre Voltaire", "Sala Verdi", "Room Churchill", "Suite Andersen", "Zimmer Goethe"]


def hotel(lg):
    d = D(lg, "hotel")
    if rng.random() < 0.55:
        d.t("NIGHT AUDIT – IN-HOUSE GUESTS  " + other("iso") + "  ").neg("ORG", rng.choice(["Hotel Adlon Kempinski", "Hôtel Moreau Palace",
                                                                                          "Grand Hotel Nielsen", "Hotel Ritz Lisboa"]))
        d.t("\nRoom  Guest name                 Arr        Dep        Rate\n")
        for _ in range(rng.randint(3, 6)):
            g, s = person(lg)
            d.t(n(101, 618) + "   ")
            k = rng.randrange(3)
            if k == 0:
                v = (s + "/" + g).upper()
                d.span("PERSON", v).t(" " + rng.choice(["MR", "MRS", "MS", "DR"]))
                v += " " + "MR"
            elif k == 1:
                v = s.upper() + ", " + g
                d.span("PERSON", v)
            else:
                v = g + " " + s
                d.span("PERSON", v)
            d.t(" " * max(1, 26 - len(v)) + other("iso") + " " + other("iso") + "  " + n(89, 420) + ".00\n")
        d.t("Auditor: ").p(lg, rng.choice(["g", "gs"])).t("   Balance OK\n")
    else:
        d.t("Housekeeping report – floor " + n(1, 6) + "\nAttendant: ").p(lg, rng.choice(["gs", "g"])).t("   Supervisor: ").p(lg, "gs")
        d.t("\nRoom | Status | Note\n")
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.35:
                d.neg("ROOM", rng.choice(ROOMS))
            else:
                d.t(n(101, 618))
            d.t(" | " + rng.choice(["VD", "OC", "VC", "OOO", "DND"]) + " | ")
            if rng.random() < 0.5:
                d.t("guest ").p(lg, rng.choice(["s", "gs"])).t(" " + rng.choice(["late checkout", "extra towels", "VIP, amenity"]))
            else:
                d.t(rng.choice(["minibar checked", "lamp broken", "-"]))
            d.t("\n")
    d.done()


DOORS = ["DOOR-B2-EAST", "Turnstile 3", "Tor Nord", "Serverraum 2.14", "Lab Newton", "Entrée Pasteur", "Gate Ørsted"]


def access(lg):
    d = D(lg, "access")
    if rng.random() < 0.6:
        for _ in range(rng.randint(3, 6)):
            g, s = person(lg)
            d.t("2025-0" + n(1, 9) + "-" + n(10, 28) + " 0" + n(6, 9) + ":" + n(10, 59) + ":" + n(10, 59) + "  ").neg("PLACE", rng.choice(DOORS))
            d.t("  " + rng.choice(["GRANTED", "GRANTED", "DENIED"]) + "  card=" + n(100000, 999999) + "  holder=\"")
            d.span("PERSON", fmt(lg, g, s, rng.choice(["SC,G", "gs", "CAPS", "S,G"]))).t("\"\n")
    else:
        d.t("BADGE ENROLMENT\n" + lbl(lg, "sur") + ": ")
        g, s = person(lg)
        d.span("PERSON", s.upper()).t("\n" + lbl(lg, "giv") + ": ").span("PERSON", g).t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg))
        d.t("\nCompany: ").neg("ORG", firm(lg)).t("\nHost / sponsor: ").p(lg, rng.choice(["gs", "SC,G"])).t("\nZones: ").neg("PLACE", rng.choice(DOORS))
        d.t("\nValid until: ").neg("DATE", other(lg)).t("\n")
    d.done()


def natural(lg):
    lg = rng.choice(["fr", "fr", "de", "nl", "en", "it", "pt", "el"])
    d = D(lg, "natural")
    if lg == "fr":
        d.t("Décret du ").neg("DATE", "%d %s %d" % (rng.randint(1, 28), MONTHS["fr"][rng.randint(0, 11)], rng.randint(2023, 2025)))
        d.t(" portant naturalisation, réintégration, mention d'enfants mineurs\nArticle 1er\nSont naturalisés français :\n")
        for _ in range(rng.randint(2, 4)):
            olg = rng.choice(LANGS)
            g, s = person(olg)
            g2 = invent(olg, False) if rng.random() < 0.4 else ""
            d.span("PERSON", s.upper()).t(" (").span("PERSON", g + (", " + g2 if g2 else "")).t("), né" + rng.choice(["", "e"]) + " le ")
            d.span("DATE_OF_BIRTH", dnum("fr", *ymd(1950, 2004))).t(" à " + TOWN[olg] + ", dép. " + n(1, 95) + ", NAT. 2025X " + n(10000, 99999) + "\n")
            if rng.random() < 0.4:
                d.t("et son enfant mineur : ").span("PERSON", person(olg)[0]).t(" ")
                d.span("PERSON", s.upper()).t(", né le ").span("DATE_OF_BIRTH", dnum("fr", *ymd(2010, 2020))).t("\n")
    elif lg == "de":
        d.t("EINBÜRGERUNGSURKUNDE\n").p(rng.choice(LANGS), rng.choice(["gs", "CAPS"])).t(",\ngeboren am ").span("DATE_OF_BIRTH", dob("de"))
        d.t(" in " + rng.choice(["Ankara", "Kraków", "Thessaloniki", "Cluj-Napoca"]) + ",\nerwirbt durch Einbürgerung die deutsche Staatsangehörigkeit.\n")
        d.neg("ORG", rng.choice(["Landesamt für Einwanderung Berlin", "Regierungspräsidium Darmstadt", "Stadt Köln – Einbürgerungsbehörde"]))
        d.t(", den ").neg("DATE", other("de")).t("\nIm Auftrag\n").p("de", "gs").t("\n")
    else:
        T = {"nl": "Naturalisatieceremonie gemeente Utrecht – deelnemers", "en": "Citizenship ceremony – attendees",
             "it": "Cerimonia di giuramento – elenco", "pt": "Cerimónia de atribuição da nacionalidade – lista",
             "el": "Teleti orkomosias politografisis – katalogos"}[lg]
        d.t(T + " (").neg("DATE", other(lg)).t(")\n")
        for i in range(rng.randint(3, 6)):
            olg = rng.choice(LANGS)
            d.t(str(i + 1) + ". ").p(olg, rng.choice(["SC,G", "gs", "SG"])).t(rng.choice(["", " + 1 guest", " (former nationality: " + olg.upper() + ")"]) + "\n")
        d.t(rng.choice(["Registrar: ", "Burgemeester: ", "Officiant: "])).p(lg, "gs").t("\n")
    d.done()


def donor(lg):
    d = D(lg, "donor")
    reg = rng.choice(["DKMS", "Anthony Nolan", "Matchis", "Stefan-Morsch-Stiftung", "Fundación Josep Carreras",
                      "Registrul Național al Donatorilor", "Fondazione IBMDR", "NHS Organ Donor Register"])
    if rng.random() < 0.6:
        d.t("Donor registration – ").neg("ORG", reg).t("\n" + lbl(lg, "name") + ": ").p(lg, rng.choice(["gs", "SC,G", "CAPS"]))
        d.t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1960, 2006)).t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg))
        d.t("\nNext of kin: ").p(lg, "gs").t(" (" + rng.choice(["mother", "partner", "brother", "spouse"]) + ")\nConsent: kidneys, liver, cornea\n")
    else:
        d.t("Waiting list export (").neg("ORG", rng.choice(["Eurotransplant", "Scandiatransplant", "ONT"])).t(")\nrank\tpatient\tdob\tcentre\n")
        for i in range(rng.randint(2, 4)):
            d.t(str(i + 1) + "\t").p(lg, rng.choice(["SC,G", "S,G", "SG"])).t("\t").span("DATE_OF_BIRTH", dob(lg)).t("\t")
            d.neg("ORG", rng.choice(["UZ Leuven", "Rigshospitalet", "Karolinska", "Hôpital Necker", "AKH Wien"])).t("\n")
    d.done()


GUNS = ["Beretta 686", "Browning B525", "Sauer 404", "Blaser R8", "Tikka T3x", "Heckler & Koch SP5", "Walther PPQ", "Mauser M18"]


def firearm(lg):
    lg = rng.choice(["en", "de", "fi", "sv", "no", "cs", "da", "it", "fr", "hu"])
    d = D(lg, "firearm")
    T = {"en": ("FIREARM CERTIFICATE", "Holder", "Countersignatory"), "de": ("WAFFENBESITZKARTE", "Inhaber", "Sachbearbeiter"),
         "fi": ("ASELUPA", "Luvanhaltija", "Käsittelijä"), "sv": ("VAPENLICENS", "Innehavare", "Handläggare"),
         "no": ("VÅPENKORT", "Innehaver", "Saksbehandler"), "cs": ("ZBROJNÍ PRŮKAZ", "Držitel", "Vyřizuje"),
         "da": ("VÅBENTILLADELSE", "Indehaver", "Sagsbehandler"), "it": ("LICENZA DI PORTO DI FUCILE USO CACCIA", "Titolare", "Il funzionario"),
         "fr": ("PERMIS DE CHASSER", "Titulaire", "Visa de l'agent"), "hu": ("FEGYVERTARTÁSI ENGEDÉLY", "Engedélyes", "Ügyintéző")}[lg]
    d.t(T[0] + "  No. " + n(100000, 999999) + "\n" + T[1] + ": ")
    g, s = person(lg)
    if rng.random() < 0.5:
        d.span("PERSON", fmt(lg, g, s, rng.choice(["CAPS", "SC,G", "SG"])))
    else:
        d.t("\n  " + lbl(lg, "sur") + ": ").span("PERSON", s.upper()).t("\n  " + lbl(lg, "giv") + ": ").span("PERSON", g)
    d.t("\n  " + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1945, 2004)).t("\n  " + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg))
    d.t("\nWeapons: 1. ").neg("PRODUCT", rng.choice(GUNS)).t(" cal. 12/76  2. ").neg("PRODUCT", rng.choice(GUNS)).t(" .308 Win")
    if lg == "en":
        d.t("\nCountersignatory: ").p("en", "gs").t(", known to applicant " + n(3, 20) + " years")
    d.t("\n" + T[2] + ": ").p(lg, rng.choice(["gs", "s", "SG"])).t("  ").neg("DATE", other(lg)).t("\n")
    d.done()


def induct(lg):
    d = D(lg, "induct")
    site = rng.choice(["Baustelle Hafencity Q4", "Chantier Part-Dieu", "Site Riverside Block C", "Obra Torre Norte", "Cantiere Porta Nuova"])
    if rng.random() < 0.6:
        d.t("SITE INDUCTION REGISTER – ").neg("PLACE", site).t("\nDate | Name | Company | CSCS/ID | Inducted by\n")
        for _ in range(rng.randint(3, 5)):
            d.neg("DATE", other("iso")).t(" | ").p(lg, rng.choice(["gs", "CAPS", "SC,G"])).t(" | ").neg("ORG", firm(lg))
            d.t(" | " + n(1000000, 9999999) + " | ").p(lg, rng.choice(["g", "gs", "s"])).t("\n")
    else:
        d.t("Bautagebuch / site diary  ").neg("DATE", other("de")).t("\nBauleiter: ").p(lg, "gs").t("\nPolier: ").p(lg, rng.choice(["gs", "s"]))
        d.t("\nAnwesend: " + n(4, 18) + " AK ").neg("ORG", firm(lg)).t(", " + n(2, 6) + " AK ").neg("ORG", firm(lg))
        d.t("\nBesondere Vorkommnisse: Unterweisung neuer Mitarbeiter ").p(lg, "gs").t(" und ").p(lg, "gs").t(" durch SiFa ").p(lg, "s").t("\n")
    d.done()


WORKACC = {"de": ("Unfallanzeige", "Versicherte Person", "Augenzeuge", "Unternehmen"),
           "fr": ("Déclaration d'accident du travail (Cerfa 14463)", "Victime", "Témoin", "Employeur"),
           "en": ("RIDDOR report – F2508", "Injured person", "Witness", "Employer"),
           "it": ("Denuncia di infortunio INAIL", "Infortunato", "Testimone", "Datore di lavoro"),
           "es": ("Parte de accidente de trabajo (Delt@)", "Trabajador accidentado", "Testigo", "Empresa"),
           "pl": ("Protokół ustalenia okoliczności i przyczyn wypadku przy pracy", "Poszkodowany", "Świadek", "Pracodawca"),
           "ro": ("Proces-verbal de cercetare a accidentului de muncă", "Accidentatul", "Martor", "Angajator"),
           "hu": ("Munkabaleseti jegyzőkönyv", "Sérült", "Tanú", "Munkáltató"),
           "tr": ("İş Kazası Bildirim Formu", "Kazalı sigortalı", "Görgü tanığı", "İşveren"),
           "cs": ("Záznam o úrazu", "Zraněný", "Svědek úrazu", "Zaměstnavatel")}


def workacc(lg):
    lg = rng.choice(list(WORKACC))
    d = D(lg, "workacc")
    t, inj, wit, emp = WORKACC[lg]
    d.t(t + "\n" + emp + ": ").neg("ORG", firm(lg)).t("\n" + inj + ": ")
    g, s = person(lg)
    d.span("PERSON", fmt(lg, g, s, rng.choice(["gs", "SC,G", "CAPS", "SG"]))).t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1960, 2006))
    d.t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg)).t("\n" + rng.choice(["Unfalltag", "Date", "Data"]) + ": ").neg("DATE", other(lg))
    d.t("\n" + wit + ": ").p(lg, rng.choice(["gs", "SC,G", "S,G"]))
    if rng.random() < 0.5:
        d.t("; ").p(lg, "gs")
    d.t("\n" + lbl(lg, "sig") + ": ").p(lg, "gs").t(" (" + rng.choice(["BHP", "SiFa", "H&S officer", "RSPP", "responsable QSE"]) + ")\n")
    d.done()


def bgcheck(lg):
    lg = rng.choice(["en", "en", "de", "nl", "fr", "pl", "ro", "el"])
    d = D(lg, "bgcheck")
    g, s = person(lg)
    d.t("BACKGROUND SCREENING REPORT – ").neg("ORG", rng.choice(["Sterling", "HireRight", "First Advantage", "Checkr"]))
    d.t("\nSubject: ").span("PERSON", fmt(lg, g, s, rng.choice(["CAPS", "gs", "SC,G"]))).t("   DOB: ").span("DATE_OF_BIRTH", dob(lg))
    d.t("\nAKA: ").span("PERSON", g + " " + invent(lg, True)).t("\nAddress history:\n")
    for _ in range(rng.randint(2, 3)):
        d.t("  " + n(2010, 2024) + "–" + rng.choice(["present", n(2015, 2024)]) + "  ").span("STREET_ADDRESS", address(lg if rng.random() < 0.7 else "en")).t("\n")
    d.t("Employment verified: ").neg("ORG", firm(lg)).t(" (contact: ").p(lg, "gs").t(", HR)\nReference: ").p(lg, "gs").t(" – positive\n")
    d.done()


def housing(lg):
    lg = rng.choice(["en", "de", "fr", "nl", "sv", "da", "pt", "it", "cs"])
    d = D(lg, "housing")
    d.t(rng.choice(["Housing register application", "Antrag auf Wohnberechtigungsschein", "Demande de logement social",
                    "Inschrijving woningzoekende", "Ansökan om bostad"]) + "\n")
    d.t("1. " + lbl(lg, "name") + ": ").p(lg, rng.choice(["gs", "SC,G", "CAPS"])).t("  " + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1950, 2004))
    d.t("\n2. " + rng.choice(["Partner", "Ehepartner", "Conjoint", "Partner/echtgenoot", "Make/maka"]) + ": ").p(lg, "gs")
    d.t("  " + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1950, 2004))
    d.t("\n3. " + rng.choice(["Children", "Kinder", "Enfants", "Kinderen", "Barn"]) + ":\n")
    for _ in range(rng.randint(1, 3)):
        d.t("   - ").p(lg, rng.choice(["gs", "g"])).t(", ").span("DATE_OF_BIRTH", dob(lg, 2008, 2023)).t("\n")
    d.t("4. " + rng.choice(["Current address", "Derzeitige Anschrift", "Adresse actuelle", "Huidig adres", "Nuvarande adress"]) + ": ")
    d.span("STREET_ADDRESS", address(lg)).t("\n5. Landlord: ").neg("ORG", rng.choice(["Vonovia SE", "Paris Habitat", "Ymere", "Clarion Housing"])).t("\n")
    d.done()


def foodbank(lg):
    d = D(lg, "foodbank")
    if rng.random() < 0.5:
        d.t("intake log – " + rng.choice(["tue", "wed", "sat"]) + " " + other("iso") + "\n")
        for _ in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.t(n(9, 17) + ":" + n(10, 59) + " ").span("PERSON", (g + " " + s).lower() if rng.random() < 0.5 else g + " " + s)
            d.t(" – " + rng.choice(["2 adults 3 kids", "single, no fridge", "referred by ", "new, needs halal", "returning"]))
            if d.text.endswith("by "):
                d.neg("ORG", rng.choice(["Citizens Advice", "Caritas", "Secours populaire", "Leger des Heils", "Stadtmission"]))
            d.t("\n")
        d.t("volunteer on desk: ").p(lg, "g").t("\n")
    else:
        d.t("Night shelter – bed list (").neg("ORG", rng.choice(["Shelter St Mungo's", "Heilsarmee", "Emmaüs", "Kirkens Bymisjon"])).t(")\n")
        for i in range(rng.randint(2, 4)):
            d.t("bed " + str(i + 1) + ": ").p(lg, rng.choice(["gs", "CAPS", "SC,G", "g"])).t(rng.choice(["", " (dog)", " – no ID", ", b. "]))
            if d.text.endswith("b. "):
                d.span("DATE_OF_BIRTH", dob(lg, 1955, 2006))
            d.t("\n")
        d.t("on shift: ").p(lg, "g").t(" & ").p(lg, "g").t("\n")
    d.done()


CAMERAS = ["Leica M11", "Hasselblad X2D", "Nikon Z8", "Canon EOS R5", "Fujifilm X-T5"]


def release(lg):
    d = D(lg, "release")
    g, s = person(lg)
    d.t("MODEL RELEASE\nI, ").span("PERSON", fmt(lg, g, s, rng.choice(["gs", "CAPS"]))).t(", of ").span("STREET_ADDRESS", address(lg))
    d.t(", " + lbl(lg, "dob").lower() + " ").span("DATE_OF_BIRTH", dob(lg, 1970, 2012)).t(", grant to the photographer ")
    d.p(lg, "gs").t(" and ").neg("ORG", rng.choice(["Getty Images", "Studio Lindqvist AB", "Agence Moreau Photo", "Shutterstock"]))
    d.t(" the right to use images shot on ").neg("DATE", other(lg)).t(" with a ").neg("PRODUCT", rng.choice(CAMERAS)).t(".\n")
    if rng.random() < 0.5:
        d.t("If the model is under 18: parent/guardian ").p(lg, rng.choice(["gs", "CAPS"])).t("\n")
    d.t("Witness: ").p(lg, "gs").t("\n")
    d.done()


LAWS = ["Sapin II", "HinSchG", "Sarbanes-Oxley Act", "Dodd-Frank", "Wet Huis voor Klokkenluiders", "Legea 361/2022",
        "zákon č. 171/2023 Sb.", "2023. évi XXV. törvény"]


def whistle(lg):
    d = D(lg, "whistle")
    d.t("Case " + rng.choice(["WB", "HS", "SIG"]) + "-" + n(2023, 2025) + "-" + n(10, 999) + " (").neg("LAW", rng.choice(LAWS)).t(")\n")
    if rng.random() < 0.3:
        d.t("Reporter: anonymous (via platform)\n")
    else:
        d.t("Reporter: ").p(lg, rng.choice(["gs", "SC,G"])).t(", " + rng.choice(["accounting", "warehouse", "procurement"]) + "\n")
    d.t("Person(s) concerned: ").p(lg, rng.choice(["gs", "CAPS", "SC,G"]))
    if rng.random() < 0.5:
        d.t(" and ").p(lg, "gs")
    d.t(" (").neg("ORG", firm(lg)).t(")\nHandler: ").p(lg, "gs").t(" – acknowledged ").neg("DATE", other(lg))
    d.t("\nSummary: invoices approved by ").p(lg, "s").t(" to a supplier owned by his brother-in-law.\n")
    d.done()


def ccf(lg):
    lg = rng.choice(["en", "en", "de", "nl", "no", "sv", "fi", "da"])
    d = D(lg, "ccf")
    d.t("CUSTODY AND CONTROL FORM  Specimen ID " + n(1000000, 9999999) + "\nSTEP 1: A. Employer: ").neg("ORG", firm(lg))
    d.t("\n B. MRO: ").p(lg, "gs", "Dr. ").t(", ").span("STREET_ADDRESS", address(lg)).t("\n C. Donor SSN/Employee ID: " + n(100000, 999999))
    d.t("\nSTEP 4: Collector: ").p(lg, rng.choice(["CAPS", "gs", "SC,G"])).t("   ").neg("DATE", other("us" if lg == "en" else lg))
    d.t("\nSTEP 5: Donor: ").p(lg, rng.choice(["CAPS", "SC,G", "gs"])).t("  " + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob("us" if lg == "en" else lg))
    d.t("\n Lab: ").neg("ORG", rng.choice(["Quest Diagnostics", "Synlab", "Eurofins Medigenomix", "Unilabs"])).t("\n")
    d.done()


ASSEMBLY = ["Assembly point B (car park)", "Sammelplatz 2", "Point de rassemblement Nord", "Verzamelplaats P3", "Punto di raccolta A"]


def muster(lg):
    d = D(lg, "muster")
    if rng.random() < 0.55:
        d.t("FIRE DRILL – MUSTER ROLL  " + other("iso") + "\n").neg("PLACE", rng.choice(ASSEMBLY)).t("  Warden: ").p(lg, rng.choice(["gs", "SG"]))
        d.t("\n")
        for _ in range(rng.randint(3, 6)):
            d.t(rng.choice(["[x] ", "[x] ", "[ ] "])).p(lg, rng.choice(["SC,G", "S,G", "gs", "CAPS"])).t(rng.choice(["", "", "  (visitor)", "  – wfh"]) + "\n")
    else:
        d.t("#drill-floor" + n(1, 6) + "\n")
        g, s = person(lg)
        d.t("[09:" + n(10, 59) + "] ").span("PERSON", g + " " + s).t(": everyone out, meet at ").neg("PLACE", rng.choice(ASSEMBLY)).t("\n")
        d.t("[09:" + n(10, 59) + "] ").p(lg, "gs").t(": ")
        d.p(lg, rng.choice(["g", "gs"]), "", " and ").p(lg, "g").t(" still missing from 3rd floor?\n[09:" + n(10, 59) + "] ")
        d.span("PERSON", g).t(": found them, all accounted for\n")
    d.done()


CONS = {"fr": ("Registre des Français établis hors de France – inscription", "Personne à prévenir en cas d'urgence", "Consulat général de France à Munich"),
        "it": ("Iscrizione AIRE – dichiarazione", "Persona da contattare", "Consolato Generale d'Italia a Londra"),
        "de": ("Elefand – Krisenvorsorgeliste", "Kontaktperson in Deutschland", "Deutsche Botschaft Athen"),
        "en": ("STEP enrollment – U.S. Embassy", "Emergency contact", "U.S. Embassy Lisbon"),
        "pl": ("Odyseusz – rejestracja podróży", "Osoba do kontaktu", "Konsulat Generalny RP w Kolonii"),
        "ro": ("Înregistrare consulară", "Persoană de contact", "Consulatul General al României la Torino"),
        "hu": ("Konzuli regisztráció", "Értesítendő személy", "Magyarország Nagykövetsége, Bécs"),
        "cs": ("DROZD – registrace", "Kontaktní osoba", "Velvyslanectví ČR v Madridu")}


def consular(lg):
    lg = rng.choice(list(CONS))
    d = D(lg, "consular")
    t, nok, emb = CONS[lg]
    d.t(t + "\n").neg("ORG", emb).t("\n" + lbl(lg, "sur") + ": ")
    g, s = person(lg)
    d.span("PERSON", nbsp(s.upper() if rng.random() < 0.6 else s)).t("\n" + lbl(lg, "giv") + ": ").span("PERSON", g)
    d.t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg)).t("\n" + rng.choice(["Adresse à l'étranger", "Address abroad", "Anschrift im Ausland",
                                                                                       "Indirizzo estero", "Adres za granicą"]) + ": ")
    olg = rng.choice(["de", "en", "es", "pt", "el", "it"])
    d.span("STREET_ADDRESS", address(olg)).t("\n" + nok + ": ").p(lg, rng.choice(["gs", "SC,G"])).t(" (" + rng.choice(["mère", "father", "Ehefrau", "fratello", "matka"]) + ")\n")
    d.done()


IMPLANT_MAKERS = ["Zimmer Biomet", "Smith & Nephew", "Johnson & Johnson MedTech", "Medtronic", "Biotronik", "Stryker", "B. Braun"]


def implant(lg):
    d = D(lg, "implant")
    if rng.random() < 0.6:
        d.t("IMPLANT CARD / " + rng.choice(["Implantatausweis", "Carte d'implant", "Implantaatkaart", "Implantatkort", "Karta implantu"]) + "\n")
        d.t("Patient: ").p(lg, rng.choice(["gs", "SC,G", "CAPS"])).t("\n")
        if rng.random() < 0.6:
            d.t(lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1935, 1995)).t("\n")
        d.t("Device: ").neg("ORG", rng.choice(IMPLANT_MAKERS)).t(" " + rng.choice(["Persona Knee", "Micra AV", "Azure XT DR", "Exeter V40"]))
        d.t("  LOT " + n(100000, 999999) + "\nDate of implantation: ").neg("DATE", other(lg)).t("\nHealthcare institution: ")
        d.neg("ORG", rng.choice(["Klinikum rechts der Isar", "CHU de Nantes", "Sahlgrenska", "Rigshospitalet", "Hospital de Santa Maria"]))
        d.t("\nSurgeon: ").p(lg, "gs", rng.choice(["Dr. ", "Prof. ", ""])).t("\n")
    else:
        d.t("registry_id,patient_name,birth_date,procedure,surgeon,manufacturer\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.t(n(10000, 99999) + ",\"").span("PERSON", s + ", " + g).t("\",").span("DATE_OF_BIRTH", dnum("iso", *ymd(1935, 1995)))
            d.t("," + rng.choice(["TKA", "THA", "PM"]) + ",").p(lg, rng.choice(["gs", "s"])).t(",").neg("ORG", rng.choice(IMPLANT_MAKERS)).t("\n")
    d.done()


def maternity(lg):
    lg = rng.choice(["de", "en", "nl", "sv", "fi", "da", "no", "de", "en", "fr"])
    d = D(lg, "maternity")
    g, s = person(lg)
    if lg == "de":
        d.t("MUTTERPASS\nName: ").span("PERSON", s + ", " + g if rng.random() < 0.5 else g + " " + s).t("   geb. am ").span("DATE_OF_BIRTH", dob("de", 1980, 2005))
        d.t("\nAnschrift: ").span("STREET_ADDRESS", address("de")).t("\nErrechneter Termin: ").neg("DATE", other("de"))
        d.t("\nBetreuende Hebamme: ").p("de", "gs").t("\nKlinik: ").neg("ORG", rng.choice(["Vivantes Klinikum Neukölln", "St. Joseph Krankenhaus", "Uniklinik Köln"]))
        d.t("\nStempel des Arztes: Dr. med. ").p("de", "gs").t("\n")
    else:
        d.t(rng.choice(["Antenatal booking", "Zwangerschapsdossier", "Mödrahälsovård – inskrivning", "Neuvola", "Svangrejournal", "Dossier de maternité"]))
        d.t("\n" + lbl(lg, "name") + ": ").span("PERSON", fmt(lg, g, s, rng.choice(["gs", "SC,G", "CAPS"]))).t("\n" + lbl(lg, "dob") + ": ")
        d.span("DATE_OF_BIRTH", dob(lg, 1980, 2005)).t("\nEDD: ").neg("DATE", other(lg)).t("  G2P1\nPartner: ").p(lg, rng.choice(["gs", "g"]))
        d.t("\nMidwife: ").p(lg, rng.choice(["gs", "SG"])).t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg)).t("\n")
    d.done()


BENEFIT = {"de": ("Antrag auf Kindergeld (KG 1)", "Antragsteller/in", "Ehegatte/Lebenspartner", "Kinder", "Familienkasse Nordrhein-Westfalen"),
           "fr": ("Demande de prestations familiales – CAF", "Allocataire", "Conjoint", "Enfants à charge", "CAF du Rhône"),
           "nl": ("Aanvraag kinderbijslag", "Aanvrager", "Partner", "Kinderen", "Sociale Verzekeringsbank"),
           "it": ("Domanda Assegno Unico Universale", "Richiedente", "Altro genitore", "Figli", "INPS"),
           "pl": ("Wniosek o świadczenie wychowawcze 800+", "Wnioskodawca", "Drugi rodzic", "Dzieci", "ZUS"),
           "cs": ("Žádost o přídavek na dítě", "Žadatel", "Druhý rodič", "Děti", "Úřad práce ČR"),
           "en": ("Child Benefit claim (CH2)", "Claimant", "Partner", "Children", "HM Revenue & Customs")}


def benefit(lg):
    lg = rng.choice(list(BENEFIT))
    d = D(lg, "benefit")
    t, cl, pa, ch, auth = BENEFIT[lg]
    d.t(t + "\n").neg("ORG", auth).t("\n" + cl + ": ")
    g, s = person(lg)
    d.span("PERSON", fmt(lg, g, s, rng.choice(["gs", "SC,G", "CAPS", "S,G"]))).t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1970, 2003))
    d.t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg)).t("\n" + pa + ": ").p(lg, "gs")
    d.t("\n" + ch + ":\n")
    for i in range(rng.randint(1, 3)):
        d.t(str(i + 1) + ". ").span("PERSON", person(lg)[0] + " " + s if rng.random() < 0.6 else person(lg)[0]).t(" – ").span("DATE_OF_BIRTH", dob(lg, 2006, 2024)).t("\n")
    if rng.random() < 0.4:
        d.t("IBAN: ").span("IBAN_CODE", iban(LG_CC.get(lg, "DE") if lg in LG_CC else "DE")).t("\n")
    d.done()


UNEMP = {"de": ("Antrag auf Arbeitslosengeld", "Vermittlungsfachkraft"), "fr": ("Demande d'allocation – France Travail", "Conseiller"),
         "nl": ("Aanvraag WW-uitkering", "Werkcoach"), "es": ("Solicitud de prestación por desempleo (SEPE)", "Tramitador"),
         "it": ("Domanda NASpI", "Operatore"), "pt": ("Requerimento de subsídio de desemprego", "Técnico"),
         "sv": ("Ansökan om ersättning – a-kassan", "Handläggare"), "fi": ("Työttömyysetuushakemus", "Virkailija"),
         "tr": ("İşsizlik Ödeneği Başvurusu – İŞKUR", "Memur"), "ro": ("Cerere indemnizație de șomaj – AJOFM", "Consilier"),
         "el": ("Aitisi epidomatos anergias – DYPA", "Ypallilos"), "hu": ("Álláskeresési járadék iránti kérelem", "Ügyintéző"),
         "no": ("Søknad om dagpenger – NAV", "Veileder"), "da": ("Ansøgning om dagpenge", "Sagsbehandler")}


def unemp(lg):
    lg = rng.choice(list(UNEMP))
    d = D(lg, "unemp")
    t, adv = UNEMP[lg]
    d.t(t + "\n" + lbl(lg, "name") + ": ")
    g, s = person(lg)
    d.span("PERSON", fmt(lg, g, s, rng.choice(["gs", "SC,G", "CAPS", "SG"]))).t("\n" + lbl(lg, "dob") + ": ").span("DATE_OF_BIRTH", dob(lg, 1960, 2004))
    d.t("\n" + lbl(lg, "addr") + ": ").span("STREET_ADDRESS", address(lg)).t("\nLast employer: ").neg("ORG", firm(lg)).t(" until ").neg("DATE", other(lg))
    d.t("\n" + adv + ": ").p(lg, rng.choice(["gs", "s", "SG"])).t("\n")
    d.done()


CLASSES = [ae, crf, accident, tow, foster, scholar, tm, sepa, energy, press, tmx, hotel, access, natural, donor,
           firearm, induct, workacc, bgcheck, housing, foodbank, release, whistle, ccf, muster, consular, implant,
           maternity, benefit, unemp]
for i in range(20 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
