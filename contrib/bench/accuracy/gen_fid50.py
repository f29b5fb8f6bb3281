#!/usr/bin/env python3
"""gen_fid50.py: structured values in shapes no corpus had, round two (fid50).

Written before any detector code was read or hush was run on it, from fid49's leftovers and the
briefs of variants, shapes*, var11-var16, phone48 and fid49. Each record puts a value beside a
look-alike in the same shape:
  - values cut across two content blocks (Anthropic content, OpenAI and Responses parts, Gemini
    parts): an e-mail, card, IBAN or phone whose first part ends one text block and whose rest
    starts the next (each part is a gold span of the value's type); UUIDs, SHAs and order numbers
    cut the same way as look-alikes;
  - card, IBAN and SSN groups as JSON arrays with no key ([4111, 1111, ...], ["DE89","3704",...]);
    arrays of ports, dates, coordinates and 4-digit groups that fail Luhn as look-alikes;
  - zero-width spaces and joiners, word joiners and soft hyphens inside values;
  - fullwidth digits, U+FF20 and U+FF0E in e-mails, cards and phones;
  - Arabic-Indic, Eastern Arabic-Indic and Devanagari digits in phones;
  - percent-encoded values in URL query strings inside JSON inside a log line;
  - HTML character references (&#64;, &commat;, &period;, &#x40;, &#43;) inside values;
  - obfuscated e-mails ([at] [dot], (at), {at}, AT/DOT, " at ... dot ");
  - values as JSON object keys;
  - numbers as JSON floats: 4.111111111111111e15 is NOT graded as a card (a card that became a
    float was read by a spreadsheet and is a number in exponent form, the look-alike of every
    measurement; it is a NEG_NUMBER span), integers stay cards;
  - secrets in Authorization: Basic base64, JWTs in cookies, PEM bodies with \\n escapes in a JSON
    string; certificates, public keys, Content-MD5, cookies of analytics ids as look-alikes.
Half the records are request bodies of the four APIs (OpenAI chat, Anthropic messages, Gemini
generateContent, OpenAI Responses), the rest plain text; split values are always bodies.
Seeded and deterministic; Python stdlib only.
"""
import base64
import json
import random

from gen_common import write_json, check_spans, record

rng = random.Random(5050)
records = []

GIVEN = ["ana", "lena", "jonas", "camille", "pilar", "marco", "sanne", "priya", "tomasz", "joao",
         "fatima", "kenji", "amara", "lucas", "ines", "oskar"]
SUR = ["silva", "mueller", "dubois", "garcia", "rossi", "devries", "sharma", "kowalski", "santos",
       "haddad", "tanaka", "okafor", "lindqvist", "moreau"]
SYL = ["bran", "wick", "kel", "mau", "quet", "lan", "dij", "zar", "ghi", "tin", "vel", "rutz"]
DOMAINS = ["gmail.com", "posteo.de", "web.de", "outlook.fr", "libero.it", "proton.me", "yahoo.es",
           "kpnmail.nl", "sapo.pt", "icloud.com", "gmx.at", "bluewin.ch"]


def inv():
    return "".join(rng.choice(SYL) for _ in range(rng.choice((2, 3))))


def email_parts():
    """(local, domain-without-tld, tld)"""
    g = rng.choice(GIVEN) if rng.random() < 0.5 else inv()
    s = rng.choice(SUR) if rng.random() < 0.5 else inv()
    local = rng.choice([g + "." + s, g + s[0], g[0] + s, g + "_" + s, g + "." + s + str(rng.randint(1, 99))])
    if rng.random() < 0.3:
        dom = inv() + rng.choice(["-logistik", "-consult", "", "-studio"])
        tld = rng.choice(["de", "fr", "nl", "io", "es", "it", "com"])
    else:
        dom, tld = rng.choice(DOMAINS).rsplit(".", 1)
    return local, dom, tld


def email():
    l, d, t = email_parts()
    return l + "@" + d + "." + t


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def card_digits():
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(14)), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(13)), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12)), 15
    else:
        body, n = "6011" + "".join(rng.choice("0123456789") for _ in range(11)), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def groups_of(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def not_luhn(n):
    while True:
        d = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not luhn_ok(d):
            return d


IBAN_FMT = {"DE": "8n10n", "FR": "5n5n11n2n", "NL": "4a10n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
            "GB": "4a6n8n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12n", "PL": "8n16n", "PT": "4n4n11n2n"}


def iban():
    cc = rng.choice(list(IBAN_FMT))
    import re
    bban = ""
    for n, k in re.findall(r"(\d+)([na])", IBAN_FMT[cc]):
        bban += "".join(rng.choice("0123456789" if k == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                        for _ in range(int(n)))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return cc + "%02d" % (98 - num % 97) + bban


def iban_groups(v):
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


PHONES = [  # (country code, national groups)
    ("49", lambda: ["15" + str(rng.randint(1, 9)), str(rng.randint(1000000, 99999999))]),
    ("33", lambda: [str(rng.choice((6, 7))), "%02d" % rng.randint(10, 99), "%02d" % rng.randint(0, 99),
                    "%02d" % rng.randint(0, 99), "%02d" % rng.randint(0, 99)]),
    ("44", lambda: ["7" + str(rng.randint(100, 999)), str(rng.randint(100000, 999999))]),
    ("34", lambda: [str(rng.randint(600, 699)), str(rng.randint(100, 999)), str(rng.randint(100, 999))]),
    ("39", lambda: ["3" + str(rng.randint(10, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999))]),
    ("31", lambda: ["6", str(rng.randint(10000000, 99999999))]),
    ("1", lambda: [str(rng.randint(201, 989)), str(rng.randint(200, 999)), str(rng.randint(1000, 9999))]),
    ("91", lambda: [str(rng.randint(70000, 99999)), str(rng.randint(10000, 99999))]),
    ("971", lambda: ["5" + str(rng.randint(0, 8)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999))]),
    ("20", lambda: ["1" + str(rng.choice((0, 1, 2, 5))), str(rng.randint(1000, 9999)), str(rng.randint(1000, 9999))]),
    ("966", lambda: ["5" + str(rng.randint(0, 9)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999))]),
]


def phone(cc=None):
    p = [x for x in PHONES if cc is None or x[0] == cc][0] if cc else rng.choice(PHONES)
    return "+" + p[0] + " " + " ".join(p[1]())


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    h = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    p = b64url(json.dumps({"sub": str(rng.randint(10000, 99999)), "iat": rng.randint(1700000000, 1760000000),
                           "role": rng.choice(["user", "admin"])}).encode())
    return h + "." + p + "." + rstr(B62 + "-_", 43)


def uuid():
    h = rstr("0123456789abcdef", 32)
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[rng.randint(0, 3)] + h[17:20], h[20:])


def sha(n=40):
    return rstr("0123456789abcdef", n)


def order_id():
    return rng.choice(["ORD-", "INV-", "PO-", "SO-", "RMA-"]) + str(rng.randint(2023, 2026)) + "-" + "%06d" % rng.randint(1, 999999)


def isbn13():
    d = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def version():
    return "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 40), rng.randint(0, 30))


# ---- request bodies -----------------------------------------------------------------------------
def esc_fn(ascii_only):
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


class Out:
    """Text written left to right with gold spans (code-point offsets)."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s

    def span(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v


def put_parts(o, parts, esc):
    for p in parts:
        if isinstance(p, tuple):
            o.span(p[0], esc(p[1]))
        else:
            o.t(esc(p))


API = ["openai", "anthropic", "gemini", "responses"]


def body(o, api, blocks, esc, system=None):
    """blocks: list of part lists, each one text block of one user turn."""
    many = len(blocks) > 1
    if api == "openai":
        o.t('{"model":"gpt-4o","messages":[')
        if system:
            o.t('{"role":"system","content":"' + esc(system) + '"},')
        o.t('{"role":"user","content":')
        if many or rng.random() < 0.4:
            o.t("[")
            for i, b in enumerate(blocks):
                o.t(("," if i else "") + '{"type":"text","text":"')
                put_parts(o, b, esc)
                o.t('"}')
            o.t("]")
        else:
            o.t('"')
            put_parts(o, blocks[0], esc)
            o.t('"')
        o.t('}],"temperature":0.2}')
    elif api == "anthropic":
        o.t('{"model":"claude-sonnet-4-5","max_tokens":1024,')
        if system:
            o.t('"system":"' + esc(system) + '",')
        o.t('"messages":[{"role":"user","content":')
        if many or rng.random() < 0.6:
            o.t("[")
            for i, b in enumerate(blocks):
                o.t(("," if i else "") + '{"type":"text","text":"')
                put_parts(o, b, esc)
                o.t('"}')
            o.t("]")
        else:
            o.t('"')
            put_parts(o, blocks[0], esc)
            o.t('"')
        o.t("}]}")
    elif api == "gemini":
        o.t('{"contents":[{"role":"user","parts":[')
        for i, b in enumerate(blocks):
            o.t(("," if i else "") + '{"text":"')
            put_parts(o, b, esc)
            o.t('"}')
        o.t("]}]")
        if system:
            o.t(',"systemInstruction":{"parts":[{"text":"' + esc(system) + '"}]}')
        o.t(',"generationConfig":{"temperature":0.3}}')
    else:
        o.t('{"model":"gpt-4.1","input":[{"role":"user","content":[')
        for i, b in enumerate(blocks):
            o.t(("," if i else "") + '{"type":"input_text","text":"')
            put_parts(o, b, esc)
            o.t('"}')
        o.t("]}]")
        if system:
            o.t(',"instructions":"' + esc(system) + '"')
        o.t("}")


def emit(blocks, lg, cls, force_body=False, ascii_p=0.3):
    """One record: plain text (blocks joined) or, for half of them, a request body."""
    o = Out()
    if force_body or rng.random() < 0.5:
        api = rng.choice(API)
        esc = esc_fn(rng.random() < ascii_p)
        system = rng.choice([None, None, "You are a helpful assistant.", "Answer briefly."])
        body(o, api, blocks, esc, system)
        cls = cls + "/body"
    else:
        for b in blocks:
            put_parts(o, b, lambda s: s)
    check_spans(o.text, o.spans)
    records.append(record(o.text, o.spans, len(records) % 100, {"locale": lg, "class": cls}))


# ---- 1. values cut across two content blocks ----------------------------------------------------
SPLIT_LEADS = {
    "en": ("Can you update the billing contact? It's ", ". Thanks!"),
    "de": ("Bitte den Rechnungskontakt ändern, neu ist ", ", danke."),
    "fr": ("Merci de mettre à jour le contact : ", " — bonne journée"),
    "es": ("Actualiza el contacto de facturación: ", ". Gracias."),
    "nl": ("Kun je het contact bijwerken? Het is ", ". Dank je."),
    "it": ("Aggiorna il contatto di fatturazione: ", ". Grazie."),
    "pt": ("Podes atualizar o contacto? É ", ". Obrigado."),
}
SPLIT_NEG_LEADS = {
    "en": ("The failing job id is ", " if that helps."),
    "de": ("Die Job-ID lautet ", ", falls das hilft."),
    "fr": ("L'identifiant du job est ", " si ça aide."),
    "es": ("El id del trabajo es ", " por si sirve."),
    "nl": ("Het job-id is ", " als dat helpt."),
    "it": ("L'id del job è ", " se può servire."),
    "pt": ("O id do job é ", " se ajudar."),
}
TYPE_WORD = {"EMAIL_ADDRESS": "email", "CREDIT_CARD": "card", "IBAN_CODE": "IBAN", "PHONE_NUMBER": "phone"}


def split_value(label):
    if label == "EMAIL_ADDRESS":
        v = email()
        cuts = [i for i in range(2, len(v) - 2)]
    elif label == "CREDIT_CARD":
        g = groups_of(card_digits())
        v = rng.choice([" ", "-", ""]).join(g)
        cuts = list(range(3, len(v) - 3))
    elif label == "IBAN_CODE":
        iv = iban()
        v = " ".join(iban_groups(iv)) if rng.random() < 0.6 else iv
        cuts = list(range(4, len(v) - 3))
    else:
        v = phone()
        cuts = list(range(4, len(v) - 3))
    c = rng.choice(cuts)
    a, b = v[:c], v[c:]
    # a block boundary never lands between a space and nothing: keep spaces inside the parts
    if a.endswith(" ") or b.startswith(" "):
        a, b = a.rstrip(" "), b.lstrip(" ")
        sep = " "
    else:
        sep = ""
    return a, b, sep


def gen_split():
    for i in range(96):
        lg = rng.choice(list(SPLIT_LEADS))
        label = ["EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER"][i % 4]
        a, b, sep = split_value(label)
        lead, tail = SPLIT_LEADS[lg]
        word = TYPE_WORD[label]
        b1 = [lead + "(" + word + ") ", (label, a)]
        b2 = [(label, b), tail]
        if sep and rng.random() < 0.5:
            b1.append(" ")
        elif sep:
            b2.insert(0, " ")
        blocks = [b1, b2]
        if i % 3 == 0:  # a look-alike cut the same way in the same body
            nl, nt = SPLIT_NEG_LEADS[lg]
            n = rng.choice([uuid(), sha(), order_id(), sha(64)])
            c = rng.randint(4, len(n) - 4)
            blocks = [b1, b2 + ["\n" + nl, ("NEG_ID", n[:c])], [("NEG_ID", n[c:]), nt]]
        if i % 8 == 7:  # three blocks: the middle one holds only part of the value
            if label == "EMAIL_ADDRESS" and "@" in b:
                k = b.index("@")
                if k > 0:
                    blocks = [b1, [(label, b[:k])], [(label, b[k:]), tail]]
        emit(blocks, lg, "split-" + label.lower(), force_body=True)
    for i in range(24):  # look-alikes alone, cut across blocks
        lg = rng.choice(list(SPLIT_NEG_LEADS))
        nl, nt = SPLIT_NEG_LEADS[lg]
        n = rng.choice([uuid(), sha(), order_id(), isbn13(), "build " + version() + "+" + sha(7),
                        " ".join(groups_of(not_luhn(16)))])
        c = rng.randint(3, len(n) - 3)
        emit([[nl, ("NEG_ID", n[:c])], [("NEG_ID", n[c:]), nt]], lg, "split-neg", force_body=True)


# ---- 2. groups as arrays with no key --------------------------------------------------------------
ARR_LEAD = {
    "en": ["The OCR of the card returned ", "Parsed form value: ", "the scanner gave me ", "got this back: "],
    "de": ["Die Texterkennung der Karte ergab ", "Formularwert geparst: ", "der Scanner liefert "],
    "fr": ["L'OCR de la carte renvoie ", "Valeur du formulaire : ", "le scanner me donne "],
    "es": ["El OCR de la tarjeta devolvió ", "Valor del formulario: "],
    "it": ["L'OCR della carta restituisce ", "Valore del modulo: "],
    "nl": ["De OCR van de pas gaf ", "Formulierwaarde: "],
    "pt": ["O OCR do cartão devolveu ", "Valor do formulário: "],
}
ARR_NEG = {
    "en": "and the config had ", "de": "und die Konfiguration hatte ", "fr": "et la config avait ",
    "es": "y la configuración tenía ", "it": "e la configurazione aveva ", "nl": "en de config had ",
    "pt": "e a configuração tinha ",
}


def arr(items, quoted, sp):
    q = '"' if quoted else ""
    return ("," + sp).join(q + x + q for x in items)


def neg_array():
    k = rng.randint(0, 5)
    if k == 0:
        return arr([str(x) for x in rng.sample([80, 443, 8080, 8443, 9090, 9443, 3000, 5432], 4)], False, " ")
    if k == 1:
        return arr([str(rng.randint(2019, 2026)), str(rng.randint(1, 12)), str(rng.randint(1, 28)), "%04d" % rng.randint(0, 2359)], False, " ")
    if k == 2:
        return arr(["%.4f" % rng.uniform(-60, 60), "%.4f" % rng.uniform(-120, 120)], False, " ")
    if k == 3:
        return arr(groups_of(not_luhn(16)), rng.random() < 0.5, rng.choice(["", " "]))
    if k == 4:
        return arr(["v" + version(), version(), version()], True, " ")
    return arr(["RF18", "5390", "0754", "7034"] if rng.random() < 0.3 else
               [rstr("ABCDEF0123456789", 4) for _ in range(5)], True, rng.choice(["", " "]))


def inner(label, v):
    """An array's elements as parts: the span from the first group to the last, the outer quotes
    of quoted elements left outside it (they are JSON, not the value)."""
    if v.startswith('"'):
        return ['"', (label, v[1:-1]), '"']
    return [(label, v)]


def gen_arrays():
    for i in range(72):
        lg = rng.choice(list(ARR_LEAD))
        lead = rng.choice(ARR_LEAD[lg])
        kind = i % 3
        quoted = rng.random() < 0.5
        sp = rng.choice(["", " "])
        if kind == 0:
            v = arr(groups_of(card_digits()), quoted, sp)
            label = "CREDIT_CARD"
        elif kind == 1:
            v = arr(iban_groups(iban()), True, sp)
            label = "IBAN_CODE"
        else:
            s = ssn().split("-")
            v = arr(s, quoted, sp)
            label = "US_SSN"
            lead = rng.choice(["SSN field came back as ", "the form split the social into ",
                               "OCR of the SS card: "]) if lg == "en" else lead
        parts = [lead + "["] + inner(label, v) + ["]"]
        if rng.random() < 0.6:
            parts += [" " + ARR_NEG[lg] + "["] + inner("NEG_NUMBER", neg_array()) + ["]."]
        if rng.random() < 0.3:  # pasted pretty-printed
            parts = [lead + "\n"] + [p if isinstance(p, tuple) else p.replace("[", "[\n  ").replace("]", "\n]") for p in parts[1:]]
        emit([parts], lg, "array-" + label.lower())
    for i in range(24):
        lg = rng.choice(list(ARR_NEG))
        emit([["Debug dump: ["] + inner("NEG_NUMBER", neg_array()) + ["] " + ARR_NEG[lg] + "["] +
              inner("NEG_NUMBER", neg_array()) + ["]"]], lg, "array-neg")


# ---- 3. invisible characters inside values --------------------------------------------------------
INVIS = ["\u200b", "\u200d", "\u2060", "\u00ad", "\u200c", "\ufeff"]


def sprinkle(v, n=None):
    n = n or rng.randint(1, 3)
    ch = rng.choice(INVIS)
    pos = sorted(rng.sample(range(1, len(v)), min(n, len(v) - 1)))
    out, last = "", 0
    for p in pos:
        out += v[last:p] + ch
        last = p
    return out + v[last:]


INV_LEAD = {
    "en": ("Copied from Teams: my {w} is ", "; the ticket ref is "),
    "de": ("Aus Slack kopiert: meine {w} ist ", "; Ticket-Referenz "),
    "fr": ("Copié depuis Teams : mon {w} est ", " ; réf. du ticket "),
    "es": ("Copiado de Slack: mi {w} es ", "; ref. del ticket "),
    "it": ("Copiato da Teams: il mio {w} è ", "; rif. ticket "),
    "nl": ("Gekopieerd uit Slack: mijn {w} is ", "; ticketref "),
    "pt": ("Copiado do Teams: o meu {w} é ", "; ref. do ticket "),
}


def positive(label):
    if label == "EMAIL_ADDRESS":
        return email()
    if label == "CREDIT_CARD":
        return " ".join(groups_of(card_digits())) if rng.random() < 0.5 else card_digits()
    if label == "IBAN_CODE":
        v = iban()
        return " ".join(iban_groups(v)) if rng.random() < 0.5 else v
    if label == "US_SSN":
        return ssn()
    if label == "PHONE_NUMBER":
        return phone()
    raise ValueError(label)


LABELS5 = ["EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER", "US_SSN"]
WORD = {"EMAIL_ADDRESS": "e-mail", "CREDIT_CARD": "card", "IBAN_CODE": "IBAN", "PHONE_NUMBER": "phone",
        "US_SSN": "SSN"}


def gen_invisible():
    for i in range(50):
        lg = rng.choice(list(INV_LEAD))
        label = LABELS5[i % 5]
        if label == "US_SSN":
            lg = "en"
        a, b = INV_LEAD[lg]
        v = sprinkle(positive(label))
        n = sprinkle(rng.choice([order_id(), uuid(), sha(12), "v" + version()]))
        emit([[a.replace("{w}", WORD[label]), (label, v), b, ("NEG_ID", n), "."]], lg, "invisible-" + label.lower())
    for i in range(10):
        lg = rng.choice(list(INV_LEAD))
        emit([["Commit ", ("NEG_HASH", sprinkle(sha())), " fixed build ", ("NEG_ID", sprinkle(version())),
               ", ISBN ", ("NEG_ID", sprinkle(isbn13())), "."]], lg, "invisible-neg")


# ---- 4. fullwidth forms ---------------------------------------------------------------------------
def fw(s, letters=False):
    out = ""
    for c in s:
        if c.isdigit():
            out += chr(0xFF10 + int(c))
        elif c == "@":
            out += "\uff20"
        elif c == ".":
            out += rng.choice(["\uff0e", "."])
        elif c == "+":
            out += "\uff0b"
        elif c == "-":
            out += rng.choice(["\uff0d", "-"])
        elif letters and "a" <= c.lower() <= "z":
            out += chr(ord(c) - 0x21 + 0xFF01)
        else:
            out += c
    return out


FW_LEAD = [("ja", "連絡先：{v}（{w}）、注文番号：{n}"), ("ja", "カード番号 {v} / 受付番号 {n}"),
           ("zh", "联系方式：{v}，订单号：{n}"), ("en", "Pasted from a Japanese form: {v} (order {n})"),
           ("ko", "연락처: {v}, 주문번호: {n}")]


def gen_fullwidth():
    for i in range(40):
        label = ["EMAIL_ADDRESS", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS"][i % 4]
        lg, tpl = rng.choice(FW_LEAD)
        if label == "EMAIL_ADDRESS":
            v = fw(email(), letters=rng.random() < 0.25)
        elif label == "CREDIT_CARD":
            v = fw(rng.choice([" ", "-", ""]).join(groups_of(card_digits())))
        else:
            v = fw(phone())
        n = fw(rng.choice([str(rng.randint(10 ** 11, 10 ** 13)), order_id(), "2026-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9))]))
        a, rest = tpl.split("{v}")
        b, c = rest.split("{n}")
        emit([[a, (label, v), b.replace("{w}", WORD[label]), ("NEG_ID", n), c]], lg, "fullwidth-" + label.lower())
    for i in range(10):
        lg, tpl = rng.choice(FW_LEAD)
        a, rest = tpl.split("{v}")
        b, c = rest.split("{n}")
        emit([[a, ("NEG_ID", fw(not_luhn(16))), b.replace("{w}", "番号"), ("NEG_ID", fw(isbn13())), c]], lg, "fullwidth-neg")


# ---- 5. other digit scripts in phones -------------------------------------------------------------
def digits_to(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


SCRIPT = [("ar", 0x0660, ["971", "20", "966"], "رقم الجوال: {v} — رقم الطلب: {n}"),
          ("fa", 0x06F0, ["98"], "شماره تماس: {v}، شماره سفارش: {n}"),
          ("hi", 0x0966, ["91"], "मोबाइल नंबर: {v}, ऑर्डर संख्या: {n}"),
          ("en", 0x0660, ["971", "966", "20"], "Customer wrote their number as {v}; invoice {n}"),
          ("en", 0x0966, ["91"], "WhatsApp: {v} (booking {n})")]


def gen_scripts():
    for i in range(40):
        lg, base, ccs, tpl = SCRIPT[i % len(SCRIPT)]
        cc = rng.choice(ccs)
        if cc == "98":
            v = "+98 9" + str(rng.randint(10, 39)) + " " + str(rng.randint(100, 999)) + " " + str(rng.randint(1000, 9999))
        else:
            v = phone(cc)
        if rng.random() < 0.3:
            v = "0" + v.split(" ", 1)[1]
        v = digits_to(v, base)
        n = digits_to(rng.choice([str(rng.randint(10 ** 9, 10 ** 11)), "%d/%02d/%02d" % (rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                                  str(rng.randint(100000, 9999999))]), base)
        a, rest = tpl.split("{v}")
        b, c = rest.split("{n}")
        emit([[a, ("PHONE_NUMBER", v), b, ("NEG_ID", n), c]], lg, "script-phone")


# ---- 6. URL query strings inside JSON inside a log line ------------------------------------------
def pct(s, all_at=True):
    out = ""
    for c in s:
        if c.isalnum() or c in "-_.~":
            out += c
        else:
            out += "%%%02X" % ord(c) if ord(c) < 128 else "".join("%%%02X" % b for b in c.encode())
    return out


def gen_urls():
    for i in range(40):
        lg = rng.choice(["en", "de", "fr", "es"])
        ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                     rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
        kind = i % 4
        params = []
        if kind == 0:
            params.append(("email", "EMAIL_ADDRESS", email()))
        elif kind == 1:
            params.append(("phone", "PHONE_NUMBER", phone()))
        elif kind == 2:
            params.append(("iban", "IBAN_CODE", iban()))
        else:
            params.append(("client_ip", "IP_ADDRESS", "%d.%d.%d.%d" % (rng.choice([81, 92, 185, 203, 88]), rng.randint(0, 255),
                                                                  rng.randint(0, 255), rng.randint(1, 254))))
        negs = [("order", "NEG_ID", order_id()), ("v", "NEG_ID", version()), ("ts", "NEG_NUMBER", str(rng.randint(1700000000000, 1760000000000))),
                ("session", "NEG_HASH", sha(32)), ("ref", "NEG_ID", uuid())]
        rng.shuffle(negs)
        allp = params + negs[:2]
        rng.shuffle(allp)
        url = "https://" + rng.choice(["api.shop.example", "hooks.crm.example", "pay.example.net"]) + "/v2/callback?"
        parts = [ts + " " + rng.choice(["INFO", "WARN", "ERROR"]) + " http " + json.dumps({"method": "GET", "status": rng.choice([200, 302, 500])})[:-1] + ', "url": "' + url]
        for j, (k, lab, val) in enumerate(allp):
            parts.append(("&" if j else "") + k + "=")
            parts.append((lab, pct(val)))
        parts.append('", "ms": %d}' % rng.randint(3, 900))
        pre = rng.choice(["Why does this request fail?\n", "Log from prod:\n", "Bitte erklär diesen Logeintrag:\n", ""])
        emit([[pre] + parts], lg, "url-log")


# ---- 7. HTML character references ----------------------------------------------------------------
def ent_email(v):
    at = rng.choice(["&#64;", "&commat;", "&#x40;", "&#X40;"])
    dot = rng.choice([".", "&period;", "&#46;", "&#x2E;"])
    l, d = v.split("@")
    d = d.replace(".", dot)
    if rng.random() < 0.3:
        l = l.replace(".", dot)
    return l + at + d


def gen_entities():
    for i in range(36):
        lg = rng.choice(["en", "de", "fr", "es", "it", "nl"])
        k = i % 3
        if k == 0:
            v, lab = ent_email(email()), "EMAIL_ADDRESS"
            shape = '<p>Kontakt: <a href="mailto:{v}">{v2}</a></p>' if lg == "de" else "<td>{v}</td>"
        elif k == 1:
            ph = phone()
            v, lab = ph.replace("+", rng.choice(["&#43;", "&plus;", "&#x2B;"])).replace(" ", rng.choice(["&nbsp;", "&#160;", " "])), "PHONE_NUMBER"
            shape = '<span class="tel">{v}</span>'
        else:
            c = groups_of(card_digits())
            v, lab = rng.choice(["&nbsp;", "&#8209;", "&#45;", "&#x2D;"]).join(c), "CREDIT_CARD"
            shape = "<li>Card: {v}</li>"
        neg = rng.choice(["&copy;&nbsp;2026 Acme GmbH", "Version&nbsp;" + version(), "&#35;" + str(rng.randint(1000, 99999)),
                          "ISBN&nbsp;" + isbn13(), "Ref&#58; " + order_id()])
        a, rest = shape.split("{v}", 1)
        parts = ["Convert this HTML to Markdown: " + a, (lab, v)]
        if "{v2}" in rest:
            b, c2 = rest.split("{v2}")
            parts += [b, (lab, v), c2]
        else:
            parts.append(rest)
        parts += ["<footer>", ("NEG_ID", neg), "</footer>"]
        emit([parts], lg, "entity-" + lab.lower())


# ---- 8. obfuscated e-mails ------------------------------------------------------------------------
OBF = [(" [at] ", " [dot] "), ("(at)", "."), (" {at} ", " {dot} "), (" AT ", " DOT "), (" at ", " dot "),
       ("[at]", "[dot]"), (" (at) ", " (dot) "), ("[@]", "."), (" ät ", " punkt "), (" arroba ", " punto ")]
OBF_LEAD = {"en": "Write to me at {v}, not the {n} address.", "de": "Schreib mir an {v}, nicht an {n}.",
            "fr": "Écris-moi à {v}, pas au {n}.", "es": "Escríbeme a {v}, no a {n}.",
            "it": "Scrivimi a {v}, non a {n}.", "nl": "Mail me op {v}, niet via {n}.", "pt": "Escreve para {v}, não para {n}."}

def gen_obfuscated():
    for i in range(40):
        lg = rng.choice(list(OBF_LEAD))
        at, dot = OBF[i % len(OBF)]
        l, d, t = email_parts()
        if at == " ät ":
            lg = "de"
        if at == " arroba ":
            lg = "es"
        v = l.replace(".", dot if rng.random() < 0.3 else ".") + at + d + dot + t
        n = rng.choice(["@" + rng.choice(GIVEN) + " on Slack", "node@20.11.1", "@angular/core@17.3.0",
                        rng.choice(GIVEN) + "@buildbox:~$", "postgres@sha256:" + sha(16), "@" + inv() + "_support"])
        a, rest = OBF_LEAD[lg].split("{v}")
        b, c = rest.split("{n}")
        emit([[a, ("EMAIL_ADDRESS", v), b, ("NEG_HANDLE", n), c]], lg, "obfuscated-email")


# ---- 9. values as JSON keys -----------------------------------------------------------------------
def gen_keys():
    for i in range(40):
        lg = rng.choice(["en", "de", "fr", "es"])
        k = i % 4
        if k == 0:
            lab, v = "EMAIL_ADDRESS", email()
            val = '{"plan": "%s", "seats": %d}' % (rng.choice(["pro", "team", "free"]), rng.randint(1, 40))
        elif k == 1:
            lab, v = "PHONE_NUMBER", phone().replace(" ", "")
            val = '{"opt_in": true, "last_sms": "2026-0%d-1%d"}' % (rng.randint(1, 9), rng.randint(0, 9))
        elif k == 2:
            lab, v = "IBAN_CODE", iban()
            val = '{"status": "verified", "amount": %d.%02d}' % (rng.randint(10, 9000), rng.randint(0, 99))
        else:
            lab, v = "CREDIT_CARD", card_digits()
            val = '{"exp": "%02d/%02d", "default": true}' % (rng.randint(1, 12), rng.randint(26, 31))
        nk = rng.choice([("NEG_DATE", "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))), ("NEG_HASH", "sha256:" + sha(24)),
                         ("NEG_ID", order_id()), ("NEG_ID", "v" + version()), ("NEG_ID", uuid())])
        first = rng.random() < 0.5
        p1 = ['{\n  "', (lab, v), '": ' + val + ',\n  "', nk, '": {"count": %d}\n}' % rng.randint(1, 99)]
        if not first:
            p1 = ['{\n  "', nk, '": {"count": %d},\n  "' % rng.randint(1, 99), (lab, v), '": ' + val + "\n}"]
        lead = rng.choice(["Here is the map from our cache, summarise it:\n", "Was bedeutet diese Struktur?\n",
                           "Explique ce JSON :\n", "Resume este objeto:\n", ""])
        emit([[lead] + p1], lg, "key-" + lab.lower())


# ---- 10. numbers as JSON floats ------------------------------------------------------------------
def gen_floats():
    for i in range(24):
        lg = "en"
        c = card_digits()
        f = c[0] + "." + c[1:].rstrip("0") + "e" + str(len(c) - 1)
        m = rng.choice(["6.02214076e23", "1.380649e-23", "%d.%de%d" % (rng.randint(1, 9), rng.randint(10 ** 14, 10 ** 15 - 1), 15),
                        "%.6e" % rng.uniform(1e9, 1e12)])
        if i % 2 == 0:
            parts = ['Spreadsheet export: {"row": %d, "card_number": ' % rng.randint(2, 400), ("NEG_NUMBER", f),
                     ', "avogadro": ', ("NEG_NUMBER", m), "}"]
        else:
            parts = ["Why is the card column like this? [", ("NEG_NUMBER", f), ", ", ("NEG_NUMBER", m),
                     "] but the raw export had ", ("CREDIT_CARD", c), "."]
        emit([parts], lg, "float")


# ---- 11. secrets in headers, cookies and PEM bodies ----------------------------------------------
def pem_body(lines):
    return "\n".join(rstr(B64, 64) for _ in range(lines)) + "\n" + rstr(B64, rng.randint(8, 40)) + "=="


def gen_secrets():
    for i in range(48):
        lg = rng.choice(["en", "de", "fr", "es"])
        k = i % 4
        if k == 0:
            user = rng.choice(GIVEN) + rng.choice(["", ".admin", "_svc"])
            pw = rstr(B62 + "!#%", rng.randint(10, 18))
            b = base64.b64encode((user + ":" + pw).encode()).decode()
            md5 = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(16))).decode()
            parts = ["curl is failing with 401, here are the headers:\nAuthorization: Basic ", ("SECRET", b),
                     "\nContent-MD5: ", ("NEG_HASH", md5), "\nX-Request-Id: ", ("NEG_ID", uuid()), "\n"]
        elif k == 1:
            parts = ["Cookie: _ga=", ("NEG_ID", "GA1.2.%d.%d" % (rng.randint(10 ** 8, 10 ** 10), rng.randint(1700000000, 1760000000))),
                     "; theme=dark; session=", ("SECRET", jwt()), "; lang=" + lg + "\nwhy is the session rejected?"]
        elif k == 2:
            kind = rng.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
            parts = ['{"tls": {"cert": "-----BEGIN CERTIFICATE-----\\n', ("NEG_KEY", pem_body(3).replace("\n", "\\n")),
                     '\\n-----END CERTIFICATE-----\\n", "key": "-----BEGIN ' + kind + '-----\\n',
                     ("SECRET", pem_body(4).replace("\n", "\\n")), '\\n-----END ' + kind + '-----\\n"}}\nThe server says the key does not match.']
        else:
            parts = ["Set-Cookie: auth_token=", ("SECRET", jwt()), "; Path=/; HttpOnly; Secure\nETag: \"",
                     ("NEG_HASH", base64.b64encode(bytes(rng.randint(0, 255) for _ in range(20))).decode()),
                     "\"\n-----BEGIN PUBLIC KEY-----\n", ("NEG_KEY", pem_body(2)), "\n-----END PUBLIC KEY-----"]
        emit([parts], lg, "secret")


gen_split()
gen_arrays()
gen_invisible()
gen_fullwidth()
gen_scripts()
gen_urls()
gen_entities()
gen_obfuscated()
gen_keys()
gen_floats()
gen_secrets()
write_json(records)
