#!/usr/bin/env python3
"""names_holdout2: a second held-out corpus for PERSON, STREET_ADDRESS and DATE_OF_BIRTH.

Written blind, from a brief only: its author read none of hush's detectors, tests, other corpus
generators, corpora or accuracy notes, and never ran hush on this output while writing it, so the
corpus grades the detectors without having been shaped by them. Deterministic (fixed seed), Python 3
stdlib only. Writes data/names_holdout2.json next to this file, or the path given as its argument.

Labelling conventions (applied by construction: a template marks each entity, positions are computed):
- PERSON: the name as written, titles and honorifics outside ("Dr. [Ana Ruiz]", "Herr [Müller]"),
  possessive "'s" outside ("[Maria]'s"), initials and particles inside ("[J.-P. van der Berg]"), an
  inverted "Surname, Given" written as one field is one span; given name and surname in separate
  fields (CSV columns, JSON keys) are separate spans. Nicknames and single given names that refer to a
  person (signatures, chat speakers, "ask Tom") are PERSON. A name inside an e-mail address is not a
  separate PERSON span (the address is one EMAIL_ADDRESS span). Street names that contain a person's
  name are part of STREET_ADDRESS, or NEG_PLACE when used as a place without a house number.
- STREET_ADDRESS: the whole postal address as written (house name, street, number, unit, postcode,
  city, region, and the country when it is a line of the address block), across line breaks.
- DATE_OF_BIRTH: the date only ("born on [12 March 1985]"); other dates are NEG_DATE.
- NEG_<kind>: look-alikes that are not PII (products, organisations, places, eponymous terms, codes,
  dates that are not births); a finding on them is a false finding.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261202
N_RECORDS = 800

# ---------------------------------------------------------------- names (real, common per locale)

GIVEN = {
    "en": (
        "Emily Sarah Jessica Hannah Olivia Charlotte Megan Lauren Rachel Katherine Siobhán Aoife "
        "Niamh Chloe Grace Amelia Zoe Priya Aisha Mei Latoya Brianna Deborah Margaret Patricia "
        "Heather Shauna Imogen Fiona".split(),
        "James Michael Robert David Daniel Matthew Christopher Thomas Oliver Harry Connor Liam "
        "Ciarán Rhys Gareth Tyrone DeShawn Rajesh Mohammed Wei Kwame Brendan Steven Kevin Andrew "
        "Callum Eoin Declan Nathaniel".split(),
    ),
    "de": (
        "Anna Lena Katharina Julia Sabine Petra Ursula Monika Sophie Hannah Jana Franziska Birgit "
        "Anneliese Lea Marie-Luise Ingrid Gisela Theresa Verena Heike Doris Annika Carina".split(),
        "Thomas Michael Andreas Stefan Jürgen Klaus Wolfgang Lukas Jonas Maximilian Felix Tobias "
        "Uwe Dieter Hans-Peter Karl-Heinz Florian Matthias Sebastian Bernd Urs Reto Günther "
        "Lorenz".split(),
    ),
    "fr": (
        "Marie Camille Chloé Léa Manon Élodie Nathalie Isabelle Sophie Aurélie Céline Hélène "
        "Anne-Sophie Marie-Claire Geneviève Océane Inès Françoise Brigitte Mathilde Solène "
        "Maëlle".split(),
        "Jean Pierre Nicolas Julien Thomas Antoine Mathieu Sébastien François Jean-Pierre "
        "Jean-Baptiste Olivier Philippe Laurent Hugo Théo Benoît Gaëtan Étienne Loïc Yannick "
        "Thibault".split(),
    ),
    "nl": (
        "Emma Sophie Julia Anna Sanne Lotte Femke Fleur Eva Anouk Marieke Ingrid Annemarie "
        "Willemijn Esther Joke Ineke Els Lieve Griet Saskia Mieke".split(),
        "Jan Pieter Daan Sem Lucas Bram Thijs Joris Sander Ruud Kees Henk Willem Gerrit Bart "
        "Wouter Jeroen Koen Stijn Jef Wim Sjoerd".split(),
    ),
    "es": (
        "María Carmen Lucía Laura Ana Marta Elena Sofía Paula Isabel Cristina Guadalupe Ximena "
        "Valentina Camila Florencia Rocío Pilar Mercedes Dolores Ainhoa Montserrat".split()
        + ["María José", "Ana Belén"],
        "José Antonio Manuel Francisco David Javier Daniel Carlos Miguel Alejandro Pablo Jorge "
        "Santiago Mateo Joaquín Iñaki Jordi Andrés Ignacio Facundo Rodrigo".split()
        + ["Juan Carlos", "José Luis"],
    ),
    "it": (
        "Giulia Francesca Chiara Sara Martina Valentina Alessandra Federica Elisa Silvia Paola "
        "Giovanna Rosa Lucia Beatrice Ilaria Benedetta Carla Rosaria Concetta".split()
        + ["Maria Grazia", "Anna Maria"],
        "Marco Giuseppe Giovanni Luca Andrea Francesco Alessandro Matteo Lorenzo Davide Stefano "
        "Roberto Paolo Antonio Gianluca Pierluigi Salvatore Vincenzo Emanuele Nicola".split()
        + ["Gian Marco"],
    ),
    "pt": (
        "Maria Ana Beatriz Mariana Inês Joana Carolina Sofia Leonor Rita Catarina Fernanda "
        "Juliana Gabriela Larissa Luana Conceição Francisca Thaís Adriana".split()
        + ["Ana Paula", "Maria da Conceição"],
        "João José António Manuel Francisco Pedro Rui Tiago Diogo Gonçalo Luís Miguel Rafael "
        "Gustavo Lucas Thiago Matheus Felipe Rodrigo Vinícius".split()
        + ["João Pedro", "Luiz Carlos"],
    ),
}

SURNAMES = {
    "en": "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Jackson White "
    "Harris Clarke Walker Wright Robinson Thompson Hughes Evans O'Brien O'Sullivan McCarthy "
    "MacDonald Fitzgerald Patel Nguyen Kowalski Okafor Chen Singh Murphy Kelly Byrne "
    "Ashworth-Clarke Pemberton Featherstone Ní_Bhriain Adeyemi Al-Rashid".split(),
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch "
    "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Köhler "
    "Huber Gruber Egger Steiner Brunner Keller Baumgartner Meier Weiß Strauß von_Arnim "
    "von_der_Heyden Müller-Lüdenscheidt Schulte-Bockholt zu_Stolberg".split(),
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefèvre Michel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Chevalier Gauthier "
    "Le_Goff Le_Gall Lemaire Dupuis Tremblay Gagnon Côté Bouchard Pelletier Peeters Janssens "
    "de_Villiers du_Bois de_La_Fontaine N'Diaye".split(),
    "nl": "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer "
    "de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra "
    "Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen Van_den_Broeck Claes "
    "Maes Wouters Willems Goossens Verhoeven Huisman 't_Hooft".split(),
    "es": "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
    "Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez "
    "Vázquez Ramos Gil Serrano Blanco Castro Ortega Rubio Iglesias de_la_Fuente del_Río "
    "de_la_Cruz Echeverría Goikoetxea Puig Ferrer".split(),
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
    "Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro "
    "Mariani Rinaldi Caruso Ferrara Galli Martini Leone D'Angelo Di_Stefano De_Santis Lo_Russo "
    "La_Rosa Dell'Acqua Fabbri Villa".split(),
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
    "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia "
    "Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Barbosa Araújo Nascimento Lima da_Silva "
    "dos_Santos de_Sousa da_Costa".split(),
}
SURNAMES = {k: [s.replace("_", " ") for s in v] for k, v in SURNAMES.items()}

NICK = {
    "en": "Bob Bill Liz Kate Jim Mike Dave Tom Chris Jen Becky Sam Danny Maggie Ollie Rob".split(),
    "de": "Sepp Hansi Uschi Steffi Basti Flo Kathi Jogi Gabi Moni".split(),
    "fr": "Jeannot Mimi Juju Manu Fred Seb Nico Cathy Bébert Titi".split(),
    "nl": "Joop Miep Truus Henkie Bas Loes Mies Teun".split(),
    "es": "Pepe Paco Lola Nacho Charo Quique Pili Chema Maite Toño".split(),
    "it": "Beppe Gigi Pino Franci Ale Fede Totò Lella Peppe Nando".split(),
    "pt": "Zé Tó Quim Nando Bia Nanda Rafa Guto Juca Lulu".split(),
}

# ------------------------------------------- invented names: locale syllables + locale endings

INVENT = {
    "en": (["Bray", "Kel", "Jor", "Tam", "Wyn", "Dar", "Cor", "Lor", "Bren", "Kai", "Mer", "Sal"],
           ["lyn", "ette", "issa", "ie", "anna", "wen"], ["den", "ton", "rick", "ell", "as", "ford"],
           ["Hart", "Wick", "Thorn", "Pell", "Brad", "Mor", "Stan", "Whit", "Fair", "Cald", "Hol",
            "Quen", "Brack", "Dunn"],
           ["ley", "wood", "ford", "ham", "ington", "ett", "worth", "by", "well", "shaw", "son"]),
    "de": (["Ger", "Hil", "Wal", "Ans", "Ort", "Ul", "Ber", "Sig", "Rein", "Fri", "Lio", "Ha"],
           ["linde", "trud", "ke", "wina", "hild", "rike"], ["wald", "mar", "bert", "old", "win",
                                                          "rich"],
           ["Brand", "Ilm", "Rö", "Wend", "Kar", "Hal", "Dorn", "Fich", "Gers", "Lau", "Mörs",
            "Tann", "Wieg", "Quel", "Strohl", "Haub"],
           ["mann", "er", "ler", "inger", "hofer", "bauer", "stedt", "brecht", "meier", "haus",
            "wald", "ke"]),
    "fr": (["Aur", "Bla", "Cé", "Dor", "Éli", "Fla", "Gis", "Lor", "Mar", "Oc", "Rom", "Syl"],
           ["ine", "ette", "elle", "ise", "ie", "ane"], ["ien", "ard", "in", "ric", "ould", "ent"],
           ["Beau", "Ché", "Dur", "Fon", "Gri", "Lav", "Mal", "Mon", "Roch", "Vil", "Bour", "Tal"],
           ["court", "ier", "eau", "ard", "ot", "ville", "mont", "ain", "elle", "ais"]),
    "nl": (["Ma", "Ri", "Jo", "Fem", "Wil", "Lie", "An", "Gee", "Tjit", "Ber"],
           ["ke", "tje", "mijn", "na", "je", "ske"], ["t", "s", "ten", "rit", "men", "ard"],
           ["Brink", "Hoog", "Kamp", "Ver", "Wester", "Molen", "Zand", "Stroo", "Hei", "Boom",
            "Kuip", "Gro"],
           ["man", "huis", "stra", "ink", "veld", "hof", "berg", "ma", "kamp", "sma"]),
    "es": (["Ale", "Bel", "Cris", "Dul", "Esta", "Flo", "Gua", "Ire", "Lor", "Mari", "Nere"],
           ["ana", "inda", "ela", "ita", "sia"], ["ando", "elio", "ino", "ero", "acio"],
           ["Aran", "Bel", "Carr", "Esc", "Gal", "Llor", "Mend", "Olm", "Pard", "Sarr", "Urqu",
            "Zub"],
           ["ez", "ero", "illa", "ado", "ales", "ón", "ueta", "arte", "aga", "izábal"]),
    "it": (["Ama", "Bru", "Cate", "Dona", "Fio", "Gra", "Lau", "Mira", "Ora", "Rena", "Sera"],
           ["della", "ina", "ella", "etta", "iana"], ["ndo", "rio", "lino", "tto", "ziano"],
           ["Arc", "Berl", "Cap", "Ferr", "Lanz", "Marg", "Pasc", "Sart", "Tod", "Vent", "Zan",
            "Quar"],
           ["ini", "etti", "ucci", "elli", "one", "ato", "esi", "oni", "accio", "otto"]),
    "pt": (["Ara", "Cle", "Dul", "Eva", "Glo", "Iara", "Jura", "Lui", "Nai", "Ro", "Tai"],
           ["na", "ssa", "lia", "nha", "cy"], ["lio", "ndo", "valdo", "mar", "cio"],
           ["Arr", "Brit", "Cerq", "Fag", "Lacer", "Macê", "Quei", "Saramp", "Tav", "Vasc", "Zim"],
           ["eiro", "ães", "ão", "ada", "inho", "oso", "ares", "ela", "onha"]),
}
PARTICLE_INV = {"de": ["von "], "fr": ["de ", "Le "], "nl": ["van ", "van der ", "de ", "ter "],
                "es": ["de "], "it": ["De ", "Di "], "pt": ["da ", "dos "], "en": []}

TITLES = {  # (male, female, neutral-professional)
    "en": (["Mr", "Mr.", "Mister"], ["Ms", "Mrs.", "Miss", "Ms."], ["Dr.", "Prof.", "Dr"]),
    "de": (["Herr", "Herrn", "Hr."], ["Frau", "Fr."], ["Dr.", "Prof. Dr.", "Dr. med."]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame", "Mlle"], ["Dr", "Pr", "Maître", "Me"]),
    "nl": (["dhr.", "de heer", "meneer"], ["mevr.", "mevrouw"], ["dr.", "prof.", "mr."]),
    "es": (["Sr.", "D.", "señor"], ["Sra.", "Dña.", "señora"], (["Dr.", "Lic."], ["Dra.", "Lic."])),
    "it": (["Sig.", "Signor"], ["Sig.ra", "Signora"], (["Dott.", "Avv.", "Ing."],
                                                      ["Dott.ssa", "Avv.", "Ing."])),
    "pt": (["Sr.", "senhor"], ["Sra.", "D.", "senhora"], (["Dr.", "Eng.º"], ["Dra.", "Eng.ª"])),
}

# ------------------------------------------------------------------------- addresses per region

STREETS = {
    "de": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenstraße",
           "Goethestraße", "Schillerstraße", "Am Markt", "Mühlenweg", "Rosenweg", "Ringstraße",
           "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Industriestr.", "Am Sonnenhang",
           "Lindenallee", "Kirchgasse", "Bergstr."],
    "at": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Straße",
           "Wiedner Gürtel", "Kaiserstraße", "Annagasse"],
    "ch": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Zürcherstrasse", "Kirchweg",
           "Hauptgasse"],
    "fr": ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire",
           "rue du Moulin", "place de l'Église", "chemin des Vignes", "allée des Tilleuls",
           "impasse des Lilas", "rue Pasteur", "avenue de la Gare", "rue Nationale"],
    "fr_BE": ["Rue Royale", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute",
              "Rue des Guillemins"],
    "fr_CA": ["rue Sainte-Catherine Ouest", "boulevard Saint-Laurent", "avenue du Parc",
              "rue Saint-Denis", "chemin de la Côte-des-Neiges"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Prinsengracht",
           "Keizersgracht", "Julianalaan", "Wilhelminastraat", "Beatrixlaan", "Oudegracht",
           "Hoogstraat", "Nieuwe Binnenweg"],
    "nl_BE": ["Meir", "Kerkstraat", "Veldstraat", "Statiestraat", "Bondgenotenlaan",
              "Steenweg op Gent"],
    "es": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real",
           "Paseo de Gracia", "Carrer de Balmes", "Calle San Juan", "Gran Vía", "Avenida Diagonal",
           "Calle del Carmen", "C/ Serrano", "Plaza Mayor"],
    "es_MX": ["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos",
              "Av. Revolución", "Calzada de Tlalpan"],
    "es_AR": ["Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Av. Rivadavia", "Bv. San Juan",
              "Av. Colón"],
    "it": ["Via Roma", "Via Garibaldi", "Via Giuseppe Mazzini", "Corso Vittorio Emanuele II",
           "Piazza del Duomo", "Via Dante Alighieri", "Viale dei Mille", "Via della Repubblica",
           "Via Cavour", "Via XX Settembre", "Vicolo Stretto", "Via Nazionale"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Comércio",
           "Travessa do Carmo", "Largo do Rato", "Rua Dr. António José de Almeida",
           "Avenida da República"],
    "pt_BR": ["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua XV de Novembro",
              "Av. Brasil", "Rua Tiradentes", "Alameda Santos"],
    "en_US": ["Maple", "Oak", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Park", "Lake",
              "Hillcrest", "Sunset", "Martin Luther King Jr", "Main"],
    "en_GB": ["Church Lane", "High Street", "King's Road", "Station Road", "Victoria Street",
              "Mill Lane", "Queen's Drive", "The Crescent", "Albert Road", "Park Avenue"],
    "en_IE": ["Main Street", "Griffith Avenue", "O'Connell Street", "Patrick Street",
              "Strand Road", "Church Road"],
    "en_AU": ["Smith St", "Beach Rd", "George Street", "Brunswick St", "Chapel Street",
              "Swanston St"],
    "en_CA": ["Queen St W", "Yonge Street", "Bank St", "Granville Street", "Portage Ave"],
}
CITIES = {
    "de_DE": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
              ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"),
              ("01067", "Dresden"), ("90402", "Nürnberg"), ("79098", "Freiburg im Breisgau"),
              ("53111", "Bonn"), ("24103", "Kiel"), ("33602", "Bielefeld")],
    "de_AT": [("1010", "Wien"), ("1060", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"),
              ("6020", "Innsbruck"), ("4020", "Linz")],
    "de_CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
              ("9000", "St. Gallen")],
    "fr_FR": [("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"),
              ("33000", "Bordeaux"), ("44000", "Nantes"), ("59000", "Lille"),
              ("67000", "Strasbourg"), ("35000", "Rennes"), ("42000", "Saint-Étienne")],
    "fr_BE": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi")],
    "fr_CA": [("H2X 1Y4", "Montréal"), ("G1R 4P5", "Québec"), ("J8X 3X7", "Gatineau"),
              ("J1H 5N4", "Sherbrooke")],
    "fr_CH": [("1201", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel")],
    "nl_NL": [("1015", "Amsterdam"), ("3011", "Rotterdam"), ("3511", "Utrecht"),
              ("2511", "Den Haag"), ("5611", "Eindhoven"), ("9711", "Groningen"),
              ("4811", "Breda"), ("6511", "Nijmegen"), ("2312", "Leiden")],
    "nl_BE": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
              ("3500", "Hasselt"), ("2800", "Mechelen")],
    "es_ES": [("28013", "Madrid"), ("08008", "Barcelona"), ("46001", "Valencia"),
              ("41001", "Sevilla"), ("50001", "Zaragoza"), ("29001", "Málaga"), ("48001", "Bilbao"),
              ("15001", "A Coruña"), ("07001", "Palma")],
    "es_MX": [("03100", "Ciudad de México, CDMX"), ("44100", "Guadalajara, Jal."),
              ("64000", "Monterrey, N.L."), ("72000", "Puebla, Pue.")],
    "es_AR": [("C1043AAZ", "CABA"), ("X5000", "Córdoba"), ("S2000", "Rosario"),
              ("B1900", "La Plata")],
    "it_IT": [("00184", "Roma", "RM"), ("20121", "Milano", "MI"), ("80132", "Napoli", "NA"),
              ("10121", "Torino", "TO"), ("40121", "Bologna", "BO"), ("50122", "Firenze", "FI"),
              ("90133", "Palermo", "PA"), ("16121", "Genova", "GE"), ("37121", "Verona", "VR"),
              ("70121", "Bari", "BA")],
    "it_CH": [("6900", "Lugano", "TI"), ("6500", "Bellinzona", "TI")],
    "pt_PT": [("1100-148", "Lisboa"), ("4000-322", "Porto"), ("3000-150", "Coimbra"),
              ("4700-435", "Braga"), ("8000-078", "Faro"), ("3800-200", "Aveiro")],
    "pt_BR": [("01415-000", "São Paulo", "SP"), ("20040-002", "Rio de Janeiro", "RJ"),
              ("30130-010", "Belo Horizonte", "MG"), ("80020-310", "Curitiba", "PR"),
              ("90010-150", "Porto Alegre", "RS"), ("40020-000", "Salvador", "BA")],
    "en_US": [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"),
              ("Columbus", "OH", "43215"), ("Denver", "CO", "80202"), ("Boston", "MA", "02118"),
              ("Madison", "WI", "53703"), ("Raleigh", "NC", "27601"), ("Tucson", "AZ", "85701")],
    "en_GB": [("London", "SW3 4RP"), ("Manchester", "M14 5TQ"), ("Leeds", "LS6 2AB"),
              ("Bristol", "BS8 1TH"), ("Edinburgh", "EH9 1JA"), ("Cardiff", "CF24 3AA"),
              ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 3DF")],
    "en_IE": [("Ennis, Co. Clare", "V95 X2K1"), ("Drumcondra, Dublin 9", "D09 K8W2"),
              ("Galway", "H91 E2K3"), ("Cork", "T12 X70A")],
    "en_AU": [("Fitzroy", "VIC", "3065"), ("Bondi", "NSW", "2026"), ("Fremantle", "WA", "6160"),
              ("West End", "QLD", "4101")],
    "en_CA": [("Toronto", "ON", "M5V 2B4"), ("Ottawa", "ON", "K1P 5G4"),
              ("Vancouver", "BC", "V6B 1A1"), ("Winnipeg", "MB", "R3C 0V8")],
}
COUNTRY = {"de_DE": "Deutschland", "de_AT": "Österreich", "de_CH": "Schweiz", "fr_FR": "France",
           "fr_BE": "Belgique", "fr_CA": "Canada", "fr_CH": "Suisse", "nl_NL": "Nederland",
           "nl_BE": "België", "es_ES": "España", "es_MX": "México", "es_AR": "Argentina",
           "it_IT": "Italia", "it_CH": "Svizzera", "pt_PT": "Portugal", "pt_BR": "Brasil",
           "en_US": "USA", "en_GB": "United Kingdom", "en_IE": "Ireland", "en_AU": "Australia",
           "en_CA": "Canada"}


def street_key(region):
    lang = region[:2]
    if region in STREETS:
        return region
    return {"de_AT": "at", "de_CH": "ch", "it_CH": "it", "fr_CH": "fr"}.get(region, lang)


def make_address(r, region, multiline=False):
    """Returns (address text, city name) for a region; multiline gives a postal block."""
    street = r.choice(STREETS[street_key(region)])
    city = r.choice(CITIES[region])
    lang = region[:2]
    if lang in ("es", "pt") and region not in ("es_ES", "pt_PT"):
        n = str(r.choice([r.randint(1, 300), r.randint(100, 2500)]))
    else:
        n = str(r.choice([r.randint(1, 30), r.randint(1, 60), r.randint(1, 180)]))
    sep = "\n" if multiline else ", "
    ctry = (sep + COUNTRY[region]) if r.random() < 0.2 else ""
    lang = region[:2]
    if region == "en_US":
        num = str(r.randint(100, 9899))
        typ = r.choice(["St", "Street", "Ave", "Avenue", "Blvd", "Dr", "Rd", "Lane", "Ct", "Way"])
        unit = r.choice(["", "", ", Apt 5B", " #204", ", Suite 300", ", Unit 12"])
        line1 = f"{num} {r.choice(['', '', 'N ', 'W '])}{street} {typ}{unit}"
        return f"{line1}{sep}{city[0]}, {city[1]} {city[2]}{ctry}", city[0]
    if region in ("en_GB", "en_IE"):
        pre = r.choice(["", "", "", f"Flat {r.randint(1, 9)}, ", f"Apt {r.randint(1, 30)}, ",
                        "The Old Rectory, ", "Rose Cottage, "])
        line = f"{pre}{r.randint(1, 120)} {street}"
        if multiline:
            return f"{line}\n{city[0]}\n{city[1]}{ctry}", city[0].split(",")[0]
        return f"{line}, {city[0]}{r.choice([', ', ' '])}{city[1]}{ctry}", city[0].split(",")[0]
    if region in ("en_AU", "en_CA"):
        unit = r.choice(["", "", f"Unit {r.randint(1, 9)}/", f"{r.randint(1, 40)}-"])
        return f"{unit}{r.randint(1, 300)} {street}{sep}{city[0]} {city[1]} {city[2]}{ctry}", city[0]
    if lang == "de":
        unit = r.choice(["", "", "", "a", " b", "/3/12" if region == "de_AT" else ", 2. OG",
                         ", Whg. 4", ", Hinterhaus"])
        pre = r.choice(["", "", "", "D-" if region == "de_DE" else "", "DE-" if region == "de_DE" else ""])
        return f"{street} {n}{unit}{sep}{pre}{city[0]} {city[1]}{ctry}", city[1]
    if lang == "fr":
        if region == "fr_BE":
            return f"{street} {n}{r.choice(['', '', ' bte 3', '/2'])}{sep}{city[0]} {city[1]}{ctry}", city[1]
        if region == "fr_CA":
            app = r.choice(["", "", f", app. {r.randint(1, 40)}"])
            return (f"{r.randint(100, 9999)}, {street}{app}{sep}{city[1]} (Québec) "
                    f"{city[0]}{ctry}", city[1])
        bis = r.choice(["", "", "", " bis", " ter"])
        bat = r.choice(["", "", "", f"Bât. B, appt {r.randint(1, 40)}{sep}", f"Résidence Les Pins{sep}"])
        cedex = r.choice(["", "", "", " Cedex"]) if region == "fr_FR" else ""
        return f"{bat}{n}{bis} {street}{sep}{city[0]} {city[1]}{cedex}{ctry}", city[1]
    if lang == "nl":
        if region == "nl_BE":
            bus = r.choice(["", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 9)}"])
            return f"{street} {n}{bus}{sep}{city[0]} {city[1]}{ctry}", city[1]
        suf = r.choice(["", "", "", "-II", "A", " hs", "-3"])
        letters = r.choice(["AB", "CJ", "KL", "HR", "BW", "PX"])
        sp = r.choice([" ", " ", ""])
        return f"{street} {n}{suf}{sep}{city[0]}{sp}{letters} {city[1]}{ctry}", city[1]
    if lang == "es":
        if region == "es_MX":
            col = r.choice(["Col. Centro", "Col. Del Valle", "Col. Roma Norte", "Col. Juárez"])
            return f"{street} {n}{r.choice(['', ' Int. 4', ' Depto. 302'])}, {col}{sep}{city[0]} {city[1]}{ctry}", city[1].split(",")[0]
        if region == "es_AR":
            piso = r.choice(["", f", Piso {r.randint(1, 12)} Dto. {r.choice('ABCD')}", f" {r.randint(1, 9)}º \"B\""])
            return f"{street} {n}{piso}{sep}{city[0]} {city[1]}{ctry}", city[1]
        piso = r.choice(["", f", {r.randint(1, 8)}º {r.choice('ABCD')}", f", {r.randint(1, 6)}º izq.",
                         f" {r.randint(1, 6)}-{r.randint(1, 4)}", ", bajo"])
        comma = r.choice([", ", " ", ", nº "])
        return f"{street}{comma}{n}{piso}{sep}{city[0]} {city[1]}{ctry}", city[1]
    if lang == "it":
        comma = r.choice([" ", ", ", " n. "])
        interno = r.choice(["", "", "", ", int. 5", ", scala B"])
        prov = r.choice([f" ({city[2]})", f" {city[2]}", ""])
        dash = sep if r.random() < 0.7 else " - "
        return f"{street}{comma}{n}{interno}{dash}{city[0]} {city[1]}{prov}{ctry}", city[1]
    if lang == "pt":
        if region == "pt_BR":
            apto = r.choice(["", f", apto {r.randint(11, 190)}", f", casa {r.randint(1, 3)}", f", sala {r.randint(101, 909)}"])
            bairro = r.choice([" - Centro", " - Bela Vista", ", Jardim Paulista", " - Savassi", ""])
            cep = r.choice([f", CEP {city[0]}", f", {city[0]}", f"{sep}{city[0]}"])
            return f"{street}, {n}{apto}{bairro}{sep}{city[1]} - {city[2]}{cep}{ctry}", city[1]
        andar = r.choice(["", "", f", {r.randint(1, 8)}.º Esq.", f", {r.randint(1, 8)}º Dto", ", r/c"])
        return f"{street}, {n}{andar}{sep}{city[0]} {city[1]}{ctry}", city[1]
    raise ValueError(region)


# ------------------------------------------------------------------------------------ dates

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(r, region, y, m, d):
    lang = region[:2]
    mn = MONTHS[lang][m - 1]
    yy = f"{y % 100:02d}"
    if region == "en_US":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{yy}", f"{mn} {d}th, {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20) else f"{mn} {d}, {y}"]
    elif lang == "en":
        sfx = "th" if 4 <= d <= 20 or 24 <= d <= 30 else {1: "st", 2: "nd", 3: "rd"}[d % 10]
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{sfx} {mn} {y}", f"{d:02d}-{mn[:3]}-{y}",
                f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{d}{sfx} of {mn} {y}"]
    elif lang == "de":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mn} {y}", f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{yy}", f"{d:02d}. {mn[:3]}. {y}" if len(mn) > 4 else f"{d}. {mn} {y}"]
    elif lang == "fr":
        day = "1er" if d == 1 else str(d)
        opts = [f"{d:02d}/{m:02d}/{y}", f"{day} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}-{m:02d}-{y}"]
    elif lang == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}"]
    elif lang == "es":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {mn} de {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}", f"{d}-{mn[:3]}-{yy}"]
    elif lang == "it":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}"]
    else:
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {mn} de {y}", f"{d:02d}-{m:02d}-{y}",
                f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{yy}"]
    return r.choice(opts)


def rand_dob(r, region, lo=1931, hi=2012):
    return fmt_date(r, region, r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def rand_other_date(r, region):
    return fmt_date(r, region, r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28))


# ------------------------------------------------------------------------------------ people

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "acme-corp.com",
           "northwind.io"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "firma-schulz.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "videotron.ca", "skynet.be"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl", "bouwbedrijf-kok.nl"],
    "es": ["hotmail.es", "gmail.com", "telefonica.net", "prodigy.net.mx", "fibertel.com.ar"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "studiolegale-rossi.it"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "clix.pt"],
}


class Person:
    def __init__(self, r, region, invented, female=None):
        self.r = r
        self.region = region
        lang = self.lang = region[:2]
        self.female = r.random() < 0.5 if female is None else female
        if invented:
            pre, fend, mend, sroot, send = INVENT[lang]
            self.given = r.choice(pre) + r.choice(fend if self.female else mend)
            self.sur = r.choice(sroot) + r.choice(send)
            if PARTICLE_INV[lang] and r.random() < 0.15:
                self.sur = r.choice(PARTICLE_INV[lang]) + self.sur
            if r.random() < 0.08:
                self.sur = self.sur + "-" + r.choice(sroot) + r.choice(send)
        else:
            self.given = r.choice(GIVEN[lang][0 if self.female else 1])
            self.sur = r.choice(SURNAMES[lang])
        if lang == "es" and r.random() < 0.55:
            self.sur += " " + r.choice(SURNAMES["es"])
        if lang == "pt" and r.random() < 0.5:
            self.sur = r.choice(SURNAMES["pt"]) + " " + self.sur
        if lang == "de" and r.random() < 0.06:
            self.sur = self.sur + "-" + r.choice(SURNAMES["de"]).split(" ")[-1]
        if "'" in self.sur and r.random() < 0.5:
            self.sur = self.sur.replace("'", "\u2019")
        self.middle = ""
        if lang == "en" and r.random() < 0.2:
            self.middle = r.choice("ABCDEFGHJKLMRSTW") + ". "
        self.nick = r.choice(NICK[lang])

    def full(self):
        return f"{self.given} {self.middle}{self.sur}"

    def alone(self):
        """The surname as written without the given name (Dutch particles take a capital)."""
        s = self.sur
        if self.region == "nl_NL" and s[0].islower() and not s.startswith("'"):
            s = s[0].upper() + s[1:]
        return s

    def initial(self):
        g = self.given
        if "-" in g:
            a, b = g.split("-", 1)
            ini = f"{a[0]}.-{b[0]}."
        elif " " in g:
            a, b = g.split(" ", 1)
            ini = f"{a[0]}. {b[0]}."
        else:
            ini = g[0] + "."
        return f"{ini} {self.sur}"

    def admin(self):
        r = self.r
        if self.lang in ("fr", "it", "es", "pt") and r.random() < 0.6:
            return f"{self.sur.upper()} {self.given}"
        return f"{self.sur}, {self.given}"

    def title(self):
        m, f, pro = TITLES[self.lang]
        if self.r.random() < 0.15:
            if isinstance(pro, tuple):
                pro = pro[1] if self.female else pro[0]
            return self.r.choice(pro)
        return self.r.choice(f if self.female else m)

    def email(self):
        r = self.r
        g = fold(self.given).lower().replace(" ", "").replace("'", "")
        s = fold(self.sur).lower().replace(" ", "").replace("'", "").replace("\u2019", "")
        local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{r.randint(1, 99)}", f"{s}.{g}",
                          f"{g}_{s}"])
        return f"{local}@{r.choice(MAIL_DOMAINS[self.lang])}"


def roughen(r, name):
    """How people mistype or paste a name: a swapped or dropped letter, a non-breaking space."""
    x = r.random()
    if x < 0.04 and len(name) > 5:
        i = r.randint(1, len(name) - 3)
        if name[i].isalpha() and name[i + 1].isalpha():
            return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    elif x < 0.07 and len(name) > 6:
        i = r.randint(2, len(name) - 2)
        if name[i].isalpha() and name[i - 1].isalpha():
            return name[:i] + name[i + 1:]
    elif x < 0.12 and " " in name:
        return name.replace(" ", r.choice(["\u00a0", "\u202f", "  "]), 1)
    return name


# ------------------------------------------------------------------------ look-alikes (NEG_)

NEG = {
    "ORG": {
        "all": ["Siemens", "Philips", "Johnson & Johnson", "McDonald's", "Procter & Gamble",
                "Hewlett-Packard", "Ernst & Young", "Louis Vuitton", "Tommy Hilfiger", "Hugo Boss",
                "Ben & Jerry's", "Vodafone", "Allianz", "AXA", "Ikea", "Lidl", "Carrefour",
                "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Marks & Spencer",
                "Sainsbury's", "Boots", "Dell", "Ford", "Disney", "Bosch"],
        "de": ["Dr. Oetker", "Boehringer Ingelheim", "Deutsche Bahn", "Zalando", "Porsche",
               "Carl Zeiss", "Haribo", "Fielmann", "Rossmann", "Raiffeisenbank"],
        "fr": ["Michelin", "Peugeot", "Décathlon", "Leroy Merlin", "Yves Rocher", "Crédit Agricole",
               "Société Générale", "Hermès"],
        "nl": ["Albert Heijn", "Kruidvat", "Jumbo", "Heineken", "Van Lanschot", "De Bijenkorf",
               "Hema"],
        "es": ["Banco Santander", "El Corte Inglés", "Mercadona", "Mapfre", "Zara", "Grupo Bimbo",
               "Telefónica"],
        "it": ["Ferrero", "Barilla", "Benetton", "Generali", "Giorgio Armani", "Luxottica",
               "Intesa Sanpaolo"],
        "pt": ["Banco do Brasil", "Caixa Geral de Depósitos", "Natura", "Pão de Açúcar",
               "Sonae", "Jerónimo Martins"],
    },
    "PRODUCT": {
        "all": ["Jira", "Salesforce", "Microsoft Teams", "SAP S/4HANA", "Excel", "Outlook",
                "Zendesk", "Kubernetes", "PostgreSQL", "Jenkins", "Ansible", "Grafana",
                "Confluence", "Slack", "Power BI", "Tableau", "HubSpot", "Windows 11"],
        "de": ["DATEV", "Personio", "Lexware"],
        "fr": ["Doctolib", "Sage 100", "Cegid"],
        "nl": ["Exact Online", "AFAS Profit", "Twinfield"],
        "es": ["Holded", "A3ERP", "Contaplus"],
        "it": ["Fatture in Cloud", "TeamSystem", "Zucchetti HR"],
        "pt": ["Totvs Protheus", "PHC CS", "Primavera ERP"],
    },
    "GADGET": {
        "all": ["iPhone 15", "Galaxy S23", "Dyson V11", "Nespresso Vertuo", "Thermomix TM6",
                "ThinkPad X1 Carbon", "MacBook Air", "Kindle Paperwhite", "PlayStation 5",
                "Apple Watch", "Echo Dot", "Pixel 8", "GoPro Hero 12", "Brompton"],
    },
    "CAR": {
        "all": ["Ford Focus", "Mercedes-Benz GLA", "Toyota Corolla", "Tesla Model 3",
                "Volvo XC60", "Audi A4", "BMW 320d", "Skoda Octavia", "Kia Sportage"],
        "de": ["Opel Corsa", "Volkswagen Polo", "VW Golf"],
        "fr": ["Renault Clio", "Peugeot 308", "Citroën C3", "Dacia Sandero"],
        "nl": ["Opel Astra", "Renault Mégane"],
        "es": ["Seat Ibiza", "Cupra Formentor", "Seat León"],
        "it": ["Fiat Panda", "Lancia Ypsilon", "Alfa Romeo Giulia", "Fiat 500"],
        "pt": ["Fiat Uno", "Volkswagen Gol", "Chevrolet Onix"],
    },
    "TERM": {
        "en": ["Parkinson's disease", "Alzheimer's", "Hodgkin lymphoma", "Crohn's disease",
               "Down syndrome", "Asperger syndrome", "Gaussian blur", "Kalman filter",
               "Dijkstra's algorithm", "Fourier transform", "Bayesian inference",
               "Levenshtein distance", "Heimlich maneuver", "Apgar score", "Glasgow Coma Scale",
               "Gantt chart", "Pareto principle", "Bell's palsy", "Hashimoto's thyroiditis",
               "Murphy's law", "Occam's razor", "Turing test", "Tourette syndrome"],
        "de": ["Morbus Bechterew", "Morbus Crohn", "Raynaud-Syndrom", "Alzheimer-Demenz",
               "Parkinson-Krankheit", "Hashimoto-Thyreoiditis", "Down-Syndrom", "Gauß-Verteilung",
               "Apgar-Score", "Heimlich-Manöver"],
        "fr": ["maladie de Parkinson", "maladie d'Alzheimer", "syndrome de Down",
               "maladie de Crohn", "loi de Murphy", "transformée de Fourier",
               "syndrome de Gilles de la Tourette", "score d'Apgar"],
        "nl": ["ziekte van Lyme", "ziekte van Parkinson", "ziekte van Alzheimer",
               "syndroom van Down", "wet van Murphy", "ziekte van Crohn"],
        "es": ["síndrome de Down", "enfermedad de Parkinson", "enfermedad de Crohn",
               "mal de Alzheimer", "ley de Murphy", "maniobra de Heimlich", "test de Apgar"],
        "it": ["morbo di Alzheimer", "morbo di Parkinson", "sindrome di Down",
               "malattia di Crohn", "legge di Murphy", "manovra di Heimlich",
               "teorema di Pitagora"],
        "pt": ["doença de Alzheimer", "doença de Parkinson", "síndrome de Down",
               "doença de Crohn", "lei de Murphy", "manobra de Heimlich", "escala de Glasgow"],
    },
    "MED": {
        "en": ["Parkinson's disease", "Alzheimer's", "Hodgkin lymphoma", "Crohn's disease",
               "Bell's palsy", "Hashimoto's thyroiditis", "Tourette syndrome", "Addison's disease",
               "Graves' disease"],
        "de": ["Morbus Bechterew", "Morbus Crohn", "Raynaud-Syndrom", "Alzheimer-Demenz",
               "Parkinson-Krankheit", "Hashimoto-Thyreoiditis"],
        "fr": ["maladie de Parkinson", "maladie d'Alzheimer", "maladie de Crohn",
               "syndrome de Gilles de la Tourette", "maladie de Basedow"],
        "nl": ["ziekte van Lyme", "ziekte van Parkinson", "ziekte van Alzheimer",
               "ziekte van Crohn"],
        "es": ["enfermedad de Parkinson", "enfermedad de Crohn", "mal de Alzheimer",
               "enfermedad de Addison"],
        "it": ["morbo di Alzheimer", "morbo di Parkinson", "malattia di Crohn",
               "morbo di Basedow"],
        "pt": ["doença de Alzheimer", "doença de Parkinson", "doença de Crohn",
               "doença de Graves"],
    },
    "PLACE": {
        "en": ["San Francisco", "Santa Cruz", "Victoria", "Adelaide", "Charlotte", "Florence",
               "Austin", "Lincoln", "Jackson", "Washington", "Kingston", "Wellington",
               "St. Louis", "Georgetown"],
        "de": ["Sankt Gallen", "Ludwigshafen", "Friedrichshafen", "Karlsruhe", "Wilhelmshaven",
               "Bad Homburg", "Garmisch-Partenkirchen"],
        "fr": ["Saint-Denis", "Saint-Étienne", "Villeneuve-d'Ascq", "Aix-en-Provence",
               "Sainte-Foy", "Charleville-Mézières", "Mont-Saint-Michel"],
        "nl": ["Den Bosch", "Hilversum", "Sint-Niklaas", "Bergen op Zoom", "Alphen aan den Rijn",
               "Middelburg", "Zwolle"],
        "es": ["San Sebastián", "Santiago de Compostela", "Santa Cruz de Tenerife", "San Isidro",
               "Ciudad Juárez", "Mar del Plata"],
        "it": ["San Marino", "Santa Margherita Ligure", "Reggio Emilia", "San Gimignano",
               "Lamezia Terme", "Cortina d'Ampezzo"],
        "pt": ["São José dos Campos", "Santo André", "Vila Nova de Gaia", "São João da Madeira",
               "Florianópolis", "Ponta Delgada"],
    },
}


def neg(r, kind, lang):
    table = NEG[kind]
    return r.choice(table.get(lang, []) + table.get("all", []))


def code(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                     f"ORD-{r.randint(2019, 2026)}-{r.randint(10000, 99999)}",
                     f"INC{r.randint(1000000, 9999999)}", f"JIRA-{r.randint(100, 9999)}",
                     f"#{r.randint(10000, 999999)}", f"SKU {r.randint(1000000, 9999999)}",
                     f"RE-{r.randint(100000, 999999)}", f"build {r.randint(1000, 9999)}",
                     f"KD-{r.randint(10000, 99999)}", f"PO {r.randint(4500000000, 4509999999)}",
                     f"release-{r.randint(2019, 2026)}.{r.randint(1, 12):02d}"])


# ------------------------------------------------------------------ prose templates per language
# ⟦KEY⟧ marks a value from the record's context; see make_ctx() for the keys and their labels.

TPL = {"en": [
    ("support_ticket", "Ticket ⟦CODE⟧ – customer ⟦P1⟧ (⟦E1⟧) says the ⟦PROD⟧ sync stopped after the "
     "update on ⟦X1⟧. I asked ⟦P1g⟧ to send logs. Assigned to ⟦P2g⟧.\nPriority: high"),
    ("support_ticket", "hi, my name is ⟦P1⟧ and i ordered a ⟦GADGET⟧ (⟦CODE⟧) to be delivered to "
     "⟦A1⟧ but tracking says it went to ⟦PLACE⟧?? please help asap"),
    ("helpdesk", "Caller: ⟦T1⟧ ⟦P1s⟧\nVerified with DOB ⟦D1⟧ and postcode.\nIssue: cannot log into "
     "⟦PROD⟧ since ⟦X1⟧. Reset MFA, walked ⟦P1g⟧ through it. Closed by ⟦P2n⟧."),
    ("hr_letter", "Dear ⟦T1⟧ ⟦P1s⟧,\n\nWe are pleased to confirm your appointment as Senior Analyst "
     "at ⟦ORG⟧, starting on ⟦X1⟧. Please bring proof of identity; our records show your date of "
     "birth as ⟦D1⟧ and your home address as:\n\n⟦M1⟧\n\nKind regards,\n⟦P2⟧\nHead of People"),
    ("hr_letter", "To whom it may concern,\n\nThis is to certify that ⟦P1⟧, born ⟦D1⟧, residing at "
     "⟦A1⟧, has been employed by ⟦ORG⟧ since ⟦X1⟧.\n\n⟦P2i⟧\nHR Manager"),
    ("cv", "CURRICULUM VITAE\n⟦P1⟧\n⟦M1⟧\n⟦E1⟧\nDate of Birth: ⟦D1⟧\n\nEXPERIENCE\n2019–now  "
     "Data Engineer, ⟦ORG⟧ (⟦PLACE⟧)\n  - migrated reporting from ⟦PROD⟧ to ⟦PROD2⟧\n"
     "2015–2019  Analyst, ⟦ORG2⟧\n\nREFERENCES\n⟦T2⟧ ⟦P2⟧, ⟦ORG2⟧"),
    ("medical_note", "Pt: ⟦P1a⟧   DOB ⟦D1⟧   MRN ⟦NUM⟧\nS: ⟦AGE⟧yo presents w/ tremor, hx of "
     "⟦TERM⟧ in family. Lives alone at ⟦A1⟧, daughter ⟦P2g⟧ visits daily.\nA/P: refer to neuro, "
     "f/u ⟦X1⟧.\n-- ⟦T3⟧ ⟦P3s⟧"),
    ("care_note", "♀Visited ⟦P1g⟧ at 10:30. She was in good spirits and told me about her "
     "grandson ⟦P2g⟧'s wedding. Meds given. Note: ⟦P1g⟧ keeps asking about ⟦STREET⟧ where she "
     "used to live. Next visit ⟦X1⟧. (carer: ⟦P3⟧)"),
    ("insurance_claim", "CLAIM FORM\nPolicyholder: ⟦P1⟧\nDate of birth: ⟦D1⟧\nAddress: ⟦A1⟧\n"
     "Date of loss: ⟦X1⟧\nDescription: rear-ended at the junction near ⟦STREET⟧ by a ⟦CAR⟧ "
     "driven by ⟦P2⟧. Witness: ⟦P3⟧.\nPolicy no.: ⟦CODE⟧"),
    ("legal", "THIS AGREEMENT is made on ⟦X1⟧ BETWEEN (1) ⟦ORG⟧ LIMITED and (2) ⟦P1⟧ of ⟦A1⟧ "
     "(the \"Consultant\"). The Consultant shall report to ⟦P2⟧ or such other person as ⟦ORG⟧ "
     "may nominate."),
    ("meeting_notes", "Weekly sync – ⟦X1⟧\nAttendees: ⟦P1⟧, ⟦P2⟧, ⟦P3g⟧ (late)\n- ⟦P1g⟧: "
     "⟦PROD⟧ rollout blocked on ⟦CODE⟧\n- ⟦P2g⟧ to ping ⟦ORG⟧ about the contract\n- "
     "⟦P3g⟧'s demo moved to Friday\nAction items: ⟦P2i⟧ owns the migration plan"),
    ("transcript", "[00:00:04] ⟦P1⟧: Okay, can everyone hear me?\n[00:00:07] ⟦P2⟧: Yep. "
     "⟦P3g⟧ is still joining.\n[00:00:15] ⟦P1⟧: Let's start with the ⟦TERM⟧ slide, then.\n"
     "[00:01:02] ⟦P3⟧: Sorry, ⟦PROD⟧ crashed on me."),
    ("email_thread", "From: ⟦P1⟧ <⟦E1⟧>\nSent: ⟦X1⟧\nTo: ⟦P2⟧\nSubject: RE: invoice ⟦CODE⟧\n\n"
     "Hi ⟦P2g⟧,\nthanks, paid today.\n\nCheers,\n⟦P1g⟧\n\n> On ⟦X2⟧, ⟦P2⟧ wrote:\n> "
     "Hi ⟦P1g⟧, please find attached invoice ⟦CODE⟧.\n> Best regards\n> ⟦P2⟧ | ⟦ORG⟧"),
    ("email_thread", "♀Hey all,\n\njust a heads-up that ⟦P1⟧ is leaving ⟦ORG⟧ at the end of the "
     "month. Cards for ⟦P1g⟧ are at reception. Her replacement, ⟦P2⟧, starts ⟦X1⟧.\n\n"
     "Thanks,\n⟦P3n⟧"),
    ("chat_log", "⟦TIME⟧ ⟦P1g⟧: anyone know why ⟦PROD⟧ is down?\n⟦TIME⟧ ⟦P2⟧: looking\n"
     "⟦TIME⟧ ⟦P2⟧: @⟦P1g⟧ it's the cert again, ⟦P3g⟧ is on it\n⟦TIME⟧ ⟦P1g⟧: ty"),
    ("invoice", "INVOICE ⟦CODE⟧\nDate: ⟦X1⟧\nBill to:\n⟦P1⟧\n⟦M1⟧\n\n1 x ⟦GADGET⟧   ⟦AMT⟧\n"
     "Payment due within 30 days. Questions: ⟦E2⟧"),
    ("shipping_label", "SHIP TO:\n⟦P1⟧\n⟦M1⟧\nREF ⟦CODE⟧   WEIGHT 2.4 KG"),
    ("school_record", "Student: ⟦P1⟧\nDate of birth: ⟦D1⟧\nGuardian: ⟦P2⟧ (⟦E2⟧)\nHome "
     "address: ⟦A1⟧\nYear 9 – tutor ⟦T3⟧ ⟦P3s⟧\nComments: ⟦P1g⟧ has made good progress in "
     "maths; the ⟦TERM⟧ project was excellent."),
    ("real_estate", "Charming 3-bed Victorian terrace a short walk from ⟦STREET⟧ and the "
     "⟦PLACE⟧ line. Viewings via ⟦ORG⟧; contact ⟦P1⟧ on ⟦E1⟧. Available from ⟦X1⟧."),
    ("real_estate", "Property: ⟦A1⟧\nVendor: ⟦P1⟧ and ⟦P2⟧\nAgent: ⟦P3⟧, ⟦ORG⟧\nListed ⟦X1⟧, "
     "asking price ⟦AMT⟧"),
    ("police_report", "♀INCIDENT REPORT ⟦CODE⟧\nOn ⟦X1⟧ at approx. ⟦TIME⟧ officers attended "
     "⟦A1⟧ following a call from the occupant, ⟦P1⟧ (DOB ⟦D1⟧). ⟦P1s⟧ stated that a male known "
     "to her as ⟦P2n⟧ had damaged a ⟦CAR⟧ parked on ⟦STREET⟧. Reporting officer: PC ⟦P3⟧."),
    ("genealogy", "⟦P1⟧ was born on ⟦D1⟧ in ⟦PLACE⟧, the third child of ⟦P2⟧ and ⟦P3⟧. The "
     "family later lived at ⟦A1⟧. ⟦P1g⟧ married in 1961 and died in ⟦PLACE⟧."),
    ("genealogy", "♂Notes on the ⟦P1s⟧ line:\n- ⟦P1⟧ (b. ⟦D1⟧)\n- his brother ⟦P2g⟧ emigrated, "
     "address in the 1950 census: ⟦A2⟧\n- ⟦P3⟧, b. ⟦D3⟧"),
    ("prose_mixed", "Quick question for the assistant: my colleague ⟦P1⟧ wants to compare "
     "⟦TERM⟧ with a simpler approach for our ⟦PROD⟧ dashboards. ⟦P1g⟧'s draft is attached. Can "
     "you rewrite the intro so ⟦ORG⟧ management understands it?"),
    ("prose_mixed", "Rewrite this more politely: \"⟦P1g⟧, the ⟦CODE⟧ report was due on ⟦X1⟧ and "
     "I still have nothing. ⟦P2⟧ is asking me every day.\""),
    ("neg_prose", "We moved the ⟦PROD⟧ cluster from ⟦PLACE⟧ to the new region on ⟦X1⟧. Since "
     "⟦CODE⟧ the ⟦TERM⟧ step is skipped, which explains the drift. ⟦ORG⟧ support suggested "
     "pinning ⟦CODE2⟧."),
    ("neg_prose", "Summarise: ⟦ORG⟧ reported record revenue on ⟦X1⟧, driven by ⟦PROD⟧ sales in "
     "⟦PLACE⟧. Analysts at ⟦ORG2⟧ expect the ⟦TERM⟧ effect to fade by ⟦X2⟧."),
    ("neg_prose", "The shop on ⟦STREET⟧ reopens ⟦X1⟧. Parking is behind the ⟦ORG⟧ store; the "
     "⟦CAR⟧ charger there is free until ⟦X2⟧. Ref ⟦CODE⟧."),
    ("neg_prose", "Explain ⟦TERM⟧ to a new hire in two sentences, then compare it with how "
     "⟦PROD⟧ does it. Keep it under 100 words, UK spelling."),
    ("neg_prose", "Release notes ⟦CODE⟧ (⟦X1⟧): fixed ⟦PROD⟧ import on ⟦PLACE⟧ servers; "
     "⟦TERM⟧ now optional; dropped support for ⟦PROD2⟧."),
    ("chat_log", "⟦P1a⟧  ⟦TIME⟧\nhas anyone got the ⟦ORG⟧ deck?\n⟦P2a⟧  ⟦TIME⟧\nask ⟦P3n⟧, "
     "he had it on Friday\n⟦P1a⟧  ⟦TIME⟧\nthx. also @⟦P3g⟧ pls review ⟦CODE⟧"),
    ("form", "SURNAME: ⟦P1s⟧\nFORENAME(S): ⟦P1g⟧\nD.O.B.: ⟦D1⟧\nADDRESS:\n⟦M1⟧\nNEXT OF KIN: "
     "⟦P2⟧ (sister)\nGP: ⟦T3⟧ ⟦P3⟧, ⟦PLACE⟧ Medical Centre"),
    ("email_thread", "♀Hi team,\n\n⟦P1⟧ (born ⟦D1⟧) has asked us to update her correspondence "
     "address to ⟦A1⟧ from ⟦X1⟧. Could ⟦P2g⟧ or ⟦P3g⟧ please make the change in ⟦PROD⟧?\n\n"
     "Many thanks,\n⟦P2n⟧"),
    ("genealogy", "♀⟦P1⟧ (née ⟦MAIDEN⟧), b. ⟦D1⟧, d. 1998. Married ⟦P2⟧ at ⟦CHURCH⟧, "
     "⟦PLACE⟧, in 1957. Their home for forty years was ⟦A1⟧."),
    ("prose_mixed", "♂Can you draft a reply to ⟦T1⟧ ⟦P1s⟧? He wrote that ⟦ORG⟧ charged him twice "
     "for ⟦CODE⟧. Mention that ⟦P2⟧ from billing will call him before ⟦X1⟧."),
    ("neg_prose", "Our ⟦PLACE⟧ office uses ⟦PROD⟧ for the ⟦ORG⟧ account. The ⟦TERM⟧ section "
     "of the report needs a chart; last year's version (⟦CODE⟧) is on the shared drive."),
    ("neg_prose", "Compare ⟦TERM⟧ and ⟦CODE⟧ in one table. Mention ⟦ORG⟧ and ⟦ORG2⟧ as "
     "vendors, and note that ⟦PROD⟧ has been end-of-life since ⟦X1⟧."),
    ("medical_note", "♀Discharge summary\nName: ⟦P1⟧   Date of birth: ⟦D1⟧\nAdmitted ⟦X1⟧ with "
     "exacerbation of ⟦TERM⟧. Discharged home to ⟦A1⟧ into the care of her husband, ⟦P2⟧.\n"
     "Consultant: ⟦T3⟧ ⟦P3i⟧"),
    ("transcript", "⟦P1u⟧: Good morning, this is the interview with the witness.\n⟦P2u⟧: Morning.\n"
     "⟦P1u⟧: For the tape, can you state your name and date of birth?\n⟦P2u⟧: ⟦P2⟧, "
     "⟦D2⟧.\n⟦P1u⟧: And your address?\n⟦P2u⟧: ⟦A2⟧."),
    ("support_ticket", "Customer says ⟦P1g⟧’s account (⟦E1⟧) was locked after the ⟦CODE⟧ "
     "patch. Escalated to ⟦P2⟧/⟦P3⟧. Reminder: ⟦PLACE⟧ helpdesk closes at 5."),
    ("care_note", "Ward round ⟦X1⟧, ⟦WARD⟧\nBed 4 – ⟦P1⟧ (⟦AGE⟧), DOB ⟦D1⟧: stable, "
     "eating well.\nBed 5 – ⟦P2⟧ (⟦AGE⟧): ⟦TERM⟧, family (son ⟦P3g⟧) informed.\nHandover to "
     "⟦P3n⟧ at 19:00."),
    ("chat_log", "⟦TIME⟧ <⟦P1g⟧> lol ⟦P2g⟧2 is the new ⟦P2g⟧\n⟦TIME⟧ <⟦P2g⟧> rude\n⟦TIME⟧ "
     "<⟦P1g⟧> jk. can u send ⟦P3⟧'s number to ⟦P1g⟧ (me) pls"),
    ("invoice", "Packing slip ⟦CODE⟧\nDeliver to: ⟦P1⟧, ⟦A1⟧\nGift message: \"Happy 40th, "
     "⟦P1n⟧! Love, ⟦P2g⟧ & ⟦P3g⟧\"\nItems: 1x ⟦GADGET⟧"),
    ("legal", "WITNESS STATEMENT\nName: ⟦P1u⟧\nDate of birth: ⟦D1⟧\nAddress: ⟦A1⟧\n\n"
     "I have known the defendant, ⟦P2⟧, since we worked together at ⟦ORG⟧. On ⟦X1⟧ I saw "
     "⟦P2s⟧ outside the ⟦ORG2⟧ store on ⟦STREET⟧."),
    ("email_thread", "From: ⟦P2⟧\nTo: ⟦P1⟧; ⟦P3⟧\nCc: ⟦E3⟧\nSubject: Re: Re: tenancy at ⟦A1⟧\n\n"
     "Hi both,\n\nI've spoken to the landlord. The deposit (⟦AMT⟧) will be returned once the "
     "inventory is signed off on ⟦X1⟧. ⟦P1g⟧, can you leave the keys with ⟦P3g⟧?\n\n"
     "For the reference letter I need your full name and date of birth exactly as on your "
     "passport.\n\nThanks,\n⟦P2g⟧\n\n-----Original Message-----\nFrom: ⟦P1⟧ <⟦E1⟧>\n"
     "Sent: ⟦X2⟧\nTo: ⟦P2⟧\nSubject: Re: tenancy\n\nHi ⟦P2g⟧,\n\nSure. It's ⟦P1⟧, "
     "⟦D1⟧. My new address from next month is:\n\n⟦M2⟧\n\nBest,\n⟦P1g⟧\n\n"
     "Sent from my ⟦GADGET⟧"),
], "de": [
    ("support_ticket", "♀Kundin ⟦P1⟧ (⟦E1⟧) meldet, dass ⟦PROD⟧ seit dem Update am ⟦X1⟧ nicht "
     "mehr synchronisiert. Bitte Rückruf durch ⟦P2g⟧. Ticket ⟦CODE⟧"),
    ("hr_letter", "Sehr geehrte⟦SFX1⟧ ⟦T1⟧ ⟦P1s⟧,\n\nhiermit bestätigen wir Ihre Einstellung bei "
     "der ⟦ORG⟧ zum ⟦X1⟧. Laut Personalbogen: geboren am ⟦D1⟧, wohnhaft ⟦A1⟧.\n\nMit "
     "freundlichen Grüßen\n⟦P2⟧\nPersonalabteilung"),
    ("cv", "Lebenslauf\n\nName: ⟦P1⟧\nAnschrift: ⟦A1⟧\nGeburtsdatum: ⟦D1⟧\nE-Mail: ⟦E1⟧\n\n"
     "Berufserfahrung\nseit 2020  Projektleitung bei ⟦ORG⟧, ⟦PLACE⟧\n2016–2020  Werkstudent, "
     "⟦ORG2⟧"),
    ("medical_note", "Pat.: ⟦P1a⟧, geb. ⟦D1⟧\nAnamnese: V.a. ⟦TERM⟧, Mutter ebenfalls betroffen. "
     "Pat. wohnt ⟦A1⟧, Tochter ⟦P2g⟧ begleitet.\nProcedere: Kontrolle am ⟦X1⟧.\ngez. ⟦T3⟧ ⟦P3i⟧"),
    ("care_note", "♀Pflegebericht ⟦X1⟧: Frau ⟦P1s⟧ hat gut gegessen, klagt über Schmerzen im Knie. "
     "Sohn ⟦P2g⟧ hat angerufen. Übergabe an ⟦P3g⟧."),
    ("insurance_claim", "Schadenmeldung ⟦CODE⟧\nVersicherungsnehmer: ⟦P1⟧\ngeb. am ⟦D1⟧\n"
     "Anschrift: ⟦A1⟧\nSchadentag: ⟦X1⟧\nHergang: Beim Ausparken in der ⟦STREET⟧ wurde mein "
     "⟦CAR⟧ von Herrn ⟦P2⟧ touchiert."),
    ("legal", "Mietvertrag\nzwischen ⟦P1⟧, ⟦A1⟧ (Vermieter)\nund ⟦P2⟧, geboren am ⟦D2⟧ (Mieter)\n"
     "§ 1 Mietbeginn ist der ⟦X1⟧."),
    ("meeting_notes", "Protokoll Jour fixe ⟦X1⟧\nTeilnehmer: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧\n1. ⟦PROD⟧-Migration: "
     "⟦P1g⟧ klärt Lizenz mit ⟦ORG⟧\n2. ⟦P3s⟧ übernimmt Doku"),
    ("email_thread", "Hallo ⟦P2g⟧,\n\nanbei die Unterlagen für ⟦CODE⟧.\n\nViele Grüße\n⟦P1⟧\n"
     "⟦ORG⟧\n\n-----Ursprüngliche Nachricht-----\nVon: ⟦P2⟧ <⟦E2⟧>\nGesendet: ⟦X1⟧\nBetreff: "
     "Unterlagen\n\nHallo ⟦P1g⟧, kannst du mir das schicken? LG ⟦P2n⟧"),
    ("police_report", "♀Sachverhalt: Am ⟦X1⟧ gegen ⟦TIME⟧ Uhr erschien ⟦P1⟧, geb. ⟦D1⟧, wohnhaft "
     "⟦A1⟧, und zeigte den Diebstahl ihres ⟦GADGET⟧ an. Als Zeuge benannt: ⟦P2⟧."),
    ("genealogy", "♂⟦P1⟧, geboren am ⟦D1⟧ in ⟦PLACE⟧, Sohn des ⟦P2⟧ und der ⟦P3g⟧ geb. ⟦MAIDEN⟧. "
     "Letzte bekannte Anschrift: ⟦A1⟧."),
    ("real_estate", "Helle 3-Zimmer-Wohnung in ruhiger Lage nahe ⟦STREET⟧, ⟦PLACE⟧. Besichtigung "
     "über ⟦ORG⟧, Ansprechpartnerin ⟦P1⟧, ⟦E1⟧. Bezugsfrei ab ⟦X1⟧."),
    ("neg_prose", "Seit ⟦CODE⟧ läuft ⟦PROD⟧ bei uns in ⟦PLACE⟧ stabil. Die ⟦ORG⟧-Filiale in der "
     "⟦STREET⟧ hat ab ⟦X1⟧ neue Öffnungszeiten. Bitte ⟦TERM⟧ kurz erklären."),
    ("neg_prose", "Fasse zusammen: ⟦ORG⟧ und ⟦ORG2⟧ kooperieren ab ⟦X1⟧ bei ⟦PROD⟧; Standort "
     "ist ⟦PLACE⟧. Bestellnummer ⟦CODE⟧."),
    ("chat_log", "[⟦TIME⟧] ⟦P1⟧: hat jemand ⟦P2g⟧ gesehen?\n[⟦TIME⟧] ⟦P3⟧: ist beim Kunden in "
     "⟦PLACE⟧\n[⟦TIME⟧] ⟦P1⟧: ok danke"),
    ("form", "NAME: ⟦P1s⟧\nVORNAME: ⟦P1g⟧\nGEB.-DATUM: ⟦D1⟧\nWOHNORT: ⟦M1⟧\nNOTFALLKONTAKT: "
     "⟦P2⟧"),
    ("transcript", "⟦P1⟧: Guten Morgen zusammen.\n⟦P2⟧: Morgen! ⟦P3g⟧ kommt gleich.\n⟦P1⟧: "
     "Dann fangen wir mit ⟦PROD⟧ an.\n⟦P3⟧: Bin da, sorry."),
    ("email_thread", "Liebe Kolleg:innen,\n\nwie einige schon wissen, verlässt uns ⟦P1⟧ zum "
     "⟦X1⟧. Die Nachfolge übernimmt ⟦T2⟧ ⟦P2⟧.\n\nBeste Grüße\n⟦P3⟧\n⟦ORG⟧ | ⟦PLACE⟧"),
    ("school_record", "Schüler/in: ⟦P1⟧, geb. ⟦D1⟧\nErziehungsberechtigt: ⟦P2⟧\nWohnhaft: "
     "⟦A1⟧\nKlassenlehrerin: ⟦T3⟧ ⟦P3s⟧"),
    ("prose_mixed", "Formuliere bitte höflicher: \"⟦P1g⟧, der Bericht ⟦CODE⟧ war am ⟦X1⟧ "
     "fällig. ⟦T2⟧ ⟦P2s⟧ fragt jeden Tag nach.\""),
    ("neg_prose", "Der Umzug von ⟦PROD⟧ nach ⟦PROD2⟧ ist für ⟦X1⟧ geplant. Die ⟦TERM⟧ spielt "
     "dabei keine Rolle; Ansprechpartner ist das Team von ⟦ORG⟧ in ⟦PLACE⟧."),
    ("genealogy", "♀⟦P1⟧ geb. ⟦MAIDEN⟧, * ⟦D1⟧ in ⟦PLACE⟧, verh. mit ⟦P2⟧. Wohnung bis 1970: "
     "⟦A1⟧."),
    ("neg_prose", "Firmenprofil ⟦ORG⟧\nGründungsdatum: ⟦X1⟧\nSitz: ⟦PLACE⟧, Nähe ⟦STREET⟧\n"
     "Produkte: ⟦PROD⟧, ⟦GADGET⟧-Zubehör\nLetzte Prüfung: ⟦X2⟧ (⟦CODE⟧)"),
    ("neg_prose", "Kannst du den Unterschied zwischen ⟦TERM⟧ und einer normalen Grippe erklären? Mein "
     "Arzt in ⟦PLACE⟧ hat nur ⟦CODE⟧ auf den Zettel geschrieben. Termin ist am ⟦X1⟧."),
    ("email_thread", "Von: ⟦P1⟧ <⟦E1⟧>\nAn: ⟦P2⟧\nBetreff: AW: AW: Kündigung Wohnung\n\n"
     "Hallo ⟦T2⟧ ⟦P2s⟧,\n\nwie besprochen kündige ich die Wohnung ⟦A1⟧ zum ⟦X1⟧. Meine "
     "neue Anschrift lautet ab dann:\n\n⟦M2⟧\n\nDie Übergabe kann meine Schwester ⟦P3⟧ "
     "machen.\n\nMit freundlichen Grüßen\n⟦P1⟧\n\n----- Ursprüngliche Nachricht -----\n"
     "Von: ⟦P2⟧\nGesendet: ⟦X2⟧\n\nSehr geehrte⟦SFX1⟧ ⟦T1⟧ ⟦P1s⟧,\nfür die Abrechnung "
     "benötige ich noch Ihr Geburtsdatum.\n\n> ⟦D1⟧, siehe oben.\n\nMfG\n⟦P2i⟧\n"
     "⟦ORG⟧ Hausverwaltung"),
], "fr": [
    ("support_ticket", "Bonjour, je suis ⟦P1⟧, client depuis 2019. Ma commande ⟦CODE⟧ devait être "
     "livrée au ⟦A1⟧ le ⟦X1⟧ mais rien reçu. Merci de me recontacter : ⟦E1⟧"),
    ("hr_letter", "⟦T1⟧ ⟦P1s⟧,\n\nNous avons le plaisir de vous confirmer votre embauche au sein "
     "de ⟦ORG⟧ à compter du ⟦X1⟧. Selon votre dossier, vous êtes né(e) le ⟦D1⟧ et domicilié(e) "
     "au :\n⟦M1⟧\n\nCordialement,\n⟦P2⟧\nDRH"),
    ("cv", "⟦P1u⟧\n⟦A1⟧\nNé(e) le ⟦D1⟧\n⟦E1⟧\n\nEXPÉRIENCE\n2018 – aujourd'hui : chef de projet "
     "⟦PROD⟧, ⟦ORG⟧ (⟦PLACE⟧)"),
    ("medical_note", "♂Patient : ⟦P1a⟧, né le ⟦D1⟧\nMotif : suspicion de ⟦TERM⟧. Vit seul au "
     "⟦A1⟧. Sa fille ⟦P2g⟧ l'accompagne.\nProchain RDV : ⟦X1⟧\n⟦T3⟧ ⟦P3i⟧"),
    ("insurance_claim", "Déclaration de sinistre ⟦CODE⟧\nAssuré : ⟦P1⟧\nDate de naissance : "
     "⟦D1⟧\nAdresse : ⟦A1⟧\nDate du sinistre : ⟦X1⟧\nCirconstances : collision avec une ⟦CAR⟧ "
     "conduite par ⟦T2⟧ ⟦P2⟧ ⟦STREET⟧."),
    ("legal", "ENTRE LES SOUSSIGNÉS :\n⟦P1⟧, né le ⟦D1⟧, demeurant ⟦A1⟧, ci-après « le "
     "Bailleur »,\nET ⟦P2⟧, ci-après « le Preneur ».\nFait à ⟦PLACE⟧, le ⟦X1⟧."),
    ("meeting_notes", "CR réunion du ⟦X1⟧\nPrésents : ⟦P1⟧, ⟦P2⟧, ⟦P3g⟧\n- ⟦P1g⟧ relance ⟦ORG⟧ "
     "pour le contrat ⟦CODE⟧\n- démo ⟦PROD⟧ reportée (⟦P3g⟧ absente)"),
    ("email_thread", "Bonjour ⟦P2g⟧,\n\nJe te transmets le dossier ⟦CODE⟧.\n\nBien à toi,\n⟦P1g⟧"
     "\n\nLe ⟦X1⟧, ⟦P2⟧ <⟦E2⟧> a écrit :\n> Salut ⟦P1g⟧, tu peux m'envoyer le dossier ?"),
    ("police_report", "PROCÈS-VERBAL\nLe ⟦X1⟧ à ⟦TIME⟧, se présente ⟦P1u⟧, né(e) le ⟦D1⟧, "
     "demeurant ⟦A1⟧, qui déclare le vol de son ⟦GADGET⟧."),
    ("genealogy", "♂⟦P1⟧, né le ⟦D1⟧ à ⟦PLACE⟧, fils de ⟦P2⟧ et de ⟦P3⟧. Domicile en 1962 : "
     "⟦A1⟧."),
    ("real_estate", "Bel appartement T3 proche de la ⟦STREET⟧ et du centre de ⟦PLACE⟧. Visites "
     "avec ⟦ORG⟧, contact : ⟦P1⟧. Libre au ⟦X1⟧."),
    ("neg_prose", "Depuis la version ⟦CODE⟧, ⟦PROD⟧ gère mieux la ⟦TERM⟧. L'agence ⟦ORG⟧ de "
     "⟦PLACE⟧ ferme le ⟦X1⟧."),
    ("neg_prose", "Peux-tu résumer : ⟦ORG⟧ ouvre un site à ⟦PLACE⟧ le ⟦X1⟧, production de "
     "⟦GADGET⟧, référence ⟦CODE⟧."),
    ("chat_log", "⟦TIME⟧ ⟦P1g⟧ : quelqu'un a vu ⟦P2g⟧ ?\n⟦TIME⟧ ⟦P3⟧ : en réunion avec "
     "⟦ORG⟧\n⟦TIME⟧ ⟦P1g⟧ : merci"),
    ("form", "NOM : ⟦P1s⟧\nPRÉNOM : ⟦P1g⟧\nDATE DE NAISSANCE : ⟦D1⟧\nADRESSE : ⟦A1⟧\n"
     "PERSONNE À PRÉVENIR : ⟦P2⟧"),
    ("transcript", "⟦P1⟧ : Bonjour à tous.\n⟦P2⟧ : Bonjour ! ⟦P3g⟧ arrive.\n⟦P1⟧ : On commence "
     "par ⟦PROD⟧.\n⟦P3⟧ : Désolée du retard."),
    ("care_note", "♀Transmission du ⟦X1⟧ : Mme ⟦P1s⟧ a bien dormi, douleurs au genou. Appel de "
     "son fils ⟦P2g⟧. Relève : ⟦P3g⟧."),
    ("school_record", "Élève : ⟦P1u⟧, né(e) le ⟦D1⟧\nResponsable légal : ⟦P2⟧\nAdresse : "
     "⟦A1⟧\nProfesseur principal : ⟦T3⟧ ⟦P3s⟧"),
    ("prose_mixed", "Peux-tu reformuler ce message pour ⟦P1g⟧ ? « Le rapport ⟦CODE⟧ devait "
     "être rendu le ⟦X1⟧, ⟦T2⟧ ⟦P2s⟧ attend toujours. »"),
    ("neg_prose", "La migration de ⟦PROD⟧ vers ⟦PROD2⟧ est prévue le ⟦X1⟧. La ⟦TERM⟧ n'est "
     "pas concernée ; contact : équipe ⟦ORG⟧ de ⟦PLACE⟧."),
    ("neg_prose", "Fiche société ⟦ORG⟧\nDate de création : ⟦X1⟧\nSiège : ⟦PLACE⟧, près de "
     "la ⟦STREET⟧\nProduits : ⟦PROD⟧, ⟦GADGET⟧\nDernier audit : ⟦X2⟧ (⟦CODE⟧)"),
    ("neg_prose", "Peux-tu m'expliquer la ⟦TERM⟧ simplement ? Mon médecin à ⟦PLACE⟧ a juste noté "
     "⟦CODE⟧. Rendez-vous le ⟦X1⟧."),
], "nl": [
    ("support_ticket", "Klant ⟦P1⟧ (⟦E1⟧) belt: bestelling ⟦CODE⟧ is niet bezorgd op ⟦A1⟧. "
     "Terugbellen door ⟦P2g⟧ voor ⟦X1⟧."),
    ("hr_letter", "Geachte ⟦T1⟧ ⟦P1s⟧,\n\nHierbij bevestigen wij uw indiensttreding bij ⟦ORG⟧ "
     "per ⟦X1⟧. Volgens onze gegevens bent u geboren op ⟦D1⟧ en woont u op ⟦A1⟧.\n\nMet "
     "vriendelijke groet,\n⟦P2⟧\nHR"),
    ("cv", "Curriculum vitae\nNaam: ⟦P1⟧\nAdres: ⟦A1⟧\nGeboortedatum: ⟦D1⟧\nE-mail: ⟦E1⟧\n\n"
     "Werkervaring\n2017 - heden  Consultant bij ⟦ORG⟧, ⟦PLACE⟧"),
    ("medical_note", "Patiënt: ⟦P1a⟧, geb. ⟦D1⟧\nAnamnese: verdenking ⟦TERM⟧. Woont op ⟦A1⟧, "
     "dochter ⟦P2g⟧ is mantelzorger.\nControle ⟦X1⟧ — ⟦T3⟧ ⟦P3⟧"),
    ("insurance_claim", "Schadeformulier ⟦CODE⟧\nVerzekerde: ⟦P1⟧\nGeboortedatum: ⟦D1⟧\n"
     "Adres: ⟦A1⟧\nDatum schade: ⟦X1⟧\nOmschrijving: aanrijding op de ⟦STREET⟧ met een ⟦CAR⟧ "
     "van ⟦P2⟧."),
    ("meeting_notes", "Notulen ⟦X1⟧\nAanwezig: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧\n- ⟦P1g⟧ neemt contact op met "
     "⟦ORG⟧\n- ⟦P2s⟧ regelt de ⟦PROD⟧-licenties"),
    ("email_thread", "Hoi ⟦P2g⟧,\n\nZie bijlage voor ⟦CODE⟧.\n\nGroet,\n⟦P1⟧\n\nOp ⟦X1⟧ schreef "
     "⟦P2⟧ <⟦E2⟧>:\n> Hoi ⟦P1g⟧, kun je dit even sturen?"),
    ("police_report", "Proces-verbaal ⟦CODE⟧: op ⟦X1⟧ verscheen ⟦P1⟧, geboren ⟦D1⟧, wonende "
     "⟦A1⟧, die aangifte deed van diefstal van een ⟦GADGET⟧."),
    ("genealogy", "♂⟦P1⟧, geboren ⟦D1⟧ te ⟦PLACE⟧, zoon van ⟦P2⟧ en ⟦P3⟧. Woonde later op "
     "⟦A1⟧."),
    ("real_estate", "Ruim appartement vlak bij de ⟦STREET⟧ in ⟦PLACE⟧. Bezichtiging via ⟦ORG⟧, "
     "makelaar ⟦P1⟧. Beschikbaar per ⟦X1⟧."),
    ("neg_prose", "Sinds ⟦CODE⟧ draait ⟦PROD⟧ stabiel in ⟦PLACE⟧. De ⟦ORG⟧ aan de ⟦STREET⟧ "
     "sluit op ⟦X1⟧. Leg ⟦TERM⟧ uit in eenvoudige taal."),
    ("chat_log", "⟦TIME⟧ ⟦P1⟧: is ⟦P2g⟧ er vandaag?\n⟦TIME⟧ ⟦P3g⟧: nee, ziek\n⟦TIME⟧ ⟦P1⟧: "
     "oke"),
    ("form", "ACHTERNAAM: ⟦P1s⟧\nVOORNAMEN: ⟦P1g⟧\nGEB.DATUM: ⟦D1⟧\nADRES: ⟦A1⟧\n"
     "CONTACTPERSOON: ⟦P2⟧"),
    ("transcript", "⟦P1⟧: Goedemorgen allemaal.\n⟦P2⟧: Môgge! ⟦P3g⟧ komt zo.\n⟦P1⟧: Dan "
     "beginnen we met ⟦PROD⟧.\n⟦P3⟧: Sorry, ben er."),
    ("care_note", "♀Rapportage ⟦X1⟧: mevrouw ⟦P1s⟧ heeft goed gegeten, klaagt over haar knie. "
     "Zoon ⟦P2g⟧ belde. Overdracht aan ⟦P3g⟧."),
    ("school_record", "Leerling: ⟦P1⟧, geboren ⟦D1⟧\nOuder/verzorger: ⟦P2⟧\nAdres: ⟦A1⟧\n"
     "Mentor: ⟦T3⟧ ⟦P3s⟧"),
    ("email_thread", "Beste collega's,\n\n⟦P1⟧ gaat ons per ⟦X1⟧ verlaten. ⟦P2⟧ neemt het "
     "over.\n\nGroeten,\n⟦P3g⟧\n⟦ORG⟧ – ⟦PLACE⟧"),
    ("neg_prose", "De migratie van ⟦PROD⟧ naar ⟦PROD2⟧ staat gepland op ⟦X1⟧. Vraag ⟦ORG⟧ "
     "in ⟦PLACE⟧ naar de ⟦TERM⟧."),
    ("neg_prose", "Bedrijfsprofiel ⟦ORG⟧\nOpgericht: ⟦X1⟧\nVestiging: ⟦PLACE⟧, bij de "
     "⟦STREET⟧\nProducten: ⟦PROD⟧, ⟦GADGET⟧\nLaatste audit: ⟦X2⟧ (⟦CODE⟧)"),
    ("neg_prose", "Kun je de ⟦TERM⟧ simpel uitleggen? Mijn huisarts in ⟦PLACE⟧ schreef alleen "
     "⟦CODE⟧ op. Afspraak op ⟦X1⟧."),
    ("email_thread", "Beste ⟦T1⟧ ⟦P1s⟧,\n\nIn de bijlage vindt u de offerte ⟦CODE⟧.\n\nMet "
     "vriendelijke groet,\n⟦P2i⟧\n⟦ORG⟧"),
], "es": [
    ("support_ticket", "Hola, soy ⟦P1⟧. Mi pedido ⟦CODE⟧ tenía que llegar a ⟦A1⟧ el ⟦X1⟧ y no "
     "ha llegado. Mi correo es ⟦E1⟧. Gracias."),
    ("hr_letter", "Estimad⟦SFXo1⟧ ⟦T1⟧ ⟦P1s⟧:\n\nLe confirmamos su incorporación a ⟦ORG⟧ con "
     "fecha ⟦X1⟧. Según su ficha, nació el ⟦D1⟧ y su domicilio es ⟦A1⟧.\n\nAtentamente,\n⟦P2⟧\n"
     "RR. HH."),
    ("cv", "CURRÍCULUM\n⟦P1⟧\nFecha de nacimiento: ⟦D1⟧\nDirección: ⟦A1⟧\n⟦E1⟧\n\nExperiencia\n"
     "2018 – actualidad: analista en ⟦ORG⟧ (⟦PLACE⟧)"),
    ("medical_note", "Paciente: ⟦P1a⟧ — F. nac.: ⟦D1⟧\nMotivo: sospecha de ⟦TERM⟧. Vive en ⟦A1⟧ "
     "con su hija ⟦P2g⟧.\nRevisión: ⟦X1⟧\n⟦T3⟧ ⟦P3⟧"),
    ("insurance_claim", "Parte de siniestro ⟦CODE⟧\nTomador: ⟦P1⟧\nFecha de nacimiento: ⟦D1⟧\n"
     "Domicilio: ⟦A1⟧\nFecha del siniestro: ⟦X1⟧\nDescripción: un ⟦CAR⟧ conducido por ⟦P2⟧ "
     "golpeó mi coche en la ⟦STREET⟧."),
    ("legal", "REUNIDOS\nDe una parte, ⟦P1⟧, nacid⟦SFXo1⟧ el ⟦D1⟧, con domicilio en ⟦A1⟧.\nDe "
     "otra parte, ⟦P2⟧, en nombre de ⟦ORG⟧.\nEn ⟦PLACE⟧, a ⟦X1⟧."),
    ("meeting_notes", "Acta ⟦X1⟧\nAsistentes: ⟦P1⟧, ⟦P2⟧, ⟦P3g⟧\n- ⟦P1g⟧ hablará con ⟦ORG⟧\n- "
     "⟦P2s⟧ revisa ⟦PROD⟧"),
    ("email_thread", "Hola ⟦P2g⟧:\n\nTe adjunto lo de ⟦CODE⟧.\n\nUn saludo,\n⟦P1⟧\n\nEl ⟦X1⟧, "
     "⟦P2⟧ <⟦E2⟧> escribió:\n> ⟦P1g⟧, ¿me lo mandas?"),
    ("police_report", "Comparece ⟦P1⟧, nacid⟦SFXo1⟧ el ⟦D1⟧, con domicilio en ⟦A1⟧, quien "
     "denuncia el robo de su ⟦GADGET⟧ el ⟦X1⟧."),
    ("genealogy", "⟦P1⟧ nació el ⟦D1⟧ en ⟦PLACE⟧, hij⟦SFXo1⟧ de ⟦P2⟧ y ⟦P3⟧. Vivió en ⟦A1⟧."),
    ("real_estate", "Piso luminoso cerca de la ⟦STREET⟧, en ⟦PLACE⟧. Visitas con ⟦ORG⟧, "
     "contacto ⟦P1⟧. Disponible desde ⟦X1⟧."),
    ("neg_prose", "Desde ⟦CODE⟧ ⟦PROD⟧ funciona bien en ⟦PLACE⟧. La tienda de ⟦ORG⟧ en la "
     "⟦STREET⟧ cierra el ⟦X1⟧. Explícame la ⟦TERM⟧."),
    ("chat_log", "⟦TIME⟧ ⟦P1g⟧: ¿alguien ha visto a ⟦P2g⟧?\n⟦TIME⟧ ⟦P3⟧: está con ⟦ORG⟧\n"
     "⟦TIME⟧ ⟦P1g⟧: vale gracias"),
    ("form", "APELLIDOS: ⟦P1s⟧\nNOMBRE: ⟦P1g⟧\nFECHA NAC.: ⟦D1⟧\nDOMICILIO: ⟦A1⟧\n"
     "CONTACTO: ⟦P2⟧"),
    ("transcript", "⟦P1⟧: Buenos días a todos.\n⟦P2⟧: ¡Buenas! ⟦P3g⟧ ya viene.\n⟦P1⟧: "
     "Empezamos con ⟦PROD⟧.\n⟦P3⟧: Perdón, ya estoy."),
    ("care_note", "Informe ⟦X1⟧: ⟦T1⟧ ⟦P1s⟧ ha comido bien, se queja de la rodilla. Llamó su "
     "hijo ⟦P2g⟧. Relevo: ⟦P3g⟧."),
    ("school_record", "Alumno/a: ⟦P1⟧, nacid⟦SFXo1⟧ el ⟦D1⟧\nTutor legal: ⟦P2⟧\nDomicilio: "
     "⟦A1⟧\nTutora: ⟦T3⟧ ⟦P3s⟧"),
    ("prose_mixed", "Reescribe esto más amable: \"⟦P1g⟧, el informe ⟦CODE⟧ era para el ⟦X1⟧ y "
     "⟦T2⟧ ⟦P2s⟧ sigue preguntando.\""),
    ("neg_prose", "La migración de ⟦PROD⟧ a ⟦PROD2⟧ será el ⟦X1⟧. Pregunta a ⟦ORG⟧ en "
     "⟦PLACE⟧ por la ⟦TERM⟧."),
    ("neg_prose", "Ficha de empresa ⟦ORG⟧\nFecha de constitución: ⟦X1⟧\nSede: ⟦PLACE⟧, "
     "junto a la ⟦STREET⟧\nProductos: ⟦PROD⟧, ⟦GADGET⟧\nÚltima auditoría: ⟦X2⟧ (⟦CODE⟧)"),
    ("neg_prose", "¿Me explicas el ⟦TERM⟧ de forma sencilla? Mi médico de ⟦PLACE⟧ solo anotó "
     "⟦CODE⟧. Tengo cita el ⟦X1⟧."),
], "it": [
    ("support_ticket", "Buongiorno, sono ⟦P1⟧. L'ordine ⟦CODE⟧ doveva arrivare in ⟦A1⟧ il ⟦X1⟧ "
     "ma non è arrivato. Mi contatti a ⟦E1⟧."),
    ("hr_letter", "Gentile ⟦T1⟧ ⟦P1s⟧,\n\ncon la presente confermiamo la Sua assunzione presso "
     "⟦ORG⟧ a decorrere dal ⟦X1⟧. Dai nostri archivi risulta nat⟦SFXo1⟧ il ⟦D1⟧ e residente in "
     "⟦A1⟧.\n\nCordiali saluti,\n⟦P2i⟧\nUfficio Personale"),
    ("cv", "CURRICULUM VITAE\n⟦P1⟧\nData di nascita: ⟦D1⟧\nIndirizzo: ⟦A1⟧\n⟦E1⟧\n\nEsperienza\n"
     "2019 – oggi: sviluppatore ⟦PROD⟧ presso ⟦ORG⟧, ⟦PLACE⟧"),
    ("medical_note", "♂Paziente: ⟦P1a⟧, nato il ⟦D1⟧\nSospetto ⟦TERM⟧. Vive in ⟦A1⟧, la figlia "
     "⟦P2g⟧ lo assiste.\nControllo ⟦X1⟧ — ⟦T3⟧ ⟦P3⟧"),
    ("insurance_claim", "Denuncia sinistro ⟦CODE⟧\nContraente: ⟦P1⟧\nData di nascita: ⟦D1⟧\n"
     "Residenza: ⟦A1⟧\nData sinistro: ⟦X1⟧\nDinamica: una ⟦CAR⟧ guidata da ⟦P2⟧ mi ha urtato "
     "in ⟦STREET⟧."),
    ("legal", "TRA\n⟦P1⟧, nat⟦SFXo1⟧ a ⟦PLACE⟧ il ⟦D1⟧, residente in ⟦A1⟧ (di seguito "
     "\"il Locatore\")\nE\n⟦P2⟧ per conto di ⟦ORG⟧.\n⟦PLACE⟧, ⟦X1⟧"),
    ("meeting_notes", "Verbale riunione ⟦X1⟧\nPresenti: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧\n- ⟦P1g⟧ sente "
     "⟦ORG⟧\n- ⟦P3s⟧ aggiorna ⟦PROD⟧"),
    ("email_thread", "Ciao ⟦P2g⟧,\n\nti giro il file ⟦CODE⟧.\n\nA presto,\n⟦P1g⟧\n\nIl ⟦X1⟧ "
     "⟦P2⟧ <⟦E2⟧> ha scritto:\n> ⟦P1g⟧ mi mandi il file?"),
    ("police_report", "Il giorno ⟦X1⟧ si è presentat⟦SFXo1⟧ ⟦P1⟧, nat⟦SFXo1⟧ il ⟦D1⟧, residente "
     "in ⟦A1⟧, denunciando il furto del proprio ⟦GADGET⟧."),
    ("genealogy", "♂⟦P1⟧, nato il ⟦D1⟧ a ⟦PLACE⟧, figlio di ⟦P2⟧ e di ⟦P3⟧. Abitava in ⟦A1⟧."),
    ("real_estate", "Trilocale luminoso a due passi da ⟦STREET⟧, ⟦PLACE⟧. Visite con ⟦ORG⟧, "
     "referente ⟦P1⟧. Libero dal ⟦X1⟧."),
    ("neg_prose", "Dalla versione ⟦CODE⟧ ⟦PROD⟧ funziona a ⟦PLACE⟧. Il negozio ⟦ORG⟧ in "
     "⟦STREET⟧ chiude il ⟦X1⟧. Spiegami il ⟦TERM⟧."),
    ("chat_log", "⟦TIME⟧ ⟦P1g⟧: qualcuno ha visto ⟦P2g⟧?\n⟦TIME⟧ ⟦P3⟧: è da ⟦ORG⟧\n⟦TIME⟧ "
     "⟦P1g⟧: ok grazie"),
    ("form", "COGNOME: ⟦P1s⟧\nNOME: ⟦P1g⟧\nDATA DI NASCITA: ⟦D1⟧\nRESIDENZA: ⟦A1⟧\n"
     "CONTATTO: ⟦P2⟧"),
    ("transcript", "⟦P1⟧: Buongiorno a tutti.\n⟦P2⟧: Ciao! ⟦P3g⟧ arriva subito.\n⟦P1⟧: "
     "Partiamo da ⟦PROD⟧.\n⟦P3⟧: Scusate, ci sono."),
    ("care_note", "♀Consegna del ⟦X1⟧: la ⟦T1⟧ ⟦P1s⟧ ha mangiato bene, dolore al ginocchio. Ha "
     "chiamato il figlio ⟦P2g⟧. Cambio turno: ⟦P3g⟧."),
    ("school_record", "Alunno/a: ⟦P1u⟧, nat⟦SFXo1⟧ il ⟦D1⟧\nGenitore: ⟦P2⟧\nResidenza: ⟦A1⟧\n"
     "Coordinatrice: ⟦T3⟧ ⟦P3s⟧"),
    ("prose_mixed", "Riscrivi in modo più gentile: \"⟦P1g⟧, il report ⟦CODE⟧ era per il ⟦X1⟧ "
     "e ⟦T2⟧ ⟦P2s⟧ continua a chiedere.\""),
    ("neg_prose", "La migrazione da ⟦PROD⟧ a ⟦PROD2⟧ è prevista per il ⟦X1⟧. Chiedi a ⟦ORG⟧ "
     "di ⟦PLACE⟧ del ⟦TERM⟧."),
    ("neg_prose", "Scheda azienda ⟦ORG⟧\nData di costituzione: ⟦X1⟧\nSede: ⟦PLACE⟧, vicino "
     "a ⟦STREET⟧\nProdotti: ⟦PROD⟧, ⟦GADGET⟧\nUltimo audit: ⟦X2⟧ (⟦CODE⟧)"),
    ("neg_prose", "Mi spieghi in parole semplici il ⟦TERM⟧? Il mio medico di ⟦PLACE⟧ ha scritto "
     "solo ⟦CODE⟧. Visita il ⟦X1⟧."),
], "pt": [
    ("support_ticket", "Olá, sou ⟦P1⟧. A encomenda ⟦CODE⟧ devia chegar a ⟦A1⟧ no dia ⟦X1⟧ e "
     "não chegou. Meu e-mail: ⟦E1⟧"),
    ("hr_letter", "Exm⟦SFXo1⟧. ⟦T1⟧ ⟦P1s⟧,\n\nConfirmamos a sua admissão na ⟦ORG⟧ a partir de "
     "⟦X1⟧. Segundo a ficha, nasceu em ⟦D1⟧ e reside em ⟦A1⟧.\n\nCom os melhores cumprimentos,\n"
     "⟦P2⟧\nRecursos Humanos"),
    ("cv", "CURRÍCULO\n⟦P1⟧\nData de nascimento: ⟦D1⟧\nEndereço: ⟦A1⟧\n⟦E1⟧\n\nExperiência\n"
     "2019 – atual: analista na ⟦ORG⟧ (⟦PLACE⟧)"),
    ("medical_note", "Paciente: ⟦P1a⟧ — DN: ⟦D1⟧\nHipótese: ⟦TERM⟧. Mora em ⟦A1⟧ com a filha "
     "⟦P2g⟧.\nRetorno ⟦X1⟧ — ⟦T3⟧ ⟦P3⟧"),
    ("insurance_claim", "Participação de sinistro ⟦CODE⟧\nSegurado: ⟦P1⟧\nData de nascimento: "
     "⟦D1⟧\nMorada: ⟦A1⟧\nData do sinistro: ⟦X1⟧\nDescrição: um ⟦CAR⟧ conduzido por ⟦P2⟧ "
     "bateu no meu carro na ⟦STREET⟧."),
    ("legal", "OUTORGANTE: ⟦P1⟧, nascid⟦SFXo1⟧ em ⟦D1⟧, residente em ⟦A1⟧.\nOUTORGADO: ⟦P2⟧, "
     "em representação da ⟦ORG⟧.\n⟦PLACE⟧, ⟦X1⟧."),
    ("meeting_notes", "Ata da reunião ⟦X1⟧\nPresentes: ⟦P1⟧, ⟦P2⟧, ⟦P3g⟧\n- ⟦P1g⟧ fala com "
     "⟦ORG⟧\n- ⟦P2s⟧ revê ⟦PROD⟧"),
    ("email_thread", "Oi ⟦P2g⟧,\n\nsegue o arquivo ⟦CODE⟧.\n\nAbs,\n⟦P1⟧\n\nEm ⟦X1⟧, ⟦P2⟧ "
     "<⟦E2⟧> escreveu:\n> ⟦P1g⟧, pode me mandar?"),
    ("police_report", "BOLETIM DE OCORRÊNCIA ⟦CODE⟧\nComunicante: ⟦P1⟧, nascid⟦SFXo1⟧ em ⟦D1⟧, "
     "residente na ⟦A1⟧. Relata furto de ⟦GADGET⟧ em ⟦X1⟧."),
    ("genealogy", "⟦P1⟧ nasceu em ⟦D1⟧ em ⟦PLACE⟧, filh⟦SFXo1⟧ de ⟦P2⟧ e de ⟦P3⟧. Morou na "
     "⟦A1⟧."),
    ("real_estate", "Apartamento T2 perto da ⟦STREET⟧, em ⟦PLACE⟧. Visitas com ⟦ORG⟧, contacto "
     "⟦P1⟧. Disponível a partir de ⟦X1⟧."),
    ("neg_prose", "Desde a versão ⟦CODE⟧ o ⟦PROD⟧ funciona em ⟦PLACE⟧. A loja ⟦ORG⟧ na "
     "⟦STREET⟧ fecha em ⟦X1⟧. Explica a ⟦TERM⟧."),
    ("chat_log", "⟦TIME⟧ ⟦P1g⟧: alguém viu o ⟦P2g⟧?\n⟦TIME⟧ ⟦P3⟧: tá na ⟦ORG⟧\n⟦TIME⟧ ⟦P1g⟧: "
     "valeu"),
    ("form", "APELIDO: ⟦P1s⟧\nNOME: ⟦P1g⟧\nDATA NASC.: ⟦D1⟧\nMORADA: ⟦A1⟧\nCONTACTO: ⟦P2⟧"),
    ("transcript", "⟦P1⟧: Bom dia a todos.\n⟦P2⟧: Bom dia! ⟦P3g⟧ já vem.\n⟦P1⟧: Começamos "
     "pelo ⟦PROD⟧.\n⟦P3⟧: Desculpem, cheguei."),
    ("care_note", "♀Registo ⟦X1⟧: a ⟦T1⟧ ⟦P1s⟧ comeu bem, queixa-se do joelho. O filho ⟦P2g⟧ "
     "ligou. Passagem de turno: ⟦P3g⟧."),
    ("school_record", "Aluno(a): ⟦P1⟧, nascid⟦SFXo1⟧ em ⟦D1⟧\nEncarregado de educação: ⟦P2⟧\n"
     "Morada: ⟦A1⟧\nDiretora de turma: ⟦T3⟧ ⟦P3s⟧"),
    ("prose_mixed", "Reescreve de forma mais simpática: \"⟦P1g⟧, o relatório ⟦CODE⟧ era para "
     "⟦X1⟧ e a ⟦T2⟧ ⟦P2s⟧ continua a perguntar.\""),
    ("neg_prose", "A migração do ⟦PROD⟧ para o ⟦PROD2⟧ está marcada para ⟦X1⟧. Pergunta à "
     "⟦ORG⟧ em ⟦PLACE⟧ sobre a ⟦TERM⟧."),
    ("neg_prose", "Ficha da empresa ⟦ORG⟧\nData de constituição: ⟦X1⟧\nSede: ⟦PLACE⟧, perto "
     "da ⟦STREET⟧\nProdutos: ⟦PROD⟧, ⟦GADGET⟧\nÚltima auditoria: ⟦X2⟧ (⟦CODE⟧)"),
    ("neg_prose", "Podes explicar a ⟦TERM⟧ de forma simples? O meu médico em ⟦PLACE⟧ só escreveu "
     "⟦CODE⟧. Consulta a ⟦X1⟧."),
]}

LBL = {  # name, given, surname, dob, address, email, id, status, created, active
    "en": ["Name", "First name", "Last name", "Date of birth", "Address", "Email", "Customer ID",
           "Status", "Created", "active"],
    "de": ["Name", "Vorname", "Nachname", "Geburtsdatum", "Anschrift", "E-Mail", "Kundennr.",
           "Status", "Angelegt", "aktiv"],
    "fr": ["Nom", "Prénom", "Nom de famille", "Date de naissance", "Adresse", "E-mail",
           "N° client", "Statut", "Créé le", "actif"],
    "nl": ["Naam", "Voornaam", "Achternaam", "Geboortedatum", "Adres", "E-mail", "Klantnr.",
           "Status", "Aangemaakt", "actief"],
    "es": ["Nombre", "Nombre", "Apellidos", "Fecha de nacimiento", "Dirección", "Correo",
           "N.º cliente", "Estado", "Alta", "activo"],
    "it": ["Nome e cognome", "Nome", "Cognome", "Data di nascita", "Indirizzo", "Email",
           "Cod. cliente", "Stato", "Creato il", "attivo"],
    "pt": ["Nome", "Nome próprio", "Apelido", "Data de nascimento", "Morada", "E-mail",
           "N.º cliente", "Estado", "Criado em", "ativo"],
}


def street_only(r, region):
    """A street named as a place, with no house number: not an address."""
    return r.choice(STREETS[street_key(region)]) if not region.startswith("en_US") else \
        r.choice(STREETS["en_US"]) + " " + r.choice(["Street", "Avenue", "Boulevard"])


def amount(r, lang):
    v = r.randint(20, 99999) + r.randint(0, 99) / 100
    if lang == "en":
        return r.choice(["$", "£", "€"]) + f"{v:,.2f}"
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


def make_ctx(r, region, cls, female1=None):
    lang = region[:2]
    ctx = {}
    people = []
    for i in (1, 2, 3):
        p = Person(r, region, r.random() < 0.5, female1 if i == 1 else None)
        if cls == "genealogy" and i > 1 and r.random() < 0.7:
            p.sur = people[0].sur
        people.append(p)
        k = str(i)
        ctx["P" + k] = ("PERSON", roughen(r, p.full()))
        ctx["P" + k + "g"] = ("PERSON", p.given)
        ctx["P" + k + "s"] = ("PERSON", p.alone())
        ctx["P" + k + "i"] = ("PERSON", p.initial())
        ctx["P" + k + "a"] = ("PERSON", p.admin())
        ctx["P" + k + "u"] = ("PERSON", f"{p.sur.upper()} {p.given}" if r.random() < 0.6 else
                              f"{p.given} {p.sur.upper()}")
        ctx["P" + k + "n"] = ("PERSON", p.nick if r.random() < 0.6 else p.given)
        ctx["T" + k] = (None, p.title())
        ctx["E" + k] = ("EMAIL_ADDRESS", p.email())
        ctx["D" + k] = ("DATE_OF_BIRTH", rand_dob(r, region, 1852, 1936) if cls == "genealogy"
                        else rand_dob(r, region))
        ctx["A" + k] = ("STREET_ADDRESS", make_address(r, region)[0])
        ctx["M" + k] = ("STREET_ADDRESS", make_address(r, region, multiline=True)[0])
        ctx["SFX" + k] = (None, "" if p.female else "r")
        ctx["SFXo" + k] = (None, "a" if p.female else "o")
    ctx["MAIDEN"] = ("PERSON", r.choice(SURNAMES[lang]) if r.random() < 0.5 else
                     Person(r, region, True).sur)
    ctx["X1"] = ("NEG_DATE", rand_other_date(r, region))
    ctx["X2"] = ("NEG_DATE", rand_other_date(r, region))
    ctx["ORG"] = ("NEG_ORG", neg(r, "ORG", lang))
    ctx["ORG2"] = ("NEG_ORG", neg(r, "ORG", lang))
    while ctx["ORG2"] == ctx["ORG"]:
        ctx["ORG2"] = ("NEG_ORG", neg(r, "ORG", lang))
    ctx["PROD"] = ("NEG_PRODUCT", neg(r, "PRODUCT", lang))
    ctx["PROD2"] = ("NEG_PRODUCT", neg(r, "PRODUCT", lang))
    while ctx["PROD2"] == ctx["PROD"]:
        ctx["PROD2"] = ("NEG_PRODUCT", neg(r, "PRODUCT", lang))
    ctx["CAR"] = ("NEG_PRODUCT", neg(r, "CAR", lang))
    ctx["GADGET"] = ("NEG_PRODUCT", neg(r, "GADGET", lang))
    ctx["TERM"] = ("NEG_TERM", neg(r, "MED" if cls in ("medical_note", "care_note") else "TERM",
                                   lang))
    ctx["PLACE"] = ("NEG_PLACE", neg(r, "PLACE", lang))
    ctx["STREET"] = ("NEG_PLACE", street_only(r, region))
    ctx["CODE"] = ("NEG_CODE", code(r))
    ctx["CHURCH"] = ("NEG_PLACE", r.choice(["St Mary's", "St Patrick's", "St John's",
                                            "Christ Church", "St Bride's"]))
    ctx["WARD"] = ("NEG_PLACE", r.choice(["Nightingale Ward", "Victoria Wing", "Florence Unit",
                                          "Lister Ward", "Fleming Wing"]))
    ctx["CODE2"] = ("NEG_CODE", code(r))
    ctx["TIME"] = (None, f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}")
    ctx["NUM"] = (None, str(r.randint(100000, 9999999)))
    ctx["AGE"] = (None, str(r.randint(19, 94)))
    ctx["AMT"] = (None, amount(r, lang))
    return ctx, people


def render(tpl, ctx):
    parts = []
    pos = 0
    for m in re.finditer(r"⟦(\w+)⟧", tpl):
        parts.append((None, tpl[pos:m.start()]))
        parts.append(ctx[m.group(1)])
        pos = m.end()
    parts.append((None, tpl[pos:]))
    return parts


# ------------------------------------------------------- structured exports and code fixtures

def row_person(r, region):
    p = Person(r, region, r.random() < 0.5)
    return {"p": p, "full": roughen(r, p.full()), "dob": rand_dob(r, region),
            "addr": make_address(r, region)[0], "email": p.email(), "id": str(r.randint(10000, 99999)),
            "created": rand_other_date(r, region)}


def gen_delimited(r, region):
    lang = region[:2]
    L = LBL[lang]
    delim = r.choice([",", "\t"]) if lang == "en" else r.choice([";", ";", "\t", ","])
    split = r.random() < 0.5
    cols = ["id"] + (["given", "sur"] if split else ["full"]) + r.sample(["dob", "addr", "email", "created"], r.randint(2, 4))
    head = {"id": L[6], "given": L[1], "sur": L[2], "full": L[0], "dob": L[3], "addr": L[4],
            "email": L[5], "created": L[8]}
    lab = {"given": "PERSON", "sur": "PERSON", "full": "PERSON", "dob": "DATE_OF_BIRTH",
           "addr": "STREET_ADDRESS", "email": "EMAIL_ADDRESS", "created": "NEG_DATE", "id": None}
    parts = [(None, delim.join(head[c] for c in cols) + "\n")]
    for _ in range(r.randint(2, 6)):
        row = row_person(r, region)
        vals = dict(row, given=row["p"].given, sur=row["p"].sur)
        for j, c in enumerate(cols):
            v = vals[c]
            quote = delim in v or (r.random() < 0.15 and c != "id")
            if j:
                parts.append((None, delim))
            if quote:
                parts.append((None, '"'))
            parts.append((lab[c], v))
            if quote:
                parts.append((None, '"'))
        parts.append((None, "\n"))
    return "crm_export", parts


def gen_markdown(r, region):
    lang = region[:2]
    L = LBL[lang]
    parts = [(None, f"| {L[0]} | {L[3]} | {L[4]} | {L[7]} |\n|---|---|---|---|\n")]
    for _ in range(r.randint(2, 5)):
        row = row_person(r, region)
        parts += [(None, "| "), ("PERSON", row["full"]), (None, " | "), ("DATE_OF_BIRTH", row["dob"]),
                  (None, " | "), ("STREET_ADDRESS", row["addr"]), (None, f" | {L[9]} |\n")]
    return "markdown_table", parts


def gen_fixed(r, region):
    lang = region[:2]
    L = LBL[lang]
    rows = [row_person(r, region) for _ in range(r.randint(2, 5))]
    w1 = max(len(x["full"]) for x in rows + [{"full": L[0]}]) + 2
    w2 = max(len(x["dob"]) for x in rows + [{"dob": L[3]}]) + 2
    w0 = len(L[6]) + 2
    parts = [(None, f"{L[6]:<{w0}}{L[0]:<{w1}}{L[3]:<{w2}}{L[4]}\n")]
    for x in rows:
        parts += [(None, f"{x['id']:<{w0}}"), ("PERSON", x["full"]), (None, " " * (w1 - len(x["full"]))),
                  ("DATE_OF_BIRTH", x["dob"]), (None, " " * (w2 - len(x["dob"]))),
                  ("STREET_ADDRESS", x["addr"]), (None, "\n")]
    return "erp_fixed_width", parts


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def gen_json(r, region):
    parts = [(None, "[\n")]
    rows = [row_person(r, region) for _ in range(r.randint(1, 3))]
    lang = region[:2]
    for i, x in enumerate(rows):
        iso = r.random() < 0.6
        dob = x["dob"] if not iso else f"{r.randint(1940, 2010)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        parts += [(None, f'  {{"id": {x["id"]}, "first_name": "'), ("PERSON", jstr(x["p"].given)),
                  (None, '", "last_name": "'), ("PERSON", jstr(x["p"].sur)),
                  (None, '", "birth_date": "'), ("DATE_OF_BIRTH", dob),
                  (None, '", "address": "'), ("STREET_ADDRESS", jstr(x["addr"])),
                  (None, '", "email": "'), ("EMAIL_ADDRESS", x["email"]),
                  (None, '", "plan": "'), ("NEG_PRODUCT", jstr(neg(r, "PRODUCT", lang))),
                  (None, '", "created_at": "'),
                  ("NEG_DATE", f"{r.randint(2019, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
                  (None, '"}' + ("," if i < len(rows) - 1 else "") + "\n")]
    parts.append((None, "]"))
    return "json_fixture", parts


def gen_yaml(r, region):
    x = row_person(r, region)
    y = row_person(r, region)
    return "yaml_fixture", [
        (None, "# test fixture: onboarding\nusers:\n  - name: "), ("PERSON", x["full"]),
        (None, "\n    dob: "), ("DATE_OF_BIRTH", x["dob"]), (None, "\n    address: \""),
        ("STREET_ADDRESS", x["addr"]), (None, "\"\n    manager: "), ("PERSON", y["full"]),
        (None, "\n    team: "), ("NEG_ORG", neg(r, "ORG", region[:2])),
        (None, "\n    tool: "), ("NEG_PRODUCT", neg(r, "PRODUCT", region[:2])), (None, "\n")]


def gen_sql(r, region):
    parts = [(None, "INSERT INTO patients (id, full_name, date_of_birth, home_address) VALUES\n")]
    rows = [row_person(r, region) for _ in range(r.randint(1, 4))]
    for i, x in enumerate(rows):
        iso = f"{r.randint(1930, 2015)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        parts += [(None, f"  ({x['id']}, '"), ("PERSON", x["full"].replace("'", "''")), (None, "', '"),
                  ("DATE_OF_BIRTH", iso), (None, "', '"),
                  ("STREET_ADDRESS", x["addr"].replace("'", "''")),
                  (None, "')" + ("," if i < len(rows) - 1 else ";") + "\n")]
    return "sql_insert", parts


def gen_pydict(r, region):
    x = row_person(r, region)
    return "python_fixture", [
        (None, "def test_customer_export():\n    customer = {\n        \"name\": \""), ("PERSON", x["full"]),
        (None, "\",\n        \"dob\": \""), ("DATE_OF_BIRTH", x["dob"]),
        (None, "\",\n        \"email\": \""), ("EMAIL_ADDRESS", x["email"]),
        (None, "\",\n        \"product\": \""), ("NEG_PRODUCT", neg(r, "PRODUCT", region[:2])),
        (None, "\",\n    }\n    assert export(customer)[\"version\"] == \""), ("NEG_CODE", code(r)),
        (None, "\"\n")]


def gen_log(r, region):
    parts = []
    for _ in range(r.randint(2, 5)):
        x = row_person(r, region)
        ts = f"{r.randint(2022, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        parts += [("NEG_DATE", ts), (None, f"T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
                                            f"{r.randint(0, 59):02d}Z INFO user_id={x['id']} ")]
        k = r.random()
        if k < 0.4:
            parts += [(None, 'name="'), ("PERSON", x["full"]), (None, '" action=profile_update dob='),
                      ("DATE_OF_BIRTH", x["dob"].replace(" ", "_") if " " in x["dob"] else x["dob"]),
                      (None, "\n")]
        elif k < 0.7:
            parts += [(None, "action=address_change new_address=\""), ("STREET_ADDRESS", x["addr"]),
                      (None, "\" by=\""), ("PERSON", x["full"]), (None, "\"\n")]
        else:
            parts += [(None, "action=login client="), ("NEG_PRODUCT", neg(r, "PRODUCT", region[:2])),
                      (None, " email="), ("EMAIL_ADDRESS", x["email"]), (None, " status=ok\n")]
    return "log_lines", parts


def gen_label(r, region):
    x = row_person(r, region)
    head = {"en": ["TO:\n", "DELIVER TO\n", "Ship to:\n"], "de": ["An:\n", "Empfänger:\n"],
            "fr": ["Destinataire :\n", "À :\n"], "nl": ["Ontvanger:\n", "Aan:\n"],
            "es": ["Destinatario:\n", "Para:\n"], "it": ["Destinatario:\n", "Spett.le\n"],
            "pt": ["Destinatário:\n", "Para:\n"]}[region[:2]] + [""]
    parts = [(None, r.choice(head)),
             ("PERSON", x["full"]), (None, "\n"), ("STREET_ADDRESS", make_address(r, region, True)[0]),
             (None, "\n\nTRACKING "), ("NEG_CODE", code(r)), (None, "  SHIPPED "),
             ("NEG_DATE", rand_other_date(r, region)), (None, "\n")]
    return "shipping_label", parts


STRUCTURED = [gen_delimited, gen_delimited, gen_markdown, gen_fixed, gen_json, gen_yaml, gen_sql,
              gen_pydict, gen_log, gen_label]

REGIONS = [("en_US", 14), ("en_GB", 12), ("en_IE", 5), ("en_AU", 5), ("en_CA", 4),
           ("de_DE", 6), ("de_AT", 2), ("de_CH", 2), ("fr_FR", 6), ("fr_BE", 2), ("fr_CA", 1.5),
           ("fr_CH", 0.5), ("nl_NL", 6.5), ("nl_BE", 3.5), ("es_ES", 5), ("es_MX", 3),
           ("es_AR", 2), ("it_IT", 8.5), ("it_CH", 1.5), ("pt_PT", 5), ("pt_BR", 5)]


def assemble(parts, case, typo=None):
    text = ""
    spans = []
    for lab, val in parts:
        if lab is None and typo == "curly":
            val = val.replace("'", "\u2019")
        elif lab is None and typo == "fr_nbsp":
            val = re.sub(r" ([:;?!»])", "\u202f\\1", val).replace("« ", "«\u00a0")
        if case == "lower":
            val = val.lower()
        elif case == "upper":
            val = val.upper()
        if lab is not None and val:
            spans.append({"entity_type": lab, "entity_value": val, "start_position": len(text),
                          "end_position": len(text) + len(val)})
        text += val
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"], s
    return text, spans


def main():
    r = random.Random(SEED)
    regions = [x for x, _ in REGIONS]
    weights = [w for _, w in REGIONS]
    tpl_ids = {}
    n = 0
    for lang in TPL:
        for i, t in enumerate(TPL[lang]):
            tpl_ids[(lang, i)] = n
            n += 1
    out = []
    for _ in range(N_RECORDS):
        region = r.choices(regions, weights)[0]
        lang = region[:2]
        neg_only = [i for i, (c, _) in enumerate(TPL[lang]) if c == "neg_prose"]
        if r.random() < 0.12:
            i = r.choice(neg_only)
            cls, tpl = TPL[lang][i]
            parts = render(tpl, make_ctx(r, region, cls)[0])
            tid = tpl_ids[(lang, i)]
        elif r.random() < 0.36:
            k = r.randrange(len(STRUCTURED))
            cls, parts = STRUCTURED[k](r, region)
            tid = 1000 + STRUCTURED.index(STRUCTURED[k])
        else:
            i = r.randrange(len(TPL[lang]))
            cls, tpl = TPL[lang][i]
            female1 = None
            if tpl[0] in "♀♂":  # the template's text speaks of its first person as she or he
                female1, tpl = tpl[0] == "♀", tpl[1:]
            ctx, _ = make_ctx(r, region, cls, female1)
            parts = render(tpl, ctx)
            tid = tpl_ids[(lang, i)]
        case = None
        x = r.random()
        if cls in ("chat_log", "support_ticket", "prose_mixed", "neg_prose") and x < 0.15:
            case = "lower"
        elif cls == "shipping_label" and x < 0.5 or cls in ("police_report", "insurance_claim") and x < 0.1:
            case = "upper"
        typo = None
        if r.random() < 0.3:
            typo = "fr_nbsp" if lang == "fr" else "curly"
        text, spans = assemble(parts, case, typo)
        out.append({"full_text": text, "spans": spans, "template_id": tid,
                    "metadata": {"locale": lang, "region": region, "class": cls,
                                 "corpus": "names_holdout2",
                                 "case": case or "as_written"}})
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout2.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
