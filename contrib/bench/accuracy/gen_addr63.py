#!/usr/bin/env python3
"""gen_addr63.py: street addresses in tool calls and in retrieved document chunks (tune set;
branch addr63, written and committed before hush was run on it), from the twenty-eighth blind
set's public brief (its `calls` and `rag` families; never the set) and the author's idea of what
an LLM application puts in a request.

Family `calls` (metadata.family): tool definitions (the four APIs' own shapes) whose property
names, descriptions, enums and examples are look-alikes; assistant tool calls whose arguments
carry addresses as one string, as an object of members (`line1`, `postalCode`, `city`), split
into `street` / `houseNumber` / `postalCode` / `city` members under keys of twelve languages
(en camel and snake, de, fr, nl, es, it, pt, pl, sv, da, fi, cs), nested under
`shipping`/`billing`/`anschrift`/`adresse`/... objects and in arrays; tool results of CRM, KYC,
booking, shipping-label (capitals), lab and case look-ups; MCP `resources/read` contents; the
model's earlier structured output echoed back as a string. Family `rag`: retrieved chunks of
CVs, contracts, tenancy agreements, discharge letters, claims and minutes in the same twelve
languages under `[doc N, p. N]`, `<context source=...>` and `### Source:` headers; hard wraps,
a running head between two lines, a form column interleaved beside the text, chunk windows that
cut a value in two and overlap (a sentence repeated in two chunks).

Labelling (kept the same everywhere): an address written as one string (a member's value or a
sentence) is one STREET_ADDRESS span from the street or house number to the town (unit and
postcode inside it); a member object's street-line value is a span, a separate house-number
member's value its own span, a postcode member's value its own span (as calls61 labels them),
the city and country members none. A value cut by a chunk edge, a running head or the other
column gives each piece its own span (pieces without a letter or digit dropped). Look-alikes
(NEG_), at least as many as the values: property names (NEG_KEY), descriptions (NEG_DESC),
placeholders (NEG_EXAMPLE), enums (NEG_ENUM), and street-shaped things that are no address:
products and model numbers, `Route 66` as a topic, versions, rooms, racks and bins, `Section 5`,
`Schedule 3`, clauses and articles, streets without a house number as places (NEG_ADDR).
Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, P, J, append_body, dumps, place  # noqa: E402

rng = random.Random(20261207 + 63)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs"]

# street forms ({n} house number, {u} unit), postcode/town pairs, per language
STREET = {
    "en": ["{n} Harrowgate Lane", "Flat {u}, {n} Bellingham Road", "{n} Orchard Way", "{n} W Maple Ave Apt {u}",
           "{n} Cobden Terrace"],
    "de": ["Friedrichstraße {n}", "Am Mühlbach {n}a", "Bergstr. {n}", "Schwanthalerstraße {n}, {u}. OG"],
    "fr": ["{n} rue Victor Hugo", "{n} bis avenue Jean Jaurès", "{n} impasse des Lilas", "{n}, boulevard Gambetta"],
    "nl": ["Prinsengracht {n}", "Van Speijkstraat {n}-II", "Dorpsstraat {n}", "Oranjeboomstraat {n} A"],
    "es": ["Calle de Alcalá, {n}", "Avda. de la Constitución {n}, {u}º B", "C/ San Vicente {n}"],
    "it": ["Via Nazionale {n}", "Piazza Cavour {n}", "Corso Vittorio Emanuele II, {n}", "Via Solferino {n}/B"],
    "pt": ["Rua do Ouro, {n}", "Avenida da Liberdade {n}, {u}.º Esq.", "Rua Oscar Freire, {n}"],
    "pl": ["ul. Nowy Świat {n}", "ul. Grunwaldzka {n}/{u}", "al. Jerozolimskie {n}"],
    "sv": ["Storgatan {n}", "Kungsgatan {n} lgh 1{u}02", "Vasavägen {n}"],
    "da": ["Nørrebrogade {n}", "Vesterbrogade {n}, {u}. th.", "Strandvejen {n}"],
    "fi": ["Mannerheimintie {n}", "Hämeenkatu {n} B {u}", "Aleksanterinkatu {n}"],
    "cs": ["Vinohradská {n}", "Na Příkopě {n}", "Dlouhá {n}/{u}"],
}
TOWN = {
    "en": [("LS7 3HB", "Leeds"), ("BS6 5QA", "Bristol"), ("02139", "Cambridge, MA")],
    "de": [("10117", "Berlin"), ("80336", "München"), ("28195", "Bremen")],
    "fr": [("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg")],
    "nl": [("1016 GV", "Amsterdam"), ("3581 KL", "Utrecht"), ("9711 LM", "Groningen")],
    "es": [("28014", "Madrid"), ("46001", "Valencia"), ("41004", "Sevilla")],
    "it": [("00184", "Roma"), ("10121", "Torino"), ("40126", "Bologna")],
    "pt": [("1100-201", "Lisboa"), ("4000-322", "Porto"), ("01426-001", "São Paulo")],
    "pl": [("00-029", "Warszawa"), ("80-244", "Gdańsk"), ("31-011", "Kraków")],
    "sv": [("111 52", "Stockholm"), ("752 20", "Uppsala"), ("211 22", "Malmö")],
    "da": [("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C")],
    "fi": [("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku")],
    "cs": [("120 00", "Praha 2"), ("602 00", "Brno"), ("110 00", "Praha 1")],
}
# object key, one-string key, street, house number, line1, postcode, city, country
KEYS = {
    "en": ["shippingAddress", "address", "street", "houseNumber", "line1", "postalCode", "city", "country"],
    "en_snake": ["billing_address", "full_address", "street_name", "house_number", "address_line_1", "zip",
                 "town", "country_code"],
    "de": ["anschrift", "adresse", "strasse", "hausnummer", "adresszeile1", "plz", "ort", "land"],
    "fr": ["adresse_livraison", "adresse", "rue", "numero", "ligne1", "code_postal", "ville", "pays"],
    "nl": ["bezorgadres", "adres", "straat", "huisnummer", "adresregel1", "postcode", "woonplaats", "land"],
    "es": ["domicilio", "direccion", "calle", "numero", "linea1", "codigoPostal", "ciudad", "pais"],
    "it": ["residenza", "indirizzo", "via", "numeroCivico", "riga1", "cap", "citta", "paese"],
    "pt": ["morada", "endereco", "rua", "numero", "linha1", "codigoPostal", "localidade", "pais"],
    "pl": ["adresZamieszkania", "adres", "ulica", "nrDomu", "linia1", "kodPocztowy", "miejscowosc", "kraj"],
    "sv": ["leveransadress", "adress", "gata", "gatunummer", "adressrad1", "postnummer", "ort", "land"],
    "da": ["leveringsadresse", "adresse", "vejnavn", "husnummer", "adresselinje1", "postnummer", "by", "land"],
    "fi": ["toimitusosoite", "osoite", "katu", "talonumero", "osoiterivi1", "postinumero", "postitoimipaikka",
           "maa"],
    "cs": ["dorucovaciAdresa", "adresa", "ulice", "cisloPopisne", "radek1", "psc", "obec", "stat"],
}
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL",
           "sv": "SE", "da": "DK", "fi": "FI", "cs": "CZ"}
PH = ["123 Main St", "1 Infinite Loop", "Musterstraße 1", "Musterweg 12", "1 rue de l'Exemple",
      "Voorbeeldstraat 1", "Calle Falsa 123", "Via Roma 1", "Rua Exemplo, 100", "ul. Przykładowa 1",
      "Exempelgatan 1", "Eksempelvej 1", "Esimerkkikatu 1", "Vzorová 1"]
DESC = ["Street and house number of the delivery address.", "First address line, e.g. 123 Main St.",
        "Straße und Hausnummer, z. B. Musterstraße 1", "House number only (may include a letter suffix).",
        "Postal code in the country's own format.", "Numéro et nom de la voie.", "Nombre de la vía y número.",
        "The customer's registered address as one line.", "Billing address; leave empty if same as shipping.",
        "Ulica i numer domu.", "Gatuadress inklusive nummer.", "Katuosoite ja talonumero."]
ENUM = ["home", "work", "billing", "shipping", "registered_office", "Privatadresse", "Lieferadresse",
        "domicile", "PO Box"]
# street-shaped things that are no one's address
NEGC = {
    "topic": ["Route 66", "Highway 1", "Studio 54", "Office 365", "Apollo 13", "Area 51"],
    "legal": ["Section 5", "Schedule 3", "Clause 14.2", "Article 17", "Annex 2", "Paragraph 8", "Rule 12"],
    "place": ["Room 4.12", "Rack B7-U22", "Aisle 14 Bay 3", "Gate 12", "Terminal 2", "Building 4", "Level 3",
              "Dock 7", "Platform 9", "Lot 7", "Ward 6", "Hall 3"],
    "product": ["Model 3", "Galaxy Tab S9", "WH-1000XM5", "Series 9", "iPhone 15 Pro", "Golf 8", "Peugeot 208"],
    "version": ["v2.14.3", "release 4.2", "build 1187", "API v3"],
    "street": ["Friedrichstraße", "Prinsengracht", "Via Nazionale", "Nørrebrogade", "Avenida da Liberdade",
               "Mannerheimintie", "Vinohradská", "Kungsgatan", "ul. Nowy Świat", "Calle de Alcalá",
               "Harrowgate Lane", "rue Victor Hugo"],
}
NEGS = [v for k in ("topic", "legal", "place", "product", "version") for v in NEGC[k]]
NEG_KEYS = {"product": "product", "location": "place", "topic": "topic", "clause": "legal", "bin": "place",
            "model": "product", "meeting_point": "street", "firmware": "version"}
TOOLS = ["crm_upsert_contact", "kyc_verify", "create_booking", "create_shipping_label", "lab_order",
         "case_search"]


class Addr:
    def __init__(self, lg):
        self.lg = lg
        n, u = rng.randint(1, 214), rng.randint(1, 9)
        form = rng.choice(STREET[lg])
        self.line = form.replace("{n}", str(n)).replace("{u}", str(u))
        self.zip, self.city = rng.choice(TOWN[lg])
        # split members: the street words and the number as written after them
        plain = form.replace("Flat {u}, ", "").replace(" Apt {u}", "").replace(", {u}. OG", "")
        plain = plain.replace(", {u}º B", "").replace(", {u}.º Esq.", "").replace("/{u}", "")
        plain = plain.replace(" lgh 1{u}02", "").replace(", {u}. th.", "").replace(" B {u}", "")
        words = plain.replace(",", "").split()
        k = [i for i, w in enumerate(words) if "{n}" in w][0]
        self.number = words[k].replace("{n}", str(n))
        self.street = " ".join(words[:k] + words[k + 1:]).replace(" bis", "")
        if words[k + 1:k + 2] == ["bis"]:
            self.number += " bis"
        self.one = self.line + ", " + self.zip + " " + self.city


def neg(v, lab="NEG_ADDR"):
    return (lab, v)


def addr_json(ad, keys, how):
    """The address as JSON members in one of four ways."""
    if how == "one":
        return {keys[1]: ("STREET_ADDRESS", ad.one)}
    if how == "line":
        return {keys[0]: {keys[4]: ("STREET_ADDRESS", ad.line), keys[5]: ("STREET_ADDRESS", ad.zip),
                          keys[6]: ad.city, keys[7]: COUNTRY[ad.lg]}}
    o = {keys[2]: ("STREET_ADDRESS", ad.street), keys[3]: ("STREET_ADDRESS", ad.number),
         keys[5]: ("STREET_ADDRESS", ad.zip), keys[6]: ad.city}
    if how == "split":
        return {keys[0]: o}
    return o  # flat: the members beside the person's other fields


def negs_json(k):
    """k look-alike members beside the address."""
    out = {}
    for key in rng.sample(list(NEG_KEYS), k):
        out[key] = neg(rng.choice(NEGC[NEG_KEYS[key]]))
    return out


def schema(keys):
    def p(d=True, ex=True):
        o = {"type": "string"}
        if d:
            o["description"] = neg(rng.choice(DESC), "NEG_DESC")
        if ex and rng.random() < 0.6:
            o[rng.choice(["example", "default"])] = neg(rng.choice(PH), "NEG_EXAMPLE")
        return o
    a = {"type": "object", "properties": {("NEG_KEY", keys[4]): p(), ("NEG_KEY", keys[2]): p(),
                                          ("NEG_KEY", keys[3]): p(ex=False), ("NEG_KEY", keys[5]): p(ex=False),
                                          ("NEG_KEY", keys[6]): {"type": "string"}}}
    props = {("NEG_KEY", keys[0]): a, ("NEG_KEY", keys[1]): p(),
             "address_type": {"type": "string", "enum": [neg(v, "NEG_ENUM") for v in rng.sample(ENUM, 4)]},
             "product": {"type": "string", "examples": [neg(v, "NEG_EXAMPLE") for v in rng.sample(NEGC["product"], 2)]}}
    return {"type": "object", "properties": props}


def result_text(kind, ad, ad2, lg):
    """A tool result written as text (a shipping label in capitals, an MCP resource, a lab slip)."""
    p = P()
    if kind == "create_shipping_label":
        p.t("LABEL %06d\nSHIP TO:\n" % rng.randint(0, 999999))
        p.s("STREET_ADDRESS", ad.line.upper() + "\n" + ad.zip + " " + ad.city.upper())
        p.t("\n" + COUNTRY[lg] + "\nSERVICE: ").s("NEG_ADDR", rng.choice(["Express 12", "Zone 4", "Priority 1"]))
        return p.t("\nFROM: Warehouse ").s("NEG_ADDR", rng.choice(["Dock 7", "Aisle 14 Bay 3", "Building 4"]))
    if kind == "lab_order":
        p.t("Requisition %d\nPatient address: " % rng.randint(10000, 99999)).s("STREET_ADDRESS", ad.one)
        return p.t("\nDraw site: ").s("NEG_ADDR", rng.choice(["Room 4.12", "Level 3", "Building 4"])).t(
            "\nAnalyser: ").s("NEG_ADDR", rng.choice(["Series 9", "Cobas 8000", "v2.14.3"]))
    p.t("resource://cases/%d\n---\n" % rng.randint(100, 999))
    p.t(rng.choice(["Claimant address: ", "Registered address: ", "Correspondence to: "])).s("STREET_ADDRESS", ad.one)
    p.t("\nPrevious address: ").s("STREET_ADDRESS", ad2.line).t(", ").s("STREET_ADDRESS", ad2.zip + " " + ad2.city)
    p.t("\nSee ").s("NEG_ADDR", rng.choice(["Section 5", "Schedule 3", "Clause 14.2"])).t(" of the policy; "
                                                                                        "incident on ")
    return p.s("NEG_ADDR", rng.choice(NEGC["street"])).t(" (no house number given).")


def calls_record(i, lg, api):
    keystyle = lg if lg != "en" else rng.choice(["en", "en_snake"])
    keys = KEYS[keystyle]
    pieces = []

    def add(doc, native):
        k = len(pieces)
        if isinstance(doc, P):
            pieces.append(doc)
            return MARK % k
        j = J(rng.choice(["compact", "line"]) if native else rng.choice(["pretty", "line", "compact"]))
        j.write(doc)
        pieces.append(j.p)
        return RAWMARK % k if native else MARK % k

    native = api in ("anth", "gemini")
    tool = TOOLS[i % len(TOOLS)]
    ad, ad2, ad3 = Addr(lg), Addr(lg), Addr(lg)
    how = ["one", "line", "split", "flat"][(i // 3) % 4]
    args = {"customer_id": "C-%05d" % rng.randint(0, 99999)}
    args.update(addr_json(ad, keys, how))
    args.update(negs_json(2))
    if rng.random() < 0.5:  # an array of addresses
        args["alt_addresses"] = [addr_json(ad2, keys, rng.choice(["one", "line", "split"])),
                                 {keys[1]: ("STREET_ADDRESS", ad3.one), "label": neg(rng.choice(ENUM), "NEG_ENUM")}]
    elif rng.random() < 0.5:  # nested billing under a contact
        args["contact"] = {"billing": addr_json(ad2, keys, "line"), "room": neg(rng.choice(NEGC["place"]))}
    if rng.random() < 0.5 or tool in ("create_shipping_label", "lab_order", "case_search"):
        res = result_text(tool, ad, ad3, lg)
    else:
        res = {"ok": True, "record_id": "R%07d" % rng.randint(0, 10 ** 7), "match": addr_json(ad, keys, how),
               "notes": P("Verified against ").s("NEG_ADDR", rng.choice(NEGC["legal"])).t(" rules; last delivery to ")
               .s("STREET_ADDRESS", ad2.one).t(".")}
    tools_mark = add(tool_defs(api, tool, keys), True)
    call_a = add(args, native)
    res_mark = add(res, native and not isinstance(res, P))
    ask = P("Please update the address to ").s("STREET_ADDRESS", ad.one).t(" and check ").s(
        "NEG_ADDR", rng.choice(NEGC["legal"])).t(" first.")
    ask_mark = add(ask, False)
    echo = P('{"status": "saved", "' + keys[1] + '": "').s("STREET_ADDRESS", ad.one).t(
        '", "warehouse": "').s("NEG_ADDR", rng.choice(["Rack B7-U22", "Aisle 14 Bay 3", "Dock 7"])).t('"}')
    echo_mark = add(echo, False)
    b = body(api, tool, tools_mark, ask_mark, call_a, res_mark, echo_mark)
    ascii_ = i % 3 == 0
    text, spans = place(dumps(b, ascii_, i % 2 == 1), pieces, ascii_)
    return text, spans, ascii_, how, tool


def tool_defs(api, tool, keys):
    d = neg(rng.choice(["Create or update a record with the customer's address, e.g. 123 Main St.",
                        "Look up the delivery address. Street, house number, postcode and city.",
                        "Adresse als eine Zeile oder in Feldern (Straße, Hausnummer, PLZ, Ort)."]), "NEG_DESC")
    s = schema(keys)
    if api == "oai":
        return [{"type": "function", "function": {"name": neg(tool, "NEG_TOOL"), "description": d, "parameters": s}}]
    if api == "resp":
        return [{"type": "function", "name": neg(tool, "NEG_TOOL"), "description": d, "parameters": s}]
    if api == "anth":
        return [{"name": neg(tool, "NEG_TOOL"), "description": d, "input_schema": s}]
    return [{"functionDeclarations": [{"name": neg(tool, "NEG_TOOL"), "description": d, "parameters": s}]}]


def body(api, tool, tools_mark, ask, args, res, echo):
    system = "You are a logistics assistant. Use the tools; never guess an address."
    if api == "oai":
        c = "call_%010d" % rng.randint(0, 10 ** 10 - 1)
        return {"model": "gpt-4o", "tools": tools_mark, "messages": [
            {"role": "system", "content": system}, {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": c, "type": "function", "function": {"name": tool, "arguments": args}}]},
            {"role": "tool", "tool_call_id": c, "content": res}, {"role": "assistant", "content": echo}]}
    if api == "resp":
        c = "call_%05d" % rng.randint(0, 99999)
        return {"model": "gpt-4.1", "instructions": system, "tools": tools_mark, "input": [
            {"role": "user", "content": ask},
            {"type": "function_call", "call_id": c, "name": tool, "arguments": args},
            {"type": "function_call_output", "call_id": c, "output": res},
            {"role": "assistant", "content": [{"type": "output_text", "text": echo}]}]}
    if api == "anth":
        c = "toolu_%010d" % rng.randint(0, 10 ** 10 - 1)
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": system, "tools": tools_mark,
                "messages": [{"role": "user", "content": ask},
                             {"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": tool,
                                                                "input": args}]},
                             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": c,
                                                           "content": res}]},
                             {"role": "assistant", "content": [{"type": "text", "text": echo}]}]}
    return {"systemInstruction": {"parts": [{"text": system}]}, "tools": tools_mark, "contents": [
        {"role": "user", "parts": [{"text": ask}]},
        {"role": "model", "parts": [{"functionCall": {"name": tool, "args": args}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": {"content": res}}}]},
        {"role": "model", "parts": [{"text": echo}]}]}


# ---- rag: documents laid out, cut and windowed, each character keeping its value's id -------------
CUE = {
    "en": ["residing at", "of", "whose registered address is", "Address:", "currently living at"],
    "de": ["wohnhaft in", "Anschrift:", "mit Wohnsitz in", "derzeit wohnhaft"],
    "fr": ["demeurant au", "domicilié", "Adresse :", "résidant"],
    "nl": ["wonende aan de", "Adres:", "woonachtig te", "gevestigd aan de"],
    "es": ["con domicilio en", "Domicilio:", "residente en"],
    "it": ["residente in", "Indirizzo:", "domiciliato in"],
    "pt": ["residente na", "Morada:", "com domicílio em"],
    "pl": ["zamieszkały przy", "Adres:", "zam."],
    "sv": ["boende på", "Adress:", "folkbokförd på"],
    "da": ["bosat på", "Adresse:", "bopæl"],
    "fi": ["osoitteessa", "Osoite:", "asuu osoitteessa"],
    "cs": ["bytem", "Adresa:", "trvale bytem"],
}
FILL = {
    "en": ["The parties agree to the terms below.", "Rent is payable monthly in advance.",
           "The patient was discharged in a stable condition.", "The claim was received and logged.",
           "Minutes were approved without amendment."],
    "de": ["Die Parteien vereinbaren Folgendes.", "Die Miete ist monatlich im Voraus zu zahlen.",
           "Der Patient wurde in stabilem Zustand entlassen."],
    "fr": ["Les parties conviennent de ce qui suit.", "Le loyer est payable mensuellement d'avance."],
    "nl": ["Partijen komen het volgende overeen.", "De huur is maandelijks vooruit verschuldigd."],
    "es": ["Las partes acuerdan lo siguiente.", "La renta se abonará por meses anticipados."],
    "it": ["Le parti convengono quanto segue.", "Il canone è dovuto mensilmente in anticipo."],
    "pt": ["As partes acordam o seguinte.", "A renda é paga mensalmente."],
    "pl": ["Strony uzgadniają, co następuje.", "Czynsz płatny jest miesięcznie z góry."],
    "sv": ["Parterna är överens om följande.", "Hyran betalas månadsvis i förskott."],
    "da": ["Parterne er enige om følgende.", "Lejen betales månedligt forud."],
    "fi": ["Osapuolet sopivat seuraavasta.", "Vuokra maksetaan kuukausittain etukäteen."],
    "cs": ["Smluvní strany se dohodly takto.", "Nájemné je splatné měsíčně předem."],
}
ROLE = {"en": ["The tenant", "Party B", "The employee", "The insured", "The patient"],
        "de": ["Der Mieter", "Die Arbeitnehmerin", "Der Versicherungsnehmer"], "fr": ["Le locataire", "La salariée"],
        "nl": ["De huurder", "De werknemer"], "es": ["El arrendatario", "La trabajadora"],
        "it": ["Il conduttore", "La lavoratrice"], "pt": ["O arrendatário", "A trabalhadora"],
        "pl": ["Najemca", "Pracownik"], "sv": ["Hyresgästen", "Arbetstagaren"], "da": ["Lejeren", "Medarbejderen"],
        "fi": ["Vuokralainen", "Työntekijä"], "cs": ["Nájemce", "Zaměstnanec"]}
NEGSENT = ["Pursuant to {legal}, notice must be given in writing.", "The hearing took place in {place}.",
           "See {legal} for the deposit rules.", "The vehicle, a {product}, was parked on {street}.",
           "A road trip along {topic} was mentioned as a hobby.", "Equipment is stored in {place}.",
           "The office on {street} is closed on Mondays.", "Software {version} was installed.",
           "The claimant owns a {product}.", "Items listed in {legal} remain with the landlord."]
KINDS = ["Tenancy Agreement", "Employment Contract", "Curriculum Vitae", "Discharge Letter", "Motor Claim",
         "Board Minutes"]
QUESTION = ["Where does the tenant live?", "Summarise the claimant's details.",
            "What address is on file for the employee?", "List the parties and their addresses."]


def doc_chars(lg):
    """A document as a list of (char, id): id >= 0 for a value (labels[id]), -1 otherwise."""
    chars, labels = [], []

    def put(s, label=None):
        if label:
            labels.append(label)
        for ch in s:
            chars.append((ch, len(labels) - 1 if label else -1))

    n = rng.randint(3, 5)
    order = ["addr"] * n + ["neg"] * (n + 1) + ["fill"] * rng.randint(2, 4)
    rng.shuffle(order)
    for kind in order:
        if kind == "fill":
            put(rng.choice(FILL[lg]) + " ")
        elif kind == "neg":
            s = rng.choice(NEGSENT)
            while "{" in s:
                pre, _, rest = s.partition("{")
                cat, _, s = rest.partition("}")
                put(pre)
                put(rng.choice(NEGC[cat]), "NEG_ADDR")
            put(s + " ")
        else:
            ad = Addr(lg)
            put(rng.choice(ROLE[lg]) + ", ")
            put(rng.choice(CUE[lg]) + " ")
            put(ad.one, "STREET_ADDRESS")
            put(". ")
    return chars, labels


def layout(chars, width, head):
    """Hard-wrapped at width (a space becomes a line break, keeping its id); a running head line
    now and then; sometimes a form column beside the lines."""
    lines, cur = [], []
    for ch, v in chars:
        if ch == " " and len(cur) >= width:
            lines.append(cur)
            cur = []
            continue
        cur.append((ch, v))
    if cur:
        lines.append(cur)
    out = []
    column = rng.random() < 0.3
    for k, ln in enumerate(lines):
        if column:
            ln = ln + [(" ", -1)] * max(2, width + 4 - len(ln)) + [(c, -1) for c in rng.choice(
                ["Ref.: 2024/%03d" % rng.randint(0, 999), "Page %d" % rng.randint(1, 9), "Initials: ____"])]
        out += ln + [("\n", ln[-1][1] if ln and ln[-1][1] >= 0 and k + 1 < len(lines) and lines[k + 1][0][1] ==
                      ln[-1][1] and not column else -1)]
        if k % 6 == 5 and rng.random() < 0.6:
            out += [(c, -1) for c in head + "\n"]
    return out


def spans_of(chars, labels):
    """(text, spans): each maximal run of one id, trimmed of spaces and punctuation at its ends;
    pieces without a letter or digit dropped."""
    text = "".join(c for c, _ in chars)
    spans, k = [], 0
    while k < len(chars):
        v = chars[k][1]
        e = k
        while e < len(chars) and chars[e][1] == v:
            e += 1
        if v >= 0:
            a, b = k, e
            while a < b and not text[a].isalnum():
                a += 1
            while b > a and not (text[b - 1].isalnum() or text[b - 1] in ".º"):
                b -= 1
            if any(c.isalnum() for c in text[a:b]):
                spans.append({"entity_type": labels[v], "entity_value": text[a:b], "start_position": a,
                              "end_position": b})
        k = e
    return text, spans


def rag_record(i, lg, api):
    title = rng.choice(KINDS)
    head = "%s — %s — Case %d/%02d" % (title, rng.choice(["Kanzlei Berger", "Fairview Lettings Ltd",
                                                        "Clínica Sol", "Studio Rossi"]),
                                       rng.randint(100, 999), rng.randint(20, 26))
    chars, labels = doc_chars(lg)
    laid = layout(chars, rng.randint(48, 78), head)
    # overlapping windows cut anywhere (a value cut in two gives two pieces)
    size = rng.randint(260, 420)
    step = size - rng.randint(40, 120)
    chunks, a = [], 0
    while a < len(laid):
        chunks.append(laid[a:a + size])
        a += step
    if rng.random() < 0.4:
        rng.shuffle(chunks)
    hs = ["[doc {n}, p. {p}]", '<context source="{f}" page="{p}" chunk_id="c{n}">', "### Source: {t} ({f}, page {p})"]
    h = rng.choice(hs)
    pieces = []
    for n, ch in enumerate(chunks):
        hd = h.format(n=n + 1, p=rng.randint(1, 12), f="%s_%d.pdf" % (title.lower().replace(" ", "_"), i),
                      t=title)
        text, spans = spans_of([(c, -1) for c in hd + "\n"] + ch + ([(c, -1) for c in "\n</context>"]
                                                                    if h.startswith("<") else []), labels)
        p = P(text)
        p.spans = spans
        pieces.append(p)
    q = rng.choice(QUESTION)
    system = "Answer only from the retrieved context. Cite [doc N] for every claim."
    if api == "oai":
        ctx = P()
        for p in pieces:
            ctx.add(p).t("\n\n")
        b = {"model": "gpt-4o", "messages": [{"role": "system", "content": system + "\n\nContext:\n" + MARK % 0},
                                             {"role": "user", "content": q}]}
        pieces = [ctx]
    elif api == "resp":
        b = {"model": "gpt-4.1", "instructions": system, "input": [{"role": "user", "content": [
            {"type": "input_text", "text": MARK % k} for k in range(len(pieces))] + [
            {"type": "input_text", "text": q}]}]}
    elif api == "anth":
        blocks = [{"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": MARK % k},
                   "title": title} if k % 2 else {"type": "text", "text": MARK % k} for k in range(len(pieces))]
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": system,
             "messages": [{"role": "user", "content": blocks + [{"type": "text", "text": q}]}]}
    else:
        b = {"systemInstruction": {"parts": [{"text": system}]}, "contents": [{"role": "user", "parts": [
            {"text": MARK % k} for k in range(len(pieces))] + [{"text": q}]}]}
    ascii_ = i % 3 == 0
    text, spans = place(dumps(b, ascii_, i % 2 == 1), pieces, ascii_)
    return text, spans, ascii_, h.split("{")[0].strip("[<# ") or "doc", title


def main():
    records = []
    apis = ["oai", "resp", "anth", "gemini"]
    for i in range(240):
        j = i // 2
        lg = LANGS[j % len(LANGS)]
        api = apis[(j // len(LANGS)) % 4]
        if i % 2 == 0:
            text, spans, ascii_, how, tool = calls_record(j, lg, api)
            meta = {"family": "calls", "locale": lg, "api": api, "ascii": ascii_, "class": how, "tool": tool}
        else:
            text, spans, ascii_, hdr, title = rag_record(j, lg, api)
            meta = {"family": "rag", "locale": lg, "api": api, "ascii": ascii_, "class": title, "header": hdr}
        append_body(records, text, spans, meta)
    write_json(records)


main()
