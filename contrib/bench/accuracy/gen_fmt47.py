#!/usr/bin/env python3
"""gen_fmt47.py: people, streets and births in the formats agents pass on (issue #15, branch
fmt47). A tune set, written and committed before any detector rule was read or hush was run on it.

Coding and office agents pass tool results on inside request bodies: database rows (psql and
mysql tables with their `|` and `+---+` rules, psql's `\\x` expanded records, CSV), API responses
(JSON), fetched web pages (HTML with tags, attributes and character references: named
`Ren&eacute; M&uuml;ller`, decimal `M&#252;ller`, hexadecimal `M&#xFC;ller`, `&nbsp;` between
a name's words, `&#39;` in `O&#39;Brien`), spreadsheet values (Sheets API `values` arrays), OCR
of scans with noise (`rn` for `m`, a word broken by a space, lost diacritics, `l`/`1`, stray `|`),
diarised speech-to-text with timestamps (`[00:01:12] SPEAKER_02: ...`, WhisperX segments), and
e-mails fetched as RFC 822 with encoded-word headers (`=?UTF-8?Q?Ren=C3=A9_M=C3=BCller?=`,
`=?ISO-8859-1?Q?...?=`, `=?UTF-8?B?...?=`) and quoted-printable bodies (`M=C3=BCller`, soft line
breaks `=` + line break inside a word, LF or CRLF).

The gold span is the text as it stands: entity-encoded, QP-encoded or base64 bytes included (an
encoded word's payload, not its `=?charset?Q?` frame; a name split by a soft line break holds the
break). Classes (metadata.class): html_page, html_table, html_json (HTML inside a JSON API
response), qp_mail, ew_headers (encoded-word headers with a short body), psql, psql_x, mysql, csv,
json_api, sheet, ocr, stt, whisperx, lookalike (look-alikes of every format, no PII). People as
given name, surname after a title, both, initials, particles, hyphens, surname first (Hungarian
order, `SURNAME, Given`); streets and births in each language's form. Languages en, de, fr, nl,
es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro. Look-alikes as NEG_ spans: HTML tag, class and
CSS names (NEG_MARKUP), fonts (NEG_FONT), column headers and SQL names (NEG_HEADER), header field
names and charsets (NEG_FIELD), encoded subjects and words that are no name (NEG_WORD), speaker
labels (NEG_SPEAKER), OCR debris (NEG_OCR), entity names alone (NEG_ENTITY), firms (NEG_ORG),
Message-IDs (NEG_MSGID), other dates (NEG_DATE), streets named after people with no number
(NEG_STREET). Bounce addresses and the address in a quoted reply's header are EMAIL_ADDRESS.

Half the records reach the API as an agent passes them on (metadata.wrap): a chat-completions
tool message after the assistant's tool call (chat_tool), an Anthropic tool_result as one string
(anth_str) or as text blocks (anth_blocks), the document inside a tool call's arguments, escaped
twice (tool_args); half of those escape non-ASCII as \\uXXXX. Spans are moved to the bytes that
hold them in the body. Writes JSON to stdout; deterministic; Python stdlib only."""
import base64
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, record, write_json  # noqa: E402

rng = random.Random(4747)
records = []

# ---- languages --------------------------------------------------------------------------------
L = {
    "en": dict(g=["Chloë", "Zoë", "Renée", "Siobhán", "Seán", "Aoife", "Oliver", "Niamh", "Noël",
                  "Ruairí"],
               s=["O'Brien", "Whitaker", "Ashworth", "MacLeod", "Pemberton", "Ó Súilleabháin",
                  "Fitzgerald", "Brennan", "Doyle", "Hartley"],
               part=["Anne-Marie Ashworth-Lyle", "Rory de Burgh", "Hugh Fforde-Wynne"],
               dob="Date of birth", name="Name", street="Address", hi="Hi", me="my name is",
               bornq="can you confirm your date of birth", born="I was born on",
               street_f=lambda r: "%d %s %s, %s" % (r.randint(2, 180), r.choice(
                   ["Ashgrove", "Belmont", "Chapel", "Kingsley", "Orchard"]), r.choice(
                   ["Road", "Street", "Lane", "Avenue"]), r.choice(["Leeds LS6 2EA",
                   "Bristol BS7 8QT", "Dublin D08 XY12", "York YO31 7EL"])),
               date_f=lambda y, m, d: "%02d/%02d/%d" % (d, m, y)),
    "de": dict(g=["Jürgen", "Jörg", "Bärbel", "Björn", "Sönke", "Käthe", "Günther", "Grete",
                  "Anne-Sophie", "Hans-Jürgen"],
               s=["Müller", "Schäfer", "Köhler", "Weiß", "Bräuer", "Kühn", "Jäger", "Größer",
                  "Möller", "Schröder"],
               part=["Anne-Sophie von Hohenberg", "Björn Müller-Lüdenscheid",
                     "Käthe zu Löwenstein"],
               dob="Geburtsdatum", name="Name", street="Anschrift", hi="Hallo", me="mein Name ist",
               bornq="können Sie mir Ihr Geburtsdatum nennen", born="ich bin am",
               street_f=lambda r: "%s %d%s, %s" % (r.choice(["Lindenstraße", "Königsallee",
                   "Schlüterstraße", "Gärtnerweg", "Bahnhofstraße"]), r.randint(2, 140),
                   r.choice(["", "", "a"]), r.choice(["10969 Berlin", "40212 Düsseldorf",
                   "80331 München", "50667 Köln"])),
               date_f=lambda y, m, d: "%02d.%02d.%d" % (d, m, y)),
    "fr": dict(g=["René", "Hélène", "Émilie", "François", "Jérôme", "Gaëlle", "Anaïs", "Cécile",
                  "Jean-Pierre", "Marie-Thérèse"],
               s=["Lefèvre", "Bérenger", "Lemaître", "Pâquet", "Gagné", "Bréchet", "Duchêne",
                  "Ménard", "Thibaudeau", "Rivière"],
               part=["Jean-Pierre de La Rivière", "Hélène Lefèvre-Duchêne", "Gaëlle d'Arcy"],
               dob="Date de naissance", name="Nom", street="Adresse", hi="Bonjour",
               me="je m'appelle", bornq="pouvez-vous me donner votre date de naissance",
               born="je suis née le",
               street_f=lambda r: "%d, %s, %s" % (r.randint(2, 90), r.choice(["rue des Écoles",
                   "avenue de la République", "rue de la Pépinière", "boulevard Gambetta",
                   "rue du Général-Leclerc"]), r.choice(["75005 Paris", "69003 Lyon",
                   "33000 Bordeaux", "13006 Marseille"])),
               date_f=lambda y, m, d: "%02d/%02d/%d" % (d, m, y)),
    "nl": dict(g=["Daan", "Sanne", "Joëlle", "Anouk", "Bram", "Floor", "Maarten", "Noë", "Ilse",
                  "Sjoerd"],
               s=["Bakker", "Janssen", "Smeets", "Hoekstra", "Mulder", "Visser", "Brouwer",
                  "Kuipers", "Dekker"],
               part=["Daan van der Berg", "Sanne de Vries-Bakker", "Joëlle van den Heuvel"],
               dob="Geboortedatum", name="Naam", street="Adres", hi="Hoi", me="mijn naam is",
               bornq="wat is uw geboortedatum", born="ik ben geboren op",
               street_f=lambda r: "%s %d, %s" % (r.choice(["Keizersgracht", "Prinsengracht",
                   "Oudegracht", "Lange Voorhout", "Kerkstraat"]), r.randint(2, 400),
                   r.choice(["1015 CJ Amsterdam", "3511 AL Utrecht", "2514 EE Den Haag"])),
               date_f=lambda y, m, d: "%02d-%02d-%d" % (d, m, y)),
    "es": dict(g=["José", "María", "Iñigo", "Begoña", "Ramón", "Lucía", "Adrián", "Sofía",
                  "Jesús", "Inés"],
               s=["Núñez", "Muñoz", "Ibáñez", "Peña", "Fernández", "Gómez", "Castaño", "Martín",
                  "Sánchez", "Álvarez"],
               part=["María de la Cruz Núñez", "Iñigo Peña y Castaño", "Lucía del Río"],
               dob="Fecha de nacimiento", name="Nombre", street="Dirección", hi="Hola",
               me="me llamo", bornq="me confirma su fecha de nacimiento", born="nací el",
               street_f=lambda r: "%s %d, %s, %s" % (r.choice(["Calle de Alcalá",
                   "Calle Mayor", "Avenida de América", "Calle de Embajadores"]),
                   r.randint(2, 200), r.choice(["3º B", "1º izda.", "bajo"]),
                   r.choice(["28014 Madrid", "28045 Madrid", "41001 Sevilla"])),
               date_f=lambda y, m, d: "%02d/%02d/%d" % (d, m, y)),
    "it": dict(g=["Niccolò", "Lucrezia", "Gianluca", "Mattia", "Chiara", "Cosimo", "Ilaria",
                  "Nicolò", "Beatrice", "Ettore"],
               s=["Esposito", "De Luca", "D'Angelo", "Cantù", "Mazzà", "Lo Russo", "Ferrè",
                  "Colombo", "Gallo", "Fabbri"],
               part=["Niccolò D'Amico", "Chiara Lo Russo", "Cosimo De Santis"],
               dob="Data di nascita", name="Nome", street="Indirizzo", hi="Ciao", me="mi chiamo",
               bornq="mi conferma la sua data di nascita", born="sono nata il",
               street_f=lambda r: "%s %d, %s" % (r.choice(["Via Po", "Via della Libertà",
                   "Corso Vittorio Emanuele II", "Via Nizza", "Viale Monza"]), r.randint(2, 160),
                   r.choice(["10122 Torino", "20127 Milano", "00184 Roma"])),
               date_f=lambda y, m, d: "%02d/%02d/%d" % (d, m, y)),
    "pt": dict(g=["João", "Conceição", "Inês", "Gonçalo", "Tomás", "Sebastião", "Lúcia",
                  "Mônica", "Vitória", "Estêvão"],
               s=["Gonçalves", "Simões", "Magalhães", "Araújo", "Brandão", "Guimarães", "Lopes",
                  "Falcão", "Mendonça", "Antunes"],
               part=["João da Conceição Simões", "Inês de Magalhães", "Tomás dos Santos Falcão"],
               dob="Data de nascimento", name="Nome", street="Morada", hi="Olá", me="o meu nome é",
               bornq="pode confirmar a sua data de nascimento", born="nasci a",
               street_f=lambda r: "%s %d, %s, %s" % (r.choice(["Rua Augusta", "Rua da Prata",
                   "Avenida da Liberdade", "Rua de Santa Catarina"]), r.randint(2, 300),
                   r.choice(["2.º Esq.", "r/c", "1.º Dto."]), r.choice(["1100-053 Lisboa",
                   "4000-447 Porto"])),
               date_f=lambda y, m, d: "%02d/%02d/%d" % (d, m, y)),
    "pl": dict(g=["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Wojciech", "Zofia", "Bożena",
                  "Grzegorz", "Jędrzej", "Żaneta"],
               s=["Wiśniewski", "Wójcik", "Kowalczyk", "Zieliński", "Dąbrowska", "Szczęsny",
                  "Łuczak", "Żmuda", "Woźniak", "Kłos"],
               part=["Małgorzata Dąbrowska-Łuczak", "Jędrzej Szczęsny-Żmuda", "Zofia Kłos"],
               dob="Data urodzenia", name="Imię i nazwisko", street="Adres", hi="Dzień dobry",
               me="nazywam się", bornq="proszę podać datę urodzenia", born="urodziłam się",
               street_f=lambda r: "ul. %s %d/%d, %s" % (r.choice(["Marszałkowska", "Piękna",
                   "Świętokrzyska", "Długa"]), r.randint(2, 120), r.randint(1, 40),
                   r.choice(["00-514 Warszawa", "31-007 Kraków", "80-831 Gdańsk"])),
               date_f=lambda y, m, d: "%02d.%02d.%d" % (d, m, y)),
    "sv": dict(g=["Åsa", "Björn", "Märta", "Linnéa", "Göran", "Örjan", "Sölve", "Ebba", "Måns",
                  "Ingegärd"],
               s=["Åkesson", "Öberg", "Lindström", "Sjögren", "Ström", "Bäckström", "Ågren",
                  "Nordqvist", "Hellström", "Löfgren"],
               part=["Åsa Lindström-Öberg", "Märta af Klinteberg", "Göran von Sydow"],
               dob="Födelsedatum", name="Namn", street="Adress", hi="Hej", me="jag heter",
               bornq="kan du bekräfta ditt födelsedatum", born="jag är född",
               street_f=lambda r: "%s %d, %s" % (r.choice(["Storgatan", "Götgatan",
                   "Drottninggatan", "Sjöviksvägen"]), r.randint(2, 90),
                   r.choice(["114 55 Stockholm", "411 38 Göteborg", "211 22 Malmö"])),
               date_f=lambda y, m, d: "%d-%02d-%02d" % (y, m, d)),
    "da": dict(g=["Søren", "Jørgen", "Mette", "Bodil", "Æbbe", "Sørine", "Lærke", "Asger",
                  "Kirsten", "Bjørn"],
               s=["Sørensen", "Møller", "Kjærgaard", "Østergaard", "Højbjerg", "Lærkesen",
                  "Bæk", "Frølund", "Kristensen", "Dahl"],
               part=["Søren Kjærgaard-Møller", "Mette Østergaard", "Lærke Bæk Frølund"],
               dob="Fødselsdato", name="Navn", street="Adresse", hi="Hej", me="jeg hedder",
               bornq="kan du bekræfte din fødselsdato", born="jeg er født den",
               street_f=lambda r: "%s %d, %s, %s" % (r.choice(["Vesterbrogade", "Nørrebrogade",
                   "Østerbrogade", "Åboulevard"]), r.randint(2, 150), r.choice(["2. th.",
                   "st. tv.", "4."]), r.choice(["1620 København V", "2200 København N",
                   "8000 Aarhus C"])),
               date_f=lambda y, m, d: "%02d-%02d-%d" % (d, m, y)),
    "no": dict(g=["Øystein", "Bjørn", "Solveig", "Åse", "Håkon", "Ingrid", "Tørris", "Sigrún",
                  "Ørjan", "Marte"],
               s=["Bjørnstad", "Haugen", "Løken", "Ødegård", "Sæther", "Håland", "Bråten",
                  "Kvåle", "Strøm", "Moe"],
               part=["Øystein Løken-Bråten", "Åse Ødegård", "Håkon Sæther Moe"],
               dob="Fødselsdato", name="Navn", street="Adresse", hi="Hei", me="jeg heter",
               bornq="kan du bekrefte fødselsdatoen din", born="jeg er født",
               street_f=lambda r: "%s %d, %s" % (r.choice(["Storgata", "Thorvald Meyers gate",
                   "Bogstadveien", "Kirkegata"]), r.randint(2, 120),
                   r.choice(["0155 Oslo", "5003 Bergen", "7011 Trondheim"])),
               date_f=lambda y, m, d: "%02d.%02d.%d" % (d, m, y)),
    "fi": dict(g=["Jyrki", "Päivi", "Sinikka", "Väinö", "Tuomas", "Hannele", "Aino", "Pirjo",
                  "Kyösti", "Sölvi"],
               s=["Mäkinen", "Hämäläinen", "Järvinen", "Kärkkäinen", "Pöllänen", "Räsänen",
                  "Nyström", "Lähteenmäki", "Väisänen", "Kähkönen"],
               part=["Päivi Mäkinen-Räsänen", "Väinö Lähteenmäki", "Sinikka Järvinen"],
               dob="Syntymäaika", name="Nimi", street="Osoite", hi="Hei", me="nimeni on",
               bornq="voisitteko vahvistaa syntymäaikanne", born="olen syntynyt",
               street_f=lambda r: "%s %d %s, %s" % (r.choice(["Hämeenkatu", "Mannerheimintie",
                   "Yliopistonkatu", "Itäinen Pitkäkatu"]), r.randint(2, 80), r.choice(["B 22",
                   "A 4", "C 17"]), r.choice(["33100 Tampere", "00100 Helsinki", "20100 Turku"])),
               date_f=lambda y, m, d: "%d.%d.%d" % (d, m, y)),
    "cs": dict(g=["Jiří", "Tomáš", "Zdeněk", "Markéta", "Věra", "Radek", "Šárka", "Kateřina",
                  "Lubomír", "Dagmar"],
               s=["Novotná", "Černý", "Procházková", "Kříž", "Růžička", "Šťastný", "Dvořáček",
                  "Kučerová", "Beneš", "Sýkora"],
               part=["Šárka Kučerová-Beneš", "Jiří Šťastný", "Věra Růžičková"],
               dob="Datum narození", name="Jméno", street="Adresa", hi="Dobrý den",
               me="jmenuji se", bornq="můžete mi říct datum narození", born="narodila jsem se",
               street_f=lambda r: "%s %d/%d, %s" % (r.choice(["Vinohradská", "Křižíkova",
                   "Školská", "Údolní"]), r.randint(100, 2500), r.randint(2, 240),
                   r.choice(["120 00 Praha 2", "186 00 Praha 8", "602 00 Brno"])),
               date_f=lambda y, m, d: "%d. %d. %d" % (d, m, y)),
    "hu": dict(g=["Zoltán", "Éva", "Gábor", "Ildikó", "Ákos", "Réka", "Lőrinc", "Győző",
                  "Tünde", "Ödön"],
               s=["Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Kiss", "Fehér", "Lőrincz",
                  "Szűcs", "Rácz"],
               part=["Szűcs-Fehér Tünde", "Horváth Ákos Gábor", "Kiss-Rácz Ildikó"],
               dob="Születési dátum", name="Név", street="Lakcím", hi="Szia",
               me="a nevem", bornq="meg tudná mondani a születési dátumát",
               born="születtem",
               street_f=lambda r: "%s %d., %s" % (r.choice(["Andrássy út", "Király utca",
                   "Üllői út", "Szív utca"]), r.randint(2, 120), r.choice(["1062 Budapest",
                   "1091 Budapest", "6720 Szeged"])),
               date_f=lambda y, m, d: "%d.%02d.%02d." % (y, m, d)),
    "tr": dict(g=["Çağla", "Şükrü", "Gülşen", "Ömer", "Ayşe", "İsmail", "Oğuz", "Büşra",
                  "Hülya", "Çetin"],
               s=["Yılmaz", "Öztürk", "Çelik", "Doğan", "Şahin", "Aydın", "Güneş", "Kılıç",
                  "Özdemir", "Ünal"],
               part=["Ayşe Gül Öztürk", "Çağla Şahin-Doğan", "Ömer Faruk Kılıç"],
               dob="Doğum tarihi", name="Ad Soyad", street="Adres", hi="Merhaba",
               me="benim adım", bornq="doğum tarihinizi teyit eder misiniz",
               born="doğum tarihim",
               street_f=lambda r: "%s No: %d D: %d, %s" % (r.choice(["Bağdat Cad.",
                   "Moda Cad.", "Kazım Özalp Sok.", "Gül Sok."]), r.randint(2, 300),
                   r.randint(1, 20), r.choice(["34710 Kadıköy/İstanbul",
                   "06680 Çankaya/Ankara"])),
               date_f=lambda y, m, d: "%02d.%02d.%d" % (d, m, y)),
    "ro": dict(g=["Ștefan", "Ioana", "Mădălina", "Răzvan", "Andreea", "Cătălin", "Bogdan",
                  "Irina", "Tudor", "Ileana"],
               s=["Popescu", "Ionescu", "Dumitrescu", "Năstase", "Țăranu", "Stănescu",
                  "Brătianu", "Munteanu", "Păunescu", "Sârbu"],
               part=["Mădălina Stănescu-Țăranu", "Ștefan Păunescu", "Ioana Maria Sârbu"],
               dob="Data nașterii", name="Nume", street="Adresa", hi="Bună ziua",
               me="mă numesc", bornq="îmi puteți confirma data nașterii", born="m-am născut pe",
               street_f=lambda r: "Str. %s nr. %d, ap. %d, %s" % (r.choice(["Lipscani",
                   "Mântuleasa", "Făgăraș", "Dacia"]), r.randint(2, 90), r.randint(1, 60),
                   r.choice(["030031 București", "400001 Cluj-Napoca"])),
               date_f=lambda y, m, d: "%02d.%02d.%d" % (d, m, y)),
}
LANGS = list(L)

# Invented names: syllables with each language's letters, so some people are in no lexicon.
SYL = {"en": ["bran", "wick", "tor", "mel", "ash"], "de": ["brö", "kel", "mäu", "hol", "rütz"],
       "fr": ["bé", "rou", "quet", "lan", "gaë"], "nl": ["hui", "ker", "dij", "wout", "laar"],
       "es": ["zar", "ñu", "qui", "llo", "bá"], "it": ["bru", "scà", "ghi", "lon", "vè"],
       "pt": ["cou", "tão", "bra", "gue", "lhã"], "pl": ["szcz", "wó", "ła", "żyń", "dro"],
       "sv": ["sjö", "bä", "lund", "gre", "ström"], "da": ["sø", "bjæ", "rup", "hol", "kær"],
       "no": ["bjø", "hå", "vik", "rud", "sæ"], "fi": ["mä", "kiv", "pää", "lah", "tö"],
       "cs": ["kře", "šín", "vlá", "doh", "čur"], "hu": ["sző", "gyü", "ke", "bél", "tó"],
       "tr": ["çağ", "gül", "şen", "öz", "kay"], "ro": ["bă", "țu", "șer", "mir", "neg"]}
END = {"en": "ley", "de": "mann", "fr": "ière", "nl": "ink", "es": "ez", "it": "ini", "pt": "ães",
       "pl": "ski", "sv": "son", "da": "sen", "no": "stad", "fi": "nen", "cs": "ová", "hu": "i",
       "tr": "oğlu", "ro": "escu"}


def invent(lg, surname):
    w = "".join(rng.choice(SYL[lg]) for _ in range(2))
    if surname:
        w += END[lg]
    return w[0].upper() + w[1:]


def person(lg):
    """(text of a full name as people write it, form)."""
    d = L[lg]
    real = rng.random() < 0.75
    g = rng.choice(d["g"]) if real else invent(lg, False)
    s = rng.choice(d["s"]) if real else invent(lg, True)
    form = rng.choice(["full", "full", "full", "part", "initial", "sfirst", "caps"])
    if form == "part":
        return rng.choice(d["part"]), form
    if lg == "hu" and form in ("full", "caps"):
        return (s + " " + g if form == "full" else s.upper() + " " + g), form
    if form == "initial":
        return g[0] + ". " + s, form
    if form == "sfirst":
        return s + ", " + g, form
    if form == "caps":
        return s.upper() + ", " + g, form
    return g + " " + s, form


def given(lg):
    return rng.choice(L[lg]["g"])


def surname(lg):
    return rng.choice(L[lg]["s"])


def birth(lg):
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    return L[lg]["date_f"](y, m, d), "%d-%02d-%02d" % (y, m, d)


def other_date(lg):
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return L[lg]["date_f"](y, m, d), "%d-%02d-%02d" % (y, m, d)


def street(lg):
    return L[lg]["street_f"](rng)


# ---- encoders ---------------------------------------------------------------------------------
NAMED = {0xA0: "nbsp", 0xC0: "Agrave", 0xC1: "Aacute", 0xC2: "Acirc", 0xC3: "Atilde",
         0xC4: "Auml", 0xC5: "Aring", 0xC6: "AElig", 0xC7: "Ccedil", 0xC8: "Egrave",
         0xC9: "Eacute", 0xCA: "Ecirc", 0xCB: "Euml", 0xCC: "Igrave", 0xCD: "Iacute",
         0xCE: "Icirc", 0xCF: "Iuml", 0xD1: "Ntilde", 0xD2: "Ograve", 0xD3: "Oacute",
         0xD4: "Ocirc", 0xD5: "Otilde", 0xD6: "Ouml", 0xD8: "Oslash", 0xD9: "Ugrave",
         0xDA: "Uacute", 0xDB: "Ucirc", 0xDC: "Uuml", 0xDD: "Yacute", 0xDF: "szlig",
         0xE0: "agrave", 0xE1: "aacute", 0xE2: "acirc", 0xE3: "atilde", 0xE4: "auml",
         0xE5: "aring", 0xE6: "aelig", 0xE7: "ccedil", 0xE8: "egrave", 0xE9: "eacute",
         0xEA: "ecirc", 0xEB: "euml", 0xEC: "igrave", 0xED: "iacute", 0xEE: "icirc",
         0xEF: "iuml", 0xF1: "ntilde", 0xF2: "ograve", 0xF3: "oacute", 0xF4: "ocirc",
         0xF5: "otilde", 0xF6: "ouml", 0xF8: "oslash", 0xF9: "ugrave", 0xFA: "uacute",
         0xFB: "ucirc", 0xFC: "uuml", 0xFD: "yacute", 0xFF: "yuml", 0x160: "Scaron",
         0x161: "scaron", 0x152: "OElig", 0x153: "oelig", 0x178: "Yuml", 0xBA: "ordm",
         0xAA: "ordf"}


def ent(s, style, nbsp=False):
    """HTML character references: style `named` (Latin-1 names, numbers beyond, as PHP's
    htmlentities writes), `dec`, `hex`, `raw` (UTF-8 kept, only & ' < > escaped)."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch == " " and nbsp:
            out.append("&nbsp;" if style in ("named", "raw") else
                       ("&#160;" if style == "dec" else "&#xA0;"))
        elif ch == "&":
            out.append("&amp;")
        elif ch == "'":
            out.append("&#39;" if style != "hex" else "&#x27;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif c < 128 or style == "raw":
            out.append(ch)
        elif style == "named" and c in NAMED:
            out.append("&%s;" % NAMED[c])
        elif style == "hex":
            out.append("&#x%X;" % c)
        else:
            out.append("&#%d;" % c)
    return "".join(out)


def qp(s, charset="utf-8", header=False):
    """Quoted-printable bytes of s (RFC 2045; in a header's Q encoding `_` is a space)."""
    out = []
    for b in s.encode(charset):
        ch = chr(b)
        if header and ch == " ":
            out.append("_")
        elif b >= 128 or ch in "=?_" and header or ch == "=" or (header and ch in "\",()<>@:;"):
            out.append("=%02X" % b)
        else:
            out.append(ch)
    return "".join(out)


def latin1_ok(s):
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


# ---- the record builder -----------------------------------------------------------------------
class R:
    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans, self.fmt = lg, cls, "", [], cls

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        assert v
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def soft_breaks(self, start, width, crlf, forced=()):
        """Wraps every line of a quoted-printable body (from offset `start`) at `width` with `=`
        soft line breaks (never inside an `=XX`), and also at the offsets in `forced`; spans move
        with their bytes."""
        nl = "\r\n" if crlf else "\n"
        text = self.text
        ins = set(forced)
        col = 0
        i = start
        while i < len(text):
            ch = text[i]
            if ch == "\n":
                col = 0
                i += 1
                continue
            step = 3 if ch == "=" and i + 2 < len(text) and text[i + 1] in "0123456789ABCDEF" \
                and text[i + 2] in "0123456789ABCDEF" else 1
            if col + step > width - 1 and col > 0:
                ins.add(i)
                col = 0
            if i in ins:
                col = 0
            col += step
            i += step
        ins = sorted(p for p in ins if 0 < p < len(text))
        brk = "=" + nl
        out, last = [], 0
        for p in ins:
            out.append(text[last:p])
            out.append(brk)
            last = p
        out.append(text[last:])
        for s in self.spans:
            a, b = s["start_position"], s["end_position"]
            s["start_position"] = a + len(brk) * sum(1 for p in ins if p <= a)
            s["end_position"] = b + len(brk) * sum(1 for p in ins if p < b)
        self.text = "".join(out)
        for s in self.spans:
            s["entity_value"] = self.text[s["start_position"]:s["end_position"]]
        if crlf:
            self.crlf()

    def crlf(self):
        """Every bare LF becomes CRLF (a mail as it was fetched); spans move with their bytes."""
        text = self.text
        pos = [i for i, ch in enumerate(text) if ch == "\n" and (i == 0 or text[i - 1] != "\r")]
        for s in self.spans:
            a, b = s["start_position"], s["end_position"]
            s["start_position"] = a + sum(1 for p in pos if p < a)
            s["end_position"] = b + sum(1 for p in pos if p < b)
        out, last = [], 0
        for p in pos:
            out.append(text[last:p] + "\r")
            last = p
        out.append(text[last:])
        self.text = "".join(out)
        for s in self.spans:
            s["entity_value"] = self.text[s["start_position"]:s["end_position"]]


DOCS = []


def done(r):
    check_spans(r.text, r.spans)
    DOCS.append(r)


def P(r, v):
    return r.span("PERSON", v)


# ---- HTML -------------------------------------------------------------------------------------
def style_pick():
    return rng.choice(["named", "named", "named", "dec", "hex", "raw"])


def html_page(lg):
    d = L[lg]
    r = R(lg, "html_page")
    st = style_pick()
    nb = rng.random() < 0.4
    kind = rng.choice(["team", "impressum", "profile", "obit", "event", "review"])
    font = rng.choice(["Helvetica Neue", "Times New Roman", "Georgia", "Open Sans", "Gill Sans",
                       "Franklin Gothic", "Lucida Grande"])
    r.t('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><style>body{font-family:'
        % lg).t("'").span("NEG_FONT", font).t("', Arial, sans-serif}</style></head>\n<body>\n")
    if kind == "team":
        r.t('<section class="').span("NEG_MARKUP", "team-grid").t('">\n')
        for _ in range(rng.randint(2, 4)):
            p, _f = person(lg)
            r.t('  <div class="card"><h3 class="').span("NEG_MARKUP", "member-name").t('">')
            P(r, ent(p, st, nb)).t('</h3><p class="role">%s</p></div>\n' % ent(
                rng.choice(["Geschäftsführer", "Directrice générale", "Head of Sales",
                            "Responsable qualité", "Projektleiterin", "Office Manager"]), st))
        r.t("</section>\n")
    elif kind == "impressum":
        p, _f = person(lg)
        r.t("<h2>%s</h2>\n<p>" % ent(rng.choice(["Impressum", "Mentions légales", "Kontakt",
                                                   "Colofon", "Aviso legal"]), st))
        r.t(ent(rng.choice(["Verantwortlich:", "Responsable de la publication :",
                            "Contact:", "Inhaber:"]), st, False) + " ")
        P(r, ent(p, st, nb)).t("<br>\n")
        r.span("STREET_ADDRESS", ent(street(lg), st, nb)).t("<br>\n")
        r.t(ent("Tel. auf Anfrage", st) + "</p>\n<p>&copy; %d " % rng.randint(2019, 2025))
        r.span("NEG_ORG", ent(surname(lg) + " & " + rng.choice(["Söhne GmbH", "Partner",
                                                                "Fils SARL", "Co. KG"]), st))
        r.t("</p>\n")
    elif kind == "profile":
        p, _f = person(lg)
        b, _iso = birth(lg)
        r.t('<div class="profile" itemscope itemtype="https://schema.org/Person">\n  <h1 '
            'itemprop="name">')
        P(r, ent(p, st, nb)).t("</h1>\n  <dl><dt>%s</dt><dd itemprop=\"birthDate\">" % ent(
            d["dob"], st))
        r.span("DATE_OF_BIRTH", b).t("</dd>\n  <dt>%s</dt><dd>" % ent(d["street"], st))
        r.span("STREET_ADDRESS", ent(street(lg), st, nb)).t("</dd></dl>\n</div>\n")
    elif kind == "obit":
        p, _f = person(lg)
        g2 = given(lg)
        b, _iso = birth(lg)
        r.t('<article class="').span("NEG_MARKUP", "obituary").t('">\n<h2>')
        P(r, ent(p, st, nb)).t("</h2>\n<p>* ").span("DATE_OF_BIRTH", b).t(" &ndash; &dagger; ")
        od, _ = other_date(lg)
        r.span("NEG_DATE", od).t("</p>\n<p>")
        r.t(ent(rng.choice(["In Liebe und Dankbarkeit:", "Avec tout notre amour,",
                            "With love from", "Con amore,"]), st) + " ")
        P(r, ent(g2, st)).t(" " + ent("&", st) + " ")
        P(r, ent(given(lg) + " " + surname(lg), st, nb)).t("</p>\n</article>\n")
    elif kind == "event":
        r.t("<h2>%s</h2>\n<ul>\n" % ent(rng.choice(["Teilnehmer", "Participants",
                                                     "Deelnemers", "Uczestnicy"]), st))
        for _ in range(rng.randint(2, 5)):
            p, _f = person(lg)
            r.t("  <li>")
            P(r, ent(p, st, nb)).t("</li>\n")
        r.t("</ul>\n")
    else:
        p = given(lg) + " " + surname(lg)[0] + "."
        r.t('<div class="review"><span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734;</span>'
            '\n<p>%s</p>\n<footer>&mdash; ' % ent(rng.choice(["Très bon service, merci !",
                                                             "Sehr freundlich & schnell.",
                                                             "Great team, would book again."]),
                                                 st))
        P(r, ent(p, st, nb)).t(", %s</footer></div>\n" % ent(rng.choice(["Zürich", "Lyon",
                                                                        "Gdańsk", "Málaga"]),
                                                            st))
    r.t("<p>").span("NEG_ENTITY", "&nbsp;").t("</p>\n</body></html>")
    done(r)


def html_table(lg):
    d = L[lg]
    r = R(lg, "html_table")
    st = style_pick()
    nb = rng.random() < 0.3
    r.t('<table class="').span("NEG_MARKUP", rng.choice(["table table-striped", "datagrid",
                                                        "wikitable sortable"])).t('">\n<thead><tr>')
    for h in (d["name"], d["dob"], d["street"]):
        r.t("<th>").span("NEG_HEADER", ent(h, st)).t("</th>")
    r.t("</tr></thead>\n<tbody>\n")
    for _ in range(rng.randint(2, 4)):
        p, _f = person(lg)
        b, _iso = birth(lg)
        r.t("<tr><td>")
        P(r, ent(p, st, nb)).t("</td><td>").span("DATE_OF_BIRTH", b).t("</td><td>")
        addr = ent(street(lg), st, nb)
        if rng.random() < 0.3 and ", " in addr:
            addr = addr.replace(", ", "<br>", 1)
        r.span("STREET_ADDRESS", addr).t("</td></tr>\n")
    r.t("</tbody>\n</table>")
    done(r)


def html_json(lg):
    """A CMS or CRM API response whose fields hold HTML with character references."""
    d = L[lg]
    r = R(lg, "html_json")
    st = rng.choice(["named", "named", "dec", "hex"])
    p, _f = person(lg)
    g = given(lg)
    r.t('{\n  "id": %d,\n  "type": "contact",\n  "title": "' % rng.randint(100, 9999))
    P(r, ent(p, st, False)).t('",\n  "body_html": "<p>%s ' % ent(d["hi"], st))
    P(r, ent(g, st)).t(",</p><p>%s: " % ent(d["street"], st))
    r.span("STREET_ADDRESS", ent(street(lg), st, rng.random() < 0.5)).t("<br>%s: " % ent(
        d["dob"], st))
    b, _iso = birth(lg)
    r.span("DATE_OF_BIRTH", b).t('</p>",\n  "css_class": "').span("NEG_MARKUP", "contact-card")
    od, _ = other_date(lg)
    r.t('",\n  "modified": "').span("NEG_DATE", od).t('"\n}')
    done(r)


# ---- mail -------------------------------------------------------------------------------------
SUBJ = ["Rückfrage zur Rechnung", "Réunion de lundi", "Bestätigung Ihrer Anmeldung",
        "Zaświadczenie", "Återkoppling", "Ödeme hatırlatması", "Confirmação de morada",
        "Änderung der Anschrift", "Prière de répondre"]
CLOSE = {"de": "Mit freundlichen Grüßen", "fr": "Bien cordialement", "en": "Kind regards",
         "nl": "Met vriendelijke groet", "es": "Un saludo", "it": "Cordiali saluti",
         "pt": "Com os melhores cumprimentos", "pl": "Z poważaniem", "sv": "Vänliga hälsningar",
         "da": "Venlig hilsen", "no": "Med vennlig hilsen", "fi": "Ystävällisin terveisin",
         "cs": "S pozdravem", "hu": "Üdvözlettel", "tr": "Saygılarımla",
         "ro": "Cu stimă"}


def local_part(name):
    import unicodedata
    base = unicodedata.normalize("NFKD", name.replace(",", "")).encode("ascii", "ignore").decode()
    w = [x for x in base.lower().replace("'", "").split() if x]
    return (w[0][0] + "." + w[-1]) if len(w) > 1 else w[0]


def ew(name, charset, kind):
    """An RFC 2047 encoded word's (prefix, payload, suffix) for name."""
    if kind == "B":
        return "=?%s?B?" % charset.upper(), base64.b64encode(name.encode(charset)).decode(), "?="
    return "=?%s?Q?" % charset.upper(), qp(name, charset, header=True), "?="


def header_person(r, field, name, dom):
    """`Field: =?..?Q?name?= <mail>` (or 8bit, or quoted, or split over two encoded words)."""
    r.span("NEG_FIELD", field).t(": ")
    cs = "iso-8859-1" if latin1_ok(name) and rng.random() < 0.4 else "utf-8"
    how = rng.choice(["Q", "Q", "Q", "B", "split", "quoted", "plain"])
    if how == "plain":
        r.t('"')
        P(r, name).t('"')
    elif how == "split" and " " in name:
        a, b = name.split(" ", 1)
        pre, pa, suf = ew(a, cs, "Q")
        pre2, pb, suf2 = ew(" " + b, cs, "Q")
        r.t(pre)
        P(r, pa + suf + " " + pre2 + pb).t(suf2)
    else:
        pre, pay, suf = ew(name, cs, "B" if how == "B" else "Q")
        if how == "quoted":
            r.t('"')
        r.t(pre)
        P(r, pay).t(suf)
        if how == "quoted":
            r.t('"')
    mail = local_part(name) + "@" + dom
    r.t(" <").span("EMAIL_ADDRESS", mail).t(">\n")


def mail_headers(r, lg, sender, to):
    dom = rng.choice(["example.de", "example.fr", "example.com", "example.org", "example.net"])
    r.span("NEG_FIELD", "Return-Path").t(": <").span(
        "EMAIL_ADDRESS", "bounce-%d@mail.example.net" % rng.randint(1000, 99999)).t(">\n")
    r.t("Date: %s, %d %s 2025 %02d:%02d:11 +0100\n" % (rng.choice(["Mon", "Tue", "Wed"]),
        rng.randint(1, 28), rng.choice(["Jan", "Feb", "Mar", "Oct"]), rng.randint(7, 19),
        rng.randint(0, 59)))
    header_person(r, "From", sender, dom)
    header_person(r, "To", to, rng.choice(["example.com", "example.org"]))
    r.span("NEG_FIELD", "Subject").t(": ")
    subj = rng.choice(SUBJ)
    cs = "utf-8"
    r.t("=?UTF-8?Q?").span("NEG_WORD", qp(subj, cs, header=True)).t("?=\n")
    r.t("Message-ID: <").span("NEG_MSGID", "%08x.%d@mail.example.net" % (
        rng.getrandbits(32), rng.randint(1, 99))).t(">\n")
    r.span("NEG_FIELD", "MIME-Version").t(": 1.0\n")
    r.t("Content-Type: text/plain; charset=").span("NEG_FIELD", "UTF-8").t("\n")


def safe_cut(enc):
    """An offset inside enc (never inside an `=XX`) for a soft line break."""
    ok, i = [], 0
    while i < len(enc):
        if i:
            ok.append(i)
        i += 3 if enc[i] == "=" else 1
    return rng.choice(ok) if ok else 0


def qp_mail(lg):
    d = L[lg]
    r = R(lg, "qp_mail")
    crlf = rng.random() < 0.35
    sender, _ = person(lg)
    to, _ = person(lg)
    mail_headers(r, lg, sender, to)
    r.span("NEG_FIELD", "Content-Transfer-Encoding").t(": quoted-printable\n\n")
    body_start = len(r.text)
    forced = []
    gto = given(lg)
    r.t(qp(d["hi"] + " "))
    a = len(r.text)
    P(r, qp(gto)).t(",\n\n")
    if rng.random() < 0.5:
        forced.append(a + safe_cut(qp(gto)))
    p, _f = person(lg)
    intro = rng.choice(["wie besprochen hier die Daten von", "as agreed, here are the details of",
                        "comme convenu, voici les coordonnées de", "zoals besproken de gegevens van",
                        "como acordado, los datos de"])
    r.t(qp(intro + " "))
    a = len(r.text)
    P(r, qp(p)).t(":\n\n")
    if rng.random() < 0.6:
        forced.append(a + safe_cut(qp(p)))
    b, _iso = birth(lg)
    r.t(qp(d["name"]) + ": ")
    P(r, qp(p)).t("\n" + qp(d["dob"]) + ": ").span("DATE_OF_BIRTH", b).t("\n")
    r.t(qp(d["street"]) + ": ").span("STREET_ADDRESS", qp(street(lg))).t("\n\n")
    if rng.random() < 0.4:
        r.t(qp("Bitte prüfen:") + ' <a href=3D"https://portal.example.com/c?id=3D%d">'
            % rng.randint(100, 999) + qp("Kundenakte") + "</a>\n\n")
    r.t(qp(CLOSE[lg]) + "\n")
    sig = sender.split(", ")[::-1] if ", " in sender else [sender]
    a = len(r.text)
    enc = qp(" ".join(sig) if ", " in sender else sender)
    P(r, enc).t("\n")
    if rng.random() < 0.5:
        forced.append(a + safe_cut(enc))
    r.span("NEG_WORD", qp(rng.choice(["Geschäftsführerin", "Responsable clientèle",
                                      "Kundenbetreuung", "Sachbearbeiterin"]))).t("\n")
    assert all(f >= body_start for f in forced)
    r.soft_breaks(body_start, rng.choice([76, 76, 72, 60]), crlf, forced)
    done(r)


def ew_headers(lg):
    """Headers with encoded words and a short 8bit or quoted reply body."""
    d = L[lg]
    r = R(lg, "ew_headers")
    sender, _ = person(lg)
    to, _ = person(lg)
    mail_headers(r, lg, sender, to)
    if rng.random() < 0.5:
        cc, _ = person(lg)
        header_person(r, "Cc", cc, "example.org")
    r.span("NEG_FIELD", "Content-Transfer-Encoding").t(": 8bit\n\n")
    words = (sender.split(", ")[-1] if ", " in sender else sender).split()
    g = words[-1] if words[0].endswith(".") else words[0]
    r.t(d["hi"] + ",\n\n")
    r.t(rng.choice(["danke, passt so.", "merci, c'est noté.", "thanks, noted.",
                    "dank je, genoteerd.", "gracias, anotado."]) + "\n\n")
    r.t("> ")
    od, _ = other_date(lg)
    r.span("NEG_DATE", od).t(", ")
    P(r, sender).t(" <").span("EMAIL_ADDRESS", local_part(sender) + "@example.de")
    r.t(">:\n> %s: " % d["dob"])
    b, _iso = birth(lg)
    r.span("DATE_OF_BIRTH", b).t("\n\n")
    P(r, g).t("\n")
    done(r)


# ---- tables -----------------------------------------------------------------------------------
COLS = {"name": ["full_name", "name", "customer_name", "naam", "nom_complet", "nazwisko_imie"],
        "given": ["first_name", "vorname", "prenom", "fornavn", "etunimi", "jmeno"],
        "sur": ["last_name", "nachname", "nom", "efternamn", "sukunimi", "prijmeni"],
        "dob": ["date_of_birth", "dob", "geburtsdatum", "birth_date", "data_nascita",
                "fodselsdato"],
        "street": ["street", "address_line1", "strasse", "adresse", "indirizzo", "ulica"]}


def table_rows(lg, split_names):
    rows = []
    for i in range(rng.randint(2, 5)):
        b, iso = birth(lg)
        st = street(lg).split(", ")[0]
        if split_names:
            if rng.random() < 0.2:
                g, s = rng.choice(L[lg]["part"]).split(" ", 1)
            else:
                g, s = (given(lg), surname(lg)) if rng.random() < 0.75 else \
                    (invent(lg, False), invent(lg, True))
            rows.append([("", str(rng.randint(1, 9999))), ("PERSON", g), ("PERSON", s),
                         ("DATE_OF_BIRTH", iso), ("STREET_ADDRESS", st)])
        else:
            p, _f = person(lg)
            rows.append([("", str(rng.randint(1, 9999))), ("PERSON", p),
                         ("DATE_OF_BIRTH", iso), ("STREET_ADDRESS", st)])
    return rows


def sql_query(r, cols, table):
    r.span("NEG_HEADER", "SELECT").t(" " + ", ".join(cols) + " ").span("NEG_HEADER", "FROM")
    r.t(" ").span("NEG_HEADER", table).t(" ").span("NEG_HEADER", "WHERE").t(
        " created_at > '2024-01-01' LIMIT %d;\n" % rng.randint(5, 50))


def psql(lg):
    r = R(lg, "psql")
    split = rng.random() < 0.5
    cols = ["id"] + ([rng.choice(COLS["given"]), rng.choice(COLS["sur"])] if split else
                     [rng.choice(COLS["name"])]) + [rng.choice(COLS["dob"]),
                                                     rng.choice(COLS["street"])]
    rows = table_rows(lg, split)
    table = rng.choice(["customers", "kunden", "patients", "members", "clients", "pracownicy"])
    r.t("db=> ")
    sql_query(r, cols, table)
    w = [max(len(c), *(len(row[k][1]) for row in rows)) for k, c in enumerate(cols)]
    r.t("|".join(" " + c.center(w[k]) + " " for k, c in enumerate(cols)).rstrip() + "\n")
    r.t("+".join("-" * (w[k] + 2) for k in range(len(cols))) + "\n")
    for row in rows:
        for k, (lab, v) in enumerate(row):
            if k:
                r.t("|")
            r.t(" ")
            if k == 0:
                r.t(v.rjust(w[k]))
            else:
                r.span(lab, v)
                if k < len(row) - 1:
                    r.t(" " * (w[k] - len(v)))
            r.t(" " if k < len(row) - 1 else "")
        r.t("\n")
    r.t("(%d rows)\n" % len(rows))
    done(r)


def psql_x(lg):
    r = R(lg, "psql_x")
    cols = ["id", rng.choice(COLS["given"]), rng.choice(COLS["sur"]), rng.choice(COLS["dob"]),
            rng.choice(COLS["street"]), "created_at"]
    rows = table_rows(lg, True)[:rng.randint(1, 3)]
    w = max(len(c) for c in cols)
    r.t("=> \\x\nExpanded display is on.\n=> ")
    sql_query(r, cols[:-1] + ["created_at"], rng.choice(["users", "customer", "mitglieder"]))
    for n, row in enumerate(rows):
        head = "-[ RECORD %d ]" % (n + 1)
        r.t(head + "-" * max(0, w + 1 - len(head)) + "+" + "-" * 24 + "\n")
        for k, c in enumerate(cols):
            r.t(c.ljust(w) + " | ")
            if k == 0:
                r.t(row[0][1])
            elif k < 5:
                r.span(row[k][0], row[k][1])
            else:
                od, iso = other_date(lg)
                r.span("NEG_DATE", iso + " 09:%02d:17.%d+01" % (rng.randint(0, 59),
                                                               rng.randint(100000, 999999)))
            r.t("\n")
    done(r)


def mysql(lg):
    r = R(lg, "mysql")
    split = rng.random() < 0.5
    cols = ["id"] + ([rng.choice(COLS["given"]), rng.choice(COLS["sur"])] if split else
                     [rng.choice(COLS["name"])]) + [rng.choice(COLS["dob"]),
                                                     rng.choice(COLS["street"])]
    rows = table_rows(lg, split)
    r.t("mysql> ")
    sql_query(r, cols, rng.choice(["customers", "tbl_kunden", "clientes", "asiakkaat"]))
    w = [max(len(c), *(len(row[k][1]) for row in rows)) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    r.t(rule)
    r.t("|")
    for k, c in enumerate(cols):
        r.t(" ").span("NEG_HEADER", c) if k else r.t(" " + c)
        r.t(" " * (w[k] - len(c)) + " |")
    r.t("\n" + rule)
    for row in rows:
        r.t("|")
        for k, (lab, v) in enumerate(row):
            r.t(" ")
            if k == 0:
                r.t(v.rjust(w[k]))
            else:
                r.span(lab, v).t(" " * (w[k] - len(v)))
            r.t(" |")
        r.t("\n")
    r.t(rule + "%d rows in set (0.00 sec)\n" % len(rows))
    done(r)


def csv_(lg):
    r = R(lg, "csv")
    split = rng.random() < 0.4
    sep = rng.choice([",", ",", ";", "\t"])
    cols = ["id"] + ([rng.choice(COLS["given"]), rng.choice(COLS["sur"])] if split else
                     [rng.choice(COLS["name"])]) + [rng.choice(COLS["dob"]),
                                                     rng.choice(COLS["street"])]
    rows = table_rows(lg, split)
    for k, c in enumerate(cols):
        if k:
            r.t(sep)
        r.span("NEG_HEADER", c) if k else r.t(c)
    r.t("\n")
    for row in rows:
        for k, (lab, v) in enumerate(row):
            if k:
                r.t(sep)
            if k == 0:
                r.t(v)
            else:
                q = sep in v or (sep == "," and "," in v) or rng.random() < 0.2
                if q:
                    r.t('"')
                if lab == "DATE_OF_BIRTH" and rng.random() < 0.5:
                    y, m, dd = map(int, v.split("-"))
                    v = L[lg]["date_f"](y, m, dd)
                r.span(lab, v)
                if q:
                    r.t('"')
        r.t("\n")
    done(r)


def json_api(lg):
    r = R(lg, "json_api")
    asc = rng.random() < 0.3
    pretty = rng.random() < 0.6
    nl, ind = ("\n", "  ") if pretty else ("", "")
    sp = " " if pretty else ""

    def js(v):
        return json.dumps(v, ensure_ascii=asc)[1:-1]
    r.t("{" + nl + ind + '"data":' + sp + "[" + nl)
    n = rng.randint(1, 3)
    for i in range(n):
        g, s = (given(lg), surname(lg)) if rng.random() < 0.75 else (invent(lg, False),
                                                                     invent(lg, True))
        b, iso = birth(lg)
        keys = rng.choice([("firstName", "lastName", "birthDate"),
                           ("first_name", "last_name", "dob"),
                           ("given_name", "family_name", "date_of_birth")])
        i2 = ind * 2
        r.t(i2 + "{" + nl + i2 + ind + '"id":' + sp + str(rng.randint(10, 99999)) + "," + nl)
        r.t(i2 + ind + '"' + keys[0] + '":' + sp + '"').span("PERSON", js(g)).t('",' + nl)
        r.t(i2 + ind + '"' + keys[1] + '":' + sp + '"').span("PERSON", js(s)).t('",' + nl)
        r.t(i2 + ind + '"' + keys[2] + '":' + sp + '"').span("DATE_OF_BIRTH", iso).t('",' + nl)
        stv = street(lg)
        r.t(i2 + ind + '"address":' + sp + "{" + '"line1":' + sp + '"')
        r.span("STREET_ADDRESS", js(stv.split(", ")[0])).t('",' + sp + '"country":' + sp + '"%s"}'
                                                           % lg.upper() + "," + nl)
        od, iso2 = other_date(lg)
        r.t(i2 + ind + '"createdAt":' + sp + '"').span("NEG_DATE", iso2 + "T10:02:11Z").t('"' + nl)
        r.t(i2 + "}" + ("," if i < n - 1 else "") + nl)
    r.t(ind + "]," + nl + ind + '"meta":' + sp + '{"page":' + sp + "1}" + nl + "}")
    done(r)


def sheet(lg):
    d = L[lg]
    r = R(lg, "sheet")
    asc = rng.random() < 0.3

    def js(v):
        return json.dumps(v, ensure_ascii=asc)[1:-1]
    tab = rng.choice(["Sheet1", "Kunden", "Feuille 1", "Blad1", "Arkusz1", "Taul1"])
    r.t('{"range": "%s!A1:D%d", "majorDimension": "ROWS", "values": [[' % (js(tab), 6))
    for k, h in enumerate((d["name"], d["dob"], d["street"], "Status")):
        r.t(", " if k else "").t('"').span("NEG_HEADER", js(h)).t('"')
    r.t("]")
    for _ in range(rng.randint(2, 4)):
        p, _f = person(lg)
        b, iso = birth(lg)
        r.t(', ["').span("PERSON", js(p)).t('", "')
        r.span("DATE_OF_BIRTH", rng.choice([b, iso])).t('", "')
        r.span("STREET_ADDRESS", js(street(lg))).t('", "%s"]' % rng.choice(["aktiv", "ok",
                                                                           "TRUE", "pending"]))
    r.t("]}")
    done(r)


# ---- OCR --------------------------------------------------------------------------------------
SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "æ": "ae", "Æ": "AE", "ß": "ss",
           "đ": "d"}


def strip_marks(s):
    """The letters without their diacritics, as an OCR engine without the language reads them."""
    import unicodedata
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base)
    return "".join(out)


def ocr_noise(s, strong=False):
    """One or two OCR faults in s: m as rn, lost diacritics, l as 1 or I, a break inside a word."""
    faults = rng.sample(["rn", "strip", "l1", "break", "strip"], 2 if strong else 1)
    for f in faults:
        if f == "rn" and "m" in s:
            i = s.index("m")
            s = s[:i] + "rn" + s[i + 1:]
        elif f == "strip":
            s = strip_marks(s)
        elif f == "l1" and "l" in s:
            i = s.index("l")
            s = s[:i] + rng.choice("1I|") + s[i + 1:]
        elif f == "break":
            words = s.split(" ")
            k = max(range(len(words)), key=lambda j: len(words[j]))
            w = words[k]
            if len(w) >= 5:
                c = rng.randint(2, len(w) - 2)
                words[k] = w[:c] + " " + w[c:]
                s = " ".join(words)
    return s


def ocr(lg):
    d = L[lg]
    r = R(lg, "ocr")
    deb = rng.choice(["|", "l|", "~", "’‚", "_.", ":|", "I l"])
    r.t(rng.choice(["--- OCR page 1 ---\n", "[ocr confidence 0.81]\n", "Scanned by CamScanner\n",
                    ""]))
    r.span("NEG_OCR", deb).t(" ")
    r.t(rng.choice(["ANMELDEFORMULAR", "FORMULAIRE D'INSCRIPTION", "REGISTRATION FORM",
                    "INSCHRIJFFORMULIER", "FORMULARZ", "ANMÄLAN"]) + "  ")
    r.span("NEG_OCR", rng.choice(["||", "l.", "—", "i;"])).t("\n")
    p, _f = person(lg)
    lab = d["name"]
    if rng.random() < 0.4:
        lab = lab.replace("m", "rn", 1) if "m" in lab else lab + " :"
    r.t(lab + ": ")
    P(r, ocr_noise(p, rng.random() < 0.3)).t(rng.choice(["", " |", "  l"]) + "\n")
    b, _iso = birth(lg)
    if rng.random() < 0.3:
        b = b.replace("0", "O", 1)
    r.t(strip_marks(d["dob"]) if rng.random() < 0.5 else d["dob"])
    r.t(rng.choice([": ", " : ", ":", ". "])).span("DATE_OF_BIRTH", b).t("\n")
    sv = street(lg)
    r.t(d["street"] + ": ").span("STREET_ADDRESS", ocr_noise(sv) if rng.random() < 0.6 else sv)
    r.t("\n\n")
    if rng.random() < 0.6:
        p2, _ = person(lg)
        r.t(rng.choice(["Unterschrift", "Signature", "Handtekening", "Podpis", "Firma"]) + ": ")
        P(r, ocr_noise(p2)).t("  ")
        r.span("NEG_OCR", rng.choice(["/s/", "~~~", "lI1", "'.,"])).t("\n")
    r.t(rng.choice(["Seite 1 von 2", "Page 1/2", "Strona 1 z 2", "1 / 2"]))
    done(r)


# ---- speech to text ---------------------------------------------------------------------------
def ts(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)


def stt(lg):
    d = L[lg]
    r = R(lg, "stt")
    t = rng.randint(0, 200)
    spk = ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02"]
    style = rng.choice(["bracket", "bracket", "vtt", "spk_"])
    a, c = rng.sample(spk, 2)
    if style == "spk_":
        a, c = "spk_0", "spk_1"

    def line(who):
        nonlocal t
        t += rng.randint(2, 14)
        if style == "vtt":
            r.t("%s.%03d --> %s.%03d\n" % (ts(t), rng.randint(0, 999), ts(t + 3),
                                            rng.randint(0, 999)))
            r.t("<v ").span("NEG_SPEAKER", who).t(">")
        else:
            r.t("[%s] " % ts(t)).span("NEG_SPEAKER", who).t(": ")
    g, s = given(lg), surname(lg)
    line(a)
    r.t(d["hi"] + ", " + rng.choice(["thanks for calling.", "Kundenservice.", "service client.",
                                       "how can I help?"]) + "\n")
    line(c)
    r.t(d["hi"] + ", " + d["me"] + " ")
    P(r, g + " " + s).t(".\n")
    line(a)
    r.t(d["bornq"] + ", ")
    if rng.random() < 0.5:
        r.t(rng.choice(["Herr", "Frau", "Mr", "Ms", "Madame", "Señora", "pani"]) + " ")
        P(r, s).t("?\n")
    else:
        P(r, g).t("?\n")
    line(c)
    b, _iso = birth(lg)
    r.t(d["born"] + " ").span("DATE_OF_BIRTH", b).t(".\n")
    if rng.random() < 0.6:
        line(a)
        r.t(rng.choice(["und die Adresse?", "and the address?", "et l'adresse ?",
                        "en het adres?"]) + "\n")
        line(c)
        r.span("STREET_ADDRESS", street(lg)).t(".\n")
    if rng.random() < 0.4:
        line(a)
        r.t(rng.choice(["ich verbinde Sie mit", "I'll put you through to", "je vous passe",
                        "ik verbind u door met"]) + " ")
        P(r, given(lg)).t(rng.choice([".", " from billing.", " vom Team."]) + "\n")
    done(r)


def whisperx(lg):
    d = L[lg]
    r = R(lg, "whisperx")
    t = rng.uniform(0, 30)
    segs = []
    g, s = given(lg), surname(lg)
    b, _iso = birth(lg)
    segs.append(("SPEAKER_00", [("", " " + d["bornq"] + "?")]))
    segs.append(("SPEAKER_01", [("", " " + d["me"].capitalize() + " "), ("PERSON", g + " " + s),
                                ("", ", " + d["born"] + " "), ("DATE_OF_BIRTH", b), ("", ".")]))
    if rng.random() < 0.5:
        segs.append(("SPEAKER_00", [("", " " + d["hi"] + " "), ("PERSON", g), ("", ".")]))
    asc = rng.random() < 0.4

    def js(v):
        return json.dumps(v, ensure_ascii=asc)[1:-1]
    r.t('{"language": "%s", "segments": [' % lg)
    for k, (who, parts) in enumerate(segs):
        t0 = t
        t += rng.uniform(1.5, 6)
        r.t(", " if k else "").t('{"start": %.3f, "end": %.3f, "text": "' % (t0, t))
        for lab, v in parts:
            if lab:
                r.span(lab, js(v))
            else:
                r.t(js(v))
        r.t('", "speaker": "').span("NEG_SPEAKER", who).t('"}')
    r.t("]}")
    done(r)


# ---- look-alikes only -------------------------------------------------------------------------
def lookalike(lg):
    r = R(lg, "lookalike")
    k = rng.choice(["html", "css", "mail", "sql", "ocr", "stt"])
    if k == "html":
        r.t('<nav class="').span("NEG_MARKUP", "main-menu").t('"><a href="/ueber-uns">')
        r.span("NEG_WORD", "&Uuml;ber uns").t('</a> | <a href="/kontakt">Kontakt</a> | ')
        r.span("NEG_WORD", "Stra&szlig;enverzeichnis").t("</a></nav>\n<p>")
        r.span("NEG_ENTITY", "&nbsp;").t("&raquo; ").span("NEG_WORD", "R&eacute;sum&eacute;")
        r.t(" &middot; ").span("NEG_ORG", "M&uuml;ller &amp; S&ouml;hne GmbH").t(" &middot; ")
        r.span("NEG_STREET", "Rue Fran&ccedil;ois-Mitterrand").t("</p>")
    elif k == "css":
        r.t(".byline{font-family:").span("NEG_FONT", '"Times New Roman"').t(",serif}\n")
        r.t(".author-name{font:italic 12px ").span("NEG_FONT", "Georgia").t("}\n")
        r.t('h1::before{content:"\\00A7";}\n/* ').span("NEG_FONT", "Gill Sans").t(" fallback */")
    elif k == "mail":
        r.span("NEG_FIELD", "Content-Type").t(': text/html; charset="')
        r.span("NEG_FIELD", "iso-8859-1").t('"\n').span("NEG_FIELD", "Content-Transfer-Encoding")
        r.t(": quoted-printable\nSubject: =?UTF-8?Q?").span("NEG_WORD", qp("Änderung der "
                                                                         "Öffnungszeiten",
                                                                         header=True))
        r.t("?=\n\n").span("NEG_WORD", qp("Sehr geehrte Damen und Herren,")).t("\n")
        r.span("NEG_WORD", qp("Die Geschäftsstelle bleibt geschlossen.")).t("\n=3D=3D=3D\n")
    elif k == "sql":
        r.span("NEG_HEADER", "SELECT").t(" first_name, last_name, date_of_birth ")
        r.span("NEG_HEADER", "FROM").t(" patients ").span("NEG_HEADER", "ORDER BY").t(
            " last_name;\n first_name | last_name | date_of_birth\n------------+-----------+"
            "---------------\n(0 rows)")
    elif k == "ocr":
        r.span("NEG_OCR", "l|I ").t(rng.choice(["RECHNUNG", "FACTURE", "INVOICE"]) + " ")
        r.span("NEG_OCR", "~~ ,;").t("\nBetrag: 1.234,56 EUR  ").span("NEG_OCR", "|l")
        r.t("\nDatum: ").span("NEG_DATE", other_date(lg)[0]).t("\n")
        r.span("NEG_OCR", "rn rn ll").t("\nSeite 2 von 2")
    else:
        r.t("[00:00:03] ").span("NEG_SPEAKER", "SPEAKER_00").t(": ")
        r.t(rng.choice(["Willkommen beim Kundenservice.", "Welcome to support.",
                        "Bienvenue au service client."]) + "\n[00:00:07] ")
        r.span("NEG_SPEAKER", "SPEAKER_01").t(": ")
        r.t(rng.choice(["Ich habe eine Frage zur Rechnung.", "I have a billing question.",
                        "J'ai une question sur ma facture."]) + "\n")
    done(r)


# ---- request bodies (as gen_wrap46.py moves spans) ----------------------------------------------
MARK = "@@DOC%d@@"
TOOLS = {"html_page": "fetch_url", "html_table": "fetch_url", "html_json": "cms_get_entry",
         "qp_mail": "read_email", "ew_headers": "read_email", "psql": "run_sql",
         "psql_x": "run_sql", "mysql": "run_sql", "csv": "read_file", "json_api": "http_get",
         "sheet": "sheets_get_values", "ocr": "ocr_document", "stt": "transcribe_audio",
         "whisperx": "transcribe_audio", "lookalike": "read_file"}


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def place(body, pieces, levels, ascii_, spans):
    def e(s):
        for _ in range(levels):
            s = esc(s, ascii_)
        return s
    starts = []
    base = 0
    result = body
    for k, piece in enumerate(pieces):
        m = MARK % k
        at = result.index(m)
        result = result[:at] + e(piece) + result[at + len(m):]
        starts.append((base, base + len(piece), at, piece))
        base += len(piece)
    out = []
    for s in spans:
        for (lo, hi, at, piece) in starts:
            if lo <= s["start_position"] and s["end_position"] <= hi:
                a = at + len(e(piece[:s["start_position"] - lo]))
                b = a + len(e(piece[s["start_position"] - lo:s["end_position"] - lo]))
                out.append(dict(s, entity_value=result[a:b], start_position=a, end_position=b))
                break
        else:
            raise AssertionError("span across pieces")
    return result, out


def split_points(text, spans, parts):
    cands = [i + 1 for i, ch in enumerate(text) if ch == "\n" and 0 < i + 1 < len(text)]
    cands = [c for c in cands if not any(s["start_position"] < c < s["end_position"]
                                         for s in spans)]
    if not cands:
        return []
    want = [len(text) * k // parts for k in range(1, parts)]
    return sorted({min(cands, key=lambda c: abs(c - w)) for w in want})


def wrap(kind, r, ascii_, i):
    text, spans = r.text, r.spans
    tool = TOOLS[r.cls]
    arg = {"fetch_url": {"url": "https://www.example.org/kontakt"},
           "cms_get_entry": {"id": 4711}, "read_email": {"message_id": "INBOX/%d" % (300 + i)},
           "run_sql": {"query": "select * from customers limit 5"},
           "read_file": {"path": "export.csv"}, "http_get": {"path": "/api/v2/contacts"},
           "sheets_get_values": {"range": "A1:D6"}, "ocr_document": {"file": "scan_0042.pdf"},
           "transcribe_audio": {"file": "call_2025-03-04.wav"}}[tool]
    call = "call_%04d" % (4700 + i)
    compact = i % 3 == 0
    dumps = (lambda o: json.dumps(o, ensure_ascii=ascii_, separators=(",", ":"))) if compact \
        else (lambda o: json.dumps(o, ensure_ascii=ascii_))
    if kind == "chat_tool":
        body = {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You are an operations assistant."},
            {"role": "user", "content": "Look this up and summarise it for me."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps(arg)}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        return place(dumps(body), [text], 1, ascii_, spans)
    if kind in ("anth_str", "anth_blocks"):
        if kind == "anth_str":
            pieces = [text]
            content = MARK % 0
        else:
            cuts = split_points(text, spans, 3)
            bounds = [0] + cuts + [len(text)]
            pieces = [text[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]
            content = [{"type": "text", "text": MARK % k} for k in range(len(pieces))]
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": "What does this say? Keep it short."},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool, "input": arg}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": content}]}]}
        return place(dumps(body), pieces, 1, ascii_, spans)
    if kind == "tool_args":
        t2 = rng.choice(["save_note", "write_file", "send_email", "create_ticket"])
        inner = {"path": "notes/import_%d.txt" % i, "content": MARK % 0} if t2 == "write_file" \
            else {"title": "Import", "body": MARK % 0}
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "Store this for later."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": t2, "arguments": json.dumps(inner, ensure_ascii=ascii_)}}]},
            {"role": "tool", "tool_call_id": call, "content": "ok"}]}
        return place(dumps(body), [text], 2, ascii_, spans)
    raise ValueError(kind)


# ---- the corpus -------------------------------------------------------------------------------
PLAN = [(html_page, 52), (html_table, 30), (html_json, 24), (qp_mail, 48), (ew_headers, 34),
        (psql, 26), (psql_x, 20), (mysql, 24), (csv_, 24), (json_api, 24), (sheet, 24),
        (ocr, 40), (stt, 40), (whisperx, 16), (lookalike, 24)]
WRAPS = ["chat_tool", "anth_str", "anth_blocks", "tool_args"]


def main():
    n = 0
    for fn, count in PLAN:
        for k in range(count):
            fn(LANGS[(n + k * 3) % len(LANGS)])
        n += count
    order = list(range(len(DOCS)))
    rng.shuffle(order)
    for j, idx in enumerate(order):
        r = DOCS[idx]
        meta = {"locale": r.lg, "class": r.cls, "format": r.fmt}
        if j % 2:
            kind = WRAPS[(j // 2) % len(WRAPS)]
            ascii_ = (j // 8) % 2 == 0
            t, sp = wrap(kind, r, ascii_, j)
            json.loads(t)
            meta["wrap"] = kind
            meta["ascii"] = ascii_
        else:
            t, sp = r.text, r.spans
            meta["wrap"] = "plain"
        check_spans(t, sp)
        records.append(record(t, sp, len(records) % 100, meta))
    write_json(records)


main()
