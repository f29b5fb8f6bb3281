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
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL12, END12, MONTHS, invent_syllables, write_json  # noqa: E402
from gen_bodies import P, Bodies, cat  # noqa: E402

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
SYL = dict(SYL12)
END = dict(END12)


def ascii_fold(w):
    """A user name's letters: accents dropped, lower case, no spaces."""
    w = unicodedata.normalize("NFKD", w.replace("ł", "l").replace("ı", "i").replace("ß", "ss"))
    return "".join(c for c in w if c.isascii() and c.isalpha()).lower()


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




# ---- people, dates, addresses and Sheets rows ----------------------------------------------------
class Words:
    """The people, dates and addresses of a keys corpus, drawn from the generator's own rng and
    its per-language tables (real = (givens, surnames), syl and end for invented names, streets
    as STREET, head as HEAD): gen_keys49.py draws the same shapes from its own stream."""

    def __init__(self, rng, real, syl, end, streets, head):
        self.rng, self.real, self.syl, self.end = rng, real, syl, end
        self.streets, self.head = streets, head

    def person(self, lg):
        """(given, surname): half common in the language, half invented from its syllables."""
        if self.rng.random() < 0.5:
            g, s = self.real[lg]
            return self.rng.choice(g), self.rng.choice(s)
        return (invent_syllables(self.rng, self.syl[lg], self.end[lg], False),
                invent_syllables(self.rng, self.syl[lg], self.end[lg], True))

    def name_form(self, lg, g, s):
        """The name as a key or cell writes it: mostly whole, sometimes `Surname, Given`, capitals;
        Hungarian surname first."""
        r = self.rng.random()
        if lg == "hu":
            return s + " " + g
        if r < 0.7:
            return g + " " + s
        if r < 0.88:
            return s + ", " + g
        return s.upper() + " " + g

    def full(self, lg):
        return self.name_form(lg, *self.person(lg))

    def handle(self, lg):
        g, s = self.person(lg)
        g, s = ascii_fold(g), ascii_fold(s)
        return self.rng.choice([g[0] + "." + s, g + "." + s, g + "_" + s[0], g[0] + s])

    def birth(self, lg):
        r = self.rng
        y, m, d = r.randint(1942, 2006), r.randint(1, 12), r.randint(1, 28)
        style = r.randrange(3)
        if lg == "en":
            return ["%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%02d/%02d/%d" % (m, d, y),
                    "%d-%02d-%02d" % (y, m, d)][style]
        if lg in ("sv", "hu"):
            return ("%d-%02d-%02d" % (y, m, d) if lg == "sv" or style
                    else "%d. %02d. %02d." % (y, m, d))
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

    def other_date(self):
        r = self.rng
        return "%d-%02d-%02d" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28))

    def street(self, lg):
        names, fmt, _ = self.streets[lg]
        return fmt.replace("s", "\0").replace("n", str(self.rng.randint(2, 180))).replace(
            "\0", self.rng.choice(names))

    def town(self, lg):
        return self.rng.choice(self.streets[lg][2])

    def address(self, lg):
        return self.street(lg) + ", " + self.town(lg)

    def sheet_cols(self, lg, split):
        hn, hg, hf, hb, hs, ht, hteam, hstart = self.head[lg]
        cols = ([hg, hf] if split else [hn]) + [hb]
        if self.rng.random() < 0.7:
            cols.append(hs)
            if self.rng.random() < 0.5:
                cols.append(ht)
        cols += self.rng.sample([hteam, hstart, "ID"], self.rng.randint(0, 2))
        self.rng.shuffle(cols)
        return cols

    def sheet_row(self, lg, cols):
        """One person's row under the headers cols: each cell labelled by its column."""
        hn, hg, hf, hb, hs, ht, hteam, hstart = self.head[lg]
        g, s = self.person(lg)
        row = []
        for c in cols:
            if c == hn:
                row.append(("PERSON", self.name_form(lg, g, s)))
            elif c == hg:
                row.append(("PERSON", g))
            elif c == hf:
                row.append(("PERSON", s))
            elif c == hb:
                row.append(("DATE_OF_BIRTH", self.birth(lg)))
            elif c == hs:
                row.append(("STREET_ADDRESS", self.street(lg) if ht in cols else self.address(lg)))
            elif c == ht:
                row.append((None, self.town(lg)))
            elif c == hteam:
                row.append(("NEG_TEAM" if self.rng.random() < 0.5 else None,
                            self.rng.choice(TEAMS)))
            elif c == hstart:
                row.append(("NEG_DATE", self.other_date()))
            else:
                row.append(("NEG_CODE", "E-%05d" % self.rng.randint(100, 99999)))
        return row

    def sheet_rows(self, lg, split, nrows):
        cols = self.sheet_cols(lg, split)
        head = [("NEG_HEADER" if self.rng.random() < 0.3 else None, c) for c in cols]
        return [head] + [self.sheet_row(lg, cols) for _ in range(nrows)]



W = Words(rng, REAL, SYL, END, STREET, HEAD)
person, name_form, full, handle, birth, other_date = (W.person, W.name_form, W.full, W.handle,
                                                      W.birth, W.other_date)
street, town, address, sheet_rows = W.street, W.town, W.address, W.sheet_rows
OUT = Bodies(records, ASK)
emit, json_body, emit_json, emit_blocks = OUT.emit, OUT.json_body, OUT.emit_json, OUT.emit_blocks


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


if __name__ == "__main__":
    main()
