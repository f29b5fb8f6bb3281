#!/usr/bin/env python3
"""gen_where54.py: identifiers where a detector does not look, second round (stop 54).

From the twenty-fifth blind set's public brief (its `where` family) and where53's notes: where53
had the places right and moved nothing on the blind set, so this corpus writes the ways a value
sits in those places that where53 lacks, written and committed before hush was run on it:
  - split/arr: a value over two or three strings of one JSON array, cut at any point, with or
    without a separator piece (`["4111", "1111", ...]`, `["5538 48", "15 2969 4962"]`,
    `["anna.keller", "@", "posteo.de"]`, `["1987", "03", "04"]`);
  - split/members: adjacent members (`local`/`domain`, `card_part1`/`card_part2`, `bin`/`rest`,
    `ssn_area`/`ssn_group`/`ssn_serial`, `cc`/`number`);
  - split/code: pieces joined in code (`"4111 1111 " + "1111 1111"`, Python's implicit
    concatenation, `String.join`, `.concat()`, template pieces);
  - split/blocks, split/msgs: pieces in two content blocks or two messages, any cut;
  - datauri: data: URIs (vCard, text/plain, `;charset=`, percent-encoded; base64 payloads whose
    gold span is the base64 characters that encode the value);
  - traceback: Python locals, repr dicts, `<Customer email=...>`, Java toString, Go `%+v`,
    Ruby inspect, Node util.inspect;
  - comment: `#`, `//`, `/* */`, `--`, `<!-- -->`, `;`, `%`, `REM`, `'` with labels in 14 languages;
  - xml: attributes, CDATA, `<entry key=...>`, namespaced elements;
  - jsonkey: values keying objects (nested, compact digits, in a JSON string, in a list);
  - dobparts: births as members (`dob_year`...), arrays of numbers or strings, epoch seconds and
    ms, ISO with time, `datetime.date(1987, 3, 4)`, `new Date(1987, 2, 4)`;
  - cardnum: cards as JSON numbers (alone, in arrays, beside `exp_month`/`cvv`) and cards with
    expiry and CVV beside them in text dumps.
A card is never written in scientific notation: no JSON writer prints an integer below 1e21 in
exponent form (JavaScript's Number#toString switches at 1e21; Python, Go and Jackson write ints as
digits), so `4.111111111111111e15` is not a shape a card travels in.
Look-alikes (NEG_ spans) in the same places: order ids and tracking numbers split over strings,
GTINs and snowflake ids as numbers, created/updated dates as parts and epochs, versions in
comments, UUIDs and hashes in data URIs and attributes. Values and helpers come from
gen_where53.py (its random stream replaced by this file's). Request bodies of the four APIs, a
third \\uXXXX-escaped. metadata.class is the frame, metadata.pieces the spans that are pieces.
Deterministic: python3 gen_where54.py > data/where54.json
"""
import base64
import json
import random
from urllib.parse import quote

import gen_where53 as w
from gen_bodies import MARK, Bodies, P, dumps, place
from gen_common import write_json

rng = random.Random(5454)
w.rng = rng  # gen_where53's value helpers draw from this corpus's stream
records = []
OUT = Bodies(records, w.ASK)
ENT, KEYS, LANGS = w.ENT, w.KEYS, w.LANGS

LAB = {  # how a comment or a note names the value, per language
    "card": {"en": "card", "de": "Karte", "fr": "carte", "es": "tarjeta", "it": "carta",
             "nl": "kaart", "pt": "cartão", "pl": "karta", "sv": "kort", "da": "kort",
             "fi": "kortti", "cs": "karta", "hu": "kártya", "tr": "kart"},
    "phone": {"en": "phone", "de": "Tel.", "fr": "tél.", "es": "tel.", "it": "tel.",
              "nl": "tel.", "pt": "tel.", "pl": "tel.", "sv": "tel.", "da": "tlf.",
              "fi": "puh.", "cs": "tel.", "hu": "tel.", "tr": "tel."},
    "email": {"en": "mail", "de": "E-Mail", "fr": "courriel", "es": "correo", "it": "e-mail",
              "nl": "e-mail", "pt": "e-mail", "pl": "e-mail", "sv": "e-post", "da": "e-mail",
              "fi": "sähköposti", "cs": "e-mail", "hu": "e-mail", "tr": "e-posta"},
    "dob": {"en": "born", "de": "geb.", "fr": "né le", "es": "nacido el", "it": "nato il",
            "nl": "geb.", "pt": "nascido em", "pl": "ur.", "sv": "född", "da": "født",
            "fi": "syntynyt", "cs": "nar.", "hu": "szül.", "tr": "doğum"},
    "ssn": {lg: "SSN" for lg in LANGS},
    "iban": {lg: "IBAN" for lg in LANGS},
}


def lang(i):
    return LANGS[(i * 3 + i // 14) % len(LANGS)]


def asc(i):
    return i % 3 == 0


def pieces_of(p):
    return [k for k, s in enumerate(p.spans) if not s["entity_type"].startswith("NEG_")]


def emit_json(obj, lg, cls, i, pieces=False):
    """A native JSON document in a wrap of the four APIs (a JSON string holding it in half)."""
    p = w.jdoc(obj, ["pretty", "line", "compact"][i % 3])
    wrap = ["gemini_fr", "oai_tool", "anth_tool_use", "anth_tool_str", "tool_args",
            "resp_output", "gemini_call", "user_paste"][(i // 3 + i) % 8]
    t, sp = OUT.json_body(wrap, lg, i + 1, p, call_base=5500)  # i + 1: a third ASCII
    OUT.emit(t, sp, lg, cls, wrap)
    if pieces:
        records[-1]["metadata"]["pieces"] = [k for k, s in enumerate(sp)
                                             if not s["entity_type"].startswith("NEG_")]


def emit_text(p, lg, cls, i, pieces=False):
    api = ["chat", "resp", "anth", "gemini"][i % 4]
    a = asc(i)
    body = dumps(w.text_body(api, w.ASK[lg]), a, i % 4 == 1)
    t, sp = place(body, [p], a)
    OUT.emit(t, sp, lg, cls, api)
    if pieces:
        records[-1]["metadata"]["pieces"] = [k for k, s in enumerate(sp)
                                             if not s["entity_type"].startswith("NEG_")]


def grouped(s, n=4, sep=" "):
    return sep.join(s[j:j + n] for j in range(0, len(s), n))


def cuts(v, k):
    """v cut into k pieces at random points (each piece at least two characters)."""
    pts = sorted(rng.sample(range(2, len(v) - 1), k - 1))
    while any(b - a < 2 for a, b in zip([0] + pts, pts + [len(v)])):
        pts = sorted(rng.sample(range(2, len(v) - 1), k - 1))
    return [v[a:b] for a, b in zip([0] + pts, pts + [len(v)])]


def split_value(t, lg):
    """(pieces, separator piece or None) of a value of type t cut for a split frame."""
    if t == "card":
        d = w.card_digits()
        k = rng.randint(0, 4)
        if k == 0:
            return [d[j:j + 4] for j in range(0, 16, 4)], None
        if k == 1:
            return [d[j:j + 4] for j in range(0, 16, 4)], " "
        if k == 2:
            return cuts(d, rng.choice((2, 3))), None
        if k == 3:
            return cuts(grouped(d), 2), None
        return [d[:6], d[6:]], None
    if t == "iban":
        s = w.iban_compact()
        if rng.random() < 0.5:
            return cuts(s, 2), None
        g = grouped(s).split(" ")
        h = rng.randint(2, len(g) - 2)
        return [" ".join(g[:h]), " ".join(g[h:])], rng.choice([None, " "])
    if t == "phone":
        cc, r = w.phone_digits(lg)
        k = rng.randint(0, 2)
        if k == 0:
            return ["+" + cc, r], rng.choice([None, " "])
        if k == 1:
            return ["+" + cc + " " + r[:3], r[3:6], r[6:]], None
        return cuts("+" + cc + r, 2), None
    if t == "ssn":
        a, b, c = w.ssn_parts()
        return ([a, b, c], "-") if rng.random() < 0.5 else ([a, b, c], None)
    if t == "email":
        g, s = w.name_parts(lg)
        loc = w.fold(g) + rng.choice([".", "_", ""]) + w.fold(s)
        dom = rng.choice(w.DOMAINS)
        k = rng.randint(0, 2)
        if k == 0:
            return [loc, "@" + dom], None
        if k == 1:
            return [loc, dom], "@"
        return [loc + "@", dom], None
    y, m, dd = w.dob_ymd()
    return ["%d" % y, "%02d" % m, "%02d" % dd], rng.choice([None, "-"])


def neg_split():
    k = rng.randint(0, 3)
    if k == 0:
        return [("NEG_ID", "ORD-%d" % rng.randint(2023, 2026)), ("NEG_ID", "%06d" % rng.randint(1, 999999))]
    if k == 1:
        return [("NEG_ID", "1Z%06d" % rng.randint(0, 999999)), ("NEG_ID", "%010d" % rng.randint(0, 10 ** 10 - 1))]
    if k == 2:
        return [("NEG_VERSION", "%d" % rng.randint(1, 9)), ("NEG_VERSION", "%d" % rng.randint(0, 30)),
                ("NEG_VERSION", "%d" % rng.randint(0, 20))]
    return [("NEG_DATE", "%d" % rng.randint(2019, 2026)), ("NEG_DATE", "%02d" % rng.randint(1, 12)),
            ("NEG_DATE", "%02d" % rng.randint(1, 28))]


NEG_SPLIT_KEY = {"NEG_ID": "order_ref", "NEG_VERSION": "version", "NEG_DATE": "created"}
SPLIT_TYPES = ["card", "iban", "phone", "ssn", "email", "dob", "card", "card"]


# ---- frames -------------------------------------------------------------------------------------
def f_split_arr(n):
    """A value over two or three strings of one JSON array."""
    for i in range(n):
        lg = lang(i)
        t = SPLIT_TYPES[i % len(SPLIT_TYPES)]
        ps, sep = split_value(t, lg)
        arr = []
        for k, pc in enumerate(ps):
            if k and sep is not None:
                arr.append(sep)
            arr.append((ENT[t], pc))
        key = KEYS[t][lg] + rng.choice(["", "_parts", "_chunks", "s"])
        rec = {KEYS["person"][lg]: (ENT["person"], w.person(lg)), key: arr}
        ng = neg_split()
        rec[NEG_SPLIT_KEY[ng[0][0]]] = ng
        emit_json({"customer": rec, "page": 1}, lg, "split_arr/" + t, i, pieces=True)


MEMBER_KEYS = {
    "card": [("card_part1", "card_part2", "card_part3"), ("bin", "rest", "tail"),
             ("pan_head", "pan_mid", "pan_tail"), ("teil1", "teil2", "teil3")],
    "iban": [("iban_1", "iban_2", "iban_3"), ("iban_head", "iban_tail", "iban_end")],
    "phone": [("country_code", "number", "ext"), ("cc", "subscriber", "x"),
              ("vorwahl", "rufnummer", "durchwahl")],
    "ssn": [("ssn_area", "ssn_group", "ssn_serial"), ("area", "group", "serial")],
    "email": [("local", "domain", "x"), ("user", "host", "x"), ("mailbox", "domain", "x")],
    "dob": [("dob_year", "dob_month", "dob_day"), ("birth_year", "birth_month", "birth_day"),
            ("geburtsjahr", "geburtsmonat", "geburtstag"), ("annee_naissance", "mois_naissance",
                                                             "jour_naissance")],
}


def f_split_members(n):
    """A value over adjacent members of one object."""
    for i in range(n):
        lg = lang(i + 1)
        t = SPLIT_TYPES[i % len(SPLIT_TYPES)]
        ps, sep = split_value(t, lg)
        if t == "email":
            ps = [ps[0].rstrip("@"), ps[1].lstrip("@")]
        keys = rng.choice(MEMBER_KEYS[t])
        sub = {keys[k]: (ENT[t], pc) for k, pc in enumerate(ps[:3])}
        if len(ps) > 3:
            sub = {"%s_%d" % (KEYS[t][lg], k + 1): (ENT[t], pc) for k, pc in enumerate(ps)}
        parent = rng.choice([KEYS[t][lg], "payment" if t == "card" else "contact", None])
        rec = {KEYS["person"][lg]: (ENT["person"], w.person(lg))}
        if parent:
            rec[parent] = sub
        else:
            rec.update(sub)
        ng = neg_split()
        rec["ref"] = {("part%d" % (k + 1)): v for k, v in enumerate(ng)}
        emit_json({"data": [rec]}, lg, "split_members/" + t, i, pieces=True)


def f_split_code(n):
    """Pieces joined in code."""
    for i in range(n):
        lg = lang(i + 2)
        t = SPLIT_TYPES[i % len(SPLIT_TYPES)]
        ps, sep = split_value(t, lg)
        key = KEYS[t][lg]
        p = P()
        style = i % 6
        ng = neg_split()
        if style == 0:  # JS / Java +
            p.t("const %s = " % key)
            for k, pc in enumerate(ps):
                if k:
                    p.t(" + ")
                    if sep:
                        p.t('"%s" + ' % sep)
                p.t('"').s(ENT[t], pc).t('"')
            p.t(";\nconst ref = ")
            for k, (lab, v) in enumerate(ng):
                p.t(" + " if k else "").t("'").s(lab, v).t("'")
            p.t(";\n")
        elif style == 1:  # Python implicit concatenation
            p.t("%s = (\n" % key)
            for k, pc in enumerate(ps):
                if k and sep:
                    p.t('    "%s"\n' % sep)
                p.t('    "').s(ENT[t], pc).t('"\n')
            p.t(")\nref = (")
            for lab, v in ng:
                p.t('"').s(lab, v).t('" ')
            p.t(")\n")
        elif style == 2:  # Java String.join / concat
            p.t('String %s = String.join("%s", ' % (key, sep) if sep else 'String %s = "".concat(' % key)
            for k, pc in enumerate(ps):
                p.t(", " if k else "").t('"').s(ENT[t], pc).t('"')
            p.t(");\nString sku = ")
            for k, (lab, v) in enumerate(ng):
                p.t(" + " if k else "").t('"').s(lab, v).t('"')
            p.t(";\n")
        elif style == 3:  # Python list join
            p.t('%s = "%s".join([' % (key, sep or ""))
            for k, pc in enumerate(ps):
                p.t(", " if k else "").t("'").s(ENT[t], pc).t("'")
            p.t("])\nbuild = '.'.join([")
            for k, (lab, v) in enumerate(ng):
                p.t(", " if k else "").t("'").s(lab, v).t("'")
            p.t("])\n")
        elif style == 4:  # Go / Rust format pieces
            p.t('%s := fmt.Sprintf("%s", ' % (key, (sep or "").join(["%s"] * len(ps))))
            for k, pc in enumerate(ps):
                p.t(", " if k else "").t('"').s(ENT[t], pc).t('"')
            p.t(")\nref := ")
            for k, (lab, v) in enumerate(ng):
                p.t(" + " if k else "").t('"').s(lab, v).t('"')
            p.t("\n")
        else:  # shell variables
            for k, pc in enumerate(ps):
                p.t("P%d='" % (k + 1)).s(ENT[t], pc).t("'\n")
            p.t("%s=\"%s\"\n" % (key.upper(), (sep or "").join("${P%d}" % (k + 1) for k in range(len(ps)))))
            for k, (lab, v) in enumerate(ng):
                p.t("R%d=" % (k + 1)).s(lab, v).t("\n")
        emit_text(p, lg, "split_code/" + t, i, pieces=True)


def two_msgs_body(api, ask, n):
    if api == "chat":
        return {"model": "gpt-4o", "messages": [{"role": "user", "content": ask}]
                + [{"role": "user", "content": MARK % k} for k in range(n)]}
    if api == "anth":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask + "\n" + MARK % 0},
            {"role": "assistant", "content": "Go on."}]
            + [{"role": "user", "content": MARK % k} for k in range(1, n)]}
    if api == "resp":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": ask}]
                + [{"role": "user", "content": MARK % k} for k in range(n)]}
    return {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": MARK % 0}]},
                         {"role": "model", "parts": [{"text": "ok"}]}]
            + [{"role": "user", "parts": [{"text": MARK % k}]} for k in range(1, n)]}


def f_split_blocks(n):
    """A value cut over two content blocks or two messages, any cut, with or without a label."""
    for i in range(n):
        lg = lang(i + 3)
        t = ["card", "iban", "phone", "ssn", "email", "card"][i % 6]
        v = {"card": lambda: rng.choice([w.card_digits(), grouped(w.card_digits())]),
             "iban": lambda: rng.choice([w.iban_compact(), grouped(w.iban_compact())]),
             "phone": lambda: w.phone_text(lg), "ssn": lambda: "-".join(w.ssn_parts()),
             "email": lambda: w.email(lg)}[t]()
        k = rng.choice((2, 2, 3)) if len(v) > 10 else 2
        ps = cuts(v, k)
        blocks = []
        for j, pc in enumerate(ps):
            b = P()
            if j == 0 and rng.random() < 0.6:
                b.t(LAB[t][lg] + ": ")
            b.s(ENT[t], pc)
            blocks.append(b)
        lab, nv, key = w.neg()
        blocks[-1].t("\n" + key + ": ").s(lab, nv).t("\n")
        if i % 2:
            OUT.emit_blocks(blocks, lg, "split_blocks/" + t, i)
        else:
            api = ["chat", "anth", "resp", "gemini"][(i // 2) % 4]
            a = asc(i)
            body = dumps(two_msgs_body(api, w.ASK[lg], len(blocks)), a, i % 4 == 0)
            tx, sp = place(body, blocks, a)
            OUT.emit(tx, sp, lg, "split_msgs/" + t, api)
        records[-1]["metadata"]["pieces"] = [k for k, s in enumerate(records[-1]["spans"])
                                             if not s["entity_type"].startswith("NEG_")]


def b64_span(prefix, value, suffix):
    """(base64 text, start, end): the payload encoded; start:end the characters encoding value."""
    raw = (prefix + value + suffix).encode()
    a = len(prefix.encode())
    b = a + len(value.encode())
    enc = base64.b64encode(raw).decode()
    return enc, (a // 3) * 4, min(len(enc), -(-b // 3) * 4)


def f_datauri(n):
    for i in range(n):
        lg = lang(i + 4)
        kind = i % 5
        p = P(rng.choice(["Attachment: ", "src=", "href: ", "Logged payload: ", ""]))
        nm = w.person(lg)
        if kind in (0, 1):  # vCard, percent-encoded
            em, ph = w.email(lg), w.phone_text(lg)
            y, m, d = w.dob_ymd()
            bd = "%d%02d%02d" % (y, m, d) if rng.random() < 0.5 else "%d-%02d-%02d" % (y, m, d)
            p.t("data:text/vcard;charset=utf-8,BEGIN%3AVCARD%0AVERSION%3A3.0%0AFN%3A")
            p.s(ENT["person"], quote(nm, safe="")).t("%0AEMAIL%3A").s(ENT["email"], quote(em, safe=""))
            p.t("%0ATEL%3A").s(ENT["phone"], quote(ph, safe="")).t("%0ABDAY%3A").s(ENT["dob"], bd)
            p.t("%0AREV%3A").s("NEG_DATE", "%d%02d%02dT101500Z" % (rng.randint(2020, 2026), rng.randint(1, 12), rng.randint(1, 28)))
            p.t("%0AEND%3AVCARD\n")
        elif kind == 2:  # text/plain, percent-encoded, a card or IBAN with a label
            t = rng.choice(["card", "iban", "ssn", "phone"])
            v = w.value(t, lg)
            p.t("data:text/plain;charset=%s," % rng.choice(["utf-8", "UTF-8", "iso-8859-1"]))
            p.t(quote(LAB[t][lg] + ": ", safe="")).s(ENT[t], quote(v, safe=""))
            p.t("%0Aref%3A%20").s("NEG_ID", "%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16))).t("\n")
        elif kind == 3:  # base64 text/plain or JSON
            t = rng.choice(["card", "email", "phone", "iban"])
            v = w.value(t, lg)
            if rng.random() < 0.5:
                pre, suf = LAB[t][lg] + ": ", "\n"
                mime = "text/plain;charset=utf-8;base64,"
            else:
                pre, suf = '{"%s":"' % KEYS[t][lg], '","v":1}'
                mime = "application/json;base64,"
            enc, a, b = b64_span(pre, v, suf)
            p.t("data:" + mime + enc[:a]).s(ENT[t], enc[a:b]).t(enc[b:] + "\n")
        else:  # plain (not encoded) payload, the vCard lines unescaped
            em = w.email(lg)
            p.t("data:text/x-vcard,BEGIN:VCARD;FN:").s(ENT["person"], nm).t(";EMAIL:").s(ENT["email"], em)
            p.t(";UID:").s("NEG_ID", "%032x" % rng.getrandbits(128)).t(";END:VCARD\n")
        p.t("image: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
            "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\n")
        emit_text(p, lg, "datauri/" + ["vcard", "vcard", "plain", "base64", "raw"][kind], i,
                  pieces=(kind == 3))


def f_traceback(n):
    for i in range(n):
        lg = lang(i + 5)
        kind = i % 7
        ts = [["card", "ssn", "email", "phone", "dob", "iban"][(i + k) % 6] for k in (0, 2)]
        vals = [(t, w.value(t, lg)) for t in ts]
        nm = w.person(lg)
        lab, nv, key = w.neg()
        p = P()
        if kind == 0:  # pytest/rich locals
            p.t("    def charge(self, customer):\n>       raise ValueError('declined')\nE       ValueError: declined\n\n")
            for t, v in vals:
                p.t("%-14s = '" % rng.choice([KEYS[t][lg], t + "_value", "self." + t])).s(ENT[t], v).t("'\n")
            p.t("%-14s = '" % key).s(lab, nv).t("'\n")
        elif kind == 1:  # repr dict in the message
            p.t("Traceback (most recent call last):\n  File \"svc.py\", line 88, in save\nKeyError: \"missing 'zip' in {")
            for t, v in vals:
                p.t("'%s': '" % KEYS[t][lg]).s(ENT[t], v).t("', ")
            p.t("'%s': '" % key).s(lab, nv).t("'}\"\n")
        elif kind == 2:  # <Customer ...> repr
            p.t("sqlalchemy.exc.IntegrityError: duplicate key\n[parameters: <Customer id=%d name='" % rng.randint(1, 9999))
            p.s(ENT["person"], nm).t("'")
            for t, v in vals:
                p.t(" %s='" % rng.choice([t, KEYS[t][lg]])).s(ENT[t], v).t("'")
            p.t(" %s='" % key).s(lab, nv).t("'>]\n")
        elif kind == 3:  # Java toString
            p.t("java.lang.IllegalStateException: cannot persist Customer{name='").s(ENT["person"], nm).t("'")
            for t, v in vals:
                cam = KEYS[t][lg].split("_")
                p.t(", %s=" % (cam[0] + "".join(x.title() for x in cam[1:]))).s(ENT[t], v)
            p.t(", %s=" % key.replace("_", "")).s(lab, nv).t("}\n\tat com.shop.Repo.save(Repo.java:41)\n")
        elif kind == 4:  # Go %+v
            p.t("panic: charge failed: &{Name:").s(ENT["person"], nm)
            for t, v in vals:
                p.t(" %s:" % KEYS[t][lg].title().replace("_", "")).s(ENT[t], v)
            p.t(" %s:" % key.title().replace("_", "")).s(lab, nv).t("}\n\ngoroutine 1 [running]:\n")
        elif kind == 5:  # Ruby inspect
            p.t("NoMethodError: undefined method `zip' for #<Customer id: %d, name: \"" % rng.randint(1, 999))
            p.s(ENT["person"], nm).t("\"")
            for t, v in vals:
                p.t(", %s: \"" % KEYS[t][lg]).s(ENT[t], v).t("\"")
            p.t(", %s: \"" % key).s(lab, nv).t("\">\n")
        else:  # Node util.inspect
            p.t("TypeError: Cannot read properties of undefined (reading 'zip')\n    at save (/app/db.js:12:9)\ncustomer: {\n  name: '")
            p.s(ENT["person"], nm).t("',\n")
            for t, v in vals:
                p.t("  %s: '" % KEYS[t][lg]).s(ENT[t], v).t("',\n")
            p.t("  %s: '" % key).s(lab, nv).t("'\n}\n")
        emit_text(p, lg, "traceback/" + ["locals", "reprdict", "repr", "java", "go", "ruby", "node"][kind], i)


COMMENTS = [("#", ""), ("//", ""), ("/*", " */"), ("--", ""), ("<!--", " -->"), (";", ""),
            ("%", ""), ("REM", ""), ("'", "")]
CNAME = ["hash", "slash", "block", "dashes", "html", "semicolon", "percent", "rem", "quote"]
CODE = {"#": "retries = 3", "//": "let retries = 3;", "/*": "int retries = 3;",
        "--": "SELECT 1;", "<!--": "<div class=\"row\"></div>", ";": "retries=3",
        "%": "retries = 3;", "REM": "SET RETRIES=3", "'": "Dim retries As Integer"}


def f_comment(n):
    for i in range(n):
        lg = lang(i + 6)
        op, cl = COMMENTS[i % len(COMMENTS)]
        t = ["card", "phone", "email", "ssn", "iban", "dob"][(i // len(COMMENTS) + i) % 6]
        v = w.value(t, lg)
        p = P(CODE[op] + "\n")
        form = rng.randint(0, 3)
        if form == 0:
            p.t("%s TODO: %s " % (op, LAB[t][lg])).s(ENT[t], v).t(cl + "\n")
        elif form == 1:
            p.t("%s %s (%s): " % (op, LAB[t][lg], w.person(lg).split()[0])).s(ENT[t], v).t(cl + "\n")
        elif form == 2:
            p.t("%s test %s " % (op, KEYS[t][lg])).s(ENT[t], v).t(" -> ok" + cl + "\n")
        else:
            p.t("%s " % op).s(ENT[t], v).t(" (%s)%s\n" % (LAB[t][lg], cl))
        lab, nv, key = w.neg()
        p.t("%s %s: " % (op, key)).s(lab, nv).t(cl + "\n")
        p.t("%s since " % op).s("NEG_VERSION", "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9))).t(cl + "\n")
        p.t(CODE[op] + "\n")
        emit_text(p, lg, "comment/" + CNAME[i % len(COMMENTS)], i)


def f_xml(n):
    for i in range(n):
        lg = lang(i + 7)
        kind = i % 4
        nm = w.person(lg)
        ts = [["card", "email", "phone", "dob", "iban", "ssn"][(i + k) % 6] for k in (0, 3)]
        vals = [(t, w.value(t, lg)) for t in ts]
        lab, nv, key = w.neg()
        p = P('<?xml version="1.0" encoding="UTF-8"?>\n')
        if kind == 0:  # attributes
            p.t('<customer name="').s(ENT["person"], nm).t('"')
            for t, v in vals:
                p.t(' %s="' % KEYS[t][lg]).s(ENT[t], v).t('"')
            p.t(' %s="' % key).s(lab, nv).t('"/>\n')
        elif kind == 1:  # CDATA
            p.t("<note><![CDATA[%s " % nm.split()[0])
            for t, v in vals:
                p.t("%s: " % LAB[t][lg]).s(ENT[t], v).t("; ")
            p.t("%s: " % key).s(lab, nv).t("]]></note>\n")
        elif kind == 2:  # entry key= value
            p.t("<properties>\n  <entry key=\"name\">").s(ENT["person"], nm).t("</entry>\n")
            for t, v in vals:
                p.t('  <entry key="%s">' % KEYS[t][lg]).s(ENT[t], v).t("</entry>\n")
            p.t('  <entry key="%s">' % key).s(lab, nv).t("</entry>\n</properties>\n")
        else:  # namespaced elements and a field element with name/value attributes
            p.t('<ns2:Party xmlns:ns2="urn:x">\n  <ns2:FullName>').s(ENT["person"], nm).t("</ns2:FullName>\n")
            for t, v in vals:
                p.t('  <field name="%s" value="' % KEYS[t][lg]).s(ENT[t], v).t('"/>\n')
            p.t('  <field name="%s" value="' % key).s(lab, nv).t('"/>\n</ns2:Party>\n')
        emit_text(p, lg, "xml/" + ["attr", "cdata", "entry", "field"][kind], i)


def f_jsonkey(n):
    for i in range(n):
        lg = lang(i + 8)
        t = ["card", "email", "phone", "ssn", "iban", "dob", "card", "ssn"][i % 8]
        kind = i % 4
        obj = {}
        for k in range(rng.randint(1, 2)):
            v = w.value(t, lg)
            if t == "card" and rng.random() < 0.5:
                v = w.card_digits()
            inner = rng.choice([{"exp": "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))},
                                {"holder": (ENT["person"], w.person(lg))}, {"status": "active"},
                                {"limit": 2500}])
            obj[(ENT[t], v)] = inner
        lab, nv, _ = w.neg()
        obj[(lab, nv)] = {"status": "ok"}
        parent = rng.choice(["results", "index", "by_" + KEYS[t][lg], "cache", "seen"])
        if kind == 0:
            doc = {parent: obj}
        elif kind == 1:
            doc = {"response": {"data": {parent: obj}, "count": len(obj)}}
        elif kind == 2:
            doc = {"items": [{parent: obj}], "next": None}
        else:
            doc = {"payload": w.jdoc({parent: obj}, "compact")}
        emit_json(doc, lg, "jsonkey/" + t, i)


def f_dobparts(n):
    for i in range(n):
        lg = lang(i + 9)
        y, m, d = w.dob_ymd()
        kind = i % 8
        rec = {KEYS["person"][lg]: (ENT["person"], w.person(lg))}
        D = ENT["dob"]
        cy, cm, cd = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if kind == 0:
            ks = rng.choice(MEMBER_KEYS["dob"])
            rec.update({ks[0]: w.Num(D, y), ks[1]: w.Num(D, m), ks[2]: w.Num(D, d)})
            rec.update({"created_year": w.Num("NEG_DATE", cy), "created_month": w.Num("NEG_DATE", cm)})
        elif kind == 1:
            rec[KEYS["dob"][lg]] = [(D, "%d" % y), (D, "%02d" % m), (D, "%02d" % d)]
            rec["created"] = [("NEG_DATE", "%d" % cy), ("NEG_DATE", "%02d" % cm), ("NEG_DATE", "%02d" % cd)]
        elif kind == 2:
            rec[rng.choice(["birth", "born", "geburt", "naissance"])] = {
                rng.choice(["year", "yyyy"]): w.Num(D, y), rng.choice(["month", "mm"]): w.Num(D, m),
                rng.choice(["day", "dd"]): w.Num(D, d)}
            rec["signup"] = {"year": w.Num("NEG_DATE", cy), "month": w.Num("NEG_DATE", cm), "day": w.Num("NEG_DATE", cd)}
        elif kind == 3:  # epoch seconds or ms
            import calendar
            s = calendar.timegm((y, m, d, 0, 0, 0))
            if rng.random() < 0.5:
                rec[rng.choice(["dob_epoch", "birthDate", "date_of_birth_ts"])] = w.Num(D, s)
            else:
                rec[rng.choice(["dobMs", "birthDateMillis", "dob"])] = w.Num(D, s * 1000)
            rec["updated_ms"] = w.Num("NEG_NUMBER", rng.randint(1712000000000, 1767000000000))
        elif kind == 4:  # ISO with time
            f = rng.choice(["%d-%02d-%02dT00:00:00Z", "%d-%02d-%02dT00:00:00.000Z",
                            "%d-%02d-%02dT00:00:00+01:00", "%d-%02d-%02d 00:00:00"])
            rec[rng.choice([KEYS["dob"][lg], "birthDate", "dob"])] = (D, f % (y, m, d))
            rec["updated_at"] = ("NEG_DATE", "%d-%02d-%02dT10:15:00Z" % (cy, cm, cd))
        elif kind == 5:  # numbers in an array under a birth key in another language
            rec[KEYS["dob"][lg] + rng.choice(["", "_parts", "_ymd"])] = [w.Num(D, y), w.Num(D, m), w.Num(D, d)]
            rec["version"] = [w.Num("NEG_VERSION", rng.randint(1, 9)), w.Num("NEG_VERSION", rng.randint(0, 30)),
                              w.Num("NEG_VERSION", rng.randint(0, 20))]
        elif kind == 6:  # in code, datetime.date / new Date
            p = P("customer = Customer(\n    name=\"").s(ENT["person"], w.person(lg)).t("\",\n")
            if rng.random() < 0.5:
                p.t("    %s=datetime.date(" % KEYS["dob"][lg]).s(D, "%d" % y).t(", ").s(D, "%d" % m).t(", ").s(D, "%d" % d).t("),\n")
            else:
                p.t("    %s=new Date(" % KEYS["dob"][lg]).s(D, "%d" % y).t(", ").s(D, "%d" % (m - 1)).t(", ").s(D, "%d" % d).t("),\n")
            p.t("    created=datetime.date(").s("NEG_DATE", "%d" % cy).t(", ").s("NEG_DATE", "%d" % cm).t(", ").s("NEG_DATE", "%d" % cd).t("),\n)\n")
            emit_text(p, lg, "dobparts/code", i, pieces=True)
            continue
        else:  # compact digits
            rec[rng.choice(["dob", "birthdate", KEYS["dob"][lg]])] = (D, "%d%02d%02d" % (y, m, d))
            rec["batch"] = ("NEG_ID", "%d%02d%02d%02d" % (cy, cm, cd, rng.randint(1, 99)))
        emit_json({"patient": rec}, lg, "dobparts/" + ["members", "strings", "object", "epoch",
                                                       "iso_time", "array", "code", "digits"][kind],
                  i, pieces=kind in (0, 1, 2, 5))


def f_cardnum(n):
    for i in range(n):
        lg = lang(i + 10)
        kind = i % 6
        dg = w.card_digits()
        C = ENT["card"]
        if kind < 3:
            rec = {KEYS["person"][lg]: (ENT["person"], w.person(lg))}
            if kind == 0:
                rec[rng.choice(["pan", "card", "number", KEYS["card"][lg]])] = w.Num(C, int(dg))
                rec["exp_month"], rec["exp_year"] = rng.randint(1, 12), rng.randint(2026, 2031)
                rec["cvv"] = rng.randint(100, 999)
            elif kind == 1:
                rec[rng.choice(["cards", "pans", "karten"])] = [w.Num(C, int(dg)), w.Num(C, int(w.card_digits()))]
            else:
                rec["instrument"] = {"type": "card", "value": w.Num(C, int(dg)), "expiry": "%02d%02d" % (
                    rng.randint(1, 12), rng.randint(26, 31))}
            lab, v, key = w.neg_num()
            rec[key] = w.Num(lab, v)
            rec["gtin"] = w.Num("NEG_ID", int(w.ean13_luhn()))
            emit_json({"records": [rec]}, lg, "cardnum/" + ["num_exp", "num_array", "num_value"][kind], i)
            continue
        p = P()
        ex = "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))
        cvv = "%03d" % rng.randint(100, 999)
        if kind == 3:
            sep = rng.choice(["|", ";", ":"])
            p.t("dump:\n").s(C, dg).t(sep + ex.replace("/", sep) + sep + cvv + sep).s(ENT["person"], w.person(lg).upper()).t("\n")
            p.s("NEG_ID", w.ean13_luhn()).t(sep + "%d" % rng.randint(1, 9) + sep + "0\n")
        elif kind == 4:
            p.t(rng.choice(["", "%s " % LAB["card"][lg]])).s(C, grouped(dg)).t(" %s %s CVV %s\n" % (
                rng.choice(["exp", "gültig bis", "exp.", "scad.", "vence"]), ex, cvv))
            p.t("order ").s("NEG_ID", "%016d" % rng.randint(10 ** 14, 10 ** 15)).t(" total 42.00\n")
        else:
            p.t("PAN=").s(C, dg).t(" EXP=%s CVC=%s\n" % (ex.replace("/", ""), cvv))
            p.t("TRACE=").s("NEG_ID", "%012d" % rng.randint(0, 10 ** 12 - 1)).t(" AMT=000000004200\n")
        emit_text(p, lg, "cardnum/" + ["", "", "", "dump", "exp_cvv", "kv"][kind], i)


f_split_arr(72)
f_split_members(48)
f_split_code(48)
f_split_blocks(48)
f_datauri(45)
f_traceback(42)
f_comment(54)
f_xml(32)
f_jsonkey(40)
f_dobparts(48)
f_cardnum(36)

if __name__ == "__main__":
    write_json(records)
