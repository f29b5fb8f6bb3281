#!/usr/bin/env python3
"""gen_runs66.py: identifiers cut into pieces by markup runs (branch runs66, issue 15). A tune set,
written and committed before hush was run on it, from the thirty-first blind set's public brief
(its markup family; never its generator, modules or data) and my own idea of how editors cut a
value: a spell-check mark, a formatting change in the middle, a revision mark, a hyperlink run, a
line break inside an address. Formats (metadata.class): docx `<w:r><w:t>` runs (proofErr, `w:ins`
revisions, `w:hyperlink`), pptx `<a:r><a:t>` runs with `<a:br/>`, xlsx shared strings with rich
runs (`<si><r><rPr>..<t>`), ODF `<text:span>` with `<text:line-break/>`, HTML (`<b>`, `<span>`,
`<br>`), SVG `<tspan>` pieces, ASS subtitles (`{\\b1}` override tags, `\\N`), LaTeX (`\\textbf{}`,
`\\\\`). Values: phones (international and national), cards (Luhn, 16 digits in groups), IBANs
(mod-97, groups), e-mails, people, streets (street and number, then postcode and town after a
break); each cut at a group, a space or inside a word. Gold: every piece of three or more
characters its own span of the value's label (spaces and commas at its ends outside),
metadata.pieces lists those spans' indices; an uncut value is one span. Look-alikes as NEG_ spans,
at least as many as the values, in the same markup: slide numbers, EMU offsets, sizes, colours
(CSS, ASS `&H..&`, OOXML srgbClr), order and part numbers cut across runs like a card or a phone,
products and firms cut across runs, other dates. 14 languages of gen_markup_common, a fifth global
names, half invented; four APIs, a third \\uXXXX. Deterministic; stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Spans, collector, run_plan, write_json  # noqa: E402
from gen_chars_common import card_groups, iban_groups  # noqa: E402
from gen_markup_common import LANGS, PHONE, L, APIS, draw_name, fold, xml  # noqa: E402
from gen_bodies import append_body, ask_body  # noqa: E402
from gen_common import shuffled  # noqa: E402

rng = random.Random(6606)
IBAN_SPEC = {"DE": 18, "FR": 23, "NL": 14, "ES": 20, "IT": 23, "PL": 24, "BE": 12, "AT": 16}
CARD_PRE = ["4", "51", "52", "55", "2221", "4917"]
FIRMS = ["Hofmann Logistik GmbH", "Van Dijk Installaties", "Ferreira & Filhos", "Bäckerei Lorenz",
         "Nordlicht Medien AG", "Studio Bianchi", "Kowalski Transport", "Atelier Dubois"]
PRODUCTS = ["Galaxy Tab S9", "ThinkPad X1 Carbon", "Surface Laptop 5", "Pixel 8 Pro", "Kindle Paperwhite",
            "Dyson V15 Detect", "Fairphone 5", "Roomba Combo j7"]
LAB_EXTRA = {"card": "Card", "iban": "IBAN"}


class Person:
    def __init__(self, lg):
        self.g, self.s, d = draw_name(rng, lg)
        self.full = self.g + " " + self.s
        loc = (fold(self.g) or "info").lower().replace(" ", "").replace("'", "")
        sur = (fold(self.s) or "mail").lower().replace(" ", "").replace("'", "")
        self.email = rng.choice(["%s.%s", "%s%s", "%s-%s"]) % (loc, sur) + "@" + rng.choice(
            ["gmail.com", "gmx.de", "outlook.com", "web.de", "orange.fr", "libero.it", "wp.pl"])
        ph = PHONE[lg] % rng.randint(1, 9)
        if rng.random() < 0.35:  # the national form
            rest = ph.split(" ", 1)[1]
            ph = rest if lg == "it" else "0" + rest
        self.phone = ph
        self.card = " ".join(card_groups(rng, CARD_PRE))
        self.iban = " ".join(iban_groups(rng, IBAN_SPEC))
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 148)))
        self.pc = rng.choice(d["pc"])


def cut(label, v):
    """v cut where an editor's run boundary falls: at a group or word boundary (the space on
    either side) or inside a group or word; one, two or (rarely) three cuts."""
    n = 1 if rng.random() < 0.8 else 2
    spaces = [i for i, ch in enumerate(v) if ch in " @."]
    cuts = set()
    for _ in range(n):
        if spaces and rng.random() < 0.6:
            i = rng.choice(spaces)
            cuts.add(i + (1 if v[i] == " " and rng.random() < 0.5 else 0) if v[i] == " " else i)
        else:
            cuts.add(rng.randint(1, len(v) - 1))
    cuts = sorted(c for c in cuts if 0 < c < len(v))
    return [v[a:b] for a, b in zip([0] + cuts, cuts + [len(v)])] or [v]


class R(Spans):
    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls, self.pieces, self.nvalues, self.nneg = lg, cls, [], 0, 0

    def neg(self, label, v):
        self.nneg += 1
        return self.span(label, v)

    def value(self, label, v, run, sep=lambda: "", enc=xml, whole=False):
        """The value v written as runs (run(k, text) wraps the k-th piece's encoded text,
        sep() goes between runs); every piece of 3+ visible characters a span."""
        self.nvalues += 1
        ps = [v] if whole else cut(label, v)
        for k, p in enumerate(ps):
            if k:
                self.t(sep())
            a, b = 0, len(p)
            while a < b and p[a] in " ,":
                a += 1
            while b > a and p[b - 1] in " ,":
                b -= 1
            pre, core, post = p[:a], p[a:b], p[b:]
            if b - a >= 3:
                mark = _Mark(self, label, enc(core), len(ps) > 1)
                run(k, enc(pre), mark, enc(post))
            else:
                run(k, enc(pre), enc(core), enc(post))
        return self


class _Mark:
    """A piece's core: run() writes it where its markup puts it (str() of a plain piece)."""

    def __init__(self, r, label, text, piece):
        self.r, self.label, self.text, self.piece = r, label, text, piece


def emit(r, *parts):
    for x in parts:
        if isinstance(x, _Mark):
            if x.piece:
                x.r.pieces.append(len(x.r.spans))
            x.r.span(x.label, x.text)
        else:
            r.t(x)


DOCS, done = collector()


def values_of(p, lg):
    """(label text, gold label, value, whole-allowed) rows of one person's block."""
    d = L[lg]
    rows = [(d["lab"][0], "PERSON", p.full), (d["lab"][4], "PHONE_NUMBER", p.phone),
            (d["lab"][3], "EMAIL_ADDRESS", p.email)]
    extra = rng.choice(["card", "iban", None, None])
    if extra == "card":
        rows.append((LAB_EXTRA["card"], "CREDIT_CARD", p.card))
    elif extra == "iban":
        rows.append((LAB_EXTRA["iban"], "IBAN_CODE", p.iban))
    return rows


def not_luhn(v):
    """v (digits in groups) with its last digit moved on when the digits pass Luhn: an order
    number must not be a card's shape and check (no draw, so the stream stays as committed)."""
    d = [int(c) for c in v if c.isdigit()]
    t = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 else x for i, x in enumerate(reversed(d)))
    return v if t % 10 else v[:-1] + str((d[-1] + 1) % 10)


def lookalikes(r, run, sep, enc=xml):
    """Non-PII in the same runs: an order number cut like a card, a part number cut like a phone,
    a product and a firm cut across runs, a size, another date."""
    def cutneg(label, v):
        ps = cut(label, v)
        for k, p in enumerate(ps):
            if k:
                r.t(sep())
            if len(p.strip(" ,")) >= 3:
                a = len(p) - len(p.lstrip(" ,"))
                b = len(p.rstrip(" ,"))
                run(k, enc(p[:a]), _NegMark(r, label, enc(p[a:b])), enc(p[b:]))
            else:
                run(k, enc(p), "", "")
    k = rng.randrange(6)
    if k == 0:
        cutneg("NEG_ID", not_luhn(" ".join("".join(rng.choice("0123456789") for _ in range(4)) for _ in range(4))))
    elif k == 1:
        r.t(rng.choice(["Art.-Nr. ", "SKU ", "PN "]))
        cutneg("NEG_ID", "%d %03d %04d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 9999)))
    elif k == 2:
        cutneg("NEG_PRODUCT", rng.choice(PRODUCTS))
    elif k == 3:
        cutneg("NEG_ORG", rng.choice(FIRMS))
    elif k == 4:
        cutneg("NEG_SIZE", "%d × %d px" % rng.choice([(1920, 1080), (1280, 720), (2480, 3508), (3840, 2160)]))
    else:
        cutneg("NEG_DATE", L[r.lg]["df"](rng.randint(2023, 2027), rng.randint(1, 12), rng.randint(1, 28)))


class _NegMark(_Mark):
    def __init__(self, r, label, text):
        _Mark.__init__(self, r, label, text, False)
        r.nneg += 1


def block(r, p, lg, para, run, sep, linebreak, enc=xml):
    """One person's labelled lines: para(label_text, body) writes a paragraph; the street and the
    postcode with town are one value cut by linebreak."""
    for lab, label, v in values_of(p, lg):
        para(enc(lab + ": "), lambda label=label, v=v: r.value(label, v, run, sep, enc))
    d = L[lg]

    def addr():
        r.value("STREET_ADDRESS", p.st, run, sep, enc)
        r.t(linebreak())
        r.value("STREET_ADDRESS", p.pc, run, sep, enc, whole=rng.random() < 0.6)
        r.nvalues -= 1
    para(enc(d["lab"][2] + ": "), addr)
    while r.nneg < r.nvalues:
        para("", lambda: lookalikes(r, run, sep, enc))


# ---- formats ------------------------------------------------------------------------------------
def docx(lg):
    r, p = R(lg, "docx"), Person(lg)

    def run(k, pre, core, post):
        how = rng.random()
        if how < 0.2:
            r.t('<w:ins w:id="%d" w:author="Reviewer" w:date="2025-0%d-1%dT09:12:00Z">' % (rng.randint(1, 99), rng.randint(1, 9), rng.randint(0, 9)))
        rpr = rng.choice(["", '<w:rPr><w:b/></w:rPr>', '<w:rPr><w:lang w:val="%s"/></w:rPr>' % lg, '<w:rPr><w:noProof/></w:rPr>'])
        r.t("<w:r>%s<w:t%s>" % (rpr, ' xml:space="preserve"' if pre or post else ""))
        emit(r, pre, core, post)
        r.t("</w:t></w:r>")
        if how < 0.2:
            r.t("</w:ins>")

    def sep():
        return rng.choice(["", "", '<w:proofErr w:type="spellStart"/>', '<w:proofErr w:type="spellEnd"/>',
                           '<w:bookmarkEnd w:id="0"/>'])

    def para(lab, body):
        r.t("<w:p>")
        if lab:
            r.t("<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>" % lab)
        body()
        r.t("</w:p>\n")
    r.t('<w:document><w:body>\n<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Kontaktdaten</w:t></w:r></w:p>\n')
    block(r, p, lg, para, run, sep, lambda: "<w:r><w:br/></w:r>")
    r.t("</w:body></w:document>")
    done(r)


def pptx(lg):
    r, p = R(lg, "pptx"), Person(lg)
    r.t('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="' % (rng.randint(2, 40), rng.randint(1, 9)))
    r.neg("NEG_EMU", str(rng.randint(100, 9000) * 1270)).t('" y="').neg("NEG_EMU", str(rng.randint(100, 6000) * 1270)).t('"/><a:ext cx="')
    r.neg("NEG_EMU", str(rng.randint(1000, 9000) * 1270)).t('" cy="914400"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/>\n')

    def run(k, pre, core, post):
        r.t('<a:r><a:rPr lang="%s" dirty="0"%s/><a:t>' % (lg, rng.choice(["", ' b="1"', ' err="1"', ' sz="1800"'])))
        emit(r, pre, core, post)
        r.t("</a:t></a:r>")

    def para(lab, body):
        r.t("<a:p>")
        if lab:
            r.t('<a:r><a:rPr lang="%s"/><a:t>%s</a:t></a:r>' % (lg, lab))
        body()
        r.t("</a:p>\n")
    block(r, p, lg, para, run, lambda: "", lambda: '<a:br><a:rPr lang="%s"/></a:br>' % lg)
    r.t('<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:t>').neg("NEG_NUMBER", str(rng.randint(100, 240)))
    r.t('</a:t></a:fld></a:p></p:txBody></p:sp>\n<a:solidFill><a:srgbClr val="').neg("NEG_COLOR", "%06X" % rng.getrandbits(24)).t('"/></a:solidFill>')
    done(r)


def xlsx(lg):
    r = R(lg, "xlsx")
    r.t('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d">\n' % rng.randint(20, 90))

    def run(k, pre, core, post):
        if rng.random() < 0.5:
            r.t('<r><rPr><b/><sz val="11"/><color rgb="FF%06X"/><rFont val="Calibri"/></rPr><t xml:space="preserve">' % rng.getrandbits(24))
        else:
            r.t("<r><t xml:space=\"preserve\">")
        emit(r, pre, core, post)
        r.t("</t></r>")

    def para(lab, body):
        if lab:
            r.t("<si><t>%s</t></si>\n" % lab.rstrip(": "))
        r.t("<si>")
        body()
        r.t("</si>\n")
    for _ in range(rng.randint(1, 2)):
        block(r, Person(lg), lg, para, run, lambda: "", lambda: "<r><t>\n</t></r>")
    r.t("</sst>")
    done(r)


def odt(lg):
    r, p = R(lg, "odt"), Person(lg)

    def run(k, pre, core, post):
        wrap = k % 2 == 1 or rng.random() < 0.3
        if wrap:
            r.t('<text:span text:style-name="T%d">' % rng.randint(1, 12))
        emit(r, pre, core, post)
        if wrap:
            r.t("</text:span>")

    def para(lab, body):
        r.t('<text:p text:style-name="P%d">%s' % (rng.randint(1, 5), lab))
        body()
        r.t("</text:p>\n")
    r.t("<office:text>\n")
    block(r, p, lg, para, run, lambda: rng.choice(["", '<text:bookmark text:name="_tmp"/>']), lambda: "<text:line-break/>")
    r.t("</office:text>")
    done(r)


def html(lg):
    r, p = R(lg, "html"), Person(lg)
    tags = [("<b>", "</b>"), ("<strong>", "</strong>"), ("<em>", "</em>"), ('<span class="hl">', "</span>"),
            ('<span style="font-weight:bold">', "</span>"), ('<font color="#%06x">' % rng.getrandbits(24), "</font>")]

    def run(k, pre, core, post):
        t = rng.choice(tags) if (k % 2 == 0) == (rng.random() < 0.5) else ("", "")
        r.t(t[0])
        emit(r, pre, core, post)
        r.t(t[1])

    def para(lab, body):
        r.t("<p>%s" % lab)
        body()
        r.t("</p>\n")
    r.t('<div style="color:').neg("NEG_COLOR", "#%06x" % rng.getrandbits(24)).t('">\n')
    block(r, p, lg, para, run, lambda: "", lambda: rng.choice(["<br>", "<br/>", "<br />\n"]))
    r.t("</div>")
    done(r)


def svg(lg):
    r, p = R(lg, "svg"), Person(lg)
    y = [80]

    def run(k, pre, core, post):
        r.t(rng.choice(['<tspan x="%d">' % rng.randint(20, 400), '<tspan dx="%d">' % rng.randint(1, 9), "<tspan>",
                        '<tspan font-weight="bold">']))
        emit(r, pre, core, post)
        r.t("</tspan>")

    def para(lab, body):
        y[0] += 24
        r.t('<text x="40" y="%d">' % y[0])
        if lab:
            r.t("<tspan>%s</tspan>" % lab)
        body()
        r.t("</text>\n")
    r.t('<svg xmlns="http://www.w3.org/2000/svg" width="').neg("NEG_SIZE", "%d" % rng.choice([595, 842, 1123, 1754])).t('" height="800">\n')
    block(r, p, lg, para, run, lambda: rng.choice(["", "", "\n"]), lambda: '</text>\n<text x="40" y="%d">' % (y[0] + 12))
    r.t("</svg>")
    done(r)


def ass(lg):
    r, p = R(lg, "ass"), Person(lg)
    enc = lambda s: s  # noqa: E731

    def run(k, pre, core, post):
        if k:
            r.t(rng.choice(["{\\b1}", "{\\i1}", "{\\c&H%06X&}" % rng.getrandbits(24), "{\\fs28}", "{\\b0}"]))
        emit(r, pre, core, post)

    t = [1.0]

    def para(lab, body):
        t[0] += rng.uniform(1.5, 4)
        r.t("Dialogue: 0,0:%02d:%05.2f,0:%02d:%05.2f,Default,,0,0,0,,%s" % (int(t[0] // 60), t[0] % 60, int((t[0] + 3) // 60), (t[0] + 3) % 60, lab))
        body()
        r.t("\n")
    r.t("[Script Info]\nScriptType: v4.00+\nPlayResX: ").neg("NEG_SIZE", "1920").t("\n\n[V4+ Styles]\nStyle: Default,Arial,52,")
    r.neg("NEG_COLOR", "&H00%06X" % rng.getrandbits(24)).t(",&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,2,1,2,10,10,10,1\n\n[Events]\n")
    block(r, p, lg, para, run, lambda: "", lambda: rng.choice(["\\N", "\\n", "\\N{\\i1}"]), enc)
    done(r)


def latex(lg):
    r, p = R(lg, "latex"), Person(lg)
    enc = lambda s: s.replace("&", "\\&").replace("_", "\\_").replace("%", "\\%")  # noqa: E731

    def run(k, pre, core, post):
        w = rng.choice(["\\textbf{", "\\emph{", "\\textit{", "{\\bfseries ", "\\texttt{"]) if k % 2 == 1 else ""
        r.t(w)
        emit(r, pre, core, post)
        r.t("}" if w else "")

    def para(lab, body):
        r.t("\\item[%s] " % lab.rstrip(": ") if lab else "\\item ")
        body()
        r.t("\n")
    r.t("\\begin{description}\n")
    block(r, p, lg, para, run, lambda: "", lambda: rng.choice([" \\\\ ", "\\\\\n", "\\newline "]), enc)
    r.t("\\end{description}")
    done(r)


ASKS = ["Extract the contact details from this file.", "Translate this into English, keep the markup.",
        "Fix the formatting of this.", "What is wrong with this XML?", "Summarise this document."]
PLAN = [(docx, 40), (pptx, 36), (xlsx, 30), (odt, 30), (html, 34), (svg, 30), (ass, 30), (latex, 30)]


def main():
    run_plan(PLAN, LANGS, 5)
    records = []
    for j, r in enumerate(shuffled(rng, DOCS)):
        api, ascii_ = APIS[j % 4], j % 3 == 0
        body, sp = ask_body(api, ASKS[j % len(ASKS)], r.text, r.spans, ascii_, j % 2 == 1)
        assert [s["entity_type"] for s in sp] == [s["entity_type"] for s in r.spans]
        append_body(records, body, sp, {"locale": r.lg, "class": r.cls, "api": api, "ascii": ascii_,
                                        "pieces": r.pieces})
    write_json(records)


main()
