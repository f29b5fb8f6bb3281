#!/usr/bin/env python3
"""gen_chars58.py: values wrapped or hyphenated across lines in text copied out of PDFs, mail
clients and terminals (stop 58).

Written from chars57's and wrap54-56's notes ("Left") and from the way copied text looks, not from
hush's rules. Each record is a paragraph or two of ordinary text in one of 10 languages, holding
e-mails, phones, IBANs, cards, people and streets (two or three) beside as many look-alikes, and
laid out by one writer:

  fold    hard wrap at 64/72/76/80 columns counted in characters (umlauts, accents, CJK, emoji and
          entities in the lines before the value, and inside it: IDN local parts, no-break spaces,
          full-width digits, `&#64;`), the cut anywhere inside the value;
  cells   a terminal copy at 80 cells: CJK and emoji take two cells, so a line of them is shorter
          in characters than its neighbours;
  render  an HTML mail wrapped as rendered (`&auml;` one column), copied as its source;
  quote   a reply re-wrapped with `> ` / `> > ` on every line, the width counting the marks;
  pdf     justified lines (double spaces), the value cut by a line-end hyphen, a soft hyphen
          U+00AD before the break, or a bare break; names and street words hyphenated at a
          syllable (`Haupt-` / `straße`), ligatures U+FB00-FB04 in the text, the name or e-mail;
  obf     e-mails hidden the ways people write them (`x@host . tld`, `x[@]host(.)tld`, at/dot
          words of 8 languages in brackets, `&#X40;`), hard-wrapped as fold does.

Gold: one span per piece of 3+ characters where a value is cut (metadata.pieces lists them); a
line-end hyphen added by the writer and the break belong to no piece. Look-alikes (NEG_ spans, one
per value, cut the same ways): hyphenated ordinary words, order and ticket ids, versions, hashes,
UUIDs, URLs, documented example addresses, 16-digit numbers that fail Luhn. Request bodies of four
APIs, a third `\\uXXXX`-escaped. metadata.class is "<writer>/<kinds>", metadata.shapes each
value's kind:form:cut. Deterministic: python3 gen_chars58.py > data/chars58.json
"""
import random
import unicodedata
from html.entities import codepoint2name

from gen_bodies import ask_body, append_body
from gen_common import write_json
import gen_chars_common as cc

R = random.Random(5858)
LANGS = ["de", "fr", "es", "pl", "cs", "hu", "tr", "sv", "it", "nl"]

# ---- ordinary words: the filler of each language, with its own letters --------------------------
WORDS = {
    # no person in the filler: every person of a record is a gold span
    "de": "bitte die Unterlagen für morgen prüfen wir haben Änderungen übernommen Grüße aus Köln "
          "nächste Woche größere Lieferung außerdem Rückfrage zum Vertrag Maßnahmen schön",
    "fr": "merci de vérifier les coordonnées reçues hier déjà envoyées à l'équipe après la réunion "
          "prévue très bientôt à Besançon où nous étions ça marche comme convenu",
    "es": "por favor revise los datos de contacto la señora envió la información añadida ayer "
          "según lo acordado en la reunión del miércoles también pequeño cambio",
    "pl": "proszę sprawdzić dane kontaktowe które przesłał kolega w środę żółty formularz "
          "został już zaktualizowany dziękuję bardzo pozdrawiam z Łodzi",
    "cs": "prosím zkontrolujte údaje které poslal kolega ve středu změny jsou již uloženy "
          "děkuji pěkný den z Brna přeji vše nejlepší",
    "hu": "kérem ellenőrizze az adatokat amelyeket a kolléga küldött szerdán a változások már "
          "elmentve köszönöm szépen üdvözlettel Győrből",
    "tr": "lütfen iletişim bilgilerini kontrol edin müdür çarşamba gönderdi değişiklikler "
          "kaydedildi teşekkürler iyi günler İzmir'den selamlar",
    "sv": "vänligen kontrollera kontaktuppgifterna som kollegan skickade i onsdags ändringarna är "
          "sparade tack så mycket hälsningar från Göteborg",
    "it": "per favore verifichi i dati che il collega ha inviato mercoledì le modifiche sono "
          "già salvate grazie mille cordiali saluti da Forlì perché così",
    "nl": "graag de contactgegevens controleren die de collega woensdag stuurde de wijzigingen "
          "zijn al opgeslagen bedankt groeten uit het kantoor één keer",
}
WORDS = {lg: s.split() for lg, s in WORDS.items()}
EXTRA = ["東京", "会議室", "担当者", "確認済み", "🙂", "👍", "📎", "✅", "—", "…", "«OK»", "№5",
         "&auml;", "&eacute;", "&nbsp;", "&amp;", "„ja“", "½", "°C"]
ASK = {"de": "Bitte die Kontaktdaten aus diesem Text übernehmen:", "fr": "Merci de reprendre les "
       "coordonnées de ce texte :", "es": "Extrae los datos de contacto de este texto:",
       "pl": "Proszę przepisać dane kontaktowe z tego tekstu:", "cs": "Přepište prosím kontakty z "
       "tohoto textu:", "hu": "Kérem, vegye át a kapcsolati adatokat ebből a szövegből:",
       "tr": "Bu metindeki iletişim bilgilerini aktarın:", "sv": "För över kontaktuppgifterna "
       "från den här texten:", "it": "Riporta i contatti da questo testo:",
       "nl": "Neem de contactgegevens uit deze tekst over:"}
LABEL = {  # de fr es pl cs hu tr sv it nl
    "email": "E-Mail: | courriel : | correo: | e-mail: | e-mail: | e-mail: | e-posta: | e-post: "
             "| e-mail: | e-mail:",
    "phone": "Tel. | tél. | tel. | tel. | tel. | tel.: | tel: | tfn | tel. | tel.",
    "iban": "IBAN | IBAN : | IBAN: | IBAN: | IBAN: | IBAN: | IBAN: | IBAN: | IBAN: | IBAN:",
    "card": "Karte | carte | tarjeta | karta | karta | kártya: | kart: | kort: | carta | kaart:",
    "name": "Ansprechpartner: | contact : | contacto: | osoba: | kontakt: | ügyintéző: | "
            "yetkili: | kontakt: | referente: | contactpersoon:",
    "street": "Adresse: | adresse : | dirección: | adres: | adresa: | cím: | adres: | adress: | "
              "indirizzo: | adres:",
}
LABEL = {k: [x.strip() for x in v.split("|")] for k, v in LABEL.items()}
ENT = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "card": "CREDIT_CARD",
       "iban": "IBAN_CODE", "name": "PERSON", "street": "STREET_ADDRESS"}

# ---- values --------------------------------------------------------------------------------------
PEOPLE = [("Jürgen", "Großmann"), ("Zoë", "Núñez"), ("Łukasz", "Wójcik"), ("Søren", "Ærøe"),
          ("Ece", "Çağlar"), ("Ráhel", "Szőke"), ("Jiří", "Dvořák"), ("Åsa", "Lindström"),
          ("Nicolò", "Brancaleoni"), ("Maëlle", "Thibaudeau"), ("Steffi", "Koffler"),
          ("Fiona", "Pfeiffer"), ("Olaf", "Hoffmann"), ("Raffaella", "Schiffmann"),
          ("Désirée", "Kaufmann-Eberl"), ("Agnieszka", "Przybylska"), ("Zsófia", "Halmágyi"),
          ("Tomáš", "Procházka"), ("İlkay", "Öztürk"), ("Björn", "Ekström")]
HYPH_NAMES = {"Großmann": 4, "Brancaleoni": 6, "Thibaudeau": 5, "Koffler": 3, "Pfeiffer": 5,
              "Hoffmann": 3, "Schiffmann": 6, "Kaufmann-Eberl": 4, "Przybylska": 6,
              "Halmágyi": 3, "Procházka": 5, "Lindström": 5, "Ekström": 2, "Wójcik": 3}
STREETS = [("Haupt", "straße", " 12"), ("Mühlen", "weg", " 7a"), ("Bahnhof", "straße", " 41"),
           ("Schiller", "gasse", " 3"), ("Rue de l'", "Église", " 14"), ("Calle ", "Peñalver", " 9"),
           ("ulica ", "Źródlana", " 3/5"), ("Kungs", "gatan", " 21"), ("Váci ", "utca", " 18"),
           ("Karlovo ", "náměstí", " 5"), ("Via dei ", "Giardini", " 28"),
           ("Kerk", "straat", " 112"), ("Lindenhof", "allee", " 6"), ("Atatürk ", "Caddesi",
                                                                       " No. 44"),
           ("Sankt Eriks", "gatan", " 9"), ("Friedrich-Ebert-", "Straße", " 120")]
HOSTS = ["posteo.de", "gmx.at", "laposte.net", "correo.es", "wp.pl", "seznam.cz", "freemail.hu",
         "ttmail.com.tr", "telia.se", "libero.it", "ziggo.nl", "mailbox.org"]
OBF = {  # at, dot: 8 languages
    "de": ("ät", "punkt"), "fr": ("arobase", "point"), "es": ("arroba", "punto"),
    "pl": ("małpa", "kropka"), "cs": ("zavináč", "tečka"), "hu": ("kukac", "pont"),
    "it": ("chiocciola", "punto"), "nl": ("apenstaartje", "punt")}
LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def ligatures(s):
    for a, b in LIG:
        s = s.replace(a, b)
    return s


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("Æ", "Ae").replace("æ", "ae").replace("ø", "o").replace(
        "Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def entities(s):
    """s as an HTML mail's source writes it: its own letters as named entities."""
    return "".join("&%s;" % codepoint2name[ord(c)] if ord(c) > 127 and ord(c) in codepoint2name
                   else c for c in s)


def fullwidth_digits(s):
    return "".join(chr(0xFF10 + ord(c) - 48) if c.isdigit() else c for c in s)


def email(lg, writer):
    g, f = R.choice(PEOPLE)
    k = R.randrange(6)
    form = "plain"
    local = (g + R.choice([".", "", "_", "-"]) + f).lower()
    if k == 0:
        form = "idn"  # an address with its own letters (EAI)
    else:
        local = ascii_fold(local).replace("-eberl", "")
    host = R.choice(HOSTS)
    if k == 1 or (writer == "pdf" and R.random() < 0.4 and any(a in local for a, _ in LIG)):
        local, form = ligatures(local), "lig"
    if writer == "obf" or (k == 2 and writer != "pdf"):
        j = R.randrange(5)
        if j == 0:
            return local + "@" + host.replace(".", " . "), "spdot"
        if j == 1:
            return local + "[@]" + host.replace(".", R.choice(["(.)", "[.]"])), "defang"
        if j == 2:
            at, dot = OBF.get(lg, OBF["de"])
            o, c = R.choice([("(", ")"), ("[", "]"), ("{", "}")])
            return local + " %s%s%s " % (o, at, c) + host.replace(".", " %s%s%s " % (o, dot, c)), \
                "words"
        if j == 3:
            return local + R.choice(["&#X40;", "&#x40;", "&#064;", "&commat;"]) + host, "entity"
        return local + " @ " + host, "spat"
    if k == 3:
        return local + "@" + host, "plain"
    return local + "@" + host, form


def grouped(kind):
    if kind == "phone":
        gs = cc.phone_groups(R, nl=True)
    elif kind == "card":
        gs = cc.card_groups(R, ["4", "51", "52", "53", "54", "55", "2221", "6011"])
    else:
        gs = cc.iban_groups(R, {"DE": 18, "FR": 23, "ES": 20, "PL": 24, "CZ": 20, "HU": 24,
                                "TR": 22, "SE": 20, "IT": 23, "NL": 14, "AT": 16})
    sep = R.choice([" ", " ", " ", "\u00a0", "\u202f", "-"] if kind != "iban" else
                   [" ", " ", "\u00a0", "\u202f"])
    v = sep.join(gs)
    form = {" ": "space", "\u00a0": "nbsp", "\u202f": "nnbsp", "-": "dash"}[sep]
    if kind != "iban" and R.random() < 0.15:
        v, form = fullwidth_digits(v), form + "+fw"
    return v, form


def person(writer):
    g, f = R.choice(PEOPLE)
    v, form = g + " " + f, "name"
    if writer == "pdf" and R.random() < 0.5:
        v2 = ligatures(v)
        if v2 != v:
            v, form = v2, "lig"
    return v, form


def street():
    a, b, n = R.choice(STREETS)
    return a + b + n, "street"


def value(kind, lg, writer):
    if kind == "email":
        return email(lg, writer)
    if kind == "name":
        return person(writer)
    if kind == "street":
        return street()
    return grouped(kind)


# ---- look-alikes ---------------------------------------------------------------------------------
HYPH_WORDS = ["Versicherungs-nummer", "Lieferanten-verzeichnis", "Kunden-dienst",
              "Bahnhofs-vorplatz", "renseigne-ments", "coordon-nées", "informa-ción",
              "zaktualizo-wany", "kontakt-uppgifter", "Haupt-versammlung", "Straßen-bahn",
              "Telefon-konferenz", "Mühlen-bäckerei", "gegevens-beheer", "değişiklik-ler"]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def neg():
    k = R.randrange(9)
    if k == 0:
        return "NEG_WORD", R.choice(HYPH_WORDS).replace("-", ""), "word"
    if k == 1:
        return "NEG_ID", "ORD-%d-%04d-%04d" % (R.randint(2024, 2026), R.randint(0, 9999),
                                               R.randint(0, 9999)), "order"
    if k == 2:
        return "NEG_VERSION", "%d.%d.%d-rc.%d+build.%d" % (R.randint(1, 20), R.randint(0, 40),
                                                          R.randint(0, 300), R.randint(1, 9),
                                                          R.randint(100, 9999)), "version"
    if k == 3:
        return "NEG_HASH", hexs(40), "sha1"
    if k == 4:
        return "NEG_UUID", "-".join(hexs(n) for n in (8, 4, 4, 4, 12)), "uuid"
    if k == 5:
        return "NEG_URL", "https://wiki.%s/kontakt/%s-%d" % (R.choice(HOSTS), R.choice(
            ["formular", "übersicht", "impressum", "datenschutz"]), R.randint(10, 999)), "url"
    if k == 6:
        g, f = R.choice(PEOPLE)
        return "NEG_EXAMPLE", ascii_fold(g).lower() + "." + ascii_fold(f).lower().replace(
            "-eberl", "") + "@example." + R.choice(["com", "org", "net"]), "example"
    if k == 7:
        while True:
            d = "".join(R.choice("0123456789") for _ in range(16))
            t = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                    for i, c in enumerate(reversed(d)))
            if t % 10:
                return "NEG_ID", " ".join(d[i:i + 4] for i in range(0, 16, 4)), "nonluhn"
    return "NEG_ID", "TCK-%s-%s" % (hexs(6).upper(), "".join(R.choice("0123456789")
                                                             for _ in range(8))), "ticket"


NEG_LABEL = {"NEG_WORD": "", "NEG_ID": "Ref.", "NEG_VERSION": "Version", "NEG_HASH": "commit",
             "NEG_UUID": "id", "NEG_URL": "", "NEG_EXAMPLE": "z. B.", "NEG_ENTITY": ""}


# ---- measuring and laying out lines --------------------------------------------------------------
def units(s):
    """s as the units a writer never cuts: an entity (`&auml;`) is one, else a character."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "&":
            j = s.find(";", i)
            if 0 < j - i <= 9 and s[i + 1:j].replace("#", "").isalnum():
                out.append(s[i:j + 1])
                i = j + 1
                continue
        out.append(s[i])
        i += 1
    return out


def w_chars(u):
    return len(u)


def w_cells(u):
    return 2 if len(u) == 1 and (unicodedata.east_asian_width(u) in "WF" or ord(u) > 0xFFFF) \
        else len(u)


def w_render(u):
    return 1


class Lines:
    """Lines of a width: segments (text, label, value id) per line; a line's width is measured
    by the writer's measure (characters, terminal cells, rendered characters)."""

    def __init__(self, width, measure, writer):
        self.width, self.measure, self.writer = width, measure, writer
        self.justify = writer == "pdf"
        self.lines, self.cur, self.col = [], [], 0

    def wid(self, s):
        return sum(self.measure(u) for u in units(s))

    def put(self, s, label=None, vid=None):
        self.cur.append([s, label, vid])
        self.col += self.wid(s)

    def newline(self, mark="", hard=False):
        if mark:
            self.put(mark)
        self.lines.append((self.cur, hard))
        self.cur, self.col = [], 0

    def word(self, s, lg, label=None, vid=None, fold=False):
        """a word (or a whole value) after a space: to the next line when it does not fit, or
        with fold, cut at the width wherever it falls."""
        sp = " " if self.col else ""
        if fold:
            if self.col >= self.width:  # fold -w: the space opens the next line
                self.newline()
            self.put(sp)
            us = units(s)
            while us:
                room = self.width - self.col
                n, used = 0, 0
                while n < len(us) and used + self.measure(us[n]) <= room:
                    used += self.measure(us[n])
                    n += 1
                if n == len(us):
                    self.put("".join(us), label, vid)
                    return
                if n:
                    self.put("".join(us[:n]), label, vid)
                us = us[n:]
                self.newline()
            return
        if self.col + len(sp) + self.wid(s) > self.width:
            self.newline()
            sp = ""
        self.put(sp + s if not label else sp)
        if label:
            self.put(s, label, vid)

    def fill_to(self, target, lg):
        """ordinary words until the column is target exactly (spaces doubled where a word
        would not fit), on a new line when the current one is already past it."""
        if self.col > target - 1:
            while self.col < self.width - 12:
                self.word(word(lg, self.writer, False), lg)
            self.newline()
        pool = [word(lg, self.writer, False) for _ in range(6)] + EXTRA
        while True:
            room = target - self.col - (1 if self.col else 0)
            fits = [x for x in pool if self.wid(x) + 1 <= room]
            fits = [x for x in fits if x not in EXTRA] or fits
            if room <= 6 or not fits:
                break
            w = word(lg, self.writer, True)
            self.put((" " if self.col else "") + (w if w in fits else R.choice(fits)))
        gaps = [s for s in self.cur if s[0].startswith(" ") and s[1] is None]
        while self.col < target:  # justified: double the gaps, then pad before the value
            if gaps:
                g = gaps.pop(R.randrange(len(gaps)))
                g[0] = " " + g[0]
                self.col += 1
            else:
                self.put(" ")

    def render(self, nl, prefix):
        out, spans, groups, segn = "", [], {}, {}
        for li, (segs, hard) in enumerate(self.lines + [(self.cur, True)]):
            if not segs:
                continue
            gaps = [s for s in segs if s[0].startswith(" ") and s[1] is None]
            short = self.width - sum(self.wid(s[0]) for s in segs)
            while self.justify and not hard and gaps and 0 < short < 12:
                g = gaps[short % len(gaps)]  # justified: spaces added between words
                g[0] = " " + g[0]
                short -= 1
            out += prefix
            for s, label, vid in segs:
                a, b = len(out) + len(s) - len(s.lstrip()), len(out) + len(s.rstrip())
                out += s
                if label:
                    segn[vid] = segn.get(vid, 0) + 1
                if label and b - a >= 3:
                    groups.setdefault(vid, []).append(len(spans))
                    spans.append({"entity_type": label, "entity_value": out[a:b],
                                  "start_position": a, "end_position": b})
            out += nl
        pieces = sorted(i for v, g in groups.items() if segn[v] > 1 for i in g)  # a cut value
        return out, spans, pieces


# ---- writers ---------------------------------------------------------------------------------------
def cut_points(v, kind, writer):
    """where a writer may cut v: anywhere between units for a hard wrap; for a PDF, between
    letters or digits (a hyphen added) or at a space inside the value."""
    us = units(v)
    pos, acc = [], 0
    for i, u in enumerate(us[:-1]):
        acc += len(u)
        pos.append((acc, us[i], us[i + 1]))
    if writer != "pdf":
        return [p for p, a, b in pos if 0 < p < len(v)]
    if kind == "name":
        f = v.split(" ", 1)[1]
        if R.random() < 0.6 and len(f) >= 6:  # a syllable of the surname
            return [v.index(" ") + 1 + min(HYPH_NAMES.get(f, len(f) // 2), len(f) - 3)]
        return [v.index(" ")]
    if kind == "street":
        for a, b, n in STREETS:
            if v.startswith(a + b):
                return [len(a.rstrip())] if a.endswith(" ") else [len(a)]
    return [p for p, a, b in pos if a.isalnum() and b.isalnum() or a == " "]


def place(L, lg, kind, label, ent, v, vid, writer, prefix_len):
    """a value on the lines, cut at the width (most often) or whole."""
    cuts = cut_points(v, kind, writer)
    if not cuts or R.random() < 0.12:
        if label:
            L.word(label, lg)
        L.word(v, lg, ent, vid, fold=writer != "pdf")
        return "whole"
    k = R.choice(cuts)
    head, tail = v[:k], v[k:]
    mark = ""
    if writer == "pdf":
        if head.endswith(" ") or tail.startswith(" "):
            head, tail = head.rstrip(), tail.lstrip()
        elif head[-1] == "-" or not head[-1].isalnum():
            pass  # the value's own hyphen (or an apostrophe) ends the line
        else:
            mark = R.choice(["-", "-", "\u00ad", ""])
    target = L.width - L.wid(head) - L.wid(mark) - 1 - (L.wid(label) + 1 if label else 0)
    if target < 8:
        if label:
            L.word(label, lg)
        L.word(v, lg, ent, vid, fold=writer != "pdf")
        return "whole"
    L.fill_to(target, lg)
    L.put((" " + label if label else "") + " ")
    L.put(head, ent, vid)
    L.newline(mark, hard=True)
    L.put(tail, ent, vid)
    cut = {"": "break", "-": "hyphen", "\u00ad": "shy"}[mark]
    return "%s@%d" % (cut, k) if len(head) > 2 and len(tail) > 2 else "%s@edge" % cut


WIDTHS = [64, 72, 76, 80]


NEXT = {}


def word(lg, writer, extra):
    """the language's words in their order (a sentence, again), now and then a sign, a CJK word,
    an emoji or an entity"""
    if extra and R.random() < 0.18:
        w = R.choice(EXTRA)
    else:
        i = NEXT.get(lg, R.randrange(len(WORDS[lg])))
        NEXT[lg] = (i + 1) % len(WORDS[lg])
        w = WORDS[lg][i]
    return entities(w) if writer == "render" else w


def document(lg, writer, kinds):
    width = R.choice(WIDTHS) if writer != "cells" else 80
    prefix = ""
    if writer == "quote":
        prefix = R.choice(["> ", "> ", "> > ", ">> "])
    measure = {"cells": w_cells, "render": w_render}.get(writer, w_chars)
    L = Lines(width - len(prefix), measure, writer)
    items = []
    for kind in kinds:
        v, form = value(kind, lg, writer)
        if writer == "render" and kind in ("name", "street", "email") and v != entities(v):
            v, form = entities(v), form + "+ent"
        nl_, nv, nform = neg()
        items.append((kind, v, form))
        items.append((nl_, nv, nform))
    R.shuffle(items)
    # a line or two of ordinary text first, so the width shows in full lines
    for _ in range(R.randint(14, 30)):
        L.word(word(lg, writer, R.random() < 0.3), lg, fold=writer != "pdf")
    shapes = []
    for vid, (kind, v, form) in enumerate(items):
        if kind.startswith("NEG_"):
            ent, label = kind, NEG_LABEL.get(kind, "")
        else:
            ent = ENT[kind]
            label = LABEL[kind][LANGS.index(lg)] if R.random() < 0.75 else ""
        how = place(L, lg, "neg" if kind.startswith("NEG_") else kind, label, ent, v, vid, writer,
                    len(prefix))
        shapes.append("%s:%s:%s" % (kind.lower(), form, how))
        for _ in range(R.randint(3, 12)):
            L.word(word(lg, writer, True), lg, fold=writer != "pdf")
    nl = "\r\n" if R.random() < 0.25 else "\n"
    text, spans, pieces = L.render(nl, prefix)
    return text, spans, pieces, {"width": width, "newline": "crlf" if nl == "\r\n" else "lf",
                                 "prefix": prefix, "shapes": shapes}


WRITERS = ["fold", "cells", "render", "quote", "pdf", "obf"]
KIND_MIX = ["email"] * 4 + ["phone"] * 3 + ["iban"] * 2 + ["card"] * 2 + ["name"] * 2 + \
    ["street"] * 2


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for writer in WRITERS:
        for _ in range(80):
            lg = LANGS[(n + n // len(LANGS)) % len(LANGS)]
            if writer == "obf":
                kinds = ["email"] + [k for k in [R.choice(KIND_MIX)] if k != "email"]
            else:
                kinds = []
                for _ in range(R.choice([2, 2, 3])):
                    k = R.choice(KIND_MIX)
                    if k not in kinds:
                        kinds.append(k)
            text, spans, pieces, meta = document(lg, writer, kinds)
            ascii_ = n % 3 == 0
            api = apis[n % 4]
            body, bspans = ask_body(api, ASK[lg], text, spans, ascii_, n % 2 == 1)
            meta.update({"locale": lg, "class": writer + "/" + "+".join(kinds), "api": api,
                         "ascii": ascii_, "family": writer, "pieces": pieces})
            append_body(records, body, bspans, meta)
            n += 1
    write_json(records)


main()
