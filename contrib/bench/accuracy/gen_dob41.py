#!/usr/bin/env python3
"""gen_dob41.py: dates of birth by mechanism, in kinds of text away from the earlier dob corpora
(issue 15, branch `dob41`).

Written corpus-first from the misses of the tune sets (holdout9/11/12, h11neg, dob12-16) grouped
by mechanism and from the brief's list of date shapes, before reading the DOB rules:
- `sheets`: spreadsheet cell dumps (`A1: Nazwisko<TAB>B1: Imię<TAB>C1: Data urodzenia` then
  `C2: 04.03.1987`), Sheets API `values` arrays whose first row is the header, a formula note
  `<- C2 holds 1987-03-04 (Ana Souza's birthday)`; a hire or issue column beside it (NEG_DATE);
- `calls`: call transcripts where the agent asks for the birth date and the caller answers on
  the next turn (`[agent]: and your date of birth | [caller]: 10 August 1963`, `Speaker 1: / Speaker
  2:`, `AGENT: / CUSTOMER:`, WEBVTT cues); the same agent asking for an accident, a policy start or
  a delivery date (NEG_DATE);
- `msgs`: messages in pl/sv/tr/ro/pt with their birth words and month names (`ur. 4 marca 1987`,
  `född 4 mars 1987`, `f. 1987-03-04`, `doğum tarihi: 4 Mart 1987`, `4 Mart 1987 doğumlu`,
  `data nașterii: 4 martie 1987`, `născută pe`, `nascido em 4 de março de 1987`); death, issue and
  expiry dates of those languages beside them (NEG_DATE);
- `shapes`: date shapes after birth cues of en/de/fr/nl/es/it: `12th of March '87`, `3/4/87`,
  `1987-3-4`, `Mar. 4th 1987`, Roman months (`4.III.1987`, `4 III 1987`), `(*4.3.1987)`, `∗`,
  `geb. 4.3.87`, `b. 4 March 1987`, `(b. 1987-03-04)`, `04MAR1987`; death dates in the same
  shapes after `†`, `d.`, `gest.` (NEG_DATE);
- `code`: mongosh documents (`birthDate: ISODate("1987-03-04T00:00:00Z")`), Elasticsearch hits,
  Gherkin steps and Examples tables, Cypress `type()` into a birth field, SSML `<say-as>` after a
  birth question, NER training records; clocks, `today is`, expiries and created dates (NEG_DATE);
- `notes`: eulogies, speeches, school notes, character references and tenancy letters (`born on
  the 4th of March 1937 in Cork`, `came into the world on`, `my son Tom (born 3/4/15)`), with
  wedding, death and move dates beside them (NEG_DATE).
A year alone is NEG_DATE (the convention of dob10/dob17). PERSON spans are labelled where a
person is named. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS, ordinal_en  # noqa: E402

rng = random.Random(20261205 + 41)
records = []

MON = dict(MONTHS)
MON["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
MON["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
MON["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
MON["ro"] = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
             "septembrie", "octombrie", "noiembrie", "decembrie"]
EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

SYL = {"en": ["bran", "wick", "tor", "mel", "hal", "wen"], "pl": ["bro", "wie", "sza", "mik", "lesz"],
       "sv": ["lind", "berg", "sjö", "ek", "ström"], "tr": ["kar", "dem", "yıl", "öz", "tan"],
       "ro": ["vla", "dru", "mir", "cos", "ten"], "pt": ["cou", "tin", "bra", "lha", "mar"],
       "de": ["bre", "win", "kel", "mau"], "fr": ["bel", "rou", "quet", "lan"],
       "nl": ["hui", "ker", "bol", "dij"], "es": ["zar", "mon", "qui", "llo"],
       "it": ["bru", "sca", "ghi", "lon"]}
END = {"en": ["ton", "ley", "by"], "pl": ["ski", "czyk", "ewicz"], "sv": ["son", "qvist", "lund"],
       "tr": ["oğlu", "gil", "er"], "ro": ["escu", "eanu", "aru"], "pt": ["eira", "ães", "ado"],
       "de": ["mann", "ler"], "fr": ["ier", "aud"], "nl": ["ink", "sen"], "es": ["ez", "ejo"],
       "it": ["ini", "etti"]}
GIVEN = {"en": ["Holly", "Callum", "Priya", "Declan"], "pl": ["Agnieszka", "Tomasz", "Zofia", "Paweł"],
         "sv": ["Astrid", "Linnea", "Oskar", "Elsa"], "tr": ["Ayşe", "Mehmet", "Elif", "Emre"],
         "ro": ["Ioana", "Andrei", "Mihaela", "Radu"], "pt": ["Graciete", "João", "Inês", "Tiago"],
         "de": ["Jonas", "Wiebke"], "fr": ["Océane", "Lucas"], "nl": ["Femke", "Joost"],
         "es": ["Ximena", "Iñigo"], "it": ["Chiara", "Davide"]}
SURNAME = {"en": ["Whitaker", "Fletcher", "Okafor"], "pl": ["Wójcik", "Nowak", "Kowalczyk"],
           "sv": ["Lindqvist", "Johansson", "Berg"], "tr": ["Yılmaz", "Demir", "Kaya"],
           "ro": ["Popescu", "Ionescu", "Dumitru"], "pt": ["Ribeiro", "Albuquerque", "Souza"],
           "de": ["Brandstätter", "Kästner"], "fr": ["Pelletier", "Marert"], "nl": ["de Vries", "Bakker"],
           "es": ["Sarmido", "Fuentes"], "it": ["Greco", "Conti"]}
LANGS5 = ["pl", "sv", "tr", "ro", "pt"]
LANGS7 = ["en", "de", "fr", "nl", "es", "it", "pt"]


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL[lg]) for _ in range(2))
    s = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
    return g.capitalize(), s.capitalize()


def birth():
    return rng.randint(1934, 2012), rng.randint(1, 12), rng.randint(1, 28)


def other():
    return rng.randint(2016, 2028), rng.randint(1, 12), rng.randint(1, 28)


def numeric(y, m, d, lg):
    forms = ["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y),
             "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)]
    if lg == "en":
        forms += ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y)]
    if lg == "sv":
        forms += ["%d-%02d-%02d" % (y, m, d)] * 3
    return rng.choice(forms)


def worded(y, m, d, lg):
    mo = MON[lg][m - 1]
    if lg in ("pt", "es"):
        return rng.choice(["%d de %s de %d" % (d, mo, y), "%d %s %d" % (d, mo, y)])
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg == "tr":
        return rng.choice(["%d %s %d" % (d, mo, y), "%02d %s %d" % (d, mo, y)])
    return "%d %s %d" % (d, mo, y)


def date_in(lg, ymd=None, share=0.5):
    y, m, d = ymd or birth()
    return worded(y, m, d, lg) if rng.random() < share else numeric(y, m, d, lg)


class D(Doc):
    records = records

    def p(self, lg, g_s=None, order="gs"):
        g, s = g_s or person(lg)
        if order == "sg":
            return self.span("PERSON", s).t(", ").span("PERSON", g)
        return self.span("PERSON", g + " " + s)

    def dob(self, v):
        return self.span("NEG_DATE" if v.isdigit() and len(v) == 4 else "DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)


# ---- sheets ------------------------------------------------------------------------------------
SHEET_HDR = {
    "pl": ("Nazwisko", "Imię", "Data urodzenia", "Data zatrudnienia"),
    "sv": ("Efternamn", "Förnamn", "Födelsedatum", "Anställd"),
    "tr": ("Soyadı", "Adı", "Doğum tarihi", "İşe giriş"),
    "ro": ("Nume", "Prenume", "Data nașterii", "Data angajării"),
    "pt": ("Apelido", "Nome", "Data de nascimento", "Data de admissão"),
    "en": ("Last name", "First name", "DOB", "Start date"),
    "de": ("Nachname", "Vorname", "Geb.-Datum", "Eintritt"),
    "es": ("Apellido", "Nombre", "F. Nac.", "Alta"),
    "nl": ("Achternaam", "Voornaam", "Geb.datum", "In dienst"),
    "fr": ("Nom", "Prénom", "Né(e) le", "Entrée"),
    "it": ("Cognome", "Nome", "Nato il", "Assunto il"),
}


def gen_sheets():
    langs = list(SHEET_HDR)
    for i in range(66):
        lg = langs[i % len(langs)]
        h = SHEET_HDR[lg]
        d = D(lg, "sheets")
        k = i % 3
        hire = rng.random() < 0.5
        rows = [(person(lg), birth(), other()) for _ in range(rng.randint(2, 4))]
        if k == 0:
            d.t(rng.choice(["Pasted from the sheet:\n", "", "Here is my export, why is column C off?\n"]))
            d.t("A1: %s\tB1: %s\tC1: %s" % h[:3]).t("\tD1: %s\n" % h[3] if hire else "\n")
            for r, ((g, s), b, o) in enumerate(rows, 2):
                d.t("A%d: " % r).span("PERSON", s).t("\tB%d: " % r).span("PERSON", g)
                d.t("\tC%d: " % r).dob(numeric(*b, lg))
                if hire:
                    d.t("\tD%d: " % r).neg(numeric(*o, lg))
                d.t("\n")
            d.t(rng.choice(["E2: =CONCAT(B2;\" \";A2)\n", "how do I sort by month?", ""]))
        elif k == 1:
            d.t('{"range": "Sheet1!A1:%s%d", "majorDimension": "ROWS", "values": [\n'
                % ("D" if hire else "C", len(rows) + 1))
            d.t('  ["%s", "%s", "%s"%s],\n' % (h[0], h[1], h[2], ', "%s"' % h[3] if hire else ""))
            for j, ((g, s), b, o) in enumerate(rows):
                d.t('  ["').span("PERSON", s).t('", "').span("PERSON", g).t('", "')
                d.dob(numeric(*b, lg)).t('"')
                if hire:
                    d.t(', "').neg(numeric(*o, lg)).t('"')
                d.t("]" + ("," if j < len(rows) - 1 else "") + "\n")
            d.t("]}")
        else:
            (g, s), b, o = rows[0]
            d.t('="Dear "&B2&","   <- B2 is "').span("PERSON", g).t('"\n')
            v = rng.choice(["%d-%02d-%02d" % b, "%02d/%02d/%d" % (b[2], b[1], b[0])])
            note = rng.choice(["'s birthday", "'s date of birth", "'s DOB"])
            d.t("=TEXT(C2;\"dd/mm/yyyy\")  <- C2 holds ").dob(v).t(" (").span("PERSON", g + " " + s)
            d.t(note + ")\n")
            if hire:
                d.t("=TEXT(D2;\"dd/mm/yyyy\")  <- D2 holds ").neg("%d-%02d-%02d" % o)
                d.t(" (the contract start)\n")
            d.t("but the merged letter shows the date as a number")
        d.done()


# ---- calls -------------------------------------------------------------------------------------
ASK = {"en": ("and your date of birth", "and can I take your date of birth please",
              "and the date of the accident", "when did the policy start"),
       "fr": ("et votre date de naissance", "votre date de naissance s'il vous plaît",
              "et la date du sinistre", "le contrat a commencé quand"),
       "de": ("und Ihr Geburtsdatum", "dann bräuchte ich noch Ihr Geburtsdatum",
              "und das Datum des Unfalls", "seit wann läuft der Vertrag"),
       "es": ("y su fecha de nacimiento", "me confirma su fecha de nacimiento",
              "y la fecha del siniestro", "desde cuándo tiene la póliza"),
       "it": ("e la data di nascita", "mi conferma la sua data di nascita",
              "e la data dell'incidente", "da quando è attiva la polizza"),
       "pt": ("e a data de nascimento", "pode confirmar a sua data de nascimento",
              "e a data do acidente", "desde quando tem a apólice"),
       "pl": ("a data urodzenia", "poproszę jeszcze datę urodzenia",
              "a data wypadku", "od kiedy ma pan polisę"),
       "nl": ("en uw geboortedatum", "mag ik uw geboortedatum",
              "en de datum van het ongeval", "sinds wanneer loopt de polis")}
ASKNAME = {"en": "can I have your full name", "fr": "votre nom complet", "de": "Ihr vollständiger Name",
           "es": "su nombre completo", "it": "nome e cognome", "pt": "o seu nome completo",
           "pl": "imię i nazwisko", "nl": "uw volledige naam"}


def gen_calls():
    langs = list(ASK)
    styles = [("[agent]: ", "[caller]: ", "\n"), ("Speaker 1: ", "Speaker 2: ", " / "),
              ("AGENT: ", "CUSTOMER: ", " | "), ("Agent: ", "Client: ", "\n"), ("A: ", "K: ", "\n")]
    for i in range(64):
        lg = langs[i % len(langs)]
        a, c, sep = styles[i % len(styles)]
        d = D(lg, "calls")
        neg = i % 4 == 3
        d.t(rng.choice(["Call QA sheet, rate the agent:\n", "transcript (auto):\n", ""]))
        d.t(a + ASKNAME[lg] + sep + c).p(lg).t(sep)
        q = ASK[lg][rng.choice((2, 3)) if neg else rng.choice((0, 1))]
        d.t(a + q + sep + c)
        lg2 = lg if lg in MON else "en"
        if neg:
            d.neg(date_in(lg2, other()))
        else:
            d.dob(date_in(lg2))
        d.t(sep + a + rng.choice(["thank you", "merci", "danke", "gracias", "obrigado", "ok"]))
        d.done()
    # WEBVTT cues
    for i in range(10):
        lg = ["en", "fr", "de", "pt", "pl"][i % 5]
        d = D(lg, "calls")
        d.t("WEBVTT\n\n1\n00:00:03.120 --> 00:00:05.900\n<v Agent>" + ASK[lg][0] + "?\n\n")
        d.t("2\n00:00:06.010 --> 00:00:08.400\n<v ").p(lg).t(">")
        d.dob(date_in(lg)).t("\n")
        d.done()


# ---- msgs: pl/sv/tr/ro/pt ----------------------------------------------------------------------
CUE = {"pl": ["ur. ", "urodzona ", "urodzony ", "urodziła się ", "data urodzenia: ", "urodz. "],
       "sv": ["född ", "f. ", "född den ", "födelsedatum: ", "föddes "],
       "tr": ["doğum tarihi: ", "Doğum Tarihi: ", "doğum tarihi ", "D.T.: "],
       "ro": ["data nașterii: ", "născută pe ", "născut la ", "născută la data de ",
              "data nasterii: ", "n. "],
       "pt": ["nascido em ", "nascida em ", "nasceu a ", "data de nascimento: ", "nasc. ",
              "nascida a "]}
POSTCUE = {"tr": [" doğumlu", " doğumludur"], "pl": [" r. ur."]}
NEGCUE = {"pl": ["zmarła ", "zm. ", "data wydania: ", "ważny do ", "ślub wzięli "],
          "sv": ["död ", "d. ", "utfärdat ", "giltigt till ", "gifte sig "],
          "tr": ["vefat tarihi: ", "veriliş tarihi: ", "son geçerlilik tarihi: ", "evlilik tarihi: "],
          "ro": ["decedat la ", "data eliberării: ", "valabil până la ", "căsătorit la "],
          "pt": ["faleceu em ", "emitido em ", "válido até ", "casou em "]}
FRAME = {"pl": ("Cześć, potrzebuję pomocy z formularzem dla ", ". Dzięki!"),
         "sv": ("Hej! Kan du fylla i blanketten för ", "? Tack."),
         "tr": ("Merhaba, şu kişi için dilekçe yazar mısın: ", ". Teşekkürler."),
         "ro": ("Bună, am nevoie de o cerere pentru ", ". Mulțumesc!"),
         "pt": ("Olá, preciso de ajuda com o formulário da ", ". Obrigado!")}


def gen_msgs():
    for i in range(80):
        lg = LANGS5[i % 5]
        d = D(lg, "msgs")
        pre, post = FRAME[lg]
        d.t(pre).p(lg)
        k = i % 4
        if k == 3 and lg in POSTCUE:
            d.t(", ").dob(worded(*birth(), lg)).t(rng.choice(POSTCUE[lg]))
        else:
            d.t(", " + rng.choice(CUE[lg]))
            d.dob(date_in(lg, share=0.6 if k != 2 else 0.0))
        if rng.random() < 0.5:
            d.t(", " + rng.choice(NEGCUE[lg])).neg(date_in(lg, other()))
        d.t(post)
        d.done()


# ---- shapes ------------------------------------------------------------------------------------
SH_CUE = {"en": ["DOB ", "born ", "b. ", "Date of birth: ", "date of birth is "],
          "de": ["geb. ", "Geburtsdatum: ", "geboren am ", "* "],
          "fr": ["né le ", "née le ", "date de naissance : "],
          "nl": ["geboren op ", "geb. ", "geboortedatum: "],
          "es": ["nacida el ", "F. nac.: ", "fecha de nacimiento: "],
          "it": ["nato il ", "nata il ", "data di nascita: "]}


def shape(y, m, d):
    yy = "%02d" % (y % 100)
    return rng.choice([
        "%s of %s '%s" % (ordinal_en(d), MON["en"][m - 1], yy),
        "%d/%d/%s" % (d, m, yy), "%d-%d-%d" % (y, m, d), "%s. %s %d" % (EN3[m - 1], ordinal_en(d), y),
        "%d.%s.%d" % (d, ROMAN[m - 1], y), "%d %s %d" % (d, ROMAN[m - 1], y),
        "%d.%d.%s" % (d, m, yy), "%02d%s%d" % (d, EN3[m - 1].upper(), y),
        "%s %s, '%s" % (EN3[m - 1], ordinal_en(d), yy), "the %s of %s %d" % (ordinal_en(d), MON["en"][m - 1], y),
        "%d-%s-%s" % (d, EN3[m - 1], yy), "%d/%s/%d" % (d, ROMAN[m - 1], y)])


def gen_shapes():
    for i in range(70):
        lg = LANGS7[i % 6]
        d = D(lg, "shapes")
        k = i % 5
        if k == 0:
            d.t(rng.choice(["Patient: ", "Mitglied: ", "Client : ", "Lid: ", "Paciente: ", "Socio: "]))
            d.p(lg).t(", " + rng.choice(SH_CUE[lg])).dob(shape(*birth()))
        elif k == 1:
            d.p(lg).t(" (*").dob(shape(*birth())).t(")")
            if rng.random() < 0.5:
                d.t(" und ").p(lg).t(" (∗").dob(shape(*birth())).t(")")
            d.t(rng.choice([" wohnen jetzt in Graz.", " sind angemeldet.", " — please add to the list."]))
        elif k == 2:
            d.p(lg).t(" (b. ").dob(shape(*birth())).t(rng.choice(["; d. ", ", † ", " – d. "]))
            d.neg(shape(*other())).t(") was my great-aunt.")
        elif k == 3:
            d.t(rng.choice(["Genealogie: ", "Family tree: ", "Stamboom: "])).p(lg)
            d.t(rng.choice([", geb. ", ", b. ", ", * "])).dob(shape(*birth()))
            d.t(rng.choice([", gest. ", ", d. ", ", † "])).neg(shape(*other()))
        else:
            d.t(rng.choice(["Passenger ", "Pax ", "Guest "])).p(lg)
            d.t(rng.choice([" DOB/", " dob ", " born "])).dob(shape(*birth()))
            d.t(rng.choice([" PPT exp ", " passport expires ", " issued "])).neg(shape(*other()))
        d.done()


# ---- code --------------------------------------------------------------------------------------
def iso(ymd):
    return "%d-%02d-%02d" % ymd


def gen_code():
    for i in range(60):
        lg = LANGS7[i % 7]
        d = D(lg, "code")
        k = i % 6
        if k == 0:
            d.t("test> db.patients.find({lastName: /^K/})\n[\n  {\n    _id: ObjectId('65f1c2a9e4b0a1d2c3f4a5b6'),\n")
            d.t("    fullName: '").p(lg).t("',\n")
            key = rng.choice(["birthDate", "dob", "dateOfBirth", "geburtsdatum", "fechaNacimiento"])
            d.t("    %s: ISODate('" % key).dob(iso(birth()) + "T00:00:00.000Z").t("'),\n")
            d.t("    createdAt: ISODate('").neg(iso(other()) + "T09:12:44.118Z").t("')\n  }\n]")
        elif k == 1:
            d.t('{"hits": {"total": {"value": 1}, "hits": [{"_index": "customers", "_id": "8812", '
                '"_source": {"name": "').p(lg).t('", ')
            key = rng.choice(["birth_date", "dob", "date_naissance", "geboortedatum", "data_nascita"])
            d.t('"%s": "' % key).dob(iso(birth())).t('", "updated_at": "').neg(iso(other()))
            d.t('"}}]}}')
        elif k == 2:
            d.t("Scenario: a minor cannot open an account\n  Given a customer \"").p(lg)
            d.t(rng.choice(["\" born on \"", "\" with date of birth \"", "\" whose birthday is \""]))
            d.dob(rng.choice([iso(birth()), "%02d/%02d/%d" % birth()[::-1]])).t("\"\n")
            d.t("  And today is \"").neg(iso(other())).t("\"\n  Then the sign-up is refused\n")
        elif k == 3:
            d.t("  Examples:\n    | name | dob | joined |\n")
            for _ in range(rng.randint(2, 3)):
                d.t("    | ").p(lg).t(" | ").dob(iso(birth())).t(" | ").neg(iso(other())).t(" |\n")
        elif k == 4:
            d.t("it('fills the form', () => {\n  cy.get('#fullname').type('").p(lg).t("')\n")
            sel = rng.choice(["#dob", "[name=birthdate]", "input[data-test=date-of-birth]", "#geburtsdatum"])
            d.t("  cy.get('%s').type('" % sel).dob(rng.choice([iso(birth()), "%02d/%02d/%d" % birth()[::-1]]))
            d.t("')\n  cy.clock(new Date('").neg(iso(other())).t("'))\n})")
        else:
            if rng.random() < 0.5:
                d.t('<speak>Thanks, <break time="300ms"/> I have your date of birth as '
                    '<say-as interpret-as="date" format="ymd">').dob(iso(birth()))
                d.t('</say-as>. Your appointment is on <say-as interpret-as="date" format="ymd">')
                d.neg(iso(other())).t("</say-as>.</speak>")
            else:
                g, s = person(lg)
                b = birth()
                v = "%d %s %d" % (b[2], MON["en"][b[1] - 1], b[0])
                text = "%s %s, born %s, lives in Leeds." % (g, s, v)
                d.t('{"text": "').span("PERSON", g + " " + s).t(", born ").dob(v)
                d.t(', lives in Leeds.", "entities": [[0, %d, "PERSON"], [%d, %d, "DOB"]]}'
                    % (len(g) + len(s) + 1, text.index(v), text.index(v) + len(v)))
        d.done()


# ---- notes -------------------------------------------------------------------------------------
def gen_notes():
    for i in range(50):
        lg = "en" if i % 2 == 0 else LANGS7[i % 7]
        d = D(lg, "notes")
        k = i % 5
        if k == 0:
            d.t("Help me write a eulogy for my grandmother, ").p(lg).t(". ")
            b = birth()
            d.t(rng.choice(["She was born on ", "She came into the world on "]))
            d.dob("the %s of %s %d" % (ordinal_en(b[2]), MON["en"][b[1] - 1], b[0]))
            d.t(" in Cork, married Grandad on ").neg(date_in("en", other())).t(" and died on ")
            d.neg(date_in("en", other())).t(".")
        elif k == 1:
            d.t("Dear Ms Hale, my son ").p("en").t(" (born ").dob(numeric(*birth(), "en"))
            d.t(") will miss school on ").neg(date_in("en", other())).t(" for a hospital appointment.")
        elif k == 2:
            d.t("Character reference for ").p(lg).t(rng.choice([" (DOB ", " (date of birth ", " (d.o.b. "]))
            d.dob(date_in("en" if lg not in MON else lg)).t("). I have known ")
            d.t("him since ").neg(date_in("en", other())).t(" as a neighbour.")
        elif k == 3:
            d.t("Tenancy letter: the tenant ").p(lg).t(", born ").dob(shape(*birth()))
            d.t(", has lived at the flat since ").neg(date_in("en", other())).t(".")
        else:
            d.t("Speech notes — ").p("en").t(" turns 80: born ").dob(date_in("en"))
            d.t(", moved to Leeds on ").neg(date_in("en", other())).t(", retired ")
            d.neg(date_in("en", other())).t(".")
        d.done()


gen_sheets()
gen_calls()
gen_msgs()
gen_shapes()
gen_code()
gen_notes()
write_json(records)
