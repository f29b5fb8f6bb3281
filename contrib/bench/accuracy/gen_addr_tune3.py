#!/usr/bin/env python3
"""gen_addr_tune3.py: a tune set for streets that no street type names (issue 15, branch addr2).

Written from the task brief's list of the streets left unfound, not from hush's recognisers: the
gold STREET_ADDRESS span is the whole block (street, unit, postcode, town), as in addr_tune2.json:
- Belgian and Swiss streets with no type word or suffix, a house number and a postcode and town
  ("Meir 12 bus 3, 2000 Antwerpen", "Limmatquai 33, 8001 Zürich", "Spalenberg 12, CH-4051 Basel");
- Swiss French and Belgian French types before the name, number after ("Route de Lausanne 44,
  1110 Morges", "Mont des Arts 3, 1000 Bruxelles"), Dutch streets with no type ("Lange Voorhout
  197, 2514 EA Den Haag", "Spui 21"), a French "Rond-point des Champs-Élysées 7";
- Spanish and Portuguese with the number after a comma and Portuguese postcodes ("Rua Augusta,
  274, 1100-053 Lisboa", "Avenida da Liberdade 110", "Gran Vía 32, 28013 Madrid");
- English streets with rarer types or none ("12 The Close", "5 Quayside", "3 Kings Mews", "18
  Church Wynd", "11 The Causeway") before a town and a UK postcode;
- Irish forms (a unit, "Co. Cork", Dublin districts, Eircodes), Indian forms ("Flat 4, 2nd Floor,
  12th Main, Indiranagar, Bengaluru 560038", "House No. 221, Sector 15, Chandigarh 160015");
- US streets with a direction before and after ("123 N 4th St NW, Washington, DC 20001");
each in a sentence, after a label, or over several lines; a PERSON before some.

Look-alikes, labelled NEG_ADDR: names and numbers that are no address, some with a 4- or 5-digit
number and a capitalised word after a comma ("Windows 10, 2019 Server", "Route 66", "Highway 1",
"Section 3", "Chapter 12, 2nd edition", "Python 3 10", "Room 12", "Gate 5", version, build, order
and ticket numbers, products with numbers).

Labels in presidio-research's JSON shape with code-point offsets. Deterministic (fixed seed), no
input: python3 gen_addr_tune3.py > data/addr_tune3.json
"""
import random

from gen_common import append_record, assemble, write_json

R = random.Random(3315)

GIVEN = ["Wendelin", "Maelle", "Joris", "Leocadia", "Anouk", "Tiago", "Saoirse", "Priyanka",
         "Casimir", "Ines", "Florentijn", "Ravindra"]
SURNAME = ["Verhoeven", "Baumgartner", "Dufresne", "Carvalho", "Ni Bhriain", "Raghunathan",
           "Vandamme", "Zwicky", "Oosterhuis", "Figueiredo"]


def person():
    return "%s %s" % (R.choice(GIVEN), R.choice(SURNAME))


def n(lo=1, hi=240):
    return str(R.randint(lo, hi))


# (street with its number, postcode, town), the number as {N}
BE = [("Meir {N} bus {U}", "2000", "Antwerpen"), ("Groenplaats {N}", "2000", "Antwerpen"),
      ("Wapper {N}", "2000", "Antwerpen"), ("Hoogpoort {N}", "9000", "Gent"),
      ("Korte Meer {N}", "9000", "Gent"), ("Zavel {N}", "1000", "Brussel"),
      ("Mont des Arts {N}", "1000", "Bruxelles"), ("Galerie de la Reine {N}", "1000", "Bruxelles"),
      ("Quai au Foin {N}", "1000", "Bruxelles"), ("Bondgenotenlaan {N} bus {U}", "3000", "Leuven"),
      ("Ladeuzeplein {N}", "3000", "Leuven"), ("Grote Markt {N}", "2800", "Mechelen"),
      ("Ijzerenleen {N}", "2800", "Mechelen"), ("Simon Stevinplein {N}", "8000", "Brugge"),
      ("Vismarkt {N} bus {U}", "3500", "Hasselt")]
CH = [("Limmatquai {N}", "8001", "Zürich"), ("Spalenberg {N}", "4051", "Basel"),
      ("Rathausquai {N}", "6004", "Luzern"), ("Schifflände {N}", "4051", "Basel"),
      ("Bahnhofplatz {N}", "3011", "Bern"), ("Utoquai {N}", "8008", "Zürich"),
      ("Rennweg {N}", "8001", "Zürich"), ("Freie Strasse {N}", "4001", "Basel"),
      ("Kramgasse {N}", "3011", "Bern"), ("Mythenquai {N}", "8002", "Zürich"),
      ("Untere Zäune {N}", "8001", "Zürich"), ("Hirschengraben {N}", "6003", "Luzern"),
      ("Route de Lausanne {N}", "1110", "Morges"), ("Chemin des Vignes {N}", "1009", "Pully"),
      ("Place du Molard {N}", "1204", "Genève"), ("Quai du Mont-Blanc {N}", "1201", "Genève"),
      ("Grand-Rue {N}", "1820", "Montreux"), ("Route de Berne {N}", "1700", "Fribourg"),
      ("Chemin de Mornex {N}", "1003", "Lausanne")]
NL = [("Lange Voorhout {N}", "2514 EA", "Den Haag"), ("Spui {N}", "1012 WX", "Amsterdam"),
      ("Rokin {N}", "1012 KT", "Amsterdam"), ("Damrak {N}", "1012 LG", "Amsterdam"),
      ("Noordeinde {N}", "2514 GL", "Den Haag"), ("Lange Poten {N}", "2511 CL", "Den Haag"),
      ("Nieuwezijds Voorburgwal {N}", "1012 RJ", "Amsterdam"), ("Oude Delft {N}", "2611 CD", "Delft"),
      ("Neude {N}", "3512 AG", "Utrecht"), ("Vredenburg {N}", "3511 BA", "Utrecht"),
      ("Breestraat {N}", "2311 CS", "Leiden"), ("Rapenburg {N}", "2311 EV", "Leiden")]
FR = [("Rond-point des Champs-Élysées {N}", "75008", "Paris"),
      ("{N} rond-point des Champs-Élysées", "75008", "Paris"),
      ("{N} cours Mirabeau", "13100", "Aix-en-Provence"),
      ("{N} quai des Grands Augustins", "75006", "Paris"),
      ("{N} impasse des Lilas", "69003", "Lyon"), ("{N} allée des Tilleuls", "33000", "Bordeaux"),
      ("{N} parvis Notre-Dame", "75004", "Paris"), ("{N} Grande Rue", "25000", "Besançon")]
PT = [("Rua Augusta, {N}", "1100-053", "Lisboa"), ("Avenida da Liberdade {N}", "1269-046", "Lisboa"),
      ("Rua das Flores {N}", "4050-262", "Porto"), ("Largo do Chiado {N}", "1200-108", "Lisboa"),
      ("Travessa do Carmo {N}", "1200-095", "Lisboa"), ("Praça do Comércio {N}", "1100-148", "Lisboa"),
      ("Rua de Santa Catarina, {N}", "4000-447", "Porto")]
ES = [("Calle Mayor, {N}", "28013", "Madrid"), ("Paseo de la Castellana {N}", "28046", "Madrid"),
      ("Gran Vía {N}", "28013", "Madrid"), ("Rambla de Catalunya {N}", "08007", "Barcelona"),
      ("Plaça Reial {N}", "08002", "Barcelona"), ("Ronda de Sant Pere {N}", "08010", "Barcelona"),
      ("Avenida de la Constitución, {N}", "41001", "Sevilla")]
UK = [("{N} The Close", "Harrogate", "HG1 2AB"), ("{N} Quayside", "Newcastle upon Tyne", "NE1 3DX"),
      ("{N} Kings Mews", "London", "WC1N 2JU"), ("{N} The Green", "Exeter", "EX4 4AB"),
      ("{N} Church Wynd", "Falkirk", "FK1 1AA"), ("{N} The Causeway", "Chippenham", "SN15 3BT"),
      ("{N} Market Hill", "Cambridge", "CB2 3NJ"), ("{N} The Paddocks", "Ely", "CB7 4XX"),
      ("{N} Abbey Yard", "Bath", "BA1 1LT"), ("{N} Riverside Quay", "Leeds", "LS1 4AB"),
      ("{N} Royal Circus", "Edinburgh", "EH3 6SR"), ("{N} Lansdown Crescent", "Bath", "BA1 5EX"),
      ("{N} Mews", "Bristol", "BS8 1TH"), ("{N} Broadway", "Worcester", "WR1 1AA")]
IE = ["Apartment {U}, {N} Ranelagh Road, Dublin 6, D06 XY12",
      "{N} Main Street, Ballincollig, Co. Cork, P31 XW21",
      "{N} Lower Baggot Street, Dublin 2",
      "Flat {U}, {N} Leeson Park, Dublin 6",
      "{N} The Crescent, Monkstown, Co. Dublin, A94 C2X7",
      "{N} Shop Street, Galway, H91 T2X3"]
IN = ["Flat {U}, 2nd Floor, {N}th Main, Indiranagar, Bengaluru 560038",
      "No. {N}, 3rd Cross, 5th Block, Koramangala, Bengaluru 560095",
      "House No. {N}, Sector 15, Chandigarh 160015",
      "B-{N}, Shanti Apartments, MG Road, Pune 411001",
      "Plot {N}, Road No. 12, Banjara Hills, Hyderabad 500034",
      "{N}, Nehru Nagar, Adyar, Chennai 600020"]
US = ["{N} N 4th St NW, Washington, DC 20001", "{N} S 2nd Ave, Minneapolis, MN 55409",
      "{N} W 125th St, New York, NY 10027", "{N} E Main St SE, Salem, OR 97301",
      "{N} NE Alberta St, Portland, OR 97211", "{N} SW 8th St, Miami, FL 33135"]

SENT = ["Please send the documents to {A}.", "Address: {A}", "Our new address is {A}, from May on.",
        "Lieferadresse: {A}", "Adresse : {A}", "Adres: {A}", "Morada: {A}", "Dirección: {A}",
        "Ship to {A} before Friday.", "You can reach me at {A}."]


def fill(s):
    return s.replace("{N}", n()).replace("{U}", n(1, 12))


records = []


def add(parts, loc, cls):
    append_record(records, *assemble(parts), loc, cls)


def sentence(block, loc):
    tmpl = R.choice(SENT)
    a, b = tmpl.split("{A}")
    add([a, ("STREET_ADDRESS", block), b], loc, "address")


def letter(block, loc):
    add(["Kind regards,\n", ("PERSON", person()), "\n", ("STREET_ADDRESS", block), "\n"], loc,
        "address")


for rep in range(2):
    for loc, rows in (("be", BE), ("ch", CH), ("nl", NL), ("fr", FR), ("pt", PT), ("es", ES)):
        for st, pc, town in rows:
            prefix = R.choice(["", "", "CH-"]) if loc == "ch" else ""
            street = fill(st)
            if rep == 0:
                sentence("%s, %s%s %s" % (street, prefix, pc, town), loc)
            else:
                letter("%s\n%s%s %s" % (street, prefix, pc, town), loc)
    for st, town, pc in UK:
        street = fill(st)
        if rep == 0:
            sentence("%s, %s %s" % (street, town, pc), "uk")
        else:
            letter("%s\n%s\n%s" % (street, town, pc), "uk")
    for loc, rows in (("ie", IE), ("in", IN), ("us", US)):
        for a in rows:
            a = fill(a)
            if rep == 0:
                sentence(a, loc)
            else:
                letter(a.replace(", ", "\n", 1), loc)

NEG = ["Upgrade to Windows 10, 2019 Server is next.", "We drove Route 66 for a week.",
       "Take Highway 1 south.", "See Section 3, 2000 words at most.", "Chapter 12, 2nd edition",
       "Python 3 10 is out.", "Meet me in Room 12 at noon.", "Boarding at Gate 5.",
       "Version 4, 2021 Release notes", "Build 4521, 2000 Tests passed", "Order 4521, 1050 Units",
       "Ticket 8812, 1050 Brussels office moved", "iPhone 15, 2023 Model", "Xbox 360, 2005 Launch",
       "Series 7, 1000 Pieces", "Level 3, 1200 Points", "Office 365, 2016 Edition",
       "Terminal 2, 1000 Passengers a day", "Python 3, 2008 Release", "Season 4, 2019 Finale",
       "Apollo 11, 1969 Mission", "Episode 9, 2019 Premiere", "Station 5, 3000 Volts",
       "Pixel 8, 2023 Launch", "Platform 9, 1000 Commuters"]
for rep in range(2):
    for t in NEG:
        add([("NEG_ADDR", t.rstrip("."))] + (["."] if t.endswith(".") else []), "en", "negative")

write_json(records)
