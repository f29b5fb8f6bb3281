#!/usr/bin/env python3
"""gen_h12dobgen.py: birth dates in the shapes names_holdout12 missed, in kinds of text holdout12
does not hold (issue 15, branch `h12dob`).

Each class is a mechanism, written away from the set it came from (holdout12 had pandas/R
printouts, DICOM dumps, CVs from PDF, Swiss forms, club and hotel cards, dental charts):
- `col`: a birth column of a whitespace-aligned table printed by a tool (sqlite3 `.mode column`,
  SAS PROC PRINT, a fixed-width mainframe report, `column -t`, Spark's show() without borders):
  the header word (dob, birth_date, geburtsdatum, date_naissance, fecha_nac, ...) stands above
  the date, left- or right-aligned; a second date column (hired, admitted, expires) beside it;
- `below`: a two-column form flattened by OCR or PDF copy: labels on one line, the values on the
  next at the same column (ID card and insurance card scans, visa forms, rental applications);
  the other column's date (issue, expiry, start) as the look-alike;
- `after`: the label after the value on the same line (a code comment after a literal, an SQL
  comment, a YAML comment, a value and its label in parentheses or after a dash);
- `appos`: a date set right after a person in a list of people (co-insured persons on a policy,
  passengers of a booking, a family tree, a class list): `Name (date)`, `Name, date`, `Name * date`;
  look-alikes: a signature or edit date after an agent (`approved by Name, date`,
  `Name (12.03.2026): called back`);
- `heading`: a person's record titled with the person and the birth date (`Patient file – Name
  (date)`, `Krankenakte: Name (date)`, `Scheda cliente – Name (date)`); look-alikes: a note, an
  invoice or a quote titled with a person and its own date (`Meeting notes – Name (date)`).
Invented names too, en/de/fr/nl/es/it/pt. Look-alikes as NEG_DATE.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTHS, append_record, SYL7 as SYL, END7 as END  # noqa: E402

rng = random.Random(20261204 + 38)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Oliver", "Hannah", "Priya", "Declan", "Rebecca", "Chidi", "Megan"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Katrin", "Tobias", "Lena"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Claire"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Carmen", "Rodrigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Sharma", "Whitcombe", "Ashworth", "Fletcher", "Doyle"],
    "de": ["Keller", "Weber", "Brandstätter", "Vogel", "Lindner", "Krause", "Schmidt"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Martin"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Jansen", "Smit", "Dekker"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "Vidal", "Ortega"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Mancini", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa"],
}


def inv(lg, sur):
    w = "".join(rng.choice(SYL[lg]) for _ in range(2))
    if sur:
        w += rng.choice(END[lg])
    return w.capitalize()


def given(lg):
    return rng.choice(GIVEN[lg]) if rng.random() < 0.6 else inv(lg, False)


def surname(lg):
    return rng.choice(SURNAME[lg]) if rng.random() < 0.6 else inv(lg, True)


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fmt(lg, d, style=None):
    y, m, dd = d
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        return "%04d-%02d-%02d" % (y, m, dd)
    if style == 1:
        return "%02d.%02d.%04d" % (dd, m, y)
    if style == 2:
        return "%02d/%02d/%04d" % (dd, m, y)
    if style == 3:
        return "%02d-%02d-%04d" % (dd, m, y)
    mon = MONTHS[lg][m - 1]
    return {"en": "%d %s %d", "de": "%d. %s %d"}.get(lg, "%d %s %d") % (dd, mon, y)


def emit(lg, cls, parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"entity_type": p[0], "entity_value": p[1], "start_position": len(text),
                          "end_position": len(text) + len(p[1])})
            text += p[1]
        else:
            text += p
    append_record(records, text, spans, lg, cls)


# ---- col: a birth column of a whitespace-aligned printout ---------------------------------------
BIRTH_COL = {"en": ["dob", "birth_date", "date_of_birth", "DOB", "BIRTHDATE", "birthdate"],
             "de": ["geburtsdatum", "geb_datum", "GEBDAT", "dob"],
             "fr": ["date_naissance", "dt_naiss", "DATE_NAIS", "dob"],
             "nl": ["geboortedatum", "geb_datum", "dob"],
             "es": ["fecha_nacimiento", "fecha_nac", "FEC_NAC", "dob"],
             "it": ["data_nascita", "dt_nascita", "DATA_NASC", "dob"],
             "pt": ["data_nascimento", "dt_nasc", "DATA_NASC", "dob"]}
OTHER_COL = {"en": ["hired", "admitted", "expires", "joined_on", "last_visit"],
             "de": ["eintritt", "aufnahme", "gueltig_bis", "letzter_besuch"],
             "fr": ["date_entree", "admission", "expiration", "derniere_visite"],
             "nl": ["in_dienst", "opname", "geldig_tot", "laatste_bezoek"],
             "es": ["fecha_alta", "ingreso", "caducidad", "ultima_visita"],
             "it": ["data_assunzione", "ricovero", "scadenza", "ultima_visita"],
             "pt": ["data_admissao", "internamento", "validade", "ultima_visita"]}


def col(lg):
    kind = rng.randrange(4)
    bcol = rng.choice(BIRTH_COL[lg])
    ocol = rng.choice(OTHER_COL[lg])
    style = rng.choice((0, 0, 1, 2))
    n = rng.randint(2, 5)
    rows = []
    for i in range(n):
        rows.append((given(lg), surname(lg), fmt(lg, ymd(1940, 2016), style),
                     fmt(lg, ymd(2019, 2026), style), str(rng.randint(1000, 99999))))
    other_first = rng.random() < 0.3
    heads = ["id", "first", "last"] + ([ocol, bcol] if other_first else [bcol, ocol])
    w = [max(len(heads[0]), 5) + 2, 12, 14, max(len(heads[3]), 10) + 2, max(len(heads[4]), 10) + 2]
    right = kind == 2  # SAS PROC PRINT and pandas right-align
    parts = []
    if kind == 0:
        parts.append("sqlite> .mode column\nsqlite> SELECT id, first, last, %s, %s FROM %s;\n" % (
            heads[3], heads[4], rng.choice(["patients", "members", "staff", "clients"])))
    elif kind == 1:
        parts.append("$ column -t -s';' export_%d.csv | head\n" % rng.randint(1, 99))
    elif kind == 2:
        parts.append("The SAS System\n\n" if rng.random() < 0.5 else "REPORT RPT0%d\n\n" %
                     rng.randint(10, 99))
    else:
        parts.append("scala> df.show(false)\n")

    def cell(s, width, last=False):
        return s.rjust(width) if right else (s if last else s.ljust(width))

    line = "".join(cell(h, w[k], k == 4) for k, h in enumerate(heads))
    parts.append(line.rstrip() + "\n")
    if kind == 0:
        parts.append("".join(cell("-" * (w[k] - 2), w[k], k == 4) for k in range(5)).rstrip() + "\n")
    for r in rows:
        vals = [r[4], ("PERSON", r[0]), ("PERSON", r[1])]
        b, o = ("DATE_OF_BIRTH", r[2]), ("NEG_DATE", r[3])
        vals += [o, b] if other_first else [b, o]
        for k, v in enumerate(vals):
            s = v[1] if isinstance(v, tuple) else v
            pad = w[k] - len(s)
            if right:
                parts.append(" " * pad)
                parts.append(v)
            else:
                parts.append(v)
                if k < 4:
                    parts.append(" " * pad)
        parts.append("\n")
    parts.append(rng.choice(["(%d rows)\n" % n, "", "only showing top %d rows\n" % n]))
    emit(lg, "col", parts)


# ---- below: labels on one line, values on the next, in columns -------------------------------------
BIRTH_LAB = {"en": ["Date of birth", "Birth date", "DOB"],
             "de": ["Geburtsdatum", "Geb.-Datum", "geboren am"],
             "fr": ["Date de naissance", "Né(e) le", "Date naiss."],
             "nl": ["Geboortedatum", "Geb. datum", "Geboren op"],
             "es": ["Fecha de nacimiento", "F. nacimiento", "Fecha nac."],
             "it": ["Data di nascita", "Nato/a il", "Data nasc."],
             "pt": ["Data de nascimento", "Nascido/a em", "Dt. nasc."]}
OTHER_LAB = {"en": ["Date of issue", "Valid until", "Start date", "Expiry"],
             "de": ["Ausstellungsdatum", "Gültig bis", "Vertragsbeginn", "Ablaufdatum"],
             "fr": ["Date de délivrance", "Valable jusqu'au", "Date d'effet", "Expiration"],
             "nl": ["Datum afgifte", "Geldig tot", "Ingangsdatum", "Vervaldatum"],
             "es": ["Fecha de expedición", "Válido hasta", "Fecha de alta", "Caducidad"],
             "it": ["Data di rilascio", "Valido fino al", "Decorrenza", "Scadenza"],
             "pt": ["Data de emissão", "Válido até", "Data de início", "Validade"]}
BELOW_HEAD = {"en": ["INSURANCE CARD (scan, OCR)", "Visa application form – page 1",
                     "Rental application"],
              "de": ["Versichertenkarte (OCR)", "Mietinteressentenbogen", "Personalausweis – Scan"],
              "fr": ["Carte d'assuré (OCR)", "Dossier de location", "Demande de visa – page 1"],
              "nl": ["Zorgpas (scan)", "Huuraanvraag", "Visumaanvraag – pagina 1"],
              "es": ["Tarjeta sanitaria (OCR)", "Solicitud de alquiler", "Solicitud de visado"],
              "it": ["Tessera sanitaria (OCR)", "Domanda di locazione", "Domanda di visto"],
              "pt": ["Cartão de utente (OCR)", "Pedido de arrendamento", "Pedido de visto"]}


def below(lg):
    bl, ol = rng.choice(BIRTH_LAB[lg]), rng.choice(OTHER_LAB[lg])
    bd, od = fmt(lg, ymd(1940, 2010)), fmt(lg, ymd(2020, 2034))
    w = max(len(bl), len(ol), len(bd), len(od)) + rng.randint(3, 12)
    g, s = given(lg), surname(lg)
    first = rng.random() < 0.6
    parts = [rng.choice(BELOW_HEAD[lg]) + "\n\n"]
    if rng.random() < 0.5:
        parts += [("PERSON", s.upper()), " ", ("PERSON", g), "\n"]
    else:
        parts += [("PERSON", g), " ", ("PERSON", s), "\n"]
    if first:
        parts += [bl.ljust(w) + ol + "\n", ("DATE_OF_BIRTH", bd), " " * (w - len(bd)),
                  ("NEG_DATE", od), "\n"]
    else:
        parts += [ol.ljust(w) + bl + "\n", ("NEG_DATE", od), " " * (w - len(od)),
                  ("DATE_OF_BIRTH", bd), "\n"]
    parts.append(rng.choice(["", "Nr. %d\n" % rng.randint(10**8, 10**9), "\n---\n"]))
    emit(lg, "below", parts)


# ---- after: the label after the value on the same line ---------------------------------------
AFTER_LAB = {"en": ["date of birth", "birth date", "DOB", "born"],
             "de": ["Geburtsdatum", "geb.", "Geburtstag"],
             "fr": ["date de naissance", "naissance", "né le"],
             "nl": ["geboortedatum", "geboren"],
             "es": ["fecha de nacimiento", "nacimiento"],
             "it": ["data di nascita", "nascita"],
             "pt": ["data de nascimento", "nascimento"]}
AFTER_NEG = {"en": ["admission date", "expiry date", "appointment", "statement date"],
             "de": ["Aufnahmedatum", "Ablaufdatum", "Termin", "Stichtag"],
             "fr": ["date d'admission", "date d'expiration", "rendez-vous"],
             "nl": ["opnamedatum", "vervaldatum", "afspraak"],
             "es": ["fecha de ingreso", "fecha de caducidad", "cita"],
             "it": ["data di ricovero", "data di scadenza", "appuntamento"],
             "pt": ["data de internamento", "data de validade", "consulta"]}


def after(lg):
    neg = rng.random() < 0.35
    lab = rng.choice((AFTER_NEG if neg else AFTER_LAB)[lg])
    d = fmt(lg, ymd(2020, 2030) if neg else ymd(1940, 2012), rng.choice((0, 0, 1, 2)))
    tag = ("NEG_DATE" if neg else "DATE_OF_BIRTH", d)
    g, s = given(lg), surname(lg)
    k = rng.randrange(5)
    if k == 0:
        parts = ["const patient = {\n  name: \"", ("PERSON", g + " " + s), "\",\n  d1: \"", tag,
                 "\",  // " + lab + "\n};\n"]
    elif k == 1:
        parts = ["INSERT INTO people VALUES (%d, '" % rng.randint(1, 999), ("PERSON", g), "', '",
                 ("PERSON", s), "', '", tag, "'); -- " + lab + "\n"]
    elif k == 2:
        parts = ["- name: ", ("PERSON", g + " " + s), "\n  when: ", tag, "   # " + lab + "\n"]
    elif k == 3:
        parts = [("PERSON", g + " " + s), ": ", tag, " (" + lab + ")\n"]
    else:
        parts = ["Re: ", ("PERSON", g + " " + s), "\n", tag, " – " + lab + ", see attachment\n"]
    emit(lg, "after", parts)


# ---- appos: a date right after a person in a list of people -------------------------------------
APPOS_HEAD = {"en": ["Co-insured persons:", "Passengers:", "Children:", "Family members:"],
              "de": ["Mitversicherte Personen:", "Reisende:", "Kinder:", "Familienangehörige:"],
              "fr": ["Personnes coassurées :", "Passagers :", "Enfants :", "Membres de la famille :"],
              "nl": ["Meeverzekerden:", "Reizigers:", "Kinderen:", "Gezinsleden:"],
              "es": ["Asegurados adicionales:", "Pasajeros:", "Hijos:", "Miembros de la familia:"],
              "it": ["Assicurati aggiuntivi:", "Passeggeri:", "Figli:", "Familiari:"],
              "pt": ["Pessoas seguras:", "Passageiros:", "Filhos:", "Agregado familiar:"]}
APPOS_DOC = {"en": "Policy", "de": "Police", "fr": "Contrat", "nl": "Polis", "es": "Póliza",
             "it": "Polizza", "pt": "Apólice"}
AGENT = {"en": ["Approved by", "Last edited by", "Signed by"],
         "de": ["Freigegeben von", "Zuletzt bearbeitet von", "Unterschrieben von"],
         "fr": ["Validé par", "Modifié par", "Signé par"],
         "nl": ["Goedgekeurd door", "Laatst bewerkt door", "Ondertekend door"],
         "es": ["Aprobado por", "Editado por", "Firmado por"],
         "it": ["Approvato da", "Modificato da", "Firmato da"],
         "pt": ["Aprovado por", "Editado por", "Assinado por"]}


def appos(lg):
    s = surname(lg)
    parts = ["%s %d\n" % (APPOS_DOC[lg], rng.randint(10**6, 10**7)), rng.choice(APPOS_HEAD[lg])]
    n = rng.randint(1, 3)
    k = rng.randrange(3)
    inline = rng.random() < 0.4
    for i in range(n):
        d = ("DATE_OF_BIRTH", fmt(lg, ymd(1945, 2024), rng.choice((1, 1, 2, 0, 4))))
        who = given(lg) + ("" if rng.random() < 0.2 else " " + s)
        if inline:
            parts += [" " if i == 0 else ", ", ("PERSON", who), " (", d, ")"]
        else:
            parts += ["\n", ["- ", "%d. " % (i + 1), "• "][k], ("PERSON", who)]
            parts += [", ", d] if rng.random() < 0.5 else [" (", d, ")"]
    parts.append("\n")
    ag = given(lg) + " " + surname(lg)
    nd = ("NEG_DATE", fmt(lg, ymd(2025, 2026), rng.choice((1, 2, 0))))
    if rng.random() < 0.5:
        parts += [rng.choice(AGENT[lg]) + " ", ("PERSON", ag), ", ", nd, "\n"]
    else:
        parts += [rng.choice(AGENT[lg]) + " ", ("PERSON", ag), " (", nd, ")\n"]
    emit(lg, "appos", parts)


# ---- heading: a person's record titled with the person and the birth date ----------------------
RECORD = {"en": ["Patient file", "Client record", "Student record", "Case file"],
          "de": ["Krankenakte", "Kundenakte", "Schülerakte", "Patientenkartei"],
          "fr": ["Dossier patient", "Fiche client", "Dossier élève", "Dossier médical"],
          "nl": ["Patiëntendossier", "Klantdossier", "Leerlingdossier", "Medisch dossier"],
          "es": ["Historia clínica", "Expediente del cliente", "Expediente del alumno",
                 "Ficha del paciente"],
          "it": ["Cartella clinica", "Scheda cliente", "Fascicolo studente", "Scheda paziente"],
          "pt": ["Processo clínico", "Ficha de cliente", "Processo do aluno", "Ficha do utente"]}
NOTE = {"en": ["Meeting notes", "Call summary", "Invoice", "Quote"],
        "de": ["Gesprächsnotiz", "Protokoll", "Rechnung", "Angebot"],
        "fr": ["Compte rendu", "Résumé d'appel", "Facture", "Devis"],
        "nl": ["Gespreksverslag", "Notulen", "Factuur", "Offerte"],
        "es": ["Acta de reunión", "Resumen de llamada", "Factura", "Presupuesto"],
        "it": ["Verbale", "Sintesi chiamata", "Fattura", "Preventivo"],
        "pt": ["Ata da reunião", "Resumo da chamada", "Fatura", "Orçamento"]}
BODY = {"en": "Notes: follow-up in 6 weeks.", "de": "Notiz: Kontrolle in 6 Wochen.",
        "fr": "Note : contrôle dans 6 semaines.", "nl": "Notitie: controle over 6 weken.",
        "es": "Nota: control en 6 semanas.", "it": "Nota: controllo tra 6 settimane.",
        "pt": "Nota: controlo dentro de 6 semanas."}


def heading(lg):
    neg = rng.random() < 0.35
    title = rng.choice((NOTE if neg else RECORD)[lg])
    d = fmt(lg, ymd(2024, 2025) if neg else ymd(1945, 2022), rng.choice((1, 2, 0, 4)))
    sep = rng.choice([" \u2013 ", " - ", ": ", " \u2014 "])
    parts = [title + sep, ("PERSON", given(lg) + " " + surname(lg)), " (",
             ("NEG_DATE" if neg else "DATE_OF_BIRTH", d), ")\n", BODY[lg] + "\n"]
    emit(lg, "heading", parts)


for i in range(280):
    lg = LANGS[i % 7]
    [col, below, after, appos, col][(i // 7) % 5](lg)
for i in range(70):
    heading(LANGS[i % 7])

json_out = __import__("gen_common").write_json
json_out(records)
