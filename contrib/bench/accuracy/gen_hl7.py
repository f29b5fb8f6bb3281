"""gen_hl7.py: people, births and addresses in HL7 v2 messages pasted into a prompt (stop 30, lead).

ADT, ORM and ORU messages as a hospital integration engineer pastes them ("why does this A08
fail?", "summarise this feed", "map these fields to FHIR"): MSH, EVN, PID, PD1, NK1, PV1, GT1,
IN1, ORC, OBR, OBX segments split by CR or LF, inside a question or alone. Gold, by field:
PID-5 / 6 / 9, NK1-2, GT1-3, IN1-16, PV1-7 / 8 / 17, ORC-12, OBR-16 are PERSON (the whole
field); PID-7, NK1-16, GT1-8, IN1-18 are DATE_OF_BIRTH; PID-11, NK1-4, GT1-5, IN1-19 are
STREET_ADDRESS. Names real and invented, in capitals or mixed case, from several countries.

Look-alikes in the same records: pipe-separated log lines that open with PID or OBR, Markdown
tables with a PID column, `ps` output, OBX results and codes, message control ids and timestamps
(not births: MSH-7, EVN-2), a segment quoted inside a sentence.

Writes data/hl7.json to stdout. Deterministic; Python stdlib only.
"""
import random

from gen_common import Doc, write_json

rng = random.Random(7700)
records = []

FAMILY = ["DOE", "KOWALSKI", "MARTIN", "OKAFOR", "NGUYEN", "GARCIA", "WEBER", "ROSSI", "HASSAN",
          "SANTOS", "VAN DIJK", "O'BRIEN", "Müller", "Lindqvist", "Tanaka", "Ruiz"]
GIVEN = ["JOHN", "ANNA", "CLAIRE", "NGOZI", "MINH", "LUCIA", "KLAUS", "GIULIA", "OMAR", "JOAO",
         "Sanne", "Siobhan", "Jörg", "Astrid", "Kenji", "Ana"]
SYL = ["ka", "lo", "mi", "ren", "tu", "var", "sel", "dor", "bri", "an", "el", "os", "qui", "zan"]
STREETS = ["12 MAIN ST^^BOSTON^MA^02110^USA", "4 RUE D ORSEL^^PARIS^^75018^FR",
           "Hauptstr. 5^Whg 3^Berlin^^10115^DE", "Keizersgracht 123^^Amsterdam^^1015 CJ^NL",
           "Via Roma 10^^Bari^BA^70121^IT", "221B BAKER ST^^LONDON^^NW1 6XE^GB",
           "ul. Dluga 5^^Gdansk^^80-827^PL", "Calle Mayor 3^2B^Madrid^^28013^ES"]
QUESTIONS = ["Why does this A08 fail validation?\n\n", "Summarise this message for the ward:\n",
             "Map these fields to FHIR Patient please\n```\n", "", "parse this:\n"]


def invented():
    w = "".join(rng.choice(SYL) for _ in range(rng.choice((2, 3))))
    return w.upper() if rng.random() < 0.6 else w.capitalize()


def name(xcn=False):
    fam = rng.choice(FAMILY) if rng.random() < 0.5 else invented()
    giv = rng.choice(GIVEN) if rng.random() < 0.5 else invented()
    v = fam + "^" + giv
    if rng.random() < 0.4:
        v += "^" + rng.choice("ABCDEJM")
    if xcn:
        v = str(rng.randint(1000, 99999)) + "^" + v + rng.choice(["", "^^^MD", "^^^DR"])
    return v


def date(y0, y1):
    return "%04d%02d%02d" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


class D(Doc):
    records = records


def seg(d, sid, fields, sep):
    """fields: list of str or (label, value); written as SID|f1|f2..."""
    d.t(sid)
    for f in fields:
        d.t("|")
        if isinstance(f, tuple):
            d.span(f[0], f[1])
        else:
            d.t(f)
    d.t(sep)


for n in range(90):
    d = D("en", "hl7")
    sep = "\r" if n % 3 == 0 else "\n"
    q = rng.choice(QUESTIONS)
    d.t(q)
    ts = date(2023, 2026) + "%02d%02d00" % (rng.randint(0, 23), rng.randint(0, 59))
    kind = rng.choice(["ADT^A01", "ADT^A08", "ADT^A04", "ORM^O01", "ORU^R01"])
    seg(d, "MSH", ["^~\\&", "EPIC", "HOSP", "LAB", "HOSP", ts, "", kind, "MSG%05d" % n, "P",
                   "2.5"], sep)
    seg(d, "EVN", [kind[4:], ts], sep)
    pid = ["1", "", "%d^^^HOSP^MR" % rng.randint(10000, 999999), "", ("PERSON", name())]
    pid.append(("PERSON", name()) if rng.random() < 0.3 else "")
    pid.append(("DATE_OF_BIRTH", date(1930, 2020)))
    pid.append(rng.choice("MFU"))
    pid.append(("PERSON", name()) if rng.random() < 0.15 else "")
    pid += ["", ("STREET_ADDRESS", rng.choice(STREETS))]
    seg(d, "PID", pid, sep)
    if rng.random() < 0.5:
        nk = ["1", ("PERSON", name()), rng.choice(["SPO", "MTH", "FTH", "CHD"]),
              ("STREET_ADDRESS", rng.choice(STREETS))]
        seg(d, "NK1", nk, sep)
    pv = ["1", rng.choice("IOE"), "W^%d^1" % rng.randint(100, 499), "", "", "",
          ("PERSON", name(True)), ("PERSON", name(True)) if rng.random() < 0.5 else ""]
    seg(d, "PV1", pv, sep)
    if rng.random() < 0.3:
        seg(d, "GT1", ["1", "", ("PERSON", name()), "", ("STREET_ADDRESS", rng.choice(STREETS)),
                       "", "", ("DATE_OF_BIRTH", date(1940, 2000))], sep)
    if kind.startswith("ORU"):
        seg(d, "OBX", ["1", "NM", "GLU^Glucose", "", str(rng.randint(60, 250)), "mg/dL",
                       "70-105", "H", "", "", "F"], sep)
    if q.startswith("Map"):
        d.t("```\n")
    d.done()

# look-alikes: pipe-separated lines and tables that are no HL7
LOOK = [
    "PID|USER|%CPU|COMMAND\n1234|www-data|2.1|nginx: worker\n",
    "PID|1234|nginx|worker|running|ok|since 2024-01-01\n",
    "| PID | Name | Status |\n|---|---|---|\n| 4412 | postgres | up |\n",
    "OBR|1|ORD123|FIL456|CBC^Complete Blood Count|||20240102093000\n",
    "OBX|2|ST|COMMENT||Sample haemolysed, please repeat|||A|||F\n",
    "The PID segment (PID|1||...) carries the patient identifiers; PID-7 is the birth date.\n",
    "MSH|^~\\&|APP|FAC|APP2|FAC2|20240301101500||ACK^A01|ACK0001|P|2.5\nMSA|AA|MSG00001\n",
]
for n in range(30):
    d = D("en", "lookalikes")
    d.t(LOOK[n % len(LOOK)])
    d.done()

write_json(records)
