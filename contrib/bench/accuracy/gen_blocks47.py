#!/usr/bin/env python3
"""gen_blocks47.py: documents split over a message's text blocks, and JSON documents inside
strings (tool results, tool-call arguments), as whole API request bodies (tune set; branch
blocks47, written and committed before any detector or rewrite rule was read and before hush was
run on it).

Two families, each record a request body (graded through anon_rewrite) unless its wrap is
`plain`:

Documents over several text blocks of one message (metadata.family "blocks"); each is written
twice: as its blocks (`wrap` = `blocks`) and as one string, the blocks joined by a line break as
a reader sees them (`wrap` = `joined`), in the same API shape:
- `label_value`: intake, HR, rental and patient forms whose blocks end on a field label (`Name:`,
  `Geburtsdatum:`, `Adresse :`, `Data urodzenia:`...) and the next block starts with its value;
- `table_rows`: CSV, semicolon, TSV and Markdown tables whose header (and title) is one block and
  whose rows are the next ones; people, birth dates, streets in columns; teams, products and
  other dates in columns beside them;
- `signoff`: e-mails whose closing (`Best regards,`, `Viele Grüße,`, `Z poważaniem,`...) ends one
  block and the signature name starts the next; a later block names the person by given name;
- `page_break`: OCR'd or PDF pages, one block each, a sentence cut at the page end between a cue
  and its value (`the tenant, Mr.` | `Jonas Brandt, born on` | `4 March 1987, residing at`...); a
  few names and postal blocks cut in two (each part labelled);
- `lookalike_split`: the same cuts with look-alikes after the label (products, teams, rooms,
  release dates) beside a person.
APIs (metadata.api): Anthropic user text blocks (`anth_user`), an Anthropic tool_result whose
content is text blocks (`anth_tool`), OpenAI content parts (`oai_parts`, sometimes after an
image part), Gemini `parts` (`gemini`), OpenAI Responses `input_text` parts (`responses`).

JSON documents (metadata.family "json"); each is written plain (the JSON pasted as text,
`wrap` = `plain`) and in one body (`wrap`): an OpenAI tool message's content (`oai_tool`), an
Anthropic tool_result content string (`anth_tool_str`) or text block (`anth_tool_block`), a tool
call's `arguments` (`tool_args`), a Gemini functionResponse object (`gemini_fr`, native JSON), a
user message that pastes it after a request (`user_paste`):
- `json_field`: CRM, ticketing, HR, directory and banking records in en/de/fr/es/it/pt/nl/pl/sv/tr
  whose person fields are named by role (`owner`, `assignee`, `reporter`, `author`, `holder`,
  `Ansprechpartner`, `responsable`, `titolare`, `eigenaar`, `właściciel`, `handläggare`,
  `sorumlu`...), a quarter of them filled by a team, bot, firm or `Unassigned` (NEG_);
- `json_split`: given and family name in separate keys of each language (`nome`/`sobrenome`,
  `Vorname`/`Nachname`, `prénom`/`nom`, `nombre`/`apellidos`, `imię`/`nazwisko`, `förnamn`/
  `efternamn`, `ad`/`soyad`...), any case, short names (`Yi`, `THANH`);
- `json_keys`: objects keyed by people (ACLs, votes, on-call rotas, reviewers, scores), some
  beside keys that are teams or bots;
- `json_lookalike`: keys and values that are not people: products and tools (`Apache Kafka`,
  `Visual Studio Code`), algorithms (`Dijkstra`), places, teams, JSON-schema field names,
  firms as holders, bots as authors; beside a person in about half of them.
Half the bodies escape non-ASCII as \\uXXXX, a third are compact. Names: half common in the
language, half invented from its syllables. Writes JSON (the names_tune3.json format) to stdout;
deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL12, END12, MONTHS, check_spans, invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, P, ascii_json, cat, dumps, esc, place_all, place_each  # noqa: E402

rng = random.Random(20261206 + 47)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr"]

REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "Hale"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Hélène"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Chevalier"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Inés"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Vidal"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Greco"]),
    "pt": (["João", "Beatriz", "Inês", "Tiago", "Mariana", "Rui", "Joana"],
           ["Silva", "Ferreira", "Costa", "Carvalho", "Rodrigues", "Pereira", "Almeida"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
}
SYL = dict(SYL12)
END = dict(END12)
SHORT = [("Yi", "Thanh"), ("Ng", "Bo"), ("Li", "Wen"), ("Vu", "Anh"), ("Ho", "Minh"), ("Do", "Lan")]


def person(lg):
    """(given, surname): half common in the language, half invented from its syllables."""
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, SYL[lg], END[lg], False),
            invent_syllables(rng, SYL[lg], END[lg], True))


def full(lg):
    g, s = person(lg)
    return g + " " + s


def birth(lg):
    y, m, d = rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(3)
    if lg == "en":
        return ["%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%02d/%02d/%d" % (m, d, y),
                "%d %s %d" % (d, MONTHS["en"][m - 1], y)][style]
    if lg == "sv":
        return "%d-%02d-%02d" % (y, m, d)
    if lg in ("de", "pl", "tr"):
        if style == 2 and lg == "de":
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        return "%02d.%02d.%d" % (d, m, y)
    if lg == "nl":
        return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)][style % 2]
    if style == 2 and lg in MONTHS:
        de = " de " if lg in ("es", "pt") else " "
        return "%d%s%s%s%d" % (d, de, MONTHS[lg][m - 1], de, y)
    return "%02d/%02d/%d" % (d, m, y)


def iso_birth():
    return "%d-%02d-%02d" % (rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28))


def other_date():
    return "%d-%02d-%02d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))


STREETS = {
    "en": (lambda n: "%d %s" % (n, rng.choice(["Quarry Lane", "Maple Avenue", "Church Road",
                                               "Station Street"])),
           lambda: rng.choice(["Leeds LS6 2AB", "Bristol BS1 4DJ", "Springfield, IL 62704"])),
    "de": (lambda n: "%s %d" % (rng.choice(["Hauptstraße", "Lindenweg", "Am Markt",
                                            "Goethestraße"]), n),
           lambda: rng.choice(["10115 Berlin", "80331 München", "50667 Köln"])),
    "fr": (lambda n: "%d %s" % (n, rng.choice(["rue des Lilas", "avenue Jean Jaurès",
                                               "boulevard Voltaire"])),
           lambda: rng.choice(["69003 Lyon", "75011 Paris", "33000 Bordeaux"])),
    "es": (lambda n: "%s %d, 3º B" % (rng.choice(["Calle de Alcalá", "Calle Mayor",
                                                  "Avenida de América"]), n),
           lambda: rng.choice(["28014 Madrid", "41001 Sevilla", "46002 Valencia"])),
    "it": (lambda n: "%s %d" % (rng.choice(["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele"]),
                                n),
           lambda: rng.choice(["20121 Milano", "00184 Roma", "10121 Torino"])),
    "pt": (lambda n: "%s %d, 2.º Esq." % (rng.choice(["Rua Augusta", "Avenida da Liberdade",
                                                      "Rua do Carmo"]), n),
           lambda: rng.choice(["1100-053 Lisboa", "4000-322 Porto"])),
    "nl": (lambda n: "%s %d" % (rng.choice(["Keizersgracht", "Dorpsstraat", "Kerkweg"]), n),
           lambda: rng.choice(["1015 CJ Amsterdam", "3511 LN Utrecht"])),
    "pl": (lambda n: "ul. %s %d/3" % (rng.choice(["Kwiatowa", "Długa", "Polna"]), n),
           lambda: rng.choice(["00-001 Warszawa", "30-002 Kraków"])),
    "sv": (lambda n: "%s %d" % (rng.choice(["Storgatan", "Kungsgatan", "Drottninggatan"]), n),
           lambda: rng.choice(["111 22 Stockholm", "411 03 Göteborg"])),
    "tr": (lambda n: "%s No: %d Daire: 5" % (rng.choice(["Bağdat Caddesi", "Atatürk Caddesi",
                                                         "Cumhuriyet Caddesi"]), n),
           lambda: rng.choice(["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara"])),
}


CITY = {"en": "Leeds", "de": "Berlin", "fr": "Lyon", "es": "Madrid", "it": "Milano",
        "pt": "Lisboa", "nl": "Utrecht", "pl": "Kraków", "sv": "Göteborg", "tr": "İstanbul"}


def street(lg):
    return STREETS[lg][0](rng.randint(2, 180))


def town(lg):
    return STREETS[lg][1]()


LABELS = {  # name, birth, address, reason, a person's role in a form
    "en": ("Name:", "Date of birth:", "Address:", "Reason for visit:", "Patient:"),
    "de": ("Name:", "Geburtsdatum:", "Anschrift:", "Anliegen:", "Patient:"),
    "fr": ("Nom :", "Date de naissance :", "Adresse :", "Motif :", "Patient :"),
    "es": ("Nombre:", "Fecha de nacimiento:", "Dirección:", "Motivo:", "Paciente:"),
    "it": ("Nome:", "Data di nascita:", "Indirizzo:", "Motivo:", "Paziente:"),
    "pt": ("Nome:", "Data de nascimento:", "Morada:", "Motivo:", "Utente:"),
    "nl": ("Naam:", "Geboortedatum:", "Adres:", "Reden:", "Patiënt:"),
    "pl": ("Imię i nazwisko:", "Data urodzenia:", "Adres:", "Powód:", "Pacjent:"),
    "sv": ("Namn:", "Födelsedatum:", "Adress:", "Ärende:", "Patient:"),
    "tr": ("Adı Soyadı:", "Doğum tarihi:", "Adres:", "Başvuru nedeni:", "Hasta:"),
}
TITLES = {
    "en": "Patient intake form", "de": "Aufnahmebogen", "fr": "Fiche d'admission",
    "es": "Hoja de ingreso", "it": "Scheda di accettazione", "pt": "Ficha de admissão",
    "nl": "Intakeformulier", "pl": "Karta przyjęcia", "sv": "Inskrivningsblankett",
    "tr": "Kabul formu",
}
REASONS = {
    "en": "follow-up after knee surgery", "de": "Kontrolle nach Knie-OP",
    "fr": "suivi après opération du genou", "es": "revisión tras cirugía de rodilla",
    "it": "controllo dopo intervento al ginocchio", "pt": "consulta de seguimento",
    "nl": "controle na knieoperatie", "pl": "kontrola po operacji kolana",
    "sv": "återbesök efter knäoperation", "tr": "diz ameliyatı sonrası kontrol",
}
ASKS = {
    "en": "Please check this form for missing fields.",
    "de": "Bitte prüfe das Formular auf fehlende Angaben.",
    "fr": "Peux-tu vérifier ce formulaire ?",
    "es": "¿Puedes revisar este formulario?",
    "it": "Puoi controllare questo modulo?",
    "pt": "Podes verificar este formulário?",
    "nl": "Kun je dit formulier controleren?",
    "pl": "Sprawdź proszę ten formularz.",
    "sv": "Kan du kontrollera blanketten?",
    "tr": "Bu formu kontrol eder misin?",
}
CLOSINGS = {
    "en": ["Best regards,", "Kind regards,", "Thanks,"], "de": ["Viele Grüße,", "Mit freundlichen Grüßen"],
    "fr": ["Cordialement,", "Bien à vous,"], "es": ["Saludos,", "Un saludo,"],
    "it": ["Cordiali saluti,", "Un saluto,"], "pt": ["Atenciosamente,", "Cumprimentos,"],
    "nl": ["Met vriendelijke groet,", "Groet,"], "pl": ["Z poważaniem,", "Pozdrawiam,"],
    "sv": ["Med vänliga hälsningar,", "Hälsningar,"], "tr": ["Saygılarımla,", "İyi çalışmalar,"],
}
MAIL_BODY = {
    "en": "Hi all,\nthe invoice for March is attached. Let me know if anything is unclear.",
    "de": "Hallo zusammen,\nanbei die Rechnung für März. Meldet euch bei Fragen.",
    "fr": "Bonjour à tous,\nvous trouverez ci-joint la facture de mars.",
    "es": "Hola a todos,\nos adjunto la factura de marzo.",
    "it": "Ciao a tutti,\nin allegato la fattura di marzo.",
    "pt": "Olá a todos,\nsegue em anexo a fatura de março.",
    "nl": "Hallo allemaal,\nin de bijlage de factuur van maart.",
    "pl": "Cześć,\nw załączniku faktura za marzec.",
    "sv": "Hej alla,\nbifogat finns fakturan för mars.",
    "tr": "Merhaba,\nmart ayı faturası ektedir.",
}
LATER = {  # a later block names the signer by given name: {G}
    "en": "P.S. {G} will be out until Monday.", "de": "PS: {G} ist bis Montag nicht da.",
    "fr": "PS : {G} est absente jusqu'à lundi.", "es": "PD: {G} no estará hasta el lunes.",
    "it": "PS: {G} è fuori ufficio fino a lunedì.", "pt": "PS: {G} está ausente até segunda.",
    "nl": "PS: {G} is er tot maandag niet.", "pl": "PS: {G} wraca w poniedziałek.",
    "sv": "PS: {G} är borta till måndag.", "tr": "Not: {G} pazartesiye kadar izinde.",
}
JOBS = {
    "en": "Accounts Payable", "de": "Buchhaltung", "fr": "Comptabilité", "es": "Contabilidad",
    "it": "Amministrazione", "pt": "Contabilidade", "nl": "Crediteurenadministratie",
    "pl": "Księgowość", "sv": "Ekonomiavdelningen", "tr": "Muhasebe",
}
TABLE_HEAD = {  # name, birth, street, team columns
    "en": ("name", "date_of_birth", "street", "team"),
    "de": ("Name", "Geburtsdatum", "Straße", "Abteilung"),
    "fr": ("nom", "date_naissance", "adresse", "équipe"),
    "es": ("nombre", "fecha_nacimiento", "dirección", "equipo"),
    "it": ("nome", "data_nascita", "indirizzo", "reparto"),
    "pt": ("nome", "data_nascimento", "morada", "equipa"),
    "nl": ("naam", "geboortedatum", "adres", "afdeling"),
    "pl": ("imię i nazwisko", "data urodzenia", "adres", "dział"),
    "sv": ("namn", "födelsedatum", "adress", "avdelning"),
    "tr": ("ad soyad", "doğum tarihi", "adres", "departman"),
}
TEAMS = ["Platform Ops", "Customer Success", "Finance Team", "Data Platform", "Helpdesk",
         "Payroll", "Release Engineering", "Security Team"]
PRODUCTS = ["Visual Studio Code", "Apache Kafka", "Adobe Acrobat", "Microsoft Teams",
            "Porsche Cayenne", "Google Chrome", "Jenkins", "Grafana", "Ruby on Rails"]
ROOMS = ["Einstein", "Curie", "Galileo", "Newton", "Darwin", "Ada Lovelace"]
ORGS = ["Acme GmbH", "Deutsche Bank AG", "Banco Santander", "Siemens AG", "Nordea Bank",
        "Müller Logistik GmbH", "Rossi S.p.A.", "De Vries B.V."]
BOTS = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]", "Jira Automation", "Sentry"]


# ---- request bodies ------------------------------------------------------------------------------
MODELS = {"anth": "claude-sonnet-4-5", "oai": "gpt-4o", "gem": "gemini-2.5-pro"}


def blocks_body(api, n, ask, i):
    """A body whose one message holds n text blocks (markers 0..n-1)."""
    texts = [MARK % k for k in range(n)]
    if api == "anth_user":
        return {"model": MODELS["anth"], "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}]
             + [{"type": "text", "text": t} for t in texts]}]}
    if api == "anth_tool":
        return {"model": MODELS["anth"], "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": "read_pdf",
                 "input": {"path": "scan_%d.pdf" % i}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                 "content": [{"type": "text", "text": t} for t in texts]}]}]}
    if api == "oai_parts":
        parts = [{"type": "text", "text": ask}]
        if i % 3 == 0:
            parts.append({"type": "image_url",
                          "image_url": {"url": "https://files.example.com/scan%d.png" % i}})
        return {"model": MODELS["oai"], "messages": [
            {"role": "system", "content": "You are a careful assistant."},
            {"role": "user", "content": parts + [{"type": "text", "text": t} for t in texts]}]}
    if api == "gemini":
        return {"contents": [{"role": "user", "parts": [{"text": ask}]
                              + [{"text": t} for t in texts]}],
                "generationConfig": {"temperature": 0.2}}
    if api == "responses":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": [{"type": "input_text", "text": ask}]
             + [{"type": "input_text", "text": t} for t in texts]}]}
    raise ValueError(api)


BLOCK_APIS = ["anth_user", "anth_tool", "oai_parts", "gemini", "responses"]


def joined(pieces):
    """The pieces as one string, a line break between two (what a reader of the blocks sees)."""
    j = P()
    for k, p in enumerate(pieces):
        if k:
            j.t("\n")
        base = len(j.text)
        j.text += p.text
        for s in p.spans:
            j.spans.append(dict(s, start_position=s["start_position"] + base,
                                end_position=s["end_position"] + base))
    return j


def emit(text, spans, lg, cls, family, wrap, api):
    check_spans(text, spans)
    if wrap != "plain":
        json.loads(text)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "family": family, "wrap": wrap,
                                 "api": api}})


def emit_blocks(pieces, lg, cls, i):
    api = BLOCK_APIS[i % len(BLOCK_APIS)]
    ascii_ = i % 2 == 0
    compact = i % 3 == 0
    ask = ASKS[lg]
    body = dumps(blocks_body(api, len(pieces), ask, i), ascii_, compact)
    t, sp = place_all(body, pieces, 1, ascii_)
    emit(t, sp, lg, cls, "blocks", "blocks", api)
    body = dumps(blocks_body(api, 1, ask, i), ascii_, compact)
    t, sp = place_all(body, [joined(pieces)], 1, ascii_)
    emit(t, sp, lg, cls, "blocks", "joined", api)


# ---- documents over text blocks ------------------------------------------------------------------
def doc_label_value(lg, i):
    """A form cut after one to three of its labels; the value starts the next block."""
    ln, lb, la, lr, _lp = LABELS[lg]
    g, s = person(lg)
    fields = [(ln, [("PERSON", g + " " + s)]), (lb, [("DATE_OF_BIRTH", birth(lg))])]
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            fields.append((la, [("STREET_ADDRESS", street(lg) + ", " + town(lg))]))
        else:
            fields.append((la, [("STREET_ADDRESS", street(lg) + "\n" + town(lg))]))
    rng.shuffle(fields)
    fields.append((lr, [(None, REASONS[lg])]))
    cut_after = set(rng.sample(range(len(fields) - 1),
                               min(len(fields) - 1, rng.choice((1, 2, 2, 3)))))
    pieces, cur = [], P().t(TITLES[lg] + "\n")
    for k, (label, vals) in enumerate(fields):
        cur.t(label)
        if k in cut_after:
            pieces.append(cur)
            cur = P()
        else:
            cur.t(" ")
        for lab, v in vals:
            if lab:
                cur.s(lab, v)
            else:
                cur.t(v)
        cur.t("\n")
    cur.text = cur.text.rstrip("\n")
    pieces.append(cur)
    return pieces


def table_line(cells, sep, md):
    """cells: (label or None, text) pairs -> a P of one row."""
    p = P()
    if md:
        p.t("| ")
    for k, (lab, v) in enumerate(cells):
        if k:
            p.t(" | " if md else sep)
        if lab:
            p.s(lab, v)
        else:
            p.t(v)
    if md:
        p.t(" |")
    return p


def doc_table_rows(lg, i):
    hn, hb, hs, ht = TABLE_HEAD[lg]
    fmt = ["csv", "semi", "tsv", "md"][i % 4]
    sep = {"csv": ",", "semi": ";", "tsv": "\t", "md": " | "}[fmt]
    md = fmt == "md"
    cols = [hn, hb, ht] if rng.random() < 0.5 else [hn, hb, hs, ht]
    title = {"en": "Staff list (export)", "de": "Mitarbeiterliste (Export)",
             "fr": "Liste du personnel", "es": "Lista de personal", "it": "Elenco del personale",
             "pt": "Lista de pessoal", "nl": "Personeelslijst", "pl": "Lista pracowników",
             "sv": "Personallista", "tr": "Personel listesi"}[lg]
    head = P().t(title + "\n")
    head = cat(head, table_line([(None, c) for c in cols], sep, md), "")
    if md:
        head = cat(head, P().t("|" + "|".join("---" for _ in cols) + "|"))
    rows = []
    for _ in range(rng.randint(2, 6)):
        cells = []
        for c in cols:
            if c == hn:
                g, s = person(lg)
                v = g + " " + s
                if rng.random() < 0.25:
                    v = s.upper() + " " + g
                cells.append(("PERSON", v))
            elif c == hb:
                cells.append(("DATE_OF_BIRTH", birth(lg)))
            elif c == hs:
                v = street(lg)
                cells.append(("STREET_ADDRESS", v if fmt != "csv" else v.replace(",", "")))
            else:
                cells.append(("NEG_TEAM", rng.choice(TEAMS)))
        rows.append(table_line(cells, sep, md))
    # header alone in the first block; the rows in one or two more
    pieces = [head]
    cut = len(rows) if len(rows) < 4 or rng.random() < 0.5 else len(rows) // 2
    first = P()
    for r in rows[:cut]:
        first = cat(first, r)
    pieces.append(first)
    if cut < len(rows):
        second = P()
        for r in rows[cut:]:
            second = cat(second, r)
        pieces.append(second)
    return pieces


def doc_signoff(lg, i):
    g, s = person(lg)
    b1 = P().t(MAIL_BODY[lg] + "\n\n" + rng.choice(CLOSINGS[lg]))
    b2 = P().s("PERSON", g + " " + s).t("\n" + JOBS[lg] + "\n" + rng.choice(ORGS))
    pieces = [b1, b2]
    if rng.random() < 0.6:
        tpl = LATER[lg]
        at = tpl.index("{G}")
        pieces.append(P().t(tpl[:at]).s("PERSON", g).t(tpl[at + 3:]))
    return pieces


PAGES = {  # page texts with {P} a person, {B} a birth date, {A} a postal block; | a page end
    "en": ["Tenancy agreement, page 1\nThis agreement is made between the landlord and the "
           "tenant, Mr.|{P}, born on|{B}, residing at|{A}.\nThe rent is due on the first day of "
           "each month.",
           "Witness statement\nI, the undersigned,|{P}, born|{B}, confirm that the above is true.",
           "Referral letter\nI am referring my patient|{P} (DOB|{B}) for further tests."],
    "de": ["Mietvertrag, Seite 1\nZwischen dem Vermieter und dem Mieter, Herrn|{P}, geboren am|{B},"
           " wohnhaft in|{A}, wird folgender Vertrag geschlossen.",
           "Zeugenaussage\nIch,|{P}, geb.|{B}, bestätige die Richtigkeit der Angaben.",
           "Überweisung\nIch überweise meine Patientin|{P}, geboren am|{B}, zur Abklärung."],
    "fr": ["Contrat de bail, page 1\nEntre le bailleur et le locataire, M.|{P}, né le|{B}, "
           "demeurant|{A}, il est convenu ce qui suit.",
           "Attestation\nJe soussignée,|{P}, née le|{B}, atteste sur l'honneur."],
    "es": ["Contrato de arrendamiento, página 1\nDe una parte el arrendador y de otra el "
           "arrendatario, D.|{P}, nacido el|{B}, con domicilio en|{A}.",
           "Declaración\nYo,|{P}, nacida el|{B}, declaro que los datos son ciertos."],
    "it": ["Contratto di locazione, pagina 1\nTra il locatore e il conduttore, sig.|{P}, nato il|{B},"
           " residente in|{A}, si conviene quanto segue.",
           "Dichiarazione\nIo sottoscritta|{P}, nata il|{B}, dichiaro quanto segue."],
    "pt": ["Contrato de arrendamento, página 1\nEntre o senhorio e o arrendatário, Sr.|{P}, nascido"
           " em|{B}, residente em|{A}, é celebrado o presente contrato."],
    "nl": ["Huurovereenkomst, pagina 1\nTussen de verhuurder en de huurder, de heer|{P}, geboren op"
           "|{B}, wonende te|{A}, wordt het volgende overeengekomen."],
    "pl": ["Umowa najmu, strona 1\nZawarta pomiędzy wynajmującym a najemcą, Panem|{P}, urodzonym"
           "|{B}, zamieszkałym|{A}."],
    "sv": ["Hyresavtal, sida 1\nMellan hyresvärden och hyresgästen|{P}, född|{B}, boende på|{A}."],
    "tr": ["Kira sözleşmesi, sayfa 1\nKiraya veren ile kiracı|{P}, doğum tarihi|{B}, "
           "adres|{A} arasında yapılmıştır."],
}


def doc_page_break(lg, i):
    tpl = rng.choice(PAGES[lg])
    g, s = person(lg)
    split_name = rng.random() < 0.15
    split_addr = rng.random() < 0.3
    pieces = [P()]
    k = 0
    while k < len(tpl):
        ch = tpl[k]
        if ch == "|":
            pieces.append(P())
            k += 1
            continue
        if tpl.startswith("{P}", k):
            if split_name:
                pieces[-1].s("PERSON", g)
                pieces.append(P())
                pieces[-1].s("PERSON", s)
            else:
                pieces[-1].s("PERSON", g + " " + s)
            k += 3
            continue
        if tpl.startswith("{B}", k):
            pieces[-1].s("DATE_OF_BIRTH", birth(lg))
            k += 3
            continue
        if tpl.startswith("{A}", k):
            if split_addr:
                pieces[-1].s("STREET_ADDRESS", street(lg))
                pieces.append(P())
                pieces[-1].s("STREET_ADDRESS", town(lg))
            else:
                pieces[-1].s("STREET_ADDRESS", street(lg) + ", " + town(lg))
            k += 3
            continue
        pieces[-1].t(ch)
        k += 1
    return pieces


LOOK_LABELS = {  # product, team, room, release date labels
    "en": ("Product:", "Owning team:", "Meeting room:", "Release date:", "Contact:"),
    "de": ("Produkt:", "Zuständiges Team:", "Besprechungsraum:", "Veröffentlicht am:",
           "Ansprechpartner:"),
    "fr": ("Produit :", "Équipe :", "Salle :", "Date de sortie :", "Contact :"),
    "es": ("Producto:", "Equipo responsable:", "Sala:", "Fecha de lanzamiento:", "Contacto:"),
    "it": ("Prodotto:", "Team:", "Sala riunioni:", "Data di rilascio:", "Referente:"),
    "pt": ("Produto:", "Equipa:", "Sala:", "Data de lançamento:", "Contacto:"),
    "nl": ("Product:", "Team:", "Vergaderruimte:", "Releasedatum:", "Contactpersoon:"),
    "pl": ("Produkt:", "Zespół:", "Sala:", "Data wydania:", "Osoba kontaktowa:"),
    "sv": ("Produkt:", "Team:", "Mötesrum:", "Releasedatum:", "Kontaktperson:"),
    "tr": ("Ürün:", "Ekip:", "Toplantı odası:", "Yayın tarihi:", "İlgili kişi:"),
}


def doc_lookalike_split(lg, i):
    lp, lt, lr, ld, lc = LOOK_LABELS[lg]
    fields = [(lp, "NEG_PRODUCT", rng.choice(PRODUCTS)), (lt, "NEG_TEAM", rng.choice(TEAMS)),
              (lr, "NEG_PLACE", rng.choice(ROOMS)), (ld, "NEG_DATE", other_date())]
    rng.shuffle(fields)
    fields = fields[:rng.randint(2, 4)]
    if rng.random() < 0.6:
        fields.insert(rng.randrange(len(fields) + 1), (lc, "PERSON", full(lg)))
    pieces, cur = [], P().t({"en": "Change request", "de": "Änderungsantrag"}.get(lg, "CR-%d" % (100 + i)) + "\n")
    for k, (label, lab, v) in enumerate(fields):
        cur.t(label)
        if rng.random() < 0.6:
            pieces.append(cur)
            cur = P()
        else:
            cur.t(" ")
        cur.s(lab, v).t("\n")
    cur.text = cur.text.rstrip("\n")
    pieces.append(cur)
    return [p for p in pieces if p.text]


# ---- JSON documents ------------------------------------------------------------------------------
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
            if lab:
                p.s(lab, esc(v, False))
            else:
                p.t(esc(v, False))
            p.t('"')
        elif isinstance(obj, str):
            p.t(json.dumps(obj, ensure_ascii=False))
        elif isinstance(obj, list):
            self.seq("[", "]", [(None, x) for x in obj], level)
        elif isinstance(obj, dict):
            self.seq("{", "}", list(obj.items()), level)
        else:
            p.t(json.dumps(obj))

    def seq(self, open_, close, items, level):
        p = self.p
        p.t(open_)
        if not items:
            p.t(close)
            return
        for k, (key, val) in enumerate(items):
            if k:
                p.t("," if self.style == "compact" else ", " if self.style == "line" else ",")
            if self.style == "pretty":
                p.t("\n" + "  " * (level + 1))
            if key is not None:
                self.write(key if isinstance(key, tuple) else (None, key), level + 1)
                p.t(":" if self.style == "compact" else ": ")
            self.write(val, level + 1)
        if self.style == "pretty":
            p.t("\n" + "  " * level)
        p.t(close)


def pv(lg, neg_pool, neg_label, p_person=0.75):
    """A person's name (labelled PERSON) or, a quarter of the time, a look-alike."""
    if rng.random() < p_person:
        return ("PERSON", full(lg))
    return (neg_label, rng.choice(neg_pool))


FIELD_KEYS = {  # role keys of a person, per language
    "en": ["owner", "assignee", "reporter", "author", "holder", "requester", "approver"],
    "de": ["Ansprechpartner", "Verantwortlich", "Inhaber", "Sachbearbeiter", "Bearbeiter"],
    "fr": ["responsable", "titulaire", "demandeur", "auteur", "gestionnaire"],
    "es": ["responsable", "titular", "propietario", "solicitante", "autor"],
    "it": ["responsabile", "titolare", "referente", "richiedente", "autore"],
    "pt": ["responsável", "titular", "proprietário", "requerente", "autor"],
    "nl": ["eigenaar", "behandelaar", "contactpersoon", "aanvrager", "auteur"],
    "pl": ["właściciel", "opiekun", "osoba_kontaktowa", "zgłaszający", "autor"],
    "sv": ["ägare", "handläggare", "kontaktperson", "beställare", "författare"],
    "tr": ["sahibi", "sorumlu", "ilgili_kişi", "talep_eden", "yazar"],
}
NEG_VALUES = [("NEG_TEAM", TEAMS), ("NEG_BOT", BOTS), ("NEG_ORG", ORGS),
              ("NEG_ROLE", ["Unassigned", "Support Team", "n/a", "Admin"])]


def doc_json_field(lg, i):
    keys = FIELD_KEYS[lg]
    kind = i % 4
    neg_label, pool = NEG_VALUES[rng.randrange(len(NEG_VALUES))]
    if kind == 0:  # a ticket
        k1, k2 = rng.sample(keys, 2)
        doc = {"id": rng.randint(1000, 99999), "subject": REASONS[lg], k1: pv(lg, pool, neg_label),
               k2: pv(lg, pool, neg_label), "status": "open", "created": ("NEG_DATE", other_date())}
    elif kind == 1:  # a CRM deal or account
        k1 = rng.choice(keys)
        doc = {"object": "deal", "properties": {"dealname": "Renewal %d" % rng.randint(2024, 2027),
                                                "amount": str(rng.randint(10, 99) * 1000),
                                                k1: pv(lg, pool, neg_label),
                                                "company": ("NEG_ORG", rng.choice(ORGS)),
                                                "closedate": ("NEG_DATE", other_date())}}
    elif kind == 2:  # an HR record
        k1 = rng.choice(keys)
        g, s = person(lg)
        doc = {"employee_id": "E%05d" % rng.randint(1, 99999),
               "full_name": ("PERSON", g + " " + s), "birth_date": ("DATE_OF_BIRTH", iso_birth()),
               "department": ("NEG_TEAM", rng.choice(TEAMS)), k1: pv(lg, pool, neg_label),
               "hire_date": ("NEG_DATE", other_date())}
        if rng.random() < 0.5:
            doc["home_address"] = {"street": ("STREET_ADDRESS", street(lg)),
                                   "city": CITY[lg]}
    else:  # a list of records
        k1 = rng.choice(keys)
        doc = {"results": [{"id": n + 1, k1: pv(lg, pool, neg_label),
                            "title": rng.choice(PRODUCTS) + " licence"}
                           for n in range(rng.randint(2, 4))], "total": 3}
        doc["results"][0]["title"] = ("NEG_PRODUCT", rng.choice(PRODUCTS))
    return doc


SPLIT_KEYS = {  # given, family
    "en": [("firstName", "lastName"), ("given_name", "family_name")],
    "de": [("Vorname", "Nachname"), ("vorname", "familienname")],
    "fr": [("prénom", "nom"), ("prenom", "nom_de_famille")],
    "es": [("nombre", "apellidos"), ("nombre", "apellido")],
    "it": [("nome", "cognome")],
    "pt": [("nome", "sobrenome"), ("primeiro_nome", "apelido")],
    "nl": [("voornaam", "achternaam")],
    "pl": [("imię", "nazwisko"), ("imie", "nazwisko")],
    "sv": [("förnamn", "efternamn")],
    "tr": [("ad", "soyad"), ("adı", "soyadı")],
}


def doc_json_split(lg, i):
    kg, kf = rng.choice(SPLIT_KEYS[lg])
    people = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            s, g = rng.choice(SHORT)
        else:
            g, s = person(lg)
        case = rng.random()
        if case < 0.2:
            g, s = g.upper(), s.upper()
        elif case < 0.35:
            s = s.upper()
        rec = {kf: ("PERSON", s), kg: ("PERSON", g)} if rng.random() < 0.4 else \
              {kg: ("PERSON", g), kf: ("PERSON", s)}
        if rng.random() < 0.5:
            rec["dob"] = ("DATE_OF_BIRTH", iso_birth())
        rec["email_verified"] = rng.random() < 0.5
        people.append(rec)
    if len(people) == 1 and rng.random() < 0.5:
        return {"data": people[0], "meta": {"source": "crm"}}
    return {"items": people, "count": len(people)}


def doc_json_keys(lg, i):
    kind = i % 4
    names = [full(lg) for _ in range(rng.randint(2, 4))]
    if kind == 0:  # an ACL keyed by people, sometimes a team beside them
        doc = {("PERSON", n): {"role": rng.choice(["admin", "editor", "viewer"])} for n in names}
        if rng.random() < 0.5:
            doc[("NEG_TEAM", rng.choice(TEAMS))] = {"role": "viewer"}
        return {"permissions": doc} if rng.random() < 0.5 else doc
    if kind == 1:  # votes, scores
        return {"poll": "Offsite location", "votes": {("PERSON", n): rng.randint(0, 5)
                                                      for n in names}}
    if kind == 2:  # an on-call rota
        return {"on_call": {("PERSON", n): "week %d" % rng.randint(1, 52) for n in names},
                "escalation": ("NEG_TEAM", rng.choice(TEAMS))}
    return {"reviewers": {("PERSON", n): {"approved": rng.random() < 0.5,
                                          "at": ("NEG_DATE", other_date())} for n in names[:2]},
            "bots": {("NEG_BOT", rng.choice(BOTS)): {"approved": True}}}


PLACES = ["Berlin", "Lisboa", "Victoria", "Charlotte", "Florence", "Lincoln", "Madrid"]
TERMS = ["Dijkstra", "Fourier", "Kalman", "Levenshtein", "Bellman-Ford", "Gauss"]
SCHEMA_FIELDS = ["firstName", "lastName", "dateOfBirth", "owner", "assignee", "nome", "sobrenome"]


def doc_json_lookalike(lg, i):
    kind = i % 5
    if kind == 0:  # tools and products as keys
        doc = {("NEG_PRODUCT", p): {"version": "%d.%d" % (rng.randint(1, 9), rng.randint(0, 20))}
               for p in rng.sample(PRODUCTS, 3)}
    elif kind == 1:  # algorithms as keys
        doc = {"benchmarks": {("NEG_TERM", t): {"ms": rng.randint(1, 900)}
                              for t in rng.sample(TERMS, 3)}}
    elif kind == 2:  # places as keys
        doc = {"offices": {("NEG_PLACE", c): {"headcount": rng.randint(3, 400)}
                           for c in rng.sample(PLACES, 3)}}
    elif kind == 3:  # a JSON schema: field names as keys
        doc = {"type": "object", "properties": {f: {"type": "string"}
                                                for f in rng.sample(SCHEMA_FIELDS, 4)}}
    else:  # person keys holding things that are not people
        doc = {"owner": ("NEG_TEAM", rng.choice(TEAMS)), "author": ("NEG_BOT", rng.choice(BOTS)),
               "holder": ("NEG_ORG", rng.choice(ORGS)), "assignee": ("NEG_ROLE", "Unassigned"),
               "name": ("NEG_PRODUCT", rng.choice(PRODUCTS))}
    if rng.random() < 0.5:  # a person beside them
        doc = dict(doc)
        doc["contact"] = ("PERSON", full(lg))
    return doc


JSON_WRAPS = ["oai_tool", "anth_tool_str", "anth_tool_block", "tool_args", "gemini_fr",
              "user_paste"]
PASTE_ASK = {"en": "Here is the API response, what stands out?\n\n",
             "de": "Hier die Antwort der API, fällt dir etwas auf?\n\n",
             "fr": "Voici la réponse de l'API, qu'en penses-tu ?\n\n",
             "es": "Esta es la respuesta de la API, ¿qué destaca?\n\n",
             "it": "Ecco la risposta dell'API, cosa noti?\n\n",
             "pt": "Aqui está a resposta da API, o que se destaca?\n\n",
             "nl": "Hier is het antwoord van de API, wat valt op?\n\n",
             "pl": "Oto odpowiedź API, co się wyróżnia?\n\n",
             "sv": "Här är API-svaret, vad sticker ut?\n\n",
             "tr": "İşte API yanıtı, dikkat çeken ne?\n\n"}


def json_body(wrap, lg, i, ascii_, compact, doc):
    """(body text, spans) with the JSON document doc (a P) in the shape wrap."""
    tool = ["crm_lookup", "get_ticket", "hr_employee", "directory_search"][i % 4]
    call = "call_%04d" % (2000 + i)
    if wrap == "oai_tool":
        body = {"model": "gpt-4o", "messages": [
            {"role": "user", "content": "Who is responsible for this?"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps({"id": 1000 + i})}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        return place_all(dumps(body, ascii_, compact), [doc], 1, ascii_)
    if wrap in ("anth_tool_str", "anth_tool_block"):
        content = MARK % 0 if wrap == "anth_tool_str" else [{"type": "text", "text": MARK % 0}]
        body = {"model": MODELS["anth"], "max_tokens": 1024, "messages": [
            {"role": "user", "content": "Summarise the record."},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool,
                 "input": {"id": 1000 + i}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": content}]}]}
        return place_all(dumps(body, ascii_, compact), [doc], 1, ascii_)
    if wrap == "tool_args":
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "Create the record as discussed."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "upsert_record", "arguments": MARK % 0}}]},
            {"role": "tool", "tool_call_id": call, "content": "ok"}]}
        return place_all(dumps(body, ascii_, compact), [doc], 1, ascii_)
    if wrap == "gemini_fr":
        body = {"contents": [
            {"role": "user", "parts": [{"text": "Who owns this?"}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"id": 1000 + i}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool,
                                                             "response": "@@RAW@@"}}]}]}
        raw = dumps(body, ascii_, compact).replace('"@@RAW@@"', MARK % 0)
        if ascii_:  # the document itself in the body's escaping
            return place_ascii_raw(raw, doc)
        return place_all(raw, [doc], 0, ascii_)
    if wrap == "user_paste":
        ask = PASTE_ASK[lg]
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK % 0}]}
        d = cat(P().t(ask.rstrip("\n")), doc, "\n\n")
        return place_all(dumps(body, ascii_, compact), [d], 1, ascii_)
    raise ValueError(wrap)


def place_ascii_raw(raw, doc):
    """A JSON document inserted as JSON (not a string) into an ASCII-escaped body: non-ASCII
    inside its strings becomes \\uXXXX."""
    return place_each(raw, [(MARK % 0, ascii_json, doc)])


def emit_json(obj, lg, cls, i):
    style = ["pretty", "line", "compact"][i % 3]
    j = J(style)
    j.write(obj)
    doc = j.p
    emit(doc.text, doc.spans, lg, cls, "json", "plain", "none")
    wrap = JSON_WRAPS[(i // 3 + i) % len(JSON_WRAPS)]
    ascii_ = i % 2 == 1
    compact = i % 3 == 2
    t, sp = json_body(wrap, lg, i, ascii_, compact, doc)
    emit(t, sp, lg, cls, "json", wrap, wrap)


def main():
    n = 0
    for rep in range(5):
        for lg in LANGS:
            for cls, fn in [("label_value", doc_label_value), ("table_rows", doc_table_rows),
                            ("signoff", doc_signoff), ("page_break", doc_page_break),
                            ("lookalike_split", doc_lookalike_split)]:
                pieces = [p for p in fn(lg, n) if p.text]
                if len(pieces) < 2:
                    continue
                emit_blocks(pieces, lg, cls, n)
                n += 1
    for rep in range(6):
        for lg in LANGS:
            for cls, fn in [("json_field", doc_json_field), ("json_split", doc_json_split),
                            ("json_keys", doc_json_keys), ("json_lookalike", doc_json_lookalike)]:
                emit_json(fn(lg, n), lg, cls, n)
                n += 1
    write_json(records)


main()
