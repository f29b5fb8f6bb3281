#!/usr/bin/env python3
"""gen_dob42.py: dates of birth in the kinds of text of the thirteenth and fourteenth briefs that
gen_dob41.py did not write (issue 15, branch `dob42`).

Written corpus-first, from the two public briefs and before reading any DOB rule:
- `api`: API JSON, GraphQL, SCIM, Auth0 and CRM (HubSpot, Salesforce, Dynamics) responses with
  birth keys in 15 languages (`birthdate`, `dateOfBirth`, `geburtsdatum`, `date_naissance`,
  `geboortedatum`, `fecha_nacimiento`, `data_nascita`, `data_urodzenia`, `dogum_tarihi`,
  `fodselsdato`, `födelsedatum`, `syntymaaika`, `data_nasterii`, `data_nascimento`,
  `datum_narozeni`); created, updated, hire and expiry keys of the same languages (NEG_DATE);
- `seed`: seed data in Ruby, Go, C#, Kotlin, Java, PHP, Elixir and Rust (`Date.new(1987, 3, 4)`,
  `time.Date(1987, time.March, 4, ...)`, `new DateTime(1987, 3, 4)`, `LocalDate.of(...)`,
  `Carbon::parse('1987-03-04')`, `~D[1987-03-04]`, `NaiveDate::from_ymd_opt(...)`); hire,
  created and release dates in the same calls (NEG_DATE);
- `events`: Segment identify traits, Mixpanel people properties, Amplitude user properties,
  Datadog RUM and Bugsnag user metadata (`birthday`, `$birthday`, `dob`); the events' timestamps
  and an event's own date (`Birthday Party Booked`, `party_date`) as NEG_DATE;
- `vacc`: EU DCC payloads (`"dob": "1987-03-04"`, partial `"1987-03"`; a year alone is
  NEG_DATE, as in dob10/dob17/dob41), ICV (yellow card) and Impfpass lines; vaccination dates;
- `crew`: crew lists with a `Date and place of birth` column (`;` and `|` rows), pilot and dive
  logbooks; flight, dive and sign-on dates;
- `guests`: Alloggiati Web fixed-width records and forms (`data nascita`), partes de viajeros
  (`fecha de nacimiento`), a host asking for every guest's birth date and the guest's reply;
  arrival, issue and expiry dates;
- `legal`: apostilles, certified translations, diplomas, residence permits and discharge papers,
  dates spelt out in words (`born on the fourth of March nineteen eighty-seven`,
  `cuatro de marzo de mil novecientos ochenta y siete`), DD-214's `YYYYMMDD`; signing, issue,
  award and separation dates;
- `forms`: no/da/fi/pl/tr/sv/ro/br forms and messages with their cue words and abbreviations
  (`ur.`, `f.`, `s.`, `född`, `født`, `født den`, `syntynyt`, `syntymäaika`, `doğumlu`,
  `născută pe`, `urodziła się`, `d.o.b.`, `nascida em`); death, issue and expiry dates; personal
  numbers that carry a birth date (PESEL, personnummer, fødselsnummer, CPR, HETU, CNP) are left
  unlabelled: they are national identifiers, not DATE_OF_BIRTH spans (this corpus's choice);
- `sheets`: Markdown and CSV sheets headed `Anniversaire`, `Aniversário`, `Geburtstag`,
  `Cumpleaños`, `Compleanno`, `Verjaardag`, `Birthday`; R tibbles and data frames (`dob` column,
  `<date>` row), pandas `head()`; wedding and start-date columns beside them;
- `misc`: gpg uids with a birth comment, X.509 `dateOfBirth` subject directory attributes,
  Get-ADUser output, phone contact pastes, e-signature audit trails, chess entry lists with a
  birth column (PGN game dates, round dates as NEG_DATE), out-of-office replies;
- `party`: the birthday party's date (`Q: when is the birthday party?\\nA: 12/03/2026`), birthday
  dinners and cakes, a birth certificate's issue date: all NEG_DATE, beside real births.
PERSON spans are labelled where a person is named. Writes JSON (the names_tune3.json format) to
stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS, MON3, ordinal_en  # noqa: E402

rng = random.Random(20261205 + 42)
records = []

MON = dict(MONTHS)
MON["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
MON["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
MON["no"] = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "desember"]
MON["da"] = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december"]
MON["fi"] = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
             "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
MON["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
MON["ro"] = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
             "septembrie", "octombrie", "noiembrie", "decembrie"]
MON["br"] = MONTHS["pt"]
EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

GIVEN = {"en": ["Holly", "Callum", "Priya", "Declan", "Maeve"], "de": ["Jonas", "Wiebke", "Ulrike"],
         "fr": ["Océane", "Lucas", "Maëlle"], "nl": ["Femke", "Joost", "Sanne"],
         "es": ["Ximena", "Iñigo", "Pilar"], "it": ["Chiara", "Davide", "Ilaria"],
         "pt": ["Graciete", "João", "Inês"], "br": ["Thiago", "Larissa", "Gabriela"],
         "pl": ["Agnieszka", "Tomasz", "Zofia"], "tr": ["Ayşe", "Mehmet", "Elif"],
         "sv": ["Astrid", "Linnea", "Oskar"], "no": ["Ingrid", "Sindre", "Solveig"],
         "da": ["Mette", "Rasmus", "Freja"], "fi": ["Aino", "Juhani", "Sanna"],
         "ro": ["Ioana", "Andrei", "Mihaela"], "cs": ["Tereza", "Jakub", "Lucie"]}
SURNAME = {"en": ["Whitaker", "Fletcher", "Okafor", "Brennan"], "de": ["Brandstätter", "Kästner", "Vogel"],
           "fr": ["Pelletier", "Marchand", "Girard"], "nl": ["de Vries", "Bakker", "Hendriks"],
           "es": ["Fuentes", "Navarro", "Castillo"], "it": ["Greco", "Conti", "Esposito"],
           "pt": ["Ribeiro", "Albuquerque", "Teixeira"], "br": ["Souza", "Carvalho", "Nascimento"],
           "pl": ["Wójcik", "Nowak", "Kowalczyk"], "tr": ["Yılmaz", "Demir", "Kaya"],
           "sv": ["Lindqvist", "Johansson", "Berg"], "no": ["Haugen", "Solberg", "Bakken"],
           "da": ["Kjærgaard", "Mortensen", "Lund"], "fi": ["Virtanen", "Mäkelä", "Koskinen"],
           "ro": ["Popescu", "Ionescu", "Dumitru"], "cs": ["Dvořák", "Novotná", "Procházka"]}
SYL = ["bran", "wick", "tor", "mel", "hal", "wen", "kel", "mau", "lind", "sjö", "vla", "dru", "cou",
       "tin", "zar", "qui", "bru", "sca", "aho", "kos"]
END = ["ton", "ley", "mann", "ler", "son", "qvist", "escu", "eanu", "eira", "ez", "ini", "ski",
       "oğlu", "nen", "gaard", "sen"]
LANGS = list(GIVEN)


def person(lg):
    if rng.random() < 0.55:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def birth():
    return rng.randint(1934, 2012), rng.randint(1, 12), rng.randint(1, 28)


def other():
    return rng.randint(2016, 2028), rng.randint(1, 12), rng.randint(1, 28)


def iso(ymd):
    return "%d-%02d-%02d" % ymd


def numeric(ymd, lg):
    y, m, d = ymd
    forms = ["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y),
             "%d.%d.%d" % (d, m, y)]
    if lg == "en":
        forms += ["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y)]
    if lg in ("sv", "fi", "no", "da"):
        forms += ["%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (d, m, y)]
    return rng.choice(forms)


def worded(ymd, lg):
    y, m, d = ymd
    mo = MON[lg][m - 1]
    if lg in ("pt", "es", "br"):
        return rng.choice(["%d de %s de %d" % (d, mo, y), "%d %s %d" % (d, mo, y)])
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)])
    if lg in ("de", "no", "da", "fi"):
        return "%d. %s %d" % (d, mo, y)
    if lg == "pl":
        return rng.choice(["%d %s %d" % (d, mo, y), "%d %s %d r." % (d, mo, y)])
    return "%d %s %d" % (d, mo, y)


def date_in(lg, ymd=None, share=0.5):
    ymd = ymd or birth()
    if lg in MON and rng.random() < share:
        return worded(ymd, lg)
    return numeric(ymd, lg)


# ---- numbers in words (spelt-out dates of certified translations) ----------------------------
EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def en_2(n):
    if n < 20:
        return EN_UNITS[n]
    return EN_TENS[n // 10] + ("-" + EN_UNITS[n % 10] if n % 10 else "")


def en_day(d):
    if d <= 20:
        return EN_ORD[d]
    return EN_TENS[d // 10] + "-" + EN_ORD[d % 10] if d % 10 else ("thirtieth" if d == 30 else "")


def en_year(y):
    if y < 2000:
        return "nineteen " + (en_2(y % 100) if y % 100 >= 10 else "oh-" + en_2(y % 100))
    if y < 2010:
        return rng.choice(["two thousand and ", "two thousand "]) + en_2(y % 100)
    return rng.choice(["twenty " + en_2(y % 100), "two thousand and " + en_2(y % 100)])


ES_UNITS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
            "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
            "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
            "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
ES_TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]


def es_2(n):
    if n < 30:
        return ES_UNITS[n]
    return ES_TENS[n // 10] + (" y " + ES_UNITS[n % 10] if n % 10 else "")


def es_year(y):
    if y < 2000:
        return "mil novecientos " + es_2(y % 100) if y % 100 else "mil novecientos"
    return "dos mil " + es_2(y % 100) if y % 100 else "dos mil"


DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
            "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
            "neunzehn"]
DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
           "neunzig"]
DE_ORD = ["", "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten",
          "achten", "neunten", "zehnten", "elften", "zwölften", "dreizehnten", "vierzehnten",
          "fünfzehnten", "sechzehnten", "siebzehnten", "achtzehnten", "neunzehnten", "zwanzigsten",
          "einundzwanzigsten", "zweiundzwanzigsten", "dreiundzwanzigsten", "vierundzwanzigsten",
          "fünfundzwanzigsten", "sechsundzwanzigsten", "siebenundzwanzigsten",
          "achtundzwanzigsten"]


def de_2(n):
    if n < 20:
        return DE_UNITS[n] if n != 1 else "eins"
    return (DE_UNITS[n % 10] + "und" if n % 10 else "") + DE_TENS[n // 10]


def de_year(y):
    if y < 2000:
        return "neunzehnhundert" + (de_2(y % 100) if y % 100 else "")
    return "zweitausend" + (de_2(y % 100) if y % 100 else "")


class D(Doc):
    records = records

    def p(self, lg, g_s=None, order="gs"):
        g, s = g_s or person(lg)
        if order == "sg":
            return self.span("PERSON", s).t(", ").span("PERSON", g)
        if order == "SG":
            return self.span("PERSON", s.upper()).t(" ").span("PERSON", g)
        return self.span("PERSON", g + " " + s)

    def dob(self, v):
        return self.span("NEG_DATE" if v.isdigit() and len(v) == 4 else "DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)


# ---- api ---------------------------------------------------------------------------------------
# (birth key, other date key) per language, in the casing APIs of that language use.
KEYS = {"en": [("birthdate", "created_at"), ("dateOfBirth", "updatedAt"), ("birth_date", "hire_date"),
               ("dob", "last_login")],
        "de": [("geburtsdatum", "eintrittsdatum"), ("Geburtsdatum", "Erstellt"), ("gebDatum", "gueltigBis")],
        "fr": [("date_naissance", "date_embauche"), ("dateNaissance", "dateCreation"),
               ("date_de_naissance", "date_expiration")],
        "nl": [("geboortedatum", "datum_in_dienst"), ("geboorteDatum", "aangemaakt")],
        "es": [("fecha_nacimiento", "fecha_alta"), ("fechaNacimiento", "fechaCaducidad")],
        "it": [("data_nascita", "data_assunzione"), ("dataNascita", "dataScadenza")],
        "pt": [("data_nascimento", "data_admissao"), ("dataNascimento", "dataValidade")],
        "br": [("dt_nascimento", "dt_cadastro"), ("data_nasc", "data_emissao")],
        "pl": [("data_urodzenia", "data_zatrudnienia"), ("dataUrodzenia", "dataWaznosci")],
        "tr": [("dogum_tarihi", "kayit_tarihi"), ("doğum_tarihi", "ise_giris_tarihi"),
               ("dogumTarihi", "sonGecerlilik")],
        "sv": [("födelsedatum", "anställningsdatum"), ("fodelsedatum", "skapad")],
        "no": [("fodselsdato", "ansettelsesdato"), ("fødselsdato", "opprettet")],
        "da": [("foedselsdato", "ansaettelsesdato"), ("fødselsdato", "oprettet")],
        "fi": [("syntymaaika", "tyosuhde_alkaa"), ("syntymäaika", "luotu")],
        "ro": [("data_nasterii", "data_angajarii"), ("dataNasterii", "dataExpirarii")],
        "cs": [("datum_narozeni", "datum_nastupu"), ("datumNarozeni", "vytvoreno")]}
NAMEKEYS = {"en": ("first_name", "last_name"), "de": ("vorname", "nachname"), "fr": ("prenom", "nom"),
            "nl": ("voornaam", "achternaam"), "es": ("nombre", "apellidos"), "it": ("nome", "cognome"),
            "pt": ("nome", "apelido"), "br": ("nome", "sobrenome"), "pl": ("imie", "nazwisko"),
            "tr": ("ad", "soyad"), "sv": ("fornamn", "efternamn"), "no": ("fornavn", "etternavn"),
            "da": ("fornavn", "efternavn"), "fi": ("etunimi", "sukunimi"), "ro": ("prenume", "nume"),
            "cs": ("jmeno", "prijmeni")}


def api_value(ymd, lg):
    y, m, d = ymd
    return rng.choice([iso(ymd), iso(ymd), iso(ymd) + "T00:00:00.000Z", iso(ymd) + "T00:00:00Z",
                       "%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % ((m, d, y) if lg == "en" else (d, m, y))])


def stamp(ymd):
    return iso(ymd) + "T%02d:%02d:%02d.%03dZ" % (rng.randint(0, 23), rng.randint(0, 59),
                                                rng.randint(0, 59), rng.randint(0, 999))


def gen_api():
    for i in range(72):
        lg = LANGS[i % len(LANGS)]
        bk, ok = rng.choice(KEYS[lg])
        fk, lk = NAMEKEYS[lg]
        g, s = person(lg)
        d = D(lg, "api")
        k = i % 8
        if k == 0:   # plain REST record, pretty-printed
            d.t(rng.choice(["GET /api/v2/customers/8812 returned:\n", "Response body:\n", ""]))
            d.t('{\n  "id": %d,\n  "%s": "' % (rng.randint(100, 99999), fk)).span("PERSON", g)
            d.t('",\n  "%s": "' % lk).span("PERSON", s).t('",\n  "%s": "' % bk)
            d.dob(api_value(birth(), lg)).t('",\n  "%s": "' % ok).neg(rng.choice([iso(other()), stamp(other())]))
            d.t('"\n}\n' + rng.choice(["why is the date off by one day?", "map this to our DTO", ""]))
        elif k == 1:   # GraphQL
            d.t('{"data":{"customer":{"id":"gid://shop/Customer/%d","displayName":"' % rng.randint(10**6, 10**7))
            d.span("PERSON", g + " " + s).t('","%s":"' % bk).dob(api_value(birth(), lg))
            d.t('","createdAt":"').neg(stamp(other())).t('"}},"extensions":{"cost":{"requestedQueryCost":3}}}')
        elif k == 2:   # SCIM with an enterprise extension
            d.t('{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",'
                '"urn:example:params:scim:schemas:extension:hr:2.0:User"],"id":"2819c223",')
            d.t('"userName":"%s.%s","name":{"givenName":"' % (g.lower(), s.lower().replace(" ", "")))
            d.span("PERSON", g).t('","familyName":"').span("PERSON", s).t('"},')
            d.t('"urn:example:params:scim:schemas:extension:hr:2.0:User":{"%s":"' % rng.choice([bk, "birthDate"]))
            d.dob(iso(birth())).t('"},"meta":{"created":"').neg(stamp(other()))
            d.t('","lastModified":"').neg(stamp(other())).t('","resourceType":"User"}}')
        elif k == 3:   # Auth0 user with user_metadata
            d.t('{\n  "user_id": "auth0|64f1a9",\n  "name": "').span("PERSON", g + " " + s)
            d.t('",\n  "user_metadata": {\n    "%s": "' % rng.choice(["birthdate", bk]))
            d.dob(iso(birth())).t('",\n    "locale": "%s"\n  },\n  "created_at": "' % lg)
            d.neg(stamp(other())).t('",\n  "last_login": "').neg(stamp(other())).t('"\n}')
        elif k == 4:   # HubSpot
            d.t('{"id":"5123","properties":{"firstname":"').span("PERSON", g).t('","lastname":"')
            d.span("PERSON", s).t('","%s":"' % rng.choice(["date_of_birth", bk]))
            d.dob(iso(birth())).t('","createdate":"').neg(stamp(other()))
            d.t('","hs_object_id":"5123"},"archived":false}')
        elif k == 5:   # Salesforce / Dynamics
            if rng.random() < 0.5:
                d.t('{"attributes":{"type":"Contact","url":"/services/data/v59.0/sobjects/Contact/003"},'
                    '"FirstName":"').span("PERSON", g).t('","LastName":"').span("PERSON", s)
                d.t('","Birthdate":"').dob(iso(birth())).t('","CreatedDate":"').neg(iso(other()) + "T10:22:01.000+0000")
                d.t('"}')
            else:
                d.t('{"@odata.etag":"W/\\"4431\\"","fullname":"').span("PERSON", g + " " + s)
                d.t('","birthdate":"').dob(iso(birth())).t('","createdon":"').neg(iso(other()) + "T08:00:00Z")
                d.t('"}')
        elif k == 6:   # a list of records, compact, two people
            d.t('{"items":[')
            for j in range(2):
                g2, s2 = person(lg) if j else (g, s)
                d.t('{"%s":"' % fk).span("PERSON", g2).t('","%s":"' % lk).span("PERSON", s2)
                d.t('","%s":"' % bk).dob(api_value(birth(), lg)).t('","%s":"' % ok).neg(iso(other()))
                d.t('"}' + ("," if j == 0 else ""))
            d.t('],"total":2}')
        else:   # YAML-ish API dump or XML
            if rng.random() < 0.5:
                d.t("- %s: " % fk).span("PERSON", g).t("\n  %s: " % lk).span("PERSON", s)
                d.t("\n  %s: " % bk).dob(api_value(birth(), lg)).t("\n  %s: " % ok).neg(iso(other())).t("\n")
            else:
                d.t("<%s>" % "record").t("<%s>" % fk).span("PERSON", g).t("</%s><%s>" % (fk, lk))
                d.span("PERSON", s).t("</%s><%s>" % (lk, bk)).dob(api_value(birth(), lg))
                d.t("</%s><%s>" % (bk, ok)).neg(iso(other())).t("</%s></record>" % ok)
        d.done()
    # HubSpot date properties as epoch milliseconds at midnight UTC
    import datetime
    for i in range(6):
        lg = ["en", "de", "fr", "es", "nl", "it"][i]
        d = D(lg, "api")
        b = birth()
        ms = int((datetime.date(*b) - datetime.date(1970, 1, 1)).days) * 86400000
        d.t('{"properties":{"firstname":"').p(lg)
        d.t('","date_of_birth":"').dob(str(ms)).t('","lastmodifieddate":"').neg(stamp(other())).t('"}}')
        d.done()


# ---- seed --------------------------------------------------------------------------------------
GO_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SEEDKEY = {"snake": ["birth_date", "date_of_birth", "dob", "birthday", "geburtsdatum", "fecha_nacimiento",
                     "data_nascita", "date_naissance"],
           "camel": ["birthDate", "dateOfBirth", "dob", "birthday", "geburtsdatum", "fechaNacimiento"],
           "pascal": ["BirthDate", "DateOfBirth", "Dob", "Birthday", "Geburtsdatum"]}


def gen_seed():
    langs = ["ruby", "go", "csharp", "kotlin", "java", "php", "elixir", "rust"]
    for i in range(64):
        pl = langs[i % 8]
        lg = ["en", "de", "fr", "nl", "es", "it", "pt", "pl"][(i // 8) % 8]
        d = D(lg, "seed")
        b, o = birth(), other()
        g, s = person(lg)
        v = i // 8 % 2
        if pl == "ruby":
            key = rng.choice(SEEDKEY["snake"])
            d.t("# db/seeds.rb\nUser.create!(\n  name: \"").span("PERSON", g + " " + s).t("\",\n")
            if v == 0:
                d.t("  %s: Date.new(" % key).dob("%d, %d, %d" % b).t("),\n")
            else:
                d.t("  %s: Date.parse(\"" % key).dob(iso(b)).t("\"),\n")
            d.t("  hired_on: Date.new(").neg("%d, %d, %d" % o).t(")\n)")
        elif pl == "go":
            key = rng.choice(SEEDKEY["pascal"])
            d.t("var seedUsers = []User{\n\t{Name: \"").span("PERSON", g + " " + s).t("\", ")
            if v == 0:
                d.t("%s: time.Date(" % key).dob("%d, time.%s, %d" % (b[0], GO_MON[b[1] - 1], b[2]))
                d.t(", 0, 0, 0, 0, time.UTC), CreatedAt: time.Date(")
                d.neg("%d, time.%s, %d" % (o[0], GO_MON[o[1] - 1], o[2])).t(", 9, 30, 0, 0, time.UTC)},\n}")
            else:
                d.t("%s: mustDate(\"" % key).dob(iso(b)).t("\"), CreatedAt: mustDate(\"").neg(iso(o)).t("\")},\n}")
        elif pl == "csharp":
            key = rng.choice(SEEDKEY["pascal"])
            d.t("modelBuilder.Entity<Person>().HasData(new Person\n{\n    Id = %d,\n    FullName = \"" % (i + 1))
            d.span("PERSON", g + " " + s).t("\",\n")
            if v == 0:
                d.t("    %s = new DateTime(" % key).dob("%d, %d, %d" % b).t("),\n")
            else:
                d.t("    %s = new DateOnly(" % key).dob("%d, %d, %d" % b).t("),\n")
            d.t("    HireDate = new DateTime(").neg("%d, %d, %d" % o).t(")\n});")
        elif pl == "kotlin":
            key = rng.choice(SEEDKEY["camel"])
            d.t("val patients = listOf(\n    Patient(name = \"").span("PERSON", g + " " + s).t("\", ")
            if v == 0:
                d.t("%s = LocalDate.of(" % key).dob("%d, %d, %d" % b).t("), ")
            else:
                d.t("%s = LocalDate.parse(\"" % key).dob(iso(b)).t("\"), ")
            d.t("admitted = LocalDate.of(").neg("%d, %d, %d" % o).t("))\n)")
        elif pl == "java":
            key = rng.choice(SEEDKEY["camel"])
            d.t("Customer c = new Customer();\nc.setName(\"").span("PERSON", g + " " + s).t("\");\n")
            if v == 0:
                d.t("c.set%s(LocalDate.of(" % (key[0].upper() + key[1:]))
                d.dob("%d, Month.%s, %d" % (b[0], GO_MON[b[1] - 1].upper(), b[2])).t("));\n")
            else:
                d.t("c.set%s(LocalDate.of(" % (key[0].upper() + key[1:])).dob("%d, %d, %d" % b).t("));\n")
            d.t("c.setMemberSince(LocalDate.of(").neg("%d, %d, %d" % o).t("));\nrepo.save(c);")
        elif pl == "php":
            key = rng.choice(SEEDKEY["snake"])
            d.t("User::factory()->create([\n    'name' => '").span("PERSON", g + " " + s).t("',\n")
            if v == 0:
                d.t("    '%s' => Carbon::parse('" % key).dob(iso(b)).t("'),\n")
            else:
                d.t("    '%s' => Carbon::create(" % key).dob("%d, %d, %d" % b).t("),\n")
            d.t("    'email_verified_at' => Carbon::parse('").neg(iso(o)).t("'),\n]);")
        elif pl == "elixir":
            key = rng.choice(SEEDKEY["snake"])
            d.t("Repo.insert!(%User{name: \"").span("PERSON", g + " " + s).t("\", ")
            if v == 0:
                d.t("%s: ~D[" % key).dob(iso(b)).t("], ")
            else:
                d.t("%s: Date.new!(" % key).dob("%d, %d, %d" % b).t("), ")
            d.t("inserted_at: ~N[").neg(iso(o)).t(" 10:00:00]})")
        else:
            key = rng.choice(SEEDKEY["snake"])
            d.t("let people = vec![\n    Person {\n        name: \"").span("PERSON", g + " " + s)
            d.t("\".into(),\n        %s: NaiveDate::from_ymd_opt(" % key).dob("%d, %d, %d" % b)
            d.t(").unwrap(),\n        joined: NaiveDate::from_ymd_opt(").neg("%d, %d, %d" % o)
            d.t(").unwrap(),\n    },\n];")
        d.done()


# ---- events ------------------------------------------------------------------------------------
def gen_events():
    for i in range(40):
        lg = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv"][i % 9]
        d = D(lg, "events")
        g, s = person(lg)
        b, o = birth(), other()
        k = i % 5
        if k == 0:   # Segment identify
            if rng.random() < 0.5:
                d.t("analytics.identify('user_%d', {\n  name: '" % rng.randint(100, 9999))
                d.span("PERSON", g + " " + s).t("',\n  birthday: '").dob(rng.choice([iso(b), iso(b) + "T00:00:00.000Z"]))
                d.t("',\n  plan: 'pro'\n});")
            else:
                d.t('{"type":"identify","userId":"u_%d","traits":{"firstName":"' % rng.randint(100, 9999))
                d.span("PERSON", g).t('","lastName":"').span("PERSON", s).t('","birthday":"')
                d.dob(iso(b) + "T00:00:00.000Z").t('"},"timestamp":"').neg(stamp(o))
                d.t('","sentAt":"').neg(stamp(o)).t('"}')
        elif k == 1:   # Mixpanel people
            d.t("mixpanel.people.set({\n  \"$name\": \"").span("PERSON", g + " " + s)
            d.t("\",\n  \"%s\": \"" % rng.choice(["Birthday", "$birthday", "Date of Birth", "dob"]))
            d.dob(iso(b)).t("\",\n  \"$created\": \"").neg(iso(o) + "T10:12:00").t("\"\n});")
        elif k == 2:   # Amplitude, with an event's own date
            d.t('{"user_id":"').t("%s.%s" % (g.lower(), s.lower().replace(" ", ""))).t('","event_type":"')
            ev = rng.choice(["Birthday Party Booked", "Birthday Voucher Sent", "Profile Updated"])
            d.t(ev + '","user_properties":{"%s":"' % rng.choice(["dob", "birthday", "birth_date"])).dob(iso(b))
            key = {"Birthday Party Booked": "party_date", "Birthday Voucher Sent": "send_date",
                   "Profile Updated": "updated_on"}[ev]
            d.t('"},"event_properties":{"%s":"' % key).neg(iso(o)).t('"},"time":%d}' % rng.randint(1.7e12, 1.8e12))
        elif k == 3:   # Datadog RUM
            d.t("datadogRum.setUser({\n  id: '%d',\n  name: '" % rng.randint(100, 9999)).span("PERSON", g + " " + s)
            d.t("',\n  %s: '" % rng.choice(["birthdate", "dateOfBirth", "dob"])).dob(iso(b))
            d.t("'\n})\ndatadogRum.addAction('checkout', { at: '").neg(iso(o)).t("' })")
        else:   # Bugsnag
            d.t("Bugsnag.start({\n  apiKey: 'YOUR_API_KEY',\n  user: { id: '%d', name: '" % rng.randint(100, 9999))
            d.span("PERSON", g + " " + s).t("' },\n  metadata: { profile: { %s: '" % rng.choice(["dob", "birthday", "birthDate"]))
            d.dob(iso(b)).t("', signup: '").neg(iso(o)).t("' } }\n})")
        d.done()


# ---- vacc --------------------------------------------------------------------------------------
def gen_vacc():
    for i in range(36):
        lg = ["de", "fr", "it", "es", "nl", "pl", "pt", "sv", "en"][i % 9]
        d = D(lg, "vacc")
        g, s = person(lg)
        b, o = birth(), other()
        k = i % 3
        if k == 0:   # EU DCC payload
            r = rng.random()
            dobv = iso(b) if r < 0.7 else ("%d-%02d" % b[:2] if r < 0.85 else str(b[0]))
            d.t(rng.choice(["Decoded my certificate QR:\n", "hcert payload:\n", ""]))
            d.t('{"ver":"1.3.0","nam":{"fn":"').span("PERSON", s).t('","gn":"').span("PERSON", g)
            d.t('","fnt":"').span("PERSON", s.upper().replace(" ", "<")).t('","gnt":"').span("PERSON", g.upper())
            d.t('"},"dob":"').dob(dobv).t('","v":[{"tg":"840539006","vp":"1119349007","mp":"EU/1/20/1528",')
            d.t('"ma":"ORG-100030215","dn":2,"sd":2,"dt":"').neg(iso(o))
            d.t('","co":"%s","is":"Ministry of Health","ci":"URN:UVCI:01:%s:ABC123"}]}' % (lg.upper(), lg.upper()))
        elif k == 1:   # ICV, the yellow card
            d.t("INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nThis is to certify that [name] ")
            d.span("PERSON", (g + " " + s).upper()).t("\ndate of birth ")
            d.dob(rng.choice(["%02d %s %d" % (b[2], MON3[b[1] - 1], b[0]), "%02d/%02d/%d" % (b[2], b[1], b[0])]))
            d.t(" sex %s nationality %s\nhas on the date indicated been vaccinated against: Yellow fever\n"
                % (rng.choice("FM"), rng.choice(["GERMAN", "IRISH", "POLISH", "BRAZILIAN"])))
            d.t("Date: ").neg("%02d %s %d" % (o[2], MON3[o[1] - 1], o[0])).t("  Stamaril  Lot U3F12")
        else:   # Impfpass
            d.t("Internationale Bescheinigungen über Impfungen\nName: ").p("de", (g, s), "sg")
            d.t("\n%s " % rng.choice(["geb. am:", "Geburtsdatum:", "geb.:"])).dob("%02d.%02d.%d" % (b[2], b[1], b[0]))
            d.t("\nDatum | Impfstoff | Ch.-B.\n").neg("%02d.%02d.%d" % (o[2], o[1], o[0])).t(" | Comirnaty | FK%d" % rng.randint(1000, 9999))
        d.done()


# ---- crew --------------------------------------------------------------------------------------
PLACES = ["Gdynia", "Manila", "Odesa", "Cebu", "Split", "Hamburg", "Porto", "Cork", "Constanța", "Bergen"]


def gen_crew():
    for i in range(32):
        lg = ["pl", "en", "de", "ro", "no", "pt", "tr", "fi"][i % 8]
        d = D(lg, "crew")
        k = i % 4
        if k == 0:   # FAL form 5 crew list, | rows
            d.t("CREW LIST (IMO FAL Form 5)  Vessel: MV Nordlys  Port of arrival: Rotterdam  Date of arrival: ")
            d.neg(numeric(other(), "de")).t("\nNo. | Family name, given names | Rank | Nationality | Date and place of birth | ID document\n")
            for n in range(1, rng.randint(3, 4)):
                g, s = person(lg)
                d.t("%d | " % n).p(lg, (g, s), "SG").t(" | %s | %s | " % (rng.choice(["Master", "Ch. Off.", "AB", "Cook", "2/E"]),
                                                                       rng.choice(["POL", "PHL", "UKR", "ROU", "NOR"])))
                d.dob("%02d.%02d.%d" % birth()[::-1]).t(" %s | P%07d\n" % (rng.choice(PLACES), rng.randint(10**6, 10**7 - 1)))
        elif k == 1:   # ; rows under a header line
            d.t("Nr;Nazwisko i imię;Funkcja;Date and place of birth;Sign-on\n")
            for n in range(1, rng.randint(3, 4)):
                g, s = person(lg)
                d.t("%d;" % n).p(lg, (g, s), "sg").t(";%s;" % rng.choice(["Bosun", "OS", "Oiler", "Cook"]))
                d.t("%s, " % rng.choice(PLACES)).dob("%02d/%02d/%d" % birth()[::-1]).t(";").neg("%02d/%02d/%d" % other()[::-1]).t("\n")
        elif k == 2:   # pilot logbook
            g, s = person(lg)
            d.t("PILOT LOGBOOK\nHolder: ").p(lg, (g, s)).t("   Date of birth: ").dob(numeric(birth(), "en"))
            d.t("   Licence: %s.FCL.PPL.%d\n" % (rng.choice(["DE", "PL", "IE", "NO"]), rng.randint(1000, 9999)))
            d.t("DATE       DEP  ARR  TYPE   REG     TOTAL\n")
            for _ in range(2):
                d.neg(iso(other())).t("  EDDF EDDM  C172   D-E%s  1:12\n" % rng.choice(["KLA", "MOB", "FAX"]))
        else:   # dive log
            g, s = person(lg)
            d.t("Dive log #%d — diver: " % rng.randint(20, 400)).p(lg, (g, s))
            d.t(rng.choice([" (born ", " (DOB ", " (b. "])).dob(numeric(birth(), "en")).t("), buddy: ").p(lg)
            d.t("\nDate: ").neg(iso(other())).t("  Site: Blue Hole  Max depth 28 m  Bottom time 41 min")
        d.done()


# ---- guests ------------------------------------------------------------------------------------
def gen_guests():
    for i in range(40):
        k = i % 4
        if k == 0:   # Alloggiati Web fixed-width record
            d = D("it", "guests")
            d.t("Alloggiati Web mi rifiuta il file, riga:\n")
            g, s = person(rng.choice(["it", "de", "en", "fr"]))
            o, b = other(), birth()
            d.t("16").neg("%02d/%02d/%d" % o[::-1]).t("03").span("PERSON", s.upper())
            d.t(" " * (50 - len(s))).span("PERSON", g.upper()).t(" " * (30 - len(g)) + rng.choice("12"))
            d.dob("%02d/%02d/%d" % b[::-1]).t("         " + "  " + "100000216" + "100000216" + "IDENT")
            d.t("CA%07d" % rng.randint(10**6, 10**7 - 1) + " " * 11 + "100000216\n")
            d.t("errore: campo stato nascita non valido")
        elif k == 1:   # Italian form
            d = D("it", "guests")
            g, s = person("it")
            d.t("Scheda ospite\nCognome: ").span("PERSON", s).t("\nNome: ").span("PERSON", g).t("\nSesso: F\n")
            d.t(rng.choice(["Data nascita: ", "Data di nascita: ", "data nascita "])).dob(numeric(birth(), "it"))
            d.t("\nComune/Stato nascita: %s\nData arrivo: " % rng.choice(["ROMA", "GERMANIA", "NAPOLI"])).neg(numeric(other(), "it"))
            d.t("\nDocumento: C.I. n. CA%05dAB rilasciata il " % rng.randint(10000, 99999)).neg(numeric(other(), "it"))
        elif k == 2:   # parte de viajeros
            d = D("es", "guests")
            g, s = person("es")
            d.t("PARTE DE ENTRADA DE VIAJEROS\nNº documento: %08d%s\nTipo: NIF\nFecha de expedición: "
                % (rng.randint(10**7, 10**8 - 1), rng.choice("TRWAGMY")))
            d.neg(numeric(other(), "es")).t("\nApellidos: ").span("PERSON", s).t("\nNombre: ").span("PERSON", g)
            d.t("\nSexo: M\n" + rng.choice(["Fecha de nacimiento: ", "Fecha nacimiento: ", "F. nacimiento: "]))
            d.dob(numeric(birth(), "es")).t("\nFecha de entrada: ").neg(numeric(other(), "es"))
        else:   # host asks, guest answers
            lg = rng.choice(["en", "de", "it", "es"])
            d = D(lg, "guests")
            ask = {"en": "Hi! For the police registration I need the full name and date of birth of every guest.",
                   "de": "Hallo! Für die Gästemeldung brauche ich Name und Geburtsdatum aller Gäste.",
                   "it": "Ciao! Per la registrazione in questura mi servono nome e data di nascita di ogni ospite.",
                   "es": "¡Hola! Para el registro de viajeros necesito nombre completo y fecha de nacimiento de cada huésped."}
            d.t("Host: " + ask[lg] + "\nGuest: ")
            for j in range(rng.randint(2, 3)):
                d.p(lg).t(rng.choice([", ", " - ", " "])).dob(numeric(birth(), lg)).t("\n" if j < 2 else "")
            d.t("\nWe arrive on ").neg(numeric(other(), lg)).t(" around 6pm.")
        d.done()


# ---- legal -------------------------------------------------------------------------------------
def gen_legal():
    for i in range(45):
        k = i % 9
        b, o = birth(), other()
        y, m, dd = b
        if k == 0:   # certified translation, spelt out in English
            d = D("en", "legal")
            d.t("CERTIFIED TRANSLATION FROM POLISH\nI hereby certify that ").p("pl")
            d.t(rng.choice([" was born on the ", ", born on the "]))
            d.dob("%s of %s %s" % (en_day(dd), MONTHS["en"][m - 1], en_year(y)))
            d.t(" in %s.\nSigned on " % rng.choice(["Kraków", "Gdańsk", "Łódź"])).neg(worded(o, "en")).t(", sworn translator No. TP/%d/09" % rng.randint(10, 999))
        elif k == 1:   # "the 4th day of March, 1987"
            d = D("en", "legal")
            d.t("APOSTILLE (Convention de La Haye du 5 octobre 1961)\n1. Country: Ireland\n... birth certificate of ")
            d.p("en").t(", born the ").dob("%s day of %s, %d" % (ordinal_en(dd), MONTHS["en"][m - 1], y))
            d.t("\n9. Date: ").neg(numeric(o, "en")).t("\n10. No. %d" % rng.randint(10000, 99999))
        elif k == 2:   # Spanish spelt out
            d = D("es", "legal")
            d.t("TRADUCCIÓN JURADA\nCertifico que ").p("es").t(", nacido el ")
            d.dob("%s de %s de %s" % (es_2(dd) if dd > 1 else "uno", MONTHS["es"][m - 1], es_year(y)))
            d.t(", ha obtenido el título de Bachiller.\nMadrid, a ").neg(worded(o, "es"))
        elif k == 3:   # German spelt out
            d = D("de", "legal")
            d.t("Beglaubigte Übersetzung\nHiermit wird bestätigt, dass ").p("de").t(", geboren am ")
            d.dob("%s %s %s" % (DE_ORD[dd], MONTHS["de"][m - 1], de_year(y)))
            d.t(", die Prüfung bestanden hat.\nAusgestellt am ").neg(worded(o, "de"))
        elif k == 4:   # diploma
            lg = rng.choice(["en", "fr", "it", "nl"])
            d = D(lg, "legal")
            cue = {"en": ", born ", "fr": ", né(e) le ", "it": ", nato/a il ", "nl": ", geboren op "}[lg]
            d.t({"en": "DIPLOMA\nThis is to certify that ", "fr": "DIPLÔME\nLe recteur certifie que ",
                 "it": "DIPLOMA DI LAUREA\nSi certifica che ", "nl": "GETUIGSCHRIFT\nHierbij verklaren wij dat "}[lg])
            d.p(lg).t(cue).dob(worded(b, lg)).t(rng.choice([" in Graz", " à Lyon", " a Bari", " te Gent", ""]))
            d.t({"en": ", has been awarded the degree of Master of Science on ", "fr": ", a obtenu le diplôme le ",
                 "it": ", ha conseguito la laurea il ", "nl": ", het diploma heeft behaald op "}[lg]).neg(worded(o, lg))
        elif k == 5:   # residence permit, bilingual labels
            d = D("fr", "legal")
            d.t("TITRE DE SÉJOUR / RESIDENCE PERMIT\nNom / Surname: ").span("PERSON", person("pt")[1].upper())
            d.t("\nPrénoms / Given names: ").span("PERSON", person("pt")[0]).t("\nDate de naissance / Date of birth: ")
            d.dob(rng.choice(["%02d %02d %d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y)]))
            d.t("\nValable jusqu'au / Valid until: ").neg("%02d %02d %d" % o[::-1]).t("\nType: Salarié")
        elif k == 6:   # DD-214
            d = D("en", "legal")
            g, s = person("en")
            d.t("CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY\n1. NAME (Last, First, Middle) ")
            d.span("PERSON", s.upper()).t(", ").span("PERSON", g.upper()).t("\n5. DATE OF BIRTH (YYYYMMDD) ")
            d.dob("%d%02d%02d" % b).t("\n12.a. DATE ENTERED AD THIS PERIOD ").neg("%d%02d%02d" % other())
            d.t("\n12.b. SEPARATION DATE THIS PERIOD ").neg("%d%02d%02d" % o)
        elif k == 7:   # Wehrdienst / discharge in German and Polish
            lg = rng.choice(["de", "pl"])
            d = D(lg, "legal")
            if lg == "de":
                d.t("Entlassungsschein\nHerr ").p("de").t(", geb. ").dob(numeric(b, "de"))
                d.t(", wurde mit Ablauf des ").neg(numeric(o, "de")).t(" aus dem Wehrdienst entlassen.")
            else:
                d.t("Zaświadczenie o zwolnieniu\nPan ").p("pl").t(", ur. ").dob(worded(b, "pl"))
                d.t(", został zwolniony ze służby z dniem ").neg(worded(o, "pl")).t(".")
        else:   # bilingual certified translation, pl -> en, both dated
            d = D("pl", "legal")
            d.t("Odpis skrócony aktu urodzenia / Abridged birth certificate\n").p("pl")
            d.t(" urodziła się dnia ").dob(worded(b, "pl")).t(" / was born on ").dob(worded(b, "en"))
            d.t("\nData wydania / Date of issue: ").neg(numeric(o, "pl"))
        d.done()


# ---- forms -------------------------------------------------------------------------------------
FCUE = {"no": ["født ", "f. ", "født den ", "fødselsdato: ", "Fødselsdato: "],
        "da": ["født ", "f. ", "født den ", "fødselsdato: ", "Fødselsdato: "],
        "fi": ["syntynyt ", "s. ", "syntymäaika: ", "Syntymäaika: ", "syntyi "],
        "sv": ["född ", "f. ", "född den ", "Födelsedatum: "],
        "pl": ["ur. ", "urodziła się ", "urodzony ", "Data urodzenia: ", "ur. dnia "],
        "tr": ["Doğum tarihi: ", "D. Tarihi: ", "doğum tarihi "],
        "ro": ["născută pe ", "născut pe ", "data nașterii: ", "n. ", "născută la data de "],
        "br": ["nascida em ", "nascido em ", "Data de nascimento: ", "data de nasc.: ", "DN: "],
        "en": ["d.o.b. ", "D.O.B.: ", "dob: "]}
FNEG = {"no": ["død ", "utstedt ", "gyldig til "], "da": ["død ", "udstedt ", "gyldigt til "],
        "fi": ["kuollut ", "k. ", "myönnetty ", "voimassa "], "sv": ["död ", "utfärdat ", "giltigt till "],
        "pl": ["zm. ", "data wydania: ", "ważny do "], "tr": ["veriliş tarihi: ", "geçerlilik: "],
        "ro": ["decedat la ", "eliberat la ", "valabil până la "],
        "br": ["emitido em ", "falecido em ", "válido até "], "en": ["issued ", "expires "]}
FFRAME = {"no": ("Hei, kan du fylle ut skjemaet for ", "? Takk!"), "da": ("Hej, kan du udfylde blanketten for ", "? Tak."),
          "fi": ("Hei, täytätkö lomakkeen: ", ". Kiitos!"), "sv": ("Hej! Blankett för ", ", tack."),
          "pl": ("Proszę o wypełnienie wniosku dla ", ". Dziękuję."), "tr": ("Başvuru formu: ", ". Teşekkürler."),
          "ro": ("Cerere pentru ", ". Mulțumesc!"), "br": ("Oi, preenche o cadastro da ", ", por favor?"),
          "en": ("Please fill in the form for ", ". Thanks.")}
# Personal numbers that carry a birth date: left unlabelled (national identifiers, not DOB spans).
PNUM = {"sv": ("personnummer: ", lambda b: "%d%02d%02d-%04d" % (b + (rng.randint(1000, 9999),))),
        "no": ("fødselsnummer: ", lambda b: "%02d%02d%02d %05d" % (b[2], b[1], b[0] % 100, rng.randint(10000, 99999))),
        "da": ("CPR-nr.: ", lambda b: "%02d%02d%02d-%04d" % (b[2], b[1], b[0] % 100, rng.randint(1000, 9999))),
        "fi": ("henkilötunnus: ", lambda b: "%02d%02d%02d-%03d%s" % (b[2], b[1], b[0] % 100, rng.randint(100, 899), rng.choice("ABCHJKLN"))),
        "pl": ("PESEL: ", lambda b: "%02d%02d%02d%05d" % (b[0] % 100, b[1] + (20 if b[0] >= 2000 else 0), b[2], rng.randint(10000, 99999))),
        "ro": ("CNP: ", lambda b: "%d%02d%02d%02d%06d" % (2 if b[0] < 2000 else 6, b[0] % 100, b[1], b[2], rng.randint(100000, 999999)))}


def gen_forms():
    langs = list(FCUE)
    for i in range(56):
        lg = langs[i % len(langs)]
        d = D(lg, "forms")
        pre, post = FFRAME[lg]
        k = i % 4
        d.t(pre).p(lg)
        if k == 3 and lg == "tr":
            d.t(", ").dob(worded(birth(), "tr")).t(rng.choice([" doğumlu", " doğumludur"]))
        elif k == 3 and lg in PNUM:
            lab, f = PNUM[lg]
            b = birth()
            d.t(", " + lab + f(b) + ", " + rng.choice(FCUE[lg])).dob(date_in(lg, b, 0.5))
        else:
            d.t(", " + rng.choice(FCUE[lg])).dob(date_in(lg, share=0.6 if k != 2 else 0.0))
        if rng.random() < 0.6:
            d.t(", " + rng.choice(FNEG[lg])).neg(date_in(lg, other()))
        d.t(post)
        d.done()
    # personal numbers alone, no birth date written out: nothing labelled but the name
    for i, lg in enumerate(["sv", "no", "da", "fi", "pl", "ro", "sv", "pl"]):
        d = D(lg, "forms")
        lab, f = PNUM[lg]
        d.t(FFRAME[lg][0]).p(lg).t(", " + lab + f(birth()) + FFRAME[lg][1])
        d.done()


# ---- sheets ------------------------------------------------------------------------------------
BDAYHDR = {"fr": ("Nom", "Anniversaire", "Entrée"), "pt": ("Nome", "Aniversário", "Admissão"),
           "br": ("Nome", "Aniversário", "Admissão"), "de": ("Name", "Geburtstag", "Eintritt"),
           "es": ("Nombre", "Cumpleaños", "Alta"), "it": ("Nome", "Compleanno", "Assunzione"),
           "nl": ("Naam", "Verjaardag", "In dienst"), "en": ("Name", "Birthday", "Start date")}


def gen_sheets():
    langs = list(BDAYHDR)
    for i in range(40):
        lg = langs[i % len(langs)]
        d = D(lg, "sheets")
        k = i % 4
        h = BDAYHDR[lg]
        rows = [(person(lg), birth(), other()) for _ in range(rng.randint(2, 4))]
        if k == 0:   # Markdown
            d.t(rng.choice(["Team list for the birthday calendar:\n", "Can you sort this by month?\n", ""]))
            d.t("| %s | %s | %s |\n|---|---|---|\n" % h)
            for (g, s), b, o in rows:
                d.t("| ").span("PERSON", g + " " + s).t(" | ").dob(numeric(b, lg)).t(" | ").neg(numeric(o, lg)).t(" |\n")
        elif k == 1:   # CSV
            d.t("%s;%s;%s\n" % h)
            for (g, s), b, o in rows:
                d.span("PERSON", g + " " + s).t(";").dob(numeric(b, lg)).t(";").neg(numeric(o, lg)).t("\n")
            d.t(rng.choice(["Excel turns the dates into numbers, why?", ""]))
        elif k == 2:   # R tibble
            d.t("> people\n# A tibble: %d × 3\n  name%s dob        %s\n  <chr>%s <date>     <date>\n"
                % (len(rows), " " * 14, rng.choice(["hired     ", "joined    "]), " " * 13))
            for n, ((g, s), b, o) in enumerate(rows, 1):
                nm = g + " " + s
                d.t("%d " % n).span("PERSON", nm).t(" " * max(1, 19 - len(nm))).dob(iso(b)).t(" ").neg(iso(o)).t("\n")
        else:   # R data.frame or pandas
            # R and pandas right-align a column's name over its values: the name column is as
            # wide as its longest value, the index column as its longest index
            w = max(len(g + " " + s) for (g, s), _, _ in rows)
            if rng.random() < 0.5:
                d.t("> head(df)\n  %s        dob      start\n" % "name".rjust(w))
                for n, ((g, s), b, o) in enumerate(rows, 1):
                    nm = g + " " + s
                    d.t("%d %s" % (n, " " * (w - len(nm)))).span("PERSON", nm).t(" ").dob(iso(b)).t(" ").neg(iso(o)).t("\n")
            else:
                d.t("In [4]: df.head()\nOut[4]:\n  %s  birth_date  start_date\n" % "name".rjust(w))
                for n, ((g, s), b, o) in enumerate(rows):
                    nm = g + " " + s
                    d.t("%d %s" % (n, " " * (w - len(nm)))).span("PERSON", nm).t("  ").dob(iso(b)).t("  ").neg(iso(o)).t("\n")
        d.done()


# ---- misc --------------------------------------------------------------------------------------
def gen_misc():
    for i in range(40):
        k = i % 8
        b, o = birth(), other()
        if k == 0:   # gpg uid
            d = D("de", "misc")
            g, s = person(rng.choice(["de", "en", "pl"]))
            d.t("pub   ed25519 %s [SC] [expires: " % iso(other())).neg(iso(o)).t("]\n      8F3A1C...\nuid   [ultimate] ")
            d.span("PERSON", g + " " + s).t(rng.choice([" (born ", " (geb. ", " (DOB "])).dob(iso(b))
            d.t(") <%s.%s@example.org>" % (g.lower(), s.lower().replace(" ", "")))
        elif k == 1:   # X.509 subject directory attributes
            d = D("de", "misc")
            g, s = person("de")
            d.t("        Subject: C = DE, CN = ").span("PERSON", g + " " + s).t(", serialNumber = PNODE-1234\n")
            d.t("        Validity\n            Not Before: ").neg("%s %2d 10:00:00 %d GMT" % (EN3[o[1] - 1], o[2], o[0]))
            d.t("\n        X509v3 Subject Directory Attributes:\n            dateOfBirth: ")
            d.dob("%d%02d%02d120000Z" % b).t("\n            placeOfBirth: Berlin")
        elif k == 2:   # Get-ADUser
            d = D("en", "misc")
            g, s = person(rng.choice(["en", "de", "nl"]))
            d.t("PS C:\\> Get-ADUser %s%s -Properties *\n\nDisplayName       : " % (g[0].lower(), s.lower().replace(" ", "")))
            d.span("PERSON", g + " " + s).t("\nextensionAttribute3 : ").dob("%02d.%02d.%d" % b[::-1])
            d.t("\nwhenCreated       : ").neg("%02d.%02d.%d 09:14:02" % o[::-1])
            d.t("\n\n(extensionAttribute3 is the birth date HR writes there)")
        elif k == 3:   # phone contact paste
            lg = rng.choice(["en", "de", "fr", "es"])
            d = D(lg, "misc")
            lab = {"en": "birthday", "de": "Geburtstag", "fr": "anniversaire", "es": "cumpleaños"}[lg]
            d.t("Contact shared:\n").p(lg).t("\nmobile +%d %d\n%s\n" % (rng.choice([44, 49, 33, 34]), rng.randint(10**9, 10**10 - 1), lab))
            d.dob(worded(b, lg) if rng.random() < 0.5 else "%s %d, %d" % (EN3[b[1] - 1], b[2], b[0]))
        elif k == 4:   # e-signature audit trail
            d = D("en", "misc")
            d.t("Audit trail — envelope 7F2C\nSent: ").neg(iso(o) + " 09:02:11 UTC").t("\nSigner: ").p("en")
            d.t("\nIdentity check (KBA): name and date of birth ").dob(numeric(b, "en")).t(" matched\nCompleted: ").neg(iso(o) + " 09:14:40 UTC")
        elif k == 5:   # chess entry list
            lg = rng.choice(["de", "pl", "en", "no"])
            d = D(lg, "misc")
            hdr = {"de": "Nr. Name                 Verein        Geb.", "pl": "Lp. Nazwisko i imię      Klub          Data ur.",
                   "en": "No. Name                 Club          DoB", "no": "Nr. Navn                 Klubb         Født"}[lg]
            d.t("Teilnehmerliste / entry list, round 1 on ").neg(numeric(o, "de")).t("\n" + hdr + "\n")
            for n in range(1, 4):
                g, s = person(lg)
                nm = s + ", " + g
                d.t("%-4d" % n).p(lg, (g, s), "sg").t(" " * max(1, 21 - len(nm)) + "SK Nord" + " " * 7)
                d.dob(numeric(birth(), "de")).t("\n")
        elif k == 6:   # PGN: game dates only, and a comment with a birth
            d = D("en", "misc")
            g, s = person(rng.choice(["en", "de", "pl"]))
            d.t('[Event "Club Ch."]\n[Date "').neg("%d.%02d.%02d" % o).t('"]\n[White "')
            d.p("en", (g, s), "sg").t('"]\n[Black "').p("en", None, "sg").t('"]\n[Result "1-0"]\n\n')
            d.t("{White, born ").dob(iso(b)).t(", plays her first rated game} 1. e4 e5 2. Nf3 1-0")
        else:   # out-of-office with a birth date in it, and a date that is not one
            d = D("en", "misc")
            d.t("Auto-reply: I am out of the office until ").neg(worded(o, "en"))
            d.t(". For the registration of ").p("en").t(" (date of birth ").dob(numeric(b, "en"))
            d.t(") please contact the front desk.")
        d.done()


# ---- party -------------------------------------------------------------------------------------
PARTY = [("en", "Q: when is the birthday party?\nA: ", None),
         ("en", "Q: and the birthday party\nA: ", None),
         ("en", "User: what date is the birthday party\nBot: ", None),
         ("de", "Kunde: wann wurde die Geburtsurkunde ausgestellt\nAgent: ", None),
         ("de", "Frage: Wann ist die Geburtstagsfeier?\nAntwort: ", None),
         ("fr", "Q : c'est quand, la fête d'anniversaire ?\nR : ", None),
         ("es", "P: ¿cuándo es la fiesta de cumpleaños?\nR: ", None),
         ("it", "D: quando è la festa di compleanno?\nR: ", None),
         ("en", "Birthday party for ", "p"),
         ("en", "Booking: 40th birthday dinner, date: ", None),
         ("de", "Geburtstagsfeier von ", "p"),
         ("nl", "Verjaardagsfeest van ", "p"),
         ("en", "Cake order — birthday cake for ", "p"),
         ("pt", "Festa de aniversário da ", "p"),
         ("en", "Q: when was the birth certificate issued?\nA: ", None)]


def gen_party():
    for i in range(30):
        lg, head, kind = PARTY[i % len(PARTY)]
        d = D(lg, "party")
        o = (rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28))
        v = numeric(o, lg)
        if kind == "p":
            d.t(head).p(lg).t(rng.choice([" on ", ": ", " — "])).neg(v)
        else:
            d.t(head).neg(v)
        if i % 3 == 0:   # a real birth after it
            q = {"en": "\nQ: and her date of birth?\nA: ", "de": "\nFrage: und ihr Geburtsdatum?\nAntwort: ",
                 "fr": "\nQ : et sa date de naissance ?\nR : ", "es": "\nP: ¿y su fecha de nacimiento?\nR: ",
                 "it": "\nD: e la sua data di nascita?\nR: ", "nl": "\nVraag: en haar geboortedatum?\nAntwoord: ",
                 "pt": "\nP: e a data de nascimento dela?\nR: "}[lg]
            d.t(q).dob(numeric(birth(), lg))
        d.done()


gen_api()
gen_seed()
gen_events()
gen_vacc()
gen_crew()
gen_guests()
gen_legal()
gen_forms()
gen_sheets()
gen_misc()
gen_party()
write_json(records)
