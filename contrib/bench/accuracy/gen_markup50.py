#!/usr/bin/env python3
"""gen_markup50.py: people, streets, births, e-mail addresses and phones inside the markup a
developer pastes (branch markup50). A tune set, written and committed before any detector rule
was read or hush was run on it, from the public brief of the twenty-third blind set's markup
family, in other domains than that set's: HR letters, clinic reminders, school newsletters,
estate agents, insurers, hotels, event invites, airline mails, webshop order mails.

Formats (metadata.class): html_mail (tags around and inside values, `&nbsp;`, `&amp;`, named,
decimal and hexadecimal references, `&#64;`/`&#x40;` in addresses, `<br>` between name and
street, `<a href="mailto:...">`, `<td>` cells), markdown (links, `mailto:`, autolinks, tables),
latex (accent escapes `M\\"uller`, `Fran\\c{c}ois`, `\\'{e}`, `\\ss{}`), vcard (`N:`, `FN:`,
`ADR:` with `;` fields, `BDAY:`, `EMAIL`, `TEL`; some lines folded), ics (RFC 5545 lines folded
at 75 characters with CRLF + space, also inside values), docx and odt XML (`<w:t>` and
`<text:span>` runs splitting a name or a street), svg (`<text>`, `<tspan>`), pdf (`Tj` and `TJ`
content-stream dumps with octal escapes and kerning), rtf (`\\'fc`, `\\u252?`), jsonld
(`"@type":"Person"`), microdata (`itemprop="birthDate"`), lookalike (no PII).

Labelling: the gold span is the source text as it stands (references and escapes included); where
markup splits a value (a run, a tspan, a TJ piece, a `<br>`, a vCard field) each visible piece is
its own span; a folded ICS or vCard line keeps its fold (CRLF + space) inside the span. Look-alikes
as NEG_ spans: CSS classes and fonts (NEG_MARKUP, NEG_FONT), sender firms and products
(NEG_ORG, NEG_PRODUCT), sent, event and expiry dates (NEG_DATE), tracking and order ids (NEG_ID).
Languages en, de, fr, nl, es, it, pt, pl, sv, da, fi, cs, tr, el (Greek script; in Latin letters
where the format has no Unicode); a fifth of the people of global origin, half the names
invented. Every record is a request body of one of four APIs (chat completions, Responses,
Anthropic messages, Gemini), a third with non-ASCII as \\uXXXX. Deterministic; stdlib only."""
import html.entities
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Spans, collector, run_plan, write_json  # noqa: E402

rng = random.Random(5050)

# ---- languages: gen_markup_common.py (shared with gen_markup51.py) ------------------------
from gen_markup_common import LANGS, PHONE, L  # noqa: E402
from gen_markup_common import draw_name, fold, markup_records, pdfstr, xml  # noqa: E402
DOMAINS = [
    ("hr", ["Personalabteilung", "Talent Team"], ["offer letter", "onboarding pack", "contract renewal"]),
    ("clinic", ["Praxis am Park", "Riverside Dental"], ["appointment reminder", "recall notice"]),
    ("school", ["Sunnybank Primary", "Lycée Victor Hugo"], ["newsletter", "trip consent"]),
    ("estate", ["Keller & Voss Immobilien", "Foxtons"], ["viewing confirmation", "tenancy offer"]),
    ("insurer", ["Allianz", "Helvetia Direct"], ["policy schedule", "claim acknowledgement"]),
    ("hotel", ["Hotel Adlon Kempinski", "Grand Hotel Europa"], ["booking confirmation", "pre-arrival mail"]),
    ("event", ["Eventbrite", "Ticketmaster"], ["invitation", "gala ticket"]),
    ("airline", ["Lufthansa", "KLM Royal Dutch Airlines"], ["e-ticket receipt", "check-in reminder"]),
    ("webshop", ["Zalando", "bol.com"], ["order confirmation", "shipping notice"]),
]
FONTS = ["Helvetica Neue", "Calibri", "Times New Roman", "Arial", "Georgia", "Segoe UI"]
CLASSES = ["greeting-name", "addr-block", "customer-card", "font-bold", "btn-primary", "footer-legal"]


class Person:
    def __init__(self, lg, latin=False):
        self.g, self.s, d = draw_name(rng, lg, latin)
        y, m, dd = rng.randint(1944, 2012), rng.randint(1, 12), rng.randint(1, 28)
        self.ymd = (y, m, dd)
        self.full = self.g + " " + self.s
        loc = fold(self.g).lower().replace(" ", "").replace("'", "") or "info"
        sur = fold(self.s).lower().replace(" ", "").replace("'", "") or "mail"
        if not loc.isascii() or not loc:
            loc = "kontakt"
        self.email = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (loc, sur) + "@" + rng.choice(
            ["gmail.com", "web.de", "outlook.com", "proton.me", "posteo.de", "yahoo.fr"])
        if not fold(self.g).strip():
            self.email = "k.%d@mail.gr" % rng.randint(10, 99)
        self.phone = PHONE[lg] % rng.randint(1, 9)
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 148)))
        self.pc = rng.choice(d["pc"])

    def dob(self, lg):
        return L[lg]["df"](*self.ymd)

    def iso(self):
        return "%d-%02d-%02d" % self.ymd


def other_date(lg):
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return L[lg]["df"](y, m, d)


def oid():
    return rng.choice(["ORD-", "1Z", "JJD", "TRK"]) + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(10))


# ---- encoders ---------------------------------------------------------------------------------
NAMED = {c: n for c, n in html.entities.codepoint2name.items() if 160 <= c < 256}


def ent(s, style, nbsp=False):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == " " and nbsp:
            out.append({"dec": "&#160;", "hex": "&#xA0;"}.get(style, "&nbsp;"))
        elif ch == "&":
            out.append("&amp;")
        elif ch == "'":
            out.append("&#39;" if style != "hex" else "&#x27;")
        elif ch == "@" and style in ("dec", "hex", "named"):
            out.append("&#64;" if style != "hex" else "&#x40;")
        elif c < 128 or style == "raw":
            out.append(ch)
        elif style == "named" and c in NAMED:
            out.append("&%s;" % NAMED[c])
        elif style == "hex":
            out.append("&#x%X;" % c)
        else:
            out.append("&#%d;" % c)
    return "".join(out)


def style():
    return rng.choice(["named", "named", "dec", "hex", "raw"])


TEXACC = {"\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0308": '"', "\u0303": "~",
          "\u0327": "c", "\u030c": "v", "\u030a": "r", "\u0328": "k", "\u0306": "u",
          "\u030b": "H", "\u0307": "."}
TEXSPECIAL = {"ß": "\\ss{}", "ø": "\\o{}", "Ø": "\\O{}", "ł": "\\l{}", "Ł": "\\L{}",
              "æ": "\\ae{}", "Æ": "\\AE{}", "ı": "\\i{}", "å": "\\aa{}", "Å": "\\AA{}"}


def tex(s, mode):
    out = []
    for ch in s:
        if ch in TEXSPECIAL:
            out.append(TEXSPECIAL[ch])
            continue
        dec = unicodedata.normalize("NFD", ch)
        if len(dec) == 2 and dec[1] in TEXACC and dec[0].isascii():
            a, b = TEXACC[dec[1]], dec[0]
            if a.isalpha():
                out.append("\\%s{%s}" % (a, b))
            elif mode == 0:
                out.append("\\%s%s" % (a, b))
            elif mode == 1:
                out.append("\\%s{%s}" % (a, b))
            else:
                out.append("{\\%s%s}" % (a, b))
        elif ch == "&":
            out.append("\\&")
        else:
            out.append(ch)
    return "".join(out)


def rtf(s, uni):
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif c < 128:
            out.append(ch)
        elif c < 256 and not uni:
            out.append("\\'%02x" % c)
        else:
            out.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(out)


def latin1(s):
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


# ---- the record builder -----------------------------------------------------------------------
class R(Spans):
    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls = lg, cls
        self.dom = rng.choice(DOMAINS)

    def firm(self, enc=lambda x: x):
        return self.span("NEG_ORG", enc(rng.choice(self.dom[1])))

    def fold_lines(self, start):
        """RFC 5545 folding from offset start: every line longer than 75 characters gets CRLF +
        space; spans grow over a fold inside them and move with their text."""
        text = self.text
        ins = []
        col = 0
        for i in range(start, len(text)):
            if text[i] in "\r\n":
                col = 0
                continue
            if col == 74:
                ins.append(i)
                col = 1
            col += 1
        brk = "\r\n "
        out, last = [], 0
        for p in ins:
            out.append(text[last:p])
            out.append(brk)
            last = p
        out.append(text[last:])
        for s in self.spans:
            a, b = s["start_position"], s["end_position"]
            s["start_position"] = a + len(brk) * sum(1 for p in ins if p <= a)
            s["end_position"] = b + len(brk) * sum(1 for p in ins if p < b)
        self.text = "".join(out)
        for s in self.spans:
            s["entity_value"] = self.text[s["start_position"]:s["end_position"]]


DOCS, done = collector()


# ---- formats ----------------------------------------------------------------------------------
def html_mail(lg):
    d, p, r = L[lg], Person(lg), R(lg, "html_mail")
    sty = style()
    e = lambda v, nb=False: ent(v, sty, nb)  # noqa: E731
    r.t('<html><body style="font-family:').span("NEG_FONT", rng.choice(FONTS)).t(',sans-serif">\n')
    r.t('<table class="').span("NEG_MARKUP", rng.choice(CLASSES)).t('"><tr><td>')
    r.firm(e).t(" &middot; %s</td><td>" % r.dom[2][0]).span("NEG_DATE", other_date(lg)).t("</td></tr></table>\n")
    v = rng.randrange(4)
    if v == 0:
        r.t("<p>%s <b>" % e(d["dear"])).span("PERSON", e(p.full, rng.random() < 0.5)).t("</b>,</p>\n")
    elif v == 1:
        r.t("<p>%s " % e(d["dear"])).span("PERSON", e(p.g)).t(" <strong>").span("PERSON", e(p.s)).t("</strong>,</p>\n")
    else:
        r.t("<p>%s " % e(d["dear"])).span("PERSON", e(p.full)).t(",</p>\n")
    r.t("<table>\n")
    rows = [(0, "PERSON", p.full), (1, "DATE_OF_BIRTH", p.dob(lg)), (2, None, None),
            (3, "EMAIL_ADDRESS", p.email)]
    if rng.random() < 0.5:
        rows.append((4, "PHONE_NUMBER", p.phone))
    rng.shuffle(rows)
    for k, lab, val in rows:
        r.t('<tr><td class="lbl">%s</td><td>' % e(d["lab"][k]))
        if k == 2:
            r.span("STREET_ADDRESS", e(p.st, rng.random() < 0.3)).t("<br>" if rng.random() < 0.6 else "<br/>\n")
            r.span("STREET_ADDRESS", e(p.pc))
        elif k == 3 and rng.random() < 0.6:
            r.t('<a href="mailto:').span(lab, ent(val, rng.choice(["raw", "dec", "hex"]))).t('">')
            r.span(lab, e(val)).t("</a>")
        elif k == 4 and rng.random() < 0.5:
            r.t('<a href="tel:').span(lab, val.replace(" ", "")).t('">').span(lab, e(val, True)).t("</a>")
        else:
            r.span(lab, e(val, k == 0 and rng.random() < 0.4))
        r.t("</td></tr>\n")
    r.t("</table>\n")
    if rng.random() < 0.5:
        q = Person(lg)
        r.t("<p>%s: " % ("Contact" if lg == "en" else e(d["lab"][0]))).span("PERSON", e(q.full)).t("<br>")
        r.span("STREET_ADDRESS", e(q.st)).t(", ").span("STREET_ADDRESS", e(q.pc)).t("</p>\n")
    r.t("<p>Ref. ").span("NEG_ID", oid()).t(" &ndash; %s</p>\n" % e(d["bye"]))
    r.t('<p class="sig">').span("PERSON", e(Person(lg).full)).t("<br>").firm(e).t("</p></body></html>")
    done(r)


def markdown(lg):
    d, p, r = L[lg], Person(lg), R(lg, "markdown")
    r.t("# %s — " % r.dom[2][-1].capitalize()).firm().t("\n\n")
    v = rng.randrange(3)
    if v == 0:
        r.t("**%s:** " % d["lab"][0]).span("PERSON", p.full).t("  \n**%s:** " % d["lab"][1])
        r.span("DATE_OF_BIRTH", p.dob(lg)).t("  \n**%s:** " % d["lab"][2]).span("STREET_ADDRESS", p.st)
        r.t(", ").span("STREET_ADDRESS", p.pc).t("  \n**%s:** [" % d["lab"][3]).span("EMAIL_ADDRESS", p.email)
        r.t("](mailto:").span("EMAIL_ADDRESS", p.email).t(")\n")
    elif v == 1:
        r.t("| %s | %s | %s |\n|---|---|---|\n" % (d["lab"][0], d["lab"][1], d["lab"][3]))
        for _ in range(rng.randint(2, 3)):
            q = Person(lg)
            r.t("| ").span("PERSON", q.full).t(" | ").span("DATE_OF_BIRTH", q.dob(lg)).t(" | <")
            r.span("EMAIL_ADDRESS", q.email).t("> |\n")
    else:
        r.t("%s [" % d["dear"]).span("PERSON", p.full).t("](mailto:").span("EMAIL_ADDRESS", p.email)
        r.t("),\n\n- %s: " % d["lab"][2]).span("STREET_ADDRESS", p.st + ", " + p.pc)
        r.t("\n- %s: `" % d["lab"][1]).span("DATE_OF_BIRTH", p.dob(lg)).t("`\n")
        if rng.random() < 0.5:
            r.t("- %s: [" % d["lab"][4]).span("PHONE_NUMBER", p.phone).t("](tel:")
            r.span("PHONE_NUMBER", p.phone.replace(" ", "")).t(")\n")
    r.t("\nValid until ").span("NEG_DATE", other_date(lg)).t(" · tracking [").span("NEG_ID", oid())
    r.t("](https://track.example.com/) · _").span("NEG_PRODUCT", rng.choice(["Premium Plus", "Flex Fare", "Comfort Room", "Gold Cover"])).t("_\n")
    done(r)


def latex(lg):
    d, p, r = L[lg], Person(lg), R(lg, "latex")
    m = rng.randrange(3)
    x = lambda v: tex(v, m)  # noqa: E731
    r.t("\\documentclass{scrlttr2}\n\\setkomavar{fromname}{").span("PERSON", x(Person(lg).full))
    r.t("}\n\\setkomavar{date}{").span("NEG_DATE", other_date(lg)).t("}\n\\usepackage{").span("NEG_FONT", rng.choice(["helvet", "libertine", "lmodern"])).t("}\n")
    r.t("\\begin{document}\n\\begin{letter}{").span("PERSON", x(p.full)).t("\\\\\n")
    r.span("STREET_ADDRESS", x(p.st)).t("\\\\\n").span("STREET_ADDRESS", x(p.pc)).t("}\n")
    r.t("\\opening{%s " % x(d["dear"])).span("PERSON", x(p.s if rng.random() < 0.5 else p.full)).t(",}\n")
    r.t("%s: \\textbf{" % x(d["lab"][1])).span("DATE_OF_BIRTH", p.dob(lg)).t("}\\\\\n")
    r.t("%s: \\href{mailto:" % x(d["lab"][3])).span("EMAIL_ADDRESS", p.email).t("}{\\texttt{")
    r.span("EMAIL_ADDRESS", p.email.replace("_", "\\_")).t("}}\\\\\n")
    r.t("\\closing{%s}\n\\ps " % x(d["bye"])).firm(x).t("\n\\end{letter}\n\\end{document}")
    done(r)


def vcard(lg):
    p, r = Person(lg), R(lg, "vcard")
    r.t("BEGIN:VCARD\r\nVERSION:%s\r\nN:" % rng.choice(["3.0", "4.0"])).span("PERSON", p.s.replace(",", "\\,"))
    r.t(";").span("PERSON", p.g).t(";;;\r\nFN:").span("PERSON", p.full).t("\r\nORG:").firm().t("\r\n")
    r.t("ADR;TYPE=%s:;;" % rng.choice(["home", "HOME", "work"])).span("STREET_ADDRESS", p.st.replace(",", "\\,"))
    town = p.pc.split(" ")
    r.t(";").span("STREET_ADDRESS", p.pc).t(";;;%s\r\n" % rng.choice(["DE", "", "Europe"]))
    r.t("BDAY:").span("DATE_OF_BIRTH", rng.choice([p.iso(), p.iso().replace("-", "")])).t("\r\n")
    r.t("EMAIL;TYPE=INTERNET:").span("EMAIL_ADDRESS", p.email).t("\r\nTEL;TYPE=cell:").span("PHONE_NUMBER", p.phone)
    r.t("\r\nNOTE:%s %s " % (r.dom[2][0], town[0])).span("NEG_ID", oid()).t("\r\nREV:").span("NEG_DATE", "%d-%02d-%02dT10:22:00Z" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)))
    r.t("\r\nEND:VCARD")
    if rng.random() < 0.4:
        r.fold_lines(0)
    done(r)


def ics(lg):
    d, p, r = L[lg], Person(lg), R(lg, "ics")
    o = Person(lg)
    y = rng.randint(2025, 2026)
    r.t("BEGIN:VCALENDAR\r\nPRODID:-//").firm().t("//%s//EN\r\nBEGIN:VEVENT\r\nDTSTART:" % r.dom[0].upper())
    r.span("NEG_DATE", "%d%02d%02dT%02d0000" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18))).t("\r\n")
    r.t("SUMMARY:%s – " % r.dom[2][-1].capitalize()).span("PERSON", p.full).t("\r\n")
    r.t('ORGANIZER;CN="').span("PERSON", o.full).t('":mailto:').span("EMAIL_ADDRESS", o.email).t("\r\n")
    r.t("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=").span("PERSON", p.full)
    r.t(";X-NUM-GUESTS=0:mailto:").span("EMAIL_ADDRESS", p.email).t("\r\n")
    r.t("LOCATION:").span("STREET_ADDRESS", p.st.replace(",", "\\,")).t("\\, ").span("STREET_ADDRESS", p.pc).t("\r\n")
    r.t("DESCRIPTION:%s: " % d["lab"][0]).span("PERSON", p.full).t("\\n%s: " % d["lab"][1]).span("DATE_OF_BIRTH", p.dob(lg))
    r.t("\\n%s: " % d["lab"][4]).span("PHONE_NUMBER", p.phone).t("\\nRef: ").span("NEG_ID", oid()).t("\r\n")
    r.t("UID:%s-%s\r\nEND:VEVENT\r\nEND:VCALENDAR" % (rng.randint(10**8, 10**9), r.dom[0] + ".example"))
    r.fold_lines(0)
    done(r)


def runs(r, label, value, wrap, split):
    """value into runs: split 0 whole, 1 at its spaces, 2 also once inside a word."""
    if split == 0:
        r.t(wrap[0]).span(label, value).t(wrap[1])
        return
    parts = value.split(" ")
    pieces = []
    for k, w in enumerate(parts):
        pre = " " if k else ""
        if split == 2 and k == len(parts) - 1 and len(w) >= 5:
            c = rng.randint(2, len(w) - 2)
            pieces += [(pre, w[:c]), ("", w[c:])]
        else:
            pieces.append((pre, w))
    for pre, w in pieces:
        r.t(wrap[0] if not pre else wrap[2]).t(pre).span(label, w).t(wrap[1])


def docx(lg):
    d, p, r = L[lg], Person(lg), R(lg, "docx")
    odt = rng.random() < 0.35
    if odt:
        wrap = ('<text:span text:style-name="T1">', "</text:span>", '<text:span text:style-name="T2">')
        para, endp = '<text:p text:style-name="P1">', "</text:p>\n"
    else:
        wrap = ("<w:r><w:t>", "</w:t></w:r>", '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">')
        para, endp = "<w:p>", "</w:p>\n"
    r.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    r.t(para + wrap[0]).firm(xml).t(" – %s" % r.dom[2][0] + wrap[1] + endp)
    for k, lab, val in [(0, "PERSON", p.full), (1, "DATE_OF_BIRTH", p.dob(lg)), (2, "STREET_ADDRESS", p.st)]:
        r.t(para + wrap[0] + xml(d["lab"][k]) + ": " + wrap[1])
        if k == 0:
            runs(r, lab, xml(val), wrap, rng.choice([0, 1, 1, 2]))
        elif k == 2 and rng.random() < 0.5 and len(val.split(" ")[0]) >= 5:
            c = rng.randint(2, len(val.split(" ")[0]) - 2)
            r.t(wrap[0]).span(lab, xml(val[:c])).t(wrap[1] + wrap[2]).span(lab, xml(val[c:])).t(wrap[1])
        else:
            runs(r, lab, xml(val), wrap, 0)
        if k == 2:
            r.t(wrap[0] + ", " + wrap[1] + wrap[0]).span("STREET_ADDRESS", xml(p.pc)).t(wrap[1])
        r.t(endp)
    r.t(para + wrap[0] + "%s: " % d["lab"][3] + wrap[1] + wrap[0]).span("EMAIL_ADDRESS", p.email).t(wrap[1] + endp)
    r.t(para + wrap[0] + "Start: " + wrap[1] + wrap[0]).span("NEG_DATE", other_date(lg)).t(wrap[1] + endp)
    r.t(para + wrap[0] + xml(d["bye"]) + ", " + wrap[1])
    runs(r, "PERSON", xml(Person(lg).full), wrap, rng.choice([0, 1]))
    r.t(endp)
    done(r)


def svg(lg):
    d, p, r = L[lg], Person(lg), R(lg, "svg")
    f = rng.choice(FONTS)
    r.t('<svg xmlns="http://www.w3.org/2000/svg" width="842" height="595">\n')
    r.t('<text x="421" y="80" font-family="').span("NEG_FONT", f).t('" text-anchor="middle">').firm(xml).t("</text>\n")
    if rng.random() < 0.5:
        r.t('<text x="421" y="200" font-size="36">').span("PERSON", xml(p.full)).t("</text>\n")
    else:
        r.t('<text x="421" y="200" font-size="36"><tspan>').span("PERSON", xml(p.g)).t('</tspan> <tspan font-weight="bold">')
        r.span("PERSON", xml(p.s)).t("</tspan></text>\n")
    r.t('<text x="60" y="300"><tspan x="60" dy="0">%s: ' % xml(d["lab"][1])).span("DATE_OF_BIRTH", p.dob(lg))
    r.t('</tspan><tspan x="60" dy="18">').span("STREET_ADDRESS", xml(p.st)).t('</tspan><tspan x="60" dy="18">')
    r.span("STREET_ADDRESS", xml(p.pc)).t("</tspan></text>\n")
    r.t('<text x="60" y="520" class="').span("NEG_MARKUP", rng.choice(CLASSES)).t('">').span("NEG_DATE", other_date(lg)).t("</text>\n</svg>")
    done(r)


def pdf(lg):
    d, r = L[lg], R(lg, "pdf")
    p = Person(lg, latin=True)
    r.t("BT\n/F1 11 Tf\n72 760 Td\n(").span("NEG_ORG", pdfstr(rng.choice(r.dom[1]))).t(") Tj\n0 -28 Td\n")
    lab = L["en"]["lab"] if lg == "el" else d["lab"]
    k = rng.randrange(3)
    if k == 0:
        r.t("(").span("PERSON", pdfstr(p.full)).t(") Tj\n")
    elif k == 1:
        r.t("[(").span("PERSON", pdfstr(p.g)).t(")-250(").span("PERSON", pdfstr(p.s)).t(")] TJ\n")
    else:
        s = pdfstr(p.s)
        c = max(1, len(s) // 2)
        while s[c - 1] == "\\" or (c >= 2 and s[c - 2] == "\\") or (c >= 3 and s[c - 3] == "\\"):
            c += 1
        if c >= len(s):
            c = 1
        r.t("[(").span("PERSON", pdfstr(p.g)).t(" ").span("PERSON", s[:c]).t(")-18(").span("PERSON", s[c:]).t(")] TJ\n")
    st = p.st if lg != "el" else p.st
    r.t("0 -14 Td\n(").span("STREET_ADDRESS", pdfstr(st)).t(") Tj\n0 -14 Td\n(").span("STREET_ADDRESS", pdfstr(p.pc)).t(") Tj\n")
    r.t("0 -28 Td\n(%s: ) Tj\n(" % pdfstr(lab[1])).span("DATE_OF_BIRTH", p.dob(lg)).t(") Tj\n")
    r.t("0 -14 Td\n(%s: ) Tj\n(" % pdfstr(lab[3])).span("EMAIL_ADDRESS", p.email).t(") Tj\n")
    r.t("0 -14 Td\n(Issued ) Tj\n(").span("NEG_DATE", other_date(lg)).t(") Tj\nET")
    done(r)


def rtfdoc(lg):
    d, p, r = L[lg], Person(lg), R(lg, "rtf")
    uni = not latin1(p.full + p.st + p.pc) or rng.random() < 0.3
    x = lambda v: rtf(v, uni)  # noqa: E731
    r.t("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss ").span("NEG_FONT", rng.choice(FONTS)).t(";}}\n")
    r.t("\\f0\\fs22 ").firm(x).t("\\par\n")
    r.t("\\b %s:\\b0  " % x(d["lab"][0])).span("PERSON", x(p.full)).t("\\par\n")
    r.span("STREET_ADDRESS", x(p.st)).t("\\line ").span("STREET_ADDRESS", x(p.pc)).t("\\par\n")
    r.t("%s: " % x(d["lab"][1])).span("DATE_OF_BIRTH", p.dob(lg)).t("\\par\n")
    r.t("%s: " % x(d["lab"][3])).span("EMAIL_ADDRESS", p.email).t("\\tab %s: " % x(d["lab"][4])).span("PHONE_NUMBER", p.phone).t("\\par\n")
    r.t("Ref. ").span("NEG_ID", oid()).t(" \\endash  ").span("NEG_DATE", other_date(lg)).t("\\par\n")
    r.t("%s,\\par " % x(d["bye"])).span("PERSON", x(Person(lg).full)).t("\\par\n}")
    done(r)


def jsonld(lg):
    d, p, r = L[lg], Person(lg), R(lg, "jsonld")
    ea = rng.random() < 0.3

    def j(v):
        return json.dumps(v, ensure_ascii=ea)[1:-1]
    r.t('<script type="application/ld+json">\n{"@context":"https://schema.org","@type":"Person",\n')
    if rng.random() < 0.5:
        r.t(' "name":"').span("PERSON", j(p.full)).t('",\n')
    else:
        r.t(' "givenName":"').span("PERSON", j(p.g)).t('","familyName":"').span("PERSON", j(p.s)).t('",\n')
    r.t(' "birthDate":"').span("DATE_OF_BIRTH", p.iso()).t('",\n "email":"' + ("mailto:" if rng.random() < 0.3 else "")).span("EMAIL_ADDRESS", p.email)
    r.t('",\n "telephone":"').span("PHONE_NUMBER", p.phone).t('",\n')
    r.t(' "address":{"@type":"PostalAddress","streetAddress":"').span("STREET_ADDRESS", j(p.st))
    pc = p.pc.split(" ", 1) if lg not in ("en",) else [p.pc, ""]
    r.t('","postalCode":"').span("STREET_ADDRESS", j(pc[0])).t('","addressLocality":"')
    r.span("STREET_ADDRESS", j(pc[1] or "Leeds")).t('"},\n')
    r.t(' "worksFor":{"@type":"Organization","name":"').firm(j).t('"}}\n</script>\n')
    r.t('<script type="application/ld+json">{"@type":"Event","name":"%s","startDate":"' % r.dom[2][-1]).span("NEG_DATE", "%d-%02d-%02d" % (rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28))).t('"}</script>')
    done(r)


def microdata(lg):
    d, p, r = L[lg], Person(lg), R(lg, "microdata")
    sty = rng.choice(["raw", "named", "dec"])
    e = lambda v: ent(v, sty)  # noqa: E731
    r.t('<div itemscope itemtype="https://schema.org/Person" class="').span("NEG_MARKUP", rng.choice(CLASSES)).t('">\n')
    r.t('  <span itemprop="name">').span("PERSON", e(p.full)).t("</span>\n")
    r.t('  <time itemprop="birthDate" datetime="').span("DATE_OF_BIRTH", p.iso()).t('">').span("DATE_OF_BIRTH", p.dob(lg)).t("</time>\n")
    r.t('  <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">\n')
    r.t('    <span itemprop="streetAddress">').span("STREET_ADDRESS", e(p.st)).t('</span><br>\n    <span itemprop="addressLocality">').span("STREET_ADDRESS", e(p.pc)).t("</span>\n  </div>\n")
    r.t('  <a itemprop="email" href="mailto:').span("EMAIL_ADDRESS", p.email).t('">').span("EMAIL_ADDRESS", ent(p.email, rng.choice(["dec", "hex", "raw"]))).t("</a>\n")
    r.t('  <span itemprop="worksFor">').firm(e).t('</span> · member since <time datetime="').span("NEG_DATE", "%d-%02d-%02d" % (rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))).t('">…</time>\n</div>')
    done(r)


def lookalike(lg):
    d, r = L[lg], R(lg, "lookalike")
    k = rng.randrange(4)
    if k == 0:
        r.t('<p style="font-family:').span("NEG_FONT", rng.choice(FONTS)).t('" class="').span("NEG_MARKUP", rng.choice(CLASSES))
        r.t('">').firm(lambda v: ent(v, "named")).t(" &ndash; %s, sent " % r.dom[2][0]).span("NEG_DATE", other_date(lg))
        r.t(", order <a href=\"https://shop.example/o/1\">").span("NEG_ID", oid()).t("</a></p>")
    elif k == 1:
        r.t("BEGIN:VEVENT\r\nSUMMARY:").span("NEG_PRODUCT", rng.choice(["Gala Dinner", "Open House", "Spring Sale", "Flex Fare"]))
        r.t("\r\nDTSTART:").span("NEG_DATE", "%d%02d%02dT090000" % (rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)))
        r.t("\r\nORGANIZER;CN=").firm().t("\r\nEND:VEVENT")
    elif k == 2:
        r.t('{"@context":"https://schema.org","@type":"Organization","name":"').firm().t('","foundingDate":"').span("NEG_DATE", "%d-01-01" % rng.randint(1890, 1999)).t('"}')
    else:
        r.t("<w:p><w:r><w:rPr><w:rFonts w:ascii=\"").span("NEG_FONT", rng.choice(FONTS)).t("\"/></w:rPr><w:t>").firm(xml)
        r.t("</w:t></w:r><w:r><w:t> %s ").span("NEG_ID", oid()).t("</w:t></w:r></w:p>")
    done(r)


# ---- request bodies ---------------------------------------------------------------------------
ASKS = ["Extract the contact details from this.", "Summarise this for the CRM.",
        "Translate this into English, keep the layout.", "Fix the markup, it renders wrong.",
        "Turn this into JSON.", "Is anything missing here?"]


PLAN = [(html_mail, 70), (markdown, 40), (latex, 34), (vcard, 40), (ics, 36), (docx, 44),
        (svg, 28), (pdf, 32), (rtfdoc, 32), (jsonld, 36), (microdata, 32), (lookalike, 28)]


def main():
    run_plan(PLAN, LANGS, 5)
    write_json(markup_records(rng, DOCS, ASKS))


main()
