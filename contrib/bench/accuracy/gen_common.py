"""gen_common.py: the helpers that the accuracy corpora's tune generators share.

Month and weekday names, the English ordinal, the record and span writers (presidio-research's
JSON shape with code-point offsets), a left-to-right record builder (`Doc`), syllable-built
invented names, and the JSON output. Moved here from the generators that repeated them, word for
word: every corpus a generator writes stays byte-identical (check_corpora.py regenerates each one
and compares). So nothing here may change its output or the order in which it draws random
numbers; a generator that needs something different keeps its own copy.

Helpers that draw random numbers take the generator's own `random.Random` as their first
argument: each corpus keeps its own seed and its own stream. Python stdlib only.

Not used by the blind or historic generators (gen_names_holdout*.py): those are frozen as they
were written. A generator imports it as `from gen_common import ...`: Python puts a script's own
folder on the path. That includes the head of gen_variants.py that check_corpora.py, gen_shapes.py
and gen_shapes2.py exec, so this file must stay importable from there.
"""
import json
import sys
import unicodedata

# Month names in the seven languages of the NAMES pack's corpora, lower-case where the language
# writes them so inside a date.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}
# The month as it stands inside a date, in seventeen languages: MONTHS and the genitive or
# partitive where the language inflects it (the dates-of-birth generators' table).
MONTH_WORDS = dict(MONTHS)
MONTH_WORDS.update({k: v.split() for k, v in {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október "
          "november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
          "decembrie",
    "el": "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou "
          "Oktovriou Noemvriou Dekemvriou",
}.items()})
# The three-letter months of passports' machine-readable and visual zones (ICAO 9303).
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
# Weekdays, Monday first.
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}


# The base-62 alphabet of API keys and tokens.
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def ordinal_en(d):
    """4 -> "4th", 22 -> "22nd", 13 -> "13th"."""
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def random_ymd(rng, lo, hi):
    """A year in lo..hi, a month and a day that every month has."""
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def digit_draws(rng):
    """(pick, dg, nz) drawing from rng: pick(*xs) one of xs, dg(n, first) n digits whose first
    is one of `first`, nz(n) n digits with no leading zero (the phone and field generators')."""
    def pick(*xs):
        return rng.choice(xs)

    def dg(n, first="0123456789"):
        return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))

    def nz(n):
        return dg(n, "123456789")
    return pick, dg, nz


# ---- records and spans --------------------------------------------------------------------------
def span_at(text, label, value):
    """The gold span of `value` appended right after `text` (key order as the corpora have it)."""
    return {"entity_type": label, "entity_value": value, "start_position": len(text),
            "end_position": len(text) + len(value)}


def assemble(parts):
    """parts: strings and (label, value) pairs, in text order -> (text, spans)."""
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append(span_at(text, p[0], p[1]))
            text += p[1]
        else:
            text += p
    return text, spans


def check_spans(text, spans):
    """Every span's text at its offsets is its entity_value (a generator's own bug otherwise)."""
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]


def record(text, spans, template_id, metadata):
    return {"full_text": text, "spans": spans, "template_id": template_id, "metadata": metadata}


def append_record(records, text, spans, loc, cls):
    """Checks the spans and appends the record; its template_id is its index modulo 100."""
    check_spans(text, spans)
    records.append(record(text, spans, len(records) % 100, {"locale": loc, "class": cls}))


def walk_template(template, text, slot):
    """template left to right: text(s) for the text between placeholders, slot(KEY) for each
    {KEY}."""
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            text(template[i:])
            break
        text(template[i:j])
        k = template.index("}", j)
        slot(template[j + 1:k])
        i = k + 1


class Doc:
    """A record written left to right: t() appends text, span() a labelled value at its offsets,
    fill() a template with {KEY} placeholders, done() checks the spans and appends the record to
    the generator's list. A generator subclasses it, sets `records` (that list) and defines
    slot() for its placeholders (and helpers of its own: p, dob...)."""
    records = None

    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        self.spans.append(span_at(self.text, label, v))
        self.text += v
        return self

    def mrz_names(self, head, surname, given, width):
        """Appends an MRZ name field of width bytes: head ("P<DEU", "" on an ID card's third
        line), the surname, "<<", the given names, '<' filler; the surname and the given names
        that fit in the field are labelled PERSON (each '<'-joined part whole, as a reader of
        the zone sees them)."""
        field = (head + surname + "<<" + given).ljust(width, "<")[:width]
        self.t(head)
        if len(head) + len(surname) > width:
            return self.t(field[len(head):])
        self.span("PERSON", surname)
        rest = field[len(head) + len(surname):]
        shown = rest[2:].rstrip("<") if rest.startswith("<<") else ""
        if shown:
            self.t("<<").span("PERSON", shown).t(rest[2 + len(shown):])
        else:
            self.t(rest)
        return self

    def fill(self, template, **kw):
        """Appends template, each {KEY} in it replaced by what self.slot(KEY, kw) appends (the
        subclass's placeholders; kw carries a call's own values)."""
        walk_template(template, self.t, lambda key: self.slot(key, kw))
        return self

    def slot(self, key, kw):
        raise ValueError(key)

    def done(self):
        append_record(self.records, self.text, self.spans, self.lg, self.cls)


class Spans:
    """Text written left to right with its gold spans: t() appends text, span() a labelled value
    (never empty) at its offsets. The scanned and markup documents' builders subclass it."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        assert v, label
        self.spans.append(span_at(self.text, label, v))
        self.text += v
        return self


def collector():
    """(docs, done): done(doc) checks a finished document's spans and appends it to docs."""
    docs = []

    def done(doc):
        check_spans(doc.text, doc.spans)
        docs.append(doc)
    return docs, done


def run_plan(plan, langs, step, doms=None):
    """Calls each (builder, count) of plan count times, the k-th time with language
    langs[(n + k * step) % len(langs)] (n: the builders' counts before it) and, where doms maps
    the builder to its domains, the k-th of them (cycling) too."""
    n = 0
    for fn, count in plan:
        for k in range(count):
            lg = langs[(n + k * step) % len(langs)]
            if doms is None:
                fn(lg)
            else:
                fn(lg, doms[fn][k % len(doms[fn])])
        n += count


def shuffled(rng, docs):
    """docs in an order rng shuffles (one shuffle of their indices)."""
    order = list(range(len(docs)))
    rng.shuffle(order)
    return [docs[i] for i in order]


# ---- invented names -----------------------------------------------------------------------------
# Syllables and surname endings of the seven pack locales that several generators invent
# names from ("names in no lexicon"): one table, so that their corpora stay what they were.
SYL7 = {"en": ["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"],
        "de": ["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"],
        "fr": ["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"],
        "nl": ["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"],
        "es": ["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"],
        "it": ["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"],
        "pt": ["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"]}
END7 = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
        "nl": ["ink", "sen", "hof"], "es": ["ez", "ano", "ejo"], "it": ["ini", "etti", "one"],
        "pt": ["eira", "ães", "ado"]}

# The same and five more languages (Polish, Swedish, Turkish, Czech, Hungarian), as the keys,
# agent and blocks generators invent names in them.
SYL12 = dict(SYL7)
SYL12["pl"] = ["szy", "mar", "bro", "wic", "kol", "dzie", "rze", "lan"]
SYL12["sv"] = ["berg", "sjö", "lin", "dal", "strö", "hol", "ek", "vik"]
SYL12["tr"] = ["ka", "yıl", "dem", "er", "gül", "tan", "san", "öz"]
SYL12["cs"] = ["vla", "dě", "kře", "mir", "sla", "bo", "hru", "ze"]
SYL12["hu"] = ["bo", "gyö", "ker", "szi", "lá", "mo", "ré", "zsa"]
END12 = dict(END7)
END12["pl"] = ["ski", "czyk", "wicz"]
END12["sv"] = ["son", "ström", "qvist"]
END12["tr"] = ["oğlu", "can", "er"]
END12["cs"] = ["ák", "ová", "ek"]
END12["hu"] = ["falvi", "házi", "os"]


def invent_syllables(rng, syllables, endings, surname):
    """A name of two or three syllables (a surname gets one of the endings too), capitalised."""
    w = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(endings)
    return w[0].upper() + w[1:]


def invent_short_surname(rng, syllables, endings):
    """A surname of one or two syllables and one of the endings, capitalised (the dates-of-birth
    generators' draw: the same calls on rng, so their corpora stay as committed)."""
    w = "".join(rng.choice(syllables) for _ in range(rng.choice((1, 2)))) + rng.choice(endings)
    return w[0].upper() + w[1:]


def draw_name(rng, glob, table, p_real):
    """(given, surname): a fifth one of the pairs glob, up to p_real drawn from table's real
    names (g, s), the rest invented from its syllables and endings (syl, end)."""
    k = rng.random()
    if k < 0.2:
        return rng.choice(glob)
    if k < p_real:
        return rng.choice(table["g"]), rng.choice(table["s"])
    return (invent_syllables(rng, table["syl"], table["end"], False),
            invent_syllables(rng, table["syl"], table["end"], True))


def real_or_invented(rng, real, syl, is_real):
    """(given, surname): drawn from real = (givens, surnames), or invented from
    syl = (syllables, surname endings)."""
    if is_real:
        g, s = real
        return rng.choice(g), rng.choice(s)
    return invent_syllables(rng, *syl, False), invent_syllables(rng, *syl, True)


def fold(s):
    """s in ASCII letters, digits, spaces, hyphens and apostrophes (diacritics dropped, ß as ss,
    what has no ASCII form left out), as an e-mail's local part or a PDF string writes it."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and
                   (c.isalnum() or c in " -'")).replace("ß", "ss")


# ---- output -------------------------------------------------------------------------------------
def write_json(records, indent=1, newline=True):
    """The corpus to stdout, as the committed data/*.json files have it: UTF-8, not \\u-escaped."""
    json.dump(records, sys.stdout, ensure_ascii=False, indent=indent)
    if newline:
        sys.stdout.write("\n")
