#!/usr/bin/env python3
"""gen_street59.py: street addresses in agent-sized request bodies, beside twice as many things
that only look like them (tune set; branch street59, written and committed before hush was run
on it), from the public brief of the twenty-sixth blind set (whole agent conversations; rooms,
lots and offices that look like streets, places as topics, versions and ids) and street58's
"Left" list.

Each record is one conversation of 4-30 KiB in one of the four APIs (chat completions with tool
calls, Responses with function_call_output, Anthropic Messages with tool_use/tool_result, Gemini
with functionCall/functionResponse; a third of the bodies \\uXXXX-escaped, half compact): a
system prompt with saved memory notes, an e-mail thread pasted by the user, tool results as JSON
objects (native or in a string), a Markdown table, a field-service or trip note, and filler an
agent carries (logs, release notes, stand-up notes). Languages: en de fr es it pt nl pl cs sv da
tr hu ro el (15).

Gold STREET_ADDRESS spans, and how each form is labelled (the same everywhere):
- a street on one line: the street name with its house number and any unit written with it
  (`Kungsgatan 14, lgh 1102`, `Flat 3, 12 Quarry Lane`) is one span; the postcode and town
  after it (after a comma, or on the next line) is a span of its own; a town alone is none;
- split over JSON keys: the value of `street`/`streetName`, of `houseNumber`/`number`, of
  `line1` and of `line2` (a unit or the street's second line) and of `postalCode`/`zip` are each
  a span; `city`, `country`, `region` are not;
- shipping labels in capitals (`112 5TH AVE`) and street58's left forms (Greek `28ης Οκτωβρίου`,
  `Λεωφ.`, `17. listopadu 112`, `Torget 112`, `1:a Villagatan 3`, `2e Helmersstraat 4`) as
  ordinary values among the others.
Look-alikes (NEG_ spans, twice as many as street values, in the same places: prose, JSON members,
table cells): rooms, floors, buildings, suites, gates, docks, aisles, lots, pitches, halls and
stands, platforms (NEG_PLACE); sprints, levels, phases, steps, tiers (NEG_PHRASE); streets and
roads named as topics without a number (`Abbey Road` the album, `Wall Street` the market,
`Route 66`, `Highway 1` trips: NEG_TOPIC); order and ticket ids beside street words (NEG_ID),
versions (NEG_VERSION), counts (`12 Main features`: NEG_COUNT), times and amounts beside
`St`/`Ave`/`Str.` (NEG_AMOUNT). Writes JSON (the names_tune3.json format) to stdout;
deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, P, J, append_body, dumps, escaper, place_each  # noqa: E402

rng = random.Random(20261207 + 59)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "tr", "hu", "ro", "el"]

# ---- streets: (names, how the number goes with the name, units, postcode + town) ---------------
ST = {
    "en": (["Quarry Lane", "Harcourt Road", "Bramble Close", "Tannery Street", "Wexford Avenue", "Orchard Way",
            "5th Ave", "West 23rd St", "Kings Parade", "Millbank Terrace"], "{n} {s}",
           ["Flat {u}, ", "Apt {u}B, ", "Unit {u}, "], ["Leeds LS6 2AB", "Bristol BS1 4DJ", "Cambridge CB2 1TN",
                                                      "New York, NY 10011", "Portland, OR 97205"]),
    "de": (["Lindenstraße", "Am Kirchberg", "Schillerstr.", "Kastanienallee", "Gartenweg", "Hafenstraße",
            "Straße des 17. Juni"], "{s} {n}", [", Whg. {u}", ", 2. OG", ", App. {u}"],
           ["10437 Berlin", "50667 Köln", "04109 Leipzig", "20095 Hamburg"]),
    "fr": (["rue des Tanneurs", "avenue Victor Hugo", "boulevard Carnot", "impasse des Lilas", "chemin du Moulin"],
           "{n}, {s}", [", Bât. B, appt {u}", ", appt {u}"], ["69003 Lyon", "31000 Toulouse", "44000 Nantes"]),
    "es": (["Calle de Toledo", "Avenida del Puerto", "Calle Mayor", "Paseo de Gracia", "C/ Sierpes"], "{s}, {n}",
           [", {u}º Izq.", ", {u}º B", ", bajo"], ["28005 Madrid", "46023 Valencia", "08008 Barcelona"]),
    "it": (["Via Giuseppe Verdi", "Corso Garibaldi", "Viale dei Mille", "Piazza della Loggia", "Via San Vitale"],
           "{s} {n}", [", int. {u}", ", scala B"], ["40125 Bologna", "20144 Milano", "80134 Napoli"]),
    "pt": (["Rua de Santa Catarina", "Avenida Almirante Reis", "Rua do Almada", "Travessa do Carmo"], "{s}, {n}",
           [", {u}º Esq.", ", {u}º Dto"], ["4000-447 Porto", "1150-020 Lisboa", "3000-214 Coimbra"]),
    "nl": (["Prinsengracht", "Oudegracht", "Kerkstraat", "Vondellaan", "2e Helmersstraat"], "{s} {n}",
           ["-{u}", " hs", " {u}-hoog"], ["1017 KH Amsterdam", "3511 AK Utrecht", "2511 CV Den Haag"]),
    "pl": (["ul. Mickiewicza", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Słowackiego"], "{s} {n}",
           ["/{u}", " m. {u}"], ["90-423 Łódź", "00-697 Warszawa", "31-042 Kraków"]),
    "cs": (["Vinohradská", "Masarykova", "Husova", "17. listopadu", "Nádražní"], "{s} {n}", ["/{u}"],
           ["120 00 Praha 2", "602 00 Brno", "779 00 Olomouc"]),
    "sv": (["Kungsgatan", "Vasagatan", "Torget", "1:a Villagatan", "Sveavägen"], "{s} {n}",
           [", lgh 1{u}02", " A"], ["111 35 Stockholm", "411 38 Göteborg", "753 20 Uppsala"]),
    "da": (["Nørrebrogade", "Vestergade", "Strandvejen", "Jægersborggade"], "{s} {n}",
           [", 2. tv.", ", st. th.", ", 1. sal"], ["2200 København N", "8000 Aarhus C", "5000 Odense C"]),
    "tr": (["Bağdat Caddesi", "İstiklal Caddesi", "Gül Sokak", "Atatürk Bulvarı"], "{s} No: {n}",
           [" D: {u}", " Daire {u}"], ["34728 Kadıköy/İstanbul", "06690 Çankaya/Ankara", "35220 Konak/İzmir"]),
    "hu": (["Rákóczi út", "Király utca", "Petőfi Sándor utca", "Bartók Béla út"], "{s} {n}.",
           [" {u}. em. 3.", " fszt. 2."], ["1072 Budapest", "6720 Szeged", "4025 Debrecen"]),
    "ro": (["Strada Republicii", "Bulevardul Eroilor", "Calea Dorobanților", "Str. Memorandumului"], "{s} nr. {n}",
           [", bl. A{u}, ap. 12", ", ap. {u}"], ["400114 Cluj-Napoca", "010011 București", "300011 Timișoara"]),
    "el": (["28ης Οκτωβρίου", "Λεωφ. Κηφισίας", "Ερμού", "Αγίας Σοφίας", "Τσιμισκή"], "{s} {n}",
           [", 3ος όροφος"], ["546 22 Θεσσαλονίκη", "105 63 Αθήνα", "262 21 Πάτρα"]),
}
UNIT_FIRST = ("en",)  # the unit goes before the number-first street


class Addr:
    def __init__(self, lg):
        names, self.fmt, units, towns = ST[lg]
        self.lg, self.name = lg, rng.choice(names)
        self.no = str(rng.randint(2, 140)) + (rng.choice(["", "", "", "a", "B"]) if lg != "hu" else "")
        if lg == "cs" and rng.random() < 0.4:
            self.no = "%d/%s" % (rng.randint(100, 2400), self.no)
        self.unit = rng.choice(units).replace("{u}", str(rng.randint(1, 9))) if rng.random() < 0.35 else ""
        self.town = rng.choice(towns)

    def line(self, caps=False):
        s = self.fmt.replace("{s}", self.name).replace("{n}", self.no)
        if self.unit:
            s = self.unit + s if self.lg in UNIT_FIRST else s + self.unit
        return s.upper() if caps else s

    def postcode(self):
        w = self.town.split(" ")
        if self.lg == "en":
            return " ".join(w[-2:]) if not w[-1].isdigit() else w[-1]
        return w[0] + (" " + w[1] if w[1][:1].isdigit() else "")

    def city(self):
        pc = self.postcode()
        return self.town.replace(pc, "").strip(" ,")


# ---- what each language writes around a value -----------------------------------------------------
SAY = {
    "en": ["please ship it to {A} instead", "my new address is {A}", "we moved to {A} last month",
           "the courier should go to {A}", "can you update my home address to {A}?"],
    "de": ["bitte an {A} liefern", "meine neue Adresse: {A}", "wir wohnen jetzt in der {A}",
           "Lieferadresse ändern auf {A}"],
    "fr": ["merci de livrer au {A}", "ma nouvelle adresse : {A}", "nous habitons maintenant {A}"],
    "es": ["enviadlo a {A}, por favor", "mi dirección nueva es {A}", "vivimos en {A} desde marzo"],
    "it": ["spedite a {A}", "il mio nuovo indirizzo è {A}", "abitiamo in {A}"],
    "pt": ["enviem para {A}", "a minha morada nova é {A}", "mudámos para a {A}"],
    "nl": ["graag leveren op {A}", "mijn nieuwe adres is {A}", "we wonen nu op de {A}"],
    "pl": ["proszę wysłać na {A}", "mój nowy adres: {A}", "mieszkamy teraz przy {A}"],
    "cs": ["pošlete to prosím na {A}", "moje nová adresa je {A}", "bydlíme teď v ulici {A}"],
    "sv": ["skicka till {A}", "min nya adress är {A}", "vi bor nu på {A}"],
    "da": ["send det til {A}", "min nye adresse er {A}", "vi bor nu på {A}"],
    "tr": ["lütfen {A} adresine gönderin", "yeni adresim: {A}", "artık {A} adresinde oturuyoruz"],
    "hu": ["kérem, a {A} címre küldjék", "az új címem: {A}", "most a {A} alatt lakunk"],
    "ro": ["vă rog trimiteți la {A}", "adresa mea nouă este {A}", "acum locuim pe {A}"],
    "el": ["στείλτε το στη διεύθυνση {A}", "η νέα μου διεύθυνση: {A}", "μένουμε πλέον στην {A}"],
}
MEMO = {"en": "Home", "de": "Wohnadresse", "fr": "Domicile", "es": "Domicilio", "it": "Residenza", "pt": "Morada",
        "nl": "Woonadres", "pl": "Adres domowy", "cs": "Bydliště", "sv": "Hemadress", "da": "Bopæl",
        "tr": "Ev adresi", "hu": "Lakcím", "ro": "Domiciliu", "el": "Κατοικία"}

# ---- look-alikes ----------------------------------------------------------------------------------
# "{k}" a small number; (label, text) — a text without a digit goes in as it stands.
LOOK = [
    ("NEG_PLACE", "Building {k}"), ("NEG_PLACE", "Room {k}2 West Wing"), ("NEG_PLACE", "Floor {k}"),
    ("NEG_PLACE", "Suite {k}00"), ("NEG_PLACE", "Gate {k}"), ("NEG_PLACE", "Dock 1{k} North"),
    ("NEG_PLACE", "Aisle 1{k} Bay {k}"), ("NEG_PLACE", "Lot 2{k}"), ("NEG_PLACE", "Pitch {k}"),
    ("NEG_PLACE", "Hall {k} Stand 1{k}"), ("NEG_PLACE", "Platform {k}"), ("NEG_PLACE", "Halle {k} Stand B{k}"),
    ("NEG_PLACE", "Gebäude {k}"), ("NEG_PLACE", "Raum {k}.12"), ("NEG_PLACE", "Salle 20{k}"),
    ("NEG_PLACE", "Sala {k}"), ("NEG_PLACE", "Planta {k}"), ("NEG_PLACE", "Gleis {k}"), ("NEG_PLACE", "Quai {k}"),
    ("NEG_PLACE", "Binario {k}"), ("NEG_PLACE", "Terminal {k}"), ("NEG_PLACE", "Block C{k}"),
    ("NEG_PLACE", "Kat {k}"), ("NEG_PLACE", "Peron {k}"), ("NEG_PLACE", "Lokal {k}"), ("NEG_PLACE", "Bay {k}"),
    ("NEG_PHRASE", "Sprint 1{k} Review"), ("NEG_PHRASE", "Level {k} Support"), ("NEG_PHRASE", "Phase {k} Rollout"),
    ("NEG_PHRASE", "Step {k} Deploy"), ("NEG_PHRASE", "Tier {k} Bank"), ("NEG_PHRASE", "Wave {k} Launch"),
    ("NEG_PHRASE", "Stage {k} Gate"), ("NEG_PHRASE", "Chapter {k} Summary"), ("NEG_PHRASE", "Season {k} Finale"),
    ("NEG_TOPIC", "Route 66"), ("NEG_TOPIC", "Highway 1"), ("NEG_TOPIC", "Abbey Road"), ("NEG_TOPIC", "Wall Street"),
    ("NEG_TOPIC", "Downing Street"), ("NEG_TOPIC", "Baker Street"), ("NEG_TOPIC", "Sesame Street"),
    ("NEG_TOPIC", "Fifth Avenue"), ("NEG_TOPIC", "Champs-Élysées"), ("NEG_TOPIC", "Via Appia"),
    ("NEG_TOPIC", "Kurfürstendamm"), ("NEG_TOPIC", "Park Avenue"), ("NEG_TOPIC", "Penny Lane"),
    ("NEG_TOPIC", "Autobahn 7"), ("NEG_TOPIC", "Interstate 95"), ("NEG_TOPIC", "A1 Highway"),
    ("NEG_ID", "Order 4{k}1187 Main St store"), ("NEG_ID", "ticket HR-{k}2214"), ("NEG_ID", "PO 88{k}31 Ave"),
    ("NEG_ID", "Case #7{k}0045"), ("NEG_ID", "INC00{k}4471"), ("NEG_ID", "build 2024.{k}.17"),
    ("NEG_VERSION", "v{k}.12.3"), ("NEG_VERSION", "Release 2{k}.04"), ("NEG_VERSION", "API v{k}"),
    ("NEG_VERSION", "Python 3.1{k}"), ("NEG_VERSION", "Node {k}2 LTS"),
    ("NEG_COUNT", "1{k} Main features"), ("NEG_COUNT", "3 Way handshake"), ("NEG_COUNT", "{k} Key points"),
    ("NEG_COUNT", "2{k} Open issues"), ("NEG_COUNT", "{k} Park benches"), ("NEG_COUNT", "4 Lane merge"),
    ("NEG_AMOUNT", "Main St 10:{k}5"), ("NEG_AMOUNT", "Elm Ave $1{k}.50"), ("NEG_AMOUNT", "Str. {k}2,90 €"),
    ("NEG_AMOUNT", "St 1{k}:30"), ("NEG_AMOUNT", "Ave 4{k} min"), ("NEG_AMOUNT", "Hauptstr. ab 7:{k}0"),
]
LOOK_SAY = ["meet at {L}", "moved to {L} for now", "see {L}", "{L} is blocked", "notes from {L}",
            "re: {L}", "{L} (done)", "we discussed {L} again", "parking near {L}", "booked {L}"]
LOOK_KEYS = ["location", "meetingRoom", "venue", "topic", "label", "title", "where", "ref", "item", "note"]


def look():
    lab, tpl = rng.choice(LOOK)
    return lab, tpl.replace("{k}", str(rng.randint(1, 9)))


def say_look(c):
    a, b = rng.choice(LOOK_SAY).split("{L}")
    lab, v = look()
    return c.t(a).s(lab, v).t(b)


def say_addr(c, lg, ad, with_town):
    a, b = rng.choice(SAY[lg]).split("{A}")
    c.t(a).s("STREET_ADDRESS", ad.line())
    if with_town:
        c.t(", ").s("STREET_ADDRESS", ad.town)
    return c.t(b)


# ---- neutral filler an agent carries (no personal data) -----------------------------------------
FILLER = [
    "{ts} INFO worker-{k} processed {n} items in 1.{k}s",
    "{ts} WARN scheduler queue depth {n} above 200 for 3 min",
    "{ts} DEBUG cache hit ratio 0.9{k} over {n} requests",
    "- fixed the retry loop in the uploader (closes #{n})",
    "- bumped dependencies, 4 moderate advisories left",
    "Stand-up: CI green again, {n} flaky tests quarantined, demo on Thursday.",
    "Total: {n} rows, {k} skipped, 0 errors.",
    "The report covers Q{k} with {n} orders across 12 regions.",
    "Remember to keep answers short and cite the tool output.",
]


def filler(c, lg):
    for _ in range(rng.randint(4, 16)):
        r = rng.random()
        if r < 0.2:
            say_look(c).t(".\n")
            continue
        ts = "2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                rng.randint(0, 59), rng.randint(0, 59))
        c.t(rng.choice(FILLER).format(ts=ts, k=rng.randint(1, 9), n=rng.randint(10, 9999)) + "\n")
    return c


# ---- the parts of a conversation ------------------------------------------------------------------
def memory(lg, addrs):
    c = P("You are a helpful assistant for a logistics and home-services company.\n\n## Saved memory\n")
    for ad in addrs:
        if rng.random() < 0.5:
            c.t("- %s: " % MEMO[lg]).s("STREET_ADDRESS", ad.line()).t(", ").s("STREET_ADDRESS", ad.town).t("\n")
        else:
            c.t("- %s:\n  " % MEMO[lg]).s("STREET_ADDRESS", ad.line()).t("\n  ").s("STREET_ADDRESS", ad.town).t("\n")
        c.t("- ")
        say_look(c).t("\n- ")
        say_look(c).t("\n")
    c.t("- prefers short answers\n\n")
    return filler(c, lg)


def thread(lg, addrs):
    c = P()
    for k, ad in enumerate(addrs):
        c.t("-----Original Message-----\nSubject: RE: ")
        lab, v = look()
        c.s(lab, v).t("\n\n")
        say_addr(c, lg, ad, rng.random() < 0.6).t(".\n")
        say_look(c).t(". ")
        say_look(c).t(".\n\n")
    return filler(c, lg)


def split_obj(ad):
    r = rng.random()
    if r < 0.5:
        return {rng.choice(["street", "streetName"]): ("STREET_ADDRESS", ad.name),
                rng.choice(["houseNumber", "number"]): ("STREET_ADDRESS", ad.no),
                rng.choice(["postalCode", "zip"]): ("STREET_ADDRESS", ad.postcode()), "city": ad.city(),
                "country": ad.lg.upper() if ad.lg != "en" else "GB"}
    o = {"line1": ("STREET_ADDRESS", ad.line())}
    if rng.random() < 0.5:
        o["line2"] = ("STREET_ADDRESS", rng.choice(["Flat 2", "Apt 7C", "2. OG links", "Bât. C", "3º Dto", "lgh 1204"]))
    o.update({"postalCode": ("STREET_ADDRESS", ad.postcode()), "city": ad.city()})
    return o


def tool_result(lg, addrs):
    items = []
    for ad in addrs:
        it = {"id": "cus_%06d" % rng.randint(0, 999999), "status": rng.choice(["active", "pending", "shipped"])}
        r = rng.random()
        if r < 0.45:
            it["address"] = split_obj(ad)
        elif r < 0.75:
            it["shippingAddress"] = ("STREET_ADDRESS", ad.line())
            it["shippingTown"] = ("STREET_ADDRESS", ad.town)
        else:
            it["label"] = P().s("STREET_ADDRESS", ad.line(caps=True)).t("\n").s("STREET_ADDRESS", ad.town.upper())
        for _ in range(2):
            lab, v = look()
            it[rng.choice(LOOK_KEYS)] = (lab, v)
        it["updatedAt"] = "2025-0%d-1%dT08:00:00Z" % (rng.randint(1, 9), rng.randint(0, 9))
        items.append(it)
    extra = {}
    for _ in range(rng.randint(1, 3)):
        lab, v = look()
        extra[rng.choice(LOOK_KEYS) + "_%d" % rng.randint(1, 99)] = (lab, v)
    j = J(rng.choice(["pretty", "compact", "line"]))
    j.write({"results": items, "meta": extra, "count": len(items)})
    return j.p


def table(lg, addrs):
    c = P("| # | Where | Note |\n|---|---|---|\n")
    rows = [("A", ad) for ad in addrs] + [("L", None)] * (2 * len(addrs))
    rng.shuffle(rows)
    for k, (kind, ad) in enumerate(rows):
        c.t("| %d | " % (k + 1))
        if kind == "A":
            c.s("STREET_ADDRESS", ad.line())
            if rng.random() < 0.5:
                c.t(", ").s("STREET_ADDRESS", ad.town)
        else:
            lab, v = look()
            c.s(lab, v)
        c.t(" | %s |\n" % rng.choice(["ok", "call first", "2 parcels", "TBC", "—"]))
    return c.t("\n")


def visit(lg, addrs):
    c = P("Field visit notes\n")
    for ad in addrs:
        c.t("Visit: ")
        c.s("STREET_ADDRESS", ad.line()).t("\n").s("STREET_ADDRESS", ad.town).t("\n")
        c.t("Access via ")
        lab, v = look()
        c.s(lab, v).t(", then ")
        lab, v = look()
        c.s(lab, v).t(".\n\n")
    return filler(c, lg)


def plan():
    """A note with only look-alikes (trip plans, release notes): places as topics."""
    c = P(rng.choice(["Trip plan\n", "Release notes\n", "Agenda\n", "Retro\n"]))
    for _ in range(rng.randint(3, 8)):
        c.t("- ")
        say_look(c).t("\n")
    return c.t("\n")


PARTS = [thread, tool_result, table, visit, tool_result]


def conversation(lg, target):
    """pieces: [(kind, piece)] with kind 'system', 'user', 'tool', 'assistant' until ~target chars."""
    out = [("system", memory(lg, [Addr(lg)] if rng.random() < 0.5 else []))]
    size = len(out[0][1].text)
    while size < target:
        f = rng.choice(PARTS)
        addrs = [Addr(lg) for _ in range(rng.choice([1, 1, 1, 2]))]
        piece = f(lg, addrs)
        kind = "tool" if f is tool_result else "user"
        out.append((kind, piece))
        if rng.random() < 0.5:
            out.append(("assistant", plan()))
        size += sum(len(p.text) for _, p in out[-2:])
    return out


def body(api, pieces, native):
    """The request body with MARK k where piece k goes, and which pieces go in as native JSON."""
    raw = set()
    msgs = []
    sysp = None
    for k, (kind, _) in enumerate(pieces):
        m = MARK % k
        call = "call_%03d" % k
        if kind == "system":
            sysp = m
            continue
        if api == "chat":
            if kind == "tool":
                msgs.append({"role": "assistant", "content": None, "tool_calls": [
                    {"id": call, "type": "function", "function": {"name": "crm_search", "arguments": "{\"q\":\"open orders\"}"}}]})
                msgs.append({"role": "tool", "tool_call_id": call, "content": m})
            else:
                msgs.append({"role": kind, "content": m})
        elif api == "responses":
            if kind == "tool":
                msgs.append({"type": "function_call", "call_id": call, "name": "crm_search", "arguments": "{}"})
                msgs.append({"type": "function_call_output", "call_id": call, "output": m})
            else:
                t = "output_text" if kind == "assistant" else "input_text"
                msgs.append({"role": kind, "content": [{"type": t, "text": m}]})
        elif api == "anthropic":
            if kind == "tool":
                msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_" + call, "name": "crm_search", "input": {}}]})
                msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_" + call, "content": m}]})
            else:
                msgs.append({"role": kind, "content": [{"type": "text", "text": m}]})
        else:
            if kind == "tool":
                msgs.append({"role": "model", "parts": [{"functionCall": {"name": "crm_search", "args": {}}}]})
                if native:
                    raw.add(k)
                    m = RAWMARK % k
                msgs.append({"role": "user", "parts": [{"functionResponse": {"name": "crm_search", "response": m if k in raw else {"content": m}}}]})
            else:
                msgs.append({"role": "model" if kind == "assistant" else "user", "parts": [{"text": m}]})
    if api == "chat":
        return {"model": "gpt-4o", "messages": ([{"role": "system", "content": sysp}] if sysp else []) + msgs}, raw
    if api == "responses":
        b = {"model": "gpt-4.1", "input": msgs}
        if sysp:
            b["instructions"] = sysp
        return b, raw
    if api == "anthropic":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": msgs}
        if sysp:
            b["system"] = sysp
        return b, raw
    b = {"contents": msgs}
    if sysp:
        b["systemInstruction"] = {"parts": [{"text": sysp}]}
    return b, raw


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(200):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 2) % 4]
        ascii_, compact = i % 3 == 0, (i // 3) % 2 == 1
        target = rng.choice([5000, 6000, 9000, 14000, 20000, 27000])
        pieces = conversation(lg, target)
        native = rng.random() < 0.5
        b, raw = body(api, pieces, native)
        text = dumps(b, ascii_, compact)
        items = []
        for k, (_, p) in enumerate(pieces):
            if k in raw:
                items.append(('"' + RAWMARK % k + '"', escaper(0, ascii_, True), p))
            else:
                items.append((MARK % k, escaper(1, ascii_), p))
        text, spans = place_each(text, items)
        spans.sort(key=lambda s: s["start_position"])
        append_body(records, text, spans, {"locale": lg, "class": "agent", "api": api, "ascii": ascii_,
                                           "bytes": len(text.encode())})
    write_json(records)


main()
