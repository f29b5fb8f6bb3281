#!/usr/bin/env python3
"""gen_prec38.py: the place class of false PERSON findings read across the tune sets in stop 38
(branch `prec38`: names_holdout12, names_holdout11, names_holdout9, names_holdout5), in kinds of
text those sets do not hold, each beside real persons, street addresses and birth dates that
must stay masked (a filter is only good if it keeps those).

Classes (en/de/fr/nl/es/it/pt wording; real and invented names):
- `building`: the building or society name of an Indian, Singaporean or South African address
  after its unit (`Flat 204, Sai Ganesh Residency, 4th Cross Road, ...`), the whole address
  labelled STREET_ADDRESS, in a housing-society maintenance bill, a courier waybill, a gas
  connection (KYC) form, a tenant police-verification form, a ride pickup note; the resident
  (PERSON) and a birth date beside it, and a person whose name follows the flat number after
  a label (`Flat 12 – Occupant: Meera Iyer`: PERSON);
- `county`: the county of an Irish address (`Ennis, Co. Clare, V95 D9E6`) inside the labelled
  address of a GP registration, a school enrolment, a septic-tank grant and a hurling club
  form, counties that are also given names (Clare, Kerry, Down, Mayo, Laois...), beside a person
  who bears one of those names (`Kerry Fitzgerald`, `Clare Duggan`: PERSON);
- `lonetown`: a town alone after an address or residence label (`Address: Jackson`, `Wohnort:
  Regensburg`, `Domicile : Laval`, `Woonplaats: Hengelo`, `Residenza: Florence`), NEG_PLACE,
  towns named like persons, on form lines with a name, a birth date and a phone number; and a
  person after the same label on a form that puts the addressee first (`Address: Olivia
  Marsh, 14 Mill Lane, ...`: PERSON and STREET_ADDRESS).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 38)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Meera", "Siobhan", "Aoife", "Rohan", "Hannah", "Kwame", "Tadhg"],
    "de": ["Lukas", "Heike", "Florian", "Anja", "Dieter", "Miriam", "Stefan"],
    "fr": ["Clémence", "Thibault", "Manon", "Grégoire", "Océane", "Rémi", "Solène"],
    "nl": ["Floor", "Bram", "Lieke", "Ruben", "Ilse", "Daan", "Marit"],
    "es": ["Ainhoa", "Íñigo", "Rocío", "Gonzalo", "Nerea", "Ismael", "Maite"],
    "it": ["Arianna", "Tommaso", "Ludovica", "Edoardo", "Serena", "Raffaele", "Noemi"],
    "pt": ["Matilde", "Duarte", "Carolina", "Vasco", "Raquel", "Afonso", "Joana"],
}
SURNAME = {
    "en": ["Iyer", "Fitzgerald", "Nair", "Duggan", "Mensah", "Kavanagh", "Reddy"],
    "de": ["Hofbauer", "Wagner", "Scholz", "Pfeiffer", "Brenner", "Kessler", "Haas"],
    "fr": ["Fournier", "Lambert", "Faure", "Rousseau", "Blanchard", "Perrin", "Colin"],
    "nl": ["de Wit", "Jacobs", "van Leeuwen", "Meijer", "Bosman", "Verhoeven", "Prins"],
    "es": ["Iglesias", "Herrera", "Aguirre", "Cabrera", "Santana", "Rubio", "Molina"],
    "it": ["Bellini", "Caruso", "Fontana", "Marchetti", "Rinaldi", "Testa", "Villa"],
    "pt": ["Magalhães", "Correia", "Lopes", "Pinto", "Antunes", "Barros", "Tavares"],
}
# Building and society names of Indian, Singaporean, South African addresses.
BUILDINGS = ["Sai Ganesh Residency", "Shanti Kunj", "Gokul Dham", "Prestige Lakeside",
             "Sunshine Towers", "Lotus Enclave", "Green Valley Apartments", "Shree Krishna Nagar",
             "Anand Vihar", "Brigade Orchards", "Palm Grove", "Kamala Niwas", "Rose Court",
             "Vrindavan Heights", "Silver Oak Residency", "Sapthagiri Apartments"]
UNITS = ["Flat", "Flat No.", "Apt", "Unit", "Plot", "Door No.", "House No."]
ROADS = ["4th Cross Road", "2nd Main Road", "MG Road", "Link Road", "Station Road",
         "Nehru Street", "100 Feet Road", "SV Road"]
AREAS = [("Indiranagar", "Bengaluru", "5600%02d"), ("Andheri West", "Mumbai", "4000%02d"),
         ("Kothrud", "Pune", "4110%02d"), ("Velachery", "Chennai", "6000%02d"),
         ("Salt Lake", "Kolkata", "7000%02d"), ("Gachibowli", "Hyderabad", "5000%02d")]
# Irish counties that are also given names or words, and the towns in them.
COUNTIES = [("Clare", "Ennis", "V95"), ("Kerry", "Tralee", "V92"), ("Down", "Newry", "BT34"),
            ("Mayo", "Castlebar", "F23"), ("Laois", "Portlaoise", "R32"),
            ("Meath", "Navan", "C15"), ("Sligo", "Sligo", "F91"), ("Louth", "Dundalk", "A91"),
            ("Carlow", "Carlow", "R93"), ("Galway", "Tuam", "H54")]
IRISH_STREETS = ["Main Street", "Church Road", "Chapel Lane", "Ashgrove Park", "Oakfield Drive",
                 "Abbey Street", "Mill Road"]
# Towns named like persons (given names and surnames), with the form's language.
TOWNS = {
    "en": ["Jackson", "Madison", "Charlotte", "Lincoln", "Chester", "Darwin", "Austin"],
    "de": ["Regensburg", "Kempten", "Forchheim", "Marburg", "Landau", "Bamberg", "Wetzlar"],
    "fr": ["Laval", "Vienne", "Florac", "Gap", "Auch", "Millau", "Vichy"],
    "nl": ["Hengelo", "Tiel", "Weert", "Ede", "Oss", "Venlo", "Emmen"],
    "es": ["Victoria", "Teruel", "Soria", "Alba", "Mérida", "Lorca", "Elche"],
    "it": ["Florence", "Adria", "Cesena", "Rieti", "Marsala", "Lucca", "Fermo"],
    "pt": ["Beja", "Tavira", "Guarda", "Viseu", "Leiria", "Fátima", "Évora"],
}
FORM = {  # name label, address/residence label, birth label, phone label, title
    "en": ("Name", "Address", "Date of birth", "Phone", "Library card application"),
    "de": ("Name", "Wohnort", "Geburtsdatum", "Telefon", "Anmeldung Volkshochschule"),
    "fr": ("Nom", "Domicile", "Date de naissance", "Téléphone", "Inscription médiathèque"),
    "nl": ("Naam", "Woonplaats", "Geboortedatum", "Telefoon", "Aanmelding zwemles"),
    "es": ("Nombre", "Domicilio", "Fecha de nacimiento", "Teléfono", "Inscripción polideportivo"),
    "it": ("Nome", "Residenza", "Data di nascita", "Telefono", "Iscrizione biblioteca"),
    "pt": ("Nome", "Residência", "Data de nascimento", "Telefone", "Inscrição na biblioteca"),
}
STREET = {
    "en": ["{n} Mill Lane, Leicester LE2 7QD", "{n} Orchard Way, Exeter EX4 6JT"],
    "de": ["Gartenstraße {n}, 93047 Regensburg", "Bahnhofstraße {n}, 35037 Marburg"],
    "fr": ["{n} rue Victor Hugo, 53000 Laval", "{n} avenue de la Gare, 05000 Gap"],
    "nl": ["Dorpsstraat {n}, 7551 AB Hengelo", "Stationsweg {n}, 6711 PM Ede"],
    "es": ["Calle Mayor {n}, 44001 Teruel", "Avenida de Madrid {n}, 42001 Soria"],
    "it": ["Via Garibaldi {n}, 55100 Lucca", "Corso Mazzini {n}, 47521 Cesena"],
    "pt": ["Rua Direita {n}, 7800-123 Beja", "Avenida Heróis {n}, 2400-001 Leiria"],
}


def invent(lg, sur):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2))
        w += rng.choice(END[lg]) if sur else rng.choice(("a", "o", "e", "i", ""))
        if w not in LEX and len(w) >= 5:
            return w.capitalize()


def person(lg):
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.6 else invent(lg, False)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg, True)
    return g + " " + s


def dob():
    return "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004))


def phone():
    return "0%d %d %04d" % (rng.randint(10, 99), rng.randint(100, 999), rng.randint(0, 9999))


class D(Doc):
    records = records


def indian_address():
    area, city, pin = rng.choice(AREAS)
    unit = "%s %d" % (rng.choice(UNITS), rng.randint(2, 1200))
    if rng.random() < 0.3:
        unit += ", %s-Wing" % rng.choice("ABCD")
    return "%s, %s, %s, %s, %s %s" % (unit, rng.choice(BUILDINGS), rng.choice(ROADS), area,
                                      city, pin % rng.randint(1, 99))


def building(lg):
    d = D(lg, "building")
    p = person("en")
    k = rng.randrange(5)
    if k == 0:  # a housing society's maintenance bill
        d.t("MAINTENANCE BILL – Q3 2026\nMember: ").span("PERSON", p).t("\nPremises: ")
        d.span("STREET_ADDRESS", indian_address()).t("\nSinking fund 1,200.00\nDue 15/10/2026")
    elif k == 1:  # a courier waybill pasted into a chat
        d.t("can you check this waybill? consignee ").span("PERSON", p).t(" | ")
        d.span("STREET_ADDRESS", indian_address()).t(" | COD 0.00 | wt 1.2 kg")
    elif k == 2:  # a gas connection KYC form
        d.t("KYC FORM – NEW LPG CONNECTION\nApplicant: ").span("PERSON", p)
        d.t("\nDate of birth: ").span("DATE_OF_BIRTH", dob()).t("\nAddress: ")
        d.span("STREET_ADDRESS", indian_address()).t("\nID proof: Aadhaar (masked)")
    elif k == 3:  # a tenant police-verification form, the owner too
        o = person("en")
        d.t("Tenant verification\nTenant: ").span("PERSON", p).t(", born ")
        d.span("DATE_OF_BIRTH", dob()).t("\nRented premises: ")
        d.span("STREET_ADDRESS", indian_address()).t("\nOwner: ").span("PERSON", o)
    else:  # a flat number, then the occupant after a label: the occupant stays masked
        n = rng.randint(2, 900)
        d.t("Society register\nFlat %d – Occupant: " % n).span("PERSON", p)
        d.t(", tel ").span("PHONE_NUMBER", "+91 98%03d %05d" % (rng.randint(0, 999),
                                                               rng.randint(0, 99999)))
        d.t("\nFlat %d – vacant" % (n + 1))
    d.done()


def county(lg):
    d = D(lg, "county")
    c, town, ek = rng.choice(COUNTIES)
    addr = "%d %s, %s, Co. %s, %s %s%d%s" % (
        rng.randint(1, 90), rng.choice(IRISH_STREETS), town, c, ek, rng.choice("ACDEFHK"),
        rng.randint(10, 99), rng.choice("ABCDEFHK"))
    # A person named like a county (Clare, Kerry) beside the address.
    namesake = rng.choice(["Clare", "Kerry"]) + " " + rng.choice(["Duggan", "Fitzgerald",
                                                                  invent("en", True)])
    k = rng.randrange(4)
    if k == 0:  # GP registration
        d.t("GP REGISTRATION\nPatient: ").span("PERSON", namesake).t("\nDOB: ")
        d.span("DATE_OF_BIRTH", dob()).t("\nAddress: ").span("STREET_ADDRESS", addr)
    elif k == 1:  # school enrolment, the parent and the child
        d.t("Enrolment 2026/27 – pupil ").span("PERSON", person("en")).t(" (born ")
        d.span("DATE_OF_BIRTH", dob()).t("), parent ").span("PERSON", namesake)
        d.t(", ").span("STREET_ADDRESS", addr)
    elif k == 2:  # a septic-tank grant application
        d.t("Septic tank grant | applicant ").span("PERSON", person("en")).t(" | ")
        d.span("STREET_ADDRESS", addr).t(" | co-applicant ").span("PERSON", namesake)
    else:  # a hurling club registration with the county named as a team too
        d.t("Club registration: ").span("PERSON", namesake).t(", ")
        d.span("STREET_ADDRESS", addr).t(". Supports ")
        d.span("NEG_TEAM", c).t(" in the championship.")
    d.done()


def lonetown(lg):
    d = D(lg, "lonetown")
    name, res, born, tel, title = FORM[lg]
    town = rng.choice(TOWNS[lg])
    sep = rng.choice(["\n", " | ", "; "])
    k = rng.randrange(4)
    if k < 3:  # a form with a lone town after the residence label
        d.t(title + "\n" + name + ": ").span("PERSON", person(lg)).t(sep)
        if k == 0:
            d.t(res + ": ").span("NEG_PLACE", town).t(sep + born + ": ")
            d.span("DATE_OF_BIRTH", dob()).t(sep + tel + ": ").span("PHONE_NUMBER", phone())
        elif k == 1:
            d.t(born + ": ").span("DATE_OF_BIRTH", dob()).t(sep + res + ": ")
            d.span("NEG_PLACE", town)
        else:
            d.t(res.lower() + ": ").span("NEG_PLACE", town).t(sep + tel + ": ")
            d.span("PHONE_NUMBER", phone())
    else:  # the addressee first after the address label: a person, stays masked
        d.t(title + "\n" + res + ": ").span("PERSON", person(lg)).t(", ")
        d.span("STREET_ADDRESS", rng.choice(STREET[lg]).format(n=rng.randint(2, 180)))
        d.t(sep + born + ": ").span("DATE_OF_BIRTH", dob())
    d.done()


for i in range(210):
    lg = LANGS[i % 7]
    [building, building, county, lonetown, lonetown][(i // 7) % 5](lg)

write_json(records)
