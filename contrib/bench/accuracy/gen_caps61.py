#!/usr/bin/env python3
"""gen_caps61.py: the tune corpora's people, streets and births as form text in capitals (branch
caps61, issue 15). A tune set, written and committed before hush was run on it, from the
twenty-fourth blind set's public brief (its scanned family: OCR and fax in capitals, misread
labels, columns run together) and a different idea of how to measure it: not new documents, but
variants of text hush was tuned on in mixed case. Records of non-blind tune corpora (forms,
letters, tables, tickets, rosters, records; never a names_holdout set, the model's hold-outs or
presidio) are taken as they are and transformed:

- everything in capitals, per language (`ß` -> `SS` as str.upper does, Turkish `i` -> `İ`);
- a third of the records without diacritics (`MÜLLER` -> `MULLER`, `ŁÓDŹ` -> `LODZ`);
- in two records of five, OCR misreads at a low rate inside words and labels (O -> 0, I -> 1 or
  L, M -> RN, S -> 5, B -> 8; in a birth a 0 -> O or a 1 -> I), kept gold as printed;
- in half, a label run into its value (`NAME:KOWALSKI JAN`);
- in a quarter, `Label: value` lines as fixed-width columns (`NAME                KOWALSKI JAN`,
  `NAME........: KOWALSKI JAN`);
- in half, a two-word person written surname first with a comma (`KOWALSKI, JAN`).

Every gold and NEG_ span keeps its exact offsets (recomputed); a record whose spans overlap or
cross a JSON string is left out. Each document also gets capitals look-alikes of my own, at least
as many as its values: form headings and boilerplate (`PLEASE PRINT IN BLOCK CAPITALS`, `FOR
OFFICE USE ONLY`, in its language: NEG_HEAD), firms, some named after a person (NEG_ORG), drugs
(NEG_PRODUCT), product and reference codes (NEG_ID), places named after people or saints
(NEG_PLACE). Request bodies of the four APIs' block shapes (gen_scan_common.scan_records), a
third \\uXXXX. Deterministic; stdlib only: python3 gen_caps61.py > data/caps61.json
"""
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6161)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "cs", "sv", "da", "no", "fi", "hu", "tr", "ro", "el"]
MAIN = ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH")

# (corpus, records taken): forms, letters, tables, tickets, rosters, key-value records
SOURCES = [("forms42", 30), ("forms44", 30), ("forms45", 30), ("forms5", 15), ("forms6", 10),
           ("forms30", 10), ("tables2", 20), ("tables7", 15), ("rosters", 15), ("travel8", 20),
           ("labels7", 15), ("kv8", 10), ("prose41", 20), ("prose44", 15), ("prose50", 15),
           ("street40", 10), ("street58", 20), ("dob42", 15), ("dob45", 20), ("left50", 15),
           ("struct50", 15), ("hl7", 10), ("addr_tune5", 10), ("names_global", 10)]


# ---- reading a source record's texts -----------------------------------------------------------
ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def literal(raw, i):
    """The JSON string opening at raw[i] ('"'): (decoded text, raw offset of each char, the raw
    offset of its closing quote)."""
    out, at = [], []
    j = i + 1
    while raw[j] != '"':
        at.append(j)
        if raw[j] != "\\":
            out.append(raw[j])
            j += 1
            continue
        e = raw[j + 1]
        if e != "u":
            out.append(ESC[e])
            j += 2
            continue
        c = int(raw[j + 2:j + 6], 16)
        j += 6
        if 0xD800 <= c < 0xDC00 and raw[j:j + 2] == "\\u":
            c = 0x10000 + ((c - 0xD800) << 10) + (int(raw[j + 2:j + 6], 16) - 0xDC00)
            j += 6
        out.append(chr(c))
    return "".join(out), at, j


def texts_of(r):
    """The record's texts holding spans as [(text, spans)], spans as (start, end, label) in the
    text; None when a span is not inside one JSON string value or spans overlap."""
    raw, spans = r["full_text"], sorted(r["spans"], key=lambda s: s["start_position"])
    if any(a["end_position"] > b["start_position"] for a, b in zip(spans, spans[1:])):
        return None
    if not raw.startswith("{"):
        return [(raw, [(s["start_position"], s["end_position"], s["entity_type"]) for s in spans])]
    out, left, i = [], list(spans), 0
    while i < len(raw):
        if raw[i] != '"':
            i += 1
            continue
        text, at, end = literal(raw, i)
        mine = [s for s in left if i < s["start_position"] < end]
        if mine:
            pos = {a: k for k, a in enumerate(at)}
            pos[end] = len(text)
            sp = []
            for s in mine:
                if s["start_position"] not in pos or s["end_position"] not in pos:
                    return None
                sp.append((pos[s["start_position"]], pos[s["end_position"]], s["entity_type"]))
                left.remove(s)
            out.append((text, sp))
        i = end + 1
    return None if left else out


# ---- the capitals transform ----------------------------------------------------------------------
OCR = {"O": "0", "I": "1", "M": "RN", "S": "5", "B": "8"}
OCR_DIGIT = {"0": "O", "1": "I"}


def upper(s, lg):
    if lg == "tr":
        s = s.replace("i", "İ").replace("ı", "I")
    return s.upper()


def bare(s):
    s = s.replace("Ł", "L").replace("Ø", "O").replace("Đ", "D").replace("Æ", "AE").replace("Œ", "OE")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                if not unicodedata.combining(c)))


def misread(s, rate, label):
    """s with OCR misreads inside its words at rate (digits too in a birth)."""
    out = []
    for k, c in enumerate(s):
        inside = 0 < k < len(s) - 1 and s[k - 1].isalnum() and s[k + 1].isalnum()
        if c in OCR and inside and rng.random() < rate:
            c = OCR[c] if c != "I" else rng.choice(["1", "L"])
        elif label == "DATE_OF_BIRTH" and c in OCR_DIGIT and rng.random() < rate:
            c = OCR_DIGIT[c]
        out.append(c)
    return "".join(out)


COL = re.compile(r"(^|\n)([ \t]*)([^\W\d_][^\n:|]{1,22}?)[ \t]*:[ \t]*$")


def before_value(seg, v):
    """The text before a value: its `Label:` run into it or set as a fixed-width column."""
    if v["columns"]:
        m = COL.search(seg)
        if m:
            lab = m.group(3)
            w = max(24, len(lab) + 2)
            pad = lab + " " * (w - len(lab)) if v["dots"] is False else lab + "." * (w - len(lab) - 2) + ": "
            return seg[:m.start(3)] + pad
    if v["runin"]:
        return re.sub(r":[ \t]+$", ":", seg)
    return seg


NAME2 = re.compile(r"([^\W\d_][\w'’-]*) ([^\W\d_][\w'’-]*)")


def capitals(text, spans, lg, v):
    """(text, spans) in capitals with the record's variants; spans as (start, end, label)."""
    segs, at = [], 0
    for a, b, lab in spans:
        segs.append((None, text[at:a]))
        segs.append((lab, text[a:b]))
        at = b
    segs.append((None, text[at:]))
    out, sp = "", []
    for k, (lab, s) in enumerate(segs):
        if lab is None and k + 1 < len(segs) and segs[k + 1][0] in MAIN:
            s = before_value(s, v)
        if lab == "PERSON" and v["comma"]:
            m = NAME2.fullmatch(s)
            if m and m.group(1)[:1].isupper() and m.group(2)[:1].isupper():
                s = m.group(2) + ", " + m.group(1)
        s = upper(s, lg)
        if v["bare"]:
            s = bare(s)
        if v["ocr"] and (lab is None or lab in MAIN or lab.startswith("NEG_")):
            s = misread(s, v["ocr"], lab)
        if lab is not None:
            if not s.strip():
                lab = None
            else:
                lead = len(s) - len(s.lstrip())
                sp.append((len(out) + lead, len(out) + len(s.rstrip()), lab))
        out += s
    return out, sp


# ---- look-alikes of my own -------------------------------------------------------------------------
BOILER = {"en": ["PLEASE PRINT", "PLEASE WRITE IN BLOCK CAPITALS", "FOR OFFICE USE ONLY", "DO NOT WRITE BELOW THIS LINE"],
          "de": ["BITTE IN DRUCKBUCHSTABEN AUSFÜLLEN", "NUR FÜR DEN DIENSTGEBRAUCH", "BITTE DEUTLICH SCHREIBEN"],
          "fr": ["ÉCRIRE EN MAJUSCULES", "CADRE RÉSERVÉ À L'ADMINISTRATION", "EN LETTRES CAPITALES SVP"],
          "nl": ["IN BLOKLETTERS INVULLEN", "NIET INVULLEN DOOR AANVRAGER", "S.V.P. DUIDELIJK SCHRIJVEN"],
          "es": ["ESCRIBA EN MAYÚSCULAS", "A RELLENAR POR LA ADMINISTRACIÓN", "LETRA DE IMPRENTA"],
          "it": ["SCRIVERE IN STAMPATELLO", "RISERVATO ALL'UFFICIO", "COMPILARE IN MODO LEGGIBILE"],
          "pt": ["PREENCHER EM MAIÚSCULAS", "A PREENCHER PELOS SERVIÇOS", "LETRA DE IMPRENSA"],
          "pl": ["WYPEŁNIĆ DRUKOWANYMI LITERAMI", "WYPEŁNIA URZĄD", "CZYTELNIE"],
          "cs": ["VYPLŇTE HŮLKOVÝM PÍSMEM", "NEVYPLŇUJTE", "ČITELNĚ"],
          "sv": ["TEXTA TYDLIGT", "EJ IFYLLES AV SÖKANDE", "VAR GOD TEXTA"],
          "da": ["UDFYLDES MED BLOKBOGSTAVER", "FORBEHOLDT KONTORET"],
          "no": ["FYLLES UT MED BLOKKBOKSTAVER", "FYLLES UT AV KONTORET"],
          "fi": ["TÄYTÄ TIKKUKIRJAIMIN", "VIRANOMAINEN TÄYTTÄÄ"],
          "hu": ["NYOMTATOTT NAGYBETŰVEL TÖLTSE KI", "HIVATAL TÖLTI KI"],
          "tr": ["BÜYÜK HARFLERLE DOLDURUNUZ", "RESMİ KULLANIM İÇİNDİR"],
          "ro": ["COMPLETAȚI CU MAJUSCULE", "SE COMPLETEAZĂ DE FUNCȚIONAR"],
          "el": ["GRAPSTE ME KEFALAIA", "SYMPLIRONETAI APO TIN YPIRESIA"]}
HEADS = ["APPLICATION FORM", "DELIVERY NOTE", "REGISTRATION CARD", "PATIENT DETAILS", "NEXT OF KIN",
         "SECTION B - APPLICANT", "PERSONAL DATA", "ANMELDEFORMULAR", "PERSONALIEN", "BON DE LIVRAISON",
         "ÉTAT CIVIL", "AANVRAAGFORMULIER", "GEGEVENS AANVRAGER", "DATOS PERSONALES", "DATI ANAGRAFICI",
         "DADOS PESSOAIS", "DANE OSOBOWE", "OSOBNÍ ÚDAJE", "PERSONUPPGIFTER", "HENKILÖTIEDOT",
         "SZEMÉLYES ADATOK", "KİŞİSEL BİLGİLER", "DATE PERSONALE", "STOIXEIA AITOUNTOS", "SIGNATURE",
         "TERMS AND CONDITIONS", "GENERAL MANAGER", "CUSTOMER COPY", "ORIGINAL", "DUPLICATE"]
FIRMS = ["JOHN LEWIS PARTNERSHIP", "MARKS & SPENCER PLC", "HUGO BOSS AG", "DR. OETKER GMBH", "BOOTS THE CHEMIST",
         "ALBERT HEIJN B.V.", "EL CORTE INGLÉS S.A.", "FERRERO S.P.A.", "PEUGEOT CITROËN", "WALTER KNOLL AG",
         "JOSÉ CUERVO S.A.", "GIORGIO ARMANI S.P.A.", "LOUIS VUITTON MALLETIER", "MAX BAHR BAUMARKT",
         "GUSTAV KLEIN GMBH & CO. KG", "HENNES & MAURITZ AB", "CARL ZEISS MEDITEC", "ANNA MARIA BAKERY LTD",
         "KOÇ HOLDING A.Ş.", "JERÓNIMO MARTINS SGPS", "JAN DE NUL GROUP", "ROSSMANN", "MERCADONA", "KONE OYJ"]
DRUGS = ["METFORMIN 500 MG", "ATORVASTATIN 20MG", "AMOXICILLIN 250", "PARACETAMOL 1 G", "IBUPROFEN 400",
         "RAMIPRIL 5 MG", "OMEPRAZOL 20", "LISINOPRIL", "SALBUTAMOL INHALER", "WARFARIN 3MG",
         "LEVOTHYROXINE 50", "BISOPROLOL", "FUROSEMID 40", "DICLOFENAC GEL", "ELIQUIS 5 MG", "XARELTO"]
PLACES = ["SANTA MARIA NOVELLA", "SAN JOSE", "ST HELENS", "SANKT AUGUSTIN", "MARIA ENZERSDORF",
          "SAINT-ÉTIENNE", "SAN SEBASTIÁN", "JOHANNESBURG", "CHRISTIANSTED", "PORT ELIZABETH",
          "KÖNIGS WUSTERHAUSEN", "GEORGETOWN", "VICTORIA STATION", "CHARLES DE GAULLE", "SANTIAGO DE COMPOSTELA",
          "SAINT-JEAN-DE-LUZ", "SÃO JOÃO DA MADEIRA", "JAKOBSTAD", "FREDERIKSBERG", "SAN VITO LO CAPO"]


def code():
    a = "".join(rng.choice("ABCDEFGHKLMNPRSTXZ") for _ in range(2))
    return rng.choice(["%s-%04d-%s" % (a, rng.randrange(10000), rng.choice("ABCDX")), "REF %d/%02d" % (
        rng.randrange(100, 9999), rng.randrange(100)), "ART.-NR. %06d" % rng.randrange(10 ** 6),
        "%s%d %s" % (a, rng.randrange(10, 99), rng.choice(["XL", "MK II", "PRO"]))])


def lookalike(lg, k):
    kind = k % 6
    if kind == 0:
        return "NEG_HEAD", rng.choice(BOILER[lg])
    if kind == 1:
        return "NEG_HEAD", rng.choice(HEADS)
    if kind == 2:
        return "NEG_ORG", rng.choice(FIRMS)
    if kind == 3:
        return "NEG_PRODUCT", rng.choice(DRUGS)
    if kind == 4:
        return "NEG_ID", code()
    return "NEG_PLACE", rng.choice(PLACES)


class Doc:
    """One transformed record: its texts as the scan's pages (scan_records' document shape)."""

    def __init__(self, lg, cls, dom):
        self.lg, self.cls, self.dom = lg, cls, dom
        self.text, self.spans, self.pages = "", [], []

    def add(self, text, spans):
        if self.text:
            self.pages.append(len(self.text))
        base = len(self.text)
        for a, b, lab in spans:
            self.spans.append({"entity_type": lab, "entity_value": text[a:b], "start_position": base + a,
                               "end_position": base + b})
        self.text += text if text.endswith("\n") else text + "\n"

    def neg_line(self, items, sep):
        """A line of look-alikes, prepended (the spans after it shift)."""
        line, sp = "", []
        for lab, val in items:
            if line:
                line += sep
            sp.append({"entity_type": lab, "entity_value": val, "start_position": len(line),
                       "end_position": len(line) + len(val)})
            line += val
        return line + "\n", sp


def variant():
    v = {"bare": rng.random() < 0.33, "ocr": rng.choice([0.02, 0.04]) if rng.random() < 0.4 else 0,
         "runin": rng.random() < 0.5, "columns": rng.random() < 0.25, "comma": rng.random() < 0.5}
    v["dots"] = rng.random() < 0.4
    return v


def build(name, take):
    recs = json.load(open(os.path.join(here, "data", name + ".json"), encoding="utf-8"))
    order = list(range(len(recs)))
    rng.shuffle(order)
    docs = []
    for i in order:
        if len(docs) == take:
            break
        r = recs[i]
        if not any(s["entity_type"] in MAIN for s in r["spans"]):
            continue
        texts = texts_of(r)
        if not texts or sum(len(t) for t, _ in texts) > 2500:
            continue
        lg = (r.get("metadata") or {}).get("locale") or "en"
        lg = lg.split("_")[0].split("-")[0].lower()
        lg = lg if lg in LANGS else "en"
        v = variant()
        d = Doc(lg, name, "+".join(k for k in ("bare", "ocr", "runin", "columns", "comma") if v[k]) or "plain")
        for text, spans in texts:
            d.add(*capitals(text, spans, lg, v))
        values = sum(1 for s in d.spans if s["entity_type"] in MAIN)
        negs = [lookalike(lg, k) for k in range(max(2, values))]
        head, tail = negs[:(len(negs) + 1) // 2], negs[(len(negs) + 1) // 2:]
        top = ""
        top_sp = []
        for k in range(0, len(head), 2):
            line, sp = d.neg_line(head[k:k + 2], rng.choice(["   ", " | ", "  ¦  ", "\t"]))
            top_sp += [dict(s, start_position=s["start_position"] + len(top), end_position=s["end_position"] + len(
                top)) for s in sp]
            top += line
        d.spans = top_sp + [dict(s, start_position=s["start_position"] + len(top),
                                 end_position=s["end_position"] + len(top)) for s in d.spans]
        d.pages = [p + len(top) for p in d.pages]
        d.text = top + d.text
        for k in range(0, len(tail), 2):
            line, sp = d.neg_line(tail[k:k + 2], rng.choice(["   ", " ~ ", "  ", " :: "]))
            d.spans += [dict(s, start_position=s["start_position"] + len(d.text),
                             end_position=s["end_position"] + len(d.text)) for s in sp]
            d.text += line
        for s in d.spans:
            assert d.text[s["start_position"]:s["end_position"]] == s["entity_value"], (name, s)
        docs.append(d)
    return docs


ASKS = ["Type this form up.", "Please fix the OCR in this scan.", "Who is on this form?",
        "Turn this into CSV.", "Summarise this faxed page.", "Translate this form to English."]

if __name__ == "__main__":
    DOCS = []
    for src, n in SOURCES:
        DOCS += build(src, n)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))
