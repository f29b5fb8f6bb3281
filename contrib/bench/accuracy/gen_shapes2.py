#!/usr/bin/env python3
"""gen_shapes2.py: structured PII in shapes neither gen_variants.py nor gen_shapes.py wrote
(detection fidelity, round three), and look-alikes in the same shapes that must stay.

Written from a brief before the detectors' code for these shapes was read, and measured once on
main before any fix (SHAPES.md, round three). Every structured type the default packs score
(e-mail, phone in the pack locales, card, IBAN, US SSN, IPv4/IPv6, API keys and secrets, URL
credentials) is put where documents, code and tools put it: Markdown links, inline code, aligned
tables and block quotes; HTML/XML attributes, cells, `<br>` and comments; LaTeX; source code
(string concatenation, C/Python/JS/SQL literals and comments, f-strings, printf formats beside
values); shell (`export`, `curl -d`, heredocs); diff hunks; logs with ANSI colour codes; JSON
inside JSON strings; base64 of small JSON; URL paths and fragments; bidi marks and zero-width
joiners; full-width and Arabic-Indic digits; groups joined by `\u00b7`, `/`, `_`, `|` and thin
spaces; lists of every kind (Python, SQL `IN (..)`, YAML flow, TSV). Look-alikes (NEG_*) in the
same shapes: versions, git SHAs, UUIDs, order/ticket/invoice ids, prices, ports, coordinates,
timestamps, hashes, Luhn-valid IMEIs under an `imei` key.

Values reuse gen_variants.py's value makers with a seed of their own. A span's metadata class
names its shape; the type is the span's label. Deterministic: python3 gen_shapes2.py >
data/shapes2.json
"""
import base64
import json
import os
import random

from gen_common import B62, assemble, write_json

here = os.path.dirname(os.path.abspath(__file__))
g = {}
exec(open(os.path.join(here, "gen_variants.py"), encoding="utf-8").read().split("# ---- Unicode")[0], g)
R = random.Random(2026)
g["R"] = R

records = []
CLASS_IDS = {}
T = {"phone": "PHONE_NUMBER", "ssn": "US_SSN", "card": "CREDIT_CARD", "iban": "IBAN_CODE",
     "email": "EMAIL_ADDRESS", "ip": "IP_ADDRESS", "secret": "SECRET"}


def emit(cls, parts, loc="en_US", **meta):
    text, spans = assemble(parts)
    cid = CLASS_IDS.setdefault(cls, len(CLASS_IDS) + 1)
    md = {"locale": loc, "class": cls}
    md.update(meta)
    records.append({"full_text": text, "spans": spans, "template_id": cid, "metadata": md})


# ---- values -------------------------------------------------------------------------------------
LOCS = ["en_US", "en_GB", "de", "fr", "nl", "es", "it"]


def phone():
    return g["phone_national"](R.choice(LOCS))


def ssn():
    return g["fmt_ssn"](R.choice(["{a}-{g}-{s}", "{a}-{g}-{s}", "{a} {g} {s}"]))


def card():
    return g["fmt_card"](g["card"]()[1], R.choice(["compact", "space", "dash"]))


def card_digits():
    return g["card"]()[1]


def iban():
    return g["fmt_iban"](g["iban"](), R.choice(["compact", "space"]))


def email():
    return g["email"](R.choice(["en_US", "de", "fr", "nl"]))


def ipv4():
    a = R.choice([23, 31, 46, 51, 62, 77, 81, 85, 91, 104, 141, 151, 176, 185, 212, 217])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    return "2a0%d:%x:%x:%x::%x" % (R.randint(0, 9), R.randint(0x1000, 0xffff), R.randint(1, 0xffff),
                                   R.randint(1, 0xffff), R.randint(1, 0xffff))


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def api_key():
    return R.choice([
        lambda: "sk-proj-" + rs(B62, 48),
        lambda: "sk-" + rs(B62, 48),
        lambda: "ghp_" + rs(B62, 36),
        lambda: "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
        lambda: "xoxb-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 11, 10 ** 12), rs(B62, 24)),
        lambda: "sk_live_" + rs(B62, 24),
        lambda: "AIza" + rs(B62 + "-_", 35),
        lambda: "glpat-" + rs(B62, 20),
    ])()


def password():
    return R.choice(["Summer", "Tr0ub4dor", "Kaffee", "Gracht", "Paella"]) + R.choice("!#_$") + \
        str(R.randint(10, 9999)) + R.choice(["x", "Q", "zz"])


VALUE = {"phone": phone, "ssn": ssn, "card": card, "iban": iban, "email": email,
         "ip": lambda: R.choice([ipv4, ipv4, ipv6])(), "secret": api_key}
KINDS = ["phone", "ssn", "card", "iban", "email", "ip", "secret"]
WORD = {"phone": ["Phone", "Tel", "Mobile", "Call"], "ssn": ["SSN", "Social Security No."],
        "card": ["Card", "Credit card", "Card number"], "iban": ["IBAN", "Account (IBAN)"],
        "email": ["Email", "E-mail", "Mail"], "ip": ["IP", "Client IP", "Host"],
        "secret": ["API key", "Token", "Secret"]}
KEY = {"phone": ["phone", "mobile", "tel", "phone_number", "contactPhone"],
       "ssn": ["ssn", "social_security_number", "taxId"],
       "card": ["card", "card_number", "cardNumber", "pan"], "iban": ["iban", "payee_iban"],
       "email": ["email", "user_email", "to"], "ip": ["ip", "client_ip", "remote_addr"],
       "secret": ["api_key", "token", "secret", "OPENAI_API_KEY", "access_token"]}


def word(kind):
    return R.choice(WORD[kind])


def key(kind):
    return R.choice(KEY[kind])


def v(kind):
    return (T[kind], VALUE[kind]())


def neg(label, s):
    return ("NEG_" + label, s)


# ---- look-alikes --------------------------------------------------------------------------------
def luhn_complete(prefix, n):
    return g["luhn_complete"](prefix, n)


def lookalike():
    k = R.randint(0, 9)
    if k == 0:
        return ("version", neg("VERSION", R.choice(["%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99)),
                                                     "10.0.%d.%d" % (R.randint(10000, 22000), R.randint(100, 4000)),
                                                     "v%d.%d.%d-rc.%d" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(1, 5))])))
    if k == 1:
        return ("commit", neg("SHA", rs("0123456789abcdef", R.choice([7, 12, 40]))))
    if k == 2:
        return ("request_id", neg("UUID", "%s-%s-4%s-%s-%s" % (rs("0123456789abcdef", 8), rs("0123456789abcdef", 4),
                                                               rs("0123456789abcdef", 3), rs("89ab", 1) + rs("0123456789abcdef", 3),
                                                               rs("0123456789abcdef", 12))))
    if k == 3:
        return (R.choice(["order_id", "ticket", "invoice", "order"]),
                neg("ID", R.choice(["%d" % R.randint(10 ** 9, 10 ** 10 - 1), "INV-%d-%06d" % (R.randint(2019, 2026), R.randint(1, 999999)),
                                    "ORD%d" % R.randint(10 ** 9, 10 ** 10 - 1), "#%d" % R.randint(100000, 9999999),
                                    "JIRA-%d" % R.randint(100, 99999)])))
    if k == 4:
        return ("price", neg("PRICE", R.choice(["$%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
                                                "%d.%02d EUR" % (R.randint(1, 99999), R.randint(0, 99)),
                                                "\u20ac%d.%02d" % (R.randint(1, 9999), R.randint(0, 99))])))
    if k == 5:
        return ("port", neg("PORT", str(R.choice([443, 8080, 8443, 5432, 6379, 27017, 9200, 3000]))))
    if k == 6:
        return ("coords", neg("COORD", "%.4f, %.4f" % (R.uniform(-80, 80), R.uniform(-170, 170))))
    if k == 7:
        return ("ts", neg("TIME", R.choice([str(R.randint(1600000000, 1800000000)),
                                            str(R.randint(1600000000000, 1800000000000)),
                                            "2024-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))])))
    if k == 8:
        return ("sha256", neg("HASH", rs("0123456789abcdef", R.choice([32, 64]))))
    tac = R.choice(["35", "86", "01", "49"]) + "".join(R.choice("0123456789") for _ in range(6))
    return ("imei", neg("IMEI", luhn_complete(tac, 15)))


# ---- 1. Markdown: links, inline code, aligned tables, block quotes --------------------------------
for _ in range(70):
    kind = R.choice(KINDS)
    s = R.randint(0, 4)
    if s == 0 and kind in ("email", "phone"):
        val = v(kind)
        scheme = "mailto:" if kind == "email" else "tel:"
        if kind == "phone":
            val = (T["phone"], val[1].replace(" ", "").replace("(0)", "").replace("/", "").replace(".", "-"))
        parts = [R.choice(["Reach us via ", "Contact: ", "- "]), "[", R.choice(["write", "here", "call us", "contact"]),
                 "](", scheme, val, ")", R.choice([".", "", " for help."])]
    elif s == 1:
        parts = [R.choice(["The failing value was ", "Set ", "Use "]), "`", v(kind), "`",
                 R.choice([" as the %s." % word(kind).lower(), " (%s)." % word(kind).lower(), ""])]
        if R.random() < 0.5:
            parts = ["%s: `" % word(kind)] + [parts[2]] + ["`"]
    elif s == 2:
        al = R.choice([":---", ":---:", "---:", ":--"])
        rows = []
        n = R.randint(2, 4)
        for i in range(n):
            rows += ["| %d | " % (i + 1), v(kind), " |\n"]
        parts = ["| # | %s |\n| --: | %s |\n" % (word(kind), al)] + rows
    elif s == 3:
        parts = [R.choice(["> ", "> > ", ">"]), "%s: " % word(kind), v(kind), "\n> thanks"]
    else:
        parts = ["> On Monday you wrote:\n> my %s is " % word(kind).lower(), v(kind), R.choice(["", ".", " \u2014 ok?"])]
    emit("md_" + ["link", "code", "table_align", "quote", "quote"][s], parts)

# ---- 2. HTML / XML ------------------------------------------------------------------------------
for _ in range(70):
    kind = R.choice(KINDS)
    s = R.randint(0, 4)
    if s == 0:
        if kind == "email":
            parts = ['<a href="mailto:', v(kind), '">mail</a>']
        else:
            parts = ['<input name="%s" value="' % key(kind), v(kind), '"/>']
    elif s == 1:
        parts = ["<tr><td>%s</td><td>" % word(kind), v(kind), "</td></tr>"]
    elif s == 2:
        parts = ["%s:<br>" % word(kind), v(kind), R.choice(["<br/>", "<br>\n", ""])]
    elif s == 3:
        parts = ["<!-- %s ", v(kind), " -->"]
        parts[0] = parts[0] % word(kind).lower()
    else:
        tag = key(kind)
        parts = ["<customer><%s>" % tag, v(kind), "</%s></customer>" % tag]
    emit("html_" + ["attr", "td", "br", "comment", "xml"][s], parts)
# values split by <br> between groups (a PDF or table cell wrapped to HTML)
for _ in range(16):
    kind = R.choice(["card", "iban", "phone"])
    if kind == "card":
        d = card_digits()
        val = "<br>".join(d[i:i + 4] for i in range(0, len(d), 4))
    elif kind == "iban":
        val = "<br>".join(g["fmt_iban"](g["iban"](), "space").split(" "))
    else:
        a, e, n = g["nanp"]()
        val = "(%s) %s-<br>%s" % (a, e, n)
    emit("html_br_groups", ["<td>%s<br>" % word(kind), (T[kind], val), "</td>"])

# ---- 3. LaTeX -----------------------------------------------------------------------------------
for _ in range(30):
    kind = R.choice(KINDS)
    s = R.randint(0, 2)
    if s == 0:
        parts = ["%s: \\texttt{" % word(kind), v(kind), "}"]
    elif s == 1:
        parts = ["Name & X \\\\\n%s & " % word(kind), v(kind), " \\\\\n\\hline"]
    else:
        if kind == "email":
            e = email()
            parts = ["\\href{mailto:", (T["email"], e), "}{", (T["email"], e), "}"]
        else:
            parts = ["\\item %s: " % word(kind), v(kind), " \\\\"]
    emit("latex", parts)

# ---- 4. source code -----------------------------------------------------------------------------
for _ in range(110):
    kind = R.choice(KINDS)
    s = R.randint(0, 8)
    k = key(kind)
    if s == 0:  # string concatenation across groups
        if kind == "card":
            d = card_digits()
            a, b = d[:4], " ".join(d[i:i + 4] for i in range(4, len(d), 4))
            q = R.choice(['"', "'"])
            val = a + " " + q + " + " + q + b
            parts = ["card = ", q, (T["card"], val), q, ";"]
        elif kind == "iban":
            ib = g["iban"]()
            q = R.choice(['"', "'"])
            parts = ["iban = ", q, (T["iban"], ib[:8] + q + " + " + q + ib[8:]), q]
        else:
            parts = ['msg = "%s: " + "' % word(kind), v(kind), '" + "\\n";']
    elif s == 1:
        parts = ['static const char *%s = "' % k.lower(), v(kind), '";']
    elif s == 2:
        q = R.choice(["'", '"'])
        parts = ["%s = %s" % (k, q), v(kind), q]
    elif s == 3:
        parts = ["const %s = `" % k, v(kind), "`;"]
    elif s == 4:
        parts = ["INSERT INTO customers (id, %s) VALUES (%d, '" % (k.lower(), R.randint(1, 999)), v(kind), "');"]
    elif s == 5:
        parts = [R.choice(["// ", "# ", "-- ", "/* "]) + "%s for testing: " % word(kind).lower(), v(kind),
                 R.choice(["", " */", " (remove before commit)"])]
    elif s == 6:
        parts = ['print(f"%s: {\'' % word(kind), v(kind), "'}\")"]
    elif s == 7:
        parts = ['printf("%s=%%s\\n", "' % k, v(kind), '");']
    else:
        parts = ['logger.info("%s %%s", "' % word(kind).lower(), v(kind), '")']
    emit("code_" + ["concat", "c_literal", "py_literal", "js_template", "sql", "comment", "fstring", "printf",
                    "log_call"][s], parts)

# ---- 5. shell -----------------------------------------------------------------------------------
for _ in range(50):
    kind = R.choice(KINDS)
    s = R.randint(0, 3)
    if s == 0:
        k = key(kind).upper()
        q = R.choice(["", '"', "'"])
        parts = ["export %s=%s" % (k, q), v(kind), q]
    elif s == 1:
        parts = ["curl -X POST https://api.example.com/v1/users -d '%s=" % key(kind), v(kind), "&plan=pro'"]
    elif s == 2:
        parts = ["curl -s -H 'Content-Type: application/json' -d '{\"%s\": \"" % key(kind), v(kind), "\"}' localhost:8080/x"]
    else:
        parts = ["cat <<EOF > user.yaml\n%s: " % key(kind), v(kind), "\nEOF"]
    emit("shell_" + ["export", "curl_form", "curl_json", "heredoc"][s], parts)

# ---- 6. diff hunks ------------------------------------------------------------------------------
for _ in range(30):
    kind = R.choice(KINDS)
    k = key(kind)
    parts = ["@@ -%d,3 +%d,3 @@\n " % (R.randint(1, 90), R.randint(1, 90)), "name: test\n-%s: " % k, v(kind),
             "\n+%s: " % k, v(kind), "\n"]
    emit("diff", parts)

# ---- 7. logs with ANSI colour codes -------------------------------------------------------------
ESC = "\x1b"
for _ in range(40):
    kind = R.choice(KINDS)
    s = R.randint(0, 2)
    c = R.choice(["[32m", "[1;31m", "[33m", "[36m"])
    if s == 0:  # colour around the label, value plain
        parts = [ESC + "[2m2024-05-01 10:00:00" + ESC + "[0m INFO " + ESC + c + "%s=" % key(kind) + ESC + "[0m", v(kind)]
    elif s == 1:  # colour around the value
        parts = ["WARN %s=" % key(kind) + ESC + c, v(kind), ESC + "[0m"]
    else:  # colour codes between digit groups (a highlighter marking a match)
        if kind in ("card", "phone", "ssn"):
            if kind == "card":
                d = card_digits()
                gr = [d[i:i + 4] for i in range(0, len(d), 4)]
            elif kind == "ssn":
                gr = ssn().replace(" ", "-").split("-")
            else:
                a, e, n = g["nanp"]()
                gr = [a, e, n]
            sep = R.choice([" ", "-"])
            val = (ESC + c) + gr[0] + (ESC + "[0m") + sep + sep.join(gr[1:])
            parts = ["match %s: " % word(kind).lower(), (T[kind], val)]
        else:
            parts = ["match %s: " % word(kind).lower() + ESC + c, v(kind), ESC + "[0m"]
    emit("ansi_log", parts)

# ---- 8. JSON inside JSON strings ----------------------------------------------------------------
for _ in range(40):
    kind = R.choice(KINDS)
    s = R.randint(0, 1)
    val = VALUE[kind]()
    if s == 0:
        parts = ['{"event": "signup", "payload": "{\\"%s\\": \\"' % key(kind), (T[kind], val), '\\"}"}']
    else:
        parts = ['"body": "{\\\\\\"%s\\\\\\": \\\\\\"' % key(kind), (T[kind], val), '\\\\\\"}"']
    emit("json_in_json", parts)

# ---- 9. base64 of small JSON (the span is the whole blob, typed by what it holds) ----------------
for _ in range(20):
    kind = R.choice(["email", "phone", "ssn", "card", "iban"])
    val = VALUE[kind]()
    blob = base64.b64encode(json.dumps({key(kind): val}).encode()).decode()
    parts = [R.choice(["state=", "Authorization data: ", "cookie: session="]), (T[kind], blob)]
    emit("base64_json", parts, b64=True)

# ---- 10. URL paths and fragments ----------------------------------------------------------------
for _ in range(40):
    kind = R.choice(["email", "phone", "ssn", "card", "iban"])
    val = VALUE[kind]().replace(" ", "")
    if kind == "phone":
        val = val.replace("(0)", "").replace("/", "").replace("(", "").replace(")", "")
    s = R.randint(0, 2)
    if s == 0:
        parts = ["GET https://crm.example.com/api/%s/" % R.choice(["customers", "users", "lookup"]), (T[kind], val), "/profile"]
    elif s == 1:
        parts = ["https://app.example.com/settings#%s=" % key(kind), (T[kind], val)]
    else:
        parts = ["https://example.com/%s/" % key(kind), (T[kind], val), "?ref=mail"]
    emit("url_path", parts)

# ---- 11. bidi marks, zero-width joiners ----------------------------------------------------------
for _ in range(40):
    kind = R.choice(["email", "phone", "ssn", "card", "iban"])
    val = VALUE[kind]()
    mark = R.choice(["\u200f", "\u200e", "\u200d", "\u2066", "\u2069"])
    s = R.randint(0, 2)
    if s == 0:  # mark around the value
        parts = ["%s: " % word(kind) + mark, (T[kind], val), mark]
    elif s == 1:  # mark inside, between groups or characters
        i = R.randint(2, len(val) - 2)
        parts = ["%s: " % word(kind), (T[kind], val[:i] + mark + val[i:])]
    else:  # RTL text around
        parts = ["\u0627\u0644\u0647\u0627\u062a\u0641: \u200e", (T[kind], val), "\u200f \u0634\u0643\u0631\u0627"]
    emit("bidi", parts)

# ---- 12. full-width and Arabic-Indic digits -----------------------------------------------------
for _ in range(30):
    kind = R.choice(["phone", "ssn", "card"])
    val = VALUE[kind]()
    zero = R.choice([0xFF10, 0x0660, 0x06F0])
    val = "".join(chr(zero + int(c)) if c.isdigit() else c for c in val)
    emit("digits_script", ["%s: " % word(kind), (T[kind], val)])

# ---- 13. odd group separators ---------------------------------------------------------------------
for _ in range(50):
    kind = R.choice(["phone", "ssn", "card", "iban"])
    sep = R.choice(["\u00b7", "/", "_", "|", "\u2009", "\u202f", " / ", " | "])
    if kind == "card":
        d = card_digits()
        val = sep.join(d[i:i + 4] for i in range(0, len(d), 4))
    elif kind == "iban":
        val = sep.join(g["fmt_iban"](g["iban"](), "space").split(" "))
    elif kind == "ssn":
        val = sep.join(g["ssn"]())
    else:
        a, e, n = g["nanp"]()
        val = sep.join(R.choice([[a, e, n], ["+1", a, e, n]]))
    emit("separator", ["%s: " % word(kind), (T[kind], val)])

# ---- 14. lists of every kind --------------------------------------------------------------------
for _ in range(60):
    kind = R.choice(["phone", "ssn", "card", "email", "iban", "ip"])
    n = R.randint(2, 4)
    s = R.randint(0, 3)
    items = [v(kind) for _ in range(n)]
    plural = key(kind) + "s"
    out = []
    if s == 0:
        q = R.choice(["'", '"'])
        out = ["%s = [" % plural]
        for i, it in enumerate(items):
            out += ([", "] if i else []) + [q, it, q]
        out += ["]"]
    elif s == 1:
        out = ["SELECT * FROM customers WHERE %s IN (" % key(kind)]
        for i, it in enumerate(items):
            out += ([", "] if i else []) + ["'", it, "'"]
        out += [");"]
    elif s == 2:
        out = ["%s: [" % plural]
        for i, it in enumerate(items):
            out += ([", "] if i else []) + [it]
        out += ["]"]
    else:
        out = ["id\t%s\tcreated\n" % key(kind)]
        for i, it in enumerate(items):
            out += ["%d\t" % (i + 1), it, "\t2024-0%d-1%d\n" % (R.randint(1, 9), R.randint(0, 9))]
    emit("list_" + ["python", "sql_in", "yaml_flow", "tsv"][s], out)

# ---- 15. URL credentials ------------------------------------------------------------------------
for _ in range(20):
    pw = password()
    scheme = R.choice(["postgres", "mysql", "redis", "mongodb+srv", "amqp", "https"])
    user = R.choice(["admin", "app", "svc_backup", "root"])
    host = R.choice(["db.internal", "10.0.3.4:5432", "cache.prod.example.com", "broker"])
    s = R.randint(0, 2)
    pre = R.choice(["DATABASE_URL=", "export DSN='", "  url: ", "conn = psycopg2.connect(\""])
    end = {"export DSN='": "'", "conn = psycopg2.connect(\"": "\")"}.get(pre, "")
    emit("url_credentials", [pre + "%s://%s:" % (scheme, user), (T["secret"], pw), "@%s/app" % host + end])

# ---- 16. look-alikes in the same shapes ---------------------------------------------------------
SHAPES = [
    lambda k, x: ["`%s`: `" % k, x, "`"],
    lambda k, x: ["| %s | " % k, x, " |"],
    lambda k, x: ["<td>%s</td><td>" % k, x, "</td>"],
    lambda k, x: ['<meta name="%s" content="' % k, x, '"/>'],
    lambda k, x: ["\\texttt{%s: " % k, x, "} \\\\"],
    lambda k, x: ['printf("%s=%%s\\n", "' % k, x, '");'],
    lambda k, x: ["export %s=" % k.upper(), x],
    lambda k, x: ["curl -d '%s=" % k, x, "' localhost:8080"],
    lambda k, x: ["-%s: " % k, x, "\n+%s: pending" % k],
    lambda k, x: [ESC + "[32m%s=" % k + ESC + "[0m", x],
    lambda k, x: ['"{\\"%s\\": \\"' % k, x, '\\"}"'],
    lambda k, x: ["https://example.com/%s/" % k, x, "/view"],
    lambda k, x: ["%s = ['" % k, x, "', '", x, "']"],
    lambda k, x: ["SELECT * FROM t WHERE %s IN (" % k, x, ")"],
    lambda k, x: ["%s: [" % k, x, "]"],
    lambda k, x: ["> %s: " % k, x],
    lambda k, x: ['f"{%s!r}" -> \'' % k, x, "'"],
]
for _ in range(240):
    k, x = lookalike()
    sh = R.choice(SHAPES)
    parts = sh(k, x)
    emit("neg_shapes", parts)

write_json(records)
