#!/usr/bin/env python3
"""gen_names_holdout25.py: the twenty-fifth blind held-out set (stop 52): every personal identifier
(e-mail, phone, card, IBAN, US SSN, IP address, secret, person, street, birth) in request bodies,
each value in one shape: where it sits (JSON key, number, array element, split over two strings
or two content blocks, a string escaped twice, URL path and query, data: URI, header, cookie,
key=value log, CSV cell, SQL literal, source literals, YAML, TOML, INI, XML, Markdown cell, code
comment, diff line, traceback locals, docstring, regex test, fixture), how its characters read
(Unicode spaces, invisible characters inside, fullwidth and other digit scripts, dashes, dots and
slashes, entities, percent and quoted-printable encodings, [at] obfuscations, wrapped at 76
columns, a box-drawn terminal table, mixed case) or the words around it (none, a label in another
language, a label after the value, a header three lines up). Look-alikes that are not personal
data as NEG_* spans in the same shapes, more of them than positives.

Written blind: its author read no detector code, note or other blind set, and ran no hush binary.
Labelling rules (also in notes/holdout25.md):
- A value split into pieces (two JSON strings, two content blocks, an array of groups, a value
  wrapped over lines) has one gold span per piece of 3 or more characters; shorter pieces (a
  two-digit group) are left unlabelled. metadata.pieces lists those spans' indices (their digits
  alone need not pass the value checks).
- Documented constants (4111 1111 1111 1111 and 4242... quoted from a provider's docs,
  user@example.com, 555-0100, DE89 3704 0044 0532 0130 00, 078-05-1120) are NEG_EXAMPLE; a card
  a user typed into a checkout log is CREDIT_CARD whatever its digits.
- Private, loopback, link-local, CGNAT and documentation addresses in configs are NEG_IP: they
  name no person's device. Public addresses of people's devices in logs are IP_ADDRESS.
- A PEM private key is one SECRET span from its BEGIN line to its END line; an AWS key id and its
  secret are two SECRET spans.
- STREET_ADDRESS covers the street, the house number, and the postcode and town when they follow.
Python stdlib only; deterministic (seed 2552).
"""
import json
import random
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import B62, check_spans, write_json  # noqa: E402
from gen_bodies import P, esc, ascii_json, escaper, place_each  # noqa: E402

rng = random.Random(2552)
LOCS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
        "ro", "el"]
N_RECORDS = 612

# ---- people, places, numbers of each locale -------------------------------------------------------
GIVEN = {
    "en": ["Harriet", "Callum", "Imogen", "Rhys", "Fiona", "Declan"],
    "de": ["Friederike", "Jannik", "Annegret", "Torsten", "Wiebke", "Malte"],
    "fr": ["Solène", "Gaëtan", "Margaux", "Thibault", "Apolline", "Yannick"],
    "nl": ["Femke", "Joris", "Maartje", "Sjoerd", "Lieke", "Bram"],
    "es": ["Nerea", "Iker", "Ainhoa", "Gonzalo", "Maite", "Íñigo"],
    "it": ["Ilaria", "Gianluca", "Benedetta", "Ettore", "Ludovica", "Piergiorgio"],
    "pt": ["Inês", "Gonçalo", "Leonor", "Tiago", "Matilde", "Rui"],
    "pl": ["Zofia", "Bartosz", "Agnieszka", "Wojciech", "Małgorzata", "Kacper"],
    "sv": ["Ebba", "Hampus", "Linnea", "Viggo", "Saga", "Torbjörn"],
    "da": ["Mette", "Rasmus", "Signe", "Mikkel", "Ditte", "Anders"],
    "no": ["Ingrid", "Håkon", "Solveig", "Eirik", "Tuva", "Sindre"],
    "fi": ["Aino", "Juho", "Kaisa", "Eetu", "Venla", "Tuomas"],
    "cs": ["Tereza", "Vojtěch", "Kateřina", "Ondřej", "Zuzana", "Radek"],
    "hu": ["Zsófia", "Bence", "Réka", "Gergely", "Dorottya", "Levente"],
    "tr": ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Oğuz"],
    "ro": ["Ioana", "Andrei", "Bianca", "Mihai", "Raluca", "Ovidiu"],
    "el": ["Eleni", "Giorgos", "Katerina", "Dimitris", "Vasiliki", "Stavros"],
}
SURN = {
    "en": ["Pemberton", "Ashworth", "McAllister", "Thwaite", "Greenhalgh", "O'Rourke"],
    "de": ["Hoffmeister", "Brüggemann", "Lindqvist-Maier", "Oberdorfer", "Kasprzak", "Winterhalter"],
    "fr": ["Delacroix", "Vasseur", "Lemaître", "Brossard", "Guillot", "Peyrard"],
    "nl": ["van der Linden", "Brouwer", "Kuipers", "de Haan", "Verbeek", "Timmermans"],
    "es": ["Etxeberria", "Castillo", "Ruiz de Alda", "Montero", "Quintana", "Sáez"],
    "it": ["Bonetti", "Cavallaro", "Marchetti", "Santoro", "De Luca", "Ferraresi"],
    "pt": ["Magalhães", "Carvalho", "Teixeira", "Pinto", "Figueiredo", "Rebelo"],
    "pl": ["Wiśniewska", "Zieliński", "Kowalczyk", "Dąbrowski", "Pawlak", "Szymańska"],
    "sv": ["Lindgren", "Bergström", "Sjöberg", "Holmqvist", "Ekdahl", "Nyström"],
    "da": ["Kjærgaard", "Mortensen", "Østergaard", "Lauridsen", "Bech", "Thygesen"],
    "no": ["Haugland", "Solberg", "Bakke", "Fjeldstad", "Røed", "Nygaard"],
    "fi": ["Virtanen", "Heikkilä", "Mäkelä", "Koskinen", "Lehtonen", "Järvinen"],
    "cs": ["Dvořáková", "Procházka", "Novotný", "Černá", "Kratochvíl", "Horáková"],
    "hu": ["Szabó", "Kovács", "Tóth", "Farkas", "Balogh", "Vörös"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk", "Aydın"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Moldovan", "Rădulescu"],
    "el": ["Papadopoulou", "Georgiou", "Konstantinidis", "Nikolaou", "Alexiou", "Karagianni"],
}
GLOBAL = [("Chiamaka", "Okonkwo"), ("Oluwaseun", "Adeyemi"), ("Kwabena", "Mensah"),
          ("Priyanka", "Raghunathan"), ("Arjun", "Venkataraman"), ("Farhan", "Siddiqui"),
          ("Mei Lin", "Zhou"), ("Haruto", "Takahashi"), ("Ji-woo", "Park"), ("Thi Hoa", "Nguyen"),
          ("Yousef", "Al-Hamdan"), ("Leila", "Haddad"), ("Nasrin", "Karimi"), ("Tadesse", "Bekele"),
          ("Amani", "Wanjiru"), ("Rafael", "Ocampo"), ("Siosaia", "Tupou"), ("Aigerim", "Nurlanovna")]
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "ford"], "de": ["bre", "win", "kel", "mau", "hol", "rutz"],
       "fr": ["bel", "rou", "quet", "lan", "gau", "vel"], "nl": ["hui", "ker", "bol", "dij", "wout", "gel"],
       "es": ["zar", "mon", "qui", "llo", "cue", "dal"], "it": ["bru", "sca", "ghi", "lon", "maz", "cor"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "dei"], "pl": ["szy", "bro", "wic", "kol", "rze", "lan"],
       "sv": ["sjö", "lin", "dal", "strö", "ek", "vik"], "da": ["bjør", "sk", "hol", "dal", "mø", "ker"],
       "no": ["fjel", "tor", "skå", "ler", "vin", "bø"], "fi": ["kai", "lah", "tu", "vi", "mä", "ko"],
       "cs": ["vla", "dě", "kře", "mir", "hru", "ze"], "hu": ["gyö", "ker", "szi", "lá", "ré", "zsa"],
       "tr": ["yıl", "dem", "gül", "tan", "öz", "ka"], "ro": ["mir", "ves", "dra", "co", "lu", "ţa"],
       "el": ["ka", "to", "ri", "mou", "sta", "lo"]}
END = {"en": ["ton", "ley"], "de": ["mann", "bach"], "fr": ["ier", "aud"], "nl": ["ink", "hof"],
       "es": ["ez", "ejo"], "it": ["ini", "etti"], "pt": ["eira", "ado"], "pl": ["ski", "wicz"],
       "sv": ["son", "qvist"], "da": ["sen", "gaard"], "no": ["rud", "stad"], "fi": ["nen", "la"],
       "cs": ["ák", "ová"], "hu": ["falvi", "os"], "tr": ["oğlu", "can"], "ro": ["escu", "eanu"],
       "el": ["poulos", "akis"]}
MAILDOM = {"en": ["btinternet.com", "sky.com", "virginmedia.com"], "de": ["web.de", "gmx.de", "t-online.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
           "es": ["telefonica.net", "yahoo.es", "ono.com"], "it": ["libero.it", "tiscali.it", "alice.it"],
           "pt": ["sapo.pt", "netcabo.pt", "iol.pt"], "pl": ["wp.pl", "onet.pl", "interia.pl"],
           "sv": ["telia.com", "bredband.net", "spray.se"], "da": ["mail.dk", "jubii.dk", "youmail.dk"],
           "no": ["online.no", "start.no", "frisurf.no"], "fi": ["elisanet.fi", "luukku.com", "suomi24.fi"],
           "cs": ["seznam.cz", "centrum.cz", "email.cz"], "hu": ["freemail.hu", "citromail.hu", "t-online.hu"],
           "tr": ["yandex.com.tr", "mynet.com", "ttmail.com"], "ro": ["yahoo.ro", "rdslink.ro", "clicknet.ro"],
           "el": ["otenet.gr", "hol.gr", "forthnet.gr"]}
# phone: country code, national prefix, mobile start digits, national groups, international groups
PHONE = {"en": ("44", "0", ["74", "75", "78", "79"], [5, 6], [4, 6]),
         "de": ("49", "0", ["151", "160", "172", "176"], [4, 7], [3, 7]),
         "fr": ("33", "0", ["6", "7"], [2, 2, 2, 2, 2], [1, 2, 2, 2, 2]),
         "nl": ("31", "0", ["6"], [2, 8], [1, 8]),
         "es": ("34", "", ["6", "7"], [3, 3, 3], [3, 2, 2, 2]),
         "it": ("39", "", ["32", "33", "34", "38"], [3, 7], [3, 7]),
         "pt": ("351", "", ["91", "93", "96"], [3, 3, 3], [3, 3, 3]),
         "pl": ("48", "", ["50", "51", "60", "69"], [3, 3, 3], [3, 3, 3]),
         "sv": ("46", "0", ["70", "72", "73"], [3, 3, 2, 2], [2, 3, 2, 2]),
         "da": ("45", "", ["2", "3", "4"], [2, 2, 2, 2], [2, 2, 2, 2]),
         "no": ("47", "", ["4", "9"], [3, 2, 3], [3, 2, 3]),
         "fi": ("358", "0", ["40", "44", "50"], [3, 3, 4], [2, 3, 4]),
         "cs": ("420", "", ["60", "72", "77"], [3, 3, 3], [3, 3, 3]),
         "hu": ("36", "06", ["20", "30", "70"], [2, 2, 3, 4], [2, 3, 4]),
         "tr": ("90", "0", ["53", "54", "50"], [4, 3, 2, 2], [3, 3, 2, 2]),
         "ro": ("40", "0", ["72", "74", "75"], [4, 3, 3], [3, 3, 3]),
         "el": ("30", "", ["69"], [3, 3, 4], [3, 3, 4])}
# IBAN: country and the BBAN parts (count, n digits / a letters / c alphanumerics)
IBAN = {"en": ("GB", "4a6n8n"), "de": ("DE", "8n10n"), "fr": ("FR", "5n5n11c2n"), "nl": ("NL", "4a10n"),
        "es": ("ES", "4n4n1n1n10n"), "it": ("IT", "1a5n5n12c"), "pt": ("PT", "4n4n11n2n"),
        "pl": ("PL", "8n16n"), "sv": ("SE", "3n16n1n"), "da": ("DK", "4n9n1n"), "no": ("NO", "4n6n1n"),
        "fi": ("FI", "3n11n"), "cs": ("CZ", "4n6n10n"), "hu": ("HU", "3n4n1n15n1n"),
        "tr": ("TR", "5n1n16c"), "ro": ("RO", "4a16c"), "el": ("GR", "3n4n16c")}
STREETS = {
    "en": ["{n} Larkspur Close, Harrogate HG2 {d}RT", "{n} Mill Brow, Kendal LA9 {d}BW", "Flat {m}, {n} Quayside Road, Whitby YO21 {d}DH"],
    "de": ["Kastanienallee {n}, 14471 Potsdam", "Am Lerchenberg {n}, 55127 Mainz", "Schäferstraße {n}a, 20357 Hamburg"],
    "fr": ["{n} rue des Tanneurs, 67000 Strasbourg", "{n} bis avenue Jean-Médecin, 06000 Nice", "{n} impasse du Moulin, 44300 Nantes"],
    "nl": ["Lindengracht {n}, 1015 KL Amsterdam", "Oudegracht {n}-bis, 3511 AP Utrecht", "Zuiderkade {n}, 1621 CD Hoorn"],
    "es": ["Calle de Toledo {n}, 28005 Madrid", "Carrer de Verdi {n}, 08012 Barcelona", "Avenida de la Constitución {n}, 41004 Sevilla"],
    "it": ["Via dei Serpenti {n}, 00184 Roma", "Corso Garibaldi {n}, 20121 Milano", "Via San Gregorio Armeno {n}, 80138 Napoli"],
    "pt": ["Rua das Flores {n}, 4050-262 Porto", "Travessa do Carmo {n}, 1200-095 Lisboa", "Rua Direita {n}, 3810-169 Aveiro"],
    "pl": ["ul. Długa {n}, 80-827 Gdańsk", "ul. Floriańska {n}/{m}, 31-019 Kraków", "ul. Piotrkowska {n}, 90-410 Łódź"],
    "sv": ["Hornsgatan {n}, 118 49 Stockholm", "Linnégatan {n}, 413 04 Göteborg", "Stora Södergatan {n}, 222 23 Lund"],
    "da": ["Jægersborggade {n}, 2200 København N", "Mejlgade {n}, 8000 Aarhus C", "Overgade {n}, 5000 Odense C"],
    "no": ["Thorvald Meyers gate {n}, 0555 Oslo", "Kong Oscars gate {n}, 5017 Bergen", "Munkegata {n}, 7013 Trondheim"],
    "fi": ["Fredrikinkatu {n}, 00120 Helsinki", "Hämeenkatu {n} B {m}, 33100 Tampere", "Linnankatu {n}, 20100 Turku"],
    "cs": ["Vinohradská {n}/{m}, 120 00 Praha 2", "Údolní {n}, 602 00 Brno", "Pražská {n}, 370 01 České Budějovice"],
    "hu": ["Király utca {n}, 1061 Budapest", "Kossuth Lajos utca {n}, 7621 Pécs", "Kálvária sugárút {n}, 6722 Szeged"],
    "tr": ["Moda Caddesi No: {n}, 34710 Kadıköy/İstanbul", "Kıbrıs Şehitleri Caddesi No: {n}, 35220 Alsancak/İzmir", "Tunalı Hilmi Caddesi No: {n}, 06680 Çankaya/Ankara"],
    "ro": ["Strada Lipscani nr. {n}, 030031 București", "Strada Memorandumului nr. {n}, 400114 Cluj-Napoca", "Bulevardul Carol I nr. {n}, 700505 Iași"],
    "el": ["Odos Ermou {n}, 105 63 Athina", "Leoforos Nikis {n}, 546 22 Thessaloniki", "Odos Korinthou {n}, 262 21 Patra"],
}
BIRTH_WORD = {"en": "date of birth", "de": "Geburtsdatum", "fr": "date de naissance", "nl": "geboortedatum",
              "es": "fecha de nacimiento", "it": "data di nascita", "pt": "data de nascimento",
              "pl": "data urodzenia", "sv": "födelsedatum", "da": "fødselsdato", "no": "fødselsdato",
              "fi": "syntymäaika", "cs": "datum narození", "hu": "születési dátum", "tr": "doğum tarihi",
              "ro": "data nașterii", "el": "imerominia gennisis"}
LBL = {  # phone, e-mail, card, account, address, name (the labels of each language)
    "en": ["mobile", "e-mail", "card", "IBAN", "address", "name"],
    "de": ["Handy", "E-Mail", "Karte", "Kontonummer (IBAN)", "Anschrift", "Name"],
    "fr": ["portable", "courriel", "carte", "IBAN", "adresse", "nom"],
    "nl": ["mobiel", "e-mailadres", "pas", "rekeningnummer", "adres", "naam"],
    "es": ["móvil", "correo", "tarjeta", "cuenta", "domicilio", "nombre"],
    "it": ["cellulare", "posta", "carta", "conto", "indirizzo", "nominativo"],
    "pt": ["telemóvel", "e-mail", "cartão", "NIB/IBAN", "morada", "nome"],
    "pl": ["komórka", "e-mail", "karta", "numer konta", "adres", "imię i nazwisko"],
    "sv": ["mobil", "e-post", "kort", "kontonummer", "adress", "namn"],
    "da": ["mobil", "e-mail", "kort", "kontonummer", "adresse", "navn"],
    "no": ["mobil", "e-post", "kort", "kontonummer", "adresse", "navn"],
    "fi": ["matkapuhelin", "sähköposti", "kortti", "tilinumero", "osoite", "nimi"],
    "cs": ["mobil", "e-mail", "karta", "číslo účtu", "adresa", "jméno"],
    "hu": ["mobil", "e-mail", "kártya", "számlaszám", "lakcím", "név"],
    "tr": ["cep", "e-posta", "kart", "hesap (IBAN)", "adres", "ad soyad"],
    "ro": ["mobil", "e-mail", "card", "cont IBAN", "adresa", "nume"],
    "el": ["kinito", "email", "karta", "logariasmos IBAN", "dieythynsi", "onoma"],
}
ASK = {
    "en": ["Can you tell me why this fails?", "Please dedupe these and keep the newest.", "Turn this into a CSV for finance."],
    "de": ["Warum schlägt das fehl?", "Bitte Dubletten entfernen, die neueste behalten.", "Mach daraus bitte eine Tabelle."],
    "fr": ["Pourquoi est-ce que ça échoue ?", "Peux-tu dédoublonner ceci ?", "Transforme ça en tableau, stp."],
    "nl": ["Waarom faalt dit?", "Kun je de dubbele regels eruit halen?", "Maak hier een tabel van."],
    "es": ["¿Por qué falla esto?", "¿Puedes quitar los duplicados?", "Pásalo a una tabla, por favor."],
    "it": ["Perché fallisce?", "Puoi togliere i doppioni?", "Trasformalo in una tabella."],
    "pt": ["Porque é que isto falha?", "Podes remover os duplicados?", "Passa isto para uma tabela."],
    "pl": ["Dlaczego to nie działa?", "Usuń proszę duplikaty.", "Zrób z tego tabelę."],
    "sv": ["Varför misslyckas det här?", "Kan du ta bort dubbletterna?", "Gör om det till en tabell."],
    "da": ["Hvorfor fejler det her?", "Kan du fjerne dubletterne?", "Lav det om til en tabel."],
    "no": ["Hvorfor feiler dette?", "Kan du fjerne duplikatene?", "Gjør dette om til en tabell."],
    "fi": ["Miksi tämä epäonnistuu?", "Poistatko kaksoiskappaleet?", "Tee tästä taulukko."],
    "cs": ["Proč to selhává?", "Můžeš odstranit duplicity?", "Udělej z toho tabulku."],
    "hu": ["Miért hibázik ez?", "Kiszednéd a duplikátumokat?", "Csinálj ebből táblázatot."],
    "tr": ["Bu neden hata veriyor?", "Tekrarlananları siler misin?", "Bunu tabloya çevir lütfen."],
    "ro": ["De ce eșuează asta?", "Poți elimina duplicatele?", "Fă din asta un tabel."],
    "el": ["Giati apotygxanei afto?", "Mporeis na afaireseis ta dipla?", "Kane to pinaka se parakalo."],
}
# the kinds of text (a domain each record is framed in), away from the earlier sets' kinds
DOMAINS = ["EPC QR payload batch", "Swiss QR-bill import", "MeCard contact QR scans", "otpauth URI export",
           "SIP INVITE trace", "Asterisk CDR export", "RADIUS accounting log", "OpenVPN status log",
           "WireGuard peer config", "Okta system log", "Azure AD sign-in log", "CloudTrail events",
           "Vault audit log", "UBL e-invoice", "FatturaPA invoice", "MT940 statement", "ISO 8583 dump",
           "EDIFACT INVRPT segment", "SAS datalines", "Stata do-file", "VBA macro", "Apps Script",
           "Airflow task log", "dbt test failure", "Kafka topic dump", "Redis MONITOR output",
           "SAML assertion", "Thunderbird prefs.js", ".gitconfig and .hgrc", "Ansible inventory",
           "crontab and systemd unit", "Prometheus alert", "OpenTelemetry span", "Android logcat",
           "iOS crash report", "mitmproxy flow", "Zapier task history", "n8n execution",
           "Airtable API response", "Power Query step", "Snowflake result", "Spark DataFrame show()"]
APIS = ["chat", "responses", "anthropic", "gemini"]

# ---- value generators ------------------------------------------------------------------------------


def dg(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(n):
    return rng.choice("123456789") + dg(n - 1)


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "3530111333300000", "4000056655665556", "5105105105105100"}


def card_groups():
    kind = rng.choice(["visa", "mc", "mc2", "amex", "disc", "jcb", "maestro", "visa13", "maestro19"])
    pre, ln = {"visa": ("4" + nz(1), 16), "mc": ("5" + rng.choice("12345"), 16),
               "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
               "disc": (rng.choice(["6011", "65" + dg(2)]), 16), "jcb": (str(rng.randint(3528, 3589)), 16),
               "maestro": (rng.choice(["6759", "5018", "5020", "6304"]), 16),
               "visa13": ("4" + nz(1), 13), "maestro19": (rng.choice(["6759", "5038", "6304"]), 19)}[kind]
    while True:
        d = luhn_complete(pre, ln)
        if d not in TEST_CARDS:
            break
    if ln == 15:
        return d, [d[:4], d[4:10], d[10:]]
    if ln == 13:
        return d, [d[:4], d[4:7], d[7:10], d[10:]]
    return d, [d[i:i + 4] for i in range(0, ln, 4)]


def iban(lg):
    cc, spec = IBAN[lg]
    import re
    bban = ""
    for n, t in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(n)):
            bban += rng.choice("0123456789" if t == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a"
                               else "0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ")
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = cc + "%02d" % (98 - num % 97) + bban
    return s, [s[i:i + 4] for i in range(0, len(s), 4)]


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return ["%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)]


def phone(lg, intl):
    cc, trunk, starts, ng, ig = PHONE[lg]
    st = rng.choice(starts)
    total = sum(ig)
    sub = st + dg(total - len(st))
    groups, k = [], 0
    for g in (ig if intl else ng):
        if not intl and not groups:
            g -= len(trunk)
            groups.append(trunk + sub[k:k + g])
        else:
            groups.append(sub[k:k + g])
        k += g
    if intl:
        groups = ["+" + cc] + groups
    return groups


PUB4 = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109,
        141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


def ipv4():
    return "%d.%d.%d.%d" % (rng.choice(PUB4), rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(mixed=False):
    head = rng.choice(["2a02:810d", "2003:e4", "2a01:cb1d", "2a02:a45a", "2a00:23c5", "2001:1c00",
                       "2a02:2f0e", "2a01:4c8", "2a02:8109"])
    parts = ["%x" % rng.randint(1, 0xffff) for _ in range(4)]
    s = head + ":" + ":".join(parts[:2]) + "::" + ":".join(parts[2:]) if rng.random() < 0.5 else \
        head + ":" + ":".join("%x" % rng.randint(0, 0xffff) for _ in range(8 - head.count(":") - 1))
    if mixed:
        s = "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in s)
    return s


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


B64U = B62 + "-_"
B64 = B62 + "+/"


def b64url(obj):
    import base64
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def secret(kind=None):
    kind = kind or rng.choice(["openai", "openai_proj", "anthropic", "ghp", "github_pat", "aws", "stripe",
                               "slack", "google", "jwt", "pem"])
    if kind == "openai":
        return ["sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20)]
    if kind == "openai_proj":
        return ["sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)]
    if kind == "anthropic":
        return ["sk-ant-api03-" + rs(B64U, 93) + "AA"]
    if kind == "ghp":
        return ["ghp_" + rs(B62, 36)]
    if kind == "github_pat":
        return ["github_pat_11" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 20) + "_" + rs(B62, 59)]
    if kind == "aws":
        return ["AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), rs(B64, 40)]
    if kind == "stripe":
        return ["sk_live_" + (rs(B62, 24) if rng.random() < 0.5 else "51" + rs(B62, 97))]
    if kind == "slack":
        return ["xoxb-" + nz(12) + "-" + nz(13) + "-" + rs(B62, 24)]
    if kind == "google":
        return ["AIza" + rs(B64U, 35)]
    if kind == "jwt":
        return [b64url({"alg": "RS256", "typ": "JWT", "kid": rs(B62, 8)}) + "." +
                b64url({"sub": rs("0123456789abcdef", 24), "iat": 1717000000 + rng.randint(0, 9 ** 7),
                        "scope": "read write"}) + "." + rs(B64U, 342)]
    if kind == "pem":
        head = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        width = 70 if "OPENSSH" in head else 64
        body = ("b3BlbnNzaC1rZXktdjEAAAAA" if "OPENSSH" in head else "MII") + rs(B64, rng.choice([180, 250, 310]))
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        return ["-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)]
    raise ValueError(kind)


def person(lg):
    r = rng.random()
    if r < 0.2:
        return "%s %s" % rng.choice(GLOBAL)
    if r < 0.7:
        def inv(end):
            w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((2, 2, 3)))) + (rng.choice(END[lg]) if end else "")
            return w[0].upper() + w[1:]
        return inv(False) + " " + inv(True)
    return rng.choice(GIVEN[lg]) + " " + rng.choice(SURN[lg])


def fold(s):
    out = []
    for ch in s:
        import unicodedata
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if not unicodedata.combining(c))
        out.append({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i", "đ": "d", "Ł": "L"}.get(ch, d))
    return "".join(out)


def email_for(name, lg):
    g, s = name.split(" ", 1)
    g, s = fold(g).lower().replace(" ", ""), fold(s).lower().replace(" ", "").replace("'", "")
    local = rng.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s%d" % (g, s, rng.randint(1, 99)),
                        "%s.%s%s" % (s, g[0], dg(2))])
    return local, rng.choice(MAILDOM[lg])


def dob(lg):
    y, m, d = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.random()
    if f < 0.3:
        return "%04d-%02d-%02d" % (y, m, d)
    if lg in ("de", "pl", "fi", "no", "da", "tr", "ro", "cs", "el"):
        return "%02d.%02d.%04d" % (d, m, y)
    if lg == "hu":
        return "%04d.%02d.%02d." % (y, m, d)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "sv":
        return "%04d%02d%02d" % (y, m, d) if f > 0.8 else "%04d-%02d-%02d" % (y, m, d)
    if lg == "en" and f > 0.7:
        return "%02d/%02d/%04d" % (m, d, y)
    return "%02d/%02d/%04d" % (d, m, y)


def street(lg):
    return rng.choice(STREETS[lg]).format(n=rng.randint(2, 148), m=rng.randint(1, 24), d=rng.randint(1, 9))


# ---- look-alikes ------------------------------------------------------------------------------------
def ean13(luhn_too):
    while True:
        b = rng.choice(["978", "979", "400", "590", "871", "800", "761"]) + dg(9)
        c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b)) % 10) % 10
        s = b + str(c)
        if not luhn_too or luhn_ok(s):
            return s


def neg(kind=None):
    """(kind, label, value) of a look-alike."""
    k = kind or rng.choice(NEG_KINDS)
    if k == "version4":
        return k, "NEG_VERSION", "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 9), rng.randint(0, 4000))
    if k == "semver":
        return k, "NEG_VERSION", rng.choice(["v%d.%d.%d" % (rng.randint(1, 22), rng.randint(0, 40), rng.randint(0, 20)),
                                             "^%d.%d.0 || >=%d.0.0-rc.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(6, 9), rng.randint(1, 4)),
                                             "~%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9))])
    if k == "build":
        return k, "NEG_ID", rng.choice(["build-%s" % nz(8), "%s.%s" % (nz(8), dg(4)), "#%s" % nz(6)])
    if k == "order":
        return k, "NEG_ID", rng.choice(["ORD-%s-%s" % (nz(4), dg(6)), "INV/%d/%s" % (rng.randint(2019, 2026), dg(5)), "%s" % nz(10)])
    if k == "tracking":
        return k, "NEG_ID", rng.choice(["1Z%s%s" % (rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6), dg(10)),
                                        "JJD%s" % dg(18), "%s %s %s" % (dg(4), dg(4), dg(4)), "RR%sDE" % dg(9)])
    if k == "ean":
        return k, "NEG_EAN", ean13(rng.random() < 0.5)
    if k == "uuid":
        h = rs("0123456789abcdef", 32)
        return k, "NEG_UUID", "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])
    if k == "sha":
        return k, "NEG_HASH", rs("0123456789abcdef", rng.choice([7, 40, 64]))
    if k == "b64":
        return k, "NEG_B64", rs(B64, rng.choice([24, 32, 44])) + "="
    if k == "example":
        return k, "NEG_EXAMPLE", rng.choice(["user@example.com", "jane.doe@example.org", "+1 202 555 0100",
                                             "555-0100", "4111 1111 1111 1111", "4242424242424242",
                                             "DE89 3704 0044 0532 0130 00", "078-05-1120", "192.0.2.10",
                                             "2001:db8::1", "John Doe"])
    if k == "epoch":
        return k, "NEG_TIMESTAMP", str(rng.randint(1690000000000, 1760000000000))
    if k == "coord":
        return k, "NEG_COORD", "%.6f, %.6f" % (rng.uniform(36, 60), rng.uniform(-8, 28))
    if k == "amount":
        return k, "NEG_AMOUNT", rng.choice(["%d.%02d EUR" % (rng.randint(10, 99999), rng.randint(0, 99)),
                                            "%s,%02d" % (rng.randint(1000, 9999999), rng.randint(0, 99))])
    if k == "port":
        return k, "NEG_PORT", str(rng.choice([5432, 6379, 8443, 9092, 27017, 51820, 1194, 5060, 3306]))
    if k == "cidr":
        return k, "NEG_CIDR", rng.choice(["10.%d.0.0/16" % rng.randint(0, 255), "172.%d.0.0/12" % rng.randint(16, 31),
                                          "%d.%d.0.0/16" % (rng.choice(PUB4), rng.randint(0, 255)), "fd00:%x::/64" % rng.randint(1, 65535)])
    if k == "privip":
        return k, "NEG_IP", rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                                        "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                                        "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                                        "127.0.0.1", "::1", "fe80::%x:%x" % (rng.randint(1, 65535), rng.randint(1, 65535)),
                                        "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254))])
    if k == "mac":
        return k, "NEG_MAC", ":".join("%02x" % rng.randint(0, 255) for _ in range(6))
    if k == "model":
        return k, "NEG_MODEL", rng.choice(["gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "gemini-1.5-pro-002",
                                           "gpt-4.1-mini-2025-04-14", "text-embedding-3-large"])
    if k == "placeholder":
        return k, "NEG_KEY", rng.choice(["sk-xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_API_KEY", "sk-ant-...", "ghp_XXXXXXXXXXXXXXXX",
                                         "AKIAXXXXXXXXXXXXXXXX", "<your-stripe-key>", "${OPENAI_API_KEY}"])
    if k == "color":
        return k, "NEG_COLOR", "#" + rs("0123456789abcdefABCDEF", rng.choice([6, 6, 3]))
    if k == "date":
        return k, "NEG_DATE", "%04d-%02d-%02d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
    if k == "term":
        return k, "NEG_TERM", rng.choice(["Dijkstra", "Bayes", "Levenshtein", "Kalman", "Fourier", "Huffman", "Markov",
                                          "Bloom", "Nyquist", "Gauss"])
    raise ValueError(k)


NEG_KINDS = ["version4", "semver", "build", "order", "tracking", "ean", "uuid", "sha", "b64", "example", "epoch",
             "coord", "amount", "port", "cidr", "privip", "mac", "model", "placeholder", "color", "date", "term"]
POS_KINDS = ["email", "phone", "card", "iban", "ssn", "ip", "secret", "person", "street", "dob"]
POS_LABEL = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "card": "CREDIT_CARD", "iban": "IBAN_CODE",
             "ssn": "US_SSN", "ip": "IP_ADDRESS", "secret": "SECRET", "person": "PERSON",
             "street": "STREET_ADDRESS", "dob": "DATE_OF_BIRTH"}
KEYS = {"email": ["email", "contact_email", "mail", "user_email"], "phone": ["phone", "msisdn", "tel", "mobile"],
        "card": ["pan", "card_number", "cc"], "iban": ["iban", "payout_iban", "debtor_account"],
        "ssn": ["ssn", "us_ssn", "tax_id"], "ip": ["client_ip", "remote_addr", "src_ip"],
        "secret": ["api_key", "token", "auth"], "person": ["name", "holder", "customer"],
        "street": ["address", "street", "home_addr"], "dob": ["dob", "birth_date", "born"],
        "version4": ["version", "agent_version"], "semver": ["range", "requires"], "build": ["build"],
        "order": ["order_id", "invoice"], "tracking": ["tracking", "parcel"], "ean": ["gtin", "ean"],
        "uuid": ["request_id", "trace_id"], "sha": ["commit", "digest"], "b64": ["nonce", "salt"],
        "example": ["docs_example", "doc_sample", "example_from_docs"], "epoch": ["ts_ms", "created_ms"], "coord": ["latlon", "geo"],
        "amount": ["amount", "total"], "port": ["port", "listen"], "cidr": ["allow", "subnet"],
        "privip": ["bind", "gateway"], "mac": ["mac", "hwaddr"], "model": ["model", "engine"],
        "placeholder": ["api_key", "token"], "color": ["color", "accent"], "date": ["created", "expires"],
        "term": ["algo", "method"]}


class Rec:
    """The values of one record: its locale, one person (name, e-mail, phone...) and the items."""

    def __init__(self, lg):
        self.lg = lg
        self.name = person(lg)

    def pos(self, kind, multiline=False):
        """Items (dicts: k kind, l label, v value, g groups, key) of a positive of kind."""
        lg = self.lg
        it = {"k": kind, "l": POS_LABEL[kind], "g": None, "key": rng.choice(KEYS[kind])}
        if kind == "email":
            loc, dom = email_for(self.name if rng.random() < 0.6 else person(lg), lg)
            it.update(v=loc + "@" + dom, g=[loc, dom])
        elif kind == "phone":
            g = phone(lg, rng.random() < 0.55)
            it.update(v=" ".join(g), g=g)
        elif kind == "card" and rng.random() < 0.05:  # a user's own test card: masked all the same
            d = rng.choice(sorted(TEST_CARDS))
            g = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
            it.update(v=" ".join(g), g=g, key="card_used_in_checkout")
        elif kind == "card":
            d, g = card_groups()
            it.update(v=" ".join(g), g=g)
        elif kind == "iban":
            s, g = iban(lg)
            it.update(v=" ".join(g), g=g)
        elif kind == "ssn":
            g = ssn()
            it.update(v="-".join(g), g=g)
        elif kind == "ip":
            it.update(v=ipv4() if rng.random() < 0.6 else ipv6(rng.random() < 0.3))
        elif kind == "secret":
            sk = rng.choice(["openai", "openai_proj", "anthropic", "ghp", "github_pat", "aws", "stripe", "slack",
                             "google", "jwt"] + (["pem", "pem"] if multiline else []))
            vals = secret(sk)
            keyname = {"openai": "OPENAI_API_KEY", "openai_proj": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY",
                       "ghp": "GITHUB_TOKEN", "github_pat": "GH_PAT", "aws": "AWS_ACCESS_KEY_ID",
                       "stripe": "STRIPE_SECRET_KEY", "slack": "SLACK_BOT_TOKEN", "google": "GOOGLE_API_KEY",
                       "jwt": "id_token", "pem": "private_key"}[sk]
            it.update(v=vals[0], key=keyname, sk=sk)
            if sk == "aws":
                return [it, {"k": kind, "l": "SECRET", "g": None, "key": "AWS_SECRET_ACCESS_KEY", "v": vals[1],
                             "sk": "aws2"}]
        elif kind == "person":
            it.update(v=self.name if rng.random() < 0.5 else person(lg))
        elif kind == "street":
            it.update(v=street(lg))
        elif kind == "dob":
            it.update(v=dob(lg))
        return [it]

    def neg(self, kind=None):
        k, lab, v = neg(kind)
        return {"k": k, "l": lab, "v": v, "g": None, "key": rng.choice(KEYS[k])}


# ---- how the characters read (family chars) -----------------------------------------------------------
SPACES = ["\u00a0", "\u202f", "\u2009", "\u2007", "\u3000"]
DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]
INVIS = ["\u200b", "\u200d", "\u00ad"]
FW = {c: chr(0xFF10 + int(c)) for c in "0123456789"}
ARAB = {c: chr(0x0660 + int(c)) for c in "0123456789"}
DEVA = {c: chr(0x0966 + int(c)) for c in "0123456789"}


def chars_form(it):
    """The item's value as its characters read in one of the chars shapes; returns the shape name
    (the value changed in place), or None when none applies (the value left as it is)."""
    k, g, v = it["k"], it["g"], it["v"]
    if k in ("phone", "card", "iban", "ssn"):
        opts = ["space", "invis", "fullwidth", "dash", "dots", "nosep", "slash", "entity"]
        if k == "phone":
            opts += ["arabic", "devanagari", "percent"]
        if k == "iban":
            opts = ["space", "invis", "mixedcase", "nosep", "dash", "dots"]
        f = rng.choice(opts)
        if f == "space":
            it["v"] = rng.choice(SPACES).join(g)
        elif f == "invis":
            z = rng.choice(INVIS)
            it["v"] = " ".join(g[:-1]) + " " + g[-1][:2] + z + g[-1][2:] if len(g[-1]) > 2 else z.join(g)
        elif f == "fullwidth":
            it["v"] = " ".join("".join(FW.get(c, "\uff0b" if c == "+" else c) for c in x) for x in g)
        elif f == "dash":
            it["v"] = rng.choice(DASHES).join(g)
        elif f == "dots":
            it["v"] = ".".join(g)
        elif f == "nosep":
            it["v"] = "".join(g)
        elif f == "slash":
            it["v"] = "/".join(g)
        elif f == "entity":
            sep = rng.choice(["&nbsp;", "&#160;", "&#x2011;", " "])
            it["v"] = sep.join(x.replace("+", rng.choice(["&#x2B;", "&plus;", "&#43;"])) for x in g)
        elif f in ("arabic", "devanagari"):
            m = ARAB if f == "arabic" else DEVA
            it["v"] = " ".join("".join(m.get(c, c) for c in x) for x in g)
        elif f == "percent":
            it["v"] = "%20".join(x.replace("+", "%2B") for x in g)
        elif f == "mixedcase":
            it["v"] = "".join(c.lower() if c.isalpha() and rng.random() < 0.5 else c for c in "".join(g))
            it["v"] = " ".join(it["v"][i:i + 4] for i in range(0, len(it["v"]), 4))
        return f
    if k == "email":
        loc, dom = g
        f = rng.choice(["fullwidth_at", "entity", "commat", "percent", "qp", "brackets", "parens", "invis"])
        if f == "fullwidth_at":
            it["v"] = loc + "\uff20" + dom
        elif f == "entity":
            it["v"] = loc + "&#64;" + dom
        elif f == "commat":
            it["v"] = loc + "&commat;" + dom.replace(".", "&period;", 1)
        elif f == "percent":
            it["v"] = loc + "%40" + dom
        elif f == "qp":
            it["v"] = loc.replace("_", "=5F") + "=40" + dom
        elif f == "brackets":
            it["v"] = loc + " [at] " + dom.replace(".", " [dot] ")
        elif f == "parens":
            it["v"] = loc + "(at)" + dom.replace(".", "(dot)")
        elif f == "invis":
            it["v"] = loc[:2] + "\u200b" + loc[2:] + "@" + dom
        return f
    if k == "ip":
        if ":" in v:
            it["v"] = "".join(c.upper() if c.isalpha() and rng.random() < 0.6 else c for c in v)
            return "mixedcase"
        it["v"] = v.replace(".", rng.choice(["[.]", "\u2024", " . "])) if rng.random() < 0.5 else v
        return "defang" if it["v"] != v else None
    return None


def wrap76(prefix, value, width=76):
    """The value cut where a line of width columns (after prefix) ends: the pieces."""
    first = max(8, width - len(prefix))
    pieces = [value[:first]]
    rest = value[first:]
    while rest:
        pieces.append(rest[:width])
        rest = rest[width:]
    return pieces


# ---- pieces of text with spans -----------------------------------------------------------------------
def put(p, it, v=None, piece=False):
    """Appends the item's value (or v, a form of it) to piece p as a gold span."""
    v = it["v"] if v is None else v
    p.s(it["l"], v)
    if piece:
        p.spans[-1]["_piece"] = True
    return p


def jval(p, it):
    """The item as a JSON string value (escaped as JSON text holds it)."""
    p.t('"')
    put(p, it, esc(it["v"]))
    return p.t('"')


def text_mode():
    return rng.choice(["user", "user", "tool_out", "args2"])


def json_mode():
    return rng.choice(["json", "json", "user_json"])


def digits(v):
    return "".join(c for c in v if c.isdigit())


# ---- where the value sits (family where) ---------------------------------------------------------------
def w_json_key(rec, items):
    p = P("{")
    for n, it in enumerate(items):
        if n:
            p.t(", ")
        jval(p, it).t(': {"status": "%s", "seen": %d}' % (rng.choice(["active", "bounced", "pending", "merged"]),
                                                            rng.randint(1, 40)))
    return [(json_mode(), p.t("}"))]


def w_json_number(rec, items):
    p = P("{")
    for n, it in enumerate(items):
        if n:
            p.t(", ")
        p.t('"%s": ' % it["key"])
        d = digits(it["v"])
        if it["k"] in ("phone", "card", "epoch", "order", "ean") and d and d[0] != "0" and len(d) >= 6:
            put(p, it, d)
        else:
            jval(p, it)
    return [(json_mode(), p.t("}"))]


def w_array(rec, items):
    p = P("{")
    first = True
    for it in items:
        if not first:
            p.t(", ")
        first = False
        p.t('"%ss": [' % it["key"])
        if it["g"] and it["k"] in ("phone", "card", "iban", "ssn") and rng.random() < 0.6:
            for n, x in enumerate(it["g"]):
                if n:
                    p.t(", ")
                if len(x) >= 3:
                    p.t('"')
                    put(p, it, x, piece=True)
                    p.t('"')
                else:
                    p.t('"%s"' % x)
        elif it["k"] in ("card", "phone", "ean", "epoch") and digits(it["v"])[:1] not in ("", "0"):
            put(p, it, digits(it["v"]))
        else:
            jval(p, it)
        p.t("]")
    return [(json_mode(), p.t("}"))]


def cut_point(v):
    g = [i for i, c in enumerate(v) if c in " .-@"]
    return rng.choice(g) if g else len(v) // 2


def w_split_strings(rec, items):
    p = P("{")
    for n, it in enumerate(items):
        if n:
            p.t(", ")
        v = it["v"]
        if "\n" not in v and len(v) >= 8 and it["l"].startswith(("EMAIL", "PHONE", "CREDIT", "IBAN", "US_", "SECRET")):
            c = cut_point(v)
            a, b = v[:c], v[c:]
            p.t('"%s_1": "' % it["key"])
            if len(a) >= 3:
                put(p, it, esc(a), piece=True)
            else:
                p.t(esc(a))
            p.t('", "%s_2": "' % it["key"])
            if len(b) >= 3:
                put(p, it, esc(b), piece=True)
            else:
                p.t(esc(b))
            p.t('"')
        else:
            p.t('"%s": ' % it["key"])
            jval(p, it)
    return [(json_mode(), p.t("}"))]


def w_split_blocks(rec, items):
    it = items[0]
    v = it["v"]
    c = cut_point(v)
    a, b = v[:c], v[c:]
    p1 = P("%s: " % rng.choice([label_word(rec.lg, it), it["key"]]))
    put(p1, it, a, piece=True) if len(a) >= 3 else p1.t(a)
    p2 = P()
    put(p2, it, b, piece=True) if len(b) >= 3 else p2.t(b)
    for other in items[1:]:
        p2.t("\n%s: " % other["key"])
        put(p2, other)
    return [("userpart", p1), ("userpart", p2)]


def w_kvlog(rec, items, mode=None):
    p = P("%s %s " % ("2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                           rng.randint(0, 59), rng.randint(0, 59)),
                      rng.choice(["level=info", "lvl=warn", "severity=ERROR", "I", "W"])))
    p.t('msg="%s"' % rng.choice(["login ok", "payout queued", "token refreshed", "webhook retry", "device bound"]))
    for it in items:
        p.t(" %s=" % it["key"])
        if " " in it["v"] and rng.random() < 0.7:
            p.t('"')
            put(p, it)
            p.t('"')
        else:
            put(p, it)
    return [(mode or text_mode(), p)]


def w_args2(rec, items):
    return w_kvlog(rec, items, "args2")


def pct(v):
    from urllib.parse import quote
    return quote(v, safe="")


def w_url(rec, items):
    p = P(rng.choice(["GET", "POST", "DELETE"]) + " https://api.%s/v2/" % rng.choice(["billing.internal", "crm.acme-group.eu", "hooks.payroll.io"]))
    first, q = items[0], items[1:]
    p.t("users/")
    put(p, first, pct(first["v"]))
    p.t("/devices")
    sep = "?"
    for it in q:
        p.t("%s%s=" % (sep, it["key"]))
        sep = "&"
        put(p, it, pct(it["v"]))
    p.t(" HTTP/1.1\" %d %d" % (rng.choice([200, 204, 404, 422]), rng.randint(80, 9000)))
    return [(text_mode(), p)]


def w_data_uri(rec, items):
    p = P("data:text/vcard;charset=utf-8,BEGIN%3AVCARD%0AVERSION%3A3.0")
    for it in items:
        tag = {"person": "FN", "phone": "TEL%3BTYPE%3Dcell", "email": "EMAIL", "street": "ADR%3BTYPE%3Dhome%3A%3B%3B",
               "dob": "BDAY"}.get(it["k"], "NOTE")
        p.t("%0A" + tag + ("%3A" if not tag.endswith("%3B") else ""))
        put(p, it, pct(it["v"]))
    return [(text_mode(), p.t("%0AEND%3AVCARD"))]


def w_header(rec, items):
    p = P("%s /v1/sessions HTTP/1.1\nHost: %s\n" % (rng.choice(["POST", "PUT"]), rng.choice(["auth.example.net", "sso.kiosk.local"])))
    for it in items:
        name = {"ip": "X-Forwarded-For", "secret": "Authorization", "email": "X-User-Email", "phone": "X-Caller-Id",
                "person": "X-Display-Name", "uuid": "X-Request-Id", "privip": "X-Real-IP"}.get(it["k"], "X-" + it["key"].title().replace("_", "-"))
        p.t(name + ": ")
        if it["k"] == "secret" and "\n" not in it["v"]:
            p.t("Bearer ")
        put(p, it)
        p.t("\n")
    return [(text_mode(), p)]


def w_cookie(rec, items):
    p = P("Cookie: ")
    for n, it in enumerate(items):
        if n:
            p.t("; ")
        p.t(it["key"] + "=")
        put(p, it, pct(it["v"]) if it["k"] in ("email", "phone", "person", "street") else it["v"])
    p.t("; _ga=GA1.2.%s.%s" % (nz(9), nz(10)))
    return [(text_mode(), p)]


def w_csv(rec, items):
    sep = rng.choice([",", ";", "\t"])
    p = P(sep.join(it["key"] for it in items) + "\n")
    for n, it in enumerate(items):
        if n:
            p.t(sep)
        if sep in it["v"] or "," in it["v"] or rng.random() < 0.3:
            p.t('"')
            put(p, it)
            p.t('"')
        else:
            put(p, it)
    return [(text_mode(), p.t("\n"))]


def sqlq(v):
    return v.replace("'", "''")


def w_sql(rec, items):
    p = P("INSERT INTO %s (%s) VALUES (" % (rng.choice(["payouts", "kyc_subjects", "device_bindings"]),
                                             ", ".join(it["key"] for it in items)))
    for n, it in enumerate(items):
        if n:
            p.t(", ")
        p.t("'")
        put(p, it, sqlq(it["v"]))
        p.t("'")
    p.t(");\n-- ERROR:  duplicate key value violates unique constraint")
    return [(text_mode(), p)]


def w_code(rec, items):
    lang = rng.choice(["py", "js", "go", "rust", "java"])
    p = P()
    if lang == "py":
        p.t("customer = {\n")
        for it in items:
            p.t("    '%s': '" % it["key"])
            put(p, it, it["v"].replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n"))
            p.t("',\n")
        p.t("}\n")
    elif lang == "js":
        p.t("const fixture = {\n")
        for it in items:
            p.t("  %s: \"" % it["key"])
            put(p, it, esc(it["v"]))
            p.t("\",\n")
        p.t("};\n")
    elif lang == "go":
        p.t("c := Contact{\n")
        for it in items:
            p.t("\t%s: \"" % "".join(w.title() for w in it["key"].split("_")))
            put(p, it, esc(it["v"]))
            p.t("\",\n")
        p.t("}\n")
    elif lang == "rust":
        p.t("let rec = Record {\n")
        for it in items:
            p.t("    %s: String::from(\"" % it["key"])
            put(p, it, esc(it["v"]))
            p.t("\"),\n")
        p.t("};\n")
    else:
        p.t("Map<String, String> m = Map.of(\n")
        for n, it in enumerate(items):
            p.t("    \"%s\", \"" % it["key"])
            put(p, it, esc(it["v"]))
            p.t("\"" + (",\n" if n < len(items) - 1 else "\n"))
        p.t(");\n")
    return [(text_mode(), p)]


def w_yaml(rec, items):
    p = P(rng.choice(["subjects:\n  - ", "peers:\n  - ", "recipients:\n  - "]))
    for n, it in enumerate(items):
        if n:
            p.t("    ")
        p.t(it["key"] + ": ")
        if "\n" in it["v"]:
            p.t("|\n")
            lines = it["v"].split("\n")
            p.t("      ")
            put(p, it, "\n      ".join(lines))
            p.t("\n")
        else:
            q = rng.choice(["", "'", '"'])
            p.t(q)
            put(p, it, it["v"].replace("'", "''") if q == "'" else it["v"])
            p.t(q + "\n")
    return [(text_mode(), p)]


def w_toml(rec, items):
    p = P("[%s]\n" % rng.choice(["owner", "billing.contact", "deploy.secrets"]))
    for it in items:
        p.t("%s = " % it["key"])
        if "\n" in it["v"]:
            p.t('"""\n')
            put(p, it)
            p.t('"""\n')
        else:
            p.t('"')
            put(p, it, esc(it["v"]))
            p.t('"\n')
    return [(text_mode(), p)]


def w_ini(rec, items):
    p = P(rng.choice(["[user]\n", "[ui]\n", "[auth]\n", "[extensions]\nhgext.convert =\n[ui]\n"]))
    for it in items:
        p.t("\t%s = " % it["key"])
        put(p, it)
        p.t("\n")
    p.t("[core]\n\tautocrlf = input\n")
    return [(text_mode(), p)]


def xml_esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def w_xml(rec, items):
    p = P("<Party>\n")
    attr, rest = items[0], items[1:]
    p.t('  <Contact %s="' % attr["key"])
    put(p, attr, xml_esc(attr["v"]))
    p.t('">\n')
    for it in rest:
        tag = "".join(w.title() for w in it["key"].split("_"))
        p.t("    <cbc:%s>" % tag)
        put(p, it, xml_esc(it["v"]))
        p.t("</cbc:%s>\n" % tag)
    return [(text_mode(), p.t("  </Contact>\n</Party>"))]


def w_md(rec, items):
    p = P("| " + " | ".join(it["key"] for it in items) + " |\n|" + "---|" * len(items) + "\n|")
    for it in items:
        p.t(" ")
        put(p, it, it["v"].replace("|", "\\|"))
        p.t(" |")
    return [(text_mode(), p.t("\n"))]


def w_comment(rec, items):
    p = P()
    c = rng.choice(["//", "#", "--"])
    for it in items:
        p.t("%s %s " % (c, rng.choice(["TODO remove before merge:", "FIXME hard-coded for repro:", "seen in prod:"])))
        put(p, it)
        p.t("\n")
    p.t(rng.choice(["retry(max_attempts=3)\n", "return nil\n", "SELECT 1;\n"]))
    return [(text_mode(), p)]


def w_diff(rec, items):
    p = P("--- a/fixtures/accounts.json\n+++ b/fixtures/accounts.json\n@@ -%d,%d +%d,%d @@\n" % ((rng.randint(3, 90),) * 2 + (rng.randint(3, 90),) * 2))
    for it in items:
        sign = rng.choice(["-", "+", " "])
        p.t('%s  "%s": "' % (sign, it["key"]))
        put(p, it, esc(it["v"]))
        p.t('",\n')
    return [(text_mode(), p)]


def w_traceback(rec, items):
    p = P("Traceback (most recent call last):\n  File \"/srv/app/payouts/worker.py\", line %d, in run\n" % rng.randint(20, 400))
    p.t("    result = submit(batch)\n    locals:\n")
    for it in items:
        p.t("      %s = " % it["key"])
        p.t("'")
        put(p, it, it["v"].replace("\n", "\\n"))
        p.t("'\n")
    p.t("ValueError: %s" % rng.choice(["upstream rejected record", "checksum mismatch", "timeout after 30s"]))
    return [(text_mode(), p)]


def w_docstring(rec, items):
    p = P('def notify(contact):\n    """Send the reminder.\n\n    Reported by ')
    put(p, items[0])
    for it in items[1:]:
        p.t(", %s " % it["key"])
        put(p, it)
    p.t('.\n    """\n')
    return [(text_mode(), p)]


def w_regex(rec, items):
    p = P("@pytest.mark.parametrize(\"value,expected\", [\n")
    for it in items:
        p.t('    ("')
        put(p, it, esc(it["v"]))
        p.t('", %s),\n' % ("True" if not it["l"].startswith("NEG_") else "False"))
    return [(text_mode(), p.t("])\ndef test_match(value, expected):\n    assert bool(RX.search(value)) is expected\n"))]


def w_fixture(rec, items):
    p = P("@pytest.fixture\ndef account():\n    return Account(")
    for n, it in enumerate(items):
        if n:
            p.t(", ")
        p.t('%s="' % it["key"])
        put(p, it, esc(it["v"]))
        p.t('"')
    return [(text_mode(), p.t(")\n"))]


WHERE = [w_json_key, w_json_number, w_array, w_split_strings, w_split_blocks, w_args2, w_url, w_data_uri,
         w_header, w_cookie, w_kvlog, w_csv, w_sql, w_code, w_yaml, w_toml, w_ini, w_xml, w_md, w_comment,
         w_diff, w_traceback, w_docstring, w_regex, w_fixture]
MULTILINE_OK = {w_yaml, w_toml, w_code, w_json_key, w_split_strings, w_diff, w_fixture}


# ---- how its characters read (family chars) -------------------------------------------------------------
def label_word(lg, it):
    k = it["k"]
    idx = {"phone": 0, "email": 1, "card": 2, "iban": 3, "street": 4, "person": 5}
    if k in idx:
        return LBL[lg][idx[k]]
    if k == "dob":
        return BIRTH_WORD[lg]
    if k == "ssn":
        return "SSN"
    if k == "ip":
        return "IP"
    if k == "secret":
        return it["key"]
    return it["key"]


def c_line(rec, items):
    p = P()
    for it in items:
        p.t(rng.choice(["%s: ", "%s = ", "[%s] ", "%s -> "]) % label_word(rec.lg, it))
        put(p, it)
        p.t("\n")
    return [(text_mode(), p)]


def c_box(rec, items):
    if any(len(it["v"]) > 60 or "\n" in it["v"] for it in items):
        return c_line(rec, items)
    heads = [label_word(rec.lg, it) for it in items]
    w = [max(len(h), len(it["v"])) + 2 for h, it in zip(heads, items)]
    p = P("┌" + "┬".join("─" * x for x in w) + "┐\n│")
    for h, x in zip(heads, w):
        p.t(" " + h.ljust(x - 1) + "│")
    p.t("\n├" + "┼".join("─" * x for x in w) + "┤\n│")
    for it, x in zip(items, w):
        p.t(" ")
        put(p, it)
        p.t(" " * (x - 1 - len(it["v"])) + "│")
    p.t("\n└" + "┴".join("─" * x for x in w) + "┘\n(1 row)")
    return [(text_mode(), p)]


FILL = "[2025-03-14 09:12:55,118] WARN  importer.rows row=0417 col=9 rejected, raw field follows "


def c_wrap(rec, items):
    """Each value on a line that wraps at 76 columns inside it: one span per piece. People and
    streets wrap at a space (the space becomes the line break); other values anywhere."""
    p = P()
    for it in items:
        v = it["v"]
        head = label_word(rec.lg, it) + ": "
        words = it["k"] in ("person", "street")
        cuts = [n for n, ch in enumerate(v) if ch == " " and 3 <= n <= len(v) - 3] if words else \
            list(range(3, min(len(v) - 3, 60) + 1))
        if len(v) < 8 or "\n" in v or it["k"] == "dob" or not cuts:
            p.t(head)
            put(p, it)
            p.t("\n")
            continue
        c = rng.choice(cuts)
        room = 76 - c - len(head)
        p.t((FILL[:room - 1] + " " if room > 1 else "") + head)
        if words:
            pieces = [v[:c], v[c + 1:]]
        else:
            pieces = [v[:c]] + [v[c + k:c + k + 76] for k in range(0, len(v) - c, 76)]
        for n, x in enumerate(pieces):
            if n:
                p.t("\n")
            if len(x) >= 3:
                put(p, it, x, piece=True)
            else:
                p.t(x)
        p.t("\n")
    return [(text_mode(), p)]


def c_mail(rec, items):
    p = P("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    for it in items:
        p.t("%s: " % label_word(rec.lg, it))
        put(p, it)
        p.t("\n")
    return [(text_mode(), p)]


CHARS = [c_line, c_box, c_wrap, c_mail, w_kvlog, w_md, w_csv]


# ---- the words around it (family words) -----------------------------------------------------------------
def d_bare(rec, items):
    p = P(rng.choice(["", "fyi\n", "---\n", ">>> \n"]))
    b = rng.choice(["- ", "* ", "", "  "])
    for it in items:
        p.t(b)
        put(p, it)
        p.t("\n")
    return [(text_mode(), p)]


def d_foreign(rec, items):
    other = rng.choice([x for x in LOCS if x != rec.lg])
    p = P()
    for it in items:
        w = label_word(other, it)
        p.t(w[0].upper() + w[1:] + ": ")
        put(p, it)
        p.t(rng.choice(["\n", "; ", "\n"]))
    return [(text_mode(), p)]


def d_after(rec, items):
    p = P()
    for it in items:
        put(p, it)
        p.t(rng.choice([" (%s)\n", " <- %s\n", " — %s\n", "   # %s\n", " [%s]\n"]) % label_word(rec.lg, it))
    return [(text_mode(), p)]


def d_header3(rec, items):
    heads = [label_word(rec.lg, it) for it in items]
    w = [max(len(h), len(it["v"])) + 2 for h, it in zip(heads, items)]
    p = P("".join(h.ljust(x) for h, x in zip(heads, w)).rstrip() + "\n")
    p.t("".join(("=" * (x - 2)).ljust(x) for x in w).rstrip() + "\n")
    p.t(rng.choice(["(exported %s)\n" % neg("date")[2], "# page 1 of 1\n", "\n"]))
    for it, x in zip(items, w):
        put(p, it)
        p.t(" " * (x - len(it["v"])))
    return [(text_mode(), p.t("\n"))]


WORDS = [d_bare, d_foreign, d_after, d_header3]


# ---- request bodies ---------------------------------------------------------------------------------------
MARK = "@@SEG%d@@"
RAW = "@@RAW%d@@"
TOOLS = ["read_file", "run_query", "fetch_log", "http_get", "save_record", "lookup_contact"]
SYSTEM = ["You are a careful data engineer.", "You help the back-office team clean exports.",
          "Answer briefly. Tools may return raw records."]


def build_body(api, i, segs, ask, ascii_, compact):
    items = []  # (marker as it stands in the dumped body, conversion, piece)

    def mark(p, level):
        k = len(items)
        if level == 0:
            items.append(('"' + RAW % k + '"', ascii_json if ascii_ else (lambda s: s), p))
            return RAW % k
        items.append((MARK % k, escaper(level, ascii_), p))
        return MARK % k

    user = [ask] + [p for m, p in segs if m in ("user", "userpart", "user_json")]
    parts = any(m == "userpart" for m, _ in segs) or (len(user) > 1 and rng.random() < 0.5)
    if not parts:
        joined = user[0]
        for p in user[1:]:
            joined = cat(joined, p, "\n\n")
        user = [joined]
    tools = [(m, p) for m, p in segs if m in ("json", "tool_out", "args2")]
    native = api in ("anthropic", "gemini")
    if api == "chat":
        msgs = [{"role": "system", "content": rng.choice(SYSTEM)}] if rng.random() < 0.3 else []
        if parts:
            msgs.append({"role": "user", "content": [{"type": "text", "text": mark(p, 1)} for p in user]})
        else:
            msgs.append({"role": "user", "content": mark(user[0], 1)})
        for n, (m, p) in enumerate(tools):
            cid = "call_%05d_%d" % (i, n)
            tool = rng.choice(TOOLS)
            args = mark(p, 1) if m == "json" else json.dumps({"stdin": mark(p, 2)}) if m == "args2" else \
                json.dumps({"path": "/tmp/export_%d.txt" % n})
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": cid, "type": "function", "function": {"name": tool, "arguments": args}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "content": mark(p, 1) if m == "tool_out" else "ok"})
        body = {"model": rng.choice(["gpt-4o", "gpt-4.1", "gpt-4o-mini"]), "messages": msgs}
    elif api == "responses":
        inp = [{"role": "user", "content": [{"type": "input_text", "text": mark(p, 1)} for p in user]}
               if parts else {"role": "user", "content": mark(user[0], 1)}]
        for n, (m, p) in enumerate(tools):
            cid = "fc_%05d_%d" % (i, n)
            args = mark(p, 1) if m == "json" else json.dumps({"stdin": mark(p, 2)}) if m == "args2" else \
                json.dumps({"query": "select * from export limit %d" % (n + 5)})
            inp.append({"type": "function_call", "call_id": cid, "name": rng.choice(TOOLS), "arguments": args})
            inp.append({"type": "function_call_output", "call_id": cid,
                        "output": mark(p, 1) if m == "tool_out" else "ok"})
        body = {"model": "gpt-4.1", "input": inp}
        if rng.random() < 0.4:
            body["instructions"] = rng.choice(SYSTEM)
    elif api == "anthropic":
        msgs = [{"role": "user", "content": [{"type": "text", "text": mark(p, 1)} for p in user]
                 if parts else mark(user[0], 1)}]
        for n, (m, p) in enumerate(tools):
            tid = "toolu_%05d_%d" % (i, n)
            inp = RAW % 0 if False else None
            inp = mark(p, 0) if m == "json" else {"path": "exports/part_%d.txt" % n}
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": rng.choice(TOOLS),
                                                           "input": inp}]})
            res = mark(p, 1) if m == "tool_out" else json.dumps({"stdout": mark(p, 2)}) if m == "args2" else "saved"
            if m == "tool_out" and rng.random() < 0.5:
                res = [{"type": "text", "text": res}]
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": res}]})
        body = {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": msgs}
        if rng.random() < 0.3:
            body["system"] = rng.choice(SYSTEM)
    else:
        cont = [{"role": "user", "parts": [{"text": mark(p, 1)} for p in user]}]
        for n, (m, p) in enumerate(tools):
            name = rng.choice(TOOLS)
            args = mark(p, 0) if m == "json" else {"path": "exports/part_%d.txt" % n}
            cont.append({"role": "model", "parts": [{"functionCall": {"name": name, "args": args}}]})
            resp = {"content": mark(p, 1)} if m == "tool_out" else \
                {"content": json.dumps({"stdout": mark(p, 2)})} if m == "args2" else {"ok": True}
            cont.append({"role": "user", "parts": [{"functionResponse": {"name": name, "response": resp}}]})
        body = {"contents": cont, "generationConfig": {"temperature": 0.1}}
    text = json.dumps(body, ensure_ascii=ascii_, separators=(",", ":") if compact else None)
    text, spans = place_each(text, items)
    spans.sort(key=lambda s: s["start_position"])
    json.loads(text)
    return text, spans


def cat(a, b, sep):
    out = P(a.text + sep)
    out.spans = list(a.spans)
    base = len(out.text)
    out.text += b.text
    for s in b.spans:
        out.spans.append(dict(s, start_position=s["start_position"] + base, end_position=s["end_position"] + base))
    return out


# ---- records ------------------------------------------------------------------------------------------------
def neg_in_chars(it):
    """A look-alike written with the same character tricks as the positives beside it."""
    v = it["v"]
    if " " in v and rng.random() < 0.6:
        it["v"] = v.replace(" ", rng.choice(SPACES))
    elif it["k"] in ("order", "tracking", "ean", "epoch") and rng.random() < 0.4:
        it["v"] = "".join(FW.get(c, c) for c in v)
    elif it["k"] in ("example",) and "@" in v and rng.random() < 0.5:
        it["v"] = v.replace("@", "&#64;")


def make_record(i):
    lg = LOCS[i % len(LOCS)]
    fam = ["where", "chars", "words"][i % 3]
    api = APIS[(i // 3) % 4]
    ascii_ = (i // 12) % 3 == 0
    compact = i % 5 == 0
    rec = Rec(lg)
    npos = rng.randint(4, 6)
    kinds = [POS_KINDS[(i + 3 * j) % 10] for j in range(npos)]
    rng.shuffle(kinds)
    nneg = npos + rng.randint(0, 2)
    segs, shapes = [], []
    while kinds or nneg > 0:
        if fam == "where":
            shape = rng.choice(WHERE)
        elif fam == "chars":
            shape = rng.choice(CHARS)
        else:
            shape = rng.choice(WORDS)
        items = []
        for _ in range(rng.choice((1, 1, 2))):
            if kinds:
                items.extend(rec.pos(kinds.pop(), multiline=shape in MULTILINE_OK))
        for _ in range(rng.choice((1, 2))):
            if nneg > 0:
                items.append(rec.neg())
                nneg -= 1
        if not items:
            break
        for n, it in enumerate(items):  # a documented constant stands where its doc key shows
            if it["k"] == "example" and shape in (w_json_key, w_url, w_docstring, d_bare):
                items[n] = rec.neg(rng.choice(["uuid", "sha", "order", "version4"]))
        if any(it["k"] == "dob" for it in items) and shape in (w_json_key, w_url, w_docstring, d_bare):
            shape = w_yaml if fam == "where" else d_after  # a birth date only where its key shows
        if shape is w_split_blocks and items[0]["l"].startswith("NEG_"):
            shape = w_kvlog
        if fam == "where" and shape is not w_split_blocks:
            rng.shuffle(items)
        forms = []
        if fam == "chars":
            for it in items:
                if it["l"].startswith("NEG_"):
                    neg_in_chars(it)
                else:
                    f = chars_form(it)
                    if f:
                        forms.append(f)
        segs.extend(shape(rec, items))
        shapes.append(shape.__name__ + ("(" + ",".join(forms) + ")" if forms else ""))
    domain = rng.choice(DOMAINS)
    ask = P(rng.choice(["%s — %s", "%s\n\n(%s)", "[%s] %s"]) % ((domain, rng.choice(ASK[lg]))
                                                                  if rng.random() < 0.5 else (rng.choice(ASK[lg]), domain)))
    text, spans = build_body(api, i, segs, ask, ascii_, compact)
    pieces = [n for n, s in enumerate(spans) if s.pop("_piece", False)]
    check_spans(text, spans)
    meta = {"locale": lg, "class": fam, "family": fam, "api": api, "ascii": ascii_, "domain": domain,
            "shapes": shapes}
    if pieces:
        meta["pieces"] = pieces
    return {"full_text": text, "spans": spans, "template_id": i % 100, "metadata": meta}


def main():
    records = [make_record(i) for i in range(N_RECORDS)]
    write_json(records)


if __name__ == "__main__":
    main()
