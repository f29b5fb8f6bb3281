#!/usr/bin/env python3
"""gen_wrap56.py: values cut by a hard wrap, third round (stop 56; tables from gen_wrap55.py).

Written from the twenty-fifth blind set's public brief (its `chars` family, the `c_wrap` frame:
wrapped at 76 columns) and wrap54/wrap55's notes (grouped values under a word wrap were not what
the blind set misses). What a writer that folds at exactly N columns does that those rounds did
not generate:
- `fold`: `fold -w N` / a terminal at 80 / base64 at 64 or 76: every line of the text cut at N,
  mid-token, no hyphen; the cut inside the value's first or last 1-3 characters half the time;
- `qp`: quoted-printable soft breaks (`=` at column 76, the line 75 characters and the `=`);
- `rfc5322`: mail headers folded at N with a space or a tab opening the continuation;
- `prefix`: every line carries a mark (`> `, `| `, `# `, `// `, ` * `) counted in the width;
- `indent`: continuation lines indented (two or four spaces, a tab: a log's hanging indent);
- `once`: a short text whose one long line is cut once (no other line shows the width);
- `three`: a long value (JWT, long keys, a PEM body line, grouped IBAN in a narrow pane) over
  three lines;
people and streets cut inside or between words at the width; a date of birth cut. LF and CRLF.

Gold = one span per piece of 3+ characters (metadata.pieces lists the pieces of a cut value), as
wrap54/55. Look-alikes (NEG_) cut the same ways: hashes, UUIDs, base64 of images, version lists,
order ids, build ids, URLs without identifiers. 15 languages, half the names invented; request
bodies of four APIs, a third \\u-escaped. metadata.class is "<writer>/<kind>/<where>" where
`where` says where the cut falls (head = in the first 3 characters, tail = in the last 3, mid).
Deterministic: python3 gen_wrap56.py > data/wrap56.json
"""
import base64
import json
import random

import gen_wrap55 as w
from gen_bodies import place_text
from gen_common import B62, MONTHS, write_json

R = random.Random(5656)
w.R = R  # the borrowed value and filler helpers draw from this corpus' stream
w.gen_wrap54.R = R  # (wrap55 takes its tables and person helpers from wrap54)
w.SHAPES = ["plain"] * 7 + ["nbsp", "dash", "dots", "mixcase"]
LANGS = w.LANGS
KINDS = ["email", "phone", "card", "iban", "ssn", "ip", "key", "jwt", "name", "address", "birth"]
BIRTH_LAB = {"en": "date of birth", "de": "Geburtsdatum", "fr": "date de naissance",
             "nl": "geboortedatum", "es": "fecha de nacimiento", "it": "data di nascita",
             "pl": "data urodzenia", "sv": "födelsedatum", "pt": "data de nascimento",
             "cs": "datum narození", "tr": "doğum tarihi", "fi": "syntymäaika",
             "da": "fødselsdato", "ro": "data nașterii", "hu": "születési idő"}
ASCII_WORDS = {lg: [x for x in ws if x.isascii()] for lg, ws in w.WORDS.items()}


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    sep = (",", ":")
    head = b64u(json.dumps({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=sep).encode())
    body = b64u(json.dumps({"sub": str(R.randint(10 ** 5, 10 ** 9)), "iat": R.randint(16 * 10 ** 8, 175 * 10 ** 7),
                            "scope": R.choice(["read", "admin", "user:write"])}, separators=sep).encode())
    return head + "." + body + "." + "".join(R.choice(B62 + "-_") for _ in range(43))


def pem_line():
    return "".join(R.choice(B62 + "+/") for _ in range(64))


def birth(lg):
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    k = R.randint(0, 3)
    if k == 0:
        return "%02d.%02d.%d" % (d, m, y)
    if k == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 2:
        return "%02d/%02d/%d" % (d, m, y)
    return "%d %s %d" % (d, MONTHS["en"][m - 1], y)


def value(kind, lg, ascii_only):
    """(label, value text) of one kind; ascii_only for quoted-printable text."""
    if kind == "name":
        g, s = w.person(lg)
        v = g + " " + s
        return "PERSON", (w.ascii_fold(g) + " " + w.ascii_fold(s)) if ascii_only else v
    if kind == "address":
        pat = R.choice(w.STREET[lg].split("|"))
        v = pat.format(n=R.randint(1, 180), w=R.choice(w.SWORD[lg]))
        return "STREET_ADDRESS", " ".join(w.ascii_fold(x) for x in v.split()) if ascii_only else v
    if kind == "birth":
        return "DATE_OF_BIRTH", birth(lg)
    if kind == "jwt":
        return "SECRET", jwt()
    while True:
        lab, v, _ = w.value(kind, lg)
        if not ascii_only or v.isascii():
            return lab, v


def label_of(kind, lg):
    if kind == "birth":
        return BIRTH_LAB[lg]
    if kind == "jwt":
        return "Authorization: Bearer"
    return w.LABELS[lg].split("|")[w.KINDS.index(kind)]


def neg_value():
    k = R.randint(0, 9)
    if k == 8:
        return "NEG_ID", "https://docs.%s/%s/%s-%d.html" % (
            R.choice(["example.org", "kernel.org", "python.org", "mozilla.org"]),
            R.choice(["guide", "reference/api", "release-notes"]),
            R.choice(["install", "upgrade", "migration", "changelog"]), R.randint(2, 40))
    if k == 9:
        return "NEG_BASE64", "iVBORw0KGgoAAAANSUhEUgAA" + "".join(R.choice(B62 + "+/")
                                                                  for _ in range(R.randint(60, 140)))
    return w.neg_value()


NEG_LEAD = dict(w.NEG_LEAD, NEG_BASE64="image ")


# ---- the writers: a paragraph is cut at exact columns ----------------------------------------------
class Para:
    """A paragraph of logical text with spans; laid out as lines of at most `cap1` characters
    for the first line and `cap2` for the others (the width less the marks around them)."""

    def __init__(self, lg, cap1, cap2, ascii_only=False, words=False):
        self.lg, self.cap1, self.cap2 = lg, cap1, cap2
        self.ascii_only, self.words = ascii_only, words
        self.text, self.spans = "", []

    def room(self, pos):
        """Characters left on the line where the character at pos would go, it included."""
        if pos < self.cap1:
            return self.cap1 - pos
        return self.cap2 - (pos - self.cap1) % self.cap2

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        self.spans.append((len(self.text), len(self.text) + len(v), label))
        self.text += v
        return self

    def fill(self, n):
        ws = ASCII_WORDS[self.lg] if self.ascii_only else w.WORDS[self.lg]
        if len(ws) < 20:
            ws = ASCII_WORDS["en"]
        out = ""
        while n > 0:
            exact = [x for x in ws if len(x) + 1 == n]
            if exact:
                out += R.choice(exact) + " "
                break
            if n <= 2:
                out = (out[:-1] + (", " if n == 1 else " - ")) if out else " " * n
                break
            fit = [x for x in ws if len(x) + 1 <= n - 3]
            x = R.choice(fit) if fit else "-"
            out += x + " "
            n -= len(x) + 1
        return self.t(out)

    def words_n(self, lo, hi):
        ws = ASCII_WORDS[self.lg] if self.ascii_only else w.WORDS[self.lg]
        if len(ws) < 20:
            ws = ASCII_WORDS["en"]
        return " ".join(R.sample(ws, R.randint(lo, hi)))

    def cut_at(self, pre, want):
        """Filler, then pre, so that the value written next has `want` characters before the
        break (want < 0: as many from its end)."""
        for n in range(0, 3 * self.cap2 + self.cap1):
            if n in (1,):
                continue
            if self.room(len(self.text) + n + len(pre)) == want:
                self.fill(n)
                return self.t(pre)
        return self.t(pre)

    def lines(self):
        """(start, end) of each line: cut at exactly cap1 / cap2 characters."""
        out, a, cap = [], 0, self.cap1
        while a < len(self.text):
            out.append((a, min(a + cap, len(self.text))))
            a += cap
            cap = self.cap2
        return out or [(0, 0)]


def want_for(v):
    """Where the cut falls: in the first or last 1-3 characters half the time."""
    k = R.random()
    if len(v) < 6:
        return R.randint(1, len(v) - 1), "mid"
    if k < 0.25:
        return R.choice([1, 2, 3]), "head"
    if k < 0.5:
        return len(v) - R.choice([1, 2, 3]), "tail"
    return R.randint(4, len(v) - 4), "mid"


def name_want(v):
    """People and streets: cut at a space (before or after it) or inside a word."""
    sp = [i for i, c in enumerate(v) if c == " "]
    k = R.random()
    if k < 0.4 and sp:
        i = R.choice(sp)
        return (i + 1 if R.random() < 0.5 else i), "space"
    return R.randint(1, len(v) - 1), "word"


def add_value(p, kind, where_tag, first_line=False):
    lg = p.lg
    lab, v = value(kind, lg, p.ascii_only)
    pre = label_of(kind, lg) + R.choice([": ", " ", ":\u00a0" if not p.ascii_only else ": "])
    if kind in ("name", "address"):
        want, tag = name_want(v)
    else:
        want, tag = want_for(v)
    if first_line:  # the cut on the text's one long line: the value starts on it
        top = p.cap1 - len(p.text) - len(pre)
        if want > top:
            want, tag = R.randint(1, max(1, min(top, len(v) - 1))), "head" if top <= 3 else "mid"
    p.cut_at(pre, want)
    p.s(lab, v)
    if kind == "address":
        p.t(", ").s("STREET_ADDRESS", R.choice(w.TOWN[lg]) if not p.ascii_only else "10115 Berlin")
    p.t(R.choice([". ", ", ", "; ", " - ", " "]))
    where_tag.append(tag)


def add_neg(p):
    lab, v = neg_value()
    want, _ = want_for(v)
    p.cut_at(NEG_LEAD.get(lab, ""), want)
    p.s(lab, v).t(R.choice([". ", ", ", " "]))


# ---- documents ------------------------------------------------------------------------------------
def layout(blocks, nl):
    """blocks: (Para, first prefix, continuation prefix, soft-break mark), a line (str) or a line
    that is one value ((label, text)). The document
    and its spans, one per piece of 3+ characters."""
    out, spans, pieces = "", [], []
    for blk in blocks:
        if isinstance(blk, str):
            out += blk + nl
            continue
        if len(blk) == 2:  # a whole line that is one value (a signature's name)
            spans.append({"entity_type": blk[0], "entity_value": blk[1],
                          "start_position": len(out), "end_position": len(out) + len(blk[1])})
            out += blk[1] + nl
            continue
        p, pf, pc, soft = blk
        ls = p.lines()
        starts = []
        for li, (a, b) in enumerate(ls):
            out += pf if li == 0 else pc
            starts.append(len(out) - a)
            out += p.text[a:b]
            out += (soft if li < len(ls) - 1 else "") + nl
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


MODES = ["fold", "fold", "qp", "rfc5322", "prefix", "indent", "once", "three", "fold", "prefix"]
MARKS = ["> ", "| ", "# ", "// ", " * ", ">> "]


def kinds_for(i):
    k = KINDS[i % len(KINDS)]
    extra = R.sample(KINDS, R.randint(0, 2))
    return [k] + extra


def document(lg, i):
    mode = MODES[i % len(MODES)]
    width = R.choice([76, 76, 76, 72, 78, 80, 64])
    nl = "\r\n" if i % 5 == 3 else "\n"
    kinds = kinds_for(i // len(MODES) + i % 3)
    tags = []
    blocks = []
    g, s = w.person(lg)
    if mode == "fold":
        # fold -w: every line of the text at the width, a few paragraphs
        for j in range(R.randint(1, 3)):
            p = Para(lg, width, width)
            p.t(p.words_n(3, 9) + ": ")
            for kind in kinds[j::2] if j < 2 else []:
                add_value(p, kind, tags)
                if R.random() < 0.3:
                    add_neg(p)
            p.t(p.words_n(3, 10) + ".")
            blocks.append((p, "", "", ""))
            blocks.append("")
        if R.random() < 0.3:
            blocks.append("-- ")
            blocks.append(("PERSON", g + " " + s))
    elif mode == "qp":
        blocks += ["Content-Type: text/plain; charset=utf-8",
                   "Content-Transfer-Encoding: quoted-printable", ""]
        p = Para(lg, 75, 75, ascii_only=True)
        p.t(p.words_n(4, 9) + " ")
        for kind in kinds:
            add_value(p, kind, tags)
            if R.random() < 0.3:
                add_neg(p)
        p.t(p.words_n(3, 8) + ".")
        blocks.append((p, "", "", "="))
    elif mode == "rfc5322":
        cont = R.choice([" ", "\t", "  "])
        blocks.append("Received: from mx%d.mail.example.net ([10.%d.%d.%d]) by relay" % (
            R.randint(1, 9), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        for kind in kinds:
            head = R.choice(["X-Customer-Note", "Comments", "X-Original-Header", "Keywords",
                             "X-Ticket-Data", "Subject"])
            p = Para(lg, width, width - len(cont))
            p.t(head + ": " + p.words_n(2, 6) + " ")
            add_value(p, kind, tags)
            p.t(p.words_n(1, 4))
            blocks.append((p, "", cont, ""))
        blocks += ["Date: Tue, 4 Mar 2025 09:12:44 +0100", ""]
        q = Para(lg, width, width)
        q.t(q.words_n(4, 10) + ".")
        blocks.append((q, "", "", ""))
    elif mode == "prefix":
        mark = R.choice(MARKS)
        if mark == " * ":
            blocks.append("/*")
        p = Para(lg, width - len(mark), width - len(mark))
        p.t(p.words_n(3, 8) + ": ")
        for kind in kinds:
            add_value(p, kind, tags)
            if R.random() < 0.3:
                add_neg(p)
        p.t(p.words_n(2, 7) + ".")
        blocks.append((p, mark, mark, ""))
        if mark == " * ":
            blocks.append(" */")
    elif mode == "indent":
        ind = R.choice(["  ", "    ", "\t", "      "])
        for kind in kinds:
            p = Para(lg, width, width - (8 if ind == "\t" else len(ind)))
            p.t("2025-03-%02dT%02d:%02d:%02dZ %s " % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                                     R.randint(0, 59), R.choice(["WARN", "INFO", "ERROR"])))
            p.t(p.words_n(2, 6) + " ")
            add_value(p, kind, tags)
            if R.random() < 0.3:
                add_neg(p)
            p.t(p.words_n(1, 5))
            blocks.append((p, "", ind, ""))
    elif mode == "once":
        blocks += [R.choice(["Hi,", "Hallo,", "Bonjour,", "Hej,", "Hola,"]), ""]
        p = Para(lg, width, width)
        p.t(p.words_n(1, 2) + " ")
        add_value(p, kinds[0], tags, first_line=True)
        p.t(p.words_n(1, 3) + ".")
        if len(p.text) > 2 * width - 6:
            p.cap2 = len(p.text)  # wrapped once: the rest stays on one line
        blocks.append((p, "", "", ""))
        blocks += ["", R.choice(["Thanks", "Danke", "Merci", "Tack", "Gracias"]), ("PERSON", g + " " + s)]
    else:  # three: a long value over three lines
        k = R.randint(0, 3)
        if k == 0:
            cap = R.choice([40, 48, 56])
            p = Para(lg, cap, cap)
            p.t(p.words_n(1, 3) + " ")
            p.cut_at("Authorization: Bearer ", R.randint(1, 30)).s("SECRET", jwt()).t(" ")
            tags.append("jwt3")
        elif k == 1:
            p = Para(lg, width, width)
            p.t(p.words_n(2, 4) + " ")
            p.t("-----BEGIN PRIVATE KEY----- ")
            p.cut_at("", R.randint(1, 40))
            p.s("SECRET", pem_line() + pem_line()[:R.randint(50, 64)])
            p.t(" -----END PRIVATE KEY----- ")
            tags.append("pem3")
        elif k == 2:
            cap = R.choice([14, 16, 18, 20])
            p = Para(lg, cap, cap)
            p.t(w.LABELS[lg].split("|")[3] + ": ")
            lab, v = value("iban", lg, False)
            p.s(lab, v).t(" ")
            tags.append("pane3")
        else:
            cap = R.choice([30, 36, 40])
            p = Para(lg, cap, cap)
            p.t(p.words_n(1, 3) + " ")
            lab, v = value("key", lg, False)
            while len(v) < 2 * cap + 3:
                lab, v = value("key", lg, False)
            p.cut_at(label_of("key", lg) + ": ", R.randint(1, cap - 1)).s(lab, v).t(" ")
            tags.append("key3")
        if R.random() < 0.4:
            add_neg(p)
        p.t(p.words_n(1, 4) + ".")
        blocks.append((p, "", "", ""))
    text, spans, pieces = layout(blocks, nl)
    where = "/".join(sorted(set(tags))) or "none"
    meta = {"class": "%s/%s/%s" % (mode, kinds[0], where), "locale": lg, "width": width,
            "newline": "crlf" if nl == "\r\n" else "lf"}
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
    return place_text(out, "@@DOC@@", text, spans, lead=w.ASK[lg] + "\n\n", ascii_=ascii_)


records = []
APIS = ["chat", "anthropic", "gemini", "responses"]
for i in range(500):
    lg = LANGS[i % len(LANGS)]
    text, spans, pieces, meta = document(lg, i)
    ascii_ = i % 3 == 1
    api = APIS[(i // 3) % 4]
    btext, bspans = body(text, spans, ascii_, api, lg)
    json.loads(btext)
    meta.update({"api": api, "ascii": ascii_, "family": meta["class"], "pieces": pieces})
    records.append({"full_text": btext, "spans": bspans, "template_id": len(records) % 100,
                    "metadata": meta})

if __name__ == "__main__":
    write_json(records)
