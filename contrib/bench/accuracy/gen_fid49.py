#!/usr/bin/env python3
"""gen_fid49.py: structured values (e-mail, phone, card, IBAN, SSN, secrets, IP) in shapes that a
real request carries and that the earlier structured corpora's briefs do not name, written for
branch fid49 before any detector rule was read or hush was run on it. A tune set.

250 documents, each written twice: plain (metadata.wrap "plain") and as a whole request body of
one of the four APIs (metadata.wrap: OpenAI chat user text, tool message, tool-call arguments
escaped twice or three times; Anthropic text, tool_result string, text blocks cut inside a value;
Gemini text part or functionResponse; Responses input_text or function_call_output).
metadata.form names the kind of document; metadata.class is the form too.

Shapes: agent tool-call arguments holding JSON strings inside JSON strings (values escaped two and
three times), JSON in a string in YAML, Python repr() of bytes (`b'...\\x40...'`, UTF-8 no-break
spaces as `\\xc2\\xa0`), percent-encoded JSON in a URL's query, form-urlencoded webhooks, values
split over two SSE chunks or two content blocks (one span from the first part to the last), Markdown
tables with alignment padding, U+2011/U+2012 dashes, U+FF0B plus, U+00A0/U+202F/U+2009 in groups,
cards and IBANs as arrays of 4-digit strings or ints (JSON, Python, YAML flow and block lists),
`tel:` URIs with `;ext=` and `;phone-context=`, secrets in .env diffs, `curl -H`/`-u` lines,
Kubernetes Secret `data:` base64 and `stringData:`, ~/.aws/credentials, .npmrc, service-account
JSON, e-mails in `mailto:` with `?cc=`/`&bcc=`, display names with comments, punycode and IDN
domains, `\\u0040` for '@' in a pasted JSON log, IPv6 with zone ids, brackets and ports,
IPv4-mapped IPv6, IPs in X-Forwarded-For lists; Rust Debug, Java toString, Go %+v dumps; JSON
Patch and GraphQL variables; lower-case IBANs.

Look-alikes as NEG_ spans in the same shapes: order ids, versions, git SHAs, sha256 digests,
UUIDs, ISBNs, timestamps, sizes, years and ports in arrays, masked cards, placeholders,
loopback/documentation addresses, integrity hashes.

Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import base64
import json
import os
import random
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bodies  # noqa: E402
from gen_common import (B62, SYL7, END7, check_spans, digit_draws, invent_syllables,  # noqa: E402
                        write_json)
from gen_bodies import MARK, dumps, esc, place_all  # noqa: E402

rng = random.Random(20261206 + 4900)
records = []
pick, dg, nz = digit_draws(rng)


class P(gen_bodies.P):
    """A piece (gen_bodies.P) with the shorthands of this corpus."""

    def neg(self, label, v):
        return self.s("NEG_" + label, v)

    def multi(self, label, parts):
        """parts alternate value pieces and glue; one span from the first piece to the last."""
        start = len(self.text)
        for x in parts:
            self.text += x
        v = self.text[start:]
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": start,
                           "end_position": len(self.text)})
        return self


# ---- people ------------------------------------------------------------------------------------
REAL = {"en": (["Emma", "Oliver", "Chloe", "Sean"], ["Hughes", "Brooks", "Byrne", "Walsh"]),
        "de": (["Jonas", "Lena", "Maria", "Felix"], ["Keller", "Weber", "Hoffmann", "Brandt"]),
        "fr": (["Sophie", "Lucas", "Camille", "Hugo"], ["Martin", "Girard", "Lefèvre", "Roux"]),
        "nl": (["Sanne", "Daan", "Fleur", "Bram"], ["de Vries", "Jansen", "Bakker", "Visser"]),
        "es": (["Lucía", "Diego", "Marta", "Pablo"], ["Ramírez", "García", "Ortega", "Navarro"]),
        "it": (["Giulia", "Luca", "Chiara", "Marco"], ["Rossi", "Bianchi", "Ferrari", "Greco"])}
LANGS = list(REAL)


def person(lg):
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, SYL7[lg], END7[lg], False),
            invent_syllables(rng, SYL7[lg], END7[lg], True))


def ascii_fold(s):
    table = str.maketrans("àáâäãåèéêëìíîïòóôöõùúûüñçÀÁÂÄÈÉÍÓÖÚÜÑÇ", "aaaaaaeeeeiiiiooooouuuuncAAAAEEIOOUUNC")
    return s.translate(table).replace(" ", "").replace("'", "")


DOMAINS = {"en": ["example-mail.co.uk", "brightwater.com", "northfield.io"],
           "de": ["posteo.de", "web.de", "kanzlei-brandt.de", "gmx.net"],
           "fr": ["orange.fr", "free.fr", "atelier-roux.fr"],
           "nl": ["ziggo.nl", "kpnmail.nl", "bakkerij-visser.nl"],
           "es": ["telefonica.es", "correo-navarro.es", "gmail.com"],
           "it": ["libero.it", "tiscali.it", "studio-greco.it"]}


def email(lg, g=None, s=None, dom=None):
    if g is None:
        g, s = person(lg)
    g, s = ascii_fold(g).lower(), ascii_fold(s).lower()
    local = pick("%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s" % (g, s), "%s.%s%d" % (g, s, rng.randint(1, 99)),
                 "%s+%s" % (g, pick("billing", "news", "ai", "work")))
    return "%s@%s" % (local, dom or rng.choice(DOMAINS[lg]))


# ---- phones ------------------------------------------------------------------------------------
def phone_parts(lg):
    """(country code, national digits without trunk, groups for international form)."""
    if lg == "de":
        n = pick("30", "40", "89", "151", "160", "176") 
        sub = nz(8 if n in ("30", "40", "151", "176") else 7)
        return "49", n + sub, [n, sub[:4], sub[4:]]
    if lg == "fr":
        d = pick("6", "7", "1", "4") + dg(8)
        return "33", d, [d[0], d[1:3], d[3:5], d[5:7], d[7:9]]
    if lg == "nl":
        d = "6" + nz(8)
        return "31", d, [d[:1], d[1:5], d[5:]]
    if lg == "es":
        d = pick("6", "9") + nz(8)
        return "34", d, [d[:3], d[3:6], d[6:]]
    if lg == "it":
        d = "3" + pick("33", "47", "20", "89") + nz(7)
        return "39", d, [d[:3], d[3:6], d[6:]]
    # en: UK or US
    if rng.random() < 0.5:
        d = "7" + pick("700", "911", "801", "456") + nz(6)
        return "44", d, [d[:4], d[4:]]
    d = pick("415", "646", "312", "206", "617") + nz(3) + dg(4)
    return "1", d, [d[:3], d[3:6], d[6:]]


def phone(lg, sep=" ", plus="+"):
    cc, d, groups = phone_parts(lg)
    return plus + cc + sep + sep.join(groups)


def phone_national(lg):
    cc, d, groups = phone_parts(lg)
    if cc == "1":
        return "(%s) %s-%s" % tuple(groups)
    if cc == "33":
        return "0" + " ".join([groups[0] + groups[1]] + groups[2:])
    if cc == "39":
        return " ".join(groups)
    return "0" + " ".join(groups)


def e164(lg):
    cc, d, _ = phone_parts(lg)
    return "+" + cc + d


# ---- cards, IBANs, SSNs --------------------------------------------------------------------------
def luhn_complete(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        t += n - 9 if n > 9 else n
    return body + str((10 - t % 10) % 10)


def card_digits():
    k = rng.random()
    if k < 0.45:
        return luhn_complete("4" + dg(14))
    if k < 0.75:
        return luhn_complete(pick("51", "52", "53", "54", "55") + dg(13))
    if k < 0.9:
        return luhn_complete(pick("34", "37") + dg(12))
    return luhn_complete("6011" + dg(11))


def groups_of_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def card(sep=" "):
    return sep.join(groups_of_card(card_digits()))


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def fr_rib_key(bank, branch, acct):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def iban_compact(lg=None):
    k = pick("DE", "NL", "GB", "AT", "FR", "CH")
    if k == "DE":
        bban = nz(8) + dg(10)
    elif k == "NL":
        bban = pick("ABNA", "INGB", "RABO", "TRIO") + "0" + nz(9)
    elif k == "GB":
        bban = pick("NWBK", "BARC", "LOYD", "MIDL") + dg(6) + dg(8)
    elif k == "AT":
        bban = nz(5) + dg(11)
    elif k == "FR":
        b, br, a = nz(5), dg(5), dg(11)
        bban = b + br + a + fr_rib_key(b, br, a)
    else:
        bban = "00" + nz(3) + dg(12)
    return k + iban_check(k, bban) + bban


def iban(sep=" "):
    c = iban_compact()
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def ssn_digits():
    while True:
        a = rng.randint(1, 665)
        if a != 0:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def ssn(sep="-"):
    d = ssn_digits()
    return d[:3] + sep + d[3:5] + sep + d[5:]


# ---- secrets and IPs -----------------------------------------------------------------------------
def b62(n):
    return "".join(rng.choice(B62) for _ in range(n))


def secret_token():
    return pick("sk-proj-" + b62(48), "ghp_" + b62(36), "xoxb-%s-%s-%s" % (nz(11), nz(12), b62(24)),
                "sk_live_" + b62(24), "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
                "glpat-" + b62(20), "npm_" + b62(36))


def password():
    return pick("Winter", "Sommer", "Velo", "Lampe", "Orca", "Tiger") + pick("!", "#", "_", "$", "") + \
        str(rng.randint(10, 9999)) + pick("x", "Q", "zz", "!", "")


def ipv4():
    while True:
        a = rng.randint(11, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6():
    head = pick("2a02:810d", "2001:16b8", "2a01:c23", "2003:e8", "2a00:1450", "2600:1700")
    rest = ":".join("%x" % rng.randint(1, 0xffff) for _ in range(rng.choice((2, 3, 6))))
    full = head + ":" + rest
    if full.count(":") < 7:
        full = head + "::" + rest if rng.random() < 0.7 else head + ":" + ":".join(
            "%x" % rng.randint(1, 0xffff) for _ in range(6))
    return full


def linklocal():
    return "fe80::%x:%x:%x:%x" % tuple(rng.randint(0x100, 0xffff) for _ in range(4))


# ---- look-alikes -------------------------------------------------------------------------------
def n_sha():
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


def n_sha256():
    return "".join(rng.choice("0123456789abcdef") for _ in range(64))


def n_uuid():
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], h[16:20], h[20:])


def n_order():
    return pick("%s-%s-%s" % (dg(3), dg(7), dg(7)), "ORD-%s" % nz(8), "%s%s" % (nz(4), dg(8)), "#%s" % nz(6))


def n_version():
    return pick("%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 99)),
                "%d.%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 9999)),
                "v%d.%d.%d-rc.%d" % (rng.randint(0, 4), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1, 5)))


def n_isbn():
    b = "978" + pick("3", "0", "2", "88") + dg(8 if True else 0)
    b = b[:12]
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    d = b + str((10 - t % 10) % 10)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def n_ts():
    return pick("2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                       rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
                "17%s" % dg(8), "17%s" % dg(11))


def n_size():
    return pick("%d bytes" % rng.randint(1000, 99999999), "%.1f MiB" % (rng.random() * 900), "%d KB" % rng.randint(1, 9999))


def n_years():
    y = rng.randint(2015, 2021)
    return [str(y + k) for k in range(4)]


def n_masked():
    d = card_digits()
    return "%s %s %s %s" % (d[:4], "****", "****", d[-4:])


# ---- documents ---------------------------------------------------------------------------------


def doc_toolargs_nested(i, lg):
    """An agent log with a tool call whose arguments hold a JSON string (two or three levels)."""
    g, s = person(lg)
    p = P()
    p.t(pick("Agent trace, step %d:\n" % rng.randint(2, 9), "Here is the failing tool call:\n",
             "Log vom Agenten:\n", "Trace de l'agent :\n", "Registro del agente:\n"))
    em, ph = email(lg, g, s), phone(lg)
    lvl = pick(1, 2)
    # inner object as text, then escape it lvl times while keeping spans
    q = P()
    q.t('{"customer": {"name": "').s("PERSON", "%s %s" % (g, s)).t('", "email": "').s("EMAIL_ADDRESS", em)
    q.t('", "phone": "').s("PHONE_NUMBER", ph).t('"}, "order": "').neg("ORDER", n_order()).t('", "build": "')
    q.neg("VERSION", n_version()).t('"}')
    p.t('{"id": "call_%s", "type": "function", "function": {"name": "%s", "arguments": "' % (
        b62(8), pick("create_ticket", "crm_upsert", "send_invoice")))
    inner = q
    for _ in range(lvl):
        inner = escape_piece(inner)
    if lvl == 2:
        p.t('{\\"payload\\": \\"')
    append_piece(p, inner)
    if lvl == 2:
        p.t('\\"}')
    p.t('"}}\n')
    return p, "toolargs_nested"


def escape_piece(q):
    r = P()
    pos = 0
    for sp in sorted(q.spans, key=lambda x: x["start_position"]):
        r.t(esc(q.text[pos:sp["start_position"]]))
        r.s(sp["entity_type"], esc(sp["entity_value"]))
        pos = sp["end_position"]
    r.t(esc(q.text[pos:]))
    return r


def append_piece(p, q):
    base = len(p.text)
    p.text += q.text
    for sp in q.spans:
        p.spans.append(dict(sp, start_position=sp["start_position"] + base, end_position=sp["end_position"] + base))


def doc_yaml_json(i, lg):
    g, s = person(lg)
    p = P()
    p.t("# fixtures/%s.yaml\n" % pick("customers", "billing", "seed")).t("- id: ").neg("UUID", n_uuid())
    p.t("\n  created_at: ").neg("TIMESTAMP", n_ts()).t("\n  payload: '{\"email\": \"").s("EMAIL_ADDRESS", email(lg, g, s))
    if rng.random() < 0.5:
        p.t('", "iban": "').s("IBAN_CODE", iban())
    else:
        p.t('", "card": "').s("CREDIT_CARD", card(pick(" ", "-", "")))
    p.t('", "tel": "').s("PHONE_NUMBER", phone(lg)).t("\"}'\n  checksum: ").neg("HASH", n_sha256()).t("\n")
    return p, "yaml_json"


def doc_pybytes(i, lg):
    g, s = person(lg)
    p = P()
    em = email(lg, g, s)
    local, dom = em.split("@")
    p.t(pick(">>> ", "In [4]: ")).t("resp.content\n").t(pick("Out[4]: ", ""))
    p.t("b'{\"user\":\"").s("EMAIL_ADDRESS", local + "\\x40" + dom).t('","tel":"')
    cc, d, groups = phone_parts(lg)
    if rng.random() < 0.5:
        p.s("PHONE_NUMBER", "+" + cc + "\\xc2\\xa0" + "\\xc2\\xa0".join(groups))
    else:
        p.s("PHONE_NUMBER", "\\x2b" + cc + " " + " ".join(groups))
    p.t('","etag":"').neg("HASH", n_sha()[:16]).t("\"}'\n")
    if rng.random() < 0.5:
        p.t(">>> hashlib.sha1(resp.content).hexdigest()\n'").neg("HASH", n_sha()).t("'\n")
    return p, "python_bytes"


def doc_url_json(i, lg):
    g, s = person(lg)
    p = P()
    em = email(lg, g, s)
    p.t(pick("The redirect failed: ", "Callback URL from the logs:\n", "Warum klappt dieser Link nicht? ",
             "Ce lien renvoie une 400 : "))
    p.t("https://app.%s/oauth/callback?code=%s&state=" % (pick("shopwise.io", "kundenportal.de", "trackr.app"), b62(20)))
    p.t("%7B%22email%22%3A%22").s("EMAIL_ADDRESS", em.replace("@", "%40").replace("+", "%2B"))
    p.t("%22%2C%22phone%22%3A%22").s("PHONE_NUMBER", urllib.parse.quote(phone(lg), safe=""))
    p.t("%22%2C%22v%22%3A%22").neg("VERSION", n_version()).t("%22%7D&ts=").neg("TIMESTAMP", "17" + dg(8)).t("\n")
    return p, "url_json"


def doc_form_webhook(i, lg):
    p = P()
    p.t("POST /hooks/sms HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n")
    p.t("ToCountry=US&From=").s("PHONE_NUMBER", "%2B" + e164(lg)[1:]).t("&To=").s("PHONE_NUMBER", "%2B" + e164("en")[1:])
    p.t("&MessageSid=SM").neg("HASH", "".join(rng.choice("0123456789abcdef") for _ in range(32)))
    p.t("&Body=my+email+is+").s("EMAIL_ADDRESS", email(lg).replace("@", "%40").replace("+", "%2B"))
    p.t("&NumSegments=1&ApiVersion=2010-04-01\n")
    return p, "form_webhook"


def doc_sse_split(i, lg):
    """A user pastes a streamed answer whose value is cut over two chunks."""
    p = P()
    p.t(pick("Why did the redaction miss this stream?\n", "Stream-Ausgabe:\n", "Voici le flux SSE :\n"))
    p.t('data: {"id":"chatcmpl-%s","choices":[{"index":0,"delta":{"content":"' % b62(10))
    k = rng.random()
    if k < 0.4:
        d = groups_of_card(card_digits())
        p.t("card on file: ").multi("CREDIT_CARD", [" ".join(d[:2]), '"}}]}\n\ndata: {"id":"chatcmpl-x","choices":[{"index":0,"delta":{"content":" ', " ".join(d[2:])])
    elif k < 0.7:
        v = iban()
        cut = 10
        p.t("IBAN ").multi("IBAN_CODE", [v[:cut], '"}}]}\n\ndata: {"id":"chatcmpl-x","choices":[{"index":0,"delta":{"content":"', v[cut:]])
    else:
        v = ssn()
        p.t("SSN ").multi("US_SSN", [v[:7], '"}}]}\n\ndata: {"id":"chatcmpl-x","choices":[{"index":0,"delta":{"content":"', v[7:]])
    p.t('."}}]}\n\ndata: [DONE]\n')
    return p, "sse_split"


def doc_md_table(i, lg):
    p = P()
    rows = rng.randint(2, 4)
    p.t(pick("| Name | E-Mail | Telefon | IBAN |\n|:-----|:------:|------:|:----|\n",
             "| Name         | Email                          |            Phone | Account                      |\n"
             "|--------------|:------------------------------:|-----------------:|------------------------------|\n"))
    for _ in range(rows):
        g, s = person(lg)
        em, ph, ib = email(lg, g, s), phone(lg), iban()
        p.t("| ").s("PERSON", "%s %s" % (g, s)).t(" " * rng.randint(1, 6) + "| " + " " * rng.randint(0, 8))
        p.s("EMAIL_ADDRESS", em).t(" " * rng.randint(1, 8) + "| " + " " * rng.randint(2, 10)).s("PHONE_NUMBER", ph)
        p.t(" | ").s("IBAN_CODE", ib).t(" " * rng.randint(0, 4) + " |\n")
    p.t("| _build_ | `").neg("VERSION", n_version()).t("` | `").neg("ORDER", n_order()).t("` | `").neg("HASH", n_sha()[:12]).t("` |\n")
    return p, "md_table"


UNI_SEP = ["\u00a0", "\u202f", "\u2009"]
UNI_DASH = ["\u2011", "\u2012"]


def doc_unicode(i, lg):
    p = P()
    g, s = person(lg)
    p.t(pick("Kontakt", "Contact", "Contatto", "Contacto")).t(": ").s("PERSON", "%s %s" % (g, s)).t("\n")
    sep = rng.choice(UNI_SEP + UNI_DASH)
    cc, d, groups = phone_parts(lg)
    plus = pick("+", "\uff0b")
    p.t(pick("Tel", "Phone", "Tél.", "Tel.")).t(": ").s("PHONE_NUMBER", plus + cc + sep + sep.join(groups)).t("\n")
    k = rng.random()
    sep2 = rng.choice(UNI_SEP + UNI_DASH)
    if k < 0.35:
        p.t(pick("Card", "Karte", "Carte", "Tarjeta")).t(": ").s("CREDIT_CARD", sep2.join(groups_of_card(card_digits())))
    elif k < 0.7:
        p.t("IBAN: ").s("IBAN_CODE", iban(sep2))
    else:
        p.t("SSN: ").s("US_SSN", ssn(pick("\u2011", "\u2012")))
    p.t("\n" + pick("Ticket", "Order", "Auftrag")).t(": ").neg("ORDER", n_order().replace("-", pick("\u2011", "\u2012")))
    p.t("\nRelease: ").neg("VERSION", n_version()).t("\n")
    return p, "unicode_seps"


def doc_arrays(i, lg):
    p = P()
    kind = pick("json_str", "json_int", "py", "yaml_flow", "yaml_block")
    key = pick("groups", "chunks", "data", "segments", "blocks", "parts")
    is_card = rng.random() < 0.6
    if is_card:
        d = card_digits()
        parts = [d[k:k + 4] for k in range(0, len(d), 4)]
        label = "CREDIT_CARD"
    else:
        c = iban_compact()
        parts = [c[k:k + 4] for k in range(0, len(c), 4)]
        label = "IBAN_CODE"
    ints = kind in ("json_int", "yaml_flow") and is_card and all(x[0] != "0" for x in parts)
    ctx = "card" if is_card else "account"
    p.t(pick("# %s input from the OCR step\n" % ctx, "// split %s fields from the form\n" % ctx, "%s from the widget:\n" % ctx.capitalize()))
    if kind in ("json_str", "json_int"):
        p.t('{"%s": [' % key)
        q = ['%s' % x for x in parts] if ints else ['"%s"' % x for x in parts]
        first, last = q[0], q[-1]
        glue = ", " if rng.random() < 0.5 else ","
        inner = glue.join(q)
        # span from the first element's first character to the last element's last digit
        if ints:
            p.s(label, inner)
        else:
            p.t('"').s(label, inner[1:-1]).t('"')
        p.t('], "years": [').neg("YEARS", ", ".join(n_years())).t('], "ports": [').neg("PORT", "%d, %d" % (rng.choice((80, 8080, 5432)), rng.choice((443, 6379, 9200)))).t("]}\n")
    elif kind == "py":
        p.t("%s = [" % key).t("'").s(label, "', '".join(parts)).t("']\n")
        p.t("sizes = [").neg("NUMBER", ", ".join(str(rng.randint(1000, 9999)) for _ in range(4))).t("]\n")
    elif kind == "yaml_flow":
        q = ", ".join(parts) if ints else ", ".join('"%s"' % x for x in parts)
        p.t("%s: [" % key)
        if ints:
            p.s(label, q)
        else:
            p.t('"').s(label, q[1:-1]).t('"')
        p.t("]\nyears: [").neg("YEARS", ", ".join(n_years())).t("]\n")
    else:
        p.t("%s:\n" % key)
        start = len(p.text) + 4
        p.t('  - "')
        body = '"\n  - "'.join(parts)
        p.s(label, body).t('"\n')
        p.t("pins:\n  - ").neg("NUMBER", str(rng.randint(1000, 9999))).t("\n  - ").neg("NUMBER", str(rng.randint(1000, 9999))).t("\n")
    return p, "arrays_" + kind


def doc_tel(i, lg):
    p = P()
    g, s = person(lg)
    p.t(pick("vCard export:\n", "Contact card:\n", "Visitenkarte:\n"))
    p.t("BEGIN:VCARD\nVERSION:4.0\nFN:").s("PERSON", "%s %s" % (g, s)).t("\n")
    cc, d, groups = phone_parts(lg)
    p.t("TEL;VALUE=uri;TYPE=work:tel:").s("PHONE_NUMBER", "+" + cc + "-" + "-".join(groups)).t(";ext=%s\n" % nz(3))
    if rng.random() < 0.5:
        p.t("TEL;VALUE=uri;TYPE=home:tel:").s("PHONE_NUMBER", nz(3) + "-" + dg(4)).t(";phone-context=+%s\n" % cc)
    p.t("EMAIL;TYPE=work:").s("EMAIL_ADDRESS", email(lg, g, s)).t("\nREV:").neg("TIMESTAMP", n_ts()).t("\n")
    p.t("UID:urn:uuid:").neg("UUID", n_uuid()).t("\nEND:VCARD\n")
    return p, "tel_uri"


def doc_env_diff(i, lg):
    p = P()
    p.t("diff --git a/.env b/.env\nindex %s..%s 100644\n--- a/.env\n+++ b/.env\n@@ -1,5 +1,5 @@\n" % (n_sha()[:7], n_sha()[:7]))
    p.t(" APP_VERSION=").neg("VERSION", n_version()).t("\n")
    p.t("-OPENAI_API_KEY=").s("SECRET", "sk-proj-" + b62(48)).t("\n+OPENAI_API_KEY=").s("SECRET", "sk-proj-" + b62(48)).t("\n")
    p.t("-DB_PASSWORD=").s("SECRET", password()).t("\n+DB_PASSWORD=").s("SECRET", password()).t("\n")
    p.t(" GIT_SHA=").neg("HASH", n_sha()).t("\n")
    p.t(" SUPPORT_EMAIL=").s("EMAIL_ADDRESS", email(lg)).t("\n")
    return p, "env_diff"


def doc_curl(i, lg):
    p = P()
    host = pick("api.stripe.com/v1/charges", "api.openai.com/v1/chat/completions", "hooks.slack.com/x", "api.example-shop.de/v2/orders")
    p.t(pick("this works locally but not in CI:\n", "curl aus dem Runbook:\n", "La commande :\n"))
    p.t("curl -sS -X POST https://%s \\\n" % host)
    k = rng.random()
    if k < 0.4:
        p.t('  -H "Authorization: Bearer ').s("SECRET", secret_token()).t('" \\\n')
    elif k < 0.7:
        p.t("  -H 'X-Api-Key: ").s("SECRET", b62(32)).t("' \\\n")
    else:
        p.t("  -u ").s("SECRET", "deploy:" + password()).t(" \\\n")
    p.t('  -H "X-Request-Id: ').neg("UUID", n_uuid()).t('" \\\n')
    p.t("  -d '{\"email\":\"").s("EMAIL_ADDRESS", email(lg)).t('","phone":"').s("PHONE_NUMBER", e164(lg))
    p.t('","order":"').neg("ORDER", n_order()).t("\"}'\n")
    return p, "curl"


def doc_k8s(i, lg):
    p = P()
    pw = password()
    tok = secret_token()
    p.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  annotations:\n    checksum/config: " % pick("billing", "crm", "mailer"))
    p.neg("HASH", n_sha256()).t("\ntype: Opaque\ndata:\n  DB_PASSWORD: ")
    p.s("SECRET", base64.b64encode(pw.encode()).decode()).t("\n  API_TOKEN: ").s("SECRET", base64.b64encode(tok.encode()).decode())
    p.t("\n  LOG_LEVEL: ").neg("B64", base64.b64encode(b"info").decode())
    if rng.random() < 0.5:
        p.t("\nstringData:\n  SMTP_PASSWORD: \"").s("SECRET", password()).t('"\n  SMTP_USER: "').s("EMAIL_ADDRESS", email(lg)).t('"')
    p.t("\n")
    return p, "k8s_secret"


def doc_aws_npmrc(i, lg):
    p = P()
    if rng.random() < 0.5:
        p.t("cat ~/.aws/credentials\n[default]\naws_access_key_id = ").s("SECRET", "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)))
        p.t("\naws_secret_access_key = ").s("SECRET", b62(40)).t("\nregion = eu-central-1\n")
        p.t("# account ").neg("NUMBER", nz(12)).t(" request id ").neg("UUID", n_uuid()).t("\n")
    else:
        p.t("$ cat .npmrc\n//registry.npmjs.org/:_authToken=").s("SECRET", "npm_" + b62(36))
        p.t("\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=").s("SECRET", "ghp_" + b62(36))
        p.t('\n$ grep integrity package-lock.json | head -1\n      "integrity": "sha512-').neg("HASH", base64.b64encode(bytes(rng.randint(0, 255) for _ in range(64))).decode()).t('"\n')
    return p, "aws_npmrc"


def doc_service_account(i, lg):
    p = P()
    key = "".join(rng.choice(B62 + "+/") for _ in range(64))
    p.t('{"type": "service_account", "project_id": "%s-%d", "private_key_id": "' % (pick("crm", "etl", "bot"), rng.randint(100, 999)))
    p.neg("HASH", n_sha()).t('", "private_key": "').s("SECRET", "-----BEGIN PRIVATE KEY-----\\n" + key + "\\n" + key[:40] + "\\n-----END PRIVATE KEY-----\\n")
    p.t('", "client_email": "').neg("EMAILISH", "svc-%s@%s.iam.gserviceaccount.com" % (pick("etl", "bot"), pick("crm-prod", "data-eu")))
    p.t('", "client_id": "').neg("NUMBER", nz(21)).t('"}\n')
    return p, "service_account"


def doc_mailto(i, lg):
    p = P()
    g, s = person(lg)
    g2, s2 = person(lg)
    p.t(pick("Button HTML:\n", "Der Link im Newsletter:\n", "Le lien :\n", "El enlace:\n"))
    p.t('<a href="mailto:').s("EMAIL_ADDRESS", email(lg, g, s)).t("?cc=").s("EMAIL_ADDRESS", email(lg, g2, s2))
    if rng.random() < 0.5:
        p.t("&bcc=").s("EMAIL_ADDRESS", email(lg).replace("@", "%40"))
    p.t("&subject=Order%20").neg("ORDER", nz(8)).t('">%s</a>\n' % pick("Contact us", "Kontakt", "Écrivez-nous"))
    return p, "mailto"


def doc_display(i, lg):
    p = P()
    g, s = person(lg)
    k = rng.random()
    p.t(pick("From: ", "Von: ", "De : ", "Reply-To: "))
    if k < 0.35:
        p.t('"').s("PERSON", "%s, %s" % (s, g)).t('" (%s) <' % pick("Sales", "via Helpdesk", "work")).s("EMAIL_ADDRESS", email(lg, g, s)).t(">\n")
    elif k < 0.7:
        p.s("EMAIL_ADDRESS", email(lg, g, s)).t(" (").s("PERSON", "%s %s" % (g, s)).t(")\n")
    else:
        p.s("PERSON", "%s %s" % (g, s)).t(" <").s("EMAIL_ADDRESS", email(lg, g, s)).t("> (%s)\n" % pick("im Auftrag", "on behalf of Billing", "pour le service client"))
    p.t("Message-ID: <").neg("EMAILISH", "%s.%s@mail.%s" % (n_sha()[:16], nz(6), pick("gmail.com", "outlook.com"))).t(">\n")
    p.t("Date: Tue, 4 Mar 2025 10:15:00 +0100\n")
    return p, "display_name"


IDN = [("xn--mnchen-3ya.de", "münchen.de"), ("xn--bcher-kva.example", "bücher.example"),
       ("xn--caf-dma.fr", "café.fr"), ("xn--espaa-rta.es", "españa.es"), ("xn--zrich-kva.ch", "zürich.ch")]


def doc_idn(i, lg):
    p = P()
    g, s = person(lg)
    puny, uni = rng.choice(IDN)
    local = ascii_fold(g).lower() + "." + ascii_fold(s).lower()
    p.t(pick("Bounce report: ", "Zustellfehler: ", "Échec de remise : ")).t("<").s("EMAIL_ADDRESS", local + "@" + puny).t(">")
    p.t(" (").s("EMAIL_ADDRESS", local + "@" + uni).t(")\nStatus: ").neg("VERSION", "5.1.1").t("\nQueue-ID: ").neg("HASH", n_sha()[:12].upper()).t("\n")
    if rng.random() < 0.5:
        p.t("Also tried ").s("EMAIL_ADDRESS", g.lower() + "@" + uni).t("\n")
    return p, "idn_email"


def doc_u0040(i, lg):
    p = P()
    em = email(lg)
    p.t(pick("pasted from the log viewer:\n", "Logzeile:\n", "ligne de log :\n"))
    p.t('{"level":"info","ts":').neg("TIMESTAMP", "17" + dg(8) + "." + dg(3)).t(',"msg":"signup","user":"')
    p.s("EMAIL_ADDRESS", em.replace("@", "\\u0040")).t('","phone":"').s("PHONE_NUMBER", e164(lg).replace("+", "\\u002b"))
    p.t('","trace":"').neg("HASH", n_sha()[:32]).t('"}\n')
    return p, "u0040"


def doc_ipv6(i, lg):
    p = P()
    k = rng.random()
    ll = linklocal()
    a6 = ipv6()
    p.t(pick("ip -6 addr output:\n", "Netzwerk sieht so aus:\n", "ifconfig :\n"))
    p.t("2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    inet6 ").s("IP_ADDRESS", a6).t("/64 scope global dynamic\n")
    p.t("    inet6 ").s("IP_ADDRESS", ll).t("/64 scope link\n")
    p.t("ping6 ").s("IP_ADDRESS", ll).t("%eth0\n")
    if k < 0.5:
        p.t("curl http://[").s("IP_ADDRESS", ipv6()).t("]:%d/health\n" % pick(8080, 9000, 3000))
    else:
        p.t("peer ::ffff:").s("IP_ADDRESS", ipv4()).t(" connected, lib ").neg("VERSION", n_version()).t("\n")
    p.t("loopback ").neg("IP", "::1").t(" docs ").neg("IP", "2001:db8::%x" % rng.randint(1, 999)).t("\n")
    return p, "ipv6_zone"


def doc_xff(i, lg):
    p = P()
    p.t("X-Forwarded-For: ").s("IP_ADDRESS", ipv4()).t(", ").s("IP_ADDRESS", ipv4()).t(", ").neg("IP", "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
    p.t("\nForwarded: for=\"[").s("IP_ADDRESS", ipv6()).t("]:%d\";proto=https\n" % rng.randint(1024, 65000))
    p.t("X-Request-Start: t=").neg("TIMESTAMP", "17" + dg(14)).t("\nUser-Agent: curl/").neg("VERSION", n_version()).t("\n")
    return p, "xff"


def doc_dumps(i, lg):
    p = P()
    g, s = person(lg)
    k = rng.random()
    if k < 0.33:
        p.t("thread 'main' panicked: validation failed: User { id: ").neg("NUMBER", nz(6)).t(', email: "')
        p.s("EMAIL_ADDRESS", email(lg, g, s)).t('", iban: Some("').s("IBAN_CODE", iban_compact()).t('"), phone: "')
        p.s("PHONE_NUMBER", phone(lg)).t('", created: ').neg("TIMESTAMP", n_ts()).t(" }\n")
    elif k < 0.66:
        p.t("java.lang.IllegalStateException: Customer[id=").neg("NUMBER", nz(7)).t(", email=").s("EMAIL_ADDRESS", email(lg, g, s))
        p.t(", card=").s("CREDIT_CARD", card("")).t(", ssn=").s("US_SSN", ssn()).t(", version=").neg("VERSION", n_version()).t("]\n")
    else:
        p.t("payload: &{ID:").neg("NUMBER", nz(5)).t(" Email:").s("EMAIL_ADDRESS", email(lg, g, s)).t(" Phone:").s("PHONE_NUMBER", e164(lg))
        p.t(" RemoteAddr:").s("IP_ADDRESS", ipv4()).t(":%d SHA:" % rng.randint(1024, 65000)).neg("HASH", n_sha()[:12]).t("}\n")
    return p, "struct_dump"


def doc_patch(i, lg):
    p = P()
    if rng.random() < 0.5:
        p.t("PATCH /users/%s\nContent-Type: application/json-patch+json\n\n[" % nz(5))
        p.t('{"op": "replace", "path": "/email", "value": "').s("EMAIL_ADDRESS", email(lg)).t('"}, ')
        p.t('{"op": "add", "path": "/payment/iban", "value": "').s("IBAN_CODE", iban()).t('"}, ')
        p.t('{"op": "test", "path": "/_rev", "value": "').neg("HASH", "3-" + n_sha()[:32]).t('"}]\n')
    else:
        p.t('{"query": "mutation($input: UpdateCustomer!) { updateCustomer(input: $input) { id } }", "variables": "{\\"input\\": {\\"phone\\": \\"')
        p.s("PHONE_NUMBER", phone(lg)).t('\\", \\"ssn\\": \\"').s("US_SSN", ssn()).t('\\", \\"clientMutationId\\": \\"').neg("UUID", n_uuid()).t('\\"}}"}\n')
    return p, "patch_graphql"


def doc_lower_iban(i, lg):
    p = P()
    p.t(pick("pls check if this iban is valid ", "ist die iban richtig? ", "est-ce que l'iban est bon : ", "questo iban va bene? "))
    p.s("IBAN_CODE", iban(pick(" ", "")).lower()).t(pick(" thx", " danke", " merci", "")).t("\n")
    p.t(pick("ref ", "Ref. ", "réf. ")).neg("ORDER", n_order()).t(", ISBN ").neg("ISBN", n_isbn()).t("\n")
    return p, "lower_iban"


def doc_masked(i, lg):
    """A card beside its masked form and order numbers, in a chat."""
    p = P()
    p.t(pick("The receipt shows ", "Auf dem Beleg steht ", "Le ticket affiche ")).neg("MASKED", n_masked())
    p.t(pick(" but the full number I entered was ", " aber eingegeben hatte ich ", " mais j'avais saisi "))
    p.s("CREDIT_CARD", card(pick(" ", "-", "", "\u2009"))).t(". Order ").neg("ORDER", n_order()).t(", build ").neg("VERSION", n_version())
    p.t(", download ").neg("SIZE", n_size()).t(".\n")
    return p, "masked_card"


def doc_csv_tabs(i, lg):
    """A TSV pasted as a JSON string with \\t and \\n escapes."""
    p = P()
    p.t('{"attachment": "name\\temail\\tphone\\tssn\\n')
    for _ in range(rng.randint(2, 3)):
        g, s = person(lg)
        p.s("PERSON", "%s %s" % (g, s)).t("\\t").s("EMAIL_ADDRESS", email(lg, g, s)).t("\\t").s("PHONE_NUMBER", phone_national(lg))
        p.t("\\t").s("US_SSN", ssn(pick("-", " ", ""))).t("\\n")
    p.t('", "sha": "').neg("HASH", n_sha()).t('", "rows": ').neg("NUMBER", str(rng.randint(2, 3))).t("}\n")
    return p, "tsv_in_json"


def doc_ssh_log(i, lg):
    p = P()
    for _ in range(rng.randint(2, 3)):
        p.t("%s sshd[%s]: Accepted publickey for deploy from " % (pick("Mar  4 10:15:01", "Mar  4 10:16:44"), nz(5)))
        if rng.random() < 0.5:
            p.s("IP_ADDRESS", ipv4())
        else:
            p.s("IP_ADDRESS", ipv6())
        p.t(" port %d ssh2: ED25519 SHA256:" % rng.randint(1024, 65000)).neg("HASH", base64.b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode().rstrip("=")).t("\n")
    p.t("kernel: version ").neg("VERSION", "6.%d.%d-%d-amd64" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(1, 30))).t("\n")
    return p, "sshd_log"


DOCS = [doc_toolargs_nested, doc_yaml_json, doc_pybytes, doc_url_json, doc_form_webhook, doc_sse_split,
        doc_md_table, doc_unicode, doc_arrays, doc_tel, doc_env_diff, doc_curl, doc_k8s, doc_aws_npmrc,
        doc_service_account, doc_mailto, doc_display, doc_idn, doc_u0040, doc_ipv6, doc_xff, doc_dumps,
        doc_patch, doc_lower_iban, doc_masked, doc_csv_tabs, doc_ssh_log, doc_arrays, doc_unicode,
        doc_toolargs_nested, doc_pybytes]


# ---- request bodies ----------------------------------------------------------------------------


def split_in_value(p):
    """p cut in two inside its first splittable value (at a separator), so the value's two parts
    stand in two content blocks; the gold span runs from the first part to the last and is kept
    on both sides as two pieces of one entity (returned as spans of the two pieces)."""
    for s in p.spans:
        if s["entity_type"] in ("CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER", "US_SSN") and " " in s["entity_value"][3:-2]:
            v = s["entity_value"]
            cut = s["start_position"] + v.index(" ", 3) + 1
            a, b = P(), P()
            a.text, b.text = p.text[:cut], p.text[cut:]
            for t in p.spans:
                if t is s:
                    continue
                if t["end_position"] <= cut:
                    a.spans.append(dict(t))
                else:
                    b.spans.append(dict(t, start_position=t["start_position"] - cut, end_position=t["end_position"] - cut))
            return a, b, s
    return None


WRAPS = ["oa_user", "oa_tool", "oa_args2", "oa_args3", "an_text", "an_tool_result", "an_split",
         "gm_text", "gm_fr", "rs_input", "rs_fco"]
ASKS = ["Can you summarise this?", "Was ist hier falsch?", "Peux-tu corriger ceci ?", "¿Qué falla aquí?",
        "Fix the bug please.", "Controlla questo, per favore."]


def body(wrap, p, i, ascii_, compact):
    ask = ASKS[i % len(ASKS)]
    call = "call_%s" % b62(12)
    tool = pick("read_file", "http_get", "crm_lookup", "run_shell")
    if wrap == "oa_user":
        b = {"model": "gpt-4o", "messages": [{"role": "system", "content": "You are a helpful assistant."},
                                             {"role": "user", "content": ask + "\n\n" + MARK % 0}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap == "oa_tool":
        b = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function", "function": {"name": tool, "arguments": json.dumps({"path": "notes.txt"})}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap in ("oa_args2", "oa_args3"):
        if wrap == "oa_args2":
            args, levels = json.dumps({"note": MARK % 0, "priority": "high"}, ensure_ascii=ascii_), 2
        else:
            inner = json.dumps({"text": MARK % 0, "lang": "auto"}, ensure_ascii=ascii_)
            args, levels = json.dumps({"payload": inner, "retry": 1}, ensure_ascii=ascii_), 3
        b = {"model": "gpt-4.1", "messages": [
            {"role": "user", "content": "Save this for later."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function", "function": {"name": "save_note", "arguments": args}}]},
            {"role": "tool", "tool_call_id": call, "content": "saved"}]}
        return place_all(dumps(b, ascii_, compact), [p], levels, ascii_), None
    if wrap == "an_text":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": MARK % 0}]}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap == "an_tool_result":
        b = {"model": "claude-opus-4-1", "max_tokens": 2048, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_%s" % b62(10), "name": tool, "input": {"path": "x"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_x", "content": MARK % 0}]}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap == "an_split":
        cut = split_in_value(p)
        if cut is None:
            return body("an_text", p, i, ascii_, compact)
        a, bq, s = cut
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": MARK % 0},
                                         {"type": "text", "text": MARK % 1}]}]}
        # mark the split value's two pieces so place_all moves them, then join them into one span
        ca, cb = len(a.text), 0
        a.spans.append({"entity_type": "@A", "entity_value": a.text[s["start_position"]:], "start_position": s["start_position"], "end_position": ca})
        rest = s["end_position"] - ca
        bq.spans.append({"entity_type": "@B", "entity_value": bq.text[:rest], "start_position": 0, "end_position": rest})
        out, spans = place_all(dumps(b, ascii_, compact), [a, bq], 1, ascii_)
        sa = [x for x in spans if x["entity_type"] == "@A"][0]
        sb = [x for x in spans if x["entity_type"] == "@B"][0]
        spans = [x for x in spans if x["entity_type"][0] != "@"]
        spans.append({"entity_type": s["entity_type"], "entity_value": out[sa["start_position"]:sb["end_position"]],
                      "start_position": sa["start_position"], "end_position": sb["end_position"]})
        spans.sort(key=lambda x: x["start_position"])
        return (out, spans), "split"
    if wrap == "gm_text":
        b = {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": MARK % 0}]}],
             "generationConfig": {"temperature": 0.2}}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap == "gm_fr":
        b = {"contents": [
            {"role": "user", "parts": [{"text": ask}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"path": "x"}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": {"content": MARK % 0}}}]}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap == "rs_input":
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": ask}, {"type": "input_text", "text": MARK % 0}]}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    if wrap == "rs_fco":
        b = {"model": "gpt-4.1", "input": [
            {"role": "user", "content": ask},
            {"type": "function_call", "call_id": call, "name": tool, "arguments": json.dumps({"path": "x"})},
            {"type": "function_call_output", "call_id": call, "output": MARK % 0}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_), None
    raise ValueError(wrap)


def emit(text, spans, lg, wrap, form):
    check_spans(text, spans)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": form, "wrap": wrap, "form": form}})


def main():
    for i in range(250):
        lg = LANGS[(i * 7 + i // 6) % len(LANGS)]
        p, form = DOCS[i % len(DOCS)](i, lg)
        p.spans.sort(key=lambda s: s["start_position"])
        check_spans(p.text, p.spans)
        emit(p.text, p.spans, lg, "plain", form)
        wrap = WRAPS[(i + i // len(WRAPS)) % len(WRAPS)]
        (t, sp), note = body(wrap, p, i, i % 2 == 0, i % 3 == 0)
        json.loads(t)
        emit(t, sp, lg, wrap if note is None else "an_split", form)
    write_json(records)


main()
