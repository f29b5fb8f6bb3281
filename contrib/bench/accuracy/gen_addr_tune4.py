#!/usr/bin/env python3
"""gen_addr_tune4.py: a tune set for the address regions and block shapes no earlier set has
(issue 15, branch addr3).

Written from the task brief's list, not from hush's recognisers. The gold STREET_ADDRESS span is
the WHOLE block as a reader sees it: the c/o or company line, unit, building, street, district,
town, region or province, postcode and country, over one line or several (so bench_accuracy's
"covered" figure says how much of each block is masked). Regions and shapes:
- Ireland (Eircode, Co.), Canada (A1A 1A1 after a province, written out or abbreviated),
  Australia and New Zealand (state and 4-digit postcode, "Unit 4/12 Smith St", "Level 5, ..."),
  Portugal and Brazil ("nº", "Av.", "R.", CEP "01310-100", "- SP"), Poland and Czechia ("ul.",
  "00-950", "110 00 Praha 1"), the Nordics ("-gatan", "-gade", "-vej", "gate", "-veien", 5- and
  4-digit codes, "lgh", "2. tv."), Austria and Switzerland ("Stiege", "Tür", "Top 5", "/2/11"),
  Spain and Italy ("C/", "Avda.", "piso 3º izda.", "int. 5", "scala B", a CAP with the province in
  brackets), India (flat and building before the road, 6-digit PIN, "near", "opp."), Japan and
  Singapore romanised ("1-2-3 Shibuya", "Minato-ku", "#05-12", "Blk 123"), Latin America ("Col.",
  "C.P.", "Depto.", "Carrera 7 # 71-21"), US rural routes, PO boxes, military APO/FPO/DPO, c/o
  and company lines;
- each block in a sentence, after a label, in one line joined by " | " or " · ", in HTML with
  <br>, as a JSON object's fields (keys in en, de, fr, nl, es, it, pt), as a CSV row's cells, on
  a shipping label, in an e-mail signature.

Look-alikes, labelled NEG_ADDR, in the same shapes: a venue or an office named with no street
("our Dublin office", "the Sydney Opera House"), a city as a topic, a route between cities,
version-like and date-like numbers ("1-2-3 release", "v2-14-5"), a postcode-like product code.
Decided the other way: a company's "Suite 200" address in a press release or a signature is an
address (STREET_ADDRESS), as in dob_addr_tune.json: a named person can be found there and nothing
in the text tells a firm's door from a home's.

Labels in presidio-research's JSON shape with code-point offsets. Deterministic (fixed seed), no
input: python3 gen_addr_tune4.py > data/addr_tune4.json
"""
import random

from gen_common import append_record, assemble, write_json

R = random.Random(4415)

GIVEN = ["Oisin", "Mireille", "Tomasz", "Astrid", "Kenji", "Anjali", "Joaquim", "Signe", "Lorcan",
         "Beatriz", "Radek", "Mei Ling", "Thandiwe", "Rafael"]
SURNAME = ["Kavanagh", "Tremblay", "Kowalczyk", "Lindqvist", "Tanaka", "Deshpande", "Azevedo",
           "Halvorsen", "Novotna", "Fitzgerald", "Ramalho", "Lim", "Gallardo", "Brennan"]


def person():
    return "%s %s" % (R.choice(GIVEN), R.choice(SURNAME))


def n(lo=1, hi=240):
    return str(R.randint(lo, hi))


# Each block as a list of lines (the first the street or the line before it).
IE = [["Apt {U}", "{N} Grange Road", "Rathfarnham", "Dublin 14", "D14 N2F7"],
      ["{N} Main Street", "Kinsale", "Co. Cork", "P17 WY80"],
      ["The Old Rectory", "{N} Church Road", "Malahide", "Co. Dublin", "K36 E6P2", "Ireland"],
      ["{N} Eyre Square", "Galway", "H91 FT2E"],
      ["Unit {U}", "{N} Patrick Street", "Limerick", "V94 KX8C", "Ireland"]]
CA = [["{N} Rue Sainte-Catherine O", "Montréal, QC H3G 1R8"],
      ["Suite {U}00", "{N} Yonge St", "Toronto, ON M5B 2H1"],
      ["{N} Water Street", "St. John's, NL A1C 1A1", "Canada"],
      ["Unit {U}", "{N} Bloor St W", "Etobicoke, Ontario M8X 2X3", "Canada"],
      ["{N} Granville St", "Vancouver, British Columbia V6C 1T2"]]
AU = [["Unit {U}/{N} Smith St", "Fitzroy VIC 3065"],
      ["Level {U}", "{N} Collins Street", "Melbourne VIC 3000", "Australia"],
      ["{N} Beach Road", "Bondi NSW 2026"],
      ["{U}/{N} Adelaide Terrace", "Perth WA 6000", "Australia"],
      ["{N} Queen Street", "Brisbane City QLD 4000"]]
NZ = [["{U}/{N} Ponsonby Road", "Ponsonby", "Auckland 1011"],
      ["{N} Cuba Street", "Te Aro", "Wellington 6011", "New Zealand"],
      ["Flat {U}", "{N} Riccarton Road", "Christchurch 8041", "New Zealand"]]
PT = [["Rua Garrett, nº {N}, 2º Esq.", "1200-203 Lisboa"],
      ["Av. da Liberdade, {N}", "1269-046 Lisboa", "Portugal"],
      ["R. de Santa Catarina, {N}, 3º Dto.", "4000-447 Porto"],
      ["Travessa do Fala-Só, nº {N}", "1250-109 Lisboa", "Portugal"]]
BR = [["Av. Paulista, {N} - Bela Vista", "São Paulo - SP", "01310-200"],
      ["R. Oscar Freire, {N}, apto {U}2", "Jardins, São Paulo - SP", "CEP 01426-001"],
      ["Rua das Laranjeiras, nº {N}", "Laranjeiras, Rio de Janeiro - RJ", "22240-003", "Brasil"],
      ["Av. Afonso Pena, {N}, sala {U}04", "Centro, Belo Horizonte - MG, 30130-002"]]
PL = [["ul. Marszałkowska {N}/{U}", "00-514 Warszawa"],
      ["ul. Floriańska {N} m. {U}", "31-019 Kraków", "Polska"],
      ["al. Jerozolimskie {N}", "00-697 Warszawa", "Poland"],
      ["ul. Piotrkowska {N} lok. {U}", "90-406 Łódź"]]
CZ = [["Vodičkova {N}", "110 00 Praha 1"],
      ["Karlova {N}", "602 00 Brno", "Česká republika"],
      ["Náměstí Míru {N}", "120 00 Praha 2", "Czech Republic"]]
NORD = [["Drottninggatan {N}", "111 21 Stockholm"],
        ["Kungsgatan {N}, lgh 1{U}02", "411 19 Göteborg", "Sverige"],
        ["Vesterbrogade {N}, 2. tv.", "1620 København V"],
        ["Nørregade {N}", "8000 Aarhus C", "Danmark"],
        ["Karl Johans gate {N}", "0159 Oslo"],
        ["Thereses gate {N}B", "0452 Oslo", "Norge"],
        ["Trondheimsveien {N}", "0560 Oslo", "Norway"],
        ["Fælledvej {N}, st. th.", "2200 København N"],
        ["Mannerheimintie {N} B {U}", "00100 Helsinki", "Finland"]]
AT = [["Mariahilfer Straße {N}/Stiege 2/Tür {U}", "1060 Wien"],
      ["Landstraßer Hauptstraße {N}, Stiege 3, Top {U}", "1030 Wien", "Österreich"],
      ["Herrengasse {N}/2/{U}", "1010 Wien"],
      ["Getreidegasse {N}, Top {U}", "5020 Salzburg", "Austria"]]
CH = [["Bahnhofstrasse {N}", "8001 Zürich", "Schweiz"],
      ["Rue du Rhône {N}", "1204 Genève", "Suisse"],
      ["Via Nassa {N}", "6900 Lugano"],
      ["Marktgasse {N}, 3. Stock", "3011 Bern", "Switzerland"]]
ES = [["C/ Mayor, {N}, piso 3º izda.", "28013 Madrid"],
      ["Avda. Diagonal {N}, 5º 2ª", "08017 Barcelona"],
      ["Calle de Alcalá {N}, 2º B", "28014 Madrid (Madrid)", "España"],
      ["C/ San Vicente Mártir {N}, pta. {U}", "46002 Valencia"]]
IT = [["Via Roma {N}, int. {U}", "10121 Torino (TO)"],
      ["Via Garibaldi {N}, scala B, int. {U}", "16124 Genova (GE)", "Italia"],
      ["Corso Buenos Aires {N}", "20124 Milano MI", "Italia"],
      ["Piazza Navona {N}", "00186 Roma (RM)"]]
IN = [["Flat {U}02, Sai Residency", "MG Road", "Bengaluru 560001"],
      ["H.No. 8-2-{N}, Road No. 12", "Banjara Hills", "Hyderabad - 500034"],
      ["{N}, Park Street, near Metro Station", "Kolkata, West Bengal 700016"],
      ["Shop {U}, opp. City Mall", "Andheri West", "Mumbai 400053", "India"],
      ["C-{N}, Sector 62", "Noida, Uttar Pradesh 201301"],
      ["Door No. {N}, 2nd Cross Street", "T. Nagar", "Chennai - 600017"]]
JP = [["{U}-2-{N} Shibuya", "Shibuya-ku, Tokyo 150-0002"],
      ["Apt {U}02, 2-14-{U} Nishi-Azabu", "Minato-ku, Tokyo 106-0031", "Japan"],
      ["4-{U}-{N} Umeda, Kita-ku", "Osaka 530-0001"]]
SG = [["Blk {N} Ang Mo Kio Ave 3, #05-{U}", "Singapore 560{N}"],
      ["{N} Anson Road, #23-0{U} International Plaza", "Singapore 079903"],
      ["{N} Orchard Road, #12-0{U}", "Singapore 238863"]]
LATAM = [["Av. Insurgentes Sur {N}, Int. {U}", "Col. Crédito Constructor, C.P. 03940",
          "Ciudad de México, CDMX"],
         ["Calle 5 de Febrero {N}", "Col. Centro, C.P. 06000", "Cuauhtémoc, CDMX", "México"],
         ["Av. Corrientes {N}, Piso 5, Depto. B", "C1043AAZ CABA", "Argentina"],
         ["Carrera 7 # 71-{U}", "Bogotá, Colombia"],
         ["Av. Providencia {N}, Of. 502", "Providencia, Santiago", "Chile"]]
US = [["RR 2 Box {N}", "Millbrook, NY 12545"],
      ["Rural Route 3, Box {N}A", "Ames, IA 50010"],
      ["HC 64 Box {N}", "Tok, AK 99780"],
      ["PO Box {N}1", "Boise, ID 83705"],
      ["P.O. Box {N}", "Sedona, AZ 86339"],
      ["PSC 1{N}, Box 5678", "APO AE 09012"],
      ["Unit 2050 Box {N}", "DPO AP 96278"],
      ["USS Nimitz CVN 68", "FPO AP 96620-2820"],
      ["c/o Harbor Logistics LLC", "{N} Industrial Pkwy, Suite 200", "Fremont, CA 94538"],
      ["Brightwave Analytics, Inc.", "{N} Market Street, Suite {U}00", "San Francisco, CA 94105"]]
UK = [["c/o Fernleigh & Co Solicitors", "{N} Corn Street", "Bristol", "BS1 1HT"],
      ["Flat {U}, Kestrel House", "{N} Pitfield Street", "London N1 6DA", "United Kingdom"]]

REGIONS = [("ie", IE), ("ca", CA), ("au", AU), ("nz", NZ), ("pt", PT), ("br", BR), ("pl", PL),
           ("cz", CZ), ("nordic", NORD), ("at", AT), ("ch", CH), ("es", ES), ("it", IT),
           ("in", IN), ("jp", JP), ("sg", SG), ("latam", LATAM), ("us", US), ("uk", UK)]

SENT = ["Please send the contract to {A}.", "Address: {A}", "My new address is {A}, from June.",
        "Ship to: {A}", "Morada: {A}", "Endereço: {A}", "Adres: {A}", "Dirección: {A}",
        "Indirizzo: {A}", "Adresse: {A}", "You can write to me at {A}.",
        "The parcel goes to {A}, please."]

# JSON keys per pack locale: (street, postcode, town, country)
JKEYS = [("street", "postcode", "city", "country"), ("address1", "zip", "city", "country"),
         ("strasse", "plz", "ort", "land"), ("rue", "code_postal", "ville", "pays"),
         ("straat", "postcode", "plaats", "land"), ("calle", "codigo_postal", "ciudad", "pais"),
         ("via", "cap", "citta", "paese"), ("rua", "cep", "cidade", "pais")]

records = []


def add(parts, loc, cls):
    append_record(records, *assemble(parts), loc, cls)


def fill(lines):
    return [l.replace("{N}", n(), 1).replace("{N}", n(10, 99)).replace("{U}", n(1, 9))
            for l in lines]


def shape_sentence(lines, loc):
    a, b = R.choice(SENT).split("{A}")
    add([a, ("STREET_ADDRESS", ", ".join(lines)), b], loc, "sentence")


def shape_letter(lines, loc):
    add(["Kind regards,\n", ("PERSON", person()), "\n", ("STREET_ADDRESS", "\n".join(lines)), "\n"],
        loc, "letter")


def shape_oneline(lines, loc):
    sep = R.choice([" | ", " · "])
    add([("PERSON", person()), sep, ("STREET_ADDRESS", sep.join(lines)), sep, "+ on file"], loc,
        "oneline")


def shape_html(lines, loc):
    add(["<p>", ("PERSON", person()), "<br>", ("STREET_ADDRESS", "<br>".join(lines)), "</p>"], loc,
        "html")


def shape_label(lines, loc):
    add(["SHIP TO:\n", ("PERSON", person()), "\n", ("STREET_ADDRESS", "\n".join(lines)),
         "\nTRACKING: 1Z999AA10123456784\nWEIGHT: 2.4 kg"], loc, "label")


def shape_signature(lines, loc):
    add(["Best,\n", ("PERSON", person()), "\nHead of Operations\n",
         ("STREET_ADDRESS", " · ".join(lines) if R.random() < 0.4 else "\n".join(lines)),
         "\nTel. on request"], loc, "signature")


SHAPES = [shape_sentence, shape_letter, shape_oneline, shape_html, shape_label, shape_signature]

for loc, rows in REGIONS:
    for i, lines in enumerate(rows):
        for k in range(2):
            SHAPES[(i * 2 + k + len(loc)) % len(SHAPES)](fill(lines), loc)

# The block as a JSON object's fields and a CSV row's cells: street, postcode, town, country.
FIELDS = [("{N} Grange Road", "D14 N2F7", "Dublin", "Ireland"),
          ("{N} Yonge St", "M5B 2H1", "Toronto", "Canada"),
          ("{N} Collins Street", "3000", "Melbourne", "Australia"),
          ("Rua Garrett, {N}", "1200-203", "Lisboa", "Portugal"),
          ("Av. Paulista, {N}", "01310-200", "São Paulo", "Brasil"),
          ("ul. Floriańska {N}", "31-019", "Kraków", "Polska"),
          ("Drottninggatan {N}", "111 21", "Stockholm", "Sverige"),
          ("Karl Johans gate {N}", "0159", "Oslo", "Norge"),
          ("Mariahilfer Straße {N}/2/{U}", "1060", "Wien", "Österreich"),
          ("C/ Mayor, {N}", "28013", "Madrid", "España"),
          ("Via Roma {N}", "10121", "Torino", "Italia"),
          ("Flat {U}02, MG Road", "560001", "Bengaluru", "India")]
for rep in range(2):
    for row in FIELDS:
        st, pc, city, ctry = fill(list(row))
        ks, kz, kc, kk = R.choice(JKEYS)
        block = '%s", "%s": "%s", "%s": "%s", "%s": "%s' % (st, kz, pc, kc, city, kk, ctry)
        add(['{"name": "', ("PERSON", person()), '", "%s": "' % ks, ("STREET_ADDRESS", block),
             '", "tier": "gold"}'], "json", "json")
        sep = R.choice([",", ";", "\t"])
        st = '"%s"' % st if sep == "," and "," in st else st
        add(["name%saddress%spostcode%scity%scountry\n" % (sep, sep, sep, sep), ("PERSON", person()),
             sep, ("STREET_ADDRESS", sep.join([st, pc, city, ctry])), "\n"], "csv", "csv")

# Press releases: a company's suite is an address (see the top comment).
PRESS = ["{C}, headquartered at {A}, today announced its second-quarter results.",
         "Media contact: {P}, {C}, {A}."]
COMPANIES = [("Northwind Robotics", "{N} Harbour Street, Suite 200, Sydney NSW 2000"),
             ("Lumen Biotech GmbH", "Landstraßer Hauptstraße {N}, Top 12, 1030 Wien"),
             ("Cedar Peak Software", "{N} King St W, Suite 1500, Toronto, ON M5H 1J9"),
             ("Arbor Analytics", "{N} Grand Canal Street, Dublin 2, D02 Y754")]
for c, a in COMPANIES:
    for t in PRESS:
        pre, post = t.split("{A}")
        parts = []
        for seg in pre.split("{P}"):
            if parts:
                parts.append(("PERSON", person()))
            parts.append(seg.replace("{C}", c))
        add(parts + [("STREET_ADDRESS", fill([a])[0]), post], "en", "press")

NEG = ["Our Dublin office is hiring two engineers.", "Meet us at the Sydney Opera House on Friday.",
       "The Toronto team ships the 1-2-3 release next week.", "Upgrade from v2-14-5 to v2-15-0.",
       "The train from Lisboa to Porto takes three hours.", "Flights Oslo - Stockholm - Helsinki are full.",
       "São Paulo is the largest city in Brazil.", "We compared Kraków, Praha and Wien for the offsite.",
       "Bengaluru has better weather than Mumbai in May.", "Singapore 2024 was our biggest conference.",
       "Ticket #05-12 is blocked by #05-13.", "Part no. 01310-200 is out of stock.",
       "Error 00-514: Warszawa region not configured.", "Build 560001 passed on the Bengaluru runner.",
       "Suite 200 tests passed, suite 201 failed.", "Level 5 support escalated it to Melbourne.",
       "Route Auckland - Wellington - Christchurch, 3 days.", "The Via Roma scene was shot in Torino.",
       "Top 5 cafés in Wien: a list.", "Stiege 2 of the framework is done.",
       "Box 47 of the archive covers Ames, IA.", "APO gateways and FPO rules are in section 4.",
       "Col. Smith led the Centro briefing.", "Unit 4 of the course covers Smith St, the novel.",
       "Our Montréal, QC and Toronto, ON teams merge.", "Shibuya-ku hosts the meetup.",
       "Nørrebro and Vesterbro are districts of København.", "The C/ and Avda. abbreviations are Spanish.",
       "Sector 62 metrics dropped 3%.", "PIN 560001 was rejected by the terminal."]
for t in NEG:
    add([("NEG_ADDR", t.rstrip("."))] + (["."] if t.endswith(".") else []), "en", "negative")
    for sh in (lambda x: ["<p>", ("NEG_ADDR", x), "</p>"], lambda x: ["Note | ", ("NEG_ADDR", x), " | ok"]):
        if R.random() < 0.3:
            add(sh(t.rstrip(".")), "en", "negative")

write_json(records)
