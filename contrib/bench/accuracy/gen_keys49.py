#!/usr/bin/env python3
"""gen_keys49.py: people in keys, sheets and tables that cross tool results, mostly as whole API
request bodies (tune set; branch keys49, written and committed before any detector or rewrite
rule was read and before hush was run on it). What keys48 and recall48 left open.

Classes (metadata.class; metadata.family is the class, metadata.wrap the body shape, so
`wrap_table.py --corpus keys49` splits by class:wrap):
- `handles`: handles and user ids as JSON keys of objects about a person (`{"mkeller": {"role":
  "admin", ...}}`, under `users`, `accounts`, `acl`, at the top level); opaque ids (`u_48213`,
  `U02ABCD`) are NEG_CODE, service accounts NEG_BOT;
- `owners`: names (mostly invented) as keys under parents that do not name people (`"reviews":
  {"Tomasz Wrzeszcz": 4}`, hours, grades, balances, shifts...), a team key beside them now and
  then;
- `sheets_text`: Sheets API JSON pasted in prose in a user's message (`{"range": ..., "values":
  [[...]]}` as text), and A1-style cell dumps (`A1: Nachname<TAB>B1: Vorname`, one cell a line,
  `Sheet1!A2 = ...`);
- `paged`: a CSV/semicolon/TSV header in one tool result and its rows in the next (paged results
  over OpenAI tool messages, Anthropic tool_result blocks, Responses function_call_output items,
  Gemini functionResponses);
- `aligned`: space-aligned tables as pandas prints them (`df.head()`: indented header,
  right-justified index and cells) and `column -t` output;
- `caps`: compound and hyphenated surnames in capitals (`GARCÍA-MÁRQUEZ, ANA`, `VAN DER BERG,
  JAN`) in records with no lower-case letter (manifests, lists, labelled lines);
- `lookalike`: the same shapes holding things: services, hosts, regions, packages and roles as
  keys; products, places, teams and settings under reviews/ratings/hours; inventory sheets
  pasted and dumped; product tables paged, printed by pandas and `column -t`; places, firms and
  regions in capitals (`BADEN-BADEN, DE`, `CASTILLA-LA MANCHA`, `ROLLS-ROYCE PLC`).
Languages: en, de, fr, es, it, pt, nl, pl, sv, tr, cs, hu, ro; names half common, half invented.
Half the bodies escape non-ASCII as \\uXXXX, a third are compact. Writes JSON (the
names_tune3.json format) to stdout; deterministic; Python stdlib only. The plumbing (pieces,
JSON writer, body shapes) is gen_bodies.py's; the people, dates, addresses and Sheets rows are
gen_keys48.py's `Words`, drawn from this file's own rng.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_keys48 as K48  # noqa: E402
from gen_common import invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, TOOLS, P, Bodies, J, cat, dumps, place  # noqa: E402
from gen_keys48 import (PRODUCTS, SETTINGS, TEAMS, Words, ascii_fold, col_letter,  # noqa: E402
                        row_piece)

rng = random.Random(20261206 + 49)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "cs", "hu", "ro"]

# gen_keys48.py's tables, copied so that Romanian joins them here only.
REAL, SYL, END, STREET = dict(K48.REAL), dict(K48.SYL), dict(K48.END), dict(K48.STREET)
HEAD, REC_KEYS, ASK, BETWEEN = dict(K48.HEAD), dict(K48.REC_KEYS), dict(K48.ASK), dict(K48.BETWEEN)

# ---- Romanian, the thirteenth language -------------------------------------------------------------
REAL["ro"] = (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Radu", "Bianca"],
              ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Gheorghiu", "Munteanu", "Constantin"])
SYL["ro"] = ["vlă", "du", "mir", "co", "stă", "ră", "ghe", "tu"]
END["ro"] = ["escu", "eanu", "aru"]
STREET["ro"] = (["Strada Lipscani", "Bulevardul Unirii", "Calea Victoriei"], "s n",
                ["030167 București", "400001 Cluj-Napoca"])
HEAD["ro"] = ("Nume complet", "Prenume", "Nume", "Data nașterii", "Adresă", "Localitate",
              "Departament", "Angajare")
REC_KEYS["ro"] = ("data_nasterii", "adresa", "sectie")
ASK["ro"] = "Poți verifica aceste date?"
BETWEEN["ro"] = "(rândurile 2-40 omise; urmează ultimele)"

W = Words(rng, REAL, SYL, END, STREET, HEAD)
person, name_form, full, handle, birth, other_date = (W.person, W.name_form, W.full, W.handle,
                                                      W.birth, W.other_date)
street, town, address = W.street, W.town, W.address
sheet_cols, sheet_row, sheet_rows = W.sheet_cols, W.sheet_row, W.sheet_rows
OUT = Bodies(records, ASK)
emit, json_body, emit_json, blocks_body = OUT.emit, OUT.json_body, OUT.emit_json, OUT.blocks_body

# ---- words of this corpus ------------------------------------------------------------------------
ROLES = ["admin", "editor", "viewer", "owner", "maintainer", "billing", "support"]
# Parents that name no person, whose keys are people in one record and things in another.
OWNER_PARENTS = {
    "en": ["reviews", "ratings", "hours", "grades", "balances", "shifts", "commission", "overtime"],
    "de": ["Bewertungen", "Stunden", "Noten", "Salden", "Schichten", "Provision", "Überstunden"],
    "fr": ["avis", "notes", "heures", "soldes", "gardes", "primes"],
    "es": ["valoraciones", "horas", "notas", "saldos", "turnos", "comisiones"],
    "it": ["recensioni", "ore", "voti", "saldi", "turni", "provvigioni"],
    "pt": ["avaliações", "horas", "notas", "saldos", "turnos", "comissões"],
    "nl": ["beoordelingen", "uren", "cijfers", "saldi", "diensten"],
    "pl": ["oceny", "godziny", "salda", "dyżury", "premie"],
    "sv": ["betyg", "timmar", "saldon", "pass", "provision"],
    "tr": ["puanlar", "saatler", "notlar", "bakiyeler", "vardiyalar"],
    "cs": ["hodnoceni", "hodiny", "znamky", "zustatky", "smeny"],
    "hu": ["értékelések", "órák", "jegyek", "egyenlegek", "műszakok"],
    "ro": ["evaluari", "ore", "note", "solduri", "ture"],
}
SERVICES = ["nginx", "postgres", "redis", "grafana", "kafka", "traefik", "keycloak", "minio"]
HOSTS = ["web01", "db-primary", "cache-eu", "build-agent-3", "edge-fra1", "mail02"]
REGIONS = ["eu-west-1", "us-east-2", "ap-south-1", "eu-central-1"]
PACKAGES = ["lodash", "requests", "numpy", "express", "serde", "pydantic", "axios"]
BOTS = ["svc-backup", "ci-runner", "deploy-bot", "svc_monitoring", "jenkins", "noreply"]
CITIES = ["Porto Alegre", "Santa Cruz", "San Diego", "Mont Blanc", "Le Havre", "Den Haag",
          "Bad Homburg", "Nowa Huta", "Costa Mesa", "Villa Carlos Paz"]
PROD_SCORES = ["Visual Studio Code", "Philips Hue", "Dyson V15", "Logitech MX Master",
               "Apache Kafka", "Adobe Acrobat", "Microsoft Teams", "Bosch Professional",
               "Sony Alpha", "Kindle Paperwhite"]
# Compound surnames as records in capitals write them: (surname, given) per language.
COMPOUND = {
    "en": [("Smith-Jones", "Rebecca"), ("Ashworth-Fletcher", "Oliver"), ("O'Brien-Harding", "Declan")],
    "de": [("Müller-Lüdenscheidt", "Hans"), ("Schulze-Weber", "Katrin"), ("von Bülow", "Tobias")],
    "fr": [("Le Gall-Bertrand", "Claire"), ("Moreau-Lefèvre", "Hélène"), ("de La Villardière", "Benoît")],
    "es": [("García-Márquez", "Ana"), ("de la Cruz", "María José"), ("Fernández de Córdoba", "Inés"),
           ("Sánchez-Vidal", "Rodrigo")],
    "it": [("Di Stefano", "Luca"), ("Della Valle", "Chiara"), ("Lo Bianco", "Matteo")],
    "pt": [("dos Santos Ferreira", "João"), ("da Silva Costa", "Mariana"), ("de Sousa-Pereira", "Rui")],
    "nl": [("van der Berg", "Jan"), ("van den Bosch", "Lotte"), ("ter Horst", "Bram")],
    "pl": [("Kowalska-Nowak", "Anna"), ("Wójcik-Mazur", "Paweł"), ("Lewandowska-Krawczyk", "Małgorzata")],
    "sv": [("af Klintberg", "Sven"), ("Lindqvist-Holm", "Karin"), ("von Sydow", "Erik")],
    "tr": [("Yılmaz-Kaya", "Zeynep"), ("Demir-Şahin", "Elif"), ("Öztürk-Aydın", "Burak")],
    "cs": [("Nováková-Dvořáková", "Tereza"), ("Procházka-Veselý", "Jakub"), ("Černá-Kučerová", "Lucie")],
    "hu": [("Nagy-Tóth", "Eszter"), ("Kovács-Szabó", "Gábor"), ("Horváth-Varga", "Zsófia")],
    "ro": [("Popescu-Ionescu", "Andreea"), ("Dumitrescu-Stan", "Mihai"), ("Munteanu-Gheorghiu", "Elena")],
}
PARTICLES = {"nl": ["van der", "van den", "de", "ter"], "de": ["von", "von der"],
             "es": ["de la", "del", "de"], "pt": ["dos", "da", "de"], "it": ["di", "de", "della"],
             "fr": ["de", "le"], "sv": ["af", "von"]}
CAPS_PLACES = ["BADEN-BADEN, DE", "CASTILLA-LA MANCHA, ES", "RIO DE JANEIRO, BR", "SAN JOSÉ, CR",
               "LA ROCHE-SUR-YON, FR", "AIX-EN-PROVENCE, FR", "FRANKFURT AM MAIN, DE",
               "BOIS-LE-DUC, NL", "VILA NOVA DE GAIA, PT", "KARL-MARX-STADT, DE",
               "SAINT-ÉTIENNE, FR", "LOS ANGELES, US"]
CAPS_ORGS = ["ROLLS-ROYCE PLC", "MERCEDES-BENZ AG", "DE LA RUE PLC", "VAN DER VALK HOTELS",
             "HEWLETT-PACKARD GMBH", "MOËT HENNESSY", "COCA-COLA HBC", "SAINT-GOBAIN SA"]
CAPS_HEAD = {
    "en": ("PASSENGER LIST", "NAME", "DOB", "DEST"), "de": ("PASSAGIERLISTE", "NAME", "GEB.", "ZIEL"),
    "fr": ("LISTE DES PASSAGERS", "NOM", "NÉ(E) LE", "DEST"),
    "es": ("LISTA DE PASAJEROS", "NOMBRE", "F. NAC.", "DESTINO"),
    "it": ("ELENCO PASSEGGERI", "NOMINATIVO", "NATO IL", "DEST"),
    "pt": ("LISTA DE PASSAGEIROS", "NOME", "DATA NASC.", "DESTINO"),
    "nl": ("PASSAGIERSLIJST", "NAAM", "GEB.DATUM", "BESTEMMING"),
    "pl": ("LISTA PASAŻERÓW", "NAZWISKO I IMIĘ", "DATA UR.", "CEL"),
    "sv": ("PASSAGERARLISTA", "NAMN", "FÖDD", "DEST"), "tr": ("YOLCU LİSTESİ", "AD SOYAD", "D. TARİHİ", "VARIŞ"),
    "cs": ("SEZNAM CESTUJÍCÍCH", "JMÉNO", "NAR.", "CÍL"), "hu": ("UTASLISTA", "NÉV", "SZÜL.", "CÉL"),
    "ro": ("LISTA PASAGERILOR", "NUME", "DATA NAȘTERII", "DESTINAȚIE"),
}


def caps_name(lg):
    """A compound or hyphenated surname and a given name in capitals, surname first
    (Hungarian with no comma)."""
    r = rng.random()
    if r < 0.45:
        s, g = rng.choice(COMPOUND[lg])
    elif r < 0.75 or lg not in PARTICLES:  # two surnames joined by a hyphen, one invented
        g, s1 = person(lg)
        s = s1 + "-" + person(lg)[1]
    else:  # a particle before an invented surname
        g = person(lg)[0]
        s = rng.choice(PARTICLES[lg]) + " " + invent_syllables(rng, SYL[lg], END[lg], True)
    if lg == "hu":
        return (s + " " + g).upper()
    return (s + ", " + g).upper()


def caps_birth():
    y, m, d = rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                       "%02d%s%d" % (d, "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC"[3 * m - 3:3 * m], y)])


def handle_of(g, s):
    g, s = ascii_fold(g), ascii_fold(s)
    return rng.choice([g[0] + s, g[0] + "." + s, g + "." + s, s + "_" + g[0], g[0] + s + str(rng.randint(1, 99)),
                       "@" + g[0] + s, g + s[0]])


# ---- handles and user ids as keys ----------------------------------------------------------------
def doc_handles(lg, i):
    rb, ra, _rw = REC_KEYS[lg]
    n = rng.randint(2, 4)
    kind = i % 6
    people = [person(lg) for _ in range(n)]
    if kind == 0:  # users keyed by handle, with their name and birth
        inner = {}
        for g, s in people:
            rec = {"role": rng.choice(ROLES), "name": ("PERSON", g + " " + s)}
            if rng.random() < 0.5:
                rec[rb] = ("DATE_OF_BIRTH", birth(lg))
            rec["team"] = rng.choice(TEAMS)
            inner[("PERSON", handle_of(g, s))] = rec
        return {rng.choice(["users", "members", "accounts"]): inner}
    if kind == 1:  # handles at the top level, records with roles and logins only
        doc = {}
        for g, s in people:
            doc[("PERSON", handle_of(g, s))] = {"role": rng.choice(ROLES),
                                                "last_login": ("NEG_DATE", other_date()),
                                                "mfa": rng.random() < 0.5}
        return doc
    if kind == 2:  # an access list keyed by handle
        inner = {("PERSON", handle_of(g, s)): rng.sample(["read", "write", "admin", "billing"],
                                                         rng.randint(1, 3)) for g, s in people}
        if rng.random() < 0.5:
            inner[("NEG_BOT", rng.choice(BOTS))] = ["read"]
        return {"repository": "infra-%d" % i, "acl": inner}
    if kind == 3:  # opaque user ids as keys, the person in the record
        inner = {}
        for g, s in people:
            uid = rng.choice(["u_%05d" % rng.randint(0, 99999), "U0%s" % "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))])
            rec = {"real_name": ("PERSON", g + " " + s), "tz": "Europe/Berlin"}
            if rng.random() < 0.5:
                rec[ra] = ("STREET_ADDRESS", address(lg))
            inner[("NEG_CODE", uid)] = rec
        return {"profiles": inner}
    if kind == 4:  # handles with profile fields in the language
        inner = {}
        for g, s in people:
            inner[("PERSON", handle_of(g, s))] = {rb: ("DATE_OF_BIRTH", birth(lg)),
                                                  ra: ("STREET_ADDRESS", address(lg))}
        return {rng.choice(["employees", "staff", "directory"]): inner}
    # accounts keyed by handle beside service accounts
    inner = {("PERSON", handle_of(g, s)): {"role": rng.choice(ROLES), "mfa": True}
             for g, s in people}
    for b in rng.sample(BOTS, 2):
        inner[("NEG_BOT", b)] = {"role": "service", "mfa": False}
    return {"accounts": inner}


def doc_handles_neg(lg, i):
    kind = i % 6
    if kind == 0:
        return {"services": {("NEG_PRODUCT", s): {"role": rng.choice(["proxy", "db", "cache", "broker"]),
                                                  "port": rng.randint(80, 9999)}
                             for s in rng.sample(SERVICES, 3)}}
    if kind == 1:
        return {"hosts": {("NEG_CODE", h): {"role": rng.choice(["frontend", "primary", "worker"]),
                                            "last_seen": ("NEG_DATE", other_date())}
                          for h in rng.sample(HOSTS, 3)}}
    if kind == 2:
        return {"regions": {("NEG_CODE", r): {"enabled": True, "replicas": rng.randint(1, 6)}
                            for r in rng.sample(REGIONS, 3)}}
    if kind == 3:
        return {"dependencies": {("NEG_PRODUCT", p): "^%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30),
                                                                  rng.randint(0, 9))
                                 for p in rng.sample(PACKAGES, 4)}}
    if kind == 4:
        return {"roles": {("NEG_FIELD", r): {"permissions": rng.sample(["read", "write", "admin"], 2)}
                          for r in rng.sample(ROLES, 3)}}
    return {"accounts": {("NEG_BOT", b): {"role": "service", "mfa": False} for b in rng.sample(BOTS, 3)}}


# ---- names as keys under parents that name no person --------------------------------------------------
def owner_name(lg):
    g, s = person(lg) if rng.random() < 0.3 else (
        invent_syllables(rng, SYL[lg], END[lg], False), invent_syllables(rng, SYL[lg], END[lg], True))
    if lg == "hu":
        return s + " " + g
    r = rng.random()
    if r < 0.65:
        return g + " " + s
    if r < 0.85:
        return s + ", " + g
    return g[0] + ". " + s


def owner_value(parent):
    r = rng.random()
    if r < 0.5:
        return rng.randint(1, 5) if rng.random() < 0.5 else round(rng.uniform(1, 160), 1)
    if r < 0.75:
        return {"stars": rng.randint(1, 5), "comment": rng.choice(["ok", "great", "late", "n/a"])}
    return [rng.randint(0, 12) for _ in range(5)]


def doc_owners(lg, i):
    parent = OWNER_PARENTS[lg][i % len(OWNER_PARENTS[lg])]
    inner = {("PERSON", owner_name(lg)): owner_value(parent) for _ in range(rng.randint(2, 4))}
    if rng.random() < 0.3:
        inner[("NEG_TEAM", rng.choice(TEAMS))] = owner_value(parent)
    doc = {"period": "2025-Q%d" % rng.randint(1, 4), parent: inner}
    if i % 4 == 3:
        doc = {"report": {"id": "R-%d" % (100 + i), parent: inner}}
    return doc


def doc_owners_neg(lg, i):
    parent = OWNER_PARENTS[lg][i % len(OWNER_PARENTS[lg])]
    kind = i % 4
    if kind == 0:
        keys = [("NEG_PRODUCT", p) for p in rng.sample(PROD_SCORES, 3)]
    elif kind == 1:
        keys = [("NEG_PLACE", c) for c in rng.sample(CITIES, 3)]
    elif kind == 2:
        keys = [("NEG_TEAM", t) for t in rng.sample(TEAMS, 3)]
    else:
        keys = [("NEG_SETTING", s) for s in rng.sample(SETTINGS, 3)]
    return {"period": "2025-Q%d" % rng.randint(1, 4), parent: {k: owner_value(parent) for k in keys}}


# ---- Sheets JSON pasted in prose and A1 cell dumps ---------------------------------------------------------
PASTE_INTRO = {
    "en": "The Sheets API gave me this:", "de": "Das kam von der Sheets-API zurück:",
    "fr": "Voici ce que renvoie l'API Sheets :", "es": "Esto devolvió la API de Sheets:",
    "it": "Ecco cosa restituisce l'API di Sheets:", "pt": "A API do Sheets devolveu isto:",
    "nl": "Dit kreeg ik terug van de Sheets-API:", "pl": "Oto co zwróciło API Arkuszy:",
    "sv": "Det här fick jag från Sheets-API:et:", "tr": "Sheets API şunu döndürdü:",
    "cs": "Tohle vrátilo Sheets API:", "hu": "Ezt adta vissza a Sheets API:",
    "ro": "Asta a returnat API-ul Sheets:",
}
PASTE_ASK = {
    "en": "Which rows are missing a value?", "de": "Welche Zeilen sind unvollständig?",
    "fr": "Quelles lignes sont incomplètes ?", "es": "¿Qué filas están incompletas?",
    "it": "Quali righe sono incomplete?", "pt": "Que linhas estão incompletas?",
    "nl": "Welke rijen zijn onvolledig?", "pl": "Które wiersze są niepełne?",
    "sv": "Vilka rader saknar värden?", "tr": "Hangi satırlar eksik?",
    "cs": "Které řádky jsou neúplné?", "hu": "Melyik sorok hiányosak?",
    "ro": "Care rânduri sunt incomplete?",
}


def sheet_json_text(lg, rows, compact):
    rng_ = "'%s'!A1:%s%d" % (rng.choice(["Sheet1", "Tabelle1", "Hoja 1", "Arkusz1"]),
                             col_letter(len(rows[0]) - 1), len(rows))
    doc = {"range": rng_, "majorDimension": "ROWS", "values": rows}
    j = J("compact" if compact else rng.choice(["pretty", "line"]))
    j.write(doc)
    return j.p


def a1_dump(rows, style):
    """Cells as `A1: value` by row: tab-separated on a line, one a line, or `Sheet1!A2 = v`."""
    p = P()
    for r, row in enumerate(rows):
        for c, (lab, v) in enumerate(row):
            ref = "%s%d" % (col_letter(c), r + 1)
            if style == 0:
                if c:
                    p.t("\t")
                p.t(ref + ": ").s(lab, v)
            elif style == 1:
                p.t(ref + ": ").s(lab, v).t("\n")
            else:
                if c:
                    p.t(" | ")
                p.t("Sheet1!" + ref + " = ").s(lab, v)
        if style != 1:
            p.t("\n")
    p.text = p.text.rstrip("\n")
    return p


def inventory_rows():
    head = ["SKU", rng.choice(["Item", "Artikel", "Article", "Artículo", "Produkt"]),
            rng.choice(["Qty", "Menge", "Quantité", "Cantidad"]),
            rng.choice(["Location", "Lager", "Entrepôt", "Almacén"])]
    return [[(None, h) for h in head]] + [
        [("NEG_CODE", "SKU-%05d" % rng.randint(1, 99999)), ("NEG_PRODUCT", p),
         (None, str(rng.randint(0, 80))),
         (None, rng.choice(["Halle 2", "Aisle 4", "Rayon B", "Estante 7"]))]
        for p in rng.sample(PRODUCTS, rng.randint(3, 4))]


def doc_sheets_text(lg, i, neg):
    rows = inventory_rows() if neg else sheet_rows(lg, rng.random() < 0.4, rng.randint(3, 5))
    if not neg:
        rows[0] = [(None, c) for _l, c in rows[0]]
    if i % 2 == 0:
        body = sheet_json_text(lg, rows, i % 4 == 0)
    else:
        body = a1_dump(rows, (i // 2) % 3)
    p = cat(P().t(PASTE_INTRO[lg]), body, rng.choice(["\n", "\n\n"]))
    return cat(p, P().t(PASTE_ASK[lg]), "\n\n")


TEXT_WRAPS = ["user_paste", "anth_user_text", "gemini_text", "resp_input_text", "oai_tool",
              "anth_tool_str", "resp_output", "gemini_fr_text"]


def text_body(wrap, lg, i, doc):
    """(body text, spans) with the text doc (a P) as one string of the body."""
    if wrap in ("oai_tool", "anth_tool_str", "resp_output"):  # keys48's, their own call ids
        return json_body(wrap, lg, i, doc, call_base=4900)
    tool = TOOLS[i % len(TOOLS)]
    if wrap == "user_paste":
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK % 0}]}
    elif wrap == "anth_user_text":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]}
    elif wrap == "gemini_text":
        body = {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}
    elif wrap == "resp_input_text":
        body = {"model": "gpt-4.1", "input": [
            {"role": "user", "content": [{"type": "input_text", "text": MARK % 0}]}]}
    elif wrap == "gemini_fr_text":
        body = {"contents": [
            {"role": "user", "parts": [{"text": ASK[lg]}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"id": i}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool,
                                                             "response": {"output": MARK % 0}}}]}]}
    else:
        raise ValueError(wrap)
    ascii_ = i % 2 == 0
    return place(dumps(body, ascii_, i % 3 == 0), [doc], ascii_)


def emit_text(doc, lg, cls, i, wraps):
    if i % 8 == 7:
        emit(doc.text, doc.spans, lg, cls, "plain")
        return
    wrap = wraps[(i // 8 + i) % len(wraps)]
    t, sp = text_body(wrap, lg, i, doc)
    emit(t, sp, lg, cls, wrap)


# ---- a CSV header in one tool result and its rows in the next ------------------------------------------
PAGE_APIS = ["oai_tools", "anth_results", "resp_outputs", "gemini_frs"]


def product_rows(n):
    head = [(None, h) for h in ["Name", "Version", "License", "Downloads"]]
    return [head] + [[("NEG_PRODUCT", p), (None, "%d.%d" % (rng.randint(1, 9), rng.randint(0, 20))),
                      (None, rng.choice(["MIT", "Apache-2.0", "GPL-3.0", "BSD-3-Clause"])),
                      (None, str(rng.randint(100, 99999)))]
                     for p in rng.sample(PRODUCTS + PACKAGES, n)]


def doc_paged(lg, i, neg):
    sep = [",", ";", "\t"][i % 3]
    rows = product_rows(rng.randint(5, 8)) if neg else sheet_rows(lg, rng.random() < 0.35,
                                                                 rng.randint(5, 9))
    rows[0] = [(None, c) for _l, c in rows[0]]
    lines = [row_piece(r, sep) for r in rows]
    first = rng.choice([1, 2, 3])  # the header alone, or with a row or two
    pages = [lines[:first]]
    rest = lines[first:]
    cut = rng.randint(1, len(rest) - 1) if len(rest) > 2 and rng.random() < 0.4 else len(rest)
    pages.append(rest[:cut])
    if cut < len(rest):
        pages.append(rest[cut:])
    out = []
    for k, pg in enumerate(pages):
        d = pg[0]
        for ln in pg[1:]:
            d = cat(d, ln)
        if rng.random() < 0.3 and k:  # a page marker before the rows
            d = cat(P().t("page %d/%d" % (k + 1, len(pages))), d)
        out.append(d)
    return out


def emit_paged(pieces, lg, cls, i):
    if i % 8 == 7:
        j = pieces[0]
        for p in pieces[1:]:
            j = cat(j, p, "\n\n")
        emit(j.text, j.spans, lg, cls, "plain")
        return
    api = PAGE_APIS[len(records) % len(PAGE_APIS)]
    ascii_ = i % 2 == 0
    body = dumps(blocks_body(api, len(pieces), lg, i), ascii_, i % 3 == 0)
    t, sp = place(body, pieces, ascii_)
    emit(t, sp, lg, cls, api)


# ---- space-aligned tables: pandas and column -t ---------------------------------------------------------
def pandas_table(rows, index):
    """rows[0] the header cells, rows[1:] the data, as DataFrame.__repr__ prints them: the
    header over right-justified cells, the index column first (its head blank)."""
    head = rows[0]
    data = rows[1:]
    idx = [str(x) for x in index]
    iw = max(len(x) for x in idx)
    widths = [max([len(head[c][1])] + [len(r[c][1]) for r in data]) for c in range(len(head))]
    p = P().t(" " * iw)
    for c, (lab, v) in enumerate(head):
        p.t("  " + " " * (widths[c] - len(v))).s(lab, v)
    for k, r in enumerate(data):
        p.t("\n" + idx[k].ljust(iw))
        for c, (lab, v) in enumerate(r):
            p.t("  " + " " * (widths[c] - len(v))).s(lab, v)
    return p


def column_t(rows):
    """`column -t -s,` output: left-aligned cells, two spaces between columns, the last
    column not padded."""
    widths = [max(len(r[c][1]) for r in rows) for c in range(len(rows[0]))]
    p = P()
    for k, r in enumerate(rows):
        if k:
            p.t("\n")
        for c, (lab, v) in enumerate(r):
            p.s(lab, v)
            if c < len(r) - 1:
                p.t(" " * (widths[c] - len(v) + 2))
    return p


def aligned_rows(lg, neg):
    if neg:
        rows = product_rows(rng.randint(4, 6))
        if rng.random() < 0.5:  # cities and sales instead
            rows = [[(None, "city"), (None, "region"), (None, "units")]] + [
                [("NEG_PLACE", c), (None, rng.choice(["north", "south", "EMEA", "LATAM"])),
                 (None, str(rng.randint(1, 900)))] for c in rng.sample(CITIES, rng.randint(4, 6))]
        return rows
    rows = sheet_rows(lg, rng.random() < 0.35, rng.randint(4, 7))
    rows[0] = [(None, c) for _l, c in rows[0]]
    if rng.random() < 0.5:  # snake_case headers as a DataFrame built from JSON has them
        rows[0] = [(None, "_".join(ascii_fold(w) for w in c.split()) or c) for _l, c in rows[0]]
    return rows


def doc_aligned(lg, i, neg):
    rows = aligned_rows(lg, neg)
    kind = i % 3
    if kind == 2:
        doc = column_t(rows)
        pre = "$ column -t -s';' export.csv | head\n"
    else:
        n = len(rows) - 1
        start = rng.choice([0, 0, 0, 120, 1045])
        doc = pandas_table(rows, range(start, start + n))
        pre = rng.choice([">>> df.head()\n", "In [3]: df.head(%d)\nOut[3]:\n" % n, ""])
        if rng.random() < 0.3:
            doc.t("\n\n[%d rows x %d columns]" % (rng.randint(40, 900), len(rows[0])))
    return cat(P().t(pre), doc, "") if pre else doc


# ---- compound surnames in capitals ---------------------------------------------------------------------
def doc_caps(lg, i, neg):
    title, hn, hb, hd = CAPS_HEAD[lg]
    kind = i % 4
    n = rng.randint(3, 6)
    p = P()
    if kind == 0:  # a numbered manifest, fixed columns
        p.t("%s  %s %d\n" % (title, rng.choice(["LH", "IB", "KL", "TP", "LO"]), rng.randint(100, 9999)))
        for k in range(n):
            p.t("%03d  " % (k + 1))
            if neg:
                p.s("NEG_ORG", rng.choice(CAPS_ORGS)).t("  GROUP BOOKING  ")
            else:
                nm = caps_name(lg)
                p.s("PERSON", nm).t(" " * max(2, 30 - len(nm)))
                p.s("DATE_OF_BIRTH", caps_birth()).t("  ")
            p.s("NEG_PLACE", rng.choice(CAPS_PLACES)).t("\n")
    elif kind == 1:  # labelled lines
        for k in range(n):
            if neg:
                p.t("%s: " % hd).s("NEG_PLACE", rng.choice(CAPS_PLACES)).t("  REF: ").s(
                    "NEG_CODE", "X%06d" % rng.randint(0, 999999)).t("\n")
            else:
                p.t("%s: " % hn).s("PERSON", caps_name(lg)).t("  %s: " % hb).s(
                    "DATE_OF_BIRTH", caps_birth()).t("\n")
    elif kind == 2:  # a semicolon list
        p.t("%s;%s;%s\n" % (hn, hb, hd))
        for k in range(n):
            if neg:
                p.s("NEG_ORG", rng.choice(CAPS_ORGS)).t(";;").s("NEG_PLACE", rng.choice(CAPS_PLACES)).t("\n")
            else:
                p.s("PERSON", caps_name(lg)).t(";").s("DATE_OF_BIRTH", caps_birth()).t(";").s(
                    "NEG_PLACE", rng.choice(CAPS_PLACES)).t("\n")
    else:  # a JSON record, every value in capitals
        recs = []
        for k in range(n):
            if neg:
                recs.append({"name": ("NEG_ORG", rng.choice(CAPS_ORGS)), "id": k + 1,
                             "city": ("NEG_PLACE", rng.choice(CAPS_PLACES))})
            else:
                recs.append({"name": ("PERSON", caps_name(lg)), "id": k + 1,
                             "dob": ("DATE_OF_BIRTH", caps_birth())})
        j = J(rng.choice(["pretty", "line", "compact"]))
        j.write({"records": recs})
        return j.p
    p.text = p.text.rstrip("\n")
    return p


def main():
    n = 0
    for rep in range(5):
        for lg in LANGS:
            emit_json(doc_handles(lg, n), lg, "handles", n)
            n += 1
    for rep in range(2):
        for lg in LANGS:
            emit_json(doc_handles_neg(lg, n), lg, "lookalike", n)
            n += 1
    for rep in range(5):
        for lg in LANGS:
            emit_json(doc_owners(lg, n), lg, "owners", n)
            n += 1
    for rep in range(2):
        for lg in LANGS:
            emit_json(doc_owners_neg(lg, n), lg, "lookalike", n)
            n += 1
    for rep in range(5):
        for lg in LANGS:
            neg = rep == 4
            emit_text(doc_sheets_text(lg, n, neg), lg, "lookalike" if neg else "sheets_text", n,
                      TEXT_WRAPS[:4])
            n += 1
    for rep in range(4):
        for lg in LANGS:
            neg = rep == 3
            emit_paged(doc_paged(lg, n, neg), lg, "lookalike" if neg else "paged", n)
            n += 1
    for rep in range(5):
        for lg in LANGS:
            neg = rep == 4
            emit_text(doc_aligned(lg, n, neg), lg, "lookalike" if neg else "aligned", n, TEXT_WRAPS)
            n += 1
    for rep in range(5):
        for lg in LANGS:
            neg = rep == 4
            emit_text(doc_caps(lg, n, neg), lg, "lookalike" if neg else "caps", n, TEXT_WRAPS)
            n += 1
    write_json(records)


main()
