#!/usr/bin/env python3
"""gen_addr39.py: street addresses of the two classes that four tune sets each miss whole (issue 15,
branch `addr39`), in kinds of text none of those sets has.

The classes (counted over names_holdout, names_holdout2/5/9/11/12 and presidio's tune half; the
table is in notes/addr39.md):
- `eircode`: Irish addresses that end in an Eircode (`26 Glenview Park, Drumcondra, Dublin 9,
  D09 T8T6`, `Knockraha, Tuam, Co. Galway, H54 R6D3`, a townland with no house number, an
  apartment and a building name before the street, `Co. Cork R73 9P2E` without the comma, lower
  case, Irish-language street names);
- `india`: Indian addresses led by a unit (`Flat 843, Green Park Residency, MG Road, Ernakulam,
  Bengaluru - 560094`, `#74, Carter Road, Bandra West, Mumbai 400050`, `Plot No. 28`, `House No.
  77`, `H.No. 9-3-186, Road No. 12`, a state or `India` after the PIN, lower and upper case).
Kinds of text: courier manifests as CSV, GST/VAT invoice footers, meter-reading e-mails, a
plumber's job sheet, estate agents' viewing rosters, school-bus pick-up lists, API responses in
JSON, Slack messages, YAML seed files, SMS reminders; a person, a phone or an e-mail follows the
address on the same line in many of them (they must stay outside the address span, and are
labelled PERSON / left as text).
Look-alikes (NEG_*): `Building 4` and `Rack 12` in a data-centre inventory, `Suite 200` in a hotel
review, `Floor 3` of a game level, `Flat 7` of a music score, `#74` in a ranking, `Plot 3` of a
chart, `Sector 21` of a game map, six-digit order and ticket numbers after ' - ', Eircode-shaped
part numbers and grid squares, `Dublin 6` and `Co. Galway` alone as places.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402

rng = random.Random(20261204 + 39)
records = []
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]


class D(Doc):
    records = records


def invent(lg, surname=False):
    w = "".join(rng.choice(SYL[lg]) for _ in range(2))
    if surname:
        w += rng.choice(END[lg])
    return w.capitalize()


GIVEN = ["Siobhan", "Ciarán", "Aoife", "Priya", "Rahul", "Ananya", "Declan", "Niamh", "Arjun",
         "Kavya", "Jonas", "Élodie", "Pieter", "Lucía", "Giulia", "João"]
SUR = ["Murphy", "O'Brien", "Nair", "Iyer", "Gupta", "Byrne", "Reddy", "Keller", "Dupont",
       "Bakker", "Navarro", "Rossi", "Silva", "Kavanagh"]


def person(lg="en"):
    if rng.random() < 0.5:
        return rng.choice(GIVEN) + " " + rng.choice(SUR)
    return invent(lg) + " " + invent(lg, True)


def phone_ie():
    return "+353 8%d %03d %04d" % (rng.randint(3, 9), rng.randint(100, 999), rng.randint(0, 9999))


def phone_in():
    return "+91 9%04d %05d" % (rng.randint(0, 9999), rng.randint(0, 99999))


def phone(kind):
    return phone_ie() if kind == "ie" else phone_in()


def mail(p):
    return p.lower().replace(" ", ".").replace("'", "") + rng.choice(
        ["@gmail.com", "@eircom.net", "@rediffmail.com", "@outlook.ie", "@yahoo.co.in"])


# ---- Irish addresses ending in an Eircode ------------------------------------------------------
IE_STREETS = ["Glenview Park", "Ard na Gréine", "Bóthar na Trá", "Sráid Mhór", "Ashgrove Park",
              "Sycamore Lawn", "Rathgar Avenue", "Griffith Avenue", "Weavers Walk", "Cnoc na Rí",
              "Maple Grove", "Old Mill Court", "Chapel Lane", "Ferndale Heights"]
IE_TOWNLANDS = ["Knockraha", "Derrylea", "Ballycurrane", "Gortnahoe", "Carrowmore", "Lisnagry",
                "Ballinlough", "Drumkeen"]
IE_AREAS = [("Drumcondra", "Dublin 9", "D09"), ("Ranelagh", "Dublin 6", "D06"),
            ("Tallaght", "Dublin 24", "D24"), ("Clontarf", "Dublin 3", "D03"),
            ("Rathmines", "Dublin 6", "D06"), ("Cabra", "Dublin 7", "D07")]
IE_COUNTY = [("Tuam", "Co. Galway", "H54"), ("Ballinasloe", "Co. Galway", "H53"),
             ("Ennis", "Co. Clare", "V95"), ("Kinsale", "Co. Cork", "P17"),
             ("Dungarvan", "Co. Waterford", "X35"), ("Letterkenny", "Co. Donegal", "F92"),
             ("Mallow", "Co. Cork", "P51"), ("Nenagh", "Co. Tipperary", "E45")]
BUILDINGS_IE = ["The Maltings", "Harbour View", "Riverside House", "Custom Quay", "The Granary"]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"


def eircode(key):
    return key + " " + "".join(rng.choice(EIR_CHARS) for _ in range(4))


def ie_address():
    k = rng.randrange(6)
    if k < 3:  # number, street, area/Dublin N or town/county, Eircode
        head = "%d %s" % (rng.randint(1, 240), rng.choice(IE_STREETS))
    elif k == 3:  # a townland: no house number
        head = rng.choice(IE_TOWNLANDS)
    elif k == 4:  # apartment, building, then the street
        head = "Apt %d, %s, %d %s" % (rng.randint(1, 60), rng.choice(BUILDINGS_IE),
                                      rng.randint(1, 99), rng.choice(IE_STREETS))
    else:
        head = "Flat %d, %d %s" % (rng.randint(1, 30), rng.randint(1, 240), rng.choice(IE_STREETS))
    if rng.random() < 0.5:
        area, dub, key = rng.choice(IE_AREAS)
        tail = "%s, %s" % (area, dub)
    else:
        town, county, key = rng.choice(IE_COUNTY)
        tail = "%s, %s" % (town, county)
    sep = ", " if rng.random() < 0.8 else " "
    a = head + ", " + tail + sep + eircode(key)
    r = rng.random()
    if r < 0.2:
        a = a.lower()
    elif r < 0.3:
        a = a.upper()
    return a


# ---- Indian addresses led by a unit -------------------------------------------------------------
IN_UNIT = ["Flat {n}", "Flat No. {n}", "Plot {n}", "Plot No. {n}", "House No. {n}", "H.No. {h}",
           "#{n}", "Door No. {h}"]
IN_BUILDING = ["Green Park Residency", "Sai Krupa Apartments", "Lotus Enclave", "Gulmohar Towers",
               "Shanti Kunj", "Prestige Lakeside", "Sri Krishna Enclave", "B-Wing, Shanti Niketan"]
IN_ROAD = ["MG Road", "Carter Road", "14th Cross", "Anna Salai", "Baner Road", "Road No. 12",
           "Sector 21", "Linking Road", "100 Feet Road", "Opp. Axis Bank"]
IN_AREA = ["Bandra West", "Indiranagar", "Koramangala", "Teynampet", "Kothrud", "Salt Lake",
           "Banjara Hills", "Andheri East", "Dwarka", "Ernakulam"]
IN_CITY = [("Bengaluru", "560", "Karnataka"), ("Mumbai", "400", "Maharashtra"),
           ("Chennai", "600", "Tamil Nadu"), ("Pune", "411", "Maharashtra"),
           ("Hyderabad", "500", "Telangana"), ("Kolkata", "700", "West Bengal"),
           ("New Delhi", "110", "Delhi"), ("Kochi", "682", "Kerala")]


def in_address():
    unit = rng.choice(IN_UNIT).format(n=rng.randint(1, 999), h="%d-%d-%d" % (
        rng.randint(1, 12), rng.randint(1, 9), rng.randint(10, 400)))
    parts = [unit]
    if rng.random() < 0.7:
        parts.append(rng.choice(IN_BUILDING))
    parts.append(rng.choice(IN_ROAD))
    if rng.random() < 0.8:
        parts.append(rng.choice(IN_AREA))
    city, pin, state = rng.choice(IN_CITY)
    pin += "%03d" % rng.randint(1, 99)
    parts.append(city + rng.choice([" - ", " ", ", ", "-"]) + pin)
    r = rng.random()
    if r < 0.3:
        parts.append(state)
    elif r < 0.4:
        parts.extend([state, "India"])
    a = ", ".join(parts)
    r = rng.random()
    if r < 0.2:
        a = a.lower()
    elif r < 0.3:
        a = a.upper()
    return a


# ---- containers ---------------------------------------------------------------------------------
def after(d, kind):
    """What follows the address on its line: nothing, a person, a phone, an e-mail."""
    k = rng.randrange(5)
    p = person()
    if k == 1:
        d.t(", attn ").span("PERSON", p)
    elif k == 2:
        d.t(" | ").span("PERSON", p).t(" | ").span("PHONE_NUMBER", phone(kind))
    elif k == 3:
        d.t(" (contact: ").span("PERSON", p).t(", ").span("EMAIL_ADDRESS", mail(p)).t(")")
    elif k == 4:
        d.t(", tel ").span("PHONE_NUMBER", phone(kind))


def addr(kind):
    return ie_address() if kind == "ie" else in_address()


def manifest(kind):
    d = D("en", "manifest_" + kind)
    d.t("consignment_id,consignee,delivery_address,phone,weight_kg\n")
    for i in range(rng.randint(2, 4)):
        p = person()
        d.t("CN%07d," % rng.randint(0, 9999999)).span("PERSON", p).t(',"').span(
            "STREET_ADDRESS", addr(kind)).t('",').span("PHONE_NUMBER", phone(kind))
        d.t(",%.1f\n" % rng.uniform(0.2, 30))
    d.done()


def invoice_footer(kind):
    d = D("en", "invoice_" + kind)
    firm = invent("en").upper() + (" TRADING LTD" if kind == "ie" else " ENTERPRISES PVT LTD")
    d.t("TAX INVOICE  No. %s/%d\nAmount due: %d.00\nPayment within 30 days.\n\n" % (
        "INV" if kind == "ie" else "GST", rng.randint(1000, 9999), rng.randint(40, 9000)))
    d.t(firm + " · Registered office: ").span("STREET_ADDRESS", addr(kind))
    d.t(" · " + ("VAT IE%07dT" % rng.randint(0, 9999999) if kind == "ie"
                 else "GSTIN 29AAB%05dZ1" % rng.randint(0, 99999)) + "\n")
    d.done()


def meter_mail(kind):
    d = D("en", "meter_" + kind)
    p = person()
    d.t("Subject: meter reading for ").span("STREET_ADDRESS", addr(kind)).t("\n\nHi,\nthe reading "
                                                                           "today was %05d. " % rng.randint(0, 99999))
    d.t("Regards,\n").span("PERSON", p).t("\n")
    d.done()


def job_sheet(kind):
    d = D("en", "jobsheet_" + kind)
    p = person()
    d.t("JOB %d  boiler service\nCustomer: " % rng.randint(100, 999)).span("PERSON", p)
    d.t("\nSite: ").span("STREET_ADDRESS", addr(kind))
    after(d, kind)
    d.t("\nParts: pump seal, %d m pipe\n" % rng.randint(1, 9))
    d.done()


def roster(kind):
    d = D("en", "roster_" + kind)
    d.t("Viewings Saturday\n")
    for i in range(rng.randint(2, 3)):
        d.t("%02d:%02d  " % (rng.randint(9, 16), rng.choice([0, 15, 30, 45])))
        d.span("STREET_ADDRESS", addr(kind))
        after(d, kind)
        d.t("\n")
    d.done()


def json_api(kind):
    d = D("en", "json_" + kind)
    p = person()
    d.t('{"order": %d, "customer": "' % rng.randint(10000, 99999)).span("PERSON", p)
    d.t('", "ship_to": "').span("STREET_ADDRESS", addr(kind)).t('", "status": "shipped"}')
    d.done()


def slack(kind):
    d = D("en", "slack_" + kind)
    p = person()
    d.t("[%02d:%02d] " % (rng.randint(8, 18), rng.randint(0, 59))).span("PERSON", p)
    d.t(rng.choice([": new address for the contract is ", ": please send the keys to ",
                    ": I moved, now at "])).span("STREET_ADDRESS", addr(kind))
    after(d, kind)
    d.t(rng.choice([" thanks!", "", " 🙏"]) + "\n")
    d.done()


def yaml_seed(kind):
    d = D("en", "yaml_" + kind)
    p = person()
    d.t("- id: %d\n  name: " % rng.randint(1, 999)).span("PERSON", p)
    d.t("\n  address: ").span("STREET_ADDRESS", addr(kind)).t("\n  active: true\n")
    d.done()


def sms(kind):
    d = D("en", "sms_" + kind)
    d.t("Reminder: your appointment on %d/%d at %d:00 at " % (
        rng.randint(1, 28), rng.randint(1, 12), rng.randint(9, 17)))
    d.span("STREET_ADDRESS", addr(kind)).t(". Reply STOP to opt out.")
    d.done()


def bus_list(kind):
    d = D("en", "bus_" + kind)
    d.t("School bus pick-up list, route %d\n" % rng.randint(1, 30))
    for i in range(rng.randint(2, 3)):
        d.t("%d. " % (i + 1)).span("PERSON", person()).t(" – ").span("STREET_ADDRESS", addr(kind))
        d.t("\n")
    d.done()


# ---- look-alikes --------------------------------------------------------------------------------
def neg_inventory():
    d = D("en", "neg_inventory")
    d.t("Asset register (data centre)\n")
    for i in range(3):
        d.span("NEG_PLACE", "Building %d, Rack %d, Row %s" % (
            rng.randint(1, 9), rng.randint(1, 40), rng.choice("ABCDEF")))
        d.t(", Dublin %d site: %d servers\n" % (rng.choice([12, 15, 24]), rng.randint(2, 60)))
    d.done()


def neg_review():
    d = D("en", "neg_review")
    d.t("★★★★☆ We stayed in ").span("NEG_PLACE", "Suite %d, Floor %d" % (
        rng.randint(100, 900), rng.randint(1, 12)))
    d.t(" of the hotel in Co. Galway, great view of the bay, breakfast till 10.")
    d.done()


def neg_game():
    d = D("en", "neg_game")
    d.t("Walkthrough: ").span("NEG_TERM", "Floor %d, Sector %d, Plot %d" % (
        rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 9)))
    d.t(" - %d points; the boss spawns at #%d, Tower Road, Level 6." % (
        rng.randint(100, 999), rng.randint(1, 99)))
    d.done()


def neg_ranking():
    d = D("en", "neg_ranking")
    d.t("Leaderboard\n")
    for i in range(3):
        d.t("#%d, " % (i + 1)).span("NEG_TERM", "%s Team, Bengaluru - %d" % (
            invent("en"), rng.randint(100000, 999999))).t(" pts\n")
    d.done()


def neg_codes():
    d = D("en", "neg_codes")
    d.t("Parts: ").span("NEG_CODE", "SKU %s%02d %s" % (rng.choice("ACDEFHKNPRTVWXY"),
                                                     rng.randint(10, 99), "".join(
        rng.choice(EIR_CHARS) for _ in range(4))))
    d.t(", order - %d, ticket #%d, Flat %d of the score in bar %d." % (
        rng.randint(100000, 999999), rng.randint(1, 9999), rng.randint(2, 7), rng.randint(1, 80)))
    d.done()


def neg_places():
    d = D("en", "neg_places")
    d.t("Buses to ").span("NEG_PLACE", rng.choice(["Dublin 6", "Dublin 24", "Co. Galway",
                                                    "Co. Cork", "Bengaluru", "Mumbai"]))
    d.t(" run every %d minutes from Plot %d of the chart." % (rng.randint(5, 30), rng.randint(1, 9)))
    d.done()


KINDS = [manifest, invoice_footer, meter_mail, job_sheet, roster, json_api, slack, yaml_seed, sms,
         bus_list]
NEGS = [neg_inventory, neg_review, neg_game, neg_ranking, neg_codes, neg_places]

for rnd in range(4):
    for kind in ("ie", "in"):
        for f in KINDS:
            f(kind)
    for f in NEGS:
        f()

write_json(records)
