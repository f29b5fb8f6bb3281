#!/usr/bin/env python3
"""gen_dob_addr.py: a tune set for DATE_OF_BIRTH and STREET_ADDRESS alone (issue 15).

Written from a list of the forms people write, not from what hush's recognisers know:
- dates of birth in every common written form (ISO, d.m.yyyy, dd/mm/yy, mm/dd/yyyy, yyyy/mm/dd,
  "4th of March 1987", "March 4th, 1987", "04-Mar-1987", "4 Mar 87", month names and their
  abbreviations in en/de/fr/nl/es/it, "1er", "1º", "4. März", "le 4 mars 1987", a weekday before
  the date, two-digit years), after birth words in the six languages and in several positions:
  a label before it, "born on", "date of birth is", "DOB -", a table or CSV column, JSON keys
  ("dob", "birthDate", "date_of_birth", "geburtsdatum"), the birth word after the date, a name or
  a place between the word and the date, a line break, no-break spaces;
- street addresses in US, UK, IE, CA, AU, DE, AT, CH, FR, BE, NL, ES, IT and MX shapes: unit,
  apartment, suite and floor parts before and after, "c/o", PO boxes, building names, postal
  blocks over several lines, ZIP+4, UK postcodes and Eircodes, "Str." abbreviations, "1st Ave",
  "N Main St", house numbers with letters or ranges ("12a", "12-14", "12 bis"), rural routes.
  The gold span runs from the first line of the address (a building name or unit line included)
  to its postcode and town; the recipient is a PERSON span, the country line is left out.
  An office address in a company signature is labelled STREET_ADDRESS too: it is where a named
  person can be found, presidio-research labels such addresses, and nothing in the text tells a
  company's door from a home's.

Not PII, labelled NEG_DATE and NEG_ADDR: release and version dates, "founded 1987", meeting,
invoice, issue and expiry dates (some right after a date of birth, as on a passport), example
dates in a field's documentation, and numbered things that look like a street ("Windows 11 Home",
"Highway 61 Revisited", "Terminal 5").

Labels in presidio-research's JSON shape with code-point offsets. Deterministic (fixed seed), no
input: python3 gen_dob_addr.py > data/dob_addr_tune.json
"""
import random
import re

from gen_common import MONTHS, WEEKDAYS, append_record, assemble, ordinal_en, random_ymd, write_json

R = random.Random(2215)
NBSP, NNBSP = "\u00a0", "\u202f"

GIVEN = ["Thalmira", "Brevan", "Quillon", "Sadrine", "Korvel", "Ysolde", "Fendrick", "Maelis",
         "Dorvan", "Lisbeth", "Tarquin", "Elowen", "Gismar", "Renske", "Aurelio", "Nerissa"]
SURNAME = ["Vantreck", "Holmquist", "Oberlander", "Dufresnay", "Kerkhoven", "Albarrán",
           "Castellucci", "Pemberton", "Wainscott", "Grünhagen", "Lefebvrier", "Van Dalsum"]


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


# ---- dates --------------------------------------------------------------------------------------
ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.",
           "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.",
           "dic."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}


def numeric_date(y, m, d):
    yy = "%02d" % (y % 100)
    return R.choice([
        "%04d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y),
        "%02d/%02d/%s" % (d, m, yy), "%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y),
        "%04d/%02d/%02d" % (y, m, d), "%02d-%02d-%04d" % (d, m, y), "%d.%d.%s" % (d, m, yy),
        "%02d/%02d/%04d" % (d, m, y), "%04d.%02d.%02d" % (y, m, d), "%d-%d-%s" % (m, d, yy),
        "%02d. %02d. %04d" % (d, m, y),
    ])


def spelled_date(lg, y, m, d, sp=" "):
    mn, ab = MONTHS[lg][m - 1], ABBR[lg][m - 1]
    wd = WEEKDAYS[lg][R.randrange(7)]
    yy = "%02d" % (y % 100)
    forms = {
        "en": [f"{ordinal_en(d)} of {mn} {y}", f"{mn} {ordinal_en(d)}, {y}", f"{mn} {d}, {y}",
               f"{d} {mn} {y}", f"%02d-{ab}-{y}" % d, f"{d} {ab} {yy}", f"{ab} {d} {y}",
               f"{ab}. {d}, {y}", f"{wd}, {mn} {d}, {y}", f"{wd} {d} {mn} {y}",
               f"{ordinal_en(d)} {mn} {y}", f"{d}-{ab}-{yy}", f"{mn.upper()} {d}, {y}",
               f"{ab}-%02d-{y}" % d],
        "de": [f"{d}. {mn} {y}", f"{d}. {ab} {y}", f"{wd}, {d}. {mn} {y}", f"{d}. {mn} {yy}",
               f"%02d. {mn} {y}" % d, f"{d} {mn} {y}"],
        "fr": [f"{'1er' if d == 1 else d} {mn} {y}", f"{wd} {d} {mn} {y}",
               f"{d} {ab} {y}", f"1er {mn} {y}", f"{d} {mn.capitalize()} {y}"],
        "nl": [f"{d} {mn} {y}", f"{d} {ab} {y}", f"{wd} {d} {mn} {y}", f"{d} {mn.capitalize()} {y}",
               f"{d}-{ab}-{y}"],
        "es": [f"{d} de {mn} de {y}", f"1º de {mn} de {y}", f"{d} {ab} {y}", f"{wd}, {d} de {mn} de {y}",
               f"{d} de {mn.capitalize()} de {y}", f"{d}/{ab}/{y}", f"{d} de {mn} del {y}"],
        "it": [f"{d} {mn} {y}", f"1º {mn} {y}", f"{d} {ab} {y}", f"{wd} {d} {mn} {y}",
               f"{d} {mn.capitalize()} {y}", f"{d} {mn} del {y}"],
    }[lg]
    return R.choice(forms).replace(" ", sp)


def a_date(lg, lo=1932, hi=2008, sp=" "):
    y, m, d = random_ymd(R, lo, hi)
    return spelled_date(lg, y, m, d, sp) if R.random() < 0.55 else numeric_date(y, m, d)


# Birth contexts: {D} the date of birth, {P} a person, {X} a date that is not one.
DOB_CTX = {
    "en": ["Date of birth: {D}", "DOB: {D}", "DOB - {D}", "D.O.B. {D}", "born on {D}",
           "Patient was born {D} in Leeds.", "Her date of birth is {D}.", "{P}, born {D}, called again.",
           "{D} (date of birth)", "{D} is my date of birth, please update the record.",
           "Birth date\n{D}", "DOB:\n  {D}", "Date of Birth:" + NBSP + "{D}", "Birthday: {D}",
           "The date of birth of {P} is {D}.", "dob {D}", "I was born on the {D}.",
           "Born: {D}\nDied: {X}", "Date of birth: {D}\nDate of issue: {X}\nDate of expiry: {X}",
           "{P} (born {D}) joined in {X}.", "birthdate={D}", "Name: {P}\nBorn\t{D}",
           "My son was born {D} at 3 lbs.", "DOB {D}; last visit {X}",
           "On {D}, {P} was born in Leeds."],
    "de": ["Geburtsdatum: {D}", "geboren am {D}", "geb. {D}", "Geb.-Datum: {D}",
           "{P}, geb. am {D} in Köln", "geboren in Hamburg am {D}", "Geburtstag: {D}",
           "{P} (geb. {D})", "{D} (Geburtsdatum)", "Geburtsdatum\n{D}", "Geburtsdatum:" + NBSP + "{D}",
           "Ich bin am {D} geboren.", "Geburtsdatum: {D}\nAusstellungsdatum: {X}",
           "Am {D} wurde {P} in Köln geboren."],
    "fr": ["Date de naissance" + NBSP + ": {D}", "né le {D}", "née le {D} à Lyon", "né(e) le {D}",
           "Né le : {D}", "Date de naissance : le {D}", "{P}, née le {D}", "Date de naissance : {D}", "date de naissance" + NNBSP + ": {D}", "Je suis né le {D}.",
           "{D} (date de naissance)", "Naissance : {D}\nDate de délivrance : {X}",
           "Le {D} est née {P} à Lyon."],
    "nl": ["Geboortedatum: {D}", "geboren op {D}", "geb. {D}", "{P}, geboren {D}",
           "Geboortedatum\n{D}", "Ik ben geboren op {D}.", "geboortedatum {D}",
           "{P} (geboren {D}) woont in Utrecht.", "Geboortedatum: {D}\nDatum afgifte: {X}",
           "Op {D} werd {P} geboren."],
    "es": ["Fecha de nacimiento: {D}", "nacido el {D}", "nacida el {D} en Sevilla",
           "F. nacimiento: {D}", "Fecha nac.: {D}", "{P}, nacida el {D}", "Nací el {D}.",
           "Fecha de nacimiento\n{D}", "{D} (fecha de nacimiento)",
           "Fecha de nacimiento: {D}\nFecha de expedición: {X}", "El {D} nació {P}."],
    "it": ["Data di nascita: {D}", "nato il {D}", "nata il {D}", "nato a Roma il {D}",
           "{P}, nata a Bari il {D}", "data nascita {D}", "Sono nato il {D}.",
           "Data di nascita\n{D}", "{D} (data di nascita)", "Data di nascita: {D}\nData di rilascio: {X}",
           "Il {D} a Roma è nata {P}."],
}
DOB_TABLES = [
    "name,dob,city\n{P},{D},Leeds\n{P},{D},York",
    "Name | Date of Birth | City\n--- | --- | ---\n{P} | {D} | Bristol",
    "Name\tGeburtsdatum\tOrt\n{P}\t{D}\tBonn",
    "nom;date_naissance;ville\n{P};{D};Nantes",
    "id,full_name,birth_date\n17,{P},{D}",
    '{"name": "{P}", "dob": "{D}"}',
    '{"patient": {"fullName": "{P}", "birthDate": "{D}"}}',
    '{"date_of_birth": "{D}", "email_verified": true}',
    '{"geburtsdatum": "{D}", "ort": "Kiel"}',
    '{"fecha_nacimiento": "{D}"}',
    '{"dateOfBirth": "{D}", "createdAt": "{X}"}',
    "dob: {D}\nsignup_date: {X}",
    "<birthDate>{D}</birthDate>",
]
NEG_DATES = [
    "Released on {X}.", "v2.3.1 ({X})", "Founded in 1987, the company now employs 400 people.",
    "The firm was founded on {X}.", "The meeting is on {X} at 10:00.", "Invoice date: {X}",
    "Last modified: {X}", "Deadline: {X}", "Valid until {X}", "Expiry date: {X}",
    "## [4.2.0] - {X}", "Next review: {X}", "The office is closed on {X}.",
    "Delivery expected {X}.", "Copyright 1987-2024", "Order placed {X}, shipped {X}.",
    "Format of the birth date field: YYYY-MM-DD", "Created: {X}\nUpdated: {X}",
    "On {X} the project was born.", "On {X}, Kubernetes was born as an internal tool.",
]


# ---- addresses ----------------------------------------------------------------------------------
def num(lo=1, hi=2999):
    return str(R.randint(lo, hi))


def house(style="en"):
    n = num(1, 300)
    r = R.random()
    if r < 0.1:
        return n + R.choice("ab")
    if r < 0.16:
        return "%s-%d" % (n, int(n) + 2)
    if r < 0.2 and style == "fr":
        return n + R.choice([" bis", " ter"])
    return n


US_STREETS = ["Maple", "Oak", "Cedar", "Lincoln", "Washington", "Lakeview", "Hillcrest",
              "Sycamore", "Elm", "Jefferson", "Willow Creek", "Madison"]
US_TYPES = ["St", "St.", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln",
            "Lane", "Way", "Ct", "Court", "Pl", "Terrace", "Pkwy", "Circle"]
US_CITIES = [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Dayton", "OH"),
             ("Boise", "ID"), ("Albany", "NY"), ("Tucson", "AZ"), ("Raleigh", "NC")]


def zip_us():
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


def addr_us():
    c, st = R.choice(US_CITIES)
    street = R.choice([
        f"{num()} {R.choice(US_STREETS)} {R.choice(US_TYPES)}",
        f"{num()} {R.choice('NSEW')} {R.choice(US_STREETS)} {R.choice(US_TYPES)}",
        f"{num()} {R.choice(['1st', '2nd', '3rd', '5th', '14th', '42nd'])} {R.choice(['Ave', 'Street', 'St'])}",
        f"{num()} W {R.choice(['45th', '72nd', '3rd'])} St",
        f"{num()} {R.choice(US_STREETS)} {R.choice(US_TYPES)} {R.choice(['NW', 'SE', 'NE'])}",
    ])
    unit = R.choice(["", "", f", Apt {num(1, 40)}{R.choice('ABC')}", f", Suite {num(100, 900)}",
                     f" #{num(1, 99)}", f", Unit {num(1, 30)}", f" Apt. {num(1, 500)}"])
    tail = f"{c}, {st} {zip_us()}"
    r = R.random()
    if r < 0.12:
        return f"P.O. Box {num(1, 9999)}, {tail}"
    if r < 0.2:
        return f"{R.choice(['RR', 'Rural Route'])} {num(1, 9)} Box {num(1, 300)}, {tail}"
    if r < 0.3:
        return f"{street}{unit}\n{tail}"
    if r < 0.38:
        return f"{R.choice(['Apt', 'Suite', 'Unit'])} {num(1, 400)}, {street}, {tail}"
    return f"{street}{unit}, {tail}"


UK_STREETS = ["Baker Street", "High Street", "Church Lane", "Station Road", "Mill Road",
              "Victoria Avenue", "Kingsway", "Park Crescent", "The Green", "Queens Gardens",
              "Orchard Close", "Albert Terrace", "Hill Rise", "London Road"]
UK_TOWNS = ["London", "Leeds", "York", "Bath", "Norwich", "Cardiff", "Exeter", "Derby"]


def pc_uk():
    a = R.choice(["SW1A", "NW1", "M1", "B33", "LS6", "EC1V", "CR2", "YO10", "BS8", "NR21"])
    return f"{a} {R.randint(0, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def addr_uk():
    st, town = R.choice(UK_STREETS), R.choice(UK_TOWNS)
    r = R.random()
    if r < 0.15:
        return f"Flat {num(1, 30)}, {house()} {st}, {town} {pc_uk()}"
    if r < 0.27:
        return f"{R.choice(['Rose Cottage', 'The Old Rectory', 'Ivy House', 'Willow Barn'])}, {st}, {town} {pc_uk()}"
    if r < 0.37:
        return f"{house()} {st}\n{town}\n{pc_uk()}"
    if r < 0.45:
        return f"{R.choice(['Unit', 'Flat'])} {num(1, 9)}{R.choice('AB')}, {R.choice(['Riverside House', 'Kings Court', 'Mercer Building'])}, {house()} {st}, {town} {pc_uk()}"
    if r < 0.52:
        return f"PO Box {num(1, 999)}, {town} {pc_uk()}"
    return f"{house()} {st}, {town} {pc_uk()}"


def addr_ie():
    st = R.choice(["Main Street", "Shop Street", "Patrick Street", "Church Road", "Strand Road"])
    town = R.choice([("Ballina", "Co. Mayo", "F26"), ("Galway", "Co. Galway", "H91"),
                     ("Cork", "Co. Cork", "T12"), ("Dublin 4", "", "D04")])
    ec = f"{town[2]} {R.choice('ACDEFHKNPRTVWXY')}{R.randint(0, 9)}{R.choice('ACDEFHKNPRTVWXY')}{R.randint(0, 9)}"
    county = f", {town[1]}" if town[1] else ""
    if R.random() < 0.3:
        return f"Apartment {num(1, 60)}, {house()} {st}\n{town[0]}{county}\n{ec}"
    return f"{house()} {st}, {town[0]}{county}, {ec}"


def addr_ca():
    pc = f"{R.choice('KLMHTVJ')}{R.randint(1, 9)}{R.choice('ABCEGHJ')} {R.randint(1, 9)}{R.choice('ABCEGHJ')}{R.randint(1, 9)}"
    return R.choice([
        f"{num()} King St W, Suite {num(100, 900)}, Toronto, ON {pc}",
        f"{num()} rue Sainte-Catherine O, Montréal, QC {pc}",
        f"{num()} Main Street, Unit {num(1, 40)}, Winnipeg, MB {pc}",
        f"{num(1, 40)}-{num()} {R.choice(['Robson St', 'Granville Street', 'Yonge St'])}, Vancouver, BC {pc}",
    ])


def addr_au():
    st = f"{R.choice(['Smith', 'George', 'Elizabeth', 'Chapel', 'Bridge'])} {R.choice(['St', 'Street', 'Rd', 'Parade', 'Avenue'])}"
    sub = R.choice([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006"),
                    ("Glenelg", "SA", "5045")])
    return R.choice([
        f"Unit {num(1, 20)}, {num(1, 200)} {st}, {sub[0]} {sub[1]} {sub[2]}",
        f"{num(1, 20)}/{num(1, 200)} {st}, {sub[0]} {sub[1]} {sub[2]}",
        f"{num(1, 200)} {st}\n{sub[0]} {sub[1]} {sub[2]}",
        f"Level {num(1, 30)}, {num(1, 200)} {st}, {sub[0]} {sub[1]} {sub[2]}",
    ])


DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Gartenweg", "Schillerstr.",
              "Berliner Straße", "Am Markt", "Kirchgasse", "Goethestraße", "Hauptstr.",
              "Rosenweg", "Münchner Str.", "Königsallee", "Im Winkel"]


def addr_de():
    st, hn = R.choice(DE_STREETS), house("de")
    town = R.choice(["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig"])
    r = R.random()
    if r < 0.12:
        return f"c/o {person()}, {st} {hn}, {town}"
    if r < 0.22:
        return f"{st} {hn}\n{town}"
    if r < 0.3:
        return f"Postfach {num(100, 9999)}, {town}"
    if r < 0.4:
        return f"{st} {hn}, {R.choice(['2. OG', 'Hinterhaus', '3. Etage', 'App. 12', 'Wohnung 4'])}, {town}"
    return f"{st} {hn}, {town}"


def addr_at():
    st = R.choice(["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Burggasse"])
    town = R.choice(["1060 Wien", "8010 Graz", "4020 Linz", "A-6020 Innsbruck"])
    return R.choice([
        f"{st} {num(1, 200)}/{num(1, 9)}/{num(1, 30)}, {town}",
        f"{st} {num(1, 200)}, Stiege {num(1, 4)}, Top {num(1, 20)}, {town}",
        f"{st} {num(1, 200)}\n{town}",
    ])


def addr_ch():
    return R.choice([
        f"Bahnhofstrasse {num(1, 120)}, {R.choice(['8001 Zürich', 'CH-3011 Bern', '4051 Basel'])}",
        f"Rue du Rhône {num(1, 120)}, 1204 Genève",
        f"Via Nassa {num(1, 60)}, 6900 Lugano",
        f"Postfach, {R.choice(['8021 Zürich', '3001 Bern'])}",
        f"Seefeldstr. {num(1, 200)}\n8008 Zürich",
    ])


FR_TYPES = ["rue", "avenue", "boulevard", "allée", "impasse", "place", "chemin", "quai"]
FR_NAMES = ["de la Paix", "Victor Hugo", "des Lilas", "du Moulin", "Jean Jaurès", "de Verdun",
            "Saint-Michel", "des Écoles"]


def addr_fr():
    st = f"{house('fr')} {R.choice(FR_TYPES)} {R.choice(FR_NAMES)}"
    town = R.choice(["75002 Paris", "69001 Lyon", "13001 Marseille", "31000 Toulouse", "44000 Nantes"])
    r = R.random()
    if r < 0.12:
        return f"Bât. {R.choice('ABC')}, {R.randint(2, 6)}e étage, {st}, {town}"
    if r < 0.22:
        return f"{st}\n{town}"
    if r < 0.3:
        return f"BP {num(1, 999)}, {town} CEDEX"
    if r < 0.36:
        return f"Résidence Les Tilleuls, appt {num(1, 80)}, {st}, {town}"
    if r < 0.42:
        return f"{st.upper()}\n{town.upper()}"
    return f"{st}, {town}"


def addr_be():
    return R.choice([
        f"Rue de la Loi {num(1, 200)}, 1000 Bruxelles",
        f"Meir {num(1, 120)} bus {num(1, 20)}, 2000 Antwerpen",
        f"Kerkstraat {house()}, 9000 Gent",
        f"Avenue Louise {num(1, 500)}, boîte {num(1, 40)}, 1050 Ixelles",
        f"Chaussée de Waterloo {num(1, 900)}\n1180 Uccle",
    ])


def addr_nl():
    pc = f"{R.randint(1000, 9999)} {R.choice('ABCDEGHJKLMNPRSTVWXZ')}{R.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    st = R.choice(["Keizersgracht", "Kerkstraat", "Dorpsstraat", "Lange Voorhout", "Oudegracht",
                   "Stationsweg", "Molenlaan", "Laan van Meerdervoort"])
    town = R.choice(["Amsterdam", "Utrecht", "Den Haag", "Groningen", "Zwolle"])
    r = R.random()
    if r < 0.15:
        return f"{st} {num(1, 300)}-{R.choice(['I', 'II', 'III', 'hs', 'bis'])}, {pc} {town}"
    if r < 0.25:
        return f"Postbus {num(1, 9999)}, {pc} {town}"
    if r < 0.4:
        return f"{st} {num(1, 300)}{R.choice(['', 'a', 'b', ' A'])}\n{pc} {town.upper()}"
    return f"{st} {num(1, 300)}, {pc} {town}"


def addr_es():
    pc = "%05d" % R.randint(1001, 52080)
    town = R.choice(["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza"])
    st = R.choice(["Calle Mayor", "C/ Alcalá", "Avda. de la Constitución", "Calle de Goya",
                   "Paseo de Gracia", "Plaza de España", "Avenida del Puerto", "Ronda de Toledo"])
    r = R.random()
    if r < 0.25:
        return f"{st}, {num(1, 200)}, {R.randint(1, 8)}º {R.choice(['A', 'B', 'izda.', 'dcha.'])}, {pc} {town}"
    if r < 0.35:
        return f"Apartado de Correos {num(1, 9999)}, {pc} {town}"
    if r < 0.45:
        return f"{st} {num(1, 200)}, bajo\n{pc} {town}"
    return f"{st} {num(1, 200)}, {pc} {town}"


def addr_it():
    st = R.choice(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza San Marco",
                   "Viale Monza", "Via dei Mille", "Largo Argentina", "Vicolo del Pozzo"])
    town = R.choice([("00184", "Roma", "RM"), ("10121", "Torino", "TO"), ("20121", "Milano", "MI"),
                     ("80133", "Napoli", "NA")])
    r = R.random()
    if r < 0.2:
        return f"{st} {num(1, 200)}/{R.choice('ABC')}, {town[0]} {town[1]} ({town[2]})"
    if r < 0.3:
        return f"Casella Postale {num(1, 999)}, {town[0]} {town[1]}"
    if r < 0.4:
        return f"{st}, {num(1, 200)} - {town[0]} {town[1]}"
    if r < 0.5:
        return f"{st} {num(1, 200)}, scala {R.choice('ABC')}, int. {num(1, 20)}, {town[0]} {town[1]} {town[2]}"
    return f"{st} {num(1, 200)}, {town[0]} {town[1]} {town[2]}"


def addr_mx():
    cp = "%05d" % R.randint(1000, 99999)
    st = R.choice(["Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Paseo de la Reforma",
                   "Calle Hidalgo", "Av. Juárez", "Calzada de Tlalpan"])
    col = R.choice(["Col. Del Valle", "Col. Centro", "Col. Roma Norte", "Col. Polanco"])
    return R.choice([
        f"{st} {num(1, 2000)}, {col}, {cp} Ciudad de México, CDMX",
        f"{st} No. {num(1, 900)}, Int. {num(1, 20)}, {col}, C.P. {cp}, Guadalajara, Jal.",
        f"{st} {num(1, 900)}, Piso {num(1, 20)}, {col}\nC.P. {cp} Monterrey, N.L.",
        f"{st} #{num(1, 900)}, {col}, {cp} Puebla, Pue.",
    ])


ADDR = {"US": addr_us, "UK": addr_uk, "IE": addr_ie, "CA": addr_ca, "AU": addr_au, "DE": addr_de,
        "AT": addr_at, "CH": addr_ch, "FR": addr_fr, "BE": addr_be, "NL": addr_nl, "ES": addr_es,
        "IT": addr_it, "MX": addr_mx}
LANG_OF = {"US": "en", "UK": "en", "IE": "en", "CA": "en", "AU": "en", "DE": "de", "AT": "de",
           "CH": "de", "FR": "fr", "BE": "fr", "NL": "nl", "ES": "es", "IT": "it", "MX": "es"}
ADDR_CTX = {
    "en": ["Please ship it to {A}.", "Shipping address:\n{P}\n{A}\nUnited States",
           "My new address is {A}", "Billing address: {A}", "{P}\n{A}",
           "She lives at {A} with her sister.", "Send the form to:\n\n{P}\n{A}\n",
           "Address: {A} | Phone: on file", "Best regards,\n{P}\nAcme Widgets Ltd\n{A}",
           '{"name": "{P}", "address": "{A}"}', "customer,address\n{P},\"{A}\"",
           "Move-in checklist for {A}: keys, meter reading."],
    "de": ["Bitte senden Sie es an {A}.", "Lieferadresse:\n{P}\n{A}\nDeutschland",
           "Meine neue Anschrift: {A}", "{P}\n{A}", "Er wohnt in der {A}.",
           "Mit freundlichen Grüßen\n{P}\nMüller & Söhne GmbH · {A}", '{"anschrift": "{A}"}'],
    "fr": ["Merci d'envoyer le colis à {A}.", "Adresse de livraison :\n{P}\n{A}\nFrance",
           "Ma nouvelle adresse : {A}", "{P}\n{A}", "Elle habite {A}.",
           "Cordialement,\n{P}\nDupont SARL, {A}"],
    "nl": ["Stuur het naar {A}.", "Afleveradres:\n{P}\n{A}\nNederland", "Mijn nieuwe adres: {A}",
           "{P}\n{A}", "Hij woont op {A}.", "Met vriendelijke groet,\n{P}\nJansen B.V. | {A}"],
    "es": ["Envíelo a {A}.", "Dirección de envío:\n{P}\n{A}\nEspaña", "Mi nueva dirección: {A}",
           "{P}\n{A}", "Vive en {A}.", "Saludos,\n{P}\nGarcía y Asociados, {A}"],
    "it": ["Spedire a {A}.", "Indirizzo di spedizione:\n{P}\n{A}\nItalia",
           "Il mio nuovo indirizzo: {A}", "{P}\n{A}", "Abita in {A}.",
           "Cordiali saluti,\n{P}\nRossi S.r.l. - {A}"],
}
NEG_ADDR = ["Windows 11 Home", "Highway 61 Revisited", "Terminal 5", "Studio 54", "Area 51",
            "Route 66", "Apollo 11", "Python 3.12 Release", "Level 42", "Platform 9",
            "Chapter 12 Main Street", "Section 8 Housing", "Gate 12", "Building 7"]
NEG_ADDR_CTX = ["We upgraded every laptop to {N}.", "Tonight's playlist opens with {N}.",
                "The flight leaves from {N} at noon.", "Read the notes on {N} before you start.",
                "{N} is on the agenda.", "See {N} for details."]

# ---- records ------------------------------------------------------------------------------------
records = []


def fill(template, cls, loc, lg, dob=None, addr=None, neg=None, sp=" "):
    parts = []
    for n, piece in enumerate(re.split(r"\{([A-Z][0-9]?)\}", template)):
        if n % 2 == 0:
            parts.append(piece)
        elif piece == "P":
            parts.append(("PERSON", person()))
        elif piece == "D":
            parts.append(("DATE_OF_BIRTH", dob() if dob else a_date(lg, sp=sp)))
        elif piece == "X":
            parts.append(("NEG_DATE", a_date(lg, 2015, 2027)))
        elif piece == "A":
            parts.append(("STREET_ADDRESS", addr()))
        elif piece == "N":
            parts.append(("NEG_ADDR", neg))
        else:
            raise ValueError(piece)
    append_record(records, *assemble(parts), loc, cls)


for lg in ["en", "de", "fr", "nl", "es", "it"]:
    for rep in range(3):
        for t in DOB_CTX[lg]:
            fill(t, "dob", lg, lg, sp=NBSP if R.random() < 0.08 else " ")
for rep in range(2):
    for t in DOB_TABLES:
        lg = R.choice(["en", "de", "fr", "es"])
        fill(t, "dob_table", lg, lg)
for country, mk in ADDR.items():
    lg = LANG_OF[country]
    for rep in range(3):
        for t in ADDR_CTX[lg]:
            fill(t, "address", country, lg, addr=mk)
for rep in range(3):
    for t in NEG_DATES:
        lg = R.choice(["en", "de", "fr", "nl", "es", "it"])
        fill(t, "negative", lg, lg)
for n in NEG_ADDR:
    fill(R.choice(NEG_ADDR_CTX), "negative", "en", "en", neg=n)

write_json(records)
