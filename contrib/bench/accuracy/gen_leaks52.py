#!/usr/bin/env python3
"""gen_leaks52.py: phones, e-mails, cards and births that still left after stop 51, in the shapes
the notes leaks51.md, markup51.md and spelled51.md left, and others in the same spirit.

Written before any detector code was read or hush was run on it. Each class sits beside its
look-alikes in the same shape:
  - Google Sheets / Excel Graph `values` arrays with a phone column (header in 16 languages or no
    header), the number as a string, a digit-only string or a JSON number; SKU, order, quantity,
    price-in-cents and row-id columns in the same arrays;
  - contact points as `{"kind"|"type"|"label"|"channel"|"system": "mobile"..., "value": N}` (the
    word in 16 languages, FHIR telecom), N a JSON number or a digit-only string; the same objects
    saying order, ean, sku, qty, price_cents, timestamp, version;
  - objects keyed by people (invented, non-ASCII, Greek script) whose values are phone numbers;
    products and quarters keyed the same way with EANs and epoch ms;
  - digit-only phone cells in TSV, CSV (`,` `;`) and pipe tables under a phone header;
  - PDF content streams whose label and value are separate Tj/TJ operators (phone, birth date
    whole or as TJ pieces); invoice dates, invoice and customer numbers as look-alikes;
  - xlsx rows whose label cell and value cell are apart (inline strings, `<v>` numbers);
  - spoken e-mail addresses in Turkish (et işareti / et, nokta) and Greek in Latin (papaki,
    teleia), and the half-spelled forms (literal @ with spelled dots, spelled at with real dots) in
    the languages spelled51 covers; prose with those words as look-alikes;
  - EAN-13/GTIN barcodes starting with 4 that also pass Luhn (look-alikes) beside real Visa cards
    under card keys and words;
  - digit-only order ids cut across two content blocks (look-alikes);
  - CRM payloads (HubSpot, Salesforce, Airtable, Notion, Pipedrive), GraphQL variables,
    protobuf-JSON (int64 as strings, libphonenumber's countryCode/nationalNumber), JSON Patch,
    form-encoded bodies inside a JSON string (`%2B49`, `%40`), tel:/mailto: URIs, numbers with an
    extension, vCard TEL with parameters; ISBNs, tracking and invoice numbers, SKU and version
    arrays, epoch ms as look-alikes.
Request bodies of the four APIs (gen_bodies.py), a third \\uXXXX, 16 languages, names half
invented. Seeded and deterministic; Python stdlib only.
"""
import random

from gen_bodies import J, P, Bodies, dumps, place
from gen_common import write_json
from gen_leaks_common import CC, LANGS, TRUNK, ascii_fold, ean_check, invent, pdfesc  # noqa: F401
from gen_leaks_common import person as lc_person
import gen_leaks_common as lc

rng = random.Random(5252)
records = []

ASK = {"en": "Please check this export.", "de": "Bitte prüf diesen Export.",
       "fr": "Peux-tu vérifier cet export ?", "es": "¿Puedes revisar esta exportación?",
       "it": "Puoi controllare questa esportazione?", "nl": "Kun je deze export nakijken?",
       "pt": "Podes verificar esta exportação?", "pl": "Sprawdź proszę ten eksport.",
       "sv": "Kan du kolla den här exporten?", "da": "Kan du tjekke denne eksport?",
       "fi": "Voitko tarkistaa tämän viennin?", "cs": "Můžeš zkontrolovat tento export?",
       "hu": "Átnéznéd ezt az exportot?", "tr": "Bu dışa aktarımı kontrol eder misin?",
       "ro": "Poți verifica acest export?", "el": "Μπορείς να ελέγξεις αυτή την εξαγωγή;"}
OUT = Bodies(records, ASK)

GIVEN = {"en": ["Amelia", "George"], "de": ["Anna", "Felix"], "fr": ["Manon", "Hugo"],
         "es": ["Carmen", "Diego"], "it": ["Chiara", "Matteo"], "nl": ["Fleur", "Bram"],
         "pt": ["Beatriz", "Rodrigo"], "pl": ["Agnieszka", "Wojciech"], "sv": ["Maja", "Linus"],
         "da": ["Ida", "Rasmus"], "fi": ["Helmi", "Onni"], "cs": ["Kateřina", "Vojtěch"],
         "hu": ["Zsófia", "Levente"], "tr": ["Şükrü", "Gülşen"], "ro": ["Ștefania", "Mihai"],
         "el": ["Ελένη", "Γιώργος"]}
SUR = {"en": ["Ashdown", "Pemberton"], "de": ["Keller", "Strauß"], "fr": ["Marchand", "Rousseau"],
       "es": ["Delgado", "Iglesias"], "it": ["Colombo", "Rinaldi"], "nl": ["Mulder", "de Graaf"],
       "pt": ["Carvalho", "Pinheiro"], "pl": ["Kamińska", "Wiśniewski"], "sv": ["Sjöberg", "Holm"],
       "da": ["Kjær", "Lund"], "fi": ["Mäkinen", "Heikkilä"], "cs": ["Procházka", "Kučerová"],
       "hu": ["Tóth", "Varga"], "tr": ["Öztürk", "Çelik"], "ro": ["Dumitrescu", "Ionescu"],
       "el": ["Παπαδάκη", "Νικολάου"]}
SYL = ["zor", "vek", "bra", "mani", "tul", "qen", "ost", "ria", "dal", "fen", "mik", "sor"]
END = ["ak", "ini", "berg", "eanu", "oux", "ido", "ova", "ssen", "ıoğlu"]
DOMAINS = ["posteo.de", "gmail.com", "web.de", "free.fr", "libero.it", "ziggo.nl", "sapo.pt",
           "wp.pl", "telia.com", "mail.dk", "elisanet.fi", "seznam.cz", "freemail.hu",
           "yandex.com.tr", "yahoo.ro", "otenet.gr", "proton.me", "outlook.com"]


def inv(surname=False):
    return invent(rng, SYL, END, surname)


def person(lg):
    return lc_person(rng, GIVEN[lg], SUR[lg], SYL, END)


def rest_digits(lg):
    n = 9 if len(CC[lg]) < 3 else 8
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def phone_intl_digits(lg):
    return CC[lg] + rest_digits(lg)


def phone_national_digits(lg):
    return TRUNK.get(lg, "") + rest_digits(lg) if lg in TRUNK else rest_digits(lg)


def phone_text(lg):
    r = rest_digits(lg)
    sep = rng.choice([" ", " ", "-", "."])
    return "+" + CC[lg] + " " + sep.join([r[:3], r[3:6], r[6:]])


def phone_any(lg):
    """(kind, value): a phone as text, an international digit run or a national digit run."""
    k = rng.randint(0, 2)
    if k == 0:
        return "text", phone_text(lg)
    if k == 1:
        return "intl", phone_intl_digits(lg)
    return "nat", phone_national_digits(lg)


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def ean13(first=None):
    d = (first or str(rng.choice([4, 5, 7, 8, 9]))) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return d + ean_check(d)


def ean13_luhn4():
    """An EAN-13 with a GS1 prefix 400-440 that also passes Luhn (a card's checksum)."""
    while True:
        d = "4" + str(rng.randint(0, 3)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        v = d + ean_check(d)
        if luhn_ok(v):
            return v


def visa():
    while True:
        d = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
        for c in "0123456789":
            if luhn_ok(d + c):
                return d + c


def isbn13():
    d = rng.choice(["978", "979"]) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return d + ean_check(d)


def neg_number():
    """(label, digits, key): a number of another kind that lives where phones do."""
    k = rng.randint(0, 7)
    if k == 0:
        return "NEG_ID", str(rng.randint(2024, 2026)) + "%06d" % rng.randint(1, 999999), "order_no"
    if k == 1:
        return "NEG_ID", ean13(), "ean"
    if k == 2:
        return "NEG_NUMBER", str(rng.randint(1712000000000, 1767000000000)), "updated_ms"
    if k == 3:
        return "NEG_ID", "%010d" % rng.randint(1, 9999999999), "invoice_no"
    if k == 4:
        return "NEG_NUMBER", str(rng.randint(100, 999999)), "price_cents"
    if k == 5:
        return "NEG_ID", isbn13(), "isbn"
    if k == 6:
        return "NEG_ID", str(rng.randint(10 ** 11, 10 ** 12 - 1)), "tracking_no"
    return "NEG_ID", str(rng.randint(100000, 99999999)), "row_id"


class Num:
    def __init__(self, label, v):
        self.label, self.v = label, v


class NJ(J):
    """gen_bodies' J with labelled JSON numbers (a phone or an id written as digits)."""

    def write(self, obj, level=0):
        if isinstance(obj, Num):
            self.p.s(obj.label, obj.v)
        else:
            J.write(self, obj, level)


WRAPS = ["gemini_fr", "oai_tool", "anth_tool_use", "anth_tool_str", "tool_args",
         "resp_output", "gemini_call", "user_paste"]


def emit_json(obj, lg, cls, i):
    lc.emit_json(OUT, NJ, obj, lg, cls, i, ["pretty", "line", "compact"], 6, WRAPS, 5200)


def ph_value(lg, as_num):
    """A phone as a JSON value: a labelled number, a digit-only string or text."""
    if as_num:
        return Num("PHONE_NUMBER", phone_intl_digits(lg))
    kind, v = phone_any(lg)
    return ("PHONE_NUMBER", v)


def neg_value(as_num):
    lab, v, _ = neg_number()
    return Num(lab, v) if as_num else (lab, v)


# ---- 1. Sheets / Excel values arrays ------------------------------------------------------------
PHEAD = {"en": ["Phone", "Mobile", "Tel"], "de": ["Telefon", "Handy", "Mobilnummer"],
         "fr": ["Téléphone", "Portable", "Tél."], "es": ["Teléfono", "Móvil", "Celular"],
         "it": ["Telefono", "Cellulare", "Tel."], "nl": ["Telefoon", "Mobiel", "GSM"],
         "pt": ["Telefone", "Telemóvel", "Tlm"], "pl": ["Telefon", "Komórka", "Tel. kom."],
         "sv": ["Telefon", "Mobil", "Mobilnr"], "da": ["Telefon", "Mobil", "Tlf."],
         "fi": ["Puhelin", "Matkapuhelin", "Puh."], "cs": ["Telefon", "Mobil", "Tel. číslo"],
         "hu": ["Telefon", "Mobil", "Telefonszám"], "tr": ["Telefon", "Cep", "GSM"],
         "ro": ["Telefon", "Mobil", "Nr. telefon"], "el": ["Τηλέφωνο", "Κινητό", "Tilefono"]}
NHEAD = {"en": "Name", "de": "Name", "fr": "Nom", "es": "Nombre", "it": "Nome", "nl": "Naam",
         "pt": "Nome", "pl": "Imię i nazwisko", "sv": "Namn", "da": "Navn", "fi": "Nimi",
         "cs": "Jméno", "hu": "Név", "tr": "Ad Soyad", "ro": "Nume", "el": "Όνομα"}
OHEAD = ["SKU", "Order", "Qty", "Price (cents)", "Row ID", "EAN", "Invoice"]


def neg_cell(head, as_num):
    if head == "SKU":
        v = "SKU-%05d" % rng.randint(1, 99999)
        return ("NEG_ID", v)
    if head == "Qty":
        return rng.randint(1, 40)
    if head == "Price (cents)":
        return Num("NEG_NUMBER", str(rng.randint(199, 999999))) if as_num else ("NEG_NUMBER", str(rng.randint(199, 999999)))
    if head == "EAN":
        v = ean13()
    elif head == "Order":
        v = str(rng.randint(2024, 2026)) + "%06d" % rng.randint(1, 999999)
    elif head == "Invoice":
        v = "%010d" % rng.randint(1, 9999999999)
    else:
        v = str(rng.randint(100000, 9999999))
    return Num("NEG_ID", v) if as_num else ("NEG_ID", v)


def gen_sheets():
    for i in range(44):
        lg = LANGS[i % len(LANGS)]
        as_num = i % 3 == 0
        header = i % 4 != 3
        oh = rng.choice(OHEAD)
        ph = rng.choice(PHEAD[lg])
        rows = [[NHEAD[lg], ph, oh]] if header else []
        for n in range(rng.randint(2, 4)):
            rows.append([("PERSON", person(lg)), ph_value(lg, as_num), neg_cell(oh, as_num)])
        if i % 5 == 1:  # column order: phone first
            rows = [[r[1], r[0], r[2]] for r in rows]
        if i % 2:
            obj = {"range": "Kontakte!A1:C%d" % (len(rows)), "majorDimension": "ROWS", "values": rows}
        else:
            obj = {"address": "Sheet1!A1:C%d" % len(rows), "values": rows,
                   "valueTypes": [["String", "String", "Double"]] * len(rows)}
        emit_json(obj, lg, "sheets-" + ("num" if as_num else "str") + ("" if header else "-nohead"), i)
    for i in range(12):  # arrays of numbers with no phone at all
        lg = LANGS[(i * 3) % len(LANGS)]
        oh, oh2 = rng.sample(OHEAD, 2)
        rows = [["Item", oh, oh2]]
        for _ in range(rng.randint(2, 4)):
            rows.append([("NEG_ID", "Widget %s" % inv()), neg_cell(oh, True), neg_cell(oh2, True)])
        emit_json({"range": "Stock!A1:C9", "majorDimension": "ROWS", "values": rows}, lg, "sheets-neg", i)


# ---- 2. kind/value contact points ----------------------------------------------------------------
KIND = {"en": ["mobile", "phone", "tel", "fax", "whatsapp", "cell", "PHONE", "work_phone"],
        "de": ["Handy", "Telefon", "Mobil", "Fax"], "fr": ["portable", "téléphone", "fixe"],
        "es": ["móvil", "teléfono", "celular"], "it": ["cellulare", "telefono", "fisso"],
        "nl": ["mobiel", "telefoon", "vast"], "pt": ["telemóvel", "telefone", "celular"],
        "pl": ["komórka", "telefon", "stacjonarny"], "sv": ["mobil", "telefon", "hem"],
        "da": ["mobil", "telefon", "fastnet"], "fi": ["puhelin", "matkapuhelin", "gsm"],
        "cs": ["mobil", "telefon", "pevná linka"], "hu": ["mobil", "telefon", "vezetékes"],
        "tr": ["cep", "telefon", "ev telefonu"], "ro": ["mobil", "telefon", "fix"],
        "el": ["κινητό", "τηλέφωνο", "kinito"]}
KEYS = ["kind", "type", "label", "channel", "medium"]
NKIND = ["order", "ean", "sku", "qty", "price_cents", "timestamp", "invoice", "tracking", "account"]


def gen_kindval():
    for i in range(44):
        lg = LANGS[i % len(LANGS)]
        kk = KEYS[i % len(KEYS)]
        as_num = i % 2 == 0
        word = rng.choice(KIND[lg] + KIND["en"][:3])
        if as_num:
            val = Num("PHONE_NUMBER", phone_intl_digits(lg))
        else:
            val = ("PHONE_NUMBER", rng.choice([phone_intl_digits(lg), phone_national_digits(lg)]))
        nk = rng.choice(NKIND)
        neg = {kk: nk, "value": neg_value(as_num)}
        pt = [{kk: word, "value": val}, neg]
        if i % 3 == 1:
            pt.reverse()
        k = i % 4
        if k == 0:
            obj = {"contact": {"name": ("PERSON", person(lg)), "contact_points": pt}}
        elif k == 1:  # FHIR telecom
            obj = {"resourceType": "Patient", "name": [{"text": ("PERSON", person(lg))}],
                   "telecom": [{"system": rng.choice(["phone", "sms", "fax"]), "value": val,
                                "use": rng.choice(["mobile", "home", "work"])}],
                   "identifier": [{"system": "urn:mrn", "value": neg_value(as_num)}]}
        elif k == 2:  # value first, kind after
            obj = {"channels": [{"value": val, kk: word, "verified": True},
                                {"value": neg_value(as_num), kk: nk}]}
        else:
            obj = {"id": rng.randint(1000, 9999), "owner": ("PERSON", person(lg)), "fields": pt}
        emit_json(obj, lg, "kindval-" + ("num" if as_num else "str"), i)
    for i in range(12):  # kind/value objects that hold no phone
        lg = LANGS[(i * 5) % len(LANGS)]
        kk = KEYS[i % len(KEYS)]
        pts = [{kk: nk, "value": neg_value(i % 2 == 0)} for nk in rng.sample(NKIND, 3)]
        emit_json({"line_items": pts}, lg, "kindval-neg", i)


# ---- 3. objects keyed by people -------------------------------------------------------------------
def gen_personkey():
    for i in range(32):
        lg = LANGS[i % len(LANGS)]
        as_num = i % 2 == 0
        obj = {}
        for _ in range(rng.randint(2, 4)):
            obj[("PERSON", person(lg) if rng.random() < 0.4 else inv() + " " + inv(True))] = ph_value(lg, as_num)
        k = i % 3
        if k == 0:
            obj = {"phonebook": obj, "updated": neg_value(True)}
        elif k == 1:
            obj = {"team": rng.choice(["ops", "night shift", "Vertrieb"]), "numbers": obj}
        emit_json(obj, lg, "personkey-" + ("num" if as_num else "str"), i)
    for i in range(12):  # keyed by products and quarters
        lg = LANGS[(i * 7) % len(LANGS)]
        obj = {}
        for _ in range(rng.randint(2, 4)):
            if i % 2:
                obj[("NEG_ID", "Widget " + inv())] = Num("NEG_ID", ean13())
            else:
                obj["%d-Q%d" % (rng.randint(2023, 2026), rng.randint(1, 4))] = Num("NEG_NUMBER", str(rng.randint(1712000000000, 1767000000000)))
        emit_json({"catalogue": obj}, lg, "personkey-neg", i)


# ---- 4. digit-only cells in text tables -----------------------------------------------------------
def gen_tables():
    for i in range(32):
        lg = LANGS[(i * 3) % len(LANGS)]
        sep = ["\t", ",", ";", " | "][i % 4]
        ph = rng.choice(PHEAD[lg])
        oh = rng.choice(["Kundennr", "Order", "Row", "Invoice", "EAN"])
        p = P()
        cols = [NHEAD[lg], ph, oh]
        if i % 3 == 1:
            cols = [ph, NHEAD[lg], oh]
        lead = "| " if sep == " | " else ""
        tail = " |" if sep == " | " else ""
        p.t(lead + sep.join(cols) + tail + "\n")
        if sep == " | ":
            p.t("|" + "|".join("---" for _ in cols) + "|\n")
        for _ in range(rng.randint(2, 4)):
            cells = {NHEAD[lg]: ("PERSON", person(lg)),
                     ph: ("PHONE_NUMBER", rng.choice([phone_intl_digits(lg), phone_national_digits(lg)])),
                     oh: neg_number()[:2]}
            p.t(lead)
            for n, c in enumerate(cols):
                if n:
                    p.t(sep)
                p.s(*cells[c])
            p.t(tail + "\n")
        OUT.emit_blocks([p], lg, "table-" + ["tsv", "csv", "ssv", "md"][i % 4], i)
    for i in range(10):  # digit columns with no phone header
        lg = LANGS[(i * 5) % len(LANGS)]
        p = P().t("Item\tOrder\tEAN\tQty\n")
        for _ in range(rng.randint(2, 4)):
            p.s("NEG_ID", "Widget " + inv()).t("\t").s("NEG_ID", str(rng.randint(2024, 2026)) + "%06d" % rng.randint(1, 999999))
            p.t("\t").s("NEG_ID", ean13()).t("\t%d\n" % rng.randint(1, 30))
        OUT.emit_blocks([p], lg, "table-neg", i)


# ---- 5. PDF content streams -----------------------------------------------------------------------
DOBL = {"en": "Date of birth:", "de": "Geburtsdatum:", "fr": "Date de naissance :",
        "es": "Fecha de nacimiento:", "it": "Data di nascita:", "nl": "Geboortedatum:",
        "pt": "Data de nascimento:", "pl": "Data urodzenia:", "sv": "Födelsedatum:",
        "da": "Fødselsdato:", "fi": "Syntymäaika:", "cs": "Datum narození:",
        "hu": "Születési idő:", "tr": "Doğum tarihi:", "ro": "Data nașterii:", "el": "Imerominia gennisis:"}
TELL = {"en": "Tel.:", "de": "Tel.:", "fr": "Tél. :", "es": "Teléfono:", "it": "Tel.:",
        "nl": "Telefoon:", "pt": "Telefone:", "pl": "Tel.:", "sv": "Telefon:", "da": "Tlf.:",
        "fi": "Puh.:", "cs": "Tel.:", "hu": "Telefon:", "tr": "Tel:", "ro": "Telefon:", "el": "Til.:"}
NEGL = {"Invoice date:": "date", "Rechnungsdatum:": "date", "Rechnungs-Nr.:": "num", "Kundennr.:": "num",
        "Order no.:": "num", "Date de facture :": "date", "N° de commande :": "num"}


def dob_parts(lg):
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if lg in ("en",):
        return ["%02d/%02d/" % (d, m), str(y)]
    if lg in ("sv", "fi", "hu", "cs"):
        return ["%d-%02d-" % (y, m), "%02d" % d] if lg != "fi" else ["%d.%d." % (d, m), str(y)]
    return ["%02d.%02d." % (d, m), str(y)]


def gen_pdf():
    for i in range(32):
        lg = LANGS[i % len(LANGS)]
        p = P().t("BT\n/F1 10 Tf\n72 720 Td\n")
        if lg != "el":
            p.t("(%s) Tj\n" % pdfesc(NHEAD[lg] + ": ")).t("(")
            nm = person(lg) if lg not in ("el",) else inv() + " " + inv(True)
            p.s("PERSON", pdfesc(nm)).t(") Tj\n0 -14 Td\n")
        k = i % 4
        parts = dob_parts(lg)
        if k in (0, 1):
            p.t("(%s ) Tj\n" % pdfesc(DOBL[lg]))
            if k == 0:
                p.t("[(").s("DATE_OF_BIRTH", parts[0]).t(")-20(").s("DATE_OF_BIRTH", parts[1]).t(")] TJ\n")
            else:
                p.t("36 0 Td\n(").s("DATE_OF_BIRTH", "".join(parts)).t(") Tj\n")
            p.t("0 -14 Td\n")
        p.t("(%s ) Tj %s(" % (pdfesc(TELL[lg]), rng.choice(["36 0 Td ", "", "\n60 0 Td\n"])))
        _, ph = phone_any(lg)
        p.s("PHONE_NUMBER", ph).t(") Tj\n")
        if k >= 2:
            p.t("0 -14 Td\n(Mobil: ) Tj\n[(").s("PHONE_NUMBER", "+" + CC[lg]).t(") -250 (")
            r = rest_digits(lg)
            p.s("PHONE_NUMBER", r[:3] + " " + r[3:]).t(")] TJ\n")
        nl = rng.choice(list(NEGL))
        p.t("0 -14 Td\n(%s ) Tj 40 0 Td (" % pdfesc(nl))
        if NEGL[nl] == "date":
            p.s("NEG_DATE", "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)))
        else:
            p.s("NEG_ID", "%010d" % rng.randint(1, 9999999999))
        p.t(") Tj\nET")
        OUT.emit_blocks([p], lg, ["pdf-tj-array", "pdf-tj-td", "split-pdf-tj-phone", "split-pdf-tj-phone"][k], i)


# ---- 6. xlsx label cell + value cell --------------------------------------------------------------
def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(ref, p, label, v, inline=True):
    if inline:
        p.t('<c r="%s" t="inlineStr"><is><t>' % ref).s(label, xesc(v)).t("</t></is></c>")
    else:
        p.t('<c r="%s"><v>' % ref).s(label, v).t("</v></c>")


def gen_xlsx():
    for i in range(32):
        lg = LANGS[i % len(LANGS)]
        p = P().t('<sheetData>')
        rows = [(NHEAD[lg], "PERSON", person(lg), True),
                (rng.choice(PHEAD[lg]), "PHONE_NUMBER", None, True),
                (DOBL[lg].rstrip(" :"), "DATE_OF_BIRTH", "".join(dob_parts(lg)), True),
                (rng.choice(["Order no", "EAN", "Invoice", "Customer no"]), "NEG_ID", None, False)]
        if i % 2:
            rows.pop(2)
        for n, (lab, ent, v, inl) in enumerate(rows):
            r = n + 1
            p.t('<row r="%d">' % r)
            cell("A%d" % r, p, None, lab)
            if ent == "PHONE_NUMBER":
                kind, v = phone_any(lg)
                inl = kind == "text" or i % 3 != 0
            elif ent == "NEG_ID":
                v = neg_number()[1]
            cell("B%d" % r, p, ent, v, inl)
            p.t("</row>")
        p.t("</sheetData>")
        OUT.emit_blocks([p], lg, "xlsx-label", i)


# ---- 7. spoken and half-spelled e-mails -----------------------------------------------------------
TR = dict(at=[" et işareti ", " et ", " ET "], dot=[" nokta "],
          lead=["Bana {v} adresinden yazabilirsin.", "E-postam: {v}, portal çalışmazsa.",
                "Adresim {v}, lütfen not al."],
          neg=["Kasaptan bir kilo et aldım, nokta.", "Et işareti klavyede Q tuşunda, nokta koymayı unutma.",
               "Bu konuda son nokta: et yemiyorum."])
EL = dict(at=[" papaki ", " papaki ", " PAPAKI "], dot=[" teleia "],
          lead=["Steile mou sto {v} an den doulevei to portal.", "To email mou einai {v}.",
                "Grapse mou sto {v} parakalo."],
          neg=["To papaki kolympaei sti limni, teleia.", "Eimai teleia kala, to papaki einai sto plikrologio.",
               "Teleia kai pavla, to papaki den einai edo."])
HALF = {"de": (" ät ", " punkt "), "es": (" arroba ", " punto "), "it": (" chiocciola ", " punto "),
        "pl": (" małpa ", " kropka "), "nl": (" apenstaartje ", " punt "), "fr": (" arobase ", " point "),
        "cs": (" zavináč ", " tečka "), "hu": (" kukac ", " pont "), "sv": (" snabel-a ", " punkt "),
        "ro": (" arond ", " punct "), "pt": (" arroba ", " ponto "), "en": (" at ", " dot ")}
HALF_LEAD = {"de": "Schreib an {v}.", "es": "Escribe a {v}.", "it": "Scrivi a {v}.",
             "pl": "Pisz na {v}.", "nl": "Mail naar {v}.", "fr": "Écris à {v}.", "cs": "Piš na {v}.",
             "hu": "Írj ide: {v}.", "sv": "Mejla {v}.", "ro": "Scrie la {v}.", "pt": "Escreve para {v}.",
             "en": "Mail {v} please."}


def mail_parts(lg_names):
    nm = person(lg_names) if lg_names != "el" else inv() + " " + inv(True)
    g, s = nm.split(" ", 1)
    g, s = ascii_fold(g), ascii_fold(s).replace(" ", "")
    return g, s


def gen_spoken():
    for i in range(36):
        tr = i % 2 == 0
        lg = "tr" if tr else "el"
        d = TR if tr else EL
        g, s = mail_parts("tr" if tr else "en")
        at, dot = rng.choice(d["at"]), d["dot"][0]
        if "ET" in at or "PAPAKI" in at:
            dot = dot.upper()
        local = rng.choice([g + dot + s, g + s, g[0] + s, g + dot + s + str(rng.randint(1, 99))])
        dom = rng.choice(["gmail.com", "hotmail.com", "yandex.com.tr", "otenet.gr", "outlook.com", "yahoo.gr"])
        v = local + at + dom.replace(".", dot)
        a, b = rng.choice(d["lead"]).split("{v}")
        p = P().t(a).s("EMAIL_ADDRESS", v).t(b)
        if rng.random() < 0.4:
            p.t(" ").s("NEG_TEXT", rng.choice(d["neg"]))
        OUT.emit_blocks([p], lg, "spoken-" + lg, i)
    for i in range(10):
        d = TR if i % 2 == 0 else EL
        OUT.emit_blocks([P().s("NEG_TEXT", rng.choice(d["neg"]))], "tr" if i % 2 == 0 else "el", "spoken-neg", i)
    langs = list(HALF)
    for i in range(24):
        lg = langs[i % len(langs)]
        at, dot = HALF[lg]
        g, s = mail_parts(lg)
        dom = rng.choice(DOMAINS)
        if i % 2 == 0:  # a real @, spelled dots
            v = g + rng.choice([dot, "."]) + s + "@" + dom.replace(".", dot)
            cls = "half-dots"
        else:  # a spelled at, real dots
            v = g + "." + s + at + dom
            cls = "half-at"
        a, b = HALF_LEAD[lg].split("{v}")
        OUT.emit_blocks([P().t(a).s("EMAIL_ADDRESS", v).t(b)], lg, cls, i)


# ---- 8. EAN-13 that pass Luhn, and real cards -----------------------------------------------------
CARDW = {"en": "card number", "de": "Kartennummer", "fr": "numéro de carte", "es": "número de tarjeta",
         "it": "numero della carta", "nl": "kaartnummer", "pl": "numer karty", "pt": "número do cartão"}


def gen_cards():
    for i in range(36):
        lg = list(CARDW)[i % len(CARDW)]
        k = i % 4
        e1, e2 = ean13_luhn4(), ean13_luhn4()
        c = visa()
        cs = " ".join(c[j:j + 4] for j in range(0, 16, 4)) if i % 3 == 0 else c
        if k == 0:  # product JSON with barcodes and a payment card
            obj = {"order": {"items": [{"sku": ("NEG_ID", "SKU-%05d" % rng.randint(1, 99999)), "ean": Num("NEG_ID", e1), "qty": 2},
                                       {"sku": ("NEG_ID", "SKU-%05d" % rng.randint(1, 99999)), "gtin": ("NEG_ID", e2), "qty": 1}],
                             "payment": {"card_number": ("CREDIT_CARD", cs), "holder": ("PERSON", person(lg if lg in GIVEN else "en"))}}}
            emit_json(obj, lg, "ean-json", i)
            continue
        p = P()
        if k == 1:  # text with EAN words
            p.t("EAN ").s("NEG_ID", e1).t(", GTIN: ").s("NEG_ID", e2).t("\n%s: " % CARDW[lg].capitalize()).s("CREDIT_CARD", cs)
        elif k == 2:  # a scanner log
            p.t("scan ok barcode=").s("NEG_ID", e1).t(" qty=1\nscan ok barcode=").s("NEG_ID", e2).t(" qty=3\n")
            p.t("paid with Visa ").s("CREDIT_CARD", cs)
        else:  # a TSV of products, then the card line
            p.t("Artikel\tEAN\tMenge\n").s("NEG_ID", "Widget " + inv()).t("\t").s("NEG_ID", e1).t("\t2\n")
            p.s("NEG_ID", "Gadget " + inv()).t("\t").s("NEG_ID", e2).t("\t1\n\n%s: " % CARDW[lg]).s("CREDIT_CARD", cs)
        OUT.emit_blocks([p], lg, "ean-text", i)
    for i in range(10):  # EANs alone, no card anywhere
        lg = LANGS[(i * 3) % len(LANGS)]
        p = P().t(rng.choice(["Barcode: ", "EAN-13 ", "GTIN ", "Strichcode "])).s("NEG_ID", ean13_luhn4())
        OUT.emit_blocks([p], lg, "ean-neg", i)


# ---- 9. digit-only order ids cut across blocks ----------------------------------------------------
def gen_cut():
    for i in range(12):
        lg = LANGS[(i * 2) % len(LANGS)]
        full = str(rng.randint(2024, 2026)) + "%07d" % rng.randint(1, 9999999)
        k = rng.randint(3, 7)
        p1 = P().t(rng.choice(["Bestellnummer ", "Order ", "Commande n° ", "Pedido "])).s("NEG_ID", full[:k])
        p2 = P().s("NEG_ID", full[k:]).t(rng.choice([" ist unterwegs.", " shipped.", " expédiée.", " enviado."]))
        api = ["anth_blocks", "oai_parts", "gemini_parts", "resp_parts"][i % 4]
        ascii_ = i % 2 == 0
        body = dumps(OUT.blocks_body(api, 2, lg, i), ascii_, i % 3 == 0)
        t, sp = place(body, [p1, p2], ascii_)
        OUT.emit(t, sp, lg, "split-id", api)


# ---- 10. CRM and API payloads ---------------------------------------------------------------------
def mail_of(nm):
    g, s = nm.split(" ", 1) if " " in nm else (nm, "x")
    return ascii_fold(g).replace(" ", "") + rng.choice([".", "_", ""]) + ascii_fold(s).replace(" ", "") + "@" + rng.choice(DOMAINS)


def lat(lg):
    return lg if lg != "el" else "en"


def gen_crm():
    for i in range(72):
        lg = LANGS[i % len(LANGS)]
        nm = person(lat(lg))
        k = i % 9
        cls = ["hubspot", "salesforce", "airtable", "notion", "graphql", "protobuf", "jsonpatch",
               "pipedrive", "ext"][k]
        if k == 0:
            obj = {"properties": {"firstname": ("PERSON", nm.split(" ")[0]), "lastname": ("PERSON", nm.split(" ", 1)[1]),
                                  "phone": ("PHONE_NUMBER", phone_text(lg)), "mobilephone": ph_value(lg, i % 2 == 0),
                                  "email": ("EMAIL_ADDRESS", mail_of(nm)), "hs_object_id": ("NEG_ID", str(rng.randint(10 ** 9, 10 ** 11))),
                                  "amount": Num("NEG_NUMBER", str(rng.randint(100, 999999)))}}
        elif k == 1:
            obj = {"attributes": {"type": "Contact"}, "Name": ("PERSON", nm), "MobilePhone": ph_value(lg, False),
                   "Phone": ("PHONE_NUMBER", phone_text(lg)), "Email": ("EMAIL_ADDRESS", mail_of(nm)),
                   "External_Id__c": ("NEG_ID", str(rng.randint(10 ** 11, 10 ** 12 - 1)))}
        elif k == 2:
            obj = {"records": [{"id": "rec%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjk0123456789") for _ in range(14)),
                                "fields": {NHEAD[lg]: ("PERSON", nm), rng.choice(PHEAD[lg]): ph_value(lg, i % 2 == 0),
                                           "Bestell-Nr": neg_value(i % 2 == 0)}}]}
        elif k == 3:
            obj = {"parent": {"database_id": "8e2c%08x" % rng.randint(0, 2 ** 32 - 1)},
                   "properties": {"Name": {"title": [{"text": {"content": ("PERSON", nm)}}]},
                                  rng.choice(PHEAD[lg]): {"type": "phone_number", "phone_number": ph_value(lg, False)},
                                  "E-Mail": {"type": "email", "email": ("EMAIL_ADDRESS", mail_of(nm))},
                                  "Order": {"type": "number", "number": neg_value(True)}}}
        elif k == 4:
            obj = {"query": "mutation Upsert($input: ContactInput!) { upsertContact(input: $input) { id } }",
                   "variables": {"input": {"fullName": ("PERSON", nm), "phone": ph_value(lg, i % 2 == 0),
                                           "email": ("EMAIL_ADDRESS", mail_of(nm)),
                                           "skuIds": [Num("NEG_ID", str(rng.randint(10 ** 7, 10 ** 9))) for _ in range(3)],
                                           "appVersion": [rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 99)]}}}
        elif k == 5:
            r = rest_digits(lg)
            obj = {"contact": {"displayName": ("PERSON", nm),
                               "phoneNumber": {"countryCode": int(CC[lg]), "nationalNumber": ("PHONE_NUMBER", r)},
                               "msisdn": ("PHONE_NUMBER", phone_intl_digits(lg)),
                               "createTimeMs": ("NEG_NUMBER", str(rng.randint(1712000000000, 1767000000000))),
                               "accountId": ("NEG_ID", str(rng.randint(10 ** 14, 10 ** 16)))}}
        elif k == 6:
            obj = [{"op": "replace", "path": "/name", "value": ("PERSON", nm)},
                   {"op": "add", "path": rng.choice(["/phone", "/contacts/0/mobile", "/telefon", "/mobileNumber"]), "value": ph_value(lg, i % 2 == 0)},
                   {"op": "replace", "path": "/qty", "value": rng.randint(1, 50)},
                   {"op": "add", "path": "/order_id", "value": neg_value(i % 2 == 0)}]
        elif k == 7:
            obj = {"data": {"name": ("PERSON", nm), "phone": [{"label": rng.choice(["mobile", "work", "home"]), "value": ph_value(lg, False), "primary": True}],
                            "email": [{"label": "work", "value": ("EMAIL_ADDRESS", mail_of(nm)), "primary": True}],
                            "org_id": neg_value(True)}}
        else:
            ext = rng.choice([" ext. ", " x", " Durchwahl ", " poste ", " int. ", "-"])
            r = rest_digits(lg)
            ph = "+" + CC[lg] + " " + r[:3] + " " + r[3:7] + ext + str(rng.randint(1, 99))
            obj = {"contact": {"name": ("PERSON", nm), "office_phone": ("PHONE_NUMBER", ph),
                               "invoice": ("NEG_ID", "%010d" % rng.randint(1, 9999999999))}}
        emit_json(obj, lg, "crm-" + cls, i)
    for i in range(40):  # text shapes: form bodies, URIs, vCard TEL
        lg = LANGS[(i * 3) % len(LANGS)]
        nm = person(lat(lg))
        k = i % 4
        if k == 0:  # a form-encoded body held as a JSON string
            ph = phone_intl_digits(lg)
            mail = mail_of(nm)
            p = P().t('{"method": "POST", "url": "https://forms.example.com/submit", "body": "')
            p.t("name=").s("PERSON", nm.replace(" ", "+")).t("&phone=")
            p.s("PHONE_NUMBER", rng.choice(["%2B", "00", ""]) + ph).t("&email=").s("EMAIL_ADDRESS", mail.replace("@", "%40"))
            p.t("&order=").s("NEG_ID", str(rng.randint(2024, 2026)) + "%06d" % rng.randint(1, 999999))
            p.t("&ts=").s("NEG_NUMBER", str(rng.randint(1712000000000, 1767000000000))).t('"}')
            OUT.emit_blocks([p], lg, "form", i)
            continue
        p = P()
        if k == 1:  # HTML links
            ph = phone_intl_digits(lg)
            p.t('<p>Kontakt: <a href="tel:+').s("PHONE_NUMBER", ph).t('">').s("PHONE_NUMBER", phone_text(lg)).t("</a> · ")
            mail = mail_of(nm)
            p.t('<a href="mailto:').s("EMAIL_ADDRESS", mail).t('?subject=Anfrage">').s("PERSON", nm).t("</a></p>\n")
            p.t('<a href="https://shop.example.com/p/').s("NEG_ID", ean13()).t('">Produkt</a>')
        elif k == 2:  # vCard TEL with parameters
            p.t("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:").s("PERSON", nm).t("\r\n")
            p.t(rng.choice(['TEL;TYPE=cell,voice;PREF=1:', 'TEL;VALUE=uri;TYPE="voice,cell":tel:', 'TEL;TYPE=work:', 'item1.TEL;type=pref:']))
            p.s("PHONE_NUMBER", rng.choice([phone_text(lg), "+" + phone_intl_digits(lg), phone_national_digits(lg)])).t("\r\n")
            p.t("UID:urn:uuid:%08x-0000-4000-8000-%012d\r\nREV:2026%02d%02dT101500Z\r\nEND:VCARD" % (
                rng.randint(0, 2 ** 32 - 1), rng.randint(0, 10 ** 12 - 1), rng.randint(1, 12), rng.randint(1, 28)))
        else:  # a URL query and a log line
            ph = phone_intl_digits(lg)
            p.t("GET /api/v2/lookup?msisdn=").s("PHONE_NUMBER", ph).t("&order_id=").s("NEG_ID", str(rng.randint(10 ** 9, 10 ** 10)))
            p.t(" HTTP/1.1\nsms sent to=").s("PHONE_NUMBER", rng.choice(["%2B", "+"]) + phone_intl_digits(lg)).t(" tracking=")
            p.s("NEG_ID", str(rng.randint(10 ** 11, 10 ** 12 - 1))).t(" version=3.%d.%d" % (rng.randint(0, 20), rng.randint(0, 99)))
        OUT.emit_blocks([p], lg, ["form", "uri", "vcard", "query"][k], i)


gen_sheets()
gen_kindval()
gen_personkey()
gen_tables()
gen_pdf()
gen_xlsx()
gen_spoken()
gen_cards()
gen_cut()
gen_crm()
write_json(records)
