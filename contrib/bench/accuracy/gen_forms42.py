#!/usr/bin/env python3
"""gen_forms42.py: people, street addresses and dates of birth in documents and forms, written
from the documents half of the thirteenth blind set's public brief (never from its generator or
data, and before any detector rule was read or hush was run on it; branch forms42).

Classes (metadata.class), street addresses first, people second:
- `dcc`: EU Digital COVID Certificate payloads (`nam.fn/gn/fnt/gnt`, `dob`; vaccination dates and
  issuers as look-alikes);
- `icv`: yellow-card ICV (`This is to certify that ... date of birth ...`, clinician, stamp);
- `impfpass`: German vaccination book lines (name, `geb.`, doctor's stamp with a street);
- `diploma`: diplomas and certificates (`This is to certify that`, `born on`, rector, dean);
- `translation`: certified translations (translator's declaration, the translated civil
  record's people and births, the translator's stamp with a street);
- `apostille`: the Hague apostille's numbered fields (`2. has been signed by`, `3. acting in the
  capacity of`, `10. Signature`); authorities, places and dates as look-alikes;
- `discharge`: hospital discharge letters (patient, birth date, home address, doctors);
- `residence`: residence permits and registration certificates (fields in en/de/sv/no/pl);
- `pilotlog`: pilot logbook rows (PIC / co-pilot columns), aircraft registrations and names;
- `divelog`: dive logs (buddy, instructor, signature), wreck sites named after people;
- `crewlist`: IMO FAL 5 crew lists (name, rank, nationality, date and place of birth), ships
  named after people;
- `pgn`: chess PGN headers (`[White "Keller, Maria"]`) and FIDE entry lists; openings named
  after people (`Ruy Lopez`, `Sicilian Najdorf`) as look-alikes;
- `shortlet`: Airbnb / Booking host and guest messages (addresses, guests' names);
- `guestreg`: Alloggiati Web rows, parte de viajeros, Meldeschein;
- `form_pl`, `form_tr`, `form_nordic` (sv/no/da), `form_fi`, `form_ro`, `form_br`: forms and
  letters with each country's street types, unit parts and postcodes (`ul. X 12/3`, `m.`,
  `Mahallesi ... Caddesi No: 12 Daire: 5`, `3 tr`, `3. tv`, `A 5`, `nr. 12, bl. A3, sc. 2, ap.
  14`, `straed`, `hent`, `lieu-dit`);
- `esign`: DocuSign / Adobe Acrobat Sign audit trails (signer, e-mail, IP, times, sender
  address);
- `phonepaste`: contact cards pasted from a phone (name, mobile, home address, birthday).
Half the names are invented (syllables of each language), half common. Look-alikes (NEG_*):
institutions and authorities, towns alone, streets named after people with no number, ships and
aircraft, chess openings, vaccination, issue, arrival and signing dates.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402

rng = random.Random(20261205 + 42)
records = []


class D(Doc):
    records = records


# ---- names -------------------------------------------------------------------------------------
REAL = {
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau"]),
    "br": (["Yann", "Maïwenn", "Gwenaël", "Nolwenn", "Erwan", "Soazig", "Loïc", "Katell"],
           ["Le Gall", "Kerhervé", "Le Bihan", "Tanguy", "Le Goff", "Morvan", "Quéméner", "Guéguen"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Dąbrowska", "Lewandowski"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon", "Magnus", "Solveig"],
           ["Haugen", "Johansen", "Bakke", "Solberg", "Dahl", "Hagen"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens"],
           ["Sørensen", "Jørgensen", "Madsen", "Kristensen", "Nielsen", "Thomsen"]),
    "fi": (["Aino", "Mikko", "Johanna", "Juha", "Satu", "Ville"],
           ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu"]),
}
SYL = {"de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach"]),
       "en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot"]),
       "br": (["ker", "goa", "lann", "bri", "gwen", "loc", "tre", "mor"], ["ec", "ou", "ic", "en"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak", "ewicz"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "kaya", "han"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström", "berg"]),
       "no": (["sol", "hau", "bak", "fjel", "ru", "tor", "li", "vei"], ["land", "heim", "rud", "vik"]),
       "da": (["mad", "tof", "hel", "bir", "kas", "lun", "mor", "jes"], ["sen", "gaard", "holt", "rup"]),
       "fi": (["vir", "ta", "kos", "ki", "mä", "lah", "pe", "nur"], ["nen", "lainen", "mäki", "salo"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru", "ici"])}


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname), half real, half invented."""
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return invent(lg, False), invent(lg, True)


# ---- dates -------------------------------------------------------------------------------------
def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    """A numeric date as the language writes it on a form."""
    if lg in ("sv", "dcc"):
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "da":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg in ("fr", "br", "it", "es", "en"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def dob(lg):
    return dnum(lg, *ymd(1938, 2006))


def other_date(lg):
    return dnum(lg, *ymd(2019, 2025))


# ---- street addresses per country --------------------------------------------------------------
def n(lo=1, hi=180):
    return str(rng.randint(lo, hi))


DE_ST = ["Hauptstraße", "Lindenallee", "Bahnhofstr.", "Am Markt", "Schillerstraße", "Gartenweg",
         "Kirchgasse", "Rosenstraße"]
DE_TOWN = [("10115", "Berlin"), ("50674", "Köln"), ("80331", "München"), ("20095", "Hamburg"),
           ("04109", "Leipzig"), ("70173", "Stuttgart")]
PL_ST = ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Kwiatowa",
         "os. Tysiąclecia", "ul. Ogrodowa", "ul. Lipowa"]
PL_TOWN = [("00-590", "Warszawa"), ("80-827", "Gdańsk"), ("90-113", "Łódź"), ("31-610", "Kraków"),
           ("50-077", "Wrocław"), ("61-819", "Poznań")]
TR_MAH = ["Caferağa", "Atatürk", "Bahçelievler", "Cumhuriyet", "Kızılay", "Esentepe", "Fenerbahçe"]
TR_ST = ["Moda", "Bağdat", "Gazi Mustafa Kemal", "İstiklal", "Ziya Gökalp", "Halaskargazi", "Barbaros"]
TR_SK = ["Gül", "Lale", "Papatya", "Menekşe", "Çınar", "Akasya"]
TR_TOWN = [("34710", "Kadıköy", "İstanbul"), ("06420", "Çankaya", "Ankara"), ("35220", "Konak", "İzmir"),
           ("34394", "Şişli", "İstanbul"), ("16050", "Osmangazi", "Bursa")]
SV_ST = ["Storgatan", "Kungsvägen", "Drottninggatan", "Vasagatan", "Björkvägen", "Sveavägen", "Ringvägen"]
SV_TOWN = [("114 51", "Stockholm"), ("752 36", "Uppsala"), ("411 19", "Göteborg"), ("211 22", "Malmö"),
           ("903 26", "Umeå")]
NO_ST = ["Thorvald Meyers gate", "Kirkeveien", "Strandveien", "Storgata", "Bygdøy allé", "Markveien",
         "Solheimsgaten"]
NO_TOWN = [("0555", "Oslo"), ("0368", "Oslo"), ("9008", "Tromsø"), ("5003", "Bergen"), ("7011", "Trondheim")]
DA_ST = ["Nørrebrogade", "Vesterbrogade", "Østerbrogade", "Vestergade", "Jagtvej", "Amagerbrogade",
         "Søndre Allé"]
DA_TOWN = [("2200", "København N"), ("1620", "København V"), ("2100", "København Ø"), ("8000", "Aarhus C"),
           ("5000", "Odense C")]
FI_ST = ["Mannerheimintie", "Hämeenkatu", "Kuusitie", "Aleksanterinkatu", "Koivukuja", "Rantatie",
         "Isokatu"]
FI_TOWN = [("00100", "Helsinki"), ("33100", "Tampere"), ("90100", "Oulu"), ("20100", "Turku"),
           ("40100", "Jyväskylä")]
RO_ST = ["Str. Mihai Eminescu", "Calea Victoriei", "Str. Florilor", "Bd. Unirii", "Str. Lalelelor",
         "Șos. Pantelimon", "Aleea Teilor", "Str. Avram Iancu"]
RO_TOWN = [("010063", "București"), ("400000", "Cluj-Napoca"), ("700028", "Iași"), ("300011", "Timișoara"),
           ("500030", "Brașov")]
RO_JUD = {"Cluj-Napoca": "Cluj", "Iași": "Iași", "Timișoara": "Timiș", "Brașov": "Brașov"}
BR_ST = ["straed ar Vilin", "hent Sant-Mikael", "rue de Siam", "rue Jean Jaurès", "impasse de Kerlouan",
         "chemin de Kerbriant", "straed ar Porzh", "allée des Goémoniers"]
BR_TOWN = [("29200", "Brest"), ("29000", "Kemper"), ("22300", "Lannion"), ("56100", "An Oriant"),
           ("29810", "Plouarzel"), ("22700", "Perros-Guirec")]
IT_ST = ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Viale dei Mille", "Via dei Tigli",
         "Piazza Cavour"]
IT_TOWN = [("20121", "Milano", "MI"), ("00185", "Roma", "RM"), ("40125", "Bologna", "BO"),
           ("50123", "Firenze", "FI"), ("10121", "Torino", "TO")]
ES_ST = ["Calle de Atocha", "Calle Mayor", "Avda. de la Constitución", "C/ Sierpes", "Paseo de Gracia",
         "Calle del Carmen"]
ES_TOWN = [("28012", "Madrid"), ("41004", "Sevilla"), ("08007", "Barcelona"), ("46002", "Valencia"),
           ("29015", "Málaga")]
EN_ST = ["Albion Road", "Mill Hill Lane", "Cobden Street", "Chapel Walk", "Victoria Terrace"]
EN_TOWN = ["Leeds LS6 1AB", "York YO10 5DD", "Bristol BS3 4QT", "Norwich NR2 3HJ", "Derby DE22 1FE"]


def address(lg, multiline=False):
    """A street address in the country's form, with its postcode and town."""
    sep = "\n" if multiline else ", "
    if lg == "de":
        pc, town = rng.choice(DE_TOWN)
        return rng.choice(DE_ST) + " " + n() + rng.choice(["", "", "a", "b"]) + sep + pc + " " + town
    if lg == "pl":
        pc, town = rng.choice(PL_TOWN)
        k = rng.randrange(4)
        num = [n() + "/" + n(1, 90), n() + " m. " + n(1, 90), n() + " lok. " + n(1, 40), n()][k]
        return rng.choice(PL_ST) + " " + num + sep + pc + " " + town
    if lg == "tr":
        pc, ilce, il = rng.choice(TR_TOWN)
        mah = rng.choice(TR_MAH) + rng.choice([" Mahallesi", " Mah.", " Mh."])
        k = rng.randrange(4)
        if k == 0:
            st = rng.choice(TR_ST) + " Caddesi No: " + n() + " Daire: " + n(1, 30)
        elif k == 1:
            st = rng.choice(TR_ST) + " Cad. No:" + n() + "/" + n(1, 30)
        elif k == 2:
            st = rng.choice(TR_SK) + " Sokak No: " + n(1, 60) + " D: " + n(1, 20)
        else:
            st = rng.choice(TR_SK) + " Sk. No:" + n(1, 60) + " Kat:" + n(1, 9) + " D:" + n(1, 20)
        tail = rng.choice([pc + " " + ilce + "/" + il, ilce + "/" + il, pc + " " + ilce + " / " + il.upper()])
        return mah + (", " if rng.random() < 0.6 else " ") + st + sep + tail
    if lg == "sv":
        pc, town = rng.choice(SV_TOWN)
        unit = rng.choice(["", "", ", " + n(1, 6) + " tr", " B", ", lgh " + n(1101, 1504)])
        co = ("c/o " + rng.choice(REAL["sv"][1]) + sep) if rng.random() < 0.15 else ""
        return co + rng.choice(SV_ST) + " " + n(1, 90) + unit + sep + pc + " " + town
    if lg == "no":
        pc, town = rng.choice(NO_TOWN)
        unit = rng.choice(["", "", "B", ", H0" + n(1, 4) + "0" + n(1, 9)])
        return rng.choice(NO_ST) + " " + n(1, 90) + unit + sep + pc + " " + town
    if lg == "da":
        pc, town = rng.choice(DA_TOWN)
        unit = rng.choice(["", ", " + n(1, 5) + ". tv", ", " + n(1, 5) + ". th", ", st. th.", ", " + n(1, 4) + ". sal"])
        return rng.choice(DA_ST) + " " + n(1, 200) + unit + sep + pc + " " + town
    if lg == "fi":
        pc, town = rng.choice(FI_TOWN)
        unit = rng.choice([" A " + n(1, 40), " B " + n(1, 40), " as " + n(1, 12), "", " C"])
        return rng.choice(FI_ST) + " " + n(1, 90) + unit + sep + pc + " " + town
    if lg == "ro":
        pc, town = rng.choice(RO_TOWN)
        st = rng.choice(RO_ST) + " nr. " + n(1, 120)
        if rng.random() < 0.6:
            st += ", bl. " + rng.choice("ABCDM") + n(1, 12) + ", sc. " + n(1, 4) + ", ap. " + n(1, 60)
        elif rng.random() < 0.5:
            st += ", et. " + n(1, 9) + ", ap. " + n(1, 60)
        if town == "București":
            tail = "sector " + n(1, 6) + ", " + town if rng.random() < 0.5 else pc + " " + town + ", sector " + n(1, 6)
        else:
            tail = pc + " " + town + ", jud. " + RO_JUD[town]
        return st + sep + tail
    if lg == "br":
        pc, town = rng.choice(BR_TOWN)
        if rng.random() < 0.2:
            return "lieu-dit " + rng.choice(["Kerbriant", "Penn ar Valy", "Kervéguen", "Goaz Treiz"]) + sep + pc + " " + town
        return n(1, 90) + rng.choice(["", "", " bis"]) + " " + rng.choice(BR_ST) + sep + pc + " " + town
    if lg == "fr":
        pc, town = rng.choice([("75009", "Paris"), ("69002", "Lyon"), ("33000", "Bordeaux"), ("13001", "Marseille")])
        return n(1, 90) + " " + rng.choice(["rue de la République", "avenue Victor Hugo", "boulevard Voltaire",
                                             "rue des Lilas"]) + sep + pc + " " + town
    if lg == "it":
        pc, town, prov = rng.choice(IT_TOWN)
        return rng.choice(IT_ST) + " " + n() + sep + pc + " " + town + " (" + prov + ")"
    if lg == "es":
        pc, town = rng.choice(ES_TOWN)
        unit = rng.choice(["", ", " + n(1, 8) + "º " + rng.choice(["izq.", "dcha.", "B", "A"]), ", bajo"])
        return rng.choice(ES_ST) + " " + n() + unit + sep + pc + " " + town
    return n(1, 200) + " " + rng.choice(EN_ST) + sep + rng.choice(EN_TOWN)


# Streets named after people, with no number: places, not addresses and not people.
PERSON_STREETS = {"pl": ["ul. Jana Pawła II", "al. Adama Mickiewicza", "ul. Marii Konopnickiej"],
                  "tr": ["Atatürk Caddesi", "İsmet İnönü Bulvarı", "Fevzi Çakmak Sokak"],
                  "sv": ["Drottninggatan", "Karlavägen", "Birger Jarlsgatan"],
                  "no": ["Karl Johans gate", "Henrik Ibsens gate", "Thorvald Meyers gate"],
                  "da": ["H.C. Andersens Boulevard", "Niels Juels Gade", "Frederik VII's Gade"],
                  "fi": ["Mannerheimintie", "Runeberginkatu", "Aleksis Kiven katu"],
                  "ro": ["Str. Mihai Eminescu", "Bd. Ion C. Brătianu", "Str. Avram Iancu"],
                  "br": ["rue Jean Jaurès", "place Charles de Gaulle", "rue Anatole Le Braz"],
                  "de": ["Konrad-Adenauer-Straße", "Goethestraße", "Willy-Brandt-Platz"],
                  "it": ["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Piazza Cavour"],
                  "es": ["Calle de Alfonso XII", "Avenida de Blasco Ibáñez", "Calle Cervantes"],
                  "en": ["Nelson Street", "Victoria Road", "Wellington Place"],
                  "fr": ["avenue Victor Hugo", "boulevard Voltaire", "rue Émile Zola"]}
TOWNS = {"de": ["Köln", "München"], "pl": ["Kraków", "Gdańsk"], "tr": ["İzmir", "Bursa"], "sv": ["Uppsala", "Malmö"],
         "no": ["Bergen", "Tromsø"], "da": ["Aarhus", "Odense"], "fi": ["Tampere", "Oulu"], "ro": ["Iași", "Brașov"],
         "br": ["Kemper", "Lannion"], "it": ["Bologna", "Torino"], "es": ["Sevilla", "Valencia"], "en": ["York", "Leeds"],
         "fr": ["Lyon", "Bordeaux"]}


def neg_street(d, lg, pre, post):
    d.t(pre).span("NEG_STREET", rng.choice(PERSON_STREETS[lg])).t(post)


# ---- documents ---------------------------------------------------------------------------------
DCC_ISS = ["Robert Koch-Institut", "Ministry of Health, Poland", "Terveyden ja hyvinvoinnin laitos",
           "Ministère des Solidarités et de la Santé", "Folkhälsomyndigheten", "Sundhedsdatastyrelsen"]
CAPS = str.maketrans("ÄÖÜßÉÈÇÅØÆŁŚĆŻŹŃĄĘÓİŞĞÇÂÎĂȘȚ", "AOUSEECAOALSCZZNAEOISGCAIAST")


def icao(s):
    """The ICAO transliteration of a name for the DCC's fnt/gnt fields (letters and '<')."""
    s = s.upper().replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
    s = s.replace("Å", "AA").replace("Ø", "OE").replace("Æ", "AE")
    return s.translate(CAPS).replace(" ", "<").replace("-", "<").replace("'", "")


def dcc(lg):
    d = D(lg, "dcc")
    g, s = person(lg)
    y, m, dd = ymd(1940, 2006)
    b = "%04d-%02d-%02d" % (y, m, dd)
    if rng.random() < 0.2:
        b = "%04d" % y if rng.random() < 0.5 else "%04d-%02d" % (y, m)
    k = rng.randrange(3)
    if k == 0:
        d.t('{"ver": "1.3.0", "nam": {"fn": "').span("PERSON", s).t('", "fnt": "').span("PERSON", icao(s))
        d.t('", "gn": "').span("PERSON", g).t('", "gnt": "').span("PERSON", icao(g)).t('"}, "dob": "')
        d.span("DATE_OF_BIRTH", b).t('", "v": [{"tg": "840539006", "vp": "1119349007", "mp": "EU/1/20/1528", ')
        d.t('"dn": 2, "sd": 2, "dt": "').span("NEG_DATE", "%04d-%02d-%02d" % ymd(2021, 2022)).t('", "co": "')
        d.t(lg.upper()[:2] + '", "is": "').span("NEG_ORG", rng.choice(DCC_ISS)).t('", "ci": "URN:UVCI:01:')
        d.t(lg.upper()[:2] + ':%X#%d"}]}' % (rng.getrandbits(40), rng.randint(1, 9)))
    elif k == 1:
        d.t("hcert decoded (CBOR):\n  nam:\n    fn: ").span("PERSON", s).t("\n    gn: ").span("PERSON", g)
        d.t("\n    fnt: ").span("PERSON", icao(s)).t("\n    gnt: ").span("PERSON", icao(g)).t("\n  dob: ")
        d.span("DATE_OF_BIRTH", b).t("\n  t:\n    - sc: ").span("NEG_DATE", "%04d-%02d-%02dT09:%02d:00Z" % (ymd(2021, 2022) + (rng.randint(10, 59),)))
        d.t("\n      tc: ").span("NEG_ORG", rng.choice(["Testzentrum Hauptbahnhof", "Apotek Hjärtat", "Synlab"]))
        d.t("\n      tr: 260415000\n")
    else:
        d.t("Why does the verifier app reject this? The payload is\n")
        d.t('nam={fn:"').span("PERSON", s).t('",gn:"').span("PERSON", g).t('",fnt:"').span("PERSON", icao(s))
        d.t('",gnt:"').span("PERSON", icao(g)).t('"} dob=').span("DATE_OF_BIRTH", b)
        d.t(" and the signature was issued by ").span("NEG_ORG", rng.choice(DCC_ISS)).t(".")
    d.done()


def icv(lg):
    d = D("en", "icv")
    g, s = person(lg)
    y, m, dd = ymd(1945, 2005)
    k = rng.randrange(2)
    full = g + " " + s if k else s.upper() + " " + g
    d.t("INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nCERTIFICAT INTERNATIONAL DE VACCINATION OU DE PROPHYLAXIE\n")
    d.t("This is to certify that [name] ").span("PERSON", full).t("\ndate of birth ")
    d.span("DATE_OF_BIRTH", "%02d/%02d/%04d" % (dd, m, y) if rng.random() < 0.5 else "%d %s %d" % (dd, MONTHS["en"][m - 1], y))
    d.t("  sex " + rng.choice("FM") + "  nationality " + rng.choice(["German", "Polish", "Turkish", "Swedish", "Romanian", "French"]))
    d.t("\nwhose signature follows ____\nhas on the date indicated been vaccinated or received prophylaxis against: Yellow fever\n")
    d.t("Date: ").span("NEG_DATE", other_date("en")).t("  Signature and professional status of supervising clinician: ")
    cg, cs = person(rng.choice(["de", "en", "fr", "sv"]))
    d.t("Dr. ").span("PERSON", cg + " " + cs).t("\nOfficial stamp of the administering centre: ")
    d.span("NEG_ORG", rng.choice(["Gelbfieberimpfstelle Tropeninstitut", "Travel Clinic Leeds", "Centre de vaccinations internationales",
                                  "Vaccinationscentralen Odenplan"])).t("\n")
    d.done()


def impfpass(lg):
    d = D("de", "impfpass")
    g, s = person("de")
    k = rng.randrange(3)
    if k == 0:
        d.t("Internationale Bescheinigungen über Impfungen und Impfbuch\nName: ").span("PERSON", s + ", " + g)
        d.t("\ngeb. am: ").span("DATE_OF_BIRTH", dob("de")).t("\n")
    elif k == 1:
        d.t("Impfpass von ").span("PERSON", g + " " + s).t(" (geb. ").span("DATE_OF_BIRTH", dob("de")).t(")\n")
    else:
        d.t("Name, Vorname: ").span("PERSON", s.upper() + ", " + g).t("   Geburtsdatum: ").span("DATE_OF_BIRTH", dob("de")).t("\n")
    d.t("Datum | Impfstoff | Ch.-B. | Stempel und Unterschrift des Arztes\n")
    for _ in range(rng.randint(1, 3)):
        dg, ds = person("de")
        d.span("NEG_DATE", other_date("de")).t(" | " + rng.choice(["Comirnaty", "Spikevax", "Boostrix", "Encepur"]))
        d.t(" | " + rng.choice("ABFEK") + rng.choice("ABCDFKR") + str(rng.randint(1000, 9999)) + " | ")
        if rng.random() < 0.6:
            d.t("Dr. med. ").span("PERSON", dg + " " + ds).t(", Allgemeinmedizin, ").span("STREET_ADDRESS", address("de"))
        else:
            d.t("Praxis Dr. ").span("PERSON", ds).t(" / ").span("STREET_ADDRESS", address("de"))
        d.t("\n")
    d.done()


UNIS = {"de": "Universität zu Köln", "en": "the University of Leeds", "fr": "l'Université de Bretagne Occidentale",
        "pl": "Uniwersytet Jagielloński", "ro": "Universitatea Babeș-Bolyai", "sv": "Uppsala universitet",
        "fi": "Tampereen yliopisto", "tr": "Boğaziçi Üniversitesi", "it": "Alma Mater Studiorum – Università di Bologna"}


def diploma(lg):
    lg = rng.choice(list(UNIS))
    d = D(lg, "diploma")
    g, s = person(lg if lg in REAL else "en")
    y, m, dd = ymd(1960, 2002)
    k = rng.randrange(3)
    if k == 0:
        d.t("DIPLOMA\nThis is to certify that\n").span("PERSON", (g + " " + s).upper() if rng.random() < 0.5 else g + " " + s)
        d.t("\nborn on ").span("DATE_OF_BIRTH", "%d %s %d" % (dd, MONTHS["en"][m - 1], y)).t(" in ").span("NEG_PLACE", rng.choice(TOWNS[lg if lg in TOWNS else "en"]))
        d.t("\nhaving fulfilled the requirements, has been awarded the degree of Master of Science by ").span("NEG_ORG", UNIS[lg])
    elif k == 1:
        d.t("Certificate of Completion\nWe hereby certify that ").span("PERSON", g + " " + s).t(", date of birth ")
        d.span("DATE_OF_BIRTH", dnum(lg, y, m, dd)).t(", has successfully completed the course on ")
        d.span("NEG_DATE", other_date(lg)).t(".")
    else:
        d.t("Translation of the diploma issued by ").span("NEG_ORG", UNIS[lg]).t(":\nMr/Ms ").span("PERSON", g + " " + s)
        d.t(", born ").span("DATE_OF_BIRTH", dnum(lg, y, m, dd)).t(", was awarded the title of Engineer on ")
        d.span("NEG_DATE", other_date(lg)).t(".")
    rg, rs = person(lg if lg in REAL else "en")
    d.t("\n\nProf. ").span("PERSON", rg + " " + rs).t(rng.choice(["\nRector", "\nDean of the Faculty", ", Rektor", ", Chair of the Examination Board"]))
    d.done()


TRANSL = [("de", "en", "öffentlich bestellte und beeidigte Übersetzerin", "Landgericht Köln"),
          ("pl", "de", "tłumacz przysięgły języka niemieckiego", "Ministra Sprawiedliwości"),
          ("ro", "en", "traducător autorizat", "Ministerul Justiției"),
          ("tr", "de", "yeminli tercüman", "Kadıköy 3. Noterliği"),
          ("sv", "en", "auktoriserad translator", "Kammarkollegiet"),
          ("fi", "en", "auktorisoitu kääntäjä", "Opetushallitus"),
          ("it", "en", "traduttrice giurata", "Tribunale di Bologna"),
          ("es", "en", "traductora-intérprete jurada", "Ministerio de Asuntos Exteriores")]


def translation(lg):
    src, dst, title, auth = rng.choice(TRANSL)
    d = D(src, "translation")
    tg, ts = person(src)
    cg, cs = person(src)
    fg, _ = person(src)
    mg, ms = person(src)
    d.t("[Certified translation from " + {"de": "German", "pl": "Polish", "ro": "Romanian", "tr": "Turkish",
                                            "sv": "Swedish", "fi": "Finnish", "it": "Italian", "es": "Spanish"}[src])
    d.t("]\nBIRTH CERTIFICATE\nSurname: ").span("PERSON", cs.upper()).t("\nGiven names: ").span("PERSON", cg)
    d.t("\nDate of birth: ").span("DATE_OF_BIRTH", dnum(src, *ymd(1950, 2010))).t("\nPlace of birth: ")
    d.span("NEG_PLACE", rng.choice(TOWNS[src])).t("\nFather: ").span("PERSON", fg + " " + cs).t("\nMother: ")
    d.span("PERSON", mg + " " + ms).t(" (née ").span("PERSON", ms).t(")\nRegistered on ").span("NEG_DATE", other_date(src))
    d.t(" by ").span("NEG_ORG", {"de": "Standesamt Köln", "pl": "Urząd Stanu Cywilnego w Krakowie", "ro": "Primăria Cluj-Napoca",
                                  "tr": "Kadıköy Nüfus Müdürlüğü", "sv": "Skatteverket", "fi": "Digi- ja väestötietovirasto",
                                  "it": "Comune di Bologna", "es": "Registro Civil de Sevilla"}[src])
    d.t("\n\nI, ").span("PERSON", tg + " " + ts).t(", " + title + ", appointed by the " + auth + ", hereby certify that the above ")
    d.t("is a true and complete translation of the original document presented to me.\n")
    d.t(rng.choice(["[Stamp] ", "L.S. ", "(round seal) "])).span("PERSON", tg + " " + ts).t(" – ").span("STREET_ADDRESS", address(src))
    d.t("\n" + rng.choice(["Date: ", "Issued: "])).span("NEG_DATE", other_date(src)).t("\n")
    d.done()


APOST = [("Federal Republic of Germany", "Standesbeamtin", "Standesamt", "Bezirksregierung Düsseldorf", "de"),
         ("Republic of Poland", "kierownik urzędu stanu cywilnego", "Urząd Stanu Cywilnego", "Ministerstwo Spraw Zagranicznych", "pl"),
         ("Romania", "notar public", "Biroul Notarial", "Camera Notarilor Publici București", "ro"),
         ("Republic of Türkiye", "noter", "Noterlik", "Kaymakamlık", "tr"),
         ("Kingdom of Sweden", "notarius publicus", "Notarius Publicus", "Notarius Publicus i Stockholm", "sv"),
         ("Kingdom of Norway", "notarius publicus", "Oslo tingrett", "Statsforvalteren i Oslo og Viken", "no"),
         ("Kingdom of Denmark", "notar", "Københavns Byret", "Udenrigsministeriet", "da"),
         ("Finland", "julkinen notaari", "Digi- ja väestötietovirasto", "Digi- ja väestötietovirasto", "fi"),
         ("Italy", "ufficiale dello stato civile", "Comune", "Prefettura di Bologna", "it")]


def apostille(lg):
    country, cap, seal, by, src = rng.choice(APOST)
    d = D(src, "apostille")
    g, s = person(src)
    sg, ss = person(src)
    town = rng.choice(TOWNS[src])
    d.t("APOSTILLE\n(Convention de La Haye du 5 octobre 1961)\n1. Country: ").span("NEG_PLACE", country)
    d.t("\n   This public document\n2. has been signed by ").span("PERSON", g + " " + s if rng.random() < 0.6 else s.upper() + " " + g)
    d.t("\n3. acting in the capacity of " + cap + "\n4. bears the seal/stamp of ").span("NEG_ORG", seal + " " + town)
    d.t("\n   Certified\n5. at ").span("NEG_PLACE", town).t("\n6. the ").span("NEG_DATE", other_date(src))
    d.t("\n7. by ").span("NEG_ORG", by).t("\n8. No " + str(rng.randint(100, 9999)) + "/" + str(rng.randint(19, 25)))
    d.t("\n9. Seal/stamp: [seal]\n10. Signature: ").span("PERSON", sg + " " + ss).t("\n")
    d.done()


HOSP = {"de": "Universitätsklinikum Köln", "en": "St James's University Hospital", "pl": "Szpital Uniwersytecki w Krakowie",
        "sv": "Akademiska sjukhuset", "ro": "Spitalul Clinic Județean de Urgență Cluj", "fi": "Tampereen yliopistollinen sairaala",
        "tr": "Acıbadem Kadıköy Hastanesi", "da": "Rigshospitalet", "no": "Oslo universitetssykehus"}


def discharge(lg):
    lg = rng.choice(list(HOSP))
    d = D(lg, "discharge")
    g, s = person(lg)
    dg, ds = person(lg)
    k = rng.randrange(3)
    d.span("NEG_ORG", HOSP[lg]).t(rng.choice([" – Klinik für Innere Medizin\n", "\nDischarge summary\n", "\nEpicrisis\n"]))
    if k == 0:
        d.t("Patient: ").span("PERSON", s + ", " + g).t(", geb. " if lg == "de" else ", DOB ").span("DATE_OF_BIRTH", dob(lg))
        d.t("\nAddress: ").span("STREET_ADDRESS", address(lg)).t("\n")
    elif k == 1:
        d.t("Re: ").span("PERSON", (s.upper() + ", " + g)).t(" (").span("DATE_OF_BIRTH", dob(lg)).t(", " + rng.choice("FM") + ")\n")
        d.span("STREET_ADDRESS", address(lg, multiline=True)).t("\n")
    else:
        d.t("Dear colleague,\nwe report on your patient ").span("PERSON", g + " " + s).t(", born ").span("DATE_OF_BIRTH", dob(lg))
        d.t(", resident at ").span("STREET_ADDRESS", address(lg)).t(", ")
    d.t("who was admitted on " if k == 2 else "Admitted on ").span("NEG_DATE", other_date(lg)).t(" and discharged on ").span("NEG_DATE", other_date(lg))
    d.t(".\nDiagnosis: community-acquired pneumonia.\nFollow-up with GP Dr ").span("PERSON", person(lg)[1]).t(".\n\n")
    d.span("PERSON", dg + " " + ds).t(rng.choice([", MD, attending physician", "\nOberärztin", "\nspecialist physician"]))
    d.done()


RES = {"de": ("Aufenthaltstitel", "Name", "Vornamen", "Geburtsdatum", "Anschrift", "Ausländerbehörde Köln"),
       "sv": ("Uppehållstillstånd", "Efternamn", "Förnamn", "Födelsedatum", "Adress", "Migrationsverket"),
       "no": ("Oppholdskort", "Etternavn", "Fornavn", "Fødselsdato", "Adresse", "Utlendingsdirektoratet"),
       "pl": ("Karta pobytu", "Nazwisko", "Imiona", "Data urodzenia", "Adres zamieszkania", "Wojewoda Mazowiecki"),
       "da": ("Opholdskort", "Efternavn", "Fornavn", "Fødselsdato", "Adresse", "SIRI"),
       "fi": ("Oleskelulupa", "Sukunimi", "Etunimet", "Syntymäaika", "Osoite", "Maahanmuuttovirasto"),
       "ro": ("Permis de ședere", "Nume", "Prenume", "Data nașterii", "Domiciliu", "Inspectoratul General pentru Imigrări"),
       "tr": ("İkamet İzni", "Soyadı", "Adı", "Doğum Tarihi", "Adres", "Göç İdaresi Başkanlığı")}


def residence(lg):
    lg = rng.choice(list(RES))
    title, ln, fn, bd, ad, auth = RES[lg]
    d = D(lg, "residence")
    g, s = person(rng.choice(["tr", "ro", "pl", "en", "es", "it"]))
    d.t(title.upper() + "\n" + ln + ": ").span("PERSON", s.upper()).t("\n" + fn + ": ").span("PERSON", g.upper() if rng.random() < 0.5 else g)
    d.t("\n" + bd + ": ").span("DATE_OF_BIRTH", dob(lg)).t("\n" + ad + ": ").span("STREET_ADDRESS", address(lg))
    d.t("\nValid until: ").span("NEG_DATE", other_date(lg)).t("\nAuthority: ").span("NEG_ORG", auth).t("\n")
    d.done()


AC_NAMES = ["Spirit of Cologne", "Lady Agnes", "Queen Mary II", "Hermann Köhl", "Otto Lilienthal", "Amelia"]


def pilotlog(lg):
    d = D(lg, "pilotlog")
    d.t("DATE       | TYPE  | REG    | DEP  | ARR  | PIC              | SIC / REMARKS\n")
    for _ in range(rng.randint(2, 4)):
        g, s = person(lg)
        d.span("NEG_DATE", "%04d-%02d-%02d" % ymd(2021, 2025)).t(" | " + rng.choice(["C172", "PA28", "DR40", "A320", "SR22"]))
        d.t(" | ").span("NEG_AIRCRAFT", rng.choice(["D-EKMW", "SE-KFU", "LN-ACX", "OY-BEL", "SP-KAS", "F-GMLB", "G-BSVR"]))
        d.t(" | " + rng.choice(["EDDK", "ESSB", "ENGM", "EKRK", "EPKK", "LFRB", "EFHK"]) + " | " + rng.choice(["EDLN", "ESSA", "ENBR", "EKOD", "EPWA", "LFRQ"]) + " | ")
        k = rng.randrange(4)
        if k == 0:
            d.t("SELF             | ").span("PERSON", g + " " + s).t(" (FI)")
        elif k == 1:
            d.span("PERSON", s.upper() + " " + g[0] + ".").t(" | dual, Capt. ").span("PERSON", person(lg)[1])
        elif k == 2:
            d.span("PERSON", s + ", " + g).t(" | aircraft ").span("NEG_AIRCRAFT", rng.choice(AC_NAMES))
        else:
            d.span("PERSON", g[0] + ". " + s).t(" | SELF")
        d.t("\n")
    d.done()


WRECKS = ["SS Thistlegorm", "Giannis D", "Rosalie Moller", "SS Yongala", "Kormoran", "Zenobia", "Hans Egede"]


def divelog(lg):
    d = D(lg, "divelog")
    g, s = person(lg)
    bg, bs = person(rng.choice(["de", "en", "sv", "no", "fi", "pl"]))
    d.t("Dive #" + n(12, 480) + " – ").span("NEG_DATE", other_date(lg)).t("\nSite: ")
    if rng.random() < 0.5:
        d.span("NEG_SHIP", rng.choice(WRECKS)).t(" (wreck)")
    else:
        d.t(rng.choice(["Blue Hole, Dahab", "Jackfish Alley", "Lysekil Gullmarsfjorden", "Hanko Russarö"]))
    d.t("\nMax depth " + n(8, 40) + " m, " + n(25, 70) + " min, Nitrox 32\n")
    d.t(rng.choice(["Buddy: ", "Buddy name: ", "Dive buddy – "])).span("PERSON", bg + " " + bs)
    d.t("\nInstructor/DM: ").span("PERSON", g + " " + s).t(rng.choice([" (PADI #" + n(100000, 999999) + ")", " SSI", ""]))
    d.t("\nSignature/stamp: ").span("NEG_ORG", rng.choice(["Dahab Divers", "Sjöbris Dyk AB", "Tauchbasis Hemmoor"])).t("\n")
    d.done()


SHIPS = ["MV Johanna Schulte", "MS Anna Maersk", "Kapitan Khlebnikov", "Sigrid Bjørg", "Maria Theresia", "Ingrid Viking"]


def crewlist(lg):
    d = D(lg, "crewlist")
    d.t("CREW LIST (IMO FAL Form 5)\n1.2 Name of ship: ").span("NEG_SHIP", rng.choice(SHIPS))
    d.t("  1.3 IMO " + str(rng.randint(9100000, 9899999)) + "  Port of arrival: " + rng.choice(["Gdynia", "Göteborg", "Hamburg", "Ambarlı"]))
    d.t("  Date: ").span("NEG_DATE", other_date(lg)).t("\n")
    d.t("No. | Family name, given names | Rank | Nationality | Date and place of birth | ID doc\n")
    for i in range(rng.randint(2, 4)):
        nl = rng.choice(["pl", "tr", "ro", "sv", "no", "da", "fi", "de"])
        g, s = person(nl)
        d.t(str(i + 1) + " | ").span("PERSON", s.upper() + ", " + g).t(" | " + rng.choice(["Master", "Chief Officer", "2nd Engineer", "AB", "Cook", "Bosun"]))
        d.t(" | " + {"pl": "POL", "tr": "TUR", "ro": "ROU", "sv": "SWE", "no": "NOR", "da": "DNK", "fi": "FIN", "de": "DEU"}[nl] + " | ")
        d.span("DATE_OF_BIRTH", dnum("de", *ymd(1960, 2003))).t(" " + rng.choice(TOWNS[nl]))
        d.t(" | P" + str(rng.randint(1000000, 9999999)) + "\n")
    d.t("Master: Capt. ").span("PERSON", " ".join(person(lg))).t("\n")
    d.done()


OPEN = [("Sicilian", "Najdorf"), ("Ruy Lopez", "Morphy Defense"), ("Caro-Kann", "Advance"), ("Alekhine's Defense", ""),
        ("Sicilian", "Scheveningen"), ("Nimzo-Indian", "Rubinstein"), ("Queen's Gambit Declined", "Tartakower"),
        ("Petrov's Defense", "")]


def pgn(lg):
    d = D(lg, "pgn")
    if rng.random() < 0.65:
        wg, ws = person(lg)
        bg, bs = person(rng.choice(list(REAL)))
        d.t('[Event "' + rng.choice(["Bundesliga 2023/24", "Polish Ch U18", "Nordic Open", "Türkiye Kulüpler Ligi", "Open de Brest"]) + '"]\n')
        d.t('[Site "' + rng.choice(TOWNS[lg]) + '"]\n[Date "').span("NEG_DATE", "%04d.%02d.%02d" % ymd(2019, 2025)).t('"]\n')
        d.t('[Round "' + n(1, 9) + '"]\n[White "').span("PERSON", ws + ", " + wg).t('"]\n[Black "').span("PERSON", bs + ", " + bg)
        d.t('"]\n[Result "' + rng.choice(["1-0", "0-1", "1/2-1/2"]) + '"]\n[WhiteElo "' + n(1400, 2500) + '"]\n')
        op, var = rng.choice(OPEN)
        d.t('[ECO "B' + n(10, 99) + '"]\n[Opening "').span("NEG_OPENING", op).t('"]\n')
        if var:
            d.t('[Variation "').span("NEG_OPENING", var).t('"]\n')
        d.t("\n1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 *\n")
    else:
        d.t("Starting rank list\nNo. | Name | FED | Rtg | FIDE-ID | Club\n")
        for i in range(rng.randint(2, 4)):
            nl = rng.choice(list(REAL))
            g, s = person(nl)
            d.t(str(i + 1) + " | " + ("GM " if i == 0 and rng.random() < 0.3 else "")).span("PERSON", s + ", " + g)
            d.t(" | " + rng.choice(["GER", "POL", "TUR", "SWE", "NOR", "DEN", "FIN", "ROU", "FRA"]) + " | " + n(1500, 2600))
            d.t(" | " + str(rng.randint(1000000, 99999999)) + " | " + rng.choice(["SK Köln", "KS Polonia", "Schack 08", "Brest Échecs"]) + "\n")
        op, var = rng.choice(OPEN)
        d.t("Round 1 opening of the day: the ").span("NEG_OPENING", (op + " " + var).strip()).t(".\n")
    d.done()


def shortlet(lg):
    lg = rng.choice(["es", "it", "de", "pl", "tr", "sv", "da", "fi", "ro", "br", "no"])
    d = D(lg, "shortlet")
    hg, hs = person(lg)
    gg, gs = person(rng.choice(list(REAL)))
    k = rng.randrange(3)
    if k == 0:
        d.t("Hi ").span("PERSON", gg).t(", thanks for booking! Check-in from 15:00 on ").span("NEG_DATE", other_date("en"))
        d.t(". The address is ").span("STREET_ADDRESS", address(lg)).t(" – the key box is by the door, code 4711.\n")
        d.t("Best, ").span("PERSON", hg).t(" (your host)")
    elif k == 1:
        d.t("Message from guest ").span("PERSON", gg + " " + gs).t(":\nHi ").span("PERSON", hg)
        d.t(", we are arriving late with my partner ").span("PERSON", person(lg)[0]).t(". Is ").span("STREET_ADDRESS", address(lg))
        d.t(" far from ").span("NEG_PLACE", rng.choice(TOWNS[lg])).t(" station?")
    else:
        d.t("Booking.com – reservation " + str(rng.randint(1000000000, 4999999999)) + "\nGuest name: ").span("PERSON", gg + " " + gs)
        d.t("\nProperty: ").span("NEG_ORG", rng.choice(["Casa Azul Apartments", "Villa Lisa", "Hotel Garni Anna", "Pensjonat Pod Lipami"]))
        d.t("\nProperty address: ").span("STREET_ADDRESS", address(lg)).t("\nArrival: ").span("NEG_DATE", other_date(lg)).t("\n")
        neg_street(d, lg, "Parking on ", " is free after 18:00.\n")
    d.done()


def guestreg(lg):
    k = rng.randrange(3)
    if k == 0:
        d = D("it", "guestreg")
        g, s = person(rng.choice(["de", "pl", "sv", "tr", "en"]))
        d.t("Alloggiati Web – schedina\nTipo alloggiato: " + rng.choice(["16 Ospite singolo", "17 Capofamiglia", "19 Familiare"]))
        d.t("\nData arrivo: ").span("NEG_DATE", other_date("it")).t("  Permanenza: " + n(1, 14) + " gg\nCognome: ").span("PERSON", s.upper())
        d.t("\nNome: ").span("PERSON", g.upper()).t("\nSesso: " + rng.choice("12") + "\nData nascita: ").span("DATE_OF_BIRTH", dob("it"))
        d.t("\nStato nascita: " + rng.choice(["GERMANIA", "POLONIA", "SVEZIA", "TURCHIA", "REGNO UNITO"]))
        d.t("\nTipo documento: " + rng.choice(["PASOR", "IDENT"]) + "  Numero: C" + str(rng.randint(1000000, 9999999)) + "\n")
        d.t("Struttura: ").span("NEG_ORG", rng.choice(["B&B Il Glicine", "Affittacamere Da Nonna Rosa", "Casa Vacanze Garibaldi"]))
        d.t(", ").span("STREET_ADDRESS", address("it")).t("\n")
    elif k == 1:
        d = D("es", "guestreg")
        g, s = person(rng.choice(["es", "de", "fr", "en"]))
        s2 = person("es")[1]
        d.t("PARTE DE ENTRADA DE VIAJEROS\nEstablecimiento: ").span("NEG_ORG", rng.choice(["Hostal Sol", "Apartamentos Miramar", "Casa Rural El Olivo"]))
        d.t(", ").span("STREET_ADDRESS", address("es")).t("\nNúm. documento: X" + str(rng.randint(1000000, 9999999)) + "T")
        d.t("\nPrimer apellido: ").span("PERSON", s.upper()).t("\nSegundo apellido: ").span("PERSON", s2.upper())
        d.t("\nNombre: ").span("PERSON", g.upper()).t("\nSexo: " + rng.choice("FM") + "\nFecha de nacimiento: ").span("DATE_OF_BIRTH", dob("es"))
        d.t("\nFecha de entrada: ").span("NEG_DATE", other_date("es")).t("\nFirma del viajero: ____\n")
    else:
        d = D("de", "guestreg")
        g, s = person("de")
        cg = person("de")[0]
        d.t("Meldeschein für Beherbergungsstätten\nAnkunft: ").span("NEG_DATE", other_date("de")).t("\nFamilienname: ").span("PERSON", s)
        d.t("\nVorname: ").span("PERSON", g).t("\nGeburtsdatum: ").span("DATE_OF_BIRTH", dob("de")).t("\nStaatsangehörigkeit: deutsch\n")
        d.t("Anschrift: ").span("STREET_ADDRESS", address("de")).t("\nMitreisende: ").span("PERSON", cg + " " + s).t(" (geb. ")
        d.span("DATE_OF_BIRTH", dob("de")).t(")\nHotel: ").span("NEG_ORG", rng.choice(["Hotel Goldener Hirsch", "Pension Maria", "Gasthof Zur Post"])).t("\n")
    d.done()


def form_pl(lg):
    d = D("pl", "form_pl")
    g, s = person("pl")
    k = rng.randrange(4)
    if k == 0:
        d.t("Imię i nazwisko: ").span("PERSON", g + " " + s).t("\nData urodzenia: ").span("DATE_OF_BIRTH", dob("pl"))
        d.t("\nAdres zamieszkania: ").span("STREET_ADDRESS", address("pl")).t("\nPESEL: " + str(rng.randint(10**10, 10**11 - 1)) + "\n")
    elif k == 1:
        d.t("Nadawca:\n").span("PERSON", g + " " + s).t("\n").span("STREET_ADDRESS", address("pl", multiline=True)).t("\n\n")
        d.t("Do: ").span("NEG_ORG", rng.choice(["Urząd Skarbowy Warszawa-Śródmieście", "ZUS Oddział w Gdańsku", "Urząd Miasta Krakowa"]))
        d.t("\nWniosek z dnia ").span("NEG_DATE", other_date("pl")).t("\n")
    elif k == 2:
        d.t("Dzień dobry, proszę o wysyłkę na adres ").span("STREET_ADDRESS", address("pl")).t(", odbiorca ")
        d.span("PERSON", g + " " + s).t(", kod pocztowy jak wyżej. ")
        neg_street(d, "pl", "Paczkomat przy ", " też może być.")
    else:
        d.t("ul. / nr domu / nr lokalu: ").span("STREET_ADDRESS", address("pl")).t("\nNazwisko: ").span("PERSON", s.upper())
        d.t("  Imię: ").span("PERSON", g).t("\nMiejsce urodzenia: ").span("NEG_PLACE", rng.choice(TOWNS["pl"])).t("\n")
    d.done()


def form_tr(lg):
    d = D("tr", "form_tr")
    g, s = person("tr")
    k = rng.randrange(4)
    if k == 0:
        d.t("Adı Soyadı: ").span("PERSON", g + " " + s).t("\nDoğum Tarihi: ").span("DATE_OF_BIRTH", dob("tr"))
        d.t("\nAdres: ").span("STREET_ADDRESS", address("tr")).t("\n")
    elif k == 1:
        d.t("Merhaba, kargo adresim: ").span("STREET_ADDRESS", address("tr")).t(". Alıcı: ").span("PERSON", g + " " + s.upper())
        d.t(". ")
        neg_street(d, "tr", "", " üzerindeki şubeye değil, eve lütfen.")
    elif k == 2:
        d.t("Teslimat adresi\n").span("PERSON", g + " " + s).t("\n").span("STREET_ADDRESS", address("tr", multiline=True)).t("\nTel: ")
        d.span("PHONE_NUMBER", "+90 5" + n(30, 59) + " " + n(100, 999) + " " + n(10, 99) + " " + n(10, 99)).t("\n")
    else:
        d.t("Sayın ").span("PERSON", g + " " + s).t(",\n").span("NEG_DATE", other_date("tr")).t(" tarihli başvurunuz ")
        d.span("NEG_ORG", rng.choice(["Kadıköy Belediyesi", "İstanbul Valiliği", "SGK İl Müdürlüğü"])).t(" tarafından alınmıştır. Yazışma adresi: ")
        d.span("STREET_ADDRESS", address("tr")).t(".\n")
    d.done()


def form_nordic(lg):
    lg = rng.choice(["sv", "no", "da"])
    d = D(lg, "form_nordic")
    g, s = person(lg)
    lab = {"sv": ("Namn", "Födelsedatum", "Adress", "Postnummer och ort"),
           "no": ("Navn", "Fødselsdato", "Adresse", "Postnummer og sted"),
           "da": ("Navn", "Fødselsdato", "Adresse", "Postnummer og by")}[lg]
    k = rng.randrange(4)
    if k == 0:
        a = address(lg)
        street, tail = a.rsplit(", ", 1)
        d.t(lab[0] + ": ").span("PERSON", g + " " + s).t("\n" + lab[1] + ": ").span("DATE_OF_BIRTH", dob(lg))
        d.t("\n" + lab[2] + ": ").span("STREET_ADDRESS", street).t("\n" + lab[3] + ": ").span("STREET_ADDRESS", tail).t("\n")
    elif k == 1:
        d.span("PERSON", g + " " + s).t("\n").span("STREET_ADDRESS", address(lg, multiline=True)).t("\n\n")
        d.span("NEG_ORG", {"sv": "Skatteverket", "no": "Skatteetaten", "da": "Skattestyrelsen"}[lg]).t("\n")
    elif k == 2:
        d.t({"sv": "Hej! Skicka paketet till ", "no": "Hei! Send pakken til ", "da": "Hej! Send pakken til "}[lg])
        d.span("STREET_ADDRESS", address(lg)).t(", " + {"sv": "hälsningar", "no": "hilsen", "da": "hilsen"}[lg] + " ").span("PERSON", g)
        d.t(". ")
        neg_street(d, lg, {"sv": "Vi bor nära ", "no": "Vi bor ved ", "da": "Vi bor ved "}[lg], ".")
    else:
        d.t("Flyttanmälan / change of address\n").span("PERSON", s + ", " + g).t("\nNy adress: ").span("STREET_ADDRESS", address(lg))
        d.t("\nFrån och med: ").span("NEG_DATE", other_date(lg)).t("\n")
    d.done()


def form_fi(lg):
    d = D("fi", "form_fi")
    g, s = person("fi")
    k = rng.randrange(3)
    if k == 0:
        d.t("Nimi: ").span("PERSON", g + " " + s).t("\nSyntymäaika: ").span("DATE_OF_BIRTH", dob("fi"))
        d.t("\nOsoite: ").span("STREET_ADDRESS", address("fi")).t("\n")
    elif k == 1:
        d.span("PERSON", s.upper() + " " + g).t("\n").span("STREET_ADDRESS", address("fi", multiline=True)).t("\nFINLAND\n")
    else:
        d.t("Hei, uusi osoitteeni on ").span("STREET_ADDRESS", address("fi")).t(" ").span("NEG_DATE", other_date("fi"))
        d.t(" alkaen. T. ").span("PERSON", g).t("\n")
        neg_street(d, "fi", "PS. Toimiston katu ei muutu (", ").")
    d.done()


def form_ro(lg):
    d = D("ro", "form_ro")
    g, s = person("ro")
    k = rng.randrange(4)
    if k == 0:
        d.t("Subsemnatul/a ").span("PERSON", s.upper() + " " + g).t(", născut/ă la data de ").span("DATE_OF_BIRTH", dob("ro"))
        d.t(", domiciliat/ă în ").span("STREET_ADDRESS", address("ro")).t(", posesor al CI seria " + rng.choice(["CJ", "RX", "IS"]) + " nr. " + n(100000, 999999) + ",\n")
    elif k == 1:
        d.t("Nume și prenume: ").span("PERSON", s + " " + g).t("\nData nașterii: ").span("DATE_OF_BIRTH", dob("ro"))
        d.t("\nAdresa: ").span("STREET_ADDRESS", address("ro")).t("\n")
    elif k == 2:
        d.t("Bună ziua, vă rog livrarea la ").span("STREET_ADDRESS", address("ro")).t(". Mulțumesc, ").span("PERSON", g + " " + s).t(". ")
        neg_street(d, "ro", "Nu pe ", ", acolo e biroul.")
    else:
        d.t("Către ").span("NEG_ORG", rng.choice(["Primăria Sectorului 2", "ANAF", "Direcția de Evidență a Persoanelor Cluj"]))
        d.t("\nExpeditor: ").span("PERSON", g + " " + s).t(", ").span("STREET_ADDRESS", address("ro")).t("\nData: ").span("NEG_DATE", other_date("ro")).t("\n")
    d.done()


def form_br(lg):
    d = D("br", "form_br")
    g, s = person("br")
    k = rng.randrange(4)
    if k == 0:
        d.span("PERSON", g + " " + s).t("\n").span("STREET_ADDRESS", address("br", multiline=True)).t("\n\n")
        d.t("Objet : demande d'inscription, ").span("NEG_DATE", other_date("fr")).t("\n")
    elif k == 1:
        d.t("Nom : ").span("PERSON", s.upper()).t("   Prénom : ").span("PERSON", g).t("\nNé(e) le : ").span("DATE_OF_BIRTH", dob("br"))
        d.t(" à ").span("NEG_PLACE", rng.choice(TOWNS["br"])).t("\nAdresse : ").span("STREET_ADDRESS", address("br")).t("\n")
    elif k == 2:
        d.t("Demat ").span("PERSON", g).t(", ar chomlec'h nevez eo ").span("STREET_ADDRESS", address("br")).t(". Kenavo, ").span("PERSON", person("br")[0]).t("\n")
        neg_street(d, "br", "(pas ", ", c'est la mairie)")
    else:
        d.t("Skol Diwan – fiche d'inscription\nAnv / Nom : ").span("PERSON", g + " " + s).t("\nDeiziad ganedigezh / Date de naissance : ")
        d.span("DATE_OF_BIRTH", dob("br")).t("\nChomlec'h / Adresse : ").span("STREET_ADDRESS", address("br")).t("\n")
    d.done()


def esign(lg):
    lg = rng.choice(["en", "de", "pl", "sv", "fi", "tr", "ro", "da", "no"])
    d = D(lg, "esign")
    sg, ss = person(lg)
    og, os_ = person(lg)
    mail = (sg + "." + ss).lower().replace(" ", "").translate(str.maketrans("äöüåøæéèïçłśćżźńąęóışğâîășț", "aouaoaeeiclsczznaeoisgaiast"))
    ip = "%d.%d.%d.%d" % (rng.choice([84, 91, 185, 212, 78]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
    if rng.random() < 0.5:
        d.t("Certificate Of Completion\nEnvelope Id: " + "%032X" % rng.getrandbits(128) + "  Status: Completed\n")
        d.t("Envelope Originator:\n").span("PERSON", og + " " + os_).t("\n").span("STREET_ADDRESS", address(lg, multiline=True))
        d.t("\nSigner Events | Signature | Timestamp\n").span("PERSON", sg + " " + ss).t("\n")
        d.span("EMAIL_ADDRESS", mail + "@example." + rng.choice(["com", "de", "pl", "se"])).t("\nSecurity Level: Email, Account Authentication (None)\n")
        d.t("Signature Adoption: Pre-selected Style\nUsing IP Address: ").span("IP_ADDRESS", ip)
        d.t("\nSent: ").span("NEG_DATE", "%d/%d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(2021, 2025))).t(" | 10:" + n(10, 59) + ":12 AM\n")
    else:
        d.t("Adobe Acrobat Sign – Audit report\nCreated by: ").span("PERSON", og + " " + os_).t("\nStatus: Signed\n")
        dd = "%04d-%02d-%02d" % ymd(2021, 2025)
        d.span("NEG_DATE", dd).t(" - 09:" + n(10, 59) + ":03 AM GMT - Document emailed to ").span("PERSON", sg + " " + ss).t(" (")
        d.span("EMAIL_ADDRESS", mail + "@example.org").t(") for signature\n").span("NEG_DATE", dd).t(" - 11:02:47 AM GMT - Email viewed by ")
        d.span("EMAIL_ADDRESS", mail + "@example.org").t("\n- IP address: ").span("IP_ADDRESS", ip).t("\n")
        d.t("Signer address on file: ").span("STREET_ADDRESS", address(lg)).t("\n")
    d.done()


PHONE_CC = {"de": "+49 171 ", "pl": "+48 601 ", "tr": "+90 532 ", "sv": "+46 70 ", "no": "+47 412 ", "da": "+45 20 ",
            "fi": "+358 40 ", "ro": "+40 721 ", "br": "+33 6 ", "it": "+39 347 ", "es": "+34 612 ", "en": "+44 7700 "}


def phonepaste(lg):
    lg = rng.choice(list(PHONE_CC))
    d = D(lg, "phonepaste")
    g, s = person(lg)
    ph = PHONE_CC[lg] + "".join(str(rng.randint(0, 9)) for _ in range(3)) + " " + "".join(str(rng.randint(0, 9)) for _ in range(4))
    d.t(rng.choice(["can you turn this contact into a vCard?\n", "pasted from my phone:\n", ""]))
    d.span("PERSON", g + " " + s).t("\nmobile\n").span("PHONE_NUMBER", ph).t("\nhome\n").span("STREET_ADDRESS", address(lg, multiline=True))
    if rng.random() < 0.6:
        y, m, dd = ymd(1950, 2005)
        d.t("\nbirthday\n").span("DATE_OF_BIRTH", "%s %d, %d" % (MONTHS["en"][m - 1], dd, y) if rng.random() < 0.5 else "%d %s %d" % (dd, MONTHS["en"][m - 1], y))
    if rng.random() < 0.4:
        d.t("\nnotes\nmet at ").span("NEG_ORG", rng.choice(["Messe Köln", "Slush Helsinki", "Tech Open Air", "Web Summit"]))
    d.t("\n")
    d.done()


CLASSES = [dcc, icv, impfpass, diploma, translation, apostille, discharge, residence, pilotlog, divelog,
           crewlist, pgn, shortlet, guestreg, form_pl, form_tr, form_nordic, form_fi, form_ro, form_br,
           esign, phonepaste, form_pl, form_tr, form_ro, form_nordic, guestreg, shortlet]
LANGS = ["de", "pl", "tr", "sv", "no", "da", "fi", "ro", "br", "it", "es", "en"]
for i in range(22 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
