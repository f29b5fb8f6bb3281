#!/usr/bin/env python3
"""gen_street58.py: streets whose names hold numbers, dates and abbreviated types, and births
whose digits OCR misread (branch street58). A tune set, written and committed before hush was
run on it, from street57's "Left" notes and the twenty-fourth blind set's public brief (its
scanned family), in mixed case and in capitals and outside scans: letters, delivery notes, CRM
rows, chat, e-mail signatures, invoices, registration forms.

Streets of 14 languages named after dates and numbers (`Rua 25 de Abril 112`, `Via XX Settembre
14`, `Avenida 5 de Mayo 301`, `Straße des 17. Juni 8`, `3, rue du 8 Mai 1945`, `ul. 3 Maja 7`,
`Plac 1000-lecia 4`, `nám. 28. října 5`, `Str. 1 Decembrie 1918 nr. 14`, `19 Mayıs Cad. No: 14`,
`Október 6. utca 12`, `2e Helmersstraat 8`, `350 5th Ave`), with a type written short with a dot
(`R.`, `Av.`, `V.le`, `C.so`, `P.zza`, `Pl.`, `Al.`, `Str.`, `ul.`, `C/`, `Trav.`, `Lgo`), the
house number before or after, units (`3º Esq.`, `/5`, `Apt 4B`, `m. 2`), the postcode and town
on the same line after a comma or on the next line (its own span, as scan57 labels it); a share
with C/ and the name on the next line. Births under a birth label whose digits OCR misread
(`l4.07.1976`, `O8/O5/1936`, `2l-O3-1958`), a share clean.

Look-alikes as NEG_ spans, as many as the values: the same date phrases as dates and holidays
(`on 25 de Abril`, `the 17. Juni`, `Cinco de Mayo`, `Święto 3 Maja`), events and streets'
names used as something else (`the XX Settembre parade`), `via` as a word (`via email`), `R.`
and `P.`, `V.`, `C.` as a person's initial, rooms, lots, gates, stands and platforms with numbers, order
and ticket ids, and invoice, shipping and expiry dates with the same OCR letters. Request
bodies of the four APIs' block shapes (gen_scan_common.scan_records), a third \\uXXXX.
Deterministic; stdlib only: python3 gen_street58.py > data/street58.json
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import Spans, run_plan, write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5858)
LANGS = ["en", "de", "fr", "es", "it", "pt", "pl", "nl", "cs", "ro", "tr", "hu", "sv", "el"]

# ---- streets: (street with {n}, postcode + town); {u} a unit ------------------------------------
ST = {
    "pt": ["Rua 25 de Abril {n}", "R. 25 de Abril, {n}", "Av. 24 de Julho {n}, {u}º Esq.", "Rua 1.º de Dezembro {n}",
           "Avenida 5 de Outubro {n}", "R. 31 de Janeiro {n} {u}º Dto", "Trav. 13 de Maio {n}",
           "Lgo 10 de Outubro {n}", "Praça 1º de Maio {n}", "R. da Alegria {n}"],
    "es": ["Calle 8 de Marzo {n}", "C/ 2 de Mayo, {n}, {u}º B", "Avenida 5 de Mayo {n}", "C/ 12 de Octubre {n}",
           "Av. 18 de Julio {n}", "Calle 1 de Mayo {n}, bajo", "Pza. 2 de Mayo {n}", "C/ 19 de Julio {n}"],
    "it": ["Via XX Settembre {n}", "Via IV Novembre {n}", "V.le XXIV Maggio {n}", "C.so XXII Marzo {n}",
           "P.zza IV Novembre {n}", "Via 8 Ottobre {n}/{u}", "Viale XXV Aprile {n}", "C.so Vittorio Emanuele II {n}",
           "P.zza Cinque Giornate {n}", "V.le II Giugno {n}"],
    "de": ["Straße des 17. Juni {n}", "Str. des 17. Juni {n}", "Platz des 18. März {n}", "Str. der Pariser Kommune {n}",
           "Straße 13 Nr. {n}", "Am 1. Mai {n}", "Allee der Kosmonauten {n}", "Str. des 18. Oktober {n}"],
    "fr": ["{n}, rue du 8 Mai 1945", "{n} bd du 11 Novembre 1918", "{n} av. du 14 Juillet", "{n}, rue du 4 Septembre",
           "{n} pl. du 19 Mars 1962", "{n} rue du 29 Juillet", "{n} bis, av. du 8 Mai 1945", "{n} bd du 11 Novembre"],
    "pl": ["ul. 3 Maja {n}", "al. 3 Maja {n}/{u}", "Plac 1000-lecia {n}", "ul. 11 Listopada {n} m. {u}",
           "Al. 29 Listopada {n}", "os. 700-lecia {n}", "ul. 28 Czerwca 1956 r. {n}", "ul. 1 Maja {n}/{u}",
           "Pl. 3 Maja {n}"],
    "en": ["{n} 5th Ave, Apt {u}B", "{n} 2nd Avenue", "{n} W 34th St.", "{n} East 42nd Street", "{n} 1st St. #{u}",
           "{n} Northgate", "{n} 3rd Ave. N", "Flat {u}, {n} 4th Street"],
    "nl": ["2e Helmersstraat {n}", "1e Oosterparkstraat {n}-{u}", "Plein 1940-1945 {n}", "3e Kade {n}",
           "Laan 1940-1945 {n}", "1e Jan Steenstraat {n} hs"],
    "cs": ["nám. 28. října {n}", "17. listopadu {n}", "tř. 1. máje {n}/{u}", "Nábř. 17. listopadu {n}",
           "ul. 5. května {n}", "nám. 9. května {n}"],
    "ro": ["Str. 1 Decembrie 1918 nr. {n}", "Bd. 1 Mai nr. {n}", "Calea 13 Septembrie {n}",
           "Bd. 21 Decembrie 1989 nr. {n}, ap. {u}", "Str. 9 Mai nr. {n}", "Str. 24 Ianuarie nr. {n}"],
    "tr": ["19 Mayıs Cad. No: {n}", "29 Ekim Cd. No:{n}", "100. Yıl Bulvarı No: {n}", "23 Nisan Sk. No: {n} D:{u}",
           "30 Ağustos Cad. No: {n}", "15 Temmuz Mah. 1453 Sk. No: {n}"],
    "hu": ["Október 6. utca {n}", "Március 15. tér {n}", "Május 1. út {n}", "Október 23. u. {n}. {u}/2",
           "Augusztus 20. utca {n}"],
    "sv": ["Första Långgatan {n}", "Andra Långgatan {n}", "Torget {n}", "1:a Villagatan {n}", "Tredje Tvärgatan {n}"],
    "el": ["28ης Οκτωβρίου {n}", "Λεωφ. 25ης Μαρτίου {n}", "Οδός 3ης Σεπτεμβρίου {n}", "Πλ. 28ης Οκτωβρίου {n}"],
}
TOWN = {"pt": ["1200-109 Lisboa", "4000-322 Porto", "3000-150 Coimbra"], "es": ["28004 Madrid", "41001 Sevilla",
        "46002 Valencia"], "it": ["20121 Milano", "00187 Roma", "40126 Bologna"], "de": ["10623 Berlin",
        "04109 Leipzig", "01067 Dresden"], "fr": ["69100 Villeurbanne", "75009 Paris", "13001 Marseille"],
        "pl": ["00-950 Warszawa", "31-154 Kraków", "61-806 Poznań"], "en": ["New York, NY 10001",
        "Hull HU5 3EE", "Seattle, WA 98101"], "nl": ["1054 BX Amsterdam", "3511 LK Utrecht"],
        "cs": ["602 00 Brno", "110 00 Praha 1"], "ro": ["050711 București", "400001 Cluj-Napoca"],
        "tr": ["34365 Şişli/İstanbul", "06420 Çankaya/Ankara"], "hu": ["1066 Budapest", "4024 Debrecen"],
        "sv": ["413 01 Göteborg", "753 20 Uppsala"], "el": ["546 22 Θεσσαλονίκη", "106 82 Αθήνα"]}

# ---- look-alikes: the same date phrases as dates, holidays, events; `via`, initials, rooms ----
LOOK = {
    "pt": ["o feriado do {25 de Abril}", "fechado a {10 de Outubro}", "desde o {1º de Maio}", "a {Revolução dos Cravos}"],
    "es": ["la fiesta del {5 de Mayo}", "el {2 de Mayo} cerramos", "desde el {12 de Octubre}", "el {Cinco de Mayo}"],
    "it": ["il corteo del {XX Settembre}", "la festa del {IV Novembre}", "dal {25 Aprile}", "il {XXIV Maggio}"],
    "de": ["am {17. Juni} geschlossen", "seit dem {18. März}", "der {1. Mai} ist frei", "bis zum {3. Oktober}"],
    "fr": ["le {8 mai 1945}", "férié le {14 juillet}", "depuis le {11 novembre}", "la cérémonie du {19 mars}"],
    "pl": ["{Święto 3 Maja}", "od {11 listopada}", "w {Boże Ciało}", "po {1 Maja}"],
    "en": ["the {2nd quarter}", "on {May 5th}", "our {42nd anniversary}", "the {5th Avenue} collection"],
    "nl": ["op {4 en 5 mei}", "sinds {1 januari}", "de {2e helft}", "{Koningsdag}"],
    "cs": ["svátek {28. října}", "od {17. listopadu}", "do {1. máje}", "výročí {8. května}"],
    "ro": ["de {1 Decembrie}", "ziua de {24 Ianuarie}", "după {1 Mai}", "din {1918}"],
    "tr": ["{19 Mayıs} bayramı", "{29 Ekim} tatili", "{23 Nisan} etkinliği", "{100. yıl} kutlaması"],
    "hu": ["{március 15.} ünnep", "{augusztus 20.} óta", "{október 23.} zárva", "{május 1.} után"],
    "sv": ["{första} gången", "{andra} våningen", "till {torget}", "{1:a} maj-tåget"],
    "el": ["την {28η Οκτωβρίου}", "από {25 Μαρτίου}", "στις {3 Σεπτεμβρίου}", "η {επέτειος}"],
}
VIA = ["sent {via email}", "{via DHL Express}", "booked {via the portal}", "{Via Ferrata} tour", "paid {via PayPal}",
       "{via WhatsApp}", "routed {via Frankfurt}", "{VIA RAIL} ticket"]
PLACES = ["Room {n}", "Gate B{n}", "Lot {n}", "Hall {u} Stand {n}", "Platform {u}", "Bay {n}", "Locker {n}",
          "Table {n}", "Pitch {n}", "Dock {u}", "Seat {u}{u}", "Sala {n}", "Raum {n}", "Salle {n}", "Box {n}"]

GIVEN = {"pt": ["João", "Inês", "Rui", "Mariana"], "es": ["Lucía", "Javier", "Carmen", "Álvaro"],
         "it": ["Giulia", "Marco", "Chiara", "Davide"], "de": ["Jonas", "Katrin", "Florian", "Anja"],
         "fr": ["Camille", "Julien", "Élodie", "Mathieu"], "pl": ["Agnieszka", "Tomasz", "Magda", "Paweł"],
         "en": ["Rachel", "Owen", "Megan", "Callum"], "nl": ["Sanne", "Joris", "Femke", "Ruben"],
         "cs": ["Tereza", "Ondřej", "Lucie", "Jakub"], "ro": ["Ioana", "Andrei", "Roxana", "Cătălin"],
         "tr": ["Zeynep", "Emre", "Elif", "Murat"], "hu": ["Eszter", "Bence", "Zsófia", "Gergely"],
         "sv": ["Linnea", "Oskar", "Maja", "Viktor"], "el": ["Eleni", "Nikos", "Sofia", "Giorgos"]}
FAMILY = {"pt": ["Ferreira", "Carvalho", "Ramos", "Baptista"], "es": ["Navarro", "Iglesias", "Cabrera", "Vidal"],
          "it": ["Colombo", "Mancini", "Ricci", "Barbieri"], "de": ["Hoffmann", "Krüger", "Vogel", "Lehmann"],
          "fr": ["Girard", "Mercier", "Faure", "Chevalier"], "pl": ["Wróblewska", "Zieliński", "Mazur", "Kaczmarek"],
          "en": ["Whitfield", "Pryce", "Ashworth", "Doherty"], "nl": ["Bakker", "Visser", "de Wit", "Mulder"],
          "cs": ["Procházková", "Kučera", "Veselá", "Horák"], "ro": ["Popescu", "Munteanu", "Ionescu", "Dumitru"],
          "tr": ["Aydın", "Çelik", "Şahin", "Koç"], "hu": ["Nagy", "Kovács", "Tóth", "Szűcs"],
          "sv": ["Lindqvist", "Berg", "Holm", "Nyström"], "el": ["Papadaki", "Oikonomou", "Alexiou", "Raptis"]}
INITIAL_NAME = ["R. {s}", "A. {s}", "P. {s}", "V. {s}", "C. {s}", "L. {s}"]  # an initial: a person

BIRTH = {"pt": "Data de nasc.", "es": "Fecha nac.", "it": "Data di nascita", "de": "Geb.-Datum",
         "fr": "Né(e) le", "pl": "Data ur.", "en": "Date of birth", "nl": "Geb. datum", "cs": "Datum nar.",
         "ro": "Data nașterii", "tr": "Doğum tarihi", "hu": "Szül. dátum", "sv": "Födelsedatum",
         "el": "Ημ. γέννησης"}
OTHER = {"pt": "Data fatura", "es": "Fecha envío", "it": "Data fattura", "de": "Lieferdatum", "fr": "Date facture",
         "pl": "Data wysyłki", "en": "Invoice date", "nl": "Factuurdatum", "cs": "Datum vystavení",
         "ro": "Data facturii", "tr": "Fatura tarihi", "hu": "Számla kelte", "sv": "Fakturadatum",
         "el": "Ημ. τιμολογίου"}
ADDR = {"pt": "Morada", "es": "Dirección", "it": "Indirizzo", "de": "Anschrift", "fr": "Adresse", "pl": "Adres",
        "en": "Address", "nl": "Adres", "cs": "Adresa", "ro": "Adresa", "tr": "Adres", "hu": "Cím", "sv": "Adress",
        "el": "Διεύθυνση"}
OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr_date(y0, y1, misread=True):
    """A dd.mm.yyyy date (separator . / - or space), with one to three digits read as letters."""
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)
    sep = rng.choice([".", "/", "-", " "])
    s = "%02d%s%02d%s%d" % (d, sep, m, sep, y)
    if misread:
        idx = [i for i, c in enumerate(s) if c in "01" or (c in "58" and rng.random() < 0.3)]
        first = [i for i in idx if i in (0, 3)]  # the first digit of day or month: street57's left shape
        pick = set(rng.sample(first, 1) if first else []) | set(rng.sample(idx, min(len(idx), rng.randint(0, 2))))
        s = "".join(OCR[c] if i in pick else c for i, c in enumerate(s))
    return s


def fill(tpl):
    return tpl.replace("{n}", str(rng.choice([rng.randint(1, 40), rng.randint(1, 400)]))).replace(
        "{u}", str(rng.randint(1, 9)))


class Doc(Spans):
    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls, self.dom, self.pages = lg, cls, None, []
        self.caps = rng.random() < 0.4

    def c(self, s):
        return s.upper() if self.caps else s

    def sp(self, label, v):
        return self.span(label, self.c(v))

    def person(self):
        return self.sp("PERSON", rng.choice(GIVEN[self.lg]) + " " + rng.choice(FAMILY[self.lg]))

    def street(self, nextline=None):
        """The street, then its postcode and town after a comma or on the next line."""
        st = fill(rng.choice(ST[self.lg]))
        if st.startswith("C/ ") and rng.random() < 0.3:  # C/ with the name on the next line
            self.t(self.c("C/") + "\n").sp("STREET_ADDRESS", st[3:])
        else:
            self.sp("STREET_ADDRESS", st)
        if nextline is None:
            nextline = rng.random() < 0.5
        return self.t("\n" if nextline else ", ").sp("STREET_ADDRESS", rng.choice(TOWN[self.lg]))

    def look(self):
        """One look-alike phrase in a sentence's place."""
        k = rng.randrange(4)
        if k == 0:
            phrase = rng.choice(LOOK[self.lg])
            a, b = phrase.index("{"), phrase.index("}")
            return self.t(self.c(phrase[:a])).sp("NEG_DATE", phrase[a + 1:b]).t(self.c(phrase[b + 1:]))
        if k == 1:
            phrase = rng.choice(VIA)
            a, b = phrase.index("{"), phrase.index("}")
            return self.t(self.c(phrase[:a])).sp("NEG_ADDR", phrase[a + 1:b]).t(self.c(phrase[b + 1:]))
        if k == 2:
            return self.sp("NEG_LABEL", fill(rng.choice(PLACES)))
        return self.sp("NEG_ID", rng.choice(["Order ", "Ref. ", "Ticket #", "Nr. ", "PO "]) + "%d-%02d-%d" % (
            rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(10, 999)))

    def initial(self):
        """`R. Costa` as a person's initial and surname: a person, no street type."""
        return self.sp("PERSON", rng.choice(INITIAL_NAME).replace("{s}", rng.choice(FAMILY[self.lg])))

    def births(self):
        """A birth under its label (most misread by OCR) and another date under another label with
        the same misreads."""
        self.t(self.c(BIRTH[self.lg]) + rng.choice([": ", ":\t", " "])).span(
            "DATE_OF_BIRTH", ocr_date(1930, 2005, rng.random() < 0.8)).t("\n")
        return self.t(self.c(OTHER[self.lg]) + ": ").span("NEG_DATE", ocr_date(2019, 2026)).t("\n")


DOCS = []


def letter(lg):
    d = Doc(lg, "letter")
    d.person().t("\n")
    d.street(True).t("\n\n")
    d.t(d.c("Dear customer, your parcel was sent ")).look().t(d.c("; pick-up at ")).look().t(".\n")
    d.t(d.c("Signed: ")).initial().t("\n")
    DOCS.append(d)


def delivery(lg):
    d = Doc(lg, "delivery")
    d.t(d.c("DELIVERY NOTE ")).look().t("\n" + d.c(ADDR[lg]) + ":\n")
    d.person().t("\n").street().t("\n")
    d.t(d.c("Driver: ")).initial().t("  ").look().t("\n")
    d.births()
    DOCS.append(d)


def crm(lg):
    d = Doc(lg, "crm")
    sep = rng.choice([";", " | ", "\t", ","])
    d.t(sep.join(["name", "street", "city", "dob", "note"]) + "\n")
    for _ in range(rng.randint(2, 3)):
        d.person().t(sep)
        st = fill(rng.choice(ST[lg]))
        if sep == "," and "," in st:
            d.t('"').sp("STREET_ADDRESS", st).t('"')
        else:
            d.sp("STREET_ADDRESS", st)
        d.t(sep).sp("STREET_ADDRESS", rng.choice(TOWN[lg]).replace(",", "")).t(sep)
        d.span("DATE_OF_BIRTH", ocr_date(1935, 2004, rng.random() < 0.7)).t(sep).look().t("\n")
        d.look().t(sep).span("NEG_DATE", ocr_date(2019, 2026)).t("\n")
    DOCS.append(d)


def chat(lg):
    d = Doc(lg, "chat")
    d.t("[09:%02d] " % rng.randint(10, 59)).person().t(": ")
    d.t(d.c(rng.choice(["we moved, new address is ", "send it to ", "I'm at ", "deliver to "])))
    d.street(False).t("\n[09:%02d] " % rng.randint(10, 59)).initial().t(": ")
    d.t(d.c("ok, ")).look().t(d.c(" and ")).look().t("\n")
    DOCS.append(d)


def signature(lg):
    d = Doc(lg, "signature")
    d.t(d.c("Best regards") + "\n--\n").person().t("\n")
    d.street(rng.random() < 0.7).t("\n")
    d.t(d.c("Visit us at ")).look().t(" | ").look().t("\n")
    DOCS.append(d)


def invoice(lg):
    d = Doc(lg, "invoice")
    d.t(d.c("INVOICE") + " ").look().t("\n" + d.c("Bill to") + ":\n").person().t("\n").street(True).t("\n")
    d.t(d.c("Ship to") + ": ").street(False).t("\n")
    d.t(d.c("Items shipped ")).look().t("\n").births()
    d.look().t("\n")
    DOCS.append(d)


def form(lg):
    d = Doc(lg, "form")
    d.t(d.c("Name") + ": ").person().t("\n" + d.c(ADDR[lg]) + ": ").street(rng.random() < 0.4).t("\n")
    d.births()
    d.t(d.c("Contact") + ": ").initial().t("\n").look().t("\n").look().t("\n")
    DOCS.append(d)


ASKS = ["Put these into our address book.", "Summarise this for the courier.", "Check the addresses below.",
        "Can you format this as JSON?", "What is missing in this record?", "Translate this into English."]

if __name__ == "__main__":
    run_plan([(letter, 70), (delivery, 70), (crm, 60), (chat, 70), (signature, 60), (invoice, 60), (form, 70)],
             LANGS, 5)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))
