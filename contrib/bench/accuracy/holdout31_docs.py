"""holdout31_docs.py: the artefacts of the thirty-first blind set, one builder per kind.

Each builder writes one pasted artefact for a record (`Ctx`: the record's rng, locale, size goal
and the shapes it used) as a `W`, entry after entry until the artefact reaches its size, each
entry a person's values in the artefact's own encoding beside look-alikes in the same encoding.
The rule every builder keeps: a value's span covers it as it stands in the artefact (entities,
escapes, percent-encoding included); where markup or a transport cuts it, each piece is a span.
"""
import json
import urllib.parse

from holdout31_values import (W, Person, encode, soft_wrap, nfd, FULLWIDTH, NAME_WORD, ADDR_WORD,
                              PHONE_WORD, BIRTH, REAL, STREETS, TOWNS)

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


# ---- transport -----------------------------------------------------------------------------------
# The returned message's text in each language: greeting, new address, mobile, forward to, at,
# the form still wrong, refunds, sign-off.
MAILTEXT = {
    "en": ("Hi ", ", here is what you asked for: my new address is ", " and my mobile ",
           ". Please forward it to ", " at ", ") still shows the old one. ", "Refunds go to ",
           "Cheers, "),
    "de": ("Hallo ", ", wie besprochen: meine neue Anschrift ist ", " und mein Handy ",
           ". Bitte leite das an ", " weiter, ", ") zeigt noch die alte. ",
           "Erstattungen bitte auf ", "Viele Grüße, "),
    "fr": ("Bonjour ", ", comme convenu : ma nouvelle adresse est ", " et mon portable ",
           ". Merci de transmettre à ", ", ", ") affiche encore l'ancienne. ",
           "Remboursements sur ", "Bien à vous, "),
    "nl": ("Hoi ", ", zoals gevraagd: mijn nieuwe adres is ", " en mijn mobiel ",
           ". Stuur het aub door naar ", ", ", ") toont nog het oude. ", "Terugbetalingen naar ",
           "Groetjes, "),
    "es": ("Hola ", ", lo que me pediste: mi nueva dirección es ", " y mi móvil ",
           ". Reenvíaselo a ", ", ", ") sigue mostrando la antigua. ", "Reembolsos a ",
           "Un abrazo, "),
    "it": ("Ciao ", ", come richiesto: il mio nuovo indirizzo è ", " e il cellulare ",
           ". Per favore giralo a ", ", ", ") mostra ancora quello vecchio. ", "Rimborsi su ",
           "A presto, "),
    "pt": ("Olá ", ", como pediste: a minha nova morada é ", " e o telemóvel ",
           ". Reencaminha para ", ", ", ") ainda mostra a antiga. ", "Reembolsos para ",
           "Abraço, "),
    "pl": ("Cześć ", ", tak jak prosiłeś: mój nowy adres to ", " a komórka ",
           ". Przekaż to proszę do ", ", ", ") nadal pokazuje stary. ", "Zwroty na ",
           "Pozdrawiam, "),
    "sv": ("Hej ", ", som du bad om: min nya adress är ", " och mobilen ",
           ". Skicka vidare till ", ", ", ") visar fortfarande den gamla. ",
           "Återbetalningar till ", "Hälsningar, "),
}


def t_dsn(c):
    """A delivery-status notification with the returned message: encoded-word headers and a
    quoted-printable body whose soft line breaks cut values."""
    c.shape("DSN bounce", "MIME encoded-words (Q)", "quoted-printable body", "soft line breaks")
    w, r = W(), c.rng
    first = True
    while c.more(w) or first:
        first = False
        p, q = c.person(), c.person()
        bnd = "----=_Part_%s_%s.%s" % (c.num(5), c.num(9), c.num(13))
        w.t("From: Mail Delivery System <MAILER-DAEMON@mx%d.%s>\nMessage-ID: " % (
            r.randint(1, 9), r.choice(["posteo.de", "ovh.net", "one.com"])))
        w.s("NEG_MIME", "<%s.%s@mx.%s>" % (c.num(8), c.num(6), r.choice(["mail.net", "smtp.eu"])))
        w.t("\nContent-Type: multipart/report; report-type=delivery-status;\n boundary=\"")
        w.s("NEG_MIME", bnd).t("\"\nX-Spam-Report: ")
        c.balance(w, "", ", ", "", least=3)
        w.t("\n\n--" + bnd + "\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; ")
        w.s("EMAIL_ADDRESS", q.email).t("\nStatus: 5.1.1\nLast-Attempt-Date: ")
        w.s("NEG_DATE", c.ndate())
        w.t("\n\n--" + bnd + "\nContent-Type: message/rfc822\n\nFrom: =?UTF-8?Q?")
        w.s("PERSON", "".join(qp_char(ch) for ch in p.full).replace(" ", "_")).t("?= <")
        w.s("EMAIL_ADDRESS", p.email).t(">\nTo: =?utf-8?q?")
        w.s("PERSON", "".join(qp_char(ch) for ch in q.full).replace(" ", "_")).t("?= <")
        w.s("EMAIL_ADDRESS", q.email).t(">\nSubject: =?UTF-8?Q?").s("NEG_ID", "Re:_" + c.num(6))
        w.t("?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
            "quoted-printable\n\n")
        body = W()
        hi, new, mob, fwd, at, form, pay, bye = MAILTEXT[c.lg]
        body.t(hi).s("PERSON", q.given).t(new).s("STREET_ADDRESS", p.address)
        body.t(mob).s("PHONE_NUMBER", p.phone).t(fwd).s("PERSON", q.full).t(at)
        body.s("EMAIL_ADDRESS", q.email).t(" \u2014 (").s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS))
        body.t(form)
        if r.random() < 0.5:
            body.t(pay).s("IBAN_CODE", p.iban).t(". ")
        body.t(bye).s("PERSON", p.given).t("\n")
        qp = soft_wrap(encode(body, qp_char), 76, "=\n")
        w.add(qp).t("\n--" + bnd + "\nContent-Type: text/plain\n\n")
        c.balance(w, "Filter notes: ", ", ", "\n--" + bnd + "--\n\n")
    return w


def t_links(c):
    """Links a phone's share sheet produced: percent- and form-encoded values in maps, mailto,
    sms, calendar and contact links; a redirect encoded twice."""
    c.shape("share-sheet links", "percent-encoding", "form encoding (+)", "double encoding %2540")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        plus = r.random() < 0.5
        w.t("- maps: https://www.google.com/maps/dir/?api=1&destination=")
        w.s("STREET_ADDRESS", pct(p.address, plus)).t("&travelmode=transit&utm_campaign=")
        w.s("NEG_ID", "share_" + c.num(5)).t("\n- mail: mailto:").s(
            "EMAIL_ADDRESS", pct(p.email, safe=r.choice(["", "@"])))
        w.t("?subject=").s("NEG_PLACEHOLDER", pct(r.choice(PLACEHOLDERS))).t("&body=")
        w.s("PERSON", pct(p.full, plus)).t(pct(", ", plus)).s("PHONE_NUMBER", pct(p.phone, plus))
        w.t("\n- sms: sms:").s("PHONE_NUMBER", pct(p.phone.replace(" ", ""))).t("?body=")
        w.t(pct("Key is under the mat at ", plus)).s("NEG_STREET", pct(c.street_only(), plus))
        w.t("\n- contact: https://contacts.app.link/add?n=").s("PERSON", pct(p.surname)).t("%3B")
        w.s("PERSON", pct(p.given)).t("&tel=").s("PHONE_NUMBER", pct(p.phone)).t("&v=")
        w.s("NEG_VERSION", c.ver()).t("\n- login: https://id.")
        w.t(r.choice(["shop.eu", "portal.io"]) + "/continue?redirect=")
        inner = "https://members.example.net/profile?email=" + pct(p.email)
        w.t(pct(inner[:inner.index("email=") + 6]))
        w.s("EMAIL_ADDRESS", pct(pct(p.email))).t("\n- file: https://drive.")
        w.t("cloud.net")
        w.s("NEG_PATH", pct("/Shared/Quarterly Report %d.pdf" % r.randint(2019, 2025),
                                          safe="/")).t("\n")
        if r.random() < 0.3:
            w.t("- transfer: bank://pay?iban=").s("IBAN_CODE", pct(" ".join(p.iban_groups), plus))
            w.t("&name=").s("PERSON", pct(p.full, plus)).t("\n")
        c.balance(w, "- note: https://notes.app/new?text=", pct(", "), "\n", pct)
    return w


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def t_jsonstr(c):
    """Queue messages and storage dumps whose values are JSON documents inside JSON strings."""
    c.shape("queue receive-message output", "JSON inside a JSON string", "\\u escapes inside")
    w, r = W(), c.rng
    w.t('{\n  "Messages": [\n')
    first = True
    while c.more(w):
        p = c.person()
        ascii_ = r.random() < 0.5
        inner = W()
        inner.t('{"event":"profile.updated","id":').s("NEG_ID", c.num(9)).t(',"user":{"name":"')
        inner.s("PERSON", jesc(p.full, ascii_)).t('","email":"').s("EMAIL_ADDRESS", p.email)
        inner.t('","phone":"').s("PHONE_NUMBER", p.phone).t('","address":"')
        inner.s("STREET_ADDRESS", jesc(p.address, ascii_)).t('","birthDate":"')
        inner.s("DATE_OF_BIRTH", "%d-%02d-%02d" % p.dob_ymd).t('"}')
        if r.random() < 0.4:
            inner.t(',"payment":{"pan":"').s("CREDIT_CARD", " ".join(p.card_groups)).t('"}')
        inner.t(',"template":"')
        inner.s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS)).t('","sdk":"').s("NEG_VERSION", c.ver())
        inner.t('"}')
        if not first:
            w.t(",\n")
        first = False
        w.t('    {\n      "MessageId": "').s("NEG_ID", "%s-%s" % (c.num(8), c.num(4)))
        w.t('",\n      "Body": "').add(encode(inner, lambda ch, i: jesc(ch)))
        w.t('",\n      "Attributes": {"SentTimestamp": "').s("NEG_ID", c.num(13)).t('", "Tags": "')
        c.balance(w, "", ", ", '"}\n    }', jesc)
    return w.t("\n  ]\n}\n")


def csvq(s):
    return s.replace('"', '""')


def t_contacts(c):
    """A phone's contacts export as CSV: quoted 'Surname, Given', doubled quotes, a quoted
    multi-line notes field."""
    c.shape("contacts CSV export", "CSV quoting", "doubled quotes", "quoted line breaks")
    w, r = W(), c.rng
    w.t("Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Address 1 - Formatted,"
        "Notes,Group Membership\n")
    while c.more(w):
        p = c.person()
        w.t('"').s("PERSON", csvq(p.surname + ", " + p.given)).t('",')
        w.s("PERSON", p.given).t(",")
        if "'" in p.surname or " " in p.surname or r.random() < 0.3:
            w.t('"').s("PERSON", csvq(p.surname)).t('",')
        else:
            w.s("PERSON", p.surname).t(",")
        w.s("EMAIL_ADDRESS", p.email).t(",").s("PHONE_NUMBER", p.phone).t(',"')
        w.cut("STREET_ADDRESS", [csvq(p.street_line), csvq(p.town_line)], "\n")
        w.t('","')
        if r.random() < 0.5:
            w.t('Calls herself ""').s("PERSON", p.given[:3] + "i").t('"" ; ')
        w.t("%s " % BIRTH[c.lg][1]).s("DATE_OF_BIRTH", p.dob).t('; met at ""')
        w.s("NEG_ORG", csvq(c.firm())).t('""; ')
        c.balance(w, "", "; ", '",* myContacts ::: ', csvq)
        w.s("NEG_ID", c.num(6)).t("\n")
    return w


def t_pglog(c):
    """A PostgreSQL server log with statements logged: SQL literals with doubled quotes and
    E'' escapes, bind parameters in DETAIL lines."""
    c.shape("PostgreSQL server log", "SQL literals", "doubled quotes", "bind parameters")
    w, r = W(), c.rng

    def sq(s):
        return s.replace("'", "''")
    while c.more(w):
        p = c.person()
        ts = "%s %02d:%02d:%02d.%03d CET" % (c.ndate(), r.randint(0, 23), r.randint(0, 59),
                                             r.randint(0, 59), r.randint(0, 999))
        w.t("%s [%s] app@crm LOG:  statement: UPDATE members SET full_name = '" % (ts, c.num(5)))
        w.s("PERSON", sq(p.full)).t("', street = '").s("STREET_ADDRESS", sq(p.address))
        w.t("', phone = '").s("PHONE_NUMBER", p.phone).t("' WHERE id = ").s("NEG_ID", c.num(6))
        w.t(";\n%s [%s] app@crm LOG:  execute <unnamed>: INSERT INTO contacts (email, born, "
            "nickname) VALUES ($1, $2, $3)\n" % (ts, c.num(5)))
        w.t("%s [%s] app@crm DETAIL:  parameters: $1 = '" % (ts, c.num(5)))
        w.s("EMAIL_ADDRESS", p.email)
        w.t("', $2 = '").s("DATE_OF_BIRTH", "%d-%02d-%02d" % p.dob_ymd).t("', $3 = '")
        w.s("PERSON", sq(p.given)).t("'\n")
        if r.random() < 0.3:
            w.t("%s [%s] app@crm ERROR:  duplicate key value violates unique constraint "
                "\"payout_iban_key\"\n%s DETAIL:  Key (iban)=(" % (ts, c.num(5), ts))
            w.s("IBAN_CODE", p.iban).t(") already exists.\n")
        w.t("%s [%s] app@crm LOG:  duration: %d.%03d ms  statement: SELECT * FROM streets WHERE "
            "name = '" % (ts, c.num(5), r.randint(0, 90), r.randint(0, 999)))
        w.s("NEG_STREET", sq(c.street_only())).t("' AND client = '").s("NEG_ORG", sq(c.firm()))
        w.t("' -- ").s("NEG_VERSION", "pg " + c.ver()).t("\n")
        c.balance(w, "%s [%s] app@crm LOG:  statement: SELECT tag FROM tags WHERE note IN ('"
                  % (ts, c.num(5)),
                  "', '", "');\n", lambda x: x.replace("'", "''"))
    return w


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def t_xtrace(c):
    """A cron job's shell trace (set -x) and a process listing: single-quote closing and
    re-opening, backslash-escaped spaces, $'..' escapes."""
    c.shape("bash -x trace mailed by cron", "shell quoting", "backslash escapes", "ps listing")
    w, r = W(), c.rng
    w.t("Subject: Cron <deploy@").t(r.choice(["batch01", "ops-vm", "nas"]))
    w.t("> /opt/remind/run.sh\n\n")
    while c.more(w):
        p = c.person()
        w.t("+ NAME='").s("PERSON", p.full.replace("'", "'\\''")).t("'")
        w.t("\n+ ./send_reminder --to ").s("EMAIL_ADDRESS", p.email).t(" --name ")
        w.t("'").s("PERSON", p.full.replace("'", "'\\''")).t("' --tel ")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "\\ ")).t(" --template ")
        w.s("NEG_PLACEHOLDER", shq(r.choice(PLACEHOLDERS))).t(" --client ")
        w.s("NEG_VERSION", c.ver()).t("\n+ printf '%s\\n' ").t("'")
        w.s("STREET_ADDRESS", p.address.replace("'", "'\\''")).t("'\n")
        w.s("STREET_ADDRESS", p.address).t("\n")
        w.t("deploy  %s  0.0  0.1 python3 notify.py --recipient=" % c.num(5))
        w.s("PERSON", p.full.replace(" ", "\\ ").replace("'", "\\'")).t(" --order ")
        w.s("NEG_ID", c.num(8)).t(" --street ").s("NEG_STREET", shq(c.street_only())).t("\n")
        c.balance(w, "# ", "; ", "\n")
    return w


def t_httpdump(c):
    """Raw requests as a print service's debug endpoint dumped them: header lines with
    percent-encoded and encoded-word values, filename*= parameters, a JSON body."""
    c.shape("raw HTTP request dump", "header lines", "filename*=UTF-8''", "encoded-words")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        w.t("POST /v2/jobs HTTP/1.1\r\nHost: print.").t(r.choice(["copyshop.eu", "drukarnia.pl"]))
        w.t("\r\nUser-Agent: ").s("NEG_PRODUCT", r.choice(PRODUCTS)).t("/")
        w.s("NEG_VERSION", c.ver())
        w.t("\r\nX-Request-Id: ").s("NEG_ID", "%s-%s" % (c.num(8), c.num(4)))
        w.t("\r\nX-Debug-Tags: ")
        c.balance(w, "", "; ", "", least=3)
        w.t("\r\nFrom: ").s("EMAIL_ADDRESS", p.email)
        w.t("\r\nX-Customer-Name: ")
        if r.random() < 0.5:
            w.s("PERSON", pct(p.full))
        else:
            w.t("=?utf-8?q?").s("PERSON", "".join(qp_char(ch) for ch in p.full).replace(" ", "_"))
            w.t("?=")
        w.t("\r\nX-Callback-Phone: ").s("PHONE_NUMBER", pct(p.phone))
        fn = p.given + "_" + p.surname
        w.t("\r\nContent-Disposition: attachment; filename*=UTF-8''Vollmacht_")
        w.s("PERSON", pct(fn, safe="_")).t(".pdf\r\nContent-Type: application/json\r\n\r\n")
        w.t('{"deliver_to":"').s("STREET_ADDRESS", jesc(p.address)).t('","color":"')
        w.s("NEG_COLOR", c.colour()).t('","copies":').t(str(r.randint(1, 9))).t('}\r\n\r\n')
    return w


def t_frontmatter(c):
    """Speaker pages' YAML front matter: single-quoted scalars with doubled quotes,
    double-quoted with \\u escapes, folded and literal blocks cutting an address."""
    c.shape("static-site front matter", "YAML quoted scalars", "YAML folded scalars", "\\u escapes")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        w.t("---\ntitle: Talk by ")
        k = r.random()
        if k < 0.35:
            w.t("'").s("PERSON", p.full.replace("'", "''")).t("'")
        elif k < 0.7:
            w.t('"').s("PERSON", jesc(p.full, True)).t('"')
        else:
            w.s("PERSON", p.full)
        w.t("\nlayout: speaker\ndate: ").s("NEG_DATE", c.ndate()).t("\nspeaker:\n  email: '")
        w.s("EMAIL_ADDRESS", p.email).t("'\n  phone: \"")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "\\u00A0" if r.random() < 0.4 else " "))
        w.t("\"\n  postal: >-\n    ")
        w.cut("STREET_ADDRESS", [p.street_line + ",", p.town_line], "\n    ")
        w.t("\n  bio: |\n    ").s("PERSON", p.given).t(" maintains ")
        w.s("NEG_PRODUCT", r.choice(PRODUCTS))
        w.t(" plugins and lives near ").s("NEG_STREET", c.street_only()).t(".\ntheme_color: '")
        w.s("NEG_COLOR", c.colour()).t("'\ngreeting: \"Hi ")
        w.s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS))
        w.t("\"\n")
        c.balance(w, "# ", "\n# ", "\n---\n\n")
    return w


# ---- unicode -------------------------------------------------------------------------------------
SPACES = ["\u00a0", "\u202f", "\u2009", "\u2007", " "]
DASHES = ["\u2011", "\u2013", "\u2010", "-"]
INVIS = ["\u200b", "\u200d", "\u00ad", "\u2060"]


def sprinkle(rng, v, chars, n=1):
    """v with n invisible characters put inside (never first or last)."""
    for _ in range(n):
        if len(v) < 3:
            break
        k = rng.randint(1, len(v) - 1)
        v = v[:k] + rng.choice(chars) + v[k:]
    return v


def u_copied(c):
    """A reservation or pickup notice copied out of an app or PDF: no-break, narrow and thin
    spaces, invisible characters inside values, bidi marks, typographic apostrophes, NFD."""
    c.shape("text copied from an app/PDF", "no-break and thin spaces", "zero-width and soft hyphen",
            "bidi marks", "typographic apostrophe", "NFD accents")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        name = p.full.replace("'", "\u2019")
        if r.random() < 0.5:
            name = nfd(name)
        if r.random() < 0.4:
            name = sprinkle(r, name, INVIS)
        w.t("Reservation ").s("NEG_ID", "R" + c.num(7)).t(" \u2014 ").s("NEG_ORG", c.firm())
        w.t("\n%s:\u00a0" % NAME_WORD[c.lg]).s("PERSON", name)
        g = p.phone_groups
        sep = r.choice(SPACES + DASHES)
        ph = g[0] + r.choice(SPACES) + sep.join(g[1:])
        if r.random() < 0.3:
            ph = "\u200e" + ph + "\u200e"
        w.t("\n%s:\u2002" % PHONE_WORD[c.lg]).s("PHONE_NUMBER", ph)
        em = p.email
        if r.random() < 0.5:
            em = sprinkle(r, em, ["\u200b", "\u00ad", "\u2060"])
        w.t("\nE\u2011mail:\u00a0").s("EMAIL_ADDRESS", em)
        addr = p.address.replace(" ", r.choice(["\u00a0", " "]), 1)
        if r.random() < 0.4:
            addr = nfd(addr)
        w.t("\n%s:\u00a0" % ADDR_WORD[c.lg]).s("STREET_ADDRESS", addr)
        if r.random() < 0.35:
            w.t("\n%s\u00a0" % BIRTH[c.lg][0])
            w.s("DATE_OF_BIRTH", p.dob.replace("/", "\u2009/\u2009")
                                                 if r.random() < 0.3 else p.dob)
        if r.random() < 0.3:
            w.t("\nCard:\u00a0").s("CREDIT_CARD", r.choice(SPACES).join(p.card_groups))
        w.t("\nTable for %d\u202fp., %s\u202f19:30, app\u00a0" % (r.randint(2, 8), c.ndate()))
        w.s("NEG_VERSION", c.ver()).t(", promo\u00a0code\u00a0").s("NEG_ID", c.num(6))
        w.t("\nDirections: ").s("NEG_STREET", c.street_only().replace(" ", "\u00a0")).t("\n")
        c.balance(w, "Info:\u00a0", "\u00a0· ", "\n\n", lambda x: x.replace(" ", "\u00a0"))
    return w


def u_fullwidth(c):
    """Business cards read by a card-scanner app set to a CJK locale: full-width digits, ＠ and
    letters inside values, ideographic spaces."""
    c.shape("card-scanner app export", "full-width digits", "full-width ＠ and letters",
            "ideographic space")
    w, r = W(), c.rng

    def fw(s, p=1.0):
        return "".join(FULLWIDTH.get(ch, ch) if r.random() < p else ch for ch in s)
    while c.more(w):
        p = c.person()
        w.t("【名刺】 No.").s("NEG_ID", fw(c.num(5))).t("\n氏名／Name：")
        w.s("PERSON", fw(p.full) if r.random() < 0.4 else p.full.replace(" ", "\u3000"))
        w.t("\n会社：").s("NEG_ORG", c.firm()).t("\nTEL：").s("PHONE_NUMBER", fw(p.phone))
        em = p.email
        if r.random() < 0.5:
            em = em.replace("@", "＠")
        else:
            em = fw(em)
        w.t("\nMAIL：").s("EMAIL_ADDRESS", em)
        w.t("\n住所：").s("STREET_ADDRESS", fw(p.address, 0.6 if r.random() < 0.5 else 0.0))
        if r.random() < 0.3:
            w.t("\n口座：").s("IBAN_CODE", fw(" ".join(p.iban_groups)))
        w.t("\n交換日：").s("NEG_DATE", fw(c.ndate())).t("　アプリ ").s("NEG_VERSION", fw(c.ver()))
        c.balance(w, "\nメモ：", "、", "\n\n", fw)
    return w


def jnum_groups(groups):
    """Groups as JSON numbers when none starts with 0, else as strings."""
    return all(g[0] != "0" for g in groups)


def u_jsonvalues(c):
    """An app's API response where values are JSON values other than one string: numbers,
    arrays of a name's parts or a card's groups, e-mails and names as keys."""
    c.shape("app API response", "phone/card as JSON number", "name as array",
            "value over array elements", "e-mail and name as JSON key")
    w, r = W(), c.rng
    w.t('{\n  "page": ').s("NEG_ID", c.num(3)).t(',\n  "api_version": "').s("NEG_VERSION", c.ver())
    w.t('",\n  "members": {\n')
    first = True
    while c.more(w):
        p = c.person()
        if not first:
            w.t(",\n")
        first = False
        key_is_mail = r.random() < 0.5
        w.t('    "')
        if key_is_mail:
            w.s("EMAIL_ADDRESS", p.email)
        else:
            w.s("PERSON", jesc(p.full))
        w.t('": {\n      "member_no": ').s("NEG_ID", c.num(8)).t(',\n      "name": ')
        if r.random() < 0.6:
            w.t('["').s("PERSON", jesc(p.given), True).t('", "').s("PERSON", jesc(p.surname), True)
            w.t('"]')
        else:
            w.t('{"given": "').s("PERSON", jesc(p.given)).t('", "family": "')
            w.s("PERSON", jesc(p.surname)).t('"}')
        w.t(',\n      "mobile": ')
        k = r.random()
        if k < 0.4:
            w.s("PHONE_NUMBER", p.phone.replace(" ", "").lstrip("+"))
        elif k < 0.7:
            w.t("[")
            gs = p.phone_groups
            for j, g in enumerate(gs):
                if j:
                    w.t(", ")
                if len(g) >= 3:
                    w.t('"').s("PHONE_NUMBER", g, True).t('"')
                else:
                    w.t('"' + g + '"')
            w.t("]")
        else:
            w.t('"').s("PHONE_NUMBER", p.phone).t('"')
        if not key_is_mail:
            w.t(',\n      "email": "').s("EMAIL_ADDRESS", p.email).t('"')
        w.t(',\n      "birth_date": [').s("DATE_OF_BIRTH", "%d, %d, %d" % p.dob_ymd).t("]")
        if r.random() < 0.5:
            w.t(',\n      "card": ')
            if r.random() < 0.5:
                w.s("CREDIT_CARD", p.card)
            elif jnum_groups(p.card_groups):
                w.t("[")
                for j, g in enumerate(p.card_groups):
                    w.t(", " if j else "").s("CREDIT_CARD", g, True)
                w.t("]")
            else:
                w.t('["')
                for j, g in enumerate(p.card_groups):
                    w.t('", "' if j else "").s("CREDIT_CARD", g, True)
                w.t('"]')
        w.t(',\n      "address": {"line": "').s("STREET_ADDRESS", jesc(p.street_line), True)
        w.t('", "town": "').s("STREET_ADDRESS", jesc(p.town_line), True).t('"}')
        w.t(',\n      "orders": [').s("NEG_ID", c.num(7)).t(", ").s("NEG_ID", c.num(7))
        w.t('],\n      "theme": "').s("NEG_COLOR", c.colour()).t('",\n      "joined": "')
        w.s("NEG_DATE", c.ndate()).t('",\n      "points": ').s("NEG_ID", c.num(5))
        w.t(',\n      "tags": ["')
        c.balance(w, "", '", "', '"]\n    }', jesc)
    return w.t("\n  }\n}\n")


def u_finder(c):
    """A scanned-documents folder as `ls -l` and `mdls` print it on a Mac: decomposed accents in
    file names and metadata, names joined by underscores."""
    c.shape("ls/mdls listing", "NFD file names", "underscore-joined names")
    w, r = W(), c.rng
    w.t("$ ls -l ~/Documents/Scans\ntotal %d\n" % r.randint(100, 900))
    while c.more(w):
        p = c.person()
        kind = r.choice(["Lebenslauf", "Mietvertrag", "Attestation", "Contrato", "Umowa", "Intyg"])
        fn = nfd(p.given + "_" + p.surname).replace(" ", "_")
        w.t("-rw-r--r--@ 1 scan  staff  %s %s %s_" % (c.num(6), c.ndate(), kind))
        w.s("PERSON", fn).t("_").s("NEG_DATE", c.ndate().replace(".", "-")).t(".pdf\n")
        w.t("$ mdls -name kMDItemAuthors -name kMDItemAuthorEmailAddresses -name kMDItemCreator "
            "%s_" % kind).t(fn).t(".pdf\nkMDItemAuthorEmailAddresses = (\n    \"")
        w.s("EMAIL_ADDRESS", p.email).t("\"\n)\nkMDItemAuthors = (\n    \"")
        w.s("PERSON", nfd(p.full)).t("\"\n)\nkMDItemCreator = \"")
        w.s("NEG_PRODUCT", r.choice(PRODUCTS))
        w.t(" ").s("NEG_VERSION", c.ver()).t("\"\nkMDItemComment = \"")
        w.s("STREET_ADDRESS", nfd(p.address)).t(" \u2013 ")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "\u2011", 1))
        c.balance(w, "\"\nkMDItemKeywords = (\n    \"", "\",\n    \"", "\"\n)\n")
    return w


def u_seating(c):
    """A room-allocation tool's export: people as JSON keys, phones cut over array strings with
    typographic separators inside, names with typographic apostrophes and hyphens."""
    c.shape("allocation export", "names as JSON keys", "phone over array strings",
            "typographic apostrophe and hyphen", "word joiner")
    w, r = W(), c.rng
    w.t('{"event": "').s("NEG_ORG", c.firm()).t('", "generated": "').s("NEG_DATE", c.ndate())
    w.t('", "rooms": {\n')
    first = True
    while c.more(w):
        p = c.person()
        if not first:
            w.t(",\n")
        first = False
        name = p.full.replace("'", "\u2019").replace("-", "\u2010")
        w.t('  "').s("NEG_ID", "R-" + c.num(3)).t('": {"guests": {"')
        w.s("PERSON", jesc(sprinkle(r, name, ["\u2060"]) if r.random() < 0.3 else name))
        w.t('": {"tel": [')
        g = p.phone_groups
        cut = r.randint(2, len(g) - 1)
        a, b = " ".join(g[:cut]), r.choice(DASHES).join(g[cut:])
        w.t('"').s("PHONE_NUMBER", jesc(a), True).t('", "').s("PHONE_NUMBER", jesc(b), True)
        w.t('"], "mail": "').s("EMAIL_ADDRESS", p.email).t('", "home": "')
        w.s("STREET_ADDRESS", jesc(p.address.replace(" ", "\u00a0", 2))).t('"}}, "colour": "')
        w.s("NEG_COLOR", c.colour()).t('", "floor_plan": "').s("NEG_VERSION", c.ver())
        w.t('", "notes": ["')
        c.balance(w, "", '", "', '"]}', jesc)
    return w.t("\n}}\n")


MARKUP = [m_pptx, m_html, m_rtf, m_latex, m_markdown, m_ass, m_svg, m_kml]
TRANSPORT = [t_dsn, t_links, t_jsonstr, t_contacts, t_pglog, t_xtrace, t_httpdump, t_frontmatter]
UNICODE = [u_copied, u_fullwidth, u_jsonvalues, u_finder, u_seating]
JSON_ARTEFACTS = {t_jsonstr, u_jsonvalues, u_seating}
