"""holdout31_docs.py: the thirty-first blind set's artefact builders: their shared helpers
(look-alike pools, the character encoders of markup, `Ctx`) and the markup family's builders.

Each builder writes one pasted artefact for a record (`Ctx`: the record's rng, locale, size goal
and the shapes it used) as a `W`, entry after entry until the artefact reaches its size, each
entry a person's values in the artefact's own encoding beside look-alikes in the same encoding.
The rule every builder keeps: a value's span covers it as it stands in the artefact (entities,
escapes, percent-encoding included); where markup or a transport cuts it, each piece is a span.
"""
import json
import urllib.parse

from holdout31_values import (W, Person, NAME_WORD, ADDR_WORD, PHONE_WORD, BIRTH, REAL, STREETS,
                              TOWNS)

PRODUCTS = ["Jenkins", "Hugo", "Sphinx", "Pandoc", "Inkscape", "Thunderbird", "Celery", "Jasper",
            "Ruby", "Django", "Gutenberg", "Florence", "Ada", "Julia", "Cassandra", "Hermes"]
PLACEHOLDERS = ["{{first_name}}", "{{ last_name }}", "%FIRSTNAME%", "${customer.email}",
                "*|FNAME|*", "[[Nachname]]", "{contact.phone}", "<<NOM>>", "{{ user.street }}"]
EXAMPLES = ["user@example.com", "jane.doe@example.org", "max.mustermann@example.de",
            "name@example.net", "+1 555 0100", "+44 20 7946 0000"]
ENT = {"ä": "&auml;", "ö": "&ouml;", "ü": "&uuml;", "ß": "&szlig;", "é": "&eacute;",
       "è": "&egrave;", "ê": "&ecirc;", "ë": "&euml;", "ï": "&iuml;", "ô": "&ocirc;",
       "ç": "&ccedil;", "ñ": "&ntilde;", "á": "&aacute;", "í": "&iacute;", "ó": "&oacute;",
       "ú": "&uacute;", "ã": "&atilde;", "õ": "&otilde;", "å": "&aring;", "à": "&agrave;",
       "ò": "&ograve;", "Ö": "&Ouml;", "Ä": "&Auml;", "Ü": "&Uuml;", "Å": "&Aring;",
       "É": "&Eacute;", "Í": "&Iacute;", "Á": "&Aacute;", "œ": "&oelig;", "'": "&#39;",
       "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
TEX = {"ä": '\\"{a}', "ö": '\\"{o}', "ü": '\\"{u}', "ë": '\\"{e}', "ï": '\\"{i}', "Ö": '\\"{O}',
       "Ü": '\\"{U}', "Ä": '\\"{A}', "é": "\\'{e}", "É": "\\'{E}", "á": "\\'{a}", "í": "\\'{i}",
       "ó": "\\'{o}", "ú": "\\'{u}", "Á": "\\'{A}", "Í": "\\'{I}", "è": "\\`{e}", "à": "\\`{a}",
       "ò": "\\`{o}", "ê": "\\^{e}", "ô": "\\^{o}", "î": "\\^{i}", "ç": "\\c{c}", "ñ": "\\~{n}",
       "ã": "\\~{a}", "õ": "\\~{o}", "å": "\\aa{}", "Å": "\\AA{}", "ß": "\\ss{}", "ł": "\\l{}",
       "Ł": "\\L{}", "ø": "\\o{}", "œ": "\\oe{}", "ą": "\\k{a}", "ę": "\\k{e}", "ś": "\\'{s}",
       "ć": "\\'{c}", "ń": "\\'{n}", "ź": "\\'{z}", "ż": "\\.{z}", "Ż": "\\.{Z}", "Ś": "\\'{S}",
       "ő": "\\H{o}", "ễ": "\\~{\\^{e}}", "ơ": "\\horn{o}", "ầ": "\\`{\\^{a}}", "ư": "\\horn{u}",
       "&": "\\&", "_": "\\_", "#": "\\#", "%": "\\%"}


def ent(s, numeric=False):
    """s with HTML entities for its accents and specials (numeric references when asked)."""
    out = ""
    for c in s:
        if numeric and ord(c) > 127:
            out += "&#%d;" % ord(c)
        else:
            out += ENT.get(c, c) if (ord(c) > 127 or c in "'&<>\"") else c
    return out


def xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")


def tex(s, tie=True):
    out = "".join(TEX.get(c, c) for c in s)
    return out.replace(" ", "~") if tie else out


def rtf(s):
    """s as RTF writes it: \\'xx for Latin-1 characters, \\uN? beyond them."""
    out = ""
    for c in s:
        o = ord(c)
        if c in "\\{}":
            out += "\\" + c
        elif o < 128:
            out += c
        elif o < 256:
            out += "\\'%02x" % o
        else:
            out += "\\u%d?" % (o if o < 32768 else o - 65536)
    return out


def qp_char(c, i=0):
    if c == "\n" or (32 <= ord(c) < 127 and c != "="):
        return c
    return "".join("=%02X" % b for b in c.encode("utf-8"))


def pct(s, plus=False, safe=""):
    return urllib.parse.quote_plus(s, safe=safe) if plus else urllib.parse.quote(s, safe=safe)


def jesc(s, ascii_=False):
    """s as a JSON string's content (without quotes), \\u-escaped when ascii_."""
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def split_at(rng, v, n=2):
    """v cut at n-1 random places, never inside an entity (`&...;`), no piece empty."""
    inside, ent_at = set(), None
    for i, ch in enumerate(v):
        if ch == "&":
            ent_at = i
        elif ch == ";" and ent_at is not None:
            inside.update(range(ent_at + 1, i + 1))
            ent_at = None
    ok = [i for i in range(1, len(v)) if i not in inside]
    if len(ok) < n - 1 or len(v) < n * 2:
        return [v]
    cuts = sorted(rng.sample(ok, n - 1))
    out, last = [], 0
    for c in cuts + [len(v)]:
        out.append(v[last:c])
        last = c
    return out


class Ctx:
    def __init__(self, rng, lg, goal):
        self.rng, self.lg, self.goal = rng, lg, goal
        self.shapes = []

    def shape(self, *names):
        for n in names:
            if n not in self.shapes:
                self.shapes.append(n)

    def person(self):
        return Person(self.rng, self.lg)

    def firm(self):
        s = self.rng.choice(REAL[self.lg][1])
        return s + self.rng.choice([" & Partner GmbH", " Logistics Ltd", " SARL", " B.V.",
                                    " S.L.", " S.r.l.", " Lda.", " sp. z o.o.", " AB", " & Söhne"])

    def street_only(self):
        return self.rng.choice(STREETS[self.lg])

    def town(self):
        return self.rng.choice(TOWNS[self.lg])[0]

    def ndate(self):
        r = self.rng
        return "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2026))

    def ver(self):
        r = self.rng
        return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 99))

    def num(self, n):
        return str(self.rng.randint(10 ** (n - 1), 10 ** n - 1))

    def colour(self):
        return "#%06x" % self.rng.randint(0, 0xFFFFFF)

    def more(self, w):
        return len(w.text) < self.goal

    def lookalike(self):
        """(word, label, value): one look-alike as plain text, after the word that says what
        it is."""
        r = self.rng
        k = r.randrange(10)
        if k == 0:
            return "order", "NEG_ID", self.num(r.choice([7, 8, 10]))
        if k == 1:
            return "build", "NEG_VERSION", self.ver()
        if k == 2:
            return "colour", "NEG_COLOR", self.colour()
        if k == 3:
            return "merge field", "NEG_PLACEHOLDER", r.choice(PLACEHOLDERS)
        if k == 4:
            return "e.g.", "NEG_EXAMPLE", r.choice(EXAMPLES)
        if k == 5:
            return "shipped", "NEG_DATE", self.ndate()
        if k == 6:
            return "depot", "NEG_STREET", self.street_only()
        if k == 7:
            return "vendor", "NEG_ORG", self.firm()
        if k == 8:
            return "tracking", "NEG_ID", "1Z" + self.num(8) + self.num(8)
        return "plugin", "NEG_PRODUCT", r.choice(PRODUCTS)

    def balance(self, w, pre, sep, post, enc=None, least=2):
        """Look-alikes after pre, as many as the artefact's values outnumber its NEG_ spans
        (at least `least`), each written through enc as the artefact writes text."""
        gold = sum(1 for s in w.spans if not s["entity_type"].startswith("NEG_"))
        k = max(least, 2 * gold - len(w.spans) + 1)
        enc = enc or (lambda x: x)
        w.t(pre)
        for j in range(k):
            word, lab, val = self.lookalike()
            w.t((sep if j else "") + enc(word + " ")).s(lab, enc(val))
        return w.t(post)

# ---- markup --------------------------------------------------------------------------------------
def m_pptx(c):
    """A presentation slide's XML (a:r runs): names, phones and streets cut over runs."""
    c.shape("pptx slide XML", "a:t runs", "XML entities")
    w, r = W(), c.rng
    w.t('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld xmlns:a="http://schemas.'
        'openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/'
        'presentationml/2006/main"><p:cSld><p:spTree>\n')
    w.t('<p:sp><p:txBody><a:p><a:r><a:rPr lang="en-GB" b="1"><a:solidFill><a:srgbClr val="')
    w.s("NEG_COLOR", c.colour()[1:].upper()).t('"/></a:solidFill></a:rPr><a:t>')
    w.s("NEG_ORG", xml(c.firm())).t(' &#8211; ').s("NEG_PRODUCT", r.choice(PRODUCTS))
    w.t(' rollout</a:t></a:r></a:p></p:txBody></p:sp>\n')
    while c.more(w):
        p = c.person()
        w.t('<p:sp><p:nvSpPr><p:cNvPr id="%s" name="TextBox %s"/></p:nvSpPr><p:txBody>'
            % (c.num(2), c.num(2)))
        parts = split_at(r, xml(p.full), r.choice([2, 2, 3]))
        w.t('<a:p><a:r><a:rPr lang="%s" b="1"/><a:t>' % c.lg)
        w.cut("PERSON", parts, '</a:t></a:r><a:r><a:rPr lang="%s" b="1" spc="-10"/><a:t>' % c.lg)
        w.t('</a:t></a:r></a:p>\n<a:p><a:r><a:rPr lang="%s" sz="1200"/><a:t>' % c.lg)
        w.s("EMAIL_ADDRESS", p.email).t('</a:t></a:r><a:r><a:rPr sz="1200"/><a:t> &#183; </a:t>'
                                           '</a:r><a:r><a:rPr sz="1200"/><a:t>')
        w.cut("PHONE_NUMBER", [" ".join(p.phone_groups[:2]), " ".join(p.phone_groups[2:])],
              '</a:t></a:r><a:r><a:rPr sz="1200" dirty="0"/><a:t> ')
        w.t('</a:t></a:r></a:p>\n<a:p><a:r><a:rPr sz="1000"/><a:t>')
        w.cut("STREET_ADDRESS", [xml(p.street_line), xml(p.town_line)],
              '</a:t></a:r><a:br/><a:r><a:rPr sz="1000"/><a:t>')
        w.t('</a:t></a:r></a:p>\n<a:p><a:r><a:rPr sz="900"/><a:t>Slide build ')
        w.s("NEG_VERSION", c.ver()).t(', template ').s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS))
        w.t(', reviewed ').s("NEG_DATE", c.ndate()).t('</a:t></a:r></a:p>\n')
        c.balance(w, '<a:p><a:r><a:rPr sz="800"/><a:t>',
                  '</a:t></a:r><a:r><a:rPr sz="800"/><a:t>; ',
                  '</a:t></a:r></a:p></p:txBody></p:sp>\n', xml)
    return w.t('</p:spTree></p:cSld></p:sld>\n')


def m_html(c):
    """A saved web page (a practice's or venue's team page): entities inside names and streets,
    tags cutting a name, mailto and tel links with their display text."""
    c.shape("saved HTML page", "named and numeric entities", "tags inside a name",
            "mailto/tel links")
    w, r = W(), c.rng
    w.t('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>' % c.lg)
    w.s("NEG_ORG", ent(c.firm())).t(' &mdash; Team</title>\n<style>.card{border:1px solid ')
    w.s("NEG_COLOR", c.colour()).t(';} .lead{color:').s("NEG_COLOR", c.colour())
    w.t(';}</style></head>\n<body><main class="team">\n')
    while c.more(w):
        p = c.person()
        w.t('<section class="card" data-id="').s("NEG_ID", c.num(6)).t('">\n  <h3>')
        k = r.random()
        if k < 0.4:
            w.t("<b>").s("PERSON", ent(p.given), True).t("</b> ").s("PERSON", ent(p.surname), True)
        elif k < 0.7:
            w.s("PERSON", ent(p.full, numeric=r.random() < 0.4).replace(" ", "&nbsp;"))
        else:
            w.t('<span class="given">').s("PERSON", ent(p.given), True).t(
                '</span>&#32;<span class="family">').s("PERSON", ent(p.surname), True).t("</span>")
        w.t('</h3>\n  <p class="lead">Product owner for <code>')
        w.s("NEG_PRODUCT", r.choice(PRODUCTS))
        w.t('</code> ').s("NEG_VERSION", "v" + c.ver()).t('</p>\n  <p><a href="mailto:')
        local, host = p.email.split("@")
        at = r.choice(["@", "&#64;", "&#x40;", "&commat;"])
        w.s("EMAIL_ADDRESS", local + at + host).t('">')
        if r.random() < 0.5:
            w.s("PERSON", ent(p.full)).t("</a>")
        else:
            w.s("EMAIL_ADDRESS", local + "&#64;" + host).t("</a>")
        tel = p.phone.replace(" ", "")
        w.t(' &middot; <a href="tel:').s("PHONE_NUMBER", tel).t('">')
        w.s("PHONE_NUMBER", p.phone.replace(" ", r.choice(["&nbsp;", "&#160;", " ", "&thinsp;"])))
        w.t('</a></p>\n  <address>')
        w.cut("STREET_ADDRESS", [ent(p.street_line), ent(p.town_line)],
              r.choice(["<br>", "<br/>\n"]))
        w.t('</address>\n  <p class="note">Greeting template: <kbd>').s("NEG_PLACEHOLDER",
                                                                       r.choice(PLACEHOLDERS))
        w.t('</kbd>, parking on ').s("NEG_STREET", ent(c.street_only())).t('; updated ')
        w.s("NEG_DATE", c.ndate()).t('</p>\n')
        c.balance(w, '  <ul class="meta"><li>', '</li><li>', '</li></ul>\n</section>\n', ent)
    w.t('<footer>').s("NEG_ENTITY", "&copy;").t(' 2025 ').s("NEG_ORG", ent(c.firm()))
    return w.t(' &middot; <a href="/privacy">Privacy</a></footer>\n</main></body></html>\n')


def m_rtf(c):
    """An intake sheet exported as RTF from a case system: \\'xx and \\uN? escapes, \\~ ties."""
    c.shape("RTF intake sheet", "\\'xx escapes", "\\uN? escapes", "\\~ no-break spaces")
    w, r = W(), c.rng
    w.t("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}{\\colortbl;"
        "\\red%d\\green%d\\blue%d;}\n" % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))
    w.t("\\viewkind4\\uc1\\pard\\f0\\fs22 {\\b ").s("NEG_ORG", rtf(c.firm())).t("}\\par\n")
    while c.more(w):
        p = c.person()
        w.t("\\pard\\sa120 {\\b Case }").s("NEG_ID", "AZ-" + c.num(5)).t("\\par\n")
        w.t("%s:\\tab {\\b " % rtf(NAME_WORD[c.lg])).s("PERSON", rtf(p.full)).t("}\\par\n")
        w.t("%s:\\tab " % rtf(BIRTH[c.lg][0])).s("DATE_OF_BIRTH", p.dob).t("\\par\n")
        w.t("%s:\\tab " % rtf(ADDR_WORD[c.lg])).s("STREET_ADDRESS", rtf(p.address)).t("\\par\n")
        w.t("%s:\\tab " % rtf(PHONE_WORD[c.lg])).s("PHONE_NUMBER", p.phone.replace(" ", "\\~"))
        w.t("\\line E-Mail:\\tab {\\field{\\*\\fldinst{HYPERLINK \"mailto:")
        w.s("EMAIL_ADDRESS", p.email)
        w.t("\"}}{\\fldrslt{\\ul ").s("EMAIL_ADDRESS", p.email).t("}}}\\par\n")
        if r.random() < 0.4:
            w.t("IBAN:\\tab ").s("IBAN_CODE", " ".join(p.iban_groups)).t("\\par\n")
        elif r.random() < 0.3:
            w.t("Karte:\\tab ").s("CREDIT_CARD", "\\~".join(p.card_groups)).t("\\par\n")
        w.t("{\\i Intake ").s("NEG_DATE", c.ndate()).t(", form ")
        w.s("NEG_VERSION", "rev. " + c.ver())
        w.t(", street of the old office: ").s("NEG_STREET", rtf(c.street_only())).t("}\\par\n")
        c.balance(w, "{\\fs16 ", "; ", "}\\par\n", rtf)
    return w.t("}\n")


def m_latex(c):
    """Name badges and a thesis title page in LaTeX: accent commands, ~ ties, \\\\ breaks."""
    c.shape("LaTeX badges and title page", "accent commands", "~ ties", "\\\\ line breaks",
            "\\href mailto")
    w, r = W(), c.rng
    w.t("\\documentclass[a4paper]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{hyperref}\n"
        "\\definecolor{band}{HTML}{").s("NEG_COLOR", c.colour()[1:].upper())
    w.t("}\n\\newcommand{\\badge}[3]{\\fbox{\\parbox{8cm}{\\Large #1\\\\ \\small #2\\\\ #3}}}\n"
        "\\begin{document}\n\\begin{titlepage}\\centering\n{\\Large ")
    w.s("NEG_ORG", tex(c.firm(), tie=False)).t("}\\\\[1em]\nExamination committee:\\\\\n")
    for _ in range(r.randint(2, 3)):
        p = c.person()
        w.t("Prof.~Dr.~").s("PERSON", tex(p.full)).t("\\\\\n")
    w.t("Submitted ").s("NEG_DATE", c.ndate()).t("\\end{titlepage}\n\n")
    while c.more(w):
        p = c.person()
        w.t("\\badge{")
        if r.random() < 0.5:
            w.s("PERSON", tex(p.full))
        else:
            w.s("PERSON", tex(p.given, False), True).t("\\\\ \\textsc{").s(
                "PERSON", tex(p.surname, False), True).t("}")
        w.t("}{\\href{mailto:").s("EMAIL_ADDRESS", p.email.replace("_", "\\_")).t("}{\\texttt{")
        w.s("EMAIL_ADDRESS", p.email.replace("_", "\\_")).t("}}}{")
        w.s("PHONE_NUMBER", p.phone.replace(" ", r.choice(["\\,", "~", "\\ "]))).t("}\n")
        w.t("% sent to: ")
        w.cut("STREET_ADDRESS", [tex(p.street_line, False), tex(p.town_line)], "\\\\ ")
        w.t("\n% badge layout ").s("NEG_VERSION", c.ver()).t(" with \\texttt{")
        w.s("NEG_PLACEHOLDER", tex(r.choice(PLACEHOLDERS), False)).t("}\n")
        c.balance(w, "% layout notes: ", "; ", "\n")
    return w.t("\\end{document}\n")


def m_markdown(c):
    """A rota page exported from a notes app: emphasis cutting names, code spans and links
    around values, a Markdown table."""
    c.shape("notes-app Markdown export", "emphasis inside a name", "code span", "mailto/tel link",
            "table cells", "two-space hard break")
    w, r = W(), c.rng
    w.t("# Rota — ").s("NEG_ORG", c.firm()).t("\n\nTags: `").s("NEG_COLOR", c.colour())
    w.t("` · synced with **").s("NEG_PRODUCT", r.choice(PRODUCTS)).t("** ")
    w.s("NEG_VERSION", c.ver())
    w.t("\n\n| Who | Mail | Phone | Shift |\n|---|---|---|---|\n")
    while c.more(w):
        p = c.person()
        w.t("| ")
        k = r.random()
        if k < 0.35:
            w.t("**").s("PERSON", p.given, True).t("** ").s("PERSON", p.surname, True)
        elif k < 0.6:
            w.t("_").s("PERSON", p.full).t("_")
        else:
            w.t("[").s("PERSON", p.full).t("](mailto:").s("EMAIL_ADDRESS", p.email).t(")")
        w.t(" | `").s("EMAIL_ADDRESS", p.email).t("` | [").s("PHONE_NUMBER", p.phone).t("](tel:")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "")).t(") | ").s("NEG_DATE", c.ndate())
        w.t(" #").s("NEG_ID", c.num(4)).t(" |\n")
        if r.random() < 0.3:
            w.t("\n> Key holder: *").s("PERSON", p.full).t("*, ")
            w.cut("STREET_ADDRESS", [p.street_line + ",", p.town_line], "  \n> ")
            w.t("\n> (meet at the side door on ").s("NEG_STREET", c.street_only()).t(")\n\n")
        if r.random() < 0.3 or len(w.text) > c.goal - 200:
            c.balance(w, "\n<!-- ", "; ",
                      " -->\n\n| Who | Mail | Phone | Shift |\n|---|---|---|---|\n")
    w.t("\nReminder template: `").s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS)).t("`, e.g. `")
    return w.s("NEG_EXAMPLE", r.choice(EXAMPLES[:4])).t("`\n")


def m_ass(c):
    """An Advanced SubStation subtitle file of an event video: override tags cutting names,
    \\N breaking a line inside a value."""
    c.shape("ASS subtitle script", "override tags inside a name", "\\N line break in a value")
    w, r = W(), c.rng
    w.t("[Script Info]\nTitle: ").s("NEG_ORG", c.firm()).t(" summer event\nScriptType: v4.00+\n\n"
                                                          "[V4+ Styles]\nFormat: Name, Fontname, "
                                                          "Fontsize, PrimaryColour\nStyle: Lower "
                                                          "Third,Arial,42,")
    w.s("NEG_COLOR", "&H00%06X" % r.randint(0, 0xFFFFFF)).t("\n\n[Events]\nFormat: Layer, Start, "
                                                            "End, Style, Name, Text\n")
    t = 3.0
    while c.more(w):
        p = c.person()

        def stamp():
            return "0:%02d:%05.2f" % (int(t) // 60, t % 60)
        w.t("Dialogue: 0,%s," % stamp())
        t += r.uniform(2, 6)
        w.t("%s,Lower Third,,{\\b1}" % stamp())
        k = r.random()
        if k < 0.4:
            w.s("PERSON", p.given, True).t("{\\b0} ").s("PERSON", p.surname, True)
        elif k < 0.7:
            w.s("PERSON", p.given, True).t("\\N").s("PERSON", p.surname, True).t("{\\b0}")
        else:
            w.s("PERSON", p.full).t("{\\b0}")
        w.t("\\N{\\i1}").s("NEG_PRODUCT", r.choice(PRODUCTS)).t(" team{\\i0}\n")
        t += r.uniform(2, 6)
        w.t("Dialogue: 0,%s," % stamp())
        t += r.uniform(2, 6)
        w.t("%s,Default,,Contact: " % stamp())
        g = p.phone_groups
        cut = r.randint(2, len(g) - 1)
        w.cut("PHONE_NUMBER", [" ".join(g[:cut]), " ".join(g[cut:])], "\\N")
        w.t(" / ").s("EMAIL_ADDRESS", p.email).t("\n")
        if r.random() < 0.35:
            w.t("Comment: 0,%s,%s,Default,,send the copy to " % (stamp(), stamp()))
            w.s("STREET_ADDRESS", p.address).t(" (filmed on ").s("NEG_DATE", c.ndate()).t(")\n")
        c.balance(w, "Comment: 0,%s,%s,Default,,{notes} " % (stamp(), stamp()), " \\N ", "\n")
    return w


def m_svg(c):
    """Certificates of attendance as SVG: kerning tspans cut the name, a birth date under it."""
    c.shape("SVG certificate", "tspan runs inside a name", "XML entities")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        w.t('<svg xmlns="http://www.w3.org/2000/svg" width="842" height="595">\n'
            '  <rect width="842" height="595" fill="').s("NEG_COLOR", c.colour()).t('"/>\n')
        w.t('  <text x="421" y="140" text-anchor="middle">').s("NEG_ORG", xml(c.firm()))
        w.t('</text>\n  <text x="421" y="260" font-size="40">')
        parts = split_at(r, xml(p.full), r.choice([2, 3, 4]))
        dx = ['</tspan><tspan dx="%.1f">' % r.uniform(-1.5, 1.5) for _ in parts]
        w.t("<tspan>").cut("PERSON", parts, dx).t("</tspan></text>\n")
        w.t('  <text x="421" y="300">%s ' % BIRTH[c.lg][1]).s("DATE_OF_BIRTH", p.dob)
        w.t('</text>\n  <text x="421" y="360">First-aid course, held ').s("NEG_DATE", c.ndate())
        w.t(' at ').s("NEG_STREET", xml(c.street_only())).t(', cert. no. ').s("NEG_ID", c.num(7))
        w.t('</text>\n</svg>\n')
    return w


def m_kml(c):
    """House-call stops as KML: names in <name>, streets and phones in CDATA HTML."""
    c.shape("KML placemarks", "CDATA HTML", "<br/> inside an address", "tel: links")
    w, r = W(), c.rng
    w.t('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
        '<Document><name>').s("NEG_ORG", xml(c.firm())).t(' stops ').s("NEG_DATE", c.ndate())
    w.t('</name>\n<Style id="s1"><IconStyle><color>')
    w.s("NEG_COLOR", "ff%06x" % r.randint(0, 2**24 - 1))
    w.t('</color></IconStyle></Style>\n')
    while c.more(w):
        p = c.person()
        w.t('<Placemark><name>').s("PERSON", xml(p.full)).t('</name><description><![CDATA[<b>')
        w.cut("STREET_ADDRESS", [ent(p.street_line), ent(p.town_line)], "</b><br/>")
        w.t('<br/>Tel. <a href="tel:').s("PHONE_NUMBER", p.phone.replace(" ", "")).t('">')
        w.s("PHONE_NUMBER", p.phone.replace(" ", "&nbsp;")).t('</a><br/>Ring at ')
        w.s("NEG_STREET", ent(c.street_only())).t(' side gate]]></description><styleUrl>#s1'
                                                  '</styleUrl><Point><coordinates>')
        w.s("NEG_COORD", "%.5f,%.5f,0" % (r.uniform(-9, 25), r.uniform(36, 60)))
        w.t('</coordinates></Point><ExtendedData><Data name="tags"><value>')
        c.balance(w, "", "; ", "</value></Data></ExtendedData></Placemark>\n", xml)
    return w.t('</Document></kml>\n')


MARKUP = [m_pptx, m_html, m_rtf, m_latex, m_markdown, m_ass, m_svg, m_kml]
