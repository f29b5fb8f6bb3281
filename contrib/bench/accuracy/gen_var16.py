#!/usr/bin/env python3
"""gen_var16.py: structured PII in serialisations and pastes var11/12/13/15 never had (stop 38).

var11 (separators, digit forms, entities, quoted-printable, obfuscated '@'s, a few containers),
var12/var13 (splits over JSON arrays, wraps across lines) and var15 (code fences, HTML
attributes, vCard/iCal, URL queries, data: URIs, SQL, key paths, odd dots and dashes, combining
marks, tabs, body placements) left these shapes out; this corpus holds them, one shape per
value, in each pack locale (en de fr nl es it pt):
- how tools serialise a record: the value as a JSON number (`"card": 4539148803436467`, a phone
  without its '+'), a CSV cell with Excel's leading `'`, a pandas/R printout column, Python
  `repr()` of a dict (single quotes), a Go `%#v` struct dump (`Email:"..."`), protobuf text
  format, a Java `toString()` (`User{email=..., phone=...}`), a Python traceback's argument
  list, XML with CDATA, an HTTP header dump (`X-User-Email:`, `X-Real-IP:`, `Cookie:` with a
  percent-encoded e-mail), `curl -v` request lines, a mail header folded over two lines, a
  multipart form part, an e-mail as a URL path segment (plain and `%40`);
- how people paste: Markdown emphasis or inline code around the first group (`**4539** 1488
  ...`), HTML tags around a group (`<span>+49</span> 170 ...`), a CRLF or an indented line
  break between groups (a terminal or a PDF), LRM/RLM and bidi isolates inside, Devanagari,
  Persian, mathematical bold, circled digits, a phone in words (every locale's digit words),
  '@' and '.' as words (`[at]`/`[dot]`, `(at)` with real dots, `klammeraffe`, `punkt`, `point`,
  `punto`, `ponto`), an IBAN whose country code and check digits are split apart;
- look-alikes (NEG_*) in the same shapes: order and invoice ids, EAN-13s that pass Luhn, epoch
  timestamps and amounts as JSON numbers, hashes and UUIDs in struct dumps, versions in
  protobuf, tracking numbers in CDATA, coordinates in repr(), a vanity number (`0800-FLOWERS`, a
  business line: not a person's data).
Left out on purpose: a spreadsheet's scientific notation (`4.53915E+15` keeps six digits of the
card, the number cannot be read back from it) and JWT payloads (base64url JSON: a signed token
is a credential as a whole; decoding every `eyJ` run to mask inside it would break the
signature the upstream checks, so the token is the secret detector's matter, not this corpus').

A record's metadata class is `TYPE:shape` (`neg:shape` for look-alikes).

    python3 gen_var16.py > data/var16.json            # the corpus (find path: anon_find)
    python3 gen_var16.py --bodies > /tmp/var16.jsonl   # each record as a chat request body
    bench_chatcheck /tmp/var16.jsonl > /tmp/var16.out
    python3 gen_var16.py --grade /tmp/var16.out        # leaks per (type, shape)

The grade is var15's: every string of the masked body (keys too, JSON inside strings parsed
again), percent-encoding, entities and base64 data URIs decoded, a value leaked when six
consecutive letters or digits of it (ASCII-folded, HTML tags taken out) still stand there after
the tokens are taken out; a look-alike is hit when it lost any of its characters.
Deterministic (fixed seed); Python stdlib only.
"""
import json
import os
import random
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
import gen_var11 as V  # noqa: E402
import gen_var15 as W  # noqa: E402

R = random.Random(20261204 + 16)
V.R = R  # the value makers of var11 and var15 draw from this corpus's own stream
W.R = R
LANGS = W.LANGS
LABEL = V.LABEL
TAIL = V.TAIL
digits = V.digits

records = []
BODY = []


def rec(text, spans, cls, lg, body=None):
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"], (text, s)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls}})
    BODY.append(body)


def put(lg, pre, value, post, label, cls, body=None):
    rec(pre + value + post, [{"entity_type": label, "entity_value": value,
                              "start_position": len(pre), "end_position": len(pre) + len(value)}],
        cls, lg, body)


def plain(kind, lg, value, shape):
    cap = V.NOUN[kind][lg]
    put(lg, cap[0].upper() + cap[1:] + " ", value, TAIL[lg], LABEL[kind], kind + ":" + shape)


def stored(kind, lg):
    """A value as a database stores it: cards and IBANs compact half the time."""
    v = W.value(kind, lg)
    if kind in ("card", "iban") and R.random() < 0.5:
        v = v.replace(" ", "")
    return v


def number(kind, lg):
    """A value as a JSON number: card digits, phone digits without '+', SSN digits."""
    if kind == "card":
        return V.card()[0]
    if kind == "phone":
        return "".join(V.phone(lg)[1]).lstrip("+")
    return "".join(V.ssn()[1])


KINDS = W.KINDS
KEY = W.KEY
CAMEL = {"card": "CardNumber", "iban": "Iban", "phone": "Phone", "ssn": "Ssn", "email": "Email",
         "ip": "RemoteAddr", "secret": "ApiKey"}
JAVA = {"card": "cardNumber", "iban": "iban", "phone": "phone", "ssn": "ssn", "email": "email",
        "ip": "remoteAddr", "secret": "apiKey"}
HDR = {"card": "X-Card-Number", "iban": "X-Iban", "phone": "X-Customer-Phone", "ssn": "X-Ssn",
       "email": "X-User-Email", "ip": "X-Real-IP", "secret": "X-Api-Key"}

# ---- serialisations -------------------------------------------------------------------------

for kind in ["card", "phone", "ssn"]:
    for lg in LANGS:  # a JSON number in the message
        v = number(kind, lg)
        put(lg, W.PRE[lg] + '{"id": ' + digits(5) + ', "' + KEY[kind] + '": ', v,
            ', "active": true}', LABEL[kind], kind + ":json_number")
    for lg in LANGS:  # a JSON number in a tool call's arguments
        v = number(kind, lg)
        put(lg, '{"contact_id": ' + digits(6) + ', "' + KEY[kind] + '": ', v, '}', LABEL[kind],
            kind + ":tool_args_number", W.body_tool_args)
    for lg in LANGS:  # pretty-printed JSON, number on its own line
        v = number(kind, lg)
        put(lg, '{\n  "customer": {\n    "id": ' + digits(4) + ',\n    "' + KEY[kind] + '": ', v,
            '\n  }\n}', LABEL[kind], kind + ":json_number_pretty")

for kind in KINDS:
    k = KEY[kind]
    for lg in LANGS:  # Excel's leading apostrophe in a CSV cell
        v = stored(kind, lg)
        put(lg, "id;name;" + k + ";status\n" + digits(3) + ";C-" + digits(4) + ";'", v, ";open\n",
            LABEL[kind], kind + ":excel_apos")
    for lg in LANGS:  # a pandas printout
        v = stored(kind, lg)
        put(lg, ">>> df.head(2)\n   id  " + k + "  status\n0  " + digits(2) + "  ", v,
            "  open\n1  " + digits(2) + "  NaN  closed\n", LABEL[kind], kind + ":pandas")
    for lg in LANGS:  # Python repr of a dict
        v = stored(kind, lg)
        put(lg, ">>> print(row)\n{'id': " + digits(4) + ", '" + k + "': '", v,
            "', 'status': 'open'}", LABEL[kind], kind + ":py_repr")
    for lg in LANGS:  # Go %#v
        v = stored(kind, lg)
        put(lg, "main.Customer{ID:" + digits(4) + ", " + CAMEL[kind] + ':"', v,
            '", Active:true}', LABEL[kind], kind + ":go_struct")
    for lg in LANGS:  # Go %+v (no quotes)
        v = stored(kind, lg).replace(" ", "")
        put(lg, "2024/11/05 10:21:11 upsert: {ID:" + digits(4) + " " + CAMEL[kind] + ":", v,
            " Active:true}", LABEL[kind], kind + ":go_plusv")
    for lg in LANGS:  # protobuf text format
        v = stored(kind, lg)
        put(lg, "customer {\n  id: " + digits(5) + "\n  " + k + ': "', v, '"\n  tier: GOLD\n}',
            LABEL[kind], kind + ":protobuf_text")
    for lg in LANGS:  # Java toString()
        v = stored(kind, lg)
        put(lg, "DEBUG CustomerService - saving Customer{id=" + digits(4) + ", " + JAVA[kind] + "=", v,
            ", active=true}", LABEL[kind], kind + ":java_tostring")
    for lg in LANGS:  # a Python traceback's call line
        v = stored(kind, lg)
        put(lg, "Traceback (most recent call last):\n  File \"billing.py\", line 88, in charge\n"
            "    gateway.submit(" + k + "='", v, "', amount=" + str(R.randint(5, 900)) + ")\n"
            "ValueError: rejected", LABEL[kind], kind + ":traceback_args")
    for lg in LANGS:  # XML CDATA
        v = stored(kind, lg)
        put(lg, "<customer id=\"" + digits(4) + "\"><" + k + "><![CDATA[", v, "]]></" + k
            + "></customer>", LABEL[kind], kind + ":xml_cdata")
    for lg in LANGS:  # an HTTP header in curl -v output
        v = stored(kind, lg)
        put(lg, "$ curl -v https://api.example-crm.io/v2/me\n> GET /v2/me HTTP/1.1\n"
            "> Host: api.example-crm.io\n> " + HDR[kind] + ": ", v, "\n> Accept: */*\n>\n< HTTP/1.1 200 OK",
            LABEL[kind], kind + ":curl_header")
    for lg in LANGS:  # a multipart form part
        v = stored(kind, lg)
        b = "----WebKitFormBoundary" + "".join(R.choice("ABCDEFGHabcdefgh0123456789") for _ in range(16))
        put(lg, "--" + b + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n", v,
            "\r\n--" + b + "--\r\n", LABEL[kind], kind + ":multipart")

for lg in LANGS:  # an e-mail in a cookie, percent-encoded
    v = urllib.parse.quote(W.email(), safe="")
    put(lg, "> Cookie: sid=" + "%016x" % R.getrandbits(64) + "; last_login=", v, "; theme=dark",
        "EMAIL_ADDRESS", "email:cookie_pct")
def span(label, text, value, at):
    return {"entity_type": label, "entity_value": value, "start_position": at,
            "end_position": at + len(value)}


for lg in LANGS:  # a folded mail header: the address on the continuation line (the name is PII)
    v = W.email()
    name = R.choice(W.GIVEN).capitalize() + " " + R.choice(W.SUR).capitalize()
    pre = "Received: by mx.example.net\nTo: \""
    t = pre + name + "\"\n <" + v + ">\nSubject: Rechnung"
    rec(t, [span("PERSON", t, name, len(pre)), span("EMAIL_ADDRESS", t, v, len(pre + name) + 4)],
        "email:mail_folded", lg)
for lg in LANGS:  # Reply-To folded with a tab
    v = W.email()
    put(lg, "Reply-To:\n\t", v, "\nX-Mailer: Thunderbird", "EMAIL_ADDRESS", "email:mail_folded_tab")
for lg in LANGS:  # an e-mail as a URL path segment
    v = W.email()
    put(lg, "GET https://api.example-crm.io/v2/users/", v, "/orders?limit=5", "EMAIL_ADDRESS",
        "email:url_path")
for lg in LANGS:
    v = urllib.parse.quote(W.email(), safe="")
    put(lg, "curl -s https://api.example-crm.io/v2/users/", v, "/profile", "EMAIL_ADDRESS",
        "email:url_path_pct")
for lg in LANGS:  # an IP in X-Forwarded-For of a header dump, after a proxy chain
    o = ".".join(V.ipv4())
    put(lg, "< HTTP/1.1 502 Bad Gateway\n< x-forwarded-for: ", o, "\n< via: 1.1 varnish", "IP_ADDRESS",
        "ip:header_lower")
for lg in LANGS:  # a phone in a mail signature folded by a client
    v = V.phone(lg)[0]
    t = "--\nMaria\nMobil:\n  " + v + "\nwww.example.de"
    rec(t, [span("PERSON", t, "Maria", 3), span("PHONE_NUMBER", t, v, 18)], "phone:signature_wrap", lg)

# ---- pastes ---------------------------------------------------------------------------------


def first_group(kind, lg, wrap):
    """A grouped value with its first group wrapped as wrap(group)."""
    g = V.grouped(kind, lg)
    sep = "-" if kind == "ssn" else " "
    return wrap(g[0]) + sep + sep.join(g[1:])


def mid_group(kind, lg, wrap):
    g = V.grouped(kind, lg)
    sep = "-" if kind == "ssn" else " "
    i = len(g) // 2
    return sep.join(g[:i]) + sep + wrap(g[i]) + sep + sep.join(g[i + 1:])


SPACED = ["card", "iban", "phone", "ssn"]
for kind in SPACED:
    for lg in LANGS:
        plain(kind, lg, first_group(kind, lg, lambda x: "**" + x + "**"), "md_bold_first")
    for lg in LANGS:
        plain(kind, lg, mid_group(kind, lg, lambda x: "`" + x + "`"), "md_code_mid")
    for lg in LANGS:
        plain(kind, lg, first_group(kind, lg, lambda x: "<span>" + x + "</span>"), "html_span_first")
    for lg in LANGS:
        plain(kind, lg, mid_group(kind, lg, lambda x: "<b>" + x + "</b>"), "html_b_mid")
    for lg in LANGS:  # CRLF between groups
        g = V.grouped(kind, lg)
        sep = "-" if kind == "ssn" else " "
        i = len(g) // 2
        plain(kind, lg, sep.join(g[:i]) + "\r\n" + sep.join(g[i:]), "wrap_crlf")
    for lg in LANGS:  # a terminal wrap with indentation
        g = V.grouped(kind, lg)
        sep = "-" if kind == "ssn" else " "
        i = len(g) // 2
        plain(kind, lg, sep.join(g[:i]) + "\n        " + sep.join(g[i:]), "wrap_indent")
    for mname, ch in [("lrm", "\u200e"), ("rlm", "\u200f"), ("lri", "\u2066")]:
        for lg in LANGS:
            v = " ".join(V.grouped(kind, lg)) if kind != "ssn" else "-".join(V.grouped(kind, lg))
            if mname == "lri":
                v = "\u2066" + V.inside(v, "\u2069\u2066") + "\u2069"
            else:
                v = V.inside(v, ch)
            plain(kind, lg, v, "bidi_" + mname)
    for form, base in [("devanagari", 0x0966), ("persian", 0x06F0), ("math_bold", 0x1D7CE),
                       ("math_mono", 0x1D7F6), ("bengali", 0x09E6)]:
        for lg in LANGS:
            v = " ".join(V.grouped(kind, lg)) if kind != "ssn" else "-".join(V.grouped(kind, lg))
            plain(kind, lg, "".join(chr(base + int(c)) if c in "0123456789" else c for c in v),
                  "digits_" + form)
    for lg in LANGS:  # circled digits (0 is U+24EA)
        v = " ".join(V.grouped(kind, lg)) if kind != "ssn" else "-".join(V.grouped(kind, lg))
        plain(kind, lg, "".join(("\u24ea" if c == "0" else chr(0x245F + int(c))) if c in "0123456789"
                                else c for c in v), "digits_circled")

WORDS = {"en": "zero one two three four five six seven eight nine",
         "de": "null eins zwei drei vier fünf sechs sieben acht neun",
         "fr": "zéro un deux trois quatre cinq six sept huit neuf",
         "nl": "nul een twee drie vier vijf zes zeven acht negen",
         "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
         "it": "zero uno due tre quattro cinque sei sette otto nove",
         "pt": "zero um dois três quatro cinco seis sete oito nove"}
for lg in LANGS:  # a phone in words (national form: trunk 0 then the number)
    g = V.phone(lg)[1]
    nat = ("" if lg == "en" else "0") + "".join(g[1:])
    w = WORDS[lg].split()
    plain("phone", lg, " ".join(w[int(c)] for c in nat), "words")
for lg in LANGS:  # an SSN in words, dashes kept
    g = V.ssn()[1]
    w = WORDS[lg].split()
    plain("ssn", lg, " - ".join(" ".join(w[int(c)] for c in x) for x in g), "words")

DOTW = {"en": "dot", "de": "punkt", "fr": "point", "nl": "punt", "es": "punto", "it": "punto",
        "pt": "ponto"}
for shape, f in [
    ("brackets", lambda lo, ho, lg: lo + " [at] " + ho.replace(".", " [dot] ")),
    ("brackets_tight", lambda lo, ho, lg: lo + "[at]" + ho.replace(".", "[dot]")),
    ("paren_realdot", lambda lo, ho, lg: lo + "(at)" + ho),
    ("angle_at", lambda lo, ho, lg: lo + " <at> " + ho.replace(".", " <dot> ")),
    ("klammeraffe", lambda lo, ho, lg: lo + " Klammeraffe " + ho.replace(".", " Punkt ")),
    ("at_dotword", lambda lo, ho, lg: lo + " at " + ho.replace(".", " " + DOTW[lg] + " ")),
    ("underscore_at", lambda lo, ho, lg: lo + "_at_" + ho.replace(".", "_dot_")),
    ("bidi_lrm", lambda lo, ho, lg: lo + "\u200e@\u200e" + ho),
    ("md_code_local", lambda lo, ho, lg: "`" + lo + "`@" + ho),
    ("html_span", lambda lo, ho, lg: "<span>" + lo + "</span>@<span>" + ho + "</span>"),
    ("md_link", lambda lo, ho, lg: "[" + lo + "@" + ho + "](mailto:" + lo + "@" + ho + ")"),
    ("crlf_wrap", lambda lo, ho, lg: lo + "@\r\n" + ho),
]:
    for lg in LANGS:
        lo, ho = W.email_parts()
        plain("email", lg, f(lo, ho, lg), shape)

for lg in LANGS:  # IBAN: country code and check digits split apart
    v = V.iban()[0]
    plain("iban", lg, v[:2] + " " + v[2:4] + " " + " ".join(v[4 + i:8 + i] for i in range(0, len(v) - 4, 4)),
          "cc_split")
for lg in LANGS:  # IBAN: every character spaced (read out)
    v = V.iban()[0]
    plain("iban", lg, " ".join(v), "char_spaced")
for lg in LANGS:  # IBAN: label glued (`IBAN:DE89...`)
    v = V.iban()[0]
    put(lg, "IBAN:", v, " BIC:" + R.choice(["COBADEFFXXX", "INGDDEFFXXX", "BNPAFRPPXXX"]), "IBAN_CODE",
        "iban:label_glued")

for shape, f in [
    ("bidi_lrm", lambda o: "\u200e" + ".".join(o) + "\u200e"),
    ("devanagari", lambda o: "".join(chr(0x0966 + int(c)) if c.isdigit() else c for c in ".".join(o))),
    ("math_bold", lambda o: "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in ".".join(o))),
    ("dot_word", lambda o: " dot ".join(o)),
    ("md_code", lambda o: "`" + ".".join(o) + "`"),
    ("leading_zeros", lambda o: ".".join("%03d" % int(x) for x in o)),
    ("mapped_v6", lambda o: "::ffff:" + ".".join(o)),
]:
    for lg in LANGS:
        plain("ip", lg, f(V.ipv4()), shape)

for shape, f in [
    ("md_bold", lambda s: "**" + s + "**"),
    ("html_code", lambda s: "<code>" + s + "</code>"),
    ("bidi_lrm", lambda s: V.inside(s, "\u200e")),
    ("wrap_crlf", lambda s: s[:len(s) // 2] + "\r\n" + s[len(s) // 2:]),
]:
    for lg in LANGS:
        s = V.secret()
        if shape in ("md_bold", "html_code"):
            cap = V.NOUN["secret"][lg]
            pre = cap[0].upper() + cap[1:] + " " + f("\x00").split("\x00")[0]
            put(lg, pre, s, f("\x00").split("\x00")[1] + TAIL[lg], "SECRET", "secret:" + shape)
        else:
            plain("secret", lg, f(s), shape)

# ---- look-alikes ------------------------------------------------------------------------------


def neg(lg, label, v, shape, pre, post, body=None):
    put(lg, pre, v, post, label, "neg:" + shape, body)


def luhn_ok(d):
    return V.luhn_complete(d[:-1]) == d


def ean13_luhn():
    """An EAN-13 whose digits also pass Luhn, first digit 5-9 (no 13-digit Visa)."""
    while True:
        d = str(R.randint(5, 9)) + digits(11)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
        d += str((10 - s % 10) % 10)
        if luhn_ok(d):
            return d


def hexs(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


for lg in LANGS:
    o = W.not_luhn(16)
    neg(lg, "NEG_ORDER", o, "order_json_number", '{"order_id": ', ', "qty": 2}')
    neg(lg, "NEG_ORDER", W.not_luhn(16), "order_tool_number", '{"order_id": ', '}', W.body_tool_args)
    neg(lg, "NEG_GTIN", ean13_luhn(), "ean_json_number", '{"sku": "A-' + digits(3) + '", "ean": ', '}')
    neg(lg, "NEG_GTIN", ean13_luhn(), "ean_pandas", "   sku   ean\n0  A-" + digits(3) + "  ", "\n")
    neg(lg, "NEG_TIMESTAMP", "17" + digits(11), "epoch_json_number", '{"created_ms": ', ', "ok": true}')
    neg(lg, "NEG_TIMESTAMP", "17" + digits(8), "epoch_go", "{ID:" + digits(3) + " CreatedAt:", " Ok:true}")
    neg(lg, "NEG_PRICE", "%d.%02d" % (R.randint(100, 99999), R.randint(0, 99)), "amount_repr",
        "{'total': ", ", 'currency': 'EUR'}")
    neg(lg, "NEG_INVOICE", "RE-" + str(R.randint(2019, 2025)) + "-" + digits(6), "invoice_cdata",
        "<invoice><![CDATA[", "]]></invoice>")
    neg(lg, "NEG_TRACKING", "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "tracking_multipart", "Content-Disposition: form-data; name=\"tracking\"\r\n\r\n", "\r\n--b--")
    neg(lg, "NEG_HASH", hexs(40), "sha1_go", 'main.Commit{SHA:"', '", Branch:"main"}')
    neg(lg, "NEG_UUID", W.uuid(), "uuid_java", "Order{id=", ", status=SHIPPED}")
    neg(lg, "NEG_VERSION", "%d.%d.%d" % (R.randint(1, 19), R.randint(0, 40), R.randint(0, 99)),
        "version_proto", 'build {\n  version: "', '"\n}')
    neg(lg, "NEG_COORD", "(%.6f, %.6f)" % (R.uniform(36, 60), R.uniform(-9, 25)), "coord_repr",
        "{'name': 'depot', 'pos': ", "}")
    neg(lg, "NEG_VANITY", R.choice(["0800-FLOWERS", "1-800-FLOWERS", "0800-PIZZA", "1-800-CONTACTS"]),
        "vanity", "Bestellungen: ", ".")
    neg(lg, "NEG_ORDER", "**" + digits(4) + "** " + digits(4), "order_md_bold", "Ticket ", " closed.")
    neg(lg, "NEG_SCI", "%.5fE+%d" % (R.uniform(1, 9.99), R.choice([11, 12, 15])), "sci_notation",
        "total;", ";EUR")
    neg(lg, "NEG_HEADER", "req-" + hexs(24), "request_id_header", "< x-request-id: ", "\n< server: nginx")


# ---- modes ------------------------------------------------------------------------------------

TAG = re.compile(r"</?[a-z]+>")


def grade(path):
    outs = V.chatcheck_outputs(path)
    assert len(outs) == len(records), (len(outs), len(records))
    per = {}
    for r, o in zip(records, outs):
        left = W.left_of(o)
        for s in r["spans"]:
            key = r["metadata"]["class"]
            if s["entity_type"] == "PERSON":  # a name beside the value: counted on its own
                key = "person:" + key.split(":")[1]
            k = per.setdefault(key, [0, 0])
            k[0] += 1
            ev = s["entity_value"]
            if s["entity_type"].startswith("NEG_"):
                k[1] += V.fold(ev) not in left
                continue
            ev = urllib.parse.unquote(ev)
            ev = TAG.sub("", ev)
            if s["entity_type"] == "EMAIL_ADDRESS":
                ev = re.split(r"@| \[at\] |\[at\]|\(at\)| <at> | Klammeraffe | at |_at_", ev)[0]
            p = V.fold(ev)
            w = min(6, len(p))
            k[1] += any(p[j:j + w] in left for j in range(0, len(p) - w + 1))
    V.leak_table(per, "type:shape")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--bodies":
        for i, r in enumerate(records):
            f = BODY[i]
            sys.stdout.write((f(r["full_text"]) if f else
                              W.body_of([W.sysmsg(), {"role": "user", "content": r["full_text"]}])) + "\n")
    elif len(sys.argv) > 2 and sys.argv[1] == "--grade":
        grade(sys.argv[2])
    else:
        write_json(records)
