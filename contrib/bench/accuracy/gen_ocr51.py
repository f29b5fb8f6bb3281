#!/usr/bin/env python3
"""gen_ocr51.py: people, streets, births, phones and e-mail addresses in OCR text of scanned and
faxed forms, registers, cards and letters, and in forms typed in capitals (branch ocr51). A tune
set, written and committed before any detector rule was read or hush was run on it, from the
public brief of the twenty-third blind set's noisy family, in other domains than that set's:
scanned membership cards, insurance claim forms, faxed lab requests, visitor sign-in sheets, old
parish and school registers, customs declarations, scanned delivery notes, tenancy applications,
hand-filled warranty cards and scanned letters.

Shapes (metadata.class): caps_form (labelled fields in capitals, `NAME: KOWALSKI, JAN`), runon
(columns run together on one line), register (rows with `|`, `¦`, tabs and multi-space gaps),
fax (a fax header and footer around a lab request), customs (sender and recipient blocks),
delivery (a delivery note), card (a membership or warranty card), letter (a scanned letter with
line-end hyphens), lookalike (a blank form or a firm's header: no PII). Noise everywhere: labels
misread by OCR outside the gold values (`NAHE`, `D0B`, `Geburtsdaturn`, `Stra8e`, `Te1`),
misread characters inside values kept as printed (`O` for `0` in a phone), line-end hyphenation
splitting a value (each visible piece its own span, the hyphen and line break outside both),
values split over two lines, stray `|`, `¦`, `~`, `_` between fields, checkbox marks (`[x]`,
`☒`), repeated page headers and footers, tab and multi-space gaps.

Look-alikes as NEG_ spans in the same shapes: form titles and field names in capitals (NEG_TITLE,
NEG_LABEL), firms (NEG_ORG), places (NEG_PLACE), products (NEG_PRODUCT), dates that are not
births (form, signature, expiry, delivery dates: NEG_DATE), reference numbers that look like
phones and page or form numbers (NEG_ID). Languages en, de, fr, nl, es, it, pt, pl, sv, cs, hu,
tr, da, fi; a fifth of the people of global origin, half the names invented. Every record is a
request body of one of four APIs (chat completions, Responses, Anthropic messages, Gemini; the
pages of a scan as consecutive blocks or tool results), a third with non-ASCII as \\uXXXX.
Deterministic; stdlib only."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402

from gen_common import collector, draw_name, fold, run_plan, write_json  # noqa: E402
from gen_scan_common import ScanDoc, ocr_phone as ocr_phone_p, refno as refno_f, scan_records  # noqa: E402

rng = random.Random(5151)

# g/s real names, syl/end for invented ones, st streets ({n} the number), pc postcode + town,
# df date form, lab: the field labels as a form prints them (upper-cased where the form is in
# capitals), ocr: misread forms of some labels, title: form titles, town: places that are no
# address.
L = {
    "en": dict(g=["Oliver", "Harriet", "Declan", "Imogen", "Gareth", "Eleanor"],
               s=["Whitaker", "Ashworth", "Pemberton", "MacLeod", "Hartley", "Thornton"],
               syl=["bran", "wick", "ash", "tor", "mel", "wen"], end=["ton", "ley", "by"],
               st=["{n} Orchard Lane", "{n} Kingsley Road", "{n} Belmont Avenue", "Flat {n}, Chapel Street"],
               pc=["Leeds LS6 2EA", "Bristol BS7 8QT", "York YO31 7EL"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=dict(name="Name", sur="Surname", giv="First names", dob="Date of birth", st="Address",
                        pc="Town / Postcode", tel="Tel", mail="Email", sign="Signed", date="Date"),
               ocr=dict(name=["NAHE", "NAM E", "Narne"], dob=["D0B", "DO8", "Date of b1rth"],
                        st=["Addrcss", "ADDRE55"], tel=["Te1", "TEI", "Tcl"], mail=["Emai1", "E-rnail"]),
               title=["CLAIM FORM", "TENANCY APPLICATION", "VISITOR LOG", "WARRANTY REGISTRATION"],
               town=["MANCHESTER", "GLASGOW", "CARDIFF"], phone="07700 9%05d"),
    "de": dict(g=["Jürgen", "Bärbel", "Björn", "Käthe", "Sönke", "Anne-Sophie"],
               s=["Müller", "Schäfer", "Köhler", "Weiß", "Kowalczyk", "Schröder"],
               syl=["bre", "win", "kel", "mau", "hol", "rutz"], end=["mann", "ler", "bach"],
               st=["Lindenstraße {n}", "Hauptstr. {n}", "Gärtnerweg {n}a", "Schlüterstraße {n}"],
               pc=["10969 Berlin", "40212 Düsseldorf", "80331 München"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=dict(name="Name", sur="Nachname", giv="Vorname", dob="Geburtsdatum", st="Straße",
                        pc="PLZ/Ort", tel="Telefon", mail="E-Mail", sign="Unterschrift", date="Datum"),
               ocr=dict(name=["NAHE", "Narne", "Nachnarne"], dob=["Geburtsdaturn", "GEBURTSDATUH", "Geb.-Dat urn"],
                        st=["Stra8e", "STRASSF", "Stralße"], tel=["Te1efon", "TELEF0N"], mail=["E-Maii", "E-MAlL"]),
               title=["SCHADENMELDUNG", "MIETERSELBSTAUSKUNFT", "BESUCHERLISTE", "GARANTIEKARTE"],
               town=["HAMBURG", "KÖLN", "LEIPZIG"], phone="0171 49%05d"),
    "fr": dict(g=["François", "Hélène", "Émilie", "Jérôme", "Gaëlle", "Cécile"],
               s=["Lefèvre", "Bérenger", "Lemaître", "Duchêne", "Ménard", "Rivière"],
               syl=["bel", "rou", "quet", "lan", "gau", "vel"], end=["ier", "aud", "ot"],
               st=["{n}, rue des Écoles", "{n} avenue de la République", "{n} bis, rue de la Pépinière", "{n} boulevard Gambetta"],
               pc=["75005 Paris", "69003 Lyon", "33000 Bordeaux"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=dict(name="Nom", sur="Nom", giv="Prénom", dob="Date de naissance", st="Adresse",
                        pc="CP / Ville", tel="Tél", mail="Courriel", sign="Signature", date="Date"),
               ocr=dict(name=["N0M", "Norn"], dob=["Date de naissancc", "DATE DE NAlSSANCE"],
                        st=["Adressc", "ADRE5SE"], tel=["Té1", "TEL."], mail=["Courrie1"]),
               title=["DÉCLARATION DE SINISTRE", "DOSSIER DE LOCATION", "REGISTRE DES VISITEURS", "CARTE DE GARANTIE"],
               town=["MARSEILLE", "NANTES", "LILLE"], phone="06 %02d %02d %02d %02d"),
    "nl": dict(g=["Sanne", "Bram", "Maarten", "Floor", "Sjoerd", "Anouk"],
               s=["Bakker", "Janssen", "Hoekstra", "de Vries", "van den Heuvel", "Brouwer"],
               syl=["hui", "ker", "bol", "dij", "sme", "wout"], end=["ink", "sen", "hof"],
               st=["Keizersgracht {n}", "Oudegracht {n}", "Kerkstraat {n}-II", "Lange Voorhout {n}"],
               pc=["1015 CJ Amsterdam", "3511 AL Utrecht", "2514 EE Den Haag"],
               df=lambda y, m, d: "%02d-%02d-%d" % (d, m, y),
               lab=dict(name="Naam", sur="Achternaam", giv="Voornamen", dob="Geboortedatum", st="Adres",
                        pc="Postcode/Plaats", tel="Telefoon", mail="E-mail", sign="Handtekening", date="Datum"),
               ocr=dict(name=["NAAH", "Naarn"], dob=["Geboortedaturn", "GEB00RTEDATUM"],
                        st=["Adrcs", "ADRE5"], tel=["Te1efoon"], mail=["E-maiI"]),
               title=["SCHADEFORMULIER", "HUURAANVRAAG", "BEZOEKERSREGISTRATIE", "GARANTIEBEWIJS"],
               town=["ROTTERDAM", "GRONINGEN", "MAASTRICHT"], phone="06-%08d"),
    "es": dict(g=["José", "Begoña", "Iñigo", "Lucía", "Ramón", "Inés"],
               s=["Núñez", "Muñoz", "Ibáñez", "Peña", "Fernández", "Álvarez"],
               syl=["zar", "mon", "qui", "llo", "bar", "cue"], end=["ez", "ano", "ejo"],
               st=["Calle de Alcalá {n}, 3º B", "Calle Mayor {n}", "Avenida de América {n}", "C/ Embajadores {n}"],
               pc=["28014 Madrid", "41001 Sevilla", "46002 Valencia"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=dict(name="Nombre", sur="Apellidos", giv="Nombre", dob="Fecha de nacimiento", st="Domicilio",
                        pc="CP / Localidad", tel="Teléfono", mail="Correo", sign="Firma", date="Fecha"),
               ocr=dict(name=["N0MBRE", "Nornbre"], dob=["Fecha de nacirniento", "FECHA DE NAClMIENTO"],
                        st=["Dornicilio", "D0MICILIO"], tel=["Te1éfono"], mail=["Corre0"]),
               title=["PARTE DE SINIESTRO", "SOLICITUD DE ALQUILER", "REGISTRO DE VISITAS", "TARJETA DE GARANTÍA"],
               town=["BILBAO", "ZARAGOZA", "MÁLAGA"], phone="6%02d %03d %03d"),
    "it": dict(g=["Niccolò", "Lucrezia", "Ilaria", "Cosimo", "Beatrice", "Ettore"],
               s=["Esposito", "D'Angelo", "Cantù", "Ferrè", "Colombo", "Lo Russo"],
               syl=["bru", "sca", "ghi", "lon", "maz", "cor"], end=["ini", "etti", "one"],
               st=["Via della Libertà {n}", "Via Po {n}", "Corso Vittorio Emanuele II {n}", "Viale Monza {n}"],
               pc=["10122 Torino", "20127 Milano", "00184 Roma"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=dict(name="Nome", sur="Cognome", giv="Nome", dob="Data di nascita", st="Indirizzo",
                        pc="CAP / Città", tel="Tel", mail="Email", sign="Firma", date="Data"),
               ocr=dict(name=["N0ME", "Cognorne"], dob=["Data di nascíta", "DATA Dl NASCITA"],
                        st=["lndirizzo", "INDIRlZZO"], tel=["Te1"], mail=["Emai1"]),
               title=["DENUNCIA DI SINISTRO", "RICHIESTA DI LOCAZIONE", "REGISTRO VISITATORI", "CERTIFICATO DI GARANZIA"],
               town=["NAPOLI", "FIRENZE", "BOLOGNA"], phone="3%02d %03d %04d"),
    "pt": dict(g=["João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Leonor"],
               s=["Gonçalves", "Simões", "Magalhães", "Araújo", "Patrício", "Ferreira"],
               syl=["cou", "tin", "bra", "gue", "lha", "mar"], end=["eira", "ães", "ado"],
               st=["Rua Augusta {n}, 2.º Esq.", "Avenida da Liberdade {n}", "Rua de Santa Catarina {n}", "Travessa do Carmo {n}"],
               pc=["1100-048 Lisboa", "4000-442 Porto", "3000-150 Coimbra"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=dict(name="Nome", sur="Apelido", giv="Nome próprio", dob="Data de nascimento", st="Morada",
                        pc="Código postal", tel="Telefone", mail="Email", sign="Assinatura", date="Data"),
               ocr=dict(name=["N0ME", "Norne"], dob=["Data de nascirnento", "DATA DE NASClMENTO"],
                        st=["Morado", "M0RADA"], tel=["Te1efone"], mail=["Emai1"]),
               title=["PARTICIPAÇÃO DE SINISTRO", "PEDIDO DE ARRENDAMENTO", "REGISTO DE VISITANTES", "CARTÃO DE GARANTIA"],
               town=["BRAGA", "FARO", "AVEIRO"], phone="9%02d %03d %03d"),
    "pl": dict(g=["Łukasz", "Małgorzata", "Zbigniew", "Agnieszka", "Wojciech", "Jan"],
               s=["Wiśniewski", "Wójcik", "Kowalski", "Dąbrowska", "Zieliński", "Kowalczyk"],
               syl=["gro", "szy", "bia", "wal", "cze", "rzo"], end=["ski", "wicz", "czak"],
               st=["ul. Długa {n}", "ul. Marszałkowska {n}/4", "al. Jerozolimskie {n}", "ul. Świętojańska {n}"],
               pc=["00-238 Warszawa", "80-833 Gdańsk", "31-008 Kraków"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=dict(name="Imię i nazwisko", sur="Nazwisko", giv="Imię", dob="Data urodzenia", st="Adres",
                        pc="Kod / Miejscowość", tel="Tel", mail="E-mail", sign="Podpis", date="Data"),
               ocr=dict(name=["NAZWlSKO", "Nazwisk0"], dob=["Data urodzerna", "DATA UR0DZENIA"],
                        st=["Adrcs", "ADRE5"], tel=["Te1"], mail=["E-rnail"]),
               title=["ZGŁOSZENIE SZKODY", "WNIOSEK O NAJEM", "REJESTR ODWIEDZIN", "KARTA GWARANCYJNA"],
               town=["POZNAŃ", "WROCŁAW", "ŁÓDŹ"], phone="6%02d %03d %03d"),
    "sv": dict(g=["Åsa", "Björn", "Märta", "Göran", "Linnéa", "Örjan"],
               s=["Öberg", "Lindqvist", "Sjöberg", "Bergström", "Nyström", "Holm"],
               syl=["sve", "lin", "dal", "hed", "mar", "tor"], end=["ström", "berg", "qvist"],
               st=["Storgatan {n}", "Drottninggatan {n}", "Götgatan {n} B", "Västra Hamngatan {n}"],
               pc=["111 51 Stockholm", "411 17 Göteborg", "211 22 Malmö"],
               df=lambda y, m, d: "%d-%02d-%02d" % (y, m, d),
               lab=dict(name="Namn", sur="Efternamn", giv="Förnamn", dob="Födelsedatum", st="Adress",
                        pc="Postnr / Ort", tel="Tel", mail="E-post", sign="Underskrift", date="Datum"),
               ocr=dict(name=["NAHN", "Narnn"], dob=["Födelsedaturn", "F0DELSEDATUM"],
                        st=["Adrcss", "ADRE55"], tel=["Te1"], mail=["E-p0st"]),
               title=["SKADEANMÄLAN", "HYRESANSÖKAN", "BESÖKSLOGG", "GARANTIKORT"],
               town=["UPPSALA", "LUND", "UMEÅ"], phone="070-%03d %02d %02d"),
    "cs": dict(g=["Jiří", "Zdeňka", "Tomáš", "Kateřina", "Přemysl", "Růžena"],
               s=["Dvořák", "Novotná", "Černý", "Procházková", "Kučera", "Šťastný"],
               syl=["bro", "vač", "tes", "kle", "mír", "zdě"], end=["ová", "ek", "ský"],
               st=["Vinohradská {n}", "Národní {n}", "Husova {n}/12", "Křižíkova {n}"],
               pc=["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň"],
               df=lambda y, m, d: "%d. %d. %d" % (d, m, y),
               lab=dict(name="Jméno a příjmení", sur="Příjmení", giv="Jméno", dob="Datum narození", st="Ulice",
                        pc="PSČ / Obec", tel="Tel", mail="E-mail", sign="Podpis", date="Datum"),
               ocr=dict(name=["JMENO", "Jrnéno"], dob=["Datum narozcní", "DATUM NAR0ZENI"],
                        st=["U1ice", "ULlCE"], tel=["Te1"], mail=["E-maiI"]),
               title=["HLÁŠENÍ POJISTNÉ UDÁLOSTI", "ŽÁDOST O NÁJEM", "KNIHA NÁVŠTĚV", "ZÁRUČNÍ LIST"],
               town=["OSTRAVA", "OLOMOUC", "LIBEREC"], phone="6%02d %03d %03d"),
    "hu": dict(g=["István", "Erzsébet", "Zoltán", "Katalin", "Gábor", "Ildikó"],
               s=["Kovács", "Szabó", "Horváth", "Nagy", "Tóth", "Varga"],
               syl=["ker", "bor", "szé", "gyu", "mol", "tár"], end=["falvi", "házi", "si"],
               st=["Kossuth Lajos utca {n}", "Andrássy út {n}", "Petőfi Sándor u. {n}", "Váci út {n}"],
               pc=["1052 Budapest", "6720 Szeged", "4026 Debrecen"],
               df=lambda y, m, d: "%d. %02d. %02d." % (y, m, d),
               lab=dict(name="Név", sur="Vezetéknév", giv="Utónév", dob="Születési dátum", st="Lakcím",
                        pc="Irsz. / Helység", tel="Tel", mail="E-mail", sign="Aláírás", date="Dátum"),
               ocr=dict(name=["NEV", "Nèv"], dob=["Szü1etési dátum", "SZULETESI DATUH"],
                        st=["Lakcírn", "LAKClM"], tel=["Te1"], mail=["E-maiI"]),
               title=["KÁRBEJELENTŐ", "BÉRLETI KÉRELEM", "LÁTOGATÓI NAPLÓ", "JÓTÁLLÁSI JEGY"],
               town=["PÉCS", "GYŐR", "MISKOLC"], phone="+36 30 %03d %04d"),
    "tr": dict(g=["Şükrü", "Gülşen", "Çağla", "Ömer", "İlkay", "Ayşegül"],
               s=["Öztürk", "Çelik", "Yıldız", "Şahin", "Güneş", "Doğan"],
               syl=["kar", "yıl", "dem", "sel", "gök", "tan"], end=["oğlu", "er", "can"],
               st=["Atatürk Caddesi No:{n}", "İstiklal Caddesi No:{n}", "Bağdat Caddesi No:{n} D:4", "Cumhuriyet Mah. {n}. Sokak"],
               pc=["34433 Beyoğlu/İstanbul", "06420 Çankaya/Ankara", "35210 Konak/İzmir"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=dict(name="Adı Soyadı", sur="Soyadı", giv="Adı", dob="Doğum tarihi", st="Adres",
                        pc="Posta kodu / İl", tel="Tel", mail="E-posta", sign="İmza", date="Tarih"),
               ocr=dict(name=["ADl SOYADI", "Adı Soyadl"], dob=["Doğurn tarihi", "DOGUM TARlHI"],
                        st=["Adrcs", "ADRE5"], tel=["Te1"], mail=["E-p0sta"]),
               title=["HASAR BİLDİRİM FORMU", "KİRA BAŞVURUSU", "ZİYARETÇİ DEFTERİ", "GARANTİ BELGESİ"],
               town=["BURSA", "ANTALYA", "KONYA"], phone="05%02d %03d %02d %02d"),
    "da": dict(g=["Søren", "Mette", "Jørgen", "Birthe", "Mads", "Signe"],
               s=["Sørensen", "Jørgensen", "Kjær", "Østergaard", "Mølgaard", "Frederiksen"],
               syl=["kjel", "bra", "møl", "sen", "vad", "lund"], end=["gaard", "sen", "holm"],
               st=["Nørregade {n}", "Østerbrogade {n}, 2. tv.", "Vesterbrogade {n}", "Åboulevard {n}"],
               pc=["1165 København K", "8000 Aarhus C", "5000 Odense C"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=dict(name="Navn", sur="Efternavn", giv="Fornavn", dob="Fødselsdato", st="Adresse",
                        pc="Postnr. / By", tel="Tlf", mail="E-mail", sign="Underskrift", date="Dato"),
               ocr=dict(name=["NAVH", "Navri"], dob=["Fødselsdat0", "F0DSELSDATO"],
                        st=["Adrcsse"], tel=["T1f"], mail=["E-maiI"]),
               title=["SKADEANMELDELSE", "LEJEANSØGNING", "BESØGSLOG", "GARANTIBEVIS"],
               town=["AALBORG", "ESBJERG", "RANDERS"], phone="%02d %02d %02d %02d"),
    "fi": dict(g=["Jyrki", "Päivi", "Tuulikki", "Väinö", "Aino", "Eero"],
               s=["Järvinen", "Mäkelä", "Hämäläinen", "Virtanen", "Nieminen", "Koskinen"],
               syl=["kal", "vaa", "nie", "tuo", "mäk", "ruu"], end=["nen", "lä", "koski"],
               st=["Mannerheimintie {n}", "Hämeenkatu {n} B 12", "Aleksanterinkatu {n}", "Puistokatu {n}"],
               pc=["00100 Helsinki", "33100 Tampere", "20100 Turku"],
               df=lambda y, m, d: "%d.%d.%d" % (d, m, y),
               lab=dict(name="Nimi", sur="Sukunimi", giv="Etunimet", dob="Syntymäaika", st="Osoite",
                        pc="Postinro / Kunta", tel="Puh", mail="Sähköposti", sign="Allekirjoitus", date="Päivämäärä"),
               ocr=dict(name=["NlMI", "Nirni"], dob=["Syntyrnäaika", "SYNTYMAAlKA"],
                        st=["0soite", "OSOlTE"], tel=["Puh."], mail=["Sähköp0sti"]),
               title=["VAHINKOILMOITUS", "VUOKRAHAKEMUS", "VIERASKIRJA", "TAKUUKORTTI"],
               town=["OULU", "JYVÄSKYLÄ", "KUOPIO"], phone="040 %03d %04d"),
}
LANGS = list(L)
GLOBAL = [("Oluwaseun", "Adeyemi"), ("Priya", "Raman"), ("Wei", "Zhang"), ("Fatima", "Al-Rashid"),
          ("Kwame", "Mensah"), ("Hiroshi", "Tanaka"), ("Aroha", "Ngata"), ("Amani", "Odhiambo"),
          ("Siddharth", "Venkataraman"), ("Mei-Ling", "Chou"), ("Tendai", "Moyo"),
          ("Ngozi", "Okonkwo"), ("Jun-ho", "Park"), ("Reza", "Tehrani"), ("Ananya", "Chatterjee"),
          ("Thandiwe", "Dlamini"), ("Nguyen", "Van Minh"), ("Bilal", "Qureshi"), ("Yaw", "Boateng")]
FIRMS = ["ALLIANZ VERSICHERUNGS-AG", "DHL PAKET GMBH", "SYNLAB LABORDIENSTLEISTUNGEN", "BOSCH HAUSGERÄTE",
         "AXA ASSURANCES", "POSTNL", "VONOVIA SE", "MIELE & CIE. KG", "CORREOS EXPRESS", "GENERALI ITALIA",
         "ZURICH INSURANCE PLC", "UNILABS", "HAPAG-LLOYD", "ELECTROLUX AB", "INPOST SP. Z O.O."]
PRODUCTS = ["WASCHMASCHINE WM14N2", "KETTLE KX-200", "ESPRESSO EC685", "DRILL GSB 18V", "TV 55QN90",
            "VACUUM V15 DETECT", "FRIDGE KGN39", "BIKE TREK FX3"]
MAILHOST = ["gmail.com", "web.de", "outlook.com", "proton.me", "wp.pl", "seznam.cz", "freemail.hu",
            "orange.fr", "libero.it", "sapo.pt", "telia.com", "yahoo.es"]


def up(s):
    """Capitals as a form typed in them prints them (Turkish dotted İ kept)."""
    return s.upper()


def phone_of(lg):
    f = L[lg]["phone"]
    n = f.count("%")
    widths = [int(x[1]) if x[1].isdigit() else 2 for x in f.split("%")[1:]]
    return f % tuple(rng.randrange(10 ** w) for w in widths[:n])


class Person:
    def __init__(self, lg):
        d = L[lg]
        self.g, self.s = draw_name(rng, GLOBAL, d, 0.6)
        self.lg = lg
        self.ymd = (rng.randint(1931, 2011), rng.randint(1, 12), rng.randint(1, 28))
        loc, sur = fold(self.g).lower().replace(" ", ""), fold(self.s).lower().replace(" ", "").replace("'", "")
        self.email = rng.choice(["%s.%s", "%s%s", "%s_%s", "%s.%s%d"]).replace("%d", str(rng.randint(1, 99))) % (loc, sur) + "@" + rng.choice(MAILHOST)
        self.phone = phone_of(lg)
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 148)))
        self.pc = rng.choice(d["pc"])

    def full(self, caps):
        if self.lg == "hu" and (self.g, self.s) not in GLOBAL:
            v = self.s + " " + self.g
        else:
            v = self.g + " " + self.s
        return up(v) if caps else v

    def dob(self, caps=False):
        v = L[self.lg]["df"](*self.ymd)
        if rng.random() < 0.08:  # misread in the value, kept as printed
            v = v.replace("0", "O", 1)
        return v


def other_date(lg):
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return L[lg]["df"](y, m, d)


def refno():
    """Numbers a form prints that look like phones."""
    return refno_f(rng, lambda: "0%d %d%d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999)))


def ocr_phone(v):
    return ocr_phone_p(rng, v, 0.25)


def ocr_mail(v):
    r = rng.random()
    if r < 0.1:
        return v.replace("@", " @ ")
    if r < 0.2:
        return v.replace("l", "1", 1) if "l" in v.split("@")[0] else v
    return v


class R(ScanDoc):
    """One scanned document in the shapes below: a domain, labels in the language, OCR misreads."""
    rng, CAPS, SPLIT = rng, 0.7, (0.12, 0.2)
    GAPS = ["  ", "   ", "\t", " | ", " ¦ ", " ~ ", " _ ", "    ", "|", "  |  "]
    BOXES = (["[x] ", "[X] ", "☒ ", "(x) ", "☑ "], ["[ ] ", "☐ ", "( ) "])
    HYPHENS = ["-\n", "-\n", "¬\n", "-\n  "]

    def lab(self, key, sep=None):
        d = L[self.lg]
        if key in d["ocr"] and rng.random() < 0.35:
            v = rng.choice(d["ocr"][key])
            v = up(v) if self.caps and rng.random() < 0.5 else v
        else:
            v = self.c(d["lab"][key])
        if sep is None:
            sep = rng.choice([": ", ":", ": ", " ", ":  ", " : ", ".: ", "\t"])
        return self.t(v + sep)

    def header(self, page, pages):
        d = L[self.lg]
        k = rng.randrange(3)
        if k == 0:
            self.span("NEG_TITLE", rng.choice(d["title"])).t("   ").span("NEG_ID", "%s %d/%d" % (rng.choice(["PAGE", "SEITE", "P.", "S."]), page, pages)).t("\n")
        elif k == 1:
            self.span("NEG_ORG", rng.choice(FIRMS)).t(" ").gap().t("FORM ").span("NEG_ID", "%s-%d (%02d/%d)" % (rng.choice(["KV", "SF", "A", "LR"]), rng.randint(2, 99), rng.randint(1, 12), rng.randint(2009, 2022))).t("\n")
        else:
            self.t("--- ").span("NEG_ID", "%d / %d" % (page, pages)).t(" --- ").span("NEG_TITLE", rng.choice(d["title"])).t(" ---\n")


DOCS, done = collector()


# ---- the shapes -----------------------------------------------------------------------------------
def name_fields(r, p):
    """The person's name as a form prints it: one field or two, surname first or not."""
    k = rng.randrange(4)
    if k == 0:
        r.lab("name").val("PERSON", p.full(r.caps))
    elif k == 1:
        r.lab("name").span("PERSON", r.c(p.s) + ", " + r.c(p.g))
    elif k == 2:
        r.lab("sur").val("PERSON", r.c(p.s)).gap().lab("giv").val("PERSON", r.c(p.g))
    else:
        r.lab("name").span("PERSON", r.c(p.s)).t(rng.choice(["  ", " ", ", "])).span("PERSON", r.c(p.g))


def addr_fields(r, p, oneline=False):
    r.lab("st").val("STREET_ADDRESS", r.c(p.st))
    if oneline:
        r.gap()
    else:
        r.t("\n")
    r.lab("pc").span("STREET_ADDRESS", r.c(p.pc))


def caps_form(lg, dom):
    r, p = R(lg, "caps_form", dom), Person(lg)
    r.header(1, 2)
    r.t("\n")
    name_fields(r, p)
    r.t("\n")
    r.lab("dob").val("DATE_OF_BIRTH", p.dob(), split=False).t("\n")
    addr_fields(r, p, oneline=rng.random() < 0.3)
    r.t("\n")
    r.lab("tel").span("PHONE_NUMBER", ocr_phone(p.phone))
    if rng.random() < 0.7:
        r.gap().lab("mail").span("EMAIL_ADDRESS", ocr_mail(r.c(p.email) if rng.random() < 0.3 else p.email))
    r.t("\n")
    if dom == "claim":
        r.t(r.c("Policy no") + ": ").span("NEG_ID", refno()).t("\n")
        r.t(r.c("Date of loss") + ": ").span("NEG_DATE", other_date(lg)).t("  ").box().t(r.c("theft") + "  ").box(False).t(r.c("fire") + "\n")
    elif dom == "tenancy":
        r.t(r.c("Employer") + ": ").span("NEG_ORG", rng.choice(FIRMS)).t("\n")
        r.box().t(r.c("Previous landlord") + ": ")
        q = Person(lg)
        r.span("PERSON", q.full(r.caps)).gap().lab("tel").span("PHONE_NUMBER", ocr_phone(q.phone)).t("\n")
    else:
        r.t(r.c("Product") + ": ").span("NEG_PRODUCT", rng.choice(PRODUCTS)).t("  S/N ").span("NEG_ID", refno()).t("\n")
        r.t(r.c("Purchased") + ": ").span("NEG_DATE", other_date(lg)).t("\n")
    r.newpage(2, 2)
    r.lab("date").span("NEG_DATE", other_date(lg)).gap().lab("sign", rng.choice([": ", " "]))
    r.t(rng.choice(["", "/s/ ", "(signed) "])).span("PERSON", p.full(r.caps) if rng.random() < 0.5 else r.c(p.g[0] + ". " + p.s)).t("\n")
    done(r)


def runon(lg, dom):
    r, p = R(lg, "runon", dom), Person(lg)
    r.caps = True
    r.span("NEG_TITLE", rng.choice(L[lg]["title"])).t(" ")
    order = ["name", "dob", "addr", "tel"]
    rng.shuffle(order)
    for k in order:
        if k == "name":
            r.lab("name", rng.choice([" ", ": ", "  "])).span("PERSON", p.full(True))
        elif k == "dob":
            r.lab("dob", rng.choice([" ", ": "])).span("DATE_OF_BIRTH", p.dob())
        elif k == "addr":
            r.lab("st", rng.choice([" ", ": "])).span("STREET_ADDRESS", up(p.st)).t(rng.choice([" ", ", ", "  "])).span("STREET_ADDRESS", up(p.pc))
        else:
            r.lab("tel", rng.choice([" ", ": ", ". "])).span("PHONE_NUMBER", ocr_phone(p.phone))
        r.t(rng.choice([" ", "  ", " | ", " ¦ ", " _ ", "\t"]))
    if rng.random() < 0.5:
        r.t("REF ").span("NEG_ID", refno()).t(" ")
    r.lab("date", " ").span("NEG_DATE", other_date(lg))
    if rng.random() < 0.5:
        q = Person(lg)
        r.t("\n").lab("name", " ").span("PERSON", q.full(True)).t(" ").lab("dob", " ").span("DATE_OF_BIRTH", q.dob())
        r.t(" ").lab("mail", " ").span("EMAIL_ADDRESS", ocr_mail(q.email))
    done(r)


def register(lg, dom):
    """A parish or school register, or a visitor sign-in sheet: rows in columns."""
    r = R(lg, "register", dom)
    d = L[lg]
    sep = rng.choice(["|", "¦", "\t", "   ", " | "])
    visit = dom == "visitors"
    r.header(1, 1)
    cols = ["NR", up(d["lab"]["name"]), "FIRMA" if visit else up(d["lab"]["dob"]),
            up(d["lab"]["date"]) if visit else up(d["lab"]["st"])]
    r.t(sep.join(cols) + "\n")
    r.t(rng.choice(["-" * 40, "=" * 40, "_" * 40, "~" * 30]) + "\n")
    n = rng.randint(3, 5)
    for i in range(n):
        p = Person(lg)
        r.t("%d%s" % (i + 1, rng.choice([".", "", ")"]))).t(sep)
        if rng.random() < 0.5:
            r.span("PERSON", up(p.s) + ", " + p.g if rng.random() < 0.5 else up(p.s) + " " + up(p.g))
        else:
            r.val("PERSON", p.full(rng.random() < 0.5))
        r.t(sep)
        if visit:
            r.span("NEG_ORG", rng.choice(FIRMS)).t(sep).span("NEG_DATE", other_date(lg)).t(" %02d:%02d" % (rng.randint(7, 18), rng.randrange(60)))
            if rng.random() < 0.4:
                r.t(sep).span("PHONE_NUMBER", ocr_phone(p.phone))
        else:
            r.span("DATE_OF_BIRTH", p.dob()).t(sep).val("STREET_ADDRESS", p.st if rng.random() < 0.5 else up(p.st))
        r.t(rng.choice(["", " " + sep, "  _"]) + "\n")
        if i == 1 and rng.random() < 0.4:
            r.newpage(2, 2)
    r.t(rng.choice(["", "Geprüft: ", "Checked: "])).span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def fax(lg, dom):
    """A faxed lab request: the fax machine's header and footer around the form."""
    r, p = R(lg, "fax", dom), Person(lg)
    r.t("%s %02d:%02d FAX " % (other_date(lg), rng.randint(7, 18), rng.randrange(60)))
    r.span("PHONE_NUMBER", phone_of(lg)).t("   ").span("NEG_ORG", rng.choice(FIRMS)).t("   P.00%d/002\n" % 1)
    r.span("NEG_TITLE", rng.choice(["LABORANFORDERUNG", "LAB REQUEST FORM", "DEMANDE D'ANALYSES", "RICHIESTA ESAMI"])).t("\n")
    r.t(rng.choice(["PATIENT", "PATIENT/IN", "PAT."]) + " ")
    name_fields(r, p)
    r.t("\n")
    r.lab("dob").span("DATE_OF_BIRTH", p.dob()).gap().t(rng.choice(["SEX ", "GESCHL. "])).box().t("M ").box(False).t("F\n")
    addr_fields(r, p)
    r.t("\n")
    r.t(rng.choice(["SAMPLE ID ", "PROBE-NR. ", "ECHANTILLON "])).span("NEG_ID", refno()).gap().t(rng.choice(["TAKEN ", "ENTNAHME "])).span("NEG_DATE", other_date(lg)).t("\n")
    r.t(rng.choice(["REQUESTED BY ", "EINSENDER ", "MEDECIN "]))
    q = Person(lg)
    r.span("PERSON", "DR. " + up(q.s) if rng.random() < 0.5 else "Dr. " + q.g[0] + ". " + q.s).gap().lab("tel").span("PHONE_NUMBER", ocr_phone(q.phone)).t("\n")
    r.t(rng.choice(["[x] FBC  [ ] CRP  [x] HBA1C", "☒ BB  ☐ CRP  ☒ TSH", "(x) NFS (x) CRP"]) + "\n")
    r.newpage(2, 2)
    r.t("%s %02d:%02d FAX " % (other_date(lg), rng.randint(7, 18), rng.randrange(60)))
    r.t("P.002/002   END OF TRANSMISSION\n")
    done(r)


def customs(lg, dom):
    r = R(lg, "customs", dom)
    r.caps = True
    r.span("NEG_TITLE", rng.choice(["CUSTOMS DECLARATION CN 23", "ZOLLINHALTSERKLÄRUNG CN 23", "DÉCLARATION EN DOUANE CN 23"])).t("\n")
    for who in ("FROM", "TO"):
        p = Person(lg if who == "FROM" or rng.random() < 0.5 else rng.choice(LANGS))
        r.t(rng.choice([who, {"FROM": "FR0M", "TO": "T0"}[who], {"FROM": "ABSENDER", "TO": "EMPFÄNGER"}[who]]) + rng.choice([": ", " "]))
        r.val("PERSON", p.full(True))
        r.gap().val("STREET_ADDRESS", up(p.st)).t(rng.choice(["\n", ", ", "  "])).span("STREET_ADDRESS", up(p.pc))
        if rng.random() < 0.5:
            r.gap().t(rng.choice(["TEL ", "TE1 ", "PHONE "])).span("PHONE_NUMBER", ocr_phone(p.phone))
        r.t("\n")
    r.t("CONTENTS: ").span("NEG_PRODUCT", rng.choice(PRODUCTS)).t("  HS ").span("NEG_ID", "%04d %02d %02d" % (rng.randint(1000, 9999), rng.randrange(100), rng.randrange(100)))
    r.t("  VALUE EUR %d,00\n" % rng.randint(20, 900))
    r.t("ORIGIN: ").span("NEG_PLACE", rng.choice(L[lg]["town"])).t("   DATE ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def delivery(lg, dom):
    r, p = R(lg, "delivery", dom), Person(lg)
    r.span("NEG_ORG", rng.choice(FIRMS)).t(rng.choice(["  LIEFERSCHEIN", "  DELIVERY NOTE", "  BON DE LIVRAISON", "  PAKBON"]))
    r.t("  NR. ").span("NEG_ID", refno()).t("\n")
    r.t(r.c("Consignee") + rng.choice([": ", " | ", "  "]))
    r.val("PERSON", p.full(r.caps)).t("\n")
    r.val("STREET_ADDRESS", r.c(p.st)).t("\n").span("STREET_ADDRESS", r.c(p.pc)).t("\n")
    r.lab("tel").span("PHONE_NUMBER", ocr_phone(p.phone)).t("\n")
    r.t(rng.choice(["DELIVERED ", "ZUGESTELLT ", "LIVRÉ LE "])).span("NEG_DATE", other_date(lg)).t("  ").box().t(rng.choice(["NEIGHBOUR", "NACHBAR", "VOISIN"]) + ": ")
    q = Person(lg)
    r.span("PERSON", up(q.s) if rng.random() < 0.5 else q.full(r.caps)).t("\n")
    r.t("~~ ").span("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" x%d ~~\n" % rng.randint(1, 4))
    done(r)


def card(lg, dom):
    """A membership card or a hand-filled warranty card, scanned."""
    r, p = R(lg, "card", dom), Person(lg)
    r.span("NEG_ORG", rng.choice(FIRMS) if dom == "warranty" else rng.choice(["ADAC", "TCS", "ANWB", "AA", "RAC", "FITX", "MCFIT", "STADTBIBLIOTHEK"]))
    r.t(rng.choice(["  MEMBER CARD\n", " MITGLIEDSKARTE\n", " | CARTE DE MEMBRE\n", "  WARRANTY CARD\n"]))
    r.t(rng.choice(["MEMBER NO ", "MITGL.-NR. ", "N° "])).span("NEG_ID", refno()).t("\n")
    name_fields(r, p)
    r.t(rng.choice(["\n", "  ", " ¦ "]))
    r.lab("dob").span("DATE_OF_BIRTH", p.dob())
    r.t(rng.choice(["\n", "   "]))
    r.t(rng.choice(["VALID UNTIL ", "GÜLTIG BIS ", "EXP "])).span("NEG_DATE", other_date(lg)).t("\n")
    if dom == "warranty" or rng.random() < 0.4:
        addr_fields(r, p, oneline=rng.random() < 0.5)
        r.t("\n").lab("mail").span("EMAIL_ADDRESS", ocr_mail(p.email)).t("\n")
    done(r)


LETTER = {
    "en": ("Dear Mr", "I am writing about the enclosed form. Please contact me at the address above.", "Yours sincerely"),
    "de": ("Sehr geehrter Herr", "ich schreibe Ihnen wegen des beigefügten Formulars. Bitte melden Sie sich unter obiger Anschrift.", "Mit freundlichen Grüßen"),
    "fr": ("Monsieur", "je vous écris au sujet du formulaire ci-joint. Merci de me répondre à l'adresse ci-dessus.", "Cordialement"),
    "nl": ("Geachte heer", "ik schrijf u over het bijgevoegde formulier. Neem contact op via het adres hierboven.", "Met vriendelijke groet"),
    "es": ("Estimado Sr.", "le escribo en relación con el formulario adjunto. Contácteme en la dirección indicada.", "Atentamente"),
    "it": ("Gentile Sig.", "le scrivo a proposito del modulo allegato. Mi contatti all'indirizzo sopra.", "Distinti saluti"),
    "pt": ("Exmo. Sr.", "escrevo a propósito do formulário em anexo. Contacte-me na morada acima.", "Com os melhores cumprimentos"),
    "pl": ("Szanowny Panie", "piszę w sprawie załączonego formularza. Proszę o kontakt pod adresem powyżej.", "Z poważaniem"),
    "sv": ("Bäste herr", "jag skriver angående bifogade blankett. Kontakta mig på adressen ovan.", "Med vänlig hälsning"),
    "cs": ("Vážený pane", "píši Vám ohledně přiloženého formuláře. Kontaktujte mě na adrese výše.", "S pozdravem"),
    "hu": ("Tisztelt", "a mellékelt űrlappal kapcsolatban írok. Kérem, keressen a fenti címen.", "Tisztelettel"),
    "tr": ("Sayın", "ekteki form hakkında yazıyorum. Lütfen yukarıdaki adresten bana ulaşın.", "Saygılarımla"),
    "da": ("Kære hr.", "jeg skriver angående den vedlagte formular. Kontakt mig på adressen ovenfor.", "Med venlig hilsen"),
    "fi": ("Hyvä herra", "kirjoitan oheisesta lomakkeesta. Ottakaa yhteyttä yllä olevaan osoitteeseen.", "Ystävällisin terveisin"),
}


def letter(lg, dom):
    """A scanned letter: sender block, salutation with a hyphen-split name, body, signature."""
    r, p, q = R(lg, "letter", dom), Person(lg), Person(lg)
    r.caps = False
    r.val("PERSON", p.full(False)).t("\n").val("STREET_ADDRESS", p.st).t("\n").span("STREET_ADDRESS", p.pc).t("\n")
    r.t(rng.choice(["Tel. ", "Te1. ", "T: "])).span("PHONE_NUMBER", ocr_phone(p.phone)).t("\n\n")
    r.span("NEG_ORG", rng.choice(FIRMS)).t("\n").span("NEG_PLACE", rng.choice(L[lg]["town"]).title()).t(", ").span("NEG_DATE", other_date(lg)).t("\n\n")
    sal, body, bye = LETTER[lg]
    r.t(sal + " ")
    s = q.s
    if len(s) >= 6 and rng.random() < 0.6:
        k = rng.randint(3, len(s) - 3)
        r.span("PERSON", s[:k]).t("-\n").span("PERSON", s[k:])
    else:
        r.span("PERSON", s)
    r.t(",\n\n" + body + "\n")
    if rng.random() < 0.5:
        r.t(r.c(L[lg]["lab"]["dob"]) + ": ").span("DATE_OF_BIRTH", p.dob()).t("\n")
    r.t("\n" + bye + "\n\n")
    r.t(rng.choice(["", "~", "_"])).val("PERSON", p.full(False)).t("\n")
    done(r)


def lookalike(lg, dom):
    """A blank form, or a firm's header and footer: field names, titles, firms, form dates and
    reference numbers, no PII."""
    r = R(lg, "lookalike", dom)
    d = L[lg]
    r.header(1, 1)
    r.span("NEG_TITLE", rng.choice(d["title"])).t("\n")
    for key in ("name", "dob", "st", "pc", "tel"):
        r.span("NEG_LABEL", up(d["lab"][key])).t(rng.choice([": ______________", ":  ..............", ": [        ]", " __/__/____" if key == "dob" else ": ________"]))
        r.t(rng.choice(["\n", "   ", " | "]))
    r.t("\n").span("NEG_ORG", rng.choice(FIRMS)).t(" · ").span("NEG_PLACE", rng.choice(d["town"])).t(" · REF. ")
    r.span("NEG_ID", refno()).t("\nREV. ").span("NEG_DATE", other_date(lg)).t("   ").span("NEG_ID", "FORM %d/%d" % (rng.randint(1, 40), rng.randint(2010, 2024))).t("\n")
    done(r)


# ---- request bodies ---------------------------------------------------------------------------
ASKS = ["Extract the fields of this OCR scan as JSON.", "Correct the OCR errors and file this form.",
        "Please fill our CRM from this faxed page.", "Who is on this scan? List names and dates of birth.",
        "Clean up this scanned form, keep the values.", "Was steht in diesem Scan? Bitte als Tabelle.",
        "Peux-tu extraire les champs de ce formulaire scanné ?", "Zet deze scan om naar JSON."]
PLAN = [(caps_form, 100), (runon, 70), (register, 60), (fax, 50), (customs, 40), (delivery, 45),
        (card, 55), (letter, 45), (lookalike, 40)]
DOMS = {caps_form: ["claim", "tenancy", "warranty"], runon: ["claim", "tenancy", "lab", "customs"],
        register: ["parish", "school", "visitors"], fax: ["lab"], customs: ["customs"],
        delivery: ["delivery"], card: ["membership", "warranty"], letter: ["claim", "tenancy"],
        lookalike: ["claim", "tenancy", "warranty", "lab"]}


def main():
    run_plan(PLAN, LANGS, 5, DOMS)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


main()
