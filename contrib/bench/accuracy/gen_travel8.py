#!/usr/bin/env python3
"""gen_travel8.py: names and dates of birth in airline and travel records (issue 15, branch
travel8). The lead gave only the shape (the airline convention SURNAME/GIVEN in capitals, with a
passenger number before it, a title or passenger type after it, inside slash-separated service
records or pipe-separated ticket rows); every wording, layout and name here was designed for this
file from how reservation systems, tickets and travel agents write:

- `pnr`: reservation displays in three systems' manners: `1.SURNAME/GIVEN MR  2.SURNAME/GIVEN MRS`
  several on a line, `1.1SURNAME/GIVEN MR*ADT`, children `(CHD/ddMMMyy)` and infants
  `(INFSURNAME/GIVEN/ddMMMyy)`, with segments, phones, ticketing and office lines around them;
- `docs`: `SSR DOCS` / APIS records `P/GBR/123.../GBR/ddMMMyy/F/ddMMMyy/SURNAME/GIVEN/MIDDLE`, the
  first date a DATE_OF_BIRTH, the expiry a NEG_DATE; `SSR INFT` and `SSR CHLD` with the birth date;
- `ticket`: e-ticket receipts and itinerary receipts (`NAME:`, `NAME OF PASSENGER`, `Passagier:`,
  `Nom du passager`...), pipe-separated passenger rows (`|SURNAME/GIVEN|MR 12A|`), the same in mixed
  case (`Keller/Maria Ms`);
- `bcbp`: boarding-pass barcode strings `M1SURNAME/GIVEN MR   E...` padded to twenty characters;
- `voucher`: hotel and car-rental vouchers, rail and ferry tickets, ferry manifests, travel agents'
  queue messages and visa invitation letters quoting a passenger;
- look-alikes (NEG_TERM/NEG_PLACE/NEG_CODE): capital slash pairs from developer and business text
  (`TCP/IP`, `AND/OR`, `CI/CD`, `N/A`, `HTTP/2`, `USD/EUR`, `KM/H`, `/USR/BIN`...), city and airport
  pairs (`LHR/JFK`, `PAR/NYC`), fare basis and booking classes, office ids and record locators
  (`RP/PARAF08AA`, `LH/6XKQ2L`), form-of-payment and endorsement lines, in the same layouts.

Every record is pasted into a prompt in one of seven languages (check, summarise, rebook,
translate). Names are real (many origins, transliterated to capitals as airlines do) or invented
from syllables so that no lexicon knows them. Deterministic, stdlib only:
python3 gen_travel8.py > data/travel8.json
"""
import random
import gen_common
from gen_common import MON3

R = random.Random(808015)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["ko", "vra", "len", "tu", "mi", "zar", "o", "bek", "sa", "ril", "dan", "yo", "fe", "gor",
       "na", "thi", "lu", "wes", "ca", "ram"]
ENDS = ["enko", "ovic", "sson", "ault", "ides", "oglu", "ara", "anu", "stad", "ez"]
# Real names of many origins, as a ticket writes them (no accents, umlauts spelt out).
GIVEN = ["OLENA", "TARAS", "THI HOA", "MINH", "CHIDI", "ADAEZE", "PRIYA", "ARJUN", "EMRE", "ZEYNEP",
         "DIEGO", "LUCIA", "FATIMA", "YOUSSEF", "WEI", "XIAOLING", "KATARZYNA", "PIOTR", "AINO",
         "JUHANI", "SIOBHAN", "CIARAN", "JOAO", "MARIANA", "KENJI", "YUKI", "AMARA", "KWAME",
         "INGRID", "SOREN", "LEILANI", "RAFAEL", "NOEMIE", "GIULIA", "MATTEO", "HANNEKE", "JOERG",
         "ANNIKA", "DMITRI", "SVETLANA", "OMAR", "LAYLA", "TENZIN", "ASHA", "MEHMET", "NADIA",
         "JOHN", "MARY", "PAUL", "ANNA", "MARIA", "DAVID", "SARAH", "THOMAS", "CLAIRE", "PETER"]
SURN = ["KOVALENKO", "NGUYEN", "OKONKWO", "NWOSU", "RAGHAVAN", "IYER", "YILDIRIM", "AKSOY",
        "FERNANDEZ", "MORALES", "EL AMRANI", "BENALI", "ZHANG", "LIU", "WISNIEWSKA", "NOWAK",
        "KORHONEN", "LEHTINEN", "NI BHRIAIN", "OSULLIVAN", "DA SILVA", "FERREIRA", "TANAKA",
        "WATANABE", "MENSAH", "BOATENG", "HALVORSEN", "LINDQVIST", "KAHANANUI", "VAN DER BERG",
        "MUELLER", "SCHROEDER", "BERGSTROM", "IVANOV", "PETROVA", "HADDAD", "SHERPA", "OSEI",
        "DEMIR", "KHALIL", "SMITH", "BROWN", "MARTIN", "ROSSI", "DUBOIS", "JANSEN", "GARCIA",
        "KELLER", "WAGNER", "BAKER"]
TITLES_A = ["MR", "MRS", "MS", "MISS", "DR", "MSTR", "PROF"]
PTC = ["ADT", "CHD", "INF", "YTH", "SRC"]
CARRIERS = ["LH", "AF", "KL", "BA", "IB", "AZ", "TP", "LX", "OS", "SN", "TK", "EK", "QR", "UA", "DL",
            "AC", "SK", "AY", "EI", "LO"]
AIRPORTS = ["FRA", "MUC", "CDG", "ORY", "AMS", "LHR", "LGW", "MAD", "BCN", "FCO", "MXP", "LIS", "OPO",
            "ZRH", "VIE", "BRU", "IST", "DXB", "DOH", "JFK", "EWR", "ORD", "YUL", "YYZ", "ARN", "HEL",
            "DUB", "WAW", "NRT", "GRU", "LOS", "ACC", "DEL", "BOM", "SGN", "PEK"]
CITIES = ["PAR", "LON", "NYC", "MIL", "ROM", "BER", "STO", "TYO", "SAO", "CHI", "WAS", "OSL"]
COUNTRIES = ["GBR", "DEU", "FRA", "NLD", "ESP", "ITA", "PRT", "UKR", "VNM", "NGA", "IND", "TUR",
             "POL", "FIN", "IRL", "BRA", "JPN", "GHA", "NOR", "SWE", "USA", "CAN", "MAR", "CHN"]
# Capital slash pairs of developer and business text: none is a name.
SLASH_TERMS = ["TCP/IP", "AND/OR", "I/O", "N/A", "CI/CD", "YES/NO", "ON/OFF", "HTTP/2", "A/B", "P/E",
               "R/W", "READ/WRITE", "GET/POST", "INPUT/OUTPUT", "CLIENT/SERVER", "OK/CANCEL",
               "TRUE/FALSE", "B2B/B2C", "PASS/FAIL", "DEV/PROD", "UDP/TCP", "Q/A", "W/O", "S/N",
               "FOB/CIF", "DR/CR", "AM/PM", "OPEN/CLOSED", "BUY/SELL", "IN/OUT", "MIN/MAX",
               "RX/TX", "STOP/START", "HIGH/LOW", "EBIT/EBITDA", "NEW/OLD", "LEFT/RIGHT"]
CCY = ["USD/EUR", "EUR/CHF", "GBP/USD", "USD/JPY", "EUR/GBP", "AUD/NZD", "USD/CAD"]
UNITS = ["KM/H", "M/S", "KG/M3", "KWH/M2", "MB/S", "L/100KM"]
PATHS = ["/USR/BIN", "/VAR/LOG/APP", "/ETC/NGINX/CONF.D", "/OPT/TOOLS/BIN", "/HOME/BUILD/OUT"]
FARE = ["YLOWUS/ADT", "KHXEU/CH25", "QNCOW/IN90", "VSAVER/YTH", "BFLEX/SD10", "MPROMO/ADT"]
records = []

PROMPT = {
    "en": ["Can you check this booking for me? Something looks off with the names.\n\n",
           "Please summarise this PNR in two sentences.\n\n",
           "The flight below was cancelled, help me rebook everyone on the next departure:\n\n",
           "Translate this ticket into plain English for my parents:\n\n", ""],
    "de": ["Kannst du diese Buchung prüfen? Stimmen die Namen?\n\n",
           "Bitte fasse diesen Buchungsdatensatz kurz zusammen:\n\n",
           "Der Flug wurde gestrichen, bitte hilf mir beim Umbuchen:\n\n",
           "Übersetze mir bitte dieses Ticket ins Deutsche:\n\n", ""],
    "fr": ["Peux-tu vérifier cette réservation ? Les noms me semblent faux.\n\n",
           "Résume ce dossier de réservation, s'il te plaît :\n\n",
           "Le vol a été annulé, aide-moi à rebooker les passagers :\n\n",
           "Traduis ce billet en français :\n\n", ""],
    "nl": ["Kun je deze boeking controleren? Kloppen de namen?\n\n",
           "Vat dit boekingsbestand samen alsjeblieft:\n\n",
           "De vlucht is geannuleerd, help me omboeken:\n\n",
           "Vertaal dit ticket naar het Nederlands:\n\n", ""],
    "es": ["¿Puedes revisar esta reserva? Creo que hay un error en los nombres.\n\n",
           "Resume este localizador, por favor:\n\n",
           "Cancelaron el vuelo, ayúdame a cambiar la reserva:\n\n",
           "Traduce este billete al español:\n\n", ""],
    "it": ["Puoi controllare questa prenotazione? I nomi sono giusti?\n\n",
           "Riassumi questo PNR in poche righe:\n\n",
           "Il volo è stato cancellato, aiutami a riprenotare:\n\n",
           "Traduci questo biglietto in italiano:\n\n", ""],
    "pt": ["Você pode conferir esta reserva? Os nomes estão certos?\n\n",
           "Resuma este localizador, por favor:\n\n",
           "O voo foi cancelado, me ajude a remarcar:\n\n",
           "Traduza este bilhete para o português:\n\n", ""],
}
NAME_LABEL = {
    "en": ["NAME:", "NAME OF PASSENGER", "Passenger:", "PASSENGER NAME:", "Traveller:", "Name"],
    "de": ["Name:", "Reisender:", "Fluggast:", "Passagier:", "NAME DES REISENDEN"],
    "fr": ["Nom :", "Nom du passager :", "Passager :", "NOM DU PASSAGER"],
    "nl": ["Naam:", "Reiziger:", "Passagier:", "NAAM PASSAGIER"],
    "es": ["Nombre:", "Pasajero:", "NOMBRE DEL PASAJERO", "Viajero:"],
    "it": ["Nome:", "Passeggero:", "NOME PASSEGGERO", "Viaggiatore:"],
    "pt": ["Nome:", "Passageiro:", "NOME DO PASSAGEIRO", "Viajante:"],
}


def inv(surname):
    return gen_common.invent_syllables(R, SYL, ENDS, surname).upper()


def pax(real=None):
    """(SURNAME, GIVEN[ MIDDLE]) in capitals: real or invented."""
    if real is None:
        real = R.random() < 0.5
    if real:
        s, g = R.choice(SURN), R.choice(GIVEN)
    else:
        s, g = inv(True), inv(False)
    if R.random() < 0.2:
        g += " " + (R.choice(GIVEN).split()[0] if R.random() < 0.5 else inv(False))
    return s, g


def ddmmmyy(lo, hi):
    y, m, d = gen_common.random_ymd(R, lo, hi)
    return "%02d%s%02d" % (d, MON3[m - 1], y % 100)


def ddmmm():
    return "%02d%s" % (R.randint(1, 28), R.choice(MON3))


def locator():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def office():
    return R.choice(["PAR", "FRA", "MAD", "LON", "MIL", "AMS", "LIS"]) + R.choice(
        ["AF", "LH", "1A", "IB"]) + "%02d" % R.randint(1, 99) + R.choice(["AA", "XY", "TT"])


def segment(n):
    c = R.choice(CARRIERS)
    a, b = R.sample(AIRPORTS, 2)
    return "%3d  %s %4d %s %s %d %s%s HK%d  %02d%02d %02d%02d  %s  E  %s/%s" % (
        n, c, R.randint(10, 9999), R.choice("YBMHKQVLJCF"), ddmmm(), R.randint(1, 7), a, b,
        R.randint(1, 4), R.randint(5, 22), R.choice((0, 15, 30, 45)), R.randint(5, 23),
        R.choice((5, 20, 40)), ddmmm(), c, locator())


class D(gen_common.Doc):
    records = records

    def name(self, s, g, mixed=False):
        v = s + "/" + g
        if mixed:
            v = "/".join(" ".join(w.capitalize() for w in p.split()) for p in (s, g))
        return self.span("PERSON", v)

    def neg(self, label, v):
        return self.span(label, v)


def prompt(doc):
    doc.t(R.choice(PROMPT[doc.lg]))


def neg_line(doc):
    """One line of the same record's furniture carrying a look-alike slash pair."""
    r = R.random()
    if r < 0.2:
        doc.t("  FP ").neg("NEG_CODE", R.choice(["CASH", "CHECK", "CC"]) + "/" + R.choice(
            ["EUR", "USD", "VI", "CA"])).t("\n")
    elif r < 0.4:
        doc.t("  FB ").neg("NEG_CODE", R.choice(FARE)).t("\n")
    elif r < 0.55:
        a, b = R.sample(AIRPORTS, 2)
        doc.t("  RM ROUTING ").neg("NEG_PLACE", a + "/" + b).t(" VIA ").neg(
            "NEG_PLACE", R.choice(CITIES) + "/" + R.choice(CITIES)).t("\n")
    elif r < 0.7:
        doc.t("  FE ").neg("NEG_TERM", R.choice(["NONREF/NON-END", "NONEND/NONREROUTE",
                                                  "VALID ON/AFTER", "CHNG/REFUND"])).t(" PENALTY APPLIES\n")
    elif r < 0.85:
        doc.t("  TK ").neg("NEG_CODE", "OK" + ddmmm() + "/" + office()).t("\n")
    else:
        doc.t("  RM ").neg("NEG_TERM", R.choice(SLASH_TERMS)).t(" CHECK WITH ").neg(
            "NEG_TERM", R.choice(SLASH_TERMS)).t("\n")


def pnr():
    """Reservation displays: numbered passenger elements, several per line."""
    for k in range(70):
        lg = LANGS[k % 7]
        doc = D(lg, "pnr")
        prompt(doc)
        style = k % 3
        if R.random() < 0.6:
            doc.t("RP/").neg("NEG_CODE", office() + "/" + office()).t("  ").neg(
                "NEG_CODE", R.choice(["AA/SU", "JD/GS", "MM/AS"])).t("  %s/%02d%02dZ   %s\n" % (
                    ddmmmyy(2024, 2026), R.randint(0, 23), R.randint(0, 59), locator()))
        n = R.randint(1, 5)
        per_line = R.choice((1, 2, 3))
        for i in range(1, n + 1):
            s, g = pax()
            if i % per_line == 1 or per_line == 1:
                doc.t("  ")
            if style == 0:
                doc.t("%d." % i)
            elif style == 1:
                doc.t("%d.1" % i)
            else:
                doc.t(" %d " % i)
            doc.name(s, g)
            r = R.random()
            if r < 0.55:
                doc.t(" " + R.choice(TITLES_A))
            elif r < 0.65:
                doc.t(R.choice(TITLES_A))
            elif r < 0.75:
                doc.t(" " + R.choice(TITLES_A) + "*" + R.choice(PTC))
            elif r < 0.85:
                doc.t("(CHD/").span("DATE_OF_BIRTH", ddmmmyy(2013, 2022)).t(")")
            elif r < 0.92:
                doc.t(" MRS(INF")
                bs, bg = s, inv(False)
                doc.name(bs, bg).t("/").span("DATE_OF_BIRTH", ddmmmyy(2024, 2025)).t(")")
            if i % per_line == 0 or i == n or per_line == 1:
                doc.t("\n")
            else:
                doc.t("   ")
        for j in range(R.randint(1, 3)):
            doc.t(segment(n + 1 + j) + "\n")
        doc.t("%3d AP %s " % (n + 4, R.choice(CITIES))).span("PHONE_NUMBER", "+%d %d %d" % (
            R.randint(30, 49), R.randint(100, 999), R.randint(100000, 999999))).t("\n")
        for _ in range(R.randint(0, 2)):
            neg_line(doc)
        doc.done()


def docs():
    """SSR DOCS / APIS lines: birth date, sex, expiry, then the name."""
    for k in range(60):
        lg = LANGS[k % 7]
        doc = D(lg, "docs")
        prompt(doc)
        n = R.randint(1, 3)
        for i in range(n):
            s, g = pax()
            c = R.choice(CARRIERS)
            sex = R.choice("MF")
            cty = R.choice(COUNTRIES)
            r = k % 4
            if r == 0:
                doc.t("%3d SSR DOCS %s HK1 P/%s/%s%d/%s/" % (
                    i + 5, c, cty, R.choice("CPXKE"), R.randint(1000000, 99999999), cty))
            elif r == 1:
                doc.t("SSR DOCS%s HK1/P/%s/%d/%s/" % (" " + c if R.random() < 0.5 else "YY", cty,
                                                     R.randint(100000000, 999999999), cty))
            elif r == 2:
                doc.t("DOCS/P/%s/%s%07d/%s/" % (cty, R.choice("ABXY"), R.randint(0, 9999999), cty))
            else:
                doc.t("3DOCS/P/%s/%d/%s/" % (cty, R.randint(10000000, 99999999), cty))
            doc.span("DATE_OF_BIRTH", ddmmmyy(1940, 2008)).t("/" + sex + "/").neg(
                "NEG_DATE", ddmmmyy(2027, 2036)).t("/")
            parts = g.split()
            if len(parts) > 1 and R.random() < 0.7:
                doc.span("PERSON", s + "/" + parts[0] + "/" + parts[1])
            else:
                doc.name(s, g)
            doc.t(R.choice(["", "/P%d" % (i + 1), "-%d.1" % (i + 1), "/H"]) + "\n")
        r = R.random()
        if r < 0.3:
            s, g = pax(True)
            doc.t("SSR INFT %s HK1 " % R.choice(CARRIERS)).name(s, inv(False)).t(" ").span(
                "DATE_OF_BIRTH", ddmmmyy(2024, 2025)).t("/S%d/P1\n" % R.randint(2, 6))
        elif r < 0.5:
            doc.t("SSR CHLD %s HK1/" % R.choice(CARRIERS)).span("DATE_OF_BIRTH",
                                                                 ddmmmyy(2012, 2022)).t("/P2\n")
        elif r < 0.7:
            doc.t("SSR DOCA %s HK1/R/%s\n" % (R.choice(CARRIERS), R.choice(COUNTRIES)))
        if R.random() < 0.5:
            neg_line(doc)
        doc.done()


def ticket():
    """E-ticket and itinerary receipts, and pipe rows of tickets and boarding passes."""
    for k in range(80):
        lg = LANGS[k % 7]
        doc = D(lg, "ticket")
        prompt(doc)
        mixed = R.random() < 0.25
        shape = k % 4
        if shape == 0:
            doc.t(R.choice(["ELECTRONIC TICKET PASSENGER ITINERARY RECEIPT\n",
                            "ITINERARY RECEIPT\n", "E-TICKET RECEIPT\n", "ETKT\n"]))
            s, g = pax()
            doc.t(R.choice(NAME_LABEL[lg]) + R.choice([" ", "  ", "\t", "      "]))
            doc.name(s, g, mixed)
            t = R.choice(TITLES_A + [""] * 3)
            if t:
                doc.t(" " + (t.capitalize() if mixed else t))
            doc.t("\nETKT NBR: %03d %010d\n" % (R.randint(1, 999), R.randint(0, 9999999999)))
            doc.t("DATE OF ISSUE: ").neg("NEG_DATE", ddmmmyy(2024, 2026)).t("\n")
            doc.t(segment(1).strip() + "\n")
            doc.t("FARE BASIS: ").neg("NEG_CODE", R.choice(FARE)).t("\n")
        elif shape == 1:
            doc.t(R.choice(["| Ticket | Passenger | Seat | Flight |\n|---|---|---|---|\n",
                            "|TKT NBR|NAME|SEAT|\n", "Ticket | Name | Seat | Class\n"]))
            for i in range(R.randint(1, 4)):
                s, g = pax()
                doc.t("|%03d%010d|" % (R.randint(1, 999), R.randint(0, 9999999999)))
                r = R.random()
                if r < 0.3:
                    doc.name(s, g, mixed).t("|")
                else:
                    doc.t(" ").name(s, g, mixed).t(" ")
                    t = R.choice(TITLES_A)
                    doc.t((t.capitalize() if mixed else t) + " |")
                doc.t(" %d%s | %s%d | %s |\n" % (R.randint(1, 45), R.choice("ABCDEF"),
                                                  R.choice(CARRIERS), R.randint(10, 999),
                                                  R.choice(["Y", "ECONOMY", "BUSINESS", "M/ECO"])))
        elif shape == 2:
            doc.t(R.choice(["BOARDING PASS\n", "CARTE D'EMBARQUEMENT\n", "BORDKARTE\n",
                            "TARJETA DE EMBARQUE\n", "Boarding pass\n"]))
            s, g = pax()
            doc.t(R.choice(NAME_LABEL[lg]) + " ").name(s, g, mixed)
            t = R.choice(TITLES_A)
            doc.t(" " + (t.capitalize() if mixed else t) + "\n")
            a, b = R.sample(AIRPORTS, 2)
            doc.t("FROM/TO ").neg("NEG_PLACE", a + "/" + b).t("   FLIGHT %s%d   SEAT %d%s   GATE %s%d\n" % (
                R.choice(CARRIERS), R.randint(10, 999), R.randint(1, 45), R.choice("ABCDEF"),
                R.choice("ABCDG"), R.randint(1, 60)))
            doc.t("BOARDING %02d:%02d  SEQ %03d  ZONE %d\n" % (R.randint(5, 22), R.randint(0, 59),
                                                              R.randint(1, 300), R.randint(1, 5)))
        else:
            doc.t("Name | Type | Ticket | Status\n")
            for i in range(R.randint(2, 4)):
                s, g = pax()
                doc.name(s, g, mixed).t(" | %s | %03d-%010d | %s\n" % (
                    R.choice(PTC), R.randint(1, 999), R.randint(0, 9999999999),
                    R.choice(["OK", "HK", "TKTD", "CHKD"])))
            doc.t("Remarks: ").neg("NEG_TERM", R.choice(SLASH_TERMS)).t(" not applicable\n")
        doc.done()


def bcbp():
    """Boarding-pass barcode strings (IATA BCBP): the name field is twenty characters wide."""
    for k in range(35):
        lg = LANGS[k % 7]
        doc = D(lg, "bcbp")
        doc.t(R.choice(["Scanned barcode: ", "Barcode data: ", "Der QR-Code enthält: ",
                        "Le code-barres donne : ", "Código: ", "", "BCBP "]))
        s, g = pax()
        v = s + "/" + g
        if len(v) > 20:
            v = v[:20]
        t = R.choice(["MR", "MRS", "MS", ""]) if len(v) < 17 else ""
        field = (v + (" " + t if t else "")).ljust(20)
        a, b = R.sample(AIRPORTS, 2)
        c = R.choice(CARRIERS)
        doc.t("M1").span("PERSON", v).t(field[len(v):] + "E%s %s%s%s %04d %03d%s%03d%s%04d 1%02d\n" % (
            locator(), a, b, c, R.randint(10, 9999), R.randint(1, 366), R.choice("YJCM"),
            R.randint(1, 45), R.choice("ABCDEF"), R.randint(1, 300), R.randint(0, 99)))
        doc.done()


VOUCHER = {
    "en": ["HOTEL VOUCHER\nGuest: ", "CAR RENTAL VOUCHER\nMain driver: ", "RAIL TICKET\nTraveller: ",
           "FERRY BOOKING\nLead passenger: "],
    "de": ["HOTELGUTSCHEIN\nGast: ", "MIETWAGEN\nHauptfahrer: ", "FAHRKARTE\nReisender: ",
           "FÄHRBUCHUNG\nHauptreisender: "],
    "fr": ["BON D'HÔTEL\nClient : ", "LOCATION DE VOITURE\nConducteur principal : ",
           "BILLET DE TRAIN\nVoyageur : ", "TRAVERSÉE\nPassager principal : "],
    "nl": ["HOTELVOUCHER\nGast: ", "HUURAUTO\nHoofdbestuurder: ", "TREINKAARTJE\nReiziger: ",
           "VEERBOOT\nHoofdreiziger: "],
    "es": ["BONO DE HOTEL\nHuésped: ", "ALQUILER DE COCHE\nConductor principal: ",
           "BILLETE DE TREN\nViajero: ", "FERRY\nPasajero principal: "],
    "it": ["VOUCHER HOTEL\nOspite: ", "NOLEGGIO AUTO\nConducente principale: ",
           "BIGLIETTO TRENO\nViaggiatore: ", "TRAGHETTO\nPasseggero principale: "],
    "pt": ["VOUCHER DE HOTEL\nHóspede: ", "ALUGUER DE CARRO\nCondutor principal: ",
           "BILHETE DE COMBOIO\nViajante: ", "FERRY\nPassageiro principal: "],
}


def voucher():
    """Vouchers, rail and ferry tickets, ferry manifests, queue messages, visa letters."""
    for k in range(70):
        lg = LANGS[k % 7]
        doc = D(lg, "voucher")
        prompt(doc)
        shape = k % 5
        s, g = pax()
        mixed = R.random() < 0.3
        if shape == 0:
            doc.t(R.choice(VOUCHER[lg])).name(s, g, mixed)
            t = R.choice(TITLES_A + [""])
            if t:
                doc.t(" " + (t.capitalize() if mixed else t))
            doc.t("\nConf: %s   Room/Category: " % locator()).neg("NEG_TERM", R.choice(
                ["DBL/BB", "SGL/RO", "TWN/HB", "ECMR/CDMR", "A/C"])).t("\n")
        elif shape == 1:
            doc.t("PASSENGER MANIFEST  %s-%s  %s\n" % (R.choice(["KIEL", "OSLO", "ROSTOCK", "CALAIS"]),
                                                    R.choice(["DOVER", "GDYNIA", "TALLINN"]), ddmmm()))
            doc.t("NO | NAME | TYPE | DOB | NAT\n")
            for i in range(R.randint(2, 4)):
                s, g = pax()
                doc.t("%d | " % (i + 1)).name(s, g).t(" %s | %s | " % (
                    R.choice(TITLES_A), R.choice(PTC))).span("DATE_OF_BIRTH", ddmmmyy(1945, 2020)).t(
                    " | %s\n" % R.choice(COUNTRIES))
            doc.t("VEHICLE ").neg("NEG_TERM", R.choice(["CAR/VAN", "MC/SC", "LORRY/HGV"])).t("\n")
        elif shape == 2:
            doc.t("QUEUE %d/%s  %s\n" % (R.randint(1, 99), R.choice(["C1", "C0", "TKT", "SC"]), office()))
            for i in range(R.randint(1, 3)):
                s, g = pax()
                doc.t("  " + locator() + "  ").name(s, g).t(" %s  %s%d %s %s\n" % (
                    R.choice(TITLES_A), R.choice(CARRIERS), R.randint(10, 999), ddmmm(),
                    R.choice(["SCHED CHG", "TKTL EXP", "WAITLIST CLR", "UN/NO OP"])))
        elif shape == 3:
            doc.t(R.choice(["To the Consulate General,\n\nWe confirm that our employee ",
                            "Sehr geehrte Damen und Herren,\n\nhiermit laden wir ",
                            "Madame, Monsieur,\n\nnous invitons ",
                            "Estimados señores:\n\ninvitamos a "]))
            doc.t("(as in passport: ").name(s, g).t(" %s" % R.choice(["MR", "MRS", "MS"]))
            doc.t(", born ").span("DATE_OF_BIRTH", ddmmmyy(1955, 2004)).t(") ")
            doc.t("to attend meetings from %s to %s.\n" % (ddmmm(), ddmmm()))
        else:
            doc.t(R.choice(["Rail pass holder ", "Zugbindung aufgehoben für ", "Titulaire : ",
                            "Titular del abono: "]))
            doc.name(s, g, mixed)
            doc.t(" - %s%d\n" % (R.choice(["ICE ", "TGV ", "AVE ", "IC "]), R.randint(100, 9999)))
            doc.t("Klasse/Class ").neg("NEG_TERM", R.choice(["1/2", "2ND/STD", "PREM/FLEX"])).t("\n")
        doc.done()


def lookalike():
    """Capital slash pairs in developer, business and travel text: none is a name."""
    TPL = [
        ("Our {T} stack keeps dropping packets; also the {T} flag is ignored.\n", "NEG_TERM"),
        ("RISK | {T} | owner TBD | status {T}\n", "NEG_TERM"),
        ("Rate {C} closed at 1.0{N}; {C} was flat.\n", "NEG_CODE"),
        ("Speed limit 120 {U}, wind 8 {U}.\n", "NEG_TERM"),
        ("Copy the binary to {P} and restart.\n", "NEG_PATH"),
        ("  1 {A} 12MAY  {A} 14MAY  FARE {F}\n", "NEG_PLACE"),
        ("ROUTE {A} | CLASS Y/ECONOMY | {F}\n", "NEG_PLACE"),
        ("|{T}|{T}| 12A |\n", "NEG_TERM"),
        ("NAME OF FIELD  {T}\n", "NEG_TERM"),
    ]
    for k in range(60):
        lg = LANGS[k % 7]
        doc = D(lg, "lookalike")
        for _ in range(R.randint(1, 3)):
            tpl, _lab = R.choice(TPL)
            i = 0
            while i < len(tpl):
                j = tpl.find("{", i)
                if j < 0:
                    doc.t(tpl[i:])
                    break
                doc.t(tpl[i:j])
                key = tpl[j + 1]
                if key == "T":
                    doc.neg("NEG_TERM", R.choice(SLASH_TERMS))
                elif key == "C":
                    doc.neg("NEG_CODE", R.choice(CCY))
                elif key == "U":
                    doc.neg("NEG_TERM", R.choice(UNITS))
                elif key == "P":
                    doc.neg("NEG_CODE", R.choice(PATHS))
                elif key == "A":
                    pair = R.sample(AIRPORTS, 2) if R.random() < 0.7 else R.sample(CITIES, 2)
                    doc.neg("NEG_PLACE", "/".join(pair))
                elif key == "F":
                    doc.neg("NEG_CODE", R.choice(FARE))
                elif key == "N":
                    doc.t("%d" % R.randint(100, 999))
                i = j + 3
        doc.done()


ROUTE_CITIES = ["LONDON", "PARIS", "MADRID", "LISBON", "ROME", "MILAN", "BERLIN", "VIENNA",
                "FRANKFURT", "TORONTO", "DENVER", "AUSTIN", "GENEVA", "NICE", "ATHENS", "DUBLIN",
                "SEVILLA", "PORTO", "OSLO", "HELSINKI", "WARSAW", "PRAGUE", "MUNICH", "SEATTLE"]
DOUBLE = ["GARCIA LOPEZ", "MARTIN SANCHEZ", "PEREIRA SANTOS", "RUIZ DE LA TORRE", "NGUYEN VAN",
          "SOUSA LIMA", "HERRERA ORTIZ"]


def entry():
    """Reservation entries as agents type them: "NM1X/Y MR", families under one surname
    ("X/Y MR/Z MRS"), ticket lines "TKT 220... X/Y"; double surnames (added after the first
    rule run)."""
    for k in range(42):
        lg = LANGS[k % 7]
        doc = D(lg, "entry")
        prompt(doc)
        shape = k % 3
        if shape == 0:
            for i in range(R.randint(1, 3)):
                s, g = pax()
                doc.t("NM%d" % R.randint(1, 3)).name(s, g).t(" " + R.choice(["MR", "MRS", "MS", "MSTR"]))
                if R.random() < 0.5:
                    doc.t("/").span("PERSON", inv(False)).t(" " + R.choice(["MRS", "MISS", "MSTR"]))
                doc.t("\n")
        elif shape == 1:
            for i in range(R.randint(1, 3)):
                s = R.choice(DOUBLE) if R.random() < 0.5 else R.choice(SURN)
                g = R.choice(GIVEN) if R.random() < 0.5 else inv(False)
                doc.t("TKT %03d%010d " % (R.randint(1, 999), R.randint(0, 9999999999))).name(s, g).t("\n")
        else:
            s = R.choice(DOUBLE)
            g = inv(False) if R.random() < 0.5 else R.choice(GIVEN)
            doc.t(R.choice(NAME_LABEL[lg]) + " ").name(s, g).t("\n")
            doc.t("ETKT %03d %010d\n" % (R.randint(1, 999), R.randint(0, 9999999999)))
        doc.done()


def route():
    """Itinerary rows and fields whose slash pairs are routes, statuses and headers, in the layouts
    of the ticket rows above: no passenger (added after the first rule run)."""
    for k in range(35):
        lg = LANGS[k % 7]
        doc = D(lg, "route")
        prompt(doc)
        shape = k % 5
        if shape == 0:
            for i in range(R.randint(1, 3)):
                doc.t("|%03d%010d|" % (R.randint(1, 999), R.randint(0, 9999999999))).neg(
                    "NEG_PLACE", "/".join(R.sample(ROUTE_CITIES, 2))).t("| %d%s |\n" % (
                        R.randint(1, 45), R.choice("ABCDEF")))
        elif shape == 1:
            doc.t("TKT %03d%010d " % (R.randint(1, 999), R.randint(0, 9999999999))).neg(
                "NEG_PLACE", "/".join(R.sample(ROUTE_CITIES, 2))).t("\n")
        elif shape == 2:
            doc.t("| ").neg("NEG_TERM", R.choice(["ORIGIN/DESTINATION", "DEPARTURE/ARRIVAL",
                                                  "CLASS/FARE", "DATE/TIME"])).t(" | CARRIER | STATUS |\n")
            doc.t("| ").neg("NEG_PLACE", "/".join(R.sample(ROUTE_CITIES, 2))).t(" | %s | OK |\n" % R.choice(CARRIERS))
        elif shape == 3:
            doc.t(R.choice(["Route: ", "Strecke: ", "Trajet : ", "Ruta: ", "Tratta: "])).neg(
                "NEG_PLACE", "/".join(R.sample(ROUTE_CITIES, 2))).t("  Fare: %d EUR\n" % R.randint(40, 900))
        else:
            doc.t("Status: ").neg("NEG_TERM", R.choice(["CONFIRMED/PAID", "PENDING/UNPAID",
                                                       "OPEN/VOID", "ISSUED/REFUNDED"])).t("\n")
            s, g = pax()
            doc.t("NAME: ").name(s, g).t(" " + R.choice(TITLES_A) + "\n")
        doc.done()


def secure():
    """Secure Flight DOCS without a passport ("/////ddMMMyy/M//SURNAME/GIVEN"), lists numbered
    "1. " and "2) ", a passenger word with the route after the name on its line (added after the
    second rule run)."""
    for k in range(28):
        lg = LANGS[k % 7]
        doc = D(lg, "secure")
        prompt(doc)
        shape = k % 3
        if shape == 0:
            for i in range(R.randint(1, 2)):
                s, g = pax()
                doc.t("SSR DOCS %s HK1/////" % R.choice(CARRIERS)).span(
                    "DATE_OF_BIRTH", ddmmmyy(1950, 2010) if R.random() < 0.6 else
                    "%02d%s%d" % (R.randint(1, 28), R.choice(MON3), R.randint(1950, 2010))).t(
                    "/" + R.choice("MF") + "//").name(s, g).t("\n")
        elif shape == 1:
            mark = R.choice([". ", ") "])
            for i in range(R.randint(2, 4)):
                s, g = pax()
                doc.t("%d%s" % (i + 1, mark)).name(s, g)
                if i == 0:
                    doc.t(" " + R.choice(TITLES_A))
                doc.t("\n")
        else:
            s, g = pax(True)
            a, b = R.sample(AIRPORTS, 2)
            doc.t(R.choice(["NAME OF PASSENGER ", "PASSENGER ", "Passagier ", "Fluggast ",
                            "PASSAGER ", "Pasajero "])).name(s, g).t("  %s-%s %s%d\n" % (
                                a, b, R.choice(CARRIERS), R.randint(10, 999)))
        doc.done()


pnr()
docs()
ticket()
bcbp()
voucher()
lookalike()
entry()
route()
secure()
gen_common.write_json(records)
