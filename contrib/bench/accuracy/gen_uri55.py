#!/usr/bin/env python3
"""gen_uri55.py: identifiers inside data: URIs and encoded payloads (stop 55).

From the twenty-fifth blind set's public brief (its `where` family: data: URIs) and where54's
notes (0 of 9 base64 payloads found), written and committed before hush was run on it. Every
record is one request body of the four APIs (chat-completions, Responses, Anthropic, Gemini; a
third \\uXXXX-escaped) holding a payload with two or three identifiers (card, e-mail, phone, IBAN,
US SSN, birth, person, street, IPv4) and one look-alike, in one of these places:
  - prompt: a data: URI in the user's text;
  - md: a markdown link or image `[x](data:...)`;
  - html: `<a href="data:...">`, `<iframe src="data:...">`, `<object data="data:...">`;
  - jsonval: `"url": "data:..."` in JSON pasted into the text or sent as a tool result;
  - member: the URI as the body's own file part (chat `file.file_data`, Responses `input_file`);
  - bare: a base64 blob with no data: prefix under `content`/`data`/`attachment`/`payload`/
    `body`, pasted or as Anthropic's document source and Gemini's inlineData.
Payloads: text/plain, text/vcard, text/csv, application/json, text/html; written percent-encoded
(everything escaped, `%40`/`%20`; or only what a URL must; or `+` for spaces), unencoded, or in
base64 (standard or URL-safe, with or without padding, wrapped at 76 in JSON values and blobs),
with `;charset=utf-8` and `;name=` parameters.
Gold: the characters of the encoded form that carry the value. Percent-encoded, the value's own
escaped characters; base64, the 4-character groups that hold any byte of the value (from the
group holding its first byte to the group holding its last; a newline of a wrapped payload inside
that range is inside the span).
Look-alikes (NEG_ spans): an order id, a version or a date inside the payload; beside it a PNG or
JPEG in base64, a woff2 font, base64 of text without identifiers, an SRI hash, a CSP nonce, a
three-part token that is not a JWT. metadata.class is place/payload/encoding.
Deterministic: python3 gen_uri55.py > data/uri55.json
"""
import base64
import json
import random
from urllib.parse import quote, quote_plus

import gen_where53 as w
from gen_bodies import Bodies, P, dumps, place
from gen_common import write_json

rng = random.Random(5555)
w.rng = rng
records = []
OUT = Bodies(records, w.ASK)
ENT = dict(w.ENT, ip="IP_ADDRESS")
LANGS = w.LANGS
KEYS = dict(w.KEYS, ip={lg: "ip" for lg in LANGS})
TYPES = ["card", "email", "phone", "iban", "ssn", "dob", "person", "street", "ip"]

LAB = {
    "card": {"en": "Card", "de": "Karte", "fr": "Carte", "es": "Tarjeta", "it": "Carta",
             "nl": "Kaart", "pt": "Cartão", "pl": "Karta", "sv": "Kort", "da": "Kort",
             "fi": "Kortti", "cs": "Karta", "hu": "Kártya", "tr": "Kart"},
    "phone": {"en": "Phone", "de": "Telefon", "fr": "Tél.", "es": "Tel.", "it": "Tel.",
              "nl": "Tel.", "pt": "Tel.", "pl": "Tel.", "sv": "Tel.", "da": "Tlf.",
              "fi": "Puh.", "cs": "Tel.", "hu": "Tel.", "tr": "Tel."},
    "email": {"en": "Email", "de": "E-Mail", "fr": "Courriel", "es": "Correo", "it": "E-mail",
              "nl": "E-mail", "pt": "E-mail", "pl": "E-mail", "sv": "E-post", "da": "E-mail",
              "fi": "Sähköposti", "cs": "E-mail", "hu": "E-mail", "tr": "E-posta"},
    "dob": {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Né le", "es": "Fecha de nacimiento",
            "it": "Data di nascita", "nl": "Geboortedatum", "pt": "Data de nascimento",
            "pl": "Data urodzenia", "sv": "Född", "da": "Født", "fi": "Syntynyt",
            "cs": "Datum narození", "hu": "Születési dátum", "tr": "Doğum tarihi"},
    "person": {"en": "Name", "de": "Name", "fr": "Nom", "es": "Nombre", "it": "Nome",
               "nl": "Naam", "pt": "Nome", "pl": "Imię i nazwisko", "sv": "Namn", "da": "Navn",
               "fi": "Nimi", "cs": "Jméno", "hu": "Név", "tr": "Ad soyad"},
    "street": {"en": "Address", "de": "Anschrift", "fr": "Adresse", "es": "Dirección",
               "it": "Indirizzo", "nl": "Adres", "pt": "Morada", "pl": "Adres", "sv": "Adress",
               "da": "Adresse", "fi": "Osoite", "cs": "Adresa", "hu": "Cím", "tr": "Adres"},
    "ssn": {lg: "SSN" for lg in LANGS},
    "iban": {lg: "IBAN" for lg in LANGS},
    "ip": {lg: "IP" for lg in LANGS},
}
VCARD = {"person": "FN", "email": "EMAIL;TYPE=work", "phone": "TEL;TYPE=cell", "dob": "BDAY",
         "street": "ADR;TYPE=home:;", "card": "X-CARD", "iban": "X-IBAN", "ssn": "X-SSN",
         "ip": "X-IP"}
ASK = {"en": "What is in this attachment?", "de": "Was steht in diesem Anhang?",
       "fr": "Que contient cette pièce jointe ?", "es": "¿Qué contiene este adjunto?",
       "it": "Cosa c'è in questo allegato?", "nl": "Wat staat er in deze bijlage?",
       "pt": "O que tem neste anexo?", "pl": "Co jest w tym załączniku?",
       "sv": "Vad finns i den här bilagan?", "da": "Hvad står der i denne vedhæftning?",
       "fi": "Mitä tässä liitteessä on?", "cs": "Co je v této příloze?",
       "hu": "Mi van ebben a mellékletben?", "tr": "Bu ekte ne var?"}


def lang(i):
    return LANGS[(i * 5 + i // 14) % len(LANGS)]


def ip():
    return "%d.%d.%d.%d" % (rng.choice([31, 46, 62, 77, 81, 84, 91, 145, 176, 185, 212, 217]),
                            rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))


def value(t, lg):
    if t == "ip":
        return ip()
    if t == "dob":
        y, m, d = w.dob_ymd()
        return rng.choice(["%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y),
                           "%02d/%02d/%d" % (d, m, y)])
    return w.value(t, lg)


def neg_inner():
    k = rng.randint(0, 3)
    if k == 0:
        return "NEG_ID", "ORD-%d-%06d" % (rng.randint(2023, 2026), rng.randint(1, 999999)), "order"
    if k == 1:
        return "NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 30)), "version"
    if k == 2:
        return "NEG_DATE", "%d-%02d-%02d" % (rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)), "created"
    return "NEG_ID", "%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16)), "ref"


class Raw:
    """A payload's text and its spans at character offsets."""

    def __init__(self):
        self.parts = []  # (text, label or None)

    def t(self, s):
        self.parts.append((s, None))
        return self

    def s(self, label, v):
        self.parts.append((v, label))
        return self


def payload(kind, lg):
    ts = rng.sample(TYPES, rng.choice((2, 3, 3)))
    vals = [(t, value(t, lg)) for t in ts]
    nl, nv, nk = neg_inner()
    r = Raw()
    if kind == "vcard":
        r.t("BEGIN:VCARD\r\nVERSION:%s\r\n" % rng.choice(["3.0", "4.0"]))
        for t, v in vals:
            r.t(VCARD[t] + ":").s(ENT[t], v).t("\r\n")
        r.t("NOTE:%s " % nk).s(nl, nv).t("\r\nEND:VCARD\r\n")
    elif kind == "csv":
        r.t(",".join(KEYS[t][lg] for t, _ in vals) + "," + nk + "\n")
        for j, (t, v) in enumerate(vals):
            r.s(ENT[t], v).t(",")
        r.s(nl, nv).t("\n")
    elif kind == "json":
        r.t("{")
        for t, v in vals:
            r.t('"%s": "' % KEYS[t][lg]).s(ENT[t], v).t('", ')
        r.t('"%s": "' % nk).s(nl, nv).t('"}')
    elif kind == "html":
        r.t("<html><body><table>")
        for t, v in vals:
            r.t("<tr><td>%s</td><td>" % LAB[t][lg]).s(ENT[t], v).t("</td></tr>")
        r.t("<tr><td>%s</td><td>" % nk).s(nl, nv).t("</td></tr></table></body></html>")
    else:
        for t, v in vals:
            r.t(LAB[t][lg] + ": ").s(ENT[t], v).t("\n")
        r.t(nk + ": ").s(nl, nv).t("\n")
    return r


MIME = {"plain": "text/plain", "vcard": "text/vcard", "csv": "text/csv",
        "json": "application/json", "html": "text/html"}
NAME = {"plain": "note.txt", "vcard": "contact.vcf", "csv": "export.csv", "json": "record.json",
        "html": "page.html"}


def encode_pct(r, mode):
    """The payload percent-encoded piece by piece (escaping is per character)."""
    p = P()
    for s, lab in r.parts:
        if mode == "all":
            e = quote(s, safe="")
        elif mode == "plus":
            e = quote_plus(s, safe="")
        elif mode == "url":
            e = quote(s, safe="@:;/=.-_~!$'()*+,")
        else:  # "raw": only what ends or breaks the URI
            e = s.replace("%", "%25").replace("#", "%23").replace("\r", "%0D").replace("\n", "%0A")
            e = e.replace('"', "%22").replace("<", "%3C").replace(">", "%3E").replace(")", "%29")
            e = e.replace(" ", "%20") if mode == "raw_nosp" else e
        p.s(lab, e) if lab else p.t(e)
    return p


def encode_b64(r, urlsafe, pad, wrap):
    raw = b""
    spans = []
    for s, lab in r.parts:
        b = s.encode()
        if lab:
            spans.append((lab, len(raw), len(raw) + len(b)))
        raw += b
    enc = base64.b64encode(raw).decode()
    if urlsafe:
        enc = enc.replace("+", "-").replace("/", "_")
    if not pad:
        enc = enc.rstrip("=")
    gs = [(lab, (a // 3) * 4, min(len(enc), -(-b // 3) * 4)) for lab, a, b in spans]
    if wrap:
        m = lambda x: x + x // 76
        text = "\n".join(enc[j:j + 76] for j in range(0, len(enc), 76))
        gs = [(lab, m(a), m(b - 1) + 1) for lab, a, b in gs]
    else:
        text = enc
    p = P()
    at = 0
    for lab, a, b in gs:
        p.t(text[at:a]).s(lab, text[a:b])
        at = b
    return p.t(text[at:])


def lookalike(lg):
    """(text, NEG label, the part of text that is the span)."""
    k = rng.randint(0, 6)
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    if k == 0:
        b = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rb(60)).decode()
        return "![logo](data:image/png;base64,%s)", "NEG_BASE64", b
    if k == 1:
        b = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rb(72)).decode()
        return '<img alt="photo" src="data:image/jpeg;base64,%s">', "NEG_BASE64", b
    if k == 2:
        b = base64.b64encode(b"wOF2\x00\x01\x00\x00" + rb(54)).decode()
        return "@font-face { src: url(data:font/woff2;base64,%s) }", "NEG_BASE64", b
    if k == 3:
        txt = rng.choice(["Build %s passed: 128 tests, 0 failures.\n",
                          "Release notes %s: faster start-up, fewer allocations.\n",
                          "Checksum OK for package %s (3 files).\n"])
        v = "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 30))
        b = base64.b64encode((txt % v).encode()).decode()
        return "log: data:text/plain;base64,%s", "NEG_BASE64", b
    if k == 4:
        b = base64.b64encode(rb(32)).decode()
        return '<script src="app.js" integrity="sha256-%s"></script>', "NEG_HASH", b
    if k == 5:
        b = base64.b64encode(rb(16)).decode()
        return "Content-Security-Policy: script-src 'nonce-%s'", "NEG_ID", b
    seg = lambda n: base64.urlsafe_b64encode(rb(n)).decode().rstrip("=")
    b = "v2.%s.%s" % (seg(12), seg(24))
    return "session token (not a JWT): %s", "NEG_ID", b


def with_neg(p, lg):
    tmpl, lab, b = lookalike(lg)
    pre, post = tmpl.split("%s")
    p.t("\n\n" + pre).s(lab, b).t(post + "\n")


def header(kind, b64, urlsafe, i):
    h = "data:" + MIME[kind]
    k = i % 4
    if k == 1:
        h += ";charset=utf-8"
    elif k == 2:
        h += ";name=" + NAME[kind]
    elif k == 3:
        h += ";charset=UTF-8;name=" + NAME[kind]
    return h + (";base64," if b64 else ",")


def text_body(api, ask):
    return w.text_body(api, ask)


def emit_text(p, lg, cls, i):
    api = ["chat", "resp", "anth", "gemini"][i % 4]
    a = i % 3 == 0
    body = dumps(text_body(api, ASK[lg]), a, i % 4 == 1)
    t, sp = place(body, [p], a)
    OUT.emit(t, sp, lg, cls, api)
    pieces(cls)


def pieces(cls):
    """base64 gold spans are 4-character groups, not values: listed as metadata.pieces."""
    if "/b64" in cls:
        records[-1]["metadata"]["pieces"] = [
            k for k, s in enumerate(records[-1]["spans"]) if not s["entity_type"].startswith("NEG_")]


def member_body(api, ask, kind, mime_hdr):
    """A body whose own file part holds the payload (MARK)."""
    if api == "chat":
        return {"model": "gpt-4o", "messages": [{"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": NAME[kind], "file_data": mime_hdr + "@@DOC0@@"}}]}]}
    if api == "resp":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": ask},
            {"type": "input_file", "filename": NAME[kind], "file_data": mime_hdr + "@@DOC0@@"}]}]}
    if api == "anth":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [
                {"type": "document", "source": {"type": "base64", "media_type": MIME[kind],
                                                "data": "@@DOC0@@"}},
                {"type": "text", "text": ask}]}]}
    return {"contents": [{"role": "user", "parts": [
        {"inlineData": {"mimeType": MIME[kind], "data": "@@DOC0@@"}}, {"text": ask}]}]}


def tool_body(api, ask, doc):
    """A tool's result holding a JSON document (MARK, escaped once more)."""
    if api in ("chat", "resp"):
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_55%03d" % (len(records) % 1000), "type": "function",
                 "function": {"name": "fetch_attachment", "arguments": "{\"id\": 7}"}}]},
            {"role": "tool", "tool_call_id": "call_55%03d" % (len(records) % 1000),
             "content": "@@DOC0@@"}]}
    if api == "anth":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_55",
                                          "content": "@@DOC0@@"}, {"type": "text", "text": ask}]}]}
    return {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": "@@DOC0@@"}]}]}


PLACES = ["prompt", "md", "html", "jsonval", "member", "bare"]
KINDS = ["plain", "vcard", "csv", "json", "html"]
PCT = ["all", "url", "plus", "raw", "raw_nosp"]


def record(i):
    lg = lang(i)
    place_ = PLACES[i % 6]
    kind = KINDS[(i // 6 + i) % 5]
    r = payload(kind, lg)
    api = ["chat", "resp", "anth", "gemini"][(i // 2) % 4]
    url_ctx = place_ in ("md", "html")
    if place_ in ("member", "bare"):
        enc = "b64"
    else:
        enc = ["b64", "pct", "b64", "pct", "b64"][(i // 6) % 5]
    urlsafe = enc == "b64" and rng.random() < 0.3
    pad = not (enc == "b64" and rng.random() < 0.3)
    wrap = enc == "b64" and not url_ctx and place_ != "prompt" and rng.random() < 0.4
    if enc == "b64":
        ep = encode_b64(r, urlsafe, pad, wrap)
        ename = "b64" + ("url" if urlsafe else "") + ("" if pad else "_nopad") + ("_wrap76" if wrap else "")
    else:
        mode = PCT[(i // 30) % 5]
        if url_ctx and mode in ("raw",):
            mode = "raw_nosp"
        ep = encode_pct(r, mode)
        ename = "pct_" + mode
    cls = "%s/%s/%s" % (place_, kind, ename)
    hdr = header(kind, enc == "b64", urlsafe, i)
    a = i % 3 == 0
    if place_ == "member":
        mh = hdr if api in ("chat", "resp") else ""
        body = dumps(member_body(api, ASK[lg], kind, mh), a, i % 4 == 1)
        t, sp = place(body, [ep], a)
        OUT.emit(t, sp, lg, cls, api)
        pieces(cls)
        return
    p = P()
    if place_ == "prompt":
        p.t(rng.choice(["Attached: ", "Here is the file ", "Datei: ", "Pièce jointe : ", ""]))
        p.t(hdr).add(ep)
    elif place_ == "md":
        if rng.random() < 0.5:
            p.t("See [%s](" % NAME[kind]).t(hdr).add(ep).t(") for the details.")
        else:
            p.t("![%s](" % NAME[kind]).t(hdr).add(ep).t(")")
    elif place_ == "html":
        tag = rng.choice(['<a href="%s" download="' + NAME[kind] + '">download</a>',
                          '<iframe src="%s" width="600"></iframe>',
                          '<object data="%s" type="' + MIME[kind] + '"></object>'])
        pre, post = tag.split("%s")
        p.t(pre).t(hdr).add(ep).t(post)
    elif place_ == "jsonval":
        key = rng.choice(["url", "uri", "href", "src", "file_url", "attachment_url"])
        p.t('{"id": %d, "%s": "' % (rng.randint(1, 9999), key)).t(hdr)
        # a JSON value: newlines of a wrapped payload are \n escapes in it
        q = P()
        q.text, q.spans = ep.text, ep.spans
        if "\n" in q.text:
            q = P()
            at = 0
            for s_ in ep.spans:
                q.t(ep.text[at:s_["start_position"]].replace("\n", "\\n"))
                q.s(s_["entity_type"], s_["entity_value"].replace("\n", "\\n"))
                at = s_["end_position"]
            q.t(ep.text[at:].replace("\n", "\\n"))
        p.add(q).t('", "mime": "%s"}' % MIME[kind])
    else:  # bare: a base64 blob under a key, pasted JSON or a tool result
        key = rng.choice(["content", "data", "attachment", "payload", "body", "file_content"])
        q = P()
        at = 0
        for s_ in ep.spans:
            q.t(ep.text[at:s_["start_position"]].replace("\n", "\\n"))
            q.s(s_["entity_type"], s_["entity_value"].replace("\n", "\\n"))
            at = s_["end_position"]
        q.t(ep.text[at:].replace("\n", "\\n"))
        p.t('{"filename": "%s", "encoding": "base64", "%s": "' % (NAME[kind], key)).add(q).t('"}')
        if i % 12 < 6:
            with_neg(p, lg)
            body = dumps(tool_body(api, ASK[lg], None), a, i % 4 == 1)
            t, sp = place(body, [p], a)
            OUT.emit(t, sp, lg, cls, api)
            pieces(cls)
            return
    with_neg(p, lg)
    emit_text(p, lg, cls, i)


for i in range(456):
    record(i)

write_json(records)
