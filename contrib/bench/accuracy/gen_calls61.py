#!/usr/bin/env python3
"""gen_calls61.py: tool definitions and JSON schemas beside the tool calls that fill them (tune set;
branch calls61, written and committed before hush was run on it), from the twenty-eighth blind
set's public brief (its calls family: tool definitions whose property names, descriptions, enums
and placeholder examples are look-alikes, tool-call arguments with person, address and birth
fields under keys of many languages, results echoed back) and the author's idea of what an
application sends with every request.

Each record is one request body: OpenAI chat completions (`tools[].function.parameters`, the
arguments a JSON string, sometimes a `response_format.json_schema`), Responses (flat `tools`,
`function_call`/`function_call_output`), Anthropic (`tools[].input_schema`, native `tool_use`
input) or Gemini (`tools[].functionDeclarations`, native `functionCall` args). A third are
`\\uXXXX`-escaped, half compact. Some bodies also carry an MCP `tools/list` result pasted as a
tool result (`inputSchema`) or an OpenAPI fragment (YAML) in the system prompt. Schemas use one of
12 key styles (en camelCase, snake_case, kebab-case, PascalCase; de, es, fr, nl, pl, it, pt, sv
keys); descriptions name people's roles and fields; enums hold salutations, roles, relationships,
countries, document kinds; `examples`/`example`/`default` hold placeholders (John Doe, Jane
Smith, Max Mustermann, 123 Main St, user@example.com, 1970-01-01).

Gold (the tool calls, results and the assistant's echo): PERSON (a full name one span; given and
family members each a span), STREET_ADDRESS (a street line value; a postcode value its own span;
the city none), DATE_OF_BIRTH (under a birth key), EMAIL_ADDRESS. Look-alikes (NEG_): property
names (NEG_KEY), descriptions (NEG_DESC), tool names (NEG_TOOL), enum values (NEG_ENUM),
placeholders in examples/default/description (NEG_EXAMPLE), schema titles (NEG_TITLE), patterns
and formats (NEG_PATTERN). Writes JSON (the names_tune3.json format) to stdout; deterministic;
stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, P, J, append_body, dumps, place  # noqa: E402

rng = random.Random(20261207 + 61)

# ---- key styles: given, family, full, street, postcode, city, dob, email, salutation, role,
#      relationship, country, contact (object), address (object) ---------------------------------
KS = {
    "camel": ["firstName", "lastName", "fullName", "streetAddress", "postalCode", "city", "dateOfBirth",
              "emailAddress", "salutation", "role", "relationship", "countryCode", "contactPerson", "homeAddress"],
    "snake": ["first_name", "last_name", "customer_name", "street_line", "zip_code", "city", "date_of_birth",
              "email", "title", "role", "relationship_to_insured", "country", "contact", "address"],
    "kebab": ["given-name", "family-name", "display-name", "address-line1", "postal-code", "locality", "birth-date",
              "e-mail", "honorific", "job-role", "relation", "country-code", "primary-contact", "billing-address"],
    "pascal": ["GivenName", "Surname", "PassengerName", "AddressLine1", "PostCode", "Town", "BirthDate",
               "Email", "Title", "Role", "NextOfKin", "Country", "Guest", "MailingAddress"],
    "de": ["vorname", "nachname", "name", "strasse", "plz", "ort", "geburtsdatum", "email", "anrede", "rolle",
           "beziehung", "land", "ansprechpartner", "anschrift"],
    "es": ["nombre", "apellidos", "nombreCompleto", "direccion", "codigoPostal", "ciudad", "fechaNacimiento",
           "correo", "tratamiento", "cargo", "parentesco", "pais", "titular", "domicilio"],
    "fr": ["prenom", "nom_de_famille", "nom_complet", "adresse", "code_postal", "ville", "date_naissance",
           "courriel", "civilite", "fonction", "lien_parente", "pays", "interlocuteur", "adresse_postale"],
    "nl": ["voornaam", "achternaam", "volledigeNaam", "straat", "postcode", "woonplaats", "geboortedatum",
           "emailadres", "aanhef", "functie", "relatie", "land", "contactpersoon", "adres"],
    "pl": ["imie", "nazwisko", "imieNazwisko", "ulica", "kodPocztowy", "miejscowosc", "dataUrodzenia",
           "adresEmail", "zwrot", "stanowisko", "pokrewienstwo", "kraj", "osobaKontaktowa", "adresZamieszkania"],
    "it": ["nome", "cognome", "nominativo", "indirizzo", "cap", "comune", "data_nascita", "email", "titolo",
           "ruolo", "parentela", "paese", "referente", "residenza"],
    "pt": ["nome", "sobrenome", "nomeCompleto", "logradouro", "cep", "cidade", "dataNascimento", "email",
           "tratamento", "cargo", "parentesco", "pais", "responsavel", "endereco"],
    "sv": ["fornamn", "efternamn", "namn", "gatuadress", "postnummer", "ort", "fodelsedatum", "epost",
           "titel", "roll", "relation", "land", "kontaktperson", "adress"],
}
STYLE_LANG = {"camel": "en", "snake": "en", "kebab": "en", "pascal": "en"}

PEOPLE = {
    "en": [("Harriet", "Pemberton"), ("Callum", "Whitlock"), ("Priya", "Raman"), ("Owen", "Gallagher"),
           ("Tessa", "Holbrook"), ("Marcus", "Odhiambo"), ("Imogen", "Fairweather"), ("Dylan", "Castellano")],
    "de": [("Jonas", "Brückner"), ("Annika", "Wessel"), ("Matthias", "Kowalewski"), ("Leonie", "Hartung"),
           ("Friederike", "Ahlers"), ("Emre", "Yıldız")],
    "es": [("Lucía", "Barrientos"), ("Iñaki", "Etxeberria"), ("Marta", "Villanueva"), ("Rodrigo", "Salcedo"),
           ("Nerea", "Quintana")],
    "fr": [("Solène", "Marchetti"), ("Baptiste", "Lefebvre"), ("Amandine", "Roussel"), ("Yanis", "Benali"),
           ("Clémence", "Vautrin")],
    "nl": [("Sanne", "de Groot"), ("Joris", "van Dijk"), ("Femke", "Bakker"), ("Thijs", "Verhoeven"),
           ("Noor", "El Amrani")],
    "pl": [("Agnieszka", "Wróblewska"), ("Tomasz", "Zieliński"), ("Katarzyna", "Michalak"), ("Bartosz", "Sowa")],
    "it": [("Chiara", "Lombardi"), ("Davide", "Ferraresi"), ("Giulia", "Santoro"), ("Matteo", "Bellucci")],
    "pt": [("Beatriz", "Carvalho"), ("Thiago", "Nogueira"), ("Mariana", "Azevedo"), ("Rafael", "Pimentel")],
    "sv": [("Linnea", "Sjöberg"), ("Oskar", "Lindqvist"), ("Elsa", "Bergström"), ("Viktor", "Nyberg")],
}
SYL = ["ka", "lo", "mir", "ven", "ta", "sol", "dri", "na", "bel", "ru", "zan", "ek", "tho", "li", "mar"]

STREETS = {
    "en": ("{n} {s}", ["Larkspur Close", "Wexford Road", "Chandos Avenue", "Bramble Hill Drive", "Quayside Street"],
           [("SW9 8QT", "London"), ("LS6 2AF", "Leeds"), ("94110", "San Francisco, CA")]),
    "de": ("{s} {n}", ["Lindenstraße", "Am Weinberg", "Schillerplatz", "Kastanienallee", "Hohe Str."],
           [("50667", "Köln"), ("04109", "Leipzig"), ("70173", "Stuttgart")]),
    "es": ("{s}, {n}", ["Calle del Pez", "Avenida de América", "Calle Mayor", "Paseo de Gracia"],
           [("28004", "Madrid"), ("08008", "Barcelona")]),
    "fr": ("{n} {s}", ["rue des Martyrs", "avenue Foch", "rue Sainte-Catherine", "quai de la Loire"],
           [("75009", "Paris"), ("69002", "Lyon")]),
    "nl": ("{s} {n}", ["Keizersgracht", "Oudegracht", "Lange Voorhout", "Witte de Withstraat"],
           [("1015 CX", "Amsterdam"), ("3511 AB", "Utrecht")]),
    "pl": ("ul. {s} {n}", ["Marszałkowska", "Długa", "Piotrkowska", "Zwierzyniecka"],
           [("00-624", "Warszawa"), ("90-406", "Łódź")]),
    "it": ("{s} {n}", ["Via dei Mille", "Corso Buenos Aires", "Viale Monza", "Via Garibaldi"],
           [("20124", "Milano"), ("00185", "Roma")]),
    "pt": ("{s}, {n}", ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Travessa do Carmo"],
           [("1100-048", "Lisboa"), ("01310-100", "São Paulo")]),
    "sv": ("{s} {n}", ["Götgatan", "Drottninggatan", "Sveavägen", "Linnégatan"],
           [("118 26", "Stockholm"), ("413 04", "Göteborg")]),
}
MAILHOSTS = ["posteo.de", "gmail.com", "outlook.com", "web.de", "orange.fr", "libero.it", "wp.pl", "telia.com"]

# ---- look-alikes in the schema --------------------------------------------------------------------
PH_NAMES = ["John Doe", "Jane Doe", "Jane Smith", "John Smith", "Max Mustermann", "Erika Mustermann",
            "Jean Dupont", "Mario Rossi", "Jan Kowalski", "Juan Pérez", "Jan Jansen", "Joe Bloggs", "Fulano de Tal",
            "Anna Svensson", "João da Silva"]
PH_GIVEN = ["John", "Jane", "Max", "Erika", "Jean", "Mario", "Jan", "Juan"]
PH_FAMILY = ["Doe", "Smith", "Mustermann", "Dupont", "Rossi", "Kowalski", "Pérez", "Jansen"]
PH_STREETS = ["123 Main St", "123 Main Street", "1 Infinite Loop", "Musterstraße 1", "Musterstr. 12",
              "12 rue de l'Exemple", "Calle Falsa 123", "Via Roma 1", "Teststraat 1", "ul. Przykładowa 1",
              "42 Example Road", "456 Elm Street"]
PH_ZIPS = ["12345", "00000", "90210", "1234 AB", "00-000"]
PH_MAILS = ["user@example.com", "jane.doe@example.com", "john@example.org", "name@company.com",
            "max.mustermann@example.de", "someone@example.net", "you@domain.com", "test@test.com"]
PH_DOBS = ["1970-01-01", "1990-01-01", "YYYY-MM-DD", "01/01/1980", "1985-12-31", "TT.MM.JJJJ"]
ENUMS = {
    "salutation": ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Herr", "Frau", "Monsieur", "Madame", "Señor", "Señora",
                   "Sig.", "Sig.ra", "Dhr.", "Mevr.", "Pan", "Pani"],
    "role": ["Account Owner", "Billing Contact", "Technical Contact", "Legal Guardian", "Beneficiary",
             "Policy Holder", "Claimant", "Tenant", "Landlord", "Attending Physician", "Case Manager",
             "Sales Rep", "Reviewer", "Approver", "Ansprechpartner", "Titular", "Responsable"],
    "relationship": ["Spouse", "Partner", "Child", "Parent", "Sibling", "Grandparent", "Guardian", "Friend",
                     "Neighbour", "Ehepartner", "Tochter", "Sohn", "Cónyuge", "Hijo", "Conjoint", "Moeder", "Vader"],
    "country": ["United Kingdom", "Germany", "Spain", "France", "Netherlands", "Poland", "Italy", "Portugal",
                "Sweden", "Georgia", "Jordan", "Chad", "Victoria", "Florence"],
    "doc": ["Passport", "National ID", "Driving Licence", "Residence Permit", "Personalausweis", "DNI", "NIE"],
    "status": ["Prospect", "Active", "Churned", "Verified", "Pending Review", "On Hold", "Deceased"],
}
DESC = {
    "given": ["The customer's given name, e.g. {G}.", "First name of the account holder as on the passport.",
              "Given name(s) of the patient. Example: {G}", "Vorname der Person, z. B. {G}."],
    "family": ["Family name / surname of the guest (e.g. {F}).", "Last name of the policy holder.",
               "Nachname des Mieters.", "Apellidos del titular, p. ej. {F}."],
    "full": ["Full legal name of the person, e.g. {N}.", "Name of the contact person at the supplier.",
             "The name of the sales rep who owns the account (e.g. \"{N}\").",
             "Nom complet du bénéficiaire, ex. {N}.", "Naam van de huurder, bijv. {N}.",
             "Passenger name exactly as printed on the travel document."],
    "street": ["Street and house number, e.g. {S}.", "First line of the delivery address.",
               "Straße und Hausnummer (z. B. {S}).", "Línea 1 de la dirección, p. ej. {S}.",
               "Street address of the landlord's property."],
    "zip": ["Postal / ZIP code, e.g. {Z}.", "Postleitzahl, fünfstellig.", "Code postal du domicile."],
    "dob": ["Date of birth in ISO 8601 (YYYY-MM-DD), e.g. {D}.", "The patient's birth date.",
            "Geburtsdatum des Versicherten im Format TT.MM.JJJJ.", "Fecha de nacimiento del titular."],
    "email": ["Contact e-mail, e.g. {E}.", "Where the confirmation is sent (e.g. {E}).",
              "E-Mail-Adresse des Ansprechpartners.", "Adresse e-mail du client."],
    "salutation": ["Form of address (Mr, Mrs, Dr...).", "Anrede des Kunden."],
    "role": ["Role of this person in the case (e.g. Claimant, Witness).", "Funktion im Unternehmen."],
    "relationship": ["How the emergency contact is related to the patient.", "Relation to the policy holder."],
    "country": ["ISO country of residence.", "Land des Wohnsitzes."],
    "doc": ["Kind of identity document the applicant showed.", "Tipo de documento."],
    "status": ["Lifecycle status of the record.", "Estado del expediente."],
    "contact": ["The person to contact about this order.", "Primary contact; the account owner if empty."],
    "address": ["Postal address of the customer.", "Registered home address of the applicant."],
}
TOOLS = {
    "crm": ["create_contact", "update_customer", "lookup_account", "crm_upsert_lead", "findContactByName"],
    "kyc": ["verify_identity", "kyc_check", "screen_applicant", "submitKycCase"],
    "booking": ["book_table", "create_reservation", "add_passenger", "check_in_guest"],
    "shipping": ["create_shipping_label", "schedule_pickup", "validate_address"],
    "lab": ["get_lab_results", "order_lab_test", "find_patient"],
    "case": ["search_cases", "open_claim", "log_incident"],
}
KINDS = list(TOOLS)


def neg(v, lab):
    return (lab, v)


def person(lg):
    if rng.random() < 0.25:
        g = "".join(rng.choice(SYL) for _ in range(2)).capitalize()
        f = "".join(rng.choice(SYL) for _ in range(3)).capitalize()
        return g, f
    return rng.choice(PEOPLE.get(lg, PEOPLE["en"]))


class Addr:
    def __init__(self, lg):
        fmt, names, towns = STREETS.get(lg, STREETS["en"])
        self.line = fmt.replace("{s}", rng.choice(names)).replace("{n}", str(rng.randint(2, 188)))
        self.zip, self.city = rng.choice(towns)


def dob(lg):
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if lg in ("de", "pl", "sv") and rng.random() < 0.5:
        return "%02d.%02d.%d" % (d, m, y)
    if lg in ("fr", "es", "it", "pt", "nl") and rng.random() < 0.5:
        return "%02d/%02d/%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


def mail(g, f):
    loc = unicodedata.normalize("NFKD", ("%s.%s" % (g, f)).lower().replace("ł", "l").replace("ı", "i"))
    loc = "".join(c for c in loc if c.isascii() and c != " ").replace("ß", "ss")
    return loc + "@" + rng.choice(MAILHOSTS)


# ---- a schema ------------------------------------------------------------------------------------
def fill(t):
    g, f = rng.choice(PH_GIVEN), rng.choice(PH_FAMILY)
    return (t.replace("{G}", g).replace("{F}", f).replace("{N}", rng.choice(PH_NAMES))
            .replace("{S}", rng.choice(PH_STREETS)).replace("{Z}", rng.choice(PH_ZIPS))
            .replace("{E}", rng.choice(PH_MAILS)).replace("{D}", rng.choice(PH_DOBS)))


def prop(kind, typ="string"):
    o = {"type": typ}
    if rng.random() < 0.85:
        o["description"] = neg(fill(rng.choice(DESC[kind])), "NEG_DESC")
    if kind in ENUMS:
        o["enum"] = [neg(v, "NEG_ENUM") for v in rng.sample(ENUMS[kind], rng.randint(3, 7))]
        return o
    ph = {"given": PH_GIVEN, "family": PH_FAMILY, "full": PH_NAMES, "street": PH_STREETS, "zip": PH_ZIPS,
          "email": PH_MAILS, "dob": PH_DOBS}.get(kind)
    if ph:
        r = rng.random()
        if r < 0.35:
            o["examples"] = [neg(v, "NEG_EXAMPLE") for v in rng.sample(ph, 2)]
        elif r < 0.6:
            o["example"] = neg(rng.choice(ph), "NEG_EXAMPLE")
        elif r < 0.72:
            o["default"] = neg(rng.choice(ph), "NEG_EXAMPLE")
    if kind == "email":
        o["format"] = neg("email", "NEG_PATTERN")
    if kind == "dob":
        o["format"] = neg("date", "NEG_PATTERN")
        if rng.random() < 0.4:
            o["pattern"] = neg("^\\d{4}-\\d{2}-\\d{2}$", "NEG_PATTERN")
    if kind == "zip" and rng.random() < 0.4:
        o["pattern"] = neg("^[0-9]{5}$", "NEG_PATTERN")
    return o


def schema(style, kind):
    k = KS[style]
    key = lambda i: ("NEG_KEY", k[i])  # noqa: E731
    person_o = {key(0): prop("given"), key(1): prop("family")}
    if rng.random() < 0.5:
        person_o = {key(2): prop("full")}
    addr_o = {"type": "object", "properties": {key(3): prop("street"), key(4): prop("zip"),
                                               key(5): {"type": "string"}}}
    if rng.random() < 0.8:
        addr_o["description"] = neg(rng.choice(DESC["address"]), "NEG_DESC")
    props = dict(person_o)
    if rng.random() < 0.6:
        props[key(8)] = prop("salutation")
    props[key(6)] = prop("dob")
    props[key(7)] = prop("email")
    props[key(13)] = addr_o
    if kind in ("crm", "case", "kyc") or rng.random() < 0.5:
        props[key(9)] = prop("role")
    if kind in ("lab", "kyc", "booking") or rng.random() < 0.3:
        props[key(10)] = prop("relationship")
    if rng.random() < 0.5:
        props[key(11)] = prop("country")
    if kind == "kyc":
        props["document_type"] = prop("doc")
    if rng.random() < 0.4:
        props["status"] = prop("status")
    if rng.random() < 0.35:
        props[key(12)] = {"type": "object", "description": neg(rng.choice(DESC["contact"]), "NEG_DESC"),
                          "properties": {key(2): prop("full"), key(7): prop("email")}}
    s = {"type": "object", "properties": props, "required": [("NEG_KEY", k[0] if k[0] in
                                                                 [kk[1] for kk in person_o] else k[2]), ("NEG_KEY", k[6])]}
    if rng.random() < 0.3:
        s["title"] = neg(rng.choice(["Contact", "Guest", "Applicant", "Patient", "Customer Record", "Passenger"]),
                         "NEG_TITLE")
    if rng.random() < 0.25:
        s["additionalProperties"] = False
    return s


def tool_desc(kind):
    return neg(rng.choice({
        "crm": ["Create or update a contact in the CRM. Use the customer's full name and e-mail.",
                "Look up an account by the owner's name (e.g. John Smith) or e-mail."],
        "kyc": ["Verify a person's identity against the watch list. Needs name, birth date and address."],
        "booking": ["Book a table or room for a guest. Ask the guest for their name first."],
        "shipping": ["Create a shipping label. Address lines as the recipient wrote them, e.g. 123 Main St."],
        "lab": ["Fetch lab results for a patient by name and date of birth."],
        "case": ["Search case files by claimant, policy holder or case manager."],
    }[kind]), "NEG_DESC")


# ---- the values that fill it -----------------------------------------------------------------------
def values(style, lg):
    k = KS[style]
    g, f = person(lg)
    ad = Addr(lg)
    args = {}
    if rng.random() < 0.5:
        args[k[0]], args[k[1]] = ("PERSON", g), ("PERSON", f)
    else:
        args[k[2]] = ("PERSON", g + " " + f)
    if rng.random() < 0.5:
        args[k[8]] = rng.choice(ENUMS["salutation"][:6])
    args[k[6]] = ("DATE_OF_BIRTH", dob(lg))
    args[k[7]] = ("EMAIL_ADDRESS", mail(g, f))
    args[k[13]] = {k[3]: ("STREET_ADDRESS", ad.line), k[4]: ("STREET_ADDRESS", ad.zip), k[5]: ad.city}
    if rng.random() < 0.4:
        args[k[9]] = rng.choice(ENUMS["role"])
    if rng.random() < 0.3:
        g2, f2 = person(lg)
        args[k[12]] = {k[2]: ("PERSON", g2 + " " + f2)}
    return args, (g, f, ad)


def result(kind, args, who):
    g, f, ad = who
    rid = "%s_%06d" % (kind[:3], rng.randint(0, 999999))
    if kind == "crm":
        o2, f2 = person("en")
        return {"ok": True, "id": rid, "record": args, "account_owner": ("PERSON", o2 + " " + f2),
                "updated_by": "crm-sync-bot"}
    if kind == "kyc":
        return {"status": "clear", "case": rid, "matched_name": ("PERSON", g + " " + f), "score": 0.07,
                "watchlists": ["OFAC SDN", "EU Consolidated"]}
    if kind == "booking":
        return {"confirmation": rid.upper(), "guest": ("PERSON", f.upper() + "/" + g.upper()), "party": 2}
    if kind == "shipping":
        p = P("LABEL ").t(rid.upper()).t("\n").s("PERSON", (g + " " + f).upper()).t("\n")
        p.s("STREET_ADDRESS", ad.line.upper()).t("\n").s("STREET_ADDRESS", ad.zip).t(" " + ad.city.upper())
        return {"label_text": p, "carrier": "DHL", "weight_kg": 1.2}
    if kind == "lab":
        p = P("Patient: ").s("PERSON", f.upper() + ", " + g).t("  DOB: ").s("DATE_OF_BIRTH", args_dob(args))
        d2, f3 = person("en")
        p.t("\nRequested by: Dr. ").s("PERSON", d2 + " " + f3).t("\nHbA1c 5.4 %  (ref < 5.7)\n")
        return {"report": p, "lab": "Central Lab", "accession": rid}
    return {"hits": [{"case": rid, "claimant": ("PERSON", g + " " + f), "status": "open",
                      "handler": ("PERSON", " ".join(person("en")))}], "total": 1}


def args_dob(args):
    for v in args.values():
        if isinstance(v, tuple) and v[0] == "DATE_OF_BIRTH":
            return v[1]
    return "1980-01-01"


# ---- other places schemas come in ------------------------------------------------------------------
def mcp_list(style, kind):
    tools = []
    for _ in range(rng.randint(1, 3)):
        kd = rng.choice(KINDS)
        tools.append({"name": ("NEG_TOOL", rng.choice(TOOLS[kd])), "description": tool_desc(kd),
                      "inputSchema": schema(style, kd)})
    return {"jsonrpc": "2.0", "id": rng.randint(1, 99), "result": {"tools": tools}}


def openapi(style):
    k = KS[style]
    p = P("You can call our API. Relevant part of the spec:\n\ncomponents:\n  schemas:\n    Contact:\n"
          "      type: object\n      properties:\n")
    for i, kind in ((0, "given"), (1, "family"), (6, "dob"), (7, "email"), (3, "street")):
        p.t("        ").s("NEG_KEY", k[i]).t(":\n          type: string\n")
        ph = {"given": PH_GIVEN, "family": PH_FAMILY, "dob": PH_DOBS, "email": PH_MAILS, "street": PH_STREETS}[kind]
        if rng.random() < 0.7:
            p.t("          example: ").s("NEG_EXAMPLE", rng.choice(ph)).t("\n")
    p.t("        ").s("NEG_KEY", k[9]).t(":\n          type: string\n          enum: [")
    for j, v in enumerate(rng.sample(ENUMS["role"], 3)):
        p.t(", " if j else "").s("NEG_ENUM", v)
    return p.t("]\n\nNever invent values; ask the user.")


# ---- the body --------------------------------------------------------------------------------------
def conversation(i, style, api):
    lg = STYLE_LANG.get(style, style)
    pieces = []
    jstyle = rng.choice(["pretty", "line", "compact"])

    def add(doc, native):
        k = len(pieces)
        if isinstance(doc, P):
            pieces.append(doc)
            return MARK % k
        j = J(jstyle if not native else rng.choice(["compact", "line"]))
        j.write(doc)
        pieces.append(j.p)
        return RAWMARK % k if native else MARK % k

    kinds = [KINDS[i % len(KINDS)]] + ([rng.choice(KINDS)] if rng.random() < 0.4 else [])
    defs = [(rng.choice(TOOLS[kd]), kd) for kd in kinds]
    calls = []
    for name, kd in defs:
        args, who = values(style, lg)
        calls.append((name, args, result(kd, args, who), who))
    mcp = rng.random() < 0.25
    spec = rng.random() < 0.2
    system = "You are a back-office assistant. Use the tools; never guess personal data."
    sys_mark = add(cat_sys(system, openapi(style)), False) if spec else None
    g, f, _ad = calls[0][3]
    ask = P("Please handle this for ").s("PERSON", g + " " + f).t(rng.choice([".", " - thanks!", ", urgent."]))
    ask_mark = add(ask, False)
    summary = P("Done: ").s("PERSON", g + " " + f).t(" is saved (" + rng.choice(["CRM", "case", "booking"]) + ").")
    sum_mark = add(summary, False)
    native = api in ("anth", "gemini")
    tool_defs = []
    for name, kd in defs:
        tool_defs.append((("NEG_TOOL", name), tool_desc(kd), schema(style, kd)))
    if api == "oai":
        tools = [{"type": "function", "function": {"name": n, "description": d, "parameters": s}}
                 for n, d, s in tool_defs]
    elif api == "resp":
        tools = [{"type": "function", "name": n, "description": d, "parameters": s, "strict": False}
                 for n, d, s in tool_defs]
    elif api == "anth":
        tools = [{"name": n, "description": d, "input_schema": s} for n, d, s in tool_defs]
    else:
        tools = [{"functionDeclarations": [{"name": n, "description": d, "parameters": s} for n, d, s in tool_defs]}]
    tools_mark = add(tools, True)
    parts = [(n, add(a, native), add(r, native and rng.random() < 0.5)) for (n, a, r, _w) in calls]
    if mcp:
        parts.append(("mcp_list_tools", add({}, native), add(mcp_list(style, kinds[0]), False)))
    rf_mark = add(schema(style, kinds[0]), True) if api == "oai" and rng.random() < 0.35 else None
    b = body(api, parts, tools_mark, ask_mark, sum_mark, sys_mark, system, rf_mark)
    ascii_ = i % 3 == 0
    text, spans = place(dumps(b, ascii_, i % 2 == 1), pieces, ascii_)
    return text, spans, ascii_, kinds, mcp, spec


def cat_sys(system, spec):
    p = P(system + "\n\n")
    return p.add(spec)


def body(api, parts, tools_mark, ask, summary, sys_mark, system, rf_mark):
    sysm = sys_mark or system
    if api == "oai":
        ids = ["call_%010d" % rng.randint(0, 10 ** 10 - 1) for _ in parts]
        msgs = [{"role": "system", "content": sysm}, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": c, "type": "function", "function": {"name": n, "arguments": a}}
                    for c, (n, a, _r) in zip(ids, parts)]}]
        msgs += [{"role": "tool", "tool_call_id": c, "content": r} for c, (_n, _a, r) in zip(ids, parts)]
        b = {"model": "gpt-4o", "messages": msgs + [{"role": "assistant", "content": summary}],
             "tools": tools_mark}
        if rf_mark:
            b["response_format"] = {"type": "json_schema", "json_schema": {
                "name": "contact_record", "strict": True, "schema": rf_mark}}
        return b
    if api == "resp":
        items = [{"role": "user", "content": ask}]
        for n, a, r in parts:
            c = "call_%05d" % rng.randint(0, 99999)
            items += [{"type": "function_call", "call_id": c, "name": n, "arguments": a},
                      {"type": "function_call_output", "call_id": c, "output": r}]
        items.append({"role": "assistant", "content": [{"type": "output_text", "text": summary}]})
        return {"model": "gpt-4.1", "instructions": sysm, "tools": tools_mark, "input": items}
    if api == "anth":
        msgs = [{"role": "user", "content": ask}]
        for n, a, r in parts:
            c = "toolu_%010d" % rng.randint(0, 10 ** 10 - 1)
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": n, "input": a}]})
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c, "content": r}]})
        msgs.append({"role": "assistant", "content": [{"type": "text", "text": summary}]})
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": sysm, "tools": tools_mark,
                "messages": msgs}
    contents = [{"role": "user", "parts": [{"text": ask}]}]
    for n, a, r in parts:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}}]})
        contents.append({"role": "user", "parts": [{"functionResponse": {"name": n, "response": r}}]})
    contents.append({"role": "model", "parts": [{"text": summary}]})
    return {"systemInstruction": {"parts": [{"text": sysm}]}, "contents": contents, "tools": tools_mark}


def main():
    records = []
    apis = ["oai", "resp", "anth", "gemini"]
    styles = list(KS)
    for i in range(360):
        style = styles[i % len(styles)]
        api = apis[(i // len(styles)) % 4]
        text, spans, ascii_, kinds, mcp, spec = conversation(i, style, api)
        append_body(records, text, spans, {"locale": STYLE_LANG.get(style, style), "keys": style, "api": api,
                                           "ascii": ascii_, "class": kinds[0], "mcp": mcp, "openapi": spec})
    write_json(records)


main()
