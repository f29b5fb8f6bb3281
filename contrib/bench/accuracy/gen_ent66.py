#!/usr/bin/env python3
"""gen_ent66.py: people, streets, e-mails and phones with an entity, escape or encoding inside the
value (tune set; branch ent66, written and committed before hush was run on it), from the
thirty-first blind set's public brief (its markup and transport families; never its generator,
modules or data) and the author's own idea of such artefacts, not from hush's rules.

Each record is one artefact as a tool or a user pastes it: an HTML page or mail with named,
decimal or hex entities (`J&uuml;rgen`, `&#233;`, `&#xF1;`, `&nbsp;` between phone groups,
`&#64;`/`&commat;` for the at), XML with numeric entities, RTF (`\\'fc` cp1252 escapes and
`\\u252?` Unicode escapes, `\\~` no-break spaces), LaTeX (`\\"u`, `\\"{u}`, `{\\"u}`, `\\'e`,
`\\c{c}`, `\\v{r}`, `\\ss{}`, `{\\o}`, `{\\l}`, ties), MIME headers with Q encoded-words and
quoted-printable bodies (`=C3=BC`, `=40`, `=2B`, a soft line break `=\\n` cutting a value),
URLs and form posts (percent, `+` for a space, `%40` and `%2540` encoded twice), JSON inside a
JSON string with `\\u00fc` escapes, SQL literals (`'O''Brien'`) and shell (`O\\'Brien`,
`'O'\\''Brien'`, `$'Jos\\xc3\\xa9'`). Names, streets and e-mail local parts hold letters the
encoding changes; half the people invented from syllables. Gold: the value as it stands, with
its encoding, as one span; a soft line break cutting it makes one span per piece. Look-alikes
(NEG_ spans, at least as many as the gold spans) in the same encodings: products and brands,
places, ordinary accented words, `&copy;` lines, `%2F` paths, MIME boundaries and message ids,
order numbers and versions.

Request bodies of the four APIs (one user message: an ask and the artefact), a third
\\uXXXX-escaped, half compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import html.entities
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json, invent_syllables, fold  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261208 + 66)

# ---- people and places with letters an encoding changes ----------------------------------------
REAL = {
    "de": (["Jürgen", "Jörg", "Björn", "Käthe", "Günther", "Sönke"], ["Müller", "Schäfer", "Größ", "Köhler", "Weiß", "Düring"]),
    "fr": (["José", "Hélène", "Jérôme", "Françoise", "Anaïs", "Gaëlle"], ["Lefèvre", "Dupré", "Bérenger", "Côté", "Mercœur", "Noël"]),
    "es": (["José", "Iñaki", "María", "Ramón", "Begoña", "Inés"], ["García", "Núñez", "Peña", "Ibáñez", "Muñoz", "Gómez"]),
    "pt": (["João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Lúcia"], ["Conceição", "Magalhães", "Gonçalves", "Simões", "Estêvão", "Brandão"]),
    "pl": (["Łukasz", "Wojciech", "Małgorzata", "Bożena", "Paweł", "Zofia"], ["Wiśniewski", "Łęcka", "Żółkiewski", "Kałuża", "Gąsior", "Mościcka"]),
    "cs": (["Jiří", "Růžena", "Tomáš", "Dagmar", "Ondřej", "Věra"], ["Dvořák", "Šťastný", "Černá", "Kubíček", "Růžička", "Hájek"]),
    "ie": (["Siobhán", "Seán", "Máire", "Pádraig", "Aoife", "Ciarán"], ["O'Brien", "Ó Súilleabháin", "O'Connor", "Ní Bhriain", "D'Arcy", "O'Neill"]),
    "sv": (["Åsa", "Björn", "Göran", "Märta", "Örjan", "Linnéa"], ["Åström", "Ångström", "Nordström", "Sjöberg", "Löfgren", "Bäckman"]),
    "tr": (["Çağla", "Gökhan", "Şükrü", "Ayşe", "Özlem", "İsmail"], ["Öztürk", "Şahin", "Çelik", "Güneş", "Doğan", "Yücel"]),
    "nl": (["Chloë", "Zoë", "Daniël", "Noël", "Anaïs", "Raphaël"], ["van Dijk", "D'Hondt", "de Ruyter", "Mertens", "Goossens", "Michiels"]),
}
SYL = {
    "de": (["jö", "ran", "bel", "mü", "käs", "tor"], ["ler", "mann", "rich"]),
    "fr": (["bé", "ran", "gè", "lo", "mé", "rau"], ["ère", "ot", "ié"]),
    "es": (["ñe", "bal", "cu", "ró", "ma", "tí"], ["ez", "ía", "ón"]),
    "pt": (["gão", "ri", "bal", "çu", "ma", "lé"], ["ães", "ão", "eira"]),
    "pl": (["wło", "rze", "ka", "ży", "bań", "mi"], ["ński", "łek", "ska"]),
    "cs": (["ře", "vla", "ší", "bo", "hrů", "za"], ["ák", "ová", "íček"]),
    "ie": (["bhá", "cai", "rí", "mó", "lan", "dú"], ["ín", "án", "ey"]),
    "sv": (["sjö", "lun", "bä", "ström", "al", "hå"], ["ström", "qvist", "gård"]),
    "tr": (["gü", "ça", "şen", "öz", "kar", "yıl"], ["oğlu", "can", "türk"]),
    "nl": (["ë", "bro", "van", "hë", "mar", "til"], ["ëls", "aërt", "ïn"]),
}
STREETS = {
    "de": ["Hauptstraße {n}", "Königsallee {n}", "Mühlenweg {n}", "Große Bäckerstraße {n}", "Schloßstraße {n}"],
    "fr": ["{n} rue de l'Église", "{n} avenue de la Libération", "{n} rue Hélène-Boucher", "{n} place Saint-Étienne"],
    "es": ["Calle de Núñez de Balboa {n}", "Avenida de la Peña {n}", "Calle Ibáñez {n}", "Plaza de España {n}"],
    "pt": ["Rua São João {n}", "Avenida da Conceição {n}", "Travessa do Açúcar {n}", "Rua Estêvão Pinto {n}"],
    "pl": ["ul. Źródlana {n}", "ul. Żółkiewskiego {n}", "ul. Świętokrzyska {n}", "ul. Łąkowa {n}"],
    "cs": ["Dvořákova {n}", "Náměstí Míru {n}", "Růžová {n}", "Šafaříkova {n}"],
    "ie": ["{n} O'Connell Street", "{n} Sráid an Phiarsaigh", "{n} D'Olier Street", "{n} Bóthar na Trá"],
    "sv": ["Åsgatan {n}", "Götgatan {n}", "Östra Långgatan {n}", "Sjövägen {n}"],
    "tr": ["Atatürk Bulvarı No: {n}", "Gül Sokağı {n}", "İstiklal Caddesi {n}", "Çiçek Sokak {n}"],
    "nl": ["Kaïrostraat {n}", "Rue d'Égypte {n}", "Noël Wijnantsstraat {n}", "Citroënstraat {n}"],
}
PHONE = {"de": "+49 30 {a} {b}", "fr": "+33 6 {a2} {b2}", "es": "+34 612 {a} {b}", "pt": "+351 912 {a} {b}",
         "pl": "+48 601 {a} {b}", "cs": "+420 603 {a} {b}", "ie": "+353 87 {a} {b}", "sv": "+46 70 {a} {b}",
         "tr": "+90 532 {a} {b2}", "nl": "+32 470 {a2} {b2}"}
DOMAINS = ["posteo.de", "orange.fr", "telefonica.es", "sapo.pt", "wp.pl", "seznam.cz", "eircom.net",
           "telia.se", "turkcell.com.tr", "telenet.be", "gmx.net", "proton.me"]
LANGS = list(REAL)

# look-alikes: non-PII words in the same letters (encoded the same ways)
NEG_PRODUCT = ["Crème Brûlée", "Citroën C4", "Nestlé Nescafé", "Pokémon Café", "Häagen-Dazs", "Škoda Octavia",
               "Mövenpick", "Löwenbräu", "Señorita Salsa", "Dacia Duster Økonomi", "Açaí Bowl", "Rosé Pamplemousse"]
NEG_PLACE = ["Zürich", "München", "São Paulo", "Montréal", "Kraków", "Malmö", "Düsseldorf", "Besançon",
             "A Coruña", "Göteborg", "Gdańsk", "Córdoba", "České Budějovice", "İzmir", "Liège"]
NEG_WORD = ["résumé", "naïve", "Übersicht", "Straßenbahn", "Größe", "Bestätigung", "façade", "piñata",
            "Café", "Déjà vu", "Säule", "Fußgängerzone", "coöperatie", "Señal", "Ångström-Einheit"]
NEG_ID = ["ORD-2026-04417", "INV/2025/0931", "SKU 4711-ÄÖ", "v2.14.3", "build 8812", "REQ-55120", "ticket #20931"]
NEG_PATH = ["/api/v2/users/export", "/files/Übersicht 2025.pdf", "/docs/café/menu.html", "/search/results?page=2"]


# ---- encodings -------------------------------------------------------------------------------------
def ent_named(s, nbsp=False):
    out = []
    for c in s:
        if c == " " and nbsp:
            out.append("&nbsp;")
        elif c == "'":
            out.append("&#39;")
        elif ord(c) > 127 and ord(c) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(c)])
        elif ord(c) > 127:
            out.append("&#%d;" % ord(c))
        elif c == "@":
            out.append(rng.choice(["&#64;", "&commat;", "@"]))
        elif c == "+":
            out.append(rng.choice(["&#43;", "+"]))
        else:
            out.append(c)
    return "".join(out)


def ent_num(s, hexa=False, nbsp=False):
    out = []
    for c in s:
        if ord(c) > 127 or c in "'@" or (c == " " and nbsp):
            n = 160 if c == " " else ord(c)
            out.append("&#x%X;" % n if hexa else "&#%d;" % n)
        else:
            out.append(c)
    return "".join(out)


def rtf(s, uni=False):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
            continue
        try:
            b = c.encode("cp1252")
        except UnicodeEncodeError:
            b = None
        if b and not uni:
            out.append("\\'%02x" % b[0])
        else:
            out.append("\\u%d?" % ord(c))
    return "".join(out)


ACC = {"\u0308": '"', "\u0301": "'", "\u0300": "`", "\u0302": "^", "\u0303": "~", "\u0327": "c", "\u030c": "v",
       "\u030a": "r", "\u0328": "k", "\u0306": "u", "\u030b": "H", "\u0307": "."}
LATEX_SPECIAL = {"ß": "\\ss{}", "ø": "{\\o}", "Ø": "{\\O}", "ł": "{\\l}", "Ł": "{\\L}", "æ": "{\\ae}", "œ": "{\\oe}",
                 "ı": "{\\i}", "İ": "\\.{I}"}


def latex(s, tie=False):
    style = rng.randrange(3)
    out = []
    for c in s:
        if c in LATEX_SPECIAL:
            out.append(LATEX_SPECIAL[c])
            continue
        d = unicodedata.normalize("NFD", c)
        if len(d) == 2 and d[1] in ACC:
            cmd, base = ACC[d[1]], d[0]
            if cmd.isalpha():
                out.append("\\%s{%s}" % (cmd, base))
            elif style == 0:
                out.append("\\%s%s" % (cmd, base))
            elif style == 1:
                out.append("\\%s{%s}" % (cmd, base))
            else:
                out.append("{\\%s%s}" % (cmd, base))
        elif c == " " and tie:
            out.append("~")
        else:
            out.append(c)
    return "".join(out)


def qp(s, word=False):
    out = []
    for c in s:
        if c == " " and word:
            out.append("_")
        elif ord(c) > 127 or c in "=?_" or (c in "@+" and word):
            out.append("".join("=%02X" % b for b in c.encode()))
        elif c == "@" and rng.random() < 0.5:
            out.append("=40")
        else:
            out.append(c)
    return "".join(out)


def pct(s, plus=True, twice=False):
    out = []
    for c in s:
        if c == " ":
            out.append("+" if plus else "%20")
        elif ord(c) > 127 or c in "@+'&=/":
            out.append("".join("%%%02X" % b for b in c.encode()))
        else:
            out.append(c)
    r = "".join(out)
    return r.replace("%", "%25") if twice else r


def jsonu(s):
    return "".join("\\u%04x" % ord(c) if ord(c) > 127 else c for c in s)


def sql(s):
    return s.replace("'", "''")


def shell_bare(s):
    return s.replace("'", "\\'").replace(" ", "\\ ")


def shell_dollar(s):
    return "".join("".join("\\x%02x" % b for b in c.encode()) if ord(c) > 127 else
                   ("\\'" if c == "'" else c) for c in s)


# ---- one person ------------------------------------------------------------------------------------
def person(lg):
    if rng.random() < 0.5:
        g, s = rng.choice(REAL[lg][0]), rng.choice(REAL[lg][1])
    else:
        syl, end = SYL[lg]
        g, s = invent_syllables(rng, syl, end, False), invent_syllables(rng, syl, end, True)
        if all(ord(c) < 128 for c in g + s):  # keep a letter the encoding changes
            s = s + rng.choice(end[:1]) if any(ord(c) > 127 for c in end[0]) else rng.choice(REAL[lg][1])
    n = rng.randint(2, 148)
    street = rng.choice(STREETS[lg]).format(n=n)
    d4 = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))  # noqa: E731
    phone = PHONE[lg].format(a=d4(3), b=d4(4), a2=d4(2) + " " + d4(2), b2=d4(2) + " " + d4(2))
    local = rng.choice(["{g}.{s}", "{g}{s}", "{g1}.{s}", "{s}.{g}"])
    # half the local parts keep the letters (internationalised), half fold them
    gl, sl = (g, s) if rng.random() < 0.5 else (fold(g), fold(s))
    mail = local.format(g=gl, s=sl, g1=gl[0]).lower().replace(" ", "").replace("'", "") + "@" + rng.choice(DOMAINS)
    return g, s, street, phone, mail


def negs(n):
    pool = ([("NEG_PRODUCT", x) for x in NEG_PRODUCT] + [("NEG_PLACE", x) for x in NEG_PLACE] +
            [("NEG_WORD", x) for x in NEG_WORD])
    return [rng.choice(pool) for _ in range(n)]


def neg_id():
    return rng.choice([("NEG_ID", x) for x in NEG_ID])


# ---- artefacts: each writes into p (P) with enc applied to every value --------------------------
def frame_html(lg, w, p):
    g, s, street, phone, mail = w
    k = rng.randrange(3)
    E = [lambda v, nb=False: ent_named(v, nb), lambda v, nb=False: ent_num(v, False, nb),
         lambda v, nb=False: ent_num(v, True, nb)][k]
    n1, n2, n3, n4 = negs(4)
    p.t('<div class="contact">\n<p>Hello, the delivery contact is <b>').s("PERSON", E(g + " " + s))
    p.t("</b> (not the " + E("Übersicht") + " team).</p>\n<p>Address: ").s("STREET_ADDRESS", E(street))
    p.t("<br>Phone: ").s("PHONE_NUMBER", E(phone, rng.random() < 0.6))
    mv = E(mail)
    p.t('<br>Mail: <a href="mailto:').s("EMAIL_ADDRESS", mv).t('">').s("EMAIL_ADDRESS", mv).t("</a></p>\n")
    p.t("<p>Ordered: ").s(n1[0], E(n1[1])).t(" &middot; pick-up in ").s("NEG_PLACE", E(rng.choice(NEG_PLACE)))
    p.t(" &middot; ref. ").s(*neg_id()).t("</p>\n<p>Thanks again, ").s("PERSON", E(s)).t("!</p>\n")
    p.t("<footer>&copy; 2026 ").s(n2[0], E(n2[1])).t(" &mdash; ").s(n3[0], E(n3[1])).t(" &amp; ")
    p.s(n4[0], E(n4[1])).t("</footer>\n</div>")
    return ["named", "decimal", "hex"][k]


def frame_xml(lg, w, p):
    g, s, street, phone, mail = w
    E = (lambda v: ent_num(v, rng.random() < 0.5))
    n1, n2, n3 = negs(3)
    p.t('<?xml version="1.0" encoding="US-ASCII"?>\n<customer id="C-%d">\n  <givenName>' % rng.randint(1000, 9999))
    p.s("PERSON", E(g)).t("</givenName>\n  <familyName>").s("PERSON", E(s)).t("</familyName>\n  <street>")
    p.s("STREET_ADDRESS", E(street)).t("</street>\n  <city>").s("NEG_PLACE", E(rng.choice(NEG_PLACE)))
    p.t("</city>\n  <phone>").s("PHONE_NUMBER", E(phone)).t("</phone>\n  <email>").s("EMAIL_ADDRESS", E(mail))
    p.t("</email>\n  <favourite>").s(n1[0], E(n1[1])).t("</favourite>\n  <note>").s(n2[0], E(n2[1]))
    p.t(", ").s(n3[0], E(n3[1])).t("</note>\n  <order>").s(*neg_id()).t("</order>\n</customer>")
    return "xml"


def frame_rtf(lg, w, p):
    g, s, street, phone, mail = w
    uni = rng.random() < 0.4
    n1, n2, n3 = negs(3)
    p.t("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\\f0\\fs22 ")
    p.t("{\\b Client:} ").s("PERSON", rtf(g + " " + s, uni)).t("\\par\n")
    p.t("Address: ").s("STREET_ADDRESS", rtf(street, uni)).t("\\par\nPhone: ")
    p.s("PHONE_NUMBER", rtf(phone.replace(" ", "\\~"), uni)).t("\\par\nE-mail: ").s("EMAIL_ADDRESS", rtf(mail, uni))
    p.t("\\par\nProduct: ").s(n1[0], rtf(n1[1], uni)).t("\\par\nBranch: ").s("NEG_PLACE", rtf(rng.choice(NEG_PLACE), uni))
    p.t("\\par\n{\\i ").s(n2[0], rtf(n2[1], uni)).t("} \\emdash  ").s(n3[0], rtf(n3[1], uni))
    p.t("\\par\nSigned: ").s("PERSON", rtf(s, uni)).t("\\par\n}")
    return "rtf-u" if uni else "rtf-hex"


def frame_latex(lg, w, p):
    g, s, street, phone, mail = w
    n1, n2, n3 = negs(3)
    p.t("\\documentclass{scrlttr2}\n\\setkomavar{fromname}{").s("PERSON", latex(g + " " + s, rng.random() < 0.5))
    p.t("}\n\\setkomavar{fromaddress}{").s("STREET_ADDRESS", latex(street, rng.random() < 0.5))
    p.t("\\\\ ").s("NEG_PLACE", latex(rng.choice(NEG_PLACE))).t("}\n\\setkomavar{fromphone}{")
    p.s("PHONE_NUMBER", phone.replace(" ", "~")).t("}\n\\setkomavar{fromemail}{\\href{mailto:")
    mv = latex(mail)
    p.s("EMAIL_ADDRESS", mv).t("}{").s("EMAIL_ADDRESS", mv).t("}}\n\\begin{document}\n\\begin{letter}{")
    p.s(n1[0], latex(n1[1])).t("}\n\\opening{Dear colleagues,}\nPlease find the \\emph{").s(n2[0], latex(n2[1]))
    p.t("} order (").s(*neg_id()).t(") and the ").s(n3[0], latex(n3[1])).t(" brochure attached.\n")
    p.t("\\closing{Kind regards, ").s("PERSON", latex(s)).t("}\n\\end{letter}\n\\end{document}")
    return "latex"


def qp_wrap(segs, p, width=76):
    """segs: (label or None, already-encoded text); wraps the body at width with soft breaks `=\\n`
    (never inside an `=XX` triple, never inside a phone or an e-mail); a value cut in two is one
    span per piece (a piece under two characters stays plain)."""
    col = 0
    for lab, text in segs:
        if lab in ("PHONE_NUMBER", "EMAIL_ADDRESS", "NEG_ID") and col + len(text) > width - 1:
            p.t("=\n")
            col = 0
        pieces, cur, i = [], "", 0
        while i < len(text):
            step = 3 if text[i] == "=" else 1
            if col + step > width - 1 and lab not in ("PHONE_NUMBER", "EMAIL_ADDRESS", "NEG_ID"):
                pieces.append(cur)
                cur, col = "", 0
            cur += text[i:i + step]
            col += step
            i += step
            if text[i - 1] == "\n":
                col = 0
        pieces.append(cur)
        for j, piece in enumerate(pieces):
            if j:
                p.t("=\n")
            if lab and len(piece) >= 2:
                p.s(lab, piece)
            else:
                p.t(piece)


def frame_mime(lg, w, p):
    g, s, street, phone, mail = w
    n1, n2, n3 = negs(3)
    bnd = "----=_Part_%d_%d.%d" % (rng.randint(100, 9999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))
    mid = "<%d.%d.JavaMail.%s@mx%02d.%s>" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10, 99), rng.choice(["app", "svc"]),
                                           rng.randint(1, 40), rng.choice(DOMAINS))
    p.t("From: =?UTF-8?Q?").s("PERSON", qp(g + " " + s, True)).t("?= <").s("EMAIL_ADDRESS", mail).t(">\n")
    p.t("To: =?UTF-8?Q?").s(n1[0], qp(n1[1], True)).t("?= <orders@shop.example>\n")
    p.t("Subject: =?UTF-8?Q?Lieferung_nach_").s("NEG_PLACE", qp(rng.choice(NEG_PLACE), True)).t("?=\n")
    p.t("Message-ID: ").s("NEG_ID", mid).t("\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"")
    p.s("NEG_ID", bnd).t("\"\n\n--").t(bnd).t("\nContent-Type: text/plain; charset=UTF-8\n")
    p.t("Content-Transfer-Encoding: quoted-printable\n\n")
    pad = " ".join(rng.choice(["please", "note", "that", "my", "details", "changed", "for", "the", "next", "order"])
                   for _ in range(rng.randint(2, 12)))
    segs = [(None, "Hello, " + pad + ": my name is "), ("PERSON", qp(g + " " + s)), (None, ", new address "),
            ("STREET_ADDRESS", qp(street)), (None, ", phone "), ("PHONE_NUMBER", qp(phone).replace("+", "=2B")),
            (None, ", mail "), ("EMAIL_ADDRESS", qp(mail)), (None, ". The "), (n2[0], qp(n2[1])),
            (None, " arrived broken, the "), (n3[0], qp(n3[1])), (None, " did not. Order "), neg_id(),
            (None, ".\n\nRegards,\n"), ("PERSON", qp(g + " " + s)), (None, "\n")]
    qp_wrap(segs, p)
    p.t("\n--").t(bnd).t("--")
    return "mime-qp"


def frame_url(lg, w, p):
    g, s, street, phone, mail = w
    n1, n2 = negs(2)
    twice = rng.random() < 0.3
    p.t("GET /crm/search?q=").s("PERSON", pct(g + " " + s, rng.random() < 0.5)).t("&city=")
    p.s("NEG_PLACE", pct(rng.choice(NEG_PLACE))).t("&page=2 HTTP/1.1\nHost: crm.internal\n\n")
    p.t("POST /checkout HTTP/1.1\nHost: shop.internal\nContent-Type: application/x-www-form-urlencoded\n\n")
    p.t("first_name=").s("PERSON", pct(g)).t("&last_name=").s("PERSON", pct(s)).t("&street=")
    p.s("STREET_ADDRESS", pct(street)).t("&phone=").s("PHONE_NUMBER", pct(phone)).t("&email=")
    p.s("EMAIL_ADDRESS", pct(mail, twice=twice)).t("&product=").s(n1[0], pct(n1[1])).t("&gift_note=")
    p.s(n2[0], pct(n2[1])).t("&next=").s("NEG_PATH", pct(rng.choice(NEG_PATH), twice=twice)).t("&order=")
    p.s(*neg_id()).t("\n")
    return "url-form-twice" if twice else "url-form"


def frame_json(lg, w, p):
    g, s, street, phone, mail = w
    n1, n2, n3 = negs(3)
    J = (lambda v: jsonu(v).replace("\\", "\\\\"))
    p.t('Tool result from crm_update:\n{"id":"call_%d","type":"function","function":{"name":"crm_update","arguments":"{'
        % rng.randint(10 ** 5, 10 ** 6))
    p.t('\\"customer\\":{\\"name\\":\\"').s("PERSON", J(g + " " + s)).t('\\",\\"street\\":\\"')
    p.s("STREET_ADDRESS", J(street)).t('\\",\\"city\\":\\"').s("NEG_PLACE", J(rng.choice(NEG_PLACE)))
    p.t('\\",\\"phone\\":\\"').s("PHONE_NUMBER", J(phone.replace(" ", "\u00a0") if rng.random() < 0.5 else phone))
    p.t('\\",\\"email\\":\\"').s("EMAIL_ADDRESS", J(mail)).t('\\"},\\"items\\":[\\"').s(n1[0], J(n1[1]))
    p.t('\\",\\"').s(n2[0], J(n2[1])).t('\\"],\\"note\\":\\"').s(n3[0], J(n3[1])).t('\\",\\"order\\":\\"')
    p.s(*neg_id()).t('\\"}"}}')
    return "json-in-json"


def frame_sql(lg, w, p):
    g, s, street, phone, mail = w
    n1, n2 = negs(2)
    uesc = rng.random() < 0.4
    Q = ((lambda v: "".join("\\%04x" % ord(c) if ord(c) > 127 else c for c in sql(v))) if uesc else sql)
    pre = "U&'" if uesc else "'"
    p.t("INSERT INTO customers (first_name, last_name, street, phone, email, product, city, order_ref)\nVALUES (")
    p.t(pre).s("PERSON", Q(g)).t("', ").t(pre).s("PERSON", Q(s)).t("', ").t(pre).s("STREET_ADDRESS", Q(street))
    p.t("', '").s("PHONE_NUMBER", phone).t("', '").s("EMAIL_ADDRESS", mail).t("', ").t(pre).s(n1[0], Q(n1[1]))
    p.t("', ").t(pre).s("NEG_PLACE", Q(rng.choice(NEG_PLACE))).t("', '").s(*neg_id()).t("');\n")
    p.t("SELECT id FROM customers WHERE full_name = ").t(pre).s("PERSON", Q(g + " " + s)).t("' AND note <> ")
    p.t(pre).s(n2[0], Q(n2[1])).t("';")
    return "sql-uescape" if uesc else "sql"


def frame_shell(lg, w, p):
    g, s, street, phone, mail = w
    n1, n2, n3 = negs(3)
    p.t("$ bash -x ./sync_contact.sh\n+ CUSTOMER=$'").s("PERSON", shell_dollar(g + " " + s)).t("'\n")
    p.t("+ STREET=").s("STREET_ADDRESS", shell_bare(street)).t("\n+ export CITY=$'")
    p.s("NEG_PLACE", shell_dollar(rng.choice(NEG_PLACE))).t("'\n+ curl -s -X POST https://crm.internal/api/contacts ")
    p.t("--data-urlencode 'name=").s("PERSON", (g + " " + s).replace("'", "'\\''")).t("' --data 'email=")
    p.s("EMAIL_ADDRESS", pct(mail)).t("&phone=").s("PHONE_NUMBER", pct(phone)).t("'\n+ echo ")
    p.s("PERSON", shell_bare(s)).t(" synced\n+ echo 'product: ").s(n1[0], n1[1].replace("'", "'\\''"))
    p.t("'\n+ printf '%s\\n' $'").s(n2[0], shell_dollar(n2[1])).t("' ").s(n3[0], shell_bare(n3[1]))
    p.t("\n+ git tag ").s(*neg_id()).t("\n")
    return "shell"


FRAMES = [frame_html, frame_xml, frame_rtf, frame_latex, frame_mime, frame_url, frame_json, frame_sql, frame_shell]
ASKS = ["Extract the contact details from this.", "What is wrong with this record?",
        "Clean this up and tell me what it says.", "Decode this and summarise it."]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(3):
        for lg in LANGS:
            for fr in FRAMES:
                w = person(lg)
                p = P()
                cls = fr(lg, w, p)
                gold = sum(1 for sp in p.spans if not sp["entity_type"].startswith("NEG_"))
                extra = negs(max(0, 2 * gold - len(p.spans)))
                if extra:  # look-alikes at least as many as the values, in plain text after
                    p.t("\n\nAlso mentioned: ")
                    for e, (lab, v) in enumerate(extra):
                        p.t(", " if e else "").s(lab, v)
                    p.t(".")
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                body, spans = ask_body(api, ASKS[n % len(ASKS)], p.text, p.spans, ascii_, n % 2 == 0)
                append_body(records, body, spans, {"locale": lg, "class": cls, "family": fr.__name__[6:],
                                                   "api": api, "ascii": ascii_})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
