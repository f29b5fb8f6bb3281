#!/usr/bin/env python3
"""gen_shapes.py: structured PII in the shapes values leave in that gen_variants.py has not
(issues 15/19, detection fidelity), and look-alikes in the same shapes that must stay.

gen_variants.py covers values in prose next to other numbers, Unicode look-alikes inside values,
separators, bare labelled values, registries and key-named secrets in config files. This corpus
puts every structured type of the default packs (SECRETS by key, GLOBAL: e-mail, phone, card,
IBAN, IP addresses; US: SSN) where tools, logs and data put them: lists and tuples after a plural
label, CSV rows, JSON pasted as text (numbers, strings, arrays, camelCase and snake_case keys such
as "mobile", "msisdn", "contactPhone"), URL query strings, percent-encoding, \\u-escapes and HTML
entities, Markdown tables and code spans, log lines (key=value, logfmt, JSON logs), Unicode colons,
spaces and digits around labels, and a line break inside a value. Look-alikes in the same shapes
are labelled NEG_* (versions, order and ticket ids, timestamps, hashes, UUIDs, build numbers,
ports, prices, IP-like versions): any finding on one is counted against the detectors.

Each record's metadata names its class and shape. Values reuse gen_variants.py's value makers
(Luhn cards in issuer ranges, registry IBANs, SSA-valid SSNs, NANP numbers) with a seed of their
own. Deterministic: python3 gen_shapes.py > data/shapes.json
"""
import os
import random

from gen_common import B62, assemble, write_json

here = os.path.dirname(os.path.abspath(__file__))
g = {}
exec(open(os.path.join(here, "gen_variants.py"), encoding="utf-8").read().split("# ---- Unicode")[0], g)
R = random.Random(1519)
g["R"] = R

records = []
CLASS_IDS = {}
T = {"phone": "PHONE_NUMBER", "ssn": "US_SSN", "card": "CREDIT_CARD", "iban": "IBAN_CODE",
     "email": "EMAIL_ADDRESS", "ip": "IP_ADDRESS", "secret": "SECRET"}


def emit(cls, parts, loc="en_US"):
    text, spans = assemble(parts)
    cid = CLASS_IDS.setdefault(cls, len(CLASS_IDS) + 1)
    records.append({"full_text": text, "spans": spans, "template_id": cid,
                    "metadata": {"locale": loc, "class": cls}})


# ---- values -------------------------------------------------------------------------------------
def phone_bare():
    a, e, n = g["nanp"]()
    return R.choice([a + e + n, "1" + a + e + n, "+1" + a + e + n])


def phone_any():
    return R.choice([phone_bare, lambda: g["phone_nanp"](), lambda: g["phone_national"](
        R.choice(["en_GB", "de", "fr", "nl", "es", "it"]))])()


def ssn_any():
    return g["fmt_ssn"](R.choice(["{a}{g}{s}", "{a}-{g}-{s}", "{a}{g}{s}"]))


def card_any():
    return g["fmt_card"](g["card"]()[1], R.choice(["compact", "compact", "space", "dash"]))


def iban_any():
    return g["fmt_iban"](g["iban"](), R.choice(["compact", "space"]))


def email_any():
    return g["email"](R.choice(["en_US", "de", "fr", "nl"]))


def ipv4():
    while True:
        a = R.choice([23, 31, 46, 51, 62, 77, 81, 85, 91, 104, 141, 151, 176, 185, 212, 217])
        v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return v


def ipv6():
    return "2a0%d:%x:%x:%x::%x" % (R.randint(0, 9), R.randint(0x1000, 0xffff), R.randint(1, 0xffff),
                                   R.randint(1, 0xffff), R.randint(1, 0xffff))


def secret():
    return "".join(R.choice(B62) for _ in range(R.randint(18, 36)))


VALUE = {"phone": phone_any, "ssn": ssn_any, "card": card_any, "iban": iban_any, "email": email_any,
         "ip": lambda: R.choice([ipv4, ipv4, ipv6])()}
# labels as people and tools write them, singular and plural
LABEL = {
    "phone": ["phone", "Phone", "phones", "Phones", "mobile", "tel", "phone_numbers", "phoneNumbers",
              "Telefon", "teléfono", "numbers", "contact_phones", "msisdn", "cell"],
    "ssn": ["ssn", "SSN", "ssns", "SSNs", "social_security_numbers", "ssn_list"],
    "card": ["cards", "card_numbers", "cardNumbers", "cc", "card", "pans"],
    "iban": ["ibans", "IBANs", "iban", "accounts", "payee_ibans"],
    "email": ["emails", "to", "cc", "recipients", "email", "mails"],
    "ip": ["ips", "client_ips", "hosts", "peers", "ip", "remote_addr"],
}
KINDS = ["phone", "ssn", "card", "iban", "email", "ip"]


def vals(kind, k):
    return [(T[kind], VALUE[kind]()) for _ in range(k)]


def join(items, sep, left="", right="", q=""):
    out = [left]
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out += [q, it, q] if q else [it]
    out.append(right)
    return out


# 1. lists and tuples after a (plural) label
for _ in range(150):
    kind = R.choice(KINDS)
    lab = R.choice(LABEL[kind])
    items = vals(kind, R.randint(1, 4))
    shape = R.randint(0, 6)
    if shape == 0:
        parts = [lab + ": "] + join(items, ", ", "[", "]")
    elif shape == 1:
        parts = [lab + "="] + join(items, ",", "[", "]")
    elif shape == 2:
        parts = [lab + " = "] + join(items, ", ", "(", ")", "'")
    elif shape == 3:
        parts = [lab + ":\n"] + [x for it in items for x in ("  - ", it, "\n")]
    elif shape == 4:
        parts = [lab + ": "] + join(items, "; ")
    elif shape == 5:
        parts = [lab.capitalize() + " on file: "] + join(items, ", ") + ["."]
    else:
        parts = ["set " + lab + " {"] + join(items, ", ", "", "}", '"')
    emit("list_" + kind, ["Can you dedupe these? "] + parts)

# 2. CSV rows: with a header line, a value in its cell
HEAD = {"phone": "phone", "ssn": "ssn", "card": "card_number", "iban": "iban", "email": "email",
        "ip": "last_ip"}
for _ in range(70):
    kind = R.choice(KINDS)
    sep = R.choice([",", ";", "\t", "|"])
    rows = []
    for i in range(R.randint(1, 3)):
        rows.append(["%d%s" % (i + 1, sep), ("PERSON", R.choice(g["FIRST"]).capitalize()), sep, (T[kind], VALUE[kind]()),
                     "%s%d.%02d\n" % (sep, R.randint(1, 900), R.randint(0, 99))])
    parts = ["id%sname%s%s%stotal\n" % (sep, sep, HEAD[kind], sep)]
    for r in rows:
        parts += r
    emit("csv_" + kind, parts)

# 3. JSON pasted as text: numbers, strings, arrays, keys of every casing
JKEY = {"phone": ["phone", "mobile", "msisdn", "contactPhone", "phone_number", "mobileNo", "tel",
                  "telefono", "cell_phone", "phones"],
        "ssn": ["ssn", "SSN", "ssns", "taxId", "social_security_number", "customer_ssn"],
        "card": ["card_number", "cardNumber", "pan", "cards", "cc_number"],
        "iban": ["iban", "ibans", "payeeIban", "account_iban"],
        "email": ["email", "emails", "contactEmail", "to"],
        "ip": ["ip", "client_ip", "remoteAddr", "ips"],
        "secret": ["password", "client_secret", "apiKey", "db_password", "refreshToken", "webhookSecret"]}
for _ in range(150):
    kind = R.choice(KINDS + ["secret"])
    key = R.choice(JKEY[kind])
    plural = key.lower().endswith("s") and kind != "secret" and key.lower() not in ("ips",) or key == "ips"
    if kind == "secret":
        v = [(T["secret"], secret())]
    else:
        v = vals(kind, R.randint(2, 3) if plural else 1)
    digits_only = kind in ("phone", "ssn", "card") and all(x[1].lstrip("+").isdigit() for x in v)
    asnum = digits_only and R.random() < 0.5 and not any(x[1].startswith("+") for x in v)
    q = "" if asnum else '"'
    if plural:
        body = join(v, ", ", "[", "]", q)
    else:
        body = [q, v[0], q]
    sp = R.choice(["", " "])
    parts = ['{"id":%s%d,%s"%s":%s' % (sp, R.randint(1, 9999), sp, key, sp)] + body + [
        ',%s"active":%strue}' % (sp, sp)]
    emit("json_" + kind, [R.choice(["Here is the record: ", "tool output:\n", "```json\n"])] + parts)

# 4. URL query strings, percent-encoding
for _ in range(90):
    kind = R.choice(["phone", "email", "email", "ssn", "iban", "card"])
    v = VALUE[kind]()
    if kind == "email":
        enc = v.replace("@", "%40")
        if R.random() < 0.3:
            local, dom = v.split("@")
            enc = local + "%2Bai%40" + dom
        key = R.choice(["email", "user", "q", "login_hint", "to"])
    elif kind == "phone":
        enc = v.replace("+", "%2B").replace(" ", R.choice(["%20", "+"])).replace("(", "%28").replace(")", "%29")
        key = R.choice(["phone", "tel", "msisdn", "to", "mobile"])
    elif kind == "ssn":
        enc, key = v, R.choice(["ssn", "tax_id"])
    elif kind == "iban":
        enc, key = v.replace(" ", "%20"), "iban"
    else:
        enc, key = v.replace(" ", "%20"), R.choice(["card", "pan", "cc"])
    shape = R.randint(0, 3)
    if shape == 0:
        parts = [(T["ip"], ipv4()), ' - - [01/May/2024:10:00:00 +0000] "GET /api/users?%s=' % key, (T[kind], enc),
                 '&page=2 HTTP/1.1" 200 512']
    elif shape == 1:
        parts = ["https://app.example.com/search?%s=" % key, (T[kind], enc)]
    elif shape == 2:
        parts = ["POST /v1/lookup?%s=" % key, (T[kind], enc), "&limit=%d" % R.randint(1, 50)]
    else:
        parts = ["redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&", "%s=" % key, (T[kind], enc)]
    emit("url_" + kind, parts)
for _ in range(20):
    v = email_any()
    emit("url_email", [R.choice(["mailto:", "<a href=\"mailto:"]), (T["email"], v.replace("@", "%40")),
                       R.choice(["", "\">write</a>"])])

# 5. \u-escapes and HTML entities
for _ in range(60):
    kind = R.choice(["email", "email", "phone", "card"])
    v = VALUE[kind]()
    if kind == "email":
        at = R.choice(["\\u0040", "&#64;", "&#x40;", "&commat;"])
        enc = v.replace("@", at)
    elif kind == "phone":
        v = g["phone_nanp"]("+1 {a} {e} {n}")
        enc = v.replace(" ", R.choice(["&nbsp;", "\\u00a0", "&#160;"])).replace("+", R.choice(["+", "&#43;"]))
    else:
        v = g["fmt_card"](g["card"]()[1], "space")
        enc = v.replace(" ", R.choice(["&nbsp;", "\\u00a0"]))
    emit("escape_" + kind, [R.choice(["<td>", "\"text\": \"Contact ", "html: <p>"]), (T[kind], enc),
                            R.choice(["</td>", "\"", "</p>"])])

# 6. Markdown tables and code spans
for _ in range(60):
    kind = R.choice(KINDS)
    v = VALUE[kind]()
    name = R.choice(g["FIRST"]).capitalize()
    shape = R.randint(0, 2)
    if shape == 0:
        parts = ["| name | %s |\n|---|---|\n| " % HEAD[kind], ("PERSON", name), " | ", (T[kind], v), " |"]
    elif shape == 1:
        parts = ["| %s | `" % HEAD[kind].replace("_", " ").title(), (T[kind], v), "` |"]
    else:
        parts = ["- **%s:** " % R.choice(LABEL[kind]).capitalize(), (T[kind], v)]
    emit("md_" + kind, parts)

# 7. log lines: key=value, logfmt, JSON logs
LKEY = {"phone": ["phone", "msisdn", "to", "caller", "mobile"], "ssn": ["ssn"], "card": ["card", "pan"],
        "iban": ["iban"], "email": ["email", "user", "to"], "ip": ["client", "remote_ip", "ip"]}
for _ in range(100):
    kind = R.choice(KINDS)
    key = R.choice(LKEY[kind])
    v = VALUE[kind]()
    if " " in v and kind != "ip":
        v = v.replace(" ", "")
    ts = "2024-05-%02dT%02d:%02d:%02dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    shape = R.randint(0, 2)
    if shape == 0:
        parts = ["%s level=info msg=\"lookup\" %s=" % (ts, key), (T[kind], v), " took=%dms" % R.randint(1, 900)]
    elif shape == 1:
        parts = ["time=\"%s\" level=warn %s=\"" % (ts, key), (T[kind], v), "\" status=%d" % R.choice([200, 404, 429])]
    else:
        parts = ['{"ts":"%s","level":"info","%s":"' % (ts, key), (T[kind], v), '","latency_ms":%d}' % R.randint(1, 900)]
    emit("log_" + kind, parts)

# 8. Unicode around labels: full-width colon, ideographic space, full-width digits after a label
for _ in range(40):
    kind = R.choice(["phone", "ssn"])
    a, e, n = g["nanp"]()
    v = (a + e + n) if kind == "phone" else g["fmt_ssn"]("{a}{g}{s}")
    if R.random() < 0.4:
        v = "".join(chr(0xFF10 + int(c)) for c in v)
    lab = R.choice(["Phone", "Tel", "phones"]) if kind == "phone" else R.choice(["SSN", "ssns"])
    emit("uni_label_" + kind, [lab + R.choice(["\uff1a", ":\u3000", "\uff1a\u00a0", " \u2014 "]), (T[kind], v)])

# 9. a line break inside a value (wrapped terminals, PDFs)
for _ in range(40):
    kind = R.choice(["phone", "ssn", "email"])
    if kind == "phone":
        v = g["phone_nanp"](R.choice(["+1 {a} {e} {n}", "({a}) {e}-{n}"]))
        i = v.rindex(" ")
        v = v[:i] + "\n" + v[i + 1:]
    elif kind == "ssn":
        v = g["fmt_ssn"]("{a}-{g}-{s}")
        v = v[:7] + "\n" + v[7:]
    else:
        v = email_any()
        i = v.index("@")
        v = v[:i + 1] + "\n" + v[i + 1:]
    emit("wrap_" + kind, ["Contact details (wrapped):\n" + R.choice(["phone ", "SSN ", "mail "]), (T[kind], v),
                          "\nthanks"])

# 10. look-alikes in the same shapes: must not be masked
def neg(label, v):
    return ("NEG_" + label, v)


def ten():
    return str(R.randint(2000000000, 8999999999))


for _ in range(200):
    shape = R.randint(0, 15)
    if shape == 0:
        parts = ["versions: [", neg("VERSION", "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))),
                 ", ", neg("VERSION", "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9))), "]"]
    elif shape == 1:
        parts = [R.choice(["order_ids", "orderIds", "ids", "ticket_ids"]) + ": [", neg("ORDER_ID", ten()), ", ",
                 neg("ORDER_ID", ten()), "]"]
    elif shape == 2:
        parts = ['{"order_id": ', neg("ORDER_ID", ten()), ', "status": "shipped"}']
    elif shape == 3:
        parts = ["created_at=", neg("TIMESTAMP", str(R.randint(1600000000, 1800000000))), " level=info"]
    elif shape == 4:
        parts = ['{"ts": ', neg("TIMESTAMP", str(R.randint(1600000000000, 1800000000000))), ', "event": "login"}']
    elif shape == 5:
        parts = ["sha256=", neg("HASH", "".join(R.choice("0123456789abcdef") for _ in range(64)))]
    elif shape == 6:
        u = "%08x-%04x-4%03x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12),
                                           0x8000 | R.getrandbits(14), R.getrandbits(48))
        parts = ["request_id=", neg("UUID", u), " phone_verified=true"]
    elif shape == 7:
        parts = ["build numbers: ", neg("BUILD", "%d" % R.randint(20240101, 20241231)), ", ",
                 neg("BUILD", "%d" % R.randint(20240101, 20241231))]
    elif shape == 8:
        parts = ["ports: [", neg("PORT", str(R.choice([5432, 6379, 8080, 8443, 9090]))), ", ",
                 neg("PORT", str(R.choice([3000, 3306, 27017, 9200]))), "]"]
    elif shape == 9:
        parts = ["prices: [", neg("PRICE", "%d.%02d" % (R.randint(1, 9999), R.randint(0, 99))), ", ",
                 neg("PRICE", "$%d,%03d.%02d" % (R.randint(1, 999), R.randint(0, 999), R.randint(0, 99))), "]"]
    elif shape == 10:
        parts = ["version: ", neg("IP_VERSION", "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(0, 99)))]
    elif shape == 11:
        parts = ["| order | total |\n|---|---|\n| ", neg("ORDER_ID", ten()), " | %d.%02d |" % (R.randint(1, 999), R.randint(0, 99))]
    elif shape == 12:
        parts = ["GET /api/orders?order_id=", neg("ORDER_ID", ten()), "&page=2"]
    elif shape == 13:
        parts = ["numbers: [", neg("COUNT", str(R.randint(1, 999))), ", ", neg("COUNT", str(R.randint(1000, 99999))), "]"]
    elif shape == 14:
        parts = ["phone_count=", neg("COUNT", str(R.randint(1, 99))), " sms_sent=", neg("COUNT", str(R.randint(100, 99999)))]
    else:
        parts = ["tracking numbers: ", neg("ORDER_ID", "1Z%s" % "".join(R.choice("0123456789") for _ in range(16))),
                 ", ", neg("ORDER_ID", ten())]
    emit("neg_lookalike", parts)

# 11. ten-digit ids under labels of prose that say little alone: a "Number" column, a list named
# "numbers", "work items" (a phone word only right before one value)
for _ in range(30):
    shape = R.randint(0, 2)
    if shape == 0:
        parts = ["| Build | Number |\n|---|---|\n| nightly | ", neg("BUILD", ten()), " |\n| release | ",
                 neg("BUILD", ten()), " |"]
    elif shape == 1:
        parts = ["numbers = [", neg("ORDER_ID", ten()), ", ", neg("ORDER_ID", ten()), "]"]
    else:
        parts = ["work items: ", neg("ORDER_ID", ten()), ", ", neg("ORDER_ID", ten())]
    emit("neg_weak_label", parts)

# 12. a second person's view of encodings (issue 19, round two): shapes the decoding view was not
# designed around: other entities and escapes, other types encoded, several encodings in one
# value, a line break at other places, and look-alikes written encoded.
def pct(v, chars):
    return "".join("%%%02X" % ord(c) if c in chars else c for c in v)


def ent(v, chars, hexa=False):
    return "".join(("&#x%X;" % ord(c) if hexa else "&#%d;" % ord(c)) if c in chars else c for c in v)


for _ in range(120):
    kind = R.choice(["ssn", "card", "iban", "phone", "phone", "email"])
    shape = R.randint(0, 3)
    if kind == "ssn":
        v = g["fmt_ssn"]("{a}-{g}-{s}")
        enc = [pct(v, "-"), ent(v, "-"), v.replace("-", "&ndash;"), v.replace("-", "\\u2011")][shape]
        pre = ["GET /v1/verify?ssn=", "<td>SSN</td><td>", "<p>SSN ", "\"note\": \"ssn "][shape]
    elif kind == "card":
        v = g["fmt_card"](g["card"]()[1], R.choice(["space", "dash"]))
        sep = " " if " " in v else "-"
        enc = [pct(v, sep), v.replace(sep, "&#8209;" if sep == "-" else "&thinsp;"),
               v.replace(sep, "\\u2009" if sep == " " else "\\u2010"), ent(v, sep, True)][shape]
        pre = ["POST /pay?pan=", "<td>", "\"msg\": \"card ", "<span>card "][shape]
    elif kind == "iban":
        v = g["fmt_iban"](g["iban"](), "space")
        enc = [v.replace(" ", "&nbsp;"), v.replace(" ", "\\u00a0"), v.replace(" ", "+"), ent(v, " ")][shape]
        pre = ["<td>IBAN</td><td>", "\"text\": \"IBAN ", "https://bank.example.com/transfer?iban=", "<p>IBAN: "][shape]
    elif kind == "phone":
        v = g["phone_national"](R.choice(["en_GB", "de", "fr", "nl"])) if R.random() < 0.5 else g["phone_nanp"]("+1 {a} {e} {n}")
        if not v.startswith("+"):
            v = g["phone_nanp"]("+1 ({a}) {e}-{n}")
        # several encodings in one value
        enc = [pct(v, "+ ()"), v.replace("+", "&plus;").replace(" ", "&nbsp;"),
               v.replace("+", "%2B").replace(" ", "\u00a0"), pct(v, "+").replace(" ", "+")][shape]
        pre = ["GET /call?to=", "<td>Phone</td><td>", "callback=", "/api/sms?msisdn="][shape]
    else:
        v = email_any()
        enc = [pct(v, "@."), ent(v, "@."), v.replace("@", "&#x40;").replace(".", "&period;", 1),
               v.replace("@", "\\x40")][shape]
        pre = ["GET /unsubscribe?email=", "<a>", "<td>", "'email': '"][shape]
    emit("enc2_" + kind, [pre, (T[kind], enc)])

for _ in range(30):
    kind = R.choice(["ssn", "phone", "email"])
    if kind == "ssn":
        v = g["fmt_ssn"]("{a}-{g}-{s}")
        v = v[:4] + "\n" + v[4:]
    elif kind == "phone":
        v = g["phone_national"](R.choice(["en_GB", "de", "fr"]))
        if not v.startswith("+") or v.count(" ") < 2:
            v = g["phone_nanp"]("+1 {a} {e} {n}")
        i = v.index(" ", v.index(" ") + 1)
        v = v[:i] + "\n" + v[i + 1:]
    else:
        v = email_any()
        v = v.replace("@", "\n@") if R.random() < 0.5 else v[:v.rindex(".") + 1] + "\n" + v[v.rindex(".") + 1:]
    emit("wrap2_" + kind, ["From the PDF export:\n" + R.choice(["Phone: ", "SSN: ", "E-mail: "]), (T[kind], v), "\nRegards"])

for _ in range(60):
    shape = R.randint(0, 7)
    if shape == 0:
        parts = ["GET /releases?tag=v", neg("VERSION", pct("%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)), "."))]
    elif shape == 1:
        parts = ["<td>Order</td><td>", neg("ORDER_ID", ent(ten(), "0123456789")), "</td>"]
    elif shape == 2:
        parts = ["/search?q=order+", neg("ORDER_ID", ten()), "+status"]
    elif shape == 3:
        parts = ["since=", neg("TIMESTAMP", pct("2024-05-%02d %02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), " -:"))]
    elif shape == 4:
        parts = ["<td>Total</td><td>", neg("PRICE", "%d&nbsp;%03d,%02d&nbsp;&euro;" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99))), "</td>"]
    elif shape == 5:
        parts = ["ISBN&nbsp;", neg("BUILD", "978-%d-%02d-%06d-%d" % (R.randint(0, 9), R.randint(10, 99), R.randint(0, 999999), R.randint(0, 9)))]
    elif shape == 6:
        parts = ["version:&#32;", neg("IP_VERSION", ent("%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(0, 99)), "."))]
    else:
        parts = ["ids=", neg("ORDER_ID", ten()), "+", neg("ORDER_ID", ten()), "&sort=asc"]
    emit("neg_encoded", parts)

write_json(records)
