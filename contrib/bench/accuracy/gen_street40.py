#!/usr/bin/env python3
"""gen_street40.py: street addresses ended by a postcode that the tune sets' street readers miss
whole or leave in part, in kinds of text no corpus has (stop 40, branch street40).

The two classes read across names_holdout, 5, 9, 11, 12, addr_tune3/4/5, prec38 and addr39:
Indian addresses led by a unit or house number (Flat, Flat No., H.No., House No., Door No., Plot,
Shop No., #N, No. N, C-37) over comma parts (a building, a road, a cross, a sector, a landmark
`Opp.`/`Near`, an area) to a city and a six-digit PIN, a state and India after; Irish addresses
(a house number and a street of Irish types, a townland alone, a flat before) over a town, a
county or a Dublin district to an Eircode. Vocabulary invented here (buildings, roads, townlands)
so the corpus does not repeat addr39's lists. Containers: a rental agreement clause, a courier
WhatsApp forward, a Markdown table row, an HTML table cell, a logfmt line, a Python dict literal,
an LLM prompt to rewrite, a KYC e-mail, a wedding invitation, a municipal complaint; a person,
phone or e-mail beside on the line.

Look-alikes (NEG_*): a data-centre rack line ending in an asset number, a ticket with a team and
a six-digit reference, a game's sector and level with a seed, a research paper's Plot/Table with
a sample size, a leaderboard with a team and a score, a train's coach and berth with a PNR, SKUs
shaped like Eircodes, a county or a Dublin district alone as a topic.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402

rng = random.Random(20261205 + 40)
records = []


class D(Doc):
    records = records


def invent(lg, surname=False):
    w = "".join(rng.choice(SYL[lg]) for _ in range(2))
    if surname:
        w += rng.choice(END[lg])
    return w.capitalize()


IN_GIVEN = ["Meenakshi", "Sandeep", "Lakshmi", "Vikram", "Deepa", "Harish", "Farhan", "Neha"]
IN_SUR = ["Venkataraman", "Chatterjee", "Pillai", "Deshmukh", "Bhatt", "Menon", "Qureshi"]
IE_GIVEN = ["Orla", "Cathal", "Sorcha", "Fionn", "Gráinne", "Tadhg", "Róisín", "Eoin"]
IE_SUR = ["Ó Súilleabháin", "McNamara", "Fitzgerald", "Gallagher", "Brennan", "Ní Bhriain"]


def person(kind):
    r = rng.random()
    if r < 0.4:
        g, s = (IN_GIVEN, IN_SUR) if kind == "in" else (IE_GIVEN, IE_SUR)
        return rng.choice(g) + " " + rng.choice(s)
    lg = rng.choice(["en", "de", "fr", "nl", "es", "it", "pt"])
    return invent(lg) + " " + invent(lg, True)


def phone(kind):
    if kind == "in":
        return "+91 %d%04d %05d" % (rng.choice([7, 8, 9]), rng.randint(0, 9999),
                                    rng.randint(0, 99999))
    return "+353 8%d %03d %04d" % (rng.randint(3, 9), rng.randint(100, 999), rng.randint(0, 9999))


def mail(p):
    return p.split()[0].lower().replace("á", "a").replace("í", "i") + "." + str(
        rng.randint(1, 99)) + "@example.in"


# ---- Indian addresses: a unit first, a PIN last --------------------------------------------------
def bldg_in():
    first = invent("en") + rng.choice(["", " " + invent("it")])
    return first + " " + rng.choice(["Heights", "Apartments", "Residency", "Towers", "Enclave",
                                     "Nivas", "Sadan", "Complex", "Arcade", "Plaza", "Gardens"])


IN_ROADS = ["2nd Main", "7th Cross", "Station Road", "80 Feet Road", "Nehru Marg", "Sector 14",
            "Old Airport Road", "Ring Road", "Gandhi Path", "Temple Street", "Block C",
            "Phase 2", "Ward 9"]
IN_MARKS = ["Opp. Canara Bank", "Near Ganesh Temple", "Behind Bus Stand", "Next to City Mall"]
IN_AREAS = ["Jayanagar", "Malleswaram", "Velachery", "Aundh", "Gachibowli", "Vashi", "Saket",
            "Kakkanad", "Alkapuri", "Civil Lines", "Hazratganj", "Navrangpura"]
IN_CITIES = [("Bangalore", "560", "Karnataka"), ("Navi Mumbai", "400", "Maharashtra"),
             ("Chennai", "600", "TN"), ("Ahmedabad", "380", "Gujarat"),
             ("Lucknow", "226", "Uttar Pradesh"), ("Jaipur", "302", "Rajasthan"),
             ("Vadodara", "390", "Gujarat"), ("Thiruvananthapuram", "695", "Kerala"),
             ("Gurugram", "122", "Haryana"), ("Hyderabad", "500", "Telangana")]


def in_unit():
    n = rng.randint(1, 1200)
    return rng.choice(["Flat %d" % n, "Flat No. %d" % n, "Flat No %d" % n, "H.No. %d-%d-%d" % (
        rng.randint(1, 16), rng.randint(1, 9), rng.randint(1, 500)), "House No. %d" % n,
        "Door No. %d/%d" % (n, rng.randint(1, 9)), "Plot %d" % n, "Plot No. %d" % n,
        "Shop No. %d" % n, "#%d" % n, "No. %d" % n, "%s-%d" % (rng.choice("ABCDG"), n),
        "Flat %s-%d" % (rng.choice("ABC"), n)])


def in_address():
    parts = [in_unit()]
    if rng.random() < 0.6:
        parts.append(bldg_in())
    parts.append(rng.choice(IN_ROADS))
    if rng.random() < 0.3:
        parts.append(rng.choice(IN_MARKS))
    if rng.random() < 0.7:
        parts.append(rng.choice(IN_AREAS))
    city, pin, state = rng.choice(IN_CITIES)
    pin += "%03d" % rng.randint(1, 99)
    parts.append(city + rng.choice([" - ", " ", ", ", "-", " – "]) + pin)
    r = rng.random()
    if r < 0.3:
        parts.append(state)
    elif r < 0.45:
        parts.extend([state, "India"])
    a = ", ".join(parts)
    r = rng.random()
    if r < 0.15:
        a = a.lower()
    elif r < 0.25:
        a = a.upper()
    return a


# ---- Irish addresses: an Eircode last ------------------------------------------------------------
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"
IE_TYPES = ["Grove", "Heights", "Crescent", "Close", "Drive", "Meadows", "Rise", "Terrace",
            "Lawns", "Court", "View", "Wood"]
IE_GAEL = ["Bóthar an Phiarsaigh", "Sráid na hEaglaise", "Ard an Bhile", "Cnoc na Gréine"]
IE_TOWNLANDS = ["Gortnaclohy", "Ballinahown", "Carrigeen", "Knocknagree", "Derrycashel",
                "Cloonfad", "Rathnaleen"]
IE_TOWNS = [("Mullingar", "Co. Westmeath", "N91"), ("Athlone", "Co. Westmeath", "N37"),
            ("Killarney", "Co. Kerry", "V93"), ("Clonmel", "Co. Tipperary", "E91"),
            ("Wexford", "Co. Wexford", "Y35"), ("Castlebar", "Co. Mayo", "F23"),
            ("Drogheda", "Co. Louth", "A92"), ("Naas", "Co. Kildare", "W91"),
            ("Skibbereen", "Co. Cork", "P81"), ("Cavan", "Co. Cavan", "H12")]
IE_DUB = [("Phibsborough", "Dublin 7", "D07"), ("Rathfarnham", "Dublin 14", "D14"),
          ("Crumlin", "Dublin 12", "D12"), ("Sandymount", "Dublin 4", "D04"),
          ("Finglas", "Dublin 11", "D11")]


def eircode(key):
    return key + rng.choice([" ", " ", ""]) + "".join(rng.choice(EIR_CHARS) for _ in range(4))


def ie_address():
    k = rng.randrange(6)
    street = "%s %s" % (invent("en"), rng.choice(IE_TYPES)) if rng.random() < 0.7 else \
        rng.choice(IE_GAEL)
    if k < 3:
        head = "%d %s" % (rng.randint(1, 260), street)
    elif k == 3:
        head = rng.choice(IE_TOWNLANDS)
    elif k == 4:
        head = "Apt %d, %s House, %d %s" % (rng.randint(1, 80), invent("en"),
                                            rng.randint(1, 99), street)
    else:
        head = "Flat %d, %d %s" % (rng.randint(1, 30), rng.randint(1, 260), street)
    if rng.random() < 0.4:
        area, dub, key = rng.choice(IE_DUB)
        tail = "%s, %s" % (area, dub)
    else:
        town, county, key = rng.choice(IE_TOWNS)
        tail = "%s, %s" % (town, county) if rng.random() < 0.8 else town
    a = head + ", " + tail + rng.choice([", ", ", ", " "]) + eircode(key)
    if rng.random() < 0.15:
        a += ", Ireland"
    r = rng.random()
    if r < 0.15:
        a = a.lower()
    elif r < 0.25:
        a = a.upper()
    return a


def addr(kind):
    return in_address() if kind == "in" else ie_address()


# ---- containers ----------------------------------------------------------------------------------
def rental(kind):
    d = D("en", "rental")
    p = person(kind)
    d.t("THIS AGREEMENT is made between the Owner and ").span("PERSON", p)
    d.t(", residing at ").span("STREET_ADDRESS", addr(kind))
    d.t(" (hereinafter the Tenant), for a monthly rent payable by the 5th of each month.")
    d.done()


def courier_fwd(kind):
    d = D("en", "courier_fwd")
    p = person(kind)
    d.t("[14:02] Forwarded\nHi, your parcel could not be delivered. Address on file: ")
    d.span("STREET_ADDRESS", addr(kind)).t(". Reply Y to reschedule or call ")
    d.span("PHONE_NUMBER", phone(kind)).t(". Receiver: ").span("PERSON", p).t("\n")
    d.done()


def md_row(kind):
    d = D("en", "md_row")
    d.t("| # | Member | Address | Paid |\n|---|---|---|---|\n")
    for i in range(2):
        d.t("| %d | " % (i + 1)).span("PERSON", person(kind)).t(" | ")
        d.span("STREET_ADDRESS", addr(kind)).t(" | %s |\n" % rng.choice(["yes", "no"]))
    d.done()


def html_cell(kind):
    d = D("en", "html_cell")
    d.t("<tr><td>").span("PERSON", person(kind)).t("</td><td>")
    d.span("STREET_ADDRESS", addr(kind)).t("</td><td>")
    d.span("PHONE_NUMBER", phone(kind)).t("</td></tr>")
    d.done()


def logfmt(kind):
    d = D("en", "logfmt")
    d.t('ts=2026-11-30T08:12:44Z level=info msg="address updated" user_id=%d addr="' %
        rng.randint(1000, 99999))
    d.span("STREET_ADDRESS", addr(kind)).t('" source=app')
    d.done()


def pydict(kind):
    d = D("en", "pydict")
    p = person(kind)
    d.t("customer = {'name': '").span("PERSON", p).t("', 'address': '")
    d.span("STREET_ADDRESS", addr(kind)).t("', 'email': '").span("EMAIL_ADDRESS", mail(p))
    d.t("'}")
    d.done()


def prompt(kind):
    d = D("en", "prompt")
    d.t("Rewrite this more politely: please send the documents to ")
    d.span("STREET_ADDRESS", addr(kind)).t(" by Friday, ").span("PERSON", person(kind))
    d.t(" is waiting for them")
    d.done()


def kyc_mail(kind):
    d = D("en", "kyc_mail")
    p = person(kind)
    d.t("Dear ").span("PERSON", p).t(",\nWe could not verify your proof of address. The address ")
    d.t("we hold is ").span("STREET_ADDRESS", addr(kind))
    d.t(". Please upload a utility bill dated within three months.\nRegards, KYC team")
    d.done()


def invitation(kind):
    d = D("en", "invitation")
    d.t("You are cordially invited to the housewarming of ").span("PERSON", person(kind))
    d.t(" on Sunday at 6 pm.\nVenue: ").span("STREET_ADDRESS", addr(kind))
    d.t("\nRSVP: ").span("PHONE_NUMBER", phone(kind))
    d.done()


def complaint(kind):
    d = D("en", "complaint")
    d.t("Complaint no. %d: streetlight not working for two weeks outside " % rng.randint(
        10000, 99999)).span("STREET_ADDRESS", addr(kind))
    d.t("; reported by ").span("PERSON", person(kind)).t(".")
    d.done()


# ---- look-alikes ---------------------------------------------------------------------------------
def neg_rack():
    d = D("en", "neg_rack")
    d.t("DC inventory: ").span("NEG_PLACE", "Rack %d, Row %s, Hall %d, Chennai DC-%d" % (
        rng.randint(1, 40), rng.choice("ABCD"), rng.randint(1, 4), rng.randint(1, 3)))
    d.t(" - asset %d, 42U, 6.2 kW" % rng.randint(100000, 999999))
    d.done()


def neg_ticket():
    d = D("en", "neg_ticket")
    d.t("Ticket #%d, Priority High, Team " % rng.randint(100, 9999))
    d.span("NEG_TERM", "%s Squad, Bangalore - %d" % (invent("en"), rng.randint(100000, 999999)))
    d.t(" (ref), SLA 4h")
    d.done()


def neg_game():
    d = D("en", "neg_game")
    d.t("Speedrun notes: ").span("NEG_TERM", "Sector %d, Level %d, Zone %s" % (
        rng.randint(1, 30), rng.randint(1, 9), rng.choice("ABC")))
    d.t(", seed %d, then Flat %d of the map is skipped." % (rng.randint(100000, 999999),
                                                            rng.randint(1, 9)))
    d.done()


def neg_paper():
    d = D("en", "neg_paper")
    d.t("As shown in ").span("NEG_TERM", "Plot %d, Table %d, Cohort %s" % (
        rng.randint(1, 9), rng.randint(1, 9), rng.choice("ABC")))
    d.t(", n = %d, the effect holds in Hyderabad and Pune." % rng.randint(100000, 999999))
    d.done()


def neg_board():
    d = D("en", "neg_board")
    d.t("Standings\n")
    for i in range(3):
        d.t("No. %d, " % (i + 1)).span("NEG_TERM", "%s XI, Jaipur, %d" % (
            invent("en"), rng.randint(100000, 999999))).t(" points\n")
    d.done()


def neg_train():
    d = D("en", "neg_train")
    d.t("Booked: ").span("NEG_TERM", "Coach B%d, Berth %d, Chennai Mail" % (
        rng.randint(1, 9), rng.randint(1, 72))).t(", PNR %d%d" % (
            rng.randint(1000, 9999), rng.randint(100000, 999999)))
    d.done()


def neg_sku():
    d = D("en", "neg_sku")
    d.t("Spare parts: ").span("NEG_CODE", "%s%02d %s" % (
        rng.choice("ACDEFHKNPRTVWXY"), rng.randint(10, 99),
        "".join(rng.choice(EIR_CHARS) for _ in range(4)))).t(" and ")
    d.span("NEG_CODE", "Lot %d, Batch %s%02d %s" % (rng.randint(1, 90), rng.choice("ACDEF"),
                                                    rng.randint(10, 99), "".join(
        rng.choice(EIR_CHARS) for _ in range(4))))
    d.t(" are on back order.")
    d.done()


def neg_topic():
    d = D("en", "neg_topic")
    d.t("House prices in ").span("NEG_PLACE", rng.choice(
        ["Co. Westmeath", "Dublin 7", "Co. Kerry", "Dublin 14", "Navi Mumbai", "Gurugram"]))
    d.t(" rose %d%% in 2025, the sharpest rise since 2007." % rng.randint(2, 14))
    d.done()


KINDS = [rental, courier_fwd, md_row, html_cell, logfmt, pydict, prompt, kyc_mail, invitation,
         complaint]
NEGS = [neg_rack, neg_ticket, neg_game, neg_paper, neg_board, neg_train, neg_sku, neg_topic]

for rnd in range(3):
    for kind in ("in", "ie"):
        for f in KINDS:
            f(kind)
    for f in NEGS:
        f()

write_json(records)
