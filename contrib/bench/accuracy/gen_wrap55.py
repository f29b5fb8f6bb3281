#!/usr/bin/env python3
"""gen_wrap55.py: hard-wrapped values, second round (stop 55; from gen_wrap54.py).

Written from the twenty-fifth blind set's public brief (its `chars` family, the `c_wrap` frame:
values wrapped at 76 columns, one span per piece of 3+ characters, people and streets wrapped at a
space) and wrap54's notes (what that round left): a single cut line inside a short paragraph (one
full-width line, the rest of the text shorter: no second line of the same length to show the
width); word-wrap breaks at the spaces inside grouped values (an SSN `123 45` / `6789`, phones in
groups, IBAN and card groups); keys and compact values shorter than the line broken at the width by
a writer that wraps words but breaks a long token where the line ends (hybrid writer); people
(given name / surname) and streets (number / street / postcode and town) across a line; all of it
with the other character shapes (U+00A0 / U+202F groups, Unicode dashes, dots, fullwidth digits,
mixed case, [at]). Widths 64-80, 76 most often; LF and CRLF; `> ` quotes; bullets.

Gold = one span per piece of 3+ characters; metadata.pieces lists the pieces of a cut value.
Look-alikes (NEG_) as wrap54: a count or order id ending a line and a year or amount starting the
next, hashes, base64, UUIDs, dotted ids and version lists cut by the wrap, digit runs in groups
(order and tracking numbers) broken at a space. 15 languages, half the names invented; request
bodies of four APIs, a third \\u-escaped. metadata.class is "<writer>/<shape>/<doc>".
Deterministic: python3 gen_wrap55.py > data/wrap55.json
"""
import json
import re
import random

from gen_bodies import place_text
from gen_common import B62, write_json

R = random.Random(5555)
WIDTHS = [76, 64, 76, 70, 72, 76, 78, 80]
# The tables and value helpers are wrap54's (lines 34-210 of gen_wrap54.py); its functions draw
# from this generator's R, so the corpus is what the copied lines wrote.
import gen_wrap54  # noqa: E402
from gen_wrap54 import (  # noqa: E402
    LANGS, LABELS, KINDS, WORDS, GIVEN, SURNAME, SYL, SEND, STREET, SWORD, TOWN,
    DOMAINS, IBAN_SPEC, luhn_ok, luhn_complete, iban, person, ascii_fold, groups_join, fw,
    SHAPES)

gen_wrap54.R = R


def value(kind, lg):
    """(label, text, groups or None): the value in one of the character shapes."""
    shape = R.choice(SHAPES)
    if kind == "email":
        g, s = person(lg)
        local = ascii_fold(g).lower() + R.choice([".", "_", "-", ""]) + ascii_fold(s).lower()
        v = local + "@" + R.choice(DOMAINS)
        if shape == "mixcase":
            v = "".join(c.upper() if R.random() < 0.4 else c for c in v)
        elif shape in ("dots", "dash") and R.random() < 0.6:
            v = v.replace("@", R.choice(["[at]", " [at] ", "(at)"]))
        return "EMAIL_ADDRESS", v, None
    if kind == "card":
        d = luhn_complete(R.choice(["4", "51", "53", "55", "2720", "6011", "3528", "4000"]), 16)
        g = [d[i:i + 4] for i in range(0, 16, 4)]
        if shape == "fullwidth":
            g = [fw(x) for x in g]
        v = groups_join(g, shape) if R.random() < 0.75 else "".join(g)
        return "CREDIT_CARD", v, g
    if kind == "iban":
        s = iban()
        if shape == "mixcase":
            s = s.lower() if R.random() < 0.5 else s
        g = [s[i:i + 4] for i in range(0, len(s), 4)]
        if shape == "fullwidth":
            g = [fw(x) for x in g]
        v = groups_join(g, shape if shape != "dots" else "plain") if R.random() < 0.7 else "".join(g)
        return "IBAN_CODE", v, g
    if kind == "phone":
        k = R.randint(0, 4)
        if k == 0:
            g = ["+49", "1%02d" % R.randint(50, 79), "%07d" % R.randint(1000000, 9999999)]
        elif k == 1:
            g = ["+33", str(R.randint(6, 7))] + ["%02d" % R.randint(10, 99) for _ in range(4)]
        elif k == 2:
            g = ["+1", "%03d" % R.randint(201, 989), "%03d" % R.randint(200, 999),
                 "%04d" % R.randint(0, 9999)]
        elif k == 3:
            g = ["+31", "6", "%04d" % R.randint(1000, 9999), "%04d" % R.randint(1000, 9999)]
        else:
            g = ["+%d" % R.choice([48, 46, 351, 420, 90, 358, 45, 40, 36]),
                 "%03d" % R.randint(200, 999), "%03d" % R.randint(100, 999),
                 "%03d" % R.randint(100, 999)]
        if shape == "fullwidth":
            g = [fw(x) for x in g]
        return "PHONE_NUMBER", groups_join(g, shape), g
    if kind == "ssn":
        g = ["%03d" % R.choice([x for x in range(1, 899) if x != 666]), "%02d" % R.randint(1, 99),
             "%04d" % R.randint(1, 9999)]
        if shape == "fullwidth":
            g = [fw(x) for x in g]
        return "US_SSN", groups_join(g, shape if shape != "plain" else R.choice(["dash", "plain"])), g
    if kind == "ip":
        if R.random() < 0.6:
            g = [str(R.choice([31, 46, 62, 78, 82, 91, 94, 109, 151, 178, 188, 213, 217])),
                 str(R.randint(0, 255)), str(R.randint(0, 255)), str(R.randint(1, 254))]
            return "IP_ADDRESS", ".".join(g), None
        g = ["2a0%d" % R.randint(1, 9), "%x" % R.randint(0x1000, 0xffff)] + [
            "%x" % R.randint(0x100, 0xffff) for _ in range(6)]
        v = ":".join(g)
        if shape == "mixcase":
            v = v.upper()
        return "IP_ADDRESS", v, None
    k = R.randint(0, 9)
    if k == 6:
        v = "ghp_" + "".join(R.choice(B62) for _ in range(36))
    elif k == 7:
        v = "sk-" + "".join(R.choice(B62) for _ in range(48))
    elif k == 8:
        v = "glpat-" + "".join(R.choice(B62 + "-_") for _ in range(20))
    elif k == 9:
        v = "".join(R.choice("0123456789abcdef") for _ in range(R.choice([32, 40])))
    elif k == 0:
        v = "sk-ant-api03-" + "".join(R.choice(B62 + "-_") for _ in range(80))
    elif k == 1:
        v = "github_pat_" + "".join(R.choice(B62) for _ in range(22)) + "_" + "".join(
            R.choice(B62) for _ in range(59))
    elif k == 2:
        v = "xoxb-%d-%d-" % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 11, 10 ** 12)) + \
            "".join(R.choice(B62) for _ in range(24))
    elif k == 3:
        v = "AIza" + "".join(R.choice(B62 + "-_") for _ in range(35))
    elif k == 4:
        v = "sk-proj-" + "".join(R.choice(B62 + "-_") for _ in range(74))
    else:
        v = "".join(R.choice("0123456789abcdef") for _ in range(R.choice([40, 64])))
    return "SECRET", v, None


def neg_value():
    k = R.randint(0, 7)
    if k == 6:  # an order number in groups, no card (Luhn fails)
        while True:
            v = " ".join("%04d" % R.randint(0, 9999) for _ in range(R.randint(3, 5))) + "1"
            if not luhn_ok(v.replace(" ", "")):
                return "NEG_ID", v
    if k == 7:
        return "NEG_ID", "%03d %02d %03d" % (R.randint(100, 999), R.randint(10, 99), R.randint(100, 999))
    if k == 0:
        return "NEG_HASH", "".join(R.choice("0123456789abcdef") for _ in range(R.choice([40, 64])))
    if k == 1:
        return "NEG_ID", "%08x-%04x-%04x-%04x-%012x" % tuple(
            R.randint(0, 16 ** n - 1) for n in (8, 4, 4, 4, 12))
    if k == 2:
        return "NEG_BASE64", "".join(R.choice(B62 + "+/") for _ in range(R.randint(50, 90))) + "=="
    if k == 3:
        return "NEG_VERSION", ", ".join("%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 30))
                                        for _ in range(R.randint(4, 8)))
    if k == 4:
        return "NEG_ID", "%d.%d.%d.%d.%d" % tuple(R.randint(1, 300) for _ in range(5))
    return "NEG_ID", "build-%d-%s" % (R.randint(10000, 99999),
                                      "".join(R.choice("0123456789abcdef") for _ in range(12)))


NEG_LEAD = {"NEG_HASH": "commit ", "NEG_ID": "ref ", "NEG_BASE64": "payload ",
            "NEG_VERSION": "tested on ", "NEG_DATE": "", "NEG_AMOUNT": ""}


# ---- the wrapping writers ---------------------------------------------------------------------------
def fold_lines(t, w):
    return [(i, min(i + w, len(t))) for i in range(0, len(t), w)] or [(0, 0)]


def word_lines(t, w):
    """Greedy word wrap as textwrap: breaks at spaces (dropped), a word longer than the width
    fills what is left of the line and goes on at the width."""
    lines = []
    cs = ce = None
    for m in re.finditer(r"\S+", t):
        s, e = m.start(), m.end()
        if cs is not None and e - cs <= w:
            ce = e
            continue
        if cs is not None:
            if e - s > w and w - (ce - cs) - 1 >= 1:
                room = w - (ce - cs) - 1
                lines.append((cs, s + room))
                s += room
            else:
                lines.append((cs, ce))
        while e - s > w:
            lines.append((s, s + w))
            s += w
        cs, ce = s, e
    if cs is not None:
        lines.append((cs, ce))
    return lines or [(0, 0)]


def hybrid_lines(t, w):
    """Words wrapped at spaces, but a token of 12+ characters that does not fit is broken where
    the line ends (a mail client that fills its lines): the line holding the cut is full."""
    lines = []
    cs = ce = None
    for m in re.finditer(r"\S+", t):
        s, e = m.start(), m.end()
        if cs is not None and e - cs <= w:
            ce = e
            continue
        if cs is not None:
            room = w - (ce - cs) - 1
            if e - s >= 12 and room >= 1:
                lines.append((cs, s + room))
                s += room
            else:
                lines.append((cs, ce))
        while e - s > w:
            lines.append((s, s + w))
            s += w
        cs, ce = s, e
    if cs is not None:
        lines.append((cs, ce))
    return lines or [(0, 0)]


WRITERS = {"fold": fold_lines, "word": word_lines, "hybrid": hybrid_lines}


class Para:
    """One paragraph of the logical text; its spans are (start, end, label)."""

    def __init__(self, mode, width, wrapped=True):
        self.mode, self.width, self.wrapped = mode, width, wrapped
        self.text, self.spans = "", []

    def lines(self, text=None):
        t = self.text if text is None else text
        if not self.wrapped:
            return [(0, len(t))]
        return WRITERS[self.mode](t, self.width)

    def col(self):
        """The column where the next character goes (word mode: the text ends with a space)."""
        if self.mode == "fold":
            return len(self.text) % self.width
        ls = self.lines(self.text.rstrip())
        return ls[-1][1] - ls[-1][0]

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        self.spans.append((len(self.text), len(self.text) + len(v), label))
        self.text += v
        return self

    def cuts(self, v, pre=""):
        """Where the writer would cut v if pre and v came next: offsets inside v."""
        st = len(self.text) + len(pre)
        ls = self.lines(self.text + pre + v + " ")
        return [a - st for (a, b) in ls if st < a < st + len(v)] + \
               [b - st for (a, b) in ls if st < b < st + len(v)]


def filler(lg, n):
    """Words of the language, exactly n characters with the space after each."""
    ws = WORDS[lg]
    out = ""
    while n > 0:
        exact = [w for w in ws if len(w) + 1 == n]
        if exact:
            out += R.choice(exact) + " "
            break
        if n <= 2:
            out = (out[:-1] + (", " if n == 1 else " - ")) if out else " " * n
            break
        fit = [w for w in ws if len(w) + 1 <= n - 3]
        w = R.choice(fit) if fit else "-"
        out += w + " "
        n -= len(w) + 1
    return out


def lead_to_cut(p, lg, v, want, name_like, pre=""):
    """Filler words, then pre, then v, so that the writer cuts v where want says: fold writer:
    exactly `want` characters of v before the break; word writer: any cut (a name at its space)
    where v can be cut at all (a space inside, or longer than the width). Writes pre."""
    if p.mode == "fold":
        n = (p.width - want - len(pre) - p.col()) % p.width
        p.t(filler(lg, n) + pre)
        return
    if " " in v or len(v) > p.width or (p.mode == "hybrid" and len(v) >= 12):
        for _ in range(150):
            c = p.cuts(v, pre)
            if c and (not name_like or all(v[k - 1] == " " or v[k] == " " for k in c)):
                break
            p.t(R.choice(WORDS[lg]) + " ")
    p.t(pre)


def fold_name_cut(v):
    """Where a fold writer may cut a name or street so that it breaks at a space: after the
    space (the line ends with it) or before it."""
    sp = [i for i, c in enumerate(v) if c == " "]
    i = R.choice(sp)
    return i + 1 if R.random() < 0.6 else i


# ---- documents ------------------------------------------------------------------------------------
INTRO = {"mail": ["From: {who}", "Subject: Re: account update", "Date: Tue, 4 Mar 2025 09:12:44 +0100", ""],
         "ticket": ["Ticket #{tid} - data correction", "Status: open / Priority: P3", ""],
         "log": ["== export of audit.log, host app-{tid} =="],
         "readme": ["## Support", ""],
         "paste": ["---------- Forwarded message ---------", ""],
         "prose": []}
DOCS = list(INTRO)
ASK = {"en": "Please extract the contact data from this text:",
       "de": "Bitte die Kontaktdaten aus diesem Text übernehmen:",
       "fr": "Merci d'extraire les coordonnées de ce texte :",
       "nl": "Haal de contactgegevens uit deze tekst:",
       "es": "Extrae los datos de contacto de este texto:",
       "it": "Estrai i dati di contatto da questo testo:",
       "pl": "Wyciągnij dane kontaktowe z tego tekstu:",
       "sv": "Plocka ut kontaktuppgifterna ur texten:",
       "pt": "Extraia os dados de contacto deste texto:",
       "cs": "Vytáhni kontaktní údaje z tohoto textu:",
       "tr": "Bu metindeki iletişim bilgilerini çıkar:",
       "fi": "Poimi yhteystiedot tästä tekstistä:",
       "da": "Træk kontaktoplysningerne ud af teksten:",
       "ro": "Extrage datele de contact din acest text:",
       "hu": "Gyűjtsd ki a kapcsolattartási adatokat:"}


def add_value(p, kind, lg, cut):
    lab = LABELS[lg].split("|")[KINDS.index(kind)]
    if kind == "name":
        g, s = person(lg)
        v = g + " " + s
        label = "PERSON"
    elif kind == "address":
        pat = R.choice(STREET[lg].split("|"))
        v = pat.format(n=R.randint(1, 180), w=R.choice(SWORD[lg]))
        town = R.choice(TOWN[lg])
        both = v + ", " + town
        if cut:
            want = fold_name_cut(both) if p.mode == "fold" else 0
            lead_to_cut(p, lg, both, want, True, lab + ": ")
        else:
            p.t(lab + ": ")
        p.s("STREET_ADDRESS", v).t(", ").s("STREET_ADDRESS", town).t(". ")
        return
    else:
        label, v, _ = value(kind, lg)
    if cut:
        if kind == "name":
            want = fold_name_cut(v)
        else:
            want = R.choice([1, 1, 2, 2, 3, 4] + list(range(1, len(v))))
        lead_to_cut(p, lg, v, want, kind == "name", lab + ": ")
    else:
        p.t(lab + ": ")
    p.s(label, v).t(R.choice([". ", ", ", "; ", " - "]))


def add_neg(p, lg):
    k = R.random()
    if k < 0.35:  # a count or order id at the line end, a year or amount starting the next line
        n = str(R.randint(100, 99999999))
        nxt = R.choice(["%d" % R.randint(2019, 2026),
                        "%d,%02d EUR" % (R.randint(10, 9999), R.randint(0, 99))])
        while luhn_ok(n + re.sub(r"\D", "", nxt)):
            n = str(R.randint(100, 99999999))
        lead = R.choice(["order ", "ref ", "qty ", "#"])
        if p.mode == "fold":  # the space before the year ends the line or starts the next
            tail = len(lead) + len(n) + R.choice([0, 1])
            p.t(filler(lg, (p.width - tail - p.col()) % p.width))
            p.t(lead)
        else:
            p.t(lead)
            for _ in range(120):
                if p.col() + 1 + len(n) <= p.width < p.col() + 2 + len(n) + len(nxt.split()[0]):
                    break
                p.t(R.choice(WORDS[lg]) + " ")
        p.s("NEG_ID", n).t(" ")
        p.s("NEG_DATE" if len(nxt) == 4 else "NEG_AMOUNT", nxt).t(" ")
        return
    lab, v = neg_value()
    lead_to_cut(p, lg, v, R.randint(1, len(v) - 1), False, NEG_LEAD[lab])
    p.s(lab, v).t(". ")


def layout(paras, nl, prefix, counted, bullet):
    """The document: every paragraph's lines (a bullet on the first wrapped line, its indent on
    the rest), the quote prefix on every line; spans split into one per piece of 3+ characters."""
    out, spans, pieces = "", [], []
    for pi, p in enumerate(paras):
        ls = p.lines()
        starts = []
        for li, (a, b) in enumerate(ls):
            pre = prefix
            if bullet and p.wrapped:
                pre += "- " if li == 0 else "  "
            out += pre
            starts.append(len(out) - a)
            out += p.text[a:b] + nl
        for (s, e, lab) in p.spans:
            parts = []
            for (a, b), off in zip(ls, starts):
                ps, pe = max(s, a), min(e, b)
                while ps < pe and p.text[ps].isspace():
                    ps += 1
                while pe > ps and p.text[pe - 1].isspace():
                    pe -= 1
                if pe > ps:
                    parts.append((ps + off, pe + off))
            cut = len(parts) > 1
            for (a, b) in parts:
                if b - a >= 3:
                    if cut:
                        pieces.append(len(spans))
                    spans.append({"entity_type": lab, "entity_value": out[a:b],
                                  "start_position": a, "end_position": b})
    return out, spans, pieces


GROUPED = ["ssn", "phone", "card", "iban"]


def document(lg, i):
    mode = ("fold", "word", "hybrid")[i % 3]
    width = WIDTHS[(i // 3) % len(WIDTHS)]
    doc = DOCS[(i // 12 + i) % len(DOCS)]
    shape = ("short", "short", "grouped", "people", "long")[(i // 2) % 5]
    nl = "\r\n" if i % 5 == 4 else "\n"
    quote = R.random() < 0.25
    counted = quote and R.random() < 0.5
    bullet = mode != "fold" and not quote and R.random() < 0.25
    eff = width - (2 if counted else 0) - (2 if bullet else 0)
    paras = []
    g, s = person(lg)
    for line in INTRO[doc]:
        q = Para(mode, eff, wrapped=False)
        if "{who}" in line:
            q.t("From: ").s("PERSON", g + " " + s)
        else:
            q.t(line.format(tid=R.randint(1000, 99999)))
        paras.append(q)
    if shape == "short":  # one value, one paragraph of two lines: a single full or cut line
        kinds = [R.choice(KINDS + GROUPED)]
        n_paras = 1
    elif shape == "grouped":
        kinds = R.sample(GROUPED, R.randint(1, 3))
        n_paras = R.randint(1, 2)
    elif shape == "people":
        kinds = R.sample(["name", "address", "name", "address", R.choice(KINDS)], R.randint(2, 3))
        n_paras = R.randint(1, 2)
    else:
        kinds = R.sample(KINDS, R.randint(3, 5))
        n_paras = R.randint(1, 3)
    for n_para in range(n_paras):
        p = Para(mode, eff)
        if doc == "log":
            p.t("2025-03-%02dT%02d:%02d:%02dZ WARN sync: " % (
                R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
        p.t(" ".join(R.sample(WORDS[lg], R.randint(2 if shape == "short" else 4, 8))) + ": ")
        take = kinds[n_para::n_paras] or [R.choice(KINDS)]
        for kind in take:
            add_value(p, kind, lg, R.random() < 0.9)
            if shape != "short" and R.random() < 0.4:
                add_neg(p, lg)
        p.t(" ".join(R.sample(WORDS[lg], R.randint(1 if shape == "short" else 3, 6))))
        ends_number = shape != "short" and R.random() < 0.25
        if ends_number:  # the paragraph's last line ends at the width with a count
            num = str(R.randint(100, 99999999))
            tail = len("total ") + len(num)
            p.t(" ")
            p.t(filler(lg, (p.width - tail - p.col()) % p.width) + "total ")
            p.s("NEG_ID", num)
        else:
            p.t(".")
        paras.append(p)
        if not ends_number and R.random() < 0.5:
            paras.append(Para(mode, eff, wrapped=False))  # a blank line between paragraphs
        if ends_number:  # the next line starts with a year or an amount
            q = Para(mode, eff, wrapped=False)
            nxt = R.choice(["%d" % R.randint(2019, 2026), "%d,%02d" % (R.randint(10, 9999),
                                                                       R.randint(0, 99))])
            if luhn_ok(num + nxt.replace(",", "")):
                nxt = nxt[:-1] + str((int(nxt[-1]) + 1) % 10)
            q.s("NEG_DATE" if len(nxt) == 4 else "NEG_AMOUNT", nxt).t(
                " " + " ".join(R.sample(WORDS[lg], R.randint(2, 5))) + ".")
            paras.append(q)
    if shape == "short" and R.random() < 0.5:  # a look-alike in its own short paragraph
        p = Para(mode, eff)
        p.t(" ".join(R.sample(WORDS[lg], R.randint(2, 5))) + " ")
        add_neg(p, lg)
        paras.append(Para(mode, eff, wrapped=False))
        paras.append(p)
    if doc in ("mail", "paste") or R.random() < 0.3:
        q = Para(mode, eff, wrapped=False)
        q.t("-- ")
        paras.append(q)
        q = Para(mode, eff, wrapped=False)
        q.s("PERSON", g + " " + s)
        paras.append(q)
    text, spans, pieces = layout(paras, nl, "> " if quote else "", counted, bullet)
    meta = {"class": "%s/%s/%s" % (mode, shape, doc), "locale": lg, "width": width,
            "newline": "crlf" if nl == "\r\n" else "lf", "quote": ("counted" if counted else "extra") if quote else "none",
            "bullet": bullet}
    return text, spans, pieces, meta


def body(text, spans, ascii_, api, lg):
    if api == "chat":
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": "@@DOC@@"}]}
    elif api == "anthropic":
        b = {"model": "claude-sonnet-4", "max_tokens": 512,
             "messages": [{"role": "user", "content": [{"type": "text", "text": "@@DOC@@"}]}]}
    elif api == "gemini":
        b = {"contents": [{"role": "user", "parts": [{"text": "@@DOC@@"}]}]}
    else:
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": "@@DOC@@"}]}]}
    out = json.dumps(b, ensure_ascii=ascii_)
    return place_text(out, "@@DOC@@", text, spans, lead=ASK[lg] + "\n\n", ascii_=ascii_)


records = []
APIS = ["chat", "anthropic", "gemini", "responses"]
for i in range(500):
    lg = LANGS[i % len(LANGS)]
    text, spans, pieces, meta = document(lg, i)
    ascii_ = i % 3 == 1
    api = APIS[(i // 3) % 4]
    btext, bspans = body(text, spans, ascii_, api, lg)
    json.loads(btext)
    meta.update({"api": api, "ascii": ascii_, "family": meta["class"],
                 "pieces": pieces})
    records.append({"full_text": btext, "spans": bspans, "template_id": len(records) % 100,
                    "metadata": meta})

if __name__ == "__main__":
    write_json(records)
