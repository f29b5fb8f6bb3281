#!/usr/bin/env python3
"""gen_leaks53.py: phones, births and e-mails that still left after stop 52 (leaks52.md's "Left"),
in frames and wordings leaks52's generator did not use.

Written before any detector code was read or hush was run on it. Each class sits beside its
look-alikes in the same frame:
  - Google Sheets API `values:batchGet` responses pasted back (valueRanges, no header row or a
    header in 16 languages), openpyxl dumps (`ws.iter_rows(values_only=True)` tuples, cell
    assignments); GTIN, order, invoice, amount, epoch-ms, row-id and count columns beside them;
  - phone-book CSV/TSV exports with no header (name, number, city), the number digit-only with a
    trunk or country prefix; order and stock exports of the same shape as look-alikes;
  - xlsx XML of HR and CRM sheets: a label cell and its value cell (shared strings, `t="str"`,
    inline strings, `<v>` numbers), the shared-string table with label and value side by side;
    employee and order numbers, amounts as look-alikes;
  - PDF content streams of invoices, payslips and medical letters: the label and the value are
    separate Tj/TJ/'/" operators (phone, birth date); invoice dates, page numbers, amounts and
    invoice numbers in the same shapes;
  - protobuf text format and JSON of contact APIs: libphonenumber's PhoneNumber
    (country_code + national_number), Google People API phoneNumbers/birthdays; order protos
    with the same field shapes as look-alikes;
  - voice-assistant transcripts of e-mail addresses spoken in tr, el (Latin), pl, hu, cs, ro, pt,
    and half-spelled ones; prose with those words as look-alikes; Turkish sentences that open
    with "Bana" (to me) and other pronoun forms.
Phone numbers are valid for their numbering plans (mobile ranges). Request bodies of the four
APIs (gen_bodies.py), 16 languages, names half invented. Seeded and deterministic; stdlib only.
"""
import random

from gen_bodies import J, P, Bodies
from gen_common import write_json
from gen_leaks_common import CC, LANGS, TRUNK, ascii_fold, ean_check, invent, pdfesc  # noqa: F401
from gen_leaks_common import person as lc_person
import gen_leaks_common as lc

rng = random.Random(5353)
records = []

ASK = {"en": "Can you tidy this up?", "de": "Kannst du das aufräumen?",
       "fr": "Tu peux remettre ça au propre ?", "es": "¿Puedes ordenar esto?",
       "it": "Puoi sistemare questo?", "nl": "Kun je dit opschonen?",
       "pt": "Podes arrumar isto?", "pl": "Możesz to uporządkować?",
       "sv": "Kan du städa upp det här?", "da": "Kan du rydde op i det her?",
       "fi": "Voitko siistiä tämän?", "cs": "Můžeš to uklidit?",
       "hu": "Rendbe tennéd ezt?", "tr": "Bunu düzenleyebilir misin?",
       "ro": "Poți să faci ordine aici?", "el": "Μπορείς να το τακτοποιήσεις;"}
OUT = Bodies(records, ASK)

GIVEN = {"en": ["Harriet", "Oliver", "Imogen"], "de": ["Jana", "Tobias", "Lena"],
         "fr": ["Élodie", "Bastien", "Camille"], "es": ["Lucía", "Álvaro", "Inés"],
         "it": ["Giulia", "Lorenzo", "Federica"], "nl": ["Sanne", "Joost", "Eline"],
         "pt": ["Inês", "Tiago", "Leonor"], "pl": ["Małgorzata", "Krzysztof", "Zofia"],
         "sv": ["Ebba", "Oskar", "Astrid"], "da": ["Freja", "Mikkel", "Signe"],
         "fi": ["Aino", "Eetu", "Venla"], "cs": ["Tereza", "Jiří", "Barbora"],
         "hu": ["Eszter", "Bence", "Réka"], "tr": ["Ayşe", "Mehmet", "Elif"],
         "ro": ["Ioana", "Andrei", "Bianca"], "el": ["Kostas", "Eleni", "Dimitris"]}
SUR = {"en": ["Whitfield", "Carrington", "Blackwood"], "de": ["Hoffmann", "Brandt", "Vogel"],
       "fr": ["Lefebvre", "Girard", "Moreau"], "es": ["Navarro", "Castillo", "Romero"],
       "it": ["Ferraro", "Galli", "Marchetti"], "nl": ["Jansen", "van Dijk", "Bakker"],
       "pt": ["Moura", "Teixeira", "Lopes"], "pl": ["Zieliński", "Lewandowska", "Dąbrowski"],
       "sv": ["Lindqvist", "Bergström", "Nyberg"], "da": ["Mortensen", "Thomsen", "Kristensen"],
       "fi": ["Laaksonen", "Koskinen", "Salonen"], "cs": ["Dvořák", "Novotná", "Černý"],
       "hu": ["Kovács", "Szabó", "Horváth"], "tr": ["Yılmaz", "Demir", "Aydın"],
       "ro": ["Popescu", "Stanciu", "Munteanu"], "el": ["Papadopoulos", "Georgiou", "Antoniou"]}
SYL = ["bre", "tal", "vos", "min", "kar", "lio", "dun", "sel", "pra", "go", "vin", "mer", "ru", "ta"]
END = ["sson", "ecki", "ardi", "escu", "oğlu", "akis", "inen", "ová", "ens", "eau", "ez", "hoff"]

# A mobile range's leading digits with the number's length (the
# national significant number), as the numbering plans issue them.
MOB = {"en": (["74", "75", "77", "78", "79"], 10), "de": (["151", "152", "157", "160", "170", "171", "176"], 11),
       "fr": (["6", "7"], 9), "es": (["6"], 9), "it": (["32", "33", "34", "34", "39"], 10),
       "nl": (["61", "62", "63", "64", "65"], 9), "pt": (["91", "92", "93", "96"], 9),
       "pl": (["50", "51", "53", "60", "66", "69", "72", "78", "88"], 9), "sv": (["70", "72", "73", "76"], 9),
       "da": (["2", "30", "31", "40", "42", "50", "60"], 8), "fi": (["40", "44", "45", "50"], 9),
       "cs": (["60", "72", "73", "77", "79"], 9), "hu": (["20", "30", "70"], 9), "tr": (["53", "54", "55"], 10),
       "ro": (["72", "73", "74", "75", "76"], 9), "el": (["69"], 10)}
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "seznam.cz", "wp.pl", "o2.pl",
           "freemail.hu", "citromail.hu", "yandex.com.tr", "otenet.gr", "yahoo.ro", "sapo.pt",
           "centrum.cz", "proton.me", "icloud.com"]


def inv(surname=False):
    return invent(rng, SYL, END, surname)


def person(lg):
    return lc_person(rng, GIVEN[lg], SUR[lg], SYL, END)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def nsn(lg):
    heads, n = MOB[lg]
    h = rng.choice(heads)
    return h + str(rng.randint(1, 9)) + digits(n - len(h) - 1)


def ph_intl(lg):
    return CC[lg] + nsn(lg)


def ph_nat(lg):
    return TRUNK.get(lg, "") + nsn(lg)


def ph_digits(lg):
    """A digit-only phone: international with or without 00/+, or national with its trunk."""
    k = rng.randint(0, 3)
    if k == 0:
        return "+" + ph_intl(lg)
    if k == 1:
        return "00" + ph_intl(lg)
    if k == 2:
        return ph_intl(lg)
    return ph_nat(lg)


def ph_text(lg):
    r = nsn(lg)
    sep = rng.choice([" ", " ", "-", "/"])
    if rng.random() < 0.5:
        return "+" + CC[lg] + " " + r[:3] + sep + r[3:6] + sep + r[6:]
    t = TRUNK.get(lg, "") + r
    return t[:4] + sep + t[4:7] + sep + t[7:]


def gtin13():
    d = rng.choice(["400", "401", "405", "426", "500", "590", "640", "760", "800", "869"]) + digits(9)
    return d + ean_check(d)


def epoch_ms():
    return str(rng.randint(1700000000000, 1767000000000))


def neg_cell():
    """(label, digits, header): a number of another kind that sits where phone columns do."""
    k = rng.randint(0, 6)
    if k == 0:
        return "NEG_ID", gtin13(), "GTIN"
    if k == 1:
        return "NEG_ID", "%d%06d" % (rng.randint(2024, 2026), rng.randint(1, 999999)), "Order"
    if k == 2:
        return "NEG_ID", "%010d" % rng.randint(10 ** 6, 9999999999), "Invoice"
    if k == 3:
        return "NEG_NUMBER", epoch_ms(), "Updated"
    if k == 4:
        return "NEG_NUMBER", str(rng.randint(1000, 9999999)), "Amount"
    if k == 5:
        return "NEG_ID", str(rng.randint(100000, 99999999)), "Row"
    return "NEG_NUMBER", str(rng.randint(1, 4000)), "Count"


class Num:
    """A labelled JSON number (no leading zero: an id drawn with one loses it)."""

    def __init__(self, label, v):
        self.label, self.v = label, v.lstrip("0") or "0"


class NJ(J):
    def write(self, obj, level=0):
        if isinstance(obj, Num):
            self.p.s(obj.label, obj.v)
        else:
            J.write(self, obj, level)


WRAPS = ["oai_tool", "gemini_fr", "tool_args", "anth_tool_str", "resp_output", "anth_tool_use",
         "user_paste", "gemini_call"]


def emit_json(obj, lg, cls, i):
    lc.emit_json(OUT, NJ, obj, lg, cls, i, ["line", "pretty", "compact"], 5, WRAPS, 5300)


PHEAD = {"en": ["Mobile", "Phone number", "Contact no."], "de": ["Mobiltelefon", "Rufnummer", "Tel.-Nr."],
         "fr": ["N° de portable", "Téléphone mobile", "Tél"], "es": ["Nº móvil", "Teléfono de contacto", "Tlf."],
         "it": ["Cell.", "Numero di telefono", "Recapito"], "nl": ["Mobiel nummer", "Telefoonnr.", "Tel"],
         "pt": ["Nº telemóvel", "Contacto", "Telefone"], "pl": ["Nr telefonu", "Tel. komórkowy", "Telefon"],
         "sv": ["Mobilnummer", "Telefonnr", "Tfn"], "da": ["Mobilnr.", "Telefonnummer", "Tlf"],
         "fi": ["Puhelinnumero", "Matkapuhelin", "GSM"], "cs": ["Telefonní číslo", "Mobil", "Tel."],
         "hu": ["Mobilszám", "Telefonszám", "Tel."], "tr": ["Cep telefonu", "Telefon no", "GSM no"],
         "ro": ["Număr de telefon", "Mobil", "Tel."], "el": ["Kinito", "Tilefono", "Αρ. τηλεφώνου"]}
NHEAD = {"en": "Full name", "de": "Mitarbeiter", "fr": "Nom complet", "es": "Nombre completo",
         "it": "Nominativo", "nl": "Volledige naam", "pt": "Nome completo", "pl": "Pracownik",
         "sv": "Namn", "da": "Navn", "fi": "Nimi", "cs": "Zaměstnanec", "hu": "Név", "tr": "Ad Soyad",
         "ro": "Nume complet", "el": "Onomateponymo"}
CITY = {"en": "Leeds", "de": "Kassel", "fr": "Nantes", "es": "Murcia", "it": "Bari", "nl": "Breda",
        "pt": "Braga", "pl": "Lublin", "sv": "Umeå", "da": "Odense", "fi": "Oulu", "cs": "Brno",
        "hu": "Pécs", "tr": "Bursa", "ro": "Iași", "el": "Patra"}


def lat(lg):
    return lg


# ---- 1. Sheets batchGet responses and openpyxl dumps ----------------------------------------------
def phone_cell(lg, as_num):
    if as_num:
        return Num("PHONE_NUMBER", rng.choice([ph_intl(lg), ph_intl(lg), nsn(lg)]))
    return ("PHONE_NUMBER", rng.choice([ph_digits(lg), ph_digits(lg), ph_text(lg)]))


def neg_val(as_num):
    lab, v, h = neg_cell()
    return (Num(lab, v) if as_num else (lab, v)), h


def gen_batchget():
    for i in range(64):
        lg = LANGS[i % len(LANGS)]
        as_num = i % 3 == 1
        header = i % 2 == 1
        nrows = rng.randint(3, 5)
        lab, v, oh = neg_cell()
        rows = []
        if header:
            rows.append([NHEAD[lg], rng.choice(PHEAD[lg]), oh, "Status"])
        for _ in range(nrows):
            _, nv, _ = neg_cell_like(oh)
            rows.append([("PERSON", person(lg)), phone_cell(lg, as_num),
                         Num(lab, nv) if as_num else (lab, nv), rng.choice(["aktiv", "ok", "new", "✓"])])
        if i % 4 == 2:  # the phone column last
            rows = [[r[0], r[2], r[3], r[1]] for r in rows]
        obj = {"spreadsheetId": "1%s" % "".join(rng.choice("abcdefghijkLMNOPQRST0123456789_-") for _ in range(30)),
               "valueRanges": [{"range": "'%s'!A%d:D%d" % (rng.choice(["Kontakte", "Team", "CRM", "Leads", "Personel"]), 1, nrows + 1),
                                "majorDimension": "ROWS", "values": rows}]}
        emit_json(obj, lg, "batchget-" + ("head" if header else "nohead"), i)
    for i in range(16):  # the same responses with no phone in them
        lg = LANGS[(i * 5) % len(LANGS)]
        a, b = rng.sample(range(7), 2)
        rows = []
        for _ in range(rng.randint(3, 5)):
            ca, cb = neg_kind(a), neg_kind(b)
            rows.append([("NEG_ID", "Artikel " + inv()), Num(ca[0], ca[1]) if i % 2 else ca, Num(cb[0], cb[1]) if i % 2 else cb, rng.randint(1, 90)])
        emit_json({"spreadsheetId": "1xYz%05d" % i, "valueRanges": [{"range": "Lager!A2:D9", "majorDimension": "ROWS", "values": rows}]},
                  lg, "batchget-neg", i)


def neg_kind(k):
    if k == 0:
        return "NEG_ID", gtin13()
    if k == 1:
        return "NEG_ID", "%d%06d" % (rng.randint(2024, 2026), rng.randint(1, 999999))
    if k == 2:
        return "NEG_ID", "%010d" % rng.randint(10 ** 6, 9999999999)
    if k == 3:
        return "NEG_NUMBER", epoch_ms()
    if k == 4:
        return "NEG_NUMBER", str(rng.randint(1000, 9999999))
    if k == 5:
        return "NEG_ID", str(rng.randint(100000, 99999999))
    return "NEG_NUMBER", str(rng.randint(1, 4000))


def neg_cell_like(h):
    k = ["GTIN", "Order", "Invoice", "Updated", "Amount", "Row", "Count"].index(h)
    lab, v = neg_kind(k)
    return lab, v, h


def pyq(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def gen_openpyxl():
    for i in range(24):
        lg = LANGS[(i * 3) % len(LANGS)]
        p = P()
        if i % 2 == 0:  # iter_rows(values_only=True)
            p.t(">>> for row in ws.iter_rows(min_row=2, values_only=True):\n...     print(row)\n...\n")
            k = rng.randint(0, 6)
            for _ in range(rng.randint(3, 5)):
                nm = person(lg)
                lab, nv = neg_kind(k)
                ph = nsn(lg) if i % 4 == 0 else ph_intl(lg)
                p.t("(%d, " % rng.randint(2, 400)).t("'").s("PERSON", nm).t("', ")
                if i % 4 == 0:
                    p.t("'").s("PHONE_NUMBER", TRUNK.get(lg, "") + ph).t("', ")
                else:
                    p.s("PHONE_NUMBER", ph).t(", ")
                p.s(lab, nv).t(", %s)\n" % rng.choice(["True", "None", "'DE'", "0.0"]))
        else:  # cell assignments
            p.t("ws = wb['%s']\n" % rng.choice(["Kontakte", "Contacts", "Staff", "Kişiler"]))
            for r in range(2, 2 + rng.randint(2, 4)):
                lab, nv = neg_kind(rng.randint(0, 6))
                p.t("ws['A%d'] = '" % r).s("PERSON", person(lg)).t("'\n")
                p.t("ws['B%d'] = " % r)
                if r % 2:
                    p.t("'").s("PHONE_NUMBER", "+" + ph_intl(lg)).t("'\n")
                else:
                    p.s("PHONE_NUMBER", ph_intl(lg)).t("\n")
                p.t("ws['C%d'] = " % r).s(lab, nv).t("\n")
            p.t("wb.save('export.xlsx')\n")
        OUT.emit_blocks([p], lg, "openpyxl", i)
    for i in range(8):
        lg = LANGS[(i * 7) % len(LANGS)]
        p = P().t(">>> list(ws.values)[1:4]\n[")
        for n in range(3):
            a, b = neg_kind(0), neg_kind(3)
            p.t("(").s("NEG_ID", "Widget " + inv()).t(", ").s(*a).t(", ").s(*b).t(", %d)" % rng.randint(1, 50))
            p.t(", " if n < 2 else "]\n")
        OUT.emit_blocks([p], lg, "openpyxl-neg", i)


# ---- 2. header-less phone-book CSV/TSV exports ----------------------------------------------------
def gen_csv():
    for i in range(44):
        lg = LANGS[(i * 5) % len(LANGS)]
        sep = [";", ",", "\t", "|"][i % 4]
        p = P()
        fixed = rng.choice(["trunk", "intl", "plus"])
        for _ in range(rng.randint(3, 6)):
            nm = person(lg)
            if fixed == "trunk":
                ph = ph_nat(lg)
            elif fixed == "intl":
                ph = ph_intl(lg)
            else:
                ph = "+" + ph_intl(lg)
            q = '"' if sep == "," and i % 3 == 0 else ""
            cols = [("PERSON", nm), ("PHONE_NUMBER", ph), CITY[lg]]
            if i % 5 == 2:
                cols = [cols[1], cols[0], cols[2]]
            if i % 6 == 3:
                cols.append(str(rng.randint(1, 400)))
            for n, c in enumerate(cols):
                if n:
                    p.t(sep)
                if isinstance(c, tuple):
                    p.t(q).s(*c).t(q)
                else:
                    p.t(c)
            p.t("\n")
        OUT.emit_blocks([p], lg, "csv-" + ["ssv", "csv", "tsv", "pipe"][i % 4], i)
    for i in range(14):  # header-less exports of orders and stock
        lg = LANGS[(i * 3) % len(LANGS)]
        sep = [";", ",", "\t"][i % 3]
        a = rng.choice([0, 1, 2, 3, 5])
        p = P()
        for _ in range(rng.randint(3, 6)):
            lab, v = neg_kind(a)
            p.s("NEG_ID", "Artikel " + inv()).t(sep).s(lab, v).t(sep + "%d" % rng.randint(1, 99) + sep + CITY[lg] + "\n")
        OUT.emit_blocks([p], lg, "csv-neg", i)


# ---- 3. xlsx XML of HR and CRM sheets -------------------------------------------------------------
DOBL = {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance", "es": "Fecha de nacimiento",
        "it": "Data di nascita", "nl": "Geboortedatum", "pt": "Data de nascimento", "pl": "Data urodzenia",
        "sv": "Födelsedatum", "da": "Fødselsdato", "fi": "Syntymäaika", "cs": "Datum narození",
        "hu": "Születési dátum", "tr": "Doğum tarihi", "ro": "Data nașterii", "el": "Imerominia gennisis"}
NEGL = {"en": ["Employee no", "Cost centre", "Salary"], "de": ["Personalnummer", "Kostenstelle", "Gehalt"],
        "fr": ["Matricule", "Centre de coût", "Salaire"], "es": ["Nº empleado", "Centro de coste", "Salario"],
        "it": ["Matricola", "Centro di costo", "Stipendio"], "nl": ["Personeelsnummer", "Kostenplaats", "Salaris"],
        "pt": ["Nº funcionário", "Centro de custo", "Salário"], "pl": ["Nr ewidencyjny", "MPK", "Wynagrodzenie"],
        "sv": ["Anställningsnr", "Kostnadsställe", "Lön"], "da": ["Medarbejdernr", "Omkostningssted", "Løn"],
        "fi": ["Henkilönumero", "Kustannuspaikka", "Palkka"], "cs": ["Osobní číslo", "Nákladové středisko", "Mzda"],
        "hu": ["Törzsszám", "Költséghely", "Bér"], "tr": ["Sicil no", "Masraf yeri", "Maaş"],
        "ro": ["Marcă", "Centru de cost", "Salariu"], "el": ["Arithmos mitroou", "Kentro kostous", "Misthos"]}


def dob(lg):
    y, m, d = rng.randint(1948, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if lg in ("sv", "hu", "cs", "da") and rng.random() < 0.6:
        return "%d-%02d-%02d" % (y, m, d)
    if lg == "en":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1], y)])
    return rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y)])


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gen_xlsx():
    for i in range(48):
        lg = LANGS[i % len(LANGS)]
        k = i % 4
        p = P()
        nm = person(lg)
        lab_ph = rng.choice(PHEAD[lg])
        nl = rng.choice(NEGL[lg])
        nv = str(rng.randint(10000, 9999999))
        if k == 0:  # shared-string table: label and value side by side
            p.t('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8">')
            p.t("<si><t>%s</t></si><si><t>" % xesc(NHEAD[lg])).s("PERSON", xesc(nm)).t("</t></si>")
            p.t("<si><t>%s</t></si><si><t>" % xesc(lab_ph)).s("PHONE_NUMBER", rng.choice([ph_digits(lg), ph_text(lg)])).t("</t></si>")
            if i % 8 == 0:
                p.t("<si><t>%s</t></si><si><t>" % xesc(DOBL[lg])).s("DATE_OF_BIRTH", dob(lg)).t("</t></si>")
            p.t("<si><t>%s</t></si><si><t>" % xesc(nl)).s("NEG_ID", nv).t("</t></si></sst>")
        else:
            p.t('<worksheet><sheetData>')
            rows = [(NHEAD[lg], "PERSON", xesc(nm)), (lab_ph, "PHONE_NUMBER", None)]
            if i % 2 == 0 or k == 3:
                rows.append((DOBL[lg], "DATE_OF_BIRTH", dob(lg)))
            rows.append((nl, "NEG_ID", nv))
            for r, (lab, ent, v) in enumerate(rows, 1):
                p.t('<row r="%d" spans="1:2">' % r)
                if k == 1:
                    p.t('<c r="A%d" t="str"><v>%s</v></c>' % (r, xesc(lab)))
                else:
                    p.t('<c r="A%d" s="1" t="inlineStr"><is><t>%s</t></is></c>' % (r, xesc(lab)))
                if ent == "PHONE_NUMBER":
                    if rng.random() < 0.5:
                        p.t('<c r="B%d"><v>' % r).s(ent, ph_intl(lg) if rng.random() < 0.6 else nsn(lg)).t("</v></c>")
                    else:
                        p.t('<c r="B%d" t="str"><v>' % r).s(ent, rng.choice([ph_digits(lg), ph_text(lg)])).t("</v></c>")
                elif ent == "NEG_ID":
                    p.t('<c r="B%d" s="3"><v>' % r).s(ent, v).t("</v></c>")
                else:
                    p.t('<c r="B%d" t="%s">' % (r, "inlineStr" if k != 1 else "str"))
                    if k != 1:
                        p.t("<is><t>").s(ent, v).t("</t></is></c>")
                    else:
                        p.t("<v>").s(ent, v).t("</v></c>")
                p.t("</row>")
            p.t("</sheetData></worksheet>")
        OUT.emit_blocks([p], lg, "xlsx-" + ["sst", "str", "inline", "inline-dob"][k], i)
    for i in range(12):  # label + number cells with no phone or birth
        lg = LANGS[(i * 3) % len(LANGS)]
        p = P().t("<sheetData>")
        for r, lab in enumerate(NEGL[lg] + ["GTIN", "Rechnungsdatum" if lg == "de" else "Invoice date"], 1):
            p.t('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d"' % (r, r, xesc(lab), r))
            if lab == "GTIN":
                p.t("><v>").s("NEG_ID", gtin13()).t("</v></c></row>")
            elif "date" in lab or "datum" in lab:
                p.t(' t="str"><v>').s("NEG_DATE", "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026))).t("</v></c></row>")
            else:
                p.t("><v>").s("NEG_NUMBER", str(rng.randint(1000, 99999999))).t("</v></c></row>")
        p.t("</sheetData>")
        OUT.emit_blocks([p], lg, "xlsx-neg", i)


# ---- 4. PDF content streams: invoices, payslips, medical letters -----------------------------------
TELL = {"en": "Phone", "de": "Telefon", "fr": "Téléphone", "es": "Teléfono", "it": "Telefono",
        "nl": "Telefoon", "pt": "Telefone", "pl": "Telefon", "sv": "Telefon", "da": "Telefon",
        "fi": "Puhelin", "cs": "Telefon", "hu": "Telefon", "tr": "Telefon", "ro": "Telefon", "el": "Tilefono"}
PATL = {"en": "Patient", "de": "Patient", "fr": "Patient", "es": "Paciente", "it": "Paziente",
        "nl": "Patiënt", "pt": "Doente", "pl": "Pacjent", "sv": "Patient", "da": "Patient",
        "fi": "Potilas", "cs": "Pacient", "hu": "Beteg", "tr": "Hasta", "ro": "Pacient", "el": "Asthenis"}
INVD = {"en": "Invoice date", "de": "Rechnungsdatum", "fr": "Date de facture", "es": "Fecha de factura",
        "it": "Data fattura", "nl": "Factuurdatum", "pt": "Data da fatura", "pl": "Data wystawienia",
        "sv": "Fakturadatum", "da": "Fakturadato", "fi": "Laskun päiväys", "cs": "Datum vystavení",
        "hu": "Számla kelte", "tr": "Fatura tarihi", "ro": "Data facturii", "el": "Imerominia timologiou"}
KIND = ["invoice", "payslip", "letter"]


def pdf_value(p, ent, v, style):
    """Writes the value operator: Tj, a TJ array in two pieces, or the ' operator."""
    if style == 0:
        p.t("(").s(ent, pdfesc(v)).t(") Tj\n")
    elif style == 1 and ent == "PHONE_NUMBER":  # whole in a TJ array (check_corpora counts digits)
        p.t("[(").s(ent, pdfesc(v)).t(")] TJ\n")
    elif style == 1 and len(v) > 5:
        cut = len(v) // 2
        p.t("[(").s(ent, pdfesc(v[:cut])).t(") -12 (").s(ent, pdfesc(v[cut:])).t(")] TJ\n")
    else:
        p.t("(").s(ent, pdfesc(v)).t(") '\n")


def gen_pdf():
    for i in range(48):
        lg = LANGS[i % len(LANGS)]
        kind = KIND[i % 3]
        p = P().t("%d 0 obj\n<< /Length %d >>\nstream\nBT\n/F2 9 Tf\n1 0 0 1 56 %d Tm\n" % (
            rng.randint(4, 40), rng.randint(400, 3000), rng.randint(600, 780)))
        nm = person(lg)
        p.t("(%s:) Tj\n%d 0 Td\n(" % (pdfesc(PATL[lg] if kind == "letter" else NHEAD[lg]), rng.choice([80, 96, 110])))
        p.s("PERSON", pdfesc(nm)).t(") Tj\n")
        style = i % 3
        if kind != "invoice" or i % 2 == 0:
            p.t("-%d -13 Td\n(%s:) Tj\n%d 0 Td\n" % (rng.choice([80, 96]), pdfesc(DOBL[lg]), rng.choice([80, 96, 110])))
            pdf_value(p, "DATE_OF_BIRTH", dob(lg), style)
        if i % 4 != 3:
            p.t("ET\nBT\n1 0 0 1 56 %d Tm\n(%s:) Tj\n" % (rng.randint(300, 590), pdfesc(TELL[lg])))
            p.t(rng.choice(["72 0 Td\n", "0 -11 Td\n", "/F1 9 Tf 64 0 Td\n"]))
            pdf_value(p, "PHONE_NUMBER", rng.choice([ph_text(lg), ph_digits(lg)]), (style + 1) % 3)
        p.t("-72 -13 Td\n(%s:) Tj 72 0 Td (" % pdfesc(INVD[lg]))
        p.s("NEG_DATE", "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026))).t(") Tj\n")
        p.t("-72 -13 Td\n(%s:) Tj 72 0 Td (" % pdfesc(rng.choice(NEGL[lg])))
        p.s("NEG_ID", str(rng.randint(100000, 999999999))).t(") Tj\n")
        p.t("0 -24 Td\n(")
        p.s("NEG_NUMBER", "%d,%02d" % (rng.randint(10, 9999), rng.randint(0, 99))).t(" EUR) Tj\n")
        p.t("1 0 0 1 500 40 Tm\n(%s 1 / 2) Tj\nET\nendstream\nendobj" % rng.choice(["Seite", "Page", "Pagina", "Strona", "Sayfa"]))
        OUT.emit_blocks([p], lg, "pdf-" + kind, i)
    for i in range(12):  # invoices with no birth or phone
        lg = LANGS[(i * 5) % len(LANGS)]
        p = P().t("BT\n/F1 10 Tf\n56 760 Td\n(%s:) Tj\n80 0 Td\n(" % pdfesc(INVD[lg]))
        p.s("NEG_DATE", "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026))).t(") Tj\n")
        p.t("-80 -13 Td\n(GTIN:) Tj\n80 0 Td\n(").s("NEG_ID", gtin13()).t(") Tj\n")
        p.t("-80 -13 Td\n(%s:) Tj\n80 0 Td\n[(" % pdfesc(NEGL[lg][0])).s("NEG_ID", "%08d" % rng.randint(1, 99999999)).t(")] TJ\n")
        p.t("-80 -13 Td\n(Total:) Tj 80 0 Td (").s("NEG_NUMBER", "%d.%02d" % (rng.randint(10, 9999), rng.randint(0, 99))).t(") Tj\nET")
        OUT.emit_blocks([p], lg, "pdf-neg", i)


# ---- 5. protobuf text format and JSON of contact APIs ---------------------------------------------
def gen_proto():
    for i in range(44):
        lg = LANGS[i % len(LANGS)]
        nm = person(lg)
        r = nsn(lg)
        k = i % 4
        if k == 0:  # libphonenumber PhoneNumber in protobuf text format
            p = P().t("contact {\n  display_name: \"").s("PERSON", nm).t("\"\n  phone {\n    country_code: %s\n    national_number: " % CC[lg])
            p.s("PHONE_NUMBER", r).t("\n    country_code_source: FROM_NUMBER_WITH_PLUS_SIGN\n  }\n")
            p.t("  order_id: ").s("NEG_ID", str(rng.randint(10 ** 8, 10 ** 10))).t("\n  create_time_ms: ").s("NEG_NUMBER", epoch_ms()).t("\n}\n")
            OUT.emit_blocks([p], lg, "proto-text", i)
            continue
        if k == 1:  # protobuf JSON, int64 as a string or a number
            nn = ("PHONE_NUMBER", r) if i % 2 else Num("PHONE_NUMBER", r)
            obj = {"subscriber": {"fullName": ("PERSON", nm),
                                  "phone": {"countryCode": int(CC[lg]), "nationalNumber": nn,
                                            "italianLeadingZero": False},
                                  "accountNumber": ("NEG_ID", str(rng.randint(10 ** 9, 10 ** 11))),
                                  "lastSeenMs": Num("NEG_NUMBER", epoch_ms())}}
        elif k == 2:  # Google People API person
            obj = {"resourceName": "people/c%d" % rng.randint(10 ** 17, 10 ** 18),
                   "names": [{"displayName": ("PERSON", nm), "metadata": {"primary": True}}],
                   "phoneNumbers": [{"value": ("PHONE_NUMBER", rng.choice([ph_text(lg), ph_nat(lg)])),
                                     "canonicalForm": ("PHONE_NUMBER", "+" + CC[lg] + r),
                                     "type": "mobile", "formattedType": "Mobile"}],
                   "birthdays": [{"date": {"year": 1950 + i, "month": rng.randint(1, 12), "day": rng.randint(1, 28)},
                                  "text": ("DATE_OF_BIRTH", dob(lg))}]}
        else:  # a list of PhoneNumber messages as JSON, camel or snake case
            snake = i % 2 == 0
            obj = {"contacts": [{("display_name" if snake else "displayName"): ("PERSON", person(lg)),
                                 ("phone_number" if snake else "phoneNumber"): {
                                     ("country_code" if snake else "countryCode"): int(CC[lg]),
                                     ("national_number" if snake else "nationalNumber"): Num("PHONE_NUMBER", nsn(lg))}}
                                for _ in range(2)], "nextPageToken": "CAE%d" % rng.randint(100, 999)}
        emit_json(obj, lg, "proto-" + ["text", "json", "people", "list"][k], i)
    for i in range(12):  # order protos of the same shapes
        lg = LANGS[(i * 3) % len(LANGS)]
        if i % 2:
            obj = {"order": {"countryCode": int(CC[lg]), "orderNumber": Num("NEG_ID", str(rng.randint(10 ** 8, 10 ** 10))),
                             "gtin": ("NEG_ID", gtin13()), "createTimeMs": ("NEG_NUMBER", epoch_ms()),
                             "quantity": rng.randint(1, 9)}}
            emit_json(obj, lg, "proto-neg", i)
        else:
            p = P().t("line_item {\n  country_code: %s\n  invoice_number: " % CC[lg]).s("NEG_ID", str(rng.randint(10 ** 8, 10 ** 10)))
            p.t("\n  amount_micros: ").s("NEG_NUMBER", str(rng.randint(10 ** 6, 10 ** 10))).t("\n  page: %d\n}\n" % rng.randint(1, 9))
            OUT.emit_blocks([p], lg, "proto-neg", i)


# ---- 6. voice-assistant transcripts of e-mail addresses -------------------------------------------
SPOKEN = {
    "tr": ((" at ", " et ", " et işareti "), " nokta ",
           ["Asistan: E-posta adresiniz nedir?\nKullanıcı: {v}", "[transkript] adresim {v} tamam mı",
            "Kullanıcı (sesli): mailim {v}, oraya gönder"],
           ["Asistan: Nokta koyayım mı?\nKullanıcı: evet, cümlenin sonuna nokta koy.",
            "Kullanıcı: akşam et ve pilav var, nokta."]),
    "el": ((" papaki ", " at "), " teleia ",
           ["Voithos: Poio einai to email sas?\nXristis: {v}", "[metagrafi] to mail mou einai {v} efcharisto",
            "Xristis (fonitika): grapse {v} sto pedio"],
           ["Xristis: vale mia teleia sto telos kai to papaki sto logo.",
            "To papaki sto pinaka einai teleia zografismeno."]),
    "pl": ((" małpa ", " at ", " małpka "), " kropka ",
           ["Asystent: Jaki jest Pana adres e-mail?\nUżytkownik: {v}", "[transkrypcja] mój mejl to {v} dzięki",
            "Użytkownik (głosowo): zapisz {v} jako kontakt"],
           ["Użytkownik: postaw kropkę na końcu zdania.", "W zoo była małpa, kropka, koniec historii."]),
    "hu": ((" kukac ", " at "), " pont ",
           ["Asszisztens: Mi az e-mail címe?\nFelhasználó: {v}", "[átirat] az emailem {v} köszi",
            "Felhasználó (hang): írd be, hogy {v}"],
           ["Felhasználó: pont ezt akartam mondani, nem kukac.", "Pont kettőkor találkozunk."]),
    "cs": ((" zavináč ", " at "), " tečka ",
           ["Asistent: Jaký je váš e-mail?\nUživatel: {v}", "[přepis] můj mail je {v} díky",
            "Uživatel (hlasem): ulož {v} do kontaktů"],
           ["Uživatel: na konec věty dej tečku, ne zavináč.", "Tečka za tím, konec diskuse."]),
    "ro": ((" arond ", " at ", " a rond "), " punct ",
           ["Asistent: Care este adresa de e-mail?\nUtilizator: {v}", "[transcriere] mailul meu e {v} mersi",
            "Utilizator (vocal): scrie {v} la contact"],
           ["Utilizator: pune punct la final, te rog.", "Am ajuns la punct fix, nu la arond."]),
    "pt": ((" arroba ", " at "), " ponto ",
           ["Assistente: Qual é o seu e-mail?\nUtilizador: {v}", "[transcrição] o meu mail é {v} obrigado",
            "Utilizador (voz): guarda {v} nos contactos"],
           ["Utilizador: ponto final, não quero mais.", "Comprei uma arroba de batatas, ponto."]),
}
NAMELG = {"tr": "tr", "el": "el", "pl": "pl", "hu": "hu", "cs": "cs", "ro": "ro", "pt": "pt"}


def local_part(lg, dot):
    nm = person(NAMELG[lg])
    g, s = nm.split(" ", 1)
    g, s = ascii_fold(g), ascii_fold(s).replace(" ", "")
    return rng.choice([g + dot + s, g + s, g[0] + s, g + dot + s + str(rng.randint(1, 99)), s + dot + g])


def gen_spoken():
    langs = list(SPOKEN)
    for i in range(70):
        lg = langs[i % len(langs)]
        ats, dot, leads, _ = SPOKEN[lg]
        at = rng.choice(ats)
        dom = rng.choice(DOMAINS)
        v = local_part(lg, dot) + at + dom.replace(".", dot)
        a, b = rng.choice(leads).split("{v}")
        OUT.emit_blocks([P().t(a).s("EMAIL_ADDRESS", v).t(b)], lg, "spoken-" + lg, i)
    for i in range(14):
        lg = langs[i % len(langs)]
        OUT.emit_blocks([P().s("NEG_TEXT", rng.choice(SPOKEN[lg][3]))], lg, "spoken-neg", i)
    for i in range(21):  # half-spelled: a real @ with spoken dots, or a spoken at with real dots
        lg = langs[i % len(langs)]
        ats, dot, leads, _ = SPOKEN[lg]
        dom = rng.choice(DOMAINS)
        if i % 2 == 0:
            v = local_part(lg, ".") + "@" + dom.replace(".", dot)
        else:
            v = local_part(lg, ".") + ats[0] + dom
        a, b = leads[i % len(leads)].split("{v}")
        OUT.emit_blocks([P().t(a).s("EMAIL_ADDRESS", v).t(b)], lg, "half-" + lg, i)


# ---- 7. Turkish sentences that open with a pronoun's form ---------------------------------------
BANA = ["Bana yarın bir özet gönder.", "Bana göre bu tablo eksik.", "Bana da bir kopya lazım.",
        "Sana söylemiştim, rapor hazır.", "Bize yeni bir şablon lazım.", "Onlara haber ver lütfen.",
        "Bana bunu açıklar mısın?", "Bende de aynı hata var.", "Benim için sorun değil.",
        "Bana ulaşmak için formu kullan."]


def gen_bana():
    for i in range(12):
        s = BANA[i % len(BANA)]
        p = P().s("NEG_TEXT", s)
        if i % 3 == 0:
            p.t(" ").s("PERSON", person("tr")).t(" de toplantıda olacak.")
        OUT.emit_blocks([p], "tr", "bana", i)


gen_batchget()
gen_openpyxl()
gen_csv()
gen_xlsx()
gen_pdf()
gen_proto()
gen_spoken()
gen_bana()
write_json(records)
