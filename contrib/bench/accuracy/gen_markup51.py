#!/usr/bin/env python3
"""gen_markup51.py: people, streets and births split by markup into runs, tspans and TJ pieces
(branch markup51). A tune set, written and committed before any detector rule was read or hush
was run on it, from the public brief of the twenty-third blind set's markup family and
markup50's notes, in other domains than markup50's and that set's: contract templates, payslips
as docx, certificates as SVG, invoices as PDF text dumps, conference badges and name tags, mail
merges, WordPress (WXR) exports, Confluence storage format, OOXML spreadsheets, ODF documents,
EPUB XHTML.

Formats (metadata.class): docx (`<w:r><w:t>` runs split inside a given name, between given name
and surname, inside the surname, a street split from its number, a birth date split into day,
month and year runs; `w:proofErr`, `w:bookmarkStart/End` between runs; `xml:space="preserve"`),
xlsx (inline rich strings `<c t="inlineStr"><is><r><t>` split the same way), odt (`text:span`
pieces with bare text between them), svg (certificates: `tspan` per piece), pdf (invoice dumps:
`[(Ma) -20 (ria) 15 (Keller)] TJ` and consecutive `Tj` operators), html (Confluence storage and
EPUB XHTML with inline `<span>`, `<em>`, `<strong>` cutting a value), wxr (WordPress export:
CDATA fields, a street then postcode and town after `<br>`), vcard (conference badges: folded
`FN`/`N` lines cutting a name, `ADR` `;` fields), latex (name tags, `{\\"u}` brace before the
escape). Labelling: one gold span per visible piece, the source bytes as they stand (spaces and
`,` at a piece's ends outside it, a date piece's separators outside it); a folded line keeps its
fold inside the span. Look-alikes as NEG_ spans: style names, fonts, MERGEFIELD names and
`«FirstName»` placeholders, headings and firms split across runs, issue and due dates, invoice
numbers. Languages en, de, fr, nl, es, it, pt, pl, sv, da, fi, cs, tr, el (Greek script; in
Latin letters in PDF strings); a fifth of the people of global origin, half the names invented.
Every record is a request body of one of four APIs (gen_bodies.place_text), a third with
non-ASCII as \\uXXXX. Deterministic; stdlib only."""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Spans, collector, run_plan, write_json  # noqa: E402

rng = random.Random(5151)
from gen_markup_common import LANGS, PHONE, L  # noqa: E402
from gen_markup_common import draw_name, fold, markup_records, pdfstr, xml  # noqa: E402
DOMAINS = [
    ("contract", ["Hartmann & Söhne GmbH", "Lindqvist Legal AB"], ["service contract", "lease template"]),
    ("payslip", ["Payroll Services Ltd", "Lohnbüro Meier"], ["payslip", "salary statement"]),
    ("certificate", ["Goethe-Institut", "Cambridge Assessment"], ["certificate", "diploma"]),
    ("invoice", ["Baumarkt Nord KG", "Studio Verde Srl"], ["invoice", "credit note"]),
    ("badge", ["EuroPython", "FOSDEM"], ["conference badge", "speaker badge"]),
    ("nametag", ["Rotary Club", "Lions International"], ["name tag", "place card"]),
    ("mailmerge", ["Stadtwerke Ulm", "Municipality of Delft"], ["mail merge", "circular"]),
    ("cms", ["Drupal Association", "WordPress.com"], ["author export", "user export"]),
    ("wiki", ["Atlassian Confluence", "Team Handbook"], ["team page", "onboarding page"]),
    ("ebook", ["Penguin Random House", "Editora Abril"], ["dedication", "about the author"]),
]
FONTS = ["Gill Sans MT", "Cambria", "Garamond", "Verdana", "Trebuchet MS", "Book Antiqua"]
STYLES = ["Heading1", "Heading2", "Title", "Subtitle", "ListParagraph", "Signature", "Salutation"]
FIELDS = ["FirstName", "LastName", "Street", "PostalCode", "City", "BirthDate", "Vorname", "Nachname"]
HEADINGS = ["Mitarbeiterdaten", "Employee details", "Données du salarié", "Dati del dipendente",
            "Gegevens werknemer", "Datos del empleado", "Personalangaben"]


class Person:
    def __init__(self, lg, latin=False):
        self.g, self.s, d = draw_name(rng, lg, latin)
        if latin:
            self.g, self.s = fold(self.g) or "Eleni", fold(self.s) or "Nikolaou"
        self.ymd = (rng.randint(1944, 2008), rng.randint(1, 12), rng.randint(1, 28))
        self.full = self.g + " " + self.s
        loc = fold(self.g).lower().replace(" ", "").replace("'", "") or "kontakt"
        sur = fold(self.s).lower().replace(" ", "").replace("'", "") or "mail"
        self.email = rng.choice(["%s.%s", "%s%s"]) % (loc, sur) + "@" + rng.choice(
            ["gmail.com", "gmx.net", "outlook.com", "proton.me", "free.fr"])
        self.phone = PHONE[lg] % rng.randint(1, 9)
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 148)))
        self.pc = rng.choice(d["pc"])
        if latin:
            self.st, self.pc = fold(self.st) or "Ermou 12", fold(self.pc) or "105 63 Athina"

    def dob(self, lg):
        return L[lg]["df"](*self.ymd)


def other_date(lg):
    return L[lg]["df"](rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28))


def invno():
    return rng.choice(["INV-", "RE-", "FA", "No. "]) + "".join(rng.choice("0123456789") for _ in range(rng.choice((6, 8))))


# ---- splitting a value into visible pieces ------------------------------------------------------
def cut_word(w):
    return rng.randint(1, len(w) - 1) if len(w) >= 3 else None


def split_value(label, v, mode):
    """v cut into pieces whose concatenation is v. Modes: given (inside the first word), between
    (at the first space), surname (inside the last word), number (a street from its number),
    date (day, month, year), none."""
    ws = v.split(" ")
    if mode == "given" and len(ws[0]) >= 3:
        c = cut_word(ws[0])
        return [v[:c], v[c:]]
    if mode == "surname" and len(ws[-1]) >= 4:
        at = len(v) - len(ws[-1])
        c = at + cut_word(ws[-1])
        return [v[:c], v[c:]]
    if mode == "between" and len(ws) >= 2:
        c = v.index(" ")
        if rng.random() < 0.5:
            return [v[:c + 1], v[c + 1:]]
        return [v[:c], v[c:]]
    if mode == "number":
        for i, w in enumerate(ws):
            if any(ch.isdigit() for ch in w) and len(ws) > 1:
                at = len(" ".join(ws[:i])) if i else len(ws[0]) + 1
                if i == 0:
                    return [v[:len(ws[0])], v[len(ws[0]):]]
                return [v[:at + 1], v[at + 1:]] if rng.random() < 0.5 else [v[:at], v[at:]]
    if mode == "date":
        cuts = [i + 1 for i, ch in enumerate(v) if ch in "./- " and (i + 1 < len(v) and v[i + 1] not in "./- ")]
        if len(cuts) >= 2:
            a, b = cuts[0], cuts[-1]
            if rng.random() < 0.6:
                return [v[:a], v[a:b], v[b:]]
            return [v[:b], v[b:]]
    return [v]


def core(label, piece):
    """The span inside a piece: spaces and commas at its ends (date separators too) left out."""
    strip = " ,./-" if label == "DATE_OF_BIRTH" else " ,"
    a, b = 0, len(piece)
    while a < b and piece[a] in strip:
        a += 1
    while b > a and piece[b - 1] in strip:
        b -= 1
    return a, b


class R(Spans):
    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls = lg, cls
        self.dom = rng.choice(DOMAINS)

    def piece(self, label, piece, enc):
        """One visible piece: its core a span, the rest plain text (enc applied to each part)."""
        a, b = core(label, piece)
        if a == b:
            return self.t(enc(piece))
        return self.t(enc(piece[:a])).span(label, enc(piece[a:b])).t(enc(piece[b:]))

    def pieces(self, label, value, mode, opener, closer, between=lambda: "", enc=xml):
        ps = split_value(label, value, mode)
        for k, p in enumerate(ps):
            if k:
                self.t(between())
            self.t(opener(k)).piece(label, p, enc).t(closer(k))
        return self

    def firm(self, enc=xml):
        return self.span("NEG_ORG", enc(rng.choice(self.dom[1])))


DOCS, done = collector()


NAME_MODES = ["given", "between", "between", "surname", "none"]


# ---- formats ------------------------------------------------------------------------------------
def docx(lg):
    d, p, r = L[lg], Person(lg), R(lg, "docx")

    def op(k):
        pre = ' xml:space="preserve"' if rng.random() < 0.5 else ""
        rpr = rng.choice(["", "<w:rPr><w:b/></w:rPr>", '<w:rPr><w:lang w:val="de-DE"/></w:rPr>',
                          '<w:rPr><w:rFonts w:ascii="%s"/></w:rPr>' % rng.choice(FONTS)])
        return "<w:r>%s<w:t%s>" % (rpr, pre)
    cl = lambda k: "</w:t></w:r>"  # noqa: E731

    def bw():
        return rng.choice(["", "", '<w:proofErr w:type="spellStart"/>', '<w:proofErr w:type="spellEnd"/>',
                           '<w:bookmarkStart w:id="%d" w:name="_GoBack"/>' % rng.randint(0, 9),
                           '<w:bookmarkEnd w:id="%d"/>' % rng.randint(0, 9)])
    r.t('<w:body>\n<w:p><w:pPr><w:pStyle w:val="').span("NEG_STYLE", rng.choice(STYLES)).t('"/></w:pPr>')
    h = rng.choice(HEADINGS)
    c = rng.randint(2, len(h) - 2)
    r.t("<w:r><w:t>").span("NEG_HEADING", xml(h[:c])).t("</w:t></w:r><w:r><w:t>").span("NEG_HEADING", xml(h[c:])).t("</w:t></w:r></w:p>\n")
    r.t("<w:p><w:r><w:t>%s: </w:t></w:r>" % xml(d["lab"][0]))
    r.pieces("PERSON", p.full, rng.choice(NAME_MODES), op, cl, bw).t("</w:p>\n")
    r.t("<w:p><w:r><w:t>%s: </w:t></w:r>" % xml(d["lab"][1]))
    r.pieces("DATE_OF_BIRTH", p.dob(lg), rng.choice(["date", "date", "none"]), op, cl, bw).t("</w:p>\n")
    r.t("<w:p><w:r><w:t>%s: </w:t></w:r>" % xml(d["lab"][2]))
    r.pieces("STREET_ADDRESS", p.st, rng.choice(["number", "number", "none"]), op, cl, bw)
    r.t('<w:r><w:br/></w:r>' if rng.random() < 0.5 else "<w:r><w:t xml:space=\"preserve\">, </w:t></w:r>")
    r.pieces("STREET_ADDRESS", p.pc, "none", op, cl, bw).t("</w:p>\n")
    if rng.random() < 0.5:
        r.t("<w:p><w:r><w:t>%s: </w:t></w:r><w:r><w:t>" % xml(d["lab"][3])).span("EMAIL_ADDRESS", p.email).t("</w:t></w:r></w:p>\n")
    # a firm split across runs, an issue date
    f = rng.choice(r.dom[1])
    c = f.find(" ") + 1 or 3
    r.t("<w:p><w:r><w:t xml:space=\"preserve\">").span("NEG_ORG", xml(f[:c].strip())).t(" </w:t></w:r><w:r><w:t>" if f[c - 1:c] == " " else "</w:t></w:r><w:r><w:t>")
    r.span("NEG_ORG", xml(f[c:])).t("</w:t></w:r><w:r><w:t xml:space=\"preserve\"> · </w:t></w:r><w:r><w:t>").span("NEG_DATE", other_date(lg)).t("</w:t></w:r></w:p>\n")
    r.t("<w:p><w:r><w:t>%s,</w:t></w:r></w:p><w:p>" % xml(d["bye"]))
    r.pieces("PERSON", Person(lg).full, rng.choice(NAME_MODES), op, cl, bw).t("</w:p>\n</w:body>")
    done(r)


def mailmerge(lg):
    """A merge template (look-alikes) then a merged letter whose fields landed in their own runs."""
    d, p, r = L[lg], Person(lg), R(lg, "mailmerge")
    a, b = rng.sample(FIELDS, 2)
    r.t('<w:p><w:fldSimple w:instr=" MERGEFIELD ').span("NEG_FIELD", a).t(' "><w:r><w:t>«').span("NEG_FIELD", a).t("»</w:t></w:r></w:fldSimple>")
    r.t('<w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD ')
    r.span("NEG_FIELD", b).t(' </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\n')
    r.t("<!-- merged record %d -->\n<w:p><w:r><w:t xml:space=\"preserve\">%s </w:t></w:r>" % (rng.randint(2, 400), xml(d["dear"])))
    op = lambda k: "<w:r><w:t>"  # noqa: E731
    cl = lambda k: "</w:t></w:r>"  # noqa: E731
    r.t("<w:r><w:t>").piece("PERSON", p.g, xml).t("</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>")
    r.pieces("PERSON", p.s, rng.choice(["none", "given"]), op, cl).t("<w:r><w:t>,</w:t></w:r></w:p>\n<w:p>")
    r.pieces("STREET_ADDRESS", p.st, rng.choice(["number", "none"]), op, cl).t("</w:p>\n<w:p>")
    pc = p.pc.split(" ", 1)
    if len(pc) == 2 and rng.random() < 0.6:
        r.t("<w:r><w:t>").span("STREET_ADDRESS", xml(pc[0])).t("</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:t>").span("STREET_ADDRESS", xml(pc[1])).t("</w:t></w:r>")
    else:
        r.t("<w:r><w:t>").span("STREET_ADDRESS", xml(p.pc)).t("</w:t></w:r>")
    r.t("</w:p>\n<w:p><w:r><w:t>%s: </w:t></w:r>" % xml(d["lab"][1]))
    r.pieces("DATE_OF_BIRTH", p.dob(lg), "date", op, cl).t("</w:p>")
    done(r)


def xlsx(lg):
    d, r = L[lg], R(lg, "xlsx")
    r.t('<sheetData>\n<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c><c r="B1" t="inlineStr"><is><t>%s</t></is></c><c r="C1" t="inlineStr"><is><t>%s</t></is></c></row>\n'
        % (xml(d["lab"][0]), xml(d["lab"][1]), xml(d["lab"][2])))

    def op(k):
        return '<r><rPr><rFont val="%s"/><sz val="11"/></rPr><t xml:space="preserve">' % rng.choice(FONTS) if rng.random() < 0.5 else "<r><t>"
    cl = lambda k: "</t></r>"  # noqa: E731
    for row in range(2, 2 + rng.randint(2, 3)):
        p = Person(lg)
        r.t('<row r="%d"><c r="A%d" t="inlineStr"><is>' % (row, row))
        r.pieces("PERSON", p.full, rng.choice(NAME_MODES), op, cl).t('</is></c><c r="B%d" t="inlineStr"><is>' % row)
        r.pieces("DATE_OF_BIRTH", p.dob(lg), rng.choice(["date", "none"]), op, cl).t('</is></c><c r="C%d" t="inlineStr"><is>' % row)
        r.pieces("STREET_ADDRESS", p.st, rng.choice(["number", "none"]), op, cl).t("</is></c>")
        r.t('<c r="D%d" s="3"><v>%d</v></c></row>\n' % (row, rng.randint(1200, 5400)))
    r.t('<row r="9"><c r="A9" t="inlineStr"><is><r><t>').firm().t('</t></r></is></c><c r="B9" t="inlineStr"><is><t>').span("NEG_DATE", other_date(lg)).t("</t></is></c></row>\n</sheetData>")
    done(r)


def odt(lg):
    d, p, r = L[lg], Person(lg), R(lg, "odt")

    def op(k):
        return rng.choice(['<text:span text:style-name="T%d">' % rng.randint(1, 9), ""])

    def wrap_op(k):
        return '<text:span text:style-name="T%d">' % rng.randint(1, 9)
    cl = lambda k: "</text:span>"  # noqa: E731

    def bw():
        return rng.choice(["", '<text:bookmark text:name="ref%d"/>' % rng.randint(1, 40), '<text:soft-page-break/>'])
    r.t('<office:text>\n<text:h text:style-name="').span("NEG_STYLE", rng.choice(STYLES)).t('" text:outline-level="1">')
    r.t(xml(r.dom[2][0].capitalize())).t("</text:h>\n<text:p>%s " % xml(d["dear"]))
    mode = rng.choice(NAME_MODES)
    ps = split_value("PERSON", p.full, mode)
    for k, piece in enumerate(ps):
        if k:
            r.t(bw())
        if k % 2 == 1 or len(ps) == 1:
            r.t(wrap_op(k)).piece("PERSON", piece, xml).t("</text:span>")
        else:
            r.piece("PERSON", piece, xml)
    r.t(",</text:p>\n<text:p>%s: " % xml(d["lab"][2]))
    r.pieces("STREET_ADDRESS", p.st, rng.choice(["number", "none"]), wrap_op, cl, bw).t("<text:line-break/>")
    r.pieces("STREET_ADDRESS", p.pc, "none", wrap_op, cl).t("</text:p>\n<text:p>%s: " % xml(d["lab"][1]))
    r.pieces("DATE_OF_BIRTH", p.dob(lg), rng.choice(["date", "none"]), wrap_op, cl).t("</text:p>\n")
    r.t('<text:p text:style-name="Footer">').firm().t(" – ").span("NEG_DATE", other_date(lg)).t("</text:p>\n</office:text>")
    done(r)


def svg(lg):
    """Certificates: name and birth date in tspans, sometimes a letter-spaced piece each."""
    d, p, r = L[lg], Person(lg), R(lg, "svg")
    x = [300]

    def op(k):
        x[0] += rng.randint(40, 160)
        return rng.choice(['<tspan x="%d">' % x[0], '<tspan dx="%d">' % rng.randint(2, 12), "<tspan>", '<tspan font-style="italic">'])
    cl = lambda k: "</tspan>"  # noqa: E731
    r.t('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1123 794">\n<text x="561" y="120" font-family="')
    r.span("NEG_FONT", rng.choice(FONTS)).t('" font-size="40">').firm().t("</text>\n")
    r.t('<text x="561" y="200">%s</text>\n<text x="561" y="300" font-size="48">' % xml(r.dom[2][-1]))
    r.pieces("PERSON", p.full, rng.choice(["given", "between", "between", "surname"]), op, cl,
             lambda: rng.choice(["", "", "\n"])).t("</text>\n")
    r.t('<text x="561" y="360"><tspan>%s </tspan>' % xml(d["lab"][1]))
    r.pieces("DATE_OF_BIRTH", p.dob(lg), rng.choice(["date", "none"]), op, cl).t("</text>\n")
    if rng.random() < 0.5:
        r.t('<text x="561" y="400">')
        r.pieces("STREET_ADDRESS", p.st, rng.choice(["number", "none"]), op, cl).t('<tspan x="561" dy="20">')
        r.span("STREET_ADDRESS", xml(p.pc)).t("</tspan></text>\n")
    r.t('<text x="200" y="700"><tspan>').span("NEG_DATE", other_date(lg)).t('</tspan></text>\n<text x="900" y="700">')
    r.pieces("PERSON", Person(lg).full, rng.choice(["between", "none"]), op, cl).t("</text>\n</svg>")
    done(r)


def pdf(lg):
    """Invoice text dumps: TJ arrays with kerning between pieces, or one Tj per piece."""
    d, r = L[lg], R(lg, "pdf")
    p = Person(lg, latin=True)
    lab = L["en"]["lab"] if lg == "el" else d["lab"]

    def tj(label, value, mode):
        ps = split_value(label, value, mode)
        if rng.random() < 0.65:
            r.t("[(")
            for k, piece in enumerate(ps):
                if k:
                    r.t(")%s(" % rng.choice(["-20", " -250 ", "15", " 12.5 ", "-18"]))
                r.piece(label, piece, pdfstr)
            r.t(")] TJ\n")
        else:
            for k, piece in enumerate(ps):
                if k:
                    r.t("%d 0 Td\n" % rng.randint(20, 90))
                r.t("(").piece(label, piece, pdfstr).t(") Tj\n")
    r.t("BT\n/F1 10 Tf\n72 780 Td\n(").span("NEG_ORG", pdfstr(rng.choice(r.dom[1]))).t(") Tj\n0 -14 Td\n(%s ) Tj\n(" % r.dom[2][0].upper())
    r.span("NEG_ID", invno()).t(") Tj\n0 -28 Td\n")
    tj("PERSON", p.full, rng.choice(NAME_MODES))
    r.t("0 -12 Td\n")
    tj("STREET_ADDRESS", p.st, rng.choice(["number", "number", "none"]))
    r.t("0 -12 Td\n")
    tj("STREET_ADDRESS", p.pc, "none")
    if rng.random() < 0.6:
        r.t("0 -12 Td\n(%s: ) Tj\n" % pdfstr(lab[1]))
        tj("DATE_OF_BIRTH", p.dob(lg), rng.choice(["date", "none"]))
    r.t("0 -24 Td\n(Due ) Tj\n(").span("NEG_DATE", other_date(lg)).t(") Tj\n[(Total) -300 (EUR ) 12 (%d,%02d)] TJ\nET" % (rng.randint(20, 900), rng.randint(0, 99)))
    done(r)


def html(lg):
    """Confluence storage format and EPUB XHTML: inline tags cutting a value."""
    d, p, r = L[lg], Person(lg), R(lg, "html")
    tags = [('<span class="%s">' % rng.choice(["smallcaps", "highlight", "author"]), "</span>"),
            ("<em>", "</em>"), ("<strong>", "</strong>"), ('<span style="color: rgb(23,43,77);">', "</span>")]
    t = rng.choice(tags)
    if rng.random() < 0.5:
        r.t('<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>\n<h2>').span("NEG_HEADING", xml(rng.choice(HEADINGS))).t("</h2>\n<table><tbody>\n")
        r.t("<tr><th><p>%s</p></th><td><p>" % xml(d["lab"][0]))
    else:
        r.t('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n<body><section epub:type="dedication">\n')
        r.t('<p class="').span("NEG_STYLE", rng.choice(["dedication", "epigraph", "noindent"])).t('">%s ' % xml(d["dear"]))
    mode = rng.choice(["given", "between", "surname"])
    ps = split_value("PERSON", p.full, mode)
    inner = rng.randrange(len(ps))
    for k, piece in enumerate(ps):
        if k == inner:
            r.t(t[0]).piece("PERSON", piece, xml).t(t[1])
        else:
            r.piece("PERSON", piece, xml)
    r.t("</p></td></tr>\n<tr><th><p>%s</p></th><td><p>" % xml(d["lab"][2]))
    r.pieces("STREET_ADDRESS", p.st, rng.choice(["number", "none"]), lambda k: t[0] if k else "", lambda k: t[1] if k else "")
    r.t("<br />").span("STREET_ADDRESS", xml(p.pc)).t("</p></td></tr>\n<tr><th><p>%s</p></th><td><p>" % xml(d["lab"][1]))
    r.pieces("DATE_OF_BIRTH", p.dob(lg), rng.choice(["date", "none"]), lambda k: "<time>" if k == 0 else "", lambda k: "</time>" if k == 0 else "")
    r.t('</p></td></tr>\n<tr><th><p>Owner</p></th><td><p><ac:link><ri:user ri:account-id="%x"/></ac:link> ' % rng.getrandbits(48))
    r.firm().t(" ").span("NEG_DATE", other_date(lg)).t("</p></td></tr>\n</tbody></table>")
    done(r)


def wxr(lg):
    """WordPress export: author and user meta in CDATA, a street then postcode and town after <br>."""
    d, p, r = L[lg], Person(lg), R(lg, "wxr")
    login = (fold(p.g)[:1] + fold(p.s)).lower().replace(" ", "") or "author%d" % rng.randint(1, 99)
    r.t('<wp:author><wp:author_id>%d</wp:author_id><wp:author_login><![CDATA[%s]]></wp:author_login>\n' % (rng.randint(2, 90), login))
    r.t("<wp:author_email><![CDATA[").span("EMAIL_ADDRESS", p.email).t("]]></wp:author_email>\n")
    r.t("<wp:author_display_name><![CDATA[").span("PERSON", p.full).t("]]></wp:author_display_name>\n")
    r.t("<wp:author_first_name><![CDATA[").span("PERSON", p.g).t("]]></wp:author_first_name>\n")
    r.t("<wp:author_last_name><![CDATA[").span("PERSON", p.s).t("]]></wp:author_last_name></wp:author>\n")
    r.t("<wp:postmeta><wp:meta_key><![CDATA[").span("NEG_FIELD", rng.choice(["billing_address_1", "shipping_city", "_edit_lock"])).t("]]></wp:meta_key>\n")
    r.t("<wp:meta_value><![CDATA[").span("STREET_ADDRESS", p.st).t(rng.choice(["<br>", "<br />", "<br>\n", ";"])).span("STREET_ADDRESS", p.pc)
    r.t("]]></wp:meta_value></wp:postmeta>\n<wp:postmeta><wp:meta_key><![CDATA[birthday]]></wp:meta_key><wp:meta_value><![CDATA[")
    r.span("DATE_OF_BIRTH", "%d-%02d-%02d" % p.ymd).t("]]></wp:meta_value></wp:postmeta>\n<wp:post_date><![CDATA[")
    r.span("NEG_DATE", "%d-%02d-%02d 09:%02d:00" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59))).t("]]></wp:post_date>")
    done(r)


def vcard(lg):
    """Conference badges exported as vCard: FN/N lines folded inside the name, ADR fields."""
    d, p, r = L[lg], Person(lg), R(lg, "vcard")
    r.t("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    pre = "FN;CHARSET=UTF-8;X-BADGE-ROLE=%s:" % rng.choice(["SPEAKER", "ATTENDEE", "VOLUNTEER-STAFF"])
    pad = "X-BADGE-NOTE:" + "-" * rng.randint(40, 60) + "\r\n"
    r.t(pad)
    # fold FN inside the name: a full 75-octet line (pad the prefix), CRLF + space, the rest
    room = 75 - len(pre.encode())
    name = p.full
    c = rng.randint(1, max(1, len(name) - 1))
    filler = "X-ORG;TYPE=work:" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
    r.t(filler + "\r\n")
    if len(name[:c].encode()) <= room:
        r.t(pre).span("PERSON", name[:c] + "\r\n " + name[c:]).t("\r\n")
    else:
        r.t(pre).span("PERSON", name).t("\r\n")
    r.t("N:").span("PERSON", p.s).t(";").span("PERSON", p.g).t(";;;\r\n")
    r.t("ADR;TYPE=home:;;").span("STREET_ADDRESS", p.st.replace(",", "\\,")).t(";")
    pc = p.pc.split(" ", 1) if lg not in ("en", "sv", "cs", "el") else [p.pc, ""]
    if pc[1]:
        r.span("STREET_ADDRESS", pc[1]).t(";;").span("STREET_ADDRESS", pc[0]).t(";\r\n")
    else:
        r.span("STREET_ADDRESS", pc[0]).t(";;;\r\n")
    r.t("BDAY:").span("DATE_OF_BIRTH", "%d%02d%02d" % p.ymd).t("\r\nEMAIL:").span("EMAIL_ADDRESS", p.email)
    r.t("\r\nORG:").firm(lambda v: v).t("\r\nREV:").span("NEG_DATE", "%d%02d%02dT101500Z" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)))
    r.t("\r\nEND:VCARD")
    done(r)


TEXACC = {"\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0308": '"', "\u0303": "~"}


def tex(s):
    """Accents as {\\"u} (a brace before the escape), other letters as they stand."""
    out = []
    for ch in s:
        dec = unicodedata.normalize("NFD", ch)
        if len(dec) == 2 and dec[1] in TEXACC and dec[0].isascii():
            out.append("{\\%s%s}" % (TEXACC[dec[1]], dec[0]))
        elif ch == "ß":
            out.append("{\\ss}")
        else:
            out.append(ch)
    return "".join(out)


def latex(lg):
    """Name tags and place cards: \\nametag{Given}{Surname}, accents with the brace outside."""
    d, p, r = L[lg], Person(lg), R(lg, "latex")
    if lg == "el":
        p = Person(lg, latin=True)
    r.t("\\documentclass{article}\n\\usepackage[").span("NEG_FONT", rng.choice(["sfdefault", "scaled", "osf"])).t("]{%s}\n" % rng.choice(["gillius", "roboto", "sourcesanspro"]))
    r.t("\\begin{document}\n")
    for _ in range(rng.randint(1, 3)):
        q = p if _ == 0 else Person(lg, latin=lg == "el")
        if rng.random() < 0.5:
            r.t("\\nametag{").span("PERSON", tex(q.g)).t("}{").span("PERSON", tex(q.s)).t("}{").firm(tex).t("}\n")
        else:
            r.t("\\placecard{").span("PERSON", tex(q.full)).t("}{Table %d}\n" % rng.randint(1, 30))
    r.t("\\vspace{1em}\\small ").span("STREET_ADDRESS", tex(p.st)).t(" \\\\ ").span("STREET_ADDRESS", tex(p.pc)).t("\n")
    r.t("%s: ").span("DATE_OF_BIRTH", p.dob(lg)) if False else r.t("%s: " % tex(d["lab"][1])).span("DATE_OF_BIRTH", p.dob(lg))
    r.t("\n\\end{document}")
    done(r)


def lookalike(lg):
    d, r = L[lg], R(lg, "lookalike")
    k = rng.randrange(4)
    if k == 0:
        a = rng.choice(FIELDS)
        r.t('<w:p><w:pPr><w:pStyle w:val="').span("NEG_STYLE", rng.choice(STYLES)).t('"/></w:pPr><w:r><w:t>«').span("NEG_FIELD", a)
        r.t("»</w:t></w:r><w:r><w:t xml:space=\"preserve\"> «").span("NEG_FIELD", rng.choice(FIELDS)).t("»</w:t></w:r></w:p>")
    elif k == 1:
        f = rng.choice(r.dom[1])
        c = rng.randint(2, len(f) - 2)
        r.t('<text x="40" y="40"><tspan font-family="').span("NEG_FONT", rng.choice(FONTS)).t('">').span("NEG_ORG", xml(f[:c])).t("</tspan><tspan>").span("NEG_ORG", xml(f[c:]))
        r.t("</tspan></text>")
    elif k == 2:
        h = rng.choice(HEADINGS)
        c = rng.randint(2, len(h) - 2)
        r.t("BT\n[(").span("NEG_HEADING", pdfstr(fold(h[:c]) or "Da")).t(")-30(").span("NEG_HEADING", pdfstr(fold(h[c:]) or "ten")).t(")] TJ\n(").span("NEG_ID", invno()).t(") Tj\nET")
    else:
        r.t('<c r="A1" t="inlineStr"><is><r><t>').span("NEG_HEADING", xml(rng.choice(HEADINGS))).t('</t></r></is></c><c r="B1" t="inlineStr"><is><t>')
        r.span("NEG_DATE", other_date(lg)).t("</t></is></c>")
    done(r)


# ---- request bodies ---------------------------------------------------------------------------
ASKS = ["Pull the names and addresses out of this.", "Convert this to CSV.", "What does this document say?",
        "Check this template for errors.", "Extract the fields as JSON.", "Clean up this export."]


PLAN = [(docx, 70), (mailmerge, 26), (xlsx, 30), (odt, 30), (svg, 44), (pdf, 50), (html, 34),
        (wxr, 20), (vcard, 24), (latex, 20), (lookalike, 22)]


def main():
    run_plan(PLAN, LANGS, 5)
    write_json(markup_records(rng, DOCS, ASKS))


main()
