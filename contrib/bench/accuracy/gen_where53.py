#!/usr/bin/env python3
"""gen_where53.py: identifiers where a detector does not look (stop 53).

From the twenty-fifth blind set's public brief (its `where` family: JSON keys, numbers and array
elements, values split over two strings or two content blocks, strings escaped twice, URL paths
and queries, data: URIs, headers, cookies, key=value logs, CSV, SQL, Python/JS/Go/Rust/Java
literals, YAML, TOML, INI, XML, Markdown cells, comments, diffs, traceback locals, docstrings,
regex tests, fixtures), in frames of this generator's own, written and committed before hush was
run on it or any detector code for it was read. Cards, IBANs, phones, e-mails, US SSNs, births,
people and streets stand:
  - as JSON object keys (`{"<card>": {...}}`, `{"<e-mail>": "admin"}`, people and phones keying
    records), native JSON and JSON in a string;
  - as JSON numbers (a card, a phone, an SSN as digits) and arrays of numbers (a card as four
    groups, a phone as country code and number, a birth as `[1987, 3, 12]` or `{"y":..}` under a
    birth key); each element is its own gold span;
  - split over two JSON strings of one array or object (`card_part1`/`card_part2`, an IBAN in two
    halves, a phone's prefix and number, given and family name), and over two content blocks;
  - in strings escaped twice (JSON in a string in JSON in a tool argument);
  - in URL paths and queries (percent-encoded), data: URIs, headers, cookies, key=value logs,
    CSV, SQL INSERT values, Python/JS/Go/Rust/Java literals, YAML, TOML, INI, XML, Markdown cells,
    comments, diffs, traceback locals, docstrings, regex tests and test fixtures.
Look-alikes (NEG_ spans) in the same places: ids, counts, ports, epoch ms, versions, order numbers,
GTINs, hashes, documented example values, other dates. Keys and prose in 14 languages, names half
invented. Request bodies of the four APIs (gen_bodies.py), half \\uXXXX-escaped.
metadata.class is the frame, metadata.kind the value types it holds.
Deterministic: python3 gen_where53.py > data/where53.json
"""
import json
import random
import unicodedata
from urllib.parse import quote

from gen_bodies import J, P, Bodies, dumps, place
from gen_common import write_json

rng = random.Random(5353)
records = []

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "hu", "tr"]
ASK = {"en": "Can you find the bug in this?", "de": "Findest du hier den Fehler?",
       "fr": "Tu vois le problème ici ?", "es": "¿Ves el fallo aquí?",
       "it": "Vedi l'errore qui?", "nl": "Zie jij hier de fout?", "pt": "Vês o erro aqui?",
       "pl": "Widzisz tu błąd?", "sv": "Ser du felet här?", "da": "Kan du se fejlen her?",
       "fi": "Näetkö virheen tässä?", "cs": "Vidíš tu chybu?", "hu": "Látod itt a hibát?",
       "tr": "Buradaki hatayı görüyor musun?"}
OUT = Bodies(records, ASK)

GIVEN = {"en": ["Amelia", "Oliver"], "de": ["Anna", "Jonas"], "fr": ["Camille", "Lucas"],
         "es": ["Lucía", "Javier"], "it": ["Giulia", "Lorenzo"], "nl": ["Sanne", "Daan"],
         "pt": ["Inês", "Tiago"], "pl": ["Zofia", "Jakub"], "sv": ["Ebba", "Oskar"],
         "da": ["Freja", "Mikkel"], "fi": ["Aino", "Eetu"], "cs": ["Tereza", "Ondřej"],
         "hu": ["Réka", "Bence"], "tr": ["Elif", "Emre"]}
SUR = {"en": ["Whitcombe", "Hargreaves"], "de": ["Brandt", "Vogler"], "fr": ["Lefèvre", "Giraud"],
       "es": ["Navarro", "Ortega"], "it": ["Ferraro", "Galli"], "nl": ["Bakker", "van Dijk"],
       "pt": ["Moreira", "Teixeira"], "pl": ["Zając", "Lewandowski"], "sv": ["Lindgren", "Ek"],
       "da": ["Nørgaard", "Holm"], "fi": ["Virtanen", "Laine"], "cs": ["Dvořák", "Horáková"],
       "hu": ["Kovács", "Szabó"], "tr": ["Yıldız", "Aydın"]}
SYL = ["vor", "ka", "lin", "dre", "mo", "sel", "tav", "ru", "nik", "bel", "sho", "ter"]
END = ["ak", "ini", "stedt", "escu", "aud", "ez", "ová", "sen", "oğlu", "inen"]
CC = {"en": "44", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "351",
      "pl": "48", "sv": "46", "da": "45", "fi": "358", "cs": "420", "hu": "36", "tr": "90"}
DOMAINS = ["posteo.de", "gmail.com", "web.de", "free.fr", "libero.it", "ziggo.nl", "sapo.pt",
           "wp.pl", "telia.com", "mail.dk", "elisanet.fi", "seznam.cz", "freemail.hu", "proton.me"]
STREETS = {"en": ["Albany Road", "Church Lane"], "de": ["Lindenstraße", "Am Mühlbach"],
           "fr": ["rue des Lilas", "avenue Jean Jaurès"], "es": ["Calle de Alcalá", "Calle Mayor"],
           "it": ["Via Garibaldi", "Via dei Mille"], "nl": ["Keizersgracht", "Dorpsstraat"],
           "pt": ["Rua Augusta", "Avenida da Liberdade"], "pl": ["ulica Długa", "ul. Polna"],
           "sv": ["Storgatan", "Drottninggatan"], "da": ["Nørregade", "Vestergade"],
           "fi": ["Mannerheimintie", "Hämeenkatu"], "cs": ["Vinohradská", "Husova"],
           "hu": ["Andrássy út", "Váci utca"], "tr": ["Atatürk Caddesi", "Bağdat Caddesi"]}
SUFFIX = {"en": " Road", "de": "straße", "fr": "rue ", "es": "Calle ", "it": "Via ", "nl": "straat",
          "pt": "Rua ", "pl": "ul. ", "sv": "gatan", "da": "gade", "fi": "katu", "cs": "ulice ",
          "hu": " utca", "tr": " Sokak"}

KEYS = {  # type -> per-language key words (snake case as code writes them)
    "card": {"en": "card_number", "de": "kartennummer", "fr": "numero_carte", "es": "numero_tarjeta",
             "it": "numero_carta", "nl": "kaartnummer", "pt": "numero_cartao", "pl": "numer_karty",
             "sv": "kortnummer", "da": "kortnummer", "fi": "kortin_numero", "cs": "cislo_karty",
             "hu": "kartyaszam", "tr": "kart_numarasi"},
    "phone": {"en": "phone", "de": "telefon", "fr": "telephone", "es": "telefono", "it": "telefono",
              "nl": "telefoon", "pt": "telefone", "pl": "telefon", "sv": "telefon", "da": "telefon",
              "fi": "puhelin", "cs": "telefon", "hu": "telefonszam", "tr": "telefon"},
    "email": {"en": "email", "de": "e_mail", "fr": "courriel", "es": "correo", "it": "email",
              "nl": "e_mail", "pt": "email", "pl": "email", "sv": "e_post", "da": "e_mail",
              "fi": "sahkoposti", "cs": "email", "hu": "email", "tr": "eposta"},
    "iban": {lg: "iban" for lg in LANGS},
    "ssn": {lg: "ssn" for lg in LANGS},
    "dob": {"en": "date_of_birth", "de": "geburtsdatum", "fr": "date_naissance",
            "es": "fecha_nacimiento", "it": "data_nascita", "nl": "geboortedatum",
            "pt": "data_nascimento", "pl": "data_urodzenia", "sv": "fodelsedatum",
            "da": "fodselsdato", "fi": "syntymaaika", "cs": "datum_narozeni",
            "hu": "szuletesi_datum", "tr": "dogum_tarihi"},
    "person": {"en": "name", "de": "name", "fr": "nom", "es": "nombre", "it": "nome", "nl": "naam",
               "pt": "nome", "pl": "imie_nazwisko", "sv": "namn", "da": "navn", "fi": "nimi",
               "cs": "jmeno", "hu": "nev", "tr": "ad_soyad"},
    "street": {"en": "street", "de": "strasse", "fr": "adresse", "es": "direccion",
               "it": "indirizzo", "nl": "straat", "pt": "morada", "pl": "ulica", "sv": "gatuadress",
               "da": "adresse", "fi": "katuosoite", "cs": "ulice", "hu": "utca", "tr": "adres"},
}
ENT = {"card": "CREDIT_CARD", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS",
       "iban": "IBAN_CODE", "ssn": "US_SSN", "dob": "DATE_OF_BIRTH", "person": "PERSON",
       "street": "STREET_ADDRESS"}
TYPES = list(ENT)


# ---- values -------------------------------------------------------------------------------------
def inv(surname=False):
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        s += rng.choice(END)
    return s.capitalize()


def name_parts(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SUR[lg])
    return inv(), inv(True)


def person(lg):
    return " ".join(name_parts(lg))


def fold(s):
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c != " ")


def email(lg, nm=None):
    g, s = nm or name_parts(lg)
    return fold(g) + rng.choice([".", "_", ""]) + fold(s) + "@" + rng.choice(DOMAINS)


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def card_digits():
    pre = rng.choice(["4", "4", "51", "53", "55", "2221", "6011"])
    while True:
        d = pre + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(pre)))
        for c in "0123456789":
            if luhn_ok(d + c):
                return d + c


def card_text():
    d = card_digits()
    return rng.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(d[i:i + 4] for i in range(0, 16, 4))])


IBAN_LEN = {"DE": 18, "NL": 14, "FR": 23, "ES": 20, "IT": 23, "AT": 16, "BE": 12, "PL": 24,
            "PT": 21, "DK": 14, "FI": 14, "CZ": 20, "HU": 24, "TR": 22, "SE": 20}


def iban_compact():
    cc = rng.choice(list(IBAN_LEN))
    n = IBAN_LEN[cc]
    if cc == "NL":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(
            rng.choice("0123456789") for _ in range(10))
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(
            rng.choice("0123456789") for _ in range(n - 1))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban


def iban_text():
    s = iban_compact()
    return s if rng.random() < 0.5 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn_parts():
    a = rng.choice([x for x in range(1, 899) if x != 666])
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def ssn_text():
    p = ssn_parts()
    return "-".join(p) if rng.random() < 0.8 else "".join(p)


def phone_digits(lg):
    return CC[lg], str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def phone_text(lg):
    cc, r = phone_digits(lg)
    k = rng.randint(0, 2)
    if k == 0:
        return "+" + cc + " " + " ".join([r[:3], r[3:6], r[6:]])
    if k == 1:
        return "+" + cc + r
    return "+" + cc + "-" + r[:3] + "-" + r[3:]


def dob_ymd():
    return rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)


def dob_text(lg):
    y, m, d = dob_ymd()
    if lg in ("en",) and rng.random() < 0.5:
        return "%02d/%02d/%d" % (m, d, y)
    return rng.choice(["%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y),
                       "%02d/%02d/%d" % (d, m, y)])


def street(lg):
    no = str(rng.randint(1, 240))
    if rng.random() < 0.5:
        st = rng.choice(STREETS[lg])
    else:
        suf = SUFFIX[lg]
        st = suf + inv() if suf.endswith(" ") else inv() + suf
    if lg in ("en", "fr"):
        return no + " " + st
    return st + " " + no


def value(t, lg):
    if t in ("card", "iban", "ssn"):
        return {"card": card_text, "iban": iban_text, "ssn": ssn_text}[t]()
    return {"phone": phone_text, "email": email, "dob": dob_text, "person": person,
            "street": street}[t](lg)


def ean13():
    d = str(rng.choice([4, 5, 7, 8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def ean13_luhn():
    while True:
        v = ean13()
        if luhn_ok(v):
            return v


def neg():
    """(label, text, key): a look-alike and the key it lives under."""
    k = rng.randint(0, 11)
    if k == 0:
        return "NEG_ID", "ORD-%d-%06d" % (rng.randint(2023, 2026), rng.randint(1, 999999)), "order_id"
    if k == 1:
        return "NEG_ID", ean13_luhn(), "gtin"
    if k == 2:
        return "NEG_NUMBER", str(rng.randint(1712000000000, 1767000000000)), "updated_ms"
    if k == 3:
        return "NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 30)), "version"
    if k == 4:
        return "NEG_NUMBER", str(rng.choice([8080, 8443, 5432, 6379, 9092, 27017])), "port"
    if k == 5:
        return "NEG_ID", "%040x" % rng.getrandbits(160), "commit"
    if k == 6:
        return "NEG_ID", "%010d" % rng.randint(10 ** 8, 10 ** 10 - 1), "invoice_no"
    if k == 7:
        return "NEG_NUMBER", str(rng.randint(2, 5000)), "count"
    if k == 8:
        return "NEG_EXAMPLE", rng.choice(["user@example.com", "jane.doe@example.org",
                                          "noreply@example.net"]), "example_email"
    if k == 9:
        return "NEG_DATE", "%d-%02d-%02d" % (rng.randint(2019, 2026), rng.randint(1, 12),
                                             rng.randint(1, 28)), "created_at"
    if k == 10:
        return "NEG_ID", "%08x-%04x-4%03x-a%03x-%012x" % (
            rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12),
            rng.getrandbits(48)), "request_id"
    return "NEG_ID", "1Z%06d%010d" % (rng.randint(0, 999999), rng.randint(0, 10 ** 10 - 1)), "tracking"


def neg_num():
    """(label, int, key): a look-alike JSON number."""
    k = rng.randint(0, 6)
    if k == 0:
        return "NEG_NUMBER", rng.randint(1712000000000, 1767000000000), "ts_ms"
    if k == 1:
        return "NEG_ID", int(ean13_luhn()), "gtin"
    if k == 2:
        return "NEG_ID", rng.randint(10 ** 9, 10 ** 10 - 1), "order_id"
    if k == 3:
        return "NEG_NUMBER", rng.choice([8080, 8443, 5432, 6379, 9092]), "port"
    if k == 4:
        return "NEG_NUMBER", rng.randint(10 ** 5, 10 ** 8), "amount_cents"
    if k == 5:
        return "NEG_ID", rng.randint(10 ** 14, 10 ** 16 - 1), "snowflake_id"
    return "NEG_NUMBER", rng.randint(1, 900), "qty"


# ---- JSON documents with labelled numbers ---------------------------------------------------------
class Num:
    def __init__(self, label, v):
        self.label, self.v = label, v


class NJ(J):
    def write(self, obj, level=0):
        if isinstance(obj, Num):
            self.p.s(obj.label, str(obj.v))
        else:
            J.write(self, obj, level)


def jdoc(obj, style):
    j = NJ(style, inline_max=6)
    j.write(obj)
    return j.p


def emit_json(obj, lg, cls, i):
    """A native JSON document in a wrap of the four APIs (or a JSON string holding it)."""
    p = jdoc(obj, ["pretty", "line", "compact"][i % 3])
    wrap = ["gemini_fr", "oai_tool", "anth_tool_use", "anth_tool_str", "tool_args",
            "resp_output", "gemini_call", "user_paste"][(i // 3 + i) % 8]
    t, sp = OUT.json_body(wrap, lg, i, p, call_base=5300)
    OUT.emit(t, sp, lg, cls, wrap)


def text_body(api, ask):
    if api == "chat":
        return {"model": "gpt-4o", "messages": [{"role": "user", "content": ask + "\n\n@@DOC0@@"}]}
    if api == "resp":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": ask}, {"type": "input_text", "text": "@@DOC0@@"}]}]}
    if api == "anth":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask},
                                         {"type": "text", "text": "@@DOC0@@"}]}]}
    return {"contents": [{"role": "user", "parts": [{"text": ask + "\n@@DOC0@@"}]}]}


def emit_text(p, lg, cls, i):
    api = ["chat", "resp", "anth", "gemini"][i % 4]
    ascii_ = i % 2 == 1
    body = dumps(text_body(api, ASK[lg]), ascii_, i % 3 == 0)
    t, sp = place(body, [p], ascii_)
    OUT.emit(t, sp, lg, cls, api)


def lang(i):
    return LANGS[(i * 5 + i // 14) % len(LANGS)]


# ---- frames -------------------------------------------------------------------------------------
def f_keys(n):
    """Values as JSON object keys."""
    for i in range(n):
        lg = lang(i)
        t = TYPES[i % len(TYPES)]
        obj = {}
        for k in range(rng.randint(2, 3)):
            v = value(t, lg)
            inner = rng.choice([{"role": "admin", "since": 2019 + k}, {"limit": 5000, "active": True},
                                "verified", {"count": rng.randint(1, 40)}, ["ops", "billing"]])
            obj[(ENT[t], v)] = inner
        lab, nv, _ = neg()
        obj[(lab, nv)] = {"note": "ok"}
        key = rng.choice(["by_" + KEYS[t][lg], KEYS[t][lg] + "_index", "accounts", "lookup"])
        emit_json({key: obj, "page": 1}, lg, "key/" + t, i)


def f_numbers(n):
    """Cards, phones and SSNs as JSON numbers beside look-alike numbers."""
    for i in range(n):
        lg = lang(i + 3)
        rec = {KEYS["person"][lg]: (ENT["person"], person(lg))}
        t = ["card", "phone", "ssn"][i % 3]
        if t == "card":
            rec[KEYS["card"][lg]] = Num(ENT["card"], int(card_digits()))
        elif t == "phone":
            cc, r = phone_digits(lg)
            rec[KEYS["phone"][lg]] = Num(ENT["phone"], int(cc + r))
        else:
            rec["ssn"] = Num(ENT["ssn"], int("".join(ssn_parts())))
        for _ in range(2):
            lab, v, key = neg_num()
            rec[key] = Num(lab, v)
        emit_json({"records": [rec]}, lg, "number/" + t, i)


def f_arrays(n):
    """Values as arrays of numbers: card groups, phone parts, birth [y, m, d]."""
    for i in range(n):
        lg = lang(i + 7)
        t = ["card", "phone", "dob", "dob"][i % 4]
        rec = {KEYS["person"][lg]: (ENT["person"], person(lg))}
        if t == "card":
            d = card_digits()
            while "0" in (d[4], d[8], d[12]):
                d = card_digits()
            rec[KEYS["card"][lg] + rng.choice(["", "_groups", "_parts"])] = [
                Num(ENT["card"], int(d[j:j + 4])) for j in range(0, 16, 4)]
        elif t == "phone":
            cc, r = phone_digits(lg)
            rec[KEYS["phone"][lg]] = [Num(ENT["phone"], int(cc)), Num(ENT["phone"], int(r))]
        else:
            y, m, d = dob_ymd()
            k = KEYS["dob"][lg]
            if i % 8 == 2:
                rec[k] = [Num(ENT["dob"], y), Num(ENT["dob"], m), Num(ENT["dob"], d)]
            else:
                rec[k] = {"y": Num(ENT["dob"], y), "m": Num(ENT["dob"], m),
                          "d": Num(ENT["dob"], d)}
        y2, m2, d2 = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        rec["created"] = [Num("NEG_DATE", y2), Num("NEG_DATE", m2), Num("NEG_DATE", d2)]
        rec["version"] = [Num("NEG_VERSION", rng.randint(1, 9)), Num("NEG_VERSION", rng.randint(0, 30)),
                          Num("NEG_VERSION", rng.randint(0, 20))]
        if rng.random() < 0.5:
            rec["resolution"] = [Num("NEG_NUMBER", 1920), Num("NEG_NUMBER", 1080)]
        emit_json({"data": [rec]}, lg, "array/" + t, i)


def f_split(n):
    """One value over two JSON strings of one object or array."""
    for i in range(n):
        lg = lang(i + 2)
        t = ["card", "iban", "phone", "person", "card", "email"][i % 6]
        rec = {}
        if t == "card":
            d = card_digits()
            g = " ".join(d[j:j + 4] for j in range(0, 16, 4))
            if i % 2:
                rec[KEYS["card"][lg] + "_part1"] = (ENT["card"], g[:9])
                rec[KEYS["card"][lg] + "_part2"] = (ENT["card"], g[10:])
            else:
                rec[KEYS["card"][lg]] = [(ENT["card"], g[:9]), (ENT["card"], g[10:])]
        elif t == "iban":
            s = iban_compact()
            h = (len(s) // 8) * 4
            rec["iban"] = [(ENT["iban"], " ".join(s[j:j + 4] for j in range(0, h, 4))),
                           (ENT["iban"], " ".join(s[j:j + 4] for j in range(h, len(s), 4)))]
        elif t == "phone":
            cc, r = phone_digits(lg)
            if i % 2:
                rec[KEYS["phone"][lg]] = {"country_code": (ENT["phone"], "+" + cc),
                                          "number": (ENT["phone"], r[:3] + " " + r[3:])}
            else:
                rec[KEYS["phone"][lg]] = [(ENT["phone"], "+" + cc + " " + r[:3]),
                                          (ENT["phone"], r[3:])]
        elif t == "email":
            g, s = name_parts(lg)
            loc = fold(g) + "." + fold(s)
            rec[KEYS["email"][lg]] = [(ENT["email"], loc), (ENT["email"], "@" + rng.choice(DOMAINS))]
        else:
            g, s = name_parts(lg)
            rec["given_name" if i % 2 else "first"] = (ENT["person"], g)
            rec["family_name" if i % 2 else "last"] = (ENT["person"], s)
        lab, v, key = neg()
        rec[key] = (lab, v)
        rec["order_parts"] = [("NEG_ID", "ORD-%d" % rng.randint(2023, 2026)),
                              ("NEG_ID", "%06d" % rng.randint(1, 999999))]
        emit_json({"customer": rec}, lg, "split/" + t, i)


def f_blocks(n):
    """One value cut across two content blocks."""
    for i in range(n):
        lg = lang(i + 4)
        t = ["card", "iban", "phone", "email"][i % 4]
        v = {"card": card_digits, "iban": iban_compact, "phone": lambda: phone_text(lg),
             "email": lambda: email(lg)}[t]()
        if t in ("card", "iban"):  # the value whole, in groups of four
            v = " ".join(v[j:j + 4] for j in range(0, len(v), 4))
        cut = rng.randint(4, len(v) - 3)
        a = P(KEYS[t][lg].replace("_", " ") + ": ").s(ENT[t], v[:cut])
        lab, nv, key = neg()
        b = P().s(ENT[t], v[cut:]).t("\n" + key + ": ").s(lab, nv).t("\n")
        OUT.emit_blocks([a, b], lg, "blocks/" + t, i)


def f_twice(n):
    """JSON in a string in JSON in a tool argument: values escaped two and three times."""
    for i in range(n):
        lg = lang(i + 9)
        t1, t2 = TYPES[i % 8], TYPES[(i + 3) % 8]
        inner = {KEYS[t1][lg]: (ENT[t1], value(t1, lg)), KEYS[t2][lg]: (ENT[t2], value(t2, lg))}
        lab, v, key = neg()
        inner[key] = (lab, v)
        ip = jdoc(inner, "compact")
        outer = jdoc({"event": "customer.updated", "payload": ip, "attempt": 2}, "compact")
        wrap = ["oai_tool", "tool_args", "anth_tool_str", "resp_output"][i % 4]
        t, sp = OUT.json_body(wrap, lg, i, outer, call_base=5400)
        OUT.emit(t, sp, lg, "twice/" + t1, wrap)


def url_line(lg):
    p = P()
    t = rng.choice(["email", "phone", "card", "person", "dob"])
    v = value(t, lg)
    q = quote(v, safe="")
    if rng.random() < 0.5 and t in ("email", "card", "phone"):
        p.t(rng.choice(["GET", "DELETE", "PATCH"]) + " /api/v2/" + rng.choice(["users", "customers", "cards"]) + "/")
        p.s(ENT[t], q).t("/" + rng.choice(["orders", "profile", "tokens"]) + "?")
    else:
        p.t("GET /search?")
        p.t(KEYS[t][lg] + "=").s(ENT[t], q.replace("%20", "+") if t == "person" else q).t("&")
    lab, nv, key = neg()
    p.t(key + "=").s(lab, quote(nv, safe="")).t("&page=%d HTTP/1.1\n" % rng.randint(1, 9))
    return p


def f_urls(n):
    for i in range(n):
        lg = lang(i + 1)
        p = P("access.log:\n")
        for _ in range(rng.randint(2, 3)):
            p.t("%s - - " % rng.choice(["10.0.3.17", "172.16.0.4", "192.168.1.20"])).add(url_line(lg))
        if i % 3 == 0:
            nm = person(lg)
            p.t("link: https://crm.example.com/contacts?name=").s(ENT["person"], quote(nm)).t(
                "&ref=%d\n" % rng.randint(1000, 9999))
        if i % 4 == 1:
            em = email(lg)
            p.t("data URI: data:text/plain;charset=utf-8,contact%3A%20").s(
                ENT["email"], quote(em, safe="")).t("\n")
        emit_text(p, lg, "url", i)


def f_headers(n):
    for i in range(n):
        lg = lang(i + 6)
        p = P("Request headers:\n")
        p.t("Host: api.shop.example\nX-User-Email: ").s(ENT["email"], email(lg)).t("\n")
        p.t("X-Request-Id: ").s("NEG_ID", "%032x" % rng.getrandbits(128)).t("\n")
        if i % 2:
            p.t("X-Customer-Phone: ").s(ENT["phone"], phone_text(lg)).t("\n")
        p.t("Content-Length: ").s("NEG_NUMBER", str(rng.randint(200, 9000))).t("\n")
        p.t("Cookie: sid=%016x; " % rng.getrandbits(64))
        t = rng.choice(["email", "phone", "person"])
        p.t(rng.choice(["uname", "user", "contact"]) + "=").s(ENT[t], quote(value(t, lg), safe=""))
        p.t("; build=").s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)))
        p.t("\n")
        emit_text(p, lg, "header", i)


def kv_value(t, lg):
    v = value(t, lg)
    return ('"%s"' % v, 1) if " " in v else (v, 0)


def f_kvlog(n):
    for i in range(n):
        lg = lang(i + 8)
        p = P()
        for k in range(3):
            p.t("ts=2025-0%d-1%dT10:%02d:11Z level=info msg=\"profile saved\" " % (rng.randint(1, 9), k, rng.randint(0, 59)))
            t = TYPES[(i + k) % 8]
            v = value(t, lg)
            p.t(KEYS[t][lg] + "=")
            if " " in v:
                p.t('"').s(ENT[t], v).t('"')
            else:
                p.s(ENT[t], v)
            lab, nv, key = neg()
            p.t(" " + key + "=").s(lab, nv).t("\n")
        emit_text(p, lg, "kvlog", i)


def f_csv(n):
    for i in range(n):
        lg = lang(i + 10)
        ts = [TYPES[(i + k) % 8] for k in range(3)]
        sep = [",", ";", "\t"][i % 3]
        p = P(sep.join([KEYS[t][lg] for t in ts] + ["order_id", "qty"]) + "\n")
        for _ in range(3):
            for t in ts:
                v = value(t, lg)
                if sep in v or (sep == "," and " " in v and rng.random() < 0.5):
                    p.t('"').s(ENT[t], v).t('"')
                else:
                    p.s(ENT[t], v)
                p.t(sep)
            p.s("NEG_ID", str(rng.randint(10 ** 9, 10 ** 10 - 1))).t(sep).s(
                "NEG_NUMBER", str(rng.randint(1, 40))).t("\n")
        emit_text(p, lg, "csv", i)


def f_sql(n):
    for i in range(n):
        lg = lang(i + 11)
        ts = ["person", TYPES[(i % 7) + 1 if (i % 7) + 1 != 6 else 0], "dob"]
        p = P("INSERT INTO customers (id, " + ", ".join(KEYS[t][lg] for t in ts) + ", created_at) VALUES\n")
        for r in range(2):
            p.t("  (").s("NEG_ID", str(rng.randint(10000, 99999))).t(", ")
            for t in ts:
                p.t("'").s(ENT[t], value(t, lg).replace("'", "''")).t("', ")
            p.t("'").s("NEG_DATE", "%d-%02d-%02d 10:00:00" % (rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28))).t("')")
            p.t(",\n" if r == 0 else ";\n")
        if i % 2:
            p.t("UPDATE accounts SET iban = '").s(ENT["iban"], iban_compact()).t("' WHERE id = ").s(
                "NEG_ID", str(rng.randint(1, 99999))).t(";\n")
        emit_text(p, lg, "sql", i)


LITS = ["python", "js", "go", "rust", "java"]


def f_literals(n):
    for i in range(n):
        lg = lang(i + 12)
        ln = LITS[i % 5]
        ts = [TYPES[(i + k) % 8] for k in (0, 3, 5)]
        vals = [(t, value(t, lg)) for t in ts]
        lab, nv, key = neg()
        p = P()
        if ln == "python":
            p.t("customer = {\n")
            for t, v in vals:
                p.t('    "%s": "' % KEYS[t][lg]).s(ENT[t], v).t('",\n')
            p.t('    "%s": "' % key).s(lab, nv).t('",\n}\n')
        elif ln == "js":
            p.t("const customer = {\n")
            for t, v in vals:
                p.t("  %s: '" % KEYS[t][lg]).s(ENT[t], v).t("',\n")
            p.t("  %s: '" % key).s(lab, nv).t("',\n};\n")
        elif ln == "go":
            p.t("c := Customer{\n")
            for t, v in vals:
                p.t('\t%s: "' % KEYS[t][lg].title().replace("_", "")).s(ENT[t], v).t('",\n')
            p.t('\t%s: "' % key.title().replace("_", "")).s(lab, nv).t('",\n}\n')
        elif ln == "rust":
            p.t("let c = Customer {\n")
            for t, v in vals:
                p.t('    %s: "' % KEYS[t][lg]).s(ENT[t], v).t('".to_string(),\n')
            p.t('    %s: "' % key).s(lab, nv).t('".into(),\n};\n')
        else:
            p.t("Customer c = Customer.builder()\n")
            for t, v in vals:
                cam = KEYS[t][lg].split("_")
                p.t('    .%s("' % (cam[0] + "".join(w.title() for w in cam[1:]))).s(ENT[t], v).t('")\n')
            p.t('    .%s("' % key.replace("_", "")).s(lab, nv).t('")\n    .build();\n')
        emit_text(p, lg, "literal/" + ln, i)


def f_traceback(n):
    for i in range(n):
        lg = lang(i + 13)
        p = P("Traceback (most recent call last):\n  File \"app/billing.py\", line %d, in charge\n" % rng.randint(20, 400))
        p.t("    gateway.charge(card, amount)\nValueError: declined\n\nLocals:\n")
        for t in [TYPES[(i + k) % 8] for k in (0, 2)]:
            p.t("  %s = '" % KEYS[t][lg]).s(ENT[t], value(t, lg)).t("'\n")
        p.t("  amount = ").s("NEG_NUMBER", str(rng.randint(100, 99999))).t("\n")
        lab, nv, key = neg()
        p.t("  %s = '" % key).s(lab, nv).t("'\n")
        emit_text(p, lg, "traceback", i)


def f_diff(n):
    for i in range(n):
        lg = lang(i)
        p = P("diff --git a/tests/fixtures.py b/tests/fixtures.py\n@@ -%d,4 +%d,4 @@\n" % (i + 10, i + 10))
        t = TYPES[(i * 3) % 8]
        p.t('-    %s = "' % KEYS[t][lg]).s(ENT[t], value(t, lg)).t('"\n')
        p.t('+    %s = "' % KEYS[t][lg]).s(ENT[t], value(t, lg)).t('"\n')
        lab, nv, key = neg()
        p.t('     %s = "' % key).s(lab, nv).t('"\n')
        p.t('-    version = "').s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9))).t('"\n')
        emit_text(p, lg, "diff", i)


DOCW = {"en": ("Send the invoice to", "born"), "de": ("Rechnung an", "geboren am"),
        "fr": ("Envoyer la facture à", "né le"), "es": ("Enviar la factura a", "nacido el"),
        "it": ("Inviare la fattura a", "nato il"), "nl": ("Stuur de factuur naar", "geboren op"),
        "pt": ("Enviar a fatura para", "nascido em"), "pl": ("Wyślij fakturę do", "ur."),
        "sv": ("Skicka fakturan till", "född"), "da": ("Send fakturaen til", "født"),
        "fi": ("Lähetä lasku osoitteeseen", "syntynyt"), "cs": ("Pošli fakturu na", "narozen"),
        "hu": ("Küldd a számlát ide:", "született"), "tr": ("Faturayı gönder:", "doğum")}


def f_docstring(n):
    for i in range(n):
        lg = lang(i + 5)
        a, b = DOCW[lg]
        p = P()
        if i % 2:
            p.t('def notify(customer):\n    """%s ' % a).s(ENT["email"], email(lg)).t(
                " (").s(ENT["person"], person(lg)).t(", %s " % b).s(ENT["dob"], dob_text(lg)).t(').\n\n    Since ')
            p.s("NEG_VERSION", "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 20))).t('.\n    """\n')
        else:
            p.t("// TODO(%s): " % rng.choice(["ops", "billing"]) + a + " ").s(ENT["email"], email(lg)).t("\n")
            p.t("/* %s: " % KEYS["phone"][lg]).s(ENT["phone"], phone_text(lg)).t(" */\nconst RETRIES = ").s(
                "NEG_NUMBER", str(rng.randint(2, 9))).t(";\n# ").t(KEYS["street"][lg] + ": ").s(
                ENT["street"], street(lg)).t("\n")
        emit_text(p, lg, "comment", i)


def f_tests(n):
    for i in range(n):
        lg = lang(i + 3)
        p = P()
        if i % 2:
            p.t("def test_email_regex():\n    assert EMAIL_RE.match(\"").s(ENT["email"], email(lg)).t('")\n')
            p.t("    assert IBAN_RE.fullmatch(\"").s(ENT["iban"], iban_compact()).t('")\n')
            p.t("    assert not EMAIL_RE.match(\"").s("NEG_EXAMPLE", "user@@example").t('")\n')
            p.t("    assert parse_version(\"").s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9))).t('")\n')
        else:
            p.t("@pytest.fixture\ndef customer():\n    return Customer(\n        name=\"").s(ENT["person"], person(lg)).t('",\n')
            p.t("        ssn=\"").s(ENT["ssn"], "-".join(ssn_parts())).t('",\n')
            p.t("        card=\"").s(ENT["card"], card_digits()).t('",\n')
            lab, nv, key = neg()
            p.t("        %s=\"" % key).s(lab, nv).t('",\n    )\n')
        emit_text(p, lg, "fixture", i)


def f_config(n):
    for i in range(n):
        lg = lang(i + 2)
        kind = ["yaml", "toml", "ini", "xml", "md"][i % 5]
        ts = [TYPES[(i + k) % 8] for k in (1, 4)]
        lab, nv, key = neg()
        p = P()
        if kind == "yaml":
            p.t("contact:\n")
            for t in ts:
                p.t("  %s: " % KEYS[t][lg]).s(ENT[t], value(t, lg)).t("\n")
            p.t("  %s: " % key).s(lab, nv).t("\n")
        elif kind == "toml":
            p.t("[owner]\n")
            for t in ts:
                p.t('%s = "' % KEYS[t][lg]).s(ENT[t], value(t, lg)).t('"\n')
            p.t('%s = "' % key).s(lab, nv).t('"\n')
        elif kind == "ini":
            p.t("[billing]\n")
            for t in ts:
                p.t("%s=" % KEYS[t][lg]).s(ENT[t], value(t, lg)).t("\n")
            p.t("%s=" % key).s(lab, nv).t("\n")
        elif kind == "xml":
            p.t("<customer>\n")
            for t in ts:
                p.t("  <%s>" % KEYS[t][lg]).s(ENT[t], value(t, lg)).t("</%s>\n" % KEYS[t][lg])
            p.t("  <%s>" % key).s(lab, nv).t("</%s>\n</customer>\n" % key)
        else:
            p.t("| " + " | ".join(KEYS[t][lg] for t in ts) + " | " + key + " |\n|---|---|---|\n")
            for _ in range(2):
                p.t("| ")
                for t in ts:
                    p.s(ENT[t], value(t, lg)).t(" | ")
                lab, nv, _ = neg()
                p.s(lab, nv).t(" |\n")
        emit_text(p, lg, "config/" + kind, i)


f_keys(56)
f_numbers(36)
f_arrays(40)
f_split(48)
f_blocks(24)
f_twice(32)
f_urls(30)
f_headers(24)
f_kvlog(24)
f_csv(24)
f_sql(24)
f_literals(30)
f_traceback(20)
f_diff(20)
f_docstring(20)
f_tests(20)
f_config(30)

# A value cut into pieces (array groups, two strings, two blocks): metadata.pieces lists the spans
# that alone need not pass a whole value's check (check_corpora.py).
for r in records:
    if r["metadata"]["class"].split("/")[0] in ("array", "split", "blocks"):
        r["metadata"]["pieces"] = [k for k, s in enumerate(r["spans"])
                                   if not s["entity_type"].startswith("NEG_")]

if __name__ == "__main__":
    write_json(records)
