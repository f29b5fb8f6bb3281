#!/usr/bin/env python3
"""gen_var11.py: a mutation corpus of structured identifiers (stop 33, branch var11).

Real-looking values of every structured type the default packs score (card, IBAN, phone in the
pack locales, US SSN, e-mail, IPv4/IPv6, API keys) are put through transforms hush was not
designed around, one transform per value, each in a plain sentence of one of the seven pack
locales (en de fr nl es it pt):
- separators between groups: U+00A0, U+202F, U+2009, U+2007, U+3000, U+00B7, U+2013, U+2010,
  U+2011, '/', '.', none, mixed space/dash;
- digits of other forms: full-width, Arabic-Indic, superscript;
- encodings a model reads through: HTML entities, percent-encoding in a query, `\\u0040` pasted
  as text, quoted-printable (`=40`, `=C2=A0`, a soft line break `=\\n`), backslash-escaped dots,
  defanged `[.]`;
- obfuscation: `maria at example dot com` without brackets, `(at)`/`(dot)`, `AT`/`DOT`, `{at}`,
  `@` with a spelled dot, a spelled `at` with real dots;
- placement: a card split over a JSON array, a value as a JSON key, a Markdown table cell, a CSV
  column, a URL path, a log line `user=..`, a YAML list item, a zero-width space, joiner or soft
  hyphen inside, a value wrapped by a line break;
- look-alikes in the same shapes that must stay (NEG_*): versions, order ids, UUIDs, hashes,
  timestamps, tracking numbers, build numbers, ISBNs, prices and counts with thin spaces.

A record's metadata class is `TYPE:transform` (`neg:transform` for look-alikes), so bench_accuracy
prints the find path's figures per (type, transform).

    python3 gen_var11.py > data/var11.json            # the corpus (find path: anon_find)
    python3 gen_var11.py --bodies > /tmp/var11.jsonl   # each record as a chat request body
    bench_chatcheck /tmp/var11.jsonl > /tmp/var11.out
    python3 gen_var11.py --grade /tmp/var11.out        # leaks per (type, transform) in the
                                                        # masked bodies (the rewrite path)

A value leaks in a masked body when six consecutive letters or digits of it (read in their ASCII
form: full-width and other digits folded, separators and encodings dropped) still stand in the
message after the tokens are taken out; a look-alike is hit when it lost any of its characters.
Deterministic (fixed seed); Python stdlib only.
"""
import json
import random
import re
import sys
import unicodedata

from gen_common import B62, write_json

R = random.Random(20261203 + 11)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
LABEL = {"card": "CREDIT_CARD", "iban": "IBAN_CODE", "phone": "PHONE_NUMBER", "ssn": "US_SSN",
         "email": "EMAIL_ADDRESS", "ip": "IP_ADDRESS", "secret": "SECRET"}

# ---- values ---------------------------------------------------------------------------------


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def card():
    """(digits, groups)"""
    k = R.choice(["visa", "visa", "mc", "mc2", "amex"])
    if k == "visa":
        d = luhn_complete("4" + digits(14))
    elif k == "mc":
        d = luhn_complete(str(R.randint(51, 55)) + digits(13))
    elif k == "mc2":
        d = luhn_complete(str(R.randint(2221, 2720)) + digits(11))
    else:
        d = luhn_complete(R.choice(["34", "37"]) + digits(12))
        return d, [d[:4], d[4:10], d[10:]]
    return d, [d[i:i + 4] for i in range(0, 16, 4)]


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "NL": "4a10n", "ES": "4n4n2n10n", "IT": "1a5n5n12c",
             "GB": "4a6n8n", "PT": "4n4n11n2n", "BE": "3n7n2n", "AT": "5n11n"}


def iban():
    cc = R.choice(sorted(IBAN_SPEC))
    bban = ""
    for n, kind in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789")
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    check = 98 - int(num) % 97
    v = cc + "%02d" % check + bban
    return v, [v[i:i + 4] for i in range(0, len(v), 4)]


def phone(lg):
    """(value as written with spaces, groups)"""
    if lg == "en":
        g = ["+1", str(R.randint(201, 989)), str(R.randint(201, 989)), digits(4)]
        while g[2] == "555":
            g[2] = str(R.randint(201, 989))
    elif lg == "de":
        g = ["+49", R.choice(["151", "160", "170", "176"]), digits(4), digits(4)]
    elif lg == "fr":
        g = ["+33", R.choice("67"), digits(2), digits(2), digits(2), digits(2)]
    elif lg == "nl":
        g = ["+31", "6", digits(4), digits(4)]
    elif lg == "es":
        g = ["+34", "6" + digits(2), digits(3), digits(3)]
    elif lg == "it":
        g = ["+39", "3" + digits(2), digits(3), digits(4)]
    else:
        g = ["+351", "9" + R.choice("1236") + digits(1), digits(3), digits(3)]
    return " ".join(g), g


def ssn():
    a = R.randint(1, 665)
    while a == 666:
        a = R.randint(1, 665)
    g = ["%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)]
    return "-".join(g), g


GIVEN = ["maria", "jonas", "lucie", "pieter", "javier", "giulia", "joao", "hannah", "okafor",
         "brenwick", "taluvo", "serinda", "kovalen", "dumarek", "quillon", "vesterby"]
SUR = ["keller", "dupont", "bakker", "romero", "bianchi", "silva", "whitcombe", "lindqvist",
       "marovic", "tessaro", "brandl", "okonjo", "haverland", "delacroix", "ferrante"]
DOMAINS = ["posteo.de", "mailbox.org", "outlook.com", "orange.fr", "ziggo.nl", "telefonica.es",
           "libero.it", "sapo.pt", "gmx.at", "proton.me", "fastmail.com", "uni-bonn.de"]


def email():
    local = R.choice(GIVEN) + R.choice([".", "_", ""]) + R.choice(SUR)
    if R.random() < 0.3:
        local += str(R.randint(2, 99))
    host = R.choice(DOMAINS)
    return local, host


def ipv4():
    while True:
        a = R.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return [str(a), str(R.randint(0, 255)), str(R.randint(0, 255)), str(R.randint(1, 254))]


def secret():
    k = R.choice(["openai", "github", "aws", "slack", "stripe"])
    if k == "openai":
        return "sk-proj-" + "".join(R.choice(B62) for _ in range(40))
    if k == "github":
        return "ghp_" + "".join(R.choice(B62) for _ in range(36))
    if k == "aws":
        return "AKIA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    if k == "slack":
        return "xoxb-" + digits(12) + "-" + digits(12) + "-" + "".join(R.choice(B62) for _ in range(24))
    return "sk_live_" + "".join(R.choice(B62) for _ in range(28))


# ---- transforms -------------------------------------------------------------------------------

SEPS = {"nbsp": "\u00a0", "nnbsp": "\u202f", "thin": "\u2009", "figure": "\u2007",
        "ideo": "\u3000", "middot": "\u00b7", "endash": "\u2013", "h2010": "\u2010",
        "h2011": "\u2011", "slash": "/", "dot": ".", "none": "", "underscore": "_"}


def digit_form(s, form):
    out = []
    for ch in s:
        if ch.isdigit() and ch in "0123456789":
            d = int(ch)
            if form == "fullwidth":
                ch = chr(0xFF10 + d)
            elif form == "arabic":
                ch = chr(0x0660 + d)
            elif form == "superscript":
                ch = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"[d]
        elif form == "fullwidth" and ch in "+-@.()":
            ch = chr(ord(ch) + 0xFEE0)
        out.append(ch)
    return "".join(out)


def join_groups(kind, groups, sep):
    """A grouped value with sep between its groups (a phone keeps its '+' code)."""
    return sep.join(groups)


INVIS = {"zwsp": "\u200b", "zwj": "\u200d", "shy": "\u00ad", "wj": "\u2060"}


def inside(s, ch):
    """ch inserted once or twice at group or mid positions."""
    k = len(s) // 2
    if len(s) > 10:
        a = len(s) // 3
        return s[:a] + ch + s[a:2 * a] + ch + s[2 * a:]
    return s[:k] + ch + s[k:]


# ---- sentence frames ------------------------------------------------------------------------

NOUN = {
    "card": {"en": "my card number is", "de": "meine Kartennummer ist", "fr": "mon numéro de carte est",
             "nl": "mijn kaartnummer is", "es": "mi número de tarjeta es", "it": "il mio numero di carta è",
             "pt": "o número do meu cartão é"},
    "iban": {"en": "please wire it to", "de": "bitte überweise es auf", "fr": "merci de virer sur",
             "nl": "maak het over naar", "es": "transfiérelo a", "it": "fai il bonifico su",
             "pt": "transfere para"},
    "phone": {"en": "call me at", "de": "ruf mich an unter", "fr": "appelle-moi au",
              "nl": "bel me op", "es": "llámame al", "it": "chiamami al", "pt": "liga-me para"},
    "ssn": {"en": "my SSN is", "de": "meine SSN lautet", "fr": "mon SSN est", "nl": "mijn SSN is",
            "es": "mi SSN es", "it": "il mio SSN è", "pt": "o meu SSN é"},
    "email": {"en": "write to", "de": "schreib an", "fr": "écris à", "nl": "mail naar",
              "es": "escribe a", "it": "scrivi a", "pt": "escreve para"},
    "ip": {"en": "the server is at", "de": "der Server läuft auf", "fr": "le serveur est sur",
           "nl": "de server draait op", "es": "el servidor está en", "it": "il server è su",
           "pt": "o servidor está em"},
    "secret": {"en": "the key we use is", "de": "der Schlüssel ist", "fr": "la clé est",
               "nl": "de sleutel is", "es": "la clave es", "it": "la chiave è", "pt": "a chave é"},
}
TAIL = {"en": ", thanks.", "de": ", danke.", "fr": ", merci.", "nl": ", bedankt.", "es": ", gracias.",
        "it": ", grazie.", "pt": ", obrigado."}
NEG_NOUN = {"en": "see", "de": "siehe", "fr": "voir", "nl": "zie", "es": "ver", "it": "vedi",
            "pt": "ver"}

records = []


def rec(text, spans, cls, lg):
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"], (text, s)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls}})


def sentence(kind, lg, pre, value, post, label=None, cls=None):
    """pre + value + post, the value a gold span of kind's label."""
    text = pre + value + post
    spans = [{"entity_type": label or LABEL[kind], "entity_value": value,
              "start_position": len(pre), "end_position": len(pre) + len(value)}]
    rec(text, spans, cls, lg)


def plain(kind, lg, value, tname):
    cap = NOUN[kind][lg]
    sentence(kind, lg, cap[0].upper() + cap[1:] + " ", value, TAIL[lg], cls=kind + ":" + tname)


def grouped(kind, lg):
    if kind == "card":
        return card()[1]
    if kind == "iban":
        return iban()[1]
    if kind == "phone":
        return phone(lg)[1]
    return ssn()[1]


# ---- the records ------------------------------------------------------------------------------

N = 7  # values per (type, transform): one per locale

for kind in ["card", "iban", "phone", "ssn"]:
    for tname, sep in SEPS.items():
        for lg in LANGS:
            plain(kind, lg, join_groups(kind, grouped(kind, lg), sep), "sep_" + tname)
    for lg in LANGS:  # mixed separators: "4111 1111-1111 1111"
        g = grouped(kind, lg)
        seps = [" ", "-", "\u00a0", "\u2011"]
        v = g[0]
        for i, x in enumerate(g[1:]):
            v += seps[(i + len(g)) % len(seps)] + x
        plain(kind, lg, v, "sep_mixed")
    for form in ["fullwidth", "arabic", "superscript"]:
        for lg in LANGS:
            g = grouped(kind, lg)
            plain(kind, lg, digit_form((" " if kind != "ssn" else "-").join(g), form), "digits_" + form)
    for lg in LANGS:  # HTML entities between groups
        g = grouped(kind, lg)
        ent = R.choice(["&nbsp;", "&#160;", "&#8209;", "&thinsp;", "&#x2011;", "&ndash;"])
        plain(kind, lg, ent.join(g), "enc_html")
    for lg in LANGS:  # quoted-printable: U+00A0 as =C2=A0, a soft line break
        g = grouped(kind, lg)
        plain(kind, lg, "=C2=A0".join(g), "enc_qp_nbsp")
    for lg in LANGS:
        g = grouped(kind, lg)
        v = " ".join(g)
        k = len(v) // 2
        plain(kind, lg, v[:k] + "=\n" + v[k:], "enc_qp_soft")
    for lg in LANGS:  # a URL query's value, %20 between groups
        g = grouped(kind, lg)
        v = "%20".join(g).replace("+", "%2B")
        key = {"card": "pan", "iban": "iban", "phone": "tel", "ssn": "ssn"}[kind]
        pre = "https://portal.example-shop.eu/checkout?step=2&" + key + "="
        sentence(kind, lg, "GET " + pre, v, "&lang=" + lg + " 200", cls=kind + ":enc_url")
    for iname, ch in INVIS.items():
        for lg in LANGS:
            plain(kind, lg, inside(" ".join(grouped(kind, lg)) if kind != "ssn"
                                   else "-".join(grouped(kind, lg)), ch), "invis_" + iname)
    for lg in LANGS:  # wrapped by a line break between groups (a pasted PDF)
        g = grouped(kind, lg)
        k = len(g) // 2
        sp = " " if kind != "ssn" else "-"
        plain(kind, lg, sp.join(g[:k]) + "\n" + sp.join(g[k:]), "wrap_group")
    for lg in LANGS:  # wrapped inside a group
        g = grouped(kind, lg)
        sp = " " if kind != "ssn" else "-"
        v = sp.join(g)
        k = len(v) // 2
        if not v[k - 1].isalnum() or not v[k].isalnum():
            k += 1
        plain(kind, lg, v[:k] + "\n" + v[k:], "wrap_mid")

    # placements
    key = {"card": "card", "iban": "iban", "phone": "phone", "ssn": "ssn"}[kind]
    for lg in LANGS:  # a value as a JSON key
        g = grouped(kind, lg)
        v = (" " if kind != "ssn" else "-").join(g)
        pre = '{"' + R.choice(["accounts", "contacts", "records"]) + '": {"'
        sentence(kind, lg, pre, v, '": {"status": "active", "since": 2021}}}', cls=kind + ":json_key")
    for lg in LANGS:  # JSON array of the groups
        g = grouped(kind, lg)
        if kind == "phone":
            body = ", ".join('"%s"' % x for x in g)
            pre = '{"' + key + '": ['
            text = pre + body + "]}"
            v = body[1:-1]
            sentence(kind, lg, pre + '"', v, '"]}', cls=kind + ":json_array")
        else:
            quote = '"' if kind == "iban" or any(x.startswith("0") for x in g) else ""
            body = ", ".join(quote + x + quote for x in g)
            v = body[len(quote):len(body) - len(quote)]
            sentence(kind, lg, '{"' + key + '": [' + quote, v, quote + ']}', cls=kind + ":json_array")
    for lg in LANGS:  # a Markdown table cell
        g = grouped(kind, lg)
        v = (" " if kind != "ssn" else "-").join(g)
        pre = "| id | customer | " + key + " |\n|---|---|---|\n| 17 | C-" + digits(4) + " | "
        sentence(kind, lg, pre, v, " |\n", cls=kind + ":md_cell")
    for lg in LANGS:  # a CSV column
        g = grouped(kind, lg)
        v = (" " if kind != "ssn" else "-").join(g)
        pre = "id,created," + key + ",status\n" + digits(3) + ",2024-0" + str(R.randint(1, 9)) + "-1" + \
            str(R.randint(0, 9)) + ","
        sentence(kind, lg, pre, v, ",open\n", cls=kind + ":csv")
    for lg in LANGS:  # a URL path
        g = grouped(kind, lg)
        v = ("-" if kind != "iban" else "").join(g).replace(" ", "")
        if kind == "phone":
            v = "".join(g)
        pre = "curl -s https://api.example-crm.io/v2/" + key + "s/"
        sentence(kind, lg, pre, v, "/history?limit=20", cls=kind + ":url_path")
    for lg in LANGS:  # a log line
        g = grouped(kind, lg)
        v = ("" if kind in ("card", "iban") else "-" if kind == "ssn" else "").join(g)
        pre = "2024-11-0" + str(R.randint(1, 9)) + "T10:2" + str(R.randint(0, 9)) + ":11Z INFO checkout " + \
            key + "=" if kind != "phone" else "2024-11-05T10:21:11Z INFO sms sent to="
        sentence(kind, lg, pre, v, " status=ok latency_ms=" + str(R.randint(5, 900)), cls=kind + ":log")
    for lg in LANGS:  # a YAML list item
        g = grouped(kind, lg)
        v = (" " if kind != "ssn" else "-").join(g)
        pre = "customer:\n  tier: gold\n  " + key + "s:\n    - "
        sentence(kind, lg, pre, v, "\n  region: eu-west-1\n", cls=kind + ":yaml")

# e-mail
EM = "email"
for lg in LANGS:
    lo, ho = email()
    plain(EM, lg, lo + "@" + ho, "plain")
for tname, f in [
    ("html_dec", lambda lo, ho: lo + "&#64;" + ho),
    ("html_named", lambda lo, ho: lo + "&commat;" + ho),
    ("html_dot", lambda lo, ho: lo + "&#64;" + ho.replace(".", "&#46;")),
    ("u0040_text", lambda lo, ho: lo + "\\u0040" + ho),
    ("qp", lambda lo, ho: lo + "=40" + ho),
    ("bs_dot", lambda lo, ho: lo.replace(".", "\\.") + "@" + ho.replace(".", "\\.")),
    ("defang", lambda lo, ho: lo + "[@]" + ho.replace(".", "[.]")),
    ("fullwidth_at", lambda lo, ho: lo + "\uff20" + ho),
    ("fullwidth_all", lambda lo, ho: "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c
                                             for c in lo + "@" + ho)),
    ("obf_plain", lambda lo, ho: lo + " at " + ho.replace(".", " dot ")),
    ("obf_upper", lambda lo, ho: lo + " AT " + ho.replace(".", " DOT ")),
    ("obf_paren", lambda lo, ho: lo + " (at) " + ho.replace(".", " (dot) ")),
    ("obf_brace", lambda lo, ho: lo + "{at}" + ho.replace(".", "{dot}")),
    ("obf_at_realdot", lambda lo, ho: lo + " at " + ho),
    ("obf_sym_dotword", lambda lo, ho: lo + "@" + ho.replace(".", " dot ")),
    ("obf_spaced_at", lambda lo, ho: lo + " @ " + ho),
    ("invis_zwsp", lambda lo, ho: inside(lo, "\u200b") + "@" + ho),
    ("invis_shy", lambda lo, ho: lo + "\u00ad@" + ho),
    ("wrap_at", lambda lo, ho: lo + "@\n" + ho),
]:
    for lg in LANGS:
        lo, ho = email()
        plain(EM, lg, f(lo, ho), tname)
for lg in LANGS:
    lo, ho = email()
    v = lo + "%40" + ho
    sentence(EM, lg, "GET /unsubscribe?list=news&email=", v, "&src=footer HTTP/1.1", cls="email:enc_url")
for lg in LANGS:
    lo, ho = email()
    sentence(EM, lg, '{"', lo + "@" + ho, '": {"role": "admin", "mfa": true}}', cls="email:json_key")
for lg in LANGS:
    lo, ho = email()
    sentence(EM, lg, "| user | team |\n|---|---|\n| ", lo + "@" + ho, " | ops |\n", cls="email:md_cell")
for lg in LANGS:
    lo, ho = email()
    sentence(EM, lg, "id;login;role\n" + digits(4) + ";", lo + "@" + ho, ";viewer\n", cls="email:csv")
for lg in LANGS:
    lo, ho = email()
    sentence(EM, lg, "DELETE https://api.example-crm.io/v1/users/", lo + "@" + ho, "/sessions",
             cls="email:url_path")
for lg in LANGS:
    lo, ho = email()
    sentence(EM, lg, "ts=2024-06-01T08:00:0" + str(R.randint(0, 9)) + "Z level=warn msg=\"login failed\" user=",
             lo + "@" + ho, " ip_hidden=true", cls="email:log")
for lg in LANGS:
    lo, ho = email()
    sentence(EM, lg, "notify:\n  - ", lo + "@" + ho, "\n  - oncall-pager\n", cls="email:yaml")

for lg in LANGS:  # plain in the text, \u-escaped in the request body (--bodies)
    lo, ho = email()
    plain(EM, lg, lo + "@" + ho, "body_u0040")
for lg in LANGS:
    plain("card", lg, "\u00a0".join(card()[1]), "body_u00a0")

# IP addresses
for tname, f in [
    ("plain", lambda o: ".".join(o)),
    ("fullwidth", lambda o: digit_form(".".join(o), "fullwidth")),
    ("bs_dot", lambda o: "\\.".join(o)),
    ("defang", lambda o: "[.]".join(o)),
    ("html_dot", lambda o: "&#46;".join(o)),
    ("arabic", lambda o: digit_form(".".join(o), "arabic")),
]:
    for lg in LANGS:
        plain("ip", lg, f(ipv4()), tname)
for lg in LANGS:
    sentence("ip", lg, "Nov  5 10:21:11 gw sshd[4242]: Failed password for root from ", ".".join(ipv4()),
             " port 52144 ssh2", cls="ip:log")
for lg in LANGS:
    sentence("ip", lg, '{"', ".".join(ipv4()), '": {"hits": 12, "blocked": true}}', cls="ip:json_key")
for lg in LANGS:
    sentence("ip", lg, "| host | addr |\n|---|---|\n| db-1 | ", ".".join(ipv4()), " |\n", cls="ip:md_cell")

# secrets
for tname, f in [
    ("plain", lambda s: s),
    ("invis_zwsp", lambda s: inside(s, "\u200b")),
    ("wrap_mid", lambda s: s[:len(s) // 2] + "\n" + s[len(s) // 2:]),
    ("fullwidth", lambda s: "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)),
]:
    for lg in LANGS:
        plain("secret", lg, f(secret()), tname)
for lg in LANGS:
    sentence("secret", lg, '{"', secret(), '": "prod"}', cls="secret:json_key")
for lg in LANGS:
    sentence("secret", lg, "GET /v1/models?api_key=", secret(), "&limit=5", cls="secret:url_query")

# ---- look-alikes (NEG_*): the same transforms on values that are not PII ----------------------


def neg(lg, label, value, tname, pre=None, post=None):
    pre = pre if pre is not None else NEG_NOUN[lg].capitalize() + " "
    post = post if post is not None else TAIL[lg]
    sentence(None, lg, pre, value, post, label=label, cls="neg:" + tname)


def version():
    return ["%d" % R.randint(1, 12), "%d" % R.randint(0, 30), "%d" % R.randint(0, 40), "%d" % R.randint(1, 9999)]


def isbn13():
    d = "978" + str(R.randint(0, 1)) + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - s % 10) % 10)
    return [d[:3], d[3], d[4:8], d[8:12], d[12]]


def not_luhn(n):
    while True:
        d = str(R.randint(1, 9)) + digits(n - 1)
        if luhn_complete(d[:-1]) != d:
            return d


for lg in LANGS:
    for tname, sep in [("nbsp", "\u00a0"), ("nnbsp", "\u202f"), ("thin", "\u2009"), ("h2011", "\u2011"),
                       ("middot", "\u00b7"), ("endash", "\u2013")]:
        neg(lg, "NEG_ISBN", "ISBN " + sep.join(isbn13()), "isbn_" + tname)
        d = not_luhn(16)
        neg(lg, "NEG_ORDER", "order " + sep.join(d[i:i + 4] for i in range(0, 16, 4)), "order_" + tname)
        neg(lg, "NEG_COUNT", sep.join(["%d" % R.randint(1, 99), digits(3), digits(3)]) + " requests",
            "count_" + tname)
        neg(lg, "NEG_DATE", "2024" + sep + "%02d" % R.randint(1, 12) + sep + "%02d" % R.randint(1, 28)
            + " 10:%02d" % R.randint(0, 59), "date_" + tname)
    neg(lg, "NEG_VERSION", "v" + ".".join(version()), "version_plain")
    neg(lg, "NEG_VERSION", digit_form(".".join(version()), "fullwidth"), "version_fullwidth")
    neg(lg, "NEG_VERSION", "&#46;".join(version()), "version_html")
    neg(lg, "NEG_VERSION", "\\.".join(version()), "version_bs")
    neg(lg, "NEG_VERSION", "10.0." + str(R.randint(17000, 22631)) + "." + str(R.randint(100, 4000)),
        "build_windows")
    neg(lg, "NEG_UUID", "%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16),
                                                        R.getrandbits(12), R.getrandbits(12),
                                                        R.getrandbits(48)), "uuid")
    neg(lg, "NEG_HASH", "%040x" % R.getrandbits(160), "sha1")
    neg(lg, "NEG_TRACKING", "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "ups")
    neg(lg, "NEG_ORDER", digit_form(not_luhn(16), "fullwidth"), "order_fullwidth")
    neg(lg, "NEG_ORDER", "\u200b".join([not_luhn(8), digits(8)]), "order_zwsp")
    d = not_luhn(16)
    neg(lg, "NEG_ORDER", ", ".join(d[i:i + 4] for i in range(0, 16, 4)), "json_array",
        pre='{"order_id": [', post="]}")
    neg(lg, "NEG_PRICE", "1\u202f" + digits(3) + ",00\u00a0€", "price_nnbsp")
    neg(lg, "NEG_BUILD", "build " + "\u00a0".join([digits(3), digits(3), digits(4)]), "build_nbsp")
    neg(lg, "NEG_VERSION", "pkg%20" + "%20".join(version()[:3]), "version_url",
        pre="GET /search?q=", post="&page=1")
    neg(lg, "NEG_TIMESTAMP", "17" + digits(11), "epoch_ms_log", pre="ts=", post=" level=info msg=ok")
    neg(lg, "NEG_EMAILISH", "@" + R.choice(SUR) + " at " + R.choice(["standup", "noon", "the office"]),
        "mention_at")
    neg(lg, "NEG_EMAILISH", R.choice(["meet", "look"]) + " at example dot " + R.choice(["com", "org"]) +
        " later", "obf_verb")
    neg(lg, "NEG_EMAILISH", "node" + str(R.randint(1, 9)) + " (at) rack " + str(R.randint(1, 40)), "paren_at")

# ---- modes ------------------------------------------------------------------------------------


def body(r):
    """r as a chat request body; a body_* class escapes its value's '@' or U+00A0 in the JSON."""
    b = json.dumps({"model": "gpt-4o-mini", "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": r["full_text"]}]}, ensure_ascii=False)
    if r["metadata"]["class"].endswith(":body_u0040"):
        b = b.replace("@", "\\u0040")
    elif r["metadata"]["class"].endswith(":body_u00a0"):
        b = b.replace("\u00a0", "\\u00a0")
    return b


TOKEN = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
SUP = {"\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4", "\u2075": "5",
       "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9"}


def fold(s):
    """The letters and digits of s in their ASCII form, lower case, escapes read."""
    s = s.replace("\\u0040", "@").replace("=C2=A0", " ").replace("=40", "@").replace("=\n", "")
    s = re.sub(r"&#?\w+;", " ", s).replace("%20", " ").replace("%40", "@").replace("%2B", "+")
    out = []
    for ch in unicodedata.normalize("NFKC", s):
        ch = SUP.get(ch, ch)
        if ch.isdigit():
            try:
                ch = str(unicodedata.digit(ch))
            except ValueError:
                pass
        if ch.isascii() and ch.isalnum():
            out.append(ch.lower())
    return "".join(out)


def leak_table(per, head):
    """Print the leaks per type:shape key (only keys with a leak) and per type; per maps a key
    to [values, leaked]. Shared by gen_var15.py's grade."""
    tot = {}
    print("| %s | values | leaked (NEG: hit) |\n|---|---:|---:|" % head)
    for key in sorted(per):
        n, bad = per[key]
        t = tot.setdefault(key.split(":")[0], [0, 0])
        t[0] += n
        t[1] += bad
        if bad:
            print("| %s | %d | %d |" % (key, n, bad))
    print("\n| type | values | leaked | leak rate |\n|---|---:|---:|---:|")
    for t, (n, bad) in sorted(tot.items()):
        print("| %s | %d | %d | %.3f |" % (t, n, bad, bad / n))


def chatcheck_outputs(path):
    """The masked bodies in bench_chatcheck's output at path, one per body, in order (the line
    after each '# ... rc=' head). Shared by gen_var15.py's grade."""
    outs = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("#") and " rc=" in lines[i]:
            outs.append(lines[i + 1] if i + 1 < len(lines) else "")
            i += 2
        else:
            i += 1
    return outs


def grade(path):
    recs = records
    outs = chatcheck_outputs(path)
    assert len(outs) == len(recs), (len(outs), len(recs))
    per = {}
    for r, o in zip(recs, outs):
        try:
            msg = json.loads(o)["messages"][-1]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            msg = o
        left = fold(TOKEN.sub(" ", msg))
        for s in r["spans"]:
            key = r["metadata"]["class"]
            k = per.setdefault(key, [0, 0])
            k[0] += 1
            if s["entity_type"].startswith("NEG_"):
                k[1] += fold(s["entity_value"]) not in left
                continue
            v = fold(s["entity_value"])
            if s["entity_type"] == "EMAIL_ADDRESS":
                v = fold(re.split(r"@|\\u0040|&#64;|&commat;|%40|=40|\uff20| at | AT |\(at\)|\{at\}|\[@\]",
                                  s["entity_value"])[0])
            w = min(6, len(v))
            k[1] += any(v[j:j + w] in left for j in range(0, len(v) - w + 1))
    leak_table(per, "type:transform")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--bodies":
        for r in records:
            sys.stdout.write(body(r) + "\n")
    elif len(sys.argv) > 2 and sys.argv[1] == "--grade":
        grade(sys.argv[2])
    else:
        write_json(records)
