#!/usr/bin/env python3
"""gen_scan59.py: streets, births and phones in scanned, faxed and OCR'd forms (branch scan59).
A tune set, written and committed before hush was run on it, from the twenty-fourth blind set's
public brief (its scanned family) and my own idea of what OCR makes of such forms, in the brief's
domains: faxed delivery orders, scanned bus-pass applications, microfilmed friendly-society
ledgers, OCR'd raffle stubs, faxed care-home medication charts, trade-account forms, ferry
check-in sheets, pharmacy-to-surgery faxes; 17 languages, capitals and mixed case.

Values: streets, births and phones (and the names beside them, PERSON) under labels OCR misread
(`ADDRE5S`, `ANSCHR1FT`, `D0B`, `GEB.DAT`, `DATE 0F BIRTH`, `NE LE`, `TEL3FON`), fields run
together on one line with stray `| ¦ ~ :: _` between them, a two-column form read row by row (a
label's value on the next line, or after the other column's label), a street split by a line-end
hyphen or a line break (each visible piece its own span, as the brief says), the postcode and
town its own span, O/0, l/1, S/5, B/8 swaps inside dates, house numbers and phones (gold as
printed), dates spaced out (`14 . 07 . 1976`, `14 O7 1976`), and fax headers (`FROM: +44 ...
12/03/2024 14:02 P.002/003`: the sender's number a PHONE, the stamp and the counter look-alikes)
repeated where a page starts, which may be inside a form.

Look-alikes as NEG_ spans, one for every value: dates under misread issue, expiry, delivery,
dispensing and sailing labels and fax stamps (NEG_DATE, with the same OCR swaps), reference,
account, order and form numbers grouped like phones (NEG_ID), page counters (NEG_PAGE), ward,
bed, room, deck, cabin, lane, vehicle and ticket numbers (NEG_LABEL). Request bodies of the four
APIs' block shapes (gen_scan_common.scan_records), a third \\uXXXX. Deterministic; stdlib only:
python3 gen_scan59.py > data/scan59.json
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import run_plan, write_json  # noqa: E402
from gen_scan_common import ScanDoc, scan_records  # noqa: E402

rng = random.Random(5959)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "cs", "sv", "da", "no", "fi", "hu", "tr", "ro", "el"]

# ---- labels (misread at draw time) ---------------------------------------------------------------
NAME_L = {"en": ["NAME", "APPLICANT", "CUSTOMER"], "de": ["NAME", "KUNDE", "ANTRAGSTELLER"],
          "fr": ["NOM", "CLIENT"], "nl": ["NAAM", "KLANT"], "es": ["NOMBRE", "TITULAR"],
          "it": ["NOME E COGNOME", "SOCIO"], "pt": ["NOME", "UTENTE"], "pl": ["IMIĘ I NAZWISKO", "KLIENT"],
          "cs": ["JMÉNO", "ŽADATEL"], "sv": ["NAMN", "KUND"], "da": ["NAVN", "KUNDE"], "no": ["NAVN", "KUNDE"],
          "fi": ["NIMI", "ASIAKAS"], "hu": ["NÉV", "ÜGYFÉL"], "tr": ["ADI SOYADI", "MÜŞTERİ"],
          "ro": ["NUME", "CLIENT"], "el": ["ONOMA", "PELATIS"]}
ADDR_L = {"en": ["ADDRESS", "HOME ADDRESS", "DELIVER TO"], "de": ["ANSCHRIFT", "ADRESSE", "LIEFERANSCHRIFT"],
          "fr": ["ADRESSE", "DOMICILE"], "nl": ["ADRES", "WOONADRES"], "es": ["DIRECCIÓN", "DOMICILIO"],
          "it": ["INDIRIZZO", "RESIDENZA"], "pt": ["MORADA", "ENDEREÇO"], "pl": ["ADRES", "ADRES ZAMIESZKANIA"],
          "cs": ["ADRESA", "BYDLIŠTĚ"], "sv": ["ADRESS", "GATUADRESS"], "da": ["ADRESSE", "BOPÆL"],
          "no": ["ADRESSE", "BOSTED"], "fi": ["OSOITE", "LÄHIOSOITE"], "hu": ["CÍM", "LAKCÍM"],
          "tr": ["ADRES", "İKAMETGAH"], "ro": ["ADRESA", "DOMICILIU"], "el": ["DIEFTHYNSI", "ΔΙΕΥΘΥΝΣΗ"]}
DOB_L = {"en": ["DATE OF BIRTH", "DOB", "D.O.B.", "BORN"], "de": ["GEB.DAT.", "GEBURTSDATUM", "GEB.", "GEBOREN AM"],
         "fr": ["NÉ LE", "NÉE LE", "DATE DE NAISSANCE", "DATE NAISS."], "nl": ["GEB.DATUM", "GEBOORTEDATUM"],
         "es": ["FECHA DE NACIMIENTO", "F. NAC.", "FECHA NAC."], "it": ["DATA DI NASCITA", "NATO IL", "DATA NASC."],
         "pt": ["DATA DE NASCIMENTO", "DATA NASC."], "pl": ["DATA URODZENIA", "DATA UR."],
         "cs": ["DATUM NAROZENÍ", "DAT. NAR."], "sv": ["FÖDELSEDATUM", "FÖDD"], "da": ["FØDSELSDATO", "FØDT"],
         "no": ["FØDSELSDATO", "FØDT"], "fi": ["SYNTYMÄAIKA", "SYNT."], "hu": ["SZÜLETÉSI DÁTUM", "SZÜL. IDŐ"],
         "tr": ["DOĞUM TARİHİ", "D. TARİHİ"], "ro": ["DATA NAȘTERII", "DATA N."], "el": ["HM. GENNISIS", "ΗΜ. ΓΕΝΝΗΣΗΣ"]}
TEL_L = {"en": ["TEL", "PHONE", "MOBILE"], "de": ["TEL.", "TELEFON", "HANDY"], "fr": ["TÉL.", "PORTABLE"],
         "nl": ["TEL.", "TELEFOON", "MOBIEL"], "es": ["TELÉFONO", "TFNO.", "MÓVIL"], "it": ["TEL.", "CELLULARE"],
         "pt": ["TELEFONE", "TELEMÓVEL"], "pl": ["TEL.", "TELEFON"], "cs": ["TEL.", "TELEFON", "MOBIL"],
         "sv": ["TEL", "MOBIL"], "da": ["TLF.", "MOBIL"], "no": ["TLF", "MOBIL"], "fi": ["PUH.", "PUHELIN"],
         "hu": ["TEL.", "TELEFONSZÁM"], "tr": ["TEL", "CEP TEL."], "ro": ["TEL.", "TELEFON"], "el": ["TIL.", "ΤΗΛ."]}
# Dates that are no births: issue, expiry, delivery, dispensing, sailing (one set for all languages)
OTHER_L = ["ISSUE DATE", "EXPIRY", "VALID UNTIL", "DELIVERY DATE", "AUSGESTELLT", "GÜLTIG BIS", "LIEFERTERMIN",
           "DATE D'ÉMISSION", "EXPIRE LE", "AFGIFTEDATUM", "GELDIG TOT", "FECHA EMISIÓN", "CADUCA",
           "DATA RILASCIO", "SCADENZA", "DATA EMISSÃO", "DATA WYDANIA", "WAŻNY DO", "PLATNOST DO",
           "UTFÄRDAD", "GYLDIG TIL", "UDSTEDT", "VOIMASSA", "ÉRVÉNYES", "GEÇERLİLİK", "VALABIL PÂNĂ LA",
           "ISXYEI EOS", "DISPENSED", "ABGEGEBEN", "SAILING", "ABFAHRT", "DÉPART", "JOINED", "PAID ON"]
CONF = {"O": ["0", "Q"], "I": ["1", "l"], "S": ["5"], "B": ["8"], "E": ["3", "F"], "M": ["RN", "N"],
        "N": ["H", "RN"], "A": ["4"], "D": ["O"], "T": ["7"], "G": ["6"], "H": ["N"], "R": ["K"]}
SEP = [": ", ":", " : ", " | ", " ¦ ", " ~ ", " :: ", " _ ", "  ", "\t", " . ", " .. ", " ; ", " :_ "]


def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def misread(lab, p=0.65):
    """A label as OCR reads it: diacritics lost a third of the time, one letter confused."""
    if rng.random() < 0.33:
        lab = strip_marks(lab)
    if rng.random() < p:
        idx = [i for i, c in enumerate(lab) if c.upper() in CONF]
        if idx:
            i = rng.choice(idx)
            lab = lab[:i] + rng.choice(CONF[lab[i].upper()]) + lab[i + 1:]
    return lab


DSWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr(s, p):
    """Each 0 1 5 8 in s read as O l S B with probability p."""
    return "".join(DSWAP[c] if c in DSWAP and rng.random() < p else c for c in s)


# ---- streets: {n} the house number --------------------------------------------------------------
STREETS = {
    "en": ["{n} Victoria Road", "{n} Brook Lane", "Flat {u}, {n} Kelvin Court", "{n} Market Place",
           "{n} Albion Terrace", "{n}B Cromwell Street"],
    "de": ["Lindenstraße {n}", "Am Mühlbach {n}", "Kirchweg {n} a", "Goethestr. {n}", "Schillerplatz {n}",
           "Eichendorffweg {n}"],
    "fr": ["{n} rue Victor Hugo", "{n}, avenue Jean Jaurès", "{n} impasse des Lilas", "{n} bis rue Pasteur",
           "{n} chemin de la Croix", "{n} allée des Tilleuls"],
    "nl": ["Dorpsstraat {n}", "Prinsengracht {n}-{u}", "Wilhelminalaan {n}", "Beukenlaan {n} A", "Molensingel {n}"],
    "es": ["Calle Real {n}", "C/ Cervantes {n}, {u}º", "Avda. de Andalucía {n}", "Paseo del Prado {n}",
           "Calle Alcalá {n}, {u}º dcha"],
    "it": ["Via Mazzini {n}", "Via dei Mille {n}", "Viale Trieste {n}/{u}", "Corso Italia {n}", "Piazza Dante {n}"],
    "pt": ["Rua Augusta {n}", "Av. da República {n}, {u}º", "Rua de Santa Catarina {n}", "Travessa do Carmo {n}"],
    "pl": ["ul. Mickiewicza {n}", "ul. Długa {n}/{u}", "al. Niepodległości {n}", "ul. Polna {n} m. {u}"],
    "cs": ["Husova {n}", "Masarykova {n}/{u}", "Nádražní {n}", "Jiráskova {n}"],
    "sv": ["Storgatan {n}", "Kungsgatan {n} B", "Björkvägen {n}", "Hamngatan {n}, lgh 1{u}01"],
    "da": ["Nørregade {n}", "Østergade {n}, {u}. th.", "Havnevej {n}", "Kirkestræde {n}"],
    "no": ["Storgata {n}", "Kirkeveien {n} B", "Parkveien {n}", "Sjøgata {n}"],
    "fi": ["Mannerheimintie {n}", "Rantakatu {n} B {u}", "Kirkkokatu {n}", "Koivutie {n}"],
    "hu": ["Rákóczi út {n}", "Petőfi Sándor utca {n}", "Szabadság tér {n}", "Kossuth u. {n}. {u}/{u}"],
    "tr": ["Cumhuriyet Cad. No: {n}", "Gazi Sok. No:{n} D:{u}", "Bağdat Caddesi {n}", "Menekşe Sk. {n}/{u}"],
    "ro": ["Str. Mihai Eminescu nr. {n}", "Bd. Unirii {n}, ap. {u}", "Calea Victoriei {n}", "Str. Lalelelor {n}"],
    "el": ["Odos Stadiou {n}", "Leof. Kifisias {n}", "Οδός Αιόλου {n}", "Λεωφ. Βασ. Σοφίας {n}"],
}
TOWNS = {"en": ["Leeds LS6 2AB", "Norwich NR2 4PH", "Exeter EX4 3SR"], "de": ["80331 München", "28195 Bremen",
         "44135 Dortmund"], "fr": ["44000 Nantes", "67000 Strasbourg", "59000 Lille"],
         "nl": ["2311 GJ Leiden", "6511 KL Nijmegen"], "es": ["29001 Málaga", "15001 A Coruña"],
         "it": ["10121 Torino", "16121 Genova"], "pt": ["1100-053 Lisboa", "4700-307 Braga"],
         "pl": ["90-001 Łódź", "20-001 Lublin"], "cs": ["370 01 České Budějovice", "460 01 Liberec"],
         "sv": ["702 10 Örebro", "581 83 Linköping"], "da": ["6700 Esbjerg", "7100 Vejle"],
         "no": ["9008 Tromsø", "3015 Drammen"], "fi": ["40100 Jyväskylä", "15110 Lahti"],
         "hu": ["9021 Győr", "3525 Miskolc"], "tr": ["07100 Antalya", "42060 Konya"],
         "ro": ["500001 Brașov", "310001 Arad"], "el": ["38221 Volos", "45221 Ioannina"]}
GIVEN = {"en": ["Margaret", "Trevor", "Shirley", "Dennis"], "de": ["Gisela", "Reinhard", "Ursula", "Dieter"],
         "fr": ["Monique", "Gérard", "Josiane", "Thierry"], "nl": ["Gerda", "Henk", "Ineke", "Kees"],
         "es": ["Remedios", "Ginés", "Encarna", "Fermín"], "it": ["Rosanna", "Ettore", "Loredana", "Bruno"],
         "pt": ["Fernanda", "Armando", "Graça", "Vítor"], "pl": ["Halina", "Zbigniew", "Bożena", "Ryszard"],
         "cs": ["Jiřina", "Miroslav", "Zdeňka", "Bohumil"], "sv": ["Birgitta", "Lennart", "Gunilla", "Bengt"],
         "da": ["Kirsten", "Preben", "Jytte", "Flemming"], "no": ["Solveig", "Arild", "Randi", "Terje"],
         "fi": ["Pirjo", "Seppo", "Marjatta", "Raimo"], "hu": ["Erzsébet", "Tibor", "Ilona", "Ferenc"],
         "tr": ["Ayşe", "Mehmet", "Hatice", "Hüseyin"], "ro": ["Viorica", "Gheorghe", "Mirela", "Dorin"],
         "el": ["Vasiliki", "Dimitrios", "Angeliki", "Panagiotis"]}
FAMILY = {"en": ["Hargreaves", "Pennington", "Mottram"], "de": ["Schwarzkopf", "Ebersberger", "Mittelstädt"],
          "fr": ["Lacombe", "Vasseur", "Delorme"], "nl": ["van Dongen", "Hoekstra", "Brouwer"],
          "es": ["Quintana", "Arroyo", "Benítez"], "it": ["Lombardo", "Ferraro", "Galli"],
          "pt": ["Magalhães", "Teixeira", "Pacheco"], "pl": ["Jabłońska", "Wieczorek", "Szczepański"],
          "cs": ["Dvořáková", "Beneš", "Pokorný"], "sv": ["Sandberg", "Wikström", "Ekholm"],
          "da": ["Kjærgaard", "Lauridsen", "Østergaard"], "no": ["Haugland", "Bakken", "Solheim"],
          "fi": ["Laaksonen", "Heikkinen", "Rautio"], "hu": ["Balogh", "Farkas", "Vörös"],
          "tr": ["Karaca", "Yurt", "Demirci"], "ro": ["Stanciu", "Moldovan", "Barbu"],
          "el": ["Karagiannis", "Vlachou", "Sotiriou"]}


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


PHONES = {"en": ["+44 7{a} {b}", "07{a} {b}", "(01{c}) {d} {e}"], "de": ["+49 1{f} {g}", "0{h} {g}", "0{c}/{g}"],
          "fr": ["06 {p} {p} {p} {p}", "+33 6 {p} {p} {p} {p}", "0{q} {p} {p} {p} {p}"],
          "nl": ["06-{g}", "0{c} {d} {e}", "+31 6 {g}"], "es": ["6{p} {d} {d}", "+34 6{p} {p} {p} {d}"],
          "it": ["3{p} {d} {e}", "0{q} {e} {e}"], "pt": ["9{p} {d} {d}", "+351 21 {d} {e}"],
          "pl": ["6{p} {d} {d}", "+48 22 {d} {p} {p}"], "cs": ["6{p} {d} {d}", "+420 7{p} {d} {d}"],
          "sv": ["07{q}-{d} {p} {p}", "08-{d} {d} {p}"], "da": ["{p} {p} {p} {p}", "+45 {p} {p} {p} {p}"],
          "no": ["4{p} {p} {d}", "+47 9{p} {p} {d}"], "fi": ["04{q} {d} {e}", "+358 40 {d} {e}"],
          "hu": ["+36 30 {d} {e}", "06 20 {d} {e}"], "tr": ["05{p} {d} {p} {p}", "+90 5{p} {d} {e}"],
          "ro": ["07{p} {d} {d}", "+40 7{p} {d} {d}"], "el": ["69{p} {d} {e}", "+30 210 {d} {e}"]}


def phone(lg, p_ocr=0.35):
    t = rng.choice(PHONES[lg])
    for k, n in (("a", 3), ("b", 6), ("c", 2), ("d", 3), ("e", 4), ("f", 2), ("g", 7), ("h", 3), ("p", 2),
                 ("q", 1)):
        while "{" + k + "}" in t:
            t = t.replace("{" + k + "}", digits(n), 1)
    return ocr(t, 0.2) if rng.random() < p_ocr else t


def birth():
    """A birth date as printed, OCR swaps in most."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1926, 2008)
    k = rng.randrange(7)
    if k == 0:
        s = "%02d . %02d . %d" % (d, m, y)
    elif k == 1:
        s = "%02d %02d %d" % (d, m, y)
    elif k == 2:
        s = "%d %s %d" % (d, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                              "DEC"][m - 1], y)
    else:
        s = "%02d%s%02d%s%d" % (d, "./-."[k - 3], m, "./-."[k - 3], y)
    return ocr(s, 0.3) if rng.random() < 0.7 else s


def stamp():
    """A fax or issue date with the birth's shapes and swaps, a recent year."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2026)
    s = rng.choice(["%02d/%02d/%d", "%02d.%02d.%d", "%02d . %02d . %d", "%02d-%02d-%d"]) % (d, m, y)
    return ocr(s, 0.25) if rng.random() < 0.5 else s


def lookid():
    """A number grouped like a phone that is none: account, order, form, reference."""
    k = rng.randrange(5)
    lab = rng.choice(["ACCT", "ACC. NO", "ORDER", "REF", "FORM", "KONTO", "AUFTR.", "RÉF.", "BESTELNR",
                      "PEDIDO", "ORDINE", "NR ZAM.", "ZAKÁZKA", "ORDERNR", "TILAUS", "RENDELÉS", "SİPARİŞ"])
    if k == 0:
        v = "%s %s %s" % (digits(4), digits(4), digits(2))
    elif k == 1:
        v = "%s-%s-%s" % (digits(3), digits(3), digits(4))
    elif k == 2:
        v = "%d/%s/%s" % (rng.randint(2019, 2026), digits(4), digits(3))
    elif k == 3:
        v = "%s %s %s" % (digits(2), digits(4), digits(4))
    else:
        v = "%s.%s.%s" % (digits(3), digits(3), digits(3))
    return lab, ocr(v, 0.15) if rng.random() < 0.3 else v


PLACES = ["WARD {u}", "BED {n}", "ROOM {n}", "DECK {u}", "CABIN {n}", "LANE {u}", "ZONE {u}", "BAY {n}",
          "STATION {u}", "GATE {u}", "ROW {n}", "SEAT {n}", "STAND {n}", "PIER {u}", "DOCK {u}", "FLOOR {u}"]
VEHICLES = ["AB12 CDE", "B-KM 4471", "GE-482-KL", "37-RTH-2", "1234 BCD", "FI 482 KL", "WX 55812",
            "4AB 1234", "ABC 123", "DK 41 883", "EL-12-48", "34 ABC 123", "B 123 XYZ", "IKA-1234"]


class Form(ScanDoc):
    rng = rng
    CAPS = 0.6
    GAPS = SEP
    BOXES = (["[X] "], ["[ ] "])
    SPLIT = (0.18, 0.34)
    HYPHENS = ["-\n", "-\n  ", "-\r\n", "- \n"]

    def __init__(self, lg, cls):
        ScanDoc.__init__(self, lg, cls)
        self.fax = phone(lg, 0.2)
        self.faxdate = None

    def c(self, s):
        return s.upper() if self.caps else s

    def header(self, page, pages):
        """The fax or microfilm header, repeated on every page."""
        if self.cls == "ledger":
            self.t("MICROFILM REEL %d  FRAME " % rng.randint(10, 99)).span("NEG_PAGE", "%04d" % rng.randint(1, 9999))
            return self.t("\n")
        if self.faxdate is None:
            self.faxdate = stamp()
        self.t(rng.choice(["FROM: ", "FROM ", "VON: ", "DE : ", "FAX "])).span("PHONE_NUMBER", self.fax).t("  ")
        self.span("NEG_DATE", self.faxdate).t(" %02d:%02d  " % (rng.randint(7, 19), rng.randint(0, 59)))
        return self.span("NEG_PAGE", "P.%03d/%03d" % (page, pages)).t("\n")

    def lab(self, table):
        """A label of the table, in capitals (also on half the mixed-case forms), misread."""
        raw = rng.choice(table[self.lg])
        return self.t(misread(raw.upper() if self.caps or rng.random() < 0.5 else raw.title()))

    def person(self):
        g, s = rng.choice(GIVEN[self.lg]), rng.choice(FAMILY[self.lg])
        v = ("%s, %s" % (s, g) if rng.random() < 0.3 else "%s %s" % (g, s))
        return self.span("PERSON", self.c(v))

    def street(self, town=True):
        n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 250)]))
        st = rng.choice(STREETS[self.lg]).replace("{n}", ocr(n, 0.25)).replace("{u}", str(rng.randint(1, 9)))
        self.val("STREET_ADDRESS", self.c(st))
        if town:
            self.t(rng.choice([", ", "\n", "  ", " ¦ ", "\n   "])).span("STREET_ADDRESS", self.c(rng.choice(TOWNS[self.lg])))
        return self

    def other_date(self):
        self.t(misread(self.c(rng.choice(OTHER_L))) + rng.choice(SEP))
        return self.span("NEG_DATE", stamp())

    def place(self):
        v = rng.choice(PLACES).replace("{n}", str(rng.randint(1, 60))).replace("{u}", str(rng.randint(1, 9)))
        return self.span("NEG_LABEL", ocr(v, 0.2) if rng.random() < 0.3 else v)

    def ref(self):
        lab, v = lookid()
        return self.t(misread(lab) + rng.choice(SEP)).span("NEG_ID", v)

    def field(self, what):
        """One labelled field: name, street, dob, tel, or a look-alike."""
        if what == "name":
            return self.lab(NAME_L).t(rng.choice(SEP)).person()
        if what == "addr":
            return self.lab(ADDR_L).t(rng.choice(SEP)).street()
        if what == "dob":
            return self.lab(DOB_L).t(rng.choice(SEP)).span("DATE_OF_BIRTH", birth())
        if what == "tel":
            return self.lab(TEL_L).t(rng.choice(SEP)).span("PHONE_NUMBER", phone(self.lg))
        if what == "date":
            return self.other_date()
        if what == "ref":
            return self.ref()
        return self.place()

    def runon(self, fields):
        """Fields run together on one line, stray marks between them."""
        for i, f in enumerate(fields):
            if i:
                self.t(rng.choice(["  ", " | ", " ¦ ", " ~ ", " :: ", " _ ", "   ", " || ", "\t"]))
            self.field(f)
        return self.t("\n")

    def twocol(self, left, right):
        """A two-column form read row by row: both labels, then both values on the next line, or
        the left value after the right label."""
        lv, rv = left, right
        if rng.random() < 0.5:
            self.lab(lv[0]).t(":" + " " * rng.randint(6, 20)).lab(rv[0]).t(":\n")
            lv[1]()
            self.t(" " * rng.randint(6, 16))
            rv[1]()
            return self.t("\n")
        self.lab(lv[0]).t(":" + " " * rng.randint(4, 12)).lab(rv[0]).t(rng.choice([": ", " "]))
        lv[1]()
        self.t("\n" + " " * rng.randint(0, 20))
        rv[1]()
        return self.t("\n")

    def v_name(self):
        return self.person()

    def v_addr(self):
        return self.street(town=False)

    def v_dob(self):
        return self.span("DATE_OF_BIRTH", birth())

    def v_tel(self):
        return self.span("PHONE_NUMBER", phone(self.lg))


DOCS = []
TITLE = {"delivery": ["DELIVERY ORDER", "LIEFERAUFTRAG", "BON DE LIVRAISON", "ORDEN DE ENTREGA"],
         "buspass": ["CONCESSIONARY BUS PASS APPLICATION", "ANTRAG SENIORENTICKET", "DEMANDE CARTE DE BUS"],
         "ledger": ["FRIENDLY SOCIETY LEDGER", "KRANKENKASSE MITGLIEDERBUCH", "SOCIETÀ DI MUTUO SOCCORSO"],
         "raffle": ["RAFFLE TICKET", "TOMBOLA", "LOTERÍA BENÉFICA", "LOTTERIA"],
         "medchart": ["MEDICATION ADMINISTRATION RECORD", "MEDIKATIONSPLAN", "FICHE DE TRAITEMENT"],
         "trade": ["TRADE ACCOUNT APPLICATION", "GEWERBEKUNDENKONTO", "OUVERTURE COMPTE PRO"],
         "ferry": ["FERRY CHECK-IN", "FÄHRE CHECK-IN", "EMBARQUEMENT FERRY", "FÆRGE CHECK-IN"],
         "pharmacy": ["PHARMACY TO SURGERY FAX", "APOTHEKE AN PRAXIS", "PHARMACIE - CABINET"]}


def start(lg, cls, pages):
    d = Form(lg, cls)
    d.newpage(1, pages)
    d.t(d.c(rng.choice(TITLE[cls])) + "  ").ref().t("\n")
    return d


def body(d, pages):
    """The fields in one of the form's layouts, a page break (its header) somewhere inside."""
    lay = rng.randrange(3)
    if lay == 0:
        d.runon(["name", "dob"] if rng.random() < 0.5 else ["name", "tel", "dob"])
        d.runon(["addr", "date"])
    elif lay == 1:
        d.twocol((NAME_L, d.v_name), (DOB_L, d.v_dob))
        d.twocol((ADDR_L, d.v_addr), (TEL_L, d.v_tel))
        d.span("STREET_ADDRESS", d.c(rng.choice(TOWNS[d.lg]))).t("\n")
    else:
        for f in ["name", "addr", "dob"]:
            d.field(f).t("\n")
    if pages > 1:
        d.newpage(2, pages)
    if rng.random() < 0.6:  # the patient or holder named again over the second part, with the birth
        d.t(rng.choice(["RE: ", "RE ", "BETR.: ", "OBJET: ", "", "PATIENT: "])).person().t(rng.choice(SEP))
        d.field("dob").t("\n")
    d.runon(["tel", "ref"])
    d.runon(["date", "place"])
    return d


def delivery(lg):
    d = start(lg, "delivery", 2)
    body(d, 2)
    d.t(d.c("GOODS") + ": 2 X PALLET  ").place().t("\n")
    d.t(d.c("VEHICLE") + rng.choice(SEP)).span("NEG_LABEL", rng.choice(VEHICLES)).t("\n")
    DOCS.append(d)


def buspass(lg):
    d = start(lg, "buspass", 1)
    body(d, 1)
    d.t(d.c("PROOF OF AGE SEEN") + " [X]  ").other_date().t("\n")
    d.t(d.c("PASS NO") + rng.choice(SEP)).span("NEG_ID", "%s %s" % (digits(4), digits(6))).t("\n")
    DOCS.append(d)


def ledger(lg):
    d = start(lg, "ledger", 2)
    for _ in range(rng.randint(2, 3)):
        d.t("%d" % rng.randint(100, 999) + rng.choice(["  ", " | ", " ¦ "])).person().t(
            rng.choice(["  ", " | ", " ~ "])).street(town=False).t(rng.choice(["  ", " | ", " ¦ "]))
        d.span("DATE_OF_BIRTH", birth()).t(rng.choice(["  ", " | "])).span("NEG_DATE", stamp()).t(
            rng.choice(["  ", " | "])).span("NEG_ID", "%d/%s" % (rng.randint(1, 99), digits(3))).t("\n")
    d.newpage(2, 2)
    d.t(d.c("CONTRIBUTIONS") + "  ").ref().t("  ").place().t("\n")
    DOCS.append(d)


def raffle(lg):
    d = start(lg, "raffle", 1)
    d.t(d.c("TICKET") + " #").span("NEG_ID", "%s %s" % (digits(3), digits(4))).t("\n")
    d.runon(["name", "tel"])
    d.runon(["addr"])
    d.runon(["date", "place"])
    DOCS.append(d)


def medchart(lg):
    d = start(lg, "medchart", 2)
    body(d, 2)
    d.t(d.c("DRUG") + ": AMLODIPINE 5MG OD  ").place().t("  ").place().t("\n")
    DOCS.append(d)


def trade(lg):
    d = start(lg, "trade", 1)
    body(d, 1)
    d.t(d.c("VAT NO") + rng.choice(SEP)).span("NEG_ID", "%s %s %s" % (digits(3), digits(4), digits(2))).t("\n")
    DOCS.append(d)


def ferry(lg):
    d = start(lg, "ferry", 1)
    d.runon(["name", "dob", "tel"])
    d.runon(["addr", "place"])
    d.t(d.c("VEHICLE REG") + rng.choice(SEP)).span("NEG_LABEL", rng.choice(VEHICLES)).t("  ").place().t("  ")
    d.other_date().t("\n").ref().t("\n")
    DOCS.append(d)


def pharmacy(lg):
    d = start(lg, "pharmacy", 2)
    body(d, 2)
    d.t(d.c("PLEASE ISSUE NEW RX") + "  ").ref().t("\n")
    DOCS.append(d)


ASKS = ["Transcribe this fax into JSON.", "Clean up this OCR text and keep every field.",
        "What is this form about?", "Extract the fields from this scan.", "Fix the OCR errors in this page."]

if __name__ == "__main__":
    run_plan([(delivery, 55), (buspass, 50), (ledger, 45), (raffle, 50), (medchart, 50), (trade, 45), (ferry, 50),
              (pharmacy, 50)], LANGS, 5)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))
