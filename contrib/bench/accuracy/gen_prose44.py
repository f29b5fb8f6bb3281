#!/usr/bin/env python3
"""gen_prose44.py: people in the kinds of text of the sixth and seventh blind sets' public briefs
(the run.sh titles and README rows only: never their generators or data), written before any
detector rule was read or hush was run on it (branch prose44). A tune set.

The personal half: chatbot prompts as typed, letters and cards, obituaries, funeral and wedding
programmes, wills, genealogy, diaries, social posts, dating, team sheets, rosters and rotas, polls,
household and moving lists, court summons, visa and tax forms, payslips, bank transfers, utility
bills, car sale and rental contracts, hotel guests, bookings, ticketing exports, signatures and
vCards, org charts, phone books, Slack exports, GitHub issues, commit trailers, SQL fixtures, log
lines, fixed-width tables. The civic and business half: real-estate listings and viewings, notary
deeds, land, company and shareholder registers, board resolutions, KYC/AML notes, chargebacks,
marketplace and ride-share chats, delivery notes and courier logs, neighbourhood posts,
newsletters, exam results, scout and care-home notes, tutoring and therapy notes, conference
programmes and speaker bios, acknowledgements, press releases, local news, letters to the editor,
petitions, condolence books, podcast notes, oral history, Jira pages, timesheets, shift swaps,
airline PNRs, birth announcements (metadata.class names each).

Languages en, de, fr, nl, es, it, pt, pl, sv, da, cs, tr, ro; half the names invented from each
language's syllables, half common ones, a few of global origin; lower case in chats and posts,
capitals in PNRs and forms. Half the weight on look-alikes in the same slots (NEG_ spans): firms
and shops named after people (NEG_ORG), streets and squares named after people with no number
(NEG_STREET), buildings and estates (NEG_BUILDING), famous people as a topic (NEG_FAMOUS), pets,
horses and boats (NEG_PET, NEG_VESSEL), products and brands (NEG_PRODUCT), towns that look like
surnames (NEG_PLACE), roles and job titles in capitals (NEG_ROLE), words capitalised at a line
start and greetings or sign-offs alone (NEG_TERM), record locators and codes (NEG_CODE), other
dates (NEG_DATE).

Templates use «slot» placeholders (JSON and SQL keep their braces): «P1» a person, drawn once per
record and number; «P1:g» the given name, «P1:s» the surname, «P1:sg» `Surname, Given`, «P1:SG»
`SURNAME Given`, «P1:pnr» `SURNAME/GIVEN`, «P1:in» `G. Surname`; a trailing `|low` or `|up` puts
the value in lower case or capitals. «ORG», «STREET», «BUILDING», «FAMOUS», «PET», «BOAT»,
«PRODUCT», «PLACE», «ROLE», «TERM», «GREET», «CODE», «DATE» draw a look-alike of that kind;
«DOB», «ADDR», «P1:mail», «PHONE» a labelled birth date, street address, e-mail or phone;
«TEL:0113 496 0231» a phone number as the template writes it.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402

rng = random.Random(20261205 + 4400)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "cs", "tr", "ro"]

# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Margaret", "Oliver", "Hannah", "Gareth", "Siobhan", "Trevor", "Emily", "Declan", "Bethany"],
           ["Ashworth", "Fletcher", "Brennan", "Pritchard", "Okafor", "Harding", "Doyle", "Whitfield"]),
    "de": (["Hildegard", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas", "Gerhard"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt", "Huber"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Solène", "Thierry"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Fontaine", "Chevalier"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Bram", "Marloes", "Wouter"],
           ["de Jong", "Jansen", "Visser", "Bakker", "van Dijk", "Smit", "Mulder", "de Graaf"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Inmaculada", "Álvaro"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Herrera", "Gil"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Ornella", "Gianluca"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Galli", "Fontana"]),
    "pt": (["João", "Mariana", "Inês", "Tiago", "Beatriz", "Rui", "Conceição", "Duarte"],
           ["Silva", "Ferreira", "Costa", "Oliveira", "Carvalho", "Sousa", "Lopes", "Moura"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Zofia", "Grzegorz"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Dąbrowska", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik", "Birgitta", "Johan"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg", "Ekström", "Lund"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens", "Bodil", "Søren"],
           ["Sørensen", "Jørgensen", "Madsen", "Kristensen", "Nielsen", "Thomsen", "Poulsen", "Lauridsen"]),
    "cs": (["Jana", "Petr", "Lucie", "Tomáš", "Kateřina", "Jiří", "Markéta", "Ondřej"],
           ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horák"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Fatma", "Oğuz"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan", "Florin", "Roxana"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantin", "Radu", "Marin"]),
}
GLOBAL = [("Priya", "Raman"), ("Oluwaseun", "Adeyemi"), ("Nguyen", "Thi Lan"), ("Kenji", "Matsuda"),
          ("Amina", "Haddad"), ("Rahul", "Venkatesan"), ("Chidi", "Okonkwo"), ("Mei", "Lin"),
          ("Tariq", "Rahimi"), ("Soo-jin", "Park")]
SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by", "well"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach", "huber"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot", "eau"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof", "stra"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo", "era"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one", "ucci"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado", "inho"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak", "ewicz"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström", "berg"]),
       "da": (["mad", "tof", "hel", "bir", "kas", "lun", "mor", "jes"], ["sen", "gaard", "holt", "rup"]),
       "cs": (["kra", "hol", "vo", "bra", "sed", "li", "mro", "pe"], ["ák", "ička", "ovský", "ek"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "kaya", "han"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru", "ici"])}


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname): half invented, half common, one in twelve of global origin."""
    r = rng.random()
    if r < 0.08:
        return rng.choice(GLOBAL)
    if r < 0.54:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return invent(lg, False), invent(lg, True)


# ---- look-alikes -------------------------------------------------------------------------------
ORG = {"en": ["Ashworth & Sons", "Fletcher Estates", "Doyle's Bakery", "Harding Removals Ltd", "Whitfield Motors"],
       "de": ["Müller Immobilien", "Bäckerei Schneider", "Autohaus Keller", "Huber Umzüge GmbH", "Weber Bestattungen"],
       "fr": ["Chez Marcel", "Garage Dupont", "Pompes Funèbres Girard", "Boulangerie Rousseau", "Agence Fontaine Immobilier"],
       "nl": ["Van den Berg Makelaars", "Bakkerij De Vries", "Notariskantoor Jansen", "Smit Verhuizingen", "Autobedrijf Visser"],
       "es": ["Taberna Casa Paco", "Inmobiliaria García", "Funeraria Herrera", "Talleres Ortega", "Panadería Romero"],
       "it": ["Pizzeria Da Giovanni", "Farmacia Rossi", "Onoranze Funebri Galli", "Immobiliare Colombo", "Autofficina Ricci"],
       "pt": ["Ferreira & Filhos", "Pastelaria Costa", "Imobiliária Moura", "Funerária Lopes", "Oficina Carvalho"],
       "pl": ["Kowalczyk Transport", "Piekarnia Nowak", "Zakład Pogrzebowy Mazur", "Biuro Nieruchomości Wójcik", "Auto-Serwis Zając"],
       "sv": ["Lindqvist Bygg AB", "Bergströms Bageri", "Holms Flytt", "Fonus Ekström", "Nybergs Bil"],
       "da": ["Jensens Bøfhus", "Sørensen Auto ApS", "Madsens Flytteforretning", "Bager Poulsen", "Nielsen Ejendomme"],
       "cs": ["Novák a syn s.r.o.", "Pekárna Dvořák", "Autoservis Horák", "Stěhování Veselý", "Reality Procházka"],
       "tr": ["Yılmaz Kuyumculuk", "Kaya Emlak", "Demir Nakliyat", "Çelik Oto", "Arslan Fırını"],
       "ro": ["Popescu Construct SRL", "Brutăria Ionescu", "Radu Imobiliare", "Auto Marin", "Pompe Funebre Stoica"]}
STREET = {"en": ["Nelson Street", "Churchill Avenue", "Wellington Road", "Queen Victoria Street"],
          "de": ["Mozartstraße", "Konrad-Adenauer-Platz", "Goethestraße", "Willy-Brandt-Allee"],
          "fr": ["place Jean Jaurès", "rue Victor Hugo", "boulevard Émile Zola", "avenue Charles de Gaulle"],
          "nl": ["Van Goghstraat", "Willem de Zwijgerlaan", "Rembrandtplein", "Johan Cruijff Boulevard"],
          "es": ["Calle de Goya", "Avenida de Blasco Ibáñez", "Plaza de Cervantes", "Calle Lope de Vega"],
          "it": ["Via Giuseppe Verdi", "Piazza Garibaldi", "Corso Vittorio Emanuele", "Via Alessandro Manzoni"],
          "pt": ["Rua Almirante Reis", "Avenida Afonso Henriques", "Praça Luís de Camões", "Rua Eça de Queirós"],
          "pl": ["ul. Adama Mickiewicza", "plac Jana Pawła II", "al. Józefa Piłsudskiego", "ul. Marii Konopnickiej"],
          "sv": ["Birger Jarlsgatan", "Drottninggatan", "Sankt Eriksgatan", "Karlavägen"],
          "da": ["H.C. Andersens Boulevard", "Niels Juels Gade", "Kong Hans Vej", "Christian IX's Gade"],
          "cs": ["náměstí Václava Havla", "třída Tomáše Bati", "Palackého náměstí", "ulice Boženy Němcové"],
          "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Fevzi Çakmak Sokak", "Namık Kemal Caddesi"],
          "ro": ["Strada Mihai Eminescu", "Bulevardul Ion C. Brătianu", "Piața Avram Iancu", "Strada Ion Creangă"]}
BUILDING = ["Villa Hügel", "Residenz Marienhof", "Haus Elisabeth", "Résidence Les Tilleuls", "Huize Johanna",
            "Casa Beatriz", "Palazzo Morandi", "Edifício Vasco da Gama", "Kamienica Pod Aniołem", "Villa Solhaga",
            "Karen Blixen Kollegiet", "Vila Tereza", "Ayşe Hanım Apartmanı", "Blocul Aurora", "Grosvenor House",
            "Maison Sainte-Anne", "Sint-Jozefhof", "Residencia San Rafael"]
FAMOUS = {"en": ["Winston Churchill", "Ed Sheeran", "Margaret Thatcher", "Elton John", "Keir Starmer", "Saint Patrick"],
          "de": ["Johann Sebastian Bach", "Angela Merkel", "Helene Fischer", "Olaf Scholz", "Sankt Martin", "Reinhard Mey"],
          "fr": ["Gabriel Fauré", "Édith Piaf", "Emmanuel Macron", "Jacques Brel", "Sainte Thérèse", "Charles Aznavour"],
          "nl": ["Mark Rutte", "André Hazes", "Vincent van Gogh", "Johan Cruijff", "Sint Nicolaas", "Ramses Shaffy"],
          "es": ["Pedro Sánchez", "Rocío Jurado", "Joaquín Sabina", "Santa Teresa de Jesús", "Rafael Nadal", "Isabel Pantoja"],
          "it": ["Giuseppe Verdi", "Giorgia Meloni", "Ennio Morricone", "San Francesco", "Lucio Battisti", "Andrea Bocelli"],
          "pt": ["Amália Rodrigues", "Santo António", "Marcelo Rebelo de Sousa", "Cristiano Ronaldo", "Zeca Afonso"],
          "pl": ["Fryderyk Chopin", "Jan Paweł II", "Lech Wałęsa", "Wisława Szymborska", "Donald Tusk"],
          "sv": ["Astrid Lindgren", "Evert Taube", "Olof Palme", "Zlatan Ibrahimović", "Jussi Björling"],
          "da": ["Carl Nielsen", "Kim Larsen", "Mette Frederiksen", "Karen Blixen", "Søren Kierkegaard"],
          "cs": ["Antonín Dvořák", "Karel Gott", "Václav Havel", "Bedřich Smetana", "Petr Fiala"],
          "tr": ["Mustafa Kemal Atatürk", "Barış Manço", "Orhan Pamuk", "Sezen Aksu", "Zeki Müren"],
          "ro": ["George Enescu", "Mihai Eminescu", "Klaus Iohannis", "Nadia Comăneci", "Maria Tănase"]}
PET = ["Balou", "Minou", "Bello", "Luna", "Pipoca", "Kasztanka", "Findus", "Rex", "Fifi", "Tarçın", "Azor",
       "Moritz", "Sir Galahad", "Donnerhall", "Pongo", "Bobík", "Pluto", "Mimi"]
BOAT = ["Santa Maria", "Anna Karin", "Marie-Louise", "Stella Maris", "Johanna II", "Bella Ciao", "Greta",
        "Nuestra Señora del Carmen", "Lady Margaret", "Hanne Mette"]
PRODUCT = ["Jack Daniel's", "Dr. Oetker", "Ford Fiesta", "Alfa Romeo Giulia", "Peugeot 308", "Škoda Octavia",
           "Dacia Logan", "Toyota Corolla", "Volvo V60", "Mercedes-Benz E 220", "Ben & Jerry's", "Tesla Model 3",
           "Louis Vuitton", "Hugo Boss", "Kinder Bueno", "Mon Chéri", "Renault Clio", "Opel Corsa"]
PLACE = {"en": ["Lincoln", "Preston", "Bolton", "Chester", "Hamilton", "Wellington"],
         "de": ["Essen", "Weimar", "Jena", "Kassel", "Marburg", "Hagen"],
         "fr": ["Lourdes", "Nancy", "Florence", "Valence", "Laval", "Vienne"],
         "nl": ["Gent", "Breda", "Helmond", "Ede", "Emmen", "Lelystad"],
         "es": ["Santiago", "Mercedes", "Victoria", "Teruel", "Soria", "Lorca"],
         "it": ["Marsala", "Rosa", "Adria", "Bassano", "Lucca", "Chiara"],
         "pt": ["Fátima", "Leiria", "Guarda", "Setúbal", "Amadora", "Tomar"],
         "pl": ["Kalisz", "Nowy Sącz", "Zakopane", "Lublin", "Opole", "Tczew"],
         "sv": ["Kalmar", "Falun", "Borås", "Lund", "Ystad", "Visby"],
         "da": ["Esbjerg", "Vejle", "Hillerød", "Holstebro", "Nyborg", "Aalborg"],
         "cs": ["Kolín", "Tábor", "Jihlava", "Písek", "Most", "Zlín"],
         "tr": ["Aydın", "Kayseri", "Bolu", "Denizli", "Muğla", "Ordu"],
         "ro": ["Victoria", "Alexandria", "Brăila", "Sibiu", "Arad", "Medgidia"]}
ROLE = {"en": ["TESTATOR", "EXECUTOR", "WITNESS", "SELLER", "BUYER", "TENANT", "LANDLORD", "DEFENDANT"],
        "de": ["VERKÄUFER", "KÄUFER", "MIETER", "VERMIETER", "NOTAR", "ERBLASSER", "ZEUGE", "GESCHÄFTSFÜHRER"],
        "fr": ["LE VENDEUR", "L'ACQUÉREUR", "LE NOTAIRE", "LE BAILLEUR", "LE LOCATAIRE", "TÉMOIN"],
        "nl": ["DE KOPER", "DE VERKOPER", "DE NOTARIS", "HUURDER", "VERHUURDER", "GETUIGE"],
        "es": ["EL VENDEDOR", "EL COMPRADOR", "EL ARRENDADOR", "EL ARRENDATARIO", "NOTARIO", "TESTIGO"],
        "it": ["IL VENDITORE", "L'ACQUIRENTE", "IL LOCATORE", "IL CONDUTTORE", "IL NOTAIO", "TESTIMONE"],
        "pt": ["O VENDEDOR", "O COMPRADOR", "O SENHORIO", "O ARRENDATÁRIO", "NOTÁRIO", "TESTEMUNHA"],
        "pl": ["SPRZEDAJĄCY", "KUPUJĄCY", "WYNAJMUJĄCY", "NAJEMCA", "NOTARIUSZ", "ŚWIADEK"],
        "sv": ["SÄLJARE", "KÖPARE", "HYRESVÄRD", "HYRESGÄST", "VITTNE", "FÖRVALTARE"],
        "da": ["SÆLGER", "KØBER", "UDLEJER", "LEJER", "VIDNE", "DIREKTØR"],
        "cs": ["PRODÁVAJÍCÍ", "KUPUJÍCÍ", "PRONAJÍMATEL", "NÁJEMCE", "NOTÁŘ", "SVĚDEK"],
        "tr": ["SATICI", "ALICI", "KİRAYA VEREN", "KİRACI", "NOTER", "TANIK"],
        "ro": ["VÂNZĂTOR", "CUMPĂRĂTOR", "LOCATOR", "LOCATAR", "NOTAR", "MARTOR"]}
GREET = {"en": ["Best regards", "Kind regards", "Love always", "Many thanks", "Warm wishes"],
         "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Herzliche Grüße", "Liebe Grüße"],
         "fr": ["Cordialement", "Bien à vous", "Bisous", "Amitiés"],
         "nl": ["Met vriendelijke groet", "Groetjes", "Hartelijke groeten"],
         "es": ["Un saludo", "Atentamente", "Un abrazo", "Besos"],
         "it": ["Cordiali saluti", "Un abbraccio", "Distinti saluti", "Baci"],
         "pt": ["Atenciosamente", "Com os melhores cumprimentos", "Beijinhos", "Abraço"],
         "pl": ["Pozdrawiam", "Z poważaniem", "Serdeczne pozdrowienia"],
         "sv": ["Med vänliga hälsningar", "Hälsningar", "Kram"],
         "da": ["Venlig hilsen", "Med venlig hilsen", "Kærlig hilsen"],
         "cs": ["S pozdravem", "S úctou", "Zdraví"],
         "tr": ["Saygılarımla", "Sevgiler", "İyi çalışmalar"],
         "ro": ["Cu stimă", "Cu drag", "Toate cele bune"]}
TERM = {"en": ["Thanks", "Agenda", "Present", "Apologies", "Update", "Reminder", "Note"],
        "de": ["Danke", "Bitte", "Anwesend", "Entschuldigt", "Hinweis", "Achtung", "Termin"],
        "fr": ["Merci", "Présents", "Excusés", "Rappel", "Remarque", "Ordre du jour"],
        "nl": ["Bedankt", "Aanwezig", "Afwezig", "Let op", "Mededeling"],
        "es": ["Gracias", "Asistentes", "Ausentes", "Aviso", "Orden del día"],
        "it": ["Grazie", "Presenti", "Assenti", "Avviso", "Nota bene"],
        "pt": ["Obrigado", "Presentes", "Ausentes", "Aviso", "Nota"],
        "pl": ["Dziękuję", "Obecni", "Nieobecni", "Uwaga", "Przypomnienie"],
        "sv": ["Tack", "Närvarande", "Frånvarande", "Obs", "Påminnelse"],
        "da": ["Tak", "Til stede", "Afbud", "Bemærk", "Påmindelse"],
        "cs": ["Děkuji", "Přítomni", "Omluveni", "Upozornění", "Poznámka"],
        "tr": ["Teşekkürler", "Katılanlar", "Katılmayanlar", "Not", "Duyuru"],
        "ro": ["Mulțumesc", "Prezenți", "Absenți", "Atenție", "Notă"]}

# ---- dates, addresses, contacts ----------------------------------------------------------------
def date_str(lg, y, m, d):
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg in ("en", "fr", "es", "it", "pt") and rng.random() < 0.4:
        mon = MONTHS.get(lg, MONTHS["en"])[m - 1]
        return {"en": "%d %s %d", "fr": "%d %s %d", "es": "%d de %s de %d", "it": "%d %s %d",
                "pt": "%d de %s de %d"}[lg] % (d, mon, y)
    if lg in ("de", "pl", "tr", "ro", "cs"):
        return ("%02d.%02d.%04d" % (d, m, y)) if lg != "cs" else "%d. %d. %d" % (d, m, y)
    if lg in ("da", "nl"):
        return "%02d-%02d-%04d" % (d, m, y)
    return "%02d/%02d/%04d" % (d, m, y)


ADDR = {"en": lambda: "%d %s, %s" % (rng.randint(2, 180), rng.choice(["Albion Road", "Mill Lane", "Chapel Walk", "Orchard Close"]),
                                     rng.choice(["Leeds LS6 1AB", "York YO10 5DD", "Bristol BS3 4QT", "Derby DE22 1FE"])),
        "de": lambda: "%s %d, %s" % (rng.choice(["Lindenallee", "Gartenweg", "Kirchgasse", "Rosenstraße"]), rng.randint(1, 120),
                                     rng.choice(["50674 Köln", "04109 Leipzig", "80331 München", "28195 Bremen"])),
        "fr": lambda: "%d %s, %s" % (rng.randint(1, 90), rng.choice(["rue des Lilas", "allée des Peupliers", "chemin du Moulin"]),
                                     rng.choice(["69002 Lyon", "33000 Bordeaux", "44000 Nantes"])),
        "nl": lambda: "%s %d, %s" % (rng.choice(["Kastanjelaan", "Molenweg", "Dorpsstraat", "Lindengracht"]), rng.randint(1, 140),
                                     rng.choice(["3511 AB Utrecht", "2011 CD Haarlem", "9711 EF Groningen"])),
        "es": lambda: "%s %d, %s" % (rng.choice(["Calle del Olmo", "Calle Mayor", "Avenida de los Pinos"]), rng.randint(1, 120),
                                     rng.choice(["28012 Madrid", "41004 Sevilla", "46002 Valencia"])),
        "it": lambda: "%s %d, %s" % (rng.choice(["Via dei Tigli", "Via Roma", "Viale dei Pini"]), rng.randint(1, 120),
                                     rng.choice(["40125 Bologna", "10121 Torino", "50123 Firenze"])),
        "pt": lambda: "%s %d, %s" % (rng.choice(["Rua das Flores", "Rua do Sol", "Travessa da Fonte"]), rng.randint(1, 120),
                                     rng.choice(["4050-262 Porto", "1100-148 Lisboa", "3000-123 Coimbra"])),
        "pl": lambda: "%s %d/%d, %s" % (rng.choice(["ul. Lipowa", "ul. Kwiatowa", "ul. Ogrodowa"]), rng.randint(1, 90), rng.randint(1, 40),
                                        rng.choice(["31-610 Kraków", "80-827 Gdańsk", "50-077 Wrocław"])),
        "sv": lambda: "%s %d, %s" % (rng.choice(["Storgatan", "Björkvägen", "Ringvägen"]), rng.randint(1, 90),
                                     rng.choice(["752 36 Uppsala", "411 19 Göteborg", "211 22 Malmö"])),
        "da": lambda: "%s %d, %s" % (rng.choice(["Vestergade", "Jagtvej", "Søndergade"]), rng.randint(1, 150),
                                     rng.choice(["8000 Aarhus C", "5000 Odense C", "2200 København N"])),
        "cs": lambda: "%s %d/%d, %s" % (rng.choice(["Lipová", "Nádražní", "Školní"]), rng.randint(100, 2900), rng.randint(1, 40),
                                        rng.choice(["602 00 Brno", "110 00 Praha 1", "301 00 Plzeň"])),
        "tr": lambda: "%s Mah. %s Sok. No: %d D: %d, %s" % (rng.choice(["Moda", "Cumhuriyet", "Esentepe"]), rng.choice(["Lale", "Gül", "Çınar"]),
                                                           rng.randint(1, 60), rng.randint(1, 20), rng.choice(["Kadıköy/İstanbul", "Çankaya/Ankara"])),
        "ro": lambda: "%s nr. %d, ap. %d, %s" % (rng.choice(["Str. Florilor", "Str. Lalelelor", "Aleea Teilor"]), rng.randint(1, 90),
                                                 rng.randint(1, 60), rng.choice(["Cluj-Napoca", "Iași", "Brașov"]))}
PHONE = {"en": "+44 7700 9", "de": "+49 171 5", "fr": "+33 6 12 ", "nl": "+31 6 12", "es": "+34 612 ", "it": "+39 347 ",
         "pt": "+351 912 ", "pl": "+48 601 ", "sv": "+46 70 ", "da": "+45 20 ", "cs": "+420 602 ", "tr": "+90 532 ",
         "ro": "+40 721 "}
TRANS = str.maketrans("äöüåøæéèêëïîçłśćżźńąęóışğâășțáíúñãõôčřžšěůýň", "aouaoaeeeeiiclsczznaeoisgaastaiunaoocrzseuyn")


def mailof(g, s):
    return (g + "." + s).lower().replace(" ", "").translate(TRANS) + "@" + rng.choice(
        ["gmail.com", "web.de", "outlook.com", "example.org", "posteo.de", "orange.fr", "wp.pl"])


def code6():
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


# ---- the template filler -----------------------------------------------------------------------
class D(Doc):
    records = records

    def __init__(self, lg, cls):
        super().__init__(lg, cls)
        self.people = {}

    def who(self, key):
        if key == "P" or key not in self.people:
            nl = self.lg if rng.random() < 0.82 else rng.choice(LANGS)
            p = person(nl)
            if key == "P":
                return p
            self.people[key] = p
        return self.people[key]

    def value(self, name, mod):
        """(label, text) of a slot."""
        lg = self.lg
        if name[0] == "P" and (len(name) == 1 or name[1:].isdigit()):
            g, s = self.who(name)
            v = {"": g + " " + s, "g": g, "s": s, "sg": s + ", " + g, "SG": s.upper() + " " + g,
                 "pnr": (s + "/" + g).upper().replace(" ", ""), "in": g[0] + ". " + s,
                 "sgs": s + " " + g}.get(mod)
            if mod == "mail":
                return "EMAIL_ADDRESS", mailof(g, s)
            if v is None:
                raise ValueError(mod)
            return "PERSON", v
        if name == "DOB":
            return "DATE_OF_BIRTH", date_str(lg, rng.randint(1931, 2004), rng.randint(1, 12), rng.randint(1, 28))
        if name == "BABYDOB":
            return "DATE_OF_BIRTH", date_str(lg, 2025, rng.randint(1, 12), rng.randint(1, 28))
        if name == "DATE":
            return "NEG_DATE", date_str(lg, rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if name == "ADDR":
            return "STREET_ADDRESS", ADDR[lg]()
        if name == "PHONE":
            return "PHONE_NUMBER", PHONE[lg] + "%02d %02d %02d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
        if name == "TEL":  # a number written in the template: labelled, nothing drawn
            return "PHONE_NUMBER", mod
        if name == "CODE":
            return "NEG_CODE", code6()
        table = {"ORG": ("NEG_ORG", ORG), "STREET": ("NEG_STREET", STREET), "FAMOUS": ("NEG_FAMOUS", FAMOUS),
                 "PLACE": ("NEG_PLACE", PLACE), "ROLE": ("NEG_ROLE", ROLE), "GREET": ("NEG_TERM", GREET),
                 "TERM": ("NEG_TERM", TERM), "BUILDING": ("NEG_BUILDING", BUILDING), "PET": ("NEG_PET", PET),
                 "BOAT": ("NEG_VESSEL", BOAT), "PRODUCT": ("NEG_PRODUCT", PRODUCT)}
        label, pool = table[name]
        if isinstance(pool, dict):
            pool = pool[lg]
        return label, rng.choice(pool)

    def slot(self, key, kw):
        case = ""
        if "|" in key:
            key, case = key.split("|")
        name, _, mod = key.partition(":")
        label, v = self.value(name, mod)
        if case == "low":
            v = v.lower()
        elif case == "up":
            v = v.upper()
        self.span(label, v)

    def fill(self, template, **kw):
        i = 0
        while i < len(template):
            j = template.find("«", i)
            if j < 0:
                self.t(template[i:])
                break
            self.t(template[i:j])
            k = template.index("»", j)
            self.slot(template[j + 1:k], kw)
            i = k + 1
        return self


def emit(cls, lg, template):
    d = D(lg, cls)
    d.fill(template)
    d.done()


# ---- the templates: class -> language -> templates ---------------------------------------------
# Each language of a class has its own wordings; a class without a language falls back to the
# language's nearest listed one (never a translation by machine: the wordings are the author's).
T = {}

T["chatbot"] = {
    "en": ["can you write a short birthday message for my aunt «P1», she turns 70 on saturday and loves «FAMOUS» songs",
           "help me reply to «P1:g|low» from «ORG», she wants the deposit back before friday",
           "Write a thank-you note to «P1» and «P2» for hosting us in «PLACE». Mention their dog «PET».",
           "i need a toast for my brother «P1:g|low»'s wedding to «P2:g|low», something funny but not about «PRODUCT»"],
    "de": ["schreib bitte eine karte für oma «P1:g|low» zum 85., sie wohnt jetzt im «BUILDING»",
           "Kannst du mir helfen, eine Mail an «P1» zu formulieren? Er ist der Vermieter, die Verwaltung macht «ORG».",
           "formuliere eine absage an «P1:g|low» «P1:s|low» wegen der feier am samstag, ich bin in «PLACE»"],
    "fr": ["écris un petit mot pour l'anniversaire de ma tante «P1», elle adore «FAMOUS»",
           "Aide-moi à répondre à «P1» de l'agence «ORG», il veut visiter samedi."],
    "nl": ["kun je een kaartje schrijven voor «P1:g|low» die met pensioen gaat? ze werkte 30 jaar bij «ORG»",
           "Help me een bericht aan «P1» te sturen over de verhuizing naar «PLACE»."],
    "es": ["escríbeme un mensaje de cumpleaños para mi suegra «P1», vive en «STREET» desde hace años",
           "ayúdame a contestar a «P1:g|low» «P1:s|low», quiere comprar el «PRODUCT» que vendo"],
    "it": ["scrivi un biglietto per la nonna «P1» che compie 90 anni, le piace «FAMOUS»",
           "mi aiuti a rispondere a «P1:g|low»? vuole vedere l'appartamento in «STREET»"],
    "pt": ["escreve uma mensagem de parabéns para a minha madrinha «P1», ela gosta muito de «FAMOUS»",
           "ajuda-me a responder ao «P1:g|low» da «ORG» sobre o orçamento"],
    "pl": ["napisz życzenia imieninowe dla cioci «P1», lubi «FAMOUS»",
           "pomóż mi odpisać «P1:g|low» «P1:s|low» w sprawie mieszkania przy «STREET»"],
    "sv": ["skriv ett grattiskort till farmor «P1» som fyller 80, hon älskar «FAMOUS»",
           "hjälp mig svara «P1:g|low» om flytten till «PLACE»"],
    "da": ["skriv en hilsen til min moster «P1», hun fylder 75 og elsker «FAMOUS»"],
    "cs": ["napiš přání k narozeninám pro babičku «P1», má ráda «FAMOUS»"],
    "tr": ["teyzem «P1» için doğum günü mesajı yazar mısın, «FAMOUS» şarkılarını çok sever"],
    "ro": ["scrie-mi o felicitare pentru mătușa «P1», îi place «FAMOUS»"],
}
T["card"] = {
    "en": ["Dear «P1:g»,\nHappy 60th! We raised a glass at «ORG» for you.\n«GREET»,\n«P2:g» & «P3:g» (and «PET»)",
           "To «P1» and «P2»,\nCongratulations on your wedding!\n«GREET»\n«P3»"],
    "de": ["Liebe «P1:g», lieber «P2:g»,\nalles Gute zur Silberhochzeit!\n«GREET»\neure «P3:g» mit «PET»",
           "Lieber Herr «P1:s»,\nherzlichen Dank für die Hilfe beim Umzug.\n«GREET»\n«P2»"],
    "fr": ["Chère «P1:g»,\nBon anniversaire ! On pense fort à toi depuis «PLACE».\n«GREET»,\n«P2:g»"],
    "nl": ["Lieve «P1:g»,\nGefeliciteerd met je diploma!\n«GREET»,\n«P2:g» en «P3:g»"],
    "es": ["Querida «P1:g»:\n¡Feliz santo! Te esperamos en «ORG» el domingo.\n«GREET»,\n«P2:g»"],
    "it": ["Cara «P1:g»,\ntanti auguri di buon onomastico!\n«GREET»\n«P2:g» e «P3:g»"],
    "pt": ["Querida «P1:g»,\nParabéns pelos teus 40 anos!\n«GREET»,\n«P2:g»"],
    "pl": ["Droga «P1:g»!\nWszystkiego najlepszego z okazji urodzin!\n«GREET»\n«P2:g» i «P3:g»"],
    "sv": ["Kära «P1:g»!\nGrattis på födelsedagen!\n«GREET»\n«P2:g» och «PET»"],
    "da": ["Kære «P1:g»\nTillykke med de 50!\n«GREET»\n«P2:g»"],
    "cs": ["Milá «P1:g»,\nvšechno nejlepší k narozeninám!\n«GREET»\n«P2:g»"],
    "tr": ["Sevgili «P1:g»,\nYeni yaşın kutlu olsun!\n«GREET»\n«P2:g»"],
    "ro": ["Dragă «P1:g»,\nLa mulți ani!\n«GREET»,\n«P2:g»"],
}
T["obituary"] = {
    "en": ["«P1» (née «P2:s»), of «PLACE», passed away peacefully at «BUILDING» on «DATE», aged 88. Beloved wife of the late «P3:g», mother of «P4:g» and «P5:g». Donations to «ORG».",
           "«P1:s|up», «P1:g» – died suddenly on «DATE». Much loved dad of «P2» and grandad of «P3:g». Service at St Mary's; flowers via «ORG»."],
    "de": ["In stiller Trauer nehmen wir Abschied von\n«P1»\ngeb. «P2:s»\n* «DOB»  † «DATE»\nIn Liebe: «P3» und «P4:g» mit Familie\nDie Trauerfeier findet in der Kapelle von «ORG» statt.",
           "Traueranzeige\nNach langer Krankheit verstarb unser Vater «P1».\n«P2:g», «P3:g» und «P4:g»\nStatt Blumen bitten wir um eine Spende an «ORG»."],
    "fr": ["Avis de décès\n«P1:s|up» «P1:g»\nSes enfants «P2:g» et «P3:g», ses petits-enfants ont la douleur de vous faire part du décès de leur père. Les obsèques auront lieu à «PLACE». «ORG»."],
    "nl": ["Intens verdrietig delen wij mee dat is overleden\n«P1»\nweduwe van «P2»\n«P3:g» en «P4:g»\nDe uitvaart wordt verzorgd door «ORG»."],
    "es": ["«P1» falleció en «PLACE» el «DATE». Sus hijos «P2:g» y «P3:g» ruegan una oración por su alma. Capilla ardiente en «ORG»."],
    "it": ["È mancata all'affetto dei suoi cari\n«P1»\nved. «P2:s»\nNe danno il triste annuncio i figli «P3:g» e «P4:g». Le esequie presso la chiesa di «FAMOUS». «ORG»."],
    "pt": ["Faleceu «P1», de 84 anos, natural de «PLACE». A família agradece; o funeral é tratado pela «ORG»."],
    "pl": ["Z głębokim żalem zawiadamiamy, że zmarła\nś.p. «P1»\nMsza żałobna w kościele pw. «FAMOUS». Pogrążeni w smutku: córka «P2:g», syn «P3:g». «ORG»."],
    "sv": ["Vår älskade\n«P1»\n* «DOB» † «DATE»\nsaknad av «P2» och «P3:g». Begravningen sker i «PLACE». «ORG»."],
    "da": ["Vores kære mor\n«P1»\ner stille sovet ind. «P2:g» og «P3:g». Bisættelse fra «PLACE» Kirke. «ORG»."],
    "cs": ["S bolestí v srdci oznamujeme, že nás opustila paní «P1». Zarmoucení: «P2» a «P3:g». Pohřeb zajišťuje «ORG»."],
    "tr": ["Vefat\n«P1» vefat etmiştir. Cenazesi «PLACE»'da defnedilecektir. Acılı ailesi: «P2:g», «P3:g». «ORG»."],
    "ro": ["Cu adâncă durere anunțăm decesul lui «P1». Familia: «P2:g» și «P3:g». Slujba la «ORG»."],
}
T["funeral"] = {
    "en": ["ORDER OF SERVICE\nCelebrating the life of «P1»\nEntrance music: «FAMOUS» – Your Song\nWelcome: Rev. «P2»\nReading: «P3:g» (granddaughter)\nEulogy: «P4»\nHymn: Abide with Me\nCommittal at «PLACE» Crematorium\n«TERM» to everyone who came."],
    "de": ["Trauerfeier für «P1»\nMusik zum Eingang: «FAMOUS», Air\nBegrüßung: Pfarrerin «P2»\nLebenslauf: «P3:g» «P1:s»\nLesung: «P4»\nAnschließend Kaffee im «BUILDING»"],
    "fr": ["Cérémonie d'adieu à «P1»\nEntrée : «FAMOUS», Pavane\nMot d'accueil : «P2»\nTexte lu par «P3:g»\nCrémation au crématorium de «PLACE»"],
    "nl": ["Afscheidsdienst «P1»\nMuziek: «FAMOUS»\nWoord van welkom: ds. «P2»\nHerinneringen: «P3:g» en «P4:g»"],
    "es": ["Misa funeral por «P1»\nLectura: «P2» (nieta)\nCanto: «FAMOUS»\nResponso: padre «P3»"],
    "it": ["Funerale di «P1»\nIngresso: «FAMOUS», Ave Maria\nPrima lettura: «P2»\nRicordo: «P3:g» «P1:s»"],
    "pt": ["Missa de sétimo dia de «P1»\nLeitura: «P2»\nCântico: «FAMOUS»"],
    "pl": ["Ceremonia pogrzebowa ś.p. «P1»\nMuzyka: «FAMOUS», Nokturn\nWspomnienie: «P2»"],
    "sv": ["Minnesstund för «P1»\nMusik: «FAMOUS», Calle Schewens vals\nMinnesord: «P2»\nOfficiant: «P3»"],
}
T["wedding"] = {
    "en": ["The wedding of «P1» & «P2»\nOfficiant: «P3»\nBest man: «P4:g» «P4:s»\nMaid of honour: «P5:g»\nFirst dance: «FAMOUS» – Perfect\nReception at «BUILDING»"],
    "de": ["Hochzeit von «P1:g» & «P2:g»\nTrauzeugen: «P3» und «P4»\nStandesamt «PLACE», danach Feier in der «BUILDING»\nDJ: «ORG»"],
    "fr": ["Mariage de «P1:g» et «P2:g»\nTémoins : «P3», «P4»\nVin d'honneur au «BUILDING», traiteur «ORG»"],
    "nl": ["Trouwdag «P1:g» & «P2:g»\nCeremoniemeester: «P3»\nGetuigen: «P4» en «P5»\nLocatie: «BUILDING»"],
    "es": ["Boda de «P1:g» y «P2:g»\nPadrinos: «P3» y «P4»\nBanquete: «ORG»"],
    "it": ["Matrimonio di «P1» e «P2»\nTestimoni: «P3», «P4»\nRicevimento: «BUILDING»"],
    "pt": ["Casamento da «P1:g» e do «P2:g»\nPadrinhos: «P3» e «P4»\nCopo-d'água: «ORG»"],
    "pl": ["Ślub «P1:g» i «P2:g»\nŚwiadkowie: «P3», «P4»\nWesele: «ORG»"],
    "cs": ["Svatba «P1:g» a «P2:g»\nSvědci: «P3», «P4»\nHostina: «BUILDING»"],
    "ro": ["Nunta lui «P1:g» și «P2:g»\nNași: «P3» și «P4»\nRestaurant: «ORG»"],
}
T["will"] = {
    "en": ["LAST WILL AND TESTAMENT\nI, «P1», of «ADDR», born «DOB», revoke all former wills.\n1. I appoint my son «P2» as «ROLE».\n2. I give my cottage to «P3» and my boat «BOAT» to «P4:g».\n3. My dog «PET» shall go to «P5».\nSigned in the presence of «P6» (witness)."],
    "de": ["TESTAMENT\nIch, «P1», geboren am «DOB», wohnhaft «ADDR», setze meine Tochter «P2» als Alleinerbin ein.\nMein Neffe «P3» erhält den «PRODUCT».\nDie Katze «PET» soll zu «P4:g».\n«ROLE»: Dr. «P5»"],
    "fr": ["TESTAMENT OLOGRAPHE\nJe soussignée «P1», née le «DOB», demeurant «ADDR», lègue à mon petit-fils «P2» ma maison.\n«ROLE» : Maître «P3»"],
    "nl": ["TESTAMENT\nHeden verscheen voor mij, mr. «P1», notaris te «PLACE»: «P2», geboren op «DOB».\nErfgenamen: «P3» en «P4»."],
    "es": ["TESTAMENTO\nYo, «P1», nacida el «DOB», con domicilio en «ADDR», instituyo heredero a mi hijo «P2».\n«ROLE»: «P3»"],
    "it": ["TESTAMENTO OLOGRAFO\nIo sottoscritto «P1», nato il «DOB», nomino erede mia moglie «P2». Al nipote «P3» lascio la «PRODUCT»."],
    "pt": ["TESTAMENTO\nEu, «P1», nascida em «DOB», deixo à minha filha «P2» a casa. «ROLE»: «P3»"],
    "pl": ["TESTAMENT\nJa, «P1», ur. «DOB», zam. «ADDR», do całego spadku powołuję córkę «P2»."],
    "cs": ["ZÁVĚŤ\nJá, «P1», nar. «DOB», bytem «ADDR», odkazuji svůj byt dceři «P2»."],
}
T["genealogy"] = {
    "en": ["«P1» (1889–1954) m. «P2» in «PLACE», 1912\n  ├─ «P3:g» «P1:s» (1913–1990)\n  └─ «P4:g» «P1:s» (1916–2001) m. «P5»\nSource: parish register of «PLACE»",
           "Looking for descendants of «P1», a cooper from «PLACE», who emigrated on the «BOAT» in 1893 with his wife «P2»."],
    "de": ["Ahnentafel\n1. «P1» (* 1921 in «PLACE»)\n2. Vater: «P2»\n3. Mutter: «P3» geb. «P4:s»\nQuelle: Kirchenbuch «PLACE»"],
    "fr": ["Arbre : «P1» (1902-1977), fils de «P2» et de «P3». Épouse «P4» à «PLACE» en 1926."],
    "nl": ["Stamboom: «P1» (1899-1971) tr. «P2». Kinderen: «P3:g», «P4:g». Bron: bevolkingsregister «PLACE»."],
    "es": ["Árbol: «P1» (1910-1988), casado con «P2». Hijos: «P3:g» y «P4:g». Parroquia de «PLACE»."],
    "it": ["Albero: «P1» (1897-1960) sposa «P2» a «PLACE». Figli: «P3:g», «P4:g»."],
    "pt": ["Árvore: «P1» (1905-1982) casou com «P2» em «PLACE». Filhos: «P3:g» e «P4:g»."],
    "pl": ["Drzewo: «P1» (1900-1969) ż. «P2» z d. «P3:s». Dzieci: «P4:g», «P5:g». Parafia «PLACE»."],
    "sv": ["Antavla: «P1» (1888-1960) g.m. «P2», «PLACE» församling. Barn: «P3:g», «P4:g»."],
    "da": ["Slægt: «P1» (1895-1970) gift med «P2» i «PLACE». Børn: «P3:g», «P4:g»."],
    "cs": ["Rodokmen: «P1» (1901–1975), manželka «P2» roz. «P3:s», matrika «PLACE»."],
}
T["diary"] = {
    "en": ["Tue. Lunch with «P1:g» and her brother «P2» at «ORG». «TERM»: call «P3:g» about the car.",
           "sunday – walked «PET» to «STREET» and bumped into «P1:g|low» «P1:s|low». she's moving to «PLACE»."],
    "de": ["Mittwoch. Mit «P1:g» im «ORG» gefrühstückt, danach kam «P2» vorbei. Abends «FAMOUS» im Radio.",
           "fr 12.: «P1:g|low» hat angerufen, «P2:g|low» liegt im krankenhaus. «PET» war brav."],
    "fr": ["Jeudi. Dîner chez «P1:g» et «P2:g» rue des Lilas. «P3» était là aussi.",
           "dimanche – marché avec «P1:g|low», puis café chez «ORG»."],
    "nl": ["Dinsdag: koffie met «P1:g» bij «ORG». «P2» belde over de fiets."],
    "es": ["Lunes. Comí con «P1:g» y su marido «P2» en «ORG». Luego paseo por «STREET»."],
    "it": ["Venerdì. Cena con «P1:g» e «P2» da «ORG». Poi passeggiata in «STREET»."],
    "pt": ["Sábado. Almoço com «P1:g» e o «P2:g» na «ORG»."],
    "pl": ["Środa. Kawa z «P1:g» w «ORG». Dzwoniła «P2»."],
    "sv": ["Måndag. Fika med «P1:g» på «ORG». «P2» ringde om bilen."],
    "da": ["Tirsdag. Frokost med «P1:g» og «P2» på «ORG»."],
    "cs": ["Čtvrtek. Oběd s «P1:g» a «P2» v «ORG»."],
    "tr": ["Perşembe. «P1:g» ile «ORG»'da kahvaltı, sonra «P2» aradı."],
    "ro": ["Joi. Prânz cu «P1:g» și «P2» la «ORG»."],
}
T["social"] = {
    "en": ["happy birthday to my bestie «P1:g|low» 🎉🎂 cant believe we met at «ORG|low» 10 yrs ago!! ft. «P2:g|low» and «PET|low»",
           "RIP «P1:g|low» «P1:s|low», the kindest neighbour on «STREET». fly high ❤️",
           "congrats «P1:g|low» on the new job at «ORG|low»!! «FAMOUS|low» concert to celebrate?"],
    "de": ["alles gute «P1:g|low» 🥳 danke «P2:g|low» für die torte von «ORG|low»!",
           "ruhe in frieden, «P1:g|low» «P1:s|low». du warst die seele vom «ORG|low»."],
    "fr": ["joyeux anniv «P1:g|low» 🎈 merci «P2:g|low» pour la soirée chez «ORG|low» !"],
    "nl": ["gefeliciteerd «P1:g|low»!! en «P2:g|low», bedankt voor de taart van «ORG|low»"],
    "es": ["feliz cumple «P1:g|low» 🎉 y gracias «P2:g|low» por la cena en «ORG|low»"],
    "it": ["auguri «P1:g|low» 🎂 grazie «P2:g|low» per la cena da «ORG|low»"],
    "pt": ["parabéns «P1:g|low» 🎉 obrigada «P2:g|low» pelo jantar na «ORG|low»"],
    "pl": ["wszystkiego najlepszego «P1:g|low» 🎂 dzięki «P2:g|low» za tort z «ORG|low»"],
    "sv": ["grattis «P1:g|low» 🎉 tack «P2:g|low» för tårtan från «ORG|low»"],
    "da": ["tillykke «P1:g|low» 🎉 tak «P2:g|low» for kagen fra «ORG|low»"],
    "cs": ["všechno nej «P1:g|low» 🎂 díky «P2:g|low» za dort z «ORG|low»"],
    "tr": ["iyi ki doğdun «P1:g|low» 🎂 «P2:g|low» pasta için teşekkürler, «ORG|low» harikaydı"],
    "ro": ["la mulți ani «P1:g|low» 🎉 mersi «P2:g|low» pentru tortul de la «ORG|low»"],
}
T["dating"] = {
    "en": ["hey i'm «P1:g|low», 34, nurse in «PLACE». dog mum to «PET|low». if you like «FAMOUS|low» we'll get on",
           "Match with «P1:g» (29). She said her sister «P2:g» set up the profile. Date at «ORG» on Friday?"],
    "de": ["hi, ich bin «P1:g|low» (38) aus «PLACE», mein kater heißt «PET|low». mag «FAMOUS|low» und wandern"],
    "fr": ["salut moi c'est «P1:g|low», 31 ans, prof à «PLACE». fan de «FAMOUS|low»"],
    "nl": ["hoi ik ben «P1:g|low», 33, woon in «PLACE» met mijn hond «PET|low»"],
    "es": ["hola soy «P1:g|low», 36, de «PLACE». tengo un gato, «PET|low»"],
    "it": ["ciao sono «P1:g|low», 30 anni, di «PLACE». il mio cane si chiama «PET|low»"],
    "pt": ["olá sou o «P1:g|low», 35, vivo em «PLACE» com a «PET|low»"],
    "pl": ["cześć, jestem «P1:g|low», 32, z «PLACE». mój pies to «PET|low»"],
    "sv": ["hej jag heter «P1:g|low», 37, bor i «PLACE» med katten «PET|low»"],
    "tr": ["selam ben «P1:g|low», 29, «PLACE»'dan. kedim «PET|low»"],
}
T["teamsheet"] = {
    "en": ["U12 Lions v «PLACE» Town – Sat 10:00\nGK: «P1»\nDEF: «P2», «P3», «P4:in»\nMID: «P5», «P6:g» «P6:s»\nFWD: «P7»\nCoach: «P8»\nKit sponsor: «ORG»",
           "Sunday XI: «P1:s» (c), «P2:s», «P3:s», «P4:s», «P5:s» | Umpire: «P6» | Tea: «P7:g»"],
    "de": ["Aufstellung E-Jugend gegen «PLACE»\nTor: «P1»\nAbwehr: «P2», «P3»\nSturm: «P4»\nTrainer: «P5»\nTrikotsponsor: «ORG»"],
    "fr": ["Feuille de match U13\nGardien : «P1»\nDéfense : «P2», «P3»\nAttaque : «P4»\nÉducateur : «P5»"],
    "nl": ["Opstelling JO11-2 tegen «PLACE»\nKeeper: «P1»\nVerdediging: «P2», «P3»\nAanval: «P4»\nTrainer: «P5»"],
    "es": ["Convocatoria alevín\nPortero: «P1»\nDefensas: «P2», «P3»\nDelantero: «P4»\nEntrenador: «P5»"],
    "it": ["Convocati Esordienti\nPortiere: «P1»\nDifesa: «P2», «P3»\nAttacco: «P4»\nMister: «P5»"],
    "pl": ["Skład orlików\nBramkarz: «P1»\nObrona: «P2», «P3»\nAtak: «P4»\nTrener: «P5»"],
    "sv": ["Laguppställning P12\nMålvakt: «P1»\nBack: «P2», «P3»\nAnfall: «P4»\nTränare: «P5»"],
    "da": ["Holdkort U12\nMålmand: «P1»\nForsvar: «P2», «P3»\nAngreb: «P4»\nTræner: «P5»"],
    "cs": ["Sestava žáků\nBrankář: «P1»\nObrana: «P2», «P3»\nÚtok: «P4»\nTrenér: «P5»"],
    "tr": ["Kadro U12\nKaleci: «P1»\nDefans: «P2», «P3»\nForvet: «P4»\nAntrenör: «P5»"],
    "ro": ["Lot juniori\nPortar: «P1»\nFundași: «P2», «P3»\nAtacant: «P4»\nAntrenor: «P5»"],
}
T["rota"] = {
    "en": ["Church flower rota (spring)\n2 Mar – «P1»\n9 Mar – «P2» & «P3:g»\n16 Mar – «P4»\n23 Mar – no flowers (Lent)\nQuestions to «P5:g» at «ORG»",
           "Choir rota\nSopranos: «P1:g», «P2:g», «P3:g»\nAltos: «P4:g» «P4:s», «P5»\nOrganist: «P6»\nAnthem: «FAMOUS»"],
    "de": ["Putzplan WG\nKüche: «P1:g»\nBad: «P2:g»\nFlur: «P3:g»\nMüll: «P4:g»\n«TERM»: Sperrmüll am «DATE»"],
    "fr": ["Planning du covoiturage\nlundi : «P1»\nmardi : «P2»\njeudi : «P3»\nvendredi : «P4»"],
    "nl": ["Rooster bardienst\nza: «P1» en «P2»\nzo: «P3»\nReserve: «P4»\nSleutel bij «ORG»"],
    "es": ["Turnos de limpieza\nlunes: «P1:g»\nmiércoles: «P2:g»\nviernes: «P3:g»"],
    "it": ["Turni pulizie scala\ngennaio: «P1»\nfebbraio: «P2»\nmarzo: «P3»"],
    "pt": ["Escala de limpeza\nsegunda: «P1:g»\nquarta: «P2:g»\nsexta: «P3:g»"],
    "pl": ["Grafik dyżurów\npon: «P1»\nśr: «P2»\npt: «P3»"],
    "sv": ["Städschema\nvecka 12: «P1»\nvecka 13: «P2»\nvecka 14: «P3»"],
    "da": ["Rengøringsplan\nuge 12: «P1»\nuge 13: «P2»\nuge 14: «P3»"],
    "cs": ["Rozpis služeb\npondělí: «P1»\nstředa: «P2»\npátek: «P3»"],
}
T["poll"] = {
    "en": ["POLL: who's bringing what on Saturday?\n🍰 cake – «P1:g» (3)\n🥗 salad – «P2:g», «P3:g» (2)\n🍷 wine – «ORG» delivery (0)\n«TERM»: vote by Thursday",
           "Poll closed. Next chair: «P1» 12 votes, «P2» 9 votes, «FAMOUS» 1 (joke vote)."],
    "de": ["Umfrage: Wer kommt zum Grillen?\n✅ «P1:g»\n✅ «P2:g» «P2:s»\n❌ «P3:g»\nOrt: «STREET»-Park"],
    "fr": ["Sondage : qui vient samedi ?\n✅ «P1:g»\n✅ «P2»\n❌ «P3:g»"],
    "nl": ["Poll: wie komt er zaterdag?\n✅ «P1:g»\n✅ «P2»\n❌ «P3:g»"],
    "es": ["Encuesta: ¿quién viene el sábado?\n✅ «P1:g»\n✅ «P2»\n❌ «P3:g»"],
    "it": ["Sondaggio: chi viene sabato?\n✅ «P1:g»\n✅ «P2»\n❌ «P3:g»"],
    "pt": ["Sondagem: quem vem sábado?\n✅ «P1:g»\n✅ «P2»\n❌ «P3:g»"],
    "pl": ["Ankieta: kto przychodzi w sobotę?\n✅ «P1:g»\n✅ «P2»\n❌ «P3:g»"],
    "sv": ["Omröstning: vem kommer på lördag?\n✅ «P1:g»\n✅ «P2»"],
    "da": ["Afstemning: hvem kommer lørdag?\n✅ «P1:g»\n✅ «P2»"],
}
T["moving"] = {
    "en": ["Moving list\n- piano: «ORG» (Tue 8am)\n- kitchen boxes: «P1:g»\n- bikes: «P2»'s van\n- «PET»'s crate: me\n- keys to «P3» at «BUILDING»",
           "household jobs: «P1:g|low» – bins, «P2:g|low» – dishwasher, «P3:g|low» – walk «PET|low»"],
    "de": ["Umzugsliste\n- Klavier: «ORG»\n- Küche: «P1:g»\n- Keller: «P2»\n- Schlüssel an Hausverwaltung «P3»\n- neue Adresse: «ADDR»"],
    "fr": ["Liste déménagement\n- cartons cuisine : «P1:g»\n- camion : «ORG»\n- clés : «P2» (gardien)"],
    "nl": ["Verhuislijst\n- piano: «ORG»\n- keuken: «P1:g»\n- sleutels: «P2»"],
    "es": ["Lista mudanza\n- cajas cocina: «P1:g»\n- camión: «ORG»\n- llaves: «P2» (portera)"],
    "it": ["Lista trasloco\n- cucina: «P1:g»\n- furgone: «ORG»\n- chiavi: «P2» (portinaia)"],
    "pl": ["Lista przeprowadzki\n- kuchnia: «P1:g»\n- transport: «ORG»\n- klucze: «P2»"],
    "sv": ["Flyttlista\n- kök: «P1:g»\n- flyttbil: «ORG»\n- nycklar: «P2»"],
    "cs": ["Seznam ke stěhování\n- kuchyně: «P1:g»\n- auto: «ORG»\n- klíče: «P2»"],
    "tr": ["Taşınma listesi\n- mutfak: «P1:g»\n- kamyon: «ORG»\n- anahtar: «P2»"],
    "ro": ["Listă mutare\n- bucătărie: «P1:g»\n- transport: «ORG»\n- chei: «P2»"],
}
T["summons"] = {
    "en": ["IN THE COUNTY COURT AT «PLACE|up»\nClaim No. «CODE»\nClaimant: «P1»\nDefendant: «P2:SG»\nYou are summoned to attend on «DATE» at 10:00.\n«ROLE»: «P2»\nCourt officer: «P3»"],
    "de": ["LADUNG\nIn dem Rechtsstreit\n«P1» – Klägerin –\ngegen\n«P2:s|up», «P2:g» – Beklagter –\nwerden Sie zum Termin am «DATE» geladen.\nRichterin am Amtsgericht «P3»"],
    "fr": ["CITATION À COMPARAÎTRE\nDemandeur : «P1»\nDéfendeur : «P2:s|up» «P2:g»\nAudience du «DATE»\nLe greffier : «P3»"],
    "nl": ["DAGVAARDING\nEiser: «P1»\nGedaagde: «P2:s|up», «P2:g»\nZitting: «DATE»\nGriffier: «P3»"],
    "es": ["CITACIÓN\nDemandante: «P1»\nDemandado: «P2:s|up», «P2:g»\nVista: «DATE»\nLetrada: «P3»"],
    "it": ["ATTO DI CITAZIONE\nAttore: «P1»\nConvenuto: «P2:s|up» «P2:g»\nUdienza: «DATE»\nCancelliere: «P3»"],
    "pt": ["CITAÇÃO\nAutor: «P1»\nRéu: «P2:s|up», «P2:g»\nAudiência: «DATE»"],
    "pl": ["WEZWANIE\nPowód: «P1»\nPozwany: «P2:s|up» «P2:g»\nRozprawa: «DATE»\nSędzia: «P3»"],
    "cs": ["PŘEDVOLÁNÍ\nŽalobce: «P1»\nŽalovaný: «P2:s|up» «P2:g»\nJednání: «DATE»"],
    "ro": ["CITAȚIE\nReclamant: «P1»\nPârât: «P2:s|up» «P2:g»\nTermen: «DATE»"],
    "tr": ["DAVETİYE\nDavacı: «P1»\nDavalı: «P2:s|up» «P2:g»\nDuruşma: «DATE»"],
}
T["visaform"] = {
    "en": ["VISA APPLICATION FORM\n1. Surname: «P1:s|up»\n2. Surname at birth: «P2:s|up»\n3. First name(s): «P1:g|up»\n4. Date of birth: «DOB»\n5. Place of birth: «PLACE|up»\n19. Host: «P3:s|up», «P3:g|up»\n«ROLE»: n/a",
           "TAX RETURN 2024\nTaxpayer: «P1:s|up» «P1:g|up»\nSpouse: «P2:s|up» «P2:g|up»\nEmployer: «ORG|up»\nAdviser: «P3»"],
    "de": ["ANTRAG AUF ERTEILUNG EINES VISUMS\nFamilienname: «P1:s|up»\nVorname(n): «P1:g|up»\nGeburtsdatum: «DOB»\nGastgeber: «P2:s|up», «P2:g|up»",
           "EINKOMMENSTEUERERKLÄRUNG\nSteuerpflichtige Person: «P1:s|up», «P1:g|up»\nEhegatte: «P2:s|up», «P2:g|up»\nArbeitgeber: «ORG|up»"],
    "fr": ["DEMANDE DE VISA\nNom : «P1:s|up»\nPrénom(s) : «P1:g|up»\nDate de naissance : «DOB»\nHébergeant : «P2:s|up» «P2:g|up»"],
    "nl": ["AANVRAAG VISUM\nAchternaam: «P1:s|up»\nVoornamen: «P1:g|up»\nGeboortedatum: «DOB»\nReferent: «P2:s|up» «P2:g|up»"],
    "es": ["SOLICITUD DE VISADO\nApellidos: «P1:s|up»\nNombre: «P1:g|up»\nFecha de nacimiento: «DOB»\nAnfitrión: «P2:s|up» «P2:g|up»"],
    "it": ["DOMANDA DI VISTO\nCognome: «P1:s|up»\nNome: «P1:g|up»\nData di nascita: «DOB»\nOspitante: «P2:s|up» «P2:g|up»"],
    "pt": ["PEDIDO DE VISTO\nApelido: «P1:s|up»\nNome próprio: «P1:g|up»\nData de nascimento: «DOB»"],
    "pl": ["WNIOSEK WIZOWY\nNazwisko: «P1:s|up»\nImię: «P1:g|up»\nData urodzenia: «DOB»\nZapraszający: «P2:s|up» «P2:g|up»"],
    "sv": ["ANSÖKAN OM VISUM\nEfternamn: «P1:s|up»\nFörnamn: «P1:g|up»\nFödelsedatum: «DOB»"],
    "da": ["ANSØGNING OM VISUM\nEfternavn: «P1:s|up»\nFornavn: «P1:g|up»\nFødselsdato: «DOB»"],
    "cs": ["ŽÁDOST O VÍZUM\nPříjmení: «P1:s|up»\nJméno: «P1:g|up»\nDatum narození: «DOB»"],
    "tr": ["VİZE BAŞVURU FORMU\nSoyadı: «P1:s|up»\nAdı: «P1:g|up»\nDoğum tarihi: «DOB»"],
    "ro": ["CERERE DE VIZĂ\nNume: «P1:s|up»\nPrenume: «P1:g|up»\nData nașterii: «DOB»"],
}
T["payslip"] = {
    "en": ["PAYSLIP – March\nEmployer: «ORG»\nEmployee: «P1:s|up» «P1:g|up»   No. 0042\nManager: «P2»\nNet pay: £2,104.55\n«TERM»: pension auto-enrolled"],
    "de": ["Entgeltabrechnung März\nFirma: «ORG»\nMitarbeiterin: «P1:s|up», «P1:g»\nPersonalnr. 1187  Steuerklasse I\nSachbearbeitung: «P2»"],
    "fr": ["BULLETIN DE PAIE\nEmployeur : «ORG»\nSalarié : «P1:s|up» «P1:g»\nEmploi : vendeuse\nNet à payer : 1 612,40 €"],
    "nl": ["LOONSTROOK maart\nWerkgever: «ORG»\nWerknemer: «P1:s|up», «P1:g»\nNetto: € 2.310,12"],
    "es": ["NÓMINA marzo\nEmpresa: «ORG»\nTrabajador: «P1:s|up», «P1:g»\nLíquido: 1.480,00 €"],
    "it": ["BUSTA PAGA marzo\nAzienda: «ORG»\nDipendente: «P1:s|up» «P1:g»\nNetto: 1.650,00 €"],
    "pt": ["RECIBO DE VENCIMENTO\nEntidade: «ORG»\nTrabalhador: «P1:s|up» «P1:g»\nLíquido: 1.120,00 €"],
    "pl": ["PASEK WYPŁATY\nPracodawca: «ORG»\nPracownik: «P1:s|up» «P1:g»\nNetto: 4 210,00 zł"],
    "sv": ["LÖNESPECIFIKATION\nArbetsgivare: «ORG»\nAnställd: «P1:s|up» «P1:g»\nNetto: 24 310 kr"],
    "da": ["LØNSEDDEL\nArbejdsgiver: «ORG»\nMedarbejder: «P1:s|up» «P1:g»\nUdbetalt: 21.480 kr."],
    "cs": ["VÝPLATNÍ PÁSKA\nZaměstnavatel: «ORG»\nZaměstnanec: «P1:s|up» «P1:g»\nČistá mzda: 32 410 Kč"],
    "tr": ["MAAŞ BORDROSU\nİşveren: «ORG»\nPersonel: «P1:s|up» «P1:g»\nNet: 28.400 TL"],
    "ro": ["FLUTURAȘ SALARIU\nAngajator: «ORG»\nAngajat: «P1:s|up» «P1:g»\nNet: 4.210 lei"],
}
T["transfer"] = {
    "en": ["Payment confirmation\nFrom: «P1:s|up» «P1:g|up»\nTo: «P2»\nReference: rent June flat 3\nAmount: £850.00\nBank: «ORG»",
           "Standing order set up – payee «ORG», ref «CODE», amount £40.00; payer «P1»."],
    "de": ["Überweisung\nAuftraggeber: «P1:s|up» «P1:g|up»\nEmpfänger: «P2»\nVerwendungszweck: Miete Juni «CODE»\nBetrag: 850,00 EUR",
           "SEPA-Lastschrift «ORG» – Mandat «CODE» – Kontoinhaberin «P1»"],
    "fr": ["Virement émis\nDonneur d'ordre : «P1:s|up» «P1:g|up»\nBénéficiaire : «P2»\nMotif : loyer juin"],
    "nl": ["Overboeking\nVan: «P1:s|up» «P1:g|up»\nNaar: «P2»\nOmschrijving: huur juni\nBedrag: € 950,00"],
    "es": ["Transferencia\nOrdenante: «P1:s|up» «P1:g|up»\nBeneficiario: «P2»\nConcepto: alquiler junio"],
    "it": ["Bonifico\nOrdinante: «P1:s|up» «P1:g|up»\nBeneficiario: «P2»\nCausale: affitto giugno"],
    "pt": ["Transferência\nOrdenante: «P1:s|up» «P1:g|up»\nBeneficiário: «P2»\nDescritivo: renda junho"],
    "pl": ["Przelew\nNadawca: «P1:s|up» «P1:g|up»\nOdbiorca: «P2»\nTytuł: czynsz czerwiec"],
    "sv": ["Betalning\nAvsändare: «P1:s|up» «P1:g|up»\nMottagare: «P2»\nMeddelande: hyra juni"],
    "da": ["Overførsel\nAfsender: «P1:s|up» «P1:g|up»\nModtager: «P2»\nTekst: husleje juni"],
    "cs": ["Převod\nPlátce: «P1:s|up» «P1:g|up»\nPříjemce: «P2»\nZpráva: nájem červen"],
    "tr": ["Havale\nGönderen: «P1:s|up» «P1:g|up»\nAlıcı: «P2»\nAçıklama: haziran kirası"],
    "ro": ["Transfer\nPlătitor: «P1:s|up» «P1:g|up»\nBeneficiar: «P2»\nDetalii: chirie iunie"],
}
T["utility"] = {
    "en": ["«ORG» Energy – Your bill\nAccount holder: «P1:s|up» «P1:g»\nSupply address: «ADDR»\nMeter read by «P2» on «DATE»"],
    "de": ["Stromrechnung\nKundin: «P1»\nLieferanschrift: «ADDR»\nAblesung: «DATE» durch Stadtwerke «PLACE»"],
    "fr": ["Facture d'électricité\nTitulaire : «P1:s|up» «P1:g»\nAdresse : «ADDR»\nRelevé du «DATE»"],
    "nl": ["Energierekening\nKlant: «P1»\nAdres: «ADDR»\nMeterstand: «DATE»"],
    "es": ["Factura de la luz\nTitular: «P1:s|up» «P1:g»\nDirección: «ADDR»"],
    "it": ["Bolletta luce\nIntestatario: «P1:s|up» «P1:g»\nIndirizzo: «ADDR»"],
    "pt": ["Fatura da água\nTitular: «P1:s|up» «P1:g»\nMorada: «ADDR»"],
    "pl": ["Rachunek za prąd\nOdbiorca: «P1:s|up» «P1:g»\nAdres: «ADDR»"],
    "cs": ["Vyúčtování elektřiny\nOdběratel: «P1»\nAdresa: «ADDR»"],
}
T["carsale"] = {
    "en": ["VEHICLE SALE AGREEMENT\n«ROLE»: «P1», «ADDR»\nBuyer: «P2»\nVehicle: «PRODUCT», reg. «CODE»\nPrice: £4,200\nSigned «DATE»",
           "RENTAL AGREEMENT «CODE»\nMain driver: «P1:s|up», «P1:g|up»\nAdditional driver: «P2:s|up», «P2:g|up»\nCar: «PRODUCT» or similar\nPick-up: «PLACE» Airport"],
    "de": ["KAUFVERTRAG über ein gebrauchtes Kraftfahrzeug\n«ROLE»: «P1», «ADDR»\nKäufer: «P2»\nFahrzeug: «PRODUCT»\nKaufpreis: 6.500 EUR"],
    "fr": ["CERTIFICAT DE CESSION\nVendeur : «P1:s|up» «P1:g»\nAcheteur : «P2:s|up» «P2:g»\nVéhicule : «PRODUCT»"],
    "nl": ["KOOPOVEREENKOMST auto\nVerkoper: «P1»\nKoper: «P2»\nAuto: «PRODUCT»"],
    "es": ["CONTRATO DE COMPRAVENTA DE VEHÍCULO\nVendedor: «P1»\nComprador: «P2»\nVehículo: «PRODUCT»"],
    "it": ["CONTRATTO DI VENDITA VEICOLO\nVenditore: «P1»\nAcquirente: «P2»\nVeicolo: «PRODUCT»"],
    "pt": ["CONTRATO DE COMPRA E VENDA\nVendedor: «P1»\nComprador: «P2»\nViatura: «PRODUCT»"],
    "pl": ["UMOWA KUPNA-SPRZEDAŻY SAMOCHODU\nSprzedający: «P1»\nKupujący: «P2»\nPojazd: «PRODUCT»"],
    "sv": ["KÖPEAVTAL BIL\nSäljare: «P1»\nKöpare: «P2»\nBil: «PRODUCT»"],
    "da": ["SLUTSEDDEL BIL\nSælger: «P1»\nKøber: «P2»\nBil: «PRODUCT»"],
    "cs": ["KUPNÍ SMLOUVA NA VOZIDLO\nProdávající: «P1»\nKupující: «P2»\nVozidlo: «PRODUCT»"],
    "tr": ["ARAÇ SATIŞ SÖZLEŞMESİ\nSatıcı: «P1»\nAlıcı: «P2»\nAraç: «PRODUCT»"],
    "ro": ["CONTRACT DE VÂNZARE-CUMPĂRARE AUTO\nVânzător: «P1»\nCumpărător: «P2»\nAutovehicul: «PRODUCT»"],
}
T["hotel"] = {
    "en": ["In-house guests 14/06\nRm 101  «P1:s|up»/«P1:g|up» MR   2 ad\nRm 204  «P2:SG»   1 ad  VIP\nRm 310  «ORG» group (12)\nRm 402  «P3:sg»   late arr.",
           "Guest list – «BUILDING» B&B\n«P1» (2 nights)\n«P2» + «P3:g» (honeymoon)\nFlowers from «ORG» to room 5"],
    "de": ["Gästeliste Hotel «BUILDING»\nZi. 12: «P1:sg»\nZi. 14: «P2:sg»\nZi. 21: Reisegruppe «ORG»"],
    "fr": ["Liste des clients – chambre 3 : «P1:s|up» «P1:g», chambre 7 : «P2:s|up» «P2:g»; groupe «ORG» en 12"],
    "nl": ["Gastenlijst: kamer 2 «P1», kamer 5 «P2», groep «ORG»"],
    "es": ["Huéspedes: hab. 101 «P1:s|up», «P1:g»; hab. 204 «P2:s|up», «P2:g»; grupo «ORG»"],
    "it": ["Ospiti: cam. 12 «P1:s|up» «P1:g»; cam. 15 «P2:s|up» «P2:g»; gruppo «ORG»"],
    "pt": ["Hóspedes: quarto 3 «P1»; quarto 8 «P2»; grupo «ORG»"],
    "pl": ["Goście: pok. 12 «P1:s|up» «P1:g»; pok. 15 «P2»; grupa «ORG»"],
    "cs": ["Hosté: pokoj 12 «P1:s|up» «P1:g»; pokoj 14 «P2»; skupina «ORG»"],
    "tr": ["Misafir listesi: oda 101 «P1:s|up» «P1:g»; oda 204 «P2»; grup «ORG»"],
}
T["booking"] = {
    "en": ["Booking confirmed ✔\nName: «P1»\nParty: 4\nTime: Fri 19:30\nRestaurant: «ORG»\nNote: birthday, cake for «P2:g»",
           "hi, table for 6 under «P1:s|low» please, sat 8pm. «P2:g|low» is vegan. thx"],
    "de": ["Reservierung\nName: «P1»\nPersonen: 5\nSa 19:00, «ORG»\nAnmerkung: Geburtstag von «P2:g»"],
    "fr": ["Réservation\nNom : «P1»\nCouverts : 4\nsamedi 20h, «ORG»\nRemarque : anniversaire de «P2:g»"],
    "nl": ["Reservering\nNaam: «P1»\nPersonen: 4\nza 19:00 «ORG»"],
    "es": ["Reserva\nNombre: «P1»\nComensales: 6\nsábado 21:30, «ORG»"],
    "it": ["Prenotazione\nNome: «P1»\nCoperti: 4\nsabato 20:30, «ORG»"],
    "pt": ["Reserva\nNome: «P1»\nPessoas: 4\nsábado 20h, «ORG»"],
    "pl": ["Rezerwacja\nNazwisko: «P1»\nOsób: 4\nsobota 19:00, «ORG»"],
    "sv": ["Bokning\nNamn: «P1»\nAntal: 4\nlördag 19:00, «ORG»"],
    "da": ["Booking\nNavn: «P1»\nAntal: 4\nlørdag kl. 19, «ORG»"],
    "cs": ["Rezervace\nJméno: «P1»\nOsob: 4\nsobota 19:00, «ORG»"],
    "tr": ["Rezervasyon\nİsim: «P1»\nKişi: 4\ncumartesi 20:00, «ORG»"],
    "ro": ["Rezervare\nNume: «P1»\nPersoane: 4\nsâmbătă 20:00, «ORG»"],
}
T["tickets"] = {
    "en": ["order_id,first_name,last_name,event,seat\n10231,«P1:g»,«P1:s»,«FAMOUS» Live,B12\n10232,«P2:g»,«P2:s»,«FAMOUS» Live,B13\n10233,«P3:g»,«P3:s»,«ORG» Gala,T4",
           "Ticket | Holder | Event\n«CODE» | «P1» | «FAMOUS» tribute night\n«CODE» | «P2» | «FAMOUS» tribute night"],
    "de": ["Bestellnr;Vorname;Nachname;Veranstaltung\n5501;«P1:g»;«P1:s»;«FAMOUS» – Abschiedstour\n5502;«P2:g»;«P2:s»;Kabarett im «BUILDING»"],
    "fr": ["commande;prénom;nom;spectacle\n881;«P1:g»;«P1:s»;Hommage à «FAMOUS»\n882;«P2:g»;«P2:s»;Hommage à «FAMOUS»"],
    "nl": ["bestelling;voornaam;achternaam;voorstelling\n7781;«P1:g»;«P1:s»;«FAMOUS» tribute"],
    "es": ["pedido;nombre;apellidos;evento\n401;«P1:g»;«P1:s»;Homenaje a «FAMOUS»"],
    "it": ["ordine;nome;cognome;evento\n301;«P1:g»;«P1:s»;Omaggio a «FAMOUS»"],
    "pl": ["zamówienie;imię;nazwisko;wydarzenie\n221;«P1:g»;«P1:s»;Koncert «FAMOUS»"],
    "cs": ["objednávka;jméno;příjmení;akce\n118;«P1:g»;«P1:s»;Koncert «FAMOUS»"],
}
T["vcard"] = {
    "en": ["BEGIN:VCARD\nVERSION:3.0\nN:«P1:s»;«P1:g»;;;\nFN:«P1»\nORG:«ORG»\nTITLE:Office Manager\nEMAIL:«P1:mail»\nEND:VCARD",
           "--\n«P1»\nSenior Estate Agent | «ORG»\n«BUILDING», «STREET»\nM «PHONE»"],
    "de": ["--\n«GREET»\n«P1»\nTeamleitung Vertrieb\n«ORG»\n«P1:mail»",
           "BEGIN:VCARD\nN:«P1:s»;«P1:g»\nFN:«P1»\nORG:«ORG»\nEND:VCARD"],
    "fr": ["--\n«GREET»,\n«P1»\nResponsable d'agence – «ORG»\n«PHONE»"],
    "nl": ["--\n«GREET»,\n«P1»\nMakelaar | «ORG»\n«PHONE»"],
    "es": ["--\n«GREET»,\n«P1»\nGerente – «ORG»\n«PHONE»"],
    "it": ["--\n«GREET»\n«P1»\nTitolare – «ORG»\n«PHONE»"],
    "pt": ["--\n«GREET»,\n«P1»\nDiretora – «ORG»\n«PHONE»"],
    "pl": ["--\n«GREET»\n«P1»\nKierownik biura – «ORG»\n«PHONE»"],
    "sv": ["--\n«GREET»\n«P1»\nVD, «ORG»\n«PHONE»"],
    "da": ["--\n«GREET»\n«P1»\nIndehaver, «ORG»\n«PHONE»"],
    "cs": ["--\n«GREET»\n«P1»\njednatel, «ORG»\n«PHONE»"],
    "tr": ["--\n«GREET»\n«P1»\nMüdür, «ORG»\n«PHONE»"],
    "ro": ["--\n«GREET»,\n«P1»\nAdministrator, «ORG»\n«PHONE»"],
}
T["orgchart"] = {
    "en": ["Org chart (Q3)\nCEO – «P1»\n├── CFO – «P2»\n│   └── Payroll – «P3»\n└── COO – «P4»\n    └── Facilities – «ORG» (outsourced)",
           "DIRECTORS\n«P1» (Finance)\n«P2» (Ops)\nSECRETARY: «ORG» Services"],
    "de": ["Organigramm\nGeschäftsführung: «P1»\n├─ Vertrieb: «P2»\n├─ Buchhaltung: «P3»\n└─ Reinigung: «ORG»"],
    "fr": ["Organigramme\nDirection : «P1»\n├─ Comptabilité : «P2»\n└─ Entretien : «ORG»"],
    "nl": ["Organogram\nDirectie: «P1»\n├─ Financiën: «P2»\n└─ Schoonmaak: «ORG»"],
    "es": ["Organigrama\nDirección: «P1»\n├─ Finanzas: «P2»\n└─ Limpieza: «ORG»"],
    "it": ["Organigramma\nDirezione: «P1»\n├─ Amministrazione: «P2»\n└─ Pulizie: «ORG»"],
    "pl": ["Schemat organizacyjny\nPrezes: «P1»\n├─ Finanse: «P2»\n└─ Sprzątanie: «ORG»"],
    "sv": ["Organisationsschema\nVD: «P1»\n├─ Ekonomi: «P2»\n└─ Städ: «ORG»"],
    "tr": ["Organizasyon şeması\nGenel Müdür: «P1»\n├─ Finans: «P2»\n└─ Temizlik: «ORG»"],
}
T["phonebook"] = {
    "en": ["«P1:sg» ........ «TEL:0113 496 0231»\n«P2:sg» ........ «TEL:0113 496 0744»\n«ORG» .......... «TEL:0113 496 0100»\n«P3:sg» ........ «TEL:0113 496 0912»"],
    "de": ["«P1:s» «P1:g» ..... «TEL:0221 4711 23»\n«ORG» ..... «TEL:0221 4711 00»\n«P2:s» «P2:g» ..... «TEL:0221 4711 87»"],
    "fr": ["«P1:s|up» «P1:g» ... «TEL:04 72 10 22 31»\n«ORG» ... «TEL:04 72 10 22 00»\n«P2:s|up» «P2:g» ... «TEL:04 72 10 22 95»"],
    "nl": ["«P1:s», «P1:g» ... «TEL:030 231 0231»\n«ORG» ... «TEL:030 231 0000»"],
    "es": ["«P1:s», «P1:g» ... «TEL:954 21 02 31»\n«ORG» ... «TEL:954 21 00 00»"],
    "it": ["«P1:s|up» «P1:g» ... «TEL:051 231 022»\n«ORG» ... «TEL:051 231 000»"],
    "pl": ["«P1:s» «P1:g» ... «TEL:12 421 02 31»\n«ORG» ... «TEL:12 421 00 00»"],
    "sv": ["«P1:s» «P1:g» ... «TEL:018-23 10 23»\n«ORG» ... «TEL:018-23 10 00»"],
    "da": ["«P1:s» «P1:g» ... «TEL:86 12 02 31»\n«ORG» ... «TEL:86 12 00 00»"],
    "cs": ["«P1:s» «P1:g» ... «TEL:543 210 231»\n«ORG» ... «TEL:543 210 000»"],
}
T["slack"] = {
    "en": ['[{"ts":"1718000000.0001","user":"U02AB","user_profile":{"real_name":"«P1»","display_name":"«P1:g|low»"},"text":"can someone cover my shift, «P2:g»?"},\n {"ts":"1718000060.0002","user":"U03CD","user_profile":{"real_name":"«P2»"},"text":"sure, ping «P3:g|low» too"}]',
           "«P1:g|low».«P1:s|low»  10:02 AM\nlunch at «ORG|low»? «P2:g|low» is in\n«P2:g|low»  10:04 AM\nyes!! bring «P3:g|low»"],
    "de": ['{"user_name":"«P1:g|low»","real_name":"«P1»","text":"@«P2:g|low» kannst du die Schicht tauschen?","channel":"#team-«PLACE|low»"}'],
    "fr": ['{"real_name":"«P1»","text":"@«P2:g|low» tu peux prendre ma garde samedi ?"}'],
    "nl": ['{"real_name":"«P1»","text":"@«P2:g|low» kan jij zaterdag?"}'],
    "es": ['{"real_name":"«P1»","text":"@«P2:g|low» ¿me cubres el sábado?"}'],
    "pl": ['{"real_name":"«P1»","text":"@«P2:g|low» możesz wziąć sobotę?"}'],
    "sv": ['{"real_name":"«P1»","text":"@«P2:g|low» kan du ta lördag?"}'],
}
T["github"] = {
    "en": ["### Bug: export fails for names with accents\nReported by «P1» (@«P1:g|low»«P1:s|low»)\nSteps: add a contact named «P2», click Export.\nAssignee: «P3»\nLabels: bug\ncc @«P4:g|low»",
           "Thanks «P1:g»! Merged. Release notes credit «P1» and «P2». (Not related to the «FAMOUS» issue.)"],
    "de": ["## Fehler beim Import\nGemeldet von «P1». Kunde «P2» sieht falsche Umlaute. Zugewiesen: «P3»"],
    "fr": ["## Bogue à l'import\nSignalé par «P1». Assigné à «P2»."],
    "nl": ["## Fout bij import\nGemeld door «P1». Toegewezen aan «P2»."],
    "es": ["## Error al importar\nReportado por «P1». Asignado a «P2»."],
    "pt": ["## Erro na importação\nReportado por «P1». Atribuído a «P2»."],
    "pl": ["## Błąd importu\nZgłosił(a): «P1». Przypisano: «P2»."],
}
T["commit"] = {
    "en": ["fix(export): keep diacritics in CSV\n\nReported-by: «P1» <«P1:mail»>\nCo-authored-by: «P2» <«P2:mail»>\nSigned-off-by: «P3» <«P3:mail»>",
           "Merge pull request #412 from «P1:g|low»/fix-dates\n\nReviewed-by: «P2»\nTested-by: «P3»"],
    "de": ["Behebe Rundungsfehler\n\nCo-authored-by: «P1» <«P1:mail»>\nSigned-off-by: «P2» <«P2:mail»>"],
    "fr": ["Corrige l'arrondi\n\nCo-authored-by: «P1» <«P1:mail»>"],
    "pl": ["Poprawka zaokrągleń\n\nCo-authored-by: «P1» <«P1:mail»>"],
    "cs": ["Oprava zaokrouhlení\n\nSigned-off-by: «P1» <«P1:mail»>"],
    "tr": ["Yuvarlama hatası düzeltildi\n\nCo-authored-by: «P1» <«P1:mail»>"],
}
T["sqlfix"] = {
    "en": ["INSERT INTO members (id, first_name, last_name, club) VALUES\n  (1, '«P1:g»', '«P1:s»', '«ORG»'),\n  (2, '«P2:g»', '«P2:s»', '«ORG»'),\n  (3, '«P3:g»', '«P3:s»', NULL);",
           "-- seed\nINSERT INTO landlords (name, agency) VALUES ('«P1»', '«ORG»');\nINSERT INTO pets (name, owner) VALUES ('«PET»', '«P1»');"],
    "de": ["INSERT INTO kunden (vorname, nachname, ort) VALUES ('«P1:g»', '«P1:s»', '«PLACE»'), ('«P2:g»', '«P2:s»', '«PLACE»');"],
    "fr": ["INSERT INTO clients (prenom, nom, ville) VALUES ('«P1:g»', '«P1:s»', '«PLACE»');"],
    "nl": ["INSERT INTO klanten (voornaam, achternaam, plaats) VALUES ('«P1:g»', '«P1:s»', '«PLACE»');"],
    "es": ["INSERT INTO clientes (nombre, apellidos, ciudad) VALUES ('«P1:g»', '«P1:s»', '«PLACE»');"],
    "it": ["INSERT INTO clienti (nome, cognome, citta) VALUES ('«P1:g»', '«P1:s»', '«PLACE»');"],
    "pl": ["INSERT INTO klienci (imie, nazwisko, miasto) VALUES ('«P1:g»', '«P1:s»', '«PLACE»');"],
    "tr": ["INSERT INTO musteriler (ad, soyad, sehir) VALUES ('«P1:g»', '«P1:s»', '«PLACE»');"],
}
T["logline"] = {
    "en": ['2024-06-11T09:14:02Z INFO booking.created guest="«P1»" party=4 venue="«ORG»"\n2024-06-11T09:14:05Z WARN payment.retry payer="«P2»" ref=«CODE»',
           "[auth] login ok user=«P1:g|low».«P1:s|low» name=\"«P1»\" ip=10.0.0.12\n[auth] login failed user=admin"],
    "de": ['2024-06-11 09:14:02 INFO Termin angelegt: Patientin="«P1»" Ärztin="«P2»" Praxis="«ORG»"'],
    "fr": ['2024-06-11 09:14:02 INFO rdv créé client="«P1»" agence="«ORG»"'],
    "nl": ['2024-06-11 09:14:02 INFO afspraak klant="«P1»" makelaar="«ORG»"'],
    "es": ['2024-06-11 09:14:02 INFO cita cliente="«P1»" tienda="«ORG»"'],
    "it": ['2024-06-11 09:14:02 INFO appuntamento cliente="«P1»" negozio="«ORG»"'],
    "pl": ['2024-06-11 09:14:02 INFO wizyta klient="«P1»" firma="«ORG»"'],
    "ro": ['2024-06-11 09:14:02 INFO programare client="«P1»" firma="«ORG»"'],
}
T["listing"] = {
    "en": ["3-bed semi, «STREET» area, walking distance to «BUILDING». Viewings Sat 11:00–13:00 with «P1» of «ORG». Vendor «P2» is flexible on completion.",
           "Viewing feedback: «P1» and partner «P2:g» liked the garden; thought «STREET» too busy. Agent: «P3»."],
    "de": ["Helle 3-Zimmer-Wohnung nahe «STREET», Besichtigung am Samstag mit «P1» von «ORG». Eigentümerin: «P2»",
           "Besichtigungsprotokoll: Interessenten «P1» und «P2»; Makler «ORG»; Ansprechpartner «P3»"],
    "fr": ["T3 lumineux près de la «STREET», visite samedi avec «P1» de l'agence «ORG». Propriétaire : «P2»"],
    "nl": ["Ruim appartement aan de «STREET». Bezichtiging za met «P1» van «ORG». Verkoper: «P2»"],
    "es": ["Piso reformado en «STREET». Visitas el sábado con «P1» de «ORG». Propietaria: «P2»"],
    "it": ["Trilocale in «STREET». Visite sabato con «P1» di «ORG». Proprietario: «P2»"],
    "pt": ["T2 renovado na «STREET». Visitas sábado com «P1» da «ORG». Proprietário: «P2»"],
    "pl": ["Mieszkanie 3-pokojowe przy «STREET». Oglądanie w sobotę z «P1» z «ORG». Właściciel: «P2»"],
    "sv": ["Trea vid «STREET». Visning lördag med «P1» från «ORG». Säljare: «P2»"],
    "da": ["Lejlighed ved «STREET». Fremvisning lørdag med «P1» fra «ORG». Sælger: «P2»"],
    "cs": ["Byt 3+1 u «STREET». Prohlídka v sobotu s «P1» z «ORG». Majitel: «P2»"],
    "tr": ["«STREET» yakınında 3+1 daire. Cumartesi «P1» ile gösterim, «ORG». Mal sahibi: «P2»"],
    "ro": ["Apartament 3 camere lângă «STREET». Vizionare sâmbătă cu «P1» de la «ORG». Proprietar: «P2»"],
}
T["deed"] = {
    "en": ["THIS DEED is made on «DATE» BETWEEN (1) «P1:s|up» «P1:g|up» of «ADDR» (the «ROLE») and (2) «P2:s|up» «P2:g|up» (the Buyer).\nWitness: «P3», solicitor, «ORG»"],
    "de": ["UR-Nr. 412/2024\nVor mir, dem Notar «P1» mit dem Amtssitz in «PLACE», erschienen heute:\n1. Frau «P2», geb. «P3:s», geboren am «DOB»,\n2. Herr «P4», geboren am «DOB»,\n– nachstehend «ROLE» genannt –"],
    "fr": ["Par-devant Maître «P1», notaire à «PLACE», ont comparu :\nMadame «P2:s|up» «P2:g», née le «DOB»,\nci-après dénommée “«ROLE»”,\net Monsieur «P3:s|up» «P3:g»."],
    "nl": ["Heden, «DATE», verschenen voor mij, mr. «P1», notaris te «PLACE»:\n1. de heer «P2», geboren op «DOB»;\n2. mevrouw «P3».\nHierna te noemen: «ROLE»."],
    "es": ["En «PLACE», a «DATE». Ante mí, «P1», Notario, COMPARECEN:\nDoña «P2», nacida el «DOB», y Don «P3».\nEn adelante «ROLE»."],
    "it": ["Repertorio n. 1234. Innanzi a me, dott. «P1», notaio in «PLACE», sono comparsi: «P2», nato il «DOB», e «P3». Di seguito «ROLE»."],
    "pt": ["No Cartório Notarial de «PLACE», perante mim, «P1», notária, compareceram: «P2», nascida em «DOB», e «P3». Doravante «ROLE»."],
    "pl": ["Akt notarialny. Przed notariuszem «P1» w «PLACE» stawili się: «P2», ur. «DOB», oraz «P3». Zwani dalej «ROLE»."],
    "cs": ["Notářský zápis. Před notářkou «P1» v «PLACE» se dostavili: «P2», nar. «DOB», a «P3»."],
    "ro": ["Încheiere de autentificare. În fața notarului public «P1» din «PLACE» s-au prezentat: «P2», născut la «DOB», și «P3»."],
    "tr": ["Noter huzurunda «PLACE»'da «P1» (noter) önünde: «P2», doğum tarihi «DOB», ve «P3» hazır bulundu."],
}
T["register"] = {
    "en": ["Register of members – «ORG» Ltd\nNo. | Name | Shares | Date\n1 | «P1» | 500 | «DATE»\n2 | «P2» | 250 | «DATE»\n3 | «ORG» (nominee) | 250 | «DATE»",
           "Title register: proprietor(s) «P1:s|up», «P1:g|up» and «P2:s|up», «P2:g|up» of «BUILDING», «STREET»."],
    "de": ["Handelsregister B\nFirma: «ORG»\nGeschäftsführer: «P1», «PLACE», *«DOB»\nProkura: «P2»",
           "Gesellschafterliste «ORG»\nlfd. Nr. 1: «P1», Anteil 12.500 EUR\nlfd. Nr. 2: «P2», Anteil 12.500 EUR"],
    "fr": ["Registre des bénéficiaires effectifs – «ORG»\n«P1:s|up» «P1:g», 60 %\n«P2:s|up» «P2:g», 40 %"],
    "nl": ["Aandeelhoudersregister «ORG»\n1. «P1» – 60 aandelen\n2. «P2» – 40 aandelen"],
    "es": ["Libro registro de socios – «ORG»\n1. «P1», 60 %\n2. «P2», 40 %"],
    "it": ["Libro soci «ORG»\n1. «P1» – 60%\n2. «P2» – 40%"],
    "pl": ["Księga udziałów «ORG»\n1. «P1» – 60 udziałów\n2. «P2» – 40 udziałów"],
    "sv": ["Aktiebok «ORG»\n1. «P1» – 600 aktier\n2. «P2» – 400 aktier"],
    "da": ["Ejerbog «ORG»\n1. «P1» – 60 %\n2. «P2» – 40 %"],
    "cs": ["Seznam společníků «ORG»\n1. «P1» – 60 %\n2. «P2» – 40 %"],
}
T["board"] = {
    "en": ["MINUTES OF THE BOARD – «DATE»\n«TERM»: «P1» (Chair), «P2», «P3»\nApologies: «P4»\nRESOLVED that «P5» be appointed company secretary.\nMeeting held at «BUILDING».",
           "Written resolution of the directors of «ORG»: we, «P1» and «P2», approve the lease of «BUILDING»."],
    "de": ["Protokoll der Vorstandssitzung vom «DATE»\nAnwesend: «P1» (Vorsitz), «P2», «P3»\nBeschluss: «P4» wird zur Kassenprüferin gewählt."],
    "fr": ["Procès-verbal du conseil du «DATE»\nPrésents : «P1» (président), «P2»\nRésolution : «P3» est nommée trésorière."],
    "nl": ["Notulen bestuursvergadering «DATE»\nAanwezig: «P1» (vz), «P2»\nBesluit: «P3» wordt penningmeester."],
    "es": ["Acta del consejo de «DATE»\nAsistentes: «P1» (presidente), «P2»\nAcuerdo: se nombra secretaria a «P3»."],
    "it": ["Verbale del CdA del «DATE»\nPresenti: «P1» (presidente), «P2»\nDelibera: «P3» è nominata segretaria."],
    "pt": ["Ata da reunião de «DATE»\nPresentes: «P1» (presidente), «P2»\nDeliberação: «P3» é nomeada secretária."],
    "pl": ["Protokół zarządu z «DATE»\nObecni: «P1» (prezes), «P2»\nUchwała: «P3» zostaje sekretarzem."],
    "sv": ["Styrelseprotokoll «DATE»\nNärvarande: «P1» (ordf.), «P2»\nBeslut: «P3» väljs till sekreterare."],
    "da": ["Bestyrelsesreferat «DATE»\nTil stede: «P1» (formand), «P2»\nBeslutning: «P3» vælges som sekretær."],
    "cs": ["Zápis z představenstva «DATE»\nPřítomni: «P1» (předseda), «P2»\nUsnesení: «P3» jmenována tajemnicí."],
    "ro": ["Proces-verbal CA «DATE»\nPrezenți: «P1» (președinte), «P2»\nHotărâre: «P3» este numită secretar."],
}
T["kyc"] = {
    "en": ["KYC review «CODE»\nCustomer: «P1:s|up», «P1:g»\nDOB: «DOB»\nPEP check: negative (no match to «FAMOUS»)\nUBO: «P2»\nSource of funds: sale of «BUILDING»\nAnalyst: «P3»",
           "AML note: incoming transfer from «ORG» for «P1»; beneficiary «P2» is her brother. Closed by «P3:in»."],
    "de": ["KYC-Prüfung\nKundin: «P1», geb. «DOB»\nPEP: nein\nWirtschaftlich Berechtigter: «P2»\nBearbeiter: «P3»"],
    "fr": ["Dossier KYC\nClient : «P1:s|up» «P1:g», né le «DOB»\nBénéficiaire effectif : «P2»\nAnalyste : «P3»"],
    "nl": ["KYC-dossier\nKlant: «P1», geboren «DOB»\nUBO: «P2»\nAnalist: «P3»"],
    "es": ["Expediente KYC\nCliente: «P1», nacido el «DOB»\nTitular real: «P2»\nAnalista: «P3»"],
    "it": ["Adeguata verifica\nCliente: «P1», nato il «DOB»\nTitolare effettivo: «P2»\nAnalista: «P3»"],
    "pl": ["Weryfikacja KYC\nKlient: «P1», ur. «DOB»\nBeneficjent rzeczywisty: «P2»"],
    "sv": ["KYC-kontroll\nKund: «P1», född «DOB»\nVerklig huvudman: «P2»"],
    "ro": ["Verificare KYC\nClient: «P1», născut la «DOB»\nBeneficiar real: «P2»"],
}
T["chargeback"] = {
    "en": ["Chargeback «CODE»\nCardholder: «P1:s|up»/«P1:g|up»\nMerchant: «ORG»\nReason: goods not received\nAgent note: spoke to «P2» at the merchant; cardholder's son «P3:g» placed the order."],
    "de": ["Rückbuchung «CODE»\nKarteninhaber: «P1»\nHändler: «ORG»\nNotiz: Rücksprache mit «P2»"],
    "fr": ["Contestation «CODE»\nPorteur : «P1»\nCommerçant : «ORG»\nNote : échange avec «P2»"],
    "nl": ["Terugboeking «CODE»\nKaarthouder: «P1»\nWinkel: «ORG»\nNotitie: gesproken met «P2»"],
    "es": ["Contracargo «CODE»\nTitular: «P1»\nComercio: «ORG»\nNota: hablé con «P2»"],
    "it": ["Chargeback «CODE»\nTitolare: «P1»\nEsercente: «ORG»\nNota: sentito «P2»"],
    "pt": ["Estorno «CODE»\nTitular: «P1»\nComerciante: «ORG»\nNota: falei com «P2»"],
    "pl": ["Chargeback «CODE»\nPosiadacz karty: «P1»\nSprzedawca: «ORG»"],
}
T["marketplace"] = {
    "en": ["hi is the «PRODUCT|low» still available? i'm «P1:g|low», can pick up sat. my husband «P2:g|low» will bring cash",
           "driver «P1:g|low» is arriving in a grey «PRODUCT|low» – plate «CODE». share trip with «P2:g|low»?"],
    "de": ["hallo, ist der «PRODUCT|low» noch da? bin «P1:g|low», kann samstag abholen",
           "dein fahrer «P1:g|low» kommt in 3 min, «PRODUCT|low», kennzeichen «CODE»"],
    "fr": ["bonjour, le «PRODUCT|low» est toujours dispo ? c'est «P1:g|low», je passe samedi",
           "votre chauffeur «P1:g|low» arrive, «PRODUCT|low» gris"],
    "nl": ["hoi is de «PRODUCT|low» nog te koop? ik ben «P1:g|low»", "je chauffeur «P1:g|low» komt eraan"],
    "es": ["hola sigue disponible el «PRODUCT|low»? soy «P1:g|low»", "tu conductor «P1:g|low» llega en 2 min"],
    "it": ["ciao è ancora disponibile la «PRODUCT|low»? sono «P1:g|low»", "il tuo autista «P1:g|low» sta arrivando"],
    "pt": ["olá ainda tem o «PRODUCT|low»? sou a «P1:g|low»", "o seu motorista «P1:g|low» está a chegar"],
    "pl": ["dzień dobry, «PRODUCT|low» aktualny? tu «P1:g|low»", "twój kierowca «P1:g|low» już jedzie"],
    "sv": ["hej finns «PRODUCT|low» kvar? det är «P1:g|low»", "din förare «P1:g|low» är på väg"],
    "da": ["hej er «PRODUCT|low» stadig til salg? det er «P1:g|low»"],
    "cs": ["dobrý den, je «PRODUCT|low» ještě k mání? tady «P1:g|low»"],
    "tr": ["merhaba «PRODUCT|low» hâlâ satılık mı? ben «P1:g|low»", "sürücünüz «P1:g|low» yolda"],
    "ro": ["bună, mai e de vânzare «PRODUCT|low»? sunt «P1:g|low»", "șoferul «P1:g|low» ajunge în 2 minute"],
}
T["courier"] = {
    "en": ["DELIVERY NOTE «CODE»\nShip to: «P1»\n«ADDR»\nSigned for by: «P2:s|up»\nLeft with neighbour at «BUILDING»\nDriver: «P3:g»",
           "08:12 scanned at «PLACE» hub\n10:44 out for delivery (driver «P1:g»)\n12:03 delivered – received by «P2:s|up»"],
    "de": ["Lieferschein «CODE»\nEmpfänger: «P1»\n«ADDR»\nZugestellt an Nachbarin «P2»\nFahrer: «P3:g»",
           "09:10 Sendung in Zustellung\n11:42 zugestellt, Empfänger: «P1:s|up»"],
    "fr": ["Bon de livraison «CODE»\nDestinataire : «P1»\nRemis à : «P2:s|up»"],
    "nl": ["Pakbon «CODE»\nOntvanger: «P1»\nAfgegeven bij buren: «P2»"],
    "es": ["Albarán «CODE»\nDestinatario: «P1»\nRecibido por: «P2:s|up»"],
    "it": ["DDT «CODE»\nDestinatario: «P1»\nRitirato da: «P2:s|up»"],
    "pt": ["Guia de remessa «CODE»\nDestinatário: «P1»\nRecebido por: «P2:s|up»"],
    "pl": ["List przewozowy «CODE»\nOdbiorca: «P1»\nOdebrał(a): «P2:s|up»"],
    "sv": ["Följesedel «CODE»\nMottagare: «P1»\nKvitterat av: «P2:s|up»"],
    "da": ["Følgeseddel «CODE»\nModtager: «P1»\nKvitteret af: «P2:s|up»"],
    "cs": ["Dodací list «CODE»\nPříjemce: «P1»\nPřevzal(a): «P2:s|up»"],
    "tr": ["İrsaliye «CODE»\nAlıcı: «P1»\nTeslim alan: «P2:s|up»"],
    "ro": ["Aviz de însoțire «CODE»\nDestinatar: «P1»\nPrimit de: «P2:s|up»"],
}
T["neighbour"] = {
    "en": ["Lost cat on «STREET»! Ginger, answers to «PET». Please message «P1:g» or her son «P2».",
           "Huge thanks to «P1» who fixed the gate at «BUILDING», and to «ORG» for the free paint."],
    "de": ["Katze «PET» in der Nähe der «STREET» entlaufen! Bitte bei «P1» melden.",
           "Danke an «P1» für das Straßenfest, und an «ORG» für die Brötchen!"],
    "fr": ["Chat perdu vers la «STREET», il s'appelle «PET». Contacter «P1»."],
    "nl": ["Kat «PET» vermist bij de «STREET». Bel «P1»."],
    "es": ["Se ha perdido «PET» por «STREET». Avisad a «P1»."],
    "it": ["Smarrito gatto «PET» in «STREET». Contattare «P1»."],
    "pt": ["Perdeu-se o gato «PET» na «STREET». Contactar «P1»."],
    "pl": ["Zaginął kot «PET» przy «STREET». Kontakt: «P1»."],
    "sv": ["Borttappad katt, «PET», vid «STREET». Ring «P1»."],
    "da": ["Bortløben kat, «PET», ved «STREET». Ring til «P1»."],
    "cs": ["Ztratila se kočka «PET» u «STREET». Volejte «P1»."],
    "tr": ["«STREET» civarında kedimiz «PET» kayboldu. «P1» ile iletişime geçin."],
    "ro": ["S-a pierdut pisica «PET» pe «STREET». Sunați-o pe «P1»."],
}
T["newsletter"] = {
    "en": ["CLUB NEWS – June\nWelcome to new members «P1» and «P2»! Our treasurer «P3» retires after 20 years; the «ORG» quiz night raised £412. «TERM»: AGM at «BUILDING».",
           "From the editor: this month «P1:g» «P1:s» writes about «FAMOUS», and «P2» remembers the 1976 flood."],
    "de": ["Vereinsnachrichten\nWir begrüßen «P1» und «P2». Kassiererin «P3» hört nach 20 Jahren auf. Danke an «ORG»!"],
    "fr": ["Nouvelles du club\nBienvenue à «P1» et «P2». Merci à «ORG» pour le buffet."],
    "nl": ["Clubnieuws\nWelkom aan «P1» en «P2». Dank aan «ORG»."],
    "es": ["Noticias del club\nBienvenidos «P1» y «P2». Gracias a «ORG»."],
    "it": ["Notizie dal circolo\nBenvenuti a «P1» e «P2». Grazie a «ORG»."],
    "pt": ["Notícias do clube\nBem-vindos «P1» e «P2». Obrigado à «ORG»."],
    "pl": ["Wieści z klubu\nWitamy «P1» i «P2». Dziękujemy «ORG»."],
    "sv": ["Klubbnytt\nVälkommen «P1» och «P2». Tack till «ORG»."],
    "da": ["Klubnyt\nVelkommen til «P1» og «P2». Tak til «ORG»."],
    "cs": ["Zprávy z klubu\nVítáme «P1» a «P2». Děkujeme «ORG»."],
}
T["exam"] = {
    "en": ["Results – Grade 5 Piano (pieces by «FAMOUS»)\n«P1» – Merit\n«P2» – Distinction\n«P3» – Pass\nExaminer: «P4»",
           "Class 9B maths test\n«P1:sg»: 14/20\n«P2:sg»: 17/20\n«P3:sg»: absent"],
    "de": ["Prüfungsergebnisse Klasse 10a\n«P1:sg»: 2,3\n«P2:sg»: 1,7\n«P3:sg»: 3,0\nPrüferin: «P4»"],
    "fr": ["Résultats du bac blanc\n«P1:s|up» «P1:g» : 14,5\n«P2:s|up» «P2:g» : 11\nCorrecteur : «P3»"],
    "nl": ["Cijferlijst 4 havo\n«P1:sg»: 7,2\n«P2:sg»: 6,4\nMentor: «P3»"],
    "es": ["Notas 2º ESO\n«P1:s|up», «P1:g»: 8,5\n«P2:s|up», «P2:g»: 6\nTutora: «P3»"],
    "it": ["Esiti scrutinio 3A\n«P1:s|up» «P1:g»: 8\n«P2:s|up» «P2:g»: 7\nCoordinatrice: «P3»"],
    "pt": ["Pautas 9.º A\n«P1»: 4\n«P2»: 5\nDiretora de turma: «P3»"],
    "pl": ["Wyniki sprawdzianu 7b\n«P1:sgs»: 5\n«P2:sgs»: 4\nWychowawczyni: «P3»"],
    "sv": ["Provresultat 8C\n«P1»: A\n«P2»: C\nMentor: «P3»"],
    "da": ["Karakterer 9.x\n«P1»: 10\n«P2»: 7\nLærer: «P3»"],
    "cs": ["Výsledky písemky 8.A\n«P1:sgs»: 1\n«P2:sgs»: 3\nTřídní: «P3»"],
    "tr": ["Sınav sonuçları 8-B\n«P1»: 85\n«P2»: 72\nSınıf öğretmeni: «P3»"],
    "ro": ["Rezultate teză clasa a VIII-a\n«P1:sgs»: 9\n«P2:sgs»: 7\nDiriginte: «P3»"],
}
T["carenote"] = {
    "en": ["Handover – Rose Ward, «BUILDING»\nRm 4 «P1:g» «P1:s» (Mrs): settled, daughter «P2» visited.\nRm 6 «P3:g»: refused lunch, likes «FAMOUS» on the radio.\nNight staff: «P4»",
           "Cub scouts – camp list\nSixer: «P1»\n«P2», «P3», «P4:g» «P4:s»\nLeader: «P5» (Akela)\nAllergies: «P3:g» – nuts"],
    "de": ["Übergabe Wohnbereich 2\nZi. 3 Frau «P1»: ruhig, Sohn «P2» war da.\nZi. 5 Herr «P3»: hört gern «FAMOUS».\nNachtdienst: «P4»"],
    "fr": ["Transmissions EHPAD «BUILDING»\nch. 3 Mme «P1» : calme, visite de sa fille «P2».\nch. 5 M. «P3» : refuse le repas."],
    "nl": ["Overdracht «BUILDING»\nkamer 3 mevr. «P1»: rustig, dochter «P2» op bezoek.\nkamer 5 dhr. «P3»: weinig gegeten."],
    "es": ["Relevo residencia «BUILDING»\nhab. 3 Dña. «P1»: tranquila, visita de su hija «P2».\nhab. 5 D. «P3»: no ha comido."],
    "it": ["Consegne RSA «BUILDING»\nstanza 3 sig.ra «P1»: tranquilla, visita della figlia «P2»."],
    "pt": ["Passagem de turno «BUILDING»\nquarto 3 D. «P1»: calma, visita da filha «P2»."],
    "pl": ["Raport zmiany «BUILDING»\npok. 3 p. «P1»: spokojna, odwiedziła ją córka «P2»."],
    "sv": ["Rapport «BUILDING»\nrum 3 «P1»: lugn, dottern «P2» på besök."],
    "da": ["Overlevering «BUILDING»\nstue 3 «P1»: rolig, datteren «P2» på besøg."],
    "cs": ["Předávka «BUILDING»\npokoj 3 paní «P1»: klidná, navštívila ji dcera «P2»."],
}
T["therapy"] = {
    "en": ["Session 6 – «P1:g» (14). Mum «P2» attended the first 10 min. Discussed conflict with stepdad «P3:g». Homework: diary. Next tutor swap: «P4».",
           "tutoring log: «P1:g|low» did fractions, still mixes up «FAMOUS|low» and the quiz answers. parent: «P2»"],
    "de": ["Sitzung 4 – «P1:g» (12). Mutter «P2» kurz dabei. Thema: Streit mit Bruder «P3:g». Nächster Termin «DATE»."],
    "fr": ["Séance 3 – «P1:g» (15 ans). Sa mère «P2» était présente. Conflit avec sa sœur «P3:g»."],
    "nl": ["Sessie 5 – «P1:g» (13). Moeder «P2» aanwezig. Ruzie met broer «P3:g»."],
    "es": ["Sesión 2 – «P1:g» (11). Vino su madre «P2». Tema: su hermano «P3:g»."],
    "it": ["Seduta 4 – «P1:g» (16). Presente la madre «P2». Tema: il fratello «P3:g»."],
    "pt": ["Sessão 3 – «P1:g» (12). A mãe «P2» esteve presente. Tema: o irmão «P3:g»."],
    "pl": ["Sesja 2 – «P1:g» (13). Obecna mama «P2». Temat: brat «P3:g»."],
    "sv": ["Session 3 – «P1:g» (14). Mamma «P2» med. Tema: brodern «P3:g»."],
    "cs": ["Sezení 3 – «P1:g» (12). Přítomna matka «P2». Téma: bratr «P3:g»."],
    "tr": ["Seans 3 – «P1:g» (13). Annesi «P2» katıldı. Konu: kardeşi «P3:g»."],
}
T["conference"] = {
    "en": ["09:30  Keynote – «P1» («ORG»)\n10:15  Panel: housing after «FAMOUS»? Moderator «P2»; with «P3» and «P4»\n11:00  Coffee in the «BUILDING» foyer",
           "Speaker bio: «P1» is a planner at «ORG» in «PLACE». Before that she worked with «P2» on the «STREET» renewal. She lives with her partner «P3:g» and a dog, «PET»."],
    "de": ["09:30 Begrüßung – «P1»\n10:00 Vortrag: «P2» («ORG»)\n11:00 Podium mit «P3» und «P4»\nOrt: «BUILDING»"],
    "fr": ["9h30 Ouverture – «P1»\n10h Conférence : «P2» («ORG»)\n11h Table ronde avec «P3» et «P4»"],
    "nl": ["09:30 Opening – «P1»\n10:00 Lezing: «P2» («ORG»)\n11:00 Panel met «P3» en «P4»"],
    "es": ["9:30 Bienvenida – «P1»\n10:00 Ponencia: «P2» («ORG»)\n11:00 Mesa redonda con «P3» y «P4»"],
    "it": ["9:30 Saluti – «P1»\n10:00 Relazione: «P2» («ORG»)\n11:00 Tavola rotonda con «P3» e «P4»"],
    "pt": ["9h30 Abertura – «P1»\n10h Palestra: «P2» («ORG»)\n11h Mesa-redonda com «P3» e «P4»"],
    "pl": ["9:30 Otwarcie – «P1»\n10:00 Wykład: «P2» («ORG»)\n11:00 Panel: «P3», «P4»"],
    "sv": ["09.30 Välkommen – «P1»\n10.00 Föredrag: «P2» («ORG»)\n11.00 Panel med «P3» och «P4»"],
    "da": ["9.30 Velkomst – «P1»\n10.00 Oplæg: «P2» («ORG»)\n11.00 Panel med «P3» og «P4»"],
    "cs": ["9:30 Zahájení – «P1»\n10:00 Přednáška: «P2» («ORG»)\n11:00 Panel: «P3», «P4»"],
    "tr": ["09:30 Açılış – «P1»\n10:00 Konuşma: «P2» («ORG»)\n11:00 Panel: «P3», «P4»"],
    "ro": ["9:30 Deschidere – «P1»\n10:00 Prezentare: «P2» («ORG»)\n11:00 Panel: «P3», «P4»"],
}
T["acks"] = {
    "en": ["Acknowledgements\nI thank my supervisor «P1» for her patience, «P2» and «P3» for reading drafts, the staff of «ORG», and my grandmother «P4», who did not live to see it. Thanks also to «PET», for company.",
           "This booklet would not exist without «P1», «P2:in» and the volunteers of «BUILDING»."],
    "de": ["Danksagung\nIch danke meiner Betreuerin «P1», «P2» fürs Korrekturlesen und meinen Eltern «P3» und «P4»."],
    "fr": ["Remerciements\nMerci à ma directrice «P1», à «P2» pour ses relectures, et à mes parents."],
    "nl": ["Dankwoord\nDank aan mijn promotor «P1», aan «P2» en aan mijn ouders."],
    "es": ["Agradecimientos\nA mi directora «P1», a «P2» por sus correcciones y a «ORG»."],
    "it": ["Ringraziamenti\nRingrazio la relatrice «P1», «P2» per le correzioni e «ORG»."],
    "pt": ["Agradecimentos\nÀ minha orientadora «P1», a «P2» e à «ORG»."],
    "pl": ["Podziękowania\nDziękuję promotorce «P1», «P2» za korektę i «ORG»."],
    "sv": ["Tack\nTill min handledare «P1», till «P2» och till «ORG»."],
    "cs": ["Poděkování\nDěkuji vedoucí «P1», «P2» za korektury a «ORG»."],
}
T["press"] = {
    "en": ["PRESS RELEASE\n«PLACE», «DATE» – «ORG» today announced that «P1» will succeed «P2» as managing director. \"We are thrilled,\" said chair «P3». Media contact: «P4», «P4:mail»",
           "FOR IMMEDIATE RELEASE: «ORG» opens second branch on «STREET». Founder «P1» thanks «FAMOUS» for the inspiration (and her mum «P2:g»)."],
    "de": ["PRESSEMITTEILUNG\n«PLACE», «DATE» – «P1» übernimmt die Leitung von «ORG» und folgt auf «P2». Pressekontakt: «P3»"],
    "fr": ["COMMUNIQUÉ DE PRESSE\n«PLACE», le «DATE» – «P1» prend la direction de «ORG», succédant à «P2». Contact presse : «P3»"],
    "nl": ["PERSBERICHT\n«PLACE», «DATE» – «P1» volgt «P2» op als directeur van «ORG». Pers: «P3»"],
    "es": ["NOTA DE PRENSA\n«PLACE», «DATE» – «P1» sustituye a «P2» al frente de «ORG». Contacto: «P3»"],
    "it": ["COMUNICATO STAMPA\n«PLACE», «DATE» – «P1» succede a «P2» alla guida di «ORG». Ufficio stampa: «P3»"],
    "pt": ["COMUNICADO DE IMPRENSA\n«PLACE», «DATE» – «P1» sucede a «P2» na «ORG». Contacto: «P3»"],
    "pl": ["INFORMACJA PRASOWA\n«PLACE», «DATE» – «P1» zastąpi «P2» na czele «ORG». Kontakt: «P3»"],
    "sv": ["PRESSMEDDELANDE\n«PLACE», «DATE» – «P1» efterträder «P2» som vd för «ORG». Presskontakt: «P3»"],
    "da": ["PRESSEMEDDELELSE\n«PLACE», «DATE» – «P1» afløser «P2» som direktør i «ORG». Kontakt: «P3»"],
    "cs": ["TISKOVÁ ZPRÁVA\n«PLACE», «DATE» – «P1» nahradí «P2» ve vedení «ORG». Kontakt: «P3»"],
    "tr": ["BASIN BÜLTENİ\n«PLACE», «DATE» – «P1», «ORG» genel müdürlüğüne «P2»'nin yerine atandı. İletişim: «P3»"],
    "ro": ["COMUNICAT DE PRESĂ\n«PLACE», «DATE» – «P1» îi succede lui «P2» la conducerea «ORG». Contact: «P3»"],
}
T["localnews"] = {
    "en": ["A «PLACE» pensioner, «P1», 81, has been hailed a hero after pulling a neighbour from the canal near «STREET». Her son «P2» said she \"never hesitates\". Councillor «P3» praised her.",
           "Bakery «ORG» closes after 60 years. Owner «P1» says the name will live on; the last loaf went to regular «P2»."],
    "de": ["«PLACE». Die 81-jährige «P1» hat einen Nachbarn aus dem Kanal an der «STREET» gerettet. Ihr Sohn «P2» ist stolz. Bürgermeister «P3» dankte ihr."],
    "fr": ["«PLACE». «P1», 81 ans, a sauvé un voisin près de la «STREET». Son fils «P2» salue son courage."],
    "nl": ["«PLACE» – De 81-jarige «P1» redde een buurman uit de gracht bij de «STREET». Zoon «P2» is trots."],
    "es": ["«PLACE». «P1», de 81 años, rescató a un vecino junto a «STREET». Su hijo «P2» está orgulloso."],
    "it": ["«PLACE». «P1», 81 anni, ha salvato un vicino vicino a «STREET». Il figlio «P2» è orgoglioso."],
    "pt": ["«PLACE». «P1», de 81 anos, salvou um vizinho junto à «STREET». O filho «P2» está orgulhoso."],
    "pl": ["«PLACE». 81-letnia «P1» uratowała sąsiada przy «STREET». Syn «P2» jest dumny."],
    "sv": ["«PLACE». 81-åriga «P1» räddade en granne vid «STREET». Sonen «P2» är stolt."],
    "da": ["«PLACE». 81-årige «P1» reddede en nabo ved «STREET». Sønnen «P2» er stolt."],
    "cs": ["«PLACE». Jednaosmdesátiletá «P1» zachránila souseda u «STREET». Syn «P2» je hrdý."],
    "tr": ["«PLACE». 81 yaşındaki «P1», «STREET» yakınında komşusunu kurtardı. Oğlu «P2» gururlu."],
    "ro": ["«PLACE». «P1», 81 de ani, și-a salvat vecinul lângă «STREET». Fiul ei, «P2», e mândru."],
}
T["editor"] = {
    "en": ["Sir – «FAMOUS» promised us a bypass in 2019. We are still waiting. – «P1», «PLACE»",
           "Letters: I must reply to «P1» (last week). «FAMOUS» never said that. Yours, «P2», «STREET»"],
    "de": ["Leserbrief: «FAMOUS» hat uns eine Umgehungsstraße versprochen. Wir warten immer noch. «P1», «PLACE»"],
    "fr": ["Courrier des lecteurs : «FAMOUS» nous avait promis une rocade. Nous attendons. «P1», «PLACE»"],
    "nl": ["Ingezonden: «FAMOUS» beloofde een rondweg. We wachten nog steeds. «P1», «PLACE»"],
    "es": ["Cartas al director: «FAMOUS» nos prometió una circunvalación. Seguimos esperando. «P1», «PLACE»"],
    "it": ["Lettere: «FAMOUS» ci aveva promesso la tangenziale. Aspettiamo ancora. «P1», «PLACE»"],
    "pt": ["Cartas ao diretor: «FAMOUS» prometeu uma variante. Ainda esperamos. «P1», «PLACE»"],
    "pl": ["Listy: «FAMOUS» obiecał obwodnicę. Nadal czekamy. «P1», «PLACE»"],
    "sv": ["Insändare: «FAMOUS» lovade en förbifart. Vi väntar fortfarande. «P1», «PLACE»"],
    "da": ["Læserbrev: «FAMOUS» lovede en omfartsvej. Vi venter stadig. «P1», «PLACE»"],
    "cs": ["Dopis redakci: «FAMOUS» slíbil obchvat. Pořád čekáme. «P1», «PLACE»"],
    "tr": ["Okur mektubu: «FAMOUS» çevre yolu sözü vermişti. Hâlâ bekliyoruz. «P1», «PLACE»"],
    "ro": ["Scrisoare: «FAMOUS» ne-a promis o centură ocolitoare. Încă așteptăm. «P1», «PLACE»"],
}
T["petition"] = {
    "en": ["Save the «STREET» library!\nStarted by «P1». Signatures:\n1. «P2» – «PLACE»\n2. «P3» – «PLACE»\n3. «P4:g» «P4:s» – «PLACE»",
           "Petition to rename the park after «FAMOUS». Organiser: «P1». Signed: «P2», «P3»."],
    "de": ["Petition: Rettet das Freibad an der «STREET»!\nInitiatorin: «P1»\nUnterschriften: «P2» («PLACE»), «P3» («PLACE»)"],
    "fr": ["Pétition : sauvons la piscine de la «STREET» !\nLancée par «P1»\nSignataires : «P2», «P3»"],
    "nl": ["Petitie: red het zwembad aan de «STREET»!\nGestart door «P1»\nOndertekend: «P2», «P3»"],
    "es": ["Petición: ¡salvemos la piscina de «STREET»!\nIniciada por «P1»\nFirmas: «P2», «P3»"],
    "it": ["Petizione: salviamo la piscina di «STREET»!\nPromotrice: «P1»\nFirme: «P2», «P3»"],
    "pt": ["Petição: salvem a piscina da «STREET»!\nIniciada por «P1»\nAssinaturas: «P2», «P3»"],
    "pl": ["Petycja: ratujmy basen przy «STREET»!\nInicjator: «P1»\nPodpisy: «P2», «P3»"],
    "cs": ["Petice: zachraňme koupaliště u «STREET»!\nIniciátorka: «P1»\nPodpisy: «P2», «P3»"],
    "ro": ["Petiție: salvați ștrandul de pe «STREET»!\nInițiator: «P1»\nSemnături: «P2», «P3»"],
}
T["condolence"] = {
    "en": ["Book of condolence for «P1»\n\"Rest easy, «P1:g». Thank you for the music lessons.\" – «P2»\n\"Our thoughts are with «P3:g» and the family.\" – the team at «ORG»\n\"Forever in our hearts\" – «P4:g» & «P5:g»"],
    "de": ["Kondolenzbuch für «P1»\n„Ruhe in Frieden, «P1:g».“ – «P2»\n„In Gedanken bei «P3:g» und der Familie.“ – «ORG»"],
    "fr": ["Livre de condoléances pour «P1»\n“Repose en paix, «P1:g».” – «P2»\n“Toutes nos pensées à «P3:g».” – «ORG»"],
    "nl": ["Condoleanceregister «P1»\n\"Rust zacht, «P1:g».\" – «P2»\n\"Veel sterkte, «P3:g».\" – «ORG»"],
    "es": ["Libro de condolencias de «P1»\n“Descansa en paz, «P1:g».” – «P2»\n“Un abrazo a «P3:g».” – «ORG»"],
    "it": ["Libro delle condoglianze per «P1»\n“Riposa in pace, «P1:g».” – «P2»\n“Un abbraccio a «P3:g».” – «ORG»"],
    "pt": ["Livro de condolências de «P1»\n\"Descansa em paz, «P1:g».\" – «P2»"],
    "pl": ["Księga kondolencyjna «P1»\n„Spoczywaj w pokoju, «P1:g».” – «P2»"],
    "sv": ["Minnesbok för «P1»\n\"Vila i frid, «P1:g».\" – «P2»"],
    "da": ["Kondolencebog for «P1»\n\"Hvil i fred, «P1:g».\" – «P2»"],
    "cs": ["Kondolenční kniha «P1»\n„Odpočívej v pokoji, «P1:g».“ – «P2»"],
    "tr": ["Taziye defteri – «P1»\n\"Huzur içinde uyu, «P1:g».\" – «P2»"],
    "ro": ["Carte de condoleanțe pentru «P1»\n„Odihnește-te în pace, «P1:g».” – «P2»"],
}
T["podcast"] = {
    "en": ["Ep. 42 – «P1» on running a corner shop\nHosts: «P2» & «P3:g». We talk «FAMOUS», the «ORG» takeover, and her dog «PET». Thanks to «P4» for editing.",
           "show notes: guest «P1:g|low» «P1:s|low» (she runs «ORG|low»). music by «P2:g|low»."],
    "de": ["Folge 17 – zu Gast: «P1»\nModeration: «P2»\nThemen: «FAMOUS», das «ORG»-Jubiläum"],
    "fr": ["Épisode 12 – invitée : «P1»\nAnimation : «P2»\nOn parle de «FAMOUS»."],
    "nl": ["Aflevering 8 – te gast: «P1»\nPresentatie: «P2»\nOver «FAMOUS»."],
    "es": ["Episodio 20 – invitada: «P1»\nPresenta: «P2»\nHablamos de «FAMOUS»."],
    "it": ["Puntata 9 – ospite: «P1»\nConduce: «P2»\nParliamo di «FAMOUS»."],
    "pt": ["Episódio 5 – convidada: «P1»\nApresentação: «P2»\nFalamos de «FAMOUS»."],
    "pl": ["Odcinek 7 – gość: «P1»\nProwadzi: «P2»\nO «FAMOUS»."],
    "sv": ["Avsnitt 11 – gäst: «P1»\nProgramledare: «P2»\nOm «FAMOUS»."],
    "cs": ["Díl 6 – host: «P1»\nModeruje: «P2»\nO «FAMOUS»."],
}
T["oralhistory"] = {
    "en": ["INTERVIEWER: Tell me about the mill.\n«P1:s|up»: My father, «P2», worked there from 1948. Mr «P3:s» was the foreman. We lived on «STREET» then, next to «ORG».\nINTERVIEWER: And your mother?\n«P1:s|up»: «P4:g». She sang «FAMOUS» songs."],
    "de": ["I: Erzählen Sie von der Zeche.\n«P1:s|up»: Mein Vater, «P2», war Hauer. Steiger war ein gewisser «P3:s». Wir wohnten an der «STREET»."],
    "fr": ["Q : Parlez-moi de l'usine.\n«P1:s|up» : Mon père, «P2», y travaillait. Le contremaître, c'était «P3:s». On habitait «STREET»."],
    "nl": ["V: Vertel over de fabriek.\n«P1:s|up»: Mijn vader, «P2», werkte er. De baas heette «P3:s». We woonden aan de «STREET»."],
    "es": ["P: Hábleme de la fábrica.\n«P1:s|up»: Mi padre, «P2», trabajó allí. El capataz era «P3:s». Vivíamos en «STREET»."],
    "it": ["D: Mi parli della fabbrica.\n«P1:s|up»: Mio padre, «P2», ci lavorava. Il capo era «P3:s». Abitavamo in «STREET»."],
    "pt": ["P: Fale-me da fábrica.\n«P1:s|up»: O meu pai, «P2», trabalhava lá. O encarregado era o «P3:s». Morávamos na «STREET»."],
    "pl": ["P: Proszę opowiedzieć o fabryce.\n«P1:s|up»: Mój ojciec, «P2», tam pracował. Majstrem był «P3:s»."],
    "cs": ["O: Povězte mi o továrně.\n«P1:s|up»: Můj otec, «P2», tam pracoval. Mistr byl «P3:s»."],
}
T["jira"] = {
    "en": ["PROJ-1182 Move tenant records to new CRM\nReporter: «P1»\nAssignee: «P2»\nWatchers: «P3», «P4»\nComment («P2:g»): blocked until «ORG» sends the export. @«P5:g|low» can you chase?",
           "h2. Onboarding – «P1»\n* Buddy: «P2»\n* Laptop ordered from «ORG»\n* Desk in «BUILDING», 3rd floor"],
    "de": ["PROJ-88 Umzug der Mieterdaten\nMelder: «P1»\nBearbeiter: «P2»\nKommentar: wartet auf Export von «ORG»"],
    "fr": ["PROJ-77 Migration\nRapporteur : «P1»\nResponsable : «P2»\nCommentaire : en attente de «ORG»"],
    "nl": ["PROJ-12 Migratie\nMelder: «P1»\nToegewezen: «P2»"],
    "es": ["PROJ-31 Migración\nInformador: «P1»\nResponsable: «P2»"],
    "it": ["PROJ-44 Migrazione\nSegnalatore: «P1»\nAssegnatario: «P2»"],
    "pl": ["PROJ-55 Migracja\nZgłaszający: «P1»\nPrzypisany: «P2»"],
    "cs": ["PROJ-66 Migrace\nReportér: «P1»\nŘešitel: «P2»"],
}
T["timesheet"] = {
    "en": ["Timesheet w/e 14 Jun\nName: «P1»\nMon 8.0 – site «BUILDING»\nTue 7.5 – client «ORG»\nApproved: «P2»",
           "employee,date,hours,approver\n«P1»,«DATE»,8,«P2»\n«P3»,«DATE»,6.5,«P2»"],
    "de": ["Stundenzettel KW 24\nMitarbeiter: «P1»\nMo 8,0 Baustelle «BUILDING»\nFreigabe: «P2»"],
    "fr": ["Feuille de temps S24\nNom : «P1»\nlun 8h chantier «BUILDING»\nValidé : «P2»"],
    "nl": ["Urenstaat week 24\nNaam: «P1»\nma 8 uur «ORG»\nAkkoord: «P2»"],
    "es": ["Parte de horas S24\nNombre: «P1»\nlun 8 h «ORG»\nAprobado: «P2»"],
    "it": ["Foglio ore sett. 24\nNome: «P1»\nlun 8 h «ORG»\nApprovato: «P2»"],
    "pt": ["Folha de horas S24\nNome: «P1»\nseg 8 h «ORG»\nAprovado: «P2»"],
    "pl": ["Karta czasu pracy tydz. 24\nPracownik: «P1»\npon 8 h «ORG»\nZatwierdził: «P2»"],
    "sv": ["Tidrapport v. 24\nNamn: «P1»\nmån 8 h «ORG»\nAttesterad: «P2»"],
    "da": ["Timeseddel uge 24\nNavn: «P1»\nman 8 t «ORG»\nGodkendt: «P2»"],
    "cs": ["Výkaz práce týden 24\nJméno: «P1»\npo 8 h «ORG»\nSchválil: «P2»"],
    "tr": ["Puantaj 24. hafta\nAd: «P1»\npzt 8 s «ORG»\nOnay: «P2»"],
    "ro": ["Pontaj săpt. 24\nNume: «P1»\nluni 8 h «ORG»\nAprobat: «P2»"],
}
T["shiftswap"] = {
    "en": ["shift swap? «P1:g|low» takes my sat late, i take her tue early. ok with you «P2:g|low»? (manager)",
           "SWAP REQUEST\nFrom: «P1»\nWith: «P2»\nShift: Sat 14:00–22:00 → Tue 06:00–14:00\nApproved by: «P3»"],
    "de": ["tausch? «P1:g|low» übernimmt meinen samstag, ich ihren dienstag. ok «P2:g|low»?",
           "Diensttausch\nVon: «P1»\nMit: «P2»\nGenehmigt: «P3»"],
    "fr": ["échange ? «P1:g|low» prend mon samedi, je prends son mardi. ok «P2:g|low» ?"],
    "nl": ["ruilen? «P1:g|low» neemt mijn zaterdag, ik haar dinsdag. ok «P2:g|low»?"],
    "es": ["¿cambio? «P1:g|low» hace mi sábado y yo su martes. ¿ok «P2:g|low»?"],
    "it": ["cambio turno? «P1:g|low» fa il mio sabato, io il suo martedì. ok «P2:g|low»?"],
    "pt": ["troca? a «P1:g|low» faz o meu sábado e eu a terça dela. ok «P2:g|low»?"],
    "pl": ["zamiana? «P1:g|low» bierze moją sobotę, ja jej wtorek. ok «P2:g|low»?"],
    "sv": ["byte? «P1:g|low» tar min lördag, jag hennes tisdag. ok «P2:g|low»?"],
    "da": ["bytte? «P1:g|low» tager min lørdag, jeg hendes tirsdag. ok «P2:g|low»?"],
    "cs": ["výměna? «P1:g|low» vezme moji sobotu, já její úterý. ok «P2:g|low»?"],
    "tr": ["vardiya değişimi? «P1:g|low» cumartesimi alıyor, ben onun salısını. tamam mı «P2:g|low»?"],
    "ro": ["schimb de tură? «P1:g|low» ia sâmbăta mea, eu marțea ei. ok «P2:g|low»?"],
}
T["pnr"] = {
    "en": ["RP/LON1A0980/\n  1.«P1:pnr» MRS   2.«P2:pnr» MR\n  3 BA 0432 Y 14JUN 1 LHRAMS HK2 0710 0930\n  4 AP «PHONE»\n  5 TK OK10JUN/LON1A0980\nREC LOC «CODE»",
           "BOARDING PASS\n«P1:pnr» MS\nFROM «PLACE|up» TO «PLACE|up»\nFLIGHT LH 2041  SEAT 14C\nBOOKING REF «CODE»"],
    "de": ["Buchungscode «CODE»\nPassagiere: «P1:pnr» MR, «P2:pnr» MRS\nLH 400 FRA–JFK 12JUL"],
    "fr": ["Référence de réservation «CODE»\nPassagers : «P1:pnr» MME, «P2:pnr» M\nAF 1234 CDG–LIS"],
    "es": ["Localizador «CODE»\nPasajeros: «P1:pnr» SRA, «P2:pnr» SR\nIB 3166 MAD–LIS"],
    "it": ["Codice prenotazione «CODE»\nPasseggeri: «P1:pnr» MRS, «P2:pnr» MR\nAZ 610 FCO–JFK"],
    "pt": ["Código de reserva «CODE»\nPassageiros: «P1:pnr» MRS, «P2:pnr» MR\nTP 1351 LIS–OPO"],
    "pl": ["Kod rezerwacji «CODE»\nPasażerowie: «P1:pnr» MRS, «P2:pnr» MR\nLO 281 WAW–LHR"],
    "tr": ["PNR «CODE»\nYolcular: «P1:pnr» MRS, «P2:pnr» MR\nTK 1980 IST–LHR"],
    "ro": ["Cod rezervare «CODE»\nPasageri: «P1:pnr» MRS, «P2:pnr» MR\nRO 391 OTP–CDG"],
}
T["birth"] = {
    "en": ["It's a girl! «P1» and «P2» are delighted to announce the arrival of «P3», born «BABYDOB» at «BUILDING», 3.4 kg. A sister for «P4:g».",
           "welcome to the world baby «P1:g|low» 💕 born «BABYDOB», proud parents «P2:g|low» & «P3:g|low»"],
    "de": ["Wir freuen uns über die Geburt unserer Tochter\n«P1»\ngeboren am «BABYDOB», 3.420 g\nDie glücklichen Eltern «P2» und «P3», mit Bruder «P4:g»"],
    "fr": ["«P1» et «P2» ont la joie de vous annoncer la naissance de «P3», le «BABYDOB» à «PLACE»."],
    "nl": ["Geboren op «BABYDOB»: «P1», dochter van «P2» en «P3». Zusje van «P4:g»."],
    "es": ["«P1» y «P2» anuncian el nacimiento de «P3», nacido el «BABYDOB» en «PLACE»."],
    "it": ["Fiocco rosa! È nata «P1» il «BABYDOB». Lo annunciano mamma «P2» e papà «P3»."],
    "pt": ["Nasceu «P1», no dia «BABYDOB». Os pais «P2» e «P3» agradecem."],
    "pl": ["Urodziła się «P1», «BABYDOB». Szczęśliwi rodzice: «P2» i «P3»."],
    "sv": ["Välkommen «P1», född «BABYDOB». Stolta föräldrar «P2» och «P3»."],
    "da": ["Velkommen til «P1», født «BABYDOB». Stolte forældre «P2» og «P3»."],
    "cs": ["Narodila se «P1», «BABYDOB». Šťastní rodiče «P2» a «P3»."],
    "tr": ["«P1» «BABYDOB» tarihinde dünyaya geldi. Mutlu anne baba: «P2» ve «P3»."],
    "ro": ["S-a născut «P1», pe «BABYDOB». Părinți fericiți: «P2» și «P3»."],
}
# Look-alikes in the people's own slots, no person near: the false finding of each class counts.
T["lookslot"] = {
    "en": ["Viewings with «ORG» on Sat. Ask at «BUILDING».\n«GREET»", "Music: «FAMOUS» – Ave Maria\nReading: Psalm 23\n«TERM»",
           "Driver: «ORG»\nVehicle: «PRODUCT»\nRef «CODE»", "Seller: «ORG»\nBuyer: «ORG»\nVehicle: «PRODUCT»",
           "our boy «PET|low» turned 3 today 🎂 walkies on «STREET» then treats from «ORG|low»",
           "FOR SALE: «BOAT», 8 m sailing boat, moored at «PLACE». Contact «ORG».", "Moving from «PLACE» to «PLACE» next month!\n«GREET»",
           "«ROLE»:\n«ORG»\n\nBuyer:\n«ORG» Holdings", "Condolences from everyone at «ORG».\n«GREET»",
           "Letters: «FAMOUS» must resign. – Residents of «STREET»", "Booking ref «CODE» / ticket «CODE»\nFROM «PLACE|up» TO «PLACE|up»",
           "Service at «FAMOUS» church, then lunch at «BUILDING».", "Thanks to «ORG» and «ORG» for sponsoring the raffle!",
           "«TERM»\nThe «PRODUCT» is back in the car park of «BUILDING».", "Q: who wrote the Four Seasons? A: «FAMOUS»? no – Vivaldi"],
    "de": ["Besichtigung mit «ORG» am Samstag, Treffpunkt «STREET».\n«GREET»", "Musik: «FAMOUS»\nLesung: Psalm 23\n«TERM»",
           "Empfänger: «ORG»\nLiefertermin: «DATE»", "«ROLE»: «ORG»\nFahrzeug: «PRODUCT»", "unser «PET|low» wird heute 5 🐶",
           "Umzug von «PLACE» nach «PLACE» erledigt!\n«GREET»", "Danke an «ORG» und «ORG» für die Tombola!",
           "Trauerfeier in der Kirche «FAMOUS», danach Kaffee im «BUILDING».", "«TERM»\nDer «PRODUCT» steht vor dem «BUILDING»."],
    "fr": ["Visite avec «ORG» samedi, «STREET».\n«GREET»", "Musique : «FAMOUS»\n«TERM»", "Vendeur : «ORG»\nVéhicule : «PRODUCT»",
           "Déménagement de «PLACE» à «PLACE» !\n«GREET»", "Merci à «ORG» pour le buffet. «TERM» : AG à «BUILDING»."],
    "nl": ["Bezichtiging met «ORG», «STREET».\n«GREET»", "Muziek: «FAMOUS»\n«TERM»", "Verkoper: «ORG»\nAuto: «PRODUCT»",
           "Verhuisd van «PLACE» naar «PLACE»!\n«GREET»", "Dank aan «ORG» voor de koffie in «BUILDING»."],
    "es": ["Visita con «ORG», «STREET».\n«GREET»", "Música: «FAMOUS»\n«TERM»", "Vendedor: «ORG»\nVehículo: «PRODUCT»",
           "¡Mudanza de «PLACE» a «PLACE»!\n«GREET»", "Gracias a «ORG» por el catering en «BUILDING»."],
    "it": ["Visita con «ORG», «STREET».\n«GREET»", "Musica: «FAMOUS»\n«TERM»", "Venditore: «ORG»\nVeicolo: «PRODUCT»",
           "Trasloco da «PLACE» a «PLACE»!\n«GREET»", "Grazie a «ORG» per il rinfresco in «BUILDING»."],
    "pt": ["Visita com «ORG», «STREET».\n«GREET»", "Música: «FAMOUS»\n«TERM»", "Vendedor: «ORG»\nViatura: «PRODUCT»",
           "Mudança de «PLACE» para «PLACE»!\n«GREET»"],
    "pl": ["Oglądanie z «ORG», «STREET».\n«GREET»", "Muzyka: «FAMOUS»\n«TERM»", "Sprzedający: «ORG»\nPojazd: «PRODUCT»",
           "Przeprowadzka z «PLACE» do «PLACE»!\n«GREET»"],
    "sv": ["Visning med «ORG», «STREET».\n«GREET»", "Musik: «FAMOUS»\n«TERM»", "Säljare: «ORG»\nBil: «PRODUCT»"],
    "da": ["Fremvisning med «ORG», «STREET».\n«GREET»", "Musik: «FAMOUS»\n«TERM»", "Sælger: «ORG»\nBil: «PRODUCT»"],
    "cs": ["Prohlídka s «ORG», «STREET».\n«GREET»", "Hudba: «FAMOUS»\n«TERM»", "Prodávající: «ORG»\nVozidlo: «PRODUCT»"],
    "tr": ["«ORG» ile gösterim, «STREET».\n«GREET»", "Müzik: «FAMOUS»\n«TERM»", "Satıcı: «ORG»\nAraç: «PRODUCT»"],
    "ro": ["Vizionare cu «ORG», «STREET».\n«GREET»", "Muzică: «FAMOUS»\n«TERM»", "Vânzător: «ORG»\nAutovehicul: «PRODUCT»"],
}


def fixedwidth(lg):
    """A fixed-width table: names padded to their column, firms and towns beside them."""
    d = D(lg, "fixedwidth")
    d.t({"en": "NAME                      TOWN          BALANCE\n", "de": "NAME                      ORT           SALDO\n",
         "fr": "NOM                       VILLE         SOLDE\n"}.get(lg, "NAME                      TOWN          BALANCE\n"))
    for i in range(rng.randint(3, 5)):
        if i == 2:
            label, v = d.value("ORG", "")
        else:
            label, v = d.value("P%d" % (i + 1), rng.choice(["SG", "sg", ""]))
        d.span(label, v).t(" " * max(2, 26 - len(v)))
        pl, pv = d.value("PLACE", "")
        d.span(pl, pv).t(" " * max(2, 14 - len(pv)) + "%7.2f\n" % (rng.randint(0, 50000) / 100))
    d.done()


CLASSES = list(T)


def run():
    for ci, cls in enumerate(CLASSES):
        langs = list(T[cls])
        count = 60 if cls == "lookslot" else 9
        for i in range(count):
            lg = langs[(i + ci) % len(langs)]
            emit(cls, lg, rng.choice(T[cls][lg]))
    for i in range(10):
        fixedwidth(rng.choice(["en", "de", "fr", "nl", "pl"]))

run()
write_json(records)
