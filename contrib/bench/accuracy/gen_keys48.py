#!/usr/bin/env python3
"""gen_keys48.py: people as JSON object keys, Sheets `values` arrays, tables whose header is far
above the row, and a form's label ending one block with its value opening the next, mostly as
whole API request bodies (tune set; branch keys48, written and committed before any detector or
rewrite rule was read and before hush was run on it).

Classes (metadata.class; metadata.family is the class, metadata.wrap the body shape, so
`wrap_table.py --corpus keys48` splits by class:wrap):
- `keyed`: objects keyed by people: records under a patients/staff/guests key in each language
  (`{"Anna Kovač": {"dob": ..., "Straße": ...}}`), birthdays keyed by people (`{"Geburtstage":
  {"X Y": "04.03.1987"}}`), addresses keyed by people, scores and votes keyed by names or
  handles (`{"scores": {"j.smith": 12}}`), people keyed at the top level and in arrays of
  one-member objects; `Surname, Given`, capitals, Hungarian order; a team or bot key beside them
  (NEG_TEAM, NEG_BOT) now and then;
- `sheets`: Google Sheets API values (`{"range": ..., "values": [["Name", "Geburtsdatum",
  "Straße"], [...], ...]}`), rows or columns (`majorDimension`), batchGet `valueRanges`, a
  tool call that writes rows; headers in 12 languages; names whole or split over given/family
  columns; other columns (team, start date NEG_DATE, id NEG_CODE, postcode and town);
- `csv_far`: CSV, semicolon and TSV exports of 14-30 rows under one header (the late rows far
  below it), in one string or over blocks (header block, a prose block, row blocks);
- `label_next`: forms whose label (`Patient:`, `Geburtsdatum:`, `Adresse :`...) ends one block or
  tool result and whose value opens the next, in every API's way of cutting: OpenAI content
  parts and consecutive tool messages, Anthropic text blocks, tool_result text blocks and
  consecutive tool_result blocks, Gemini parts and consecutive functionResponses, Responses
  input_text parts and consecutive function_call_output items;
- `lookalike`: keys and cells that are not people: places, products, firms, settings (`"Word
  Wrap"`, `"Dark Mode"`), ids, i18n catalogs keyed by English phrases, JSON-schema and column
  names, inventory sheets, a label at a block's end followed by a product or a team; a person
  beside them in about a third.
JSON documents go into a body as a string (an OpenAI tool message, an Anthropic tool_result
string, a Responses function_call_output, a user's paste, tool-call arguments: the keys escaped,
`{\\"Jean Dupont\\": ...}`) or as native JSON (a Gemini functionResponse or functionCall, an
Anthropic tool_use input: the keys are the body's own keys); an eighth stay plain text.
Languages: en, de, fr, es, it, pt, nl, pl, sv, tr, cs, hu; names half common, half invented.
Half the bodies escape non-ASCII as \\uXXXX, a third are compact. Writes JSON (the
names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL7, END7, MONTHS, check_spans, invent_syllables, write_json  # noqa: E402

rng = random.Random(20261206 + 48)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "cs", "hu"]

REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "Smith"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Hélène", "Jean"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Chevalier"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Inés"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Vidal"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Greco"]),
    "pt": (["João", "Beatriz", "Inês", "Tiago", "Mariana", "Rui", "Joana"],
           ["Silva", "Ferreira", "Costa", "Carvalho", "Rodrigues", "Pereira", "Almeida"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Jan"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Kowalski", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "cs": (["Tereza", "Jakub", "Lucie", "Ondřej", "Kateřina", "Jiří"],
           ["Novák", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý"]),
    "hu": (["Anna", "Gábor", "Zsófia", "László", "Eszter", "Bence"],
           ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga"]),
}
SYL = dict(SYL7)
SYL["pl"] = ["szy", "mar", "bro", "wic", "kol", "dzie", "rze", "lan"]
SYL["sv"] = ["berg", "sjö", "lin", "dal", "strö", "hol", "ek", "vik"]
SYL["tr"] = ["ka", "yıl", "dem", "er", "gül", "tan", "san", "öz"]
SYL["cs"] = ["vla", "dě", "kře", "mir", "sla", "bo", "hru", "ze"]
SYL["hu"] = ["bo", "gyö", "ker", "szi", "lá", "mo", "ré", "zsa"]
END = dict(END7)
END["pl"] = ["ski", "czyk", "wicz"]
END["sv"] = ["son", "ström", "qvist"]
END["tr"] = ["oğlu", "can", "er"]
END["cs"] = ["ák", "ová", "ek"]
END["hu"] = ["falvi", "házi", "os"]


def person(lg):
    """(given, surname): half common in the language, half invented from its syllables."""
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, SYL[lg], END[lg], False),
            invent_syllables(rng, SYL[lg], END[lg], True))


def name_form(lg, g, s):
    """The name as a key or cell writes it: mostly whole, sometimes `Surname, Given`, capitals;
    Hungarian surname first."""
    r = rng.random()
    if lg == "hu":
        return s + " " + g
    if r < 0.7:
        return g + " " + s
    if r < 0.88:
        return s + ", " + g
    return s.upper() + " " + g


def full(lg):
    return name_form(lg, *person(lg))


def ascii_fold(w):
    """A user name's letters: accents dropped, lower case, no spaces."""
    w = unicodedata.normalize("NFKD", w.replace("ł", "l").replace("ı", "i").replace("ß", "ss"))
    return "".join(c for c in w if c.isascii() and c.isalpha()).lower()


def handle(lg):
    g, s = person(lg)
    g, s = ascii_fold(g), ascii_fold(s)
    return rng.choice([g[0] + "." + s, g + "." + s, g + "_" + s[0], g[0] + s])


def birth(lg):
    y, m, d = rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(3)
    if lg == "en":
        return ["%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%02d/%02d/%d" % (m, d, y),
                "%d-%02d-%02d" % (y, m, d)][style]
    if lg in ("sv", "hu"):
        return "%d-%02d-%02d" % (y, m, d) if lg == "sv" or style else "%d. %02d. %02d." % (y, m, d)
    if lg in ("de", "pl", "tr", "cs"):
        if style == 2 and lg == "de":
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        return "%02d.%02d.%d" % (d, m, y) if style else "%d-%02d-%02d" % (y, m, d)
    if lg == "nl":
        return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)][style % 2]
    if style == 2 and lg in MONTHS:
        de = " de " if lg in ("es", "pt") else " "
        return "%d%s%s%s%d" % (d, de, MONTHS[lg][m - 1], de, y)
    return "%02d/%02d/%d" % (d, m, y) if style else "%d-%02d-%02d" % (y, m, d)


def other_date():
    return "%d-%02d-%02d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))


STREET = {
    "en": (["Quarry Lane", "Maple Avenue", "Church Road", "Station Street"], "n s",
           ["Leeds LS6 2AB", "Bristol BS1 4DJ", "Springfield, IL 62704"]),
    "de": (["Hauptstraße", "Lindenweg", "Goethestraße", "Bahnhofstraße"], "s n",
           ["10115 Berlin", "80331 München", "50667 Köln"]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire"], "n, s",
           ["69003 Lyon", "75011 Paris", "33000 Bordeaux"]),
    "es": (["Calle de Alcalá", "Calle Mayor", "Avenida de América"], "s n",
           ["28014 Madrid", "41001 Sevilla", "46002 Valencia"]),
    "it": (["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele"], "s n",
           ["20121 Milano", "00184 Roma", "10121 Torino"]),
    "pt": (["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo"], "s n",
           ["1100-053 Lisboa", "4000-322 Porto"]),
    "nl": (["Keizersgracht", "Dorpsstraat", "Kerkweg"], "s n",
           ["1015 CJ Amsterdam", "3511 LN Utrecht"]),
    "pl": (["ul. Kwiatowa", "ul. Długa", "ul. Polna"], "s n",
           ["00-001 Warszawa", "30-002 Kraków"]),
    "sv": (["Storgatan", "Kungsgatan", "Drottninggatan"], "s n",
           ["111 22 Stockholm", "411 03 Göteborg"]),
    "tr": (["Bağdat Caddesi", "Atatürk Caddesi", "Cumhuriyet Caddesi"], "s No: n",
           ["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara"]),
    "cs": (["Vinohradská", "Dlouhá", "Husova"], "s n",
           ["120 00 Praha 2", "602 00 Brno"]),
    "hu": (["Andrássy út", "Petőfi utca", "Kossuth Lajos utca"], "s n.",
           ["1061 Budapest", "6720 Szeged"]),
}


def street(lg):
    names, fmt, _ = STREET[lg]
    return fmt.replace("s", "\0").replace("n", str(rng.randint(2, 180))).replace(
        "\0", rng.choice(names))


def town(lg):
    return rng.choice(STREET[lg][2])


def address(lg):
    return street(lg) + ", " + town(lg)


# ---- words of each language -----------------------------------------------------------------------
# Keys of a person's record: birth date, address, and a harmless one.
REC_KEYS = {
    "en": ("dob", "address", "ward"), "de": ("Geburtsdatum", "Anschrift", "Station"),
    "fr": ("date_naissance", "adresse", "service"), "es": ("fecha_nacimiento", "direccion", "planta"),
    "it": ("data_nascita", "indirizzo", "reparto"), "pt": ("data_nascimento", "morada", "piso"),
    "nl": ("geboortedatum", "adres", "afdeling"), "pl": ("data_urodzenia", "adres", "oddział"),
    "sv": ("födelsedatum", "adress", "avdelning"), "tr": ("dogum_tarihi", "adres", "servis"),
    "cs": ("datum_narozeni", "adresa", "oddeleni"), "hu": ("szuletesi_datum", "lakcim", "osztaly"),
}
# Parent keys of objects keyed by people: patients, birthdays, addresses, staff.
PEOPLE_KEYS = {
    "en": ("patients", "birthdays", "addresses", "staff"),
    "de": ("Patienten", "Geburtstage", "Adressen", "Mitarbeiter"),
    "fr": ("patients", "anniversaires", "adresses", "personnel"),
    "es": ("pacientes", "cumpleaños", "direcciones", "personal"),
    "it": ("pazienti", "compleanni", "indirizzi", "personale"),
    "pt": ("utentes", "aniversários", "moradas", "funcionários"),
    "nl": ("patiënten", "verjaardagen", "adressen", "medewerkers"),
    "pl": ("pacjenci", "urodziny", "adresy", "pracownicy"),
    "sv": ("patienter", "födelsedagar", "adresser", "personal"),
    "tr": ("hastalar", "doğum_günleri", "adresler", "personel"),
    "cs": ("pacienti", "narozeniny", "adresy", "zaměstnanci"),
    "hu": ("betegek", "születésnapok", "címek", "munkatársak"),
}
# Sheets and CSV headers: full name, given, family, birth, street, postcode+town, team, start.
HEAD = {
    "en": ("Name", "First name", "Last name", "Date of birth", "Street", "City", "Team", "Start date"),
    "de": ("Name", "Vorname", "Nachname", "Geburtsdatum", "Straße", "PLZ/Ort", "Abteilung", "Eintritt"),
    "fr": ("Nom complet", "Prénom", "Nom", "Date de naissance", "Adresse", "Ville", "Équipe", "Entrée"),
    "es": ("Nombre completo", "Nombre", "Apellidos", "Fecha de nacimiento", "Dirección", "Ciudad",
           "Equipo", "Alta"),
    "it": ("Nominativo", "Nome", "Cognome", "Data di nascita", "Indirizzo", "Città", "Reparto",
           "Assunzione"),
    "pt": ("Nome completo", "Nome", "Apelido", "Data de nascimento", "Morada", "Localidade", "Equipa",
           "Admissão"),
    "nl": ("Naam", "Voornaam", "Achternaam", "Geboortedatum", "Adres", "Woonplaats", "Afdeling",
           "In dienst"),
    "pl": ("Imię i nazwisko", "Imię", "Nazwisko", "Data urodzenia", "Ulica", "Miasto", "Dział",
           "Data zatrudnienia"),
    "sv": ("Namn", "Förnamn", "Efternamn", "Födelsedatum", "Gatuadress", "Postort", "Avdelning",
           "Anställd"),
    "tr": ("Ad Soyad", "Ad", "Soyad", "Doğum Tarihi", "Adres", "Şehir", "Departman", "Giriş"),
    "cs": ("Jméno a příjmení", "Jméno", "Příjmení", "Datum narození", "Ulice", "Obec", "Oddělení",
           "Nástup"),
    "hu": ("Név", "Utónév", "Vezetéknév", "Születési dátum", "Cím", "Település", "Osztály",
           "Belépés"),
}
# Form labels: name, birth, address, patient, reason.
LABELS = {
    "en": ("Name:", "Date of birth:", "Address:", "Patient:", "Reason for visit:"),
    "de": ("Name:", "Geburtsdatum:", "Anschrift:", "Patient:", "Anliegen:"),
    "fr": ("Nom :", "Date de naissance :", "Adresse :", "Patient :", "Motif :"),
    "es": ("Nombre:", "Fecha de nacimiento:", "Dirección:", "Paciente:", "Motivo:"),
    "it": ("Nome:", "Data di nascita:", "Indirizzo:", "Paziente:", "Motivo:"),
    "pt": ("Nome:", "Data de nascimento:", "Morada:", "Utente:", "Motivo:"),
    "nl": ("Naam:", "Geboortedatum:", "Adres:", "Patiënt:", "Reden:"),
    "pl": ("Imię i nazwisko:", "Data urodzenia:", "Adres:", "Pacjent:", "Powód:"),
    "sv": ("Namn:", "Födelsedatum:", "Adress:", "Patient:", "Ärende:"),
    "tr": ("Adı Soyadı:", "Doğum tarihi:", "Adres:", "Hasta:", "Başvuru nedeni:"),
    "cs": ("Jméno:", "Datum narození:", "Adresa:", "Pacient:", "Důvod:"),
    "hu": ("Név:", "Születési dátum:", "Lakcím:", "Beteg:", "Panasz:"),
}
REASON = {
    "en": "follow-up after knee surgery", "de": "Kontrolle nach Knie-OP",
    "fr": "suivi après opération du genou", "es": "revisión tras cirugía de rodilla",
    "it": "controllo dopo intervento al ginocchio", "pt": "consulta de seguimento",
    "nl": "controle na knieoperatie", "pl": "kontrola po operacji kolana",
    "sv": "återbesök efter knäoperation", "tr": "diz ameliyatı sonrası kontrol",
    "cs": "kontrola po operaci kolena", "hu": "térdműtét utáni kontroll",
}
TITLE = {
    "en": "Patient intake form", "de": "Aufnahmebogen", "fr": "Fiche d'admission",
    "es": "Hoja de ingreso", "it": "Scheda di accettazione", "pt": "Ficha de admissão",
    "nl": "Intakeformulier", "pl": "Karta przyjęcia", "sv": "Inskrivningsblankett",
    "tr": "Kabul formu", "cs": "Příjmový formulář", "hu": "Felvételi lap",
}
ASK = {
    "en": "Please check these records for missing fields.",
    "de": "Bitte prüfe die Datensätze auf fehlende Angaben.",
    "fr": "Peux-tu vérifier ces données ?", "es": "¿Puedes revisar estos datos?",
    "it": "Puoi controllare questi dati?", "pt": "Podes verificar estes dados?",
    "nl": "Kun je deze gegevens controleren?", "pl": "Sprawdź proszę te dane.",
    "sv": "Kan du kontrollera uppgifterna?", "tr": "Bu kayıtları kontrol eder misin?",
    "cs": "Zkontroluj prosím tyto údaje.", "hu": "Kérlek, ellenőrizd ezeket az adatokat.",
}
BETWEEN = {  # a prose block between a table's header and its later rows
    "en": "(rows 2-40 omitted; the last rows follow)", "de": "(Zeilen 2-40 ausgelassen, es folgen die letzten)",
    "fr": "(lignes 2 à 40 omises ; voici les dernières)", "es": "(filas 2-40 omitidas; siguen las últimas)",
    "it": "(righe 2-40 omesse; seguono le ultime)", "pt": "(linhas 2-40 omitidas; seguem as últimas)",
    "nl": "(rijen 2-40 weggelaten; de laatste volgen)", "pl": "(wiersze 2-40 pominięte; ostatnie poniżej)",
    "sv": "(rad 2-40 utelämnade; de sista följer)", "tr": "(2-40. satırlar atlandı; sonuncular aşağıda)",
    "cs": "(řádky 2-40 vynechány; následují poslední)", "hu": "(2-40. sor kihagyva; az utolsók következnek)",
}
TEAMS = ["Platform Ops", "Customer Success", "Finance Team", "Data Platform", "Helpdesk",
         "Night Shift", "Front Desk"]
BOTS = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]", "Jira Automation"]
PRODUCTS = ["Visual Studio Code", "Apache Kafka", "Adobe Acrobat", "Microsoft Teams",
            "Bosch Professional", "Philips Hue", "Dyson V15", "Logitech MX Master"]
ORGS = ["Hugo Boss AG", "Johnson & Johnson", "Siemens AG", "Banco Santander", "Nordea Bank",
        "Ferrero S.p.A.", "Boucheron SAS", "Philips N.V."]
PLACES = ["Berlin", "Lisboa", "Victoria", "Charlotte", "Florence", "Lincoln", "São Paulo",
          "Santa Cruz", "Porto Alegre", "Mont Blanc"]
SETTINGS = ["Word Wrap", "Dark Mode", "Auto Save", "Font Family", "Tab Size", "Line Numbers",
            "Spell Check", "High Contrast", "Reduce Motion"]
PHRASES = ["Save Changes", "Sign In", "Forgot Password", "Welcome Back", "Create Account",
           "Order Summary", "Shipping Address", "Date Of Birth", "Full Name"]
FIELDS = ["firstName", "lastName", "dateOfBirth", "fullName", "First Name", "Last Name",
          "Geburtsdatum", "Nachname", "nom_complet", "data_nascita"]


# ---- pieces of text with spans -------------------------------------------------------------------
class P:
    """One piece of text (a block, or a whole document) with spans at code-point offsets."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        if not label:
            return self.t(v)
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


class J:
    """A JSON document written with labelled strings: a value or key given as (label, text)
    becomes a span on the string's bytes (without its quotes)."""

    def __init__(self, style):
        self.p = P()
        self.style = style  # "pretty", "line", "compact"

    def write(self, obj, level=0):
        p = self.p
        if isinstance(obj, tuple):
            lab, v = obj
            p.t('"')
            p.s(lab, esc(v, False))
            p.t('"')
        elif isinstance(obj, str):
            p.t(json.dumps(obj, ensure_ascii=False))
        elif isinstance(obj, list):
            self.seq("[", "]", [(None, x) for x in obj], level, inline=all(
                not isinstance(x, (list, dict)) for x in obj))
        elif isinstance(obj, dict):
            self.seq("{", "}", list(obj.items()), level)
        else:
            p.t(json.dumps(obj))

    def seq(self, open_, close, items, level, inline=False):
        p = self.p
        p.t(open_)
        pretty = self.style == "pretty" and not inline
        for k, (key, val) in enumerate(items):
            if k:
                p.t("," if self.style == "compact" or pretty else ", ")
            if pretty:
                p.t("\n" + "  " * (level + 1))
            if key is not None:
                self.write(key if isinstance(key, tuple) else (None, key), level + 1)
                p.t(":" if self.style == "compact" else ": ")
            self.write(val, level + 1)
        if pretty and items:
            p.t("\n" + "  " * level)
        p.t(close)


def cat(a, b, sep="\n"):
    out = P().t(a.text)
    out.spans = list(a.spans)
    if a.text:
        out.t(sep)
    base = len(out.text)
    out.text += b.text
    for s in b.spans:
        out.spans.append(dict(s, start_position=s["start_position"] + base,
                              end_position=s["end_position"] + base))
    return out


# ---- request bodies ------------------------------------------------------------------------------
MARK = "@@DOC%d@@"
RAWMARK = "@@RAW%d@@"


def dumps(obj, ascii_, compact):
    return json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def place(body, pieces, ascii_):
    """Each marker k in body replaced by piece k: MARK inside a JSON string (the piece escaped
    once), "RAWMARK" (with its quotes) by the piece as native JSON (non-ASCII escaped when the
    body is). Spans move to the bytes that hold them."""
    def a(s):
        return "".join(ch if ord(ch) < 128 else json.dumps(ch)[1:-1] for ch in s) if ascii_ else s
    placed = []  # (start, spans as (offset, length, span))
    out = body
    for k, p in enumerate(pieces):
        raw = '"' + RAWMARK % k + '"'
        if raw in out:
            m, conv = raw, a
        else:
            m, conv = MARK % k, (lambda s: esc(s, ascii_))
        assert out.count(m) == 1, m
        at = out.index(m)
        et = conv(p.text)
        grow = len(et) - len(m)
        placed = [(st + grow if st > at else st, sp) for (st, sp) in placed]
        out = out[:at] + et + out[at + len(m):]
        sp = []
        for s in p.spans:
            pre, val = conv(p.text[:s["start_position"]]), conv(s["entity_value"])
            sp.append((len(pre), len(val), s))
        placed.append((at, sp))
    spans = []
    for (st, sp) in placed:
        for (off, n, s) in sp:
            spans.append(dict(s, entity_value=out[st + off:st + off + n], start_position=st + off,
                              end_position=st + off + n))
    spans.sort(key=lambda s: s["start_position"])
    return out, spans


def emit(text, spans, lg, cls, wrap):
    check_spans(text, spans)
    if wrap != "plain":
        json.loads(text)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "family": cls, "wrap": wrap}})


TOOLS = ["crm_lookup", "read_sheet", "hr_export", "directory_search", "get_records"]
JSON_WRAPS = ["gemini_fr", "oai_tool", "anth_tool_use", "anth_tool_str", "tool_args",
              "resp_output", "gemini_call", "user_paste"]


def json_body(wrap, lg, i, doc):
    """(body text, spans) holding the JSON document doc (a P) in the shape wrap."""
    tool = TOOLS[i % len(TOOLS)]
    call = "call_%04d" % (4800 + i)
    native = '"' + RAWMARK % 0 + '"'
    if wrap == "oai_tool":
        body = {"model": "gpt-4o", "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps({"id": 1000 + i})}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
    elif wrap == "anth_tool_str":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool, "input": {"id": i}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": MARK % 0}]}]}
    elif wrap == "anth_tool_use":  # the assistant writes the records: native JSON input
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": "save_records",
                 "input": RAWMARK % 0}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": "saved"}]}]}
    elif wrap == "tool_args":
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "save_records", "arguments": MARK % 0}}]},
            {"role": "tool", "tool_call_id": call, "content": "ok"}]}
    elif wrap == "resp_output":
        body = {"model": "gpt-4.1", "input": [
            {"role": "user", "content": ASK[lg]},
            {"type": "function_call", "call_id": call, "name": tool, "arguments": "{}"},
            {"type": "function_call_output", "call_id": call, "output": MARK % 0}]}
    elif wrap == "gemini_fr":
        body = {"contents": [
            {"role": "user", "parts": [{"text": ASK[lg]}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"id": i}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool,
                                                             "response": RAWMARK % 0}}]}]}
    elif wrap == "gemini_call":
        body = {"contents": [
            {"role": "user", "parts": [{"text": ASK[lg]}]},
            {"role": "model", "parts": [{"functionCall": {"name": "save_records",
                                                          "args": RAWMARK % 0}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": "save_records",
                                                             "response": {"ok": True}}}]}]}
    elif wrap == "user_paste":
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK % 0}]}
        doc = cat(P().t(ASK[lg]), doc, "\n\n")
    else:
        raise ValueError(wrap)
    ascii_ = i % 2 == 0
    text = dumps(body, ascii_, i % 3 == 0)
    assert native in text or MARK % 0 in text
    return place(text, [doc], ascii_)


def emit_json(obj, lg, cls, i):
    j = J(["pretty", "line", "compact"][i % 3])
    j.write(obj)
    if i % 8 == 7:
        emit(j.p.text, j.p.spans, lg, cls, "plain")
        return
    wrap = JSON_WRAPS[(i // 8 + i) % len(JSON_WRAPS)]
    t, sp = json_body(wrap, lg, i, j.p)
    emit(t, sp, lg, cls, wrap)


BLOCK_APIS = ["oai_parts", "oai_tools", "anth_blocks", "anth_tool_blocks", "anth_results",
              "gemini_parts", "gemini_frs", "resp_parts", "resp_outputs"]


def blocks_body(api, n, lg, i):
    """A body whose pieces 0..n-1 are consecutive blocks, tool results or items."""
    ask = ASK[lg]
    texts = [MARK % k for k in range(n)]
    ids = ["call_%04d_%d" % (4800 + i, k) for k in range(n)]
    if api == "oai_parts":
        parts = [{"type": "text", "text": ask}]
        if i % 3 == 0:
            parts.append({"type": "image_url", "image_url": {"url": "https://f.example.com/%d.png" % i}})
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": parts + [{"type": "text", "text": t} for t in texts]}]}
    if api == "oai_tools":
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": c, "type": "function", "function": {
                    "name": "read_page", "arguments": json.dumps({"page": k + 1})}}
                for k, c in enumerate(ids)]}]
            + [{"role": "tool", "tool_call_id": c, "content": t} for c, t in zip(ids, texts)]}
    if api == "anth_blocks":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}]
             + [{"type": "text", "text": t} for t in texts]}]}
    if api == "anth_tool_blocks":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": "read_pdf",
                 "input": {"path": "scan_%d.pdf" % i}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                 "content": [{"type": "text", "text": t} for t in texts]}]}]}
    if api == "anth_results":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d_%d" % (i, k), "name": "read_page",
                 "input": {"page": k + 1}} for k in range(n)]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d_%d" % (i, k), "content": t}
                for k, t in enumerate(texts)]}]}
    if api == "gemini_parts":
        return {"contents": [{"role": "user", "parts": [{"text": ask}]
                              + [{"text": t} for t in texts]}],
                "generationConfig": {"temperature": 0.2}}
    if api == "gemini_frs":
        return {"contents": [
            {"role": "user", "parts": [{"text": ask}]},
            {"role": "model", "parts": [{"functionCall": {"name": "read_page", "args": {"page": k + 1}}}
                                        for k in range(n)]},
            {"role": "user", "parts": [{"functionResponse": {"name": "read_page",
                                                             "response": {"content": t}}}
                                       for t in texts]}]}
    if api == "resp_parts":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": [{"type": "input_text", "text": ask}]
             + [{"type": "input_text", "text": t} for t in texts]}]}
    if api == "resp_outputs":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": ask}]
                + [{"type": "function_call", "call_id": c, "name": "read_page",
                    "arguments": json.dumps({"page": k + 1})} for k, c in enumerate(ids)]
                + [{"type": "function_call_output", "call_id": c, "output": t}
                   for c, t in zip(ids, texts)]}
    raise ValueError(api)


def emit_blocks(pieces, lg, cls, i):
    if i % 8 == 7:  # the document as one plain text, a line break where a block ended
        j = pieces[0]
        for p in pieces[1:]:
            j = cat(j, p)
        emit(j.text, j.spans, lg, cls, "plain")
        return
    api = BLOCK_APIS[len(records) % len(BLOCK_APIS)]
    ascii_ = i % 2 == 0
    body = dumps(blocks_body(api, len(pieces), lg, i), ascii_, i % 3 == 0)
    t, sp = place(body, pieces, ascii_)
    emit(t, sp, lg, cls, api)


# ---- keyed objects -------------------------------------------------------------------------------
def doc_keyed(lg, i):
    kp, kb, ka, ks = PEOPLE_KEYS[lg]
    rb, ra, rw = REC_KEYS[lg]
    n = rng.randint(2, 4)
    kind = i % 6
    if kind == 0:  # records keyed by people
        inner = {}
        for _ in range(n):
            rec = {rb: ("DATE_OF_BIRTH", birth(lg))}
            if rng.random() < 0.6:
                rec[ra] = ("STREET_ADDRESS", address(lg))
            rec[rw] = rng.choice(["B2", "4 Ost", "C", "12"])
            inner[("PERSON", full(lg))] = rec
        return {kp: inner, "updated": ("NEG_DATE", other_date())}
    if kind == 1:  # birthdays keyed by people
        inner = {("PERSON", full(lg)): ("DATE_OF_BIRTH", birth(lg)) for _ in range(n)}
        return {kb: inner}
    if kind == 2:  # addresses keyed by people
        inner = {("PERSON", full(lg)): ("STREET_ADDRESS", address(lg)) for _ in range(n)}
        return {ka: inner, "source": "crm"}
    if kind == 3:  # scores and votes keyed by handles or names
        key = rng.choice(["scores", "votes", "reviewers", "points", "approvals"])
        if rng.random() < 0.5:
            inner = {("PERSON", handle(lg)): rng.randint(0, 40) for _ in range(n)}
        else:
            inner = {("PERSON", full(lg)): rng.randint(0, 40) for _ in range(n)}
        if rng.random() < 0.4:
            inner[("NEG_BOT", rng.choice(BOTS))] = rng.randint(0, 9)
        return {"poll": "Q3 offsite", key: inner}
    if kind == 4:  # people keyed at the top level
        doc = {}
        for _ in range(n):
            rec = {ks: rng.choice(TEAMS), rb: ("DATE_OF_BIRTH", birth(lg))}
            doc[("PERSON", full(lg))] = rec
        if rng.random() < 0.4:
            doc[("NEG_TEAM", rng.choice(TEAMS))] = {ks: "shared"}
        return doc
    # an array of one-member objects keyed by people
    return {ks: [{("PERSON", full(lg)): {rb: ("DATE_OF_BIRTH", birth(lg)),
                                         "shift": rng.choice(["early", "late", "night"])}}
                 for _ in range(n)]}


# ---- Sheets --------------------------------------------------------------------------------------
def col_letter(k):
    return "ABCDEFGHIJ"[k]


def sheet_cols(lg, split):
    hn, hg, hf, hb, hs, ht, hteam, hstart = HEAD[lg]
    cols = ([hg, hf] if split else [hn]) + [hb]
    if rng.random() < 0.7:
        cols.append(hs)
        if rng.random() < 0.5:
            cols.append(ht)
    cols += rng.sample([hteam, hstart, "ID"], rng.randint(0, 2))
    rng.shuffle(cols)
    return cols


def sheet_row(lg, cols):
    """One person's row under the headers cols: each cell labelled by its column."""
    hn, hg, hf, hb, hs, ht, hteam, hstart = HEAD[lg]
    g, s = person(lg)
    row = []
    for c in cols:
        if c == hn:
            row.append(("PERSON", name_form(lg, g, s)))
        elif c == hg:
            row.append(("PERSON", g))
        elif c == hf:
            row.append(("PERSON", s))
        elif c == hb:
            row.append(("DATE_OF_BIRTH", birth(lg)))
        elif c == hs:
            row.append(("STREET_ADDRESS", street(lg) if ht in cols else address(lg)))
        elif c == ht:
            row.append((None, town(lg)))
        elif c == hteam:
            row.append(("NEG_TEAM" if rng.random() < 0.5 else None, rng.choice(TEAMS)))
        elif c == hstart:
            row.append(("NEG_DATE", other_date()))
        else:
            row.append(("NEG_CODE", "E-%05d" % rng.randint(100, 99999)))
    return row


def sheet_rows(lg, split, nrows):
    cols = sheet_cols(lg, split)
    head = [("NEG_HEADER" if rng.random() < 0.3 else None, c) for c in cols]
    return [head] + [sheet_row(lg, cols) for _ in range(nrows)]


def doc_sheets(lg, i):
    kind = i % 4
    rows = sheet_rows(lg, rng.random() < 0.3, rng.randint(3, 6))
    sheet = rng.choice(["Sheet1", "Tabelle1", "Feuille 1", "Hoja 1", "Foglio1", "Blad1", "Arkusz1",
                        "Personal", "Roster"])
    rng_ = "'%s'!A1:%s%d" % (sheet, col_letter(len(rows[0]) - 1), len(rows))
    if kind == 1:  # columns
        cols = [[r[k] for r in rows] for k in range(len(rows[0]))]
        return {"range": rng_, "majorDimension": "COLUMNS", "values": cols}
    if kind == 2:  # batchGet
        return {"spreadsheetId": "1x%08dAbC" % rng.randint(0, 10 ** 8), "valueRanges": [
            {"range": rng_, "majorDimension": "ROWS", "values": rows}]}
    if kind == 3:  # an append / update request
        return {"range": rng_, "valueInputOption": "USER_ENTERED", "values": rows}
    return {"range": rng_, "majorDimension": "ROWS", "values": rows}


# ---- tables far under their header -----------------------------------------------------------------
def row_piece(cells, sep):
    p = P()
    for k, (lab, v) in enumerate(cells):
        if k:
            p.t(sep)
        q = '"' if sep in v or "\n" in v else ""  # a cell that holds its separator is quoted
        p.t(q).s(lab, v).t(q)
    return p


def doc_csv_far(lg, i):
    sep = [",", ";", "\t"][i % 3]
    rows = sheet_rows(lg, rng.random() < 0.3, rng.randint(14, 30))
    head = [(None, c) for _l, c in rows[0]]
    lines = [row_piece(head, sep)] + [row_piece(r, sep) for r in rows[1:]]
    if rng.random() < 0.5 or i % 8 == 7:  # one string: the late rows far below the header
        doc = lines[0]
        for ln in lines[1:]:
            doc = cat(doc, ln)
        return [doc]
    # header block, a prose block, then the last rows in one or two blocks
    tail = lines[-rng.randint(3, 6):]
    pieces = [lines[0], P().t(BETWEEN[lg])]
    half = len(tail) // 2 if rng.random() < 0.5 else len(tail)
    a = tail[0]
    for ln in tail[1:half]:
        a = cat(a, ln)
    pieces.append(a)
    if half < len(tail):
        b = tail[half]
        for ln in tail[half + 1:]:
            b = cat(b, ln)
        pieces.append(b)
    return pieces


def emit_csv(pieces, lg, i):
    if len(pieces) == 1:
        if i % 8 == 7:
            emit(pieces[0].text, pieces[0].spans, lg, "csv_far", "plain")
            return
        wrap = ["oai_tool", "anth_tool_str", "resp_output", "user_paste", "tool_args"][i % 5]
        t, sp = json_body(wrap, lg, i, pieces[0])
        emit(t, sp, lg, "csv_far", wrap)
        return
    emit_blocks(pieces, lg, "csv_far", i)


# ---- a label at a block's end ------------------------------------------------------------------------
def doc_label_next(lg, i):
    ln, lb, la, lp, lr = LABELS[lg]
    g, s = person(lg)
    nm = rng.choice([g + " " + s, s + ", " + g, s.upper() + ", " + g, g + " " + s.upper()])
    if lg == "hu":
        nm = s + " " + g
    fields = [(rng.choice([ln, lp]), "PERSON", nm), (lb, "DATE_OF_BIRTH", birth(lg))]
    if rng.random() < 0.7:
        fields.append((la, "STREET_ADDRESS", address(lg) if rng.random() < 0.6
                       else street(lg) + "\n" + town(lg)))
    rng.shuffle(fields)
    fields.append((lr, None, REASON[lg]))
    ncut = min(len(fields) - 1, rng.choice((1, 1, 2, 3)))
    cut_after = set(rng.sample(range(len(fields) - 1), ncut))
    if 0 not in cut_after and rng.random() < 0.5:
        cut_after.add(0)
    pieces, cur = [], P().t(TITLE[lg] + "\n")
    for k, (label, lab, v) in enumerate(fields):
        cur.t(label)
        if k in cut_after:
            cur.t(rng.choice(["", "", " ", "\n"]))
            pieces.append(cur)
            cur = P()
        else:
            cur.t(" ")
        cur.s(lab, v)
        cur.t("\n")
    cur.text = cur.text.rstrip("\n")
    pieces.append(cur)
    return pieces


# ---- look-alikes ---------------------------------------------------------------------------------------
def doc_lookalike(lg, i):
    kind = i % 8
    if kind == 0:
        doc = {"offices": {("NEG_PLACE", c): {"headcount": rng.randint(3, 400)}
                           for c in rng.sample(PLACES, 3)}}
    elif kind == 1:
        doc = {("NEG_PRODUCT", p): {"version": "%d.%d" % (rng.randint(1, 9), rng.randint(0, 20)),
                                    "seats": rng.randint(1, 90)} for p in rng.sample(PRODUCTS, 3)}
    elif kind == 2:
        doc = {"settings": {("NEG_SETTING", k): rng.choice([True, False, "on", 4, "Fira Code"])
                            for k in rng.sample(SETTINGS, 4)}}
    elif kind == 3:
        doc = {"vendors": {("NEG_ORG", o): {"contract": ("NEG_CODE", "C-%04d" % rng.randint(1, 9999))}
                           for o in rng.sample(ORGS, 3)}}
    elif kind == 4:
        doc = {"messages": {("NEG_TEXT", k): k.upper() if rng.random() < 0.2 else k
                            for k in rng.sample(PHRASES, 4)}}
    elif kind == 5:
        doc = {"users": {("NEG_CODE", "usr_%06x" % rng.randint(0, 16 ** 6)):
                         {"plan": rng.choice(["free", "pro", "team"])} for _ in range(3)}}
    elif kind == 6:
        doc = {"type": "object", "properties": {("NEG_FIELD", f): {"type": "string"}
                                                for f in rng.sample(FIELDS, 4)}}
    else:  # an inventory sheet
        head = ["SKU", rng.choice(["Item", "Artikel", "Article", "Artículo", "Produkt"]),
                rng.choice(["Qty", "Menge", "Quantité", "Cantidad"]),
                rng.choice(["Location", "Lager", "Entrepôt", "Almacén"])]
        rows = [head] + [[("NEG_CODE", "SKU-%05d" % rng.randint(1, 99999)),
                          ("NEG_PRODUCT", p), str(rng.randint(0, 80)),
                          rng.choice(["Halle 2", "Aisle 4", "Rayon B", "Estante 7"])]
                         for p in rng.sample(PRODUCTS, 4)]
        doc = {"range": "Inventory!A1:D5", "majorDimension": "ROWS", "values": rows}
    if rng.random() < 0.35:
        doc = dict(doc)
        doc["contact"] = ("PERSON", full(lg))
    return doc


LOOK_LABELS = {  # product, team labels
    "en": ("Product:", "Team:"), "de": ("Produkt:", "Team:"), "fr": ("Produit :", "Équipe :"),
    "es": ("Producto:", "Equipo:"), "it": ("Prodotto:", "Squadra:"), "pt": ("Produto:", "Equipa:"),
    "nl": ("Product:", "Team:"), "pl": ("Produkt:", "Zespół:"), "sv": ("Produkt:", "Team:"),
    "tr": ("Ürün:", "Ekip:"), "cs": ("Produkt:", "Tým:"), "hu": ("Termék:", "Csapat:"),
}


def doc_lookalike_split(lg, i):
    lprod, lteam = LOOK_LABELS[lg]
    a = P().t("Ticket #%d\n" % rng.randint(1000, 9999) + lprod)
    b = P().s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("\n" + lteam)
    c = P().s("NEG_TEAM", rng.choice(TEAMS))
    if rng.random() < 0.5:
        c.t("\n" + LABELS[lg][0] + " ").s("PERSON", full(lg))
    return [a, b, c]


def main():
    n = 0
    for rep in range(6):
        for lg in LANGS:
            emit_json(doc_keyed(lg, n), lg, "keyed", n)
            n += 1
    for rep in range(6):
        for lg in LANGS:
            emit_json(doc_sheets(lg, n), lg, "sheets", n)
            n += 1
    for rep in range(4):
        for lg in LANGS:
            emit_csv(doc_csv_far(lg, n), lg, n)
            n += 1
    for rep in range(7):
        for lg in LANGS:
            emit_blocks(doc_label_next(lg, n), lg, "label_next", n)
            n += 1
    for rep in range(4):
        for lg in LANGS:
            emit_json(doc_lookalike(lg, n), lg, "lookalike", n)
            n += 1
    for rep in range(2):
        for lg in LANGS:
            emit_blocks(doc_lookalike_split(lg, n), lg, "lookalike", n)
            n += 1
    write_json(records)


main()
