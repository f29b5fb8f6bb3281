#!/usr/bin/env python3
"""gen_scan57.py: streets and births in OCR and fax text in capitals, seventh round (branch
street57). A tune set, written and committed before hush was run on it, from the twenty-fourth
blind set's public brief (its scanned family: OCR and fax in capitals, misread labels, columns run
together, line-end hyphens, stray | ¦ ~, repeated page headers) and scan56's "Left" notes, in
domains no earlier scan/ocr corpus lists: faxed furniture-delivery sheets, microfilmed school
admission registers, OCR'd parking-permit renewals, scanned allotment waiting lists, faxed
hospital transport bookings, scanned caravan-site registers, OCR'd choir membership cards.

Weighted to what scan56 left: streets with the number first (`80 AV. DU GÉNÉRAL LECLERC`,
`12 HIGH STREET`, `7 RUE DES ÉCOLES`), OCR digits inside the street's own words (`SK0LEVEJ 4`,
`K0ULUKATU 9`, `MILL LANF`), abbreviated types (`C/ MAYOR`, `P.ZZA`, `AV.`, `STR.`, `UL.`, `BD`,
`TRAV.`), units after the number (`3º IZQ`, `ST. TH.`, `A 4`, `M. 5`, `LGH 1201`, `FLAT 2`), the
postcode and town alone on the next line, and births in register rows under a column header
that holds the birth word (`NR. NAME ADRESSE GEB.`), the row itself without a label.

Look-alikes as NEG_ spans, about as many as the values: lines shaped like streets (`PLOT 45`,
`GATE 3`, `BAY 12`, `ROOM 4`, `FLOOR 2`, `PITCH 17`, `DOCK 5`), firms named like streets
(`12 HIGH STREET DENTAL`, `VIA ROMA MOBILI SRL`), column headers, products (sofas, cars,
caravans), vehicle registrations and permit numbers, and issue, expiry, admission, leaving,
death and appointment dates in the same register rows (a third with the same OCR letters as a
birth). Every record is a request body of one of the block APIs (gen_scan_common.scan_records), a
third with non-ASCII as \\uXXXX. Deterministic; stdlib only. Names, labels and the OCR helpers are
scan55's (gen_scan55.py); the streets, headers and domains are new."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import write_json, run_plan  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5757)

import gen_scan55  # noqa: E402

gen_scan55.rng = rng
gen_scan55.gen_scan54.rng = rng  # (scan55 takes its shared helpers from scan54)
from gen_scan55 import (  # noqa: E402
    L, LANGS, SEPS, ISSUE, EXPIRY, DEATH, JOIN, misread_label, misread, ocr_digits, Person,
    other_date, refno, amount, R, DOCS, done,
)

# ---- streets ({n} the house number; number first where the country prints it so, and where a
# form's column puts it first) ----------------------------------------------------------------
ST57 = {
    "en": ["{n} HIGH STREET", "{n} MILL LANE", "{n} ST. JOHN'S ROAD", "{n} NORTHGATE", "FLAT {u} {n} ROWAN CLOSE",
           "{n} STATION RD", "{n} KINGSWAY", "{n} ORCHARD WAY", "{n}A THE GREEN"],
    "de": ["HAUPTSTR. {n}", "{n} LINDENALLEE", "BERGSTR. {n} A", "AM SONNENHANG {n}", "POSTSTRASSE {n}",
           "FRIEDHOFSTR. {n}", "TALWEG {n}, WHG. {u}", "ROSENGASSE {n}"],
    "fr": ["{n} AV. DU GÉNÉRAL LECLERC", "{n} RUE DES ÉCOLES", "{n} BD DE LA LIBERTÉ", "{n} BIS RUE DU CHÂTEAU",
           "{n} CHEMIN DU MOULIN", "{n} RTE DE LYON", "{n} AV. FOCH", "{n} PL. DE L'ÉGLISE"],
    "nl": ["KERKSTRAAT {n}", "{n} MOLENWEG", "NIEUWE GRACHT {n}", "BURG. DE VLUGTLAAN {n}", "LAAN V. MEERDERVOORT {n}",
           "KLOOSTERSTR. {n}", "HOOGSTRAAT {n}-{u}"],
    "es": ["C/ MAYOR {n}", "C/ SOL {n}, {u}º IZQ", "AVDA. DE LA PAZ {n}", "C/ SAN ROQUE {n} BAJO",
           "PZA. DEL AYUNTAMIENTO {n}", "CTRA. DE VALENCIA KM {n}", "C/ ALFÉREZ PROVISIONAL {n} {u}º D"],
    "it": ["P.ZZA GARIBALDI {n}", "VIA ROMA {n}", "V.LE DEI PINI {n}", "VIA XX SETTEMBRE {n}", "C.SO CAVOUR {n}",
           "VIA G. VERDI {n}/{u}", "P.ZZA DEL DUOMO {n}", "VICOLO CORTO {n}"],
    "pt": ["R. DA ALEGRIA {n}", "AV. DOS ALIADOS {n}", "RUA DO SOL {n} {u}º DTO", "TRAV. DA FONTE {n}",
           "LG. DA MATRIZ {n}", "ESTR. DE BENFICA {n}", "RUA 25 DE ABRIL {n}"],
    "pl": ["UL. OGRODOWA {n}", "UL. 3 MAJA {n} M. {u}", "AL. JANA PAWŁA II {n}", "UL. KRÓTKA {n}/{u}",
           "PL. WOLNOŚCI {n}", "UL. SIENKIEWICZA {n}", "OS. KOPERNIKA {n}"],
    "cs": ["TYRŠOVA {n}", "NA PŘÍKOPĚ {n}", "NÁM. MÍRU {n}", "SOKOLSKÁ {n}/{u}", "U POTOKA {n}",
           "ŠKOLNÍ {n}", "PALACKÉHO {n}"],
    "hu": ["PETŐFI S. U. {n}", "KOSSUTH LAJOS UTCA {n}", "BAJCSY-ZSILINSZKY ÚT {n}", "DÓZSA GY. ÚT {n}",
           "ADY ENDRE U. {n}. {u}/{u}", "FŐ TÉR {n}", "VÁCI U. {n}"],
    "tr": ["ATATÜRK BLV. NO {n}", "İNÖNÜ CAD. NO:{n}", "GÜL SOK. NO {n} D:{u}", "İSTİKLAL CAD. {n}",
           "YILDIZ SK. {n}/{u}", "KORDON BOYU {n}", "FATİH MAH. OKUL SOK. {n}"],
    "ro": ["STR. FLORILOR NR. {n}", "B-DUL DACIA {n}", "STR. A. I. CUZA {n}, AP. {u}", "CALEA DOROBANȚILOR {n}",
           "ȘOS. NORDULUI {n}", "STR. PRIMĂVERII {n}", "INTR. VIILOR {n}"],
    "el": ["ODOS ERMOU {n}", "LEOF. SYNGROU {n}", "ODOS THISEOS {n}", "ODOS IPPOKRATOUS {n}", "PL. OMONOIAS {n}",
           "LEOF. ALEXANDRAS {n}", "ODOS KOLOKOTRONI {n}"],
    "sv": ["STORGATAN {n}", "SKOLGATAN {n}, LGH 1{u}02", "KUNGSVÄGEN {n}", "BJÖRKVÄGEN {n} B", "TORGET {n}",
           "DROTTNINGGATAN {n}", "VÄSTRA VÄGEN {n}"],
    "fi": ["KOULUKATU {n}", "PUISTOTIE {n} A {u}", "ASEMAKATU {n}", "KOIVUKUJA {n} B", "HAMEENTIE {n}",
           "KAUPPAKATU {n} C {u}", "MÄNTYTIE {n}"],
    "da": ["SKOLEVEJ {n}", "HOVEDGADEN {n}, ST. TH.", "KONGENSGADE {n}, {u}. TV.", "BØGEVEJ {n}", "TORVET {n}",
           "ÅBOULEVARDEN {n}", "VESTERGADE {n}, 1. SAL"],
    "no": ["STORGATA {n}", "KONGENS GATE {n}", "SKOGVEIEN {n} B", "TORGET {n}", "BJØRKEVEIEN {n}",
           "DRONNINGENS GATE {n}", "FJORDVEIEN {n} H0{u}01"],
}
PC57 = {
    "en": ["BATH BA1 2QH", "HULL HU5 3EE", "CARDIFF CF10 1AB", "OXFORD OX4 1YB"],
    "de": ["79098 FREIBURG", "01067 DRESDEN", "50667 KÖLN", "93047 REGENSBURG"],
    "fr": ["35000 RENNES", "31000 TOULOUSE", "69003 LYON", "21000 DIJON"],
    "nl": ["3511 LK UTRECHT", "9711 HM GRONINGEN", "5611 AB EINDHOVEN"],
    "es": ["41001 SEVILLA", "50001 ZARAGOZA", "46002 VALENCIA", "48001 BILBAO"],
    "it": ["37121 VERONA", "50122 FIRENZE", "80134 NAPOLI", "35122 PADOVA"],
    "pt": ["4000-322 PORTO", "8000-138 FARO", "3810-193 AVEIRO"],
    "pl": ["31-042 KRAKÓW", "80-831 GDAŃSK", "50-101 WROCŁAW", "61-772 POZNAŃ"],
    "cs": ["602 00 BRNO", "301 00 PLZEŇ", "779 00 OLOMOUC"],
    "hu": ["6720 SZEGED", "4024 DEBRECEN", "7621 PÉCS"],
    "tr": ["35210 İZMİR", "06420 ANKARA", "16010 BURSA"],
    "ro": ["400001 CLUJ-NAPOCA", "700028 IAȘI", "300011 TIMIȘOARA"],
    "el": ["54624 THESSALONIKI", "26221 PATRA", "71202 IRAKLIO"],
    "sv": ["753 20 UPPSALA", "411 19 GÖTEBORG", "211 22 MALMÖ"],
    "fi": ["33100 TAMPERE", "20100 TURKU", "90100 OULU"],
    "da": ["8000 AARHUS C", "5000 ODENSE C", "9000 AALBORG"],
    "no": ["5003 BERGEN", "7011 TRONDHEIM", "4006 STAVANGER"],
}
# Register headers with a birth word in one of the columns (the rows under them carry no label)
BHEAD = {
    "en": ["NO  PUPIL  ADDRESS  D.O.B.  ADMITTED", "REF  NAME  ADDRESS  BORN", "NAME / ADDRESS / DATE OF BIRTH / APPLIED"],
    "de": ["NR.  NAME, VORNAME  ANSCHRIFT  GEB.-DAT.  AUFNAHME", "LFD.  NAME  WOHNUNG  GEBOREN", "NAME | STRASSE | GEB. | EINTRITT"],
    "fr": ["N°  NOM PRÉNOM  ADRESSE  NÉ(E) LE  ENTRÉE", "NOM  DOMICILE  DATE NAISS.", "N° | NOM | ADRESSE | NAISSANCE"],
    "nl": ["NR  NAAM  ADRES  GEB.DAT.  INSCHRIJVING", "NAAM  WOONADRES  GEBOREN", "NR | NAAM | ADRES | GEB."],
    "es": ["Nº  APELLIDOS NOMBRE  DOMICILIO  F. NAC.  ALTA", "NOMBRE  DIRECCIÓN  NACIMIENTO", "Nº | ALUMNO | DOMICILIO | FECHA NAC."],
    "it": ["N.  COGNOME NOME  INDIRIZZO  DATA NASC.  ISCRIZIONE", "NOMINATIVO  RESIDENZA  NATO IL", "N. | ALUNNO | VIA | NASCITA"],
    "pt": ["Nº  NOME  MORADA  DATA NASC.  ADMISSÃO", "NOME  RESIDÊNCIA  NASCIDO", "Nº | NOME | MORADA | NASC."],
    "pl": ["LP.  NAZWISKO IMIĘ  ADRES  DATA UR.  PRZYJĘTY", "NAZWISKO  ADRES ZAM.  UR.", "LP. | IMIĘ I NAZWISKO | ADRES | DATA UR."],
    "cs": ["Č.  PŘÍJMENÍ JMÉNO  BYDLIŠTĚ  DAT. NAR.  PŘIJAT", "JMÉNO  ADRESA  NAROZEN", "Č. | JMÉNO | ADRESA | NAR."],
    "hu": ["SZ.  NÉV  LAKCÍM  SZÜL. IDŐ  FELVÉVE", "NÉV  CÍM  SZÜLETETT", "SZ. | NÉV | LAKCÍM | SZÜL."],
    "tr": ["NO  ADI SOYADI  ADRES  DOĞUM T.  KAYIT", "AD SOYAD  İKAMET  DOĞUM", "NO | ÖĞRENCİ | ADRES | D. TARİHİ"],
    "ro": ["NR.  NUME PRENUME  DOMICILIU  DATA NAȘTERII  ÎNSCRIS", "NUMELE  ADRESA  NĂSCUT", "NR. | ELEV | DOMICILIU | DATA N."],
    "el": ["A/A  ONOMATEPONYMO  DIEFTHYNSI  HM. GENNISIS  EGGRAFI", "ONOMA  ODOS  GENNISI", "A/A | MATHITIS | DIEFTHYNSI | GENN."],
    "sv": ["NR  NAMN  ADRESS  FÖDD  INSKRIVEN", "NAMN  BOSTAD  FÖDELSEDATUM", "NR | ELEV | ADRESS | FÖDD"],
    "fi": ["NRO  NIMI  OSOITE  SYNT.AIKA  ALOITTANUT", "NIMI  KATUOSOITE  SYNTYNYT", "NRO | OPPILAS | OSOITE | SYNT."],
    "da": ["NR.  NAVN  ADRESSE  FØDT  OPTAGET", "NAVN  BOPÆL  FØDSELSDATO", "NR. | ELEV | ADRESSE | FØDT"],
    "no": ["NR.  NAVN  ADRESSE  FØDT  INNSKREVET", "NAVN  BOSTED  FØDSELSDATO", "NR. | ELEV | ADRESSE | FØDT"],
}
# Register headers with no birth column (their dates are admissions, deaths, expiries)
NHEAD = ["NO  NAME  PLOT  APPLIED  OFFERED", "NR.  MITGLIED  STIMME  EINTRITT  AUSTRITT", "N°  PLACE  VÉHICULE  EXPIRE LE",
         "NR  STANDPLAATS  AANKOMST  VERTREK", "Nº  PARCELA  ALTA  BAJA", "N.  POSTO  ARRIVO  PARTENZA",
         "LP.  DZIAŁKA  ZŁOŻONO  PRZYDZIELONO", "PITCH  ARRIVED  DEPARTED  PAID", "PLATS  ANKOMST  AVRESA"]
ADDR57 = {"en": ["ADDRESS", "DELIVER TO", "PICK-UP ADDRESS", "HOME ADDR."], "de": ["ANSCHRIFT", "LIEFERADRESSE", "ABHOLADRESSE", "WOHNHAFT"],
          "fr": ["ADRESSE", "LIVRAISON", "ADRESSE DE PRISE EN CHARGE", "DOMICILE"], "nl": ["ADRES", "AFLEVERADRES", "OPHAALADRES", "WOONADRES"],
          "es": ["DOMICILIO", "DIRECCIÓN DE ENTREGA", "RECOGIDA EN", "DIRECCIÓN"], "it": ["INDIRIZZO", "CONSEGNA", "RITIRO PRESSO", "RESIDENTE IN"],
          "pt": ["MORADA", "ENTREGA", "RECOLHA", "RESIDÊNCIA"], "pl": ["ADRES", "ADRES DOSTAWY", "ADRES ODBIORU", "ZAM."],
          "cs": ["ADRESA", "DORUČENÍ", "VYZVEDNUTÍ", "BYDLIŠTĚ"], "hu": ["CÍM", "SZÁLLÍTÁSI CÍM", "FELVÉTELI CÍM", "LAKCÍM"],
          "tr": ["ADRES", "TESLİMAT ADRESİ", "ALINACAK ADRES", "İKAMET"], "ro": ["ADRESA", "LIVRARE", "PRELUARE DE LA", "DOMICILIU"],
          "el": ["DIEFTHYNSI", "PARADOSI", "PARALAVI", "KATOIKIA"], "sv": ["ADRESS", "LEVERANSADRESS", "HÄMTAS", "BOSTAD"],
          "fi": ["OSOITE", "TOIMITUSOSOITE", "NOUTO", "KOTIOSOITE"], "da": ["ADRESSE", "LEVERING", "AFHENTNING", "BOPÆL"],
          "no": ["ADRESSE", "LEVERINGSADRESSE", "HENTES", "BOSTED"]}
# Firms, shops and clinics named like a street (with a number in the name half the time)
FIRMS57 = ["12 HIGH STREET DENTAL", "VIA ROMA MOBILI SRL", "HAUPTSTRASSE 5 GARAGE GMBH", "RUE DES ÉCOLES TRAITEUR",
           "KERKSTRAAT MEUBELEN BV", "C/ MAYOR MUEBLES SL", "STORGATAN MÖBLER AB", "KOULUKADUN KALUSTE OY",
           "SKOLEVEJ TØMRER APS", "UL. OGRODOWA MEBLE SP. Z O.O.", "MILL LANE SURGERY", "80 AVENUE TAXIS",
           "PIAZZA GARIBALDI ARREDAMENTI", "ATATÜRK BLV. MOBİLYA", "KINGSWAY CARAVANS LTD", "NORTHGATE CLINIC"]
LOOK57 = ["PLOT 45", "GATE 3", "BAY 12", "ROOM 4", "FLOOR 2", "PITCH 17", "DOCK 5", "WARD 9", "LEVEL 2",
          "UNIT 14", "ROW 8", "BED 22", "SEAT 31", "LOCKER 16", "PLATFORM 4", "STAND 6", "BOX 210",
          "ROUTE 44", "LANE 3", "STOP 12"]
SOFAS = ["3-SEATER SOFA OAK", "WARDROBE 2-DOOR", "BED 160X200 + SLATS", "DINING TABLE 6P", "RECLINER CHAIR",
         "BOOKCASE 5 SHELF", "CHEST 4 DRAWERS"]
CARS = ["VW GOLF 1.6 TDI", "FORD FIESTA 1.0", "TOYOTA YARIS HYBRID", "SKODA OCTAVIA 2.0", "FIAT PANDA 1.2",
        "RENAULT CLIO IV", "VOLVO V70 D5"]
VANS57 = ["BAILEY PEGASUS 514", "HOBBY DE LUXE 460", "ADRIA ALTEA 472", "KNAUS SPORT 500", "SWIFT CHALLENGER 480"]
VOICES = ["SOPRANO 1", "ALTO 2", "TENOR 1", "BASS 2", "MEZZO", "BARITONE"]
ADMIT = ["ADMITTED", "AUFNAHME", "ENTRÉE", "INSCHRIJVING", "ALTA", "ISCRITTO", "ADMISSÃO", "PRZYJĘTY", "PŘIJAT",
         "FELVÉVE", "KAYIT", "ÎNSCRIS", "EGGRAFI", "INSKRIVEN", "ALOITTANUT", "OPTAGET", "INNSKREVET"]
LEFT = ["LEFT", "ABGANG", "SORTIE", "VERTREK", "BAJA", "USCITA", "SAÍDA", "SKREŚLONY", "ODCHOD", "KILÉPETT",
        "AYRILDI", "RETRAS", "APOCHORISI", "AVGÅNG", "ERONNUT", "UDMELDT", "UTMELDT"]
APPT = ["APPT", "TERMIN", "RDV", "AFSPRAAK", "CITA", "APPUNTAMENTO", "CONSULTA", "WIZYTA", "TERMÍN", "IDŐPONT",
        "RANDEVU", "PROGRAMARE", "RANTEVOU", "TID", "AIKA", "TID", "TIME"]
LI = {lg: i for i, lg in enumerate(LANGS)}


def neg_date(lg, y0=2018, y1=2027):
    """A date that is no birth, with the same OCR letters as a birth a third of the time."""
    return ocr_digits(other_date(lg, y0, y1), 0.33)


def ocr_inside(v, p=0.45):
    """With probability p one OCR confusion inside the street's words (not its number): O read
    as 0, I as 1 or l, E as F, S as 5, B as 8, rn for m; kept gold as printed."""
    if rng.random() >= p:
        return v
    cand = [i for i, c in enumerate(v) if c in "OIESBM" and i > 0 and v[i - 1].isalpha()]
    if not cand:
        return v
    i = rng.choice(cand)
    c = v[i]
    rep = {"O": "0", "I": rng.choice("1l"), "E": "F", "S": "5", "B": "8", "M": "RN"}[c]
    return v[:i] + rep + v[i + 1:]


def person(lg):
    p = Person(lg)
    p.st = rng.choice(ST57[lg]).replace("{n}", str(rng.randint(1, 240))).replace("{u}", str(rng.randint(1, 9)))
    p.pc = rng.choice(PC57[lg])
    return p


def capname(p, surfirst=False):
    return misread(p.full(surfirst), 0.2)


def pc_line(r, p, p_pc=0.75):
    """The postcode and town, alone on the next line most of the time."""
    if rng.random() < p_pc:
        r.t(rng.choice(["\n", "\n", "\n  ", ", ", "  "])).span("STREET_ADDRESS", p.pc)


def street(r, p, lab=True):
    """The street after or under its (often misread) label, or bare, and its postcode line."""
    if lab:
        w = rng.choice(ADDR57[r.lg])
        if rng.random() < 0.35:
            w = misread_label(w)
        r.t(w + rng.choice(SEPS + [": ", ":\n", "\n"]))
    r.val("STREET_ADDRESS", ocr_inside(p.st))
    pc_line(r, p)


def look(r):
    r.span("NEG_LABEL", rng.choice(LOOK57))


def delivery(lg):
    """A faxed furniture-delivery sheet: the customer, the delivery street and postcode line, the
    items, the bay and floor, the shop named like a street, the slot date."""
    r, p = R(lg, "delivery"), person(lg)
    r.t("FAX %s  " % other_date(lg)).span("NEG_ORG", rng.choice(FIRMS57)).t("  P.1\n")
    r.t(rng.choice(["DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON", "AFLEVERBON", "ALBARÁN", "BOLLA DI CONSEGNA", "DOSTAWA"]) + " ").span("NEG_ID", refno()).t("\n")
    r.lab("name").val("PERSON", capname(p)).t("\n")
    street(r, p)
    r.t("\n")
    for _ in range(rng.randint(1, 2)):
        r.span("NEG_PRODUCT", rng.choice(SOFAS)).t(rng.choice(SEPS)).span("NEG_AMOUNT", amount()).t("\n")
    look(r)
    r.gap()
    r.span("NEG_LABEL", rng.choice(["FLOOR 2", "FLOOR 4", "LEVEL 3", "LIFT NO"])).t("\n")
    r.t(rng.choice(["SLOT ", "LIEFERTERMIN ", "CRÉNEAU ", "LEVERDATUM ", "ENTREGA "])).span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def admissions(lg):
    """A microfilmed school admission register: a header row with the birth word, then a row per
    pupil (number, name, street, birth, admission date), no label on the rows."""
    r = R(lg, "admissions")
    r.span("NEG_TITLE", rng.choice(["ADMISSION REGISTER", "SCHÜLERVERZEICHNIS", "REGISTRE MATRICULE", "LEERLINGENREGISTER", "REGISTRO DE MATRÍCULA", "REGISTRO ISCRIZIONI", "KSIĘGA UCZNIÓW", "ELEVREGISTER"])).gap().span("NEG_DATE", str(rng.randint(1955, 2005))).t("\n")
    r.span("NEG_LABEL", rng.choice(BHEAD[lg])).t("\n")
    sep = rng.choice(["  ", "   ", " | ", " ¦ ", "\t", " . "])
    order = rng.randrange(3)
    for i in range(rng.randint(3, 5)):
        p = person(lg)
        r.t("%d%s" % (rng.randint(1, 400), rng.choice([" ", ". ", "  "])))
        r.span("PERSON", capname(p, rng.random() < 0.6)).t(sep)
        if order == 0:
            r.span("STREET_ADDRESS", ocr_inside(p.st)).t(sep).span("DATE_OF_BIRTH", p.dob()).t(sep).span("NEG_DATE", neg_date(lg, 1960, 2010))
        elif order == 1:
            r.span("DATE_OF_BIRTH", p.dob()).t(sep).span("STREET_ADDRESS", ocr_inside(p.st)).t(sep).span("NEG_DATE", neg_date(lg, 1960, 2010))
        else:
            r.span("STREET_ADDRESS", ocr_inside(p.st)).t(sep).span("DATE_OF_BIRTH", p.dob())
        r.t("\n")
    done(r)


def parking(lg):
    """An OCR'd residents' parking-permit renewal: the holder, the street (number first where the
    country prints it so), the car and its registration, the zone and bay, issue and expiry."""
    r, p = R(lg, "parking"), person(lg)
    r.span("NEG_TITLE", rng.choice(["RESIDENT PERMIT RENEWAL", "BEWOHNERPARKAUSWEIS", "CARTE DE STATIONNEMENT RÉSIDENT", "PARKEERVERGUNNING", "TARJETA DE RESIDENTE", "PERMESSO SOSTA RESIDENTI"])).t("   ").span("NEG_ID", "%s %d/%d" % (rng.choice(["PAGE", "SEITE", "P."]), 1, 1)).t("\n")
    r.lab("name").val("PERSON", capname(p)).t("\n")
    street(r, p, rng.random() < 0.7)
    r.t("\n")
    r.span("NEG_PRODUCT", rng.choice(CARS)).gap().span("NEG_ID", "%s%02d %s" % (rng.choice(["AB", "KL", "MZ", "PX"]), rng.randrange(100), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))).t("\n")
    r.t(rng.choice(["ZONE ", "ZONA ", "SECTEUR "])).span("NEG_LABEL", rng.choice(["K", "B4", "12", "NORD"])).gap()
    look(r)
    r.t("\n")
    r.t(rng.choice(ISSUE) + " ").span("NEG_DATE", neg_date(lg)).gap().t(rng.choice(EXPIRY) + " ").span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def allotment(lg):
    """A scanned allotment waiting list: rows of name, street, date applied; the plot numbers."""
    r = R(lg, "allotment")
    r.span("NEG_TITLE", rng.choice(["ALLOTMENT WAITING LIST", "WARTELISTE KLEINGARTEN", "LISTE D'ATTENTE JARDINS", "WACHTLIJST VOLKSTUINEN", "LISTA DE ESPERA HUERTOS", "LISTA DZIAŁEK", "KOLONILOTT KÖ"])).t("\n")
    if rng.random() < 0.6:
        r.span("NEG_LABEL", rng.choice(NHEAD)).t("\n")
    sep = rng.choice(["  ", "   ", " | ", " ~ ", "\t"])
    for i in range(rng.randint(3, 4)):
        p = person(lg)
        r.t("%d%s" % (i + 1, rng.choice([". ", " ", ") "])))
        r.span("PERSON", capname(p, rng.random() < 0.5)).t(sep).span("STREET_ADDRESS", ocr_inside(p.st)).t(sep)
        r.span("NEG_DATE", neg_date(lg, 2012, 2026))
        if rng.random() < 0.5:
            r.t(sep).span("NEG_LABEL", rng.choice(["PLOT 45", "PLOT %d" % rng.randint(2, 99), "PLOT %dA" % rng.randint(2, 60)]))
        r.t("\n")
    done(r)


def transport(lg):
    """A faxed hospital transport booking: the patient and birth, the pick-up street under its
    label with the postcode line, the clinic and ward, the appointment date."""
    r, p = R(lg, "transport"), person(lg)
    r.t("%s %02d:%02d  " % (other_date(lg), rng.randint(6, 20), rng.randrange(60))).span("NEG_ORG", rng.choice(["PATIENT TRANSPORT SERVICE", "KRANKENFAHRDIENST", "TRANSPORT SANITAIRE", "ZIEKENVERVOER", "TRANSPORTE SANITARIO", "TRASPORTO SANITARIO", "SJUKRESOR"])).t("\n")
    r.lab("name").val("PERSON", capname(p)).gap()
    r.lab("dob", p=0.6, colon=0.1).span("DATE_OF_BIRTH", p.dob()).t("\n")
    street(r, p)
    r.t("\n")
    r.t(rng.choice(["TO ", "ZIEL ", "DESTINATION ", "NAAR ", "DESTINO "])).span("NEG_ORG", rng.choice(["NORTHGATE CLINIC", "MILL LANE SURGERY", "KLINIKUM AM SEE", "CHU PONTCHAILLOU", "AMC AMSTERDAM", "HOSPITAL DEL MAR"])).gap()
    r.span("NEG_LABEL", rng.choice(["WARD 9", "ROOM 4", "GATE 3", "LEVEL 2", "BED 22"])).t("\n")
    r.t(rng.choice(APPT) + " ").span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def caravan(lg):
    """A scanned caravan-site register: pitch, guest, home street run together with the postcode
    and town, the caravan, arrival; sometimes the header holds a birth column."""
    r = R(lg, "caravan")
    r.span("NEG_TITLE", rng.choice(["CARAVAN SITE REGISTER", "CAMPINGPLATZ MELDEBUCH", "REGISTRE DU CAMPING", "CAMPINGREGISTER", "REGISTRO DE CAMPING", "REGISTRO CAMPEGGIO", "CAMPINGREGISTER"])).gap().span("NEG_ID", "%s %d" % (rng.choice(["PAGE", "SEITE", "BLATT"]), rng.randint(2, 40))).t("\n")
    births = rng.random() < 0.5
    r.span("NEG_LABEL", rng.choice(BHEAD[lg]) if births else rng.choice(NHEAD)).t("\n")
    sep = rng.choice(["  ", "   ", " | ", " ¦ ", "\t"])
    for i in range(rng.randint(2, 4)):
        p = person(lg)
        r.span("NEG_LABEL", "PITCH %d" % rng.randint(1, 120) if rng.random() < 0.5 else rng.choice(LOOK57)).t(sep)
        r.span("PERSON", capname(p, rng.random() < 0.5)).t(sep).span("STREET_ADDRESS", ocr_inside(p.st))
        r.t(rng.choice([", ", "  ", " "])).span("STREET_ADDRESS", p.pc).t(sep)
        if births:
            r.span("DATE_OF_BIRTH", p.dob()).t(sep)
        r.span("NEG_PRODUCT", rng.choice(VANS57)).t(sep).span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def choir(lg):
    """An OCR'd choir membership card: the member, born, the street with the postcode line, the
    voice part, joined date; a repeated page header at the second card."""
    r = R(lg, "choir")
    for k in range(rng.randint(1, 2)):
        p = person(lg)
        if k:
            r.newpage(2, 2)
        r.span("NEG_ORG", rng.choice(["ST CECILIA CHORAL SOCIETY", "GESANGVEREIN LIEDERKRANZ 1862", "CHORALE SAINT-MICHEL", "KAMERKOOR CANTABILE", "ORFEÓN DONOSTIARRA", "CORALE SAN GIORGIO", "CHÓR MĘSKI HARFA"])).gap()
        r.span("NEG_TITLE", rng.choice(["MEMBERSHIP CARD", "MITGLIEDSKARTE", "CARTE DE MEMBRE", "LIDMAATSCHAPSKAART", "CARNÉ DE SOCIO"])).t("\n")
        r.lab("name").val("PERSON", capname(p)).t("\n")
        r.lab("dob", p=0.6, colon=0.1).span("DATE_OF_BIRTH", p.dob()).t("\n")
        street(r, p, rng.random() < 0.6)
        r.t("\n").span("NEG_LABEL", rng.choice(VOICES)).gap().t(rng.choice(JOIN) + " ").span("NEG_DATE", neg_date(lg, 1990, 2026)).t("\n")
    done(r)


def lookalike(lg):
    """Pages in the same shapes with no person: lines like streets, firms named like streets,
    headers, registers of deaths, admissions and expiries."""
    r = R(lg, "lookalike")
    r.span("NEG_ORG", rng.choice(FIRMS57)).t("\n")
    r.span("NEG_LABEL", rng.choice(NHEAD)).t("\n")
    sep = rng.choice(["  ", " | ", "\t", "   "])
    for _ in range(rng.randint(3, 5)):
        k = rng.randrange(6)
        if k == 0:
            r.span("NEG_ORG", rng.choice(FIRMS57)).t(sep).span("NEG_ID", refno())
        elif k == 1:
            look(r)
            r.t(sep)
            look(r)
        elif k == 2:
            r.span("NEG_PRODUCT", rng.choice(SOFAS + CARS + VANS57)).t(sep).span("NEG_AMOUNT", amount())
        elif k == 3:
            r.t("%d. " % rng.randint(1, 99)).span("NEG_LABEL", rng.choice(LOOK57)).t(sep).span("NEG_DATE", neg_date(lg, 1950, 2020)).t(sep).span("NEG_DATE", neg_date(lg))
        elif k == 4:
            r.t(rng.choice(DEATH) + " ").span("NEG_DATE", neg_date(lg, 1980, 2024)).t(sep + ADMIT[LI[lg]] + " ").span("NEG_DATE", neg_date(lg, 1950, 2020))
        else:
            r.t(LEFT[LI[lg]] + " ").span("NEG_DATE", neg_date(lg)).t(sep).span("NEG_LABEL", rng.choice(LOOK57))
        r.t("\n")
    done(r)


ASKS = ["Type this faxed sheet into the booking system.", "Clean up this OCR and give me a table.",
        "Extract every name, street and date of birth from this scan.", "What does this register page say?",
        "Bitte diese eingescannte Liste abtippen.", "Peux-tu transcrire cette fiche scannée ?",
        "Zet deze gescande lijst in een spreadsheet.", "Trascrivi questo fax, per favore."]
PLAN = [(delivery, 60), (admissions, 70), (parking, 55), (allotment, 45), (transport, 60), (caravan, 55),
        (choir, 50), (lookalike, 60)]


def main():
    run_plan(PLAN, LANGS, 5)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


if __name__ == "__main__":
    main()
