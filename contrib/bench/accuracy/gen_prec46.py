#!/usr/bin/env python3
"""gen_prec46.py: things named like people beside real people, in the kinds of text of the sixth,
seventh, seventeenth and eighteenth blind sets (from their public briefs only: the run.sh titles
and README rows; never their generators or data), written and committed before any detector rule
was read or hush was run on it (branch prec46). A tune set.

Each record holds one look-alike class (metadata.class) beside real people (PERSON gold), often
in the very slot a person takes: `Sponsor:`, `Employer:`, `Respondent:`, `Host:`, `Beneficiary:`,
`Payee:`, `Organiser:`, `Promoter:` are filled half the time by a person and half by the thing
the label allows, so a rule that blocks the slot shows as lost recall.

Classes and labels: `firm` (opticians, orthopaedic makers, publishers, estate agents, security
firms, employers named after people; NEG_ORG), `foundation` (foundations and trusts named after
people, also invented ones like `Fondation Jean Dupont`; NEG_ORG), `hotel` (hotels, albergues and
castles named after people; NEG_ORG), `parish` (parishes and churches; NEG_ORG), `hall` (concert
halls, theatres, stadiums named after people; NEG_ORG), `school` (universities, schools and
student residences named after people; NEG_ORG), `studio` (studios and bands named like people;
NEG_ORG), `street` (streets named after people with no number; NEG_STREET), `work` (songs and
films named like people; NEG_WORK), `dish` (dishes named after people; NEG_DISH), `drug` (drugs
named like people; NEG_DRUG), `product` (tariffs, heat pumps, inverters, wallboxes, frames,
lenses, wheelchairs and rollators, cars named like people; NEG_PRODUCT), `species` (birds,
plants and bats named after people: `Cetti's warbler`, `Gentiana clusii`; NEG_TERM), `eponym`
(tests, grips, methods and diseases: `Rautek grip`, `Weber test`, `Ménière's disease`, `Bobath
concept`; NEG_TERM), `famous` (famous people, saints and quiz hosts as a topic; NEG_FAMOUS),
`animal` (pets, therapy dogs and horses; NEG_PET), `vessel` (ferries and boats named like people;
NEG_VESSEL), `room` (rooms named after people; NEG_ROOM), `station` (stations and stops named
after people; NEG_PLACE), `route` (pilgrim and hiking routes named after people; NEG_ROUTE),
`role` (stage and screen characters with a person's name; NEG_ROLE). Other dates are NEG_DATE.

Kinds of text: HR exit interviews, spectacle orders, wheelchair loans, pilgrim credentials and
group lists, NGO distribution lists, microfinance registers, Erasmus+ agreements, apprenticeship
contracts, physiotherapy plans, marriage contracts, advance directives, house-sitting, student
residences, focus-group screeners, street-party notices, mediation files, time banks and repair
cafés, bird ringing and herbarium labels, split sheets and ISWC XML, film-festival entries, tour
advance sheets, expense claims, A1 postings, domestic employment, meals-on-wheels and hospice
logs, first-aid registers, matrimonial biodata, quiz-show applications, security-guard registers,
church-leaving declarations, heat-pump and solar applications, anti-doping whereabouts; wills,
obituaries, funeral and wedding programmes, genealogy, posts, dating chats, team sheets, choir
rosters, visa forms, payslips, transfers, car sales, hotel guest lists, GitHub trailers, SQL;
listings, notary deeds, KYC notes, chargebacks, courier logs, neighbourhood posts, care handovers,
conference programmes, acknowledgements, press releases, petitions, condolence books, podcasts,
PNRs, birth announcements; mobile contracts, waivers, golf, catering lists, self-exclusion.
Layouts (metadata.form): forms, forms in capitals, Markdown tables, CSV, JSON, XML, key=value
logs, e-mail, lower-case chat, prose; a third reach the API wrapped (metadata.wrap): a prompt
around the document, a chat-completions body, an OpenAI tool call's arguments (escaped twice),
an Anthropic tool_use input, or a chat quoting the document with `> `.
Languages en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin
transliteration); half the names invented from the generator's own syllables, a sixth of global
origin, Hungarian names surname first. Writes JSON (the names_tune3.json format) to stdout;
deterministic; Python stdlib only."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, record, write_json  # noqa: E402

rng = random.Random(20261205 + 46)
records = []

# ---- people -------------------------------------------------------------------------------------
REAL = {
    "en": (["Aoife", "Callum", "Megan", "Rhys", "Priya", "Nathan", "Imogen", "Tobias"],
           ["Whitfield", "Okonkwo", "Gallagher", "Mercer", "Patel", "Dunmore", "Carr"]),
    "de": (["Annika", "Florian", "Heike", "Dominik", "Svenja", "Moritz", "Birgit", "Till"],
           ["Hartmann", "Scholz", "Kühn", "Wendt", "Brückner", "Pohl", "Ziegler"]),
    "fr": (["Élodie", "Thibault", "Margaux", "Romain", "Sandrine", "Quentin"],
           ["Lambert", "Fontaine", "Chevalier", "Perrin", "Gauthier", "Masson"]),
    "nl": (["Lotte", "Daan", "Ilse", "Wouter", "Marloes", "Jeroen"],
           ["Hendriks", "de Wit", "Verbeek", "van Leeuwen", "Kuipers", "Bos"]),
    "es": (["Nerea", "Álvaro", "Itziar", "Gonzalo", "Marta", "Iker"],
           ["Sánchez", "Herrera", "Gil", "Domínguez", "Vidal", "Moreno"]),
    "it": (["Alessia", "Simone", "Federica", "Niccolò", "Elisa", "Tommaso"],
           ["Greco", "Marino", "Galli", "Fontana", "Moretti", "Barbieri"]),
    "pt": (["Leonor", "Duarte", "Carolina", "Gonçalo", "Matilde", "Afonso"],
           ["Martins", "Lopes", "Gomes", "Fonseca", "Teixeira", "Correia"]),
    "pl": (["Zofia", "Jakub", "Natalia", "Bartosz", "Weronika", "Kacper"],
           ["Lewandowska", "Kamiński", "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska"]),
    "sv": (["Maja", "Olle", "Ebba", "Hugo", "Elsa", "Linus"],
           ["Lundgren", "Ekström", "Nordin", "Forsberg", "Hedlund", "Sandberg"]),
    "da": (["Sofie", "Mads", "Line", "Kasper", "Signe", "Jonas"],
           ["Rasmussen", "Pedersen", "Thomsen", "Lund", "Dahl", "Bech"]),
    "no": (["Ingvild", "Vegard", "Tuva", "Magnus", "Sigrid", "Øystein"],
           ["Lie", "Strand", "Moen", "Dahle", "Aasen", "Nygård"]),
    "fi": (["Emilia", "Otso", "Helmi", "Lauri", "Kerttu", "Joonas"],
           ["Hämäläinen", "Lehtonen", "Salonen", "Turunen", "Rantanen", "Kallio"]),
    "cs": (["Tereza", "Ondřej", "Kateřina", "Jakub", "Barbora", "Vojtěch"],
           ["Horáková", "Marek", "Pokorná", "Veselý", "Kratochvíl", "Němcová"]),
    "hu": (["Réka", "Bence", "Dóra", "Ádám", "Zsófia", "Márton"],
           ["Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos"]),
    "tr": (["Selin", "Kerem", "Derya", "Onur", "Ebru", "Caner"],
           ["Arslan", "Doğan", "Kılıç", "Aslan", "Özkan", "Polat", "Güneş"]),
    "ro": (["Irina", "Vlad", "Raluca", "Sorin", "Adina", "Radu"],
           ["Dobre", "Lungu", "Barbu", "Nistor", "Ene", "Toma"]),
    "el": (["Vasiliki", "Christos", "Despoina", "Panagiotis", "Eirini", "Stavros"],
           ["Alexiou", "Makris", "Petridis", "Theodorou", "Dimitriou", "Kostopoulou"]),
}
GLOBAL = [("Amina", "Yusuf"), ("Rahul", "Mehta"), ("Kwame", "Mensah"), ("Olena", "Kovalenko"),
          ("Farid", "Haddad"), ("Chiamaka", "Eze"), ("Deepa", "Iyer"), ("Tariq", "Rahimi"),
          ("Li", "Wenjing"), ("Bogdan", "Petrović"), ("Nadia", "Benali"), ("Samuel", "Owusu")]
SYL = {"en": (["cor", "wyn", "ald", "bry", "fen", "lo", "mar", "thel"], ["wick", "shaw", "more"]),
       "de": (["hel", "ro", "gund", "ber", "wal", "trau", "sie", "lo"], ["inger", "hold", "stett"]),
       "fr": (["mau", "ri", "sol", "vin", "tel", "ga", "ron", "beau"], ["elle", "ard", "in"]),
       "nl": (["wil", "mo", "gert", "ste", "ja", "rik", "bou", "ven"], ["man", "veld", "stra"]),
       "es": (["ar", "ben", "ci", "lau", "go", "ra", "mi", "ter"], ["ado", "illa", "és"]),
       "it": (["lu", "fer", "ma", "sel", "ro", "ti", "cal", "vo"], ["otti", "ucci", "ese"]),
       "pt": (["ro", "sa", "ga", "bel", "ta", "cu", "mi", "var"], ["inho", "ota", "eiro"]),
       "pl": (["cie", "la", "bor", "mi", "wie", "sza", "to", "pra"], ["owski", "ecka", "ik"]),
       "sv": (["hal", "ste", "ing", "vå", "rö", "ma", "dal", "ka"], ["mark", "blom", "lind"]),
       "da": (["ves", "ter", "ib", "ha", "lø", "kje", "ra", "me"], ["strup", "bæk", "skov"]),
       "no": (["tjø", "run", "sve", "ha", "lei", "vå", "ra", "gun"], ["vik", "lien", "eng"]),
       "fi": (["ki", "va", "lo", "saa", "ri", "hei", "mu", "tu"], ["järvi", "koski", "mäki"]),
       "cs": (["hra", "so", "vla", "be", "ru", "ště", "ka", "do"], ["ček", "ská", "nek"]),
       "hu": (["sző", "ke", "bor", "ga", "li", "hor", "me", "csa"], ["vári", "falvi", "di"]),
       "tr": (["yal", "çın", "ke", "mir", "tu", "han", "ar", "sel"], ["soy", "er", "can"]),
       "ro": (["cor", "ne", "vo", "la", "mi", "tre", "sa", "gu"], ["ache", "ilă", "oiu"]),
       "el": (["mar", "ko", "the", "li", "va", "ros", "si", "ke"], ["atos", "ellis", "idou"])}
LANGS = list(REAL)


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname): half real, half invented; a sixth of global origin."""
    r = rng.random()
    if r < 0.16:
        return rng.choice(GLOBAL)
    if r < 0.58:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return invent(lg, False), invent(lg, True)


def full(lg):
    g, s = person(lg)
    return s + " " + g if lg == "hu" else g + " " + s


STREETS = {
    "en": (["Ormond Road", "Fairfield Avenue", "Church Lane", "Quarry Street"],
           [("Bath", "BA1 2QT"), ("Norwich", "NR2 1DZ")]),
    "de": (["Ahornweg", "Bahnhofstraße", "Am Mühlbach", "Schulstraße"],
           [("Augsburg", "86150"), ("Kassel", "34117")]),
    "fr": (["rue des Acacias", "avenue de la Gare", "chemin du Moulin"],
           [("Nantes", "44000"), ("Dijon", "21000")]),
    "nl": (["Lindelaan", "Schoolstraat", "Beukenweg"], [("Zwolle", "8011 AB"), ("Delft", "2611 CS")]),
    "es": (["Calle Olmo", "Avenida del Puerto", "Calle Alcalá"], [("Valencia", "46002"), ("Bilbao", "48001")]),
    "it": (["Via dei Tigli", "Via Nazionale", "Via Manzoni"], [("Bologna", "40121"), ("Verona", "37121")]),
    "pt": (["Rua das Flores", "Avenida Central", "Rua do Sol"], [("Coimbra", "3000-150"), ("Faro", "8000-077")]),
    "pl": (["ul. Lipowa", "ul. Kwiatowa", "ul. Leśna"], [("Poznań", "61-001"), ("Lublin", "20-001")]),
    "sv": (["Ekvägen", "Skolgatan", "Lillgatan"], [("Lund", "222 21"), ("Örebro", "702 10")]),
    "da": (["Skovvej", "Algade", "Møllevej"], [("Aalborg", "9000"), ("Vejle", "7100")]),
    "no": (["Bjørkeveien", "Nygata", "Solbakken"], [("Stavanger", "4006"), ("Tromsø", "9008")]),
    "fi": (["Kirkkokatu", "Mäntytie", "Kauppakatu"], [("Oulu", "90100"), ("Jyväskylä", "40100")]),
    "cs": (["Polní", "Nádražní", "Školní"], [("Plzeň", "301 00"), ("Olomouc", "779 00")]),
    "hu": (["Petőfi utca", "Ady Endre út", "Árpád utca"], [("Pécs", "7621"), ("Győr", "9021")]),
    "tr": (["Çiçek Sokak", "Atatürk Caddesi", "Menekşe Sokak"], [("Kadıköy/İstanbul", "34710"), ("Nilüfer/Bursa", "16140")]),
    "ro": (["Str. Morii", "Bd. Unirii", "Str. Teilor"], [("Timișoara", "300001"), ("Brașov", "500001")]),
    "el": (["Odos Patision", "Odos Tsimiski", "Odos Korinthou"], [("Patra", "262 21"), ("Larisa", "412 22")]),
}


def address(lg):
    sts, towns = STREETS[lg]
    st, (town, pc), n = rng.choice(sts), rng.choice(towns), str(rng.randint(1, 140))
    if lg == "en":
        return n + " " + st + ", " + town + " " + pc
    if lg == "fr":
        return n + " " + st + ", " + pc + " " + town
    if lg == "hu":
        return pc + " " + town + ", " + st + " " + n + "."
    if lg == "tr":
        return st + " No: " + n + ", " + pc + " " + town
    return st + " " + n + ", " + pc + " " + town


def dob(lg):
    y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if lg == "en":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg in ("sv", "hu", "fi", "no") and rng.random() < 0.5:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%04d" % (d, m, y)


def other_date():
    return "%02d.%02d.%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2026))


# ---- look-alike pools ---------------------------------------------------------------------------
LABEL, POOL = {}, {}


def pool(kind, label, values):
    LABEL[kind], POOL[kind] = label, values


pool("optician", "NEG_ORG", ["Fielmann", "Hans Anders", "Alain Afflelou", "Pearle Opticiens", "Louis Nielsen",
                             "Synsam", "Rodenstock", "Carl Zeiss Vision", "Salmoiraghi & Viganò", "Optika Jiří Vrba",
                             "Ópticas Carolina Ruiz", "Ottica Giulio Serra", "Apollo-Optik Martin Fuchs"])
pool("ortho", "NEG_ORG", ["Ottobock", "Sanitätshaus Carl Mayer", "Orthopädie Schütz & Lenz", "Invacare",
                          "Sunrise Medical", "Meyra", "Küschall", "Orthopedie Jan de Graaf", "Ortopedia Luis Vidal",
                          "Orthopédie Henri Garnier", "Ortoped Mikael Berg AB"])
pool("publisher", "NEG_ORG", ["Edition Peters", "Boosey & Hawkes", "Warner Chappell", "Hans Sikorski",
                              "Budde Music", "Casa Ricordi", "Éditions Henry Lemoine", "Bärenreiter",
                              "Wilhelm Hansen", "Edition Walter Wild"])
pool("employer", "NEG_ORG", ["Boehringer Ingelheim", "Dr. Oetker", "Hugo Boss", "Ferrero", "Miele", "Stiebel Eltron",
                             "Fronius", "Robert Bosch GmbH", "Engel & Völkers", "Von Poll Immobilien", "Knight Frank",
                             "Sotheby's", "Brink's", "Loomis", "Kötter Security", "Pinkerton", "Heineken", "Philips",
                             "Carlsberg", "Ericsson", "Michelin", "Benetton", "Zara Home", "Škoda Auto"])
pool("foundation", "NEG_ORG", ["Fondation Jean Dupont", "Stiftung Elisabeth Maier", "Heinz Nixdorf Stiftung",
                               "Fondation Claude Pompidou", "Fundación Juan March", "Fondazione Giangiacomo Feltrinelli",
                               "Stichting Anna Hazenberg", "Fundação Eugénio de Almeida", "Fundacja Jolanty Kwaśniewskiej",
                               "Stiftelsen Olle Engkvist Byggmästare", "Ellen og Knud Dalhoff Larsens Fond",
                               "Stiftelsen Sophies Minde", "Jenny ja Antti Wihurin rahasto", "Nadace Olgy Havlové",
                               "Batthyány Lajos Alapítvány", "Vehbi Koç Vakfı", "Fundația Ion Țiriac",
                               "Bill & Melinda Gates Foundation", "Aga Khan Foundation", "Conrad N. Hilton Foundation",
                               "Howard G. Buffett Foundation", "Fondation Pierre Lemoine", "Stiftung Walter Brenner"])
pool("umrah", "NEG_ORG", ["Conrad Makkah", "Hilton Makkah Convention Hotel", "Swissôtel Al Maqam",
                          "Le Méridien Makkah", "Hotel Dar Al Eiman"])
pool("hotel", "NEG_ORG", ["Hotel Adlon Kempinski", "Hotel Sacher", "Hotel Maria Cristina", "Hotel Alfonso XIII",
                          "Hotel Kong Arthur", "Hotel Kämp", "Hotel Gellért", "Hotel Amigo", "Hotel König Ludwig",
                          "Grand Hotel Stefanie", "Pension Anna", "Albergue San Nicolás de Flüe", "Albergue Santa Marina",
                          "Hotel Elisabeth", "Hotel Princesa Sofía",
                          "Schloss Charlottenburg", "Kasteel Sint-Gerlach", "Hacienda San José", "Hotel Kristina",
                          "Hôtel Marie-Louise", "Villa Margherita"])
pool("parish", "NEG_ORG", ["Parish of St Brigid", "Pfarrei St. Ulrich", "Paroisse Sainte-Thérèse",
                           "Parochie Heilige Lidwina", "Parroquia de San Roque", "Parrocchia San Lorenzo",
                           "Paróquia de São Bento", "Parafia św. Jadwigi Królowej", "Sankt Olai församling",
                           "Sankt Markus Sogn", "Farnost sv. Ludmily", "Szent Imre Plébánia", "Parohia Sfântul Nicolae",
                           "St Joseph's Parish Hall", "Pfarre Maria Hilf", "Sint-Jozefparochie", "Pfarrei St. Anna"])
pool("hall", "NEG_ORG", ["Usher Hall", "Brucknerhaus", "Salle Gaveau", "Beurs van Berlage", "Auditorio Manuel de Falla",
                         "Sala Verdi", "Grieghallen", "Sibelius-talo", "Rudolfinum", "Bartók Béla Nemzeti Hangversenyterem",
                         "Cemal Reşit Rey Konser Salonu", "Berwaldhallen", "Salle Pleyel", "Muziekgebouw Frits Philips",
                         "Teatro Arriaga", "Teatro Goldoni", "Royal Theater Carré", "Estadio Santiago Bernabéu",
                         "Stadio Giuseppe Meazza", "Johan Cruijff ArenA", "Puskás Aréna", "Estádio José Alvalade",
                         "Stade Charléty", "Stadio Karaiskakis", "Carl-Orff-Saal"])
pool("school", "NEG_ORG", ["Universidad Rey Juan Carlos", "Johannes Gutenberg-Universität Mainz",
                           "Universitatea Babeș-Bolyai", "Uniwersytet Adama Mickiewicza", "Università Ca' Foscari",
                           "Humboldt-Universität zu Berlin", "Univerzita Karlova", "Eötvös Loránd Tudományegyetem",
                           "Masarykova univerzita", "Erasmus Universiteit Rotterdam", "Walter-Gropius-Schule",
                           "Lycée Gustave Eiffel", "Instituto Ramón y Cajal", "Istituto Tecnico Enrico Mattei",
                           "Haus Edith Stein", "Colegio Mayor Juan XXIII", "Collegio Luigi Einaudi",
                           "Wohnheim Hans Böckler", "Résidence Simone Weil", "St. Xavier's College"])
pool("studio", "NEG_ORG", ["Dierks Studios", "Studios Ferber", "Studio Davout", "Conny Plank Studio", "Bauer Studios",
                           "Studio Kees de Wit", "Estudio Nacho Ferrer", "Franz Ferdinand", "Jethro Tull", "Pink Floyd",
                           "Herman Düne", "Marcel et son Orchestre", "Tonstudio Hannes Kraus"])
pool("street", "NEG_STREET", ["Via Giulia", "Rue Émile Zola", "Friedrich-Ebert-Straße", "Calle de Velázquez",
                              "Rua Garrett", "Boulevard Raspail", "Pieter Cornelisz Hooftstraat", "ul. Kościuszki",
                              "Birger Jarlsgatan", "Kong Oscars gate", "Aleksanterinkatu", "Masarykova",
                              "Rákóczi út", "Halaskargazi Caddesi", "Bulevardul Regina Elisabeta",
                              "Leoforos Vasilissis Sofias", "Via Cavour", "Calle Alfonso XII", "Gustav-Heinemann-Ufer",
                              "Rue Lamartine", "Avenida António Augusto de Aguiar", "Niels Juels Gade"])
pool("work", "NEG_WORK", ["Maria Elena", "Angie", "Martha My Dear", "Lucille", "Gloria", "Laura non c'è",
                          "Marcia Baila", "Joe le taxi", "Mr. Bojangles", "Dolores", "Rosanna", "Ramona",
                          "Ruby Tuesday", "Suzanne", "Delilah", "Amélie", "Erin Brockovich", "Billy Elliot",
                          "Toni Erdmann", "Jules et Jim", "Ida", "Fanny och Alexander", "Julieta", "Marie Antoinette",
                          "Frances Ha", "Lola rennt", "Babettes gæstebud"])
pool("dish", "NEG_DISH", ["Tournedos Rossini", "Oysters Rockefeller", "Eggs Benedict", "Bananas Foster",
                          "Esterházy torta", "Dobos torta", "Rigó Jancsi", "Charlotte russe", "Bacalhau à Gomes de Sá",
                          "Bacalhau à Brás", "Crêpe Suzette", "Poire Belle-Hélène", "Biff Lindström", "Wallenbergare",
                          "Runebergintorttu", "Hünkâr beğendi", "Imam bayıldı", "Spaghetti alla Nerano",
                          "Pollo alla Marengo", "Filet Wellington"])
pool("drug", "NEG_DRUG", ["Yasmin", "Belara", "Valette", "Lyrica", "Mirena", "Aida", "Maxim", "Leona HEXAL",
                          "Diane-35", "Ritalin", "Madopar", "Marcoumar", "Sintrom", "Bella HEXAL", "Jardiance"])
pool("device", "NEG_PRODUCT", ["Stiebel Eltron WPL 25", "Fronius Symo 10.0", "Kostal Plenticore plus",
                               "Mennekes Amtron Charge Control", "Vaillant aroTHERM plus", "Viessmann Vitocal 250-A",
                               "Bosch Compress 6800i", "Easee Home", "Fronius Primo", "Stiebel Eltron WWK 300"])
pool("frame", "NEG_PRODUCT", ["Oliver Peoples Gregory Peck", "Moscot Lemtosh", "Persol 714", "Silhouette Momentum",
                              "Lindberg Morten", "Acuvue Oasys", "Biofinity", "Ray-Ban Clubmaster", "Tom Ford FT5401",
                              "Oakley Holbrook", "Rodenstock R7054"])
pool("aid", "NEG_PRODUCT", ["Küschall Champion", "Ottobock Avantgarde", "Topro Olympos", "Dietz Taima",
                            "Invacare Dolomite Jazz", "Russka Vital", "Meyra Nano", "Topro Troja"])
pool("car", "NEG_PRODUCT", ["Renault Zoe", "Škoda Octavia", "Opel Adam", "Seat Leon", "Dacia Logan", "Škoda Fabia",
                            "Mercedes-Benz Vito", "Renault Clio", "Hyundai Ioniq", "VW Käfer"])
pool("tariff", "NEG_PRODUCT", ["Tarif Klara Flex", "Ökostrom Emma", "Octopus Agile", "Vattenfall Natur Lisa",
                               "Strom Max Fix 24", "Tarifa Lucía Verde", "Offerta Sofia Luce", "Tarif Louise Vert",
                               "Mobilabo Anna 30GB", "Forfait Léa 5G", "Abonnement Frida", "Tarifa Carmen Plus"])
pool("bird", "NEG_TERM", ["Cetti's warbler", "Montagu's harrier", "Bewick's swan", "Savi's warbler", "Bonelli's eagle",
                          "Temminck's stint", "Pallas's warbler", "Blyth's reed warbler", "Leisler's bat",
                          "Natterer's bat", "Eleonora's falcon", "Audouin's gull", "Cettia cetti", "Falco eleonorae",
                          "Calidris temminckii", "Anthus richardi", "Sylvia rueppelli", "Larus audouinii"])
pool("plant", "NEG_TERM", ["Gentiana clusii", "Primula clusiana", "Saxifraga burseriana", "Campanula zoysii",
                           "Pulsatilla halleri", "Sempervivum wulfenii", "Daphne blagayana", "Wulfenia carinthiaca",
                           "Dactylorhiza traunsteineri", "Ophrys bertolonii", "Androsace hausmannii",
                           "Gentiana clusii Perr. & Song.", "Primula clusiana Tausch"])
pool("eponym", "NEG_TERM", {
    "en": ["Rautek grip", "Weber test", "Ménière's disease", "Bobath concept", "Heimlich manoeuvre", "McKenzie method",
           "Lachman test", "Schober test", "Trendelenburg sign", "Osgood-Schlatter disease", "Dupuytren's contracture",
           "Baker's cyst", "Mulligan technique", "Vojta therapy"],
    "de": ["Rautekgriff", "Weber-Versuch", "Morbus Menière", "Bobath-Konzept", "Vojta-Therapie", "Heimlich-Manöver",
           "Morbus Bechterew", "Morbus Scheuermann", "McKenzie-Methode", "Lachman-Test", "Schober-Zeichen"],
    "fr": ["prise de Rautek", "test de Weber", "maladie de Ménière", "concept Bobath", "manœuvre de Heimlich",
           "méthode McKenzie", "maladie d'Osgood-Schlatter"],
    "nl": ["Rautekgreep", "proef van Weber", "ziekte van Ménière", "Bobath-concept", "Heimlichmanoeuvre",
           "ziekte van Bechterew"],
    "es": ["maniobra de Rautek", "prueba de Weber", "enfermedad de Ménière", "concepto Bobath", "maniobra de Heimlich"],
    "it": ["presa di Rautek", "test di Weber", "sindrome di Ménière", "metodo Bobath", "manovra di Heimlich"],
    "pt": ["manobra de Rautek", "teste de Weber", "doença de Ménière", "conceito Bobath", "manobra de Heimlich"],
    "pl": ["chwyt Rauteka", "próba Webera", "choroba Ménière'a", "metoda Vojty", "rękoczyn Heimlicha"],
    "sv": ["Rauteks grepp", "Webers test", "Ménières sjukdom", "Bobathkonceptet", "Heimlichmanöver"],
    "da": ["Rauteks greb", "Webers prøve", "Ménières sygdom", "Bobath-konceptet", "Heimlich-manøvre"],
    "no": ["Rauteks grep", "Webers prøve", "Ménières sykdom", "Bobath-konseptet", "Heimlich-manøver"],
    "fi": ["Rautekin ote", "Weberin koe", "Ménièren tauti", "Bobath-konsepti", "Heimlichin ote"],
    "cs": ["Rautekův manévr", "Weberova zkouška", "Ménièrova choroba", "Vojtova metoda", "Heimlichův manévr"],
    "hu": ["Rautek-műfogás", "Weber-próba", "Ménière-betegség", "Bobath-koncepció", "Heimlich-műfogás"],
    "tr": ["Rautek manevrası", "Weber testi", "Ménière hastalığı", "Bobath konsepti", "Heimlich manevrası"],
    "ro": ["manevra Rautek", "testul Weber", "boala Ménière", "conceptul Bobath", "manevra Heimlich"],
    "el": ["labi Rautek", "dokimasia Weber", "nosos tou Ménière", "methodos Bobath", "cheirismos Heimlich"],
})
pool("famous", "NEG_FAMOUS", ["Maria Callas", "Eddy Merckx", "Johan Cruijff", "Edith Piaf", "Ayrton Senna",
                              "Nicolaus Copernicus", "Greta Garbo", "Søren Kierkegaard", "Edvard Munch", "Alvar Aalto",
                              "Václav Havel", "Ferenc Puskás", "Nazım Hikmet", "Constantin Brâncuși", "Melina Mercouri",
                              "Amália Rodrigues", "Pedro Almodóvar", "Federico Fellini", "Jacques Brel",
                              "Bernadette Soubirous", "Lúcia dos Santos", "Hildegard von Bingen", "Freddie Mercury"])
pool("quizhost", "NEG_FAMOUS", ["Günther Jauch", "Alex Trebek", "Chris Tarrant", "Jean-Pierre Foucault", "Linda de Mol",
                                "Carlos Sobera", "Gerry Scotti", "Hubert Urbański", "Kenan Işık", "Anne Robinson",
                                "Bradley Walsh", "Jörg Pilawa", "Kai Pflaume", "Julien Lepers", "Rickard Sjöberg"])
pool("pet", "NEG_PET", ["Krümel", "Mimi", "Pünktchen", "Filou", "Nelly", "Sir Henry", "Bonnie", "Käthe", "Gustav",
                        "Frida", "Otto", "Willi", "Lady Penelope", "Mr. Darcy", "Baronesse", "Tommy", "Josefine",
                        "Herr Schmidt", "Rosalie", "Igor"])
pool("horse", "NEG_PET", ["Totilas", "Weihegold", "Dalera", "Don Schufro", "Lady Mary", "Carlotta",
                          "Fräulein Rottenmeier", "Sir Gregory", "Königin Luise", "Madame Pompadour", "Don Diego",
                          "Gräfin Cosel", "Lord Byron", "Contessa Bianca"])
pool("ferry", "NEG_VESSEL", ["MS Richard With", "Peter Pan", "Nils Holgersson", "Kronprins Frederik",
                             "Prinsesse Benedikte", "Kong Harald", "Isabelle", "Finnmaid", "Marko Polo", "Moby Otta",
                             "Princess Seaways", "Hendrika Jacoba", "Wilhelmina", "Johanna II", "Tante Mimi",
                             "Maria Helena", "Sofia Amalia", "Ole Rømer"])
pool("room", "NEG_ROOM", ["Sala Dalí", "Salle Marie Marvingt", "Raum Sophie Scholl", "Zaal Annie M.G. Schmidt",
                          "Aula Enrico Fermi", "Room Florence Nightingale", "Sala Federico García Lorca",
                          "Sala Almada Negreiros", "Sala Chopin", "Rum Selma Lagerlöf", "Lokale H.C. Ørsted",
                          "Møterom Fridtjof Nansen", "Huone Tove Jansson", "Učebna J. A. Komenského", "Bolyai terem",
                          "Sala Constantin Brâncuși", "Aithousa Kavafis", "Salon Halide Edip",
                          "Station Florence Nightingale", "Station Elisabeth", "Ward Mary Seacole"])
pool("station", "NEG_PLACE", ["Alexanderplatz", "Hermannplatz", "Gare Saint-Lazare", "Louise", "Simonis",
                              "Jacques Brel", "Jiřího z Poděbrad", "Deák Ferenc tér", "Batthyány tér", "Aurel Vlaicu",
                              "Nicolae Grigorescu", "Martim Moniz", "Sergels torg", "Karlaplan", "Frederiksberg",
                              "Marienplatz", "Karl-Theodor-Brücke", "Piazza Cavour", "Plac Wilsona", "Kaisaniemi"])
pool("route", "NEG_ROUTE", ["Chemin de Stevenson", "Hermannsweg", "Pieterpad", "Cammino di San Benedetto",
                            "Cammino di Francesco", "St. Olavsleden", "Camino de San Salvador", "Ruta de Don Quijote",
                            "Elisabethpfad", "Bonifatiusroute", "Martinusweg", "Droga św. Jakuba", "Via Sancti Martini",
                            "Jakobsweg", "Via Francigena", "Caminho de Santiago", "Cesta sv. Jakuba"])
pool("role", "NEG_ROLE", ["Nora Helmer", "Stanley Kowalski", "Atticus Finch", "Holly Golightly", "Hedda Gabler",
                          "Blanche DuBois", "Jeppe", "Švejk", "Don Camillo", "Commissario Montalbano", "Frau Holle",
                          "Captain Hook", "Mrs Danvers", "Hercule Poirot", "Nasreddin Hoca", "Karlsson på taket",
                          "Mary Poppins", "Kapitan Kloss", "Lady Macbeth", "Dona Flor"])



# Look-alikes that belong to one country: three in four drawn from the record's language.
LOCAL = {
    "foundation": {"fr": ["Fondation Jean Dupont", "Fondation Claude Pompidou", "Fondation Pierre Lemoine"],
                   "de": ["Stiftung Elisabeth Maier", "Heinz Nixdorf Stiftung", "Stiftung Walter Brenner"],
                   "es": ["Fundación Juan March", "Fundación Amelia Ruiz"], "it": ["Fondazione Giangiacomo Feltrinelli"],
                   "nl": ["Stichting Anna Hazenberg"], "pt": ["Fundação Eugénio de Almeida"],
                   "pl": ["Fundacja Jolanty Kwaśniewskiej"], "sv": ["Stiftelsen Olle Engkvist Byggmästare"],
                   "da": ["Ellen og Knud Dalhoff Larsens Fond"], "no": ["Stiftelsen Sophies Minde"],
                   "fi": ["Jenny ja Antti Wihurin rahasto"], "cs": ["Nadace Olgy Havlové"],
                   "hu": ["Batthyány Lajos Alapítvány"], "tr": ["Vehbi Koç Vakfı"], "ro": ["Fundația Ion Țiriac"],
                   "en": ["Bill & Melinda Gates Foundation", "Aga Khan Foundation", "Conrad N. Hilton Foundation",
                          "Howard G. Buffett Foundation"]},
    "parish": {"en": ["Parish of St Brigid", "St Joseph's Parish Hall"], "de": ["Pfarrei St. Ulrich", "Pfarrei St. Anna",
               "Pfarre Maria Hilf"], "fr": ["Paroisse Sainte-Thérèse"], "nl": ["Parochie Heilige Lidwina",
               "Sint-Jozefparochie"], "es": ["Parroquia de San Roque"], "it": ["Parrocchia San Lorenzo"],
               "pt": ["Paróquia de São Bento"], "pl": ["Parafia św. Jadwigi Królowej"], "sv": ["Sankt Olai församling"],
               "da": ["Sankt Markus Sogn"], "cs": ["Farnost sv. Ludmily"], "hu": ["Szent Imre Plébánia"],
               "ro": ["Parohia Sfântul Nicolae"]},
    "street": {"it": ["Via Giulia", "Via Cavour"], "fr": ["Rue Émile Zola", "Boulevard Raspail", "Rue Lamartine"],
               "de": ["Friedrich-Ebert-Straße", "Gustav-Heinemann-Ufer"], "es": ["Calle de Velázquez", "Calle Alfonso XII"],
               "pt": ["Rua Garrett", "Avenida António Augusto de Aguiar"], "nl": ["Pieter Cornelisz Hooftstraat"],
               "pl": ["ul. Kościuszki"], "sv": ["Birger Jarlsgatan"], "no": ["Kong Oscars gate"], "fi": ["Aleksanterinkatu"],
               "cs": ["Masarykova"], "hu": ["Rákóczi út"], "tr": ["Halaskargazi Caddesi"],
               "ro": ["Bulevardul Regina Elisabeta"], "el": ["Leoforos Vasilissis Sofias"], "da": ["Niels Juels Gade"]},
    "school": {"es": ["Universidad Rey Juan Carlos", "Instituto Ramón y Cajal", "Colegio Mayor Juan XXIII"],
               "de": ["Johannes Gutenberg-Universität Mainz", "Humboldt-Universität zu Berlin", "Walter-Gropius-Schule",
                      "Haus Edith Stein", "Wohnheim Hans Böckler"], "ro": ["Universitatea Babeș-Bolyai"],
               "pl": ["Uniwersytet Adama Mickiewicza"], "it": ["Università Ca' Foscari", "Istituto Tecnico Enrico Mattei",
               "Collegio Luigi Einaudi"], "cs": ["Univerzita Karlova", "Masarykova univerzita"],
               "hu": ["Eötvös Loránd Tudományegyetem"], "nl": ["Erasmus Universiteit Rotterdam"],
               "fr": ["Lycée Gustave Eiffel", "Résidence Simone Weil"], "en": ["St. Xavier's College"]},
    "hall": {"en": ["Usher Hall"], "de": ["Brucknerhaus", "Carl-Orff-Saal"], "fr": ["Salle Gaveau", "Salle Pleyel",
             "Stade Charléty"], "nl": ["Beurs van Berlage", "Muziekgebouw Frits Philips", "Royal Theater Carré",
             "Johan Cruijff ArenA"], "es": ["Auditorio Manuel de Falla", "Teatro Arriaga", "Estadio Santiago Bernabéu"],
             "it": ["Sala Verdi", "Teatro Goldoni", "Stadio Giuseppe Meazza"], "no": ["Grieghallen"],
             "fi": ["Sibelius-talo"], "cs": ["Rudolfinum"], "hu": ["Bartók Béla Nemzeti Hangversenyterem", "Puskás Aréna"],
             "tr": ["Cemal Reşit Rey Konser Salonu"], "sv": ["Berwaldhallen"], "pt": ["Estádio José Alvalade"],
             "el": ["Stadio Karaiskakis"]},
}


def pick(kind, lg):
    v = POOL[kind]
    if isinstance(v, dict):
        v = v.get(lg) or v["en"]
    if kind in LOCAL and lg in LOCAL[kind] and rng.random() < 0.75:
        v = LOCAL[kind][lg]
    return rng.choice(v)


# ---- records ------------------------------------------------------------------------------------
class Rec:
    """A record as a list of parts: strings and (label, value) spans, in text order; wrapped
    (escaped or quoted) part by part, so every span keeps its exact value."""

    def __init__(self, lg, cls, form):
        self.lg, self.cls, self.form, self.parts, self.used = lg, cls, form, [], set()

    def t(self, s):
        self.parts.append(s)

    def span(self, label, v):
        self.parts.append((label, v))

    def slot(self, key):
        kind, _, arg = key.partition(":")
        lg = self.lg
        if kind == "P":
            self.span("PERSON", full(lg))
        elif kind == "PU":
            self.span("PERSON", full(lg).upper())
        elif kind == "PL":
            self.span("PERSON", full(lg).lower())
        elif kind == "PG":
            self.span("PERSON", person(lg)[0])
        elif kind == "PGL":
            self.span("PERSON", person(lg)[0].lower())
        elif kind == "PS":
            self.span("PERSON", person(lg)[1])
        elif kind == "PC":
            g, s = person(lg)
            self.span("PERSON", s.upper() + ", " + g)
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
            for _ in range(4):
                if v not in self.used:
                    break
                v = pick(arg, lg)
            self.used.add(v)
            v = v.upper() if kind == "NU" else v.lower() if kind == "NL" else v
            self.span(LABEL[arg], v)
        elif kind in ("S", "SU"):
            # a person's slot: half a person, half the thing its label allows
            if rng.random() < 0.5:
                self.span("PERSON", full(lg).upper() if kind == "SU" else full(lg))
            else:
                v = pick(arg, lg)
                self.span(LABEL[arg], v.upper() if kind == "SU" else v)
        elif kind == "L":
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

    def fill(self, tpl):
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            self.slot(tpl[j + 1:k])
            i = k + 1
        # JSON templates write their braces as U+2983/U+2984 (fill() reads { } as slots)
        self.parts = [p.replace("\u2983", "{").replace("\u2984", "}") if isinstance(p, str) else p
                      for p in self.parts]
        return self


def esc(s):
    """s as the inside of a JSON string."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


PROMPTS = {
    "en": ("Please turn this into a clean table, keep every field:\n\n", "\n\nThanks!"),
    "de": ("Kannst du das bitte als Tabelle aufbereiten?\n\n", "\n\nDanke dir"),
    "fr": ("Peux-tu résumer ce document en trois points ?\n\n", "\n\nMerci"),
    "nl": ("Kun je dit netjes opmaken?\n\n", "\n\nDank je"),
    "es": ("¿Me lo resumes en una lista?\n\n", "\n\nGracias"),
    "it": ("Mi fai un riassunto di questo?\n\n", "\n\nGrazie"),
    "pt": ("Podes organizar isto numa tabela?\n\n", "\n\nObrigado"),
    "pl": ("Możesz to uporządkować w tabeli?\n\n", "\n\nDzięki"),
    "sv": ("Kan du göra en tabell av det här?\n\n", "\n\nTack"),
    "da": ("Kan du lave en oversigt over dette?\n\n", "\n\nTak"),
    "no": ("Kan du sette dette opp som en tabell?\n\n", "\n\nTakk"),
    "fi": ("Voitko tehdä tästä taulukon?\n\n", "\n\nKiitos"),
    "cs": ("Můžeš to přepsat do tabulky?\n\n", "\n\nDíky"),
    "hu": ("Táblázatba tudnád ezt rendezni?\n\n", "\n\nKöszi"),
    "tr": ("Bunu tabloya dökebilir misin?\n\n", "\n\nTeşekkürler"),
    "ro": ("Poți să faci un tabel din asta?\n\n", "\n\nMersi"),
    "el": ("Mporeis na to kaneis pinaka?\n\n", "\n\nEfcharisto"),
}


def render(rec, wrap):
    """(text, spans) of the record, wrapped as `wrap` says."""
    parts = rec.parts
    if wrap == "prompt":
        a, b = PROMPTS[rec.lg]
        parts = [a] + parts + [b]
    elif wrap == "quote":
        parts = ["Can you check the form below and tell me what is missing?\n\n> "] + \
                [p.replace("\n", "\n> ") if isinstance(p, str) else p for p in parts] + \
                ["\n\nSure, two fields are empty."]
    text, spans = "", []
    head, tail, f = "", "", (lambda s: s)
    if wrap == "chat":
        head = '{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You tidy documents."},' \
               '{"role":"user","content":"'
        tail = '"}]}'
        f = esc
    elif wrap == "oai_tool":
        head = '{"role":"assistant","tool_calls":[{"id":"call_%d","type":"function","function":' \
               '{"name":"store_document","arguments":"{\\"document\\": \\"' % rng.randint(1000, 9999)
        tail = '\\"}"}}]}'
        f = (lambda s: esc(esc(s)))
    elif wrap == "anthropic":
        head = '{"role":"assistant","content":[{"type":"tool_use","id":"toolu_%d","name":"file_form",' \
               '"input":{"text":"' % rng.randint(1000, 9999)
        tail = '"}}]}'
        f = esc
    text = head
    for p in parts:
        if isinstance(p, tuple):
            label, v = p
            assert f(v) == v, v
            spans.append({"entity_type": label, "entity_value": v, "start_position": len(text),
                          "end_position": len(text) + len(v)})
            text += v
        else:
            text += f(p)
    text += tail
    return text, spans


# ---- templates ----------------------------------------------------------------------------------
# (class, language, form, template). {S:kind} is a person's slot that may hold the thing instead.
T = [
    # firms named after people: opticians, orthopaedics, publishers, employers, estate agents
    ("firm", "de", "form", "Brillenauftrag\nKunde/Kundin: {P}, geb. {B}\nAnschrift: {A}\nFiliale: {N:optician}\nFassung: {N:frame}\nRefraktion durch: {P}\n"),
    ("firm", "nl", "form", "Bestelbon brillen\nKlant: {P}\nWinkel: {N:optician}\nOpticien: {P}\nMontuur: {N:frame}\n"),
    ("firm", "fr", "form", "Bon de commande lunettes\nClient : {P}\nMagasin : {N:optician}\nOphtalmologiste : Dr {P}\n"),
    ("firm", "en", "table", "| Patient | Store | Optometrist | Frame |\n|---|---|---|---|\n| {P} | {N:optician} | {P} | {N:frame} |\n| {P} | {N:optician} | {P} | {N:frame} |\n"),
    ("firm", "de", "form", "Auftrag Orthopädiewerkstatt\nVersicherte/r: {P}, geb. {B}\nVerordnet von: Dr. {P}\nHilfsmittel: {N:aid}\nLieferant: {S:ortho}\nTechniker/in: {P}\n"),
    ("firm", "sv", "form", "Hjälpmedelsutlåning\nBrukare: {P}\nFörskrivare: {P}\nRullator: {N:aid}\nLeverantör: {S:ortho}\n"),
    ("firm", "en", "form", "Exit interview\nEmployee: {P}\nManager: {P}\nEmployer: {S:employer}\nNew employer: {N:employer}\nInterviewer: {P}\n"),
    ("firm", "nl", "form", "Exitgesprek\nMedewerker: {P}\nLeidinggevende: {P}\nNieuwe werkgever: {S:employer}\nHR: {P}\n"),
    ("firm", "es", "email", "Hola {PG},\nte confirmo que {P} deja el equipo el viernes; se va a {N:employer}. La entrevista de salida la hace {P}.\nUn saludo,\n{P}\n"),
    ("firm", "en", "form", "SONGWRITER SPLIT SHEET\nTitle: {N:work}\nWriter 1: {P} (50%)\nWriter 2: {P} (50%)\nPublisher: {N:publisher}\nAdministered by: {S:publisher}\n"),
    ("firm", "en", "xml", "<work><title>{N:work}</title><iswc>T-{#}-1</iswc><writer role=\"CA\">{P}</writer><writer role=\"C\">{P}</writer><publisher>{N:publisher}</publisher></work>\n"),
    ("firm", "de", "form", "Exposé\nObjekt: 3-Zimmer-Wohnung\nMakler: {N:employer}\nAnsprechpartner/in: {P}\nVerkäufer: {S:employer}\n"),
    ("firm", "en", "table", "| Licence no. | Holder | Employer | Expires |\n|---|---|---|---|\n| SIA-{#} | {P} | {N:employer} | {DT} |\n| SIA-{#} | {P} | {S:employer} | {DT} |\n"),
    ("firm", "fr", "form", "Registre des agents de sécurité (CNAPS)\nTitulaire : {P}\nEmployeur : {S:employer}\nCarte pro n° {#}\n"),
    ("firm", "it", "form", "Mediazione – domanda\nIstante: {P}\nControparte: {S:optician}\nMediatore: {P}\n"),
    ("firm", "en", "form", "Consumer arbitration\nClaimant: {P}, {A}\nRespondent: {S:ortho}\nArbitrator: {P}\n"),
    ("firm", "pl", "form", "Wniosek o mediację\nWnioskodawca: {P}\nDruga strona: {S:optician}\nMediator: {P}\n"),
    ("firm", "en", "chat", "{PL}: did you hear {PGL} is off to {N:employer}??\n{PL}: yeah, leaving do on friday\n"),
    ("firm", "da", "csv", "navn;arbejdsgiver;fratrædelse\n{P};{N:employer};{DT}\n{P};{S:employer};{DT}\n"),
    ("firm", "cs", "form", "Dohoda o provedení práce\nZaměstnavatel: {S:employer}\nZaměstnanec: {P}, nar. {B}\n"),
    ("firm", "hu", "form", "Szemüveg-rendelés\nVásárló: {P}\nÜzlet: {N:optician}\nOptometrista: {P}\n"),
    # foundations and trusts
    ("foundation", "fr", "form", "Demande de subvention\nPorteur du projet : {P}\nSponsor : {S:foundation}\nRéférent : {P}\n"),
    ("foundation", "en", "form", "Grant agreement\nGrantee: {P}\nSponsor: {S:foundation}\nProgramme officer: {P}\n"),
    ("foundation", "de", "prose", "Ich vermache meinem Neffen {P} meinen Flügel und der {N:foundation} 5.000 Euro. Testamentsvollstrecker soll {P} sein.\n"),
    ("foundation", "en", "prose", "In lieu of flowers, donations may be made to the {N:foundation}. {P} will be sadly missed by her children {P} and {P}.\n"),
    ("foundation", "es", "form", "Listado de beneficiarios\n1. {P} – {A}\n2. {P}\nFinanciador: {N:foundation}\nTécnico: {P}\n"),
    ("foundation", "en", "csv", "beneficiary,household_size,donor,field_officer\n{P},4,{N:foundation},{P}\n{P},6,{N:foundation},{P}\n"),
    ("foundation", "it", "form", "Beneficiario: {S:foundation}\nDisponente: {P}\nNotaio: {P}\n"),
    ("foundation", "nl", "prose", "Dit onderzoek werd gefinancierd door de {N:foundation}. Wij danken {P} en {P} voor hun hulp bij het veldwerk.\n"),
    ("foundation", "pl", "form", "Umowa darowizny\nDarczyńca: {S:foundation}\nObdarowany: {P}\nŚwiadek: {P}\n"),
    ("foundation", "sv", "prose", "Projektet stöds av {N:foundation}. Kontaktperson är {P}, projektledare {P}.\n"),
    ("foundation", "da", "form", "Ansøgning om legat\nAnsøger: {P}\nFond: {N:foundation}\nVejleder: {P}\n"),
    ("foundation", "no", "form", "Søknad om støtte\nSøker: {P}\nStiftelse: {N:foundation}\nKontakt: {P}\n"),
    ("foundation", "fi", "form", "Apurahahakemus\nHakija: {P}\nRahoittaja: {N:foundation}\nOhjaaja: {P}\n"),
    ("foundation", "cs", "form", "Žádost o grant\nŽadatel: {P}\nDárce: {S:foundation}\n"),
    ("foundation", "hu", "form", "Pályázat\nPályázó: {P}\nTámogató: {S:foundation}\nMentor: {P}\n"),
    ("foundation", "tr", "form", "Burs başvurusu\nÖğrenci: {P}\nBursu veren: {N:foundation}\nDanışman: {P}\n"),
    ("foundation", "ro", "form", "Cerere de finanțare\nSolicitant: {P}\nFinanțator: {S:foundation}\n"),
    ("foundation", "en", "json", "⦃\"donor\": \"{S:foundation}\", \"recipient\": \"{P}\", \"approved_by\": \"{P}\", \"amount\": 2500⦄\n"),
    ("foundation", "de", "form", "Veranstalter: {S:foundation}\nVersammlungsleiter/in: {P}\nOrdner: {P}, {P}\n"),
    # hotels, albergues, castles
    ("hotel", "en", "form", "Tour advance sheet\nArtist: {P}\nTour manager: {P}\nHotel: {N:hotel}\nPromoter: {S:employer}\nVenue: {N:hall}\n"),
    ("hotel", "de", "form", "Reisekostenabrechnung\nMitarbeiter/in: {P}\nÜbernachtung: {N:hotel}, 2 Nächte\nGenehmigt: {P}\n"),
    ("hotel", "es", "form", "Credencial del peregrino\nPeregrino: {P}\nSello: {N:hotel}\nHospitalero: {P}\n"),
    ("hotel", "en", "table", "| Guest | Hotel | Room | Check-in |\n|---|---|---|---|\n| {P} | {N:hotel} | 214 | {DT} |\n| {P} | {N:hotel} | 118 | {DT} |\n"),
    ("hotel", "en", "form", "Umrah group manifest\nGroup leader: {P}\nPilgrims: {P}; {P}; {P}\nMakkah hotel: {N:umrah}\n"),
    ("hotel", "fr", "form", "Contrat de mariage\nÉpoux : {P}, né le {B}\nÉpouse : {P}\nLieu de la réception : {N:hotel}\nNotaire : Maître {P}\n"),
    ("hotel", "it", "prose", "Il matrimonio di {P} e {P} si terrà a {N:hotel}; testimoni {P} e {P}.\n"),
    ("hotel", "nl", "form", "Visumaanvraag\nAanvrager: {P}\nVerblijf: {N:hotel}\nUitnodigende persoon: {S:hotel}\n"),
    ("hotel", "en", "form", "Schengen visa application\nApplicant: {P}, born {B}\nAccommodation: {S:hotel}\nInviting person: {P}\n"),
    ("hotel", "pt", "form", "Despesas de deslocação\nColaborador: {P}\nAlojamento: {N:hotel}\nAprovado por: {P}\n"),
    ("hotel", "sv", "csv", "namn;hotell;nätter\n{P};{N:hotel};2\n{P};{N:hotel};3\n"),
    ("hotel", "pl", "form", "Delegacja\nPracownik: {P}\nNocleg: {N:hotel}\nZatwierdził: {P}\n"),
    ("hotel", "de", "kv", "ts={DT} level=info msg=\"booking confirmed\" guest=\"{P}\" hotel=\"{N:hotel}\" agent=\"{P}\"\n"),
    ("hotel", "tr", "form", "Umre kafilesi\nKafile başkanı: {P}\nOtel: {N:umrah}\nHacı adayları: {P}, {P}\n"),
    ("hotel", "en", "chat", "{PL}: which hotel are we in?\n{PL}: {N:hotel}, i booked for you and {PGL}\n"),
    ("hotel", "en", "form", "Payee: {S:hotel}\nClaimant: {P}\nCost centre: 4410\nApprover: {P}\n"),
    # parishes
    ("parish", "de", "form", "Kirchenaustritt\nName: {P}, geb. {B}\nAnschrift: {A}\nKonfession: römisch-katholisch\nPfarrei: {N:parish}\nStandesbeamter/in: {P}\n"),
    ("parish", "sv", "form", "Utträde ur Svenska kyrkan\nNamn: {P}\nFörsamling: {N:parish}\nHandläggare: {P}\n"),
    ("parish", "da", "form", "Udmeldelse af folkekirken\nNavn: {P}\nSogn: {N:parish}\nSognepræst: {P}\n"),
    ("parish", "en", "prose", "{P} was baptised at {N:parish} on {DT}; godparents {P} and {P}.\n"),
    ("parish", "fr", "form", "Pèlerinage diocésain à Lourdes\nPèlerin : {P}\nParoisse : {N:parish}\nAccompagnateur : l'abbé {P}\n"),
    ("parish", "pl", "form", "Piesza pielgrzymka na Jasną Górę\nUczestnik: {P}\nParafia: {N:parish}\nPrzewodnik grupy: ks. {P}\n"),
    ("parish", "pt", "form", "Peregrinação a Fátima\nPeregrino: {P}\nParóquia: {N:parish}\nResponsável: {P}\n"),
    ("parish", "es", "form", "Distribución de alimentos\nPunto de entrega: {N:parish}\nBeneficiaria: {P}\nVoluntario: {P}\n"),
    ("parish", "it", "form", "Organizzatore: {S:parish}\nReferente: {P}\nPartecipanti: {P}, {P}\n"),
    ("parish", "nl", "prose", "De uitvaart van {P} vindt plaats in de {N:parish}. Voorganger: {P}.\n"),
    ("parish", "en", "csv", "name,parish,role\n{P},{N:parish},reader\n{P},{N:parish},organist\n"),
    ("parish", "cs", "form", "Pouť\nPoutník: {P}\nFarnost: {N:parish}\nKněz: {P}\n"),
    ("parish", "hu", "form", "Zarándoklat\nZarándok: {P}\nPlébánia: {N:parish}\nCsoportvezető: {P}\n"),
    ("parish", "ro", "form", "Pelerinaj\nPelerin: {P}\nParohia: {N:parish}\nPreot: {P}\n"),
    ("parish", "de", "table", "| Name | Pfarrei | Gruppe |\n|---|---|---|\n| {P} | {N:parish} | A |\n| {P} | {N:parish} | B |\n"),
    # halls, theatres, stadiums
    ("hall", "de", "form", "Tagesablauf (Day sheet)\nBand: {N:studio}\nSpielort: {N:hall}\nÖrtlicher Veranstalter: {S:employer}\nTourleitung: {P}\n"),
    ("hall", "en", "form", "Whereabouts filing\nAthlete: {P}, DOB {B}\nTraining venue: {N:hall}\nCoach: {P}\nDoping control officer: {P}\n"),
    ("hall", "fr", "form", "Localisation de l'athlète\nAthlète : {P}\nLieu d'entraînement : {N:hall}\nEntraîneur : {P}\n"),
    ("hall", "es", "form", "Localización\nDeportista: {P}\nLugar: {N:hall}\nEntrenador: {P}\n"),
    ("hall", "nl", "prose", "Zaterdag zingt het koor in {N:hall}; solisten zijn {P} en {P}, dirigent {P}.\n"),
    ("hall", "it", "form", "Convocazione\nAtleta: {P}\nImpianto: {N:hall}\nAllenatore: {P}\n"),
    ("hall", "en", "table", "| Date | Venue | Promoter | Contact |\n|---|---|---|---|\n| {DT} | {N:hall} | {S:employer} | {P} |\n| {DT} | {N:hall} | {S:employer} | {P} |\n"),
    ("hall", "sv", "form", "Körschema\nKonsert: {N:hall}\nSopran: {P}, {P}\nDirigent: {P}\n"),
    ("hall", "cs", "prose", "Koncert se koná v {N:hall}, sólisté {P} a {P}.\n"),
    ("hall", "hu", "form", "Fellépés\nHelyszín: {N:hall}\nSzervező: {P}\n"),
    ("hall", "tr", "form", "Konser\nMekân: {N:hall}\nOrganizatör: {P}\nSolist: {P}\n"),
    ("hall", "el", "form", "Synavlia\nChoros: {N:hall}\nDiorganotis: {P}\n"),
    ("hall", "pt", "form", "Teams sheet\nJogo: sábado\nEstádio: {N:hall}\nTreinador: {P}\nCapitão: {P}\n"),
    # schools, universities, residences
    ("school", "en", "form", "Erasmus+ Learning Agreement\nStudent: {P}, born {B}\nSending institution: {N:school}\nReceiving institution: {N:school}\nDepartmental coordinator: {P}\n"),
    ("school", "de", "form", "Berufsausbildungsvertrag\nAusbildende/r: {S:employer}\nAuszubildende/r: {P}, geb. {B}\nAusbilder/in: {P}\nBerufsschule: {N:school}\n"),
    ("school", "fr", "form", "Convention de stage\nStagiaire : {P}\nÉtablissement : {N:school}\nTuteur : {P}\nOrganisme d'accueil : {S:employer}\n"),
    ("school", "nl", "form", "Stageovereenkomst\nStagiair: {P}\nSchool: {N:school}\nPraktijkbegeleider: {P}\n"),
    ("school", "es", "form", "Adjudicación de plaza\nResidente: {P}\nColegio mayor: {N:school}\nHabitación: 214\nTutor: {P}\n"),
    ("school", "it", "form", "Assegnazione alloggio\nStudente: {P}\nResidenza: {N:school}\nReferente: {P}\n"),
    ("school", "en", "table", "| Student | Residence | Room | Tutor |\n|---|---|---|---|\n| {P} | {N:school} | 3.12 | {P} |\n| {P} | {N:school} | 2.04 | {P} |\n"),
    ("school", "ro", "form", "Acord de studii\nStudent: {P}\nUniversitate: {N:school}\nCoordonator: {P}\n"),
    ("school", "pl", "form", "Porozumienie o programie zajęć\nStudent: {P}\nUczelnia: {N:school}\nKoordynator: {P}\n"),
    ("school", "cs", "form", "Studijní smlouva\nStudent: {P}\nVysílající instituce: {N:school}\nKoordinátor: {P}\n"),
    ("school", "hu", "form", "Tanulmányi megállapodás\nHallgató: {P}\nIntézmény: {N:school}\nKoordinátor: {P}\n"),
    ("school", "en", "form", "Matrimonial biodata\nName: {P}\nDate of birth: {B}\nEducation: {N:school}\nFather: {P}\nMother: {P}\nFavourite actor: {N:famous}\n"),
    ("school", "en", "prose", "{P} studied at {N:school} before joining us; she will speak after {P}.\n"),
    # studios and bands
    ("studio", "en", "form", "Film festival submission\nTitle: {N:work}\nDirector: {P}\nProducer: {P}\nSound mixed at: {N:studio}\n"),
    ("studio", "de", "form", "Band-Visa-Liste\nBand: {N:studio}\nMusiker/in: {P}, geb. {B}\nMusiker/in: {P}\nTontechnik: {P}\n"),
    ("studio", "en", "table", "| Name | Role | Band |\n|---|---|---|\n| {P} | drums | {N:studio} |\n| {P} | FOH | {N:studio} |\n"),
    ("studio", "fr", "prose", "L'album a été enregistré au {N:studio} avec {P} à la batterie et {P} à la basse.\n"),
    ("studio", "nl", "form", "Opnamesessie\nStudio: {N:studio}\nArtiest: {P}\nProducer: {P}\n"),
    ("studio", "es", "chat", "{PL}: el ensayo es en {N:studio}?\n{PL}: sí, y viene {PGL}\n"),
    ("studio", "sv", "form", "Inspelning\nStudio: {N:studio}\nArtist: {P}\nTekniker: {P}\n"),
    ("studio", "en", "json", "⦃\"act\": \"{N:studio}\", \"tour_manager\": \"{P}\", \"driver\": \"{P}\", \"ferry\": \"{N:ferry}\"⦄\n"),
    # streets with no number
    ("street", "it", "form", "Manifestazione – preavviso\nPromotore: {P}\nPercorso: {N:street} – {N:street}\nResponsabile servizio d'ordine: {P}\n"),
    ("street", "de", "form", "Straßenfest – Antrag auf Sperrung\nAntragsteller/in: {P}, {A}\nGesperrte Straße: {N:street}\nAnsprechpartner/in vor Ort: {P}\n"),
    ("street", "fr", "form", "Déclaration de manifestation\nOrganisateur : {S:foundation}\nItinéraire : {N:street}, puis {N:street}\nSignataires : {P}, {P}\n"),
    ("street", "en", "form", "Route: {N:street}\nSteward: {P}\nFirst aider: {P}\n"),
    ("street", "nl", "prose", "Vanaf {N:street} loopt de stoet naar het plein; {P} en {P} dragen het spandoek.\n"),
    ("street", "es", "form", "Solicitud de corte de calle\nSolicitante: {P}\nCalle: {N:street}\nVecinos: {P}, {P}\n"),
    ("street", "en", "chat", "{PL}: lost cat near {N:street}, grey, answers to {N:pet}\n{PL}: saw one on the corner this morning\n"),
    ("street", "sv", "prose", "Vi flyttar från {N:street} i maj. Flytthjälp: {P} och {P}.\n"),
    ("street", "pl", "form", "Zgłoszenie zgromadzenia\nOrganizator: {P}\nTrasa: {N:street}\nPrzewodniczący: {P}\n"),
    ("street", "hu", "form", "Utcabál\nBejelentő: {P}\nUtca: {N:street}\n"),
    ("street", "tr", "prose", "{P} ve {P} pazar günü {N:street} üzerinde stant açacak.\n"),
    ("street", "el", "form", "Diadilosi\nDiorganotis: {P}\nDiadromi: {N:street}\n"),
    ("street", "ro", "form", "Marș\nOrganizator: {P}\nTraseu: {N:street}\n"),
    ("street", "cs", "prose", "Průvod půjde po {N:street}; pořadatel {P}.\n"),
    ("street", "fi", "form", "Mielenosoitus\nJärjestäjä: {P}\nReitti: {N:street}\n"),
    ("street", "da", "form", "Gadefest\nAnsøger: {P}\nGade: {N:street}\n"),
    # songs and films
    ("work", "es", "form", "Programa de la boda\nNovios: {P} y {P}\nPrimer baile: \"{N:work}\"\nPadrinos: {P}, {P}\n"),
    ("work", "en", "form", "Order of service\nIn loving memory of {P}\nEntrance: \"{N:work}\"\nEulogy: {P}\nReading: {P}\n"),
    ("work", "de", "form", "Trauerfeier\nFür {P}\nLied: \"{N:work}\"\nRede: {P}\n"),
    ("work", "en", "form", "Song: \"{N:work}\"\nRequested by: {P}\nDedicated to: {S:work}\n"),
    ("work", "fr", "form", "Inscription au festival\nTitre du film : {N:work}\nRéalisatrice : {P}\nProduction : {P}\n"),
    ("work", "nl", "chat", "{PL}: gisteren {N:work} gezien met {PGL}\n{PL}: en?\n"),
    ("work", "en", "chat", "{PL}: fav film?\n{PL}: {N:work}, you?\n{PL}: {N:work} obviously\n"),
    ("work", "it", "csv", "titolo;autore;editore\n{N:work};{P};{N:publisher}\n{N:work};{P};{N:publisher}\n"),
    ("work", "sv", "form", "Bröllopsprogram\nBrudpar: {P} och {P}\nFörsta dansen: {N:work}\nToastmaster: {P}\n"),
    ("work", "pt", "form", "Festival de cinema – inscrição\nTítulo: {N:work}\nRealizador: {P}\nContacto: {P}\n"),
    ("work", "en", "prose", "Wrapped this weekend: {N:work} and {N:work}. Thanks to {P} for the tickets and {P} for the popcorn.\n"),
    ("work", "de", "table", "| Titel | Komponist/in | Verlag | Anteil |\n|---|---|---|---|\n| {N:work} | {P} | {N:publisher} | 50 % |\n| {N:work} | {P} | {N:publisher} | 25 % |\n"),
    ("work", "pl", "form", "Zgłoszenie filmu\nTytuł: {N:work}\nReżyser: {P}\nProducent: {P}\n"),
    ("work", "en", "json", "⦃\"track\": \"{N:work}\", \"artist\": \"{P}\", \"requested_by\": \"{P}\"⦄\n"),
    # dishes
    ("dish", "en", "form", "Catering order\nEvent host: {P}\nMain: {N:dish}\nDessert: {N:dish}\nDietary: {P} (vegan), {P} (no nuts)\n"),
    ("dish", "de", "form", "Essen auf Rädern – Tour 3\nKundin: {P}, {A}\nMenü: {N:dish}\nFahrer/in: {P}\n"),
    ("dish", "hu", "form", "Menü rendelés\nMegrendelő: {P}\nDesszert: {N:dish}\nSzakács: {P}\n"),
    ("dish", "pt", "prose", "Ao almoço, {P} fez {N:dish} e {P} trouxe a sobremesa.\n"),
    ("dish", "sv", "form", "Matlista äldreboende\nBoende: {P}\nMåltid: {N:dish}\nKontaktperson: {P}\n"),
    ("dish", "fi", "form", "Ateriapalvelu\nAsiakas: {P}\nJälkiruoka: {N:dish}\nKuljettaja: {P}\n"),
    ("dish", "tr", "form", "Yemek siparişi\nMüşteri: {P}\nYemek: {N:dish}\nKurye: {P}\n"),
    ("dish", "en", "table", "| Guest | Menu | Allergies |\n|---|---|---|\n| {P} | {N:dish} | none |\n| {P} | {N:dish} | gluten |\n"),
    ("dish", "fr", "chat", "{PL}: on fait quoi pour le dessert ?\n{PL}: {N:dish}, {PGL} adore ça\n"),
    ("dish", "it", "form", "Ordine catering\nCliente: {P}\nPiatto: {N:dish}\nResponsabile: {P}\n"),
    ("dish", "es", "form", "Menú del banquete\nAnfitrión: {P}\nPrincipal: {N:dish}\nCoordinadora: {P}\n"),
    # drugs
    ("drug", "de", "form", "Patientenverfügung\nVerfasser/in: {P}, geb. {B}\nBevollmächtigte/r: {P}\nHausarzt: Dr. {P}\nDauermedikation: {N:drug}, {N:drug}\n"),
    ("drug", "en", "form", "Hospice visit log\nPatient: {P}\nVisitor: {P}\nMeds given: {N:drug}\nNurse: {P}\n"),
    ("drug", "en", "form", "Doping control form\nAthlete: {P}\nMedication declared: {N:drug}; {N:drug}\nDCO: {P}\n"),
    ("drug", "fr", "form", "Plan de soins\nPatient : {P}\nTraitement : {N:drug}\nKinésithérapeute : {P}\n"),
    ("drug", "nl", "form", "Overdracht\nCliënt: {P}\nMedicatie: {N:drug}\nVerpleegkundige: {P}\n"),
    ("drug", "it", "form", "Consegna turno\nOspite: {P}\nTerapia: {N:drug}\nInfermiere: {P}\n"),
    ("drug", "es", "form", "Hoja de cuidados\nPaciente: {P}\nMedicación: {N:drug}\nCuidadora: {P}\n"),
    ("drug", "pl", "form", "Karta wizyt hospicjum\nPacjent: {P}\nLeki: {N:drug}\nPielęgniarka: {P}\n"),
    ("drug", "en", "chat", "{PL}: did mum take her {N:drug}?\n{PL}: yes, {PGL} gave it at 8\n"),
    ("drug", "de", "table", "| Bewohner/in | Medikament | Pflegekraft |\n|---|---|---|\n| {P} | {N:drug} | {P} |\n| {P} | {N:drug} | {P} |\n"),
    ("drug", "sv", "form", "Läkemedelslista\nPatient: {P}\nLäkemedel: {N:drug}\nSjuksköterska: {P}\n"),
    ("drug", "cs", "form", "Předávání služby\nPacient: {P}\nLéky: {N:drug}\nSestra: {P}\n"),
    # products: devices, tariffs, frames, mobility aids, cars
    ("product", "de", "form", "Antrag Netzanschluss Wärmepumpe\nAnlagenbetreiber/in: {P}, {A}\nWärmepumpe: {N:device}\nWechselrichter: {N:device}\nInstallateur/in: {P}\n"),
    ("product", "en", "form", "Grid application (G99)\nCustomer: {P}\nInverter: {N:device}\nInstaller: {P}\nTariff: {N:tariff}\n"),
    ("product", "nl", "form", "Aanvraag subsidie warmtepomp\nAanvrager: {P}\nWarmtepomp: {N:device}\nInstallateur: {P}\n"),
    ("product", "fr", "form", "Demande de raccordement\nDemandeur : {P}\nOnduleur : {N:device}\nOffre : {N:tariff}\nInstallateur : {P}\n"),
    ("product", "es", "form", "Contrato de suministro\nTitular: {P}\nTarifa: {N:tariff}\nComercial: {P}\n"),
    ("product", "it", "form", "Contratto luce\nIntestatario: {P}\nOfferta: {N:tariff}\nAgente: {P}\n"),
    ("product", "en", "table", "| Client | Aid | Loan from | Fitter |\n|---|---|---|---|\n| {P} | {N:aid} | {DT} | {P} |\n| {P} | {N:aid} | {DT} | {P} |\n"),
    ("product", "sv", "form", "Köpekontrakt bil\nSäljare: {P}\nKöpare: {P}\nBil: {N:car}\n"),
    ("product", "da", "form", "Slutseddel\nSælger: {P}\nKøber: {P}\nBil: {N:car}\n"),
    ("product", "pl", "form", "Umowa kupna-sprzedaży samochodu\nSprzedający: {P}\nKupujący: {P}\nPojazd: {N:car}\n"),
    ("product", "en", "chat", "{PL}: selling my {N:car}, 80k km, any takers?\n{PL}: {PGL} might want it\n"),
    ("product", "de", "kv", "order_id={#} customer=\"{P}\" tariff=\"{N:tariff}\" sales_agent=\"{P}\"\n"),
    ("product", "fi", "form", "Hakemus\nHakija: {P}\nLaite: {N:device}\nAsentaja: {P}\n"),
    ("product", "no", "form", "Søknad om Enova-støtte\nSøker: {P}\nVarmepumpe: {N:device}\nMontør: {P}\n"),
    ("product", "ro", "form", "Cerere prosumator\nSolicitant: {P}\nInvertor: {N:device}\nInstalator: {P}\n"),
    ("product", "el", "form", "Aitisi syndesis\nAitontas: {P}\nInverter: {N:device}\nEgkatastatis: {P}\n"),
    ("product", "hu", "form", "Bérleti szerződés\nBérbeadó: {P}\nBérlő: {P}\nJármű: {N:car}\n"),
    ("product", "en", "json", "⦃\"order\": ⦃\"customer\": \"{P}\", \"frame\": \"{N:frame}\", \"optician\": \"{P}\"⦄⦄\n"),
    # species named after people
    ("species", "en", "form", "Ringing recovery\nRing: ET{#}\nSpecies: {N:bird}\nRinger: {P}\nFinder: {P}\n"),
    ("species", "de", "form", "Wiederfundmeldung\nRing: {#}\nArt: {N:bird}\nBeringer/in: {P}\nFinder/in: {P}\n"),
    ("species", "fr", "form", "Reprise de bague\nEspèce : {N:bird}\nBagueur : {P}\nObservateur : {P}\n"),
    ("species", "en", "form", "Herbarium sheet\n{N:plant}\nLeg.: {P}\nDet.: {P}\nAlt. 1850 m\n"),
    ("species", "it", "form", "Scheda d'erbario\n{N:plant}\nRaccoglitore: {P}\nDeterminatore: {P}\n"),
    ("species", "de", "form", "Herbarbeleg\n{N:plant}\nleg. {P}, det. {P}\n"),
    ("species", "nl", "prose", "{P} zag gisteren een {N:bird} bij de plas; {P} heeft hem gefotografeerd.\n"),
    ("species", "en", "chat", "{PL}: {N:bird} at the reedbed!!\n{PL}: no way, {PGL} will be gutted\n"),
    ("species", "es", "form", "Recuperación de anilla\nEspecie: {N:bird}\nAnillador: {P}\nObservador: {P}\n"),
    ("species", "sv", "form", "Ringmärkning\nArt: {N:bird}\nRingmärkare: {P}\n"),
    ("species", "cs", "form", "Herbářová položka\n{N:plant}\nSběr: {P}\nUrčil: {P}\n"),
    ("species", "pt", "form", "Anilhagem\nEspécie: {N:bird}\nAnilhador: {P}\n"),
    ("species", "en", "csv", "ring,species,ringer,date\nET{#},{N:bird},{P},{DT}\nET{#},{N:bird},{P},{DT}\n"),
    ("species", "hu", "form", "Gyűrűzés\nFaj: {N:bird}\nGyűrűző: {P}\n"),
    # eponyms
    ("eponym", "de", "form", "Erste-Hilfe-Kurs – Teilnehmerliste\nTrainer/in: {P}\nInhalte: {N:eponym}, {N:eponym}\nTeilnehmer/in: {P}\nTeilnehmer/in: {P}\n"),
    ("eponym", "en", "form", "First aid register\nTrainer: {P}\nModules: {N:eponym}; {N:eponym}\nAttendees: {P}, {P}\n"),
    ("eponym", "en", "form", "Physiotherapy plan\nPatient: {P}, DOB {B}\nDiagnosis: {N:eponym}\nApproach: {N:eponym}\nTherapist: {P}\n"),
    ("eponym", "fr", "form", "Bilan kiné\nPatient : {P}\nDiagnostic : {N:eponym}\nKinésithérapeute : {P}\n"),
    ("eponym", "nl", "form", "Behandelplan fysiotherapie\nPatiënt: {P}\nMethode: {N:eponym}\nFysiotherapeut: {P}\n"),
    ("eponym", "es", "form", "Plan de fisioterapia\nPaciente: {P}\nTécnica: {N:eponym}\nFisioterapeuta: {P}\n"),
    ("eponym", "it", "form", "Piano riabilitativo\nPaziente: {P}\nMetodo: {N:eponym}\nFisioterapista: {P}\n"),
    ("eponym", "pt", "form", "Plano de fisioterapia\nUtente: {P}\nMétodo: {N:eponym}\nFisioterapeuta: {P}\n"),
    ("eponym", "pl", "form", "Plan rehabilitacji\nPacjent: {P}\nMetoda: {N:eponym}\nFizjoterapeuta: {P}\n"),
    ("eponym", "sv", "form", "Fysioterapi\nPatient: {P}\nMetod: {N:eponym}\nFysioterapeut: {P}\n"),
    ("eponym", "da", "form", "Førstehjælpskursus\nInstruktør: {P}\nIndhold: {N:eponym}\nDeltager: {P}\n"),
    ("eponym", "no", "form", "Førstehjelpskurs\nInstruktør: {P}\nTema: {N:eponym}\nDeltaker: {P}\n"),
    ("eponym", "fi", "form", "Ensiapukurssi\nKouluttaja: {P}\nSisältö: {N:eponym}\nOsallistuja: {P}\n"),
    ("eponym", "cs", "form", "Kurz první pomoci\nLektor: {P}\nTéma: {N:eponym}\nÚčastník: {P}\n"),
    ("eponym", "hu", "form", "Elsősegély-tanfolyam\nOktató: {P}\nTéma: {N:eponym}\nRésztvevő: {P}\n"),
    ("eponym", "tr", "form", "İlk yardım eğitimi\nEğitmen: {P}\nKonu: {N:eponym}\nKatılımcı: {P}\n"),
    ("eponym", "ro", "form", "Curs de prim ajutor\nInstructor: {P}\nTemă: {N:eponym}\nParticipant: {P}\n"),
    ("eponym", "el", "form", "Seminario protwn voitheion\nEkpaideftis: {P}\nThema: {N:eponym}\nSymmetechon: {P}\n"),
    ("eponym", "en", "table", "| Attendee | Module | Passed | Assessor |\n|---|---|---|---|\n| {P} | {N:eponym} | yes | {P} |\n| {P} | {N:eponym} | yes | {P} |\n"),
    ("eponym", "en", "prose", "Referral: {P} has had vertigo since March; {N:eponym} lateralises left. Seen by {P}, ENT.\n"),
    # famous people and quiz hosts as a topic
    ("famous", "en", "form", "Quiz show application\nName: {P}, DOB {B}\nFavourite quiz host: {N:quizhost}\nSpecialist subject: {N:famous}\nPhone-a-friend: {P}\n"),
    ("famous", "de", "form", "Bewerbung Quizshow\nName: {P}\nLieblingsmoderator/in: {N:quizhost}\nSpezialgebiet: {N:famous}\nTelefonjoker: {P}\n"),
    ("famous", "fr", "form", "Candidature jeu télévisé\nCandidat : {P}\nAnimateur préféré : {N:quizhost}\nSujet : {N:famous}\n"),
    ("famous", "nl", "form", "Aanmelding quiz\nKandidaat: {P}\nFavoriete presentator: {N:quizhost}\nSpecialiteit: {N:famous}\n"),
    ("famous", "es", "form", "Casting concurso\nConcursante: {P}\nPresentador favorito: {N:quizhost}\nTema: {N:famous}\nAcompañante: {P}\n"),
    ("famous", "it", "form", "Provino quiz\nConcorrente: {P}\nConduttore preferito: {N:quizhost}\nArgomento: {N:famous}\n"),
    ("famous", "pl", "form", "Zgłoszenie do teleturnieju\nUczestnik: {P}\nUlubiony prowadzący: {N:quizhost}\nSpecjalność: {N:famous}\n"),
    ("famous", "en", "form", "Focus group screener\nRespondent: {P}\nQ4 Which presenter do you watch most? {N:quizhost}\nRecruiter: {P}\n"),
    ("famous", "en", "prose", "Podcast ep. 41: {P} and {P} talk about {N:famous} and why we still listen.\n"),
    ("famous", "fr", "prose", "Hier soir, {P} nous a parlé de {N:famous} pendant une heure ; {P} a posé les questions.\n"),
    ("famous", "en", "chat", "{PL}: who was that host again?\n{PL}: {N:quizhost}\n{PL}: ah right. {PGL} loves that show\n"),
    ("famous", "pt", "form", "Peregrinação\nPeregrino: {P}\nTema da vigília: {N:famous}\nAnimador: {P}\n"),
    ("famous", "sv", "form", "Frågesportsansökan\nNamn: {P}\nSpecialområde: {N:famous}\n"),
    ("famous", "tr", "form", "Yarışma başvurusu\nYarışmacı: {P}\nSevdiği sunucu: {N:quizhost}\nKonu: {N:famous}\n"),
    ("famous", "cs", "prose", "Beseda o {N:famous}: přednáší {P}, moderuje {P}.\n"),
    ("famous", "en", "table", "| Respondent | Favourite host | Recruiter |\n|---|---|---|\n| {P} | {N:quizhost} | {P} |\n| {P} | {N:quizhost} | {P} |\n"),
    ("famous", "de", "json", "⦃\"kandidat\": \"{P}\", \"lieblingsmoderator\": \"{N:quizhost}\", \"telefonjoker\": \"{P}\"⦄\n"),
    # pets and horses
    ("animal", "en", "form", "House-sitting agreement\nHomeowner: {P}, {A}\nSitter: {P}\nPets: {N:pet} (cat), {N:pet} (dog)\nNeighbour with key: {P}\n"),
    ("animal", "de", "form", "Haussitting-Vereinbarung\nEigentümer/in: {P}\nHaussitter/in: {P}\nTiere: {N:pet} (Katze), {N:pet} (Hund)\n"),
    ("animal", "fr", "form", "Échange de maisons\nHôtes : {P} et {P}\nAnimaux : {N:pet}, {N:pet}\n"),
    ("animal", "en", "form", "Hospice visit log\nPatient: {P}\nTherapy dog: {N:pet}\nHandler: {P}\n"),
    ("animal", "nl", "prose", "{P} neemt {N:pet} mee naar het hospice; {P} vond dat heerlijk.\n"),
    ("animal", "en", "chat", "{PL}: can you feed {N:pet} on tuesday?\n{PL}: sure, {PGL} has the key\n"),
    ("animal", "de", "form", "Turnierergebnisse\n1. {P} auf {N:horse}\n2. {P} auf {N:horse}\nRichter/in: {P}\n"),
    ("animal", "sv", "form", "Hemvakt\nÄgare: {P}\nHusdjur: {N:pet}\nVakt: {P}\n"),
    ("animal", "it", "form", "Scambio casa\nOspite: {P}\nAnimali: {N:pet}\n"),
    ("animal", "es", "form", "Cuidado de la casa\nPropietario: {P}\nMascota: {N:pet}\nCuidadora: {P}\n"),
    ("animal", "pl", "form", "Opieka nad domem\nWłaściciel: {P}\nZwierzę: {N:pet}\nOpiekun: {P}\n"),
    ("animal", "fi", "form", "Kotivahti\nOmistaja: {P}\nLemmikki: {N:pet}\n"),
    ("animal", "en", "table", "| Rider | Horse | Score |\n|---|---|---|\n| {P} | {N:horse} | 71.2 |\n| {P} | {N:horse} | 69.8 |\n"),
    ("animal", "cs", "form", "Hlídání domu\nMajitel: {P}\nZvíře: {N:pet}\nHlídač: {P}\n"),
    # ferries and boats
    ("vessel", "en", "form", "Tour advance\nCrossing: {N:ferry}, Travemünde–Trelleborg\nDriver: {P}\nTour manager: {P}\n"),
    ("vessel", "de", "form", "Fährbuchung\nReisende/r: {P}\nSchiff: {N:ferry}\nMitreisende/r: {P}\n"),
    ("vessel", "no", "form", "Billett\nPassasjer: {P}\nSkip: {N:ferry}\n"),
    ("vessel", "nl", "prose", "Het schip {N:ferry} van {P} ligt in de haven; schipper {P} vaart zaterdag uit.\n"),
    ("vessel", "en", "csv", "passenger,vessel,cabin\n{P},{N:ferry},5012\n{P},{N:ferry},5014\n"),
    ("vessel", "da", "form", "Færgebillet\nRejsende: {P}\nFærge: {N:ferry}\n"),
    ("vessel", "sv", "chat", "{PL}: vilken båt tar vi?\n{PL}: {N:ferry}, {PGL} har biljetterna\n"),
    ("vessel", "fi", "form", "Matkalippu\nMatkustaja: {P}\nAlus: {N:ferry}\n"),
    ("vessel", "it", "form", "Biglietto traghetto\nPasseggero: {P}\nNave: {N:ferry}\n"),
    ("vessel", "el", "form", "Eisitirio\nEpivatis: {P}\nPloio: {N:ferry}\n"),
    ("vessel", "en", "form", "PNR\n1. {PU}\n2. {PU}\nFerry: {NU:ferry}\nRef: {#}\n"),
    # rooms named after people
    ("room", "en", "form", "Conference programme\n09:30 Keynote – {P}\nRoom: {N:room}\n11:00 Panel – {P}, {P}\nRoom: {N:room}\n"),
    ("room", "de", "form", "Stationsübergabe\nStation: {N:room}\nPatient/in: {P}\nÜbergabe von: {P}\n"),
    ("room", "fr", "form", "Programme\nAtelier : {P}\nSalle : {N:room}\n"),
    ("room", "en", "table", "| Time | Room | Speaker |\n|---|---|---|\n| 10:00 | {N:room} | {P} |\n| 11:30 | {N:room} | {P} |\n"),
    ("room", "it", "form", "Convegno\nRelatore: {P}\nSala: {N:room}\n"),
    ("room", "es", "form", "Jornada\nPonente: {P}\nSala: {N:room}\n"),
    ("room", "nl", "form", "Focusgroep\nGespreksleider: {P}\nZaal: {N:room}\nDeelnemers: {P}, {P}\n"),
    ("room", "sv", "form", "Bokning\nRum: {N:room}\nBokad av: {P}\n"),
    ("room", "da", "form", "Mødebooking\nLokale: {N:room}\nBooket af: {P}\n"),
    ("room", "no", "form", "Møtebooking\nRom: {N:room}\nBestilt av: {P}\n"),
    ("room", "fi", "form", "Varaus\nTila: {N:room}\nVaraaja: {P}\n"),
    ("room", "cs", "form", "Rezervace\nMístnost: {N:room}\nRezervoval: {P}\n"),
    ("room", "hu", "form", "Foglalás\nTerem: {N:room}\nFoglaló: {P}\n"),
    ("room", "ro", "form", "Rezervare\nSala: {N:room}\nRezervat de: {P}\n"),
    ("room", "tr", "form", "Rezervasyon\nSalon: {N:room}\nRezerve eden: {P}\n"),
    ("room", "el", "form", "Kratisi\nAithousa: {N:room}\nKratisi apo: {P}\n"),
    # stations and stops
    ("station", "de", "form", "Mileage-Log\n{DT} Alexanderplatz – {N:station}, 14 km, Fahrer: {P}\nMitfahrer/in: {P}\n"),
    ("station", "en", "form", "Meals on wheels – route B\nStop 1: {P}\nStop 2: {P}\nDepot: near {N:station}\nDriver: {P}\n"),
    ("station", "fr", "chat", "{PL}: on se retrouve à {N:station} ?\n{PL}: ok, avec {PGL}\n"),
    ("station", "cs", "form", "Předávací protokol\nMísto předání: stanice {N:station}\nPředal: {P}\nPřevzal: {P}\n"),
    ("station", "hu", "prose", "{P} a {N:station} megállónál várja {P}-t.\n"),
    ("station", "ro", "form", "Transport\nPunct de plecare: {N:station}\nȘofer: {P}\nÎnsoțitor: {P}\n"),
    ("station", "pt", "form", "Recolha\nPonto: {N:station}\nMotorista: {P}\nUtente: {P}\n"),
    ("station", "sv", "form", "Resa\nFrån: {N:station}\nResenär: {P}\n"),
    ("station", "en", "form", "Courier scan log\n{DT} picked up at {N:station} by {P}\n{DT} delivered to {P}\n"),
    ("station", "da", "form", "Kørselsgodtgørelse\nFra: {N:station}\nMedarbejder: {P}\n"),
    ("station", "pl", "form", "Zbiórka\nMiejsce: {N:station}\nOpiekun: {P}\n"),
    ("station", "fi", "form", "Kokoontuminen\nPaikka: {N:station}\nVetäjä: {P}\n"),
    # routes
    ("route", "en", "form", "Pilgrim credential\nPilgrim: {P}, born {B}\nRoute: {N:route}\nStarting point: Le Puy\nIssued by: {P}\n"),
    ("route", "de", "form", "Pilgerausweis\nPilger/in: {P}\nWeg: {N:route}\nAusgestellt von: {P}\n"),
    ("route", "fr", "form", "Crédenciale\nPèlerin : {P}\nChemin : {N:route}\nDélivrée par : {P}\n"),
    ("route", "nl", "form", "Wandelpas\nWandelaar: {P}\nRoute: {N:route}\nOrganisatie: {P}\n"),
    ("route", "es", "form", "Credencial\nPeregrino: {P}\nCamino: {N:route}\nAlbergue: {N:hotel}\n"),
    ("route", "it", "form", "Credenziale\nPellegrino: {P}\nCammino: {N:route}\nRilasciata da: {P}\n"),
    ("route", "pl", "form", "Paszport pielgrzyma\nPielgrzym: {P}\nSzlak: {N:route}\n"),
    ("route", "sv", "form", "Pilgrimspass\nPilgrim: {P}\nLed: {N:route}\n"),
    ("route", "en", "chat", "{PL}: starting the {N:route} on monday with {PGL}\n{PL}: jealous!!\n"),
    ("route", "cs", "form", "Poutnický pas\nPoutník: {P}\nTrasa: {N:route}\n"),
    ("route", "en", "table", "| Pilgrim | Route | Stage | Albergue |\n|---|---|---|---|\n| {P} | {N:route} | 3 | {N:hotel} |\n| {P} | {N:route} | 4 | {N:hotel} |\n"),
    # characters
    ("role", "en", "form", "Film festival entry\nTitle: {N:work}\nDirector: {P}\nCast: {P} as {N:role}; {P} as {N:role}\n"),
    ("role", "de", "form", "Besetzung\n{N:role}: {P}\n{N:role}: {P}\nRegie: {P}\n"),
    ("role", "fr", "form", "Distribution\n{N:role} : {P}\n{N:role} : {P}\nMise en scène : {P}\n"),
    ("role", "nl", "prose", "In de voorstelling speelt {P} de rol van {N:role}; {P} regisseert.\n"),
    ("role", "it", "form", "Cast\n{P} (nel ruolo di {N:role})\n{P} (nel ruolo di {N:role})\n"),
    ("role", "en", "table", "| Character | Actor | Understudy |\n|---|---|---|\n| {N:role} | {P} | {P} |\n| {N:role} | {P} | {P} |\n"),
    ("role", "cs", "form", "Obsazení\n{N:role} – {P}\nRežie: {P}\n"),
    ("role", "da", "form", "Rollebesætning\n{N:role}: {P}\nInstruktør: {P}\n"),
    ("role", "sv", "prose", "{P} gör rollen som {N:role} i höstens uppsättning, mot {P}.\n"),
    ("role", "tr", "form", "Oyuncular\n{N:role}: {P}\nYönetmen: {P}\n"),
    ("role", "pl", "form", "Obsada\n{N:role} – {P}\nReżyseria: {P}\n"),
    ("role", "en", "chat", "{PL}: who's playing {N:role}?\n{PL}: {PGL}, obviously\n"),
    ("role", "es", "json", "⦃\"obra\": \"{N:work}\", \"reparto\": [⦃\"personaje\": \"{N:role}\", \"actor\": \"{P}\"⦄, ⦃\"personaje\": \"{N:role}\", \"actor\": \"{P}\"⦄]⦄\n"),
    # mixed records of the sixth and seventh kinds
    ("firm", "en", "email", "Hi {PG},\nthe buyer's agent at {N:employer} confirmed the viewing. {P} (seller) and {P} (notary) will both attend.\nBest,\n{P}\n"),
    ("foundation", "en", "prose", "Acknowledgements. This work was funded by the {N:foundation}. We thank {P}, {P} and {P} for comments.\n"),
    ("hotel", "en", "form", "Chargeback\nCardholder: {P}\nMerchant: {N:hotel}\nAnalyst: {P}\n"),
    ("parish", "en", "form", "Birth announcement\n{P} and {P} welcome their daughter, baptised at {N:parish}.\n"),
    ("hall", "en", "prose", "Letter to the editor: the council should rename nothing at {N:hall}. – {P}, {A}\n"),
    ("street", "en", "form", "Petition: keep {N:street} car-free\n1. {P}\n2. {P}\n3. {P}\n"),
    ("famous", "en", "form", "Condolence book\n\"Like {N:famous}, she sang every day.\" – {P}\n\"Rest well.\" – {P}\n"),
    ("eponym", "en", "kv", "ts={DT} case={#} assignee=\"{P}\" note=\"suspected {N:eponym}\" reporter=\"{P}\"\n"),
    ("room", "en", "form", "Shift swap\n{P} swaps with {P}\nWard: {N:room}\nApproved: {P}\n"),
    ("vessel", "en", "prose", "Oral history: my grandfather {P} worked on the {N:ferry} for thirty years; my aunt {P} still has his cap.\n"),
    ("work", "en", "form", "Co-authored-by: {P} <noreply@example.org>\nRelease name: \"{N:work}\"\nReviewed-by: {P}\n"),
    ("product", "en", "sql", "INSERT INTO rentals (customer, car, agent) VALUES ('{P}', '{N:car}', '{P}');\n"),
]

FORMS_UPPER = {"form"}
WRAPS = ["prompt", "chat", "oai_tool", "anthropic", "quote"]

for rnd in range(2):
    for cls, lg, form, tpl in T:
        if rnd and rng.random() >= 0.45:
            continue
        t = tpl
        f = form
        # a form in six goes in capitals (labels and values), as printed forms are typed
        if form in FORMS_UPPER and rng.random() < 0.12:
            t = tpl.replace("{P}", "{PU}").replace("{S:", "{SU:").replace("{N:", "{NU:")
            f = "form_caps"
        rec = Rec(lg, cls, f).fill(t)
        if f == "form_caps":
            rec.parts = [p.upper() if isinstance(p, str) else p for p in rec.parts]
        wrap = rng.choice(WRAPS) if rng.random() < 0.34 else "none"
        text, spans = render(rec, wrap)
        check_spans(text, spans)
        records.append(record(text, spans, len(records) % 100,
                              {"locale": lg, "class": cls, "form": f, "wrap": wrap}))

write_json(records)
