#!/usr/bin/env python3
"""gen_prec47.py: look-alikes of people in the nineteenth blind set's kinds of text and in the
formats agents pass them on in, beside real people (branch prec47). Written from that set's
public brief only (its run.sh title and README row; never its generator or data) and committed
before any detector rule was read or hush was run on it. A tune set.

Kinds (metadata.class): RMA returns, school-bus manifests, scrap-metal ledgers, business-card
orders, gift registries, sortition lists, theme-park passes, referee registers, CLA signatures,
jewellers' tickets, dietitian diaries, fire-brigade logs, language tandems, portrait commissions,
bridge results, nameplate orders, dry-cleaning tickets, cruise manifests, newspaper rounds,
florist orders, cake orders, probation notes, dance couples, bowling standings, school photos,
wine clubs. Each record is one kind's rows (2-4 of them) in one format (metadata.format):
psql and mysql tables, JSON rows and API responses, HTML pages with tags, classes, CSS and
entities, Sheets API values, TSV, OCR'd forms with noise, diarised transcripts with speaker
labels, RFC 822 mails with encoded-word headers and quoted-printable bodies; forms, letters and
lower-case chats. About half reach the API as a whole request body (metadata.wrap): an OpenAI
tool message after an assistant tool call, an Anthropic tool_result as a string or as text
blocks, a tool call's arguments (escaped twice) or a user message pasting the document; half of
those escape non-ASCII as \\uXXXX. A span's value is the bytes that hold it (escaped, entity-
or QP-encoded as it stands).

Look-alikes (NEG_ spans, with positions), in the slots a tool result puts beside a person's
column and in the person's slot itself (a slot that holds a person in some rows and a thing in
others, so a rule that blocks the slot shows as lost recall): products and SKUs named like people
(NEG_PRODUCT, NEG_CODE), engraving, card, ribbon, cake and nameplate texts that are no name
(NEG_TEXT), ships and horses (NEG_SHIP, NEG_PET), teams and clubs (NEG_TEAM), bridge pair labels
and conventions (NEG_PAIR, NEG_TERM), routes, stops and rides (NEG_ROUTE, NEG_PLACE), firms,
makers, newspapers, cafés and class names (NEG_ORG), dishes and cakes (NEG_DISH), songs (NEG_WORK),
famous people as a style (NEG_FAMOUS), HTML class names (NEG_MARKUP), CSS and card fonts
(NEG_FONT), table headers, SQL columns and mail header field names (NEG_HEADER), OCR debris
(NEG_OCR), speaker labels (NEG_SPEAKER), quoted-printable fragments (NEG_QP), bots and tools
(NEG_BOT), other dates (NEG_DATE).

Languages en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin
transliteration); half the names invented from this generator's own syllables, a quarter of
global origin; Hungarian names surname first. Writes JSON (the names_tune3.json format) to
stdout; deterministic; Python stdlib only."""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, record, write_json  # noqa: E402

rng = random.Random(20261206 + 47)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

# ---- people -------------------------------------------------------------------------------------
REAL = {
    "en": (["Siobhan", "Gareth", "Harriet", "Declan", "Fiona", "Owen", "Bethany", "Ciaran", "Louise"],
           ["O'Brien", "Ashworth", "Kavanagh", "Pritchard", "Holloway", "Fairclough", "Beaumont", "Quinlan"]),
    "de": (["Jana", "Lukas", "Sabine", "Henrik", "Miriam", "Jörg", "Carina", "Benedikt", "Ute"],
           ["Brandstätter", "Vogler", "Kessler", "Haberl", "Lindner", "Strobel", "Wirth", "Gärtner"]),
    "fr": (["Capucine", "Bastien", "Solène", "Mathis", "Aurélie", "Gaëtan", "Ninon", "Loïc"],
           ["Marchand", "Lefebvre", "Roussel", "Barbier", "Carpentier", "D'Almeida", "Vasseur"]),
    "nl": (["Femke", "Sander", "Anouk", "Joost", "Maaike", "Thijs", "Eline", "Ruben"],
           ["Mulder", "van Dijk", "Smit", "de Graaf", "Vermeulen", "Bakker", "van der Linden"]),
    "es": (["Ainhoa", "Rubén", "Lucía", "Sergio", "Paula", "Íñigo", "Rocío", "Adrián"],
           ["Fernández", "Ortega", "Navarro", "Ruiz", "Castillo", "Iglesias", "Medina"]),
    "it": (["Chiara", "Matteo", "Giulia", "Lorenzo", "Serena", "Davide", "Ilaria", "Pietro"],
           ["Colombo", "Ricci", "Bruno", "Esposito", "Conti", "D'Angelo", "Ferraro"]),
    "pt": (["Inês", "Tiago", "Beatriz", "Rodrigo", "Mariana", "João", "Catarina", "Diogo"],
           ["Ferreira", "Carvalho", "Sousa", "Pinto", "Ribeiro", "Azevedo", "Magalhães"]),
    "pl": (["Agnieszka", "Michał", "Joanna", "Krzysztof", "Magdalena", "Piotr", "Ewa", "Tomasz"],
           ["Nowakowska", "Wiśniewski", "Zielińska", "Mazur", "Krawczyk", "Jabłoński", "Pawlak"]),
    "sv": (["Astrid", "Gustav", "Klara", "Anton", "Saga", "Erik", "Wilma", "Nils"],
           ["Lindqvist", "Bergström", "Holm", "Sjöberg", "Åkesson", "Wallin", "Engström"]),
    "da": (["Freja", "Rasmus", "Ida", "Mikkel", "Cecilie", "Frederik", "Nanna", "Anders"],
           ["Kristensen", "Poulsen", "Jørgensen", "Mortensen", "Søndergaard", "Vestergaard"]),
    "no": (["Ingrid", "Håkon", "Silje", "Eirik", "Marit", "Torbjørn", "Kari", "Sindre"],
           ["Haugen", "Bakke", "Solberg", "Eide", "Halvorsen", "Knutsen", "Fjeld"]),
    "fi": (["Aino", "Eero", "Sanna", "Ville", "Liisa", "Juho", "Noora", "Teemu"],
           ["Virtanen", "Korhonen", "Mäkinen", "Heikkinen", "Laaksonen", "Koskinen"]),
    "cs": (["Lucie", "Tomáš", "Markéta", "Jiří", "Veronika", "Lukáš", "Zuzana", "Martin"],
           ["Dvořáková", "Novotný", "Procházka", "Černá", "Kučera", "Svobodová", "Beneš"]),
    "hu": (["Eszter", "Gergely", "Anna", "Csaba", "Noémi", "Levente", "Judit", "Tamás"],
           ["Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Varga", "Kiss", "Molnár"]),
    "tr": (["Zeynep", "Emre", "Elif", "Burak", "Aylin", "Mert", "Gizem", "Hakan"],
           ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Koç"]),
    "ro": (["Ioana", "Andrei", "Bianca", "Mihai", "Alina", "Cristian", "Oana", "Bogdan"],
           ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Constantin", "Rusu"]),
    "el": (["Katerina", "Giorgos", "Sofia", "Dimitris", "Maria", "Nikos", "Eleni", "Kostas"],
           ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagianni", "Antoniou", "Vlachou"]),
}
# A quarter of the people: Arabic, South Asian, East Asian, African and Slavic origin.
GLOBAL = [("Yasmin", "Al-Masri"), ("Omar", "Haddad"), ("Layla", "Khoury"), ("Anjali", "Sharma"),
          ("Vikram", "Reddy"), ("Sunita", "Banerjee"), ("Wei", "Zhang"), ("Hiroshi", "Tanaka"),
          ("Min-jun", "Park"), ("Thi Lan", "Nguyen"), ("Adaeze", "Okafor"), ("Kofi", "Asante"),
          ("Fatoumata", "Diallo"), ("Tendai", "Moyo"), ("Dmitri", "Volkov"), ("Oksana", "Shevchenko"),
          ("Milan", "Jovanović"), ("Aleksandra", "Ivanova"), ("Abdullah", "Rahman"), ("Mei", "Lin")]
SYL = {"en": (["dra", "win", "kel", "ros", "mab", "thor", "elk", "bri"], ["ham", "worth", "by"]),
       "de": (["lau", "bri", "gel", "ton", "wal", "rie", "ham", "ke"], ["meier", "bauer", "ling"]),
       "fr": (["ma", "lou", "vé", "ran", "thi", "bo", "gué", "ni"], ["eau", "ault", "ac"]),
       "nl": (["ko", "bel", "wim", "ter", "aar", "jo", "lie", "hen"], ["dorp", "kamp", "ema"]),
       "es": (["al", "ve", "ron", "ci", "que", "lo", "mar", "tu"], ["eda", "ales", "anes"]),
       "it": (["ste", "ga", "vio", "ri", "lan", "do", "ce", "mo"], ["acci", "elli", "aro"]),
       "pt": (["bal", "te", "ri", "go", "san", "lu", "ve", "ca"], ["edo", "ares", "ota"]),
       "pl": (["zdzi", "bo", "ra", "ko", "wi", "sta", "lek", "mi"], ["czyk", "owska", "ak"]),
       "sv": (["bjö", "ra", "sig", "te", "vi", "lu", "an", "gre"], ["qvist", "gren", "ström"]),
       "da": (["tho", "ri", "bø", "ga", "mik", "sø", "le", "va"], ["gaard", "holt", "rup"]),
       "no": (["ty", "ra", "gei", "lo", "hal", "ve", "sol", "kri"], ["rud", "heim", "stad"]),
       "fi": (["tai", "mi", "ka", "lu", "hen", "ro", "ve", "sa"], ["lainen", "nen", "vaara"]),
       "cs": (["bře", "zi", "ka", "vo", "lu", "mí", "ra", "to"], ["ický", "ová", "ec"]),
       "hu": (["bá", "zol", "te", "ki", "gyu", "ré", "lo", "mi"], ["házi", "sy", "ffy"]),
       "tr": (["ba", "tu", "gök", "er", "san", "ay", "nur", "ke"], ["oğlu", "kan", "ay"]),
       "ro": (["vi", "ta", "lo", "mir", "ce", "du", "ra", "gi"], ["escu", "eanu", "aru"]),
       "el": (["the", "ka", "lo", "ni", "ri", "sta", "pe", "mo"], ["akis", "opoulou", "eas"])}


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname): a quarter of global origin, the rest half real, half invented."""
    r = rng.random()
    if r < 0.25:
        return rng.choice(GLOBAL)
    if r < 0.62:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return invent(lg, False), invent(lg, True)


def pname(lg, style="full"):
    g, s = person(lg)
    if style == "upper":
        return (s + " " + g if lg == "hu" else g + " " + s).upper()
    if style == "lower":
        return (g + " " + s).lower()
    if style == "rev":
        return s + ", " + g
    if style == "caps_first":
        return s.upper() + " " + g
    if style == "initial":
        return g[0] + ". " + s
    if style == "given":
        return g
    if style == "surname":
        return s
    return s + " " + g if lg == "hu" else g + " " + s


def dob():
    y, m, d = rng.randint(1941, 2008), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.random()
    if f < 0.4:
        return "%02d.%02d.%04d" % (d, m, y)
    if f < 0.7:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d/%02d/%04d" % (d, m, y)


def child_dob():
    y, m, d = rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)
    return "%02d.%02d.%04d" % (d, m, y)


def other_date():
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d) if rng.random() < 0.5 else "%02d.%02d.%04d" % (d, m, y)


STREETS = {"en": ("Elm Grove", "Rathmines Road", "Kingsway"), "de": ("Lindenallee", "Hauptstraße", "Am Anger"),
           "fr": ("rue des Tilleuls", "avenue Foch", "rue du Port"), "nl": ("Kerkstraat", "Molenweg", "Dorpsstraat"),
           "es": ("Calle Mayor", "Calle del Carmen", "Avenida de Burgos"), "it": ("Via Roma", "Via Garibaldi", "Via dei Mille"),
           "pt": ("Rua Augusta", "Rua da Prata", "Avenida da Boavista"), "pl": ("ul. Słoneczna", "ul. Ogrodowa", "ul. Polna"),
           "sv": ("Storgatan", "Kyrkogatan", "Björkvägen"), "da": ("Vestergade", "Nørregade", "Bredgade"),
           "no": ("Storgata", "Kirkeveien", "Skolegata"), "fi": ("Rautatienkatu", "Koulukatu", "Puistotie"),
           "cs": ("Husova", "Palackého", "Na Výsluní"), "hu": ("Kossuth utca", "Rákóczi út", "Fő utca"),
           "tr": ("Cumhuriyet Caddesi", "Lale Sokak", "Gül Sokak"), "ro": ("Str. Florilor", "Str. Libertății", "Bd. Eroilor"),
           "el": ("Odos Ermou", "Odos Athinas", "Odos Egnatia")}
TOWNS = {"en": ("Cork", "T12 X5P2"), "de": ("Bamberg", "96047"), "fr": ("Rennes", "35000"), "nl": ("Leiden", "2311 EZ"),
         "es": ("Zaragoza", "50001"), "it": ("Parma", "43121"), "pt": ("Braga", "4700-320"), "pl": ("Gdańsk", "80-001"),
         "sv": ("Uppsala", "753 20"), "da": ("Odense", "5000"), "no": ("Bergen", "5003"), "fi": ("Tampere", "33100"),
         "cs": ("Brno", "602 00"), "hu": ("Szeged", "6720"), "tr": ("Çankaya/Ankara", "06690"), "ro": ("Cluj-Napoca", "400001"),
         "el": ("Thessaloniki", "546 24")}


def address(lg):
    st, n = rng.choice(STREETS[lg]), str(rng.randint(2, 180))
    town, pc = TOWNS[lg]
    if lg == "en":
        return n + " " + st + ", " + town + " " + pc
    if lg == "fr":
        return n + " " + st + ", " + pc + " " + town
    if lg == "hu":
        return pc + " " + town + ", " + st + " " + n + "."
    if lg == "tr":
        return st + " No: " + n + ", " + pc + " " + town
    return st + " " + n + ", " + pc + " " + town


# ---- look-alike pools ---------------------------------------------------------------------------
POOLS = {
    "product": ("NEG_PRODUCT", ["Harper Lounge Chair", "Olivia Wrap Dress", "Marta Ankle Boot", "Leon Backpack 22L",
                                "Elsa Table Lamp", "Oscar Duvet Cover", "Matilda Bookcase", "Henry Hoover HVR160",
                                "Billy Bookcase", "Malm Bed Frame", "Hemnes Dresser", "Stefan Chair", "Ingolf Bar Stool",
                                "Rosalie Sofa 3-Seater", "Clara Pendant", "Arthur Oak Desk", "Lotta Raincoat",
                                "Anton Sneaker", "Frida Linen Shirt", "Emma Mattress", "Otto Waffle Iron"]),
    "sku": ("NEG_CODE", ["SKU-ELLA-BLK-42", "HARPER-CH-OAK", "MRT-BOOT-38", "LEON-BP-22", "OLIVIA-DR-M",
                         "ART-DESK-140", "SKU-FRIDA-LIN-L", "EMMA-MAT-90", "ROS-SOFA-3S"]),
    "stop": ("NEG_PLACE", ["Kaiser-Wilhelm-Platz", "St. Josef Kirche", "Queen Victoria Road", "Goetheschule",
                           "Place Jean Jaurès", "Piazza Giuseppe Verdi", "Plac Kopernika", "Karl-Marx-Hof",
                           "Haltestelle Maria Hilf", "Halte Willemsplein", "Tomáše Bati", "Kossuth Lajos tér",
                           "Gustav Adolfs torg", "Christian IX's Gade", "Parada Infanta Isabel"]),
    "busroute": ("NEG_ROUTE", ["Route 12 – St. Anne's", "Linie Maria Hilf", "Tour Nord 3", "Ruta Santa Bárbara",
                               "Linja Kustaa Vaasa", "Route Willem Drees", "Trasa Jana Pawła II"]),
    "isri": ("NEG_CODE", ["Zorba", "Zurik", "Barley", "Berry", "Birch/Cliff", "Candy", "Clove", "Druid", "Talon",
                          "Honey", "Elmo", "Sheema", "Taldack", "Tense", "Twitch"]),
    "firm": ("NEG_ORG", ["Hartmann & Söhne GmbH", "Brandt Elektro", "Maison Lefèvre", "Studio Pieter Jansen",
                         "Johnson Matthey", "Boehringer Ingelheim", "Ernst & Young", "Baker McKenzie",
                         "Siemens Healthineers", "Marks & Spencer", "Dr. Oetker", "Paul Hartmann AG"]),
    "font": ("NEG_FONT", ["Helvetica Neue", "Times New Roman", "Gill Sans", "Georgia", "Futura", "Frutiger",
                          "Garamond", "Baskerville", "Lucida Handwriting", "Edwardian Script", "Century Gothic",
                          "Bodoni", "Optima", "Rockwell", "Segoe UI", "Brush Script"]),
    "paper": ("NEG_PRODUCT", ["Conqueror Laid", "Gmund Cotton", "Curious Matter", "Munken Pure", "Fedrigoni Tintoretto",
                              "Rives Shetland", "Colorplan Pristine"]),
    "gift": ("NEG_PRODUCT", ["Le Creuset Signature", "KitchenAid Artisan", "Iittala Aalto Vase", "Arne Jacobsen Egg Chair",
                             "Georg Jensen Bernadotte", "Villeroy & Boch Mariefleur", "Zwilling J.A. Henckels Pro",
                             "Alessi Plissé", "Marimekko Unikko", "Rosenthal Maria Weiß", "Poul Henningsen PH5",
                             "WMF Lono", "Royal Copenhagen Blue Fluted", "Orrefors Erik"]),
    "giftmsg": ("NEG_TEXT", ["Best Wishes", "Congratulations!", "With Love", "Just Married", "Welcome Little One",
                             "Herzlichen Glückwunsch", "Alles Liebe", "Félicitations", "Van Harte Gefeliciteerd",
                             "Felicidades", "Tanti Auguri", "Parabéns", "Wszystkiego Najlepszego", "Grattis",
                             "Tillykke", "Gratulerer", "Onnea", "Blahopřejeme", "Boldog Házassági Évfordulót",
                             "Tebrikler", "Casă De Piatră", "Na Zisete"]),
    "group": ("NEG_ORG", ["The Office Gang", "Kollegen der Buchhaltung", "Les Copains du Foot", "Tennisclub Rot-Weiß",
                          "Book Club Tuesday", "Stammtisch Zur Linde", "Vriendenclub De Kaai", "Peña El Olivo",
                          "Coro Santa Cecilia", "Grupo de Caminhada", "Koło Gospodyń Wiejskich"]),
    "stratum": ("NEG_CODE", ["Stratum 4 / Female / 30–44 / Region Nord", "Stratum 2 / Male / 16–29 / Urban",
                             "Strate B – Femme – 45–59", "Estrato 3 – Rural", "Schicht 5 – Mann – 60+",
                             "Strato 1 – Città", "Warstwa 2 – Wieś"]),
    "assembly": ("NEG_ORG", ["Bürgerrat Ernährung im Wandel", "Citizens' Assembly on Biodiversity Loss",
                             "Convention Citoyenne pour le Climat", "Burgerberaad Klimaat", "Asamblea Ciudadana por el Clima",
                             "Medborgarråd Malmö", "Borgerting Aarhus", "Kansalaisraati Tampere", "Občanská rada Praha 7"]),
    "passtype": ("NEG_PRODUCT", ["Gold Pass", "Annual Pass Plus", "Jahreskarte Premium", "Pass Annuel Liberté",
                                 "Seizoenskaart Gold", "Pase Anual Platino", "Abbonamento Stagionale", "Guldkort"]),
    "ride": ("NEG_PLACE", ["Baron 1898", "Joris en de Draak", "Taron", "Wodan Timbur Coaster", "Fluch von Novgorod",
                           "Madame Freudenreich Curiosités", "Max & Moritz", "Lisebergbanan", "Helix", "Colossos",
                           "Fenix", "Blue Fire", "Silver Star", "Symbolica", "Fata Morgana", "Droomvlucht",
                           "Pinocchio", "Maus au Chocolat", "Vogel Rok", "Kondaa"]),
    "match": ("NEG_TEAM", ["Willem II – Heracles Almelo", "Hertha BSC – Jahn Regensburg", "Carl Zeiss Jena – Viktoria Köln",
                           "Arminia Bielefeld – Alemannia Aachen", "Fortuna Sittard – Sparta Rotterdam",
                           "Lazio – Atalanta", "Vitória Guimarães – Benfica", "Górnik Zabrze – Legia Warszawa",
                           "Slavia Praha – Viktoria Plzeň", "Ferencváros – Puskás Akadémia", "Saint-Étienne – Stade Brestois",
                           "Real Betis – Rayo Vallecano", "Hammarby – Djurgården", "Rosenborg – Viking",
                           "HJK – KuPS", "Brøndby – Randers", "Fenerbahçe – Beşiktaş", "Dinamo București – Rapid",
                           "Panathinaikos – Aris"]),
    "bot": ("NEG_BOT", ["CLA Assistant", "cla-bot", "EasyCLA", "Jenkins", "Travis CI", "Dependabot", "Mergify",
                        "Renovate Bot", "Linux Foundation", "Google CLA bot"]),
    "project": ("NEG_PRODUCT", ["Apache Kafka", "Apache Camel", "Eclipse Jetty", "Hugo", "Jekyll", "Django", "Julia",
                                "Grafana Loki", "Apache Cassandra", "Mercurial", "Sphinx", "Jenkins X", "Ansible"]),
    "engrave": ("NEG_TEXT", ["Forever & Always", "Amor Vincit Omnia", "Semper Fidelis", "Carpe Diem", "Für Immer",
                             "Pour Toujours", "Te Quiero", "Ti Amo", "Love You Always", "Mizpah", "Para Sempre",
                             "Kocham Cię", "Evig Din", "Ikuisesti", "Navždy Tvůj", "Örökké", "Sonsuza Dek",
                             "Pentru Totdeauna", "Gia Panta"]),
    "watch": ("NEG_ORG", ["Patek Philippe", "Baume & Mercier", "Jaeger-LeCoultre", "Audemars Piguet", "Vacheron Constantin",
                          "Raymond Weil", "Frédérique Constant", "Maurice Lacroix", "Thomas Sabo", "Junghans Max Bill",
                          "A. Lange & Söhne", "Christ Juweliere", "Louis Erard"]),
    "food": ("NEG_PRODUCT", ["Earl Grey", "Lady Grey", "Granny Smith", "Galletas María", "Pizza Margherita",
                             "Eggs Benedict", "Bircher Müesli", "Müller Corner", "Ben & Jerry's", "Uncle Ben's",
                             "Mr Kipling", "Tante Fanny", "Kellogg's", "Williams Christ", "Caesar Salad",
                             "Conference Pear", "Jonagold", "Philadelphia", "Leerdammer", "Dr. Oetker Ristorante"]),
    "callsign": ("NEG_CODE", ["Florian Kassel 1/46-1", "Florian Bamberg 40/1", "Florian Hamburg 33 HLF 1",
                              "Florian Innsbruck 2", "Christoph 22", "Heros Landshut 21/54", "Rotkreuz Fulda 71/83-1",
                              "Florian Zürich 5"]),
    "alarm": ("NEG_CODE", ["B3 Person", "THL VU P", "F2 Y", "B BMA", "RD 1", "THL Ölspur", "B2 Kamin"]),
    "lang": ("NEG_TEXT", ["Brazilian Portuguese", "Schweizerdeutsch", "Québécois", "Plattdeutsch", "Vlaams",
                          "Castellano", "Rioplatense", "Bokmål", "Nynorsk", "Català"]),
    "cafe": ("NEG_ORG", ["Café Einstein", "Café Sacher", "Café Landtmann", "Café de Flore", "Café Gijón",
                         "Caffè Florian", "Café Hawelka", "Café Central", "Kaffebar Tove", "Café Louvre",
                         "Café A Brasileira", "Kavárna Slavia", "Café Gerbeaud"]),
    "pet": ("NEG_PET", ["Sir Lancelot", "Lady Ginger", "Baron von Fluff", "Mr. Pickles", "Don Camillo", "Madame Coco",
                        "Prinz Eisenherz", "Gräfin Mitzi", "Captain Biscuit", "Duchess", "Bruno", "Lord Nelson"]),
    "style": ("NEG_FAMOUS", ["Gustav Klimt", "Vincent van Gogh", "Egon Schiele", "Frida Kahlo", "Amedeo Modigliani",
                             "Edvard Munch", "Alfons Mucha", "Tamara de Lempicka", "Joaquín Sorolla", "Anders Zorn"]),
    "artsupply": ("NEG_ORG", ["Winsor & Newton", "Hahnemühle", "Faber-Castell", "Daler-Rowney", "Sennelier",
                              "Schmincke", "Caran d'Ache", "Holbein"]),
    "pair": ("NEG_PAIR", ["NS 3", "EW 7", "Pair 12 N/S", "Paar 4 NS", "Paire 9 EO", "Paar 2 OW", "Pareja 6 NS",
                          "Coppia 5 EO", "Par 8 NS", "Pár 3 ÉD"]),
    "convention": ("NEG_TERM", ["Stayman", "Blackwood", "Gerber", "Lebensohl", "Jacoby 2NT", "Muiderberg", "Ghestem",
                                "Landy", "Michaels", "Drury", "Smolen", "Roman Key Card Blackwood"]),
    "plate": ("NEG_TEXT", ["Praxis für Logopädie", "Hausmeister", "Keine Werbung", "Willkommen", "Paketannahme",
                           "Villa Sonnenschein", "Haus Elisabeth", "Rose Cottage", "Chez Nous", "Bitte Klingeln",
                           "No Junk Mail", "Hausverwaltung", "Pas de Publicité", "Geen Reclame", "Privat"]),
    "garment": ("NEG_PRODUCT", ["Hugo Boss suit", "Max Mara coat", "Ralph Lauren shirt", "Marc O'Polo blazer",
                                "Vivienne Westwood dress", "Karl Lagerfeld jacket", "Paul Smith shirt", "Ted Baker coat",
                                "Tommy Hilfiger chinos", "Giorgio Armani jacket", "Carolina Herrera gown",
                                "Massimo Dutti trousers", "Stella McCartney dress", "Filippa K coat", "By Malene Birger skirt"]),
    "ship": ("NEG_SHIP", ["Queen Mary 2", "Mein Schiff 4", "AIDAprima", "Viking Freya", "Richard With", "Queen Anne",
                          "Nieuw Amsterdam", "Viking Sigyn", "Mona Lisa", "Amadeus Silver", "Lady Diletta", "Costa Smeralda",
                          "MSC Grandiosa", "Havila Castor", "Hanseatic Nature"]),
    "excursion": ("NEG_PRODUCT", ["Best of Dubrovnik", "Santorini Highlights", "Mozart's Salzburg", "Gaudí Walking Tour",
                                  "Panorama Kotor", "Edvard Grieg's Troldhaugen", "Sibelius Monument & Old Town",
                                  "Hans Christian Andersen Trail", "Bergen Funicular Fløibanen"]),
    "round": ("NEG_ROUTE", ["Runde 7 – Bismarckviertel", "Round 12 Victoria Park", "Tour Jean-Jaurès", "Wijk Oranje Nassau",
                            "Ruta Isabel II", "Giro Garibaldi Nord", "Rota Almirante Reis", "Rejon Kościuszki",
                            "Runda Sankt Eriks", "Rute Kong Christian", "Reitti Mannerheim", "Okrsek Masaryk"]),
    "paper_n": ("NEG_ORG", ["Le Monde", "Die Zeit", "The Irish Times", "Helsingin Sanomat", "Dagens Nyheter",
                            "Frankfurter Allgemeine", "Corriere della Sera", "El País", "Gazeta Wyborcza", "Berlingske",
                            "Aftenposten", "Lidové noviny", "Népszava", "Hürriyet", "Adevărul", "Kathimerini",
                            "Público", "De Telegraaf", "Le Soir"]),
    "rose": ("NEG_PRODUCT", ["Rosa 'Gertrude Jekyll'", "Rose 'Pierre de Ronsard'", "Rosa 'Mme Alfred Carrière'",
                             "Rose 'Queen Elizabeth'", "Rosa 'Gloria Dei'", "Rose 'Augusta Luise'",
                             "Rose 'Lady Emma Hamilton'", "Bouquet Charlotte", "Strauß Emma", "Boeket Sophie",
                             "Ramo Isabella", "Bukiet Zofia"]),
    "cardmsg": ("NEG_TEXT", ["Get Well Soon", "With Deepest Sympathy", "Forever In Our Hearts", "Thinking Of You",
                             "Gute Besserung", "In Stiller Trauer", "Unvergessen", "Avec Toute Notre Affection",
                             "Beterschap", "Con Cariño", "Con Affetto", "Com Carinho", "Szczere Kondolencje",
                             "Varma Hälsningar", "Kærlig Hilsen", "Hjertelig Hilsen", "Lämmin Osanotto",
                             "Upřímnou Soustrast", "Őszinte Részvétem", "Geçmiş Olsun", "Sincere Condoleanțe",
                             "Rest In Peace"]),
    "cake": ("NEG_DISH", ["Sachertorte", "Prinzregententorte", "Malakofftorte", "Pavlova", "Charlotte aux Fraises",
                          "Tarte Tatin", "Linzer Torte", "Prinsesstårta", "Victoria Sponge", "Battenberg",
                          "Sarah Bernhardt", "Sissi-Torte", "Tarta de Santiago", "Torta Caprese", "Napoleonka",
                          "Medovník", "Rigó Jancsi", "Dobos Torta", "Esterházy Torte", "Fürst-Pückler-Torte"]),
    "inscr": ("NEG_TEXT", ["Happy Birthday", "Happy Retirement", "Bon Voyage", "Congratulations Graduate",
                           "Alles Gute Zum Geburtstag", "Joyeux Anniversaire", "Gefeliciteerd", "Feliz Cumpleaños",
                           "Buon Compleanno", "Feliz Aniversário", "Sto Lat", "Grattis På Födelsedagen",
                           "Tillykke Med Fødselsdagen", "Gratulerer Med Dagen", "Hyvää Syntymäpäivää",
                           "Všechno Nejlepší", "Boldog Születésnapot", "İyi Ki Doğdun", "La Mulți Ani",
                           "Chronia Polla", "Just Married", "It's A Boy"]),
    "programme": ("NEG_PRODUCT", ["Thinking Skills Programme", "Building Better Relationships", "Kaizen", "Resolve",
                                  "Anti-Gewalt-Training", "Programme Citoyenneté", "Stop Geweld"]),
    "hostel": ("NEG_ORG", ["Bridge House Approved Premises", "St Leonard's Approved Premises", "Haus Simeon",
                           "Foyer Saint-Vincent", "Albert Schweitzer Haus", "Casa Don Bosco"]),
    "dance": ("NEG_TERM", ["Viennese Waltz", "Paso Doble", "Lindy Hop", "Charleston", "Quickstep", "Cha Cha",
                           "Slow Foxtrot", "Samba", "West Coast Swing", "Discofox"]),
    "song": ("NEG_WORK", ["Roxanne", "Valerie", "Jolene", "Layla", "Michelle", "Mambo No. 5", "Billie Jean",
                          "Sweet Caroline", "Hey Jude", "Proud Mary", "Sofia", "Marina", "Angelina", "Corinna, Corinna"]),
    "team": ("NEG_TEAM", ["Pin Pals", "Alley Cats", "Strike Force", "Die Kegelbrüder", "Les Quilles Folles",
                          "Gutter Girls", "Kingpins", "Lucky Strikes", "Split Happens", "Los Bolos Locos",
                          "Team Lebowski", "Alte Herren", "Kegelclub Gut Holz", "De Pinnenjagers", "Sparetime Sisters"]),
    "classname": ("NEG_ORG", ["Klasse Pippi Langstrumpf", "Class Mandela", "Groep Nijntje", "Classe Marie Curie",
                              "Klasse 3b Sternschnuppe", "Clase Gloria Fuertes", "Classe Rodari", "Klass Astrid",
                              "Klasa Kubuś", "Klasse Kalle Blomkvist"]),
    "photopack": ("NEG_PRODUCT", ["Paket Classic", "Premium Pack", "Pack Famille", "Pakket Opa & Oma", "Vintage Grey",
                                  "Blue Marble", "Sunny Meadow", "Pacote Avós"]),
    "wine": ("NEG_PRODUCT", ["Dom Pérignon 2013", "Veuve Clicquot Brut", "Château Léoville Barton", "Marqués de Riscal Reserva",
                             "Barón de Ley", "Ramón Bilbao Crianza", "Marchesi Antinori Tignanello", "Dr. Loosen Riesling",
                             "Weingut Robert Weil", "Joseph Drouhin Chablis", "Louis Jadot Beaujolais", "Don Melchor",
                             "Casillero del Diablo", "Jacob's Creek", "Bruno Giacosa Barolo"]),
    "tier": ("NEG_PRODUCT", ["Cuvée Club Gold", "Collector Tier", "Cercle Grand Cru", "Club Reserva", "Kellerclub Plus"]),
    "markup": ("NEG_MARKUP", ["CustomerName", "OrderedBy", "CardMessage", "GuestName", "HolderName", "ContactPerson",
                              "PickupBy", "SellerName", "FirstName LastName"]),
    "ocr": ("NEG_OCR", ["Narne", "Sig natur e", "Unterschr1ft", "Kundennurnrner", "Ti1 1e", "Ad resse", "Dat um",
                        "Norn", "Persona1", "Ernpfänger", "Bernerkungen", "Narn e", "Si gnature"]),
    "speaker": ("NEG_SPEAKER", ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02", "Speaker A", "Speaker B", "Spk 2",
                                "Sprecher 1", "Locuteur 2", "Interlocutor 1"]),
    "mailhdr": ("NEG_HEADER", ["Reply-To", "Return-Path", "X-Original-To", "Delivered-To", "Thread-Topic",
                               "X-Mailer", "Disposition-Notification-To", "X-MS-Exchange-Organization-AuthAs",
                               "Content-Transfer-Encoding"]),
}


def neg(kind):
    lab, vals = POOLS[kind]
    return (lab, rng.choice(vals))


def P(lg, style="full"):
    return ("PERSON", pname(lg, style))


def slot(lg, kind, p=0.5, style="full"):
    """A person's slot that a thing of `kind` fills in some rows."""
    return P(lg, style) if rng.random() < p else neg(kind)


def code(prefix, n=6):
    return prefix + "".join(rng.choice("0123456789") for _ in range(n))


# ---- kinds --------------------------------------------------------------------------------------
# Each kind: a title per language (fallback en), columns (key, human label per language) and a row
# maker returning one cell per column (a str, or a (label, value) span).
H = {  # human column labels: key -> {lg: label}; fallback: the key in title case
    "customer": {"en": "Customer", "de": "Kunde", "fr": "Client", "nl": "Klant", "es": "Cliente", "it": "Cliente",
                 "pt": "Cliente", "pl": "Klient", "sv": "Kund", "da": "Kunde", "no": "Kunde", "fi": "Asiakas",
                 "cs": "Zákazník", "hu": "Ügyfél", "tr": "Müşteri", "ro": "Client", "el": "Pelatis"},
    "staff": {"en": "Handled by", "de": "Bearbeitet von", "fr": "Traité par", "nl": "Behandeld door",
              "es": "Atendido por", "it": "Gestito da", "pt": "Atendido por", "pl": "Obsługa", "sv": "Handläggare",
              "da": "Behandlet af", "no": "Behandlet av", "fi": "Käsittelijä", "cs": "Vyřídil", "hu": "Ügyintéző",
              "tr": "İlgili", "ro": "Operator", "el": "Ypallilos"},
    "date": {"en": "Date", "de": "Datum", "fr": "Date", "nl": "Datum", "es": "Fecha", "it": "Data", "pt": "Data",
             "pl": "Data", "sv": "Datum", "da": "Dato", "no": "Dato", "fi": "Päivämäärä", "cs": "Datum",
             "hu": "Dátum", "tr": "Tarih", "ro": "Data", "el": "Imerominia"},
    "dob": {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "nl": "Geboortedatum",
            "es": "Fecha de nacimiento", "it": "Data di nascita", "pt": "Data de nascimento", "pl": "Data urodzenia",
            "sv": "Födelsedatum", "da": "Fødselsdato", "no": "Fødselsdato", "fi": "Syntymäaika",
            "cs": "Datum narození", "hu": "Születési dátum", "tr": "Doğum tarihi", "ro": "Data nașterii",
            "el": "Imerominia gennisis"},
    "address": {"en": "Address", "de": "Anschrift", "fr": "Adresse", "nl": "Adres", "es": "Dirección",
                "it": "Indirizzo", "pt": "Morada", "pl": "Adres", "sv": "Adress", "da": "Adresse", "no": "Adresse",
                "fi": "Osoite", "cs": "Adresa", "hu": "Cím", "tr": "Adres", "ro": "Adresa", "el": "Dieythynsi"},
    "product": {"en": "Product", "de": "Artikel", "fr": "Article", "nl": "Artikel", "es": "Producto",
                "it": "Articolo", "pt": "Artigo", "pl": "Produkt", "sv": "Artikel", "da": "Vare", "no": "Vare",
                "fi": "Tuote", "cs": "Zboží", "hu": "Termék", "tr": "Ürün", "ro": "Produs", "el": "Proion"},
    "message": {"en": "Card message", "de": "Kartentext", "fr": "Message carte", "nl": "Kaarttekst",
                "es": "Mensaje tarjeta", "it": "Biglietto", "pt": "Mensagem", "pl": "Bilecik", "sv": "Korttext",
                "da": "Korttekst", "no": "Korttekst", "fi": "Korttiteksti", "cs": "Text přání", "hu": "Kártya szöveg",
                "tr": "Kart mesajı", "ro": "Mesaj felicitare", "el": "Minyma kartas"},
    "inscription": {"en": "Inscription", "de": "Aufschrift", "fr": "Inscription", "nl": "Opschrift",
                    "es": "Dedicatoria", "it": "Scritta", "pt": "Dedicatória", "pl": "Napis", "sv": "Text på tårtan",
                    "da": "Tekst", "no": "Tekst", "fi": "Teksti", "cs": "Nápis", "hu": "Felirat", "tr": "Yazı",
                    "ro": "Inscripție", "el": "Epigrafi"},
    "engraving": {"en": "Engraving", "de": "Gravur", "fr": "Gravure", "nl": "Gravure", "es": "Grabado",
                  "it": "Incisione", "pt": "Gravação", "pl": "Grawer", "sv": "Gravyr", "da": "Gravering",
                  "no": "Gravering", "fi": "Kaiverrus", "cs": "Rytina", "hu": "Gravírozás", "tr": "Gravür",
                  "ro": "Gravură", "el": "Charaktiki"},
    "team": {"en": "Team", "de": "Mannschaft", "fr": "Équipe", "nl": "Team", "es": "Equipo", "it": "Squadra",
             "pt": "Equipa", "pl": "Drużyna", "sv": "Lag", "da": "Hold", "no": "Lag", "fi": "Joukkue",
             "cs": "Tým", "hu": "Csapat", "tr": "Takım", "ro": "Echipa", "el": "Omada"},
    "notes": {"en": "Notes", "de": "Bemerkungen", "fr": "Remarques", "nl": "Opmerkingen", "es": "Notas",
              "it": "Note", "pt": "Observações", "pl": "Uwagi", "sv": "Anteckningar", "da": "Bemærkninger",
              "no": "Merknader", "fi": "Huomiot", "cs": "Poznámky", "hu": "Megjegyzés", "tr": "Notlar",
              "ro": "Observații", "el": "Simeioseis"},
}


def human(key, lg):
    if key in H:
        return H[key].get(lg, H[key]["en"])
    return key.replace("_", " ").capitalize()


def K(key, fn):
    return (key, fn)


KINDS = {}


def kind(name, title, cols):
    KINDS[name] = (title, cols)


kind("rma", {"en": "Return authorisations", "de": "Retourenfreigaben", "fr": "Autorisations de retour",
             "nl": "Retourmachtigingen", "es": "Autorizaciones de devolución"},
     [K("rma_no", lambda lg: code("RMA-")), K("customer", lambda lg: P(lg)), K("product", lambda lg: neg("product")),
      K("sku", lambda lg: neg("sku")), K("reason", lambda lg: rng.choice(["defect", "wrong size", "damaged in transit"])),
      K("staff", lambda lg: slot(lg, "firm", 0.7))])
kind("bus", {"en": "School bus manifest", "de": "Schulbus – Fahrgastliste", "nl": "Schoolbus – passagierslijst",
             "sv": "Skolskjuts – elevlista", "pl": "Dowóz uczniów – lista"},
     [K("route", lambda lg: neg("busroute")), K("stop", lambda lg: neg("stop")), K("pupil", lambda lg: P(lg)),
      K("guardian", lambda lg: P(lg)), K("driver", lambda lg: P(lg, "rev"))])
kind("scrap", {"en": "Scrap purchase ledger", "de": "Ankaufsbuch Schrott", "nl": "Inkoopregister oud metaal",
               "fr": "Registre des achats de métaux", "cs": "Kniha výkupu kovů"},
     [K("ticket", lambda lg: code("T", 5)), K("seller", lambda lg: P(lg)), K("dob", lambda lg: ("DATE_OF_BIRTH", dob())),
      K("grade", lambda lg: neg("isri")), K("weight_kg", lambda lg: str(rng.randint(12, 900))),
      K("clerk", lambda lg: P(lg, "initial"))])
kind("cards", {"en": "Business card order – proof", "de": "Visitenkarten – Korrekturabzug",
               "fr": "Cartes de visite – BAT", "it": "Biglietti da visita – bozza"},
     [K("name_on_card", lambda lg: P(lg)), K("company", lambda lg: neg("firm")), K("font", lambda lg: neg("font")),
      K("paper", lambda lg: neg("paper")), K("proof_approved_by", lambda lg: P(lg))])
kind("registry", {"en": "Gift registry", "de": "Hochzeitstisch", "fr": "Liste de mariage", "nl": "Verlanglijst",
                  "sv": "Önskelista", "da": "Ønskeliste"},
     [K("item", lambda lg: neg("gift")), K("reserved_by", lambda lg: slot(lg, "group", 0.6)),
      K("message", lambda lg: neg("giftmsg")), K("couple", lambda lg: P(lg, "given"))])
kind("sortition", {"en": "Sortition list – invitations", "de": "Losverfahren – Einladungen",
                   "fr": "Tirage au sort – invitations", "nl": "Loting – uitnodigingen"},
     [K("invitee", lambda lg: P(lg)), K("stratum", lambda lg: neg("stratum")), K("assembly", lambda lg: neg("assembly")),
      K("reply", lambda lg: rng.choice(["yes", "no", "pending"])), K("dob", lambda lg: ("DATE_OF_BIRTH", dob()))])
kind("park", {"en": "Season pass gate scans", "de": "Jahreskarten – Einlassscans", "nl": "Seizoenskaart – scans",
              "sv": "Årskort – grindskanningar"},
     [K("pass_no", lambda lg: code("AP-", 8)), K("holder", lambda lg: P(lg)), K("dob", lambda lg: ("DATE_OF_BIRTH", child_dob())),
      K("pass_type", lambda lg: neg("passtype")), K("last_scan", lambda lg: neg("ride"))])
kind("referee", {"en": "Referee appointments", "de": "Schiedsrichteransetzungen", "nl": "Scheidsrechtersaanstellingen",
                 "it": "Designazioni arbitrali", "pt": "Nomeações de arbitragem", "hu": "Játékvezetői küldés"},
     [K("match", lambda lg: neg("match")), K("referee", lambda lg: P(lg)), K("assistant_1", lambda lg: P(lg)),
      K("fourth_official", lambda lg: P(lg, "caps_first")), K("licence", lambda lg: code("REF-", 5))])
kind("cla", {"en": "CLA signatures"},
     [K("signer", lambda lg: P(lg)), K("project", lambda lg: neg("project")), K("checked_by", lambda lg: neg("bot")),
      K("employer", lambda lg: slot(lg, "firm", 0.3)), K("signed_at", lambda lg: ("NEG_DATE", other_date()))])
kind("jeweller", {"en": "Repair and engraving tickets", "de": "Reparatur- und Gravuraufträge",
                  "fr": "Bons de réparation et gravure", "it": "Buste riparazione e incisione", "nl": "Reparatiebonnen"},
     [K("ticket", lambda lg: code("J", 5)), K("customer", lambda lg: P(lg)), K("watch", lambda lg: neg("watch")),
      K("engraving", lambda lg: "ENGRAVE"), K("goldsmith", lambda lg: P(lg))])
kind("diet", {"en": "Food diary", "de": "Ernährungstagebuch", "fr": "Journal alimentaire", "nl": "Eetdagboek",
              "es": "Diario de alimentación", "fi": "Ruokapäiväkirja"},
     [K("client", lambda lg: P(lg)), K("breakfast", lambda lg: neg("food")), K("snack", lambda lg: neg("food")),
      K("dietitian", lambda lg: P(lg)), K("dob", lambda lg: ("DATE_OF_BIRTH", dob()))])
kind("fire", {"en": "Call-out log", "de": "Einsatzprotokoll", "nl": "Uitrukregister", "da": "Udrykningslog",
              "no": "Utrykningslogg", "fi": "Hälytysloki", "cs": "Výjezdy JSDH"},
     [K("alarm", lambda lg: neg("alarm")), K("vehicle", lambda lg: neg("callsign")), K("commander", lambda lg: P(lg)),
      K("crew", lambda lg: P(lg)), K("pager_by", lambda lg: slot(lg, "callsign", 0.5))])
kind("tandem", {"en": "Language tandem matches", "de": "Sprachtandem – Vermittlungen", "fr": "Tandems linguistiques",
                "es": "Intercambios de idiomas", "it": "Tandem linguistici", "sv": "Språktandem"},
     [K("member", lambda lg: P(lg)), K("offers", lambda lg: neg("lang")), K("matched_with", lambda lg: P(lg)),
      K("meeting_place", lambda lg: neg("cafe")), K("notes", lambda lg: "B2")])
kind("portrait", {"en": "Portrait commissions", "de": "Porträtaufträge", "fr": "Commandes de portraits",
                  "nl": "Portretopdrachten", "pl": "Zamówienia portretów"},
     [K("client", lambda lg: P(lg)), K("subject", lambda lg: slot(lg, "pet", 0.5)), K("style", lambda lg: neg("style")),
      K("materials", lambda lg: neg("artsupply")), K("artist", lambda lg: P(lg))])
kind("bridge", {"en": "Pairs results", "de": "Paarturnier – Ergebnis", "nl": "Parenwedstrijd – uitslag",
                "fr": "Tournoi par paires – résultats", "hu": "Páros verseny eredménye", "pl": "Wyniki par"},
     [K("pair", lambda lg: neg("pair")), K("player_1", lambda lg: P(lg, "surname")), K("player_2", lambda lg: P(lg, "surname")),
      K("score_pct", lambda lg: "%d.%d" % (rng.randint(40, 66), rng.randint(0, 9))),
      K("convention", lambda lg: neg("convention"))])
kind("nameplate", {"en": "Nameplate orders", "de": "Klingelschilder – Bestellung", "nl": "Naambordjes – bestelling",
                   "fr": "Plaques nominatives – commande", "da": "Navneskilte"},
     [K("order_no", lambda lg: code("NP", 5)), K("customer", lambda lg: P(lg)), K("plate_text", lambda lg: "PLATE"),
      K("font", lambda lg: neg("font")), K("material", lambda lg: rng.choice(["brass", "steel", "acrylic"]))])
kind("dryclean", {"en": "Dry-cleaning tickets", "de": "Reinigungsaufträge", "fr": "Tickets pressing",
                  "it": "Scontrini lavanderia", "es": "Tickets tintorería", "tr": "Kuru temizleme fişleri"},
     [K("ticket", lambda lg: code("DC", 5)), K("customer", lambda lg: P(lg)), K("garment", lambda lg: neg("garment")),
      K("tailor", lambda lg: P(lg, "given")), K("ready", lambda lg: ("NEG_DATE", other_date()))])
kind("cruise", {"en": "Shore excursion manifest", "de": "Landausflug – Teilnehmerliste",
                "it": "Escursione – lista partecipanti", "el": "Ekdromi – lista", "no": "Utflukt – deltakerliste"},
     [K("ship", lambda lg: neg("ship")), K("guest", lambda lg: P(lg, "caps_first")), K("cabin", lambda lg: str(rng.randint(2001, 9350))),
      K("excursion", lambda lg: neg("excursion")), K("guide", lambda lg: P(lg)), K("dob", lambda lg: ("DATE_OF_BIRTH", dob()))])
kind("newspaper", {"en": "Delivery round changes", "de": "Zustellbezirk – Änderungen", "nl": "Bezorgwijk – wijzigingen",
                   "fr": "Tournée de portage", "sv": "Utdelningsdistrikt", "fi": "Jakopiiri"},
     [K("round", lambda lg: neg("round")), K("subscriber", lambda lg: P(lg)), K("address", lambda lg: ("STREET_ADDRESS", address(lg))),
      K("paper", lambda lg: neg("paper_n")), K("carrier", lambda lg: P(lg))])
kind("florist", {"en": "Florist orders", "de": "Blumenbestellungen", "fr": "Commandes fleuriste", "nl": "Bloemenbestellingen",
                 "it": "Ordini fioraio", "pl": "Zamówienia kwiaciarni"},
     [K("sender", lambda lg: P(lg)), K("recipient", lambda lg: P(lg)), K("bouquet", lambda lg: neg("rose")),
      K("message", lambda lg: "CARDMSG"), K("ribbon", lambda lg: neg("cardmsg"))])
kind("cake", {"en": "Celebration cake orders", "de": "Tortenbestellungen", "fr": "Commandes de gâteaux",
              "nl": "Taartbestellingen", "es": "Pedidos de tartas", "pt": "Encomendas de bolos", "ro": "Comenzi de torturi"},
     [K("customer", lambda lg: P(lg)), K("cake", lambda lg: neg("cake")), K("inscription", lambda lg: "INSCR"),
      K("pickup", lambda lg: ("NEG_DATE", other_date())), K("baker", lambda lg: P(lg, "given"))])
kind("probation", {"en": "Supervision notes", "de": "Bewährungshilfe – Vermerke", "nl": "Reclassering – notities",
                   "sv": "Frivård – anteckningar"},
     [K("case", lambda lg: code("PRB/", 6)), K("supervisee", lambda lg: P(lg)), K("dob", lambda lg: ("DATE_OF_BIRTH", dob())),
      K("programme", lambda lg: neg("programme")), K("residence", lambda lg: neg("hostel")), K("officer", lambda lg: P(lg))])
kind("dance", {"en": "Dance school couples", "de": "Tanzschule – Paare", "fr": "École de danse – couples",
               "es": "Escuela de baile – parejas", "cs": "Taneční – páry", "pl": "Szkoła tańca – pary"},
     [K("couple_no", lambda lg: str(rng.randint(1, 40))), K("leader", lambda lg: P(lg)), K("follower", lambda lg: P(lg)),
      K("dance", lambda lg: neg("dance")), K("song", lambda lg: neg("song"))])
kind("bowling", {"en": "League standings", "de": "Kegelliga – Tabelle", "nl": "Bowlingcompetitie – stand",
                 "sv": "Bowlingserien – tabell", "fi": "Keilailusarja"},
     [K("team", lambda lg: slot(lg, "team", 0.35)), K("lane", lambda lg: "Lane %d" % rng.randint(1, 16)),
      K("captain", lambda lg: P(lg)), K("total", lambda lg: str(rng.randint(1400, 2800)))])
kind("schoolphoto", {"en": "School photo orders", "de": "Schulfotos – Bestellungen", "nl": "Schoolfoto's – bestellingen",
                     "fr": "Photos scolaires – commandes", "pt": "Fotografias escolares"},
     [K("child", lambda lg: P(lg)), K("class", lambda lg: neg("classname")), K("package", lambda lg: neg("photopack")),
      K("parent", lambda lg: P(lg)), K("teacher", lambda lg: P(lg, "surname"))])
kind("wineclub", {"en": "Wine club allocation", "de": "Weinclub – Zuteilung", "fr": "Club de vins – allocation",
                  "es": "Club de vinos – asignación", "it": "Club del vino – assegnazione", "sv": "Vinklubb – tilldelning"},
     [K("member", lambda lg: P(lg)), K("dob", lambda lg: ("DATE_OF_BIRTH", dob())), K("wine", lambda lg: neg("wine")),
      K("tier", lambda lg: neg("tier")), K("sommelier", lambda lg: P(lg))])


def special(v, lg):
    """The cells whose look-alike and person share one slot."""
    if v == "ENGRAVE":
        r = rng.random()
        if r < 0.45:
            return [neg("engrave")]
        if r < 0.8:  # a child's name and birth date as the engraving
            return [P(lg, "given"), " ", ("DATE_OF_BIRTH", child_dob())]
        return [P(lg, "given"), " & ", P(lg, "given")]
    if v == "PLATE":
        r = rng.random()
        if r < 0.5:
            return [neg("plate")]
        if r < 0.75:
            return [{"de": "Fam. ", "nl": "Fam. ", "fr": "Famille ", "da": "Fam. "}.get(lg, "The "), P(lg, "surname")]
        return [P(lg, "surname"), " / ", P(lg, "surname")]
    if v == "CARDMSG":
        r = rng.random()
        if r < 0.6:
            return [neg("cardmsg")]
        return [neg("cardmsg"), ", ", P(lg, "given")]
    if v == "INSCR":
        r = rng.random()
        if r < 0.5:
            return [neg("inscr")]
        return [neg("inscr"), " ", P(lg, "given"), "!"]
    return None


def make_rows(k, lg, n):
    title, cols = KINDS[k]
    rows = []
    for _ in range(n):
        row = []
        for key, fn in cols:
            v = fn(lg)
            sp = special(v, lg) if isinstance(v, str) else None
            row.append(sp if sp is not None else [v])
        rows.append(row)
    return title.get(lg, title["en"]), [c[0] for c in cols], rows


# ---- documents as parts -------------------------------------------------------------------------
# A part is a str or a (label, value) span; renderers return lists of parts.
def cell_text(cell):
    return "".join(p if isinstance(p, str) else p[1] for p in cell)


def hdr(key, lg, human_case):
    h = human(key, lg) if human_case else key
    return h


def maybe_neg_header(h):
    """Headers that read like capitalised words are look-alikes; lower-case keys stay plain."""
    if any(ch.isupper() for ch in h) and (" " in h or len(h) > 3):
        return ("NEG_HEADER", h)
    return h


def r_psql(lg, title, keys, rows):
    w = [max(len(k), *(len(cell_text(r[i])) for r in rows)) for i, k in enumerate(keys)]
    out = [" " + " | ".join(k.center(w[i]) for i, k in enumerate(keys)).rstrip() + "\n",
           "+".join("-" * (x + 2) for x in w) + "\n"]
    for r in rows:
        for i, c in enumerate(r):
            out.append(" " if i == 0 else " | ")
            out.extend(c)
            if i < len(r) - 1:
                out.append(" " * (w[i] - len(cell_text(c))))
        out.append("\n")
    out.append("(%d rows)\n" % len(rows))
    return ["%s=> SELECT * FROM %s WHERE created_at > now() - interval '7 days';\n" % (
        rng.choice(["shop", "app", "crm", "club"]), title_table(title))] + out


def title_table(title):
    return rng.choice(["orders", "entries", "tickets", "members", "bookings", "records"])


def r_mysql(lg, title, keys, rows):
    w = [max(len(k), *(len(cell_text(r[i])) for r in rows)) for i, k in enumerate(keys)]
    border = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    out = ["mysql> SELECT %s FROM %s LIMIT %d;\n" % (", ".join(keys), title_table(title), len(rows)), border,
           "| " + " | ".join(k.ljust(w[i]) for i, k in enumerate(keys)) + " |\n", border]
    for r in rows:
        out.append("| ")
        for i, c in enumerate(r):
            if i:
                out.append(" | ")
            out.extend(c)
            out.append(" " * (w[i] - len(cell_text(c))))
        out.append(" |\n")
    out += [border, "%d rows in set (0.00 sec)\n" % len(rows)]
    return out


def esc_parts(cell, ascii_):
    """A cell as the inside of a JSON string, span by span."""
    out = []
    for p in cell:
        if isinstance(p, str):
            out.append(json.dumps(p, ensure_ascii=ascii_)[1:-1])
        else:
            out.append((p[0], json.dumps(p[1], ensure_ascii=ascii_)[1:-1]))
    return out


def r_json(lg, title, keys, rows, api=False):
    ascii_ = rng.random() < 0.4
    pretty = rng.random() < 0.5
    out = []
    nl, ind = ("\n", "  ") if pretty else ("", "")
    if api:
        out.append('{"status":"ok","data":{"items":[' if not pretty else '{\n  "status": "ok",\n  "data": {\n    "items": [\n')
    else:
        out.append("[" + nl)
    for j, r in enumerate(rows):
        out.append((ind * (3 if api else 1)) + "{")
        for i, (k, c) in enumerate(zip(keys, r)):
            out.append(('"%s": "' if pretty else '"%s":"') % k)
            out.extend(esc_parts(c, ascii_))
            out.append('"' + (", " if pretty and i < len(keys) - 1 else "," if i < len(keys) - 1 else ""))
        out.append("}" + ("," if j < len(rows) - 1 else "") + nl)
    if api:
        out.append(("    ]\n  },\n  \"page\": 1,\n  \"next_cursor\": null\n}\n") if pretty
                   else '],"page":1},"next_cursor":null}\n')
    else:
        out.append("]\n")
    return out


def html_cell(cell):
    """A cell in HTML: & and ' as entities, the space in some names as &nbsp;."""
    out = []
    for p in cell:
        if isinstance(p, str):
            out.append(p.replace("&", "&amp;").replace("'", "&#39;"))
        else:
            v = p[1].replace("&", "&amp;").replace("'", "&#39;")
            if p[0] == "PERSON" and " " in v and rng.random() < 0.2:
                v = v.replace(" ", "&nbsp;", 1)
            out.append((p[0], v))
    return out


def r_html(lg, title, keys, rows):
    out = ['<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>' % lg, title, "</title>\n",
           "<style>\nbody { font-family: \"", neg("font"), "\", Arial, sans-serif; }\n.card-message { font-family: '",
           neg("font"), "'; }\n</style>\n</head>\n<body>\n<h1>", title, "</h1>\n",
           '<table class="records">\n<tr>']
    for k in keys:
        out += ["<th>", maybe_neg_header(human(k, lg)), "</th>"]
    out.append("</tr>\n")
    for r in rows:
        out.append("<tr>")
        for k, c in zip(keys, r):
            out.append('<td class="%s">' % k.replace("_", "-"))
            out.extend(html_cell(c))
            out.append("</td>")
        out.append("</tr>\n")
    out += ["</table>\n", '<div id="', neg("markup"), '" class="hidden"></div>\n',
            "<p>", {"en": "Printed by", "de": "Gedruckt von", "fr": "Imprimé par"}.get(lg, "Printed by"), " "]
    out.extend(html_cell([P(lg)]))
    out.append("</p>\n</body>\n</html>\n")
    return out


def r_sheets(lg, title, keys, rows):
    ascii_ = rng.random() < 0.4
    out = ['{"range": "Sheet1!A1:%s%d", "majorDimension": "ROWS", "values": [[' % (chr(64 + len(keys)), len(rows) + 1)]
    for i, k in enumerate(keys):
        out += ['"', maybe_neg_header(human(k, lg)), '"' + (", " if i < len(keys) - 1 else "")]
    out.append("]")
    for r in rows:
        out.append(", [")
        for i, c in enumerate(r):
            out.append('"')
            out.extend(esc_parts(c, ascii_))
            out.append('"' + (", " if i < len(r) - 1 else ""))
        out.append("]")
    out.append("]}\n")
    return out


def r_tsv(lg, title, keys, rows):
    out = []
    for i, k in enumerate(keys):
        out += [maybe_neg_header(human(k, lg)), "\t" if i < len(keys) - 1 else "\n"]
    for r in rows:
        for i, c in enumerate(r):
            out.extend(c)
            out.append("\t" if i < len(r) - 1 else "\n")
    return out


def r_form(lg, title, keys, rows, caps=False):
    out = [title.upper() if caps else title, "\n\n"]
    for r in rows:
        for k, c in zip(keys, r):
            lab = human(k, lg)
            out += [lab.upper() if caps else lab, ": "]
            if caps:
                out.extend([p.upper() if isinstance(p, str) else (p[0], p[1].upper()) for p in c])
            else:
                out.extend(c)
            out.append("\n")
        out.append("\n")
    return out


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def noisy(s):
    """OCR noise on plain text: rn for m, 1 for l, a broken word, a stray bar."""
    out = []
    for ch in s:
        r = rng.random()
        if ch == "m" and r < 0.3:
            out.append("rn")
        elif ch == "l" and r < 0.15:
            out.append("1")
        elif ch == " " and r < 0.05:
            out.append(" | ")
        else:
            out.append(ch)
    return "".join(out)


def r_ocr(lg, title, keys, rows):
    out = ["[scan p.1, OCR]\n", noisy(title), "\n", neg("ocr"), " ", "_" * rng.randint(4, 12), "\n"]
    for r in rows:
        for k, c in zip(keys, r):
            out += [noisy(human(k, lg)), rng.choice([": ", " : ", ":  ", " ; "])]
            for p in c:
                if isinstance(p, str):
                    out.append(noisy(p))
                elif p[0] == "PERSON" and rng.random() < 0.3:
                    out.append((p[0], strip_accents(p[1]).replace("m", "rn", 1)))
                else:
                    out.append(p)
            out.append(rng.choice(["\n", " |\n", "\n"]))
        out += [neg("ocr"), " ", rng.choice(["~~", "..", "|||", "_ _"]), "\n"]
    return out


UTTER = {
    "en": ["okay, next one is {A}, the {K} is {V}", "yes, {A}, and {K}: {V}", "can you spell that? {V}",
           "right, put {A} down, {K} {V}"],
    "de": ["gut, als Nächstes {A}, {K} ist {V}", "ja, {A}, und {K}: {V}", "kannst du das buchstabieren? {V}"],
    "fr": ["bon, ensuite {A}, {K} : {V}", "oui, {A}, et {K} {V}", "tu peux épeler ? {V}"],
    "nl": ["oké, dan {A}, {K} is {V}", "ja, {A}, en {K}: {V}"],
    "es": ["vale, ahora {A}, {K}: {V}", "sí, {A}, y {K} {V}"],
    "it": ["ok, poi {A}, {K}: {V}", "sì, {A}, e {K} {V}"],
}


def r_transcript(lg, title, keys, rows):
    spk = [neg("speaker"), neg("speaker")]
    if spk[0][1] == spk[1][1]:
        spk[1] = ("NEG_SPEAKER", "SPEAKER_01" if spk[0][1] != "SPEAKER_01" else "SPEAKER_00")
    named = rng.random() < 0.3  # the diariser's labels replaced by names in some exports
    if named:
        spk[1] = P(lg)
    utt = UTTER.get(lg, UTTER["en"])
    t = rng.randint(0, 20)
    out = ["# transcript (diarised, auto) – ", title, "\n"]
    for r in rows:
        # the row's first cell that holds a person names the row; the other cells are values
        pi = next((i for i, c in enumerate(r) if any(not isinstance(p, str) and p[0] == "PERSON" for p in c)), 1)
        a = r[pi]
        said = False
        for i in range(len(keys)):
            if i == pi or (rng.random() < 0.6 and (said or i < len(keys) - 1)):
                continue
            said = True
            s = spk[rng.randint(0, 1)]
            t += rng.randint(2, 9)
            tpl = rng.choice(utt)
            out += ["[%02d:%02d:%02d.%d] " % (t // 3600, (t // 60) % 60, t % 60, rng.randint(0, 9)), s, ": "]
            pos = 0
            while pos < len(tpl):
                j = tpl.find("{", pos)
                if j < 0:
                    out.append(tpl[pos:])
                    break
                out.append(tpl[pos:j])
                f = tpl[j + 1]
                out.extend(a if f == "A" else [human(keys[i], lg).lower()] if f == "K" else r[i])
                pos = j + 3
            out.append("\n")
    return out


def qp(s):
    """Quoted-printable of s (UTF-8), no soft breaks."""
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\n")
        elif ch == "=" or ord(ch) > 126:
            out.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def encoded_word(s):
    if all(ord(ch) < 128 for ch in s):
        return s
    return "=?UTF-8?Q?" + "".join(
        ch if ch.isalnum() and ord(ch) < 128 else "_" if ch == " " else "".join("=%02X" % b for b in ch.encode()) for ch in s) + "?="


def r_rfc822(lg, title, keys, rows):
    g1, s1 = person(lg)
    g2, s2 = person(lg)
    n1, n2 = g1 + " " + s1, g2 + " " + s2
    a1 = strip_accents(g1 + "." + s1).lower().replace(" ", "").replace("'", "") + "@" + rng.choice(["example.org", "mail.example.com"])
    out = [("NEG_HEADER", "Return-Path"), ": <", ("EMAIL_ADDRESS", a1), ">\n",
           "From: ", ("PERSON", encoded_word(n1)), " <", ("EMAIL_ADDRESS", a1), ">\n",
           "To: ", ("PERSON", encoded_word(n2)), " <orders@", rng.choice(["shop.example", "club.example"]), ">\n",
           "Subject: ", encoded_word(title), "\n", "Date: Tue, 2 Dec 2025 09:%02d:11 +0100\n" % rng.randint(0, 59),
           neg("mailhdr"), ": ", rng.choice(["Microsoft Outlook 16.0", "<orders@shop.example>", "1", "Apple Mail (2.3774)"]), "\n",
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"]
    body = [{"de": "Hallo ", "fr": "Bonjour ", "nl": "Hoi ", "es": "Hola ", "it": "Ciao "}.get(lg, "Hi "),
            ("PERSON", g2), ",\n\n"]
    for r in rows:
        for k, c in zip(keys, r):
            body += [human(k, lg), ": "] + c + ["\n"]
        body.append("\n")
    body += [{"de": "Viele Grüße", "fr": "Bien à vous", "nl": "Groeten", "es": "Saludos", "it": "Saluti",
              "pl": "Pozdrawiam", "sv": "Hälsningar"}.get(lg, "Kind regards"), "\n", ("PERSON", n1), "\n"]
    line = 0
    for p in body:
        if isinstance(p, str):
            q = qp(p)
            # a soft line break where a line gets long, only outside spans
            if line + len(q) > 74 and " " in q:
                cut = q.index(" ") + 1
                q = q[:cut] + "=\n" + q[cut:]
            out.append(q)
            line = len(q) - q.rfind("\n") - 1 if "\n" in q else line + len(q)
        else:
            out.append((p[0], qp(p[1])))
            line += len(qp(p[1]))
    # one QP fragment that names no one: the encoded greeting or sign-off word
    out.append(["\n-- \n", ("NEG_QP", qp(rng.choice(["Grüße", "Saludos cordiales", "Cordialités", "Pozdrówienia",
                                                       "Hälsningar", "Üdvözlettel", "Selamlar", "Mulțumesc"]))), "\n"])
    flat = []
    for p in out:
        flat.extend(p if isinstance(p, list) else [p])
    return flat


def r_chat(lg, title, keys, rows):
    a, b = pname(lg, "lower"), pname(lg, "lower")
    out = []
    for r in rows:
        for i in range(1, len(keys)):
            if rng.random() < 0.55:
                continue
            who = rng.choice([a, b])
            out += ["[%02d:%02d] " % (rng.randint(8, 20), rng.randint(0, 59)), ("PERSON", who), ": "]
            out += [human(keys[i], lg).lower(), " "]
            out += [p if isinstance(p, str) else (p[0], p[1].lower() if p[0] == "PERSON" and rng.random() < 0.5 else p[1])
                    for p in r[i]]
            if i != 1:
                out += [" (", r[1][0] if isinstance(r[1][0], str) else r[1][0], ")"]
            out.append("\n")
    if not out:
        out = ["[09:00] ", ("PERSON", a), ": ok\n"]
    return out


def r_letter(lg, title, keys, rows):
    out = [{"de": "Sehr geehrte/r ", "fr": "Madame, Monsieur ", "nl": "Beste ", "es": "Estimado/a ",
            "it": "Gentile "}.get(lg, "Dear "), P(lg), ",\n\n",
           {"de": "anbei die Liste: ", "fr": "voici la liste : ", "nl": "hierbij de lijst: "}.get(lg, "please find the list below: "),
           title, ".\n\n"]
    for j, r in enumerate(rows):
        out.append("%d. " % (j + 1))
        for i, c in enumerate(r):
            if i:
                out.append(", ")
            out.extend(c)
        out.append("\n")
    out += ["\n", {"de": "Mit freundlichen Grüßen", "fr": "Cordialement", "nl": "Met vriendelijke groet"}.get(lg, "Regards"),
            "\n", P(lg), "\n"]
    return out


TOOL_FORMATS = ["psql", "mysql", "json", "api", "html", "sheets", "tsv", "ocr", "transcript", "rfc822"]
PLAIN_FORMATS = ["form", "form", "form_caps", "letter", "chat", "tsv", "psql", "html"]
RENDER = {"psql": r_psql, "mysql": r_mysql, "json": r_json, "api": lambda *a: r_json(*a, api=True),
          "html": r_html, "sheets": r_sheets, "tsv": r_tsv, "ocr": r_ocr, "transcript": r_transcript,
          "rfc822": r_rfc822, "form": r_form, "form_caps": lambda *a: r_form(*a, caps=True),
          "letter": r_letter, "chat": r_chat}


# ---- request bodies -----------------------------------------------------------------------------
MARK = "@@DOC@@"


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def place(body, pieces, levels, ascii_):
    """body with each marker MARK<k> replaced by piece k (a parts list) escaped `levels` times;
    returns (text, spans)."""
    def e(s):
        for _ in range(levels):
            s = esc(s, ascii_)
        return s
    text, spans = "", []
    rest = body
    for k, parts in enumerate(pieces):
        m = MARK + str(k) + "@"
        at = rest.index(m)
        text += rest[:at]
        for p in parts:
            if isinstance(p, str):
                text += e(p)
            else:
                v = e(p[1])
                spans.append({"entity_type": p[0], "entity_value": v, "start_position": len(text),
                              "end_position": len(text) + len(v)})
                text += v
        rest = rest[at + len(m):]
    return text + rest, spans


ASKS = ["Summarise the result for me.", "Which of these still need a follow-up?", "Fasse das bitte zusammen.",
        "Peux-tu vérifier ces lignes ?", "Check for duplicates, please.", "Make a short table of this."]
TOOLS = [("run_sql", {"query": "SELECT * FROM orders LIMIT 20"}), ("fetch_url", {"url": "https://intranet.example/list"}),
         ("read_sheet", {"spreadsheet_id": "1AbC", "range": "Sheet1!A1:F20"}), ("ocr_scan", {"file": "scan_0042.pdf"}),
         ("transcribe", {"audio": "call.wav"}), ("read_mail", {"id": "msg-77"}), ("get_records", {"limit": 20})]


def wrap(kind_, parts, i):
    ascii_ = rng.random() < 0.5
    compact = rng.random() < 0.35
    name, args = rng.choice(TOOLS)
    call = "call_%05d" % rng.randint(0, 99999)
    ask = rng.choice(ASKS)
    sep = (",", ":") if compact else None

    def dumps(o):
        return json.dumps(o, ensure_ascii=ascii_, separators=sep)
    if kind_ == "chat_tool":
        body = {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You are an operations assistant."},
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK + "0@"}]}
        return place(dumps(body), [parts], 1, ascii_)
    if kind_ == "anth_str":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_%04d" % i, "name": name, "input": args}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                                          "content": MARK + "0@"}]}]}
        return place(dumps(body), [parts], 1, ascii_)
    if kind_ == "anth_blocks":
        pieces, cur = [], []
        for p in parts:
            cur.append(p)
            if isinstance(p, str) and p.endswith("\n") and len(pieces) < 2 and rng.random() < 0.25:
                pieces.append(cur)
                cur = []
        pieces.append(cur)
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_%04d" % i, "name": name, "input": args}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                                          "content": [{"type": "text", "text": MARK + "%d@" % k}
                                                      for k in range(len(pieces))]}]}]}
        return place(dumps(body), pieces, 1, ascii_)
    if kind_ == "tool_args":
        inner = {"title": "Weekly list", "body": MARK + "0@", "notify": False}
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "File this as a note for the team."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "create_note", "arguments": json.dumps(inner, ensure_ascii=ascii_)}}]},
            {"role": "tool", "tool_call_id": call, "content": "created"}]}
        return place(dumps(body), [parts], 2, ascii_)
    if kind_ == "user_paste":
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK + "0@"}]}
        return place(dumps(body), [[ask + "\n\n"] + parts], 1, ascii_)
    raise ValueError(kind_)


WRAPS = ["chat_tool", "anth_str", "anth_blocks", "tool_args", "user_paste"]


def flatten(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            spans.append({"entity_type": p[0], "entity_value": p[1], "start_position": len(text),
                          "end_position": len(text) + len(p[1])})
            text += p[1]
    return text, spans


def main():
    names = list(KINDS)
    n = 0
    for rnd in range(18):
        for k in names:
            if rnd == 17 and rng.random() < 0.7:
                continue
            title = KINDS[k][0]
            lg = rng.choice([x for x in LANGS if x in title or rng.random() < 0.45])
            title_s, keys, rows = make_rows(k, lg, rng.randint(2, 4))
            body = rng.random() < 0.5
            fmt = rng.choice(TOOL_FORMATS if body else PLAIN_FORMATS)
            parts = RENDER[fmt](lg, title_s, keys, rows)
            parts = [p for p in parts if p != ""]
            if body:
                w = rng.choice(WRAPS)
                text, spans = wrap(w, parts, n)
                json.loads(text)
            else:
                w = "none"
                text, spans = flatten(parts)
            check_spans(text, spans)
            assert any(s["entity_type"] == "PERSON" for s in spans), (k, fmt)
            records.append(record(text, spans, len(records) % 100,
                                  {"locale": lg, "class": k, "format": fmt, "wrap": w}))
            n += 1
    write_json(records)


main()
