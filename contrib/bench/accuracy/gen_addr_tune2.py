#!/usr/bin/env python3
"""gen_addr_tune2.py: a tune set for how much of a postal address is masked (issue 15, branch
addrcov).

Written from a brief of the parts that stand around a street in a written postal block, not from
what hush's recognisers know: the gold STREET_ADDRESS span is the whole block, from its first part
to its last, so the covered fraction run.sh prints says how much of it is left in the prompt:
- the postcode and town after a comma, on the next line, or before the street ("75018 Paris, 5 rue
  d'Orsel", "10115 Berlin, Hauptstraße 5", "SW1A 1AA London, 10 Downing Street");
- the country after the town, after a comma or on its own line, in the country's own language or
  in English ("Deutschland", "FRANCE", "United Kingdom", "USA", "España", "Nederland");
- a US or Australian state before the ZIP ("Springfield, IL 62704", "Sydney NSW 2000");
- postcodes with a country letter ("CH-8001 Zürich", "D-10115", "L-1234", "B-1000 Bruxelles",
  "A-1060 Wien"), Dutch "1012 AB", Italian provinces ("00184 Roma RM", "(MI)"), French "Cedex";
- unit, floor, suite, building and "c/o" parts before or after the street ("Flat 3", "Apt 4B",
  "Suite 400", "3rd Floor", "Building B", "bât. A, 3e étage", "3. OG links", "2º B", "int. 5",
  "Keizersgracht 123-III", "123 hs", "bus 3");
- post office boxes of each country ("PO Box", "Postfach 12 34 56", "Postbus", "BP 45", "Casella
  Postale", "Apartado de Correos");
- (a second pass) the block as a form's fields, a JSON object's keys or a CSV row's cells.
The addressee's name, when there is one, is a PERSON span of its own before the block.

Look-alikes, labelled NEG_ADDR: a postcode-shaped number or a city that is not part of an address
(order ids, "5 Berlin offices", "the 10115 error", "Paris 2024", a city as a topic, "Berlin,
Germany" as a place of an event, a port number, a version).

Labels in presidio-research's JSON shape with code-point offsets. Deterministic (fixed seed), no
input: python3 gen_addr_tune2.py > data/addr_tune2.json
"""
import random

from gen_common import append_record, assemble, write_json

R = random.Random(1515)

GIVEN = ["Orlaith", "Bramwell", "Celandine", "Torvald", "Isaure", "Joosje", "Benedek", "Ottilie",
         "Ximeno", "Rosalba", "Fenwick", "Marisol"]
SURNAME = ["Quennell", "Drabbeck", "Ostervelt", "Marchetti", "Lindqvist", "Courtemanche",
           "Vandersloot", "Aguirrezabal", "Hollenbeck", "Pennington"]


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def n(lo=1, hi=240):
    return str(R.randint(lo, hi))


def digits(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def up(k):
    return "".join(R.choice("ABDEFGHJLNPRSTUWXYZ") for _ in range(k))


# Each maker returns the parts of a block: a list of lines, each line a list of comma-separated
# parts; the context decides whether lines are joined by ", " or by line breaks.
def us():
    street = "%s %s %s" % (n(10, 9800), R.choice(["Maple", "Harbor", "Cedar Ridge", "Lincoln",
                                                   "Old Mill", "Westfield", "Sycamore"]),
                           R.choice(["St", "Street", "Ave", "Avenue", "Road", "Blvd", "Drive",
                                     "Lane", "Court"]))
    city, st = R.choice([("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"),
                         ("Columbus", "OH"), ("Boise", "ID"), ("Madison", "WI"),
                         ("San Jose", "CA"), ("Burlington", "VT")])
    z = digits(5) + (("-" + digits(4)) if R.random() < 0.2 else "")
    unit = R.choice(["Apt 4B", "Apt. 12", "Suite 400", "Unit 7", "#210", "Floor 3"])
    country = R.choice(["USA", "United States", "U.S.A.", "US"])
    shape = R.randrange(5)
    if shape == 0:
        return [[street], ["%s, %s %s" % (city, st, z)], [country]]
    if shape == 1:
        return [[street, unit], ["%s, %s %s" % (city, st, z)]]
    if shape == 2:
        return [[unit], [street], ["%s, %s %s" % (city, st, z)], [country]]
    if shape == 3:
        return [["PO Box " + n(10, 9999)], ["%s, %s %s" % (city, st, z)]]
    return [["Building " + R.choice("ABCD"), street], ["%s, %s %s" % (city, st, z)]]


def uk():
    street = "%s %s %s" % (n(1, 180), R.choice(["Albion", "Kingsmead", "Wellington", "Rosebery",
                                                 "Hawthorn", "Prospect"]),
                           R.choice(["Road", "Street", "Lane", "Gardens", "Terrace", "Close"]))
    city = R.choice(["London", "Manchester", "Leeds", "Bristol", "Oxford", "Norwich", "York"])
    pc = "%s%s %s%s" % (up(R.choice([1, 2])), n(1, 19), R.randint(1, 9), up(2))
    unit = R.choice(["Flat 3", "Flat 12B", "3rd Floor", "Unit 4", "Second Floor"])
    country = R.choice(["United Kingdom", "UK", "England", "Great Britain"])
    shape = R.randrange(4)
    if shape == 0:
        return [[unit, street], ["%s %s" % (city, pc)], [country]]
    if shape == 1:
        return [[street], [city], [pc], [country]]
    if shape == 2:
        return [["%s %s" % (pc, city), street]]
    return [[street, unit], ["%s %s" % (city, pc)]]


def de():
    street = "%s %s" % (R.choice(["Lindenallee", "Hauptstraße", "Bahnhofstr.", "Gartenweg",
                                  "Schillerplatz", "Am Mühlbach", "Berliner Straße"]), n(1, 140))
    city = R.choice(["Berlin", "München", "Köln", "Hamburg", "Leipzig", "Freiburg im Breisgau",
                     "Frankfurt am Main"])
    pc = digits(5)
    country = R.choice(["Deutschland", "Germany", "DEUTSCHLAND"])
    shape = R.randrange(6)
    if shape == 0:
        return [[street], ["%s %s" % (pc, city)], [country]]
    if shape == 1:
        return [[street, "D-%s %s" % (pc, city)]]
    if shape == 2:
        return [["%s %s" % (pc, city), street]]
    if shape == 3:
        return [[street, R.choice(["3. OG links", "2. Stock rechts", "Hinterhaus",
                                   "Erdgeschoss"]), "%s %s" % (pc, city)]]
    if shape == 4:
        return [["Postfach %s %s %s" % (digits(2), digits(2), digits(2))],
                ["%s %s" % (pc, city)]]
    return [[street], ["%s %s" % (pc, city)], [country]]


def at():
    street = "%s %s/%s" % (R.choice(["Mariahilfer Straße", "Landstraßer Hauptstraße",
                                     "Gumpendorfer Straße", "Favoritenstraße"]),
                           n(1, 120), n(1, 30))
    pc, city = R.choice([("1060", "Wien"), ("1030", "Wien"), ("8010", "Graz"),
                         ("5020", "Salzburg"), ("4020", "Linz")])
    country = R.choice(["Österreich", "Austria"])
    if R.random() < 0.5:
        return [[street, "A-%s %s" % (pc, city), country]]
    return [[street], ["%s %s" % (pc, city)], [country]]


def ch():
    street = "%s %s" % (R.choice(["Bahnhofstrasse", "Limmatquai", "Seefeldstrasse",
                                  "Rue du Rhône", "Route de Lausanne"]), n(1, 120))
    pc, city = R.choice([("8001", "Zürich"), ("3011", "Bern"), ("1204", "Genève"),
                         ("4051", "Basel"), ("6003", "Luzern")])
    country = R.choice(["Schweiz", "Switzerland", "Suisse"])
    shape = R.randrange(3)
    if shape == 0:
        return [[street, "CH-%s %s" % (pc, city)]]
    if shape == 1:
        return [[street], ["%s %s" % (pc, city)], [country]]
    return [["Postfach", "%s %s" % (pc, city)]]


def fr():
    street = "%s %s %s" % (n(1, 160), R.choice(["rue", "avenue", "boulevard", "place", "quai"]),
                           R.choice(["d'Orsel", "de la Paix", "Victor Hugo", "des Lilas",
                                     "du Général Leclerc", "Saint-Antoine"]))
    pc, city = R.choice([("75018", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"),
                         ("31000", "Toulouse"), ("13090", "Aix-en-Provence"),
                         ("44000", "Nantes")])
    country = R.choice(["France", "FRANCE"])
    shape = R.randrange(6)
    if shape == 0:
        return [[street], ["%s %s" % (pc, city)], [country]]
    if shape == 1:
        return [["%s %s" % (pc, city), street]]
    if shape == 2:
        return [[street, R.choice(["bât. A", "Bât. B, 3e étage", "escalier C", "appt 12"]),
                 "%s %s" % (pc, city)]]
    if shape == 3:
        return [["BP %s" % n(1, 400)], ["%s %s Cedex %s" % (pc, city, R.choice(["01", "02", "9"]))]]
    if shape == 4:
        return [[street, "%s %s Cedex" % (pc, city)]]
    return [[street, "%s %s" % (pc, city.upper()), country]]


def be():
    street = R.choice(["Rue Neuve %s" % n(), "Meir %s bus %s" % (n(), n(1, 20)),
                       "Avenue Louise %s" % n(), "Kerkstraat %s" % n()])
    pc, city = R.choice([("1000", "Bruxelles"), ("2000", "Antwerpen"), ("9000", "Gent"),
                         ("4000", "Liège")])
    country = R.choice(["Belgique", "België", "Belgium"])
    if R.random() < 0.5:
        return [[street, "B-%s %s" % (pc, city)]]
    return [[street], ["%s %s" % (pc, city)], [country]]


def lu():
    street = "%s %s" % (n(1, 90), R.choice(["rue de la Gare", "boulevard Royal",
                                             "avenue de la Liberté"]))
    city = R.choice(["Luxembourg", "Esch-sur-Alzette", "Differdange"])
    return [[street, "L-%s %s" % (digits(4), city)]] if R.random() < 0.6 else \
        [[street], ["L-%s %s" % (digits(4), city)], ["Luxembourg"]]


def nl():
    street = "%s %s%s" % (R.choice(["Keizersgracht", "Prinsengracht", "Stationsweg",
                                    "Oude Gracht", "Lindenlaan", "Kerkstraat"]), n(),
                          R.choice(["", "", "-III", " hs", " A", "-2", " bis"]))
    pc = "%s %s" % (R.randint(1000, 9999), up(2))
    city = R.choice(["Amsterdam", "Utrecht", "Den Haag", "Groningen", "Leiden"])
    country = R.choice(["Nederland", "The Netherlands", "Netherlands"])
    shape = R.randrange(4)
    if shape == 0:
        return [[street], ["%s %s" % (pc, city)], [country]]
    if shape == 1:
        return [[street, "%s %s" % (pc, city)]]
    if shape == 2:
        return [["%s %s" % (pc, city), street]]
    return [["Postbus %s" % n(1, 9999)], ["%s %s" % (pc, city)]]


def es():
    street = "%s %s" % (R.choice(["Calle Mayor", "C/ Alcalá", "Avenida de la Constitución",
                                  "Calle de Serrano", "Paseo de Gracia"]), n())
    pc, city, prov = R.choice([("28013", "Madrid", "Madrid"), ("08007", "Barcelona", "Barcelona"),
                               ("41001", "Sevilla", "Sevilla"), ("46002", "Valencia", "Valencia")])
    country = R.choice(["España", "Spain", "ESPAÑA"])
    shape = R.randrange(4)
    if shape == 0:
        return [[street, R.choice(["2º B", "3º izda.", "1º dcha.", "bajo"]),
                 "%s %s" % (pc, city)], [country]]
    if shape == 1:
        return [["%s %s" % (pc, city), street]]
    if shape == 2:
        return [[street], ["%s %s (%s)" % (pc, city, prov)], [country]]
    return [["Apartado de Correos %s" % n(1, 999)], ["%s %s" % (pc, city)]]


def it():
    street = "%s %s" % (R.choice(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele",
                                  "Piazza della Repubblica", "Viale dei Mille"]), n())
    pc, city, pr = R.choice([("00184", "Roma", "RM"), ("20121", "Milano", "MI"),
                             ("50122", "Firenze", "FI"), ("80133", "Napoli", "NA"),
                             ("10121", "Torino", "TO")])
    country = R.choice(["Italia", "Italy", "ITALIA"])
    shape = R.randrange(4)
    if shape == 0:
        return [[street, "%s %s %s" % (pc, city, pr), country]]
    if shape == 1:
        return [[street, R.choice(["int. 5", "scala B", "interno 7"]),
                 "%s %s (%s)" % (pc, city, pr)]]
    if shape == 2:
        return [[street], ["%s %s (%s)" % (pc, city, pr)], [country]]
    return [["Casella Postale %s" % n(1, 999)], ["%s %s" % (pc, city)]]


MAKERS = {"us": us, "uk": uk, "de": de, "at": at, "ch": ch, "fr": fr, "be": be, "lu": lu,
          "nl": nl, "es": es, "it": it}
LANG = {"us": "en", "uk": "en", "de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr",
        "lu": "fr", "nl": "nl", "es": "es", "it": "it"}

# {A}: the block on one line (parts joined by ", "); {B}: the block over several lines; {P}: a
# person before it.
CTX = {
    "en": ["Please ship the replacement to {A}.", "Address: {A}", "My new address is {A}, from "
           "Monday on.", "{P}\n{B}\nTel. 0170 0000000", "Invoice address:\n{P}\n{B}\n\nThanks!",
           "{\"name\": \"{P}\", \"address\": \"{A}\"}", "Can you send the contract to {A}? "
                                                        "I moved last month."],
    "de": ["Bitte an folgende Adresse schicken: {A}.", "Anschrift: {A}", "Lieferadresse:\n{P}\n{B}",
           "Ich wohne jetzt in {A}, seit März.", "{P}\n{B}\n\nMit freundlichen Grüßen"],
    "fr": ["Merci d'envoyer le colis à {A}.", "Adresse : {A}", "Adresse de livraison :\n{P}\n{B}",
           "J'habite au {A} depuis juin.", "{P}\n{B}\n\nCordialement"],
    "nl": ["Stuur het pakket naar {A}.", "Adres: {A}", "Afleveradres:\n{P}\n{B}",
           "Ik woon sinds kort op {A}.", "{P}\n{B}\n\nMet vriendelijke groet"],
    "es": ["Envíe el paquete a {A}.", "Dirección: {A}", "Dirección de envío:\n{P}\n{B}",
           "Vivo en {A} desde enero.", "{P}\n{B}\n\nSaludos"],
    "it": ["Spedite il pacco a {A}.", "Indirizzo: {A}", "Indirizzo di consegna:\n{P}\n{B}",
           "Abito in {A} da aprile.", "{P}\n{B}\n\nCordiali saluti"],
}

# Look-alikes: not an address.
NEG = [
    "Order {N} was shipped on time.", "We have 5 Berlin offices and {N} staff.",
    "I keep getting the {N} error after the update.", "The Paris 2024 games were great.",
    "Write a haiku about Lisbon in spring.", "The conference takes place in Berlin, Germany.",
    "Our team moved from London to Amsterdam last year.", "Ticket #{N}: Madrid build is red.",
    "Set the port to {N} and restart.", "Upgrade to version 10.{N} before Friday.",
    "Invoice {N} for Zürich, Switzerland is attached.", "Flight LH {N} to München lands at 9.",
    "The Rome, Italy trip costs 1200 EUR.", "Room 4B, 3rd floor, is booked for the review.",
    "PR {N} touches 12 files in src/Paris.", "Lyon 2, Marseille 1 last night.",
]


def block(parts, multiline):
    return ("\n" if multiline else ", ").join(", ".join(line) for line in parts)


records = []


def add(text_parts, loc, cls):
    append_record(records, *assemble(text_parts), loc, cls)


def fill(tmpl, country):
    parts, rest = [], tmpl
    made = MAKERS[country]()
    while rest:
        k = min([rest.find(x) for x in ("{A}", "{B}", "{P}") if rest.find(x) >= 0] or [-1])
        if k < 0:
            parts.append(rest)
            break
        parts.append(rest[:k])
        tag = rest[k:k + 3]
        rest = rest[k + 3:]
        if tag == "{P}":
            parts.append(("PERSON", person()))
        else:
            parts.append(("STREET_ADDRESS", block(made, tag == "{B}")))
    add(parts, country, "address")


for country in MAKERS:
    for rep in range(4):
        for t in CTX[LANG[country]]:
            fill(t, country)

# The same blocks as the fields of a form, a JSON object or a CSV row (written in a second pass,
# after the first round of changes): the street, postcode, town and country each a field of its
# own, and the gold span over all of them, field names included (one block, as a reader sees it).
FIELDS = [("Hauptstraße 5", "10115", "Berlin", "Deutschland"),
          ("12 Albion Road", "LS6 2AB", "Leeds", "United Kingdom"),
          ("42 Maple Street", "62704", "Springfield", "USA"),
          ("5 rue des Lilas", "69002", "Lyon", "France"),
          ("Keizersgracht 88", "1015 CS", "Amsterdam", "Nederland"),
          ("Calle Mayor 7", "28013", "Madrid", "España"),
          ("Via Garibaldi 12", "20121", "Milano", "Italia"),
          ("Bahnhofstrasse 3", "8001", "Zürich", "Schweiz")]
FORM_KEYS = [("Street", "Postcode", "City", "Country"), ("Straße", "PLZ", "Ort", "Land"),
             ("Address", "ZIP", "City", "Country"), ("Adresse", "Code postal", "Ville", "Pays")]
for rep in range(2):
    for st, pc, city, ctry in FIELDS:
        ks, kz, kc, kk = R.choice(FORM_KEYS)
        block = "%s\n%s: %s\n%s: %s\n%s: %s" % (st, kz, pc, kc, city, kk, ctry)
        add(["Customer record\nName: ", ("PERSON", person()), "\n%s: " % ks,
             ("STREET_ADDRESS", block), "\nPhone: on file"], "form", "address")
        jk = R.choice([("street", "zip", "city", "country"), ("address", "postalCode", "city", "country"),
                       ("strasse", "plz", "ort", "land")])
        block = '%s", "%s": "%s", "%s": "%s", "%s": "%s' % (st, jk[1], pc, jk[2], city, jk[3], ctry)
        add(['{"name": "', ("PERSON", person()), '", "%s": "' % jk[0], ("STREET_ADDRESS", block),
             '", "tier": "gold"}'], "json", "address")
        sep = R.choice([",", ";", "\t"])
        add(["name%sstreet%szip%scity\n" % (sep, sep, sep), ("PERSON", person()), sep,
             ("STREET_ADDRESS", sep.join([st, pc, city])), "\n"], "csv", "address")
for rep in range(3):
    for t in NEG:
        k = t.find("{N}")
        if k >= 0:
            t = t.replace("{N}", digits(R.choice([4, 5])), 1)
        add([("NEG_ADDR", t.rstrip("."))] + (["."] if t.endswith(".") else []), "en", "negative")

write_json(records)
