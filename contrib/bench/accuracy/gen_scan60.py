#!/usr/bin/env python3
"""gen_scan60.py: names and streets in scanned, faxed and microfilmed forms and ledgers (branch
scan60, issue 15). A tune set, written and committed before hush was run on it, from the
twenty-fourth blind set's public brief (its scanned family: faxed equipment delivery orders,
scanned bus-pass applications, microfilmed friendly-society ledgers, OCR'd raffle stubs, faxed
care-home medication charts, builders'-merchant trade-account forms, ferry check-in sheets,
pharmacy-to-surgery faxes; capitals, misread labels, fields run together with stray `| ¦ ~ ::`,
line-end hyphens and breaks splitting names and streets, repeated fax and microfilm headers) and
my own idea of what such pages look like once OCR has read them. 17 languages (Greek in Latin
letters), a fifth of the people of global origin, about half the names invented from syllables.

Values (metadata.class is the domain): PERSON in a labelled field (the label misread by one swap
of my own set: rn for m, 0/O, 1/l/I, 5/S, 8/B, cl for d, vv for w, or a lost accent), in
capitals and in mixed case, surname first with and without a comma (`KELLER, MARIA`, `KELLER
Maria`), split labels (`SURNAME: X   FORENAMES: Y`, each a span), a title before it (outside
the span), table rows of several people (ferry check-in sheets, ledgers, raffle stub lists,
medication charts' signing nurses), signatures and prescribers; STREET_ADDRESS in capitals and
mixed case, the number before or after, glued to the name (`LINDENSTR.12`, `VIA ROMA12`),
with a flat part, with and without a postcode and town (the town its own span); names and
streets broken by a line-end hyphen or a line break (each visible piece its own span, the hyphen
outside). OCR letter errors inside some values are kept gold as printed. Births beside a person
are DATE_OF_BIRTH spans, the sender's fax number a PHONE_NUMBER.

Look-alikes as NEG_ spans, more of them than values: form headings and field labels in capitals
(NEG_HEAD), firms and merchants, some named after a person (NEG_ORG), wards and homes (NEG_PLACE),
ships and ferries (NEG_SHIP), products, drugs and equipment (NEG_PRODUCT), reference, order,
serial and account numbers (NEG_ID), dates that are no birth (NEG_DATE), cabins, lanes, bays and
decks (NEG_LABEL), page and frame counters (NEG_PAGE). Request bodies of the four APIs' block
shapes (gen_scan_common.scan_records), a third \\uXXXX. Deterministic; stdlib only:
python3 gen_scan60.py > data/scan60.json
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import END12, SYL12, invent_syllables, run_plan, write_json  # noqa: E402
from gen_scan_common import ScanDoc, scan_records  # noqa: E402

rng = random.Random(6060)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "cs", "sv", "da", "no", "fi", "hu", "tr", "ro", "el"]

SYL = dict(SYL12)
SYL["da"] = ["sø", "hal", "ris", "bjer", "mol", "kra", "ve", "lun"]
SYL["no"] = ["ås", "bre", "hau", "ter", "vol", "rø", "ste", "lia"]
SYL["fi"] = ["haa", "kos", "mä", "lai", "ti", "ran", "vuo", "nie"]
SYL["ro"] = ["bu", "dra", "ghe", "lu", "mir", "ca", "vla", "pes"]
SYL["el"] = ["pa", "dro", "kos", "ti", "mav", "ge", "lia", "the"]
END = dict(END12)
END.update({"da": ["gaard", "holm", "sen"], "no": ["rud", "stad", "vik"], "fi": ["nen", "la", "mäki"],
            "ro": ["escu", "eanu", "aru"], "el": ["poulos", "idis", "akis"]})

GIVEN = {"en": ["Gwendolyn", "Clifford", "Maureen", "Desmond", "Pauline", "Rodney"],
         "de": ["Hannelore", "Eckhard", "Waltraud", "Gunther", "Roswitha", "Detlef"],
         "fr": ["Ghislaine", "Jacky", "Mireille", "Lucien", "Odette", "Régis"],
         "nl": ["Aaltje", "Gerrit", "Wilma", "Teun", "Riet", "Joop"],
         "es": ["Amparo", "Eusebio", "Milagros", "Cipriano", "Rocío", "Baltasar"],
         "it": ["Ornella", "Gualtiero", "Assunta", "Rodolfo", "Fiorella", "Oreste"],
         "pt": ["Conceição", "Adelino", "Deolinda", "Horácio", "Lurdes", "Belmiro"],
         "pl": ["Genowefa", "Czesław", "Wiesława", "Bogdan", "Teresa", "Kazimierz"],
         "cs": ["Věra", "Bořivoj", "Libuše", "Vlastimil", "Drahomíra", "Oldřich"],
         "sv": ["Margareta", "Torbjörn", "Ingegerd", "Sten", "Gudrun", "Ragnar"],
         "da": ["Inger", "Poul", "Grethe", "Svend", "Lone", "Bent"],
         "no": ["Astrid", "Oddvar", "Ingrid", "Sverre", "Tove", "Kjell"],
         "fi": ["Tuula", "Pertti", "Sirkka", "Veikko", "Aila", "Esko"],
         "hu": ["Zsuzsanna", "Lajos", "Piroska", "Gyula", "Mária", "Imre"],
         "tr": ["Nermin", "Yılmaz", "Fadime", "Osman", "Gülşen", "İbrahim"],
         "ro": ["Floarea", "Constantin", "Ecaterina", "Vasile", "Rodica", "Ionel"],
         "el": ["Eleni", "Spyridon", "Kalliopi", "Athanasios", "Georgia", "Christos"]}
FAMILY = {"en": ["Ashworth", "Blackwood", "Pickering", "Threlfall", "Ormerod"],
          "de": ["Kettenbach", "Wohlfahrt", "Brinkmann", "Oberländer", "Pfisterer"],
          "fr": ["Lemaire", "Bouvier", "Charpentier", "Duquesne", "Marchand"],
          "nl": ["Verhoeven", "de Wit", "Kuipers", "Schouten", "van Leeuwen"],
          "es": ["Villanueva", "Carrasco", "Escobar", "Montero", "Salgado"],
          "it": ["Bellucci", "Marchetti", "Santoro", "Castelli", "Pellegrino"],
          "pt": ["Figueiredo", "Cardoso", "Moutinho", "Guimarães", "Sequeira"],
          "pl": ["Grabowski", "Zielińska", "Pawlak", "Kaczmarek", "Wróblewska"],
          "cs": ["Procházková", "Kučera", "Veselý", "Horáková", "Němec"],
          "sv": ["Lindqvist", "Bergström", "Åkesson", "Nordin", "Hedlund"],
          "da": ["Mikkelsen", "Bjerregaard", "Thygesen", "Dalsgaard", "Vestergaard"],
          "no": ["Rønning", "Sandvik", "Myhre", "Aasen", "Fossum"],
          "fi": ["Mäkelä", "Hyvönen", "Salminen", "Kettunen", "Lehtonen"],
          "hu": ["Szűcs", "Takács", "Oláh", "Mészáros", "Juhász"],
          "tr": ["Aksoy", "Çelik", "Kılıç", "Özdemir", "Yavuz"],
          "ro": ["Dumitrescu", "Popovici", "Munteanu", "Ciobanu", "Lungu"],
          "el": ["Papadakis", "Georgiou", "Konstantinidis", "Alexiou", "Mavridis"]}
GLOBAL = [("Chiamaka", "Okonkwo"), ("Kwabena", "Asante"), ("Priyanka", "Raghunathan"), ("Harpreet", "Sandhu"),
          ("Jun", "Nakamura"), ("Xiaoling", "Zhou"), ("Youssef", "El Amrani"), ("Fatima", "Haddad"),
          ("Bogdana", "Kravchenko"), ("Dmitri", "Sokolov"), ("Aminata", "Touré"), ("Thanh", "Nguyen")]

# labels: name (whole), surname / given, address
NAME_L = {"en": ["NAME", "PASSENGER", "MEMBER", "RESIDENT", "ACCOUNT HOLDER", "PURCHASER", "APPLICANT"],
          "de": ["NAME", "FAHRGAST", "MITGLIED", "BEWOHNER", "INHABER", "BESTELLER"],
          "fr": ["NOM", "PASSAGER", "SOCIÉTAIRE", "RÉSIDENT", "TITULAIRE", "ACHETEUR"],
          "nl": ["NAAM", "PASSAGIER", "LID", "BEWONER", "AANVRAGER"], "es": ["NOMBRE", "PASAJERO", "SOCIO",
          "RESIDENTE", "SOLICITANTE"], "it": ["NOME", "PASSEGGERO", "SOCIO", "OSPITE", "RICHIEDENTE"],
          "pt": ["NOME", "PASSAGEIRO", "SÓCIO", "UTENTE", "REQUERENTE"], "pl": ["NAZWISKO I IMIĘ", "PASAŻER",
          "CZŁONEK", "WNIOSKODAWCA"], "cs": ["JMÉNO A PŘÍJMENÍ", "CESTUJÍCÍ", "ČLEN", "ŽADATEL"],
          "sv": ["NAMN", "PASSAGERARE", "MEDLEM", "SÖKANDE"], "da": ["NAVN", "PASSAGER", "MEDLEM", "BEBOER"],
          "no": ["NAVN", "PASSASJER", "MEDLEM", "BEBOER"], "fi": ["NIMI", "MATKUSTAJA", "JÄSEN", "HAKIJA"],
          "hu": ["NÉV", "UTAS", "TAG", "IGÉNYLŐ"], "tr": ["ADI SOYADI", "YOLCU", "ÜYE", "BAŞVURAN"],
          "ro": ["NUME ȘI PRENUME", "PASAGER", "MEMBRU", "SOLICITANT"],
          "el": ["ONOMATEPONYMO", "EPIVATIS", "MELOS", "AITON"]}
SPLIT_L = {"en": ("SURNAME", "FORENAMES"), "de": ("NACHNAME", "VORNAME"), "fr": ("NOM", "PRÉNOM"),
           "nl": ("ACHTERNAAM", "VOORNAMEN"), "es": ("APELLIDOS", "NOMBRE"), "it": ("COGNOME", "NOME"),
           "pt": ("APELIDO", "NOME PRÓPRIO"), "pl": ("NAZWISKO", "IMIĘ"), "cs": ("PŘÍJMENÍ", "JMÉNO"),
           "sv": ("EFTERNAMN", "FÖRNAMN"), "da": ("EFTERNAVN", "FORNAVN"), "no": ("ETTERNAVN", "FORNAVN"),
           "fi": ("SUKUNIMI", "ETUNIMET"), "hu": ("VEZETÉKNÉV", "UTÓNÉV"), "tr": ("SOYADI", "ADI"),
           "ro": ("NUME", "PRENUME"), "el": ("EPONYMO", "ONOMA")}
ADDR_L = {"en": ["ADDRESS", "DELIVERY ADDRESS", "HOME ADDRESS", "SITE ADDRESS"],
          "de": ["ANSCHRIFT", "WOHNORT", "LIEFERADRESSE", "STRASSE"], "fr": ["ADRESSE", "LIEU DE LIVRAISON"],
          "nl": ["ADRES", "AFLEVERADRES", "STRAAT"], "es": ["DIRECCIÓN", "DOMICILIO", "CALLE"],
          "it": ["INDIRIZZO", "DOMICILIO", "VIA"], "pt": ["MORADA", "RUA"], "pl": ["ADRES", "ULICA"],
          "cs": ["ADRESA", "ULICE"], "sv": ["ADRESS", "GATUADRESS", "LEVERANSADRESS"],
          "da": ["ADRESSE", "VEJ"], "no": ["ADRESSE", "GATEADRESSE"], "fi": ["OSOITE", "KATUOSOITE"],
          "hu": ["CÍM", "LAKCÍM"], "tr": ["ADRES", "TESLİMAT ADRESİ"], "ro": ["ADRESA", "DOMICILIUL"],
          "el": ["DIEFTHYNSI", "ODOS"]}
DOB_L = {"en": "DOB", "de": "GEB.", "fr": "NÉ(E) LE", "nl": "GEB.", "es": "F. NAC.", "it": "NATO/A IL",
         "pt": "DATA NASC.", "pl": "DATA UR.", "cs": "NAR.", "sv": "FÖDD", "da": "FØDT", "no": "FØDT",
         "fi": "SYNT.", "hu": "SZÜL.", "tr": "D. TARİHİ", "ro": "DATA N.", "el": "GENN."}
TITLE_W = {"en": ["MR", "MRS", "MISS", "MS"], "de": ["HERR", "FRAU"], "fr": ["M.", "MME"], "nl": ["DHR.", "MEVR."],
           "es": ["SR.", "SRA."], "it": ["SIG.", "SIG.RA"], "pt": ["SR.", "SRA."], "pl": ["PAN", "PANI"],
           "cs": ["PAN", "PANÍ"], "sv": ["HR", "FRU"], "da": ["HR.", "FRU"], "no": ["HR.", "FRU"],
           "fi": ["HRA", "RVA"], "hu": ["ÚR", "ASSZONY"], "tr": ["BAY", "BAYAN"], "ro": ["DL.", "DNA."],
           "el": ["K.", "KA"]}

# streets: {n} number; glue marks where the number may be glued on
STREETS = {"en": ["{n} Sycamore Avenue", "{n} Primrose Hill Road", "{n} Chapel Street", "Flat {u}, {n} Tennyson Way",
                  "{n} Mill Lane"],
           "de": ["Buchenweg {n}", "Hauptstr.{n}", "Bismarckstraße {n}", "Am Sonnenhang {n}", "Friedhofstr. {n} b"],
           "fr": ["{n} rue des Acacias", "{n} avenue Gambetta", "{n}, boulevard Carnot", "{n} rue du Moulin"],
           "nl": ["Kastanjelaan {n}", "Kerkstraat {n}", "Julianastraat {n}-{u}", "Vondelweg {n}"],
           "es": ["Calle Mayor {n}", "C/ Goya {n}, {u}º B", "Avenida de la Paz {n}", "Calle San Roque {n}"],
           "it": ["Via Roma {n}", "Via Garibaldi {n}", "Corso Vittorio Emanuele {n}", "Via del Pozzo {n}/{u}"],
           "pt": ["Rua do Sol {n}", "Avenida da Liberdade {n}, {u}º Esq", "Rua Direita {n}"],
           "pl": ["ul. Lipowa {n}", "ul. Kościuszki {n}/{u}", "ul.Słoneczna {n}", "os. Tysiąclecia {n} m. {u}"],
           "cs": ["Palackého {n}", "Komenského {n}/{u}", "Školní {n}", "Na Výsluní {n}"],
           "sv": ["Drottninggatan {n}", "Ängsvägen {n}", "Skolgatan {n} A", "Tallstigen {n}"],
           "da": ["Vestergade {n}", "Skovvej {n}, {u}. tv.", "Møllevej {n}", "Strandvejen {n}"],
           "no": ["Kongens gate {n}", "Bjørkeveien {n}", "Fjellveien {n} A", "Skoleveien {n}"],
           "fi": ["Puistokatu {n}", "Koulukatu {n} A {u}", "Rantatie {n}", "Kuusitie {n}"],
           "hu": ["Arany János utca {n}", "Béke tér {n}", "Dózsa György út {n}", "Fő u. {n}."],
           "tr": ["Atatürk Cad. No:{n}", "Lale Sok. No: {n}", "İstiklal Caddesi {n}", "Çınar Sk. {n}/{u}"],
           "ro": ["Str. Florilor nr. {n}", "Bd. Independenței {n}", "Str. Avram Iancu {n}, ap. {u}"],
           "el": ["Odos Ermou {n}", "Leoforos Alexandras {n}", "Odos Patision {n}", "Odos Solonos {n}"]}
TOWNS = {"en": ["Bolton BL1 4QR", "Whitby YO21 3DN", "Carlisle CA1 2HT"], "de": ["33602 Bielefeld", "93047 Regensburg"],
         "fr": ["63000 Clermont-Ferrand", "49100 Angers"], "nl": ["8011 AB Zwolle", "4811 XJ Breda"],
         "es": ["47001 Valladolid", "03001 Alicante"], "it": ["35121 Padova", "43121 Parma"],
         "pt": ["3000-076 Coimbra", "8000-123 Faro"], "pl": ["31-008 Kraków", "80-001 Gdańsk"],
         "cs": ["779 00 Olomouc", "301 00 Plzeň"], "sv": ["753 20 Uppsala", "211 22 Malmö"],
         "da": ["5000 Odense C", "9000 Aalborg"], "no": ["7011 Trondheim", "5003 Bergen"],
         "fi": ["33100 Tampere", "20100 Turku"], "hu": ["6720 Szeged", "7621 Pécs"],
         "tr": ["16010 Bursa", "35210 İzmir"], "ro": ["400001 Cluj-Napoca", "700001 Iași"],
         "el": ["26221 Patra", "71201 Irakleio"]}

# look-alikes
HEADS = {"delivery": ["EQUIPMENT DELIVERY ORDER", "LIEFERSCHEIN HILFSMITTEL", "BON DE LIVRAISON MATÉRIEL"],
         "buspass": ["CONCESSIONARY TRAVEL APPLICATION", "ANTRAG SCHWERBEHINDERTEN-AUSWEIS", "CARTE SENIOR BUS"],
         "ledger": ["FRIENDLY SOCIETY CONTRIBUTIONS", "STERBEKASSE BEITRAGSBUCH", "MUTUELLE REGISTRE"],
         "raffle": ["GRAND CHARITY RAFFLE", "TOMBOLA VEREINSFEST", "RIFFA DI BENEFICENZA"],
         "medchart": ["MEDICATION ADMINISTRATION CHART", "MEDIKAMENTENPLAN PFLEGEHEIM", "FICHE MÉDICAMENTS EHPAD"],
         "trade": ["TRADE ACCOUNT APPLICATION FORM", "ANTRAG GEWERBEKONTO", "DEMANDE OUVERTURE COMPTE"],
         "ferry": ["PASSENGER CHECK-IN SHEET", "PASSAGIERLISTE", "LISTE D'EMBARQUEMENT"],
         "pharmacy": ["PHARMACY COMMUNICATION TO SURGERY", "APOTHEKE RÜCKFRAGE PRAXIS", "PHARMACIE VERS MÉDECIN"]}
FIRMS = ["JEWSON BUILDERS MERCHANTS", "TRAVIS PERKINS PLC", "BAUSTOFFE HAGEDORN KG", "POINT.P MATÉRIAUX",
         "BOUWMAAT BREDA", "SALTOKI", "EDILIZIA ROSSI SRL", "PSB MRÓWKA", "STAVEBNINY DEK", "BEIJER BYGGMATERIAL",
         "STARK DANMARK", "BYGGMAKKER", "K-RAUTA", "PRAKTIKER", "KOÇTAŞ", "DEDEMAN", "PRAKTIKER HELLAS",
         "LLOYDS PHARMACY", "BOOTS UK", "ADLER APOTHEKE", "APOTEK HJÄRTAT", "MEDPLUS MOBILITY",
         "INVACARE LTD", "HARRISON & SONS LTD", "MÜLLER & SÖHNE GMBH", "DUPONT FRÈRES SA", "WEBER BAUSTOFFE",
         "JANSEN BOUWMATERIALEN", "FERNÁNDEZ HERMANOS SL", "LINDQVIST BYGG AB"]
WARDS = ["ELM WARD", "NIGHTINGALE WARD", "ROSE UNIT", "HAUS SONNENSCHEIN", "STATION 3B", "MAISON DES TILLEULS",
         "AFDELING DE LINDE", "PABELLÓN SAN JOSÉ", "REPARTO SANT'ANNA", "ALA NORTE", "ODDZIAŁ B",
         "PAVILON C", "AVDELNING 4", "AFSNIT 2", "AVDELING SOLSIDEN", "OSASTO 5", "B ÉPÜLET"]
SHIPS = ["PRIDE OF KENT", "STENA HOLLANDICA", "MS PETER WESSEL", "MV ISLE OF LEWIS", "NILS HOLGERSSON",
         "BERLIN", "CÔTE D'OPALE", "MOBY AKI", "SILJA SERENADE", "KRONPRINS FREDERIK", "BLUE STAR DELOS",
         "MEGA SMERALDA", "FINNMARKEN", "COLOR FANTASY"]
PRODUCTS = ["ROLLATOR 4-WHEEL", "COMMODE CHAIR", "PRESSURE MATTRESS ALTERNATING", "HOIST SLING M",
            "AMLODIPINE 5MG", "METFORMIN 500MG", "PARACETAMOL 1G", "WARFARIN 1MG", "ADCAL D3",
            "CEMENT 25KG", "PLASTERBOARD 12.5MM", "CLS 47X75 3.0M", "MDF SHEET 18MM", "GRAVEL 20MM BULK BAG",
            "WHEELCHAIR ENIGMA", "BATH LIFT ORCA"]
BAYS = ["LANE {u}", "DECK {u}", "CABIN {n}", "BAY {n}", "BED {n}", "ROOM {n}", "ROW {u}", "PALLET {n}"]

CONF = [("M", "RN"), ("m", "rn"), ("O", "0"), ("I", "1"), ("I", "l"), ("l", "1"), ("S", "5"), ("B", "8"),
        ("D", "CL"), ("d", "cl"), ("W", "VV"), ("w", "vv"), ("E", "F"), ("0", "O")]


def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def misread(s, p=0.6):
    """s as OCR reads it: one swap of the set above with probability p, accents lost a third."""
    if rng.random() < 0.3:
        s = strip_marks(s)
    if rng.random() < p:
        cand = [(i, a, b) for i in range(len(s)) for a, b in CONF if s.startswith(a, i)]
        if cand:
            i, a, b = rng.choice(cand)
            s = s[:i] + b + s[i + len(a):]
    return s


def ocr_value(s, p):
    """A value with one OCR error kept inside, with probability p."""
    if rng.random() >= p:
        return s
    cand = [(i, a, b) for i in range(1, len(s)) for a, b in [("O", "0"), ("I", "1"), ("l", "1"), ("S", "5"),
                                                                ("B", "8"), ("m", "rn"), ("w", "vv")]
            if s.startswith(a, i)]
    if not cand:
        return s
    i, a, b = rng.choice(cand)
    return s[:i] + b + s[i + len(a):]


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def draw(lg):
    k = rng.random()
    if k < 0.2:
        return rng.choice(GLOBAL)
    if k < 0.6:
        return rng.choice(GIVEN[lg]), rng.choice(FAMILY[lg])
    return invent_syllables(rng, SYL[lg], END[lg], False), invent_syllables(rng, SYL[lg], END[lg], True)


def stamp():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2017, 2026)
    return rng.choice(["%02d/%02d/%d", "%02d.%02d.%d", "%02d-%02d-%d", "%02d %02d %d"]) % (d, m, y)


def birth():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1928, 2007)
    return rng.choice(["%02d/%02d/%d", "%02d.%02d.%d", "%02d-%02d-%d"]) % (d, m, y)


SEP = [": ", ":", " : ", " | ", " ¦ ", " ~ ", " :: ", "  ", "\t", " . ", ".", " ;"]
COLS = ["  ", " | ", " ¦ ", " ~ ", " :: ", "   ", " || ", "\t", " |"]


class Form(ScanDoc):
    rng = rng
    COMMA_LINE = True
    CAPS = 0.65
    GAPS = SEP
    BOXES = (["[X] "], ["[ ] "])
    SPLIT = (0.16, 0.30)
    HYPHENS = ["-\n", "-\n  ", "- \n", "-\r\n"]

    def __init__(self, lg, cls):
        ScanDoc.__init__(self, lg, cls)
        self.fax = "+%d %s %s %s" % (rng.choice([44, 49, 33, 31, 34, 39, 46, 45, 47, 358, 36, 90, 40, 30]),
                                     digits(2), digits(3), digits(4))
        self.stampd = stamp()

    def header(self, page, pages):
        if self.cls == "ledger":
            self.t("MICROFILM %s  REEL %d  FRAME " % (rng.choice(["LDS", "MF", "ROLL"]), rng.randint(1, 99)))
            return self.span("NEG_PAGE", "%04d" % rng.randint(1, 9999)).t("\n")
        self.t(rng.choice(["FROM ", "FAX FROM: ", "VON ", "DE: ", "FRA "])).span("PHONE_NUMBER", self.fax).t("  ")
        self.span("NEG_DATE", self.stampd).t(" %02d:%02d  " % (rng.randint(7, 19), rng.randint(0, 59)))
        return self.span("NEG_PAGE", "PAGE %d OF %d" % (page, pages) if rng.random() < 0.5
                         else "P. %d/%d" % (page, pages)).t("\n")

    def label(self, s):
        """A field label, capitals or title case, misread; a look-alike span."""
        s = s.upper() if self.caps or rng.random() < 0.6 else s.title()
        return self.span("NEG_HEAD", misread(s))

    def name_value(self, g, s, shape):
        """One person's name in a shape; the parts as spans (split by a hyphen or break at times)."""
        if self.caps or rng.random() < 0.35:
            G, S = g.upper(), s.upper()
        else:
            G, S = g, s.upper() if shape in ("sg", "s,g") and rng.random() < 0.6 else s
        G, S = ocr_value(G, 0.12), ocr_value(S, 0.12)
        v = {"gs": "%s %s" % (G, S), "sg": "%s %s" % (S, G), "s,g": "%s, %s" % (S, G),
             "i.s": "%s. %s" % (G[0], S)}[shape]
        return self.val("PERSON", v)

    def person(self, shape=None, title=None):
        g, s = draw(self.lg)
        shape = shape or rng.choice(["gs", "gs", "sg", "s,g", "s,g"])
        if title or (title is None and rng.random() < 0.2):
            self.t(self.c(rng.choice(TITLE_W[self.lg])) + " ")
        return self.name_value(g, s, shape)

    def street(self, town=None):
        n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 220)]))
        st = rng.choice(STREETS[self.lg]).replace("{n}", n).replace("{u}", str(rng.randint(1, 9)))
        if rng.random() < 0.15:  # glued: the number straight after the name
            st = st.replace(" " + n, n, 1)
        st = st.upper() if self.caps or rng.random() < 0.3 else st
        self.val("STREET_ADDRESS", ocr_value(st, 0.1))
        if town if town is not None else rng.random() < 0.6:
            tw = rng.choice(TOWNS[self.lg])
            self.t(rng.choice([", ", "\n", "  ", " ¦ ", "\n    ", " - "]))
            self.span("STREET_ADDRESS", tw.upper() if self.caps else tw)
        return self

    def neg(self, label, table):
        v = rng.choice(table)
        return self.span(label, v.replace("{n}", str(rng.randint(1, 60))).replace("{u}", str(rng.randint(1, 9))))

    def ref(self):
        lab = rng.choice(["ORDER NO", "REF", "ACCT", "SERIAL", "AUFTRAG", "RÉF.", "KUNDENNR", "PEDIDO", "NR",
                          "TICKET", "BOOKING", "POLICY", "ASSET NO"])
        self.label(lab).t(rng.choice(SEP))
        v = rng.choice(["%s-%s" % (digits(4), digits(3)), "%s/%s" % (digits(2), digits(5)),
                        "SN %s%s-%s" % (digits(2), rng.choice("ABCDEFGHJK"), digits(4)), digits(8),
                        "%s %s %s" % (digits(3), digits(3), digits(3))])
        return self.span("NEG_ID", v)

    def other_date(self):
        self.label(rng.choice(["DELIVERY DATE", "ISSUED", "EXPIRES", "SAILING", "DATE", "LIEFERDATUM",
                               "GÜLTIG BIS", "DATE D'ÉMISSION", "FECHA", "DATA", "DATUM", "PÄIVÄYS", "TARİH"]))
        return self.t(rng.choice(SEP)).span("NEG_DATE", stamp())

    def name_field(self):
        """A name under one label, or surname and given name under two."""
        if rng.random() < 0.3:
            sl, gl = SPLIT_L[self.lg]
            g, s = draw(self.lg)
            self.label(sl).t(rng.choice(SEP))
            S = s.upper() if self.caps or rng.random() < 0.7 else s
            G = g.upper() if self.caps else g
            self.span("PERSON", ocr_value(S, 0.1)).t(rng.choice(COLS))
            self.label(gl).t(rng.choice(SEP))
            return self.span("PERSON", ocr_value(G, 0.1))
        self.label(rng.choice(NAME_L[self.lg])).t(rng.choice(SEP))
        return self.person()

    def addr_field(self, town=None):
        self.label(rng.choice(ADDR_L[self.lg])).t(rng.choice(SEP))
        return self.street(town)

    def dob_field(self):
        return self.label(DOB_L[self.lg]).t(rng.choice(SEP)).span("DATE_OF_BIRTH", birth())


def start(lg, cls, pages):
    d = Form(lg, cls)
    d.newpage(1, pages)
    d.span("NEG_HEAD", rng.choice(HEADS[cls])).t("   ").ref().t("\n")
    return d


def form_body(d):
    """Labelled fields: one per line or several run together on a line."""
    if rng.random() < 0.5:
        d.name_field().t(rng.choice(COLS)).dob_field().t("\n")
        d.addr_field().t(rng.choice(COLS)).ref().t("\n")
    else:
        d.name_field().t("\n")
        d.addr_field().t("\n")
        d.other_date().t(rng.choice(COLS)).ref().t("\n")


DOCS = []


def delivery(lg):
    d = start(lg, "delivery", 2)
    d.span("NEG_ORG", rng.choice(FIRMS)).t("\n")
    form_body(d)
    d.newpage(2, 2)
    d.label("ITEM").t(rng.choice(SEP)).span("NEG_PRODUCT", rng.choice(PRODUCTS)).t(rng.choice(COLS)).ref().t("\n")
    d.label("CONTACT").t(rng.choice(SEP)).person().t(rng.choice(COLS)).other_date().t("\n")
    d.label("DRIVER").t(rng.choice(SEP)).person(shape="gs").t("\n")
    DOCS.append(d)


def buspass(lg):
    d = start(lg, "buspass", 1)
    form_body(d)
    d.t(d.c("PHOTO ATTACHED") + " [X]  ").label("PASS NO").t(rng.choice(SEP)).span("NEG_ID", digits(10)).t("\n")
    d.label("SIGNATURE").t(rng.choice(SEP)).person(shape=rng.choice(["i.s", "gs"]), title=False).t("  ")
    d.other_date().t("\n")
    DOCS.append(d)


def ledger(lg):
    d = start(lg, "ledger", 2)
    d.span("NEG_HEAD", d.c(rng.choice(["NO.  NAME  ABODE  ENTERED  PAID", "MEMBER  ADDRESS  CONTRIB.",
                                      "NR  NAME  WOHNUNG  EINTRITT"]))).t("\n")
    for i in range(rng.randint(2, 4)):
        if i == 2:
            d.newpage(2, 2)
        d.t("%d" % rng.randint(10, 999) + rng.choice(COLS)).person(shape=rng.choice(["sg", "s,g", "gs"]), title=False)
        d.t(rng.choice(COLS)).street(town=False).t(rng.choice(COLS)).span("NEG_DATE", stamp()).t(rng.choice(COLS))
        d.span("NEG_ID", "%d/%s" % (rng.randint(1, 40), digits(2))).t("\n")
    DOCS.append(d)


def raffle(lg):
    d = start(lg, "raffle", 1)
    for _ in range(rng.randint(2, 3)):
        d.t(d.c("STUB") + " ").span("NEG_ID", "No %s" % digits(5)).t(rng.choice(COLS)).person().t(rng.choice(COLS))
        if rng.random() < 0.6:
            d.street(town=rng.random() < 0.4).t(rng.choice(COLS))
        d.span("NEG_PRODUCT", rng.choice(["HAMPER", "WINE", "TEDDY", "VOUCHER £20", "SKINKE", "JAMÓN"])).t("\n")
    d.label("DRAWN BY").t(rng.choice(SEP)).person(title=True).t("  ").other_date().t("\n")
    DOCS.append(d)


def medchart(lg):
    d = start(lg, "medchart", 2)
    d.span("NEG_PLACE", rng.choice(WARDS)).t("  ").neg("NEG_LABEL", ["ROOM {n}", "BED {n}"]).t("\n")
    d.name_field().t(rng.choice(COLS)).dob_field().t("\n")
    d.newpage(2, 2)
    for _ in range(rng.randint(1, 3)):
        d.span("NEG_PRODUCT", rng.choice(PRODUCTS)).t(rng.choice(COLS)).span("NEG_DATE", stamp()).t(rng.choice(COLS))
        d.label("GIVEN BY").t(rng.choice(SEP)).person(shape=rng.choice(["i.s", "gs", "sg"]), title=False).t("\n")
    DOCS.append(d)


def trade(lg):
    d = start(lg, "trade", 1)
    d.span("NEG_ORG", rng.choice(FIRMS)).t("\n")
    d.label("COMPANY").t(rng.choice(SEP)).span("NEG_ORG", rng.choice(FIRMS)).t("\n")
    form_body(d)
    d.label("PROPRIETOR").t(rng.choice(SEP)).person().t(rng.choice(COLS)).addr_field().t("\n")
    d.label("VAT").t(rng.choice(SEP)).span("NEG_ID", "%s %s %s" % (digits(3), digits(4), digits(2))).t("\n")
    DOCS.append(d)


def ferry(lg):
    d = start(lg, "ferry", 1)
    d.label("VESSEL").t(rng.choice(SEP)).span("NEG_SHIP", rng.choice(SHIPS)).t("  ").other_date().t("\n")
    d.span("NEG_HEAD", d.c(rng.choice(["SEQ  PASSENGER  ADDRESS  VEH  CABIN", "NR  NAME  ADRESSE  KFZ  KABINE",
                                      "N°  NOM  ADRESSE  VÉHICULE  CABINE"]))).t("\n")
    for i in range(rng.randint(2, 4)):
        d.t("%02d" % (i + 1) + rng.choice(COLS)).person(shape=rng.choice(["sg", "s,g", "gs"]), title=rng.random() < 0.2)
        d.t(rng.choice(COLS))
        if rng.random() < 0.6:
            d.street(town=rng.random() < 0.3).t(rng.choice(COLS))
        d.neg("NEG_LABEL", BAYS).t("\n")
    DOCS.append(d)


def pharmacy(lg):
    d = start(lg, "pharmacy", 2)
    d.span("NEG_ORG", rng.choice(FIRMS[17:24])).t("\n")
    form_body(d)
    d.newpage(2, 2)
    d.label("ITEM").t(rng.choice(SEP)).span("NEG_PRODUCT", rng.choice(PRODUCTS[4:9])).t("\n")
    d.label("PRESCRIBER").t(rng.choice(SEP)).t(rng.choice(["DR ", "DR. ", "Dr "])).person(shape=rng.choice(
        ["i.s", "gs"]), title=False).t("\n")
    d.label("PHARMACIST").t(rng.choice(SEP)).person(title=False).t("\n")
    DOCS.append(d)


ASKS = ["Type this scanned page up as a table.", "Please fix the OCR in this fax.", "Who is on this form?",
        "Turn this scan into CSV.", "Summarise this faxed page."]

if __name__ == "__main__":
    run_plan([(delivery, 50), (buspass, 50), (ledger, 50), (raffle, 45), (medchart, 50), (trade, 45),
              (ferry, 55), (pharmacy, 50)], LANGS, 5)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))
