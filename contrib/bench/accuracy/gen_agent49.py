#!/usr/bin/env python3
"""gen_agent49.py: agents' working context and developers' pastes as whole API request bodies
(tune set; branch agent49, written and committed before any detector or rewrite rule was read
and before hush was run on it), from the public brief of the twenty-first blind set's two weakest
families, in other domains than that set's: HR onboarding, clinic intake, logistics, insurance,
school administration, property management, CRM and ticketing.

Classes (metadata.class: `agent` or `dev`; metadata.family the shape; metadata.wrap the API):
- agent `memory`: a system prompt's saved memory about the user and their family (labelled
  bullets with the home address over one or two lines, a prose note, a JSON memory store);
- agent `rag`: RAG chunks with source metadata (a bracketed header, a JSON header, Anthropic
  search_result blocks), a firm's warehouse or office address in a chunk of its own;
- agent `tools`: several tool calls and results (a search by name, a record whose street and
  house number sit under two keys, dependants with their births, an HTTP tool whose body is a
  JSON string: escaped twice in a string field);
- agent `mcp`: an MCP tool result (`{"content":[{"type":"text","text":...}],"isError":false}`)
  whose text is a JSON document or key: value lines, in a tool message string (escaped twice)
  or native;
- agent `form`: a pasted form and the function call whose arguments were filled from it (the
  form's own text escaped twice in a `source_text` argument now and then);
- dev `pytest`, `log`, `sql` (INSERT, COPY ... FROM stdin, a failing row), `seed` (YAML, TOML),
  `literal` (Python dict, JS object), `graphql` (query and response), `diff` (a CSV or JSON
  fixture whose birth date or street changes), `csv` (an export with title rows above its header):
  each in a user's message with a question, or a tool's result (read_file, run_tests).
Look-alikes as NEG_ spans in the same shapes: created, updated, due, start and policy dates
(NEG_DATE), firms' warehouse and office addresses (NEG_ADDR), firms (NEG_ORG), fixture names
such as `test_user` (NEG_FIXTURE), repository and service names (NEG_SERVICE).
Languages: en, de, fr, es, it, pt, nl, pl, sv, tr, cs, hu, da, ro; half the names invented, a
tenth of global origin. Every record a request body of chat-completions, Responses, Anthropic
Messages or Gemini; half with \\uXXXX escapes, a third compact. Writes JSON (the names_tune3.json
format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bodies  # noqa: E402
from gen_common import SYL12, END12, MONTHS, check_spans, invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, J, dumps, place  # noqa: E402

rng = random.Random(20261206 + 49)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "cs", "hu", "da", "ro"]

REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Harding", "Pritchard", "Lowe"]),
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
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "cs": (["Tereza", "Jakub", "Lucie", "Ondřej", "Kateřina", "Jiří"],
           ["Novák", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý"]),
    "hu": (["Anna", "Gábor", "Zsófia", "László", "Eszter", "Bence"],
           ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga"]),
    "da": (["Mette", "Søren", "Freja", "Mads", "Ida", "Rasmus"],
           ["Jørgensen", "Nielsen", "Christensen", "Mikkelsen", "Kjær", "Dalgaard"]),
    "ro": (["Ioana", "Andrei", "Mihaela", "Bogdan", "Elena", "Radu"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu"]),
}
GLOBAL = (["Oluwaseun", "Priya", "Wei", "Tariq", "Kwame", "Aiko", "Rahul", "Fatima", "Thanh",
           "Juan Carlos", "Nadia", "Kofi"],
          ["Adeyemi", "Raghunathan", "Zhang", "Haddad", "Mensah", "Tanaka", "Chatterjee",
           "Benali", "Quispe", "Nguyen", "Okonkwo", "Farouk"])
SYL = dict(SYL12)
SYL["da"] = ["sø", "bjør", "hol", "ren", "kjel", "lund", "dal", "tof"]
SYL["ro"] = ["vla", "dră", "mir", "cea", "bu", "leș", "tă", "ro"]
END = dict(END12)
END["da"] = ["sen", "gaard", "strup"]
END["ro"] = ["escu", "eanu", "aru"]


def person(lg):
    """(given, surname): a tenth of global origin, the rest half common in the language, half
    invented from its syllables."""
    r = rng.random()
    if r < 0.1:
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    if r < 0.55:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, SYL[lg], END[lg], False),
            invent_syllables(rng, SYL[lg], END[lg], True))


def whole(lg, g, s):
    return s + " " + g if lg == "hu" else g + " " + s


# ---- dates and places ------------------------------------------------------------------------------
def fmt_date(lg, y, m, d, iso=False):
    """A date as a language writes it (ISO in code unless asked otherwise)."""
    if iso:
        return "%d-%02d-%02d" % (y, m, d)
    style = rng.randrange(3)
    if lg == "en":
        return ["%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%02d/%02d/%d" % (m, d, y),
                "%d %s %d" % (d, MONTHS["en"][m - 1], y)][style]
    if lg in ("sv", "hu"):
        return "%d-%02d-%02d" % (y, m, d) if lg == "sv" or style else "%d. %02d. %02d." % (y, m, d)
    if lg in ("de", "pl", "tr", "cs", "ro"):
        if style == 2 and lg == "de":
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        return "%02d.%02d.%d" % (d, m, y) if style else "%d-%02d-%02d" % (y, m, d)
    if lg == "da":
        return "%02d-%02d-%d" % (d, m, y) if style else "%d.%d.%d" % (d, m, y)
    if lg == "nl":
        return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)][style % 2]
    if style == 2 and lg in MONTHS:
        de = " de " if lg in ("es", "pt") else " "
        return "%d%s%s%s%d" % (d, de, MONTHS[lg][m - 1], de, y)
    return "%02d/%02d/%d" % (d, m, y)


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def birth(lg, iso=False, lo=1945, hi=2004):
    return fmt_date(lg, *ymd(lo, hi), iso=iso)


def recent(lg, iso=False):
    return fmt_date(lg, *ymd(2021, 2026), iso=iso)


def stamp():
    y, m, d = ymd(2024, 2026)
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59),
                                            rng.randint(0, 59))


STREET = {  # street names, "{s} {n}" format, (postcode, town) pairs
    "en": (["Quarry Lane", "Maple Avenue", "Church Road", "Station Street", "Elm Grove"], "{n} {s}",
           [("LS6 2AB", "Leeds"), ("BS1 4DJ", "Bristol"), ("M14 5RT", "Manchester")]),
    "de": (["Hauptstraße", "Lindenweg", "Goethestraße", "Bahnhofstraße", "Am Mühlbach"], "{s} {n}",
           [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln")]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue Pasteur"], "{n}, {s}",
           [("69003", "Lyon"), ("75011", "Paris"), ("33000", "Bordeaux")]),
    "es": (["Calle de Alcalá", "Calle Mayor", "Avenida de América", "Calle del Pez"], "{s} {n}",
           [("28014", "Madrid"), ("41001", "Sevilla"), ("46002", "Valencia")]),
    "it": (["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele", "Via dei Mille"], "{s} {n}",
           [("20121", "Milano"), ("00184", "Roma"), ("10121", "Torino")]),
    "pt": (["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo", "Rua das Flores"], "{s} {n}",
           [("1100-053", "Lisboa"), ("4000-322", "Porto")]),
    "nl": (["Keizersgracht", "Dorpsstraat", "Kerkweg", "Molenlaan"], "{s} {n}",
           [("1015 CJ", "Amsterdam"), ("3511 LN", "Utrecht")]),
    "pl": (["ul. Kwiatowa", "ul. Długa", "ul. Polna", "ul. Lipowa"], "{s} {n}",
           [("00-001", "Warszawa"), ("30-002", "Kraków")]),
    "sv": (["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen"], "{s} {n}",
           [("111 22", "Stockholm"), ("411 03", "Göteborg")]),
    "tr": (["Bağdat Caddesi", "Atatürk Caddesi", "Cumhuriyet Caddesi"], "{s} No: {n}",
           [("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara")]),
    "cs": (["Vinohradská", "Dlouhá", "Husova", "Palackého"], "{s} {n}",
           [("120 00", "Praha 2"), ("602 00", "Brno")]),
    "hu": (["Andrássy út", "Petőfi utca", "Kossuth Lajos utca"], "{s} {n}.",
           [("1061", "Budapest"), ("6720", "Szeged")]),
    "da": (["Nørregade", "Vesterbrogade", "Strandvejen", "Søndergade"], "{s} {n}",
           [("1165", "København K"), ("8000", "Aarhus C")]),
    "ro": (["Strada Lipscani", "Bulevardul Unirii", "Calea Victoriei", "Strada Florilor"],
           "{s} nr. {n}", [("030167", "București"), ("400001", "Cluj-Napoca")]),
}


class Addr:
    """One address: street name, house number, postcode, town; its forms."""

    def __init__(self, lg):
        names, self.fmt, towns = STREET[lg]
        self.lg = lg
        self.name = rng.choice(names)
        self.no = str(rng.randint(2, 180))
        self.pc, self.town = rng.choice(towns)

    def line1(self):
        return self.fmt.replace("{s}", self.name).replace("{n}", self.no)

    def line2(self):
        if self.lg == "en" and self.town != "Leeds" and rng.random() < 0.3:
            return self.town + " " + self.pc
        return self.pc + " " + self.town

    def full(self):
        return self.line1() + ", " + self.line2()


# ---- words of each language --------------------------------------------------------------------------
# Memory bullets: name, home address, date of birth, partner, child, employer, updated.
MEMLAB = {
    "en": ("Name", "Home address", "Date of birth", "Partner", "Child", "Employer", "Last updated"),
    "de": ("Name", "Wohnadresse", "Geburtsdatum", "Partnerin", "Kind", "Arbeitgeber",
           "Zuletzt aktualisiert"),
    "fr": ("Nom", "Adresse", "Date de naissance", "Conjoint(e)", "Enfant", "Employeur", "Mis à jour"),
    "es": ("Nombre", "Domicilio", "Fecha de nacimiento", "Pareja", "Hijo/a", "Empresa", "Actualizado"),
    "it": ("Nome", "Indirizzo di casa", "Data di nascita", "Partner", "Figlio/a", "Datore di lavoro",
           "Aggiornato"),
    "pt": ("Nome", "Morada", "Data de nascimento", "Companheiro(a)", "Filho(a)", "Empregador",
           "Atualizado"),
    "nl": ("Naam", "Woonadres", "Geboortedatum", "Partner", "Kind", "Werkgever", "Bijgewerkt"),
    "pl": ("Imię i nazwisko", "Adres domowy", "Data urodzenia", "Partner", "Dziecko", "Pracodawca",
           "Zaktualizowano"),
    "sv": ("Namn", "Hemadress", "Födelsedatum", "Partner", "Barn", "Arbetsgivare", "Uppdaterad"),
    "tr": ("Ad Soyad", "Ev adresi", "Doğum tarihi", "Eşi", "Çocuğu", "İşveren", "Güncellendi"),
    "cs": ("Jméno", "Adresa bydliště", "Datum narození", "Partner", "Dítě", "Zaměstnavatel",
           "Aktualizováno"),
    "hu": ("Név", "Lakcím", "Születési dátum", "Partner", "Gyermek", "Munkahely", "Frissítve"),
    "da": ("Navn", "Bopæl", "Fødselsdato", "Partner", "Barn", "Arbejdsgiver", "Opdateret"),
    "ro": ("Nume", "Adresă de domiciliu", "Data nașterii", "Partener", "Copil", "Angajator",
           "Actualizat"),
}
MEMPROSE = {
    "en": "The user is {P}, born {D}. They live at {A} with their partner {P2}; their daughter {P3} "
          "was born on {D3}. Works at {O} (office: {N}). Memory saved {X}.",
    "de": "Der Nutzer heißt {P}, geboren am {D}. Er wohnt in der {A} mit seiner Partnerin {P2}; "
          "die Tochter {P3} wurde am {D3} geboren. Arbeitet bei {O} (Büro: {N}). Gespeichert am {X}.",
    "fr": "L'utilisateur s'appelle {P}, né le {D}. Il habite au {A} avec sa compagne {P2} ; leur "
          "fille {P3} est née le {D3}. Travaille chez {O} (bureaux : {N}). Mémoire du {X}.",
    "es": "El usuario se llama {P}, nacido el {D}. Vive en {A} con su pareja {P2}; su hija {P3} "
          "nació el {D3}. Trabaja en {O} (oficina: {N}). Guardado el {X}.",
    "it": "L'utente si chiama {P}, nato il {D}. Abita in {A} con la compagna {P2}; la figlia {P3} "
          "è nata il {D3}. Lavora presso {O} (sede: {N}). Memoria del {X}.",
    "pt": "O utilizador chama-se {P}, nascido a {D}. Mora na {A} com a companheira {P2}; a filha "
          "{P3} nasceu a {D3}. Trabalha na {O} (escritório: {N}). Guardado a {X}.",
    "nl": "De gebruiker heet {P}, geboren op {D}. Woont op {A} met partner {P2}; dochter {P3} is "
          "geboren op {D3}. Werkt bij {O} (kantoor: {N}). Opgeslagen op {X}.",
    "pl": "Użytkownik to {P}, urodzony {D}. Mieszka przy {A} z partnerką {P2}; córka {P3} "
          "urodziła się {D3}. Pracuje w {O} (biuro: {N}). Zapisano {X}.",
    "sv": "Användaren heter {P}, född {D}. Bor på {A} med sambon {P2}; dottern {P3} föddes {D3}. "
          "Arbetar på {O} (kontor: {N}). Sparat {X}.",
    "tr": "Kullanıcının adı {P}, doğum tarihi {D}. {A} adresinde eşi {P2} ile yaşıyor; kızı {P3} "
          "{D3} tarihinde doğdu. {O} şirketinde çalışıyor (ofis: {N}). Kayıt: {X}.",
    "cs": "Uživatel se jmenuje {P}, narozen {D}. Bydlí na adrese {A} s partnerkou {P2}; dcera {P3} "
          "se narodila {D3}. Pracuje v {O} (kancelář: {N}). Uloženo {X}.",
    "hu": "A felhasználó neve {P}, született {D}. Lakcíme {A}, párja {P2}; lánya, {P3} születési "
          "dátuma {D3}. Munkahelye a {O} (iroda: {N}). Mentve: {X}.",
    "da": "Brugeren hedder {P}, født {D}. Bor på {A} med sin partner {P2}; datteren {P3} er født "
          "{D3}. Arbejder hos {O} (kontor: {N}). Gemt {X}.",
    "ro": "Utilizatorul se numește {P}, născut pe {D}. Locuiește la {A} cu partenera {P2}; fiica "
          "{P3} s-a născut pe {D3}. Lucrează la {O} (birou: {N}). Salvat pe {X}.",
}
RAGREC = {
    "en": "Record for {P} (date of birth {D}), registered address {A}. Case opened {X}.",
    "de": "Akte zu {P} (Geburtsdatum {D}), Meldeadresse {A}. Vorgang eröffnet am {X}.",
    "fr": "Dossier de {P} (date de naissance {D}), adresse déclarée {A}. Ouvert le {X}.",
    "es": "Expediente de {P} (fecha de nacimiento {D}), domicilio {A}. Abierto el {X}.",
    "it": "Pratica di {P} (data di nascita {D}), residenza {A}. Aperta il {X}.",
    "pt": "Processo de {P} (data de nascimento {D}), morada {A}. Aberto em {X}.",
    "nl": "Dossier van {P} (geboortedatum {D}), woonadres {A}. Geopend op {X}.",
    "pl": "Akta: {P} (data urodzenia {D}), adres zameldowania {A}. Otwarto {X}.",
    "sv": "Ärende för {P} (födelsedatum {D}), folkbokförd på {A}. Öppnat {X}.",
    "tr": "{P} dosyası (doğum tarihi {D}), kayıtlı adres {A}. Açılış tarihi {X}.",
    "cs": "Spis: {P} (datum narození {D}), trvalé bydliště {A}. Založeno {X}.",
    "hu": "{P} ügyirata (születési dátum {D}), bejelentett lakcím {A}. Nyitva: {X}.",
    "da": "Sag om {P} (fødselsdato {D}), folkeregisteradresse {A}. Oprettet {X}.",
    "ro": "Dosarul lui {P} (data nașterii {D}), domiciliu {A}. Deschis la {X}.",
}
RAGFAM = {  # a family member in a chunk
    "en": "Emergency contact: {P2}, spouse. Dependant {P3}, born {D3}.",
    "de": "Notfallkontakt: {P2} (Ehepartner). Mitversichert: {P3}, geb. {D3}.",
    "fr": "Personne à prévenir : {P2} (conjoint). Ayant droit : {P3}, née le {D3}.",
    "es": "Contacto de emergencia: {P2} (cónyuge). Beneficiario: {P3}, nacido el {D3}.",
    "it": "Contatto di emergenza: {P2} (coniuge). Familiare a carico: {P3}, nato il {D3}.",
    "pt": "Contacto de emergência: {P2} (cônjuge). Dependente: {P3}, nascido a {D3}.",
    "nl": "Noodcontact: {P2} (echtgenoot). Medeverzekerde: {P3}, geboren {D3}.",
    "pl": "Kontakt awaryjny: {P2} (małżonek). Członek rodziny: {P3}, ur. {D3}.",
    "sv": "Närmast anhörig: {P2} (make). Medförsäkrad: {P3}, född {D3}.",
    "tr": "Acil durum kişisi: {P2} (eşi). Bakmakla yükümlü: {P3}, doğum {D3}.",
    "cs": "Kontaktní osoba: {P2} (manžel). Spolupojištěný: {P3}, nar. {D3}.",
    "hu": "Értesítendő: {P2} (házastárs). Eltartott: {P3}, szül. {D3}.",
    "da": "Nærmeste pårørende: {P2} (ægtefælle). Medforsikret: {P3}, født {D3}.",
    "ro": "Persoană de contact: {P2} (soț). Coasigurat: {P3}, născut la {D3}.",
}
RAGLOOK = {
    "en": "Returns go to our warehouse at {N}. Office hours Mon-Fri; last revised {X}.",
    "de": "Retouren bitte an unser Lager, {N}. Bürozeiten Mo-Fr; Stand {X}.",
    "fr": "Les retours sont à envoyer à notre entrepôt, {N}. Mis à jour le {X}.",
    "es": "Las devoluciones van a nuestro almacén, {N}. Revisado el {X}.",
    "it": "I resi vanno al nostro magazzino, {N}. Aggiornato il {X}.",
    "pt": "As devoluções seguem para o armazém, {N}. Revisto em {X}.",
    "nl": "Retouren naar ons magazijn, {N}. Laatst herzien {X}.",
    "pl": "Zwroty prosimy kierować do magazynu, {N}. Aktualizacja {X}.",
    "sv": "Returer skickas till vårt lager, {N}. Reviderad {X}.",
    "tr": "İadeler depomuza gönderilir: {N}. Güncelleme {X}.",
    "cs": "Vratky posílejte do našeho skladu, {N}. Revize {X}.",
    "hu": "A visszáru a raktárunkba megy: {N}. Frissítve {X}.",
    "da": "Returneringer sendes til vores lager, {N}. Revideret {X}.",
    "ro": "Retururile se trimit la depozitul nostru, {N}. Revizuit la {X}.",
}
# Form labels: given name, family name, birth date, street, house number, postcode and town,
# start or policy date.
FORM = {
    "en": ("First name", "Last name", "Date of birth", "Street", "House no.", "Postcode / Town",
           "Start date"),
    "de": ("Vorname", "Nachname", "Geburtsdatum", "Straße", "Hausnummer", "PLZ / Ort", "Eintrittsdatum"),
    "fr": ("Prénom", "Nom", "Date de naissance", "Rue", "N°", "Code postal / Ville", "Date d'effet"),
    "es": ("Nombre", "Apellidos", "Fecha de nacimiento", "Calle", "Número", "CP / Localidad",
           "Fecha de alta"),
    "it": ("Nome", "Cognome", "Data di nascita", "Via", "Civico", "CAP / Comune", "Decorrenza"),
    "pt": ("Nome", "Apelido", "Data de nascimento", "Rua", "N.º", "Código postal / Localidade",
           "Data de início"),
    "nl": ("Voornaam", "Achternaam", "Geboortedatum", "Straat", "Huisnummer", "Postcode / Plaats",
           "Ingangsdatum"),
    "pl": ("Imię", "Nazwisko", "Data urodzenia", "Ulica", "Nr domu", "Kod / Miejscowość",
           "Data rozpoczęcia"),
    "sv": ("Förnamn", "Efternamn", "Födelsedatum", "Gata", "Nummer", "Postnr / Ort", "Startdatum"),
    "tr": ("Ad", "Soyad", "Doğum tarihi", "Cadde/Sokak", "No", "Posta kodu / İl", "Başlangıç tarihi"),
    "cs": ("Jméno", "Příjmení", "Datum narození", "Ulice", "Č. p.", "PSČ / Obec", "Datum nástupu"),
    "hu": ("Utónév", "Vezetéknév", "Születési dátum", "Utca", "Házszám", "Irsz. / Település",
           "Kezdés"),
    "da": ("Fornavn", "Efternavn", "Fødselsdato", "Gade", "Husnr.", "Postnr. / By", "Startdato"),
    "ro": ("Prenume", "Nume", "Data nașterii", "Strada", "Nr.", "Cod poștal / Localitate",
           "Data începerii"),
}
# CSV headers: name, birth date, street, town, due date.
HEAD = {
    "en": ("Name", "Date of birth", "Street", "Town", "Due"),
    "de": ("Name", "Geburtsdatum", "Straße", "Ort", "Fällig"),
    "fr": ("Nom", "Date de naissance", "Adresse", "Ville", "Échéance"),
    "es": ("Nombre", "Fecha de nacimiento", "Dirección", "Localidad", "Vencimiento"),
    "it": ("Nominativo", "Data di nascita", "Indirizzo", "Comune", "Scadenza"),
    "pt": ("Nome", "Data de nascimento", "Morada", "Localidade", "Prazo"),
    "nl": ("Naam", "Geboortedatum", "Adres", "Plaats", "Vervaldatum"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Ulica", "Miasto", "Termin"),
    "sv": ("Namn", "Födelsedatum", "Gatuadress", "Ort", "Förfallodag"),
    "tr": ("Ad Soyad", "Doğum Tarihi", "Adres", "Şehir", "Son tarih"),
    "cs": ("Jméno", "Datum narození", "Ulice", "Obec", "Splatnost"),
    "hu": ("Név", "Születési dátum", "Cím", "Település", "Határidő"),
    "da": ("Navn", "Fødselsdato", "Adresse", "By", "Forfald"),
    "ro": ("Nume", "Data nașterii", "Adresa", "Localitate", "Scadență"),
}
ASK_AGENT = {
    "en": "Using what you know about me, fill in the renewal for my family.",
    "de": "Bitte nutze die gespeicherten Angaben und fülle den Antrag für meine Familie aus.",
    "fr": "Avec ce que tu sais de moi, remplis le dossier pour ma famille.",
    "es": "Con lo que sabes de mí, completa la solicitud para mi familia.",
    "it": "Con quello che sai di me, compila la domanda per la mia famiglia.",
    "pt": "Com o que sabes sobre mim, preenche o pedido para a minha família.",
    "nl": "Vul met wat je over mij weet de aanvraag voor mijn gezin in.",
    "pl": "Na podstawie tego, co o mnie wiesz, wypełnij wniosek dla mojej rodziny.",
    "sv": "Fyll i ansökan för min familj med det du vet om mig.",
    "tr": "Hakkımda bildiklerinle ailem için başvuruyu doldur.",
    "cs": "Podle toho, co o mně víš, vyplň žádost pro moji rodinu.",
    "hu": "Amit tudsz rólam, az alapján töltsd ki a kérelmet a családomnak.",
    "da": "Udfyld ansøgningen for min familie ud fra det, du ved om mig.",
    "ro": "Folosind ce știi despre mine, completează cererea pentru familia mea.",
}
ASK_DEV = {
    "en": "This keeps failing in CI, any idea why?",
    "de": "Das schlägt in der CI ständig fehl, woran liegt das?",
    "fr": "Ça échoue tout le temps en CI, une idée ?",
    "es": "Esto falla siempre en la CI, ¿alguna idea?",
    "it": "Questo fallisce sempre in CI, qualche idea?",
    "pt": "Isto falha sempre na CI, alguma ideia?",
    "nl": "Dit faalt steeds in de CI, enig idee waarom?",
    "pl": "To ciągle pada na CI, masz pomysł dlaczego?",
    "sv": "Det här fallerar hela tiden i CI, någon idé?",
    "tr": "Bu CI'da sürekli hata veriyor, neden olabilir?",
    "cs": "Tohle pořád padá v CI, nevíš proč?",
    "hu": "Ez folyamatosan elhasal a CI-ban, mi lehet az oka?",
    "da": "Det her fejler hele tiden i CI, nogen idé?",
    "ro": "Asta pică mereu în CI, ai idee de ce?",
}
ASK_FORM = {
    "en": "Here is the form the new starter sent, please create the record.",
    "de": "Hier ist das ausgefüllte Formular, bitte lege den Datensatz an.",
    "fr": "Voici le formulaire reçu, crée la fiche s'il te plaît.",
    "es": "Aquí está el formulario que nos enviaron, crea el registro por favor.",
    "it": "Ecco il modulo ricevuto, crea la scheda per favore.",
    "pt": "Aqui está o formulário recebido, cria o registo por favor.",
    "nl": "Hier is het ingevulde formulier, maak het record aan.",
    "pl": "Oto formularz, który dostaliśmy, utwórz proszę rekord.",
    "sv": "Här är blanketten vi fick, skapa posten.",
    "tr": "Gelen form bu, lütfen kaydı oluştur.",
    "cs": "Tady je vyplněný formulář, založ prosím záznam.",
    "hu": "Itt a beküldött űrlap, kérlek hozd létre a rekordot.",
    "da": "Her er formularen vi fik, opret posten.",
    "ro": "Iată formularul primit, te rog creează înregistrarea.",
}

# Domains: name, the record's entity, tools, service, knowledge-base path, firms.
DOMAINS = [
    ("hr_onboarding", "employee", ["hris_lookup", "get_employee", "create_employee"],
     "hr-onboarding-svc", "people-ops/handbook", ["Brightwell Staffing Ltd", "Nordlicht Personal GmbH"]),
    ("clinic_intake", "patient", ["ehr_search", "get_patient", "create_appointment"],
     "clinic-intake-api", "clinic/policies", ["Harbourside Medical Group", "Praxis am Dom"]),
    ("logistics", "consignee", ["track_shipment", "get_consignee", "create_delivery"],
     "route-planner", "ops/logistics", ["Fastlane Freight BV", "Transportes Ibéricos SA"]),
    ("insurance", "policyholder", ["policy_search", "get_policyholder", "open_claim"],
     "claims-engine", "underwriting/guides", ["Aurora Mutual Insurance", "Vesta Assicurazioni"]),
    ("school_admin", "pupil", ["sis_search", "get_pupil", "enrol_pupil"],
     "sis-sync", "school/admissions", ["Riverside Academy Trust", "Lycée Jean Moulin"]),
    ("property", "tenant", ["tenant_search", "get_tenant", "log_repair"],
     "lettings-portal", "property/leases", ["Keystone Lettings", "Immobilien Rhein-Main AG"]),
    ("crm", "contact", ["crm_search", "get_contact", "update_contact"],
     "crm-sync-worker", "sales/playbooks", ["Northwind Traders", "Contoso Ltd"]),
    ("ticketing", "requester", ["ticket_search", "get_requester", "add_comment"],
     "helpdesk-bridge", "support/kb", ["Zenith Support Desk", "Helix IT Services"]),
]
FIXTURES = ["test_user", "sample_user", "admin_user", "fake_employee", "db_session", "client",
            "freezer", "tmp_path", "anon_patient", "seed_tenant"]


# ---- pieces of text with spans (gen_bodies.py's) -----------------------------------------------------
class P(gen_bodies.P):
    """A piece (gen_bodies.P) that also fills a template."""

    def fill(self, template, vals):
        """template's {KEY}s replaced by vals[KEY] = (label, text)."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.t(template[i:])
                break
            self.t(template[i:j])
            k = template.index("}", j)
            self.s(*vals[template[j + 1:k]])
            i = k + 1
        return self


def jdoc(obj, style):
    j = J(style, inline_max=3)
    j.write(obj)
    return j.p


# ---- request bodies ----------------------------------------------------------------------------------
def emit(body, pieces, i, lg, cls, family, wrap, dom):
    ascii_ = i % 2 == 0
    text, spans = place(dumps(body, ascii_, i % 3 == 0), pieces, ascii_)
    check_spans(text, spans)
    json.loads(text)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "family": family, "wrap": wrap,
                                 "domain": dom}})


APIS = ["oai", "anth", "gemini", "resp"]


def markers(api, ka, kr):
    """The markers of a tool call's arguments and result: native JSON where the API has it
    (Anthropic tool_use input; Gemini functionCall args and functionResponse response), a JSON
    string elsewhere (Anthropic's tool_result content is a string)."""
    return (RAWMARK % ka if api in ("anth", "gemini") else MARK % ka,
            RAWMARK % kr if api == "gemini" else MARK % kr)


def native_style(i):
    """A native document's layout: the body's own (json.dumps compact or with spaces)."""
    return "compact" if i % 3 == 0 else "line"
MODEL = {"oai": "gpt-4o", "anth": "claude-sonnet-4-5", "resp": "gpt-4.1"}


def body_chat(api, system, user):
    """A body with a system prompt (a piece marker or None) and one user text (a marker or str)."""
    if api == "oai":
        msgs = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": user}]
        return {"model": MODEL[api], "messages": msgs}
    if api == "anth":
        b = {"model": MODEL[api], "max_tokens": 1024}
        if system:
            b["system"] = [{"type": "text", "text": system, "cache_control": {"type": "ephemeral"}}]
        b["messages"] = [{"role": "user", "content": user}]
        return b
    if api == "gemini":
        b = {}
        if system:
            b["systemInstruction"] = {"parts": [{"text": system}]}
        b["contents"] = [{"role": "user", "parts": [{"text": user}]}]
        b["generationConfig"] = {"temperature": 0.3}
        return b
    b = {"model": MODEL[api]}
    if system:
        b["instructions"] = system
    b["input"] = [{"role": "user", "content": [{"type": "input_text", "text": user}]}]
    return b


def body_tools(api, calls, ask, native):
    """A body with one user ask and several tool calls and results. calls: (name, args, result)
    with args and result markers; native: markers are RAWMARKs of JSON documents (Anthropic
    input, Gemini args and response) where the API has native JSON."""
    if api == "oai":
        ids = ["call_%s" % "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789")
                                   for _ in range(12)) for _ in calls]
        return {"model": MODEL[api], "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": c, "type": "function", "function": {"name": n, "arguments": a}}
                for c, (n, a, _r) in zip(ids, calls)]}]
            + [{"role": "tool", "tool_call_id": c, "content": r} for c, (_n, _a, r) in zip(ids, calls)]}
    if api == "resp":
        ids = ["call_%05d" % rng.randint(0, 99999) for _ in calls]
        items = [{"role": "user", "content": ask}]
        for c, (n, a, r) in zip(ids, calls):
            items.append({"type": "function_call", "call_id": c, "name": n, "arguments": a})
            items.append({"type": "function_call_output", "call_id": c, "output": r})
        return {"model": MODEL[api], "input": items}
    if api == "anth":
        ids = ["toolu_%06d" % rng.randint(0, 999999) for _ in calls]
        msgs = [{"role": "user", "content": ask}]
        for c, (n, a, r) in zip(ids, calls):
            msgs.append({"role": "assistant", "content": [
                {"type": "tool_use", "id": c, "name": n, "input": a}]})
            msgs.append({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": c, "content": r}]})
        return {"model": MODEL[api], "max_tokens": 2048, "messages": msgs}
    contents = [{"role": "user", "parts": [{"text": ask}]}]
    for (n, a, r) in calls:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}}]})
        contents.append({"role": "user", "parts": [
            {"functionResponse": {"name": n, "response": r}}]})
    return {"contents": contents}


# ---- one family's people ---------------------------------------------------------------------------
class Fam:
    """A user, a partner and a child with their births and one home address."""

    def __init__(self, lg):
        self.lg = lg
        self.g, self.s = person(lg)
        g2, s2 = person(lg)
        self.g2, self.s2 = g2, (self.s if rng.random() < 0.5 else s2)
        self.g3 = person(lg)[0]
        self.s3 = self.s
        self.by = ymd(1955, 1996)
        self.cy = ymd(2006, 2022)
        self.addr = Addr(lg)

    def name(self):
        return whole(self.lg, self.g, self.s)

    def name2(self):
        return whole(self.lg, self.g2, self.s2)

    def name3(self):
        return whole(self.lg, self.g3, self.s3) if rng.random() < 0.6 else self.g3

    def dob(self, iso=False):
        return fmt_date(self.lg, *self.by, iso=iso)

    def dob3(self, iso=False):
        return fmt_date(self.lg, *self.cy, iso=iso)


def firm_addr(lg):
    return Addr(lg).full()


def vals(f, dom, lg, iso=False):
    return {"P": ("PERSON", f.name()), "P2": ("PERSON", f.name2()), "P3": ("PERSON", f.name3()),
            "D": ("DATE_OF_BIRTH", f.dob(iso)), "D3": ("DATE_OF_BIRTH", f.dob3(iso)),
            "A": ("STREET_ADDRESS", f.addr.full()), "O": ("NEG_ORG", rng.choice(dom[5])),
            "N": ("NEG_ADDR", firm_addr(lg)), "X": ("NEG_DATE", recent(lg, iso))}


# ---- agent context -----------------------------------------------------------------------------------
def agent_memory(lg, dom, i, api):
    f = Fam(lg)
    lab = MEMLAB[lg]
    style = i % 3
    head = P("You are the %s assistant of %s. Be concise.\n\n" % (dom[0].replace("_", " "),
                                                                    rng.choice(dom[5])))
    if style == 0:  # labelled bullets
        m = P("## Saved memory\n")
        m.t("- %s: " % lab[0]).s("PERSON", f.name()).t("\n")
        m.t("- %s: " % lab[2]).s("DATE_OF_BIRTH", f.dob()).t("\n")
        if rng.random() < 0.5:
            m.t("- %s: " % lab[1]).s("STREET_ADDRESS", f.addr.full()).t("\n")
        else:  # address lines under the label
            m.t("- %s:\n  " % lab[1]).s("STREET_ADDRESS", f.addr.line1()).t("\n  " + f.addr.line2() + "\n")
        m.t("- %s: " % lab[3]).s("PERSON", f.name2()).t("\n")
        m.t("- %s: " % lab[4]).s("PERSON", f.name3()).t(" (").s("DATE_OF_BIRTH", f.dob3()).t(")\n")
        m.t("- %s: " % lab[5]).s("NEG_ORG", rng.choice(dom[5])).t(", ").s("NEG_ADDR", firm_addr(lg))
        m.t("\n- %s: " % lab[6]).s("NEG_DATE", recent(lg)).t("\n")
    elif style == 1:  # a prose note
        m = P("Memory:\n").fill(MEMPROSE[lg], vals(f, dom, lg))
    else:  # a memory store as JSON
        items = [
            {"id": "mem_%05x" % rng.randint(0, 16 ** 5), "content": P().t(lab[0] + ": ").s("PERSON", f.name()),
             "created_at": ("NEG_DATE", stamp())},
            {"id": "mem_%05x" % rng.randint(0, 16 ** 5),
             "content": P().t(lab[2] + ": ").s("DATE_OF_BIRTH", f.dob()),
             "created_at": ("NEG_DATE", stamp())},
            {"id": "mem_%05x" % rng.randint(0, 16 ** 5),
             "content": P().t(lab[1] + ": ").s("STREET_ADDRESS", f.addr.full()),
             "created_at": ("NEG_DATE", stamp())},
            {"id": "mem_%05x" % rng.randint(0, 16 ** 5),
             "content": P().t(lab[4] + ": ").s("PERSON", f.name3()).t(", " + lab[2] + " ")
             .s("DATE_OF_BIRTH", f.dob3()), "created_at": ("NEG_DATE", stamp())},
        ]
        m = P("<user_memory>\n").add(jdoc({"memories": items}, ["pretty", "line"][i % 2])).t(
            "\n</user_memory>")
    sysp = head.add(m)
    body = body_chat(api, MARK % 0, ASK_AGENT[lg])
    emit(body, [sysp], i, lg, "agent", "memory", api, dom[0])


def rag_chunk(lg, dom, k, n, kind, f, hdr):
    src = "%s/%s_%04d.md" % (dom[4], dom[1], rng.randint(1, 9999))
    body = P()
    if kind == "rec":
        body.fill(RAGREC[lg], vals(f, dom, lg))
    elif kind == "fam":
        body.fill(RAGFAM[lg], vals(f, dom, lg))
    else:
        body.fill(RAGLOOK[lg], vals(f, dom, lg))
    if hdr == 0:
        c = P("[source: %s | chunk %d/%d | score 0.%02d | updated " % (src, k + 1, n, rng.randint(50, 99)))
        c.s("NEG_DATE", recent(lg, True)).t("]\n")
    elif hdr == 1:
        c = P('{"source": "%s", "chunk": %d, "last_modified": "' % (src, k + 1))
        c.s("NEG_DATE", stamp()).t('"}\n')
    else:
        c = P("<document index=\"%d\" source=\"%s\">\n" % (k + 1, src))
        body.t("\n</document>")
    return src, c.add(body)


def agent_rag(lg, dom, i, api):
    f = Fam(lg)
    kinds = ["rec", "fam", "look"]
    rng.shuffle(kinds)
    kinds = kinds[:rng.choice((2, 3))]
    if "rec" not in kinds:
        kinds[0] = "rec"
    hdr = i % 3
    chunks = [rag_chunk(lg, dom, k, len(kinds), kd, f, hdr) for k, kd in enumerate(kinds)]
    ask = ASK_AGENT[lg]
    mode = (i // 4) % 2
    if mode == 0:  # all chunks in the system prompt (one piece)
        ctx = P("Answer from the retrieved context only.\n\n")
        for k, (_src, c) in enumerate(chunks):
            if k:
                ctx.t("\n\n")
            ctx.add(c)
        emit(body_chat(api, MARK % 0, ask), [ctx], i, lg, "agent", "rag", api, dom[0])
        return
    # each chunk a block of its own in the user turn
    pieces = [c for _s, c in chunks]
    marks = [MARK % k for k in range(len(pieces))]
    if api == "oai":
        body = {"model": MODEL[api], "messages": [
            {"role": "system", "content": "Answer from the retrieved context only."},
            {"role": "user", "content": [{"type": "text", "text": m} for m in marks]
             + [{"type": "text", "text": ask}]}]}
    elif api == "anth":
        body = {"model": MODEL[api], "max_tokens": 1024, "messages": [
            {"role": "user", "content": [
                {"type": "search_result", "source": "https://kb.example.com/" + s, "title": s,
                 "content": [{"type": "text", "text": m}], "citations": {"enabled": True}}
                for (s, _c), m in zip(chunks, marks)] + [{"type": "text", "text": ask}]}]}
    elif api == "gemini":
        body = {"contents": [{"role": "user", "parts": [{"text": m} for m in marks]
                              + [{"text": ask}]}]}
    else:
        body = {"model": MODEL[api], "input": [
            {"role": "developer", "content": "Answer from the retrieved context only."},
            {"role": "user", "content": [{"type": "input_text", "text": m} for m in marks]
             + [{"type": "input_text", "text": ask}]}]}
    emit(body, pieces, i, lg, "agent", "rag", api, dom[0])


def person_record(f, dom, lg, split_addr, extra=True):
    """A record object as a tool returns it (labelled values)."""
    iso = rng.random() < 0.7
    rec = {"id": "%s_%05d" % (dom[1][:3], rng.randint(1, 99999))}
    if rng.random() < 0.5:
        rec["first_name"] = ("PERSON", f.g)
        rec["last_name"] = ("PERSON", f.s)
    else:
        rec["full_name"] = ("PERSON", f.name())
    rec[rng.choice(["dob", "date_of_birth", "birthDate", "birth_date"])] = ("DATE_OF_BIRTH", f.dob(iso))
    if split_addr:
        rec["address"] = {"street": ("STREET_ADDRESS", f.addr.name), "house_number": f.addr.no,
                          "postcode": f.addr.pc, "city": f.addr.town, "country": f.lg.upper()}
    else:
        rec["address"] = {"line1": ("STREET_ADDRESS", f.addr.line1()),
                          "postal_code": f.addr.pc, "city": f.addr.town}
    if extra:
        rec["dependants"] = [{"name": ("PERSON", f.name3()),
                              "date_of_birth": ("DATE_OF_BIRTH", f.dob3(iso))}]
    rec["created_at"] = ("NEG_DATE", stamp())
    rec["updated_at"] = ("NEG_DATE", stamp())
    if rng.random() < 0.5:
        rec["branch"] = {"name": rng.choice(dom[5]), "address": ("NEG_ADDR", firm_addr(lg))}
    return rec


def agent_tools(lg, dom, i, api):
    f = Fam(lg)
    native = api in ("anth", "gemini")
    style = ["pretty", "line", "compact"][i % 3]
    search, get, act = dom[2]
    q = {"query": ("PERSON", f.name()), "limit": 5}
    hits = {"results": [{"id": "%s_%05d" % (dom[1][:3], rng.randint(1, 99999)),
                         "name": ("PERSON", f.name()), "dob": ("DATE_OF_BIRTH", f.dob(True)),
                         "score": 0.97}], "took_ms": rng.randint(3, 90)}
    if rng.random() < 0.5:
        g4, s4 = person(lg)
        hits["results"].append({"id": "%s_%05d" % (dom[1][:3], rng.randint(1, 99999)),
                                "name": ("PERSON", whole(lg, g4, s4)),
                                "dob": ("DATE_OF_BIRTH", birth(lg, True)), "score": 0.41})
    rec = person_record(f, dom, lg, i % 2 == 0)
    if i % 3 == 1:  # an HTTP tool: the body a JSON string (escaped twice in a string body)
        res2 = {"status": 200, "headers": {"content-type": "application/json"},
                "body": jdoc(rec, "compact")}
    else:
        res2 = rec
    a3 = {"id": rec["id"], "note": P().t("Renewal requested by ").s("PERSON", f.name()),
          "due_date": ("NEG_DATE", recent(lg, True))}
    res3 = {"ok": True, "ticket": "T-%06d" % rng.randint(0, 999999)}
    docs = [q, hits, {"id": rec["id"]}, res2]
    calls = [(search, 0, 1), (get, 2, 3)]
    if rng.random() < 0.6:
        docs += [a3, res3]
        calls.append((act, 4, 5))
    cl = [(n,) + markers(api, a, r) for n, a, r in calls]
    raw = " ".join(m for c in cl for m in c[1:])
    pieces = [jdoc(d, native_style(i) if (RAWMARK % k) in raw else (style if k % 2 else "compact"))
              for k, d in enumerate(docs)]
    body = body_tools(api, cl, ASK_AGENT[lg], native)
    emit(body, pieces, i, lg, "agent", "tools", api, dom[0])


def kv_text(f, dom, lg):
    lab = FORM[lg]
    p = P("%s record\n" % dom[1].capitalize())
    p.t(lab[0] + ": ").s("PERSON", f.g).t("\n" + lab[1] + ": ").s("PERSON", f.s)
    p.t("\n" + lab[2] + ": ").s("DATE_OF_BIRTH", f.dob()).t("\n")
    p.t(lab[3] + ": ").s("STREET_ADDRESS", f.addr.name).t("\n" + lab[4] + ": " + f.addr.no + "\n")
    p.t(lab[5] + ": " + f.addr.pc + " " + f.addr.town + "\n")
    p.t(lab[6] + ": ").s("NEG_DATE", recent(lg))
    return p


def agent_mcp(lg, dom, i, api):
    f = Fam(lg)
    search, get, _act = dom[2]
    if i % 5 < 3:
        inner = jdoc(person_record(f, dom, lg, i % 2 == 1, extra=rng.random() < 0.5),
                     ["pretty", "compact"][i % 2])
    else:
        inner = kv_text(f, dom, lg)
    result = {"content": [{"type": "text", "text": inner}], "isError": False}
    if rng.random() < 0.3:
        result["_meta"] = {"server": "mcp-" + dom[3], "fetched_at": ("NEG_DATE", stamp())}
    args = {"id": "%s_%05d" % (dom[1][:3], rng.randint(1, 99999))}
    ask = ASK_AGENT[lg]
    if api == "anth" and i % 2 == 0:  # the MCP content blocks native in the tool_result
        cid = "toolu_%06d" % rng.randint(0, 999999)
        body = {"model": MODEL[api], "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [{"type": "tool_use", "id": cid, "name": "mcp__%s__%s" % (
                dom[3].replace("-", "_"), get), "input": args}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": cid,
                                          "content": [{"type": "text", "text": MARK % 0}]}]}]}
        emit(body, [inner], i, lg, "agent", "mcp", "anth_blocks", dom[0])
        return
    if api == "gemini":
        doc = jdoc(result, native_style(i))
        cl = [(get, args, RAWMARK % 0)]
    elif api == "anth":
        doc = jdoc(result, "compact" if i % 3 else "line")
        cl = [(get, args, MARK % 0)]
    else:
        doc = jdoc(result, "compact" if i % 3 else "line")
        cl = [(get, json.dumps(args), MARK % 0)]
    body = body_tools(api, cl, ask, True)
    emit(body, [doc], i, lg, "agent", "mcp", api, dom[0])


def agent_form(lg, dom, i, api):
    f = Fam(lg)
    form = P(ASK_FORM[lg] + "\n\n").add(kv_text(f, dom, lg))
    iso = True
    args = {dom[1]: {"first_name": ("PERSON", f.g), "last_name": ("PERSON", f.s),
                     "date_of_birth": ("DATE_OF_BIRTH", f.dob(iso)),
                     "address": {"street": ("STREET_ADDRESS", f.addr.name), "number": f.addr.no,
                                 "postcode": f.addr.pc, "city": f.addr.town}},
            "start_date": ("NEG_DATE", recent(lg, True)), "source": "pasted_form"}
    if i % 3 == 0:  # the form's own text in an argument: escaped twice in a string
        args["source_text"] = kv_text(f, dom, lg)
    create = dom[2][2]
    res = {"created": True, "id": "%s_%05d" % (dom[1][:3], rng.randint(1, 99999)),
           "created_at": ("NEG_DATE", stamp())}
    cl = [(create,) + markers(api, 1, 2)]
    pieces = [form, jdoc(args, native_style(i) if api in ("anth", "gemini")
                         else ["compact", "line", "pretty"][i % 3]),
              jdoc(res, native_style(i) if api == "gemini" else "compact")]
    body = body_tools(api, cl, MARK % 0, True)
    emit(body, pieces, i, lg, "agent", "form", api, dom[0])


# ---- developer pastes --------------------------------------------------------------------------------
def q(s):
    return s.replace("'", "''")


def dev_pytest(lg, dom, i):
    f = Fam(lg)
    ent = dom[1]
    fx = rng.choice(FIXTURES)
    d_iso, d_loc = f.dob(True), f.dob()
    p = P("_" * 20 + " test_%s_roundtrip " % ent + "_" * 20 + "\n\n")
    p.t("    @pytest.fixture\n    def ").s("NEG_FIXTURE", "sample_" + ent).t("(")
    p.s("NEG_FIXTURE", fx).t("):\n        return {\n")
    p.t('            "id": %d,\n' % rng.randint(100, 9999))
    p.t('            "name": "').s("PERSON", f.name()).t('",\n')
    p.t('            "dob": "').s("DATE_OF_BIRTH", d_iso).t('",\n')
    if i % 2:
        p.t('            "street": "').s("STREET_ADDRESS", f.addr.name).t('",\n')
        p.t('            "house_number": "%s",\n' % f.addr.no)
    else:
        p.t('            "address": "').s("STREET_ADDRESS", f.addr.full()).t('",\n')
    p.t('            "created_at": "').s("NEG_DATE", stamp()).t('",\n        }\n\n')
    p.t('>       assert export(sample_%s)["dob"] == "' % ent).s("DATE_OF_BIRTH", d_iso).t('"\n')
    p.t("E       AssertionError: assert '").s("DATE_OF_BIRTH", d_loc).t("' == '").s(
        "DATE_OF_BIRTH", d_iso).t("'\nE         - ").s("DATE_OF_BIRTH", d_iso).t("\nE         + ").s(
        "DATE_OF_BIRTH", d_loc).t("\n\n")
    p.t("tests/test_%s.py:%d: AssertionError\n" % (ent, rng.randint(20, 300)))
    p.t("FAILED tests/test_%s.py::test_%s_roundtrip - AssertionError\n" % (ent, ent))
    p.t("=== 1 failed, %d passed in %.2fs ===" % (rng.randint(5, 300), rng.random() * 20))
    return p, "python"


def dev_log(lg, dom, i):
    f = Fam(lg)
    svc = dom[3]
    p = P()
    if i % 2 == 0:
        p.t(stamp()[:-1] + ".%03dZ INFO  [" % rng.randint(0, 999)).s("NEG_SERVICE", svc)
        p.t("] %s import started %s_id=%d name=\"" % (dom[1], dom[1], rng.randint(100, 99999)))
        p.s("PERSON", f.name()).t("\" date_of_birth=").s("DATE_OF_BIRTH", f.dob(True)).t("\n")
        p.t(stamp()[:-1] + ".%03dZ WARN  [" % rng.randint(0, 999)).s("NEG_SERVICE", svc)
        p.t("] geocoder miss street=\"").s("STREET_ADDRESS", f.addr.line1()).t(
            "\" postcode=%s retry=1\n" % f.addr.pc.replace(" ", ""))
        p.t(stamp()[:-1] + ".%03dZ ERROR [" % rng.randint(0, 999)).s("NEG_SERVICE", svc)
        p.t("] unhandled exception\nTraceback (most recent call last):\n")
        p.t('  File "/srv/%s/app/handlers.py", line %d, in handle\n' % (svc, rng.randint(40, 200)))
        p.t("    record = normalize(payload)\n")
        p.t('  File "/srv/%s/app/normalize.py", line %d, in normalize\n' % (svc, rng.randint(10, 90)))
        p.t('    dob = datetime.strptime(payload["dob"], "%Y-%m-%d")\n')
        p.t("ValueError: time data '").s("DATE_OF_BIRTH", f.dob()).t(
            "' does not match format '%Y-%m-%d'")
    else:
        lines = [{"ts": ("NEG_DATE", stamp()), "level": "info", "svc": ("NEG_SERVICE", svc),
                  "msg": "upsert %s" % dom[1], dom[1]: {"name": ("PERSON", f.name()),
                                                         "birthDate": ("DATE_OF_BIRTH", f.dob(True))}},
                 {"ts": ("NEG_DATE", stamp()), "level": "error", "svc": ("NEG_SERVICE", svc),
                  "msg": "address validation failed",
                  "input": {"street": ("STREET_ADDRESS", f.addr.name), "houseNumber": f.addr.no,
                            "city": f.addr.town},
                  "err": "ZIP_MISMATCH", "deploy": "%s@v%d.%d.%d" % (svc, rng.randint(1, 4),
                                                                     rng.randint(0, 20),
                                                                     rng.randint(0, 9))}]
        for k, ln in enumerate(lines):
            if k:
                p.t("\n")
            p.add(jdoc(ln, "compact"))
        p.t("\nError: ZIP_MISMATCH\n    at validateAddress (/app/src/address.js:%d:11)\n"
            "    at async upsert (/app/src/%s.js:%d:5)" % (rng.randint(10, 99), dom[1], rng.randint(10, 99)))
    return p, "text"


def dev_sql(lg, dom, i):
    ent = dom[1]
    p = P()
    fams = [Fam(lg) for _ in range(rng.randint(2, 3))]
    if i % 3 == 0:
        p.t("INSERT INTO %ss (first_name, last_name, date_of_birth, street, house_no, postcode, city, "
            "created_at) VALUES\n" % ent)
        for k, f in enumerate(fams):
            p.t("  ('").s("PERSON", q(f.g)).t("', '").s("PERSON", q(f.s)).t("', '").s(
                "DATE_OF_BIRTH", f.dob(True)).t("', '").s("STREET_ADDRESS", q(f.addr.name)).t(
                "', '%s', '%s', '%s', '" % (f.addr.no, f.addr.pc, q(f.addr.town))).s("NEG_DATE", stamp())
            p.t("')" + (",\n" if k < len(fams) - 1 else ";\n"))
        f = fams[-1]
        p.t("ERROR:  new row for relation \"%ss\" violates check constraint \"%ss_dob_check\"\n" % (ent, ent))
        p.t("DETAIL:  Failing row contains (%d, " % rng.randint(100, 9999)).s("PERSON", f.g).t(", ").s(
            "PERSON", f.s).t(", ").s("DATE_OF_BIRTH", f.dob(True)).t(", ").s(
            "STREET_ADDRESS", f.addr.name).t(", %s, %s, %s, null)." % (f.addr.no, f.addr.pc, f.addr.town))
    elif i % 3 == 1:
        p.t("COPY public.%ss (id, full_name, dob, address_line1, city, updated_at) FROM stdin;\n" % ent)
        for f in fams:
            p.t("%d\t" % rng.randint(100, 9999)).s("PERSON", f.name()).t("\t").s(
                "DATE_OF_BIRTH", f.dob(True)).t("\t").s("STREET_ADDRESS", f.addr.line1()).t(
                "\t%s\t" % f.addr.town).s("NEG_DATE", stamp()).t("\n")
        p.t("\\.\n")
        p.t("ERROR:  invalid input syntax for type date: \"").s("DATE_OF_BIRTH", fams[0].dob()).t("\"\n")
        p.t("CONTEXT:  COPY %ss, line 1, column dob" % ent)
    else:
        p.t("-- seed for ").s("NEG_SERVICE", dom[3]).t("\nINSERT INTO %ss (name, birth_date, address) "
                                                       "VALUES ('" % ent)
        f = fams[0]
        p.s("PERSON", q(f.name())).t("', DATE '").s("DATE_OF_BIRTH", f.dob(True)).t("', '").s(
            "STREET_ADDRESS", q(f.addr.full())).t("');\n")
        p.t("INSERT INTO offices (company, address, opened_on) VALUES ('%s', '" % q(rng.choice(dom[5])))
        p.s("NEG_ADDR", q(firm_addr(lg))).t("', DATE '").s("NEG_DATE", recent(lg, True)).t("');\n")
        p.t("ERROR:  duplicate key value violates unique constraint \"%ss_pkey\"" % ent)
    return p, "sql"


def dev_seed(lg, dom, i):
    ent = dom[1]
    fams = [Fam(lg) for _ in range(2)]
    p = P()
    if i % 2 == 0:
        p.t("# seeds/%ss.yml (loaded by " % ent).s("NEG_SERVICE", dom[3]).t(")\n%ss:\n" % ent)
        for f in fams:
            quote = '"' if rng.random() < 0.4 else ""
            p.t("  - id: %d\n    name: %s" % (rng.randint(1, 999), quote)).s("PERSON", f.name()).t(quote + "\n")
            p.t("    dob: " + quote).s("DATE_OF_BIRTH", f.dob(rng.random() < 0.7)).t(quote + "\n")
            if rng.random() < 0.5:
                p.t("    address:\n      street: ").s("STREET_ADDRESS", f.addr.name).t(
                    "\n      number: %s\n      city: %s\n" % (f.addr.no, f.addr.town))
            else:
                p.t("    address: \"").s("STREET_ADDRESS", f.addr.full()).t("\"\n")
            p.t("    created_at: ").s("NEG_DATE", recent(lg, True)).t("\n")
        p.t("fixtures:\n  owner: ").s("NEG_FIXTURE", rng.choice(FIXTURES)).t("\n")
    else:
        p.t("# seeds/%ss.toml\n[meta]\nservice = \"" % ent).s("NEG_SERVICE", dom[3]).t(
            "\"\ngenerated = ").s("NEG_DATE", stamp()).t("\n")
        for f in fams:
            p.t("\n[[%s]]\nname = \"" % ent).s("PERSON", f.name()).t("\"\n")
            p.t("date_of_birth = ").s("DATE_OF_BIRTH", f.dob(True)).t("\n")
            p.t("street = \"").s("STREET_ADDRESS", f.addr.line1()).t("\"\ncity = \"%s\"\n" % f.addr.town)
            p.t("due = ").s("NEG_DATE", recent(lg, True)).t("\n")
    return p, "yaml" if i % 2 == 0 else "toml"


def dev_literal(lg, dom, i):
    ent = dom[1]
    f = Fam(lg)
    p = P()
    if i % 2 == 0:
        p.t("SAMPLE_%s = {\n" % ent.upper())
        p.t('    "first_name": "').s("PERSON", f.g).t('",\n    "last_name": "').s("PERSON", f.s).t('",\n')
        p.t('    "birth_date": "').s("DATE_OF_BIRTH", f.dob(True)).t('",\n')
        p.t('    "street": "').s("STREET_ADDRESS", f.addr.name).t('",\n    "house_number": "%s",\n' % f.addr.no)
        p.t('    "children": [{"name": "').s("PERSON", f.name3()).t('", "dob": "').s(
            "DATE_OF_BIRTH", f.dob3(True)).t('"}],\n')
        p.t('    "policy_start": "').s("NEG_DATE", recent(lg, True)).t('",\n')
        p.t('    "owner": "').s("NEG_FIXTURE", rng.choice(FIXTURES)).t('",\n}\n\n')
        p.t("def test_export(client):\n    r = client.post('/api/%ss', json=SAMPLE_%s)\n"
            "    assert r.status_code == 201, r.text" % (ent, ent.upper()))
        return p, "python"
    p.t("const %s = {\n" % ent)
    p.t("  firstName: '").s("PERSON", f.g).t("',\n  lastName: '").s("PERSON", f.s).t("',\n")
    p.t("  birthDate: '").s("DATE_OF_BIRTH", f.dob(True)).t("',\n")
    p.t("  address: { line1: '").s("STREET_ADDRESS", f.addr.line1()).t("', city: '%s' },\n" % f.addr.town)
    p.t("  partner: { name: '").s("PERSON", f.name2()).t("' },\n")
    p.t("  createdAt: new Date('").s("NEG_DATE", stamp()).t("'),\n};\n\n")
    p.t("await request(app).post('/%ss').send(%s).expect(201); // 422 from " % (ent, ent))
    p.s("NEG_SERVICE", dom[3])
    return p, "js"


def dev_graphql(lg, dom, i):
    ent = dom[1]
    f = Fam(lg)
    Ent = ent.capitalize()
    p = P("query Get%s($id: ID!) {\n  %s(id: $id) { id fullName birthDate homeAddress { "
          "streetAddress postalCode locality } emergencyContact { name } createdAt }\n}\n\n"
          "Response:\n" % (Ent, ent))
    resp = {"data": {ent: {"id": "gid://%s/%s/%d" % (dom[3], Ent, rng.randint(1, 99999)),
                           "fullName": ("PERSON", f.name()),
                           "birthDate": ("DATE_OF_BIRTH", f.dob(True)),
                           "homeAddress": {"streetAddress": ("STREET_ADDRESS", f.addr.line1()),
                                           "postalCode": f.addr.pc, "locality": f.addr.town},
                           "emergencyContact": {"name": ("PERSON", f.name2())},
                           "createdAt": ("NEG_DATE", stamp())}}}
    if i % 2:
        resp["errors"] = [{"message": "Cannot return null for non-nullable field %s.birthDate" % Ent,
                           "path": [ent, "birthDate"]}]
    p.add(jdoc(resp, "pretty" if i % 3 else "line"))
    return p, "json"


def dev_diff(lg, dom, i):
    ent = dom[1]
    fams = [Fam(lg) for _ in range(3)]
    p = P()
    if i % 2 == 0:
        path = "fixtures/%ss.csv" % ent
        p.t("diff --git a/%s b/%s\nindex %07x..%07x 100644\n--- a/%s\n+++ b/%s\n@@ -1,4 +1,4 @@\n" % (
            path, path, rng.randint(0, 16 ** 7), rng.randint(0, 16 ** 7), path, path))
        p.t(" id,full_name,date_of_birth,street,city,updated_at\n")
        for k, f in enumerate(fams):
            rows = [("-", f.dob(True)), ("+", birth(lg, True))] if k == 1 else [(" ", f.dob(True))]
            for mark, d in rows:
                p.t("%s%d," % (mark, k + 1)).s("PERSON", f.name()).t(",").s("DATE_OF_BIRTH", d).t(
                    ",").s("STREET_ADDRESS", f.addr.line1() if "," not in f.addr.line1() else f.addr.name)
                p.t(",%s," % f.addr.town).s("NEG_DATE", recent(lg, True)).t("\n")
    else:
        path = "tests/data/%s_%d.json" % (ent, rng.randint(1, 40))
        f = fams[0]
        p.t("--- a/%s\n+++ b/%s\n@@ -3,9 +3,9 @@\n" % (path, path))
        p.t('   "name": "').s("PERSON", f.name()).t('",\n')
        p.t('-  "dob": "').s("DATE_OF_BIRTH", f.dob(True)).t('",\n')
        p.t('+  "dob": "').s("DATE_OF_BIRTH", birth(lg, True)).t('",\n')
        a2 = Addr(lg)
        p.t('-  "street": "').s("STREET_ADDRESS", f.addr.line1()).t('",\n')
        p.t('+  "street": "').s("STREET_ADDRESS", a2.line1()).t('",\n')
        p.t('   "city": "%s",\n' % a2.town)
        p.t('-  "updated_at": "').s("NEG_DATE", stamp()).t('"\n')
        p.t('+  "updated_at": "').s("NEG_DATE", stamp()).t('"')
    return p, "diff"


def dev_csv(lg, dom, i):
    h = HEAD[lg]
    sep = [",", ";", "\t"][i % 3]
    org = rng.choice(dom[5])
    p = P()
    p.s("NEG_ORG", org).t(" - %s export\n" % dom[0])
    p.t("Generated: ").s("NEG_DATE", recent(lg)).t("; rows: 3\n\n")
    p.t(sep.join(h) + "\n")
    for _ in range(3):
        f = Fam(lg)
        st = f.addr.line1()
        qt = '"' if sep in st else ""
        p.s("PERSON", f.name()).t(sep).s("DATE_OF_BIRTH", f.dob()).t(sep + qt).s("STREET_ADDRESS", st)
        p.t(qt + sep + f.addr.town + sep).s("NEG_DATE", recent(lg)).t("\n")
    return p, "csv"


DEV = [("pytest", dev_pytest), ("log", dev_log), ("sql", dev_sql), ("seed", dev_seed),
       ("literal", dev_literal), ("graphql", dev_graphql), ("diff", dev_diff), ("csv", dev_csv)]


def dev_record(lg, dom, i, api, family, fn):
    paste, lang = fn(lg, dom, i)
    if i % 4 == 3:  # the paste as a tool's result (read_file, run_tests)
        tool = "run_tests" if family in ("pytest", "log") else "read_file"
        native = api in ("anth", "gemini")
        args = {"path": "%s/%s" % (dom[3], family)}
        if native:
            res = {"output": MARK % 0} if api == "gemini" else MARK % 0
            cl = [(tool, args, res)]
        else:
            cl = [(tool, json.dumps(args), MARK % 0)]
        body = body_tools(api, cl, ASK_DEV[lg], False)
        emit(body, [paste], i, lg, "dev", family, api + "_tool", dom[0])
        return
    msg = P(ASK_DEV[lg] + "\n\n```" + lang + "\n").add(paste).t("\n```")
    emit(body_chat(api, None, MARK % 0), [msg], i, lg, "dev", family, api, dom[0])


def main():
    n = 0
    agent = [("memory", agent_memory, 3), ("rag", agent_rag, 3), ("tools", agent_tools, 4),
             ("mcp", agent_mcp, 3), ("form", agent_form, 3)]
    for _name, fn, reps in agent:
        for rep in range(reps):
            for k, lg in enumerate(LANGS):
                dom = DOMAINS[(n + rep) % len(DOMAINS)]
                fn(lg, dom, n, APIS[(n + n // 4) % 4])
                n += 1
    for family, fn in DEV:
        for rep in range(2):
            for lg in LANGS:
                dom = DOMAINS[(n + rep) % len(DOMAINS)]
                dev_record(lg, dom, n, APIS[(n + n // 4) % 4], family, fn)
                n += 1
    write_json(records)


main()
