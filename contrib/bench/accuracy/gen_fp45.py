#!/usr/bin/env python3
"""gen_fp45.py: things that sit in the slots of people and look like names, in the kinds of text
of the sixth, seventh and seventeenth blind sets (from their public briefs only: the run.sh
titles and README rows; never their generators or data), each beside real people in the same
record, written before any detector rule was read or hush was run on it (branch fp45). A tune set.

Classes (metadata.class): boats and yachts with their type prefix (`MY Anna Karin`, `SY Sofie`)
beside owners and skippers; drones and aircraft with names; horses, dogs and cats beside owners
and breeders; bee colonies, queens and bee lines beside beekeepers; golf courses, holes and
trophies named after people (`Tom Morris Cup`) beside players; music schools, choirs, exam boards
and pieces (`Sonatina in G (Clementi)`, `Für Elise`) beside pupils and teachers; language schools
and courses; archives, collections and fonds (`Fonds Jean Moulin`) beside readers; coworking
rooms named after people (`Room Ada Lovelace`); safe-deposit vaults; hearing-aid and bicycle
models (`Phonak Audéo`, `Gazelle Esprit`) and eponymous tests (`Weber test`); clinics, hospitals
and courts named after people; law firms; locksmith and pest-control firms (`Rentokil`,
`Anticimex`); farms and estates (`Hof Meyer`, `Fattoria Giulia`); market stalls; taxi firms and
ranks; transit stations and lines named after people (`Franklin D. Roosevelt`, `Gare Jean
Jaurès`); charities and trusts (`Joseph Rowntree Foundation`); saints in places and feasts; streets
named after people with no number; famous people as a topic; songs, books and dishes; house
and villa names; prizes; capitalised common words and form headings; lists whose items are all
things. Most templates also hold a *slot* (`Owner:`, `Holder:`, `Donor:`) filled half the time
by a person (PERSON) and half by the thing its label allows, so a rule that drops the slot shows
as a miss.

Labels: PERSON for people (owners, skippers, pupils, players, readers, donors...), NEG_VESSEL
(boats, drones, aircraft), NEG_PET (animals, bee colonies and lines), NEG_ORG (firms, schools,
clinics, courts, charities, farms, stalls), NEG_BUILDING (rooms, vaults, houses, courses, holes),
NEG_EVENT (trophies, prizes, feasts), NEG_WORK (pieces, songs, books), NEG_PRODUCT (models,
dishes, tests), NEG_PLACE (stations, lines, saints' towns), NEG_STREET (streets with no number),
NEG_FAMOUS (famous people as a topic), NEG_TERM (headings and capitalised words), NEG_DATE.
Layouts: forms, forms in capitals, tables, CSV, JSON, chat in lower case, e-mail, prose.
Languages en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin
transliteration); half the names invented from each language's syllables, half common; Hungarian
names surname first. Writes JSON (the names_tune3.json format) to stdout; deterministic; Python
stdlib only."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
import random  # noqa: E402

rng = random.Random(20261205 + 45)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]


class D(Doc):
    records = records

    def done(self):
        # JSON templates write their own braces as U+2983/U+2984 (fill() reads { } as slots);
        # one code point each, so the spans' offsets stay.
        self.text = self.text.replace("\u2983", "{").replace("\u2984", "}")
        Doc.done(self)

    def slot(self, key, kw):
        kind, _, arg = key.partition(":")
        lg = self.lg
        if kind == "P":
            self.span("PERSON", full(lg))
        elif kind == "PU":
            self.span("PERSON", full(lg).upper())
        elif kind == "PL":
            self.span("PERSON", full(lg).lower())
        elif kind == "PC":
            g, s = person(lg)
            self.span("PERSON", s.upper() + ", " + g)
        elif kind == "PS":
            self.span("PERSON", person(lg)[1])
        elif kind == "PG":
            self.span("PERSON", person(lg)[0])
        elif kind == "PGL":
            self.span("PERSON", person(lg)[0].lower())
        elif kind == "A":
            self.span("STREET_ADDRESS", address(lg))
        elif kind == "B":
            self.span("DATE_OF_BIRTH", dob(lg))
        elif kind == "DT":
            self.span("NEG_DATE", other_date())
        elif kind == "#":
            self.t(str(rng.randint(10, 9999)))
        elif kind in ("N", "NU", "NL"):
            v = pick(arg, lg)
            v = v.upper() if kind == "NU" else v.lower() if kind == "NL" else v
            self.span(LABEL[arg], v)
        elif kind in ("S", "SU"):
            # the slot a person stands in: half a person, half the thing its label allows
            if rng.random() < 0.5:
                self.span("PERSON", full(lg).upper() if kind == "SU" else full(lg))
            else:
                v = pick(arg, lg)
                self.span(LABEL[arg], v.upper() if kind == "SU" else v)
        elif kind == "L":
            # a list of three things of one kind, comma-joined
            vs = []
            while len(vs) < 3:
                v = pick(arg, lg)
                if v not in vs:
                    vs.append(v)
            for i, v in enumerate(vs):
                if i:
                    self.t(", ")
                self.span(LABEL[arg], v)
        else:
            raise ValueError(key)


REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Gareth", "Siobhan", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Pritchard", "Okafor", "Harding", "Doyle"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Bram"],
           ["de Jong", "Jansen", "Visser", "Bakker", "van Dijk", "Smit", "Mulder"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro"]),
    "pt": (["João", "Inês", "Tiago", "Mariana", "Rui", "Beatriz"],
           ["Ferreira", "Carvalho", "Sousa", "Pereira", "Almeida", "Ribeiro"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "da": (["Mette", "Rasmus", "Freja", "Søren", "Ida", "Mikkel"],
           ["Nielsen", "Jørgensen", "Madsen", "Kristensen", "Østergaard", "Poulsen"]),
    "no": (["Ingrid", "Sindre", "Solveig", "Håkon", "Kari", "Eirik"],
           ["Haugen", "Solberg", "Bakken", "Johansen", "Berntsen", "Halvorsen"]),
    "fi": (["Aino", "Juhani", "Sanna", "Mikko", "Tuula", "Veikko"],
           ["Virtanen", "Mäkelä", "Koskinen", "Heikkinen", "Laaksonen", "Nieminen"]),
    "cs": (["Jana", "Petr", "Lucie", "Tomáš", "Veronika", "Jiří"],
           ["Novák", "Dvořáková", "Svoboda", "Procházka", "Černá", "Kučera"]),
    "hu": (["Anna", "Zoltán", "Eszter", "Gábor", "Katalin", "László"],
           ["Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Varga"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu"]),
    "el": (["Georgios", "Eleni", "Dimitrios", "Katerina", "Nikos", "Sofia"],
           ["Papadopoulos", "Nikolaou", "Georgiou", "Karagianni", "Oikonomou", "Vlachou"]),
}
SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "da": (["as", "ker", "mo", "lund", "ha", "bjer", "ste", "vig"], ["sen", "gaard", "holm"]),
       "no": (["sol", "vei", "tor", "bjø", "rag", "hil", "dal", "ei"], ["rud", "stad", "heim"]),
       "fi": (["ai", "no", "ve", "tu", "li", "ta", "sal", "mi"], ["nen", "lainen", "la"]),
       "cs": (["dvo", "ra", "kle", "mi", "bo", "sla", "ve", "tr"], ["ák", "ová", "ický"]),
       "hu": (["ba", "lo", "gyu", "ker", "zso", "mat", "to", "csi"], ["ffy", "nyi", "házi"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru"]),
       "el": (["ka", "ri", "sta", "the", "ni", "do", "ly", "pa"], ["poulos", "idis", "akis"])}


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname), half real, half invented."""
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return invent(lg, False), invent(lg, True)


def full(lg):
    g, s = person(lg)
    return s + " " + g if lg == "hu" else g + " " + s


def n(lo=1, hi=180):
    return str(rng.randint(lo, hi))


STREETS = {
    "en": (["Harcourt Road", "Mill Lane", "Station Road", "Elm Grove"], [("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR")]),
    "de": (["Lindenallee", "Hauptstraße", "Gartenweg", "Kirchgasse"], [("Köln", "50667"), ("Hamburg", "20095")]),
    "fr": (["rue des Lilas", "rue de la Paix", "impasse des Tilleuls"], [("Lyon", "69003"), ("Rennes", "35000")]),
    "nl": (["Dorpsstraat", "Kerkstraat", "Molenweg"], [("Utrecht", "3511 AB"), ("Leiden", "2311 EZ")]),
    "es": (["Calle Mayor", "Calle del Carmen", "Calle Real"], [("Sevilla", "41001"), ("Zaragoza", "50001")]),
    "it": (["Via Roma", "Corso Italia", "Viale dei Mille"], [("Torino", "10121"), ("Milano", "20121")]),
    "pt": (["Rua Augusta", "Rua do Carmo", "Travessa do Forno"], [("Porto", "4000-322"), ("Braga", "4700-035")]),
    "pl": (["ul. Długa", "ul. Polna", "ul. Ogrodowa"], [("Kraków", "30-001"), ("Gdańsk", "80-001")]),
    "sv": (["Storgatan", "Björkvägen", "Kyrkogatan"], [("Uppsala", "753 20"), ("Göteborg", "411 05")]),
    "da": (["Vestergade", "Nørregade", "Strandvejen"], [("Aarhus C", "8000"), ("Odense C", "5000")]),
    "no": (["Storgata", "Kirkeveien", "Skogveien"], [("Bergen", "5003"), ("Trondheim", "7011")]),
    "fi": (["Koulukatu", "Rantatie", "Puistokatu"], [("Tampere", "33100"), ("Turku", "20100")]),
    "cs": (["Dlouhá", "Lipová", "Zahradní"], [("Brno", "602 00"), ("Ostrava", "702 00")]),
    "hu": (["Fő utca", "Kossuth utca", "Rózsa utca"], [("Debrecen", "4024"), ("Szeged", "6720")]),
    "tr": (["Gül Sokak", "Lale Sokak", "Cumhuriyet Caddesi"], [("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250")]),
    "ro": (["Str. Florilor", "Str. Lalelelor", "Calea Moșilor"], [("Cluj-Napoca", "400001"), ("Iași", "700028")]),
    "el": (["Odos Ermou", "Odos Athinas", "Leoforos Kifisias"], [("Athina", "105 63"), ("Thessaloniki", "546 24")]),
}


def address(lg):
    """A numbered street with postcode and town, in the country's order."""
    sts, towns = STREETS[lg]
    st = rng.choice(sts)
    town, pc = rng.choice(towns)
    if lg == "en":
        return n() + " " + st + ", " + town + " " + pc
    if lg == "fr":
        return n() + " " + st + ", " + pc + " " + town
    if lg == "hu":
        return pc + " " + town + ", " + st + " " + n(1, 90) + "."
    if lg == "tr":
        return st + " No: " + n(1, 90) + ", " + pc + " " + town
    if lg == "pl":
        return st + " " + n(1, 90) + "/" + n(1, 40) + ", " + pc + " " + town
    return st + " " + n() + ", " + pc + " " + town


def dob(lg):
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if lg == "en":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg in ("sv", "hu", "fi") and rng.random() < 0.5:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%04d" % (d, m, y)


def other_date():
    return "%02d.%02d.%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025))


def pick(kind, lg):
    v = POOL[kind]
    if isinstance(v, dict):
        v = v.get(lg) or v["*"]
    return rng.choice(v)


# ---- look-alike pools ---------------------------------------------------------------------------
LABEL = {}
POOL = {}


def pool(kind, label, values):
    LABEL[kind] = label
    POOL[kind] = values


pool("yacht", "NEG_VESSEL", ["MY Anna Karin", "SY Sofie", "MY Lady Elisabeth", "SY Johanna Maria",
                             "M/Y Margarethe", "S/Y Greta", "MV Karoline", "SY Tante Frieda", "MY Marie-Louise",
                             "SY Onkel Heinz", "M/S Kristina", "S/Y Ingrid Marie", "MY Contessa Giulia",
                             "SY Santa Maria", "MV Queen Victoria", "SY Lotte Lenya", "MY Don Pedro"])
pool("boatname", "NEG_VESSEL", ["Anna Karin", "Sofie", "Lady Elisabeth", "Johanna", "Greta", "Karoline",
                                "Marie-Louise", "Tante Frieda", "Ingrid Marie", "Kristina", "Helga II",
                                "Bella Donna", "Santa Lucia", "Margaretha", "Lisa von Lübeck", "Maria Rosa",
                                "Aurora", "Ole Bull", "Hanne Karin"])
pool("drone", "NEG_VESSEL", ["DJI Mavic 3 \"Henry\"", "Matrice 300 \"Bertha\"", "Mini 4 Pro \"Lucy\"",
                             "Parrot Anafi \"Louis\"", "Autel EVO II \"Greta\"", "drone \"Big Karl\"",
                             "Skydio 2 \"Oskar\"", "Avata \"Ruby\""])
pool("aircraft", "NEG_VESSEL", ["D-EKLM \"Lisa\"", "Cessna 172 \"Emma\"", "Piper PA-28 \"Old Bob\"",
                                "Ka 8 \"Hermine\"", "balloon \"Fräulein Sonja\"", "ASK 21 \"Carla\"",
                                "Robin DR400 \"Marianne\"", "Super Cub \"Klaus\""])
pool("horse", "NEG_PET", ["Lord Fauntleroy", "Donnerhall", "Bella Rose", "Fürstenball", "Sir Donnerhall",
                          "Lady Chatterley", "Cornet Obolensky", "Baloubet du Rouet", "Don Frederico",
                          "Miss Marple", "Prinzessin Elsa", "Mister Charles", "Jolly Jumper", "Rocky Balboa"])
pool("dog", "NEG_PET", ["Bella", "Max", "Luna", "Balu", "Oskar", "Frieda", "Lotte", "Charlie", "Milo",
                        "Rocky", "Emma", "Bruno", "Paul", "Kira", "Fritz", "Nala", "Lola", "Benno", "Mia"])
pool("beeline", "NEG_PET", ["Carnica Troiseck", "Buckfast B-Linie", "Carnica Sklenar", "Elgon",
                            "Carnica Peschetz", "Buckfast Brother Adam", "Ligustica Marchi", "Carnica Hans Beck",
                            "Mellifera Nigra", "Carnica Celle", "Buckfast Adam 4"])
pool("colony", "NEG_PET", ["Volk Hildegard", "Colony Queen Bess", "Kolonie Luise", "Ruche Joséphine",
                           "Volk Königin Anna", "Kupa Ingrid", "Colonia Regina", "Volk Elsbeth",
                           "Ruche Marguerite", "Hive Boudicca"])
pool("golfcourse", "NEG_BUILDING", ["Jack Nicklaus Course", "Seve Ballesteros Course", "Gary Player Course",
                                    "Arnold Palmer Course", "Old Tom Morris Links", "Bernhard Langer Course",
                                    "Robert Trent Jones Course", "Harry Colt Course", "Severiano Course",
                                    "Henrik Stenson Course"])
pool("hole", "NEG_BUILDING", ["Hole 12 \"Amen Corner\"", "Hole 3 \"Hogan's Bridge\"", "Hole 18 \"Tom Watson\"",
                              "Loch 7 \"Bernhard\"", "Trou 9 \"Napoléon\"", "Hoyo 11 \"Seve\"", "Hole 5 \"Bobby Jones\""])
pool("trophy", "NEG_EVENT", ["Tom Morris Cup", "Harry Vardon Trophy", "Ryder Cup", "Solheim Cup",
                             "Bobby Jones Trophy", "Seve Trophy", "Bernhard Langer Preis", "Coupe Jean Van de Velde",
                             "Copa Severiano", "Coppa Costantino Rocca", "Annika Sörenstam Trophy",
                             "Walker Cup", "Curtis Cup", "Eisenhower Trophy", "Henrik Stenson Pokal"])
pool("musicschool", "NEG_ORG", {
    "*": ["Musikschule Johann Sebastian Bach", "Conservatorio Giuseppe Verdi", "Conservatoire Claude Debussy",
          "Escuela de Música Isaac Albéniz", "Muziekschool Jan Pieterszoon Sweelinck", "Sibelius-lukio",
          "Szkoła Muzyczna im. Fryderyka Chopina", "Liszt Ferenc Zeneakadémia", "Kodály Zoltán Zeneiskola",
          "Musikschule Clara Schumann", "Escola de Música Carlos Seixas", "Grieg Akademiet",
          "Carl Nielsen Akademi", "Základní umělecká škola Antonína Dvořáka", "Şişli Leyla Saz Müzik Okulu",
          "Școala de Muzică George Enescu", "Odeio Mikis Theodorakis"]})
pool("choir", "NEG_ORG", ["Chor Hildegard von Bingen", "Coro Claudio Monteverdi", "Chœur Nadia Boulanger",
                          "Hugo Distler Chor", "Koor Jan Pieterszoon", "Kodály Kórus", "Ars Nova Copenhagen",
                          "Chór im. Stanisława Moniuszki", "Orphei Drängar", "Coro Maria Malibran"])
pool("examboard", "NEG_ORG", ["ABRSM", "Trinity College London", "Rockschool", "LCM Exams",
                              "Associated Board of the Royal Schools of Music", "Royal Conservatory of Music",
                              "Cambridge English", "TELC", "DELF", "DELE", "PLIDA", "CELI", "CAPLE"])
pool("piece", "NEG_WORK", ["Sonatina in G (Clementi)", "Für Elise", "Prelude in C (Bach)",
                           "Ave Maria (Schubert)", "Nocturne Op. 9 No. 2 (Chopin)", "Gymnopédie No. 1 (Satie)",
                           "Clair de Lune (Debussy)", "Rondo alla Turca (Mozart)", "Arabesque No. 1 (Debussy)",
                           "Minuet in G (Petzold)", "Solveig's Song (Grieg)", "Humoresque (Dvořák)",
                           "Träumerei (Schumann)", "Spring Song (Mendelssohn)", "Sonatina Op. 36 No. 1 (Clementi)",
                           "Ländler (Schubert)", "The Entertainer (Joplin)", "Romance (Sibelius)"])
pool("langschool", "NEG_ORG", ["Goethe-Institut", "Institut Français", "Instituto Cervantes",
                               "Società Dante Alighieri", "Instituto Camões", "Alliance Française",
                               "British Council", "Berlitz", "Inlingua", "Wall Street English",
                               "Folkuniversitetet", "Balassi Intézet", "Institutul Cultural Român",
                               "Yunus Emre Enstitüsü", "Adam Mickiewicz Institute", "Hellenic American Union"])
pool("course", "NEG_TERM", ["B2.1 Intensiv", "Deutsch A1", "Français B1", "Español DELE C1",
                            "Italiano A2 serale", "Business English", "Conversation Club", "Prüfungsvorbereitung",
                            "Cours du Soir", "Curso Intensivo", "Corso Estivo", "Aufbaukurs", "Intensivkurs"])
pool("fonds", "NEG_WORK", ["Fonds Jean Moulin", "Nachlass Thomas Mann", "Collection Marcel Proust",
                           "Papers of Winston Churchill", "Archivo Federico García Lorca",
                           "Fondo Pier Paolo Pasolini", "Bestand Konrad Adenauer", "Fonds Simone de Beauvoir",
                           "Nachlass Hannah Arendt", "Archief Multatuli", "Spuścizna Wisławy Szymborskiej",
                           "Selma Lagerlöfs arkiv", "H.C. Andersen Samlingen", "Ibsen-arkivet",
                           "Fondo Sophia de Mello Breyner", "Pozůstalost Karla Čapka", "Kazantzakis Archive"])
pool("room", "NEG_BUILDING", ["Room Ada Lovelace", "Meeting Room Marie Curie", "Raum Hedy Lamarr",
                              "Salle Simone Veil", "Sala Rita Levi-Montalcini", "Zaal Aletta Jacobs",
                              "Sala Clara Campoamor", "Sala Amália Rodrigues", "Sala Maria Skłodowska",
                              "Rum Astrid Lindgren", "Mødelokale Karen Blixen", "Rom Sonja Henie",
                              "Huone Minna Canth", "Místnost Božena Němcová", "Terem Szent-Györgyi",
                              "Oda Halide Edib", "Sala Ana Aslan", "Aithousa Melina Merkouri"])
pool("roomname", "NEG_BUILDING", ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Marie Curie",
                                  "Hedy Lamarr", "Katherine Johnson", "Nikola Tesla", "Rosalind Franklin",
                                  "Niels Bohr", "Lise Meitner", "Emmy Noether", "Konrad Zuse"])
pool("vault", "NEG_BUILDING", ["Tresor Fugger", "Vault Rothschild", "Salle Vauban", "Kluis Rembrandt",
                               "Tresorraum Mozart", "Cámara Goya", "Caveau Medici", "Valv Nobel",
                               "Boksrum Tycho Brahe", "Trezor Masaryk", "Kasa Kopernik"])
pool("hearing", "NEG_PRODUCT", ["Phonak Audéo", "Phonak Audéo Lumity", "Oticon More", "Oticon Intent",
                                "Signia Pure", "Widex Moment", "ReSound Omnia", "Starkey Genesis",
                                "Bernafon Alpha", "Unitron Vivante", "Hansaton Jam", "Rexton Emerald"])
pool("bike", "NEG_PRODUCT", ["Gazelle Esprit", "Batavus Finez", "Cortina E-Common", "Kalkhoff Endeavour",
                             "Riese & Müller Charger", "Bianchi Oltre", "Colnago V4Rs", "Pinarello Dogma",
                             "Sparta Amazing", "Victoria eTrekking", "Diamant Ubari", "Raleigh Motus",
                             "Peugeot LR01", "Koga Miyata", "Stevens Lucera", "Cube Kathmandu", "Ortler Bozen",
                             "Gazelle Orange", "Batavus Dinsdag", "Crescent Elina"])
pool("eponym", "NEG_PRODUCT", ["Weber test", "Rinne test", "Ménière's disease", "Eustachian tube",
                               "Weber-Versuch", "Rinne-Versuch", "maladie de Ménière", "Tullio phenomenon",
                               "Valsalva manoeuvre", "Hennebert sign"])
pool("clinic", "NEG_ORG", ["Clinique Pierre Cherest", "Hôpital Antoine-Béclère", "Hôpital Necker",
                           "Klinikum Ernst von Bergmann", "Hospital Gregorio Marañón", "Policlinico Agostino Gemelli",
                           "Kinderwunschzentrum Marie Curie", "Hôpital Jean Verdier", "Hospital Santa Maria",
                           "Ospedale San Raffaele", "Szpital im. Jana Pawła II", "Fakultní nemocnice Motol",
                           "Semmelweis Egyetem", "Spitalul Carol Davila", "Rigshospitalet", "Karolinska Universitetssjukhuset",
                           "Alexandra Maternity Hospital", "Jorvin sairaala", "Albert Schweitzer Ziekenhuis"])
pool("court", "NEG_ORG", ["Amtsgericht Charlottenburg – Betreuungsgericht", "Tribunal judiciaire de Lyon",
                          "Giudice tutelare di Milano", "Rechtbank Amsterdam", "Juzgado de Familia n.º 3",
                          "Sąd Rejonowy dla Krakowa", "Tingsrätten i Uppsala", "Familieretshuset",
                          "Okresní soud v Brně", "Fővárosi Törvényszék", "Aile Mahkemesi",
                          "Judecătoria Sectorului 2", "Protodikeio Athinon", "Court of Protection"])
pool("lawfirm", "NEG_ORG", ["Freshfields Bruckhaus Deringer", "Baker McKenzie", "Gleiss Lutz",
                            "Hengeler Mueller", "Cuatrecasas", "Uría Menéndez", "Bonelli Erede", "Chiomenti",
                            "De Brauw Blackstone Westbroek", "Gide Loyrette Nouel", "Kromann Reumert",
                            "Mannheimer Swartling", "Wiersholm", "Roschier", "Castrén & Snellman",
                            "Lakatos, Köves & Partners", "Esin Attorney Partnership", "Țuca Zbârcea & Asociații",
                            "Zepos & Yannopoulos", "Morais Leitão", "Wardyński & Partners", "Havel & Partners"])
pool("pestfirm", "NEG_ORG", ["Rentokil", "Anticimex", "Ecolab", "Orkin", "Terminix", "Rentokil Initial",
                             "Kammerjäger Schulz GmbH", "Hygiène Dupuis", "Desinsectación Ramírez",
                             "Disinfestazioni Bruno Srl", "Nomor", "Mortein", "Schädlingsbekämpfung Hoffmann"])
pool("lockfirm", "NEG_ORG", ["Schlüsseldienst Meier", "Serrurerie Dubois", "Slotenmaker De Vries",
                             "Cerrajería Martínez", "Fabbro Giuseppe Conti", "Låssmed Olsson AB",
                             "Låsesmed Hansen ApS", "Zámečnictví Novák", "Keys by Kevin", "Timpson",
                             "Abloy", "Assa Abloy", "Mister Minit"])
pool("farm", "NEG_ORG", ["Hof Meyer", "Fattoria Giulia", "Gut Marienhof", "Quinta da Maria",
                         "Finca Doña Elvira", "Mas de Jeanne", "Hoeve De Jonge", "Hof Lindner", "Tenuta Rossi",
                         "Herdade do João", "Gård Karlsson", "Gården Mette", "Gården Solveig", "Talo Virtanen",
                         "Statek Novák", "Kovács-tanya", "Çiftlik Ayşe Hanım", "Ferma Ionescu", "Ktima Lazaridi",
                         "Domaine Marcel Martin", "Bauernhof Huber"])
pool("stall", "NEG_ORG", ["Bei Oma Erna", "Chez Marcel", "Da Giovanni", "Tante Lies", "Mama Rosa's",
                          "Le Petit Louis", "Onkel Ottos Käse", "La Abuela Carmen", "Tia Rosa", "U Pepíčka",
                          "Mormor Agdas Bröd", "Pani Basia", "Anna néni lángos", "Ayşe Teyze Gözleme",
                          "Bunica Maria", "Kyra Eleni", "Ollie's Olives", "Fishmonger Jack"])
pool("taxi", "NEG_ORG", ["Taxi Max", "Funk-Taxi Hansa", "Addison Lee", "FreeNow", "Bolt", "Uber",
                         "Taxi Karl", "Taxis Georges", "Radio Taxi Tomás", "Taxi Pasquale", "Taxi Jönsson",
                         "Dantaxi", "Norgestaxi", "Lähitaksi", "Taxi Josef", "Főtaxi", "Taksi Mehmet",
                         "Taxi Leone", "Cosmo Taxi Nikos"])
pool("rank", "NEG_PLACE", ["Taxistand Karlsplatz", "Taxi rank Victoria Station", "Station de taxis Gare Saint-Lazare",
                           "Parada de taxis Atocha", "Posteggio Piazza Garibaldi", "Taxistandplaats Rembrandtplein",
                           "Taxiholdeplads Kongens Nytorv", "Postój Plac Bankowy", "Taxi stanoviště Masarykovo nádraží"])
pool("station", "NEG_PLACE", ["Franklin D. Roosevelt", "Gare Jean Jaurès", "Ernst-Reuter-Platz",
                              "Theodor-Heuss-Platz", "Rembrandtplein", "Príncipe Pío", "Marquês de Pombal",
                              "Charles de Gaulle – Étoile", "Jean Jaurès", "Victor Hugo", "Louise",
                              "Garibaldi", "Cadorna", "Gustavo Adolfo Bécquer", "Karlovo náměstí",
                              "Kossuth Lajos tér", "Piața Victoriei", "Evangelismos", "Sankt Eriksplan",
                              "Kongens Nytorv", "Jernbanetorget", "Rautatientori", "Ratusz Arsenał", "Taksim"])
pool("line", "NEG_PLACE", ["Elizabeth line", "Jubilee line", "Victoria line", "Linea Lilla",
                           "Tram Jean Moulin", "U-Bahn-Linie U2 Ruhleben", "Linie Heinrich Heine"])
pool("charity", "NEG_ORG", ["Joseph Rowntree Foundation", "Robert Bosch Stiftung", "Fondation Abbé Pierre",
                            "Fundación Amancio Ortega", "Fondazione Giorgio Cini", "Calouste Gulbenkian Foundation",
                            "Wellcome Trust", "Nuffield Foundation", "Fondation Mérieux", "Prins Bernhard Cultuurfonds",
                            "Knut och Alice Wallenbergs Stiftelse", "Carlsbergfondet", "Fritt Ord",
                            "Sigrid Juséliuksen säätiö", "Nadace Karla Janečka", "Koç Vakfı",
                            "Fundația Principesa Margareta", "Ídryma Stávros Niárchos", "Else Kröner-Fresenius-Stiftung",
                            "Fundação Champalimaud", "Fundacja Anny Dymnej", "Cruz Roja", "Marie Curie"])
pool("saintplace", "NEG_PLACE", ["San Sebastián", "Saint-Étienne", "Sankt Pölten", "St. Gallen",
                                 "São João da Madeira", "Santa Cruz de Tenerife", "Sint-Niklaas",
                                 "San Giovanni Rotondo", "Saint-Jean-de-Luz", "Sankt Augustin", "St Albans",
                                 "Santo Tirso", "Sankt Peter-Ording", "Sfântu Gheorghe", "Agios Nikolaos",
                                 "Sint-Truiden", "San Benedetto del Tronto"])
pool("feast", "NEG_EVENT", ["Fête de la Saint-Jean", "Sankt Hans", "Juhannus", "Martinstag", "Nikolaustag",
                            "Sinterklaas", "Día de San Juan", "Festa di San Gennaro", "St Patrick's Day",
                            "Santo António", "Sankta Lucia", "Szent István nap", "Mărțișor", "Agios Dimitrios",
                            "Dzień Świętego Marcina", "Svatý Václav", "Sankthansaften", "São João"])
pool("street", "NEG_STREET", ["Karl-Marx-Allee", "Rue Victor Hugo", "Via Giuseppe Garibaldi", "Calle de Goya",
                              "Avenida Almirante Reis", "ulica Mickiewicza", "Drottninggatan",
                              "H.C. Andersens Boulevard", "Karl Johans gate", "Mannerheimintie",
                              "Václavské náměstí", "Andrássy út", "Atatürk Bulvarı", "Bulevardul Nicolae Bălcescu",
                              "Odos Eleftheriou Venizelou", "Avenue Jean Jaurès", "Konrad-Adenauer-Straße",
                              "Jan Pieterszoon Coenstraat", "Rua Luís de Camões", "Via Dante Alighieri"])
pool("famous", "NEG_FAMOUS", ["Marie Curie", "Johann Wolfgang von Goethe", "Victor Hugo", "Rembrandt van Rijn",
                              "Miguel de Cervantes", "Leonardo da Vinci", "Fernando Pessoa", "Frédéric Chopin",
                              "Astrid Lindgren", "Hans Christian Andersen", "Henrik Ibsen", "Jean Sibelius",
                              "Franz Kafka", "Liszt Ferenc", "Mustafa Kemal Atatürk", "Mihai Eminescu",
                              "Nikos Kazantzakis", "Ludwig van Beethoven", "Agatha Christie", "Frida Kahlo"])
pool("work", "NEG_WORK", ["Hey Jude", "Michelle", "Jolene", "Roxanne", "Layla", "Anna Karenina",
                          "Madame Bovary", "Effi Briest", "Pippi Långstrump", "Emil i Lönneberga",
                          "Oliver Twist", "Jane Eyre", "Don Quijote", "Peer Gynt", "Dancing Queen",
                          "Mamma Mia", "Sweet Caroline", "Eleanor Rigby", "Mrs Robinson", "Billie Jean",
                          "Heidi", "Momo", "Bella Ciao", "Fernando", "Maria Magdalena"])
pool("dish", "NEG_PRODUCT", ["Beef Wellington", "Pêche Melba", "Eggs Benedict", "Caesar Salad",
                             "Pizza Margherita", "Sachertorte", "Crêpes Suzette", "Tarte Tatin", "Carpaccio",
                             "Boeuf Stroganoff", "Pavlova", "Kaiserschmarrn", "Fürst-Pückler-Eis",
                             "Bismarckhering", "Pastel de Belém", "Janssons frestelse", "Gundel palacsinta",
                             "Karađorđeva šnicla", "Prinzregententorte", "Waldorf Salad"])
pool("house", "NEG_BUILDING", ["Villa Anna", "Haus Elisabeth", "Villa Carlotta", "Villa Sophie",
                               "Casa Lucía", "Maison Margot", "Huize Johanna", "Villa Hermine", "Quinta Isabel",
                               "Villa Kristina", "Dom Jadwiga", "Vila Tereza", "Villa Ingeborg", "Casa Elena"])
pool("prize", "NEG_EVENT", ["Nobel Prize", "Karlspreis", "Prix Goncourt", "Premio Strega", "Premio Cervantes",
                            "Prémio Camões", "Nagroda Nike", "Augustpriset", "Holberg Prize", "Finlandia-palkinto",
                            "Kossuth-díj", "Pulitzer Prize", "Booker Prize", "Georg-Büchner-Preis",
                            "Sonning Prize", "Max Planck Medal"])
pool("heading", "NEG_TERM", {
    "en": ["Contract Partner", "Account Holder", "Signature", "Full Name", "Emergency Contact", "Terms And Conditions"],
    "de": ["Vertragspartner", "Unterschrift", "Kontoinhaber", "Vollständiger Name", "Notfallkontakt", "Allgemeine Geschäftsbedingungen"],
    "fr": ["Nom Prénom", "Signature Du Client", "Titulaire Du Compte", "Personne À Contacter", "Conditions Générales"],
    "nl": ["Datum Ondertekening", "Naam Klant", "Rekeninghouder", "Handtekening", "Algemene Voorwaarden"],
    "es": ["Nombre Completo", "Firma Del Titular", "Datos Personales", "Persona De Contacto"],
    "it": ["Firma Del Titolare", "Nome E Cognome", "Dati Anagrafici", "Persona Da Contattare"],
    "pt": ["Assinatura", "Nome Completo", "Titular Da Conta", "Dados Pessoais"],
    "pl": ["Podpis Klienta", "Imię I Nazwisko", "Dane Osobowe", "Osoba Kontaktowa"],
    "sv": ["Underskrift", "Fullständigt Namn", "Kontoinnehavare", "Kontaktperson"],
    "da": ["Underskrift", "Fulde Navn", "Kontohaver", "Kontaktperson"],
    "no": ["Underskrift", "Fullt Navn", "Kontoinnehaver", "Pårørende"],
    "fi": ["Allekirjoitus", "Koko Nimi", "Tilinomistaja", "Yhteyshenkilö"],
    "cs": ["Podpis Zákazníka", "Jméno A Příjmení", "Majitel Účtu", "Kontaktní Osoba"],
    "hu": ["Aláírás", "Teljes Név", "Számlatulajdonos", "Kapcsolattartó"],
    "tr": ["İmza", "Ad Soyad", "Hesap Sahibi", "İrtibat Kişisi"],
    "ro": ["Semnătura", "Nume Complet", "Titular Cont", "Persoană De Contact"],
    "el": ["Ypografi", "Onomateponymo", "Dikaiouchos Logariasmou", "Prosopo Epikoinonias"],
})
pool("tariff", "NEG_PRODUCT", ["Magenta Mobil L", "Red Pro", "Forfait Série Spéciale", "Tarifa Fusión Total",
                               "Giga Young", "Unlimited Max", "Bella Tariff", "Super Sofia 5G", "Lilla Mini",
                               "Mobile Anna 20GB", "Tele2 Frida", "Yoigo La Sinfín", "Red Victoria"])
pool("casino", "NEG_ORG", ["Casino Baden-Baden", "Casinos Austria", "Holland Casino", "Casino Barrière",
                           "Grosvenor Casinos", "Casino Estoril", "Casino di Sanremo", "Casino Marina",
                           "Spielbank Bad Homburg", "Casino Cosmopol"])
pool("climb", "NEG_ORG", ["Kletterhalle Edelweiss", "Boulderwelt", "Block'helden", "Climbing Hangar",
                          "Arkose Montreuil", "Sharma Climbing", "Monkey Island", "Klatreverket",
                          "Trampolinpark Jumphouse", "Karting Michael Schumacher", "Kartbahn Ayrton Senna"])


# ---- templates ----------------------------------------------------------------------------------
# (class, language, template); {S:kind} is a person's slot that may hold the thing instead.
T = [
    # boats and yachts
    ("boat", "en", "SMALL SHIPS REGISTER – EXTRACT\nVessel name: {N:yacht}\nHull ID: GB-{#}\nOwner: {P}, {A}\nSkipper: {P}\nHome port: Falmouth\n"),
    ("boat", "de", "Bootsregister\nName des Fahrzeugs: {N:yacht}\nEigner/in: {P}\nAnschrift: {A}\nSchiffsführer: {P}, geb. {B}\n"),
    ("boat", "fr", "Acte de francisation\nNom du navire : {N:yacht}\nPropriétaire : {S:charity}\nChef de bord : {P}\n"),
    ("boat", "nl", "Kadaster teboekstelling\nScheepsnaam: {N:boatname}\nEigenaar: {P}\nSchipper: {P}\n"),
    ("boat", "sv", "Båtregister\nBåtens namn: {N:boatname}\nÄgare: {P}\nSkeppare: {P}\n"),
    ("boat", "no", "Småbåtregisteret\nBåtnavn: {N:boatname}\nEier: {P}, {A}\nFører: {P}\n"),
    ("boat", "da", "Lystfartøjsregister\nSkibets navn: {N:yacht}\nEjer: {P}\nSkipper: {P}, født {B}\n"),
    ("boat", "fi", "Venerekisteri\nVeneen nimi: {N:boatname}\nOmistaja: {P}\nPäällikkö: {P}\n"),
    ("boat", "en", "marina chat\n[09:12] {PL}: is {N:boatname} on pontoon C or D?\n[09:13] harbour office: {N:yacht} is C12, {N:yacht} left at 8\n[09:14] {PL}: thanks, {PGL} will bring the keys\n"),
    ("boat", "it", "Licenza di navigazione\nNome unità: {N:yacht}\nArmatore: {P}\nComandante: {P}\n"),
    ("boat", "es", "Registro de embarcaciones\nNombre: {N:boatname}\nPropietario: {S:lawfirm}\nPatrón: {P}, {A}\n"),
    ("boat", "pl", "Rejestr jachtów\nNazwa jachtu: {N:boatname}\nArmator: {P}\nKapitan: {P}\n"),
    ("boat", "en", "vessel,owner,skipper\n\"{N:boatname}\",{P},{P}\n\"{N:boatname}\",{P},{P}\n"),
    ("boat", "de", "Liegeplätze Steg 3: {L:boatname}. Hafenmeister: {P}.\n"),
    ("boat", "el", "Adeia skafous\nOnoma skafous: {N:boatname}\nIdioktitis: {P}\nKyvernitis: {P}\n"),
    ("boat", "tr", "Tekne ruhsatı\nTekne adı: {N:boatname}\nSahibi: {P}\nKaptan: {P}\n"),
    ("boat", "en", "Hi {PG},\nthe survey of {N:yacht} is booked for {DT}. {P} (surveyor) will meet you at the slip.\nRegards, {P}\n"),
    # drones and aircraft
    ("drone", "en", "UK CAA operator registration\nOperator: {P}\nRemote pilot: {P}\nAircraft: {N:drone}\nOperator ID: GBR-OP-{#}\n"),
    ("drone", "de", "Betreiberregistrierung LBA\nBetreiber/in: {P}, geb. {B}\nFernpilot/in: {P}\nFluggerät: {N:drone}\n"),
    ("drone", "fr", "AlphaTango – enregistrement\nExploitant : {S:charity}\nTélépilote : {P}\nAéronef : {N:drone}\n"),
    ("drone", "nl", "Registratie RDW\nExploitant: {P}\nDrone: {N:drone}\n"),
    ("drone", "en", "Logbook\n| Date | Aircraft | PIC | Student |\n|---|---|---|---|\n| {DT} | {N:aircraft} | {P} | {P} |\n| {DT} | {N:aircraft} | {P} | {P} |\n"),
    ("drone", "de", "Segelfluggruppe: Flugbuch\n{DT} {N:aircraft} Pilot: {P}, Fluglehrer: {P}\n"),
    ("drone", "sv", "Drönarregistrering\nOperatör: {P}\nDrönare: {N:drone}\nFjärrpilot: {P}\n"),
    ("drone", "cs", "Registrace provozovatele\nProvozovatel: {P}\nBezpilotní letadlo: {N:drone}\n"),
    ("drone", "it", "Registrazione D-Flight\nOperatore: {P}\nDrone: {N:drone}\nPilota remoto: {P}\n"),
    ("drone", "hu", "Drón nyilvántartás\nÜzemben tartó: {P}\nDrón: {N:drone}\n"),
    # animals
    ("animal", "en", "Pet registration\nName: {N:dog}\nSpecies: dog (Labrador)\nKeeper: {P}\nAddress: {A}\nVet: {P}\n"),
    ("animal", "de", "Hunderegister\nName des Hundes: {N:dog}\nRasse: Beagle\nHalter/in: {P}, geb. {B}\n"),
    ("animal", "fr", "Fichier I-CAD\nNom de l'animal : {N:dog}\nDétenteur : {P}\nVétérinaire : {P}\n"),
    ("animal", "en", "Horse passport\nName: {N:horse}\nSire: {N:horse}\nBreeder: {S:farm}\nOwner: {P}\nRider: {P}\n"),
    ("animal", "de", "Starterliste Springprüfung Kl. L\n1 {P} – {N:horse}\n2 {P} – {N:horse}\n3 {P} – {N:horse}\n"),
    ("animal", "nl", "Startlijst\n1. {P} met {N:horse}\n2. {P} met {N:horse}\n"),
    ("animal", "sv", "Hundregister\nHundens namn: {N:dog}\nÄgare: {P}\n"),
    ("animal", "it", "Anagrafe canina\nNome: {N:dog}\nProprietario: {P}\nVeterinario: {P}\n"),
    ("animal", "es", "chat\nfrom {PL}: ¿puede {N:dog} quedarse con {PG} el sábado?\nfrom {PL}: sí, y {N:dog} también\n"),
    ("animal", "pl", "Rejestr psów\nImię psa: {N:dog}\nWłaściciel: {P}\n"),
    ("animal", "fi", "Koirarekisteri\nKoiran nimi: {N:dog}\nOmistaja: {P}\n"),
    ("animal", "ro", "Carnet de sănătate\nNume animal: {N:dog}\nProprietar: {P}\n"),
    ("animal", "en", "⦃\"pet\": ⦃\"name\": \"{N:dog}\", \"breed\": \"Collie\"⦄, \"owner\": ⦃\"name\": \"{P}\"⦄, \"walker\": \"{P}\"⦄\n"),
    # bees
    ("bee", "de", "Bienenstandmeldung\nImker/in: {P}\nAnschrift: {A}\nStand: Waldrand, 6 Völker\nKönigin: {N:beeline}, gezeichnet blau\nVolk: {N:colony}\n"),
    ("bee", "en", "Apiary register\nBeekeeper: {P}\nApiary: Orchard\nColony: {N:colony}\nQueen line: {N:beeline}\nInspector: {P}\n"),
    ("bee", "fr", "Déclaration de ruchers\nApiculteur : {P}\nRuche : {N:colony}\nLignée : {N:beeline}\n"),
    ("bee", "nl", "Bijenstand\nImker: {P}\nVolk: {N:colony}\nKoningin: {N:beeline}\n"),
    ("bee", "cs", "Registrace včelstev\nChovatel: {P}\nLinie: {N:beeline}\nVčelstvo: {N:colony}\n"),
    ("bee", "hu", "Méhészeti nyilvántartás\nMéhész: {P}\nAnyavonal: {N:beeline}\n"),
    ("bee", "pl", "Rejestr pasiek\nPszczelarz: {P}\nLinia: {N:beeline}\nRodzina: {N:colony}\n"),
    ("bee", "en", "queen,line,colony,keeper\n2024-07,{N:beeline},{N:colony},{P}\n2024-08,{N:beeline},{N:colony},{P}\n"),
    ("bee", "sv", "Bigårdsanmälan\nBiodlare: {P}\nLinje: {N:beeline}\n"),
    ("bee", "ro", "Registrul stupinelor\nApicultor: {P}\nLinie: {N:beeline}\n"),
    # golf
    ("golf", "en", "Competition: {N:trophy}\nCourse: {N:golfcourse}\nTee 08:10 – {P}, {P}, {P}\nTee 08:20 – {P}, {P}\nStarter: {P}\n"),
    ("golf", "de", "Handicap-Stammblatt\nSpieler/in: {P}\nClub: GC Hubbelrath\nPlatz: {N:golfcourse}\nWettspiel: {N:trophy}\nZähler/in: {P}\n"),
    ("golf", "en", "Results – {N:trophy}\n1. {P} 38 pts\n2. {P} 36 pts\n3. {P} 35 pts\nNearest the pin on {N:hole}: {P}\n"),
    ("golf", "fr", "Feuille de départ\nParcours : {N:golfcourse}\n09:00 {P} / {P}\nTrophée : {N:trophy}\n"),
    ("golf", "es", "Torneo {N:trophy}\nCampo: {N:golfcourse}\nJugadores: {P}, {P}\n"),
    ("golf", "sv", "Startlista {N:trophy}\n10:00 {P}, {P}\nBana: {N:golfcourse}\n"),
    ("golf", "it", "Gara: {N:trophy}\nPercorso: {N:golfcourse}\nGiocatore: {P}\nMarcatore: {P}\n"),
    ("golf", "nl", "Wedstrijd: {N:trophy}\nBaan: {N:golfcourse}\nSpeler: {P}\nMarker: {P}\n"),
    ("golf", "da", "Turnering: {N:trophy}\nBane: {N:golfcourse}\nSpiller: {P}\n"),
    ("golf", "fi", "Kilpailu: {N:trophy}\nKenttä: {N:golfcourse}\nPelaaja: {P}\n"),
    ("golf", "en", "{PL}: anyone for the {N:trophy} on saturday?\n{PL}: me + {PGL}, booked {N:golfcourse}\n"),
    # music schools, choirs, exams, pieces
    ("music", "de", "Anmeldung {N:musicschool}\nSchüler/in: {P}, geb. {B}\nInstrument: Klavier\nLehrkraft: {P}\nErziehungsberechtigte/r: {P}\n"),
    ("music", "en", "{N:examboard} entry\nCandidate: {P}\nGrade 3 Piano\nPieces: {N:piece}; {N:piece}; {N:piece}\nTeacher: {P}\n"),
    ("music", "fr", "Inscription {N:musicschool}\nÉlève : {P}\nProfesseur : {P}\nMorceau : {N:piece}\n"),
    ("music", "it", "Iscrizione {N:musicschool}\nAllievo: {P}\nInsegnante: {P}\nBrano d'esame: {N:piece}\n"),
    ("music", "es", "Matrícula {N:musicschool}\nAlumno: {P}\nProfesor: {P}\nObra: {N:piece}\n"),
    ("music", "pl", "Zapis {N:musicschool}\nUczeń: {P}\nNauczyciel: {P}\nUtwór: {N:piece}\n"),
    ("music", "hu", "Beiratkozás – {N:musicschool}\nNövendék: {P}\nTanár: {P}\n"),
    ("music", "en", "Concert programme\n{N:piece} – {P} (violin)\n{N:piece} – {P} (piano)\n{N:choir}, conductor {P}\n"),
    ("music", "de", "Probenplan {N:choir}\nSopran: {P}, {P}\nAlt: {P}\nStimmbildung: {P}\nStück: {N:piece}\n"),
    ("music", "sv", "{N:choir} – medlemmar\n{P} (tenor)\n{P} (bas)\nDirigent: {P}\n"),
    ("music", "nl", "{N:musicschool}\nLeerling: {P}\nDocent: {P}\nExamenstuk: {N:piece}\n"),
    ("music", "cs", "Přihláška – {N:musicschool}\nŽák: {P}\nUčitel: {P}\n"),
    ("music", "ro", "Înscriere – {N:musicschool}\nElev: {P}\nProfesor: {P}\nPiesă: {N:piece}\n"),
    ("music", "el", "Eggrafi – {N:musicschool}\nMathitis: {P}\nKathigitis: {P}\n"),
    ("music", "en", "student,teacher,piece,exam board\n{P},{P},\"{N:piece}\",{N:examboard}\n{P},{P},\"{N:piece}\",{N:examboard}\n"),
    # language schools
    ("lang", "de", "Einstufung {N:langschool}\nTeilnehmer/in: {P}\nKurs: {N:course}\nKursleitung: {P}\n"),
    ("lang", "en", "Enrolment – {N:langschool}\nStudent: {P}, DOB {B}\nCourse: {N:course}\nTutor: {P}\n"),
    ("lang", "fr", "Test de placement – {N:langschool}\nÉtudiant : {P}\nNiveau : {N:course}\nEnseignant : {P}\n"),
    ("lang", "es", "Matrícula – {N:langschool}\nAlumno: {P}\nCurso: {N:course}\n"),
    ("lang", "it", "Iscrizione – {N:langschool}\nStudente: {P}\nCorso: {N:course}\nDocente: {P}\n"),
    ("lang", "pt", "Inscrição – {N:langschool}\nAluno: {P}\nCurso: {N:course}\nProfessor: {P}\n"),
    ("lang", "tr", "Kayıt – {N:langschool}\nÖğrenci: {P}\nKurs: {N:course}\nÖğretmen: {P}\n"),
    ("lang", "fi", "Ilmoittautuminen – {N:langschool}\nOpiskelija: {P}\nOpettaja: {P}\n"),
    ("lang", "en", "⦃\"school\": \"{N:langschool}\", \"course\": \"{N:course}\", \"students\": [\"{P}\", \"{P}\"], \"teacher\": \"{P}\"⦄\n"),
    ("lang", "no", "Påmelding – {N:langschool}\nDeltaker: {P}\nLærer: {P}\n"),
    # archives
    ("archive", "fr", "Demande de communication\nLecteur : {P}\nCarte n° {#}\nCote : 72 AJ {#}\nFonds : {N:fonds}\n"),
    ("archive", "de", "Benutzungsantrag\nBenutzer/in: {P}, {A}\nBestand: {N:fonds}\nThema: Briefwechsel mit {N:famous}\nBetreuung: {P}\n"),
    ("archive", "en", "Reader registration\nName: {P}\nCollection: {N:fonds}\nSupervisor: {P}\nPurpose: PhD on {N:famous}\n"),
    ("archive", "es", "Solicitud de consulta\nInvestigador: {P}\nFondo: {N:fonds}\n"),
    ("archive", "it", "Richiesta di consultazione\nStudioso: {P}\nFondo: {N:fonds}\nArchivista: {P}\n"),
    ("archive", "nl", "Aanvraag inzage\nBezoeker: {P}\nArchief: {N:fonds}\n"),
    ("archive", "sv", "Beställning\nForskare: {P}\nArkiv: {N:fonds}\n"),
    ("archive", "pl", "Rewers\nCzytelnik: {P}\nZespół: {N:fonds}\n"),
    ("archive", "en", "order slip | reader | fonds | box\n{#} | {P} | {N:fonds} | 12\n{#} | {P} | {N:fonds} | 4\n"),
    # coworking rooms
    ("cowork", "en", "Room booking\nRoom: {N:room}\nBooked by: {P}\nAttendees: {P}, {P}\n"),
    ("cowork", "de", "Raumbuchung\nRaum: {N:room}\nGebucht von: {P}\nTeilnehmende: {P}, {P}\n"),
    ("cowork", "en", "Meeting rooms on floor 2: {L:roomname}. Community manager: {P}.\n"),
    ("cowork", "fr", "Réservation\nSalle : {N:room}\nRéservé par : {P}\n"),
    ("cowork", "nl", "Boeking\nRuimte: {N:room}\nGeboekt door: {P}\n"),
    ("cowork", "es", "Reserva\nSala: {N:room}\nReservado por: {P}\n"),
    ("cowork", "it", "Prenotazione\nSala: {N:room}\nPrenotato da: {P}\nPartecipanti: {P}, {P}\n"),
    ("cowork", "en", "⦃\"room\": \"{N:roomname}\", \"organizer\": \"{P}\", \"start\": \"10:00\"⦄\n"),
    ("cowork", "en", "{PL}: is {N:roomname} free at 3?\n{PL}: no, {PGL} has it, try {N:roomname}\n"),
    ("cowork", "sv", "Bokning\nRum: {N:room}\nBokad av: {P}\n"),
    ("cowork", "da", "Booking\nLokale: {N:room}\nBooket af: {P}\n"),
    ("cowork", "no", "Booking\nRom: {N:room}\nBooket av: {P}\n"),
    ("cowork", "fi", "Varaus\nTila: {N:room}\nVaraaja: {P}\n"),
    ("cowork", "cs", "Rezervace\nMístnost: {N:room}\nRezervoval: {P}\n"),
    ("cowork", "hu", "Foglalás\nTerem: {N:room}\nFoglaló: {P}\n"),
    ("cowork", "tr", "Rezervasyon\nOda: {N:room}\nRezerve eden: {P}\n"),
    ("cowork", "ro", "Rezervare\nSala: {N:room}\nRezervat de: {P}\n"),
    ("cowork", "el", "Kratisi\nAithousa: {N:room}\nKratisi apo: {P}\n"),
    # vaults
    ("vault", "de", "Schließfachvertrag\nMieter/in: {P}, geb. {B}\nFach Nr. {#}\nTresorraum: {N:vault}\nBevollmächtigte/r: {P}\n"),
    ("vault", "en", "Vault access log\n{DT} 10:14 {N:vault} box {#} – {P} (escorted by {P})\n{DT} 11:02 {N:vault} box {#} – {P}\n"),
    ("vault", "fr", "Contrat de location de coffre\nLocataire : {P}\nSalle : {N:vault}\nMandataire : {S:lawfirm}\n"),
    ("vault", "nl", "Kluishuur\nHuurder: {P}\nKluis: {N:vault}\n"),
    ("vault", "it", "Cassetta di sicurezza\nIntestatario: {P}\nCaveau: {N:vault}\n"),
    ("vault", "sv", "Bankfack\nInnehavare: {P}\nValv: {N:vault}\n"),
    ("vault", "pl", "Skrytka depozytowa\nNajemca: {P}\nSkarbiec: {N:vault}\n"),
    ("vault", "cs", "Bezpečnostní schránka\nNájemce: {P}\nTrezor: {N:vault}\n"),
    # hearing aids and eponymous tests
    ("hearing", "en", "Hearing aid fitting\nPatient: {P}, DOB {B}\nDevice: {N:hearing} (both ears)\nAudiologist: {P}\nFindings: {N:eponym} lateralises left\n"),
    ("hearing", "de", "Hörgeräteanpassung\nKunde/Kundin: {P}\nGerät: {N:hearing}\nAkustiker/in: {P}\nHNO-Arzt: {P}\n"),
    ("hearing", "fr", "Appareillage\nPatient : {P}\nAppareil : {N:hearing}\nAudioprothésiste : {P}\nDiagnostic : {N:eponym}\n"),
    ("hearing", "nl", "Aanpassing\nCliënt: {P}\nToestel: {N:hearing}\nAudicien: {P}\n"),
    ("hearing", "it", "Protesi acustica\nPaziente: {P}\nApparecchio: {N:hearing}\nAudioprotesista: {P}\n"),
    ("hearing", "es", "Adaptación audífonos\nPaciente: {P}\nModelo: {N:hearing}\nAudioprotesista: {P}\n"),
    ("hearing", "da", "Høreapparat\nPatient: {P}\nApparat: {N:hearing}\nAudiolog: {P}\n"),
    ("hearing", "fi", "Kuulokoje\nPotilas: {P}\nLaite: {N:hearing}\n"),
    ("hearing", "hu", "Hallókészülék\nPáciens: {P}\nKészülék: {N:hearing}\n"),
    ("hearing", "el", "Akoustiko\nAsthenis: {P}\nSyskevi: {N:hearing}\n"),
    # bicycles
    ("bike", "nl", "Fietsregistratie\nEigenaar: {P}\nMerk en model: {N:bike}\nFramenummer: GZ{#}\n"),
    ("bike", "de", "Fahrradpass\nEigentümer/in: {P}\nAnschrift: {A}\nFahrrad: {N:bike}\nLeasinggeber: JobRad\n"),
    ("bike", "en", "Bike leasing agreement\nEmployee: {P}\nBike: {N:bike}\nDealer: {S:lockfirm}\nApproved by: {P}\n"),
    ("bike", "fr", "Marquage Bicycode\nPropriétaire : {P}\nVélo : {N:bike}\n"),
    ("bike", "it", "Registro bici\nProprietario: {P}\nBici: {N:bike}\n"),
    ("bike", "da", "Cykelregister\nEjer: {P}\nCykel: {N:bike}\n"),
    ("bike", "en", "owner,bike,frame\n{P},{N:bike},WTU{#}\n{P},{N:bike},WTU{#}\n"),
    ("bike", "en", "my {N:bike} got stolen outside the station, {PG} saw it. my neighbour {P} has a {N:bike} too\n"),
    ("bike", "sv", "Cykelregister\nÄgare: {P}\nCykel: {N:bike}\n"),
    ("bike", "cs", "Registrace kola\nMajitel: {P}\nKolo: {N:bike}\n"),
    # clinics and courts
    ("clinic", "fr", "Consentement AMP\nPatiente : {P}, née le {B}\nConjoint : {P}\nCentre : {N:clinic}\nMédecin : {P}\n"),
    ("clinic", "de", "Einwilligung Kinderwunschbehandlung\nPatientin: {P}\nPartner: {P}\nZentrum: {N:clinic}\nÄrztin: {P}\n"),
    ("clinic", "en", "Consent to treatment\nPatient: {P}\nPartner: {P}\nClinic: {N:clinic}\nWitness: {P}\n"),
    ("clinic", "es", "Consentimiento\nPaciente: {P}\nCentro: {N:clinic}\nFacultativo: {P}\n"),
    ("clinic", "it", "Consenso PMA\nPaziente: {P}\nCentro: {N:clinic}\n"),
    ("clinic", "pt", "Consentimento\nUtente: {P}\nCentro: {N:clinic}\nMédico: {P}\n"),
    ("court", "de", "Beschluss\n{N:court}\nIn der Betreuungssache {P}, geb. {B}\nwird {S:charity} zur Betreuerin bestellt.\nRichterin: {P}\n"),
    ("court", "fr", "Jugement de curatelle\n{N:court}\nPersonne protégée : {P}\nCurateur : {S:charity}\n"),
    ("court", "nl", "Beschikking bewind\n{N:court}\nRechthebbende: {P}\nBewindvoerder: {S:charity}\n"),
    ("court", "it", "Decreto\n{N:court}\nBeneficiario: {P}\nAmministratore di sostegno: {P}\n"),
    ("court", "cs", "Usnesení\n{N:court}\nOpatrovanec: {P}\nOpatrovník: {P}\n"),
    ("court", "hu", "Végzés\n{N:court}\nGondnokolt: {P}\nGondnok: {P}\n"),
    ("court", "en", "Divorce settlement\nApplicant: {P}\nRespondent: {P}\nChildren: {P} (born {B}), {P} (born {B})\nCourt: {N:court}\nSolicitors: {N:lawfirm}\n"),
    ("court", "sv", "Dom\n{N:court}\nKärande: {P}\nSvarande: {P}\nOmbud: {N:lawfirm}\n"),
    ("court", "ro", "Hotărâre\n{N:court}\nReclamant: {P}\nPârât: {P}\nAvocat: {N:lawfirm}\n"),
    ("court", "tr", "Karar\n{N:court}\nDavacı: {P}\nDavalı: {P}\n"),
    ("court", "el", "Apofasi\n{N:court}\nEnagon: {P}\nEnagomenos: {P}\nDikigoros: {N:lawfirm}\n"),
    # law firms
    ("law", "en", "From: {P} <x@firm.example>\nTo: {P}\nSubject: your matter\n\nDear {PG},\nwe act with {N:lawfirm} on the sale. {P} at {N:lawfirm} will call you.\n"),
    ("law", "de", "Mandant/in: {P}\nGegner/in: {P}\nGegnerische Kanzlei: {N:lawfirm}\nSachbearbeiter/in: {P}\n"),
    ("law", "es", "Cliente: {P}\nDespacho contrario: {N:lawfirm}\nLetrado: {P}\n"),
    ("law", "pt", "Cliente: {P}\nSociedade: {N:lawfirm}\nAdvogado: {P}\n"),
    ("law", "fi", "Päämies: {P}\nVastapuolen asianajotoimisto: {N:lawfirm}\n"),
    ("law", "no", "Klient: {P}\nMotpartens advokatfirma: {N:lawfirm}\nAdvokat: {P}\n"),
    # locksmith and pest control
    ("trades", "en", "Pest control report\nClient: {P}\nSite: {A}\nContractor: {N:pestfirm}\nTechnician: {P}\nPest: brown rat\n"),
    ("trades", "de", "Einsatzbericht Schlüsseldienst\nAuftraggeber/in: {P}\nEinsatzort: {A}\nFirma: {N:lockfirm}\nMonteur: {P}\n"),
    ("trades", "fr", "Rapport d'intervention\nClient : {P}\nPrestataire : {N:pestfirm}\nTechnicien : {P}\n"),
    ("trades", "sv", "Saneringsrapport\nKund: {P}\nFöretag: {N:pestfirm}\nTekniker: {P}\n"),
    ("trades", "nl", "Werkbon\nKlant: {P}\nBedrijf: {N:lockfirm}\nMonteur: {P}\n"),
    ("trades", "es", "Parte de trabajo\nCliente: {P}\nEmpresa: {N:lockfirm}\nTécnico: {P}\n"),
    ("trades", "it", "Rapporto\nCliente: {P}\nDitta: {S:pestfirm}\nTecnico: {P}\n"),
    ("trades", "da", "Rapport\nKunde: {P}\nFirma: {N:pestfirm}\nTekniker: {P}\n"),
    ("trades", "cs", "Protokol\nZákazník: {P}\nFirma: {N:lockfirm}\nTechnik: {P}\n"),
    ("trades", "en", "locksmith call-out {#}: locked out, {P} at {A}; attended {N:lockfirm} ({P}); invoice to {S:lawfirm}\n"),
    # farms
    ("farm", "de", "Antrag Agrarförderung\nBetrieb: {N:farm}\nBetriebsinhaber/in: {P}\nAnschrift: {A}\nHofnachfolger/in: {P}\n"),
    ("farm", "it", "Domanda PAC\nAzienda: {N:farm}\nTitolare: {P}\nCodice fiscale: {#}\n"),
    ("farm", "fr", "Déclaration PAC\nExploitation : {N:farm}\nExploitant : {P}\n"),
    ("farm", "pt", "Pedido único\nExploração: {N:farm}\nTitular: {P}\n"),
    ("farm", "es", "Solicitud PAC\nExplotación: {N:farm}\nTitular: {P}\n"),
    ("farm", "nl", "Gecombineerde opgave\nBedrijf: {N:farm}\nAanvrager: {P}\n"),
    ("farm", "sv", "SAM-ansökan\nGård: {N:farm}\nSökande: {P}\n"),
    ("farm", "da", "Fællesskema\nBedrift: {N:farm}\nAnsøger: {P}\n"),
    ("farm", "no", "Produksjonstilskudd\nGård: {N:farm}\nSøker: {P}\n"),
    ("farm", "fi", "Tukihakemus\nTila: {N:farm}\nHakija: {P}\n"),
    ("farm", "cs", "Žádost o dotaci\nFarma: {N:farm}\nŽadatel: {P}\n"),
    ("farm", "hu", "Támogatási kérelem\nGazdaság: {N:farm}\nKérelmező: {P}\n"),
    ("farm", "tr", "Destek başvurusu\nİşletme: {N:farm}\nBaşvuran: {P}\n"),
    ("farm", "ro", "Cerere APIA\nExploatație: {N:farm}\nSolicitant: {P}\n"),
    ("farm", "el", "Aitisi OPEKEPE\nEkmetallefsi: {N:farm}\nAitoun: {P}\n"),
    # market stalls
    ("stall", "de", "Marktplatzvergabe\nStand Nr. {#}: {N:stall}\nInhaber/in: {P}\nAushilfe: {P}\n"),
    ("stall", "en", "Market licence\nStall: {N:stall}\nTrader: {P}\nAssistant: {P}\nPitch {#}\n"),
    ("stall", "fr", "Autorisation de marché\nÉtal : {N:stall}\nCommerçant : {P}\n"),
    ("stall", "it", "Concessione posteggio\nBanco: {N:stall}\nTitolare: {P}\n"),
    ("stall", "es", "Licencia de puesto\nPuesto: {N:stall}\nTitular: {P}\n"),
    ("stall", "pl", "Zezwolenie\nStoisko: {N:stall}\nSprzedawca: {P}\n"),
    ("stall", "tr", "Pazar yeri\nTezgah: {N:stall}\nSahibi: {P}\n"),
    ("stall", "en", "stall,trader,pitch\n\"{N:stall}\",{P},{#}\n\"{N:stall}\",{P},{#}\n"),
    ("stall", "hu", "Piaci engedély\nStand: {N:stall}\nÁrus: {P}\n"),
    ("stall", "el", "Adeia laikis\nPagkos: {N:stall}\nPolitis: {P}\n"),
    # taxis
    ("taxi", "de", "Taxikonzession\nFahrer/in: {P}, geb. {B}\nUnternehmen: {S:taxi}\nStandplatz: {N:rank}\n"),
    ("taxi", "en", "Private hire driver register\nDriver: {P}\nOperator: {S:taxi}\nBadge {#}\n"),
    ("taxi", "fr", "Carte professionnelle\nConducteur : {P}\nCentrale : {N:taxi}\nStation : {N:rank}\n"),
    ("taxi", "es", "Licencia de taxi\nConductor: {P}\nEmisora: {N:taxi}\nParada: {N:rank}\n"),
    ("taxi", "it", "Licenza taxi\nConducente: {P}\nCooperativa: {N:taxi}\n"),
    ("taxi", "nl", "Chauffeurskaart\nChauffeur: {P}\nCentrale: {N:taxi}\nStandplaats: {N:rank}\n"),
    ("taxi", "en", "{PL}: taxi booked with {N:taxi}, driver is {PG}\n{PL}: ok meet at {N:rank}\n"),
    ("taxi", "da", "Taxitilladelse\nChauffør: {P}\nVognmand: {N:taxi}\n"),
    ("taxi", "fi", "Taksilupa\nKuljettaja: {P}\nVälitys: {N:taxi}\n"),
    ("taxi", "hu", "Taxi engedély\nSofőr: {P}\nTársaság: {N:taxi}\n"),
    ("taxi", "tr", "Taksi ruhsatı\nŞoför: {P}\nDurak: {N:taxi}\n"),
    ("taxi", "el", "Adeia taxi\nOdigos: {P}\nRadiotaxi: {N:taxi}\n"),
    # transit
    ("transit", "fr", "Demande de passe Navigo\nTitulaire : {P}, né le {B}\nGare de départ : {N:station}\nGare d'arrivée : {N:station}\n"),
    ("transit", "de", "Antrag Deutschlandticket\nName: {P}\nHaltestelle: {N:station}\nArbeitgeber: {S:charity}\n"),
    ("transit", "en", "Season ticket\nHolder: {P}\nFrom: {N:station}\nTo: {N:station}\nLine: {N:line}\n"),
    ("transit", "es", "Abono transporte\nTitular: {P}\nEstación: {N:station}\n"),
    ("transit", "it", "Abbonamento\nTitolare: {P}\nFermata: {N:station}\n"),
    ("transit", "pt", "Passe Navegante\nTitular: {P}\nEstação: {N:station}\n"),
    ("transit", "cs", "Lítačka\nDržitel: {P}\nStanice: {N:station}\n"),
    ("transit", "hu", "Bérlet\nTulajdonos: {P}\nMegálló: {N:station}\n"),
    ("transit", "ro", "Abonament\nTitular: {P}\nStație: {N:station}\n"),
    ("transit", "el", "Karta apeiris\nKatochos: {P}\nStathmos: {N:station}\n"),
    ("transit", "sv", "SL-kort\nInnehavare: {P}\nStation: {N:station}\n"),
    ("transit", "en", "{PL}: change at {N:station} then walk to {N:station}, {PGL} will be there\n"),
    # charities
    ("charity", "en", "Gift Aid declaration\nDonor: {P}\nAddress: {A}\nCharity: {N:charity}\nAmount: £25 monthly\nWitness: {P}\n"),
    ("charity", "de", "Zuwendungsbestätigung\nSpender/in: {P}, {A}\nEmpfänger: {N:charity}\nUnterzeichnet: {P}\n"),
    ("charity", "fr", "Reçu fiscal\nDonateur : {P}\nOrganisme : {N:charity}\n"),
    ("charity", "es", "Certificado de donación\nDonante: {P}\nEntidad: {N:charity}\n"),
    ("charity", "it", "Ricevuta\nDonatore: {P}\nEnte: {N:charity}\n"),
    ("charity", "pt", "Recibo\nDoador: {P}\nInstituição: {N:charity}\n"),
    ("charity", "nl", "Giftverklaring\nSchenker: {P}\nOntvanger: {N:charity}\n"),
    ("charity", "sv", "Gåvobevis\nGivare: {P}\nMottagare: {N:charity}\n"),
    ("charity", "pl", "Potwierdzenie darowizny\nDarczyńca: {P}\nOrganizacja: {N:charity}\n"),
    ("charity", "tr", "Bağış makbuzu\nBağışçı: {P}\nKurum: {N:charity}\n"),
    ("charity", "en", "donor_name,charity,amount\n{P},{N:charity},50\n{P},{N:charity},20\n"),
    ("charity", "en", "Grants awarded by {N:charity} to {P} and {P}; panel chair {P}.\n"),
    # saints and feasts
    ("saint", "es", "Inscripción {N:feast}\nParticipante: {P}\nLocalidad: {N:saintplace}\nResponsable: {P}\n"),
    ("saint", "de", "Anmeldung Laternenumzug am {N:feast}\nKind: {P}\nBegleitung: {P}\nOrt: {N:saintplace}\n"),
    ("saint", "en", "Hi {PG}! We're going to {N:saintplace} for {N:feast}, {P} is driving. See you there, {PG}\n"),
    ("saint", "fr", "Bénévoles {N:feast}, {N:saintplace} : {P}, {P}, {P}\n"),
    ("saint", "it", "Volontari per la {N:feast} a {N:saintplace}: {P}, {P}\n"),
    ("saint", "pt", "Marchas de {N:feast}: {P} e {P} (grupo de {N:saintplace})\n"),
    ("saint", "sv", "{N:feast} – luciatåg: {P} (Lucia), {P}, {P}\n"),
    ("saint", "hu", "{N:feast} – szervező: {P}\n"),
    ("saint", "ro", "{N:feast}: invitați {P}, {P} din {N:saintplace}\n"),
    ("saint", "el", "{N:feast} sto {N:saintplace}: {P} kai {P}\n"),
    ("saint", "nl", "{N:feast} in {N:saintplace}: {P} speelt de Sint, {P} helpt\n"),
    ("saint", "da", "{N:feast}: bål ved stranden, {P} og {P} tager pølser med\n"),
    # streets without numbers
    ("street", "de", "Sperrmüllanmeldung\nName: {P}\nAnschrift: {A}\nAbholung vor dem Haus, Zufahrt über {N:street}\nAnsprechpartner/in: {P}\n"),
    ("street", "fr", "Réexpédition du courrier\nAncienne adresse : {A}\nNouvelle adresse : {A}\nDemandeur : {P}\nLe bureau de poste est sur {N:street}.\n"),
    ("street", "en", "Mail redirection\nName: {P}\nOld address: {A}\nNew address: {A}\nOther person moving: {P}\n"),
    ("street", "es", "Recogida de enseres\nSolicitante: {P}\nDirección: {A}\nEsquina con {N:street}\n"),
    ("street", "it", "Ritiro ingombranti\nRichiedente: {P}\nIndirizzo: {A}\nAccesso da {N:street}\n"),
    ("street", "pl", "Odbiór gabarytów\nZgłaszający: {P}\nAdres: {A}\nWjazd od {N:street}\n"),
    ("street", "sv", "Grovsopor\nBeställare: {P}\nAdress: {A}\nInfart från {N:street}\n"),
    ("street", "no", "Ettersending av post\nNavn: {P}\nNy adresse: {A}\nPostkontor ved {N:street}\n"),
    ("street", "fi", "Osoitteenmuutos\nNimi: {P}\nUusi osoite: {A}\nLähellä {N:street}\n"),
    ("street", "cs", "Přeposílání zásilek\nJméno: {P}\nNová adresa: {A}\nPobočka na {N:street}\n"),
    ("street", "hu", "Lomtalanítás\nBejelentő: {P}\nCím: {A}\nBehajtás: {N:street}\n"),
    ("street", "tr", "Adres değişikliği\nAd Soyad: {P}\nYeni adres: {A}\nŞube: {N:street}\n"),
    ("street", "ro", "Schimbare adresă\nNume: {P}\nAdresă nouă: {A}\nOficiu poștal: {N:street}\n"),
    ("street", "el", "Allagi dieythynsis\nOnoma: {P}\nNea dieythynsi: {A}\nKatastima: {N:street}\n"),
    ("street", "en", "{PL}: the chimney sweep {P} is coming to {A} tomorrow, park on {N:street} not in front\n"),
    # famous people as a topic
    ("famous", "en", "Book club\nHost: {P}\nThis month: a biography of {N:famous}\nBringing cake: {P}\n"),
    ("famous", "de", "Volkshochschule\nKurs: Leben und Werk von {N:famous}\nDozent/in: {P}\nTeilnehmer/in: {P}\n"),
    ("famous", "fr", "Conférence sur {N:famous}, animée par {P}. Inscription auprès de {P}.\n"),
    ("famous", "es", "Charla sobre {N:famous} a cargo de {P}.\n"),
    ("famous", "it", "Incontro su {N:famous} con {P}; modera {P}.\n"),
    ("famous", "pl", "Wykład o {N:famous}: prowadzi {P}.\n"),
    ("famous", "nl", "Lezing over {N:famous} door {P}.\n"),
    ("famous", "en", "{PL}: can you write a poem in the style of {N:famous} for {PG}'s birthday?\n"),
    ("famous", "cs", "Přednáška o {N:famous}: {P}\n"),
    ("famous", "hu", "Előadás {N:famous} életéről – előadó: {P}\n"),
    # works and dishes
    ("works", "en", "Wedding playlist\nFirst dance: {N:work}\nRequested by {P}: {N:work}\nDJ: {P}\n"),
    ("works", "de", "Lesekreis\nBuch: {N:work}\nGastgeber/in: {P}\nNächstes Mal: {N:work} bei {P}\n"),
    ("works", "sv", "Bokcirkel: {N:work}, hos {P}\n"),
    ("works", "en", "Catering order\nEvent: {P}'s 60th\nContact: {P}\nMains: {N:dish}, {N:dish}\nDessert: {N:dish}\nGuests: {P} (vegan), {P} (no nuts)\n"),
    ("works", "de", "Bestellung Catering\nBesteller/in: {P}\nHauptgang: {N:dish}\nNachtisch: {N:dish}\nGäste mit Allergien: {P} (Gluten), {P} (Laktose)\n"),
    ("works", "fr", "Commande traiteur\nClient : {P}\nPlat : {N:dish}\nDessert : {N:dish}\nInvités : {P} (sans gluten)\n"),
    ("works", "it", "Ordine catering\nCliente: {P}\nPiatto: {N:dish}\nOspiti: {P} (vegetariano)\n"),
    ("works", "es", "Pedido\nCliente: {P}\nPlato: {N:dish}\nInvitados: {P}, {P}\n"),
    ("works", "en", "{PL}: karaoke list: {N:work} ({PGL}), {N:work} (me), {N:work}\n"),
    ("works", "no", "Bestilling\nKunde: {P}\nRett: {N:dish}\n"),
    # houses and prizes
    ("house", "de", "Exposé\nObjekt: {N:house}\nEigentümer/in: {P}\nBesichtigung mit {P}\n"),
    ("house", "en", "Viewing booked: {N:house}, agent {P}, buyer {P}\n"),
    ("house", "it", "Annuncio: {N:house}, proprietario {P}\n"),
    ("house", "fr", "Visite : {N:house}, mandataire {P}, acquéreur {P}\n"),
    ("house", "pt", "Visita: {N:house}, proprietária {P}\n"),
    ("house", "en", "Speaker bio: {P} won the {N:prize} in 2019 and chairs the {N:prize} jury with {P}.\n"),
    ("house", "de", "Pressemitteilung: {P} erhält den {N:prize}. Laudatio: {P}.\n"),
    ("house", "pl", "Laureatka: {P} ({N:prize}). Jury: {P}.\n"),
    ("house", "sv", "Pristagare: {P} ({N:prize}); motivering av {P}\n"),
    ("house", "fi", "Voittaja: {P} – {N:prize}\n"),
    # headings and capitalised words
    ("heading", "en", "{NU:heading}\n{P}\n{NU:heading}\n{A}\n"),
    ("heading", "de", "{N:heading}: {P}\n{N:heading}\n{N:heading}: {P}\n"),
    ("heading", "fr", "{NU:heading}\n{PU}\n{N:heading}\n"),
    ("heading", "nl", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "es", "{NU:heading}\n{P}\n{N:heading}\n"),
    ("heading", "it", "{N:heading}\n{P}\n{NU:heading}\n"),
    ("heading", "pt", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "pl", "{NU:heading}\n{PU}\n{N:heading}\n"),
    ("heading", "sv", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "da", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "no", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "fi", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "cs", "{NU:heading}\n{P}\n{N:heading}\n"),
    ("heading", "hu", "{N:heading}\n{P}\n{N:heading}\n"),
    ("heading", "tr", "{NU:heading}\n{P}\n{N:heading}\n"),
    ("heading", "ro", "{N:heading}\n{P}\n{NU:heading}\n"),
    ("heading", "el", "{N:heading}\n{P}\n{N:heading}\n"),
    # contracts, waivers and self-exclusion with named products
    ("misc", "de", "Mobilfunkvertrag\nKunde/Kundin: {P}, geb. {B}\nTarif: {N:tariff}\nVerkäufer/in: {P}\n"),
    ("misc", "en", "Order summary\nAccount holder: {P}\nPlan: {N:tariff}\nPorting from: {S:taxi}\n"),
    ("misc", "sv", "Avtal\nKund: {P}\nAbonnemang: {N:tariff}\n"),
    ("misc", "es", "Contrato\nTitular: {P}\nTarifa: {N:tariff}\n"),
    ("misc", "en", "Self-exclusion\nName: {P}, DOB {B}\nVenues: {L:casino}\nWitness: {P}\n"),
    ("misc", "de", "Spielersperre\nName: {P}\nSpielbank: {N:casino}\nAufgenommen von: {P}\n"),
    ("misc", "nl", "Uitsluiting\nNaam: {P}\nCasino: {N:casino}\n"),
    ("misc", "en", "Waiver\nParticipant: {P}\nVenue: {N:climb}\nParent/guardian: {P}\n"),
    ("misc", "de", "Haftungsausschluss\nTeilnehmer/in: {P}, geb. {B}\nHalle: {N:climb}\nErziehungsberechtigte/r: {P}\n"),
    ("misc", "fr", "Décharge\nParticipant : {P}\nSalle : {N:climb}\n"),
    ("misc", "no", "Ansvarsfraskrivelse\nDeltaker: {P}\nSenter: {N:climb}\n"),
    ("misc", "en", "Chimney sweep certificate\nOwner: {P}\nProperty: {A}\nHouse name: {N:house}\nSweep: {P}\n"),
    # capitals, label-named thing slots, lists of things
    ("boat", "en", "VESSEL NAME: {NU:yacht}\nOWNER: {PU}\nSKIPPER: {PU}\n"),
    ("boat", "en", "Boat\nName: {N:boatname}\nLength: 9.8 m\nOwner\nName: {P}\nPhone on file\n"),
    ("charity", "en", "DONOR: {PU}\nCHARITY: {NU:charity}\nDECLARATION SIGNED BY {PU}\n"),
    ("golf", "de", "SPIELER: {PU}\nPREIS: {NU:trophy}\nPLATZ: {NU:golfcourse}\n"),
    ("transit", "fr", "TITULAIRE : {PU}\nSTATION : {NU:station}\n"),
    ("farm", "it", "AZIENDA: {NU:farm}\nTITOLARE: {PU}\n"),
    ("animal", "en", "Our horses: {L:horse}. Groom: {P}.\n"),
    ("farm", "de", "Betriebe im Verbund: {L:farm}; Sprecher: {P}\n"),
    ("charity", "en", "Supported by {L:charity}. Trustees: {P}, {P}.\n"),
    ("stall", "en", "Saturday stalls: {L:stall}. Market manager: {P}\n"),
    ("bike", "nl", "Op voorraad: {L:bike}. Verkoper: {P}\n"),
]

# Each class gets about two records per template, at least twenty.
by_class = {}
for cls, lg, tpl in T:
    by_class.setdefault(cls, []).append((lg, tpl))
for cls, tpls in by_class.items():
    count = max(20, 2 * len(tpls))
    for i in range(count):
        lg, tpl = tpls[i % len(tpls)]
        D(lg, cls).fill(tpl).done()

write_json(records)
