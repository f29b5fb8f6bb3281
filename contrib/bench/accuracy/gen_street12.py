#!/usr/bin/env python3
"""gen_street12.py: street addresses in shapes and locales the other corpora lack (street12).

Written from a list of the shapes people paste, not from the recognisers: an address's parts
behind labels on one line ("Straße: Hauptstraße, Hausnummer: 5, PLZ: 10115, Ort: Berlin",
"Street: Baker Street | No: 12"); the streets of locales the pack does not name (pt and Brazil,
Sweden, Norway, Denmark, Finland, Poland, Czechia) and the less common shapes of the ones it does
(Austrian "1/2/3", Swiss "-strasse", Belgian "bus 3", Irish Eircodes, Canadian French, Australian
"Unit 5/12"); post office boxes (an address: mail reaches a person there) and c/o lines; an
address as one CSV row, an HTML <address> block, a vCard ADR property, a shipping label over
lines. Street names are real ones and ones invented from syllables (gen_common's SYL7 plus a
type or suffix). A gold span is the whole address as one block (its labels inside when the
labels stand between its parts); in HTML and vCard each line or field that holds a part is
its own span. Look-alikes (NEG_ADDR): numbered things shaped like a street ("Version 5",
"Table 3", "Room 12" alone, "Chapter 4", "Box 2 of 3", "Ruby 3.2", "Python 3.12", "Main 10" in a
table, "Storage 12 GB") in the same sentences and fields.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL7, END7, Doc, write_json  # noqa: E402

rng = random.Random(20261204 + 12)
records = []


class D(Doc):
    records = records


def inv(lg, low=False):
    """An invented street stem from the locale's syllables, capitalised."""
    syl = SYL7.get(lg, SYL7["en"])
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    return w if low else w[0].upper() + w[1:]


def num():
    return str(rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 899)]))


# ---- streets per locale: each returns (street, number, postcode, town, country) ----------------
def de_street():
    real = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenweg",
            "Kirchgasse", "Am Markt", "Bergstraße", "Gartenweg", "Friedrichstraße"]
    s = rng.choice(real) if rng.random() < 0.5 else inv("de") + rng.choice(
        ["straße", "weg", "allee", "gasse", "ring", "platz"])
    return s, num(), "%05d" % rng.randint(10000, 99999), rng.choice(
        ["Berlin", "Köln", "München", "Hamburg", "Leipzig", "Bremen"]), "Deutschland"


def at_street():
    real = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Favoritenstraße", "Praterstraße",
            "Wiedner Hauptstraße", "Josefstädter Straße"]
    s = rng.choice(real) if rng.random() < 0.6 else inv("de") + rng.choice(["gasse", "straße"])
    n = "%s/%s" % (num(), rng.randint(1, 20))
    if rng.random() < 0.5:
        n += "/%d" % rng.randint(1, 30)
    return s, n, "1%02d0" % rng.randint(1, 23), rng.choice(["Wien", "Graz", "Linz"]), "Österreich"


def ch_street():
    real = ["Bahnhofstrasse", "Limmatquai", "Seefeldstrasse", "Marktgasse", "Spitalgasse",
            "Rue du Rhône", "Badenerstrasse"]
    s = rng.choice(real) if rng.random() < 0.6 else inv("de") + rng.choice(["strasse", "gasse"])
    return s, num(), str(rng.choice([8001, 8004, 3011, 1204, 4051])), rng.choice(
        ["Zürich", "Bern", "Genève", "Basel"]), "Schweiz"


def nl_street():
    real = ["Keizersgracht", "Prinsengracht", "Damrak", "Kalverstraat", "Oudegracht",
            "Laan van Meerdervoort", "Coolsingel", "Herengracht"]
    s = rng.choice(real) if rng.random() < 0.5 else inv("nl") + rng.choice(
        ["straat", "laan", "weg", "gracht", "kade", "plein"])
    pc = "%04d %s%s" % (rng.randint(1000, 9999), rng.choice("ABCDEGHJK"), rng.choice("ABCDEGHJK"))
    return s, num(), pc, rng.choice(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag"]), "Nederland"


def be_street():
    real = ["Rue de la Loi", "Avenue Louise", "Meir", "Chaussée de Wavre", "Rue Neuve",
            "Kouter", "Boulevard Anspach"]
    s = rng.choice(real) if rng.random() < 0.6 else "Rue " + rng.choice(["de ", "du "]) + inv("fr")
    n = num() + rng.choice([" bus %d" % rng.randint(1, 9), " boîte %d" % rng.randint(1, 9), "", " bte 2"])
    return s, n, str(rng.choice([1000, 1040, 1050, 2000, 9000])), rng.choice(
        ["Bruxelles", "Antwerpen", "Gent", "Liège"]), "Belgique"


def fr_street():
    s = rng.choice(["rue d'Orsel", "rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire",
                    "rue " + rng.choice(["des ", "du "]) + inv("fr"), "allée des " + inv("fr")])
    return s, num(), "750%02d" % rng.randint(1, 20), rng.choice(["Paris", "Lyon", "Nantes"]), "France"


def es_street():
    s = rng.choice(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución",
                    "Calle " + inv("es"), "Paseo de " + inv("es")])
    return s, num(), "%05d" % rng.choice([28013, 8001, 41001, 46002]), rng.choice(
        ["Madrid", "Barcelona", "Sevilla", "Valencia"]), "España"


def it_street():
    s = rng.choice(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Viale dei Mille",
                    "Via " + inv("it"), "Piazza " + inv("it")])
    return s, num(), "%05d" % rng.choice([184, 20121, 10121, 50123]), rng.choice(
        ["Roma", "Milano", "Torino", "Firenze"]), "Italia"


def pt_street():
    s = rng.choice(["Rua Augusta", "Av. da Liberdade", "Rua do Ouro", "Avenida da República",
                    "Rua " + rng.choice(["de ", "da ", "do "]) + inv("pt"), "Travessa do " + inv("pt"),
                    "Largo do " + inv("pt")])
    pc = "%04d-%03d" % (rng.randint(1000, 4999), rng.randint(0, 999))
    return s, num(), pc, rng.choice(["Lisboa", "Porto", "Coimbra", "Braga"]), "Portugal"


def br_street():
    s = rng.choice(["Rua das Flores", "Avenida Paulista", "Rua Oscar Freire", "Rua da Consolação",
                    "Rua " + inv("pt"), "Avenida " + inv("pt")])
    pc = "%05d-%03d" % (rng.randint(10000, 99999), rng.randint(0, 999))
    return s, num(), pc, rng.choice(["São Paulo - SP", "Rio de Janeiro - RJ", "Curitiba - PR"]), "Brasil"


def sv_street():
    real = ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan", "Vasagatan"]
    s = rng.choice(real) if rng.random() < 0.5 else inv("nl") + rng.choice(["gatan", "vägen"])
    pc = "%03d %02d" % (rng.randint(100, 999), rng.randint(10, 99))
    return s, num(), pc, rng.choice(["Stockholm", "Göteborg", "Malmö", "Uppsala"]), "Sverige"


def no_street():
    s = rng.choice(["Karl Johans gate", "Storgata", "Bogstadveien", "Thorvald Meyers gate",
                    inv("nl") + "veien", inv("nl") + " gate"])
    return s, num(), "%04d" % rng.randint(150, 9999), rng.choice(["Oslo", "Bergen", "Trondheim"]), "Norge"


def da_street():
    s = rng.choice(["Vesterbrogade", "Nørregade", "Strøget", "Østerbrogade", inv("nl") + "gade",
                    inv("nl") + "vej"])
    return s, num(), "%04d" % rng.randint(1000, 9999), rng.choice(
        ["København V", "Aarhus C", "Odense"]), "Danmark"


def fi_street():
    s = rng.choice(["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", inv("nl") + "katu",
                    inv("nl") + "tie"])
    n = num() + rng.choice(["", " A %d" % rng.randint(1, 40), " B"])
    return s, n, "%05d" % rng.choice([100, 130, 33100, 20100]), rng.choice(
        ["Helsinki", "Tampere", "Turku"]), "Suomi"


def pl_street():
    s = rng.choice(["ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Floriańska",
                    "ul. " + inv("es"), "al. " + inv("es")])
    n = num() + rng.choice(["", "/%d" % rng.randint(1, 40), " m. %d" % rng.randint(1, 40)])
    pc = "%02d-%03d" % (rng.randint(0, 99), rng.randint(0, 999))
    return s, n, pc, rng.choice(["Warszawa", "Kraków", "Łódź", "Gdańsk"]), "Polska"


def cs_street():
    s = rng.choice(["Václavské náměstí", "Na Příkopě", "Vinohradská", "Národní", "Karlova",
                    inv("es") + "ova", inv("es") + "ská"])
    n = rng.choice([num(), "%d/%d" % (rng.randint(100, 2999), rng.randint(1, 99))])
    pc = "%03d %02d" % (rng.randint(100, 799), rng.randint(0, 99))
    return s, n, pc, rng.choice(["Praha 1", "Brno", "Ostrava"]), "Česko"


LOCALES = {"de": de_street, "at": at_street, "ch": ch_street, "nl": nl_street, "be": be_street,
           "fr": fr_street, "es": es_street, "it": it_street, "pt": pt_street, "br": br_street,
           "sv": sv_street, "no": no_street, "da": da_street, "fi": fi_street, "pl": pl_street,
           "cs": cs_street}
LANG = {"de": "de", "at": "de", "ch": "de", "nl": "nl", "be": "fr", "fr": "fr", "es": "es",
        "it": "it", "pt": "pt", "br": "pt", "sv": "en", "no": "en", "da": "en", "fi": "en",
        "pl": "en", "cs": "en"}


def line_of(loc, s, n, pc, town):
    """The street and number as the locale writes them, then the postcode and town."""
    if loc == "fr":
        return "%s %s, %s %s" % (n, s, pc, town)
    if loc == "pt":
        return rng.choice(["%s, %s, %s %s", "%s %s, %s %s"]) % (s, n, pc, town)
    if loc == "br":
        apt = rng.choice(["", " - apto %d" % rng.randint(1, 120), ", sala %d" % rng.randint(1, 30)])
        return "%s, %s%s, %s, %s" % (s, n, apt, town, pc)
    if loc == "es":
        fl = rng.choice(["", ", 3º B", ", 2.º izda."])
        return "%s %s%s, %s %s" % (s, n, fl, pc, town)
    return "%s %s, %s %s" % (s, n, pc, town)


def en_address():
    """(street line, tail) for US, UK, IE, CA, AU."""
    kind = rng.choice(["us", "uk", "ie", "ca", "au", "caf"])
    name = rng.choice(["Baker", "Maple", "Church", "Elm", "George", "Smith", inv("en"), inv("en")])
    if kind == "us":
        s = "%s %s %s" % (num(), name, rng.choice(["St", "Street", "Ave", "Blvd", "Road", "Dr"]))
        return s, ", %s, %s %05d" % (rng.choice(["Springfield", "Austin", "Denver"]),
                                      rng.choice(["IL", "TX", "CO"]), rng.randint(10000, 99999))
    if kind == "uk":
        s = "%s %s %s" % (num(), name, rng.choice(["Road", "Lane", "Close", "Street"]))
        return s, ", %s %s" % (rng.choice(["Leeds", "Bristol", "London"]),
                               rng.choice(["LS6 2AB", "BS8 1TH", "NW1 6XE"]))
    if kind == "ie":
        s = "%s %s %s" % (num(), name, rng.choice(["Street", "Road", "Avenue"]))
        return s, rng.choice([", Ballina, Co. Mayo F26 X2Y3", ", Dublin 4, D04 C9Y6",
                              ", Galway H91 E2K3", ", Cork T12 AB34"])
    if kind == "ca":
        s = "%s %s %s" % (num(), name, rng.choice(["Street", "Avenue", "Rd"]))
        return s, rng.choice([", Toronto, ON M5B 2H1", ", Vancouver BC V6B 1A1", ", Ottawa, ON K1P 5J2"])
    if kind == "caf":
        s = "%s Rue %s" % (num(), rng.choice(["Sainte-Catherine O", "Saint-Denis", "Sherbrooke E",
                                                "Saint-" + inv("fr")]))
        return s, rng.choice([", Montréal, QC H3B 1A7", ", Québec (Québec) G1R 4P5"])
    s = rng.choice(["Unit %d/%s %s St" % (rng.randint(1, 30), num(), name),
                    "%d/%s %s Street" % (rng.randint(1, 30), num(), name),
                    "Apt %d, %s %s Rd" % (rng.randint(1, 30), num(), name)])
    return s, rng.choice([", Glebe NSW 2037", ", Fitzroy VIC 3065", " Brisbane QLD 4000"])


# ---- shapes -----------------------------------------------------------------------------------
CHAT = {"en": ["My address is {A}.", "Please ship it to {A}, thanks!", "We moved to {A} last month.",
               "Send the contract to {A}", "Deliver to: {A}", "I live at {A} if that helps."],
        "de": ["Meine Adresse ist {A}.", "Bitte an {A} schicken.", "Wir wohnen jetzt in der {A}.",
               "Lieferadresse: {A}", "Neue Anschrift: {A}"],
        "fr": ["Mon adresse : {A}.", "Merci d'envoyer le colis au {A}.", "J'habite {A}.",
               "Adresse de livraison : {A}"],
        "nl": ["Mijn adres is {A}.", "Stuur het naar {A}, bedankt.", "We wonen nu op {A}.",
               "Afleveradres: {A}"],
        "es": ["Mi dirección es {A}.", "Envíalo a {A}, gracias.", "Vivo en {A}.",
               "Dirección de envío: {A}"],
        "it": ["Il mio indirizzo è {A}.", "Spediscilo a {A}, grazie.", "Abito in {A}.",
               "Indirizzo di consegna: {A}"],
        "pt": ["O meu endereço é {A}.", "Envie para {A}, obrigado.", "Moro na {A}.",
               "Morada: {A}", "Endereço de entrega: {A}"]}


def chat(loc):
    lg = LANG[loc]
    d = D(lg, "chat-" + loc)
    s, n, pc, town, _ = LOCALES[loc]()
    a = line_of(loc, s, n, pc, town)
    if lg == "fr" and loc == "fr" and rng.random() < 0.5:
        a = "%s %s" % (n, s)  # no town
    tpl = rng.choice(CHAT[lg])
    if lg == "fr" and tpl.startswith("Merci") and not a[0].isdigit():
        tpl = "Adresse de livraison : {A}"
    x, y = tpl.split("{A}")
    d.t(x).span("STREET_ADDRESS", a).t(y)
    d.done()


def chat_en():
    d = D("en", "chat-en")
    s, tail = en_address()
    x, y = rng.choice(CHAT["en"]).split("{A}")
    d.t(x).span("STREET_ADDRESS", s + tail).t(y)
    d.done()


# labels between the parts on one line: (street label, number label, postcode label, town label,
# separator)
MIDLABELS = {
    "de": [("Straße: ", "Hausnummer: ", "PLZ: ", "Ort: "), ("Strasse: ", "Nr.: ", "PLZ: ", "Stadt: "),
           ("Anschrift: ", "Hausnr.: ", "Postleitzahl: ", "Wohnort: ")],
    "en": [("Street: ", "No: ", "Postcode: ", "City: "), ("Street: ", "Number: ", "ZIP: ", "Town: "),
           ("Address: ", "House no.: ", "Post code: ", "City: ")],
    "fr": [("Rue : ", "N° ", "CP ", "Ville : "), ("Adresse : ", "Numéro : ", "Code postal : ", "Ville : ")],
    "nl": [("Straat: ", "Huisnummer: ", "Postcode: ", "Plaats: "), ("Adres: ", "nr. ", "Postcode: ", "Woonplaats: ")],
    "es": [("Calle: ", "Número: ", "CP: ", "Ciudad: "), ("Dirección: ", "Nº ", "C.P.: ", "Localidad: ")],
    "it": [("Via: ", "Civico: ", "CAP: ", "Città: "), ("Indirizzo: ", "N. ", "CAP ", "Comune: ")],
    "pt": [("Rua: ", "Número: ", "Código postal: ", "Localidade: "), ("Morada: ", "Nº ", "CP: ", "Cidade: ")],
}
LOC_OF = {"de": ["de", "at", "ch"], "en": ["sv", "pl", "cs", "da"], "fr": ["fr", "be"], "nl": ["nl"],
          "es": ["es"], "it": ["it"], "pt": ["pt", "br"]}


def midline(lg):
    d = D(lg, "midline-" + lg)
    loc = rng.choice(LOC_OF[lg])
    s, n, pc, town, _ = LOCALES[loc]()
    if lg == "en":
        s, n = rng.choice([("Baker Street", num()), ("Maple Avenue", num()), (inv("en") + " Road", num()),
                           (s, n)])
    ls, ln, lp, lt = rng.choice(MIDLABELS[lg])
    sep = rng.choice([", ", " | ", " / ", "; ", "  "])
    parts = [(ls, s), (ln, n)]
    if rng.random() < 0.7:
        parts.append((lp, pc))
        if rng.random() < 0.7:
            parts.append((lt, town))
    lead = rng.choice(["", "", "Kunde: ok. ", "Data: ", "> "])
    d.t(lead + parts[0][0])
    block = parts[0][1] + "".join(sep + lab + val for lab, val in parts[1:])
    d.span("STREET_ADDRESS", block)
    d.t(rng.choice(["", "", sep.rstrip() + " " + {"de": "Tel.: bitte anrufen", "en": "Notes: leave at door",
                                                    "fr": "Étage : 3", "nl": "Opmerking: geen",
                                                    "es": "Nota: ninguna", "it": "Note: nessuna",
                                                    "pt": "Obs.: nenhuma"}[lg]]))
    d.done()


def csv_row():
    loc = rng.choice(list(LOCALES))
    lg = LANG[loc]
    d = D(lg, "csv-" + loc)
    s, n, pc, town, country = LOCALES[loc]()
    sep = rng.choice([",", ";", "\t"])
    hdr = rng.choice([["id", "street", "zip", "city", "country"], ["id", "address", "postcode", "town", "country"]])
    d.t(sep.join(hdr) + "\n")
    d.t(str(rng.randint(100, 9999)) + sep)
    street = "%s %s" % (n, s) if loc == "fr" else "%s %s" % (s, n)
    if sep == "," and "," in street:
        street = '"%s"' % street
    d.span("STREET_ADDRESS", sep.join([street, pc, town, country]))
    d.t("\n")
    d.done()


def html_block():
    loc = rng.choice(list(LOCALES))
    lg = LANG[loc]
    d = D(lg, "html-" + loc)
    s, n, pc, town, country = LOCALES[loc]()
    street = "%s %s" % (n, s) if loc == "fr" else "%s %s" % (s, n)
    d.t(rng.choice(["<footer>\n", "<div class=\"contact\">\n", ""]))
    d.t("<address>\n  " + rng.choice(["Acme GmbH", "Office", "Kontakt", "Support"]) + "<br>\n  ")
    d.span("STREET_ADDRESS", street).t("<br>\n  ")
    d.span("STREET_ADDRESS", pc + " " + town).t("<br>\n  " + country + "\n</address>\n")
    d.done()


def vcard():
    loc = rng.choice(list(LOCALES))
    lg = LANG[loc]
    d = D(lg, "vcard-" + loc)
    s, n, pc, town, _ = LOCALES[loc]()
    street = "%s %s" % (n, s) if loc == "fr" else "%s %s" % (s, n)
    cc = loc.upper() if loc not in ("sv", "da", "cs", "br") else {"sv": "SE", "da": "DK", "cs": "CZ", "br": "BR"}[loc]
    d.t("BEGIN:VCARD\nVERSION:3.0\nORG:Example Ltd\n")
    d.t(rng.choice(["ADR:;;", "ADR;TYPE=home:;;", "ADR;TYPE=WORK:;;"]))
    d.span("STREET_ADDRESS", "%s;%s;;%s;%s" % (street, town, pc, cc))
    d.t("\nEND:VCARD\n")
    d.done()


def shipping_label():
    loc = rng.choice(list(LOCALES) + ["en", "en"])
    lg = LANG.get(loc, "en")
    d = D(lg, "label-" + loc)
    d.t(rng.choice(["SHIP TO:\n", "Ship to:\n", "Lieferanschrift:\n", "DESTINATAIRE\n", "TO:\n"]))
    if loc == "en":
        s, tail = en_address()
        block = s + "\n" + tail.lstrip(", ").replace(", ", " ")
    else:
        s, n, pc, town, country = LOCALES[loc]()
        street = "%s %s" % (n, s) if loc == "fr" else "%s %s" % (s, n)
        block = street + "\n" + pc + " " + town + "\n" + country.upper()
    if rng.random() < 0.5:
        block = block.upper()
    d.span("STREET_ADDRESS", block)
    d.t("\n" + rng.choice(["Weight: 2.4 kg", "Tracking: 1Z999AA10123456784", "Gewicht: 1 kg", ""]))
    d.done()


BOX = [("en", "PO Box %d", ", Springfield, IL 62704"), ("en", "P.O. Box %d", ", Austin, TX 78701"),
       ("en", "PO Box %d", ", Leeds LS1 4AP"), ("de", "Postfach %d", ", 10115 Berlin"),
       ("de", "Postfach 12 %02d", ", 80096 München"), ("fr", "BP %d", ", 69002 Lyon Cedex 01"),
       ("nl", "Postbus %d", ", 1000 AB Amsterdam"), ("es", "Apartado de Correos %d", ", 28080 Madrid"),
       ("it", "Casella Postale %d", ", 00187 Roma"), ("pt", "Apartado %d", ", 1001-001 Lisboa"),
       ("pt", "Caixa Postal %d", ", São Paulo - SP, 01059-970"), ("en", "GPO Box %d", ", Sydney NSW 2001")]
BOXCUE = {"en": ["Mail: ", "Send invoices to ", "Postal address: "], "de": ["Postanschrift: ", "Bitte an "],
          "fr": ["Adresse postale : "], "nl": ["Postadres: "], "es": ["Dirección postal: "],
          "it": ["Recapito: "], "pt": ["Correspondência: "]}


def pobox():
    lg, fmt, tail = rng.choice(BOX)
    d = D(lg, "box-" + lg)
    d.t(rng.choice(BOXCUE[lg]))
    box = fmt % rng.randint(10, 9999)
    bare = fmt.split()[0] in ("PO", "P.O.", "Postfach", "Postbus") and rng.random() < 0.3
    d.span("STREET_ADDRESS", box + ("" if bare else tail))
    d.t(".")
    d.done()


CO_NAMES = [("Maria", "Keller"), ("Jan", "de Vries"), ("Ana", "Sousa"), ("Luca", "Bianchi")]


def care_of():
    loc = rng.choice(["de", "at", "ch", "nl", "pt", "it", "sv"])
    lg = LANG[loc]
    d = D(lg, "co-" + loc)
    g, f = rng.choice(CO_NAMES) if rng.random() < 0.5 else (inv(lg), inv(lg) + END7.get(lg, ["son"])[0])
    s, n, pc, town, _ = LOCALES[loc]()
    sep = rng.choice([", ", "\n"])
    d.t(rng.choice(["Anschrift:\n", "Address:\n", ""]))
    street = "%s, %s" % (s, n) if loc == "pt" else "%s %s" % (s, n)
    d.span("STREET_ADDRESS", "c/o %s %s%s%s%s%s %s" % (g, f, sep, street, sep, pc, town))
    d.done()


# ---- look-alikes ------------------------------------------------------------------------------
LOOK = ["Please upgrade to Version {n} before Friday.", "See Table {n} for the results.",
        "Meet me in Room {n}.", "Read Chapter {n} first.", "This is Box {n} of {m}.",
        "We still run Ruby 3.{n} in production.", "Python 3.{n} dropped the old API.",
        "The iPhone {n} Pro has a better camera.", "Storage {n} GB, Memory 8 GB",
        "Windows {n} Home is preinstalled.", "Level {n} support will call you.",
        "Street Fighter {n} is out.", "Boarding at Gate {n}.", "Platform {n} for the train to Leeds.",
        "Step {n}: restart the service.", "Section {n} of the lease applies.",
        "Kapitel {n} ist schwer.", "Siehe Tabelle {n}.", "Raum {n} im zweiten Stock.",
        "Voir le chapitre {n}.", "Zie hoofdstuk {n}.", "Véase el capítulo {n}.",
        "Vedi capitolo {n}.", "Versão {n} disponível.", "Seite {n} von {m}",
        "Phase {n} starts Monday.", "Figure {n} shows the trend.", "Order {n} shipped."]
LOOKFIELD = ["Version: {n}, Build: {m}", "Product: Galaxy S{n} | Storage: {m} GB",
             "Model: Street {n} | No: {m}", "Table: Main {n} | Seats: {m}",
             "Chapter: {n}, Page: {m}", "Box: {n} of {m}", "Runtime: Python 3.{n}, Workers: {m}",
             "Room: {n}, Floor: {m}", "Item: Storage {n} GB, Qty: {m}"]


def lookalike():
    d = D("en", "look")
    tpl = rng.choice(LOOK + LOOKFIELD)
    n, m = str(rng.randint(2, 15)), str(rng.randint(2, 40))
    i = tpl.index("{n}")
    # the whole numbered thing (word before the number, the number) is the look-alike
    j = tpl.rfind(" ", 0, i - 1) + 1
    head, word = tpl[:j], tpl[j:i]
    rest = tpl[i + 3:].replace("{m}", m)
    d.t(head).span("NEG_ADDR", word + n).t(rest)
    d.done()


def lookalike_table():
    d = D("en", "look-table")
    d.t("| table | seats | status |\n|---|---|---|\n")
    for _ in range(rng.randint(2, 4)):
        d.t("| ").span("NEG_ADDR", rng.choice(["Main", "Terrace", "Garden", "Bar"]) + " " + str(rng.randint(1, 20)))
        d.t(" | %d | %s |\n" % (rng.randint(2, 8), rng.choice(["free", "booked"])))
    d.done()


for loc in LOCALES:
    for _ in range(8):
        chat(loc)
for _ in range(30):
    chat_en()
for lg in MIDLABELS:
    for _ in range(12):
        midline(lg)
for _ in range(30):
    csv_row()
for _ in range(25):
    html_block()
for _ in range(25):
    vcard()
for _ in range(30):
    shipping_label()
for _ in range(30):
    pobox()
for _ in range(20):
    care_of()
for _ in range(70):
    lookalike()
for _ in range(10):
    lookalike_table()

write_json(records)
