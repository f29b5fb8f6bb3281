#!/usr/bin/env python3
"""gen_dob14.py: dates of birth measured on a combinatorial grid, not by families (issue 15,
branch dob14).

Every record is one cell of the grid  cue x format x gap x container, drawn with a fixed seed:
- cue: a birth label ("Date of birth", "Geburtsdatum", "Data urodzenia", "Doğum tarihi"...), a
  participle with its preposition ("born on", "geboren am", "né le", "född den"...), an
  abbreviation ("DOB", "Geb.", "DDN", "F. nac.", "ur.") or a key ("date_of_birth", "dateOfBirth",
  "fecha_nacimiento", "data_urodzenia"...) in en de fr nl es it pt pl tr sv da and a few others
  (fi cs ro hu id, romanised ru and el);
- format: ISO, d.m.yyyy, m/d/yyyy, d/m/yyyy, d/m/yy, d.m.yy, dd-mm-yyyy, yyyy/mm/dd, `4 Mar
  1987`, `March 4th, 1987`, `4th of March 1987`, ISO with a time, `19870304`, `04-MAR-1987`, the
  cue language's long form (`4. März 1987`, `4 de marzo de 1987`, `4 mars 1987`), a Roman month
  `4.III.1987`, a weekday before the date, and a month with its year alone (`March 1987`,
  `03/1987`: decided a date of birth when a birth cue labels it);
- gap: adjacent, `:`, ` - `, a tab, a parenthesis, 1-6 words, a line break, a table column whose
  header is the cue and the date 1-5 rows below, a key one or two lines up (YAML, XML, JSON);
- container: prose, a form's lines, a chat request's JSON string (line breaks as \\n escapes),
  CSV (`,` `;` tab), Markdown table, HTML table, HTML form (`<input value=...>`), XML, logfmt, SQL,
  YAML, JSON.
The look-alikes use the same grid with another event's cue (date of issue, of death, release,
created, expiry, hire, last visit: NEG_DATE; decided: a death date is no DATE_OF_BIRTH) and the
shapes that carry a birth word but no birth: a cue far away from an unrelated date, `born-again`,
`Born in the USA`, a product's or a firm's birthday, an age with no date (NEG_AGE).
metadata carries each record's axes (cue, lang, kind, fmt, gap, container, polarity), which
dob14_axes.py reads to report recall per axis. Deterministic, stdlib only:
python3 gen_dob14.py > data/dob14.json
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTHS, check_spans, ordinal_en, write_json  # noqa: E402

R = random.Random(20261203 + 14)
records = []

MONTHS_X = dict(MONTHS)
MONTHS_X.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
})
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_LONG = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
           "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]}
# The field after the date: "tier" is also German for animal, which the pet rules read (kept in
# a third of the records: a loyalty tier after a birth date is common in CRM exports).
TAIL = [("tier", "gold"), ("plan", "basic"), ("status", "active")]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# (cue, lang, kind): L label, A abbreviation (used as a label), V participle (head, preposition)
CUES = [
    ("Date of birth", "en", "L"), ("Birth date", "en", "L"), ("Birthdate", "en", "L"),
    ("Date of Birth", "en", "L"), ("Birthday", "en", "L"), ("DOB", "en", "A"),
    ("D.O.B.", "en", "A"), ("DoB", "en", "A"), ("B-day", "en", "A"),
    (("born", "on"), "en", "V"), (("born", ""), "en", "V"), (("b.", ""), "en", "V"),
    ("Geburtsdatum", "de", "L"), ("Geb.-Datum", "de", "L"), ("Geburtstag", "de", "L"),
    ("Geb.", "de", "A"), (("geboren", "am"), "de", "V"), (("geb.", "am"), "de", "V"),
    ("Date de naissance", "fr", "L"), ("Né(e) le", "fr", "L"), ("DDN", "fr", "A"),
    ("Date naiss.", "fr", "A"), (("né", "le"), "fr", "V"), (("née", "le"), "fr", "V"),
    ("Geboortedatum", "nl", "L"), ("Geb. datum", "nl", "A"), (("geboren", "op"), "nl", "V"),
    ("Fecha de nacimiento", "es", "L"), ("F. nacimiento", "es", "A"), ("Fecha nac.", "es", "A"),
    (("nacido", "el"), "es", "V"), (("nacida", "el"), "es", "V"), (("nació", "el"), "es", "V"),
    ("Data di nascita", "it", "L"), ("Data nascita", "it", "L"), (("nato", "il"), "it", "V"),
    (("nata", "il"), "it", "V"),
    ("Data de nascimento", "pt", "L"), ("Dt. nasc.", "pt", "A"), ("Nascimento", "pt", "L"),
    (("nascido", "em"), "pt", "V"), (("nascida", "em"), "pt", "V"),
    ("Data urodzenia", "pl", "L"), ("Ur.", "pl", "A"), (("urodzony", ""), "pl", "V"),
    (("urodzona", ""), "pl", "V"),
    ("Doğum tarihi", "tr", "L"), ("Doğum Tarihi", "tr", "L"), ("D. Tarihi", "tr", "A"),
    ("Födelsedatum", "sv", "L"), ("Född", "sv", "L"), (("född", "den"), "sv", "V"),
    ("Fødselsdato", "da", "L"), ("Født", "da", "L"), (("født", "den"), "da", "V"),
    ("Syntymäaika", "fi", "L"), ("Datum narození", "cs", "L"), (("narozen", ""), "cs", "V"),
    ("Data nașterii", "ro", "L"), ("Születési dátum", "hu", "L"), ("Tanggal lahir", "id", "L"),
    ("Data rozhdeniya", "ru", "L"), ("Imerominia gennisis", "el", "L"),
]
KEYS = [
    ("date_of_birth", "en"), ("dateOfBirth", "en"), ("birthDate", "en"), ("birth_date", "en"),
    ("dob", "en"), ("DOB", "en"), ("birthdate", "en"), ("birthday", "en"), ("patient_dob", "en"),
    ("applicant.dob", "en"), ("txtDateOfBirth", "en"), ("BirthDate", "en"), ("user_bday", "en"),
    ("geburtsdatum", "de"), ("geburtsDatum", "de"), ("gebDatum", "de"),
    ("date_naissance", "fr"), ("dateNaissance", "fr"), ("geboortedatum", "nl"),
    ("fecha_nacimiento", "es"), ("fechaNacimiento", "es"), ("data_nascita", "it"),
    ("dataNascita", "it"), ("data_nascimento", "pt"), ("dataNascimento", "pt"),
    ("data_urodzenia", "pl"), ("dogum_tarihi", "tr"), ("fodelsedatum", "sv"),
    ("fodselsdato", "da"), ("syntymaaika", "fi"), ("datum_narozeni", "cs"),
]
# Another event's cues (look-alikes in the same cells).
NEG_CUES = [
    ("Date of issue", "en", "L"), ("Release date", "en", "L"), ("Date of death", "en", "L"),
    ("Expiry date", "en", "L"), ("Hire date", "en", "L"), ("Last visit", "en", "L"),
    ("Created", "en", "L"), (("died", "on"), "en", "V"), (("released", "on"), "en", "V"),
    (("founded", "on"), "en", "V"), (("joined", "on"), "en", "V"),
    ("Ausstellungsdatum", "de", "L"), ("Sterbedatum", "de", "L"), ("Eintrittsdatum", "de", "L"),
    (("gestorben", "am"), "de", "V"), ("Date de délivrance", "fr", "L"),
    ("Date de décès", "fr", "L"), (("décédé", "le"), "fr", "V"), ("Datum van afgifte", "nl", "L"),
    ("Overlijdensdatum", "nl", "L"), (("overleden", "op"), "nl", "V"),
    ("Fecha de emisión", "es", "L"), ("Fecha de defunción", "es", "L"),
    (("falleció", "el"), "es", "V"), ("Data di rilascio", "it", "L"),
    ("Data del decesso", "it", "L"), (("morto", "il"), "it", "V"),
    ("Data de emissão", "pt", "L"), ("Data de óbito", "pt", "L"), (("faleceu", "em"), "pt", "V"),
    ("Data wydania", "pl", "L"), ("Data zgonu", "pl", "L"), ("Veriliş tarihi", "tr", "L"),
    ("Ölüm tarihi", "tr", "L"), ("Utfärdandedatum", "sv", "L"), ("Dödsdatum", "sv", "L"),
    ("Udstedelsesdato", "da", "L"), ("Dødsdato", "da", "L"),
]
NEG_KEYS = [("created_at", "en"), ("createdAt", "en"), ("issue_date", "en"),
            ("date_of_death", "en"), ("dod", "en"), ("expiry_date", "en"), ("release_date", "en"),
            ("hire_date", "en"), ("last_login", "en"), ("updated_at", "en"), ("start_date", "en"),
            ("ausstellungsdatum", "de"), ("fecha_emision", "es"), ("data_rilascio", "it"),
            ("date_deces", "fr"), ("data_zgonu", "pl")]

FORMATS = ["iso", "dmy_dot", "dmy_dot0", "mdy_slash", "dmy_slash", "dmy_slash_yy", "dmy_dot_yy",
           "dmy_dash", "ymd_slash", "d_mon_y", "month_d_y", "d_of_month_y", "iso_t", "compact",
           "dd_MON_yyyy", "local_long", "roman", "weekday", "month_year"]
CITIES = {"en": "Leeds", "de": "Köln", "fr": "Lyon", "nl": "Utrecht", "es": "Sevilla",
          "it": "Roma", "pt": "Braga", "pl": "Krakowie", "tr": "İzmir", "sv": "Malmö",
          "da": "Aarhus", "cs": "Brně"}
IN = {"en": "in", "de": "in", "fr": "à", "nl": "in", "es": "en", "it": "a", "pt": "em",
      "pl": "w", "sv": "i", "da": "i", "cs": "v"}
# Words between a label and its date, 1 to 6 of them, per language.
QUAL = {
    "en": ["given", "of applicant", "of the patient", "as on the passport",
           "as stated on the ID", "as it appears on your passport"],
    "de": ["lt. Ausweis", "des Versicherten", "laut dem Ausweis", "wie im Pass angegeben"],
    "fr": ["du titulaire", "de l'assuré", "selon la pièce d'identité"],
    "nl": ["van aanvrager", "volgens het paspoort", "van de verzekerde"],
    "es": ["del titular", "según el pasaporte", "del paciente"],
    "it": ["del paziente", "come da documento", "del titolare"],
    "pt": ["do titular", "conforme o documento", "do paciente"],
    "pl": ["pacjenta", "według dowodu"],
    "sv": ["enligt passet"], "da": ["ifølge passet"],
}
GIVEN = {"en": ["Hannah", "Owen", "Priya", "Marcus"], "de": ["Jana", "Florian", "Birgit"],
         "fr": ["Léa", "Mathieu", "Noémie"], "nl": ["Lotte", "Joris", "Sanne"],
         "es": ["Alba", "Sergio", "Nuria"], "it": ["Federica", "Luca", "Chiara"],
         "pt": ["Joana", "Rui", "Inês"], "pl": ["Agnieszka", "Tomasz", "Katarzyna"],
         "tr": ["Elif", "Emre", "Zeynep"], "sv": ["Astrid", "Johan", "Ingrid"],
         "da": ["Mette", "Søren", "Freja"]}
SURN = {"en": ["Whitfield", "Okonjo", "Marsh"], "de": ["Lehmann", "Köhler", "Vogel"],
        "fr": ["Rousseau", "Fontaine", "Mercier"], "nl": ["Jansen", "Vermeulen", "Smit"],
        "es": ["Romero", "Iglesias", "Serrano"], "it": ["Bruno", "Gallo", "Conti"],
        "pt": ["Pereira", "Martins", "Lopes"], "pl": ["Kowalczyk", "Nowak", "Wiśniewska"],
        "tr": ["Yılmaz", "Aydın", "Demir"], "sv": ["Lindqvist", "Berg", "Holm"],
        "da": ["Jørgensen", "Madsen", "Holm"]}
SYL = ["ta", "vor", "me", "lin", "aku", "ro", "sel", "ve", "dan", "ol", "rik", "su", "kar", "bes",
       "nak", "zol", "ma", "ghe"]
ENDS = ["avic", "sson", "ert", "ella", "ago", "ork", "eux", "inha", "oglu", "ski"]


def person(lg):
    """A real pair (40%) or syllables; the person's language falls back to English."""
    lgp = lg if lg in GIVEN else "en"
    if R.random() < 0.4:
        return R.choice(GIVEN[lgp]) + " " + R.choice(SURN[lgp])
    g = "".join(R.choice(SYL) for _ in range(2))
    s = "".join(R.choice(SYL) for _ in range(R.choice((1, 2)))) + R.choice(ENDS)
    return g.capitalize() + " " + s.capitalize()


def fmt_date(fmt, lg, y, m, d):
    months = MONTHS_X.get(lg, MONTHS["en"])
    en = MONTHS["en"]
    if fmt == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if fmt == "dmy_dot":
        return "%d.%d.%04d" % (d, m, y)
    if fmt == "dmy_dot0":
        return "%02d.%02d.%04d" % (d, m, y)
    if fmt == "mdy_slash":
        return "%02d/%02d/%04d" % (m, d, y)
    if fmt == "dmy_slash":
        return "%02d/%02d/%04d" % (d, m, y)
    if fmt == "dmy_slash_yy":
        return "%02d/%02d/%02d" % (d, m, y % 100)
    if fmt == "dmy_dot_yy":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if fmt == "dmy_dash":
        return "%02d-%02d-%04d" % (d, m, y)
    if fmt == "ymd_slash":
        return "%04d/%02d/%02d" % (y, m, d)
    if fmt == "d_mon_y":
        return "%d %s %04d" % (d, en[m - 1][:3], y)
    if fmt == "month_d_y":
        return "%s %s, %04d" % (en[m - 1], R.choice((ordinal_en(d), str(d))), y)
    if fmt == "d_of_month_y":
        return "%s of %s %04d" % (ordinal_en(d), en[m - 1], y)
    if fmt == "iso_t":
        return "%04d-%02d-%02dT00:00:00Z" % (y, m, d)
    if fmt == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if fmt == "dd_MON_yyyy":
        return "%02d-%s-%04d" % (d, en[m - 1][:3].upper(), y)
    if fmt == "local_long":
        mn = months[m - 1]
        if lg == "de":
            return "%d. %s %d" % (d, mn, y)
        if lg == "da":
            return "%d. %s %d" % (d, mn, y)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        if lg == "en":
            return "%d %s %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if fmt == "roman":
        return "%d.%s.%d" % (d, ROMAN[m - 1], y)
    if fmt == "weekday":
        wd = datetime.date(y, m, d).weekday()
        if lg in WD_LONG and lg != "en" and R.random() < 0.5:
            mn = months[m - 1]
            sep = ". " if lg == "de" else " de " if lg == "es" else " "
            tail = " de " if lg == "es" else " "
            return "%s, %d%s%s%s%d" % (WD_LONG[lg][wd], d, sep, mn, tail, y)
        return "%s, %d %s %d" % (WD_EN[wd], d, en[m - 1], y)
    if fmt == "month_year":
        return R.choice(("%s %d" % (months[m - 1].capitalize() if lg in ("en", "de", "tr")
                                    else months[m - 1], y), "%02d/%04d" % (m, y)))
    raise ValueError(fmt)


class Rec:
    """A record built left to right; esc() is applied to text (not to the spans' values, which
    hold no character JSON escapes) when the record is a chat request's JSON string."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s

    def span(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v


def cue_text(cue, kind):
    return cue if kind != "V" else (cue[0] + (" " + cue[1] if cue[1] else ""))


def emit_cue_date(r, cue, kind, lg, gap, label, value, p):
    """cue, gap and date on one line or two (prose, form, chat): gap decides what goes between."""
    if kind == "V":
        head, prep = cue
        if gap == "words":
            city = CITIES.get(lg, "Leeds")
            r.t(head + " " + IN.get(lg, "in") + " " + city + ("," if R.random() < 0.3 else "")
                + (" " + prep if prep else "") + " ")
        elif gap == "paren":
            r.t("(" + head + " ")
            r.span(label, value)
            r.t(")")
            return
        elif gap == "colon":
            r.t(head + ": ")
        elif gap == "comma":
            r.t(head + (" " + prep if prep else "") + ", ")
        else:
            r.t(head + (" " + prep if prep else "") + " ")
        r.span(label, value)
        return
    sep = {"adj": " ", "colon": ": ", "dash": " - ", "tab": "\t", "newline": ":\n",
           "comma": ", "}.get(gap)
    if gap == "paren":
        r.t(cue + " (")
        r.span(label, value)
        r.t(")")
        return
    if gap == "words":
        q = R.choice(QUAL.get(lg, QUAL["en"]))
        r.t(cue + " " + q + ": ")
    else:
        r.t(cue + sep)
    r.span(label, value)


def gaps_for(kind, container, lg):
    if kind == "V":
        return ["adj", "words", "paren", "colon", "comma"] if lg in IN else \
            ["adj", "paren", "colon", "comma"]
    g = ["adj", "colon", "dash", "paren", "newline"]
    if lg in QUAL:
        g.append("words")
    if container == "form":
        g.append("tab")
    return g


PROSE = {
    "en": ["Hi, this is {P}. {C} Please update my account.",
           "Patient {P} was seen today; {C}; allergies none.",
           "Re: claim 4471\n{P}\n{C}\nThanks, {G}",
           "{P}, {C}, lives in Bristol and works as a nurse."],
    "x": ["{P}\n{C}\n", "Customer: {P}; {C}; tier gold.", "{P}, {C}.",
          "Client {P} — {C} — updated.", "Customer: {P}; {C}; plan basic."],
}


def prose_body(r, lg, cue, kind, gap, label, value, neg=False):
    tpl = R.choice(PROSE["en"] if lg == "en" else PROSE["x"])
    p = person(lg)
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            r.t(tpl[i:])
            break
        r.t(tpl[i:j])
        k = tpl[j + 1]
        if k == "P":
            if neg and kind == "V" and cue[0] in ("released", "founded"):
                r.t("Acme Tools")  # a firm or a record, not a person
            else:
                r.span("PERSON", p)
        elif k == "G":
            r.span("PERSON", p.split()[0])
        else:
            emit_cue_date(r, cue, kind, lg, gap, label, value, p)
        i = j + 3


def json_str(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def draw_date(neg):
    y = R.randint(1932, 2007) if not neg else R.choice((R.randint(1950, 1999),
                                                         R.randint(2010, 2026)))
    return y, R.randint(1, 12), R.randint(1, 28)


def make(container, neg):
    label = "NEG_DATE" if neg else "DATE_OF_BIRTH"
    cues = NEG_CUES if neg else CUES
    keys = NEG_KEYS if neg else KEYS
    fmt = R.choice(FORMATS)
    if neg and fmt == "month_year":
        fmt = "iso"
    r = Rec()
    meta = {"container": container, "polarity": "neg" if neg else "pos", "fmt": fmt}

    def dv(lg):
        y, m, d = draw_date(neg)
        return fmt_date(fmt, lg, y, m, d)

    if container in ("prose", "form", "chat_json"):
        cue, lg, kind = R.choice(cues)
        if container == "form" and kind == "V":
            cue, lg, kind = R.choice([c for c in cues if c[2] != "V"])
        gap = R.choice(gaps_for(kind, container, lg))
        meta.update(cue=cue_text(cue, kind), lang=lg, kind=kind, gap=gap)
        value = dv(lg)
        if container == "form":
            r.t(R.choice(("Name", "Nome", "Naam", "Nombre", "Imię")) + ": ")
            r.span("PERSON", person(lg))
            r.t("\n")
            emit_cue_date(r, cue, kind, lg, gap, label, value, None)
            r.t("\n" + R.choice(("Phone: +44 20 7946 0000", "Ort: Ulm", "Ref: 88412",
                                 "Status: active")) + "\n")
        elif container == "prose":
            prose_body(r, lg, cue, kind, gap, label, value, neg)
        else:
            inner = Rec()
            prose_body(inner, lg, cue, kind, gap, label, value, neg)
            head = '{"model": "gpt-4o", "messages": [{"role": "user", "content": "'
            r.t(head)
            pos = 0
            for s in inner.spans:
                r.t(json_str(inner.text[pos:s["start_position"]]))
                r.span(s["entity_type"], s["entity_value"])
                pos = s["end_position"]
            r.t(json_str(inner.text[pos:]) + '"}]}')
        return r, meta
    if container in ("csv", "md", "html_table"):
        pool = [c for c in cues if c[2] != "V"] + [(k, lg, "K") for k, lg in keys]
        cue, lg, kind = R.choice(pool)
        nrows = R.randint(1, 5)
        meta.update(cue=cue, lang=lg, kind=kind, gap="rows%d" % nrows)
        cols = ["Name", cue, R.choice(("City", "Ort", "Ville", "Ciudad")),
                R.choice(("Created", "Erstellt", "Last visit"))]
        pos_c = R.choice((1, 2))
        if pos_c == 2:
            cols[1], cols[2] = cols[2], cols[1]
        sep = {"csv": R.choice((",", ";", "\t")), "md": " | ", "html_table": None}[container]
        meta["sep"] = {",": "comma", ";": "semicolon", "\t": "tab", " | ": "pipe",
                       None: "html"}[sep]
        if container == "csv":
            r.t(R.choice(("", "Export 2026-11-03\n", "id" + sep)) if False else "")
            r.t(sep.join(cols) + "\n")
        elif container == "md":
            r.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
        else:
            r.t("<table>\n<tr>" + "".join("<th>%s</th>" % c for c in cols) + "</tr>\n")
        for _ in range(nrows):
            cells = []
            for ci, c in enumerate(cols):
                if c == cue:
                    cells.append((label, dv(lg)))
                elif ci == 0:
                    cells.append(("PERSON", person(lg)))
                elif c in ("Created", "Erstellt", "Last visit"):
                    y, m, d = R.randint(2015, 2026), R.randint(1, 12), R.randint(1, 28)
                    cells.append(("NEG_DATE", "%04d-%02d-%02d" % (y, m, d)))
                else:
                    cells.append(R.choice(("Leeds", "Ulm", "Lyon", "Porto", "Gdańsk")))
            if container == "html_table":
                r.t("<tr>")
            elif container == "md":
                r.t("| ")
            for ci, c in enumerate(cells):
                if container == "html_table":
                    r.t("<td>")
                elif ci:
                    r.t(sep)
                if isinstance(c, tuple):
                    r.span(*c)
                else:
                    r.t(c)
                if container == "html_table":
                    r.t("</td>")
            r.t("</tr>\n" if container == "html_table" else " |\n" if container == "md"
                else "\n")
        if container == "html_table":
            r.t("</table>\n")
        return r, meta
    # key containers
    key, lg = R.choice(keys)
    value = dv(lg)
    meta.update(cue=key, lang=lg, kind="K")
    if container == "html_form":
        gap = R.choice(("attr", "label_for", "td_pair"))
        meta["gap"] = gap
        if gap == "attr":
            r.t('<form>\n  <input type="text" name="%s" value="' % key)
            r.span(label, value)
            r.t('">\n</form>')
        elif gap == "label_for":
            lc = R.choice([c for c in cues if c[2] != "V"])
            meta.update(cue=lc[0], lang=lc[1], kind=lc[2])
            r.t('<label for="f7">%s</label>\n<input id="f7" type="text" value="' % lc[0])
            r.span(label, value)
            r.t('" required>')
        else:
            lc = R.choice([c for c in cues if c[2] != "V"])
            meta.update(cue=lc[0], lang=lc[1], kind=lc[2])
            r.t("<tr><td>Name</td><td>")
            r.span("PERSON", person(lc[1]))
            r.t("</td></tr>\n<tr><td>%s</td><td>" % lc[0])
            r.span(label, value)
            r.t("</td></tr>")
        return r, meta
    if container == "xml":
        gap = R.choice(("adj", "up2"))
        meta["gap"] = gap
        if gap == "adj":
            r.t("<patient>\n  <name>")
            r.span("PERSON", person(lg))
            r.t("</name>\n  <%s>" % key)
            r.span(label, value)
            r.t("</%s>\n</patient>" % key)
        else:
            r.t("<record>\n  <%s>\n    <source>passport</source>\n    <value>" % key)
            r.span(label, value)
            r.t("</value>\n  </%s>\n</record>" % key)
        return r, meta
    if container == "logfmt":
        meta["gap"] = "adj"
        q = '"' if " " in value else ""
        r.t("ts=2026-11-03T10:22:01Z level=info msg=\"profile updated\" user_id=%d %s=%s"
            % (R.randint(1000, 99999), key, q))
        r.span(label, value)
        r.t(q + " country=DE")
        return r, meta
    if container == "sql":
        gap = R.choice(("adj", "col1", "col2", "col3"))
        meta["gap"] = gap
        if gap == "adj":
            r.t("UPDATE customers SET %s = '" % key)
            r.span(label, value)
            r.t("' WHERE id = %d;" % R.randint(10, 9999))
        else:
            k = int(gap[3])
            cols = ["name", "email", "city"][:k - 1] + [key] + ["country"]
            r.t("INSERT INTO customers (id, %s) VALUES (%d, " % (", ".join(cols),
                                                                R.randint(10, 9999)))
            vals = {"name": None, "email": "'x%d@example.org'" % R.randint(1, 999),
                    "city": "'Leeds'", "country": "'GB'"}
            for i, c in enumerate(cols):
                if i:
                    r.t(", ")
                if c == key:
                    r.t("'")
                    r.span(label, value)
                    r.t("'")
                elif c == "name":
                    r.t("'")
                    r.span("PERSON", person(lg))
                    r.t("'")
                else:
                    r.t(vals[c])
            r.t(");")
        return r, meta
    if container == "yaml":
        gap = R.choice(("adj", "up1", "up2"))
        meta["gap"] = gap
        r.t("customer:\n  name: ")
        r.span("PERSON", person(lg))
        if gap == "adj":
            r.t("\n  %s: " % key)
            r.span(label, value)
        elif gap == "up1":
            r.t("\n  %s:\n    value: " % key)
            r.span(label, value)
        else:
            r.t("\n  %s:\n    # as printed on the ID card\n    verified: true\n    value: " % key)
            r.span(label, value)
        r.t("\n  %s: %s\n" % R.choice(TAIL))
        return r, meta
    if container == "json":
        gap = R.choice(("adj", "up1", "up2"))
        meta["gap"] = gap
        r.t('{"name": "')
        r.span("PERSON", person(lg))
        if gap == "adj":
            r.t('", "%s": "' % key)
            r.span(label, value)
            r.t('", "%s": "%s"}' % R.choice(TAIL))
        elif gap == "up1":
            r.t('",\n "%s": {\n  "value": "' % key)
            r.span(label, value)
            r.t('"\n }\n}')
        else:
            r.t('",\n "%s": {\n  "verified": true,\n  "source": "passport",\n  "value": "' % key)
            r.span(label, value)
            r.t('"\n }\n}')
        return r, meta
    raise ValueError(container)


def special_neg():
    """Birth words with no birth: far cue, born-again, a song, a product's or firm's birthday,
    ages with no date."""
    r = Rec()
    kind = R.choice(("far", "born_again", "song", "product_bday", "firm_bday", "age"))
    y, m, d = R.randint(1960, 2025), R.randint(1, 12), R.randint(1, 28)
    fmt = R.choice(FORMATS[:-1])
    v = fmt_date(fmt, "en", y, m, d)
    meta = {"container": "prose", "polarity": "neg", "fmt": fmt, "cue": kind, "lang": "en",
            "kind": "S", "gap": "special"}
    if kind == "far":
        r.t("Date of birth: see the attached scan.\n\nWe discussed the renewal of the service "
            "contract, the open invoices and the new delivery address at length.\n"
            "Follow-up meeting on ")
        r.span("NEG_DATE", v)
        r.t(".")
    elif kind == "born_again":
        r.t(R.choice(("A born-again runner since ", "Our born-again Linux box, reinstalled on ")))
        r.span("NEG_DATE", v)
        r.t(".")
    elif kind == "song":
        r.t(R.choice(("Born in the U.S.A. was released on ", "Born to Run came out on ",
                      "Born in the USA (single), released ")))
        r.span("NEG_DATE", v)
        r.t(".")
    elif kind == "product_bday":
        r.t(R.choice(("Happy birthday, Photoshop! Version 1.0 shipped on ",
                      "The iPod's birthday: ", "Linux birthday party: first post on ")))
        r.span("NEG_DATE", v)
        r.t(".")
    elif kind == "firm_bday":
        r.t(R.choice(("Our company's birthday is ", "Firmengeburtstag: ",
                      "The shop's 30th birthday falls on ")))
        r.span("NEG_DATE", v)
        r.t(".")
    else:
        r.t(R.choice(("Age: ", "Alter: ", "Âge : ", "Edad: ")))
        r.span("NEG_AGE", str(R.randint(18, 90)))
        r.t(R.choice((" years", "", " (born abroad)")))
    return r, meta


CONTAINERS = ["prose", "form", "chat_json", "csv", "md", "html_table", "html_form", "xml",
              "logfmt", "sql", "yaml", "json"]


def main():
    for i in range(3600):
        if i % 12 == 11:
            r, meta = special_neg()
        else:
            neg = i % 4 == 3
            r, meta = make(R.choice(CONTAINERS), neg)
        meta["locale"] = meta["lang"]
        meta["class"] = meta["polarity"] + ":" + meta["container"]
        check_spans(r.text, r.spans)
        records.append({"full_text": r.text, "spans": r.spans, "template_id": len(records) % 100,
                        "metadata": meta})
    write_json(records)


main()
