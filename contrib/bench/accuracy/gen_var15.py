#!/usr/bin/env python3
"""gen_var15.py: structured PII in placements and spellings var11/12/13 never had (stop 37).

var11 put values through separators, digit forms, entities, quoted-printable, obfuscated '@'s and a
few containers (a JSON key in the content, a Markdown cell, CSV, a URL path, a log line, YAML);
var12 and var13 split values over JSON arrays and wrapped them across lines. This corpus holds
the shapes none of them has, one shape per value, in each pack locale (en de fr nl es it pt):
- placements in the message: a code fence, an HTML attribute (`href="mailto:..."`, `tel:`), a
  percent-encoded query (`email=maria%40x.de`, `%2B49...`), a form-encoded body, vCard and iCal
  lines (`TEL;TYPE=cell:`, `ATTENDEE;CN=..:mailto:`), a quoted CSV field, SQL INSERT values, a
  quoted log value, a `data:` URI (plain and base64), JSON query text in a URL, a key path;
- placements in the request body (the `--bodies` mode builds them; the find-path corpus holds
  the text the body carries): the value as a JSON key of the body's `metadata`, OpenAI's `user`
  field, a tool call's escaped-JSON `arguments`, every character of the value `\\u`-escaped in
  the body, a value split over two messages;
- spellings: U+2012 figure dash, U+2212 minus, U+FF0D full-width hyphen, U+2024 and U+FF0E and
  U+3002 as dots, ZWNJ and BOM inside, combining marks, lower-case IBANs, IBANs in groups with
  tabs, upper-case e-mails, IDN domains and local parts, quoted local parts, plus-addressing,
  angle brackets and trailing punctuation, phone extensions (`x123`, `ext.`, `Durchwahl`),
  `00`/`011` prefixes, `+49 (0)`, IPv4 with a port or a CIDR suffix, IPv6;
- look-alikes (NEG_*) in the same shapes: order ids, tracking numbers, hashes, UUIDs, versions,
  timestamps, amounts, ISBNs, GTINs, coordinates.
Base64 outside a `data:` URI is left out: a base64 run cannot be told from the random tokens
of a request without decoding every one of them, and a model reads it back only when told to.

A record's metadata class is `TYPE:shape` (`neg:shape` for look-alikes).

    python3 gen_var15.py > data/var15.json            # the corpus (find path: anon_find)
    python3 gen_var15.py --bodies > /tmp/var15.jsonl   # each record as a chat request body
    bench_chatcheck /tmp/var15.jsonl > /tmp/var15.out
    python3 gen_var15.py --grade /tmp/var15.out        # leaks per (type, shape)

The grade reads every string of the masked body (keys too, escaped JSON inside strings parsed
again), decodes percent-encoding, HTML entities and base64 data URIs, and counts a value leaked
when six consecutive letters or digits of it (ASCII-folded) still stand there after the tokens
are taken out; a look-alike is hit when it lost any of its characters. Deterministic (fixed
seed); Python stdlib only.
"""
import base64
import html
import json
import os
import random
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
import gen_var11 as V  # noqa: E402

R = random.Random(20261204 + 15)
V.R = R  # var11's value makers draw from this corpus's own stream
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
LABEL = V.LABEL
digits = V.digits

records = []
BODY = []  # per record: None (the text is the user message) or a function of the text -> body

GIVEN = ["maria", "jonas", "lucie", "pieter", "javier", "giulia", "joao", "hannah", "brenwick",
         "taluvo", "serinda", "kovalen", "dumarek", "quillon", "vesterby", "orlaith"]
SUR = ["keller", "dupont", "bakker", "romero", "bianchi", "silva", "whitcombe", "lindqvist",
       "marovic", "tessaro", "brandl", "okonjo", "haverland", "ferrante", "nystrand"]
DOMAINS = ["posteo.de", "mailbox.org", "outlook.com", "orange.fr", "ziggo.nl", "telefonica.es",
           "libero.it", "sapo.pt", "gmx.at", "proton.me", "fastmail.com", "uni-bonn.de"]
IDN = ["bücher.de", "müller-bau.de", "café-lyon.fr", "españa-mail.es", "città.it", "ação.pt",
       "zürich-post.ch"]
IDN_LOCAL = ["müller", "jürgen.weiß", "françois", "josé.muñoz", "joão.simões", "björn", "élodie"]

PRE = {"en": "Here it is: ", "de": "Hier bitte: ", "fr": "Voici : ", "nl": "Hier is het: ",
       "es": "Aquí está: ", "it": "Ecco qui: ", "pt": "Aqui está: "}
TAIL = V.TAIL


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


def plain(kind, lg, value, shape, body=None):
    cap = V.NOUN[kind][lg]
    put(lg, cap[0].upper() + cap[1:] + " ", value, TAIL[lg], LABEL[kind], kind + ":" + shape, body)


def email_parts():
    lo = R.choice(GIVEN) + R.choice([".", "_", ""]) + R.choice(SUR)
    if R.random() < 0.3:
        lo += str(R.randint(2, 99))
    return lo, R.choice(DOMAINS)


def email():
    lo, ho = email_parts()
    return lo + "@" + ho


def value(kind, lg):
    """A value of kind as people write it."""
    if kind == "card":
        return " ".join(V.card()[1])
    if kind == "iban":
        return " ".join(V.iban()[1])
    if kind == "phone":
        return V.phone(lg)[0]
    if kind == "ssn":
        return V.ssn()[0]
    if kind == "email":
        return email()
    if kind == "ip":
        return ".".join(V.ipv4())
    return V.secret()


def ipv6():
    g = ["2a0%d" % R.randint(1, 9)] + ["%x" % R.getrandbits(16) for _ in range(7)]
    return ":".join(g)


KINDS = ["card", "iban", "phone", "ssn", "email", "ip", "secret"]
KEY = {"card": "card_number", "iban": "iban", "phone": "phone", "ssn": "ssn", "email": "email",
       "ip": "client_ip", "secret": "api_key"}

# ---- placements in the message --------------------------------------------------------------

for kind in KINDS:
    k = KEY[kind]
    for lg in LANGS:  # a code fence
        v = value(kind, lg)
        put(lg, PRE[lg] + "\n```json\n{\n  \"" + k + "\": \"", v, "\",\n  \"active\": true\n}\n```\n",
            LABEL[kind], kind + ":code_fence")
    for lg in LANGS:  # shell in a fence
        v = value(kind, lg)
        put(lg, "```bash\nexport " + k.upper() + "='", v, "'\n./sync.sh --dry-run\n```",
            LABEL[kind], kind + ":shell_export")
    for lg in LANGS:  # a quoted CSV field
        v = value(kind, lg)
        put(lg, '"id","name_hash","' + k + '","status"\n"' + digits(4) + '","' + "%08x" % R.getrandbits(32)
            + '","', v, '","open"\n', LABEL[kind], kind + ":csv_quoted")
    for lg in LANGS:  # SQL INSERT values
        v = value(kind, lg)
        put(lg, "INSERT INTO customers (id, " + k + ", created_at) VALUES (" + digits(5) + ", '", v,
            "', '2024-03-0" + str(R.randint(1, 9)) + "');", LABEL[kind], kind + ":sql_insert")
    for lg in LANGS:  # a quoted value in a key=value log line
        v = value(kind, lg)
        put(lg, "time=2024-10-0" + str(R.randint(1, 9)) + "T09:1" + str(R.randint(0, 9)) + ":00Z level=info "
            + k + '="', v, '" req_id=' + "%012x" % R.getrandbits(48), LABEL[kind], kind + ":log_quoted")
    for lg in LANGS:  # a key path
        v = value(kind, lg)
        put(lg, "jq '.accounts[\"", v, "\"].limits' dump.json", LABEL[kind], kind + ":key_path")
    for lg in LANGS:  # a form-encoded body
        v = value(kind, lg)
        enc = urllib.parse.quote_plus(v)
        put(lg, "POST /api/signup\nContent-Type: application/x-www-form-urlencoded\n\nname=X&" + k + "=",
            enc, "&consent=1", LABEL[kind], kind + ":form_encoded")
    for lg in LANGS:  # percent-encoded every reserved character (%20 for spaces)
        v = value(kind, lg)
        enc = urllib.parse.quote(v, safe="")
        put(lg, "GET https://crm.example-shop.eu/search?" + k + "=", enc, "&page=1", LABEL[kind],
            kind + ":query_pct")
    for lg in LANGS:  # JSON filter inside a URL query
        v = value(kind, lg)
        q = lambda x: urllib.parse.quote(x, safe="")  # noqa: E731
        put(lg, "GET /v2/contacts?filter=" + q('{"' + k + '": "'), q(v), q('"}') + "&limit=10",
            LABEL[kind], kind + ":query_json")
    for lg in LANGS:  # a data: URI, plain text
        v = value(kind, lg)
        enc = urllib.parse.quote(v, safe=":")
        put(lg, '<a href="data:text/plain;charset=utf-8,' + k + ":%20", enc, '">download</a>', LABEL[kind],
            kind + ":datauri_text")
    for lg in LANGS:  # a data: URI, base64
        v = value(kind, lg)
        enc = base64.b64encode((k + "=" + v + "\n").encode()).decode()
        put(lg, "![](data:text/plain;base64,", enc, ")", LABEL[kind], kind + ":datauri_b64")
    for lg in LANGS:  # HTML attribute
        v = value(kind, lg)
        put(lg, '<input type="text" name="' + k + '" value="', v, '" readonly>', LABEL[kind],
            kind + ":html_value_attr")

for lg in LANGS:
    v = email()
    put(lg, '<p>Kontakt: <a href="mailto:', v, '?subject=Rechnung">schreiben</a></p>', "EMAIL_ADDRESS",
        "email:href_mailto")
for lg in LANGS:
    v = V.phone(lg)[0].replace(" ", "")
    put(lg, '<a class="btn" href="tel:', v, '">Call</a>', "PHONE_NUMBER", "phone:href_tel")
for lg in LANGS:
    v = V.phone(lg)[0]
    put(lg, "BEGIN:VCARD\nVERSION:3.0\nFN:M. K.\nTEL;TYPE=cell:", v, "\nEND:VCARD", "PHONE_NUMBER",
        "phone:vcard_tel")
for lg in LANGS:
    v = email()
    put(lg, "BEGIN:VCARD\nVERSION:4.0\nEMAIL;TYPE=work:", v, "\nEND:VCARD", "EMAIL_ADDRESS",
        "email:vcard_email")
for lg in LANGS:
    v = email()
    put(lg, "BEGIN:VEVENT\nSUMMARY:Review\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:", v,
        "\nDTSTART:20250114T100000Z\nEND:VEVENT", "EMAIL_ADDRESS", "email:ical_attendee")
for lg in LANGS:
    v = V.phone(lg)[0].replace(" ", "")
    put(lg, "Send an SMS: <a href=\"sms:", v, "?body=hi\">text us</a>", "PHONE_NUMBER", "phone:href_sms")
for lg in LANGS:
    v = email()
    q = urllib.parse.quote(v, safe="")
    put(lg, "https://accounts.example-sso.com/login?login_hint=", q, "&prompt=consent", "EMAIL_ADDRESS",
        "email:login_hint")

# ---- placements in the request body ------------------------------------------------------------


def body_of(msgs, **extra):
    b = {"model": "gpt-4o-mini", "messages": msgs}
    b.update(extra)
    return json.dumps(b, ensure_ascii=False)


def sysmsg():
    return {"role": "system", "content": "You are a helpful assistant."}


def body_tool_args(text):
    """The text (a JSON object) as an assistant tool call's arguments, then the tool's answer."""
    return body_of([sysmsg(), {"role": "user", "content": "Update the record please."},
                    {"role": "assistant", "content": None, "tool_calls": [
                        {"id": "call_" + "a1b2c3d4", "type": "function",
                         "function": {"name": "update_contact", "arguments": text}}]},
                    {"role": "tool", "tool_call_id": "call_a1b2c3d4", "content": "ok"}])


def body_meta_key(text):
    """The value (the text's first word run in quotes) a key of the body's metadata."""
    v = json.loads(text)
    return body_of([sysmsg(), {"role": "user", "content": "Summarise my account."}],
                   metadata=v)


def body_user_field(text):
    return body_of([sysmsg(), {"role": "user", "content": "Hello!"}], user=text)


def esc_all(s):
    return "".join("\\u%04x" % ord(c) if ord(c) < 0x10000 else c for c in s)


def body_uall_factory(v):
    def f(text):
        b = body_of([sysmsg(), {"role": "user", "content": text}])
        enc = json.dumps(v, ensure_ascii=False)[1:-1]
        assert enc in b
        return b.replace(enc, esc_all(v), 1)
    return f


def body_split_factory(a, b):
    def f(text):
        return body_of([sysmsg(), {"role": "user", "content": a},
                        {"role": "user", "content": b}])
    return f


for kind in KINDS:
    k = KEY[kind]
    for lg in LANGS:  # tool call arguments: escaped JSON in a string
        v = value(kind, lg)
        pre = '{"contact_id": ' + digits(6) + ', "' + k + '": "'
        put(lg, pre, v, '"}', LABEL[kind], kind + ":tool_args", body_tool_args)
    for lg in LANGS:  # every character \u-escaped in the body
        v = value(kind, lg)
        plain(kind, lg, v, "body_uall", body_uall_factory(v))
    for lg in LANGS:  # the value a key of the body's metadata
        v = value(kind, lg)
        put(lg, '{"', v, '": "' + R.choice(["primary", "verified", "default"]) + '"}', LABEL[kind],
            kind + ":body_meta_key", body_meta_key)
    for lg in LANGS:  # split over two messages
        v = value(kind, lg)
        cut = len(v) // 2
        while v[cut - 1].isalnum() and v[cut].isalnum() and cut < len(v) - 2 and kind != "secret":
            cut += 1
        a, b = v[:cut], v[cut:]
        put(lg, "", a + "\n" + b, "", LABEL[kind], kind + ":split_messages",
            body_split_factory(a, b))
for lg in LANGS:
    put(lg, "", email(), "", "EMAIL_ADDRESS", "email:body_user_field", body_user_field)
for lg in LANGS:
    v = "%d.%d.%d.%d" % tuple(int(x) for x in V.ipv4())
    put(lg, '{"', v, '": {"role": "edge"}}', "IP_ADDRESS", "ip:body_meta_key_nested", body_meta_key)

# ---- spellings --------------------------------------------------------------------------------

DASHES = {"figdash": "\u2012", "minus": "\u2212", "fwhyphen": "\uff0d", "hyphen_bullet": "\u2043"}
for kind in ["card", "phone", "ssn", "iban"]:
    for dn, ch in DASHES.items():
        for lg in LANGS:
            v = value(kind, lg)
            if kind == "ssn":
                v = v.replace("-", ch)
            elif kind == "phone":
                head, rest = v.split(" ", 1)
                v = head + " " + rest.replace(" ", ch)
            else:
                v = v.replace(" ", ch)
            plain(kind, lg, v, "sep_" + dn)
    for iname, ch in [("zwnj", "\u200c"), ("bom", "\ufeff")]:
        for lg in LANGS:
            plain(kind, lg, V.inside(value(kind, lg), ch), "invis_" + iname)
    for lg in LANGS:  # a combining mark after a digit
        v = value(kind, lg)
        i = max(j for j, c in enumerate(v) if c.isdigit())
        plain(kind, lg, v[:i] + "\u0332" + v[i:], "combining")
for lg in LANGS:
    plain("iban", lg, value("iban", lg).lower(), "lower")
for lg in LANGS:
    plain("iban", lg, value("iban", lg).replace(" ", "\t"), "tabs")
for lg in LANGS:
    plain("iban", lg, value("iban", lg).lower().replace(" ", ""), "lower_compact")
for lg in LANGS:  # phone: 00 / 011 exit codes
    v = V.phone(lg)[0]
    v = ("011 " + v[1:]) if lg == "en" else "00" + v[1:]
    plain("phone", lg, v, "exit_code")
for lg in LANGS:  # (0) after the country code
    g = V.phone(lg)[1]
    plain("phone", lg, g[0] + " (0)" + " ".join(g[1:]), "paren_zero")
for lg in LANGS:
    ext = R.choice([" x", " ext. ", " ext ", " Durchwahl ", " poste ", " toestel ", " int. "])
    cap = V.NOUN["phone"][lg]
    put(lg, cap[0].upper() + cap[1:] + " ", V.phone(lg)[0], ext + str(R.randint(10, 999)) + TAIL[lg],
        "PHONE_NUMBER", "phone:extension")
for lg in LANGS:  # national trunk form, dashes and a slash
    g = V.phone(lg)[1]
    plain("phone", lg, "0" + g[1] + "/" + "-".join(g[2:]), "national_slash")
# e-mail spellings
for shape, f in [
    ("upper", lambda lo, ho: (lo + "@" + ho).upper()),
    ("plus", lambda lo, ho: lo + "+" + R.choice(["news", "shop", "2024", "tax"]) + "@" + ho),
    ("quoted_local", lambda lo, ho: '"' + lo.replace(".", " ") + '"@' + ho),
    ("idn_domain", lambda lo, ho: lo + "@" + R.choice(IDN)),
    ("idn_local", lambda lo, ho: R.choice(IDN_LOCAL) + "@" + ho),
    ("dot2024", lambda lo, ho: lo + "@" + ho.replace(".", "\u2024")),
    ("dot_ff0e", lambda lo, ho: lo + "@" + ho.replace(".", "\uff0e")),
    ("dot_3002", lambda lo, ho: lo + "@" + ho.replace(".", "\u3002")),
    ("zwnj", lambda lo, ho: V.inside(lo, "\u200c") + "@" + ho),
    ("bom", lambda lo, ho: lo + "\ufeff@" + ho),
    ("small_at", lambda lo, ho: lo + "\ufe6b" + ho),
    ("subdomain", lambda lo, ho: lo + "@mail." + R.choice(["corp", "eu", "intra"]) + "." + ho),
]:
    for lg in LANGS:
        lo, ho = email_parts()
        plain("email", lg, f(lo, ho), shape)
for lg in LANGS:
    plain_v = email()
    put(lg, V.NOUN["email"][lg].capitalize() + " <", plain_v, ">.", "EMAIL_ADDRESS", "email:angle")
for lg in LANGS:
    plain_v = email()
    put(lg, V.NOUN["email"][lg].capitalize() + " (", plain_v, ")!", "EMAIL_ADDRESS", "email:paren_punct")
# IP spellings
for shape, f in [
    ("port", lambda o: ":" + str(R.choice([22, 443, 8080, 5432]))),
    ("cidr", lambda o: "/" + str(R.choice([24, 28, 32]))),
    ("dot2024", lambda o: "\u2024".join(o)),
    ("dot_ff0e", lambda o: "\uff0e".join(o)),
    ("url", lambda o: ":8080/admin"),
    ("xff", lambda o: ".".join(o)),
]:
    for lg in LANGS:
        o = V.ipv4()
        cap = V.NOUN["ip"][lg]
        cap = cap[0].upper() + cap[1:] + " "
        if shape == "xff":
            v = ".".join(o)
            t = "X-Forwarded-For: " + v + ", 10.0.0.7"  # a private hop is an address too
            rec(t, [{"entity_type": "IP_ADDRESS", "entity_value": v, "start_position": 17,
                     "end_position": 17 + len(v)},
                    {"entity_type": "IP_ADDRESS", "entity_value": "10.0.0.7",
                     "start_position": len(t) - 8, "end_position": len(t)}], "ip:xff", lg)
        elif shape in ("port", "cidr", "url"):  # the span is the address, its suffix stays
            put(lg, cap + ("http://" if shape == "url" else ""), ".".join(o), f(o) + TAIL[lg],
                "IP_ADDRESS", "ip:" + shape)
        else:
            plain("ip", lg, f(o), shape)
for lg in LANGS:
    plain("ip", lg, ipv6(), "ipv6_full")
for lg in LANGS:
    g = ipv6().split(":")
    plain("ip", lg, ":".join(g[:3]) + "::" + ":".join(g[6:]), "ipv6_compressed")
# secrets
for shape, f in [
    ("bearer", lambda s: s),
    ("zwnj", lambda s: V.inside(s, "\u200c")),
    ("quoted_env", lambda s: s),
]:
    for lg in LANGS:
        s = V.secret()
        if shape == "bearer":
            put(lg, "curl -H 'Authorization: Bearer ", s, "' https://api.example.com/v1/me", "SECRET",
                "secret:bearer")
        elif shape == "quoted_env":
            put(lg, ".env:\nDATABASE_URL=postgres://db/app\nAPI_TOKEN=\"", s, "\"\nDEBUG=0", "SECRET",
                "secret:dotenv")
        else:
            plain("secret", lg, f(s), shape)

# ---- look-alikes ------------------------------------------------------------------------------


def neg(lg, label, v, shape, pre, post, body=None):
    put(lg, pre, v, post, label, "neg:" + shape, body)


def not_luhn(n):
    while True:
        d = str(R.randint(1, 9)) + digits(n - 1)
        if V.luhn_complete(d[:-1]) != d:
            return d


def gtin13():
    d = str(R.randint(4, 9)) + digits(11)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def uuid():
    return "%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12),
                                           R.getrandbits(12), R.getrandbits(48))


for lg in LANGS:
    o = not_luhn(16)
    og = " ".join(o[i:i + 4] for i in range(0, 16, 4))
    neg(lg, "NEG_ORDER", og, "order_code_fence", "```json\n{\"order_id\": \"", "\"}\n```")
    neg(lg, "NEG_ORDER", urllib.parse.quote(og, safe=""), "order_query_pct", "GET /orders?order=", "&x=1")
    neg(lg, "NEG_ORDER", og.replace(" ", "\u2012"), "order_figdash", "Order ", " shipped.")
    neg(lg, "NEG_ORDER", o, "order_tool_args", '{"order_id": "', '", "qty": 2}', body_tool_args)
    neg(lg, "NEG_ORDER", o, "order_body_uall", "Order ", " shipped.", body_uall_factory(o))
    u = uuid()
    neg(lg, "NEG_UUID", u, "uuid_meta_key", '{"', '": "trace"}', body_meta_key)
    neg(lg, "NEG_UUID", u.upper(), "uuid_upper_sql", "INSERT INTO t (id) VALUES ('", "');")
    h = "%064x" % R.getrandbits(256)
    neg(lg, "NEG_HASH", h, "sha256_log_quoted", 'level=info sha256="', '" ok')
    neg(lg, "NEG_HASH", h[:40], "sha1_csv_quoted", '"commit","' , '","main"\n')
    ver = "%d.%d.%d" % (R.randint(1, 19), R.randint(0, 40), R.randint(0, 99))
    neg(lg, "NEG_VERSION", ver.replace(".", "\u2024"), "version_2024", "Version ", " released.")
    neg(lg, "NEG_VERSION", "\uff0e".join(ver.split(".")) + "\uff0e" + str(R.randint(1, 99)), "version_ff0e",
        "Release ", " is out.")
    ts = "2024%s%02d%s%02d" % ("\u2012", R.randint(1, 12), "\u2012", R.randint(1, 28))
    neg(lg, "NEG_DATE", ts, "date_figdash", "Stand: ", ".")
    neg(lg, "NEG_TIMESTAMP", "17" + digits(11), "epoch_form", "POST /x\n\nts=", "&sig=ok")
    amt = "%d\u202f%03d,%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99))
    neg(lg, "NEG_PRICE", "amount=" + urllib.parse.quote(amt, safe=""), "amount_form", "POST /pay\n\n", "&cur=EUR")
    isbn = "978" + str(R.randint(0, 1)) + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(isbn))
    isbn += str((10 - s % 10) % 10)
    neg(lg, "NEG_ISBN", "ISBN\u00a0" + "\u2011".join([isbn[:3], isbn[3], isbn[4:8], isbn[8:12], isbn[12]]),
        "isbn_nbh", "Siehe ", ".")
    g = gtin13()
    neg(lg, "NEG_GTIN", g, "gtin_sql", "INSERT INTO products (gtin) VALUES ('", "');")
    neg(lg, "NEG_GTIN", g, "gtin_query", "GET /p?gtin=", "&store=12")
    neg(lg, "NEG_TRACKING", "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "ups_vcard", "BEGIN:VCARD\nNOTE:tracking ", "\nEND:VCARD")
    neg(lg, "NEG_COORD", "%.5f,%.5f" % (R.uniform(36, 60), R.uniform(-9, 25)), "geo_uri", "<a href=\"geo:",
        "\">map</a>")
    neg(lg, "NEG_COORD", "%.4f\u2212%.4f" % (R.uniform(36, 60), R.uniform(1, 25)), "coord_minus", "pos ", " ok")
    neg(lg, "NEG_EMAILISH", "@" + R.choice(SUR) + "+" + R.choice(["bot", "ci"]), "mention_plus", "ping ",
        " on the PR")
    neg(lg, "NEG_EMAILISH", "git@github.com:" + R.choice(SUR) + "/app.git", "git_remote", "git clone ", "")
    neg(lg, "NEG_EMAILISH", R.choice(["lodash", "react", "@babel/core"]) + "@" + ver, "npm_at_version",
        "npm i ", " --save")


# ---- modes ------------------------------------------------------------------------------------


def body(i, r):
    f = BODY[i]
    if f is None:
        return body_of([sysmsg(), {"role": "user", "content": r["full_text"]}])
    return f(r["full_text"])


TOKEN = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
B64 = re.compile(r"base64,([A-Za-z0-9+/=]+)")


def strings(o, out):
    """Every string of a JSON value, keys too; a string that is JSON text is read again."""
    if isinstance(o, dict):
        for k, v in o.items():
            strings(k, out)
            strings(v, out)
    elif isinstance(o, list):
        for v in o:
            strings(v, out)
    elif isinstance(o, str):
        out.append(o)
        if o[:1] in "{[":
            try:
                strings(json.loads(o), out)
            except ValueError:
                pass


def decode(s):
    for m in B64.finditer(s):
        try:
            s += " " + base64.b64decode(m.group(1) + "==").decode("utf-8", "replace")
        except ValueError:
            pass
    s = html.unescape(s)
    return s + " " + urllib.parse.unquote_plus(s) + " " + urllib.parse.unquote(s)


def left_of(out_line):
    try:
        o = json.loads(out_line)
    except ValueError:
        return V.fold(TOKEN.sub(" ", decode(out_line)))
    ss = []
    strings({k: v for k, v in o.items() if k != "model"}, ss)
    # the system instruction hush adds is not the user's text
    return " ".join(V.fold(TOKEN.sub(" ", decode(x))) for x in ss)


def grade(path):
    outs = V.chatcheck_outputs(path)
    assert len(outs) == len(records), (len(outs), len(records))
    per = {}
    for r, o in zip(records, outs):
        left = left_of(o)
        for s in r["spans"]:
            key = r["metadata"]["class"]
            k = per.setdefault(key, [0, 0])
            k[0] += 1
            ev = s["entity_value"]
            if s["entity_type"].startswith("NEG_"):
                k[1] += V.fold(decode(ev).split(" ")[0] if "%" in ev else ev) not in left
                continue
            ev = urllib.parse.unquote_plus(ev) if "%" in ev or "+" in ev and ":form" in key else ev
            if key.endswith("datauri_b64"):  # "key=value\n": the value only
                ev = base64.b64decode(ev).decode().split("=", 1)[1].strip()
            if s["entity_type"] == "EMAIL_ADDRESS" or "@" in ev and key.startswith("email"):
                ev = re.split(r"@|\ufe6b", ev)[0] or ev
            v = V.fold(ev)
            if key.endswith("split_messages"):  # each half is judged on its own
                parts = [V.fold(p) for p in ev.split("\n")]
            else:
                parts = [v]
            bad = False
            for p in parts:
                w = min(6, len(p))
                bad |= any(p[j:j + w] in left for j in range(0, len(p) - w + 1))
            k[1] += bad
    V.leak_table(per, "type:shape")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--bodies":
        for i, r in enumerate(records):
            sys.stdout.write(body(i, r) + "\n")
    elif len(sys.argv) > 2 and sys.argv[1] == "--grade":
        grade(sys.argv[2])
    else:
        write_json(records)
