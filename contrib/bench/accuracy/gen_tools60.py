#!/usr/bin/env python3
"""gen_tools60.py: street addresses in agent conversations' tool results beside at least three
times as many things that only look like streets (tune set; branch tools60, written and
committed before hush was run on it), from the twenty-sixth blind set's public brief (its tools
family: invented CRM, helpdesk, shop, HR, calendar and directory objects, SQL grids, CSV
previews, grep over fixtures, LDIF, vCard, iCalendar, shell transcripts; rooms, halls, lots and
desks with numbers, versions, ids, places as topics, firms named after people) and the author's
idea of what tools hand an agent.

Each record is one request body (chat completions with tool_calls and the arguments as a JSON
string, Responses with function_call/function_call_output, Anthropic tool_use/tool_result with
native input, Gemini functionCall/functionResponse with native args and, half the time, a native
response; a third `\\uXXXX`-escaped, half compact): a system prompt, the user's ask, one to three
tool calls and their results, the assistant's summary. Result kinds (metadata.class): JSON API
objects with invented schemas and keys in 12 languages (`crm`, `order`, `ticket`, `event`, `hr`,
`directory`), `sql` grids, `csv`, `ldif`, `vcard`, `ics`, `grep` over a repository's fixtures and
code, `yaml`/`toml` config, `log` lines, `shell` transcripts. Languages: en de fr es it pt nl pl
sv da fi cs.

Gold STREET_ADDRESS, labelled the same everywhere: a street with its number and any unit written
with it on one line is one span; a postcode and town after it is its own span; in an object or a
grid the street (with or without its number) value, the house-number value and the postcode
value are each a span, the city and country none. Look-alikes (NEG_, more than three per street
span, in the same places: JSON members, cells, ICS LOCATION, LDIF attributes, log fields,
prose): rooms, halls, gates, buildings, lots, desks, platforms, docks, bays, tracks, wings
(NEG_ROOM); venues and places as names (`Pier 39`, `Studio 54`, `Area 51`: NEG_PLACE); products
(`Model 3`, `Series 7`, `Route 66` jeans: NEG_PRODUCT); ids, builds, SKUs, stores (NEG_ID);
versions (NEG_VERSION); paths and URLs (NEG_PATH); class, table and column names (NEG_CODE);
coordinates (NEG_GEO); firms named after streets (`Park Avenue Partners`, `Rue 21`: NEG_ORG);
festivals, tours, runs and shows (NEG_EVENT); counts beside street words (NEG_COUNT).
Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, P, J, append_body, dumps, place  # noqa: E402

rng = random.Random(20261207 + 60)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs"]

# ---- streets: names, "{s}"/"{n}" order, units, (postcode, town) ------------------------------------
ST = {
    "en": (["Ferncliffe Road", "Cobden Street", "Maple Grove", "Oakridge Drive", "Harbour View", "Linden Court",
            "Ashby Lane", "Pemberton Avenue", "East 41st Street", "Riverside Blvd"], "{n} {s}",
           ["Flat {u}, ", "Apt {u}C, ", "Unit {u}, "], [("M14 5RT", "Manchester"), ("EH6 7LB", "Edinburgh"),
                                                        ("OX4 1DG", "Oxford"), ("10017", "New York, NY"),
                                                        ("78704", "Austin, TX")]),
    "de": (["Bergmannstraße", "Eichendorffweg", "Am Rosengarten", "Friedrichstr.", "Kiefernring", "Mühlgasse",
            "Gutenbergplatz"], "{s} {n}", [", Whg. {u}", ", {u}. OG", " / Top {u}"],
           [("10961", "Berlin"), ("80469", "München"), ("01067", "Dresden"), ("1070", "Wien")]),
    "fr": (["rue de la Roquette", "avenue Jean Jaurès", "boulevard Voltaire", "allée des Tilleuls",
            "place du Marché"], "{n} {s}", [", bât. A, appt {u}", ", {u}e étage"],
           [("75011", "Paris"), ("13006", "Marseille"), ("33000", "Bordeaux")]),
    "es": (["Calle de Alcalá", "Avenida de la Constitución", "Calle Larios", "Rambla de Catalunya",
            "Paseo del Prado"], "{s}, {n}", [", {u}º A", ", {u}º dcha."],
           [("28014", "Madrid"), ("29005", "Málaga"), ("41004", "Sevilla")]),
    "it": (["Via Roma", "Via dei Mercanti", "Corso Vittorio Emanuele II", "Viale Monza", "Piazza Cavour"],
           "{s} {n}", [", int. {u}", ", scala C"], [("20124", "Milano"), ("10121", "Torino"), ("50122", "Firenze")]),
    "pt": (["Rua Augusta", "Avenida da Liberdade", "Rua das Flores", "Rua Miguel Bombarda"], "{s}, {n}",
           [", {u}º Esq.", ", {u}º andar"], [("1100-053", "Lisboa"), ("4050-265", "Porto"), ("3000-150", "Coimbra")]),
    "nl": (["Keizersgracht", "Lange Nieuwstraat", "Witte de Withstraat", "Biltstraat", "Javastraat"], "{s} {n}",
           ["-{u}", " {u}hg", "-bis"], [("1015 CJ", "Amsterdam"), ("3011 GM", "Rotterdam"), ("3572 AB", "Utrecht")]),
    "pl": (["ul. Długa", "ul. Marszałkowska", "al. Niepodległości", "ul. Floriańska"], "{s} {n}",
           ["/{u}", " m. {u}"], [("00-238", "Warszawa"), ("31-019", "Kraków"), ("80-831", "Gdańsk")]),
    "sv": (["Drottninggatan", "Götgatan", "Linnégatan", "Storgatan", "Ringvägen"], "{s} {n}",
           [", lgh 1{u}03", " B"], [("111 51", "Stockholm"), ("413 04", "Göteborg"), ("211 22", "Malmö")]),
    "da": (["Vesterbrogade", "Istedgade", "Østerbrogade", "Skt. Clemens Torv", "Algade"], "{s} {n}",
           [", {u}. th.", ", st. tv."], [("1620", "København V"), ("8000", "Aarhus C"), ("9000", "Aalborg")]),
    "fi": (["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu"], "{s} {n}",
           [" A {u}", " B {u}{u}"], [("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku")]),
    "cs": (["Národní", "Štefánikova", "Palackého", "Údolní", "Korunní"], "{s} {n}", ["/{u}"],
           [("110 00", "Praha 1"), ("602 00", "Brno"), ("301 00", "Plzeň")]),
}


class Addr:
    def __init__(self, lg):
        names, self.fmt, units, towns = ST[lg]
        self.lg, self.name = lg, rng.choice(names)
        self.no = str(rng.randint(2, 180)) + rng.choice(["", "", "", "a", "B"])
        self.unit = rng.choice(units).replace("{u}", str(rng.randint(1, 9))) if rng.random() < 0.3 else ""
        self.zip, self.city = rng.choice(towns)

    def line(self, unit=True):
        s = self.fmt.replace("{s}", self.name).replace("{n}", self.no)
        if unit and self.unit:
            s = self.unit + s if self.lg == "en" else s + self.unit
        return s

    def town(self):
        return self.city + " " + self.zip if self.lg == "en" else self.zip + " " + self.city


# address keys: (street, number, postcode, city) in 12 languages
KEYS = {
    "en": ("street", "houseNumber", "postalCode", "city"), "de": ("strasse", "hausnummer", "plz", "ort"),
    "fr": ("voie", "numero", "code_postal", "ville"), "es": ("calle", "numero", "codigo_postal", "ciudad"),
    "it": ("via", "civico", "cap", "citta"), "pt": ("logradouro", "numero", "codigo_postal", "cidade"),
    "nl": ("straat", "huisnummer", "postcode", "plaats"), "pl": ("ulica", "nr_domu", "kod_pocztowy", "miasto"),
    "sv": ("gata", "gatunummer", "postnummer", "ort"), "da": ("vej", "husnr", "postnr", "by"),
    "fi": ("katu", "talonumero", "postinumero", "kaupunki"), "cs": ("ulice", "cislo", "psc", "obec"),
}
ADDR_KEY = {"en": "address", "de": "anschrift", "fr": "adresse", "es": "direccion", "it": "indirizzo",
            "pt": "morada", "nl": "adres", "pl": "adres", "sv": "adress", "da": "adresse", "fi": "osoite",
            "cs": "adresa"}

# ---- look-alikes: (label, text); {k} a digit, {n} a number ----------------------------------------
LOOK = [
    ("NEG_ROOM", "Room 4.12"), ("NEG_ROOM", "Room {n}"), ("NEG_ROOM", "Hall B 3"), ("NEG_ROOM", "Hall {k}"),
    ("NEG_ROOM", "Gate 12"), ("NEG_ROOM", "Gate B{k}"), ("NEG_ROOM", "Building 7"), ("NEG_ROOM", "Building {k}, Wing C"),
    ("NEG_ROOM", "Lot 44"), ("NEG_ROOM", "Lot {n}"), ("NEG_ROOM", "desk 3-112"), ("NEG_ROOM", "Desk {k}-{n}"),
    ("NEG_ROOM", "Platform 9"), ("NEG_ROOM", "Dock 5"), ("NEG_ROOM", "Dock {k}"), ("NEG_ROOM", "Bay 12"),
    ("NEG_ROOM", "Bay {k}"), ("NEG_ROOM", "Track 2"), ("NEG_ROOM", "Wing {k}"), ("NEG_ROOM", "Office 2{k}1"),
    ("NEG_ROOM", "Raum 2.{k}04"), ("NEG_ROOM", "Halle {k}, Stand B{k}"), ("NEG_ROOM", "Salle B{k}12"),
    ("NEG_ROOM", "Sala {k}"), ("NEG_ROOM", "Zaal {k}.1{k}"), ("NEG_ROOM", "Sal {k}"), ("NEG_ROOM", "Mødelokale {k}"),
    ("NEG_ROOM", "Neuvotteluhuone {k}"), ("NEG_ROOM", "Zasedačka {k}"), ("NEG_ROOM", "Sala Riunioni {k}"),
    ("NEG_ROOM", "Stand {k}{k}"), ("NEG_ROOM", "Locker {n}"), ("NEG_ROOM", "Parking P{k}"), ("NEG_ROOM", "Zone {k}"),
    ("NEG_ROOM", "Level {k}"), ("NEG_ROOM", "Pitch {k}"), ("NEG_ROOM", "Booth {n}"), ("NEG_ROOM", "Rack {k}{k}"),
    ("NEG_PLACE", "Pier 39"), ("NEG_PLACE", "Studio 54"), ("NEG_PLACE", "Area 51"), ("NEG_PLACE", "Terminal {k}"),
    ("NEG_PLACE", "Highway 2"), ("NEG_PLACE", "Route 9"), ("NEG_PLACE", "Camp {k}"), ("NEG_PLACE", "Station {k}"),
    ("NEG_PRODUCT", "Model 3"), ("NEG_PRODUCT", "Series 7"), ("NEG_PRODUCT", "Route 66"), ("NEG_PRODUCT", "Model Y"),
    ("NEG_PRODUCT", "Galaxy S2{k}"), ("NEG_PRODUCT", "Pixel {k}"), ("NEG_PRODUCT", "Studio 3 Pro"),
    ("NEG_PRODUCT", "Boeing 737"), ("NEG_PRODUCT", "Chanel No. 5"), ("NEG_PRODUCT", "Park Lane 200 sofa"),
    ("NEG_PRODUCT", "Avenue 12 backpack"), ("NEG_PRODUCT", "Broadway 4 lamp"), ("NEG_PRODUCT", "Street 2 sneakers"),
    ("NEG_ID", "BUILD-{n}"), ("NEG_ID", "SKU ST-{n}-42"), ("NEG_ID", "ORD-{n}"), ("NEG_ID", "ticket #{n}"),
    ("NEG_ID", "PO {n}"), ("NEG_ID", "INC00{n}"), ("NEG_ID", "RMA {n}"), ("NEG_ID", "Store {n}"),
    ("NEG_ID", "Branch {k}{k}"), ("NEG_ID", "Route 1{k}"), ("NEG_ID", "Lane {k}"), ("NEG_ID", "Batch {n}"),
    ("NEG_VERSION", "v{k}.{k}.{n}"), ("NEG_VERSION", "2.{k}.{n}"), ("NEG_VERSION", "release 24.{k}"),
    ("NEG_VERSION", "API v{k}"), ("NEG_VERSION", "Python 3.1{k}"), ("NEG_VERSION", "Node {k}2 LTS"),
    ("NEG_PATH", "/srv/main/street/42"), ("NEG_PATH", "/var/lib/road/{n}"), ("NEG_PATH", "src/avenue/{n}.py"),
    ("NEG_PATH", "s3://tiles/rue/{n}"), ("NEG_PATH", "/api/v2/streets/{n}"), ("NEG_PATH", "data/strasse_{k}.csv"),
    ("NEG_CODE", "StreetAddress42"), ("NEG_CODE", "street_2"), ("NEG_CODE", "road_{n}"), ("NEG_CODE", "AvenueRouter{k}"),
    ("NEG_CODE", "tbl_strasse_{k}"), ("NEG_CODE", "Lane{k}Config"), ("NEG_CODE", "addr_line_{k}"),
    ("NEG_CODE", "Street{k}Test"), ("NEG_CODE", "test_street_{n}"),
    ("NEG_GEO", "52.5{n}, 13.4{n}"), ("NEG_GEO", "48.85{k}N 2.35{k}E"), ("NEG_GEO", "40.7{n} -74.0{n}"),
    ("NEG_ORG", "Park Avenue Partners"), ("NEG_ORG", "Rue 21"), ("NEG_ORG", "Fifth Street Capital"),
    ("NEG_ORG", "Main Street Bank"), ("NEG_ORG", "Brick Lane Coffee"), ("NEG_ORG", "Abbey Road Studios"),
    ("NEG_ORG", "Canal Street Market"), ("NEG_ORG", "Bond Street Holdings"), ("NEG_ORG", "Via Roma Foods"),
    ("NEG_ORG", "42nd Street Photo"), ("NEG_ORG", "Route 1 Logistics"), ("NEG_ORG", "Gate 7 Systems"),
    ("NEG_EVENT", "Route 66 Festival"), ("NEG_EVENT", "Street Food Festival 202{k}"), ("NEG_EVENT", "Avenue Q"),
    ("NEG_EVENT", "Highway 61 tour"), ("NEG_EVENT", "Park Run {n}"), ("NEG_EVENT", "Straßenfest 202{k}"),
    ("NEG_EVENT", "Sprint 4{k} Review"), ("NEG_EVENT", "Hall {k} Open Day"), ("NEG_EVENT", "Pier 3{k} Summer Jam"),
    ("NEG_COUNT", "12 Street lights"), ("NEG_COUNT", "3 Lanes"), ("NEG_COUNT", "{k} Park benches"),
    ("NEG_COUNT", "{n} Road signs"), ("NEG_COUNT", "{k} Way merge"), ("NEG_COUNT", "{n} Main items"),
]
# the blind brief's domains' numbered things (film sets, theatre, breweries, kilns, solar roofs, plots, bikes,
# survey points, dental cases, game patches, grant work packages), in the 12 languages
LOOK += [("NEG_ROOM", t) for t in [
    "Stage {k}", "Set 1{k}", "Row 1{k} Seat {k}", "Tank {k}", "Kiln {k}", "Panel 1{k}", "Roof {k}", "Plot 1{k}",
    "Block B {k}", "Bike 1{k}", "Station {k}", "Point {k}", "Mic {k}", "Act {k} Scene {k}", "Bühne {k}",
    "Saal {k}", "Sudkessel {k}", "Ofen {k}", "Parzelle 1{k}", "Scène {k}", "Cuve {k}", "Four {k}",
    "Escenario {k}", "Tanque {k}", "Horno {k}", "Palco {k}", "Forno {k}", "Vasca {k}", "Podium {k}",
    "Ketel {k}", "Oven {k}", "Scena {k}", "Zbiornik {k}", "Piec {k}", "Scen {k}", "Ugn {k}", "Kar {k}",
    "Ovn {k}", "Lava {k}", "Säiliö {k}", "Uuni {k}", "Jeviště {k}", "Pec {k}", "Studio {k}", "Atelier {k}",
    "Werkstatt {k}", "Lager {k}", "Rampe {k}", "Hangar {k}", "Magazzino {k}", "Nave {k}", "Loods {k}"]]
LOOK += [("NEG_ID", t) for t in ["Batch {n}", "Cone {k}", "Tooth 3{k}", "Case 1{k}", "Job {n}", "Work Package {k}",
                                 "WP {k}", "Task {k}.1", "Take {k}", "Shot 1{k}", "Sample {n}", "Lote {n}", "Charge {n}"]]
LOOK += [("NEG_VERSION", t) for t in ["Patch 1.{k}", "Season {k}", "World {k}-2", "Horizon 2020", "Chapter {k}"]]
LOOK_KEYS = ["location", "room", "venue", "site", "warehouse", "product", "model", "sku", "build", "ref",
             "path", "class", "table", "coords", "vendor", "event", "tag", "label", "bin", "note", "ort_intern",
             "salle", "sala", "zaal", "lokal", "huone", "mistnost"]


def look():
    lab, t = rng.choice(LOOK)
    return lab, t.replace("{k}", str(rng.randint(1, 9))).replace("{n}", str(rng.randint(10, 999)))


def looks(n):
    return [look() for _ in range(n)]


def look_members(o, n):
    for _ in range(n):
        k = rng.choice(LOOK_KEYS)
        while k in o:
            k += "_%d" % rng.randint(1, 9)
        o[k] = look()
    return o


def rid(p, n=6):
    return p + "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def stamp():
    return "2025-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 19),
                                             rng.randint(0, 59))


# ---- an address written in a document --------------------------------------------------------------
def addr_obj(lg, ad):
    ks, kn, kp, kc = KEYS[lg]
    r = rng.random()
    if r < 0.45:
        o = {ks: ("STREET_ADDRESS", ad.name), kn: ("STREET_ADDRESS", ad.no)}
    elif r < 0.8:
        o = {ks: ("STREET_ADDRESS", ad.line(unit=False))}
    else:
        o = {"line1": ("STREET_ADDRESS", ad.line(unit=False))}
    if ad.unit:
        o["line2"] = ("STREET_ADDRESS", ad.unit.strip(", /"))
    o[kp] = ("STREET_ADDRESS", ad.zip)
    o[kc] = ad.city
    o["country"] = lg.upper() if lg != "en" else "GB"
    if rng.random() < 0.5:
        o["geo"] = look() if rng.random() < 0.5 else {"lat": 50.1, "lng": 8.6}
    return o


def addr_line(p, ad, town=True):
    p.s("STREET_ADDRESS", ad.line())
    if town:
        p.t(", ").s("STREET_ADDRESS", ad.town())
    return p


def one_line(ad):
    return addr_line(P(), ad, rng.random() < 0.6)


# ---- JSON API objects ------------------------------------------------------------------------------
def crm(lg, addrs):
    recs = []
    for ad in addrs:
        o = {"id": rid("acc_"), "company": look(), "owner_team": "emea-" + lg,
             ADDR_KEY[lg]: addr_obj(lg, ad), "office": {"building": look(), "desk": look()}}
        recs.append(look_members(o, 2))
    for _ in range(rng.randint(1, 2)):
        recs.append(look_members({"id": rid("acc_"), "company": look(), "status": "prospect"}, 3))
    return "crm_search", {"query": look()[1], "limit": 20}, {"records": recs, "total": len(recs)}


def order(lg, addrs):
    ad = addrs[0]
    items = [{"sku": look(), "title": look(), "qty": rng.randint(1, 4)} for _ in range(rng.randint(2, 4))]
    o = {"order_id": rid("ORD-"), "items": items, "fulfilment": {"warehouse": look(), "pick_bin": look(),
                                                                 "carrier_route": look()}}
    if rng.random() < 0.5:
        o["shipping_address"] = addr_obj(lg, ad)
    else:
        o["shipping_address"] = one_line(ad)
    if len(addrs) > 1:
        o["billing_address"] = addr_obj(lg, addrs[1])
    return "get_order", {"order_id": o["order_id"]}, look_members(o, 1)


def ticket(lg, addrs):
    d = P(rng.choice(["Customer reports the router drops every night. ", "Courier could not deliver. ",
                      "Wrong item delivered. "]))
    d.t(rng.choice(["New address: ", "Ship the replacement to ", "Address on file: "]))
    addr_line(d, addrs[0], rng.random() < 0.7).t(". Tested on ")
    d.s(*look()).t(" and ").s(*look()).t(", escalated from ").s(*look()).t(".")
    o = {"ticket": rid("HD-", 5), "subject": look(), "description": d, "location": look(),
         "affected_build": look(), "tags": [look(), look()], "updated": stamp()}
    return "helpdesk_get", {"id": o["ticket"]}, o


def event(lg, addrs):
    evs = []
    for _ in range(rng.randint(2, 4)):
        evs.append({"summary": look(), "location": look(), "start": stamp(), "resource": look()})
    for ad in addrs:
        evs.append({"summary": look(), "location": one_line(ad), "start": stamp()})
    rng.shuffle(evs)
    return "calendar_list", {"calendar": "team", "from": stamp()}, {"items": evs}


def hr(lg, addrs):
    o = {"employee_id": rid("E", 5), "workLocation": {"site": look(), "building": look(), "desk": look()},
         "home": addr_obj(lg, addrs[0]) if rng.random() < 0.5 else one_line(addrs[0]),
         "parking": look(), "equipment": [look(), look()]}
    return "hr_profile", {"employee_id": o["employee_id"], "fields": ["home", "workLocation"]}, o


def directory(lg, addrs):
    ents = [look_members({"dn": "cn=%s,ou=rooms" % rid("r", 3), "room": look(), "floor": look()}, 1)
            for _ in range(rng.randint(2, 3))]
    for ad in addrs:
        ents.append({"dn": "ou=site-%s" % rid("", 3).lower(), "postal": one_line(ad), "reception": look()})
    rng.shuffle(ents)
    return "directory_search", {"filter": "(objectClass=*)", "base": "o=acme"}, {"entries": ents}


# ---- text results ----------------------------------------------------------------------------------
def cell(p, lab_v, w=0):
    lab, v = lab_v
    p.s(lab, v)
    return p.t(" " * max(0, w - len(v)))


def sql(lg, addrs):
    ks, kn, kp, kc = KEYS[lg]
    p = P(" id  | site | %s | %s | %s | room\n-----+------+------+------+------+-----\n" % (ks, kp, kc))
    rows = [("A", ad) for ad in addrs] + [("L", None)] * rng.randint(2, 4)
    rng.shuffle(rows)
    for k, (kind, ad) in enumerate(rows):
        cell(p.t(" %-3d | " % (k + 1)), look()).t(" | ")
        if kind == "A":
            p.s("STREET_ADDRESS", ad.line()).t(" | ").s("STREET_ADDRESS", ad.zip).t(" | %s | " % ad.city)
        else:  # a row with no address: the street, postcode and town cells empty
            p.t(" | ").t(" | ").t(" | ")
        cell(p, look()).t("\n")
    p.t("(%d rows)\n" % len(rows))
    return "sql_query", {"sql": "SELECT * FROM sites LIMIT 50"}, p


def csv(lg, addrs):
    ks, kn, kp, kc = KEYS[lg]
    p = P("id,site,%s,%s,%s,%s,dock\n" % (ks, kn, kp, kc))
    rows = [("A", ad) for ad in addrs] + [("L", None)] * rng.randint(2, 4)
    rng.shuffle(rows)
    for k, (kind, ad) in enumerate(rows):
        p.t("%d," % (k + 1)).s(*look()).t(",")
        if kind == "A":
            p.s("STREET_ADDRESS", ad.name).t(",").s("STREET_ADDRESS", ad.no).t(",").s("STREET_ADDRESS", ad.zip)
            p.t(",%s," % ad.city)
        else:  # a row with no address: its cells empty
            p.t(",,,,")
        p.s(*look()).t("\n")
    return "read_csv", {"path": "exports/sites.csv", "rows": 20}, p


def ldif(lg, addrs):
    p = P()
    for ad in addrs:
        p.t("dn: uid=%s,ou=people,dc=acme,dc=test\nstreet: " % rid("u", 4).lower()).s("STREET_ADDRESS", ad.line())
        p.t("\npostalCode: ").s("STREET_ADDRESS", ad.zip).t("\nl: %s\nroomNumber: " % ad.city).s(*look())
        p.t("\nphysicalDeliveryOfficeName: ").s(*look()).t("\n\n")
    for _ in range(rng.randint(1, 2)):
        p.t("dn: cn=%s,ou=resources,dc=acme,dc=test\ndescription: " % rid("res", 3)).s(*look())
        p.t("\nroomNumber: ").s(*look()).t("\nl: ").s(*look()).t("\n\n")
    return "ldap_search", {"base": "dc=acme,dc=test", "filter": "(l=*)"}, p


def vcard(lg, addrs):
    p = P()
    for ad in addrs:
        p.t("BEGIN:VCARD\nVERSION:4.0\nORG:").s(*look()).t("\nADR;TYPE=home:;;").s("STREET_ADDRESS", ad.line())
        p.t(";%s;;" % ad.city).s("STREET_ADDRESS", ad.zip).t(";%s\nADR;TYPE=work:;" % lg.upper()).s(*look())
        p.t(";;;;;\nNOTE:parking ").s(*look()).t("\\, badge for ").s(*look()).t("\nEND:VCARD\n")
    return "contacts_export", {"format": "vcf"}, p


def ics(lg, addrs):
    p = P("BEGIN:VCALENDAR\nPRODID:-//acme//cal//EN\n")
    evs = [None] * rng.randint(3, 5) + list(addrs)
    rng.shuffle(evs)
    for ad in evs:
        p.t("BEGIN:VEVENT\nDTSTART:202506%02dT0900Z\nSUMMARY:" % rng.randint(1, 28)).s(*look()).t("\nLOCATION:")
        if ad is None:
            p.s(*look())
        else:
            p.s("STREET_ADDRESS", ad.line()).t("\\, ").s("STREET_ADDRESS", ad.town())
        p.t("\nEND:VEVENT\n")
    return "calendar_ics", {"url": "https://cal.example.test/team.ics"}, p.t("END:VCALENDAR\n")


def grep(lg, addrs):
    ks = KEYS[lg][0]
    p = P()
    lines = [("A", ad) for ad in addrs] + [("L", None)] * rng.randint(4, 6)
    rng.shuffle(lines)
    for kind, ad in lines:
        n = rng.randint(3, 400)
        if kind == "A":
            p.t('tests/fixtures/customers_%s.json:%d:    "%s": "' % (lg, n, ks)).s("STREET_ADDRESS", ad.line())
            p.t('",\n')
        else:
            f = rng.choice(['src/models/address.py:%d:class {L}(Base):', 'db/schema.sql:%d:CREATE TABLE {L} (',
                            'config/sites.yml:%d:  venue: {L}', 'README.md:%d:See {L} for details.',
                            'tests/test_geo.py:%d:    assert route("{L}")'])
            a, b = (f % n).split("{L}")
            p.t(a).s(*look()).t(b + "\n")
    return "grep", {"pattern": "street|venue|road", "path": "."}, p


def yaml(lg, addrs):
    p = P("sites:\n")
    for ad in addrs:
        p.t("  - name: ").s(*look()).t("\n    address: ").s("STREET_ADDRESS", ad.line()).t("\n    zip: \"")
        p.s("STREET_ADDRESS", ad.zip).t("\"\n    city: %s\n    dock: " % ad.city).s(*look()).t("\n")
    for _ in range(rng.randint(2, 3)):
        p.t("  - name: ").s(*look()).t("\n    location: ").s(*look()).t("\n    release: ").s(*look()).t("\n")
    return "read_file", {"path": "deploy/sites.yaml"}, p


def toml(lg, addrs):
    p = P("[service]\nname = \"").s(*look()).t("\"\nversion = \"").s(*look()).t("\"\n\n")
    for k, ad in enumerate(addrs):
        p.t("[site.%d]\nstreet = \"" % k).s("STREET_ADDRESS", ad.line()).t("\"\npostcode = \"")
        p.s("STREET_ADDRESS", ad.zip).t("\"\ncity = \"%s\"\nroom = \"" % ad.city).s(*look()).t("\"\n\n")
    p.t("[venue]\nhall = \"").s(*look()).t("\"\ngate = \"").s(*look()).t("\"\n")
    return "read_file", {"path": "config/app.toml"}, p


def log(lg, addrs):
    p = P()
    lines = [("A", ad) for ad in addrs] + [("L", None)] * rng.randint(4, 7)
    rng.shuffle(lines)
    for kind, ad in lines:
        p.t(stamp() + " " + rng.choice(["INFO", "WARN", "DEBUG"]) + " ")
        if kind == "A":
            p.t("geocode ok address=\"").s("STREET_ADDRESS", ad.line()).t("\" zip=")
            p.s("STREET_ADDRESS", ad.zip).t(" lat=").s(*look()).t("\n")
        else:
            a, b = rng.choice(["route={L} eta=12m", "scanner at {L} offline", "picked from {L} ok",
                               "deploy {L} done", "GET /v1/sites?name={L} 200", "vehicle on {L} delayed"]
                              ).split("{L}")
            p.t(a).s(*look()).t(b + "\n")
    return "tail_log", {"service": "dispatch", "lines": 50}, p


def shell(lg, addrs):
    p = P("$ ls ").s(*look()).t("\nindex.json  tiles/\n$ cat site.txt\n")
    for ad in addrs:
        p.t("Site: ").s(*look()).t("\n")
        addr_line(p, ad, True).t("\nAccess: ").s(*look()).t("\n")
    p.t("$ git log --oneline -2\n%s bump " % rid("", 7).lower()).s(*look()).t("\n%s fix " % rid("", 7).lower())
    p.s(*look()).t("\n")
    return "bash", {"command": "ls; cat site.txt; git log --oneline -2"}, p


# memory notes, minutes and thread lines in the language: a location label or a meeting phrase before a
# look-alike, and the people's addresses after an address cue
WHERE = {"en": "Location", "de": "Ort", "fr": "Lieu", "es": "Lugar", "it": "Luogo", "pt": "Local", "nl": "Locatie",
         "pl": "Miejsce", "sv": "Plats", "da": "Sted", "fi": "Paikka", "cs": "Místo"}
MEET = {"en": ["Load-in is at {L} from 9.", "We moved the shoot to {L}.", "Meet me at {L} after lunch."],
        "de": ["Aufbau in {L} ab 9 Uhr.", "Wir treffen uns an {L}.", "{L} ist ab Montag frei."],
        "fr": ["On se retrouve à {L} demain.", "Montage en {L} à 9h.", "{L} est libre lundi."],
        "es": ["Nos vemos en {L} a las 10.", "Montaje en {L} el lunes.", "{L} queda libre."],
        "it": ["Ci vediamo al {L} alle 10.", "Allestimento in {L} lunedì.", "{L} è libero."],
        "pt": ["Encontramo-nos no {L} às 10.", "Montagem em {L} na segunda.", "{L} está livre."],
        "nl": ["We zitten in {L} vanaf 9 uur.", "Opbouw op {L} maandag.", "{L} is vrij."],
        "pl": ["Spotkanie w {L} o 10.", "Montaż przy {L} w poniedziałek.", "{L} jest wolne."],
        "sv": ["Vi ses vid {L} kl 10.", "Bygget flyttas till {L}.", "{L} är ledig på måndag."],
        "da": ["Vi mødes ved {L} kl. 10.", "Opstilling i {L} mandag.", "{L} er ledig."],
        "fi": ["Tavataan {L} klo 10.", "Rakennus alkaa {L} maanantaina.", "{L} on vapaa."],
        "cs": ["Sejdeme se u {L} v 10.", "Stavba v {L} v pondělí.", "{L} je volné."]}
CUE = {"en": "Address", "de": "Adresse", "fr": "Adresse", "es": "Dirección", "it": "Indirizzo", "pt": "Morada",
       "nl": "Adres", "pl": "Adres", "sv": "Adress", "da": "Adresse", "fi": "Osoite", "cs": "Adresa"}


def notes(lg, addrs):
    p = P(rng.choice(["## Scratchpad\n", "## Saved memory\n", "Minutes\n", "TODO\n", "So far:\n"]))
    lines = [("A", ad) for ad in addrs] + [("W", None), ("M", None), ("M", None), ("T", None)] * 2
    rng.shuffle(lines)
    for kind, ad in lines:
        p.t("- ")
        if kind == "A":
            addr_line(p.t(CUE[lg] + ": "), ad, rng.random() < 0.7)
        elif kind == "W":
            p.t(WHERE[lg] + ": ").s(*look())
        elif kind == "M":
            a, b = rng.choice(MEET[lg]).split("{L}")
            p.t(a).s(*look()).t(b)
        else:
            p.t("[ ] ").s(*look()).t(" / ").s(*look())
        p.t("\n")
    return "memory_read", {"key": "notes"}, p


SHAPES = {"crm": crm, "order": order, "ticket": ticket, "event": event, "hr": hr, "directory": directory,
          "sql": sql, "csv": csv, "ldif": ldif, "vcard": vcard, "ics": ics, "grep": grep, "yaml": yaml,
          "toml": toml, "log": log, "shell": shell, "notes": notes}


# ---- prose around the calls ------------------------------------------------------------------------
def prose():
    p = P(rng.choice(["Done. ", "Here is what I found. ", "Summary: ", "I checked the tools. "]))
    for _ in range(rng.randint(2, 4)):
        a, b = rng.choice(["{L} is booked for Thursday. ", "The parcel is waiting at {L}. ",
                           "I tagged it with {L}. ", "Next step: {L}. ", "It ships with {L}. "]).split("{L}")
        p.t(a).s(*look()).t(b)
    return p


ASKS = ["Find the sites and tell me which one is free.", "Check the order and the warehouse slot.",
        "Pull the record and summarise it.", "Where is the delivery going?", "List the venues for next week."]


def body(api, calls, ask, summary):
    if api == "oai":
        ids = ["call_%s" % rid("", 10).lower() for _ in calls]
        msgs = [{"role": "system", "content": "You are an operations assistant."}, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": c, "type": "function", "function": {"name": n, "arguments": a}}
                    for c, (n, a, _r) in zip(ids, calls)]}]
        msgs += [{"role": "tool", "tool_call_id": c, "content": r} for c, (_n, _a, r) in zip(ids, calls)]
        return {"model": "gpt-4o", "messages": msgs + [{"role": "assistant", "content": summary}]}
    if api == "resp":
        items = [{"role": "user", "content": ask}]
        for n, a, r in calls:
            c = "call_%05d" % rng.randint(0, 99999)
            items += [{"type": "function_call", "call_id": c, "name": n, "arguments": a},
                      {"type": "function_call_output", "call_id": c, "output": r}]
        items.append({"role": "assistant", "content": [{"type": "output_text", "text": summary}]})
        return {"model": "gpt-4.1", "instructions": "You are an operations assistant.", "input": items}
    if api == "anth":
        msgs = [{"role": "user", "content": ask}]
        for n, a, r in calls:
            c = "toolu_%s" % rid("", 10)
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": n, "input": a}]})
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c, "content": r}]})
        msgs.append({"role": "assistant", "content": [{"type": "text", "text": summary}]})
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": "You are an operations assistant.",
                "messages": msgs}
    contents = [{"role": "user", "parts": [{"text": ask}]}]
    for n, a, r in calls:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}}]})
        contents.append({"role": "user", "parts": [{"functionResponse": {"name": n, "response": r}}]})
    contents.append({"role": "model", "parts": [{"text": summary}]})
    return {"contents": contents}


def conversation(i, lg, api, shapes):
    pieces = []
    style = rng.choice(["pretty", "line", "compact"])

    def add(doc, native):
        k = len(pieces)
        if isinstance(doc, P) and native:
            doc = {"output": doc}
        if isinstance(doc, P):
            pieces.append(doc)
            return MARK % k
        j = J(style if not native else rng.choice(["compact", "line"]))
        j.write(doc)
        pieces.append(j.p)
        return RAWMARK % k if native else MARK % k

    calls = []
    for sh in shapes:
        addrs = [Addr(lg) for _ in range(rng.choice([1, 1, 2]))]
        name, args, res = SHAPES[sh](lg, addrs)
        if rng.random() < 0.3:  # an argument naming a look-alike or an address
            args = dict(args, near=look() if rng.random() < 0.7 else ("STREET_ADDRESS", addrs[0].line()))
        calls.append((name, add(args, api in ("anth", "gemini")), add(res, api == "gemini" and rng.random() < 0.5)))
    summary = add(prose(), False)
    b = body(api, calls, rng.choice(ASKS), summary)
    ascii_ = i % 3 == 0
    text, spans = place(dumps(b, ascii_, i % 2 == 1), pieces, ascii_)
    json.loads(text)
    return text, spans, ascii_


def main():
    records = []
    apis = ["oai", "resp", "anth", "gemini"]
    names = list(SHAPES)
    for i in range(408):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        shapes = [names[i % len(names)]] + [rng.choice(names) for _ in range(rng.choice([0, 1, 2]))]
        text, spans, ascii_ = conversation(i, lg, api, shapes)
        append_body(records, text, spans, {"locale": lg, "class": shapes[0], "api": api, "ascii": ascii_,
                                           "shape": "+".join(shapes)})
    write_json(records)


main()
